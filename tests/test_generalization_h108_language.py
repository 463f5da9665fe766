"""What the blind sets h108 and h109 showed under-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers'; the language false positives of this pair are left, see the rows).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, LNG102 (es): a verb of what is left or missing (queda, falta, resta, sobra) after a dative clitic,
  before a number above one and a plural noun ("te falta tres sesiones").
- False negative, LNG102 (en): a verb of a schedule written with an apostrophe after its noun ("the ferry depart's at
  noon"); "lose" after a verb of wearing or being, or joined to "-fitting" ("the strap is lose"); "do" after a copula
  before a day or a date ("the rent is do on Monday").
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG102 (es): a singular verb of what is left before a counted plural ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Academia Faro: te falta tres sesiones para terminar el curso de vela.", "falta"),
        ("Gimnasio Roble: a su plan le queda 4 clases este mes; reserve en la app.", "queda"),
        ("Vivero Sur: nos resta solo dos macetas grandes; pásate antes del sábado.", "resta"),
        ("Imprenta Cima: te sobra doce tarjetas del pedido anterior; las guardamos en tienda.", "sobra"),
    ],
)
def test_an_es_singular_verb_of_what_is_left_before_a_counted_plural_is_flagged(
    registry: Registry, body: str, text: str
) -> None:
    assert text in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # The plural verb agrees; one unit is singular; "se queda" (someone stays) and a place's distance take no count.
        "Academia Faro: te faltan tres sesiones para terminar el curso de vela.",
        "Gimnasio Roble: a su plan le queda 1 clase este mes; reserve en la app.",
        "Hostal Brisa: su acompañante se queda dos noches más; el desayuno está incluido.",
        "Vivero Sur: la tienda nueva queda dos cuadras al norte de la plaza.",
        "Imprenta Cima: le queda un saldo de 20 € a favor para el próximo pedido.",
    ],
)
def test_an_es_verb_of_what_is_left_that_agrees_or_counts_nothing_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []


# --- LNG102 (en): a scheduled verb with an apostrophe; lose for loose; do for due ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Harbour Ferries: the island ferry depart's at noon from pier 3.", "depart's"),
        ("Kiln Club: your glazing course start’s next Tuesday at 6pm.", "start’s"),
        ("Pool Co: the summer timetable end's on 31 August.", "end's"),
        ("Saddlery: check the girth before the ride; if the strap is lose, tighten it one hole.", "lose"),
        ("Yoga Loft: please wear lose-fitting layers to the first class.", "lose"),
        ("Allotment Society: your plot rent is do on Monday 3 May.", "do"),
        ("Choir: the term subscriptions were do by 1 March; pay in the app.", "do"),
    ],
)
def test_an_en_scheduled_verb_with_an_apostrophe_lose_or_do_is_flagged(registry: Registry, body: str, text: str) -> None:
    assert text in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # After a determiner the word is a noun and its "'s" is "is"; the verb "lose" takes what is lost; "do" is a verb
        # where no copula stands before it.
        "Harbour Ferries: the start's at noon, and our return's on Sunday evening.",
        "Kiln Club: the race start's at 9 from the harbour wall.",
        "Saddlery: don't lose the spare strap; riders who lose it can buy one at the desk.",
        "Bootcamp Co: come lose weight with us on Saturday mornings.",
        "Allotment Society: what we'll do on Monday is clear the paths; your rent is due on 3 May.",
    ],
)
def test_an_en_noun_with_is_the_verb_lose_or_do_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []
