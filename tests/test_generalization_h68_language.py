"""What the blind sets h68 and h69 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: (es) a form of an -izar verb made from a known adjective or noun ("laminarización", "horizontalizar"); a word
  with a grave accent, which Spanish never writes, when neither its acute nor its plain spelling is Spanish
  ("mascletà", "fideuà"); (en) closed classes by field: Mexican agave spirits and their ageing classes, Japanese
  seaweeds, Indian wedding rites.
- False negative, LNG102 (en): "each X come with"; "There" + a noun + a singular verb; a plural noun after a hyphenated
  modifier before "is"; "their and then"; "are" for "our" after any preposition of place; a sum with two modifiers
  before "are still outstanding"; "all ready" before what has happened; "your" before a preposition and its object.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, severities=AT_WARNING)


# --- LNG101: Spanish derivations and Valencian spellings --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Hola, Inés: el informe del túnel de viento muestra la laminarización del flujo en el ala.", "laminarización"),
        ("Hola, Luis: este año queremos horizontalizar los equipos del taller.", "horizontalizar"),
        ("Hola, Ana: la mascletà empieza a las 14:00 en la plaza del Ayuntamiento.", "mascletà"),
        ("Hola, Ana: el domingo hay fideuà para los socios de la peña.", "fideuà"),
    ],
)
def test_a_derived_or_valencian_word_is_not_reported(registry: Registry, body: str, word: str) -> None:
    assert word not in flagged_texts(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # The suffix without its accent, and a typo inside the base, are still typos.
        ("Hola, Inés: el informe muestra la laminarizacion del flujo en el ala.", "laminarizacion"),
        ("Hola, Luis: hay que carcterizar la muestra antes del lunes.", "carcterizar"),
        # A grave typed for the acute: the acute spelling is a Spanish word.
        ("Hola, Ana: tu pedido ya està listo para recoger en la tienda.", "està"),
        ("Hola, Ana: la reunión es después del almuerzò en la sala dos.", "almuerzò"),
    ],
)
def test_a_typo_of_those_shapes_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in flagged_texts(registry, body, "es-ES", "LNG101")


# --- LNG101: closed classes by field (English) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Hi Dana, the añejo we aged in French oak is back on the shelf.", "en-US", "añejo"),
        ("Hi Dana, our blanco is unaged and bottled at 40%.", "en-US", "blanco"),
        ("Hi Dana, a raicilla from Jalisco joins the tasting menu on Friday.", "en-US", "raicilla"),
        ("Hi Dana, the mezcal cocktail class starts at 8 pm.", "en-US", "mezcal"),
        ("Hi Sam, the bento comes with hijiki salad and a nori roll.", "en-GB", "hijiki"),
        ("Hi Priya, our florists dress the mandap the morning of the haldi.", "en-IN", "mandap"),
    ],
)
def test_a_listed_field_word_is_not_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word not in _found(registry, body, locale, "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # The left-out words one edit from an English word stay reported, as does a frequent Spanish word.
        ("Hi Dana, the joven is bottled straight from the still.", "joven"),
        ("Hi Dana, your plata order is packed.", "plata"),
    ],
)
def test_an_unlisted_spanish_word_in_an_english_line_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-US", "LNG101")


# --- LNG102: real-word errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Seed Co: every tray come with a label and a watering guide.", "come"),
        ("Bakery: the rye sold out by noon. There range is smaller on Mondays.", "There"),
        ("Hi Mia, your hand-stitched cushions is ready for collection.", "is"),
        ("Tailor: we can pin the hem their and then, while you wait.", "their"),
        ("Clinic: parking is free in the lane opposite are entrance.", "are"),
        ("Hi Jo, the annual storage fee for bay 12 are now overdue.", "are"),
        ("Hi Jo, if your renewal has all ready been paid, please ignore this.", "all ready"),
        ("Bank: thank your for waiting; an adviser will call shortly.", "your"),
    ],
)
def test_a_real_word_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Seed Co: every tray comes with a label; they help each other come up with names.",
        "Bakery: the rye sold out by noon. There once was a queue round the block. There still is, some days.",
        "Hi Mia, your hand-stitched cushion is ready for collection.",
        "Tailor: their and our tailors work side by side; we can pin the hem there and then.",
        "Clinic: the neighbours behind are building a wall, so park opposite our entrance.",
        "Hi Jo, the deposit and storage fee for bay 12 are now overdue.",
        "Hi Jo, we're all ready for your visit on Friday.",
        "Bank: your questions about the card are welcome; thank you for waiting.",
    ],
)
def test_the_right_word_in_the_same_context_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []
