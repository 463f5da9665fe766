"""Repetition: the same or nearly the same message to the same recipient within a window, content
already sent to an audience, and near-duplicate templates in a repository.

The recipient's recent sends arrive in ``recent`` (the edge reads them from the history store); the
cross-recipient and repository matches arrive precomputed in ``extra`` so the check stays pure.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..checks.python import PythonCheckFunction
from ..context import Hit

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule


def _window(ctx: CheckContext, rule: Rule) -> timedelta:
    return timedelta(days=float(ctx.options(rule).get("window_days", 7)))


def repeated_send(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    message = ctx.message
    at = message.send_at or ctx.now
    if at is None or not message.to or not ctx.recent:
        return  # no recipient history to compare with (template files, first sends)
    # Imported here, past the early return: the similarity module is only needed with a history.
    from ..policy.similarity import NEAR_DUPLICATE_THRESHOLD, content_hash, similarity

    exact = ctx.options(rule).get("mode", "exact") == "exact"
    threshold = float(ctx.options(rule).get("threshold", NEAR_DUPLICATE_THRESHOLD))
    since = at - _window(ctx, rule)
    own_hash = content_hash(message.body)
    for past in sorted(ctx.recent, key=lambda s: s.sent_at, reverse=True):
        if past.to != message.to or not (since <= past.sent_at <= at):
            continue
        same = content_hash(past.body) == own_hash
        if exact and same:
            yield Hit("body", 0, len(message.body), {"when": past.sent_at.isoformat(timespec="minutes"), "score": 100})
            return
        if not exact and not same:
            score = similarity(message.body, past.body)
            if score >= threshold:
                yield Hit("body", 0, len(message.body), {"when": past.sent_at.isoformat(timespec="minutes"), "score": round(score * 100)})
                return


def campaign_resent(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    matches = ctx.extra.get("campaign_matches")
    if not matches:
        return
    best = matches[0]
    yield Hit("body", 0, len(ctx.message.body), {"recipients": best.get("recipients", 0), "when": best.get("when", ""), "score": best.get("score", 0)})


def similar_templates(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    similar = ctx.extra.get("similar_templates")
    if not similar:
        return
    other, score = similar[0]
    yield Hit("body", 0, len(ctx.message.body), {"other": other, "score": round(score * 100)})


CHECKS = {
    "repeated_send": PythonCheckFunction(repeated_send, reads=frozenset({"time", "recipient", "history"})),
    "campaign_resent": PythonCheckFunction(campaign_resent, reads=frozenset({"extra", "campaign"})),
    "similar_templates": PythonCheckFunction(similar_templates, reads=frozenset({"extra", "campaign"})),
}
