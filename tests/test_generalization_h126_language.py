"""What the blind sets h126 and h127 showed in the language family, as classes of wording (the tone, clarity and
compliance classes are other helpers'; the LNG101 false positives of this pair are left: each is a word only a listing
would pass, see the report).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- LNG102, English: a plural after a preposition inside the subject ("the number of exhibitors has") agrees with nothing,
  so the "plural before has/needs" frame passes it; a complement holding times of day ("from 2pm to 4pm") before "are";
  an amount with any currency sign before a sum's noun ("the ₱900 fee for ... are unpaid"); "your" opening a clause, or
  after "hope", before a word in -ing and its object ("hope your enjoying the").
- LNG102, Spanish: a plural subject opening a clause before a present in the third person singular and a determiner, a
  preposition or a time word ("las clases empieza el martes"). Traps: days and time nouns ("los martes abre a las 9"),
  the plural verb, a word the lemma table reads as no verb.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts, rule_findings

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG102, English: a plural after a preposition in the subject -----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Book Fair: the list of speakers has grown, so the hall opens at 9.",
        "Open Studios: this year the price for tickets needs no booking fee.",
    ],
)
def test_a_plural_after_a_preposition_in_the_subject_passes(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "en-GB", "LNG102") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Book Fair: good news, the new speakers has arrived at the hall.", "has"),
        ("Open Studios: so your framed prints needs a dry place.", "needs"),
    ],
)
def test_a_plural_subject_before_has_or_needs_is_still_reported(
    registry: Registry, body: str, word: str
) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


# --- LNG102, English: times of day and any currency sign in the subject -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Cowork Hub: your slot in the quiet pod on Friday 9 April from 9am to 11am are confirmed.", "are"),
        ("Cowork Hub: the hire of the studio on Monday from 10:00 to 12:30 are booked.", "are"),
        ("Surf Camp: the ₱900 fee for your board hire are still unpaid.", "are"),
        ("Rail Co: the ₹450 charge for your seat upgrade are now due.", "are"),
    ],
)
def test_a_singular_head_with_times_or_an_amount_before_are_is_reported(
    registry: Registry, body: str, word: str
) -> None:
    assert word in _found(registry, body, "en-IN", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Cowork Hub: your slot in the quiet pod on Friday 9 April from 9am to 11am is confirmed.",
        "Cowork Hub: the desks in the studio from 10:00 to 12:30 are booked.",
        "Surf Camp: the ₱900 fee for your board hire is still unpaid.",
        "Rail Co: the ₹450 charges for your two seat upgrades are now due.",
    ],
)
def test_agreeing_verbs_after_times_or_an_amount_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "en-IN", "LNG102") == []


# --- LNG102, English: "your" before a progressive and its object ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Harbour Spa: hope your loving the new steam room!",
        "Yoga Loft: hi Priya, your improving every week, keep it up.",
    ],
)
def test_your_before_an_ing_verb_and_its_object_is_reported(registry: Registry, body: str) -> None:
    assert "your" in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Harbour Spa: hope your evening went well and the steam room was warm.",
        "Yoga Loft: your booking is confirmed; bring your running shoes.",
        "Yoga Loft: hope you're loving the new studio.",
    ],
)
def test_your_before_an_ing_noun_passes(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "en-GB", "LNG102") == []


# --- LNG102, Spanish: a plural subject with a singular verb -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Escuela Norte: ya pagaste la matrícula; las clases empieza el martes 4 de mayo.", "empieza"),
        ("Ferretería Sol: te avisamos que los repuestos llega mañana a la tienda.", "llega"),
    ],
)
def test_a_plural_subject_with_a_singular_verb_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-MX", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Escuela Norte: ya pagaste la matrícula; las clases empiezan el martes 4 de mayo.",
        "Ferretería Sol: los martes abre a las 9 y los domingos cierra a las 14.",
        "Ferretería Sol: te avisamos que los repuestos llegan mañana a la tienda.",
    ],
)
def test_an_agreeing_verb_or_a_time_noun_passes(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "es-MX", "LNG102") == []
