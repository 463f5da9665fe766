"""Round 39 (blind sets h46 and h47): the tone miss taken outside TON112.

Every sentence is new wording (none comes from the evaluation corpora). TON107's home-or-work-visit reads a
business's offices in the plural ("se presentará en sus oficinas", "visit your offices") as the place of a
collector's visit; a bank's or an agent's offices where the reader may pay ("en cualquiera de sus oficinas",
"sus oficinas bancarias más cercanas") pass, and so do our own offices.
"""

from __future__ import annotations

import pytest
from conftest import tone_warnings

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Si el lunes no vemos el abono, un agente se presentará en sus oficinas a primera hora.",
            "es",
            "sus oficinas",
        ),
        ("De no regularizar el saldo, visitaremos sus oficinas esta semana.", "es", "sus oficinas"),
        (
            "Unless the balance is cleared, one of our agents will visit your offices on Thursday.",
            "en",
            "your offices",
        ),
        (
            "If we hear nothing by Friday, we will send someone to your business premises.",
            "en",
            "your business premises",
        ),
    ],
)
def test_a_visit_to_the_readers_offices_is_a_threat(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert ("TON107", span) in tone_warnings(registry, body, locale, "collections")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Puede acudir a pagar a Banco Sol en cualquiera de sus oficinas.", "es"),
        ("También puede pasar por sus oficinas bancarias más cercanas con la referencia.", "es"),
        ("Puede visitarnos en nuestras oficinas de lunes a viernes para acordar un plan.", "es"),
        ("You can visit any of our offices to set up a payment plan.", "en"),
        ("Our offices will be closed on Monday; you can still pay in the app.", "en"),
    ],
)
def test_offices_where_the_reader_may_pay_pass(registry: Registry, body: str, locale: str) -> None:
    assert [
        rule for rule, _ in tone_warnings(registry, body, locale, "collections") if rule == "TON107"
    ] == []
