"""Round 42 (blind sets h52 and h53): the tone lines the rules missed, taken by class.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `mock-politeness` (new cue): exaggerated deference that opens a rebuke ("with the greatest respect,", "con
  todo el respeto del mundo,", "si no es mucha molestia"), with `stacked-courtesy` (new support, counted only next to
  it: "ever so grateful", "at your earliest convenience").
- TON112 `mock-sympathy` (new cue): sympathy for the lapse that mocks it ("entendemos perfectamente que pagar cuesta",
  "we're so sorry life keeps getting in the way").
- TON112 `others-waiting`: our own people left unpaid ("aún no han podido cobrar", "teachers have bills too"), the time
  other patients needed, covering for the reader.
- TON112 `others-complied`: others who settled their own account without "already"; the rest who pay in a minute.
- TON112 `judging` / `improve-yourself`: incredulity at the lapse, paying called a basic duty, read it before
  complaining, working out how to pay, the kind who plan ahead; learning to manage one's money, better manners.
- TON112 `irony`: the lapse explained by an insinuation ("that would explain why"), trust that the reader can manage.
- TON112 `repetition`: the ordinal count in a row, "otra multa más", the reminders counted ("ya te avisamos tres veces").
- TON112 `reader-lapse`: the bare "your fees are late" / "su cuota ... está atrasada"; `blame-shift` the damage from
  what the reader did with it; `warned-you` the very thing we warned against.
- TON109 `payment-less-popular`: the bill said to be as untouched as the day it was sent.
- TON301: a third person's verb after "no" and a relative clause opened by a preposition ("al que ya avisamos").
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts
from conftest import tone_warnings

from sendlint.registry import Registry


def warnings(registry: Registry, body: str, locale: str, category: str, rule: str) -> list[str]:
    return [text for found, text in tone_warnings(registry, body, locale, category) if found == rule]


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # mock-politeness + stacked-courtesy
        (
            "With the utmost respect, we'd be ever so grateful if you could find the time to pick up the chairs you left"
            " here in March.",
            "en",
            "service",
            "With the utmost respect,",
        ),
        # mock-politeness + irony
        (
            "Con todo respeto, seguro que entiendes que una gotera de diez años no es un imprevisto.",
            "es",
            "service",
            "Con todo respeto,",
        ),
        # mock-politeness + judging (read it before complaining)
        (
            "Con todo el respeto, te rogamos que leas las condiciones del alquiler antes de abrir una disputa.",
            "es",
            "service",
            "Con todo el respeto,",
        ),
        (
            "With all due respect, please read the listing before opening a complaint: the frame is sold empty.",
            "en",
            "service",
            "With all due respect,",
        ),
        # mock-sympathy + repetition
        (
            "Comprendemos perfectamente que pagar a tiempo es difícil, sobre todo cuando se te pasa cuatro meses seguidos.",
            "es",
            "collections",
            "Comprendemos perfectamente que pagar a tiempo es difícil",
        ),
        # mock-sympathy + busy-excuse
        (
            "We're really sorry work keeps getting in the way of your gym fees.",
            "en",
            "collections",
            "We're really sorry work",
        ),
        # irony (an insinuation explains the lapse) + reader-lapse
        (
            "Which might explain why your membership fee is still unpaid.",
            "en",
            "collections",
            "Which might explain why",
        ),
        # irony (trust that the reader can manage) + judging (a basic courtesy)
        (
            "Returning a library book is a basic courtesy, and we trust you can manage it before Friday.",
            "en",
            "service",
            "is a basic courtesy",
        ),
        # irony + judging (working out how to pay)
        (
            "You finished our 900-piece puzzle in a day, so we're sure you can figure out how to settle the $45 invoice.",
            "en",
            "collections",
            "we're sure",
        ),
        # judging (incredulity) + reader-lapse
        (
            "No alcanzamos a entender por qué el recibo de marzo sigue pendiente.",
            "es",
            "collections",
            "No alcanzamos a entender por qué",
        ),
        (
            "We struggle to understand why your rent is still outstanding.",
            "en",
            "collections",
            "We struggle to understand why",
        ),
        # judging (the kind who plan ahead) + the bare lapse of the sentence before
        (
            "Your studio fees are overdue. Serious painters pay on time.",
            "en",
            "collections",
            "Serious painters pay on time",
        ),
        # improve-yourself + judging
        (
            "Los guías prefieren grupos más respetuosos; quizá deberías revisar cómo te comportas.",
            "es",
            "service",
            "más respetuosos",
        ),
        # improve-yourself + the bare lapse (amount between) of the sentence before
        (
            "Tu mensualidad de 300 soles está vencida. Tal vez te ayude aprender a administrar mejor tus finanzas.",
            "es",
            "collections",
            "aprender a administrar mejor tus finanzas",
        ),
        (
            "Your loan instalment is overdue. It may be time to learn to budget.",
            "en",
            "collections",
            "learn to budget",
        ),
        # others-waiting (our people have rent too) + the lapse next door
        (
            "Our driving instructor still hasn't been paid for your May lessons. Instructors have rent too.",
            "en",
            "collections",
            "Instructors have rent too",
        ),
        # others-waiting (still unpaid staff) next door + judging (think of them)
        (
            "Nuestras costureras acabaron tu vestido hace un mes y aún no han podido cobrar. Te pedimos que pienses en"
            " ellas y pagues hoy.",
            "es",
            "collections",
            "pienses en ellas",
        ),
        # others-waiting (the slots others needed) + the reader singled out next door
        (
            "Forty sessions went unused last week, taking slots other clients really needed. Please don't be one of them.",
            "en",
            "service",
            "slots other clients really needed",
        ),
        # others-complied (settled their share, no "already") + the reader singled out
        (
            "Every other parent on the trip settled their share last week. Yours is the only one still open.",
            "en",
            "collections",
            "Every other parent on the trip settled their share",
        ),
        # others-complied (the rest pay in a minute) + reader-lapse
        (
            "El resto de los vecinos lo paga en un minuto desde la app, y tu recibo sigue pendiente.",
            "es",
            "collections",
            "El resto de los vecinos lo paga en un minuto",
        ),
        # repetition ("otra ... más") + irony
        ("Otra reclamación más a tu nombre, vaya sorpresa.", "es", "service", "Otra reclamación más"),
        # repetition (the reminders counted) + reader-lapse
        (
            "Ya te avisamos cuatro veces y la cuota sigue pendiente.",
            "es",
            "collections",
            "Ya te avisamos cuatro veces",
        ),
        # repetition (ordinal in a row) + the bare lapse
        (
            "This is the fourth week in a row your locker rent is late.",
            "en",
            "collections",
            "fourth week in a row",
        ),
        # blame-shift (damage from what the reader did) + reader-lapse
        (
            "The paddle came back cracked from slamming it on the rocks after you ignored the guide.",
            "en",
            "service",
            "cracked from slamming it",
        ),
        (
            "La tabla volvió rota de estrellarla contra el muelle, y eso que te lo habíamos advertido.",
            "es",
            "service",
            "rota de estrellarla",
        ),
        # blame-shift + warned-you (the very thing we warned against)
        (
            "La tapa se rajó porque la metiste en el lavavajillas, justo lo que te pedimos que no hicieras.",
            "es",
            "service",
            "lo que te pedimos que no hicieras",
        ),
        (
            "The kiln shelf cracked from overloading it, exactly what we told you not to do.",
            "en",
            "service",
            "what we told you not to do",
        ),
    ],
)
def test_a_new_wording_of_a_class_meets_its_partner(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category, "TON112"))


def test_others_covering_for_the_reader_is_a_guilt_appeal_of_its_own(registry: Registry) -> None:
    # Round 80: others covering because of the reader's lapse is TON111's clue (others-lost-because-of-you), and
    # TON112 defers to it; the sentence was TON112's (others-waiting + reader-lapse) until then.
    body = "Because you missed the payment, your teammates had to cover for you at the tournament."
    assert texts(registry, body, "en", "collections", "TON111") == ["Because you missed"]
    assert texts(registry, body, "en", "collections", "TON112") == []


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # mock-politeness needs the comma of a rebuke; stacked courtesy alone is formal copy
        (
            "With the greatest respect for tradition, our bakers still shape every loaf by hand; drop in whenever you"
            " find the time.",
            "en",
            "marketing",
        ),
        ("Con todo el respeto por el oficio, restauramos cada reloj a mano.", "es", "marketing"),
        ("We would be ever so grateful if you could find the time to fill in our survey.", "en", "service"),
        ("Si no es mucha molestia, ¿nos dejas una reseña cuando puedas?", "es", "service"),
        # sincere sympathy, or sympathy with no lapse beside it
        (
            "We're so sorry that life got in the way of your holiday; your voucher is valid for a year.",
            "en",
            "service",
        ),
        (
            "Entendemos perfectamente que pagar la matrícula cuesta: por eso puedes hacerlo en tres cuotas.",
            "es",
            "marketing",
        ),
        # one signal alone
        ("That would explain why the app asked you to update: version 5 is out.", "en", "service"),
        ("Saying thank you is a basic courtesy our team never forgets.", "en", "marketing"),
        ("Can't work out how to pay by bank transfer? Our guide shows you step by step.", "en", "service"),
        ("Serious climbers plan ahead: book your guide for the summer season now.", "en", "marketing"),
        ("No logramos entender por qué falla la app: ¿nos envías una captura?", "es", "service"),
        (
            "Nuestros artesanos también tienen familias que alimentar: por eso pagamos un precio justo por la lana.",
            "es",
            "marketing",
        ),
        ("Teachers have bills too, so our tutors are paid within a week of each lesson.", "en", "marketing"),
        (
            "Every other member of the choir paid their share of the coach, so the trip is on!",
            "en",
            "marketing",
        ),
        ("Otra semana más de ofertas en la tienda: entra y descubre las novedades.", "es", "marketing"),
        ("Screens cracked from dropping them are covered by Care+ at no extra cost.", "en", "marketing"),
        ("Your fees are late? Call us and we'll set up a plan that suits you.", "en", "collections"),
        ("Su cuota de marzo está vencida: puede pagarla en cualquier sucursal.", "es", "collections"),
        ("Aprender a organizar mejor tus finanzas es fácil con nuestro curso gratuito.", "es", "marketing"),
        # mock sympathy reads reading an email said to be hard, not keeping track of accounts (sincere help copy)
        ("We understand keeping track of three accounts can be tricky, so, as always, here's a summary.", "en", "service"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category, "TON112") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Qué bien luce tu nueva estantería. Lástima que el recibo siga tan intacto como cuando lo enviamos.",
            "es",
            "Lástima que el recibo siga tan intacto",
        ),
        (
            "Lovely to see the new sofa in use. Shame the invoice is still as untouched as the day we sent it.",
            "en",
            "Shame the invoice is still as untouched",
        ),
    ],
)
def test_a_bill_left_untouched_beside_the_product_is_sarcasm(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span in text for text in warnings(registry, body, locale, "collections", "TON109"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Lástima que el tiempo siga tan frío; tu factura de mayo ya está disponible en la app.", "es"),
        ("Qué pena que el catálogo siga intacto en tu buzón: este mes trae recetas nuevas.", "es"),
        ("Shame the weather is still so grey; your invoice for May is ready in the app.", "en"),
    ],
)
def test_untouched_things_that_are_not_the_bill_pass(registry: Registry, body: str, locale: str) -> None:
    assert warnings(registry, body, locale, "collections", "TON109") == []


def test_a_third_persons_verb_after_no_and_a_relative_clause_is_no_usted(registry: Registry) -> None:
    body = "Hola Ana, salvo que el mensajero, al que ya llamamos, no pase antes del lunes, te devolvemos el dinero."
    assert warnings(registry, body, "es", "service", "TON301") == []


def test_a_real_mix_after_no_is_still_reported(registry: Registry) -> None:
    body = "Hola Ana, si el repartidor, con el que hablaste ayer, no llega, avísanos. Por favor, no olvide su DNI."
    assert warnings(registry, body, "es", "service", "TON301") != []
