"""``lexicon``: entries of a term list (``corpora/<lang>/<topic>.yaml``) found in a field."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from ..context import Hit
from ..lexicon import select
from .base import CheckParams, Trigger

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule

_ALL: frozenset[str] = frozenset()
# Where a token of TOKEN_RE (``\w+(?:['’]\w+)*``) may start and end, in RE2 (whose \w is ASCII): not
# inside a word, and not after (or before) an apostrophe that joins two words ("it's" is one token).
_WORD = r"\p{L}\p{N}_"
_TOKEN_BEFORE = rf"(?:^|[^{_WORD}'’]|(?:^|[^{_WORD}])['’])"
_TOKEN_AFTER = rf"(?:$|[^{_WORD}'’]|['’](?:$|[^{_WORD}]))"
SUGGESTION = {"es": "Prueba con: «{}».", "en": "Try: “{}”.", "pt": "Tente: «{}»."}


@dataclass(frozen=True, slots=True)
class LexiconTrigger:
    """The trigger of a check that reports only where entries of a term list occur: an anchor word of an entry
    of ``categories`` (all when empty) of the language's ``topic`` list, as a whole token of ``view``.
    A python check may declare one (``PythonCheckFunction(trigger=LexiconTrigger("legalese"))``)."""

    topic: str
    view: Literal["folded", "deobfuscated"] = "folded"
    categories: frozenset[str] = frozenset()


def anchor_trigger(wanted: LexiconTrigger, language: str, resources: Any) -> Trigger | None:
    """Every match of an entry has one of the entry's anchor words (:meth:`LexiconMatcher.anchors`) as a whole
    token: those words, as one RE2 alternation."""
    if resources is None:
        return None
    key = ("lexicon trigger", language, wanted.topic, wanted.view, wanted.categories)
    if key not in resources.memo:  # asked again for every message shape's plan
        matcher = resources.matcher(language, wanted.topic, _ALL)
        words = matcher.anchors(wanted.categories) if matcher is not None else ()
        alternatives = "|".join(re.escape(word) for word in sorted(words))
        resources.memo[key] = Trigger(wanted.view, f"{_TOKEN_BEFORE}(?:{alternatives}){_TOKEN_AFTER}") if words else None
    return resources.memo[key]


class LexiconCheck(CheckParams):
    topic: str
    categories: list[str] = []
    view: Literal["folded", "deobfuscated"] = "folded"
    skip_placeholders: bool = True
    skip_links: bool = False  # the words of a URL ("/d/88f2a1", "/r/4471") are not the message's words

    def bind(
        self, *, functions: Mapping[str, Any], metrics: Mapping[str, Callable[..., Any]], context: Mapping[str, Any] | None = None
    ) -> None:
        object.__setattr__(self, "category_set", frozenset(self.categories))  # plain attribute: hot path

    def trigger(self, language: str, resources: Any = None) -> Trigger | None:
        """A word that opens one of the rule's entries, as a whole token (:data:`sendlint.lexicon.TOKEN_RE`)
        of the view: every match starts at such a token."""
        return anchor_trigger(LexiconTrigger(self.topic, self.view, self.category_set), language, resources)  # type: ignore[attr-defined]

    def run(self, ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
        # One matcher of the whole list, walked once per field and view for every rule that reads
        # the list; each rule then keeps its categories exactly as a matcher of only those would.
        matcher = ctx.resources.matcher(ctx.language, self.topic, _ALL)
        if matcher is None:
            return
        for field_name, text in ctx.rule_fields(rule):
            candidates = ctx.lexicon_candidates(matcher, self.topic, field_name, self.view)
            if not candidates:
                continue  # most fields: no entry of the list anywhere
            category = ctx.message.category.value
            view = ctx.views(field_name).get(self.view)
            for match in select(candidates, self.category_set, matcher.sizes):  # type: ignore[attr-defined]
                start, end = view.to_original(match.start, match.end)
                if self.skip_placeholders and ctx.overlaps_placeholder(field_name, start, end):
                    continue
                if self.skip_links and any(link.start < end and start < link.end for link in ctx.links(field_name)):
                    continue
                entry = match.entry
                if entry.case == "lower" and text[start:end] != text[start:end].lower():
                    continue
                if not entry.after_number and _after_number(text, start):
                    continue
                if entry.not_after and _not_after(entry.not_after).search(view.text, 0, match.start):
                    continue
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


def _after_number(text: str, start: int) -> bool:
    """Whether a digit is the nearest character before ``start``, past spaces only."""
    return text[:start].rstrip(" \t")[-1:].isdigit()


@cache
def _not_after(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``phrases`` ending the text, or followed by at most two words (searched up to a match)."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:\W+\w+){{0,2}}\W*$")
