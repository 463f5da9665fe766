"""What the blind sets h66 and h67 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: a food, drink or craft word of a third language used as a product's name (French, Italian,
  Portuguese or Catalan; in an English line a rare Spanish word too), read through that language's dictionary when no
  word of the line's own language is one edit away and its neighbours are words of the line; a compound of ten, pon,
  ven, haz or sal with enclitic pronouns ("Mantenlas", "proponle"); trade words by field and the Latin "ipso iure".
- False negative, LNG102: (es) a plural subject with a number before its noun and a singular verb of state; (en) "it's"
  before a noun with an "of" complement and its verb, "Its" before a state and its start, "take affect", "strait" before
  a direction, ", were" before a subject and its modal, "each X end's with", "and there led by", "discus" before its
  object, and a singular noun with an infinitive complement before "have been" after a greeting.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, severities=AT_WARNING)


# --- LNG101: loanwords of a third language --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Hi Maya, the duck rillettes and a jar of pickled walnuts are in this week's hamper.", "en-GB", "rillettes"),
        ("Hi Leo, our guanciale is cured for ten weeks before it goes into the shop.", "en-US", "guanciale"),
        ("Hi Rui, a tray of grilled alheira sausages comes with every table booking on Friday.", "en-GB", "alheira"),
        ("Hi Ana, each box brings a jar of arrope for the cheese board.", "en-US", "arrope"),
        ("Hola, Marta: este mes la caja trae grissini de Turín y queso de Mahón.", "es-ES", "grissini"),
        ("Hola, Pablo: ya tenemos la stracciatella fresca en el mostrador de la tienda.", "es-ES", "stracciatella"),
    ],
)
def test_a_third_language_food_word_in_a_sentence_of_the_line_is_not_reported(
    registry: Registry, body: str, locale: str, word: str
) -> None:
    assert word not in _found(registry, body, locale, "LNG101")


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        # English left in a Spanish line is a language defect whatever another dictionary knows.
        ("Hola, Marta: tu workshop de cerámica empieza el lunes a las 18:00.", "es-ES", "workshop"),
        # An accentless Spanish typo is one edit from the word meant, though Italian knows it.
        ("Hola, Pablo: confirma tu telefono antes del viernes.", "es-ES", "telefono"),
        ("Hola, Pablo: el tecnico pasa el viernes por la mañana.", "es-ES", "tecnico"),
        # A Spanish line never asks Italian or Portuguese (test_generalization_h24 keeps "dermatologa", whose accented
        # form the Spanish dictionary lacks).
        ("Tu cuenta de musica premium se renueva el día 3.", "es-MX", "musica"),
        # A frequent Spanish word in an English line is an untranslated word (Portuguese knows "pedido" too).
        ("Hi Maya, your reembolso is on its way and should reach your card in five days.", "en-GB", "reembolso"),
        ("Hi Leo, your pedido left the depot this morning.", "en-US", "pedido"),
        # An untranslated sentence: the words beside it are no English words.
        ("Hi Rui, your seats are booked. Votre commande arrive demain matin.", "en-GB", "commande"),
    ],
)
def test_an_untranslated_or_misspelt_word_is_still_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG101")


@pytest.mark.parametrize(
    "body",
    [
        "Floristería Alba: mantenlas en un jarrón con agua fría y cambia el agua cada dos días.",
        "Clínica Sur: obtenla en la app antes de tu cita del jueves.",
        "Taller Norte: si no te va bien el martes, proponle otra fecha al técnico.",
        "Perrera Vega: detenlos en la puerta hasta que llegue el paseador.",
        "Imprenta Ola: deshazlo y vuelve a enviarlo cuando tengas el logo final.",
    ],
)
def test_a_compound_short_imperative_with_enclitics_is_not_reported(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Taller Norte: expónlo al sol dos horas antes de barnizar.", "expónlo"),  # the accent belongs on "expón" alone
        ("Floristería Alba: manténlas en agua fría.", "manténlas"),
    ],
)
def test_a_short_imperative_with_a_wrong_accent_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in [w.lower() for w in _found(registry, body, "es-ES", "LNG101")]


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Sombrerería Lana: tu boina ya está hormada y lista para recoger.", "es-AR", "hormada"),
        ("Mimbrería Sol: las sillas de ratán ya tienen la rejilla nueva.", "es-ES", "ratán"),
        ("Bodega Sur: la caja de junio trae un sauvignon blanc de Casablanca.", "es-CL", "blanc"),
        ("Notaría Paz: la sanción se aplica ipso iure desde el día 10.", "es-ES", "iure"),
        ("Hi Maya, this week's thali has paneer tikka and a methi paratha.", "en-IN", "paneer"),
    ],
)
def test_listed_trade_words_are_not_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word not in _found(registry, body, locale, "LNG101")


def test_a_listed_phrase_half_alone_is_still_reported(registry: Registry) -> None:
    # "blanc" alone is "blanco" with a letter lost.
    assert "blanc" in _found(registry, "Hola, Ana: el vino blanc llega el lunes.", "es-CL", "LNG101")


# --- LNG102: real-word errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Seguros Luna: hola, Rosa. Las tres cuotas de marzo por el seguro del coche sigue pendiente.", "es-ES", "sigue"),
        ("Sports Hub: the racket is ready. It's price of £20 will go up in May.", "en-GB", "It's"),
        ("Rail Pass: your new card has been issued. Its valid until the end of June.", "en-GB", "Its"),
        ("Rail Pass: the new fares take affect on Monday.", "en-GB", "affect"),
        ("Clinic: after the scan, please head strait home and rest.", "en-GB", "strait"),
        ("Gym: park at the back, were our staff can help you unload.", "en-GB", "were"),
        ("Dance School: every lesson start's at 9 sharp.", "en-GB", "start's"),
        ("Walks: our tours leave at 10, and there led by local guides.", "en-GB", "there"),
        ("Bank: we would like to discus your renewal options.", "en-GB", "discus"),
        ("Hi Tom, your request to change the date have been received.", "en-GB", "have"),
    ],
)
def test_a_real_word_error_is_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG102")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Seguros Luna: hola, Rosa. Las tres cuotas de marzo por el seguro del coche siguen pendientes.", "es-ES"),
        ("Sports Hub: it's the price of a coffee a week.", "en-GB"),
        ("Rail Pass: its valid period is shown on the back of the card.", "en-GB"),
        ("Rail Pass: the new fares take effect on Monday; changes in affect and mood are normal after the dose.", "en-GB"),
        ("Ferry: the crossing takes the strait to the island in two hours.", "en-GB"),
        ("Shop: if the parcel arrived late, were the staff helpful?", "en-GB"),
        ("Dance School: each week's timetable is online.", "en-GB"),
        ("Walks: we meet at the gate, and there, led by a guide, you climb to the fort.", "en-GB"),
        ("Aquarium: our discus and angelfish are back in stock; the discus throw starts at 3.", "en-GB"),
        ("Hi Tom, your request to change the date has been received.", "en-GB"),
    ],
)
def test_the_right_word_in_the_same_context_passes(registry: Registry, body: str, locale: str) -> None:
    assert _found(registry, body, locale, "LNG102") == []
