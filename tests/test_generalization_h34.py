"""What the thirty-fourth and thirty-fifth blind sets (h34, h35) showed over- and under-firing in clarity and
compliance, as classes of wording (tone and language are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CMP501: a notice whose link is on the brand's name without its first (trade) word
  ("montacargasandino" for Centro Montacargas Andino) read as a link off the brand's domain.
- False negative, CMP111: the brand written only inside a link; CMP304: the whole name run together with a payment
  word; CMP409: the card number listed before the password asked back by reply; CMP201: sake by the bottle or glass,
  and soju.
- False negative, CLR403: the reader put by the message in a place of another zone ("estás en Madrid", "you're
  joining from London"); CLR503: a code before a quantity ("TTL 300 s") and a code led by its number ("2.0TD");
  CLR502: a state given with "con estado" / "with status".
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- compliance: CMP501 (false positive) ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "locale", "flagged"),
    [
        # The brand's domain drops its first word: the notice is the brand's own.
        (
            "Hola. Tu matrícula del curso de grúas está retenida por un saldo pendiente; págala antes del lunes en "
            "https://gruasdelsur.cl/pagos.",
            "Escuela Grúas del Sur",
            "es-CL",
            [],
        ),
        (
            "Hi, your certificate is on hold until the balance is settled. Pay it at https://ridgelinelifting.co.uk/pay.",
            "Academy Ridgeline Lifting",
            "en-GB",
            [],
        ),
        # Traps: the rest of the name is one frequent word, or the domain adds a word to the name.
        (
            "Hi, your certificate is on hold until the balance is settled. Pay it at https://training.co.uk/pay.",
            "Northgate Training",
            "en-GB",
            ["on hold"],
        ),
        (
            "Hola. Tu matrícula está retenida por un saldo pendiente; págala en https://gruasdelsur-cobros.cl/pagos.",
            "Escuela Grúas del Sur",
            "es-CL",
            ["retenida"],
        ),
    ],
)
def test_brand_domain_without_its_trade_word(
    registry: Registry, body: str, brand: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "CMP501", body=body, brand=brand, locale=locale, category="collections")
    assert texts == flagged


# --- compliance: CMP111 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "locale", "flagged"),
    [
        (
            "Hola, tu cuota de 35 € venció ayer. Puedes pagarla en https://cuotaclara.es/pagar.",
            "Cuotaclara",
            "es-ES",
            ["H"],
        ),
        (
            "Hi, your instalment of $60 is late. Settle it at https://tallyfox.com/settle today.",
            "Tallyfox",
            "en-US",
            ["H"],
        ),
        # Traps: the name written in the text, before or after the same link.
        (
            "Cuotaclara: tu cuota de 35 € venció ayer. Págala en https://cuotaclara.es/pagar.",
            "Cuotaclara",
            "es-ES",
            [],
        ),
        (
            "Hi, your instalment of $60 is late. Settle it at https://tallyfox.com/settle. Tallyfox",
            "Tallyfox",
            "en-US",
            [],
        ),
    ],
)
def test_brand_only_inside_a_link(
    registry: Registry, body: str, brand: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP111", body=body, brand=brand, locale=locale, category="collections", channel="sms"
    )
    assert texts == flagged


# --- compliance: CMP304 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "flagged"),
    [
        (
            "Crédito Rápido: tu cuota vence hoy. Págala en https://creditorapido-pagos.pe/cuota.",
            "Crédito Rápido",
            ["https://creditorapido-pagos.pe/cuota"],
        ),
        (
            "Lendwise Direct: your repayment is due. Pay at https://lendwisedirect-billing.com/due.",
            "Lendwise Direct",
            ["https://lendwisedirect-billing.com/due"],
        ),
        # Traps: the brand's own domain with a payment page, and a one-word name with "pay" or "pago" (a product's
        # domain is named so). Round 42 (h53-es-059 "trayectia-pagos", h39-en-014 "fibrenest-billing", both labelled
        # look-alikes by blind writers): a one-word name of six letters or more with another payment word flags.
        (
            "Crédito Rápido: tu cuota vence hoy. Págala en https://creditorapido.pe/pagos.",
            "Crédito Rápido",
            [],
        ),
        ("Kuotas: tu cuota vence hoy. Págala en https://kuotas-pago.pe/cuota.", "Kuotas", []),
        ("Kuotas: tu cuota vence hoy. Págala en https://kuotas-pagos.pe/cuota.", "Kuotas", ["https://kuotas-pagos.pe/cuota"]),
    ],
)
def test_whole_name_with_a_payment_word(
    registry: Registry, body: str, brand: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP304", body=body, brand=brand, locale="es-PE", category="collections", channel="sms"
    )
    assert texts == flagged


# --- compliance: CMP409 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Para activar la póliza hoy, contéstenos con el número de su tarjeta y su clave de acceso.",
            "es-CO",
            [", contéstenos con el número de su tarjeta y su clave de acceso"],
        ),
        (
            "To finish your refund, reply with your card number and your PIN.",
            "en-GB",
            [", reply with your card number and your PIN"],
        ),
        # Traps: the warning never to send them, and a card asked for without a secret.
        ("Nunca le pediremos el número de su tarjeta ni su clave de acceso por este medio.", "es-CO", []),
        ("To finish your refund, reply with the last four digits of your card.", "en-GB", []),
    ],
)
def test_card_listed_before_the_secret(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "CMP409", body=body, locale=locale) == flagged


# --- compliance: CMP201 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Koi Bento: este viernes, una botella de sake de regalo con el menú para dos.",
            "es-MX",
            ["botella de sake"],
        ),
        (
            "Koi Bento: a glass of sake on the house with every omakase this Friday.",
            "en-AU",
            ["glass of sake"],
        ),
        ("Seoul Grill: soju for two with any barbecue set tonight.", "en-AU", ["soju"]),
        # Traps: "for the sake of", and sake as an ingredient.
        ("Koi Bento: for the sake of your time, order ahead in the app.", "en-AU", []),
        ("Koi Bento: salmón glaseado con sake y arroz, nuevo en la carta.", "es-MX", []),
    ],
)
def test_sake_by_the_bottle_or_glass(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    assert (
        finding_texts(registry, "CMP201", body=body, locale=locale, category="marketing", channel="push")
        == flagged
    )


# --- clarity: CLR403 ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Vemos que te encuentras en Lisboa. El lunes la app estará en mantenimiento de 2:00 a 5:00.",
            "es-MX",
            ["2:00"],
        ),
        ("Como vas a ver la final desde Canarias, el directo empieza a las 20:00.", "es-ES", ["20:00"]),
        (
            "Since you're travelling in Tokyo this week, your adviser will call you at 9:30 am.",
            "en-GB",
            ["9:30 am."],
        ),
        # Traps: a condition (an offer on that place's clock), a place on the reader's clock, a zone given.
        ("Si estás en Lisboa, visita nuestra tienda del Chiado el lunes a las 10:00.", "es-MX", []),
        ("If you're in Tokyo, drop by our Ginza store on Monday at 10:00.", "en-GB", []),
        ("Como estás en París, el directo empieza a las 20:00.", "es-ES", []),
        (
            "Since you're travelling in Tokyo this week, your adviser will call you at 9:30 am UK time.",
            "en-GB",
            [],
        ),
    ],
)
def test_reader_put_in_a_place_of_another_zone(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "CLR403", body=body, locale=locale, category="service") == flagged


# --- clarity: CLR503 and CLR502 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # A code before a quantity is counted; one led by its number is judged by its capitals.
        ("Prueba de tu línea: RTD 180 ms, TTL 300 s y DSCP activo.", "es-CO", ["RTD"]),
        ("Line test done: RTD 180 ms, TTL 300 s, DSCP tagging on.", "en-GB", ["RTD"]),
        ("Tu suministro pasa a 6.1TD tras revisar el ICP y el MCP.", "es-ES", ["6.1TD"]),
        ("Your line moves to 4.2XR after the BNG and CPE swap.", "en-GB", ["4.2XR"]),
        # Traps: references with their numbers, and a unit or known acronym after a number.
        ("Tus vuelos IB 3120, LA 2290 y AV 1180 están confirmados.", "es-CO", []),
        ("Your flights BA 2290, AF 1180 and LX 1234 are confirmed.", "en-GB", []),
        ("Your plan now has 10GB of data, 2FA on and 5G calls.", "en-GB", []),
    ],
)
def test_code_before_a_quantity_or_led_by_a_number(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "CLR503", body=body, locale=locale, category="service") == flagged


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Hola, tu solicitud figura con estado PRV-2 desde ayer.", "es-UY", ["PRV-2"]),
        ("Hi, your claim is listed with status HX-4 since Monday.", "en-GB", ["HX-4"]),
        # Traps: a state in words.
        ("Hola, tu solicitud figura con estado ACTIVO desde ayer.", "es-UY", []),
        ("Hi, your claim is listed with status OK since Monday.", "en-GB", []),
    ],
)
def test_state_given_with_con_estado(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "CLR502", body=body, locale=locale, category="service") == flagged
