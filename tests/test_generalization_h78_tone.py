"""Round 55 (blind sets h78 and h79): the tone lines the rules without TON113 missed, taken by class; each class
was first counted on the rules' blind misses of earlier sets (tools/tone_signals/README.md, "Round 55").

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `others-manage-easily`: what most others manage, with any verb of a duty ("most of our X manage to
  return ...", "la mayoría ... consigue devolver"), next to irony; an exploit ("reach the summit") is no duty.
- TON112 `pity-over-yours`: the pity frame over a mishap to the reader's own thing ("it would be a pity if your
  stall went to ...", "sería una lástima que tu puesto pasara a ..."); help ("if your parcel went missing") and
  the frame alone pass.
- TON112 `loss-or-harm`: the fate accounts like the reader's "tend to" meet ("tend to get cleared out", "suelen
  reasignarse"), next to the pity frame (`pity-frame` reads "no quisiéramos que eso te pasara").
- TON112 `mock-sympathy`: a skill "still a work in progress", "se te dan igual de mal que"; `payment-asked` reads
  the sum owed said plainly ("you owe $90", "debes 80 €").
- TON112 `reader-lapse`: the debt still owing, sitting or gone a time unpaid ("has been unpaid for");
  `busy-excuse`: "snowed under", "desbordado".
- TON301: "abra un / una ..." is "habrá" misspelt (a language error), not the usted imperative of "abrir".
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts
from conftest import tone_warnings

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # what most others manage, next to irony in the sentence after
        (
            "Most of our members manage to return the kayaks by six. We're sure you can do the same.",
            "en",
            "service",
            "We're sure",
        ),
        (
            "La mayoría de los socios consigue devolver las llaves el mismo día. Seguro que usted también puede.",
            "es",
            "service",
            "Seguro que",
        ),
        # the pity frame over a mishap to the reader's own thing
        (
            "It would be a pity if your stall at the craft fair went to another trader.",
            "en",
            "collections",
            "your stall at the craft fair went",
        ),
        (
            "Sería una lástima que tu puesto en la feria de artesanía pasara a otro artesano.",
            "es",
            "collections",
            "tu puesto en la feria de artesanía pasara",
        ),
        # the fate of accounts like the reader's, next to the pity frame
        (
            "Lockers left unpaid this long tend to get cleared out, and we'd hate that for you.",
            "en",
            "collections",
            "tend to get cleared out",
        ),
        (
            "Las parcelas con tanto retraso suelen reasignarse, y no quisiéramos que eso le pasara a usted.",
            "es",
            "collections",
            "suelen reasignarse",
        ),
        # a skill mocked before the sum owed
        (
            "We know parallel parking is still a work in progress, so here's a reminder: you owe $90 for March.",
            "en",
            "collections",
            "still a work in progress",
        ),
        (
            "Como los plazos se te dan igual de mal que las cuentas, te recordamos que debes 80 € de abril.",
            "es",
            "collections",
            "se te dan igual de mal que",
        ),
        # the debt still owing or gone a time unpaid, next to irony
        (
            "Funny how the boat got launched on time but the mooring fee is still owing.",
            "en",
            "collections",
            "is still owing",
        ),
        # the busy excuse in other words, next to irony
        (
            "We're sure you're completely snowed under, but the £50 deposit is still owing.",
            "en",
            "collections",
            "snowed under",
        ),
        (
            "Seguro que andas desbordado, pero tu recibo de marzo lleva un mes sin pagar.",
            "es",
            "collections",
            "desbordado",
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
        # an exploit most people manage, in friendly copy
        (
            "Most of our climbers manage to reach the summit on day two. We're sure you'll love the view.",
            "en",
            "marketing",
        ),
        (
            "Casi todos logran llegar a la cima el segundo día. Seguro que te encanta la vista.",
            "es",
            "marketing",
        ),
        # help for a mishap, the frame with no mishap to the reader's thing
        (
            "If your parcel went missing, reply to this message and we'll send another one.",
            "en",
            "transactional",
        ),
        ("It would be a shame to miss the opening night: tickets start at £12.", "en", "marketing"),
        (
            "Sería una pena que te lo perdieras: el festival empieza el viernes a las 18:00.",
            "es",
            "marketing",
        ),
        # a schedule's habit, sincere advice with the frame
        ("Communal bins tend to get emptied on Tuesdays, so put yours out the night before.", "en", "alert"),
        (
            "No quisiéramos que eso te pase: revisa el peso de tu equipaje antes de volar.",
            "es",
            "transactional",
        ),
        # a work in progress that is ours, a skill in ad copy, sincere help with the sum owed
        (
            "Our new studio is still a work in progress, so pop in again next week to see it.",
            "en",
            "marketing",
        ),
        ("¿Se te da mal la cocina? Apúntate a nuestro taller de los jueves.", "es", "marketing"),
        ("We know times are hard: you owe $40, and we can split it into two payments.", "en", "collections"),
        # a plain reminder of what is owed, our own busy week
        (
            "A reminder that $30 is still owing on your account. Pay at the desk or online.",
            "en",
            "collections",
        ),
        (
            "Tu recibo de marzo sigue pendiente. Puedes pagarlo en la web o en la oficina.",
            "es",
            "collections",
        ),
        ("We're swamped with orders this week, so dispatch takes three days.", "en", "transactional"),
        ("Estamos desbordados de pedidos: los envíos tardan tres días.", "es", "transactional"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []


def test_abra_before_an_indefinite_is_habra_misspelt_not_usted(registry: Registry) -> None:
    body = "Perdona el retraso: el jueves abra una visita guiada por tu barrio."
    assert [rule for rule, _ in tone_warnings(registry, body, "es-ES", "alert")] == []


def test_abra_before_a_definite_object_is_still_the_usted_imperative(registry: Registry) -> None:
    body = "Descarga tu entrada y abra la app en la puerta del museo."
    assert ("TON301", "abra") in tone_warnings(registry, body, "es-ES", "transactional")
