"""What the blind sets h102 and h103 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (en): the past of a verb made from a noun in a consonant ("chronographed"), and "un" + a known
  participle ("unwitnessed"): English derivations the dictionaries lack.
- False negative, LNG102 (en): "who's" + a noun + a verb (whose); "weather" opening a clause of alternatives (whether);
  "there" + a noun + a modal (their); "both of them has"; a four-letter plural subject before "is due" ("the fees for
  ... is"); a plural subject before "is in/on" and a place; "if your coming," (you're).
- False negative, LNG102 (es): "línea" without its accent after "en"; "por que" before the determiner of a causal clause;
  an -ara form joined by "y" to a future ("va a ir ... y revisara la").
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)
_reported = partial(flagged_texts, channel="sms")


# --- LNG101 (en): derivations the dictionaries lack ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Tideway Rowing: every cox is lanyarded to the boat during the regatta.", "lanyarded"),
        ("Tideway Rowing: the finish camera is tripoded on the bank.", "tripoded"),
        ("Tideway Rowing: juniors may not board an unticketed launch.", "unticketed"),
        ("Tideway Rowing: no unbriefed crew goes out after dark.", "unbriefed"),
    ],
)
def test_a_denominal_past_or_a_negated_participle_passes(registry: Registry, body: str, word: str) -> None:
    assert word not in _reported(registry, body, "en-GB", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # The wrong past of a known verb, and a typo inside the participle, stay reported.
        ("Tideway Rowing: the launch stoped at the bridge for ten minutes.", "stoped"),
        ("Tideway Rowing: we noted an unrecieved payment for the regatta.", "unrecieved"),
    ],
)
def test_a_wrong_past_or_a_typo_in_the_participle_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG101")


# --- LNG102 (en): whose, whether, their ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "text"),
    [
        ("Harbour Vets: please ask the nurse, who's office is next to the lift.", "en-GB", "who's"),
        ("Harbour Vets: owners who's lockers are by the door can leave leads there.", "en-GB", "who's"),
        ("Harbour Vets: we are open all weekend, weather it's a check-up or a jab.", "en-US", "weather"),
        ("Harbour Vets: your booking is confirmed, and there receptionist will text a reminder.", "en-US", "there"),
    ],
)
def test_whose_whether_and_their_are_flagged(registry: Registry, body: str, locale: str, text: str) -> None:
    assert text in _found(registry, body, locale, "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Harbour Vets: the nurse who's next is Dana, at the desk.",
        "Harbour Vets: anyone who's unwell should wait outside.",
        "Harbour Vets: once you are there Sam will meet you at the gate.",
        "Harbour Vets: check the weather, we may close early on Friday.",
        "Harbour Vets: is there anything we can bring for your cat?",
        "Harbour Vets: we'll be there tomorrow, and the vet will call you.",
    ],
)
def test_who_is_the_weather_and_there_as_adverb_pass(registry: Registry, body: str) -> None:
    found = _found(registry, body, "en-US", "LNG102")
    assert not found, found


# --- LNG102 (en): agreement ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Willow Kennels: all of them has had their jabs this year.", "has"),
        ("Willow Kennels: the fees for your puppy class is due on Monday.", "is"),
        ("Willow Kennels: the leads is in the blue box by the door.", "is"),
        ("Willow Kennels: call us if your joining, we hold the slot.", "your"),
    ],
)
def test_plural_subjects_with_singular_verbs_and_your_for_youre_are_flagged(
    registry: Registry, body: str, text: str
) -> None:
    assert text in _found(registry, body, "en-US", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Willow Kennels: each of them has had their jabs this year.",
        "Willow Kennels: the news for your puppy class is due on Monday.",
        "Willow Kennels: the glass is in the blue box by the door.",
        "Willow Kennels: text us if your booking is late, we hold the slot.",
        "Willow Kennels: tell us if your bedding, bowls or leads need washing.",
    ],
)
def test_singular_subjects_and_a_noun_in_ing_pass(registry: Registry, body: str) -> None:
    found = _found(registry, body, "en-US", "LNG102")
    assert not found, found


# --- LNG102 (es) ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Ópticas Faro: tu pedido está en transito y puedes seguirlo en linea.", "linea"),
        ("Ópticas Faro: te llamamos por que tu receta nueva ya llegó.", "por que"),
        ("Ópticas Faro: la óptica va a abrir a las 10 y entregara los pedidos de la semana.", "entregara"),
    ],
)
def test_linea_causal_por_que_and_ara_after_a_future_are_flagged(registry: Registry, body: str, text: str) -> None:
    assert text in _found(registry, body, "es-MX", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Ópticas Faro: velamos por que tu pedido llegue en perfecto estado.",
        "Ópticas Faro: la óptica va a abrir a las 10 y prepara los pedidos de la semana.",
        "Ópticas Faro: la óptica va a abrir a las 10 si el técnico llegara el lunes.",
        "Ópticas Faro: tu pedido ya está en la línea de entrega.",
    ],
)
def test_por_que_after_its_governor_and_a_present_pass(registry: Registry, body: str) -> None:
    found = _found(registry, body, "es-MX", "LNG102")
    assert not found, found
