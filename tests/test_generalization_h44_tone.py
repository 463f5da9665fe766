"""Round 38 (blind sets h44 and h45): the tone misses and the false positive taken outside TON112.

Every sentence is new wording (none comes from the evaluation corpora). TON109's payment-less-popular reads the
payment said to get less love than what the reader enjoys ("Shame the invoice isn't nearly as popular"); a pity that
names no payment, or a bill compared without a pity, passes. TON301 no longer reads a plural -al adjective after its
plural noun ("condiciones generales", "precios promocionales") as a vos imperative whose accent was left out
(generá + les); a vos order after a clause start, an adverb or "por favor" still counts.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts, tone_warnings

from sendlint.address import mixed_address
from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Glad the new bikes are getting plenty of use. Shame the invoice isn't nearly as popular.",
            "en",
            "Shame the invoice isn't nearly as popular",
        ),
        (
            "Lovely to see the pool so busy. Pity your membership fee isn't getting as much attention.",
            "en",
            "Pity your membership fee isn't getting as much attention",
        ),
        (
            "Nos alegra que uses tanto el gimnasio. Lástima que la cuota no sea igual de popular.",
            "es",
            "Lástima que la cuota no sea igual de popular",
        ),
        (
            "Qué bien que disfrutes tanto de la piscina. Una pena que tu recibo no tenga la misma atención.",
            "es",
            "Una pena que tu recibo no tenga la misma atención",
        ),
    ],
)
def test_the_payment_said_to_be_less_popular_is_condescending(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert ("TON109", span) in tone_warnings(registry, body, locale, "collections")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Shame the sale isn't on for longer: grab yours today.", "en"),
        ("Good news: your bill isn't as high as last month.", "en"),
        ("Pity the weather isn't as sunny this week; your booking is confirmed.", "en"),
        ("Lástima que la promoción no sea tan larga: aprovecha hoy.", "es"),
        ("Buenas noticias: tu factura no es tan alta como el mes pasado.", "es"),
    ],
)
def test_a_pity_without_the_payment_or_a_bill_without_a_pity_passes(
    registry: Registry, body: str, locale: str
) -> None:
    assert all(rule != "TON109" for rule, _ in tone_warnings(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    "body",
    [
        "Según las condiciones generales del contrato, se le informa de un saldo. Puede consultarlo en la web.",
        "Tenemos precios promocionales y cargos adicionales este mes. Puede reservar cuando quiera.",
        "Las tarifas actuales y los horarios habituales siguen igual. Usted puede pagar en la oficina.",
    ],
)
def test_a_plural_al_adjective_after_its_noun_is_no_vos_form(registry: Registry, body: str) -> None:
    assert finding_texts(registry, "TON301", body=body, locale="es-CO", category="collections") == []


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Luego mandales un saludo de nuestra parte. Usted puede pasar cuando quiera.", "mandales"),
        ("Por favor avisales que usted puede venir el lunes.", "avisales"),
    ],
)
def test_a_vos_order_with_les_still_counts(registry: Registry, body: str, span: str) -> None:
    pair = mixed_address(body)
    assert pair is not None and pair[0].text == span and pair[0].form == "vos"
    assert finding_texts(registry, "TON301", body=body, locale="es-AR", category="service")
