"""What the eighth blind set (h8) showed over-firing or missing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to
it: the same vocabulary in a sentence where it is right must not be reported.

- TON107: a legal step said as a regret ("we'd hate for our legal team to get involved"); a field
  collector with the reader's address on this week's route ("evítese la visita"); the reader's name
  "circulating where it shouldn't" (a bureau hinted at without naming it).
- TON108: sarcasm after unanswered reminders ("so we're sure they're coming any minute now").
- TON109: lecturing the reader on running their life ("deberías organizarte mejor", "maybe it's time to
  be a little more responsible", "otra vez te pasaste de tu presupuesto").
- TON111: others moving on without the reader ("siguen avanzando sin ti"), a course left half done.
- TON301: "su" after a tú/vos order to bring something along ("Recordá traer su toalla").
- CLR403: joining "desde cualquier estado del país"; "Perth to Sydney departs ... lands"; a zone named
  right after the time without "time" ("6:30 pm Pacific") is a zone.
- LNG102: "faster then your old one"; "complementary" for "complimentary" (free).
- LNG101: balikbayan (en).
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.address import mixed_address
from sendlint.registry import Registry

# --- tone ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "span"),
    [
        ("TON107", "Finanzas Sol: no nos gustaría que nuestro equipo legal tuviera que intervenir por $90. Paga hoy.", "es-CO", "collections", "equipo legal"),
        ("TON107", "Oak Credit: we would hate to see our solicitors get involved over a £75 balance.", "en-GB", "collections", "solicitors"),
        ("TON107", "Presta Ya: nuestro gestor de campo pasa esta semana cerca de su domicilio. Pague antes en la app.", "es-PE", "collections", "su domicilio"),
        ("TON107", "Quick Loans: a field agent already has your address on this week's route. Pay online today.", "en-ZA", "collections", "your address"),
        ("TON107", "Créditos Faro: seguro no quieres que tu nombre termine en ciertas listas. Ponte al día hoy.", "es-CL", "collections", "tu nombre termine en ciertas listas"),
        ("TON107", "Fast Cash: you wouldn't want your name showing up in the wrong places. Settle today.", "en-NG", "collections", "your name showing up in the wrong places"),
        ("TON108", "Seguros Roble: te mandamos tres correos con el formulario, así que seguro que llega en cualquier momento.", "es-ES", "service", "correos con el formulario, así que seguro que llega en cualquier momento"),
        ("TON108", "Pine Energy: after four emails about your meter reading, we're certain it's arriving any day now.", "en-IE", "service", "emails about your meter reading, we're certain it's arriving any day now"),
        ("TON109", "Banco Río: este mes gastaste más en salidas. Tienes que administrarte mejor.", "es-AR", "alert", "Tienes que administrarte mejor"),
        ("TON109", "Banco Río: de nuevo te excediste de tu presupuesto de compras.", "es-MX", "alert", "de nuevo te excediste de tu presupuesto"),
        ("TON109", "Coin Bank: your card spend doubled. Time you were a bit more careful, don't you think?", "en-AU", "alert", "Time you were a bit more careful"),
        ("TON109", "Coin Bank: you should really manage your money better this month.", "en-GB", "alert", "you should really manage your money better"),
        ("TON111", "Academia Tango: tu grupo sigue aprendiendo sin vos. Volvé cuando quieras.", "es-AR", "marketing", "sigue aprendiendo sin vos"),
        ("TON111", "Academia Tango: ¿de verdad vas a dejar el curso a medias?", "es-AR", "marketing", "vas a dejar el curso a medias"),
        ("TON111", "Code Camp: your cohort is moving ahead without you. Pick up where you left off.", "en-US", "marketing", "moving ahead without you"),
        ("TON111", "Code Camp: are you really going to leave your course half finished?", "en-US", "marketing", "going to leave your course half finished"),
    ],
)
def test_tone_pressure_in_new_wording_is_reported(
    registry: Registry, rule: str, body: str, locale: str, category: str, span: str
) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category) == [span]


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category"),
    [
        # A legal team offered as help, a real visit the reader booked, a name on a guest list.
        ("TON107", "Finanzas Sol: si tienes dudas, nuestro equipo legal puede explicarte tus derechos.", "es-CO", "collections"),
        ("TON107", "Oak Credit: we'd hate for you to miss our free budgeting workshop. Questions? Our legal team can help.", "en-GB", "collections"),
        ("TON107", "Presta Ya: para actualizar la dirección de su domicilio, entre en la app.", "es-PE", "collections"),
        ("TON107", "Quick Loans: update your address in the app so your new card reaches you.", "en-ZA", "collections"),
        ("TON107", "Créditos Faro: tu nombre aparece en la lista de ganadores del sorteo.", "es-CL", "collections"),
        ("TON107", "Fast Cash: your name will appear on the statement as the account holder.", "en-NG", "collections"),
        # A courier on its way, with no reminders behind it.
        ("TON108", "Envíos Luna: tu paquete está en reparto y seguro que llega en cualquier momento.", "es-ES", "service"),
        ("TON108", "Swift Post: your driver is nearby, so we're sure they'll be there any minute now.", "en-IE", "service"),
        # Budgeting advice the reader asked for, a product that organises.
        ("TON109", "Banco Río: con la app puedes organizar mejor tus gastos del mes.", "es-AR", "alert"),
        ("TON109", "Coin Bank: our budget tool helps you manage your money. Try it in the app.", "en-GB", "alert"),
        # Progress without the reader's effort, a course saved to finish later.
        ("TON111", "Academia Tango: tu progreso se guarda y sigue disponible cuando vuelvas.", "es-AR", "marketing"),
        ("TON111", "Code Camp: your progress is saved, so you can leave the course and pick it up later.", "en-US", "marketing"),
    ],
)
def test_tone_traps_in_new_wording_pass(registry: Registry, rule: str, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category) == []


@pytest.mark.parametrize(
    ("text", "mixed"),
    [
        ("Club Norte: te esperamos el sábado. Recordá llevar su gorra.", True),
        ("Club Norte: te esperamos el sábado. No olvides presentar sus documentos.", True),
        ("Club Norte: te esperamos el sábado. Acordate de traer su carnet.", True),
        # "su" of someone or something else: the request, a child, a friend.
        ("Club Norte: recibimos tu pedido. Puedes seguir su estado en la app.", False),
        ("Club Norte: ayudá a tu hija a traer su mochila.", False),
        ("Club Norte: invitá a Marta a traer su bici.", False),
        ("Club Norte: recordá que tu hijo debe traer su gorra.", False),
    ],
)
def test_usted_possessive_after_an_informal_order_to_bring(text: str, mixed: bool) -> None:
    assert (mixed_address(text) is not None) is mixed


def test_mixed_address_rule_reports_the_possessive(registry: Registry) -> None:
    body = "Pileta Sur: ¡te esperamos el martes! Recordá traer su gorra de natación."
    assert finding_texts(registry, "TON301", body=body, locale="es-AR", category="service") == ["su"]


# --- clarity: time zones -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Banco Maya: el taller de ahorro es el 4 de mayo a las 18:00. Conéctate desde cualquier estado del país.", "es-MX"),
        ("Red Gum Radio: our listener forum is on 9 May at 7 pm; call in from any state.", "en-AU"),
        ("Wattle Air: your trip today: Adelaide to Perth departs at 09:10 and lands at 10:55.", "en-AU"),
        ("Viajes Sur: tu viaje de mañana: Santiago a Punta Arenas sale a las 07:20 y llega a las 10:40.", "es-CL"),
    ],
)
def test_time_without_zone_across_zones_new_wording(registry: Registry, body: str, locale: str) -> None:
    assert len(finding_texts(registry, "CLR403", body=body, locale=locale, category="transactional", channel="push")) == 1


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Maple Hydro: our online Q&A on new rates starts at 7 pm Eastern (4 pm Pacific) on June 2. Join from the app.", "en-CA"),
        ("Liberty Bank: the live webinar is at 2 pm Central on May 6.", "en-US"),
        # A local trip in one zone, and a capitalised sentence after "to".
        ("Banco Maya: tu cita en la sucursal es el 4 de mayo a las 18:00.", "es-MX"),
        ("Wattle Air: welcome to Sydney. Your bags arrive at belt 4 at 10:55.", "en-AU"),
    ],
)
def test_time_with_zone_or_local_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CLR403", body=body, locale=locale, category="transactional", channel="push") == []


# --- language ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Nimbus Fibre: the new router is quicker then the old one and costs the same.", "then"),
        ("Nimbus Fibre: fibre is cheaper then any plan we sold last year.", "then"),
        ("Harbour Hotel: thanks for staying with us. Breakfast is complementary for members.", "complementary"),
        ("Harbour Hotel: enjoy complementary parking during your stay.", "complementary"),
    ],
)
def test_real_word_errors_h8_are_reported(registry: Registry, body: str, span: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale="en-GB", category="service") == [span]


@pytest.mark.parametrize(
    "body",
    [
        "Nimbus Fibre: check the router lights, then the cable. Call us if it stays red.",
        "Nimbus Fibre: pay later, then the discount still applies.",
        "Harbour Hotel: our spa offers complementary therapies such as reflexology.",
        "Harbour Hotel: the two rooms have complementary colours. Breakfast is complimentary.",
    ],
)
def test_real_word_traps_h8_pass(registry: Registry, body: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale="en-GB", category="service") == []


def test_philippine_loanword_is_known(registry: Registry) -> None:
    body = "Island Cargo: your balikbayan box reached Manila. Delivery follows in two days."
    assert finding_texts(registry, "LNG101", body=body, locale="en-PH", category="transactional") == []
