"""What the thirty-first blind set (h31) showed over- and under-firing in clarity, language and compliance, as classes of
wording (the tone classes are another helper's).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: a first name opening a sentence before its verb ("Iker pierde"); a proper name used as a
  common noun in lower case ("gouda"); a hyphenated shortening of two four-letter parts amid shorthand ("part-desp").
- False positive, CLR503: a postcode's outward code ("YO24 1AB"); false negative: codes joined by "&" ("R&R") and a
  clipped word before "@".
- False positive, CLR302: the way in to the next action ("Entra en la app y elige"); CLR301: "too" for "to" before
  a determiner after an imperative.
- False negative, LNG102: "sino no"; "los niños entra"; "las copias autorizada"; "we loose"; "their perfect for";
  "move you're car"; "a shipment of corals are".
- False negative, CMP207: a time between the verb of curing and its object; CMP304: the name's coined word with a
  payment word; CMP403: a cédula after its label and the Dominican cédula; CMP201: unlimited wine; CMP203: "sin
  revisar su historial".
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.detectors import find_national_ids
from sendlint.registry import Registry

# --- language: LNG101 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Llegaste tarde otra vez. Oihane espera desde las diez en el taller.", "es-ES", []),
        ("The crew is on its way. Kahurangi will meet you at the gate.", "en-NZ", []),
        # Traps: a typo at a sentence start; two words run together; an untranslated word; a third language.
        ("Tu pedido salió. Bolvemos a escribirte mañana.", "es-ES", ["Bolvemos"]),
        ("Tu pedido salió. Porfavor revisa la dirección.", "es-ES", ["Porfavor"]),
        ("Tu pedido salió. Sorry por la demora.", "es-ES", ["Sorry"]),
    ],
)
def test_name_opening_a_sentence_before_its_verb(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "LNG101", body=body, locale=locale, category="service")
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Our deli has a nutty emmental and a creamy camembert this week.", []),
        # Traps: an untranslated word the capitalised entry would hide, and a typo stays a typo.
        ("Gracias for your order, it is on its camino.", ["Gracias", "camino"]),
        ("Our deli has a nuttty cheese this week.", ["nuttty"]),
    ],
)
def test_name_used_as_a_common_noun(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "LNG101", body=body, locale="en-GB", category="service")
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Ord 881 back-ordr, 1 x GWR tank o/s, rfd pend, est. del. tbc.", []),
        # Trap: the same hyphenated word in a plain sentence is a typo.
        ("Your order is back-ordr and we will write again next week.", ["back-ordr"]),
    ],
)
def test_hyphenated_shortening_amid_shorthand(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "LNG101", body=body, locale="en-GB", category="transactional")
    assert texts == flagged


# --- clarity: CLR503, CLR302, CLR301 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Estimate: T&G boards, R&R fascia, SPL vent, labour extra.", ["T&G"]),
        ("Estimate: 40 sq boards, fascia repl. @ $12/lm, SPL, PVC trim.", ["repl."]),
        # Traps: everyday pairs with "&" are no shorthand; a postcode in an address is none either.
        ("Join our Q&A on Friday, and see the T&Cs at the desk.", []),
        ("The new HO gauge set is in, with DCC sound. Visit us at 3 Mill Lane, Leeds LS11 5QT.", []),
    ],
)
def test_abbreviation_shapes(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CLR503", body=body, locale="en-GB", category="transactional")
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Vuelve el invierno: reserva tu limpieza de caldera. Entra en la web y escoge la hora que prefieras.",
            "es-ES",
            [],
        ),
        (
            "Winter is here: book your boiler service. Open the app and choose a time that suits you.",
            "en-GB",
            [],
        ),
        # Trap: three actions without the way in joining two of them still compete.
        (
            "Reserva tu limpieza, entra en la web, llama al 900 111 222 y visita la tienda.",
            "es-ES",
            ["visita"],
        ),
    ],
)
def test_way_in_does_not_compete(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CLR302", body=body, locale=locale, category="marketing", channel="push")
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Switch too a smart thermostat this winter and save on heating.", []),
        # Trap: "too" before an adjective opens no object; the message still has no action.
        ("Winter is too cold for old thermostats.", [""]),
    ],
)
def test_too_for_to_before_a_determiner(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CLR301", body=body, locale="en-IE", category="marketing", channel="push")
    assert texts == flagged


# --- language: LNG102 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Reservá la mesa antes del jueves, sino no te la podemos guardar.", ["sino"]),
        ("Este domingo los socios entra sin pagar al museo.", ["entra"]),
        ("Las entradas reservada ya están en tu correo.", ["reservada"]),
        ("Los pedidos enviado ayer llegan el lunes.", ["enviado"]),
        # Traps: "sino" after a negation; a postposed subject after a day; a noun in -ada after a plural noun; agreement.
        ("No es un taller sino una charla.", []),
        ("Los sábados entra gratis el público.", []),
        ("Los menús bebida incluida cuestan 9 euros.", []),
        ("Las entradas reservadas ya están en tu correo.", []),
    ],
)
def test_spanish_agreement_and_sino(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "LNG102", body=body, locale="es-AR", category="service")
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Arrive early so you loose no time at check-in.", ["loose"]),
        ("The new ferns arrived, and their ideal for shady corners.", ["their"]),
        ("Please park you're bike by the side door.", ["you're"]),
        ("The latest batch of sourdough loaves are ready.", ["are"]),
        # Traps: "loose" as an adjective after an object; "their" before its noun; "prove you're"; a quantity.
        ("We will cut you loose from the contract.", []),
        ("Their ideal garden has ferns.", []),
        ("Please prove you're over 18 at the door.", []),
        ("A lot of loaves are ready.", []),
    ],
)
def test_english_confusions(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "LNG102", body=body, locale="en-GB", category="service")
    assert texts == flagged


# --- compliance --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Nuestra pomada cura en tres días las llagas de la boca.",
            "es-MX",
            ["cura en tres días las llagas"],
        ),
        (
            "Our balm cures in two days the cracked heels you hate.",
            "en-US",
            ["cures in two days the cracked"],
        ),
        # Traps: curing as a process, with its time and no object.
        ("La resina cura en 24 horas a temperatura ambiente.", "es-MX", []),
        ("The resin cures in 24 hours at room temperature.", "en-US", []),
    ],
)
def test_cure_claim_with_time(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CMP207", body=body, locale=locale, category="marketing")
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "brand", "flagged"),
    [
        (
            "Your renewal failed. Pay at https://voltrixa-payments.com/renew.",
            "Voltrixa Climbing Gym",
            ["https://voltrixa-payments.com/renew"],
        ),
        # Traps: a frequent word of the name with a payment word; the brand's own domain with a payment page.
        ("Your renewal failed. Pay at https://climbing-payments.com/renew.", "Voltrixa Climbing Gym", []),
        ("Your renewal failed. Pay at https://voltrixa.com/payments.", "Voltrixa Climbing Gym", []),
        # A two-word name whose tail is one frequent word: that word is any gym's, not this brand's (the tail and the
        # brand's own-domain reading share links.distinctive_tail); its coined word still names it.
        ("Your renewal failed. Pay at https://climbing-payments.com/renew.", "Voltrixa Climbing", []),
        (
            "Your renewal failed. Pay at https://voltrixa-payments.com/renew.",
            "Voltrixa Climbing",
            ["https://voltrixa-payments.com/renew"],
        ),
        (
            "Tu cuota falló. Paga en https://escalada-pagos.com/cuota.",
            "Voltrixa Escalada",
            [],
        ),
        (
            "Tu cuota falló. Paga en https://voltrixa-escalada-pagos.com/cuota.",
            "Voltrixa Escalada",
            ["https://voltrixa-escalada-pagos.com/cuota"],
        ),
    ],
)
def test_coined_brand_word_with_payment_word(
    registry: Registry, body: str, brand: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP304", body=body, brand=brand, locale="en-US", category="alert", channel="sms"
    )
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Resultado listo para la cédula de ciudadanía 79.456.123.", ["79.456.123"]),
        ("Registramos la cédula n.º 1.023.456.789 en su ficha.", ["1.023.456.789"]),
        # Traps: a number after another label; a price after the word; the bare number (no thousands points).
        ("Su pedido 79.456.123 está listo.", []),
        ("La cédula nueva cuesta $ 45.000.000 en el mercado negro.", []),
        ("Registramos la cédula 1023456789 en su ficha.", []),
        ("La cédula vence en 2030; renuévela a tiempo.", []),
    ],
)
def test_cedula_after_its_label(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CMP403", body=body, locale="es-CO", category="alert")
    assert texts == flagged


def test_dominican_cedula_needs_its_check_digit() -> None:
    assert [d.text for d in find_national_ids("cédula 001-1234567-3 en archivo")] == ["001-1234567-3"]
    assert find_national_ids("ref 001-1234567-4 en archivo") == ()


@pytest.mark.parametrize(
    ("body", "locale", "rule", "flagged"),
    [
        (
            "Sun Bar: unlimited cocktails this Friday. Reply STOP to opt out.",
            "en-US",
            "CMP201",
            ["unlimited cocktails"],
        ),
        (
            "Bar Sol: copas ilimitadas este viernes. Responde BAJA para no recibir más.",
            "es-MX",
            "CMP201",
            ["copas ilimitadas"],
        ),
        (
            "Crédito Ya: dinero hoy sin consultar su historial. Responda BAJA para no recibir más.",
            "es-MX",
            "CMP203",
            ["sin consultar su historial"],
        ),
        # Traps: unlimited soft drinks; a review of the reader's own history by the reader.
        ("Sun Bar: unlimited coffee this Friday. Reply STOP to opt out.", "en-US", "CMP201", []),
        (
            "Crédito Ya: puede consultar su historial en la app. Responda BAJA para no recibir más.",
            "es-MX",
            "CMP203",
            [],
        ),
    ],
)
def test_unlimited_drink_and_usted_credit_check(
    registry: Registry, body: str, locale: str, rule: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, rule, body=body, locale=locale, category="marketing", channel="sms")
    assert texts == flagged
