"""The README's Python example runs as written (a renamed or removed API would break it silently otherwise)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_python_example_runs_and_fixes() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) == 1
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        exec(compile(blocks[0], str(README), "exec"), namespace)
    assert "TON101 threatening-language" in printed.getvalue()
    fixed = namespace["fixed"]
    assert fixed.body == "Tienda Sol: 20% en todo... Para dejar de recibir estos mensajes, responde BAJA."  # type: ignore[attr-defined]
