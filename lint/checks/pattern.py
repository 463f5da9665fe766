"""``pattern``: a regular expression matched on a view of each field."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..context import Hit
from ..normalize import ViewName
from .base import CheckParams, Trigger, ignoring_case, lazy_re2, localized, validate_patterns

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule


def find_spans(ctx: CheckContext, field_name: str, pattern: str, view: ViewName, ignore_case: bool) -> Iterator[tuple[int, int, str]]:
    """Original-text spans (start, end, matched view text) of ``pattern`` in ``field_name``."""
    text_view = ctx.views(field_name).get(view)
    for match in lazy_re2(pattern, ignore_case).finditer(text_view.text):
        start, end = text_view.to_original(match.start(), match.end())
        yield start, end, match.group()


class PatternCheck(CheckParams):
    pattern: str | dict[str, str]
    view: ViewName = "matching"
    ignore_case: bool = True
    skip_placeholders: bool = True
    args: dict[str, Any] = {}

    def validate_paths(self, *, compile_patterns: bool = True) -> None:
        if compile_patterns:
            validate_patterns(self.pattern, self.ignore_case, ("pattern",))

    def trigger(self, language: str, resources: Any = None) -> Trigger | None:
        pattern = localized(self.pattern, language)
        return None if pattern is None else Trigger(self.view, ignoring_case(pattern, self.ignore_case))

    def run(self, ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
        pattern = localized(self.pattern, ctx.language)
        if pattern is None:
            return
        for field_name, _ in ctx.rule_fields(rule):
            for start, end, matched in find_spans(ctx, field_name, pattern, self.view, self.ignore_case):
                if self.skip_placeholders and ctx.overlaps_placeholder(field_name, start, end):
                    continue
                original = ctx.message.field_text(field_name)[start:end]
                args: Mapping[str, Any] = {**self.args, "match": original, "normalized": matched}
                yield Hit(field_name, start, end, args)
