"""kill -9 at a random point of an ingest, then a re-run: the same rows as one clean run."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from dateline.store import connect
from dateline.store.queries import table_counts

DATELINE = [sys.executable, "-m", "dateline.cli"]


def _inputs(folder: Path, example_text: str, n: int = 12) -> None:
    folder.mkdir()
    paragraphs = example_text.split("\n\n")
    for i in range(n):
        rng = random.Random(i)
        picked = rng.sample(paragraphs, k=min(len(paragraphs), 8))
        (folder / f"story-{i:03d}.txt").write_text(
            f"Story number {i}\n\n" + "\n\n".join(picked), encoding="utf-8"
        )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bad.jsonl").write_text("{not json\n", encoding="utf-8")


def _run(folder: Path, db: Path, kill_after: float | None = None) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*DATELINE, "ingest", str(folder), "--db", str(db), "--batch-size", "2", "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    if kill_after is None:
        proc.wait(timeout=300)
    else:
        try:
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
    return time.perf_counter() - started


def _counts(db: Path) -> dict[str, int]:
    con = connect(db, read_only=True)
    counts = {k: v for k, v in table_counts(con).items() if k != "runs"}
    ids = sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall())
    con.close()
    return {**counts, "ids": hash(tuple(ids))}


def test_kill_9_then_rerun_gives_the_clean_counts(tmp_path, example_text):
    folder = tmp_path / "in"
    _inputs(folder, example_text)
    clean_db = tmp_path / "clean.duckdb"
    duration = _run(folder, clean_db)
    clean = _counts(clean_db)
    assert clean["articles"] == 12 and clean["errors"] == 2
    seed = random.randrange(10**6)
    kill_after = random.Random(seed).uniform(0.4, 0.95) * duration
    db = tmp_path / "killed.duckdb"
    _run(folder, db, kill_after=kill_after)
    _run(folder, db)
    assert _counts(db) == clean, f"seed {seed}, killed after {kill_after:.2f}s of {duration:.2f}s"
