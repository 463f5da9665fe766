"""Reporters: the same results as ruff-style text or as the versioned JSON document."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .engine import Evaluation
from .errors import SendlintError
from .findings import Finding, Severity
from .lazy import lazy_re

SCHEMA = "sendlint/report@1"
COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
BOLD, RESET = "\033[1m", "\033[0m"
_LONE_SURROGATE_RE = lazy_re("[\ud800-\udfff]")


def _without_lone_surrogates(text: str, *, json_escape: bool) -> str:
    """``text`` writable as UTF-8: a lone surrogate (from a JSON "\\ud800" escape or an undecodable argv
    or file name) becomes a JSON escape, which reads back as the same string, or U+FFFD in plain text.
    Encoding is the cheap test (a report has none almost always; searching 10 MB costs 6x more)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        if json_escape:
            return _LONE_SURROGATE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
        return _LONE_SURROGATE_RE.sub("\ufffd", text)
    return text


@dataclass(frozen=True, slots=True)
class Result:
    """An evaluation plus where its message came from."""

    evaluation: Evaluation
    source: str
    line: int | None


def finding_json(finding: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "rule": finding.rule,
        "name": finding.name,
        "family": finding.family.value,
        "severity": finding.severity.value,
        "message": finding.message,
        "field": finding.field,
        "start": finding.start,
        "end": finding.end,
        "line": finding.line,
        "column": finding.column,
    }
    if finding.fix is not None:
        data["fix"] = {
            "safety": finding.fix.safety.value,
            "edits": [
                {"field": e.field, "start": e.start, "end": e.end, "replacement": e.replacement}
                for e in finding.fix.edits
            ],
        }
    return data


_JSON_SCALARS = (str, int, float, bool, type(None))


def _jsonable(value: Any) -> Any:
    if type(value) in _JSON_SCALARS:  # most values of a report: no isinstance chain for them
        return value
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def message_json(result: Result) -> dict[str, Any]:
    evaluation = result.evaluation
    message = evaluation.message
    data: dict[str, Any] = {
        "id": message.id,
        "source": result.source,
        "line": result.line,
        "channel": message.channel.value,
        "locale": message.locale,
        "category": message.category.value,
        "scores": dict(evaluation.scores),
        "findings": [finding_json(f) for f in evaluation.findings],
    }
    for key, value in evaluation.details.items():
        if key not in data:
            data[key] = _jsonable(value)
    return data


def summary(results: Sequence[Result]) -> dict[str, int]:
    counts = {"messages": len(results), "findings": 0, "error": 0, "warning": 0, "info": 0}
    for result in results:
        for finding in result.evaluation.findings:
            counts["findings"] += 1
            counts[finding.severity.value] += 1
    return counts


def render_json(results: Sequence[Result], errors: Sequence[SendlintError] = ()) -> str:
    """The report document, one message per line: readable in a diff, and written by json's C encoder
    (``indent`` would switch to the pure-Python encoder: seconds on 10,000 messages)."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    body = ",\n".join("  " + dump(message_json(r)) for r in results)
    lines = [f'{{"schema": {dump(SCHEMA)},', ' "messages": [' + ("\n" + body if body else "")]
    tail = f' ], "summary": {dump(summary(results))}'
    if errors:
        tail += ', "errors": ' + dump([{"location": e.location, "message": e.message} for e in errors])
    return _without_lone_surrogates("\n".join([*lines, tail + "}"]) + "\n", json_escape=True)


def _snippet(line_text: str, column: int, width: int, line: int) -> list[str]:
    gutter = " " * len(str(line))
    caret_width = max(1, min(width, len(line_text) - column + 1))
    return [
        f"{gutter} |",
        f"{line} | {line_text}",
        f"{gutter} | {' ' * (column - 1)}{'^' * caret_width}",
    ]


def render_text(
    results: Sequence[Result],
    errors: Sequence[SendlintError] = (),
    *,
    colour: bool = False,
    source_line: Callable[[str, int], str | None] = lambda source, line: None,
) -> str:
    out: list[str] = []
    for result in results:
        evaluation = result.evaluation
        for finding in evaluation.findings:
            line = finding.line or result.line or 1
            column = finding.column or 1
            code = f"{finding.rule} {finding.name}"
            if colour:
                code = f"{COLOURS[finding.severity]}{BOLD}{finding.rule}{RESET} {finding.name}"
            out.append(f"{result.source}:{line}:{column}: {code} [{finding.severity.value}] {finding.message}")
            text = source_line(result.source, line)
            if text is not None and finding.line is not None:
                field_text = evaluation.message.field_text(finding.field)
                span_text = field_text[finding.start : finding.end]
                width = len(span_text.split("\n", 1)[0]) if span_text else 1
                out.extend(_snippet(text.rstrip("\r\n"), column, width, line))
        for unused in evaluation.details.get("unused_suppressions", ()):
            out.append(f"{result.source}:{result.line or 1}: unused suppression of {unused['rule']}: it silences nothing")
    for error in errors:
        out.append(f"{error.location or '-'}: error: {error.message}")
    counts = summary(results)
    if counts["findings"] or errors:
        parts = [f"{counts[s]} {s}" for s in ("error", "warning", "info") if counts[s]]
        detail = f" ({', '.join(parts)})" if parts else ""
        out.append(f"Found {counts['findings']} finding{'s' if counts['findings'] != 1 else ''}{detail} in {counts['messages']} message{'s' if counts['messages'] != 1 else ''}.")
        if errors:
            out.append(f"{len(errors)} input error{'s' if len(errors) != 1 else ''}.")
    else:
        out.append(f"All checks passed ({counts['messages']} message{'s' if counts['messages'] != 1 else ''}).")
    silenced = sum(s["findings"] for r in results for s in r.evaluation.details.get("suppressed", ()))
    if silenced:
        out.append(f"{silenced} finding{'s' if silenced != 1 else ''} suppressed in the templates (--ignore-suppressions shows them).")
    return _without_lone_surrogates("\n".join(out), json_escape=False) + "\n"


# --- SARIF 2.1.0 (GitHub code scanning, Azure DevOps, IDEs) and GitHub workflow commands -------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_sarif(
    results: Sequence[Result], errors: Sequence[SendlintError] = (), *, rules: Mapping[str, Any], version: str
) -> str:
    """One SARIF run: the rules that fired (with their docs) and one result per finding.

    Columns are 1-based code points, which is SARIF's default ``columnKind`` (utf16CodeUnits) only
    for text in the Basic Multilingual Plane; we declare ``unicodeCodePoints`` instead of converting.
    """
    used = sorted({f.rule for r in results for f in r.evaluation.findings})
    index = {rule_id: i for i, rule_id in enumerate(used)}
    driver_rules = []
    for rule_id in used:
        rule = rules.get(rule_id)
        entry: dict[str, Any] = {"id": rule_id}
        if rule is not None:
            entry.update(
                {
                    "name": rule.name,
                    "shortDescription": {"text": rule.docs.what},
                    "fullDescription": {"text": rule.docs.why},
                    "help": {"text": f"{rule.docs.what}\n\nWhy: {rule.docs.why}\n\nFix: {rule.docs.fix}"},
                    "defaultConfiguration": {"level": SARIF_LEVEL[rule.severity]},
                    "properties": {"family": rule.family.value, "tags": [rule.family.value]},
                }
            )
        driver_rules.append(entry)
    sarif_results = []
    for result in results:
        for finding in result.evaluation.findings:
            region: dict[str, int] = {"startLine": finding.line or result.line or 1, "startColumn": finding.column or 1}
            if finding.column is not None and finding.end > finding.start:
                span = result.evaluation.message.field_text(finding.field)[finding.start : finding.end]
                if "\n" not in span:
                    region["endColumn"] = finding.column + len(span)
            sarif_results.append(
                {
                    "ruleId": finding.rule,
                    "ruleIndex": index[finding.rule],
                    "level": SARIF_LEVEL[finding.severity],
                    "message": {"text": finding.message},
                    "locations": [
                        {
                            "physicalLocation": {"artifactLocation": {"uri": result.source}, "region": region},
                            "logicalLocations": [{"name": result.evaluation.message.id, "kind": "member"}],
                        }
                    ],
                    "properties": {"field": finding.field, "family": finding.family.value},
                }
            )
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "sendlint", "version": version, "rules": driver_rules}},
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
    }
    if errors:
        run["invocations"] = [
            {
                "executionSuccessful": False,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": f"{e.location or '-'}: {e.message}"}} for e in errors
                ],
            }
        ]
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return _without_lone_surrogates(json.dumps(document, ensure_ascii=False, indent=1) + "\n", json_escape=True)


def _github_escape(value: str, *, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def render_github(results: Sequence[Result], errors: Sequence[SendlintError] = ()) -> str:
    """GitHub Actions workflow commands: each finding becomes an annotation on the file and line."""
    out: list[str] = []
    for result in results:
        for finding in result.evaluation.findings:
            line = finding.line or result.line or 1
            column = finding.column or 1
            title = _github_escape(f"{finding.rule} {finding.name}", property_value=True)
            where = f"file={_github_escape(result.source, property_value=True)},line={line},col={column}"
            out.append(f"::{GITHUB_LEVEL[finding.severity]} {where},title={title}::{_github_escape(finding.message)}")
    for error in errors:
        location = error.location or "-"
        path, _, rest = location.partition(":")
        line_part = rest.split(":", 1)[0]
        where = f"file={_github_escape(path, property_value=True)}" + (f",line={line_part}" if line_part.isdigit() else "")
        out.append(f"::error {where},title=sendlint input error::{_github_escape(error.message)}")
    return _without_lone_surrogates("\n".join(out), json_escape=False) + ("\n" if out else "")
