"""``occurrence``: a pattern that may appear at most ``max`` (or at least ``min``) times per field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..context import Hit
from ..errors import FieldError
from ..normalize import ViewName
from .base import CheckParams, Trigger, ignoring_case, localized, validate_patterns
from .pattern import find_spans

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule


class OccurrenceCheck(CheckParams):
    pattern: str | dict[str, str]
    max: int | None = None
    min: int | None = None
    view: ViewName = "matching"
    ignore_case: bool = True
    skip_placeholders: bool = True

    def validate_paths(self, *, compile_patterns: bool = True) -> None:
        if compile_patterns:
            validate_patterns(self.pattern, self.ignore_case, ("pattern",))
        if self.max is None and self.min is None:
            raise FieldError(("max",), "an occurrence check needs max or min")

    def trigger(self, language: str, resources: Any = None) -> Trigger | None:
        # Only "too many" needs an occurrence; "too few" fires on a text without any.
        pattern = localized(self.pattern, language)
        if pattern is None or self.min is not None:
            return None
        return Trigger(self.view, ignoring_case(pattern, self.ignore_case))

    def run(self, ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
        pattern = localized(self.pattern, ctx.language)
        if pattern is None:
            return
        for field_name, text in ctx.rule_fields(rule):
            spans = [
                (s, e)
                for s, e, _ in find_spans(ctx, field_name, pattern, self.view, self.ignore_case)
                if not (self.skip_placeholders and ctx.overlaps_placeholder(field_name, s, e))
            ]
            count = len(spans)
            if self.max is not None and count > self.max:
                # Point at the first occurrence past the limit: that is the one to remove.
                start, end = spans[self.max]
                yield Hit(field_name, start, end, {"count": count, "max": self.max, "match": text[start:end]})
            elif self.min is not None and count < self.min:
                yield Hit(field_name, 0, len(text), {"count": count, "min": self.min})
