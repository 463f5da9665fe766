"""What the blind sets h126 and h127 showed in clarity (round 79; the other families are analysed elsewhere), as
classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positives, CLR302 (h127): an email's subject that restates an act the body names ("Registra tu marca" over
  «te ayudamos a registrar tu marca») is the headline of the body's offer and competes with none of its calls; and a
  verb of cta.yaml that is also a noun, after "and" in the object a preposition opened ("with your own photo and
  message in two minutes"), is that object's second noun.
- False negatives, CLR304 (h126, h127): the closing request's object may be a longer noun phrase (a possessive, a
  hyphenated word, a phrase saying whose or which: "confirm your son's seat in the county final"), the request may open
  with a phrase pointing back at a date given ("Before then, please ..."), "pre-visit" names a form and no visit, and the
  sender naming itself by part of its name ("Brightwell here.") points nowhere.
- False negative, CLR403 (h126): the reader addressed as one abroad ("as an overseas entrant", «como socia del
  extranjero») reads the time on another clock.
- False negative, CLR404 (h127): two different sums each said to include the same charges ("including council fees")
  are one whole told twice.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR302, the subject's headline and a noun after "and" ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "subject", "locale"),
    [
        ("Hola, {{nombre}}: ya abriste tu taller; ahora cuida tu clientela. Diseñamos tu logotipo por 900 pesos."
         " Empieza tu pedido en https://tallerluz.example/logo.", "Diseña tu logotipo con Taller Luz", "es-MX"),
        ("Hi {{first_name}}, Father's Day is on Sunday. Order a mug with your own photo and text in a few clicks."
         " Pick a colour at https://mugmill.example/dad.", "Photo mugs for Father's Day", "en-GB"),
    ],
)
def test_a_headline_and_a_coordinated_noun_do_not_compete(registry: Registry, body: str, subject: str, locale: str) -> None:
    assert spans(registry, "CLR302", body=body, subject=subject, locale=locale, channel="email", category="marketing") == []


def test_a_short_spanish_verb_in_the_subject_is_found_as_a_word(registry: Registry) -> None:
    """«haz» has no stem to look for («h» would be found in «Hola»): the subject restates nothing here and still counts."""
    body = ("Hola, {{nombre}}: nuestras noches de taller empiezan el viernes 4 de junio: trae tu propia tela y usa nuestras "
            "máquinas por 10 € la noche. Reserva una noche en https://tallerpunto.example/noches. Para no recibir más "
            "correos, date de baja en https://tallerpunto.example/baja. Taller Punto, calle Mayor 5, Valencia.")
    found = spans(registry, "CLR302", body=body, subject="Haz tu pedido hoy", locale="es-ES", channel="email",
                  category="marketing")
    assert found == ["Reserva"]
    assert spans(registry, "CLR302", body=body, subject="Noches de taller", locale="es-ES", channel="email",
                 category="marketing") == []


@pytest.mark.parametrize(
    ("body", "subject", "locale", "span"),
    [
        # three calls in the body still compete, whatever the subject says
        ("Hola, {{nombre}}: descarga la app, visita la tienda y llama al 555 123 4567.", "Diseña tu logotipo",
         "es-MX", "llama"),
        # the verb after "and" with its own object or place is another call
        ("Hi {{first_name}}, send a mug with your own photo and message us at https://mugmill.example/help."
         " Choose a colour at https://mugmill.example/dad.", "Photo mugs", "en-GB", "Choose"),
    ],
)
def test_calls_in_the_body_still_compete(registry: Registry, body: str, subject: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR302", body=body, subject=subject, locale=locale, channel="email", category="marketing") == [span]


# --- clarity: CLR304, a longer object, a date pointed back at, the sender by part of its name -----------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Liga Ajedrez Norte: please confirm your son's seat in the county final.", "en-GB",
         "confirm your son's seat in the county final"),
        ("Liga Ajedrez Norte: confirma la plaza de tu hija en la fase provincial.", "es-ES",
         "confirma la plaza de tu hija en la fase provincial"),
        ("Hi {{first_name}}, Brightwell here. Your eye scan is on Friday 4 June at 9:15. Before then, please complete"
         " your pre-scan questionnaire.", "en-GB", "complete your pre-scan questionnaire"),
        ("Hola, {{nombre}}. Tu ecografía es el viernes 4 de junio a las 9:15. Antes de esa fecha, completa tu"
         " cuestionario previo.", "es-ES", "completa tu cuestionario previo"),
    ],
)
def test_a_closing_request_with_a_longer_object_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="whatsapp", category="service",
                 brand="Brightwell Imaging") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the way is named
        ("Liga Ajedrez Norte: please confirm your son's seat in the county final in the app.", "en-GB"),
        ("Liga Ajedrez Norte: confirma la plaza de tu hija en la fase provincial en https://ajedreznorte.example.", "es-ES"),
        ("Hi {{first_name}}, your eye scan is on Friday 4 June. Before then, please complete your pre-visit form online.", "en-GB"),
        # a day in the object dates it
        ("Liga Ajedrez Norte: please confirm your son's seat for Saturday.", "en-GB"),
        ("Liga Ajedrez Norte: confirma la plaza de tu hija para el sábado.", "es-ES"),
    ],
)
def test_a_closing_request_with_its_way_or_day_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- clarity: CLR403, the reader addressed as one abroad ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Copa Lumbre: como socia del extranjero, tu entrevista con el jurado es el jueves 3 de junio a las 18:30.",
         "es-ES", "18:30"),
        ("Harbour Quiz: as an overseas contestant, your interview with the panel is at 6:30 pm on Friday 4 June.",
         "en-GB", "6:30 pm"),
    ],
)
def test_the_reader_addressed_as_one_abroad_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="push", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Copa Lumbre: como socia del club, tu entrevista con el jurado es el jueves 3 de junio a las 18:30.", "es-ES"),
        ("Harbour Quiz: as an overseas contestant, your interview with the panel is at 6:30 pm UK time on Friday 4 June.",
         "en-GB"),
    ],
)
def test_a_reader_at_home_or_a_zone_said_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="push", category="service") == []


# --- clarity: CLR404, two sums each including the same charges -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi {{first_name}}, your licence fee is £240 including council charges. The amount due including council"
         " charges is £310. Pay at https://harbourlic.example/pay.", "en-GB", "£310"),
        ("Hola, {{nombre}}: la matrícula es de 480 € con IVA incluido. El importe a pagar con IVA incluido es de"
         " 560 €. Paga en https://academialuz.example/pago.", "es-ES", "560 €"),
    ],
)
def test_two_sums_including_the_same_charges_fire(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # one sum includes the charges, the other is the part they add
        ("Hi {{first_name}}, your licence fee is £240. The amount due including council charges of £70 is £310."
         " Pay at https://harbourlic.example/pay.", "en-GB"),
        # far apart: a month and a year
        ("Hola, {{nombre}}: la cuota es de 40 € con IVA incluido. El año, con IVA incluido, es de 480 €."
         " Paga en https://academialuz.example/pago.", "es-ES"),
    ],
)
def test_sums_that_relate_or_stand_far_apart_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == []
