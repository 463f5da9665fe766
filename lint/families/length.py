"""Length, encoding and cost per channel.

SMS rules work on the *worst case*: every placeholder expanded to its declared ``max_length`` (else the
configured length for that name, else the length of its ``sample``, else ``placeholders.default_length``).
The typical case uses the samples. Both are reported in the JSON ``length`` details.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from .. import sms
from ..checks.python import Analyzer, PythonCheckFunction
from ..context import Hit
from ..findings import Edit, Fix, FixSafety
from ..lazy import lazy_re
from ..model import Channel, Stage
from ..placeholders import Placeholder
from ..placeholders import expand as expand_placeholders

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule

DEFAULT_SEGMENT_BUDGET = {"otp": 1, "transactional": 2, "alert": 2, "collections": 2, "service": 2, "marketing": 2}
# Speaking rates for voice messages (words per minute) from text-to-speech defaults and
# broadcast-speech studies: Spanish is spoken with more, shorter syllables per word than English.
ACCENTED_RE = lazy_re("[áíóúÁÍÓÚçãõâêôÃÕÂÊÔÀÈÌÒÙºª°]")
SPEAKING_RATE_WPM = {"es": 160, "en": 150, "pt": 155}


@cache
def _not_gsm_basic() -> re.Pattern[str]:
    return re.compile("[^" + re.escape("".join(sorted(sms.GSM7_BASIC))) + "]")


def _declared_length(ctx: CheckContext, placeholder: Placeholder) -> tuple[int, bool]:
    """(worst-case length, declared?) of a placeholder."""
    spec = ctx.message.placeholders.get(placeholder.name)
    if spec is not None and spec.max_length is not None:
        return spec.max_length, True
    configured = ctx.config.placeholders.lengths.get(placeholder.name)
    if configured is not None:
        return configured, True
    if spec is not None and spec.sample is not None:
        return len(spec.sample), True
    return ctx.config.placeholders.default_length, False


def expand(ctx: CheckContext, text: str, case: Literal["worst", "typical"]) -> str:
    """``text`` with placeholders replaced by worst-case filler or by their samples."""

    def value(placeholder: Placeholder) -> str:
        spec = ctx.message.placeholders.get(placeholder.name)
        if case == "typical" and spec is not None and spec.sample is not None:
            return spec.sample
        length, _ = _declared_length(ctx, placeholder)
        # The filler repeats the sample so a sample with accents keeps its encoding in the worst case.
        sample = spec.sample if spec is not None and spec.sample else "x"
        return (sample * (length // len(sample) + 1))[:length]

    # The member compared, not its .value (a descriptor call of two python frames; ~3 a message, round 81).
    if ctx.message.stage is Stage.RENDERED:
        return text
    return expand_placeholders(text, value)


def sms_reports(ctx: CheckContext) -> dict[str, Any]:
    """Encoding and segments of the body as written, typical and worst case (memoized per evaluation)."""
    def compute() -> dict[str, Any]:
        body = ctx.message.body
        worst_text = expand(ctx, body, "worst")
        typical_text = expand(ctx, body, "typical")
        encoding, segments, units = as_written = sms.measure(body)
        # A rendered body, or one without placeholders, is its own worst and typical case.
        worst_encoding, worst, _ = as_written if worst_text == body else sms.measure(worst_text)
        typical = segments if typical_text == body else sms.count_segments(typical_text)[1]
        return {
            "encoding": encoding,
            "segments": segments,
            "units": units,
            "typical_segments": typical,
            "worst_case_segments": worst,
            "worst_case_encoding": worst_encoding,
            "worst_case_characters": len(worst_text),
            "worst_text": worst_text,
        }

    return ctx.memo("sms-reports", compute)


def length_details(ctx: CheckContext) -> dict[str, Any] | None:
    """The ``length`` block of the JSON report."""
    if ctx.message.channel is Channel.SMS:
        report = dict(sms_reports(ctx))
        worst_text = report.pop("worst_text")
        # Off by default: support for national language shift tables depends on provider and handset.
        nls = ctx.config.rule_options.get("LEN101", {}).get("national_language_shift")
        if nls in ("es", "pt"):
            report["nls_worst_case_segments"] = sms.nls_segments(worst_text, nls)
        return report
    return {"characters": len(ctx.message.body), "worst_case_characters": len(expand(ctx, ctx.message.body, "worst"))}


class SegmentBudgetParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def segment_budget(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    category = ctx.message.category.value
    budget = ctx.config.segments.get(category, DEFAULT_SEGMENT_BUDGET.get(category, 2))
    report = sms_reports(ctx)
    worst = report["worst_case_segments"]
    if worst > budget:
        body = ctx.message.body
        yield Hit(
            "body", 0, len(body),
            {"worst": worst, "budget": budget, "encoding": report["worst_case_encoding"], "category": category},
            details=(("worst_case_segments", worst), ("budget", budget)),
        )


def _smart_fix_edits(body: str) -> tuple[Any, ...]:
    # Candidates, not only the edits Twilio applies when the result becomes GSM-7: a curly quote is
    # worth fixing even when an accent elsewhere keeps the message in UCS-2.
    return sms.smart_encoding_candidates(body)


def non_gsm_typography(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """Typographic characters (curly quotes, dashes, ellipsis, odd spaces) that force UCS-2."""
    body = ctx.message.body
    if sms.is_gsm7(body):
        return
    edits = _smart_fix_edits(body)
    if not edits:
        return
    before = sms_reports(ctx)["worst_case_segments"]
    fixed = sms.apply_edits(body, edits)
    after = sms.count_segments(expand(ctx, fixed, "worst"))[1]
    if after > before:
        return  # e.g. "…" -> "..." in a message that stays UCS-2 (an emoji): the fix would cost more
    for edit in edits:
        char = body[edit.start : edit.end]
        yield Hit(
            "body", edit.start, edit.end,
            {"char": char, "codepoint": f"U+{ord(char[0]):04X}" if char else "", "replacement": edit.replacement,
             "before": before, "after": after},
            fix=Fix(FixSafety.SAFE, (Edit("body", edit.start, edit.end, edit.replacement),), "GSM-7 equivalent"),
        )


def accents_cost_segments(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """Accents that force UCS-2, reported only when removing them saves at least one segment."""
    body = ctx.message.body
    if sms.is_gsm7(body) or not ACCENTED_RE.search(body):
        return
    # Cheap bounds first: one segment cannot get smaller; and even if every non-GSM character became one GSM
    # letter, would a segment be saved?
    report = sms_reports(ctx)
    if report["worst_case_segments"] <= 1:
        return
    if sms.count_segments(_not_gsm_basic().sub("a", report["worst_text"]))[1] >= report["worst_case_segments"]:
        return
    smart = sms.apply_edits(body, _smart_fix_edits(body))
    accent_edits = sms.accent_stripping_edits(smart)
    if not accent_edits:
        return
    stripped = sms.apply_edits(smart, accent_edits)
    before = sms.count_segments(expand(ctx, smart, "worst"))[1]
    encoding, after = sms.count_segments(expand(ctx, stripped, "worst"))
    if after >= before or encoding != "GSM-7":
        return
    body_edits = sms.accent_stripping_edits(body)
    first = body_edits[0]
    yield Hit(
        "body", first.start, first.end,
        {"before": before, "after": after, "count": len(body_edits)},
        fix=Fix(FixSafety.UNSAFE, tuple(Edit("body", e.start, e.end, e.replacement) for e in body_edits), "remove accents"),
    )


def undeclared_placeholder(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    if ctx.message.stage is Stage.RENDERED:
        return
    seen: set[str] = set()
    for field_name, _ in ctx.rule_fields(rule):
        for placeholder in ctx.placeholders(field_name):
            if placeholder.name in seen:
                continue
            seen.add(placeholder.name)
            _, declared = _declared_length(ctx, placeholder)
            if not declared:
                yield Hit(field_name, placeholder.start, placeholder.end,
                          {"name": placeholder.name, "default": ctx.config.placeholders.default_length})


def sms_over_maximum(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    report = sms_reports(ctx)
    characters = report["worst_case_characters"]
    if characters > sms.MAX_BODY_CHARS or report["worst_case_segments"] > sms.MAX_SEGMENTS:
        body = ctx.message.body
        yield Hit("body", 0, len(body), {"characters": characters, "segments": report["worst_case_segments"],
                                         "max_characters": sms.MAX_BODY_CHARS, "max_segments": sms.MAX_SEGMENTS})


class FieldLengthParams(BaseModel):
    """A hard or visible length limit on one field: ``measure`` says how length is counted."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    field: Literal["body", "subject", "preheader", "title", "header", "footer", "buttons"]
    limit: int
    measure: Literal["characters", "utf8_bytes", "line"] = "characters"
    when_meta: dict[str, Any] = {}
    unless_meta: dict[str, Any] = {}


def _meta_matches(meta: Mapping[str, Any], wanted: Mapping[str, Any]) -> bool:
    return all(meta.get(key) == value for key, value in wanted.items())


def field_length(ctx: CheckContext, rule: Rule, params: FieldLengthParams) -> Iterator[Hit]:
    meta = ctx.message.meta
    if params.when_meta and not _meta_matches(meta, params.when_meta):
        return
    if params.unless_meta and _meta_matches(meta, params.unless_meta):
        return
    for field_name, text in ctx.fields:
        if not (field_name == params.field or (params.field == "buttons" and field_name.startswith("buttons["))):
            continue
        expanded = expand(ctx, text, "worst")
        if params.measure == "line":
            offset = 0
            exact = expanded == text
            for line in expanded.split("\n"):
                if len(line) > params.limit:
                    start = offset + params.limit if exact else 0
                    yield Hit(field_name, start, len(text) if not exact else offset + len(line), {"length": len(line), "limit": params.limit})
                    break
                offset += len(line) + 1
            continue
        length = len(expanded.encode("utf-8", "surrogatepass")) if params.measure == "utf8_bytes" else len(expanded)
        if length > params.limit:
            # Point at the first character past the limit when placeholders do not shift it.
            start = params.limit if expanded == text and params.measure == "characters" else 0
            yield Hit(field_name, start, len(text), {"length": length, "limit": params.limit})


def push_payload(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """The APNs/FCM payload (title + body as JSON) in UTF-8 bytes, worst case."""
    limit = int(ctx.options(rule).get("limit", 4096))
    message = ctx.message
    payload = {"aps": {"alert": {"title": expand(ctx, message.title or "", "worst"), "body": expand(ctx, message.body, "worst")}}}
    extra = message.meta.get("payload")
    if isinstance(extra, Mapping):
        payload.update({str(k): v for k, v in extra.items()})
    size = len(json.dumps(payload, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    if size > limit:
        yield Hit("body", 0, len(message.body), {"bytes": size, "limit": limit})


def whatsapp_buttons(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    buttons = ctx.message.buttons
    counts = {"url": 0, "phone_number": 0}
    for button in buttons:
        if button.type in counts:
            counts[button.type] += 1
    problems = []
    if len(buttons) > 10:
        problems.append(("total", len(buttons), 10))
    if counts["url"] > 2:
        problems.append(("url", counts["url"], 2))
    if counts["phone_number"] > 1:
        problems.append(("phone_number", counts["phone_number"], 1))
    for kind, count, limit in problems:
        last = f"buttons[{len(buttons) - 1}]"
        yield Hit(last, 0, len(buttons[-1].text), {"kind": kind, "count": count, "limit": limit})


def whatsapp_variable_placement(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """Meta rejects templates whose body starts or ends with a variable, or has two variables side by side."""
    body = ctx.message.body
    placeholders = ctx.placeholders("body")
    if not placeholders or ctx.message.stage is Stage.RENDERED:
        return
    mode = ctx.options(rule).get("mode", "edges")
    if mode == "edges":
        stripped_start = len(body) - len(body.lstrip())
        stripped_end = len(body.rstrip())
        first, last = placeholders[0], placeholders[-1]
        if first.start == stripped_start:
            yield Hit("body", first.start, first.end, {"name": first.name, "where": "start"})
        if (last.end >= stripped_end - (1 if body.rstrip()[-1:] in ".!?" else 0) and last is not first) or (last is first and last.end >= stripped_end - (1 if body.rstrip()[-1:] in ".!?" else 0) and first.start != stripped_start):
            yield Hit("body", last.start, last.end, {"name": last.name, "where": "end"})
    else:
        for before, after in pairwise(placeholders):
            if not body[before.end : after.start].strip(" \t\n,;:-"):
                yield Hit("body", before.start, after.end, {"first": before.name, "second": after.name})


def voice_duration(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    from .common import WORD_RE

    max_seconds = float(ctx.options(rule).get("max_seconds", 30))
    text = expand(ctx, ctx.message.body, "worst")
    words = len(WORD_RE.findall(text)) + sum(1 for token in text.split() if any(c.isdigit() for c in token))
    rate = SPEAKING_RATE_WPM.get(ctx.language, 150)
    seconds = words * 60.0 / rate
    if seconds > max_seconds:
        yield Hit("body", 0, len(ctx.message.body), {"seconds": round(seconds), "limit": int(max_seconds), "words": words})


CHECKS = {
    "sms_segment_budget": PythonCheckFunction(segment_budget, SegmentBudgetParams),
    "sms_non_gsm_typography": PythonCheckFunction(non_gsm_typography),
    "sms_accents_cost_segments": PythonCheckFunction(accents_cost_segments),
    "placeholder_length_undeclared": PythonCheckFunction(undeclared_placeholder),
    "sms_over_maximum": PythonCheckFunction(sms_over_maximum),
    "field_length": PythonCheckFunction(field_length, FieldLengthParams, reads=frozenset({"meta"})),
    "push_payload": PythonCheckFunction(push_payload, reads=frozenset({"meta"})),
    "whatsapp_buttons": PythonCheckFunction(whatsapp_buttons),
    "whatsapp_variable_placement": PythonCheckFunction(whatsapp_variable_placement),
    "voice_duration": PythonCheckFunction(voice_duration),
}
# Reads only the content and the configuration: computed once per content, like content-only checks.
ANALYZERS = {"length": Analyzer(length_details)}
