"""What the blind sets h124 and h125 showed in the language family, as classes of wording (the tone, clarity and
compliance classes are other helpers'; the other language misses of this pair are left, see the rows).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- LNG101: a Spanish -ero/-era word made from a known noun ("terso" -> "tersero") that is one sound-alike letter from a
  known word ("tercero") is written as spoken, and reported; real trade nouns ("hielera", "trajinera") keep passing.
- LNG102, Spanish: "que" and an indicative after a verb of asking addressed to the reader ("le rogamos que paga");
  an accentless esdrújula plural after "de" or a plural determiner ("los arboles"). Traps: the subjunctive, "le
  recordamos que tiene", "que pagara", the verb after a clitic ("tú ordenes").
- LNG102, English: "you're" before a noun and a finite verb; "are" for "our" after a verb that takes an object;
  "weather to" after a verb of choosing; "who's" before a plural noun and a verb; "each/every" with a bare verb; a
  singular subject, its place complements and a bare timetable verb; a plural noun opening a clause before "is";
  "past" for "passed" after a subject pronoun; a lower-case possessive after a preposition before a verb.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts, rule_findings

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101: an -ero/-era derivation one sound-alike letter from a known word ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Club Norte: el carnet es personal y no se presta a terseras personas.", "terseras"),
        ("Taller Sur: el presupuesto incluye la mano de obra y los materiales del tersero.", "tersero"),
    ],
)
def test_an_ero_word_one_sound_alike_letter_from_a_known_word_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-CO", "LNG101")


def test_ero_trade_nouns_with_no_sound_alike_word_keep_passing(registry: Registry) -> None:
    body = "Paseos Lago: la trajinera sale a las 10; trae tu hielera y tu lonchera."
    assert _found(registry, body, "es-MX", "LNG101") == []


# --- LNG102, Spanish -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Edificio Roble: le rogamos que retira sus bicicletas del pasillo antes del viernes.", "retira"),
        ("Club Ola: te pedimos que no enciendes la parrilla después de las 22:00.", "enciendes"),
        ("Vecinos Unidos: les recomendamos que cierran las ventanas durante la fumigación.", "cierran"),
    ],
)
def test_an_indicative_after_a_verb_of_asking_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-MX", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Edificio Roble: le rogamos que retire sus bicicletas del pasillo antes del viernes.",
        "Club Ola: te pedimos que no enciendas la parrilla; le recordamos que tiene el salón hasta las 22:00.",
        "Vecinos Unidos: les pedimos que la cierren y les sugerimos que nos avisen.",
    ],
)
def test_a_subjunctive_after_a_verb_of_asking_passes(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "es-MX", "LNG102") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Parque Sur: el lunes hay riego de arboles en la plaza central.", "arboles"),
        ("Papelería Sol: los lapices de colores ya llegaron a la tienda.", "lapices"),
    ],
)
def test_an_accentless_esdrujula_plural_after_de_or_a_determiner_is_reported(
    registry: Registry, body: str, word: str
) -> None:
    assert word in _found(registry, body, "es-ES", "LNG102")


def test_the_same_spelling_as_a_verb_passes(registry: Registry) -> None:
    body = "Pedidos Sol: cuando tú ordenes, preparamos tu caja; los árboles de la entrada ya están podados."
    assert rule_findings(registry, body, "es-ES", "LNG102") == []


# --- LNG102, English --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Studio Nine: you're membership renews on 3 May; nothing to do.", "you're"),
        ("Hill Farm: thanks for helping maintain are footpaths this winter.", "are"),
        ("Flat Co: decide weather to extend or end your tenancy by Friday.", "weather"),
        ("Lost property: anyone who's bags were left on the coach can call us.", "who's"),
        ("Pottery Club: every member bring their own apron, please.", "bring"),
        ("River Tours: the shuttle from the station to the jetty depart at 8:15.", "depart"),
        ("Beach Day: towels is provided at the hut.", "is"),
        ("Dance School: well done, you past the bronze exam!", "past"),
        ("Choir: the rehearsal for new member's is on Thursday.", "member's"),
    ],
)
def test_english_agreement_and_homophone_frames_are_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Studio Nine: the refund you're owed is on its way; you're welcome to rebook.",
        "Hill Farm: the volunteers we help are students; keep our footpaths clear.",
        "Flat Co: wait for the weather to clear before you move in.",
        "Lost property: anyone who's nervous is welcome to call us.",
        "Pottery Club: every week bring a clean apron, please.",
        "River Tours: the shuttles from the station depart at 8:15, and the boat will start at 9.",
        "Beach Day: the news is good, and yours is the last booking. Sales is open until 6.",
        "Dance School: we walked past the studio; it's past your bedtime.",
        "Choir: the rehearsal for Ana's is on Thursday.",
    ],
)
def test_english_near_misses_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "en-GB", "LNG102") == []
