"""Round 32 (blind sets h32 and h33): the tone misses taken by clues of TON107 and TON109, not by TON112.

Every sentence is new wording (none comes from the evaluation corpora). TON107's clues gained the Spanish of
"send someone" as a visit (its English context had it), the reader's insurer or health centre as a third party to
contact, and debt "recovery partners" or "doorstep visits" as a legal step. TON109's "next time, check the manual"
now also reads the advice with "next time" after it, closing the sentence or before "before contacting us". Each
fires in Spanish and English, and similar innocent wording passes.
"""

from __future__ import annotations

import pytest
from conftest import fired_tone_patterns

from sendlint.registry import Registry


def fired(registry: Registry, body: str, locale: str, category: str) -> list[tuple[str, str]]:
    return fired_tone_patterns(registry, body, locale, category, rules=("TON107",))


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        # the Spanish of "send someone" next to the reader's home (home-or-work-visit)
        (
            "Si la factura sigue sin pagarse el lunes, mandaremos a un gestor a tu domicilio.",
            "es",
            "tu domicilio",
        ),
        ("If the bill is still open on Monday, we will send someone to your home.", "en", "your home"),
        # the reader's insurer or health centre told about the debt (third-party-contact)
        ("Si no regularizas el saldo, avisaremos a tu aseguradora.", "es", "tu aseguradora"),
        ("If you don't pay by the 5th, we will notify your insurer.", "en", "your insurer"),
        # recovery partners or doorstep visits as the next step (legal-action)
        (
            "If you don't pay by Friday, your account goes to our collection partners.",
            "en",
            "collection partners",
        ),
        (
            "If you don't settle the balance this week, doorstep visits are the next step.",
            "en",
            "doorstep visits",
        ),
    ],
)
def test_round_32_threats_fire(registry: Registry, body: str, locale: str, span: str) -> None:
    assert ("TON107", span) in fired(registry, body, locale, "collections")


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Si lo prefieres, te enviaremos a alguien para ayudarte con la app.", "es", "collections"),
        ("Enviaremos a un técnico a su domicilio el martes para instalar el router.", "es", "service"),
        ("Si tienes dudas sobre tu cobertura, tu aseguradora puede explicártela.", "es", "collections"),
        ("Your insurer may cover part of this bill: ask them for a claim form.", "en", "collections"),
        ("Our collection partners are closed on public holidays; our own team is not.", "en", "collections"),
        ("Doorstep visits for meter readings resume in May.", "en", "service"),
    ],
)
def test_round_32_innocent_wording_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert fired(registry, body, locale, category) == []


def fired_reproach(registry: Registry, body: str, locale: str) -> list[tuple[str, str]]:
    return fired_tone_patterns(registry, body, locale, "service", rules=("TON109",))


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Te sugerimos mirar el manual la próxima vez antes de escribirnos.",
            "es",
            "Te sugerimos mirar el manual la próxima vez antes de",
        ),
        ("Please re-read our email next time before calling.", "en", "re-read our email next time before"),
    ],
)
def test_round_32_advice_for_next_time_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert ("TON109", span) in fired_reproach(registry, body, locale)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Te recomendamos revisar tus datos para la próxima compra.", "es"),
        ("Le sugerimos revisar bien la factura la próxima vez que pague en caja.", "es"),
        ("Check our stand next time you're at the fair.", "en"),
        ("We recommend checking your settings next time you update the app.", "en"),
    ],
)
def test_round_32_next_time_in_passing_passes(registry: Registry, body: str, locale: str) -> None:
    assert fired_reproach(registry, body, locale) == []
