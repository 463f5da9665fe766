"""Clarity: readability for the language, long sentences and words, nested clauses, Spanish opening
marks, calls to action, bare links, ambiguous dates, clock times without a zone, SMS-speak."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..checks.python import PythonCheckFunction
from ..context import Hit
from ..findings import Edit, Fix, FixSafety

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule

MIN_WORDS_FOR_READABILITY = 12


def _readability(ctx: CheckContext, field_name: str, text: str) -> Any:
    from ..textstats import readability

    return ctx.memo(("readability", field_name), lambda: readability(text, ctx.language))


def readability_score(ctx: CheckContext, field_name: str, text: str) -> Iterator[tuple[float, int, int]]:
    """Szigriszt-Pazos perspicuity (INFLESZ scale) for Spanish, Flesch Reading Ease for English."""
    if ctx.language not in ("es", "en"):
        return
    result = _readability(ctx, field_name, text)
    if result.words < MIN_WORDS_FOR_READABILITY:
        return  # formulas are meaningless on a handful of words
    score = result.szigriszt_pazos if ctx.language == "es" else result.flesch_reading_ease
    if score is not None:
        yield float(score), 0, len(text)


def _sentences(ctx: CheckContext, field_name: str, text: str) -> Any:
    from ..textstats import split_sentences

    return ctx.memo(("sentences", field_name), lambda: split_sentences(text, ctx.language if ctx.language in ("es", "en", "pt") else "en"))


def sentence_word_counts(ctx: CheckContext, field_name: str, text: str) -> list[tuple[Any, int, int]]:
    """(sentence, words, countable tokens) per sentence, computed once per field for every clarity rule."""

    def compute() -> list[tuple[Any, int, int]]:
        from ..textstats import words

        counted = []
        for sentence in _sentences(ctx, field_name, text):
            kinds = [w.kind.name for w in words(sentence.text)]
            plain = sum(1 for kind in kinds if kind == "WORD")
            countable = sum(1 for kind in kinds if kind in ("WORD", "NUMBER", "PLACEHOLDER"))
            counted.append((sentence, plain, countable))
        return counted

    return ctx.memo(("sentence-words", field_name), compute)


def words_per_sentence(ctx: CheckContext, field_name: str, text: str) -> Iterator[tuple[float, int, int]]:
    for sentence, _, countable in sentence_word_counts(ctx, field_name, text):
        yield float(countable), sentence.start, sentence.end


def long_word_share(ctx: CheckContext, field_name: str, text: str) -> Iterator[tuple[float, int, int]]:
    from ..textstats import long_words

    result = _readability(ctx, field_name, text)
    if result.words < MIN_WORDS_FOR_READABILITY or ctx.language not in ("es", "en"):
        return
    found = long_words(text, ctx.language)
    if found:
        yield 100.0 * len(found) / result.words, found[0].start, found[-1].end


def clause_depth(ctx: CheckContext, field_name: str, text: str) -> Iterator[tuple[float, int, int]]:
    from ..textstats import nested_clause_depth

    for sentence in _sentences(ctx, field_name, text):
        yield float(nested_clause_depth(sentence.text, ctx.language)), sentence.start, sentence.end


OPENERS = {"?": "¿", "!": "¡"}


CLOSING_GROUP_RE = re.compile(r"[?!]+")
TERMINATORS = frozenset(".?!…\n")
LEADING = " \t\"'«“(-–—"


def missing_opening_mark(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """Spanish questions and exclamations open with ¿ and ¡; a clause that only closes them is wrong.

    For each run of closing marks, look back to the previous terminator (. ? ! … or a line break) for
    the opening mark. Works on the ``matching`` view (invisible characters removed) and scans the text
    itself rather than sentence splits, so the verdict after a fix is stable: fixes reach a fixed
    point in one round.
    """
    closing = str(ctx.options(rule).get("mark", "?"))
    opening = OPENERS[closing]
    for field_name, _ in ctx.rule_fields(rule):
        view = ctx.views(field_name).get("matching")
        text = view.text
        for group in CLOSING_GROUP_RE.finditer(text):
            if closing not in group.group():
                continue
            # "¿Cómo?!" may open with either mark when the run mixes both.
            accepted = {opening} if set(group.group()) == {closing} else {"¿", "¡"}
            position = group.start() - 1
            while position >= 0 and text[position] not in TERMINATORS and text[position] not in accepted:
                position -= 1
            if position >= 0 and text[position] in accepted:
                continue
            clause_start = position + 1
            while clause_start < group.start() and text[clause_start] in LEADING:
                clause_start += 1
            if clause_start >= group.start():
                continue  # nothing before the mark ("?" alone): nothing to open
            insert_at, _ = view.to_original(clause_start, clause_start + 1)
            mark_at = group.start() + group.group().index(closing)
            mark_start, mark_end = view.to_original(mark_at, mark_at + 1)
            clause = text[clause_start : group.end()]
            # Inserting at the start of the clause is right unless the question begins after a comma
            # ("Si tienes dudas, ¿nos llamas?"): then a person has to choose the spot.
            safety = FixSafety.UNSAFE if "," in clause else FixSafety.SAFE
            yield Hit(field_name, mark_start, mark_end, {"mark": opening, "sentence": clause.strip()},
                      fix=Fix(safety, (Edit(field_name, insert_at, insert_at, opening),), f"add {opening}"))


def _cta_matches(ctx: CheckContext) -> list[tuple[str, int, int, str]]:
    matcher = ctx.resources.matcher(ctx.language, "cta", frozenset())
    found: list[tuple[str, int, int, str]] = []
    if matcher is None:
        return found
    opt_out = ctx.resources.matcher(ctx.language, "opt-out", frozenset({"opt-out-instruction", "default-text"}))
    for field_name, _ in ctx.fields:
        if field_name not in ("body", "subject") and not field_name.startswith("buttons["):
            continue
        view = ctx.views(field_name).get("folded")
        # "Responde BAJA" is an opt-out instruction, not a call to action.
        excluded = [(m.start, m.end) for m in opt_out.find(view.text)] if opt_out is not None else []
        for match in matcher.find(view.text, ctx.tokens(field_name, "folded")):
            if any(s <= match.start < e for s, e in excluded):
                continue
            start, end = view.to_original(match.start, match.end)
            found.append((field_name, start, end, match.entry.term))
    return found


def call_to_action(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    mode = ctx.options(rule).get("mode", "missing")
    if ctx.resources.lexicon(ctx.language, "cta") is None:
        return
    actions = _cta_matches(ctx)
    links = [link for name, _ in ctx.fields for link in ctx.links(name)]
    body = ctx.message.body
    if mode == "missing":
        if not actions and not links and not ctx.message.buttons:
            yield Hit("body", len(body), len(body), {})
    else:
        limit = int(ctx.options(rule).get("max", 2))
        distinct = sorted({term for *_, term in actions})
        if len(distinct) > limit:
            field_name, start, end, _ = actions[-1]
            yield Hit(field_name, start, end, {"count": len(distinct), "actions": ", ".join(distinct[:5]), "max": limit})


def bare_link(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """A link with no words around it saying what it is."""
    from ..links import find_links

    for field_name, text in ctx.rule_fields(rule):
        if not ctx.links(field_name):
            continue  # no link in the field: nothing can be bare
        previous_words = 0
        for sentence, count, _ in sentence_word_counts(ctx, field_name, text):
            links = find_links(sentence.text)
            context_words = count + previous_words
            previous_words = count
            if not links:
                continue
            # The sentence before can explain the link ("Your bill is ready. https://..."): only a
            # link with fewer than four words around it, in its sentence and the one before, is bare.
            if count < 2 and context_words < 4:
                link = links[0]
                yield Hit(field_name, sentence.start + link.start, sentence.start + link.end, {"url": link.url})


DATE_RE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?(?![\d/-])(?!\.\d)")
TIME_RE = re.compile(r"(?i)(?<![\d:])([01]?\d|2[0-3])(?::([0-5]\d))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|h(?:s|rs)?\b)|(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")
ZONE_RE = re.compile(r"(?i)\b(hora (de|del) [a-z]+|[A-Z]{2,4}T|UTC|GMT|CET|CEST|ET|CT|MT|PT|EST|EDT|CST|CDT|PST|PDT|hora local|local time|hora peninsular|hora canaria)\b")


def ambiguous_date(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    for field_name, text in ctx.rule_fields(rule):
        for match in DATE_RE.finditer(text):
            first, second = int(match.group(1)), int(match.group(3))
            if match.group(2) == "." and match.group(4) is None:
                continue  # 1.5 is a number, not a date
            if 1 <= first <= 12 and 1 <= second <= 12 and first != second:
                yield Hit(field_name, match.start(), match.end(), {"date": match.group(), "a": f"{first}/{second}", "b": f"{second}/{first}"})


def time_without_zone(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """Clock times with no zone where the recipient may be in another zone than the sender."""
    from .timing import country_zones

    region = ctx.message.region
    if region is None or len(country_zones().get(region, ())) < 2:
        return
    for field_name, text in ctx.rule_fields(rule):
        if ZONE_RE.search(text):
            continue
        match = TIME_RE.search(text)
        if match:
            yield Hit(field_name, match.start(), match.end(), {"time": match.group().strip(), "country": region})


CHECKS = {
    "missing_opening_mark": PythonCheckFunction(missing_opening_mark),
    "call_to_action": PythonCheckFunction(call_to_action),
    "bare_link": PythonCheckFunction(bare_link),
    "ambiguous_date": PythonCheckFunction(ambiguous_date),
    "time_without_zone": PythonCheckFunction(time_without_zone),
}
METRICS = {
    "readability": readability_score,
    "words_per_sentence": words_per_sentence,
    "long_word_share": long_word_share,
    "clause_depth": clause_depth,
}
