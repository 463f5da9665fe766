"""Examples are tests: every rule's flag examples fire it and its pass examples do not.

The parameters come from walking the registry at collection time, so a rule added to any pack is
picked up without touching this file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import sendlint
from sendlint.config import parse_config
from sendlint.context import PastSend
from sendlint.engine import evaluate
from sendlint.model import message_from_mapping, parse_datetime
from sendlint.registry import Example, Registry, Rule

LANGUAGES = ("es", "en")
_REGISTRY = sendlint.load_registry()


def _cases() -> Iterator[Any]:
    for rule in _REGISTRY.rules.values():
        for kind, examples in (("flag", rule.docs.flag), ("pass", rule.docs.passes)):
            for index, example in enumerate(examples):
                yield pytest.param(rule.id, kind, example, id=f"{rule.id}-{kind}-{index}")


def _past_send(raw: dict[str, Any]) -> PastSend:
    return PastSend(**{**raw, "sent_at": parse_datetime(raw["sent_at"], ("recent", "sent_at"))})


def run_example(example: Example, registry: Registry) -> tuple[str, ...]:
    """The rule ids an example message fires, with the example's own config, clock and history."""
    message = message_from_mapping(example.message)
    config = parse_config(example.config)
    context = dict(example.context)
    now = context.pop("now", None)
    recent = [_past_send(dict(item)) for item in context.pop("recent", [])]
    evaluation = evaluate(
        message,
        registry,
        config,
        now=None if now is None else parse_datetime(now, ("context", "now")),
        recent=recent,
        extra=context,
    )
    return tuple(f.rule for f in evaluation.findings)


@pytest.mark.parametrize(("rule_id", "kind", "example"), list(_cases()))
def test_rule_example(rule_id: str, kind: str, example: Example) -> None:
    fired = run_example(example, _REGISTRY)
    if kind == "flag":
        assert rule_id in fired, f"{rule_id} should flag {dict(example.message)!r}; fired {fired}"
    else:
        assert rule_id not in fired, f"{rule_id} should pass {dict(example.message)!r}"


def _languages(rule: Rule) -> set[str]:
    """The documentation languages a rule must cover: es and en, minus those it never applies to."""
    locales = rule.applies_to.locales
    if not locales:
        return set(LANGUAGES)
    return {language for language in LANGUAGES if any(locale.split("-")[0] == language for locale in locales)}


def _example_languages(examples: tuple[Example, ...]) -> set[str]:
    return {str(e.message.get("locale", "es")).lower().split("-")[0] for e in examples}


@pytest.mark.parametrize("rule", list(_REGISTRY.rules.values()), ids=lambda rule: rule.id)
def test_rule_is_documented_in_both_languages(rule: Rule) -> None:
    docs = rule.docs
    for part in (docs.what, docs.why, docs.source, docs.fix):
        assert part.strip()
    wanted = _languages(rule)
    assert wanted, f"{rule.id} applies to no language we document"
    assert wanted <= _example_languages(docs.flag), f"{rule.id} needs a flag example in each of {sorted(wanted)}"
    assert wanted <= _example_languages(docs.passes), f"{rule.id} needs a pass example in each of {sorted(wanted)}"
    assert set(LANGUAGES) <= set(rule.message), f"{rule.id} needs a message in es and en"
    assert all(rule.message[language].strip() for language in LANGUAGES)


# A rule page is read by copywriters: "what" says what the rule flags by class of wording, in a paragraph.
# The detail of each wording lives next to its pattern (YAML comments, clue names listed on the page).
WHAT_MAX_WORDS = 150


@pytest.mark.parametrize("rule", list(_REGISTRY.rules.values()), ids=lambda rule: rule.id)
def test_rule_what_stays_a_paragraph(rule: Rule) -> None:
    words = len(rule.docs.what.split())
    assert words <= WHAT_MAX_WORDS, f"{rule.id} docs.what has {words} words (at most {WHAT_MAX_WORDS}): say the class, not each wording"


def test_registry_is_not_empty_and_sorted() -> None:
    ids = list(_REGISTRY.rules)
    assert len(ids) >= 5
    assert ids == sorted(ids)
    assert {"TON101", "TON202"} <= set(ids)
