"""What the thirty-sixth and thirty-seventh blind sets (h36, h37) showed over- and under-firing in clarity and
compliance, as classes of wording (tone and language are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CLR302: "ve" read as "ir" where it is "ver" ("y ve todos los partidos"), what the offer lets the
  reader watch. CLR402 (found writing these tests): "$5 a month" read as "5 a.m.".
- False negative, CMP304: the brand's words hyphenated with a security word ("harbour-bank-secure"), and the brand as
  one hyphenated part of a subdomain of another's security or payment domain; CMP204: the stake named as real money
  or as the house's minimum; CMP201: a sale said to skip its age or licence check; CLR503: vowelless shortenings of
  five letters, hyphenated to a word or led by a number and a hyphen, and a clipped dictionary word before a comma.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- clarity: CLR302 (false positive) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # "ve" with its object is "ver": what the offer lets the reader watch, as "see" is in English.
        (
            "Suma el paquete Cine a tu plan por 5 € al mes y ve todos los estrenos del año. Actívalo en https://ondaviva.es/cine.",
            "es-ES",
            [],
        ),
        (
            "Add the Cinema pack to your plan for $5 a month and see every premiere of the year. Activate it at "
            "https://ondaviva.com/cinema.",
            "en-US",
            [],
        ),
        # Traps: "ve a ..." is still "ir", a third action with "compra" and "llama" (and so in English).
        (
            "Ve a la tienda del centro, compra el pack y llama al 900 123 456 para activarlo.",
            "es-ES",
            ["llama"],
        ),
        ("Visit the store downtown, buy the pack and call 800 555 0199 to activate it.", "en-US", ["call"]),
    ],
)
def test_ve_with_its_object_is_ver(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(
        registry, "CLR302", body=body, locale=locale, category="marketing", brand="Onda Viva"
    )
    assert texts == flagged


# --- clarity: CLR402 (false positive found writing the tests) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Hi, the plan costs $5 a month and renews on its own.", "en-US", []),
        ("Hola, abrimos de 9 a mediodía el sábado.", "es-ES", []),
        # Traps: a time written with a.m. or am still has no zone.
        ("Hi, we open at 9 a.m. on Saturday.", "en-US", ["9 a.m."]),
        ("Hi, we open at 9am on Saturday.", "en-US", ["9am"]),
    ],
)
def test_a_month_is_no_time(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CLR402", body=body, locale=locale, category="service", brand="Onda Viva")
    assert texts == flagged


# --- compliance: CMP304 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "locale", "flagged"),
    [
        # The name's words hyphenated, with a word that claims security.
        (
            "Hi, please review your billing details at https://copperfield-energy-secure.com/account.",
            "Copperfield Energy",
            "en-GB",
            ["https://copperfield-energy-secure.com/account"],
        ),
        (
            "Hola, revisa tus datos de facturación en https://ferreteria-norte-seguridad.es/cuenta.",
            "Ferretería Norte",
            "es-ES",
            ["https://ferreteria-norte-seguridad.es/cuenta"],
        ),
        # Traps: the brand's own hyphenated domain, and a word that claims no security.
        (
            "Hi, please review your billing details at https://copperfield-energy.com/account.",
            "Copperfield Energy",
            "en-GB",
            [],
        ),
        (
            "Hi, please review your billing details at https://copperfield-energy-online.com/account.",
            "Copperfield Energy",
            "en-GB",
            [],
        ),
        (
            "Hola, revisa tus datos de facturación en https://ferreteria-norte.es/cuenta.",
            "Ferretería Norte",
            "es-ES",
            [],
        ),
        # The name as one hyphenated part of a subdomain of another's payment or security domain.
        (
            "Hola, confirma tu pago en https://aguaserena-clientes.pagos-verificados.com/factura.",
            "Agua Serena",
            "es-MX",
            ["https://aguaserena-clientes.pagos-verificados.com/factura"],
        ),
        (
            "Hi, confirm your payment at https://lumenhall-members.account-security.net/pay.",
            "Lumenhall",
            "en-US",
            ["https://lumenhall-members.account-security.net/pay"],
        ),
        # Traps: a shop platform that hosts the brand names no payment or security word.
        (
            "Hola, confirma tu pedido en https://aguaserena-tienda.mitiendaonline.com/pedido.",
            "Agua Serena",
            "es-MX",
            [],
        ),
        ("Hi, confirm your order at https://lumenhall-shop.squarespace.com/order.", "Lumenhall", "en-US", []),
    ],
)
def test_brand_words_hyphenated_or_in_a_subdomain_part(
    registry: Registry, body: str, brand: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry,
        "CMP304",
        body=body,
        brand=brand,
        locale=locale,
        category="service",
        channel="email",
        subject="Tu cuenta",
    )
    assert texts == flagged


# --- compliance: CMP204 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Trivia night: wager real money on every round, minimum bets from $2. Sign up at https://quizden.com/night. "
            "Reply STOP to opt out.",
            "en-US",
            ["wager real money", "minimum bets"],
        ),
        (
            "Noche de trivia: apostá con dinero real en cada ronda, la apuesta mínima es de $500. Anotate en "
            "https://quizden.com.ar. Respondé BAJA para no recibir más.",
            "es-AR",
            ["apostá con dinero real", "apuesta mínima"],
        ),
        # Traps: real money saved, a best bet, a minimum spend, the brand's "apuesta" for quality.
        (
            "Quiz Den: save real money on your team's tab, and our best bet for groups is the minimum spend deal. Book at "
            "https://quizden.com. Reply STOP to opt out.",
            "en-US",
            [],
        ),
        (
            "Quiz Den: ahorra dinero real en la cuenta del grupo; nuestra apuesta es la calidad. Reserva en "
            "https://quizden.es. Responde BAJA para no recibir más.",
            "es-ES",
            [],
        ),
    ],
)
def test_stake_in_real_money_or_a_minimum_bet(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP204", body=body, locale=locale, category="marketing", brand="Quiz Den", channel="sms"
    )
    assert texts == flagged


# --- compliance: CMP201 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Ridgeback Outdoors: hunting knives and machetes delivered this week, no age check required. Shop at "
            "https://ridgeback.com/blades. Reply STOP to opt out.",
            "en-US",
            ["no age check"],
        ),
        (
            "Ridgeback: navajas y cuchillos de caza a domicilio, sin control de edad. Compra en https://ridgeback.es. "
            "Responde BAJA para no recibir más.",
            "es-ES",
            ["sin control de edad"],
        ),
        # Traps: the check is run, not skipped.
        (
            "Ridgeback Outdoors: bring photo ID to collect your order; we run an age check at the counter. Reply STOP to "
            "opt out.",
            "en-US",
            [],
        ),
        (
            "Ridgeback: al recoger tu pedido te pediremos el DNI para el control de edad. Responde BAJA para no recibir más.",
            "es-ES",
            [],
        ),
    ],
)
def test_sale_that_skips_its_age_check(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry,
        "CMP201",
        body=body,
        locale=locale,
        category="marketing",
        brand="Ridgeback Outdoors",
        channel="sms",
    )
    assert texts == flagged


# --- clarity: CLR503 ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # A vowelless shortening of five letters.
        # (Round 70: two codes of letters alone fire, so each pair below holds one code and the shape, or one code.)
        ("Hi Jo, the APN menu is set; the cnfrm step runs tonight.", "en-US", ["APN"]),
        ("Hola, Ana: tu línea tiene el APN activo; el alta sigue pndnt hasta el lunes.", "es-ES", ["APN"]),
        ("Hi Jo, the APN menu is set; the confirm step runs tonight.", "en-US", []),
        ("Hola, Ana: tu línea tiene el APN activo; el alta sigue pendiente hasta el lunes.", "es-ES", []),
        # Led by a number and a hyphen.
        ("Hi Jo, your 4-drw cabinet ships Tue; the TKD base is on back order.", "en-GB", ["drw"]),
        ("Hola, Ana: tu cómoda de 3-cjns llega el martes; la base TKD va aparte.", "es-ES", ["cjns"]),
        ("Hi Jo, your 4-door cabinet ships Tue; the TKD base is on back order.", "en-GB", []),
        ("Hola, Ana: tu cómoda llega el 12-dic; la base TKD va aparte.", "es-ES", []),
        # Hyphenated to the word it qualifies.
        ("Hi Jo, the RH panel needs a pnl-mount bracket; the kit ships Tue.", "en-GB", ["RH"]),
        ("Hola, Ana: el panel RH lleva un soporte pnl-mural; el kit sale el martes.", "es-ES", ["RH"]),
        ("Hi Jo, the RH panel needs a wall-mount bracket; the kit ships Tue.", "en-GB", []),
        ("Hola, Ana: el panel RH lleva un soporte de pared; el kit sale el martes.", "es-ES", []),
        # A clipped dictionary word before a comma.
        ("Hi Jo, tyres done: front pair gen., rear pair TKD; TPMS reset next visit.", "en-GB", ["gen."]),
        (
            "Hola, Ana: eje del. cambiado, eje tras., pendiente; la base TKD y la bisagra RH van aparte.",
            "es-ES",
            ["tras."],
        ),
        # Traps: the word written out, and an everyday abbreviation before a comma.
        ("Hi Jo, tyres done: front pair genuine, rear pair TKD; sensor reset next visit.", "en-GB", []),
        ("Hi Jo, tyres done: front pair, rear pair, etc., and the TPMS reset next visit.", "en-GB", []),
        ("Hola, Ana: la base TKD va aparte, etc., en la Avda. Mayor.", "es-ES", []),
    ],
)
def test_vowelless_and_clipped_shortenings(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "CLR503", body=body, locale=locale, category="service", brand="Oakline")
    assert texts == flagged
