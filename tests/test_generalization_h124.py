"""What the blind sets h124 and h125 showed in clarity and compliance (round 78; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negatives, CLR304 (h124, h125): claiming what is ready ("Claim it before the deadline") names no way; in
  English an event with no article closing the sentence ("before pickup.") is a vague hurry as "before the draw." is;
  a shop named as what the request is for ("your lease papers for the Harbour Road shop") is no place to act.
- False negative, CLR303 (h125): "something" about the reader's thing that they should see («hay algo importante sobre
  tu reserva que deberías ver», "there's something about your order you should see") before a lone link.
- False negative, CLR503 (h124): a letter and a number joined by a hyphen ("loop B-2", «circuito C-4») is the shorthand
  "P3" is, written apart; a slot noun before it ("gate B-2", «ruta C-4») still places it.
- False negative, CMP409 (h124): the card named by its kind («el número de su tarjeta bancaria y su clave») before the
  secret asked back by reply, as «tarjeta de crédito» was.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR304, claiming, an event with no article, a shop as the thing concerned -------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Club Remo Sil: tu diploma de patrón ya está listo. Reclámalo antes del plazo.", "es-ES",
         "Reclámalo antes del plazo"),
        ("Larkfield Library: the prize voucher from the reading club is ready. Claim it as soon as you can.", "en-GB",
         "Claim it as soon as you can"),
        ("Hi {{first_name}}, the deposit on your hired bike is still owed. Please settle it before check-in.", "en-AU",
         "settle it before check-in"),
        ("Hi, this is Fernway Bakes. The lease papers for the Harbour Road shop must be signed. Please complete them soon.",
         "en-US", "complete them soon"),
        ("Hola, te escribe Panadería Olmo. Los papeles del alta para tu tienda de la calle Mayor siguen sin firmar."
         " Complétalos pronto.", "es-ES", "Complétalos pronto"),
    ],
)
def test_a_request_with_no_way_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the way is named
        ("Club Remo Sil: tu diploma de patrón ya está listo. Reclámalo en la oficina del club antes del plazo.", "es-ES"),
        ("Larkfield Library: your prize voucher is ready. Claim it in the app as soon as you can.", "en-GB"),
        # the event is a date or a time of day
        ("Hi {{first_name}}, the deposit on your hired bike is still owed. Please settle it before March.", "en-AU"),
        ("Hi {{first_name}}, the deposit on your hired bike is still owed. Please settle it before noon.", "en-AU"),
        # the shop is where the reader goes
        ("Hi, this is Fernway Bakes. The lease papers must be signed. Please complete them soon at the Harbour Road shop.",
         "en-US"),
        ("Hola, te escribe Panadería Olmo. Los papeles del alta siguen sin firmar. Complétalos pronto en la tienda.", "es-ES"),
    ],
)
def test_a_request_with_its_way_or_date_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- clarity: CLR303, "something" the reader should see ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}. Hay algo sobre tu reserva que tienes que ver: https://hostalbruma.example/r",
         "es-ES", "https://hostalbruma.example/r"),
        ("Hi {{first_name}}, there's something important about your order you should see: https://tindle.example/o",
         "en-GB", "https://tindle.example/o"),
    ],
)
def test_something_the_reader_should_see_leaves_the_link_bare(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="whatsapp", category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the thing is said
        ("Hola, {{nombre}}. Tu reserva cambia al día 12; tienes que ver el nuevo horario: https://hostalbruma.example/r",
         "es-ES"),
        ("Hi {{first_name}}, your order ships late; you should see the new date here: https://tindle.example/o", "en-GB"),
    ],
)
def test_the_news_said_before_the_link_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="whatsapp", category="alert") == []


# --- clarity: CLR503, a letter and a number joined by a hyphen ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Parque Sierra: circuito C-4 cerrado por OVP; usa el desvío por P2 hasta nuevo aviso.", "es-ES", "C-4"),
        ("Brackenhill Farm: hay trail D-3 shut per FRA; park via Z4 today.", "en-GB", "D-3"),
    ],
)
def test_a_hyphenated_letter_code_counts_as_one(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, channel="push", category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a slot noun places each code
        ("Parque Sierra: la ruta C-4 está cerrada por obras; usa el desvío del aparcamiento P2.", "es-ES"),
        ("Brackenhill Farm: gate D-3 is shut for repairs; please use car park Z4 today.", "en-GB"),
    ],
)
def test_a_hyphenated_code_placed_by_its_noun_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, channel="push", category="alert") == []


# --- compliance: CMP409, the card named by its kind before the secret ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Parking Alameda: para activar su abono, conteste a este SMS con el número de la tarjeta bancaria y su clave.", "es-AR"),
        ("Ferry Isla Norte: to keep your pass, reply to this text with your bank card number and your PIN.", "en-NZ"),
    ],
)
def test_the_card_by_its_kind_and_the_secret_asked_back_fires(registry: Registry, body: str, locale: str) -> None:
    assert len(spans(registry, "CMP409", body=body, locale=locale, channel="sms", category="collections")) == 1


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Parking Alameda: nunca le pediremos el número de su tarjeta bancaria ni su clave por SMS.", "es-AR"),
        ("Parking Alameda: para activar su abono, pague con su tarjeta bancaria en https://parkingalameda.example.", "es-AR"),
    ],
)
def test_a_warning_or_a_payment_by_card_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP409", body=body, locale=locale, channel="sms", category="collections") == []
