#!/usr/bin/env bash
# Everything CI runs: data validation, story tests, and all pytest suites (domain logic,
# actions, end-to-end through the running server, privacy, browser, training).
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false
RASA=.venv/bin/rasa

echo "== rasa data validate"
$RASA data validate --fail-on-warnings

echo "== story tests"
$RASA test core --model models/meldcode.tar.gz --stories tests/stories \
  --fail-on-prediction-errors --no-plot --out results/stories --quiet

echo "== npm ci (axe-core for the accessibility checks)"
(cd bot/web && npm ci --no-audit --no-fund --loglevel=error)

echo "== pytest"
.venv/bin/python -m pytest -q
