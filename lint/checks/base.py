"""Shared pieces of the check kinds: the parameter model base and RE2 compilation."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationInfo

from ..errors import FieldError
from ..lazy import Lazy, lazy_re
from ..normalize import ViewName


class Trigger(NamedTuple):
    """What every text a check can report on contains: an RE2 ``pattern`` (case-sensitive unless it
    says ``(?i)``) found in the ``view`` of the message's fields. The engine looks for the triggers of
    all the rules that apply in one pass per view and does not run a rule whose trigger is absent, so a
    trigger must be a necessary condition, never a guess (tests/test_triggers.py checks each one)."""

    view: ViewName
    pattern: str


# RE2 classes for what Python's `re` means by \s and \d in str patterns (RE2's own are ASCII-only), for
# triggers of checks written with `re`: a trigger must match wherever the check's pattern can.
PY_SPACE = r"[\t-\r\x{1c}-\x{20}\x{85}\p{Z}]"
PY_DIGIT = r"\p{Nd}"


def ignoring_case(pattern: str, ignore_case: bool) -> str:
    return f"(?i:{pattern})" if ignore_case else pattern


class CheckParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    def validate_paths(self, *, compile_patterns: bool = True) -> None:
        """Checks that need the key path in their error (regexes, compiled unless ``compile_patterns`` is false):
        raise :class:`FieldError`."""

    def bind(
        self, *, functions: Mapping[str, Any], metrics: Mapping[str, Callable[..., Any]], context: Mapping[str, Any] | None = None
    ) -> None:
        """Resolve names (check functions, metrics) against the plugins; default: nothing to resolve. ``context`` is
        the validation context of the check's own parameters (see :func:`patterns_checked_at_load`)."""

    def reads(self) -> frozenset[str]:
        """What the check reads beyond the message's text fields and shape (see
        :data:`sendlint.checks.python.CONTEXT`). The data kinds read nothing more, so the engine may
        reuse their findings for a message with the same content."""
        return frozenset()

    def defers_to(self) -> tuple[str, ...]:
        """Rules whose findings this check reads through ``ctx.reported_by`` (a second opinion that stays silent
        where they spoke): the engine runs it after them. Only content-only rules may be named."""
        return ()

    def trigger(self, language: str, resources: Any = None) -> Trigger | None:
        """A necessary condition on the text for the check to report anything in ``language`` (see
        :class:`Trigger`); None when the check has to look at every text. ``resources`` is the registry's
        :class:`~sendlint.registry.Resources`, for checks whose condition comes from data (term lists)."""
        return None


@cache
def compile_re2(pattern: str, ignore_case: bool) -> Any:
    """Compile with RE2 (linear time) now: an invalid pattern raises :class:`ValueError` saying what is wrong.
    Rule packs come from users and the gateway reads attacker text."""
    import re2

    options = re2.Options()
    options.case_sensitive = not ignore_case
    options.log_errors = False  # RE2 would print to stderr; the error is reported with its location
    try:
        return re2.compile(pattern, options)
    except re2.error as error:
        detail = error.args[0] if error.args else error
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise ValueError(f"invalid regular expression {pattern!r}: {detail}") from None


@cache
def lazy_re2(pattern: str, ignore_case: bool) -> Any:
    """The pattern as :func:`compile_re2` compiles it, compiled on its first use (see :mod:`sendlint.lazy`: a cold
    ``sendlint message`` needed 23 of the packs' ~390). Only for patterns checked at load or verified by the pack's
    plugin (see :func:`patterns_checked_at_load`)."""
    return Lazy(lambda: compile_re2(pattern, ignore_case))


# Validation context key: the rule pack comes from a plugin whose own tests compile every pattern of its packs
# (sendlint's in tests/test_registry.py), so loading it need not compile them again.
PATTERNS_VERIFIED = "patterns_verified"


def patterns_checked_at_load(info: ValidationInfo | None) -> bool:
    """Whether a parameter model's validator should compile its patterns now, to report a bad one with its location:
    yes, unless the pack's plugin verified them (then :func:`lazy_re2` compiles each on its first use)."""
    return not (info is not None and isinstance(info.context, Mapping) and info.context.get(PATTERNS_VERIFIED))


# Unicode "not a letter (or digit, underscore, apostrophe)": RE2 compiles \pL into a large UTF-8 automaton at
# each occurrence (~1.5 ms; the confusion patterns alone have 77). Where a pattern only has to be a necessary
# condition (a trigger, a set that picks which exact patterns to run), the ASCII complement may stand for it: it
# accepts every character the Unicode one accepts (and letters beyond ASCII), so the pattern only gets weaker.
ASCII_FOR_UNICODE = {
    r"[^\pL\pN_]": "[^0-9A-Z_a-z]",
    r"[^\p{L}\p{N}_]": "[^0-9A-Z_a-z]",
    r"[^\p{L}\p{N}_'’]": "[^0-9A-Z_a-z'’]",
    r"\PL": "[^A-Za-z]",
    r"\P{L}": "[^A-Za-z]",
}
_UNICODE_COMPLEMENTS = lazy_re(r"(?<!\\)(?:" + "|".join(map(re.escape, ASCII_FOR_UNICODE)) + ")")


def cheap_boundaries(pattern: str) -> str:
    """``pattern`` with the classes of :data:`ASCII_FOR_UNICODE` replaced: it matches wherever ``pattern`` does."""
    return _UNICODE_COMPLEMENTS.sub(lambda match: ASCII_FOR_UNICODE[match.group()], pattern)


# RE2's default budget (8 MiB) holds a set's program and its DFA cache; the gate's set of folded-text triggers
# compiles between 4 and 8 MiB (round 48), so a few more patterns, or a user's pack, would fail it. The budget is
# an upper bound: RE2 allocates what a set needs, not the bound.
SET_MAX_MEM = 32 << 20


class PatternSet:
    """Which of several RE2 patterns occur in a text, in one pass (RE2's ``Set``): rules with many
    patterns scan only with the few that occur, instead of once per pattern. A set too large for one RE2
    program is split in halves, each a set of its own: more passes, never an error."""

    def __init__(self, patterns: list[str], ignore_case: bool) -> None:
        self._parts = _compiled_sets(list(patterns), 0, ignore_case)

    def occurring(self, text: str) -> frozenset[int]:
        """Indexes (in the order given) of the patterns with a match somewhere in ``text``."""
        if len(self._parts) == 1:  # the usual case, on every message: one pass, no renumbering
            indexes: Any = self._parts[0][1].Match(text)  # the indexes, or None when nothing matches (the stubs say bool)
            return frozenset(indexes or ())
        found: set[int] = set()
        for offset, compiled in self._parts:
            found.update(offset + index for index in compiled.Match(text) or ())
        return frozenset(found)


def _compiled_sets(patterns: list[str], offset: int, ignore_case: bool) -> list[tuple[int, Any]]:
    import re2

    options = re2.Options()
    options.case_sensitive = not ignore_case
    options.log_errors = False
    options.max_mem = SET_MAX_MEM
    compiled = re2.Set.SearchSet(options)
    for pattern in patterns:
        try:
            compiled.Add(pattern)
        except re2.error:
            compile_re2(pattern, ignore_case)  # raises the ValueError that says what is wrong
            raise ValueError(f"invalid regular expression {pattern!r}") from None
    try:
        compiled.Compile()
    except re2.error:
        if len(patterns) == 1:
            raise ValueError(f"regular expression too large for RE2: {patterns[0][:80]!r}...") from None
        half = len(patterns) // 2
        return _compiled_sets(patterns[:half], offset, ignore_case) + _compiled_sets(patterns[half:], offset + half, ignore_case)
    return [(offset, compiled)]


def localized(value: str | Mapping[str, str], language: str) -> str | None:
    if isinstance(value, str):
        return value
    return value.get(language)


def validate_patterns(value: str | Mapping[str, str], ignore_case: bool, path: tuple[str | int, ...]) -> None:
    items = [("", value)] if isinstance(value, str) else list(value.items())
    for language, pattern in items:
        try:
            compile_re2(pattern, ignore_case)
        except ValueError as error:
            raise FieldError((*path, language) if language else path, str(error)) from None

