"""Round 50 (blind sets h68 and h69): the tone lines the rules without TON113 missed, taken by class; each class
was first counted on the rules' blind misses of earlier sets (tools/tone_signals/README.md, "Round 50").

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `reader-watched` (new cue): the reader's own past act said to have been seen ("we noticed you chose ..."),
  next to the lapse, an odd choice, the reader's priorities, judging or a busy excuse only; `odd-choice` gains faint
  praise of the choice ("a perfectly respectable choice") and "of course, not everyone wants ...".
- TON112 `payment-asked` (new support): the reader's own sum asked for, next to others who already paid.
- TON112 `rhetorical`: "surely you ...", "¿acaso no puedes ...?", "no debería costarte tanto" (TON103 reads "shouldn't be
  that hard").
- TON112 `others-who-fail`: a kind of customer who does not settle their own, as the subject of a rule.
- TON112 `others-complied`: "mientras otros ya ..., tú sigues" / "while others ..., you're still"; "hay gente que de
  verdad cuida".
- TON112 `others-waiting`: our people paid too ("también cobran"), others waiting for what the reader keeps, someone
  else who wanted it more.
- TON112 `mock-politeness` "con todo el cariño,"; `irony` feigned restraint and a name withheld; `improve-yourself`
  "next time, perhaps read ..." and "for future reference,"; `repetition` reminders counted over a span;
  `left-waiting` "hace dos meses que esperan"; `reader-lapse` an insurance premium days overdue; `loss-or-harm` the
  reader's family left to pay, "you'll probably regret it".
- TON112 `repetition` is not read in a debit the bank returned or declined again (the account's fact).
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # reader-watched + an odd choice in the next sentence
        (
            "We noticed you picked the plain frame for the wedding portrait. Of course, not everyone cares how their big day hangs on the wall.",
            "en",
            "service",
            "Of course, not everyone cares",
        ),
        (
            "Vimos que elegiste el marco sencillo para el retrato de bodas. Claro que no todo el mundo quiere lucir su gran día en la pared.",
            "es",
            "service",
            "Claro que no todo el mundo quiere",
        ),
        # reader-watched + faint praise of the choice, one sentence
        (
            "We see you went for the thinner strings in the end, a perfectly reasonable choice if you like buzzing frets.",
            "en",
            "service",
            "We see you went",
        ),
        # reader-watched + the lapse
        (
            "We see you renewed your climbing pass last week, yet the locker fee is still unpaid.",
            "en",
            "collections",
            "We see you renewed",
        ),
        (
            "Vemos que renovaste el pase de escalada, pero la cuota de la taquilla sigue sin pagarse.",
            "es",
            "collections",
            "Vemos que renovaste",
        ),
        # improve-yourself (a hedged lesson for next time) + the reader singled out in the next sentence
        (
            "Next time, perhaps read the packing list first. Yours was the one box without a label.",
            "en",
            "service",
            "Next time, perhaps read",
        ),
        (
            "La próxima vez, quizás lee la lista de embalaje antes. La tuya era la única caja sin etiqueta.",
            "es",
            "service",
            "La próxima vez, quizás lee",
        ),
        # payment-asked next to others who already paid
        (
            "Every other family in the choir has paid the tour deposit. Please pay the remaining R900 by Friday.",
            "en",
            "collections",
            "Every other family in the choir has paid",
        ),
        # rhetorical: "surely" and "acaso", next to the lapse in the sentence before
        (
            "The boat-shed rent is still unpaid. Surely you can spare two minutes for it?",
            "en",
            "collections",
            "Surely you",
        ),
        (
            "La cuota del cobertizo sigue sin pagarse. ¿Acaso no puedes dedicarle dos minutos?",
            "es",
            "collections",
            "Acaso no puedes",
        ),
        # rhetorical: what it should cost the reader
        (
            "La cuota de octubre sigue sin pagarse. Pagar veinte euros no debería costarte tanto.",
            "es",
            "collections",
            "no debería costarte tanto",
        ),
        # others-who-fail as the subject of a rule, next to the lapse
        (
            "Your mooring fee is still outstanding. Members who don't settle their fees lose the berth in spring.",
            "en",
            "collections",
            "Members who don't settle their",
        ),
        (
            "La cuota del amarre sigue sin pagarse. Los socios que no pagan sus cuotas pierden el amarre en primavera.",
            "es",
            "collections",
            "socios que no pagan sus",
        ),
        # others-complied: the others set against the reader, next to our waiting
        (
            "We're still waiting. While others have already crossed the glacier, you're still reading the map.",
            "en",
            "marketing",
            "While others have already crossed the glacier, you're still",
        ),
        (
            "Seguimos esperando. Mientras otros ya cruzaron el glaciar, tú sigues mirando el mapa.",
            "es",
            "marketing",
            "Mientras otros ya cruzaron el glaciar, tú sigues",
        ),
        # others-waiting: our people paid too, next to the lapse
        (
            "Sabemos que el mes fue largo, pero la matrícula del taller sigue sin pagarse y los profes también cobran.",
            "es",
            "collections",
            "también cobran",
        ),
        (
            "The workshop fee is still unpaid, and our tutors get paid at the end of the month too.",
            "en",
            "collections",
            "our tutors get paid at the end of the month too",
        ),
        # others-waiting: others waiting for what the reader keeps, next to irony
        (
            "Suponemos que la novela te atrapó, aunque hay nueve socios esperando para leerla.",
            "es",
            "collections",
            "hay nueve socios esperando",
        ),
        (
            "We're sure the novel is gripping, but there are nine members waiting to read it.",
            "en",
            "collections",
            "there are nine members waiting",
        ),
        # others-waiting: someone else who wanted it more, next to a cancellation
        (
            "If you're planning on cancelling the canoe, remember someone else wanted it more.",
            "en",
            "service",
            "someone else wanted it more",
        ),
        # mock-politeness: affection before the reminder
        (
            "Con todo el cariño, te recordamos que la matrícula del coro sigue sin pagarse.",
            "es",
            "collections",
            "Con todo el cariño,",
        ),
        # left-waiting said with "hace ... que", next to mock politeness
        (
            "Con todo respeto, sus botas hace tres semanas que esperan en el mostrador.",
            "es",
            "service",
            "hace tres semanas que esperan",
        ),
        # irony (a name withheld) + improve-yourself ("for future reference,")
        (
            "For future reference, leaving a cello in a hot car is not what we'd call careful.",
            "en",
            "service",
            "For future reference,",
        ),
        # irony (feigned restraint) + reminders counted
        (
            "We wouldn't dream of nagging; four reminders since June is hardly nagging.",
            "en",
            "collections",
            "four reminders since",
        ),
        (
            "Ni se nos ocurriría agobiarte; cuatro recordatorios en dos meses no es agobiar.",
            "es",
            "collections",
            "cuatro recordatorios en",
        ),
        # reader-lapse: the insurance premium overdue, next to irony
        (
            "Your premium of $42 is 9 days overdue. We're sure it just slipped off the list.",
            "en",
            "collections",
            "We're sure",
        ),
        # loss-or-harm: the reader's family left to pay, in a rhetorical question
        (
            "¿De verdad quieres que tus hijos tengan que pagar la reforma del tejado?",
            "es",
            "marketing",
            "tus hijos tengan que pagar",
        ),
        (
            "Do you really want to leave your children to pay for the roof repairs?",
            "en",
            "marketing",
            "leave your children to pay",
        ),
        # loss-or-harm: regret with an adverb, next to irony
        (
            "Honestly, skip this workshop and you'll probably regret it for years.",
            "en",
            "marketing",
            "regret it",
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
        # the reader's choice noticed, next to irony of welcome ("we're sure you'll love it") or a repeat of thanks
        (
            "We noticed you picked the walnut frame. We're sure it will look lovely above the fireplace.",
            "en",
            "marketing",
        ),
        ("Vimos que elegiste el marco de nogal. Seguro que queda precioso en tu salón.", "es", "marketing"),
        (
            "We see you've ordered from us again this year. Thank you for sticking with a small roastery!",
            "en",
            "marketing",
        ),
        # a place or a state is not an act
        (
            "We see you're travelling in Lisbon; the app is down for maintenance on Sunday from 2am.",
            "en",
            "alert",
        ),
        # "surely" as help, with no lapse beside it
        (
            "Surely you can find a slot that works: the workshop is open until 8pm every weekday.",
            "en",
            "service",
        ),
        # the sum asked for, alone
        (
            "Please pay the remaining R900 by Friday to confirm your seat on the choir tour.",
            "en",
            "collections",
        ),
        (
            "Por favor, abone los 900 pesos antes del viernes para confirmar su plaza en el viaje del coro.",
            "es",
            "collections",
        ),
        # a fee's terms for a kind of customer, next to the lapse
        (
            "Your mooring fee is still outstanding. For members who don't pay their fees by card, a £1 charge applies.",
            "en",
            "collections",
        ),
        (
            "La cuota del amarre sigue sin pagarse. Para socios que no pagan su cuota con tarjeta hay un recargo de un euro.",
            "es",
            "collections",
        ),
        # the others set against our own people, not the reader
        (
            "Mientras otros duermen, nuestros panaderos ya están amasando. ¡Te esperamos otra vez mañana!",
            "es",
            "marketing",
        ),
        ("While others charge for delivery, we ship free. Order again today!", "en", "marketing"),
        # our people paid fairly, as product copy
        ("Our tutors get paid fairly too: that is why the classes cost what they do.", "en", "marketing"),
        # a queue, alone
        ("Hay tres personas esperando delante de ti en la cola del mostrador.", "es", "service"),
        # affection as a signature
        ("Con todo el cariño, el equipo de la panadería te desea felices fiestas.", "es", "marketing"),
        # "for future reference" as a receipt's advice, and as an opener with no partner
        ("Keep this receipt for future reference. Your skis are ready on Saturday.", "en", "transactional"),
        ("For future reference, our workshop opens at nine on weekdays.", "en", "service"),
        # reminders promised, alone
        ("You'll get three reminders in the week before your appointment.", "en", "service"),
        # the family protected, not burdened
        ("Protege a tu familia: con nuestro seguro, tus hijos no tendrán que pagar nada.", "es", "marketing"),
        # a premium due, alone
        ("Your premium of $42 is due in 9 days. You can pay in the app.", "en", "collections"),
        # a suggestion for next time
        ("Next time, maybe try the lemon tart: it's the baker's favourite.", "en", "marketing"),
        # a debit the bank returned, counted
        (
            "Your direct debit was returned unpaid by your bank for the third month running, so the account is now in arrears.",
            "en",
            "collections",
        ),
        (
            "El recibo fue devuelto por el banco por segunda vez y la cuota del mes sigue pendiente.",
            "es",
            "collections",
        ),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []
