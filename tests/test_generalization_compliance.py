"""CMP501 keeps the smishing shape and spares a real notice on the brand's own https domain.

A look-alike domain that adds words to the brand (``<brand>-seguridad.com``, ``<brand>-verify.net``) or
another domain is never the brand's own; a notice whose links all go to the registrable domain that spells
the brand name (or to ``brand_domains``) is not phishing unless it asks for a secret.
"""

from __future__ import annotations

import pytest
from conftest import make_message

from sendlint.config import parse_config
from sendlint.engine import evaluate
from sendlint.registry import Registry


def phishing(registry: Registry, body: str, locale: str, brand: str | None, config: dict[str, object] | None = None) -> list[str]:
    message = make_message(body=body, locale=locale, brand=brand, category="alert")
    found = evaluate(message, registry, parse_config(config or {})).findings
    return [body[f.start : f.end] for f in found if f.rule == "CMP501"]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        ("Caja Andina: tu tarjeta fue bloqueada. Verifica tu identidad en https://cajaandina.com.pe/ayuda.", "es", "Caja Andina"),
        ("Ridgeway Energy: your account is on hold. Pay $84.10 at https://www.ridgewayenergy.com/pay.", "en", "Ridgeway Energy"),
        ("Ridgeway Energy: your account is suspended. Log in at https://my.ridgewayenergy.com to restore it.", "en", "Ridgeway Energy"),
    ],
)
def test_a_notice_on_the_brands_own_https_domain_is_not_phishing(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert phishing(registry, body, locale, brand) == []
    assert phishing(registry, body, locale, None) != []  # the same text from an unknown sender has the shape


@pytest.mark.parametrize(
    ("body", "locale", "brand", "problem"),
    [
        ("Caja Andina: tu tarjeta fue bloqueada. Verifica tu identidad en https://cajaandina-ayuda.com.", "es", "Caja Andina", "bloqueada"),
        ("Caja Andina: tu tarjeta fue bloqueada. Verifica tu identidad en http://cajaandina.com.pe/ayuda.", "es", "Caja Andina", "bloqueada"),
        ("Ridgeway Energy: your account is suspended. Pay the fee at https://ridgeway-energy-billing.net.", "en", "Ridgeway Energy", "suspended"),
        ("Ridgeway Energy: your account is suspended. Pay the fee at https://ridgewayenergy.com.", "en", None, "suspended"),
    ],
)
def test_look_alike_plain_http_or_unknown_brand_keep_the_phishing_shape(registry: Registry, body: str, locale: str, brand: str | None, problem: str) -> None:
    assert phishing(registry, body, locale, brand) == [problem]


def test_a_secret_asked_for_on_the_own_domain_is_still_phishing_shaped(registry: Registry) -> None:
    body = "Ridgeway Energy: your account is locked. Enter your password at https://ridgewayenergy.com/unlock."
    assert phishing(registry, body, "en", "Ridgeway Energy") == ["locked"]


def test_configured_brand_domains_count_as_own(registry: Registry) -> None:
    body = "Your account is restricted. Pay $84.10 at https://pay.rwe-billing.com/now."
    assert phishing(registry, body, "en", None) == ["restricted"]
    assert phishing(registry, body, "en", None, {"brand_domains": ["rwe-billing.com"]}) == []
