"""What the blind sets h74 and h75 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (en): a word romanised from Japanese or Chinese (open syllables) in an English sentence; the
  plural of a noun in -ing whose singular is known; "re" + a frequent noun + "-ed".
- False negative, LNG102 (es): "ay" inside a clause for "hay" or "ahí"; an object pronoun written apart after an
  infinitive ("renovar la con").
- False negative, LNG102 (en): "it" + a bare verb after a clause opener; a relative after a counted plural with a singular
  verb; "there" before a superlative or "own"; "you're" as the object of a verb that takes a noun; "hear" for "here"
  after the action a link asks for; a plural head and its complement before a singular verb.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101: romanised loanwords, -ing plurals and "re" + noun + "-ed" ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Leaf & Kettle: our genmaicha and hojicha blends are back, with a new cup for each.",
        "Dumpling Lane: fresh jiaozi every Friday; order before noon for the evening batch.",
        "Quilters' Guild: bring your quiltings and smockings to the show table by 10am.",
        "Pottery Yard: your bowls were reglazed and fired again; they are ready on the shelf.",
    ],
)
def test_a_romanised_word_an_ing_plural_and_a_renewed_noun_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A typo of that shape keeps a known word one edit away.
        ("Farm Shop: a sack of potatoe wedges is in your box this week.", "potatoe"),
        # An untranslated Spanish word has the shape too, and the Spanish dictionary knows it.
        ("Hi Sam, your semana pass is ready at the front desk.", "semana"),
        # A sentence of another language: its neighbours are no English words.
        ("Hi Sam, tukutane sokoni kesho at the market gate.", "sokoni"),
        # A misspelt stem before -ings, and a typo that re + noun + -ed explains by accident ("repeated" is one edit away).
        ("Quilters' Guild: bring your quiltngs to the show table.", "quiltngs"),
        ("Clinic: we rebeated the blood test on Monday; results follow by text.", "rebeated"),
    ],
)
def test_a_typo_of_the_same_shape_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG101")


# --- LNG102: Spanish real-word errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Comunidad Las Acacias: cuidado al salir, porque ay hielo en la rampa del garaje.", "ay"),
        ("Lavandería Sol: tu edredón está listo. Ay encontrarás también el ticket de la tintorería.", "Ay"),
        ("Óptica Faro: tu garantía vence el viernes; puedes ampliar la en cualquier tienda.", "ampliar la"),
        ("Gimnasio Norte: tu cuota sube en marzo; recuerda pagar la antes del día 5.", "pagar la"),
    ],
)
def test_a_spanish_real_word_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # The interjection alone or before whom it laments, and the pronoun joined to its verb.
        "Lavandería Sol: ¡Ay, qué descuido! Tu edredón estaba en otra bolsa; ya está listo.",
        "Lavandería Sol: ay de mí, se nos olvidó el ticket; pasa a recogerlo cuando quieras.",
        "Gimnasio Norte: tu cuota sube en marzo; recuerda pagarla antes del día 5.",
        # An article before its noun, the article of an omitted noun, and "lo antes posible".
        "Gimnasio Norte: puedes pagar la cuota en recepción o ver la de tu pareja en la app.",
        "Óptica Faro: te conviene ampliar lo antes posible la garantía de tus gafas.",
        "Taller Ribera: ayer la moto quedó lista en el taller, y el lugar lo indica el mapa.",
    ],
)
def test_the_right_spanish_word_in_the_same_context_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []


# --- LNG102: English real-word errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Frame Co: we re-cut the mount, so now it fit the frame exactly.", "fit"),
        ("Boot Room: you have three pairs that is still waiting for collection.", "is"),
        ("Tile Studio: come and see there latest glazes at the open day.", "there"),
        ("Tailor: before the fitting we need you're chest measurement.", "you're"),
        ("Gym: your renewal is due. Renew hear: https://example.com/renew", "hear"),
        ("Courier: the parcels for your street is delayed until Monday.", "is"),
    ],
)
def test_an_english_real_word_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # A causative before "it", the verb with its -s, and "their".
        "Frame Co: we re-cut the mount to make it fit, and now it fits the frame exactly.",
        "Boot Room: you have three pairs that are still waiting, and one that is paid.",
        "Tile Studio: come and see their latest glazes; we got there early to set up.",
        # Verbs that take a clause before "you're".
        "Tailor: let us know if you're running late, and make sure you're free for the fitting.",
        "Gym: click to hear the new class playlist; renew here: https://example.com/renew",
        # A singular head, a singular noun in -s, and a pronoun that ends the subject.
        "Courier: the parcel for your streets is delayed; the news from our depot is good.",
        "Charity: your gifts in that year it is said were the biggest yet.",
    ],
)
def test_the_right_english_word_in_the_same_context_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []
