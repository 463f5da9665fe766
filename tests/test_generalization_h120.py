"""What the blind sets h120 and h121 showed in clarity and compliance (round 76; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CLR303 (h121): a sum in a currency said to be pending or due, before a lone link to a payment page,
  asks for its payment as an unpaid sum does; with no figure, or before another page, the link stays bare.
- False negative, CLR303 (h120): the news as "this" the reader will want to see or must not miss («vas a querer ver
  esto», "you'll want to see this") before a link says nothing of it.
- False negatives, CLR304 (h121): the visit as a noun («la visita», "your visit") is the event the message is about,
  not a way to act; finalising what is pending («finaliza», "finalise") is a request, as completing it.
- False negative, CLR404 (h120): a price and a different sum to pay, with no word relating them, up to 1.6 apart.
- False negatives, CLR403 (h121): a cut-off in a message naming a place abroad (a forwarder's warehouse, a destination).
- False negative, CLR502 (h121): one capital and a digit right after a state word ("status D2", «estado R2»).
- False negative, CMP201 (h120): "unlimited" offers the drinks the "bottomless" entries name («pintas ilimitadas»).
- False negative, CMP403 (h120): the cédula in three hyphenated groups (Costa Rica, Panama), right after its label.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR303, a pending sum before a payment page ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Toldos Ribera: ¿otra vez tarde? Su mensualidad de 1.450 pesos sigue pendiente. https://toldosribera.example/pagos",
         "es-MX"),
        ("Toldos Ribera: quedan 320 € por pagar del toldo de junio. https://toldosribera.example/pago", "es-ES"),
        ("Gutterly: honestly, again? Your $310 instalment is due. https://gutterly.example/pay", "en-US"),
        ("Gutterly: the £58.20 for the gutter clean is still pending. https://gutterly.example/billing", "en-GB"),
    ],
)
def test_a_pending_sum_before_a_payment_page_describes_its_link(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        # no figure: the reader is not told what the page is for (round 75 stands)
        ("Toldos Ribera: la mensualidad de julio sigue pendiente. https://toldosribera.example/pagos", "es-MX",
         "https://toldosribera.example/pagos"),
        # a pending sum before a page that is no payment page
        ("Gutterly: honestly, again? Your $310 instalment is due. https://gutterly.example/n/77", "en-US",
         "https://gutterly.example/n/77"),
        # a figure with no pending or due state: news before a payment page stays bare
        ("Gutterly: honestly, again? Your gutter clean came with a $310 quote. https://gutterly.example/pay", "en-US",
         "https://gutterly.example/pay"),
    ],
)
def test_a_sum_without_its_state_or_another_page_stays_a_bare_link(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == [span]


# --- clarity: CLR304, the visit as a noun and finalising ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}. Sobre la visita del jardinero: agenda el día cuanto antes, por favor.", "es-MX",
         "agenda el día cuanto antes"),
        ("Hola, {{nombre}}: tu inscripción al taller de cerámica está a medias. Finalízala pronto.", "es-AR",
         "Finalízala pronto"),
        ("Hi {{first_name}}, ahead of your visit from the chimney sweep, please confirm the date as soon as possible.",
         "en-GB", "confirm the date as soon as possible"),
        ("Hi {{first_name}}, your locker rental is still a draft. Please finalize it soon.", "en-US", "finalize it soon"),
        # closing the message with no hurry
        ("Hola, {{nombre}}: tu inscripción al taller de cerámica quedó a medias. Finalízala.", "es-AR", "Finalízala"),
        ("Hi {{first_name}}, your locker rental is still a draft. Please finalise it.", "en-GB", "finalise it"),
    ],
)
def test_a_request_with_only_a_visit_noun_names_no_way(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the reader asked to visit: the visit is the way
        ("Hola, {{nombre}}: agenda tu revisión cuanto antes; visita la tienda de la calle Mayor.", "es-MX"),
        ("Hi {{first_name}}, please confirm the date as soon as possible, or visit our shop on High Street.", "en-GB"),
        # finalising with its way named
        ("Hola, {{nombre}}: finaliza tu inscripción pronto en la app.", "es-AR"),
        ("Hi {{first_name}}, please finalise your rental soon at https://lockers.example/r.", "en-US"),
    ],
)
def test_a_visit_to_make_or_a_named_way_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- compliance: CMP201, unlimited drinks; CMP403, the hyphenated cédula -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Quiz night at the Anchor: unlimited prosecco for £20 all evening. Book at https://anchor.example/q", "en-GB",
         "unlimited prosecco"),
        ("Noche de karaoke: pintas ilimitadas por 12 € toda la noche. Reserva en https://karaoke.example/k", "es-ES",
         "pintas ilimitadas"),
    ],
)
def test_unlimited_drinks_are_restricted(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP201", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Quiz night at the Anchor: unlimited refills of coffee and free prizes. Book at https://anchor.example/q", "en-GB"),
        ("Noche de pintura: pinturas ilimitadas y lienzos gratis. Reserva en https://taller.example/p", "es-ES"),
    ],
)
def test_unlimited_without_a_drink_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP201", body=body, locale=locale, channel="sms", category="marketing") == []


@pytest.mark.parametrize(
    "body",
    [
        "Su licencia de pesca está lista a nombre de Mario Vargas, cédula 2-0444-0917. Retírela en la oficina.",
        "Titular del contrato: Ana Ríos, cédula de identidad 8-765-4321.",
    ],
)
def test_a_hyphenated_cedula_after_its_label_is_reported(registry: Registry, body: str) -> None:
    assert len(spans(registry, "CMP403", body=body, locale="es-CR", channel="sms", category="service")) == 1


@pytest.mark.parametrize(
    "body",
    [
        # no label: a bare hyphenated number is a reference or a phone number
        "Su pedido 2-0444-0917 está listo. Retírelo en la oficina.",
        # a number after another label than the cédula's
        "Trajo su cédula y el número de trámite 2-0444-0917 para el permiso.",
    ],
)
def test_a_hyphenated_number_without_the_label_passes(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="es-CR", channel="sms", category="service") == []


# --- clarity: CLR404, a price and a different sum to pay ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}: la cuota del club de ajedrez es de 1.200 pesos. Para seguir en la liga, paga 1.800 pesos antes "
         "del lunes.", "es-AR", "1.800 pesos"),
        ("Hi {{first_name}}, your stall fee for the craft fair is R350. To hold your pitch, please pay R520 by Monday.",
         "en-ZA", "R520"),
    ],
)
def test_a_price_and_another_sum_to_pay_conflict(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a double reads as two of the same (two terms, two players)
        ("Hola, {{nombre}}: la cuota del club de ajedrez es de 1.200 pesos. Para dos jugadores, paga 2.400 pesos antes "
         "del lunes.", "es-AR"),
        # a debt's share
        ("Hola, {{nombre}}: debes 1.400 pesos al club, de los cuales 1.000 pesos están vencidos. Paga antes del lunes.",
         "es-AR"),
        # the relation named
        ("Hi {{first_name}}, your stall fee for the craft fair is R350. With the R170 power hook-up, please pay R520 by "
         "Monday.", "en-ZA"),
    ],
)
def test_a_double_or_a_named_relation_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == []


# --- clarity: CLR403, a cut-off at a place abroad ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Envíos Cóndor: el corte para el envío consolidado es el martes 9 de marzo a las 15:00. Lo que llegue "
         "más tarde al almacén de Houston viaja la semana siguiente.", "es-CO", "15:00"),
        ("Boxhop: the cut-off for parcels to Canada this week is Wednesday at 11:00. Later parcels wait for the next "
         "container.", "en-GB", "11:00"),
    ],
)
def test_a_cut_off_beside_a_place_abroad_needs_a_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the zone said
        ("Envíos Cóndor: el corte es el martes 9 de marzo a las 15:00 (hora de Houston). Lo que llegue más tarde "
         "al almacén de Houston viaja la semana siguiente.", "es-CO"),
        # a cut-off at home
        ("Boxhop: the cut-off for parcels to Manchester this week is Wednesday at 11:00.", "en-GB"),
        # a place abroad with no cut-off and no call
        ("Boxhop: your parcel to Canada left our depot on Wednesday at 11:00.", "en-GB"),
    ],
)
def test_a_cut_off_with_its_zone_or_at_home_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR502, one capital and a digit as the state ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}: tras la revisión, tu bicicleta queda en estado B3 hasta nuevo aviso.", "es-MX", "B3"),
        ("Hi {{first_name}}, your claim moved to status K4 and the payout is on hold.", "en-AU", "K4"),
    ],
)
def test_a_letter_and_a_digit_as_the_state_is_a_code(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR502", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a level or a plan, not a state
        ("Hola, {{nombre}}: ya estás inscrita en el curso de inglés de nivel B2 de los martes.", "es-MX"),
        # the code explained in brackets
        ("Hi {{first_name}}, your claim moved to status K4 (approved, payment on its way).", "en-AU"),
    ],
)
def test_a_level_or_an_explained_state_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR502", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- clarity: CLR303, "this" the reader will want to see ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Remos Sur: atención, remeros. Vas a querer ver esto antes del domingo: https://remossur.example/n/4", "es-CL",
         "https://remossur.example/n/4"),
        ("Harbour Rowing: listen up, crews. You're going to want to check this before Sunday: https://harbourrow.example/n/4",
         "en-AU", "https://harbourrow.example/n/4"),
        ("Harbour Rowing: you won't want to miss this. https://harbourrow.example/n/5", "en-AU",
         "https://harbourrow.example/n/5"),
    ],
)
def test_this_the_reader_will_want_to_see_says_nothing_of_the_link(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    brand = body.split(":", 1)[0]
    assert spans(registry, "CLR303", body=body, locale=locale, channel="push", category="alert", brand=brand) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # after real news, "this" points at something told
        ("Remos Sur: la regata del domingo pasa a Valdivia a las 9:00. Vas a querer ver esto antes del domingo: "
         "https://remossur.example/n/4", "es-CL"),
        # the thing to see named
        ("Harbour Rowing: you'll want to see the new course map before Sunday: https://harbourrow.example/n/4", "en-AU"),
    ],
)
def test_this_after_news_or_a_named_thing_passes(registry: Registry, body: str, locale: str) -> None:
    brand = body.split(":", 1)[0]
    assert spans(registry, "CLR303", body=body, locale=locale, channel="push", category="alert", brand=brand) == []
