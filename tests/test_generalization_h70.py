"""What the blind sets h70 and h71 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR503 (h71): a code ending in T was read as a time zone ("CGNAT", any two to four capitals before a
  T) and never counted; only real zones pass now.
- False negative, CLR303 (h71): any debt the reader has, with what it is for ("una multa de estacionamiento
  pendiente", "an unpaid parking fine"), before a link alone.
- False negative, CLR106 (h71): the masculine opening of a Mexican office's notice ("por medio del presente") and the
  charges "que en derecho procedan".
- False negative, CLR403 (h70, h71): the other side of a video interview named by its place ("the Toronto employer"),
  a class given from a place abroad ("impartida desde nuestra sede de Lisboa"), the people a call is for of a place
  ("nuestros clientes de Chile"), and a town at home that yields to a city abroad ten times its size.
- False positive, CMP201 (h71): alcohol named in a collections message is info, as in the other notices.
- False positive, CMP207 (h71): "cure the deficiency", a lender's remedy, is no cure claim.
- False negative, CMP403 (h70): an unbroken number after the cédula's full name ("cédula de identidad").
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans
from conftest import make_message

from sendlint.detectors import find_national_ids
from sendlint.engine import evaluate
from sendlint.findings import Severity
from sendlint.registry import Registry

# --- clarity: CLR503, a code ending in T is no time zone (false negative) ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Redline Fibre: your modem is behind CGNAT now; for P2P or VPN gaming, ask support.", "en-GB", "CGNAT"),
        ("Aguas Tercas: la lectura del PLT no coincide con el DMA; revisa tu CUV en la app.", "es-MX", "PLT"),
    ],
)
def test_a_code_ending_in_t_counts(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # real zones are no abbreviations
        ("Redline Fibre: the upgrade runs from 1:00 AEST to 3:00 AEST; P2P and VPN traffic will pause.", "en-AU"),
        ("Redline Fibre: the upgrade runs from 1:00 NZDT; P2P and VPN traffic will pause.", "en-NZ"),
        ("Aguas Tercas: el corte es de 9:00 a 11:00 COT; revisa tu CUV en la app.", "es-CO"),
    ],
)
def test_time_zones_still_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, category="alert") == []


# --- clarity: CLR303, a debt by name before a link alone (false negative) ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Grúas Faro: tenés una multa de acarreo pendiente. https://gruasfaro.com.ar/m/4410", "es-AR",
         "https://gruasfaro.com.ar/m/4410"),
        ("Autovía Sur: tiene un peaje vencido. https://autoviasur.mx/p/77", "es-MX", "https://autoviasur.mx/p/77"),
        ("Harbour Tolls: you have an unpaid bridge toll. https://harbourtolls.co.uk/t/910", "en-GB",
         "https://harbourtolls.co.uk/t/910"),
    ],
)
def test_a_debt_by_name_before_a_link_alone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the act is named
        ("Grúas Faro: tenés una multa de acarreo pendiente. Pagala en https://gruasfaro.com.ar/m/4410", "es-AR"),
        # paid: news, not a request
        ("Grúas Faro: tu multa de acarreo ya fue pagada, gracias. https://gruasfaro.com.ar/m/4410", "es-AR"),
        ("Harbour Tolls: you have an unpaid bridge toll. Pay it at https://harbourtolls.co.uk/t/910", "en-GB"),
    ],
)
def test_a_named_act_or_a_paid_debt_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, category="collections") == []


# --- clarity: CLR106, the masculine opening and "que en derecho procedan" (false negative) -----------------------------


def test_the_masculine_opening_with_a_notification_is_drafting(registry: Registry) -> None:
    body = "Por medio del presente se le notifica que su placa quedó retenida por la inspección del martes."
    assert spans(registry, "CLR106", body=body, locale="es-MX", channel="email", subject="Aviso",
                 category="alert") == ["Por medio del presente"]


def test_the_charges_the_law_allows_are_drafting(registry: Registry) -> None:
    body = "Hola, Ana: tu cuota de abril sigue sin pagar y se sumarán los recargos que en derecho procedan."
    assert spans(registry, "CLR106", body=body, locale="es-MX", channel="email", subject="Cuota",
                 category="collections") == ["que en derecho procedan"]


@pytest.mark.parametrize(
    "body",
    [
        # the opening alone is a letter's, as the feminine one is
        "Por medio del presente le contamos que el taller abre el sábado.",
        # the law named plainly
        "Hola, Ana: tu cuota de abril sigue sin pagar; el recargo es de 50 pesos, como dice tu contrato.",
    ],
)
def test_the_opening_alone_or_plain_words_pass(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR106", body=body, locale="es-MX", channel="email", subject="Aviso", category="alert") == []


# --- clarity: CLR403, the other end of a remote event in a place abroad (false negative) -------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Gigly: your video interview with the Toronto employer is on Monday 12 April at 15:00.", "en-GB", "15:00"),
        ("Lingua Viva: tu taller de portugués, impartido desde nuestra sede de Lisboa, empieza el jueves a las 18:30.",
         "es-MX", "18:30"),
        ("Bodega Alta: la degustación por videollamada para nuestros socios de Chile empieza el viernes a las 20:00.",
         "es-ES", "20:00"),
        # a town at home named like a capital abroad ten times its size: the capital
        ("Lingua Viva: un asesor de nuestra oficina de Madrid te llamará el lunes a las 10:00.", "es-CO", "10:00"),
        ("Harbour Homes: our Paris agent will call you on Monday at 10:00 about the flat.", "en-US", "10:00"),
    ],
)
def test_a_remote_event_with_a_place_abroad(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the employer is in the reader's zone
        ("Gigly: your video interview with the Leeds employer is on Monday 12 April at 15:00.", "en-GB"),
        # a class given at home
        ("Lingua Viva: tu taller de portugués, impartido desde nuestra sede de Puebla, empieza el jueves a las 18:30.",
         "es-MX"),
        # clients of a place, but no call and nothing online: the shop's own clock
        ("Bodega Alta: la tienda para nuestros socios de Chile abre el viernes a las 20:00.", "es-ES"),
        # a city at home keeps its name ("London", Ontario)
        ("Maple Movers: our London agent will call you on Monday at 10:00 about the move.", "en-CA"),
    ],
)
def test_a_remote_event_at_home_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="service") == []


# --- compliance: CMP201, alcohol in a collections message is info (false positive) -------------------------------------


def _cmp201(registry: Registry, body: str, locale: str, category: str, **fields: str) -> list[tuple[str, Severity]]:
    message = make_message(body=body, locale=locale, channel="sms", category=category, **fields)
    return [(body[f.start : f.end], f.severity) for f in evaluate(message, registry).findings if f.rule == "CMP201"]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Fondo Raíz: no pudimos cobrar tu cuota del club de vinos de abril. Revisa tu tarjeta en la app.", "es-ES", "vinos"),
        ("Hopfield: your pledge to the Harvest Beer project could not be charged. Update your card in the app.", "en-GB",
         "Beer"),
    ],
)
def test_alcohol_in_a_collections_message_is_info(registry: Registry, body: str, locale: str, span: str) -> None:
    assert _cmp201(registry, body, locale, "collections") == [(span, Severity.INFO)]


def test_alcohol_in_marketing_or_to_the_us_keeps_its_severity(registry: Registry) -> None:
    body = "Hopfield: back our Harvest Beer project today and get two pints at the launch. Reply STOP to opt out."
    assert _cmp201(registry, body, "en-GB", "marketing") == [("Beer", Severity.WARNING)]
    collections = "Hopfield: your pledge to the Harvest Beer project could not be charged. Update your card in the app."
    assert [s for _, s in _cmp201(registry, collections, "en-US", "collections", to="+12025550143")] == [Severity.ERROR]


# --- compliance: CMP207, a lender's "cure the deficiency" (false positive) ---------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, a debit to your account came back unpaid. Please cure the deficiency by Friday.",
        "Hi Sam, your account is short by $40. You can cure the deficit in the app today.",
    ],
)
def test_curing_the_accounts_deficiency_is_no_health_claim(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP207", body=body, locale="en-US", channel="email", subject="Your account",
                 category="collections") == []


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Our Ferrobright drops cure iron deficiency in a week. Order at https://ferrobright.com.", "cure iron"),
        ("Our Ferrobright drops cure the deficiency of iron behind your tiredness. Order at https://ferrobright.com.",
         "cure the deficiency"),
    ],
)
def test_a_bodys_deficiency_cured_is_still_a_claim(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CMP207", body=body, locale="en-US", category="marketing") == [span]


# --- compliance: CMP403, the cédula by its full name (false negative) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Titular: cédula de identidad 0912345678, lote 4 del sector norte.", "0912345678"),
        ("Registramos tu cédula de ciudadanía 1032456789 en el club.", "1032456789"),
    ],
)
def test_an_unbroken_number_after_the_cedulas_full_name(text: str, number: str) -> None:
    assert [d.text for d in find_national_ids(text)] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Cédula 1020304050 en trámite",  # the bare word: no document named
        "cédula profesional 7654321",  # a professional licence, a public register
        "cédula hipotecaria 4455667788",  # a mortgage bond
    ],
)
def test_a_bare_cedula_or_another_cedula_passes(text: str) -> None:
    assert find_national_ids(text) == ()


def test_the_cedula_number_is_reported_in_a_message(registry: Registry) -> None:
    body = "Buenas tardes, don Aurelio: su carné de socio ya está listo. Datos: cédula de identidad 0912345678, parcela 7."
    assert spans(registry, "CMP403", body=body, locale="es-EC", channel="email", subject="Su carné",
                 category="service") == ["0912345678"]
