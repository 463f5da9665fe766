"""What the blind sets h48 and h49 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: food, craft and sports words the dictionaries lack (corpora/<lang>/trade-words.txt); (es)
  adjectives of purpose in -torio/-toria of a known verb; a town of the reader's own country opening a sentence.
- False negative, LNG102 (es): "haber" for "a ver" before "cuál"; a preterite of delay or leaving without its accent
  after its subject or "se"; a future without its accent opening a sentence before when. (en) "its"/"their" before an
  adjective and no noun; "are" for "our" after "try"; "you wants"; "Hi X, your laptop have".
"""

from __future__ import annotations

import pytest
from conftest import language_findings

from sendlint.registry import Registry


def _rule(registry: Registry, body: str, locale: str, rule: str) -> list[tuple[str, str]]:
    return [found for found in language_findings(registry, body, locale) if found[0] == rule]


# --- LNG101: false positives ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Esta semana llegan las gyozas de cerdo y el ramen de miso a la carta.", "es-MX"),
        ("Nuevo taller de patchwork y crochet los martes por la tarde.", "es-CL"),
        ("Tus cupcakes de chocolate y los bagels de sésamo ya están en el mostrador.", "es-ES"),
        ("Fresh churros and horchata are on the menu at the market stall this Sunday.", "en-US"),
        ("Bring your hakama to the kendo class; we lend spare ones to beginners.", "en-GB"),
        ("Our suya and jollof platters are ready for collection from 5pm.", "en-NG"),
    ],
)
def test_food_and_craft_words_are_no_typos(registry: Registry, body: str, locale: str) -> None:
    assert _rule(registry, body, locale, "LNG101") == []


@pytest.mark.parametrize(
    ("body", "locale", "typo"),
    [
        ("Esta semana llegan las hamburgesas al menú.", "es-MX", "hamburgesas"),
        ("Our churros are back at the resturant this Sunday.", "en-US", "resturant"),
    ],
)
def test_a_typo_beside_a_food_word_is_still_reported(
    registry: Registry, body: str, locale: str, typo: str
) -> None:
    assert ("LNG101", typo) in _rule(registry, body, locale, "LNG101")


@pytest.mark.parametrize(
    "body",
    [
        "Tu recurso contra las multas cancelatorias se resolverá en diez días.",
        "El trámite homologatorio de tu título sigue en curso.",
    ],
)
def test_adjective_of_purpose_of_a_known_verb_passes(registry: Registry, body: str) -> None:
    assert _rule(registry, body, "es-AR", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "typo"),
    [
        ("El pago compensitorio se acreditará el lunes.", "compensitorio"),
        ("Te enviamos una nota aclaritoria sobre el cobro.", "aclaritoria"),
    ],
)
def test_torio_word_without_a_known_verb_is_still_reported(registry: Registry, body: str, typo: str) -> None:
    assert ("LNG101", typo) in _rule(registry, body, "es-AR", "LNG101")


def test_town_of_the_readers_country_opening_a_sentence_passes(registry: Registry) -> None:
    body = "Tarlac pastry rolls are back this week. Order in the app."
    assert _rule(registry, body, "en-PH", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "locale", "typo"),
    [
        # a town of another country is no reason to skip the word
        ("Tarlac pastry rolls are back this week.", "en-US", "Tarlac"),
        # a typo at a sentence start is still reported in the same locale
        ("Ordr your bowl in the app today.", "en-PH", "Ordr"),
    ],
)
def test_sentence_start_word_that_is_no_local_town_is_still_reported(
    registry: Registry, body: str, locale: str, typo: str
) -> None:
    assert ("LNG101", typo) in _rule(registry, body, locale, "LNG101")


# --- LNG102: false negatives (es) -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Mira el catálogo nuevo haber cuál prefieres para tu cocina.", "haber"),
        ("Tu paquete de semillas ya salio del almacén central.", "salio"),
        ("Tu envío se demoro por la nevada en el puerto.", "demoro"),
        ("Gracias por tu compra. Estara el viernes en tu sucursal.", "estara"),
        ("Lamentamos el retraso. Llegaran el martes 4 de mayo.", "llegaran"),
    ],
)
def test_spanish_real_word_errors_are_reported(registry: Registry, body: str, span: str) -> None:
    assert ("LNG102", span) in [
        (rule, text.lower()) for rule, text in _rule(registry, body, "es-MX", "LNG102")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Va a haber cuatro turnos el sábado.",
        "El atraso del pedido fue por la nevada.",
        "Si llegara el martes, te avisamos por aquí.",
        "Nos pidió que entregara el martes la caja sellada.",
        "Sentimos el retraso: tu pedido salió ayer del almacén.",
    ],
)
def test_spanish_correct_wording_passes(registry: Registry, body: str) -> None:
    assert _rule(registry, body, "es-MX", "LNG102") == []


# --- LNG102: false negatives (en) -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Our chilli jam is back and its lovely on cheese toasties.", "its"),
        ("Pop in for a slice of the plum cake, their delicious.", "their"),
        ("Come taste are seasonal pies at the Saturday market.", "are"),
        ("Let us know if you needs a courtesy phone meanwhile.", "needs"),
        ("Hello Priya, your laptop have been cleaned and the fan replaced.", "have"),
    ],
)
def test_english_real_word_errors_are_reported(registry: Registry, body: str, span: str) -> None:
    assert ("LNG102", span) in _rule(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "The cake keeps its lovely crumb for three days.",
        "The bakers and their delicious loaves are here on Friday.",
        "Come taste our seasonal pies at the Saturday market.",
        "The loan phone we gave you needs charging overnight.",
        "Hello Priya, your laptop and charger have been packed together.",
    ],
)
def test_english_correct_wording_passes(registry: Registry, body: str) -> None:
    assert _rule(registry, body, "en-GB", "LNG102") == []
