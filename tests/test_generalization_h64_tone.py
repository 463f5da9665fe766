"""Round 48 (blind sets h64 and h65): the tone lines the rules without TON113 missed, taken by class, and the two
TON301 false positives.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 (mechanism): a class's pattern that ends at the end of a sentence ("solo falta usted.", "menos tú.") is read on
  the sentence alone: RE2 reads "$" only at the end of the text it is given.
- TON112 `others-complied`: all the reader's fellow members who already paid ("todos los socios ya renovaron"), a
  possessive on the way ("paid May's charge on time"), most others who "keep on top of" it.
- TON112 `reader-lapse`: a sum "N days past due", left "sitting there, unpaid", "and still didn't book", due months ago
  ("le toca ... desde hace tres meses"), a plural sum pending ("quedan 240 € pendientes"), the reader not ready ("como
  usted no estaba en casa").
- TON112 `others-waiting`: our own people kept waiting ("el repartidor tuvo que esperar", "our crew had to wait"), our
  workers' families relying on the money.
- TON112 `doubting-care`: "ya no te importan", next to irony's "parece que".
- TON112 `warned-you`: "we did warn you" / "ya te lo advertimos", read from the sentence after the shifted blame.
- TON112 `mock-sympathy`: "not everyone is good with ...", "a real struggle for you", remembering one bill called hard.
- TON112 `loss-or-harm`: our having to decide what to do with the reader's thing.
- TON112 `judging`: the ideal customer held up ("un buen socio paga", "a responsible tenant never").
- TON112 `improve-yourself` + `irony`: advice "for your own good", "try to be on time" "for once".
- TON301: a verb form after a determiner is a noun ("unas guardas", "las guardas de seda"); "tal ves" is "vez" misspelt.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts
from conftest import tone_texts as texts

from sendlint.address import mixed_address
from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # others-complied (all the reader's fellow members) + the reader singled out, at the sentence's end
        (
            "Todos los socios del coro ya renovaron la cuota de 2027. Solo falta usted.",
            "es",
            "collections",
            "Todos los socios del coro ya renovaron",
        ),
        # others-complied (a possessive on the way) + the lapse
        (
            "Every other tenant on Elm Row paid May's service charge on time, and yours is still outstanding.",
            "en",
            "collections",
            "paid May's service charge on time",
        ),
        (
            "The livery fee is now three months overdue. Most riders manage to keep on top of it.",
            "en",
            "collections",
            "Most riders manage to keep on top of",
        ),
        # reader-lapse (left sitting there, unpaid) + repetition
        (
            "The deposit for the van is still sitting there, unpaid, for the second month running.",
            "en",
            "collections",
            "sitting there, unpaid",
        ),
        # reader-lapse ("and still didn't") + repetition (our last emails counted)
        (
            "You opened our last three emails and still didn't book a tasting.",
            "en",
            "marketing",
            "last three emails",
        ),
        # reader-lapse (a plural sum pending) read from the sentence after an irony cue
        (
            "Qué casualidad: siempre hay tiempo para el torneo. Quedan 240 € pendientes de la inscripción.",
            "es",
            "collections",
            "Qué casualidad",
        ),
        # reader-lapse (due since months ago) + judging (the ideal customer) in the sentence after
        (
            "A tu perra le toca la desparasitación desde hace tres meses. Una dueña responsable no deja pasar tanto.",
            "es",
            "alert",
            "Una dueña responsable no deja",
        ),
        (
            "The booster was due three months ago. A responsible owner never lets it slip that long.",
            "en",
            "alert",
            "A responsible owner never",
        ),
        # judging (the ideal customer) + the lapse in the same sentence
        (
            "Un buen socio paga la cuota a tiempo, y la tuya sigue pendiente.",
            "es",
            "collections",
            "Un buen socio paga",
        ),
        # others-waiting (our own people kept waiting) + the reader not ready
        (
            "Como usted no estaba en casa, el repartidor tuvo que esperar media hora.",
            "es",
            "service",
            "el repartidor tuvo que esperar",
        ),
        (
            "Because you weren't ready, our crew had to wait an hour outside.",
            "en",
            "service",
            "our crew had to wait",
        ),
        # others-waiting (the workers' families relying on the money) + the lapse in the sentence after
        (
            "Our masons spent a week on your wall, and they have families relying on that pay too. The final £900 is still unpaid.",
            "en",
            "collections",
            "they have families relying on that pay too",
        ),
        # doubting-care ("ya no te importan") next to irony
        (
            "Parece que ya no te importan tus plantas: siguen en el vivero desde marzo.",
            "es",
            "service",
            "Parece que ya no te importan",
        ),
        # blame-shift + warned-you in the sentence after
        (
            "The wetsuit was damaged because it was dried in full sun. We did warn you about that at the fitting.",
            "en",
            "service",
            "was damaged because",
        ),
        (
            "La funda se rompió porque la guardaste mojada. Ya te lo advertimos al entregártela.",
            "es",
            "service",
            "se rompió porque",
        ),
        # mock-sympathy + the lapse or a repeat
        (
            "Not everyone is great with dates, and your pitch fee is still unpaid.",
            "en",
            "collections",
            "Not everyone is great with dates",
        ),
        (
            "No todo el mundo es bueno con las fechas, y tu cuota de marzo sigue pendiente.",
            "es",
            "collections",
            "No todo el mundo es bueno con las fechas",
        ),
        (
            "Parallel parking seems to be a real struggle for you, so we've booked the car park again.",
            "en",
            "service",
            "seems to be a real struggle for you",
        ),
        (
            "We know remembering one direct debit date must be incredibly hard, so here's our third reminder.",
            "en",
            "collections",
            "remembering one direct debit date must be incredibly hard",
        ),
        # loss-or-harm (our deciding what to do with the reader's thing) + a pity frame
        (
            "No nos gustaría tener que decidir nosotros qué hacer con tu bicicleta.",
            "es",
            "service",
            "No nos gustaría",
        ),
        (
            "We'd hate to have to decide what to do with your kayak.",
            "en",
            "service",
            "We'd hate",
        ),
        # improve-yourself (for your own good) + a repeat or the lapse
        (
            "Te lo decimos por tu bien: otra vez dejaste la montura mojada.",
            "es",
            "service",
            "Te lo decimos por tu bien",
        ),
        (
            "We're saying this for your own good: you've missed the last three sessions.",
            "en",
            "service",
            "for your own good",
        ),
        # improve-yourself (be on time) + irony (for once)
        (
            "Try to turn up on time for once: the class starts at 6.",
            "en",
            "alert",
            "Try to turn up on time for once",
        ),
        (
            "Por una vez, intenta llegar a tiempo: la clase empieza a las 6.",
            "es",
            "alert",
            "Por una vez, intenta llegar a tiempo",
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
        # others who renewed, as news with no partner
        ("Todos los socios del coro ya renovaron su compromiso con el festival de mayo.", "es", "marketing"),
        ("Most riders manage to keep on top of their kit with our care guide.", "en", "marketing"),
        # a sum past due or pending stated plainly
        ("Your account is 30 days past due. You can pay at any branch.", "en", "collections"),
        ("Tienes 240 € pendientes de la inscripción: puedes pagar en la web.", "es", "collections"),
        # the ideal customer without a person named, and a good rider as marketing
        ("Un buen vino no deja a nadie indiferente: pruébalo otra vez este invierno.", "es", "marketing"),
        ("A good rider always wears a helmet; ours are 20% off this week.", "en", "marketing"),
        # our staff waiting, and a warning, with no partner
        ("El repartidor tuvo que esperar en la entrada; la próxima vez le llamará antes.", "es", "service"),
        ("We did warn you about the road closure; the route is open again from Monday.", "en", "alert"),
        # caring about emails, as an unsubscribe offer
        ("Si ya no te importan estos avisos, puedes darte de baja aquí.", "es", "marketing"),
        # a struggle and numbers as help copy
        ("If stairs are a real struggle for you, ask for a ground-floor room.", "en", "service"),
        ("Not everyone is good with knots, so every kit comes with a guide.", "en", "marketing"),
        # deciding what to do with something, as help
        ("¿No sabes qué hacer con tu jardín? Te ayudamos a decidir.", "es", "marketing"),
        # for once, on time, for your own good: each alone
        ("For once, the forecast is perfect for a dive.", "en", "marketing"),
        ("Please try to arrive on time: the boat leaves at 7.", "en", "alert"),
        ("Por una vez, date un capricho: 2x1 en helados.", "es", "marketing"),
        ("Stretch before every climb, for your own good and your knees'.", "en", "service"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []


def test_a_verb_form_after_a_determiner_is_a_noun() -> None:
    assert mixed_address("Le enviamos el libro con las guardas de seda y el lomo dorado.") is None
    assert mixed_address("Le enviamos unas guardas nuevas para su cuaderno.") is None
    assert mixed_address("Le devolvemos sus pasas de Corinto con el pedido.") is None


def test_vez_misspelt_is_no_tu_verb() -> None:
    assert mixed_address("Si ya pagó, tal ves su pago aún no se refleja.") is None
    assert mixed_address("Una ves recibido el pago, le avisaremos.") is None


def test_a_real_mix_is_still_reported() -> None:
    assert mixed_address("Le escribimos porque guardas la bici en nuestro taller.") is not None
    assert mixed_address("Le enviamos el catálogo: si lo ves claro, reserva hoy.") is not None


# round 79: "we'd hate for ..." is TON107's `hate-for` on its own (moved here from the TON112 cases above, where TON112 now
# stays silent after TON107 in the sentence)
@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("Your water account is 45 days past due. We'd hate for the garden to go dry in August.", "collections"),
    ],
)
def test_we_would_hate_for_is_reported_as_a_threat_pattern(registry: Registry, body: str, category: str) -> None:
    assert [span.lower() for span in finding_texts(registry, "TON107", body=body, locale="en", category=category)] == ["we'd hate for"]
