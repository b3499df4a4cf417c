#!/usr/bin/env bash
# Set up and run the full test suite (pytest; "no tests ran" fails).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
