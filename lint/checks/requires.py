"""``requires``: if a message matches ``if`` it must match ``then`` (and must not match ``forbids``).

Example: a marketing SMS (``applies_to``) must contain an opt-out instruction (``then``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..context import Hit
from ..normalize import ViewName
from .base import CheckParams, Trigger, ignoring_case, localized, validate_patterns
from .lexicon import LexiconTrigger, anchor_trigger
from .pattern import find_spans

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule


class Matcher(BaseModel):
    """A pattern and/or lexicon topic, searched in the listed fields (default: the rule's fields)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str | dict[str, str] | None = None
    lexicon: str | None = None
    categories: list[str] = []
    view: ViewName = "folded"
    fields: list[str] = []

    @model_validator(mode="after")
    def _valid(self) -> Matcher:
        if self.pattern is None and self.lexicon is None:
            raise ValueError("a matcher needs a pattern or a lexicon")
        return self

    def first(self, ctx: CheckContext, rule: Rule) -> tuple[str, int, int] | None:
        candidates = [
            (name, text) for name, text in ctx.fields
            if (name in self.fields or (name.startswith("buttons[") and "buttons" in self.fields))
        ] if self.fields else ctx.rule_fields(rule)
        for field_name, _ in candidates:
            if self.pattern is not None:
                pattern = localized(self.pattern, ctx.language)
                if pattern is not None:
                    for start, end, _ in find_spans(ctx, field_name, pattern, self.view, True):
                        return field_name, start, end
            if self.lexicon is not None:
                matcher = ctx.resources.matcher(ctx.language, self.lexicon, frozenset(self.categories))
                if matcher is not None:
                    view = ctx.views(field_name).get("folded")
                    for match in matcher.find(view.text, ctx.tokens(field_name, "folded")):
                        start, end = view.to_original(match.start, match.end)
                        return field_name, start, end
        return None


class RequiresCheck(CheckParams):
    if_: Matcher | None = Field(default=None, alias="if")
    then: Matcher | None = None
    forbids: Matcher | None = None
    point_at: Literal["start", "end"] = "end"

    @model_validator(mode="after")
    def _valid(self) -> RequiresCheck:
        if self.then is None and self.forbids is None:
            raise ValueError("a requires check needs 'then' or 'forbids'")
        return self

    def validate_paths(self, *, compile_patterns: bool = True) -> None:
        if not compile_patterns:
            return
        for key, matcher in (("if", self.if_), ("then", self.then), ("forbids", self.forbids)):
            if matcher is not None and matcher.pattern is not None:
                validate_patterns(matcher.pattern, True, (key, "pattern"))

    def trigger(self, language: str, resources: Any = None) -> Trigger | None:
        """With ``if``, nothing is reported unless it matches: its pattern, or an anchor word of its term list."""
        matcher = self.if_
        if matcher is None or (matcher.pattern is not None and matcher.lexicon is not None):
            return None  # either may match: no one pattern says both
        if matcher.pattern is not None:
            pattern = localized(matcher.pattern, language)
            return None if pattern is None else Trigger(matcher.view, ignoring_case(pattern, True))
        if matcher.lexicon is not None:
            return anchor_trigger(LexiconTrigger(matcher.lexicon, "folded", frozenset(matcher.categories)), language, resources)
        return None

    def run(self, ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
        trigger = None
        if self.if_ is not None:
            trigger = self.if_.first(ctx, rule)
            if trigger is None:
                return
        if self.then is not None and self.then.first(ctx, rule) is None:
            if trigger is not None:
                yield Hit(*trigger)
            else:
                fields = ctx.rule_fields(rule)
                if fields:
                    name, text = fields[-1] if self.point_at == "end" else fields[0]
                    position = len(text) if self.point_at == "end" else 0
                    yield Hit(name, position, position)
        if self.forbids is not None:
            found = self.forbids.first(ctx, rule)
            if found is not None:
                yield Hit(*found)
