"""Loaders: every finding points at the exact line and column of the character in the file, in every
scalar style and file format; bad messages become located errors and the rest are still checked.

The probe rules are TON202 (repeated "!!!") and TON101 ("acciones legales"), selected alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from sendlint.config import Config, parse_config
from sendlint.engine import evaluate
from sendlint.errors import InputError
from sendlint.loaders import LoadResult, load_file
from sendlint.registry import Registry

Positions = dict[str, list[tuple[str, int, int]]]


def load(path: Path, config: Config | None = None) -> LoadResult:
    return load_file(path, config or Config())


def probe(path: Path, registry: Registry, rule: str = "TON202", config: Config | None = None) -> Positions:
    """``{message id: [(field, line, column), ...]}`` of the findings of ``rule``."""
    config = (config or Config()).model_copy(update={"select": (rule,)})
    found: Positions = {}
    for loaded in load(path, config).messages:
        evaluation = evaluate(loaded.message, registry, config)
        found[loaded.message.id] = [(f.field, *loaded.locate(f.field, f.start)) for f in evaluation.findings]
    return found


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def column_of(text: str, line: int, needle: str) -> int:
    """1-based column of ``needle`` on 1-based ``line`` (to document, next to the literal, what it is)."""
    return text.split("\n")[line - 1].index(needle) + 1


YAML_STYLES = """\
messages:
  - id: plain
    body: Hola, si no paga iniciaremos acciones legales!!!
  - id: double
    body: "L\\u00ednea\\nuno \\"x\\" acciones legales!!!"
  - id: single
    body: 'It''s done, acciones legales!!!'
  - id: literal
    body: |
      Primera línea
        sangría acciones legales!!!
  - id: folded
    body: >
      Primera
      segunda acciones legales!!!
  - id: plain-multiline
    body: Hola que tal
      segunda acciones legales!!!
"""


@pytest.mark.parametrize(
    ("message_id", "line", "bang_column", "threat_column"),
    [
        ("plain", 3, 56, 40),
        ("double", 5, 50, 34),
        ("single", 7, 40, 24),
        ("literal", 11, 33, 17),
        ("folded", 15, 31, 15),
        ("plain-multiline", 18, 31, 15),
    ],
)
def test_yaml_scalar_styles(
    tmp_path: Path, registry: Registry, message_id: str, line: int, bang_column: int, threat_column: int
) -> None:
    path = write(tmp_path, "styles.yaml", YAML_STYLES)
    assert bang_column == column_of(YAML_STYLES, line, "!!!")
    assert threat_column == column_of(YAML_STYLES, line, "acciones")
    assert probe(path, registry, "TON202")[message_id] == [("body", line, bang_column)]
    assert probe(path, registry, "TON101")[message_id] == [("body", line, threat_column)]


def test_yaml_escapes_decode_before_matching(tmp_path: Path) -> None:
    bodies = {m.message.id: m.message.body for m in load(write(tmp_path, "s.yaml", YAML_STYLES)).messages}
    assert bodies["double"] == 'Línea\nuno "x" acciones legales!!!'
    assert bodies["single"] == "It's done, acciones legales!!!"
    assert bodies["literal"] == "Primera línea\n  sangría acciones legales!!!"  # final newline dropped
    assert bodies["folded"] == "Primera segunda acciones legales!!!"


def test_every_character_of_a_double_quoted_scalar_is_located(tmp_path: Path) -> None:
    text = 'body: "a\\tb\\u00e1\\x41\\U0001F600\\\\z"\n'
    loaded = load(write(tmp_path, "one.yaml", text)).messages[0]
    assert loaded.message.body == "a\tbáA😀\\z"
    columns = [loaded.locate("body", i)[1] for i in range(len(loaded.message.body))]
    assert columns == [8, 9, 11, 12, 18, 22, 32, 34]


def test_json_catalog(tmp_path: Path, registry: Registry) -> None:
    text = (
        "{\n"
        '  "defaults": {"channel": "whatsapp", "locale": "es-MX"},\n'
        '  "messages": [\n'
        '    {"id": "a", "body": "Hola \\u00e1 \\"x\\" acciones legales!!!"},\n'
        '    {"id": "b", "header": "Aviso!!", "body": "ok"}\n'
        "  ]\n"
        "}\n"
    )
    path = write(tmp_path, "templates.json", text)
    assert probe(path, registry, "TON202") == {"a": [("body", 4, 60)], "b": [("header", 5, 33)]}
    assert probe(path, registry, "TON101")["a"] == [("body", 4, 44)]


def test_json_catalog_with_surrogate_pair_escapes(tmp_path: Path, registry: Registry) -> None:
    # json.dumps escapes an emoji as a UTF-16 surrogate pair by default; that is valid JSON.
    data = {"messages": [{"id": "emoji", "body": "Hola 😀 acciones legales!!!"}]}
    text = json.dumps(data)
    assert "\\ud83d\\ude00" in text
    path = write(tmp_path, "emoji.json", text)
    loaded = load(path).messages
    assert loaded[0].message.body == "Hola 😀 acciones legales!!!"
    assert probe(path, registry, "TON202") == {"emoji": [("body", 1, text.index("!!!") + 1)]}
    assert probe(path, registry, "TON101") == {"emoji": [("body", 1, text.index("acciones") + 1)]}


def test_jsonl_with_escapes_and_surrogate_pair(tmp_path: Path, registry: Registry) -> None:
    lines = [
        '{"id": "ok", "body": "Hola"}',
        '{"id": "esc", "body": "a\\n\\u00e1 \\ud83d\\ude00 \\"q\\" 😀 acciones legales!!!"}',
    ]
    text = "\n".join(lines) + "\n"
    path = write(tmp_path, "batch.jsonl", text)
    messages = {m.message.id: m for m in load(path).messages}
    assert messages["esc"].message.body == 'a\ná 😀 "q" 😀 acciones legales!!!'
    assert messages["esc"].line == 2
    assert probe(path, registry, "TON202") == {"ok": [], "esc": [("body", 2, 71)]}
    assert probe(path, registry, "TON101") == {"ok": [], "esc": [("body", 2, 55)]}
    assert lines[1].index("!!!") + 1 == 71 and lines[1].index("acciones") + 1 == 55


def test_jsonl_each_button_is_located_at_its_own_text(tmp_path: Path) -> None:
    line = '{"id": "a", "channel": "whatsapp", "body": "hola", "buttons": [{"text": "Ver"}, {"text": "Pagar!!"}]}'
    (loaded,) = load(write(tmp_path, "b.jsonl", line + "\n")).messages
    assert loaded.locate("buttons[0]", 0) == (1, line.index("Ver") + 1)
    assert loaded.locate("buttons[1]", 5) == (1, line.index("!!") + 1) == (1, 96)
    assert loaded.locate("body", 2) == (1, line.index("hola") + 3) == (1, 47)


def test_jsonl_line_separator_inside_a_string_is_not_a_line_break(tmp_path: Path, registry: Registry) -> None:
    # JSON allows U+2028 and U+0085 unescaped inside strings; only "\n" ends a JSON Lines record.
    text = '{"id": "a", "body": "uno\u2028dos\x85tres!!!"}\r\n{"id": "b", "body": "cuatro!!"}\n'
    path = write(tmp_path, "sep.jsonl", text)
    result = load(path)
    assert result.errors == ()
    assert [m.message.id for m in result.messages] == ["a", "b"]
    assert result.messages[0].message.body == "uno\u2028dos\x85tres!!!"
    assert probe(path, registry) == {"a": [("body", 1, 34)], "b": [("body", 2, 28)]}


def test_jsonl_bad_lines_are_located_and_the_rest_checked(tmp_path: Path, registry: Registry) -> None:
    text = '{"id": "a", "body": "uno!!"}\n{"id": "b", "body": \n{"id": "c", "colour": "red", "body": "x"}\n{"id": "d", "body": "dos!!"}\n'
    path = write(tmp_path, "mixed.jsonl", text)
    result = load(path)
    assert [str(e.location) for e in result.errors] == [f"{path}:2:21", f"{path}:3"]
    assert "colour" in result.errors[1].message
    assert probe(path, registry) == {"a": [("body", 1, 25)], "d": [("body", 4, 25)]}


def test_markdown_front_matter_body_and_subject(tmp_path: Path, registry: Registry) -> None:
    text = '---\nid: fm\nchannel: email\nsubject: "Hola!!! acciones legales"\n---\n\nCuerpo uno.\nDos acciones legales!!!\n'
    path = write(tmp_path, "mail.md", text)
    loaded = load(path).messages[0]
    assert loaded.message.body == "Cuerpo uno.\nDos acciones legales!!!"
    assert loaded.message.subject == "Hola!!! acciones legales"
    assert loaded.line == 7
    assert probe(path, registry, "TON202") == {"fm": [("body", 8, 21), ("subject", 4, 15)]}
    assert probe(path, registry, "TON101") == {"fm": [("body", 8, 5), ("subject", 4, 19)]}


def test_markdown_with_crlf_line_endings(tmp_path: Path, registry: Registry) -> None:
    text = '---\r\nid: fm\r\nchannel: email\r\nsubject: "Hola!!!"\r\n---\r\n\r\nCuerpo uno.\r\nDos acciones legales!!!\r\n'
    path = write(tmp_path, "crlf.md", text)
    loaded = load(path).messages[0]
    assert loaded.message.body == "Cuerpo uno.\nDos acciones legales!!!"  # no carriage returns sent
    assert probe(path, registry, "TON202") == {"fm": [("body", 8, 21), ("subject", 4, 15)]}


def test_text_file_without_front_matter_is_not_a_template(tmp_path: Path) -> None:
    assert load(write(tmp_path, "README.md", "# Notes\n\nacciones legales!!!\n")).messages == ()


def test_front_matter_body_key_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "x.md", "---\nid: x\nbody: hola\n---\nHola\n")
    with pytest.raises(InputError) as raised:
        load(path)
    assert raised.value.location == f"{path}:3:1"


def test_front_matter_unknown_field_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, "x.md", "---\nid: x\ncolour: red\n---\nHola\n")
    result = load(path)
    assert result.messages == ()
    assert [e.location for e in result.errors] == [f"{path}:3:1"]


def test_defaults_and_per_file_defaults(tmp_path: Path) -> None:
    text = (
        "defaults:\n  channel: whatsapp\n  category: marketing\n"
        "messages:\n  - {id: a, body: Hola}\n  - {id: b, body: Hi, locale: en-US, channel: sms}\n"
    )
    path = write(tmp_path, "promo-en.yaml", text)
    config = parse_config({"defaults": {"locale": "es-CO", "brand": "Andino"}, "per_path": {"*-en.yaml": {"category": "alert"}}})
    a, b = load(path, config).messages
    # configuration defaults < per_path < the file's defaults < the message itself
    assert (a.message.channel.value, a.message.category.value, a.message.locale, a.message.brand) == ("whatsapp", "marketing", "es-CO", "Andino")
    assert (b.message.channel.value, b.message.category.value, b.message.locale) == ("sms", "marketing", "en-US")
    plain = write(tmp_path, "plain-en.yaml", "- {id: c, body: Hola}\n")
    (c,) = load(plain, config).messages
    assert (c.message.category.value, c.message.locale) == ("alert", "es-CO")


def test_ids_default_to_file_and_position(tmp_path: Path) -> None:
    path = write(tmp_path, "promo.yaml", "- body: uno\n- body: dos\n")
    assert [m.message.id for m in load(path).messages] == ["promo#1", "promo#2"]
    assert [m.line for m in load(path).messages] == [1, 2]


def test_unknown_message_key_is_located_and_other_messages_still_checked(tmp_path: Path, registry: Registry) -> None:
    text = (
        "- id: one\n  body: \"uno!!\"\n"
        "- id: two\n  body: x\n  colour: red\n"
        "- id: three\n  body: \"tres!!\"\n  channel: fax\n"
        "- id: four\n  body: \"cuatro!!\"\n"
    )
    path = write(tmp_path, "cat.yaml", text)
    result = load(path)
    assert [e.location for e in result.errors] == [f"{path}:5:3", f"{path}:8:3"]
    assert "colour" in result.errors[0].message and "fax" in result.errors[1].message
    assert probe(path, registry) == {"one": [("body", 2, 13)], "four": [("body", 10, 16)]}


def test_unknown_top_level_catalog_key_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, "cat.yaml", "defaults: {channel: sms}\nmesages: []\nmessages: []\n")
    with pytest.raises(InputError) as raised:
        load(path)
    assert raised.value.location == f"{path}:2:1"
    assert "mesages" in raised.value.message


def test_unknown_default_key_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, "cat.yaml", "defaults:\n  channel: sms\n  body: x\nmessages: []\n")
    with pytest.raises(InputError) as raised:
        load(path)
    assert raised.value.location == f"{path}:3:3"


@pytest.mark.parametrize(
    ("name", "content", "location_suffix", "words"),
    [
        ("bad.yaml", b"- id: a\n  body: [unclosed\n", ":3:1", "invalid YAML"),
        ("dup.yaml", b"id: a\nbody: x\nbody: y\n", ":3:1", "duplicate key"),
        ("bad.json", b'{"messages": [\n  {"id": "a",}\n]}\n', ":2:14", "invalid JSON"),
        ("latin1.yaml", "body: años\n".encode("latin-1"), ":1", "not valid UTF-8"),
        ("nul.yaml", b"body: a\x00b\n", "", "binary file"),
        ("notes.csv", b"a,b\n", "", "unsupported file type"),
        ("scalar.yaml", b"just text\n", ":1", "expected a message"),
    ],
)
def test_unreadable_files_raise_located_input_errors(
    tmp_path: Path, name: str, content: bytes, location_suffix: str, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as raised:
        load(path)
    assert raised.value.location == f"{path}{location_suffix}"
    assert words in raised.value.message


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.yaml", "body: " + "x" * 200 + "\n")
    with pytest.raises(InputError) as raised:
        load(path, parse_config({"max_file_bytes": 100}))
    assert "max_file_bytes" in raised.value.message and raised.value.location == str(path)


def test_cli_reports_the_same_positions(tmp_path: Path) -> None:
    path = write(tmp_path, "styles.yaml", YAML_STYLES)
    code, out, err = run_cli("check", path, "--select", "TON202", "--format", "json", cwd=tmp_path)
    assert code == 0, err  # warnings only; the default fail_on is error
    report = json.loads(out)
    got = {m["id"]: [(f["line"], f["column"]) for f in m["findings"]] for m in report["messages"]}
    assert got == {
        "plain": [(3, 56)], "double": [(5, 50)], "single": [(7, 40)],
        "literal": [(11, 33)], "folded": [(15, 31)], "plain-multiline": [(18, 31)],
    }
