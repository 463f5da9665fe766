"""Round 73 (blind sets h114 and h115): tone lines the rules missed, taken by class. Each class was first counted on
the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every non-tone line of the
tuning corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON111 `others-already-you-not`: the reader among the few still missing («eres de los pocos que faltan»; 5
  earlier blind misses) or the only one who has not paid, with the paying verb said; praise for never missing passes.
- TON111 `the-one-left-behind`: the reader's entry as the only blank one on a list; a last delivery passes.
- TON109 `count-said-alone`: the count of the reader's slips as a sentence of its own («Es la cuarta vez.», two
  writers); the sender's own tries and a count after a word of its sentence pass. `counting-failures`: "the second
  time we've had to tell you"; the sender's second try passes.
- TON109 `hard-for-some-waved-off`: a skill hard for some with "no shame" or "don't feel bad" in the same breath (two
  writers); help offered passes. `lacking-gift-waved-off`: the patience a practice demands, which not everyone has,
  and a knack that does not come naturally to everyone, with the consolation; a free workshop passes.
- TON109 `what-responsible-people-do`: what serious or responsible people do, said as a rule (1 earlier blind miss),
  and those who pay not needing reminders; a named role passes.
- TON109 `payment-less-popular`: the praised thing's quality denied to the payment; an offer's length passes.
- TON112 `rhetorical`: «¿de verdad te parece justo...?» beside the lapse (two writers); a sincere question passes.
- TON109 `shrugged-concession`: the lapse granted with a closing "we suppose" (1 earlier blind miss); a supposition that
  opens the sentence passes. `someone-so-careful-lapsed`: the reader called someone so careful or busy beside the
  unpaid bill or the slip (two writers); the same words with no lapse pass.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Casi todo el equipo ya abonó la temporada. Tú eres de los pocos que faltan.", "es", "Tú eres de los pocos que faltan."),
        ("Vos y tu hermano son los únicos que faltan por pagar.", "es", "Vos y tu hermano son los únicos que faltan por pagar."),
        ("Eres la única socia que todavía no ha pagado la cuota del coro.", "es", "Eres la única socia que todavía no ha pagado"),
        ("You're one of the few members who still haven't renewed for the spring.", "en", "You're one of the few members who still haven't renewed"),
        ("Just so you know, you're the only parent who hasn't paid for the coach trip.", "en", "you're the only parent who hasn't paid"),
    ],
)
def test_the_reader_among_the_few_still_missing_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON111", body=body, locale=locale, category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Eres de los pocos socios que nunca han faltado a un ensayo: ¡gracias!", "es"),
        ("You're one of the few members who hasn't missed a single session this year.", "en"),
    ],
)
def test_praise_for_never_missing_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON111", body=body, locale=locale, category="service") == []


def test_the_only_blank_entry_on_a_shown_list_fires(registry: Registry) -> None:
    body = "The paid-up list goes on the clubhouse door tomorrow. It'd be a pity for your family to be the only empty row."
    assert finding_texts(registry, "TON111", body=body, locale="en", category="collections") == [
        "pity for your family to be the only empty row"
    ]


def test_the_last_delivery_of_the_day_passes(registry: Registry) -> None:
    body = "It would be a shame for yours to be the last delivery of the day, so we've moved it to the morning."
    assert finding_texts(registry, "TON111", body=body, locale="en", category="transactional") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Tu bicicleta volvió a quedar en el pasillo. Es la cuarta vez.", "es", "Es la cuarta vez."),
        ("Otra vez sin casco en la pista. Ya es la segunda este mes.", "es", "Ya es la segunda este mes."),
        ("Your trolley was left in the car park overnight. That's the third time this term.", "en", "That's the third time this term."),
    ],
)
def test_the_count_said_alone_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Es la tercera vez que intentamos entregar tu pedido; llámanos para fijar una hora.", "es"),
        ("Hoy es la segunda vez.", "es"),
        ("Good news: this is the second time we've won the regional cup.", "en"),
    ],
)
def test_the_senders_tries_and_counts_inside_a_sentence_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == []


def test_the_count_of_tellings_fires(registry: Registry) -> None:
    body = "Please keep the gate shut behind you. That's the third time we've had to remind you."
    assert finding_texts(registry, "TON109", body=body, locale="en", category="service") == [
        "That's the third time we've had to remind"
    ]


def test_the_senders_second_try_passes(registry: Registry) -> None:
    body = "This is the second time we've tried to deliver your parcel; pick a new slot in the app."
    assert finding_texts(registry, "TON109", body=body, locale="en", category="transactional") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Crossing the ropes course can be overwhelming for some riders, and there's no shame in walking the easy loop.",
            "en",
            "can be overwhelming for some riders, and there's no shame",
        ),
        (
            "Ese ritmo puede ser demasiado para algunas personas, y no hay que avergonzarse por quedarse atrás.",
            "es",
            "puede ser demasiado para algunas personas, y no hay que avergonzarse",
        ),
    ],
)
def test_hard_for_some_with_no_shame_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("We know the steep path can be hard for some guests, so there's a shuttle from the gate.", "en"),
        ("La escalada puede ser difícil para algunas personas, así que hay monitores en cada pared.", "es"),
    ],
)
def test_hard_for_some_with_help_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Tranquila: no todo el mundo tiene la paciencia que requiere el bordado a mano.",
            "es",
            "no todo el mundo tiene la paciencia que requiere",
        ),
        (
            "We understand budgeting doesn't come naturally to everybody, so here is your balance in one line.",
            "en",
            "doesn't come naturally to everybody",
        ),
    ],
)
def test_a_knack_not_everyone_has_waved_off_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Budgeting doesn't come naturally to everyone, which is why our Tuesday workshop is free.", "en"),
        ("La paciencia que exige el bonsái se aprende en el taller de los jueves.", "es"),
    ],
)
def test_a_knack_with_no_consolation_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Los socios responsables renuevan antes del día 10. Tu cuota sigue pendiente.", "es", "Los socios responsables renuevan"),
        ("Quien paga a tiempo no necesita que se lo recuerden. Tu recibo vence hoy.", "es", "Quien paga a tiempo no necesita que se lo recuerden"),
        ("Sensible tenants always check the meter before moving out. Yours was not read.", "en", "Sensible tenants always check"),
        ("People who pay their fees don't need reminding. This is your second notice.", "en", "People who pay their fees don't need remind"),
    ],
)
def test_what_responsible_people_do_said_as_a_rule_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Los socios responsables del turno de limpieza son Ana y Luis.", "es"),
        ("The responsible adult must sign for the parcel at the door.", "en"),
    ],
)
def test_a_named_role_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="transactional") == []


def test_the_praised_quality_denied_to_the_payment_fires(registry: Registry) -> None:
    body = "Tu huerto da tomates todo el verano; lástima que tu recibo de 30 € no tenga la misma constancia."
    assert finding_texts(registry, "TON109", body=body, locale="es", category="collections") == [
        "lástima que tu recibo de 30 € no tenga la misma constancia"
    ]


def test_an_offers_length_passes(registry: Registry) -> None:
    body = "Lástima que la oferta no tenga la misma duración que el verano: acaba el domingo."
    assert finding_texts(registry, "TON109", body=body, locale="es", category="marketing") == []


def test_asked_if_the_lapse_seems_fair_fires(registry: Registry) -> None:
    body = "¿De verdad te parece justo usar la sala de ensayo cada semana con la cuota sin pagar?"
    spans = finding_texts(registry, "TON112", body=body, locale="es", category="collections")
    assert len(spans) == 1 and "De verdad te parece justo" in spans[0]


def test_a_sincere_question_passes(registry: Registry) -> None:
    body = "¿Te parece bien el martes a las 18:00 para la prueba de vestuario?"
    assert finding_texts(registry, "TON112", body=body, locale="es", category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Most riders clip in on the first try, but some take their time, we suppose.", "en", ", we suppose."),
        ("Hay quien prefiere pagar recargos, suponemos.", "es", ", suponemos."),
    ],
)
def test_a_lapse_granted_with_a_shrug_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == [span]


def test_a_supposition_that_opens_the_sentence_passes(registry: Registry) -> None:
    body = "We suppose you'd like the receipt too, so it is attached."
    assert finding_texts(registry, "TON109", body=body, locale="en", category="transactional") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Nos sorprende que alguien tan organizado como usted tenga la cuota de abril pendiente.",
            "es",
            "alguien tan organizado como",
        ),
        (
            "It's odd that someone so careful about their garden has forgotten the March invoice.",
            "en",
            "someone so careful about",
        ),
    ],
)
def test_someone_so_careful_set_against_the_lapse_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Gracias a alguien tan generoso como tú, el refugio sigue abierto este invierno.", "es"),
        ("Someone as organised as you will love the new planner pages.", "en"),
    ],
)
def test_someone_so_careful_with_no_lapse_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == []
