"""Offline language identification for short customer messages: Spanish, English or Portuguese.

Built for one rule, "the text is not in the message's locale", so precision comes first: the
detector answers ``None`` rather than guess on a text with too little evidence ("OK", "1234", a
URL, a brand name, "Hola Ana"), and English loanwords common in Spanish marketing (app, online,
email, checkout, cashback, delivery, off...) count for nothing.

Evidence, per language:

- cue words from ``corpora/langid/{es,en,pt}.txt`` (function words and frequent customer-message
  words); a word listed for two languages (de, que, para, no, pedido, código...) is ignored;
- characters only one of the languages writes: ñ ¿ ¡ ü for Spanish; ã õ ç â ê ô à for Portuguese
  (at most 2 points per language, so "¡¡¡Oferta!!!" is not overwhelming);
- suffixes of words not in the lists: -ción / -dad (es), -dade (pt), -tion / -ness (en).

No model, no download, no dependency: about 20-40 µs for an SMS.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from .lazy import lazy_re
from .textstats import mask_non_words

__all__ = ["LANGUAGES", "LangGuess", "cue_words", "detect_language", "other_language_evidence"]

Language = Literal["es", "en", "pt"]
LANGUAGES: tuple[Language, ...] = ("es", "en", "pt")


@dataclass(frozen=True, slots=True)
class LangGuess:
    """The detected language (``None`` when unsure) and a confidence in [0, 1].

    ``confidence`` grows with the margin of evidence between the best and the second language
    and shrinks when the text mixes them: 1 - exp(-margin / 2), times margin / best. Three
    unambiguous English words and nothing else give 0.78; a Spanish SMS of a dozen words, 0.95+.
    """

    lang: Language | None
    confidence: float


@functools.cache
def cue_words() -> dict[str, Language]:
    """Word -> language for the cue words that belong to exactly one language (loaded once)."""
    owners: dict[str, set[Language]] = {}
    folder = resources.files("sendlint.corpora").joinpath("langid")
    for lang in LANGUAGES:
        for line in folder.joinpath(f"{lang}.txt").read_text(encoding="utf-8").splitlines():
            word = line.strip().lower()
            if word and not word.startswith("#"):
                owners.setdefault(word, set()).add(lang)
    return {word: next(iter(langs)) for word, langs in owners.items() if len(langs) == 1}


_TOKEN_RE = lazy_re(r"[^\W\d_]+(?:['-][^\W\d_]+)*")  # check-in, bem-vindo: one token
_CHAR_CUES: tuple[tuple[Language, str], ...] = (("es", "ñ¿¡ü"), ("pt", "ãõçâêôà"))
_MAX_CHAR_POINTS = 2.0
_SUFFIX_CUES: tuple[tuple[str, Language], ...] = (
    ("ción", "es"),
    ("ciones", "es"),
    ("dad", "es"),
    ("dades", "es"),
    ("dade", "pt"),
    ("dades", "pt"),
    ("tion", "en"),
    ("tions", "en"),
    ("ness", "en"),
)
_SUFFIXES = tuple(suffix for suffix, _ in _SUFFIX_CUES)


def _suffix_language(token: str) -> Language | None:
    # "dades" is both Spanish (ciudades) and Portuguese (cidades): ambiguous, no point.
    if token.endswith("dades"):
        return None
    for suffix, lang in _SUFFIX_CUES:
        if token.endswith(suffix):
            return lang
    return None


@functools.lru_cache(maxsize=4096)  # several rules ask about the same field
def detect_language(text: str, *, min_evidence: float = 2.0) -> LangGuess:
    """Guess whether ``text`` is Spanish, English or Portuguese, or answer ``None``.

    ``None`` (with confidence 0) when the best language has less than ``min_evidence`` points
    (one point per cue word, per special character, per telling suffix) or when two languages
    tie. URLs, e-mail addresses, placeholders and numbers are ignored.
    """
    scores = _scores(text)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < min_evidence or top == second:
        return LangGuess(None, 0.0)
    margin = top - second
    confidence = (1.0 - math.exp(-margin / 2.0)) * (margin / top)
    return LangGuess(best, round(confidence, 4))


def _scores(text: str) -> dict[Language, float]:
    """Points per language: cue words, telling suffixes, special characters (at most two)."""
    low = mask_non_words(text).lower().replace("’", "'")
    cues = cue_words()
    tokens = _TOKEN_RE.findall(low)
    by_cue = Counter(map(cues.get, tokens))  # language -> cue words (None: not a cue), counted in C
    scores: dict[Language, float] = {"es": float(by_cue["es"]), "en": float(by_cue["en"]), "pt": float(by_cue["pt"])}
    for token in tokens:
        if token.endswith(_SUFFIXES) and token not in cues:
            suffix_lang = _suffix_language(token)
            if suffix_lang is not None:
                scores[suffix_lang] += 1.0
    for lang, chars in _CHAR_CUES:
        points = float(sum(low.count(ch) for ch in chars))
        if points:
            scores[lang] += min(points, _MAX_CHAR_POINTS)
    return scores


@functools.cache
def other_language_evidence(language: str) -> str:
    """An RE2 pattern (for the ``masked`` view) found in every text where :func:`detect_language` gives another
    language than ``language`` a point: one of its cue words between non-letters, a word ending in one of
    its suffixes, or one of its characters. Without it no text can be detected as another language, so
    it is the trigger of the language-mismatch rule (case-insensitive; "’" is read as "'")."""
    others = [lang for lang in LANGUAGES if lang != language]
    cues = sorted((w for w, lang in cue_words().items() if lang in others), key=len, reverse=True)
    words = "|".join(re.escape(w).replace("'", "['’]") for w in cues)
    suffixes = "|".join(sorted({re.escape(s) for s, lang in _SUFFIX_CUES if lang in others}, key=len, reverse=True))
    chars = "".join(c for lang, cs in _CHAR_CUES if lang in others for c in cs)
    parts = [f"(?:^|\\PL)(?:{words})(?:\\PL|$)"] if words else []
    if suffixes:
        parts.append(f"(?:{suffixes})(?:\\PL|$)")
    if chars:
        parts.append(f"[{re.escape(chars)}]")
    parts.append("\\x{130}")  # "İ" lowercases to "i" + a combining dot, which tokenizes unlike the original
    return "(?i:" + "|".join(parts) + ")"
