"""Placeholder syntaxes found in real template repositories, and their worst-case expansion.

Supported forms (one regular expression, ordered so the longest syntax wins at a position):

- ``{{name}}``, ``{{ name | filter }}`` (Jinja, Liquid, Handlebars, Mustache)
- ``{{1}}`` (WhatsApp positional)
- ``${name}`` (JavaScript template literals, Java EL)
- ``%{name}`` (Ruby i18n), ``%(name)s`` (Python %-format), ``%s`` / ``%d`` (printf)
- ``{name}`` (Python ``str.format``, ICU simple arguments)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .lazy import lazy_re

# Why `re` and not re2 here: this pattern is ours, fixed and linear by construction (no nested
# quantifiers); user-supplied patterns go through re2 (see checks/pattern.py).
PLACEHOLDER_RE = lazy_re(
    r"""
      \{\{\s*(?P<mustache>[^{}|\s]+)\s*(?:\|[^{}]*)?\}\}   # {{ name | filter }} and {{1}}
    | \$\{(?P<dollar>[A-Za-z_][\w.]*)\}                     # ${name}
    | %\{(?P<ruby>[A-Za-z_]\w*)\}                           # %{name}
    | %\((?P<pyformat>[A-Za-z_]\w*)\)[sdifr]                # %(name)s
    | (?<![%\w])%(?P<printf>[sd])(?!\w)                     # %s, %d
    | (?<![{$%])\{(?P<brace>[A-Za-z_][\w.]*)\}(?!\})        # {name}
    """,
    re.VERBOSE,
)

# Text that opens a placeholder but never closes it, or closes one that never opened:
# `{{name}`, `{name}}`, `{{ }}`. Used by the malformed-placeholder rule.
BROKEN_PLACEHOLDER_RE = lazy_re(r"\{\{[^{}]*\}(?!\})|(?<!\{)\{[^{}]*\}\}|\{\{\s*\}\}|\{\{[^}]*$")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """One placeholder occurrence in a text field."""

    name: str
    start: int
    end: int
    syntax: str  # mustache | dollar | ruby | pyformat | printf | brace

    @property
    def raw_length(self) -> int:
        return self.end - self.start


def find_placeholders(text: str) -> tuple[Placeholder, ...]:
    """Every placeholder in ``text``, in order, with its span."""
    found: list[Placeholder] = []
    printf_index = 0
    for match in PLACEHOLDER_RE.finditer(text):
        syntax = match.lastgroup or "brace"
        name = match.group(syntax)
        if syntax == "printf":
            printf_index += 1
            name = f"%{printf_index}"
        found.append(Placeholder(name=name, start=match.start(), end=match.end(), syntax=syntax))
    return tuple(found)


def mask_placeholders(text: str, replacement: str = "X") -> str:
    """``text`` with each placeholder replaced by ``replacement`` (the same for all)."""
    return PLACEHOLDER_RE.sub(replacement, text)


def expand(text: str, values: Mapping[str, str] | Callable[[Placeholder], str], default: str = "") -> str:
    """``text`` with each placeholder replaced by ``values[name]`` (``default`` when absent), or by
    ``values(placeholder)`` when ``values`` is a function. Names are those of :func:`find_placeholders`
    (printf ``%s`` are numbered ``%1``, ``%2``...), so every caller agrees on what a placeholder is called."""
    pieces: list[str] = []
    position = 0
    for placeholder in find_placeholders(text):
        pieces.append(text[position : placeholder.start])
        pieces.append(values(placeholder) if callable(values) else values.get(placeholder.name, default))
        position = placeholder.end
    pieces.append(text[position:])
    return "".join(pieces)
