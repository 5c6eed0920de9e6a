# The two commands: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app app

.PHONY: run test test-sqlite test-postgresql setup clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

setup: $(VENV)/.runtime-installed
	$(FLASK) setup

run: setup
	$(FLASK) run --host 127.0.0.1 --port 5000

test: $(VENV)/.dev-installed
	$(BIN)/pytest -q
	@$(MAKE) --no-print-directory test-postgresql

# The store, web and CLI tests again on PostgreSQL. In CI a missing server is a failure, not a skip.
test-postgresql: $(VENV)/.dev-installed
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		CHECKER_TEST_BACKEND=postgresql $(BIN)/pytest -q tests/store tests/web tests/cli; \
	elif [ "$$CI" = "true" ]; then \
		echo "CI=true but TEST_DATABASE_URL is not set: the PostgreSQL pass cannot run." >&2; exit 1; \
	else \
		echo "PostgreSQL pass did not run: set TEST_DATABASE_URL=postgresql://USER:PASSWORD@127.0.0.1:5432/postgres (a role that may create databases) to enable it."; \
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
	rm -rf $(VENV)
