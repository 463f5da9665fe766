"""What the blind sets h122 and h123 showed in clarity and compliance (round 77; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negatives, CLR404 (h122): a sum restated with «es decir» / "that is" as a unit price times a count it does not
  make; a bill, the sum paid and the sum left, where the sum left is not the bill less the payment.
- False negatives, CLR404 (h123): one relation word naming both sums in two sentences ("your instalment is ... this
  month's instalment is ...") names one thing twice: the two figures conflict when close, as unrelated sums do.
- False negatives, CLR304 (h122, h123): before an event named by a noun alone ("before the draw.", «antes del sorteo.»)
  is a vague hurry; the sender saying it writes to the reader («Te escribe ...») names no way.
- False negative, CLR303 (h122): a teaser opened by the time it is for («este año pasa algo ...») before "this" handed
  over («Solo te dejamos esto:», "We'll just leave you this:") says nothing of the link.
- False positive, CMP103 (h123): a number, a street's name and a type the list lacked (close, row, walk, court,
  gardens, place) closed by a comma is an address line, as a square was.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR404, a restatement whose arithmetic fails -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}. Falta pagar el taller de cerámica: 70 € por las cuatro alumnas, o sea, 15 € por alumna.",
         "es-ES", "15 €"),
        ("Hi {{first_name}}, the kayak hire still to pay is €90 for two riders, that is, €40 each. Pay at reception.",
         "en-IE", "€40"),
    ],
)
def test_a_restated_unit_price_that_does_not_make_the_sum_conflicts(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="whatsapp", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola, {{nombre}}. Falta pagar el taller de cerámica: 60 € por las cuatro alumnas, o sea, 15 € por alumna.", "es-ES"),
        ("Hi {{first_name}}, the kayak hire still to pay is €80 for two riders, that is, €40 each. Pay at reception.",
         "en-IE"),
        # the restatement goes on to name the parts, no unit price
        ("Hi {{first_name}}, the kayak hire still to pay is €80, that is, €50 for the boat and €30 for the guide.", "en-IE"),
    ],
)
def test_a_restatement_that_adds_up_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="whatsapp", category="collections") == []


# --- clarity: CLR404, a bill less what is paid that is not the sum left ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}: el alquiler de la carpa asciende a 400 €, de los cuales ya pagaste 100 € de seña, así que te"
         " quedan 250 € para el día del montaje.", "es-ES", "250 €"),
        ("Hi {{first_name}}, your marquee hire comes to $600, and with the $150 you've already paid, the balance left is"
         " $400 on the day.", "en-AU", "$400"),
    ],
)
def test_a_balance_that_is_not_the_bill_less_the_payment_conflicts(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="email", category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the subtraction holds
        ("Hola, {{nombre}}: el alquiler de la carpa asciende a 400 €, de los cuales ya pagaste 100 € de seña, así que te"
         " quedan 300 € para el día del montaje.", "es-ES"),
        # a delivery charge in the message may make up the difference
        ("Hi {{first_name}}, your marquee hire comes to $600, and with the $150 you've already paid plus delivery, the"
         " balance left is $480 on the day.", "en-AU"),
        # three prices with nothing paid between them
        ("Hi {{first_name}}, your marquee hire comes to $600, the chairs are $150 and the lights left over cost $400.",
         "en-AU"),
    ],
)
def test_a_balance_that_adds_up_or_is_adjusted_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="email", category="transactional") == []


# --- clarity: CLR404, one name for two sums ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Huerto Lumbre: su cuota de mantenimiento es de 1.200 pesos. Este mes la cuota de mantenimiento es de 1.500"
         " pesos. Pague en https://huertolumbre.example/pago", "es-MX", "1.500 pesos"),
        ("Pebblecourt Gyms: your membership fee this month is £44. Reminder: the membership fee is £52. Pay at"
         " https://pebblecourt.example/pay", "en-GB", "£52"),
    ],
)
def test_one_name_for_two_close_sums_conflicts(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # in one sentence the words beside both sums are the same words: the relation stands
        ("Pebblecourt Gyms: your insurer paid £50 towards your membership, leaving £40 for you. Pay at"
         " https://pebblecourt.example/pay", "en-GB"),
        # a half or a multiple is how a part reads (the 1.6 ratio stands)
        ("Huerto Lumbre: su cuota mensual es de 500 pesos. Las dos cuotas atrasadas suman 1.000 pesos. Pague en"
         " https://huertolumbre.example/pago", "es-MX"),
        # the same name, the same sum
        ("Pebblecourt Gyms: your deposit was £30. Your deposit of £30 is refunded today.", "en-GB"),
    ],
)
def test_one_name_in_one_sentence_or_far_apart_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == []


# --- clarity: CLR304, before an event and the sender writing -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Club de Remo Brisa: la cuota del campeonato sigue pendiente. Regulariza antes del sorteo.", "es-AR",
         "Regulariza antes del sorteo"),
        ("Marlow Bowls Club: your team entry is still unpaid. Please settle it before the coach leaves.", "en-GB",
         "settle it before the coach leaves"),
        ("Hola, {{nombre}}, le escribe Vidrios Tanque. Necesitamos que confirme el color del marco cuando pueda.", "es-CL",
         "confirme el color del marco cuando pueda"),
    ],
)
def test_a_request_before_an_event_or_from_a_writing_sender_has_no_way(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a weekday is a date the reader can keep
        ("Club de Remo Brisa: la cuota del campeonato sigue pendiente. Regulariza antes del viernes.", "es-AR"),
        # the event with its date
        ("Marlow Bowls Club: your team entry is still unpaid. Please settle it before the draw on 12 June.", "en-GB"),
        # the reader writing to the sender is a way
        ("Vidrios Tanque: necesitamos que confirme el color del marco cuando pueda. Si tiene dudas, nos escribe.", "es-CL"),
        # a way named
        ("Marlow Bowls Club: your team entry is still unpaid. Please settle it in the app before the coach leaves.", "en-GB"),
    ],
)
def test_a_dated_request_or_one_with_its_way_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- clarity: CLR303, a teaser opened by its time and "this" handed over ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}: este verano pasa algo en el museo. Te compartimos esto: https://museoluz.example/v2",
         "es-MX", "https://museoluz.example/v2"),
        ("Hi {{first_name}}, this autumn something is coming to the pier. We'll just leave you this: https://pierhall.example/a",
         "en-GB", "https://pierhall.example/a"),
    ],
)
def test_a_timed_teaser_before_this_leaves_the_link_bare(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="email", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the news said, with its time
        ("Hola, {{nombre}}: este verano el museo abre de noche. Te compartimos esto: https://museoluz.example/v2", "es-MX"),
        # the thing handed over is named
        ("Hi {{first_name}}, this autumn something is coming to the pier. We'll leave you the full programme:"
         " https://pierhall.example/a", "en-GB"),
    ],
)
def test_news_with_its_time_or_a_named_label_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="email", category="marketing") == []


# --- compliance: CMP103, a street type the list lacked -------------------------------------------------------------------

_MARKETING_EMAIL = {"channel": "email", "category": "marketing", "locale": "en-GB", "subject": "Autumn open day"}


@pytest.mark.parametrize(
    "footer", ["Tansy Garden Centre, 14 Willow Close, Leeds.", "Tansy Garden Centre, 3 Ropewalk Gardens, Ipswich."]
)
def test_a_number_a_name_and_a_street_type_before_a_comma_is_an_address(registry: Registry, footer: str) -> None:
    body = f"Our autumn open day is on Saturday. Unsubscribe: https://tansy.example/unsubscribe. {footer}"
    assert spans(registry, "CMP103", body=body, **_MARKETING_EMAIL) == []


@pytest.mark.parametrize(
    "footer", ["Tansy Garden Centre, Leeds.", "Seats in the front row, Leeds.", "Tansy Garden Centre, 14 Willow Close"]
)
def test_no_street_line_is_still_reported(registry: Registry, footer: str) -> None:
    body = f"Our autumn open day is on Saturday. Unsubscribe: https://tansy.example/unsubscribe. {footer}"
    assert spans(registry, "CMP103", body=body, **_MARKETING_EMAIL) == [""]  # the rule points at no text
