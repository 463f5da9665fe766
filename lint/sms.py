"""Exact SMS encoding and segment calculator (GSM 03.38 / 3GPP TS 23.038, UCS-2).

What this module answers, for one message body:

- the encoding a gateway will pick: GSM-7 when every character is in the GSM 03.38 default alphabet or
  its extension table, otherwise UCS-2 for the whole message (all-or-nothing);
- how many segments (parts) it costs, and where each part ends.

Counting rules (facts file section 1.5, checked against Twilio's open-source calculator,
``TwilioDevEd/message-segment-calculator``, MIT):

- GSM-7: basic characters cost 1 septet; the 10 extension characters (FF ``^ { } \\ [ ~ ] |`` and the euro
  sign) cost 2 (ESC + code) and never leave their escape behind in the previous part.
- UCS-2: every character costs its UTF-16 code units (astral characters such as most emoji cost 2).
  A lone surrogate costs 1 unit.
- One part holds 160 septets / 70 units; once a message needs more than one part every part holds
  153 septets / 67 units (the 6-octet concatenation header takes the rest).
- Parts are filled greedily, and an extended grapheme cluster (flags, ZWJ emoji sequences, skin tones,
  variation selectors, combining marks, Hangul jamo) is never split across parts: if it does not fit in
  the room left it moves to the next part. CR and LF are separate characters even as CRLF (Twilio counts
  CRLF as 2). A cluster larger than a whole part (e.g. 70 stacked combining marks) cannot be kept whole:
  it starts a new part and is then split between code points (a surrogate pair is never split, because a
  Python ``str`` holds an astral character as one code point).
- Capital Ç is GSM-7 (0x09); small ç is not; the backtick is not (as Twilio and PyPI ``gsm0338``).

Vocabulary: *units* are septets in GSM-7 and UTF-16 code units in UCS-2; offsets (``index``, ``start``,
``end``) are Python ``str`` indices, i.e. code-point offsets.

``count_segments`` is the hot path: byte-level C primitives classify the text, and cluster boundaries are
checked only where a part would end. ``analyze`` shares that splitting and adds the parts, the cluster
count and the non-GSM characters. The tests check both against a naive per-cluster packer.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, NamedTuple

from .lazy import lazy_re

__all__ = [
    "GSM7_BASIC",
    "GSM7_CONCAT",
    "GSM7_EXTENSION",
    "GSM7_SINGLE",
    "MAX_BODY_CHARS",
    "MAX_SEGMENTS",
    "SMART_ENCODING_MAP",
    "UCS2_CONCAT",
    "UCS2_SINGLE",
    "Edit",
    "Encoding",
    "NlsPlan",
    "NonGsmChar",
    "Part",
    "SegmentReport",
    "accent_stripping_edits",
    "analyze",
    "apply_edits",
    "count_segments",
    "grapheme_clusters",
    "is_gsm7",
    "nls_plan",
    "nls_segments",
    "render_split",
    "report_json",
    "septet_cost",
    "smart_encoding_candidates",
    "smart_encoding_edits",
]

Encoding = Literal["GSM-7", "UCS-2"]
NlsLanguage = Literal["es", "pt"]

GSM7_SINGLE = 160  # septets in a single SMS (140 octets)
GSM7_CONCAT = 153  # septets per part once a 6-octet concatenation UDH is present
UCS2_SINGLE = 70
UCS2_CONCAT = 67
MAX_BODY_CHARS = 1600  # Twilio API body limit (error 21617); checked by a rule, not here
# 1600 / 160. Not a documented carrier or Twilio limit (Twilio recommends at most 320 characters); the
# segment-budget rule uses it as its ceiling.
MAX_SEGMENTS = 10

# GSM 03.38 default alphabet in table order, 0x00..0x7F, without 0x1B (ESC, the escape to the
# extension table, which is not a character a message can contain).
_GSM7_BASIC_CHARS = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Extension table (each costs ESC + code = 2 septets): FF ^ { } \ [ ~ ] | €
_GSM7_EXTENSION_CHARS = "\x0c^{}\\[~]|\u20ac"

GSM7_BASIC: frozenset[str] = frozenset(_GSM7_BASIC_CHARS)
GSM7_EXTENSION: frozenset[str] = frozenset(_GSM7_EXTENSION_CHARS)

_NOT_GSM7_RE = lazy_re("[^" + re.escape(_GSM7_BASIC_CHARS + _GSM7_EXTENSION_CHARS) + "]")
_ASTRAL_RE = lazy_re("[\U00010000-\U0010ffff]")
_EXTENSION_RE = lazy_re("[" + re.escape(_GSM7_EXTENSION_CHARS) + "]")

# Byte tables for the fast path: `str.encode("latin-1", "ignore")` plus `bytes.translate(None, delete)`
# classify a Latin-1 message at C speed (about 0.1-0.4 us for an SMS-sized text).
_LATIN1_BASIC = bytes(sorted(ord(c) for c in _GSM7_BASIC_CHARS if ord(c) < 0x100))
_LATIN1_EXTENSION = bytes(sorted(ord(c) for c in _GSM7_EXTENSION_CHARS if ord(c) < 0x100))


def septet_cost(char: str) -> int:
    """Septets one character costs in GSM-7: 1 (basic table), 2 (extension table) or 0 (not GSM-7)."""
    if char in GSM7_BASIC:
        return 1
    if char in GSM7_EXTENSION:
        return 2
    return 0


def is_gsm7(text: str) -> bool:
    """True when every character of ``text`` is in the GSM-7 default alphabet or its extension table."""
    return _NOT_GSM7_RE.search(text) is None


# --------------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True, slots=True)
class NonGsmChar:
    """A user-perceived character that forces UCS-2.

    ``char`` is a whole grapheme cluster (like Twilio's ``getNonGsmCharacters``), so it may hold several
    code points ("🏳️‍🌈", or "e" + U+0301); its span in the text is ``[index, index + len(char))``.
    """

    char: str
    index: int


@dataclass(frozen=True, slots=True)
class Part:
    """One segment: code-point offsets ``[start, end)`` into the text and the units it uses."""

    start: int
    end: int
    units: int


@dataclass(frozen=True, slots=True)
class SegmentReport:
    """Full result of :func:`analyze`.

    ``characters`` counts user-perceived characters (grapheme clusters; CR and LF separately). For UCS-2
    this equals Twilio's ``numberOfCharacters``; for GSM-7 Twilio reports septets there (our ``units``).
    """

    encoding: Encoding
    segments: int
    units: int
    characters: int
    unit_limit: int
    units_left: int
    non_gsm: tuple[NonGsmChar, ...]
    parts: tuple[Part, ...]


class Edit(NamedTuple):
    """Replace ``text[start:end]`` (code-point offsets) by ``replacement``."""

    start: int
    end: int
    replacement: str


# --------------------------------------------------------------------------------------------------
# Grapheme clusters (UAX #29 extended grapheme clusters, enough for SMS splitting)
#
# Classes come from `unicodedata` (the interpreter's Unicode version) plus the short explicit lists
# UAX #29 adds on top of the general categories. Not implemented: GB9c (Indic conjunct break, Unicode
# 15.1), which only matters for Indic scripts, and GB3 (CR x LF), deliberately: Twilio counts CRLF as two
# characters, so CR and LF are separate clusters here.

_OTHER, _CR, _LF, _CONTROL, _EXTEND, _ZWJ, _RI, _PREPEND, _SPACING, _L, _V, _T, _LV, _LVT = range(14)

_PREPEND_RANGES = (
    (0x0600, 0x0605), (0x06DD, 0x06DD), (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2),
    (0x0D4E, 0x0D4E), (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x111C2, 0x111C3), (0x1193F, 0x1193F),
    (0x11941, 0x11941), (0x11A3A, 0x11A3A), (0x11A84, 0x11A89), (0x11D46, 0x11D46),
)  # fmt: skip
# Grapheme_Extend code points that are not Mn/Me: ZWNJ, halfwidth sound marks, Other_Grapheme_Extend
# spacing marks, emoji modifiers (skin tones) and tag characters (subdivision flags).
_EXTEND_EXTRA = frozenset(
    [0x200C, 0xFF9E, 0xFF9F, 0x09BE, 0x09D7, 0x0B3E, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6,
     0x0D3E, 0x0D57, 0x0DCF, 0x0DDF, 0x1B35, 0x302E, 0x302F, 0x1133E, 0x11357, 0x114B0, 0x114BD,
     0x115AF, 0x11930, 0x1D165, 0x1D16E, 0x1D16F, 0x1D170, 0x1D171, 0x1D172,
     *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)]
)  # fmt: skip
# Mc characters that UAX #29 does not count as SpacingMark, and the two Lo characters it does.
_MC_NOT_SPACING = frozenset(
    [0x102B, 0x102C, 0x1038, 0x1062, 0x1063, 0x1064, 0x1067, 0x1068, 0x1069, 0x106A, 0x106B, 0x106C,
     0x106D, 0x1083, 0x1087, 0x1088, 0x1089, 0x108A, 0x108B, 0x108C, 0x108F, 0x109A, 0x109B, 0x109C,
     0x1A61, 0x1A63, 0x1A64, 0xAA7B, 0xAA7D, 0x11720, 0x11721]
)  # fmt: skip
_SPACING_EXTRA = frozenset([0x0E33, 0x0EB3])
# Unassigned Default_Ignorable code points are Control.
_IGNORABLE_UNASSIGNED = ((0x2065, 0x2065), (0xFFF0, 0xFFF8), (0xE0000, 0xE0000), (0xE0002, 0xE001F),
                         (0xE0080, 0xE00FF), (0xE01F0, 0xE0FFF))  # fmt: skip

# Extended_Pictographic (emoji-data.txt of Unicode 13-14, the data behind Python 3.11), used by GB11
# (emoji ZWJ sequences). Flattened to [start, end + 1, start, end + 1, ...] so that an odd bisect
# index means "inside a range".
_EXTPICT_RANGES = (
    (0xA9, 0xA9), (0xAE, 0xAE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139),
    (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328), (0x2388, 0x2388),
    (0x23CF, 0x23CF), (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB),
    (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE), (0x2600, 0x2605), (0x2607, 0x2612),
    (0x2614, 0x2685), (0x2690, 0x2705), (0x2708, 0x2712), (0x2714, 0x2714), (0x2716, 0x2716),
    (0x271D, 0x271D), (0x2721, 0x2721), (0x2728, 0x2728), (0x2733, 0x2734), (0x2744, 0x2744),
    (0x2747, 0x2747), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757),
    (0x2763, 0x2767), (0x2795, 0x2797), (0x27A1, 0x27A1), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
    (0x2934, 0x2935), (0x2B05, 0x2B07), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
    (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3297), (0x3299, 0x3299), (0x1F000, 0x1F0FF),
    (0x1F10D, 0x1F10F), (0x1F12F, 0x1F12F), (0x1F16C, 0x1F171), (0x1F17E, 0x1F17F), (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A), (0x1F1AD, 0x1F1E5), (0x1F201, 0x1F20F), (0x1F21A, 0x1F21A), (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F23A), (0x1F23C, 0x1F23F), (0x1F249, 0x1F3FA), (0x1F400, 0x1F53D), (0x1F546, 0x1F64F),
    (0x1F680, 0x1F6FF), (0x1F774, 0x1F77F), (0x1F7D5, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F),
    (0x1F85A, 0x1F85F), (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8FF), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945),
    (0x1F947, 0x1FAFF), (0x1FC00, 0x1FFFD),
)  # fmt: skip
_EXTPICT_BOUNDS = tuple(x for start, end in _EXTPICT_RANGES for x in (start, end + 1))


_PREPEND_BOUNDS = tuple(x for start, end in _PREPEND_RANGES for x in (start, end + 1))
_IGNORABLE_BOUNDS = tuple(x for start, end in _IGNORABLE_UNASSIGNED for x in (start, end + 1))


def _in_bounds(cp: int, bounds: tuple[int, ...]) -> bool:
    return bisect.bisect_right(bounds, cp) % 2 == 1


# Memoised because messages repeat the same few characters; bounded so that attacker-chosen text cannot
# grow it without limit. The functions are pure, so the cache is not observable state.
@functools.lru_cache(maxsize=4096)
def _is_extpict(char: str) -> bool:
    return _in_bounds(ord(char), _EXTPICT_BOUNDS)


@functools.lru_cache(maxsize=4096)
def _gcb(char: str) -> int:
    """Grapheme_Cluster_Break class of one code point."""
    cp = ord(char)
    if cp < 0x7F:
        if cp >= 0x20:
            return _OTHER
        if cp == 0x0D:
            return _CR
        if cp == 0x0A:
            return _LF
        return _CONTROL
    if cp < 0x300:  # DEL, C1 controls and the soft hyphen (Cf) are Control; nothing here combines
        return _CONTROL if cp < 0xA0 or cp == 0xAD else _OTHER
    if cp == 0x200D:
        return _ZWJ
    if 0x1F1E6 <= cp <= 0x1F1FF:
        return _RI
    if 0x1100 <= cp <= 0x11FF:
        return _L if cp < 0x1160 else _V if cp < 0x11A8 else _T
    if 0xAC00 <= cp <= 0xD7A3:
        return _LV if (cp - 0xAC00) % 28 == 0 else _LVT
    if 0xA960 <= cp <= 0xA97C:
        return _L
    if 0xD7B0 <= cp <= 0xD7C6:
        return _V
    if 0xD7CB <= cp <= 0xD7FB:
        return _T
    if cp in _EXTEND_EXTRA:
        return _EXTEND
    if cp in _SPACING_EXTRA:
        return _SPACING
    if _in_bounds(cp, _PREPEND_BOUNDS):
        return _PREPEND
    category = unicodedata.category(char)
    if category in ("Mn", "Me"):
        return _EXTEND
    if category == "Mc":
        return _OTHER if cp in _MC_NOT_SPACING else _SPACING
    if category in ("Cc", "Cf", "Zl", "Zp", "Cs"):
        return _CONTROL
    if category == "Cn" and _in_bounds(cp, _IGNORABLE_BOUNDS):
        return _CONTROL
    return _OTHER


def _pair_rule(before: int, after: int) -> bool | None:
    """GB4-GB9b for two adjacent classes: True = break, False = no break, None = GB11/GB12 decide."""
    if before in (_CR, _LF, _CONTROL) or after in (_CR, _LF, _CONTROL):
        return True  # GB4, GB5 (and CR LF, see above)
    if before == _L and after in (_L, _V, _LV, _LVT):
        return False  # GB6
    if before in (_LV, _V) and after in (_V, _T):
        return False  # GB7
    if before in (_LVT, _T) and after == _T:
        return False  # GB8
    if after in (_EXTEND, _ZWJ, _SPACING) or before == _PREPEND:
        return False  # GB9, GB9a, GB9b
    if (before == _ZWJ) or (before == _RI and after == _RI):
        return None
    return True  # GB999


def _is_boundary(text: str, index: int, floor: int = 0) -> bool:
    """Is there a cluster boundary between ``text[index - 1]`` and ``text[index]`` (0 < index < len)?

    Local form used by the fast path: it looks back only as far as GB11 and GB12/13 need, and never
    before ``floor``, which must be a known boundary (0 or the start of the current part): regional
    indicators before a boundary are already paired, and an emoji ZWJ sequence cannot reach across one.
    The floor keeps crafted input (thousands of flags) linear.
    """
    before = _gcb(text[index - 1])
    after = _gcb(text[index])
    if before == after == _OTHER:  # by far the most common case
        return True
    rule = _pair_rule(before, after)
    if rule is not None:
        return rule
    if before == _ZWJ:  # GB11: ExtPict Extend* ZWJ x ExtPict
        if not _is_extpict(text[index]):
            return True
        k = index - 2
        while k >= floor and _gcb(text[k]) == _EXTEND:
            k -= 1
        return not (k >= floor and _is_extpict(text[k]))
    k = index - 1  # GB12/GB13: regional indicators pair up from the start of their run
    while k >= floor and _gcb(text[k]) == _RI:
        k -= 1
    return (index - 1 - k) % 2 == 0


def _cluster_starts(text: str) -> list[int]:
    """Start offsets of every grapheme cluster, computed forward in one pass (used by ``analyze``)."""
    if not text:
        return []
    if max(text) < "\u0300":
        # Below the combining marks nothing extends, prepends, joins or pairs (and CR LF stay two,
        # as Twilio counts them): every code point starts a cluster. The common case, Latin text.
        return list(range(len(text)))
    starts = [0]
    before = _gcb(text[0])
    ri_run = 1 if before == _RI else 0
    in_emoji = _is_extpict(text[0])  # text so far ends with ExtPict Extend*
    emoji_zwj = False  # text so far ends with ExtPict Extend* ZWJ
    for index in range(1, len(text)):
        char = text[index]
        after = _gcb(char)
        is_pict = _is_extpict(char)
        rule = _pair_rule(before, after)
        if rule is None:
            rule = (not (emoji_zwj and is_pict)) if before == _ZWJ else ri_run % 2 == 0
        if rule:
            starts.append(index)
        emoji_zwj = after == _ZWJ and in_emoji
        in_emoji = is_pict or (in_emoji and after == _EXTEND)
        ri_run = ri_run + 1 if after == _RI else 0
        before = after
    return starts


def _cluster_spans(text: str) -> list[tuple[int, int]]:
    starts = _cluster_starts(text)
    return list(zip(starts, [*starts[1:], len(text)][: len(starts)], strict=True))


def _non_gsm_cluster_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the grapheme clusters of ``text`` that hold a character outside GSM-7, in order: the
    clusters ``is_gsm7`` rejects, found from one scan for such characters instead of one test per cluster."""
    positions = [m.start() for m in _NOT_GSM7_RE.finditer(text)]
    if not positions:
        return []
    spans = _cluster_spans(text)
    starts = [start for start, _ in spans]
    found: list[tuple[int, int]] = []
    for position in positions:
        span = spans[bisect.bisect_right(starts, position) - 1]
        if not found or found[-1] != span:
            found.append(span)
    return found


def grapheme_clusters(text: str) -> tuple[str, ...]:
    """Split ``text`` into extended grapheme clusters (CR and LF always separate, as Twilio counts them)."""
    return tuple(text[start:end] for start, end in _cluster_spans(text))


# --------------------------------------------------------------------------------------------------
# Splitting (shared by the fast count and the full report)


def _utf16_units(text: str) -> int:
    # surrogatepass: a lone surrogate (possible in a Python str) is one 16-bit unit, not an error.
    return len(text.encode("utf-16-le", "surrogatepass")) >> 1


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


# Parts are built as (start, end, units) tuples: creating frozen dataclasses costs more than the
# splitting itself on the hot path; `analyze` converts them to `Part`.
_Span = tuple[int, int, int]


def _even_parts(n: int, single: int, concat: int) -> list[_Span]:
    """Parts of a text where every code point is one cluster of one unit."""
    if n <= single:
        return [(0, n, n)]
    return [(start, min(n, start + concat), min(n, start + concat) - start) for start in range(0, n, concat)]


def _gsm7_parts(text: str, septets: int) -> list[_Span]:
    """Greedy 153-septet parts; an escape pair (2 septets) never straddles two parts."""
    n = len(text)
    if septets <= GSM7_SINGLE:
        return [(0, n, septets)]
    parts: list[_Span] = []
    start = 0
    while start < n:
        end = min(n, start + GSM7_CONCAT)
        used = (end - start) + len(_EXTENSION_RE.findall(text, start, end))
        while used > GSM7_CONCAT:
            end -= 1
            used -= 2 if text[end] in GSM7_EXTENSION else 1
        parts.append((start, end, used))
        start = end
    return parts


def _ucs2_parts(text: str, units: int) -> list[_Span]:
    """Greedy 67-unit parts that never split a grapheme cluster.

    Cluster boundaries are checked only where a part would end (local lookback, ``_is_boundary``): the
    part ends at the last boundary that fits, and a cluster longer than a whole part is split between
    code points where the room runs out.
    """
    n = len(text)
    if units <= UCS2_SINGLE:
        return [(0, n, units)]
    # Offsets of astral code points (2 units each); usually none or a few emoji.
    astral = [match.start() for match in _ASTRAL_RE.finditer(text)] if units != n else []
    parts: list[_Span] = []
    start = 0
    floor = 0  # the last position known to be a cluster boundary
    done = 0
    while units - done > UCS2_CONCAT:
        # The longest run from `start` within 67 units: each astral code point inside costs one more.
        wide = 0  # astral code points taken so far
        end = start + UCS2_CONCAT
        for taken, position in enumerate(astral[bisect.bisect_left(astral, start) :]):
            if position >= end:
                break
            if (position - start) + taken + 2 > UCS2_CONCAT:
                end = position
                break
            wide = taken + 1
            end = start + UCS2_CONCAT - wide
        cut = end
        while cut > start and not _is_boundary(text, cut, floor):
            cut -= 1
        if cut == start:  # a cluster larger than a whole part: split it between code points
            cut = end
        else:
            floor = cut
        if cut != end:
            wide = bisect.bisect_left(astral, cut) - bisect.bisect_left(astral, start)
        parts.append((start, cut, (cut - start) + wide))
        done += (cut - start) + wide
        start = cut
    parts.append((start, n, units - done))
    return parts


def count_segments(text: str) -> tuple[Encoding, int]:
    """Encoding and number of segments of ``text``: the same answer as :func:`analyze`, much faster.

    An empty text is one (empty) segment, as Twilio counts it.
    """
    encoding, segments, _ = measure(text)
    return encoding, segments


def measure(text: str) -> tuple[Encoding, int, int]:
    """Encoding, segments and units (septets or UTF-16 units) of ``text``, as :func:`analyze` reports them."""
    n = len(text)
    latin1 = text.encode("latin-1", "ignore")
    leftover = latin1.translate(None, _LATIN1_BASIC)  # escapes and non-GSM Latin-1 characters
    if len(latin1) == n:
        if not leftover:
            return "GSM-7", 1 if n <= GSM7_SINGLE else _ceil_div(n, GSM7_CONCAT), n
        if not leftover.translate(None, _LATIN1_EXTENSION):
            septets = n + len(leftover)
            return "GSM-7", 1 if septets <= GSM7_SINGLE else len(_gsm7_parts(text, septets)), septets
        # Latin-1 only: nothing there combines, so every code point is one cluster of one unit.
        return "UCS-2", 1 if n <= UCS2_SINGLE else _ceil_div(n, UCS2_CONCAT), n
    if not leftover.translate(None, _LATIN1_EXTENSION) and _NOT_GSM7_RE.search(text) is None:
        septets = n + len(leftover) + text.count("\u20ac")
        return "GSM-7", 1 if septets <= GSM7_SINGLE else len(_gsm7_parts(text, septets)), septets
    units = _utf16_units(text)
    return "UCS-2", 1 if units <= UCS2_SINGLE else len(_ucs2_parts(text, units)), units


# --------------------------------------------------------------------------------------------------
# Full analysis


def analyze(text: str) -> SegmentReport:
    """Encoding, segments, units, non-GSM characters and the exact split of ``text`` into parts."""
    n = len(text)
    is_latin1 = len(text.encode("latin-1", "ignore")) == n
    non_gsm: tuple[NonGsmChar, ...] = ()
    first_non_gsm = _NOT_GSM7_RE.search(text)
    if first_non_gsm is None:
        encoding: Encoding = "GSM-7"
        # No GSM-7 character combines with a neighbour, so each code point is its own cluster.
        characters = n
        parts = _gsm7_parts(text, n + len(_EXTENSION_RE.findall(text)))
        limit = GSM7_SINGLE if len(parts) == 1 else GSM7_CONCAT
    else:
        encoding = "UCS-2"
        starts = range(n) if is_latin1 else _cluster_starts(text)
        characters = len(starts)
        parts = _even_parts(n, UCS2_SINGLE, UCS2_CONCAT) if is_latin1 else _ucs2_parts(text, _utf16_units(text))
        limit = UCS2_SINGLE if len(parts) == 1 else UCS2_CONCAT
        found: list[NonGsmChar] = []
        last_cluster = -1
        for match in _NOT_GSM7_RE.finditer(text, first_non_gsm.start()):
            cluster = bisect.bisect_right(starts, match.start()) - 1
            if cluster != last_cluster:
                cluster_end = starts[cluster + 1] if cluster + 1 < len(starts) else n
                found.append(NonGsmChar(text[starts[cluster] : cluster_end], starts[cluster]))
                last_cluster = cluster
        non_gsm = tuple(found)
    return SegmentReport(
        encoding=encoding,
        segments=len(parts),
        units=sum(units for _, _, units in parts),
        characters=characters,
        unit_limit=limit,
        units_left=limit - parts[-1][2],
        non_gsm=non_gsm,
        parts=tuple(Part(start, end, units) for start, end, units in parts),
    )


# --------------------------------------------------------------------------------------------------
# Fixes: Smart Encoding (safe) and accent stripping (unsafe)


def _expand(groups: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {char: replacement for replacement, chars in groups for char in chars}


# Twilio Smart Encoding map, as published in TwilioDevEd/message-segment-calculator
# src/libs/SmartEncodingMap.ts (MIT, v1.2.0), grouped by replacement. Quirks kept on purpose so that
# we agree with Twilio: NBSP and most odd spaces become two spaces, TAB seven, U+2039 becomes ">" and
# U+203A "<", and several combining marks (U+0302, U+0303, ...) become their spacing look-alike.
SMART_ENCODING_MAP: MappingProxyType[str, str] = MappingProxyType(
    _expand(
        [
            ('"', "\u00ab\u00bb\u201c\u201d\u02ba\u02ee\u201f\u201e\u275d\u275e\u301d\u301e\uff02"),
            ("'", "\u2018\u2019\u02bb\u02c8\u02bc\u02bd\u02b9\u201b\uff07\u00b4\u02ca\u0060\u02cb\u275b"
                  "\u275c\u0313\u0314\ufe10\ufe11"),
            ("/", "\u00f7\u29f8\u0337\u0338\u2044\u2215\uff0f"),
            ("1/4", "\u00bc"),
            ("1/2", "\u00bd"),
            ("3/4", "\u00be"),
            ("\\", "\u29f9\u29f5\u20e5\ufe68\uff3c"),
            ("_", "\u0332\uff3f\u2017"),
            ("|", "\u20d2\u20d3\u2223\uff5c\u23b8\u23b9\u23d0\u239c\u239f"),
            ("-", "\u23bc\u23bd\u2015\ufe63\uff0d\u2010\u2043\u2014\u2013\u2022"),
            ("@", "\ufe6b\uff20"),
            ("$", "\ufe69\uff04"),
            ("!", "\u01c3\ufe15\ufe57\uff01"),
            ("#", "\ufe5f\uff03"),
            ("%", "\ufe6a\uff05"),
            ("&", "\ufe60\uff06"),
            (",", "\u201a\u0326\ufe50\ufe51\uff0c\uff64\u3001"),
            ("(", "\u2768\u276a\ufe59\uff08\u27ee\u2985"),
            (")", "\u2769\u276b\ufe5a\uff09\u27ef\u2986"),
            ("*", "\u204e\u2217\u229b\u2722\u2723\u2724\u2725\u2731\u2732\u2733\u273a\u273b\u273c\u273d"
                  "\u2743\u2749\u274a\u274b\u29c6\ufe61\uff0a"),
            ("+", "\u02d6\ufe62\uff0b"),
            (".", "\u3002\ufe52\uff0e\uff61"),
            *((str(d), chr(0xFF10 + d)) for d in range(10)),
            (":", "\u02d0\u02f8\u2982\ua789\ufe13\uff1a"),
            (";", "\u204f\ufe14\ufe54\uff1b"),
            ("<", "\ufe64\uff1c\u203a"),
            ("=", "\u0347\ua78a\ufe66\uff1d"),
            (">", "\ufe65\uff1e\u2039"),
            ("?", "\ufe16\ufe56\uff1f"),
            *((chr(0x41 + k), chr(0xFF21 + k)) for k in range(26)),
            ("A", "\u1d00"), ("B", "\u0299"), ("C", "\u1d04"), ("D", "\u1d05"), ("E", "\u1d07"),
            ("F", "\ua730"), ("G", "\u0262"), ("H", "\u029c"), ("I", "\u026a"), ("J", "\u1d0a"),
            ("K", "\u1d0b"), ("L", "\u029f"), ("M", "\u1d0d"), ("N", "\u0274"), ("O", "\u1d0f"),
            ("P", "\u1d18"), ("R", "\u0280"), ("S", "\ua731"), ("T", "\u1d1b"), ("U", "\u1d1c"),
            ("V", "\u1d20"), ("W", "\u1d21"), ("Y", "\u028f"), ("Z", "\u1d22"),
            ("^", "\u02c6\u0302\uff3e\u1dcd"),
            ("{", "\u2774\ufe5b\uff5b"),
            ("}", "\u2775\ufe5c\uff5d"),
            ("[", "\uff3b"),
            ("]", "\uff3d"),
            ("~", "\u02dc\u02f7\u0303\u0330\u0334\u223c\uff5e"),
            ("  ", "\u00a0\u2000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
                   "\u3000\u008d\u009f\u0080\u0090\u009b"),
            (" ", "\u2028\u2029\u2001"),
            ("       ", "\u0009"),
            ("", "\u0010\u0000\u0003\u0004\u0017\u0019\u0011\u0012\u0013\u0014\u2060\u200b\ufeff"),
            ("!!", "\u203c"),
            ("...", "\u2026"),
        ]
    )
)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits (any order) to ``text``; raises ``ValueError`` on overlap or bad span."""
    pieces: list[str] = []
    position = 0
    for edit in sorted(edits):
        if edit.start < position or edit.end < edit.start or edit.end > len(text):
            raise ValueError(f"edit {edit} overlaps another edit or lies outside the text")
        pieces.append(text[position : edit.start])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def _idle_letters() -> str:
    """Letters outside GSM-7 that Smart Encoding can never edit wherever they stand (á, í, ó, ú, ç, ã, ...): precomposed
    letters of Latin-1 and Latin Extended-A/B that no map entry names, that are their own NFC form, of combining class 0,
    and that compose with no neighbour (tests/test_fast_paths.py checks every pair with GSM-7 and with each other)."""
    found = []
    for code in range(0xA0, 0x250):
        char = chr(code)
        if (
            unicodedata.category(char).startswith("L")
            and char not in GSM7_BASIC
            and char not in GSM7_EXTENSION
            and char not in SMART_ENCODING_MAP
            and unicodedata.combining(char) == 0
            and unicodedata.normalize("NFC", char) == char
        ):
            found.append(char)
    return "".join(found)


IDLE_LETTERS = _idle_letters()
# A character that Smart Encoding might edit: one outside GSM-7 and the idle letters, or a key of the map.
_MAYBE_SMART_RE = lazy_re(
    "[^" + re.escape("".join(c for c in _GSM7_BASIC_CHARS + _GSM7_EXTENSION_CHARS if c not in SMART_ENCODING_MAP)
                     + IDLE_LETTERS) + "]"
)


def smart_encoding_candidates(text: str) -> tuple[Edit, ...]:
    """Every Smart Encoding replacement available in ``text``, whether or not it helps.

    Two kinds: (1) canonical composition of a cluster whose NFC form is GSM-7 (``"e" + U+0301`` becomes
    ``"é"``; the same text to a reader, a step Twilio's map lacks), (2) Twilio's
    :data:`SMART_ENCODING_MAP`, code point by code point, for every other non-GSM character.
    A text whose characters are all GSM-7 or idle letters (:data:`IDLE_LETTERS`, most Spanish copy with accents) has
    neither: no character is a key of the map, and no cluster changes under NFC (round 72: one scan, no clusters).
    """
    if _MAYBE_SMART_RE.search(text) is None:
        return ()
    edits: list[Edit] = []
    for start, end in _non_gsm_cluster_spans(text):
        cluster = text[start:end]
        composed = unicodedata.normalize("NFC", cluster)
        if composed != cluster and is_gsm7(composed):
            edits.append(Edit(start, end, composed))
            continue
        for index in range(start, end):
            replacement = SMART_ENCODING_MAP.get(text[index])
            if replacement is not None:
                edits.append(Edit(index, index + 1, replacement))
    return tuple(edits)


def smart_encoding_edits(text: str) -> tuple[Edit, ...]:
    """Safe typographic replacements that turn ``text`` into GSM-7, or none.

    Like Twilio Smart Encoding, all-or-nothing: the edits are returned only when applying them makes
    the whole message GSM-7 (curly quotes next to an emoji buy nothing, the message stays UCS-2). On top
    of Twilio, the edits are also withheld when they would raise the segment count (70 ellipses are one
    UCS-2 segment but 210 septets, two GSM-7 segments), so the fix never costs more.
    Applying the result and asking again yields no edits (idempotent).
    """
    edits = smart_encoding_candidates(text)
    if not edits:
        return ()
    fixed = apply_edits(text, edits)
    if not is_gsm7(fixed) or count_segments(fixed)[1] > count_segments(text)[1]:
        return ()
    return edits


# Letters with no canonical decomposition that Spanish and Portuguese copy uses; the degree sign is
# usually an ordinal typed with the wrong key ("1°"), hence "o".
_ACCENT_TABLE = MappingProxyType({"\u00ba": "o", "\u00aa": "a", "\u00b0": "o"})


@functools.lru_cache(maxsize=1024)  # a pure function of one grapheme cluster; messages reuse a few (á, í, ó, ú)
def _strip_cluster(cluster: str) -> str | None:
    composed = unicodedata.normalize("NFC", cluster)
    if is_gsm7(composed):
        return composed
    if len(composed) == 1 and composed in _ACCENT_TABLE:
        return _ACCENT_TABLE[composed]
    decomposed = unicodedata.normalize("NFD", composed)
    base, marks = decomposed[0], decomposed[1:]
    if not marks or any(unicodedata.category(mark) != "Mn" for mark in marks):
        return None
    # Drop marks from the end until a GSM-7 letter remains: "ǘ" keeps its diaeresis ("ü"), "ú" -> "u".
    for keep in range(len(marks) - 1, -1, -1):
        candidate = unicodedata.normalize("NFC", base + marks[:keep])
        if is_gsm7(candidate):
            return candidate
    return None


def accent_stripping_edits(text: str) -> tuple[Edit, ...]:
    """Unsafe replacements of accented letters that are not GSM-7 by the nearest GSM-7 letter.

    á->a, í->i, ó->o, ú->u (and capitals), ç->c (Ç is GSM-7 and stays), Portuguese ã õ â ê ô -> a o a e o,
    capital grave À->A, º->o, ª->a, °->o; letters already in GSM-7 (é, ñ, ü, à, ...) are never touched.
    Works on whole grapheme clusters, so decomposed input ("o" + U+0301) is handled too. Unsafe: it
    changes spelling (and sometimes meaning: "año" is safe because ñ is GSM-7, but "papá" -> "papa").
    """
    edits: list[Edit] = []
    for start, end in _non_gsm_cluster_spans(text):
        cluster = text[start:end]
        stripped = _strip_cluster(cluster)
        if stripped is not None:
            edits.append(Edit(start, end, stripped))
    return tuple(edits)


# --------------------------------------------------------------------------------------------------
# National language shift tables (3GPP TS 23.038 Annex A)

# Spanish single shift (NLI 2): the default extension table plus ç Á Í Ó Ú á í ó ú.
_ES_SINGLE_SHIFT = GSM7_EXTENSION | frozenset("çÁÍÓÚáíóú")
# Portuguese locking shift (NLI 3, table A.3.3): replaces the default alphabet (no ñ, ¿, ¡, è, ...).
_PT_LOCKING = frozenset(
    "@£$¥êéúíóç\nÔô\rÁáΔ_ªÇÀ∞^\\€Ó|ÂâÊÉ !\"#º%&'()*+,-./0123456789:;<=>?"
    "ÍABCDEFGHIJKLMNOPQRSTUVWXYZÃÕÚÜ§~abcdefghijklmnopqrstuvwxyzãõ`üà"
)
# Portuguese single shift (NLI 3, table A.2.3).
_PT_SINGLE_SHIFT = GSM7_EXTENSION | frozenset("ÀÁÂÃÊÍÓÔÕÚáâãçêíóôõúΓΘΠΣΦΨΩ")


@dataclass(frozen=True, slots=True)
class NlsPlan:
    """The cheapest GSM-7 encoding of a text with national language shift tables.

    ``locking_shift`` / ``single_shift`` say which NLI information elements the UDH carries (3 octets
    each: IEI 0x25 / 0x24, length 1, language). ``unit_limit`` is the septets per part that applied.
    """

    language: NlsLanguage
    locking_shift: bool
    single_shift: bool
    segments: int
    units: int
    unit_limit: int


def _septet_limit(udh_octets: int) -> int:
    """Septets left in 140 octets after a UDH of ``udh_octets`` (UDHL included), padded to a septet."""
    return GSM7_SINGLE if udh_octets == 0 else GSM7_SINGLE - _ceil_div(udh_octets * 8, 7)


def _plan(text: str, base: frozenset[str], shift: frozenset[str], nli_ies: int) -> tuple[int, int, int] | None:
    costs = []
    for char in text:
        if char in base:
            costs.append(1)
        elif char in shift:
            costs.append(2)
        else:
            return None
    ie_octets = 3 * nli_ies
    single = _septet_limit(1 + ie_octets if ie_octets else 0)
    total = sum(costs)
    if total <= single:
        return 1, total, single
    concat = _septet_limit(1 + 5 + ie_octets)
    parts = 1
    used = 0
    for cost in costs:
        if used + cost > concat:
            parts += 1
            used = 0
        used += cost
    return parts, total, concat


def nls_plan(text: str, language: NlsLanguage) -> NlsPlan | None:
    """Fewest segments for ``text`` in GSM-7 when the national language shift tables of ``language`` may
    be used, or None when the text cannot be encoded even then.

    Candidates, with their UDH cost (UDHL 1 octet + 3 per NLI element, + 5 for concatenation, padded to
    whole septets): the default alphabet (no NLI, 160/153); Spanish single shift (155/149); Portuguese
    single shift or locking shift alone (155/149) or both (7-octet UDH: 152; 12-octet: 146). Escape pairs
    are never split. Provider and handset support is not guaranteed (facts file section 1.6).
    """
    candidates: list[tuple[bool, bool, frozenset[str], frozenset[str]]] = [
        (False, False, GSM7_BASIC, GSM7_EXTENSION),
    ]
    if language == "es":
        candidates.append((False, True, GSM7_BASIC, _ES_SINGLE_SHIFT))
    else:
        candidates += [
            (False, True, GSM7_BASIC, _PT_SINGLE_SHIFT),
            (True, False, _PT_LOCKING, GSM7_EXTENSION),
            (True, True, _PT_LOCKING, _PT_SINGLE_SHIFT),
        ]
    best: NlsPlan | None = None
    for locking, single, base, shift in candidates:
        result = _plan(text, base, shift, int(locking) + int(single))
        if result is None:
            continue
        segments, units, limit = result
        if best is None or segments < best.segments:  # ties keep the simpler (earlier) candidate
            best = NlsPlan(language, locking, single, segments, units, limit)
    return best


def nls_segments(text: str, language: NlsLanguage) -> int | None:
    """Segments of ``text`` with the ``language`` shift tables allowed (see :func:`nls_plan`), or None."""
    plan = nls_plan(text, language)
    return None if plan is None else plan.segments


# --------------------------------------------------------------------------------------------------
# Output forms


def _show(text: str) -> str:
    # Control characters would break the one-line layout; show them as escapes.
    return "".join(
        char if char.isprintable() or char == " " else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def render_split(text: str, report: SegmentReport) -> str:
    """Human-readable report for ``sendlint segments``: encoding, segment count, units, each part with its
    split point, and the non-GSM characters with their offsets (marked ``^`` under each part)."""
    unit_name = "septets" if report.encoding == "GSM-7" else "UTF-16 units"
    lines = [
        f"encoding: {report.encoding}",
        f"segments: {report.segments} ({report.units} {unit_name}, {report.unit_limit} per segment, "
        f"{report.units_left} left in the last)",
        f"characters: {report.characters}",
    ]
    if report.non_gsm:
        listed = ", ".join(f"{_show(item.char)!r} at {item.index}" for item in report.non_gsm)
        lines.append(f"non-GSM characters (force UCS-2): {listed}")
    if report.encoding == "GSM-7":
        escapes = ", ".join(f"{_show(m.group())!r} at {m.start()}" for m in _EXTENSION_RE.finditer(text))
        if escapes:
            lines.append(f"extension characters (2 septets each): {escapes}")
    flagged = {
        index for item in report.non_gsm for index in range(item.index, item.index + len(item.char))
    }
    for number, part in enumerate(report.parts, start=1):
        lines.append(
            f"part {number}/{report.segments} [{part.start}:{part.end}] {part.units}/{report.unit_limit} {unit_name}"
        )
        shown = [_show(text[index]) for index in range(part.start, part.end)]
        lines.append("  |" + "".join(shown) + "|")
        if flagged.intersection(range(part.start, part.end)):
            marks = "".join(
                ("^" if index in flagged else " ") * max(1, len(piece))
                for index, piece in zip(range(part.start, part.end), shown, strict=True)
            )
            lines.append("   " + marks.rstrip())
    return "\n".join(lines) + "\n"


def report_json(text: str) -> dict[str, object]:
    """JSON-ready summary: encoding, segments, units, units_left, non-GSM characters, and the encoding and
    segments after :func:`smart_encoding_edits`."""
    report = analyze(text)
    smart_encoding, smart_segments = count_segments(apply_edits(text, smart_encoding_edits(text)))
    return {
        "encoding": report.encoding,
        "segments": report.segments,
        "units": report.units,
        "units_left": report.units_left,
        "non_gsm": [{"char": item.char, "index": item.index} for item in report.non_gsm],
        "smart": {"encoding": smart_encoding, "segments": smart_segments},
    }
