"""Round 31 (h31): the three tone misses taken by a rule outside TON112.

Every sentence is new wording (none comes from the evaluation corpora).

- TON111 (guilt appeal) had no "the least you can do" and no Spanish "lo mínimo que puedes hacer". Both now count
  when the reader is the one who owes it ("the least we can do is refund you" passes).
- TON110 (countdown pressure, marketing only) read stock "gone in minutes / in no time" but not "gone within the
  hour". It now reads that, and in Spanish "se agotarán en menos de una hora". A parcel or table "ready within
  the hour" passes.
- TON401 (impersonal greeting) treated a marketing message as possibly mass mail. A WhatsApp message goes to one
  opted-in contact, so "Dear customer" there ignores a name we hold, in marketing too. SMS and email marketing with
  no name placeholder pass as before. So does a WhatsApp service notice that never says "you".
"""

from __future__ import annotations

import pytest
from conftest import tone_warnings as warnings

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("The least you could do is reply to our emails about the bike.", "en", "The least you could do is"),
        (
            "Lo mínimo que podrías hacer es avisar si no vienes a la clase.",
            "es",
            "Lo mínimo que podrías hacer es",
        ),
    ],
)
def test_the_least_you_can_do_is_a_guilt_appeal(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert ("TON111", span) in warnings(registry, body, locale, "service")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("The least we can do is refund the delivery fee for the late parcel.", "en"),
        ("Lo mínimo que podemos hacer es devolverte el envío del pedido retrasado.", "es"),
    ],
)
def test_the_least_we_can_do_passes(registry: Registry, body: str, locale: str) -> None:
    assert [rule for rule, _ in warnings(registry, body, locale, "service") if rule == "TON111"] == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "The last sofas in the sale will be snapped up within the hour.",
            "en",
            "be snapped up within the hour",
        ),
        (
            "Las entradas del concierto se agotarán en menos de una hora.",
            "es",
            "se agotarán en menos de una hora",
        ),
    ],
)
def test_gone_within_the_hour_is_countdown_pressure(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert ("TON110", span) in warnings(registry, body, locale, "marketing")


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Your table will be ready within the hour; we'll text you.", "en", "marketing"),
        ("Los pedidos de hoy se enviarán en menos de una hora.", "es", "marketing"),
        ("The last sofas in the sale will be snapped up within the hour.", "en", "service"),
    ],
)
def test_ready_within_the_hour_or_outside_marketing_passes(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert [rule for rule, _ in warnings(registry, body, locale, category) if rule == "TON110"] == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Dear customer, our spring plants are in. Visit the nursery this weekend.", "en", "Dear customer"),
        (
            "Estimado cliente, llegaron las plantas de primavera. Visite el vivero este sábado.",
            "es",
            "Estimado cliente",
        ),
    ],
)
def test_an_impersonal_greeting_on_marketing_whatsapp_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert ("TON401", span) in warnings(registry, body, locale, "marketing", channel="whatsapp")


@pytest.mark.parametrize(
    ("body", "locale", "category", "channel"),
    [
        (
            "Dear customer, our spring plants are in. Visit the nursery this weekend.",
            "en",
            "marketing",
            "sms",
        ),
        ("Estimado cliente, llegaron las plantas de primavera.", "es", "marketing", "email"),
        (
            "Dear customer, the car park on Mill Road will close for resurfacing on Monday.",
            "en",
            "service",
            "whatsapp",
        ),
    ],
)
def test_mass_marketing_or_a_notice_to_whom_it_concerns_passes(
    registry: Registry, body: str, locale: str, category: str, channel: str
) -> None:
    assert [rule for rule, _ in warnings(registry, body, locale, category, channel) if rule == "TON401"] == []
