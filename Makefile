# Conveniences for those who have make; the task runner is tasks.py (standard library only).
PYTHON ?= python3

.PHONY: run test bench eval wheel-check clean

run test bench eval wheel-check:
	$(PYTHON) tasks.py $@

clean:
	rm -rf build dist .venv .pytest_cache .mypy_cache .ruff_cache
