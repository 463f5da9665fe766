"""What the blind sets h36 and h37 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: the RAE's accented adaptation of an English word or eponym the Spanish dictionary lists
  unadapted ("alzhéimer"); a short word amid shorthand whose other shortenings include a vowelless one ("mnfst");
  word-list entries (orellana, larimar, creance, simul).
- False negative, LNG102: "each" + plural noun before a verb starting like a preposition ("include"); "its" before a
  possessive; "your" for "you're" after "if" before a state or an activity; "you're" for "your" before a modified
  noun of what the reader owns, or a day; "a" before a vowel sound; "were" for "where"; a stray apostrophe in a verb;
  a plural noun with "is payable"; a part of a work ("season") with "are streaming"; Spanish "ahí" for "hay" before
  an offered plural, a plural verb of state with a singular participle, "echo a mano", "tubo" for "tuvo" after a
  relative or clitic, a plural article with a singular adjective of state.
"""

from __future__ import annotations

import pytest
from conftest import language_findings

from sendlint.registry import Registry

# --- LNG101: the accented adaptation of an English word the Spanish dictionary lists unadapted ------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("La charla sobre el alzhéimer y la memoria es el jueves a las seis.", []),
        ("Nuevas fundas para tu bóxer y guantes de entrenamiento en la tienda.", []),
        # Traps: a stray accent on a Spanish word; the stress moved to the last syllable; a broken diphthong.
        ("Trae el pápel firmado a la oficina.", [("LNG101", "pápel")]),
        ("Tu reserva en el hotél está confirmada.", [("LNG101", "hotél")]),
        ("Consulta el saldo actúal en la app.", [("LNG101", "actúal")]),
    ],
)
def test_spanish_accented_adaptation_of_an_english_word(
    registry: Registry, body: str, expected: list[tuple[str, str]]
) -> None:
    assert language_findings(registry, body, "es-ES") == expected


# --- LNG101: a vowelless shortening counts for a field in shorthand ---------------------------------------------------


def test_short_word_amid_shorthand_with_a_vowelless_one(registry: Registry) -> None:
    body = "Coastline Ferries: sailing CF-7 dep 0710, QZ lane, veh mnfst locks T-2h."
    assert language_findings(registry, body, "en-GB") == []


def test_short_typo_in_plain_english_is_still_reported(registry: Registry) -> None:
    # Trap: one vowelless word in an ordinary sentence does not make it shorthand.
    body = "Thanks for your order, we will snd the veh papers on Monday."
    assert ("LNG101", "veh") in language_findings(registry, body, "en-GB")


# --- LNG101: word-list entries (trade words no class tells from a typo) ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Aretes de larimar y plata, hechos en el taller de la familia.", "es-DO"),
        ("Receta de la semana: orellanas salteadas con ajo y perejil.", "es-CO"),
        ("Bring your hawk's creance and glove to Saturday's session.", "en-GB"),
        ("Our club captain will give a simul against twenty juniors on Friday.", "en-US"),
    ],
)
def test_trade_words_from_the_word_lists(registry: Registry, body: str, locale: str) -> None:
    assert language_findings(registry, body, locale) == []


# --- LNG102: English -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "each" + plural noun before a verb that starts like a preposition
        ("Book the spring course. Each classes involve a short quiz.", [("LNG102", "classes")]),
        ("Each costs $4 and includes a drink.", []),
        # "its" before a possessive determiner
        ("Come and meet our new puppy. Its his first week at the shelter.", [("LNG102", "Its")]),
        ("The shelter has opened its doors to the public again.", []),
        # "your" after "if" before a state or an activity
        ("If your struggling with the app, call us any time.", [("LNG102", "your")]),
        ("If your card is declined, call us any time.", []),
        # "you're" before a modified noun of what the reader owns, or a day
        ("Hi Sam, you're annual membership renews on 3 May.", [("LNG102", "you're")]),
        ("Hi Sam, you're booking a table for four on 3 May.", []),
        ("Hi Sam, you're both account holders, so either of you can sign.", []),
        ("Good news: you're Saturday just got easier with free delivery.", [("LNG102", "you're")]),
        # "a" before a vowel sound
        ("We have attached a invoice for your last visit.", [("LNG102", "a")]),
        ("We have sent a one-time link and a user guide.", []),
        # "were" for "where"
        ("Please tell us were you parked so the valet can find the car.", [("LNG102", "were")]),
        ("Please tell us how you were treated by our staff.", []),
        # a stray apostrophe in a verb
        ("Try our new lemon tart: it smell's lovely straight from the oven.", [("LNG102", "smell's")]),
        ("Try our new lemon tart, baked to make it everyone's favourite.", []),
        # a plural noun with "is payable"
        ("The remaining fees is payable before the course starts.", [("LNG102", "is")]),
        ("The remaining fee is payable before the course starts.", []),
        # a part of a work and its "of" title with a plural verb of release
        ("The second volume of Harbour Tales are out now in all stores.", [("LNG102", "are")]),
        ("The second and third volumes of Harbour Tales are out now.", []),
    ],
)
def test_english_confused_words(registry: Registry, body: str, expected: list[tuple[str, str]]) -> None:
    assert language_findings(registry, body, "en-US") == expected


# --- LNG102: Spanish -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "ahí" for "hay" before a plural of what is offered
        ("Este verano ahí talleres de pintura para adultos.", [("LNG102", "ahí")]),
        ("Deja las cajas ahí, junto a la puerta.", []),
        # a plural verb of state with a singular participle
        ("Tus cortinas ya están lavado y planchadas.", [("LNG102", "lavado")]),
        ("Tus cortinas ya están lavadas y planchadas.", []),
        ("Para el postre quedan helado y fruta.", []),
        # "echo a mano" for "hecho a mano"
        ("Mira nuestras cestas echas a mano por artesanas de la zona.", [("LNG102", "echas")]),
        ("Si necesitas ayuda con la mudanza, te echo una mano.", []),
        # "tubo" for "tuvo" after a relative, "no" or a clitic
        ("El concierto que tubo más público fue el del sábado.", [("LNG102", "tubo")]),
        ("Cambiamos el tubo que perdía agua en la cocina.", []),
        # a plural article with a singular adjective of state
        ("Puedes consultar las cuotas vencida en la app.", [("LNG102", "vencida")]),
        ("Puedes consultar las cuotas vencidas en la app.", []),
    ],
)
def test_spanish_confused_words(registry: Registry, body: str, expected: list[tuple[str, str]]) -> None:
    assert language_findings(registry, body, "es-ES") == expected
