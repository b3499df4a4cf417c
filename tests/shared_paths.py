"""Paths the tests share (a module of its own: ``conftest`` names clash across test folders)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DATELINE_SHARED") or ROOT.parent / "shared")
EXAMPLE = SHARED / "examples" / "harper-stoltenberg-2015.txt"
EXAMPLE_GOLD = SHARED / "examples" / "harper-stoltenberg-2015.gold.json"
EVAL_DIR = SHARED / "eval"
SAMPLE = ROOT / "src" / "dateline" / "samples" / "sample-article.txt"
