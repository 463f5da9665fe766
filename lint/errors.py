"""Errors that the edges (CLI, gateway) turn into exit code 2 or an HTTP 4xx."""

from __future__ import annotations


class SendlintError(Exception):
    """Bad input, configuration or rule pack. ``location`` is ``path:line[:col]`` when known."""

    def __init__(self, message: str, location: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class InputError(SendlintError):
    """A message file or a message could not be read."""


class ConfigError(SendlintError):
    """The configuration is invalid."""


class RulePackError(SendlintError):
    """A rule pack or plugin is invalid."""


class RuleError(SendlintError):
    """A rule could not run on a message (usually a bad option in the configuration)."""


class FieldError(ValueError):
    """A value at ``path`` (a tuple of keys and indexes) is invalid; loaders map the path to a line."""

    def __init__(self, path: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        where = ".".join(str(p) for p in self.path)
        return f"{where}: {self.message}" if where else self.message
