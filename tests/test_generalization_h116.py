"""What the blind sets h116 and h117 showed in clarity and compliance (round 74; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negatives, CLR304 (h116, h117): a request that closes the message with no hurry and no way («Regulariza tu
  situación.», "Please update it."), and the verbs "update" («actualiza») and "action" ("action this promptly").
- False negatives, CLR404 (h117): a charge the payment avoids ("to avoid a late fee") names no part of the sum, and two
  sums named by the same words ("saldo pendiente") are one debt told twice however far apart.
- False positives, CLR302 (h116, h117): a headline's adjective read as a verb ("Open studio evenings are back"), and
  watching or learning as what the offer gives ("and watch every match", "and learn how to").
- False positives, CLR301 (h116): the offer waiting for the reader («te espera», "awaits you") and the visit the reader
  has not made yet ("you still haven't come by").
- False negative, CLR403 (h117): the reader's act told with the sender as its object («nos pidió desde Miami»).
- False negative, CLR503 (h117): initials with a year after them ("TCEA 2007") cite a law, not a reference; a postcode's
  inward code ("LS1 5AA") is no code.
- False negative, CMP304 (h116): the name's "&" spelled out ("sleightandsparrow") and "access" as a login word.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR304, a closing request with no way -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Coro Alameda: falta tu ficha médica para la gira. Actualízala.", "es-ES", "Actualízala"),
        ("Coro Alameda: la cuota del uniforme sigue sin pagar. Regulariza el pago.", "es-ES", "Regulariza el pago"),
        ("Marlow Rowing Club: your safety declaration for the regatta is out of date. Please renew it.", "en-GB",
         "renew it"),
        ("Marlow Rowing Club: your locker needs attention. Please action this as soon as you can.", "en-GB",
         "action this as soon as you can"),
    ],
)
def test_a_closing_request_with_no_way_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="push", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the way named after the object, or anywhere in the message
        ("Coro Alameda: falta tu ficha médica para la gira. Actualízala en la app.", "es-ES"),
        ("Marlow Rowing Club: your safety declaration is out of date. Please renew it at https://marlowrc.example/d.",
         "en-GB"),
        ("Marlow Rowing Club: your safety declaration is out of date. Reply YES and we'll renew it.", "en-GB"),
        # a purpose or a threat after the verb is another shape
        ("Marlow Rowing Club: your crew list is ready. Confirm to lock the boat.", "en-GB"),
        # a heading, not a request
        ("Marlow Rowing Club. Update: the regatta starts at 9 on Saturday.", "en-GB"),
    ],
)
def test_a_closing_request_with_its_way_or_a_heading_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="push", category="service") == []


# --- clarity: CLR404, one debt told twice ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi, your balance due for March is $640. To avoid any late fees, pay the full $820 due for March at "
         "https://quayside.example/pay.", "en-US", "$820"),
        ("Hola: el saldo pendiente de tu cuota es de $18.000. Para ponerte al día, paga el saldo pendiente de $9.000 "
         "en https://gimnasiotala.example/pago.", "es-CL", "$9.000"),
    ],
)
def test_one_debt_told_twice_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="email", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a part named: a minimum, a sum the debt includes
        ("Hola: el saldo pendiente de tu cuota es de $18.000. Puedes pagar un mínimo de $9.000 en "
         "https://gimnasiotala.example/pago.", "es-CL"),
        ("Hi, there's $900 still owing for your hire, including $200 for the extra weekend. Pay at "
         "https://quayside.example/pay.", "en-US"),
        # the fee is named as a sum of its own
        ("Hi, your balance due for March is $640. A late fee of $25 applies after Friday. Pay at "
         "https://quayside.example/pay.", "en-US"),
    ],
)
def test_a_debt_and_its_part_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="email", category="collections") == []


# --- clarity: CLR302, one call and its details ------------------------------------------------------------------------


def test_a_headline_adjective_is_no_call(registry: Registry) -> None:
    body = ("Hi {{first_name}}, our workshop nights start on Friday 4 June: bring your own fabric and use our "
            "machines for €10 a night. Book a night at https://stitchloft.example/nights. To stop these emails, "
            "unsubscribe at https://stitchloft.example/unsubscribe. Stitch Loft, 5 Main Street, Cork.")
    assert spans(registry, "CLR302", body=body, subject="Open workshop nights are here", locale="en-IE",
                 channel="email", category="marketing") == []


def test_a_headline_that_asks_still_counts(registry: Registry) -> None:
    body = ("Hi {{first_name}}, bring your own fabric and use our machines for €10 a night. Book a night at "
            "https://stitchloft.example/nights. To stop these emails, unsubscribe at "
            "https://stitchloft.example/unsubscribe. Stitch Loft, 5 Main Street, Cork.")
    assert spans(registry, "CLR302", body=body, subject="Open your studio account today", locale="en-IE",
                 channel="email", category="marketing") != []


@pytest.mark.parametrize(
    "body",
    [
        "Hi, add the cinema pack to your plan for $6 more a month and watch every premiere. Upgrade at "
        "https://reelbox.example/cinema.",
        "Hi, join our pottery evenings and learn how to throw a bowl. Book a seat at https://claybarn.example/evenings.",
    ],
)
def test_watching_or_learning_is_what_the_offer_gives(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR302", body=body, locale="en-US", channel="sms", category="marketing") == []


def test_three_calls_besides_watching_are_still_competing(registry: Registry) -> None:
    body = ("Hi, download the Reelbox app. Rate your shows. Upgrade to 4K. And watch the new season at "
            "https://reelbox.example/new.")
    assert spans(registry, "CLR302", body=body, locale="en-US", channel="sms", category="marketing") != []


# --- clarity: CLR301, an invitation put as waiting or as a visit not made --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Vivero Jacarandá: llegaron los helechos de otoño. Tu rincón verde te espera.", "es-MX"),
        ("Vivero Jacarandá: ya llegaron las orquídeas y todavía no has venido a verlas.", "es-MX"),
        ("Fernhill Nursery: the autumn ferns have landed. Your new favourite awaits you.", "en-GB"),
        ("Fernhill Nursery: the autumn ferns arrived on Monday and you haven't dropped by yet.", "en-GB"),
    ],
)
def test_waiting_for_the_reader_is_an_invitation(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR301", body=body, locale=locale, channel="push", category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a relative clause: something waits, nobody is invited
        ("Vivero Jacarandá: tienes una reseña nueva que te espera.", "es-MX"),
        ("Fernhill Nursery: there is a new review that awaits you.", "en-GB"),
    ],
)
def test_a_thing_that_waits_in_a_relative_is_no_invitation(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR301", body=body, locale=locale, channel="push", category="marketing") != []


# --- clarity: CLR403, the reader's request from abroad --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola: usted nos escribió desde Madrid para reservar el salón. Lo tendrá listo el viernes 3 de junio a las "
         "18:00. Confirme en https://salonceiba.example/r.", "es-CR", "18:00"),
        ("Hello, you asked us from Lisbon to launch your boat. The crane is free on Monday 12 July at 7:30. Confirm at "
         "https://slipway.example/launch.", "en-GB", "7:30"),
    ],
)
def test_the_readers_request_from_a_place_asks_for_a_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="email", category="alert") == [span]


def test_the_request_with_no_place_passes(registry: Registry) -> None:
    body = ("Hola: usted nos escribió para reservar el salón. Lo tendrá listo el viernes 3 de junio a las 18:00. "
            "Confirme en https://salonceiba.example/r.")
    assert spans(registry, "CLR403", body=body, locale="es-CR", channel="email", category="alert") == []


# --- clarity: CLR503, a law cited by its initials and year ----------------------------------------------------------------


def test_initials_with_a_year_are_codes(registry: Registry) -> None:
    body = ("Hello, your account has passed to recovery under the CRPA 2015. A KVR may now be issued. See "
            "https://harrowby.example/case. Harrowby Recoveries, 9 Mill Lane, York YO1 7HP.")
    assert spans(registry, "CLR503", body=body, locale="en-GB", channel="email", category="collections") == ["CRPA"]


def test_a_state_before_its_postcode_is_no_law(registry: Registry) -> None:
    body = ("Hello, your account has passed to recovery. A KVR may now be issued. See https://harrowby.example/case. "
            "Harrowby Recoveries, 9 Mill Lane, Parramatta NSW 2150.")
    assert spans(registry, "CLR503", body=body, locale="en-AU", channel="email", category="collections") == []


def test_initials_with_a_reference_number_and_a_postcode_pass(registry: Registry) -> None:
    body = ("Hello, your account is with us under reference CRP 48213. A KVR may now be issued. See "
            "https://harrowby.example/case. Harrowby Recoveries, 9 Mill Lane, York YO1 7HP.")
    assert spans(registry, "CLR503", body=body, locale="en-GB", channel="email", category="collections") == []


# --- compliance: CMP304, the ampersand spelled out with a login word --------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "flagged"),
    [
        ("https://quillandink-access.com/class", True),
        ("https://quillyink-recordings-access.com/class", True),
        # the brand's own domain, the page a path; a product word alone is no lure
        ("https://quillandink.com/access", False),
        ("https://quillandink-recordings.com/class", False),
    ],
)
def test_the_spelled_ampersand_with_a_login_word_is_a_lookalike(registry: Registry, url: str, flagged: bool) -> None:
    body = f"Quill & Ink Studio: the recording of Tuesday's class is ready. Sign in at {url} to watch it."
    found = spans(registry, "CMP304", body=body, locale="en-US", channel="sms", category="service",
                  brand="Quill & Ink Studio")
    assert bool(found) is flagged
