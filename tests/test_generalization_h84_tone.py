"""Round 58 (blind sets h84 and h85): the tone lines the rules without TON113 missed, taken by class, and TON107's
false positive on a factual mention of collection costs. Each class was first counted on the rules' blind misses of
earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every non-tone line of the tuning corpora.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON107 `pay-or-else`: the demand to pay closed by our next step ("or we will", «o retiraremos»), and "you'd
  better" / «más te vale» before the payment; an alternative offered ("or we'll happily set up a plan") passes.
- TON107 `dont-make-us`: our next step put on the reader ("don't make us come round", «no nos obligues a»).
- TON107 `veiled-measures`: the conjugated forms («adoptemos otras medidas») and the deadline ("antes de que",
  "before we").
- TON107 `we-know-where`: any thing of the reader's, placed with a participle («dónde está aparcada tu caravana»,
  "where your canoe is moored").
- TON107 `legal-action` (precision): collection costs listed in what the balance includes are a fact.
- TON111 `reciprocity-asked`: the reader asked to pay back a kindness in kind ("you could do the same", «nos
  devuelvas el favor»).
- TON112 `reader-lapse`: the span left uncounted («llevas semanas sin»), the count as its own sentence («Van dos
  meses.»), the debt's age with its sum ("your bill of £65 is now three weeks old").
- TON112 `lapse-length`: fines counted, or bills counted with their state («ya acumulas cuatro sanciones»).
- TON112 `irony`: the reader's bill after what goes well, with «no tanto» / "not so much" and no "pero".
- TON112 `others-complied`: the others with the stressed «sí» before paying («las demás familias sí cumplen»).
- TON112 `blame-shift`: the consequence named before "is on you" ("this second trip is entirely on you").
- TON112 `payment-asked`: the payment line ("can be paid at", «puedes pagarla en»), next to mock sympathy only.
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule", "span"),
    [
        # the demand to pay closed by our next step
        (
            "Paga los 90 € del alquiler del andamio antes del jueves o retiraremos la estructura de tu obra.",
            "es",
            "collections",
            "TON107",
            "o retiraremos",
        ),
        (
            "Settle the £210 for the marquee by Monday or we will keep the deposit and block your next booking.",
            "en",
            "collections",
            "TON107",
            "or we will",
        ),
        (
            "Más te vale abonar la cuota del trastero esta semana.",
            "es",
            "collections",
            "TON107",
            "Más te vale",
        ),
        (
            "You had better pay the $75 locker fee before the weekend.",
            "en",
            "collections",
            "TON107",
            "You had better",
        ),
        # our next step put on the reader
        (
            "No nos obligues a buscarte en el club para cobrar la cuota.",
            "es",
            "collections",
            "TON107",
            "No nos obligues a buscarte",
        ),
        ("Don't make us come round for the $60 again.", "en", "collections", "TON107", "Don't make us come"),
        # other measures held over the payment as its deadline
        (
            "Regulariza el saldo del andamio antes de que adoptemos otras medidas.",
            "es",
            "collections",
            "TON107",
            "adoptemos otras medidas",
        ),
        (
            "Please clear the $140 scaffold balance before we take other steps.",
            "en",
            "collections",
            "TON107",
            "take other steps",
        ),
        # the reader's thing, placed
        (
            "Sabemos dónde está aparcada tu caravana, así que conviene que pagues el alquiler.",
            "es",
            "collections",
            "TON107",
            "Sabemos dónde está aparcada tu caravana",
        ),
        (
            "We know where your canoe is moored, so please settle the hire fee.",
            "en",
            "collections",
            "TON107",
            "We know where your canoe is moored",
        ),
        # collection costs held over the reader still fire (the future, a condition)
        (
            "Si no paga este mes, su saldo incluirá los gastos de cobranza.",
            "es",
            "collections",
            "TON107",
            "gastos de cobranza",
        ),
        # a kindness to be paid back in kind
        (
            "We fixed your roof the day the storm hit; perhaps you could do the same with our invoice.",
            "en",
            "collections",
            "TON111",
            "you could do the same",
        ),
        (
            "Te prestamos la furgoneta sin fianza; ahora toca que nos devuelvas el favor con el pago.",
            "es",
            "collections",
            "TON111",
            "nos devuelvas el favor",
        ),
    ],
)
def test_a_threat_or_guilt_class_fires(
    registry: Registry, body: str, locale: str, category: str, rule: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category, rule))


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # the span left uncounted, next to irony
        (
            "Se nota que llevas semanas sin pasar por el vivero: tus bonsáis te echan de menos.",
            "es",
            "marketing",
            "Se nota que",
        ),
        # the bill after what goes well, and the count as its own sentence
        (
            "El huerto comunitario florece de maravilla; tu cuota de parcela, no tanto. Van dos meses.",
            "es",
            "collections",
            "no tanto",
        ),
        (
            "The choir has never sounded better; your membership fee, not so much. It is still unpaid.",
            "en",
            "collections",
            "not so much",
        ),
        # fines counted, next to mock praise
        (
            "Enhorabuena: ya acumulas cuatro sanciones de aparcamiento en el polígono.",
            "es",
            "collections",
            "Enhorabuena",
        ),
        # the others with the stressed "sí", next to the reader's lapse
        (
            "Las demás familias del curso sí cumplen con las cuotas; la suya sigue pendiente.",
            "es",
            "collections",
            "sí cumplen con las cuotas",
        ),
        # the consequence named before "is on you", next to the reader's lapse
        (
            "You did not confirm the delivery slot, so this second trip is entirely on you.",
            "en",
            "service",
            "this second trip is entirely on you",
        ),
        # the debt's age with its sum, next to mock sympathy
        (
            "We understand that remembering due dates must be terribly hard for you. Your bill of £65 is now three weeks old.",
            "en",
            "collections",
            "remembering due dates must be terribly hard",
        ),
        # the payment line, next to mock sympathy
        (
            "We appreciate that numbers aren't everyone's strong point. The fee of $300 can be paid at our front desk.",
            "en",
            "collections",
            "aren't everyone's strong point",
        ),
    ],
)
def test_a_class_meets_its_partner_in_or_next_to_the_sentence(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category))


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule"),
    [
        # collection costs listed in what the balance includes are a fact
        (
            "El importe incluye la cuota, los intereses y los gastos de cobranza previstos en el contrato.",
            "es",
            "collections",
            "TON107",
        ),
        (
            "Tu deuda fue cedida a Cobros Sur; el saldo incluye intereses y gastos de cobranza pactados.",
            "es",
            "collections",
            "TON107",
        ),
        # an alternative offered after "or we'll", and help after "si no"
        (
            "Pay the $45 online, or we'll happily set up a monthly plan for you.",
            "en",
            "collections",
            "TON107",
        ),
        (
            "Please pay the $120 by Friday or we will help you find a plan that works.",
            "en",
            "collections",
            "TON107",
        ),
        # a late fee announced
        (
            "Please pay the $60 by Friday, or we'll add the standard $5 late fee.",
            "en",
            "collections",
            "TON107",
        ),
        (
            "Abona la cuota antes del día 10 o tendremos que aplicar el recargo de 3 € del reglamento.",
            "es",
            "collections",
            "TON107",
        ),
        ("Si no puedes pagar hoy, te llamaremos para ofrecerte un plan.", "es", "collections", "TON107"),
        ("Paga hoy o llámanos para acordar un plan.", "es", "collections", "TON107"),
        # the same words outside collections
        ("You'd better book early: the lantern walk sells out every year.", "en", "marketing", "TON107"),
        ("Más te vale traer hambre: el menú de otoño viene con postre doble.", "es", "marketing", "TON107"),
        ("Don't make us beg: come back and try the new winter menu.", "en", "marketing", "TON107"),
        # a place that is not the reader's
        (
            "Sabemos dónde está ubicada la oficina más cercana: paga allí tu cuota.",
            "es",
            "collections",
            "TON107",
        ),
        (
            "We know where the nearest branch is located; pay your balance there.",
            "en",
            "collections",
            "TON107",
        ),
        # measures with no deadline or reluctance
        (
            "Vamos a tomar otras medidas para que pagar sea más fácil: llega la nueva app.",
            "es",
            "collections",
            "TON107",
        ),
        # the same words of reciprocity in friendly copy
        ("Return the favour: refer a friend and you both get $10 off.", "en", "marketing", "TON111"),
        (
            "If you paid by card last month, you can do the same this month in the app.",
            "en",
            "collections",
            "TON111",
        ),
    ],
)
def test_the_same_words_without_the_threat_pass(
    registry: Registry, body: str, locale: str, category: str, rule: str
) -> None:
    assert texts(registry, body, locale, category, rule) == []


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # the uncounted span alone, in an invitation
        (
            "¿Llevas meses sin viajar? Esta primavera, escápate a la costa con un 20 % de descuento.",
            "es",
            "marketing",
        ),
        # the others' "sí" with no lapse of the reader's
        (
            "Nuestros proveedores y los demás socios sí cumplen los plazos: tu pedido llega el lunes.",
            "es",
            "service",
        ),
        # paid instalments counted, next to praise
        ("Enhorabuena: ya van tres cuotas pagadas de tu bicicleta y solo quedan dos.", "es", "collections"),
        # "not so much" of something that is not a bill
        ("The match went brilliantly; the weather, not so much. See you next Saturday!", "en", "marketing"),
        # "is on you" as the reader's free choice
        ("This colour choice is on you: pick any two for your free mug.", "en", "marketing"),
        # the payment line with sincere sympathy
        (
            "We know times are hard right now. The balance can be paid in three instalments at our front desk.",
            "en",
            "collections",
        ),
        (
            "Sabemos que este mes viene cargado. Puedes pagarla en dos plazos desde la app.",
            "es",
            "collections",
        ),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []
