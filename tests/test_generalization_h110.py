"""What the blind sets h110 and h111 showed in clarity and compliance (round 71; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR304 (h110, h111): catching up on a debt, renewing or sending what is asked for with a vague hurry
  («a tiempo», "in time" among them); a request that names no act after a sentence with the hurry ("Make sure it is
  sorted."); a bare "Action required." opening its sentence; a way word inside the sender's own name is no way.
- False negative, CLR303 (h111): a teaser after the reader's name alone ("{{first_name}}, you won't believe what...").
- False positive, CLR303 (h111, h105 before it; the lead's decision in round 71): a sum said to be unpaid before a
  lone link to a payment page asks for the payment as a verb of paying does; news before a payment page stays a bare link.
- False negative, CLR404 (h111): what the work came to and a larger balance to pay.
- False negative, CLR302 (h111): ringing the office and filling in a form are calls as calling and completing are.
- False negative, CLR403 (h110): the reader at a gathering named by its place abroad («estás en el campus de Lisboa»).
- False positives, CLR302, CLR403, CLR504 (h110, h111): "tap" as a noun; a place to stream from; the present of an
  everyday verb («se aplaza») is no trade word.
- Compliance (h110, h111): a game of chance promising a sure prize (CMP204); the brand hyphenated to a reward word
  (CMP304); «cancele la suscripción» (CMP102); an Irish town closed by its county (CMP103).
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR304, a request with no way, in its new shapes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        ("Créditos Andes: su pago de junio sigue sin registrarse. Pónganse al día lo antes posible.", "es-CO",
         "collections", "Pónganse al día lo antes posible"),
        ("Gimnasio Roble: tu bono trimestral vence pronto. Renuévalo a tiempo y conserva tu taquilla.", "es-ES", "alert",
         "Renuévalo a tiempo"),
        ("Seguros Faro: nos falta el parte firmado del taller. Envíanos una copia cuanto antes.", "es-MX", "service",
         "Envíanos una copia cuanto antes"),
        ("Tidewell Parking: your resident permit lapses at the end of the month. Please renew it in time.", "en-GB", "alert",
         "renew it in time"),
        ("Lakeshore Tenancy: we still need your payslips for the application. Please send them when you can.", "en-IN",
         "service", "send them when you can"),
        ("Brightmoor Allotments: plot fees for next season are due soon. Make sure yours is settled.", "en-GB",
         "collections", "Make sure yours is settled"),
        ("Club Remo Sur: la inscripción a la regata se cierra pronto. Hazlo.", "es-AR", "service", "Hazlo"),
        ("Ashgrove Boilers: your annual service is overdue. Action needed.", "en-GB", "alert", "Action needed"),
        ("Calderas Pinar: la revisión anual de su caldera está pendiente. Se requiere acción.", "es-ES", "alert",
         "Se requiere acción"),
    ],
)
def test_a_request_with_no_way_in_its_new_shapes_is_flagged(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category=category) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the way named, or a real date
        ("Créditos Andes: su pago de junio sigue sin registrarse. Pónganse al día cuanto antes en https://andes.co/pagos.",
         "es-CO"),
        ("Gimnasio Roble: tu bono trimestral vence pronto. Renuévalo a tiempo en la app.", "es-ES"),
        ("Tidewell Parking: your resident permit lapses on 30 June. Please renew it by 28 June on 0161 555 0190.", "en-GB"),
        # a request that names its act after the hurry's sentence may name its way in it
        ("Clearline Optics: your contact lenses run out soon. Please book a fitting with your optician.", "en-GB"),
        # nothing to do, or a request to act with no hurry
        ("Ashgrove Boilers: the engineer finished your annual service today. No action needed.", "en-GB"),
        ("Calderas Pinar: no se requiere ninguna acción por su parte.", "es-ES"),
        ("Hi Priya, Lakeshore Tenancy here. Please send your payslips to lettings@lakeshore.example.", "en-IN"),
    ],
)
def test_a_request_with_its_way_a_date_or_no_hurry_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service") == []


def test_a_way_word_inside_the_senders_name_is_no_way(registry: Registry) -> None:
    body = "Portal Hogar: su cuota de mayo está pendiente. Pónganse al día cuanto antes."
    found = spans(registry, "CLR304", body=body, locale="es-CL", channel="sms", category="collections", brand="Portal Hogar")
    assert found == ["Pónganse al día cuanto antes"]


# --- clarity: CLR303, a teaser after the reader's name alone -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Lumen Sofas: {{first_name}}, you'll never guess what we've lined up for you in the showroom this Friday... "
         "https://lumensofas.example/f Reply STOP to opt out.", "en-AU", "https://lumensofas.example/f"),
        ("Sofás Lumen: {{nombre}}, no te vas a creer lo que hemos preparado para ti en la tienda este viernes... "
         "https://sofaslumen.example/v Responde BAJA para no recibir más mensajes.", "es-ES", "https://sofaslumen.example/v"),
    ],
)
def test_a_teaser_after_the_readers_name_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Lumen Sofas: {{first_name}}, every corner sofa is 30% off this Friday... https://lumensofas.example/f Reply STOP "
         "to opt out.", "en-AU"),
        ("Sofás Lumen: {{nombre}}, todos los sofás rinconeros tienen un 30% este viernes... https://sofaslumen.example/v "
         "Responde BAJA para no recibir más mensajes.", "es-ES"),
    ],
)
def test_a_named_offer_after_the_readers_name_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == []


# --- clarity: CLR404, what the work came to and a larger balance ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi Sam, Oakline Decks here. Your deck oiling came to $120. Please pay the $170 balance at "
         "https://oakline.example/pay by 9 May.", "en-US", "$170"),
        ("Tarimas Roble: el aceitado de tu tarima ascendió a 120 €. Abona el saldo de 170 € en "
         "https://tarimas.example/pago antes del 9 de mayo.", "es-ES", "170 €"),
    ],
)
def test_what_the_work_came_to_and_a_larger_balance_are_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == [span]


def test_what_the_work_came_to_paid_as_the_same_balance_passes(registry: Registry) -> None:
    body = "Hi Sam, Oakline Decks here. Your deck oiling came to $120. Please pay the $120 balance by 9 May."
    assert spans(registry, "CLR404", body=body, locale="en-US", channel="sms", category="collections") == []


# --- clarity: CLR302, ringing and filling in are calls; "tap" as a noun is not -----------------------------------------------


def test_ringing_and_filling_in_count_among_competing_calls(registry: Registry) -> None:
    body = ("Westvale Rates: your instalment of $310 is late. Pay online, ring our team, fill in the relief form and "
            "update your bank details this week.")
    found = spans(registry, "CLR302", body=body, locale="en-NZ", channel="sms", category="collections")
    assert len(found) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Brookwater Coolers: try our chilled water tap free for a month. Order a trial at https://brookwater.example/t.",
        "Hopfield Taproom: try the new pale on tap this week. Book a table at https://hopfield.example/book.",
    ],
)
def test_tap_as_a_noun_is_no_call(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR302", body=body, locale="en-GB", channel="sms", category="marketing") == []


def test_a_tap_away_is_still_the_act_offered(registry: Registry) -> None:
    body = "Your favourite noodles from Wokway are back on the menu. They're only a tap away tonight."
    assert spans(registry, "CLR301", body=body, locale="en-GB", channel="push", category="marketing") == []


# --- clarity: CLR403, the reader at a gathering named by its place; a place to stream from ---------------------------------


def test_the_reader_at_a_gathering_abroad_is_flagged(registry: Registry) -> None:
    body = ("Club Esgrima Norte: como estás en el campus de Lisboa, la llamada con tu preparadora es el jueves 3 de julio "
            "a las 19:00.")
    found = spans(registry, "CLR403", body=body, locale="es-ES", channel="whatsapp", category="service")
    assert found == ["19:00"]


def test_the_reader_at_a_gathering_at_home_passes(registry: Registry) -> None:
    body = ("Club Esgrima Norte: como estás en el campus de Valencia, la llamada con tu preparadora es el jueves 3 de julio "
            "a las 19:00.")
    assert spans(registry, "CLR403", body=body, locale="es-ES", channel="whatsapp", category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "passes"),
    [
        ("Hi Ana, Neon Den has confirmed your streaming room on Friday 2 July from 6:00 PM to 8:00 PM.", "en-US", True),
        ("Hola, Ana: Neon Den confirma tu cabina de streaming el viernes 2 de julio de 18:00 a 20:00.", "es-MX", True),
        ("Hi Ana, our streaming of the finals starts on Friday 2 July at 6:00 PM.", "en-US", False),
    ],
)
def test_a_place_to_stream_from_is_no_online_event(registry: Registry, body: str, locale: str, passes: bool) -> None:
    found = spans(registry, "CLR403", body=body, locale=locale, channel="whatsapp", category="transactional")
    assert (found == []) is passes


# --- clarity: CLR504, the present of an everyday verb is no trade word -------------------------------------------------------


def test_the_present_of_an_everyday_verb_is_no_trade_word(registry: Registry) -> None:
    body = "Mar de fondo con ventolinas en la baliza QT 4: la regata de esta tarde se aplaza al domingo."
    assert spans(registry, "CLR504", body=body, locale="es-ES", channel="push", category="alert") == []


# --- compliance ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Rifas del Puerto: este sábado juega la rifa grande, ¡todos los boletos ganan! Compra en https://rifas.example.",
         "es-MX", "todos los boletos ganan"),
        ("Lucky Clover Hall: Friday's special session has a guaranteed prize for every player. Reply STOP to opt out.",
         "en-GB", "guaranteed prize"),
    ],
)
def test_a_game_promising_a_sure_prize_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP204", body=body, locale=locale, channel="sms", category="marketing") == [span]


def test_a_guarantee_that_is_no_prize_passes(registry: Registry) -> None:
    body = "Lucky Clover Hall: every repair comes with a guaranteed price. Reply STOP to opt out."
    assert spans(registry, "CMP204", body=body, locale="en-GB", channel="sms", category="marketing") == []


@pytest.mark.parametrize(
    ("url", "passes"),
    [("https://oakbarrow-rewards.com/claim", False), ("https://oakbarrow.com/rewards", True)],
)
def test_the_brand_hyphenated_to_a_reward_word_is_a_lookalike(registry: Registry, url: str, passes: bool) -> None:
    body = f"Hi Lee, Oakbarrow here. Claim 20% off a duvet at {url}. Reply STOP to opt out."
    found = spans(registry, "CMP304", body=body, locale="en-US", channel="whatsapp", category="marketing", brand="Oakbarrow")
    assert (found == []) is passes


@pytest.mark.parametrize(
    ("footer", "passes"),
    [
        ("Si no quiere más correos, anule la suscripción en https://tintas.example/baja.", True),
        ("Si no puede venir, cancele la cita en https://tintas.example/citas.", False),
    ],
)
def test_cancelling_the_subscription_in_the_imperative_is_an_opt_out(registry: Registry, footer: str, passes: bool) -> None:
    body = f"Hola: este mes las tintas tienen un 20%. {footer} Tintas Sur, Calle Mayor 10, Madrid."
    found = spans(registry, "CMP102", body=body, locale="es-ES", channel="email", category="marketing", subject="Tintas")
    assert (found == []) is passes


@pytest.mark.parametrize(
    ("address", "passes"),
    [("Tidewear, 8 Strand Row, Youghal, Co. Waterford.", True), ("Tidewear, Strand Row, Youghal.", False)],
)
def test_an_irish_town_closed_by_its_county_is_an_address(registry: Registry, address: str, passes: bool) -> None:
    body = f"Hi, oilskins are 20% off this week. Unsubscribe: https://tidewear.example/u\n{address}"
    found = spans(registry, "CMP103", body=body, locale="en-IE", channel="email", category="marketing", subject="Oilskins")
    assert (found == []) is passes


# --- clarity: CLR303, a payment page after a sum said to be unpaid (the lead's decision, round 71) ----------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Clínica Sauce: la cuota de marzo, 40 €, sigue impagada. https://clinicasauce.es/pagos", "es-ES"),
        ("Academia Lince: tu recibo de abril está vencido desde el día 5. https://academialince.mx/pagar", "es-MX"),
        ("Rivermoss Dental: the $60 for your check-up is still unpaid. https://rivermossdental.com/pay", "en-US"),
        ("Harbour Kennels: the boarding fee of £85 hasn't been paid yet. https://harbourkennels.co.uk/payment", "en-GB"),
    ],
)
def test_an_unpaid_sum_before_a_payment_page_says_what_the_link_is(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        # news before a payment page, and an unpaid sum before a page that is not one, stay bare links
        ("Clínica Sauce: tu nuevo plan empieza el 1 de junio. https://clinicasauce.es/pagos", "es-ES",
         "https://clinicasauce.es/pagos"),
        ("Clínica Sauce: la cuota de marzo, 40 €, sigue impagada. https://clinicasauce.es/novedades", "es-ES",
         "https://clinicasauce.es/novedades"),
        ("Rivermoss Dental: your new plan starts on 1 June. https://rivermossdental.com/pay", "en-US",
         "https://rivermossdental.com/pay"),
        ("Rivermoss Dental: the $60 for your check-up is still unpaid. https://rivermossdental.com/news", "en-US",
         "https://rivermossdental.com/news"),
    ],
)
def test_news_before_a_payment_page_and_a_debt_before_another_page_stay_bare_links(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == [span]
