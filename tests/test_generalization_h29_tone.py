"""Round 29 (h29): the two tone false positives, fixed by mechanism, and the one miss taken by a lexicon term.

Every sentence is new wording (none comes from the evaluation corpora).

- TON401 read any stock opening that starts its line and is followed by a comma as a salutation, so a clause
  opener ("Por medio del presente, y en virtud de...", "Please be advised, ...") was an impersonal greeting.
  A phrase that starts with a preposition, a pronoun or a verb opens a clause, not a name for the reader:
  ``tone.CLAUSE_OPENING``. "Estimado cliente," and "Dear customer," still fire.
- TON102 read the accounting adjective in "saldo deudor" / "cuenta deudora" as a label for the reader. The
  ``deudor`` entry now has ``not_after`` (saldo, balance, cuenta, posición, interés, movimiento). "Como deudor"
  still fires.
- TON101 (threat lexicon) had "departamento jurídico" but not "servicio jurídico" / "asesoría jurídica"
  (collections: warning; elsewhere info, so a town hall's free legal service passes).
"""

from __future__ import annotations

import pytest
from conftest import tone_warnings as warnings

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule", "span"),
    [
        (
            "Estimado cliente, su abono de temporada ya está activo.",
            "es",
            "transactional",
            "TON401",
            "Estimado cliente",
        ),
        ("Dear customer, your season pass is now active.", "en", "transactional", "TON401", "Dear customer"),
        ("Como deudor, usted debe ponerse al día este mes.", "es", "collections", "TON102", "deudor"),
        (
            "Si no abona antes del viernes, remitiremos el expediente al servicio jurídico.",
            "es",
            "collections",
            "TON101",
            "servicio jurídico",
        ),
        (
            "Su cuota pendiente pasará a nuestra asesoría jurídica el lunes.",
            "es",
            "collections",
            "TON101",
            "asesoría jurídica",
        ),
    ],
)
def test_h29_tone_rules_fire(
    registry: Registry, body: str, locale: str, category: str, rule: str, span: str
) -> None:
    assert (rule, span) in warnings(registry, body, locale, category)


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # a clause opener followed by a comma is not a salutation
        (
            "Por medio de la presente, y conforme al reglamento, se renueva la custodia de los documentos.",
            "es",
            "transactional",
        ),
        ("Please be advised, the archive room stays closed on public holidays.", "en", "transactional"),
        # the accounting adjective
        ("Tu cuenta presenta un saldo deudor de 40 euros por la cuota de mayo.", "es", "transactional"),
        ("Los movimientos deudores del trimestre aparecen en el extracto adjunto.", "es", "transactional"),
        # a legal service outside collections
        ("El ayuntamiento ofrece un servicio jurídico gratuito los martes por la tarde.", "es", "service"),
    ],
)
def test_h29_tone_traps_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert warnings(registry, body, locale, category) == []
