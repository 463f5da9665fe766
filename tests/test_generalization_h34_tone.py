"""Round 33 (h34, h35): the three tone false positives, fixed by mechanism, and the misses taken outside TON112.

Every sentence is new wording (none comes from the evaluation corpora).

- TON401 matched ``tone.CLAUSE_OPENING`` with a "^", so a clause opener ("Por medio de la presente, y ...") was
  read as a clause only at offset 0; after a greeting line ("Hola, {{nombre}}:") it became an impersonal
  greeting again. The pattern is matched at the phrase's own offset.
- TON101 read a loan offer's "¿Estás reportado en centrales de riesgo?" and "sin revisar centrales de riesgo"
  as a threat. The report entries have ``not_after`` the reader's present state (estás, está, estés ...), the
  bare bureau names ``not_after`` "sin". "Te vamos a reportar" and "estarás reportado" still fire.
- TON206 counted codes and short abbreviations ("LOLER/PUWER", "ASC") in a run of capitals, which TON201
  already ignores (``families.common._code_like``). A shouted sentence still fires.
- TON401: an applicant addressed by role ("Estimado aspirante", "Dear applicant").
- TON109: the terms said to be "clearly stated" and the reader sent to read them "before contacting us
  again" (es: "aunque las instrucciones lo indicaban con bastante claridad").
- TON107: a third party told "about this" after a longer object ("let your emergency contacts know about this").
"""

from __future__ import annotations

import pytest
from conftest import tone_warnings as warnings

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule", "span"),
    [
        # TON401 still reads a real impersonal greeting after a greeting line
        (
            "Hola, {{nombre}}:\n\nEstimado cliente, su póliza de hogar se renueva el 3 de mayo.",
            "es",
            "service",
            "TON401",
            "Estimado cliente",
        ),
        # TON101: a report we threaten, also as a future state of the reader
        (
            "Si no abonas la cuota, te vamos a reportar en centrales de riesgo.",
            "es",
            "collections",
            "TON101",
            "reportar en centrales de riesgo",
        ),
        (
            "Si no abonas la cuota, estarás reportado en centrales de riesgo.",
            "es",
            "collections",
            "TON101",
            "reportado en centrales de riesgo",
        ),
        # TON206: a shouted sentence of the language's words
        (
            "Hola, {{nombre}}: ESTA ES TU ÚLTIMA OPORTUNIDAD de renovar la matrícula del curso.",
            "es",
            "marketing",
            "TON206",
            "ESTA ES TU ÚLTIMA OPORTUNIDAD",
        ),
        # TON401: an applicant addressed by role
        (
            "Estimada solicitante:\n\nSu beca está pendiente de la firma del tutor.",
            "es",
            "service",
            "TON401",
            "Estimada solicitante",
        ),
        (
            "Dear candidate,\n\nYour interview slot on 4 June is confirmed.",
            "en",
            "service",
            "TON401",
            "Dear candidate",
        ),
        # TON109: the terms called clear, the reader sent to read them before writing again
        (
            "Hi {{first_name}}, as clearly set out in our policy, vouchers cannot be exchanged for cash.",
            "en",
            "service",
            "TON109",
            "as clearly set out in",
        ),
        (
            "Hi {{first_name}}, please check the FAQ first before emailing us again.",
            "en",
            "service",
            "TON109",
            "check the FAQ first before emailing us again",
        ),
        (
            "Hola, {{nombre}}: falta la foto del DNI, aunque el formulario lo decía muy claramente.",
            "es",
            "service",
            "TON109",
            "aunque el formulario lo decía muy claramente",
        ),
        (
            "Hola, {{nombre}}: como se explica claramente en las bases, el plazo terminó el lunes.",
            "es",
            "service",
            "TON109",
            "como se explica claramente en",
        ),
        (
            "Hola, {{nombre}}: revisa las condiciones antes de volver a escribirnos.",
            "es",
            "service",
            "TON109",
            "revisa las condiciones antes de volver a escribirnos",
        ),
        # TON107: a third party told "about this"
        (
            "Hi {{first_name}}, your loan is 20 days late. We'd prefer not to make your references know about this.",
            "en",
            "collections",
            "TON107",
            "your references",
        ),
    ],
)
def test_round_33_wordings_fire(
    registry: Registry, body: str, locale: str, category: str, rule: str, span: str
) -> None:
    assert (rule, span) in warnings(registry, body, locale, category)


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule"),
    [
        # the TON401 false positive's mechanism: a clause opener after a greeting line
        (
            "Hola, {{nombre}}:\n\nPor medio de la presente, y según el contrato de alquiler, le enviamos el recibo.",
            "es",
            "collections",
            "TON401",
        ),
        (
            "Hi {{first_name}},\n\nPlease be advised, the gym closes early on Friday.",
            "en",
            "service",
            "TON401",
        ),
        # the TON101 false positive's mechanism: the reader's state asked or granted, the check skipped
        (
            "¿Estás en centrales de riesgo? Igual te damos la tarjeta, sin consultar centrales de riesgo.",
            "es",
            "marketing",
            "TON101",
        ),
        (
            "Crédito de libre inversión aunque esté reportado en centrales de riesgo.",
            "es",
            "marketing",
            "TON101",
        ),
        # the TON206 false positive's mechanism: codes and short abbreviations in a run
        (
            "Hi {{first_name}},\n\nBooked: HGV class C+E with DVSA CPC, inc. COSHH/RIDDOR module. Bring ID.",
            "en",
            "transactional",
            "TON206",
        ),
        # TON109 traps: the terms without "clearly", reading before a first contact
        (
            "Hi {{first_name}}, as stated in our policy, vouchers cannot be exchanged for cash.",
            "en",
            "service",
            "TON109",
        ),
        (
            "Hi {{first_name}}, please read our FAQ before contacting us: most answers are there.",
            "en",
            "service",
            "TON109",
        ),
        (
            "Hola, {{nombre}}: como se indica en las bases, el plazo termina el lunes.",
            "es",
            "service",
            "TON109",
        ),
        (
            "Hola, {{nombre}}: lee las preguntas frecuentes antes de escribirnos, ahí está casi todo.",
            "es",
            "service",
            "TON109",
        ),
        # TON107 trap: the reader's contacts named without telling them anything
        (
            "Hi {{first_name}}, your loan is 20 days late. You can update your emergency contacts in the app.",
            "en",
            "collections",
            "TON107",
        ),
    ],
)
def test_round_33_traps_pass(registry: Registry, body: str, locale: str, category: str, rule: str) -> None:
    assert all(found != rule for found, _ in warnings(registry, body, locale, category))
