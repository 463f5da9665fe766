"""What the blind sets h128 and h129 showed in the language family, as classes of wording (the tone, clarity and
compliance classes are other helpers'; "scrub", "zirconia" and "rapel" are left reported, see the report).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- LNG101: a chemical multiplying prefix closed up before a known salt or compound name ("disilicate", "tetrasilicato");
  a typo inside the compound stays reported.
- LNG101, Spanish: the agent noun in "-tor" of a known action noun in "-ción" ("predictor": predicción), and a gender or
  number of a known one ("proyectoras"). English lists its agent nouns (a separate, older class).
- LNG101: a clipped word as the label of the reference code right after it ("inv 2291-C", "liq 4410-B"); the same clip
  with no code, and a word with a frequent word one letter longer ("ticke", "recib"), stay reported.
- LNG102, English: "you're" after a verb or a preposition before a plural noun ("bring you're towels"); "we/they" before a
  verb in "-s" ("they sends"); "its" right after a greeting ("Hello, its Marta"); "a/no lose" before a noun ("a lose
  chain"). These confusions have no Spanish counterpart.
- LNG102, Spanish: "haber" before an interrogative ("y haber cuántos quedan"); a plural determiner before a singular noun
  ("las maceta"). Their English counterparts are older classes (h126's "the new speakers has", "as/has").
"""

from __future__ import annotations

import pytest
from conftest import rule_findings

from sendlint.registry import Registry


def _texts(registry: Registry, body: str, locale: str, rule: str) -> list[str]:
    return [text for text, _severity in rule_findings(registry, body, locale, rule)]


# --- LNG101: chemical multiplying prefixes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Kiln Co: the new glaze is a sodium trisilicate blend.", "en-GB"),
        ("Kiln Co: the glaze lab mixed the tetraborate batch today.", "en-US"),
        ("Vidrios Sur: el esmalte lleva tetrasilicato de sodio.", "es-AR"),
        ("Vidrios Sur: la base es un hexasilicato molido.", "es-MX"),
    ],
)
def test_a_multiplying_prefix_before_a_known_compound_passes(registry: Registry, body: str, locale: str) -> None:
    assert rule_findings(registry, body, locale, "LNG101") == []


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Kiln Co: the new glaze is a sodium trisilcate blend.", "en-GB", "trisilcate"),
        ("Vidrios Sur: el esmalte lleva tetrasilcato de sodio.", "es-AR", "tetrasilcato"),
    ],
)
def test_a_typo_inside_the_compound_is_still_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _texts(registry, body, locale, "LNG101")


# --- LNG101, Spanish: the agent noun in -tor of a known action noun in -ción ---------------------------------------------


def test_a_spanish_agent_noun_of_a_known_action_noun_passes(registry: Registry) -> None:
    assert rule_findings(registry, "Óptica Sur: las proyectoras del aula ya funcionan.", "es-CL", "LNG101") == []


def test_a_spanish_agent_noun_with_a_typo_in_its_stem_is_still_reported(registry: Registry) -> None:
    assert "predicctor" in _texts(registry, "Óptica Sur: el predicctor ya funciona.", "es-CL", "LNG101")


# --- LNG101: a clipped label before a reference code -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Assay Lab: inv 2291-C is now overdue.", "en-GB"),
        ("Banco Sur: liq 4410-B sigue abierta.", "es-UY"),
    ],
)
def test_a_clipped_label_before_a_code_passes(registry: Registry, body: str, locale: str) -> None:
    assert rule_findings(registry, body, locale, "LNG101") == []


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Assay Lab: the inv is attached.", "en-GB", "inv"),
        ("Assay Lab: ticke 2291-C is ready.", "en-GB", "ticke"),
        ("Banco Sur: la liq de ayer sigue abierta.", "es-UY", "liq"),
        ("Banco Sur: recib 4410-B sigue abierto.", "es-UY", "recib"),
    ],
)
def test_a_clip_with_no_code_or_a_lost_final_letter_is_still_reported(
    registry: Registry, body: str, locale: str, word: str
) -> None:
    assert word in _texts(registry, body, locale, "LNG101")


# --- LNG102, English: you're / we-they + -s / greeting its / a lose ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Gym Co: please bring you're towels and a padlock.", "you're"),
        ("Gym Co: we have kept a locker for you're kids.", "you're"),
        ("Bakery: they sends the trays over on Monday.", "sends"),
        ("Bakery: this week we delivers rye on Thursday.", "delivers"),
        ("Hello, its Marta from the bakery on Dock Street.", "its"),
        ("Bikes: a lose chain can slip off the cog.", "lose"),
        ("Bikes: tuck it in so there are no lose straps.", "lose"),
    ],
)
def test_english_confusions_are_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _texts(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Gym Co: since you're members, the sauna is free on Sundays.",
        "Gym Co: great to hear you're always on time.",
        "Bakery: we parents bake for the fair on Friday.",
        "Bakery: the shop and its ovens are open late.",
        "Bikes: we lose grip when it rains, so ride slowly.",
        "Bikes: some lose their lights on the cobbles.",
    ],
)
def test_english_confusion_traps_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "en-GB", "LNG102") == []


# --- LNG102, Spanish: haber + interrogative / plural determiner + singular noun -------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Vivero Sur: vengan y haber cuántos plantines quedan.", "haber"),
        ("Vivero Sur: te dejamos las maceta en la puerta.", "las maceta"),
        ("Vivero Sur: recuerda que tus semilla vienen en sobre.", "tus semilla"),
    ],
)
def test_spanish_confusions_are_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _texts(registry, body, "es-AR", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Vivero Sur: puede haber dónde dejar el auto.",
        "Vivero Sur: si no los tiene, avísanos y los pedimos.",
        "Vivero Sur: abrimos a las once y cerramos a las nueve.",
        "Vivero Sur: las macetas grandes llegan el lunes.",
        "Vivero Sur: las paga de contado en la caja.",
    ],
)
def test_spanish_confusion_traps_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "es-AR", "LNG102") == []
