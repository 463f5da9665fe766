"""Patterns compiled on first use (sendlint.lazy): the same answers as re.compile, and an import that compiles
almost nothing (the cold start of `sendlint message`)."""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from sendlint.lazy import lazy_re


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    pattern = lazy_re(r"(?P<code>\d{4,8})\b", re.ASCII)
    text = "Tu código es 482913; no lo compartas. Ref 12."
    assert [m.span("code") for m in pattern.finditer(text)] == [(13, 19)]
    assert pattern.sub("•", text) == "Tu código es •; no lo compartas. Ref 12."
    assert (pattern.pattern, pattern.flags & re.ASCII, pattern.groupindex["code"]) == (r"(?P<code>\d{4,8})\b", re.ASCII, 1)


@given(st.text(max_size=200))
def test_lazy_and_compiled_patterns_agree_on_any_text(text: str) -> None:
    source = r"\b[A-ZÁÉÍÓÚÑ]{2,}\b|[¡!]{2,}|\d+[.,]\d{2}"
    assert [m.span() for m in lazy_re(source).finditer(text)] == [m.span() for m in re.compile(source).finditer(text)]


def test_an_invalid_lazy_pattern_fails_on_first_use() -> None:
    pattern = lazy_re("(unclosed")
    try:
        pattern.search("x")
    except re.error as error:
        assert "missing )" in str(error)
    else:
        raise AssertionError("an invalid pattern must raise re.error when first used")


IMPORT_AND_BUILD = """
import importlib.util, re, sys
package = importlib.util.find_spec("sendlint").submodule_search_locations[0]
compiled = []
real = re.compile
def counting(pattern, flags=0):
    if sys._getframe(1).f_code.co_filename.startswith(package):
        compiled.append(pattern)
    return real(pattern, flags)
re.compile = counting
from sendlint import load_registry
load_registry()
print(len(compiled))
"""


def test_importing_sendlint_and_building_the_registry_compile_few_patterns() -> None:
    # ~400 module-level patterns (and patterns built by module-level helpers) used to compile at import, ~0.1 s of a
    # one-second cold run; they are lazy_re now. What still compiles is a pattern whose source another module-level
    # pattern reads (3 today).
    out = subprocess.run([sys.executable, "-c", IMPORT_AND_BUILD], capture_output=True, text=True, check=True).stdout
    assert int(out) < 10, out
