"""What the blind sets h60 and h61 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: the Spanish plural in -es of a listed word ending in a consonant or "y" ("morrocoyes" from
  the attested "morrocoy"; measured in round 46: no planted typo's line lost, while the -s plural after a vowel would
  let in "despues"); the other word of a listed phrase ("chaise longue", "kway teow", "nuno felting"); trade words by
  field (felting, cider, natural dyes, carnivorous plants, shearing, Malaysian food) and the Latin American verb
  "digitar", whose forms take enclitic pronouns through the existing rule ("digítelo").
- The Spanish word list no longer holds English e-commerce words a Spanish message should translate (tracking, card,
  ticket(s), shopping, newsletter, login): LNG101 reports them.
- False negative, LNG102: (es) "ahí" for "hay" before a bare noun of what a place offers (parking, room), "abra" for
  "habrá" before a service cut or a strike; (en) "to" for "too" after "its", "leaved" for "left" after an auxiliary, a
  fine, penalty or toll (also after "a/an") with its complement before "are overdue" ("a total of" excluded), "you're"
  after a verb of booking opening a clause.
"""

from __future__ import annotations

import pytest
from conftest import rule_findings as _found

from sendlint.registry import Registry

# --- LNG101: rare correct words -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Refugio Llanero: los morrocoyes que rescatamos ya toman sol en el corral nuevo.", "es-VE", "morrocoyes"),
        ("Refugio Llanero: la morrocoya que apadrinas puso cuatro huevos esta semana.", "es-CO", "morrocoya"),
        ("Mueblería Sol: la chaise longue de terciopelo que pediste llega el lunes.", "es-MX", "longue"),
        ("Banca Norte: su clave temporal es 55 01 90. Digítela en la pantalla del cajero.", "es-CO", "Digítela"),
        ("Fieltros del Sur: en el taller aprenderás a afieltrar lana merino sobre seda.", "es-AR", "afieltrar"),
        ("Sidrería Monte: con la magaya de este año abonamos el manzanal; puedes llevarte un saco.", "es-ES", "magaya"),
        ("Tintes Andinos: este mes teñimos con chilca y nogal; quedan dos plazas.", "es-PE", "chilca"),
        ("Vivero Turbera: las sarracenias que reservaste ya tienen jarras nuevas.", "es-ES", "sarracenias"),
        ("Felt Lane: our nuno felting day runs on Saturday; bring a silk scarf.", "en-GB", "nuno"),
        ("Felt Lane: the merino batts you ordered are bagged and ready.", "en-GB", "batts"),
        ("Orchard Hire: the scratter and the press are cleaned and waiting for pick-up.", "en-GB", "scratter"),
        ("Ridge Shearing: the rousies start at six; the mob will be yarded by then.", "en-NZ", "rousies"),
        ("Ridge Shearing: the rousies start at six; the mob will be yarded by then.", "en-NZ", "yarded"),
        ("Loom House: your khadi kurta has been hemmed and pressed.", "en-IN", "khadi"),
        ("Hawker Box: tonight's set has char kway teow and a small laksa.", "en-SG", "kway"),
        ("Hawker Box: tonight's set has char kway teow and a small laksa.", "en-SG", "teow"),
        ("Hawker Box: tonight's set has char kway teow and a small laksa.", "en-SG", "laksa"),
    ],
)
def test_a_correct_trade_word_or_form_is_not_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word not in [text for text, _ in _found(registry, body, locale, "LNG101")]


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        # A -z word's plural is -ces: the -es plural of a listed word does not take it.
        ("Papelería Sur: ya llegaron los lapizes de colores que pediste.", "es-MX", "lapizes"),
        # The half of a listed phrase alone is still a finding.
        ("Mueblería Sol: el longue que pediste llega el lunes.", "es-MX", "longue"),
        ("Hawker Box: the teow is sold out tonight.", "en-SG", "teow"),
        # English e-commerce words left untranslated in a Spanish message.
        ("Tienda Mar: puedes seguir tu pedido con el tracking del correo.", "es-ES", "tracking"),
        ("Tienda Mar: suscríbete a nuestra newsletter y recibe las novedades.", "es-ES", "newsletter"),
        ("Tienda Mar: paga con tu card en la caja rápida.", "es-ES", "card"),
        ("Cine Luz: compra tus tickets en la taquilla.", "es-MX", "tickets"),
        ("Tienda Mar: haz login con tu correo para ver el pedido.", "es-ES", "login"),
    ],
)
def test_a_misspelling_or_an_untranslated_word_is_still_reported(
    registry: Registry, body: str, locale: str, word: str
) -> None:
    assert word in [text for text, _ in _found(registry, body, locale, "LNG101")]


# --- LNG102: real-word errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Cine Luz: la función del viernes es en la sala 3; ahí aparcamiento para clientes detrás del edificio.", "es-ES", "ahí"),
        ("Agua Clara: el martes abra un corte del suministro en tu calle de 9:00 a 12:00.", "es-CO", "abra"),
        ("Metro Sur: el jueves abra paro de transporte; planifica tu viaje.", "es-AR", "abra"),
        ("Parking Co: renew your permit now, before its to late.", "en-GB", "to"),
        ("Courier: the box was leaved in the shed, as you asked.", "en-AU", "leaved"),
        ("Courier: we have leaved a card in your letterbox.", "en-NZ", "leaved"),
        ("Toll Roads: a toll of $74 for the Harbour crossing are payable by Monday.", "en-AU", "are"),
        ("City Parking: a penalty of £35 for bay 14 are now overdue.", "en-GB", "are"),
        ("Chimney Co: book you're annual sweep before the frost.", "en-GB", "you're"),
        ("Bistro Nine. Reserve you're table for Friday in the app.", "en-IE", "you're"),
    ],
)
def test_a_real_word_error_is_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in [text for text, _ in _found(registry, body, locale, "LNG102")]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Cine Luz: deja el coche ahí, en el aparcamiento de clientes.", "es-ES"),
        ("Cine Luz: ahí tienes aparcamiento gratuito toda la tarde.", "es-ES"),
        ("Agua Clara: cuando termine el corte, abra la llave de paso despacio.", "es-CO"),
        ("Agua Clara: abra la puerta al técnico; el corte dura una hora.", "es-CO"),
        ("Parking Co: the plan is to early-bird pricing next year, and its tone is friendly.", "en-GB"),
        ("Florist: our four-leaved clover pots are back; the leaves are bright.", "en-GB"),
        ("Courier: the parcel was left in the shed, as you asked.", "en-AU"),
        ("Gym Co: a total of three instalments are overdue on your plan.", "en-GB"),
        ("City Parking: a penalty of £35 for bay 14 is now overdue.", "en-GB"),
        ("Library: the book you're holding can be renewed once.", "en-GB"),
        ("Chimney Co: book your annual sweep before the frost.", "en-GB"),
    ],
)
def test_the_right_word_in_the_same_context_passes(registry: Registry, body: str, locale: str) -> None:
    assert _found(registry, body, locale, "LNG102") == []
