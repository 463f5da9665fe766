"""What the blind sets h132 and h133 showed in clarity (round 82; the other families are analysed elsewhere), as
classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positives, CLR303 (h132, h133): a charge the sender says it is still waiting for ("we're still waiting for the
  membership fee", «seguimos esperando la cuota») or that the reader has not paid ("you still haven't settled the
  charge", «todavía no ha abonado la cuota») asks for that payment, and a payment page after it is where to pay it, as
  after a sum called unpaid. Waiting for something that is no charge, or a page that is not a payment page, stays bare.
- False negatives, CLR303 (h133): "something" kept for the reader ("we've got something for you", «tenemos algo para
  ti») and the surprise as "this" ("you won't believe this", «no te lo vas a creer») are vague teasers, and an emoji or
  an arrow pointing at the link ends the teaser as a colon does. A label that names the offer passes.
- Left: negations in separate clauses across a comma (CLR105 counts past commas, which four clarity lines need), a
  dues page after a sum called unpaid (a page for the fees is no payment page, h59-en-005), a deadline with no zone
  for a reader in a country on the sender's clock, and a vague object ("the necessary action") with a way or a date.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR303, a charge still awaited or not paid before a payment page -------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        ("Telar Norte: seguimos esperando la cuota de marzo del taller de bordado. https://telarnorte.example/pagar",
         "es-ES", "Telar Norte"),
        ("Telar Norte: la matrícula de 60,00 € sigue esperando. https://telarnorte.example/pagar", "es-ES", "Telar Norte"),
        ("Telar Norte: todavía no ha abonado la cuota de marzo. https://telarnorte.example/pagar", "es-ES", "Telar Norte"),
        ("Kestrel Kayak Club: we're still waiting for the spring membership fee. https://kestrelkayak.example/pay",
         "en-GB", "Kestrel Kayak Club"),
        ("Kestrel Kayak Club: we have been waiting on your £45 since March. https://kestrelkayak.example/pay", "en-GB",
         "Kestrel Kayak Club"),
        ("Kestrel Kayak Club: you still haven't settled the boat storage charge. https://kestrelkayak.example/pay",
         "en-GB", "Kestrel Kayak Club"),
    ],
)
def test_a_charge_still_awaited_before_a_payment_page_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections", brand=brand) == []


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        # waiting for something that is no charge
        ("Telar Norte: seguimos esperando las fotos de tu bordado para la muestra. https://telarnorte.example/pagar",
         "es-ES", "Telar Norte", "https://telarnorte.example/pagar"),
        ("Kestrel Kayak Club: we're still waiting for your photos from the regatta. https://kestrelkayak.example/pay",
         "en-GB", "Kestrel Kayak Club", "https://kestrelkayak.example/pay"),
        # a page for the fees is no payment page
        ("Telar Norte: seguimos esperando la cuota de marzo del taller de bordado. https://telarnorte.example/cuotas",
         "es-ES", "Telar Norte", "https://telarnorte.example/cuotas"),
        ("Kestrel Kayak Club: we're still waiting for the spring membership fee. https://kestrelkayak.example/fees",
         "en-GB", "Kestrel Kayak Club", "https://kestrelkayak.example/fees"),
    ],
)
def test_waiting_for_no_charge_or_no_payment_page_fires(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections", brand=brand) == [span]


# --- clarity: CLR303, "something for you" and "you won't believe this" pointing at the link -----------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Lunavela: te guardamos algo especial para ti 👀 https://lunavela.example/s/4", "es-ES",
         "https://lunavela.example/s/4"),
        ("Lunavela: no te lo vas a creer ➡️ https://lunavela.example/s/4", "es-ES", "https://lunavela.example/s/4"),
        ("Lunavela: tenemos algo para ti. https://lunavela.example/s/4", "es-ES", "https://lunavela.example/s/4"),
        ("Lunavela: we've got something for you 👉 https://lunavela.example/s/4", "en-GB", "https://lunavela.example/s/4"),
        ("Lunavela: you won't believe this 👇 https://lunavela.example/s/4", "en-GB", "https://lunavela.example/s/4"),
        ("Lunavela: we've got something for you. https://lunavela.example/s/4", "en-GB", "https://lunavela.example/s/4"),
    ],
)
def test_a_teaser_pointing_at_the_link_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="push", category="marketing", brand="Lunavela") == [
        span
    ]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the offer is said before the pointer
        ("Lunavela: 20 % en todas las lámparas de mesa este finde 👉 https://lunavela.example/s/4", "es-ES"),
        ("Lunavela: tenemos algo para ti, una bombilla gratis con cada lámpara 👉 https://lunavela.example/s/4", "es-ES"),
        ("Lunavela: 20% off every table lamp this weekend 👉 https://lunavela.example/s/4", "en-GB"),
        ("Lunavela: we've got something for you, a free bulb with every lamp 👉 https://lunavela.example/s/4", "en-GB"),
    ],
)
def test_an_offer_pointing_at_the_link_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="push", category="marketing", brand="Lunavela") == []
