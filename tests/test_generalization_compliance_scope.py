"""Compliance rules reach the classes the second blind set (h2) showed them missing, and stop over-firing.

Every message here is new wording (none comes from the evaluation corpora). What each group checks:

- CMP111 accepts a brand named by its distinctive core ("Swiftbox:" for Swiftbox Delivery, "el punto Rayo"
  for Paquetería Rayo), written with the brand's capitals; a common word that happens to be the core, in
  lower case, or a link on the brand's domain, does not name the sender.
- CMP404 leaves the one-time code of an OTP message alone, and still flags passwords.
- CMP401 reports a number the message itself labels a card number even when its check digit is wrong.
- CMP103 recognises postcodes (US ZIP after a state, UK, Canada, "C.P.") and US addresses in Spanish mail.
- CMP101 and CMP102 recognise opt-outs in other wordings, and in the other language of the pair.
- CMP406 recognises the do-not-share warning with "se lo" and "nadie ... te lo pedirá".
- CMP203/CMP204/CMP205 and CMP702 catch payday, betting, guaranteed-return and prize-claim offers worded
  outside the fixed phrases, and CMP501 the sender's own verbs ("suspendimos tu cuenta").
"""

from __future__ import annotations

import pytest
from conftest import make_message

from sendlint.detectors import find_payment_cards
from sendlint.engine import evaluate
from sendlint.registry import Registry


def findings(registry: Registry, rule: str, **fields: object) -> list[str]:
    """The text each finding of ``rule`` points at (the empty string for a zero-width finding; CMP111
    points at the first character of the body)."""
    message = make_message(**fields)
    body = str(fields.get("body", ""))
    return [body[f.start : f.end] for f in evaluate(message, registry).findings if f.rule == rule]


# --- CMP111: the brand's core names the sender ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        ("Northwind: tu devolución 5521 ya fue aprobada.", "es", "Northwind Logística"),
        ("Tu reembolso está listo en la oficina Quillay de la avenida Grecia.", "es-CL", "Seguros Quillay"),
        ("Larkspur Bank: your card ending 0042 is on its way.", "en", "Larkspur Bank Ltd"),
        ("Hi Dana, your Pebblecreek order ships on Monday.", "en-US", "Pebblecreek Grocery Co"),
        ("Ferrán del Mar: tu pedido sale mañana.", "es", "Ferrán del Mar Supermercados"),
    ],
)
def test_a_brand_named_by_its_core_identifies_the_sender(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert findings(registry, "CMP111", body=body, locale=locale, brand=brand, channel="sms", category="transactional") == []


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the core is a common word, written in lower case: not the brand
        ("Tu pago en plata ya fue acreditado.", "es-AR", "Banco Plata"),
        ("Your sunny weekend order has shipped.", "en", "Sunny Grocery"),
        # the descriptor alone, or a link on the brand's own domain, names nobody
        ("El banco confirmó tu transferencia de hoy.", "es", "Banco Quillay"),
        ("Your order has shipped. Track it at https://larkspurstore.com/t/42", "en", "Larkspur Store"),
        ("Your order has shipped. Track it at https://larkspur.com/t/42", "en", "larkspur Store"),
    ],
)
def test_a_common_word_a_descriptor_or_a_domain_does_not_name_the_sender(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert len(findings(registry, "CMP111", body=body, locale=locale, brand=brand, channel="sms", category="transactional")) == 1


# --- CMP404: the code of an OTP message is not a password -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Banco Quillay: su PIN provisional es 7731. No lo comparta.", "es", "otp"),
        ("Larkspur Bank: your temporary PIN is 5093. Don't share it with anyone.", "en", "otp"),
        ("Larkspur Bank: your one-time passcode is 448 120. Never share it.", "en", "otp"),
        ("Larkspur Bank: your single-use password is 830215.", "en", "transactional"),
    ],
)
def test_one_time_codes_are_not_passwords(registry: Registry, body: str, locale: str, category: str) -> None:
    assert findings(registry, "CMP404", body=body, locale=locale, category=category) == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "secret"),
    [
        ("Banco Quillay: su clave temporal es Qx8#r2Lm. Cámbiela al entrar.", "es", "otp", "Qx8#r2Lm"),
        ("Larkspur Bank: your new PIN is 5093. Keep it safe.", "en", "transactional", "5093"),
        ("Larkspur: your password for the member portal is Tern4Lake!", "en", "service", "Tern4Lake"),
    ],
)
def test_passwords_are_still_passwords(registry: Registry, body: str, locale: str, category: str, secret: str) -> None:
    assert findings(registry, "CMP404", body=body, locale=locale, category=category) == [secret]


# --- CMP401: a labelled card number ----------------------------------------------------------------------


def test_a_labelled_card_number_is_a_card_whatever_its_check_digit() -> None:
    # 4111 1111 1111 1112 fails Luhn: only the label makes it a card number.
    assert [d.text for d in find_payment_cards("Card number: 4111 1111 1111 1112.")] == ["4111 1111 1111 1112"]
    assert [d.text for d in find_payment_cards("Número de tarjeta: 4111111111111112")] == ["4111111111111112"]
    assert find_payment_cards("Reference 4111 1111 1111 1112 for your transfer.") == ()
    assert find_payment_cards("Card number: 9111 1111 1111 1112.") == ()  # no issuer starts with 9


# --- CMP103: postcodes and US addresses ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("footer", "locale"),
    [
        ("Larkspur Store, 88 Kestrel Plaza, Austin, TX 78701", "en"),
        ("Larkspur Store, Unit 4 Mill Yard, Kendal LA9 4QR", "en"),
        ("Larkspur Store, 12 Rue Laval, Montréal QC H2X 1Y4", "en"),
        ("Tienda Quillay, 2100 Coral Way, Suite 300, Miami, FL 33145", "es"),
        ("Tienda Quillay, Av. Ñuñoa 450, Santiago", "es-CL"),
        ("Tienda Quillay, Insurgentes Sur 1602, C.P. 03940, Ciudad de México", "es-MX"),
    ],
)
def test_postcodes_and_us_addresses_count_as_the_postal_address(registry: Registry, footer: str, locale: str) -> None:
    body = ("Hola, 15 % en toda la tienda. Darte de baja: https://tienda.com/baja\n" if locale.startswith("es") else
            "Hi, 15% off everything. Unsubscribe: https://store.com/unsubscribe\n") + footer
    assert findings(registry, "CMP103", body=body, locale=locale, channel="email", category="marketing", subject="Ofertas") == []


def test_an_email_without_any_address_still_lacks_one(registry: Registry) -> None:
    body = "Hola, 15 % en toda la tienda hasta el 20 de mayo.\nDarte de baja: https://tienda.com/baja"
    assert len(findings(registry, "CMP103", body=body, locale="es", channel="email", category="marketing", subject="Ofertas")) == 1


# --- CMP101 / CMP102: opt-out wording --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "channel"),
    [
        ("Tienda Quillay: 2x1 en jugos. Si ya no quieres recibir estos SMS, escribe BAJA.", "es", "sms"),
        ("Tienda Quillay: 2x1 en jugos. Si no querés recibir más promos, respondé BAJA.", "es-AR", "sms"),
        ("Hola, Ana: 2x1 en jugos. Si preferís no recibir más correos, desuscribite en https://quillay.com/b", "es-AR", "email"),
        ("Hola, Ana: 2x1 en jugos. Para cancelar su suscripción, visite https://quillay.com/b", "es", "email"),
        # the other language of the pair: the wording is foreign, the opt-out still works
        ("Tienda Quillay: weekend sale on juices. Reply STOP to opt out.", "es-MX", "sms"),
        ("Larkspur Store: ofertas en jugos este fin de semana. Responde STOP para cancelar.", "en-US", "sms"),
        ("Hi Ann, juices are 2 for 1. If you no longer wish to receive these emails, use the link below.", "en", "email"),
    ],
)
def test_opt_outs_in_other_wordings_are_recognised(registry: Registry, body: str, locale: str, channel: str) -> None:
    rule = "CMP101" if channel == "sms" else "CMP102"
    assert findings(registry, rule, body=body, locale=locale, channel=channel, category="marketing", subject="2x1" if channel == "email" else None) == []


def test_a_promise_not_to_write_again_is_no_opt_out(registry: Registry) -> None:
    body = "Tienda Quillay: no quieres perderte el 2x1 en jugos de este fin de semana."
    assert len(findings(registry, "CMP101", body=body, locale="es", channel="sms", category="marketing")) == 1


# --- CMP406: the do-not-share warning in other words -----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Banco Quillay: tu código es 551902. No se lo des a nadie.",
        "Banco Quillay: tu código es 551902. Nadie del banco te lo va a pedir.",
        "Banco Quillay: su código es 551902. Nunca le solicitaremos este número.",
    ],
)
def test_do_not_share_warnings_in_other_words(registry: Registry, body: str) -> None:
    assert findings(registry, "CMP406", body=body, locale="es", category="otp") == []


def test_an_otp_without_warning_is_still_flagged(registry: Registry) -> None:
    assert len(findings(registry, "CMP406", body="Banco Quillay: tu código es 551902. Vence en 5 minutos.", locale="es", category="otp")) == 1


# --- high-risk offers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "span"),
    [
        ("CMP203", "Prestafácil: hasta $5,000 sin checar buró, directo a tu cuenta.", "es-MX", "sin checar buró"),
        ("CMP203", "Prestafácil: préstamos al instante para lo que necesites.", "es-CO", "préstamos al instante"),
        ("CMP204", "Golazo: tu primera apuesta va por nuestra cuenta este domingo.", "es-CO", "primera apuesta"),
        ("CMP204", "Kickoff: claim two free bets on tonight's derby in the app.", "en-GB", "free bets"),
        ("CMP205", "Fondo Quillay: te garantizamos un rendimiento del 9 % mensual.", "es", "garantizamos un rendimiento del 9 %"),
        ("CMP205", "Larkspur Capital: earn a guaranteed 3% weekly profit on every deposit.", "en", "guaranteed 3% weekly profit"),
        ("CMP205", "Larkspur Capital: grow your savings with no risk to your principal.", "en", "no risk to your principal"),
    ],
)
def test_high_risk_offers_outside_the_fixed_phrases(registry: Registry, rule: str, body: str, locale: str, span: str) -> None:
    assert findings(registry, rule, body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Banco Quillay: apostamos por tu futuro con la cuenta joven. Nuestra apuesta es la transparencia.", "es"),
        ("Banco Quillay: revisamos tu buró cada año para ofrecerte mejores tasas.", "es-MX"),
        ("Larkspur Bank: our fixed bond pays a guaranteed 4.1% interest rate for two years.", "en"),
        ("Larkspur Bank: we guarantee 2% cashback on fuel this month.", "en"),
    ],
)
def test_ordinary_finance_and_betting_words_pass(registry: Registry, body: str, locale: str) -> None:
    message = make_message(body=body, locale=locale, channel="sms", category="marketing")
    assert [f.rule for f in evaluate(message, registry).findings if f.rule in ("CMP203", "CMP204", "CMP205")] == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Óptica Quillay: ¡Enhorabuena! Resultaste ganadora de unas gafas de sol. Reclámalas en https://opticaquillay.es/p", "es"),
        ("Óptica Quillay: usted ha ganado un viaje a Cancún. Cóbrelo llamando al 800 555 0101.", "es-MX"),
        ("Larkspur Store: you're our grand prize winner! Redeem your reward today.", "en"),
        ("Larkspur Store: you have won a $250 voucher. Collect it at https://larkspurstore.com/win", "en"),
    ],
)
def test_a_won_prize_that_must_be_claimed_is_flagged(registry: Registry, body: str, locale: str) -> None:
    assert len(findings(registry, "CMP702", body=body, locale=locale, channel="sms", category="marketing")) == 1


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Óptica Quillay: ganaste 300 puntos con tu compra. Canjéalos en la app.", "es"),  # loyalty points
        ("Óptica Quillay: la ganadora del sorteo de mayo es Elisa Rojas. ¡Gracias a todos por participar!", "es"),
        ("Larkspur Store: the winners of our spring raffle are listed in store.", "en"),
        ("Larkspur Store: you are a winner in our eyes, thanks for ten years with us!", "en"),  # no claim
    ],
)
def test_winner_news_without_a_claim_passes(registry: Registry, body: str, locale: str) -> None:
    assert findings(registry, "CMP702", body=body, locale=locale, channel="sms", category="marketing") == []


def test_phishing_shape_with_the_senders_own_verbs(registry: Registry) -> None:
    body = "Banco Quillay: bloqueamos tu tarjeta por compras no reconocidas. Validá tu identidad en https://quillay-alertas.com"
    assert findings(registry, "CMP501", body=body, locale="es-AR", brand="Banco Quillay", category="alert") == ["bloqueamos tu"]
    own = "Banco Quillay: bloqueamos tu tarjeta por compras no reconocidas. Revisa los movimientos en https://bancoquillay.com/tarjetas"
    assert findings(registry, "CMP501", body=own, locale="es", brand="Banco Quillay", category="alert") == []
