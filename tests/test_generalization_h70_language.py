"""What the blind sets h70 and h71 showed under-firing in the language family, as classes of wording (the tone, clarity
and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, LNG101 (es): an English form in -ed that Spanish word-building read as a prefix and a Spanish word
  ("post" + "poned").
- False positive, LNG101 (en): a closed class, Philippine weaving fibres (abaca, sinamay), beside "banig".
- False negative, LNG102 (es): a month or a weekday with a capital inside a date; "veras"/"seras" for the second person
  of the future, and after an object clitic.
- False negative, LNG102 (en): "you're" before a word WordNet lists only as a noun, before a noun of the reader's custom,
  or after a verb of giving and its person;
  "it's" before a noun of what a thing has at the end of a clause; "its worth" before what is worth it; "then" in the
  set comparisons of times; "affect" before "on"; a numbered plural with a complement before "was"; an apostrophe
  plural after a number before a preposition or a word of debt.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101: English participles built as Spanish words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Hola, Marta: la cata de quesos fue postponed por la huelga; te avisamos la nueva fecha.", "postponed"),
        ("Hola, Marta: tu pedido ya está prepared y sale mañana temprano.", "prepared"),
    ],
)
def test_an_english_participle_in_a_spanish_line_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize(
    "body",
    [
        # Prefixed words Spanish shares with English, and a vosotros imperative after a prefix, stay admitted.
        "Hola, Marta: el vuelo intercontinental sale a las 22:00 y el control postnatal es el lunes.",
        "Hola, chicos: repasad la lista y preparad las mochilas antes del viernes.",
    ],
)
def test_a_spanish_word_built_with_a_prefix_still_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG101") == []


# --- LNG101: a closed class of Philippine weaving fibres --------------------------------------------------------------


def test_a_philippine_weaving_fibre_is_not_reported(registry: Registry) -> None:
    body = "Hi Liza, the sinamay sun hats and the abaca tote bags are back in stock in Cebu."
    assert _found(registry, body, "en-PH", "LNG101") == []


def test_a_fibre_left_out_of_the_list_is_still_reported(registry: Registry) -> None:
    # "buri" (the palm) is one edit from "bury" and "burn": a typo may aim there.
    body = "Hi Liza, the buri fans are back in stock in Cebu."
    assert _found(registry, body, "en-PH", "LNG101") == ["buri"]


# --- LNG102 (es): months and weekdays in a date; the future without its accent ---------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Gimnasio Norte: la cuota de Octubre vence pronto; puedes pagarla en recepción.", "Octubre"),
        ("Óptica Luz: tus lentes estarán listos el 14 de Noviembre en la sucursal centro.", "Noviembre"),
        ("Óptica Luz: te esperamos el Jueves por la tarde para ajustar la montura.", "Jueves"),
        ("Banco Sur: el depósito ya está hecho; mañana lo veras en tu saldo.", "veras"),
    ],
)
def test_a_spanish_real_word_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-MX", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # A name, a feast, a street or a heading in capitals keep their capitals.
        "Óptica Luz: el optometrista Julio Ramírez te atiende el jueves en la sucursal de Santo Domingo.",
        "Óptica Luz: cerramos el Jueves Santo y el Domingo de Ramos; abrimos el lunes.",
        "Óptica Luz: nos mudamos a la avenida 9 de Julio, frente a la Plaza de Mayo.",
        "Óptica Luz: TU CITA ES EL 14 DE NOVIEMBRE.",
        "Óptica Luz: Octubre trae lentes nuevos. Hola, Julio: tu montura de octubre ya llegó.",
        # "de veras" is the adverbial phrase, not the verb.
        "Banco Sur: ¿de veras no reconoces el cargo? Responde NO y lo bloqueamos.",
    ],
)
def test_a_capital_or_a_noun_in_its_place_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-MX", "LNG102") == []


# --- LNG102 (en): contractions, comparisons, agreement -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Deli Row: we value you're loyalty and saved you a jar of the new chutney.", "you're"),
        ("Bed Barn: you're mattress leaves the warehouse on Thursday.", "you're"),
        ("Pet Corner: the fish for you're aquarium are bagged and ready.", "you're"),
        ("Deli Row: please post us you're old loyalty card and we will swap it.", "you're"),
        ("Repair Hub: the tablet works again and we replaced it's battery.", "it's"),
        ("Deli Row: the queue is long at noon, so its worth coming after two.", "its"),
        ("Deli Row: better late then never, the rye is back on the shelf.", "then"),
        ("Council: the roadworks may have a slight affect on your bin day.", "affect"),
        ("Hi Sam, the three parcels for your shop was left at the depot.", "was"),
        ("Deli Row: you still have four voucher's from last winter to spend.", "voucher's"),
    ],
)
def test_an_english_real_word_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Deli Row: we know you're loyal to the old blend, so it stays on the menu.",
        "Bed Barn: you're home by six? Then you're booked for the 6:30 slot, and you're welcome to stay.",
        "Bed Barn: you're mattress-shopping on a budget, so the sale is for you.",
        "Deli Row: tell us you're coming and we will save a seat; show us you're a member at the till.",
        "Repair Hub: the parcel leaves tomorrow and it's delivery day on Friday.",
        "Jeweller: the ring was valued and its worth is listed on the certificate.",
        "Deli Row: finish the survey sooner, then later you can claim the prize.",
        "Council: the roadworks will affect on-time bin collections this week.",
        "Hi Sam, one of the three parcels for your shop was left at the depot.",
        "Kitchen shop: the set of two chef's knives from Sakai is back in stock.",
    ],
)
def test_the_right_english_word_in_the_same_context_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []
