"""Properties of ``evaluate`` on any input: it never raises, whatever the Unicode (lone surrogates,
control characters, 100,000-character bodies), and every finding's span lies inside its field."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from conftest import make_message
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sendlint.config import Config
from sendlint.context import PastSend
from sendlint.engine import Evaluation, evaluate
from sendlint.model import Category, Channel, Message
from sendlint.registry import Registry

LOCALES = ["es", "en", "es-CO", "es-MX", "es-ES", "es-419", "en-US", "en-GB"]
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=200)
# Characters that stress views, segment counting and spans: controls, format characters, surrogates,
# combining marks, line separators, emoji parts, look-alikes, placeholders' punctuation.
NASTY = st.characters(whitelist_categories=("Cc", "Cf", "Cs", "Co", "Mn", "Me", "Zl", "Zp", "Zs", "So", "Sk"))
WORDS = st.sampled_from(
    ["acciones legales", "GRATIS", "g r a t i s", "gr4tis", "¡¡", "!!", "??", "{{nombre}}", "{x}", "%s", "${y}", "{{",
     "https://bit.ly/x", "BAJA", "STOP", "😀", "👍🏽", "🇨🇴", "e\u0301", "ÚLTIMO AVISO", "\r\n", "€", "…", "“", "\u200b", "İ", "ß"]
)
MIXED_TEXT = st.lists(st.one_of(WORDS, st.text(NASTY, max_size=3), st.text(max_size=5)), max_size=25).map("".join)
FIELD_TEXT = st.one_of(ANY_TEXT, MIXED_TEXT)
PHONES = st.sampled_from(["+573001234567", "+14155550123", "+34612345678", "+5215512345678", "12", "not a phone"])
INSTANTS = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC))


def check_spans(evaluation: Evaluation) -> None:
    message = evaluation.message
    for finding in evaluation.findings:
        text = message.field_text(finding.field)
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert finding.rule and finding.message is not None
        if finding.fix is not None:
            for edit in finding.fix.edits:
                assert 0 <= edit.start <= edit.end <= len(message.field_text(edit.field)), finding
    assert 0 <= evaluation.scores["overall"] <= 100


@st.composite
def messages(draw: st.DrawFn) -> tuple[Message, datetime | None, list[PastSend]]:
    fields: dict[str, Any] = {
        "body": draw(FIELD_TEXT),
        "channel": draw(st.sampled_from([c.value for c in Channel])),
        "category": draw(st.sampled_from([c.value for c in Category])),
        "locale": draw(st.sampled_from(LOCALES)),
        "stage": draw(st.sampled_from(["template", "rendered"])),
    }
    for name in ("subject", "preheader", "title", "header", "footer", "brand"):
        if draw(st.booleans()):
            fields[name] = draw(FIELD_TEXT)
    if draw(st.booleans()):
        fields["buttons"] = draw(st.lists(FIELD_TEXT, max_size=3))
    if draw(st.booleans()):
        fields["to"] = draw(PHONES)
    if draw(st.booleans()):
        fields["send_at"] = draw(INSTANTS)
    if draw(st.booleans()):
        fields["placeholders"] = {"nombre": {"max_length": draw(st.integers(0, 2000))}, "1": {"sample": draw(FIELD_TEXT)}}
    message = make_message(**fields)
    now = draw(st.one_of(st.none(), INSTANTS))
    recent = [
        PastSend(to=fields.get("to", "+573001234567"), sent_at=(now or datetime(2026, 1, 1, tzinfo=UTC)) - timedelta(hours=hours),
                 channel=message.channel.value, category=message.category.value, body=draw(FIELD_TEXT))
        for hours in draw(st.lists(st.integers(0, 24 * 30), max_size=3))
    ]
    return message, now, recent


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=messages())
def test_evaluate_never_raises_and_spans_stay_inside_fields(registry: Registry, case: tuple[Message, datetime | None, list[PastSend]]) -> None:
    message, now, recent = case
    check_spans(evaluate(message, registry, Config(), now=now, recent=recent))


@settings(max_examples=150, deadline=None)
@given(
    body=ANY_TEXT,
    channel=st.sampled_from([c.value for c in Channel]),
    category=st.sampled_from([c.value for c in Category]),
    language=st.sampled_from(["es", "en"]),
)
def test_any_unicode_body_in_every_channel_category_and_language(
    registry: Registry, body: str, channel: str, category: str, language: str
) -> None:
    message = make_message(body=body, channel=channel, category=category, locale=language)
    check_spans(evaluate(message, registry))


@pytest.mark.parametrize(
    "body",
    [
        "\ud800",
        "\udfff acciones legales!!",
        "x\ud83d",  # half an emoji
        "\x00\x01\x07\x1b[31m!!\x7f",
        "\u202egratis\u202c\u2066",
        "\u0301\u0301\u0301",
        "a" + "\u0301" * 500,
        "\r\n\r\n",
        "\u2028\u2029\x85",
        "{{" * 50,
        "",
        " ",
    ],
)
def test_hostile_bodies(registry: Registry, body: str) -> None:
    for channel in ("sms", "whatsapp", "email", "push"):
        for locale in ("es", "en"):
            fields: dict[str, Any] = {"body": body, "channel": channel, "locale": locale, "category": "marketing"}
            if channel == "email":
                fields["subject"] = body
            check_spans(evaluate(make_message(**fields), registry))


def _long_body(seed: int) -> str:
    pieces = ["Hola ", "acciones legales ", "¡¡OFERTA!! ", "gr4tis ", "g r a t i s ", "{{nombre}} ", "😀", "\u200b", "\ud800",
              "\x00", "é", "e\u0301", "“", "…", "\n", "https://bit.ly/abc ", "ÚLTIMO AVISO "]
    generator = random.Random(seed)
    text = "".join(generator.choice(pieces) for _ in range(12_000))
    return text[:100_000].ljust(100_000, "a")


@pytest.mark.parametrize(
    ("body", "channel"),
    [
        ("a" * 100_000, "sms"),
        (("Hola, tu pedido llegó. " * 5000)[:100_000], "email"),
        (_long_body(1), "sms"),
    ],
    ids=["plain-sms", "prose-email", "mixed-sms"],
)
def test_100000_character_body(registry: Registry, body: str, channel: str) -> None:
    assert len(body) == 100_000
    evaluation = evaluate(make_message(body=body, channel=channel, category="marketing", locale="es"), registry)
    check_spans(evaluation)
