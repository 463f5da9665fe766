"""What the blind sets h96 and h97 showed in clarity and compliance (round 64; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR404 (h96, h97): a collections message gives one debt two close sums (a transposed figure, a price
  and a balance that disagree) and no word says how they relate.
- False negative, CLR303 (h96): "something" as the news («algo cambia con su pedido», "something big is coming") and a
  label that only promises more («Más información aquí:», "See more:") say nothing of the link after them.
- False negative, CMP403 (h97): India's PAN (the tax number) after its label.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR404, one debt given two close sums (false negatives) ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}: la matrícula del curso de cerámica es de 2.460 pesos. Transfiere los 2.640 pesos antes del viernes.", "es-MX", "2.640 pesos"),
        ("Hola, {{nombre}}: tu renta del casillero es de S/ 85. El lunes cobraremos S/ 95 a tu tarjeta.", "es-PE", "S/ 95"),
        ("Hi {{first_name}}, your allotment fee for the year is £72. Please pay the £82 owed at https://greenplots.co.uk/pay.", "en-GB", "£82"),
        ("Hi {{first_name}}, the term's swim lessons cost A$315. We'll take A$351 from your card on Monday.", "en-AU", "A$351"),
    ],
)
def test_two_close_sums_for_one_debt_are_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="whatsapp", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # the relation is named: a fee, a part received, what is left, a reduction
        ("Hola, {{nombre}}: tu renta del casillero es de S/ 85, con un recargo por mora de S/ 10 que suma S/ 95.", "es-PE", "collections"),
        ("Hola, {{nombre}}: recibimos 2.460 pesos de tu matrícula; el resto, 2.640 pesos, vence el viernes.", "es-MX", "collections"),
        ("Hi {{first_name}}, we received £72 towards your allotment; £82 is left to pay by Friday.", "en-GB", "collections"),
        ("Hi {{first_name}}, your fine of £82 drops to £72 if you pay by Friday.", "en-GB", "collections"),
        # the sums are far apart (a debt and its instalment), or in two currencies
        ("Hi {{first_name}}, the term's swim lessons cost A$315. We'll take A$105 from your card on Monday.", "en-AU", "collections"),
        ("Hi {{first_name}}, your balance is US$100, that is €92 at today's rate.", "en-US", "collections"),
        # one sum said twice, three sums, or another category
        ("Hola, {{nombre}}: tu renta del casillero es de S/ 85. Paga los S/ 85 en la app.", "es-PE", "collections"),
        ("Hi {{first_name}}, lessons are A$315, the pool pass A$330 and the kit A$320.", "en-AU", "collections"),
        ("Hi {{first_name}}, boots were £72 and are now £82 in the new range. Shop at https://bootery.co.uk.", "en-GB", "marketing"),
    ],
)
def test_related_far_or_single_sums_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="whatsapp", category=category) == []


# --- clarity: CLR303, "something" news before a label that only promises more (false negatives) ----------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Vivero Las Hiedras: algo nuevo llega a tu jardín este otoño. Ver más: https://lashiedras.mx/o", "es-MX", "https://lashiedras.mx/o"),
        ("Taller Roble: algo ha cambiado en su reserva. Más detalles aquí: https://tallerroble.es/r/55", "es-ES", "https://tallerroble.es/r/55"),
        ("Kestrel Climbing: something exciting lands at the wall next month. Learn more: https://kestrelclimb.com/n", "en-GB", "https://kestrelclimb.com/n"),
        ("Kestrel Climbing: something has changed with your booking. More info here: https://kestrelclimb.com/b/55", "en-GB", "https://kestrelclimb.com/b/55"),
    ],
)
def test_something_news_before_a_more_label_leaves_the_link_bare(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # real news before the label describes the link
        ("Vivero Las Hiedras: el sábado regalamos esquejes de hiedra en la tienda. Ver más: https://lashiedras.mx/o", "es-MX"),
        ("Kestrel Climbing: your Tuesday session moves to 7 pm. More info here: https://kestrelclimb.com/b/55", "en-GB"),
        # "something" that is no news, or a label that says what the link holds
        ("Kestrel Climbing: something to keep in mind before your first session. Read our safety guide: https://kestrelclimb.com/g", "en-GB"),
        ("Taller Roble: algo ha cambiado en su reserva. Vea la nueva hora en https://tallerroble.es/r/55", "es-ES"),
    ],
)
def test_news_or_a_described_link_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="service") == []


# --- compliance: CMP403, India's PAN after its label (false negative) ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Hi {{first_name}}, your Form 16 is ready. It lists your PAN: KLMPD7788Q and this year's tax deducted.", "KLMPD7788Q"),
        ("Vendor registered: Ardent Foods Pvt Ltd, Permanent Account Number AAHCA1234F.", "AAHCA1234F"),
    ],
)
def test_a_labelled_pan_is_flagged(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="en-IN", channel="email", category="service") == [span]


@pytest.mark.parametrize(
    "body",
    [
        # no label, a card's number after "PAN" (CMP401's), a holder type that does not exist, or only the card named
        "Your order KLMPD7788Q has shipped.",
        "Please bring your PAN card and one photo to the branch.",
        "The PAN on file is KLMXD7788Q.",
    ],
)
def test_an_unlabelled_or_misshapen_pan_passes(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="en-IN", channel="email", category="service") == []
