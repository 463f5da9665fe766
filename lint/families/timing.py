"""Send-time checks: contact windows and holidays in the recipient's local time, frequency caps,
and time words that contradict the schedule. Time comes from ``message.send_at`` or the evaluation's
``now`` (the gateway's clock); without either, these checks stay silent in the linter."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from ..checks.python import PythonCheckFunction
from ..context import Hit
from ..findings import Severity

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..policy.sendtime import Policy
    from ..registry import Rule

SEND_TIME_KEYS = ("windows", "transactional_exempt", "ignore_windows")
TIMING_KEYS = frozenset({*SEND_TIME_KEYS, "caps", "timezone"})
LEGAL_KINDS = frozenset({"LAW", "REG"})


def send_instant(ctx: CheckContext) -> datetime | None:
    return ctx.message.send_at or ctx.now


def timing_config(timing: Mapping[str, Any]) -> tuple[Any, Any]:
    """(SendTimeConfig, brand caps) parsed from the ``timing`` configuration section."""
    from ..policy.caps import parse_caps_config
    from ..policy.jurisdictions import PolicyDataError
    from ..policy.sendtime import parse_send_time_config

    unknown = sorted(set(timing) - TIMING_KEYS)
    if unknown:
        raise PolicyDataError(f"timing.{unknown[0]}", f"unknown key (allowed: {', '.join(sorted(TIMING_KEYS))})")
    send_time = parse_send_time_config({k: timing[k] for k in SEND_TIME_KEYS if k in timing}, "timing")
    caps = parse_caps_config(timing.get("caps"), "timing.caps")
    return send_time, caps


def _timing_key(ctx: CheckContext) -> str:
    return json.dumps(ctx.config.timing, sort_keys=True, default=str)


def _policy(ctx: CheckContext) -> Policy:
    from ..policy.jurisdictions import load_jurisdictions
    from ..policy.sendtime import build_policy

    registry = load_jurisdictions()
    ids = tuple(sorted(j for j in ctx.details.get("jurisdictions", ()) if j in registry))
    key = ("policy", ids, _timing_key(ctx))
    policy = ctx.resources.memo.get(key)
    if policy is None:
        send_time, _ = timing_config(ctx.config.timing)
        policy = ctx.resources.memo[key] = build_policy(registry, ids, send_time)
    return policy


def recipient_zones(ctx: CheckContext) -> tuple[str, ...] | None:
    """Explicit ``meta.timezone`` (or ``timing.timezone``), else the zones of the number; None if unknown."""
    explicit = ctx.message.meta.get("timezone") or ctx.config.timing.get("timezone")
    if isinstance(explicit, str):
        return (explicit,)
    if isinstance(explicit, list) and explicit:
        return tuple(str(z) for z in explicit)
    if not ctx.message.to:
        return _jurisdiction_zones(ctx)
    from ..policy.sendtime import RecipientNumberError
    from ..policy.sendtime import recipient_zones as zones_of

    try:
        return ctx.memo("zones", lambda: zones_of(ctx.message.to or ""))
    except RecipientNumberError:
        return None


@cache
def country_zones() -> Mapping[str, tuple[str, ...]]:
    """Country code -> IANA zones, from tzdata's zone.tab (the zones in use in each country)."""
    from importlib import resources

    zones: dict[str, list[str]] = {}
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            zones.setdefault(parts[0], []).append(parts[2])
    return {country: tuple(names) for country, names in zones.items()}


def _jurisdiction_zones(ctx: CheckContext) -> tuple[str, ...] | None:
    """Without a number, the zones of the configured jurisdictions' countries (all of them: a send
    must be allowed everywhere the recipient might be)."""
    from ..policy.jurisdictions import load_jurisdictions

    registry = load_jurisdictions()
    countries = {registry[j].country for j in ctx.details.get("jurisdictions", ()) if j in registry}
    zones = tuple(zone for country in sorted(countries) for zone in country_zones().get(country, ()))
    return zones or None


class WindowParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    reason: Literal["hours", "holiday"]


def contact_window(ctx: CheckContext, rule: Rule, params: WindowParams) -> Iterator[Hit]:
    at = send_instant(ctx)
    if at is None:
        return  # no send time and no clock: nothing to judge (most template files)
    zones = recipient_zones(ctx)
    if not zones:
        return
    from ..policy.sendtime import BlockReason, NeverAllowedError, describe_next_allowed, is_allowed

    policy = _policy(ctx)
    category = ctx.message.category.value
    verdict = ctx.memo(("verdict", at), lambda: is_allowed(policy, category, at, zones))
    if verdict.allowed:
        return
    holiday = [b for b in verdict.reasons if b.reason is BlockReason.HOLIDAY]
    chosen = holiday if params.reason == "holiday" else [b for b in verdict.reasons if b.reason is not BlockReason.HOLIDAY]
    if not chosen or (params.reason == "hours" and holiday):
        return
    lang: Literal["es", "en"] = "es" if ctx.language == "es" else "en"
    try:
        next_time = describe_next_allowed(policy, category, at, zones, lang)
    except NeverAllowedError:
        next_time = "nunca en el próximo año" if lang == "es" else "never within a year"
    block = chosen[0]
    legal = str(block.window.kind) in LEGAL_KINDS
    yield Hit(
        "body", 0, 0,
        {"why": block.describe(lang), "next": next_time, "holiday": block.holiday or ""},
        severity=Severity.ERROR if legal else Severity.WARNING,
        details=(("next_allowed", next_time), ("window", block.window.id)),
    )


def invalid_number(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    number = ctx.message.to
    if not number or ctx.message.meta.get("timezone"):
        return
    from ..policy.sendtime import RecipientNumberError
    from ..policy.sendtime import recipient_zones as zones_of

    try:
        zones_of(number)
    except RecipientNumberError as error:
        yield Hit("body", 0, 0, {"to": number, "error": str(error)})


def _to_send(item: Any) -> Any:
    from ..policy.caps import Send

    return Send(to=item.to, sent_at=item.sent_at, channel=item.channel, category=item.category,
                campaign=item.campaign, body=item.body)


class CapParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    scope: Literal["legal", "brand"]


def frequency_cap(ctx: CheckContext, rule: Rule, params: CapParams) -> Iterator[Hit]:
    at = send_instant(ctx)
    message = ctx.message
    if at is None or not message.to:
        return
    from ..policy.caps import Send, caps_for, check_caps
    from ..policy.jurisdictions import load_jurisdictions

    if params.scope == "legal":
        registry = load_jurisdictions()
        ids = [j for j in ctx.details.get("jurisdictions", ()) if j in registry]
        caps = caps_for(registry, ids)
    else:
        _, caps = timing_config(ctx.config.timing)
    if not caps:
        return
    candidate = Send(to=message.to, sent_at=at, channel=message.channel.value, category=message.category.value,
                     campaign=message.campaign, body=message.body)
    try:
        recent = [_to_send(s) for s in ctx.recent if s.to == message.to]
    except ValueError:
        return
    for violation in check_caps(caps, candidate, recent):
        frees = violation.frees_at.astimezone(at.tzinfo)
        yield Hit(
            "body", 0, 0,
            {"cap": violation.cap.id, "count": violation.count, "constraint": str(violation.constraint),
             "frees_at": f"{frees:%Y-%m-%d %H:%M %z}"},
            details=(("frees_at", frees.isoformat()),),
        )
        return


def _meta_date(value: Any) -> date | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def time_words(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    at = ctx.message.send_at
    if at is None or ctx.language not in ("es", "en"):
        return
    from ..policy.sendtime import time_word_conflicts

    zones = recipient_zones(ctx)
    local = at
    if zones:
        from zoneinfo import ZoneInfo

        local = at.astimezone(ZoneInfo(zones[0]))
    written_for = _meta_date(ctx.message.meta.get("written_for"))
    event_date = _meta_date(ctx.message.meta.get("event_date"))
    lang: Literal["es", "en"] = "es" if ctx.language == "es" else "en"
    for field_name, text in ctx.rule_fields(rule):
        for conflict in time_word_conflicts(text, lang, local, written_for=written_for, event_date=event_date):
            yield Hit(field_name, conflict.start, conflict.end,
                      {"word": conflict.word, "refers_to": conflict.refers_to.isoformat(),
                       "expected": conflict.expected.isoformat() if conflict.expected else "-"})


# Every timing check reads the send time, the recipient's number or zone, and their recent sends.
_TIMING_READS = frozenset({"time", "recipient", "history", "meta", "campaign"})

CHECKS = {
    "contact_window": PythonCheckFunction(contact_window, WindowParams, reads=_TIMING_READS),
    "invalid_number": PythonCheckFunction(invalid_number, reads=_TIMING_READS),
    "frequency_cap": PythonCheckFunction(frequency_cap, CapParams, reads=_TIMING_READS),
    "time_words": PythonCheckFunction(time_words, reads=_TIMING_READS),
}
