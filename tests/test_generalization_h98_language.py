"""What the blind sets h98 and h99 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (es): the Spanish plural in "-s" of a loanword ending in a vowel that a third language's
  dictionary knows in the singular only ("mandala" in Catalan).
- False positive, LNG101 (es): a capitalised word English knows in lower case opening a sentence straight before a verb
  of being or having in the third person is its subject's name ("Rocky está"), not an untranslated word.
- False negative, LNG102 (en): "the" and a singular noun before the bare form of "need"; a possessive pronoun
  with an apostrophe after it ("its'").
- False negative, LNG102 (es): "e" for the auxiliary "he" before a participle ("e dejado").
- False negative, LNG102 (en): "there" for "their" between a verb of having, wearing or bringing and a thing worn or
  carried; "There" opening a sentence before a verb in -ing and its object ("they're"); a singular subject with an amount
  before its noun and a possessive name in its complement before "are due"; two nouns joined by "and", one of them
  plural, before a singular verb.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)
_reported = partial(flagged_texts, channel="sms")


# --- LNG101 (es): the Spanish plural of a loanword a third language knows in the singular ---------------------------------


def test_the_spanish_plural_of_a_loanword_known_in_the_singular_passes(registry: Registry) -> None:
    body = "Centro Loto: el sábado pintamos mandalas con acuarela en el patio."
    assert "mandalas" not in _reported(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A Spanish typo in the plural keeps its Spanish aim one edit away, whatever the singular looks like elsewhere.
        ("Centro Loto: las pajinas del cuaderno vienen numeradas.", "pajinas"),
        ("Centro Loto: te esperamos con las entrdas impresas.", "entrdas"),
    ],
)
def test_a_spanish_plural_typo_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _reported(registry, body, "es-ES", "LNG101")


# --- LNG102 (en): "there" for "their" before a thing worn or carried ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Riverside Climbing: please make sure the kids bring there own harness on Saturday.", "there"),
        ("Riverside Climbing: every climber must wear there helmet on the wall.", "there"),
        ("Riverside Climbing: ask your group to pack there waterproof jackets.", "there"),
    ],
)
def test_there_before_a_thing_worn_or_carried_is_their(registry: Registry, body: str, word: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == [word]


@pytest.mark.parametrize(
    "body",
    [
        "Riverside Climbing: leave your helmets there, and bring your own chalk.",
        "Riverside Climbing: has there been a change to your booking? Reply and we'll check.",
        "Riverside Climbing: the lockers are by the door; bags can stay there all day.",
    ],
)
def test_there_as_a_place_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []


# --- LNG102 (en): "There" opening a sentence before a verb in -ing and its object -----------------------------------------


def test_there_before_a_verb_in_ing_and_its_object_is_theyre(registry: Registry) -> None:
    body = "Harbour Sailing: the boats are rigged. There checking the sails before you arrive."
    assert _found(registry, body, "en-AU", "LNG102") == ["There"]


def test_there_being_and_the_existential_there_pass(registry: Registry) -> None:
    body = "Harbour Sailing: there being a strong wind, we start at 10. There are life jackets for everyone."
    assert _found(registry, body, "en-AU", "LNG102") == []


# --- LNG102 (en): a singular subject with an amount and a possessive name before "are due" --------------------------------


def test_an_amount_and_a_possessive_name_leave_the_subject_singular(registry: Registry) -> None:
    body = "Little Oaks Nursery: the £85 deposit for Maya's summer-term place are due on Monday."
    assert _found(registry, body, "en-GB", "LNG102") == ["are"]


def test_a_plural_subject_with_an_amount_passes(registry: Registry) -> None:
    body = "Little Oaks Nursery: the £85 deposits for the summer-term places are due on Monday."
    assert _found(registry, body, "en-GB", "LNG102") == []


# --- LNG102 (en): two nouns joined by "and", one plural, before a singular verb -------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Hilltop Garden Supplies: your seed trays and potting bench arrives on Tuesday.", "arrives"),
        ("Hilltop Garden Supplies: the hose and two spray nozzles is in the box by the gate.", "is"),
    ],
)
def test_two_nouns_joined_by_and_take_a_plural_verb(registry: Registry, body: str, word: str) -> None:
    assert _found(registry, body, "en-US", "LNG102") == [word]


@pytest.mark.parametrize(
    "body",
    [
        # A second clause after the plural noun, a singular pair, and a preposition inside the subject are left alone.
        "Hilltop Garden Supplies: our stores close on holidays and the helpline is open until 6.",
        "Hilltop Garden Supplies: your name and address is printed on the label.",
        "Hilltop Garden Supplies: the seeds in the tray and the bench are ready.",
        "Hilltop Garden Supplies: the trays and the potting bench are packed for Tuesday.",
    ],
)
def test_a_second_clause_or_a_singular_pair_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-US", "LNG102") == []


# --- LNG101 (es): a name of the other language as the bare subject of a verb ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Guardería Colita: el paseo fue corto por la lluvia. Lucky tiene su manta y está tranquilo.", "Lucky"),
        ("Guardería Colita: hoy hubo baño. Sunny ya está seca y muy contenta.", "Sunny"),
    ],
)
def test_a_name_of_the_other_language_before_a_verb_of_being_passes(registry: Registry, body: str, word: str) -> None:
    assert word not in _reported(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # No verb next: an untranslated word opening a sentence stays reported.
        ("Guardería Colita: hoy llueve. Sorry, no hay paseo por la lluvia.", "Sorry"),
        ("Guardería Colita: hoy llueve. Weekend de baños con descuento para socios.", "Weekend"),
    ],
)
def test_an_untranslated_word_opening_a_sentence_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _reported(registry, body, "es-ES", "LNG101")


# --- LNG102 (en): "the" and a singular noun before the bare form of "need" ------------------------------------------------


def test_the_and_a_singular_noun_before_need_is_needs(registry: Registry) -> None:
    body = "Northside Lifts: your service is on Monday. The technician need a key to the motor room."
    assert _found(registry, body, "en-US", "LNG102") == ["need"]


@pytest.mark.parametrize(
    "body",
    [
        "Northside Lifts: the technicians need a key to the motor room on Monday.",
        "Northside Lifts: the elderly need step-free access, so the ramp stays open.",
    ],
)
def test_a_plural_subject_before_need_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-US", "LNG102") == []


# --- LNG102 (en): a possessive pronoun with an apostrophe -----------------------------------------------------------------


def test_an_apostrophe_after_a_possessive_pronoun_is_reported(registry: Registry) -> None:
    body = "Fernhill Kilns: the bowl is glazed. Its' collection slip is at the desk."
    assert _found(registry, body, "en-GB", "LNG102") == ["Its'"]


def test_a_plural_possessive_or_a_quoted_word_passes(registry: Registry) -> None:
    body = "Fernhill Kilns: the potters' shelves are full; type 'its' in the search to find your piece."
    assert _found(registry, body, "en-GB", "LNG102") == []


# --- LNG102 (es): "e" for the auxiliary "he" before a participle ----------------------------------------------------------


def test_e_before_a_participle_is_he(registry: Registry) -> None:
    body = "Carpintería Roble: ya e lijado la mesa y mañana la barnizamos."
    assert _found(registry, body, "es-ES", "LNG102") == ["e"]


@pytest.mark.parametrize(
    "body",
    [
        # The conjunction before a word opening with /i/, and a capital letter naming a vitamin or an option.
        "Carpintería Roble: la madera va lijada e hidratada, y el tablero limpio e impermeabilizado.",
        "Carpintería Roble: el aceite con vitamina E reforzado ya está en tienda.",
    ],
)
def test_the_conjunction_e_or_a_capital_letter_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []


def test_a_time_word_before_an_imperative_passes(registry: Registry) -> None:
    body = "Northside Lifts: this weekend, get a free safety check with every service booking."
    assert _found(registry, body, "en-US", "LNG102") == []
