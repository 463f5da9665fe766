"""What the blind sets h92 and h93 showed in compliance and clarity (round 62; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CMP304 (h93): the sender's name hyphenated to a fine or a toll ("<name>-fines", «<name>-multas»), a
  payment lure as "-pagos" and "-billing" are.
- False negative, CMP403 (h92): a Singapore NRIC or FIN right after its label counts whatever its check letter, as a
  labelled RUT or DNI does.
- False negative, CLR303 (h93): a vague label ending in a colon right before the link in its own sentence ("update
  from <sender>:", «novedades de tu pedido:»).
- False negatives, CLR403 (h92, h93): money sent to a place abroad and said to be ready there for someone to collect;
  the readers named in the third person by where they join from ("for students joining from Perth").
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- compliance: CMP403, a labelled NRIC or FIN with a wrong check letter (false negative) ----------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Hi {{first_name}}, your locker is booked. NRIC no. T0000001Q on file. Glasshouse Gym", "T0000001Q"),
        ("Hi {{first_name}}, visitor pass approved. FIN: G1111111A. Harbourview Condo", "G1111111A"),
    ],
)
def test_a_labelled_nric_counts_whatever_its_check_letter(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="en-SG", channel="email", category="transactional") == [span]


@pytest.mark.parametrize(
    "body",
    [
        # the same shape with no label: a reference, as before
        "Hi {{first_name}}, your locker is booked. Ref T0000001Q on file. Glasshouse Gym",
        # a label in lower-case letters' shape is no NRIC
        "Hi {{first_name}}, NRIC checks are done at the desk; booking t0000001q confirmed. Glasshouse Gym",
    ],
)
def test_an_unlabelled_nric_shape_with_a_wrong_letter_passes(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="en-SG", channel="email", category="transactional") == []


# --- clarity: CLR303, a vague label before the link in its own sentence (false negative) -----------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Hi {{first_name}}, update from Lumen Optics: https://lumenoptics.com/u/7781", "en-US", "Lumen Optics",
         "https://lumenoptics.com/u/7781"),
        ("Hi Priya, an update on your booking: https://tidewell.in/b/22", "en-IN", "Tidewell",
         "https://tidewell.in/b/22"),
        ("Hola, {{nombre}}: novedades de Ópticas Brisa: https://brisaopticas.mx/n/31", "es-MX", "Ópticas Brisa",
         "https://brisaopticas.mx/n/31"),
        ("Hola, {{nombre}}, información sobre tu reserva: https://casaolmo.es/r/5", "es-ES", "Casa Olmo",
         "https://casaolmo.es/r/5"),
    ],
)
def test_a_vague_label_before_a_link_says_nothing(registry: Registry, body: str, locale: str, brand: str, span: str) -> None:
    found = spans(registry, "CLR303", body=body, locale=locale, brand=brand, channel="whatsapp", category="service")
    assert found == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the label says what the link is
        ("Hi {{first_name}}, your repair quote from Lumen Optics: https://lumenoptics.com/u/7781", "en-US", "Lumen Optics"),
        ("Hola, {{nombre}}, tu presupuesto de reparación: https://brisaopticas.mx/n/31", "es-MX", "Ópticas Brisa"),
        # the vague word opens a sentence that goes on saying what
        ("Hi {{first_name}}, update: your frames are ready, collect them at https://lumenoptics.com/u/7781", "en-US",
         "Lumen Optics"),
    ],
)
def test_a_label_that_says_what_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, brand=brand, channel="whatsapp", category="service") == []


# --- clarity: CLR403, money collected abroad; readers named by where they join from (false negatives) ------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi {{first_name}}, it's Sendwise. Your transfer to Nairobi will be ready for collection from 10:30 on Friday.",
         "en-GB", "10:30"),
        ("Hola, {{nombre}}. Te escribe Giros Faro. Tu giro de 200 € a Quito estará listo para cobrar desde las 10:00 del "
         "viernes.", "es-ES", "10:00"),
        ("Tanglewood Guitar School: for students joining from Denver, the online lesson on fingerpicking starts at 7pm "
         "on Thursday.", "en-IE", "7pm"),
        ("Tanglewood Guitar School: for members dialling in from Toronto, the Q&A opens at 6pm on Friday.", "en-GB", "6pm"),
        ("Escuela Tarima: para los alumnos que se conectan desde Bogotá, la clase de cajón empieza a las 19:00 del jueves.",
         "es-ES", "19:00"),
    ],
)
def test_a_time_read_in_another_place_needs_its_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a transfer within the reader's clock, and a parcel the reader collects in town
        ("Hi {{first_name}}, it's Sendwise. Your transfer to Manchester will be ready for collection from 10:30 on Friday.",
         "en-GB"),
        ("Hola, {{nombre}}. Te escribe Giros Faro. Tu pedido estará listo para recoger desde las 10:00 del viernes en Sevilla.",
         "es-ES"),
        # the students join from a place on the reader's own clock
        ("Tanglewood Guitar School: for students joining from Cork, the lesson on fingerpicking starts at 7pm on Thursday.",
         "en-IE"),
        # a condition: an offer to whoever is there
        ("Escuela Tarima: si te conectas desde Bogotá, escríbenos antes de las 19:00 del jueves.", "es-ES"),
    ],
)
def test_a_time_on_the_readers_clock_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="transactional") == []


# --- clarity: CLR107, a condition inside a relative clause with its own prepositional relative (false negatives) ------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Larchmont Storage: the unit rent, which covers the climate control only if you chose it when you moved in, in "
         "which case it is billed with the insurance, is still unpaid. Pay at https://larchmont.com/pay.", "en-US",
         "which covers the climate control only if you chose it when you moved in, in which"),
        ("Bodegas Nervión: la cuota del trastero, que cubre el seguro salvo que lo contrataras por tu cuenta, en cuyo caso "
         "se descuenta de la fianza, sigue pendiente. Paga en https://bodegasnervion.es/pago.", "es-ES",
         "que cubre el seguro salvo que lo contrataras por tu cuenta, en cuyo"),
    ],
)
def test_a_condition_nested_in_a_relative_is_interrupted(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a condition inside the relative and no third clause after it
        ("Larchmont Storage: the unit rent, which covers the climate control only if you chose it when you moved in last "
         "spring with the family, is still unpaid today. Pay at https://larchmont.com/pay.", "en-US"),
        # the condition's comma closes on a bare "que", a conjunction here
        ("Bodegas Nervión: te recordamos que la cuota del trastero vence el lunes si no la adelantas por la app, que es lo "
         "más rápido para ti esta semana. Paga en https://bodegasnervion.es/pago.", "es-ES"),
    ],
)
def test_a_condition_in_a_relative_alone_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="sms", category="collections") == []


# --- compliance: CMP304, the name hyphenated to a fine or a toll (false negative) -------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Ashcombe District Council: a penalty notice was issued for your car on Mill Lane. Pay at "
         "https://ashcombe-penalties.com/pay", "en-GB", "Ashcombe District Council", "ashcombe-penalties.com"),
        ("Ayuntamiento de Villaserena: tienes una multa de aparcamiento pendiente. Consulta y paga en "
         "https://villaserena-multas.es/aviso", "es-ES", "Ayuntamiento de Villaserena", "villaserena-multas.es"),
        ("Harlow Road Authority: your bridge toll is due. Pay at https://harlowroad-tolls.com/pay", "en-GB",
         "Harlow Road Authority", "harlowroad-tolls.com"),
    ],
)
def test_a_name_hyphenated_to_a_fine_is_a_lookalike(registry: Registry, body: str, locale: str, brand: str, span: str) -> None:
    found = spans(registry, "CMP304", body=body, locale=locale, brand=brand, channel="sms", category="alert")
    assert [text.split("//")[-1].split("/")[0] for text in found] == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the council's own domain, and a fines page under it
        ("Ashcombe District Council: a penalty notice was issued for your car on Mill Lane. Pay at "
         "https://fines.ashcombe.gov.uk/pay", "en-GB", "Ashcombe District Council"),
        # a common word with "fine": not the sender's name
        ("Ashcombe District Council: bins are collected on Friday. Details at https://district-fines.com/bins", "en-GB",
         "Ashcombe District Council"),
    ],
)
def test_a_fines_page_of_the_senders_own_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand, channel="sms", category="alert") == []
