"""What the seventeenth blind set (h17) showed over- and under-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it.

- False positive, CMP101 (es): an opt-out instruction labelled as such at the start of its sentence, whatever its
  keyword ("Baja: responde NO.", "Para salir: mandá FIN"); a bare "Responde NO para cancelar" is no opt-out.
- False positive, CMP103 (es): a street named without its type, its number and a capital or large city closing the
  line ("Sarandí 675, Montevideo"), the Río de la Plata habit.
- False positive, LNG101: regional Spanish vocabulary known to the region's own dictionary (es-UY "zapallo", es-AR
  "sudestada"); a first name opening a sentence before "from/de" and a place ("Amaka from Lisbon"), unless a
  dictionary suggestion is at most two edits away (then it is a typo).
- False positive, CLR403: the maintenance of a part of a building named by its number or street ("el ascensor del
  portal 2"), read on the building's clock.
- False negative, CLR502: two different internal codes given as items of the reader's booking ("la FDP ... el TR").
- False negative, CMP201: cider as the drink on offer ("craft cider", "sidra"), free wine, a wine tasting.
- False negative, LNG102: "explicamos porque", gender disagreement after a verb of state ("quedan listos"), "send
  there report", "less then the", "if your keen to", "its looking great", "Their records is".
- False negative, tone: a paid service held over the reader as a pity (TON107), judging the reader's aptitude, "hope
  you're not one of them", mock surprise at a repeated slip (TON109), "maybe you don't care, but they do" and a
  child as the only one left behind (TON111).
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- compliance: CMP101 false positives, labelled opt-outs ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Vivero Lomas: plantines a mitad de precio este sábado. Baja: responde NO.", "es-MX", False),
        ("Vivero Lomas: plantines a mitad de precio este sábado. Para salir: mandá FIN.", "es-AR", False),
        ("Lomas Nursery: seedlings half price this Saturday. Opt out: text END.", "en-US", False),
        # A reply keyword with no label, or a label word that ends another sentence, is no opt-out.
        ("Vivero Lomas: plantines a mitad de precio. Responde NO si no puedes venir.", "es-MX", True),
        ("Vivero Lomas: llegó la temporada baja. Responde NO si no quieres la visita.", "es-MX", True),
        ("Lomas Nursery: seedlings half price. Reply NO if you can't make it.", "en-US", True),
    ],
)
def test_labelled_opt_out_counts(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP101", body=body, locale=locale, category="marketing", channel="sms")) is fires


# --- compliance: CMP103 false positives, street without its type --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Librería Sur: llegaron novedades.\nLibrería Sur, Sarandí 675, Montevideo\nPara darte de baja: x.uy/baja", False),
        ("Taller Norte: nuevo curso. Taller Norte, Paraguay 1180, Buenos Aires. Para darte de baja: x.ar/baja", False),
        # A weekday and a city opening a sentence is no address.
        ("Taller Norte: nuevo curso el lunes 12, Santiago te espera. Para darte de baja: x.cl/baja", True),
    ],
)
def test_street_without_type_is_an_address(registry: Registry, body: str, fires: bool) -> None:
    found = finding_texts(registry, "CMP103", body=body, locale="es-UY", category="marketing", channel="email", subject="Novedades")
    assert bool(found) is fires


# --- language: LNG101 false positives --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Chacra del Este: esta semana hay zapallos y boniatos de la zona.", "es-UY", False),
        ("Club Náutico Sur: se espera sudestada para el domingo; revisá las amarras.", "es-AR", False),
        ("Chiamaka from Abuja wants to practise French with you on the app.", "en-NG", False),
        ("Xóchitl de Puebla quiere practicar inglés contigo en la app.", "es-MX", False),
        # A typo stays a typo: in the name slot (near a dictionary word) and in a regional message.
        ("Greetigns from Abuja, your tutor is online.", "en-NG", True),
        ("Saludso de Puebla, tu tutora está en línea.", "es-MX", True),
        ("Club Náutico Sur: se espera sudestadda para el domingo.", "es-AR", True),
    ],
)
def test_regional_words_and_introduced_names(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG101", body=body, locale=locale, category="service", channel="push")) is fires


# --- clarity: CLR403 false positive, CLR502 false negative -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Elevadores Centro: el elevador de la torre B estará en mantenimiento el jueves de 10:00 a 12:00; el portal de vecinos tiene los detalles.", False),
        ("Elevadores Centro: el ascensor del portal 3 estará parado por mantenimiento el jueves de 10:00 a 12:00.", False),
        # An online service's downtime still needs the zone.
        ("Banco Centro: el portal de clientes estará en mantenimiento el jueves de 10:00 a 12:00.", True),
    ],
)
def test_building_maintenance_is_local(registry: Registry, body: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR403", body=body, locale="es-MX", category="alert", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Hola, tu plaza en Residencia Olmo incluye la LVD semanal y el KTP del viernes.", "es-CO", True),
        ("Hi, your bed at Elm Lodge comes with the LVD weekly and its KTP on Friday.", "en-AU", True),
        # One code alone, or known public acronyms, are left alone.
        ("Hola, tu plaza en Residencia Olmo incluye la LVD semanal.", "es-CO", False),
        ("Hola, trae tu DNI y el NIE a la residencia.", "es-ES", False),
        ("Hi, bring your ID and the PIN for the locker.", "en-AU", False),
    ],
)
def test_codes_as_booking_items(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR502", body=body, locale=locale, category="transactional")) is fires


# --- compliance: CMP201 false negative, cider and tastings --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Hi, our orchard hosts a hard cider evening on Friday. Reply STOP to opt out.", "en-NZ", True),
        ("Hola, el viernes hay degustación de vinos y sidra en la bodega. Responde BAJA para no recibir más mensajes.", "es-CL", True),
        # The soft drink, a condiment and a dish cooked in cider are no alcohol offer.
        ("Hi, warm apple cider and cider vinegar are back at the stall. Reply STOP to opt out.", "en-US", False),
        ("Hola, el menú del día trae pollo a la sidra. Responde BAJA para no recibir más mensajes.", "es-ES", False),
    ],
)
def test_cider_on_offer(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP201", body=body, locale=locale, category="marketing")) is fires


# --- language: LNG102 false negatives ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Gas Andino: te explicamos porque subió tu boleta este mes.", "es-CL", True),
        ("Gas Andino: te escribimos porque subió tu boleta este mes.", "es-CL", False),
        ("Lavandería Sol: las camisas quedan planchados para el martes.", "es-CO", True),
        ("Lavandería Sol: los abrigos están listas desde hoy.", "es-CO", True),
        ("Lavandería Sol: las camisas quedan planchadas y los abrigos están listos.", "es-CO", False),
    ],
)
def test_spanish_confusions_h17(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Roof Doctors: the inspectors will email there findings by Friday.", "en-US", True),
        ("Roof Doctors: we will send there a second crew and email their findings.", "en-US", False),
        ("Green Grocer: our veg costs less then the big chains.", "en-GB", True),
        ("Green Grocer: buy two more, then the third bag is free.", "en-GB", False),
        ("Pottery Barnyard: if your eager to try the wheel, book a taster.", "en-IE", True),
        ("Pottery Barnyard: grab your free to-do planner at the desk.", "en-IE", False),
        ("Frame Co: your print is done and its looking sharp.", "en-CA", True),
        ("Frame Co: the gallery lowered its starting price.", "en-CA", False),
        ("Kennel Club: the pups are home. Their vaccines is up to date.", "en-ZA", True),
        ("Kennel Club: their vaccines are up to date. Their news is good.", "en-ZA", False),
    ],
)
def test_english_confusions_h17(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms")) is fires


# --- tone false negatives ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "fires"),
    [
        # A paid service held over the reader as a pity; a product's promise passes.
        ("TON107", "Limpiezas Brillo: la cuota sigue pendiente; sería una lástima que la oficina empezara a notar la diferencia.", "es-CL", "collections", True),
        ("TON107", "Limpiezas Brillo: con el nuevo producto notarás la diferencia desde la primera semana.", "es-CL", "marketing", False),
        ("TON107", "Sparkle Cleaning: your invoice is overdue; it'd be a pity if the office started to notice the difference.", "en-GB", "collections", True),
        ("TON107", "Sparkle Cleaning: you'll notice the difference after the first visit.", "en-GB", "marketing", False),
        # The reader judged as lacking the eye or talent; a condition offers help.
        ("TON109", "Floristería Lirio: vimos tu arreglo y, la verdad, no tienes buena mano con las flores.", "es-PE", "service", True),
        ("TON109", "Floristería Lirio: si no tienes mano para las flores, te armamos el ramo.", "es-PE", "service", False),
        ("TON109", "Lily Florist: we saw your bouquet and frankly you just don't have a knack for this.", "en-SG", "service", True),
        ("TON109", "Lily Florist: if you don't have a knack for flowers, we'll arrange them for you.", "en-SG", "service", False),
        # The hope that the reader is not one of those who fail; an invitation to join others passes.
        ("TON109", "Cuotas Club Río: algunos socios se atrasan siempre. Ojalá usted no sea uno de ellos.", "es-UY", "collections", True),
        ("TON109", "Club Río: cientos de socios ya se anotaron. ¡Sumate y sé uno de ellos!", "es-UY", "marketing", False),
        ("TON109", "River Club: a few members always pay late. We trust you're not one of them.", "en-AU", "collections", True),
        ("TON109", "River Club: hundreds of members signed up. Will you be one of them?", "en-AU", "marketing", False),
        # Mock surprise at a repeated slip; a real surprise offer passes.
        ("TON109", "Biblioteca Central: vaya sorpresa, otra vez se te olvidó devolver el libro.", "es-ES", "service", True),
        ("TON109", "Biblioteca Central: ¡qué sorpresa te espera en la feria del libro!", "es-ES", "service", False),
        ("TON109", "City Library: surprise, surprise, the book is late again.", "en-IE", "service", True),
        ("TON109", "City Library: what a surprise we have for you at the book fair!", "en-IE", "service", False),
        # The reader said not to care, against those who do; a polite "maybe not for you" passes.
        ("TON111", "Banco de Alimentos: capaz que a vos no te importe, pero a las familias del barrio sí.", "es-AR", "marketing", True),
        ("TON111", "Banco de Alimentos: quizás no te interese, pero el tenis te gustará mucho.", "es-AR", "marketing", False),
        ("TON111", "Food Bank: perhaps you don't care, but the families on our list do.", "en-CA", "marketing", True),
        ("TON111", "Food Bank: maybe you don't care for football, but we have cricket tickets too.", "en-CA", "marketing", False),
        # A child as the only one left behind; an offer of support passes.
        ("TON111", "Escuela Arpa: ¿quieres que tu hija sea la única que se quede atrás en violín?", "es-MX", "marketing", True),
        ("TON111", "Escuela Arpa: ¿no quieres que tu hija se quede atrás? Tenemos clases de refuerzo.", "es-MX", "marketing", False),
    ],
)
def test_tone_clues_h17(registry: Registry, rule: str, body: str, locale: str, category: str, fires: bool) -> None:
    assert bool(finding_texts(registry, rule, body=body, locale=locale, category=category, channel="whatsapp")) is fires
