"""What the blind sets h122 and h123 showed in the language family, as classes of wording (the tone, clarity and
compliance classes are other helpers'; the other language misses of this pair are left, see the rows).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- LNG101: a word the message's own link carries as a part of its host or path ("/skijor", "/rapela") is info; the
  same word with no link keeps its warning, and so do a Spanish word missing its accent ("clinica" for /clinica) and an
  English word in a Spanish line ("upgrade" for /upgrade).
- LNG101: two unknown words side by side that a loanword dictionary lists as one entry ("au pair", Catalan's "au-pair")
  are info; an English compound in a Spanish line ("pick up") keeps its warning.
- LNG101: a name's possessive opening a sentence whose near words are only names ("Aubree's": Aubrey) passes; a typo
  near a common word ("Custmer's", "Thank's") keeps its warning.
- LNG102, Spanish: "como" before an infinitive after a verb of explaining or showing; a preterite without its accent
  between its subject and "ayer"; the apology's plural article before a singular noun. Traps: "cómo", "como un juego",
  "llegó ayer", "el lunes paso por", "disculpa las molestias".
- LNG102, English: "it's" as the object of a verb of handling a thing ("update it's firmware"); "then" after a
  comparative before a place. Traps: "make sure it's charged", "we think it's ready", "later then in the week",
  "warmer than at the pier".
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts, rule_findings

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)
_info = partial(flagged_texts, channel="sms", severities=("info",))


# --- LNG101: a word of the message's own link ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Escuela Risco: quedan plazas para la rapela del sábado. Reserva en https://escuelarisco.es/rapela", "es-ES", "rapela"),
        ("Fen Paddles: your skijor session is on Friday. Details at https://fenpaddles.co.uk/skijor", "en-GB", "skijor"),
        ("Fen Paddles: the coasteer trip leaves at 9. Kit list: fenpaddles.co.uk/coasteer/kit", "en-GB", "coasteer"),
    ],
)
def test_a_word_of_the_message_link_is_info(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _info(registry, body, locale, "LNG101")
    assert word not in _found(registry, body, locale, "LNG101")


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Escuela Risco: quedan plazas para la rapela del sábado. Reserva en la web.", "es-ES", "rapela"),
        ("Fen Paddles: your skijor session is on Friday. Details at https://fenpaddles.co.uk/winter", "en-GB", "skijor"),
        ("Clínica Sol: pide tu turno en la clinica nueva: https://clinicasol.es/clinica", "es-ES", "clinica"),
        ("Fonos Sur: puedes hacer upgrade de tu plan en https://fonossur.es/upgrade", "es-ES", "upgrade"),
    ],
)
def test_no_link_a_missing_accent_or_an_english_word_keeps_its_warning(
    registry: Registry, body: str, locale: str, word: str
) -> None:
    assert word in _found(registry, body, locale, "LNG101")


# --- LNG101: two words a loanword dictionary lists as one entry --------------------------------------------------------


def test_a_listed_two_word_loan_term_is_info(registry: Registry) -> None:
    body = "Agencia Cigüeña: la au pair de tus hijos llega el lunes 4 a las 9:00."
    assert _found(registry, body, "es-MX", "LNG101") == []
    assert _info(registry, body, "es-MX", "LNG101") == ["au", "pair"]


def test_an_english_compound_in_a_spanish_line_keeps_its_warning(registry: Registry) -> None:
    body = "Tienda Sol: tu pedido está listo para pick up en la tienda del centro."
    assert _found(registry, body, "es-MX", "LNG101") == ["pick", "up"]


# --- LNG101: a name's possessive near names only -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Aubree's", "Mikayla's"])
def test_a_possessive_near_names_only_passes(registry: Registry, name: str) -> None:
    body = f"Hi Ana, it's Dana from Nest Nannies. {name} flight lands at 6 on Sunday."
    assert flagged_texts(registry, body, "en-AU", "LNG101", channel="sms") == []


@pytest.mark.parametrize(("body", "word"), [("Hi Ana. Custmer's order is ready at the desk.", "Custmer's")])
def test_a_possessive_near_a_common_word_keeps_its_warning(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-AU", "LNG101")


# --- LNG102, Spanish ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Taller Sur: el mecánico te mostrará como cambiarla en cinco minutos.", "como"),
        ("Mudanzas Sol: el camión llego ayer al depósito y hoy descargamos.", "llego"),
        ("Hotel Brisa: perdone los retraso de esta semana en la recepción.", "retraso"),
    ],
)
def test_spanish_accent_and_agreement_frames_flag(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-CL", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Taller Sur: el mecánico te mostrará cómo cambiarla en cinco minutos.",
        "Ludoteca Sol: la monitora lo explica como un juego de pistas.",
        "Mudanzas Sol: el camión llegó ayer al depósito y hoy descargamos.",
        "Mudanzas Sol: el lunes paso por tu casa a buscar las cajas.",
        "Hotel Brisa: disculpa las molestias y perdona la demora de esta semana.",
    ],
)
def test_spanish_accented_and_agreeing_forms_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "es-CL", "LNG102") == []


# --- LNG102, English ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Tool Co: please update it's firmware from the app before Friday.", "it's"),
        ("Hinge & Co: we will repair it's hinge and collect it's case on Monday.", "it's"),
        ("Lake Co: the water is warmer then at the pier, so bring a light wetsuit.", "then"),
    ],
)
def test_english_its_and_than_frames_flag(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Tool Co: make sure it's charged; we think it's ready for Friday.",
        "Tool Co: please update its firmware from the app before Friday.",
        "Lake Co: we will call you later then in the week with the times.",
        "Lake Co: the water is warmer than at the pier, so bring a light wetsuit.",
    ],
)
def test_english_clauses_and_time_words_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "en-GB", "LNG102") == []
