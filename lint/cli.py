"""The ``sendlint`` command: a thin adapter that turns files and flags into engine calls and every
error into an exit code (0 clean, 1 findings, 2 usage, configuration or input error) in one place."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from . import __version__
from .config import Config, find_config, load_config_file
from .errors import FieldError, InputError, SendlintError
from .findings import Severity

DEFAULT_CACHE_DIR = ".sendlint_cache"  # ruff-style: beside the configuration, ignored by git

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(SendlintError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="configuration file (default: nearest sendlint.yaml)")
    parser.add_argument("--select", action="append", default=[], help="rule ids, prefixes or names to run (repeatable, comma-separated)")
    parser.add_argument("--ignore", action="append", default=[], help="rule ids, prefixes or names to skip")
    parser.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text",
                        help="text (ruff style), json (sendlint/report@1), sarif (2.1.0, code scanning) or github (Actions annotations)")
    parser.add_argument("--fail-on", choices=("error", "warning", "info"), help="lowest severity that fails (default: error)")
    parser.add_argument("--fail-under", type=int, help="fail when a message's overall score is below N")
    parser.add_argument("--send-at", help="send time for timing rules (ISO 8601 with offset)")
    parser.add_argument("--ignore-suppressions", action="store_true",
                        help="audit: report what every meta.suppress entry silences")
    parser.add_argument("--now", help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="sendlint", description="Lint customer messages before they are sent.")
    parser.add_argument("--version", action="version", version=f"sendlint {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = commands.add_parser("check", help="lint template files and folders")
    check.add_argument("paths", nargs="+", type=Path)
    check.add_argument("--history", type=Path, help="JSON Lines of past sends (to, sent_at, channel, category, campaign, body)")
    check.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                       help=f"worker processes (default: one per CPU when there are {PARALLEL_FROM:,} messages or more to compute; 1: none)")
    check.add_argument("--no-cache", action="store_true",
                       help="neither read nor write the cache of findings (default: on)")
    check.add_argument("--cache-dir", type=Path, default=None,
                       help=f"where the cache of findings lives (default: $SENDLINT_CACHE_DIR, else {DEFAULT_CACHE_DIR} beside the configuration file or in the current folder)")
    _common(check)

    message = commands.add_parser("message", help="lint one draft given as text or on stdin (-)")
    message.add_argument("text", nargs="?", default="-")
    message.add_argument("--channel", default=None)
    message.add_argument("--locale", default=None)
    message.add_argument("--category", default=None)
    message.add_argument("--stage", default=None)
    message.add_argument("--subject", default=None)
    message.add_argument("--brand", default=None)
    message.add_argument("--to", default=None)
    _common(message)

    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.add_argument("--config", type=Path)

    rule = commands.add_parser("rule", help="show a rule's documentation")
    rule.add_argument("rule_id")
    rule.add_argument("--config", type=Path)

    validate = commands.add_parser("validate", help="validate rule packs (and the configuration)")
    validate.add_argument("packs", nargs="*", type=Path)
    validate.add_argument("--config", type=Path)

    segments = commands.add_parser("segments", help="SMS encoding and segments of a text")
    segments.add_argument("text", nargs="?", default="-")
    segments.add_argument("--format", choices=("text", "json"), default="text")
    segments.add_argument("--nls", choices=("es", "pt"), help="also report the national language shift tables (3GPP TS 23.038), off by default")

    evaluate_cmd = commands.add_parser("eval", help="precision and recall of the rule families on labelled corpora")
    evaluate_cmd.add_argument("paths", nargs="+", type=Path)
    evaluate_cmd.add_argument("--config", type=Path)
    evaluate_cmd.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


def _load_config(args: argparse.Namespace, start: Path) -> tuple[Config, Path | None]:
    path = args.config
    if path is None:
        path = find_config(start)
    elif not path.is_file():
        raise UsageError(f"configuration file not found: {path}")
    config = load_config_file(path) if path else Config()
    overrides: dict[str, Any] = {}
    if getattr(args, "select", None):
        overrides["select"] = _split(args.select)
    if getattr(args, "ignore", None):
        overrides["ignore"] = (*config.ignore, *_split(args.ignore))
    if getattr(args, "fail_on", None):
        overrides["fail_on"] = args.fail_on
    if getattr(args, "fail_under", None) is not None:
        overrides["fail_under"] = args.fail_under
    if getattr(args, "ignore_suppressions", False):
        overrides["suppressions"] = False
    if overrides:
        config = config.model_copy(update={k: (Severity(v) if k == "fail_on" else v) for k, v in overrides.items()})
    return config, path


def _registry_sources(config: Config, config_path: Path | None) -> tuple[Any, list[Path]]:
    """The plugins and the configuration's extra rule-pack folders a registry is built from."""
    from .plugins import discover_plugins

    base = config_path.parent if config_path else Path.cwd()
    packs = [base / p for p in config.packs]
    for pack in packs:
        if not pack.exists():
            raise UsageError(f"rule pack folder not found: {pack} (from 'packs' in the configuration)")
    return discover_plugins(), packs


def _registry(config: Config, config_path: Path | None) -> Any:
    from .registry import build_registry

    return build_registry(*_registry_sources(config, config_path))


def _open_cache(args: argparse.Namespace, config: Config, sources: tuple[Any, list[Path]], config_path: Path | None, registry: Any) -> Any:
    """The cache of content-only findings for this run (``sendlint.cache``), or None when it is off or
    cannot be read (said once on stderr: a cache never fails a run)."""
    if args.no_cache:
        return None
    from .cache import CachedMemo, CacheUnavailable, ResultCache, fingerprint

    directory = args.cache_dir or (Path(os.environ["SENDLINT_CACHE_DIR"]) if os.environ.get("SENDLINT_CACHE_DIR") else None)
    if directory is None:
        directory = (config_path.parent if config_path else Path.cwd()) / DEFAULT_CACHE_DIR
    try:
        cache = ResultCache(directory, fingerprint(*sources, config))
    except CacheUnavailable as error:
        sys.stderr.write(f"sendlint: note: cache off for this run: {error}\n")
        return None
    return CachedMemo(cache, registry.resources.findings_memo(config))


def _save_cache(memo: Any) -> None:
    from .cache import CacheUnavailable

    memo.cache.add(memo.take_computed())
    try:
        memo.cache.save(memo.used())
    except CacheUnavailable as error:
        sys.stderr.write(f"sendlint: note: the cache was not saved: {error}\n")


def _instant(value: str | None, flag: str) -> datetime | None:
    if value is None:
        return None
    from .model import parse_datetime

    try:
        return parse_datetime(value, (flag,))
    except FieldError as error:
        raise UsageError(f"{flag}: {error.message}") from None


def _exit_code(results: Sequence[Any], config: Config, errors: Sequence[SendlintError]) -> int:
    if errors:
        return EXIT_ERROR
    for result in results:
        evaluation = result.evaluation
        if evaluation.at_or_above(config.fail_on):
            return EXIT_FINDINGS
        if config.fail_under is not None and evaluation.scores["overall"] < config.fail_under:
            return EXIT_FINDINGS
    return EXIT_OK


def _emit(results: Sequence[Any], errors: Sequence[SendlintError], fmt: str, files: dict[str, list[str]], registry: Any) -> None:
    from .report import render_github, render_json, render_sarif, render_text

    if fmt == "json":
        sys.stdout.write(render_json(results, errors))
        return
    if fmt == "sarif":
        sys.stdout.write(render_sarif(results, errors, rules=registry.rules, version=__version__))
        return
    if fmt == "github":
        sys.stdout.write(render_github(results, errors))
        return

    def source_line(source: str, line: int) -> str | None:
        lines = files.get(source)
        return lines[line - 1] if lines and 0 < line <= len(lines) else None

    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    sys.stdout.write(render_text(results, errors, colour=colour, source_line=source_line))


def _locate(evaluation: Any, loaded: Any) -> Any:
    from .findings import Finding

    findings = []
    for f in evaluation.findings:
        line, column = loaded.locate(f.field, f.start)
        # The constructor, not dataclasses.replace: this runs for every finding of a run.
        findings.append(Finding(f.rule, f.name, f.family, f.severity, f.message, f.field, f.start, f.end, f.fix, line, column, f.details))
    # In file order: a reader goes down the file (the subject above the body in front matter).
    findings.sort(key=lambda f: (f.line or 0, f.column or 0, f.rule))
    return replace(evaluation, findings=tuple(findings))


class GrammarAtEdge:
    """Calls the configured LanguageTool server for LNG201 (I/O belongs at the edge, not in evaluate).

    Without a server, or once the server fails, it says so once on stderr and passes nothing in.
    """

    def __init__(self, config: Config, registry: Any) -> None:
        from .engine import selected_rules

        self.enabled = any(rule.id == "LNG201" for rule in selected_rules(registry, config))
        self.checker: Any = None
        if not self.enabled:
            return
        if config.languagetool is None:
            # Said once, and only to someone who asked for grammar checks by name.
            if any(s.upper() in ("LNG201", "LNG2", "GRAMMAR-ISSUE") for s in config.select):
                self._note("LNG201 grammar-issue is unavailable: no LanguageTool server configured (languagetool.url)")
            self.enabled = False
            return
        from .grammar import GrammarUnavailable, LanguageToolRemote

        try:
            self.checker = LanguageToolRemote(config.languagetool.url, timeout=config.languagetool.timeout)
        except GrammarUnavailable as error:
            self._note(f"LNG201 grammar-issue is unavailable: {error}")

    def _note(self, text: str) -> None:
        sys.stderr.write(f"sendlint: note: {text}\n")
        self.enabled = False

    def matches(self, message: Any) -> dict[str, Any]:
        if not self.enabled or self.checker is None:
            return {}
        from .grammar import GrammarUnavailable

        found: dict[str, Any] = {}
        try:
            for field_name, text in message.text_fields():
                result = self.checker.check(text, message.locale)
                if result:
                    found[field_name] = result
        except GrammarUnavailable as error:
            self._note(f"LNG201 grammar-issue is unavailable: {error}")
            return {}
        return found


def locale_variants(messages: Sequence[Any]) -> dict[str, dict[str, list[str]]]:
    """Placeholder names of each locale variant of each message id (for CMP612)."""
    from .placeholders import find_placeholders

    variants: dict[str, dict[str, list[str]]] = {}
    for message in messages:
        names = sorted({p.name for _, text in message.text_fields() for p in find_placeholders(text)})
        variants.setdefault(message.id, {})[message.locale] = names
    return variants


def similar_templates(messages: Sequence[Any]) -> dict[str, list[tuple[str, float]]]:
    """For each template, the other templates (other ids) whose text is nearly the same (REP301)."""
    from .policy.similarity import ExactIndex, MinHashIndex

    templates = [m for m in messages if m.stage.value == "template" and len(m.body) >= 20]
    if len(templates) < 2:
        return {}
    # Every pair compared exactly costs less than loading datasketch up to a few hundred templates.
    index = ExactIndex() if len(templates) <= EXACT_SIMILARITY_UP_TO else MinHashIndex()
    for position, template in enumerate(templates):
        index.add(f"{position}", template.body)
    similar: dict[str, list[tuple[str, float]]] = {}
    for message in templates:
        for key, score in index.query(message.body):
            other = templates[int(key)]
            if other.id != message.id:
                similar.setdefault(message.id, []).append((other.id, score))
    return similar


EXACT_SIMILARITY_UP_TO = 300

# Below this many messages the workers' start-up costs more than it saves.
PARALLEL_FROM = 2_000


def _jobs(requested: int, messages: int, grammar: bool) -> int:
    if requested < 0:
        raise UsageError("--jobs must be 0 (automatic) or more")
    if requested == 0:
        # fork shares the loaded registry, dictionaries and messages with the workers for free;
        # without it (macOS, Windows) each worker would rebuild them. Grammar calls stay in one process.
        forkable = sys.platform.startswith("linux")
        requested = min(os.cpu_count() or 1, 8) if forkable and messages >= PARALLEL_FROM and not grammar else 1
    return max(1, min(requested, messages))


# What forked workers inherit (the batch evaluation function, the messages, the cache's memo or None); set
# only around a pool.
_WORK: tuple[Any, Sequence[Any], Any] | None = None

def _work_on(indices: Sequence[int]) -> tuple[list[tuple[int, Any, Any, Any, Any]], list[tuple[str, str]]]:
    """Evaluations of a chunk, and the cache entries the worker computed for it (the parent saves them)."""
    from .engine import in_batches

    assert _WORK is not None
    evaluate_batch, loaded, memo = _WORK
    out = []
    for batch in in_batches(indices):
        for index, evaluation in zip(batch, evaluate_batch([loaded[index] for index in batch]), strict=True):
            # Messages hold read-only mappings that do not pickle; the parent has them already.
            out.append(
                (index, evaluation.message.send_at, evaluation.findings, dict(evaluation.scores), dict(evaluation.details))
            )
    return out, memo.take_computed() if memo is not None else []


def _evaluate_in_workers(evaluate_batch: Any, loaded: Sequence[Any], jobs: int, memo: Any) -> Iterator[Any]:
    """Evaluations in input order, computed by ``jobs`` forked processes in chunks.

    Messages with the same body go to the same worker, so each worker's memo of content-only
    findings (see ``sendlint.engine``) still answers the repeats of a campaign.
    """
    import multiprocessing
    from types import MappingProxyType

    from .engine import Evaluation

    global _WORK
    order = sorted(range(len(loaded)), key=lambda i: loaded[i].message.body)
    chunk = max(50, len(loaded) // (jobs * 8))
    chunks = [order[start : start + chunk] for start in range(0, len(order), chunk)]
    done: list[Any] = [None] * len(loaded)
    _WORK = (evaluate_batch, loaded, memo)
    gc.freeze()  # the workers' collections then leave the inherited heap alone: it stays shared, not copied
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for computed, entries in pool.imap_unordered(_work_on, chunks):
                if memo is not None:
                    memo.cache.add(entries)
                for index, send_at, findings, scores, details in computed:
                    message = loaded[index].message
                    if message.send_at != send_at:  # --send-at filled it in
                        message = replace(message, send_at=send_at)
                    done[index] = Evaluation(message, findings, MappingProxyType(scores), MappingProxyType(details))
    finally:
        _WORK = None
    return iter(done)


def cmd_check(args: argparse.Namespace) -> int:
    from .engine import Request, evaluate_many, in_batches
    from .history_file import load_history_file
    from .loaders import iter_files, load_file
    from .registry import build_registry
    from .report import Result

    config, config_path = _load_config(args, args.paths[0] if args.paths else Path.cwd())
    sources = _registry_sources(config, config_path)  # the cache's fingerprint reads them too
    registry = build_registry(*sources)
    send_at = _instant(args.send_at, "--send-at")
    now = _instant(args.now, "--now") or send_at
    history = load_history_file(args.history) if args.history else None
    results: list[Result] = []
    errors: list[SendlintError] = []
    files: dict[str, list[str]] = {}
    for path in args.paths:
        if not path.exists():
            errors.append(InputError("no such file or folder", str(path)))
    loaded_messages: list[Any] = []
    for path in iter_files([p for p in args.paths if p.exists()], config):
        try:
            loaded_file = load_file(path, config)
        except InputError as error:
            errors.append(error)
            continue
        errors.extend(loaded_file.errors)
        if args.format == "text" and loaded_file.messages:
            # split("\n"), not splitlines(): line numbers count LF only (U+2028 and FF are not breaks).
            files[str(path)] = path.read_text(encoding="utf-8").removeprefix("\ufeff").split("\n")
        loaded_messages.extend(loaded_file.messages)
    variants = locale_variants([loaded.message for loaded in loaded_messages])
    similar = similar_templates([loaded.message for loaded in loaded_messages])
    campaigns = history.campaign_index() if history is not None else None
    grammar = GrammarAtEdge(config, registry)
    memo = _open_cache(args, config, sources, config_path, registry)

    def request_for(loaded: Any) -> Request:
        message = loaded.message
        if send_at is not None and message.send_at is None:
            message = replace(message, send_at=send_at)
        recent = history.recent_for(message) if history is not None else ()
        extra: dict[str, Any] = {}
        if len(variants.get(message.id, {})) > 1:
            extra["variants"] = variants[message.id]
        if similar.get(message.id):
            extra["similar_templates"] = similar[message.id]
        if campaigns is not None and message.category.value == "marketing":
            matches = campaigns.matches(message.body, message.send_at or now)
            if matches:
                extra["campaign_matches"] = matches
        grammar_matches = grammar.matches(message)
        if grammar_matches:
            extra["grammar_matches"] = grammar_matches
        return Request(message, now=message.send_at or now, recent=recent, extra=extra)

    settled: set[int] = set()  # the processes (this one or forked workers) whose heap is frozen

    def evaluate_batch(batch: Sequence[Any]) -> list[Any]:
        evaluations = evaluate_many([request_for(loaded) for loaded in batch], registry, config, memo=memo)
        if os.getpid() not in settled:
            # The first batch has loaded the reference data this run reads (term lists, dictionaries, word lists:
            # ~1.2 million references). A full garbage collection walks them all, ~0.1 s each time, and a run
            # triggers one every few batches; frozen, they are never walked again (round 63: ~0.88 of the time of a
            # --no-cache run on bench/corpus.py's 10,000 messages, the same report).
            settled.add(os.getpid())
            gc.freeze()
        return [_locate(evaluation, loaded) for evaluation, loaded in zip(evaluations, batch, strict=True)]

    to_compute = len(loaded_messages) if memo is None else _not_cached(loaded_messages, memo, config)
    jobs = _jobs(args.jobs, to_compute, grammar.enabled)
    if jobs > 1:
        evaluations = _evaluate_in_workers(evaluate_batch, loaded_messages, jobs, memo)
    else:
        evaluations = (evaluation for batch in in_batches(loaded_messages) for evaluation in evaluate_batch(batch))
    try:
        for loaded, evaluation in zip(loaded_messages, evaluations, strict=True):
            results.append(Result(evaluation, loaded.source, loaded.line))
    finally:
        gc.unfreeze()  # a caller of main() in its own process (a test, a tool) gets its collector back as it was
    if memo is not None:
        _save_cache(memo)
    _emit(results, errors, args.format, files, registry)
    return _exit_code(results, config, errors)


def _not_cached(loaded: Sequence[Any], memo: Any, config: Config) -> int:
    """How many distinct contents the cache does not answer: worker processes pay off only for those."""
    from .engine import active_jurisdictions, content_key

    digests = {memo.digest(content_key(item.message, active_jurisdictions(item.message, config))) for item in loaded}
    return sum(1 for digest in digests if digest not in memo.cache.known)


def _read_text_argument(text: str) -> str:
    if text == "-":
        data = sys.stdin.buffer.read()
        try:
            return data.decode("utf-8").removesuffix("\n")
        except UnicodeDecodeError:
            raise InputError("standard input is not valid UTF-8", "<stdin>") from None
    return text


def cmd_message(args: argparse.Namespace) -> int:
    from .engine import evaluate
    from .loaders import path_defaults
    from .model import message_from_mapping
    from .report import Result

    config, config_path = _load_config(args, Path.cwd())
    body = _read_text_argument(args.text)
    fields = {
        key: getattr(args, key)
        for key in ("channel", "locale", "category", "stage", "subject", "brand", "to")
        if getattr(args, key) is not None
    }
    if args.send_at:
        fields["send_at"] = args.send_at
    try:
        message = message_from_mapping({"id": "message", "body": body, **fields}, path_defaults("<message>", config))
    except FieldError as error:
        raise UsageError(str(error)) from None
    registry = _registry(config, config_path)
    now = _instant(args.now, "--now") or message.send_at
    grammar_matches = GrammarAtEdge(config, registry).matches(message)
    extra = {"grammar_matches": grammar_matches} if grammar_matches else {}
    evaluation = evaluate(message, registry, config, now=now, extra=extra)
    from .yamlpos import LineIndex

    lines = LineIndex(body)
    located = [
        replace(f, line=lines.position(f.start)[0], column=lines.position(f.start)[1]) if f.field == "body" else replace(f, line=1, column=1)
        for f in evaluation.findings
    ]
    result = Result(replace(evaluation, findings=tuple(located)), "<message>", None)
    _emit([result], [], args.format, {}, registry)
    return _exit_code([result], config, [])


def cmd_rules(args: argparse.Namespace) -> int:
    config, config_path = _load_config(args, Path.cwd())
    registry = _registry(config, config_path)
    if args.format == "json":
        rows = [
            {"id": r.id, "name": r.name, "family": r.family.value, "severity": r.severity.value, "kind": r.kind, "what": r.docs.what}
            for r in registry.rules.values()
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for rule in registry.rules.values():
        sys.stdout.write(f"{rule.id}  {rule.name:<40} {rule.family.value:<11} {rule.severity.value:<8} {rule.docs.what.splitlines()[0]}\n")
    return EXIT_OK


def cmd_rule(args: argparse.Namespace) -> int:
    from .docs import render_rule_doc

    config, config_path = _load_config(args, Path.cwd())
    registry = _registry(config, config_path)
    rule = registry.get(args.rule_id)
    if rule is None:
        raise UsageError(f"unknown rule {args.rule_id!r}; `sendlint rules` lists them")
    sys.stdout.write(render_rule_doc(rule))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from .plugins import discover_plugins
    from .registry import build_registry

    if args.config is not None:
        if not args.config.is_file():
            raise UsageError(f"configuration file not found: {args.config}")
        load_config_file(args.config)
    for pack in args.packs:
        if not pack.exists():
            raise UsageError(f"no such rule pack: {pack}")
    registry = build_registry(discover_plugins(), args.packs, compile_every_pattern=True)
    sys.stdout.write(f"OK: {len(registry.rules)} rules valid.\n")
    return EXIT_OK


def cmd_segments(args: argparse.Namespace) -> int:
    from . import sms

    text = _read_text_argument(args.text)
    nls = sms.nls_segments(text, args.nls) if args.nls else None
    if args.format == "json":
        report = sms.report_json(text)
        if args.nls:
            report["nls"] = {"language": args.nls, "segments": nls}
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(sms.render_split(text, sms.analyze(text)))
        if args.nls:
            shown = "cannot be encoded with them" if nls is None else f"would fit in {nls} segment{'s' if nls != 1 else ''} where supported"
            sys.stdout.write(f"National language shift tables ({args.nls}): {shown} (provider and handset support vary).\n")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluation import run_evaluation

    config, config_path = _load_config(args, Path.cwd())
    registry = _registry(config, config_path)
    try:
        # Frozen after the first batch of each file, full collections stop walking the reference data it loaded (as in
        # cmd_check); a later file can load more (the English lists load with en.jsonl), so each file freezes again.
        report = run_evaluation(args.paths, registry, config, after_first_batch=gc.freeze)
    finally:
        gc.unfreeze()  # as in cmd_check: an in-process caller of main() gets its collector back
    if args.format == "json":
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(report.render())
    return EXIT_OK


COMMANDS = {
    "check": cmd_check,
    "message": cmd_message,
    "rules": cmd_rules,
    "rule": cmd_rule,
    "validate": cmd_validate,
    "segments": cmd_segments,
    "eval": cmd_eval,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; every error becomes a one-line message and exit code 2 here, never a traceback."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return COMMANDS[args.command](args)
    except SendlintError as error:
        prefix = "usage error" if isinstance(error, UsageError) else "error"
        sys.stderr.write(f"sendlint: {prefix}: {error}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
