"""``sendlint eval``: precision and recall per family on labelled corpora, false positives on neutral ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sendlint import Config, load_registry
from sendlint.errors import InputError
from sendlint.evaluation import run_evaluation

THREAT = {
    "id": "t1",
    "channel": "whatsapp",
    "locale": "es",
    "category": "collections",
    "body": "Hola {{nombre}}, si no pagas hoy iniciaremos acciones legales contra ti.",
    "labels": ["tone"],
}
CLEAN = {
    "id": "c1",
    "channel": "whatsapp",
    "locale": "es",
    "category": "transactional",
    "body": "Hola {{nombre}}, tu pedido llega el jueves. Gracias por tu compra.",
    "labels": [],
}
CLEAN_LABELLED_TONE = {**CLEAN, "id": "c2", "labels": ["tone"]}
SHOUTED_CLEAN = {
    "id": "c3",
    "channel": "whatsapp",
    "locale": "en",
    "category": "transactional",
    "body": "Hi {{first_name}}, YOUR ORDER HAS SHIPPED AND ARRIVES THURSDAY.",
    "labels": [],
}


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_precision_recall_and_mistakes(tmp_path):
    corpus = _write(tmp_path / "es.jsonl", [THREAT, CLEAN, CLEAN_LABELLED_TONE])
    report = run_evaluation([corpus], load_registry(), Config())
    tone = report.families["tone"]
    assert (tone.true_positive, tone.false_positive, tone.false_negative) == (1, 0, 1)
    assert tone.precision == 1.0 and tone.recall == 0.5
    assert [m["id"] for m in report.mistakes] == ["c2"]
    assert "tone            100.0%   50.0%     1    0    1" in report.render()


def test_a_file_of_clean_lines_still_measures_the_content_families(tmp_path):
    corpus = _write(tmp_path / "clean.jsonl", [CLEAN, SHOUTED_CLEAN])
    report = run_evaluation([corpus], load_registry(), Config())
    assert report.families["tone"].false_positive == 1  # the shouted line
    assert report.labelled_families() == ["tone", "clarity", "language", "compliance"]
    assert [m["id"] for m in report.mistakes] == ["c3"]
    assert "tone" in report.as_dict()["families"] and "length" not in report.as_dict()["families"]


def test_neutral_files_give_a_false_positive_rate(tmp_path):
    corpus = _write(tmp_path / "neutral-x.jsonl", [CLEAN, SHOUTED_CLEAN])
    report = run_evaluation([corpus], load_registry(), Config())
    assert (report.neutral_messages, report.neutral_flagged) == (2, 1)
    assert "Neutral messages: 2; flagged at warning or above: 1 (50.0%)" in report.render()


def test_the_first_batch_hook_runs_once_for_each_file(tmp_path):
    first = _write(tmp_path / "es.jsonl", [THREAT, CLEAN])
    second = _write(tmp_path / "neutral-x.jsonl", [CLEAN])
    calls: list[int] = []
    report = run_evaluation([first, second], load_registry(), Config(), after_first_batch=lambda: calls.append(1))
    assert calls == [1, 1]
    assert (report.labelled_messages, report.neutral_messages) == (2, 1)


def test_a_bad_line_names_its_file_and_line(tmp_path):
    corpus = tmp_path / "es.jsonl"
    corpus.write_text(json.dumps(CLEAN) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        run_evaluation([corpus], load_registry(), Config())
    assert error.value.location == f"{corpus}:2"
    result = subprocess.run(
        [sys.executable, "-m", "sendlint", "eval", str(corpus)], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert f"{corpus}:2" in result.stderr and "Traceback" not in result.stderr
