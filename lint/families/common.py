"""Metrics shared by several families."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from functools import cache
from typing import TYPE_CHECKING

from ..checks.base import Trigger
from ..checks.metric import Metric
from ..lazy import lazy_re
from ..lexicon import word_list

if TYPE_CHECKING:
    from ..context import CheckContext

UPPER_RE = lazy_re(r"[A-ZÀ-ÖØ-ÞА-Я]")

# Every link sendlint.links finds has "://" or a dot before a label character (links._MAYBE_LINK_RE;
# Python's [^\W_] is widened here to any non-ASCII character): the trigger of rules about links.
LINK_TRIGGER = Trigger("raw", r"://|\.[0-9A-Za-z\x{80}-\x{10FFFF}]")
# A field TON201 can call shouted has six capitals (shouted_words' first test).
SIX_CAPITALS_TRIGGER = Trigger("raw", "(?:[A-ZÀ-ÖØ-ÞА-Я][^A-ZÀ-ÖØ-ÞА-Я]*){6}")
WORD_RE = lazy_re(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A token in capitals glued to a digit or to another part by a hyphen or slash ("HIIT-45", "STD-60",
# "SYD-MEL", "Z2"): a code, class or route name, not a shouted word.
_CODE_JOIN = frozenset("-/_0123456789")
_VOWELS = frozenset("AEIOUÁÉÍÓÚÜ")


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each (start, end) span replaced by spaces: what is left can be searched and its offsets still
    point into the original (an opt-out sentence, a link, taken out of what a rule reads)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def common_words(language: str) -> AbstractSet[str]:
    """Frequent words Hunspell accepts (corpora/<lang>/common-words.txt, see tools/gen_common_words.py), lower case."""
    return word_list(language, "common-words.txt")


def _code_like(text: str, start: int, end: int, word: str, language: str) -> bool:
    """Whether a word in capitals is an unexplained code or abbreviation rather than a shouted word (h14):
    glued to a digit or a joined part ("HIIT-45", "SYD-MEL"), or a short one (4 letters at most) without
    a vowel or outside the language's frequent words ("STD", "PNR", "OLCI", "RPE"). Shouting is made of
    the language's words ("PAGUE HOY", "LAST CHANCE"): a code without its meaning is a clarity problem."""
    if (start and text[start - 1] in _CODE_JOIN) or (end < len(text) and text[end] in _CODE_JOIN and end + 1 < len(text) and text[end + 1].isalnum()):
        return True
    if len(word) > 4:
        return False
    frequent = common_words(language)
    return not (_VOWELS & set(word)) or (bool(frequent) and word.lower() not in frequent)


def _unknown_word(lower: str, frequent: AbstractSet[str], language: str) -> bool:
    """Whether a lower-cased word is neither a frequent word nor one Hunspell accepts (checked only for the
    rare capitals word of five letters or more outside the frequent words, so the dictionary is seldom asked)."""
    if lower in frequent:
        return False
    from ..spelling import hunspell_speller

    return not hunspell_speller(language).known(lower)


def abbreviation_in_capitals(text: str, start: int, end: int, word: str, language: str) -> bool:
    """Whether a word in capitals is a code or abbreviation, not a shouted word: what ``_code_like`` says, or
    (round 34) a longer word that is no word of the language ("RTITB", "LOLER" in a training notice, h34-en-026).
    Shouting is made of the language's words, rare ones included ("MOROSO"); a contraction ("DON'T") is a word.
    TON201 (through :func:`shouted_words`) and TON206 ask this one question."""
    if _code_like(text, start, end, word, language):
        return True
    frequent = common_words(language)
    return len(word) > 4 and word.isalpha() and bool(frequent) and _unknown_word(word.lower(), frequent, language)


@cache
def acronyms(language: str) -> frozenset[str]:
    """Upper-case tokens that are not shouting (OTP, PIN, IVA, ...), from ``corpora/<lang>/acronyms.txt``."""
    return frozenset(word.upper() for word in word_list(language, "acronyms.txt"))


def shouted_words(ctx: CheckContext, field_name: str, text: str) -> tuple[list[tuple[int, int]], int]:
    """Spans of words written in capitals (3+ letters, not acronyms or brand names) and the word count."""
    if len(UPPER_RE.findall(text)) < 6:  # fewer capitals than two shouted words need
        return [], 0
    ignore = acronyms(ctx.language) | {n.upper() for n in ctx.config.brand_names}
    if ctx.message.brand:
        ignore |= {part.upper() for part in WORD_RE.findall(ctx.message.brand)}
    if ctx.config.brand:
        ignore |= {part.upper() for part in WORD_RE.findall(ctx.config.brand)}
    shouted: list[tuple[int, int]] = []
    count = 0
    for match in WORD_RE.finditer(text):
        if ctx.overlaps_placeholder(field_name, match.start(), match.end()):
            continue
        word = match.group()
        count += 1
        if (
            len(word) >= 3
            and word.isupper()
            and word not in ignore
            and not abbreviation_in_capitals(text, match.start(), match.end(), word, ctx.language)
        ):
            shouted.append((match.start(), match.end()))
    return shouted, count


def capitals_ratio(ctx: CheckContext, field_name: str, text: str) -> Iterator[tuple[float, int, int]]:
    """Percentage of words in capitals; span from the first to the last shouted word."""
    shouted, count = shouted_words(ctx, field_name, text)
    if not shouted or count == 0:
        return
    # A single shouted word in a long message is emphasis, not shouting: counts below 2 never fire.
    if len(shouted) < 2 and count > 1:
        return
    yield 100.0 * len(shouted) / count, shouted[0][0], shouted[-1][1]


METRICS = {"capitals_ratio": Metric(capitals_ratio, SIX_CAPITALS_TRIGGER)}
CHECKS: dict[str, object] = {}


def sms_speak_terms(ctx: CheckContext) -> frozenset[str]:
    """The one-word SMS-speak terms of the message's language (corpora/<lang>/sms-speak.yaml), lower case: CLR501
    reports them, so LNG101 skips them and CLR503 counts them as shorthand. One set per language and registry."""
    key = ("sms-speak-terms", ctx.language)
    found = ctx.resources.memo.get(key)
    if found is None:
        lexicon = ctx.resources.lexicon(ctx.language, "sms-speak")
        found = ctx.resources.memo[key] = frozenset(
            entry.term.lower() for entry in (lexicon.entries if lexicon is not None else ()) if " " not in entry.term
        )
    return found


PlaceEntries = tuple[tuple[str, str | None, int], ...]


class PlaceTable(Mapping[str, PlaceEntries]):
    """Place name -> its entries, each line parsed on its first lookup: parsing all ~45,000 lines took 0.1-0.2 s of a
    cold ``sendlint message`` that asks about one or two names."""

    def __init__(self, lines: Mapping[str, str]) -> None:
        self._lines = lines
        self._parsed: dict[str, PlaceEntries] = {}

    def __getitem__(self, name: str) -> PlaceEntries:
        entries = self._parsed.get(name)
        if entries is None:
            entries = self._parsed[name] = tuple(
                (parts[0], parts[2] if len(parts) > 2 else None, int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0)
                for parts in (entry.split(":", 2) for entry in self._lines[name].split(","))
            )
        return entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    def __len__(self) -> int:
        return len(self._lines)


@cache
def places() -> PlaceTable:
    """corpora/places.tsv (GeoNames cities of 15,000 people or more, tools/gen_places.py): name -> ((country, zone or
    None for the country's first, thousands of people), ...). Read once, by CLR403 (where the reader is) and LNG101
    (a town of the reader's country is no typo)."""
    from importlib import resources

    text = resources.files("sendlint.corpora").joinpath("places.tsv").read_text(encoding="utf-8")
    rows = (line.partition("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return PlaceTable({name: entries for name, _, entries in rows})
