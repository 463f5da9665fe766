"""Suppressions in templates (meta.suppress): they name a rule, carry a reason, and are audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_message, run_cli

from sendlint import Config, evaluate, load_registry
from sendlint.errors import FieldError
from sendlint.suppressions import parse_suppressions

THREAT_ES = "Banco Andino: si no paga hoy iniciaremos acciones legales."
THREAT_EN = "Acme Bank: pay today or we will take legal action."


@pytest.mark.parametrize(("body", "locale"), [(THREAT_ES, "es-CO"), (THREAT_EN, "en-US")])
def test_a_named_suppression_moves_the_findings_out_and_the_score_back(body: str, locale: str) -> None:
    registry = load_registry()
    plain = evaluate(make_message(body=body, locale=locale, category="collections"), registry, Config())
    assert "TON101" in {f.rule for f in plain.findings}
    message = make_message(body=body, locale=locale, category="collections",
                           meta={"suppress": [{"rule": "TON101", "reason": "required by the regulator"}, "CLR501: n/a"]})
    kept = evaluate(message, registry, Config())
    assert "TON101" not in {f.rule for f in kept.findings}
    assert kept.scores["tone"] > plain.scores["tone"]
    assert kept.details["suppressed"] == [{"rule": "TON101", "reason": "required by the regulator",
                                          "findings": sum(f.rule == "TON101" for f in plain.findings), "fields": ["body"]}]
    assert kept.details["unused_suppressions"] == [{"rule": "CLR501", "reason": "n/a"}]
    audited = evaluate(message, registry, Config(suppressions=False))
    assert [f.rule for f in audited.findings] == [f.rule for f in plain.findings]
    assert "suppressed" not in audited.details


def test_a_suppression_may_name_the_rule_by_name() -> None:
    message = make_message(body=THREAT_ES, locale="es-CO", category="collections", meta={"suppress": ["threatening-language"]})
    evaluation = evaluate(message, load_registry(), Config())
    assert "TON101" not in {f.rule for f in evaluation.findings}
    assert evaluation.details["suppressed"][0]["rule"] == "threatening-language"


@pytest.mark.parametrize(
    ("value", "path"),
    [
        ("TON101", ("meta", "suppress")),
        (["all"], ("meta", "suppress", 0)),
        (["TON*"], ("meta", "suppress", 0)),
        ([{"rule": "TON101", "why": "x"}], ("meta", "suppress", 0, "why")),
        ([42], ("meta", "suppress", 0)),
    ],
)
def test_a_suppression_must_name_one_rule(value: object, path: tuple[object, ...]) -> None:
    with pytest.raises(FieldError) as raised:
        parse_suppressions(value)
    assert raised.value.path == path


def test_cli_reports_unused_suppressions_and_counts_the_silenced(tmp_path: Path) -> None:
    catalog = tmp_path / "cobranza.yaml"
    catalog.write_text(
        "- id: legal\n  locale: es-CO\n  category: collections\n  brand: Banco Andino\n"
        f'  body: "{THREAT_ES}"\n  meta:\n    suppress:\n      - {{rule: TON101, reason: exigido}}\n      - "CLR501: no aplica"\n',
        encoding="utf-8",
    )
    code, out, err = run_cli("check", catalog, "--select", "TON101,CLR501")
    assert (code, err) == (0, "")
    assert f"{catalog}:1: unused suppression of CLR501: it silences nothing" in out
    assert "1 finding suppressed in the templates" in out
    code, out, _ = run_cli("check", catalog, "--select", "TON101,CLR501", "--ignore-suppressions")
    assert f"{catalog}:5:" in out and "TON101 threatening-language" in out


def test_cli_a_malformed_suppression_is_an_input_error_with_its_line(tmp_path: Path) -> None:
    catalog = tmp_path / "bad.yaml"
    catalog.write_text('- id: x\n  body: "Hola"\n  meta:\n    suppress: [all]\n', encoding="utf-8")
    code, out, err = run_cli("check", catalog)
    assert code == 2 and "Traceback" not in err + out
    assert f"{catalog}:4" in out + err and "name one rule" in out + err
