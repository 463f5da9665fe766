"""What the blind sets h82 and h83 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (en): a Greek or Latin combining form joined by a hyphen to a known word.
- False positive, LNG101 (en): a word naming a style before "-style".
- False negative, LNG102 (es): "asta" closing a range opened by "desde"; "ahí que" before an infinitive; "ha" before
  an infinitive; a plural subject with a long "de" complement before a singular future.
- False negative, LNG102 (en): "are" for "our" after a verb taking a person or a place; "its" before an adjective of
  what is usual and "for"; a count of a unit of time ending in a possessive.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101: a combining form and a known word; X-style-----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Kiln Yard: the new hydro-kiln dries each batch overnight.", "hydro-kiln"),
        ("Deck Co: our pyro-larch boards weather to silver.", "pyro-larch"),
        ("Noodle Bar: try the new bukkake-style udon this week.", "bukkake-style"),
    ],
)
def test_a_combining_form_before_a_known_word_passes(registry: Registry, body: str, word: str) -> None:
    assert word not in _found(registry, body, "en-GB", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A typo in either part, or an unknown prefix, is still reported.
        ("Kiln Yard: the new hydro-klin dries each batch overnight.", "hydro-klin"),
        ("Kiln Yard: the new hyrdo-kiln dries each batch overnight.", "hyrdo-kiln"),
        ("Noodle Bar: try the new udon-stlye bowls this week.", "udon-stlye"),
    ],
)
def test_a_typo_in_a_combining_form_compound_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in flagged_texts(registry, body, "en-GB", "LNG101", channel="sms")


# --- LNG102 (es): hasta, hay que, a + infinitive -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Juguetes Roble: tallamos figuras desde ranas asta elefantes, todas a mano.", "asta"),
        ("Piscina Municipal: en la calle rápida ahí que nadar siempre por la derecha.", "ahí"),
        ("Gimnasio Norte: ha contar del lunes 3, la sala abre a las 6:00.", "ha"),
        ("Gas Norte: Las revisiones de las calderas del barrio empezará el martes.", "empezará"),
    ],
)
def test_a_spanish_homophone_before_its_context_is_flagged(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Banderas Sur: la bandera va desde la base del asta hasta la punta.",
        "Juzgado de Paz: el juez dijo que no ha lugar a la queja.",
        "Museo Naval: fue ahí que aprendimos a navegar, en este mismo puerto.",
        "Taller Sol: ya ha ido a recoger la pieza y ha vuelto.",
        "Gas Norte: Las revisiones de las calderas que se hará el martes ya están en la web.",
        "Gas Norte: Las revisiones de las calderas empezarán el martes.",
    ],
)
def test_the_spanish_near_misses_stay_quiet(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []


# --- LNG102 (en): our, it's, a plural of time ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Bloom Bikes: your e-bike has left are studio and is on its way.", "are"),
        ("Bloom Bikes: questions? Just email are team any time.", "are"),
        ("Clay Co: its usual for a new glaze to craze a little.", "its"),
        ("Clay Co: your bowls will be fired again in three week's.", "week's"),
    ],
)
def test_an_english_homophone_before_its_context_is_flagged(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Bloom Bikes: the two bikes left are studio models, both in blue.",
        "Clay Co: the kiln keeps its usual firing for the glazes.",
        "Clay Co: we need two weeks' notice, or a day's notice for small orders.",
    ],
)
def test_the_english_near_misses_stay_quiet(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []
