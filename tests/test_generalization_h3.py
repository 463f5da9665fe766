"""What the third blind set (h3) showed missing or over-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to
it: the same vocabulary in a neutral sentence must not be reported.

- TON107: references or contacts the customer left, "nos pondremos en contacto con su empleador", agents
  who "could stop by" or "podrían presentarse" at a home address the sender says it has.
- TON109: explaining "again" because it "wasn't clear", slips "again", lectures on being responsible.
- TON111: a team sad about the reader's absence, the reader's place left empty.
- TON301: a clause-initial modal before an infinitive with an object pronoun ("Puede consultarla") is usted.
- TON401: a stock phrase that opens a line as a salutation ("Valued Member,").
- LNG101: medical specialties, unit symbols, co-official street types, Indian number words, te reo
  greetings, user names after a label, chat abbreviations that CLR501 reports instead.
- LNG102: sino/si no, then/than, its/it's, your/you're, compliment/complement, stationary/stationery.
- CMP401/CMP403: a card number right after "card"/"tarjeta" and a brand; a DNI with no check letter after
  its label. CMP406: "no se lo pases a nadie". CMP203/CMP205: no-credit-check loans, returns carried by a
  verb, guaranteed trading signals. CMP103: Irish addresses.
- CLR303: a greeting and a name are not a description of a link. CLR403: the downtime of an online
  service in a country with several zones, and shows joined from an app. CLR301: "Watch part 2 tonight",
  "Empezá hoy" are calls to action.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import field_spans as spans
from conftest import make_message

from sendlint.address import mixed_address
from sendlint.detectors import find_national_ids, find_payment_cards
from sendlint.engine import evaluate
from sendlint.registry import Registry


def rules(registry: Registry, **fields: Any) -> set[str]:
    fields.setdefault("channel", "whatsapp")
    return {f.rule for f in evaluate(make_message(**fields), registry).findings}


# --- tone -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule", "span"),
    [
        ("Como no respondes, vamos a comunicarnos con los contactos de emergencia que nos diste.", "es", "collections", "TON107", "contactos de emergencia que nos diste"),
        ("Si el saldo sigue vencido, nos pondremos en contacto con su jefe.", "es", "collections", "TON107", "su jefe"),
        ("We will be reaching out to the references on your application about this balance.", "en", "collections", "TON107", "references on your application"),
        ("Tenemos la dirección de su casa y un gestor podría presentarse esta semana.", "es", "collections", "TON107", "su casa"),
        ("Our agents have your home address and may stop by on Saturday.", "en", "collections", "TON107", "your home"),
        ("A collector will be calling round to your house tomorrow.", "en", "collections", "TON107", "your house"),
        ("Te lo explicamos otra vez, ya que parece que no quedó claro: la cuota vence el 5.", "es", "service", "TON109", "Te lo explicamos otra vez"),
        ("De nuevo se te olvidó pagar. Tienes que ser más responsable.", "es", "collections", "TON109", "De nuevo se te olvidó"),
        ("Locked out again? It happens to some customers all the time.", "en", "service", "TON109", "happens to some customers all the time"),
        ("Lost your card again? Freeze it in the app.", "en", "service", "TON109", "Lost your card again"),
        ("We'll explain it once more, since it wasn't clear: bills are due on the 1st.", "en", "collections", "TON109", "We'll explain it once more"),
        ("Echamos de menos verte: tu bicicleta sigue vacía los jueves.", "es", "marketing", "TON111", "tu bicicleta sigue vacía"),
        ("Your mat has been sitting empty since June. Book a class today.", "en", "marketing", "TON111", "Your mat has been sitting empty"),
        ("Honestly, the whole team is pretty gutted you stopped coming.", "en", "marketing", "TON111", "the whole team is pretty gutted"),
    ],
)
def test_tone_classes_are_reported(registry: Registry, body: str, locale: str, category: str, rule: str, span: str) -> None:
    found = spans(registry, rule, body=body, locale=locale, category=category)
    assert any(span in s or s in span for s in found), found


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule"),
    [
        # Contact data being updated is not a visit; references mentioned without contacting them are fine.
        ("Please update your home address in the app so your new card reaches you.", "en", "collections", "TON107"),
        ("Puedes actualizar tus referencias personales en la app cuando quieras.", "es", "collections", "TON107"),
        ("Puede presentar su reclamo en nuestra oficina o en la web.", "es", "collections", "TON107"),
        # A polite reminder repeated is not "explaining again"; a plain password reset is not snide.
        ("Le recordamos nuevamente que su cita es el lunes a las 9:00.", "es", "service", "TON109"),
        ("Forgot your password? Reset it in the app in two steps.", "en", "service", "TON109"),
        ("Tu esterilla favorita sigue disponible en la tienda.", "es", "marketing", "TON111"),
        ("Your seat is waiting: book Tuesday's class in the app.", "en", "marketing", "TON111"),
    ],
)
def test_tone_traps_pass(registry: Registry, body: str, locale: str, category: str, rule: str) -> None:
    assert spans(registry, rule, body=body, locale=locale, category=category) == []


def test_modal_before_infinitive_with_object_is_usted() -> None:
    pair = mixed_address("Tu factura de mayo ya está lista. Puede consultarla en la web.")
    assert pair is not None and pair[1].text == "Puede"
    # No object pronoun, or an explicit subject: the third person reading stays possible.
    assert mixed_address("Tu paquete salió hoy. Puede tardar tres días.") is None
    assert mixed_address("Tu paquete salió hoy. El repartidor puede dejarlo en portería.") is None


def test_stock_phrase_opening_a_line_is_a_salutation(registry: Registry) -> None:
    body = "Valued Member:\n\nYour gym plan renews on March 2 and your card will be charged $12."
    assert "TON401" in rules(registry, body=body, locale="en", category="transactional", channel="email", subject="Renewal")
    inline = "Your plan renews on March 2. As a valued member you keep your current price."
    assert "TON401" not in rules(registry, body=inline, locale="en", category="transactional", channel="email", subject="Renewal")


# --- language ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola, Marta: tu cita de reumatología es el jueves con el Dr. Gil.", "es-ES"),
        ("Tu receta de paracetamol 500 mg está lista.", "es-MX"),
        ("Tu préstamo y el de tu codeudora están al día, sin intereses moratorios.", "es-CO"),
        ("Te esperamos en Carrer de Provença 120, Barcelona.", "es-ES"),
        ("Your gold loan of 2 lakh is approved.", "en-IN"),
        ("Kia ora Hemi, your parcel arrives tomorrow.", "en-NZ"),
        ("Tu usuario es lgarciap y tu clave llega en otro mensaje.", "es-PE"),
        ("Your username is tkowalski; sign in at the portal.", "en-US"),
        ("Hey, ur order is rdy for pickup.", "en-US"),
    ],
)
def test_words_of_customer_messaging_are_not_typos(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "LNG101", body=body, locale=locale, category="transactional") == []


def test_a_typo_after_user_without_a_label_is_still_reported(registry: Registry) -> None:
    assert spans(registry, "LNG101", body="Check your user acount in the app.", locale="en-US", category="service") == ["acount"]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Clínica Norte: sino puede venir el lunes, llámenos.", "es", "sino"),
        ("Revisa tu correo y sino recibes el enlace, escríbenos.", "es", "sino"),
        ("Morning deliveries are cheaper then those booked for the evening.", "en", "then"),
        ("Great news, its on the way to you now.", "en", "its"),
        ("Grab a coffee while your waiting? No: while your here, browse the new range.", "en", "your"),
        ("This scarf is the perfect compliment to your winter coat.", "en", "compliment"),
        ("Our stationary range is 20% off this week.", "en", "stationary"),
    ],
)
def test_real_word_slips_are_reported(registry: Registry, body: str, locale: str, span: str) -> None:
    assert span in spans(registry, "LNG102", body=body, locale=locale, category="transactional")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("No es un cargo nuevo sino la cuota de marzo.", "es"),
        ("No solo te damos puntos, sino que también te regalamos el envío.", "es"),
        ("The app checks its own updates every night.", "en"),
        ("Thanks for the compliment on our service!", "en"),
        ("Keep the bike stationary while it updates.", "en"),
        ("When your order ships, we'll text you.", "en"),
    ],
)
def test_real_word_traps_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "LNG102", body=body, locale=locale, category="transactional") == []


# --- compliance -------------------------------------------------------------------------------------


def test_card_after_card_noun_and_brand_is_found_without_luhn() -> None:
    text = "Your Orbit card 4929 1111 2222 3333 is active."
    assert [d.text for d in find_payment_cards(text)] == ["4929 1111 2222 3333"]
    assert find_payment_cards("Tracking 4929 1111 2222 3333 is active.") == ()


def test_dni_without_check_letter_needs_its_label() -> None:
    assert [d.kind for d in find_national_ids("Titular: Ana Ruiz, DNI 40.123.987.")] == ["labelled_dni"]
    assert find_national_ids("Pedido 40123987 enviado.") == ()
    assert find_national_ids("DNI terminado en 987.") == ()


def test_labelled_dni_reaches_cmp403(registry: Registry) -> None:
    assert spans(registry, "CMP403", body="Hola, Luis Paz, DNI 41234567: tu matrícula está lista.", locale="es-PE", category="transactional") == ["41234567"]


def test_otp_warning_in_other_verbs(registry: Registry) -> None:
    assert "CMP406" not in rules(registry, body="Tu código es 551 902. No se lo muestres a nadie.", locale="es", category="otp", channel="sms")
    assert "CMP406" not in rules(registry, body="Your code is 551902. Never forward it to anyone.", locale="en", category="otp", channel="sms")
    assert "CMP406" in rules(registry, body="Tu código es 551 902. Pásalo al asesor.", locale="es", category="otp", channel="sms")


@pytest.mark.parametrize(
    ("body", "locale", "rule"),
    [
        ("Borrow up to £500 today, no credit checks. Reply STOP to opt out.", "en", "CMP203"),
        ("Join our crypto signals group for weekly tips. Reply STOP to opt out.", "en", "CMP203"),
        ("Your deposit will earn 3% a week, guaranteed. Reply STOP to opt out.", "en", "CMP205"),
        ("Get our guaranteed forex trades every morning. Reply STOP to opt out.", "en", "CMP205"),
        ("Tu dinero gana un 2 % diario garantizado. Responde BAJA para salir.", "es", "CMP205"),
        ("Recibe nuestras señales de trading cada mañana. Responde BAJA para salir.", "es", "CMP203"),
    ],
)
def test_high_risk_finance_classes(registry: Registry, body: str, locale: str, rule: str) -> None:
    assert rule in rules(registry, body=body, locale=locale, category="marketing", channel="sms")


def test_savings_rate_is_not_a_guaranteed_return(registry: Registry) -> None:
    body = "Our savings account pays 3% a year on balances up to £5,000. Reply STOP to opt out."
    assert not {"CMP203", "CMP205"} & rules(registry, body=body, locale="en", category="marketing", channel="sms")


@pytest.mark.parametrize(
    "footer",
    ["Corrib Bikes Ltd, Unit 12, Ballybrit Business Park, Galway", "Corrib Bikes, 3 Mill Lane, Cork T12 X5Y8", "Corrib Bikes, Dublin 8"],
)
def test_irish_postal_addresses(registry: Registry, footer: str) -> None:
    body = f"Hi Aoife,\n\nNew e-bikes are in. Book a test ride at https://corribbikes.ie/ride\n\nUnsubscribe: https://corribbikes.ie/u\n{footer}"
    assert "CMP103" not in rules(registry, body=body, locale="en-IE", category="marketing", channel="email", subject="New bikes")
    no_address = body.rsplit("\n", 1)[0]
    assert "CMP103" in rules(registry, body=no_address, locale="en-IE", category="marketing", channel="email", subject="New bikes")


# --- clarity ----------------------------------------------------------------------------------------


def test_greeting_name_and_brand_do_not_describe_a_link(registry: Registry) -> None:
    assert spans(registry, "CLR303", body="Buenas tardes, Sra. Ortiz 😊 https://optisur.com/d/12", brand="Optisur", locale="es", category="transactional")
    assert spans(registry, "CLR303", body="Optisur: Hi Dana. https://optisur.com/d/12", brand="Optisur", locale="en", category="service", channel="sms")
    assert spans(registry, "CLR303", body="Optisur: Hi Dana. Your new glasses are ready. Book a fitting at https://optisur.com/d/12", brand="Optisur", locale="en", category="service", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "expected"),
    [
        ("Our mobile app will be unavailable on Sunday from 2:00 to 4:00 a.m. for an upgrade.", "en-US", True),
        ("La plataforma estará en mantenimiento el sábado de 23:00 a 01:00.", "es-MX", True),
        ("Live shopping starts at 7:30 PM: watch from the Nido app.", "en-AU", True),
        # One zone in the country: everyone reads the window on the same clock.
        ("La plataforma estará en mantenimiento el sábado de 23:00 a 01:00.", "es-CO", False),
        # An outage at the reader's address is read on the local clock.
        ("Maintenance in your area: the service will be unavailable from 1:00 to 3:00 a.m.", "en-US", False),
    ],
)
def test_online_service_windows_need_a_zone(registry: Registry, body: str, locale: str, expected: bool) -> None:
    assert bool(spans(registry, "CLR403", body=body, locale=locale, category="service", channel="sms")) is expected


@pytest.mark.parametrize(
    ("body", "locale", "has_cta"),
    [
        ("Part 2 of the series is out. Watch episode 4 tonight on Nido.", "en", True),
        ("Llegó la nueva temporada. Empezá hoy desde la app.", "es-AR", True),
        ("Part 2 of the series is out on Nido.", "en", False),
    ],
)
def test_calls_to_action_with_named_items_and_voseo(registry: Registry, body: str, locale: str, has_cta: bool) -> None:
    found = rules(registry, body=body, locale=locale, category="marketing", channel="push")
    assert ("CLR301" not in found) is has_cta
