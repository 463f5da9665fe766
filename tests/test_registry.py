"""Rule packs are validated strictly and every error names file:line[:column]; user regexes run on
RE2 (linear time); ``sendlint validate`` turns the errors into exit code 2."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import make_message, run_cli

from sendlint.checks.base import compile_re2, lazy_re2
from sendlint.engine import evaluate
from sendlint.errors import RuleError, RulePackError, SendlintError
from sendlint.plugins import Plugin, discover_plugins
from sendlint.registry import Registry, build_registry, load_pack_rules

# One valid rule; each test edits a line or two, so the line numbers below are those of this text.
BASE = """\
pack: test
rules:
  - id: TON901
    name: test-rule
    family: tone
    severity: warning
    message: {es: "x {match}", en: "x {match}"}
    docs:
      what: W
      why: Y
      source: "HEURISTIC: test"
      fix: F
      examples:
        flag: ["a"]
        pass: ["b"]
    check:
      kind: pattern
      pattern: "x"
"""
CHECK_LINES = range(16, 19)  # `check:` and its parameters


def write_pack(folder: Path, text: str, name: str = "pack.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def edit(old: str, new: str, text: str = BASE) -> str:
    assert old in text
    return text.replace(old, new, 1)


def error_for(tmp_path: Path, text: str) -> tuple[str, int, str]:
    """(file, line, message) of the RulePackError that loading ``text`` raises."""
    path = write_pack(tmp_path / "pack", text)
    with pytest.raises(RulePackError) as raised:
        load_pack_rules(path, discover_plugins())
    location = raised.value.location or ""
    file, line, *_ = location.split(":")
    assert file == str(path)
    return location.removeprefix(f"{path}:"), int(line), raised.value.message


def test_base_pack_is_valid(tmp_path: Path) -> None:
    (rule,) = load_pack_rules(write_pack(tmp_path, BASE), discover_plugins())
    assert (rule.id, rule.name, rule.kind, rule.origin) == ("TON901", "test-rule", "pattern", f"{tmp_path / 'pack.yaml'}:3")


@pytest.mark.parametrize(
    ("old", "new", "where", "words"),
    [
        ("    severity: warning\n", "    severity: warning\n    colour: red\n", "7:5", "unknown rule key"),
        ("id: TON901", "id: TONE01", "3:5", "family prefix"),
        ("id: TON901", "id: TON9001", "3:5", "family prefix"),
        ("id: TON901", "id: CLR901", "3:5", "whose ids start with TON"),
        ("family: tone", "family: mood", "5:5", "unknown family"),
        ("name: test-rule", "name: Test_Rule", "4:5", "kebab-case"),
        ("severity: warning", "severity: fatal", "6:5", "expected error, warning or info"),
        ("      kind: pattern\n", "      kind: regex\n", "17:7", "unknown check kind 'regex'"),
        ('      pattern: "x"\n', '      pattern: "x"\n      colour: 1\n', "19:7", "unknown key"),
        ("      fix: F\n", "      fix: F\n      colour: 1\n", "13:7", "unknown key"),
        ("        pass: [\"b\"]\n", "", "13:7", "needs 'flag' and 'pass' examples"),
        ("      why: Y\n", "", "9:7", "what, why, source and fix"),
        ("message: {es: \"x {match}\", en: \"x {match}\"}", "message: [x]", "7:5", "language to message text"),
        ("    family: tone\n", "    family: tone\n    applies_to: {channels: [sms], fieldz: [body]}\n", "6:35", "unknown key"),
        ("    family: tone\n", "    family: tone\n    applies_to: {fields: [body, signature]}\n", "6:18", "unknown field 'signature'"),
    ],
)
def test_rule_errors_point_at_the_key(tmp_path: Path, old: str, new: str, where: str, words: str) -> None:
    location, _, message = error_for(tmp_path, edit(old, new))
    assert location == where
    assert words in message


def test_missing_docs_points_at_the_rule(tmp_path: Path) -> None:
    text = BASE.split("    docs:\n")[0] + "    check:\n" + BASE.split("    check:\n")[1]
    location, _, message = error_for(tmp_path, text)
    assert location == "3:5"
    assert "needs docs" in message


def test_missing_examples_points_at_the_docs(tmp_path: Path) -> None:
    location, _, message = error_for(tmp_path, edit('        flag: ["a"]\n        pass: ["b"]\n', "", edit("      examples:\n", "")))
    assert location == "9:7"
    assert "examples" in message


@pytest.mark.parametrize(
    ("check", "words"),
    [
        ('      kind: pattern\n      pattern: "(?<=a)b"\n', "invalid regular expression"),  # look-behind: not RE2
        ('      kind: pattern\n      pattern: {es: "ok", en: "(a"}\n', "invalid regular expression '(a'"),
        ("      kind: occurrence\n      pattern: x\n", "needs max or min"),
        ("      kind: requires\n      if: {pattern: x}\n", "needs 'then' or 'forbids'"),
        ("      kind: lexicon\n", "Field required"),  # topic
        (
            "      kind: python\n      function: sentence_patterns\n      params:\n        clues:\n"
            '          - {name: a, target: {es: ["x"]}, exclude_like: b}\n',
            "exclude_like names no other clue of this rule: 'b'",
        ),
    ],
)
def test_check_parameter_errors_are_located_in_the_check(tmp_path: Path, check: str, words: str) -> None:
    text = BASE.split("    check:\n")[0] + "    check:\n" + check
    _, line, message = error_for(tmp_path, text)
    assert line in range(CHECK_LINES.start, max(CHECK_LINES.stop, CHECK_LINES.start + check.count("\n")))  # within it
    assert words in message


@pytest.mark.parametrize(
    ("check", "words"),
    [
        ("      kind: metric\n      metric: nope\n      max: 1\n", "unknown metric 'nope'"),
        ("      kind: python\n      function: nope\n", "unknown check function 'nope'"),
    ],
)
def test_unknown_plugin_names_are_located_in_the_rule(tmp_path: Path, check: str, words: str) -> None:
    text = BASE.split("    check:\n")[0] + "    check:\n" + check
    _, line, message = error_for(tmp_path, text)
    assert 3 <= line <= 18  # within the rule (today: its first line)
    assert words in message


def test_pack_file_shape_errors(tmp_path: Path) -> None:
    assert error_for(tmp_path, "pack: x\nrules: {}\n")[0] == "1"
    assert error_for(tmp_path, "pack: x\nrulez: []\nrules: []\n")[0] == "2:1"
    assert error_for(tmp_path, "pack: x\nrules:\n  - 42\n")[0] == "3:5"
    path = write_pack(tmp_path / "pack", "pack: x\nrules: [\n")
    with pytest.raises(SendlintError) as raised:  # an InputError from the YAML reader
        load_pack_rules(path, discover_plugins())
    assert raised.value.location == f"{path}:3:1" and raised.value.message.startswith("invalid YAML")


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    write_pack(folder, BASE, "a.yaml")
    write_pack(folder, edit("name: test-rule", "name: other-rule"), "b.yaml")
    with pytest.raises(RulePackError) as raised:
        build_registry(discover_plugins(), [folder])
    assert raised.value.location == f"{folder / 'b.yaml'}:3"
    assert f"duplicate rule id TON901 (also defined at {folder / 'a.yaml'}:3)" in raised.value.message


def test_duplicate_of_a_builtin_rule_and_duplicate_name(tmp_path: Path, registry: Registry) -> None:
    builtin = registry.rules["TON101"]
    folder = write_pack(tmp_path / "one", edit("id: TON901", "id: TON101")).parent
    with pytest.raises(RulePackError) as raised:
        build_registry(discover_plugins(), [folder])
    assert raised.value.location == f"{folder / 'pack.yaml'}:3"
    assert builtin.origin in raised.value.message
    folder = write_pack(tmp_path / "two", edit("name: test-rule", f"name: {builtin.name}")).parent
    with pytest.raises(RulePackError) as raised:
        build_registry(discover_plugins(), [folder])
    assert f"duplicate rule name {builtin.name}" in raised.value.message


def test_registry_is_a_frozen_value(registry: Registry) -> None:
    with pytest.raises(TypeError):
        registry.rules["XXX"] = registry.rules["TON101"]  # a MappingProxyType
    assert registry.get("ton101") is registry.rules["TON101"]
    assert registry.get("threatening-language") is registry.rules["TON101"]
    assert registry.get("TON999") is None


def test_re2_is_linear_on_catastrophic_backtracking_patterns(tmp_path: Path) -> None:
    text = "a" * 50_000 + "b"
    started = time.perf_counter()
    assert compile_re2(r"(a+)+$", False).search(text) is None
    assert time.perf_counter() - started < 1.0
    folder = write_pack(tmp_path / "pack", edit('pattern: "x"', 'pattern: "(a+)+$"')).parent
    registry = build_registry(discover_plugins(), [folder])
    started = time.perf_counter()
    evaluation = evaluate(make_message(body=text, channel="email"), registry)
    assert "TON901" not in {f.rule for f in evaluation.findings}
    assert [f.rule for f in evaluate(make_message(body="aaaa", channel="email"), registry).findings if f.rule == "TON901"] == ["TON901"]
    assert time.perf_counter() - started < 10.0


def test_every_pattern_of_the_shipped_packs_compiles() -> None:
    # The built-in plugin says its packs are verified, so a registry compiles their patterns on first use; this is
    # the verification: every regular expression of every shipped rule, in every language, compiled now.
    registry = build_registry(discover_plugins(), compile_every_pattern=True)
    assert discover_plugins()[0].packs_verified and len(registry.rules) == len(build_registry(discover_plugins()).rules)


def test_a_verified_pack_compiles_its_patterns_on_first_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re2

    compiled: list[str] = []
    real_compile = re2.compile
    monkeypatch.setattr(re2, "compile", lambda pattern, *rest: compiled.append(pattern) or real_compile(pattern, *rest))
    compile_re2.cache_clear()
    lazy_re2.cache_clear()
    build_registry(discover_plugins())
    assert compiled == []  # ~390 patterns of the shipped packs, none needed yet
    evaluation = evaluate(make_message(body="¡Paga YA o tomaremos medidas legales!", locale="es-ES"), build_registry(discover_plugins()))
    assert "TON101" in {f.rule for f in evaluation.findings} and 0 < len(compiled) < 40

    folder = write_pack(tmp_path / "pack", edit('pattern: "x"', 'pattern: "(x"')).parent
    verified = Plugin(name="verified", packs=(folder,), packs_verified=True)
    assert len(load_pack_rules(folder, [verified], patterns_verified=True)) == 1  # the plugin vouched for it: not compiled
    with pytest.raises(RulePackError) as raised:  # the same pack from a user, or `sendlint validate`: located
        build_registry([verified], compile_every_pattern=True)
    assert raised.value.location == f"{folder / 'pack.yaml'}:18:7" and "invalid regular expression" in raised.value.message
    with pytest.raises(RuleError, match="invalid regular expression"):  # an engine error at first use, never silence
        evaluate(make_message(body="x", channel="email"), build_registry([verified]))


def test_a_lazy_pattern_finds_what_the_compiled_one_finds() -> None:
    text = "Tu pedido 12345 llega el lunes; tu pedido 678 el martes."
    lazy, eager = lazy_re2(r"pedido (\d+)", True), compile_re2(r"pedido (\d+)", True)
    assert [m.span(1) for m in lazy.finditer(text)] == [m.span(1) for m in eager.finditer(text)] == [(10, 15), (42, 45)]
    assert lazy.groups == 1 and lazy.search("PEDIDO 9").group(1) == "9" and lazy_re2(r"pedido (\d+)", True) is lazy


def test_validate_command_ok(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", BASE).parent
    code, out, err = run_cli("validate", folder, cwd=tmp_path)
    expected = len(build_registry(discover_plugins(), [folder]).rules)  # the built-in rules plus TON901
    assert (code, out) == (0, f"OK: {expected} rules valid.\n"), err


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (edit("id: TON901", "id: CLR901"), ":3:5: "),
        ("pack: x\nrules: [\n", ":3:1: "),
    ],
)
def test_validate_command_reports_the_location(tmp_path: Path, text: str, where: str) -> None:
    path = write_pack(tmp_path / "pack", text)
    code, out, err = run_cli("validate", path.parent, cwd=tmp_path)
    assert code == 2
    assert out == ""
    assert f"sendlint: error: {path}{where}" in err
    assert "Traceback" not in err


def test_validate_command_missing_pack_and_config(tmp_path: Path) -> None:
    code, _, err = run_cli("validate", tmp_path / "nope", cwd=tmp_path)
    assert code == 2 and "no such rule pack" in err and "Traceback" not in err
    config = tmp_path / "sendlint.yaml"
    config.write_text("select: [TON]\nselct: []\n", encoding="utf-8")
    code, _, err = run_cli("validate", "--config", config, cwd=tmp_path)
    assert code == 2 and f"{config}:2:1" in err and "Traceback" not in err


def test_a_bad_confusion_pattern_is_named_as_written() -> None:
    # The confusion patterns of a language compile as one set with cheap boundaries; an error still names the
    # pattern as its author wrote it.
    from pydantic import ValidationError

    from sendlint.families.language import ConfusablesParams

    good = {"pattern": r"\b(echo) de menos\b", "suggestion": "hecho"}
    with pytest.raises(ValidationError) as raised:
        ConfusablesParams.model_validate({"pairs": {"es": [good, {"pattern": r"\b(valla) (a\b", "suggestion": "vaya"}]}})
    assert r"(valla) (a" in str(raised.value)
    assert "0-9A-Z" not in str(raised.value)
    assert ConfusablesParams.model_validate({"pairs": {"es": [good]}}).pairs["es"][0].suggestion == "hecho"


def test_a_rule_defers_only_to_rules_that_exist_and_read_no_context(tmp_path: Path) -> None:
    # TON113 reads the findings of the rules it defers to from the same evaluation: a misspelt id would let it
    # speak where the rule it meant already did, and a contextual rule's findings are not remembered with its own.
    deferring = "check:\n      kind: python\n      function: learned_tone\n      params: {defer_to: [TON101, TON999]}"
    folder = write_pack(tmp_path / "typo", edit('check:\n      kind: pattern\n      pattern: "x"', deferring)).parent
    with pytest.raises(RulePackError) as raised:
        build_registry(discover_plugins(), [folder])
    assert raised.value.location == f"{folder / 'pack.yaml'}:3"
    assert "rule TON901 defers to TON999, which no pack defines" in raised.value.message
    contextual = deferring.replace("TON101, TON999", "TIM101")
    folder = write_pack(tmp_path / "contextual", edit('check:\n      kind: pattern\n      pattern: "x"', contextual)).parent
    with pytest.raises(RulePackError) as raised:
        build_registry(discover_plugins(), [folder])
    assert "rule TON901 defers to TIM101, which reads" in raised.value.message
    fine = deferring.replace("TON101, TON999", "TON101, TON112")
    folder = write_pack(tmp_path / "fine", edit('check:\n      kind: pattern\n      pattern: "x"', fine)).parent
    assert build_registry(discover_plugins(), [folder]).rules["TON901"].check.defers_to() == ("TON101", "TON112")


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ("{pattern: '\\\\b(tuvo) de\\\\b', suggestion: tubo, group: 2}", "1 group(s), not group 2"),
        ("{pattern: '\\\\b(los \\\\w+s) (está)\\\\b', suggestion: están, exclude: [sábados], exclude_group: 3, group: 2}", "2 group(s)"),
        ("{pattern: '\\\\bse (mudo)\\\\b', suggestion: mudó, ar_verb_group: 2}", "1 group(s), not ar_verb_group 2"),
        ("{pattern: '\\\\b(tuvo) de\\\\b', suggestion: tubo, group: 0}", "greater than or equal to 1"),
    ],
)
def test_confused_words_group_the_pattern_lacks_is_a_pack_error(tmp_path: Path, params: str, words: str) -> None:
    # A group the pattern does not have would only fail on the first message it matched (a traceback mid-run).
    text = edit(
        '      kind: pattern\n      pattern: "x"\n',
        f"      kind: python\n      function: confused_words\n      params:\n        pairs:\n          es:\n            - {params}\n",
        edit("id: TON901", "id: LNG901", edit("family: tone", "family: language")),
    )
    _, line, message = error_for(tmp_path, text)
    assert 16 <= line <= 22  # in the rule's check (its params)
    assert words in message
