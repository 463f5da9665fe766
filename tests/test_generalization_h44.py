"""What the blind sets h44 and h45 showed over- and under-firing in clarity and compliance, as classes of wording (tone
and language are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CMP111: a sender label whose word in capitals spells the initials of the brand's next words.
- False positive, CMP202: a pharmacy's or a clinic's dispensary, named right after a medicine or a place of care.
- False positive, CMP406: the sender named as the subject of the promise of its channels ("X will never call or text
  you to ask for it"; "el banco nunca te llamará para pedírtelo").
- False negative, CMP201/CMP208: drinking without limit said of the drinking ("drink all you like", "cuanto más
  tomes") or of a wine by its grape ("bottomless merlot").
- False negative, CMP204: lottery tickets or fractions offered to buy; a stake asked from an amount or multiplied, bets paid out.
- False negative, CLR503: a code led by one letter and a hyphen ("K-TR7"); a code with a digit in brackets is no
  explanation; the other language's acronyms of institutions ("EPS" in English) are codes.
- False negative, CLR403: the reader described as a resident of a place; a place written with marks the data lacks.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- compliance: CMP111 (false positive) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "flagged"),
    [
        ("Harbourlight SC: training moves to the north pitch on Friday.", "Harbourlight Sailing Club", []),
        (
            "Montebello CFA: el ensayo pasa al jueves por la lluvia.",
            "Montebello Coro de Facultad de Arquitectura",
            [],
        ),
        ("Greyfield HA: bin collection moves to Wednesday this week.", "Greyfield Housing Association", []),
        # Traps: capitals that spell no words of the name, or in the wrong order, or with no distinctive word beside.
        ("Harbourlight XQ: training moves to the north pitch on Friday.", "Harbourlight Sailing Club", ["H"]),
        ("SC Harbourlight: training moves to the north pitch on Friday.", "Harbourlight Sailing Club", ["S"]),
        ("Club SC: training moves to the north pitch on Friday.", "Harbourlight Sailing Club", ["C"]),
    ],
)
def test_a_label_may_spell_the_initials_of_the_brands_next_words(
    registry: Registry, body: str, brand: str, flagged: list[str]
) -> None:
    locale = "es-AR" if "ensayo" in body else "en-GB"
    texts = finding_texts(
        registry, "CMP111", body=body, locale=locale, channel="sms", category="service", brand=brand
    )
    assert texts == flagged


# --- compliance: CMP202 (false positive) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Marlow Chemists: your repeat meds are at dispensary, ready until 6pm.", []),
        ("Marlow Chemists: the inhalers at our dispensary are back in stock.", []),
        ("Marlow Clinic: pick up your tablets from the hospital dispensary on level 2.", []),
        # Traps: a dispensary offered as a shop, with no medicine or place of care before it.
        ("Marlow Greens: our new dispensary opens Friday with 20% off everything.", ["dispensary"]),
        ("Marlow Greens: visit the friendliest dispensary in town this weekend.", ["dispensary"]),
    ],
)
def test_a_pharmacys_dispensary_is_no_cannabis_shop(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "CMP202", body=body, locale="en-GB", channel="sms", category="service")
    assert texts == flagged


# --- compliance: CMP406 (false positive) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Pinewick: 731 552 is your sign-in code. Pinewick will never call or text you to ask for it.",
            "en-IE",
            [],
        ),
        (
            "Pinewick: 731 552 is your sign-in code. Our staff will never phone you to ask for this.",
            "en-IE",
            [],
        ),
        (
            "Banco Tala: tu código es 731552. Banco Tala nunca te llamará ni escribirá para pedírtelo.",
            "es-PE",
            [],
        ),
        # Traps: a promise that is no warning (no asking), and a call offered.
        ("Pinewick: 731 552 is your sign-in code. Pinewick will never call you after 9pm.", "en-IE", [""]),
        ("Banco Tala: tu código es 731552. Banco Tala te llamará para confirmar tu compra.", "es-PE", [""]),
    ],
)
def test_any_sender_promising_never_to_call_to_ask_is_the_warning(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "CMP406", body=body, locale=locale, channel="sms", category="otp")
    assert texts == flagged


# --- compliance: CMP201 / CMP208 (false negative) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Hi Kai, Saturday only: drink all you like for $30 at the Quarry Tap. Reply STOP to opt out.",
            "en-NZ",
            ["drink all you like"],
        ),
        (
            "Hi Kai, bottomless merlot... sorry, bottomless prosecco this Saturday. Reply STOP to opt out.",
            "en-NZ",
            ["bottomless prosecco"],
        ),
        (
            "Hola, Kai: el sábado, cuanto más tomes menos pagas en La Cantera. Responde BAJA para no recibir más.",
            "es-UY",
            ["cuanto más tomes"],
        ),
        # Traps: water as much as one likes, and a tasting of a set number of glasses.
        (
            "Hi Kai, drink as much water as you like on the trail: refill stations every 5 km. Reply STOP to opt out.",
            "en-NZ",
            [],
        ),
        (
            "Hola, Kai: el sábado, cuanto más camines, más puntos sumas. Responde BAJA para no recibir más.",
            "es-UY",
            [],
        ),
    ],
)
def test_drinking_without_limit_is_restricted_alcohol(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP201", body=body, locale=locale, channel="whatsapp", category="marketing"
    )
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Hi Kai,\n\nThe more you drink, the cheaper your round: bottomless rose till 6.\n\nBook: https://quarrytap.nz",
            ["The more you drink, the cheaper"],
        ),
        # Trap: a limited tasting.
        ("Hi Kai,\n\nThree glasses of rose to taste, with cheese, till 6.\n\nBook: https://quarrytap.nz", []),
    ],
)
def test_drinking_more_rewarded_in_an_email(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(
        registry,
        "CMP208",
        body=body,
        locale="en-NZ",
        channel="email",
        category="marketing",
        subject="Saturday",
    )
    assert texts[:1] == flagged


# --- compliance: CMP204 (false negative) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Hola, Ana: el pozo acumulado ya pasa los 90 millones. Juega este jueves. Responde BAJA para salir.",
            "es-CL",
            ["pozo acumulado"],
        ),
        (
            "Hola, Ana: compre su fracción antes del sorteo del viernes. Responde BAJA para salir.",
            "es-CR",
            ["compre su fracción"],
        ),
        (
            "Hi Ana, grab two lotto tickets for Friday's draw at the kiosk. Reply STOP to opt out.",
            "en-AU",
            ["lotto tickets"],
        ),
        # Traps: fractions in maths, an accumulated balance, a raffle ticket for a school fair.
        (
            "Hola, Ana: el taller de fracciones para primaria es el jueves. Responde BAJA para salir.",
            "es-CL",
            [],
        ),
        ("Hola, Ana: tu saldo acumulado de puntos ya pasa los 9.000. Responde BAJA para salir.", "es-CL", []),
        (
            "Hi Ana, the school fair has face painting and a cake stall on Friday. Reply STOP to opt out.",
            "en-AU",
            [],
        ),
    ],
)
def test_lottery_tickets_to_buy_are_gambling(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "CMP204", body=body, locale=locale, channel="sms", category="marketing")
    assert texts == flagged


# --- clarity: CLR503 (false negative) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # A code led by one letter and a hyphen, and a code with a digit in brackets.
        (
            "Orden ZX-PLT-88 retenida (K-TR7). Libérela con CIE o por TEF antes del viernes.",
            "es-MX",
            ["ZX-PLT-88"],
        ),
        # The other language's acronym of an institution is a code to this reader.
        ("Hi Sam, the SII form is with QC; HSB note pending on the claim.", "en-GB", ["SII"]),
        # Traps: a one-letter code with one capital, a code without digits explained by the name before it.
        (
            "Orden 88 retenida en la bodega de Querétaro (QRO). Libérela en la app antes del viernes.",
            "es-MX",
            [],
        ),
        ("Hi Sam, your T-shirt order ships from Dublin (DUB) on Friday with DHL.", "en-GB", []),
        ("Hola, Sam: tu RUT y tu DNI ya están en el sistema; paga el IVA en la app.", "es-CL", []),
    ],
)
def test_one_letter_codes_and_the_other_languages_acronyms_are_abbreviations(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "CLR503", body=body, locale=locale, channel="sms", category="service")
    assert texts == flagged


# --- clarity: CLR403 (false negative) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Hola, Ana. Como jubilada residente en Roma, tu cita por videollamada es el lunes 4 a las 11:00.",
            "es-PE",
            ["11:00"],
        ),
        (
            "Hi Ana, as a member resident in Lisbon, your phone review is on Monday at 11:00.",
            "en-CA",
            ["11:00"],
        ),
        (
            "Hi Ana, our ranger in Whangārei will call you on Monday at 8:30 about your hut booking.",
            "en-US",
            ["8:30"],
        ),
        # Traps: residents offered something where they are; a place of the reader's own zone.
        ("Hola, Ana. Para los residentes en Roma, la oficina abre el lunes a las 11:00.", "es-PE", []),
        (
            "Hola, Ana. Como residente en Arequipa, tu cita por videollamada es el lunes 4 a las 11:00.",
            "es-PE",
            [],
        ),
    ],
)
def test_a_resident_abroad_and_a_place_written_with_its_marks(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CLR403", body=body, locale=locale, channel="whatsapp", category="service"
    )
    assert texts == flagged


# --- compliance: CMP204 (false negative, tuning corpora) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Hola, Leo: el domingo hay carreras de galgos. Apueste desde 2.000 colones. Responde BAJA para salir.",
            "es-CR",
            ["Apueste desde"],
        ),
        (
            "Hola, Leo: en la pelea del sábado las apuestas se pagan en la boletería. Responde BAJA para salir.",
            "es-DO",
            ["las apuestas se pagan"],
        ),
        (
            "Hi Leo, pick the fastest pigeon and win up to 8 times your stake. Reply STOP to opt out.",
            "en-GB",
            ["times your stake"],
        ),
        # Traps: the noun "apuesta", a stake that is a share, and an opening that is no betting.
        (
            "Hola, Leo: nuestra apuesta desde 1998 es el pan de masa madre. Responde BAJA para salir.",
            "es-CR",
            [],
        ),
        (
            "Hi Leo, your stake in the community garden is safe; the AGM is on Friday. Reply STOP to opt out.",
            "en-GB",
            [],
        ),
        ("Hi Leo, booking is open for the pigeon fancier's dinner. Reply STOP to opt out.", "en-GB", []),
    ],
)
def test_a_stake_asked_or_multiplied_and_bets_paid_out_are_gambling(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "CMP204", body=body, locale=locale, channel="sms", category="marketing")
    assert texts == flagged
