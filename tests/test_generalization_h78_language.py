"""What the blind sets h78 and h79 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (es): a relational adjective in -ico of a known noun, with its accent; a Latin locution of law.
- False positive, LNG101 (en): the plural in -ics of a known adjective in -ic; a French word with its accent.
- False positive, LNG102 (es): an acronym in capitals read as an article or a pronoun.
- False negative, LNG102 (es): a masculine plural in -es before a singular participle; a future without its accent
  after an indefinite article or before the infinitive of its purpose.
- False negative, LNG102 (en): a plural head and its complement before a singular verb; "were" before a contracted
  pronoun; "its" before a predicate adjective in a clause of time; "which ever" after a comma; "through" after a modal;
  "weak" as a time; "hear" before a link.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101: Spanish derived adjectives and Latin locutions ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # planisferio -> planisférico; fisioterapeuta -> fisioterapéutico; cartografía -> cartográfico (all with the accent)
        "Óptica Norte: llegaron los globos planisféricos y los mapas cartográficos de pared.",
        "Clínica Brisa: tu plan incluye ocho sesiones fisioterapéuticas y una revisión.",
        # A Latin locution of law, inside its phrase.
        "Notaría Paz: el pago se hace ad referendum de la junta y el poder se otorga ad litem.",
    ],
)
def test_a_derived_adjective_or_a_latin_locution_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-MX", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # The accent is required: without it the adjective is a typo.
        ("Óptica Norte: llegaron los globos planisfericos de pared.", "planisfericos"),
        # A typo in the stem meets no known noun.
        ("Óptica Norte: llegaron los globos planisfréricos de pared.", "planisfréricos"),
        # A word of a locution outside its phrase.
        ("Notaría Paz: la firma queda referendum hasta el lunes.", "referendum"),
    ],
)
def test_a_typo_of_the_same_shape_is_still_reported_in_spanish(registry: Registry, body: str, word: str) -> None:
    assert word in flagged_texts(registry, body, "es-MX", "LNG101", channel="sms")


# --- LNG101: English plurals in -ics and French words with their accent ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Quiz Night: this week's rounds are anagrams, cryptics and a picture round.",
        "Linen Loft: the plissé skirts and the lamé tops are back in every size.",
    ],
)
def test_an_ics_plural_and_a_french_word_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # "-ics" on a stem that is no adjective in -ic.
        ("Quiz Night: this week's rounds are anagrams, puzlics and a picture round.", "puzlics"),
        # Spanish left in an English line keeps its accent and stays reported.
        ("Linen Loft: the skirts are back; llegarán el lunes.", "llegarán"),
    ],
)
def test_a_typo_or_an_untranslated_word_is_still_reported_in_english(registry: Registry, body: str, word: str) -> None:
    assert word in flagged_texts(registry, body, "en-GB", "LNG101", channel="sms")


# --- LNG102: Spanish -------------------------------------------------------------------------------------------------


def test_an_acronym_in_capitals_is_no_pronoun(registry: Registry) -> None:
    body = "Red Sur: el módem puede mostrar LAS en ámbar hasta que el equipo termine la prueba."
    assert _found(registry, body, "es-ES", "LNG102") == []


def test_a_pronoun_written_apart_is_still_reported(registry: Registry) -> None:
    body = "Red Sur: tu factura vence; puedes pagar la en la app."
    assert "pagar la" in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Joyas Luna: {{nombre}}, los broches grabado ya están listos en la tienda.", "grabado"),
        ("Antenas Cruz: una técnica de Antenas pasara a instalar el equipo el martes 4.", "pasara"),
    ],
)
def test_a_spanish_agreement_or_accent_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Joyas Luna: los broches grabados están listos; los lunes cerrado por inventario.",
        "Antenas Cruz: pedimos que una técnica pasara a instalar el equipo; pasará el martes 4.",
    ],
)
def test_the_right_spanish_form_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []


# --- LNG102: English real-word errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Saddlery: Hi Ann, the brass buckles for your bridle has been polished.", "has been"),
        ("Kiln Room: book a slot in the app, were you'll find the glaze list.", "were"),
        ("Kiln Room: we'll text you when its ready for glazing.", "its"),
        ("Kiln Room: collect on Friday or Saturday, which ever suits you.", "which ever"),
        ("Hamper Co: order today and we'll through in a jar of honey.", "through"),
        ("Hamper Co: your hamper ships next weak.", "weak"),
        ("Hamper Co: your hamper ships at the start of the weak.", "weak"),
        ("Hamper Co: track your hamper hear: https://example.com/t", "hear"),
    ],
)
def test_an_english_real_word_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # A singular noun in -ss heads its own phrase, and a plural head takes "have".
        "Saddlery: Hi Ann, the glass in the doors has been fixed, and the buckles for your bridle have been polished.",
        "Kiln Room: book in the app, where you'll find the glaze list; the kilns were fired today.",
        "Kiln Room: we'll text you when its glaze is dry and when it's ready for pickup.",
        "Kiln Room: collect whichever day suits you; how ever did you finish so fast?",
        "Hamper Co: we'll throw in a jar of honey; it'll go through the post.",
        "Hamper Co: next week we ship; the weak link is the courier, and a weak signal slows tracking.",
        "Hamper Co: we'd love to hear from you at https://example.com/t",
    ],
)
def test_the_right_english_word_in_the_same_context_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []
