"""CLR504 unexplained-jargon (round 53): one unexplained code among the sender's trade words.

h74 (and blind misses of h52, h54, h68, h71) gave the reader a single code in capitals inside a sentence of the trade's
own words ("the dial plate recut for its declination with the EoT correction"); CLR503 needs three abbreviations, as one
may be a name the lists lack. A code is "unexplained" as CLR503 reads it; a trade word is a lower-case word of five
letters or more that the language's frequent and attested words lack.

New wording only (none of it comes from the evaluation corpora). Each test asserts the rule id and the text it points
at; the traps are clean copy with a known acronym and trade words, a code among ordinary words, names and places,
hyphenated compounds, voseo, everyday verb forms, plurals and British spellings of frequent words, codes explained in
brackets, roman numerals and references.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans
from conftest import make_message

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Relojería Iris: a tu reloj le hicimos el rebruñido del áncora y la cuña del TPR quedó enrasada.", "es-ES", "TPR"),
        ("Iris Watches: your spindle was repivoted and the escapement rebushed to the BHX spec.", "en-GB", "BHX"),
        ("Apiario Miel Norte: la colmena pasó el KVT y la alza melaria quedó con cerúmenes tras la trashumancia.", "es-ES", "KVT"),
        ("Harbor Sails: your genoa was reluffed and the leech battened; we also moved the clew to the DFX cut.", "en-US", "DFX"),
        # a code with its number is no reference among trade words
        ("Loom & Leaf: your linen was mercerised and calendered, then overdyed to the KDL 4412 shade.", "en-US", "KDL"),
        # an initialism with a small word in lower case
        ("Sunpath: the gnomon was realigned for your latitude, with the BoQ offset and the analemmatic scale.", "en-CA", "BoQ"),
    ],
)
def test_a_code_among_trade_words_is_jargon(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR504", body=body, locale=locale, category="service") == [span]


def test_the_message_names_the_code_and_the_words(registry: Registry) -> None:
    from sendlint.engine import evaluate

    message = make_message(body="Iris Watches: your spindle was repivoted and the escapement rebushed to the BHX spec.", locale="en-GB")
    (finding,) = [f for f in evaluate(message, registry).findings if f.rule == "CLR504"]
    assert "BHX" in finding.message and "repivoted" in finding.message and "rebushed" in finding.message


def test_a_subject_is_read_too(registry: Registry) -> None:
    subject = "Tu reloj: rebruñido del áncora y cuña del TPR enrasada"
    found = spans(registry, "CLR504", field="subject", subject=subject, body="Relojería Iris: tu reloj está listo.", locale="es-ES", channel="email")
    assert found == ["TPR"]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # known acronyms beside trade words
        ("Banco Sur: tu tarjeta nueva llegó a la sucursal; acude con tu DNI y elige tu PIN en el cajero automático.", "es-ES"),
        ("Ferretería Luna: tu factura con IVA desglosado ya está disponible; el taladro percutor y la amoladora angular llegan mañana.", "es-MX"),
        ("Oak Joinery: your invoice with VAT is attached; the dovetailed drawers and the mortised frame ship Friday.", "en-GB"),
        ("Northwind: we sent an SMS with your code; the replacement thermostat and the condensate pump arrive Tuesday.", "en-US"),
        ("Tu NIP llegará por SMS; la reposición de la tarjeta de débito no tiene costo.", "es-MX"),
        # an unknown code among ordinary words is a name the lists lack
        ("Hola, Marta: tu pedido ZKQ ya salió del almacén y llega el jueves por la mañana a tu domicilio.", "es-ES"),
        ("Hi Tom, your order ZKQ left our warehouse and should arrive Thursday morning at your address.", "en-US"),
        # voseo forms and everyday verb forms the frequent words lack
        ("Hola, Juli: confirmá tu turno en la app, elegís el horario y escribíte si necesitás algo del equipo TRX.", "es-AR"),
        ("Hola, Ana: actualizaremos tu ficha y gestionaremos el cambio con el equipo OTB esta semana.", "es-ES"),
        ("Hola, Ana: reprogramaremos tu cita y te reenviaremos el enlace; el equipo de la OTB te llamará.", "es-ES"),
        # a British spelling whose American one is frequent
        ("Hi Sam, your HOA statement is ready; the landscaping and snowplowing charges are itemised.", "en-GB"),
        # a plural whose singular is frequent
        ("Hola: tu boleta del TAG llegó; los pórticos de la autopista y los peajes interurbanos suman $12.400.", "es-CL"),
        # names and places are capitalised
        ("Hi Priya, your parcel left Ouagadougou for Kirkcudbright via the ORX hub and Tiruchirappalli on Monday.", "en-GB"),
        # hyphenated compounds of everyday words
        ("Hi Sam, your pick-up window and the drop-off slot are set; the QRT desk will text you a follow-up reminder.", "en-US"),
        # a code explained in brackets, after it or opening them
        ("Relojería Iris: la cuña del TPR (tope de la rueda) quedó enrasada tras el rebruñido del áncora.", "es-ES"),
        ("Iris Watches: the balance (BHX, the part that keeps the beat) was repivoted and the escapement rebushed.", "en-GB"),
        ("Sunpath: the EoT (equation of time) correction was applied, so your dial was recut for its declination.", "en-US"),
        # a flight with its number among ordinary words, roman numerals, names in mixed case
        ("Hola, Ana: tu vuelo IB 3120 sale mañana de la terminal 4 a las 10:00; llega a Lima por la tarde.", "es-ES"),
        ("Hi Ana, flight BA 2490 leaves Gatwick tomorrow morning; boarding closes thirty minutes before departure.", "en-GB"),
        ("Órgano Real: el Lleno III-IV del instrumento se afinó y la lengüetería quedó ecualizada tras la limpieza.", "es-ES"),
        ("Hi Sam, your iPhone repair at McDonald Street is done; the screen and the battery were replaced today.", "en-US"),
    ],
)
def test_no_jargon_without_an_unexplained_code_among_trade_words(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR504", body=body, locale=locale, category="service") == []


def test_the_brands_own_words_are_no_trade_words(registry: Registry) -> None:
    body = "Hi Jo, your zentrix order from the ZTX store ships today with the flexitrack bundle."
    assert spans(registry, "CLR504", body=body, locale="en-US", brand="Zentrix Flexitrack") == []


def test_a_field_clr503_reports_is_left_to_it(registry: Registry) -> None:
    body = "Iris Watches: your spindle was repivoted per BHX, the escapement rebushed per QLT and the arbor trued per ZRN."
    assert spans(registry, "CLR503", body=body, locale="en-GB", category="service")
    assert spans(registry, "CLR504", body=body, locale="en-GB", category="service") == []
