"""Tone checks that need logic: impersonal greetings, emoji density, forms of address (tú/usted/vos)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from ..checks.python import PythonCheckFunction
from ..context import Hit

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule

GREETING_START = re.compile(r"^(estimad|apreciad|apreciable|querid|distinguid|señor|señora|a quien|dear|to whom|hello customer|hi customer|valued customer|prezad|caro cliente|cara cliente)")
NAME_PLACEHOLDER = re.compile(r"(?i)(nombre|name|first|cliente|customer|usuario|user|nome|titular)")
PERSONAL_CATEGORIES = frozenset({"transactional", "collections", "service", "alert", "otp"})
# Emoji: pictographs, dingbats, flags, keycaps. Variation selectors and ZWJ are parts, not emoji.
EMOJI_RE = re.compile(
    "(?:[\U0001F1E6-\U0001F1FF]{2}|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2934\u2935\u3030\u303D\u3297\u3299]"
    "[\uFE0F\U0001F3FB-\U0001F3FF]?(?:\u200D[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F]?)*|[0-9#*]\uFE0F?\u20E3)"
)
DEFAULT_EMOJI_LIMITS = {"sms": 1, "whatsapp": 3, "push": 2, "email": 3, "rcs": 3, "messenger": 3, "voice": 0}


class OpeningParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    mode: Literal["greeting", "other"]


def _name_available(ctx: CheckContext) -> bool:
    names = [p.name for field, _ in ctx.fields for p in ctx.placeholders(field)]
    names.extend(ctx.message.placeholders)
    return any(NAME_PLACEHOLDER.search(name) for name in names)


def robotic_opening(ctx: CheckContext, rule: Rule, params: OpeningParams) -> Iterator[Hit]:
    """Bureaucratic openings; an impersonal greeting is worse when the name is known or the message is personal."""
    matcher = ctx.resources.matcher(ctx.language, "tone", frozenset({"robotic-opening"}))
    if matcher is None:
        return
    personal = _name_available(ctx) or ctx.message.category.value in PERSONAL_CATEGORIES
    for field_name, text in ctx.rule_fields(rule):
        view = ctx.views(field_name).get("folded")
        for match in matcher.find(view.text, ctx.tokens(field_name, "folded")):
            is_greeting = bool(GREETING_START.match(view.text[match.start : match.end]))
            if params.mode == "greeting" and not (is_greeting and personal):
                continue
            if params.mode == "other" and is_greeting:
                continue
            start, end = view.to_original(match.start, match.end)
            alternative = match.entry.alternative or ""
            yield Hit(field_name, start, end, {"match": text[start:end], "alternative": alternative})


def emoji_density(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    channel = ctx.message.channel.value
    limits = {**DEFAULT_EMOJI_LIMITS, **ctx.options(rule).get("limits", {})}
    limit = limits.get(channel, 3)
    for field_name, text in ctx.rule_fields(rule):
        found = list(EMOJI_RE.finditer(text))
        if len(found) > limit:
            extra = found[limit]
            cost = ""
            if channel == "sms":
                cost = {"es": " Además, un emoji obliga a UCS-2 (ver LEN101).", "en": " An emoji also forces UCS-2 (see LEN101)."}.get(ctx.language, "")
            yield Hit(field_name, extra.start(), extra.end(), {"count": len(found), "limit": limit, "cost": cost})


def _address_cues(ctx: CheckContext, field_name: str) -> Any:
    from ..address import address_cues

    return ctx.memo(("address", field_name), lambda: address_cues(ctx.message.field_text(field_name)))


def _without_opt_out(ctx: CheckContext, field_name: str, text: str) -> str:
    """``text`` with opt-out boilerplate ("responde BAJA") blanked out, offsets unchanged: the legal
    sentence is often in another register than the copy and is not the copywriter's voice."""
    matcher = ctx.resources.matcher(ctx.language, "opt-out", frozenset({"opt-out-instruction", "default-text"}))
    if matcher is None:
        return text
    view = ctx.views(field_name).get("folded")
    chars = list(text)
    for match in matcher.find(view.text, ctx.tokens(field_name, "folded")):
        start, end = view.to_original(match.start, match.end)
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def mixed_address(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """tú/vos and usted in the same message (all text fields together)."""
    from ..address import mixed_address as find_mix

    text = "\n".join(_without_opt_out(ctx, name, text) for name, text in ctx.rule_fields(rule))
    pair = ctx.memo("address-mix", lambda: find_mix(text))
    if pair is None:
        return
    first, second = pair
    # Map the offsets of the joined text back to a field.
    offset = 0
    for field_name, field_text in ctx.rule_fields(rule):
        if offset <= second.start < offset + len(field_text) + 1:
            yield Hit(field_name, second.start - offset, second.end - offset,
                      {"first": first.text, "first_form": FORM_LABEL.get(first.form, first.form),
                       "second": second.text, "second_form": FORM_LABEL.get(second.form, second.form)})
            return
        offset += len(field_text) + 1


FORM_LABEL = {"tu": "tú", "vos": "vos", "usted": "usted"}


def off_brand_address(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    voice = ctx.config.voice
    if voice is None:
        return
    compatible = {"tu": {"tu"}, "vos": {"vos"}, "usted": {"usted"}}[voice]
    for field_name, _ in ctx.rule_fields(rule):
        for cue in _address_cues(ctx, field_name):
            if cue.strength == "strong" and cue.form not in compatible:
                yield Hit(field_name, cue.start, cue.end, {"match": cue.text, "form": FORM_LABEL[cue.form], "voice": FORM_LABEL[voice]})
                return


CHECKS = {
    "robotic_opening": PythonCheckFunction(robotic_opening, OpeningParams),
    "emoji_density": PythonCheckFunction(emoji_density),
    "mixed_address": PythonCheckFunction(mixed_address),
    "off_brand_address": PythonCheckFunction(off_brand_address),
}
