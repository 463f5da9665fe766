"""What the blind sets h94 and h95 showed in clarity and compliance (round 63; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR503 (h95): a clipped word right before a code in capitals ("Solic. RGV", "Outst. DVX") is the
  sender's shorthand running on, not a sentence's end; a name after a title or an initial, or one that ends a sentence,
  is not counted.
- False negative, CLR107 (h94): a relative interrupted at once by an exception or an addition ("which, apart from",
  «que, aparte de») or, in Spanish, by "al" and an infinitive («que, al no haberse podido cargar»), with a relative
  nested after it, in a long sentence.
- Earlier blind miss, CLR107 (h82): two relatives set off by commas back to back, the comma that closes the first
  opening the second, beside a condition: both are read.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR503, a clipped word before a code in capitals (false negative) --------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Talleres Brisa: tu coche ya pasó la revisión. Solic. RGV y presup. de frenos en tu área.", "es-ES", "Solic."),
        ("Brookfield Motors: your van is ready. Outst. DVX + recalc. on file.", "en-GB", "Outst."),
        ("Brookfield Motors: van ready; outst. DVX + recalc. on file.", "en-GB", "outst."),
    ],
)
def test_a_clipped_word_before_a_code_is_shorthand(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # two abbreviations only: under the rule's three
        ("Talleres Brisa: tu coche ya pasó la revisión. Solic. RGV y el presupuesto de frenos en tu área.", "es-ES"),
        ("Brookfield Motors: your van is ready. Outst. DVX on file.", "en-GB"),
        # a dictionary word ends the sentence before the code
        ("Brookfield Motors: your van is ready. DVX + recalc. on file.", "en-GB"),
        # a name after a street's type, an initial or a title ends the sentence before the code
        ("Talleres Brisa: recoge tu coche en la Av. Luperón. RGV y presup. en tu área.", "es-DO"),
        ("Brookfield Motors: collect the keys from Jo. Smythe. DVX + recalc. on file.", "en-GB"),
        ("Brookfield Motors: collect the keys from Mrs Smythe. DVX + recalc. on file.", "en-GB"),
    ],
)
def test_a_sentence_end_or_a_name_before_a_code_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR107, a relative cut by an exception or by "al" + infinitive (false negatives) -----------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi {{first_name}}, Moorland Knitters here. The pattern pack, which, apart from the buttons, unless you kept "
         "some from the spring class, which most of you did, has everything you need, goes out on Monday.", "en-GB",
         "which, apart from"),
        ("Hi {{first_name}}, the studio pass, which, other than the kiln room, where the glaze that you ordered is kept, "
         "covers every room in the building, is ready at the front desk.", "en-US", "which, other than"),
        ("Hola, {{nombre}}: te escribe Lanas Ribera. El kit del taller, que, aparte de las agujas, salvo que te sobraran "
         "del curso de otoño, que es lo habitual, trae todo lo necesario, sale el lunes.", "es-ES", "que, aparte de"),
        ("Hola, {{nombre}}: la cuota del curso, que, al no haberse podido cargar en la cuenta que nos diste en la "
         "matrícula de septiembre, sigue pendiente, vence el lunes por la tarde.", "es-ES", "que, al no haberse"),
    ],
)
def test_a_relative_cut_by_an_exception_is_interrupted(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the exception holds no relative of its own
        ("Hi {{first_name}}, Moorland Knitters here. The pattern pack, which, apart from the buttons, has everything you "
         "need for the spring class and the summer one, goes out on Monday morning by post.", "en-GB"),
        ("Hola, {{nombre}}: te escribe Lanas Ribera. El kit, aparte de las agujas, trae todo lo necesario para el curso "
         "de otoño y el de primavera, y sale el lunes por la mañana desde nuestra tienda del centro.", "es-ES"),
        # "al final" is no infinitive, and the sentence is short
        ("Hola, {{nombre}}: la cuota del curso, que, al final, cargamos en la cuenta que nos diste, ya está pagada.",
         "es-ES"),
        # the same shape in a short sentence
        ("Hi {{first_name}}, the pack, which, apart from the buttons that you have, is complete, ships Monday.", "en-GB"),
    ],
)
def test_an_exception_without_a_nested_relative_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- clarity: CLR107, two relatives back to back, one comma closing the first and opening the second --------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi {{first_name}}, we can, if the walnut, which is the same batch as your last table unless the mill, which has "
         "been slow, sends a new one, arrives by Friday, finish your sideboard this month.", "en-GB",
         "which is the same batch as your last table unless the mill"),
        ("Hola, {{nombre}}: podemos, si el nogal, que es del mismo lote que tu última mesa salvo que el aserradero, que va "
         "con retraso, mande otro, llega el viernes, terminar tu aparador este mes.", "es-ES",
         "que es del mismo lote que tu última mesa salvo que el aserradero"),
    ],
)
def test_relatives_sharing_a_comma_are_both_read(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # two relatives and no condition or exception set off between commas
        ("Hi {{first_name}}, the walnut, which is the same batch as your last table, which you loved, arrives on Friday, "
         "and we will finish your sideboard by the end of this month.", "en-GB"),
        ("Hola, {{nombre}}: el nogal, que es del mismo lote que tu última mesa, que te encantó, llega el viernes, y "
         "terminaremos tu aparador antes de que acabe este mes sin falta.", "es-ES"),
    ],
)
def test_relatives_without_an_insertion_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="whatsapp", category="service") == []
