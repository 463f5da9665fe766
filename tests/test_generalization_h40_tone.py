"""Round 36 (blind sets h40 and h41): the tone misses and false positives taken outside TON112.

Every sentence is new wording (none comes from the evaluation corpora). TON102's blame lexicon gained the reader's
carelessness given as the cause ("por descuido tuyo") and people like the reader labelled careless ("gente
descuidada", "careless customers"); TON101 leaves the reader's own state in a marketing loan offer ("¿reportado en
centrales de riesgo?", "con el sueldo embargado") at info; TON301 reads "haz" before a past participle as the
auxiliary "has" misspelt, not the tú imperative. Each fires (or passes) as its twin says, and similar innocent
wording passes.
"""

from __future__ import annotations

import pytest
from conftest import tone_warnings

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Por descuido tuyo, el seguro no cubre el cambio de pantalla.",
            "es",
            "service",
            "Por descuido tuyo",
        ),
        (
            "El daño se produjo por descuido suyo, así que el arreglo corre por su cuenta.",
            "es",
            "service",
            "por descuido suyo",
        ),
        (
            "Por culpa de gente descuidada perdimos media cosecha de fresas.",
            "es",
            "service",
            "gente descuidada",
        ),
        (
            "Clientes descuidados como estos nos obligan a subir los precios.",
            "es",
            "service",
            "Clientes descuidados",
        ),
        (
            "Careless customers like these are why half the kits came back broken.",
            "en",
            "service",
            "Careless customers",
        ),
        ("We lost the whole batch because of careless people.", "en", "service", "careless people"),
    ],
)
def test_the_readers_carelessness_as_the_cause_is_blame(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert ("TON102", span) in tone_warnings(registry, body, locale, category)


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Incluso si se rompe por un descuido tuyo, te lo reparamos gratis.", "es", "marketing"),
        ("Un descuido lo tiene cualquiera: reserva otra cita cuando quieras.", "es", "service"),
        ("Even a careless moment is covered by the new plan.", "en", "marketing"),
        ("No one is careless on purpose: call us if something breaks.", "en", "service"),
    ],
)
def test_carelessness_not_put_on_the_reader_passes(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert [f for f in tone_warnings(registry, body, locale, category) if f[0] == "TON102"] == []


def test_the_readers_own_state_in_a_loan_offer_is_no_threat(registry: Registry) -> None:
    offer = (
        "Créditos Norte: ¿reportado en centrales de riesgo? Te prestamos aunque tengas la nómina embargada."
    )
    assert [f for f in tone_warnings(registry, offer, "es", "marketing") if f[0] == "TON101"] == []


def test_the_report_and_the_seizure_threatened_in_collections_still_count(registry: Registry) -> None:
    notice = "Si no paga hoy, será reportado en centrales de riesgo y su cuenta quedará embargada."
    found = tone_warnings(registry, notice, "es", "collections")
    assert ("TON101", "reportado en centrales de riesgo") in found
    assert ("TON101", "embargada") in found


def test_haz_before_a_participle_is_the_auxiliary_not_the_imperative(registry: Registry) -> None:
    body = "Te escribimos porque haz olvidado renovar el abono. Podés hacerlo en la web."
    assert [f for f in tone_warnings(registry, body, "es", "service") if f[0] == "TON301"] == []


def test_the_imperative_haz_still_mixes_with_usted(registry: Registry) -> None:
    body = "Haz clic en el enlace y usted podrá ver el estado de su pedido."
    assert ("TON301", "usted") in tone_warnings(registry, body, "es", "service")
