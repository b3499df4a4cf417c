#!/usr/bin/env bash
# Set up and run dateline on the bundled example article.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
example=../shared/examples/harper-stoltenberg-2015.txt
[ -f "$example" ] || example=src/dateline/samples/sample-article.txt
.venv/bin/dateline extract "$example" --published 2015-03-22 --format text
.venv/bin/dateline ingest "$example" --published 2015-03-22 --db "${DATELINE_DB:-dateline.duckdb}" --quiet
