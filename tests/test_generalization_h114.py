"""What the blind sets h114 and h115 showed in clarity and compliance (round 73; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negatives, CLR303 (h114, h115): "something" with "is" or "has" contracted ("something's changed"), the thing
  named only by what it will do to the reader («algo que te va a servir»), and a bare call to tap or enter («Entra
  aquí:», "Tap here:") after such a teaser.
- False negatives, CLR404 (h114; h112-en-047): a total whose parts or whose count times a price each do not make it,
  in an order confirmation too.
- False negative, CLR304 (h115): a request to sort something out before the reader's next visit, whatever it is called;
  the person to do it with, named by their trade, is a way.
- False positive, CLR301 (h114): the call to bet («apostá a», «apueste por»), the Spanish twin of "bet on".
- False negative, CMP304 (h114): the brand's name hyphenated to a verification verb in the imperative («-verifica»), and
  a frequent word of the name (after its trade) hyphenated to any verification word.
- False negative, CMP409 (h115): the card's expiry asked for without «fecha» («su vencimiento»).
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR303, a teaser before a bare link ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Kilnworks: something's changed with your firing slot. https://kilnworks.example/f2", "en-GB",
         "https://kilnworks.example/f2"),
        ("Kilnworks: something big's coming to the studio. Tap here: https://kilnworks.example/b",
         "en-GB", "https://kilnworks.example/b"),
        ("Vivero Lumbre: tenemos algo que te va a servir para el otoño. Entra aquí: https://vlumbre.example/o", "es-MX",
         "https://vlumbre.example/o"),
        ("Vivero Lumbre: traemos algo que les va a servir. Tocá acá: https://vlumbre.example/s", "es-AR",
         "https://vlumbre.example/s"),
    ],
)
def test_a_teaser_before_a_bare_link_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the change is said
        ("Kilnworks: something's changed with your firing slot: it moves to 4pm on Friday. Details at "
         "https://kilnworks.example/f2", "en-GB"),
        # a call to enter after real news describes the link
        ("Vivero Lumbre: ya puedes reservar tus plantas de temporada. Entra aquí: https://vlumbre.example/o", "es-MX"),
        # "something's wrong" is an offer of help, not a teaser
        ("Kilnworks: if something's wrong with your order, reply to this message.", "en-GB"),
    ],
)
def test_a_teaser_that_says_what_or_real_news_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR404, a total its parts do not make ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Escuela Remanso: tu inscripción está confirmada. Total: 2.200 pesos: 1.500 del curso y 500 del material.",
         "es-MX", "2.200 pesos"),
        ("Tidewell Kayaks: your hire is booked. Total £95 for four paddlers at £20 each.", "en-GB", "£95"),
        ("Tidewell Kayaks: thanks for booking 3 boards at $35 per board. Your total of $120 has been charged.",
         "en-US", "$120"),
    ],
)
def test_a_total_its_parts_do_not_make_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="whatsapp", category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the parts add up
        ("Escuela Remanso: tu inscripción está confirmada. Total: 2.000 pesos: 1.500 del curso y 500 del material.", "es-MX"),
        ("Tidewell Kayaks: your hire is booked. Total £80 for four paddlers at £20 each.", "en-GB"),
        # the difference is named: a fee, a discount
        ("Tidewell Kayaks: your hire is booked. Total £95 for four paddlers at £20 each, plus a £15 cleaning fee.", "en-GB"),
        ("Escuela Remanso: total 1.800 pesos por tres clases a 700 pesos cada una, con tu descuento de socia.", "es-MX"),
        # a count it cannot read, or prices with no total named
        ("Tidewell Kayaks: 2 adults at $40 and 1 child at $20. Your total of $100 has been charged.", "en-US"),
        ("Tidewell Kayaks: lessons for four paddlers at £20 each, boards at £12 a day.", "en-GB"),
    ],
)
def test_a_total_that_adds_up_or_is_explained_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="whatsapp", category="transactional") == []


def test_two_prices_outside_collections_still_pass(registry: Registry) -> None:
    body = "Tidewell Kayaks: your single kayak is booked for £40; the double was £48."
    assert spans(registry, "CLR404", body=body, locale="en-GB", channel="whatsapp", category="transactional") == []


# --- clarity: CLR304, before the reader's next visit; the person to do it with -------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Paws & Suds: there's a problem with your plan. Please sort it out before your next groom.", "en-AU",
         "sort it out before your next groom"),
        ("Lavandería Brisa: hay un problema con tu plan. Por favor, regularízalo antes de tu próxima recogida.", "es-MX",
         "regularízalo antes de tu próxima recogida"),
    ],
)
def test_a_request_before_the_next_visit_with_no_way_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="push", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Stride Pilates: your health form has expired. Please arrange a check with your physiotherapist before your "
         "next class.", "en-AU"),
        ("Paws & Suds: your pet's vaccination record is out of date. Please arrange a booster at "
         "https://pawsuds.example/b before your next groom.", "en-AU"),
        ("Lavandería Brisa: tu receta vence pronto. Por favor, renuévala con tu dermatóloga antes de tu próxima "
         "recogida.", "es-MX"),
    ],
)
def test_a_request_with_its_person_or_link_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="push", category="service") == []


# --- clarity: CLR301, the call to bet --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hipódromo Ceibal: este sábado apostá a la trifecta del gran premio. Respondé BAJA para no recibir más mensajes.",
        "Hipódromo Ceibal: el domingo apueste por su favorito en la carrera central. Responda BAJA para no recibir más.",
    ],
)
def test_a_call_to_bet_is_a_call_to_action(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR301", body=body, locale="es-UY", channel="sms", category="marketing") == []


def test_a_sender_that_bets_on_something_is_no_call(registry: Registry) -> None:
    body = "Bodega Ceibal: nuestra casa apuesta por la uva tannat desde 1920. Responde BAJA para no recibir más."
    assert spans(registry, "CLR301", body=body, locale="es-UY", channel="sms", category="marketing") != []


# --- compliance: CMP304 and CMP409 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "flagged"),
    [
        ("https://ceibalsur-verifique.com/cuenta", True),
        ("https://valide-ceibalsur.com/turno", True),
        # the brand's own domain with the page as a path
        ("https://ceibalsur.com/verifica", False),
    ],
)
def test_the_brand_hyphenated_to_a_verification_verb_is_a_lookalike(registry: Registry, url: str, flagged: bool) -> None:
    body = f"Óptica Ceibalsur: tu turno del lunes necesita confirmación. Confírmalo en {url}"
    found = spans(registry, "CMP304", body=body, locale="es-AR", channel="sms", category="transactional",
                  brand="Óptica Ceibalsur")
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("url", "flagged"),
    [
        # an everyday word of the name, after its trade, with a verification word
        ("https://girasoles-verifica.com/turno", True),
        # the brand's own domain, the verification page a path of it
        ("https://girasoles.com/verifica/turno", False),
    ],
)
def test_a_frequent_name_word_with_a_verification_word_is_a_lookalike(
    registry: Registry, url: str, flagged: bool
) -> None:
    body = f"Florería Girasoles: tu pedido del sábado necesita confirmación. Confírmalo en {url}"
    found = spans(registry, "CMP304", body=body, locale="es-MX", channel="sms", category="transactional",
                  brand="Florería Girasoles")
    assert bool(found) is flagged


def test_the_card_with_its_expiry_asked_by_reply_is_flagged(registry: Registry) -> None:
    body = "Gimnasio Tala: para renovar tu plan, contestanos con el número de tu tarjeta, la caducidad y tu nombre."
    found = spans(registry, "CMP409", body=body, locale="es-ES", channel="whatsapp", category="collections")
    assert len(found) == 1 and "la caducidad" in found[0]


def test_the_expiry_of_a_membership_asked_by_reply_passes(registry: Registry) -> None:
    body = "Gimnasio Tala: para renovar tu plan, contestanos con el número de tu tarjeta de socio y tu nombre."
    assert spans(registry, "CMP409", body=body, locale="es-ES", channel="whatsapp", category="collections") == []
