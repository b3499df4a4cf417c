"""Scorers for the annotated sets in ../shared/eval; one module per task, each with ``run``."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType

# task name -> module under dateline.evaluate exposing run(eval_dir, limit) -> Report
TASKS: dict[str, str] = {
    "html": "html",
    "actors": "actors",
    "events": "events",
    "events-news": "events_news",
    "time": "time",
    "5w1h": "fivew",
    "quotes": "quotes",
    "places": "places",
}


def default_eval_dir() -> Path:
    """$DATELINE_SHARED/eval, else ../shared/eval next to the working directory or the checkout."""
    if os.environ.get("DATELINE_SHARED"):
        return Path(os.environ["DATELINE_SHARED"]) / "eval"
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        candidate = base.parent / "shared" / "eval"
        if candidate.is_dir():
            return candidate
    return Path("../shared/eval")


def task_module(task: str) -> ModuleType:
    """The scorer module of a task."""
    return importlib.import_module(f".{TASKS[task]}", __name__)
