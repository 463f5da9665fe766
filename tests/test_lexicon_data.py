"""The shipped data stays consistent with its generators and with the rules that use it."""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint import sms
from sendlint.lexicon import fold, parse_lexicon

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = sorted(p for p in (ROOT / "corpora").glob("*/*.yaml"))


def _generator(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["es", "en", "pt"])
def test_shipped_lemma_forms_match_the_lexicons(language: str) -> None:
    """Fails when a lexicon's lemma entries changed without `python tools/gen_lemma_forms.py`."""
    shipped = json.loads((ROOT / "corpora" / language / "lemma-forms.json").read_text(encoding="utf-8"))
    assert shipped == _generator("gen_lemma_forms").build(language)


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_lexicon_is_valid_and_has_a_source(path: Path) -> None:
    lexicon = parse_lexicon(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert lexicon.language == path.parent.name
    assert lexicon.topic == path.stem
    assert lexicon.source and lexicon.licence
    assert lexicon.entries


@pytest.mark.parametrize("language", ["es", "en", "pt"])
def test_default_opt_out_text_keeps_sms_in_gsm7(language: str) -> None:
    """The fix appends it to SMS; a UCS-2 character would triple the cost of a GSM-7 message."""
    lexicon = parse_lexicon(yaml.safe_load((ROOT / "corpora" / language / "opt-out.yaml").read_text(encoding="utf-8")))
    (default,) = [e.term for e in lexicon.entries if e.category == "default-text"]
    assert sms.is_gsm7(default), default


def test_verb_form_table_is_up_to_date() -> None:
    text = (ROOT / "corpora" / "es" / "address-forms.tsv").read_text(encoding="utf-8")
    assert "gen_address_forms.py" in text.split("\n", 5)[0] + text.split("\n", 5)[1]
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert all(len(row) == len(rows[0]) for row in rows)
    assert {"tu", "vos", "usted"} <= {row[2] for row in rows[1:]}


def _words_of(language: str, topic: str) -> list[str]:
    from sendlint import load_registry

    lexicon = load_registry().resources.lexicon(language, topic)
    assert lexicon is not None
    return sorted({word for entry in lexicon.entries for word in fold(entry.term).split()})


_ES_TONE_WORDS = _words_of("es", "tone")


@cache
def _resources() -> Any:
    # One registry for the property tests below: building one per example would cost 0.2 s each.
    from sendlint import load_registry

    return load_registry().resources


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_ES_TONE_WORDS, "hola", "de", "su"]), max_size=25), st.data())
def test_one_walk_for_all_categories_selects_what_a_matcher_of_those_categories_finds(words: list[str], data: st.DataObject) -> None:
    # The lexicon check walks the whole list once per field and keeps each rule's categories;
    # that must equal a matcher built from those categories alone (longest match, then skip past it).
    from sendlint.lexicon import select, tokenize

    resources = _resources()
    everything = resources.matcher("es", "tone", frozenset())
    assert everything is not None
    text = " ".join(words)
    tokens = tokenize(text)
    categories = frozenset(data.draw(st.sets(st.sampled_from(["threat", "blame", "condescension", "urgency", "guilt", "robotic-opening"]))))
    alone = resources.matcher("es", "tone", categories)
    assert alone is not None
    expected = [(m.entry.term, m.start, m.end) for m in alone.find(text, tokens)]
    chosen = [(m.entry.term, m.start, m.end) for m in select(everything.candidates(tokens), categories, everything.sizes)]
    assert chosen == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_ES_TONE_WORDS, "hola", "de", "su"]), max_size=25), st.data())
def test_counting_the_selected_matches_counts_the_list_select_builds(words: list[str], data: st.DataObject) -> None:
    # The CTA bound counts the matches it needs rather than listing them (round 76).
    from sendlint.lexicon import count_selected, select, tokenize

    resources = _resources()
    everything = resources.matcher("es", "tone", frozenset())
    assert everything is not None
    candidates = everything.candidates(tokenize(" ".join(words)))
    categories = frozenset(data.draw(st.sets(st.sampled_from(["threat", "blame", "condescension", "urgency", "guilt", "robotic-opening"]))))
    chosen = select(candidates, categories, everything.sizes)
    assert count_selected(candidates, categories, everything.sizes) == len(chosen)
    single = count_selected(candidates, categories, everything.sizes, single_word=True)
    assert single == sum(" " not in m.entry.term for m in chosen)


def test_a_lexicon_match_reads_compares_and_prints_as_the_frozen_record_it_replaced() -> None:
    # Round 76 made LexiconMatch a NamedTuple (cheaper to build); what the frozen dataclass offered stays the same.
    import dataclasses

    from sendlint.lexicon import LexiconEntry, LexiconMatch

    @dataclasses.dataclass(frozen=True, slots=True)
    class Former:
        entry: LexiconEntry
        start: int
        end: int

    entry = LexiconEntry("compra", "cta")
    match, former = LexiconMatch(entry, 3, 9), Former(entry, 3, 9)
    assert (match.entry, match.start, match.end) == (former.entry, former.start, former.end)
    assert repr(match) == repr(former).replace(Former.__qualname__, "LexiconMatch")
    assert match == LexiconMatch(entry, 3, 9) and match != LexiconMatch(entry, 3, 10)
    assert match == tuple.__new__(LexiconMatch, (entry, 3, 9))  # how LexiconMatcher.candidates builds them
    with pytest.raises(AttributeError):
        match.start = 4  # type: ignore[misc]
    with pytest.raises(TypeError):  # neither hashes: an entry's by_category is a mapping proxy
        hash(former)
    with pytest.raises(TypeError):
        hash(match)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_ES_TONE_WORDS, "hola", "de", "su"]), max_size=25))
def test_the_opener_index_lists_what_trying_every_entry_at_every_position_finds(words: list[str]) -> None:
    # candidates() looks entries up by their first two words; trying every entry everywhere is the reference.
    from sendlint.lexicon import tokenize

    matcher = _resources().matcher("es", "tone", frozenset())
    assert matcher is not None
    patterns = {id(entry): (pattern, entry) for entries in matcher._index.values() for pattern, entry in entries}
    ordered = sorted(patterns.values(), key=lambda item: -len(item[0]))  # longest first; ties in list order
    tokens = tokenize(" ".join(words))
    expected = []
    for position in range(len(tokens)):
        here = [
            (entry.term, tokens[position][1], tokens[position + len(pattern) - 1][2])
            for pattern, entry in ordered
            if position + len(pattern) <= len(tokens)
            and all(tokens[position + k][0] in pattern[k] for k in range(len(pattern)))
        ]
        if here:
            expected.append((position, here))
    found = [(position, [(m.entry.term, m.start, m.end) for m in here]) for position, here in matcher.candidates(tokens)]
    assert [(p, sorted(h)) for p, h in found] == [(p, sorted(h)) for p, h in expected]
    assert [(p, h[0][2] - h[0][1]) for p, h in found] == [(p, h[0][2] - h[0][1]) for p, h in expected]  # longest first


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_ES_TONE_WORDS, "hola", "de", "su"]), max_size=25))
def test_every_match_holds_an_anchor_word(words: list[str]) -> None:
    # Lexicon triggers look for anchor words (one telling word of each entry) instead of openers.
    from sendlint.lexicon import tokenize

    matcher = _resources().matcher("es", "tone", frozenset())
    assert matcher is not None
    anchors = matcher.anchors(frozenset())
    tokens = tokenize(" ".join(words))
    for _position, here in matcher.candidates(tokens):
        for match in here:
            inside = {word for word, start, end in tokens if match.start <= start and end <= match.end}
            assert inside & anchors, (match.entry.term, inside)
