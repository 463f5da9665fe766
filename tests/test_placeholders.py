"""Placeholder syntaxes: exact names, spans and syntaxes; braces that are not placeholders."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.placeholders import BROKEN_PLACEHOLDER_RE, expand, find_placeholders, mask_placeholders


def found(text: str) -> list[tuple[str, int, int, str]]:
    return [(p.name, p.start, p.end, p.syntax) for p in find_placeholders(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hola {{nombre}}!", [("nombre", 5, 15, "mustache")]),
        ("Hola {{ nombre }}", [("nombre", 5, 17, "mustache")]),
        ("Hola {{ nombre | upper }}.", [("nombre", 5, 25, "mustache")]),
        ("Hola {{1}}, tu pedido {{2}}", [("1", 5, 10, "mustache"), ("2", 22, 27, "mustache")]),
        ("Hola {nombre}", [("nombre", 5, 13, "brace")]),
        ("Hola {user.name}", [("user.name", 5, 16, "brace")]),
        ("Hola %{nombre}", [("nombre", 5, 14, "ruby")]),
        ("Hola %(nombre)s y %(n)d", [("nombre", 5, 15, "pyformat"), ("n", 18, 23, "pyformat")]),
        ("Hola %s, debes %d", [("%1", 5, 7, "printf"), ("%2", 15, 17, "printf")]),
        ("Hola ${nombre}", [("nombre", 5, 14, "dollar")]),
        ("a {x} {{y}} %{z} ${w}", [("x", 2, 5, "brace"), ("y", 6, 11, "mustache"), ("z", 12, 16, "ruby"), ("w", 17, 21, "dollar")]),
        ("Hola {{nombre}} 😀 {{monto}}", [("nombre", 5, 15, "mustache"), ("monto", 18, 27, "mustache")]),
    ],
)
def test_placeholder_syntaxes(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert found(text) == expected
    for name, start, end, _ in expected:
        assert name.lstrip("%").isdigit() or name in text[start:end]


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1}',
        '{"key": "value", "n": [1, 2]}',
        "function() { return x; }",
        "Usa {{ para abrir",
        "{{",
        "}}",
        "{{ }}",
        "{{x}",
        "precio: {x}}",
        "100% seguro",
        "50%s",  # a percentage glued to a word, not printf
        "%%s",  # an escaped percent sign
        "{1}",  # not an identifier
        "${1}",
    ],
)
def test_not_a_placeholder(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "broken"),
    [("Hola {{nombre}", True), ("Hola {nombre}}", True), ("Hola {{ }}", True), ("Hola {{nombre", True),
     ("Hola {{nombre}}", False), ("Hola {nombre}", False), ('{"a": 1}', False)],
)
def test_broken_placeholder_pattern(text: str, broken: bool) -> None:
    assert bool(BROKEN_PLACEHOLDER_RE.search(text)) is broken


def test_expand_and_mask() -> None:
    text = "Hola {{ nombre | upper }}, debes %{monto} (ref ${ref})"
    assert expand(text, {"nombre": "Ana", "monto": "$10"}, default="?") == "Hola Ana, debes $10 (ref ?)"
    assert mask_placeholders(text) == "Hola X, debes X (ref X)"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("{}%$()|sd x1_.ñ")), max_size=40))
def test_placeholders_are_ordered_disjoint_spans_inside_the_text(text: str) -> None:
    previous_end = 0
    for placeholder in find_placeholders(text):
        assert previous_end <= placeholder.start < placeholder.end <= len(text)
        assert placeholder.raw_length == placeholder.end - placeholder.start
        previous_end = placeholder.end


def test_expand_names_printf_placeholders_like_find_placeholders() -> None:
    text = "Hola %s, debes %s"
    names = [p.name for p in find_placeholders(text)]
    assert names == ["%1", "%2"]
    assert expand(text, {"%1": "Ana", "%2": "$10"}) == "Hola Ana, debes $10"
    assert expand(text, lambda p: p.name.upper()) == "Hola %1, debes %2"
