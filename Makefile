# The README's two commands: `make run` and `make test`. Both set up everything they need.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SOURCES ?= ../shared/sources
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint typecheck ingest build clean bench docs

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP) $@

run: $(STAMP)
	$(BIN)/graphbuild ingest $(SOURCES)/*.txt --check
	$(BIN)/graphbuild extract $(SOURCES)/*.txt --format csv -o dist/raw-missions.csv

test: $(TEST_STAMP)
	$(BIN)/ruff check graphbuild tests
	$(BIN)/ruff format --check graphbuild tests
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check graphbuild tests
	$(BIN)/ruff format graphbuild tests

clean:
	rm -rf dist $(VENV)
