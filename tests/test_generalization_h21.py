"""What the twenty-first blind set (h21) showed over- and under-firing in clarity, language and compliance, as classes
of message (the tone classes are another helper's).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: trade words Hunspell lacks (relleno giroide, abecedario dactilológico, merch); a clipped word
  before an amount ("saldo pend. $ 95.000").
- False positive, CLR301: apartar or separar a place ("Aparta tu lugar"); a body in another language than the locale's,
  its opt-out left out. CMP101: the Spanish keyword after an English verb ("Reply BAJA").
- False negative, CMP202: curing a foot or tendon complaint (fascitis plantar, bunions); CMP201: a wine or spirit by the
  bottle or glass (a bottle of port); CMP601: a field after a dollar sign ($nombre); CMP304: the brand's name with a
  hyphenated security word (brand-secure.com); CMP403: a South African identity number after its label.
- False negative, LNG102: "a" for "ha" before an irregular participle, "ay" for "hay" before an adverb or a quantity, the
  conditional after "si", a plural subject with its "de" complement and a singular verb; "then" after a comparative and
  a time, a participle that is never a past after its subject ("you begun").
- False negative, CLR503 (new): three different unexplained abbreviations in one field; CLR403: the two zones of a
  country named together (Canarias y la península).
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- language: LNG101 false positives -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Taller Filamento: imprimimos tu pieza con relleno giroide al 15 %.", "es-CO", []),
        ("Señas Claras: este sábado practicamos el alfabeto dactilológico en el aula 4.", "es-AR", []),
        ("Harbour Radio Club: new merch is in the studio shop this week.", "en-NZ", []),
        ("Clínica Patas: importe pend. $ 48.000 por la consulta.", "es-CO", []),
        # A typo stays one; a long cut word before an amount is no abbreviation.
        ("Taller Filamento: imprimimos tu pieza con relleno girode al 15 %.", "es-CO", ["girode"]),
        ("Clínica Patas: importe pendiennte $ 48.000 por la consulta.", "es-CO", ["pendiennte"]),
    ],
)
def test_trade_words_and_a_clipped_word_before_an_amount(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="service", channel="sms") == flagged


# --- clarity: CLR301 false positives, CMP101 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Club de Remo Laguna: abrimos la salida nocturna de junio. Separa tu lugar en la caseta. Responde BAJA para no recibir más.", "es-CL", False),
        ("Club de Remo Laguna: abrimos la salida nocturna de junio. Apártalo en la caseta. Responde BAJA para no recibir más.", "es-CL", False),
        # An English promotion under a Spanish locale, and a Spanish one under English that keeps "Reply STOP".
        ("Peña Folk Brisa: this Friday the folk night is free for members and their friends at our hall. Reply BAJA to stop these texts.", "es-UY", False),
        ("Riverbend Pottery: este sábado regalamos una taza esmaltada a quien venga a nuestro taller del centro. Reply STOP to opt out.", "en-IE", False),
        # The same offers in the locale's language with no action still lack one.
        ("Club de Remo Laguna: abrimos la salida nocturna de junio. Responde BAJA para no recibir más.", "es-CL", True),
        ("Riverbend Pottery: this Saturday every visitor to our town workshop gets a glazed mug. Reply STOP to opt out.", "en-IE", True),
    ],
)
def test_keeping_a_place_and_a_body_in_another_language(registry: Registry, body: str, locale: str, fires: bool) -> None:
    found = finding_texts(registry, "CLR301", body=body, locale=locale, category="marketing", channel="sms")
    assert found == ([""] if fires else [])


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Peña Folk Brisa: the folk night is free for members this Friday. Reply BAJA to stop these texts.", False),
        ("Peña Folk Brisa: the folk night is free for members this Friday. Text BAJA to 55120 to leave the list.", False),
        ("Peña Folk Brisa: the folk night is free for members this Friday. BAJA prices at the bar.", True),
    ],
)
def test_spanish_keyword_after_an_english_verb(registry: Registry, body: str, fires: bool) -> None:
    found = finding_texts(registry, "CMP101", body=body, locale="es-UY", category="marketing", channel="sms")
    assert found == ([""] if fires else [])


# --- compliance --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "flagged"),
    [
        ("CMP202", "Ortopedia Paso Firme: nuestras férulas nocturnas curan los juanetes en un mes.", "es-MX", ["curan los juanetes"]),
        ("CMP202", "Stride Lab: our night splints cure your bunions in a month.", "en-AU", ["cure your bunions"]),
        ("CMP202", "Ortopedia Paso Firme: las férulas no curan los juanetes, pero alivian la presión al caminar.", "es-MX", []),
        ("CMP202", "Stride Lab: splints won't cure your bunions, but they ease the pressure when you walk.", "en-AU", []),
        ("CMP201", "Deli Row: every hamper this month comes with a glass of sherry at the counter.", "en-GB", ["glass of sherry"]),
        ("CMP201", "Quesería La Vega: con cada tabla de quesos te regalamos una botella de cava.", "es-ES", ["botella de cava"]),
        ("CMP201", "Harbour Deli: our van parks by the port every Friday with fresh cheese.", "en-GB", []),
    ],
)
def test_health_claims_and_alcohol_gifts(registry: Registry, rule: str, body: str, locale: str, flagged: list[str]) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category="marketing", channel="whatsapp") == flagged


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Buenas tardes, $cliente: te enviamos el recibo de la cuota de abril.", "es-PE", ["$cliente"]),
        ("Good afternoon $LastName, your April receipt is attached.", "en-KE", ["$LastName"]),
        # An amount after its sign, with or without a space, is no field.
        ("Buenas tardes, Marta: te enviamos el recibo de $ 120.000 de la cuota de abril.", "es-CO", []),
        ("Good afternoon Wanjiru, your April receipt for $45 is attached.", "en-KE", []),
    ],
)
def test_field_after_a_dollar_sign(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "CMP601", body=body, locale=locale, category="transactional", channel="email", subject="Recibo", stage="rendered") == flagged


@pytest.mark.parametrize(
    ("body", "brand", "flagged"),
    [
        ("Kestrel Garden Centre: confirm your plant order at https://kestrelgarden-verify.com/order.", "Kestrel Garden Centre", ["https://kestrelgarden-verify.com/order"]),
        ("Vivero Los Sauces: confirma tu pedido en https://seguridad-viverolossauces.com/pedido.", "Vivero Los Sauces", ["https://seguridad-viverolossauces.com/pedido"]),
        # "help" and "online" are words a brand may use for itself; the first word alone names no brand.
        ("Kestrel Garden Centre: questions about your order? https://kestrelgarden-help.com", "Kestrel Garden Centre", []),
        ("Vivero Los Sauces: confirma tu pedido en https://vivero-seguro.com/pedido.", "Vivero Los Sauces", []),
    ],
)
def test_brand_with_a_security_word(registry: Registry, body: str, brand: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "CMP304", body=body, brand=brand, locale="en-GB", category="transactional", channel="sms") == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Oakridge Care: we hold your father's identity number 910527 6100 184 on file for the admission.", ["910527 6100 184"]),
        ("Oakridge Care: ID number 9105276100184 is on file for the admission.", ["9105276100184"]),
        # A record of the sender's, a number with no date in it, and no label.
        ("Oakridge Care: your booking ID number 910527 6100 184 is confirmed.", []),
        ("Oakridge Care: ID number 913527 6100 184 is on file for the admission.", []),
        ("Oakridge Care: parcel 9105276100184 left our depot today.", []),
    ],
)
def test_labelled_south_african_id(registry: Registry, body: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "CMP403", body=body, locale="en-ZA", category="transactional", channel="sms") == flagged


# --- language: LNG102 false negatives --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("La biblioteca a puesto nuevos juegos en la sala infantil.", "es-MX", ["a"]),
        ("Tu profesora ya a vuelto de vacaciones.", "es-AR", ["a"]),
        ("El horario pasa de cerrado a abierto a las nueve; el acceso a dicho salón es libre.", "es-ES", []),
        ("Recoge tu carné en la entrada; ay además unas mochilas de regalo.", "es-CL", ["ay"]),
        ("¡Ay, una sorpresa para ti en la entrada!", "es-CL", []),
        ("Si el sábado haría frío, movemos la clase al gimnasio.", "es-PE", ["haría"]),
        ("Nos preguntaste si podría moverse la clase; si el sábado hace frío, la movemos al gimnasio.", "es-PE", []),
        ("Hoy las bicicletas de paseo cuesta la mitad en el kiosco.", "es-UY", ["cuesta"]),
        ("Los domingos de verano abre también la terraza; las bicicletas de paseo cuestan la mitad.", "es-UY", []),
        ("The gondola is quieter at 10:30 am then at lunchtime; plan around it.", "en-NZ", []),
        ("The gondola is quieter after 4 pm then in the morning; plan around it.", "en-NZ", ["then"]),
        ("Thanks for coming! The mug you broken at the counter is on us.", "en-SG", ["broken"]),
        ("Have you taken your loyalty card? The mug you broke is on us.", "en-SG", []),
    ],
)
def test_confused_forms(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms") == flagged


# --- clarity: CLR503 (new) and CLR403 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Granja Los Olmos: tu ped. queda pend. de cobro; retiro en alm. central con tu DNI.", "es-UY", ["ped."]),
        ("Hi Priya, your plot fee is o/s; pay via GCP by EOQ to keep bed 12.", "en-IN", ["o/s"]),
        # Everyday abbreviations, a code explained where it stands, and one code only (two of letters alone fire since
        # round 70).
        ("Granja Los Olmos: Sr. Pérez, su pedido está listo; retírelo en la Avda. Central, tel. 2555 0101, aprox. a las 10.", "es-UY", []),
        ("Hi Priya, your flight AI 807 leaves Delhi (DEL) and lands in Chennai (MAA) at 10:40.", "en-IN", []),
        ("Hi Priya, your plot fee is due; pay via GCP by the end of the quarter to keep bed 12.", "en-IN", []),
    ],
)
def test_unexplained_abbreviations(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "CLR503", body=body, locale=locale, category="service", channel="sms") == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("MeteoAviso: el frente entrará en la península y en Canarias a las 21:00. Consulta tu provincia en la app.", ["21:00"]),
        ("MeteoAviso: el frente entrará en Canarias a las 21:00 (hora canaria). Consulta tu isla en la app.", []),
    ],
)
def test_two_zones_named_together(registry: Registry, body: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "CLR403", body=body, locale="es-ES", category="alert", channel="push") == flagged
