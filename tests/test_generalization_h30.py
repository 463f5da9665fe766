"""What the thirtieth blind set (h30) showed over- and under-firing in clarity, language and compliance, as classes of
wording (the tone classes are another helper's).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: the name of a leftover bracketed field ("[first_name]", CMP601's); in a text-speak field, a
  known word with vowels or its accent left out ("txtbook", "escribenos"); English -ic adjectives of a known noun in -e
  ("aldehydic").
- False positive, CLR301: an English imperative with a bare plural object its clause closes ("Bring warm gloves and
  ..."); the imperative that promises ("Dance tonight and you could win"); an offer redeemed by showing this message
  ("si muestras este mensaje", "if you show this text").
- False negative, CLR403: an online briefing or induction; a class named with its complement before "en línea".
- False negative, LNG102: "ha" for "a" after oler/saber/sonar and ir; a plural determiner with a singular prenominal
  adjective ("los nuevo sabores"); "there" before a plural noun and its verb; "you just needs"; "more <adjective> then".
- False negative, CMP207 (new): a product said to cure a condition, in any wording of the condition.
- False negative, CMP304: the name without its first (trade) word, with a payment word ("piedra-alta-pagos").
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- language: LNG101, leftover fields and text-speak ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Hola [first_name], tu turno con la podóloga es el martes.", "es-UY", []),
        ("Hola <customer_name>, tu turno con la podóloga es el martes.", "es-UY", []),
        # Trap: the same words outside brackets are English words in a Spanish message.
        ("Recuerda escribir tu first name en el formulario.", "es-UY", ["first", "name"]),
    ],
)
def test_leftover_field_is_no_word(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "LNG101", body=body, locale=locale, category="service", stage="rendered")
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Coro Sur: hola! ensayo x la tarde, q t esperamos, traé tu partitura. cualquier cosa llamanos porfa",
            "es-AR",
            [],
        ),
        ("Coro Sur: ensayo x la tarde, q t esperamos, llamanos si no podes venir porfa", "es-AR", []),
        ("pls bring ur lettr from the school 2 the desk tmrw thx", "en-IN", []),
        # Traps: a typo that swaps letters in text-speak; the same stripped words in a plain sentence.
        ("pls bring ur letetr 2 the desk tmrw thx", "en-IN", ["letetr"]),
        ("Please bring your lettr to the desk tomorrow.", "en-IN", ["lettr"]),
        (
            "Coro Sur: el ensayo es por la tarde. Cualquier cosa, llamanos o escribenos.",
            "es-AR",
            ["escribenos"],
        ),
    ],
)
def test_stripped_word_in_text_speak(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    assert (
        finding_texts(registry, "LNG101", body=body, locale=locale, category="service", channel="sms")
        == flagged
    )


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Our new candle has an enzymic clean finish.", []),
        ("Our new cologne has an aldehydic opening.", []),
        # Traps: no known noun in -e behind it; a short stem.
        ("Our new cologne has a zorbadic opening.", ["zorbadic"]),
        ("Our new cologne has a plonic opening.", ["plonic"]),
    ],
)
def test_ic_adjective_of_a_known_noun(registry: Registry, body: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale="en-GB", category="marketing") == flagged


# --- clarity: CLR301, a bare plural object, a promise, an offer redeemed by showing the message -------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Harbour Rowing Club: taster morning this Sunday. Bring warm gloves and a water bottle. Reply STOP to opt out.",
            "en-GB",
            [],
        ),
        (
            "Harbour Rowing Club: taster morning this Sunday. Dance tonight and you could win a free term. Reply STOP to opt out.",
            "en-GB",
            [],
        ),
        (
            "Harbour Rowing Club: 10% off the taster term if you show this text at the boathouse. Reply STOP to opt out.",
            "en-GB",
            [],
        ),
        (
            "Club Remo Sur: esta semana el café va por nuestra cuenta si presentas este mensaje en la barra. Responde BAJA para no recibir más.",
            "es-CL",
            [],
        ),
        # Traps: a noun opening a sentence with its verb; a list after a comma; showing symptoms; a noun with "and you".
        (
            "Harbour Rowing Club: the new season is here. Call volumes are high this week. Reply STOP to opt out.",
            "en-GB",
            [""],
        ),
        (
            "Harbour Rowing Club: new kit is in: vests, rain jackets, top layers and caps. Reply STOP to opt out.",
            "en-GB",
            [""],
        ),
        (
            "Club Remo Sur: esta semana hay café gratis si muestras síntomas de frío. Responde BAJA para no recibir más.",
            "es-CL",
            [""],
        ),
        (
            "Harbour Rowing Club: Karaoke tonight and your friends are welcome. Reply STOP to opt out.",
            "en-GB",
            [""],
        ),
    ],
)
def test_call_to_action_in_new_shapes(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CLR301", body=body, locale=locale, category="marketing", channel="sms")
    assert texts == flagged


# --- clarity: CLR403, online sessions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Hi Sam, your online staff induction starts on Monday at 9am. Join at https://oakline.com.au/induct.",
            "en-AU",
            ["9am."],
        ),
        ("Hola Ana, su clase de prueba de francés en línea es el martes a las 18:00.", "es-CO", ["18:00"]),
        # Traps: the zone is given; an induction on site.
        ("Hi Sam, your online staff induction starts on Monday at 9am AEST.", "en-AU", []),
        ("Hi Sam, your staff induction at the depot starts on Monday at 9am.", "en-AU", []),
    ],
)
def test_online_session_time_without_zone(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CLR403", body=body, locale=locale, category="service", channel="email", subject="Hi"
    )
    assert texts == flagged


# --- language: LNG102, new classes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Nuestro jabón de avena deja la piel oliendo bien: huele ha jazmín.", ["ha"]),
        ("El pastel sabe ha limón recién rallado.", ["ha"]),
        ("Mañana vamos ha cerrar a las 18:00.", ["ha"]),
        ("Ya llegaron los nuevo modelos de temporada.", ["los nuevo"]),
        ("Revisa tus primera compras en la app.", ["tus primera"]),
        # Traps: "ha" as the auxiliary; agreement kept; "mal" as an adverb; a singular noun after it.
        ("El pastel que más se vende ha sido el de limón.", []),
        ("Ya llegaron los nuevos modelos de temporada.", []),
        ("Ya llegaron las mal llamadas ofertas de enero.", []),
        ("Tu nuevo modelo ya llegó.", []),
    ],
)
def test_spanish_confusions(registry: Registry, body: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale="es-ES", category="service") == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Bring a towel, and there instructors will be on the deck all day.", ["there"]),
        ("No kit needed: you only needs a swimsuit.", ["needs"]),
        ("The oak frames are more durable then the pine ones.", ["then"]),
        # Traps: "there" as an adverb before a time word; a measure noun after an object "you"; a plural noun between.
        ("Get there minutes early, and there always are spare towels.", []),
        ("We'll text you just minutes before the lesson.", []),
        ("Add two or more items then the discount applies.", []),
        ("Their instructors will be on the deck all day; you only need a swimsuit.", []),
    ],
)
def test_english_confusions(registry: Registry, body: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale="en-GB", category="service") == flagged


# --- compliance: CMP207, cure claims --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Nuestro colirio natural cura la conjuntivitis en tres días.", "es-MX", ["cura la conjuntivitis"]),
        (
            "Las plantillas Andar curan definitivamente el dolor de rodilla.",
            "es-MX",
            ["curan definitivamente el dolor"],
        ),
        ("Our chewable tablets cure itchy skin in cats for good.", "en-GB", ["cure itchy"]),
        # Traps: the noun, a negation, curing as a process, a priest.
        ("No existe una cura para la gripe: vacúnate en nuestra farmacia.", "es-MX", []),
        ("Este producto no cura la conjuntivitis; consulta a tu oftalmólogo.", "es-MX", []),
        ("El cura la bendijo en la misa del domingo.", "es-MX", []),
        ("Our resin cures in 90 seconds under the lamp.", "en-GB", []),
        ("These tablets don't cure itchy skin; ask your vet.", "en-GB", []),
        ("There is no cure for the common cold.", "en-GB", []),
    ],
)
def test_cure_claim(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CMP207", body=body, locale=locale, category="marketing", channel="sms")
    assert texts == flagged


# --- compliance: CMP304, the name's tail with a payment word ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "flagged"),
    [
        (
            "Paga tu factura en https://monte-claro-pagos.com/junio.",
            "Viveros Monte Claro",
            ["https://monte-claro-pagos.com/junio"],
        ),
        (
            "Pay your invoice at https://greyfield-billing.com/june.",
            "Quarry Greyfield",
            ["https://greyfield-billing.com/june"],
        ),
        # Traps: the brand's own domain and a page of it; a short tail word; no payment word.
        ("Paga tu factura en https://viverosmonteclaro.com/pagos.", "Viveros Monte Claro", []),
        ("Pay your invoice at https://oak-pay.com/june.", "Quarry Oak", []),
        ("Mira el catálogo en https://monte-claro.com.", "Viveros Monte Claro", []),
    ],
)
def test_brand_tail_with_payment_word(registry: Registry, body: str, brand: str, flagged: list[str]) -> None:
    texts = finding_texts(
        registry,
        "CMP304",
        body=body,
        locale="es-GT",
        category="collections",
        channel="email",
        subject="Factura",
        brand=brand,
    )
    assert texts == flagged
