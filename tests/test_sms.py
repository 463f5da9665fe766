"""Tests for sendlint.sms: Twilio's calculator vectors, codec cross-checks, properties, speed."""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path
from typing import Any

import gsm0338  # noqa: F401  (registers the "gsm03.38" codec)
import pytest
import regex
from gsmcodecs.charmaps import GSMCHARMAPS
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.sms import (
    GSM7_BASIC,
    GSM7_CONCAT,
    GSM7_EXTENSION,
    GSM7_SINGLE,
    MAX_BODY_CHARS,
    MAX_SEGMENTS,
    SMART_ENCODING_MAP,
    UCS2_CONCAT,
    UCS2_SINGLE,
    Edit,
    NlsPlan,
    NonGsmChar,
    Part,
    SegmentReport,
    _cluster_starts,
    _is_boundary,
    accent_stripping_edits,
    analyze,
    apply_edits,
    count_segments,
    grapheme_clusters,
    is_gsm7,
    measure,
    nls_plan,
    nls_segments,
    render_split,
    report_json,
    septet_cost,
    smart_encoding_candidates,
    smart_encoding_edits,
)

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "fixtures" / "sms_vectors.json").read_text(encoding="utf-8")
)


def _vector_id(vector: dict[str, Any]) -> str:
    return str(vector.get("name") or vector["body"])[:60]


# --------------------------------------------------------------------------------------------------
# A deliberately naive reference: per-character / per-cluster atoms and the greedy packing Twilio uses.


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _reference_parts(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    if all(char in GSM7_BASIC or char in GSM7_EXTENSION for char in text):
        encoding, single, concat = "GSM-7", GSM7_SINGLE, GSM7_CONCAT
        atoms = [(i, i + 1, 1 if char in GSM7_BASIC else 2) for i, char in enumerate(text)]
    else:
        encoding, single, concat = "UCS-2", UCS2_SINGLE, UCS2_CONCAT
        atoms = []
        position = 0
        for cluster in grapheme_clusters(text):
            atoms.append((position, position + len(cluster), _utf16(cluster)))
            position += len(cluster)
    total = sum(units for _, _, units in atoms)
    if total <= single:
        return encoding, [(0, len(text), total)]
    parts: list[tuple[int, int, int]] = []
    start, used = 0, 0
    for atom_start, atom_end, units in atoms:
        if used + units <= concat:
            used += units
            continue
        if used:
            parts.append((start, atom_start, used))
            start, used = atom_start, 0
        if units <= concat:
            used = units
            continue
        for index in range(atom_start, atom_end):  # a cluster bigger than a part
            width = _utf16(text[index])
            if used + width > concat:
                parts.append((start, index, used))
                start, used = index, 0
            used += width
    parts.append((start, len(text), used))
    return encoding, parts


# --------------------------------------------------------------------------------------------------
# Twilio calculator vectors


@pytest.mark.parametrize("vector", VECTORS["twilio"], ids=_vector_id)
def test_twilio_vector(vector: dict[str, Any]) -> None:
    report = analyze(vector["body"])
    assert (report.encoding, report.segments) == (vector["encoding"], vector["segments"])
    assert count_segments(vector["body"]) == (vector["encoding"], vector["segments"])
    bits = 7 if report.encoding == "GSM-7" else 16
    if "message_size_bits" in vector:
        assert report.units * bits == vector["message_size_bits"]
        header_bits = 48 * report.segments if report.segments > 1 else 0
        assert report.units * bits + header_bits == vector["total_size_bits"]
    if "characters" in vector:
        # Twilio's numberOfCharacters is septets in GSM-7 and graphemes in UCS-2.
        expected = report.units if report.encoding == "GSM-7" else report.characters
        assert expected == vector["characters"]
    if "unicode_scalars" in vector:
        assert len(vector["body"]) == vector["unicode_scalars"]


@pytest.mark.parametrize("vector", VECTORS["twilio_parts"], ids=_vector_id)
def test_twilio_part_layout(vector: dict[str, Any]) -> None:
    text = vector["body"]
    parts = analyze(text).parts
    assert [part.units for part in parts] == vector["part_units"]
    if "last_part_text" in vector:
        assert text[parts[-1].start : parts[-1].end] == vector["last_part_text"]
    if "first_index_of_part_2" in vector:
        assert parts[1].start == vector["first_index_of_part_2"]


@pytest.mark.parametrize("vector", VECTORS["twilio_non_gsm"], ids=_vector_id)
def test_twilio_non_gsm_characters(vector: dict[str, Any]) -> None:
    assert [item.char for item in analyze(vector["body"]).non_gsm] == vector["non_gsm"]


def test_smart_encoding_map_is_twilios() -> None:
    fixture = {entry["char"]: entry["replacement"] for entry in VECTORS["twilio_smart_encoding"]}
    assert len(fixture) == 270
    assert dict(SMART_ENCODING_MAP) == fixture


@pytest.mark.parametrize(
    "entry", VECTORS["twilio_smart_encoding"], ids=lambda e: f"{e['code']} {e['comment']}"[:50]
)
def test_smart_encoding_maps_each_character(entry: dict[str, str]) -> None:
    char = entry["char"]
    assert not is_gsm7(char)
    assert apply_edits(char, smart_encoding_edits(char)) == entry["replacement"]
    assert is_gsm7(entry["replacement"])


def test_smart_encoding_replaces_all_characters_at_once() -> None:
    keys = "".join(entry["char"] for entry in VECTORS["twilio_smart_encoding"])
    values = "".join(entry["replacement"] for entry in VECTORS["twilio_smart_encoding"])
    assert apply_edits(keys, smart_encoding_edits(keys)) == values


@pytest.mark.parametrize("vector", VECTORS["own"], ids=_vector_id)
def test_boundary_vector(vector: dict[str, Any]) -> None:
    report = analyze(vector["body"])
    assert (report.encoding, report.segments) == (vector["encoding"], vector["segments"])
    assert count_segments(vector["body"]) == (vector["encoding"], vector["segments"])
    assert [part.units for part in report.parts] == vector["part_units"]


@pytest.mark.parametrize("vector", VECTORS["spanish"], ids=_vector_id)
def test_spanish_and_portuguese_messages(vector: dict[str, Any]) -> None:
    assert count_segments(vector["body"]) == (vector["encoding"], vector["segments"])
    report = analyze(vector["body"])
    assert (report.encoding, report.segments) == (vector["encoding"], vector["segments"])


# --------------------------------------------------------------------------------------------------
# Alphabet


def test_every_bmp_code_point_agrees_with_gsm0338() -> None:
    """is_gsm7 and the septet cost agree with PyPI gsm0338 on all of 0..0xFFFF but one code point.

    The one deliberate difference: gsm0338 encodes U+001B (ESC) as the byte 0x1B; a message cannot
    contain a bare escape (it would swallow the next septet), so it is not GSM-7 here (nor for Twilio).
    """
    disagreements = []
    for code_point in range(0x10000):
        if 0xD800 <= code_point <= 0xDFFF:
            continue
        char = chr(code_point)
        try:
            expected = len(char.encode("gsm03.38"))
        except UnicodeEncodeError:
            expected = 0
        if (is_gsm7(char), septet_cost(char)) != (expected > 0, expected):
            disagreements.append(code_point)
    assert disagreements == [0x1B]


def test_alphabet_facts() -> None:
    assert len(GSM7_BASIC) == 127 and len(GSM7_EXTENSION) == 10
    assert is_gsm7("Ç") and not is_gsm7("ç")  # 0x09, as Twilio and gsm0338
    assert not is_gsm7("`") and not is_gsm7("\x1b") and not is_gsm7("\t")
    assert [septet_cost(c) for c in "a€{\x0cñá"] == [1, 2, 2, 2, 1, 0]
    assert is_gsm7("") and is_gsm7("@£$¥ÑÜ¿¡ΔΩ")
    assert (GSM7_SINGLE, GSM7_CONCAT, UCS2_SINGLE, UCS2_CONCAT) == (160, 153, 70, 67)
    assert (MAX_BODY_CHARS, MAX_SEGMENTS) == (1600, 10)


def test_shift_tables_match_gsmcodecs() -> None:
    from sendlint import sms

    def table(language: int, kind: str) -> frozenset[str]:
        chars = frozenset(chr(cp) for cp in GSMCHARMAPS[language][kind]["encode"])
        # gsmcodecs lists a space in its single-shift encode maps; space is a basic character anyway.
        return chars - {" "} if kind == "singleShift" else chars

    assert table(0, "locking") == GSM7_BASIC
    assert table(0, "singleShift") == GSM7_EXTENSION
    assert table(2, "singleShift") == sms._ES_SINGLE_SHIFT
    assert table(3, "locking") == sms._PT_LOCKING
    assert table(3, "singleShift") == sms._PT_SINGLE_SHIFT


# --------------------------------------------------------------------------------------------------
# Grapheme clusters


def test_grapheme_clusters_of_the_usual_suspects() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    text = "e\u0301\r\n" + "\U0001f1ea\U0001f1f8\U0001f1ea" + family + "\U0001f44d\U0001f3fd" + "\u2764\ufe0f가\u1100\u1161"
    assert grapheme_clusters(text) == (
        "e\u0301",
        "\r",
        "\n",
        "\U0001f1ea\U0001f1f8",
        "\U0001f1ea",
        family,
        "\U0001f44d\U0001f3fd",
        "\u2764\ufe0f",
        "가",
        "\u1100\u1161",
    )
    assert grapheme_clusters("") == ()
    assert grapheme_clusters("\ud83d\ude00") == ("\ud83d", "\ude00")  # lone surrogates are Control


# Characters whose cluster behaviour is the same in Python 3.11's Unicode 14 and the regex module's newer data.
_CLUSTER_ALPHABET = [
    *"aZ09 .,!¿ñáç€\t",
    *["\r", "\n", "\x00", "\u00ad", "\u0600", "\u200b"],
    *["\u0301", "\u0308", "\u0327", "\u20e3", "\ufe0f", "\ufe0e", "\u200c", "\u200d", "\u0903", "\u093f"],
    *["\U0001f1ea", "\U0001f1f8", "\U0001f1fa"],
    *["\U0001f600", "\U0001f468", "\U0001f469", "\U0001f467", "\U0001f44d", "\U0001f3fd", "\U0001f3fb"],
    *["\u2764", "\u00a9", "\U0001f3f3", "\U0001f308", "\U0001f3f4", "\U000e0067", "\U000e007f"],
    *["\u1100", "\u1161", "\u11a8", "가", "각", "\u0915"],
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CLUSTER_ALPHABET), max_size=30).map("".join))
def test_grapheme_clusters_match_regex_module(text: str) -> None:
    # regex's \X keeps CR LF together (UAX #29 GB3); Twilio counts them as two characters, so do we.
    expected = [piece for cluster in regex.findall(r"\X", text) for piece in (["\r", "\n"] if cluster == "\r\n" else [cluster])]
    assert list(grapheme_clusters(text)) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=0x2FF), max_size=60))
def test_latin_fast_path_matches_regex_module(text: str) -> None:
    # Below U+0300 grapheme_clusters skips the boundary table: it must still agree with \X.
    expected = [piece for cluster in regex.findall(r"\X", text) for piece in (["\r", "\n"] if cluster == "\r\n" else [cluster])]
    assert list(grapheme_clusters(text)) == expected


_ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT | st.lists(st.sampled_from(_CLUSTER_ALPHABET), max_size=40).map("".join))
def test_local_boundary_check_agrees_with_forward_segmentation(text: str) -> None:
    starts = set(_cluster_starts(text))
    assert [i for i in range(1, len(text)) if _is_boundary(text, i)] == sorted(starts - {0})
    # Looking back no further than any known boundary gives the same answers (what keeps it linear).
    for floor in starts:
        assert [i for i in range(floor + 1, len(text)) if _is_boundary(text, i, floor)] == sorted(
            s for s in starts if s > floor
        )


# --------------------------------------------------------------------------------------------------
# Splitting properties

_PIECES = [
    *["a", "b", "Z", "1", " ", ".", "ñ", "é", "¿", "Ç", "\r", "\n", "\r\n"],
    *["á", "ó", "ç", "º", "`", "“", "”", "…", "—", "\u00a0", "\t"],
    *sorted(GSM7_EXTENSION),
    *["\U0001f600", "\U0001f1ea", "\U0001f1f8", "\U0001f1ea\U0001f1f8", "\u200d", "\ufe0f", "\U0001f3fd"],
    *["\U0001f468\u200d\U0001f469\u200d\U0001f467", "\u2764\ufe0f", "\u0301", "e\u0301", "\u1100", "\u1161"],
    *["\ud83d", "\ude00", "\x00", "\u0600"],
    *["a" * 40, "á" * 30, "{" * 20, "\u0301" * 30],
]
_GSM_PIECES = ["a", " ", "ñ", "é", "@", "\n", "\r", "a" * 50, "Ç", *sorted(GSM7_EXTENSION)]
SMS_TEXT = (
    st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)
    | st.lists(st.sampled_from(_GSM_PIECES), max_size=80).map("".join)
    | _ANY_TEXT
)


def _units(text: str, encoding: str) -> int:
    if encoding == "GSM-7":
        return sum(septet_cost(char) for char in text)
    return _utf16(text)


@settings(max_examples=300, deadline=None)
@given(SMS_TEXT)
def test_parts_rejoin_fit_and_count_whole_characters(text: str) -> None:
    """Parts are contiguous slices; the units of each slice (septets, with 2 for every escape character,
    or UTF-16 code units) are exactly the part's units and within the limit, so no ESC pair and no
    surrogate pair can be split (a slice never holds half of either)."""
    report = analyze(text)
    assert "".join(text[part.start : part.end] for part in report.parts) == text
    assert report.parts[0].start == 0 and report.parts[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(report.parts, report.parts[1:], strict=False))
    assert report.segments == len(report.parts)
    single = GSM7_SINGLE if report.encoding == "GSM-7" else UCS2_SINGLE
    concat = GSM7_CONCAT if report.encoding == "GSM-7" else UCS2_CONCAT
    assert report.unit_limit == (single if report.segments == 1 else concat)
    for part in report.parts:
        assert part.units == _units(text[part.start : part.end], report.encoding) <= report.unit_limit
    assert report.units == _units(text, report.encoding)
    assert report.units_left == report.unit_limit - report.parts[-1].units
    assert report.encoding == ("GSM-7" if is_gsm7(text) else "UCS-2")


@settings(max_examples=300, deadline=None)
@given(SMS_TEXT)
def test_no_grapheme_cluster_is_split_unless_larger_than_a_part(text: str) -> None:
    report = analyze(text)
    starts = _cluster_starts(text)
    ends = [*starts[1:], len(text)]
    for part in report.parts[1:]:
        if part.start in starts:
            continue
        # Only a cluster that cannot fit in any part may be cut.
        index = max(i for i, start in enumerate(starts) if start < part.start)
        assert _utf16(text[starts[index] : ends[index]]) > UCS2_CONCAT


@settings(max_examples=400, deadline=None)
@given(SMS_TEXT)
def test_analyze_matches_naive_reference_and_count_segments(text: str) -> None:
    encoding, parts = _reference_parts(text)
    report = analyze(text)
    assert report.encoding == encoding
    assert [(p.start, p.end, p.units) for p in report.parts] == parts
    assert count_segments(text) == (report.encoding, report.segments)
    assert measure(text) == (report.encoding, report.segments, report.units)


@settings(max_examples=300, deadline=None)
@given(SMS_TEXT, SMS_TEXT)
def test_appending_never_reduces_segments(text: str, more: str) -> None:
    assert count_segments(text + more)[1] >= count_segments(text)[1]


def test_lone_surrogates_count_one_unit() -> None:
    assert count_segments("\ud83d") == ("UCS-2", 1)
    report = analyze("a\udc00b")
    assert (report.units, report.characters, report.non_gsm) == (3, 3, (NonGsmChar("\udc00", 1),))
    assert count_segments("\ud83d" * 71) == ("UCS-2", 2)


def test_cluster_larger_than_a_part_is_split_between_code_points() -> None:
    text = "b" * 60 + "a" + "\u0301" * 100
    report = analyze(text)
    assert [(p.start, p.end, p.units) for p in report.parts] == [(0, 60, 60), (60, 127, 67), (127, 161, 34)]
    assert count_segments(text) == ("UCS-2", 3)


def test_non_gsm_characters_are_whole_clusters_with_offsets() -> None:
    text = "Hola 🏳️‍🌈 y cafe\u0301, llegó"
    assert analyze(text).non_gsm == (
        NonGsmChar("\U0001f3f3\ufe0f\u200d\U0001f308", 5),
        NonGsmChar("e\u0301", 15),
        NonGsmChar("ó", 23),
    )
    assert analyze("Año ¿qué?").non_gsm == ()


def test_report_fields_for_a_gsm_message() -> None:
    assert analyze("Pago de 50€") == SegmentReport(
        encoding="GSM-7",
        segments=1,
        units=12,
        characters=11,
        unit_limit=160,
        units_left=148,
        non_gsm=(),
        parts=(Part(0, 11, 12),),
    )
    assert analyze("") == SegmentReport("GSM-7", 1, 0, 0, 160, 160, (), (Part(0, 0, 0),))


# --------------------------------------------------------------------------------------------------
# Fixes


def test_smart_encoding_turns_word_processor_text_into_gsm() -> None:
    text = "“Tu pedido” llega mañana — gracias…"
    edits = smart_encoding_edits(text)
    assert edits == (Edit(0, 1, '"'), Edit(10, 11, '"'), Edit(25, 26, "-"), Edit(34, 35, "..."))
    assert apply_edits(text, edits) == '"Tu pedido" llega mañana - gracias...'
    assert count_segments(text) == ("UCS-2", 1)


def test_smart_encoding_is_all_or_nothing() -> None:
    assert smart_encoding_edits("“Hola” 😀") == ()  # the emoji keeps it UCS-2: nothing to gain
    assert smart_encoding_edits("“Tu código”") == ()  # ó has no Smart Encoding replacement
    assert smart_encoding_candidates("“Hola” 😀") == (Edit(0, 1, '"'), Edit(5, 6, '"'))
    assert smart_encoding_edits("Hola") == ()


def test_smart_encoding_composes_decomposed_letters() -> None:
    text = "Nin\u0303o y cafe\u0301"
    assert smart_encoding_edits(text) == (Edit(2, 4, "ñ"), Edit(11, 13, "é"))
    assert apply_edits(text, smart_encoding_edits(text)) == "Niño y café"


def test_smart_encoding_never_costs_more_segments() -> None:
    ellipses = "…" * 70  # 1 UCS-2 segment; as "..." it would be 210 septets, 2 segments
    assert smart_encoding_edits(ellipses) == ()
    assert report_json(ellipses)["smart"] == {"encoding": "UCS-2", "segments": 1}


@settings(max_examples=400, deadline=None)
@given(SMS_TEXT)
def test_smart_encoding_never_increases_segments_and_is_idempotent(text: str) -> None:
    fixed = apply_edits(text, smart_encoding_edits(text))
    assert count_segments(fixed)[1] <= count_segments(text)[1]
    assert smart_encoding_edits(fixed) == ()
    assert apply_edits(fixed, smart_encoding_edits(fixed)) == fixed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tu código llegó", "Tu codigo llego"),
        ("ÁÍÓÚ áíóú", "AIOU aiou"),
        ("Ça va, garçon", "Ça va, garcon"),
        ("Não, você está à vontade", "Nao, voce esta à vontade"),
        ("Pedido Nº 1, 3ª vez, 20°", "Pedido No 1, 3a vez, 20o"),
        ("À È Ì Ò Ù", "A E I O U"),
        ("Año, ¿qué tal? ñ é ü", "Año, ¿qué tal? ñ é ü"),
        ("co\u0301digo", "codigo"),
        ("cafe\u0301", "café"),
        ("\u01d8", "ü"),
        ("Hola 😀", "Hola 😀"),
    ],
)
def test_accent_stripping(text: str, expected: str) -> None:
    assert apply_edits(text, accent_stripping_edits(text)) == expected


@settings(max_examples=300, deadline=None)
@given(SMS_TEXT)
def test_accent_stripping_is_idempotent_and_touches_only_non_gsm(text: str) -> None:
    edits = accent_stripping_edits(text)
    for edit in edits:
        assert not is_gsm7(text[edit.start : edit.end]) and is_gsm7(edit.replacement)
    fixed = apply_edits(text, edits)
    assert accent_stripping_edits(fixed) == ()


def test_spanish_accents_plus_smart_encoding_reach_gsm() -> None:
    text = "“Tu código” está listo"
    stripped = apply_edits(text, accent_stripping_edits(text))
    fixed = apply_edits(stripped, smart_encoding_edits(stripped))
    assert fixed == '"Tu codigo" esta listo'
    assert count_segments(fixed) == ("GSM-7", 1)


def test_apply_edits_rejects_overlaps_and_out_of_range() -> None:
    assert apply_edits("abc", [Edit(2, 3, "C"), Edit(0, 1, "A")]) == "AbC"
    assert apply_edits("abc", []) == "abc"
    with pytest.raises(ValueError, match="overlaps"):
        apply_edits("abc", [Edit(0, 2, "x"), Edit(1, 3, "y")])
    with pytest.raises(ValueError, match="outside"):
        apply_edits("abc", [Edit(2, 5, "x")])


# --------------------------------------------------------------------------------------------------
# National language shift tables


def test_spanish_single_shift() -> None:
    assert nls_plan("Buenos días", "es") == NlsPlan("es", False, True, 1, 12, 155)
    assert nls_segments("á" + "a" * 153, "es") == 1  # 155 septets, the single-part limit with the NLI IE
    assert nls_plan("á" + "a" * 154, "es") == NlsPlan("es", False, True, 2, 156, 149)
    # 298 septets would be 2 x 149, but the escape pair of "ó" cannot straddle the first split.
    assert nls_plan("a" * 148 + "ó" + "a" * 148, "es") == NlsPlan("es", False, True, 3, 298, 149)
    assert nls_segments("Pedido Nº 5", "es") is None  # º is in no Spanish table
    assert nls_segments("Hola 😀", "es") is None
    assert nls_plan("Hola", "es") == NlsPlan("es", False, False, 1, 4, 160)  # no NLI needed


def test_portuguese_locking_and_single_shift() -> None:
    assert nls_plan("ã" * 150, "pt") == NlsPlan("pt", True, False, 1, 150, 155)
    assert nls_plan("Ω º", "pt") == NlsPlan("pt", True, True, 1, 4, 152)  # Ω only via the PT single shift
    assert nls_plan("º" + "Ω" + "a" * 149, "pt") == NlsPlan("pt", True, True, 1, 152, 152)
    assert nls_plan("º" + "Ω" + "a" * 150, "pt") == NlsPlan("pt", True, True, 2, 153, 146)
    assert nls_plan("Señor, não", "pt") == NlsPlan("pt", False, True, 1, 11, 155)  # ñ is not in the PT locking table
    assert nls_segments("Olá 😀", "pt") is None


# --------------------------------------------------------------------------------------------------
# Output forms


def test_render_split_ucs2() -> None:
    text = "Tu código: 1234 🎉\n" + "a" * 50 + "{ok}"
    assert render_split(text, analyze(text)) == (
        "encoding: UCS-2\n"
        "segments: 2 (73 UTF-16 units, 67 per segment, 61 left in the last)\n"
        "characters: 72\n"
        "non-GSM characters (force UCS-2): 'ó' at 4, '🎉' at 16\n"
        "part 1/2 [0:66] 67/67 UTF-16 units\n"
        "  |Tu código: 1234 🎉\\n" + "a" * 48 + "|\n"
        "       ^           ^\n"
        "part 2/2 [66:72] 6/67 UTF-16 units\n"
        "  |aa{ok}|\n"
    )


def test_render_split_gsm_with_escape() -> None:
    text = "Pago de 50€ ok"
    assert render_split(text, analyze(text)) == (
        "encoding: GSM-7\n"
        "segments: 1 (15 septets, 160 per segment, 145 left in the last)\n"
        "characters: 14\n"
        "extension characters (2 septets each): '€' at 10\n"
        "part 1/1 [0:14] 15/160 septets\n"
        "  |Pago de 50€ ok|\n"
    )


def test_report_json_exact() -> None:
    assert report_json("Tu “código” es 1234") == {
        "encoding": "UCS-2",
        "segments": 1,
        "units": 19,
        "units_left": 51,
        "non_gsm": [{"char": "“", "index": 3}, {"char": "ó", "index": 5}, {"char": "”", "index": 10}],
        "smart": {"encoding": "UCS-2", "segments": 1},
    }
    assert report_json("“Hola” — " + "x" * 70)["smart"] == {"encoding": "GSM-7", "segments": 1}
    assert json.loads(json.dumps(report_json("😀"))) == report_json("😀")


# --------------------------------------------------------------------------------------------------
# Speed


def _bench_module() -> Any:
    path = Path(__file__).resolve().parents[1] / "bench" / "bench_sms.py"
    spec = importlib.util.spec_from_file_location("bench_sms", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_count_segments_speed_relative_to_utf16_encoding() -> None:
    """count_segments stays within a small factor of bare ``len(text.encode('utf-16-le'))``.

    A ratio, not msgs/s, so a loaded machine does not fail it; measured ~2.5x here, where the baseline
    runs at ~2 million msgs/s (so count_segments at ~750,000 msgs/s, above the 200,000 target).
    """
    corpus = _bench_module().build_corpus(20_000)

    def best(function: Any) -> float:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            for text in corpus:
                function(text)
            times.append(time.perf_counter() - started)
        return min(times)

    baseline = best(lambda text: len(text.encode("utf-16-le", "surrogatepass")))
    assert best(count_segments) < 8 * baseline


def test_bench_corpus_is_deterministic_and_realistic() -> None:
    corpus = _bench_module().build_corpus(2_000)
    assert corpus == _bench_module().build_corpus(2_000)
    encodings = [count_segments(text)[0] for text in corpus]
    assert 0.2 < encodings.count("UCS-2") / len(corpus) < 0.6
    assert all(100 <= len(text) <= 200 for text in corpus)
    for feature in ("€", "\U0001f1ea\U0001f1f8", "\u200d", "ó", "ñ", "“"):
        assert any(feature in text for text in corpus), feature
