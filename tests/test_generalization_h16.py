"""What the sixteenth blind set (h16) showed over-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it.

- False positive, LNG101 (es): diminutives ("-ito", "-cito", "-ecito": "bollitos", "cafecito", "panecito") and
  absolute superlatives ("-ísimo", "-císimo", "-bilísimo": "cansadísima", "felicísimo", "amabilísimo") of known
  words; "re-" before a known word of 8+ letters ("reinstalaremos"); "expensa" (Río de la Plata fees) and the
  owners who pay them; the chat shortening "qda" (CLR501's).
- False positive, LNG101 (es, en): clipped abbreviations with a period: before a comma ("reprog.,"), before a code
  with a digit ("cláus. B4"), or (Spanish) cut after a letter no Spanish word ends in ("Excl. renov.").
- False positive, CLR301: an invitation put as a question is a call to action ("¿Por qué no pruebas...?", "Why not
  try...?"); a question about what happened is not.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- language: LNG101 false positives -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Horno Real: hoy hay bollitos de canela y un cafecito de regalo.", "es-MX", False),
        ("Horno Real: el panecito de avena sale a las 8.", "es-PE", False),
        ("Gimnasio Roble: sabemos que terminaste cansadísima; el equipo es amabilísimo y estará felicísimo de ayudarte.", "es-CO", False),
        ("Redes Norte: mañana reinstalaremos el enrutador de tu oficina.", "es-VE", False),
        ("Edificio Las Lomas: la expensa de abril vence el 10; gracias a todos los consorcistas.", "es-AR", False),
        # A real misspelling next to them is still one; "re" before a short rest is no licence ("recerdo").
        ("Horno Real: hoy hay bollitos de canela y un cafesito de regalo.", "es-MX", True),
        ("Horno Real: te recerdo que el pan sale a las 8.", "es-MX", True),
        ("Gimnasio Roble: el equipo es amabilisimo.", "es-CO", True),
    ],
)
def test_spanish_word_formation_and_trade_words(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG101", body=body, locale=locale, category="service", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Navíos Sur: viaje 4471 reprog., ver cláus. B4 del contrato.", "es-CL", False),
        ("Móvil Ya: plan semanal activo. Aplican condiciones. Excl. renov.", "es-MX", False),
        ("Coastline Coaches: trip 4471 reprog., see claus. B4 of your ticket.", "en-AU", False),
        ("Peluquería Ondas: tu cita qda para el lunes a las 5.", "es-SV", False),
        # A doubled last letter is a typo, and an English word cut after "g" is one too ("comming.").
        ("Móvil Ya: te esperamos en el blogg.", "es-MX", True),
        ("Coastline Coaches: we are comming.", "en-AU", True),
        ("Coastline Coaches: see you tomorro.", "en-AU", True),
    ],
)
def test_clipped_abbreviations_are_no_typos(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG101", body=body, locale=locale, category="service", channel="sms")) is fires


def test_qda_is_chat_speak(registry: Registry) -> None:
    body = "Peluquería Ondas: tu cita qda para el lunes a las 5."
    assert finding_texts(registry, "CLR501", body=body, locale="es-SV", category="transactional", channel="sms")


# --- clarity: CLR301 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Academia Lumen: ¿por qué no pruebas el taller de física del sábado? Quedan pocas plazas.", "es-ES", False),
        ("Academia Lumen: ¿porque no te apuntas al taller de física del sábado? Quedan pocas plazas.", "es-ES", False),
        ("Lumen Tutors: why not try the Saturday physics workshop? Only a few places left.", "en-GB", False),
        ("Lumen Tutors: so why don't you join the Saturday physics workshop? Only a few places left.", "en-US", False),
        # Questions about what happened are no invitation.
        ("Academia Lumen: ¿por qué no llegó tu material? Lo estamos revisando.", "es-ES", True),
        ("Lumen Tutors: wondering why not all your notes synced? We are looking into it.", "en-GB", True),
        ("Lumen Tutors: we know why not everyone came. New workshop dates soon.", "en-GB", True),
    ],
)
def test_an_invitation_question_is_a_call_to_action(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR301", body=body, locale=locale, category="marketing", channel="push")) is fires
