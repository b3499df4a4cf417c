"""A gate holding dateline's toponym finding and placing on the CHECK half of places.dev above floors."""

from __future__ import annotations

import pytest
from shared_paths import EVAL_DIR

from dateline.evaluate import places

# Measured 2026-12-03 on the check half (`dateline evaluate places --half check`): found 0.866,
# acc@161 0.920, end-to-end 0.796, precision 0.854; LGL alone acc@161 0.911; TR-News acc@161 0.941.
# The weights (resolver and mention filter) were fitted and the errors read on the tune half only.
FLOORS = {"found": 0.85, "acc@161": 0.90, "end_to_end": 0.78, "precision": 0.84}
LGL_ACC_FLOOR = 0.86


@pytest.mark.skipif(not (EVAL_DIR / places.FILE).exists(), reason="../shared/eval is not present")
def test_places_check_half_gate():
    records = places.load(EVAL_DIR, half="check")
    predicted = places.predict(records)
    row = places.score([(p, r["toponyms"]) for p, r in zip(predicted, records, strict=True)])
    for metric, floor in FLOORS.items():
        assert row[metric] >= floor, f"places {metric} {row[metric]:.3f} fell below {floor}"
    lgl = [(p, r["toponyms"]) for p, r in zip(predicted, records, strict=True) if r["corpus"] == "lgl"]
    assert places.score(lgl)["acc@161"] >= LGL_ACC_FLOOR
