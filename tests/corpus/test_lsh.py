"""The LSH index's band layout: the bands and rows datasketch chooses, computed without it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dateline.corpus.lsh import bands_for


@pytest.mark.parametrize("num_perm", [16, 64, 128])
@pytest.mark.parametrize("threshold", [0.1, 0.3, 0.5, 0.55, 0.8, 0.95])
def test_bands_equal_datasketch(threshold: float, num_perm: int) -> None:
    from datasketch.lsh import _optimal_param

    assert bands_for(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)


def test_bands_do_not_import_datasketch() -> None:
    code = (
        "import sys\n"
        "from dateline.corpus.lsh import bands_for\n"
        "bands_for(0.8); bands_for(0.3)\n"
        "print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
