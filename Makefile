# One task runner; CI calls `make test` verbatim (see .ci/run).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin

.PHONY: run test lint typecheck unit wheel-check bench eval clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

# Lint the bundled template repository. Findings (exit 1) are the point of the demo; 2 is a failure.
run: $(VENV)/.installed
	$(BIN)/sendlint check examples/; status=$$?; test $$status -le 1

test: lint typecheck unit wheel-check

lint: $(VENV)/.installed
	$(BIN)/ruff check lint gateway tests bench tools

typecheck: $(VENV)/.installed
	$(BIN)/mypy

unit: $(VENV)/.installed
	$(PY) -m pytest

# The wheel must carry its rule packs and corpora: install it alone in a fresh venv and lint the examples.
wheel-check: $(VENV)/.installed
	rm -rf build/wheel build/wheel-venv
	$(PY) -m pip wheel -q --no-deps -w build/wheel .
	$(PYTHON) -m venv build/wheel-venv
	build/wheel-venv/bin/python -m pip install -q build/wheel/sendlint-*.whl
	cd build && wheel-venv/bin/sendlint check ../examples/ > /dev/null; status=$$?; test $$status -le 1
	# Nothing named lint or gateway may be installed at the top level (-I: the repository's folders are not on the path).
	cd build && wheel-venv/bin/python -I -c "import importlib.util as u, sys, sendlint.gateway, sendlint.rules; sys.exit(any(u.find_spec(m) for m in ('lint', 'gateway')))"

bench: $(VENV)/.installed
	$(PY) bench/run_all.py

eval: $(VENV)/.installed
	$(BIN)/sendlint eval corpora/eval/es.jsonl corpora/eval/en.jsonl corpora/eval/neutral-es.jsonl corpora/eval/neutral-en.jsonl

clean:
	rm -rf build dist $(VENV) .pytest_cache .mypy_cache .ruff_cache
