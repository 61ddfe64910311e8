# One entry point: `make run` serves the demo site, `make test` runs every check.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PG_VERSION ?= 15

.PHONY: run test install messages services browser checkers translations perf wrk audit serve nginx

run: install messages
	DEBUG=1 $(MANAGE) migrate --noinput
	DEBUG=1 $(MANAGE) setup_demo
	DEBUG=1 $(MANAGE) runserver 127.0.0.1:8000

test: install messages services browser checkers nginx
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	.ci/audit
	$(BIN)/pytest -n 2

perf: install messages services wrk nginx
	$(BIN)/pytest -o addopts="-p no:cacheprovider" tests/perf -s

# The production stack locally: nginx in front of gunicorn, PostgreSQL, Redis (deploy/).
serve: install messages services nginx
	$(BIN)/python deploy/serve.py

nginx:
	command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx; }

# Known vulnerabilities in the pinned versions, where the advisory database is reachable.
audit: install
	.ci/audit

# The load generator of the throughput benchmark, Debian's package.
wrk:
	command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml .ci/constraints.txt
	command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c .ci/constraints.txt -e ".[test]"
	touch $@

# Catalogues are compiled with Django's compilemessages, which needs GNU gettext.
messages: install
	command -v msgfmt >/dev/null || { apt-get update -qq && apt-get install -y -qq gettext; }
	DEBUG=1 $(MANAGE) compilemessages --ignore=.venv -v0

# PostgreSQL for the test suite: start the local cluster when it is down.
services:
	pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect $(PG_VERSION) main start
	for i in 1 2 3 4 5 6 7 8 9 10; do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
	pg_isready -h 127.0.0.1 -p 5432

# Browser tests use Debian's Chromium, never a browser downloaded by a test tool.
browser:
	test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core; }

# The page checkers of the browser tests: axe-core and the Nu HTML checker from npm (as
# pinned in their package-lock.json), the checker running on Debian's Java.
CHECKERS := tests/browser/checkers
checkers: $(CHECKERS)/node_modules/.installed

$(CHECKERS)/node_modules/.installed: $(CHECKERS)/package.json $(CHECKERS)/package-lock.json
	command -v java >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; }
	command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; }
	npm ci --prefix $(CHECKERS) --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

translations:
	DEBUG=1 $(MANAGE) makemessages --all --ignore=.venv --ignore=build --no-obsolete
