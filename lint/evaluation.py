"""``sendlint eval``: precision and recall per rule family on labelled corpora.

A corpus is JSON Lines; each line a message plus ``labels`` (the families that should fire at
warning or error level; ``[]`` means clean). Files whose name starts with ``neutral`` are real,
neutral texts: for them the figure is the share of messages with any warning-or-error finding.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .engine import evaluate_many, in_batches
from .errors import FieldError, InputError
from .findings import Severity
from .model import message_from_mapping
from .registry import Registry

LABEL_KEYS = ("labels", "note", "source", "licence")
SCORED_FAMILIES = ("tone", "clarity", "language", "compliance", "length", "timing", "repetition")
# The families the corpora label: measured even in a file with no line labelled with them (a file of clean
# lines measures their false positives). Length, timing and repetition fire on shape and time, which the
# corpora do not label: they are measured only where some line is labelled with them.
CONTENT_FAMILIES = frozenset({"tone", "clarity", "language", "compliance"})


@dataclass
class FamilyCounts:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float | None:
        fired = self.true_positive + self.false_positive
        return self.true_positive / fired if fired else None

    @property
    def recall(self) -> float | None:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else None


@dataclass
class EvaluationReport:
    families: dict[str, FamilyCounts] = field(default_factory=lambda: {f: FamilyCounts() for f in SCORED_FAMILIES})
    labelled_messages: int = 0
    neutral_messages: int = 0
    neutral_flagged: int = 0
    mistakes: list[dict[str, Any]] = field(default_factory=list)
    labels_seen: set[str] = field(default_factory=set)

    @property
    def neutral_false_positive_rate(self) -> float | None:
        return self.neutral_flagged / self.neutral_messages if self.neutral_messages else None

    def labelled_families(self) -> list[str]:
        """The content families, and the others that some message in the corpus is labelled with."""
        return [name for name in SCORED_FAMILIES if name in self.labels_seen or name in CONTENT_FAMILIES]

    def as_dict(self) -> dict[str, Any]:
        return {
            "labelled_messages": self.labelled_messages,
            "families": {
                name: {
                    "precision": counts.precision,
                    "recall": counts.recall,
                    "tp": counts.true_positive,
                    "fp": counts.false_positive,
                    "fn": counts.false_negative,
                }
                for name, counts in self.families.items()
                if name in self.labelled_families()
            },
            "neutral_messages": self.neutral_messages,
            "neutral_false_positive_rate": self.neutral_false_positive_rate,
            "mistakes": self.mistakes,
        }

    def render(self) -> str:
        def pct(value: float | None) -> str:
            return "   -  " if value is None else f"{value * 100:5.1f}%"

        lines = [f"Labelled messages: {self.labelled_messages}", "", "family       precision  recall    tp   fp   fn"]
        for name in self.labelled_families():
            counts = self.families[name]
            lines.append(
                f"{name:<12} {pct(counts.precision):>9}  {pct(counts.recall):>6}  {counts.true_positive:>4} {counts.false_positive:>4} {counts.false_negative:>4}"
            )
        if self.neutral_messages:
            lines += ["", f"Neutral messages: {self.neutral_messages}; flagged at warning or above: {self.neutral_flagged} ({pct(self.neutral_false_positive_rate).strip()})"]
        return "\n".join(lines) + "\n"



def run_evaluation(
    paths: Sequence[Path], registry: Registry, config: Config, *, after_first_batch: Callable[[], object] | None = None
) -> EvaluationReport:
    """The report of ``paths``. ``after_first_batch`` is called after the first batch of each file: by then the
    reference data that file's language needs is loaded (``sendlint eval`` freezes the heap there, as ``sendlint
    check`` does; the English word lists, for one, load in en.jsonl's first batch, not in es.jsonl's)."""
    report = EvaluationReport()
    for path in paths:
        neutral = path.name.startswith("neutral")
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"cannot read corpus: {error}", str(path)) from None
        labelled = []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                labels = set(data.get("labels") or [])
                message = message_from_mapping({k: v for k, v in data.items() if k not in LABEL_KEYS})
            except (json.JSONDecodeError, FieldError, AttributeError) as error:
                raise InputError(f"bad corpus line: {error}", f"{path}:{number}") from None
            labelled.append((message, labels))
        evaluations = []
        for batch_number, batch in enumerate(in_batches(labelled)):  # as sendlint check: rule by rule over each batch, faster
            evaluations += evaluate_many([m for m, _ in batch], registry, config)
            if batch_number == 0 and after_first_batch is not None:
                after_first_batch()
        for (message, labels), evaluation in zip(labelled, evaluations, strict=True):
            fired = {f.family.value for f in evaluation.findings if f.severity.rank >= Severity.WARNING.rank}
            if neutral:
                report.neutral_messages += 1
                if fired:
                    report.neutral_flagged += 1
                    report.mistakes.append({"id": message.id, "file": str(path), "fired": sorted(fired), "expected": []})
                continue
            report.labelled_messages += 1
            report.labels_seen |= labels
            for family in SCORED_FAMILIES:
                counts = report.families[family]
                if family in fired and family in labels:
                    counts.true_positive += 1
                elif family in fired:
                    counts.false_positive += 1
                elif family in labels:
                    counts.false_negative += 1
            if fired & (CONTENT_FAMILIES | labels | report.labels_seen) != labels:
                report.mistakes.append({
                    "id": message.id, "file": str(path), "fired": sorted(fired), "expected": sorted(labels),
                    "findings": [f"{f.rule} {f.message}" for f in evaluation.findings if f.severity.rank >= Severity.WARNING.rank],
                })
    return report
