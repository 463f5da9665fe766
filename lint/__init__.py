"""sendlint: lint customer messages (SMS, WhatsApp, email, push) before they are sent.

The public API::

    from sendlint import Message, evaluate, load_registry, Config
    registry = load_registry()
    result = evaluate(Message(body="¡Hola!", locale="es"), registry, Config())
    results = evaluate_many(messages, registry, Config())  # a batch: the same evaluations, faster
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .config import Config
    from .engine import Evaluation, Request, apply_fixes, evaluate, evaluate_many, fix
    from .findings import Finding, Fix, Severity
    from .model import Message, message_from_mapping
    from .registry import Registry

__all__ = [
    "Config",
    "Evaluation",
    "Finding",
    "Fix",
    "Message",
    "Registry",
    "Request",
    "Severity",
    "apply_fixes",
    "evaluate",
    "evaluate_many",
    "fix",
    "load_registry",
    "message_from_mapping",
]

_LAZY = {
    "Config": "config",
    "Evaluation": "engine",
    "apply_fixes": "engine",
    "evaluate": "engine",
    "evaluate_many": "engine",
    "Request": "engine",
    "fix": "engine",
    "Finding": "findings",
    "Fix": "findings",
    "Severity": "findings",
    "Message": "model",
    "message_from_mapping": "model",
    "Registry": "registry",
}


def load_registry() -> Registry:
    """The registry of every installed plugin's rules (built-ins included)."""
    from .plugins import discover_plugins
    from .registry import build_registry

    return build_registry(discover_plugins())


def __getattr__(name: str) -> object:
    # Lazy so that `import sendlint` (and the CLI's start-up) stays light.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sendlint' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module}", __name__), name)
