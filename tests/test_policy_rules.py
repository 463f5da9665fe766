"""End-to-end behaviour of the policy rules: severity by jurisdiction (from config or inferred from the
recipient's number), evasion-resistant content matching, and the CLI's --history / --send-at."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_message, run_cli

from sendlint import evaluate
from sendlint.config import parse_config
from sendlint.registry import Registry


def rules_with_severity(registry: Registry, rule: str, **fields: object) -> list[str]:
    config = parse_config(fields.pop("config", {}))  # type: ignore[arg-type]
    result = evaluate(make_message(**fields), registry, config)
    return [f.severity.value for f in result.findings if f.rule == rule]


def test_high_risk_finance_is_an_error_for_a_us_recipient_and_a_warning_elsewhere(registry: Registry) -> None:
    body = "Guaranteed returns of 20% a month. Invest today. Reply STOP to opt out."
    assert rules_with_severity(registry, "CMP203", body=body, locale="en-US", category="marketing", to="+12125550123") == ["error"]
    assert rules_with_severity(registry, "CMP203", body=body, locale="en-GB", category="marketing", to="+447700900123") == ["warning"]
    assert rules_with_severity(registry, "CMP203", body=body, locale="en", category="marketing") == ["warning"]


def test_threats_in_collections_are_errors_where_collection_law_forbids_them(registry: Registry) -> None:
    body = "Si no paga hoy iniciaremos acciones legales."
    assert rules_with_severity(registry, "TON101", body=body, locale="es-CO", category="collections", config={"jurisdictions": ["co"]}) == ["error"]
    assert rules_with_severity(registry, "TON101", body=body, locale="es-CO", category="collections", to="+573001234567") == ["error"]
    assert rules_with_severity(registry, "TON101", body=body, locale="es-ES", category="collections") == ["warning"]


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("Gana dinero fácil: g r a t i s, haz clic aquí!!!", "CMP701"),
        ("FR33 money, click here, 100% guaranteed!!! Winner!", "CMP701"),
        ("2x1 en c\u200berveza artesanal este viernes.", "CMP201"),
        ("2x1 en сerveza artesanal este viernes.", "CMP201"),  # Cyrillic "с"
        ("2x1 en c e r v e z a artesanal este viernes.", "CMP201"),
        ("Aceite de CBD con envío gratis.", "CMP202"),
    ],
)
def test_content_rules_see_through_evasion(registry: Registry, body: str, rule: str) -> None:
    language = "en" if body.startswith("FR33") else "es"
    channel = "email" if rule == "CMP701" else "sms"  # CMP201 is a carrier rule: SMS and chat channels
    fields: dict[str, object] = {"body": body, "locale": language, "category": "marketing", "channel": channel}
    if rule == "CMP701":
        fields["subject"] = "GANA $$$" if language == "es" else "EARN $$$"
    result = evaluate(make_message(**fields), registry)
    fired = [f for f in result.findings if f.rule == rule]
    assert fired, [f.rule for f in result.findings]
    for finding in fired:
        text = result.message.field_text(finding.field)
        assert 0 <= finding.start < finding.end <= len(text)


def test_cli_history_and_send_at_apply_caps_windows_and_repetition(tmp_path: Path) -> None:
    history = tmp_path / "sends.jsonl"
    history.write_text(
        json.dumps({"to": "+573001234567", "sent_at": "2026-11-26T09:00:00-05:00", "channel": "sms",
                    "category": "collections", "body": "Banco Andino: hola Ana, tu cuota vence el 5 de diciembre."}) + "\n",
        encoding="utf-8",
    )
    catalog = tmp_path / "cobranza.yaml"
    catalog.write_text(
        "- id: recordatorio\n"
        "  channel: sms\n"
        "  category: collections\n"
        "  locale: es-CO\n"
        "  to: '+573001234567'\n"
        "  body: 'Banco Andino: hola Luis, tu cuota vence el 5 de diciembre.'\n",
        encoding="utf-8",
    )
    code, out, err = run_cli("check", str(catalog), "--history", str(history), "--send-at", "2026-11-26T20:30:00-05:00",
                             "--select", "TIM,REP", "--format", "json")
    assert code == 1, err
    rules = sorted(f["rule"] for f in json.loads(out)["messages"][0]["findings"])
    # 20:30 in Bogotá is past 19:00 (Ley 2300); a second contact the same day breaks the daily cap;
    # the same reminder with another name is a duplicate send.
    assert rules == ["REP101", "TIM101", "TIM201"]


def test_cli_history_errors_name_the_line(tmp_path: Path) -> None:
    history = tmp_path / "sends.jsonl"
    history.write_text('{"to": "+1", "sent_at": "2026-11-26T09:00:00", "body": "x"}\n', encoding="utf-8")
    catalog = tmp_path / "a.yaml"
    catalog.write_text("body: hola\n", encoding="utf-8")
    code, _, err = run_cli("check", str(catalog), "--history", str(history))
    assert code == 2
    assert f"{history}:1" in err and "UTC offset" in err and "Traceback" not in err


def test_cli_segments_reports_national_language_shift_on_request() -> None:
    code, out, _ = run_cli("segments", "Hola, tu código llegó", "--nls", "es", "--format", "json")
    report = json.loads(out)
    assert (code, report["encoding"], report["segments"], report["nls"]) == (0, "UCS-2", 1, {"language": "es", "segments": 1})


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Tu PIN y tu código OTP del IVA están en la app de BBVA.", "es", False),  # acronyms, not shouting
        ("Your PIN, OTP and IBAN are in the app. Call the ATM team.", "en", False),
        ("PAGUE YA SU DEUDA O PERDERÁ SU CRÉDITO", "es", True),
        ("PAY YOUR BILL NOW OR LOSE YOUR ACCOUNT", "en", True),
        ("Banco ANDINO: tu pedido está listo.", "es", False),  # one word in capitals is emphasis
    ],
)
def test_shouting_ignores_acronyms_and_single_words(registry: Registry, body: str, locale: str, fires: bool) -> None:
    result = evaluate(make_message(body=body, locale=locale), registry)
    assert any(f.rule == "TON201" for f in result.findings) is fires


def test_a_bad_rule_option_is_a_located_error_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "sendlint.yaml").write_text("rule_options:\n  LEN701: {max_seconds: abc}\n", encoding="utf-8")
    code, _, err = run_cli("message", "Hola, le llamamos de Banco Andino", "--channel", "voice", cwd=tmp_path)
    assert code == 2
    assert "LEN701 voice-message-too-long" in err and "rule_options.LEN701" in err and "Traceback" not in err
