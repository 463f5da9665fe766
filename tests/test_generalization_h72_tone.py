"""Round 52 (blind sets h72 and h73): the tone lines the rules without TON113 missed, taken by class; each class
was first counted on the rules' blind misses of earlier sets (tools/tone_signals/README.md, "Round 52").

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `agreement-tag` (new cue): a closing ", ¿verdad?" / ", ¿no?" / ", right?" counts only next to the
  reader's lapse, a pity frame, a loss or judging in the same sentence; alone, or next to a repeat, it is friendly.
- TON112 `pity-frame`: the frame with an intensifier ("a real pity", "una verdadera lástima").
- TON112 `reader-singled-out`: the reader set against the others ("usted, en cambio", "unlike you", "what makes your
  case so different"), "yours were the ones".
- TON112 `loss-or-harm`: "se enterara", "se quede sin", "missed out"; `judging`: what responsible people do, better
  expected of "a customer of your standing"; `others-complied`: everyone at the reader's office or street;
  `improve-yourself`: advice that talks down ("try to hold on to it", "if you could manage to").
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # agreement-tag + the lapse
        (
            "Una terraza nueva y una factura sin pagar no quedan nada bien juntas, ¿no?",
            "es",
            "collections",
            "¿no",
        ),
        (
            "A brand-new kitchen and a bill that is still unpaid don't really go together, right?",
            "en",
            "collections",
            "right",
        ),
        # pity-frame with an intensifier + the lapse in the next sentence
        (
            "Frost is coming, and it would be a terrible shame to lose your greenhouse cover. Your premium is still unpaid.",
            "en",
            "collections",
            "would be a terrible shame",
        ),
        (
            "Sería una verdadera lástima que tu perro se quedara sin veterinario. La cuota de marzo sigue pendiente.",
            "es",
            "collections",
            "Sería una verdadera lástima",
        ),
        # others-complied + the reader set against them
        (
            "Todos los demás inquilinos ya pagaron el trimestre; usted, en cambio, debe tres cuotas.",
            "es",
            "collections",
            "usted, en cambio",
        ),
        (
            "Every other tenant in the block has paid this quarter. Unlike you, they did it without a reminder.",
            "en",
            "collections",
            "Every other tenant in the block has paid",
        ),
        # pity-frame + a loss: the usted form of quedarse sin
        (
            "Luego no nos culpe cuando se quede sin mesa para la cena de fin de año.",
            "es",
            "marketing",
            "no nos culpe cuando",
        ),
        # pity-frame + the reader singled out + missed out
        (
            "It would be a pity if yours were the only kids who missed out on the pony camp.",
            "en",
            "marketing",
            "would be a pity",
        ),
        # judging next to irony
        (
            "We honestly expected better from a member of your seniority.",
            "en",
            "collections",
            "expected better from a member of your",
        ),
        # improve-yourself next to a count of repeats
        (
            "Here is your login link for the fourth time this week. Try to hold on to it this time.",
            "en",
            "otp",
            "Try to hold on to it",
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
        # a friendly agreement tag, alone or next to a repeat
        ("Seguro que ya tienes ganas de playa, ¿verdad?", "es", "marketing"),
        ("Este sábado la entrada vuelve a ser gratis otra vez, ¿no?", "es", "marketing"),
        ("Summer is finally here, right?", "en", "marketing"),
        # an intensified pity about the weather, no partner
        ("It would be a real pity to miss the lantern parade. Doors open at six.", "en", "marketing"),
        # a contrast that is not about the reader's debt
        ("Unlike you, our old oven never baked at night. Try the new late menu.", "en", "marketing"),
        # missing out in ordinary copy
        ("Missed out on the spring workshop? A new date is open on 4 May.", "en", "marketing"),
        # everyone at the office as an offer
        ("Everyone at your office can join the lunch club for free this month.", "en", "marketing"),
        # plain advice to keep a code
        ("Keep this code private and try to use it within ten minutes.", "en", "otp"),
        ("Si se enterara de una oferta mejor, igualamos el precio.", "es", "marketing"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Sabemos perfectamente dónde aparca su furgoneta. La cuota de mayo sigue sin pagar.",
            "es",
            "collections",
            "Sabemos perfectamente dónde aparca su",
        ),
        (
            "We know exactly where you keep your boat. The mooring fee is due on Friday.",
            "en",
            "collections",
            "We know exactly where you keep your",
        ),
    ],
)
def test_where_the_reader_keeps_their_property_is_a_threat_in_collections(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert span in texts(registry, body, locale, category, rule="TON107")


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # a pickup arranged where the reader leaves the bike, not a collections message
        ("Sabemos dónde deja su bici: el técnico la recoge allí el martes.", "es", "service"),
        ("We know where you park at the depot, so the driver will meet you there.", "en", "transactional"),
    ],
)
def test_where_the_reader_keeps_things_outside_collections_passes(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category, rule="TON107") == []
