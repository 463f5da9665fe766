"""Regular expressions compiled on their first use.

A cold ``sendlint message`` imports ~290 module-level ``re`` patterns and loads ~390 RE2 patterns of the rule packs;
one message needs 50 to 100 of the first and a few dozen of the second. Compiling the rest took 0.1-0.2 s of a
process whose whole run is about one second. A pattern written as ``lazy_re(...)`` reads like ``re.compile(...)``
and behaves like it, except that the work happens on the first call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast


class Lazy:
    """Stands for the object ``make()`` returns, made on the first attribute read; each attribute read is then
    stored on this object, so later reads (``pattern.search``) cost what they cost on the real one."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self.__dict__["_make"] = make

    def __getattr__(self, name: str) -> Any:
        made = self.__dict__.get("_made")
        if made is None:
            made = self.__dict__["_made"] = self._make()
        value = getattr(made, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"Lazy({self.__dict__.get('_made', self._make)!r})"


def lazy_re(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` on first use. Not for ``re.sub(p, ...)`` or ``isinstance(p, re.Pattern)``:
    call the pattern's own methods (``p.sub(...)``), as the code does everywhere."""
    return cast("re.Pattern[str]", Lazy(lambda: re.compile(pattern, flags)))
