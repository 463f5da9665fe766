"""TON112 reads tone from generic signal classes meeting in one sentence, not from stock phrases.

Every sentence is new wording (none comes from the evaluation corpora). Each signal class fires with a
partner class in Spanish and English; one signal alone passes, and so do the traps that share a class's
words ("¿Olvidaste tu contraseña?", "Again this year", "los demás socios ya pueden reservar", "you can
cancel anytime"). A sentence another tone rule already reports is left to that rule.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts, fired_tone_patterns, make_message

from sendlint.families.tone_signals import SignalParams, compile_classes, firing, sentence_signals
from sendlint.normalize import build_view
from sendlint.registry import Registry

OTHER_TONE = (
    "TON101",
    "TON102",
    "TON103",
    "TON104",
    "TON105",
    "TON107",
    "TON108",
    "TON109",
    "TON110",
    "TON111",
)


def fired(registry: Registry, body: str, locale: str, category: str) -> list[tuple[str, str]]:
    return fired_tone_patterns(registry, body, locale, category, rules=("TON112",))


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # repetition (a count of the reader's lapses) + the lapse
        (
            "Por segunda vez faltaste a la clase de guitarra sin avisar.",
            "es",
            "service",
            "Por segunda vez faltaste",
        ),
        (
            "That's the fourth time this month you've missed your slot at the climbing wall.",
            "en",
            "service",
            "fourth time this month you've missed",
        ),
        # others who already complied + the reader singled out (in the next sentence)
        (
            "Casi todos los socios del coro ya renovaron su cuota. La tuya sigue sin pagar.",
            "es",
            "collections",
            "Casi todos los socios del coro ya renovaron",
        ),
        (
            "Nearly every tenant on your floor has already renewed. Yours is still pending.",
            "en",
            "collections",
            "Nearly every tenant on your floor has already renewed",
        ),
        # irony marker + a busy-or-eventually excuse (round 57: the agenda counts only said full, not as a bare word)
        (
            "Suponemos que tu agenda de mayo anda completísima.",
            "es",
            "service",
            "Suponemos que tu agenda de mayo anda completísima",
        ),
        (
            "Apparently your schedule is packed, since the form is still unsigned.",
            "en",
            "service",
            "Apparently your schedule is packed, since",
        ),
        # pity frame + a loss
        (
            "Sería triste que tuviéramos que cancelar la plaza de tu hija en el campamento.",
            "es",
            "collections",
            "Sería triste que tuviéramos que cancelar",
        ),
        (
            "It would be a pity if your locker had to be cancelled.",
            "en",
            "collections",
            "would be a pity if your locker had to be cancelled",
        ),
        # rhetorical question to the reader + a count
        (
            "¿De verdad vas a dejar la bici otra semana sin recoger?",
            "es",
            "service",
            "De verdad vas a dejar la bici otra semana sin",
        ),
        (
            "Are you really going to skip the choir rehearsal again?",
            "en",
            "service",
            "Are you really going to skip the choir rehearsal again",
        ),
        # others left waiting + the reader's lapse in the sentence before
        (
            "No viniste al turno del sábado. Otros pacientes también necesitan esa hora.",
            "es",
            "service",
            "Otros pacientes también necesitan",
        ),
        (
            "You didn't turn up on Saturday. Other members would have liked that court.",
            "en",
            "service",
            "Other members would have liked that court",
        ),
        # judging + telling the reader to improve (where TON109's own clues do not already report it)
        (
            "Convendría que fueras más atento con los horarios.",
            "es",
            "service",
            "Convendría que fueras más atento",
        ),
        (
            "Maybe you should be a bit more organised with the kit list.",
            "en",
            "service",
            "Maybe you should be a bit more organised",
        ),
        # doubting the reader cares + others waiting in the sentence before
        (
            "Los gatitos del refugio siguen esperando. Quizá a ti no te importe.",
            "es",
            "marketing",
            "Quizá a ti no te importe",
        ),
        (
            "The ducks at the sanctuary are still waiting. Maybe you don't care.",
            "en",
            "marketing",
            "Maybe you don't care",
        ),
        # others who fail + the reader cast as one of them
        (
            "Hay socios que simplemente se olvidan de pagar, y tú eres uno de ellos.",
            "es",
            "collections",
            "Hay socios que simplemente se olvidan de pagar, y tú eres uno de ellos",
        ),
        (
            "Some members simply forget to renew, and you are one of them.",
            "en",
            "collections",
            "Some members simply forget to renew, and you are one of them",
        ),
        # counterfactual blame + the lapse in the sentence before
        (
            "El repartidor llamó dos veces y no contestaste. Si hubieras estado en casa, ya tendrías la compra.",
            "es",
            "transactional",
            "Si hubieras estado",
        ),
        (
            "You didn't pick up when the courier rang. If you'd answered, your parcel would be with you now.",
            "en",
            "transactional",
            "If you'd answered",
        ),
        # an odd choice + each to their own
        (
            "Una decisión atrevida cambiar el menú vegetal por las frituras, pero cada cual sabe lo que come.",
            "es",
            "transactional",
            "decisión atrevida cambiar el menú vegetal por las frituras, pero cada cual",
        ),
        (
            "Interesting choice of icing for a wedding cake, but your priorities are your own.",
            "en",
            "transactional",
            "Interesting choice of icing for a wedding cake, but your priorities",
        ),
        # round 22 (h22's misses), by class. pity frame + a loss: an auction, running out
        (
            "Tu bono del gimnasio lleva tres semanas sin usarse. Sería una lástima que tuviéramos que subastar tu taquilla.",
            "es",
            "collections",
            "Sería una lástima que tuviéramos que subastar",
        ),
        (
            "Your bike has been sitting in our shop for five weeks now. It would be a pity if it had to be sold at auction.",
            "en",
            "collections",
            "would be a pity if it had to be sold at auction",
        ),
        (
            "Si no apartas tu turno ahora, no te quejes luego cuando no haya plazas.",
            "es",
            "marketing",
            "no te quejes luego cuando no haya plazas",
        ),
        (
            "Book your slot now, and don't complain later when it's sold out.",
            "en",
            "marketing",
            "don't complain later when it's sold out",
        ),
        # others who waited + the reader's lapse in the sentence before
        (
            "No contestaste a nuestros avisos. Doce personas esperaron el kayak en el muelle.",
            "es",
            "service",
            "personas esperaron",
        ),
        (
            "You never brought the kayak back. Twelve families had to wait on the jetty.",
            "en",
            "service",
            "families had to wait",
        ),
        # a third party feeling the lapse + a count
        (
            "Nuestra huerta comunitaria lo está notando: otra vez faltan tus horas de riego.",
            "es",
            "service",
            "lo está notando: otra vez",
        ),
        (
            "The school garden is feeling the pinch, since you've missed your watering shift again.",
            "en",
            "service",
            "is feeling the pinch, since you've missed your watering shift again",
        ),
        # judging: think of others, after the reader's lapse
        (
            "Faltaste al turno del martes sin avisar. Piensa en los demás la próxima vez.",
            "es",
            "service",
            "Piensa en los demás",
        ),
        (
            "You skipped Tuesday's slot without telling us. Think of others when you book.",
            "en",
            "service",
            "Think of others",
        ),
        # the cost of waiting + a loss
        (
            "Cuanto más esperes, más dinero tirado en la factura de la luz.",
            "es",
            "marketing",
            "Cuanto más esperes, más dinero tirado",
        ),
        (
            "The longer you put it off, the more money down the drain.",
            "en",
            "marketing",
            "The longer you put it off, the more money down the drain",
        ),
        # a small sender + the reader's lapse (its only partners)
        (
            "Somos una librería pequeña y nunca pasaste a recoger los tres libros que encargaste.",
            "es",
            "collections",
            "Somos una librería pequeña y nunca pasaste",
        ),
        (
            "We're a small bookshop, and you never came back for the three novels you ordered.",
            "en",
            "collections",
            "We're a small bookshop, and you never",
        ),
        (
            "La cuota de mayo sigue sin abonarse. Somos un club de barrio y cada cuota cuenta.",
            "es",
            "collections",
            "Somos un club de barrio",
        ),
        (
            "The club runs on volunteers, and your subscription is still missing.",
            "en",
            "collections",
            "runs on volunteers, and your subscription is still missing",
        ),
        # shifting the blame + the reader's lapse as the cause
        (
            "No es culpa nuestra: la pantalla se rompió por no seguir las instrucciones de montaje.",
            "es",
            "service",
            "No es culpa nuestra: la pantalla se rompió por no seguir",
        ),
        (
            "That's not a manufacturing defect; the hinge snapped because you ignored the assembly guide.",
            "en",
            "service",
            "not a manufacturing defect; the hinge snapped because you ignored",
        ),
        # the reader's item left waiting + an irony marker in the same sentence
        (
            "Tu pedido de velas lleva dos meses guardado en la trastienda y, por lo visto, ya ni te acuerdas.",
            "es",
            "transactional",
            "lleva dos meses guardado en la trastienda y, por lo visto",
        ),
        (
            "Apparently your drill has been sitting at the counter for three weeks.",
            "en",
            "transactional",
            "Apparently your drill has been sitting at the counter for three weeks",
        ),
        # exposure: the reader's name on a list, with a pity frame
        (
            "Sería una pena que tu nombre apareciera en el tablón de la entrada.",
            "es",
            "collections",
            "Sería una pena que tu nombre apareciera",
        ),
        (
            "It would be a shame if your name appears on the list we pin up in the clubhouse.",
            "en",
            "collections",
            "would be a shame if your name appears",
        ),
        # round 23: mock praise + how long the reader let it lie (its only partners)
        (
            "Enhorabuena, nos tuviste una hora esperándote en la puerta del museo.",
            "es",
            "service",
            "Enhorabuena, nos tuviste una hora esperándote",
        ),
        (
            "Felicidades: la mesa de tu terraza se olvidó dos años en el almacén.",
            "es",
            "service",
            "Felicidades: la mesa de tu terraza se olvidó dos años",
        ),
        (
            "Thanks for finally bringing back the tent, only two weeks late.",
            "en",
            "service",
            "Thanks for finally bringing back the tent, only two weeks late",
        ),
        (
            "Congratulations: you've kept the library's projector for three months now.",
            "en",
            "service",
            "Congratulations: you've kept the library's projector for three months",
        ),
        # round 23: shifted blame ("not because of our ...", "es lo que pasa cuando") + how long it was left
        (
            "La madera se hinchó porque la mesa se dejó meses a la intemperie, no por nuestro trabajo.",
            "es",
            "service",
            "se dejó meses a la intemperie, no por nuestro trabajo",
        ),
        (
            "Es lo que pasa cuando una bici se olvida dos años en un balcón.",
            "es",
            "service",
            "Es lo que pasa cuando una bici se olvida dos años",
        ),
        (
            "The leather cracked because the saddle was left out in the rain for weeks, not because of our stitching.",
            "en",
            "service",
            "cracked because the saddle was left out in the rain for weeks",
        ),
        (
            "That's what happens when the strings were left untouched for months.",
            "en",
            "service",
            "That's what happens when the strings were left untouched for months",
        ),
        # round 23: judging (unfair on the others, a lesson for next time, the consideration we expected)
        (
            "Faltaste a tres ensayos seguidos, y no es justo para el resto del grupo.",
            "es",
            "service",
            "Faltaste a tres ensayos seguidos, y no es justo para el resto",
        ),
        (
            "You missed three practices in a row, and it isn't fair on the rest of the team.",
            "en",
            "service",
            "You missed three practices in a row, and it isn't fair on the rest of the team",
        ),
        (
            "No viniste al turno del sábado; piensa en eso la próxima vez.",
            "es",
            "service",
            "No viniste al turno del sábado; piensa en eso la próxima vez",
        ),
        (
            "You didn't come to Saturday's shift; think about that next time.",
            "en",
            "service",
            "You didn't come to Saturday's shift; think about that next time",
        ),
        (
            "Entendemos que haya imprevistos, pero nos habría gustado algo más de seriedad.",
            "es",
            "service",
            "Entendemos que haya imprevistos, pero nos habría gustado algo más de seriedad",
        ),
        (
            "We understand things come up, but we'd have appreciated a little more courtesy.",
            "en",
            "service",
            "We understand things come up, but we'd have appreciated a little more courtesy",
        ),
        # round 23: others who lost their place + the reader's lapse
        (
            "Cancelaste sin avisar y tres familias perdieron su plaza en el taller.",
            "es",
            "service",
            "sin avisar y tres familias perdieron su plaza",
        ),
        (
            "You cancelled without telling us, and four families lost their spot on the course.",
            "en",
            "service",
            "cancelled without telling us, and four families lost their spot",
        ),
        # round 23: public exposure of the debt + the lapse
        (
            "Tu cuota sigue pendiente y los nombres se publican en el tablón del club.",
            "es",
            "collections",
            "sigue pendiente y los nombres se publican",
        ),
        (
            "Tu recibo sigue impago y compartiremos la lista con tu entrenador.",
            "es",
            "collections",
            "sigue impago y compartiremos la lista con tu entrenador",
        ),
        (
            "Your subscription is still unpaid, and your classmates will find out.",
            "en",
            "collections",
            "is still unpaid, and your classmates will find out",
        ),
        (
            "Your dues are four months behind, and debtors are posted in the lobby every Monday.",
            "en",
            "collections",
            "dues are four months behind, and debtors are posted",
        ),
        # round 23: the reader's name taken off a list, with a pity frame
        (
            "Sería una pena que tu nombre desapareciera del mural de donantes.",
            "es",
            "marketing",
            "Sería una pena que tu nombre desapareciera",
        ),
        (
            "It would be a shame if your name disappears from the donor wall.",
            "en",
            "marketing",
            "would be a shame if your name disappears",
        ),
        # round 24: a fault put on the reader's handling, with the warning or instructions they ignored
        (
            "Tu lámpara se agrietó porque la enchufaste sin seguir nuestras indicaciones.",
            "es",
            "service",
            "se agrietó porque la enchufaste sin seguir nuestras indicaciones",
        ),
        (
            "The kettle cracked because it was boiled dry, as we warned you it would.",
            "en",
            "service",
            "cracked because it was boiled dry, as we warned you",
        ),
        # round 24: the debt told to a third party (a guarantor), with a pity frame or the lapse next door
        (
            "No quisiéramos tener que avisar a su garante de este saldo vencido.",
            "es",
            "collections",
            "No quisiéramos tener que avisar a su garante",
        ),
        (
            "Your rent is three months overdue. We will have to notify your guarantor next week.",
            "en",
            "collections",
            "notify your guarantor",
        ),
        # round 24: each week of delay, borne by the staff or their families
        (
            "Cada mes que tu retrasas la cuota lo notan nuestros empleados.",
            "es",
            "collections",
            "Cada mes que tu retrasas la cuota lo notan nuestros empleados",
        ),
        (
            "Every week you delay the payment, our drivers' families feel it.",
            "en",
            "collections",
            "Every week you delay the payment, our drivers' families feel it",
        ),
        # round 24: a pity frame closed by a tag asking the reader to agree
        (
            "Sería una lástima perder tu plaza en el coro, ¿no te parece?",
            "es",
            "marketing",
            "Sería una lástima perder tu plaza en el coro, ¿no te parece",
        ),
        (
            "It would be a pity to lose your locker, don't you think?",
            "en",
            "service",
            "would be a pity to lose your locker, don't you think",
        ),
        # round 24: "we still haven't heard" is the reader's lapse, next to a pity frame
        (
            "We still haven't heard from you about the keys. It would be a shame if the move were delayed.",
            "en",
            "service",
            "would be a shame",
        ),
        # round 24: others fed up with cleaning up after the reader, next to a count of repeats
        (
            "Otra vez dejaste las pesas en el suelo. Los demás socios están cansados de recoger detrás de ti.",
            "es",
            "service",
            "Otra vez",
        ),
        (
            "Again the trolley was left in the car park. The staff are fed up with tidying up after you.",
            "en",
            "service",
            "Again",
        ),
        # round 24: "te quedas sin" is a loss, next to "no te quejes luego"
        (
            "Reserva hoy o no te quejes luego si te quedas sin entradas.",
            "es",
            "marketing",
            "no te quejes luego si te quedas sin",
        ),
        # round 25: a coincidence pointed out (irony) + "volver a" / "again" of the reader's payment
        (
            "Vaya casualidad: tu cuota se vuelve a retrasar justo en el mes de vacaciones.",
            "es",
            "collections",
            "Vaya casualidad: tu cuota se vuelve a retrasar",
        ),
        (
            "What a coincidence that the rent is late again the week after payday.",
            "en",
            "collections",
            "What a coincidence that the rent is late again",
        ),
        # round 25: frankness announced (irony, as "honestly") + the lapse
        (
            "Francamente, el recibo de junio sigue sin pagarse.",
            "es",
            "collections",
            "Francamente, el recibo de junio sigue sin pagarse",
        ),
        (
            "Frankly, the invoice from June is still outstanding.",
            "en",
            "collections",
            "Frankly, the invoice from June is still outstanding",
        ),
        # round 25: the reader's act called disrespectful (judging), the lapse in the sentence before
        (
            "Ayer no viniste a la sesión de fisioterapia. Fue una falta de respeto hacia la terapeuta.",
            "es",
            "service",
            "Fue una falta de respeto",
        ),
        (
            "You didn't turn up for the fitting yesterday. That was really disrespectful to our tailor.",
            "en",
            "service",
            "That was really disrespectful",
        ),
        # round 25: forgetting said softly ("slipped your mind") next to irony
        (
            "We assume the library books slipped your mind.",
            "en",
            "service",
            "We assume the library books slipped your mind",
        ),
        # round 25: a cancellation at the last minute (the lapse) before a judging sentence
        (
            "Cancelaste la clase de cerámica a última hora. Deberías avisar con más tiempo.",
            "es",
            "service",
            "Deberías",
        ),
        (
            "You cancelled the tasting menu at the last minute. You should let us know earlier.",
            "en",
            "service",
            "You should",
        ),
        # round 25: what the reader failed to buy or renew, as the cause, in a pity frame
        (
            "Sería una lástima que el jardín se secara por no renovar el riego automático.",
            "es",
            "marketing",
            "Sería una lástima que el jardín se secara por no renovar",
        ),
        (
            "It would be a pity if the lawn dried out for not renewing the watering plan.",
            "en",
            "marketing",
            "would be a pity if the lawn dried out for not renewing",
        ),
        # round 25: a fee or membership weeks behind (the lapse) next to a pity frame
        (
            "Tu mensualidad lleva tres meses de atraso. Preferiríamos no suspender tu acceso.",
            "es",
            "collections",
            "Preferiríamos no suspender",
        ),
        (
            "Your balance is four weeks overdue. We'd rather not pass it on.",
            "en",
            "collections",
            "We'd rather not",
        ),
        # round 25: the rest of the reader's group finding out (public exposure) with a pity frame or the lapse
        (
            "No nos gustaría que el resto del equipo se entere de que la cuota sigue pendiente.",
            "es",
            "collections",
            "No nos gustaría que el resto del equipo se entere de que la cuota sigue pendiente",
        ),
        # round 25: the reader, in a supposition, left out while everyone else enjoys it, in a pity frame
        (
            "It would be a shame if you stayed home all August while everyone else is at the festival.",
            "en",
            "marketing",
            "would be a shame if you stayed home all August while everyone",
        ),
        (
            "Sería una pena que te quedes en casa todo agosto mientras todos disfrutan del festival.",
            "es",
            "marketing",
            "Sería una pena que te quedes en casa todo agosto mientras todos",
        ),
        # round 26: what most customers manage easily (its own class: it pairs with the reader singled out, the
        # lapse, irony or judging) + the cause insinuated (irony) or the reader's own result
        (
            "Casi todos nuestros alumnos terminan el nivel sin ninguna dificultad, así que ya te imaginarás de dónde viene el suspenso.",
            "es",
            "service",
            "Casi todos nuestros alumnos terminan el nivel sin ninguna dificultad, así que ya te imaginarás de dónde viene",
        ),
        (
            "Most of our students pass the level without any trouble, so you can probably guess whose fault that is.",
            "en",
            "service",
            "Most of our students pass the level without any trouble, so you can probably guess whose fault",
        ),
        (
            "La mayoría de los equipos montan la tienda en menos de diez minutos. El tuyo necesitó una hora.",
            "es",
            "service",
            "La mayoría de los equipos montan la tienda en menos de",
        ),
        (
            "Most groups finish the trail in under three hours. Yours took six.",
            "en",
            "service",
            "Most groups finish the trail in under",
        ),
        # round 26: others waiting in the meantime, or one person who waited for it, next to the lapse
        (
            "No viniste a la cita del martes. Mientras tanto, varias familias seguían en la lista esperando.",
            "es",
            "service",
            "Mientras tanto, varias familias seguían en la lista esperando",
        ),
        (
            "You missed Tuesday's fitting. Another customer waited two weeks for that slot.",
            "en",
            "service",
            "Another customer waited two weeks for that",
        ),
        (
            "You didn't turn up for your cleaning shift. Meanwhile, the rest of the house was waiting.",
            "en",
            "service",
            "Meanwhile, the rest of the house was waiting",
        ),
        # round 26: the matter raised with the reader's club committee, in a pity frame after the lapse
        (
            "La cuota del huerto sigue sin pagarse. No quisiéramos tener que comentarlo con la directiva de la asociación.",
            "es",
            "collections",
            "No quisiéramos tener que comentarlo con la directiva",
        ),
        (
            "Your plot fee is still unpaid. We'd rather not raise it with the allotment committee.",
            "en",
            "collections",
            "We'd rather not raise it with the allotment committee",
        ),
        # round 26: what the reader failed to do in time (the lapse) in a pity frame; "still hasn't been paid"
        (
            "Sería una lástima perder la plaza por no inscribirte a tiempo.",
            "es",
            "marketing",
            "Sería una lástima perder la plaza por no inscribirte a tiempo",
        ),
        (
            "It would be a pity if the room went to someone else for not confirming in time.",
            "en",
            "marketing",
            "would be a pity if the room went to someone else for not confirming in time",
        ),
        (
            "The repair from March still hasn't been paid. We'd hate to have to pause your account.",
            "en",
            "collections",
            "We'd hate",
        ),
        # round 26: the reader's priorities put down (each-their-own) after a count of reminders
        (
            "Es el cuarto recordatorio sobre la revisión del coche. Ya sabemos que no es la prioridad de todos.",
            "es",
            "service",
            "cuarto recordatorio",
        ),
        (
            "This is the fourth reminder about your boiler check. We know it isn't everyone's top priority.",
            "en",
            "service",
            "fourth reminder",
        ),
        # round 26: a loss in the imperfect subjunctive, the effort thrown away (loss-or-harm)
        (
            "Sería una pena que tu clase se quedara sin excursión este trimestre.",
            "es",
            "marketing",
            "Sería una pena que tu clase se quedara sin",
        ),
        (
            "¿De verdad vas a desperdiciar todo el esfuerzo de estos meses?",
            "es",
            "marketing",
            "De verdad vas a desperdiciar todo el esfuerzo",
        ),
        (
            "We'd hate to see you waste all the hard work of this term.",
            "en",
            "marketing",
            "We'd hate to see you waste all the hard work",
        ),
        # round 26: an item the reader returned damaged (returned-damaged pairs with irony or mock praise)
        (
            "Al parecer nos devolviste la bicicleta sucia a propósito.",
            "es",
            "collections",
            "Al parecer nos devolviste la bicicleta sucia",
        ),
        (
            "Apparently you returned the kayak with a cracked paddle as a keepsake for us.",
            "en",
            "collections",
            "Apparently you returned the kayak with a cracked",
        ),
        # round 27: irony as a snide contrast + the lapse
        (
            "La fiesta salió redonda, cosa que no podemos decir de tu factura, que sigue pendiente.",
            "es",
            "collections",
            "cosa que no podemos decir de tu factura, que sigue pendiente",
        ),
        (
            "The garden looks wonderful, which is more than we can say for the bill, still outstanding since June.",
            "en",
            "collections",
            "which is more than we can say for the bill, still outstanding",
        ),
        # round 27: judging, the reader said to waste our time + a count of repeats
        (
            "Otra vez nos hiciste perder el tiempo con la cita del martes.",
            "es",
            "service",
            "Otra vez nos hiciste perder el tiempo",
        ),
        (
            "Once more you're wasting our time with forms left half empty.",
            "en",
            "service",
            "Once more you're wasting our time",
        ),
        # round 27: doubting care, who did not care + the reader singled out in the sentence before
        (
            "Tú todavía no renovaste. Cuando cierre el taller, veremos a quién no le importó.",
            "es",
            "marketing",
            "a quién no le importó",
        ),
        (
            "You still haven't renewed. When the shelter closes we'll see who couldn't be bothered.",
            "en",
            "marketing",
            "who couldn't be bothered",
        ),
        # round 27: others in the reader's club starting to ask why + a pity frame
        (
            "No nos gustaría que los demás padres del equipo empiecen a preguntar por la cuota.",
            "es",
            "collections",
            "No nos gustaría que los demás padres del equipo empiecen a preguntar",
        ),
        (
            "We'd rather not have the other parents in the squad start asking questions.",
            "en",
            "collections",
            "We'd rather not have the other parents in the squad start asking questions",
        ),
        # round 27: a fee "weeks late" (reader-lapse, from the sentence before) + a pity frame
        (
            "The rent for March is now two months late. We'd rather not send another letter.",
            "en",
            "collections",
            "We'd rather not",
        ),
        # round 27: mock praise + the lapse's end said as "finally" (lapse-length)
        (
            "Enhorabuena: por fin te acordaste de las fotos del bautizo.",
            "es",
            "transactional",
            "Enhorabuena: por fin te acordaste",
        ),
        (
            "Well done on finally turning up for the fitting.",
            "en",
            "transactional",
            "Well done on finally turning up",
        ),
        # round 28: repetition, the count put on a lapse + the lapse
        (
            "Es la cuarta ausencia del trimestre, y sin avisar.",
            "es",
            "service",
            "Es la cuarta ausencia del trimestre, y sin avisar",
        ),
        (
            "This is the second no-show this term, and you didn't call.",
            "en",
            "service",
            "second no-show this term, and you didn't",
        ),
        # round 28: repetition, patience said to run out + others who fail to read / the reader singled out
        (
            "No podemos seguir haciendo excepciones para huéspedes que no leen sus correos de reserva.",
            "es",
            "service",
            "No podemos seguir haciendo excepciones para huéspedes que no leen sus",
        ),
        (
            "We cannot keep reminding you about the lease, and you still haven't signed it.",
            "en",
            "service",
            "We cannot keep reminding you about the lease, and you still haven't",
        ),
        (
            "Again, the exceptions are for guests who don't read their house notes.",
            "en",
            "service",
            "Again, the exceptions are for guests who don't read their",
        ),
        # round 28: irony + doubting-care, the reader not serious about it
        (
            "Por lo visto no te lo tomas muy en serio, porque tampoco viniste el jueves.",
            "es",
            "service",
            "Por lo visto no te lo tomas muy en serio",
        ),
        (
            "Apparently you're not really serious about the course.",
            "en",
            "service",
            "Apparently you're not really serious about",
        ),
        # round 28: counterfactual blame of what the reader failed to look after + a loss
        (
            "Si hubieras revisado la caldera, no estarías perdiendo agua.",
            "es",
            "alert",
            "Si hubieras revisado la caldera, no estarías perdiendo",
        ),
        (
            "If you'd serviced the boiler, you wouldn't be losing heat now.",
            "en",
            "alert",
            "If you'd serviced the boiler, you wouldn't be losing",
        ),
        # round 28: blame handed back in a mock concession + what the reader was told to do (warned-you)
        (
            "El jarrón venía con las instrucciones que te pedimos que leyeras, pero claro, échanos la culpa.",
            "es",
            "service",
            "que te pedimos que leyeras, pero claro, échanos la culpa",
        ),
        (
            "The glaze was fine until the dishwasher we told you to avoid, but sure, blame the pottery.",
            "en",
            "service",
            "we told you to avoid, but sure, blame the",
        ),
        # round 28: a pity frame + having to explain to the reader's peers why (public-exposure)
        (
            "Sería una pena tener que explicar a los demás vecinos de la comunidad por qué se corta tu suministro.",
            "es",
            "collections",
            "Sería una pena tener que explicar a los demás vecinos de la comunidad por qué",
        ),
        (
            "We'd hate to have to explain to the other parents in the class why your child's place was given up.",
            "en",
            "collections",
            "We'd hate to have to explain to the other parents in the class why",
        ),
        # round 28: a pity frame + having to ban the reader (loss-or-harm)
        (
            "Preferiríamos no tener que vetarte en el club de remo.",
            "es",
            "service",
            "Preferiríamos no tener que vetarte",
        ),
        (
            "We would rather not have to ban you from the pool.",
            "en",
            "service",
            "We would rather not have to ban you",
        ),
        # round 29: the present of the pity frame + the matter told to the neighbours (public-exposure)
        (
            "Preferimos no tener que mencionarlo con los vecinos del bloque, así que esperamos la cuota de junio.",
            "es",
            "collections",
            "Preferimos no tener que mencionarlo con los vecinos",
        ),
        (
            "We'd prefer not to have to raise the matter with the neighbours, so please pay the June service charge.",
            "en",
            "collections",
            "We'd prefer not to have to raise the matter with the neighbours",
        ),
        # round 29: reader-lapse, a larger count, the Spanish of "we still haven't received", overdue loans, a fee that stayed unpaid
        (
            "Llevas ocho semanas sin devolver la bici prestada y otros socios también necesitan una.",
            "es",
            "service",
            "ocho semanas sin devolver la bici prestada y otros socios también necesitan",
        ),
        (
            "Todavía no hemos recibido la fianza del local y sería una pena anular tu reserva.",
            "es",
            "collections",
            "Todavía no hemos recibido la fianza del local y sería una pena",
        ),
        (
            "Your two overdue rackets are now three weeks late, and other members need them too.",
            "en",
            "service",
            "overdue rackets are now three weeks late, and other members need them too",
        ),
        (
            "Your tuition fee stayed unpaid all term, and your teacher is still waiting.",
            "en",
            "collections",
            "fee stayed unpaid all term, and your teacher is still waiting",
        ),
        # round 29: someone of ours who can stop worrying (others-waiting) + the lapse in the sentence before
        (
            "La mensualidad sigue pendiente. Págala hoy para que tu entrenadora deje de preocuparse.",
            "es",
            "collections",
            "para que tu entrenadora deje de preocuparse",
        ),
        (
            "Your invoice is still unpaid. Please clear it so our team can stop worrying.",
            "en",
            "collections",
            "so our team can stop worrying",
        ),
        # round 29: volunteers who give their own time (small-sender) + the lapse
        (
            "Los voluntarios del museo montaron tu taller en su tiempo libre, y la sala sigue sin pagarse.",
            "es",
            "collections",
            "voluntarios del museo montaron tu taller en su tiempo libre, y la sala sigue sin pagarse",
        ),
        (
            "Nuestros guías dedican su tiempo al club y tu cuota sigue sin pagarse.",
            "es",
            "collections",
            "dedican su tiempo al club y tu cuota sigue sin pagarse",
        ),
        (
            "Our helpers give their own time freely, and your stall deposit is still unpaid.",
            "en",
            "collections",
            "give their own time freely, and your stall deposit is still unpaid",
        ),
        (
            "The volunteers spent Saturday repairing the nets after your match, and the fee is still unpaid.",
            "en",
            "collections",
            "The volunteers spent Saturday repairing the nets after your match, and the fee is still unpaid",
        ),
        # round 29: "for some members" (others-who-fail) + a duty said not to be a priority (each-their-own)
        (
            "Para algunos socios, devolver las llaves a tiempo no es una prioridad.",
            "es",
            "service",
            "Para algunos socios, devolver las llaves a tiempo no es una prioridad",
        ),
        (
            "For some members, returning the keys on time isn't a priority.",
            "en",
            "service",
            "For some members, returning the keys on time isn't a priority",
        ),
        # round 29: things said to clean themselves (judging) + irony
        (
            "Al parecer, algunos creen que las tazas se lavan solas.",
            "es",
            "service",
            "Al parecer, algunos creen que las tazas se lavan solas",
        ),
        (
            "Apparently some guests think mugs wash themselves.",
            "en",
            "service",
            "Apparently some guests think mugs wash themselves",
        ),
        # round 30: what we did held up against the reader's lapse (we-did-our-part + reader-lapse)
        (
            "Montamos la carpa a tiempo para tu boda y tú todavía no has pagado la segunda cuota.",
            "es",
            "collections",
            "Montamos la carpa a tiempo para tu boda y tú todavía no has pagado",
        ),
        (
            "We held up our side of the deal, and the hire fee is still outstanding.",
            "en",
            "collections",
            "We held up our side of the deal, and the hire fee is still outstanding",
        ),
        # round 30: "we'd hoped you would do the same" + a debt now weeks overdue in the next sentence
        (
            "We had hoped you would return the same courtesy. The bill is now six weeks past due.",
            "en",
            "collections",
            "We had hoped you would return the same",
        ),
        # round 30: the reader's act called "poco respetuoso" (judging) + the reader singled out
        (
            "Usted todavía no ha devuelto el traje, y nos parece muy poco respetuosa esa actitud.",
            "es",
            "service",
            "Usted todavía no ha devuelto el traje, y nos parece muy poco respetuosa",
        ),
        # round 30: others who paid + having to chase the reader in the next sentence (reader-lapse)
        (
            "Casi todos los vecinos ya abonaron la derrama. Nos gustaría dejar de perseguirte por la tuya.",
            "es",
            "collections",
            "Casi todos los vecinos ya abonaron",
        ),
        (
            "Most tenants have already paid the service charge. Please settle yours so we can stop chasing you.",
            "en",
            "collections",
            "Most tenants have already paid",
        ),
        # round 30: mock praise + the reader's own lateness in minutes (lapse-length)
        (
            "Felicidades, llegaste a la cata con cuarenta minutos de retraso.",
            "es",
            "service",
            "Felicidades, llegaste a la cata con cuarenta minutos de retraso",
        ),
        (
            "Bravo, you turned up a good 45 minutes late for the tasting.",
            "en",
            "service",
            "Bravo, you turned up a good 45 minutes late",
        ),
        # round 31: judging "too much to ask" of what the reader should do + irony
        (
            "Imaginamos que cerrar la verja al salir es demasiado pedir.",
            "es",
            "service",
            "Imaginamos que cerrar la verja al salir es demasiado pedir",
        ),
        (
            "Apparently putting the weights back on the rack is too much to ask.",
            "en",
            "service",
            "Apparently putting the weights back on the rack is too much to ask",
        ),
        # round 31: "piénsalo la próxima vez" (judging) + others waiting in the sentence before
        (
            "Otros socios también quieren la sala. Piénsalo la próxima vez que reserves y no aparezcas.",
            "es",
            "service",
            "Piénsalo la próxima vez",
        ),
        # round 31: the ironic "con lo <virtue> que eres" + a fee overdue in the sentence before; one month, with a
        # qualifier between the fee and the verb
        (
            "Tu recibo del gimnasio lleva dos semanas vencido. Con lo constante que eres con las pesas, nos sorprende.",
            "es",
            "collections",
            "Con lo constante que eres",
        ),
        (
            "Su mensualidad de la academia lleva un mes vencida. Al parecer, el violín puede esperar.",
            "es",
            "collections",
            "Al parecer",
        ),
        # round 31: acting as if the reader did not want it done (doubting-care) + irony
        (
            "Sinceramente, es como si no quisieras recuperar la fianza.",
            "es",
            "service",
            "Sinceramente, es como si no quisieras",
        ),
        (
            "Frankly, it's as if you didn't want the deposit back.",
            "en",
            "service",
            "Frankly, it's as if you didn't want",
        ),
        # round 31: the reader among those who ignore the instructions (others-who-fail) + patience run out
        (
            "No podemos seguir haciendo excepciones para clientes que ignoran las instrucciones de montaje.",
            "es",
            "service",
            "No podemos seguir haciendo excepciones para clientes que ignoran las instrucciones",
        ),
        (
            "We can't keep making exceptions for members who ignore the rules of the car park.",
            "en",
            "service",
            "We can't keep making exceptions for members who ignore the rules",
        ),
        # round 31: patience run out for a favour we keep doing (repetition) + the reader's lapse
        (
            "No podemos seguir reembolsando clases a las que faltas sin avisar.",
            "es",
            "service",
            "No podemos seguir reembolsando clases a las que faltas",
        ),
        (
            "We can't keep refunding sessions you've missed without a word.",
            "en",
            "service",
            "We can't keep refunding sessions you've missed",
        ),
        # round 31: staff who have to tidy up after the reader (others-waiting) + irony
        (
            "Frankly, our staff shouldn't have to tidy up after you every week.",
            "en",
            "service",
            "Frankly, our staff shouldn't have to tidy up after you",
        ),
        # round 31: gossip hinted at (public-exposure) + the debt
        (
            "Su cuota sigue pendiente. Ya sabe cómo es la gente del club.",
            "es",
            "collections",
            "Ya sabe cómo es la gente",
        ),
        (
            "The locker fee is still unpaid, and you know how people talk at the club.",
            "en",
            "collections",
            "is still unpaid, and you know how people talk",
        ),
        # round 32: a count of lapses in a row (repetition) + the lapse
        (
            "Faltaste a yoga cuatro semanas seguidas.",
            "es",
            "service",
            "Faltaste a yoga cuatro semanas seguidas",
        ),
        (
            "You've missed choir practice four weeks running.",
            "en",
            "service",
            "You've missed choir practice four weeks running",
        ),
        # round 32: "seguro va a" without "que" (irony) + finding a little time (busy-excuse)
        (
            "Seguro va a encontrar un ratito para devolver el libro.",
            "es",
            "collections",
            "Seguro va a encontrar un ratito",
        ),
        # round 32: "es evidente que" (irony) + doubting-care ("en serio" alone is no longer rhetorical's)
        (
            "Es evidente que no te tomas en serio las normas del gimnasio.",
            "es",
            "service",
            "Es evidente que no te tomas en serio",
        ),
        # round 32: the mock contrast as a pity (irony) + the debt
        (
            "Lástima que tu cuota no recibiera la misma atención. Sigue pendiente desde marzo.",
            "es",
            "collections",
            # round 52: bill-fares-worse is read before irony and points at the whole contrast
            "no recibiera la misma atención",
        ),
        (
            "Too bad your rent didn't get the same care. It's still owing.",
            "en",
            "collections",
            "didn't get the same care",
        ),
        (
            "The same can't be said for your library fines, which are now two months overdue.",
            "en",
            "collections",
            "The same can't be said for your library fines, which are now two months overdue",
        ),
        # round 32: "we don't understand why it is so hard" (rhetorical) + irony
        (
            "La cuota sigue pendiente. Sinceramente, no entendemos por qué le cuesta tanto.",
            "es",
            "collections",
            "Sinceramente, no entendemos por qué le cuesta tanto",
        ),
        (
            "Frankly, we can't see why returning a ladder is so hard.",
            "en",
            "service",
            "Frankly, we can't see why returning a ladder is so hard",
        ),
        # round 32: people who die waiting (others-waiting) + "what's your excuse" (judging)
        (
            "Cada año mueren pacientes esperando un riñón. ¿Cuál es tu excusa?",
            "es",
            "service",
            "Cuál es tu excusa",
        ),
        (
            "Dozens of patients die each year waiting for a donor. What is your excuse?",
            "en",
            "service",
            "What is your excuse",
        ),
        # round 32: a payment still missing (reader-lapse, es) + a pity frame
        (
            "Aún falta la cuota de junio. Sería una pena que otro equipo ocupara tu pista.",
            "es",
            "collections",
            "Sería una pena",
        ),
        # round 32: "en serio" still counts as the question (rhetorical) + repetition
        ("¿En serio vas a faltar otra vez a la clase?", "es", "service", "¿En serio vas a faltar otra vez"),
        # round 32: the reader skipped (reader-lapse) + repetition
        (
            "Otra vez te saltaste la revisión del coche.",
            "es",
            "service",
            "Otra vez te saltaste",
        ),
        (
            "You've skipped your check-up again.",
            "en",
            "service",
            "You've skipped your check-up again",
        ),
        # round 32: "still owing" (reader-lapse) + a pity frame
        (
            "Your deposit is still owing, and it would be a shame to lose the date.",
            "en",
            "collections",
            "is still owing, and it would be a shame to lose",
        ),
        # round 32: everyone but the reader (reader-singled-out) + rhetorical
        (
            "The whole choir has paid except you. Are you really going to miss the tour?",
            "en",
            "marketing",
            "Are you really",
        ),
        (
            "Ya pagó todo el grupo menos tú. ¿De verdad vas a quedarte sin viaje?",
            "es",
            "marketing",
            "De verdad vas a quedarte sin",
        ),
        # round 32: the reader's thing the worst of the lot (reader-singled-out) + irony
        (
            "Frankly, your locker was the messiest in the changing room.",
            "en",
            "service",
            "Frankly, your locker was the messiest",
        ),
        (
            "Sinceramente, tu taquilla fue la más sucia del vestuario.",
            "es",
            "service",
            "Sinceramente, tu taquilla fue la más sucia",
        ),
        # round 33: "está visto que" (irony) + a duty said not to go with the reader (each-their-own); repetition fires too
        (
            "Otra vez dejaste la bici en la entrada. Está visto que respetar el aparcamiento no va contigo.",
            "es",
            "service",
            "Está visto que respetar el aparcamiento no va contigo",
        ),
        # round 33: a duty said not to be the reader's thing (each-their-own) + irony
        (
            "Apparently, reading the parking rules isn't really your thing.",
            "en",
            "service",
            "Apparently, reading the parking rules isn't really your thing",
        ),
        # round 33: the mock contrast set on the payment (irony, es) + the lapse in the next sentence
        (
            "Nos encantó ver tu jardín tan cuidado; lo que no ha avanzado tanto es la cuota. Sigue pendiente desde junio.",
            "es",
            "collections",
            "lo que no ha avanzado tanto es la cuota",
        ),
        # round 33: the same contrast in English (irony) + the lapse
        (
            "Lovely to see the garden in bloom; what hasn't grown quite as fast is the invoice, which is still unpaid.",
            "en",
            "collections",
            "what hasn't grown quite as fast is the invoice, which is still unpaid",
        ),
        # round 33: the pity contrast with "couldn't" and an amount (irony) + the lapse
        (
            "Shame the £300 balance on your account couldn't get the same care: it is still unpaid.",
            "en",
            "collections",
            "couldn't get the same care: it is still unpaid",
        ),
        # round 33: "don't blame us when" (pity-frame) + repetition
        (
            "Cancel your check-up again and don't blame us when the toothache starts.",
            "en",
            "marketing",
            "Cancel your check-up again and don't blame us when",
        ),
        # round 33: "no nos culpes cuando" (pity-frame) + repetition
        (
            "Otra vez sin revisión: luego no nos culpes cuando falle la caldera.",
            "es",
            "marketing",
            "Otra vez sin revisión: luego no nos culpes cuando",
        ),
        # round 33: others who do it, stressed "sí" (others-complied, from the next sentence) + repetition
        (
            "Esta vez cancelaste con diez minutos de aviso. Hay socios que sí respetan los horarios.",
            "es",
            "service",
            "Esta vez",
        ),
        # round 33: the same in English, "some clients do respect"
        (
            "You cancelled again with ten minutes' notice. Some clients do respect our instructors' time.",
            "en",
            "service",
            "cancelled again",
        ),
        # round 33: the honest ones bear the cost (others-waiting) + leaving without paying (reader-lapse)
        (
            "When a guest walks out without paying, it's the honest guests who end up paying more.",
            "en",
            "collections",
            "walks out without paying, it's the honest guests who end up paying",
        ),
        # round 33: the same in Spanish
        (
            "Cuando alguien se va sin pagar, son los clientes honrados quienes acaban pagando.",
            "es",
            "collections",
            "sin pagar, son los clientes honrados quienes acaban pagando",
        ),
        # round 33: people who leave it too late (others-who-fail) + a loss
        (
            "Many tenants in your situation leave it too late and then face court costs.",
            "en",
            "collections",
            "Many tenants in your situation leave it too late and then face court",
        ),
        # round 33: the same in Spanish
        (
            "Muchas personas en su situación lo dejan para el último momento y acaban en el juzgado.",
            "es",
            "collections",
            "Muchas personas en su situación lo dejan para el último momento y acaban en el juzgado",
        ),
        # round 33: the cause put on the reader (blame-shift) + the lapse as a gerund (reader-lapse)
        (
            "The technician knocked twice, so the missed visit was down to you not answering the door.",
            "en",
            "service",
            "was down to you not answering",
        ),
        # round 33: "por ti, no por nuestro equipo" (blame-shift) + the lapse
        (
            "El retraso fue por ti, no por nuestro equipo, porque no contestaste al timbre.",
            "es",
            "service",
            "por ti, no por nuestro equipo, porque no contestaste",
        ),
        # round 33: others hearing of the reader's lapse (public-exposure) + a pity frame
        (
            "It would be a shame if the other parents found out that you never pay your fees.",
            "en",
            "collections",
            "would be a shame if the other parents found out that you never",
        ),
        # round 33: the same in Spanish
        (
            "Sería una pena que los demás padres se enteraran de que no pagas la cuota.",
            "es",
            "collections",
            "Sería una pena que los demás padres se enteraran de que no pagas",
        ),
        # round 33: paying not part of the reader's routine (each-their-own) + irony
        (
            "Clearly, paying on time isn't part of your routine.",
            "en",
            "collections",
            "Clearly, paying on time isn't part of your routine",
        ),
        # round 33: the same in Spanish
        (
            "Se nota que te gusta el gimnasio; lástima que pagarlo no forme parte de tu rutina.",
            "es",
            "collections",
            "Se nota que te gusta el gimnasio; lástima que pagarlo no forme parte de tu rutina",
        ),
        # round 34: others who manage it on time, five words before "on time" (others-complied) + the reader singled out
        (
            "Most of our renters manage to bring their tools back on time, except you.",
            "en",
            "service",
            "Most of our renters manage to bring their tools back on time, except you",
        ),
        (
            "Casi todos los inquilinos logran devolver las llaves del trastero a tiempo. Tú todavía no.",
            "es",
            "service",
            "Casi todos los inquilinos logran devolver las llaves del trastero a tiempo",
        ),
        # round 34: the others as a pronoun, "think about them" (judging) + the lapse in the sentence before
        (
            "The other players cover the pitch fee every week. Your share is still unpaid. Think about them and settle it.",
            "en",
            "collections",
            "Think about them and",
        ),
        (
            "Tus compañeros de equipo pagan la cancha cada semana: piensa en ellos, tu parte sigue pendiente.",
            "es",
            "collections",
            "piensa en ellos, tu parte sigue pendiente",
        ),
        # round 34: guilt left with the reader (judging) + the lapse in the sentence before
        (
            "Your allotment fee is still outstanding. We hope you can live with that.",
            "en",
            "collections",
            "We hope you can live with that",
        ),
        (
            "Tu cuota del huerto sigue pendiente. Esperamos que puedas vivir con eso.",
            "es",
            "collections",
            "Esperamos que puedas vivir con eso",
        ),
        # round 34: one of ours paying from their own pocket (others-waiting) + the lapse in the next sentence
        (
            "Our volunteers are paying for the hall out of their own pocket. Your stall fee is still unpaid.",
            "en",
            "collections",
            "Our volunteers are paying for the hall out of their own pocket",
        ),
        (
            "Uno de ellos está pagando el local de su propio bolsillo. Tu cuota sigue pendiente.",
            "es",
            "collections",
            "Uno de ellos está pagando el local de su propio bolsillo",
        ),
        # round 34: "please actually" (judging) + repetition; English only
        (
            "Please actually bring the signed form this time.",
            "en",
            "service",
            "Please actually bring the signed form this time",
        ),
        # round 34: the subjectless question of a duty forgotten (reader-lapse) + repetition; English only
        ("Forgot to renew again? Your parking permit ends tonight.", "en", "alert", "Forgot to renew again"),
        # round 34: the reader's supply cut off (loss-or-harm) + a pity frame
        (
            "It would be a pity to have to cut off your water supply over a small bill.",
            "en",
            "collections",
            "would be a pity to have to cut off your water supply",
        ),
        (
            "Preferiríamos no tener que cortarte la luz por una factura tan pequeña.",
            "es",
            "collections",
            "Preferiríamos no tener que cortarte la luz",
        ),
        # round 35 (h38, h39): new wordings of existing classes, each with a partner it meets
        (
            "La cuota de abril sigue sin pagarse. Curioso, porque la clase de los lunes nunca te la pierdes.",
            "es",
            "collections",
            "Curioso, porque",
        ),
        (
            "Your locker rent is still unpaid. Funny how you never miss a Monday class.",
            "en",
            "collections",
            "Funny how you never",
        ),
        (
            "Lástima que el pago no sea igual de rápido que tus pedidos. Tu factura sigue pendiente.",
            "es",
            "collections",
            "Lástima que el pago no sea igual de",
        ),
        (
            "Shame the payment side isn't as quick as your orders. Your invoice is still outstanding.",
            "en",
            "collections",
            "Shame the payment side isn't as quick",
        ),
        (
            "Preferiríamos arreglarlo por teléfono antes que tener que avisar a su avalista.",
            "es",
            "collections",
            "Preferiríamos arreglarlo por teléfono antes que tener que avisar a su avalista",
        ),
        (
            "We'd rather settle this over the phone than have to call your guarantor.",
            "en",
            "collections",
            "We'd rather settle this over the phone than have to call your guarantor",
        ),
        (
            "No es normal lo mucho que cuesta que pagues la cuota del club.",
            "es",
            "collections",
            "No es normal lo mucho que cuesta que pagues",
        ),
        (
            "Again we see how hard it is to get you to pay on time.",
            "en",
            "collections",
            "Again we see how hard it is to get you to pay",
        ),
        (
            "No viniste a la clase y aun así esperabas que te devolviéramos el importe.",
            "es",
            "service",
            "No viniste a la clase y aun así esperabas que te devolviéramos el importe",
        ),
        (
            "You skipped the last three sessions and still expected a full refund.",
            "en",
            "service",
            "You skipped the last three sessions and still expected a full refund",
        ),
        (
            "Tus compañeros han tenido que cubrir tu parte del alquiler de la pista, que sigue sin pagarse.",
            "es",
            "collections",
            "han tenido que cubrir tu parte del alquiler de la pista, que sigue sin pagarse",
        ),
        (
            "Your teammates have had to cover your share of the pitch fee, which is still unpaid.",
            "en",
            "collections",
            "have had to cover your share of the pitch fee, which is still unpaid",
        ),
        (
            "Tu tutora dio las seis clases y tu cuota sigue pendiente. No es justo para ella.",
            "es",
            "collections",
            "No es justo para ella",
        ),
        (
            "Your tutor taught all six lessons and your fee is still unpaid. That isn't fair on her.",
            "en",
            "collections",
            "isn't fair on her",
        ),
        (
            "Tu parte del alquiler sigue sin pagarse. Piensa en cómo les afecta a tus compañeros de piso.",
            "es",
            "collections",
            "Piensa en cómo les afecta",
        ),
        (
            "Your share of the rent is still unpaid. Think about how this affects your housemates.",
            "en",
            "collections",
            "Think about how this affects your housemates",
        ),
        (
            "Tus compañeros confiaron en ti y la cuota sigue sin pagarse.",
            "es",
            "collections",
            "confiaron en ti y la cuota sigue sin pagarse",
        ),
        (
            "Your group trusted you with the kitty, and the money is still missing.",
            "en",
            "collections",
            "Your group trusted you with the kitty, and the money is still missing",
        ),
        (
            "Sinceramente, esas manchas no salen solas del sofá.",
            "es",
            "service",
            "Sinceramente, esas manchas no salen solas",
        ),
        (
            "Frankly, scratches like these don't appear on their own.",
            "en",
            "service",
            "Frankly, scratches like these don't appear on their own",
        ),
        (
            "Honestly, a phone screen doesn't crack like that unless it has been dropped.",
            "en",
            "service",
            "Honestly, a phone screen doesn't crack like that unless",
        ),
        (
            "Please read the guide before you call again; it saves everyone a lot of trouble.",
            "en",
            "alert",
            "again; it saves everyone a lot of trouble",
        ),
        (
            "Nuestros voluntarios mantienen abierto el refugio, y tu aportación sigue pendiente.",
            "es",
            "collections",
            "Nuestros voluntarios mantienen abierto el refugio, y tu aportación sigue pendiente",
        ),
        (
            "Our volunteers keep the shelter open on donations, and your pledge is still unpaid.",
            "en",
            "collections",
            "Our volunteers keep the shelter open on donations, and your pledge is still unpaid",
        ),
        (
            "Qué bueno que sigas disfrutando de la bici sin pagarla desde hace tres semanas.",
            "es",
            "collections",
            "Qué bueno que sigas disfrutando de la bici sin pagarla desde hace tres semanas",
        ),
        (
            "So glad you're enjoying the bike, which you've had without paying for three weeks.",
            "en",
            "collections",
            "So glad you're enjoying the bike, which you've had without paying for three weeks",
        ),
        (
            "Los demás socios pueden ver la lista de cuotas pendientes, y sería una pena que tu nombre estuviera ahí.",
            "es",
            "collections",
            "pueden ver la lista de cuotas pendientes, y sería una pena que tu nombre estuviera",
        ),
        (
            "Other members can see the board of unpaid fees, and it would be a shame to see your name there.",
            "en",
            "collections",
            "can see the board of unpaid fees, and it would be a shame",
        ),
        (
            "El técnico hizo la instalación sin haber recibido tu pago. No es justo para el equipo.",
            "es",
            "collections",
            "No es justo para el equipo",
        ),
        (
            "Our driver made the delivery without receiving your payment, which isn't fair on him.",
            "en",
            "collections",
            "without receiving your payment, which isn't fair on him",
        ),
        (
            "Still haven't returned the tent? Other families are still waiting for it.",
            "en",
            "collections",
            "still waiting",
        ),
        (
            "Somos un club pequeño y cada cuota impagada nos lo pone más difícil.",
            "es",
            "collections",
            "Somos un club pequeño y cada cuota impagada nos lo pone más difícil",
        ),
        (
            "We are a small club, and every unpaid membership makes it harder.",
            "en",
            "collections",
            "We are a small club, and every unpaid membership makes it harder",
        ),
        (
            "Seguimos sin cobrar la matrícula de marzo. Curioso, porque para reservar fuiste el primero.",
            "es",
            "collections",
            "Curioso, porque",
        ),
        # round 36: the repeat stressed (every single month, mes tras mes) next to irony
        (
            "Your transfer bounced. We assume it's pure chance that it happens every single week.",
            "en",
            "collections",
            "We assume it's pure chance that it happens every single week",
        ),
        (
            "Suponemos que es casualidad que el cargo rebote mes tras mes.",
            "es",
            "collections",
            "Suponemos que es casualidad que el cargo rebote mes tras mes",
        ),
        # round 36: the reader's penalties counted, next to mock praise
        (
            "Well done on your second parking ticket with our van this month.",
            "en",
            "alert",
            "Well done on your second parking ticket",
        ),
        (
            "Enhorabuena por tu tercera multa con nuestra moto este año.",
            "es",
            "alert",
            "Enhorabuena por tu tercera multa",
        ),
        # round 37: the repeat as "the time before", with the usted no-show
        (
            "Usted no vino a la revisión del coche, igual que la vez pasada.",
            "es",
            "service",
            "Usted no vino a la revisión del coche, igual que la vez pasada",
        ),
        # round 37: the others named as the model, next to "high time"
        (
            "Ya va siendo hora de devolver el taladro, como hicieron los demás vecinos.",
            "es",
            "service",
            "Ya va siendo hora de devolver el taladro, como hicieron los demás",
        ),
        (
            "It's about time you returned the drill, like most of our members do.",
            "en",
            "service",
            "It's about time you returned the drill, like most of our members do",
        ),
        # round 37: what others manage before the deadline, the lapse in the next sentence
        (
            "Almost all of our campers manage to settle up before they leave. Your pitch fee is still unpaid.",
            "en",
            "collections",
            "Almost all of our campers manage to settle up before",
        ),
        (
            "Casi todos los socios logran pagar la cuota antes de la excursión. La tuya sigue pendiente.",
            "es",
            "collections",
            "Casi todos los socios logran pagar la cuota antes de",
        ),
        # round 37: what we prefer "before having to" involve a third party
        (
            "Preferimos hablarlo con usted antes de tener que avisar a su fiador.",
            "es",
            "collections",
            "Preferimos hablarlo con usted antes de tener que avisar a su fiador",
        ),
        (
            "We prefer to settle this with you before having to involve your sponsor.",
            "en",
            "collections",
            "We prefer to settle this with you before having to involve your sponsor",
        ),
        # round 37: the reader said not to have bothered, with the lapse
        (
            "No te tomaste la molestia de avisar y faltaste a la clase.",
            "es",
            "service",
            "No te tomaste la molestia de avisar y faltaste",
        ),
        (
            "You didn't even bother to ring, and you missed the fitting.",
            "en",
            "service",
            "didn't even bother to ring, and you missed",
        ),
        # round 37: the others' harm put to the reader as a hope, with the lapse
        (
            "Your club subs are still unpaid, and we trust you'll think about the people who run the bar for free.",
            "en",
            "collections",
            "are still unpaid, and we trust you'll think about the people who",
        ),
        (
            "Tu cuota sigue pendiente y esperamos que pienses en quienes limpian el vestuario cada tarde.",
            "es",
            "collections",
            "sigue pendiente y esperamos que pienses en quienes",
        ),
        # round 37: the cost left with the reader, with the lapse
        (
            "You skipped the safety briefing, so this is entirely on you.",
            "en",
            "service",
            "You skipped the safety briefing, so this is entirely on you",
        ),
        (
            "Te saltaste la revisión y la avería es totalmente responsabilidad tuya.",
            "es",
            "service",
            "Te saltaste la revisión y la avería es totalmente responsabilidad tuya",
        ),
        # round 37: a guarantor or references hearing of the debt, or reaching the reader through them, with a pity frame
        (
            "It would be a shame if your co-signer had to find out from us.",
            "en",
            "collections",
            "would be a shame if your co-signer had to find out",
        ),
        (
            "Sería una pena que su avalista se enterara por nosotros.",
            "es",
            "collections",
            "Sería una pena que su avalista se enterara",
        ),
        (
            "Preferiríamos no tener que localizarte a través de tus familiares.",
            "es",
            "collections",
            "Preferiríamos no tener que localizarte a través de tus familiares",
        ),
        (
            "We'd rather not have to reach you through your references.",
            "en",
            "collections",
            "We'd rather not have to reach you through your references",
        ),
        # round 37: repossession named, with a pity frame
        (
            "Repossession is nobody's favourite step, and we'd hate to get there.",
            "en",
            "collections",
            "Repossession is nobody's favourite step, and we'd hate",
        ),
        # round 38: a thing the reader left on or open + the repeat
        (
            "Otra vez dejaste la puerta del invernadero abierta al irte.",
            "es",
            "alert",
            "Otra vez dejaste la puerta del invernadero abierta",
        ),
        (
            "Once again you left the sauna door open overnight.",
            "en",
            "alert",
            "again you left the sauna door open overnight",
        ),
        # round 38: a lapse despite a notice called very clear + the repeat
        (
            "Your skis were stacked in the hallway again, even though the rules were crystal clear.",
            "en",
            "alert",
            "again, even though the rules were crystal clear",
        ),
        (
            "Las sillas volvieron a quedar en el pasillo otra vez, aunque el cartel era clarísimo.",
            "es",
            "alert",
            "otra vez, aunque el cartel era clarísimo",
        ),
        # round 38: the absence as the cause (the sentence before) + respect our time
        (
            "The driver waited at the stables because you weren't there. Please respect our staff's time next time.",
            "en",
            "service",
            "respect our staff's time",
        ),
        (
            "El chófer esperó media hora porque no estabas ahí. La próxima vez respeta el tiempo de nuestro equipo.",
            "es",
            "service",
            "respeta el tiempo de nuestro equipo",
        ),
        # round 38: the reader's carelessness named + a pity frame or the repeat
        (
            "Sería una pena que tu bicicleta acabara vendida por un descuido tuyo.",
            "es",
            "collections",
            "Sería una pena que tu bicicleta acabara vendida por un descuido tuyo",
        ),
        (
            "The lid cracked again through your own carelessness.",
            "en",
            "service",
            "again through your own carelessness",
        ),
        # round 38: what the reader's priority should be + the lapse in the next sentence
        (
            "La salud de tu caballo debería ser una prioridad. La cuota de pupilaje sigue sin pagarse.",
            "es",
            "collections",
            "debería ser una prioridad",
        ),
        (
            "Your dog's vaccinations should be a priority. The clinic invoice is still unpaid.",
            "en",
            "collections",
            "should be a priority",
        ),
        # round 38: the debt passed to a collection agency + a pity frame
        (
            "Preferiríamos no pasar tu caso a una agencia de cobranza.",
            "es",
            "collections",
            "Preferiríamos no pasar tu caso a una agencia de cobranza",
        ),
        (
            "We'd rather not refer your account to a debt recovery agency, but that's your call.",
            "en",
            "collections",
            "We'd rather not refer your account to a debt recovery agency",
        ),
        # round 38: the references' details held + a pity frame
        (
            "Conservamos los teléfonos de tus avalistas y preferiríamos no tener que usarlos.",
            "es",
            "collections",
            "Conservamos los teléfonos de tus avalistas y preferiríamos no",
        ),
        (
            "We hold the phone numbers of your guarantors, and we'd rather not have to use them.",
            "en",
            "collections",
            "We hold the phone numbers of your guarantors, and we'd rather not",
        ),
        # round 38: "how curious:" + the reader who always finds time for other things
        (
            "Qué curioso: para las clases de salsa siempre encuentras tiempo, pero para la cuota no.",
            "es",
            "collections",
            "Qué curioso: para las clases de salsa siempre encuentras tiempo",
        ),
        (
            "How curious: you always find time for the climbing wall, but never for the invoice.",
            "en",
            "collections",
            "How curious: you always find time for",
        ),
        # round 38: a counterfactual of any act with what it would have spared + frankness
        (
            "Honestly, if you had returned the kayak on Sunday, the late fee would have been much lower.",
            "en",
            "service",
            "Honestly, if you had returned the kayak on Sunday, the late fee would have been",
        ),
        (
            "Sinceramente, si lo hubieras devuelto el domingo, el recargo habría sido menor.",
            "es",
            "service",
            "Sinceramente, si lo hubieras devuelto el domingo, el recargo habría sido",
        ),
        # round 38: the present counterfactual in the sentence after the repeat (counterfactual-blame reaches a neighbour)
        (
            "Tu bici llegó otra vez con la cadena oxidada. Si la guardaras bajo techo, no tendríamos que cambiarla.",
            "es",
            "service",
            "otra vez",
        ),
        (
            "Your bike came in rusty again. If you stored it indoors, we wouldn't have to replace the chain.",
            "en",
            "service",
            "again",
        ),
        # round 39: a vague trouble we would not want to come up + the lapse
        (
            "Your rent is still outstanding, and we wouldn't want any problems to arise with your lease renewal.",
            "en",
            "collections",
            "is still outstanding, and we wouldn't want any problems to arise",
        ),
        (
            "Tu cuota sigue pendiente y no quisiéramos que surgiera algún inconveniente con tu matrícula.",
            "es",
            "collections",
            "sigue pendiente y no quisiéramos que surgiera algún inconveniente",
        ),
        # round 39: "try and actually" after the lapse in the sentence before (the Spanish is TON109's)
        (
            "You missed the fitting. Try and actually arrive on time for the next one.",
            "en",
            "service",
            "Try and actually",
        ),
        # round 39: some people dismissed as a kind + only some of the sessions attended, the sentence before
        (
            "You only came to one of the four tastings. Some members simply aren't planners, so here's a reminder for the next.",
            "en",
            "marketing",
            "Some members simply aren't planners",
        ),
        (
            "Solo viniste a dos de las seis clases. Hay gente que simplemente no es constante, pero te guardamos plaza.",
            "es",
            "marketing",
            "Hay gente que simplemente no es",
        ),
        # round 39: telling them about the reader's debt + a pity frame
        (
            "Preferiríamos no tener que escribirles para contarles de tu deuda con el club.",
            "es",
            "collections",
            "Preferiríamos no tener que escribirles para contarles de tu deuda",
        ),
        (
            "We'd rather not contact them about your overdue balance.",
            "en",
            "collections",
            "We'd rather not contact them about your overdue balance",
        ),
        # round 39: a fee left unpaid as a condition, the sentence before + think of others
        (
            "Mientras el alquiler siga pendiente, el taller no puede pedir material. Piensa en los demás.",
            "es",
            "collections",
            "Piensa en los demás",
        ),
        (
            "While your subscription remains unpaid, the volunteers can't order seed. Think of others.",
            "en",
            "collections",
            "Think of others",
        ),
        # round 39: no payment yet, the sentence before + irony
        (
            "Still no deposit payment? We're sure the caterers won't mind.",
            "en",
            "collections",
            "We're sure",
        ),
        (
            "Seguimos sin noticias de tu pago. Seguro que el local nos espera eternamente.",
            "es",
            "collections",
            "Seguro que",
        ),
        # round 39: a balance gone negative + the repeat
        (
            "Once again your card has gone negative.",
            "en",
            "collections",
            "again your card has gone negative",
        ),
        (
            "Otra vez tu tarjeta ha quedado en negativo.",
            "es",
            "collections",
            "Otra vez tu tarjeta ha quedado en negativo",
        ),
        # round 39: the reader's group lapsing + the repeat
        (
            "Your team skipped the cool-down once again.",
            "en",
            "service",
            "Your team skipped the cool-down once again",
        ),
        (
            "Otra vez tu grupo se saltó el calentamiento.",
            "es",
            "service",
            "Otra vez tu grupo se saltó",
        ),
        # round 39: the payment gone on holiday + irony
        (
            "Apparently your rent has gone on a long vacation.",
            "en",
            "collections",
            "Apparently your rent has gone on a long vacation",
        ),
        (
            "Por lo visto tu cuota anda de vacaciones.",
            "es",
            "collections",
            "Por lo visto tu cuota anda de vacaciones",
        ),
        # round 39: a fee three words after "for" weeks late, the sentence before + a pity frame
        (
            "The hire fee for your drum kit is three weeks late. It would be a shame to pass your slot to another band.",
            "en",
            "collections",
            "would be a shame",
        ),
        # round 40: as the reader's neighbours do (others-complied, read from the next sentence) + a repeat
        (
            "Your hedge blocked the footpath again this week. Please trim it like your neighbours do.",
            "en",
            "service",
            "again",
        ),
        (
            "Otra vez dejaste las bolsas en la acera. Sácalas el martes, como hacen tus vecinos.",
            "es",
            "service",
            "Otra vez",
        ),
        # round 40: the rest of the reader's group paying on time + a count of the reader's lapses
        (
            "Es la tercera vez que te retrasas, cuando el resto del grupo paga a tiempo.",
            "es",
            "collections",
            "Es la tercera vez que te retrasas, cuando el resto del grupo paga a tiempo",
        ),
        (
            "That's the third late payment, while the rest of the team pays on time.",
            "en",
            "collections",
            "third late payment, while the rest of the team pays on time",
        ),
        # round 40: quarters in a row (repetition) + irony
        (
            "Seguro que ya lo sabías: tu comunidad lleva dos trimestres seguidos sin pagar.",
            "es",
            "collections",
            "Seguro que ya lo sabías: tu comunidad lleva dos trimestres seguidos sin pagar",
        ),
        (
            "Apparently your levy went unpaid three quarters in a row.",
            "en",
            "collections",
            "Apparently your levy went unpaid three quarters in a row",
        ),
        # round 40: the mock contrast of paying (irony) + the lapse in the next sentence
        (
            "Los conciertos te encantan, pero pagar las entradas no tanto. Tu saldo sigue pendiente.",
            "es",
            "collections",
            "pero pagar las entradas no tanto",
        ),
        (
            "You love the new bike, but paying for it, not so much. Your balance is still unpaid.",
            "en",
            "collections",
            "but paying for it, not so much",
        ),
        # round 40: the reader's peers made to see it (public exposure) + a pity frame
        (
            "Sería una pena que tus compañeros vieran tu nombre en el tablón del club.",
            "es",
            "collections",
            "Sería una pena que tus compañeros vieran",
        ),
        # round 40: a payment that still has not arrived (reader-lapse) + a pity frame
        (
            "The rent for May still hasn't arrived, and we'd hate to pass the flat to the next applicant.",
            "en",
            "collections",
            "rent for May still hasn't arrived, and we'd hate",
        ),
        (
            "Tu anticipo aún no ha llegado y sería una pena liberar la fecha del salón.",
            "es",
            "collections",
            "Tu anticipo aún no ha llegado y sería una pena",
        ),
        # round 40: only weeks after the deadline (lapse-length) + mock praise
        (
            "Thanks for finally sending the form, just two weeks after the deadline.",
            "en",
            "service",
            "Thanks for finally sending the form, just two weeks after the deadline",
        ),
        (
            "Enhorabuena por entregar el formulario, apenas dos semanas después del plazo.",
            "es",
            "service",
            "Enhorabuena por entregar el formulario, apenas dos semanas después del plazo",
        ),
        # round 40: priorities more important than paying (busy-excuse) + irony
        (
            "Seguro que tienes prioridades más importantes que tu cuota del gimnasio.",
            "es",
            "collections",
            "Seguro que tienes prioridades más importantes",
        ),
        # round 40: remembering a due date said to be hard (busy-excuse) + a count of reminders
        (
            "We know remembering a renewal date is hard, so this is your fourth reminder about the policy.",
            "en",
            "collections",
            "We know remembering a renewal date is hard, so this is your fourth reminder",
        ),
        (
            "Sabemos que acordarse de la fecha de pago es muy difícil, así que otra vez te escribimos por la cuota.",
            "es",
            "collections",
            "Sabemos que acordarse de la fecha de pago es muy difícil, así que otra vez",
        ),
        # round 40: the consideration we had hoped for (judging) + a repeat
        (
            "We'd have hoped for a bit more courtesy after you skipped the fitting again.",
            "en",
            "service",
            "We'd have hoped for a bit more courtesy after you skipped the fitting again",
        ),
        (
            "Habríamos esperado algo más de consideración después de cancelar otra vez sin avisar.",
            "es",
            "service",
            "Habríamos esperado algo más de consideración después de cancelar otra vez sin avisar",
        ),
    ],
)
def test_signal_classes_meeting_in_a_sentence_fire(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert ("TON112", span) in fired(registry, body, locale, category)


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # the traps named in the brief: a class's words alone
        ("¿Olvidaste tu contraseña? Restablécela desde la app.", "es", "service"),
        ("Forgot your password? Reset it from the app.", "en", "service"),
        ("Again this year, we're open on Sundays in December.", "en", "marketing"),
        ("Otra vez este año abrimos los domingos de diciembre.", "es", "marketing"),
        ("Los demás socios ya pueden reservar pista desde la app.", "es", "marketing"),
        ("If you don't need it, you can cancel anytime.", "en", "service"),
        ("Si no lo necesitas, puedes cancelar cuando quieras.", "es", "service"),
        # one signal only
        ("We're sure you'll love the new autumn menu.", "en", "marketing"),
        ("Seguro que te encanta el nuevo menú de otoño.", "es", "marketing"),
        ("Most of our customers pay by direct debit; you can set it up in the app.", "en", "collections"),
        ("Si hubieras querido cambiar la fecha, puedes hacerlo desde la app.", "es", "service"),
        ("Thank you for waiting: your table is ready.", "en", "service"),
        ("Es la segunda vez que organizamos la feria del queso: ven con tu familia.", "es", "marketing"),
        ("Otra vez tenemos fruta de temporada: pide la tuya en la app.", "es", "marketing"),
        (
            "Tu factura sigue pendiente. Puedes pagarla en la app o en cualquier sucursal.",
            "es",
            "collections",
        ),
        ("Your invoice is still unpaid. You can pay it in the app or at any branch.", "en", "collections"),
        ("Try again in a moment: the server is busy.", "en", "service"),
        # round 22's wordings alone, or with a partner they do not pair with
        (
            "Somos una panadería pequeña y, otra vez este año, horneamos roscón para toda la calle.",
            "es",
            "marketing",
        ),
        (
            "We're a small family bakery, and once again we're baking hot cross buns for the whole street.",
            "en",
            "marketing",
        ),
        ("La tienda es un negocio familiar: seguro que te encanta la nueva carta.", "es", "marketing"),
        (
            "The shop is a family-run business, and clearly proud of it: come taste the new menu.",
            "en",
            "marketing",
        ),
        ("No es un defecto de fábrica: las vetas son propias de la madera natural.", "es", "service"),
        ("It's not a defect: the knots are part of natural oak.", "en", "service"),
        (
            "Tu paquete lleva dos días guardado en el casillero 5. Como siempre, puedes recogerlo gratis hasta el viernes.",
            "es",
            "transactional",
        ),
        (
            "Your parcel has been sitting in locker 5 for two days. As usual, collection is free until Friday.",
            "en",
            "transactional",
        ),
        ("Cada día que pasa, el jardín florece un poco más: ven a verlo.", "es", "marketing"),
        ("The longer you leave it, the richer the sourdough tastes.", "en", "marketing"),
        ("No te quejes del calor: ven por un helado de mango.", "es", "marketing"),
        ("Don't complain about the heat: grab a mango ice cream.", "en", "marketing"),
        ("Más de 200 personas esperaron el estreno con nosotros: ¡gracias!", "es", "marketing"),
        ("Over 200 fans waited for the premiere with us: thank you!", "en", "marketing"),
        ("Piensa en los demás invitados al elegir el vino de la cena.", "es", "marketing"),
        ("Think of others on your gift list: our hampers ship free this week.", "en", "marketing"),
        ("Nuestra subasta benéfica abre el sábado: puja desde la app.", "es", "marketing"),
        ("Our charity auction opens on Saturday: bid from the app.", "en", "marketing"),
        ("Reserva pronto: el año pasado no quedó ni un sitio libre.", "es", "marketing"),
        ("Book early: last year the workshop was sold out in a day.", "en", "marketing"),
        ("Gracias por tu paciencia: tu nombre aparece ya en la lista de invitados.", "es", "service"),
        ("Thanks for your patience: your name appears on the guest list now.", "en", "service"),
        (
            "Your payment is still missing from our records; if you have already paid, please ignore this.",
            "en",
            "collections",
        ),
        # round 23's wordings alone, or with a partner they do not pair with
        ("¡Enhorabuena! Te estamos esperando en la entrega de premios del sábado.", "es", "marketing"),
        ("Congratulations! The prize you've been waiting for ships on Monday.", "en", "marketing"),
        ("We're delighted to welcome you again this spring.", "en", "marketing"),
        ("Nos alegra que vuelvas otra vez a nuestras clases de cerámica.", "es", "marketing"),
        ("Thanks for finally trying our app: your first coffee is on us.", "en", "marketing"),
        ("Congratulations: you've had your plan for three years, so here's a free month.", "en", "marketing"),
        (
            "Como siempre, nuestro queso se olvida seis meses en la cueva antes de llegar a tu mesa.",
            "es",
            "marketing",
        ),
        ("As always, our sourdough was left to rest for two days before baking.", "en", "marketing"),
        ("Sorry, your parcel is two days late again because of the storm.", "en", "transactional"),
        (
            "Otra vez tu pedido llegó con dos días de retraso por la huelga: lo sentimos.",
            "es",
            "transactional",
        ),
        (
            "As usual, we kept the leftover tickets for three weeks so latecomers could still join.",
            "en",
            "marketing",
        ),
        ("Es lo que pasa cuando llega el verano: otra vez tenemos la terraza llena.", "es", "marketing"),
        ("That's what happens when summer arrives: we're fully booked again.", "en", "marketing"),
        ("The price rises in May, not because of our margins but because of the new tax.", "en", "service"),
        ("El precio sube en mayo, no por nuestro servicio sino por el nuevo impuesto.", "es", "service"),
        (
            "Pensamos que no es justo para el resto de socios pagar más, así que la cuota baja en mayo.",
            "es",
            "marketing",
        ),
        (
            "It wouldn't be fair to the others to keep raising prices, so the fee stays at £10.",
            "en",
            "marketing",
        ),
        ("¿Te gustó la cata? Piensa en eso la próxima vez que organices una fiesta.", "es", "marketing"),
        ("Loved the tasting? Think about that next time you plan a party: we cater too.", "en", "marketing"),
        ("Nos habría gustado más tiempo para preparar la feria, ¡pero aquí estamos!", "es", "marketing"),
        ("Entendemos que surjan imprevistos: puedes cambiar tu cita desde la app.", "es", "service"),
        ("We understand plans change, so you can move your booking for free.", "en", "service"),
        ("Más de 30 personas se quedaron sin plaza el año pasado: reserva pronto.", "es", "marketing"),
        ("Last year 40 guests missed out, so we've added a second night.", "en", "marketing"),
        ("Otra vez, los nombres de los ganadores se publican en el tablón del club.", "es", "marketing"),
        ("Once again, the winners' names are posted on the noticeboard on Monday.", "en", "marketing"),
        ("Your family will see every photo in the gallery app.", "en", "service"),
        ("Tus amigos lo verán en el mapa en cuanto compartas tu ruta.", "es", "service"),
        ("Si confirmas hoy, tu nombre desaparecerá de la lista de espera.", "es", "service"),
        ("Once you confirm, your name disappears from the waiting list.", "en", "service"),
        ("Our records are two weeks behind again because of the migration.", "en", "service"),
        # round 24 traps: the fault on the carrier or a batch, a plain warning repeated, a third party told
        # good news, a week that passes, a tag on praise, a parcel we have not received, a friendly "one of
        # them", volunteers who never tire, a data top-up, a sponsor's report
        (
            "Tu lámpara se agrietó porque el transportista la dejó caer: te enviamos otra sin coste.",
            "es",
            "service",
        ),
        (
            "Your kettle stopped working because of a faulty batch; we'll replace it for free.",
            "en",
            "service",
        ),
        (
            "La pantalla se rompió porque se cayó del camión; como siempre, la cambiamos gratis.",
            "es",
            "transactional",
        ),
        ("Como te advertimos, el taller cierra en agosto. Otra vez abrimos en septiembre.", "es", "service"),
        ("As we warned you last week, the road is closed again on Sunday.", "en", "service"),
        ("Avisaremos a tus padres cuando el autobús del campamento llegue.", "es", "service"),
        ("We will let your school know the results on Friday.", "en", "service"),
        (
            "Your sponsor will receive the annual report in March. As usual, thanks for supporting us.",
            "en",
            "service",
        ),
        ("Cada semana que pasa, nuestros empleados plantan más árboles.", "es", "marketing"),
        ("Every week you wait, the orchard gets greener. Pick your own from June.", "en", "marketing"),
        ("El menú de hoy es una delicia, ¿no crees? Reserva tu mesa.", "es", "marketing"),
        ("Summer's finally here, don't you think? Book your kayak.", "en", "marketing"),
        (
            "We still haven't received your parcel, so your refund is on its way once it arrives.",
            "en",
            "transactional",
        ),
        (
            "Most people who keep putting it off tell us the first lesson is the hardest. Book yours today.",
            "en",
            "marketing",
        ),
        (
            "Nuestros voluntarios nunca se cansan de limpiar la playa. Otra vez, gracias por venir.",
            "es",
            "marketing",
        ),
        (
            "Our volunteers are never tired of cleaning up the beach after a storm. Again, thank you.",
            "en",
            "marketing",
        ),
        ("Si te quedas sin datos, recarga desde la app.", "es", "service"),
        # round 25 traps: each new wording with an innocent partner or alone (a pool that reopens, a birthday
        # coincidence, frank praise, a rule about shouting, a reminder of a date, refunds for late
        # cancellations, no smoking, winners announced, an invitation out, a fee paid ahead)
        ("La piscina se vuelve a abrir el lunes, como siempre tras la limpieza.", "es", "marketing"),
        ("Esta vez la feria se vuelve a celebrar en el parque.", "es", "marketing"),
        ("¡Qué casualidad! Nuestra panadería cumple años el mismo día que tú.", "es", "marketing"),
        ("What a coincidence: our bakery turns ten on your birthday.", "en", "marketing"),
        ("Francamente, es la mejor cosecha de fresas que hemos tenido.", "es", "marketing"),
        ("Frankly, this is the best strawberry season we've had.", "en", "marketing"),
        (
            "Para nosotros, gritar al personal es una falta de respeto; gracias por tu amabilidad de siempre.",
            "es",
            "service",
        ),
        (
            "Shouting at staff is disrespectful, and our team thanks you for your kindness, as always.",
            "en",
            "service",
        ),
        ("If the date has slipped your mind, it's on your booking page.", "en", "service"),
        ("Esta vez, las reservas anuladas a última hora se devuelven completas.", "es", "marketing"),
        (
            "Again this season, bookings called off at the last minute are refunded in full.",
            "en",
            "marketing",
        ),
        ("Como siempre, gracias por no fumar dentro del local.", "es", "service"),
        ("As always, thank you for not smoking on the terrace.", "en", "service"),
        ("Otra vez este año, el resto del club se enterará de los ganadores en la cena.", "es", "marketing"),
        ("Again this year, the rest of the club will find out the winners at the dinner.", "en", "marketing"),
        ("Esta vez no te quedes en casa mientras todos bailan: reserva el salón.", "es", "marketing"),
        (
            "This time, don't be stuck at home while everyone else dances: book the ballroom.",
            "en",
            "marketing",
        ),
        ("Otra vez, tu cuota lleva dos semanas pagada por adelantado.", "es", "service"),
        ("Once again, your membership is two weeks from renewal.", "en", "service"),
        # round 26 traps: each new wording alone or with an innocent partner (install guides, a count next to what
        # members do easily, a happy teaser, a queue at opening, staff at the door, an invitation to the AGM, a
        # waived fee, a supplier's invoice, an engraving, a short form, enough food for all, saved progress,
        # packaging, a parcel damaged in transit, a tent covered by insurance, places released on request)
        (
            "Casi todos nuestros clientes instalan el router sin ninguna ayuda: aquí tienes la guía.",
            "es",
            "service",
        ),
        ("Most of our guests check in without any trouble using the code below.", "en", "service"),
        (
            "Como siempre, la mayoría de los socios reservan en menos de un minuto desde la app.",
            "es",
            "marketing",
        ),
        ("As always, most members book in under a minute in the app.", "en", "marketing"),
        ("Ya te imaginarás por qué estamos tan contentos: ¡abrimos otra vez!", "es", "marketing"),
        ("Once again, you can probably guess why we love spring.", "en", "marketing"),
        (
            "Como siempre, hay clientes esperando en la puerta antes de abrir: llega temprano.",
            "es",
            "marketing",
        ),
        ("As usual, a member of staff waited at the door to greet guests.", "en", "marketing"),
        ("Mientras tanto, te esperamos en la sala de espera con café.", "es", "service"),
        ("Como cada año, puedes comentarlo con la directiva en la asamblea.", "es", "service"),
        ("As usual, feel free to mention it to the club committee at the meeting.", "en", "service"),
        ("El recargo por no devolver a tiempo queda anulado este mes.", "es", "service"),
        ("The fee for not returning books on time is waived this month.", "en", "service"),
        (
            "Our supplier's invoice still hasn't been paid, so deliveries are slower this week.",
            "en",
            "service",
        ),
        ("Your order is ready: yours took a little longer because of the engraving.", "en", "service"),
        ("El tuyo necesitó un ajuste más y ya está listo para recoger.", "es", "service"),
        (
            "Planning ahead isn't everyone's top priority, so we made the form take two minutes.",
            "en",
            "service",
        ),
        (
            "Sabemos que ordenar papeles no es la prioridad de todos: el formulario lleva dos minutos.",
            "es",
            "service",
        ),
        ("Como siempre, para que nadie se quede sin plato, cocinamos de más.", "es", "marketing"),
        ("Save your progress: the app keeps the hard work you've put in.", "en", "marketing"),
        ("Otra vez este año, no tires el envoltorio hasta revisar las piezas.", "es", "marketing"),
        ("Parece que el paquete llegó dañado: te enviamos otro hoy.", "es", "service"),
        ("It looks like the parcel arrived damaged; a new one ships today.", "en", "service"),
        ("You returned the tent with a torn pole; the repair is covered by your insurance.", "en", "service"),
        # round 27: the new wordings alone, or next to an ordinary partner
        ("El concierto fue un éxito, algo que no podemos decir del clima de ese día.", "es", "marketing"),
        ("Our boots stayed dry, which is more than we can say for the weather.", "en", "marketing"),
        (
            "No viniste el martes, pero no queremos hacerte perder el tiempo: reserva en la app.",
            "es",
            "service",
        ),
        ("As always, we won't waste your time: the form takes two minutes.", "en", "service"),
        ("¿A quién no le importa su descanso? Otra vez llegan las almohadas de plumas.", "es", "marketing"),
        ("Again this spring, a kit for anyone who couldn't find the time to plant.", "en", "marketing"),
        (
            "Otra vez este año, los demás socios empiezan a preguntar por el torneo de verano.",
            "es",
            "marketing",
        ),
        ("As usual, other members have started asking about the summer regatta.", "en", "marketing"),
        ("Your payment for May is two days late; you can pay in the app.", "en", "collections"),
        ("Enhorabuena, por fin llega el verano a nuestras terrazas.", "es", "marketing"),
        ("Congratulations on finally graduating: your photos are ready to collect.", "en", "transactional"),
        (
            "Once again, your prints have been sitting in a dry cabinet, safe until you collect.",
            "en",
            "service",
        ),
        # round 28 traps: a count of a free cancellation, a rule that admits no exceptions, a fee's terms
        ("La segunda cancelación del año no tiene coste.", "es", "service"),
        ("Your second cancellation each year is free of charge.", "en", "service"),
        ("No podemos seguir haciendo excepciones con el código de vestimenta.", "es", "service"),
        ("We can't keep making exceptions to the dress code at weddings.", "en", "service"),
        ("Como siempre, hay una tarifa reducida para socios que no pagan con tarjeta.", "es", "service"),
        ("As always, there's a paper option for customers who don't pay online.", "en", "service"),
        # round 28 traps: not taking it seriously said of others, a counterfactual offer, losing signal now
        ("Mucha gente no se toma en serio el descanso: prueba el colchón nuevo.", "es", "marketing"),
        ("We're sure you are serious about sleep: try the new mattress.", "en", "marketing"),
        ("Si hubieras usado el cupón, hoy pagarías menos: úsalo en tu próxima compra.", "es", "marketing"),
        ("If you'd used the code, you can still claim the refund in the app.", "en", "marketing"),
        ("¿Estás perdiendo señal otra vez? Reinicia el router.", "es", "service"),
        # round 28 traps: a mock concession or an instruction alone, explaining a change to members, a ban on glass
        ("Pero claro, siempre puedes cambiar la fecha desde la app.", "es", "service"),
        ("Sure, blame the weather: our umbrellas are half price.", "en", "marketing"),
        ("As we showed you how to, reset the router from the app, again if needed.", "en", "service"),
        (
            "Otra vez tendremos que explicar a los demás socios por qué cambia el horario del gimnasio.",
            "es",
            "marketing",
        ),
        ("Again, we'll explain to the other members why the pool hours change.", "en", "marketing"),
        ("As always, glass bottles are banned from the beach bar.", "en", "marketing"),
        ("Como siempre, no está permitido vetar a nadie por su edad.", "es", "service"),
        # round 29 traps: each new wording alone, or next to a class it does not pair with
        ("Preferimos no tener que imprimir: te enviamos la factura por correo.", "es", "transactional"),
        ("We prefer not to have to print receipts; you'll find them in the app.", "en", "transactional"),
        ("Puedes comentarlo con el vecino que te habló del taller y ganar un descuento.", "es", "marketing"),
        ("Feel free to discuss it with your neighbours before the residents' vote.", "en", "service"),
        ("Llevamos ocho semanas sin accidentes en el taller de cerámica.", "es", "service"),
        ("Aún no hemos recibido el nuevo modelo; te avisamos cuando llegue.", "es", "transactional"),
        ("Your overdue library books are now two days late; renew them online.", "en", "service"),
        ("Tell us when you land, so your tutor can stop worrying about the pick-up.", "en", "service"),
        ("Así puedes dejar de preocuparte por la factura: pásate a la domiciliación.", "es", "marketing"),
        ("Otra vez este año, los voluntarios cocinan en su tiempo libre para la feria.", "es", "marketing"),
        ("Again this year, volunteers give their time freely at the village fair.", "en", "marketing"),
        ("Para algunos clientes, pagar con tarjeta no es prioridad: aceptamos efectivo.", "es", "service"),
        ("For some customers, paying by card isn't a priority, so we take cash too.", "en", "service"),
        ("Nuestro horno se limpia solo: pruébalo en tienda.", "es", "marketing"),
        ("Our new filters clean themselves, so there's nothing to do.", "en", "marketing"),
        # round 30 traps: each new wording alone, or next to a class it does not pair with
        (
            "Entregamos a tiempo el 98 % de los pedidos; si usted aún no tiene el suyo, escríbanos.",
            "es",
            "service",
        ),
        (
            "We delivered your sofa on time; if you haven't unpacked it yet, keep the box for returns.",
            "en",
            "service",
        ),
        ("Otra vez este año hicimos nuestra parte: plantamos un árbol por pedido.", "es", "marketing"),
        ("As always, we did our part for the beach clean-up this spring.", "en", "marketing"),
        (
            "Montamos el escenario a tiempo; si usted no ha podido venir, le devolvemos la entrada.",
            "es",
            "service",
        ),
        ("Seguimos de buena fe las normas del puerto, como siempre.", "es", "service"),
        ("We kept the stall open in good faith again this year for late shoppers.", "en", "marketing"),
        ("Como siempre, no es respetuoso hablar durante la función.", "es", "marketing"),
        ("Aún no ha pagado nadie la excursión: las plazas siguen libres.", "es", "marketing"),
        ("Your order is now two days late again; we're sorry for the delay.", "en", "transactional"),
        ("Sorry to chase you about the survey again: it closes on Friday.", "en", "marketing"),
        ("Enhorabuena, tu tren llegó con veinte minutos de adelanto.", "es", "transactional"),
        ("Congratulations! The ferry is delayed by 20 minutes today.", "en", "transactional"),
        # round 31 traps: each new wording alone, or next to a class it does not pair with
        (
            "Otra vez este año: ¿es demasiado pedir un verano sin mosquitos? Prueba nuestro repelente.",
            "es",
            "marketing",
        ),
        ("Again this year, no question is too much to ask our staff.", "en", "marketing"),
        ("Piénsalo la próxima vez que vayas de viaje: el seguro cuesta cinco euros.", "es", "marketing"),
        ("Con lo ocupado que estás, te lo ponemos fácil: reserva desde la app.", "es", "marketing"),
        ("Es como si no quisieras irte: así son nuestras camas.", "es", "marketing"),
        ("It's like you don't even want to leave: that's our new sofa.", "en", "marketing"),
        ("Para clientes que se saltan la cola, otra vez abrimos la caja rápida.", "es", "marketing"),
        ("For people who skip the queue, online booking opens again on Monday.", "en", "marketing"),
        ("No podemos seguir reponiendo las tazas antiguas, así que estrenamos vajilla.", "es", "marketing"),
        (
            "We can't keep replacing the old boilers one by one, so we're upgrading the building again.",
            "en",
            "service",
        ),
        ("Again this year, our crew will clean up after you leave the campsite.", "en", "marketing"),
        ("People do talk about our honey: try it again at the Saturday market.", "en", "marketing"),
        ("En el barrio todo se sabe: otra vez tenemos el mejor pan.", "es", "marketing"),
        ("Su factura de la luz lleva un mes vencida. Puede pagarla en la app.", "es", "collections"),
        # round 32 traps: each new wording alone, or next to a class it does not pair with
        ("Tres semanas seguidas de sol: otra vez abrimos la terraza.", "es", "marketing"),
        ("Open five days in a row again this summer!", "en", "marketing"),
        ("Seguro vas a encontrar tu talla en la nueva colección.", "es", "marketing"),
        ("Está claro que el verano ya llegó: abrimos la piscina.", "es", "marketing"),
        ("The same can't be said for our old app: the new one is much faster.", "en", "marketing"),
        ("No entendemos por qué te cuesta tanto decidir, así que te ayudamos a elegir.", "es", "marketing"),
        ("We can see why choosing a mattress is so hard, so try one for 100 nights.", "en", "marketing"),
        ("Plants die when left waiting in a hot van, so collect yours today.", "en", "transactional"),
        ("What's your excuse to treat yourself? Our sale starts today.", "en", "marketing"),
        ("¿Cuál es tu excusa favorita para una escapada? Cuéntanosla.", "es", "marketing"),
        ("Aún falta la cuota de inscripción de los nuevos socios: consulta los precios.", "es", "service"),
        ("Te saltaste el anuncio: aquí tienes el vídeo completo.", "es", "marketing"),
        ("You skipped the intro, so here is the summary.", "en", "transactional"),
        ("Everyone gets the newsletter except you? Subscribe here.", "en", "marketing"),
        ("Your deposit is still owing? Pay it in the app.", "en", "collections"),
        ("Nos tomamos en serio tu privacidad: otra vez renovamos el certificado.", "es", "service"),
        ("Tu pedido fue el más rápido del mes: gracias por elegirnos.", "es", "transactional"),
        ("Your kitchen was the brightest room in the show home.", "en", "marketing"),
        ("Encontrar un ratito para ti es fácil con nuestra app.", "es", "marketing"),
        # round 33 traps: each new wording alone, or next to a class it does not pair with
        ("Está visto que el verano ya llegó: abrimos la piscina.", "es", "marketing"),
        ("Lo que no ha subido tanto es tu cuota: sigue en 20 € al mes.", "es", "marketing"),
        ("Too bad the old app never got the same update: download the new one.", "en", "marketing"),
        ("What hasn't changed as much is the price: still €5 a month.", "en", "marketing"),
        ("Don't blame us when you can't stop eating our cookies!", "en", "marketing"),
        ("No nos culpes si te enamoras de nuestras galletas.", "es", "marketing"),
        ("Hay clientes que sí pagan con tarjeta y otros en efectivo: aceptamos los dos.", "es", "service"),
        ("Some members do turn up early: the doors open at 7.", "en", "service"),
        ("It's the regular members who pay less: join today.", "en", "marketing"),
        ("Son los clientes que pagan con la app quienes pagan menos: descárgala.", "es", "marketing"),
        ("Plenty of people leave it too late to book Christmas dinner, so reserve now.", "en", "marketing"),
        ("Muchas personas lo dejan para el último momento: reserva ya tu mesa.", "es", "marketing"),
        ("It's all down to you: pick the colour and we print it.", "en", "marketing"),
        ("Again this month, park without paying on Sundays.", "en", "marketing"),
        (
            "Again this year, not being home is no problem: choose a locker for your parcel.",
            "en",
            "transactional",
        ),
        (
            "You'll be glad to hear that you won't lose your points when we move to the new app.",
            "en",
            "service",
        ),
        ("Que tus amigos se enteren de que no pagas comisiones: comparte tu código.", "es", "marketing"),
        ("¿Cocinar no es lo tuyo? Pide en la app.", "es", "marketing"),
        ("¿Leer manuales no va contigo? Mira el vídeo de dos minutos.", "es", "service"),
        ("Reading long manuals isn't your thing? Watch the two-minute video.", "en", "service"),
        ("Seguro que te encanta: hay clientes que sí repiten cada semana.", "es", "marketing"),
        # round 34 traps: each new wording alone, or where it does not mean the reader
        (
            "Most of our guests manage to catch the early ferry on time: breakfast starts at 6.",
            "en",
            "service",
        ),
        (
            "La mayoría de los alumnos logran terminar el curso a tiempo: te ayudamos a planificarlo.",
            "es",
            "service",
        ),
        ("Gifts for the grandparents? Think of them as memories: order a photo book.", "en", "marketing"),
        ("¿Regalos para tus abuelos? Piensa en ellos y regala un álbum de fotos.", "es", "marketing"),
        ("A monthly price we hope you can live with: €9, cancel anytime.", "en", "marketing"),
        ("Un precio con el que esperamos que puedas vivir feliz: 9 € al mes.", "es", "marketing"),
        ("Pay nothing out of pocket for your check-up: it's covered by your plan.", "en", "service"),
        ("No pagas nada de tu bolsillo: la revisión entra en tu plan.", "es", "service"),
        ("Please actually enjoy your weekend: the office reopens on Monday.", "en", "service"),
        ("Forgot your password again? Reset it from the app.", "en", "service"),
        ("We forgot to include the charger again: it ships today.", "en", "transactional"),
        (
            "Again this month we'll cut off the water on Thursday for mains work, from 9 to 1.",
            "en",
            "service",
        ),
        ("Otra vez tendremos que cortar el suministro el jueves por obras en la red.", "es", "service"),
        # round 35 traps: each new wording alone, or where it does not mean the reader
        ("Dato curioso: las abejas visitan mil flores al día.", "es", "marketing"),
        ("Es curioso cómo cambia el bosque en otoño: reserva tu ruta guiada.", "es", "marketing"),
        ("Funny how time flies: our café turns ten this week.", "en", "marketing"),
        (
            "Pity the payment terminal isn't as fast as our baristas: we're replacing it this week.",
            "en",
            "service",
        ),
        (
            "Lástima que el pago con tarjeta no sea tan rápido hoy: estamos arreglando el datáfono.",
            "es",
            "service",
        ),
        (
            "We'd rather you hear it from us than have to read it online: our prices rise in June.",
            "en",
            "service",
        ),
        (
            "Preferiríamos contártelo nosotros antes que tener que anunciarlo en la web: cerramos en agosto.",
            "es",
            "service",
        ),
        (
            "We know how hard it is to get you to pay attention to your pension, so here is a two-minute summary.",
            "en",
            "marketing",
        ),
        ("Ya no cuesta que vengas al centro: ahora puedes hacerlo todo online.", "es", "marketing"),
        ("Cancel anytime and still expect the same great support.", "en", "marketing"),
        ("Tenías dudas y aun así pensabas venir: ¡bienvenido a la primera clase!", "es", "marketing"),
        (
            "Your insurance has had to cover your share of the repair, so there is nothing to pay.",
            "en",
            "service",
        ),
        ("Tu seguro ha tenido que cubrir tu parte de la reparación, así que no debes nada.", "es", "service"),
        ("It isn't fair on her to wait, so we've moved your mother's appointment forward.", "en", "service"),
        ("No es justo para ella esperar tanto: hemos adelantado la cita de tu madre.", "es", "service"),
        ("No es justo para el cliente pagar de más: por eso no cobramos comisiones.", "es", "marketing"),
        (
            "Think about how this affects them when you choose a gift for your kids: our guide helps.",
            "en",
            "marketing",
        ),
        ("Piensa en cómo les afecta el frío a tus plantas y protégelas esta semana.", "es", "service"),
        ("They trusted you with the keys: here is how to hand them back.", "en", "service"),
        ("Tus vecinos confiaron en ti para recoger el paquete: aquí tienes el código.", "es", "service"),
        ("Cracks in old paint don't appear on their own: humidity causes most of them.", "en", "service"),
        ("Las manchas de humedad no aparecen solas: revisa la ventilación del baño.", "es", "service"),
        (
            "A sourdough doesn't rise like that unless the starter is fed daily: join our class.",
            "en",
            "marketing",
        ),
        ("Book your next visit online again; it saves everyone time.", "en", "service"),
        ("Renewing online saves everyone a lot of trouble.", "en", "service"),
        ("Our volunteers keep the trails open all year: join a work day in May.", "en", "marketing"),
        ("Nuestros voluntarios mantienen abierto el comedor todo el año: únete.", "es", "marketing"),
        ("Glad you're enjoying the new app again! Tell us what you think.", "en", "marketing"),
        ("¡Qué bueno que sigas disfrutando de tus clases otra vez este año!", "es", "marketing"),
        ("Try the app without paying for two months, and cancel anytime.", "en", "marketing"),
        ("Prueba la app sin pagar durante un mes y cancela cuando quieras.", "es", "marketing"),
        (
            "Members can see the list of overdue library books in the app and renew them there.",
            "en",
            "service",
        ),
        ("Los socios pueden ver la lista de pagos pendientes en la app.", "es", "service"),
        ("Nunca enviamos el pedido sin haber recibido tu pago: así proteges tu compra.", "es", "service"),
        ("We never ship without receiving your payment first: that protects you.", "en", "service"),
        ("Still haven't booked your flu jab? Slots are open this week.", "en", "service"),
        ("Every late payment makes it harder to get credit, so set up a reminder.", "en", "service"),
        ("Cada pago atrasado hace más difícil conseguir un crédito: activa los avisos.", "es", "service"),
        ("Otra vez este año seguimos sin cobrar comisiones por transferencia.", "es", "marketing"),
        ("Seguimos sin cobrar la cuota de alta: apúntate este mes.", "es", "marketing"),
        # round 36: the repeat stressed, a penalty counted, a lapse put as a condition
        ("Again this season, fresh bread every single day at our corner shop.", "en", "marketing"),
        ("Otra vez abrimos la huerta: verduras frescas semana tras semana.", "es", "marketing"),
        ("Congratulations on your second year with us: here is a gift.", "en", "marketing"),
        ("Your second parking ticket this year can be paid again online.", "en", "service"),
        ("Enhorabuena por tu segundo año con nosotros: aquí tienes un regalo.", "es", "marketing"),
        ("Tu segunda multa se puede pagar otra vez en la web.", "es", "service"),
        (
            "The pool is open again. If you haven't swum with us yet, your first visit is free.",
            "en",
            "marketing",
        ),
        ("In case you missed it, the night market is back again this Friday.", "en", "marketing"),
        ("La piscina abre otra vez. Si todavía no viniste, la primera visita es gratis.", "es", "marketing"),
        # round 37: each new wording alone, or in innocent copy
        ("Como la vez anterior, te enviamos el código por SMS.", "es", "service"),
        ("Same as last time, your code comes by text.", "en", "service"),
        ("El técnico no vino ayer, igual que la vez anterior: lo sentimos.", "es", "service"),
        ("Our technician didn't come yesterday, same as last time: we're sorry.", "en", "service"),
        ("Paga con la app, como hace la mayoría de nuestros clientes.", "es", "collections"),
        ("Pay in the app, like most of our customers do.", "en", "collections"),
        ("Most of our guests manage to pay before check-out using the app.", "en", "service"),
        ("La mayoría de los socios logran pagar antes de fin de mes con la domiciliación.", "es", "service"),
        (
            "Preferimos enviarte el pedido completo antes de tener que dividirlo en dos envíos.",
            "es",
            "transactional",
        ),
        (
            "We prefer to ship everything together rather than having to split your order.",
            "en",
            "transactional",
        ),
        ("Ya va siendo hora de planear tus vacaciones de verano.", "es", "marketing"),
        ("It's about time to plan your summer trip.", "en", "marketing"),
        ("Gracias por tomarte la molestia de responder la encuesta.", "es", "service"),
        (
            "We didn't bother to wrap it in plastic this year: everything ships in paper.",
            "en",
            "transactional",
        ),
        ("We hope you'll think about the people who matter most this Christmas.", "en", "marketing"),
        ("Esperamos que pienses en quienes más quieres esta Navidad.", "es", "marketing"),
        ("The first round is on you? Split the bill in the app.", "en", "marketing"),
        ("La elección del color es totalmente tuya.", "es", "marketing"),
        ("La custodia de la contraseña es exclusivamente responsabilidad tuya.", "es", "service"),
        ("Your guarantor will receive a copy of the signed agreement.", "en", "service"),
        ("Su avalista recibirá una copia del contrato firmado.", "es", "service"),
        ("Our repossession cover is included in your loan at no extra cost.", "en", "service"),
        ("Sin embargo, tu pedido llega el lunes otra vez.", "es", "transactional"),
        # round 38 traps: the new wordings beside a cue or alone, in innocent copy
        ("Since you weren't home, we'll try again tomorrow between 9 and 12.", "en", "transactional"),
        ("Como no estabas en casa, volveremos a intentarlo mañana otra vez.", "es", "transactional"),
        (
            "This is a communication from a debt collector; the choice of payment plan is up to you.",
            "en",
            "collections",
        ),
        (
            "Nunca pasamos tu cuenta a una agencia de cobranza mientras tengas un plan activo; tú decides.",
            "es",
            "collections",
        ),
        (
            "Even though the instructions are clear, we're happy to walk you through them again.",
            "en",
            "service",
        ),
        ("Aunque las instrucciones son claras, otra vez te las explicamos con gusto.", "es", "service"),
        ("If you left the lights on, you can switch them off from the app.", "en", "service"),
        ("¿Dejaste la calefacción encendida? Apágala desde la app.", "es", "service"),
        ("Tu descanso debería ser nuestra prioridad: otra vez rebajamos los colchones.", "es", "marketing"),
        ("Your comfort should be our priority, so once again we've cut prices.", "en", "marketing"),
        ("We respect your time: as always, your appointment starts on the dot.", "en", "service"),
        ("Respetamos tu tiempo: como siempre, la cita empieza puntual.", "es", "service"),
        ("El seguro cubre los daños por descuido; si lo necesitas otra vez, avísanos.", "es", "service"),
        ("Our cover includes damage through carelessness, again at no extra cost.", "en", "service"),
        ("Si prefieres, tenemos los datos de tu banco para domiciliar la cuota.", "es", "collections"),
        ("We have the details of your references on file; you can update them anytime.", "en", "service"),
        ("¡Qué curioso! Siempre encuentras tiempo para un café con nosotros.", "es", "marketing"),
        ("You always find time for a coffee with us. How funny!", "en", "marketing"),
        ("If you had booked online, you would have been able to choose your seat.", "en", "service"),
        ("Si hubieras reservado online, habrías podido elegir asiento.", "es", "service"),
        ("Si lo probaras, no tendrías que volver a planchar camisas.", "es", "marketing"),
        ("If you booked before 9am, we wouldn't have to charge the express fee.", "en", "service"),
        # round 39 traps: the new wordings alone or beside a cue, in innocent copy
        (
            "We wouldn't want any surprises to come up on moving day, so here's your checklist.",
            "en",
            "service",
        ),
        (
            "No quisiéramos que surgiera ningún imprevisto el día de la mudanza: aquí tienes la lista.",
            "es",
            "service",
        ),
        ("Try to actually relax this weekend: our spa opens at 9.", "en", "marketing"),
        ("Some people simply aren't gamers, and that's fine: our arcade has a café too.", "en", "marketing"),
        ("Hay gente que simplemente no es de madrugar: por eso abrimos a mediodía.", "es", "marketing"),
        (
            "Si lo pides, un asesor puede hablarles de tu deuda a tus hijos en una sesión gratuita.",
            "es",
            "collections",
        ),
        (
            "If you'd like, our advisers can talk to them about your debt in a free session.",
            "en",
            "collections",
        ),
        ("Mientras el pedido siga pendiente, puedes cambiar la talla otra vez.", "es", "transactional"),
        ("While the invoice remains unpaid, the early-payment discount still applies.", "en", "collections"),
        ("Still no payment needed: try it again free for 30 days.", "en", "marketing"),
        ("Still no payment needed to hold your place: as always, you pay on the day.", "en", "collections"),
        ("Aún sin tu pago puedes reservar otra vez: pagas al llegar.", "es", "marketing"),
        ("Good news: no account has gone negative since we added alerts.", "en", "service"),
        (
            "Buena noticia: ninguna cuenta ha quedado en negativo desde que activamos las alertas.",
            "es",
            "service",
        ),
        ("If your team missed the kickoff, the recording is up again today.", "en", "service"),
        ("Si su hijo olvidó la mochila otra vez, pase por recepción.", "es", "service"),
        ("You only made it to one of the tastings? Good news: the next one is free.", "en", "marketing"),
        ("¿Solo viniste a una de las catas? Buena noticia: la próxima es gratis.", "es", "marketing"),
        ("Apparently, payments made while you're on holiday are processed normally.", "en", "collections"),
        (
            "Por lo visto, los pagos hechos mientras estás de vacaciones se procesan igual.",
            "es",
            "collections",
        ),
        (
            "The fee for your pottery course is two weeks away: we'd hate for you to miss the first class.",
            "en",
            "marketing",
        ),
        # round 40 traps: each new wording alone, or next to a class it does not pair with
        ("Like your neighbours do, you can now book bulky waste collection online.", "en", "service"),
        ("Como hacen tus vecinos, ya puedes reservar la recogida de muebles en la app.", "es", "service"),
        ("Como siempre, el resto del importe se paga a tiempo en la segunda cuota.", "es", "transactional"),
        ("As always, the rest of the order ships on time from our second warehouse.", "en", "transactional"),
        ("Reservar es fácil, pero pagar en efectivo no tanto: usa la app.", "es", "service"),
        ("Booking is easy, but paying in cash? Not so much. Use the app instead.", "en", "service"),
        ("Don't miss out: light up your garden for your neighbours to see this winter.", "en", "marketing"),
        ("¡Que tus vecinos vean tu jardín renovado! No te quedes sin tu kit.", "es", "marketing"),
        ("Your payment still hasn't arrived? Transfers can take up to three days.", "en", "service"),
        ("¿Tu transferencia aún no ha llegado? Puede tardar hasta tres días.", "es", "service"),
        (
            "We know keeping track of several policies can be hard, so, as always, here's your yearly summary.",
            "en",
            "service",
        ),
        (
            "Sabemos que llevar la cuenta de varias pólizas es complicado; como siempre, aquí tienes tu resumen.",
            "es",
            "service",
        ),
        ("We're delighted to announce the winners two weeks after the deadline.", "en", "marketing"),
        (
            "Enhorabuena a los ganadores: publicamos la lista dos semanas después del plazo.",
            "es",
            "marketing",
        ),
        ("We'd have hoped for a little more respect from the referee at Saturday's game.", "en", "service"),
        ("Habríamos esperado más consideración del árbitro en el partido del sábado.", "es", "service"),
        (
            "Our team has other more important priorities this week: the new branch opens on Monday.",
            "en",
            "service",
        ),
        ("Este mes hay prioridades más importantes en el taller: abrimos la nueva sede.", "es", "service"),
    ],
)
def test_one_signal_or_an_innocent_pair_passes(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert fired(registry, body, locale, category) == []


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Sería una pena que tu caso acabara en manos de nuestros abogados.", "es", "collections"),
        ("Quizás deberías ser más cuidadoso con el equipo prestado.", "es", "service"),
    ],
)
def test_a_sentence_another_tone_rule_reports_is_left_to_it(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    found = fired_tone_patterns(registry, body, locale, category, rules=(*OTHER_TONE, "TON112"))
    assert found and all(rule != "TON112" for rule, _ in found)


def test_a_switched_off_rule_is_not_deferred_to(registry: Registry) -> None:
    """With TON107 ignored by the configuration, its sentence (a pity frame + lawyers) is TON112's to report."""
    from sendlint import Config
    from sendlint.engine import evaluate

    body = "Sería una pena que tu caso acabara en manos de nuestros abogados."
    message = make_message(body=body, locale="es", category="collections", channel="whatsapp")
    default = {f.rule for f in evaluate(message, registry).findings}
    assert "TON107" in default and "TON112" not in default
    without = [
        (f.rule, body[f.start : f.end])
        for f in evaluate(message, registry, Config(ignore=("TON107",))).findings
    ]
    assert ("TON112", "Sería una pena que tu caso acabara en manos de nuestros abogados") in without


def test_an_info_level_term_does_not_silence_it(registry: Registry) -> None:
    """ "simply" is an info-level condescension term (TON103): not a report, so TON112 still reports."""
    assert fired(
        registry, "Some customers simply forget to pay, and you are one of them.", "en", "collections"
    )


def test_trigger_is_absent_without_a_cue(registry: Registry) -> None:
    """A message with no cue word costs nothing: the rule's trigger (its cue classes) does not occur."""
    import re2

    rule = registry.get("TON112")
    assert rule is not None
    trigger = rule.check.trigger("en")
    assert trigger is not None
    pattern = re2.compile(trigger.pattern)
    assert pattern.search("your order has shipped and arrives on tuesday") is None
    assert pattern.search("we're sure you're busy") is not None


def test_a_neighbour_class_counts_only_from_an_adjacent_sentence(registry: Registry) -> None:
    rule = registry.get("TON112")
    assert rule is not None
    params = SignalParams.model_validate(rule.check.params)  # type: ignore[attr-defined]
    classes = compile_classes(params, "es")

    def names(text: str) -> list[list[str]]:
        folded = build_view(text, case=True, accents=True).text
        return [
            found
            for _, found in firing(sentence_signals(folded, classes, "service"), classes, params.min_classes)
        ]

    assert names("No viniste el sábado. Otros vecinos también quieren la sala.") == [
        ["others-waiting", "reader-lapse"]
    ]
    # a sentence without signals in between: the two are not neighbours
    assert (
        names("No viniste el sábado. La sala abre a las nueve. Otros vecinos también quieren la sala.") == []
    )


def test_a_class_with_partners_counts_only_next_to_one_of_them(registry: Registry) -> None:
    """``small-sender`` pairs only with the reader's lapse or the reader singled out: next to a count of
    repeats ("otra vez") it is ordinary copy, and the pair does not report."""
    rule = registry.get("TON112")
    assert rule is not None
    params = SignalParams.model_validate(rule.check.params)  # type: ignore[attr-defined]
    classes = compile_classes(params, "es")

    def names(text: str) -> list[list[str]]:
        folded = build_view(text, case=True, accents=True).text
        return [
            found
            for _, found in firing(sentence_signals(folded, classes, "service"), classes, params.min_classes)
        ]

    assert names("Somos un taller pequeño y otra vez abrimos en agosto.") == []
    assert names("Somos un taller pequeño y nunca pasaste a buscar la silla.") == [
        ["small-sender", "reader-lapse"]
    ]


def test_a_lapse_length_counts_only_next_to_mock_praise_or_shifted_blame(registry: Registry) -> None:
    """``lapse-length`` (how long the reader let a thing lie) is a support with partners of its own: next
    to a count of repeats it is a bakery's or a courier's ordinary copy; next to mock praise it is sarcasm."""
    rule = registry.get("TON112")
    assert rule is not None
    params = SignalParams.model_validate(rule.check.params)  # type: ignore[attr-defined]
    classes = compile_classes(params, "en")

    def names(text: str) -> list[list[str]]:
        folded = build_view(text, case=True, accents=True).text
        return [
            found
            for _, found in firing(sentence_signals(folded, classes, "service"), classes, params.min_classes)
        ]

    assert names("As always, the cheese was left in the cellar for six months.") == []
    assert names("Well done: the ladder was left in the yard for six months.") == [
        ["mock-praise", "lapse-length"]
    ]


def test_pairs_with_must_name_a_class() -> None:
    with pytest.raises(ValueError, match="unknown classes"):
        SignalParams.model_validate(
            {
                "classes": [
                    {"name": "a", "role": "cue", "patterns": {"en": ["x"]}, "pairs_with": ["missing"]},
                ]
            }
        )


def test_the_spanish_seizure_verb_is_a_loss_and_sin_embargo_is_not(registry: Registry) -> None:
    """Round 37: "embargar" is a loss-or-harm signal (the sentence is TON101's to report, by its lexicon), while the
    connective "sin embargo" gives no signal at all."""
    rule = registry.get("TON112")
    assert rule is not None
    params = SignalParams.model_validate(rule.check.params)  # type: ignore[attr-defined]
    classes = compile_classes(params, "es")

    def names(text: str) -> list[list[str]]:
        folded = build_view(text, case=True, accents=True).text
        return [
            found
            for _, found in firing(
                sentence_signals(folded, classes, "collections"), classes, params.min_classes
            )
        ]

    assert names("Odiaríamos tener que embargar la furgoneta.") == [["pity-frame", "loss-or-harm"]]
    assert names("Odiaríamos, sin embargo, cerrar la tienda en agosto.") == []


def test_a_placeholder_in_a_signals_gap_does_not_cancel_it(registry: Registry) -> None:
    # round 38: the counterfactual runs over the pet's name; its first and last words are the writer's own
    body = "Honestly, if you had taken {{pet_name}} to the groomer in May, the matting would have been easier to fix."
    assert fired(registry, body, "en", "service") == [("TON112", "Honestly")]
    # a signal that starts inside a placeholder is still no signal
    assert fired(registry, "Honestly, {{again}} your visit was lovely.", "en", "service") == []


# round 79: "we'd hate for ..." is TON107's `hate-for` on its own (moved here from the TON112 cases above, where TON112 now
# stays silent after TON107 in the sentence)
@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("Most people who keep putting it off never start, and we'd hate for you to end up as one of them.", "marketing"),
        ("We'd hate for the rest of the choir to find out about the unpaid fees.", "collections"),
        ("We'd hate for your classmates to find out from the noticeboard.", "collections"),
    ],
)
def test_we_would_hate_for_is_reported_as_a_threat_pattern(registry: Registry, body: str, category: str) -> None:
    assert [span.lower() for span in finding_texts(registry, "TON107", body=body, locale="en", category=category)] == ["we'd hate for"]
