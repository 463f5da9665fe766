"""What the blind sets h78 and h79 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR303 (h79): news that asks something of the reader without naming how, before a link standing alone,
  in a message with no call to action ("Tu abrigo necesita un lavado especial. https://...").
- False negative, CLR106 (h78): a clause or a section of the contract or the terms cited by its number ("cláusula 4.c del
  contrato", "clause 9(a) of your agreement", "T&C s.6").
- False negative, CLR403 (h79): a call with the sender's seat named by a place abroad ("a call with our Madrid office").
- False negative, CLR503 (h78): a code shaped as a time zone in a text without a clock time ("back from NDT").
- False negative, CMP409 (h78): the password named after its service in two words ("your online banking password").
- False positive, CMP111 (h78): the brand's core without its trade word, a gerund or a Spanish "-ería" ("Conchoidal:" for
  Conchoidal Knapping).
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR303, news that asks something of the reader before a link alone (false negative) ---------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Lavandería Brisa: Hola, {{nombre}}. Tu abrigo de lana necesita un lavado especial por la humedad. https://lavbrisa.es/a/3310",
         "es-ES", "https://lavbrisa.es/a/3310"),
        ("Estudio Ocre: para tu cuadro enmarcado necesitamos tu decisión sobre el cristal. https://estudioocre.cl/t/77", "es-CL",
         "https://estudioocre.cl/t/77"),
        ("Harbour Tailors: Hi {{first_name}}, your jacket is ready but the lining tore at the seam, and we'd like your "
         "choice of fabric. https://harbourtailors.com/j/4120", "en-GB", "https://harbourtailors.com/j/4120"),
        ("Harbour Tailors: your wedding suit needs a second fitting before the trousers are hemmed. https://harbourtailors.com/f/88",
         "en-GB", "https://harbourtailors.com/f/88"),
    ],
)
def test_a_need_or_a_decision_asked_before_a_link_alone_is_a_bare_link(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a call to action elsewhere in the message names what to do
        ("Lavandería Brisa: tu abrigo necesita un lavado especial por la humedad. https://lavbrisa.es/a/3310 Elige la opción que prefieras.",
         "es-ES"),
        ("Harbour Tailors: the lining of your jacket tore at the seam. https://harbourtailors.com/j/4120 Choose a new fabric there.",
         "en-GB"),
        # the act named before the link
        ("Harbour Tailors: the lining of your jacket tore at the seam. Pick a fabric at https://harbourtailors.com/j/4120", "en-GB"),
        ("Estudio Ocre: tu taller del martes cambió de aula. Mira el plano en https://estudioocre.cl/t/77", "es-CL"),
    ],
)
def test_a_call_to_action_or_a_named_act_describes_the_link(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, category="service") == []


# --- clarity: CLR106, a clause or a section cited by its number (false negative) --------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Carpintería Nogal: según la cláusula 4.c del contrato, el mueble queda en taller hasta el pago final.", "es-ES",
         "cláusula 4.c del contrato"),
        ("Academia Lince: por la cláusula 9 de las condiciones generales, la matrícula no se devuelve.", "es-MX",
         "cláusula 9 de las condiciones"),
        ("Oakridge Storage: under clause 9(a) of your agreement, the unit stays locked until the balance clears.", "en-GB",
         "clause 9(a) of your agreement"),
        ("Oakridge Storage: your access code expires per T&C s.6 tonight; keep it private.", "en-GB", "s.6"),
    ],
)
def test_a_cited_clause_or_section_is_legal_wording(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR106", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Academia Lince: revisa la cláusula 3 y nos cuentas si te parece bien.", "es-MX"),
        ("Oakridge Storage: see section 2 of the form for the steps; it takes a minute.", "en-GB"),
        ("Oakridge Storage: your desk ships within the U.S. 3 days after you order.", "en-US"),
        ("Oakridge Storage: the clause about pets is the one we changed this year.", "en-GB"),
    ],
)
def test_a_clause_named_without_a_citation_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR106", body=body, locale=locale, category="service") == []


# --- clarity: CLR403, a call with the sender's seat abroad (false negative) -------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Linguaria: your speaking test call with our Madrid office is at 10am on Friday 4 June.", "en-SG", "10am"),
        ("Linguaria: our Lisbon team will call you on Tuesday at 16:00 about your course.", "en-AU", "16:00"),
    ],
)
def test_a_call_with_a_seat_abroad_needs_a_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a seat the reader goes to
        ("Linguaria: collect your books from our Madrid office on Friday at 10am; we'll call you if they're late.", "en-SG"),
        # a seat at home
        ("Linguaria: your speaking test call with our Singapore office is at 10am on Friday 4 June.", "en-SG"),
        # the zone given
        ("Linguaria: your speaking test call with our Madrid office is at 10am Singapore time on Friday 4 June.", "en-SG"),
    ],
)
def test_a_seat_visited_at_home_or_with_a_zone_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="transactional") == []


# --- clarity: CLR503, a code shaped as a zone in a text with no clock time (false negative) ----------------------------


def test_a_zone_shaped_code_without_a_time_is_an_abbreviation(registry: Registry) -> None:
    body = "Kestrel Forge: your blade passed RDT, the guard needs a PMR check and the grip waits for HRC tests."
    assert spans(registry, "CLR503", body=body, locale="en-GB", category="service") == ["RDT"]


def test_a_zone_after_a_clock_time_is_no_abbreviation(registry: Registry) -> None:
    body = "Kestrel Forge: your blade is ready at 4 pm RDT; the guard needs a PMR check and the grip waits for its tests."
    assert spans(registry, "CLR503", body=body, locale="en-US", category="service") == []


# --- compliance: CMP409, a password named after its service (false negative) --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Kestrel Forge: to release your order, please reply with your internet banking password today.",
        "Kestrel Forge: before we ship, send us your email account password so we can link the warranty.",
    ],
)
def test_a_password_named_after_its_service_asked_by_reply(registry: Registry, body: str) -> None:
    found = spans(registry, "CMP409", body=body, locale="en-GB", channel="whatsapp", category="transactional")
    assert len(found) == 1 and found[0].endswith("password")


@pytest.mark.parametrize(
    "body",
    [
        "Kestrel Forge: we will never ask for your internet banking password. Never reply with it to anyone.",
        "Kestrel Forge: to reset your online account password, open the app and tap Forgot password.",
    ],
)
def test_a_warning_or_a_reset_in_the_app_passes(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP409", body=body, locale="en-GB", channel="whatsapp", category="transactional") == []


# --- compliance: CMP111, the brand's core without its trade word (false positive) ---------------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "locale"),
    [
        ("Saltmarsh: your thatch survey is booked for Monday morning.", "Saltmarsh Thatching", "en-GB"),
        ("Quillon: your blade is back from the grinder and ready today.", "Quillon Engraving", "en-GB"),
        ("Lirena: tu sombrero ya está listo para recoger.", "Sombrerería Lirena", "es-ES"),
    ],
)
def test_the_core_without_a_trade_gerund_or_shop_noun_names_the_sender(registry: Registry, body: str, brand: str, locale: str) -> None:
    assert spans(registry, "CMP111", body=body, brand=brand, locale=locale, channel="sms", category="transactional") == []


@pytest.mark.parametrize(
    ("body", "brand", "locale"),
    [
        # a gerund at the name's start is its distinctive word, not its trade
        ("Tours: your kayak trip is booked for Monday morning.", "Viking Tours", "en-GB"),
        # without the accent "-eria" is a name ("Valeria"), not a shop noun
        ("Moda: tu vestido ya está listo para recoger.", "Valeria Moda", "es-ES"),
        # the core written in lower case is a word, not the name
        ("your saltmarsh thatch survey is booked for Monday morning.", "Saltmarsh Thatching", "en-GB"),
    ],
)
def test_a_leading_gerund_an_unaccented_name_or_a_lower_case_core_is_no_sender(
    registry: Registry, body: str, brand: str, locale: str
) -> None:
    assert spans(registry, "CMP111", body=body, brand=brand, locale=locale, channel="sms", category="transactional") == [body[0]]


# --- clarity: CLR302, an imperative whose object opens with a day in the possessive (false negative) --------------------


def test_a_day_in_the_possessive_opens_the_object_of_a_call_to_action(registry: Registry) -> None:
    body = ("Marlow Pipes: Browse the summer sale at https://marlowpipes.com/sale. Join Saturday's busking night at the "
            "Leeds shop. Enter the tin whistle draw at https://marlowpipes.com/draw.")
    assert spans(registry, "CLR302", body=body, locale="en-GB", category="marketing", channel="email") == ["Enter"]


@pytest.mark.parametrize(
    "body",
    [
        # two actions only
        "Marlow Pipes: Join Saturday's busking night at the Leeds shop, or enter the draw at https://marlowpipes.com/draw.",
        # "Monday's" as the subject of a statement, not an imperative's object
        "Marlow Pipes: Monday's workshop is full. Book the next one at https://marlowpipes.com/w.",
    ],
)
def test_two_actions_or_a_day_as_a_subject_pass(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR302", body=body, locale="en-GB", category="marketing", channel="email") == []
