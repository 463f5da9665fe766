"""What the blind sets h86 and h87 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (en): a learned compound of a combining form in "-o" known with another learned element
  ("pyro-": pyrotechnic) and "-graphy", "-logy", "-metry"; Hepburn's "m" before "b" and "p" in romanised words; "pro
  tanto" among the Latin phrases of contracts.
- False positive, LNG101 (es): a word of open syllables beside a Japanese word of its trade (one with "k", "ts", "sh",
  "w" or a palatal "gy"); a relational adjective in "-ial" of a known noun in "-ia" or "-io".
- False positive, LNG102 (en): "the invoice of €40 have" after a preposition (the noun is no subject).
- False negative, LNG102 (es): "esta" before a plural participle; "ala" for "a la"; "haya" for "allá" after a verb; a
  plural amount of the reader's money with a singular verb of crediting.
- False negative, LNG102 (en): "you're" before a word and "number/code"; a plural in "-ers" with a verb of meeting in
  "-s"; a plural subject with a complement before "is open/ready"; a sum "are still open/unpaid".
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101 (en): learned compounds, Hepburn "m", Latin phrases -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # "pyro-" is known in pyrotechnic, pyrolysis, pyromania.
        ("Kiln & Quill: your pyrography kit ships on Monday with two spare nibs.", "pyrography"),
        # Hepburn's "m" before "p" and "b": a romanised word of open syllables.
        ("Mori Foods: the kampyo strips for your sushi kit are back in stock.", "kampyo"),
        ("Harbour Court Chambers: costs are apportioned pro tanto between the two claims.", "tanto"),
    ],
)
def test_english_compounds_romanised_words_and_latin_phrases_pass(registry: Registry, body: str, word: str) -> None:
    assert word not in _found(registry, body, "en-GB", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A typo in the final ends in no final; a typo in the combining form leaves it with no learned sibling.
        ("Kiln & Quill: our photograpy evening starts at 7pm.", "photograpy"),
        ("Kiln & Quill: our phatography evening starts at 7pm.", "phatography"),
        # "tanto" outside its phrase is still a Spanish word in an English line.
        ("Kiln & Quill: thanks tanto for your order.", "tanto"),
        # "m" closes a syllable before "b" or "p" only.
        ("Kiln & Quill: your tamso glaze is ready.", "tamso"),
    ],
)
def test_english_typos_of_those_shapes_are_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG101")


# --- LNG101 (es): Japanese words together; relational adjectives -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # "hasami" (scissors) beside "kimono" (a "k"); "fude" beside "washi" (an "sh").
        ("Dojo Norte: trae tu kimono y las hasami a la práctica del martes.", "hasami"),
        ("Taller Hoja: pintamos con fude sobre papel washi el sábado.", "fude"),
        # The relational adjective of "vivencia", a noun in -ia.
        ("Casa Raíz: este mes abrimos dos talleres vivenciales de cerámica.", "vivenciales"),
    ],
)
def test_spanish_japanese_words_together_and_relational_adjectives_pass(registry: Registry, body: str, word: str) -> None:
    assert word not in _found(registry, body, "es-MX", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # No Japanese word with its mark in the field: the Spanish shape alone proves nothing.
        ("Dojo Norte: trae las hasami a la práctica del martes.", "hasami"),
        # A missing accent stays reported beside a Japanese word.
        ("Dojo Norte: trae tu kimono el sabado.", "sabado"),
        # A typo in the stem leaves no noun in -ia or -io.
        ("Bóveda Sur: revisa tus datos ofisiales antes del cierre.", "ofisiales"),
    ],
)
def test_spanish_typos_beside_those_shapes_are_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-MX", "LNG101")


# --- LNG102 (es): esta + plural participle; ala; haya for allá; the reader's money --------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Cine Sur: tus asientos ya esta reservados para el viernes.", "esta"),
        ("Gimnasio Ola: recuerda traer tu toalla ala sesión del lunes.", "ala"),
        ("Ferretería Sol: tu taladro está listo; te esperamos haya por la tarde.", "haya"),
        ("Banco Río: los $80.000 que transferiste ya fue abonado a tu cuenta.", "fue abonado"),
    ],
)
def test_spanish_confusions_are_flagged(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-AR", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Cine Sur: esta entrada vale para dos funciones.",
        "Vuelos Sur: el curso de ala delta empieza el lunes; el ala oeste del hangar está cerrada.",
        "Carpintería Sol: tableros de haya en oferta; pide lo que haya en stock.",
        "Banco Río: los pagos que hiciste ya fueron abonados.",
    ],
)
def test_spanish_near_misses_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-AR", "LNG102") == []


# --- LNG102 (en): you're + number; -ers + verb in -s; is open; a sum still open -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Harbour Storage: please quote you're unit number when you call.", "you're"),
        ("Harbour Tours: the skippers greets you at the pier at 8am.", "greets"),
        ("Harbour Tours: our autumn kayak tours for groups is now open.", "is"),
        ("Harbour Tours: the balance for your winter berth, £220, are still unpaid.", "are"),
    ],
)
def test_english_confusions_are_flagged(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Harbour Tours: you're the number one crew this season.",
        "Harbour Tours: the skippers greet you at the pier; the sales calls end at 5pm.",
        "Harbour Tours: the tours for groups are now open.",
        "Harbour Tours: two letters about your storage invoice of £220 have come back unopened.",
    ],
)
def test_english_near_misses_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []
