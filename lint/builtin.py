"""The built-in plugin: sendlint's own checks, metrics and packs enter through the same door as
third-party plugins (the ``sendlint.plugins`` entry point ``builtin``)."""

from __future__ import annotations

from importlib import import_module
from importlib.resources import files
from types import MappingProxyType
from typing import Any

from .plugins import Plugin

FAMILY_MODULES = ("common", "length", "tone", "learned_tone", "clarity", "compliance", "timing", "repetition", "language")


def _collect(attribute: str) -> dict[str, Any]:
    collected: dict[str, Any] = {}
    for name in FAMILY_MODULES:
        try:
            module = import_module(f"sendlint.families.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"sendlint.families.{name}":
                continue  # a family not built yet
            raise
        collected.update(getattr(module, attribute, {}))
    return collected


plugin = Plugin(
    name="builtin",
    checks=MappingProxyType(_collect("CHECKS")),
    metrics=MappingProxyType(_collect("METRICS")),
    analyzers=MappingProxyType(_collect("ANALYZERS")),
    packs=(files("sendlint.rules"),),
    corpora=(files("sendlint.corpora"),),
    packs_verified=True,
)
