"""Jurisdictions: contact-time windows and frequency caps, loaded from ``rules/jurisdictions.yaml``.

The YAML file is the one place a jurisdiction is defined. This module turns it into frozen records
(:class:`Jurisdiction`, :class:`ContactWindow`, :class:`FrequencyCap`) and maps a phone number to
the jurisdictions that govern it. The same record types carry brand policy from configuration
(``kind=Kind.BRAND``), so the send-time and cap checks have one input vocabulary.

Vocabulary
----------
- A *contact window* lists the local times at which messages of some categories may be sent.
  Every window that applies to a message must allow it (windows intersect; they never widen
  each other), so a Florida number gets both the federal 08:00-21:00 and Florida's 08:00-20:00.
- A *frequency cap* limits how many messages (or how many distinct channels, or how close
  together) one recipient may get in a rolling window; see :mod:`sendlint.policy.caps`.
- ``kind`` says what kind of rule it is (LAW, REG, PLATFORM, INDUSTRY, or BRAND for a sender's own
  configuration); ``status`` says how well the fact was checked (see the facts file legend).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from enum import Enum, StrEnum
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any, TypeVar

from sendlint.model import Category, Channel

from ..lazy import lazy_re

__all__ = [
    "ALWAYS_EXEMPT",
    "Category",
    "Channel",
    "ContactWindow",
    "FrequencyCap",
    "HolidayCalendar",
    "Jurisdiction",
    "Kind",
    "PolicyDataError",
    "Source",
    "Status",
    "TimeRange",
    "ancestors",
    "format_days",
    "jurisdictions_for_number",
    "load_jurisdictions",
    "parse_caps",
    "parse_duration",
    "parse_jurisdictions",
    "parse_windows",
]


# Why here and not again: one message vocabulary for the whole package (sendlint.model).
# otp and alert are always exempt: a one-time code or a fraud alert that waits for business hours
# is useless or harmful, and no law in the facts file restricts them; configuration cannot change it.
ALWAYS_EXEMPT: frozenset[Category] = frozenset({Category.OTP, Category.ALERT})


class Kind(StrEnum):
    """What kind of rule a window or cap is (legend of the facts file, plus BRAND for config)."""

    LAW = "LAW"
    REG = "REG"
    PLATFORM = "PLATFORM"
    INDUSTRY = "INDUSTRY"
    BRAND = "BRAND"


class Status(StrEnum):
    """How well a fact was checked: [V], [S] or [UNVERIFIED] in the facts file."""

    VERIFIED = "verified"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"


class PolicyDataError(ValueError):
    """Invalid jurisdiction data or policy configuration; ``path`` names the offending key."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.detail = message


@dataclass(frozen=True, slots=True)
class Source:
    """Where a rule comes from: the law/article (or document) and, when the facts give one, a URL."""

    citation: str
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class HolidayCalendar:
    """A ``holidays`` package calendar: ISO country and optional subdivision (``US``/``FL``)."""

    country: str
    subdivision: str | None = None

    def __str__(self) -> str:
        return self.country if self.subdivision is None else f"{self.country}-{self.subdivision}"


_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True, slots=True)
class TimeRange:
    """Allowed local wall-clock times on some weekdays: ``[start_minute, end_minute)`` after midnight.

    ``days`` holds ``date.weekday()`` numbers (0 = Monday). ``end_minute`` may be 1440 ("24:00").
    A range never crosses midnight: write ``22:00-24:00`` and ``00:00-06:00`` as two ranges.
    """

    days: frozenset[int]
    start_minute: int
    end_minute: int

    def __post_init__(self) -> None:
        if not self.days or not self.days <= frozenset(range(7)):
            raise ValueError(f"days must be a non-empty subset of 0..6, got {sorted(self.days)}")
        if not 0 <= self.start_minute < self.end_minute <= MINUTES_PER_DAY:
            raise ValueError(
                f"need 0 <= start < end <= 1440 minutes, got {self.start_minute}-{self.end_minute}"
            )

    @property
    def start(self) -> time:
        return time(self.start_minute // 60, self.start_minute % 60)

    def __str__(self) -> str:
        return f"{format_days(self.days)} {_fmt_minute(self.start_minute)}-{_fmt_minute(self.end_minute)}"


@dataclass(frozen=True, slots=True)
class ContactWindow:
    """Local times at which messages of ``categories`` may be sent.

    A message is inside the window when its recipient's wall clock shows a day and time covered by
    one of ``ranges`` and, if ``holidays_blocked``, the local date is not a public holiday in any of
    ``calendars``. ``jurisdiction`` is None for brand windows from configuration.
    """

    id: str
    categories: frozenset[Category]
    ranges: tuple[TimeRange, ...]
    holidays_blocked: bool
    kind: Kind
    status: Status
    source: Source | None = None
    jurisdiction: str | None = None
    calendars: tuple[HolidayCalendar, ...] = ()

    def describe(self) -> str:
        """``mon-fri 07:00-19:00, sat 08:00-15:00; not on holidays``."""
        text = ", ".join(str(r) for r in self.ranges)
        return f"{text}; not on holidays" if self.holidays_blocked else text


@dataclass(frozen=True, slots=True)
class FrequencyCap:
    """A rolling-window limit on messages to one recipient (checked by ``policy.caps.check_caps``).

    Scope: a send counts (and the cap applies to a candidate) when its category is in
    ``categories`` and, if given, its channel is in ``channels`` and its campaign in ``campaigns``;
    with ``same_campaign`` only sends of the candidate's own campaign count.

    Constraints (any combination; at least one):

    - ``max_count``: at most this many in-scope sends, the candidate included, in any rolling
      ``window`` ending at the candidate.
    - ``min_gap``: at least this long since the previous in-scope send (Chile: two days apart).
    - ``max_distinct_channels``: at most this many channels used in ``window``, the candidate's
      included (Colombia: not via several channels in the same week).
    """

    id: str
    categories: frozenset[Category]
    window: timedelta
    max_count: int | None = None
    min_gap: timedelta | None = None
    max_distinct_channels: int | None = None
    channels: frozenset[Channel] | None = None
    campaigns: frozenset[str] | None = None
    same_campaign: bool = False
    kind: Kind = Kind.BRAND
    status: Status = Status.VERIFIED
    source: Source | None = None
    jurisdiction: str | None = None

    def __post_init__(self) -> None:
        if self.max_count is None and self.min_gap is None and self.max_distinct_channels is None:
            raise ValueError(f"cap {self.id!r} needs max_count, min_gap or max_distinct_channels")
        if self.window <= timedelta(0):
            raise ValueError(f"cap {self.id!r}: window must be positive")
        if self.max_count is not None and self.max_count < 1:
            raise ValueError(f"cap {self.id!r}: max_count must be >= 1")
        if self.max_distinct_channels is not None and self.max_distinct_channels < 1:
            raise ValueError(f"cap {self.id!r}: max_distinct_channels must be >= 1")
        if self.min_gap is not None and self.min_gap <= timedelta(0):
            raise ValueError(f"cap {self.id!r}: min_gap must be positive")


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    """One jurisdiction (country, state or union) with its windows and caps.

    ``geocoder_names`` are the English descriptions phonenumbers' geocoder gives for numbers in a
    sub-national jurisdiction ("Florida", or "..., FL" when the state code is listed too).
    ``member_countries`` lists ISO countries that belong to a supranational one (the EU).
    """

    id: str
    name: str
    country: str
    parent: str | None
    holidays: HolidayCalendar | None
    windows: tuple[ContactWindow, ...] = ()
    caps: tuple[FrequencyCap, ...] = ()
    geocoder_names: frozenset[str] = frozenset()
    geocoder_suffix: str | None = None
    member_countries: frozenset[str] = frozenset()
    notes: str | None = None
    last_checked: date | None = field(default=None, compare=False)


# --------------------------------------------------------------------------------------------
# Parsing helpers (shared with the send-time and cap configuration parsers)
# --------------------------------------------------------------------------------------------

_ID_RE = lazy_re(r"^[a-z][a-z0-9-]*$")
_TIME_RE = lazy_re(r"^(\d{2}):(\d{2})$")
_DURATION_RE = lazy_re(r"^\s*(\d+)\s*(m|h|d|w)\s*$")
_DURATION_UNITS = {
    "m": timedelta(minutes=1),
    "h": timedelta(hours=1),
    "d": timedelta(days=1),
    "w": timedelta(weeks=1),
}


def _fmt_minute(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def format_days(days: Iterable[int]) -> str:
    """``{0,1,2,3,4}`` -> ``mon-fri``; ``{5}`` -> ``sat``; ``{0,2,4}`` -> ``mon,wed,fri``."""
    ordered = sorted(set(days))
    if len(ordered) == 7:
        return "mon-sun"
    parts: list[str] = []
    run_start = prev = ordered[0]
    for day in [*ordered[1:], None]:
        if day is not None and day == prev + 1:
            prev = day
            continue
        parts.append(
            _DAY_NAMES[run_start] if run_start == prev else f"{_DAY_NAMES[run_start]}-{_DAY_NAMES[prev]}"
        )
        if day is not None:
            run_start = prev = day
    return ",".join(parts)


def _mapping(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise PolicyDataError(path, f"expected a mapping, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str):
            raise PolicyDataError(path, f"keys must be strings, got {key!r}")
    return value


def _sequence(value: object, path: str) -> Sequence[Any]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise PolicyDataError(path, f"expected a list, got {type(value).__name__}")
    return value


def _check_keys(
    data: Mapping[str, Any], path: str, required: Iterable[str], optional: Iterable[str] = ()
) -> None:
    required = tuple(required)
    allowed = set(required) | set(optional)
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise PolicyDataError(f"{path}.{unknown[0]}", f"unknown key (allowed: {', '.join(sorted(allowed))})")
    missing = [key for key in required if key not in data]
    if missing:
        raise PolicyDataError(f"{path}.{missing[0]}", "required key is missing")


def _string(value: object, path: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PolicyDataError(path, f"expected a non-empty string, got {value!r}")
    return value


def _optional_string(value: object, path: str) -> str | None:
    return None if value is None else _string(value, path)


def _identifier(value: object, path: str) -> str:
    text = _string(value, path)
    if not _ID_RE.match(text):
        raise PolicyDataError(path, f"{text!r} is not an id (lowercase letters, digits and '-')")
    return text


def _positive_int(value: object, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise PolicyDataError(path, f"expected a positive integer, got {value!r}")
    return value


_E = TypeVar("_E", bound=Enum)


def _enum(enum: type[_E], value: Any, path: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in enum)
        raise PolicyDataError(path, f"{value!r} is not one of: {allowed}") from None


def _bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise PolicyDataError(path, f"expected true or false, got {value!r}")
    return value


def parse_duration(value: object, path: str = "duration") -> timedelta:
    """``"24h"``, ``"7d"``, ``"2w"``, ``"30m"`` -> timedelta (positive)."""
    if isinstance(value, str):
        match = _DURATION_RE.match(value)
        if match and int(match.group(1)) > 0:
            return int(match.group(1)) * _DURATION_UNITS[match.group(2)]
    raise PolicyDataError(path, f"expected a duration like '24h', '7d', '2w' or '30m', got {value!r}")


def _parse_minute(value: object, path: str, *, is_end: bool) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        # YAML 1.1 reads an unquoted 19:00 as the sexagesimal number 1140.
        raise PolicyDataError(path, f"times must be quoted strings like '19:00' (YAML read {value!r})")
    if isinstance(value, str):
        match = _TIME_RE.match(value.strip())
        if match:
            hours, minutes = int(match.group(1)), int(match.group(2))
            if (hours < 24 and minutes < 60) or (is_end and hours == 24 and minutes == 0):
                return hours * 60 + minutes
    limit = "00:00-24:00" if is_end else "00:00-23:59"
    raise PolicyDataError(path, f"expected a time 'HH:MM' in {limit}, got {value!r}")


def _parse_days(value: object, path: str) -> frozenset[int]:
    """``mon-fri``, ``sat``, ``mon,wed,fri``, ``fri-mon`` (wraps), ``mon-sun``."""
    text = _string(value, path).strip().lower()
    days: set[int] = set()
    for part in text.split(","):
        bounds = [piece.strip() for piece in part.split("-")]
        if len(bounds) > 2 or any(piece not in _DAY_NAMES for piece in bounds):
            raise PolicyDataError(path, f"{value!r} is not a day list like 'mon-fri', 'sat' or 'mon,wed'")
        first = _DAY_NAMES.index(bounds[0])
        last = _DAY_NAMES.index(bounds[-1])
        day = first
        days.add(day)
        while day != last:
            day = (day + 1) % 7
            days.add(day)
    return frozenset(days)


def _parse_range(value: object, path: str) -> TimeRange:
    data = _mapping(value, path)
    _check_keys(data, path, ("days", "start", "end"))
    days = _parse_days(data["days"], f"{path}.days")
    start = _parse_minute(data["start"], f"{path}.start", is_end=False)
    end = _parse_minute(data["end"], f"{path}.end", is_end=True)
    if end <= start:
        raise PolicyDataError(
            f"{path}.end", "end must be after start (split a range over midnight into two ranges)"
        )
    return TimeRange(days=days, start_minute=start, end_minute=end)


def _parse_categories(value: object, path: str) -> frozenset[Category]:
    items = _sequence(value, path)
    if not items:
        raise PolicyDataError(path, "needs at least one category")
    return frozenset(_enum(Category, item, f"{path}[{i}]") for i, item in enumerate(items))


def _parse_source(value: object, path: str) -> Source:
    data = _mapping(value, path)
    _check_keys(data, path, ("citation",), ("url", "note"))
    return Source(
        citation=_string(data["citation"], f"{path}.citation"),
        url=_optional_string(data.get("url"), f"{path}.url"),
        note=_optional_string(data.get("note"), f"{path}.note"),
    )


_WINDOW_KEYS = ("id", "categories", "ranges")
_WINDOW_OPTIONAL = ("holidays", "kind", "status", "source")


def _parse_window(value: object, path: str, *, jurisdiction: str | None, legal: bool) -> ContactWindow:
    data = _mapping(value, path)
    _check_keys(
        data, path, (*_WINDOW_KEYS, *(("kind", "status", "source") if legal else ())), _WINDOW_OPTIONAL
    )
    categories = _parse_categories(data["categories"], f"{path}.categories")
    exempt = sorted(categories & ALWAYS_EXEMPT)
    if exempt:
        raise PolicyDataError(f"{path}.categories", f"{exempt[0]} is always exempt from contact windows")
    ranges_data = _sequence(data["ranges"], f"{path}.ranges")
    if not ranges_data:
        raise PolicyDataError(f"{path}.ranges", "needs at least one range")
    holidays = data.get("holidays", "allowed")
    if holidays not in ("allowed", "blocked"):
        raise PolicyDataError(f"{path}.holidays", f"expected 'allowed' or 'blocked', got {holidays!r}")
    kind = _enum(Kind, data.get("kind", "BRAND"), f"{path}.kind")
    if legal and kind is Kind.BRAND:
        raise PolicyDataError(f"{path}.kind", "BRAND is for configuration, not jurisdiction data")
    if not legal and kind is not Kind.BRAND:
        raise PolicyDataError(f"{path}.kind", "configured windows are BRAND windows")
    return ContactWindow(
        id=_identifier(data["id"], f"{path}.id"),
        categories=categories,
        ranges=tuple(_parse_range(item, f"{path}.ranges[{i}]") for i, item in enumerate(ranges_data)),
        holidays_blocked=holidays == "blocked",
        kind=kind,
        status=_enum(Status, data.get("status", "verified"), f"{path}.status"),
        source=_parse_source(data["source"], f"{path}.source") if "source" in data else None,
        jurisdiction=jurisdiction,
    )


_CAP_KEYS = ("id", "categories", "window")
_CAP_OPTIONAL = (
    "max",
    "min_gap",
    "max_distinct_channels",
    "channels",
    "campaigns",
    "same_campaign",
    "kind",
    "status",
    "source",
)


def _parse_cap(value: object, path: str, *, jurisdiction: str | None, legal: bool) -> FrequencyCap:
    data = _mapping(value, path)
    _check_keys(data, path, (*_CAP_KEYS, *(("kind", "status", "source") if legal else ())), _CAP_OPTIONAL)
    if not any(key in data for key in ("max", "min_gap", "max_distinct_channels")):
        raise PolicyDataError(path, "a cap needs at least one of: max, min_gap, max_distinct_channels")
    kind = _enum(Kind, data.get("kind", "BRAND"), f"{path}.kind")
    if legal and kind is Kind.BRAND:
        raise PolicyDataError(f"{path}.kind", "BRAND is for configuration, not jurisdiction data")
    if not legal and kind is not Kind.BRAND:
        raise PolicyDataError(f"{path}.kind", "configured caps are BRAND caps")
    channels = None
    if "channels" in data:
        items = _sequence(data["channels"], f"{path}.channels")
        channels = frozenset(_enum(Channel, item, f"{path}.channels[{i}]") for i, item in enumerate(items))
    campaigns = None
    if "campaigns" in data:
        items = _sequence(data["campaigns"], f"{path}.campaigns")
        campaigns = frozenset(_string(item, f"{path}.campaigns[{i}]") for i, item in enumerate(items))
    return FrequencyCap(
        id=_identifier(data["id"], f"{path}.id"),
        categories=_parse_categories(data["categories"], f"{path}.categories"),
        window=parse_duration(data["window"], f"{path}.window"),
        max_count=_positive_int(data["max"], f"{path}.max") if "max" in data else None,
        min_gap=parse_duration(data["min_gap"], f"{path}.min_gap") if "min_gap" in data else None,
        max_distinct_channels=(
            _positive_int(data["max_distinct_channels"], f"{path}.max_distinct_channels")
            if "max_distinct_channels" in data
            else None
        ),
        channels=channels,
        campaigns=campaigns,
        same_campaign=_bool(data.get("same_campaign", False), f"{path}.same_campaign"),
        kind=kind,
        status=_enum(Status, data.get("status", "verified"), f"{path}.status"),
        source=_parse_source(data["source"], f"{path}.source") if "source" in data else None,
        jurisdiction=jurisdiction,
    )


def parse_windows(data: object, path: str = "windows") -> tuple[ContactWindow, ...]:
    """Brand windows from configuration (a list of window mappings without kind/source).

    Each item: ``{id, categories: [...], ranges: [{days, start, end}, ...], holidays: allowed|blocked}``.
    """
    items = _sequence(data, path)
    windows = tuple(
        _parse_window(item, f"{path}[{i}]", jurisdiction=None, legal=False) for i, item in enumerate(items)
    )
    _unique((w.id for w in windows), path)
    return windows


def parse_caps(data: object, path: str = "caps") -> tuple[FrequencyCap, ...]:
    """Brand caps from configuration (a list of cap mappings; see ``FrequencyCap``).

    Each item: ``{id, categories: [...], window: 24h, max: 1, min_gap: 2d, max_distinct_channels: 1,
    channels: [...], campaigns: [...], same_campaign: false}``.
    """
    items = _sequence(data, path)
    caps = tuple(
        _parse_cap(item, f"{path}[{i}]", jurisdiction=None, legal=False) for i, item in enumerate(items)
    )
    _unique((c.id for c in caps), path)
    return caps


def _unique(ids: Iterable[str], path: str) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise PolicyDataError(path, f"duplicate id {ident!r}")
        seen.add(ident)


def _parse_calendar(value: object, path: str) -> HolidayCalendar | None:
    if value is None:
        return None
    data = _mapping(value, path)
    _check_keys(data, path, ("country",), ("subdivision",))
    return HolidayCalendar(
        country=_string(data["country"], f"{path}.country"),
        subdivision=_optional_string(data.get("subdivision"), f"{path}.subdivision"),
    )


_JURISDICTION_KEYS = ("id", "name", "country", "parent", "holidays")
_JURISDICTION_OPTIONAL = ("windows", "caps", "geocoder", "member_countries", "notes")


def _parse_jurisdiction(value: object, path: str, last_checked: date | None) -> Jurisdiction:
    data = _mapping(value, path)
    _check_keys(data, path, _JURISDICTION_KEYS, _JURISDICTION_OPTIONAL)
    ident = _identifier(data["id"], f"{path}.id")
    country = _string(data["country"], f"{path}.country")
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise PolicyDataError(f"{path}.country", f"expected an ISO 3166 alpha-2 code, got {country!r}")
    calendar = _parse_calendar(data["holidays"], f"{path}.holidays")
    windows = tuple(
        _parse_window(item, f"{path}.windows[{i}]", jurisdiction=ident, legal=True)
        for i, item in enumerate(_sequence(data.get("windows", []), f"{path}.windows"))
    )
    for i, window in enumerate(windows):
        if window.holidays_blocked:
            if calendar is None:
                raise PolicyDataError(
                    f"{path}.windows[{i}].holidays", "blocked, but the jurisdiction has no calendar"
                )
            windows = (*windows[:i], _with_calendars(window, (calendar,)), *windows[i + 1 :])
    caps = tuple(
        _parse_cap(item, f"{path}.caps[{i}]", jurisdiction=ident, legal=True)
        for i, item in enumerate(_sequence(data.get("caps", []), f"{path}.caps"))
    )
    geocoder_names: frozenset[str] = frozenset()
    geocoder_suffix = None
    if "geocoder" in data:
        geo = _mapping(data["geocoder"], f"{path}.geocoder")
        _check_keys(geo, f"{path}.geocoder", ("names",), ("state_code",))
        names = _sequence(geo["names"], f"{path}.geocoder.names")
        geocoder_names = frozenset(_string(n, f"{path}.geocoder.names[{i}]") for i, n in enumerate(names))
        code = _optional_string(geo.get("state_code"), f"{path}.geocoder.state_code")
        geocoder_suffix = None if code is None else f", {code}"
    members = _sequence(data.get("member_countries", []), f"{path}.member_countries")
    return Jurisdiction(
        id=ident,
        name=_string(data["name"], f"{path}.name"),
        country=country,
        parent=None if data["parent"] is None else _identifier(data["parent"], f"{path}.parent"),
        holidays=calendar,
        windows=windows,
        caps=caps,
        geocoder_names=geocoder_names,
        geocoder_suffix=geocoder_suffix,
        member_countries=frozenset(
            _string(m, f"{path}.member_countries[{i}]") for i, m in enumerate(members)
        ),
        notes=_optional_string(data.get("notes"), f"{path}.notes"),
        last_checked=last_checked,
    )


def _with_calendars(window: ContactWindow, calendars: tuple[HolidayCalendar, ...]) -> ContactWindow:
    return replace(window, calendars=calendars)


def parse_jurisdictions(data: Mapping[str, Any]) -> Mapping[str, Jurisdiction]:
    """Validate jurisdiction data (the parsed YAML document) into a read-only mapping by id.

    Pure: no I/O. Raises :class:`PolicyDataError` whose ``path`` names the key, e.g.
    ``jurisdictions[2].windows[0].ranges[1].start``. Checks: unknown and missing keys, value
    types, ids unique across jurisdictions, windows and caps, parents exist and form no cycle.
    """
    root = _mapping(data, "$")
    _check_keys(root, "$", ("schema", "jurisdictions"), ("last_checked",))
    if root["schema"] != 1:
        raise PolicyDataError("schema", f"unsupported schema {root['schema']!r} (expected 1)")
    last_checked = root.get("last_checked")
    if last_checked is not None and not isinstance(last_checked, date):
        raise PolicyDataError("last_checked", f"expected a date YYYY-MM-DD, got {last_checked!r}")
    items = _sequence(root["jurisdictions"], "jurisdictions")
    parsed = [_parse_jurisdiction(item, f"jurisdictions[{i}]", last_checked) for i, item in enumerate(items)]
    by_id: dict[str, Jurisdiction] = {}
    for i, jurisdiction in enumerate(parsed):
        if jurisdiction.id in by_id:
            raise PolicyDataError(f"jurisdictions[{i}].id", f"duplicate jurisdiction {jurisdiction.id!r}")
        by_id[jurisdiction.id] = jurisdiction
    _unique((w.id for j in parsed for w in j.windows), "jurisdictions[*].windows")
    _unique((c.id for j in parsed for c in j.caps), "jurisdictions[*].caps")
    for i, jurisdiction in enumerate(parsed):
        if jurisdiction.parent is not None and jurisdiction.parent not in by_id:
            raise PolicyDataError(
                f"jurisdictions[{i}].parent", f"unknown jurisdiction {jurisdiction.parent!r}"
            )
        seen = {jurisdiction.id}
        parent = jurisdiction.parent
        while parent is not None:
            if parent in seen:
                raise PolicyDataError(f"jurisdictions[{i}].parent", f"parent cycle through {parent!r}")
            seen.add(parent)
            parent = by_id[parent].parent
    return MappingProxyType(by_id)


@cache
def load_jurisdictions() -> Mapping[str, Jurisdiction]:
    """The shipped jurisdictions (``sendlint.rules/jurisdictions.yaml``), parsed once per process."""
    import yaml

    text = files("sendlint.rules").joinpath("jurisdictions.yaml").read_text(encoding="utf-8")
    return parse_jurisdictions(yaml.safe_load(text))


def ancestors(registry: Mapping[str, Jurisdiction], ident: str) -> tuple[str, ...]:
    """``ident`` and its parents, outermost first: ``us-fl`` -> ``("us", "us-fl")``."""
    chain: list[str] = []
    current: str | None = ident
    while current is not None:
        if current not in registry:
            raise KeyError(f"unknown jurisdiction {current!r}")
        chain.append(current)
        current = registry[current].parent
    return tuple(reversed(chain))


def jurisdictions_for_number(
    e164: str, registry: Mapping[str, Jurisdiction] | None = None
) -> tuple[str, ...]:
    """Jurisdiction ids governing a phone number, outermost first.

    Country from phonenumbers' region; a sub-national jurisdiction (us-fl, us-ok) when the
    geocoder's English description of the number is one of its ``geocoder.names`` or ends in
    ``", <state_code>"`` (the geocoder works from the area code and prefix, which matches
    Florida's statutory presumption for Florida area codes, Fla. Stat. 501.059). A country that
    belongs to a union (ES in the EU) gets the union first. Unknown country -> ``()``.

    Raises ``ValueError`` for text that phonenumbers cannot parse.
    """
    import phonenumbers
    from phonenumbers import geocoder

    registry = load_jurisdictions() if registry is None else registry
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException as error:
        raise ValueError(f"cannot parse phone number {e164!r}: {error}") from None
    region = phonenumbers.region_code_for_number(number)
    if region is None:
        return ()
    national = [
        j
        for j in registry.values()
        if j.country == region and (j.parent is None or registry[j.parent].country != region)
    ]
    if not national:
        unions = [j for j in registry.values() if region in j.member_countries]
        return tuple(sorted(j.id for j in unions))
    country = national[0]
    chosen = country.id
    subs = [
        j for j in registry.values() if j.parent == country.id and (j.geocoder_names or j.geocoder_suffix)
    ]
    if subs:
        description = geocoder.description_for_number(number, "en")
        for sub in subs:
            if description in sub.geocoder_names or (
                sub.geocoder_suffix is not None and description.endswith(sub.geocoder_suffix)
            ):
                chosen = sub.id
                break
    return ancestors(registry, chosen)
