#!/usr/bin/env bash
# Starts the action server (5055), the widget server (8080) and the Rasa server (5005).
# Ctrl-C stops all three. Settings come from .env when it exists (see .env.example).
set -euo pipefail
cd "$(dirname "$0")/.."
set -a; [ -f .env ] && . ./.env; set +a
export RASA_TELEMETRY_ENABLED=false
# Serve with the kernels the model was trained with (bot/__init__.py).
export TF_ENABLE_ONEDNN_OPTS=${TF_ENABLE_ONEDNN_OPTS:-0}

RASA_PORT=${RASA_PORT:-5005}
ACTIONS_PORT=${ACTIONS_PORT:-5055}
MODEL=${MODEL:-models/meldcode.tar.gz}
ENDPOINTS=${ENDPOINTS:-endpoints.yml}
# `rasa run --model` silently loads another model when the path does not exist: check it.
[ -f "$MODEL" ] || { echo "Model $MODEL not found: run 'make install' first." >&2; exit 1; }

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

.venv/bin/rasa run actions --actions actions --port "$ACTIONS_PORT" &
pids+=($!)
.venv/bin/python -m bot.web &
pids+=($!)
# bot.rasa_run is `rasa` with a fix for Rasa 3.6's slow check of action-server responses.
.venv/bin/python -m bot.rasa_run run --model "$MODEL" --port "$RASA_PORT" --endpoints "$ENDPOINTS" \
  --credentials credentials.yml &
pids+=($!)
echo "Starting: Rasa on http://localhost:$RASA_PORT, actions on $ACTIONS_PORT, widget on http://localhost:${WIDGET_PORT:-8080} (loading the model takes ~40 s)"
wait -n "${pids[@]}"
