"""Spelling (Hunspell dictionaries, cached per word), grammar (LanguageTool matches computed at the
edge and passed in, so evaluate stays pure) and text in another language than the locale."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..checks.python import PythonCheckFunction
from ..context import Hit

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule

SPELLING_LANGUAGES = frozenset({"es", "en"})


def misspelled(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    from ..spelling import hunspell_speller, misspellings

    if ctx.language not in SPELLING_LANGUAGES:
        return
    speller = hunspell_speller(ctx.message.locale if ctx.message.region else ctx.language)
    ignore = frozenset(w.lower() for w in (*ctx.config.words, *ctx.config.brand_names)) | _brand_words(ctx)
    for field_name, text in ctx.rule_fields(rule):
        for miss in misspellings(text, ctx.language, speller, ignore=ignore, locale=ctx.message.locale):
            yield Hit(field_name, miss.start, miss.end, {"word": miss.word})


def _brand_words(ctx: CheckContext) -> frozenset[str]:
    names = [n for n in (ctx.message.brand, ctx.config.brand) if n]
    return frozenset(part.lower() for name in names for part in name.split())


def grammar(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    matches = ctx.extra.get("grammar_matches") or {}
    for field_name, found in matches.items():
        for match in found:
            get = match.get if isinstance(match, dict) else lambda key, m=match: getattr(m, key)
            replacements = list(get("replacements") or [])[:3]
            suggestion = ("→ " + ", ".join(replacements)) if replacements else ""
            yield Hit(field_name, int(get("start") or 0), int(get("end") or 0),
                      {"lt_rule": get("rule_id"), "lt_message": get("message"), "suggestion": suggestion},
                      details=(("languagetool_rule", get("rule_id")),))


NAMES = {"es": {"es": "español", "en": "inglés", "pt": "portugués"}, "en": {"es": "Spanish", "en": "English", "pt": "Portuguese"}}


def language_mismatch(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    from ..langid import detect_language

    threshold = float(ctx.options(rule).get("min_confidence", 0.6))
    for field_name, text in ctx.rule_fields(rule):
        guess = detect_language(text)
        if guess.lang is not None and guess.lang != ctx.language and guess.confidence >= threshold:
            labels = NAMES.get(ctx.language, NAMES["en"])
            yield Hit(field_name, 0, len(text), {"detected": labels.get(guess.lang, guess.lang),
                                                 "expected": labels.get(ctx.language, ctx.language),
                                                 "confidence": round(guess.confidence * 100)})
            return


CHECKS = {
    "misspelled": PythonCheckFunction(misspelled),
    "grammar": PythonCheckFunction(grammar),
    "language_mismatch": PythonCheckFunction(language_mismatch),
}
