"""Train the experimental linear tone model: ``tools/tone_model/<lang>.json`` for es and en (see README.md).

Dev-time only (scikit-learn is a training dependency, never imported by the package)::

    .venv/bin/python tools/tone_model/train.py            # measure, then rewrite both model files
    .venv/bin/python tools/tone_model/train.py --check    # exit 1 if a shipped file differs from a retrain
    .venv/bin/python tools/tone_model/train.py --report   # print the cross-validation tables only

What it does, per language:

1. Reads ``corpora/eval/<lang>.jsonl`` (positives: lines labelled ``tone``; every other line is a negative,
   including lines with other families' problems) and ``corpora/eval/neutral-<lang>.jsonl`` (negatives).
   The text is the subject and the body, as :func:`tonemodel.features` sees them.
2. 5-fold stratified cross-validation (fixed seed): each fold fits the same pipeline as the shipped model
   (logistic regression, strong L2, features seen in fewer than ``MIN_DOCUMENTS`` training messages
   dropped, tiny weights pruned, weights rounded) and scores the held-out fold with the package's own
   pure-Python scorer, so no message is scored by a model that saw it.
3. Picks the threshold: the lowest out-of-fold score at which the model alone and "current rules OR model"
   both keep precision >= ``MIN_PRECISION`` and at most ``MAX_NEUTRAL_FALSE_POSITIVES`` neutral message is
   flagged. Because it is picked on the same out-of-fold scores it reports, the figures at that threshold
   are slightly optimistic; the time-ordered check (``--report``) is the more honest one.
4. Fits on all the data and writes the weights, bias, threshold, corpus sizes and the CV figures.

"Current rules" means what ``sendlint eval`` counts: any tone finding at warning or above.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tonemodel import FORMAT, ToneModel, features, model_from_mapping, score

ROOT = Path(__file__).resolve().parent.parent.parent
HERE = Path(__file__).resolve().parent

LANGUAGES = ("es", "en")
TRAINING_DATE = "2026-12-04"  # fixed, so a retrain reproduces the shipped files byte for byte
SEED = 20261204
FOLDS = 5
C = 0.1  # inverse regularisation strength: strong; of 0.1, 0.3, 1 and 3 it kept precision best on unseen rounds
CLASS_WEIGHT = "balanced"  # one positive for five negatives; unweighted, the model barely fires
MIN_DOCUMENTS = 2  # a feature in a single training message is noise (a name, a brand)
PRUNE_BELOW = 0.05  # |weight| under this is dropped: keeps the file small and readable
DECIMALS = 3
MIN_PRECISION = 0.95
MAX_NEUTRAL_FALSE_POSITIVES = 1
# Lines that came from past blind sets: the hard, indirect cases (h2-h9 rounds and the first held-out set).
HARD_ID_RE = re.compile(r"^(?:h\d+|ho)-")
# The order the blind sets were written and folded in; used by the time-ordered check.
ROUNDS = ("ho", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9")
LABEL_KEYS = ("labels", "note", "source", "licence")


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    tone: bool
    neutral: bool
    row: dict[str, Any]

    @property
    def hard(self) -> bool:
        return bool(HARD_ID_RE.match(self.id))

    @property
    def round(self) -> str:
        head = self.id.split("-", 1)[0]
        return head if head in ROUNDS else "base"


def message_text(row: dict[str, Any]) -> str:
    """The text fields a tone rule reads, joined by line breaks (subject first, as the reader sees it)."""
    parts = [row.get(name) for name in ("subject", "title", "header", "preheader", "body")]
    return "\n".join(p for p in parts if isinstance(p, str) and p)


def load_examples(language: str, root: Path = ROOT) -> list[Example]:
    examples = []
    for name, neutral in ((f"{language}.jsonl", False), (f"neutral-{language}.jsonl", True)):
        for line in (root / "corpora" / "eval" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                tone = "tone" in (row.get("labels") or [])
                examples.append(Example(row["id"], message_text(row), tone, neutral, row))
    return examples


def fit(examples: Sequence[Example], language: str, c: float = C) -> ToneModel:
    """Logistic regression on feature counts; rare features removed, small weights pruned, rounded."""
    bags = [Counter(features(e.text, language)) for e in examples]
    document_frequency = Counter(f for bag in bags for f in bag)
    keep = {f for f, n in document_frequency.items() if n >= MIN_DOCUMENTS}
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([{f: n for f, n in bag.items() if f in keep} for bag in bags])
    labels = np.array([e.tone for e in examples], dtype=int)
    classifier = LogisticRegression(C=c, class_weight=CLASS_WEIGHT, max_iter=5000, solver="liblinear", random_state=0)
    classifier.fit(matrix, labels)
    weights = {
        name: round(float(w), DECIMALS)
        for name, w in zip(vectorizer.get_feature_names_out(), classifier.coef_[0], strict=True)
        if abs(w) >= PRUNE_BELOW
    }
    return ToneModel(language, dict(sorted(weights.items())), round(float(classifier.intercept_[0]), DECIMALS), 0.5)


def out_of_fold_scores(examples: Sequence[Example], language: str, c: float = C) -> list[float]:
    """Each example scored by the model fitted on the other four folds (stratified on tone and neutral)."""
    strata = [2 * e.tone + e.neutral for e in examples]
    scores = [0.0] * len(examples)
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train, test in folds.split(np.zeros(len(examples)), strata):
        model = fit([examples[i] for i in train], language, c)
        for i in test:
            scores[i] = score(model, features(examples[i].text, language))
    return scores


def rules_fired(examples: Iterable[Example]) -> dict[str, bool]:
    """Whether the current rules report tone (at warning or above, as ``sendlint eval`` counts it)."""
    from sendlint import Config, evaluate, load_registry, message_from_mapping
    from sendlint.findings import Severity

    registry, config = load_registry(), Config()
    fired = {}
    for example in examples:
        message = message_from_mapping({k: v for k, v in example.row.items() if k not in LABEL_KEYS})
        findings = evaluate(message, registry, config).findings
        fired[example.id] = any(f.family.value == "tone" and f.severity.rank >= Severity.WARNING.rank for f in findings)
    return fired


@dataclass(frozen=True)
class Figures:
    tp: int
    fp: int
    fn: int
    neutral_fp: int
    hard_tp: int
    hard_fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def hard_recall(self) -> float:
        return self.hard_tp / (self.hard_tp + self.hard_fn) if self.hard_tp + self.hard_fn else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "neutral_fp": self.neutral_fp,
            "hard_recall": round(self.hard_recall, 4), "hard_tp": self.hard_tp, "hard_fn": self.hard_fn,
        }


def figures(examples: Sequence[Example], flagged: Callable[[int], bool]) -> Figures:
    """Tone P/R over the labelled lines, false positives over the neutral lines, recall on the hard lines."""
    tp = fp = fn = neutral_fp = hard_tp = hard_fn = 0
    for i, e in enumerate(examples):
        hit = flagged(i)
        if e.neutral:
            neutral_fp += hit
            continue
        tp += hit and e.tone
        fp += hit and not e.tone
        fn += e.tone and not hit
        if e.hard and e.tone:
            hard_tp += hit
            hard_fn += not hit
    return Figures(tp, fp, fn, neutral_fp, hard_tp, hard_fn)


def choose_threshold(examples: Sequence[Example], scores: Sequence[float], rules: dict[str, bool]) -> float:
    """Lowest score keeping model-alone and rules-OR-model precision and the neutral false positives in bounds."""
    best = 1.0
    for threshold in sorted(set(scores), reverse=True):
        alone = figures(examples, lambda i, t=threshold: scores[i] >= t)
        union = figures(examples, lambda i, t=threshold: scores[i] >= t or rules[examples[i].id])
        if alone.neutral_fp > MAX_NEUTRAL_FALSE_POSITIVES:
            break
        if alone.precision >= MIN_PRECISION and union.precision >= MIN_PRECISION:
            best = threshold
    return round(best, 4)


def cross_validation(examples: Sequence[Example], language: str, rules: dict[str, bool], c: float = C) -> dict[str, Any]:
    scores = out_of_fold_scores(examples, language, c)
    threshold = choose_threshold(examples, scores, rules)
    return {
        "folds": FOLDS,
        "seed": SEED,
        "threshold": threshold,
        "rules": figures(examples, lambda i: rules[examples[i].id]).as_dict(),
        "model": figures(examples, lambda i: scores[i] >= threshold).as_dict(),
        "rules_or_model": figures(examples, lambda i: scores[i] >= threshold or rules[examples[i].id]).as_dict(),
        "_scores": scores,
    }


def model_document(model: ToneModel, examples: Sequence[Example], cv: dict[str, Any]) -> dict[str, Any]:
    labelled = [e for e in examples if not e.neutral]
    return {
        "format": FORMAT,
        "language": model.language,
        "trained": TRAINING_DATE,
        "trainer": "tools/tone_model/train.py",
        "training": {
            "corpus": f"corpora/eval/{model.language}.jsonl + corpora/eval/neutral-{model.language}.jsonl",
            "messages": len(labelled),
            "tone_positives": sum(e.tone for e in labelled),
            "neutral_messages": len(examples) - len(labelled),
            "C": C, "class_weight": CLASS_WEIGHT, "min_documents": MIN_DOCUMENTS,
            "prune_below": PRUNE_BELOW, "decimals": DECIMALS,
        },
        "cross_validation": {k: v for k, v in cv.items() if not k.startswith("_")},
        "bias": model.bias,
        "threshold": cv["threshold"],
        "weights": dict(model.weights),
    }


def render(document: str) -> str:
    return document if document.endswith("\n") else document + "\n"


def dump(data: dict[str, Any]) -> str:
    # One weight per line: a diff of a retrain stays readable.
    return render(json.dumps(data, ensure_ascii=False, indent=1))


def table(language: str, cv: dict[str, Any]) -> str:
    lines = [f"[{language}] threshold {cv['threshold']}",
             "                    P       R     tp   fp   fn  neutral-fp  hard-R (tp/fn)"]
    for name in ("rules", "model", "rules_or_model"):
        f = cv[name]
        lines.append(
            f"  {name:<15} {f['precision'] * 100:5.1f}%  {f['recall'] * 100:5.1f}%  {f['tp']:4} {f['fp']:4} {f['fn']:4}"
            f"  {f['neutral_fp']:10}  {f['hard_recall'] * 100:5.1f}% ({f['hard_tp']}/{f['hard_fn']})"
        )
    return "\n".join(lines)


# A row of a round analysis table in corpora/eval/HELDOUT-*.md: "| h9-es-005 | tone FN | ...".
BLIND_ROW_RE = re.compile(r"^\|\s*`?((?:h\d|ho)-e[sn]-\d+)`?\s*\|[^|]*?\btone\b[^|]*?\b(fn|fp)\b", re.I | re.M)
# Rounds whose analysis lists every tone FN and FP of the rules as they were when the round was blind.
ANALYSED_ROUNDS = ("h5", "h6", "h7", "h8", "h9")


def blind_mistakes(root: Path = ROOT) -> dict[str, str]:
    """id -> "fn" or "fp": the rules' tone mistakes on each analysed round while it was still blind."""
    found: dict[str, str] = {}
    for path in sorted((root / "corpora" / "eval").glob("HELDOUT-*.md")):
        for match in BLIND_ROW_RE.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(match.group(1), match.group(2).lower())
    return found


def time_ordered(examples: Sequence[Example], language: str, c: float = C) -> list[str]:
    """The situation the model is for: a blind set written later by someone else.

    Each analysed round is scored by a model fitted only on the lines that existed before it (base lines,
    earlier rounds, neutral lines), its threshold picked by an inner CV on those lines alone; "rules" is
    the rules' recorded blind result on that round (from its analysis table), not today's rules, which
    were tuned on it.
    """
    mistakes = blind_mistakes()
    totals = {name: [0, 0, 0] for name in ("rules", "model", "rules_or_model")}
    lines = []
    for name in ANALYSED_ROUNDS:
        seen = {"base", *ROUNDS[: ROUNDS.index(name)]}
        train = [e for e in examples if e.neutral or e.round in seen]
        test = [e for e in examples if not e.neutral and e.round == name]
        threshold = choose_threshold(train, out_of_fold_scores(train, language, c), {e.id: False for e in train})
        model = fit(train, language, c)
        model_hit = {e.id: score(model, features(e.text, language)) >= threshold for e in test}
        rules_hit = {e.id: mistakes.get(e.id) != "fn" if e.tone else mistakes.get(e.id) == "fp" for e in test}
        caught = [e.id for e in test if e.tone and model_hit[e.id] and not rules_hit[e.id]]
        false = [e.id for e in test if not e.tone and model_hit[e.id]]
        for key, hit in (("rules", rules_hit), ("model", model_hit), ("rules_or_model", {i: rules_hit[i] or model_hit[i] for i in model_hit})):
            totals[key][0] += sum(hit[e.id] and e.tone for e in test)
            totals[key][1] += sum(hit[e.id] and not e.tone for e in test)
            totals[key][2] += sum(e.tone and not hit[e.id] for e in test)
        lines.append(f"  {name}: threshold {threshold:.3f}, model catches rule misses {caught or '-'}, model false positives {false or '-'}")
    for key, (tp, fp, fn) in totals.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        lines.append(f"  {key:<15} P {precision * 100:5.1f}%  R {tp / (tp + fn) * 100:5.1f}%  tp {tp} fp {fp} fn {fn}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a shipped model differs from a retrain")
    parser.add_argument("--report", action="store_true", help="print the CV tables and the time-ordered check only")
    args = parser.parse_args(argv)
    stale = []
    for language in LANGUAGES:
        examples = load_examples(language)
        rules = rules_fired(examples)
        cv = cross_validation(examples, language, rules)
        print(table(language, cv))
        if args.report:
            print(f"[{language}] time-ordered, rounds {', '.join(ANALYSED_ROUNDS)} (blind rules vs. a model trained on earlier lines)")
            print("\n".join(time_ordered(examples, language)))
            continue
        document = dump(model_document(fit(examples, language), examples, cv))
        path = HERE / f"{language}.json"
        model_from_mapping(json.loads(document))  # the package must be able to load what we write
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != document:
                stale.append(str(path))
        else:
            path.write_text(document, encoding="utf-8")
            print(f"  wrote {path.relative_to(ROOT)} ({len(document.encode()) // 1024} KB)")
    if stale:
        print("stale (rerun tools/tone_model/train.py):", *stale, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
