"""What the blind sets h76 and h77 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (en): the agent noun in -er of a verb the dictionary lists with its forms; a clipped combining
  form ("heli", "aero") before a known word with a hyphen.
- False positive, LNG101 (es): an Italian word with a cluster Spanish never writes ("gli", "cch", a doubled consonant).
- False positive, LNG102 (en): two subjects joined by "and" before "have".
- False negative, LNG102 (es): "esta" before "al" or "en" and a determiner.
- False negative, LNG102 (en): "it's" before a noun and its verb; a contraction before "own"; "their" and a verb in -ing
  opening a sentence; a stray apostrophe in the verb after "anything/something"; a plural head with "doesn't".
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101: agent nouns, clipped combining forms, Italian words in Spanish lines ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Roof & Reed: our thatchers start on your barn on Monday; the bundles arrive Friday.",
        "Alpine Air: your aero-tour and the heli-drop are confirmed for Saturday morning.",
    ],
)
def test_an_agent_noun_and_a_clipped_combining_form_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # "writ" is a verb by accident; its -ing form would be "writting", which no dictionary lists.
        ("Print Hall: the writters of the winning essays get a signed copy.", "writters"),
        # The word after the combining form must be known.
        ("Alpine Air: your heli-toor is confirmed for Saturday morning.", "heli-toor"),
    ],
)
def test_a_typo_of_the_same_shape_is_still_reported(registry: Registry, body: str, word: str) -> None:
    # At any severity: a compound with no known word within two edits is reported at info (round 43).
    assert word in flagged_texts(registry, body, "en-GB", "LNG101", channel="sms")


def test_an_italian_pasta_name_passes_in_a_spanish_line(registry: Registry) -> None:
    body = "Pastas Ombú: hoy hay pappardelle con ragú y tagliatelle al limón para llevar."
    assert _found(registry, body, "es-AR", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # An English word Italian knows stays reported in Spanish copy: it ends in a consonant, or English uses it often.
        ("Centro Lumen: pasa por la office de recepción para recoger tu pase.", "office"),
        ("Centro Lumen: este sábado hay shopping nocturno en la galería.", "shopping"),
        # A Spanish word without its accent is no Italian word of that shape.
        ("Centro Lumen: tu tecnico llega el lunes a las 9.", "tecnico"),
    ],
)
def test_an_english_or_accentless_word_stays_reported_in_a_spanish_line(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-AR", "LNG101")


# --- LNG102: Spanish real-word errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Bici Ya: tu bicicleta esta al 80 % de carga y lista para salir.",
        "Mercería Hilo: tu encargo esta en la caja del mostrador.",
    ],
)
def test_esta_before_al_or_en_and_a_determiner_is_reported(registry: Registry, body: str) -> None:
    assert "esta" in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Bici Ya: tu bicicleta está al 80 % de carga; esta semana la revisión es gratis.",
        "Mercería Hilo: esta caja está en el mostrador y esta tarde cerramos a las 8.",
    ],
)
def test_the_demonstrative_before_its_noun_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []


# --- LNG102: English real-word errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Lamp Co: the new desk lamp folds flat and it's lid stays shut in a bag.", "it's"),
        ("Choir: the sheet music is free, but please bring you're own folder.", "you're"),
        ("Kayak Club: the juniors paddle first. They're own boats are on the rack.", "They're"),
        ("Garden Crew: the team is on the way. Their bringing the mower and the rakes.", "Their"),
        ("Print Hall: tell us if something still seem's wrong with the proofs.", "seem's"),
        ("Print Hall: call us when the proofs doesn't match your order.", "doesn't"),
    ],
)
def test_an_english_real_word_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # "it's" before an adjective or a participle, and "its" before the noun.
        "Lamp Co: it's ready for pickup, and its lid stays shut; it's folded flat.",
        "Choir: please bring your own folder; you're welcome to borrow one.",
        # A gerund after "their" that takes a verb, and the possessive after "else".
        "Garden Crew: their mowing is booked; they're bringing the rakes. Nobody else's tools are needed.",
        "Print Hall: tell us if something seems wrong; everything's printed.",
        # A singular noun in -s, a plural the noun after it heads, and a plural with "don't".
        "Print Hall: the news doesn't change the date; the sales team doesn't work Sundays; the proofs don't match.",
        # Two subjects joined by "and" take "have".
        "Garden Crew: your roses and the front lawn have been trimmed.",
    ],
)
def test_the_right_english_word_in_the_same_context_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []


def test_a_clause_after_a_comma_and_keeps_the_agreement_check(registry: Registry) -> None:
    body = "Garden Crew: the roses are trimmed, and the lawn have been mowed."
    assert "have" in _found(registry, body, "en-GB", "LNG102")
