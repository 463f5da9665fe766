"""The records the engine produces: findings, fixes and their edits."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum


class Severity(StrEnum):
    """How much a finding matters. Ordered: info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Family(StrEnum):
    """Rule families; each is also a score dimension."""

    LENGTH = "length"
    TONE = "tone"
    CLARITY = "clarity"
    REPETITION = "repetition"
    TIMING = "timing"
    COMPLIANCE = "compliance"
    LANGUAGE = "language"


FAMILY_PREFIX: dict[Family, str] = {
    Family.LENGTH: "LEN",
    Family.TONE: "TON",
    Family.CLARITY: "CLR",
    Family.REPETITION: "REP",
    Family.TIMING: "TIM",
    Family.COMPLIANCE: "CMP",
    Family.LANGUAGE: "LNG",
}


class FixSafety(StrEnum):
    """A safe fix keeps the meaning; an unsafe one may change it and needs a human look."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``field[start:end]`` with ``replacement`` (offsets in code points)."""

    field: str
    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    safety: FixSafety
    edits: tuple[Edit, ...]
    description: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in one field of one message.

    ``start``/``end`` are code-point offsets into the field's original text; ``line``/``column``
    (1-based) are filled in by a loader that knows where the field sits in its file.
    """

    rule: str
    name: str
    family: Family
    severity: Severity
    message: str
    field: str
    start: int
    end: int
    fix: Fix | None = None
    line: int | None = None
    column: int | None = None
    details: tuple[tuple[str, object], ...] = dataclass_field(default=())

    @property
    def code(self) -> str:
        return f"{self.rule} {self.name}"


def sort_key(finding: Finding) -> tuple[str, int, int, str]:
    return (finding.field, finding.start, finding.end, finding.rule)
