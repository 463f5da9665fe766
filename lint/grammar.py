"""Grammar checking through a LanguageTool server: the one I/O adapter of the language rules.

sendlint never runs or downloads LanguageTool itself. A deployment that wants grammar findings
points sendlint at a LanguageTool server it runs (``docker run ... languagetool``, or the
organisation's own), and :class:`LanguageToolRemote` posts each text to ``{url}/v2/check``, the
documented HTTP API, with httpx. Without a URL, or when the server cannot be reached or answers
nonsense, it raises :class:`GrammarUnavailable` with a readable message: the caller reports that
once and goes on without grammar findings.

Why httpx and not language-tool-python's remote mode (``LanguageTool(lang, remote_server=url)``,
which does work offline and never downloads in that mode): its request timeout is fixed at 300 s
(a linter must fail fast), it queries ``/v2/languages`` when built and fixes one language per
instance, it corrects the UTF-16 offsets LanguageTool returns only for the start of a match and
not for its length (a match that covers an emoji comes back too long), it keeps that correction
in class-level mutable state shared by all threads, and it drops the category name and short
message. The direct call is about a hundred lines, typed, and testable in-process with
``httpx.MockTransport``.

Offsets: LanguageTool is written in Java and counts ``offset`` and ``length`` in UTF-16 code
units, so every character outside the Basic Multilingual Plane (most emoji) before or inside a
match counts twice. :func:`parse_check_response` converts them to Python string indices.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:  # httpx costs ~0.3 s to import: only the adapter's constructor imports it
    import httpx

__all__ = [
    "GrammarChecker",
    "GrammarMatch",
    "GrammarUnavailable",
    "LanguageToolRemote",
    "languagetool_language",
    "parse_check_response",
]


class GrammarUnavailable(RuntimeError):
    """No grammar checking is possible: no server configured, unreachable, or a broken answer."""


@dataclass(frozen=True, slots=True)
class GrammarMatch:
    """One LanguageTool finding, with its span as Python string indices into the checked text."""

    rule_id: str
    message: str
    start: int
    end: int
    replacements: tuple[str, ...]
    category: str  # LanguageTool's category id: TYPOS, GRAMMAR, PUNCTUATION, CASING, STYLE...
    short_message: str = ""
    category_name: str = ""
    issue_type: str = ""  # misspelling, grammar, typographical, style... ("" when not sent)


@runtime_checkable
class GrammarChecker(Protocol):
    """Anything that checks the grammar of one text."""

    def check(self, text: str, lang: str) -> tuple[GrammarMatch, ...]:
        """Findings for ``text`` in language ``lang`` (es, en, es-AR, en-GB...), in order."""
        ...


# LanguageTool's language codes: Spanish has a voseo variant (es-AR); English and Portuguese
# need a variant to spell-check at all; other regional tags fall back to the plain language.
_LT_VARIANTS = frozenset(
    ["es-AR", "en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA", "pt-BR", "pt-PT", "pt-AO", "pt-MZ"]
)
_LT_DEFAULTS = {"en": "en-US", "pt": "pt-BR"}


def languagetool_language(lang: str) -> str:
    """The ``language`` field for a language tag: es -> es, es-MX -> es, es-AR -> es-AR, en -> en-US."""
    parts = lang.replace("_", "-").split("-")
    root = parts[0].lower()
    if len(parts) > 1:
        tag = f"{root}-{parts[1].upper()}"
        if tag in _LT_VARIANTS:
            return tag
    return _LT_DEFAULTS.get(root, root)


def _offset_converter(text: str) -> tuple[Sequence[int], bool]:
    """UTF-16 offset of every code-point boundary of ``text``, and whether any differs from it."""
    if len(text.encode("utf-16-le")) == 2 * len(text):
        return (), False  # only BMP characters: UTF-16 offsets are string indices
    boundaries = [0]
    total = 0
    for ch in text:
        total += 2 if ord(ch) > 0xFFFF else 1
        boundaries.append(total)
    return boundaries, True


def _field(mapping: Mapping[str, Any], key: str, kind: type, default: Any = None) -> Any:
    value = mapping.get(key, default)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise GrammarUnavailable(f"LanguageTool answered a match whose {key!r} is {value!r}")
    return value


def parse_check_response(payload: Any, text: str, *, max_replacements: int = 10) -> tuple[GrammarMatch, ...]:
    """The matches of a ``/v2/check`` JSON answer for ``text``, with code-point spans.

    Raises :class:`GrammarUnavailable` when the answer does not have the documented shape
    (``{"matches": [{"message", "offset", "length", "replacements": [{"value"}], "rule": {"id",
    "category": {"id", "name"}}}]}``). Spans are clamped to the text and sorted by position.
    """
    if not isinstance(payload, Mapping) or not isinstance(payload.get("matches"), list):
        raise GrammarUnavailable("LanguageTool answered JSON without a 'matches' list")
    boundaries, convert = _offset_converter(text)
    found: list[GrammarMatch] = []
    for raw in payload["matches"]:
        if not isinstance(raw, Mapping):
            raise GrammarUnavailable(f"LanguageTool answered a match that is not an object: {raw!r}")
        offset = _field(raw, "offset", int)
        length = _field(raw, "length", int)
        rule = _field(raw, "rule", Mapping)
        category = _field(rule, "category", Mapping, {})
        replacements = _field(raw, "replacements", list, [])
        if convert:
            # A start inside a surrogate pair rounds down to the pair, an end rounds up past it.
            start = bisect_right(boundaries, offset) - 1
            end = bisect_left(boundaries, offset + length)
        else:
            start, end = offset, offset + length
        start = min(max(start, 0), len(text))
        end = min(max(end, start), len(text))
        found.append(
            GrammarMatch(
                rule_id=str(_field(rule, "id", str)),
                message=str(_field(raw, "message", str, "")),
                start=start,
                end=end,
                replacements=tuple(
                    str(r["value"])
                    for r in replacements[:max_replacements]
                    if isinstance(r, Mapping) and "value" in r
                ),
                category=str(category.get("id", "")),
                short_message=str(raw.get("shortMessage") or ""),
                category_name=str(category.get("name", "")),
                issue_type=str(rule.get("issueType") or ""),
            )
        )
    found.sort(key=lambda match: (match.start, match.end, match.rule_id))
    return tuple(found)


def _base_url(url: str) -> str:
    base = url.strip().rstrip("/")
    if base.endswith("/v2"):
        base = base[: -len("/v2")]
    return base


class LanguageToolRemote:
    """A :class:`GrammarChecker` that asks a LanguageTool server over its HTTP API.

    ``url`` is the server's base address (``http://localhost:8081``; a trailing ``/v2`` is
    accepted). ``None`` or ``""`` means no server is configured: the constructor raises
    :class:`GrammarUnavailable` so a caller learns it at start-up, not per message. Building one
    does no I/O; each :meth:`check` is one POST with ``timeout`` seconds to connect and answer.
    ``transport`` lets tests pass ``httpx.MockTransport``. Close it (or use ``with``) to free
    its connection pool.
    """

    def __init__(
        self,
        url: str | None,
        *,
        timeout: float = 5.0,
        disabled_rules: Iterable[str] = (),
        mother_tongue: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not url or not url.strip():
            raise GrammarUnavailable(
                "no LanguageTool server is configured: grammar checks need the URL of a running "
                "LanguageTool server (for example http://localhost:8081)"
            )
        base = _base_url(url)
        if not base.startswith(("http://", "https://")):
            raise GrammarUnavailable(f"the LanguageTool URL must start with http:// or https://, not {url!r}")
        import httpx

        self.url = base
        self.timeout = timeout
        self.disabled_rules = tuple(sorted(disabled_rules))
        self.mother_tongue = mother_tongue
        self._client = httpx.Client(timeout=timeout, transport=transport, follow_redirects=False)

    def __repr__(self) -> str:
        return f"LanguageToolRemote({self.url!r}, timeout={self.timeout})"

    def __enter__(self) -> LanguageToolRemote:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._client.close()

    def check(self, text: str, lang: str) -> tuple[GrammarMatch, ...]:
        """POST ``text`` to ``{url}/v2/check``; raise :class:`GrammarUnavailable` on any failure."""
        if not text.strip():
            return ()
        form = {"text": text, "language": languagetool_language(lang)}
        if self.disabled_rules:
            form["disabledRules"] = ",".join(self.disabled_rules)
        if self.mother_tongue:
            form["motherTongue"] = self.mother_tongue
        endpoint = f"{self.url}/v2/check"
        import httpx  # already loaded by the constructor

        try:
            response = self._client.post(endpoint, data=form)
        except httpx.TimeoutException as error:
            raise GrammarUnavailable(
                f"LanguageTool at {self.url} did not answer within {self.timeout:g} s"
            ) from error
        except httpx.HTTPError as error:
            raise GrammarUnavailable(f"LanguageTool at {self.url} is unreachable: {error}") from error
        if response.status_code != 200:
            raise GrammarUnavailable(
                f"LanguageTool at {self.url} answered HTTP {response.status_code}: {response.text[:200]!r}"
            )
        try:
            payload = response.json()
        except ValueError as error:
            raise GrammarUnavailable(
                f"LanguageTool at {self.url} answered something that is not JSON"
            ) from error
        return parse_check_response(payload, text)
