"""Template files into messages, with the exact line and column of every character of every field.

Formats:

- catalog (``*.yaml``, ``*.yml``, ``*.json``): one message, a list of messages, or
  ``{defaults: {...}, messages: [...]}``;
- JSON Lines (``*.jsonl``): one message per line (batch exports, large runs);
- text or Markdown with YAML front matter (``*.txt``, ``*.md``): the front matter holds the fields,
  the rest of the file is the body. Files without front matter are not templates and are skipped.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from fnmatch import fnmatch
from itertools import islice
from pathlib import Path
from typing import Any

from .config import Config
from .errors import FieldError, InputError
from .lazy import lazy_re
from .model import Message, message_from_mapping
from .yamlpos import LineIndex, YamlDocument

Locator = Callable[[str, int], tuple[int, int]]
FRONT_MATTER_RE = lazy_re(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# Configuration files that sit beside templates (and that pre-commit may pass by name).
NOT_TEMPLATES = frozenset({"sendlint.yaml", "sendlint.yml", ".sendlint.yaml", ".pre-commit-config.yaml", ".pre-commit-hooks.yaml"})
DEFAULT_KEYS = frozenset({"channel", "locale", "category", "stage", "brand", "campaign", "placeholders", "meta", "send_at", "to"})


@dataclass(frozen=True, slots=True)
class LoadedMessage:
    message: Message
    source: str
    line: int
    locate: Locator  # (field, offset) -> (line, column) in the source file


@dataclass(frozen=True, slots=True)
class LoadResult:
    messages: tuple[LoadedMessage, ...]
    errors: tuple[InputError, ...]


def _field_path(field: str) -> tuple[str | int, ...]:
    if field.startswith("buttons["):
        return ("buttons", int(field[8:-1]))
    return (field,)


def path_defaults(path: str, config: Config) -> dict[str, Any]:
    """Message defaults from the configuration: ``defaults`` then each matching ``per_path`` glob."""
    merged = {k: v for k, v in config.defaults.model_dump().items() if v is not None}
    for pattern, defaults in config.per_path.items():
        if fnmatch(path, pattern) or fnmatch(Path(path).name, pattern):
            merged.update({k: v for k, v in defaults.model_dump().items() if v is not None})
    return merged


def read_text(path: Path, config: Config) -> str:
    try:
        size = path.stat().st_size
        if size > config.max_file_bytes:
            raise InputError(f"file is {size} bytes, over the limit of {config.max_file_bytes} (max_file_bytes)", str(path))
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read file: {error.strerror or error}", str(path)) from None
    if b"\0" in data[:8192]:
        raise InputError("binary file (contains NUL bytes); expected UTF-8 text", str(path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(f"not valid UTF-8 (byte 0x{data[error.start]:02x})", f"{path}:{line}") from None
    return text.removeprefix("\ufeff")


def _yaml_locator(document: YamlDocument, base: tuple[str | int, ...], message: Message) -> Locator:
    cache: dict[str, Any] = {}

    def locate(field: str, offset: int) -> tuple[int, int]:
        if field not in cache:
            path = (*base, *_field_path(field))
            positions = document.scalar_positions(path)
            if positions is None and field.startswith("buttons["):
                positions = document.scalar_positions((*path, "text"))
            cache[field] = positions if positions is not None else document.position(base)
        found = cache[field]
        if isinstance(found, tuple):
            return found
        return found.position(offset)

    return locate


def _strip_block_newline(data: Mapping[str, Any]) -> dict[str, Any]:
    # A `body: |` block keeps a final newline that nobody means to send.
    return {k: (v.rstrip("\n") if isinstance(v, str) and k != "meta" else v) for k, v in data.items()}


def load_catalog(path: Path, text: str, config: Config) -> LoadResult:
    document = YamlDocument(text, str(path))
    data = document.data
    defaults = path_defaults(str(path), config)
    items: list[tuple[tuple[str | int, ...], Any]]
    if isinstance(data, Mapping) and "messages" in data:
        for key in data:
            if key not in ("defaults", "messages"):
                raise InputError(f"unknown top-level key {key!r}; a catalog has 'defaults' and 'messages'", document.location((str(key),), key=True))
        file_defaults = data.get("defaults") or {}
        if not isinstance(file_defaults, Mapping):
            raise InputError("defaults must be a mapping", document.location(("defaults",)))
        for key in file_defaults:
            if key not in DEFAULT_KEYS:
                raise InputError(f"unknown default {key!r}; expected one of {', '.join(sorted(DEFAULT_KEYS))}", document.location(("defaults", str(key)), key=True))
        defaults.update(file_defaults)
        if not isinstance(data["messages"], list):
            raise InputError("messages must be a list", document.location(("messages",)))
        items = [(("messages", i), item) for i, item in enumerate(data["messages"])]
    elif isinstance(data, list):
        items = [((i,), item) for i, item in enumerate(data)]
    elif isinstance(data, Mapping):
        items = [((), data)]
    elif data is None:
        return LoadResult((), ())
    else:
        raise InputError("expected a message, a list of messages or {defaults, messages}", f"{path}:1")
    loaded: list[LoadedMessage] = []
    errors: list[InputError] = []
    for index, (base, item) in enumerate(items):
        try:
            if not isinstance(item, Mapping):
                raise FieldError((), "a message must be a mapping of fields")
            message = message_from_mapping(_strip_block_newline(item), defaults)
        except FieldError as error:
            key = "unknown" in error.message
            errors.append(InputError(str(error) if error.path else error.message, document.location((*base, *error.path), key=key)))
            continue
        if not message.id:
            message = _with_id(message, f"{path.stem}#{index + 1}")
        line, _ = document.position(base)
        loaded.append(LoadedMessage(message, str(path), line, _yaml_locator(document, base, message)))
    return LoadResult(tuple(loaded), tuple(errors))


def _with_id(message: Message, identifier: str) -> Message:
    from dataclasses import replace

    return replace(message, id=identifier)


_JSON_KEY_RE_CACHE: dict[str, re.Pattern[str]] = {}


def _json_string_columns(line: str, key: str, occurrence: int = 0) -> list[int] | None:
    """Column (0-based) in ``line`` of each decoded character of the string value of ``key``
    (its ``occurrence``-th appearance: buttons are a list of objects that each have a ``text``)."""
    pattern = _JSON_KEY_RE_CACHE.get(key)
    if pattern is None:
        pattern = _JSON_KEY_RE_CACHE[key] = re.compile(r'"' + re.escape(key) + r'"\s*:\s*"')
    match = next(islice(pattern.finditer(line), occurrence, None), None)
    if match is None:
        return None
    position = match.end()
    closing = line.find('"', position)
    if closing >= 0 and "\\" not in line[position:closing]:
        return list(range(position, closing))  # no escapes: one column per character
    columns: list[int] = []
    while position < len(line) and line[position] != '"':
        if line[position] == "\\":
            escape = line[position + 1 : position + 2]
            if escape == "u":
                code = int(line[position + 2 : position + 6] or "0", 16)
                columns.append(position)
                if 0xD800 <= code < 0xDC00 and line[position + 6 : position + 8] == "\\u":
                    position += 12  # a surrogate pair decodes to one character
                else:
                    position += 6
                continue
            columns.append(position)
            position += 2
            continue
        columns.append(position)
        position += 1
    return columns


def load_jsonl(path: Path, text: str, config: Config) -> LoadResult:
    defaults = path_defaults(str(path), config)
    loaded: list[LoadedMessage] = []
    errors: list[InputError] = []
    # Only "\n" ends a record: str.splitlines() would also split at U+2028, U+0085 and other
    # characters that JSON allows unescaped inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(InputError(f"invalid JSON: {error.msg}", f"{path}:{number}:{error.colno}"))
            continue
        try:
            message = message_from_mapping(data, defaults)
        except FieldError as error:
            errors.append(InputError(str(error), f"{path}:{number}"))
            continue
        if not message.id:
            message = _with_id(message, f"{path.stem}:{number}")
        loaded.append(LoadedMessage(message, str(path), number, _jsonl_locator(line, number)))
    return LoadResult(tuple(loaded), tuple(errors))


def _jsonl_locator(line: str, number: int) -> Locator:
    found: dict[str, list[int] | None] = {}  # a message's findings mostly share one field

    def locate(field: str, offset: int) -> tuple[int, int]:
        if field not in found:
            if field.startswith("buttons["):
                found[field] = _json_string_columns(line, "text", int(field[8:-1]))
            else:
                found[field] = _json_string_columns(line, field)
        columns = found[field]
        if not columns:
            return number, 1
        return number, columns[min(max(offset, 0), len(columns) - 1)] + 1

    return locate


def load_front_matter(path: Path, text: str, config: Config) -> LoadResult:
    match = FRONT_MATTER_RE.match(text)
    if match is None:
        return LoadResult((), ())  # not a template: READMEs and notes live beside templates
    front = match.group(1) or ""
    document = YamlDocument(front, str(path), line_offset=1)
    data = document.data or {}
    if not isinstance(data, Mapping):
        raise InputError("front matter must be a mapping of message fields", f"{path}:2")
    if "body" in data:
        raise InputError("the body is the text after the front matter, not a front-matter key", document.location(("body",), key=True))
    body_start = match.end()
    raw_body = text[body_start:]
    leading = len(raw_body) - len(raw_body.lstrip("\r\n"))
    # A file saved with CRLF line endings sends "\n" like any other; `crlf` holds the body offset of
    # each "\n" that was "\r\n" in the file, to map body offsets back to file offsets.
    file_body = raw_body[leading:].rstrip()
    body = file_body.replace("\r\n", "\n")
    crlf = [index - count for count, index in enumerate(m.start() for m in re.finditer("\r\n", file_body))]
    try:
        message = message_from_mapping({**data, "body": body}, path_defaults(str(path), config))
    except FieldError as error:
        return LoadResult((), (InputError(error.message, document.location(error.path, key="unknown" in error.message)),))
    if not message.id:
        message = _with_id(message, path.stem)
    lines = LineIndex(text)

    def locate(field: str, offset: int) -> tuple[int, int]:
        if field == "body":
            offset = max(0, min(offset, len(body)))
            return lines.position(body_start + leading + offset + bisect_left(crlf, offset))
        positions = document.scalar_positions(_field_path(field))
        return positions.position(offset) if positions else (1, 1)

    body_line, _ = lines.position(body_start + leading)
    return LoadResult((LoadedMessage(message, str(path), body_line, locate),), ())


LOADERS: dict[str, Callable[[Path, str, Config], LoadResult]] = {
    ".yaml": load_catalog,
    ".yml": load_catalog,
    ".json": load_catalog,
    ".jsonl": load_jsonl,
    ".md": load_front_matter,
    ".txt": load_front_matter,
}


def load_file(path: Path, config: Config) -> LoadResult:
    """Every message in ``path``; an unreadable or malformed file raises :class:`InputError`."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise InputError(f"unsupported file type {path.suffix!r}; expected {', '.join(sorted(LOADERS))}", str(path))
    text = read_text(path, config)
    if path.suffix.lower() == ".json":
        try:
            json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(f"invalid JSON: {error.msg}", f"{path}:{error.lineno}:{error.colno}") from None
    return loader(path, text, config)


def iter_files(paths: list[Path], config: Config) -> Iterator[Path]:
    """Files named directly, plus those under folders that match ``include`` and not ``exclude``."""
    for path in paths:
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                if not candidate.is_file() or any(part.startswith(".") for part in candidate.relative_to(path).parts):
                    continue
                relative = str(candidate.relative_to(path))
                if candidate.name in NOT_TEMPLATES:
                    continue
                if not any(fnmatch(candidate.name, pattern) or fnmatch(relative, pattern) for pattern in config.include):
                    continue
                if any(fnmatch(relative, pattern) or fnmatch(str(candidate), pattern) for pattern in config.exclude):
                    continue
                yield candidate
        elif path.name not in NOT_TEMPLATES:
            yield path
