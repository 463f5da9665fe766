"""Contract test for every History implementation (in-memory, SQLite; Redis joins HISTORY_FACTORIES).

To add an implementation, append ``(name, factory)`` to ``HISTORY_FACTORIES``: the factory takes
a temporary directory and returns a fresh, empty store. Everything in the "contract" section then
runs against it unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sendlint.history import History, InMemoryHistory, SQLiteHistory
from sendlint.policy.caps import Send, caps_for, check_caps
from sendlint.policy.jurisdictions import Category, Channel, load_jurisdictions

HistoryFactory = Callable[[Path], History]

HISTORY_FACTORIES: list[tuple[str, HistoryFactory]] = [
    ("memory", lambda _tmp: InMemoryHistory()),
    ("sqlite-memory", lambda _tmp: SQLiteHistory(":memory:")),
    ("sqlite-file", lambda tmp: SQLiteHistory(str(tmp / "history.db"))),
]

ALICE = "+573001112233"
BOB = "+573004445566"
T0 = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
BOGOTA = ZoneInfo("America/Bogota")


@pytest.fixture(
    params=[factory for _, factory in HISTORY_FACTORIES], ids=[name for name, _ in HISTORY_FACTORIES]
)
def history(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[History]:
    store: History = request.param(tmp_path)
    yield store
    store.close()


def make(
    to: str = ALICE,
    at: datetime = T0,
    *,
    body: str = "Hola, tu pago vence hoy.",
    channel: Channel = Channel.SMS,
    category: Category = Category.MARKETING,
    campaign: str | None = None,
) -> Send:
    return Send(to=to, sent_at=at, channel=channel, category=category, campaign=campaign, body=body)


# --------------------------------------------------------------------------------------------
# Contract
# --------------------------------------------------------------------------------------------


def test_implements_the_protocol(history: History) -> None:
    assert isinstance(history, History)


def test_recent_is_half_open_oldest_first_and_per_recipient(history: History) -> None:
    sends = [make(at=T0 + timedelta(hours=h)) for h in (3, 1, 2)] + [make(BOB, T0 + timedelta(hours=1))]
    for item in sends:
        history.append(item)
    got = history.recent(ALICE, T0 + timedelta(hours=1), T0 + timedelta(hours=3))
    assert [s.sent_at for s in got] == [T0 + timedelta(hours=1), T0 + timedelta(hours=2)]
    assert [s.sent_at for s in history.recent(ALICE, T0)] == [T0 + timedelta(hours=h) for h in (1, 2, 3)]
    assert history.recent(ALICE, T0 + timedelta(hours=3, microseconds=1)) == []
    assert history.recent("+570000000000", T0) == []


def test_times_come_back_in_utc_with_microseconds(history: History) -> None:
    local = datetime(2026, 6, 1, 7, 30, 15, 123456, tzinfo=BOGOTA)
    history.append(make(at=local, campaign="c1", channel=Channel.WHATSAPP, category=Category.COLLECTIONS))
    (got,) = history.recent(ALICE, T0 - timedelta(days=1))
    assert got.sent_at == local
    assert got.sent_at.utcoffset() == timedelta(0)
    assert (got.sent_at.hour, got.sent_at.microsecond) == (12, 123456)
    assert got == make(at=local, campaign="c1", channel=Channel.WHATSAPP, category=Category.COLLECTIONS)


def test_ties_keep_insertion_order(history: History) -> None:
    for body in ("first", "second", "third"):
        history.append(make(body=body))
    assert [s.body for s in history.recent(ALICE, T0)] == ["first", "second", "third"]


def test_count_with_filters(history: History) -> None:
    history.append(make(channel=Channel.SMS, category=Category.MARKETING, campaign="a"))
    history.append(
        make(at=T0 + timedelta(hours=1), channel=Channel.EMAIL, category=Category.MARKETING, campaign="b")
    )
    history.append(make(at=T0 + timedelta(hours=2), channel=Channel.SMS, category=Category.COLLECTIONS))
    history.append(make(BOB, channel=Channel.SMS))
    assert history.count(ALICE, T0) == 3
    assert history.count(ALICE, T0, T0 + timedelta(hours=2)) == 2
    assert history.count(ALICE, T0, channel=Channel.SMS) == 2
    assert history.count(ALICE, T0, channel="email") == 1
    assert history.count(ALICE, T0, category=Category.COLLECTIONS) == 1
    assert history.count(ALICE, T0, campaign="a") == 1
    assert history.count(ALICE, T0, channel="sms", category="marketing", campaign="a") == 1
    assert history.count(ALICE, T0 + timedelta(days=1)) == 0


def test_near_duplicates_for_one_recipient(history: History) -> None:
    history.append(make(at=T0, body="Hola Laura, tu pago de $125.000 vence el 15/03. Paga en pagos.banco.co"))
    history.append(
        make(at=T0 + timedelta(hours=1), body="Tu pedido A123 fue entregado. Califica tu experiencia.")
    )
    history.append(
        make(
            at=T0 + timedelta(hours=2),
            body="Hola Laura, tu pago de $99.000 vence el 20/04. Paga en pagos.banco.co",
        )
    )
    history.append(make(BOB, T0, body="Hola Pedro, tu pago de $1.000 vence el 01/05. Paga en pagos.banco.co"))
    query = "Hola Marta, tu pago de $5.500 vence el 30/06. Paga en pagos.banco.co"
    found = history.near_duplicates(query, T0, to=ALICE)
    assert [s.sent_at for s in found] == [T0 + timedelta(hours=2), T0]  # newest first, Bob excluded
    assert (
        history.near_duplicates(query, T0 + timedelta(minutes=1), to=ALICE, until=T0 + timedelta(hours=2))
        == []
    )
    assert [s.sent_at for s in history.near_duplicates(query, T0, to=ALICE, limit=1)] == [
        T0 + timedelta(hours=2)
    ]
    assert history.near_duplicates("Nueva colección de otoño con envío gratis", T0, to=ALICE) == []


def test_near_duplicates_across_recipients(history: History) -> None:
    for i, name in enumerate(["Laura", "Pedro", "Ana", "Luis"]):
        history.append(
            make(
                f"+5730000000{i:02d}",
                T0 + timedelta(minutes=i),
                body=f"Hola {name}, tu código de descuento es PROMO{i}9 y vence hoy.",
            )
        )
    history.append(make(BOB, T0, body="Tu factura de luz de marzo está disponible en la app."))
    query = "Hola Sofía, tu código de descuento es PROMO77 y vence hoy."
    found = history.near_duplicates(query, T0)
    assert [s.to for s in found] == ["+573000000003", "+573000000002", "+573000000001", "+573000000000"]
    assert [s.to for s in history.near_duplicates(query, T0, limit=2)] == ["+573000000003", "+573000000002"]
    assert [s.to for s in history.near_duplicates(query, T0 + timedelta(minutes=2))] == [
        "+573000000003",
        "+573000000002",
    ]
    assert history.near_duplicates("Tu pedido fue entregado", T0) == []


def test_threshold_is_respected(history: History) -> None:
    history.append(
        make(
            body="Banco Sol: tu pago de $125.000 fue recibido. Si no reconoces esta operación llama al 601 555 1234."
        )
    )
    query = "Banco Sol: tu tarjeta fue bloqueada. Si no reconoces esta operación llama al 601 555 1234."
    assert history.near_duplicates(query, T0, to=ALICE) == []
    assert len(history.near_duplicates(query, T0, to=ALICE, threshold=0.3)) == 1


def test_invalid_arguments(history: History) -> None:
    with pytest.raises(ValueError, match="aware"):
        history.recent(ALICE, datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="threshold"):
        history.near_duplicates("x", T0, threshold=0)
    with pytest.raises(ValueError, match="limit"):
        history.near_duplicates("x", T0, limit=0)


def test_feeds_check_caps(history: History) -> None:
    caps = caps_for(load_jurisdictions(), ["us-fl"])
    florida = "+13055551234"
    for hour in (10, 11, 12):
        history.append(make(florida, T0.replace(hour=hour)))
    candidate = make(florida, T0.replace(hour=13))
    (violation,) = check_caps(caps, candidate, history.recent(florida, candidate.sent_at - timedelta(days=7)))
    assert violation.frees_at == T0.replace(hour=10) + timedelta(days=1)


# --------------------------------------------------------------------------------------------
# SQLite specifics
# --------------------------------------------------------------------------------------------


def test_sqlite_uses_wal_and_stores_utc_microseconds(tmp_path: Path) -> None:
    path = str(tmp_path / "h.db")
    with SQLiteHistory(path) as store:
        store.append(make(at=datetime(2026, 6, 1, 7, 0, tzinfo=BOGOTA)))
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        (stored,) = db.execute("SELECT sent_at FROM sends").fetchone()
        assert stored == (
            datetime(2026, 6, 1, 12, 0, tzinfo=UTC) - datetime(1970, 1, 1, tzinfo=UTC)
        ) // timedelta(microseconds=1)
    finally:
        db.close()


def test_sqlite_persists_across_connections(tmp_path: Path) -> None:
    path = str(tmp_path / "h.db")
    with SQLiteHistory(path) as store:
        store.append_many([make(at=T0 + timedelta(minutes=m)) for m in range(5)])
    with SQLiteHistory(path) as store:
        assert store.count(ALICE, T0) == 5
        assert len(store.near_duplicates("Hola, tu pago vence hoy!", T0)) == 5


def test_sqlite_stores_one_norm_and_band_rows_per_distinct_text(tmp_path: Path) -> None:
    path = str(tmp_path / "h.db")
    with SQLiteHistory(path) as store:
        store.append_many([make(at=T0, body=f"Hola, tu código es {1000 + i}.") for i in range(50)])
        store.append(make(at=T0, body="Otra cosa distinta"))
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT COUNT(*) FROM norms").fetchone() == (2,)
        assert db.execute("SELECT COUNT(*) FROM lsh").fetchone()[0] <= 32
    finally:
        db.close()


def test_sqlite_queries_use_indexes(tmp_path: Path) -> None:
    path = str(tmp_path / "h.db")
    SQLiteHistory(path).close()
    db = sqlite3.connect(path)
    try:
        plan = " ".join(
            row[3]
            for row in db.execute(
                "EXPLAIN QUERY PLAN SELECT * FROM sends WHERE recipient = ? AND sent_at >= ? AND sent_at < ?",
                ("x", 0, 1),
            )
        )
        assert "USING INDEX sends_recipient_time" in plan
        plan = " ".join(
            row[3] for row in db.execute("EXPLAIN QUERY PLAN SELECT norm_id FROM lsh WHERE key IN (1, 2)")
        )
        assert "SEARCH lsh USING PRIMARY KEY" in plan
        plan = " ".join(
            row[3]
            for row in db.execute(
                "EXPLAIN QUERY PLAN SELECT * FROM sends WHERE norm_id = ? AND sent_at >= ? ORDER BY sent_at DESC",
                (1, 0),
            )
        )
        assert "USING INDEX sends_norm_time" in plan
    finally:
        db.close()


def test_sqlite_refuses_a_database_built_with_other_parameters(tmp_path: Path) -> None:
    path = str(tmp_path / "h.db")
    SQLiteHistory(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '128' WHERE key = 'num_perm'")
    db.commit()
    db.close()
    with pytest.raises(ValueError, match="other parameters"):
        SQLiteHistory(path)
