"""Clarity rules judge what the second blind set (h2) showed them misjudging. New wording only.

- CLR403: a clock time with no zone in a message whose readers are elsewhere (the arrival of a trip between
  two places, an event followed online, an audience across regions), whatever the locale's country; a
  departure time, a local appointment and a time with its zone pass. CLR402 no longer takes "last" or "that"
  for a zone abbreviation.
- CLR201/CLR202: a "." inside a number ends no clause; a field in another language is LNG301's.
- CLR101: readability formulas only score texts of 30 words or more.
- CLR102: 35 words is the limit outside SMS and push.
- CLR303: a teaser that announces something without saying what does not describe its link.
"""

from __future__ import annotations

import pytest
from conftest import make_message

from sendlint.engine import evaluate
from sendlint.registry import Registry


def rules(registry: Registry, **fields: object) -> list[str]:
    return [f.rule for f in evaluate(make_message(**fields), registry).findings]


@pytest.mark.parametrize(
    ("body", "locale", "channel"),
    [
        ("Trenes Quillay: tu tren de Sevilla a Lisboa llegará el 4 de julio a las 21:15.", "es-ES", "sms"),
        ("Skylark: your flight from Denver to Madrid lands on June 9 at 10:05.", "en-US", "sms"),
        ("Hola, Ana: te esperamos en nuestra clase online de finanzas el 3 de abril a las 18:00.", "es-CO", "email"),
        ("Hi Ann, our online session on pensions with the advice team starts at 6:30 PM on April 3.", "en-GB", "whatsapp"),
        ("Hi Ann, our nationwide tasting night starts at 7 PM on Friday in every store.", "en-US", "email"),
    ],
)
def test_times_for_readers_in_other_zones_need_a_zone(registry: Registry, body: str, locale: str, channel: str) -> None:
    assert "CLR403" in rules(registry, body=body, locale=locale, channel=channel, category="transactional", subject="Aviso" if channel == "email" else None)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Trenes Quillay: tu tren de Sevilla a Lisboa sale el 4 de julio a las 08:15.", "es-ES"),  # departure: its own clock
        ("Skylark: your flight from Denver to Madrid lands on June 9 at 10:05 Madrid time.", "en-US"),
        ("Hola, Ana: tu clase de yoga es el jueves a las 18:00 en la sala 2.", "es-CL"),  # local
        ("Hi Ann, our online session starts at 6:30 PM GMT on April 3.", "en-GB"),
        ("Restaurante Quillay: este viernes, música en vivo desde las 21:00.", "es-MX"),  # live, not online
        ("Hi Ann, your table is booked for 8 PM tonight. The terrace opens at 7.", "en-US"),
    ],
)
def test_local_times_departures_and_times_with_zone_pass_clr403(registry: Registry, body: str, locale: str) -> None:
    assert "CLR403" not in rules(registry, body=body, locale=locale, channel="sms", category="transactional")


def test_short_words_ending_in_t_are_not_zone_abbreviations(registry: Registry) -> None:
    body = "Your delivery is due at 3 PM and should take about an hour, like last time."
    assert "CLR402" in rules(registry, body=body, locale="en-US", channel="sms", category="transactional")
    assert "CLR402" not in rules(registry, body="Your delivery is due at 3 PM PT.", locale="en-US", channel="sms", category="transactional")


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Tienda Quillay: ¡Envío gratis en compras desde $80.000 este fin de semana!", "es-CO", False),
        ("Tienda Quillay: envío gratis en compras desde $80.000 este fin de semana!", "es-CO", True),
        ("Tienda Quillay: Free shipping on orders over $80 this weekend! Shop at https://quillay.co", "es-CO", False),
    ],
)
def test_opening_exclamation_mark_with_numbers_and_foreign_text(registry: Registry, body: str, locale: str, fires: bool) -> None:
    found = rules(registry, body=body, locale=locale, channel="sms", category="marketing")
    assert ("CLR202" in found) is fires


def test_readability_is_not_scored_on_a_short_text(registry: Registry) -> None:
    short = "Larkspur Bank: Suspicious authentication detected. Verification required immediately."
    assert "CLR101" not in rules(registry, body=short, locale="en", channel="sms", category="alert")
    long = (
        "Pursuant to the contractual stipulations applicable to your account, and notwithstanding any previous "
        "communications, the organization hereby notifies you regarding the modification of the remuneration "
        "conditions, which will be recalculated automatically in accordance with prevailing regulatory requirements."
    )
    assert "CLR101" in rules(registry, body=long, locale="en", channel="sms", category="alert")


def test_long_sentence_limit_outside_sms(registry: Registry) -> None:
    words = "Hola, Ana: queremos contarte que tu plan de ahorro mensual se renueva el primer día de cada mes y que puedes cambiar la cantidad en la app o en una oficina cuando quieras"
    assert 31 <= len(words.split()) <= 35
    assert "CLR102" not in rules(registry, body=words + ".", locale="es", channel="email", category="service", subject="Tu plan")
    longer = words + ", y también pausarla durante un máximo de tres meses al año."
    assert "CLR102" in rules(registry, body=longer, locale="es", channel="email", category="service", subject="Tu plan")


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Gas Quillay: tienes un aviso importante sobre tu contrato. https://gasquillay.es/a/1", "es", True),
        ("Larkspur Energy: new information about your bill. https://larkspur.com/a/1", "en", True),
        # round 58: news of a change before a link alone says nothing of the link either (six blind sets' labels)
        ("Gas Quillay: tu contrato cambia de tarifa el 1 de junio. https://gasquillay.es/a/1", "es", True),
        ("Larkspur Energy: update on your bill: it is £12 lower from June. https://larkspur.com/a/1", "en", False),
    ],
)
def test_a_vague_teaser_does_not_describe_its_link(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert ("CLR303" in rules(registry, body=body, locale=locale, channel="sms", category="alert")) is fires
