"""Round 28 (h28): the three tone misses TON112 cannot take without a line's own words, fixed by a clue.

Every sentence is new wording (none comes from the evaluation corpora).

- TON103 (condescension lexicon) had "no es tan difícil" / "it's not that hard" but not the same put-down in the
  conditional ("no debería ser tan difícil / complicado", "shouldn't be that hard / complicated"). A cost or a
  chore said not to need to be "tan caro" / "that stressful" passes.
- TON107 (``home-or-work-visit``, collections only) read "your address" in English but not "tu dirección" in
  Spanish, and its visits lacked a visit to collect ("pasaremos a cobrar", "cobrarlo en persona"). An address
  to update, or a visit to collect without the reader's home or address, passes.
- TON109 (``reproach``) read "no somos una guardería" / "we're not a babysitting service" but not the staff said
  not to be the reader's childminders ("nuestros monitores no son niñeras", "our coaches aren't babysitters").
  Staff described as trained childminders passes.
"""

from __future__ import annotations

import pytest
from conftest import fired_tone_patterns

from sendlint.registry import Registry

TONE = (
    "TON101",
    "TON102",
    "TON103",
    "TON104",
    "TON105",
    "TON107",
    "TON108",
    "TON109",
    "TON110",
    "TON111",
    "TON112",
)


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule", "span"),
    [
        (
            "Llenar la ficha de inscripción no debería ser tan difícil, ¿verdad?",
            "es",
            "service",
            "TON103",
            "no debería ser tan difícil",
        ),
        (
            "Your receipt is missing a signature again. Signing a page shouldn't be that complicated.",
            "en",
            "service",
            "TON103",
            "shouldn't be that complicated",
        ),
        (
            "Tenemos su dirección, así que si no paga este mes iremos a cobrarle personalmente.",
            "es",
            "collections",
            "TON107",
            "su dirección",
        ),
        (
            "La cuota sigue sin pagarse y conocemos tu dirección: pasaremos a cobrarla el viernes.",
            "es",
            "collections",
            "TON107",
            "tu dirección",
        ),
        (
            "We have your address, so we'll come round to collect it in person.",
            "en",
            "collections",
            "TON107",
            "your address",
        ),
        (
            "Tu hijo volvió a saltarse las normas. Nuestros monitores no son niñeras, así que habla con él antes de volver.",
            "es",
            "service",
            "TON109",
            "Nuestros monitores no son niñeras",
        ),
        (
            "Your son climbed the fence again. Our coaches aren't babysitters, so please talk to him first.",
            "en",
            "service",
            "TON109",
            "Our coaches aren't babysitters",
        ),
    ],
)
def test_h28_clues_fire(
    registry: Registry, body: str, locale: str, category: str, rule: str, span: str
) -> None:
    assert (rule, span) in fired_tone_patterns(registry, body, locale, category, rules=(rule,))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # a cost or a chore said not to need to be so
        ("Mudarse no debería ser tan caro: pide presupuesto.", "es", "marketing"),
        ("Moving house shouldn't be that stressful: get a quote.", "en", "marketing"),
        # an address to update; a visit to collect without the reader's home or address
        ("Si te mudaste, actualiza tu dirección en la app para recibir las facturas.", "es", "collections"),
        ("Tu saldo sigue pendiente y pasaremos a cobrar en persona el lunes.", "es", "collections"),
        ("Confirma tu dirección y pasaremos a recoger el colchón viejo sin coste.", "es", "transactional"),
        # staff described as childminders, not denied to be
        ("Nuestras cuidadoras son niñeras con titulación oficial.", "es", "marketing"),
        ("Our staff are trained childminders, so you can relax.", "en", "marketing"),
    ],
)
def test_h28_clue_traps_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert fired_tone_patterns(registry, body, locale, category, rules=TONE) == []
