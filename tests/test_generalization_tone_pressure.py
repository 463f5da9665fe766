"""The tone pattern rules find the kinds of pressure the second blind set (h2) showed them missing.

New wording only (none of it comes from the evaluation corpora). Each kind has its precision traps next to
it: the same vocabulary in a neutral sentence must not be reported.

- TON107: people the customer named when signing up as third parties, credit trouble that "follows" them.
- TON108: a habit held against the reader, blame for an outcome ("porque pusiste mal...", "because you
  entered the wrong..."), a judgement of people "who ignore their obligations", "frankly, it's careless".
- TON109: sarcasm about the reader's mistake, "next time, check properly", "not rocket science".
- TON110: timers shown in the text, no second chance, regret held over the reader.
- TON111: the reader's family as leverage in a debt, someone else's effort held over the reader.
- TON401: "Dear valued <role>" / "Estimado socio" when the message is personal.
- TON301: a tú message with an enclitic imperative that lost its accent is a spelling slip, not voseo.
"""

from __future__ import annotations

import pytest
from conftest import TONE_PATTERN_RULES, fired_tone_patterns

from sendlint.registry import Registry

PATTERN_RULES = TONE_PATTERN_RULES
fired = fired_tone_patterns


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule", "span"),
    [
        # TON107: third parties the customer listed; credit trouble that follows them
        ("Si la cuota sigue impaga, llamaremos a las referencias que diste en tu solicitud.", "es", "collections", "TON107", "referencias que diste en tu solicitud"),
        ("We will begin calling the contacts listed on your application if this stays unpaid.", "en", "collections", "TON107", "contacts listed on your application"),
        ("Un reporte negativo la va a perseguir durante mucho tiempo.", "es", "collections", "TON107", "la va a perseguir durante"),
        # TON108: habit, blame for the outcome, judgement
        ("Nuevamente se le olvidó pagar la factura de agosto.", "es", "collections", "TON108", "Nuevamente se le olvidó"),
        ("Se está volviendo costumbre que el pago llegue tarde.", "es", "collections", "TON108", "Se está volviendo costumbre"),
        ("El técnico no pudo entrar porque usted indicó un piso incorrecto.", "es", "service", "TON108", "porque usted indicó un piso incorrecto"),
        ("The refund failed because you gave us an outdated card.", "en", "service", "TON108", "because you gave us an outdated"),
        ("Yet again you've paid late, and it keeps happening.", "en", "collections", "TON108", "Yet again you've paid late"),
        ("Customers who neglect their payments lose their discounts.", "en", "collections", "TON108", "Customers who neglect their payments"),
        ("Quienes no cumplen con sus pagos pierden la tasa preferencial.", "es", "collections", "TON108", "Quienes no cumplen con sus pagos"),
        # TON109: sarcasm, "next time", "not rocket science"
        ("El pedido volvió: no somos videntes para adivinar tu piso.", "es", "service", "TON109", "no somos videntes"),
        ("Para la próxima, fíjese bien en el código postal.", "es", "service", "TON109", "Para la próxima, fíjese"),
        ("Next time, please double-check the postcode.", "en", "service", "TON109", "Next time, please double-check"),
        ("Booking a slot is not exactly brain surgery.", "en", "service", "TON109", "is not exactly brain surgery"),
        ("Like I told you last week, the form is under Settings.", "en", "service", "TON109", "Like I told you last week"),
        # TON110: timers, no second chance, regret
        ("Quedan 02:15:00 para que termine la preventa.", "es", "marketing", "TON110", "Quedan 02:15:00"),
        ("Cuando el temporizador llegue a cero, el cupón desaparece.", "es", "marketing", "TON110", "el temporizador llegue a cero"),
        ("Después del domingo no habrá otra oportunidad.", "es", "marketing", "TON110", "no habrá otra oportunidad"),
        ("Si lo dejas pasar, te arrepentirás.", "es", "marketing", "TON110", "te arrepentirás"),
        ("After tonight there will be no second chance at this price.", "en", "marketing", "TON110", "no second chance"),
        ("Skip it and you'll regret it all summer.", "en", "marketing", "TON110", "you'll regret"),
        ("Miss it and don't come running to us.", "en", "marketing", "TON110", "don't come running"),
        # TON111: family as leverage in a debt; someone else's effort
        ("¿Quieres que tu familia pase el invierno sin calefacción por una factura?", "es", "collections", "TON111", "tu familia"),
        ("Imagine your children in a dark flat because of one unpaid bill.", "en", "collections", "TON111", "your children"),
        ("Después de todo el trabajo que pusimos en tu plan, ¿lo vas a tirar todo por la borda?", "es", "marketing", "TON111", "Después de todo el trabajo que pusimos"),
        ("After all the hours our coaches have invested, don't leave your team hanging.", "en", "marketing", "TON111", "After all the hours our coaches have invested"),
    ],
)
def test_pressure_in_new_words_is_reported(registry: Registry, body: str, locale: str, category: str, rule: str, span: str) -> None:
    assert (rule, span) in fired(registry, body, locale, category)


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # the same vocabulary, no pressure
        ("Puedes añadir a las personas registradas en tu cuenta como usuarios autorizados.", "es", "service"),
        ("You can update the contacts listed on your account in the app.", "en", "service"),
        ("Tu pedido no pudo entregarse porque la dirección estaba incompleta. ¿Nos la confirmas?", "es", "service"),
        ("Your card was declined because the bank flagged the payment. Please call them.", "en", "service"),
        ("La próxima vez que compres, usa el código VERANO.", "es", "marketing"),
        ("Next time you visit, check out our new café.", "en", "transactional"),
        ("Quedan 3 plazas en el taller del sábado a las 10:00.", "es", "marketing"),
        ("Tu reunión empieza a las 10:30:00 según el calendario.", "es", "marketing"),
        ("Nuestra cuenta para familias: tus hijos ahorran con nosotros desde el primer día.", "es", "marketing"),
        ("Protect your family this winter: switch to our fixed tariff.", "en", "marketing"),
        ("If your family needs help with this bill, we can set up a payment plan.", "en", "collections"),
        ("Gracias por todo el esfuerzo que hiciste este año en el gimnasio.", "es", "marketing"),
        ("After all the effort you've put in, here's a free session on us.", "en", "marketing"),
        ("We appreciate you being careful with your PIN: it's simply good practice.", "en", "service"),
    ],
)
def test_neutral_sentences_with_the_same_words_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert fired(registry, body, locale, category) == []


@pytest.mark.parametrize(
    ("body", "locale", "opening"),
    [
        ("Dear valued policyholder, your renewal documents are attached.", "en", "Dear valued policyholder"),
        ("Estimados socios: la cuota de mayo vence el día 10.", "es", "Estimados socios"),
        ("Estimado pasajero: su vuelo sale por la puerta 12.", "es", "Estimado pasajero"),
    ],
)
def test_stock_openings_with_other_roles_are_impersonal(registry: Registry, body: str, locale: str, opening: str) -> None:
    assert ("TON401", opening) in fired(registry, body, locale, "transactional", rules=("TON401",))


def test_an_accentless_enclitic_in_a_tu_message_is_no_voseo_mix(registry: Registry) -> None:
    body = "Descarga tu factura de mayo y pagala antes del día 10."
    assert fired(registry, body, "es-MX", "transactional", rules=("TON301",)) == []
    # a real mix of tú and vos verb forms is still reported
    mixed = "Descarga tu factura de mayo y pagá antes del día 10."
    assert [rule for rule, _ in fired(registry, mixed, "es-MX", "transactional", rules=("TON301",))] == ["TON301"]
