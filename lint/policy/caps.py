"""Frequency caps: how many messages one recipient may get, how often and over how many channels.

A cap is a :class:`~sendlint.policy.jurisdictions.FrequencyCap` (``CapSpec`` here): legal caps come
from ``rules/jurisdictions.yaml`` (:func:`caps_for`), brand caps from configuration
(:func:`parse_caps_config`). Both are checked by :func:`check_caps` against the recipient's
recent sends, which the caller reads from a :class:`sendlint.history.History`.

Windows are *rolling*: a cap with ``window=24h`` looks at ``(candidate.sent_at - 24h,
candidate.sent_at]``; a send exactly 24 h earlier no longer counts. Sends later than the
candidate are ignored (history records what was sent; scheduling future sends is the caller's
business). Brand configuration::

    caps:
      - {id: brand-marketing-daily,  categories: [marketing], window: 24h, max: 1}
      - {id: brand-marketing-weekly, categories: [marketing], window: 7d,  max: 3}
      - {id: brand-promo-spacing, categories: [marketing], campaigns: [black-friday],
         window: 7d, max: 2, min_gap: 48h}

Durations: ``30m``, ``24h``, ``7d``, ``2w``. Optional scope keys: ``channels``, ``campaigns``,
``same_campaign``; optional constraints: ``max``, ``min_gap``, ``max_distinct_channels``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeAlias

from sendlint.policy.jurisdictions import (
    Category,
    Channel,
    FrequencyCap,
    Jurisdiction,
    PolicyDataError,
    ancestors,
    parse_caps,
)

__all__ = [
    "CapConstraint",
    "CapSpec",
    "CapViolation",
    "Send",
    "caps_for",
    "check_caps",
    "earliest_allowed_by_caps",
    "longest_window",
    "parse_caps_config",
]

#: The cap record type: one for legal caps (YAML) and brand caps (config, ``kind=BRAND``).
CapSpec: TypeAlias = FrequencyCap


@dataclass(frozen=True, slots=True)
class Send:
    """One message sent (or about to be sent) to one recipient.

    ``to`` is the E.164 number (or another stable recipient key); ``sent_at`` must be aware.
    ``category`` and ``channel`` accept their string values and are converted.
    """

    to: str
    sent_at: datetime
    channel: Channel
    category: Category
    campaign: str | None = None
    body: str = ""

    def __post_init__(self) -> None:
        if self.sent_at.tzinfo is None or self.sent_at.utcoffset() is None:
            raise ValueError("Send.sent_at must be an aware datetime")
        # Frozen: conversion of plain strings goes through object.__setattr__.
        object.__setattr__(self, "channel", Channel(self.channel))
        object.__setattr__(self, "category", Category(self.category))


class CapConstraint(StrEnum):
    """Which constraint of a cap a candidate breaks."""

    MAX_COUNT = "max_count"
    MIN_GAP = "min_gap"
    DISTINCT_CHANNELS = "distinct_channels"


@dataclass(frozen=True, slots=True)
class CapViolation:
    """A candidate send breaks ``cap``.

    ``count`` is the number of in-scope sends already in the cap's window (for ``MIN_GAP``: in the
    gap; for ``DISTINCT_CHANNELS``: the number of other channels used). ``frees_at`` is the
    earliest instant at which the same candidate would pass this constraint, given no other sends.
    """

    cap: CapSpec
    constraint: CapConstraint
    count: int
    frees_at: datetime


def _in_scope(cap: CapSpec, send: Send, candidate: Send) -> bool:
    if send.category not in cap.categories:
        return False
    if cap.channels is not None and send.channel not in cap.channels:
        return False
    if cap.campaigns is not None and send.campaign not in cap.campaigns:
        return False
    return not (cap.same_campaign and send.campaign != candidate.campaign)


def check_caps(caps: Sequence[CapSpec], candidate: Send, recent: Sequence[Send]) -> list[CapViolation]:
    """Caps that ``candidate`` would break given the recipient's ``recent`` sends.

    ``recent`` may hold anything; only the candidate recipient's sends at or before
    ``candidate.sent_at`` are considered (the history's ``recent(to, since)`` with ``since`` =
    ``sent_at - longest window`` is enough). One violation per broken (cap, constraint), in cap order.
    """
    at = candidate.sent_at
    prior = sorted(
        (send for send in recent if send.to == candidate.to and send.sent_at <= at),
        key=lambda send: send.sent_at,
    )
    violations: list[CapViolation] = []
    for cap in caps:
        if not _in_scope(cap, candidate, candidate):
            continue
        in_scope = [send for send in prior if _in_scope(cap, send, candidate)]
        in_window = [send for send in in_scope if send.sent_at > at - cap.window]
        if cap.max_count is not None and len(in_window) + 1 > cap.max_count:
            # The window must shed all but max_count - 1 sends: it frees when the oldest send that
            # still has to leave is exactly one window old.
            leaving = in_window[len(in_window) - cap.max_count]
            violations.append(
                CapViolation(cap, CapConstraint.MAX_COUNT, len(in_window), leaving.sent_at + cap.window)
            )
        if cap.min_gap is not None and in_scope and at - in_scope[-1].sent_at < cap.min_gap:
            within = [send for send in in_scope if at - send.sent_at < cap.min_gap]
            violations.append(
                CapViolation(cap, CapConstraint.MIN_GAP, len(within), in_scope[-1].sent_at + cap.min_gap)
            )
        if cap.max_distinct_channels is not None:
            last_by_channel: dict[Channel, datetime] = {}
            for send in in_window:
                if send.channel != candidate.channel:
                    last_by_channel[send.channel] = send.sent_at
            allowed_others = cap.max_distinct_channels - 1
            if len(last_by_channel) > allowed_others:
                # Channels leave the window when their latest send is one window old; the
                # candidate passes once only allowed_others of them remain.
                latest_first = sorted(last_by_channel.values(), reverse=True)
                frees_at = latest_first[allowed_others] + cap.window
                violations.append(
                    CapViolation(cap, CapConstraint.DISTINCT_CHANNELS, len(last_by_channel), frees_at)
                )
    return violations


def earliest_allowed_by_caps(caps: Sequence[CapSpec], candidate: Send, recent: Sequence[Send]) -> datetime:
    """The earliest instant >= ``candidate.sent_at`` at which no cap is broken (no further sends)."""
    violations = check_caps(caps, candidate, recent)
    if not violations:
        return candidate.sent_at
    # Each constraint only relaxes as time passes without sends, so the latest frees_at satisfies all.
    return max(violation.frees_at for violation in violations)


def caps_for(registry: Mapping[str, Jurisdiction], jurisdiction_ids: Sequence[str]) -> tuple[CapSpec, ...]:
    """Legal caps of ``jurisdiction_ids`` and their parents (each cap once, outermost first)."""
    seen: list[str] = []
    for ident in jurisdiction_ids:
        if ident not in registry:
            raise PolicyDataError("jurisdictions", f"unknown jurisdiction {ident!r}")
        for item in ancestors(registry, ident):
            if item not in seen:
                seen.append(item)
    return tuple(cap for ident in seen for cap in registry[ident].caps)


def parse_caps_config(data: object, path: str = "caps") -> tuple[CapSpec, ...]:
    """Validate the brand ``caps`` configuration list (see the module docstring)."""
    if data is None:
        return ()
    return parse_caps(data, path)


def longest_window(caps: Sequence[CapSpec]) -> timedelta:
    """How far back history must be read to check ``caps`` (0 for no caps)."""
    spans = [cap.window for cap in caps] + [cap.min_gap for cap in caps if cap.min_gap is not None]
    return max(spans, default=timedelta(0))
