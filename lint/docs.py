"""One documentation page per rule, generated from the rule's own metadata (``sendlint rule ID``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .registry import Example, Rule


def _example_line(example: Example) -> str:
    message: Mapping[str, Any] = example.message
    context = ", ".join(f"{k}={message[k]}" for k in ("locale", "channel", "category", "stage") if k in message)
    body = str(message.get("body", "")).replace("\n", "\\n")
    extra = f" (config: {dict(example.config)})" if example.config else ""
    return f"- `{body}`" + (f" [{context}]" if context else "") + extra


def _named_patterns(rule: Rule) -> list[str]:
    """One line per named clue or signal class of a rule's params (tone and compliance pattern rules): the
    index of what the rule looks for, generated from the data it runs on, so the prose above stays short."""
    params = getattr(rule.check, "bound_params", None)
    lines = []
    for attribute in ("clues", "classes"):
        for item in getattr(params, attribute, None) or ():
            name = getattr(item, "name", None)
            if not name:
                continue
            notes = [str(getattr(item, "role", "") or "")]
            categories = getattr(item, "categories", None)
            if categories:
                notes.append("in " + ", ".join(categories))
            languages = sorted(getattr(item, "target", None) or getattr(item, "patterns", None) or ())
            if languages:
                notes.append("/".join(languages))
            described = "; ".join(note for note in notes if note)
            lines.append(f"- `{name}`" + (f" ({described})" if described else ""))
    return lines


def render_rule_doc(rule: Rule) -> str:
    docs = rule.docs
    applies = rule.applies_to
    scope = []
    for label, values in (
        ("channels", applies.channels), ("categories", applies.categories), ("locales", applies.locales),
        ("stages", applies.stages), ("jurisdictions", applies.jurisdictions),
    ):
        if values:
            scope.append(f"{label}: {', '.join(sorted(values))}")
    lines = [
        f"# {rule.id} {rule.name}",
        "",
        f"Family: {rule.family.value}. Default severity: {rule.severity.value}. Check kind: {rule.kind}.",
        f"Applies to: {'; '.join(scope) if scope else 'every message'} (fields: {', '.join(sorted(applies.fields))}).",
        "",
        "## What it does",
        docs.what,
        "",
        "## Why is this bad?",
        docs.why,
        "",
        f"Source: {docs.source}",
        "",
        "## Example",
        "Flagged:",
        *(_example_line(e) for e in docs.flag),
        "",
        "Passes:",
        *(_example_line(e) for e in docs.passes),
        "",
        "## Fix",
        docs.fix,
        "",
        f"Fix safety: {docs.fix_safety.value if docs.fix_safety else 'no automatic fix'}.",
    ]
    known = _named_patterns(rule)
    if known:
        lines += ["", "## Patterns it knows", *known]
    if docs.options:
        lines += ["", "## Options", *(f"- `{name}`: {text}" for name, text in docs.options.items())]
    if rule.options:
        lines += ["", "Defaults: " + ", ".join(f"{k}={v!r}" for k, v in rule.options.items())]
    lines += ["", "Messages:", *(f"- {lang}: {text}" for lang, text in rule.message.items())]
    return "\n".join(lines) + "\n"
