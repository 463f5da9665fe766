"""A linear tone model: the tone family's second opinion (TON113), for the wordings no clue names.

The tone rules name what they flag: a threat, a blame word, a pair of pressure signals in one sentence.
Each blind set written since round 5 phrased veiled threats, sarcasm, guilt and judging in new words, and
the named clues caught 54-77% of them. This model scores a whole message instead: tf-idf weighted words,
word pairs and a few class tokens, and a logistic weight for each, fitted on the labelled tuning corpora
by ``tools/tone_model/train.py`` (scikit-learn, training time only) and shipped as
``corpora/<lang>/tone-model.tsv``. Pure: no I/O; :func:`parse_model` reads the text of that file.

Features are plain strings, so the weights can be read: a unigram is a folded word (``"verdad"``), a
bigram two words with a space (``"seria una"``), a class token stands for a value that says nothing about
tone (``<num>``, ``<url>``, ``<ph>`` for a ``{{name}}`` placeholder) and ``cue:*`` are a few marks of
punctuation and capitals. Words of register (su, usted, estimado; dear, sir) and of time and repetition
(vez, todavía; again, still), and in Spanish the function words (que, de, los, tu), are features only inside
pairs (:data:`PAIR_ONLY_BY_LANGUAGE`).
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from types import MappingProxyType
from typing import Any

from .lazy import lazy_re

FORMAT = "sendlint-tone-model/2"

# Class tokens replace what says nothing about tone by its value. Each is one C-level substitution on the
# folded text, skipped when its telltale character is absent; order matters (a link's digits are not a
# number, a placeholder's name is not a word).
PLACEHOLDER_RE = lazy_re(
    r"\{\{[^{}]*\}\}|\{[^{}\s]*\}|%[sd]|\[\[[^\]]*\]\]"
)  # {{name}}, {name}, %s, [[name]]
URL_RE = lazy_re(r"https?://\S+|www\.\S+")
_TLD = r"(?:com|es|mx|co|ar|cl|pe|io|ly|net|org|app|me|uk)\b"
TLD_HINT_RE = lazy_re(r"[a-z0-9]\." + _TLD)  # cheap test before the costlier bare-domain pattern
DOMAIN_RE = lazy_re(r"\b(?:[a-z0-9-]++\.)++" + _TLD + r"(?:/\S*)?")  # pago.es, pay.mybank.com/a
NUMBER_RE = lazy_re(r"\d[\d.,:/]*")  # amounts, dates, times, references
# "Again" in a formula of thanks repeats the thanks, not a lapse of the reader's: dropped, so "gracias otra vez" is not
# read as the pair "otra vez" that the collections lines weigh ("otra vez no has pagado").
THANKS_AGAIN_RE = lazy_re(r"\b(gracias|thanks|thank you)(?: (?:de nuevo|otra vez|nuevamente|once again|again))\b")
WORD_RE = lazy_re(r"<(?:ph|url|num)>|[a-z]+(?:'[a-z]+)*")
QUESTION_TAG_RE = lazy_re(r"(?:verdad|no|right|ok|okay|eh|si)\s*\?")  # "¿verdad?", "..., right?"
CAPITALS_RE = lazy_re(r"\b[A-ZÁÉÍÓÚÑ]{4,}\b")  # a shouted word (or an acronym: the weight says which)
# Words read only inside pairs ("estimado cliente", "otra vez", "still unpaid"), never alone. Formal address is no
# tone defect, but in the training lines it goes with the cold ones, so a polite "Estimado {{nombre}}: le
# recordamos..." scored on its register. Words of time and repetition take their tone from their neighbour: alone,
# the weight learned from "otra vez" and "still unpaid" reported "Gracias otra vez por tu reseña" and "Thanks again".
PAIR_ONLY_WORDS = frozenset(
    {
        "su",
        "sus",
        "le",
        "les",
        "usted",
        "ustedes",
        "ud",
        "uds",
        "estimado",
        "estimada",
        "estimados",
        "estimadas",
        "senor",
        "senora",
        "sr",
        "sra",
        "don",
        "dona",
        "dear",
        "sir",
        "madam",
        "mr",
        "mrs",
        "ms",
        "vez",
        "otra",
        "esta",
        "todavia",
        "ya",
        "again",
        "still",
        "already",
        "yet",
        "really",
        "time",
    }
)
# Spanish function words (articles, the common prepositions and conjunctions, «que», «se» and the tú clitics and
# possessives, the informal twins of «su» and «le» above), also read only in pairs. Alone they weigh what the tone
# lines' sentences are made of, not what they say: «que» and «todos» scored a language line's «se avisó a todos los
# participantes que...» 0.84 blind (h120-es-047). Inside pairs they keep their work («que pagues», «sin pago», «no te»).
# Spanish only: in the rolling evaluation the same for English function words (the, who, every, must...) added no
# more of the rules' blind misses at any count of false positives (round 76).
SPANISH_FUNCTION_WORDS = frozenset(
    {
        "que", "de", "del", "al", "a", "en", "con", "por", "para", "y", "e", "o", "u",
        "la", "el", "lo", "los", "las", "un", "una", "unos", "unas",
        "se", "me", "te", "nos", "mi", "mis", "tu", "tus",
    }
)
PAIR_ONLY_BY_LANGUAGE = MappingProxyType(
    {"es": PAIR_ONLY_WORDS | SPANISH_FUNCTION_WORDS, "en": PAIR_ONLY_WORDS}
)
# The text fields the model reads, joined by line breaks in the order the reader meets them.
MESSAGE_FIELDS = ("subject", "title", "header", "preheader", "body")


def fold(text: str) -> str:
    """Lower-case, accents removed (á -> a, ñ -> n), curly apostrophes straight; "…" becomes "...".

    NFKD then dropping what is not ASCII is one C pass; it also drops ¿ ¡ € and emoji, which the word
    features do not use."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return unicodedata.normalize("NFKD", lowered.replace("’", "'")).encode("ascii", "ignore").decode("ascii")


def normalize(text: str) -> str:
    """Folded, class tokens in place: the form the word features are read from."""
    folded = fold(text)
    if "{" in folded or "%" in folded or "[" in folded:
        folded = PLACEHOLDER_RE.sub(" <ph> ", folded)
    if "://" in folded or "www." in folded:
        folded = URL_RE.sub(" <url> ", folded)
    if TLD_HINT_RE.search(folded):
        folded = DOMAIN_RE.sub(" <url> ", folded)
    if "gracias " in folded or "thank" in folded:
        folded = THANKS_AGAIN_RE.sub(r"\1", folded)
    return NUMBER_RE.sub(" <num> ", folded)


def features(text: str, language: str = "") -> list[str]:
    """Unigrams (but the words :data:`PAIR_ONLY_BY_LANGUAGE` reads only in pairs; :data:`PAIR_ONLY_WORDS` for a
    language it lacks), bigrams and the cue features of ``text``, repeats kept (a term's count matters to its
    tf-idf value)."""
    folded = normalize(text)
    words = WORD_RE.findall(folded)
    pair_only = PAIR_ONLY_BY_LANGUAGE.get(language, PAIR_ONLY_WORDS)
    found = [word for word in words if word not in pair_only]
    found += map(" ".join, pairwise(words))
    if "?" in folded and QUESTION_TAG_RE.search(folded):
        found.append("cue:question-tag")
    if "!" in folded:
        found.append("cue:exclamation")
    if "..." in folded:
        found.append("cue:ellipsis")
    if CAPITALS_RE.search(text):
        found.append("cue:capitals")
    return found


@dataclass(frozen=True)
class ToneModel:
    """A loaded model. ``terms`` maps each known feature to (idf, weight): the idf of the training corpus
    (every known feature counts in a text's length, as in training) and its logistic weight. A text is
    reported from ``threshold``, picked by the trainer on blind sets scored by models fitted on the
    lines written before them."""

    language: str
    terms: Mapping[str, tuple[float, float]]
    intercept: float
    threshold: float
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Per feature (idf squared, idf times weight): what one occurrence adds to the squared length and to the dot
    # product, so scoring a text does two additions a known feature (most occur once).
    _scaled: dict[str, tuple[float, float]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        scaled = {feature: (idf * idf, idf * weight) for feature, (idf, weight) in self.terms.items()}
        object.__setattr__(self, "_scaled", scaled)


def _logistic(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


def probability(model: ToneModel, found: list[str]) -> float:
    """The model's probability that a text with features ``found`` is unfriendly: sublinear tf-idf
    (1 + ln count, times idf), scaled to unit length, dotted with the weights, plus the intercept, through
    the logistic (scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` and ``LogisticRegression``)."""
    scaled = model._scaled
    length = 0.0
    dot = 0.0
    distinct = dict.fromkeys(found)
    if len(distinct) == len(found):
        # Every feature once (nearly every message): Counter's order (first occurrence) and its sums, without
        # counting; the same additions in the same order, so the same float.
        get = scaled.get
        for feature in distinct:
            known = get(feature)
            if known is not None:
                length += known[0]
                dot += known[1]
        if length:
            dot /= math.sqrt(length)
        return _logistic(model.intercept + dot)
    for feature, count in Counter(found).items():
        known = scaled.get(feature)
        if known is None:
            continue
        if count == 1:
            length += known[0]
            dot += known[1]
        else:
            tf = 1.0 + math.log(count)
            length += tf * tf * known[0]
            dot += tf * known[1]
    if length:
        dot /= math.sqrt(length)
    return _logistic(model.intercept + dot)


def strongest(model: ToneModel, found: list[str], top: int = 3) -> tuple[str, ...]:
    """The features of ``found`` that raised the score most (idf times positive weight), strongest
    first, ties broken alphabetically: what the trainer's report shows for a line."""
    raised = {f: model.terms[f][0] * model.terms[f][1] for f in set(found) if f in model.terms}
    ranked = sorted((item for item in raised.items() if item[1] > 0), key=lambda item: (-item[1], item[0]))
    return tuple(f for f, _ in ranked[:top])


class ModelFormatError(ValueError):
    """A tone-model file that cannot be read; ``line`` is 1-based."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def parse_model(text: str) -> ToneModel:
    """Read a ``tone-model.tsv``: ``# key: value`` header lines (``format``, ``language``, ``intercept``,
    ``threshold`` required; the rest is kept as metadata), then one ``feature<TAB>idf<TAB>weight`` a line."""
    header: dict[str, str] = {}
    terms: dict[str, tuple[float, float]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep and not terms:
                header[key.strip()] = value.strip()
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ModelFormatError(
                f"expected 'feature<TAB>idf<TAB>weight', found {len(parts)} column(s)", number
            )
        try:
            terms[parts[0]] = (float(parts[1]), float(parts[2]))
        except ValueError:
            raise ModelFormatError(
                f"idf and weight must be numbers: {parts[1]!r}, {parts[2]!r}", number
            ) from None
    if header.get("format") != FORMAT:
        raise ModelFormatError(f"not a tone model: the header needs '# format: {FORMAT}'", 1)
    missing = [key for key in ("language", "intercept", "threshold") if key not in header]
    if missing:
        raise ModelFormatError(f"the header lacks {', '.join(missing)}", 1)
    try:
        intercept, threshold = float(header["intercept"]), float(header["threshold"])
    except ValueError:
        raise ModelFormatError("intercept and threshold must be numbers", 1) from None
    metadata = {k: v for k, v in header.items() if k not in ("format", "language", "intercept", "threshold")}
    return ToneModel(header["language"], terms, intercept, threshold, MappingProxyType(metadata))


def render_model(model: ToneModel, *, digits: int = 6) -> str:
    """The text of a ``tone-model.tsv`` for ``model``: what :func:`parse_model` reads back."""
    lines = [
        f"# format: {FORMAT}",
        f"# language: {model.language}",
        f"# intercept: {model.intercept:.{digits}g}",
        f"# threshold: {model.threshold}",
    ]
    lines += [f"# {key}: {value}" for key, value in model.metadata.items()]
    lines.append("# feature\tidf\tweight")
    lines += [f"{f}\t{idf:.{digits}g}\t{w:.{digits}g}" for f, (idf, w) in sorted(model.terms.items())]
    return "\n".join(lines) + "\n"


def rounded(model: ToneModel, *, digits: int = 6) -> ToneModel:
    """``model`` as it reads back from its file (numbers to ``digits`` significant digits)."""
    return parse_model(render_model(model, digits=digits))


def describe(model: ToneModel) -> dict[str, Any]:
    """What the docs and the trainer's report say of a model."""
    return {
        "language": model.language,
        "features": len(model.terms),
        "threshold": model.threshold,
        **model.metadata,
    }
