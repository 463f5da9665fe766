"""Round 44 (blind sets h56 and h57): the tone lines the rules without TON113 missed, taken by class.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `each-their-own`: the reader's spending priorities held up ("more exciting things to spend money on than",
  "you still found money for", "the last thing on your list"); `irony`: "Interesting priorities", "qué memoria tan
  selectiva", surprise that the reader's one is still pending ("sorprende que la suya").
- TON112 `pity-frame`: the choice left to the reader as the last words ("Over to you.", "Tú verás."); a future or a
  handover after them is not_inside; the step we would prefer not to take, named.
- TON112 `we-did-our-part`: the care we gave set against the reader's account ("we treated you promptly", "nosotros
  cuidamos de tu salud"), now also next to mock politeness; the same courtesy asked back.
- TON112 `public-exposure`: the neighbours starting to wonder or finding out, "we know where you live", the landlord
  asking after the reader; `loss-or-harm`: a collector at the reader's door, doorstep visits.
- TON112 `reader-lapse`: the reader who stopped answering us, an amount said to be overdue, a bill left unpaid, work
  sent late, the group that neither came nor called.
- TON112 `reader-singled-out`: "don't be the parent who ...", "no seas la socia que ...".
- TON112 `mock-idle` (new cue, from the sentence before or after, only next to a count or the lapse): "luckily our
  cutter has nothing else to do"; `repetition`: "the sixth set of tweaks", "we've heard that one before"; "as usual"
  of the ordinary course ("charged as usual") is not_inside.
- TON112 `others-complied`: others who settled theirs, who never get messages like this one, who are already in shape;
  `small-sender`: our staff who left their children to come, who have families too; `others-waiting`: the reader's
  family still counting on cover the reader stopped paying; `blame-shift`: our delay put on the reader ("late
  because"), the problem said not to be the product; `improve-yourself`: "maybe write it down this time".
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # irony + each-their-own (spending priorities)
        (
            "We're sure there are much more exciting things to spend your money on than your water bill.",
            "en",
            "collections",
            "much more exciting things to spend your money on than",
        ),
        (
            "Seguro que tienes cosas mucho más emocionantes en que gastar tu sueldo que la cuota del club.",
            "es",
            "collections",
            "cosas mucho más emocionantes en que gastar tu sueldo que",
        ),
        (
            "Your gym fees are overdue, yet you still found money for a new surfboard. Fascinating priorities.",
            "en",
            "collections",
            "Fascinating priorities",
        ),
        (
            "Curious how the water bill is always the last thing on your to-do list.",
            "en",
            "collections",
            "the last thing on your to-do list",
        ),
        # pity-frame as the last words + the amount said overdue in the sentence before
        ("The $90 for your storage unit is overdue. Over to you.", "en", "collections", "Over to you"),
        ("Su recibo de agua sigue pendiente. Ustedes verán.", "es", "collections", "Ustedes verán"),
        # we-did-our-part + mock-politeness
        (
            "With all due respect, we saw you promptly on a bank holiday, and the $75 fee is still unpaid.",
            "en",
            "collections",
            "With all due respect,",
        ),
        (
            "Con todo respeto, nosotros atendimos a tiempo su avería y lo mínimo que esperamos es el pago.",
            "es",
            "collections",
            "Con todo respeto,",
        ),
        # public-exposure + the reader who stopped answering
        (
            "You seem to have stopped answering our calls about the boiler invoice. "
            "Your colleagues may soon start asking why our van waits outside the office.",
            "en",
            "collections",
            "Your colleagues may soon start asking",
        ),
        (
            "Dejaste de contestar nuestras llamadas y los vecinos se van a dar cuenta.",
            "es",
            "collections",
            "los vecinos se van a dar cuenta",
        ),
        (
            "Conocemos muy bien su domicilio y su factura sigue pendiente.",
            "es",
            "collections",
            "Conocemos muy bien su domicilio",
        ),
        # pity-frame + a collector at the door
        (
            "We'd hate to be parked outside your house over a $40 gym fee.",
            "en",
            "collections",
            "parked outside your house",
        ),
        (
            "Sería una pena tener que golpear a su puerta por una cuota de gimnasio.",
            "es",
            "collections",
            "golpear a su puerta",
        ),
        (
            "We would prefer not to pass this to our agents, who make doorstep visits.",
            "en",
            "collections",
            "doorstep visits",
        ),
        (
            "It would be a pity if an unpaid $400 bill spoiled ten good years.",
            "en",
            "collections",
            "unpaid $400 bill",
        ),
        # repetition + reader-singled-out
        ("Don't be the neighbour who forgets bin day again.", "en", "service", "Don't be the neighbour who"),
        ("No seas la socia que se olvida de la cuota otra vez.", "es", "service", "No seas la socia que"),
        # repetition + mock-idle (from the next sentence)
        (
            "That's the fifth round of changes to the logo. Thankfully our designer has nothing better to do.",
            "en",
            "service",
            "fifth round of changes",
        ),
        (
            "Es la cuarta tanda de retoques al cartel. Menos mal que nuestra ilustradora no tiene nada más que hacer.",
            "es",
            "service",
            "cuarta tanda de retoques",
        ),
        # irony + the excuse heard before
        ("Honestly, we have heard it many times before.", "en", "collections", "we have heard it many times"),
        ("Sinceramente, eso ya lo hemos oído.", "es", "collections", "eso ya lo hemos oído"),
        # others-complied + the reader's lapse
        (
            "Your studio rent is still unpaid, while the other tenants have all paid theirs.",
            "en",
            "collections",
            "the other tenants have all paid theirs",
        ),
        (
            "La cuota del curso sigue pendiente, y tus compañeros de estudio ya pagaron la suya.",
            "es",
            "collections",
            "tus compañeros de estudio ya pagaron la suya",
        ),
        (
            "Your $60 locker fee is overdue. Most members who pay by card never receive reminders like this.",
            "en",
            "collections",
            "never receive reminders like this",
        ),
        # small-sender (our staff) + the reader's lapse
        (
            "Nadie vino ni avisó. Nuestro guía dejó a sus hijos para abrir el refugio.",
            "es",
            "service",
            "dejó a sus hijos para",
        ),
        (
            "Nobody turned up or called. Our driver left her kids at home to be there.",
            "en",
            "service",
            "left her kids at home to",
        ),
        (
            "Tu factura sigue pendiente. Nuestras cocineras también tienen familias.",
            "es",
            "collections",
            "también tienen familias",
        ),
        # others-waiting (the reader's family) + the reader's lapse
        (
            "Tu familia sigue contando con un seguro que has dejado de pagar.",
            "es",
            "collections",
            "Tu familia sigue contando con",
        ),
        (
            "Your family is still counting on cover you stopped paying for in May.",
            "en",
            "collections",
            "Your family is still counting on",
        ),
        # irony (surprise at the reader's one) + the lapse
        (
            "Nos extraña que usted todavía no haya pagado la cuota de marzo.",
            "es",
            "collections",
            "Nos extraña que usted",
        ),
        ("It's strange that yours is still unpaid.", "en", "collections", "strange that yours"),
        (
            "Qué memoria tan selectiva: la cuota lleva dos meses vencida.",
            "es",
            "collections",
            "memoria tan selectiva",
        ),
        # blame-shift + work the reader sent late / the reader's plants dead
        (
            "The table is two weeks late because you approved the drawings late.",
            "en",
            "service",
            "late because",
        ),
        (
            "La mesa llega con retraso porque aprobaste tarde los planos.",
            "es",
            "service",
            "con retraso porque",
        ),
        (
            "Si se te han secado las orquídeas, el problema seguramente no es el sustrato.",
            "es",
            "marketing",
            "el problema seguramente no es el sustrato",
        ),
        # repetition + improve-yourself
        (
            "Here is your new PIN again; maybe write it down this time.",
            "en",
            "service",
            "maybe write it down",
        ),
        (
            "Te mandamos el código otra vez; quizás podrías anotarlo.",
            "es",
            "service",
            "quizás podrías anotarlo",
        ),
    ],
)
def test_a_new_wording_of_a_class_meets_its_partner(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # spending copy without "than" and a pity frame
        (
            "We're sure you'll find plenty of things to spend your money on at our summer market.",
            "en",
            "marketing",
        ),
        # "tú verás" going on is a future; "over to you" as a handover
        (
            "Tu pedido sigue pendiente de envío y llegará el lunes. Tú verás la diferencia en una semana.",
            "es",
            "service",
        ),
        (
            "Your repair is still outstanding with the courier. We'll hand it over to you at the desk.",
            "en",
            "service",
        ),
        # "as usual" of the ordinary course, next to a cancellation
        ("Members whose freeze ends will be billed as usual unless cancelled in the app.", "en", "service"),
        (
            "Puedes cancelar cuando quieras; si no, la cuota se cobrará como siempre el día 5.",
            "es",
            "service",
        ),
        # others who are already in shape, with no cue
        ("Otros ya están en forma gracias a nuestro plan: mira sus historias.", "es", "marketing"),
        # others who pay by card, with no lapse named
        (
            "Most members pay by card and never need reminders like this. Set it up in the app.",
            "en",
            "service",
        ),
        # "don't be the last to know" names no one who fails
        ("Don't be the last to know: follow us for new dates again this spring.", "en", "marketing"),
        # nothing else to do, with no count and no lapse
        (
            "Nothing else to do on a rainy Sunday? Luckily our rink has nothing else to do but open early.",
            "en",
            "marketing",
        ),
        # our staff's families, with no lapse
        ("Our guides have families too, so we close on Christmas Day.", "en", "service"),
        ("Tu familia cuenta con la mejor cobertura desde el primer día.", "es", "marketing"),
        # a delay explained by the weather
        ("The flight is delayed because of the weather; we'll rebook you for free.", "en", "service"),
        # surprise at something that is not the reader's debt
        ("Nos extraña que no conozcas aún nuestra tienda: ven a vernos.", "es", "marketing"),
        # we know where you live, as delivery copy
        ("We know where you live matters, so we deliver to every village in the valley.", "en", "marketing"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []
