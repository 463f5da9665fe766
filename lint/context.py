"""What a check sees: the message, its fields' views, the configuration, time and recent sends."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from .findings import Fix, Severity
from .lexicon import LexiconMatch, LexiconMatcher, select, tokenize
from .links import find_links
from .model import Message
from .normalize import FieldViews, ViewName
from .placeholders import Placeholder, find_placeholders

WARNING_RANK = Severity.WARNING.rank

if TYPE_CHECKING:
    from .config import Config
    from .registry import Registry, Resources, Rule

T = TypeVar("T")
_UNSET: Any = object()  # ctx.memo's "not computed yet" (a computed value may be None)


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check reports; the engine turns it into a :class:`~sendlint.findings.Finding`."""

    field: str
    start: int
    end: int
    args: Mapping[str, Any] = dataclass_field(default_factory=lambda: MappingProxyType({}))
    severity: Severity | None = None
    fix: Fix | None = None
    details: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True, slots=True)
class PastSend:
    """A message already sent to the recipient (from the history store), as the checks see it."""

    to: str
    sent_at: datetime
    channel: str
    category: str
    body: str
    campaign: str | None = None


class CheckContext:
    """Per-evaluation state shared by the checks; built by :func:`sendlint.evaluate`, never global."""

    def __init__(
        self,
        message: Message,
        registry: Registry,
        config: Config,
        *,
        now: datetime | None,
        recent: Sequence[PastSend],
        extra: Mapping[str, Any],
    ) -> None:
        self.message = message
        self.registry = registry
        self.config = config
        self.now = now
        self.recent = tuple(recent)
        self.extra = extra
        self.language = message.language
        self.fields: tuple[tuple[str, str], ...] = tuple(message.text_fields())
        self._views: dict[str, FieldViews] = {}
        self._placeholders: dict[str, tuple[Placeholder, ...]] = {}
        self._memo: dict[Any, Any] = {}
        self._fields_for: dict[frozenset[str], tuple[tuple[str, str], ...]] = {}
        self.details: dict[str, Any] = {}
        # (field, start) of each finding at warning or above, by rule id, as the engine runs the rules: what a
        # rule that defers to others reads (the engine runs those first; see engine._make_gate).
        self._reported: dict[str, list[tuple[str, int]]] = {}

    @property
    def resources(self) -> Resources:
        return self.registry.resources

    def views(self, field_name: str) -> FieldViews:
        views = self._views.get(field_name)
        if views is None:
            views = self._views[field_name] = FieldViews(self.message.field_text(field_name))
        return views

    def tokens(self, field_name: str, view: ViewName) -> list[tuple[str, int, int]]:
        """Word tokens of a view of a field, shared by every lexicon rule."""
        # Keyed by the text: views that come out the same (the deobfuscated view of a text with nothing
        # obfuscated is the folded one) are tokenized once.
        views = self.views(field_name)
        text = views.get(view).text
        key = ("tokens", text)
        found = self._memo.get(key)
        if found is None:
            derived = self._lowered_from_folded(field_name, views, text) if view == "lowered" else None
            found = self._memo[key] = derived if derived is not None else tokenize(text)
        return found

    def _lowered_from_folded(self, field_name: str, views: FieldViews, text: str) -> list[tuple[str, int, int]] | None:
        """The lowered view's tokens read off the folded view's, or None where they may differ (round 75).

        Where both views took the fast path (one character for each character of the field), a lowered and a
        folded character differ only where both are word characters (tests/test_fast_paths.py checks every code
        point), so the token pattern finds the same spans in both and the lowered tokens are those spans of the
        lowered text. The folded tokens are there already (every lexicon rule reads them), and the Spanish CTA
        analysis and its bound, the only readers of the lowered tokens, were tokenizing a second time for each
        body with an accent (~44% of Spanish bodies)."""
        folded = views.get("folded")
        if views.get("lowered").starts is not None or folded.starts is not None:
            return None
        tokens = self.tokens(field_name, "folded")
        if folded.text == text:
            return tokens
        return [(text[start:end], start, end) for _, start, end in tokens]

    def lexicon_candidates(
        self, matcher: LexiconMatcher, topic: str, field_name: str, view: ViewName
    ) -> list[tuple[int, list[LexiconMatch]]]:
        """Where entries of a term list start in a view of a field (:meth:`LexiconMatcher.candidates`),
        walked once for every rule that reads the list."""
        key = ("lexicon", topic, field_name, view)
        found = self._memo.get(key)
        if found is None:
            tokens = self.tokens(field_name, view)
            # The tokens' words and their set, once for the several lists that walk them (~4 a message).
            words_key = ("token-words", id(tokens))
            shared = self._memo.get(words_key)
            if shared is None or shared[0] is not tokens:
                words = [token[0] for token in tokens]
                shared = self._memo[words_key] = (tokens, words, frozenset(words))
            found = self._memo[key] = matcher.candidates(tokens, shared[1], shared[2])
        return found

    def lexicon_matches(self, topic: str, field_name: str, view: ViewName, categories: frozenset[str]) -> list[LexiconMatch]:
        """What a matcher of only ``categories`` of the language's ``topic`` list (all when empty) finds in a
        view of a field, taken from the one walk every rule reading that list shares (:func:`lexicon.select`)."""
        matcher = self.registry.resources.matcher(self.language, topic, frozenset())
        if matcher is None:
            return []
        return select(self.lexicon_candidates(matcher, topic, field_name, view), categories, matcher.sizes)

    def links(self, field_name: str) -> tuple[Any, ...]:
        """Links in a field (:func:`sendlint.links.find_links`), found once for every rule."""
        key = ("links", field_name)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = find_links(self.message.field_text(field_name))
        return found

    def placeholders(self, field_name: str) -> tuple[Placeholder, ...]:
        found = self._placeholders.get(field_name)
        if found is None:
            found = self._placeholders[field_name] = find_placeholders(self.message.field_text(field_name))
        return found

    def overlaps_placeholder(self, field_name: str, start: int, end: int) -> bool:
        return any(p.start < end and start < p.end for p in self.placeholders(field_name))

    def record(self, rule: Rule, hits: Sequence[Hit]) -> None:
        """Remember where ``rule`` reported at warning or above (called by the engine for every rule it runs)."""
        spots = [(hit.field, hit.start) for hit in hits if (hit.severity or rule.severity).rank >= WARNING_RANK]
        if spots:
            self._reported[rule.id] = spots

    def reported_by(self, rule_ids: Iterable[str]) -> list[tuple[str, int]]:
        """(field, start) of the findings at warning or above of ``rule_ids`` on this message, among the rules
        that ran before the caller (a rule switched off or that does not apply reported nothing)."""
        return [spot for rule_id in rule_ids for spot in self._reported.get(rule_id, ())]

    def memo(self, key: Any, compute: Callable[[], T]) -> T:
        """Compute once per evaluation (e.g. the segment report several length rules share). One dictionary
        lookup when the value is there (rules ask ~14 times a message, most of them answered), two when not."""
        found = self._memo.get(key, _UNSET)
        if found is _UNSET:
            found = self._memo[key] = compute()
        return found

    def options(self, rule: Rule) -> Mapping[str, Any]:
        """The rule's option defaults overlaid with the configuration's ``rule_options`` for it."""
        configured = self.config.rule_options.get(rule.id)
        if not configured:
            return rule.options
        return {**rule.options, **configured}

    def rule_fields(self, rule: Rule) -> tuple[tuple[str, str], ...]:
        """The message's non-empty fields that the rule reads; rules share a handful of field sets."""
        wanted = rule.applies_to.fields
        found = self._fields_for.get(wanted)
        if found is None:
            found = self._fields_for[wanted] = tuple(
                (name, text) for name, text in self.fields if rule.applies_to.accepts_field(name)
            )
        return found
