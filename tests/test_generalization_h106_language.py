"""What the blind sets h106 and h107 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, LNG102 (es): a noun in -ío written with the preterite's accent (frió, envió, desvió) after a word only
  a noun follows, or after the "hace" of the weather.
- False negative, LNG102 (en): "loose" before what is lost, wherever it stands; "let you no"; a perfect with the simple
  past of any strong verb ("has blew", "have ran"); "this" + a plural of time + a word (this weeks specials); "There" + a
  noun + a verb of a date ("There policy renews").
- False positive, LNG102 (en): two clauses joined by "and", the second with its own determiner ("the fee applies and the
  refund is").
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG102 (es): a noun in -ío written as the preterite --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Mudanzas Roble: su envió sale mañana a primera hora.", "envió"),
        ("Ruta Norte: por el desvió de la avenida, el bus para en la esquina.", "desvió"),
        ("Refugio Alto: arriba hace mucho frió, traiga guantes.", "frió"),
        ("Kayak Sur: la salida por el rió empieza a las 9:00.", "rió"),
    ],
)
def test_an_es_noun_in_io_with_the_preterite_accent_is_flagged(registry: Registry, body: str, text: str) -> None:
    assert text in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # The preterite after a clitic, a relative or a subject stands; "de nuevo" is an adverb, "este" may be a pronoun.
        "Mudanzas Roble: el chofer se rió y nos envió una foto del camión.",
        "Ruta Norte: el conductor que desvió el bus ya avisó a la central.",
        "Mudanzas Roble: de nuevo envió la factura; este envío llega el lunes.",
        "Refugio Alto: arriba hace mucho frío, traiga guantes.",
    ],
)
def test_an_es_preterite_in_io_after_a_clitic_or_a_subject_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []


# --- LNG102 (en): lose, know, participles, this week's, their ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Gym Co: Loose the excuses and book a trial class today.", "Loose"),
        ("Diet Clinic: our plan helps you loose weight safely.", "loose"),
        ("Ferry Co: we'll let you no by noon whether the crossing runs.", "no"),
        ("Ferry Co: we'll text you to let you no either way.", "no"),
        ("Bus Co: the last bus has ran early twice this week.", "ran"),
        ("Tailor: the hem has tore again, so bring the coat in.", "tore"),
        ("Deli: this weeks specials are on the board by the till.", "weeks"),
        ("Pool: There lane closes at 6pm on Fridays.", "There"),
        ("Insurer: thanks for renewing. There policy renews on 3 May.", "There"),
    ],
)
def test_an_en_real_word_error_of_the_h106_classes_is_flagged(registry: Registry, body: str, text: str) -> None:
    assert text in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # The verb "loose" keeps its idioms; "let you know", "has run", "this week's" are right; "that" may be a
        # conjunction before a plural subject; an adverb may stand after the existential "there".
        "Farm: we let loose the goats at 7 and cut loose the old fence posts.",
        "Ferry Co: we'll let you know by noon whether the crossing runs.",
        "Bus Co: the last bus has run early twice this week, and the driver knew the stop.",
        "Deli: this week's specials are on the board; note that weekends are busy.",
        "Pool: There also is a kids' lane, and there usually is a lifeguard.",
    ],
)
def test_an_en_right_form_near_the_h106_classes_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []


# --- LNG102 (en): two clauses are no compound subject ------------------------------------------------------------------------


def test_a_second_clause_with_its_own_determiner_is_no_compound_subject(registry: Registry) -> None:
    body = "Bank: the late fee applies and the refund is sent once the card is back."
    assert _found(registry, body, "en-GB", "LNG102") == []


def test_a_compound_subject_with_a_plural_noun_is_still_flagged(registry: Registry) -> None:
    body = "Bike Co: your new brake pads and chain is in the box."
    assert "is" in _found(registry, body, "en-GB", "LNG102")
