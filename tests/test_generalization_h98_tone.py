"""Round 65 (blind sets h98 and h99): TON301's false positives and tone lines the rules missed, taken by class. Each
TON112 class was first counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and
on every non-tone line of the tuning corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON301: a word inside the sender's brand («Llamas del Ande», «Ven a Ver Teatro») names the sender, not the reader;
  the same verb outside the brand still counts.
- TON301: a verb form right after a preposition is its noun homograph («con llamas de carga», «sin cargas»); after
  «según» it is still a verb («según dices»).
- TON112 `reason-asked` with `reader-lapse`: asking the reader for the reason of their lapse ("Is there a reason your
  fee keeps slipping your mind?"); the same question asking for feedback ("Is there a reason you cancelled?") passes.
- TON112 `reader-lapse`: the lapse as a habit in the progressive ("keeps slipping your mind", «se te sigue olvidando»).
- TON112 `dependents-hungry` with a cue in the sentence before or after: the animals or people in the sender's care said
  to go hungry; the same hunger with no cue beside it passes.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "brand"),
    [
        ("Llamas del Ande: su paseo del domingo está confirmado. Lleve gorra y agua.", "Llamas del Ande"),
        ("Ven a Ver Teatro: su butaca de la fila 4 está reservada. Presente este mensaje en taquilla.", "Ven a Ver Teatro"),
    ],
)
def test_a_verb_inside_the_brand_name_is_no_address(registry: Registry, body: str, brand: str) -> None:
    assert finding_texts(registry, "TON301", body=body, brand=brand, locale="es", category="transactional") == []


def test_the_same_verb_outside_the_brand_still_counts(registry: Registry) -> None:
    body = "Llamas del Ande: si nos llamas hoy, confirme su paseo del domingo."
    assert finding_texts(registry, "TON301", body=body, brand="Llamas del Ande", locale="es", category="service") == [
        "confirme"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Recoja su pedido de velas con llamas de colores en la tienda del centro.",
        "Su camión sale sin cargas pendientes; revise el albarán al llegar.",
        "Presente su entrada para la visita de compras por el mercado.",
    ],
)
def test_a_verb_form_after_a_preposition_is_a_noun(registry: Registry, body: str) -> None:
    assert finding_texts(registry, "TON301", body=body, locale="es", category="transactional") == []


def test_a_verb_after_segun_still_counts(registry: Registry) -> None:
    body = "Según dices, el pedido no llegó; confirme su dirección en la app."
    assert finding_texts(registry, "TON301", body=body, locale="es", category="service") == ["confirme"]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Northgate Climbing: is there a reason your membership fee keeps slipping your mind? Pay at https://x.co/p",
         "en", "is there a reason"),
        ("Hola. ¿Hay algún motivo por el que la mensualidad se te sigue olvidando? Paga en https://x.es/p",
         "es", "Hay algún motivo"),
    ],
)
def test_a_reason_asked_for_the_readers_lapse_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span.lower() in text.lower() for text in texts(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Is there a reason you cancelled your booking? Reply and tell us how we can improve.", "en"),
        ("¿Hay algún motivo por el que cancelaste la reserva? Cuéntanos cómo mejorar.", "es"),
    ],
)
def test_a_reason_asked_as_feedback_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Refugio Patas Grises: los galgos no saben de recibos; solo saben que esta semana pasarán hambre. Sería una pena "
         "que por tu cuota vencida no haya pienso. Actualiza tu pago en https://x.es/p", "es", "Sería una pena"),
        ("Brambleside Hedgehog Rescue: our hoglets don't know about expired cards, only that they'll go hungry. It's up "
         "to you whether they eat this week: update your card at https://x.org/p", "en", "up to you"),
    ],
)
def test_dependents_going_hungry_beside_a_pity_frame_fire(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span.lower() in text.lower() for text in texts(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Banco de Alimentos Norte: este invierno ninguna familia del barrio debería pasar hambre. Dona en https://x.es/d",
         "es"),
        ("Harbour Food Bank: no child in our town should go hungry this winter. Donate at https://x.org/d", "en"),
    ],
)
def test_hunger_without_a_cue_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "marketing") == []
