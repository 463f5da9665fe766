"""Round 30 (h30): the one tone miss taken by a clue outside TON112.

Every sentence is new wording (none comes from the evaluation corpora).

- TON111 (guilt appeal) read the reader's absence said to hurt us in Spanish ("nos duele") and in English as
  "it hurts us" / "we're hurt", but not as "it's a bit hurtful". The English list now has "it / this / that is
  (a bit) hurtful" at the end of a clause (or "hurtful to us"); a house rule about content "that is hurtful to
  others" and "hurtful comments" pass.
"""

from __future__ import annotations

import pytest
from conftest import tone_warnings as warnings

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "You haven't booked a lesson since spring, and that's a little hurtful. See the new timetable in the app.",
            "en",
            "marketing",
            "that's a little hurtful.",
        ),
        (
            "Three months without a visit? It has been rather hurtful to us. Our autumn menu is in the app.",
            "en",
            "marketing",
            "It has been rather hurtful to us.",
        ),
    ],
)
def test_hurt_said_as_hurtful_is_a_guilt_appeal(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert ("TON111", span) in warnings(registry, body, locale, category)


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Content that is hurtful to others is removed from the club forum.", "en", "service"),
        ("Hurtful comments are not allowed in our reviews; see the guidelines in the app.", "en", "service"),
        ("Our workshop helps teams talk about what is hurtful, and what helps.", "en", "marketing"),
        ("Hace tiempo que no te vemos: te esperamos con la carta de otoño.", "es", "marketing"),
    ],
)
def test_hurtful_as_a_house_rule_or_a_topic_passes(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert [rule for rule, _ in warnings(registry, body, locale, category) if rule == "TON111"] == []
