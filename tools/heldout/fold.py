"""Fold the measured blind sets into the tuning corpora and promote the queued sets, as every round does.

    python tools/heldout/fold.py SPEC.json
    python tools/heldout/fold.py --queue heldout-next h130   # a writer's finished set waits its round

SPEC.json (the lead writes it once the blind result is committed):

    {"date": "2026-12-07", "commit": "abc1234",
     "after": "after round 79 and TON113's refit with h126 and h127",
     "results": "/tmp/r80/blind",
     "sets": {"h128": {"partner": "h129", "written_during": "round 78", "kind": "niche senders",
                       "sectors": "lumberjack shows, ..., and treasure-hunt organisers"},
              "h129": {...}},
     "promote": ["h130", "h131"]}

`results` holds `sendlint eval --format json` outputs: `<set>.json`, `<set>-no113.json`, `<set>-no112113.json` for each
set and `both.json`, `both-no113.json` for the two together (the no113 runs use a config ignoring TON113, the
no112113 ones TON112 and TON113). The script moves each blind set's README to `corpora/eval/HELDOUT-<date>-<set>.md`
under a header with its blind figures, appends its lines unchanged to `corpora/eval/es.jsonl` / `en.jsonl`, removes
the set, moves the queued sets from `corpora/heldout-queue/` to `corpora/heldout/`, and brings corpora/README.md's
set names and counts up to date. It writes with `git mv`/`git rm`, so the commit shows renames; it commits nothing.
Never run it before the blind result is recorded: folding is what ends a set's blindness.
"""

from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
FAMILIES = ("tone", "clarity", "language", "compliance")


def git(*args: str) -> None:
    subprocess.run(["git", *args], cwd=ROOT, check=True)


def figures(path: Path) -> dict[str, dict]:
    return json.loads(path.read_text(encoding="utf-8"))["families"]


def counts(family: dict) -> str:
    return f"{family['tp']}/{family['fp']}/{family['fn']}"


def pr(family: dict, digits: int = 1) -> str:
    return f"{100 * family['precision']:.{digits}f}/{100 * family['recall']:.{digits}f}"


def blind_sentence(name: str, spec: dict) -> str:
    results = Path(spec["results"])
    own = figures(results / f"{name}.json")
    no113 = figures(results / f"{name}-no113.json")["tone"]
    no112113 = figures(results / f"{name}-no112113.json")["tone"]
    both, both_no113 = figures(results / "both.json"), figures(results / "both-no113.json")
    tone = own["tone"]
    parts = [
        f"tone P {100 * tone['precision']:.1f}% R {100 * tone['recall']:.1f}% (tp {tone['tp']}, fp {tone['fp']}, "
        f"fn {tone['fn']}; {counts(no113)} without TON113, {counts(no112113)} without TON112 and TON113)"
    ]
    for family in FAMILIES[1:]:
        f = own[family]
        parts.append(f"{family} P {100 * f['precision']:.1f}% R {100 * f['recall']:.1f}% ({counts(f)})")
    together = [f"tone {pr(both['tone'])} ({pr(both_no113['tone'])} without TON113)"]
    together += [f"{family} {pr(both[family])}" for family in FAMILIES[1:]]
    return (
        f"Blind result at commit {spec['commit']} ({spec['after']}), before any change (160 messages): "
        + "; ".join(parts)
        + "; both sets together (320 messages): "
        + ", ".join(together)
        + "."
    )


def header(name: str, spec: dict) -> str:
    meta = spec["sets"][name]
    return (
        f"# HELDOUT-{spec['date']}-{name}: former blind held-out corpus ({name}), now tuning data\n\n"
        f"This set was folded into the tuning corpora on {spec['date']}, after its blind result was recorded. "
        f"Its lines (ids `{name}-es-*`, `{name}-en-*`) were appended unchanged to `corpora/eval/es.jsonl` and "
        f"`corpora/eval/en.jsonl` and it no longer measures generalisation. It was written at the same time as "
        f"{meta['partner']} by another helper, during {meta['written_during']}, and waited unopened in "
        f"`corpora/heldout-queue/` for a round, from the writers' brief kept in `tools/heldout/writers-brief.md` "
        f"(a missing opening ¿ or ¡ is a clarity defect; at least half the tone lines indirect, no stock phrases; "
        f"trade words welcome in every family). Its writer was asked for senders from these sectors "
        f"({meta['sectors']}: {meta['kind']}), and to write the Spanish and English files independently. "
        f"{blind_sentence(name, spec)} The analysis of every {name} miss follows the original README "
        f'("Round {spec.get("analysis_round", "N")} analysis"); the README\'s "Never tune on this file" applied '
        f"while the set was blind.\n\n"
    )


def retitle(readme: Path, name: str, queued: bool) -> None:
    """'(written in X)' or '(written in X, now Y)' becomes the set's next home."""
    text = readme.read_text(encoding="utf-8")
    title, _, rest = text.partition("\n")
    written = re.search(r"written in `[^`]+`", title)
    if written is None:
        raise SystemExit(f"{readme}:1: title names no 'written in' folder: {title!r}")
    where = (
        f"queued in `corpora/heldout-queue/{name}/`, now `corpora/heldout/{name}/`"
        if queued
        else f"now `corpora/heldout-queue/{name}/`"
    )
    new_title = f"# Held-out corpus {name} ({written.group(0)}, {where})"
    readme.write_text(new_title + "\n" + rest, encoding="utf-8")


def corpus_row(language: str) -> str:
    rows = [
        json.loads(line)
        for line in (CORPORA / "eval" / f"{language}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    labels = collections.Counter(label for row in rows for label in row["labels"])
    locales = collections.Counter(row["locale"] for row in rows)
    channels = collections.Counter(row["channel"] for row in rows)
    clean = sum(1 for row in rows if not row["labels"])
    locale_cell = ", ".join(
        f"{locale} {n}" + (" (voseo)" if locale == "es-AR" else "")
        for locale, n in sorted(locales.items(), key=lambda item: (-item[1], item[0]))
    )
    channel_cell = ", ".join(
        f"{channel} {channels[channel]}" for channel in ("sms", "email", "whatsapp", "push")
    )
    label_cells = " | ".join(str(labels[family]) for family in FAMILIES)
    return f"| `{language}.jsonl` | {len(rows)} | {clean} | {label_cells} | {locale_cell} | {channel_cell} |"


def update_corpora_readme(folded: list[str], promoted: list[str]) -> None:
    path = CORPORA / "README.md"
    text = path.read_text(encoding="utf-8")
    last = max(folded, key=lambda name: int(name[1:]))
    text = re.sub(r"`h2-\*` to `h\d+-\*`", f"`h2-*` to `{last}-*`", text)
    text = re.sub(r"`h9-\*` to `h\d+-\*`", f"`h9-*` to `{last}-*`", text)
    text = re.sub(
        r"\(`heldout/h\d+/`, `heldout/h\d+/`:",
        f"(`heldout/{promoted[0]}/`, `heldout/{promoted[1]}/`:",
        text,
    )
    text = re.sub(
        r"h118 to h\d+ waited there", f"h118 to {max(promoted, key=lambda n: int(n[1:]))} waited there", text
    )
    for language in ("es", "en"):
        text = re.sub(rf"^\| `{language}\.jsonl` \| \d+ .*$", corpus_row(language), text, flags=re.M)
    path.write_text(text, encoding="utf-8")


def main(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    folded = list(spec["sets"])
    for name in folded:
        folder = CORPORA / "heldout" / name
        for language in ("es", "en"):
            lines = (folder / f"{language}.jsonl").read_text(encoding="utf-8")
            tuning = CORPORA / "eval" / f"{language}.jsonl"
            existing = tuning.read_text(encoding="utf-8")
            if f'"id": "{name}-{language}-001"' in existing:
                raise SystemExit(f"{tuning}: already holds {name}; nothing folded twice")
            tuning.write_text(existing + (lines if lines.endswith("\n") else lines + "\n"), encoding="utf-8")
        target = CORPORA / "eval" / f"HELDOUT-{spec['date']}-{name}.md"
        git("mv", str(folder / "README.md"), str(target))
        target.write_text(header(name, spec) + target.read_text(encoding="utf-8"), encoding="utf-8")
        git("rm", "-q", str(folder / "es.jsonl"), str(folder / "en.jsonl"))
    for name in spec["promote"]:
        queued = CORPORA / "heldout-queue" / name
        # git rm of the last folded set removed corpora/heldout/ itself.
        (CORPORA / "heldout").mkdir(exist_ok=True)
        git("mv", str(queued), str(CORPORA / "heldout" / name))
        retitle(CORPORA / "heldout" / name / "README.md", name, queued=True)
    update_corpora_readme(folded, spec["promote"])
    # Only what the fold touched: a writer's unqueued set in corpora/heldout-next*/ must not ride along.
    git("add", "corpora/eval", "corpora/README.md", *(str(CORPORA / "heldout" / name) for name in spec["promote"]))


def queue(written_in: str, name: str) -> None:
    """A finished set moves from the writer's folder to the queue, unopened, and is measured a round later."""
    target = CORPORA / "heldout-queue" / name
    target.parent.mkdir(exist_ok=True)
    (CORPORA / written_in).rename(target)
    retitle(target / "README.md", name, queued=False)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--queue":
        queue(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 2:
        main(sys.argv[1])
    else:
        raise SystemExit(__doc__)
