"""Pre-expand the inflected forms of every ``lemma: true`` lexicon word, so matching never has to load
spaCy's 490,000-entry lookup table at run time (0.7-2 s). Run after editing a lexicon:

    python tools/gen_lemma_forms.py

A test (tests/test_lexicon_data.py) fails when the shipped file is out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def lemma_words(language: str) -> set[str]:
    from sendlint.lexicon import TOKEN_RE, parse_lexicon

    words: set[str] = set()
    for path in sorted((ROOT / "corpora" / language).glob("*.yaml")):
        lexicon = parse_lexicon(yaml.safe_load(path.read_text(encoding="utf-8")))
        for entry in lexicon.entries:
            if entry.lemma:
                words.update(TOKEN_RE.findall(entry.term.lower()))
    return words


def build(language: str) -> dict[str, object]:
    from sendlint.lexicon import _full_lemma_table, invert_lemma_table

    forms = invert_lemma_table(_full_lemma_table(language), lemma_words(language))
    return {
        "source": "spacy-lookups-data lemma_lookup (MIT), inverted for the lemma entries of corpora/" + language,
        "generated_by": "tools/gen_lemma_forms.py",
        "forms": {word: list(values) for word, values in sorted(forms.items())},
    }


def main() -> int:
    for language in ("es", "en", "pt"):
        folder = ROOT / "corpora" / language
        if not folder.is_dir():
            continue
        data = build(language)
        (folder / "lemma-forms.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{language}: {len(data['forms'])} words")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
