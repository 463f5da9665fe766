"""What the blind sets h130 and h131 showed in LNG102 (confused words and agreement), as classes of wording (LNG101 and the
other families are other helpers'; "quedaran en" is left, see the report).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- LNG102, Spanish: "tu" with an adverb before a second-person verb ("tu solo tienes", "tu también puedes"); "halla" before
  an irregular participle ("lo halla hecho"); the future of "ser" or "estar" without its accent before a participle ("sera
  enviado", "estaran cerrados").
- LNG102, English: "weather" after a verb of checking before a possessive and a long subject ("check weather your cat's
  vaccination card is"); "it's" after "before/after/until" before an ordinal or an event noun ("before it's renewal
  date"); "there" after a verb of finishing work before a noun ("completed there survey").
- LNG102, agreement in both languages: English a plural noun before a verb in "-s" ("the walks follows") and a singular
  noun opening a clause before a bare verb ("The tour take place"); their Spanish counterparts are older classes ("las
  clases empieza", "el taller abren"), tested here beside them.
"tu"/"tú", "halla", "sera", "weather", "it's" and "there" have no counterpart in the other language.
"""

from __future__ import annotations

import pytest
from conftest import rule_findings

from sendlint.registry import Registry


def _texts(registry: Registry, body: str, locale: str) -> list[str]:
    return [text for text, _severity in rule_findings(registry, body, locale, "LNG102")]


# --- LNG102, Spanish: tú with an adverb / halla + irregular participle / sera + participle --------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Escuela Vela: el bote lo preparamos nosotros, tu solo tienes que traer agua.", "tu"),
        ("Escuela Vela: si el viento sube, tu también puedes volver antes.", "tu"),
        ("Escuela Vela: si llueve, tu nunca debes salir sin chaleco.", "tu"),
        ("Tintorería Sur: avísanos cuando lo halla visto el encargado.", "halla"),
        ("Tintorería Sur: una vez que se lo halla devuelto, te escribimos.", "halla"),
        ("Tintorería Sur: el abrigo sera entregado el martes por la tarde.", "sera"),
        ("Tintorería Sur: los locales estaran cerrados por inventario.", "estaran"),
        ("Tintorería Sur: tus camisas seran planchadas mañana.", "seran"),
    ],
)
def test_spanish_accent_and_homophone_classes_are_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _texts(registry, body, "es-AR")


@pytest.mark.parametrize(
    "body",
    [
        "Escuela Vela: tu solo de guitarra cerró la fiesta del club.",
        "Escuela Vela: te espera en el muelle tu siempre puntual instructor.",
        "Tintorería Sur: el encargado lo halla siempre en el mostrador.",
        "Tintorería Sur: el local se halla frente a la plaza.",
        "Tintorería Sur: la sera de mimbre va en el estante de arriba.",
        "Tintorería Sur: el abrigo será entregado el martes por la tarde.",
    ],
)
def test_spanish_accent_and_homophone_traps_pass(registry: Registry, body: str) -> None:
    assert _texts(registry, body, "es-AR") == []


# --- LNG102, English: weather before a possessive / it's after before-after-until / there after a verb of work -----------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Pet Clinic: please confirm weather your cat's vaccination card is up to date.", "weather"),
        ("Pet Clinic: let us know weather their new puppy's papers have arrived.", "weather"),
        ("Boat Co: wax the hull before it's annual survey.", "it's"),
        ("Boat Co: we check every engine before it's inspection window opens.", "it's"),
        ("Boat Co: the surveyors carried out there inspection of the hull on Friday.", "there"),
        ("Boat Co: the riggers will begin there assessment at the mast.", "there"),
    ],
)
def test_english_homophone_classes_are_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _texts(registry, body, "en-GB")


@pytest.mark.parametrize(
    "body",
    [
        "Pet Clinic: check the weather before your walk; a coat helps your dog weather the cold.",
        "Pet Clinic: these tips help your puppy weather its first winter.",
        "Boat Co: wax the hull before it's launched, and call us until it's ready.",
        "Boat Co: we'll sail before it's collection time on Saturday.",
        "Boat Co: the surveyors finished there at noon and started there on Monday.",
        "Boat Co: the riggers did there what they could.",
    ],
)
def test_english_homophone_traps_pass(registry: Registry, body: str) -> None:
    assert _texts(registry, body, "en-GB") == []


# --- LNG102, agreement: a plural noun before a verb in -s / a singular noun before a bare verb ----------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Hill Walks: the guided walks follows the ridge path.", "en-GB", "follows"),
        ("Hill Walks: on Sunday the ridge climbs leaves from the car park.", "en-GB", "leaves"),
        ("Hill Walks: thanks for booking. The ridge tour take place on Sunday.", "en-GB", "take place"),
        ("Hill Walks: sorry, but the shuttle depart from the north gate today.", "en-GB", "depart"),
        ("Caminatas Sur: gracias por reservar; las caminatas empieza a las 8.", "es-AR", "empieza"),
    ],
)
def test_agreement_errors_are_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _texts(registry, body, locale)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hill Walks: the guided walks follow the ridge path.", "en-GB"),
        ("Hill Walks: the hut by the lakes opens at nine, and the rent always seems fair.", "en-GB"),
        ("Hill Walks: one of the guides needs a lift, and the news comes out on Friday.", "en-GB"),
        ("Hill Walks: this year the Philippines sends a team.", "en-GB"),
        ("Hill Walks: the ridge tour takes place on Sunday; will the tour take place in rain?", "en-GB"),
        ("Hill Walks: the team need to see your boots.", "en-GB"),
        ("Hill Walks: boots stay outside, so the rest remain dry.", "en-GB"),
        ("Caminatas Sur: las caminatas empiezan a las 8 y el guía llega antes.", "es-AR"),
    ],
)
def test_agreement_traps_pass(registry: Registry, body: str, locale: str) -> None:
    assert _texts(registry, body, locale) == []
