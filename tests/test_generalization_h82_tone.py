"""Round 57 (blind sets h82 and h83): the tone lines the rules without TON113 missed, taken by class; each class
was first counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on
every non-tone line of the tuning corpora.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `irony`: trust in what the reader will do ("we trust you'll", "confiamos en que"), the "we're sure
  you'll" of a sterner voice; with "this time" beside it.
- TON112 `improve-yourself`: the reader told to try to follow the rules ("please try to stick to",
  "intente respetar"); with "this time" beside it.
- TON112 `judging`: the explanation repeated slowly ("se lo explicamos despacio"), "do the right thing".
- TON112 `reader-singled-out`: the few who have not ("the few who haven't").
- TON112 `busy-excuse` (precision): the agenda word only as the gap the reader must find in it ("a moment in
  your busy schedule", "un ratito en tu agenda"), said "must be" full or "terribly" full, or a calendar alert
  suggested; plainly full, in booking copy, it passes next to "we're sure".
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # trust in what the reader will do, next to "this time"
        (
            "Your water rate rises to $58 a quarter from July. We trust you'll remember to set the money aside this time.",
            "en",
            "alert",
            "We trust you'll",
        ),
        (
            "La recogida de muebles pasa al jueves. Confiamos en que esta vez respete el horario del camión.",
            "es",
            "service",
            "Confiamos en que",
        ),
        # told to try to follow the rules, next to "this time"
        (
            "Recycling day moves to Friday, and this time please try to keep to the sorting guide.",
            "en",
            "service",
            "please try to keep to",
        ),
        (
            "La poda se recoge el lunes; esta vez procure cumplir las medidas de los haces.",
            "es",
            "service",
            "procure cumplir",
        ),
        # the explanation repeated slowly, next to irony (round 67: the bare «despacio» is TON109's `explained-slowly`, which
        # TON112 defers to; «más despacio» stays TON112's)
        (
            "Como parece que no leyó el manual, se lo explicamos más despacio: el horno no se limpia con lejía.",
            "es",
            "alert",
            "se lo explicamos más despacio",
        ),
        # "do the right thing", next to irony
        (
            "We're sure you'll do the right thing and settle the $80 invoice.",
            "en",
            "collections",
            "We're sure you'll do the right thing",
        ),
        # the few who have not, next to others who paid
        (
            "Every other stallholder has paid the pitch fee, so the market now waits on the few who haven't.",
            "en",
            "collections",
            "the few who haven't",
        ),
        # the gap to find in the reader's agenda, next to irony
        (
            "We're sure there's a spare minute in your packed calendar for the $95 boiler invoice.",
            "en",
            "collections",
            "minute in your packed calendar",
        ),
        (
            "Seguro que queda un ratito libre en tu agenda para los 60 € del mantenimiento.",
            "es",
            "collections",
            "ratito libre en tu agenda",
        ),
        # the calendar said "must be" full, next to irony
        (
            "You've skipped the last three fittings, so we assume your schedule must be very full.",
            "en",
            "service",
            "schedule must be very full",
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
        # the lead's trap: a full calendar in friendly booking copy, next to "we're sure"
        (
            "We're sure your calendar is packed this December, so we've kept a table free for you.",
            "en",
            "marketing",
        ),
        (
            "We're sure your calendar is packed this December, so we've kept a table free for you.",
            "en",
            "service",
        ),
        (
            "Seguro que tu agenda está llena este diciembre, así que te hemos guardado una mesa.",
            "es",
            "marketing",
        ),
        (
            "Seguro que tu agenda está llena este diciembre, así que te hemos guardado una mesa.",
            "es",
            "service",
        ),
        (
            "We're sure your schedule is busy, so the new app lets you book a class in two taps.",
            "en",
            "service",
        ),
        # trust in friendly copy, with no second signal
        ("We trust you'll enjoy the new reading room on the second floor.", "en", "service"),
        ("Confiamos en que disfrutarás de la nueva carta de invierno.", "es", "marketing"),
        # an instruction to follow the steps, with no "this time"
        ("Please try to follow the steps below to reset your router.", "en", "service"),
        ("Intenta seguir los pasos de la guía para configurar el router.", "es", "service"),
        # slowly and the right thing in friendly copy
        (
            "Aprende a escribir despacio en nuestro taller de caligrafía; te lo explicamos todo el primer día.",
            "es",
            "marketing",
        ),
        ("Do the right thing for your skin this winter: try our new balm.", "en", "marketing"),
        # the few who have not tried a product
        ("The few who haven't tried our new oat latte are in for a treat this week.", "en", "marketing"),
        # a slot in our own calendar
        ("Pick a moment in our calendar that suits you and we'll call you back.", "en", "service"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []
