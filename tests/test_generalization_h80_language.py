"""What the blind sets h80 and h81 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (en): a word of a French phrase of cooking that English dictionaries list whole.
- False positive, LNG102 (en): a plural noun phrase after a preposition, the object of a singular head before it.
- False negative, LNG102 (es): a plural determiner opening a clause before a singular noun and its "de"; a plural noun
  before a singular irregular participle; "a" for "ha" after the conditional "si".
- False negative, LNG102 (en): "witch" after a comma, "'ve" before a simple past and "'re" before "loosing" (patterns
  whose first alternatives stood inside a leading \\b and never matched); "their" before a predicate adjective and a
  word of recurrence.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101: French phrases of cooking in English ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Larder Lane: your hamper has a jar of sel gris, a tin of fleur de sel and a tub of crème fraîche.",
        "Larder Lane: the class covers pâte à choux, beurre noisette and a proper mise en place.",
    ],
)
def test_a_french_phrase_of_cooking_passes_whole(registry: Registry, body: str) -> None:
    assert "fleur" not in _found(registry, body, "en-GB", "LNG101")
    assert "noisette" not in _found(registry, body, "en-GB", "LNG101")
    assert "choux" not in _found(registry, body, "en-GB", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A word of the phrase alone, or a typo inside it, is still reported.
        ("Larder Lane: a pinch of sel on top and it is done.", "sel"),
        ("Larder Lane: finish with the beurre blanx and serve.", "blanx"),
    ],
)
def test_a_word_of_the_phrase_outside_it_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in flagged_texts(registry, body, "en-GB", "LNG101", channel="sms")


# --- LNG102: English agreement after a preposition --------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # The plural phrase is the object of "with" / "on" / "for": the verb agrees with the head before it.
        "Tallow & Wick: your fitting with our chandlers in Bristol is on Friday at 2pm.",
        "Tallow & Wick: the deposit on your hand-dipped candles is due this week.",
        "Tallow & Wick: a refund for your candles in the blue jar is on its way.",
    ],
)
def test_a_plural_object_of_a_preposition_is_no_subject(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []


@pytest.mark.parametrize(
    "body",
    [
        "Tallow & Wick: your hand-dipped candles is ready to collect.",
        "Tallow & Wick: your candles for the hallway is ready to collect.",
    ],
)
def test_a_plural_subject_before_is_is_still_reported(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == ["is"]


# --- LNG102: English real-word errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Tallow & Wick: we kept the old wick, witch you can collect with the lamp.", "witch"),
        ("Tallow & Wick: we've ate into the stock of beeswax, so order soon.", "ate"),
        ("Tallow & Wick: you're loosing the discount at midnight.", "loosing"),
        ("Tallow & Wick: ask at any stockist, their open each weekday until 6pm.", "their"),
    ],
)
def test_an_english_real_word_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Tallow & Wick: costume night! Come as a ghost, witch or pumpkin.",
        "Tallow & Wick: we kept the old wick, which you can collect with the lamp.",
        "Tallow & Wick: their open evenings run each term at the workshop.",
        "Tallow & Wick: ask at any stockist, they're open each weekday until 6pm.",
    ],
)
def test_the_right_english_word_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []


# --- LNG102: Spanish agreement and "a" for "ha" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A plural determiner opening a clause before a singular noun and its "de".
        ("Teatro Alba: las entrada de la función del viernes ya están en tu correo.", "entrada"),
        ("Club Remo: los bono de temporada se renuevan en julio.", "bono"),
        # A plural noun before a singular irregular participle.
        ("Papelería Sur: te enviamos los cuadernos escrito a mano el lunes.", "escrito"),
        ("Vivero Luna: deja las macetas cubierta con la malla hasta el sábado.", "cubierta"),
        # "a" for "ha" after the conditional "si".
        ("Gimnasio Roble: si a pagado ya la cuota, ignore este aviso.", "a"),
        ("Gimnasio Roble: si a echo ya el ingreso, gracias.", "a echo"),
    ],
)
def test_a_spanish_agreement_or_auxiliary_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Teatro Alba: las entradas de la función del viernes ya están en tu correo.",
        "Club Remo: los cuatro de la familia entran gratis el domingo.",
        "Club Remo: si las pagas de una vez, te hacemos un descuento.",
        # A verb with "los/las" as its clitic at a clause start.
        "Club Remo: los guardo de un día para otro en la taquilla.",
        "Club Remo: ¿Las toallas? Las presta de lunes a viernes la recepción.",
        "Papelería Sur: te enviamos los cuadernos escritos a mano el lunes.",
        "Bar Sol: los domingos abierto de 10 a 14.",
        "Gimnasio Roble: si a pedido del socio cambiamos la hora, te avisamos.",
        "Gimnasio Roble: si ha pagado ya la cuota, ignore este aviso.",
    ],
)
def test_the_right_spanish_form_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []
