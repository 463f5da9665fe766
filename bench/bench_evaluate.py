"""Warm engine speed on never-seen messages: ``python bench/bench_evaluate.py [--batch 256] [--repeat 5]``.

Issue #2's measure: SMS-length messages from bench/corpus.py's generator, one process, caches warm (500 messages of
another seed first), the findings memo off so every message is evaluated in full. Each repetition draws 3,000 new
messages (a seed of its own), so no repetition is answered by what the previous one computed; the shared text
analyses (memoized by text) still answer a sentence the generator repeats, as they would on real traffic. Prints
the best processor time per message of ``--repeat`` runs, through ``evaluate_many`` in batches of ``--batch`` (1:
``evaluate`` one message at a time), and the findings, which must not change with the speed.

``--freeze`` freezes the heap after the warm-up (``gc.freeze()``, as ``sendlint check`` does after its first batch): full
collections then no longer walk the loaded reference data, ~0.1 of the time and most of the noise between runs.
``--profile FILE`` writes a cProfile of one more repetition (read it with ``python -m pstats FILE``).
To compare two checkouts, run this script with each one's package first on ``PYTHONPATH``, alternating.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--freeze", action="store_true", help="gc.freeze() after the warm-up, as sendlint check does")
    args = parser.parse_args()

    from sendlint import Config, evaluate, evaluate_many, load_registry, message_from_mapping

    registry = load_registry()
    config = Config()
    registry.resources.findings_memo(config, 0)  # every message evaluated in full

    def run(seed: int) -> tuple[float, int]:
        messages = [message_from_mapping(m) for m in make_corpus(args.count, seed=seed)]
        started = time.process_time()
        if args.batch == 1:
            findings = sum(len(evaluate(m, registry, config).findings) for m in messages)
        else:
            findings = 0
            for first in range(0, len(messages), args.batch):
                batch = messages[first : first + args.batch]
                findings += sum(len(e.findings) for e in evaluate_many(batch, registry, config))
        return (time.process_time() - started) / len(messages), findings

    for message in make_corpus(500, seed=1):  # lexicons, dictionaries, triggers and plans loaded on other texts
        evaluate(message_from_mapping(message), registry, config)
    if args.freeze:
        gc.freeze()
    timings = [run(seed) for seed in range(2, 2 + args.repeat)]
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(run, 2 + args.repeat)
        profiler.dump_stats(args.profile)
    best = min(seconds for seconds, _ in timings)
    print(json.dumps({
        "batch": args.batch,
        "frozen": args.freeze,
        "us_per_message": [round(seconds * 1e6, 1) for seconds, _ in timings],
        "best_us": round(best * 1e6, 1),
        "messages_per_s": round(1 / best),
        "findings": [found for _, found in timings],
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
