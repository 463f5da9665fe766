"""Repetition: how alike two messages are once the per-recipient details are masked out.

:func:`normalize_for_repetition` reduces a message to its template-ish skeleton, in this order:

1. placeholders (``{{name}}``, ``%s``, ``{code}`` ... via ``sendlint.placeholders``) -> ``#``;
2. URLs -> their host (``https://www.Brand.co/p?t=AbC`` -> ``brand.co``), e-mail addresses -> ``#``;
3. names -> ``#``: the names given in ``names``, the 1-3 capitalised words after a greeting
   ("Hola María José", "Hi John", "Estimada Sra. Pérez", "Dear Ann") and 1-2 capitalised words
   opening the message before a comma ("Laura, tu pago..."; not "Hola," or "Recuerda,");
4. runs of ALL-CAPS words ("ANA LÓPEZ", "FALABELLA") -> ``#`` when most letters of the message
   are lowercase (then capitals mark data such as names and merchants, not shouting);
5. month and weekday names (es, en; not English "may") -> ``#``: they are date slots;
6. accents stripped (NFKD, combining marks dropped), case folded;
7. every token containing a digit (amounts, dates, codes like ``AB12C``, times) -> ``#``;
8. punctuation and symbols (emoji included) -> space; whitespace collapsed; runs of ``#`` -> one.

So two renders of one template, or a template and its render, normalise to (almost) the same
string. :func:`content_hash` hashes that string (exact repeats); :func:`shingles` and
:func:`jaccard` measure near-repeats.

Shingles are **character 5-grams** of the normalised text (spaces included). Why characters and
not word 3-grams: messages are short (an SMS is 20-30 words), so one changed word removes three
of only ~25 word 3-grams, and Spanish inflection (``recuerda``/``recuerde``) breaks whole words;
character 5-grams degrade gradually. Measured on the pairs in ``tests/test_similarity.py``:
see :data:`NEAR_DUPLICATE_THRESHOLD`.

:class:`MinHashIndex` wraps datasketch ``MinHash`` + ``MinHashLSH`` for across-recipient
(campaign) duplicates: a query touches ``LSH_BANDS`` buckets and verifies candidates exactly,
so its cost depends on how many similar texts are indexed, not on how many texts are indexed.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Set
from functools import cache
from typing import TYPE_CHECKING, Any

from sendlint.placeholders import mask_placeholders

from ..lazy import lazy_re

if TYPE_CHECKING:
    from datasketch import MinHash

__all__ = [
    "LSH_BANDS",
    "LSH_ROWS",
    "NEAR_DUPLICATE_THRESHOLD",
    "NUM_PERM",
    "SHINGLE_SIZE",
    "ExactIndex",
    "MinHashIndex",
    "band_keys",
    "content_hash",
    "jaccard",
    "minhash_signature",
    "normalize_for_repetition",
    "shingles",
    "similarity",
]

#: Character n-gram size of :func:`shingles`.
SHINGLE_SIZE = 5

#: Jaccard similarity (of 5-char shingles of normalised text) at or above which two messages are
#: near-duplicates. Measured on the pairs in tests/test_similarity.py (24 template-render pairs,
#: 24 unrelated same-domain pairs, es and en): renders of one template with different names,
#: codes, amounts, merchants, dates and links score >= 0.83 (most 1.0); unrelated notices of the
#: same domain score <= 0.20; two different notices sharing a long footer ("Si no reconoces esta
#: operación llama al ... Responde BAJA ...") reach 0.58. 0.7 keeps a margin on both sides.
#: Known miss: a template whose slot holds free text (a product name of several words) scores
#: ~0.4 between renders; compare the templates, or pass the slot values as ``names``.
NEAR_DUPLICATE_THRESHOLD = 0.7

#: MinHash permutations and LSH banding (bands x rows = permutations). With 16 bands of 4 rows a
#: pair at Jaccard 0.7 becomes a candidate with probability 1 - (1 - 0.7**4)**16 = 0.988, at 0.8
#: 0.9998, at 0.6 0.89; a pair at 0.3 with 0.12. Candidates are then verified exactly, so the
#: index suits thresholds of about 0.6 and above.
NUM_PERM = 64
LSH_BANDS = 16
LSH_ROWS = 4

_MASK = "#"

_URL_RE = lazy_re(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"'()]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>\"'()]*",
    re.IGNORECASE,
)
_HOST_RE = lazy_re(r"^(?:https?://)?(?:www\.)?([^/?#:\s]+)", re.IGNORECASE)
_EMAIL_RE = lazy_re(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = r"[^\W\d_][\w'’-]*"
_GREETING_RE = lazy_re(
    r"\b(?:hola|hi|hello|hey|dear|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?|buen(?:os|as)\s+(?:d[ií]as|tardes|noches)"
    r"|good\s+(?:morning|afternoon|evening))\b[\s,]*(?:(?:sr|sra|srta|mr|mrs|ms|dr|dra|don|doña)\.?\s+)?"
    rf"(?P<names>{_WORD}(?:\s+{_WORD}){{0,2}})",
    re.IGNORECASE,
)
_LEADING_NAME_RE = lazy_re(rf"^[\s¡¿\"'(]*(?P<names>{_WORD}(?:\s+{_WORD})?)\s*,")
_TWO_CAPS_RE = lazy_re(r"[^\W\d_a-z]{2}")
_CAPS_WORD_RE = lazy_re(r"(?<!\w)[^\W\d_]{2,}(?!\w)")
_DATE_WORDS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation shaped like a trie: far faster than a flat list of alternatives."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) if char else "" for char, child in sorted(node.items())]
        if len(branches) == 1:
            return branches[0]
        optional = "" in branches
        alternatives = [branch for branch in branches if branch]
        body = "(?:" + "|".join(alternatives) + ")"
        return body + "?" if optional else body

    return emit(tree)


# Applied after folding, so the words are plain lowercase ASCII.
_DATE_WORD_RE = lazy_re(rf"\b{_trie_pattern(_DATE_WORDS)}\b")
_DIGIT_TOKEN_RE = lazy_re(r"(?<![\w.,:/-])[\w.,:/-]*\d[\w.,:/-]*")
_NOT_KEPT_RE = lazy_re(r"[^\w#]+|_+")
_MASK_RUN_RE = lazy_re(r"#(?:\s+#)+")
_SPACES_RE = lazy_re(r"\s+")


def _capitalised_prefix(words: str) -> tuple[int, int] | None:
    """Span (within ``words``) of the leading run of capitalised words, or None."""
    end = 0
    for match in re.finditer(r"\S+", words):
        token = match.group()
        if not token[0].isupper():
            break
        end = match.end()
    return (0, end) if end else None


def _mask_greeting_names(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        span = _capitalised_prefix(match.group("names"))
        if span is None:
            return match.group()
        start = match.start("names") - match.start()
        whole = match.group()
        return whole[:start] + _MASK + whole[start + span[1] :]

    return _GREETING_RE.sub(replace, text)


# Openers that are capitalised and followed by a comma but are not names ("Hola, ...").
_NOT_NAMES = frozenset(
    {
        "hola",
        "hi",
        "hello",
        "hey",
        "buenas",
        "buenos",
        "gracias",
        "thanks",
        "atencion",
        "attention",
        "recuerda",
        "recuerde",
        "remember",
        "importante",
        "important",
        "aviso",
        "notice",
        "alerta",
        "alert",
        "hoy",
        "today",
        "manana",
        "tomorrow",
        "ultimo",
        "last",
        "nuevo",
        "new",
        "listo",
        "ready",
        "felicidades",
        "congratulations",
        "perfecto",
        "great",
        "si",
        "yes",
        "no",
        "ok",
        "ojo",
        "please",
        "porfavor",
    }
)


def _mask_leading_name(text: str) -> str:
    match = _LEADING_NAME_RE.match(text)
    if match is None:
        return text
    names = match.group("names")
    if _strip_accents(names.split()[0]).casefold() in _NOT_NAMES:
        return text
    # Only capitalised words, and not shouting ("ATENCIÓN,"): an all-caps opener is not a name.
    if all(word[0].isupper() for word in names.split()) and not names.isupper():
        return text[: match.start("names")] + _MASK + text[match.end("names") :]
    return text


def _mask_given_names(text: str, names: Iterable[str]) -> str:
    for name in sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", _MASK, text, flags=re.IGNORECASE)
    return text


def _mask_caps_runs(text: str) -> str:
    if _TWO_CAPS_RE.search(text) is None:  # fast path: no all-caps word at all
        return text
    letters = [ch for ch in text if ch.isalpha()]
    lower = sum(1 for ch in letters if ch.islower())
    if 2 * lower < len(letters):
        return text
    return _CAPS_WORD_RE.sub(lambda m: f" {_MASK} " if m.group().isupper() else m.group(), text)


def _url_host(match: re.Match[str]) -> str:
    host = _HOST_RE.match(match.group())
    return f" {host.group(1).lower()} " if host else " "


# Unicode has no combining marks above U+1FFFF (checked by a test), so the table is built from
# the first two planes: ~20 ms, once, on first use.
_LAST_COMBINING_PLANE_END = 0x20000


@cache
def _combining_re() -> re.Pattern[str]:
    codes = [code for code in range(_LAST_COMBINING_PLANE_END) if unicodedata.combining(chr(code))]
    ranges: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        ranges.append(
            re.escape(chr(start))
            if start == previous
            else f"{re.escape(chr(start))}-{re.escape(chr(previous))}"
        )
        start = previous = code
    return re.compile(f"[{''.join(ranges)}]+")


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return _combining_re().sub("", unicodedata.normalize("NFKD", text))


def _fold(text: str) -> str:
    # Strip, fold, strip again: casefolding can produce combining marks ("ΐ") and NFKD can
    # produce capitals ("ℌ" -> "H"); two rounds make the result a fixed point.
    if text.isascii():
        return text.lower()
    return _strip_accents(_strip_accents(text).casefold()).casefold()


def normalize_for_repetition(text: str, *, names: Iterable[str] = ()) -> str:
    """The message reduced for repetition checks (steps in the module docstring). Idempotent."""
    text = mask_placeholders(text, f" {_MASK} ")
    text = _URL_RE.sub(_url_host, text)
    text = _EMAIL_RE.sub(f" {_MASK} ", text)
    text = _mask_given_names(text, names)
    text = _mask_greeting_names(text)
    text = _mask_leading_name(text)
    text = _mask_caps_runs(text)
    text = _fold(text)
    text = _DATE_WORD_RE.sub(f" {_MASK} ", text)
    text = _DIGIT_TOKEN_RE.sub(f" {_MASK} ", text)
    text = _NOT_KEPT_RE.sub(" ", text)
    text = _SPACES_RE.sub(" ", text).strip()
    return _MASK_RUN_RE.sub(_MASK, text)


def content_hash(text: str, *, names: Iterable[str] = ()) -> str:
    """SHA-256 (hex) of :func:`normalize_for_repetition` of ``text``: equal for exact repeats."""
    return hashlib.sha256(normalize_for_repetition(text, names=names).encode("utf-8")).hexdigest()


def shingles(text: str, *, k: int = SHINGLE_SIZE, normalized: bool = False) -> frozenset[str]:
    """Character ``k``-grams of the normalised text (pass ``normalized=True`` if it already is).

    A text shorter than ``k`` is one shingle; an empty text has none.
    """
    norm = text if normalized else normalize_for_repetition(text)
    if len(norm) <= k:
        return frozenset((norm,)) if norm else frozenset()
    return frozenset(norm[i : i + k] for i in range(len(norm) - k + 1))


def jaccard(a: Set[str], b: Set[str]) -> float:
    """|a ∩ b| / |a ∪ b|; two empty sets are identical (1.0)."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    inter = len(a & b) if len(a) <= len(b) else len(b & a)
    return inter / (len(a) + len(b) - inter)


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the shingles of two raw messages."""
    return jaccard(shingles(a), shingles(b))


@cache
def _minhash_template() -> MinHash:
    # Generating permutations costs more than hashing a message; every MinHash reuses these.
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")


def _minhash(items: Set[str]) -> MinHash:
    from datasketch import MinHash

    template = _minhash_template()
    sketch = MinHash(num_perm=NUM_PERM, permutations=template.permutations, scheme="affine32")
    if items:
        sketch.update_batch([item.encode("utf-8") for item in sorted(items)])
    return sketch


def minhash_signature(items: Set[str]) -> tuple[int, ...]:
    """The ``NUM_PERM`` MinHash values of a shingle set (deterministic across processes)."""
    return tuple(int(value) for value in _minhash(items).hashvalues)


def band_keys(signature: tuple[int, ...]) -> tuple[int, ...]:
    """One signed 64-bit key per LSH band (band index mixed in), for storage in an SQL index."""
    keys = []
    for band in range(LSH_BANDS):
        rows = signature[band * LSH_ROWS : (band + 1) * LSH_ROWS]
        payload = band.to_bytes(2, "big") + b"".join(value.to_bytes(8, "big") for value in rows)
        digest = hashlib.blake2b(payload, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return tuple(keys)


class ExactIndex:
    """The same answers as :class:`MinHashIndex` for a few texts, by comparing every pair exactly.

    For a template repository's few hundred texts this is cheaper than importing datasketch (which
    imports scipy: ~0.4 s on every ``sendlint check``), and LSH cannot miss a pair near the threshold.
    """

    def __init__(self, *, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold = threshold
        self._shingles: dict[str, frozenset[str]] = {}

    def add(self, key: str, text: str, *, normalized: bool = False) -> None:
        """Index ``text`` under ``key`` (a key can be added once)."""
        if key in self._shingles:
            raise KeyError(f"key {key!r} is already indexed")
        self._shingles[key] = shingles(text, normalized=normalized)

    def query(self, text: str, *, normalized: bool = False) -> list[tuple[str, float]]:
        """Indexed keys whose text has Jaccard >= the threshold with ``text``, most similar first."""
        items = shingles(text, normalized=normalized)
        scored = [(key, score) for key, other in self._shingles.items() if (score := jaccard(items, other)) >= self.threshold]
        return sorted(scored, key=lambda pair: (-pair[1], pair[0]))


class MinHashIndex:
    """Near-duplicate index over many texts (datasketch MinHash + MinHashLSH, in memory).

    ``add(key, text)`` indexes a text under a unique key; ``query(text)`` returns ``(key, jaccard)``
    for indexed texts at or above the threshold, most similar first. LSH proposes candidates
    from ``LSH_BANDS`` buckets; each is verified with the exact Jaccard of stored shingles, so
    there are no false positives (LSH may miss a pair near the threshold: see ``NUM_PERM``).
    """

    def __init__(self, *, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        from datasketch import MinHashLSH

        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold = threshold
        self._lsh = MinHashLSH(num_perm=NUM_PERM, params=(LSH_BANDS, LSH_ROWS))
        self._shingles: dict[str, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self._shingles)

    def __contains__(self, key: object) -> bool:
        return key in self._shingles

    def add(self, key: str, text: str, *, normalized: bool = False) -> None:
        """Index ``text`` under ``key`` (a key can be added once)."""
        if key in self._shingles:
            raise KeyError(f"key {key!r} is already indexed")
        items = shingles(text, normalized=normalized)
        self._shingles[key] = items
        self._lsh.insert(key, _minhash(items))

    def remove(self, key: str) -> None:
        """Forget ``key``."""
        del self._shingles[key]
        self._lsh.remove(key)

    def query(
        self, text: str, *, normalized: bool = False, threshold: float | None = None
    ) -> list[tuple[str, float]]:
        """Indexed keys whose text has Jaccard >= threshold with ``text``, most similar first."""
        limit = self.threshold if threshold is None else threshold
        items = shingles(text, normalized=normalized)
        scored = []
        for key in self._lsh.query(_minhash(items)):
            score = jaccard(items, self._shingles[key])
            if score >= limit:
                scored.append((key, score))
        return sorted(scored, key=lambda pair: (-pair[1], pair[0]))
