"""PatternSet: RE2's one-pass set of patterns, as the gate, TON112 and LNG102 use it.

A set that does not fit one RE2 program is split, never an error (round 48: the gate's set of
folded-text triggers had grown to between 4 and 8 MiB, RE2's default budget)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.checks import base
from sendlint.checks.base import PatternSet, compile_re2
from sendlint.config import Config
from sendlint.engine import _for_joined_fields, _language_triggers

# Alternations of words: each pattern a few KiB of program, so a few dozen overflow a small budget.
WORDS = [f"w{n:03d}x" for n in range(400)]
PATTERNS = [r"\b(?:" + "|".join(WORDS[i::7]) + rf")\b.{{0,40}}\bend{i}\b" for i in range(7)] + [r"\bplain\b", r"^start"]


def _one_by_one(patterns: list[str], text: str) -> frozenset[int]:
    return frozenset(i for i, pattern in enumerate(patterns) if compile_re2(pattern, True).search(text))


def test_a_set_too_large_for_one_program_is_split_and_keeps_its_indexes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "SET_MAX_MEM", 1 << 16)
    split = PatternSet(PATTERNS, True)
    assert len(split._parts) > 1
    text = "start here w014x and then end0, w020x then end6, and plain"
    assert split.occurring(text) == _one_by_one(PATTERNS, text) == frozenset({0, 6, 7, 8})
    assert split.occurring("nothing") == frozenset()


def test_one_pattern_too_large_for_any_program_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "SET_MAX_MEM", 1 << 12)
    with pytest.raises(ValueError, match="too large for RE2"):
        PatternSet([PATTERNS[0]], True)


def test_an_invalid_pattern_is_named() -> None:
    with pytest.raises(ValueError, match=r"invalid regular expression '\(unclosed'"):
        PatternSet([r"\bfine\b", "(unclosed"], True)


def test_the_shipped_gate_sets_compile_as_one_program_each() -> None:
    registry = __import__("sendlint.cli", fromlist=["_registry"])._registry(Config(), None)
    for language in ("es", "en", "pt"):
        for _view, (_found, pattern_set) in _language_triggers(registry, Config(), language).items():
            assert len(pattern_set._parts) == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*WORDS[:30], "end0", "end3", "plain", "start", " ", "\n"]), max_size=40))
def test_a_split_set_finds_what_each_pattern_finds(words: list[str]) -> None:
    text = " ".join(words)
    original = base.SET_MAX_MEM
    try:
        base.SET_MAX_MEM = 1 << 16
        split = PatternSet(PATTERNS, True)
    finally:
        base.SET_MAX_MEM = original
    assert split.occurring(text) == _one_by_one(PATTERNS, text)
    whole = PatternSet([_for_joined_fields(p) for p in PATTERNS], True)
    assert whole.occurring(text) == _one_by_one([_for_joined_fields(p) for p in PATTERNS], text)
