"""Round 45 (blind sets h58 and h59): the tone lines the rules without TON113 missed, taken by class.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `irony`: what we assumed anyone in the reader's place would know; the reader held up against someone more
  reliable ("shame you haven't been quite as punctual"); the reader praised as "our most patient customer"; liking
  the thing "so much you never returned it"; the parenthetic ", claramente,"; starting over called a pleasure as the
  sentence's last words (a following word is not_inside).
- TON112 `public-exposure`: the reader's neighbours said to keep asking us why.
- TON112 `blame-shift`: "y así pasa lo que pasa", "and this is what happens." at a sentence's end; `lapse-length`:
  nobody has checked or cleaned it in years.
- TON112 `loss-or-harm`: the reader's thing ending up taking room in our storage (not the reader's own shed).
- TON112 `judging`: the animal said not to train itself, a rule "there for a reason"; `reader-lapse`: the homework we
  set not done, "you chose to ignore", a payment "is now N days late", an account in arrears, a balance that "was due
  on" a past day, our calls counted about the bill, our people still not paid, a charge still running, a change told
  to us once the work was done.
- TON112 `small-sender`: our staff, as a pronoun, with families too; `reader-singled-out`: "solo falta la tuya",
  "only yours is missing"; `others-complied`: most others who manage to keep their balance paid; `mock-sympathy`:
  budgeting "must be really hard for you"; `doubting-care`: "we're starting to wonder whether you really want it";
  `returned-damaged`: returned with a dent or a scratch.
- TON109 `anyone-would-have-known`: the contracted "who'd" and "would know".
- TON110 (marketing): stock said to go in minutes, in the present ("se acaban en minutos").
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # irony (what anyone would know) + repetition
        (
            "We had assumed anyone running a bakery would know how to read a delivery slip, but here is the slip again.",
            "en",
            "transactional",
            "assumed anyone running a bakery would know",
        ),
        (
            "Dábamos por hecho que alguien que lleva un vivero sabría reservar un turno, pero aquí va el enlace otra vez.",
            "es",
            "transactional",
            "Dábamos por hecho que alguien que lleva un vivero sabría",
        ),
        # irony (not as reliable) + a balance that was due on a past day
        (
            "Your kitten has been a model patient; shame you haven't been quite as punctual, since the invoice was due on Monday.",
            "en",
            "collections",
            "shame you haven't been quite as punctual",
        ),
        (
            "Lástima que su dueño no haya sido igual de puntual: la cuota de su curso venció el lunes 3.",
            "es",
            "collections",
            "Lástima que su dueño no haya sido igual de puntual",
        ),
        # public-exposure (neighbours asking) + the lapse
        (
            "Your neighbours on Elm Row keep asking us why the hedge is half cut, and the invoice is still unpaid.",
            "en",
            "collections",
            "Your neighbours on Elm Row keep asking us why",
        ),
        (
            "Tus vecinos de la calle Mayor nos siguen preguntando por qué la valla está a medias, y la factura sigue pendiente.",
            "es",
            "collections",
            "Tus vecinos de la calle Mayor nos siguen preguntando por qué",
        ),
        # blame-shift + years of neglect
        (
            "Se nota que nadie ha limpiado el canalón en años, y así pasa lo que pasa.",
            "es",
            "service",
            "así pasa lo que pasa",
        ),
        (
            "Nobody has cleaned these gutters in years, and this is what happens.",
            "en",
            "service",
            "this is what happens",
        ),
        # pity-frame + the reader's thing ending up in our storage
        (
            "Sería una lástima que tu bicicleta acabe ocupando espacio en nuestro almacén, ¿verdad?",
            "es",
            "collections",
            "acabe ocupando espacio en nuestro almacén",
        ),
        (
            "It would be a shame for your armchair to end up gathering dust in our warehouse.",
            "en",
            "collections",
            "end up gathering dust in our warehouse",
        ),
        # judging (does not train itself) + the homework not done
        (
            "Si el caballo no avanza, quizá es porque no haces las rutinas que te dimos; el caballo no aprende solo.",
            "es",
            "service",
            "no haces las rutinas que te dimos",
        ),
        (
            "If Rex still pulls on the lead, maybe you haven't done the exercises we gave you; dogs don't train themselves.",
            "en",
            "service",
            "dogs don't train themselves",
        ),
        # small-sender (a pronoun) + our people still not paid
        (
            "Nuestras costureras terminaron su vestido hace un mes y aún no han recibido el pago. Ellas también tienen familias.",
            "es",
            "collections",
            "Ellas también tienen familias",
        ),
        # others-complied + only the reader's share missing
        (
            "Todos tus compañeros del taller ya pagaron la excursión. Solo falta la tuya.",
            "es",
            "collections",
            "ya pagaron",
        ),
        (
            "Every other family in the class has already paid for the trip. Only yours is missing.",
            "en",
            "collections",
            "has already paid",
        ),
        # others-complied (manage to) + an account in arrears
        (
            "Your locker account is in arrears again. Most members of the club manage to keep their balance paid up.",
            "en",
            "collections",
            "manage to keep their balance",
        ),
        (
            "Tu cuota está atrasada otra vez. La mayoría de los socios logran mantener su cuota al día.",
            "es",
            "collections",
            "logran mantener su cuota al día",
        ),
        # judging (there for a reason) + the reader who chose to ignore it
        (
            "The no-parking cones are there for a reason, and you chose to ignore them.",
            "en",
            "collections",
            "there for a reason",
        ),
        (
            "Los conos están ahí por algo, y decidiste ignorarlos.",
            "es",
            "collections",
            "están ahí por algo",
        ),
        # mock-sympathy + the lapse in the next sentence
        (
            "We totally understand, keeping track must be so hard for you. Your payment of $30 is now 6 days late.",
            "en",
            "collections",
            "keeping track must be so hard for you",
        ),
        (
            "Organizarte debe de ser muy difícil para ti. Tu cuota de marzo sigue pendiente.",
            "es",
            "collections",
            "Organizarte debe de ser muy difícil para ti",
        ),
        # irony (the most patient one) + someone waiting
        (
            "Thanks for being our most patient client: your repair bill has been waiting since March.",
            "en",
            "collections",
            "our most patient client",
        ),
        (
            "Gracias por ser nuestro cliente más paciente: la factura sigue esperando desde marzo.",
            "es",
            "collections",
            "nuestro cliente más paciente",
        ),
        # irony (liked it too much to return it) + a charge still running
        (
            "Nos alegra que la podadora te haya encantado tanto como para no devolverla. El alquiler de $200 por día sigue corriendo.",
            "es",
            "collections",
            "encantado tanto como para no devolverla",
        ),
        (
            "Glad you loved the ladder so much you never returned it. The hire fee keeps adding up.",
            "en",
            "collections",
            "loved the ladder so much you never returned",
        ),
        # irony (parenthetic adverb) + returned damaged
        (
            "Nos devolviste la furgoneta con una abolladura en el lateral y, evidentemente, nadie la revisó.",
            "es",
            "collections",
            "devolviste la furgoneta con una abolladura",
        ),
        # doubting-care + our calls about the bill counted
        (
            "We've called you five times about the storage invoice. We're beginning to wonder if you really want the boat back.",
            "en",
            "collections",
            "wonder if you really want",
        ),
        (
            "Te hemos llamado cinco veces por la cuota del amarre. Empezamos a preguntarnos si realmente quieres la lancha.",
            "es",
            "collections",
            "preguntarnos si realmente quieres",
        ),
        # irony (starting over, last words) + a change told once the work was done
        (
            "Gracias por avisarnos del nuevo color justo cuando la pared ya estaba pintada. Siempre es un placer empezar de cero.",
            "es",
            "service",
            "Siempre es un placer empezar de cero",
        ),
        (
            "Thanks for telling us about the new size just after we had already cut the frame. Always a pleasure to start over.",
            "en",
            "service",
            "Always a pleasure to start over",
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
        # what we assumed, with no partner
        ("We assumed you would know the venue, so we added a map to your ticket.", "en", "transactional"),
        # a rule there for a reason, as safety copy
        ("Our smoke alarms are there for a reason: test them once a month.", "en", "service"),
        ("Los guías están ahí por algo: pregúntales lo que quieras.", "es", "marketing"),
        # dogs that don't train themselves, as class copy
        (
            "El perro no aprende solo: por eso nuestras clases incluyen ejercicios para casa.",
            "es",
            "marketing",
        ),
        # the most relaxed member, with nothing overdue
        ("Meet our most relaxed member: Luna the cat, who naps in the lobby every day.", "en", "marketing"),
        # the neighbours asking why we don't open earlier
        ("Your neighbours keep asking us why we don't open earlier, so now we do.", "en", "marketing"),
        (
            "Tus vecinos nos siguen preguntando cuándo abrimos: ¡ahora también los domingos!",
            "es",
            "marketing",
        ),
        # the reader's own shed, not our storage
        (
            "Sería una pena que tus muebles acabaran en un trastero húmedo: guárdalos con nosotros.",
            "es",
            "marketing",
        ),
        ("It would be a shame for your bike to end up in a damp shed: store it with us.", "en", "marketing"),
        # "solo falta tu" + a noun, next to thanks again
        ("Gracias otra vez por elegirnos: solo falta tu firma para confirmar la reserva.", "es", "service"),
        # others who manage a streak, next to "again"
        (
            "Most members manage to keep their streak going all winter, and again this year we're giving prizes.",
            "en",
            "marketing",
        ),
        # sincere sympathy for a life event
        ("Moving house must be really hard for you; we can pause your plan for a month.", "en", "service"),
        # a good-news call counted, with "again"
        ("We've called you three times with good news: you've won again!", "en", "marketing"),
        ("Te hemos llamado tres veces para darte la buena noticia: ¡ganaste otra vez!", "es", "marketing"),
        # a damage notice with no irony
        ("Devolviste la bici con un golpe en la rueda; te mandamos el presupuesto.", "es", "service"),
        # the adverb alone
        ("La ruta, claramente, es la más bonita del valle.", "es", "marketing"),
        # our staff's families, with no lapse
        ("Nuestros guías cierran en Navidad: ellos también tienen familias.", "es", "service"),
        # the proverb after good weather
        ("Llovió toda la semana y así pasa lo que pasa: ¡el jardín está precioso!", "es", "marketing"),
        # "this is what happens when" going on, next to years untouched
        (
            "Nobody had touched the old organ in years, and this is what happens when volunteers step in: it plays again!",
            "en",
            "marketing",
        ),
        # starting over as welcome copy that goes on
        (
            "Siempre es un placer empezar de nuevo la temporada con vosotros; otra vez abrimos en marzo.",
            "es",
            "marketing",
        ),
        # a late notice told kindly
        ("Gracias por avisarnos justo cuando salías: te guardamos la mesa.", "es", "service"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []


def test_anyone_would_know_is_read_with_the_contraction(registry: Registry) -> None:
    body = "Your bonsai was overwatered, which anyone who'd read the care card would know."
    assert "anyone who'd read the care card would know" in texts(
        registry, body, "en", "service", rule="TON109"
    )


def test_anyone_will_know_is_not_counterfactual(registry: Registry) -> None:
    body = "Anyone who has read our guide will know the trail closes at dusk."
    assert texts(registry, body, "en", "service", rule="TON109") == []


def test_stock_said_to_go_in_minutes_in_the_present(registry: Registry) -> None:
    body = "Quedan 10 cajas de miel y vuelan en minutos: resérvala en la web."
    assert "vuelan en minutos" in texts(registry, body, "es", "marketing", rule="TON110")
