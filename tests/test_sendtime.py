"""Send-time policy: jurisdictions data, windows, holidays, DST, multi-zone numbers, time words."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.policy.jurisdictions import (
    Category,
    Kind,
    PolicyDataError,
    Status,
    jurisdictions_for_number,
    load_jurisdictions,
    parse_jurisdictions,
)
from sendlint.policy.sendtime import (
    BlockReason,
    ConflictReason,
    NeverAllowedError,
    Policy,
    RecipientNumberError,
    build_policy,
    describe_next_allowed,
    is_allowed,
    next_allowed,
    parse_send_time_config,
    policy_for_number,
    recipient_zones,
    time_word_conflicts,
)

BOGOTA = ZoneInfo("America/Bogota")
NEW_YORK = ZoneInfo("America/New_York")
SANTIAGO = ZoneInfo("America/Santiago")
MEXICO_CITY = ZoneInfo("America/Mexico_City")
REGISTRY = load_jurisdictions()
MICRO = timedelta(microseconds=1)
Lang = Literal["es", "en"]


def policy(*ids: str, config: dict[str, Any] | None = None) -> Policy:
    return build_policy(REGISTRY, ids, parse_send_time_config(config))


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# --------------------------------------------------------------------------------------------
# Shipped data
# --------------------------------------------------------------------------------------------


def test_shipped_jurisdictions_are_the_documented_set() -> None:
    assert sorted(REGISTRY) == ["ar", "br", "cl", "co", "es", "eu", "mx", "pe", "us", "us-fl", "us-ok"]
    assert REGISTRY["us-fl"].parent == "us"
    assert REGISTRY["es"].parent == "eu"
    assert REGISTRY["co"].holidays is not None and REGISTRY["co"].holidays.country == "CO"


def test_every_legal_window_and_cap_carries_kind_status_and_source() -> None:
    for jurisdiction in REGISTRY.values():
        for item in (*jurisdiction.windows, *jurisdiction.caps):
            assert item.source is not None and item.source.citation, item.id
            assert item.kind is not Kind.BRAND, item.id
            assert item.jurisdiction == jurisdiction.id


def test_spanish_window_is_industry_and_peru_marketing_is_unverified() -> None:
    (es_window,) = REGISTRY["es"].windows
    assert es_window.kind is Kind.INDUSTRY
    pe = {w.id: w for w in REGISTRY["pe"].windows}
    assert pe["pe-ley32323-marketing-hours"].status is Status.UNVERIFIED
    assert pe["pe-art62-collections-hours"].status is Status.SECONDARY
    fl_cap = REGISTRY["us-fl"].caps[0]
    assert (fl_cap.max_count, fl_cap.window, fl_cap.status) == (3, timedelta(hours=24), Status.VERIFIED)


def test_colombia_window_text() -> None:
    (window,) = REGISTRY["co"].windows
    assert window.describe() == "mon-fri 07:00-19:00, sat 08:00-15:00; not on holidays"
    assert window.categories == {Category.MARKETING, Category.COLLECTIONS}


def minimal_data(**window: Any) -> dict[str, Any]:
    base_window = {
        "id": "x-hours",
        "categories": ["marketing"],
        "ranges": [{"days": "mon-fri", "start": "09:00", "end": "20:00"}],
        "kind": "LAW",
        "status": "verified",
        "source": {"citation": "Test law art. 1"},
    }
    base_window.update(window)
    return {
        "schema": 1,
        "jurisdictions": [
            {
                "id": "xx",
                "name": "X",
                "country": "CO",
                "parent": None,
                "holidays": {"country": "CO"},
                "windows": [base_window],
            }
        ],
    }


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"colour": "red"}, "jurisdictions[0].windows[0].colour"),
        (
            {"ranges": [{"days": "mon-fri", "start": "09:00", "end": 1140}]},
            "jurisdictions[0].windows[0].ranges[0].end",
        ),
        (
            {"ranges": [{"days": "mon-fry", "start": "09:00", "end": "20:00"}]},
            "jurisdictions[0].windows[0].ranges[0].days",
        ),
        (
            {"ranges": [{"days": "mon", "start": "21:00", "end": "08:00"}]},
            "jurisdictions[0].windows[0].ranges[0].end",
        ),
        ({"categories": ["otp"]}, "jurisdictions[0].windows[0].categories"),
        ({"categories": ["spam"]}, "jurisdictions[0].windows[0].categories[0]"),
        ({"kind": "BRAND"}, "jurisdictions[0].windows[0].kind"),
        ({"status": "probably"}, "jurisdictions[0].windows[0].status"),
        ({"source": {"url": "https://x"}}, "jurisdictions[0].windows[0].source.citation"),
    ],
)
def test_invalid_jurisdiction_data_names_the_key_path(change: dict[str, Any], path: str) -> None:
    with pytest.raises(PolicyDataError) as error:
        parse_jurisdictions(minimal_data(**change))
    assert error.value.path == path


def test_unknown_parent_and_duplicate_ids_are_rejected() -> None:
    data = minimal_data()
    data["jurisdictions"][0]["parent"] = "nowhere"
    with pytest.raises(PolicyDataError, match="unknown jurisdiction 'nowhere'") as error:
        parse_jurisdictions(data)
    assert error.value.path == "jurisdictions[0].parent"
    data = minimal_data()
    data["jurisdictions"].append(dict(data["jurisdictions"][0]))
    with pytest.raises(PolicyDataError, match="duplicate jurisdiction 'xx'"):
        parse_jurisdictions(data)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("+13055551234", ("us", "us-fl")),
        ("+18505551234", ("us", "us-fl")),
        ("+12125551234", ("us",)),
        ("+14055551234", ("us", "us-ok")),
        ("+19185551234", ("us", "us-ok")),
        ("+34612345678", ("eu", "es")),
        ("+33612345678", ("eu",)),
        ("+573001234567", ("co",)),
        ("+525512345678", ("mx",)),
        ("+56961234567", ("cl",)),
        ("+5491112345678", ("ar",)),
        ("+51912345678", ("pe",)),
        ("+5511912345678", ("br",)),
        ("+81312345678", ()),
    ],
)
def test_jurisdictions_for_number(number: str, expected: tuple[str, ...]) -> None:
    assert jurisdictions_for_number(number) == expected


def test_jurisdictions_for_unparsable_number_raises_value_error() -> None:
    with pytest.raises(ValueError, match="cannot parse"):
        jurisdictions_for_number("not a number")


# --------------------------------------------------------------------------------------------
# Recipient zones
# --------------------------------------------------------------------------------------------


def test_recipient_zones_single_and_multi() -> None:
    assert recipient_zones("+573001234567") == ("America/Bogota",)
    assert recipient_zones("+16055551234") == ("America/Denver", "America/North_Dakota/Center")
    toll_free = recipient_zones("+18005551234")
    assert "Pacific/Honolulu" in toll_free and "America/New_York" in toll_free and len(toll_free) > 20


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("+15555551234", "not a valid phone number"),
        ("+5215512345678", "not a valid phone number"),
        ("hello", "cannot parse"),
    ],
)
def test_recipient_zones_errors_are_readable(number: str, message: str) -> None:
    with pytest.raises(RecipientNumberError, match=message):
        recipient_zones(number)


# --------------------------------------------------------------------------------------------
# Colombia: Ley 2300 windows and holidays
# --------------------------------------------------------------------------------------------


def co_marketing(at: datetime) -> tuple[bool, tuple[BlockReason, ...]]:
    verdict = is_allowed(policy("co"), Category.MARKETING, at, ["America/Bogota"])
    return verdict.allowed, tuple(block.reason for block in verdict.reasons)


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2026, 1, 12), "Epiphany (observed)"),
        (date(2026, 3, 23), "Saint Joseph's Day (observed)"),
        (date(2026, 7, 13), "Day of Our Lady of the Rosary of Chiquinquirá (observed)"),
    ],
)
def test_colombian_monday_moved_holidays_are_blocked(day: date, name: str) -> None:
    at = datetime.combine(day, datetime.min.time().replace(hour=10), tzinfo=BOGOTA)
    verdict = is_allowed(policy("co"), "collections", at, ["America/Bogota"])
    assert not verdict.allowed
    (block,) = verdict.reasons
    assert (block.reason, block.holiday, block.window.id) == (BlockReason.HOLIDAY, name, "co-ley2300-hours")
    assert next_allowed(policy("co"), "collections", at, ["America/Bogota"]) == datetime.combine(
        day + timedelta(days=1), datetime.min.time().replace(hour=7), tzinfo=BOGOTA
    )


def test_the_original_date_of_a_moved_holiday_is_a_working_day() -> None:
    assert co_marketing(datetime(2026, 1, 6, 10, tzinfo=BOGOTA)) == (True, ())


def test_colombian_saturday_boundary() -> None:
    assert co_marketing(datetime(2026, 1, 17, 14, 59, tzinfo=BOGOTA)) == (True, ())
    assert co_marketing(datetime(2026, 1, 17, 14, 59, 59, 999999, tzinfo=BOGOTA)) == (True, ())
    assert co_marketing(datetime(2026, 1, 17, 15, 0, tzinfo=BOGOTA)) == (False, (BlockReason.OUTSIDE_HOURS,))
    assert co_marketing(datetime(2026, 1, 17, 7, 59, tzinfo=BOGOTA)) == (False, (BlockReason.OUTSIDE_HOURS,))
    assert co_marketing(datetime(2026, 1, 17, 8, 0, tzinfo=BOGOTA)) == (True, ())


def test_colombian_weekday_boundaries() -> None:
    assert co_marketing(datetime(2026, 1, 14, 6, 59, 59, tzinfo=BOGOTA)) == (
        False,
        (BlockReason.OUTSIDE_HOURS,),
    )
    assert co_marketing(datetime(2026, 1, 14, 7, 0, tzinfo=BOGOTA)) == (True, ())
    assert co_marketing(datetime(2026, 1, 14, 18, 59, 59, 999999, tzinfo=BOGOTA)) == (True, ())
    assert co_marketing(datetime(2026, 1, 14, 19, 0, tzinfo=BOGOTA)) == (False, (BlockReason.OUTSIDE_HOURS,))


def test_sunday_in_colombia_is_blocked() -> None:
    assert co_marketing(datetime(2026, 1, 18, 10, 0, tzinfo=BOGOTA)) == (
        False,
        (BlockReason.DAY_NOT_ALLOWED,),
    )


def test_colombia_next_allowed_skips_sunday_and_a_holiday_monday() -> None:
    p = policy("co")
    assert next_allowed(
        p, "marketing", datetime(2026, 1, 17, 15, 0, tzinfo=BOGOTA), ["America/Bogota"]
    ) == datetime(2026, 1, 19, 7, 0, tzinfo=BOGOTA)
    assert next_allowed(
        p, "marketing", datetime(2026, 1, 10, 15, 0, tzinfo=BOGOTA), ["America/Bogota"]
    ) == datetime(2026, 1, 13, 7, 0, tzinfo=BOGOTA)
    # Friday after hours -> Saturday 08:00, not Monday.
    assert next_allowed(
        p, "marketing", datetime(2026, 1, 16, 19, 0, tzinfo=BOGOTA), ["America/Bogota"]
    ) == datetime(2026, 1, 17, 8, 0, tzinfo=BOGOTA)


def test_describe_next_allowed_in_both_languages() -> None:
    p = policy("co")
    at = datetime(2026, 1, 17, 16, 0, tzinfo=BOGOTA)
    assert (
        describe_next_allowed(p, "marketing", at, ["America/Bogota"], "en")
        == "allowed from Monday 07:00 America/Bogota"
    )
    assert (
        describe_next_allowed(p, "marketing", at, ["America/Bogota"], "es")
        == "permitido desde el lunes 07:00 America/Bogota"
    )
    now = datetime(2026, 1, 14, 10, 0, tzinfo=BOGOTA)
    assert describe_next_allowed(p, "marketing", now, ["America/Bogota"], "es") == "permitido ahora"
    assert describe_next_allowed(p, "marketing", now, ["America/Bogota"], "en") == "allowed now"


def test_describe_next_allowed_adds_the_date_a_week_or_more_away() -> None:
    config = {
        "windows": [
            {
                "id": "brand-q",
                "categories": ["service"],
                "ranges": [{"days": "mon", "start": "10:00", "end": "11:00"}],
            }
        ]
    }
    p = policy("co", config=config)
    at = datetime(2026, 1, 19, 11, 0, tzinfo=BOGOTA)  # Monday, just after the window
    assert (
        describe_next_allowed(p, "service", at, ["America/Bogota"])
        == "allowed from Monday 2026-01-26 10:00 America/Bogota"
    )


def test_block_description_names_window_time_and_source() -> None:
    verdict = is_allowed(
        policy("co"), "marketing", datetime(2026, 1, 18, 10, tzinfo=BOGOTA), ["America/Bogota"]
    )
    text = verdict.reasons[0].describe("es")
    assert text.startswith("día no permitido: domingo 10:00 America/Bogota no está en co-ley2300-hours")
    assert "[LAW: Ley 2300 de 2023" in text


# --------------------------------------------------------------------------------------------
# United States: TCPA, Florida, multi-zone numbers, DST
# --------------------------------------------------------------------------------------------


def test_florida_number_at_2030_is_blocked_for_marketing_but_new_york_is_allowed() -> None:
    at = datetime(2026, 5, 5, 20, 30, tzinfo=NEW_YORK)
    florida = "+13055551234"
    verdict = is_allowed(policy_for_number(florida), "marketing", at, recipient_zones(florida))
    assert not verdict.allowed
    (block,) = verdict.reasons
    assert block.window.id == "us-fl-ftsa-marketing-hours"
    assert block.window.kind is Kind.LAW
    assert block.window.source is not None and "501.616" in block.window.source.citation
    new_york = "+12125551234"
    assert is_allowed(policy_for_number(new_york), "marketing", at, recipient_zones(new_york)).allowed
    assert next_allowed(policy_for_number(florida), "marketing", at, ["America/New_York"]) == datetime(
        2026, 5, 6, 8, 0, tzinfo=NEW_YORK
    )


def test_exempt_categories_pass_at_3am() -> None:
    at = datetime(2026, 1, 18, 3, 0, tzinfo=BOGOTA)  # a Sunday night in Colombia
    for category in ("otp", "alert", "transactional"):
        verdict = is_allowed(policy("co"), category, at, ["America/Bogota"])
        assert (verdict.allowed, verdict.exempt, verdict.reasons) == (True, True, ())
        assert next_allowed(policy("co"), category, at, ["America/Bogota"]) == at
    assert not is_allowed(policy("co"), "collections", at, ["America/Bogota"]).allowed


def test_transactional_exemption_is_configurable() -> None:
    config = {
        "transactional_exempt": False,
        "windows": [
            {
                "id": "brand-tx",
                "categories": ["transactional"],
                "ranges": [{"days": "mon-sun", "start": "07:00", "end": "22:00"}],
            }
        ],
    }
    verdict = is_allowed(
        policy("co", config=config),
        "transactional",
        datetime(2026, 1, 18, 3, tzinfo=BOGOTA),
        ["America/Bogota"],
    )
    assert (verdict.allowed, verdict.exempt, verdict.reasons[0].window.id) == (False, False, "brand-tx")
    # otp stays exempt whatever the configuration says.
    assert is_allowed(
        policy("co", config=config), "otp", datetime(2026, 1, 18, 3, tzinfo=BOGOTA), ["America/Bogota"]
    ).exempt


def test_multi_zone_number_needs_every_zone() -> None:
    p = policy("us")
    zones = ["America/New_York", "America/Los_Angeles"]
    verdict = is_allowed(p, "marketing", utc(2026, 5, 5, 12, 30), zones)  # NY 08:30, LA 05:30
    assert not verdict.allowed
    assert [block.zone for block in verdict.reasons] == ["America/Los_Angeles"]
    assert next_allowed(p, "marketing", utc(2026, 5, 5, 12, 30), zones) == utc(2026, 5, 5, 15, 0)
    assert is_allowed(p, "marketing", utc(2026, 5, 6, 0, 30), zones).allowed  # NY 20:30, LA 17:30
    assert next_allowed(p, "marketing", utc(2026, 5, 6, 1, 0), zones) == utc(2026, 5, 6, 15, 0)


def test_toll_free_number_intersects_all_its_zones() -> None:
    zones = recipient_zones("+18005551234")
    p = policy("us")
    # Guam (UTC+10) opens at 22:00 UTC; St John's (UTC-2:30) closes at 23:30 UTC.
    assert next_allowed(p, "marketing", utc(2026, 5, 5, 12, 0), zones) == utc(2026, 5, 5, 22, 0)
    assert not is_allowed(p, "marketing", utc(2026, 5, 5, 23, 30), zones).allowed
    assert next_allowed(p, "marketing", utc(2026, 5, 5, 23, 30), zones) == utc(2026, 5, 6, 22, 0)


def test_us_spring_forward_uses_the_new_offset() -> None:
    p = policy("us")
    # 2026-03-08: 02:00 EST -> 03:00 EDT. 08:00 EDT is 12:00 UTC, not 13:00.
    assert next_allowed(p, "marketing", utc(2026, 3, 8, 6, 0), ["America/New_York"]) == utc(2026, 3, 8, 12, 0)
    assert next_allowed(p, "marketing", utc(2026, 3, 7, 6, 0), ["America/New_York"]) == utc(2026, 3, 7, 13, 0)


def test_window_opening_in_the_spring_forward_gap_opens_at_the_transition() -> None:
    config = {
        "windows": [
            {
                "id": "brand-night",
                "categories": ["service"],
                "ranges": [{"days": "mon-sun", "start": "02:30", "end": "04:00"}],
            }
        ]
    }
    p = policy("us", config=config)
    zone = ["America/New_York"]
    # 02:30 does not exist on 2026-03-08; the first instant past it is 03:00 EDT = 07:00 UTC.
    assert next_allowed(p, "service", utc(2026, 3, 8, 6, 59), zone) == utc(2026, 3, 8, 7, 0)
    assert is_allowed(p, "service", utc(2026, 3, 8, 7, 0), zone).allowed
    assert not is_allowed(p, "service", utc(2026, 3, 8, 7, 0) - MICRO, zone).allowed
    assert next_allowed(p, "service", utc(2026, 3, 8, 8, 0), zone) == utc(2026, 3, 9, 6, 30)  # 02:30 EDT


def test_fall_back_repeated_hour_is_inside_both_times() -> None:
    config = {
        "windows": [
            {
                "id": "brand-night",
                "categories": ["service"],
                "ranges": [{"days": "mon-sun", "start": "01:00", "end": "01:30"}],
            }
        ]
    }
    p = policy("us", config=config)
    zone = ["America/New_York"]
    # 2026-11-01: 02:00 EDT -> 01:00 EST; 01:00-01:30 happens at 05:00 and again at 06:00 UTC.
    assert is_allowed(p, "service", utc(2026, 11, 1, 5, 15), zone).allowed
    assert not is_allowed(p, "service", utc(2026, 11, 1, 5, 45), zone).allowed
    assert next_allowed(p, "service", utc(2026, 11, 1, 5, 45), zone) == utc(2026, 11, 1, 6, 0)
    assert next_allowed(p, "service", utc(2026, 11, 1, 6, 30), zone) == utc(2026, 11, 2, 6, 0)
    assert next_allowed(policy("us"), "marketing", utc(2026, 11, 1, 5, 0), zone) == utc(2026, 11, 1, 13, 0)


# --------------------------------------------------------------------------------------------
# Chile and Mexico
# --------------------------------------------------------------------------------------------


def test_chile_collections_skip_easter_holidays_sunday_and_follow_dst_end() -> None:
    p = policy("cl")
    zone = ["America/Santiago"]
    # Thu 2026-04-02 20:00 -03 -> Good Friday and Holy Saturday are holidays, Sunday is not a
    # working day, and clocks went back on the night of Saturday: Monday 08:00 is -04 = 12:00 UTC.
    start = datetime(2026, 4, 2, 20, 0, tzinfo=SANTIAGO)
    verdict = is_allowed(p, "collections", datetime(2026, 4, 4, 10, tzinfo=SANTIAGO), zone)
    assert [(b.reason, b.holiday) for b in verdict.reasons] == [(BlockReason.HOLIDAY, "Holy Saturday")]
    assert next_allowed(p, "collections", start, zone) == utc(2026, 4, 6, 12, 0)
    assert next_allowed(p, "collections", datetime(2026, 3, 28, 21, tzinfo=SANTIAGO), zone) == utc(
        2026, 3, 30, 11, 0
    )


def test_chile_spring_forward_at_midnight() -> None:
    config = {
        "windows": [
            {
                "id": "brand-night",
                "categories": ["service"],
                "ranges": [{"days": "sun", "start": "00:30", "end": "02:00"}],
            }
        ]
    }
    p = policy("cl", config=config)
    # 2026-09-06: Saturday 24:00 -04 -> Sunday 01:00 -03; 00:30 never shows, 01:00 -03 = 04:00 UTC.
    assert next_allowed(
        p, "service", datetime(2026, 9, 5, 23, 0, tzinfo=SANTIAGO), ["America/Santiago"]
    ) == utc(2026, 9, 6, 4, 0)
    assert next_allowed(
        p, "collections", datetime(2026, 9, 5, 20, 0, tzinfo=SANTIAGO), ["America/Santiago"]
    ) == utc(2026, 9, 7, 11, 0)


def test_mexico_has_no_dst_since_2022() -> None:
    p = policy("mx")
    zone = ["America/Mexico_City"]
    assert next_allowed(p, "collections", datetime(2026, 1, 10, 5, tzinfo=MEXICO_CITY), zone) == utc(
        2026, 1, 10, 13, 0
    )
    assert next_allowed(p, "collections", datetime(2026, 7, 10, 5, tzinfo=MEXICO_CITY), zone) == utc(
        2026, 7, 10, 13, 0
    )
    # Before the 2022 abolition summer time applied: 07:00 CDT was 12:00 UTC.
    assert next_allowed(p, "collections", datetime(2022, 7, 10, 5, tzinfo=MEXICO_CITY), zone) == utc(
        2022, 7, 10, 12, 0
    )
    # Border zones keep US DST.
    assert next_allowed(p, "collections", utc(2026, 7, 10, 10, 0), ["America/Tijuana"]) == utc(
        2026, 7, 10, 14, 0
    )


# --------------------------------------------------------------------------------------------
# Configuration
# --------------------------------------------------------------------------------------------


def test_brand_windows_intersect_with_legal_ones() -> None:
    config = {
        "windows": [
            {
                "id": "brand-mkt",
                "categories": ["marketing"],
                "ranges": [{"days": "mon-fri", "start": "09:00", "end": "20:00"}],
                "holidays": "blocked",
            }
        ]
    }
    p = policy("us", config=config)
    zone = ["America/New_York"]
    sat = is_allowed(p, "marketing", datetime(2026, 5, 9, 12, tzinfo=NEW_YORK), zone)
    assert [(b.window.id, b.reason) for b in sat.reasons] == [("brand-mkt", BlockReason.DAY_NOT_ALLOWED)]
    early = is_allowed(p, "marketing", datetime(2026, 5, 5, 7, 30, tzinfo=NEW_YORK), zone)
    assert [b.window.id for b in early.reasons] == ["us-tcpa-marketing-hours", "brand-mkt"]
    memorial_day = is_allowed(p, "marketing", datetime(2026, 5, 25, 12, tzinfo=NEW_YORK), zone)
    assert [(b.reason, b.holiday) for b in memorial_day.reasons] == [(BlockReason.HOLIDAY, "Memorial Day")]


def test_ignore_windows_drops_the_spanish_industry_window() -> None:
    saturday = datetime(2026, 5, 9, 12, tzinfo=ZoneInfo("Europe/Madrid"))
    assert not is_allowed(policy("es"), "marketing", saturday, ["Europe/Madrid"]).allowed
    relaxed = policy("es", config={"ignore_windows": ["es-industry-marketing-hours"]})
    assert is_allowed(relaxed, "marketing", saturday, ["Europe/Madrid"]).allowed
    with pytest.raises(PolicyDataError, match="no shipped window has id 'es-typo'"):
        policy("es", config={"ignore_windows": ["es-typo"]})


@pytest.mark.parametrize(
    ("config", "path"),
    [
        ({"quiet_hours": {}}, "send_time.quiet_hours"),
        ({"transactional_exempt": "yes"}, "send_time.transactional_exempt"),
        (
            {"windows": [{"id": "b", "categories": ["marketing"], "rangez": []}]},
            "send_time.windows[0].rangez",
        ),
        (
            {
                "windows": [
                    {
                        "id": "b",
                        "categories": ["transactional"],
                        "ranges": [{"days": "mon", "start": "09:00", "end": "10:00"}],
                    }
                ]
            },
            "send_time.windows[0].categories",
        ),
        (
            {
                "windows": [
                    {
                        "id": "b",
                        "categories": ["marketing"],
                        "ranges": [{"days": "mon", "start": "9", "end": "10:00"}],
                    }
                ]
            },
            "send_time.windows[0].ranges[0].start",
        ),
        (
            {
                "windows": [
                    {
                        "id": "b",
                        "categories": ["marketing"],
                        "kind": "LAW",
                        "ranges": [{"days": "mon", "start": "09:00", "end": "10:00"}],
                    }
                ]
            },
            "send_time.windows[0].kind",
        ),
    ],
)
def test_invalid_send_time_config_names_the_key_path(config: dict[str, Any], path: str) -> None:
    with pytest.raises(PolicyDataError) as error:
        parse_send_time_config(config)
    assert error.value.path == path


def test_days_syntax_and_end_of_day() -> None:
    config = parse_send_time_config(
        {
            "windows": [
                {
                    "id": "b",
                    "categories": ["service"],
                    "ranges": [
                        {"days": "fri-mon", "start": "22:00", "end": "24:00"},
                        {"days": "mon,wed", "start": "00:00", "end": "01:00"},
                    ],
                }
            ]
        }
    )
    (window,) = config.windows
    assert window.describe() == "mon,fri-sun 22:00-24:00, mon,wed 00:00-01:00"
    p = build_policy(REGISTRY, ["co"], config)
    assert is_allowed(
        p, "service", datetime(2026, 1, 16, 23, 59, 59, 999999, tzinfo=BOGOTA), ["America/Bogota"]
    ).allowed
    assert not is_allowed(
        p, "service", datetime(2026, 1, 17, 0, 0, tzinfo=BOGOTA), ["America/Bogota"]
    ).allowed


def test_never_allowed_is_a_clear_error() -> None:
    config = {
        "windows": [
            {
                "id": "brand-hour",
                "categories": ["service"],
                "ranges": [{"days": "mon-sun", "start": "10:00", "end": "11:00"}],
            }
        ]
    }
    with pytest.raises(
        NeverAllowedError, match="never allowed in all of Etc/GMT, Etc/GMT-12 within 366 days"
    ):
        next_allowed(policy("co", config=config), "service", utc(2026, 1, 1), ["Etc/GMT", "Etc/GMT-12"])


def test_naive_datetimes_and_unknown_zones_are_rejected() -> None:
    with pytest.raises(ValueError, match="aware"):
        is_allowed(policy("co"), "marketing", datetime(2026, 1, 14, 10), ["America/Bogota"])
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        is_allowed(policy("co"), "marketing", utc(2026, 1, 14, 10), ["Mars/Olympus"])
    with pytest.raises(ValueError, match="at least one"):
        next_allowed(policy("co"), "marketing", utc(2026, 1, 14, 10), [])


def test_category_without_windows_is_always_allowed() -> None:
    verdict = is_allowed(policy("br"), "marketing", utc(2026, 1, 14, 6), ["America/Sao_Paulo"])
    assert (verdict.allowed, verdict.exempt) == (True, False)


# --------------------------------------------------------------------------------------------
# Property: next_allowed is allowed, not earlier, minimal and idempotent
# --------------------------------------------------------------------------------------------

ZONES_BY_JURISDICTION = {
    "us": ("America/New_York", "America/Los_Angeles", "Pacific/Honolulu", "America/Phoenix"),
    "us-fl": ("America/New_York", "America/Chicago"),
    "us-ok": ("America/Chicago",),
    "eu": ("Europe/Berlin",),
    "es": ("Europe/Madrid", "Atlantic/Canary"),
    "co": ("America/Bogota",),
    "mx": ("America/Mexico_City", "America/Tijuana", "America/Cancun"),
    "cl": ("America/Santiago", "Pacific/Easter", "America/Punta_Arenas"),
    "ar": ("America/Argentina/Buenos_Aires",),
    "pe": ("America/Lima",),
    "br": ("America/Sao_Paulo", "America/Manaus", "America/Noronha"),
}
BRAND_CONFIGS = (
    None,
    {
        "windows": [
            {
                "id": "brand-a",
                "categories": ["marketing", "service"],
                "ranges": [{"days": "mon-sat", "start": "09:00", "end": "20:00"}],
                "holidays": "blocked",
            }
        ]
    },
    {
        # Starts at 00:30, inside Chile's midnight spring-forward gap; compatible with every
        # jurisdiction's windows, so every scenario has an answer.
        "transactional_exempt": False,
        "windows": [
            {
                "id": "brand-b",
                "categories": ["transactional"],
                "ranges": [{"days": "mon-sun", "start": "00:30", "end": "23:45"}],
            },
            {
                "id": "brand-c",
                "categories": ["collections"],
                "ranges": [
                    {"days": "mon-sat", "start": "06:00", "end": "22:00"},
                    {"days": "sun", "start": "23:00", "end": "24:00"},
                ],
            },
        ],
    },
)


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Policy, str, datetime, list[str]]:
    jurisdiction = draw(st.sampled_from(sorted(ZONES_BY_JURISDICTION)))
    candidates = ZONES_BY_JURISDICTION[jurisdiction]
    zones = draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=len(candidates), unique=True))
    config = draw(st.sampled_from(BRAND_CONFIGS))
    category = draw(st.sampled_from([c.value for c in Category]))
    moment = draw(
        st.datetimes(
            min_value=datetime(2025, 1, 1),
            max_value=datetime(2028, 12, 31, 23, 59, 59),
            timezones=st.just(UTC),
        )
    )
    return policy(jurisdiction, config=config), category, moment, zones


@settings(max_examples=250, deadline=None)
@given(scenarios())
def test_next_allowed_is_allowed_minimal_and_idempotent(
    scenario: tuple[Policy, str, datetime, list[str]],
) -> None:
    p, category, moment, zones = scenario
    result = next_allowed(p, category, moment, zones)
    assert result >= moment
    assert is_allowed(p, category, result, zones).allowed
    assert next_allowed(p, category, result, zones) == result
    if result > moment:
        assert not is_allowed(p, category, result - MICRO, zones).allowed


# --------------------------------------------------------------------------------------------
# Time words
# --------------------------------------------------------------------------------------------

MONDAY_10 = datetime(2026, 3, 16, 10, 0, tzinfo=BOGOTA)


def conflicts(
    text: str, lang: Lang, at: datetime = MONDAY_10, **meta: date
) -> list[tuple[str, ConflictReason]]:
    found = time_word_conflicts(text, lang, at, **meta)
    for conflict in found:
        assert text[conflict.start : conflict.end] == conflict.word
    return [(c.word, c.reason) for c in found]


def test_today_is_never_wrong_by_itself() -> None:
    assert conflicts("¡Solo hoy 2x1 en toda la tienda!", "es") == []
    assert conflicts("Today only: 2 for 1!", "en") == []
    assert conflicts("Esta noche cerramos a las 22:00", "es") == []


def test_written_for_another_day_flags_every_deictic_word() -> None:
    text = "Hoy vence tu factura; mañana se suspende el servicio."
    assert conflicts(text, "es", written_for=date(2026, 3, 13)) == [
        ("Hoy", ConflictReason.WRITTEN_FOR_OTHER_DAY),
        ("mañana", ConflictReason.WRITTEN_FOR_OTHER_DAY),
    ]
    assert conflicts(text, "es", written_for=date(2026, 3, 16)) == []
    assert conflicts("Tonight only!", "en", written_for=date(2026, 3, 15)) == [
        ("Tonight", ConflictReason.WRITTEN_FOR_OTHER_DAY)
    ]


def test_la_manana_is_the_morning_not_tomorrow() -> None:
    assert conflicts("Te llamaremos por la mañana", "es", written_for=date(2026, 3, 13)) == []
    found = time_word_conflicts("Llegó esta mañana", "es", MONDAY_10)
    assert found == []
    assert [
        c.refers_to
        for c in time_word_conflicts("Mañana por la mañana", "es", MONDAY_10, written_for=date(2026, 3, 15))
    ] == [date(2026, 3, 17)]


def test_explicit_weekday_or_date_after_the_word() -> None:
    assert conflicts("Hoy lunes, descuentos", "es") == []
    assert conflicts("Hoy martes, descuentos", "es") == [("Hoy", ConflictReason.WEEKDAY_MISMATCH)]
    assert conflicts("Mañana martes abrimos", "es") == []
    assert conflicts("Hoy 16 de marzo cerramos temprano", "es") == []
    assert conflicts("Hoy, 13 de marzo, cerramos temprano", "es") == [("Hoy", ConflictReason.DATE_MISMATCH)]
    assert conflicts("Today, March 16, we close early", "en") == []
    assert conflicts("Today, March 12th, we close early", "en") == [("Today", ConflictReason.DATE_MISMATCH)]
    assert conflicts("Tomorrow (Tuesday) we open at 9", "en") == []
    assert conflicts("Tomorrow, Wednesday, we open at 9", "en") == [
        ("Tomorrow", ConflictReason.WEEKDAY_MISMATCH)
    ]


def test_clock_time_already_past_at_send_time() -> None:
    at = datetime(2026, 3, 16, 15, 0, tzinfo=BOGOTA)
    assert conflicts("Tu cita es hoy a las 10:00 am", "es", at) == [
        ("hoy", ConflictReason.TIME_ALREADY_PASSED)
    ]
    assert conflicts("Tu cita es hoy a las 4 de la tarde", "es", at) == []
    assert (
        conflicts("Esta noche a las 8 te esperamos", "es", datetime(2026, 3, 16, 19, 0, tzinfo=BOGOTA)) == []
    )
    assert conflicts(
        "Esta noche a las 8 te esperamos", "es", datetime(2026, 3, 16, 21, 0, tzinfo=BOGOTA)
    ) == [("Esta noche", ConflictReason.TIME_ALREADY_PASSED)]
    assert conflicts("Pay today before 2pm", "en", at) == [("today", ConflictReason.TIME_ALREADY_PASSED)]
    assert conflicts("Pay tomorrow before 2pm", "en", at) == []


def test_event_date_must_be_named_when_it_is_close() -> None:
    assert conflicts("Recuerda: tu cita es mañana", "es", event_date=date(2026, 3, 17)) == []
    assert conflicts("Recuerda: tu cita es mañana", "es", event_date=date(2026, 3, 18)) == [
        ("mañana", ConflictReason.EVENT_DATE_MISMATCH)
    ]
    assert conflicts("Your appointment is today", "en", event_date=date(2026, 3, 17)) == [
        ("today", ConflictReason.EVENT_DATE_MISMATCH)
    ]
    # An event far away is not what the deictic words talk about.
    assert conflicts("Hoy te recordamos tu cita del viernes 27", "es", event_date=date(2026, 3, 27)) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.sampled_from(["es", "en"]))
def test_time_words_never_crash_and_spans_are_exact(text: str, lang: Lang) -> None:
    for conflict in time_word_conflicts(text, lang, MONDAY_10, written_for=date(2026, 3, 1)):
        assert text[conflict.start : conflict.end] == conflict.word
