"""What the blind sets h132 and h133 showed in the language family, as classes of wording (the lone English words in
Spanish lines, "spin pole", "dry tooling", "check", the typo-shaped "ferrata", "buon", "dogman" and the Italian
"intonaco" in a Spanish line are left reported, see the report).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- LNG101, English: the instrument noun in "-ifier" of a Latin root whose "-ific" adjective is known ("calorifiers" from
  calorific); a typo of a listed "-ifier" ("humidifer"), a root with no "-ific" adjective ("clasifier") and a clipped
  ending ("calorifer") stay reported. Spanish makes its instrument on the verb, by the older "-dor" class
  ("dosificador" passes, "dosificadro" stays reported).
- LNG102, English: "good" for "well" after a verb of doing or lasting ("held up good in", "works good too"); linking
  verbs ("looks good", "turned out good"), the idiom "holds good" and "good" before its noun ("sell good thread") pass.
  Spanish writes "bien" there and has no such slip to catch; its sentences pass.
- LNG102, Spanish: "porque" for "por qué" after "saber" governed by a verb of wanting or needing ("¿necesitas saber
  porque subió...?"); the accented question and a causal "porque" after "saberlo" pass. English "know why" has no
  such pair; its sentence passes.
"""

from __future__ import annotations

import pytest
from conftest import rule_findings

from sendlint.registry import Registry


def _texts(registry: Registry, body: str, locale: str, rule: str) -> list[str]:
    return [text for text, _severity in rule_findings(registry, body, locale, rule)]


# --- LNG101, English: the instrument noun in -ifier of a known -ific adjective -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Boiler Co: our engineer will descale both calorifiers in the boiler house on Friday.", "en-GB"),
        ("Heat Works: the new calorifier is smaller, so the cupboard door will close again.", "en-AU"),
        ("Piscinas Sol: el técnico cambiará el dosificador de cloro de la piscina el lunes.", "es-ES"),
    ],
)
def test_an_instrument_noun_of_a_known_ific_adjective_passes(registry: Registry, body: str, locale: str) -> None:
    assert rule_findings(registry, body, locale, "LNG101") == []


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Boiler Co: our engineer will descale the calorifer in the boiler house on Friday.", "en-GB", "calorifer"),
        ("Studio Co: the humidifer in the dark room has been replaced.", "en-US", "humidifer"),
        ("Mill Co: the new clasifier sorts the grain by size.", "en-GB", "clasifier"),
        ("Piscinas Sol: el técnico cambiará el dosificadro de cloro de la piscina el lunes.", "es-ES", "dosificadro"),
    ],
)
def test_a_typo_shaped_instrument_noun_is_still_reported(
    registry: Registry, body: str, locale: str, word: str
) -> None:
    assert word in _texts(registry, body, locale, "LNG101")


# --- LNG102, English: "good" for "well" after a verb of doing or lasting ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "expected"),
    [
        ("Hem Co: the new seams held up good in the wash, and the zip works good too.", "en-US", ["good", "good"]),
        ("Kart Club: your kart ran good during practice; see you at the final.", "en-GB", ["good"]),
        ("Shoe Co: the wider boots fit good, so we've sent the second pair.", "en-CA", ["good"]),
    ],
)
def test_good_for_well_after_a_verb_of_doing_is_reported(
    registry: Registry, body: str, locale: str, expected: list[str]
) -> None:
    assert _texts(registry, body, locale, "LNG102") == expected


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hem Co: the jacket looks good, the photos turned out good and we sell good thread.", "en-US"),
        ("Hem Co: the voucher holds good until May; the seams held up well in the wash.", "en-GB"),
        ("Taller Hilo: la costura aguantó bien en el lavado y el cierre funciona bien.", "es-MX"),
        ("Taller Hilo: la chaqueta quedó buena y las fotos salieron bien.", "es-AR"),
    ],
)
def test_good_after_a_linking_verb_or_before_its_noun_passes(registry: Registry, body: str, locale: str) -> None:
    assert rule_findings(registry, body, locale, "LNG102") == []


# --- LNG102, Spanish: "porque" for "por qué" after a wanted "saber" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Banco Sur: ¿necesitas saber porque subió tu cuota? Te lo explicamos en la app.", "es-MX"),
        ("Seguros Río: si quieres saber porque cambió tu prima, llámanos.", "es-CO"),
        ("Clínica Mar: te escribimos para saber porque no viniste a la cita del martes.", "es-ES"),
    ],
)
def test_porque_after_a_wanted_saber_is_reported(registry: Registry, body: str, locale: str) -> None:
    assert _texts(registry, body, locale, "LNG102") == ["porque"]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Banco Sur: ¿quieres saber por qué subió tu cuota? Te lo explicamos en la app.", "es-MX"),
        ("Banco Sur: revisa tu cuota; es útil saberlo porque así planeas tus pagos.", "es-AR"),
        ("Bank Co: want to know why your rate went up? We explain it in the app.", "en-US"),
    ],
)
def test_the_accented_question_and_a_causal_porque_pass(registry: Registry, body: str, locale: str) -> None:
    assert rule_findings(registry, body, locale, "LNG102") == []
