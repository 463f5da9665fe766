"""What the blind sets h100 and h101 showed in clarity and compliance (round 66; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR302 (h100, h101; with h96, h97, h99): outside marketing, four separate calls to action or more
  (three pass: a bill asks to pay, reply and call); paying counts as an act outside an offer.
- False negative, CLR304 (h100, h101): the request put as "do it" («Hazlo cuanto antes»), «valida ... antes de que
  acabe el plazo», and a message whose only "here" is the sender naming itself ("Brook Lettings here.").
- False negative, CLR403 (h100, h101; with h98): a reader living outside the country («como vives fuera de Chile», "you
  live abroad") or acting now from a place ("you're organising it from the UK") in a message with a call or a video
  call; a flight or a train from a place abroad with no destination named ("your return flight from Lisbon").
- Precision, CLR503 (h101): a capitalised word closing the field («..., Neiva.») is a town or a signature, not shorthand.
- False negative, CMP304 (h101): two lure words run together in one part of the domain («-pagoseguro», "-securepay").
- False negative, CMP403 (h101): a number after the bare label "ID number" is a national identity number.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR302 outside marketing (false negatives) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Clínica Veterinaria Roble: la cirugía de Nala es el lunes. Confirma la hora, descarga el consentimiento, "
            "mándanos sus análisis y llámanos si tienes dudas.",
            "es-ES", "service", "llámanos",
        ),
        (
            "Escuela Cumbre: falta la matrícula de marzo (3.100 UYU). Pagá en https://cumbre.uy/pagos, escribinos por "
            "correo, pasá por secretaría o respondé con tu número de alumno.",
            "es-UY", "collections", "respondé",
        ),
        (
            "Hi Sam, your kayak course starts Monday. Confirm your place, download the safety sheet, send us a photo of "
            "your licence and join the group chat at https://tidewater.example/kayak.",
            "en-GB", "service", "join",
        ),
        (
            "Ridgeway Driving School: your £180 lesson fee is overdue. Pay online, call the office, email your receipt "
            "or visit us at reception.",
            "en-AU", "collections", "visit",
        ),
    ],
)
def test_four_calls_to_action_outside_marketing_are_flagged(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    found = spans(registry, "CLR302", body=body, locale=locale, channel="whatsapp", category=category)
    assert len(found) == 1 and found[0].startswith(span)


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # three steps of one bill or one booking are how such messages read
        ("Ridgeway Driving School: your £180 lesson fee is due Friday. Pay at https://ridgeway.example/pay, reply with "
         "your receipt, or call 0113 555 0100.", "en-GB", "collections"),
        ("Clínica Veterinaria Roble: la cirugía de Nala es el lunes. Confirma la hora, trae su cartilla y llámanos si "
         "tienes dudas.", "es-ES", "service"),
        # a series after "to" is what the tap is for, not more actions
        ("Tap to confirm, move or cancel your visit.", "en-US", "service"),
    ],
)
def test_three_steps_outside_marketing_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert spans(registry, "CLR302", body=body, locale=locale, channel="whatsapp", category=category) == []


# --- clarity: CLR304, the request put as "do it", validar, and the sender naming itself (false negatives) --------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Marina Levante: antes de tu primera salida tienes que entregar los papeles de siempre. Hazlo cuanto antes.",
         "es-ES", None, "Hazlo cuanto antes"),
        ("Placas Solares Ría: valida tu contador antes de que termine el plazo.", "es-ES", None,
         "valida tu contador antes de que termine el plazo"),
        ("Kestrel Rowing: before regatta day, the usual forms need doing. Do it soon.", "en-US", None, "Do it soon"),
        ("Hi Sam, Brook Lettings here. Your tenancy deposit needs attention. Please deal with it as soon as possible.",
         "en-IN", "Brook Lettings", "deal with it as soon as possible"),
    ],
)
def test_a_request_put_as_do_it_with_no_way_is_flagged(
    registry: Registry, body: str, locale: str, brand: str | None, span: str
) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service", brand=brand) == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        ("Marina Levante: entrega los papeles en la oficina del puerto. Hazlo cuanto antes.", "es-ES", None),
        ("Placas Solares Ría: valida tu contador en la app antes de que termine el plazo.", "es-ES", None),
        ("Kestrel Rowing: the regatta forms are at https://kestrel.example/forms. Do it soon.", "en-US", None),
        # "here" that points at a place, not the sender naming itself
        ("Hi Sam, your tenancy deposit needs attention. Please deal with it here as soon as possible.", "en-IN",
         "Brook Lettings"),
        ("Hi Sam, Brook Lettings here. Please deal with your deposit by Friday 9 May.", "en-IN", "Brook Lettings"),
    ],
)
def test_a_request_with_its_way_or_a_date_passes(registry: Registry, body: str, locale: str, brand: str | None) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service", brand=brand) == []


# --- clarity: CLR403, the reader abroad and a departure from a place abroad (false negatives) --------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, Ana: como vives fuera de Chile, la clase de prueba será por videollamada el jueves a las 19:00.",
         "es-CL", "19:00"),
        ("Hola, Leo: como resides en el extranjero, la asesoría será por videollamada el lunes a las 10:30.",
         "es-MX", "10:30"),
        ("Hi Jo, since you're organising the party from the UK, we'll do the tasting call by video on Friday at 5 pm.",
         "en-ZA", "5 pm."),
        ("Hi Jo, as you live abroad, your fitting will be a video call on Monday at 4 pm.", "en-AU", "4 pm."),
        ("Your return flight from Lisbon has been moved. New departure: Friday 9 May at 07:15.", "en-IN", "07:15"),
        ("Tu vuelo de regreso desde Londres cambió. Nueva salida: jueves 25 de marzo a las 18:40.", "es-MX", "18:40"),
    ],
)
def test_a_reader_abroad_or_a_departure_abroad_needs_a_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="email", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the zone is given
        ("Hola, Ana: como vives fuera de Chile, la clase será por videollamada el jueves a las 19:00 (hora de Santiago).",
         "es-CL"),
        ("Hi Jo, as you live abroad, your fitting will be a video call on Monday at 4 pm Sydney time.", "en-AU"),
        # no call, no video, no trip: a time of a place the reader comes to
        ("Hola, Ana: como vives fuera del centro, te esperamos en la tienda el jueves a las 19:00.", "es-CL"),
        # a flight from the reader's own country
        ("Your return flight from Mumbai has been moved. New departure: Friday 9 May at 07:15.", "en-IN"),
        ("Tu vuelo de regreso desde Monterrey cambió. Nueva salida: jueves 25 de marzo a las 18:40.", "es-MX"),
        # an order from a shop is no place the reader is in
        ("Hi Jo, you're ordering from Leeds Books; we'll call you on Friday at 5 pm.", "en-GB"),
    ],
)
def test_a_reader_at_home_or_a_zone_given_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="email", category="service") == []


# --- clarity: CLR503, a name closing the field is no shorthand (precision) -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola, Ana: su contrato LTU-EDU presenta DPD 32. Oficina Sur, Calle 4 # 8-12, Neiva.", "es-CO"),
        ("Hi Ana, your plan LTU-EDU shows DPD 32. Tandem House, 5 Mill Road, Ilkley.", "en-GB"),
    ],
)
def test_a_town_closing_the_message_is_no_abbreviation(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, channel="email", category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        # a clipped word opening its sentence at the end still counts
        ("Hi Ana, your plan LTU-EDU shows DPD 32. Pend. conf.", "en-GB", "LTU-EDU"),
        ("Hola, Ana: su contrato LTU-EDU presenta DPD 32. Pte. conf.", "es-CO", "LTU-EDU"),
    ],
)
def test_a_clipped_word_closing_the_message_still_counts(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, channel="email", category="collections") == [span]


# --- compliance: CMP304, two lure words run together (false negative) ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "host"),
    [
        ("Su factura está pendiente. Pague en https://rialeira-pagoseguro.com/f para evitar recargos.", "es-ES",
         "Distribuciones Ría Leira", "rialeira-pagoseguro.com"),
        ("Your invoice is open. Pay at https://harrowgate-securepay.net/i today.", "en-GB", "Harrowgate Joinery",
         "harrowgate-securepay.net"),
    ],
)
def test_two_lure_words_run_together_are_a_lookalike(registry: Registry, body: str, locale: str, brand: str, host: str) -> None:
    found = spans(registry, "CMP304", body=body, locale=locale, channel="whatsapp", category="collections", brand=brand)
    assert len(found) == 1 and host in found[0]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the brand's own domain, and a trade word run together with a lure word
        ("Su factura está pendiente. Pague en https://rialeira.es/pagoseguro.", "es-ES", "Distribuciones Ría Leira"),
        ("Your invoice is open. Pay at https://harrowgate-woodshop.net/i today.", "en-GB", "Harrowgate Joinery"),
    ],
)
def test_the_brands_own_domain_or_a_trade_word_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, channel="whatsapp", category="collections", brand=brand) == []


# --- compliance: CMP403, a number after "ID number" (false negative) --------------------------------------------------


def test_a_number_after_id_number_is_a_national_id(registry: Registry) -> None:
    body = "Hi Amina, the tenancy is in the name of Otieno Achieng, ID number 23456781. Rent is due Friday."
    assert spans(registry, "CMP403", body=body, locale="en-KE", channel="email", category="collections") == ["23456781"]


@pytest.mark.parametrize(
    "body",
    [
        "Hi Amina, your order ID number 23456781 has shipped.",
        "Hi Amina, your booking ID no. 23456781 is confirmed.",
    ],
)
def test_a_records_id_number_passes(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="en-KE", channel="email", category="transactional") == []
