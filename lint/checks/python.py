"""``python``: a check function registered by name by a plugin, for logic that is not data."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from ..context import Hit
from ..errors import FieldError
from .base import CheckParams

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule

CheckFunction = Callable[["CheckContext", "Rule", Any], Iterable[Hit]]


@dataclass(frozen=True)
class PythonCheckFunction:
    """A registered check: the function and, optionally, the pydantic model of its ``params``."""

    function: CheckFunction
    params: type[BaseModel] | None = None


class PythonCheck(CheckParams):
    function: str
    params: dict[str, Any] = {}

    def bind(self, *, functions: Mapping[str, Any], metrics: Mapping[str, Callable[..., Any]]) -> None:
        registered = functions.get(self.function)
        if registered is None:
            raise FieldError(("function",), f"unknown check function {self.function!r}")
        if isinstance(registered, PythonCheckFunction):
            function: CheckFunction = registered.function
            params: Any = self.params
            if registered.params is not None:
                try:
                    params = registered.params.model_validate(self.params)
                except ValidationError as error:
                    first = error.errors()[0]
                    where = tuple(p for p in first["loc"] if isinstance(p, (str, int)))
                    message = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
                    raise FieldError(("params", *where), message) from None
        else:
            function, params = registered, self.params
        # Plain instance attributes, not pydantic private ones: this is the engine's hot path.
        object.__setattr__(self, "bound_function", function)
        object.__setattr__(self, "bound_params", params)

    def run(self, ctx: CheckContext, rule: Rule) -> Iterable[Hit]:
        return self.bound_function(ctx, rule, self.bound_params)  # type: ignore[attr-defined]
