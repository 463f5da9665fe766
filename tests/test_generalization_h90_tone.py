"""Round 61 (blind sets h90 and h91): tone lines the rules missed, taken by class. Each class was first counted on the
rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every non-tone line of the tuning
corpora (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `counterfactual-open` + `advice-ignored`: the reader's past act in hindsight, with any verb («si hubieras
  elegido», "if you'd booked"), set against the advice or the norm it ignored («la que te aconsejamos», "we
  recommended", «donde correspondía», "where you were supposed to"); «si esta vez ... como te enseñamos» is the same
  blame said of the next time. Either alone passes.
- TON112 `or-else`: a countdown in hours or minutes with what happens when it runs out, said without "now" («tienes
  tres horas para pagar o el técnico se lleva...», "you have two hours to pay ... before we ..."); counts only next to a
  countdown, so a deadline in days with the same "or" passes.
- TON112 `judging`: the reader told we'll put it "as simply as we can" or walk them through it slowly, next to another
  class ("this time").
- TON112 `others-complied`: "the other families have all paid their fees" (a named sum for "theirs"), «todos los
  padres ... han abonado ya» ("ya" after the verb); alone, it is a group notice and passes.
- TON112 `each-their-own`: «cada quien», the Mexican and Central American form of «cada cual / cada uno»; a support,
  so it counts only next to a cue («mientras usted lo piensa, ...»).
- TON112 `mock-politeness`: «con todo el cariño del mundo,», as «con todo el respeto del mundo,»; a sign-off has no
  partner and passes.
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Kayak Norte: el descenso de mañana se cancela por crecida. Si hubieras elegido el turno que te aconsejamos, ya estarías en el agua.",
            "es",
            "alert",
            "Si hubieras elegido el turno que te aconsejamos",
        ),
        (
            "Taller Cerámico Alba: la pieza se agrietó en el horno. Si la hubieras secado como te indicamos, habría aguantado.",
            "es",
            "service",
            "Si la hubieras secado como te indicamos",
        ),
        (
            "Grúas Centro: su coche está en el depósito. Si lo hubiera dejado donde correspondía, no le escribiríamos hoy.",
            "es",
            "collections",
            "Si lo hubiera dejado donde correspondía",
        ),
        (
            "Ya llegaron tus pinceles nuevos. Si esta vez los lavas como te enseñamos, quizá no se abran en dos semanas.",
            "es",
            "service",
            "Si esta vez los lavas como te enseñamos",
        ),
        (
            "Fjord Paddle Tours: tomorrow's paddle is cancelled because of the swell. If you'd booked the morning slot we recommended, you'd be on the water.",
            "en",
            "alert",
            "If you'd booked the morning slot we recommended",
        ),
        (
            "Kiln Corner: your bowl cracked in the firing. If you'd dried it the way we showed you, it would have survived.",
            "en",
            "service",
            "If you'd dried it the way we showed you",
        ),
    ],
)
def test_hindsight_against_our_advice_fires(registry: Registry, body: str, locale: str, category: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, category))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # hindsight with no advice set against it
        ("Si hubieras preferido otra talla, puedes cambiarla gratis en cualquier tienda.", "es", "service"),
        ("If you'd booked before Friday, your voucher still applies: just reply with the code.", "en", "service"),
        # our advice, friendly, with no hindsight
        ("Esta vez te recomendamos el menú de otoño: lo preparamos como te enseñamos en el taller.", "es", "marketing"),
        ("Prepara la masa como te enseñamos en clase y mándanos una foto.", "es", "service"),
        ("Try the walking route we suggested last spring: the bluebells are out this week.", "en", "marketing"),
        ("Store the paint the way we showed you and it will keep for a year.", "en", "service"),
    ],
)
def test_hindsight_or_advice_alone_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert texts(registry, body, locale, category) == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Rentamueble: {{nombre}}, tienes solo tres horas para abonar la cuota del sofá o el transportista pasa a recogerlo.",
            "es",
            "tienes solo tres horas para abonar la cuota del sofá o el",
        ),
        (
            "Bikeshare Plus: you have two hours to settle the £45 you owe before we lock your account.",
            "en",
            "you have two hours to settle the £45 you owe before we",
        ),
    ],
)
def test_a_clock_with_what_follows_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # a deadline in days is a notice, not a countdown
        ("Tienes 15 días para pagar la cuota o el contrato se renueva con el precio nuevo.", "es", "collections"),
        ("You have 30 days to pay the invoice or the plan moves to monthly billing.", "en", "collections"),
        # a clock outside collections (a code, a pickup window)
        ("You have two hours to pick up your order or the locker opens for the next customer.", "en", "transactional"),
        # the way to pay, not a consequence
        ("Tienes dos horas para pagar con tarjeta o por transferencia desde la app.", "es", "collections"),
    ],
)
def test_a_deadline_without_a_clock_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert texts(registry, body, locale, category) == []


def test_putting_it_simply_this_time_fires(registry: Registry) -> None:
    body = "Brightwell Insurance: we'll put it as simply as we can this time: a cracked screen is not water damage."
    assert any("we'll put it as simply as we can this time" in text for text in texts(registry, body, "en", "service"))


@pytest.mark.parametrize(
    "body",
    [
        "We'll put it as simply as we can: your new plan starts on 1 June and costs £12 a month.",
        "This time the guide walks you through it step by step, with photos.",
    ],
)
def test_putting_it_simply_alone_passes(registry: Registry, body: str) -> None:
    assert texts(registry, body, "en", "service") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Coro Infantil Sol: todos los padres del grupo B han abonado ya la excursión. Seguro que entiendes lo violento que es para la monitora.",
            "es",
        ),
        (
            "Harbour Swim Club: the other families have all paid their fees for the gala. Frankly, the coach has stopped asking about yours.",
            "en",
        ),
    ],
)
def test_others_who_paid_with_a_cue_fires(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "collections") != []


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Todos los padres del grupo B han abonado ya la excursión: salimos el sábado a las 9.", "es", "service"),
        ("The other families have all paid their fees, so the gala bus is confirmed for Saturday.", "en", "service"),
    ],
)
def test_others_who_paid_alone_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert texts(registry, body, locale, category) == []


def test_cada_quien_next_to_others_waiting_fires(registry: Registry) -> None:
    body = (
        "Santuario Burro Feliz: mientras usted lo piensa, hay burros que duermen a la intemperie. "
        "Cada quien sabrá qué hace con su aguinaldo."
    )
    assert texts(registry, body, "es", "marketing") != []


def test_cada_quien_alone_passes(registry: Registry) -> None:
    body = "En vinos, cada quien tiene su favorito: ven el sábado a probar los nuestros."
    assert texts(registry, body, "es", "marketing") == []


def test_affection_of_the_whole_world_with_a_count_fires(registry: Registry) -> None:
    body = "Náutica Brisa: con todo el cariño del mundo, y ya es la cuarta vez, te pedimos que pagues la invernada."
    assert texts(registry, body, "es", "collections") != []


def test_affection_of_the_whole_world_as_a_sign_off_passes(registry: Registry) -> None:
    body = "Gracias por venir a la regata. Con todo el cariño del mundo, el equipo de Náutica Brisa."
    assert texts(registry, body, "es", "marketing") == []
