"""What the blind sets h72 and h73 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (es): a learned combining form in "o" before a known word ("meso" + "tónico").
- False positive, LNG101 (en, es): an unknown word written twice in a row, a reduplicated loanword ("pili pili").
- False negative, LNG102 (en): agreement of any singular head noun with "have/were" or with a bare verb of a date or of
  having, after a clause opener or a greeting; a verb in -s after the "do" of a negation; "their" for "they're" before
  "available in"; "witch" for "which"; "passed due" for "past due".
- False negative, LNG102 (es): "abra" for "habrá" before a meeting or a vote; an imperfect subjunctive in -ara after
  "Se" opening a sentence; "Llego" for "Llegó" before its subject.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101: learned combining forms and doubled loanwords ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Museo Arqueológico: la sala del arte protohistórico reabre el sábado con visitas guiadas.",
        "Óptica Norte: sus lentes pseudoesféricas ya están listas para recoger en la tienda.",
    ],
)
def test_a_combining_form_before_a_known_spanish_word_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A typo after a combining form is still reported: the rest is no known word.
        ("Museo Arqueológico: la sala del arte protohistorcio reabre el sábado.", "protohistorcio"),
        # A known word without its accent stays a misspelling, whatever its parts are.
        ("Taller Sur: la tecnologia del nuevo horno ahorra energía.", "tecnologia"),
    ],
)
def test_a_misspelling_after_a_combining_form_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Reef Grill: the mahi mahi tacos are back tonight, with lime slaw.", "en-US"),
        ("Harbour Rides: your tuk-tuk leaves the harbour gate at 9am.", "en-GB"),
        ("Mercado Sur: llegó el ají de la casa y la salsa piri piri en frasco.", "es-ES"),
    ],
)
def test_a_word_written_twice_in_a_row_passes(registry: Registry, body: str, locale: str) -> None:
    assert _found(registry, body, locale, "LNG101") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # Once, or beside a different word, the same unknown words are still reported.
        ("Reef Grill: the mahi tacos are back tonight, with lime slaw.", "mahi"),
        ("Reef Grill: the mahi mahis are back tonight.", "mahis"),
    ],
)
def test_an_unknown_word_not_doubled_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-US", "LNG101")


# --- LNG102: English real-word errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Kiln Works: the glaze test have been fired and looks even.", "have"),
        ("Hi {{first_name}}, your lodge permit renewal have been approved.", "have"),
        ("Mill Lane: your order shipped, and our packer were careful with the jars.", "were"),
        ("Ferry Co: your season ticket expire on Friday 4 July.", "expire"),
        ("Quilt Shop: each kit come with a pattern and thread.", "come"),
        ("Frame Co: the varnish on your frame need three days to set.", "need"),
        ("Bakery: the van driver doesn't takes card payments today.", "takes"),
        ("Tyre Hub: the fitter did not checks the spare, so bring it back.", "checks"),
        ("Glove Co: new mitts in lambskin. Their available in small and large.", "Their"),
        ("Library: please tell us witch branch suits you for pickup.", "witch"),
        ("Water Co: your bill is passed due; pay at the link below.", "passed"),
    ],
)
def test_an_english_real_word_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # Plural heads, collective nouns, a pronoun's clause, a preposition's object and a modal agree as written.
        "Kiln Works: the glaze tests have been fired and look even.",
        "Hi {{first_name}}, the team have been brilliant with the move.",
        "Mill Lane: the jars you chose have been packed.",
        "Mill Lane: the lids on your jars have been sealed.",
        "Ferry Co: your season ticket may have expired; check the app.",
        # A noun compound before a noun, and the verb with its -s.
        "Ferry Co: the race start time is 9am; your season ticket expires on Friday.",
        "Quilt Shop: each kit comes with a pattern; your rate hold of 4% ends in May.",
        # A relative or a linking verb before the listed verb: the verb is not the head's.
        "Quilt Shop: the kits that come with a pattern and the orders that have shipped are listed.",
        "Cafe: the doors remain open until 9, and the terrace stays open late.",
        # "do" + an adverb or a possessive in -s.
        "Bakery: the van driver doesn't always take card, and it does its best.",
        "Glove Co: their available sizes are small and large.",
        "Costume Hire: we have a witch costume and a wizard hat in stock.",
        "Water Co: the bill was late; the deadline passed due to the strike.",
    ],
)
def test_the_right_english_word_in_the_same_context_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []


# --- LNG102: Spanish real-word errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Comunidad Los Pinos: el lunes abra una reunión de propietarios en el patio.", "abra"),
        ("Club Remo: el jueves abra votación para elegir la nueva junta.", "abra"),
        ("Comunidad Los Pinos: se cobrara la cuota de agua en la próxima factura.", "cobrara"),
        ("Pescadería Mar: Llego la merluza de anzuelo. Pase por el mostrador.", "Llego"),
    ],
)
def test_a_spanish_real_word_error_is_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Banco Sol: abra una cuenta en línea y reciba la tarjeta en casa.",
        "Comunidad Los Pinos: se prepara la memoria anual; si se cobrara de más, se devolverá.",
        "Hola, Marta: llego el lunes a las 10:00 con las llaves del piso.",
        "Pescadería Mar: llegó la merluza de anzuelo y se separa la basura en el patio.",
    ],
)
def test_the_right_spanish_word_in_the_same_context_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []
