"""Plugins: the one door through which check functions, metrics, analyzers and rule packs enter.

Built-ins use it too (``sendlint.builtin:plugin``). Discovery reads the ``sendlint.plugins``
entry-point group, sorted by name, so the registry is the same on every machine.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib.abc import Traversable
from importlib.metadata import entry_points
from types import MappingProxyType
from typing import Any

from .errors import RulePackError

ENTRY_POINT_GROUP = "sendlint.plugins"


@dataclass(frozen=True)
class Plugin:
    name: str
    checks: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    metrics: Mapping[str, Callable[..., Any]] = field(default_factory=lambda: MappingProxyType({}))
    # name -> function(ctx) returning a block of the report's details, bare (run for every message) or
    # wrapped in sendlint.checks.python.Analyzer with what it reads (computed once per content).
    analyzers: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    packs: tuple[Traversable, ...] = ()
    corpora: tuple[Traversable, ...] = ()
    redirects: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # The plugin's own tests compile every regular expression of its packs (sendlint's: tests/test_registry.py), so
    # the registry compiles each on its first use instead of at load; `sendlint validate` still compiles them all.
    packs_verified: bool = False


def discover_plugins() -> tuple[Plugin, ...]:
    """Every installed plugin, built-in first, then the others sorted by entry-point name."""
    found: dict[str, Plugin] = {}
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            plugin = entry.load()
        except Exception as error:  # a broken third-party plugin must not look like our bug
            raise RulePackError(f"plugin {entry.name!r} ({entry.value}) failed to load: {error}") from None
        if not isinstance(plugin, Plugin):
            raise RulePackError(f"plugin {entry.name!r} ({entry.value}) is not a sendlint.plugins.Plugin")
        found[entry.name] = plugin
    if "builtin" not in found:  # running from a source tree that was never installed
        from .builtin import plugin as builtin

        found["builtin"] = builtin
    builtin_plugin = found.pop("builtin")
    return (builtin_plugin, *found.values())
