"""Round 60 (blind sets h88 and h89): the two tone lines even TON113 missed, taken by class. Each class was first
counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every non-tone
line of the tuning corpora.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON109 `reproach`: a corrective step, hedged ("maybe", "perhaps", «quizás»), with "next time" closing the clause
  ("maybe check your balance before ... next time"); "next time you visit" and "see you next time" are invitations.
- TON112 `loss-or-harm`: the reader's card or account said to be blocked, frozen or disabled, the twin of the Spanish
  list's «bloquear»; a support, so it counts only next to a cue (a countdown in minutes), and a security notice passes.
- TON112 `others-complied`: "nearly every ... pays on time", «pagan ... el mismo día / puntualmente»; and
  `reader-singled-out`: the reader or the reader's balance called "the exception" («que usted sea la excepción»).
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Greenway Pantry: the direct debit bounced. Perhaps check your account before ordering three crates of wine next time.",
            "en",
            "collections",
            "Perhaps check your account before ordering three crates of wine next time",
        ),
        (
            "Your hire bike was left unlocked. Maybe just read the docking guide next time.",
            "en",
            "service",
            "Maybe just read the docking guide next time",
        ),
        (
            "Mercado Nube: el cobro falló. Quizás revisa tu cuenta antes de pedir tres cajas de vino la próxima vez.",
            "es",
            "collections",
            "Quizás revisa tu cuenta antes de pedir tres cajas de vino la próxima vez",
        ),
        (
            "La bici quedó sin anclar. A lo mejor lee la guía del anclaje la próxima vez.",
            "es",
            "service",
            "A lo mejor lee la guía del anclaje la próxima vez",
        ),
    ],
)
def test_a_hedged_lesson_for_next_time_fires(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category, "TON109"))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Thanks for riding with us! Maybe check our winter routes next time you visit.", "en", "marketing"),
        ("Loved having you. Maybe look at the terrace menu, see you next time!", "en", "service"),
        (
            "Gracias por venir. Quizás revisa nuestra carta de otoño la próxima vez que pases.",
            "es",
            "marketing",
        ),
        ("Fue un placer. A lo mejor la próxima vez te apetece probar el postre.", "es", "service"),
    ],
)
def test_next_time_as_an_invitation_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert texts(registry, body, locale, category, "TON109") == []


def test_a_block_within_minutes_fires(registry: Registry) -> None:
    body = "Tollway Pass: your balance is below zero. Reload within 15 minutes or your pass will be frozen at the barrier."
    assert any(
        "within 15 minutes or your pass will be frozen" in text
        for text in texts(registry, body, "en", "collections")
    )


@pytest.mark.parametrize(
    ("body", "category"),
    [
        # a security block, stated, with no cue
        (
            "We noticed an unusual login, so your card will be frozen until you confirm it in the app.",
            "service",
        ),
        # a deadline in days is a notice, not a countdown
        (
            "If the balance is not cleared within 30 days, the account will be disabled. Call us to set up a plan.",
            "collections",
        ),
    ],
)
def test_a_block_without_a_cue_passes(registry: Registry, body: str, category: str) -> None:
    assert texts(registry, body, "en", category) == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Lakeside Kennels: almost every owner we board for pays on time. Your R900 account is the exception.",
            "en",
            "almost every owner we board for pays on time",
        ),
        (
            "Vivero La Loma: casi todos nuestros clientes pagan sus plantas puntualmente. Su cuenta sigue siendo la excepción.",
            "es",
            "casi todos nuestros clientes pagan sus plantas puntualmente",
        ),
        (
            "Casi todas las familias del taller abonan la cuota el mismo día; nos extraña que tú seas la excepción.",
            "es",
            "Casi todas las familias del taller abonan la cuota el mismo día",
        ),
    ],
)
def test_the_reader_as_the_exception_to_payers_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Almost every guest pays on time, so we have kept the deposit low this season.", "en", "marketing"),
        (
            "Your order is the exception to the usual delivery times: it ships from our partner in Leeds.",
            "en",
            "transactional",
        ),
        (
            "Casi todos nuestros clientes pagan puntualmente, por eso bajamos la fianza este año.",
            "es",
            "marketing",
        ),
        (
            "Su pedido es la excepción a los plazos habituales: sale del almacén de Zaragoza.",
            "es",
            "transactional",
        ),
    ],
)
def test_payers_or_an_exception_alone_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert texts(registry, body, locale, category) == []
