"""Views of a text for matching, each with a map back to offsets in the original.

Rules match on a *view* of a field rather than the raw text so that ``Ｇｒａｔｉｓ``, ``gra\u200btis`` and
``grаtis`` (Cyrillic а) all read as ``gratis``; every span found in a view is mapped back to the
original text so findings point at the characters the copywriter typed.

Views, from least to most folded:

- ``matching``: NFC, zero-width and soft-hyphen characters removed, compatibility forms (fullwidth,
  ligatures, odd spaces) and common Cyrillic/Greek look-alikes folded to Latin. Case and accents kept.
- ``lowered``: ``matching`` in lower case.
- ``folded``: ``lowered`` with accents removed from vowels and ``ç`` (``ñ`` is kept: año is not ano).
- ``deobfuscated``: ``folded`` with digit-for-letter substitutions inside words undone (``fr33`` -> ``free``)
  and spaced-out letters joined (``g r a t i s`` -> ``gratis``): evasion resistance for content rules.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

from .lazy import lazy_re
from .textstats import mask_non_words

ViewName = Literal["raw", "matching", "lowered", "folded", "deobfuscated", "masked"]
VIEW_NAMES: tuple[ViewName, ...] = ("raw", "matching", "lowered", "folded", "deobfuscated", "masked")

INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a\u202b\u202c\u202d\u202e")

# The look-alikes seen in smishing and spam, not the whole of Unicode's confusables.txt: these are
# the letters an evader can type on a phone keyboard and that render identically in SMS fonts.
CONFUSABLES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "һ": "h", "ս": "u",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "α": "a", "ο": "o", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}

_KEEP_ACCENTED = frozenset("ñÑ")
_SLOW_PATH_RE = lazy_re("[\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2060\ufeff\u00ad\u180e]")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
_LEET_WORD_RE = lazy_re(r"(?<![\w@$])(?=[\w@$]*[a-z])(?=[\w@$]*[013457@$])[a-z013457@$]{3,}(?![\w@$])")
# A leet word is made of letters and look-alike digits only, with at least one of each: somewhere in it a letter
# touches a look-alike. Looking for that first spares most texts the word pattern's lookaheads.
_LEET_NEIGHBOURS_RE = lazy_re(r"[a-z][013457@$]|[013457@$][a-z]")
# The same words without the lookaheads, for the yes/no question (round 65): a whole run of letters and look-alikes that
# changes class at least once (length checked apart). Possessive, it never backtracks into a code such as "a57324",
# which the neighbours pattern lets through (12% of bodies); the word pattern's lookaheads cost twice as much there.
_LEET_RUN_RE = lazy_re(r"(?<![\w@$])(?:[a-z]++[013457@$]|[013457@$]++[a-z])[a-z013457@$]*+(?![\w@$])")
# Led by a lookahead on the seven characters every match opens with (round 76): Python's re tries the lookbehind at
# every position (deobfuscate's gate reads every folded field); the lookahead turns most positions away
# sooner. tests/test_fast_paths.py checks the matches are those of the pattern without it.
_SPACED_RE = lazy_re(r"(?=[a-zñ][ .\-_*][a-zñ][ .\-_*][a-zñ][ .\-_*][a-zñ])(?<!\w)(?:[a-zñ][ .\-_*]){3,}[a-zñ](?!\w)")
# h54 (round 43): a postal code is letters and digits by design, not a word in disguise: the Canadian "K0L 1C0" read
# "kol ico" (an ICO, CMP203) in the postal address a marketing e-mail must carry. Canadian (A9A 9A9) and UK (A9 9AA,
# A9A 9AA, AA9 9AA, AA99 9AA) shapes, both halves, are left as written.
_POSTCODE_RE = lazy_re(
    r"(?<![\w@$])(?:[a-z][0-9][a-z][ -]?[0-9][a-z][0-9]|[a-z]{1,2}[0-9][a-z0-9]? [0-9][a-z]{2})(?![\w@$])"
)


# Blocks where folding matters for Latin-script messages: Latin-1 to Latin Extended-B and IPA,
# Greek and Cyrillic (look-alikes), general punctuation and spaces, letter-like symbols, number forms,
# enclosed alphanumerics. Other characters fold on the slow path only when they change length.
_FOLDED_RANGES = (
    *range(0x80, 0x300), *range(0x370, 0x530), *range(0x1E00, 0x1F00), *range(0x2000, 0x2190), *range(0x2460, 0x2500),
)


@cache
def _char_table(case: bool, accents: bool) -> dict[int, str]:
    """A 1:1 character table (every value is exactly one character) for str.translate.

    1:1 keeps offsets unchanged, which is what makes the fast path possible; characters whose fold
    is longer or empty are left to the slow path.
    """
    table: dict[int, str] = {}
    for code in _FOLDED_RANGES:
        char = chr(code)
        folded = CONFUSABLES.get(char) or unicodedata.normalize("NFKC", char)
        if accents and char not in _KEEP_ACCENTED:
            decomposed = unicodedata.normalize("NFD", folded)
            stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
            folded = unicodedata.normalize("NFC", stripped) or folded
        if case:
            folded = folded.lower()
        if unicodedata.category(char) == "Zs":
            folded = " "
        if len(folded) == 1 and folded != char:
            table[code] = folded
    for code in range(0x41, 0x5B):
        if case:
            table[code] = chr(code + 32)
    for code in range(0xFF01, 0xFF5F):  # fullwidth ASCII
        folded = chr(code - 0xFEE0)
        table[code] = folded.lower() if case else folded
    table.update(_SURROGATES)
    return table


# Lone surrogates (a Python str can hold them; JSON "\ud800" and argv decoding produce them) cannot
# be encoded as UTF-8, which RE2 requires: every view shows them as U+FFFD, one for one.
_SURROGATES = {code: "\ufffd" for code in range(0xD800, 0xE000)}
_SURROGATE_RE = lazy_re("[\ud800-\udfff]")
_NON_ASCII_RE = lazy_re("[^\x00-\x7f]")


def _without_surrogates(text: str) -> str:
    # str.translate looks every character up in the table; most texts have no surrogate to replace.
    return text.translate(_SURROGATES) if _SURROGATE_RE.search(text) else text


def _translate(text: str, case: bool, accents: bool) -> str:
    """``text.translate(_char_table(case, accents))`` for a text the 1:1 table covers, faster.

    Only characters beyond ASCII are looked up (str.translate looks up all of them); every value of the
    table, and every character the table leaves alone, is its own lower case, so ``lower()`` then changes
    nothing but ASCII capitals, which is all the table does to ASCII (tests/test_normalize.py checks this
    for every code point).
    """
    if not text.isascii():
        table = _char_table(case, accents)
        text = _NON_ASCII_RE.sub(lambda match: table.get(ord(match.group()), match.group()), text)
    return text.lower() if case else text


def _fast_path_ok(text: str, case: bool, accents: bool) -> bool:
    """Whether ``str.translate`` with the 1:1 table gives the same view as the slow path.

    It does unless a character folds to something the table cannot hold (``ﬁ`` -> ``fi``, ``𝐠`` -> ``g``
    beyond the table's range, combining marks): such texts must take the slow path, or a view would
    depend on whether an unrelated zero-width character elsewhere in the text forced the slow path.
    """
    if text.isascii():
        return True
    known = _fast_path_chars(case, accents)
    for char in set(text).difference(known):  # most texts: nothing left after one set operation in C
        if not _folds_to_itself(char, case, accents):
            return False
        known.add(char)  # bounded by the characters Unicode has
    return True


@cache
def _fast_path_chars(case: bool, accents: bool) -> set[str]:
    """Characters the 1:1 table handles (ASCII, the table's keys), grown with those found to fold to
    themselves: what ``_fast_path_ok`` no longer needs to look at one by one."""
    return {chr(code) for code in range(0x80)} | {chr(code) for code in _char_table(case, accents)}


@cache
def _folds_to_itself(char: str, case: bool, accents: bool) -> bool:
    return not unicodedata.combining(char) and _fold_char(char, case=case, accents=accents) == char


@dataclass(frozen=True, slots=True)
class TextView:
    """A transformed text and the original span of each of its characters."""

    text: str
    original_length: int
    starts: tuple[int, ...] | None = None  # None: identity mapping
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span to the smallest original span that covers it."""
        if self.starts is None or self.ends is None:
            return start, end
        if not self.text:
            return 0, 0
        if end <= start:
            position = self.starts[start] if start < len(self.starts) else self.original_length
            return position, position
        return self.starts[start], self.ends[end - 1]


def _fold_char(char: str, *, case: bool, accents: bool) -> str:
    if char in INVISIBLE:
        return ""
    if unicodedata.combining(char):
        return "" if accents else char
    table = _char_table(case, accents)
    folded = table.get(ord(char))
    if folded is not None:
        return folded
    if ord(char) < 0x80:
        return char.lower() if case else char
    expanded = CONFUSABLES.get(char) or unicodedata.normalize("NFKC", char)
    if accents and char not in _KEEP_ACCENTED:
        expanded = "".join(c for c in unicodedata.normalize("NFD", expanded) if not unicodedata.combining(c))
    return expanded.lower() if case else expanded


def _clusters(text: str) -> list[tuple[int, int, str]]:
    """(start, end, NFC text) for each base character with its combining marks."""
    clusters: list[tuple[int, int, str]] = []
    index = 0
    length = len(text)
    while index < length:
        end = index + 1
        while end < length and unicodedata.combining(text[end]):
            end += 1
        piece = text[index:end]
        clusters.append((index, end, unicodedata.normalize("NFC", piece) if end - index > 1 else piece))
        index = end
    return clusters


def build_view(text: str, *, case: bool = False, accents: bool = False) -> TextView:
    """The ``matching`` view (``case``/``accents`` False), ``lowered`` (case) or ``folded`` (both)."""
    if not _SLOW_PATH_RE.search(text) and _fast_path_ok(text, case, accents):
        return TextView(_translate(text, case, accents), len(text))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end, piece in _clusters(text):
        for char in piece:
            folded = _fold_char(char, case=case, accents=accents)
            for out_char in folded:
                out.append(out_char)
                starts.append(start)
                ends.append(end)
    return TextView("".join(out), len(text), tuple(starts), tuple(ends))


def _compose(outer: TextView, inner: TextView) -> TextView:
    """A view of a view, mapped straight back to the original."""
    if inner.starts is None or inner.ends is None:
        return TextView(inner.text, outer.original_length, outer.starts, outer.ends)
    starts = []
    ends = []
    for s, e in zip(inner.starts, inner.ends, strict=True):
        start, end = outer.to_original(s, e)
        starts.append(start)
        ends.append(end)
    return TextView(inner.text, outer.original_length, tuple(starts), tuple(ends))


def _has_leet_word(text: str) -> bool:
    """Whether ``_LEET_WORD_RE`` matches somewhere in ``text``, found faster."""
    return any(match.end() - match.start() >= 3 for match in _LEET_RUN_RE.finditer(text))


def deobfuscate(view: TextView) -> TextView:
    """Undo digit-for-letter swaps inside words and join spaced-out letters, on a folded view."""
    text = view.text
    if not ((_LEET_NEIGHBOURS_RE.search(text) and _has_leet_word(text)) or _SPACED_RE.search(text)):
        return view
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    replacements: list[tuple[int, int, str]] = []
    postcodes = [match.span() for match in _POSTCODE_RE.finditer(text)]
    for match in _LEET_WORD_RE.finditer(text):
        if any(start <= match.start() and match.end() <= end for start, end in postcodes):
            continue
        word = match.group()
        replacements.append((match.start(), match.end(), "".join(_LEET.get(c, c) for c in word)))
    for match in _SPACED_RE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e, _ in replacements):
            continue
        replacements.append((match.start(), match.end(), ""))
    replacements.sort()
    if all(replacement for _, _, replacement in replacements):
        return _swapped(view, replacements)
    for start, end, replacement in replacements:
        for index in range(position, start):
            out.append(text[index])
            starts.append(index)
            ends.append(index + 1)
        if replacement:  # leet: same length, map char by char
            for offset, char in enumerate(replacement):
                out.append(char)
                starts.append(start + offset)
                ends.append(start + offset + 1)
        else:  # spaced letters: keep the letters, drop the separators
            for index in range(start, end):
                if text[index].isalpha():
                    out.append(text[index])
                    starts.append(index)
                    ends.append(index + 1)
        position = end
    for index in range(position, len(text)):
        out.append(text[index])
        starts.append(index)
        ends.append(index + 1)
    inner = TextView("".join(out), len(text), tuple(starts), tuple(ends))
    return _compose(view, inner)


def _swapped(view: TextView, replacements: list[tuple[int, int, str]]) -> TextView:
    """What :func:`deobfuscate`'s character loop builds when every replacement is a leet word (none drops a
    character), without the loop: the text with the words swapped in place, each character mapped where the
    folded view maps it. That loop cost ~70 µs on a bench message with a code such as "A13457" (round 69)."""
    text = view.text
    parts: list[str] = []
    position = 0
    for start, end, replacement in replacements:  # sorted, apart, each as long as the word it replaces
        parts.append(text[position:start])
        parts.append(replacement)
        position = end
    parts.append(text[position:])
    if view.starts is None or view.ends is None:
        starts, ends = tuple(range(len(text))), tuple(range(1, len(text) + 1))
    else:
        starts, ends = view.starts, view.ends
    return TextView("".join(parts), view.original_length, starts, ends)


class FieldViews:
    """Lazily built views of one field's text, shared by every rule that looks at the field."""

    __slots__ = ("_cache", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[str, TextView] = {}

    def get(self, name: ViewName) -> TextView:
        view = self._cache.get(name)
        if view is None:
            if name == "raw":
                view = TextView(_without_surrogates(self.text), len(self.text))
            elif name == "matching":
                view = build_view(self.text)
            elif name == "lowered":
                view = build_view(self.text, case=True)
            elif name == "folded":
                view = build_view(self.text, case=True, accents=True)
            elif name == "masked":
                # URLs and e-mail addresses as U+007F, placeholders as "_", offsets kept: the text the
                # word-based analyses (language identification, spelling, readability) read.
                view = TextView(_without_surrogates(mask_non_words(self.text)), len(self.text))
            else:
                view = deobfuscate(self.get("folded"))
            self._cache[name] = view
        return view
