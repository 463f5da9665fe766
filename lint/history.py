"""Send history: what was sent to whom and when, for frequency caps and repetition checks.

:class:`History` is the protocol the rules and the gateway use; :class:`InMemoryHistory` and
:class:`SQLiteHistory` implement it (a Redis one can join later, held to the same contract test,
``tests/test_history.py``).

Contract (every implementation):

- Times are aware datetimes; they are stored as UTC and returned in UTC. Intervals are half-open:
  ``since`` inclusive, ``until`` exclusive (``None`` = no upper bound).
- ``recent`` returns the recipient's sends oldest first (ties in insertion order).
- ``near_duplicates(text, since, to=...)`` compares against that recipient's sends in the interval
  exactly (Jaccard of shingles, :mod:`sendlint.policy.similarity`); without ``to`` it searches
  every recipient through an LSH index over the distinct normalised texts, verifying candidates
  exactly. Results are newest first, cut to ``limit``. Its cost depends on the number of similar
  texts and matches, not on the size of the history (use ``limit`` for campaign-wide queries).

Neither implementation is thread-safe; use one instance per thread (SQLite: one connection each).
"""

from __future__ import annotations

import bisect
import hashlib
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from itertools import count as counter
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

from sendlint.policy.caps import Send
from sendlint.policy.jurisdictions import Category, Channel
from sendlint.policy.similarity import (
    LSH_BANDS,
    LSH_ROWS,
    NEAR_DUPLICATE_THRESHOLD,
    NUM_PERM,
    SHINGLE_SIZE,
    MinHashIndex,
    band_keys,
    jaccard,
    minhash_signature,
    normalize_for_repetition,
    shingles,
)

__all__ = ["History", "InMemoryHistory", "SQLiteHistory"]

_UTC = UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_MICROSECOND = timedelta(microseconds=1)


@runtime_checkable
class History(Protocol):
    """Where sends are recorded and looked up (see the module docstring for the contract)."""

    def append(self, send: Send) -> None:
        """Record one send."""
        ...

    def recent(self, to: str, since: datetime, until: datetime | None = None) -> list[Send]:
        """The recipient's sends in ``[since, until)``, oldest first."""
        ...

    def count(
        self,
        to: str,
        since: datetime,
        until: datetime | None = None,
        *,
        channel: Channel | str | None = None,
        category: Category | str | None = None,
        campaign: str | None = None,
    ) -> int:
        """How many of the recipient's sends in ``[since, until)`` match the filters."""
        ...

    def near_duplicates(
        self,
        text: str,
        since: datetime,
        *,
        to: str | None = None,
        until: datetime | None = None,
        threshold: float = NEAR_DUPLICATE_THRESHOLD,
        limit: int | None = None,
    ) -> list[Send]:
        """Sends in ``[since, until)`` whose body is a near-duplicate of ``text``, newest first."""
        ...

    def close(self) -> None:
        """Release resources; the instance is unusable afterwards."""
        ...


def _micros(moment: datetime) -> int:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("history times must be aware datetimes")
    return (moment - _EPOCH) // _MICROSECOND


def _from_micros(value: int) -> datetime:
    return _EPOCH + timedelta(microseconds=value)


def _until_micros(until: datetime | None) -> int:
    return 2**62 if until is None else _micros(until)


def _to_utc(send: Send) -> Send:
    return replace(send, sent_at=send.sent_at.astimezone(_UTC))


def _check_threshold(threshold: float, limit: int | None) -> None:
    if not 0.0 < threshold <= 1.0:
        raise ValueError("threshold must be in (0, 1]")
    if limit is not None and limit < 1:
        raise ValueError("limit must be positive")


# --------------------------------------------------------------------------------------------
# In memory
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    micros: int
    seq: int
    send: Send
    norm_id: int


class InMemoryHistory:
    """History in process memory: per-recipient and per-text lists sorted by time, plus a
    :class:`MinHashIndex` over the distinct normalised texts. For tests and single processes."""

    def __init__(self) -> None:
        self._by_recipient: dict[str, list[_Entry]] = {}
        self._by_norm: dict[int, list[_Entry]] = {}
        self._norm_ids: dict[str, int] = {}
        self._norm_shingles: list[frozenset[str]] = []
        self._index = MinHashIndex()
        self._seq = counter()
        self._closed = False

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("history is closed")

    def _norm_id(self, norm: str) -> int:
        norm_id = self._norm_ids.get(norm)
        if norm_id is None:
            norm_id = len(self._norm_shingles)
            self._norm_ids[norm] = norm_id
            self._norm_shingles.append(shingles(norm, normalized=True))
            self._index.add(str(norm_id), norm, normalized=True)
        return norm_id

    def append(self, send: Send) -> None:
        """Record one send (stored with ``sent_at`` in UTC)."""
        self._check_open()
        send = _to_utc(send)
        entry = _Entry(
            _micros(send.sent_at), next(self._seq), send, self._norm_id(normalize_for_repetition(send.body))
        )
        for bucket in (
            self._by_recipient.setdefault(send.to, []),
            self._by_norm.setdefault(entry.norm_id, []),
        ):
            bisect.insort(bucket, entry, key=lambda e: (e.micros, e.seq))

    def _window(self, entries: list[_Entry], since: datetime, until: datetime | None) -> list[_Entry]:
        lo = bisect.bisect_left(entries, _micros(since), key=lambda e: e.micros)
        hi = bisect.bisect_left(entries, _until_micros(until), key=lambda e: e.micros)
        return entries[lo:hi]

    def recent(self, to: str, since: datetime, until: datetime | None = None) -> list[Send]:
        """The recipient's sends in ``[since, until)``, oldest first."""
        self._check_open()
        return [e.send for e in self._window(self._by_recipient.get(to, []), since, until)]

    def count(
        self,
        to: str,
        since: datetime,
        until: datetime | None = None,
        *,
        channel: Channel | str | None = None,
        category: Category | str | None = None,
        campaign: str | None = None,
    ) -> int:
        """How many of the recipient's sends in ``[since, until)`` match the filters."""
        channel = None if channel is None else Channel(channel)
        category = None if category is None else Category(category)
        return sum(
            1
            for send in self.recent(to, since, until)
            if (channel is None or send.channel == channel)
            and (category is None or send.category == category)
            and (campaign is None or send.campaign == campaign)
        )

    def near_duplicates(
        self,
        text: str,
        since: datetime,
        *,
        to: str | None = None,
        until: datetime | None = None,
        threshold: float = NEAR_DUPLICATE_THRESHOLD,
        limit: int | None = None,
    ) -> list[Send]:
        """Sends in ``[since, until)`` whose body is a near-duplicate of ``text``, newest first."""
        self._check_open()
        _check_threshold(threshold, limit)
        query = shingles(text)
        if to is not None:
            scores: dict[int, bool] = {}
            found = []
            for entry in reversed(self._window(self._by_recipient.get(to, []), since, until)):
                if entry.norm_id not in scores:
                    scores[entry.norm_id] = jaccard(query, self._norm_shingles[entry.norm_id]) >= threshold
                if scores[entry.norm_id]:
                    found.append(entry)
        else:
            found = []
            for key, _score in self._index.query(text, threshold=threshold):
                found.extend(self._window(self._by_norm[int(key)], since, until))
            found.sort(key=lambda e: (e.micros, e.seq), reverse=True)
        return [entry.send for entry in found[:limit]]

    def close(self) -> None:
        """Drop everything."""
        self._by_recipient.clear()
        self._by_norm.clear()
        self._closed = True

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------------------------
# SQLite
# --------------------------------------------------------------------------------------------

_SCHEMA_VERSION = "1"
# Statements are split on ";": keep semicolons out of the comments.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS norms (
    id INTEGER PRIMARY KEY,
    hash BLOB NOT NULL UNIQUE,      -- sha256 of the normalised text (= content_hash)
    norm TEXT NOT NULL              -- the normalised text (shingles are recomputed from it)
);
CREATE TABLE IF NOT EXISTS lsh (    -- one row per (LSH band key, distinct normalised text)
    key INTEGER NOT NULL,
    norm_id INTEGER NOT NULL,
    PRIMARY KEY (key, norm_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sends (
    id INTEGER PRIMARY KEY,
    recipient TEXT NOT NULL,
    sent_at INTEGER NOT NULL,       -- microseconds since 1970-01-01 UTC
    channel TEXT NOT NULL,
    category TEXT NOT NULL,
    campaign TEXT,
    body TEXT NOT NULL,
    norm_id INTEGER NOT NULL REFERENCES norms (id)
);
CREATE INDEX IF NOT EXISTS sends_recipient_time ON sends (recipient, sent_at);
CREATE INDEX IF NOT EXISTS sends_norm_time ON sends (norm_id, sent_at);
"""
# Parameters that change what is stored: a database built with others must not be queried.
_META = {
    "schema": _SCHEMA_VERSION,
    "num_perm": str(NUM_PERM),
    "lsh_bands": str(LSH_BANDS),
    "lsh_rows": str(LSH_ROWS),
    "shingle_size": str(SHINGLE_SIZE),
}
_SHINGLE_CACHE_SIZE = 4096  # distinct texts whose shingles a connection keeps (LRU)
_SEND_COLUMNS = "s.recipient, s.sent_at, s.channel, s.category, s.campaign, s.body"


def _row_to_send(row: tuple[str, int, str, str, str | None, str]) -> Send:
    return Send(
        to=row[0],
        sent_at=_from_micros(row[1]),
        channel=Channel(row[2]),
        category=Category(row[3]),
        campaign=row[4],
        body=row[5],
    )


class SQLiteHistory:
    """History in an SQLite file (WAL mode) or ``":memory:"``.

    Tables: ``sends`` indexed on ``(recipient, sent_at)`` and ``(norm_id, sent_at)``; ``norms``
    (one row per distinct normalised text, unique on its hash); ``lsh`` (LSH band key -> norm id,
    ``LSH_BANDS`` rows per distinct text). Renders of one campaign share one norm, so the LSH
    table grows with distinct texts, not with sends.
    """

    def __init__(self, path: str = ":memory:", *, check_same_thread: bool = True) -> None:
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=check_same_thread)
        self._shingle_cache: OrderedDict[int, frozenset[str]] = OrderedDict()
        self._db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode syncs at checkpoints, not per commit: a crash may lose the last
        # transactions but never corrupts the file; a history of sends can afford that.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        with self._transaction():
            # One statement at a time: executescript() would commit the open transaction.
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            stored = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
            if not stored:
                self._db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(_META.items()))
            elif stored != _META:
                raise ValueError(f"history database {path!r} was built with other parameters: {stored}")

    # -- transactions --------------------------------------------------------------------

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> None:
            self.db.execute("BEGIN IMMEDIATE")

        def __exit__(
            self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
        ) -> None:
            self.db.execute("COMMIT" if kind is None else "ROLLBACK")

    def _transaction(self) -> SQLiteHistory._Tx:
        return SQLiteHistory._Tx(self._db)

    # -- writing -------------------------------------------------------------------------

    def _norm_id(self, norm: str, cache: dict[bytes, int]) -> int:
        digest = hashlib.sha256(norm.encode("utf-8")).digest()
        known = cache.get(digest)
        if known is not None:
            return known
        row = self._db.execute("SELECT id FROM norms WHERE hash = ?", (digest,)).fetchone()
        if row is None:
            norm_id = self._db.execute(
                "INSERT INTO norms (hash, norm) VALUES (?, ?)", (digest, norm)
            ).lastrowid
            assert norm_id is not None
            keys = band_keys(minhash_signature(shingles(norm, normalized=True)))
            self._db.executemany(
                "INSERT OR IGNORE INTO lsh (key, norm_id) VALUES (?, ?)", [(k, norm_id) for k in keys]
            )
        else:
            norm_id = row[0]
        cache[digest] = norm_id
        return norm_id

    def append(self, send: Send) -> None:
        """Record one send (one transaction)."""
        self.append_many((send,))

    def append_many(self, sends: Iterable[Send]) -> int:
        """Record many sends in one transaction (much faster than ``append`` in a loop)."""
        cache: dict[bytes, int] = {}
        rows = []
        with self._transaction():
            for send in sends:
                norm_id = self._norm_id(normalize_for_repetition(send.body), cache)
                rows.append(
                    (
                        send.to,
                        _micros(send.sent_at),
                        send.channel.value,
                        send.category.value,
                        send.campaign,
                        send.body,
                        norm_id,
                    )
                )
            self._db.executemany(
                "INSERT INTO sends (recipient, sent_at, channel, category, campaign, body, norm_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    # -- reading -------------------------------------------------------------------------

    def recent(self, to: str, since: datetime, until: datetime | None = None) -> list[Send]:
        """The recipient's sends in ``[since, until)``, oldest first."""
        cursor = self._db.execute(
            f"SELECT {_SEND_COLUMNS} FROM sends s WHERE s.recipient = ? AND s.sent_at >= ? AND s.sent_at < ?"
            " ORDER BY s.sent_at, s.id",
            (to, _micros(since), _until_micros(until)),
        )
        return [_row_to_send(row) for row in cursor]

    def count(
        self,
        to: str,
        since: datetime,
        until: datetime | None = None,
        *,
        channel: Channel | str | None = None,
        category: Category | str | None = None,
        campaign: str | None = None,
    ) -> int:
        """How many of the recipient's sends in ``[since, until)`` match the filters."""
        sql = "SELECT COUNT(*) FROM sends WHERE recipient = ? AND sent_at >= ? AND sent_at < ?"
        params: list[object] = [to, _micros(since), _until_micros(until)]
        if channel is not None:
            sql += " AND channel = ?"
            params.append(Channel(channel).value)
        if category is not None:
            sql += " AND category = ?"
            params.append(Category(category).value)
        if campaign is not None:
            sql += " AND campaign = ?"
            params.append(campaign)
        row = self._db.execute(sql, params).fetchone()
        return int(row[0])

    def near_duplicates(
        self,
        text: str,
        since: datetime,
        *,
        to: str | None = None,
        until: datetime | None = None,
        threshold: float = NEAR_DUPLICATE_THRESHOLD,
        limit: int | None = None,
    ) -> list[Send]:
        """Sends in ``[since, until)`` whose body is a near-duplicate of ``text``, newest first."""
        _check_threshold(threshold, limit)
        query = shingles(text)
        lo, hi = _micros(since), _until_micros(until)
        if to is not None:
            rows = self._db.execute(
                f"SELECT {_SEND_COLUMNS}, s.norm_id, n.norm FROM sends s JOIN norms n ON n.id = s.norm_id"
                " WHERE s.recipient = ? AND s.sent_at >= ? AND s.sent_at < ? ORDER BY s.sent_at DESC, s.id DESC",
                (to, lo, hi),
            ).fetchall()
            verdicts: dict[int, bool] = {}
            found = []
            for row in rows:
                norm_id = row[6]
                if norm_id not in verdicts:
                    verdicts[norm_id] = jaccard(query, self._shingles_of(norm_id, row[7])) >= threshold
                if verdicts[norm_id]:
                    found.append(_row_to_send(row[:6]))
            return found[:limit]
        matched = [
            norm_id
            for norm_id, norm in self._candidates(text)
            if jaccard(query, self._shingles_of(norm_id, norm)) >= threshold
        ]
        results: list[tuple[int, int, Send]] = []
        for norm_id in matched:
            sql = (
                f"SELECT s.id, {_SEND_COLUMNS} FROM sends s WHERE s.norm_id = ? AND s.sent_at >= ? AND s.sent_at < ?"
                " ORDER BY s.sent_at DESC, s.id DESC"
            )
            params: tuple[int, ...] = (norm_id, lo, hi)
            if limit is not None:
                sql += " LIMIT ?"
                params = (*params, limit)
            for row in self._db.execute(sql, params):
                results.append((row[2], row[0], _row_to_send(row[1:])))
        results.sort(key=lambda item: (item[0], item[1]), reverse=True)
        return [send for _, _, send in results[:limit]]

    def _shingles_of(self, norm_id: int, norm: str) -> frozenset[str]:
        # Renders of one campaign share a norm: its shingles are computed once per connection.
        cached = self._shingle_cache.get(norm_id)
        if cached is None:
            cached = shingles(norm, normalized=True)
            if len(self._shingle_cache) >= _SHINGLE_CACHE_SIZE:
                self._shingle_cache.popitem(last=False)
            self._shingle_cache[norm_id] = cached
        else:
            self._shingle_cache.move_to_end(norm_id)
        return cached

    def _candidates(self, text: str) -> Iterator[tuple[int, str]]:
        norm = normalize_for_repetition(text)
        keys = band_keys(minhash_signature(shingles(norm, normalized=True)))
        digest = hashlib.sha256(norm.encode("utf-8")).digest()
        placeholders = ",".join("?" * len(keys))
        yield from self._db.execute(
            "SELECT n.id, n.norm FROM norms n WHERE n.hash = ?"
            f" UNION SELECT n.id, n.norm FROM lsh l JOIN norms n ON n.id = l.norm_id WHERE l.key IN ({placeholders})",
            (digest, *keys),
        )

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
