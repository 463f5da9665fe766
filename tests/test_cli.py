"""The ``sendlint`` command, run as a subprocess: golden output, the JSON schema, and exit codes
(0 clean, 1 findings, 2 bad input / configuration / usage) with no traceback on any bad input.

Golden files: ``tests/golden/check-examples.txt`` and ``tests/golden/check-examples.json`` are the
exact output of ``sendlint check examples/ --format text|json`` run from the repository root. After an
intended change to rules, messages or reporters, rewrite them and review the diff:

    SENDLINT_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_cli.py -k golden
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, run_cli

from sendlint import __version__, load_registry
from sendlint.findings import Family
from sendlint.registry import Registry

GOLDEN = Path(__file__).parent / "golden"
GOOD = '- id: good\n  body: "Hola!!"\n'  # TON202 at 2:14
GOOD_FINDING = "good.yaml:2:14: TON202 repeated-punctuation [warning]"

MESSAGE_KEYS = {"id", "source", "line", "channel", "locale", "category", "scores", "findings"}
FINDING_KEYS = {"rule", "name", "family", "severity", "message", "field", "start", "end", "line", "column"}
SUMMARY_KEYS = {"messages", "findings", "error", "warning", "info"}


def no_traceback(*streams: str) -> bool:
    return not any("Traceback" in stream for stream in streams)


@cache
def check_examples(fmt: str) -> tuple[int, str, str]:
    """``sendlint check examples/ --format FMT`` from the repository root (run once per format)."""
    return run_cli("check", "examples/", "--format", fmt, cwd=REPO)


# ---------------------------------------------------------------------------------------------- golden


GOLDEN_SUFFIX = {"text": "txt", "json": "json", "sarif": "sarif", "github": "github.txt"}


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_golden_check_examples(fmt: str) -> None:
    code, out, err = check_examples(fmt)
    assert code == 1, err  # the examples carry errors on purpose (e.g. a marketing SMS with no opt-out)
    assert err == ""
    golden = GOLDEN / f"check-examples.{GOLDEN_SUFFIX[fmt]}"
    if os.environ.get("SENDLINT_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(out, encoding="utf-8")
    assert golden.is_file(), f"{golden} is missing; run with SENDLINT_UPDATE_GOLDEN=1 to create it"
    assert out == golden.read_text(encoding="utf-8"), f"output differs from {golden}; see the module docstring"


def test_json_report_schema(registry: Registry) -> None:
    code, out, _ = check_examples("json")
    assert code == 1
    report = json.loads(out)
    assert set(report) == {"schema", "messages", "summary"}
    assert report["schema"] == "sendlint/report@1"
    assert set(report["summary"]) == SUMMARY_KEYS
    assert report["summary"]["messages"] == len(report["messages"]) > 0
    details = {"jurisdictions", *registry.analyzers}
    findings = [f for m in report["messages"] for f in m["findings"]]
    assert report["summary"]["findings"] == len(findings) > 0
    for severity in ("error", "warning", "info"):
        assert report["summary"][severity] == sum(f["severity"] == severity for f in findings)
    for message in report["messages"]:
        assert set(message) >= MESSAGE_KEYS and set(message) - MESSAGE_KEYS <= details
        assert set(message["scores"]) == {"overall", *(f.value for f in Family)}
        assert message["source"].startswith("examples/")
        for finding in message["findings"]:
            assert FINDING_KEYS <= set(finding) <= FINDING_KEYS | {"fix"}
            assert finding["rule"] in registry.rules and finding["name"] == registry.rules[finding["rule"]].name
            assert 0 <= finding["start"] <= finding["end"] and finding["line"] >= 1 and finding["column"] >= 1
            if "fix" in finding:
                assert set(finding["fix"]) == {"safety", "edits"}
                assert all(set(edit) == {"field", "start", "end", "replacement"} for edit in finding["fix"]["edits"])


def test_text_findings_point_into_the_file() -> None:
    _, out, _ = check_examples("text")
    lines = out.splitlines()
    threat = lines.index(next(line for line in lines if line.startswith("examples/sms/cobranza.yaml:14:64: TON101 ")))
    assert lines[threat].startswith("examples/sms/cobranza.yaml:14:64: TON101 threatening-language [error] ")
    assert "«acciones legales»" in lines[threat]
    assert lines[threat + 1 : threat + 4] == [
        "   |",
        "14 |       ÚLTIMO AVISO: CLIENTE MOROSO, si no paga hoy iniciaremos acciones legales!!!",
        "   |                                                                ^^^^^^^^^^^^^^^^",
    ]
    assert any(line.startswith("examples/sms/cobranza.yaml:14:80: TON202 repeated-punctuation [warning] ") for line in lines)
    assert lines[-1].startswith("Found ") and lines[-1].endswith(" messages.")


# ------------------------------------------------------------------------------------------ exit codes


def test_clean_message_exits_0() -> None:
    code, out, err = run_cli(
        "message", "Banco Andino: tu pedido 4521 ya salió y llega mañana.", "--locale", "es", "--channel", "sms", "--brand", "Banco Andino"
    )
    assert code == 0, out + err
    assert "[error]" not in out and no_traceback(out, err)


def test_findings_exit_1() -> None:
    code, out, _ = run_cli("message", "Promo: si no pagas iniciaremos acciones legales", "--locale", "es", "--channel", "sms",
                           "--category", "marketing")
    assert code == 1
    assert "TON101 threatening-language [error]" in out
    assert "CMP101 missing-opt-out [error]" in out


def test_message_from_stdin() -> None:
    code, out, _ = run_cli("message", "-", "--locale", "es", "--select", "TON202", stdin="¡¡Hola!!\n")
    assert code == 0
    lines = out.splitlines()
    assert [line.split(" [")[0] for line in lines[:2]] == [
        "<message>:1:1: TON202 repeated-punctuation",
        "<message>:1:7: TON202 repeated-punctuation",
    ]
    assert "«¡¡»" in lines[0] and "«!!»" in lines[1]  # the message quotes what it found, in Spanish
    assert lines[2] == "Found 2 findings (2 warning) in 1 message."
    code, out, _ = run_cli("message", "-", "--locale", "en", "--select", "TON202", "--format", "json", stdin="Hi!!")
    (finding,) = json.loads(out)["messages"][0]["findings"]
    assert (code, finding["rule"], finding["field"], finding["start"], finding["end"]) == (0, "TON202", "body", 2, 4)
    assert "“!!”" in finding["message"]  # English template


def test_fail_on_and_fail_under() -> None:
    base = ("message", "Hola!!", "--select", "TON202")  # one warning: overall score 90 (exit 0 by default)
    assert run_cli(*base, "--fail-on", "warning")[0] == 1
    assert run_cli(*base, "--fail-under", "90")[0] == 0
    assert run_cli(*base, "--fail-under", "91")[0] == 1
    clean = run_cli("message", "Hola", "--select", "TON202", "--fail-on", "info", "--fail-under", "100")
    assert clean == (0, "All checks passed (1 message).\n", "")


def test_fail_on_from_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "sendlint.yaml").write_text("fail_on: warning\nselect: [TON202]\n", encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    code, out, _ = run_cli("check", ".", cwd=tmp_path)
    assert code == 1 and GOOD_FINDING in out


def test_rules_and_rule() -> None:
    code, out, _ = run_cli("rules")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == list(load_registry().rules)
    code, out, _ = run_cli("rule", "TON101")
    assert code == 0
    assert out.startswith("# TON101 threatening-language\n")
    assert "## What it does" in out and "## Why is this bad?" in out and "## Fix" in out
    assert run_cli("rule", "threatening-language")[1] == out


def test_rule_page_lists_the_named_patterns_of_its_params() -> None:
    """A pattern rule's page indexes its clues or signal classes from the data it runs on."""
    from sendlint.docs import render_rule_doc

    registry = load_registry()
    signals = render_rule_doc(registry.rules["TON112"])
    index = signals[signals.index("## Patterns it knows") :].split("\n\n")[0].splitlines()[1:]
    assert index[0] == "- `repetition` (cue; en/es)"
    assert "- `reader-lapse` (support; en/es)" in index
    countdown = render_rule_doc(registry.rules["TON110"])
    assert "- `countdown` (in marketing; en/es)" in countdown
    assert "## Patterns it knows" not in render_rule_doc(registry.rules["TON101"])  # a lexicon rule: its terms are data


def test_version() -> None:
    assert run_cli("--version") == (0, f"sendlint {__version__}\n", "")


# ------------------------------------------------------------------------------------------- bad input

BAD_FILES = [
    # name, content, expected error line in the text report
    ("bad.yaml", b"- id: a\n  body: [x\n", "bad.yaml:3:1: error: invalid YAML"),
    ("bad.json", b'{"messages": [\n  {"id": "a",}\n]}\n', "bad.json:2:14: error: invalid JSON"),
    ("bad.jsonl", b'{"id": "a", "body": \n', "bad.jsonl:1:21: error: invalid JSON"),
    ("channel.yaml", b"- id: a\n  channel: fax\n  body: x\n- id: b\n  body: \"dos!!\"\n",
     "channel.yaml:2:3: error: channel: unknown channel 'fax'"),
    ("key.yaml", b"- id: a\n  colour: red\n  body: x\n- id: b\n  body: \"dos!!\"\n",
     "key.yaml:2:3: error: colour: unknown message field 'colour'"),
    ("latin1.yaml", "- id: a\n  body: años\n".encode("latin-1"), "latin1.yaml:2: error: not valid UTF-8 (byte 0xf1)"),
    ("binary.yaml", b"body: a\x00b\n", "binary.yaml: error: binary file (contains NUL bytes)"),
    ("dup.yaml", b"id: a\nbody: x\nbody: y\n", "dup.yaml:3:1: error: duplicate key 'body'"),
    ("notes.md", b"---\nid: n\nbody: x\n---\nHola\n", "notes.md:3:1: error: the body is the text after the front matter"),
]


def test_bad_files_exit_2_and_good_files_are_still_reported(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    for name, content, _ in BAD_FILES:
        (tmp_path / name).write_bytes(content)
    code, out, err = run_cli("check", ".", "missing.yaml", "--select", "TON202", cwd=tmp_path)
    assert code == 2, out + err
    lines = out.splitlines()
    for _, _, expected in BAD_FILES:
        assert any(line.startswith(expected) for line in lines), expected
    assert "missing.yaml: error: no such file or folder" in lines
    assert GOOD_FINDING in out
    # the other message of a file with one bad message is still checked
    assert "channel.yaml:5:13: TON202" in out and "key.yaml:5:13: TON202" in out
    assert out.endswith("Found 3 findings (3 warning) in 3 messages.\n10 input errors.\n")
    assert no_traceback(out, err) and err == ""


def test_bad_files_in_json_output(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    for name, content, _ in BAD_FILES:
        (tmp_path / name).write_bytes(content)
    code, out, err = run_cli("check", ".", "missing.yaml", "--select", "TON202", "--format", "json", cwd=tmp_path)
    assert code == 2 and no_traceback(out, err)
    report = json.loads(out)
    assert set(report) == {"schema", "messages", "summary", "errors"}
    assert all(set(error) == {"location", "message"} for error in report["errors"])
    locations = {error["location"] for error in report["errors"]}
    assert locations == {
        "missing.yaml", "bad.yaml:3:1", "bad.json:2:14", "bad.jsonl:1:21", "channel.yaml:2:3", "key.yaml:2:3",
        "latin1.yaml:2", "binary.yaml", "dup.yaml:3:1", "notes.md:3:1",
    }
    assert {m["id"] for m in report["messages"]} == {"good", "b"}
    assert report["summary"]["messages"] == 3


def test_file_over_the_size_limit_exits_2(tmp_path: Path) -> None:
    (tmp_path / "sendlint.yaml").write_text("max_file_bytes: 100\n", encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "big.yaml").write_text("- body: " + "x" * 200 + "\n", encoding="utf-8")
    code, out, err = run_cli("check", ".", "--select", "TON202", cwd=tmp_path)
    assert code == 2
    assert "big.yaml: error: file is 209 bytes, over the limit of 100 (max_file_bytes)" in out
    assert GOOD_FINDING in out and no_traceback(out, err)


def test_lone_surrogates_in_input_do_not_crash(tmp_path: Path) -> None:
    """A JSON "\\ud800" escape and a file name that is not UTF-8 both put lone surrogates in the run."""
    (tmp_path / os.fsdecode(b"caf\xe9.yaml")).write_text(GOOD, encoding="utf-8")
    (tmp_path / "s.jsonl").write_text('{"id": "x\\ud800", "body": "hola \\udfff acciones legales!!"}\n', encoding="utf-8")
    args = ("check", ".", "--select", "TON101,TON202", "--fail-on", "warning")
    code, out, err = run_cli(*args, cwd=tmp_path)
    assert (code, err) == (1, "")
    assert "caf\ufffd.yaml:2:14: TON202" in out and "s.jsonl:1:" in out
    code, out, err = run_cli(*args, "--format", "json", cwd=tmp_path)
    assert (code, err) == (1, "")
    report = json.loads(out)  # lone surrogates stay JSON escapes: the same strings read back
    assert {(m["source"], m["id"]): [f["rule"] for f in m["findings"]] for m in report["messages"]} == {
        ("caf\udce9.yaml", "good"): ["TON202"], ("s.jsonl", "x\ud800"): ["TON101", "TON202"],
    }


def test_undecodable_argument_and_stdin() -> None:
    code, out, err = run_cli("message", "-", stdin=b"a\xf1o!!")
    assert (code, out) == (2, "")
    assert "sendlint: error: <stdin>: standard input is not valid UTF-8" in err
    # An argument that is not UTF-8 reaches the engine as lone surrogates (surrogateescape).
    code, out, err = run_cli("message", b"\xff\xfeHola!!", "--select", "TON202", "--format", "json")
    assert (code, err) == (0, "")
    (finding,) = json.loads(out)["messages"][0]["findings"]
    assert (finding["rule"], finding["start"], finding["end"]) == ("TON202", 6, 8)


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("selct: []\n", "sendlint.yaml:1:1: selct: unknown key"),
        ("select: [TON]\nseverity: {TON101: fatal}\n", "sendlint.yaml:2:"),
        ("select: [\n", "sendlint.yaml:2:1: invalid YAML"),
    ],
)
def test_bad_configuration_exits_2_with_its_location(tmp_path: Path, config: str, expected: str) -> None:
    (tmp_path / "sendlint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    code, out, err = run_cli("check", ".", cwd=tmp_path)
    assert (code, out) == (2, "")
    assert err.startswith("sendlint: error: ") and expected in err
    assert no_traceback(out, err)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("rule", "XYZ999"), "unknown rule 'XYZ999'"),
        (("check", "good.yaml", "--send-at", "mañana"), "--send-at: not an ISO 8601 date-time"),
        (("check", "good.yaml", "--send-at", "2026-11-25T09:00:00"), "has no UTC offset"),
        (("message", "Hola", "--channel", "fax"), "unknown channel 'fax'"),
        (("message", "Hola", "--locale", "español"), "not a BCP 47 locale"),
        (("check",), "the following arguments are required: paths"),
        (("check", "good.yaml", "--config", "nope.yaml"), "configuration file not found"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...], expected: str) -> None:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    code, out, err = run_cli(*args, cwd=tmp_path)
    assert (code, out) == (2, "")
    assert err.startswith("sendlint: usage error: ") and expected in err
    assert no_traceback(out, err)


def test_check_in_worker_processes_reports_what_one_process_reports(tmp_path: Path) -> None:
    lines = []
    for index in range(120):
        body = ["¡¡¡ÚLTIMO AVISO!!! Pague hoy o iniciaremos acciones legales.", "Tu código es 123456. No lo compartas.",
                f"Hola, tu pedido A{index} llega mañana."][index % 3]
        lines.append(json.dumps({"id": f"m{index}", "locale": "es-CO", "category": "collections", "body": body}, ensure_ascii=False))
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run_cli("check", corpus, "--format", "json", "--send-at", "2026-03-02T10:00:00-05:00", "-j", "1")
    two = run_cli("check", corpus, "--format", "json", "--send-at", "2026-03-02T10:00:00-05:00", "-j", "2")
    assert one[0] == two[0]
    assert one[1] == two[1]
    report = json.loads(two[1])
    assert [m["id"] for m in report["messages"]] == [f"m{i}" for i in range(120)]
    assert "TON101" in {f["rule"] for f in report["messages"][0]["findings"]}


def test_check_rejects_negative_jobs(tmp_path: Path) -> None:
    code, _, err = run_cli("check", "examples/", "--jobs", "-1")
    assert code == 2 and "--jobs" in err and "Traceback" not in err


def test_sarif_report_points_each_result_at_its_rule_and_region() -> None:
    _, out, _ = check_examples("sarif")
    _, json_out, _ = check_examples("json")
    document = json.loads(out)
    assert document["version"] == "2.1.0"
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    findings = [(m["source"], f) for m in json.loads(json_out)["messages"] for f in m["findings"]]
    assert len(run["results"]) == len(findings)
    for result, (source, finding) in zip(run["results"], findings, strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding["rule"]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding["severity"]]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == source
        assert (location["region"]["startLine"], location["region"]["startColumn"]) == (finding["line"], finding["column"])
    assert all(rule["shortDescription"]["text"] and rule["defaultConfiguration"]["level"] for rule in rules)


def test_github_annotations_escape_what_the_runner_would_split(tmp_path: Path) -> None:
    catalog = tmp_path / "a,b:c%.yaml"
    catalog.write_text('- id: x\n  body: "Hola!!\\n100% seguro"\n', encoding="utf-8")
    code, out, err = run_cli("check", catalog, "--format", "github", "--select", "TON202")
    assert code == 0 and err == ""
    escaped = str(catalog).replace("%", "%25").replace(":", "%3A").replace(",", "%2C")
    assert out == f"::warning file={escaped},line=2,col=14,title=TON202 repeated-punctuation::Puntuación repetida «!!»: basta con un signo.\n"


def test_an_error_in_a_worker_reaches_the_parent_as_itself() -> None:
    # A rule that fails in a forked worker must surface in the parent as the same RuleError (which
    # main() turns into exit 2 with its message), not as a pickling error or a hang.
    from types import SimpleNamespace

    from sendlint.cli import _evaluate_in_workers
    from sendlint.errors import RuleError

    loaded = [SimpleNamespace(message=SimpleNamespace(body=str(i), send_at=None)) for i in range(120)]

    def evaluate_batch(batch: Any) -> Any:  # as sendlint check's: a batch of loaded messages in, evaluations out
        if any(item.message.body == "77" for item in batch):
            raise RuleError("rule TON101 threatening-language failed on message 77: boom")
        return [SimpleNamespace(message=item.message, findings=(), scores={"overall": 100}, details={}) for item in batch]

    with pytest.raises(RuleError, match="failed on message 77: boom"):
        list(_evaluate_in_workers(evaluate_batch, loaded, 2, None))
    done = list(_evaluate_in_workers(lambda batch: [SimpleNamespace(message=item.message, findings=(), scores={"overall": 100}, details={}) for item in batch], loaded, 2, None))
    assert [e.message.body for e in done] == [str(i) for i in range(120)]  # input order, whatever the workers' order
