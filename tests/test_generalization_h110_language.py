"""What the blind sets h110 and h111 showed in the language family, as classes of wording (the tone, clarity and
compliance classes are other helpers'; the other language misses of this pair are left, see the rows).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (es): a hyphenated compound the English dictionary knows, in a Spanish line, is reported at
  info, as a far unknown word is ("clase de cha-cha-chá y two-step"); a typo in a part keeps it a warning, and so does
  a compound beside another unknown word (a foreign run). A lone English word (not hyphenated) stays a warning.
- False positive, LNG101 (es): a regular diminutive in -ito/-ita of a frequent word passes even where an accent makes a
  rare word of it («solita», sólita); a word one accent from a frequent word («credito») stays reported.
- False negative, LNG102 (en): "your" before a preposition and its determiner ("your on the list"); the pronoun "one"
  after a determiner with "are" ("the second one are"); a singular head whose complement holds a date ("the venue for
  the prize draw on Friday 4 June have changed").
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts, rule_findings

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101 (es): a hyphenated English compound is reported at info -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Salón Cumbia: el jueves hay práctica libre de cha-cha-chá y two-step en la sala grande.", "two-step"),
        ("Club Náutico Ría: la clase de stand-up del domingo sale a las 9:00 desde el pantalán.", "stand-up"),
        ("Taller Forja: el curso es hands-on, con herramientas de préstamo para cada alumno.", "hands-on"),
    ],
)
def test_an_english_hyphenated_compound_in_a_spanish_line_is_info(registry: Registry, body: str, word: str) -> None:
    assert rule_findings(registry, body, "es-ES", "LNG101") == [(word, "info")]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A typo in a part: no dictionary knows the compound.
        ("Club Náutico Ría: la clase de stand-upp del domingo sale a las 9:00 desde el pantalán.", "stand-upp"),
        # A lone English word that is not hyphenated stays a warning (planted more often than clean).
        ("Club Náutico Ría: tu booking del domingo está confirmado; sal a las 9:00 desde el pantalán.", "booking"),
    ],
)
def test_a_misspelled_compound_or_a_lone_english_word_stays_a_warning(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG101")


def test_a_compound_beside_another_unknown_word_keeps_the_field_at_warning(registry: Registry) -> None:
    body = "Taller Forja: el sábado hay un hands-on workshop de soldadura para principiantes."
    assert {"hands-on", "workshop"} <= set(_found(registry, body, "es-ES", "LNG101"))


# --- LNG101 (es): a diminutive of a frequent word over a rare accented word ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Danza Lirio: si no puedes preparar la coreografía solita, te damos una clase extra.",
        "Taller Alba: el niño lo armó solito y se llevó su diploma a casa.",
    ],
)
def test_a_diminutive_of_a_frequent_word_passes(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "es-ES", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # One accent from a frequent word: the accentless word is the typo, not a diminutive of "credo".
        ("Caja Sur: tu credito preaprobado vence el lunes; consulta en la app.", "credito"),
        ("Caja Sur: la solicitud tuvo exito y el dinero llega el lunes.", "exito"),
    ],
)
def test_a_word_one_accent_from_a_frequent_word_stays_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG101")


# --- LNG102 (en): your before a preposition; one are; a dated complement ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Riverside Rowing: your on the crew list for Saturday's regatta; arrive by 7am.", "your"),
        ("Maple Library: your at the top of the waiting list for the new novel.", "your"),
        ("Hillcrest Dental: we've booked two check-ups for you. The second one are on 14 June at 3pm.", "are"),
        ("Harbour Bikes: two parts came in. Each one have a receipt in the box.", "have"),
        ("Oakfield Bowls: the venue for the prize draw on Friday 4 June have changed; see the website.", "have"),
    ],
)
def test_an_en_agreement_or_your_slip_is_flagged(registry: Registry, body: str, text: str) -> None:
    assert text in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # A hyphenated modifier is the possessive's; "you're" before a preposition agrees.
        "Riverside Rowing: your on-time arrival helps the crew, and your in-person briefing is at 7am.",
        "Maple Library: you're at the top of the waiting list for the new novel.",
        # A question's inversion, a number in words, the singular verb.
        "Hillcrest Dental: which one are you booking for? The second one is on 14 June at 3pm.",
        "Oakfield Bowls: the twenty one are the winners of the spring league.",
        # A plural head agrees with "have"; a singular head with "has".
        "Oakfield Bowls: the venues for the prize draw on Friday 4 June have changed; see the website.",
        "Oakfield Bowls: the venue for the prize draw on Friday 4 June has changed; see the website.",
    ],
)
def test_an_en_agreeing_verb_or_a_hyphenated_modifier_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []
