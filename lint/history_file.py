"""``sendlint check --history sends.jsonl``: past sends from a JSON Lines file, for CI runs."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .context import PastSend
from .errors import FieldError, InputError
from .model import Message, parse_datetime

HISTORY_KEYS = frozenset({"to", "sent_at", "channel", "category", "campaign", "body", "id"})


CAMPAIGN_WINDOW = timedelta(days=30)


@dataclass
class CampaignIndex:
    """Past contents across recipients (MinHash LSH: query cost independent of history size)."""

    index: Any
    groups: list[list[PastSend]]

    def matches(self, body: str, at: datetime | None) -> list[dict[str, Any]]:
        found = []
        for key, score in self.index.query(body):
            sends = self.groups[int(key)]
            if at is not None:
                sends = [s for s in sends if at - CAMPAIGN_WINDOW <= s.sent_at <= at]
            if sends:
                latest = max(s.sent_at for s in sends)
                found.append({"recipients": len({s.to for s in sends}), "when": latest.date().isoformat(), "score": round(score * 100)})
        return found


# How far back the edge reads a recipient's sends: longer than any cap or repetition window.
LOOKBACK = timedelta(days=31)


@dataclass
class HistoryFile:
    """Past sends from a file, kept in the same :class:`~sendlint.history.History` store the gateway uses."""

    store: Any = field(default_factory=lambda: _in_memory())
    sends: list[PastSend] = field(default_factory=list)

    def recent_for(self, message: Message) -> tuple[PastSend, ...]:
        if not message.to:
            return ()
        until = message.send_at
        since = (until - LOOKBACK) if until is not None else datetime.min.replace(tzinfo=UTC)
        # [since, until]: a send at the very same instant counts as already sent.
        found = self.store.recent(message.to, since, None if until is None else until + timedelta(microseconds=1))
        return tuple(
            PastSend(to=s.to, sent_at=s.sent_at, channel=s.channel.value, category=s.category.value, body=s.body, campaign=s.campaign)
            for s in found
        )

    def campaign_index(self) -> CampaignIndex:
        from .policy.similarity import MinHashIndex, content_hash

        by_hash: dict[str, list[PastSend]] = {}
        for send in self.sends:
            by_hash.setdefault(content_hash(send.body), []).append(send)
        index = MinHashIndex()
        groups = list(by_hash.values())
        for position, group in enumerate(groups):
            index.add(str(position), group[0].body)
        return CampaignIndex(index, groups)


def _in_memory() -> Any:
    from .history import InMemoryHistory

    return InMemoryHistory()


def load_history_file(path: Path) -> HistoryFile:
    """Read past sends; a malformed line is an :class:`InputError` naming file:line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read history: {error}", str(path)) from None
    history = HistoryFile()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        location = f"{path}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"invalid JSON: {error.msg}", f"{location}:{error.colno}") from None
        if not isinstance(data, dict):
            raise InputError("each line must be a JSON object", location)
        unknown = set(data) - HISTORY_KEYS
        if unknown:
            raise InputError(f"unknown key {sorted(unknown)[0]!r}; expected {', '.join(sorted(HISTORY_KEYS))}", location)
        for key in ("to", "sent_at", "body"):
            if not isinstance(data.get(key), str):
                raise InputError(f"{key!r} is required and must be a string", location)
        try:
            sent_at = parse_datetime(data["sent_at"], ("sent_at",))
        except FieldError as error:
            raise InputError(str(error), location) from None
        send = PastSend(
            to=data["to"],
            sent_at=sent_at,
            channel=str(data.get("channel", "sms")),
            category=str(data.get("category", "transactional")),
            body=data["body"],
            campaign=data.get("campaign"),
        )
        try:
            history.store.append(_to_store(send))
        except ValueError as error:  # e.g. an unknown channel or category
            raise InputError(str(error), location) from None
        history.sends.append(send)
    return history


def _to_store(send: PastSend) -> Any:
    from .policy.caps import Send

    return Send(to=send.to, sent_at=send.sent_at, channel=send.channel, category=send.category, campaign=send.campaign, body=send.body)
