"""Round 27 (h27): the two tone misses TON112 cannot take without a line's own words, fixed by a clue.

Every sentence is new wording (none comes from the evaluation corpora).

- TON109 (condescending reproach, ``reproach`` clue) did not read the sender saying it is not a store for the
  reader's things ("no somos un trastero", "we're not a warehouse") or that the reader's animal is not an object
  ("un perro no es un juguete", "a horse isn't a piece of furniture") as a snide remark. The clue is outside
  marketing only, like the rest of ``reproach``: a shelter's campaign slogan passes, and so does a plain
  disclaimer of what the sender is ("no somos un banco", "we are not a bank").
"""

from __future__ import annotations

import pytest
from conftest import fired_tone_patterns

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Tus cajas llevan un mes en recepción. No somos un trastero, así que pasa a buscarlas esta semana.",
            "es",
            "transactional",
            "No somos un trastero",
        ),
        (
            "Your bikes are still in our workshop. We're not a warehouse: please collect them by Friday.",
            "en",
            "transactional",
            "We're not a warehouse",
        ),
        (
            "Nadie ha visitado a tu yegua desde abril. Una yegua no es un adorno.",
            "es",
            "service",
            "Una yegua no es un adorno",
        ),
        (
            "Nobody has walked your dog at the kennels this week. A dog isn't a toy.",
            "en",
            "service",
            "A dog isn't a toy",
        ),
    ],
)
def test_ton109_the_sender_not_a_store_or_the_animal_not_an_object(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert ("TON109", span) in fired_tone_patterns(registry, body, locale, category, rules=("TON109",))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # a disclaimer of what the sender is, not a store for the reader's things
        ("No somos un banco: nunca te pediremos tu clave por mensaje.", "es", "service"),
        ("We are not a bank, so we never ask for your card PIN.", "en", "service"),
        # a shelter's campaign slogan is marketing copy
        ("Esta Navidad, recuerda que un perro no es un juguete: adopta con cabeza.", "es", "marketing"),
        ("This Christmas, remember a puppy is not a toy: adopt responsibly.", "en", "marketing"),
        # storage offered as a service, and the reader's animal as the subject of a plain fact
        ("Además del taller, somos un guardamuebles con trasteros desde 20 m².", "es", "service"),
        ("We're a storage facility too: lockers from 2 m² are available.", "en", "service"),
        ("Tu perro no es un caso aislado: la alergia al pollo es frecuente.", "es", "service"),
    ],
)
def test_ton109_a_disclaimer_or_a_slogan_passes(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert fired_tone_patterns(registry, body, locale, category, rules=("TON109",)) == []
