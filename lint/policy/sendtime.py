"""Send-time policy: may a message of some category go out at a given instant to a recipient?

Semantics (the whole module follows them):

- A send at instant ``at`` is *inside* a :class:`ContactWindow` for a time zone when the
  recipient's wall clock in that zone shows a weekday and time covered by one of the window's
  ranges (start inclusive, end exclusive) and, for windows that block holidays, the local date is
  not a public holiday of the window's calendars. DST needs no special case: on a spring-forward
  day the skipped wall times are simply never shown; on a fall-back day the repeated hour is
  inside or outside the window both times it is shown.
- A send is *allowed* when it is inside every window that applies to its category, in every
  candidate zone of the recipient (the intersection). ``otp`` and ``alert`` are always exempt;
  ``transactional`` is exempt unless the configuration says ``transactional_exempt: false``.
- Windows come from the recipient's jurisdictions (and their parents) plus the brand's own
  windows from configuration; windows only ever narrow the allowed times.

Brand configuration (the ``send_time`` section; parsed by :func:`parse_send_time_config`)::

    send_time:
      transactional_exempt: true            # default true; otp and alert are always exempt
      ignore_windows: [es-industry-marketing-hours]   # shipped window ids to drop, e.g. an
                                            # INDUSTRY default, or a law counsel says does not apply
      windows:                              # ALLOWED windows; quiet hours are their complement
        - id: brand-marketing
          categories: [marketing]
          ranges:
            - {days: mon-fri, start: "09:00", end: "20:00"}
            - {days: sat, start: "10:00", end: "14:00"}
          holidays: blocked                 # the recipient's jurisdictions' calendars

``days`` takes ``mon``..``sun``, ranges (``mon-fri``, ``fri-mon`` wraps) and lists
(``mon,wed,fri``); times are quoted ``"HH:MM"``, ``"24:00"`` allowed as an end; a range never
crosses midnight (write two).

Everything here is pure: time is always an argument (an aware ``datetime``) and nothing reads a
clock. Holiday calendars come from the ``holidays`` package and are memoised per (calendar, year).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from types import MappingProxyType
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sendlint.policy.jurisdictions import (
    ALWAYS_EXEMPT,
    Category,
    ContactWindow,
    HolidayCalendar,
    Jurisdiction,
    PolicyDataError,
    ancestors,
    jurisdictions_for_number,
    load_jurisdictions,
    parse_windows,
)

__all__ = [
    "DEFAULT_HORIZON",
    "Block",
    "BlockReason",
    "ConflictReason",
    "NeverAllowedError",
    "Policy",
    "RecipientNumberError",
    "SendTimeConfig",
    "TimeWordConflict",
    "Verdict",
    "build_policy",
    "describe_next_allowed",
    "holiday_name",
    "is_allowed",
    "next_allowed",
    "parse_send_time_config",
    "policy_for_number",
    "recipient_zones",
    "time_word_conflicts",
]

Lang = Literal["es", "en"]

#: How far ``next_allowed`` searches before giving up.
DEFAULT_HORIZON = timedelta(days=366)

_UTC = UTC


# --------------------------------------------------------------------------------------------
# Recipient time zones
# --------------------------------------------------------------------------------------------


class RecipientNumberError(ValueError):
    """The number cannot be parsed, is not valid, or has no known time zone.

    The send-time rule turns this into a finding asking for an explicit time zone; callers that
    know the zone (a CRM field) pass it to :func:`is_allowed` directly.
    """


def recipient_zones(e164: str) -> tuple[str, ...]:
    """IANA time zones a phone number may be in, from ``phonenumbers.timezone``.

    A number spanning several zones (US toll-free, some US/MX/BR area codes) returns all of them;
    checks then require every zone to allow the send. Raises :class:`RecipientNumberError` when the
    number is unparsable or invalid, or when phonenumbers only knows ``Etc/Unknown`` for it.
    """
    import phonenumbers
    from phonenumbers import timezone as pn_timezone

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException as error:
        raise RecipientNumberError(f"cannot parse phone number {e164!r}: {error}") from None
    if not phonenumbers.is_valid_number(number):
        region = phonenumbers.region_code_for_number(number) or "unknown region"
        raise RecipientNumberError(
            f"{e164!r} is not a valid phone number ({region}); cannot tell its time zone"
        )
    unknown = pn_timezone.UNKNOWN_TIMEZONE
    zones = tuple(zone for zone in pn_timezone.time_zones_for_number(number) if zone != unknown)
    if not zones:
        raise RecipientNumberError(
            f"no time zone is known for {e164!r}; pass the recipient's zone explicitly"
        )
    return zones


@cache
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}") from None


# --------------------------------------------------------------------------------------------
# Holidays
# --------------------------------------------------------------------------------------------


@cache
def _holidays_for(country: str, subdivision: str | None, year: int) -> Mapping[date, str]:
    # Building a holidays calendar costs milliseconds; memoised per (calendar, year) as immutable data.
    import holidays

    calendar = holidays.country_holidays(country, subdiv=subdivision, years=year, language="en_US")
    return MappingProxyType({day: str(name) for day, name in calendar.items() if day.year == year})


def holiday_name(calendars: Sequence[HolidayCalendar], day: date) -> str | None:
    """Name of the public holiday on ``day`` in any of ``calendars`` (``holidays`` package), or None."""
    for calendar in calendars:
        name = _holidays_for(calendar.country, calendar.subdivision, day.year).get(day)
        if name is not None:
            return name
    return None


# --------------------------------------------------------------------------------------------
# Configuration and policy
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SendTimeConfig:
    """Brand send-time configuration (see the module docstring for the YAML form)."""

    windows: tuple[ContactWindow, ...] = ()
    transactional_exempt: bool = True
    ignore_windows: frozenset[str] = frozenset()


def parse_send_time_config(data: Mapping[str, Any] | None, path: str = "send_time") -> SendTimeConfig:
    """Validate the ``send_time`` configuration section; errors name the key path."""
    if data is None:
        return SendTimeConfig()
    if not isinstance(data, Mapping):
        raise PolicyDataError(path, f"expected a mapping, got {type(data).__name__}")
    allowed = {"windows", "transactional_exempt", "ignore_windows"}
    for key in data:
        if key not in allowed:
            raise PolicyDataError(f"{path}.{key}", f"unknown key (allowed: {', '.join(sorted(allowed))})")
    exempt = data.get("transactional_exempt", True)
    if not isinstance(exempt, bool):
        raise PolicyDataError(f"{path}.transactional_exempt", f"expected true or false, got {exempt!r}")
    windows = parse_windows(data.get("windows", []), f"{path}.windows")
    if exempt:
        for i, window in enumerate(windows):
            if Category.TRANSACTIONAL in window.categories:
                raise PolicyDataError(
                    f"{path}.windows[{i}].categories",
                    "transactional is exempt; set transactional_exempt: false to give it windows",
                )
    ignore = data.get("ignore_windows", [])
    if isinstance(ignore, str) or not isinstance(ignore, Sequence):
        raise PolicyDataError(f"{path}.ignore_windows", "expected a list of window ids")
    for i, item in enumerate(ignore):
        if not isinstance(item, str):
            raise PolicyDataError(f"{path}.ignore_windows[{i}]", f"expected a window id, got {item!r}")
    return SendTimeConfig(windows=windows, transactional_exempt=exempt, ignore_windows=frozenset(ignore))


@dataclass(frozen=True, slots=True)
class Policy:
    """Windows and exemptions resolved for one recipient's jurisdictions and one brand config."""

    jurisdictions: tuple[str, ...]
    windows: tuple[ContactWindow, ...]
    exempt: frozenset[Category]

    def windows_for(self, category: Category | str) -> tuple[ContactWindow, ...]:
        """The windows a message of ``category`` must be inside (none when exempt)."""
        category = Category(category)
        if category in self.exempt:
            return ()
        return tuple(window for window in self.windows if category in window.categories)


def build_policy(
    registry: Mapping[str, Jurisdiction],
    jurisdiction_ids: Sequence[str],
    config: SendTimeConfig = SendTimeConfig(),  # frozen, so one shared default is safe
) -> Policy:
    """Resolve the windows for a recipient in ``jurisdiction_ids`` (parents are added).

    Brand windows that block holidays use the calendars of all resolved jurisdictions. Raises
    :class:`PolicyDataError` for an unknown jurisdiction or an ``ignore_windows`` id that no
    jurisdiction defines (a typo would otherwise silently keep the window).
    """
    known_windows = {window.id for j in registry.values() for window in j.windows}
    for ident in sorted(config.ignore_windows - known_windows):
        raise PolicyDataError("send_time.ignore_windows", f"no shipped window has id {ident!r}")
    resolved: list[str] = []
    for ident in jurisdiction_ids:
        if ident not in registry:
            raise PolicyDataError("jurisdictions", f"unknown jurisdiction {ident!r}")
        for item in ancestors(registry, ident):
            if item not in resolved:
                resolved.append(item)
    windows = [
        window
        for ident in resolved
        for window in registry[ident].windows
        if window.id not in config.ignore_windows
    ]
    calendars: list[HolidayCalendar] = []
    for ident in resolved:
        calendar = registry[ident].holidays
        if calendar is not None and calendar not in calendars:
            calendars.append(calendar)
    windows.extend(
        replace(window, calendars=tuple(calendars)) if window.holidays_blocked else window
        for window in config.windows
    )
    exempt = set(ALWAYS_EXEMPT)
    if config.transactional_exempt:
        exempt.add(Category.TRANSACTIONAL)
    return Policy(jurisdictions=tuple(resolved), windows=tuple(windows), exempt=frozenset(exempt))


def policy_for_number(
    e164: str,
    config: SendTimeConfig = SendTimeConfig(),
    registry: Mapping[str, Jurisdiction] | None = None,
) -> Policy:
    """Convenience: :func:`build_policy` for the jurisdictions of a phone number (shipped data)."""
    registry = load_jurisdictions() if registry is None else registry
    return build_policy(registry, jurisdictions_for_number(e164, registry), config)


# --------------------------------------------------------------------------------------------
# Verdicts
# --------------------------------------------------------------------------------------------


class BlockReason(StrEnum):
    """Why a window does not allow a send."""

    HOLIDAY = "holiday"
    DAY_NOT_ALLOWED = "day_not_allowed"
    OUTSIDE_HOURS = "outside_hours"


@dataclass(frozen=True, slots=True)
class Block:
    """One window that does not allow the send, in one zone; ``window`` carries kind and source."""

    window: ContactWindow
    zone: str
    local_time: datetime
    reason: BlockReason
    holiday: str | None = None

    def describe(self, lang: Lang = "en") -> str:
        """One line for a finding message, naming the window, the local time and the source."""
        local = f"{_weekday_name(self.local_time, lang)} {self.local_time:%H:%M} {self.zone}"
        source = f" [{self.window.kind}: {self.window.source.citation}]" if self.window.source else ""
        if lang == "es":
            why = {
                BlockReason.HOLIDAY: f"festivo ({self.holiday})",
                BlockReason.DAY_NOT_ALLOWED: "día no permitido",
                BlockReason.OUTSIDE_HOURS: "fuera de horario",
            }[self.reason]
            return f"{why}: {local} no está en {self.window.id} ({self.window.describe()}){source}"
        why = {
            BlockReason.HOLIDAY: f"holiday ({self.holiday})",
            BlockReason.DAY_NOT_ALLOWED: "day not allowed",
            BlockReason.OUTSIDE_HOURS: "outside hours",
        }[self.reason]
        return f"{why}: {local} is not in {self.window.id} ({self.window.describe()}){source}"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Outcome of :func:`is_allowed`: ``allowed`` and, when not, every (window, zone) that blocks."""

    allowed: bool
    category: Category
    exempt: bool
    reasons: tuple[Block, ...] = ()


class NeverAllowedError(ValueError):
    """No instant within the search horizon is allowed in all zones by all windows."""


def _require_aware(at: datetime, name: str = "at") -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime (time is always an explicit argument)")


def _zones(zones: Sequence[str]) -> tuple[str, ...]:
    if isinstance(zones, str):
        zones = (zones,)
    if not zones:
        raise ValueError("need at least one recipient time zone")
    for name in zones:
        _zone(name)
    return tuple(dict.fromkeys(zones))


_MICROS_PER_MINUTE = 60_000_000


def _block(window: ContactWindow, zone: str, at_utc: datetime) -> Block | None:
    wall = at_utc.astimezone(_zone(zone))
    day = wall.date()
    if window.holidays_blocked:
        name = holiday_name(window.calendars, day)
        if name is not None:
            return Block(window, zone, wall, BlockReason.HOLIDAY, name)
    ranges = [r for r in window.ranges if day.weekday() in r.days]
    if not ranges:
        return Block(window, zone, wall, BlockReason.DAY_NOT_ALLOWED)
    micros = ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1_000_000 + wall.microsecond
    for r in ranges:
        if r.start_minute * _MICROS_PER_MINUTE <= micros < r.end_minute * _MICROS_PER_MINUTE:
            return None
    return Block(window, zone, wall, BlockReason.OUTSIDE_HOURS)


def is_allowed(policy: Policy, category: Category | str, at: datetime, zones: Sequence[str]) -> Verdict:
    """Whether a ``category`` message may be sent at ``at`` to a recipient in all of ``zones``.

    ``at`` must be aware; ``zones`` are IANA names (e.g. from :func:`recipient_zones`). The
    verdict lists every blocking (window, zone) pair with the reason and the window's source.
    """
    _require_aware(at)
    category = Category(category)
    names = _zones(zones)
    if category in policy.exempt:
        return Verdict(allowed=True, category=category, exempt=True)
    at_utc = at.astimezone(_UTC)
    blocks = tuple(
        block
        for window in policy.windows_for(category)
        for zone in names
        if (block := _block(window, zone, at_utc)) is not None
    )
    return Verdict(allowed=not blocks, category=category, exempt=False, reasons=blocks)


# --------------------------------------------------------------------------------------------
# next_allowed: exact interval arithmetic per local day
# --------------------------------------------------------------------------------------------

_PROBE_STEP = timedelta(hours=6)
_DAY = timedelta(days=1)
# Instants whose wall date is D lie within [D 00:00 - 14 h, D+1 00:00 + 12 h] (UTC offsets span
# -12..+14 h); one more hour of margin on each side.
_BEFORE_DAY = timedelta(hours=15)
_AFTER_DAY = timedelta(hours=13)


def _offset(zone: ZoneInfo, seconds: int) -> timedelta:
    offset = datetime.fromtimestamp(seconds, tz=zone).utcoffset()
    assert offset is not None  # a ZoneInfo always has an offset
    return offset


def _pieces(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, datetime, timedelta]]:
    """Split [start, end) (UTC) into pieces of constant UTC offset.

    Offsets are probed every 6 hours and each change is located to the second by bisection
    (tz transitions fall on whole seconds); real zones never change offset twice in 6 hours.
    """
    lo = int(start.timestamp())
    hi = int(end.timestamp())
    probes = [*range(lo, hi, int(_PROBE_STEP.total_seconds())), hi]
    cuts: list[tuple[int, timedelta]] = [(lo, _offset(zone, lo))]
    previous = lo
    for probe in probes[1:]:
        offset = _offset(zone, probe)
        if offset != cuts[-1][1]:
            # Smallest second in (previous, probe] with the new offset.
            left, right = previous, probe
            while right - left > 1:
                middle = (left + right) // 2
                if _offset(zone, middle) == cuts[-1][1]:
                    left = middle
                else:
                    right = middle
            cuts.append((right, _offset(zone, right)))
        previous = probe
    pieces = []
    for i, (cut, offset) in enumerate(cuts):
        piece_end = cuts[i + 1][0] if i + 1 < len(cuts) else hi
        pieces.append((datetime.fromtimestamp(cut, _UTC), datetime.fromtimestamp(piece_end, _UTC), offset))
    return pieces


def _day_intervals(window: ContactWindow, zone_name: str, day: date) -> list[tuple[datetime, datetime]]:
    """UTC intervals [a, b) of instants whose wall date in the zone is ``day`` and that are inside."""
    if window.holidays_blocked and holiday_name(window.calendars, day) is not None:
        return []
    ranges = [r for r in window.ranges if day.weekday() in r.days]
    if not ranges:
        return []
    midnight = datetime.combine(day, time(), tzinfo=_UTC)  # the wall clock's midnight, read as UTC
    intervals: list[tuple[datetime, datetime]] = []
    for piece_start, piece_end, offset in _pieces(
        _zone(zone_name), midnight - _BEFORE_DAY, midnight + _DAY + _AFTER_DAY
    ):
        for r in ranges:
            # Within a piece, wall = instant + offset, so wall in [start, end) <=> instant in [.. - offset).
            start = max(midnight + timedelta(minutes=r.start_minute) - offset, piece_start)
            end = min(midnight + timedelta(minutes=r.end_minute) - offset, piece_end)
            if start < end:
                intervals.append((start, end))
    return sorted(intervals)


def _next_inside(window: ContactWindow, zone_name: str, at_utc: datetime, limit: datetime) -> datetime | None:
    """Earliest instant >= ``at_utc`` inside ``window`` in one zone, or None before ``limit``."""
    first_day = at_utc.astimezone(_zone(zone_name)).date() - _DAY  # a fall-back can move the date back
    best: datetime | None = None
    found_on: date | None = None
    day = first_day
    while True:
        if found_on is not None and day > found_on + _DAY:
            return best
        if datetime.combine(day, time(), tzinfo=_UTC) - _BEFORE_DAY > limit:
            return best
        for start, end in _day_intervals(window, zone_name, day):
            if end > at_utc:
                candidate = max(start, at_utc)
                if best is None or candidate < best:
                    best = candidate
                    found_on = found_on or day
        day += _DAY


def next_allowed(
    policy: Policy,
    category: Category | str,
    at: datetime,
    zones: Sequence[str],
    *,
    horizon: timedelta = DEFAULT_HORIZON,
) -> datetime:
    """Earliest instant >= ``at`` at which the send is allowed in all ``zones``.

    Exact to the microsecond and DST-correct: when a window opens at a wall time skipped by a
    spring-forward transition, the answer is the transition instant (the first instant whose wall
    clock is past the opening time); on a fall-back day the repeated hour counts both times.
    Holidays and banned days are skipped. Returned in ``at``'s time zone. Raises
    :class:`NeverAllowedError` when nothing within ``horizon`` (366 days) is allowed.
    """
    _require_aware(at)
    category = Category(category)
    names = _zones(zones)
    windows = policy.windows_for(category)
    at_utc = at.astimezone(_UTC)
    limit = at_utc + horizon
    current = at_utc
    while True:
        blocked = [(w, z) for w in windows for z in names if _block(w, z, current) is not None]
        if not blocked:
            return current.astimezone(at.tzinfo)
        # Every blocked (window, zone) pair must open before the answer: jump to the latest opening.
        openings = [_next_inside(w, z, current, limit) for w, z in blocked]
        if any(opening is None for opening in openings):
            missing = [
                f"{w.id}@{z}" for (w, z), opening in zip(blocked, openings, strict=True) if opening is None
            ]
            raise NeverAllowedError(
                f"{category} is never allowed within {horizon.days} days: {', '.join(missing)}"
            )
        following = max(opening for opening in openings if opening is not None)
        if following > limit:
            raise NeverAllowedError(
                f"{category} is never allowed in all of {', '.join(names)} within {horizon.days} days "
                f"(windows: {', '.join(w.id for w in windows)})"
            )
        current = following


_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}


def _weekday_name(moment: datetime | date, lang: Lang) -> str:
    return _WEEKDAYS[lang][moment.weekday()]


def describe_next_allowed(
    policy: Policy,
    category: Category | str,
    at: datetime,
    zones: Sequence[str],
    lang: Lang = "en",
    *,
    display_zone: str | None = None,
) -> str:
    """Finding text: ``allowed from Monday 07:00 America/Bogota`` / ``permitido desde el lunes 07:00 ...``.

    Shown in ``display_zone`` (default: the first zone). When the instant is a week or more away
    the date is added (``Monday 2026-01-19 07:00``); when ``at`` itself is allowed: ``allowed now``.
    """
    moment = next_allowed(policy, category, at, zones)
    zone_name = display_zone or _zones(zones)[0]
    if moment == at:
        return "permitido ahora" if lang == "es" else "allowed now"
    local = moment.astimezone(_zone(zone_name))
    start_day = at.astimezone(_zone(zone_name)).date()
    when = _weekday_name(local, lang)
    if (local.date() - start_day).days >= 7:
        when = f"{when} {local:%Y-%m-%d}"
    if lang == "es":
        return f"permitido desde el {when} {local:%H:%M} {zone_name}"
    return f"allowed from {when} {local:%H:%M} {zone_name}"


# --------------------------------------------------------------------------------------------
# Time words that contradict the schedule
# --------------------------------------------------------------------------------------------


class ConflictReason(StrEnum):
    """Why a deictic time word contradicts the scheduled send."""

    WRITTEN_FOR_OTHER_DAY = "written_for_other_day"
    EVENT_DATE_MISMATCH = "event_date_mismatch"
    WEEKDAY_MISMATCH = "weekday_mismatch"
    DATE_MISMATCH = "date_mismatch"
    TIME_ALREADY_PASSED = "time_already_passed"


@dataclass(frozen=True, slots=True)
class TimeWordConflict:
    """A time word at ``text[start:end]`` whose meaning on the send day contradicts something.

    ``refers_to`` is the date the word denotes when read on the local send date; ``expected`` is
    the date (or, for a passed time, the send date) it should have denoted.
    """

    start: int
    end: int
    word: str
    reason: ConflictReason
    refers_to: date
    expected: date | None = None


# (pattern, day offset from the send date). Accents optional so "manana" and "mañana" both match.
_TERMS: dict[Lang, tuple[tuple[str, int], ...]] = {
    "es": (
        (r"pasado\s+ma[ñn]ana", 2),
        (r"esta\s+noche", 0),
        (r"esta\s+tarde", 0),
        (r"esta\s+ma[ñn]ana", 0),
        (r"hoy", 0),
        # "mañana" is "tomorrow" unless it is "la mañana" (the morning: de/por/en la mañana).
        (r"(?<!la\s)(?<!las\s)ma[ñn]ana", 1),
        (r"anteayer|antier", -2),
        (r"anoche|ayer", -1),
    ),
    "en": (
        (r"the\s+day\s+after\s+tomorrow", 2),
        (r"tonight|tonite", 0),
        (r"this\s+(?:morning|afternoon|evening)", 0),
        (r"today", 0),
        (r"tomorrow", 1),
        (r"the\s+day\s+before\s+yesterday", -2),
        (r"yesterday|last\s+night", -1),
    ),
}

_WEEKDAY_WORDS: dict[Lang, tuple[str, ...]] = {
    "es": ("lunes", "martes", "mi[ée]rcoles", "jueves", "viernes", "s[áa]bado", "domingo"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
_MONTHS: dict[Lang, tuple[str, ...]] = {
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre|setiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "en": (
        "january|jan",
        "february|feb",
        "march|mar",
        "april|apr",
        "may",
        "june|jun",
        "july|jul",
        "august|aug",
        "september|sept|sep",
        "october|oct",
        "november|nov",
        "december|dec",
    ),
}


def _alternatives(words: Sequence[str], prefix: str) -> str:
    return "|".join(f"(?P<{prefix}{i}>{word})" for i, word in enumerate(words))


@cache
def _time_word_re(lang: Lang) -> re.Pattern[str]:
    terms = "|".join(f"(?P<t{i}>{pattern})" for i, (pattern, _) in enumerate(_TERMS[lang]))
    weekday = _alternatives(_WEEKDAY_WORDS[lang], "w")
    months = _alternatives(_MONTHS[lang], "m")
    if lang == "es":
        explicit_date = rf"(?P<day>\d{{1,2}})\s+de\s+(?:{months})(?:\s+(?:de|del)\s+(?P<year>\d{{4}}))?"
        clock = (
            r"(?:a\s+las|antes\s+de\s+las|hasta\s+las|desde\s+las)\s+(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?"
            r"\s*(?:(?P<ampm>[ap])\.?\s?m\.?|de\s+la\s+(?P<part>ma[ñn]ana|tarde|noche))?"
        )
    else:
        explicit_date = (
            rf"(?:(?:{months})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
            rf"(?:of\s+)?(?:{_alternatives(_MONTHS['en'], 'n')}))(?:,?\s+(?P<year>\d{{4}}))?"
        )
        clock = (
            r"(?:at|by|before|until|till)\s+(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?"
            r"\s*(?:(?P<ampm>[ap])\.?\s?m\b\.?)?"
        )
    pattern = (
        rf"\b(?:{terms})\b"
        rf"(?:[\s,]*(?:el\s+|the\s+)?(?:{weekday})\b)?"
        rf"(?:[\s,(]*(?:{explicit_date})\b)?"
        rf"(?:[\s,]*(?:{clock}))?"
    )
    return re.compile(pattern, re.IGNORECASE)


def _matched_index(match: re.Match[str], prefix: str, count: int) -> int | None:
    groups = match.groupdict()
    for i in range(count):
        if groups.get(f"{prefix}{i}") is not None:
            return i
    return None


def _closest_date(month: int, day: int, year: int | None, around: date) -> date | None:
    years = [year] if year is not None else [around.year - 1, around.year, around.year + 1]
    candidates = []
    for y in years:
        try:
            candidates.append(date(y, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - around).days)) if candidates else None


def _clock_minutes(match: re.Match[str]) -> int | None:
    """Latest plausible minute of day for the clock phrase (12-hour readings take the later one)."""
    if match.group("hour") is None:
        return None
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    if hour > 23 or minute > 59:
        return None
    ampm = (match.group("ampm") or "").lower()
    part = unicodedata.normalize("NFKD", (match.groupdict().get("part") or "").lower())
    if ampm == "p" or part.startswith(("tarde", "noche")):
        if hour < 12:
            hour += 12
    elif ampm == "a" or part.startswith("man"):
        if hour == 12:
            hour = 0
    elif hour < 12:
        hour += 12  # no marker: "a las 8" could be 20:00; flag only if even that has passed
    return hour * 60 + minute


def time_word_conflicts(
    text: str,
    lang: Lang,
    send_at_local: datetime,
    *,
    written_for: date | None = None,
    event_date: date | None = None,
) -> list[TimeWordConflict]:
    """Deictic time words ("hoy", "esta noche", "mañana", "today", "tonight", ...) that contradict
    the schedule.

    The rule: such words are read relative to the *local send date* of ``send_at_local`` (the
    recipient's zone), because that is when the recipient reads them. "hoy" is therefore never
    wrong by itself. A conflict exists only when something else pins the date or time:

    - ``written_for``: the send date the author wrote the text for (``meta.written_for``). If the
      message now goes out on another date (rescheduled, held back by a window), every deictic
      word shifted meaning: all are flagged (``WRITTEN_FOR_OTHER_DAY``).
    - ``event_date`` (``meta.event_date``) within the deictic range (send day -2..+2): at least one
      word must name it; otherwise the future/present words are flagged (``EVENT_DATE_MISMATCH``).
    - An explicit weekday or date right after the word ("hoy lunes", "today, March 12") that is not
      the day the word denotes (``WEEKDAY_MISMATCH`` / ``DATE_MISMATCH``).
    - A clock time right after a same-day word ("hoy a las 10", "tonight at 8") already past at the
      send time (``TIME_ALREADY_PASSED``; a time without am/pm is read as the later reading).

    Part-of-day words alone ("esta mañana" sent at 20:00) are not flagged: they are often
    legitimately about the past ("llegó esta mañana").
    """
    _require_aware(send_at_local, "send_at_local")
    send_day = send_at_local.date()
    send_minute = send_at_local.hour * 60 + send_at_local.minute
    terms = _TERMS[lang]
    found: list[tuple[re.Match[str], date, int]] = []
    for match in _time_word_re(lang).finditer(text):
        index = _matched_index(match, "t", len(terms))
        assert index is not None
        offset = terms[index][1]
        found.append((match, send_day + timedelta(days=offset), offset))

    conflicts: list[TimeWordConflict] = []

    def add(
        match: re.Match[str], index: int, reason: ConflictReason, refers: date, expected: date | None
    ) -> None:
        group = f"t{index}"
        conflicts.append(
            TimeWordConflict(
                match.start(group), match.end(group), match.group(group), reason, refers, expected
            )
        )

    event_named = event_date is not None and any(refers == event_date for _, refers, _ in found)
    event_in_range = event_date is not None and abs((event_date - send_day).days) <= 2
    for match, refers, offset in found:
        index = _matched_index(match, "t", len(terms))
        assert index is not None
        if written_for is not None and written_for != send_day:
            add(
                match,
                index,
                ConflictReason.WRITTEN_FOR_OTHER_DAY,
                refers,
                written_for + timedelta(days=offset),
            )
            continue
        weekday = _matched_index(match, "w", 7)
        if weekday is not None and weekday != refers.weekday():
            add(match, index, ConflictReason.WEEKDAY_MISMATCH, refers, None)
            continue
        month = _matched_index(match, "m", 12)
        if month is None:
            month = _matched_index(match, "n", 12)
        day_text = match.group("day") or match.groupdict().get("day2")
        if month is not None and day_text is not None:
            year = int(match.group("year")) if match.group("year") else None
            stated = _closest_date(month + 1, int(day_text), year, refers)
            if stated is not None and stated != refers:
                add(match, index, ConflictReason.DATE_MISMATCH, refers, stated)
                continue
        clock = _clock_minutes(match)
        if offset == 0 and clock is not None and clock <= send_minute:
            add(match, index, ConflictReason.TIME_ALREADY_PASSED, refers, send_day)
            continue
        if event_date is not None and event_in_range and not event_named and offset >= 0:
            add(match, index, ConflictReason.EVENT_DATE_MISMATCH, refers, event_date)
    return conflicts
