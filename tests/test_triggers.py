"""Triggers are necessary conditions: a rule never reports on a text its trigger is absent from.

The engine skips a content-only rule when its trigger (checks.base.Trigger) does not occur in the
message (one RE2 pass per view for all rules). A trigger that is a guess would silently lose findings,
so every rule with one is run here *without* the gate on real and generated messages, and whenever it
reports something its trigger must occur. A wrong trigger fails here, not in a user's CI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import re2
from conftest import as_gate_compiles
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sendlint
from sendlint.checks.base import SET_MAX_MEM, compile_re2
from sendlint.config import Config, parse_config
from sendlint.context import CheckContext
from sendlint.engine import (
    _defer_depths,
    _for_joined_fields,
    _run,
    active_jurisdictions,
    applicable_rules,
    evaluate,
)
from sendlint.evaluation import LABEL_KEYS
from sendlint.model import Message, message_from_mapping
from sendlint.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = sendlint.load_registry()
LANGUAGES = ("es", "en", "pt")


def _triggered_rule_ids() -> list[str]:
    return sorted(r.id for r in REGISTRY.rules.values() if any(r.check.trigger(lang, REGISTRY.resources) for lang in LANGUAGES))


def _corpus_messages() -> Iterator[Message]:
    for path in sorted((ROOT / "corpora" / "eval").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                raw = json.loads(line)
                fields = {k: v for k, v in raw.items() if k not in LABEL_KEYS}
                yield message_from_mapping({**fields, "id": f"{path.name}:{number}"})
    for rule in REGISTRY.rules.values():
        for example in (*rule.docs.flag, *rule.docs.passes):
            yield message_from_mapping(example.message)


CORPUS = list(_corpus_messages())


def _violations(message: Message, registry: Registry, config: Config) -> list[str]:
    """Rules that report on ``message`` although their trigger is absent from it."""
    ctx = CheckContext(message, registry, config, now=None, recent=(), extra={})
    jurisdictions = active_jurisdictions(message, config)
    ctx.details["jurisdictions"] = sorted(jurisdictions)
    wrong = []
    for rule in applicable_rules(registry, config, message, jurisdictions):
        trigger = rule.check.trigger(message.language, registry.resources)
        if trigger is None or rule.check.reads():
            continue
        if not list(rule.check.run(ctx, rule)):
            continue
        joined = "\n".join(ctx.views(name).get(trigger.view).text for name, _ in ctx.fields)
        if as_gate_compiles(trigger.pattern).search(joined) is None:
            wrong.append(f"{rule.id} reported on {message.id or message.body[:60]!r} without its trigger {trigger}")
    return wrong


def test_the_shipped_packs_use_triggers() -> None:
    # The gate only pays if rules declare triggers; this also keeps the tests below from passing empty.
    assert len(_triggered_rule_ids()) >= 3


def test_every_trigger_compiles_for_every_language() -> None:
    """As the gate compiles it (fields joined, cheap boundaries), in a quarter of the gate's RE2 budget: a trigger
    that is the union of a rule's entries (LNG102's English one is ~59,000 characters since round 67) grows every
    round, and one past the budget would stop every run, so it must fail here first, with room to spare."""
    options = re2.Options()
    options.log_errors = False
    options.max_mem = SET_MAX_MEM // 4
    too_large = []
    for rule in REGISTRY.rules.values():
        for language in LANGUAGES:
            trigger = rule.check.trigger(language, REGISTRY.resources)
            if trigger is None:
                continue
            try:
                re2.compile(_for_joined_fields(trigger.pattern), options)
            except re2.error as error:
                assert "too large" in str(error), f"{rule.id} {language}: {error}"
                too_large.append(f"{rule.id} {language} ({len(trigger.pattern)} characters)")
    assert not too_large, "triggers too large for a quarter of the gate's RE2 budget: " + ", ".join(too_large)


@pytest.mark.parametrize("options", [{}, {"voice": "usted", "brand": "Tienda Sol"}], ids=["default", "configured"])
def test_no_rule_reports_on_a_corpus_message_without_its_trigger(options: dict[str, object]) -> None:
    config = parse_config(options) if options else Config()
    wrong = [v for message in CORPUS for v in _violations(message, REGISTRY, config)]
    assert not wrong, "\n".join(wrong[:20])


PIECES = [
    "Hola", "hola", "HOLA", "Hi", "ÚLTIMO AVISO", "FINAL NOTICE", "PAGUE YA", " ", "  ", "\u00a0", "\u2009", "\n", "\t",
    "!", "!!", "¡", "¿", "?", "??", ".", "...", "…", ",", ":", ";", "-", "—", "/", "12/05", "1/2/2026", "10:30", "10 am",
    "10a.m.", "9 p. m.", "14h", "8 hrs", "2026", "A20807", "4111 1111 1111 1111", "ES91 2100 0418 4502 0005 1332",
    "12345678Z", "contraseña: Luna2026!", "password is X9!k", "PIN 4321", "cuenta 12345678901", "{{nombre}}", "{name}",
    "%{x}", "%s", "${x}", "null", "undefined", "Hola ,", "https://bit.ly/x", "http://tienda.com/p", "www.tienda.com",
    "tienda.co", "192.168.0.1/x", "😀", "🎉🎉", "❤", "“", "”", "’", "«", "»", "é", "ñ", "ó", "Ü", "q", "xq", "tb", "pls",
    "u", "tu", "usted", "su", "vos", "tenés", "pague", "paga", "pagá", "GRATIS", "FREE", "WIN", "cliente moroso",
    "acciones legales", "legal action", "last chance", "solo hoy", "Estimado cliente", "Dear customer", "Responde BAJA",
    "Reply STOP", "webinar", "hora de Madrid", "ET", "UTC", "código", "code", "Banco Andino", "Tienda Sol",
    "١٢/٠٥", "१०:३०", "01.02.2026", "03-04", "5-6-27", "10\u00a0am", "9\u3000PM", "\x1c", "\x85", "1️⃣", "🇪🇸", "☀", "ÚLTIMO AVISO PAGUE HOY", "NaN", "None", "'", "it's", "l'", "'moroso", "moroso'", "d'acord", "pay'", "_", "__moroso",
    "[object Object]", "{{", "}}", "{{ }}", "Hola  ,", "Hi\u2009!", "e\u0301", "Å", "hecha un vistazo", "your welcome",
    "vuelo de Madrid a Bogotá", "llegada", "online check-in", "sabemos dónde trabajas", "Equifax", "CERRADO",
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=25).map("".join),
    st.sampled_from(["es-ES", "es-MX", "es-AR", "en-US", "en-GB", "pt-BR"]),
    st.sampled_from(["sms", "whatsapp", "email", "push"]),
    st.sampled_from(["marketing", "transactional", "otp", "collections", "service", "alert"]),
)
def test_no_rule_reports_on_a_generated_message_without_its_trigger(body: str, locale: str, channel: str, category: str) -> None:
    fields: dict[str, object] = {"id": "g", "body": body, "locale": locale, "channel": channel, "category": category, "brand": "Tienda Sol"}
    if channel == "email":
        fields["subject"] = body[:40] or "Hola"
    message = message_from_mapping(fields)
    assert _violations(message, REGISTRY, Config()) == []


def _gated_and_ungated(message: Message, config: Config) -> tuple[list[tuple[str, str, int, int]], list[tuple[str, str, int, int]]]:
    """The content-only findings of ``evaluate`` (gated) and of running every applicable rule (ungated)."""
    ctx = CheckContext(message, REGISTRY, config, now=None, recent=(), extra={})
    jurisdictions = active_jurisdictions(message, config)
    ctx.details["jurisdictions"] = sorted(jurisdictions)
    # Every rule runs, in the one order the engine promises: a rule that defers to others after them.
    content_only = tuple(r for r in applicable_rules(REGISTRY, config, message, jurisdictions) if not r.check.reads())
    depth = _defer_depths(content_only)
    ordered = sorted(content_only, key=lambda rule: depth.get(rule.id, -1))
    ungated = sorted((f.rule, f.field, f.start, f.end) for f in _run(ordered, ctx, config))
    gated = sorted(
        (f.rule, f.field, f.start, f.end)
        for f in evaluate(message, REGISTRY, config).findings
        if not REGISTRY.rules[f.rule].check.reads()
    )
    return gated, ungated


def test_the_gate_gives_the_findings_of_running_every_rule() -> None:
    # End to end: the engine's answer (gated) equals running every applicable rule (ungated).
    config = Config()
    for message in CORPUS[:400]:
        gated, ungated = _gated_and_ungated(message, config)
        assert gated == ungated, message.id


def test_the_re2_classes_for_pythons_space_and_digit_cover_them() -> None:
    # Triggers of checks written with `re` use PY_SPACE and PY_DIGIT where the check says \s and \d.
    import re

    from sendlint.checks.base import PY_DIGIT, PY_SPACE

    space, digit = compile_re2(PY_SPACE, False), compile_re2(PY_DIGIT, False)
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if re.fullmatch(r"\s", char):
            assert space.fullmatch(char), hex(code)
        if re.fullmatch(r"\d", char):
            assert digit.fullmatch(char), hex(code)


def test_the_gate_weakens_unicode_complements_without_losing_a_character() -> None:
    # The engine compiles triggers with ASCII complements in place of "not a Unicode letter..." (cheaper for
    # RE2 by far); each stand-in must accept every character the class it replaces accepts, in both cases.
    from sendlint.checks.base import ASCII_FOR_UNICODE, cheap_boundaries

    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    for unicode_class, ascii_class in ASCII_FOR_UNICODE.items():
        for ignore_case in (False, True):
            # The stand-in's runs over every code point leave out the few characters it rejects: the Unicode
            # class must reject each of them too.
            rejected = []
            position = 0
            for run in compile_re2(f"(?:{ascii_class})+", ignore_case).finditer(everything):
                rejected.extend(everything[position : run.start()])
                position = run.end()
            rejected.extend(everything[position:])
            assert 52 <= len(rejected) <= 70, (ascii_class, ignore_case, len(rejected))  # ASCII letters, digits, _ (and K, ſ)
            exact = compile_re2(unicode_class, ignore_case)
            assert not [hex(ord(c)) for c in rejected if exact.fullmatch(c)], (unicode_class, ignore_case)
    assert cheap_boundaries(r"(?:^|[^\pL\pN_])(si)(?:[^\pL\pN_]|$)") == "(?:^|[^0-9A-Z_a-z])(si)(?:[^0-9A-Z_a-z]|$)"
    assert cheap_boundaries(r"\\PL \PL") == r"\\PL [^A-Za-z]"  # an escaped backslash before "PL" is no class
    assert cheap_boundaries(r"\[^\pL\pN_]") == r"\[^\pL\pN_]"


def test_a_field_after_another_is_gated_as_if_it_were_alone() -> None:
    # The gate looks for triggers in all fields joined by newlines: a pattern anchored at a text's start
    # ("(?:^|[.!?] )ahí nuevas") must still be found at the start of a body that comes after a subject.
    import dataclasses

    from sendlint.model import Channel

    config = Config()
    messages = [m for m in CORPUS if m.body and m.channel is not Channel.EMAIL]
    for message in messages[:: max(1, len(messages) // 700)]:
        email = dataclasses.replace(message, channel=Channel.EMAIL, subject="Aviso importante de tu cuenta")
        gated, ungated = _gated_and_ungated(email, config)
        assert gated == ungated, (message.id, sorted(set(ungated) - set(gated)))
    gated, ungated = _gated_and_ungated(
        message_from_mapping({"body": "Ahí nuevas ofertas para ti en la tienda.", "subject": "Novedades de marzo", "channel": "email", "locale": "es-ES"}),
        config,
    )
    assert [hit for hit in gated if hit[0] == "LNG102"] == [("LNG102", "body", 0, 3)]


def test_a_requires_check_is_triggered_by_its_if() -> None:
    # Nothing is reported unless `if` matches: its pattern, or an anchor word of its term list, is the trigger.
    from sendlint.checks.requires import RequiresCheck

    assert REGISTRY.rules["CMP702"].check.trigger("es", REGISTRY.resources) is not None
    by_pattern = RequiresCheck.model_validate({"if": {"pattern": {"es": "gratis"}}, "then": {"pattern": "baja"}})
    trigger = by_pattern.trigger("es", REGISTRY.resources)
    assert trigger is not None and trigger.view == "folded" and "gratis" in trigger.pattern
    assert by_pattern.trigger("en", REGISTRY.resources) is None  # no pattern for English: runs on every text
    by_list = RequiresCheck.model_validate({"if": {"lexicon": "tone", "categories": ["threat"]}, "forbids": {"pattern": "x"}})
    listed = by_list.trigger("es", REGISTRY.resources)
    assert listed is not None and compile_re2(listed.pattern, False).search("iniciaremos acciones legales")
    without_if = RequiresCheck.model_validate({"then": {"pattern": "baja"}})
    assert without_if.trigger("es", REGISTRY.resources) is None
