"""Round 37 (blind sets h42 and h43): the tone misses and false positives taken outside TON112.

Every sentence is new wording (none comes from the evaluation corpora). TON107's we-know-where reads the reader's
address known or "where to find you"; TON110 reads, in collections, a countdown in minutes to keep a service (a
deadline in days is a notice and passes) and, in marketing, someone else using the item by tonight; TON109 reads a
task called easy "even for people who aren't good with" something, outside marketing; TON101 leaves the reader's own
state asked in a loan offer ("¿Estás en ASNEF?") for every bureau name, as it did for the Colombian ones. Each fires
(or passes) as its twin says, and similar innocent wording passes.
"""

from __future__ import annotations

import pytest
from conftest import tone_warnings

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule", "span"),
    [
        # TON107 we-know-where
        (
            "Sabemos dónde encontrarte si la deuda sigue pendiente.",
            "es",
            "collections",
            "TON107",
            "Sabemos dónde encontrarte",
        ),
        (
            "Conocemos su dirección y un gestor puede pasar esta semana.",
            "es",
            "collections",
            "TON107",
            "Conocemos su dirección y",
        ),
        (
            "Our field agent knows where to find you if the balance stays open.",
            "en",
            "collections",
            "TON107",
            "knows where to find you",
        ),
        # TON110: a countdown in minutes in collections
        (
            "Only 20 minutes left to keep your internet on: pay now.",
            "en",
            "collections",
            "TON110",
            "Only 20 minutes left",
        ),
        (
            "Quedan 15 minutos para mantener tu línea activa: paga ya.",
            "es",
            "collections",
            "TON110",
            "Quedan 15 minutos",
        ),
        # TON110: someone else using the item by a set time (marketing)
        (
            "Wait and someone else is driving it home tonight.",
            "en",
            "marketing",
            "TON110",
            "someone else is driving it home tonight",
        ),
        (
            "Si dudas, otra persona se llevará tus zapatillas hoy.",
            "es",
            "marketing",
            "TON110",
            "otra persona se llevará tus zapatillas hoy",
        ),
        # TON109: easy "even for people who aren't good with" something
        (
            "Booking takes a minute, even for people who aren't good with phones.",
            "en",
            "service",
            "TON109",
            "even for people who aren't good with",
        ),
        (
            "Renovar es fácil, incluso para quienes no se les da bien la tecnología.",
            "es",
            "service",
            "TON109",
            "incluso para quienes no se les da bien",
        ),
        # TON101: a bureau named as a threat still counts
        ("Evite que su nombre esté en DICOM.", "es", "collections", "TON101", "DICOM"),
        ("Si no pagas, te reportamos a ASNEF.", "es", "marketing", "TON101", "ASNEF"),
    ],
)
def test_round_37_tone_wordings_fire(
    registry: Registry, body: str, locale: str, category: str, rule: str, span: str
) -> None:
    assert (rule, span) in tone_warnings(registry, body, locale, category)


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # the address as data, not as a menace
        ("Confirme su dirección de correo en la app.", "es", "collections"),
        ("Si cambió su dirección, avísenos.", "es", "collections"),
        ("We know where to find the part: it ships Monday.", "en", "collections"),
        # deadlines in days, and payment times, are not countdowns
        ("You have 10 days left to pay before the account is closed.", "en", "collections"),
        ("Tu pago se verá reflejado en 30 minutos.", "es", "collections"),
        ("Your payment will show in 30 minutes.", "en", "collections"),
        # someone else with the item, without a time
        ("Gift one, and someone else is wearing your style too.", "en", "marketing"),
        ("Regálalo y otra persona disfrutará tu diseño.", "es", "marketing"),
        # a product for people who are not good with tech, without "even", or in marketing
        ("Designed for people who aren't great with tech.", "en", "service"),
        ("Easy to set up, even for people who aren't good with tools.", "en", "marketing"),
        ("Pensado para personas que no se llevan bien con la tecnología.", "es", "service"),
        # the reader's own state asked in a loan offer
        ("¿Estás en ASNEF? Te prestamos igual.", "es", "marketing"),
        ("¿Está en Infocorp? Igual le prestamos.", "es", "marketing"),
    ],
)
def test_round_37_innocent_wording_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    # The rules named above pass; TON113 (the tone model) is left out: its precision is measured on whole blind sets
    # (tools/tone_model/), and after a refit it may read a bare deadline with a consequence ("10 days left to pay
    # before the account is closed") as pressure, a judgement of the whole message these traps are not about.
    assert [w for w in tone_warnings(registry, body, locale, category) if w[0] != "TON113"] == []
