"""A small linear tone model: word features, a logistic score and the words that drove it.

Pure: no I/O and no state that changes. ``train.py`` beside it fits the weights (scikit-learn,
training time only) and writes ``<lang>.json`` beside it; :func:`model_from_mapping` turns that
file's parsed JSON into a :class:`ToneModel`. Features are plain strings so a copywriter can read the
weights: a unigram is a folded word (``"verdad"``), a bigram two words with a space (``"seria una"``), a
class token stands for something whose exact value says nothing about tone (``<num>``, ``<url>``,
``<ph>`` for a ``{{name}}`` placeholder) and ``cue:*`` features are a few hand-made signals.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise, repeat
from types import MappingProxyType
from typing import Any

FORMAT = "sendlint-tone-model/1"

# Class tokens replace what says nothing about tone by its value. Each is one C-level substitution on the
# normalized text, skipped when its telltale character is absent; order matters (a link's digits are not
# a number, a placeholder's name is not a word).
PLACEHOLDER_RE = re.compile(r"\{\{[^{}]*\}\}|\{[^{}\s]*\}|%[sd]|\[\[[^\]]*\]\]")  # {{name}}, {name}, %s, [[name]]
URL_RE = re.compile(r"https?://\S+|www\.\S+")
_TLD = r"(?:com|es|mx|co|ar|cl|pe|io|ly|net|org|app|me|uk)\b"
TLD_HINT_RE = re.compile(r"[a-z0-9]\." + _TLD)  # cheap test before the costlier bare-domain pattern
DOMAIN_RE = re.compile(r"\b(?:[a-z0-9-]++\.)++" + _TLD + r"(?:/\S*)?")  # pago.es, pay.mybank.com/a
NUMBER_RE = re.compile(r"\d[\d.,:/]*")  # amounts, dates, times, references
WORD_RE = re.compile(r"<(?:ph|url|num)>|[a-z]+(?:'[a-z]+)*")
# Hand-made cues the word features cannot see on their own.
QUESTION_TAG_RE = re.compile(r"(?:verdad|no|right|ok|okay|eh|si)\s*\?")  # "¿verdad?", "..., right?"


def fold(text: str) -> str:
    """Lower-case, accents removed (á -> a, ñ -> n), curly apostrophes straight; "…" becomes "...".

    NFKD then dropping what is not ASCII is one C pass; it also drops ¿ ¡ € and emoji, which the word
    features do not use."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return unicodedata.normalize("NFKD", lowered.replace("’", "'")).encode("ascii", "ignore").decode("ascii")


def normalize(text: str) -> str:
    """Folded, class tokens in place: the form every feature is read from."""
    folded = fold(text)
    if "{" in folded or "%" in folded or "[" in folded:
        folded = PLACEHOLDER_RE.sub(" <ph> ", folded)
    if "://" in folded or "www." in folded:
        folded = URL_RE.sub(" <url> ", folded)
    if TLD_HINT_RE.search(folded):
        folded = DOMAIN_RE.sub(" <url> ", folded)
    return NUMBER_RE.sub(" <num> ", folded)


def tokens(text: str) -> list[str]:
    """Word and class tokens of ``text``, in order."""
    return WORD_RE.findall(normalize(text))


def features(text: str, language: str) -> list[str]:
    """Unigrams, bigrams and cue features of ``text``; ``language`` is accepted for models whose cues
    differ by language (today's cues are shared, and each language has its own weights anyway)."""
    folded = normalize(text)
    words = WORD_RE.findall(folded)
    found = words + list(map(" ".join, pairwise(words)))
    if "?" in folded and QUESTION_TAG_RE.search(folded):
        found.append("cue:question-tag")
    if "!" in folded:
        found.append("cue:exclamation")
    if "..." in folded:
        found.append("cue:ellipsis")
    return found


@dataclass(frozen=True)
class ToneModel:
    """A loaded model: one weight per feature (absent features weigh 0), a bias and the score from which
    a text is reported (chosen in training for precision >= 0.95 on cross-validated predictions)."""

    language: str
    weights: Mapping[str, float]
    bias: float
    threshold: float
    metadata: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Explanation:
    """A text's score and the features that pushed it up most, strongest first (feature, weight)."""

    score: float
    top_features: tuple[tuple[str, float], ...]


def model_from_mapping(data: Mapping[str, Any]) -> ToneModel:
    """Build a model from the parsed JSON of a ``<lang>.json`` file; ``ValueError`` if it is not one."""
    if data.get("format") != FORMAT:
        raise ValueError(f"not a tone model: format must be {FORMAT!r}")
    weights = data.get("weights")
    if not isinstance(weights, Mapping) or not all(isinstance(v, (int, float)) for v in weights.values()):
        raise ValueError("a tone model needs 'weights': an object of feature -> number")
    metadata = {k: v for k, v in data.items() if k not in ("format", "language", "weights", "bias", "threshold")}
    return ToneModel(
        language=str(data["language"]),
        # A plain dict: scoring calls its ``get`` once per feature, and a proxy's is slower.
        weights={str(k): float(v) for k, v in weights.items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        metadata=MappingProxyType(metadata),
    )


def _logistic(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


def score(model: ToneModel, found: list[str]) -> float:
    """Probability-like score in (0, 1): logistic of the bias plus the weights of ``found`` (repeats count
    once per occurrence, as in training)."""
    return _logistic(model.bias + sum(map(model.weights.get, found, repeat(0.0, len(found)))))


def explain(model: ToneModel, text: str, top: int = 3) -> Explanation:
    """Score ``text`` and name the features that raised it most (positive weights only, summed over
    repeats, ties broken alphabetically so the answer is deterministic)."""
    found = features(text, model.language)
    contributions: dict[str, float] = {}
    for feature in found:
        weight = model.weights.get(feature)
        if weight is not None and weight > 0:
            contributions[feature] = contributions.get(feature, 0.0) + weight
    ranked = sorted(contributions.items(), key=lambda item: (-item[1], item[0]))[:top]
    return Explanation(score(model, found), tuple(ranked))
