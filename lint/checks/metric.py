"""``metric``: a named metric compared with thresholds, which may differ per channel.

A metric is a function registered by a plugin: ``metric(ctx, field_name, text)`` yields
``(value, start, end)`` (one value for the field, or one per sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from ..context import Hit
from ..errors import FieldError
from .base import CheckParams, Trigger

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule


def _number(value: float) -> float | int:
    """20.0 reads as 20 in a message; other values keep one decimal."""
    rounded = round(float(value), 1)
    return int(rounded) if rounded.is_integer() else rounded


@dataclass(frozen=True)
class Metric:
    """A registered metric with what lets the engine skip it (a bare function is looked at on every text):

    - ``trigger`` (:class:`~sendlint.checks.base.Trigger`): a text without it gives no value that can
      cross a threshold;
    - ``upper_bound(ctx, field_name, text)``: a cheap number no value of the metric on that text exceeds
      (the words of the whole text bound the words of each sentence), so a check with only a ``max``
      skips the metric where the bound does not pass it. tests/test_fast_paths.py checks each bound.
    """

    function: Callable[..., Any]
    trigger: Trigger | None = None
    upper_bound: Callable[..., float] | None = None


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    max: float | None = None
    min: float | None = None


class MetricCheck(CheckParams):
    metric: str
    max: float | None = None
    min: float | None = None
    by_channel: dict[str, Thresholds] = {}

    def bind(
        self, *, functions: Mapping[str, Any], metrics: Mapping[str, Callable[..., Any]], context: Mapping[str, Any] | None = None
    ) -> None:
        if self.metric not in metrics:
            raise FieldError(("metric",), f"unknown metric {self.metric!r}; known: {', '.join(sorted(metrics))}")
        metric = metrics[self.metric]
        if isinstance(metric, Metric):
            object.__setattr__(self, "bound_metric", metric.function)  # plain attributes: hot path
            object.__setattr__(self, "bound_trigger", metric.trigger)
            object.__setattr__(self, "bound_upper_bound", metric.upper_bound)
        else:
            object.__setattr__(self, "bound_metric", metric)
            object.__setattr__(self, "bound_trigger", None)
            object.__setattr__(self, "bound_upper_bound", None)

    def trigger(self, language: str, resources: Any = None) -> Trigger | None:
        return self.bound_trigger  # type: ignore[attr-defined]

    def thresholds(self, channel: str) -> tuple[float | None, float | None]:
        specific = self.by_channel.get(channel)
        if specific is not None:
            return specific.max, specific.min
        return self.max, self.min

    def run(self, ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
        # The channel member itself: a StrEnum member is the str of its value (same hash, equal), so it finds the
        # same thresholds without .value, a descriptor call of two python frames (~4 a message, round 81).
        maximum, minimum = self.thresholds(ctx.message.channel)
        upper_bound = self.bound_upper_bound if minimum is None and maximum is not None else None  # type: ignore[attr-defined]
        for field_name, text in ctx.rule_fields(rule):
            if upper_bound is not None and upper_bound(ctx, field_name, text) <= maximum:
                continue  # no value on this text can pass the maximum
            for value, start, end in self.bound_metric(ctx, field_name, text):  # type: ignore[attr-defined]
                limit = None
                if maximum is not None and value > maximum:
                    limit = maximum
                elif minimum is not None and value < minimum:
                    limit = minimum
                if limit is not None:
                    yield Hit(field_name, start, end, {"value": _number(value), "limit": _number(limit), "metric": self.metric})
