"""Language rules catch the real-word slips and spare the words the second blind set (h2) showed them
misjudging. New wording only.

- LNG102: sé/se, tu/tú, por que/porque, valla/vaya, ahí/hay, voseo podés/tenés without accent, your/you're,
  there/they're, it's/its, loosing/losing, who's/whose, each with a neutral sentence sharing its words.
- LNG101: words glued to digits (codes, ordinals) are skipped; Spanish prefixed words (dermo-, cripto-,
  des-) and the message's regional dictionary (en-CA) are accepted; a misspelled weekday or month in
  English is reported although it is capitalised.
"""

from __future__ import annotations

import pytest
from conftest import make_message

from sendlint.engine import evaluate
from sendlint.registry import Registry


def confusions(registry: Registry, body: str, locale: str) -> list[tuple[str, str]]:
    message = make_message(body=body, locale=locale, channel="whatsapp", category="service")
    return [(body[f.start : f.end], f.message) for f in evaluate(message, registry).findings if f.rule == "LNG102"]


def misspelled(registry: Registry, body: str, locale: str) -> list[str]:
    subject = "Aviso" if locale.startswith("es") else "Notice"
    message = make_message(body=body, locale=locale, channel="email", category="service", subject=subject)
    return [body[f.start : f.end] for f in evaluate(message, registry).findings if f.rule == "LNG101" and f.field == "body"]


@pytest.mark.parametrize(
    ("body", "locale", "slip"),
    [
        ("El certificado ya sé encuentra en tu área de cliente.", "es", "sé"),
        ("Mañana sé cobrará la cuota de junio.", "es", "sé"),
        ("Si tu ya pagaste, ignora este mensaje.", "es", "tu"),
        ("Cerramos el lunes por que estamos de inventario.", "es", "por que"),
        ("Esperamos que te valla bien con el nuevo plan.", "es", "valla"),
        ("No dejes que se te valla acumulando la deuda.", "es", "valla"),
        ("El sábado ahí cortes de agua en tu zona.", "es", "ahí"),
        ("Ya podes pagarlo desde la app.", "es-AR", "podes"),
        ("Tenes que traer el DNI para retirarlo.", "es-AR", "Tenes"),
        ("Let us know if your still waiting for the engineer.", "en", "your"),
        ("Hang up if they claim their calling from our fraud team.", "en", "their"),
        ("Charge the speaker fully: it's battery will last ten hours.", "en", "it's"),
        ("Pay today to avoid loosing your loyalty points.", "en", "loosing"),
        ("Students who's parents signed the form can join the trip.", "en", "who's"),
    ],
)
def test_real_word_slips_are_reported(registry: Registry, body: str, locale: str, slip: str) -> None:
    assert slip in [span for span, _ in confusions(registry, body, locale)]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("No lo sé, pero se puede consultar en la app.", "es"),
        ("¡Sé el primero en probar el nuevo plan!", "es"),
        ("Si tu pedido no llegó, escríbenos.", "es"),
        ("¿Por qué no recibí mi factura? Te lo explicamos aquí.", "es"),
        ("Apostamos por que cada cliente tenga su asesor.", "es"),
        ("La valla del estacionamiento estará cerrada el domingo.", "es"),
        ("Pasa por la tienda: ahí te ayudamos con el cambio.", "es"),
        ("Ahí encontrarás el detalle de tu plan.", "es"),
        ("Podés pagarlo desde la app.", "es-AR"),
        ("Your still water order ships on Monday.", "en"),
        ("Your not-for-profit membership renews in May.", "en"),
        ("There from 9 to 5 you'll find our advisers.", "en"),
        ("It's door-to-door delivery, and it's free.", "en"),
        ("The loose cable was replaced; you won't lose signal again.", "en"),
        ("Let us know who's coming to the open day.", "en"),
    ],
)
def test_the_same_words_used_rightly_pass(registry: Registry, body: str, locale: str) -> None:
    assert confusions(registry, body, locale) == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Tu clave temporal es Luna2027!qz y vence hoy.", "es"),  # a password is no word
        ("Te esperamos en la jornada del 2.º trimestre y en la del 1.er semestre.", "es-AR"),
        ("Nueva línea de dermoestética y biocosmética en tienda.", "es"),
        ("Conoce nuestros microcréditos y ciberseguros.", "es"),
        ("Si querés, desuscribite en la web.", "es-AR"),
        ("Your chequing account is open.", "en-CA"),
        ("We'll see you in Augusta on Monday.", "en-US"),  # a name next to a month name is still a name
    ],
)
def test_words_that_are_not_typos_pass(registry: Registry, body: str, locale: str) -> None:
    assert misspelled(registry, body, locale) == []


@pytest.mark.parametrize(
    ("body", "locale", "typo"),
    [
        ("Your parcel arrives on Wendesday between 9 and 1.", "en", "Wendesday"),
        ("Renewals open in Febuary for all members.", "en", "Febuary"),
        ("Llama al telefono de atención al cliente.", "es", "telefono"),  # a missing accent, not tele + fono
        ("Si querés, desuscribite en la web.", "es-MX", "desuscribite"),  # voseo only where voseo is spoken
        ("Your chequing account is open.", "en-US", "chequing"),
    ],
)
def test_typos_are_still_reported(registry: Registry, body: str, locale: str, typo: str) -> None:
    assert typo in misspelled(registry, body, locale)
