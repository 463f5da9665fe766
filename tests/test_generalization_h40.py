"""What the fortieth and forty-first blind sets (h40, h41) and the new clean lines (pol, fr) showed over-firing in
clarity and compliance, as classes of wording (tone and language are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CMP111: mainstream senders sign with the core of their name, dropping the trade word (storage, TV,
  home warranty, living, residencias): the trade words join corpora/<lang>/brand-descriptors.txt.
- False positive, CMP406: the sender named as the subject of the promise ("Nestly will never ask you for this code").
- False positive, CMP201: a colour named after the product ("color tabaco", "colour tobacco").
- False positive, CLR502: capitals leading a dollar sign are a currency's country ("RD$", "US$"), not a code.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- compliance: CMP111 (false positive) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "flagged"),
    [
        ("Lockbay: {{first_name}}, your unit door code changes on Monday.", "en-US", "Lockbay Storage", []),
        ("Orbicast: your new set-top box ships on Friday.", "en-PH", "Orbicast TV", []),
        ("Shieldnest: your boiler cover renews on 3 May.", "en-US", "Shieldnest Home Warranty", []),
        ("Brickloft: the gym on floor 2 reopens on Monday.", "en-IE", "Brickloft Living", []),
        ("Solcampus: la lavandería de la planta 3 abre el lunes.", "es-ES", "Residencias Solcampus", []),
        # Traps: the core written as a common word in lower case is not the sender; the trade word alone names no one.
        ("Your unit door code changes on Monday.", "en-US", "Lockbay Storage", ["Y"]),
        ("Storage: your unit door code changes on Monday.", "en-US", "Lockbay Storage", ["S"]),
        ("Residencias: la lavandería abre el lunes.", "es-ES", "Residencias Solcampus", ["R"]),
    ],
)
def test_a_sender_signs_with_its_core_without_the_trade(
    registry: Registry, body: str, locale: str, brand: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP111", body=body, locale=locale, category="service", brand=brand, channel="sms"
    )
    assert texts == flagged


# --- compliance: CMP406 (false positive) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Nestly: 774 210 is your login code. Nestly will never ask you for this code.", "en-IN", []),
        ("Nestly: 774 210 is your login code. Our staff will never request your code.", "en-IN", []),
        ("Nestly: 774 210 es tu código de acceso. Nestly nunca te pedirá este código.", "es-MX", []),
        # Traps: no promise at all; a promise about something else than asking for it.
        ("Nestly: 774 210 is your login code. It expires in 5 minutes.", "en-IN", [""]),
        ("Nestly: 774 210 is your login code. We will never charge you for it.", "en-IN", [""]),
    ],
)
def test_the_sender_promises_never_to_ask(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP406", body=body, locale=locale, category="otp", brand="Nestly", channel="sms"
    )
    assert texts == flagged


# --- compliance: CMP201 (false positive) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Tus botas de ante color tabaco ya llegaron a la tienda del centro.", "es-MX", []),
        ("Tu bolso en tono tabaco ya está listo para recoger.", "es-AR", []),
        ("Your suede boots in colour tobacco are ready to collect.", "en-GB", []),
        # Traps: the product itself on offer.
        ("Llegó el tabaco de pipa que pediste: recógelo en la tienda.", "es-MX", ["tabaco"]),
        ("The pipe tobacco you ordered is ready to collect.", "en-GB", ["tobacco"]),
    ],
)
def test_a_colour_named_after_tobacco_is_no_product(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP201", body=body, locale=locale, category="transactional", brand="Botería Sur"
    )
    assert texts == flagged


# --- clarity: CLR502 (false positive) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Su tarjeta tiene un saldo pendiente de US$312.40 con vencimiento el 10 de mayo.", "es-PA", []),
        ("Your plan has a balance of NZ$ 64.00 due on 10 May.", "en-NZ", []),
        # Trap: a code in the slot of a state still flags.
        ("Su trámite quedó en estado PRQ. Le avisaremos cuando avance.", "es-PA", ["PRQ"]),
    ],
)
def test_capitals_before_a_dollar_sign_are_a_currency(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CLR502", body=body, locale=locale, category="collections", brand="Banco Istmo"
    )
    assert texts == flagged


# --- compliance: CMP201 (false negative) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Filo Norte: llegaron navajas de mariposa y puños americanos, envío a todo el país.",
            "es-CL",
            ["navajas de mariposa", "puños americanos"],
        ),
        (
            "Blade Barn: switchblades and knuckle dusters back in stock, delivered in 48 hours.",
            "en-GB",
            ["switchblades", "knuckle dusters"],
        ),
        (
            "Curiosidades Selva: pieles de ocelote disecado sin certificados ni permisos, envío reservado.",
            "es-BO",
            ["sin certificados ni permisos"],
        ),
        (
            "Rare Pelts: ocelot skins shipped worldwide, no papers or permits asked.",
            "en-US",
            ["no papers or permits"],
        ),
        # Traps: a kitchen knife and a butterfly garden are no weapon; one missing paper alone ("sin papeles") is not read.
        ("Filo Norte: cuchillos de cocina y tablas de madera con 20 % de descuento.", "es-CL", []),
        ("Blade Barn: chef's knives and a butterfly garden tour this weekend.", "en-GB", []),
        ("Curiosidades Selva: libros sin papeles de regalo, envío reservado.", "es-BO", []),
    ],
)
def test_banned_blades_and_waived_permits_are_restricted(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP201", body=body, locale=locale, category="marketing", brand="Tienda", channel="sms"
    )
    assert texts == flagged


# --- clarity: CLR301 (false positive) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # A full imperative before a bare noun, with where to act in its clause.
        ("Vuelve el patinete eléctrico a tu barrio. Pide patinete en la app.", "es-ES", []),
        # The light-verb invitations and the card swiped at the till.
        ("New autumn reads have landed at Página. Have a look next time you're in town.", "en-GB", []),
        ("Our Sunday brunch menu is back. Come say hello this weekend.", "en-US", []),
        ("Double stamps all week at Página: swipe your card at the counter.", "en-US", []),
        ("Llegaron los cuadernos de otoño a Página. Pasate a verlos cuando quieras.", "es-AR", []),
        # Traps: the bare noun without where to act; news that something is in the app; "swipe" as a noun.
        ("Vuelve el patinete eléctrico a tu barrio. Pide patinete.", "es-ES", [""]),
        ("New autumn reads have landed at Página, and a card swipe gets you points.", "en-GB", [""]),
        ("Our Sunday brunch menu is back with three new dishes.", "en-US", [""]),
    ],
)
def test_invitations_and_bare_objects_are_calls_to_action(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CLR301", body=body, locale=locale, category="marketing", brand="Página", channel="push"
    )
    assert texts == flagged


# --- clarity: CLR403 (false negative and false positive) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # A route of two place names joined by a dash, with the arrival time.
        ("Tu tren Lisboa–Sevilla del viernes sale a las 7:15 y llega a las 16:40.", "es-ES", ["7:15"]),
        ("Your ferry Wellington — Picton on Friday leaves at 9:00 and arrives at 12:30.", "en-NZ", ["9:00"]),
        # Traps: names joined by a bare hyphen; the traveller's own arrival at the departure's airport.
        ("Tu tren a Saint-Étienne del viernes sale a las 7:15 y llega a su hora.", "es-ES", []),
        (
            "Your flight from Lisbon to Porto departs at 9:20. We suggest arriving at the airport an hour early.",
            "en-GB",
            [],
        ),
    ],
)
def test_a_dashed_route_is_a_trip_and_arriving_at_the_airport_is_no_arrival(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CLR403", body=body, locale=locale, category="transactional", brand="Rutas Sur"
    )
    assert texts == flagged
