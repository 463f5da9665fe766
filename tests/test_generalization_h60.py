"""What the blind sets h60 and h61 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at (or the severity, for a class that lowers one).

- False positive, CMP203 (h61): debt-relief words in a notice to the agency's own client (service, collections,
  transactional, alert) offer nothing: info, as alcohol in a notice is; marketing keeps its warning, a US recipient its
  error.
- False positive, CMP201 (h60): alcohol in a service message (the reader's own cider fermenting at the press they
  hired) is not advertised: info.
- False positive, CMP207 (h61): "cure" as lenders use it, remedying a default ("cure the negative balance"): the object
  is a sum or a failure to pay.
- False positive, CMP103 (h60): an Indian address (a street type of India, a city closed by its six-digit PIN code).
- False positive, CLR302 (h60): the verb after "come and" is what the invitation is for, not a second action.
- False positive, CLR301 (h61): tuning in to a channel is the action of a TV or radio offer ("Sintoniza el canal 9").
- False negative, CLR301 (h61): a headline introducing the sender ("Meet Ledgerwise", "Conozca Cuentas Claras") is no
  call to action.
- False negative, CLR403 (h61): the reader joining a call from a place abroad ("which you asked to join from Dubai").
- False negative, CLR303 (h61): a bare link on a second-level country domain ("mkopa-lite.co.ke/s/4410") is a link.
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
    return [f.severity for f in evaluate(make_message(**fields), registry).findings if f.rule == rule]


# --- compliance: CMP203, debt-relief words in a notice to the agency's client (false positive) ----------------------


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Bridgeway Debt Relief: hi {{first_name}}, your advisor Dana will ring you on Tuesday about the settlement offers.",
         "en-US", "service"),
        ("Bridgeway Debt Relief: your March program deposit of $180 bounced. Call 555-0102 and we'll set a new date.",
         "en-US", "collections"),
        ("Asesoría Norte: hola {{nombre}}, tu expediente de la ley de segunda oportunidad pasa a revisión el jueves.",
         "es-ES", "service"),
        ("Asesoría Norte: no pudimos cobrar la cuota de tu plan de consolidación de deudas. Llámanos al 555 010 203.",
         "es-ES", "collections"),
    ],
)
def test_debt_relief_words_in_a_notice_to_a_client_are_info(registry: Registry, body: str, locale: str, category: str) -> None:
    assert severities(registry, "CMP203", body=body, locale=locale, channel="sms", category=category) == [Severity.INFO]


@pytest.mark.parametrize(
    ("fields", "severity"),
    [
        # An offer keeps its warning.
        ({"body": "Bridgeway: debt relief in 24 months, one low payment. Reply STOP to opt out.", "locale": "en-GB",
          "category": "marketing"}, Severity.WARNING),
        ({"body": "Asesoría Norte: consolidación de deudas en una sola cuota. Responde BAJA para no recibir más.",
          "locale": "es-ES", "category": "marketing"}, Severity.WARNING),
        # A US recipient: the carriers' rule covers every message.
        ({"body": "Bridgeway Debt Relief: your advisor will ring you on Tuesday.", "locale": "en-US", "category": "service",
          "to": "+12025550143"}, Severity.ERROR),
    ],
)
def test_debt_relief_offers_and_us_recipients_keep_their_severity(registry: Registry, fields: dict[str, Any], severity: Severity) -> None:
    assert severities(registry, "CMP203", channel="sms", **fields) == [severity]


# --- compliance: CMP201, alcohol in a service message (false positive) ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Llagar del Monte: tu sidra ya está en barrica; pásate el domingo a probarla con nosotros.", "es-ES"),
        ("Orchard Press Hire: your hard cider is in the fermenter; we'll rack it on Thursday.", "en-GB"),
    ],
)
def test_alcohol_in_a_service_message_is_info(registry: Registry, body: str, locale: str) -> None:
    assert severities(registry, "CMP201", body=body, locale=locale, channel="whatsapp", category="service") == [Severity.INFO]


def test_alcohol_in_marketing_keeps_its_warning(registry: Registry) -> None:
    fields = {"body": "Llagar del Monte: sidra natural a 3 € la botella este finde. Responde BAJA para no recibir más.",
              "locale": "es-ES", "channel": "whatsapp", "category": "marketing"}
    assert severities(registry, "CMP201", **fields) == [Severity.WARNING]


# --- compliance: CMP207, curing a default (false positive) -----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Ridgeway Credit Union: please cure the overdrawn balance by Friday to avoid a charge-off.",
        "Ridgeway Credit Union: you may cure the default within 20 days.",
        "Ridgeway Credit Union: cure the past-due amount now to keep your card open.",
    ],
)
def test_curing_a_default_is_no_cure_claim(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP207", body=body, locale="en-US", channel="sms", category="collections") == []


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Calmleaf: our drops cure your payment anxiety in a week. Reply STOP to opt out.", "cure your payment"),
        ("Calmleaf: our tonic cures the negative effects of stress. Reply STOP to opt out.", "cures the negative"),
    ],
)
def test_a_cure_of_the_body_is_still_a_claim(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CMP207", body=body, locale="en-US", channel="sms", category="marketing") == [span]


# --- compliance: CMP103, an Indian address (false positive) ----------------------------------------------------------

_UNSUBSCRIBE = "New block prints are in. Shop at https://kesarlooms.in/new. To unsubscribe, visit https://kesarlooms.in/unsubscribe."


@pytest.mark.parametrize(
    "footer",
    ["Kesar Looms, 7 Johari Bazaar, Udaipur 313001.", "Kesar Looms, 3 Rajpath Marg, Gangtok.", "Kesar Looms, Lal Chowk 22, Srinagar 190001"],
)
def test_an_indian_address_is_an_address(registry: Registry, footer: str) -> None:
    body = f"{_UNSUBSCRIBE} {footer}"
    assert spans(registry, "CMP103", body=body, locale="en-IN", channel="email", category="marketing", subject="Prints") == []


@pytest.mark.parametrize("footer", ["Use code 313001", "Kesar Looms, Udaipur."])
def test_a_code_or_a_city_alone_is_no_address(registry: Registry, footer: str) -> None:
    body = f"{_UNSUBSCRIBE} {footer}"
    assert spans(registry, "CMP103", body=body, locale="en-IN", channel="email", category="marketing", subject="Prints") == [""]


# --- clarity: CLR302, "come and" with its purpose (false positive) ---------------------------------------------------


def test_the_verb_after_come_and_is_not_a_second_action(registry: Registry) -> None:
    fields = {"body": "Our restored spinet is ready. Reserve a tasting hour at https://spinetworks.co.uk/try. "
              "To unsubscribe, visit https://spinetworks.co.uk/unsubscribe. Spinet Works, 9 Mill Lane, Ludlow SY8 1BB.",
              "subject": "Come and hear our restored spinet", "locale": "en-GB", "channel": "email", "category": "marketing"}
    assert spans(registry, "CLR302", **fields) == []


def test_come_and_with_two_other_actions_still_competes(registry: Registry) -> None:
    body = ("Gullrock Kayaks: come and paddle this Saturday, book a lesson at https://gullrock.com/book or call us on "
            "555-0100. Reply STOP to opt out.")
    assert spans(registry, "CLR302", body=body, locale="en-GB", channel="sms", category="marketing") == ["call"]


# --- clarity: CLR301, tuning in (false positive) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    ["Cable Sierra: los canales de cine están abiertos este puente. Sintoniza el canal 9.",
     "Radio Ceibo: la final se narra en vivo el domingo. Sintonícenos en el 98.1 FM."],
)
def test_tuning_in_is_a_call_to_action(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR301", body=body, locale="es-MX", channel="push", category="marketing") == []


def test_a_channel_named_without_a_verb_is_still_no_action(registry: Registry) -> None:
    body = "Cable Sierra: los canales de cine están abiertos este puente en el canal 9."
    assert spans(registry, "CLR301", body=body, locale="es-MX", channel="push", category="marketing") == [""]


# --- clarity: CLR301, a headline introducing the sender (false negative) ---------------------------------------------

_INTRO_BODY = ("Hi {{first_name}}, for twenty years we have helped families plan what they owe. Our first review is free. "
               "Ledgerwise, 40 High Street, Leeds LS1 6HB. Unsubscribe at https://ledgerwise.co.uk/unsubscribe.")


def test_a_headline_introducing_the_sender_is_no_action(registry: Registry) -> None:
    fields = {"body": _INTRO_BODY, "subject": "Meet Ledgerwise", "brand": "Ledgerwise", "locale": "en-GB",
              "channel": "email", "category": "marketing"}
    assert spans(registry, "CLR301", **fields) == [""]


@pytest.mark.parametrize("subject", ["Meet us at the money fair on Saturday", "Meet Ledgerwise at the money fair"])
def test_meet_with_a_place_is_still_an_action(registry: Registry, subject: str) -> None:
    fields = {"body": _INTRO_BODY, "subject": subject, "brand": "Ledgerwise", "locale": "en-GB", "channel": "email",
              "category": "marketing"}
    assert spans(registry, "CLR301", **fields) == []


def test_conozca_the_sender_is_no_action(registry: Registry) -> None:
    body = ("Hola {{nombre}}: en Cuentas Claras ayudamos a ordenar deudas desde 2009. Cuentas Claras, Calle Mayor 10, "
            "28013 Madrid. Darse de baja: https://cuentasclaras.es/baja")
    fields = {"body": body, "subject": "Conozca Cuentas Claras", "brand": "Cuentas Claras", "locale": "es-ES",
              "channel": "email", "category": "marketing"}
    assert spans(registry, "CLR301", **fields) == [""]


# --- clarity: CLR403, the reader joining from a place abroad (false negative) ----------------------------------------


def test_a_reader_joining_from_abroad_needs_a_zone(registry: Registry) -> None:
    body = "Nilgiri Clinic: your mother's video review, which you asked to join from Dubai, starts on Monday 3 May at 6:00 pm."
    assert spans(registry, "CLR403", body=body, locale="en-IN", channel="sms", category="alert") == ["6:00 pm."]


def test_a_reader_joining_from_home_needs_none(registry: Registry) -> None:
    body = "Nilgiri Clinic: your mother's video review, which you asked to join from home, starts on Monday 3 May at 6:00 pm."
    assert spans(registry, "CLR403", body=body, locale="en-IN", channel="sms", category="alert") == []


# --- clarity: CLR303, a bare link on a second-level country domain (false negative) ----------------------------------


@pytest.mark.parametrize("link", ["mkopa-lite.co.ke/s/4410", "naijabills.com.ng/r/2207"])
def test_a_lone_link_on_a_country_registry_is_bare(registry: Registry, link: str) -> None:
    assert spans(registry, "CLR303", body=f"Mkopa Lite: {link}", brand="Mkopa Lite", locale="en-KE", channel="whatsapp", category="alert") == [link]


def test_a_described_link_on_a_country_registry_passes(registry: Registry) -> None:
    body = "Mkopa Lite: your March statement is ready to download at mkopa-lite.co.ke/s/4410"
    assert spans(registry, "CLR303", body=body, locale="en-KE", channel="whatsapp", category="alert") == []
