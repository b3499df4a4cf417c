"""Faults injected into a real ``dateline ingest`` process: a full disk, a locked database, Ctrl-C.

Each ends with a clear message, a database that still opens with whole articles only, and a
re-run that gives the rows of one clean run. (kill -9 is covered in tests/runners/test_resume.py.)
"""

from __future__ import annotations

import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.store import connect
from dateline.store.queries import table_counts
from dateline.store.writer import StoreWriter

DATELINE = [sys.executable, "-m", "dateline.cli"]
ENV = {**os.environ, "PYTHONWARNINGS": "ignore", "COLUMNS": "200"}
# Bytes the database and its write-ahead log may grow to: the schema fits, the first articles do
# not all fit (measured: about 20 KB per article in the log).
FILE_SIZE_LIMIT = 200 * 1024


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, example_text) -> Path:
    folder = tmp_path_factory.mktemp("faults") / "in"
    folder.mkdir()
    paragraphs = example_text.split("\n\n")
    for i in range(12):
        picked = random.Random(i).sample(paragraphs, k=min(len(paragraphs), 8))
        (folder / f"story-{i:03d}.txt").write_text(f"Story number {i}\n\n" + "\n\n".join(picked), "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _ingest(folder: Path, db: Path, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [*DATELINE, "ingest", str(folder), "--db", str(db), "--batch-size", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        **popen,
    )


def _counts(db: Path) -> dict:
    con = connect(db, read_only=True)
    try:
        counts = {k: v for k, v in table_counts(con).items() if k != "runs"}
        ids = sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall())
    finally:
        con.close()
    return {**counts, "ids": tuple(ids)}


def _whole_articles_only(db: Path) -> int:
    """Every stored article has its source row and its layers; returns the article count."""
    con = connect(db, read_only=True)
    try:
        (orphans,) = con.execute(
            "SELECT count(*) FROM articles a "
            "WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.article_id = a.id)"
        ).fetchone()
        (stray,) = con.execute(
            "SELECT count(*) FROM entities e WHERE e.article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()
        (bare,) = con.execute(
            "SELECT count(*) FROM articles a "
            "WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id)"
        ).fetchone()
        (n,) = con.execute("SELECT count(*) FROM articles").fetchone()
    finally:
        con.close()
    assert orphans == stray == bare == 0
    return n


@pytest.fixture(scope="module")
def clean(inputs, tmp_path_factory) -> tuple[dict, float]:
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    started = time.perf_counter()
    proc = _ingest(inputs, db)
    proc.communicate(timeout=300)
    assert proc.returncode == 1  # the empty file fails, the batch goes on
    return _counts(db), time.perf_counter() - started


def _rerun_matches(inputs: Path, db: Path, clean_counts: dict) -> None:
    proc = _ingest(inputs, db)
    proc.communicate(timeout=300)
    assert proc.returncode in (0, 1)
    assert _counts(db) == clean_counts


def test_full_disk_gives_a_clear_message_and_whole_batches(inputs, clean, tmp_path):
    db = tmp_path / "full.duckdb"

    def limit_file_size():
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))

    proc = _ingest(inputs, db, preexec_fn=limit_file_size)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 2, err
    assert "[E300]" in err and "disk full" in err and "run the same command again" in err
    assert "Traceback" not in err
    stored = _whole_articles_only(db)
    assert stored < clean[0]["articles"]
    _rerun_matches(inputs, db, clean[0])


def test_locked_database_gives_a_clear_message(inputs, tmp_path):
    db = tmp_path / "locked.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('ok', flush=True); time.sleep(120)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        proc = _ingest(inputs, db)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 2, err
        assert "[E300]" in err and "cannot open the database" in err and "another dateline process" in err
        assert "Traceback" not in err
    finally:
        holder.kill()
        holder.wait()


def _log_size_before_articles(tmp_path: Path) -> int:
    """The write-ahead log's size once the schema and the run row are written (before any batch)."""
    db = tmp_path / "probe.duckdb"
    con = connect(db)
    StoreWriter(con).start_run("ingest")
    size = db.with_name(db.name + ".wal").stat().st_size
    con.close()
    return size


def _wait_for_a_commit(proc: subprocess.Popen, wal: Path, baseline: int, timeout: float = 240) -> None:
    """Wait until the write-ahead log grows past ``baseline`` by a batch."""
    started = time.perf_counter()
    while proc.poll() is None and time.perf_counter() - started < timeout:
        if wal.exists() and wal.stat().st_size > baseline + 8_000:
            return
        time.sleep(0.02)


def test_ctrl_c_stops_gracefully_and_keeps_progress(inputs, clean, tmp_path):
    db = tmp_path / "interrupted.duckdb"
    clean_counts, _ = clean
    proc = subprocess.Popen(
        [*DATELINE, "ingest", str(inputs), "--db", str(db), "--batch-size", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        # a run started in the background (nohup, "&") inherits Ctrl-C ignored; a terminal's is not
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    _wait_for_a_commit(proc, db.with_name(db.name + ".wal"), _log_size_before_articles(tmp_path))
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "resume" in err and "Traceback" not in err
    kept = _whole_articles_only(db)
    assert 0 < kept < clean_counts["articles"]
    con = connect(db, read_only=True)
    statuses = [r[0] for r in con.execute("SELECT status FROM runs").fetchall()]
    con.close()
    assert statuses == ["interrupted"]
    _rerun_matches(inputs, db, clean_counts)
