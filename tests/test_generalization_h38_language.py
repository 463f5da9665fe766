"""What the blind sets h38 and h39 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: the epithet of a scientific name after its genus ("Ficus lyratum"); a unit between its
  quantity and its divisor ("4 mmol/L"); a quinolone's Latin American feminine INN ("marbofloxacina"); word-list
  entries (picual, cartola).
- False negative, LNG102: "este" for "esté" after a conjunction of the subjunctive; a plural noun and "que tienes"
  before a singular participle; a stray apostrophe in a counted plural; "grate" for "great"; "their" for "they're"
  after a conjunction before a preposition or an adverb; "it's" for "its" before a two-word noun and its verb; a
  singular noun with "of" and an amount before a plural verb.
"""

from __future__ import annotations

import pytest
from conftest import language_findings

from sendlint.registry import Registry

# --- LNG101: scientific names, units of a measure, INN feminines, trade words -----------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Tu higuera (Ficus lyratum) necesita riego cada cinco días en verano.", "es"),
        ("Your new shrub, Buxus sempervirens, likes partial shade and moist soil.", "en"),
        ("Resultados: potasio 4 mmol/L, dentro de lo normal para su edad.", "es"),
        ("Dosis para Toby: marbofloxacina una vez al día durante cinco días.", "es"),
        ("Ya llegó el aceite picual de la nueva cosecha a nuestra tienda.", "es"),
        ("Revisa el movimiento en tu cartola mensual desde la app.", "es-CL"),
    ],
)
def test_real_words_of_a_trade_are_not_misspellings(registry: Registry, body: str, locale: str) -> None:
    assert [found for found in language_findings(registry, body, locale) if found[0] == "LNG101"] == []


@pytest.mark.parametrize(
    ("body", "locale", "typo"),
    [
        # A Latin ending after a capitalised word is read only on a word of five letters or more: "Elige tus" stays an
        # untranslated Spanish phrase in an English message.
        ("Your order is ready. Elige tus regalos in the app before Friday.", "en", "tus"),
        # A word between a number and a plain word is no unit: "minutos" stays a Spanish word in an English message.
        ("The driver will arrive in 20 minutos with your parcel.", "en", "minutos"),
        # A typo with a Latin ending and no genus before it is still reported.
        ("Hola, el paquete ya ha salidus del almacén.", "es", "salidus"),
    ],
)
def test_shapes_without_their_context_are_still_reported(
    registry: Registry, body: str, locale: str, typo: str
) -> None:
    assert ("LNG101", typo) in language_findings(registry, body, locale)


# --- LNG102: "esté" after a conjunction of the subjunctive --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "slip"),
    [
        ("Te llamamos cuando este listo tu abrigo para recogerlo.", "este"),
        ("Lleva chubasquero aunque este despejado por la mañana.", "este"),
        ("No uses la cama elástica mientras este mojada la lona o este lloviendo.", "este"),
    ],
)
def test_demonstrative_for_the_subjunctive_is_reported(registry: Registry, body: str, slip: str) -> None:
    assert ("LNG102", slip) in language_findings(registry, body, "es")


@pytest.mark.parametrize(
    "body",
    [
        "Te avisamos cuando este pedido salga del almacén.",
        "Aunque este seguro cubre el robo, revisa las exclusiones.",
        "Cuando este comando falle, reinicia el equipo.",
        "Te llamamos cuando esté listo tu abrigo para recogerlo.",
    ],
)
def test_demonstrative_with_its_noun_passes(registry: Registry, body: str) -> None:
    assert [found for found in language_findings(registry, body, "es") if found[0] == "LNG102"] == []


# --- LNG102: "tener" with a participle agrees with its plural object --------------------------------------------------


def test_singular_participle_after_a_plural_object_is_reported(registry: Registry) -> None:
    body = "Recuerda que las entradas que tienes reservada caducan el domingo."
    assert ("LNG102", "reservada") in language_findings(registry, body, "es")


@pytest.mark.parametrize(
    "body",
    [
        "Recuerda que las entradas que tienes reservadas caducan el domingo.",
        "Dinos los días que tienes previsto venir al taller.",
    ],
)
def test_agreeing_or_invariable_participle_passes(registry: Registry, body: str) -> None:
    assert [found for found in language_findings(registry, body, "es") if found[0] == "LNG102"] == []


# --- LNG102: English real-word slips ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "slip"),
    [
        ("Our pottery course has three place's remaining this term.", "place's"),
        ("Book early: only several slot's available on Sunday.", "slot's"),
        ("The new menu is a grate deal for families.", "grate"),
        ("Grab the jackets when their on sale this weekend.", "their"),
        ("Thanks for the photos; it's rear panel looks scratched, so we'll replace it.", "it's"),
        ("An admin fee of $25 were added to your account.", "were"),
    ],
)
def test_english_slips_are_reported(registry: Registry, body: str, slip: str) -> None:
    assert ("LNG102", slip) in language_findings(registry, body, "en")


@pytest.mark.parametrize(
    "body",
    [
        "Two children's tickets are included with the family pass.",
        "One hour's free parking comes with every visit.",
        "Clean the grate before you light the stove.",
        "Grab the jackets while their in-store stock lasts.",
        "When their order arrives, we'll text them.",
        "It's vital everyone is on the boat by nine.",
        "It's the way it is with older bells.",
        "A total of 40 have already signed up for the course.",
        "A party of 6 are booked for the tasting.",
    ],
)
def test_english_traps_pass(registry: Registry, body: str) -> None:
    assert [found for found in language_findings(registry, body, "en") if found[0] == "LNG102"] == []
