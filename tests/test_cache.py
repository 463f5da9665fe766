"""The on-disk cache of ``sendlint check`` (sendlint.cache): a warm run says exactly what a cold one
says, reads what it stored, starts over when anything it depends on changes, and never fails a run."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_cli
from test_registry import BASE

from sendlint import Config, evaluate, message_from_mapping
from sendlint.cache import CachedMemo, ResultCache, content_digest, decode, encode
from sendlint.engine import active_jurisdictions, content_key
from sendlint.memo import BoundedMemo
from sendlint.registry import Registry

EXAMPLES = REPO / "examples"


def _rows(cache_dir: Path) -> dict[str, str]:
    files = sorted(cache_dir.glob("*.sqlite3"))
    assert len(files) == 1, files
    with sqlite3.connect(files[0]) as connection:
        return dict(connection.execute("SELECT key, value FROM findings"))


def _corpus(tmp_path: Path, bodies: list[str]) -> Path:
    path = tmp_path / "messages.jsonl"
    lines = [
        json.dumps({"id": f"m{i}", "channel": "sms", "locale": "es-ES" if i % 2 else "en-US", "category": "marketing", "body": body})
        for i, body in enumerate(bodies)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


BODIES = [
    "ÚLTIMO AVISO!!! Paga hoy o tomaremos acciones legales. https://bit.ly/x",
    "Hi {{first_name}}, your order 4471 ships today. Track it at https://shop.example.com/t/4471",
    "Hola, tu pedido llega mañana. Confirme su dirección en la app.",
    "FINAL NOTICE: pay now or we will contact your employer!!!",
    "Tienda Sol: 20% en todo hasta el domingo. Compra en https://tiendasol.es. Responde BAJA para no recibir más.",
] * 3  # repeats: one entry per distinct content


def _pack(name: str, pattern: str) -> str:
    """A one-rule pack (tests/test_registry.py's) whose rule has ``name`` and flags ``pattern``."""
    return BASE.replace("name: test-rule", f"name: {name}").replace('pattern: "x"', f'pattern: "{pattern}"')


@pytest.mark.parametrize("fmt", ["json", "text", "sarif", "github"])
def test_warm_run_says_exactly_what_a_cold_run_says(tmp_path: Path, fmt: str) -> None:
    cache = tmp_path / "cache"
    uncached = run_cli("check", EXAMPLES, "--format", fmt, "--no-cache")
    cold = run_cli("check", EXAMPLES, "--format", fmt, "--cache-dir", cache)
    stored = _rows(cache)
    warm = run_cli("check", EXAMPLES, "--format", fmt, "--cache-dir", cache)
    assert uncached[0] == cold[0] == warm[0] == 1
    assert uncached[1] == cold[1] == warm[1]
    assert warm[2] == cold[2] == uncached[2] == ""
    assert _rows(cache) == stored and stored  # the warm run found everything and wrote nothing new


def test_a_warm_run_reads_its_entries_from_the_file(tmp_path: Path) -> None:
    # Proof that the answers come from the cache: a message changed inside an entry shows in the report.
    cache = tmp_path / "cache"
    corpus = _corpus(tmp_path, BODIES)
    run_cli("check", corpus, "--format", "json", "--cache-dir", cache)
    (database,) = cache.glob("*.sqlite3")
    with sqlite3.connect(database) as connection:
        rows = list(connection.execute("SELECT key, value FROM findings"))
        assert len(rows) == 10  # distinct contents: five bodies, each in two locales
        for key, value in rows:
            findings, details = json.loads(value)
            for finding in findings:
                finding[4] = "from the cache"
            connection.execute("UPDATE findings SET value = ? WHERE key = ?", (json.dumps([findings, details]), key))
    code, out, err = run_cli("check", corpus, "--format", "json", "--cache-dir", cache)
    assert code == 1
    messages = json.loads(out)["messages"]
    content_only = [f for m in messages for f in m["findings"] if f["rule"] in ("TON101", "TON201", "CLR303", "TON301")]
    assert content_only and all(f["message"] == "from the cache" for f in content_only)
    assert err == ""


def test_configuration_rules_and_code_are_part_of_the_key(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    corpus = _corpus(tmp_path, BODIES)
    run_cli("check", corpus, "--cache-dir", cache)
    assert len(list(cache.glob("*.sqlite3"))) == 1
    config = tmp_path / "sendlint.yaml"
    config.write_text("severity: {TON101: info}\n", encoding="utf-8")
    _, out, _ = run_cli("check", corpus, "--format", "json", "--cache-dir", cache, "--config", config)
    assert len(list(cache.glob("*.sqlite3"))) == 2  # another fingerprint, another file
    severities = {f["severity"] for m in json.loads(out)["messages"] for f in m["findings"] if f["rule"] == "TON101"}
    assert severities == {"info"}
    # An extra rule pack edited between two runs changes the fingerprint as well.
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "extra.yaml").write_text(_pack("mentions-sol", "Sol"), encoding="utf-8")
    config.write_text("packs: [pack]\n", encoding="utf-8")
    code, out, err = run_cli("check", corpus, "--format", "json", "--cache-dir", cache, "--config", config)
    assert (code, err) == (1, "")
    assert any(f["rule"] == "TON901" for m in json.loads(out)["messages"] for f in m["findings"])
    (pack / "extra.yaml").write_text(_pack("mentions-tienda", "Tienda"), encoding="utf-8")
    _, out, _ = run_cli("check", corpus, "--format", "json", "--cache-dir", cache, "--config", config)
    names = {f["name"] for m in json.loads(out)["messages"] for f in m["findings"] if f["rule"] == "TON901"}
    assert names == {"mentions-tienda"}


def test_no_cache_reads_and_writes_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    run_cli("check", _corpus(tmp_path, BODIES), "--no-cache", "--cache-dir", cache)
    assert not cache.exists()


def test_a_damaged_cache_file_is_said_once_and_the_run_goes_on(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    corpus = _corpus(tmp_path, BODIES)
    expected = run_cli("check", corpus, "--format", "json", "--no-cache")
    run_cli("check", corpus, "--cache-dir", cache)
    (database,) = cache.glob("*.sqlite3")
    database.write_bytes(b"this is not a database" * 100)
    code, out, err = run_cli("check", corpus, "--format", "json", "--cache-dir", cache)
    assert (code, out) == expected[:2]
    assert err.count("sendlint: note: cache off for this run") == 1 and "Traceback" not in err


def test_an_unwritable_cache_folder_is_said_once_and_the_run_goes_on(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    corpus = _corpus(tmp_path, BODIES)
    expected = run_cli("check", corpus, "--format", "json", "--no-cache")
    code, out, err = run_cli("check", corpus, "--format", "json", "--cache-dir", blocker)
    assert (code, out) == expected[:2]
    assert err.count("sendlint: note: the cache was not saved") == 1 and "Traceback" not in err


def test_a_damaged_entry_is_computed_again_and_replaced(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    corpus = _corpus(tmp_path, BODIES)
    expected = run_cli("check", corpus, "--format", "json", "--cache-dir", cache)
    (database,) = cache.glob("*.sqlite3")
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE findings SET value = '[[[\"TON101\"]], {}]'")
    assert run_cli("check", corpus, "--format", "json", "--cache-dir", cache)[:2] == expected[:2]
    assert all(decode(value) for value in _rows(cache).values())


def test_workers_hand_their_entries_to_the_parent(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    bodies = [f"Tienda Sol: tu pedido {n} llega el martes. Síguelo en https://tiendasol.es/p/{n}" for n in range(120)]
    corpus = _corpus(tmp_path, bodies)
    one = run_cli("check", corpus, "--format", "json", "-j", "1", "--no-cache")
    two = run_cli("check", corpus, "--format", "json", "-j", "2", "--cache-dir", cache)
    assert one[:2] == two[:2]
    assert len(_rows(cache)) == 120


def test_entries_round_trip_exactly(registry: Registry) -> None:
    config = Config()
    memo = registry.resources.findings_memo(Config(), 100)
    checked = 0
    for line in (REPO / "corpora" / "eval" / "es.jsonl").read_text(encoding="utf-8").splitlines()[:150]:
        row = json.loads(line)
        message = message_from_mapping({k: v for k, v in row.items() if k not in ("labels", "note")})
        evaluate(message, registry, config, memo=memo)
        value = memo.get(content_key(message, active_jurisdictions(message, config)))
        assert value is not None
        assert decode(encode(value)) == value
        checked += bool(value[0])
    assert checked > 30  # messages with findings, fixes and details among them


def test_digests_are_the_same_in_every_process() -> None:
    message = message_from_mapping({"body": "Hola {{nombre}}", "placeholders": {"nombre": {"max_length": 12}}, "locale": "es-CO"})
    key = content_key(message, frozenset({"CO", "LATAM", "ES-ANY"}))
    script = (
        "from sendlint import message_from_mapping\n"
        "from sendlint.cache import content_digest\n"
        "from sendlint.engine import content_key\n"
        "m = message_from_mapping({'body': 'Hola {{nombre}}', 'placeholders': {'nombre': {'max_length': 12}}, 'locale': 'es-CO'})\n"
        "print(content_digest(content_key(m, frozenset({'CO', 'LATAM', 'ES-ANY'}))))\n"
    )
    for seed in ("1", "2", "3"):
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env={"PYTHONHASHSEED": seed})
        assert out.stdout.strip() == content_digest(key)


def test_the_memo_answers_from_the_file_and_remembers_what_it_computed(tmp_path: Path, registry: Registry) -> None:
    config = Config()
    message = message_from_mapping({"body": "ÚLTIMO AVISO!!! Paga hoy.", "locale": "es-ES"})
    cache = ResultCache(tmp_path, "f" * 32)
    memo = CachedMemo(cache, BoundedMemo(10))
    first = evaluate(message, registry, config, memo=memo)
    computed = memo.take_computed()
    assert len(computed) == 1 and memo.take_computed() == []
    cache.add(computed)
    cache.save()
    again = CachedMemo(ResultCache(tmp_path, "f" * 32), BoundedMemo(10))
    second = evaluate(message, registry, config, memo=again)
    assert again.hits == 1 and again.take_computed() == []
    assert second.findings == first.findings and dict(second.details) == dict(first.details)
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_a_plugin_module_is_part_of_the_fingerprint_and_not_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import os

    from sendlint.cache import _code_roots, fingerprint
    from sendlint.plugins import Plugin, discover_plugins

    module = tmp_path / "one_module_plugin.py"
    module.write_text("def check(ctx, rule, params):\n    return ()\n", encoding="utf-8")
    (tmp_path / "unrelated.txt").write_text("not code", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    loaded = importlib.import_module("one_module_plugin")
    plugins = (*discover_plugins(), Plugin(name="one", checks={"one_check": loaded.check}))
    assert module.resolve() in _code_roots(plugins)
    before = fingerprint(plugins, [], Config())
    (tmp_path / "unrelated.txt").write_text("other text", encoding="utf-8")
    assert fingerprint(plugins, [], Config()) == before  # the folder around the module does not count
    stat = module.stat()
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert fingerprint(plugins, [], Config()) != before  # the module does


def test_entries_nobody_used_for_a_month_are_deleted(tmp_path: Path) -> None:
    from sendlint.cache import STALE_AFTER_DAYS

    cache = ResultCache(tmp_path, "e" * 32)
    cache.add([("old", "[[], {}]"), ("kept", "[[], {}]")])
    cache.save(today=1000)
    later = ResultCache(tmp_path, "e" * 32)
    later.save(["kept"], today=1000 + STALE_AFTER_DAYS)  # a run that asked about "kept" only
    assert set(_rows(tmp_path)) == {"old", "kept"}  # "old" is not stale yet
    last = ResultCache(tmp_path, "e" * 32)
    last.save([], today=1001 + STALE_AFTER_DAYS)
    assert set(_rows(tmp_path)) == {"kept"}
    with sqlite3.connect(tmp_path / f"{'e' * 32}.sqlite3") as connection:
        assert dict(connection.execute("SELECT key, used_on FROM findings")) == {"kept": 1000 + STALE_AFTER_DAYS}
