"""What the thirteenth blind set (h13) showed missing or over-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it.

- False positive: the OTP warning given with "nunca" ("nunca compartas este código"; "nadie te los pedirá") (CMP406).
- CMP408: the sender's name inside the sign-in code phrase ("your Fernbank one-time PIN is").
- CLR502: a state given as a label after a colon ("estado PND-ALM"), and three-letter codes that are words only in
  the other language (OBS). CLR105: a time (18:00) does not end the clause.
- LNG102: halla/haya in the other persons, plural existential haber, "las nuevas colección", "tu pedido llego",
  "Mas sabor por menos"; "there was two", "both has", "your parcel have", "has arrive", "Its usually", "for you order".
- TON107 veiled-escalation; TON108 busy-sarcasm-third-party and despite-being-told; TON109 simple-once-more,
  some-customers-struggle and the "sticks this time" sigh; TON110 still-in-time-for-now and smart-ones-already;
  TON111 neglected-thing.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- compliance ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Caja Norte: tu clave es 220417. Nunca la compartas con nadie.", "es-MX", False),
        ("Caja Norte: tu clave es 220417. Nadie de la Caja te las pedirá por teléfono.", "es-CO", False),
        ("Caja Norte: tu clave es 220417. Nunca reveles este código.", "es-AR", False),
        # "nunca" that is not about sharing is no warning.
        ("Caja Norte: tu clave es 220417. Nunca cobramos por este servicio.", "es-MX", True),
    ],
)
def test_never_share_is_the_otp_warning(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP406", body=body, locale=locale, category="otp", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Hi, your Fernbank sign-in code is 770341. Also, 3% back on fuel this week. Reply STOP to opt out.", "en-AU", True),
        ("Hola, tu clave de verificación de Caja Norte es 770341. Y además, 3% en gasolina. Responde BAJA para salir.", "es-MX", True),
        ("Hi, your Fernbank promo code is SAVE15. Get 3% back on fuel this week. Reply STOP to opt out.", "en-AU", False),
        ("Hola, tu código de descuento de Caja Norte es GAS15. Responde BAJA para salir.", "es-MX", False),
    ],
)
def test_brand_inside_the_sign_in_code_phrase(registry: Registry, body: str, locale: str, fires: bool) -> None:
    found = finding_texts(registry, "CMP408", body=body, locale=locale, category="marketing", channel="whatsapp")
    assert bool(found) is fires


# --- clarity ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Envío 7781 de Mercado Alba: estado DSP-CTR / K4. Más info en la app.", "es-MX", ["DSP-CTR"]),
        ("Parcel 7781 from Alba Market: status HLD-DC. More in the app.", "en-GB", ["HLD-DC"]),
        ("Su trámite quedó en estado OBS. Lo revisamos esta semana.", "es-PE", ["OBS"]),
        ("Envío 7781: estado: en reparto. Llega hoy.", "es-MX", []),
        ("Parcel 7781. Status: DELIVERED. Enjoy!", "en-GB", []),
        ("Parcel 7781: status OK, arriving today.", "en-GB", []),
    ],
)
def test_status_label_after_a_colon(registry: Registry, body: str, locale: str, fires: list[str]) -> None:
    assert finding_texts(registry, "CLR502", body=body, locale=locale, category="transactional", channel="push") == fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("It isn't that you can't not park after 20:30, but if you don't leave by then, the fee won't not apply.", "en-GB", True),
        ("No es que no pueda no venir a las 9:30, pero si no llega antes, no se le guarda la plaza.", "es-ES", True),
        ("You can park until 20:30; after that, a fee applies.", "en-GB", False),
        ("Puede venir hasta las 9:30; después no podemos guardarle la plaza.", "es-ES", False),
    ],
)
def test_a_time_does_not_end_the_negation_count(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR105", body=body, locale=locale, category="service", channel="whatsapp")) is fires


# --- language --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Taller Sur: cuando hallan cambiado el aceite, te llamamos.", "es-CL", ["hallan"]),
        ("Taller Sur: hallamos la pieza en el almacén.", "es-CL", []),
        ("Banco Lago: hubieron tres intentos de acceso a tu cuenta.", "es-MX", ["hubieron"]),
        ("Banco Lago: habían varios pagos en espera y ya salieron.", "es-AR", ["habían"]),
        ("Banco Lago: ya habían salido los pagos del lunes.", "es-AR", []),
        ("Moda Brisa: nuestras nuevas edición de otoño ya llegó.", "es-CO", ["edición"]),
        ("Moda Brisa: nuestras nuevas ediciones de otoño ya llegaron.", "es-CO", []),
        ("Moda Brisa: tu paquete de Moda Brisa llego a tu casa.", "es-UY", ["llego"]),
        ("Moda Brisa: el reembolso se acredito ayer.", "es-UY", ["acredito"]),
        ("Moda Brisa: cuando llego a la tienda, te aviso.", "es-UY", []),
        ("Moda Brisa: Mas estilo por menos en toda la tienda.", "es-CO", ["Mas"]),
        ("Moda Brisa: Mas, el diseñador, firma la colección.", "es-CO", []),
        ("Harbour Bank: there was three failed sign-ins on your account.", "en-NZ", ["was"]),
        ("Harbour Bank: there were three failed sign-ins, and both has been blocked.", "en-NZ", ["has"]),
        ("Harbour Bank: there was a failed sign-in, and it has been blocked.", "en-NZ", []),
        ("Your Kiwi Mart order have shipped today.", "en-NZ", ["have"]),
        ("Your card and your account have been updated.", "en-NZ", []),
        ("Kiwi Mart: your refund has arrive in your account.", "en-NZ", ["arrive"]),
        ("Kiwi Mart: the store has open days on Sunday.", "en-NZ", []),
        ("Kiwi Mart: your refund is on the way. Its normally there in two days.", "en-NZ", ["Its"]),
        ("Kiwi Mart: the app and its always-on alerts.", "en-NZ", []),
        ("Kiwi Mart: thanks for you purchase! See you soon.", "en-NZ", ["you"]),
        ("Kiwi Mart: thank you for your purchase! See you soon.", "en-NZ", []),
    ],
)
def test_h13_confused_words(registry: Registry, body: str, locale: str, fires: list[str]) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms") == fires


# --- tone ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "span"),
    [
        ("TON107", "Su cuota venció el martes. No quisiéramos que esto se convierta en algo más grave.", "es-CO", "collections", "se convierta en algo más grave"),
        ("TON107", "Your loan payment was due Tuesday. We wouldn't want this to snowball into something messier.", "en-US", "collections", "snowball into something messier"),
        ("TON108", "Peluquería Canina Sol: Toby no viene desde junio. Seguro que él también anda muy ocupado.", "es-AR", "service", "Seguro que él también anda muy ocupado"),
        ("TON108", "Paws Grooming: Toby's trim is overdue. We're sure he's had a really hectic month.", "en-GB", "service", "We're sure he's had a really hectic month"),
        ("TON108", "Motos Ría: la moto llegó con el depósito vacío, aunque le pedimos expresamente que no.", "es-ES", "transactional", "aunque le pedimos expresamente que no"),
        ("TON108", "River Bikes: the bike came back muddy, although we specifically asked you not to ride off-road.", "en-AU", "transactional", "although we specifically asked you not to"),
        ("TON109", "Tu pago no pasó. Es muy fácil, así que te lo explicamos de nuevo: revisa la fecha de la tarjeta.", "es-MX", "service", "Es muy fácil"),
        ("TON109", "Your payment failed. It's honestly very easy, so here it is again: check the card's expiry date.", "en-IE", "service", "It's honestly very easy"),
        ("TON109", "Sabemos que a algunos socios les cuesta acordarse, por eso le mandamos este aviso.", "es-CL", "collections", "Sabemos que a algunos socios les cuesta acordarse"),
        ("TON109", "We know some members struggle to keep track, so here is a reminder about your dues.", "en-GB", "collections", "We know some members struggle to keep track"),
        ("TON109", "Le guardamos el turno otra vez. Esperamos que ahora sí sea la vencida.", "es-AR", "service", "Esperamos que ahora sí sea la vencida"),
        ("TON109", "We've moved your booking again. Fingers crossed this one sticks this time.", "en-NZ", "service", "Fingers crossed this one sticks this time"),
        ("TON110", "Los cupos del campamento vuelan. Aún estás a tiempo, de momento.", "es-CL", "marketing", "Aún estás a tiempo, de momento"),
        ("TON110", "Camp places are going fast. There's still room for you, but not for long.", "en-CA", "marketing", "There's still room for you, but not for long"),
        ("TON110", "Las familias que se organizan con tiempo ya aseguraron su cupo.", "es-CL", "marketing", "Las familias que se organizan con tiempo ya aseguraron"),
        ("TON110", "Savvy parents secured their camp places months ago.", "en-CA", "marketing", "Savvy parents secured"),
        ("TON111", "Hace meses que no abres la app y tu biblioteca se ve un poco sola.", "es-MX", "marketing", "se ve un poco sola"),
        ("TON111", "Your reading list is beginning to look rather neglected. Pick up where you left off.", "en-US", "marketing", "beginning to look rather neglected"),
    ],
)
def test_h13_tone_clues(registry: Registry, rule: str, body: str, locale: str, category: str, span: str) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category, channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Si tienes dudas, te ayudamos antes de que se convierta en algo más grave: escríbenos.", "es-CO", "service"),
        ("If a leak grows into something bigger, call us on 0800 555 0199.", "en-US", "service"),
        ("Sabemos que tienes la agenda muy apretada, así que puedes reservar en la app.", "es-ES", "service"),
        ("We know you're busy, so you can book in the app in a minute.", "en-GB", "service"),
        ("Aunque te dijimos que llegaba el lunes, tu pedido sale hoy. Perdona el retraso.", "es-MX", "transactional"),
        ("Es muy fácil: toca Pagar y listo.", "es-MX", "service"),
        ("It's really simple: tap Pay and you're done.", "en-IE", "service"),
        ("Sabemos que a algunos clientes les cuesta usar la app, por eso abrimos una línea de ayuda.", "es-CL", "service"),
        ("Todavía estás a tiempo: la oferta sigue hasta el domingo 14.", "es-CL", "marketing"),
        ("There's still time: the offer runs until Sunday 14 June.", "en-CA", "marketing"),
        ("Smart shoppers love our price match. See it in the app.", "en-CA", "marketing"),
        ("Tu pedido ya está listo y tu carrito está vacío.", "es-MX", "transactional"),
        ("Your plant looks a bit dry? Our care guide is in the app.", "en-US", "marketing"),
    ],
)
def test_h13_tone_near_misses_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    for rule in ("TON107", "TON108", "TON109", "TON110", "TON111"):
        assert finding_texts(registry, rule, body=body, locale=locale, category=category, channel="sms") == []
