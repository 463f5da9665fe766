"""Shared test helpers: the registry (built once per session), a message factory and a CLI runner."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import re2

import sendlint
from sendlint.checks.base import SET_MAX_MEM
from sendlint.engine import _for_joined_fields
from sendlint.model import Message, message_from_mapping
from sendlint.registry import Registry

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def registry() -> Registry:
    return sendlint.load_registry()


def make_message(**fields: Any) -> Message:
    """A message from keyword fields, validated like a catalog entry (defaults: es, sms, transactional)."""
    fields.setdefault("body", "Hola")
    return message_from_mapping(fields)


def finding_texts(registry: Registry, rule: str, **fields: Any) -> list[str]:
    """The text each finding of ``rule`` points at (body or subject) in a message (default: WhatsApp)."""
    from sendlint.engine import evaluate

    fields.setdefault("channel", "whatsapp")
    message = make_message(**fields)
    return [
        (message.body if finding.field == "body" else message.subject or "")[finding.start : finding.end]
        for finding in evaluate(message, registry).findings
        if finding.rule == rule
    ]


def field_spans(registry: Registry, rule: str, field: str = "body", **fields: Any) -> list[str]:
    """The text each finding of ``rule`` points at in ``field`` of a message built from ``fields`` (default: SMS)."""
    from sendlint.engine import evaluate

    message = make_message(**fields)
    text = getattr(message, field) or ""
    return [text[f.start : f.end] for f in evaluate(message, registry).findings if f.rule == rule and f.field == field]


def language_findings(registry: Registry, body: str, locale: str) -> list[tuple[str, str]]:
    """(rule id, flagged text) of the language findings on a service WhatsApp message."""
    from sendlint.engine import evaluate

    message = make_message(body=body, locale=locale, category="service", channel="whatsapp")
    return [(f.rule, body[f.start : f.end]) for f in evaluate(message, registry).findings if f.rule.startswith("LNG")]


AT_WARNING = ("warning", "error")


def flagged_texts(
    registry: Registry,
    body: str,
    locale: str,
    rule: str,
    *,
    channel: str = "whatsapp",
    subject: str | None = None,
    brand: str | None = None,
    severities: tuple[str, ...] = ("info", "warning", "error"),
) -> list[str]:
    """The texts ``rule`` flags (in the body, or the subject of an e-mail when one is given) on a service message, at
    the given severities."""
    from sendlint.engine import evaluate

    fields: dict[str, Any] = {"body": body, "locale": locale, "category": "service", "brand": brand}
    fields["channel"] = "email" if subject is not None else channel
    if subject is not None:
        fields["subject"] = subject
    texts = {"body": body, "subject": subject or ""}
    findings = evaluate(make_message(**fields), registry).findings
    return [texts[f.field][f.start : f.end] for f in findings if f.rule == rule and f.severity.value in severities]


def rule_findings(registry: Registry, body: str, locale: str, rule: str) -> list[tuple[str, str]]:
    """(flagged text, severity) of ``rule``'s findings on a service WhatsApp message."""
    from sendlint.engine import evaluate

    message = make_message(body=body, locale=locale, category="service", channel="whatsapp")
    return [(body[f.start : f.end], f.severity.value) for f in evaluate(message, registry).findings if f.rule == rule]


TONE_PATTERN_RULES = ("TON107", "TON108", "TON109", "TON110", "TON111")


def fired_tone_patterns(
    registry: Registry, body: str, locale: str, category: str, rules: tuple[str, ...] = TONE_PATTERN_RULES
) -> list[tuple[str, str]]:
    """(rule id, flagged text) of the findings of ``rules`` on a WhatsApp message."""
    from sendlint.engine import evaluate

    message = make_message(body=body, locale=locale, category=category, channel="whatsapp")
    return [(f.rule, body[f.start : f.end]) for f in evaluate(message, registry).findings if f.rule in rules]



def tone_texts(registry: Registry, body: str, locale: str, category: str, rule: str = "TON112") -> list[str]:
    """The text each finding of the tone rule ``rule`` points at (see :func:`fired_tone_patterns`)."""
    return [text for found, text in fired_tone_patterns(registry, body, locale, category, rules=(rule,)) if found == rule]


def tone_warnings(
    registry: Registry,
    body: str,
    locale: str,
    category: str,
    channel: str = "email",
    subject: str | None = None,
) -> list[tuple[str, str]]:
    """(rule id, flagged text) of the tone findings at warning or above; a finding in another field than the body
    gives that field's name instead of its text."""
    from sendlint.engine import evaluate
    from sendlint.findings import Severity

    fields = {"subject": subject} if subject else {}
    message = make_message(body=body, locale=locale, category=category, channel=channel, **fields)
    return [
        (f.rule, body[f.start : f.end] if f.field == "body" else f.field)
        for f in evaluate(message, registry).findings
        if f.rule.startswith("TON") and f.severity.rank >= Severity.WARNING.rank
    ]


# The CLI's cache of findings goes here, not into the repository's folders (tests/test_cache.py runs it
# in folders of its own, cold and warm).
CLI_CACHE = Path(__file__).resolve().parent.parent / ".sendlint_cache" / "tests"


def run_cli(*args: str | bytes | Path, cwd: Path | str | None = None, stdin: bytes | str | None = None) -> tuple[int, str, str]:
    """Run ``python -m sendlint.cli ARGS`` in a subprocess; return (exit code, stdout, stderr)."""
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8", "SENDLINT_CACHE_DIR": str(CLI_CACHE)}
    completed = subprocess.run(
        [sys.executable, "-m", "sendlint.cli", *(a if isinstance(a, bytes) else str(a) for a in args)],
        cwd=cwd or REPO,
        input=stdin.encode("utf-8") if isinstance(stdin, str) else (stdin if stdin is not None else b""),
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    return completed.returncode, completed.stdout.decode("utf-8"), completed.stderr.decode("utf-8")


@functools.cache
def as_gate_compiles(pattern: str) -> Any:
    """A rule's trigger as the engine's gate looks for it: in the fields joined by newlines, in the gate's RE2 budget
    (tests/test_triggers.py and tests/test_trigger_pass_rates.py read triggers as the gate does)."""
    options = re2.Options()
    options.log_errors = False
    options.max_mem = SET_MAX_MEM
    return re2.compile(_for_joined_fields(pattern), options)
