"""``sendlint check --history sends.jsonl``: past sends from a JSON Lines file, for CI runs."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
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


@dataclass
class HistoryFile:
    by_recipient: dict[str, list[PastSend]] = field(default_factory=lambda: defaultdict(list))

    def campaign_index(self) -> CampaignIndex:
        from .policy.similarity import MinHashIndex, content_hash

        by_hash: dict[str, list[PastSend]] = {}
        for sends in self.by_recipient.values():
            for send in sends:
                by_hash.setdefault(content_hash(send.body), []).append(send)
        index = MinHashIndex()
        groups = list(by_hash.values())
        for position, group in enumerate(groups):
            index.add(str(position), group[0].body)
        return CampaignIndex(index, groups)

    def recent_for(self, message: Message) -> tuple[PastSend, ...]:
        if not message.to:
            return ()
        sends = self.by_recipient.get(message.to, [])
        if message.send_at is None:
            return tuple(sends)
        return tuple(s for s in sends if s.sent_at <= message.send_at)


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
        history.by_recipient[send.to].append(send)
    for sends in history.by_recipient.values():
        sends.sort(key=lambda s: s.sent_at)
    return history
