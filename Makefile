# Two commands do everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
MODEL := models/meldcode.tar.gz
TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' 2>/dev/null)

export RASA_TELEMETRY_ENABLED := false
# Rasa logs a line per deprecation at import; they are noise for users.
export PYTHONWARNINGS := ignore

.PHONY: install run test test-fast bench system-deps clean

install: $(VENV)/.installed $(MODEL)

# Reinstall only when the pinned requirements change.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -x $(PY) || "$$(scripts/find-python.sh)" -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip check
	touch $@

# Train only when the training data, the domain or the config changed.
$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS)
	@mkdir -p models
	@start=$$(date +%s); \
	  $(RASA) train --fixed-model-name meldcode --out models && \
	  echo "training took $$(( $$(date +%s) - start )) s"
	@touch $@

run: install
	scripts/run.sh

system-deps:
	scripts/system-deps.sh

test: install system-deps
	scripts/test.sh

test-fast: $(VENV)/.installed
	$(PY) -m pytest -q -m "not e2e and not browser and not postgres and not slow"

bench: install
	$(PY) -m bot.bench

clean:
	rm -rf models/*.tar.gz .rasa/cache tests/artifacts
