"""What the blind sets h130 and h131 showed in LNG101's precision, as classes of wording (LNG102 and LNG201 are another
analyst's; the lone English trade words in Spanish lines, "darks", "ring", "draft", "gates", "simplex", and the Latin
"caligae" are left reported, see the report).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- LNG101, Spanish: a verb in "-ar" formed on a known noun, in its infinitive, participle or gerund ("tarimado" from
  tarima, "pistonado" from pistón); a stem that is no noun, and the wrong participle of a known "-er"/"-ir" verb
  ("comprendado"), stay reported. English makes its denominal verbs by an older class ("lanyarded", round 67).
- LNG101, English: the practitioner in "-ist" of a known field in "-ics" ("ergonomist", "prosthetists"); a typo of an
  "-icist" ("physist"), a stem that is a word ("tactist") and a word one edit from a known one ("pediatrist") stay
  reported. Spanish lists its "-ista" practitioners ("protesista"); an "-ista" made on an "-ica" field stays reported.
- LNG101, Spanish: round 72's English noun bare after a preposition or "y" (reported at info) when en_GB knows it and
  en_US does not ("chalecos de gilets", "con doughs"); after a determiner ("tus gilets") or one accent from a Spanish
  word ("de cafe") it stays a warning. An English line already asks en_GB ("darks" passes there).
"""

from __future__ import annotations

import pytest
from conftest import rule_findings

from sendlint.registry import Registry


def _texts(registry: Registry, body: str, locale: str, rule: str) -> list[str]:
    return [text for text, _severity in rule_findings(registry, body, locale, rule)]


# --- LNG101, Spanish: a verb in -ar formed on a known noun -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Maderas Quillay: el salón ya quedó tarimado y barnizado.", "es-CL"),
        ("Carpintería Ébano: esta semana seguimos tarimando la terraza del cliente.", "es-ES"),
        ("Taller Biela: el cilindro viene pistonado de fábrica.", "es-MX"),
        ("Decoraciones Andes: el techo del pasillo va plafonado en blanco.", "es-AR"),
        ("Lanyard Works: every badge is lanyarded before the doors open.", "en-GB"),
    ],
)
def test_a_verb_formed_on_a_known_noun_passes(registry: Registry, body: str, locale: str) -> None:
    assert rule_findings(registry, body, locale, "LNG101") == []


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Librería Sur: el pedido fue comprendado en el lote de ayer.", "es-ES", "comprendado"),
        ("Maderas Quillay: el salón ya quedó tarrimado y barnizado.", "es-CL", "tarrimado"),
        ("Print Shop: we writed the labels by hand.", "en-US", "writed"),
    ],
)
def test_a_stem_that_is_no_noun_or_a_wrong_participle_is_still_reported(
    registry: Registry, body: str, locale: str, word: str
) -> None:
    assert word in _texts(registry, body, locale, "LNG101")


# --- LNG101, English: the practitioner in -ist of a field in -ics -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Desk Co: an ergonomist will check your chair on Monday.", "en-GB"),
        ("Limb Works: both prosthetists are in the Leeds clinic this week.", "en-GB"),
        ("Ortopedia Norte: la protesista le espera el martes a las 9:00.", "es-ES"),
    ],
)
def test_a_practitioner_of_a_known_field_passes(registry: Registry, body: str, locale: str) -> None:
    assert rule_findings(registry, body, locale, "LNG101") == []


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Lab Co: the physist will call you after the test.", "en-US", "physist"),
        ("Lab Co: the tactist will call you after the test.", "en-US", "tactist"),
        ("Foot Care: the pediatrist sees walk-ins on Friday.", "en-US", "pediatrist"),
        ("Sala Sur: el acustista revisa la sala el lunes.", "es-ES", "acustista"),
    ],
)
def test_a_typo_shaped_practitioner_is_still_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _texts(registry, body, locale, "LNG101")


# --- LNG101, Spanish: an English noun bare after a preposition, known to en_GB only ------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Moda Norte: llegó la colección de gilets acolchados para el otoño.", "es-ES", "gilets"),
        ("Panadería Masa Viva: taller de pan con doughs de hidratación alta el sábado.", "es-MX", "doughs"),
    ],
)
def test_a_british_english_noun_bare_after_a_preposition_is_info(
    registry: Registry, body: str, locale: str, word: str
) -> None:
    assert rule_findings(registry, body, locale, "LNG101") == [(word, "info")]


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Moda Norte: ya llegaron tus gilets acolchados.", "es-ES", "gilets"),
        ("Tostadores Sur: el pack de cafe y galletas sale hoy.", "es-AR", "cafe"),
        ("Star Club: bring your darcks and flats on a USB stick.", "en-GB", "darcks"),
    ],
)
def test_after_a_determiner_or_one_accent_away_it_stays_a_warning(
    registry: Registry, body: str, locale: str, word: str
) -> None:
    assert (word, "warning") in rule_findings(registry, body, locale, "LNG101")


def test_an_english_line_already_asks_the_british_dictionary(registry: Registry) -> None:
    assert rule_findings(registry, "Star Club: bring your darks and flats on a USB stick.", "en-US", "LNG101") == []
