"""What the blind sets h74 and h75 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR403 (h74): a destination is a place too ("leaving our Toronto workshop for Vancouver", "rumbo a").
- False negative, CLR107 (h75): a relative clause holding a second relative that is interrupted at once.
- False negative, CMP403 (h74): a cédula with its check digit after a hyphen ("4.567.890-1", Uruguay).
- False negative, CMP409 (h74): a secret named first, then asked back by a pronoun ("respóndenos con él", "reply with it").
- False negative, CMP207 (h75): a cure promised as a noun ("curación garantizada") and a farewell to a disease.
- Info, CLR402 (h74): an hour glued to a letter is part of a code (a Canadian postcode, "M4H 2B3"), not a time.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.detectors import find_national_ids
from sendlint.registry import Registry

# --- clarity: CLR403, a destination named after a verb of leaving (false negative) -------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        # two places of the reader's country on two clocks, one of them the destination, and a call
        ("Your harp is leaving our Toronto workshop for Vancouver today; our driver will call you on Monday at 9:00.",
         "en-CA", "9:00"),
        ("Tallis Clocks: your longcase clock is leaving our Edinburgh workshop for Perth. Our courier will call you on "
         "Friday at 8:30.", "en-AU", "8:30"),
        ("Relojes Oñate: tu reloj sale hoy de nuestro taller de Monterrey rumbo a Tijuana. Te llamaremos el viernes a las "
         "9:00 para coordinar la entrega.", "es-MX", "9:00"),
    ],
)
def test_a_destination_after_a_verb_of_leaving_is_a_place(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the destination on the same clock as the workshop
        ("Your harp is leaving our Toronto workshop for Ottawa today; our driver will call you on Monday at 9:00.", "en-CA"),
        ("Relojes Oñate: tu reloj sale hoy de nuestro taller de Monterrey rumbo a Saltillo. Te llamaremos el viernes a las "
         "9:00.", "es-MX"),
        # "for" without a verb of leaving names a purpose or a person, not a destination
        ("Our Toronto office is collecting coats for Vancouver shelters; we'll call you on Monday at 9:00.", "en-CA"),
    ],
)
def test_a_destination_on_the_same_clock_or_no_destination_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="service") == []


# --- clarity: CLR107, a relative holding a second relative interrupted at once (false negative) ------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Lumen Bikes: because the battery you ordered, which was stored in a warehouse that, after last week's stock "
            "count, was moved to another city, is delayed, your delivery date has changed to next month.",
            "en-GB",
            "that, after",
        ),
        (
            "Bicis Lumen: como la batería que pediste, que estaba guardada en un almacén que, tras el recuento de la semana "
            "pasada, se trasladó a otra ciudad, llega con retraso, tu entrega pasa al mes siguiente.",
            "es-ES",
            "que, tras",
        ),
    ],
)
def test_a_relative_holding_an_interrupted_relative(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="email", category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the same shape in a short sentence
        ("Lumen Bikes: the battery, which sat in a warehouse that, after the count, moved, is late.", "en-GB"),
        # the inner relative is not interrupted
        (
            "Lumen Bikes: because the battery you ordered, which was stored in a warehouse that was moved to another city "
            "after last week's stock count, is delayed, your delivery date has changed to next month.",
            "en-GB",
        ),
        (
            "Bicis Lumen: como la batería que pediste, que estaba guardada en un almacén que se trasladó a otra ciudad tras "
            "el recuento de la semana pasada, llega con retraso, tu entrega pasa al mes siguiente.",
            "es-ES",
        ),
    ],
)
def test_an_uninterrupted_or_short_nesting_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="email", category="transactional") == []


# --- compliance: CMP403, a cédula with its check digit after a hyphen (false negative) --------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Socio inscrito con cédula de identidad 4.567.890-1, categoría juvenil.", "4.567.890-1"),
        ("Titular: documento de identidad 4567890-1.", "4567890-1"),
        ("la cédula 3.210.987-6 del conductor", "3.210.987-6"),
    ],
)
def test_a_cedula_with_its_check_digit(text: str, number: str) -> None:
    assert [d.text for d in find_national_ids(text)] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Pedido 4.567.890-1 despachado",  # no identity label
        "cédula profesional 4.567.890-1",  # a professional licence, a public register
        "la cédula cuesta $ 1.250.000-3 en la notaría",  # a price after the word, not a number after its label
    ],
)
def test_a_hyphenated_number_without_the_label_passes(text: str) -> None:
    assert find_national_ids(text) == ()


def test_the_cedula_with_its_check_digit_is_reported_in_a_message(registry: Registry) -> None:
    body = "Hola, Rosario: el carné de la biblioteca ya está a tu nombre, cédula de identidad 4.567.890-1. Pasá a buscarlo."
    assert spans(registry, "CMP403", body=body, locale="es-UY", channel="email", subject="Tu carné",
                 category="service") == ["4.567.890-1"]


# --- compliance: CMP409, a secret named first, asked back by a pronoun (false negative) --------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Cerrajería Norte: para abrir el portón mañana necesitamos la clave de la alarma; contéstanos con ella por aquí.",
         "es-CO", "clave de la alarma; contéstanos con ella"),
        ("Cerrajería Norte: necesitamos el NIP de tu caja fuerte. Envíanoslo antes del lunes.",
         "es-MX", "NIP de tu caja fuerte. Envíanoslo"),
        ("Northgate Locks: to fit the new lock we need the PIN of your key safe; please text it to us before Monday.",
         "en-GB", "PIN of your key safe; please text it to us"),
        ("Northgate Locks: we need your alarm passcode and the gate code, so reply with both when you can.",
         "en-US", None),
    ],
)
def test_a_secret_asked_back_by_a_pronoun(registry: Registry, body: str, locale: str, span: str | None) -> None:
    found = spans(registry, "CMP409", body=body, locale=locale, channel="whatsapp", category="service")
    # "so reply" does not open its clause: a word stands between the comma and the verb
    assert found == ([span] if span else [])


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # "con el" before a noun is an article, not the pronoun
        ("Cerrajería Norte: tu PIN es personal; respóndenos con el número de pedido.", "es-CO"),
        # a warning: the reply verb does not open its clause
        ("Northgate Locks: never share your PIN; if anyone asks you to reply with it, ignore them.", "en-GB"),
        ("Northgate Locks: keep your PIN private, and never send it to us.", "en-GB"),
        ("Cerrajería Norte: tu clave es solo tuya. Nunca nos respondas con ella.", "es-CO"),
        # pins in the plural are a haberdasher's, not a secret
        ("Lacewing Hats: we have two hat pins left, the pearl and the jet; reply with both if you want them.", "en-GB"),
    ],
)
def test_a_warning_or_another_noun_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP409", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- compliance: CMP207, a cure promised as a noun, and a farewell to a disease (false negative) ------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Imanes Vita: nuestro cojín magnético ofrece una curación garantizada. Pídelo en https://imanesvita.es.",
         "es-ES", "curación garantizada"),
        ("Copperline: our copper bracelet is a guaranteed cure for stiff joints. Order at https://copperline.com.",
         "en-US", "guaranteed cure"),
        ("Plantillas Paso: con nuestras plantillas, dile adiós a la tendinitis. Pídelas en https://pasoplantillas.mx.",
         "es-MX", "dile adiós a la tendinitis"),
        ("Saltmere: say goodbye to dermatitis with our sea-salt soap. Order at https://saltmere.com.",
         "en-GB", "say goodbye to dermatitis"),
    ],
)
def test_a_promised_cure_or_a_farewell_to_a_disease(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, channel="email", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a negation denies the promise; the noun alone passes
        ("Plantillas Paso: no existe una cura garantizada para el dolor de talón, pero estas plantillas lo alivian.", "es-MX"),
        ("Copperline: researchers are still looking for a cure for arthritis; our gloves keep your hands warm.", "en-US"),
        # a resin's cure; a reminder; a cosmetic complaint; a season
        ("Resinova: full cure takes 72 hours, so leave the tabletop untouched until Monday.", "en-US"),
        ("Robledal: nuestros jamones, con 24 meses de curación garantizada, ya están en la tienda.", "es-ES"),
        ("Resinova: guaranteed cure in 60 seconds under the lamp for every resin we sell.", "en-US"),
        ("Trailhead Tours: don't forget your asthma inhaler for Saturday's hike.", "en-GB"),
        ("Spa Brisa: dile adiós a la celulitis con nuestro masaje de verano.", "es-ES"),
        ("Saltmere: say goodbye to winter with our spring soaps.", "en-GB"),
    ],
)
def test_other_cures_and_farewells_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, channel="email", category="marketing") == []


# --- clarity: CLR402, a postcode is no time (info) ----------------------------------------------------------------------


def test_a_postcode_is_no_time(registry: Registry) -> None:
    body = "Maple Kilns: our new studio is open. Visit us at 80 Front Street, Toronto, ON M4H 2B3."
    assert spans(registry, "CLR402", body=body, locale="en-CA", category="service") == []


def test_a_time_after_a_space_still_counts(registry: Registry) -> None:
    body = "Maple Kilns: the studio opens at 10am on Saturday."
    assert spans(registry, "CLR402", body=body, locale="en-CA", category="service") == ["10am"]
