"""Round 24 (h24): TON301's two false positives and a TON112 sentence with a placeholder between its signals.

Every sentence is new wording (none comes from the evaluation corpora).

- TON301 read an infinitive with "te" that names the sender before its colon ("Oírte: su audífono...")
  as the reader addressed in tú. A brand prefix addresses nobody.
- TON301 read a usted verb after a relative clause set off by commas ("salvo que el propietario, que
  está de viaje, diga...") as the reader addressed in usted. The noun before the clause is the verb's
  subject, a third person. A verb after a comma with no such subject still counts.
- TON112 dropped a sentence whose signals sat on both sides of a placeholder ("a shame if {{pet}}
  missed ..., wouldn't it"). Now the first signal stands for the sentence.
"""

from __future__ import annotations

import pytest
from conftest import fired_tone_patterns

from sendlint.address import mixed_address
from sendlint.registry import Registry


@pytest.mark.parametrize(
    "text",
    [
        "Verte: su pedido de plantillas ya está listo. Le esperamos en la tienda de Surco.",
        "Contarte: su libro de cuentos llegó a la librería. Le guardamos un ejemplar.",
        "La comunidad avisó que, salvo que la administradora, que hoy no está, firme otra cosa, el portal se pinta en mayo. Revisa tu buzón.",
        "Nos dijeron que, si el técnico, que viene desde Lima, llegue o no a tiempo, cambiamos la cita. Te avisamos por la app.",
    ],
)
def test_ton301_no_address_in_a_sender_prefix_or_a_third_persons_verb(text: str) -> None:
    assert mixed_address(text) is None


@pytest.mark.parametrize(
    ("text", "tu", "usted"),
    [
        # a tú imperative with "te" before a colon is the reader addressed, not a sender's name
        ("Inscríbete: quedan plazas. Llame al 555 0142 si tiene dudas.", "Inscríbete", "Llame"),
        # a comma with no relative clause after a noun: the usted verb is still the reader's
        ("Revisa tu correo y, cuando pueda, conteste con su número de socio.", "Revisa", "conteste"),
        # a relative clause after a name the reader is told about, then a usted order to the reader
        (
            "Si tienes dudas, llama y, cuando el técnico te conteste, diga su número de pedido.",
            "tienes",
            "diga",
        ),
    ],
)
def test_ton301_real_mixes_still_flag(text: str, tu: str, usted: str) -> None:
    pair = mixed_address(text)
    assert pair is not None
    assert {cue.text for cue in pair} == {tu, usted}


def test_ton112_reports_the_first_signal_when_a_placeholder_sits_between(registry: Registry) -> None:
    body = "Aún no tenemos la llave. Sería una pena que {{mascota}} se quedara sin paseo, ¿no crees?"
    assert fired_tone_patterns(registry, body, "es", "service", rules=("TON112",)) == [
        ("TON112", "Sería una pena")
    ]
    body = "It would be a pity if {{pet_name}} had to skip the groomer, wouldn't it?"
    assert fired_tone_patterns(registry, body, "en", "service", rules=("TON112",)) == [
        ("TON112", "would be a pity")
    ]
