"""What the blind sets h52 and h53 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CMP403: a Spanish DNI or NIE with a wrong check letter right after its label ("DNI 71234567B",
  "documento de identidad 30125566P", "NIE Y7654321A"): the label says what the number is. Unlabelled, only a valid
  letter counts (eight digits and a letter are also a reference's shape).
- False negative, CMP304: the sender's name in a hyphenated payment domain, its words in order with some skipped or the
  last clipped ("sierra-palomares-pagos" for Escuela de Vuelo Sierra de Palomares, "kestrel-optic-billing" for Kestrel
  Optical Labs), and a one-word name of six letters or more ("zarzalia-pagos"). The brand's own domain, a name that
  carries the payment word ("tumbo-pay" for Tumbo Pay), a one-word name with "pay", a short or frequent word alone and a
  domain without the name pass.
- False negative, CMP205: the value of what is bought guaranteed to rise by a rate ("we guarantee its value will climb
  at least 12% every year", "te garantizamos que su valor subirá un 18 % al año"). A price held and a value that may
  rise, unguaranteed, pass.
- False positive, CMP201 (h52-es-037): alcohol in a transactional notice or an alert is info ("tu pedido de sidra ya
  salió"): the laws regulate the advertising of alcohol; the US carriers' SHAFT rules cover every message, so a US
  recipient still gets an error. Marketing keeps its warning.
- False negative, CLR303: thanks for an order, a purchase or what the reader left with us, after a greeting too, says
  nothing about the link that follows ("hola {{nombre}}, gracias por dejarnos tu guitarra. https://..."). A link with
  its own words passes.
- False negative, CLR403: a US state abroad is a place (its people and its largest city's zone, corpora/places.tsv), and
  in a reader's country of several clocks a place abroad on one of them is still another country's time ("during your
  move to Texas" to a reader in Canada; "nuestra oficina en Florida" to one in Mexico). A reader's country of one clock
  with the same time, a name many countries share of a size ("Victoria"), and a time with its zone pass.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import field_spans as spans
from conftest import make_message

from sendlint.engine import evaluate
from sendlint.findings import Severity
from sendlint.registry import Registry


def severities(registry: Registry, rule: str, **fields: Any) -> list[Severity]:
    message = make_message(**fields)
    return [f.severity for f in evaluate(message, registry).findings if f.rule == rule]


# --- compliance: CMP403 (false negative) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Club de Remo Ría: hemos emitido tu licencia federativa a nombre del DNI 71234567B.", "71234567B"),
        ("Notaría Ortiz: firma el lunes el titular con documento de identidad 30125566P.", "30125566P"),
        ("Academia Brisa: matrícula confirmada para el alumno con NIE Y7654321A.", "Y7654321A"),
    ],
)
def test_labelled_spanish_id_with_a_wrong_letter(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="es-ES") == [span]


@pytest.mark.parametrize(
    "body",
    [
        "Club de Remo Ría: tu pedido 71234567B ya salió del almacén.",
        "Notaría Ortiz: la referencia de tu expediente es 30125566P.",
        "Academia Brisa: trae tu DNI el lunes; tu código de alumno es 76543210K.",
    ],
)
def test_unlabelled_number_and_letter_is_no_id(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="es-ES") == []


# --- compliance: CMP304 (false negative) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        (
            "Tu cuota del curso de parapente está pendiente: págala en https://sierra-palomares-pagos.com/cuota",
            "es-ES", "Escuela de Vuelo Sierra de Palomares", "https://sierra-palomares-pagos.com/cuota",
        ),
        (
            "Your lens order is ready; settle the invoice at https://kestrel-optic-billing.com/inv",
            "en-GB", "Kestrel Optical Labs", "https://kestrel-optic-billing.com/inv",
        ),
        ("Renueva tu suscripción en https://zarzalia-pagos.com/renovar", "es-MX", "Zarzalia", "https://zarzalia-pagos.com/renovar"),
        ("Update your card at https://quillmoor-billing.co/card", "en-US", "Quillmoor", "https://quillmoor-billing.co/card"),
    ],
)
def test_name_in_order_with_a_payment_word(registry: Registry, body: str, locale: str, brand: str, span: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand) == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # The brand's own domain; a name carrying the payment word; a one-word name with "pay" (a product's name); a
        # short word of the name alone; a domain without the name.
        ("Renueva tu suscripción en https://zarzalia.com/pagos", "es-MX", "Zarzalia"),
        ("Top up your wallet at https://tumbo-pay.com/topup", "en-KE", "Tumbo Pay"),
        ("Pay with our wallet at https://quillmoor-pay.com", "en-US", "Quillmoor"),
        ("Your lens order is ready; settle the invoice at https://lens-billing.com/inv", "en-GB", "Kestrel Optical Labs"),
        ("Renueva tu suscripción en https://pagos-seguros-online.com/renovar", "es-MX", "Zarzalia"),
    ],
)
def test_payment_domain_without_the_name_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand) == []


# --- compliance: CMP205 (false negative) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Own a signed limited-edition print: we guarantee its value will climb at least 12% every year.",
            "en-GB", "guarantee its value will climb at least 12%",
        ),
        ("Your rare-stamp album's value is guaranteed to grow by 30% within two years.", "en-US", "value is guaranteed to grow by 30%"),
        (
            "Compra una moneda de colección: te garantizamos que su valor subirá un 18 % al año.",
            "es-MX", "garantizamos que su valor subirá un 18 %",
        ),
        ("Sellos antiguos con revalorización garantizada del 9 % anual.", "es-ES", "revalorización garantizada del 9 %"),
    ],
)
def test_guaranteed_rise_in_value(registry: Registry, body: str, locale: str, span: str) -> None:
    fields = {"body": body, "locale": locale, "channel": "whatsapp", "category": "marketing"}
    assert spans(registry, "CMP205", **fields) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("We guarantee the price won't rise by more than 2% for 12 months.", "en-GB"),
        ("Signed prints can rise in value by 10% a year; past results are no promise.", "en-US"),
        ("Garantizamos que tu tarifa no subirá más de un 2 % este año.", "es-ES"),
        ("Las monedas de colección pueden revalorizarse un 5 % al año, sin garantía.", "es-MX"),
    ],
)
def test_price_held_or_rise_unguaranteed_passes(registry: Registry, body: str, locale: str) -> None:
    fields = {"body": body, "locale": locale, "channel": "whatsapp", "category": "marketing"}
    assert spans(registry, "CMP205", **fields) == []


# --- compliance: CMP201 (false positive) ----------------------------------------------------------------------------

_ORDER_ES = "Bodega Tres Olmos: tu pedido de 6 botellas de vino tinto crianza ya ha salido. Llega el jueves."
_ORDER_EN = "Hollow Tree Brewing: your case of craft beer left the brewery today and arrives on Thursday."


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [(_ORDER_ES, "es-ES", "transactional"), (_ORDER_EN, "en-GB", "transactional"),
     ("Hollow Tree Brewing: the taproom is closed on Monday for a beer-line clean.", "en-GB", "alert")],
)
def test_alcohol_in_a_notice_is_info(registry: Registry, body: str, locale: str, category: str) -> None:
    fields = {"body": body, "locale": locale, "channel": "whatsapp", "category": category}
    assert severities(registry, "CMP201", **fields) == [Severity.INFO]


@pytest.mark.parametrize(
    ("fields", "severity"),
    [
        # A US recipient: the carriers' SHAFT rules cover every message.
        ({"body": _ORDER_EN, "locale": "en-US", "channel": "sms", "category": "transactional", "to": "+12025550143"}, Severity.ERROR),
        # Marketing keeps its warning.
        ({"body": "Hollow Tree Brewing: 2 for 1 on craft beer this weekend. Reply STOP to opt out.", "locale": "en-GB",
          "channel": "sms", "category": "marketing"}, Severity.WARNING),
    ],
)
def test_alcohol_in_marketing_or_to_the_us_keeps_its_severity(registry: Registry, fields: dict[str, Any], severity: Severity) -> None:
    assert severities(registry, "CMP201", **fields) == [severity]


# --- clarity: CLR303 (false negative) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Taller Roble: hola {{nombre}}, gracias por dejarnos tu guitarra. https://tallerroble.es/o/7731", "es-ES",
         "https://tallerroble.es/o/7731"),
        ("Gracias por tu compra, Marta. https://velasmiel.mx/r/204", "es-MX", "https://velasmiel.mx/r/204"),
        ("Starbench Optics: hi {{first_name}}, thanks for bringing in your telescope. https://starbench.co.uk/j/4410", "en-GB",
         "https://starbench.co.uk/j/4410"),
        ("Thank you for your purchase! https://fernbox.com/o/3318", "en-US", "https://fernbox.com/o/3318"),
    ],
)
def test_thanks_for_an_order_does_not_describe_the_link(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Taller Roble: hola {{nombre}}, gracias por dejarnos tu guitarra. El presupuesto: https://tallerroble.es/o/7731", "es-ES"),
        ("Starbench Optics: hi {{first_name}}, thanks for bringing in your telescope. Follow the repair at https://starbench.co.uk/j/4410",
         "en-GB"),
        ("Gracias por tu compra. Descarga tu factura en https://velasmiel.mx/r/204", "es-MX"),
    ],
)
def test_link_with_its_own_words_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale) == []


# --- clarity: CLR403 (false negative) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi Jo, your phone interview with our recruiter about your move to Texas is on Friday 14 May at 2:00 p.m.", "en-CA", "2:00 p.m."),
        ("Hola, Rubén: la asesora de nuestra oficina en Florida te llamará el lunes 10 de mayo a las 10:00.", "es-MX", "10:00"),
        ("Hi Mia, our team in Singapore will call you on Tuesday at 4 pm to go through the contract.", "en-AU", "4 pm"),
    ],
)
def test_call_with_a_place_abroad_for_a_reader_of_several_clocks(registry: Registry, body: str, locale: str, span: str) -> None:
    fields = {"body": body, "locale": locale, "channel": "email", "category": "service", "subject": "Call"}
    assert spans(registry, "CLR403", **fields) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # A reader's country of one clock, on the place's; a name many countries share of a size; the zone given.
        ("Hi Jo, our team in Lisbon will call you on Tuesday at 4 pm to go through the contract.", "en-GB"),
        ("Hi Mia, our team in Victoria will call you on Tuesday at 4 pm to go through the contract.", "en-AU"),
        ("Hi Jo, your phone interview with our recruiter about your move to Texas is on Friday 14 May at 2:00 p.m. Central time.",
         "en-CA"),
    ],
)
def test_same_clock_shared_name_or_zone_given_passes_clr403(registry: Registry, body: str, locale: str) -> None:
    fields = {"body": body, "locale": locale, "channel": "email", "category": "service", "subject": "Call"}
    assert spans(registry, "CLR403", **fields) == []
