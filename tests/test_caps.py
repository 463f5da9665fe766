"""Frequency caps: legal caps (Florida, Chile, Colombia), brand caps, rolling windows, frees_at."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.policy.caps import (
    CapConstraint,
    CapSpec,
    Send,
    caps_for,
    check_caps,
    earliest_allowed_by_caps,
    longest_window,
    parse_caps_config,
)
from sendlint.policy.jurisdictions import Category, Channel, Kind, PolicyDataError, load_jurisdictions

REGISTRY = load_jurisdictions()
NEW_YORK = ZoneInfo("America/New_York")
SANTIAGO = ZoneInfo("America/Santiago")
BOGOTA = ZoneInfo("America/Bogota")
MICRO = timedelta(microseconds=1)
TO = "+13055551234"


def send(
    at: datetime,
    *,
    to: str = TO,
    channel: str = "sms",
    category: str = "marketing",
    campaign: str | None = None,
) -> Send:
    return Send(
        to=to, sent_at=at, channel=Channel(channel), category=Category(category), campaign=campaign, body="x"
    )


def only(caps: tuple[CapSpec, ...], ident: str) -> tuple[CapSpec, ...]:
    return tuple(cap for cap in caps if cap.id == ident)


def test_caps_for_includes_parent_jurisdictions() -> None:
    assert [cap.id for cap in caps_for(REGISTRY, ["us-fl"])] == [
        "us-regf-calls-7-in-7",
        "us-fl-ftsa-3-per-24h",
    ]
    assert [cap.id for cap in caps_for(REGISTRY, ["es"])] == []
    with pytest.raises(PolicyDataError, match="unknown jurisdiction 'zz'"):
        caps_for(REGISTRY, ["zz"])


# --------------------------------------------------------------------------------------------
# Florida: 3 per 24 h
# --------------------------------------------------------------------------------------------


def test_florida_fourth_marketing_message_in_24h_violates_and_frees_24h_after_the_first() -> None:
    caps = caps_for(REGISTRY, ["us-fl"])
    day = datetime(2026, 5, 5, tzinfo=NEW_YORK)
    recent = [send(day.replace(hour=h)) for h in (10, 11, 12)]
    (violation,) = check_caps(caps, send(day.replace(hour=13)), recent)
    assert violation.cap.id == "us-fl-ftsa-3-per-24h"
    assert violation.constraint is CapConstraint.MAX_COUNT
    assert violation.count == 3
    assert violation.frees_at == datetime(2026, 5, 6, 10, 0, tzinfo=NEW_YORK)
    assert check_caps(caps, send(violation.frees_at), recent) == []
    assert len(check_caps(caps, send(violation.frees_at - MICRO), recent)) == 1
    # The third message is fine.
    assert check_caps(caps, send(day.replace(hour=13)), recent[:2]) == []


def test_florida_cap_ignores_other_categories_and_other_recipients() -> None:
    caps = caps_for(REGISTRY, ["us-fl"])
    day = datetime(2026, 5, 5, tzinfo=NEW_YORK)
    recent = [
        send(day.replace(hour=9), category="transactional"),
        send(day.replace(hour=10)),
        send(day.replace(hour=11)),
        send(day.replace(hour=12), to="+13055550000"),
        send(day.replace(hour=14)),  # after the candidate: not counted
    ]
    assert check_caps(caps, send(day.replace(hour=13)), recent) == []


def test_florida_frees_at_with_more_sends_than_the_cap() -> None:
    caps = caps_for(REGISTRY, ["us-fl"])
    day = datetime(2026, 5, 5, tzinfo=NEW_YORK)
    recent = [send(day.replace(hour=h)) for h in (8, 9, 10, 11)]
    (violation,) = check_caps(caps, send(day.replace(hour=12)), recent)
    # Two must leave the window: it frees when the 9:00 send is 24 h old.
    assert (violation.count, violation.frees_at) == (4, datetime(2026, 5, 6, 9, 0, tzinfo=NEW_YORK))


# --------------------------------------------------------------------------------------------
# Chile: 2 per week, at least 2 days apart; calls 1 per week
# --------------------------------------------------------------------------------------------


def test_chile_messages_must_be_two_days_apart() -> None:
    caps = caps_for(REGISTRY, ["cl"])
    monday = datetime(2026, 6, 1, 10, 0, tzinfo=SANTIAGO)
    recent = [send(monday, category="collections")]
    (violation,) = check_caps(caps, send(monday + timedelta(days=1), category="collections"), recent)
    assert (violation.cap.id, violation.constraint) == (
        "cl-art37-collections-messages",
        CapConstraint.MIN_GAP,
    )
    assert violation.frees_at == datetime(2026, 6, 3, 10, 0, tzinfo=SANTIAGO)
    assert check_caps(caps, send(monday + timedelta(days=2), category="collections"), recent) == []
    assert (
        len(check_caps(caps, send(monday + timedelta(days=2) - MICRO, category="collections"), recent)) == 1
    )


def test_chile_third_message_in_a_week_waits_for_the_first_to_leave() -> None:
    caps = caps_for(REGISTRY, ["cl"])
    monday = datetime(2026, 6, 1, 10, 0, tzinfo=SANTIAGO)
    recent = [
        send(monday, category="collections"),
        send(monday + timedelta(days=2), channel="email", category="collections"),
    ]
    (violation,) = check_caps(
        caps, send(monday + timedelta(days=4), channel="whatsapp", category="collections"), recent
    )
    assert (violation.constraint, violation.count) == (CapConstraint.MAX_COUNT, 2)
    assert violation.frees_at == datetime(2026, 6, 8, 10, 0, tzinfo=SANTIAGO)
    assert (
        earliest_allowed_by_caps(caps, send(monday + timedelta(days=4), category="collections"), recent)
        == violation.frees_at
    )


def test_chile_calls_have_their_own_weekly_cap() -> None:
    caps = caps_for(REGISTRY, ["cl"])
    monday = datetime(2026, 6, 1, 10, 0, tzinfo=SANTIAGO)
    recent = [send(monday, channel="voice", category="collections")]
    assert check_caps(caps, send(monday + timedelta(days=3), category="collections"), recent) == []
    (violation,) = check_caps(
        caps, send(monday + timedelta(days=3), channel="voice", category="collections"), recent
    )
    assert (violation.cap.id, violation.frees_at) == (
        "cl-art37-collections-calls",
        monday + timedelta(days=7),
    )


def test_chile_caps_do_not_apply_to_marketing() -> None:
    caps = caps_for(REGISTRY, ["cl"])
    monday = datetime(2026, 6, 1, 10, 0, tzinfo=SANTIAGO)
    assert check_caps(caps, send(monday + timedelta(hours=1)), [send(monday)]) == []


# --------------------------------------------------------------------------------------------
# Colombia: once a day, one channel a week
# --------------------------------------------------------------------------------------------


def test_colombia_once_per_day_and_one_channel_per_week() -> None:
    caps = caps_for(REGISTRY, ["co"])
    monday = datetime(2026, 6, 1, 9, 0, tzinfo=BOGOTA)
    recent = [send(monday, category="collections")]
    (daily,) = check_caps(caps, send(monday.replace(hour=15), category="collections"), recent)
    assert (daily.cap.id, daily.frees_at) == ("co-ley2300-collections-daily", monday + timedelta(days=1))
    wednesday = monday + timedelta(days=2)
    assert check_caps(caps, send(wednesday, category="collections"), recent) == []
    (channels,) = check_caps(caps, send(wednesday, channel="whatsapp", category="collections"), recent)
    assert (channels.cap.id, channels.constraint, channels.count) == (
        "co-ley2300-collections-one-channel-weekly",
        CapConstraint.DISTINCT_CHANNELS,
        1,
    )
    assert channels.frees_at == monday + timedelta(days=7)
    # Marketing is capped separately from collections.
    assert check_caps(caps, send(monday.replace(hour=15), channel="whatsapp"), recent) == []


def test_distinct_channels_frees_when_enough_channels_leave() -> None:
    cap = CapSpec(
        id="two-channels",
        categories=frozenset({Category.MARKETING}),
        window=timedelta(days=7),
        max_distinct_channels=2,
    )
    start = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    recent = [
        send(start, channel="sms"),
        send(start + timedelta(days=1), channel="email"),
        send(start + timedelta(days=2), channel="sms"),
    ]
    (violation,) = check_caps((cap,), send(start + timedelta(days=3), channel="push"), recent)
    # sms (last day 2) and email (day 1) are in the window; one must leave: email frees at day 8.
    assert (violation.count, violation.frees_at) == (2, start + timedelta(days=8))


# --------------------------------------------------------------------------------------------
# Brand caps from configuration
# --------------------------------------------------------------------------------------------


def test_brand_caps_from_configuration() -> None:
    caps = parse_caps_config(
        [
            {"id": "brand-marketing-daily", "categories": ["marketing"], "window": "24h", "max": 1},
            {"id": "brand-marketing-weekly", "categories": ["marketing"], "window": "7d", "max": 3},
        ]
    )
    assert [(c.kind, c.max_count, c.window) for c in caps] == [
        (Kind.BRAND, 1, timedelta(hours=24)),
        (Kind.BRAND, 3, timedelta(days=7)),
    ]
    start = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    recent = [send(start + timedelta(days=d)) for d in (0, 2, 4)]
    violations = check_caps(caps, send(start + timedelta(days=4, hours=2)), recent)
    assert [(v.cap.id, v.frees_at) for v in violations] == [
        ("brand-marketing-daily", start + timedelta(days=5)),
        ("brand-marketing-weekly", start + timedelta(days=7)),
    ]
    assert earliest_allowed_by_caps(
        caps, send(start + timedelta(days=4, hours=2)), recent
    ) == start + timedelta(days=7)
    assert longest_window(caps) == timedelta(days=7)
    assert parse_caps_config(None) == ()


def test_campaign_and_channel_scopes() -> None:
    caps = parse_caps_config(
        [
            {
                "id": "promo",
                "categories": ["marketing"],
                "campaigns": ["black-friday"],
                "window": "7d",
                "max": 1,
            },
            {
                "id": "per-campaign",
                "categories": ["marketing"],
                "same_campaign": True,
                "window": "24h",
                "max": 1,
            },
            {"id": "push-only", "categories": ["marketing"], "channels": ["push"], "window": "24h", "max": 1},
        ]
    )
    start = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    recent = [
        send(start, campaign="black-friday"),
        send(start + timedelta(hours=1), campaign="newsletter", channel="push"),
    ]
    later = start + timedelta(hours=2)
    assert [v.cap.id for v in check_caps(caps, send(later, campaign="black-friday"), recent)] == [
        "promo",
        "per-campaign",
    ]
    assert [v.cap.id for v in check_caps(caps, send(later, campaign="spring"), recent)] == []
    assert [v.cap.id for v in check_caps(caps, send(later, campaign="spring", channel="push"), recent)] == [
        "push-only"
    ]


@pytest.mark.parametrize(
    ("config", "path"),
    [
        ([{"id": "a", "categories": ["marketing"], "window": "1 day", "max": 1}], "caps[0].window"),
        ([{"id": "a", "categories": ["marketing"], "window": "24h", "max": 0}], "caps[0].max"),
        ([{"id": "a", "categories": ["marketing"], "window": "24h"}], "caps[0]"),
        ([{"id": "a", "categories": ["marketing"], "window": "24h", "max": 1, "per": "day"}], "caps[0].per"),
        (
            [{"id": "a", "categories": ["marketing"], "window": "24h", "max": 1, "channels": ["fax"]}],
            "caps[0].channels[0]",
        ),
        (
            [{"id": "a", "categories": ["marketing"], "window": "24h", "max": 1, "kind": "LAW"}],
            "caps[0].kind",
        ),
        (
            [
                {"id": "a", "categories": ["marketing"], "window": "24h", "max": 1},
                {"id": "a", "categories": ["otp"], "window": "1h", "max": 5},
            ],
            "caps",
        ),
        ({"id": "a"}, "caps"),
    ],
)
def test_invalid_brand_caps_name_the_key_path(config: object, path: str) -> None:
    with pytest.raises(PolicyDataError) as error:
        parse_caps_config(config)
    assert error.value.path == path


def test_send_requires_an_aware_time_and_converts_strings() -> None:
    with pytest.raises(ValueError, match="aware"):
        Send(to=TO, sent_at=datetime(2026, 1, 1), channel=Channel.SMS, category=Category.MARKETING)
    as_text: Any = ("whatsapp", "otp")  # strings, as a JSON loader would pass them
    made = Send(to=TO, sent_at=datetime(2026, 1, 1, tzinfo=UTC), channel=as_text[0], category=as_text[1])
    assert (made.channel, made.category) == (Channel.WHATSAPP, Category.OTP)


# --------------------------------------------------------------------------------------------
# Property: earliest_allowed_by_caps passes, and nothing earlier does
# --------------------------------------------------------------------------------------------

PROPERTY_CAPS = (
    *caps_for(REGISTRY, ["cl"]),
    *caps_for(REGISTRY, ["co"]),
    *caps_for(REGISTRY, ["us-fl"]),
    *parse_caps_config(
        [{"id": "brand-weekly", "categories": ["marketing"], "window": "7d", "max": 3, "min_gap": "6h"}]
    ),
)
BASE = datetime(2026, 6, 1, tzinfo=UTC)


@st.composite
def histories(draw: st.DrawFn) -> tuple[Send, list[Send]]:
    def one() -> st.SearchStrategy[Send]:
        return st.builds(
            lambda minutes, channel, category: send(
                BASE + timedelta(minutes=minutes), channel=channel, category=category
            ),
            st.integers(min_value=0, max_value=14 * 24 * 60),
            st.sampled_from(["sms", "whatsapp", "email", "voice"]),
            st.sampled_from(["marketing", "collections"]),
        )

    recent = draw(st.lists(one(), max_size=12))
    candidate = draw(one())
    return candidate, recent


@settings(max_examples=300, deadline=None)
@given(histories())
def test_earliest_allowed_by_caps_is_the_first_passing_instant(case: tuple[Send, list[Send]]) -> None:
    candidate, recent = case
    # Only past sends matter; drop later ones so moving the candidate forward adds none.
    recent = [s for s in recent if s.sent_at <= candidate.sent_at]
    earliest = earliest_allowed_by_caps(PROPERTY_CAPS, candidate, recent)
    assert earliest >= candidate.sent_at
    assert check_caps(PROPERTY_CAPS, send_at(candidate, earliest), recent) == []
    if earliest > candidate.sent_at:
        assert check_caps(PROPERTY_CAPS, send_at(candidate, earliest - MICRO), recent) != []


def send_at(candidate: Send, at: datetime) -> Send:
    return send(at, channel=candidate.channel.value, category=candidate.category.value)
