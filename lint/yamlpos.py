"""YAML (and JSON) with source positions: the line and column of any value, and of any character
inside a string value, including block scalars (``|``, ``>``), quoted scalars and escapes."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

import yaml

from .errors import InputError

try:  # libyaml is ~10x faster; the pure-Python loader gives the same nodes and marks.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

KeyPath = tuple[str | int, ...]
_ESCAPE_LENGTHS = {"x": 4, "u": 6, "U": 10}
_SIMPLE_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
    "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}


class LineIndex:
    """Converts offsets in a text to 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0]
        index = text.find("\n")
        while index != -1:
            self.line_starts.append(index + 1)
            index = text.find("\n", index + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """0-based line and column (as in YAML marks) to an offset."""
        return self.line_starts[min(line, len(self.line_starts) - 1)] + column


def _problem_location(path: str, error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is None:
        return path
    return f"{path}:{mark.line + 1}:{mark.column + 1}"


def _describe(error: yaml.YAMLError) -> str:
    problem = getattr(error, "problem", None)
    context = getattr(error, "context", None)
    text = " ".join(part for part in (context, problem) if part)
    return f"invalid YAML: {text}" if text else "invalid YAML"


def _compose_and_construct(text: str, loader_class: Any) -> tuple[yaml.Node | None, Any]:
    """The node tree and the data built from it: one parse (yaml.compose then yaml.load would parse twice)."""
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        return root, loader.construct_document(root) if root is not None else None
    finally:
        loader.dispose()


def _parse(text: str) -> tuple[yaml.Node | None, Any]:
    try:
        return _compose_and_construct(text, _Loader)
    except yaml.YAMLError as error:
        # libyaml rejects "\ud83d\ude00", the UTF-16 surrogate-pair escape JSON uses for characters
        # beyond the BMP (json.dumps writes every emoji that way). The pure-Python loader reads each
        # half as a lone surrogate; the pairs are then joined (and ScalarPositions counts them as one).
        if getattr(error, "problem", None) != "found invalid Unicode character escape code":
            raise
    root, data = _compose_and_construct(text, yaml.SafeLoader)
    return root, _join_surrogates(data)


def _join_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    if isinstance(value, dict):
        return {_join_surrogates(k): _join_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_join_surrogates(v) for v in value]
    return value


def _is_pair(value: str, index: int) -> bool:
    """Whether ``value[index]`` is the low half of a surrogate pair (joined into one character)."""
    return index > 0 and "\udc00" <= value[index] <= "\udfff" and "\ud800" <= value[index - 1] <= "\udbff"


class YamlDocument:
    """One YAML document: its data plus the node tree that says where each value came from."""

    def __init__(self, text: str, path: str, *, line_offset: int = 0) -> None:
        self.path = path
        self.text = text
        self.line_offset = line_offset  # lines before this text in its file (front matter)
        self.lines = LineIndex(text)
        try:
            self.root, self.data = _parse(text)
        except yaml.YAMLError as error:
            location = _problem_location(path, error)
            if line_offset and ":" in location[len(path):]:
                _, line, column = location.rsplit(":", 2)
                location = f"{path}:{int(line) + line_offset}:{column}"
            raise InputError(_describe(error), location) from None
        except (ValueError, OverflowError) as error:  # e.g. a date that does not exist
            raise InputError(f"invalid YAML value: {error}", path) from None
        if self.root is not None:
            self._check_duplicate_keys(self.root)

    def _check_duplicate_keys(self, node: yaml.Node) -> None:
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        raise InputError(f"duplicate key {key.value!r}", self.location_of_mark(key.start_mark))
                    seen.add(key.value)
                self._check_duplicate_keys(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                self._check_duplicate_keys(item)

    def location_of_mark(self, mark: Any) -> str:
        return f"{self.path}:{mark.line + 1 + self.line_offset}:{mark.column + 1}"

    def node_at(self, path: KeyPath) -> tuple[yaml.Node | None, bool]:
        """The node at ``path`` (or its nearest existing ancestor) and whether it was found exactly.

        For a missing key the mapping's key node is preferred, so "unknown key" errors point at the key.
        """
        node = self.root
        for step in path:
            if isinstance(node, yaml.MappingNode) and isinstance(step, str):
                match = next((pair for pair in node.value if getattr(pair[0], "value", None) == step), None)
                if match is None:
                    return node, False
                node = match[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
                node = node.value[step]
            else:
                return node, False
        return node, True

    def key_node(self, path: KeyPath) -> yaml.Node | None:
        """The key node of the last step of ``path`` (for "unknown key" errors)."""
        parent, found = self.node_at(path[:-1])
        if not found or not isinstance(parent, yaml.MappingNode) or not path:
            return None
        return next((k for k, _ in parent.value if getattr(k, "value", None) == path[-1]), None)

    def location(self, path: KeyPath, *, key: bool = False) -> str:
        node = self.key_node(path) if key else None
        if node is None:
            node, _ = self.node_at(path)
        if node is None:
            return self.path
        return self.location_of_mark(node.start_mark)

    def position(self, path: KeyPath) -> tuple[int, int]:
        node, _ = self.node_at(path)
        if node is None:
            return 1 + self.line_offset, 1
        return node.start_mark.line + 1 + self.line_offset, node.start_mark.column + 1

    def scalar_positions(self, path: KeyPath) -> ScalarPositions | None:
        node, found = self.node_at(path)
        if not found or not isinstance(node, yaml.ScalarNode) or not isinstance(node.value, str):
            return None
        return ScalarPositions(self, node)


class ScalarPositions:
    """Maps each character of a string scalar's value to its line and column in the file."""

    def __init__(self, document: YamlDocument, node: yaml.ScalarNode) -> None:
        self.document = document
        self.node = node
        self._offsets: list[int] | None = None

    def _align(self) -> list[int]:
        document, node = self.document, self.node
        source = document.text
        start = document.lines.offset(node.start_mark.line, node.start_mark.column)
        end = document.lines.offset(node.end_mark.line, node.end_mark.column)
        style = node.style
        position = start
        if style in ("|", ">"):
            newline = source.find("\n", start)
            position = end if newline == -1 else newline + 1
        elif style in ('"', "'"):
            position = start + 1
        offsets: list[int] = []
        for char in node.value:
            position = self._next_match(source, position, end, char, style)
            offsets.append(position)
            if position < end and source[position] == "\\" and style == '"':
                escape = source[position + 1 : position + 2]
                position += _ESCAPE_LENGTHS.get(escape, 2)
            elif position < end and source[position] == "'" and style == "'":
                position += 2
            else:
                position += 1
        if any("\ud800" <= char <= "\udfff" for char in node.value):  # see _parse
            offsets = [o for i, o in enumerate(offsets) if not _is_pair(node.value, i)]
        return offsets

    @staticmethod
    def _next_match(source: str, position: int, end: int, char: str, style: str | None) -> int:
        scan = position
        limit = max(end, position + 1)
        while scan < limit and scan < len(source):
            current = source[scan]
            if style == '"' and current == "\\":
                escape = source[scan + 1 : scan + 2]
                if escape in ("\n", "\r"):  # line continuation: produces nothing
                    scan += 2
                    continue
                if escape in _ESCAPE_LENGTHS:
                    digits = source[scan + 2 : scan + _ESCAPE_LENGTHS[escape]]
                    try:
                        produced = chr(int(digits, 16))
                    except ValueError:
                        produced = ""
                else:
                    produced = _SIMPLE_ESCAPES.get(escape, escape)
                if produced == char:
                    return scan
                scan += _ESCAPE_LENGTHS.get(escape, 2)
                continue
            if style == "'" and current == "'" and source[scan + 1 : scan + 2] == "'":
                if char == "'":
                    return scan
                scan += 2
                continue
            if current == char:
                return scan
            if char in " \n" and current in "\r\n":  # a folded line break
                return scan
            scan += 1
        return min(position, max(end - 1, 0))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of character ``offset`` of the value."""
        if self._offsets is None:
            self._offsets = self._align()
        offsets = self._offsets
        if not offsets:
            mark = self.node.start_mark
            return mark.line + 1 + self.document.line_offset, mark.column + 1
        source_offset = offsets[min(max(offset, 0), len(offsets) - 1)]
        line, column = self.document.lines.position(source_offset)
        return line + self.document.line_offset, column

