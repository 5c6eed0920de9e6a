# The two commands: `make run` and `make test`; `make serve` for production (README "Running in production").
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app app

# pytest-xdist workers for each pass (`make test PYTEST_WORKERS=0` runs in one process; `auto` = one per core).
PYTEST_WORKERS ?= 2
PYTEST_ARGS ?=
XDIST := $(if $(filter 0,$(PYTEST_WORKERS)),,-n $(PYTEST_WORKERS))
# The PostgreSQL pass runs every test folder except those that never touch the database (pure rooms) or that
# the pass leaves out on purpose, so a new folder (tests/intake, …) is included without a change here.
BROWSER_TESTS := tests/browser
PG_SKIP_DIRS ?= tests/browser tests/extract tests/fetch tests/text tests/report tests/search
PG_TEST_DIRS ?= $(sort $(filter-out $(PG_SKIP_DIRS) tests/__pycache__,$(patsubst %/,%,$(wildcard tests/*/))))

# gunicorn for `make serve`: the settings live in gunicorn.conf.py and read these (environment wins over defaults).
CHECKER_BIND ?= 127.0.0.1:8000
CHECKER_WORKERS ?= 4
CHECKER_THREADS ?= 2
export CHECKER_BIND CHECKER_WORKERS CHECKER_THREADS

.PHONY: run serve migrate test test-sqlite test-postgresql test-system-deps test-deps bench-deps setup clean translations \
	compiled

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): on Debian, install python3-venv (apt-get install -y python3-venv)." >&2; exit 1; }

$(VENV)/.runtime-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

$(VENV)/.bench-installed: requirements.txt requirements-bench.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-bench.txt
	touch $@ $(VENV)/.runtime-installed

# mypy for compiling the text and extraction rooms; optional, so a failed install only says so.
$(VENV)/.build-installed: requirements-build.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-build.txt && touch $@ \
		|| echo "Could not install requirements-build.txt: the pure-Python text and extraction modules are used."

# The text and extraction rooms compiled with mypyc into build/ when a C compiler and Python's headers are present
# (README "Compiled rooms"); otherwise it says so and the pure-Python modules run. A current build is kept as is.
compiled: $(VENV)/.runtime-installed
	@$(MAKE) --no-print-directory $(VENV)/.build-installed || true
	@$(BIN)/python tools/build_compiled.py

setup: $(VENV)/.runtime-installed compiled
	$(FLASK) setup

# The task worker runs alongside the development server and stops with it (Ctrl-C stops both).
run: setup
	$(FLASK) worker & worker=$$!; trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(FLASK) run --host 127.0.0.1 --port 5000

# Production: migrate the configured database (DATABASE_URL or instance/checker.toml), then gunicorn.
migrate: $(VENV)/.runtime-installed
	$(FLASK) migrate

# The task worker (CHECKER_TASK_WORKERS threads) runs beside gunicorn and is stopped with it; on several machines
# run `flask --app app worker` wherever you like instead (see README "Running in production").
CHECKER_TASK_WORKERS ?= 2
serve: migrate compiled
	$(FLASK) worker --workers $(CHECKER_TASK_WORKERS) & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(BIN)/gunicorn --config gunicorn.conf.py

# Debian packages the tests use (Chromium, pdftotext, PostgreSQL's server, Noto fonts): installed as root, else listed.
test-system-deps:
	@tools/test_system_deps.sh

test-deps: $(VENV)/.dev-installed test-system-deps compiled

bench-deps: $(VENV)/.bench-installed

test: test-deps
	@$(MAKE) --no-print-directory test-sqlite
	@$(MAKE) --no-print-directory test-postgresql

# The browser tests run on their own, in one process after the rest: each drives Chromium against a live server with
# 5-second waits, which a second xdist worker busy on the same two cores can push over the edge.
# Exit status 5 (PYTEST_ARGS such as -k left nothing to run in one half) is not a failure.
test-sqlite: test-deps
	$(BIN)/pytest -q $(XDIST) --ignore=$(BROWSER_TESTS) $(PYTEST_ARGS) || [ $$? -eq 5 ]
	$(BIN)/pytest -q $(PYTEST_ARGS) $(BROWSER_TESTS) || [ $$? -eq 5 ]

# The PG_TEST_DIRS tests again on PostgreSQL: on TEST_DATABASE_URL's server when it is set (a role that may create
# databases), otherwise on a throw-away cluster in a temporary folder that is removed afterwards.
test-postgresql: test-deps
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		CHECKER_TEST_BACKEND=postgresql $(BIN)/pytest -q $(XDIST) $(PYTEST_ARGS) $(PG_TEST_DIRS); \
	else \
		CHECKER_TEST_BACKEND=postgresql tools/with_throwaway_postgres.sh $(BIN)/pytest -q $(XDIST) $(PYTEST_ARGS) $(PG_TEST_DIRS); \
	fi

# Re-extract interface strings into messages.pot, merge them into the Arabic catalogue and compile the .mo
# (committed, so `make run` needs no build step). New msgids arrive untranslated: fill them in
# translations/ar/LC_MESSAGES/messages.po, then run this again; tests/web/test_i18n_catalogue.py lists any missing.
translations: $(VENV)/.runtime-installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -k lazy_ngettext --no-location --sort-output \
		--project=Checker --copyright-holder="Checker contributors" -o messages.pot .
	@if [ -f translations/ar/LC_MESSAGES/messages.po ]; then \
		$(BIN)/pybabel update -i messages.pot -d translations -l ar --no-fuzzy-matching --ignore-obsolete; \
	else \
		$(BIN)/pybabel init -i messages.pot -d translations -l ar; \
	fi
	$(BIN)/pybabel compile -d translations --statistics

clean:
	rm -rf $(VENV) build
