#!/usr/bin/env bash
# Set up and run the full test suite (pytest; "no tests ran" fails).
set -euo pipefail
cd "$(dirname "$0")"
DATELINE_EXTRAS=${DATELINE_EXTRAS:-spark} bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
