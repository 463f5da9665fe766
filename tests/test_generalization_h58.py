"""What the blind sets h58 and h59 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR303 (h59, and h11, h12, h57 before): a link standing alone after a status that asks for an act
  without naming it (an amount due, outstanding or pending, a renewal, a failed delivery) says nothing of what it
  opens; a label on the link ("Pay:"), the act in the sentence or a document made available passes.
- False negative, CLR303 (h58): the link as the object of a verb of looking, with only "please" and a time beside it
  ("please see https://... before Friday").
- False negative, CLR403 (h59): an event broadcast from a place abroad ("en vivo desde Buenos Aires"), the app by its
  Spanish name ("míralo en la aplicación"), and the seat the sender's staff call from ("nuestra central de Lima").
- False positive, CLR301 (h58): the invitation closing an event with its place ("... de 11:00 a 13:00. Te esperamos.")
  is the call to come; "te esperamos en" already was.
- False positive, CMP406 (h58): the do-not-share warning in the usted imperative without a pronoun ("No comparta este
  código con nadie").
- False negative, CMP304 (h58): the name of another link's domain with that domain's country moved into it
  ("vivero-lasjaras-cl.com" beside "viverolasjaras.cl").
- False negative, CMP210 (new; h57's lottery line, proposed in round 44): a game of chance offered in a marketing
  message that names the reader's money trouble; the game alone, the worry alone and debts from betting pass.
- CMP103 (a labelled h58 line, not counted): an East African plot number before its road ("Plot 14, Kiambu Road").
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR303, a status before a lone link (false negative) ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Academia Tordo: la cuota de octubre de {{alumno}} sigue pendiente. https://tordo.edu.pe/c", "es-PE", "https://tordo.edu.pe/c"),
        ("Gimnasio Ceibo: tu membresía anual se renueva el lunes 4 de octubre. https://ceibo.mx/m/22", "es-MX", "https://ceibo.mx/m/22"),
        ("Mensajería Garza: hoy intentamos entregar tu caja y no había nadie. https://garza.cl/e/71", "es-CL", "https://garza.cl/e/71"),
        ("Fernhill Water: your quarterly charge of £61.40 is overdue. https://fernhillwater.co.uk/q", "en-GB", "https://fernhillwater.co.uk/q"),
        ("Kettle Lane School: hi {{first_name}}, lunch money for {{child}} is still outstanding. https://kettlelane.sch.uk/l", "en-GB", "https://kettlelane.sch.uk/l"),
        ("Tallow Courier: we tried to deliver your parcel this morning. https://tallowcourier.com/d/5", "en-US", "https://tallowcourier.com/d/5"),
    ],
)
def test_link_alone_after_a_status_that_names_no_act_is_bare(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # A label on the link, the act in the sentence, a status away from the link (a document made available before a
        # link alone is bare since round 58).
        ("Academia Tordo: la cuota de octubre sigue pendiente. Pago: https://tordo.edu.pe/c", "es-PE"),
        ("Academia Tordo: la cuota de octubre sigue pendiente y puedes pagarla aquí. https://tordo.edu.pe/c", "es-PE"),
        ("Fernhill Water: your quarterly charge is overdue. Pay: https://fernhillwater.co.uk/q", "en-GB"),
        ("Fernhill Water: your quarterly charge is due on Friday, pay it in the app. https://fernhillwater.co.uk/q", "en-GB"),
        ("Fernhill Water: your charge is overdue. You can settle it by card or transfer. https://fernhillwater.co.uk/q", "en-GB"),
    ],
)
def test_link_after_a_status_with_its_act_is_not_bare(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == []


# --- clarity: CLR303, the link as the object of a verb of looking (false negative) -----------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Vivero Tala: hola {{nombre}}, por favor revisa https://tala.cl/n/3 antes del jueves.", "es-CL", "https://tala.cl/n/3"),
        ("Marlow Kennels: hi {{first_name}}, please check https://marlowk.com/n/3 by Monday.", "en-GB", "https://marlowk.com/n/3"),
    ],
)
def test_link_as_the_object_of_a_verb_of_looking_is_bare(registry: Registry, body: str, locale: str, span: str) -> None:
    brand = body.split(":", 1)[0]
    assert spans(registry, "CLR303", body=body, locale=locale, channel="push", category="alert", brand=brand) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Vivero Tala: hola {{nombre}}, revisa tu pedido en https://tala.cl/n/3 antes del jueves.", "es-CL"),
        ("Marlow Kennels: hi {{first_name}}, please check https://marlowk.com/n/3 for the new kennel rota.", "en-GB"),
        ("Marlow Kennels: hi {{first_name}}, your new kennel rota is out. Please check https://marlowk.com/n/3 by Monday.", "en-GB"),
    ],
)
def test_verb_of_looking_with_what_the_link_holds_is_not_bare(registry: Registry, body: str, locale: str) -> None:
    brand = body.split(":", 1)[0]
    assert spans(registry, "CLR303", body=body, locale=locale, channel="push", category="alert", brand=brand) == []


# --- clarity: CLR403 (false negative) ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        ("Cine Ámbar: la ópera en directo desde Lisboa empieza el viernes a las 20:30.", "es-CO", "marketing", "20:30"),
        ("Reelhouse: the recital, streamed live from Lisbon, starts on Friday at 8:30 pm.", "en-US", "marketing", "8:30 pm."),
        ("Cine Ámbar: la final empieza el domingo a las 18:00. Conéctate desde la aplicación.", "es-PE", "marketing", "18:00"),
        ("Rentacar Sur: una asesora de nuestra central de Buenos Aires te llamará el martes a las 11:00.", "es-CO", "service", "11:00"),
    ],
)
def test_broadcast_from_abroad_app_and_office_abroad_need_a_zone(registry: Registry, body: str, locale: str, category: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="push", category=category) == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # Music live at a venue the reader goes to, a broadcast from home, an office at home, the zone given.
        ("Café Ámbar: música en vivo en nuestro local de Lima el viernes a las 20:30.", "es-CO", "marketing"),
        ("Cine Ámbar: la ópera en directo desde Bogotá empieza el viernes a las 20:30.", "es-CO", "marketing"),
        ("Rentacar Sur: una asesora de nuestra central de Medellín te llamará el martes a las 11:00.", "es-CO", "service"),
        ("Cine Ámbar: la ópera en directo desde Lisboa empieza el viernes a las 20:30, hora de Bogotá.", "es-CO", "marketing"),
    ],
)
def test_local_venue_home_broadcast_or_zone_given_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="push", category=category) == []


# --- clarity: CLR301 (false positive) ---------------------------------------------------------------------------------


def test_invitation_closing_an_event_is_a_call_to_action(registry: Registry) -> None:
    body = "Taller Olmo: el domingo hay feria de cerámica en el patio del taller, de 10:00 a 14:00. Los esperamos. Responde BAJA para no recibir más."
    assert spans(registry, "CLR301", body=body, locale="es-ES", channel="sms", category="marketing") == []


@pytest.mark.parametrize(
    "body",
    [
        # Waiting for a reply, or for the reader's payment, invites to no visit.
        "Taller Olmo: el domingo hay feria de cerámica en el patio del taller. Esperamos tu opinión. Responde BAJA para no recibir más.",
        "Taller Olmo: el domingo hay feria de cerámica en el patio del taller. Responde BAJA para no recibir más.",
    ],
)
def test_event_without_an_invitation_still_lacks_a_call_to_action(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR301", body=body, locale="es-ES", channel="sms", category="marketing") == [""]


# --- compliance: CMP406 (false positive) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Talleres Roble: su clave de ingreso es 550912. No comparta esta clave con nadie.",
        "Talleres Roble: su clave de ingreso es 550912. Por seguridad, no compartan este número.",
    ],
)
def test_usted_warning_without_a_pronoun_is_a_warning(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP406", body=body, locale="es-CO", channel="sms", category="otp") == []


def test_code_without_any_warning_is_still_reported(registry: Registry) -> None:
    body = "Talleres Roble: su clave de ingreso es 550912. Comparta su opinión en la encuesta."
    assert spans(registry, "CMP406", body=body, locale="es-CO", channel="sms", category="otp") != []


# --- compliance: CMP304 (false negative) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Reserva tu planta en https://vivero-lasjaras-cl.com/r\n\nBaja: https://viverolasjaras.cl/baja", "es-CL", "https://vivero-lasjaras-cl.com/r"),
        ("Book at https://north-quay-uk.com/book\n\nUnsubscribe: https://northquay.co.uk/u", "en-GB", "https://north-quay-uk.com/book"),
    ],
)
def test_name_with_the_country_moved_into_it_imitates_the_other_link(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, channel="email", category="marketing", subject="Novedades") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # The name run together on two suffixes, a hyphenated name alone, another country's code.
        ("Reserva tu planta en https://viverolasjaras.com/r\n\nBaja: https://viverolasjaras.cl/baja", "es-CL"),
        ("Reserva tu planta en https://vivero-lasjaras-cl.com/r", "es-CL"),
        ("Book at https://north-quay-ie.com/book\n\nUnsubscribe: https://northquay.co.uk/u", "en-GB"),
    ],
)
def test_same_name_on_two_suffixes_or_one_link_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, channel="email", category="marketing", subject="Novedades") == []


# --- compliance: CMP210, gambling offered for money trouble (false negative, h57) ---------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Trébol Dorado: ¿no llegas a fin de mes? Prueba la quiniela del domingo desde 1 €. Responde BAJA para no recibir más.", "es-ES", "quiniela"),
        ("Goldleaf Games: can't pay the rent this month? Our scratchcards start at £1. Reply STOP to opt out.", "en-GB", "scratchcards"),
    ],
)
def test_game_of_chance_offered_for_money_trouble(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP210", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # The game without the worry, the worry without a game (debts from betting), a retailer's own reminder.
        ("Trébol Dorado: la quiniela del domingo ya está abierta desde 1 €. Responde BAJA para no recibir más.", "es-ES", "marketing"),
        ("Brightway Advice: struggling with debts from betting? Our free advisers can help. Reply STOP to opt out.", "en-GB", "marketing"),
        ("Trébol Dorado: tu recibo de la lotería del club sigue pendiente; si tienes problemas económicos, llámanos.", "es-ES", "collections"),
    ],
)
def test_game_or_worry_alone_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert spans(registry, "CMP210", body=body, locale=locale, channel="sms", category=category) == []


# --- compliance: CMP103, found on a labelled h58 line (not counted by the eval) ------------------------------------------


def test_plot_number_before_its_road_is_a_postal_address(registry: Registry) -> None:
    body = "Hi, our honey wine is back this week. Shop: https://nyukihouse.co.ke/s\n\nNyuki House · Plot 7, Ngong Road, Nairobi\nUnsubscribe: https://nyukihouse.co.ke/u"
    assert spans(registry, "CMP103", body=body, locale="en-KE", channel="email", category="marketing", subject="Back in stock") == []


def test_plot_without_a_road_is_no_address(registry: Registry) -> None:
    body = "Hi, our honey wine is back this week. Shop: https://nyukihouse.co.ke/s\n\nNyuki House · the plot by the river\nUnsubscribe: https://nyukihouse.co.ke/u"
    assert spans(registry, "CMP103", body=body, locale="en-KE", channel="email", category="marketing", subject="Back in stock") == [""]
