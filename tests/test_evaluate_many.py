"""``evaluate_many`` (rules run rule by rule over a batch) gives the evaluations ``evaluate`` gives one by one."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import make_message

import sendlint
from sendlint.config import Config
from sendlint.context import PastSend
from sendlint.engine import Request, evaluate, evaluate_many
from sendlint.evaluation import LABEL_KEYS
from sendlint.model import Message, message_from_mapping

ROOT = Path(__file__).resolve().parents[1]


def _corpus_sample(every: int) -> list[Message]:
    messages = []
    for path in sorted((ROOT / "corpora" / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[::every]:
            if line.strip():
                raw = json.loads(line)
                messages.append(message_from_mapping({k: v for k, v in raw.items() if k not in LABEL_KEYS}))
    return messages


def _same(one: sendlint.Evaluation, other: sendlint.Evaluation) -> bool:
    return one.findings == other.findings and dict(one.scores) == dict(other.scores) and dict(one.details) == dict(other.details)


def test_a_batch_gets_the_evaluations_of_one_by_one_runs_on_the_tuning_corpora_and_the_rule_examples() -> None:
    registry = sendlint.load_registry()
    config = Config()
    registry.resources.findings_memo(config, 0)  # every content computed, in both runs
    examples = [message_from_mapping(e.message) for r in registry.rules.values() for e in (*r.docs.flag, *r.docs.passes)]
    messages = _corpus_sample(every=7) + examples
    now = datetime(2026, 12, 7, 21, 40, tzinfo=UTC)  # late evening: the timing rules have something to say
    one_by_one = [evaluate(m, registry, config, now) for m in messages]
    batched = evaluate_many(messages, registry, config, now)
    assert len(batched) == len(messages)
    assert all(_same(a, b) for a, b in zip(one_by_one, batched, strict=True))
    assert sum(len(e.findings) for e in batched) > 1000


def test_a_content_repeated_in_a_batch_is_evaluated_once_and_the_memo_answers_the_next_batch() -> None:
    registry = sendlint.load_registry()
    config = Config()
    body = "¡¡¡ÚLTIMO AVISO!!! Pague hoy o iniciaremos acciones legales."
    batch = [make_message(body=body, category="collections", to=f"+5730012345{n:02d}") for n in range(5)]
    first = evaluate_many(batch, registry, config)
    memo = registry.resources.findings_memo(config)
    assert memo.info()["size"] == 1
    again = evaluate_many(batch, registry, config)
    assert memo.info()["hits"] == len(batch)
    fresh = [evaluate(m, sendlint.load_registry(), Config()) for m in batch]
    assert all(_same(a, b) and _same(a, c) for a, b, c in zip(fresh, first, again, strict=True))
    assert any(f.rule.startswith("TON") for f in first[0].findings)


def test_an_empty_batch_gives_no_evaluation() -> None:
    assert evaluate_many([], sendlint.load_registry()) == []


def test_requests_bring_their_own_clock_recent_sends_and_extra_facts() -> None:
    registry = sendlint.load_registry()
    config = Config()
    late = datetime(2026, 12, 8, 4, 30, tzinfo=UTC)  # 23:30 in Colombia
    noon = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)  # 10:00 in Colombia
    offer = "Moda Sur: 2x1 en abrigos hasta el domingo. Responde BAJA para no recibir más."
    marketing = make_message(body=offer, category="marketing", to="+573001234567")
    sent = [PastSend(to="+573001234567", sent_at=noon - timedelta(hours=h), channel="sms", category="marketing", body=offer) for h in (2, 5, 9)]
    requests = [
        Request(marketing, now=late),
        Request(marketing, now=noon),
        Request(marketing, now=noon, recent=sent),
        make_message(body="Tu pedido 4512 ya está en camino.", category="transactional"),
    ]
    batched = evaluate_many(requests, registry, config, now=late)
    one_by_one = [
        evaluate(marketing, registry, config, late),
        evaluate(marketing, registry, config, noon),
        evaluate(marketing, registry, config, noon, recent=sent),
        evaluate(requests[3], registry, config, late),  # a bare message takes the batch's clock
    ]
    assert all(_same(a, b) for a, b in zip(one_by_one, batched, strict=True))
    rules = [{f.rule for f in evaluation.findings} for evaluation in batched]
    assert any(rule.startswith("TIM") for rule in rules[0]) and not any(rule.startswith("TIM") for rule in rules[1])
    assert any(rule.startswith("REP") for rule in rules[2]) and not any(rule.startswith("REP") for rule in rules[1])

