"""What the blind sets h86 and h87 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR503 (h87): a code hyphenated after a prefix ("48h post-TTL expiry") is a code as one alone is.
- False negative, CLR504 (h87): a letter and a digit no slot noun places ("the L2 switches") is one more unknown term
  beside a code; and a trade word of four letters ("el cron de respaldos") is as opaque as a longer one.
- False negative, CLR107 (h86): a relative interrupted by a condition whose subject has its own relative set off by
  commas ("the seal that, unless the die ..., which was delayed, arrives, ...") at any length.
- False negative, CLR403 (h86): a draw, a ballot or an entry held online closes at one instant for every entrant.
- False negative, CLR106 (h87): drafting's "save where", "in which event", "en cuyo caso" (connectors) and "shall be"
  before a charge (a formula).
- False positive, CMP103 (h86): a Mexican address, the street and its number, the neighbourhood, then the postcode.
- False negative, CMP204 (h86): stakes in cash ("apuestas en efectivo", "cash stakes").
- False negative, CMP409 (h86): the card number listed with its expiry date by a comma, "del PIN", and the request
  softened by "just" or "solo".
- False negative, CMP403 (h87): a national ID number in groups after its generic label ("national ID number
  4821-7730-1195").
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR503, a code after a prefix (false negative) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hostaria: the SMTP relay pauses during the pre-MTA upgrade; expect IMAP delays.", "en-GB", "SMTP"),
        ("Nubeandina: el SFTP queda en pausa durante la migración post-MTA; el IMAP va lento.", "es-PE", "SFTP"),
    ],
)
def test_a_code_after_a_prefix_counts_as_a_code(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, channel="push", category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # one code (two of letters alone fire since round 70)
        ("Hostaria: the SMTP relay pauses during the server upgrade; expect slow mail.", "en-GB"),
        ("Nubeandina: el SFTP queda en pausa durante la migración del servidor; el correo va lento.", "es-PE"),
        # a known acronym after its prefix
        ("Nubeandina: tu factura post-IVA y el SFTP siguen listos; el correo va lento.", "es-PE"),
    ],
)
def test_one_code_or_a_known_one_after_a_prefix_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, channel="push", category="alert") == []


# --- clarity: CLR504, a letter and a digit beside a code; four-letter trade words (false negatives) --------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Cowork Alto: the NAS failover test tonight may drop the L3 links for a minute.", "en-GB", "Cowork Alto", "NAS"),
        ("Oficina Ceiba: esta noche el resync del NAS cortará un momento los enlaces L3.", "es-AR", "Oficina Ceiba", "NAS"),
        # four-letter trade words
        ("Servidores Alba: el rsync de tu NAS falló por falta de swap.", "es-CL", "Servidores Alba", "NAS"),
        ("Oakline Joinery: the CNC pass left a wide kerf on the door, so we will plane the arris.", "en-GB", "Oakline Joinery", "CNC"),
    ],
)
def test_a_lettered_code_or_a_short_trade_word_beside_a_code_is_jargon(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    assert spans(registry, "CLR504", body=body, locale=locale, channel="push", category="service", brand=brand) == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the slot noun places the letter and the digit
        ("Cowork Alto: the NAS failover test tonight may drop the links on floor F3 for a minute.", "en-GB", "Cowork Alto"),
        ("Oficina Ceiba: esta noche el resync del NAS cortará un momento la red de la planta P3.", "es-AR", "Oficina Ceiba"),
        # everyday words around the code
        ("Servidores Alba: la copia de tu NAS falló por falta de espacio.", "es-CL", "Servidores Alba"),
        ("Oakline Joinery: the CNC pass left a wide kerf on the door, which we sanded.", "en-GB", "Oakline Joinery"),
    ],
)
def test_a_placed_letter_or_everyday_words_beside_a_code_pass(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CLR504", body=body, locale=locale, channel="push", category="service", brand=brand) == []


# --- clarity: CLR107, three clauses open at once in a short sentence (false negative) ---------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Fernhill Kilns: the vase that, if the glaze, which we reordered, comes, will be fired, is due Monday.", "en-GB",
         "that, if"),
        ("Alfarería Sol: el jarrón que, si el esmalte, que pedimos otra vez, llega, se cuece, sale el lunes.", "es-ES",
         "que, si"),
    ],
)
def test_a_short_sentence_with_three_clauses_open_is_interrupted(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="push", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Fernhill Kilns: the vase that, if the glaze comes, we will fire is due Monday.", "en-GB"),
        ("Alfarería Sol: te recordamos que, si el esmalte que pediste llega, lo avisamos.", "es-ES"),
    ],
)
def test_a_short_interruption_without_its_own_relative_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="push", category="service") == []


# --- clarity: CLR403, a draw or an entry held online (false negative) --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Ridgeback Trials: the online ballot for pit spaces closes at 20:00 on Monday, June 7.", "en-US"),
        ("Club Pedal: la inscripción en línea para la carrera cierra el lunes 7 de junio a las 20:00.", "es-MX"),
    ],
)
def test_an_online_draw_or_entry_needs_its_zone(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="alert") == ["20:00"]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Ridgeback Trials: the online ballot for pit spaces closes at 20:00 ET on Monday, June 7.", "en-US"),
        ("Club Pedal: la inscripción en línea para la carrera cierra el lunes 7 de junio a las 20:00, hora del centro.", "es-MX"),
        # a ballot drawn at the clubhouse is on its clock
        ("Ridgeback Trials: the ballot for pit spaces is drawn at the clubhouse at 20:00 on Monday 7 June.", "en-GB"),
    ],
)
def test_an_online_entry_with_its_zone_or_a_draw_in_a_room_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="alert") == []


# --- clarity: CLR106, drafting's exception, consequence and obligation (false negative) --------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "channel", "span"),
    [
        ("Per our tariff, storage charges are owed before collection, save where a deposit is held, in which event they "
         "are netted off.", "en-GB", "email", "save where"),
        ("Trailhead Hire: late returns shall be charged at the daily rate.", "en-GB", "sms", "shall be charged"),
        ("Alquileres Cima: la fianza se devuelve salvo daños, en cuyo caso se descuenta conforme a la tarifa.", "es-ES", "sms",
         "en cuyo caso"),
    ],
)
def test_drafting_exceptions_and_obligations_are_legal_wording(
    registry: Registry, body: str, locale: str, channel: str, span: str
) -> None:
    subject = "Storage" if channel == "email" else None
    assert spans(registry, "CLR106", body=body, locale=locale, channel=channel, category="collections", subject=subject) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a slogan: one connector alone
        ("Trailhead: save where it counts, 20% off boots this week.", "en-GB"),
        ("Alquileres Cima: si llueve, aplazamos la salida, en cuyo caso te avisamos por aquí.", "es-ES"),
    ],
)
def test_one_drafting_connector_alone_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR106", body=body, locale=locale, channel="sms", category="service") == []


# --- compliance: CMP103, a Mexican address with its neighbourhood before the postcode (false positive) ----------------

_GOUGES = "Hola: nuevas gubias en https://tallersauce.mx/g. Baja: https://tallersauce.mx/baja\n"


def test_a_street_neighbourhood_and_postcode_is_an_address(registry: Registry) -> None:
    body = _GOUGES + "Taller Sauce, Durango 45, Condesa, 06140 Ciudad de México."
    assert spans(registry, "CMP103", body=body, locale="es-MX", channel="email", category="marketing", subject="Gubias") == []


def test_a_neighbourhood_alone_is_no_address(registry: Registry) -> None:
    body = _GOUGES + "Taller Sauce, Condesa."
    assert spans(registry, "CMP103", body=body, locale="es-MX", channel="email", category="marketing", subject="Gubias") == [""]


# --- compliance: CMP204, stakes in cash (false negative) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Peña El Dominó: este sábado hay torneo de dominó con apuestas en efectivo. Reserva en https://pdomino.es/r. "
         "Responde BAJA para no recibir más.", "es-ES", "apuestas en efectivo"),
        ("The Anchor: Friday darts league with cash stakes from $5. Book at https://anchor.pub/d. Reply STOP to opt out.",
         "en-US", "cash stakes"),
    ],
)
def test_stakes_in_cash_are_gambling(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP204", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Peña El Dominó: nuestra apuesta por el barrio sigue; aceptamos pagos en efectivo. Responde BAJA para no recibir más.",
         "es-ES"),
        ("The Anchor: win a cash prize in our photo contest. Enter at https://anchor.pub/p. Reply STOP to opt out.", "en-US"),
    ],
)
def test_cash_payments_and_prizes_are_no_stakes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP204", body=body, locale=locale, channel="sms", category="marketing") == []


# --- compliance: CMP409, card data asked back (false negatives) --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Taller Pluma: para entregarte el pedido responde con los 4 dígitos del PIN de tu tarjeta.", "es-CO",
         "responde con los 4 dígitos del PIN"),
        ("Kiln Co: our terminal is offline. To settle your invoice, simply reply with your card number, expiry date and CVV.",
         "en-GB", ", simply reply with your card number, expiry date"),
        ("Tornos Vega: solo responde con el número de tu tarjeta, la fecha de vencimiento y el CVV.", "es-MX",
         ": solo responde con el número de tu tarjeta, la fecha de vencimiento"),
    ],
)
def test_card_data_listed_or_asked_softly_by_reply_is_a_credential_request(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CMP409", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Taller Pluma: nunca respondas con los dígitos del PIN de tu tarjeta.", "es-CO"),
        ("Kiln Co: never reply with your card number, expiry date or CVV to anyone.", "en-GB"),
    ],
)
def test_a_warning_not_to_reply_with_card_data_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP409", body=body, locale=locale, channel="sms", category="service") == []


# --- compliance: CMP403, a national ID in groups after its label (false negative) --------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Your certificate was issued under national ID number 4821-7730-1195.", "en-PH", "4821-7730-1195"),
        ("Certificado emitido con documento de identidad 4821 7730 1195.", "es-CO", "4821 7730 1195"),
    ],
)
def test_a_grouped_number_after_a_national_id_label_is_an_id(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP403", body=body, locale=locale, channel="whatsapp", category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Your order ID number 4821-7730-1195 has shipped.", "en-PH"),
        ("Tu pedido 4821 7730 1195 ya salió del almacén.", "es-CO"),
    ],
)
def test_a_grouped_number_without_an_identity_label_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP403", body=body, locale=locale, channel="whatsapp", category="transactional") == []
