"""Suppressions: a template may silence a named rule, with a reason, and every suppression is audited.

A message lists them under ``meta.suppress``, each naming one rule by id or name (no prefixes, no "all":
a suppression says exactly what it silences)::

    meta:
      suppress:
        - {rule: TON101, reason: "Texto legal exigido por la Superintendencia"}
        - "CLR102: the regulator's sentence, quoted verbatim"

The engine moves the findings of a suppressed rule out of the findings (and the scores) into the
evaluation's ``suppressed`` details, and lists suppressions that silenced nothing as ``unused_suppressions``
so they can be cleaned up. ``Config.suppressions = False`` (``--ignore-suppressions`` on the command line)
audits a repository by ignoring them all; the gateway turns them off, because a rendered message from a
client must not be able to silence compliance rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import FieldError
from .findings import Finding


@dataclass(frozen=True, slots=True)
class Suppression:
    rule: str  # as written: an id (TON101) or a name (threat-term)
    reason: str


def parse_suppressions(value: Any) -> tuple[Suppression, ...]:
    """``meta.suppress`` as written in a template; raises :class:`FieldError` with the path of a bad entry."""
    if value is None:
        return ()
    if not isinstance(value, (list, tuple)):
        raise FieldError(("meta", "suppress"), "expected a list of rules to suppress")
    found: list[Suppression] = []
    for index, entry in enumerate(value):
        if isinstance(entry, str):
            rule, _, reason = entry.partition(":")
        elif isinstance(entry, Mapping):
            unknown = set(entry) - {"rule", "reason"}
            if unknown:
                raise FieldError(("meta", "suppress", index, sorted(unknown)[0]), "unknown key (expected rule and reason)")
            named, why = entry.get("rule"), entry.get("reason", "")
            if not isinstance(named, str) or not isinstance(why, str):
                raise FieldError(("meta", "suppress", index), "rule and reason must be strings")
            rule, reason = named, why
        else:
            raise FieldError(("meta", "suppress", index), "expected 'RULE: reason' or {rule: RULE, reason: ...}")
        rule = rule.strip()
        if not rule or rule.lower() == "all" or not rule.replace("-", "").isalnum():
            raise FieldError(("meta", "suppress", index), f"name one rule by id or name, not {rule!r}")
        found.append(Suppression(rule, reason.strip()))
    return tuple(found)


def apply_suppressions(
    findings: Sequence[Finding], suppressions: Sequence[Suppression]
) -> tuple[list[Finding], list[dict[str, Any]], list[dict[str, Any]]]:
    """(kept findings, what each used suppression silenced, unused suppressions)."""
    kept: list[Finding] = []
    silenced: dict[int, list[Finding]] = {}
    for finding in findings:
        match = next(
            (i for i, s in enumerate(suppressions) if s.rule.upper() == finding.rule or s.rule.lower() == finding.name),
            None,
        )
        if match is None:
            kept.append(finding)
        else:
            silenced.setdefault(match, []).append(finding)
    used = [
        {"rule": suppressions[i].rule, "reason": suppressions[i].reason, "findings": len(found),
         "fields": sorted({f.field for f in found})}
        for i, found in sorted(silenced.items())
    ]
    unused = [{"rule": s.rule, "reason": s.reason} for i, s in enumerate(suppressions) if i not in silenced]
    return kept, used, unused
