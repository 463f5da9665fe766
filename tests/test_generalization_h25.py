"""What the twenty-fifth blind set (h25) showed over- and under-firing in clarity, language and compliance, as classes
of message (the tone classes are another helper's).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CMP103: a rural address along a road, located by its kilometre ("Ruta 32, km 41").
- False positive, CMP406: a code to show or say at a desk or counter is no secret to keep.
- False positive, CLR301: a time adverb after an English imperative ("come early"), a verb of choosing ("Decide by
  Friday"), and an offer put as a condition on the reader's booking or buying ("Si te apuntas...", "If you sign up...").
- False positive, LNG102: "each" as a pronoun before its verb ("Each costs £12").
- False positive, LNG101: a name in the possessive opening a sentence; "re-" before a three-letter verb that doubles
  its consonant ("resub"); an English closed compound of two frequent content words.
- False negative, CMP403: Ireland's PPS number after its label.
- False negative, CLR106: contract drafting (the parties by their legal role, "se obliga a", "shall indemnify").
- False negative, CLR503: vowelless lower-case shortenings beside a code.
- False negative, LNG102: "vallas" after a clitic, "its" before a comparative, "their" before an article, "a hours",
  "It arrive", a singular noun with "are" and a number, a plural noun with a singular adjective or a place.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- compliance: CMP103 false positive ------------------------------------------------------------------------------

_ES_EMAIL = "Hola, {{{{nombre}}}}:\n\nEste mes el paseo nocturno cuesta $20. Reserva en https://bosqueluz.cr/paseo\n\n{footer}\n\nBaja: https://bosqueluz.cr/baja"


@pytest.mark.parametrize(
    ("footer", "flagged"),
    [
        ("Reserva Bosque Luz\nRuta 32, km 41, Guápiles", 0),
        ("Reserva Bosque Luz\nCarretera al volcán, kilómetro 12, Alajuela", 0),
        # Trap: a distance ("a 5 km de la playa") has its number before the unit and is no address.
        ("Reserva Bosque Luz, a 5 km de la playa", 1),
    ],
)
def test_road_and_kilometre_is_a_postal_address(registry: Registry, footer: str, flagged: int) -> None:
    found = finding_texts(
        registry,
        "CMP103",
        body=_ES_EMAIL.format(footer=footer),
        locale="es-CR",
        channel="email",
        category="marketing",
        subject="Paseo nocturno",
    )
    assert found == [""] * flagged


# --- compliance: CMP406 false positive ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Harbour Pool: 48 213 is your code; show it at the reception desk when you arrive.", "en-NZ", 0),
        ("Museo Faro: tu código es 5821. Muéstralo en la taquilla para recoger tus entradas.", "es-MX", 0),
        # Traps: a code to sign in still needs the warning, in both languages.
        (
            "Harbour Pool: 48 213 is your code to sign in to the members' area. It expires in 10 minutes.",
            "en-NZ",
            1,
        ),
        ("Museo Faro: tu código es 5821 para entrar a tu cuenta. Vence en 5 minutos.", "es-MX", 1),
    ],
)
def test_code_shown_at_a_desk_needs_no_warning(
    registry: Registry, body: str, locale: str, flagged: int
) -> None:
    found = finding_texts(registry, "CMP406", body=body, locale=locale, category="otp", channel="sms")
    assert found == [""] * flagged


# --- compliance: CMP403 false negative ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Hi {{first_name}}, we matched your grant to PPSN 2468135K. Payment follows in May.", ["2468135K"]),
        ("Hi {{first_name}}, your PPS number on file: 1357924TA.", ["1357924TA"]),
        # Trap: the same shape without the label is a reference.
        ("Hi {{first_name}}, your order 2468135K ships on Monday.", []),
    ],
)
def test_labelled_pps_number_is_a_national_id(registry: Registry, body: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "CMP403", body=body, locale="en-IE", category="transactional") == flagged


# --- clarity: CLR301 false positives --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Peak Lanes: the autumn league starts in October. Sign-ups open Monday, so come early for a lane. Reply STOP to opt out.",
            "en-AU",
            0,
        ),
        (
            "Peak Lanes: the autumn league starts in October. Decide by Friday which night suits your team. Reply STOP to opt out.",
            "en-AU",
            0,
        ),
        (
            "Peak Lanes: the autumn league starts in October. If you sign up before Friday, the first game is free. Reply STOP to opt out.",
            "en-AU",
            0,
        ),
        (
            "Bolera Cumbre: la liga de otoño empieza en octubre. Si te apuntas antes del viernes, la primera partida es gratis. Responde BAJA para no recibir más.",
            "es-CL",
            0,
        ),
        # Traps: a condition on something other than booking or buying, and no action at all.
        (
            "Peak Lanes: the autumn league starts in October. If you need help with the rules, we are here. Reply STOP to opt out.",
            "en-AU",
            1,
        ),
        (
            "Peak Lanes: the autumn league starts in October and it is going to be fun. Reply STOP to opt out.",
            "en-AU",
            1,
        ),
        (
            "Bolera Cumbre: la liga de otoño empieza en octubre. Si tienes dudas sobre las reglas, estamos aquí. Responde BAJA para no recibir más.",
            "es-CL",
            1,
        ),
    ],
)
def test_timed_imperative_choice_and_conditional_offer_are_calls_to_action(
    registry: Registry, body: str, locale: str, flagged: int
) -> None:
    found = finding_texts(registry, "CLR301", body=body, locale=locale, category="marketing", channel="sms")
    assert found == [""] * flagged


# --- clarity: CLR106 and CLR503 false negatives ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Hola, {{nombre}}: el prestatario se obliga a devolver la bicicleta en los términos de la cláusula 3.",
            "es-ES",
            ["se obliga a"],
        ),
        (
            "Hi {{first_name}}, the hirer shall indemnify the owner for any loss howsoever arising.",
            "en-GB",
            ["shall indemnify"],
        ),
        # Traps: a party named once, and "force majeure" alone, are plain enough.
        ("Hola, {{nombre}}: el arrendador te entrega las llaves el lunes a las 10:00.", "es-ES", []),
        (
            "Hi {{first_name}}, if a storm cancels your trip (force majeure), we refund you in full.",
            "en-GB",
            [],
        ),
    ],
)
def test_contract_drafting_is_legal_boilerplate(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "CLR106", body=body, locale=locale, category="service") == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Canal Lock Hire: boat 7 on hw check per MNT 3; dk and bl trips moved to Sat, crew tbc.", ["hw"]),
        # Traps: units, times and lower-case acronyms are no shorthand; vowelless words alone are not read.
        (
            "Canal Lock Hire: boat 7 leaves at 3 pm from the 2 km mark; your SMS receipt and the pdf map follow.",
            [],
        ),
        ("Canal Lock Hire: dk trips moved, crew all set.", []),
        # Round 70: two vowelless shortenings are two codes of letters alone.
        ("Canal Lock Hire: dk and bl trips moved, crew tbc.", ["dk"]),
    ],
)
def test_vowelless_shortenings_beside_a_code_are_abbreviations(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    assert (
        finding_texts(registry, "CLR503", body=body, locale="en-GB", category="alert", channel="sms")
        == flagged
    )


# --- language: LNG101 false positives -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Thanks for booking. Wanjiru's lesson is on Monday at 4 pm.", []),
        ("Your essay is back. The resubs are due on Friday, and we retag late ones.", []),
        # A closed compound of two frequent content words.
        ("Fresh this week: hedgewort plugs and a kilnroom open day.", []),
        # Traps: a misspelt noun in the possessive slot, and "re" before a verb that does not double its consonant.
        ("Thanks for booking. Custmer's lesson is on Monday at 4 pm.", ["Custmer's"]),
        ("Your essay is back. We will reget the marks on Friday.", ["reget"]),
        # Traps: a misspelling that splits into two words, and a derivation's misspelling ("public" + "ally").
        ("Fresh this week: usefull tips and a publically open day.", ["usefull", "publically"]),
    ],
)
def test_possessive_names_and_short_re_verbs_pass(registry: Registry, body: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale="en-KE", category="service") == flagged


# --- language: LNG102 -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # False positive: "each" as a pronoun before its verb and complement.
        ("Our candles are back. Each costs £12 and each comes with a tin lid.", "en-GB", []),
        ("Our candles are back. Each candles burns for 40 hours.", "en-GB", ["candles"]),
        # False negatives, each with its trap.
        ("Nos vemos antes de que se vallan al puerto.", "es-MX", ["vallan"]),
        ("Las vallas del puerto se pintan el lunes.", "es-MX", []),
        ("The new menu is here and its cheaper than last year.", "en-US", ["its"]),
        ("The cat sits closer to its owner than to us.", "en-US", []),
        ("Doors open at 6, so be their a bit before.", "en-US", ["their"]),
        ("Doors open at 6; their seats are by the stage.", "en-US", []),
        ("The repair takes about a hours and a half.", "en-US", ["hours"]),
        ("The repair takes a few hours.", "en-US", []),
        ("Your voucher is ready. It arrive by post on Monday.", "en-US", ["arrive"]),
        ("Your voucher is ready. We will let it expire if unused.", "en-US", []),
        ("Hi, your locker code are 4417.", "en-US", ["are"]),
        ("Hi, your seats are 14 and 15.", "en-US", []),
        ("Hola: tus zapatillas nueva te esperan en la tienda.", "es-ES", ["nueva"]),
        ("Hola: los martes nuevo menú en la tienda.", "es-ES", []),
        ("Hola: tus gafas graduadas ya está en la óptica.", "es-ES", ["está"]),
        ("Hola: los domingos está en la tienda nuestro encargado.", "es-ES", []),
    ],
)
def test_confused_words_h25(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service") == flagged
