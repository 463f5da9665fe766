"""``python``: a check function registered by name by a plugin, for logic that is not data."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from ..context import Hit
from ..errors import FieldError
from .base import CheckParams, Trigger
from .lexicon import LexiconTrigger, anchor_trigger

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule

CheckFunction = Callable[["CheckContext", "Rule", Any], Iterable[Hit]]

# What a check function may read besides the text fields and the message's shape (channel, locale,
# category, stage, brand, buttons, placeholder declarations) and the configuration:
CONTEXT = frozenset(
    {
        "time",  # ctx.now, message.send_at
        "recipient",  # message.to (jurisdictions from the number are part of the shape)
        "history",  # ctx.recent
        "meta",  # message.meta
        "extra",  # ctx.extra (results computed at the edge: grammar, similar templates...)
        "campaign",  # message.campaign, message.id
    }
)


def _check_reads(reads: frozenset[str]) -> None:
    unknown = set(reads) - CONTEXT
    if unknown:
        raise ValueError(f"unknown context {sorted(unknown)} in reads; expected some of {sorted(CONTEXT)}")


@dataclass(frozen=True)
class PythonCheckFunction:
    """A registered check: the function, optionally the pydantic model of its ``params``, and what it
    ``reads`` of :data:`CONTEXT`. A function that reads none of it gives the same findings for the
    same content, and the engine reuses them (a campaign sends one text to many recipients). A bare
    function registered without this wrapper is assumed to read everything."""

    function: CheckFunction
    params: type[BaseModel] | None = None
    reads: frozenset[str] = frozenset()
    # A necessary condition on the text (see checks.base.Trigger), a function of (params, language)
    # returning one, or a term list whose entries the check needs (checks.lexicon.LexiconTrigger);
    # None: the check looks at every text.
    trigger: Trigger | Callable[[Any, str], Trigger | None] | LexiconTrigger | None = None

    def __post_init__(self) -> None:
        _check_reads(self.reads)


@dataclass(frozen=True)
class Analyzer:
    """A registered analyzer: ``function(ctx)`` returns a block of the report's details (or None), and
    ``reads`` says what it reads of :data:`CONTEXT`, as for :class:`PythonCheckFunction`: one that reads
    none of it is computed once per content. A bare function is assumed to read everything."""

    function: Callable[[CheckContext], Any]
    reads: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        _check_reads(self.reads)


class PythonCheck(CheckParams):
    function: str
    params: dict[str, Any] = {}

    def bind(
        self, *, functions: Mapping[str, Any], metrics: Mapping[str, Callable[..., Any]], context: Mapping[str, Any] | None = None
    ) -> None:
        registered = functions.get(self.function)
        if registered is None:
            raise FieldError(("function",), f"unknown check function {self.function!r}")
        if isinstance(registered, PythonCheckFunction):
            function: CheckFunction = registered.function
            params: Any = self.params
            if registered.params is not None:
                try:
                    params = registered.params.model_validate(self.params, context=context)
                except ValidationError as error:
                    first = error.errors()[0]
                    where = tuple(p for p in first["loc"] if isinstance(p, (str, int)))
                    message = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
                    raise FieldError(("params", *where), message) from None
            reads = registered.reads
            trigger = registered.trigger
        else:
            function, params, reads, trigger = registered, self.params, CONTEXT, None
        # Plain instance attributes, not pydantic private ones: this is the engine's hot path.
        object.__setattr__(self, "bound_function", function)
        object.__setattr__(self, "bound_params", params)
        object.__setattr__(self, "bound_reads", frozenset(reads))
        object.__setattr__(self, "bound_trigger", trigger)

    def reads(self) -> frozenset[str]:
        return self.bound_reads  # type: ignore[attr-defined]

    def defers_to(self) -> tuple[str, ...]:
        """The ``defer_to`` of the check's params, when it has one."""
        return tuple(getattr(self.bound_params, "defer_to", None) or ())  # type: ignore[attr-defined]

    def trigger(self, language: str, resources: Any = None) -> Trigger | None:
        trigger = self.bound_trigger  # type: ignore[attr-defined]
        if trigger is None or isinstance(trigger, Trigger):
            return trigger
        if isinstance(trigger, LexiconTrigger):
            return anchor_trigger(trigger, language, resources)
        return trigger(self.bound_params, language)  # type: ignore[attr-defined]

    def run(self, ctx: CheckContext, rule: Rule) -> Iterable[Hit]:
        return self.bound_function(ctx, rule, self.bound_params)  # type: ignore[attr-defined]
