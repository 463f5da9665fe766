"""LNG102 finds real-word errors by their grammatical context, not by listing the sentences they came in.

"a" before a participle where only the auxiliary "ha" fits, "ahí"/"ay" where the existential "hay" is
meant, "tubo" with a verb's object, "porque" in an indirect question; in English a contraction after a
preposition (where only the possessive fits), a possessive before a verb, "then" after a comparative and
"effect" as a verb. The sentences are new wording; the pass cases share the words in correct use.
"""

from __future__ import annotations

import pytest
from conftest import make_message

from sendlint.engine import evaluate
from sendlint.registry import Registry


def confusions(registry: Registry, body: str, locale: str) -> list[tuple[str, str]]:
    message = make_message(body=body, locale=locale, category="transactional")
    return [(body[f.start : f.end], f.message) for f in evaluate(message, registry).findings if f.rule == "LNG102"]


@pytest.mark.parametrize(
    ("body", "locale", "word", "suggestion"),
    [
        ("Tu reembolso a sido aprobado.", "es", "a", "ha"),
        ("Ya se a enviado tu pedido.", "es", "a", "ha"),
        ("Tu paquete a salido del almacén.", "es", "a", "ha"),
        ("¡Ay nuevas promociones esta semana!", "es", "Ay", "hay"),
        ("Ahí 3 plazas libres para el taller.", "es", "Ahí", "hay"),
        ("El repartidor tubo un problema con la dirección.", "es", "tubo", "tuvo"),
        ("La instalación quedó bien echo.", "es", "echo", "hecho"),
        ("Descubre porque somos la tienda favorita de Lima.", "es", "porque", "por qué"),
        ("The app moved, but check in it's new section.", "en", "it's", "its"),
        ("We'll add the points to you're new balance tonight.", "en", "you're", "your"),
        ("Their are two parcels waiting for you.", "en", "Their", "there"),
        ("Your refund arrived sooner then expected.", "en", "then", "than"),
        ("The outage did not effect your bill.", "en", "effect", "affect"),
        ("The price change has no affect on your plan.", "en", "affect", "effect"),
    ],
)
def test_real_word_errors_are_found_by_their_context(registry: Registry, body: str, locale: str, word: str, suggestion: str) -> None:
    ((found, message),) = confusions(registry, body, locale)
    assert found == word
    assert f"«{suggestion}»" in message or f"“{suggestion}”" in message


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Te enviamos el pedido a domicilio.", "es"),
        ("El pago a plazos está disponible.", "es"),
        ("Hay acceso a contenido exclusivo.", "es"),
        ("Ahí te esperamos, en la tienda del centro.", "es"),
        ("Compra un tubo de pasta y llévate otro.", "es"),
        ("Te escribimos porque tu plan cambia.", "es"),
        ("Te echo de menos, dice tu carrito.", "es"),
        ("It's on its way.", "en"),
        ("Before it's too late, book your table.", "en"),
        ("After it's delivered, rate your courier.", "en"),
        ("There is nothing to do.", "en"),
        ("We'll call you later, then we'll send the form.", "en"),
        ("Our goal is to effect real change.", "en"),
        ("The effect on your bill is small.", "en"),
    ],
)
def test_the_same_words_in_correct_use_pass(registry: Registry, body: str, locale: str) -> None:
    assert confusions(registry, body, locale) == []


def test_one_error_caught_by_two_patterns_is_reported_once() -> None:
    from sendlint import Config, evaluate, load_registry, message_from_mapping

    message = message_from_mapping({"body": "Thanks for you're order, Acme.", "locale": "en"})
    findings = evaluate(message, load_registry(), Config(select=("LNG102",))).findings
    assert [(f.rule, f.start, f.end) for f in findings] == [("LNG102", 11, 17)]
