"""What the blind sets h96 and h97 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (es): the voseo subjunctive of a verb with a two-letter stem ("usés", "leás") in a voseo locale;
  the plural of an abbreviation by contraction ("grales.", "ctas.") with its period in a field already in shorthand.
- False positive, LNG102 (es): a word in capitals beside lower-case words is an acronym even when the lower-case words
  lie outside the word the pattern reports ("la técnica FUE realizados"-shaped: a code before a participle).
- False negative, LNG102 (en): a contraction ending its clause ("it is you're.") is the possessive pronoun; "are" opening
  a clause before one word and a finite verb is "our"; "effects" after a pronoun subject before a person is "affects";
  "their" opening a clause before a verb in -ing and an adverb of speed or timing is "they're"; a counted plural with a
  singular verb after "you're" (for "your") or with a model code before the noun.
- False negative, LNG102 (es): "halla" for "allá" after a comma (or "más") before where.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)
_reported = partial(flagged_texts, channel="sms")


# --- LNG101 (es): the voseo subjunctive of a two-letter stem ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Ferretería Tornillo: no usés la escalera vieja hasta que la revisemos.", "usés"),
        ("Biblioteca Norte: cuando leás el aviso, devolvé el libro en el mostrador.", "leás"),
        ("Óptica Clara: si no veás bien con los lentes nuevos, avisanos.", "veás"),
    ],
)
def test_the_voseo_subjunctive_of_a_two_letter_stem_passes(registry: Registry, body: str, word: str) -> None:
    assert word not in _reported(registry, body, "es-AR", "LNG101")


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        # Outside the voseo locales the form is a misspelling; a stray accent on a stem with no -emos/-amos form stays one.
        ("Ferretería Tornillo: no usés la escalera vieja hasta que la revisemos.", "es-ES", "usés"),
        ("Ferretería Tornillo: el ojés de la puerta está flojo.", "es-AR", "ojés"),
    ],
)
def test_a_short_word_with_a_stray_final_accent_is_still_reported(
    registry: Registry, body: str, locale: str, word: str
) -> None:
    assert word in _reported(registry, body, locale, "LNG101")


# --- LNG102 (es): a word in capitals among lower-case words is an acronym ------------------------------------------------


def test_a_capitalised_code_before_a_plural_participle_is_no_verb(registry: Registry) -> None:
    body = "Clínica Sonrisa: los implantes con sistema SERA colocados en marzo tienen revisión gratis."
    assert _found(registry, body, "es-MX", "LNG102") == []


def test_the_lower_case_verb_before_a_plural_participle_is_still_reported(registry: Registry) -> None:
    body = "Clínica Sonrisa: los implantes fue colocados en marzo y tienen revisión gratis."
    assert _found(registry, body, "es-MX", "LNG102") == ["fue"]


# --- LNG102 (en): a contraction ending its clause ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Harbour Kayaks: a paddle was left on the jetty and we believe it is you're.", "you're"),
        ("Harbour Kayaks: the spare dry bags are they're? Ask the crew to check.", "they're"),
    ],
)
def test_a_contraction_ending_its_clause_is_reported(registry: Registry, body: str, word: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == [word]


@pytest.mark.parametrize(
    "body",
    [
        "Harbour Kayaks: if you're, for instance, a member, the hire is free.",
        "Harbour Kayaks: the paddle is yours. We know who you're meeting on Saturday.",
    ],
)
def test_a_contraction_inside_its_clause_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []


# --- LNG102 (en): "are" for "our" before a subject and its verb -----------------------------------------------------------


def test_are_before_one_word_and_a_finite_verb_is_our(registry: Registry) -> None:
    body = "Greenway Lawns: from next week, are gardener will come on Fridays."
    assert _found(registry, body, "en-US", "LNG102") == ["are"]


@pytest.mark.parametrize(
    "body",
    [
        "Greenway Lawns: are there any gates locked? Are gardeners welcome on Friday?",
        "Greenway Lawns: the hedges are done and will look tidy by Friday.",
    ],
)
def test_are_in_a_question_or_after_its_subject_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-US", "LNG102") == []


# --- LNG102 (en): "effects" for "affects" after a pronoun subject ---------------------------------------------------------


def test_effects_after_a_pronoun_before_a_person_is_affects(registry: Registry) -> None:
    body = "Riverside Water: mains work on Elm Street starts Monday. If it effects you, call us."
    assert _found(registry, body, "en-GB", "LNG102") == ["effects"]


@pytest.mark.parametrize(
    "body",
    [
        "Riverside Vets: the side effects your dog may show are mild and pass in a day.",
        "Riverside Water: the change takes effect on Monday and its effects will be small.",
    ],
)
def test_effects_as_a_noun_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []


# --- LNG102 (en): "their" before a verb in -ing and an adverb of speed -------------------------------------------------------


def test_their_before_a_verb_in_ing_and_an_adverb_of_speed_is_theyre(registry: Registry) -> None:
    body = "Copperleaf Kilns: only ten seats left for the glaze class, and their filling quickly. Book today."
    assert _found(registry, body, "en-AU", "LNG102") == ["their"]


def test_their_before_a_noun_in_ing_passes(registry: Registry) -> None:
    body = "Copperleaf Kilns: guests can change their booking early in the week; their seating is by the window."
    assert _found(registry, body, "en-AU", "LNG102") == []


# --- LNG102 (en): a counted plural with a singular verb ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Brightline Print: you're three A3 posters is ready to collect at the counter.",
        "Brightline Print: the four A5 notebooks is ready to collect at the counter.",
    ],
)
def test_a_counted_plural_with_a_singular_verb_is_reported(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-NZ", "LNG102") == ["is"]


@pytest.mark.parametrize(
    "body",
    [
        "Brightline Print: you're three days from launch. Your posters are ready to collect.",
        "Brightline Print: the two weeks is the usual wait for a 4K print.",
    ],
)
def test_a_span_of_time_or_a_plural_verb_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-NZ", "LNG102") == []


# --- LNG102 (es): "halla" for "allá" ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Coro Santa Cecilia: el ensayo del martes se cambia de sala; nos vemos, halla en el salón parroquial.",
        "Coro Santa Cecilia: el concierto va más halla de lo previsto y termina a las 22:00.",
    ],
)
def test_halla_after_a_comma_or_mas_before_where_is_alla(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == ["halla"]


@pytest.mark.parametrize(
    "body",
    [
        "Coro Santa Cecilia: la sala de ensayo se halla en el primer piso del salón parroquial.",
        "Coro Santa Cecilia: quien halla en el canto un descanso es bienvenido los martes.",
    ],
)
def test_halla_with_its_subject_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []


# --- LNG101 (es): the plural of an abbreviation by contraction in a shorthand field -------------------------------------------


def test_a_plural_contraction_with_its_period_passes_in_a_shorthand_field(registry: Registry) -> None:
    body = "Hola: sdo. pdte. s/ ctas. grales. del mes; pago antes del vto."
    assert "grales" not in _reported(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize(
    "body",
    [
        # Without its period, or outside a field in shorthand, the same letters are a misspelling.
        "Hola: sdo. pdte. s/ ctas. grales del mes; pago antes del vto.",
        "Hola: te enviamos las condiciones grales. del contrato por correo.",
    ],
)
def test_a_plural_contraction_is_still_reported_without_its_period_or_its_shorthand(registry: Registry, body: str) -> None:
    assert "grales" in _reported(registry, body, "es-ES", "LNG101")
