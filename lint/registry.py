"""Rules, rule packs and the registry: built once from plugins and packs, validated, then frozen.

A rule pack is a YAML file with ``pack`` (a name) and ``rules`` (a list). Each rule picks one check
kind from a closed set (see :mod:`sendlint.checks`) and fills in its parameters; Python only enters
through check functions that plugins register by name. Every validation error names file:line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .errors import FieldError, InputError, RulePackError
from .findings import FAMILY_PREFIX, Family, FixSafety, Severity
from .lazy import lazy_re
from .lexicon import Lexicon, LexiconMatcher, parse_lexicon
from .memo import BoundedMemo
from .yamlpos import YamlDocument

if TYPE_CHECKING:
    from .checks import CompiledCheck
    from .plugins import Plugin

RULE_KEYS = frozenset({"id", "name", "family", "severity", "applies_to", "message", "docs", "check", "options"})
APPLIES_KEYS = frozenset({"channels", "categories", "locales", "stages", "fields", "jurisdictions"})
DOCS_KEYS = frozenset({"what", "why", "source", "examples", "fix", "fix_safety", "options"})
EXAMPLE_KEYS = frozenset({"flag", "pass"})
ID_RE = lazy_re(r"^(LEN|TON|CLR|REP|TIM|CMP|LNG)\d{3}$")
NAME_RE = lazy_re(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TEXT_FIELD_NAMES = frozenset({"body", "subject", "preheader", "title", "header", "footer", "buttons"})


@dataclass(frozen=True, slots=True)
class AppliesTo:
    channels: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    locales: frozenset[str] = frozenset()
    stages: frozenset[str] = frozenset()
    fields: frozenset[str] = frozenset({"body"})
    jurisdictions: frozenset[str] = frozenset()

    def accepts_locale(self, locale: str) -> bool:
        if not self.locales:
            return True
        lowered = locale.lower()
        language = lowered.split("-", 1)[0]
        return lowered in self.locales or language in self.locales

    def accepts_field(self, name: str) -> bool:
        return name in self.fields or (name.startswith("buttons[") and "buttons" in self.fields)


@dataclass(frozen=True, slots=True)
class Example:
    """A message (as plain data, locale included) that must or must not fire the rule."""

    message: Mapping[str, Any]
    config: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    context: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class RuleDocs:
    what: str
    why: str
    source: str
    fix: str
    fix_safety: FixSafety | None
    flag: tuple[Example, ...]
    passes: tuple[Example, ...]
    options: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    family: Family
    severity: Severity
    applies_to: AppliesTo
    message: Mapping[str, str]
    docs: RuleDocs
    kind: str
    check: CompiledCheck
    options: Mapping[str, Any]
    origin: str  # file:line where the rule is defined

    @property
    def code(self) -> str:
        return f"{self.id} {self.name}"

    def message_template(self, language: str) -> str:
        return self.message.get(language) or self.message.get("en") or next(iter(self.message.values()))


# Distinct message contents remembered per configuration (~2 KB each with their findings).
FINDINGS_MEMO_SIZE = 20_000


class Resources:
    """Shared data the checks use (lexicons, compiled matchers), loaded on first use and then reused.

    Lookups are memoized per registry: deterministic, so the registry still behaves as a value.
    """

    def __init__(self, lexicon_roots: Sequence[Traversable]) -> None:
        self._roots = tuple(lexicon_roots)
        self._lexicons: dict[tuple[str, str], Lexicon | None] = {}
        self._matchers: dict[tuple[str, str, frozenset[str]], LexiconMatcher | None] = {}
        self.memo: dict[Any, Any] = {}
        self._findings: dict[int, tuple[Any, BoundedMemo[Any, Any]]] = {}

    def findings_memo(self, config: Any, maxsize: int = FINDINGS_MEMO_SIZE) -> BoundedMemo[Any, Any]:
        """Findings of the content-only rules by message content, one memo per configuration object.

        A campaign sends one text to thousands of recipients and a template repository repeats its
        sentences; the engine answers those from here. The configuration is kept alive with its
        memo, so its ``id`` cannot be reused by another configuration while the entry exists.
        """
        entry = self._findings.get(id(config))
        if entry is None or entry[0] is not config:
            if len(self._findings) >= 8:  # configurations come and go in tests and long-lived gateways
                self._findings.pop(next(iter(self._findings)))
            entry = self._findings[id(config)] = (config, BoundedMemo(maxsize))
        return entry[1]

    def lexicon(self, language: str, topic: str) -> Lexicon | None:
        key = (language, topic)
        if key not in self._lexicons:
            self._lexicons[key] = self._load_lexicon(language, topic)
        return self._lexicons[key]

    def _load_lexicon(self, language: str, topic: str) -> Lexicon | None:
        merged: list[Any] = []
        first: Lexicon | None = None
        for root in self._roots:
            path = root.joinpath(language, f"{topic}.yaml")
            if not path.is_file():
                continue
            location = str(path)
            document = YamlDocument(path.read_text(encoding="utf-8"), location)
            try:
                lexicon = parse_lexicon(document.data)
            except FieldError as error:
                raise RulePackError(error.message, document.location(error.path, key=True)) from None
            first = first or lexicon
            merged.extend(lexicon.entries)
        if first is None:
            return None
        return Lexicon(first.language, first.topic, first.source, first.licence, tuple(merged))

    def matcher(self, language: str, topic: str, categories: frozenset[str]) -> LexiconMatcher | None:
        key = (language, topic, categories)
        if key not in self._matchers:
            lexicon = self.lexicon(language, topic)
            if lexicon is None:
                self._matchers[key] = None
            else:
                entries = [e for e in lexicon.entries if not categories or e.category in categories]
                self._matchers[key] = LexiconMatcher(entries, language)
        return self._matchers[key]


@dataclass(frozen=True)
class Registry:
    """All rules, by id, in a stable order; plus the resources and functions they need."""

    rules: Mapping[str, Rule]
    resources: Resources
    analyzers: Mapping[str, Any]
    redirects: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def get(self, rule_id: str) -> Rule | None:
        rule_id = self.redirects.get(rule_id.upper(), rule_id.upper())
        rule = self.rules.get(rule_id)
        if rule is None:
            rule = next((r for r in self.rules.values() if r.name == rule_id.lower()), None)
        return rule


def _str_set(value: Any, path: tuple[str | int, ...]) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FieldError(path, "expected a list of strings")
    return frozenset(v.lower() for v in value)


def _examples(raw: Any, path: tuple[str | int, ...], default_locale: str | None) -> tuple[Example, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise FieldError(path, "expected a list of examples")
    examples = []
    for index, item in enumerate(raw):
        if isinstance(item, str):
            item = {"body": item}
        if not isinstance(item, Mapping):
            raise FieldError((*path, index), "an example is a message body or a message mapping")
        message = {k: v for k, v in item.items() if k not in ("config", "context")}
        if default_locale and "locale" not in message:
            message["locale"] = default_locale
        config = item.get("config") or {}
        context = item.get("context") or {}
        if not isinstance(config, Mapping) or not isinstance(context, Mapping):
            raise FieldError((*path, index), "config and context must be mappings")
        examples.append(Example(MappingProxyType(message), MappingProxyType(dict(config)), MappingProxyType(dict(context))))
    return tuple(examples)


def _docs(raw: Any) -> RuleDocs:
    if not isinstance(raw, Mapping):
        raise FieldError(("docs",), "every rule needs docs: what, why, source, examples, fix")
    for key in raw:
        if key not in DOCS_KEYS:
            raise FieldError(("docs", str(key)), f"unknown key; expected one of {', '.join(sorted(DOCS_KEYS))}")
    for key in ("what", "why", "source", "fix"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise FieldError(("docs", key), "missing; every rule documents what, why, source and fix")
    examples = raw.get("examples")
    if not isinstance(examples, Mapping) or not examples.get("flag") or not examples.get("pass"):
        raise FieldError(("docs", "examples"), "needs 'flag' and 'pass' examples")
    for key in examples:
        if key not in EXAMPLE_KEYS:
            raise FieldError(("docs", "examples", str(key)), "unknown key; expected flag or pass")
    safety = raw.get("fix_safety")
    if safety not in (None, "none", "safe", "unsafe"):
        raise FieldError(("docs", "fix_safety"), "expected safe, unsafe or none")
    options = raw.get("options") or {}
    if not isinstance(options, Mapping):
        raise FieldError(("docs", "options"), "expected a mapping of option name to description")
    return RuleDocs(
        what=raw["what"].strip(),
        why=raw["why"].strip(),
        source=raw["source"].strip(),
        fix=raw["fix"].strip(),
        fix_safety=None if safety in (None, "none") else FixSafety(safety),
        flag=_examples(examples.get("flag"), ("docs", "examples", "flag"), None),
        passes=_examples(examples.get("pass"), ("docs", "examples", "pass"), None),
        options=MappingProxyType({str(k): str(v) for k, v in options.items()}),
    )


def parse_rule(raw: Any, origin: str, compile_check: Callable[[Mapping[str, Any]], tuple[str, CompiledCheck]]) -> Rule:
    """Validate one rule mapping; :class:`FieldError` carries the key path of the first problem."""
    if not isinstance(raw, Mapping):
        raise FieldError((), "a rule must be a mapping")
    for key in raw:
        if key not in RULE_KEYS:
            raise FieldError((str(key),), f"unknown rule key; expected one of {', '.join(sorted(RULE_KEYS))}")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not ID_RE.match(rule_id):
        raise FieldError(("id",), f"rule id {rule_id!r} must be a family prefix (LEN, TON, CLR, REP, TIM, CMP, LNG) and three digits")
    name = raw.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise FieldError(("name",), f"rule name {name!r} must be kebab-case")
    try:
        family = Family(str(raw.get("family")))
    except ValueError:
        raise FieldError(("family",), f"unknown family; expected one of {', '.join(f.value for f in Family)}") from None
    if not rule_id.startswith(FAMILY_PREFIX[family]):
        raise FieldError(("id",), f"{rule_id} is in family {family.value}, whose ids start with {FAMILY_PREFIX[family]}")
    try:
        severity = Severity(raw.get("severity", "warning"))
    except ValueError:
        raise FieldError(("severity",), "expected error, warning or info") from None
    applies_raw = raw.get("applies_to") or {}
    if not isinstance(applies_raw, Mapping):
        raise FieldError(("applies_to",), "expected a mapping")
    for key in applies_raw:
        if key not in APPLIES_KEYS:
            raise FieldError(("applies_to", str(key)), f"unknown key; expected one of {', '.join(sorted(APPLIES_KEYS))}")
    fields = _str_set(applies_raw.get("fields"), ("applies_to", "fields")) or frozenset({"body"})
    unknown_fields = fields - TEXT_FIELD_NAMES
    if unknown_fields:
        raise FieldError(("applies_to", "fields"), f"unknown field {sorted(unknown_fields)[0]!r}")
    applies = AppliesTo(
        channels=_str_set(applies_raw.get("channels"), ("applies_to", "channels")),
        categories=_str_set(applies_raw.get("categories"), ("applies_to", "categories")),
        locales=_str_set(applies_raw.get("locales"), ("applies_to", "locales")),
        stages=_str_set(applies_raw.get("stages"), ("applies_to", "stages")),
        fields=fields,
        jurisdictions=_str_set(applies_raw.get("jurisdictions"), ("applies_to", "jurisdictions")),
    )
    message = raw.get("message")
    if isinstance(message, str):
        message = {"en": message}
    if not isinstance(message, Mapping) or not message or not all(isinstance(v, str) for v in message.values()):
        raise FieldError(("message",), "expected a mapping of language to message text (es, en)")
    docs = _docs(raw.get("docs"))
    options = raw.get("options") or {}
    if not isinstance(options, Mapping):
        raise FieldError(("options",), "expected a mapping")
    by_jurisdiction = options.get("severity_by_jurisdiction", {})
    if not isinstance(by_jurisdiction, Mapping) or any(v not in ("error", "warning", "info") for v in by_jurisdiction.values()):
        raise FieldError(("options", "severity_by_jurisdiction"), "expected a mapping of jurisdiction id to error, warning or info")
    check_raw = raw.get("check")
    if not isinstance(check_raw, Mapping):
        raise FieldError(("check",), "expected a mapping with a 'kind'")
    kind, compiled = compile_check(check_raw)
    return Rule(
        id=rule_id,
        name=name,
        family=family,
        severity=severity,
        applies_to=applies,
        message=MappingProxyType(dict(message)),
        docs=docs,
        kind=kind,
        check=compiled,
        options=MappingProxyType(dict(options)),
        origin=origin,
    )


def _pack_files(root: Traversable) -> list[Traversable]:
    files: list[Traversable] = []
    if root.is_file():
        return [root]
    for child in sorted(root.iterdir(), key=lambda c: c.name):
        if child.is_dir():
            files.extend(_pack_files(child))
        elif child.name.endswith((".yaml", ".yml")) and child.name != "jurisdictions.yaml":
            files.append(child)
    return files


def load_pack_rules(root: Traversable | Path, plugins: Sequence[Plugin], *, patterns_verified: bool = False) -> list[Rule]:
    """Every rule in the pack files under ``root``; the first invalid one raises :class:`RulePackError`. With
    ``patterns_verified`` the packs' regular expressions are compiled on first use, not here."""
    from .checks import compile_check

    functions = {name: fn for plugin in plugins for name, fn in plugin.checks.items()}
    metrics = {name: fn for plugin in plugins for name, fn in plugin.metrics.items()}
    rules: list[Rule] = []
    for file in _pack_files(root):
        location = str(file)
        try:
            document = YamlDocument(file.read_text(encoding="utf-8"), location)
        except InputError as error:
            raise RulePackError(error.message, error.location) from None
        except (OSError, UnicodeDecodeError) as error:
            raise RulePackError(f"cannot read rule pack: {error}", location) from None
        data = document.data
        if not isinstance(data, Mapping) or not isinstance(data.get("rules"), list):
            raise RulePackError("a rule pack is a mapping with 'pack' and a list of 'rules'", f"{location}:1")
        for key in data:
            if key not in ("pack", "rules"):
                raise RulePackError(f"unknown key {key!r}; expected pack and rules", document.location((str(key),), key=True))
        for index, raw in enumerate(data["rules"]):
            line, _ = document.position(("rules", index))
            try:
                rule = parse_rule(
                    raw, f"{location}:{line}", lambda c: compile_check(c, functions, metrics, patterns_verified=patterns_verified)
                )
            except FieldError as error:
                path = ("rules", index, *error.path)
                raise RulePackError(error.message, document.location(path, key=True)) from None
            rules.append(rule)
    return rules


def _check_deferrals(rules: Mapping[str, Rule]) -> None:
    """A rule that defers to others (``defer_to``) reads their findings of the same evaluation, so it and they
    must be content-only (their findings are remembered together), and every rule it names must exist: a typo
    would make it speak where the rule it meant already did."""
    for rule in rules.values():
        named = rule.check.defers_to()
        if not named:
            continue
        if rule.check.reads():
            raise RulePackError(f"rule {rule.id} defers to other rules, so it may not read {sorted(rule.check.reads())}", rule.origin)
        for other_id in named:
            other = rules.get(other_id)
            if other is None:
                raise RulePackError(f"rule {rule.id} defers to {other_id}, which no pack defines", rule.origin)
            if other.check.reads():
                raise RulePackError(f"rule {rule.id} defers to {other_id}, which reads {sorted(other.check.reads())}: only content-only rules can be deferred to", rule.origin)


def build_registry(plugins: Sequence[Plugin], extra_packs: Sequence[Path] = (), *, compile_every_pattern: bool = False) -> Registry:
    """Load every plugin's packs plus ``extra_packs``; reject duplicate ids; freeze. A plugin's packs are compiled on
    first use when it says it verified them (:attr:`Plugin.packs_verified`), unless ``compile_every_pattern``."""
    rules: dict[str, Rule] = {}
    names: dict[str, str] = {}
    sources: list[tuple[Traversable | Path, bool]] = [
        (p, plugin.packs_verified and not compile_every_pattern) for plugin in plugins for p in plugin.packs
    ]
    sources.extend((Path(p), False) for p in extra_packs)
    for root, verified in sources:
        for rule in load_pack_rules(root, plugins, patterns_verified=verified):
            if rule.id in rules:
                raise RulePackError(f"duplicate rule id {rule.id} (also defined at {rules[rule.id].origin})", rule.origin)
            if rule.name in names:
                raise RulePackError(f"duplicate rule name {rule.name} (also used by {names[rule.name]})", rule.origin)
            rules[rule.id] = rule
            names[rule.name] = rule.id
    _check_deferrals(rules)
    ordered = dict(sorted(rules.items()))
    lexicon_roots = [root for plugin in plugins for root in plugin.corpora]
    analyzers = {name: fn for plugin in plugins for name, fn in plugin.analyzers.items()}
    redirects = {old: new for plugin in plugins for old, new in plugin.redirects.items()}
    return Registry(MappingProxyType(ordered), Resources(lexicon_roots), MappingProxyType(analyzers), MappingProxyType(redirects))
