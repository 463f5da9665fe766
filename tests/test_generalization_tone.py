"""Tone rules catch threats, blame, condescension, urgency and guilt phrased outside the lexicons.

Every sentence here is new wording (none comes from the evaluation corpora): the pattern rules TON107-TON111
must find the same pressure in other words, and stay quiet on the neutral sentences that share their
vocabulary (lawyers in a law firm's reminder, "sin embargo", a technician visiting the home, countdowns in
an OTP). TON206 finds a shouted phrase inside a message that is not shouted as a whole.
"""

from __future__ import annotations

import pytest
from conftest import TONE_PATTERN_RULES, fired_tone_patterns, make_message

from sendlint.engine import evaluate
from sendlint.registry import Registry

PATTERN_RULES = TONE_PATTERN_RULES
fired = fired_tone_patterns


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule", "span"),
    [
        # threats: a legal or enforcement step tied to a condition or a future
        ("Si no regularizas tu deuda esta semana, tu caso será enviado a una agencia de cobranza.", "es", "collections", "TON107", "agencia de cobranza"),
        ("Tu expediente ya está en manos de nuestro despacho jurídico.", "es", "collections", "TON107", "despacho jurídico"),
        ("Pay by Friday or we will pass your account to a debt collector.", "en", "collections", "TON107", "debt collector"),
        ("Failure to pay will result in a county court judgment.", "en", "collections", "TON107", "court"),
        ("If you don't return the router, we will instruct our solicitors.", "en", "service", "TON107", "solicitors"),
        # threats: third parties, visits, exaggerated credit consequences
        ("Vamos a llamar a tu jefe para informarle de la deuda.", "es", "collections", "TON107", "tu jefe"),
        ("Si no pagas, visitaremos tu domicilio esta semana.", "es", "collections", "TON107", "tu domicilio"),
        ("We will contact your employer about this debt.", "en", "collections", "TON107", "your employer"),
        ("Our agent will come to your home on Tuesday to collect the balance.", "en", "collections", "TON107", "your home"),
        ("Con esta deuda, ninguna entidad te va a dar crédito.", "es", "collections", "TON107", "ninguna entidad te va"),
        ("This debt will haunt you for years.", "en", "collections", "TON107", "haunt you for years"),
        # blame: labels and reproaches
        ("Eres un cliente problemático: siempre pagas tarde.", "es", "collections", "TON108", "cliente problemático"),
        ("Según nuestro sistema usted es una persona poco confiable.", "es", "collections", "TON108", "persona poco confiable"),
        ("Has ignorado todos nuestros recordatorios.", "es", "collections", "TON108", "Has ignorado todos nuestros recordatorios"),
        ("Llevás dos meses sin pagar la cuota.", "es-AR", "collections", "TON108", "Llevás dos meses sin pagar"),
        ("You are now listed as a serial late payer.", "en", "collections", "TON108", "serial late payer"),
        ("You've ignored every one of our letters.", "en", "collections", "TON108", "You've ignored every one of our letters"),
        ("This is the fourth time you've missed a payment.", "en", "collections", "TON108", "fourth time you've missed"),
        # condescension
        ("Como ya le habíamos explicado, el cambio se hace en la app.", "es", "service", "TON109", "Como ya le habíamos explicado"),
        ("Por tercera vez le recordamos que el formulario está en la web.", "es", "service", "TON109", "Por tercera vez le recordamos"),
        ("As I've already explained, the refund takes five days.", "en", "service", "TON109", "As I've already explained"),
        ("It's honestly not that hard to reset your password.", "en", "service", "TON109", "It's honestly not that hard"),
        ("Please read the instructions properly this time.", "en", "service", "TON109", "read the instructions properly this time"),
        # countdown pressure (marketing)
        ("Quedan 45 minutos para conseguir tu entrada al 2x1.", "es", "marketing", "TON110", "Quedan 45 minutos"),
        ("Tic tac: tu descuento desaparece esta noche.", "es", "marketing", "TON110", "Tic tac"),
        ("Este precio no volverá a repetirse.", "es", "marketing", "TON110", "no volverá a repetirse"),
        ("Just 3 hours left to grab your seat.", "en", "marketing", "TON110", "Just 3 hours left"),
        ("The clock is ticking on your free upgrade.", "en", "marketing", "TON110", "The clock is ticking"),
        ("Reply now or your spot goes to someone else.", "en", "marketing", "TON110", "goes to someone else"),
        # guilt
        ("Nos duele que ya no compres con nosotros.", "es", "marketing", "TON111", "Nos duele"),
        ("Creíamos que éramos tu tienda favorita.", "es", "marketing", "TON111", "Creíamos que éramos"),
        ("Todos los demás socios ya están al día.", "es", "collections", "TON111", "los demás socios ya están al día"),
        ("It hurts us to see you go.", "en", "marketing", "TON111", "It hurts us"),
        ("Most customers pay on time. Why don't you?", "en", "collections", "TON111", "Most customers pay"),
        ("Don't let your team down: finish the course.", "en", "marketing", "TON111", "Don't let your team down"),
        # more wording: vague legal steps, agencies, patience, farewells, deadlines in minutes
        ("Este es el último paso antes de iniciar un proceso legal en su contra.", "es", "collections", "TON107", "proceso legal"),
        ("Tomaremos las medidas necesarias para recuperar el dinero.", "es", "collections", "TON107", "las medidas necesarias"),
        ("Your account may be referred to a third-party agency.", "en", "collections", "TON107", "third-party agency"),
        ("A debt recovery agent may visit your property.", "en", "collections", "TON107", "your property"),
        ("If we don't hear from you, we will take further action.", "en", "collections", "TON107", "further action"),
        ("Te has convertido en un cliente de riesgo.", "es", "collections", "TON108", "cliente de riesgo"),
        ("No es la primera vez que se retrasa con su cuota.", "es", "collections", "TON108", "No es la primera vez que se retrasa"),
        ("Our patience has run out.", "en", "collections", "TON108", "Our patience has run out"),
        ("Le sugerimos leer con más atención nuestros mensajes.", "es", "service", "TON109", "leer con más atención"),
        ("We've explained this several times.", "en", "service", "TON109", "explained this several times"),
        ("Termina en 2 horas: 30 % en abrigos.", "es", "marketing", "TON110", "Termina en 2 horas"),
        ("Ends in 45 minutes: 2-for-1 pizzas.", "en", "marketing", "TON110", "Ends in 45 minutes"),
        ("Después de tantos años, ¿te vas?", "es", "marketing", "TON111", "Después de tantos años"),
        ("We've been more than patient with you.", "en", "collections", "TON111", "We've been more than patient"),
    ],
)
def test_pattern_rules_flag_new_wording(registry: Registry, body: str, locale: str, category: str, rule: str, span: str) -> None:
    assert fired(registry, body, locale, category) == [(rule, span)]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Sin embargo, puedes pagar en cuotas sin intereses.", "es", "collections"),
        ("Si necesitas asesoría, nuestro equipo legal te orienta gratis.", "es", "collections"),
        ("Si no puedes asistir a tu cita con el abogado, avísanos.", "es", "transactional"),
        ("Nuestro técnico visitará tu domicilio el lunes entre 9 y 13 h.", "es", "transactional"),
        ("Te llamaremos al teléfono de tu casa para confirmar el acuerdo.", "es", "collections"),
        ("If you can't make your appointment with your lawyer, let us know.", "en", "transactional"),
        ("Our technician will visit your home on Monday.", "en", "transactional"),
        ("We will call your home phone to confirm the plan.", "en", "collections"),
        ("Court Street branch is closed on Monday.", "en", "transactional"),
        ("Si ya pagaste, ignora este mensaje.", "es", "collections"),
        ("Esta inversión es de alto riesgo: lee el folleto antes de contratar.", "es", "marketing"),
        ("Con nosotros nunca pagas comisiones.", "es", "marketing"),
        ("Living with chronic pain? Our clinic can help.", "en", "marketing"),
        ("If you've already paid, please ignore this message.", "en", "collections"),
        ("Como te contamos en el último correo, la tienda abre el lunes.", "es", "marketing"),
        ("Cocinar es fácil: ¡cualquiera puede hacerlo con nuestro kit!", "es", "marketing"),
        ("As we mentioned in our last email, the sale starts Friday.", "en", "marketing"),
        ("This time, we've added more colours.", "en", "marketing"),
        ("Tu código vence en 10 minutos.", "es", "otp"),
        ("Quedan 3 horas para que llegue tu pedido.", "es", "transactional"),
        ("No lo pienses más y reserva tu mesa.", "es", "marketing"),
        ("Your code expires in 10 minutes.", "en", "otp"),
        ("Never again miss a delivery: track it in the app.", "en", "marketing"),
        ("Don't hesitate to contact us.", "en", "marketing"),
        ("¿Te duele la espalda? Prueba nuestras sillas.", "es", "marketing"),
        ("¡Nos lo merecemos! Celebra con 20 % en toda la tienda.", "es", "marketing"),
        ("Most customers pay less than $30 a month with us.", "en", "marketing"),
        ("If it hurts after your treatment, call us.", "en", "service"),
        ("No further action is needed: your payment will be applied tomorrow.", "en", "collections"),
        ("Lee con atención las instrucciones del medicamento.", "es", "transactional"),
        ("Thanks for being with us after all these years — here's 20% off.", "en", "marketing"),
        ("Después de tantos años juntos, gracias por confiar en nosotros.", "es", "marketing"),
        ("Our team can visit your property to install the meter.", "en", "service"),
        ("The sale ends in 3 days.", "en", "marketing"),
    ],
)
def test_pattern_rules_pass_neutral_sentences_sharing_their_words(registry: Registry, body: str, locale: str, category: str) -> None:
    assert fired(registry, body, locale, category) == []


def test_a_sentence_the_lexicon_rule_reports_is_not_reported_twice(registry: Registry) -> None:
    body = "Si no paga hoy iniciaremos acciones legales con nuestros abogados."
    assert fired(registry, body, "es", "collections", ("TON101", "TON107")) == [("TON101", "acciones legales")]


def test_one_finding_per_sentence_and_one_per_threatening_sentence(registry: Registry) -> None:
    body = "Si no pagas, tu caso pasa a nuestros abogados y al juzgado. Después vamos a visitar tu casa."
    assert fired(registry, body, "es", "collections") == [("TON107", "abogados"), ("TON107", "tu casa")]


def test_threats_to_visit_or_call_third_parties_are_collections_only(registry: Registry) -> None:
    body = "Vamos a llamar a tu jefe para felicitarlo."
    assert fired(registry, body, "es", "marketing") == []
    assert fired(registry, body, "es", "collections") == [("TON107", "tu jefe")]


def test_threat_severity_is_raised_where_the_law_forbids_threats(registry: Registry) -> None:
    message = make_message(body="Si no pagas, visitaremos tu domicilio.", locale="es-CO", category="collections", to="+573001234567")
    (finding,) = [f for f in evaluate(message, registry).findings if f.rule == "TON107"]
    assert finding.severity.value == "error"


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Tienda Sol: este sábado NO TE QUEDES SIN EL TUYO. Compra en https://tiendasol.com.", "es", "NO TE QUEDES SIN EL TUYO"),
        ("Hi Nora, THE SALE IS HERE. Shop new coats at https://sunstore.com/sale this weekend.", "en", "THE SALE IS HERE"),
    ],
)
def test_shouted_phrase_inside_a_calm_message(registry: Registry, body: str, locale: str, span: str) -> None:
    assert fired(registry, body, locale, "marketing", ("TON201", "TON206")) == [("TON206", span)]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        ("Paga en OXXO, SPEI o PSE con tu PIN.", "es", None),
        ("BANCO DE LA PAMPA AHORRO: tu código es 1234.", "es", "Banco de la Pampa Ahorro"),
        ("Reply STOP to opt out. Msg & data rates may apply.", "en", None),
    ],
)
def test_acronyms_brand_names_and_keywords_are_not_a_shouted_phrase(registry: Registry, body: str, locale: str, brand: str | None) -> None:
    message = make_message(body=body, locale=locale, category="transactional", brand=brand)
    assert [f.rule for f in evaluate(message, registry).findings if f.rule == "TON206"] == []


def test_a_field_shouted_as_a_whole_is_left_to_ton201(registry: Registry) -> None:
    body = "ÚLTIMO AVISO: PAGUE SU FACTURA HOY MISMO"
    assert fired(registry, body, "es", "collections", ("TON201", "TON206")) == [("TON201", body)]
