"""Round 40 (blind sets h48 and h49): the tone lines taken outside TON112, and the h49 false positive.

Every sentence is new wording (none comes from the evaluation corpora).

- TON109 `slowly-this-time` reads "once more / again" in the place of "this time" ("we'll explain it again,
  slowly"; h14, h17, h20 and h48 had it); a demonstration repeated slowly in a class passes.
- TON107 `home-or-work-visit` reads the reader's work with the article ("ir a buscarte al trabajo") next to a
  visit; paying on the way home from work passes.
- TON107 `third-party-contact` reads the reader's community official ("your village chief") in a condition, and
  "or we'll" as the alternative to paying before a third party ("... or we'll let your community head know").
- TON107 `legal-action` no longer reads a matter sent back to the court that made the order (a court fine's
  office stating the statutory next step); a file sent to court on non-payment still fires.
"""

from __future__ import annotations

import pytest
from conftest import tone_warnings

from sendlint.registry import Registry


def fired(registry: Registry, body: str, locale: str, category: str, rule: str) -> list[str]:
    return [text for found, text in tone_warnings(registry, body, locale, category) if found == rule]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Hi, we've had four messages from you. We'll say it one more time, slowly: the parcel arrives Thursday.",
            "en",
            "say it one more time, slowly",
        ),
        (
            "If the video was too fast for you, we can explain it again, slowly, on a call.",
            "en",
            "explain it again, slowly",
        ),
        (
            "Ya nos escribiste dos veces. Te lo repetimos una vez más, despacio: el envío sale el lunes.",
            "es",
            "Te lo repetimos una vez más",
        ),
    ],
)
def test_an_explanation_repeated_slowly_is_condescending(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert span in fired(registry, body, locale, "service", "TON109")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Our instructor will demonstrate the move once more, slowly, at the end of class.", "en"),
        ("La instructora repetirá el paso otra vez, despacio, al final de la clase.", "es"),
    ],
)
def test_a_demonstration_repeated_slowly_passes(registry: Registry, body: str, locale: str) -> None:
    assert fired(registry, body, locale, "service", "TON109") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Si no lo regularizas, pasaremos a visitarte al trabajo el lunes.", "es", "al trabajo"),
        (
            "Hace un mes que debés la cuota. Si no pagás, vamos a tener que ir a buscarte al trabajo.",
            "es",
            "al trabajo",
        ),
        ("Pay the balance by Monday or we will tell your village chief.", "en", "your village chief"),
        ("Settle the rent this week or we'll let your community head know.", "en", "your community head"),
    ],
)
def test_a_visit_at_work_or_word_to_a_community_official_is_a_threat(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert span in fired(registry, body, locale, "collections", "TON107")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Si no puedes pagar en línea, iremos actualizando tu saldo cuando pagues en caja al salir del trabajo.",
            "es",
        ),
        ("Podemos esperarte a la salida del trabajo en nuestra oficina de Plaza Mayor hasta las 20 h.", "es"),
        ("Your community leaders can help you apply for the hardship fund; we will send the form.", "en"),
        ("We'll let you know when your community leaders confirm the hardship fund.", "en"),
        ("Pay by Friday or we'll add the usual late fee; your family plan discount stays the same.", "en"),
        (
            "If you need more time, we'll let your account rest for a month; your family can also pay for you.",
            "en",
        ),
    ],
)
def test_work_hours_and_community_help_pass(registry: Registry, body: str, locale: str) -> None:
    assert fired(registry, body, locale, "collections", "TON107") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Under the enforcement order for case 77-B, the sum may be referred back to the magistrates if it is"
            " not paid within 21 days.",
            "en",
        ),
        ("Si no paga en 15 días, el expediente será devuelto de nuevo al juzgado que dictó la orden.", "es"),
    ],
)
def test_a_court_ordered_debt_sent_back_to_its_court_passes(
    registry: Registry, body: str, locale: str
) -> None:
    assert fired(registry, body, locale, "collections", "TON107") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("If you don't pay by Friday, your file will be sent to court.", "en", "court"),
        ("Si no pagas esta semana, pasaremos tu caso al juzgado.", "es", "juzgado"),
    ],
)
def test_a_file_sent_to_court_on_non_payment_still_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert span in fired(registry, body, locale, "collections", "TON107")
