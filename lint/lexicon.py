"""Term lists from ``corpora/`` and the matcher that finds their entries in a text view.

A lexicon file is YAML: ``language``, ``topic``, ``source``, ``licence`` and ``entries`` (term, category,
severity, by_category, lemma, alternative, note, weight). Matching is token by token on a folded view
(case and accents ignored), so ``ÚLTIMO AVISO`` matches the entry ``último aviso``. An entry with
``lemma: true`` also matches the inflected forms of its words (``embargar`` -> ``embargaremos``), from
spaCy's lookup tables (spacy-lookups-data), expanded once when the matcher is built.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

from .errors import FieldError
from .findings import Severity
from .lazy import lazy_re
from .normalize import build_view

TOKEN_RE = lazy_re(r"\w+(?:['’]\w+)*", re.UNICODE)
ENTRY_KEYS = frozenset(
    {"term", "category", "severity", "by_category", "lemma", "alternative", "note", "weight", "case", "after_number", "not_after"}
)
FILE_KEYS = frozenset({"language", "topic", "source", "licence", "entries"})


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    term: str
    category: str
    severity: Severity | None = None
    by_category: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    lemma: bool = False
    alternative: str | None = None
    note: str | None = None
    weight: float = 1.0
    # Matched on the folded view, but some entries are only the word when written a certain way: "case:
    # lower" keeps a match only if the original has no capital ("u", not "Unit U"); "after_number: false"
    # drops a match right after a number ("2 x 1", "10 k", "lote 3 d"; "x 3 meses" is still "por").
    case: Literal["any", "lower"] = "any"
    after_number: bool = True
    # Phrases that make the term something else when they come right before it, up to two words apart
    # (folded): "made with (Irish) whiskey", "con ron" are ingredients, not alcohol promotion.
    not_after: tuple[str, ...] = ()

    def severity_for(self, message_category: str) -> Severity | None:
        return self.by_category.get(message_category, self.severity)


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    topic: str
    source: str
    licence: str
    entries: tuple[LexiconEntry, ...]


def parse_lexicon(data: Any) -> Lexicon:
    """Validate and build a lexicon from parsed YAML; errors carry the key path."""
    if not isinstance(data, Mapping):
        raise FieldError((), "a lexicon file must be a mapping with language, topic, source, licence, entries")
    for key in data:
        if key not in FILE_KEYS:
            raise FieldError((str(key),), f"unknown key; expected one of {', '.join(sorted(FILE_KEYS))}")
    for key in ("language", "topic", "entries"):
        if key not in data:
            raise FieldError((key,), "missing")
    if not isinstance(data["entries"], list):
        raise FieldError(("entries",), "expected a list")
    entries = []
    for index, raw in enumerate(data["entries"]):
        path: tuple[str | int, ...] = ("entries", index)
        if not isinstance(raw, Mapping):
            raise FieldError(path, "expected a mapping with at least term and category")
        for key in raw:
            if key not in ENTRY_KEYS:
                raise FieldError((*path, str(key)), f"unknown key; expected one of {', '.join(sorted(ENTRY_KEYS))}")
        term = raw.get("term")
        if not isinstance(term, str) or not TOKEN_RE.search(term):
            raise FieldError((*path, "term"), "expected a non-empty phrase")
        try:
            severity = Severity(raw["severity"]) if raw.get("severity") else None
            by_category = {str(k): Severity(v) for k, v in (raw.get("by_category") or {}).items()}
        except ValueError as error:
            raise FieldError((*path, "severity"), f"{error}; expected error, warning or info") from None
        weight = raw.get("weight", 1.0)
        if not isinstance(weight, (int, float)) or isinstance(weight, bool):
            raise FieldError((*path, "weight"), "expected a number")
        case = raw.get("case", "any")
        if case not in ("any", "lower"):
            raise FieldError((*path, "case"), "expected any or lower")
        not_after = raw.get("not_after", [])
        if not isinstance(not_after, list) or not all(isinstance(p, str) and TOKEN_RE.search(p) for p in not_after):
            raise FieldError((*path, "not_after"), "expected a list of phrases")
        after_number = raw.get("after_number", True)
        if not isinstance(after_number, bool):
            raise FieldError((*path, "after_number"), "expected true or false")
        entries.append(
            LexiconEntry(
                term=term,
                category=str(raw.get("category", data["topic"])),
                severity=severity,
                by_category=MappingProxyType(by_category),
                lemma=bool(raw.get("lemma", False)),
                alternative=raw.get("alternative"),
                note=raw.get("note"),
                weight=float(weight),
                case=case,
                after_number=after_number,
                not_after=tuple(fold(p) for p in not_after),
            )
        )
    return Lexicon(
        language=str(data["language"]),
        topic=str(data["topic"]),
        source=str(data.get("source", "")),
        licence=str(data.get("licence", "")),
        entries=tuple(entries),
    )


def word_set(words: Iterable[str]) -> AbstractSet[str]:
    """A read-only set of words that CPython's garbage collector never walks: the keys of a dict holding only strings,
    which the collector leaves untracked. A frozenset of the same words is tracked, and the word lists (40k-80k words
    each) made up ~0.4 of what every full collection walked in a warm process. ``in`` is about as fast; ``|``, ``-``
    and ``&`` give a plain set; not hashable."""
    return dict.fromkeys(words).keys()


@cache
def word_list(language: str, name: str) -> AbstractSet[str]:
    """A one-word-per-line list from ``corpora/<language>/<name>`` (``#`` comments); empty if absent."""
    path = resources.files("sendlint.corpora").joinpath(language, name)
    if not path.is_file():
        return word_set(())
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return word_set(line for line in lines if line and not line.startswith("#"))


def fold(text: str) -> str:
    return build_view(text, case=True, accents=True).text


@cache
def _full_lemma_table(language: str) -> Mapping[str, str]:
    """spaCy's lookup lemmatizer table (form -> lemma); ~0.7 s to load, so only when needed."""
    try:
        import spacy_lookups_data
    except ImportError:  # pragma: no cover - a declared dependency
        return MappingProxyType({})
    path = resources.files(spacy_lookups_data).joinpath("data", f"{language}_lemma_lookup.json.gz")
    if not path.is_file():
        return MappingProxyType({})
    with path.open("rb") as handle, gzip.open(handle, "rt", encoding="utf-8") as text:
        return MappingProxyType(json.load(text))


def lemma_of(word: str, language: str) -> str | None:
    """The lemma spaCy's lookup table gives a lower-case form ("mueves" -> "mover"), or None for a form it lacks."""
    return _full_lemma_table(language).get(word)


@cache
def _shipped_forms(language: str) -> Mapping[str, tuple[str, ...]]:
    """Pre-expanded inflections for the lemma entries of the shipped lexicons (see tools/gen_lemma_forms.py)."""
    path = resources.files("sendlint.corpora").joinpath(language, "lemma-forms.json")
    if not path.is_file():
        return MappingProxyType({})
    data = json.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType({k: tuple(v) for k, v in data["forms"].items()})


def expand_inflections(words: Iterable[str], language: str) -> dict[str, tuple[str, ...]]:
    """Every inflected form (lowercase, accents kept) of each word, from the lemma table."""
    wanted = {word.lower() for word in words}
    shipped = _shipped_forms(language)
    result = {word: shipped[word] for word in wanted if word in shipped}
    missing = wanted - result.keys()
    if missing:
        result.update(invert_lemma_table(_full_lemma_table(language), missing))
    return result


def invert_lemma_table(table: Mapping[str, str], words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """For each word, every form the table maps to the same lemma (plus the word and its lemma)."""
    lemmas = {word: table.get(word, word) for word in words}
    forms: dict[str, set[str]] = {word: {word, lemma} for word, lemma in lemmas.items()}
    by_lemma: dict[str, list[str]] = {}
    for word, lemma in lemmas.items():
        by_lemma.setdefault(lemma, []).append(word)
    for form, lemma in table.items():
        for word in by_lemma.get(lemma, ()):
            forms[word].add(form)
    return {word: tuple(sorted(values)) for word, values in forms.items()}


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for every word token of ``text``."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


class LexiconMatch(NamedTuple):
    """An entry found in a view. A NamedTuple rather than a frozen dataclass (round 76): every lexicon walk
    builds one per entry at each opener (:meth:`LexiconMatcher.candidates`), and a tuple is built in C, where a
    frozen dataclass sets each field through ``object.__setattr__``. Matches are only ever read by attribute."""

    entry: LexiconEntry
    start: int  # offsets in the view the matcher ran on
    end: int


_new_match = tuple.__new__  # LexiconMatch's own __new__ without its Python frame: _new_match(LexiconMatch, (e, s, e))


class LexiconMatcher:
    """Finds lexicon entries in a folded text, token by token, longest match first."""

    def __init__(self, entries: Sequence[LexiconEntry], language: str) -> None:
        lemma_words = [w for e in entries if e.lemma for w in TOKEN_RE.findall(e.term.lower())]
        inflections = expand_inflections(lemma_words, language) if lemma_words else {}
        self._index: dict[str, list[tuple[tuple[frozenset[str], ...], LexiconEntry]]] = {}
        self.sizes: dict[int, int] = {}  # id(entry) -> tokens; the entries live as long as the matcher
        for entry in entries:
            positions: list[frozenset[str]] = []
            for word in TOKEN_RE.findall(entry.term.lower()):
                forms = {word}
                if entry.lemma:
                    forms.update(inflections.get(word, ()))
                positions.append(frozenset(fold(form) for form in forms))
            if not positions:
                continue
            pattern = tuple(positions)
            self.sizes[id(entry)] = len(pattern)
            for first in pattern[0]:
                self._index.setdefault(first, []).append((pattern, entry))
        for candidates in self._index.values():
            candidates.sort(key=lambda item: -len(item[0]))
        # By opener: its one-word entries, and its longer ones by their second word. Openers such as
        # "dear", "estimado" or "your" start dozens of entries; the second word rules most of them out
        # with one dict lookup instead of a comparison each.
        self._by_opener: dict[str, tuple[tuple[LexiconEntry, ...], dict[str, list[tuple[tuple[frozenset[str], ...], LexiconEntry]]]]] = {}
        for first, candidates in self._index.items():
            singles = tuple(entry for pattern, entry in candidates if len(pattern) == 1)
            by_second: dict[str, list[tuple[tuple[frozenset[str], ...], LexiconEntry]]] = {}
            for pattern, entry in candidates:  # longest first, as sorted above
                if len(pattern) > 1:
                    for second in pattern[1]:
                        by_second.setdefault(second, []).append((pattern, entry))
            self._by_opener[first] = (singles, by_second)

    def openers(self, categories: frozenset[str]) -> frozenset[str]:
        """The (folded) words that can open an entry of ``categories`` (all when empty)."""
        return frozenset(
            word for word, entries in self._index.items()
            if not categories or any(entry.category in categories for _, entry in entries)
        )

    def anchors(self, categories: frozenset[str]) -> frozenset[str]:
        """Words (folded) of which every match of an entry of ``categories`` (all when empty) has one as a
        whole token: of each entry, the forms of its most telling word. "de conformidad con" is found only
        where "conformidad" is; its opener "de" is in almost every Spanish text."""
        anchors: set[str] = set()
        seen: set[int] = set()
        for entries in self._index.values():
            for pattern, entry in entries:
                if id(entry) in seen or (categories and entry.category not in categories):
                    continue
                seen.add(id(entry))
                # The position whose shortest form is longest (function words are short), then the one
                # with the fewest forms.
                telling: frozenset[str] = max(pattern, key=_telling)
                anchors.update(telling)
        return frozenset(anchors)

    def candidates(
        self, tokens: Sequence[tuple[str, int, int]], words: Sequence[str] | None = None, present: AbstractSet[str] | None = None
    ) -> list[tuple[int, list[LexiconMatch]]]:
        """Every entry that matches at each token position (longest first), for :func:`select`.

        One walk serves every rule that reads the same list with different categories. ``words`` (each token's word)
        and ``present`` (the set of them) may be passed when several lists walk the same tokens.
        """
        index = self._index
        found: list[tuple[int, list[LexiconMatch]]] = []
        if words is None:
            words = [token[0] for token in tokens]
        # One set intersection in C finds the words that open an entry; most texts have few or none.
        openers = index.keys() & (set(words) if present is None else present)
        if not openers:
            return found
        count = len(tokens)
        by_opener = self._by_opener
        for position, word in enumerate(words):
            if word not in openers:
                continue
            singles, by_second = by_opener[word]
            start = tokens[position][1]
            here: list[LexiconMatch] = []
            if position + 1 < count and (longer := by_second.get(words[position + 1])):
                here = [
                    _new_match(LexiconMatch, (entry, start, tokens[position + len(pattern) - 1][2]))
                    for pattern, entry in longer
                    if position + len(pattern) <= count
                    and all(words[position + k] in pattern[k] for k in range(2, len(pattern)))
                ]
            if singles:
                end = tokens[position][2]
                here += [_new_match(LexiconMatch, (entry, start, end)) for entry in singles]
            if here:
                found.append((position, here))
        return found

    def find(self, folded_text: str, tokens: Sequence[tuple[str, int, int]] | None = None) -> list[LexiconMatch]:
        """Entries found in ``folded_text``; pass its :func:`tokenize` result when several matchers share it."""
        if tokens is None:
            tokens = tokenize(folded_text)
        # The first entry :meth:`candidates` lists at a position is the longest; the walk resumes after it.
        return [here[0] for _, here in _longest_first(self.candidates(tokens), self.sizes)]


def _telling(forms: Collection[str]) -> tuple[int, int]:
    return min(map(len, forms)), -len(forms)


def _longest_first(
    candidates: Sequence[tuple[int, list[LexiconMatch]]], sizes: Mapping[int, int]
) -> list[tuple[int, list[LexiconMatch]]]:
    """The positions a left-to-right walk taking the longest entry at each position stops at."""
    kept = []
    free = 0
    for position, here in candidates:
        if position >= free:
            kept.append((position, here))
            free = position + sizes[id(here[0].entry)]
    return kept


def select(
    candidates: Sequence[tuple[int, list[LexiconMatch]]], categories: frozenset[str], sizes: Mapping[int, int]
) -> list[LexiconMatch]:
    """What :meth:`LexiconMatcher.find` returns for a matcher of only ``categories`` (all when empty):
    at each position the longest entry of those categories, then the walk resumes after it.
    ``sizes`` maps ``id(entry)`` to its number of tokens."""
    chosen: list[LexiconMatch] = []
    free = 0
    for position, here in candidates:
        if position < free:
            continue
        for match in here:
            if not categories or match.entry.category in categories:
                chosen.append(match)
                free = position + sizes[id(match.entry)]
                break
    return chosen


def count_selected(
    candidates: Sequence[tuple[int, list[LexiconMatch]]],
    categories: frozenset[str],
    sizes: Mapping[int, int],
    *,
    single_word: bool = False,
) -> int:
    """``len(select(candidates, categories, sizes))`` without building the list (round 76: the CTA bound only counts),
    or with ``single_word`` how many of those matches have no space in their term."""
    count = 0
    free = 0
    for position, here in candidates:
        if position < free:
            continue
        for match in here:
            entry = match.entry
            if not categories or entry.category in categories:
                if not single_word or " " not in entry.term:
                    count += 1
                free = position + sizes[id(entry)]
                break
    return count
