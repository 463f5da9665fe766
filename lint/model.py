"""The message model: one canonical shape for catalog files, JSON Lines, the Python API and the gateway."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import Any

from .errors import FieldError
from .lazy import lazy_re
from .suppressions import parse_suppressions


class Channel(StrEnum):
    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    PUSH = "push"
    RCS = "rcs"
    MESSENGER = "messenger"
    VOICE = "voice"


class Category(StrEnum):
    MARKETING = "marketing"
    TRANSACTIONAL = "transactional"
    OTP = "otp"
    ALERT = "alert"
    COLLECTIONS = "collections"
    SERVICE = "service"


# WhatsApp's template categories name two of ours differently.
CATEGORY_ALIASES = {"utility": Category.TRANSACTIONAL, "authentication": Category.OTP}


class Stage(StrEnum):
    TEMPLATE = "template"  # placeholders still in the text (a template repository)
    RENDERED = "rendered"  # placeholders filled in (what the gateway sees)


@dataclass(frozen=True, slots=True)
class PlaceholderSpec:
    max_length: int | None = None
    sample: str | None = None


@dataclass(frozen=True, slots=True)
class Button:
    text: str
    type: str = "quick_reply"  # quick_reply | url | phone_number | copy_code
    url: str | None = None
    phone: str | None = None


TEXT_FIELDS = ("subject", "preheader", "title", "header", "body", "footer")

MESSAGE_KEYS = frozenset(
    {
        "id", "channel", "locale", "category", "stage", "body", "subject", "preheader", "title",
        "header", "footer", "buttons", "brand", "to", "send_at", "campaign", "placeholders", "meta",
    }
)
BUTTON_KEYS = frozenset({"text", "type", "url", "phone"})
BUTTON_TYPES = frozenset({"quick_reply", "url", "phone_number", "copy_code"})
PLACEHOLDER_KEYS = frozenset({"max_length", "sample"})

_LOCALE_RE = lazy_re(r"^[a-z]{2,3}(?:-(?:[A-Za-z]{4}|[A-Za-z]{2}|\d{3}))?(?:-[A-Za-z0-9]{5,8})*$")


@dataclass(frozen=True, slots=True)
class Message:
    """A draft or rendered outbound message. Immutable; build one with :func:`message_from_mapping`."""

    body: str
    channel: Channel = Channel.SMS
    locale: str = "es"
    category: Category = Category.TRANSACTIONAL
    stage: Stage = Stage.TEMPLATE
    id: str = ""
    subject: str | None = None
    preheader: str | None = None
    title: str | None = None
    header: str | None = None
    footer: str | None = None
    buttons: tuple[Button, ...] = ()
    brand: str | None = None
    to: str | None = None
    send_at: datetime | None = None
    campaign: str | None = None
    placeholders: Mapping[str, PlaceholderSpec] = field(default_factory=lambda: MappingProxyType({}))
    meta: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def language(self) -> str:
        """The primary language subtag: ``es`` for ``es-419``."""
        return self.locale.split("-", 1)[0].lower()

    @property
    def region(self) -> str | None:
        parts = self.locale.split("-")
        for part in parts[1:]:
            if len(part) == 2 and part.isalpha():
                return part.upper()
        return None

    def text_fields(self) -> Iterator[tuple[str, str]]:
        """``(field name, text)`` for every non-empty text field, buttons as ``buttons[i]``."""
        for name in TEXT_FIELDS:
            value = getattr(self, name)
            if value:
                yield name, value
        for index, button in enumerate(self.buttons):
            yield f"buttons[{index}]", button.text

    def field_text(self, name: str) -> str:
        if name.startswith("buttons["):
            return self.buttons[int(name[8:-1])].text
        value = getattr(self, name, None)
        if not isinstance(value, str):
            raise KeyError(name)
        return value


def _require_str(value: object, path: tuple[str | int, ...]) -> str:
    if not isinstance(value, str):
        raise FieldError(path, f"expected a string, got {type(value).__name__}")
    return value


def _optional_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and key in {"id", "campaign", "to"}:
        return str(value)
    return _require_str(value, (key,))


def _enum(kind: type[Enum], value: object, key: str, aliases: Mapping[str, Enum] | None = None) -> Any:
    if not isinstance(value, str):
        raise FieldError((key,), f"expected one of {', '.join(m.value for m in kind)}")
    lowered = value.strip().lower()
    if aliases and lowered in aliases:
        return aliases[lowered]
    member = kind._value2member_map_.get(lowered)  # what kind(lowered) looks up, without its slow call path
    if member is None:
        choices = ", ".join(m.value for m in kind)
        raise FieldError((key,), f"unknown {key} {value!r}; expected one of {choices}")
    return member


def parse_datetime(value: object, path: tuple[str | int, ...]) -> datetime:
    """An ISO 8601 timestamp with a UTC offset (``Z`` accepted); naive times are ambiguous, so rejected."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise FieldError(path, f"not an ISO 8601 date-time: {value!r}") from None
    else:
        raise FieldError(path, "expected an ISO 8601 date-time string")
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise FieldError(path, f"date-time {value!s} has no UTC offset (write e.g. 2026-11-25T09:00:00-05:00)")
    return parsed


def _placeholders(value: object) -> Mapping[str, PlaceholderSpec]:
    if value is None:
        return MappingProxyType({})
    if not isinstance(value, Mapping):
        raise FieldError(("placeholders",), "expected a mapping of placeholder name to {max_length, sample}")
    specs: dict[str, PlaceholderSpec] = {}
    for name, spec in value.items():
        path: tuple[str | int, ...] = ("placeholders", str(name))
        if spec is None:
            specs[str(name)] = PlaceholderSpec()
            continue
        if isinstance(spec, int) and not isinstance(spec, bool):
            specs[str(name)] = PlaceholderSpec(max_length=spec)
            continue
        if not isinstance(spec, Mapping):
            raise FieldError(path, "expected {max_length: N, sample: TEXT} or a number")
        unknown = set(spec) - PLACEHOLDER_KEYS
        if unknown:
            raise FieldError((*path, sorted(unknown)[0]), "unknown key; expected max_length or sample")
        max_length = spec.get("max_length")
        if max_length is not None and (not isinstance(max_length, int) or isinstance(max_length, bool) or max_length < 0):
            raise FieldError((*path, "max_length"), "expected a non-negative integer")
        sample = spec.get("sample")
        if sample is not None:
            sample = _require_str(sample, (*path, "sample"))
        specs[str(name)] = PlaceholderSpec(max_length=max_length, sample=sample)
    return MappingProxyType(specs)


def _buttons(value: object) -> tuple[Button, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise FieldError(("buttons",), "expected a list of buttons")
    buttons: list[Button] = []
    for index, item in enumerate(value):
        path: tuple[str | int, ...] = ("buttons", index)
        if isinstance(item, str):
            buttons.append(Button(text=item))
            continue
        if not isinstance(item, Mapping):
            raise FieldError(path, "expected a button text or {text, type, url, phone}")
        unknown = set(item) - BUTTON_KEYS
        if unknown:
            raise FieldError((*path, sorted(unknown)[0]), "unknown button key; expected text, type, url or phone")
        kind = str(item.get("type", "quick_reply")).lower()
        if kind not in BUTTON_TYPES:
            raise FieldError((*path, "type"), f"unknown button type {kind!r}; expected {', '.join(sorted(BUTTON_TYPES))}")
        buttons.append(
            Button(
                text=_require_str(item.get("text", ""), (*path, "text")),
                type=kind,
                url=None if item.get("url") is None else _require_str(item["url"], (*path, "url")),
                phone=None if item.get("phone") is None else str(item["phone"]),
            )
        )
    return tuple(buttons)


def message_from_mapping(data: Mapping[str, Any], defaults: Mapping[str, Any] | None = None) -> Message:
    """Build a :class:`Message` from plain data, strictly: unknown keys and bad values raise :class:`FieldError`."""
    if not isinstance(data, Mapping):
        raise FieldError((), "a message must be a mapping of fields")
    unknown = [key for key in data if key not in MESSAGE_KEYS]
    if unknown:
        raise FieldError(
            (str(unknown[0]),), f"unknown message field {unknown[0]!r} (put custom data under 'meta')"
        )
    merged: dict[str, Any] = dict(defaults or {})
    merged.update({k: v for k, v in data.items() if v is not None})
    body = merged.get("body")
    if body is None:
        raise FieldError(("body",), "a message needs a body")
    locale = _require_str(merged.get("locale", "es"), ("locale",)).strip()
    if not _LOCALE_RE.match(locale):
        raise FieldError(("locale",), f"not a BCP 47 locale: {locale!r} (e.g. es, es-419, es-CO, en-US, pt-BR)")
    meta = merged.get("meta") or {}
    if not isinstance(meta, Mapping):
        raise FieldError(("meta",), "expected a mapping")
    parse_suppressions(meta.get("suppress"))  # a malformed suppression is an input error with its line
    send_at = merged.get("send_at")
    return Message(
        id=_optional_str(merged, "id") or "",
        channel=_enum(Channel, merged.get("channel", "sms"), "channel"),
        locale=locale,
        category=_enum(Category, merged.get("category", "transactional"), "category", CATEGORY_ALIASES),
        stage=_enum(Stage, merged.get("stage", "template"), "stage"),
        body=_require_str(body, ("body",)),
        subject=_optional_str(merged, "subject"),
        preheader=_optional_str(merged, "preheader"),
        title=_optional_str(merged, "title"),
        header=_optional_str(merged, "header"),
        footer=_optional_str(merged, "footer"),
        buttons=_buttons(merged.get("buttons")),
        brand=_optional_str(merged, "brand"),
        to=_optional_str(merged, "to"),
        send_at=None if send_at is None else parse_datetime(send_at, ("send_at",)),
        campaign=_optional_str(merged, "campaign"),
        placeholders=_placeholders(merged.get("placeholders")),
        meta=MappingProxyType(dict(meta)),
    )
