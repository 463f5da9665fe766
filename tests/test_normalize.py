"""Normalized views: what each view folds, exact spans back to the original, and span arithmetic
properties on any Unicode text (lone surrogates included)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.normalize import INVISIBLE, VIEW_NAMES, FieldViews, TextView, ViewName, build_view

ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=80)
# Text where evasion tricks meet: letters, digits used as letters, separators, accents, look-alikes.
TRICKY_TEXT = st.text(alphabet=st.sampled_from(list("aeiostgr GRATIS0134@$ .-_*ñÁú\u0301\u200bаеοＧｒ!¡ﬁ𝐠\ud800\n")), max_size=60)


def view(text: str, name: ViewName) -> TextView:
    return FieldViews(text).get(name)


def original(text: str, name: ViewName, needle: str) -> str:
    """The original characters behind the first occurrence of ``needle`` in a view."""
    text_view = view(text, name)
    start = text_view.text.index(needle)
    mapped_start, mapped_end = text_view.to_original(start, start + len(needle))
    return text[mapped_start:mapped_end]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("gra\u200btis", "matching", "gratis"),
        ("gra\u200ct\u2060is\ufeff", "matching", "gratis"),
        ("x\u00adyz", "matching", "xyz"),
        ("Ｇｒａｔｉｓ", "matching", "Gratis"),
        ("Ｇｒａｔｉｓ", "lowered", "gratis"),
        ("grаtis", "matching", "gratis"),  # Cyrillic а
        ("ΟFΕRΤΑ", "matching", "OFERTA"),  # Greek capitals
        ("u\u0301ltimo", "matching", "último"),  # decomposed accent composed (NFC)
        ("u\u0301ltimo", "folded", "ultimo"),
        ("ÚLTIMO AVISO", "lowered", "último aviso"),
        ("ÚLTIMO AVISO", "folded", "ultimo aviso"),
        ("AÑO", "folded", "año"),  # ñ is a letter, not an accented n
        ("ﬁnal", "matching", "final"),  # ligature expands
        ("𝐆𝐑𝐀𝐓𝐈𝐒", "folded", "gratis"),  # mathematical bold, a classic evasion
        ("no\u00a0spam", "matching", "no spam"),
        ("gr4tis", "folded", "gr4tis"),  # leet is only undone in deobfuscated
        ("gr4tis ya", "deobfuscated", "gratis ya"),
        ("fr33 stuff", "deobfuscated", "free stuff"),
        ("g r a t i s", "deobfuscated", "gratis"),
        ("g.r.a.t.i.s hoy", "deobfuscated", "gratis hoy"),
        ("G R Á T I S", "deobfuscated", "gratis"),
        ("pedido 4521", "deobfuscated", "pedido 4521"),  # numbers stay numbers
        ("x\ud800y", "raw", "x\ufffdy"),  # lone surrogates shown as U+FFFD in every view
        ("x\ud800y", "folded", "x\ufffdy"),
    ],
)
def test_view_text(text: str, name: ViewName, expected: str) -> None:
    assert view(text, name).text == expected


def test_zero_width_span_maps_to_original_characters() -> None:
    text = "Es gra\u200btis hoy"
    text_view = view(text, "folded")
    start = text_view.text.index("gratis")
    assert text_view.to_original(start, start + 6) == (3, 10)
    assert text[3:10] == "gra\u200btis"


def test_decomposed_accent_span_covers_the_combining_mark() -> None:
    text = "el u\u0301ltimo aviso"
    text_view = view(text, "folded")
    assert text_view.text == "el ultimo aviso"
    assert text_view.to_original(3, 9) == (3, 10)
    assert text_view.to_original(3, 4) == (3, 5)  # "u" is the base letter and its mark
    assert original(text, "folded", "aviso") == "aviso"


def test_spaced_letters_span_covers_separators() -> None:
    text = "Hoy: g r a t i s!"
    assert view(text, "deobfuscated").text == "hoy: gratis!"
    assert original(text, "deobfuscated", "gratis") == "g r a t i s"


def test_leet_span_is_the_word() -> None:
    text = "Todo GR4T1S ya"
    assert original(text, "deobfuscated", "gratis") == "GR4T1S"


def test_fullwidth_and_homoglyph_spans_are_one_to_one() -> None:
    assert original("¡Ｇｒａｔｉｓ!", "folded", "gratis") == "Ｇｒａｔｉｓ"
    assert original("es grаtis", "folded", "gratis") == "grаtis"


def test_ligature_expansion_maps_both_letters_to_the_ligature() -> None:
    text = "el ﬁn"
    text_view = view(text, "matching")
    assert text_view.text == "el fin"
    assert text_view.to_original(3, 4) == (3, 4)  # "f" -> "ﬁ"
    assert text_view.to_original(4, 5) == (3, 4)  # "i" -> "ﬁ"
    assert text_view.to_original(3, 6) == (3, 5)


def test_empty_span_maps_to_a_position() -> None:
    text = "a\u200bb"
    text_view = view(text, "matching")
    assert text_view.to_original(1, 1) == (2, 2)
    assert text_view.to_original(2, 2) == (3, 3)  # end of the view is the end of the original
    assert view("", "deobfuscated").to_original(0, 0) == (0, 0)


def test_fast_and_slow_paths_agree() -> None:
    # A zero-width character forces the character-by-character path; the view must not change.
    for text in ("𝐠𝐫𝐚𝐭𝐢𝐬", "ﬁn", "Ｇｒａｔｉｓ", "ÚLTIMO", "a\u20d0b", "İstanbul"):
        for case, accents in ((False, False), (True, False), (True, True)):
            assert build_view(text + "\u200b", case=case, accents=accents).text == build_view(text, case=case, accents=accents).text


def _check_view_spans(text: str) -> None:
    views = FieldViews(text)
    for name in VIEW_NAMES:
        text_view = views.get(name)
        start, end = text_view.to_original(0, len(text_view.text))
        assert 0 <= start <= end <= len(text)
        previous = (0, 0)
        for index in range(len(text_view.text)):
            char_start, char_end = text_view.to_original(index, index + 1)
            assert 0 <= char_start < char_end <= len(text), (name, index)
            assert (char_start, char_end) >= previous, (name, index)  # monotone
            assert char_start >= previous[0] and char_end >= previous[1]
            previous = (char_start, char_end)
        text_view.text.encode("utf-8")  # RE2 needs encodable text: no lone surrogates in any view


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_every_view_maps_every_character_inside_the_text(text: str) -> None:
    _check_view_spans(text)


@settings(max_examples=300, deadline=None)
@given(TRICKY_TEXT)
def test_every_view_maps_inside_the_text_on_evasion_tricks(text: str) -> None:
    _check_view_spans(text)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("abcñáÉ ¡!ＡаΟ𝐠ﬁ4")), max_size=40),
    st.lists(st.tuples(st.integers(min_value=0, max_value=40), st.sampled_from(sorted(INVISIBLE))), max_size=5),
)
def test_offsets_survive_invisible_characters(text: str, insertions: list[tuple[int, str]]) -> None:
    """Inserting zero-width characters never changes a view, and each view character still maps to
    the same original character (shifted past the insertions)."""
    noisy = text
    for position, char in sorted(insertions, reverse=True):
        noisy = noisy[: min(position, len(noisy))] + char + noisy[min(position, len(noisy)) :]
    for name in ("matching", "lowered", "folded"):
        clean_view, noisy_view = view(text, name), view(noisy, name)
        assert noisy_view.text == clean_view.text
        for index in range(len(noisy_view.text)):
            clean_start, clean_end = clean_view.to_original(index, index + 1)
            noisy_start, noisy_end = noisy_view.to_original(index, index + 1)
            stripped = "".join(c for c in noisy[noisy_start:noisy_end] if c not in INVISIBLE)
            assert stripped == text[clean_start:clean_end]


def test_long_text_takes_the_fast_path() -> None:
    text = "Hola, tu pedido está en camino. " * 3000
    text_view = view(text, "folded")
    assert text_view.starts is None  # identity mapping: no per-character tables for plain text
    assert text_view.text.startswith("hola, tu pedido esta en camino.")


@pytest.mark.parametrize(("case", "accents"), [(False, False), (True, False), (True, True)], ids=["matching", "lowered", "folded"])
def test_the_fast_translation_is_the_table_for_every_code_point(case: bool, accents: bool) -> None:
    # _translate looks up only characters beyond ASCII, as the table would, then lowers the whole text when the
    # view ignores case. It can differ from translating with the table only where lower() changes a character
    # the table left alone: so every character lower() changes, alone and among others (final sigma), is checked.
    from sendlint.normalize import _SLOW_PATH_RE, _char_table, _fast_path_ok, _translate

    table = _char_table(case, accents)
    changed_by_lower = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF and chr(code).lower() != chr(code)]
    assert len(changed_by_lower) > 1000
    taken = [c for c in changed_by_lower if not _SLOW_PATH_RE.search(c) and _fast_path_ok(c, case, accents)]
    for char in taken:
        for text in (char, f"Σ{char}Σ ΑΣ{char}"):
            assert _translate(text, case, accents) == text.translate(table), hex(ord(char))
    sample = "".join(chr(code) for code in range(0x80, 0x3000) if not _SLOW_PATH_RE.search(chr(code)) and _fast_path_ok(chr(code), case, accents))
    assert _translate(sample, case, accents) == sample.translate(table)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_the_fast_translation_agrees_with_the_table_on_any_text(text: str) -> None:
    from sendlint.normalize import _SLOW_PATH_RE, _char_table, _fast_path_ok, _translate

    for case, accents in ((False, False), (True, False), (True, True)):
        if not _SLOW_PATH_RE.search(text) and _fast_path_ok(text, case, accents):
            assert _translate(text, case, accents) == text.translate(_char_table(case, accents))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcz0134578@$ .-_é", max_size=40))
def test_every_leet_word_has_a_letter_next_to_a_look_alike(text: str) -> None:
    # deobfuscate() looks for the neighbours first and skips the word pattern where there are none.
    from sendlint.normalize import _LEET_NEIGHBOURS_RE, _LEET_WORD_RE

    if _LEET_WORD_RE.search(text):
        assert _LEET_NEIGHBOURS_RE.search(text)


@given(st.one_of(TRICKY_TEXT, st.text(alphabet="abz0123456789@$_ .-éA", max_size=40)))
@settings(max_examples=400, deadline=None)
def test_the_quick_leet_word_test_agrees_with_the_word_pattern(text: str) -> None:
    from sendlint.normalize import _LEET_WORD_RE, _has_leet_word

    assert _has_leet_word(text) == bool(_LEET_WORD_RE.search(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("code a57324", False), ("gr4tis", True), ("a5", False), ("100 $5", False), ("b1t", True), ("x_b1t", False)],
)
def test_the_quick_leet_word_test_on_codes_and_words(text: str, expected: bool) -> None:
    from sendlint.normalize import _has_leet_word

    assert _has_leet_word(text) is expected
