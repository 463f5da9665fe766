"""What the blind sets h118 and h119 showed in clarity and compliance (round 75; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positives, CLR303 (h119): a sum the reader owes or that is still open, or a payment asked in a condition («si no
  pagas»), before a lone link to a payment or billing page asks for the payment, even with a short sentence between.
- False negatives, CLR403 (h118, h119): the people the time is for placed abroad ("overseas fans", "parents working
  overseas"), a hyphenated "live-streamed", and an exam held online («examen en línea»).
- False negatives, CLR404 (h118, h119): the Uruguayan peso written "$U"; a sum paid to settle the debt («para
  liquidarlo») is the whole debt; a balance "including all fees" is the whole debt, not a part.
- False negatives, CLR304 (h118): a request to look that closes a message after a teaser naming no news («Revisa los
  detalles.»), and "before you arrive" as a vague hurry (a card named by what it records is no means of payment).
- False negatives, CMP304 (h118): the name's words run together in the plural with a verification word, and «seguras»;
  a lure word the name carries is the name's own word, not a lure added to it.
- False negative, CMP205 (h119): the guaranteed return as the predicate («la rentabilidad ... está garantizada»).
- False positive, CMP111 (h118): the sender's label with one of the name's words in the plural ("Murals" for "Mural").
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR303, a payment page after a sum owed ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hi {{first_name}}, the £64 you owe for the spring hedge trim is still with us. Whenever suits. "
         "https://thornhedge.example/billing", "en-GB"),
        ("Hi {{first_name}}, the $310 for your gutter repair is still open. No rush at all. https://gutterly.example/pay",
         "en-US"),
        ("Toldos Ribera: si no pagas hoy los 1.200 pesos atrasados, retiramos el toldo. Tú verás. "
         "https://toldosribera.example/pago", "es-MX"),
        ("Toldos Ribera: nos debes 1.200 pesos del toldo de junio. https://toldosribera.example/pagos", "es-MX"),
    ],
)
def test_a_sum_owed_before_a_payment_page_describes_its_link(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        # a sum only pending or due stays a bare link (round 71)
        ("Toldos Ribera: la cuota de junio está pendiente. https://toldosribera.example/pagos", "es-MX",
         "https://toldosribera.example/pagos"),
        ("Gutterly: your June fees are due. https://gutterly.example/fees", "en-US", "https://gutterly.example/fees"),
        # a sum owed before a page that is no payment page
        ("Hi {{first_name}}, the £64 you owe for the hedge trim is still with us. Whenever suits. "
         "https://thornhedge.example/n/5", "en-GB", "https://thornhedge.example/n/5"),
    ],
)
def test_a_pending_sum_or_another_page_stays_a_bare_link(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == [span]


# --- clarity: CLR403, readers placed abroad and exams online ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Harbourside Choir: overseas supporters can watch the live-streamed carol service on Sunday 19 December at "
         "18:30. Join via https://harbourchoir.example/live.", "en-AU", "18:30"),
        ("Kestrel Grammar: the careers evening for families living overseas is by video call on Monday 8 March at "
         "6:30 pm. Join at https://kestrelgrammar.example/c.", "en-NZ", "6:30 pm."),
        ("Academia Náutica Boreal: su examen práctico en línea con el tribunal de Lisboa empieza el martes 9 de marzo "
         "a las 10:00.", "es-AR", "10:00"),
        ("Club Cóndor: los socios que viven en el extranjero pueden seguir la asamblea el sábado 6 de marzo a las "
         "11:00 en https://clubcondor.example/a.", "es-CL", "11:00"),
    ],
)
def test_a_time_for_readers_abroad_names_its_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # overseas as a place of things, not of the readers
        ("Harbourside Choir: our overseas tour merchandise arrives on Sunday 19 December at 18:30 at the hall.", "en-AU"),
        # an exam in a room
        ("Academia Náutica Boreal: su examen práctico en el puerto empieza el martes 9 de marzo a las 10:00.", "es-AR"),
        # the zone given
        ("Harbourside Choir: overseas supporters can watch the live-streamed carol service on Sunday 19 December at "
         "18:30 Sydney time.", "en-AU"),
    ],
)
def test_a_time_with_no_reader_abroad_or_with_its_zone_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR404, one debt given two sums ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}: tu cuota del taller de marzo es de $U 1.450. Pagá los $U 1.540 antes del lunes.", "es-UY",
         "$U 1.540"),
        ("Hola, {{nombre}}: su saldo total es de 3.100 pesos. Para liquidarlo, pague 3.600 pesos antes del lunes.",
         "es-MX", "3.600 pesos"),
        ("Hi {{first_name}}, your full balance, including all charges, is R2,800. To settle it, please pay R3,300 by "
         "Monday.", "en-ZA", "R3,300"),
    ],
)
def test_one_debt_given_two_sums_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a part named with its figure
        ("Hi {{first_name}}, your balance is R2,800, plus a R500 late fee. Please pay by Monday.", "en-ZA"),
        # one sum told twice
        ("Hola, {{nombre}}: tu cuota del taller es de $U 1.450. Pagá los $U 1.450 antes del lunes.", "es-UY"),
        # a sum paid now, and the rest left
        ("Hola, {{nombre}}: su saldo es de 3.100 pesos. Abone 1.000 pesos hoy y el resto en marzo.", "es-MX"),
    ],
)
def test_sums_whose_relation_is_said_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == []


# --- clarity: CLR304, look where? ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Taller Cuarzo: hubo cambios en tu curso del jueves. Consulta los detalles.", "es-ES", "Consulta los detalles"),
        ("Quarry Yoga: there's an update on your class. Check the details.", "en-GB", "Check the details"),
        ("Quarry Yoga: your waiver form for Sunday is missing a page. Please sort it out before you arrive.", "en-GB",
         "sort it out before you arrive"),
    ],
)
def test_a_request_with_nowhere_to_do_it_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="push", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # real news before the look
        ("Taller Cuarzo: tu curso del jueves pasa al aula 3. Consulta los detalles.", "es-ES"),
        # a place to look
        ("Quarry Yoga: there's an update on your class. Check the details in the app.", "en-GB"),
        # the way named: the reader's payment card
        ("Quarry Yoga: your membership payment failed. Please sort it out with your card before you arrive.", "en-GB"),
    ],
)
def test_a_look_at_told_news_or_with_a_way_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="push", category="service") == []


# --- compliance: CMP304, CMP205, CMP111 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "brand", "flagged"),
    [
        ("https://saltmarshkayaks-verify.com", "Saltmarsh Kayak Hire", True),
        ("https://saltmarshkayaks-ticket-verify.com", "Saltmarsh Kayak Hire", True),
        ("https://bodegaslumbre-pagos-seguras.com", "Bodegas Lumbre Alta", True),
        # the brand's own domain, in the plural, with no lure word
        ("https://saltmarshkayaks.com/verify", "Saltmarsh Kayak Hire", False),
        # insurance is a trade, not a lure
        ("https://lumbre-seguros.com", "Bodegas Lumbre Alta", False),
    ],
)
def test_the_name_in_the_plural_with_a_lure_is_a_lookalike(registry: Registry, url: str, brand: str, flagged: bool) -> None:
    body = f"{brand}: your booking for Saturday needs checking. Log in at {url}."
    found = spans(registry, "CMP304", body=body, locale="en-GB", channel="sms", category="alert", brand=brand)
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("url", "brand", "flagged"),
    [
        # a lure word the name carries is the name's: the name hyphenated as it is passes, a lure added to it does not
        ("https://caracol-seguras.com", "Caracol Seguras", False),
        ("https://caracol-seguras-pagos.com", "Caracol Seguras", True),
        ("https://tamarind-pay.com", "Tamarind Pay", False),
        ("https://tamarind-pay-secure.com", "Tamarind Pay", True),
    ],
)
def test_a_lure_word_of_the_name_is_the_names_own(registry: Registry, url: str, brand: str, flagged: bool) -> None:
    body = f"{brand}: your instalment for March is due on Friday 12 March. Pay at {url}."
    found = spans(registry, "CMP304", body=body, locale="en-GB", channel="sms", category="collections", brand=brand)
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Con nuestro fondo inmobiliario, la rentabilidad del 7 % anual está garantizada. Responde BAJA para salir.",
         "es-ES", True),
        ("With our rental fund, the 7% annual return is guaranteed. Reply STOP to opt out.", "en-GB", True),
        # a return that may be, unguaranteed
        ("Con nuestro fondo inmobiliario, la rentabilidad del 7 % anual no está asegurada. Responde BAJA para salir.",
         "es-ES", False),
    ],
)
def test_a_return_said_to_be_guaranteed_is_flagged(registry: Registry, body: str, locale: str, flagged: bool) -> None:
    found = spans(registry, "CMP205", body=body, locale=locale, channel="sms", category="marketing")
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Tall Pine Kayaks: hi Sam, your place on Saturday's paddle is confirmed.", False),
        ("Tall Pine Kayaking: hi Sam, your place on Saturday's paddle is confirmed.", True),
        ("Pine: hi Sam, your place on Saturday's paddle is confirmed.", True),
    ],
)
def test_a_label_with_a_name_word_in_the_plural_names_the_sender(registry: Registry, body: str, flagged: bool) -> None:
    found = spans(registry, "CMP111", body=body, locale="en-GB", channel="sms", category="transactional",
                  brand="Tall Pine Kayak Tours")
    assert bool(found) is flagged
