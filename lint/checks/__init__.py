"""The closed set of check kinds. Each is a typed parameter model plus the code that runs it.

| kind        | fires when                                                                  |
|-------------|-----------------------------------------------------------------------------|
| lexicon     | an entry of a ``corpora/<lang>/<topic>.yaml`` term list occurs               |
| pattern     | a regular expression (RE2: linear time, safe on attacker text) matches       |
| occurrence  | a pattern occurs more than ``max`` (or fewer than ``min``) times             |
| metric      | a named metric is above ``max`` or below ``min`` (thresholds per channel)    |
| requires    | the message matches ``if`` but not ``then`` (or matches ``forbids``)        |
| python      | a check function registered by a plugin reports hits                         |
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import ValidationError

from ..errors import FieldError

if TYPE_CHECKING:
    from ..context import CheckContext, Hit
    from ..registry import Resources, Rule
    from .base import Trigger


class CompiledCheck(Protocol):
    def run(self, ctx: CheckContext, rule: Rule) -> Iterable[Hit]: ...

    def reads(self) -> frozenset[str]: ...

    def defers_to(self) -> tuple[str, ...]: ...

    def trigger(self, language: str, resources: Resources | None = None) -> Trigger | None: ...


def _pydantic_error(error: ValidationError, prefix: tuple[str | int, ...]) -> FieldError:
    first = error.errors()[0]
    location = tuple(p for p in first["loc"] if isinstance(p, (str, int)))
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = "unknown key"
    return FieldError((*prefix, *location), message)


def compile_check(
    raw: Mapping[str, Any], functions: Mapping[str, Any], metrics: Mapping[str, Callable[..., Any]], *, patterns_verified: bool = False
) -> tuple[str, CompiledCheck]:
    """Validate a rule's ``check`` mapping and compile it; errors carry the key path under ``check``. With
    ``patterns_verified`` (the pack's plugin tests every pattern) regular expressions are compiled on first use."""
    from . import lexicon, metric, occurrence, pattern, python, requires
    from .base import PATTERNS_VERIFIED

    kinds: dict[str, Any] = {
        "lexicon": lexicon.LexiconCheck,
        "pattern": pattern.PatternCheck,
        "occurrence": occurrence.OccurrenceCheck,
        "metric": metric.MetricCheck,
        "requires": requires.RequiresCheck,
        "python": python.PythonCheck,
    }
    kind = raw.get("kind")
    if kind not in kinds:
        raise FieldError(("check", "kind"), f"unknown check kind {kind!r}; expected one of {', '.join(kinds)}")
    params = {k: v for k, v in raw.items() if k != "kind"}
    model = kinds[kind]
    try:
        context = {PATTERNS_VERIFIED: patterns_verified}
        check = model.model_validate(params, context=context)
        check.validate_paths(compile_patterns=not patterns_verified)
        check.bind(functions=functions, metrics=metrics, context=context)
    except ValidationError as error:
        raise _pydantic_error(error, ("check",)) from None
    except FieldError as error:
        raise FieldError(("check", *error.path), error.message) from None
    return kind, check
