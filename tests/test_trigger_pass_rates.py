"""Triggers stay selective: a rule's trigger must not silently start passing most messages.

The engine runs a content-only rule only on messages its trigger (checks.base.Trigger) occurs in. A trigger
widened to take one more phrasing can pass nearly every message and the rule then runs on all of them, with
no finding changing: round 75's CLR304 trigger passed 1,229 of 1,311 bench messages instead of 575 and the
rule's cost rose from 4 to 13.9 µs a message before anyone looked (round 77 fixed it at 7293bfa).

So every rule's *runs* on a fixed, deterministic bench corpus (``bench/corpus.py``'s ``make_corpus``) are
kept in ``tests/data/trigger_pass_rates.json``: the messages it applies to and those the engine runs it on
(it applies and its trigger occurs, or it has no trigger). The test fails, naming the rule, when its runs
rise past the snapshot's by more than ``TOLERANCE`` of the corpus, and when a rule is new, gone, or gains
or loses its trigger. Rules that have no trigger (or read more than the text, so they always run) are
listed by name, so a new rule without one is noticed too. Fewer runs never fail.

After an intended change, regenerate the snapshot, review the diff and justify every rise in the commit:

    SENDLINT_UPDATE_TRIGGER_RATES=1 .venv/bin/python -m pytest tests/test_trigger_pass_rates.py
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from conftest import as_gate_compiles

import sendlint
from sendlint import engine
from sendlint.checks.base import Trigger
from sendlint.config import Config
from sendlint.context import CheckContext
from sendlint.engine import active_jurisdictions, applicable_rules
from sendlint.model import Message, message_from_mapping
from sendlint.registry import Registry, Rule

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = Path(__file__).parent / "data" / "trigger_pass_rates.json"
UPDATE = "SENDLINT_UPDATE_TRIGGER_RATES"
CORPUS_SIZE = 400
CORPUS_SEED = 20261125  # make_corpus's default
TOLERANCE = 0.05  # of the corpus's messages: 20 of 400
REGISTRY = sendlint.load_registry()

TriggerOf = Callable[[Rule, str], "Trigger | None"]


def _make_corpus() -> list[Message]:
    path = ROOT / "bench" / "corpus.py"
    spec = importlib.util.spec_from_file_location("bench_corpus", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [message_from_mapping(m) for m in module.make_corpus(CORPUS_SIZE, seed=CORPUS_SEED)]


CORPUS = _make_corpus()


def _shipped_trigger(rule: Rule, language: str) -> Trigger | None:
    return None if rule.check.reads() else rule.check.trigger(language, REGISTRY.resources)


def untriggered_rules(registry: Registry, languages: Iterable[str], trigger_of: TriggerOf = _shipped_trigger) -> list[str]:
    """The rules that run on every message they apply to in each of ``languages``: no trigger, or they read more than
    the text (contextual rules are never gated)."""
    languages = tuple(languages)
    return sorted(r.id for r in registry.rules.values() if all(trigger_of(r, lang) is None for lang in languages))


def trigger_runs(messages: Iterable[Message], registry: Registry, trigger_of: TriggerOf = _shipped_trigger) -> dict[str, dict[str, int]]:
    """Rule id -> {"applies": messages it applies to, "runs": those the engine runs it on}, as the gate decides
    (engine._triggered): it applies and either has no trigger in the message's language or its trigger occurs in
    the trigger's view of the message's fields joined by newlines. Every registered rule has an entry."""
    counts = {rule_id: {"applies": 0, "runs": 0} for rule_id in registry.rules}
    config = Config()
    for message in messages:
        ctx = CheckContext(message, registry, config, now=None, recent=(), extra={})
        jurisdictions = active_jurisdictions(message, config)
        for rule in applicable_rules(registry, config, message, jurisdictions):
            count = counts[rule.id]
            count["applies"] += 1
            trigger = trigger_of(rule, message.language)
            if trigger is not None:
                joined = "\n".join(ctx.views(name).get(trigger.view).text for name, _ in ctx.fields)
                if as_gate_compiles(trigger.pattern).search(joined) is None:
                    continue
            count["runs"] += 1
    return counts


def snapshot_of(registry: Registry, messages: list[Message], trigger_of: TriggerOf = _shipped_trigger) -> dict[str, Any]:
    languages = sorted({m.language for m in messages})
    return {
        "corpus": {"generator": "bench/corpus.py make_corpus", "count": len(messages), "seed": CORPUS_SEED, "languages": languages},
        "tolerance": TOLERANCE,
        "untriggered": untriggered_rules(registry, languages, trigger_of),
        "rules": trigger_runs(messages, registry, trigger_of),
    }


def problems(saved: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """What makes ``now`` fail against the ``saved`` snapshot, one line per rule."""
    found: list[str] = []
    if saved["corpus"] != now["corpus"]:
        found.append(f"the corpus changed: {saved['corpus']} -> {now['corpus']}")
    allowed = int(TOLERANCE * now["corpus"]["count"])
    old, new = saved["rules"], now["rules"]
    for rule_id in sorted(new.keys() - old.keys()):
        found.append(f"{rule_id} is new: runs on {new[rule_id]['runs']} of {new[rule_id]['applies']} messages it applies to")
    for rule_id in sorted(old.keys() - new.keys()):
        found.append(f"{rule_id} is gone")
    for rule_id in sorted(new.keys() & old.keys()):
        rise = new[rule_id]["runs"] - old[rule_id]["runs"]
        if rise > allowed:
            found.append(
                f"{rule_id} runs on {new[rule_id]['runs']} of {now['corpus']['count']} messages, {rise} more than the snapshot's "
                f"{old[rule_id]['runs']} (tolerance {allowed}): has its trigger stopped being selective?"
            )
    saved_untriggered, now_untriggered = set(saved["untriggered"]), set(now["untriggered"])
    for rule_id in sorted(now_untriggered - saved_untriggered):
        found.append(f"{rule_id} has no trigger (or reads more than the text): it runs on every message it applies to")
    for rule_id in sorted((saved_untriggered - now_untriggered) & new.keys()):
        found.append(f"{rule_id} has a trigger now: take it off the snapshot's untriggered list")
    return found


def test_no_trigger_passes_more_messages_than_its_snapshot() -> None:
    now = snapshot_of(REGISTRY, CORPUS)
    if os.environ.get(UPDATE) == "1":
        saved = json.loads(SNAPSHOT.read_text(encoding="utf-8")) if SNAPSHOT.is_file() else None
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        if saved is not None and (changes := problems(saved, now)):
            print(f"\n{SNAPSHOT} rewritten; justify each of these in the commit message:\n" + "\n".join(changes))
    assert SNAPSHOT.is_file(), f"{SNAPSHOT} is missing; run with {UPDATE}=1 to create it"
    found = problems(json.loads(SNAPSHOT.read_text(encoding="utf-8")), now)
    assert not found, (
        "\n".join(found) + f"\nIf intended, rewrite the snapshot ({UPDATE}=1, see the module docstring) and justify it in the commit."
    )


def test_the_corpus_gates_most_triggered_rules_somewhere() -> None:
    # A snapshot of rules that run everywhere or nowhere would catch nothing: most triggered rules applied to this
    # corpus must both run on some message and be skipped on another.
    counts = trigger_runs(CORPUS, REGISTRY)
    untriggered = set(untriggered_rules(REGISTRY, ("es", "en")))
    gated = [r for r, c in counts.items() if r not in untriggered and 0 < c["runs"] < c["applies"]]
    assert len(gated) >= 10, gated


# Round 75's CLR304 trigger (7293bfa^, lint/families/clarity.py), which ran the rule on 1,229 of 1,311 bench messages.
CLR304_ROUND_75 = Trigger(
    "folded",
    "(?i:antes|brevedad|inmediato|pueda|pronto|tiempo|soon|asap|can|convenience|deadline|promptly|away|next|time"
    "|action|acci|se requiere|se necesita|arriv|llegad|llegar|llegue|venir|veng|get here|come in|turn up)"
    r"|(?i:\b(?:gestion|regulari|tramit|apart|agend|arregl|coordin|solucion|confirm|reserv|program|valid|actuali|resuel"
    r"|resolv|ha[zgc]|apunt|inscrib|registr|tom|complet|pon|contact|comunic|renuev|envi|sort|arrang|deal|handl|tak|book"
    r"|settl|fix|schedul|do|sign|enrol|get|reach|catch|renew|send|mak|updat|action|finali"
    r"|revis|consult|mir|ve|le|check|see|view|review|read)[^ \t\n]*(?:[ \t]+[^ \t\n]+){0,8}[ \t]*$)",
)


def test_round_75s_clr304_trigger_would_have_failed() -> None:
    """The check catches the regression it was written for: with round 75's CLR304 trigger put back, CLR304 and only
    CLR304 is named. Compared with the shipped triggers' counts, not the file, so a stale snapshot does not matter."""

    def round_75(rule: Rule, language: str) -> Trigger | None:
        return CLR304_ROUND_75 if rule.id == "CLR304" and not rule.check.reads() else _shipped_trigger(rule, language)

    assert _shipped_trigger(REGISTRY.rules["CLR304"], "es") is not None
    shipped = snapshot_of(REGISTRY, CORPUS)
    found = problems(shipped, snapshot_of(REGISTRY, CORPUS, round_75))
    assert [line.split()[0] for line in found] == ["CLR304"], found


def test_a_new_rule_without_a_trigger_is_named() -> None:
    shipped = snapshot_of(REGISTRY, CORPUS)
    saved = {**shipped, "untriggered": [r for r in shipped["untriggered"] if r != shipped["untriggered"][0]]}
    assert problems(saved, shipped) == [f"{shipped['untriggered'][0]} has no trigger (or reads more than the text): it runs on every message it applies to"]
    fewer = {**shipped, "rules": {r: c for r, c in shipped["rules"].items() if r != "CLR304"}}
    assert [line.split()[0] for line in problems(fewer, shipped)] == ["CLR304"]


def test_the_gate_runs_the_rules_the_plan_lists_in_its_order() -> None:
    """engine._triggered (round 81) looks up the triggers present in a message instead of testing each of the plan's:
    it returns what testing each one returned, in the same order (the untriggered rules, then the rules of each trigger
    present in the order the plan first meets it, then the deferred ones)."""
    config = Config()
    for message in CORPUS:
        pending = engine._Pending(message, REGISTRY, config, None, (), None, None)
        plan, ctx = pending.plan, pending.ctx
        gate = plan.gate(REGISTRY, config)
        views = [view for view, _ in gate.trigger_sets]
        table = engine._language_triggers(REGISTRY, config, plan.language)
        occurring = [found.occurring(engine._gate_text(ctx, view)) for view, found in gate.trigger_sets]
        deferring = engine._defer_depths(plan.content_only)
        by_trigger: dict[tuple[int, int], list[Rule]] = {}
        for rule in plan.content_only:
            trigger = rule.check.trigger(plan.language, REGISTRY.resources)
            if trigger is not None and rule.id not in deferring:
                slot = views.index(trigger.view)
                by_trigger.setdefault((slot, table[trigger.view][0][trigger.pattern]), []).append(rule)
        expected = list(gate.untriggered)
        for (slot, index), found in by_trigger.items():
            if index in occurring[slot]:
                expected += found
        expected += [rule for slot, index, rule in gate.deferred if slot < 0 or index in occurring[slot]]
        assert [r.id for r in engine._triggered(gate, ctx)] == [r.id for r in expected], message.body[:60]
