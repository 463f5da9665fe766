"""The experimental linear tone model (tools/tone_model/: not part of the package) and its weights.

The model is not a rule (see CHANGELOG): these tests pin the features, the scoring and that
the weight files load. The trainer's --check says whether a retrain on today's corpus would differ.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXPERIMENT = ROOT / "tools" / "tone_model"
sys.path.insert(0, str(EXPERIMENT))

from tonemodel import FORMAT, ToneModel, explain, features, model_from_mapping, normalize, score  # noqa: E402


def shipped(language: str) -> tuple[ToneModel, str]:
    text = (EXPERIMENT / f"{language}.json").read_text(encoding="utf-8")
    return model_from_mapping(json.loads(text)), text


def test_features_fold_accents_and_replace_values_by_class_tokens():
    found = features("Hola {{nombre}}: ¿SÍ pagarás los 45,90 € hoy? https://pago.es/x…", "es")
    assert found == [
        "hola", "<ph>", "si", "pagaras", "los", "<num>", "hoy", "<url>",
        "hola <ph>", "<ph> si", "si pagaras", "pagaras los", "los <num>", "<num> hoy", "hoy <url>",
    ]


def test_features_cues_and_bare_domains():
    assert features("We’d hate that, right? Visit pay.mybank.com/a now!", "en") == [
        "we'd", "hate", "that", "right", "visit", "<url>", "now",
        "we'd hate", "hate that", "that right", "right visit", "visit <url>", "<url> now",
        "cue:question-tag", "cue:exclamation",
    ]
    assert normalize("Ñandú 12/03") == "nandu  <num> "


def test_score_is_the_logistic_of_bias_plus_weights():
    model = ToneModel("en", {"hate": 1.5, "we'd hate": 0.5, "soon": -1.0}, -1.0, 0.5)
    found = features("We'd hate that soon", "en")
    assert score(model, found) == pytest.approx(1 / (1 + math.exp(-(-1.0 + 1.5 + 0.5 - 1.0))))
    explanation = explain(model, "We'd hate that soon")
    assert explanation.top_features == (("hate", 1.5), ("we'd hate", 0.5))
    assert explanation.score == pytest.approx(0.5)


@pytest.mark.parametrize("language", ["es", "en"])
def test_shipped_model_loads_is_small_and_deterministic(language):
    model, text = shipped(language)
    assert json.loads(text)["format"] == FORMAT
    assert model.language == language
    assert len(text.encode()) < 200 * 1024
    assert 0.5 < model.threshold < 1
    sample = {
        "es": "Seguro que esta vez sí te acuerdas de pagar, ¿verdad?",
        "en": "We'd hate for this to become a bigger conversation.",
    }[language]
    first = explain(model, sample)
    assert first == explain(model, sample)
    assert 0 < first.score < 1
    assert all(weight > 0 for _, weight in first.top_features)


def test_model_from_mapping_rejects_other_json():
    with pytest.raises(ValueError):
        model_from_mapping({"weights": {}})


