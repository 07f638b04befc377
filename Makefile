# The README's two commands: `make run` and `make test`. Both set up everything they need
# on a fresh machine (a virtual environment in .venv with the project installed).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SOURCES ?= ../shared/sources
PAGES = $(wildcard $(SOURCES)/*.txt)
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint ingest build docs clean browser rlang virtuoso bench bench-virtuoso

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The project's modules compiled to bytecode, as pip does for an installed (not editable)
# package, and its regular expressions to the programs of Python's regex engine, kept beside
# the bytecode (graphbuild/pattern_cache.py): a command then starts without compiling either
# (where PYTHONDONTWRITEBYTECODE is set, Python never writes these files itself).
BYTECODE = $(BIN)/python -m compileall -q graphbuild && $(BIN)/python -m graphbuild.pattern_cache

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BYTECODE)
	touch $@

# cffconvert only for the official CFF schema it ships (tests/test_dataset.py reads it as a
# file): its modules pin a jsonschema older than frictionless needs, so no dependencies.
$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps 'cffconvert==2.0.0'
	$(BYTECODE)
	touch $(STAMP) $@

## make run: pages -> data/activities.json -> dist/ (graph in every format, table, networks, docs),
## one process: what ingest --report, extract, build, network draw and docs write
run: $(STAMP)
	@test -n "$(PAGES)" || { echo "no pages in $(SOURCES): put ../shared/sources beside the checkout"; exit 1; }
	$(BIN)/graphbuild run $(PAGES) --data data --out dist

ingest: $(STAMP)
	$(BIN)/graphbuild ingest $(PAGES)

build: $(STAMP)
	$(BIN)/graphbuild build

docs: $(STAMP)
	$(BIN)/graphbuild docs --out dist

# The interactive page is tested in Debian's Chromium, driven by Playwright's Python package
# (never `playwright install`: it downloads its own browsers).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (Debian) for the browser test"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
	  || echo "chromium could not be installed: the browser test will be skipped"; }

# The README's R snippet is run by the tests with Debian's R (base R only).
rlang:
	@command -v Rscript >/dev/null 2>&1 || { \
	  echo "installing r-base-core (Debian) for the README's R snippet"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    --no-install-recommends r-base-core >/dev/null \
	  || echo "R could not be installed: the R snippet test will be skipped"; }

# The second store of the tests: Debian's Virtuoso server binaries (virtuoso-t, isql-vt;
# the package without the system service). The tests start their own on loopback.
virtuoso:
	@command -v virtuoso-t >/dev/null 2>&1 || { \
	  echo "installing virtuoso-opensource-7-bin (Debian) for the Virtuoso tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    virtuoso-opensource-7-bin >/dev/null \
	  || echo "Virtuoso could not be installed: the Virtuoso tests will be skipped"; }

## make test: lint, types, the whole test suite
test: $(TEST_STAMP) browser rlang virtuoso
	$(BIN)/ruff check graphbuild tests bench
	$(BIN)/ruff format --check graphbuild tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check --fix graphbuild tests bench
	$(BIN)/ruff format graphbuild tests bench

## make bench: what make run runs, from scratch, beside the import floor; graphbuild run and
## the plain stack at 1x-1000x; the catalog through the endpoint -> bench/results.md
## (~30 min on 2 quiet cores; BENCH_ARGS="--work DIR" keeps the generated pages there)
BENCH_ARGS ?=
bench: $(STAMP)
	$(BYTECODE)
	$(BIN)/python bench/run.py --scales 1,10,100,222,1000 $(BENCH_ARGS)

## make bench-virtuoso: the 222x graph pushed into Virtuoso, the catalog timed there and on
## the served Oxigraph -> its own section of bench/results.md (~15 min on 2 cores)
bench-virtuoso: $(STAMP) virtuoso
	$(BIN)/python bench/virtuoso.py --scale 222 --update

clean:
	rm -rf dist $(VENV)
