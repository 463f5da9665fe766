"""What the blind sets h66 and h67 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR303 (h66): thanks for whatever the reader did or sent ("gracias por tu consulta", "thanks for
  reaching out") says nothing of the link after it.
- False negative, CLR303 (h67): the amount owed as a headline, without an article or a verb ("saldo pendiente de ...",
  "balance due $..."), after the reader's name, before a link standing alone.
- False negative, CLR403 (h66, h67): "de" after a verb of leaving or coming is "from" ("sale mañana de Montevideo"), and
  the long nouns of the place list ("aeropuerto de") fit the window read before a place.
- False negative, CLR107 (h66): a relative cut by an exception that carries a relative of its own ("which covers the
  frame, except the hinges, which ...").
- False negative, CMP403 (h66): Venezuela's cédula with its nationality letter ("cédula V-12.345.678").
- False negative, CMP409 (h67): the PIN named with its card in the possessive ("your card's 4-digit PIN").
- False negative, CMP204 (h67): the reader's bets as what an offer is for ("para tus apuestas", "for your wagers").
- False positive, CMP201 (h66): the drink named for a cask or a glass, the goods on offer ("whisky casks", "barricas de
  whisky"): info, not a warning.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans
from conftest import make_message

from sendlint.engine import evaluate
from sendlint.findings import Severity
from sendlint.registry import Registry

# --- clarity: CLR303, thanks for the reader's deed before a link (false negative) -------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}. Gracias por tu consulta. https://talabartes.mx/r/2290", "es-MX", "https://talabartes.mx/r/2290"),
        ("Hola, {{nombre}}. Gracias por escribirnos. https://talabartes.mx/r/2290", "es-CO", "https://talabartes.mx/r/2290"),
        ("Hi {{first_name}}, thanks for reaching out. https://fernhollow.co.uk/h/5120", "en-GB", "https://fernhollow.co.uk/h/5120"),
        ("Hi {{first_name}}, thanks for your message. https://fernhollow.co.uk/h/5120", "en-GB", "https://fernhollow.co.uk/h/5120"),
    ],
)
def test_thanks_for_the_readers_deed_says_nothing_of_the_link(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola, {{nombre}}. Gracias por tu consulta. La guía de cuidado del cuero está en https://talabartes.mx/r/2290", "es-MX"),
        ("Hi {{first_name}}, thanks for reaching out. Your repair quote: https://fernhollow.co.uk/h/5120", "en-GB"),
    ],
)
def test_thanks_with_words_about_the_link_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- clarity: CLR303, the amount owed as a headline before a bare link (false negative) -------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Vetcan: {{nombre}}, saldo pendiente de S/ 120 de la vacuna de Toby. https://vetcan.pe/c/4410", "es-PE",
         "https://vetcan.pe/c/4410"),
        ("Pawford Vets: {{first_name}}, amount due £64.50 for your dog's booster. https://pawford.co.uk/c/4410", "en-GB",
         "https://pawford.co.uk/c/4410"),
    ],
)
def test_a_headline_amount_owed_before_a_bare_link(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the act is named
        ("Vetcan: {{nombre}}, saldo pendiente de S/ 120. Págalo en https://vetcan.pe/c/4410", "es-PE"),
        # settled: news, not a request
        ("Pawford Vets: {{first_name}}, balance due £0.00, thanks for paying. https://pawford.co.uk/c/4410", "en-GB"),
    ],
)
def test_a_headline_with_its_act_or_settled_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == []


# --- clarity: CLR403, "de" as "from" after a verb of leaving, and the long place nouns (false negative) ---------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Quesos Altiplano: tu caja de quesos sale hoy de Lisboa. Te llamaremos el jueves 3 de junio a las 11:00 para "
         "acordar la entrega.", "es-MX", "11:00"),
        ("Seguros Andén: vimos tu reclamo en el aeropuerto de Londres. Una asesora te llamará el lunes a las 9:30.", "es-CO",
         "9:30"),
    ],
)
def test_a_place_abroad_after_leaving_or_a_long_noun(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="whatsapp", category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a place of the reader's own country on its clock
        ("Quesos Altiplano: tu caja de quesos sale hoy de Puebla. Te llamaremos el jueves a las 11:00.", "es-MX"),
        # "de" after a verb that is no leaving ("la clase de Lisboa" is Lisbon's class, no call)
        ("Quesos Altiplano: la receta viene de Lisboa y la probamos el jueves a las 11:00 en la tienda.", "es-MX"),
    ],
)
def test_a_home_place_or_no_call_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="whatsapp", category="transactional") == []


# --- clarity: CLR107, a relative cut by an exception with a relative of its own (false negative) ----------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Brightloom Frames: the repair, which covers the gilt frame, except the glass, which you said you would replace "
         "yourself, though the mount, which is torn, is included, comes to £180.", "en-GB",
         "which covers the gilt frame, except the glass, which"),
        ("Marcos Lumbre: la restauración, que incluye el marco dorado, salvo el vidrio, que usted dijo que cambiaría por su "
         "cuenta, aunque el paspartú, que está roto, sí entra, cuesta 240 euros.", "es-ES",
         "que incluye el marco dorado, salvo el vidrio, que"),
    ],
)
def test_a_relative_cut_by_an_exception_with_its_own_relative(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # short: the reader keeps the thread
        ("Brightloom Frames: the repair, which covers the frame, except the glass, which you keep, is £180.", "en-GB"),
        # long, but the exception carries no relative
        ("Brightloom Frames: the repair, which covers the gilt frame and the new hanging wire, except the glass, is ready "
         "for you to collect from the workshop on Saturday morning between nine and noon.", "en-GB"),
    ],
)
def test_short_or_plain_exceptions_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- compliance: CMP403, Venezuela's cédula with its nationality letter (false negative) ------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Fundación Araguaney: registramos tu donación con la cédula V-21.430.118. Gracias.", "V-21.430.118"),
        ("Fundación Araguaney: tu inscripción quedó a nombre de la cédula E-84.207.331.", "E-84.207.331"),
    ],
)
def test_a_venezuelan_cedula_with_its_letter(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="es-VE", channel="sms", category="transactional") == [span]


@pytest.mark.parametrize(
    "body",
    [
        "Fundación Araguaney: el modelo V-21.430.118 de la bomba llega el lunes.",
        "Fundación Araguaney: la cédula se renueva en el SAIME; el trámite cuesta Bs. 1.200.",
    ],
)
def test_a_letter_and_number_without_the_label_pass(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="es-VE", channel="sms", category="transactional") == []


# --- compliance: CMP409, the PIN named with its card in the possessive (false negative) -------------------------------


def test_the_pin_of_the_card_in_the_possessive(registry: Registry) -> None:
    body = "FixRight: your plan payment failed. To try again, reply with your debit card's 4-digit PIN."
    assert spans(registry, "CMP409", body=body, locale="en-KE", channel="sms", category="collections") == [
        ", reply with your debit card's 4-digit PIN"
    ]


def test_a_warning_about_the_cards_pin_passes(registry: Registry) -> None:
    body = "FixRight: we will never ask for your card's PIN. Never reply with it to anyone."
    assert spans(registry, "CMP409", body=body, locale="en-KE", channel="sms", category="collections") == []


# --- compliance: CMP204, the reader's bets as what an offer is for (false negative) -----------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Gol Norte: este sábado hay derbi y te regalamos S/ 50 para tus apuestas. Actívalo en https://golnorte.pe/b. "
         "Responde BAJA para no recibir más.", "es-PE", "tus apuestas"),
        ("Kickoff Kings: derby day! We add £20 to your wagers this Saturday. Claim it at https://kickoffkings.co.uk/b. "
         "Reply STOP to opt out.", "en-GB", "your wagers"),
    ],
)
def test_the_readers_bets_as_the_offer(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP204", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Tostadores Sur: nuestra apuesta por el café de altura sigue: nuevo lote de Cajamarca. Responde BAJA para no "
         "recibir más.", "es-PE"),
        ("Kickoff Kits: hedge your bets with our two-kit bundle for home and away games. Reply STOP to opt out.", "en-GB"),
    ],
)
def test_commitment_and_hedging_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP204", body=body, locale=locale, channel="sms", category="marketing") == []


# --- compliance: CMP201, the drink named for a cask or a glass is info (false positive) -------------------------------


def _cmp201(registry: Registry, body: str, locale: str) -> list[tuple[str, Severity]]:
    message = make_message(body=body, locale=locale, channel="whatsapp", category="marketing")
    return [(body[f.start : f.end], f.severity) for f in evaluate(message, registry).findings if f.rule == "CMP201"]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi {{first_name}}, 24 whisky casks just emptied, ideal for your next finish. Reply YES to hold them. Reply STOP to "
         "opt out.", "en-GB", "whisky casks"),
        ("Hola, {{nombre}}: tenemos 24 barricas de whisky recién vaciadas para tu próximo añejamiento. Responde SÍ para "
         "apartarlas. Responde BAJA para no recibir más.", "es-MX", "barricas de whisky"),
    ],
)
def test_the_drink_naming_a_cask_is_info(registry: Registry, body: str, locale: str, span: str) -> None:
    assert _cmp201(registry, body, locale) == [(span, Severity.INFO)]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi {{first_name}}, our 12-year whisky is 20% off this week. Reply YES to order. Reply STOP to opt out.", "en-GB",
         "whisky"),
        ("Hola, {{nombre}}: nuestro whisky de 12 años tiene 20 % de descuento. Responde SÍ para pedirlo. Responde BAJA para "
         "no recibir más.", "es-MX", "whisky"),
    ],
)
def test_the_drink_itself_on_offer_stays_a_warning(registry: Registry, body: str, locale: str, span: str) -> None:
    assert _cmp201(registry, body, locale) == [(span, Severity.WARNING)]
