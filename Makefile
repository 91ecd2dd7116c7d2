# Two commands do everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
MODEL := models/meldcode.tar.gz
# Our trained components' code is an input too (Rasa's cache then retrains only what changed).
TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' 2>/dev/null | sort) \
	$(shell find bot/nlu -name '*.py' 2>/dev/null | sort) bot/meldcode/signals.py bot/meldcode/text.py
# Deleting or renaming a data file changes no file's time: this stamp holds the list of training
# inputs and is rewritten (so it becomes newer than the model) only when that list changes.
TRAINING_LIST := models/.training-inputs
$(shell mkdir -p models && (echo '$(TRAINING_INPUTS)' | cmp -s - $(TRAINING_LIST) || echo '$(TRAINING_INPUTS)' > $(TRAINING_LIST)))

export RASA_TELEMETRY_ENABLED := false
# The same model on every CPU type: TensorFlow's oneDNN kernels differ by CPU (bot/__init__.py).
export TF_ENABLE_ONEDNN_OPTS := 0
# Rasa logs a line per deprecation at import; they are noise for users.
export PYTHONWARNINGS := ignore
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

.PHONY: install run test test-fast bench system-deps check-endpoints report retention clean

install: $(VENV)/.installed $(MODEL)

# Reinstall only when the pinned requirements change.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -x $(PY) || "$$(scripts/find-python.sh)" -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip check
	touch $@

# Train only when the training data, the domain or the config changed.
$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS) $(TRAINING_LIST)
	@start=$$(date +%s); \
	  $(RASA) train --fixed-model-name meldcode --out models && \
	  echo "training took $$(( $$(date +%s) - start )) s"
	@touch $@

run: install check-endpoints
	scripts/run.sh

# Rasa silently falls back to an in-memory store when a tracker store class cannot be
# imported: fail loudly instead.
check-endpoints: $(VENV)/.installed
	$(PY) -m bot.privacy.check_endpoints endpoints.yml endpoints.sql.yml endpoints.production.yml

# Usage report, e.g. make report FROM=2026-01-01 TO=2026-03-31
report: $(VENV)/.installed
	$(PY) -m bot.report --from $(FROM) --to $(TO) --out reports/

retention: $(VENV)/.installed
	$(PY) -m bot.retention

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
