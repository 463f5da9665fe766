"""Per-message cost of the history checks against SQLite as the history grows.

    .venv/bin/python bench/bench_history.py                 # 1k, 100k, 1M stored sends
    .venv/bin/python bench/bench_history.py --sizes 1000,100000 --queries 500

For each size it builds a fresh SQLite history (deterministic synthetic sends over ~200k
recipients and 90 days, batched inserts), then times the work the linter does per message:

    recent(to, now - 7d) -> check_caps(legal + brand caps) -> near_duplicates(body, now - 7d, to=to)

for two kinds of recipients:

- *probe* recipients: 100 recipients given the same 5 sends in the last week at every size, so
  per-recipient work is constant and only the history size changes (the fair scaling test);
- *random* recipients drawn from the whole population (their own history grows with the size).

It also times a campaign-wide ``near_duplicates(body, now - 90d, limit=10)`` (every size has at
least 10 matches, so the output size is the same). Output: microseconds per message (mean, median,
p99) for each size and the largest/smallest ratio of the medians (target <= 1.5; the median is
used because other processes on a shared machine inflate the mean and p99). Per-message times are
process CPU time (``time.process_time_ns``), which other processes' load does not add to. All databases are
built first; timing rounds then interleave the sizes. Databases go to bench/out/.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sendlint.history import SQLiteHistory
from sendlint.policy.caps import Send, caps_for, check_caps, parse_caps_config
from sendlint.policy.jurisdictions import Category, Channel, load_jurisdictions

NOW = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
SPAN = timedelta(days=90)
RECIPIENTS = 200_000
PROBES = 100
PROBE_SENDS = 5
BATCH = 20_000

NAMES = [
    "Laura", "Pedro", "Ana María", "Luis", "Sofía", "Martín", "Carolina", "Jorge", "Valentina", "Andrés",
    "Camila", "Diego", "Isabella", "Mateo", "John", "Mary", "Emma", "Liam", "Olivia", "Noah",
]  # fmt: skip
TEMPLATES = [
    (
        "marketing",
        "Hola {name}, solo hoy {pct}% de descuento con el código {code}. Compra en tienda.co/p/{code}",
    ),
    (
        "marketing",
        "{name}, nueva colección disponible: envío gratis en compras desde ${amount}. Responde BAJA para salir.",
    ),
    ("marketing", "Hi {name}, today only: {pct}% off everything with code {code}! Shop at store.com/{code}"),
    (
        "marketing",
        "{name}, your points expire on {date}. Redeem them at store.com/points. Reply STOP to opt out.",
    ),
    (
        "collections",
        "Hola {name}, tu pago de ${amount} vence el {date}. Paga en pagos.banco.co/{code} y evita recargos.",
    ),
    (
        "collections",
        "{name}, tienes una deuda de ${amount} con Financiera Andina. Comunícate al 601 555 1234.",
    ),
    ("collections", "Hi {name}, your payment of ${amount} is due on {date}. Pay at pay.bank.com/{code}"),
    (
        "transactional",
        "Pedido {code} en camino. Llega el {date} entre 9:00 y 13:00. Sigue tu envío: envios.tienda.mx/t/{code}",
    ),
    ("transactional", "Compra aprobada por ${amount} en TIENDA {code} con tu tarjeta *{last4} el {date}."),
    ("transactional", "Your order {code} has shipped and arrives on {date}. Track: shop.com/t/{code}"),
    ("otp", "Tu código de verificación es {otp}. No lo compartas con nadie."),
    ("otp", "Your verification code is {otp}. Do not share it with anyone."),
    (
        "service",
        "Estimado/a {name}, su cita es el {date} a las 10:30 en Clínica Norte. Responda SI para confirmar.",
    ),
    ("service", "Hi {name}, your table for {pct} at The Grill is confirmed for {date}."),
]
CHANNELS = [Channel.SMS, Channel.SMS, Channel.SMS, Channel.WHATSAPP, Channel.EMAIL, Channel.PUSH]


def render(rng: random.Random, template: str) -> str:
    return template.format(
        name=rng.choice(NAMES),
        pct=rng.randint(5, 70),
        code=f"{rng.choice('ABCDEFGHJK')}{rng.randint(1000, 99999)}",
        amount=f"{rng.randint(1, 999)}.{rng.randint(0, 999):03d}",
        date=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}",
        last4=f"{rng.randint(0, 9999):04d}",
        otp=f"{rng.randint(0, 999999):06d}",
    )


def recipient(index: int) -> str:
    return f"+5730{index:08d}"


def probe_recipient(index: int) -> str:
    return f"+5731{index:08d}"


def filler(count: int, seed: int) -> Iterator[Send]:
    rng = random.Random(seed)
    span_us = int(SPAN / timedelta(microseconds=1))
    for _ in range(count):
        category, template = rng.choice(TEMPLATES)
        yield Send(
            to=recipient(rng.randrange(RECIPIENTS)),
            sent_at=NOW - SPAN + timedelta(microseconds=rng.randrange(span_us)),
            channel=rng.choice(CHANNELS),
            category=Category(category),
            campaign=f"camp-{rng.randrange(50)}",
            body=render(rng, template),
        )


def probes(seed: int) -> list[Send]:
    rng = random.Random(seed)
    sends = []
    for i in range(PROBES):
        for j in range(PROBE_SENDS):
            category, template = TEMPLATES[(i + j) % len(TEMPLATES)]
            sends.append(
                Send(
                    to=probe_recipient(i),
                    sent_at=NOW - timedelta(days=6) + timedelta(days=j, minutes=i),
                    channel=Channel.SMS,
                    category=Category(category),
                    campaign="probe",
                    body=render(rng, template),
                )
            )
    return sends


def build(path: Path, size: int) -> float:
    if path.exists():
        path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    store = SQLiteHistory(str(path))
    try:
        fixed = probes(seed=7)
        store.append_many(fixed)
        remaining = size - len(fixed)
        stream = filler(remaining, seed=size)
        while remaining > 0:
            take = min(BATCH, remaining)
            store.append_many(next(stream) for _ in range(take))
            remaining -= take
    finally:
        store.close()
    return time.perf_counter() - started


def time_queries(store: SQLiteHistory, recipients: Sequence[str], bodies: Sequence[str]) -> dict[str, float]:
    registry = load_jurisdictions()
    caps = (
        *caps_for(registry, ["co"]),
        *caps_for(registry, ["us-fl"]),
        *parse_caps_config(
            [
                {"id": "brand-daily", "categories": ["marketing"], "window": "24h", "max": 1},
                {"id": "brand-weekly", "categories": ["marketing"], "window": "7d", "max": 3},
            ]
        ),
    )
    since = NOW - timedelta(days=7)
    per_message: list[float] = []
    campaign: list[float] = []
    for to, body in zip(recipients, bodies, strict=True):
        candidate = Send(to=to, sent_at=NOW, channel=Channel.SMS, category=Category.MARKETING, body=body)
        started = time.process_time_ns()
        recent = store.recent(to, since)
        check_caps(caps, candidate, recent)
        store.near_duplicates(body, since, to=to)
        per_message.append((time.process_time_ns() - started) / 1000)
        started = time.process_time_ns()
        store.near_duplicates(body, NOW - SPAN, limit=10)
        campaign.append((time.process_time_ns() - started) / 1000)
    return {
        "mean": statistics.fmean(per_message),
        "p50": statistics.median(per_message),
        "p99": statistics.quantiles(per_message, n=100)[98],
        "campaign_p50": statistics.median(campaign),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,100000,1000000", help="comma-separated stored-send counts")
    parser.add_argument("--queries", type=int, default=1000, help="messages timed per size, kind and round")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds, interleaving the sizes")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out", help="where databases go")
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    args = parser.parse_args(argv)
    sizes = [int(item) for item in args.sizes.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    probe_to = [probe_recipient(i % PROBES) for i in range(args.queries)]
    random_to = [recipient(rng.randrange(RECIPIENTS)) for _ in range(args.queries)]
    bodies = [render(rng, rng.choice(TEMPLATES)[1]) for _ in range(args.queries)]
    paths = {size: args.out / f"history-{size}.db" for size in sizes}
    for size in sizes:
        seconds = build(paths[size], size)
        print(
            f"built {size:>9} sends in {seconds:6.1f} s ({paths[size].stat().st_size / 1e6:.0f} MB)",
            flush=True,
        )
    # Rounds interleave the sizes so that load from other processes hits every size alike; each
    # figure is the median over rounds of the per-round statistic.
    rounds: dict[tuple[int, str], list[dict[str, float]]] = {}
    stores = {size: SQLiteHistory(str(paths[size])) for size in sizes}
    try:
        for store in stores.values():
            time_queries(store, probe_to[:200], bodies[:200])  # warm-up: page cache, imports
        for _ in range(args.rounds):
            for size in sizes:
                rounds.setdefault((size, "probe"), []).append(time_queries(stores[size], probe_to, bodies))
                rounds.setdefault((size, "random"), []).append(time_queries(stores[size], random_to, bodies))
    finally:
        for store in stores.values():
            store.close()
    results = {
        key: {stat: statistics.median(r[stat] for r in runs) for stat in runs[0]}
        for key, runs in rounds.items()
    }
    print(f"{'sends':>9} {'kind':>7} {'mean us':>8} {'p50 us':>7} {'p99 us':>7} {'campaign p50 us':>15}")
    for (size, kind), row in results.items():
        print(
            f"{size:>9} {kind:>7} {row['mean']:>8.1f} {row['p50']:>7.1f} {row['p99']:>7.1f} {row['campaign_p50']:>15.1f}"
        )
    if len(sizes) > 1:
        small, large = min(sizes), max(sizes)
        for kind in ("probe", "random"):
            ratio = results[large, kind]["p50"] / results[small, kind]["p50"]
            mean_ratio = results[large, kind]["mean"] / results[small, kind]["mean"]
            campaign = results[large, kind]["campaign_p50"] / results[small, kind]["campaign_p50"]
            print(
                f"ratio {large}/{small} ({kind}): per message {ratio:.2f} (median; mean {mean_ratio:.2f}),"
                f" campaign query {campaign:.2f} (target <= 1.5)"
            )
    if not args.keep:
        for path in paths.values():
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        if not any(args.out.iterdir()):
            shutil.rmtree(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
