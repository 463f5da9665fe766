"""CLR107 interrupted-clause: a relative word interrupted at once by a condition, an exception or a reference that
holds another relative clause, in a sentence of 25 words or more (round 45, HELDOUT-2026-12-06-h58.md). New wording
only: none of these lines is in the corpora."""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Vivero Almendro: la poda que, de no confirmarse la fecha que te propusimos para la visita de marzo, "
            "quedaría pendiente hasta la primavera, incluye también la revisión del riego por goteo.",
            "es-MX",
            "que, de no",
        ),
        (
            "Taller Brisa: el presupuesto, el cual, salvo que el repuesto que encargamos a Italia llegue antes del "
            "jueves, tendría que revisarse otra vez, sigue guardado en tu ficha de cliente.",
            "es-ES",
            "el cual, salvo",
        ),
        (
            "Copperfield Tiles: the order, which, if the supplier who cut the first batch cannot match the glaze by "
            "Monday, we would have to split into two deliveries, is still on schedule for now.",
            "en-GB",
            "which, if",
        ),
        (
            "Brightwater Dental: the patient who, unless the referral that your doctor sent is approved before the "
            "end of the month, has to pay the deposit will receive a separate letter with the amount.",
            "en-US",
            "who, unless",
        ),
    ],
)
def test_an_interrupted_clause_that_nests_another_in_a_long_sentence_is_reported(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert finding_texts(registry, "CLR107", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # The same shape in a short sentence: the reader keeps the thread.
        ("Vivero Almendro: te recordamos que, si necesitas ayuda con la poda que encargaste, estamos aquí.", "es-AR"),
        ("Copperfield Tiles: good news that, because so many of you asked, the glaze that sold out is back.", "en-GB"),
        # A long sentence whose insertion holds no second relative clause.
        (
            "Taller Brisa: le informamos que, según lo acordado en la reunión del lunes con el equipo de obra y el "
            "arquitecto, la entrega de las ventanas nuevas se retrasa hasta el viernes por la tarde.",
            "es-ES",
        ),
        (
            "Brightwater Dental: please note that, if your appointment on Thursday morning has to move for any reason "
            "at all, our front desk will call you the day before with two new times to choose from.",
            "en-US",
        ),
        # A long sentence with relatives in a row, none interrupted at once.
        (
            "Vivero Almendro: los árboles que elegiste en la feria ya están en el vivero y el técnico que te visitará "
            "el martes traerá las estacas que pediste para el huerto de la escuela.",
            "es-CL",
        ),
    ],
)
def test_the_shape_without_its_length_or_its_nested_clause_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CLR107", body=body, locale=locale, category="service") == []
