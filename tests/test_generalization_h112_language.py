"""What the blind sets h112 and h113 showed in the language family, as classes of wording (the tone, clarity and
compliance classes are other helpers'; the other language misses of this pair are left, see the rows).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (es): an English noun bare after a Spanish preposition ("clase de jive", "con leash") names
  the kind of thing the Spanish noun is and is reported at info; the planted shape, an English word after a determiner
  in a Spanish noun's place ("tu booking") or as an adjective ("está ready"), stays a warning, and so do a word one
  accent from a Spanish word ("con trio"), a word after "por" ("por aver"), a capitalised word and a word beside
  another unknown word. The class exists only in Spanish lines (an English line's English words are known).
- False negative, LNG102 (en): two singular nouns, each with its determiner, joined by "and" at a clause's start before
  "is/was/has" ("the gym and the sauna was closed"); a first clause's verb ("the gym closes and the sauna is"), a
  single dish ("bread and butter is"), an inverted place ("Between the gym and the sauna is") and "are" pass. (The
  Spanish agreement entries already read coordinated subjects.)
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts, rule_findings

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101 (es): an English noun bare after a preposition is reported at info ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Club Ribera: el jueves empieza la clase de jive para principiantes en la sala 2.", "jive"),
        ("Escuela Ritmo: el sábado estrenamos el taller de riff a las 9:00.", "riff"),
        ("Tienda Surf Sur: ya llegaron las tablas nuevas con leash incluido.", "leash"),
        ("Billares Centro: abrimos una liga para snooker los martes a las 20:00.", "snooker"),
    ],
)
def test_an_english_noun_bare_after_a_preposition_is_info(registry: Registry, body: str, word: str) -> None:
    assert rule_findings(registry, body, "es-ES", "LNG101") == [(word, "info")]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # After a determiner the English word stands in a Spanish noun's place (reserva): the planted shape.
        ("Club Ribera: tu booking de la clase del jueves está confirmado.", "booking"),
        ("Escuela Ritmo: el sábado estrenamos un riff nuevo a las 9:00.", "riff"),
        ("Billares Centro: tu snooker de los martes empieza a las 20:00.", "snooker"),
        # An adjective after a verb, not a noun after a preposition.
        ("Tienda Surf Sur: tu tabla nueva ya está ready en el mostrador.", "ready"),
        # One accent from a Spanish word (trío): a missing accent.
        ("Orquesta Luz: el lunes tocamos con trio de cuerdas en la plaza.", "trio"),
        # "por" before a dropped h (haber) is a typo's place, not a classifier's.
        ("Estudio Mar: gracias por aver elegido nuestra escuela.", "aver"),
        # Capitalised: a sentence of another language or a name, not a bare noun.
        ("Club Ribera: la clase es el lunes; trae zapatos de suela lisa. Thanks!", "Thanks"),
    ],
)
def test_a_determiner_adjective_accent_or_por_keeps_the_warning(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG101")


def test_a_bare_noun_beside_another_unknown_word_keeps_the_field_at_warning(registry: Registry) -> None:
    body = "Club Ribera: el jueves hay clase de jive swingout para principiantes."
    assert {"jive", "swingout"} <= set(_found(registry, body, "es-ES", "LNG101"))


# --- LNG102 (en): two singular nouns with their determiners joined by "and" before "is/was/has" ---------------------------


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        ("Lakeview Lodge: the gym and the sauna was closed on Monday for a deep clean.", "was"),
        ("Harbour Flats: your deposit and your key fob has been returned to the office.", "has"),
        ("Welcome! The kayak and the paddle board is free for guests before 10am.", "is"),
    ],
)
def test_two_singular_nouns_joined_by_and_before_a_singular_verb_flag(registry: Registry, body: str, verb: str) -> None:
    assert verb in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Lakeview Lodge: the gym closes at 8 and the sauna is open until 9.",
        "Lakeview Lodge: the pool reopened and the spa is heated again.",
        "Lakeview Lodge: bread and butter is served with every soup.",
        "Between the gym and the sauna is a small cafe with a view of the lake.",
        "Lakeview Lodge: the gym and the sauna are closed on Monday for a deep clean.",
    ],
)
def test_a_first_clause_a_single_dish_or_an_agreeing_verb_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "en-GB", "LNG102") == []
