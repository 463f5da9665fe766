"""What the blind sets h104 and h105 showed in clarity and compliance (round 68; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CMP111 (h104): the sender's label before the colon written with the brand's words in another order,
  with two short words of the name, or with the name's coined first word whatever its other words.
- False negative, CLR303 (h104, h105): an announcement with only its day, or something said to have happened or
  changed (after a greeting too), before a bare call to look ("Take a look:", «Mirá:») and a link.
- False negative, CLR404 (h104, h105): a sum said by a relative to equal another figure (times a count) that it is not.
- False positive, CLR302 (h104): a visit with its place and what the reader does there is one act; a verb of the
  sender's own list is no call to action.
- False negative, CLR403 (h105): the reader away on a trip out of the country reads the time on another clock.
- False negative, CMP205 (h104; with h39 and h84): the thing bought called a sure investment.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- compliance: CMP111, the sender's label with the brand's words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        ("Halcones Cestería: tu pedido de canastos sale el martes.", "es-MX", "Cestería Taller Halcones"),
        ("Marlin Rowing: your erg session moves to 7 pm tonight.", "en-AU", "Rowing Club Marlin"),
        ("Mar y Sal: su mesa del sábado queda confirmada para cuatro.", "es-ES", "Bodegón Mar y Sal"),
        ("Sun Ray: your kite repair is ready to collect.", "en-GB", "Kitesurf Sun Ray"),
        ("Pebblewick: your candle order ships tomorrow.", "en-NZ", "Pebblewick Wax Atelier"),
        # h128 (round 80): a frequent first word names the sender as well
        ("Harbour: your candle order ships tomorrow.", "en-NZ", "Harbour Wax Atelier"),
    ],
)
def test_a_sender_label_of_the_brands_words_names_the_sender(
    registry: Registry, body: str, locale: str, brand: str
) -> None:
    assert spans(registry, "CMP111", body=body, locale=locale, channel="sms", category="transactional", brand=brand) == []


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # one short word of the name alone does not name it
        ("Sal: su mesa del sábado queda confirmada para cuatro.", "es-ES", "Bodegón Mar y Sal"),
        # a label with a word the name lacks is no sender label
        ("Marlin Sports: your erg session moves to 7 pm tonight.", "en-AU", "Rowing Club Marlin"),
        ("Your kite repair is ready to collect.", "en-GB", "Kitesurf Sun Ray"),
    ],
)
def test_a_label_that_does_not_name_the_brand_still_lacks_the_sender(
    registry: Registry, body: str, locale: str, brand: str
) -> None:
    found = spans(registry, "CMP111", body=body, locale=locale, channel="sms", category="transactional", brand=brand)
    assert len(found) == 1


# --- clarity: CLR303, a vague teaser before a bare call to look ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Velas Alba: cambio importante para el viernes. Más info: https://velasalba.example/a", "es-ES",
         "https://velasalba.example/a"),
        ("Hola, {{nombre}}: ha cambiado algo en tu huerto y te conviene saberlo. Echale un vistazo: "
         "https://huerto.example/x", "es-AR", "https://huerto.example/x"),
        ("Kestrel Kites: something happened at the beach hut this week. Have a look: https://kestrel.example/b",
         "en-GB", "https://kestrel.example/b"),
        ("Hi {{first_name}}, something has changed with your allotment. Take a look: https://plots.example/c",
         "en-IE", "https://plots.example/c"),
    ],
)
def test_a_vague_teaser_before_a_call_to_look_leaves_the_link_bare(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the change is said
        ("Velas Alba: cambio importante para el viernes: abrimos a las 12. Más info: https://velasalba.example/a", "es-ES"),
        ("Hola, {{nombre}}: pasó algo con tu huerto: llegaron las semillas de tomate. Mirá: https://huerto.example/x", "es-AR"),
        ("Kestrel Kites: the beach hut now opens at 8 am. Take a look: https://kestrel.example/b", "en-GB"),
    ],
)
def test_news_that_says_what_changed_describes_the_link(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == []


# --- clarity: CLR404, an equation that does not hold ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi Sam, the hire for your party of 5 is $210, which works out at $45 per person. Pay by Monday at the desk.",
         "en-US", "$45"),
        ("Hi Sam, please pay £700 this week, which covers your three late instalments of £250 each.", "en-GB", "£250"),
        ("Hola, Lu: tu deuda es de $4.800, que corresponde a tus dos mensualidades de $2.600 cada una.", "es-CL", "$2.600"),
        ("Hola, Lu: paga $1.900 antes del lunes, que equivale a tu cuota de $1.750.", "es-AR", "$1.750"),
    ],
)
def test_a_sum_said_to_equal_another_figure_it_is_not_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="whatsapp", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hi Sam, the hire for your party of 5 is $225, which works out at $45 per person. Pay by Monday at the desk.",
         "en-US"),
        ("Hi Sam, please pay £750 this week, which covers your three late instalments of £250 each.", "en-GB"),
        ("Hola, Lu: tu deuda es de $5.200, que corresponde a tus dos mensualidades de $2.600 cada una.", "es-CL"),
        # a comparison is no equation
        ("Hi Sam, your balance is $12.20, which is below the $40.00 top-up level you set.", "en-AU"),
    ],
)
def test_an_equation_that_holds_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="whatsapp", category="collections") == []


# --- clarity: CLR302, one act told in two verbs; the sender's own list -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hi {{first_name}}, come to our open studio and throw a pot on the wheel. Book a free place at "
         "https://claystudio.example/open. Reply STOP to opt out.", "en-GB"),
        ("Hi {{first_name}}, join our harvest weekend: we'll pick the grapes, press the juice and share a long lunch. "
         "Book at https://vineyard.example/h. Reply STOP to opt out.", "en-NZ"),
        ("Hola, {{nombre}}: ven a nuestro taller y prueba el torno. Reserva tu lugar en https://barro.example/t. "
         "Responde BAJA para salir.", "es-MX"),
    ],
)
def test_a_visit_and_its_purpose_or_the_senders_list_are_no_competing_calls(
    registry: Registry, body: str, locale: str
) -> None:
    assert spans(registry, "CLR302", body=body, locale=locale, channel="email", category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a visit to a place in a list of channels stays an act
        ("Shop online, download our app, visit our store and call us on 555 0100.", "en-US"),
        # "we" before, but the reader asked in between
        ("We've got new glazes: book a class, download our app and share your pots with us.", "en-GB"),
        ("Compra en la web, descarga la app, pasa por la tienda o llámanos al 555 0100.", "es-ES"),
    ],
)
def test_separate_acts_still_compete(registry: Registry, body: str, locale: str) -> None:
    assert len(spans(registry, "CLR302", body=body, locale=locale, channel="email", category="marketing")) == 1


# --- clarity: CLR403, the reader away on a trip -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Alarmas Sur: la revisión del sistema será mañana a las 04:00. Si está de vacaciones fuera de México, "
         "autorícela antes en https://alarmas.example/r", "es-MX", "04:00"),
        ("Keyline Security: the alarm test runs at 2:00 am tomorrow. If you're travelling abroad, approve it "
         "beforehand at https://keyline.example/t", "en-US", "2:00 am"),
    ],
)
def test_a_time_for_a_reader_away_abroad_needs_its_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Alarmas Sur: la revisión del sistema será mañana a las 04:00. Si está de vacaciones, avísenos antes.", "es-MX"),
        ("Keyline Security: the alarm test runs at 2:00 am tomorrow. If you're travelling, let us know beforehand.",
         "en-US"),
    ],
)
def test_a_trip_with_no_place_abroad_keeps_the_local_clock(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="alert") == []


# --- compliance: CMP205, the thing bought called a sure investment ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Our numbered vinyl pressings are a risk-free investment. Order at https://vinyl.example.", "en-US",
         "risk-free investment"),
        ("Estas monedas conmemorativas son una inversión segura. Pídelas en https://monedas.example.", "es-ES",
         "inversión segura"),
    ],
)
def test_a_thing_sold_as_a_sure_investment_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("A heat pump is a smart investment for your home. Book a survey at https://heat.example.", "en-GB"),
        ("Invierte en tu salud: clases de yoga desde 20 €. Reserva en https://yoga.example.", "es-ES"),
    ],
)
def test_an_investment_without_a_promised_return_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, channel="sms", category="marketing") == []
