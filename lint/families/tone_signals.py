"""Tone read from co-occurring weak signals in one sentence, not from stock phrases (TON112).

Each signal class is a short, generic list of RE2 alternatives (the reader's lapse, a count of repeats,
others who already complied, an irony marker, a pity frame, a rhetorical question, someone else left
waiting, ...). One signal is ordinary copy ("otra vez", "we're sure", "most customers"); two or more
classes in the same sentence, at least one of them a *cue* (a class that carries the intent, as opposed to
a *support* class that only says what the sentence is about), read as sarcasm, a veiled consequence,
guilt, judging the reader or counting their lapses. A class may also be read in the sentence before or
after (``reach: neighbour``): a comparison with others who paid is about the reader's own debt named in
the sentence before it. A class with ``pairs_with`` counts only when one of those classes is found with it:
"we're a small bakery" is guilt next to the reader's lapse, and ordinary copy next to "once again".

The trigger is the union of the cue classes: a message with none of their words is not looked at.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationInfo, model_validator

from ..checks.base import Trigger
from ..checks.python import PythonCheckFunction
from ..context import Hit

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule


class SignalClass(BaseModel):
    """One kind of weak signal: ``patterns`` per language (RE2, case-insensitive, on the folded view)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    role: Literal["cue", "support"]
    patterns: dict[str, list[str]]
    reach: Literal["sentence", "neighbour"] = "sentence"
    categories: list[str] = []  # empty: every category
    pairs_with: list[str] = []  # empty: any other class; else the class counts only next to one of these
    # A match of the class inside a match of one of these (per language) does not count: "you haven't" is a
    # lapse, "if you haven't tried it yet" an invitation.
    not_inside: dict[str, list[str]] = {}


class SignalParams(BaseModel):
    """``min_classes`` distinct classes in a sentence, at least one a cue found in the sentence itself.
    ``defer_to``: tone rules whose finding in a sentence means this rule leaves that sentence alone."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    classes: list[SignalClass]
    min_classes: int = 2
    defer_to: list[str] = []

    @model_validator(mode="after")
    def _compiles(self, info: ValidationInfo) -> SignalParams:
        from ..checks.base import compile_re2, patterns_checked_at_load

        names = {signal.name for signal in self.classes}
        for signal in self.classes:
            unknown = set(signal.pairs_with) - names
            if unknown:
                raise ValueError(f"class {signal.name!r} pairs with unknown classes: {sorted(unknown)}")
            if not patterns_checked_at_load(info):
                continue
            for alternatives in (*signal.patterns.values(), *signal.not_inside.values()):
                compile_re2(_alternation(alternatives), True)
        return self


def _alternation(alternatives: Sequence[str]) -> str:
    return "|".join(f"(?:{alternative})" for alternative in alternatives)


class CompiledClass(NamedTuple):
    name: str
    cue: bool
    neighbour: bool
    categories: frozenset[str]
    pattern: Any
    pairs_with: frozenset[str] = frozenset()
    not_inside: Any = None


class SentenceSignals(NamedTuple):
    """A sentence (start, end on the view) and the classes found in it: name -> first match span."""

    start: int
    end: int
    found: dict[str, tuple[int, int]]


def compile_classes(params: SignalParams, language: str) -> list[CompiledClass]:
    from ..checks.base import lazy_re2

    return [
        CompiledClass(
            c.name,
            c.role == "cue",
            c.reach == "neighbour",
            frozenset(c.categories),
            lazy_re2(_alternation(c.patterns[language]), True),
            frozenset(c.pairs_with),
            lazy_re2(_alternation(c.not_inside[language]), True) if c.not_inside.get(language) else None,
        )
        for c in params.classes
        if c.patterns.get(language)
    ]


def sentence_signals(text: str, classes: Sequence[CompiledClass], category: str) -> list[SentenceSignals]:
    """The classes found in each sentence of ``text`` (a folded view), sentences with none left out."""
    from .tone import _sentence_spans

    result = []
    for start, end in _sentence_spans(text):
        found: dict[str, tuple[int, int]] = {}
        # The sentence on its own, not the text with bounds: RE2 reads "$" at the text's end only, and a class's
        # "menos tú." or "solo falta usted." ends at a sentence end (round 48: h65-es-029 never matched).
        sentence = text[start:end]
        for signal in classes:
            if signal.categories and category not in signal.categories:
                continue
            # A class counts by a match of its own: words another class already took are not a second signal.
            for match in signal.pattern.finditer(sentence):
                m_start, m_end = match.start() + start, match.end() + start
                if m_end > m_start and not any(s < m_end and m_start < e for s, e in found.values()):
                    if signal.not_inside is not None and _inside(
                        signal.not_inside, sentence, m_start - start, m_end - start
                    ):
                        continue
                    found[signal.name] = (m_start, m_end)
                    break
        if found:
            result.append(SentenceSignals(start, end, found))
    return result


def _inside(pattern: Any, sentence: str, m_start: int, m_end: int) -> bool:
    return any(x.start() <= m_start and m_end <= x.end() for x in pattern.finditer(sentence))


def firing(
    sentences: list[SentenceSignals], classes: Sequence[CompiledClass], min_classes: int
) -> Iterator[tuple[SentenceSignals, list[str]]]:
    """Sentences where ``min_classes`` classes meet, with their class names (cues first).

    A neighbour-reach class found in the sentence just before or after counts too, if the two are
    adjacent in the list of sentences with signals and no sentence lies between them. A class with
    ``pairs_with`` counts only when one of those classes counts too."""
    cue = {c.name for c in classes if c.cue}
    neighbour = {c.name for c in classes if c.neighbour}
    pairs = {c.name: c.pairs_with for c in classes if c.pairs_with}
    for index, sentence in enumerate(sentences):
        names = set(sentence.found)
        if not names & cue:
            continue
        for other in (index - 1, index + 1):
            if 0 <= other < len(sentences) and _adjacent(
                sentences[min(index, other)], sentences[max(index, other)]
            ):
                names |= set(sentences[other].found) & neighbour
        names = {n for n in names if n not in pairs or pairs[n] & names}
        if not names & cue & set(sentence.found):
            continue
        if len(names) >= min_classes:
            # The sentence's own cues first, then the rest.
            yield sentence, sorted(names, key=lambda n: (n not in cue or n not in sentence.found, n))


def could_fire(present: Sequence[CompiledClass], classes: Sequence[CompiledClass], category: str, min_classes: int) -> bool:
    """Whether :func:`firing` (given ``classes``) can report anything on a field where only the classes ``present``
    occur (round 72): the names a sentence gathers, its neighbours' included, are names of present classes that read
    the category, and a class with ``pairs_with`` counts only beside one of those; so with fewer than ``min_classes``
    such names, or no cue among them, no sentence fires and the sentence walk is skipped."""
    names = {c.name for c in present if not c.categories or category in c.categories}
    if len(names) < min_classes:
        return False
    cue = {c.name for c in classes if c.cue}
    pairs = {c.name: c.pairs_with for c in classes if c.pairs_with}
    counted = {n for n in names if n not in pairs or pairs[n] & names}
    return bool(counted & cue) and len(counted) >= min_classes


def _adjacent(first: SentenceSignals, second: SentenceSignals) -> bool:
    # Sentences with no signal are left out of the list; two listed sentences are neighbours when only
    # punctuation and spaces separate them (at most one sentence end).
    return second.start - first.end <= 4


def _compiled(ctx: CheckContext, rule: Rule, params: SignalParams) -> tuple[list[CompiledClass], Any]:
    """The classes compiled for the message's language, and one RE2 set of them all: which classes occur
    anywhere in a field is one pass, and only those are looked for sentence by sentence."""
    from ..checks.base import PatternSet

    key = ("tone-signals", rule.id, ctx.language)
    compiled = ctx.resources.memo.get(key)
    if compiled is None:
        classes = compile_classes(params, ctx.language)
        patterns = [
            _alternation(c.patterns[ctx.language]) for c in params.classes if c.patterns.get(ctx.language)
        ]
        compiled = ctx.resources.memo[key] = (classes, PatternSet(patterns, True) if patterns else None)
    return compiled


def co_occurring_signals(ctx: CheckContext, rule: Rule, params: SignalParams) -> Iterator[Hit]:
    """Report a sentence where two or more signal classes meet (see the module docstring): the span runs
    from the sentence's first signal to its last; the message names the classes."""
    classes, class_set = _compiled(ctx, rule, params)
    if not classes:
        return
    category = ctx.message.category.value
    reported: list[tuple[str, int]] | None = None
    for field_name, text in ctx.rule_fields(rule):
        view = ctx.views(field_name).get("folded")
        occurring = class_set.occurring(view.text)
        present = [c for index, c in enumerate(classes) if index in occurring]
        if not could_fire(present, classes, category, params.min_classes):
            continue  # no sentence can gather min_classes classes around a cue of its own
        sentences = sentence_signals(view.text, present, category)
        for sentence, names in firing(sentences, classes, params.min_classes):
            s_start, s_end = view.to_original(sentence.start, sentence.end)
            if reported is None:
                reported = ctx.reported_by(params.defer_to)
            if any(f == field_name and s_start <= s < s_end for f, s in reported):
                continue
            # the span covers the sentence's own signals that count, the pair that fired
            own = [span for name, span in sentence.found.items() if name in names]
            h_start, h_end = view.to_original(min(s for s, _ in own), max(e for _, e in own))
            if ctx.overlaps_placeholder(field_name, h_start, h_end):
                # a signal inside a placeholder is no signal; one between the signals ("a shame if
                # {{dog_name}} missed ..., wouldn't it") leaves the first signal to stand for the sentence.
                # A signal whose first and last characters lie outside placeholders counts even when its
                # gap runs over one (round 38: "if you had brought {{pet_name}} in ..., would have been").
                spans = [view.to_original(s, e) for s, e in sorted(own)]
                if any(
                    ctx.overlaps_placeholder(field_name, start, start + 1)
                    or ctx.overlaps_placeholder(field_name, end - 1, end)
                    for start, end in spans
                ):
                    continue
                h_start, h_end = spans[0]
            yield Hit(
                field_name, h_start, h_end, {"match": text[h_start:h_end], "signals": " + ".join(names)}
            )


def _trigger(params: SignalParams, language: str) -> Trigger | None:
    """Some cue class's pattern: a sentence needs one to be reported."""
    cues = [
        _alternation(c.patterns[language])
        for c in params.classes
        if c.role == "cue" and c.patterns.get(language)
    ]
    return Trigger("folded", "(?i:" + "|".join(f"(?:{p})" for p in cues) + ")") if cues else None


CHECKS = {
    "co_occurring_signals": PythonCheckFunction(co_occurring_signals, SignalParams, trigger=_trigger),
}
