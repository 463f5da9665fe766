"""Grammar through a LanguageTool server (sendlint.grammar).

The server here is a stand-in for LanguageTool: a tiny FastAPI app, run by uvicorn on 127.0.0.1
on a free port in a background thread, that speaks LanguageTool's documented HTTP API. It takes
``POST /v2/check`` with the form fields ``text`` and ``language`` and answers
``{"software": {...}, "language": {...}, "matches": [{"message", "shortMessage", "offset",
"length", "replacements": [{"value"}], "rule": {"id", "description", "issueType", "category":
{"id", "name"}}, "context": {"text", "offset", "length"}, "sentence"}]}``, with realistic rule
ids, and, like the Java server, counts ``offset`` and ``length`` in UTF-16 code units.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.grammar import (
    GrammarChecker,
    GrammarMatch,
    GrammarUnavailable,
    LanguageToolRemote,
    languagetool_language,
    parse_check_response,
)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# (trigger text, language prefix, rule id, category id, category name, issue type, message, replacements)
STAND_IN_RULES = [
    ("recivirás", "es", "MORFOLOGIK_RULE_ES", "TYPOS", "Errores ortográficos", "misspelling",
     "Se ha encontrado un posible error ortográfico.", ["recibirás"]),
    ("hola ,", "es", "COMMA_PARENTHESIS_WHITESPACE", "TYPOGRAPHY", "Tipografía", "whitespace",
     "No se pone espacio antes de la coma.", ["hola,"]),
    ("a el ", "es", "A_EL", "GRAMMAR", "Gramática", "grammar",
     "Se escribe «al» en lugar de «a el».", ["al "]),
    ("a error", "en", "EN_A_VS_AN", "MISC", "Miscellaneous", "misspelling",
     "Use “an” instead of ‘a’ if the following word starts with a vowel sound.", ["an error"]),
    ("recieve", "en", "MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible Typo", "misspelling",
     "Possible spelling mistake found.", ["receive", "relieve"]),
    ("  ", "en", "WHITESPACE_RULE", "TYPOGRAPHY", "Typography", "whitespace",
     "Possible typo: you repeated a whitespace", [" "]),
]  # fmt: skip


@dataclass
class StandIn:
    url: str
    requests: list[dict[str, str]] = field(default_factory=list)


def make_stand_in(requests: list[dict[str, str]]) -> FastAPI:
    app = FastAPI()

    @app.post("/v2/check")
    async def check(request: Request) -> JSONResponse:
        form = {k: v[0] for k, v in urllib.parse.parse_qs((await request.body()).decode("utf-8")).items()}
        requests.append(form)
        text, language = form["text"], form["language"]
        matches = []
        for trigger, lang, rule_id, cat_id, cat_name, issue, message, replacements in STAND_IN_RULES:
            if not language.startswith(lang):
                continue
            at = text.find(trigger)
            while at != -1:
                offset, length = utf16_len(text[:at]), utf16_len(trigger)
                matches.append(
                    {
                        "message": message,
                        "shortMessage": "Error" if cat_id == "TYPOS" else "",
                        "replacements": [{"value": value} for value in replacements],
                        "offset": offset,
                        "length": length,
                        "context": {
                            "text": text[max(0, at - 10) : at + 20],
                            "offset": min(at, 10),
                            "length": length,
                        },
                        "sentence": text,
                        "type": {"typeName": "Other"},
                        "rule": {
                            "id": rule_id,
                            "description": message,
                            "issueType": issue,
                            "category": {"id": cat_id, "name": cat_name},
                        },
                        "ignoreForIncompleteSentence": False,
                        "contextForSureMatch": 0,
                    }
                )
                at = text.find(trigger, at + len(trigger))
        # The whole text as one match, to test spans that contain astral characters.
        if "SPAN_ALL" in form.get("enabledRules", ""):
            matches.append(
                {
                    "message": "whole text",
                    "offset": 0,
                    "length": utf16_len(text),
                    "replacements": [],
                    "rule": {"id": "SPAN_ALL", "category": {"id": "STYLE", "name": "Style"}},
                }
            )
        return JSONResponse(
            {
                "software": {"name": "LanguageTool", "version": "6.6", "apiVersion": 1},
                "language": {"name": language, "code": language},
                "matches": matches,
            }
        )

    @app.post("/broken/v2/check")
    async def broken() -> PlainTextResponse:
        return PlainTextResponse("Error: internal error", status_code=500)

    @app.post("/html/v2/check")
    async def html() -> PlainTextResponse:
        return PlainTextResponse("<html>proxy login</html>", status_code=200)

    @app.post("/shape/v2/check")
    async def shape() -> JSONResponse:
        return JSONResponse({"matches": [{"message": "no offset", "rule": {"id": "X"}}]})

    @app.post("/slow/v2/check")
    async def slow() -> JSONResponse:
        import asyncio

        await asyncio.sleep(1.0)
        return JSONResponse({"matches": []})

    return app


@pytest.fixture(scope="module")
def stand_in() -> Iterator[StandIn]:
    requests: list[dict[str, str]] = []
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        make_stand_in(requests), host="127.0.0.1", port=port, log_level="warning", lifespan="off", ws="none"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "stand-in server did not start"
        time.sleep(0.01)
    yield StandIn(f"http://127.0.0.1:{port}", requests)
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture
def checker(stand_in: StandIn) -> Iterator[LanguageToolRemote]:
    with LanguageToolRemote(stand_in.url) as remote:
        yield remote


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------------------------
# Against the stand-in server
# --------------------------------------------------------------------------------------------


def test_spanish_matches_map_exactly(checker: LanguageToolRemote, stand_in: StandIn) -> None:
    text = "hola , recivirás el pago a el final."
    matches = checker.check(text, "es")
    assert matches == (
        GrammarMatch(
            rule_id="COMMA_PARENTHESIS_WHITESPACE",
            message="No se pone espacio antes de la coma.",
            start=0,
            end=6,
            replacements=("hola,",),
            category="TYPOGRAPHY",
            category_name="Tipografía",
            issue_type="whitespace",
        ),
        GrammarMatch(
            rule_id="MORFOLOGIK_RULE_ES",
            message="Se ha encontrado un posible error ortográfico.",
            start=7,
            end=16,
            replacements=("recibirás",),
            category="TYPOS",
            short_message="Error",
            category_name="Errores ortográficos",
            issue_type="misspelling",
        ),
        GrammarMatch(
            rule_id="A_EL",
            message="Se escribe «al» en lugar de «a el».",
            start=25,
            end=30,
            replacements=("al ",),
            category="GRAMMAR",
            category_name="Gramática",
            issue_type="grammar",
        ),
    )
    assert [text[m.start : m.end] for m in matches] == ["hola ,", "recivirás", "a el "]
    assert stand_in.requests[-1] == {"text": text, "language": "es"}


def test_english_request_uses_a_variant(checker: LanguageToolRemote, stand_in: StandIn) -> None:
    text = "We made a error.  You will recieve it."
    matches = checker.check(text, "en")
    assert [(m.rule_id, text[m.start : m.end]) for m in matches] == [
        ("EN_A_VS_AN", "a error"),
        ("WHITESPACE_RULE", "  "),
        ("MORFOLOGIK_RULE_EN_US", "recieve"),
    ]
    assert matches[2].replacements == ("receive", "relieve")
    assert stand_in.requests[-1]["language"] == "en-US"


def test_utf16_offsets_become_code_point_indices(checker: LanguageToolRemote) -> None:
    # Each emoji is two UTF-16 code units; LanguageTool's offsets after them are shifted.
    text = "🎉🎉 Tu pedido 👍 llegó. Lo recivirás hoy 😀."
    (match,) = checker.check(text, "es")
    assert match.rule_id == "MORFOLOGIK_RULE_ES"
    assert text[match.start : match.end] == "recivirás"
    assert (match.start, match.end) == (text.index("recivirás"), text.index("recivirás") + 9)


def test_a_span_that_contains_astral_characters_keeps_its_length(stand_in: StandIn) -> None:
    text = "Hola 😀 mundo 🎉"
    with LanguageToolRemote(stand_in.url) as remote:
        client_form = {"text": text, "language": "es", "enabledRules": "SPAN_ALL"}
        response = httpx.post(f"{stand_in.url}/v2/check", data=client_form)
        (match,) = parse_check_response(response.json(), text)
        assert (match.start, match.end) == (0, len(text))
        assert remote.check("   ", "es") == ()  # blank text: no request at all


def test_request_options_are_sent(stand_in: StandIn) -> None:
    with LanguageToolRemote(
        stand_in.url + "/v2/", disabled_rules=["WHITESPACE_RULE", "A_EL"], mother_tongue="es"
    ) as remote:
        remote.check("Pagala ya", "es-AR")
    assert stand_in.requests[-1] == {
        "text": "Pagala ya",
        "language": "es-AR",
        "disabledRules": "A_EL,WHITESPACE_RULE",
        "motherTongue": "es",
    }


def test_checker_satisfies_the_protocol(checker: LanguageToolRemote) -> None:
    assert isinstance(checker, GrammarChecker)


# --------------------------------------------------------------------------------------------
# Unavailable
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [None, "", "   "])
def test_no_server_configured(url: str | None) -> None:
    with pytest.raises(GrammarUnavailable, match="no LanguageTool server is configured"):
        LanguageToolRemote(url)


def test_url_needs_a_scheme() -> None:
    with pytest.raises(GrammarUnavailable, match="must start with http"):
        LanguageToolRemote("localhost:8081")


def test_unreachable_server() -> None:
    port = free_port()  # closed again: nothing listens there
    with (
        LanguageToolRemote(f"http://127.0.0.1:{port}", timeout=2.0) as remote,
        pytest.raises(GrammarUnavailable, match=rf"LanguageTool at http://127.0.0.1:{port} is unreachable"),
    ):
        remote.check("Hola", "es")


def test_slow_server_times_out(stand_in: StandIn) -> None:
    with (
        LanguageToolRemote(stand_in.url + "/slow", timeout=0.2) as remote,
        pytest.raises(GrammarUnavailable, match=r"did not answer within 0.2 s"),
    ):
        remote.check("Hola", "es")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/broken", "answered HTTP 500"),
        ("/html", "not JSON"),
        ("/shape", "whose 'offset' is None"),
    ],
)
def test_broken_answers(stand_in: StandIn, path: str, message: str) -> None:
    with LanguageToolRemote(stand_in.url + path) as remote, pytest.raises(GrammarUnavailable, match=message):
        remote.check("Hola", "es")


def test_language_tool_python_is_never_imported() -> None:
    # It downloads LanguageTool when used without a remote server; sendlint never loads it.
    code = (
        "import sys, sendlint.grammar as g\n"
        "try:\n    g.LanguageToolRemote(None)\nexcept g.GrammarUnavailable:\n    pass\n"
        "print('language_tool_python' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# --------------------------------------------------------------------------------------------
# Pure parts
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "code"),
    [
        ("es", "es"),
        ("es-MX", "es"),
        ("es_AR", "es-AR"),
        ("en", "en-US"),
        ("en-GB", "en-GB"),
        ("en-IE", "en-US"),
        ("pt", "pt-BR"),
    ],
)
def test_languagetool_language(lang: str, code: str) -> None:
    assert languagetool_language(lang) == code


def lt_match(offset: int, length: int, **extra: object) -> dict[str, object]:
    return {"message": "m", "offset": offset, "length": length, "replacements": [], "rule": {"id": "R", "category": {"id": "C"}}, **extra}  # fmt: skip


def test_parse_clamps_and_sorts() -> None:
    text = "abc😀d"
    payload = {"matches": [lt_match(4, 1), lt_match(0, 99), lt_match(3, 1)]}
    matches = parse_check_response(payload, text)
    # 3 is inside the surrogate pair of 😀: the start rounds down to it, the end up past it.
    assert [(m.start, m.end) for m in matches] == [(0, 5), (3, 4), (3, 4)]
    assert matches[1].replacements == ()


def test_parse_rejects_other_shapes() -> None:
    payloads: list[Any] = [[], {"matches": None}, {"matches": [1]}, {"matches": [lt_match(True, 1)]}]
    for payload in payloads:
        with pytest.raises(GrammarUnavailable):
            parse_check_response(payload, "text")


def test_parse_keeps_at_most_ten_replacements() -> None:
    payload = {"matches": [lt_match(0, 1, replacements=[{"value": str(i)} for i in range(30)])]}
    assert parse_check_response(payload, "x")[0].replacements == tuple(str(i) for i in range(10))


_PIECES = st.lists(
    st.sampled_from(["a", "é", "ñ", " ", "😀", "🇪🇸", "\U0001f468\u200d\U0001f469", "中", "\n"]), max_size=20
)


@given(_PIECES, _PIECES, _PIECES)
@settings(max_examples=200, deadline=None)
def test_utf16_offsets_round_trip(before: list[str], inside: list[str], after: list[str]) -> None:
    text = "".join(before) + "".join(inside) + "".join(after)
    start = len("".join(before))
    end = start + len("".join(inside))
    payload = {"matches": [lt_match(utf16_len(text[:start]), utf16_len(text[start:end]))]}
    (match,) = parse_check_response(json.loads(json.dumps(payload)), text)
    assert (match.start, match.end) == (start, end)


def test_in_process_transport() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        form = urllib.parse.parse_qs(request.content.decode())
        assert request.url.path == "/lt/v2/check" and form["language"] == ["en-GB"]
        return httpx.Response(200, json={"matches": [lt_match(3, 2, message="colour")]})

    with LanguageToolRemote("http://lt.invalid/lt", transport=httpx.MockTransport(handler)) as remote:
        (match,) = remote.check("😀 a bc", "en-GB")
    assert (match.start, match.end, match.message) == (2, 4, "colour")
