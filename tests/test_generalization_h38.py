"""What the thirty-eighth and thirty-ninth blind sets (h38, h39) showed over- and under-firing in clarity and
compliance, as classes of wording (tone and language are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CLR301: a number in words opening the object of a full-context imperative ("compra cinco ...",
  "grab four ..."). CMP406: the do-not-share warning in shorthand ("no compart.", "nvr shr").
- False negative, CMP205: the gain promised as sure ("asegura tu ganancia", "lock in your winnings"); CLR302: a list of
  alternative actions sharing one object ("Llama, reserva, inscríbete o pregunta en ..."); CLR403: a place after the
  brand's name (capitalised in running text) in a call; CLR503: a rare three-letter dictionary word in capitals read
  as the code it looks like ("FUM-linked").
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- clarity: CLR301 (false positive) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # A number in words opens the object as its figure does.
        (
            "¡Hola! Esta semana el sorteo trae premios dobles: pide cuatro rascas en Kiosco Aurora. Responde BAJA para no "
            "recibir más.",
            "es-CR",
            [],
        ),
        (
            "Kiosco Aurora: this week the draw doubles its prizes. Grab four scratchcards. Reply STOP to opt out.",
            "en-US",
            [],
        ),
        # Traps: a dose after a verb of use is no action ("toma diez gotas"), nor a number after a verb that is no
        # imperative ("llegan dos sabores"), nor a number after a noun ("la compra dos veces al mes").
        (
            "Kiosco Aurora: llegan dos sabores nuevos esta semana. Responde BAJA para no recibir más.",
            "es-MX",
            [""],
        ),
        (
            "Kiosco Aurora: toma diez gotas del jarabe nuevo cada día. Responde BAJA para no recibir más.",
            "es-MX",
            [""],
        ),
        (
            "Kiosco Aurora: la compra dos veces al mes sale más barata con la tarjeta. Responde BAJA para no recibir más.",
            "es-MX",
            [""],
        ),
        ("Kiosco Aurora: four new flavours arrive this week. Reply STOP to opt out.", "en-US", [""]),
    ],
)
def test_a_number_in_words_opens_the_object(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CLR301", body=body, locale=locale, category="marketing", brand="Kiosco Aurora"
    )
    assert texts == flagged


# --- compliance: CMP406 (false positive) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # The warning in shorthand: a negation and the clipped verb.
        ("Billetera Sol: cod. 883120 p/ confirmar pago, vence en 10 min, no compart.", "es-MX", []),
        ("Billetera Sol: cod. 883120 p/ confirmar pago. Vence en 10 min. No comp. con nadie", "es-MX", []),
        ("Walletly: ur code 883120 2 confirm pymt, exp 10 min, nvr shr.", "en-KE", []),
        ("Walletly: your code is 883120, exp 10 min. Dont shr it.", "en-KE", []),
        # Traps: "comp." in mid-message may be "compatible"; "share" with another object is no warning; no warning at all.
        (
            "Billetera Sol: tu código es 883120, vence en 10 min. No comp. con tarjetas antiguas.",
            "es-MX",
            [""],
        ),
        ("Billetera Sol: tu código es 883120 para la compra. Vence en 10 min.", "es-MX", [""]),
        ("Walletly: your code 883120 confirms the payment. Share your feedback in the app.", "en-KE", [""]),
    ],
)
def test_the_no_share_warning_in_shorthand(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP406", body=body, locale=locale, category="otp", channel="sms", brand="Billetera Sol"
    )
    assert texts == flagged


# --- compliance: CMP205 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # The gain promised as sure, whatever is bought.
        (
            "¡Hola! El pozo de la rifa está lleno: compra tres boletos en Suerte Norte y asegura tus ganancias esta semana. "
            "Responde BAJA para no recibir más.",
            "es-CO",
            ["asegura tus ganancias"],
        ),
        (
            "Suerte Norte: con nuestro plan de cuotas tienes ganancia asegurada cada mes. Responde BAJA.",
            "es-CO",
            ["ganancia asegurada"],
        ),
        (
            "Lucky North: the pot is full this week. Buy three tickets and lock in your winnings. Reply STOP to opt out.",
            "en-US",
            ["lock in your winnings"],
        ),
        (
            "Lucky North: our new coin pool means sure profits every week. Reply STOP to opt out.",
            "en-US",
            ["sure profits"],
        ),
        # Traps: the gain only named, and a seat or a place made sure.
        (
            "Suerte Norte: consulta tu ganancia del mes en la app y asegura tu lugar en el taller. Responde BAJA.",
            "es-CO",
            [],
        ),
        (
            "Lucky North: check your gains for the month in the app and secure your seat at the workshop. Reply STOP.",
            "en-US",
            [],
        ),
    ],
)
def test_a_gain_promised_as_sure(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(
        registry, "CMP205", body=body, locale=locale, category="marketing", brand="Suerte Norte"
    )
    assert texts == flagged


# --- clarity: CLR302 ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # A list of alternative actions closed by "o"/"or": each verb counts.
        (
            "Librería Faro: firmas de autor y mercadillo de usados este sábado. Llama, reserva, inscríbete o pregunta en "
            "https://libreriafaro.es.",
            "es-ES",
            ["pregunta"],
        ),
        (
            "Faro Books: signings and a used-book market this Saturday. Call, book, sign up or ask at https://farobooks.com.",
            "en-GB",
            ["ask"],
        ),
        # Traps: steps of one action joined by "y"/"and", and a list of nouns.
        ("Librería Faro: entra, elige y reserva en https://libreriafaro.es.", "es-ES", []),
        (
            "Librería Faro: visita, reserva o compra en https://libreriafaro.es, todo en un mismo sitio.",
            "es-ES",
            [],
        ),
        ("Faro Books: browse, pick and book at https://farobooks.com.", "en-GB", []),
        ("Faro Books: tickets, books or gifts at https://farobooks.com.", "en-GB", []),
    ],
)
def test_a_list_of_alternative_actions(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CLR302", body=body, locale=locale, category="marketing", brand="Librería Faro"
    )
    assert texts == flagged


# --- clarity: CLR403 ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "flagged"),
    [
        # The place after the brand's name, which is capitalised in running text: a call with a place abroad.
        (
            "Hola, {{nombre}}. Tu llamada con la recepción de Posadas Río Claro en Lima quedó para el jueves 3 de junio a "
            "las 11:00. Te llamamos al número que nos diste.",
            "es-AR",
            "Posadas Río Claro",
            ["11:00"],
        ),
        (
            "Hi {{first_name}}, your call with the front desk of Harbour Inns in Lima is set for Thursday 3 June at 11:00. "
            "We'll ring the number you gave us.",
            "en-GB",
            "Harbour Inns",
            ["11:00"],
        ),
        # Traps: the same place in the reader's country; a title in capitals that is not the brand's name.
        (
            "Hola, {{nombre}}. Tu llamada con la recepción de Posadas Río Claro en Rosario quedó para el jueves 3 de junio "
            "a las 11:00. Te llamamos al número que nos diste.",
            "es-AR",
            "Posadas Río Claro",
            [],
        ),
        (
            "Hola, {{nombre}}. Llamada de Bienvenida Claro en Lima: el jueves 3 de junio a las 11:00 te llamamos.",
            "es-AR",
            "Estudio Norte",
            [],
        ),
    ],
)
def test_a_place_after_the_brand_name(
    registry: Registry, body: str, locale: str, brand: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "CLR403", body=body, locale=locale, category="service", brand=brand)
    assert texts == flagged


# --- clarity: CLR503 ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # A rare dictionary word of three letters in capitals is the code it looks like.
        ("Your FUM-linked fee and the AUK levy moved after the DKV review.", "en-NZ", ["FUM"]),
        ("Tu comisión FUL-base y la cuota TPO cambian tras la revisión DKV.", "es-CL", ["FUL"]),
        # Traps: frequent words in capitals (shouting, TON201's) and Roman numerals.
        ("Your fund statement: the PAY and FEE columns and the NET total now show 2027.", "en-NZ", []),
        (
            "Tickets for Super Bowl LVI, the LXI reunion and the XCI gala are on sale at the box office.",
            "en-US",
            [],
        ),
    ],
)
def test_a_rare_three_letter_word_in_capitals_is_a_code(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry,
        "CLR503",
        body=body,
        locale=locale,
        category="transactional",
        channel="email",
        subject="Aviso",
        brand="Kowhai",
    )
    assert texts == flagged
