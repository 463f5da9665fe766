"""Configuration: ``sendlint.yaml`` (or ``[tool.sendlint]`` in pyproject.toml), validated strictly
into one frozen :class:`Config` that flows one way into the engine."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError
from .findings import Severity
from .yamlpos import YamlDocument

CONFIG_FILES = ("sendlint.yaml", "sendlint.yml", ".sendlint.yaml")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MessageDefaults(_Strict):
    channel: str | None = None
    locale: str | None = None
    category: str | None = None
    stage: str | None = None
    brand: str | None = None


class PlaceholderConfig(_Strict):
    default_length: int = Field(default=20, ge=0)
    lengths: dict[str, int] = {}


class LanguageToolConfig(_Strict):
    url: str
    timeout: float = 10.0


class Config(_Strict):
    """The resolved configuration. Every field has a default, so ``Config()`` is a valid configuration."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = {}
    fail_on: Severity = Severity.ERROR
    fail_under: int | None = Field(default=None, ge=0, le=100)
    brand: str | None = None
    brand_names: tuple[str, ...] = ()
    brand_domains: tuple[str, ...] = ()
    voice: Literal["tu", "usted", "vos"] | None = None
    defaults: MessageDefaults = MessageDefaults()
    per_path: dict[str, MessageDefaults] = {}
    include: tuple[str, ...] = ("*.yaml", "*.yml", "*.json", "*.jsonl", "*.md", "*.txt")
    exclude: tuple[str, ...] = ()
    placeholders: PlaceholderConfig = PlaceholderConfig()
    segments: dict[str, int] = {}
    jurisdictions: tuple[str, ...] = ()
    timing: dict[str, Any] = {}
    repetition: dict[str, Any] = {}
    opt_out: dict[str, str] = {}
    languagetool: LanguageToolConfig | None = None
    words: tuple[str, ...] = ()
    packs: tuple[str, ...] = ()
    rule_options: dict[str, dict[str, Any]] = {}
    max_file_bytes: int = Field(default=10_000_000, ge=1)
    suppressions: bool = True  # honour meta.suppress in templates (off: audit them all)


def parse_config(data: Mapping[str, Any] | None) -> Config:
    """Validate plain data; raises :class:`pydantic.ValidationError`."""
    return Config.model_validate(dict(data or {}))


def _error_path(error: ValidationError) -> tuple[tuple[str | int, ...], str]:
    first = error.errors()[0]
    path = tuple(p for p in first["loc"] if isinstance(p, (str, int)))
    message = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
    return path, message


def load_config_file(path: Path) -> Config:
    """Read and validate a configuration file; errors are :class:`ConfigError` with file:line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read configuration: {error}", str(path)) from None
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(text).get("tool", {}).get("sendlint", {})
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"invalid TOML: {error}", str(path)) from None
        try:
            return parse_config(data)
        except ValidationError as error:
            where, message = _error_path(error)
            return _raise(message, f"{path} [tool.sendlint.{'.'.join(map(str, where))}]")
    document = YamlDocument(text, str(path))
    if document.data is not None and not isinstance(document.data, Mapping):
        raise ConfigError("the configuration must be a mapping", f"{path}:1")
    try:
        config = parse_config(document.data)
    except ValidationError as error:
        where, message = _error_path(error)
        key = message == "unknown key"
        raise ConfigError(f"{'.'.join(map(str, where))}: {message}", document.location(where, key=key)) from None
    problem = timing_problem(config)
    if problem is not None:
        where, message = problem
        raise ConfigError(f"{'.'.join(map(str, where))}: {message}", document.location(where, key="unknown" in message))
    return config


def _dotted_path(dotted: str) -> tuple[str | int, ...]:
    """``timing.windows[0].end`` -> ``("timing", "windows", 0, "end")``."""
    path: list[str | int] = []
    for part in dotted.split("."):
        name, *indexes = part.replace("]", "").split("[")
        if name:
            path.append(name)
        path.extend(int(i) for i in indexes if i.isdigit())
    return tuple(path)


def timing_problem(config: Config) -> tuple[tuple[str | int, ...], str] | None:
    """The first problem in the ``timing`` and ``jurisdictions`` sections, validated by the policy library."""
    if not config.timing and not config.jurisdictions:
        return None
    from .families.timing import timing_config
    from .policy.jurisdictions import PolicyDataError, load_jurisdictions

    try:
        timing_config(config.timing)
    except PolicyDataError as error:
        return _dotted_path(error.path), error.detail
    known = load_jurisdictions()
    for index, ident in enumerate(config.jurisdictions):
        if ident.lower() not in known:
            return ("jurisdictions", index), f"unknown jurisdiction {ident!r}; known: {', '.join(sorted(known))}"
    return None


def _raise(message: str, location: str) -> Config:
    raise ConfigError(message, location)


def find_config(start: Path) -> Path | None:
    """The nearest ``sendlint.yaml`` (or a pyproject.toml with ``[tool.sendlint]``) at or above ``start``."""
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                if "sendlint" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}):
                    return pyproject
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                continue
    return None
