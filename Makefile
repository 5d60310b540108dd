# The two commands a new user needs: `make run` and `make test`. See README.md.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
INSTANCE ?= instance
PORT ?= 8000
WORKERS ?= 2
THREADS ?= 3
export OMP_NUM_THREADS ?= 1
export TOKENIZERS_PARALLELISM ?= false
export HF_HUB_OFFLINE ?= 1
export TRANSFORMERS_OFFLINE ?= 1

.PHONY: install artifacts run serve worker test bench clean-artifacts

# Install into .venv when requirements change. torch comes first, pinned, so pip never pulls CUDA builds.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

# Built artifacts live in the instance folder and are rebuilt only when missing.
$(INSTANCE)/classifier/meta.json: | $(VENV)/.installed
	$(PY) scripts/train_classifier.py --out $(INSTANCE)/classifier

$(INSTANCE)/safety/meta.json: | $(VENV)/.installed
	$(PY) scripts/train_safety.py --out $(INSTANCE)/safety

$(INSTANCE)/embedder/.built: | $(VENV)/.installed
	$(PY) scripts/train_embedder.py --out $(INSTANCE)/embedder
	touch $@

$(INSTANCE)/kb_index/.built: $(INSTANCE)/embedder/.built
	$(PY) -m flask --app server kb seed --publish
	$(PY) -m flask --app server kb reindex
	touch $@

artifacts: $(INSTANCE)/classifier/meta.json $(INSTANCE)/safety/meta.json $(INSTANCE)/embedder/.built \
	$(INSTANCE)/kb_index/.built

clean-artifacts:
	rm -rf $(INSTANCE)/classifier $(INSTANCE)/safety $(INSTANCE)/embedder $(INSTANCE)/kb_index

# Embedded defaults: SQLite in the instance folder, in-process Redis, the outbox worker as a thread.
# One process (the in-process Redis cannot be shared), models loaded before the first message.
run: install artifacts
	WORKERS=1 THREADS=8 PORT=$(PORT) BIND=127.0.0.1 $(VENV)/bin/gunicorn -c gunicorn.conf.py server:app

# Production: gunicorn, models loaded per worker (no --preload), shared state in PostgreSQL and Redis.
serve: install artifacts
	$(PY) -m flask --app server db-upgrade
	WORKERS=$(WORKERS) THREADS=$(THREADS) PORT=$(PORT) $(VENV)/bin/gunicorn -c gunicorn.conf.py server:app

worker: install
	$(PY) -m bot.worker

test: install artifacts
	@scripts/ensure_chromium.sh
	$(PY) -m pytest -q $(PYTEST_ARGS)

bench: install artifacts
	$(PY) scripts/bench.py
