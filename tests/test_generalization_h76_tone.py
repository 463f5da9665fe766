"""Round 54 (blind sets h76 and h77): the tone lines the rules without TON113 missed, taken by class; each class
was first counted on the rules' blind misses of earlier sets (tools/tone_signals/README.md, "Round 54").

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `rhetorical`: "¿de verdad quiere / querés ...?", the usted and vos forms of the question.
- TON112 `reader-singled-out`: everyone's but the reader's one ("except yours", "menos el suyo").
- TON112 `public-exposure`: the matter said to stay between us ("we'd prefer it remained between ourselves").
- TON112 `irony`: "estamos seguros de que", the Spanish twin of "we're sure"; `loss-or-harm`: a consequence left
  to the imagination ("con todo lo que eso implicaría", "everything that would mean for your ...").
- TON112 `improve-yourself`: care as a noun ("tené más cuidado", "take more care"); `reader-lapse`: the reader's
  entry done wrong ("la escribiste mal", "you typed ... in wrong").
- TON112 `busy-excuse`: "tantas cosas importantes", "so many important things", a minute given to us.
- TON112 `doubting-care`: the lapse said to show how seriously the reader takes it; a title's full stop ("Dr.")
  ends no sentence, so the lapse before it stays next to the judgement.
- TON112 `others-complied`: "abonaron ... en fecha / en plazo"; `lapse-length`: "holding on to our invoice for
  45 days"; `payment-asked` pairs with mock sympathy; `blame-shift`: "this one is on you", next to a thing left
  running or open all night (`reader-lapse`).
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.families.tone import _sentence_spans
from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # rhetorical, usted and vos, next to the lapse
        (
            "Su seguro de hogar lleva dos meses sin pago. ¿De verdad quiere quedarse sin cobertura por 30 euros?",
            "es",
            "collections",
            "De verdad quiere",
        ),
        (
            "Tu cuota del gimnasio lleva tres semanas sin pagar. ¿De verdad querés perder tu lugar?",
            "es-AR",
            "collections",
            "De verdad querés",
        ),
        # others who complied, everyone's but the reader's one
        ("Every other tenant on the floor has settled March except yours.", "en", "collections", "except yours"),
        ("Todos los socios del club ya pagaron la cuota de marzo menos el suyo.", "es", "collections", "menos el suyo"),
        # the matter kept private, next to the lapse
        (
            "Your boiler service invoice is still unpaid, and we'd prefer it remained between ourselves.",
            "en",
            "collections",
            "remained between ourselves",
        ),
        # irony with a consequence left to the imagination
        (
            "Estamos seguros de que no quiere que su camión se quede parado en la autopista, con todo lo que eso implicaría.",
            "es",
            "collections",
            "con todo lo que eso implicaría",
        ),
        (
            "We're sure you'd rather avoid a disconnection, with everything that would mean for your family.",
            "en",
            "collections",
            "everything that would mean for your",
        ),
        # the reader's entry done wrong, care as a noun
        (
            "El envío volvió porque la dirección la escribiste mal; tené más cuidado la próxima vez.",
            "es-AR",
            "service",
            "la escribiste mal; tené más cuidado",
        ),
        (
            "The parcel came back because you typed the postcode in wrong. Please take more care next time.",
            "en",
            "service",
            "take more care",
        ),
        # the reader's many important things, a minute given to us, next to a repeat
        (
            "Le mandamos la factura otra vez, por si esta vez nos dedica un minuto.",
            "es",
            "collections",
            "nos dedica un minuto",
        ),
        (
            "Perhaps our letters got lost among so many important things, so here it is once again.",
            "en",
            "collections",
            "so many important things",
        ),
        # doubting care, with the lapse in the sentence before a title's full stop
        (
            "You missed your eye test with Dr. Okafor on Monday. Not rebooking says a lot about how seriously you take your sight.",
            "en",
            "service",
            "says a lot about how seriously you take",
        ),
        (
            "Faltó a su cita con la Dra. Ruiz sin avisar. Eso dice mucho de lo en serio que se toma su salud.",
            "es",
            "service",
            "dice mucho de lo en serio que se toma",
        ),
        # others who paid "en fecha", next to a pity frame
        (
            "Casi todos los socios abonaron la cuota en fecha; sería una lástima que el torneo se suspendiera por unos pocos.",
            "es",
            "collections",
            "abonaron la cuota en fecha",
        ),
        # mock praise of the bill kept
        ("Well done on holding on to our invoice for 45 days.", "en", "collections", "holding on to our invoice for 45 days"),
        # the cost put on the reader, next to a thing left running
        (
            "The gate was left open all night and the goats got out. We'll mend the fence, but this one is on you.",
            "en",
            "service",
            "this one is on you",
        ),
        # mock sympathy before the sum asked
        (
            "We know money must be tight for you, so just a reminder: the £85 is due by Monday.",
            "en",
            "collections",
            "is due by",
        ),
        (
            "Sabemos que el dinero debe estar justo, así que le recordamos: la cuota vence el lunes.",
            "es",
            "collections",
            "vence el",
        ),
    ],
)
def test_a_class_meets_its_partner_in_or_next_to_the_sentence(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # the question, the exception, the privacy and "estamos seguros" in friendly copy
        ("¿De verdad quiere darse un capricho? Pruebe nuestro vermut de otoño.", "es", "marketing"),
        ("All the orders have shipped except yours, which leaves tomorrow morning.", "en", "service"),
        ("Your answers stay between us: the survey is anonymous.", "en", "marketing"),
        ("Estamos seguros de que le encantará: vuelva a visitarnos este otoño.", "es", "marketing"),
        # an entry done wrong as a condition, care as a product's promise
        ("Si escribiste mal tu correo, corrígelo en tu perfil.", "es", "service"),
        ("If you typed your email in wrong, you can fix it in your profile.", "en", "service"),
        ("Take more care of your skin this winter with our new balm.", "en", "marketing"),
        ("Entre tantas cosas que hacer en verano, dedícale un rato a tu bici: revisión gratis.", "es", "marketing"),
        # praise of what the reader values, thanks for paying on time, a streak kept
        ("Your review says a lot about how much you value our team. Thank you!", "en", "service"),
        ("Todos los socios abonaron la cuota en fecha: gracias por hacer posible el torneo.", "es", "collections"),
        ("Congratulations on keeping your streak for 60 days! Here's a badge.", "en", "marketing"),
        # the choice left to the reader
        ("It's on you to choose the colour; we'll do the rest.", "en", "service"),
        # titles, sincere sympathy before the sum asked
        ("Dr. Lee will see you on Monday. Please bring your referral.", "en", "service"),
        ("We know times are hard, so the £85 is due by Monday. Reply if you need a plan.", "en", "collections"),
        ("Hi Mr. Patel, your balance of £85 is due by Monday. Thanks for being with us.", "en", "collections"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert texts(registry, body, locale, category) == []


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("You saw Dr. Okafor on Monday. Rebook soon.", ["You saw Dr. Okafor on Monday", " Rebook soon"]),
        ("La Sra. Ruiz te espera. Trae el DNI.", ["La Sra. Ruiz te espera", " Trae el DNI"]),
        ("Pay at the door. Dr Who is on at eight!", ["Pay at the door", " Dr Who is on at eight"]),
    ],
)
def test_a_titles_full_stop_ends_no_sentence(text: str, sentences: list[str]) -> None:
    assert [text[start:end] for start, end in _sentence_spans(text)] == sentences
