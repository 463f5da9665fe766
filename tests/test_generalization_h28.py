"""What the twenty-eighth blind set (h28) showed over-firing in clarity, language and compliance, as classes of wording
(the tone classes are another helper's).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: closed clinical compounds of a combining form and a known word ("posterosuperior",
  "cefalometría"), -able/-ible adjectives of a known verb ("escaneable"), British -ise/-isation spellings of a known
  -ize word ("apostilisation" no, "notarised" yes); "brackets" by the Spanish word list.
- False positive, CMP406: the anti-phishing warning with the usted "se" ("jamás se lo pediremos") or the sender's own
  channel ("we will never text you to ask for it").
- False positive, CLR301: details pointed to in the app or on the site, and a last-chance call.
- False positive, CLR302: what the reader does at the visit offered (see, pick, taste; conoce, recorre).
- False positive, CLR403: a stream offered to those who cannot come to an event held in a place.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- language: LNG101, clinical compounds and -able adjectives ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("La radiografía muestra una lesión posterosuperior pequeña que vamos a vigilar.", []),
        ("Pediremos un estudio cefalométrico antes de colocar el aparato.", []),
        ("El archivo es escaneable desde la app del banco.", []),
        ("Usamos un adhesivo autoblanqueable en la última sesión.", []),
        # Traps: a combining form before a misspelt word, an -able word whose verb is unknown, a plain typo.
        ("La lesión anteroinfeior es pequeña.", ["anteroinfeior"]),
        ("El envase es recicalble en cualquier punto limpio.", ["recicalble"]),
        ("Tu tratamento empieza el lunes.", ["tratamento"]),
    ],
)
def test_clinical_compounds_and_able_adjectives_are_words(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale="es-EC", category="service") == flagged


# --- language: LNG101, British -ise spellings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Your deeds were notarised on Friday and are ready to collect.", []),
        ("We finished the notarisation of the trust papers this morning.", []),
        # Traps: the -iz- form is no word either, or the stem is misspelt.
        ("Your deeds were notorised on Friday.", ["notorised"]),
        ("We checked the documantisation of your claim.", ["documantisation"]),
    ],
)
def test_british_ise_spelling_of_a_known_ize_word_is_a_word(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale="en-ZA", category="service") == flagged


def test_brackets_is_a_spanish_trade_word(registry: Registry) -> None:
    body = "Hola, Ana. Mañana ajustamos tus brackets a las 16:00. Si no puedes venir, avísanos."
    assert finding_texts(registry, "LNG101", body=body, locale="es-CO", category="service") == []
    assert finding_texts(
        registry, "LNG101", body="Tu booking está confirmado.", locale="es-CO", category="service"
    ) == ["booking"]


# --- compliance: CMP406, the anti-phishing warning ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Registro Civil Sur: su clave de acceso es 552014. Jamás se la pediremos por teléfono.",
            "es-ES",
            [],
        ),
        ("Gestoría Prado: su código es 771204. Nadie de la gestoría se lo va a pedir.", "es-MX", []),
        ("Harbour Credit: your code is 660213. We will never text you to ask for it.", "en-GB", []),
        ("Harbour Credit: your code is 660213. We'll never phone to ask for it.", "en-AU", []),
        # Traps: a code with no warning, and a "never" that is no warning.
        ("Registro Civil Sur: su clave de acceso es 552014. Se la enviamos a las 10:00.", "es-ES", [""]),
        ("Harbour Credit: your code is 660213. We never close on Sundays.", "en-GB", [""]),
    ],
)
def test_never_asking_for_the_code_is_the_warning(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    # CMP406 points at the end of the body (an empty span): the warning is missing.
    assert (
        finding_texts(registry, "CMP406", body=body, locale=locale, category="otp", channel="sms") == flagged
    )


# --- clarity: CLR301, an action said without an imperative ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Planetario Norte: la nueva sala del cielo austral abre el sábado. Los horarios están en la app.",
            "es-CL",
            [],
        ),
        (
            "Gallery Nine: the print fair returns next month. Ticket prices are all on our website.",
            "en-IE",
            [],
        ),
        ("Kite Corner: last chance! Only three stunt kites left in the shop.", "en-NZ", []),
        ("Mimbre y Caña: ¡última oportunidad! Quedan dos cestos de la colección de verano.", "es-ES", []),
        # Traps: an announcement with no action, and the app named as news rather than as where to look.
        ("Planetario Norte: la nueva sala del cielo austral abre el sábado.", "es-CL", [""]),
        ("Gallery Nine: our new app has been redesigned for faster browsing.", "en-IE", [""]),
        ("Kite Corner: this is not our last season; the shop stays open all year.", "en-NZ", [""]),
        ("Planetario Norte: tus entradas de regalo ya te esperan en la app.", "es-CL", [""]),
        ("Gallery Nine: the new prints are in the app.", "en-IE", [""]),
    ],
)
def test_details_in_the_app_or_a_last_chance_are_an_action(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert (
        finding_texts(registry, "CLR301", body=body, locale=locale, category="marketing", channel="push")
        == flagged
    )


# --- clarity: CLR302, what the reader does at the visit offered ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Cheese Barn: our dairy open day is back: meet the goats, taste six cheeses and see the cellars. Book at https://cheesebarn.example/open.",
            "en-GB",
            [],
        ),
        (
            "Granja Alba: vuelven las visitas: recorre el huerto, conoce las vacas y degusta los quesos. Reserva en https://granjaalba.example.",
            "es-ES",
            [],
        ),
        # Trap: competing actions of conversion still compete.
        (
            "Cheese Barn: shop the sale, download the app, follow us on Instagram and refer a friend.",
            "en-GB",
            ["refer"],
        ),
    ],
)
def test_what_the_reader_does_at_the_visit_does_not_compete(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "CLR302", body=body, locale=locale, category="marketing") == flagged


# --- clarity: CLR403, a stream for those who cannot come ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Your grandmother's memorial is on Friday 4 June at 14:00 in St Anne's Hall. We will stream it for relatives who can't travel.",
            [],
        ),
        # Traps: an event followed online by everyone, and a stream for the reader.
        (
            "The memorial webcast starts on Friday 4 June at 14:00. Join online from the link we sent.",
            ["14:00"],
        ),
        ("Our open evening is on Friday 4 June at 18:30. Watch the livestream from home.", ["18:30"]),
    ],
)
def test_a_stream_for_those_who_cannot_come_is_no_online_event(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    assert (
        finding_texts(registry, "CLR403", body=body, locale="en-GB", category="service", channel="email")
        == flagged
    )
