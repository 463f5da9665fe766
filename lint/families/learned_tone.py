"""TON113: the tone model's second opinion on a message no other tone rule reported.

The model (:mod:`sendlint.tone_model`, weights in ``corpora/<lang>/tone-model.tsv``) scores the whole
message; from the file's threshold up, and only when none of the rules in ``defer_to`` reports the message
at warning or above (they name what they flag; this rule can only point at a sentence), the finding
points at the sentence without which the message scores lowest.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ..checks.python import PythonCheckFunction
from ..context import Hit
from ..errors import RulePackError
from ..textstats import split_sentences
from ..tone_model import MESSAGE_FIELDS, ModelFormatError, ToneModel, features, parse_model, probability

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule

MODEL_FILE = "tone-model.tsv"


class LearnedToneParams(BaseModel):
    """``defer_to``: tone rules whose finding on the message means this rule stays silent; ``min_words``: the
    fewest words of a message the model scores (it learned from messages of ten words and more: on a short
    one a single word it weighs, "vez" or "again", decides)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    defer_to: list[str] = []
    min_words: int = 12


def _threshold(ctx: CheckContext, rule: Rule, model: ToneModel) -> float:
    """The model file's threshold, or the ``threshold`` option (rule_options) when one is set."""
    configured = ctx.options(rule).get("threshold")
    if configured is None:
        return model.threshold
    if isinstance(configured, bool) or not isinstance(configured, (int, float)) or not 0 < configured < 1:
        raise ValueError(f"threshold must be a number between 0 and 1, not {configured!r}")
    return float(configured)


def load_model(language: str) -> ToneModel | None:
    """The shipped model for ``language``, or None when there is none (Portuguese today)."""
    path = resources.files("sendlint.corpora").joinpath(language, MODEL_FILE)
    if not path.is_file():
        return None
    try:
        return parse_model(path.read_text(encoding="utf-8"))
    except ModelFormatError as error:
        raise RulePackError(str(error), f"{path}:{error.line}") from None


def _model(ctx: CheckContext) -> ToneModel | None:
    key = ("tone-model", ctx.language)
    memo = ctx.resources.memo
    if key not in memo:
        memo[key] = load_model(ctx.language)
    model: ToneModel | None = memo[key]
    return model


def learned_tone(ctx: CheckContext, rule: Rule, params: LearnedToneParams) -> Iterator[Hit]:
    model = _model(ctx)
    if model is None:
        return
    fields = dict(ctx.rule_fields(rule))
    texts = [(name, fields[name]) for name in MESSAGE_FIELDS if name in fields]
    if not texts:
        return
    joined = "\n".join(text for _, text in texts)
    if len(joined.split()) < params.min_words:
        return
    threshold = _threshold(ctx, rule, model)
    if ctx.reported_by(params.defer_to):
        return  # silent whatever the score: a tone rule it defers to has said it (no need to score)
    score = probability(model, features(joined, model.language))
    if score < threshold:
        return
    # The sentence without which the message scores lowest is the one that weighs most (leave one out):
    # scored alone, the sentence with the most collections words ("Pay at ...") would win instead.
    best: tuple[float, str, int, int] | None = None
    for index, (name, text) in enumerate(texts):
        for sentence in split_sentences(text, ctx.language):
            without = [t for _, t in texts[:index]] + [text[: sentence.start] + text[sentence.end :]]
            rest = probability(
                model, features("\n".join(without + [t for _, t in texts[index + 1 :]]), model.language)
            )
            if best is None or rest < best[0]:
                best = (rest, name, sentence.start, sentence.end)
    if best is None:
        return
    _, name, start, end = best
    yield Hit(name, start, end, {"match": fields[name][start:end], "score": f"{score:.2f}"})


CHECKS = {"learned_tone": PythonCheckFunction(learned_tone, LearnedToneParams)}
