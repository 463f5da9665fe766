"""``evaluate``: run the selected rules on one message and score the result.

Pure: no files, network or clock. Time (``now``) and the recipient's recent sends (``recent``) come in
as arguments, so the CLI and the gateway get the same answer for the same inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import MappingProxyType
from typing import Any, Protocol, TypeVar

from .checks.base import PatternSet, cheap_boundaries
from .checks.python import Analyzer, PythonCheck
from .config import Config
from .context import CheckContext, Hit, PastSend
from .errors import RuleError
from .findings import Family, Finding, FixSafety, Severity, sort_key
from .model import Message
from .normalize import ViewName
from .registry import Registry, Rule
from .suppressions import apply_suppressions, parse_suppressions

# Score = 100 minus these penalties, floored at 0; per family and overall (all findings).
PENALTY = {Severity.ERROR: 25, Severity.WARNING: 10, Severity.INFO: 2}


class _SafeArgs(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def format_message(template: str, args: Mapping[str, Any]) -> str:
    try:
        return template.format_map(_SafeArgs(args)).rstrip()
    except (ValueError, IndexError, AttributeError, KeyError, TypeError):
        return template


@dataclass(frozen=True, slots=True)
class Evaluation:
    message: Message
    findings: tuple[Finding, ...]
    scores: Mapping[str, int]
    details: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def at_or_above(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity.rank >= severity.rank)


class FindingsMemo(Protocol):
    """Where :func:`evaluate` remembers the content-only findings and details of a content (its
    :func:`content_key`). The registry keeps a bounded one per configuration in memory; the CLI passes
    one backed by its on-disk cache (``sendlint.cache``), so I/O stays at the edge."""

    def get(self, key: tuple[Any, ...]) -> tuple[tuple[Finding, ...], dict[str, Any]] | None: ...

    def put(self, key: tuple[Any, ...], value: tuple[tuple[Finding, ...], dict[str, Any]]) -> None: ...


def _matches_selector(rule: Rule, selectors: Sequence[str]) -> bool:
    return any(rule.id.startswith(s.upper()) or rule.name == s.lower() or s.upper() == "ALL" for s in selectors)


def selected_rules(registry: Registry, config: Config) -> tuple[Rule, ...]:
    """Rules chosen by ``select`` (default: all) minus ``ignore``; ids, prefixes or names."""
    key = ("selected", config.select, config.ignore)
    cached = registry.resources.memo.get(key)
    if cached is None:
        cached = tuple(
            rule
            for rule in registry.rules.values()
            if (not config.select or _matches_selector(rule, config.select))
            and not _matches_selector(rule, config.ignore)
        )
        registry.resources.memo[key] = cached
    return cached


def active_jurisdictions(message: Message, config: Config) -> frozenset[str]:
    """Jurisdictions from the configuration, the message's ``meta.jurisdictions`` and its recipient number."""
    found = {j.lower() for j in config.jurisdictions}
    meta = message.meta.get("jurisdictions")
    if isinstance(meta, (list, tuple)):
        found.update(str(j).lower() for j in meta)
    if message.to:
        from .policy.jurisdictions import jurisdictions_for_number

        with suppress(ValueError):  # an invalid number is reported by the timing rules, not here
            found.update(jurisdictions_for_number(message.to))
    return frozenset(found)


def rule_applies(rule: Rule, message: Message, jurisdictions: frozenset[str]) -> bool:
    applies = rule.applies_to
    if applies.channels and message.channel.value not in applies.channels:
        return False
    if applies.categories and message.category.value not in applies.categories:
        return False
    if applies.stages and message.stage.value not in applies.stages:
        return False
    if applies.jurisdictions and not (applies.jurisdictions & jurisdictions):
        return False
    return applies.accepts_locale(message.locale)


def applicable_rules(registry: Registry, config: Config, message: Message, jurisdictions: frozenset[str]) -> tuple[Rule, ...]:
    """The selected rules whose filters accept the message, memoized by the message's shape."""
    return _plan(registry, config, message, jurisdictions).applicable


@dataclass(frozen=True, slots=True)
class _Gate:
    """Which content-only rules of a plan run on a new content. Rules without a trigger always run; the
    others are grouped by the view (slot of ``trigger_sets``) and index of their trigger: one RE2 pass
    per view tells which triggers occur, and a rule whose trigger does not is not run."""

    untriggered: tuple[Rule, ...]
    # Per slot, the plan's trigger indexes -> (the trigger's place in the plan, its rules): a message has ~7 triggers
    # present of the plan's ~40, so the gate looks up those present instead of testing every trigger (round 81).
    by_trigger: tuple[dict[int, tuple[int, tuple[Rule, ...]]], ...]
    trigger_sets: tuple[tuple[ViewName, PatternSet], ...]
    # Rules that defer to others (checks' ``defers_to``) run after the rest, in order of depth (TON112 defers to the
    # clue rules, TON113 to them and TON112), so they read what those reported instead of running them again:
    # (slot, trigger index, rule), slot -1 for a rule without a trigger.
    deferred: tuple[tuple[int, int, Rule], ...] = ()


class _Plan:
    """The rules for one message shape, split by what they read.

    Content-only rules read nothing but the text fields and the shape, so their findings can be
    reused for another message with the same content; contextual ones (send time, recipient,
    history, meta, results computed at the edge) run every time. The :class:`_Gate` of the
    content-only rules is built on the first content the memo does not answer: a run whose contents
    are all remembered (a warm cache) never compiles a trigger or loads a term list for it.
    """

    __slots__ = ("_gate", "applicable", "content_only", "contextual", "language")

    def __init__(self, applicable: tuple[Rule, ...], language: str) -> None:
        self.applicable = applicable
        self.content_only = tuple(r for r in applicable if not r.check.reads())
        self.contextual = tuple(r for r in applicable if r.check.reads())
        self.language = language
        self._gate: _Gate | None = None

    def gate(self, registry: Registry, config: Config) -> _Gate:
        if self._gate is None:
            self._gate = _make_gate(self.content_only, self.language, _language_triggers(registry, config, self.language), registry)
        return self._gate


def _plan(registry: Registry, config: Config, message: Message, jurisdictions: frozenset[str]) -> _Plan:
    key = ("applicable", config.select, config.ignore, message.channel, message.category, message.stage, message.locale, jurisdictions)
    memo = registry.resources.memo
    plan = memo.get(key)
    if plan is None:
        rules = tuple(r for r in selected_rules(registry, config) if rule_applies(r, message, jurisdictions))
        plan = memo[key] = _Plan(rules, message.language)
    return plan


_TriggerTable = dict[ViewName, tuple[dict[str, int], PatternSet]]


def _language_triggers(registry: Registry, config: Config, language: str) -> _TriggerTable:
    """Per view, the index of each trigger pattern of the selected content-only rules in ``language`` and
    one RE2 set of them all: compiled once per language, shared by the plans of every message shape."""
    key = ("triggers", config.select, config.ignore, language)
    table = registry.resources.memo.get(key)
    if table is None:
        patterns: dict[ViewName, dict[str, int]] = {}
        for rule in selected_rules(registry, config):
            trigger = None if rule.check.reads() else rule.check.trigger(language, registry.resources)
            if trigger is not None:
                view_patterns = patterns.setdefault(trigger.view, {})
                view_patterns.setdefault(trigger.pattern, len(view_patterns))
        try:
            table = {
                view: (found, PatternSet([_for_joined_fields(pattern) for pattern in found], ignore_case=False))
                for view, found in patterns.items()
            }
        except ValueError as error:
            raise RuleError(f"a rule's trigger is not a valid RE2 pattern: {error}") from error
        registry.resources.memo[key] = table
    return table


def _for_joined_fields(pattern: str) -> str:
    """A trigger as the gate looks for it: in the views of all fields joined by newlines (one pass), where a
    field's start and end are line boundaries, so ``^`` and ``$`` match at line boundaries (multi-line mode:
    only ever more places than in one field alone); with cheap boundaries (checks.base.cheap_boundaries)."""
    return f"(?m:{cheap_boundaries(pattern)})"


def _make_gate(rules: tuple[Rule, ...], language: str, table: _TriggerTable, registry: Registry) -> _Gate:
    views: list[ViewName] = []  # the views this plan's triggers are looked for in
    untriggered: list[Rule] = []
    by_trigger: dict[tuple[int, int], list[Rule]] = {}
    depth = _defer_depths(rules)
    deferred: list[tuple[int, int, int, Rule]] = []
    for rule in rules:
        trigger = rule.check.trigger(language, registry.resources)
        if trigger is None:
            slot, index = -1, -1
        else:
            if trigger.view not in views:
                views.append(trigger.view)
            slot = views.index(trigger.view)
            index = table[trigger.view][0][trigger.pattern]
        if rule.id in depth:
            deferred.append((depth[rule.id], slot, index, rule))
        elif slot < 0:
            untriggered.append(rule)
        else:
            by_trigger.setdefault((slot, index), []).append(rule)
    deferred.sort(key=lambda item: item[0])  # stable: rules of one depth keep the registry's order
    by_slot: list[dict[int, tuple[int, tuple[Rule, ...]]]] = [{} for _ in views]
    for place, ((slot, index), found) in enumerate(by_trigger.items()):
        by_slot[slot][index] = (place, tuple(found))
    return _Gate(
        tuple(untriggered),
        tuple(by_slot),
        tuple((view, table[view][1]) for view in views),
        tuple((slot, index, rule) for _, slot, index, rule in deferred),
    )


def _defer_depths(rules: tuple[Rule, ...]) -> dict[str, int]:
    """Rule id -> depth for the rules that defer to others among ``rules``: 1 + the depth of the deepest rule they
    defer to (0 for one that defers to none). A cycle is cut where it closes."""
    targets = {rule.id: rule.check.defers_to() for rule in rules}
    depth: dict[str, int] = {}

    def of(rule_id: str, seen: frozenset[str]) -> int:
        if rule_id not in depth:
            named = [t for t in targets.get(rule_id, ()) if t in targets and t not in seen]
            depth[rule_id] = 1 + max((of(t, seen | {rule_id}) for t in named), default=0) if targets[rule_id] else 0
        return depth[rule_id]

    return {rule.id: of(rule.id, frozenset()) for rule in rules if targets[rule.id]}


def _triggered(gate: _Gate, ctx: CheckContext) -> list[Rule]:
    """The content-only rules whose trigger occurs in the message, and those that have none (findings
    are sorted afterwards, so the order rules run in does not show)."""
    occurring = [found.occurring(_gate_text(ctx, view)) for view, found in gate.trigger_sets]
    rules = list(gate.untriggered)
    present: list[tuple[int, tuple[Rule, ...]]] = []
    for indexes, by_index in zip(occurring, gate.by_trigger, strict=True):
        for index in indexes:
            entry = by_index.get(index)  # None for a trigger of the language that no rule of this plan has
            if entry is not None:
                present.append(entry)
    present.sort()  # the plan's order (places are distinct: the rules are never compared)
    for _, found in present:
        rules.extend(found)
    for slot, index, rule in gate.deferred:
        if slot < 0 or index in occurring[slot]:
            rules.append(rule)
    return rules


def _gate_text(ctx: CheckContext, view: ViewName) -> str:
    """The message's fields in ``view``, one per line; most messages have one field, read as it is (no join)."""
    if len(ctx.fields) == 1:
        return ctx.views(ctx.fields[0][0]).get(view).text
    return "\n".join(ctx.views(name).get(view).text for name, _ in ctx.fields)


def content_key(message: Message, jurisdictions: frozenset[str]) -> tuple[Any, ...]:
    """Everything a content-only rule may read: the text fields and the message's shape.

    Plain values (the enums' strings, the jurisdictions sorted): a tuple of strings is one the collector stops
    tracking, so a batch's keys are not walked by every full collection (an enum member or a frozenset is tracked)."""
    return (
        message.body, message.channel.value, message.locale, message.category.value, message.stage.value,
        message.subject, message.preheader, message.title, message.header, message.footer, message.buttons,
        message.brand, tuple(message.placeholders.items()), tuple(sorted(jurisdictions)),
    )


_FAMILIES = tuple(f.value for f in Family)


def score(findings: Iterable[Finding]) -> dict[str, int]:
    penalties = dict.fromkeys(_FAMILIES, 0)
    total = 0
    for finding in findings:
        penalty = PENALTY[finding.severity]
        # The member is the str of its value (StrEnum): it finds the same key without .value, a descriptor call of
        # two python frames, and the dictionary keeps the plain str key it was built with (round 81).
        penalties[finding.family] += penalty
        total += penalty
    scores = {"overall": max(0, 100 - total)}
    scores.update({family: max(0, 100 - penalty) for family, penalty in penalties.items()})
    return scores


def _jurisdiction_severity(rule: Rule, ctx: CheckContext, severity: Severity) -> Severity:
    """A rule's ``severity_by_jurisdiction`` option raises (never lowers) the severity where it applies."""
    table = rule.options.get("severity_by_jurisdiction")
    if not table:
        return severity
    for jurisdiction in ctx.details.get("jurisdictions", ()):
        raised = table.get(jurisdiction)
        if raised is not None and Severity(raised).rank > severity.rank:
            severity = Severity(raised)
    return severity


def _to_finding(rule: Rule, hit: Hit, ctx: CheckContext, config: Config) -> Finding:
    severity = config.severity.get(rule.id) or _jurisdiction_severity(rule, ctx, hit.severity or rule.severity)
    args = {"brand": ctx.message.brand or config.brand or "", **hit.args}
    return Finding(
        rule=rule.id,
        name=rule.name,
        family=rule.family,
        severity=severity,
        message=format_message(rule.message_template(ctx.language), args),
        field=hit.field,
        start=hit.start,
        end=hit.end,
        fix=hit.fix,
        details=hit.details,
    )


def evaluate(
    message: Message,
    registry: Registry,
    config: Config | None = None,
    now: datetime | None = None,
    *,
    recent: Sequence[PastSend] = (),
    extra: Mapping[str, Any] | None = None,
    memo: FindingsMemo | None = None,
) -> Evaluation:
    """Run every selected rule that applies to ``message``; return findings, scores and details.

    ``memo`` remembers the findings of the content-only rules by content (default: the registry's
    in-memory one for ``config``); a memo must only ever be used with one configuration and registry.
    """
    config = config or Config()
    pending = _Pending(message, registry, config, now, recent, extra, memo)
    if pending.known is None:
        pending.remember(_run(_triggered(pending.plan.gate(registry, config), pending.ctx), pending.ctx, config))
    return pending.finish(_run(pending.plan.contextual, pending.ctx, config))


@dataclass(frozen=True, slots=True)
class Request:
    """One message of a batch with its own clock, recent sends and extra facts: what :func:`evaluate` takes as
    ``now``, ``recent`` and ``extra`` (a front end such as ``sendlint check`` gathers them per message)."""

    message: Message
    now: datetime | None = None
    recent: Sequence[PastSend] = ()
    extra: Mapping[str, Any] | None = None


T = TypeVar("T")

# How many messages the front ends pass to evaluate_many at once: a few hundred get nearly all of its gain (round 61:
# ~0.75 of the time a message one at a time), and every message's context lives until its batch is done.
BATCH_SIZE = 256


def in_batches(items: Sequence[T], size: int = BATCH_SIZE) -> Iterator[Sequence[T]]:
    """``items`` cut into consecutive batches of at most ``size``."""
    return (items[start : start + size] for start in range(0, len(items), size))


def evaluate_many(
    messages: Sequence[Message | Request],
    registry: Registry,
    config: Config | None = None,
    now: datetime | None = None,
    *,
    memo: FindingsMemo | None = None,
) -> list[Evaluation]:
    """``[evaluate(m, registry, config, now, memo=memo) for m in messages]``, the same evaluations, faster.

    A :class:`Request` brings its own ``now``, ``recent`` and ``extra``; a bare message takes ``now`` and none.

    The rules run rule by rule over the batch instead of message by message: a rule's tables, term lists, RE2
    automata and model stay in the processor's caches while it reads every message, where one message at a
    time evicts them between rules (round 61: a rule costs 3 to 10 times more on a cold cache, measured per
    trigger set and for TON113's model). A rule's findings on one message do not depend on the order the rules
    run in, except for the rules that defer to others: they still run after those, deepest last
    (:func:`_run_order`). Messages of one content in the batch are evaluated once, as the memo would answer
    them. When a rule fails, which message is named may differ from a one-by-one run. Every message's context (its
    views and shared analyses) is kept until the batch is done: pass batches of a few hundred messages (32 already
    gets most of the gain on bench/corpus.py's messages, 1,000 a little more).
    """
    config = config or Config()
    batch = [
        _Pending(item.message, registry, config, item.now, item.recent, item.extra, memo)
        if isinstance(item, Request)
        else _Pending(item, registry, config, now, (), None, memo)
        for item in messages
    ]
    first_of: dict[tuple[Any, ...], _Pending] = {}
    runs: list[tuple[_Pending, list[Rule]]] = []
    for pending in batch:
        if pending.known is None and pending.key not in first_of:
            first_of[pending.key] = pending
            runs.append((pending, _triggered(pending.plan.gate(registry, config), pending.ctx)))
    content = _run_by_rule(runs, registry, config)
    for pending, _ in runs:
        pending.remember(content[id(pending)])
    for pending in batch:
        if pending.known is None:  # a later message of a content the batch has just evaluated
            pending.known = first_of[pending.key].known
    contextual = _run_by_rule([(pending, list(pending.plan.contextual)) for pending in batch], registry, config)
    return [pending.finish(contextual[id(pending)]) for pending in batch]


def _run_order(registry: Registry) -> dict[str, tuple[int, int]]:
    """Rule id -> its place when rules run rule by rule over a batch: rules that defer to others after all the
    rest, in order of depth, each depth in the registry's order (as :func:`_make_gate` orders one message's)."""
    order = registry.resources.memo.get("run-order")
    if order is None:
        depth = _defer_depths(tuple(registry.rules.values()))
        order = registry.resources.memo["run-order"] = {
            rule_id: (depth.get(rule_id, 0), index) for index, rule_id in enumerate(registry.rules)
        }
    return order


def _run_by_rule(
    runs: Sequence[tuple[_Pending, Sequence[Rule]]], registry: Registry, config: Config
) -> dict[int, list[Finding]]:
    """The findings of each (message, its rules) of ``runs``, by ``id`` of the message's :class:`_Pending`, the
    rules run one at a time over every message that has them."""
    order = _run_order(registry)
    by_rule: dict[str, tuple[Rule, list[tuple[CheckContext, list[Finding]]]]] = {}
    found: dict[int, list[Finding]] = {}
    for pending, rules in runs:
        # One (context, findings) pair per message, shared by its rules: the loops below read both without a look-up.
        out: list[Finding] = []
        found[id(pending)] = out
        slot = (pending.ctx, out)
        for rule in rules:
            entry = by_rule.get(rule.id)
            if entry is None:
                entry = by_rule[rule.id] = (rule, [])
            entry[1].append(slot)
    for rule_id in sorted(by_rule, key=order.__getitem__):
        rule, slots = by_rule[rule_id]
        check = rule.check
        # _run's body for one rule, inlined: this runs once per rule and message, ~30 times a message, and most
        # rules find nothing (round 63: the call, its tuple and a list concatenation each time were ~4%). A python
        # check (most rules) is called as PythonCheck.run would call it, without run's own frame (round 80).
        if type(check) is PythonCheck:
            function, params = check.bound_function, check.bound_params  # type: ignore[attr-defined]
            for ctx, out in slots:
                try:
                    hits = list(function(ctx, rule, params))
                except (ValueError, TypeError, KeyError, AttributeError) as error:
                    raise _rule_error(rule, ctx, error) from error
                if hits:
                    ctx.record(rule, hits)
                    out.extend([_to_finding(rule, hit, ctx, config) for hit in hits])
            continue
        run = check.run
        for ctx, out in slots:
            try:
                hits = list(run(ctx, rule))
            except (ValueError, TypeError, KeyError, AttributeError) as error:
                raise _rule_error(rule, ctx, error) from error
            if hits:
                ctx.record(rule, hits)
                out.extend([_to_finding(rule, hit, ctx, config) for hit in hits])
    return found


class _Pending:
    """One message's evaluation between its steps: its context and plan, then the content-only findings
    (remembered or computed), then the rest (:meth:`finish`). :func:`evaluate` takes one through the steps;
    :func:`evaluate_many` takes a batch through each step together."""

    __slots__ = ("config", "ctx", "key", "known", "memo", "message", "plan", "registry")

    def __init__(
        self,
        message: Message,
        registry: Registry,
        config: Config,
        now: datetime | None,
        recent: Sequence[PastSend],
        extra: Mapping[str, Any] | None,
        memo: FindingsMemo | None,
    ) -> None:
        self.message = message
        self.registry = registry
        self.config = config
        self.ctx = ctx = CheckContext(message, registry, config, now=now, recent=recent, extra=extra or {})
        jurisdictions = active_jurisdictions(message, config)
        ctx.details["jurisdictions"] = sorted(jurisdictions)
        self.plan = _plan(registry, config, message, jurisdictions)
        self.memo = registry.resources.findings_memo(config) if memo is None else memo
        self.key = content_key(message, jurisdictions)
        self.known: tuple[tuple[Finding, ...], dict[str, Any]] | None = self.memo.get(self.key)

    def remember(self, findings: list[Finding]) -> None:
        """Keep the content-only findings (and the analyzers' results that depend on content only)."""
        analyzers = _analyzers(self.registry)
        self.known = (
            tuple(findings),
            {name: function(self.ctx) for name, function, reads_context in analyzers if not reads_context},
        )
        self.memo.put(self.key, self.known)

    def finish(self, contextual: list[Finding]) -> Evaluation:
        """The evaluation, from the content-only findings and those of the contextual rules."""
        assert self.known is not None
        ctx, message = self.ctx, self.message
        known_findings, known_details = self.known
        findings = [*known_findings, *contextual]
        if self.config.suppressions and "suppress" in message.meta:
            findings, suppressed, unused = apply_suppressions(findings, parse_suppressions(message.meta["suppress"]))
            ctx.details["suppressed"] = suppressed
            if unused:
                ctx.details["unused_suppressions"] = unused
        for name, function, reads_context in _analyzers(self.registry):
            result = function(ctx) if reads_context else known_details[name]
            if result is not None:
                # A remembered result is shared by every evaluation of the same content: hand out a copy.
                ctx.details[name] = dict(result) if isinstance(result, dict) else result
        findings.sort(key=sort_key)
        return Evaluation(message, tuple(findings), MappingProxyType(score(findings)), MappingProxyType(ctx.details))


def _analyzers(registry: Registry) -> tuple[tuple[str, Callable[[CheckContext], Any], bool], ...]:
    """(name, function, reads context) per analyzer; an :class:`Analyzer` that reads nothing beyond the
    content is computed once per content, like a content-only check."""
    found = registry.resources.memo.get("analyzers")
    if found is None:
        found = registry.resources.memo["analyzers"] = tuple(
            (name, analyzer.function, bool(analyzer.reads))
            if isinstance(analyzer, Analyzer)
            else (name, analyzer, True)
            for name, analyzer in registry.analyzers.items()
        )
    return found


def _run(rules: Sequence[Rule], ctx: CheckContext, config: Config) -> list[Finding]:
    findings: list[Finding] = []
    append = findings.append
    for rule in rules:
        try:
            hits = list(rule.check.run(ctx, rule))
            if hits:
                ctx.record(rule, hits)
                for hit in hits:
                    append(_to_finding(rule, hit, ctx, config))
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise _rule_error(rule, ctx, error) from error
    return findings


def _rule_error(rule: Rule, ctx: CheckContext, error: Exception) -> RuleError:
    # Almost always a bad `rule_options` value; name the rule so the user can find it.
    return RuleError(
        f"rule {rule.code} failed on message {ctx.message.id or '?'}: {error}"
        f" (check rule_options.{rule.id} in the configuration)"
    )


def apply_fixes(message: Message, findings: Iterable[Finding], *, unsafe: bool = False) -> Message:
    """``message`` with the fixes of ``findings`` applied; overlapping edits after the first are skipped."""
    by_field: dict[str, list[tuple[int, int, str]]] = {}
    for finding in findings:
        if finding.fix is None or (finding.fix.safety is FixSafety.UNSAFE and not unsafe):
            continue
        for edit in finding.fix.edits:
            by_field.setdefault(edit.field, []).append((edit.start, edit.end, edit.replacement))
    changes: dict[str, Any] = {}
    buttons = list(message.buttons)
    for field_name, edits in by_field.items():
        text = message.field_text(field_name)
        accepted: list[tuple[int, int, str]] = []
        for start, end, replacement in sorted(set(edits)):
            # Overlapping edits after the first are skipped; insertions at the same point all apply.
            if accepted and start < accepted[-1][1]:
                continue
            accepted.append((start, end, replacement))
        for start, end, replacement in reversed(accepted):
            text = text[:start] + replacement + text[end:]
        if field_name.startswith("buttons["):
            index = int(field_name[8:-1])
            buttons[index] = replace(buttons[index], text=text)
            changes["buttons"] = tuple(buttons)
        else:
            changes[field_name] = text
    return replace(message, **changes) if changes else message


FIX_ROUNDS = 4


def fix(
    message: Message,
    registry: Registry,
    config: Config | None = None,
    now: datetime | None = None,
    *,
    unsafe: bool = False,
    max_rounds: int = FIX_ROUNDS,
) -> Message:
    """``message`` with the fixes of its findings applied, evaluated again until no fix changes it.

    One round is not always enough: a fix can change what another rule sees (CMP101's opt-out appended to
    an SMS takes it to a second segment, where LEN102's "..." for "…" no longer costs one). As ruff does, fixes
    are applied round after round, at most ``max_rounds`` times (a rule pair that undid each other's fixes
    would otherwise never stop). Pure, like :func:`evaluate`.
    """
    for _ in range(max_rounds):
        fixed = apply_fixes(message, evaluate(message, registry, config, now).findings, unsafe=unsafe)
        if fixed == message:
            break
        message = fixed
    return message
