"""``lexicon``: entries of a term list (``corpora/<lang>/<topic>.yaml``) found in a field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from ..context import Hit
from ..lexicon import select
from .base import CheckParams

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule

SUGGESTION = {"es": "Prueba con: «{}».", "en": "Try: “{}”.", "pt": "Tente: «{}»."}


class LexiconCheck(CheckParams):
    topic: str
    categories: list[str] = []
    view: Literal["folded", "deobfuscated"] = "folded"
    skip_placeholders: bool = True

    def run(self, ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
        # One matcher of the whole list, walked once per field and view for every rule that reads
        # the list; each rule then keeps its categories exactly as a matcher of only those would.
        matcher = ctx.resources.matcher(ctx.language, self.topic, frozenset())
        if matcher is None:
            return
        categories = frozenset(self.categories)
        category = ctx.message.category.value
        for field_name, text in ctx.rule_fields(rule):
            view = ctx.views(field_name).get(self.view)
            candidates = ctx.memo(
                ("lexicon", self.topic, field_name, self.view),
                lambda field_name=field_name: matcher.candidates(ctx.tokens(field_name, self.view)),  # type: ignore[misc]
            )
            for match in select(candidates, categories, matcher.sizes):
                start, end = view.to_original(match.start, match.end)
                if self.skip_placeholders and ctx.overlaps_placeholder(field_name, start, end):
                    continue
                entry = match.entry
                alternative = entry.alternative or ""
                suggestion = SUGGESTION.get(ctx.language, SUGGESTION["en"]).format(alternative) if alternative else ""
                yield Hit(
                    field_name,
                    start,
                    end,
                    {
                        "match": text[start:end],
                        "term": entry.term,
                        "category": entry.category,
                        "alternative": alternative,
                        "suggestion": suggestion,
                        "note": entry.note or "",
                        "weight": entry.weight,
                    },
                    severity=entry.severity_for(category),
                )
