"""One writer: ``dateline serve`` owns the store, ``ingest`` hands over, read commands read its snapshot."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from feedserver import FeedServer

from dateline.store import connect
from dateline.store.owner import discovery_path, find_server, snapshot_path
from dateline.store.snapshot import connect_reader

DATELINE = [sys.executable, "-c", "from dateline.cli import main; main()"]

ARTICLES = {
    "a.txt": "OTTAWA (Reuters) - Canada's foreign minister met NATO officials in Brussels on Monday to "
    "discuss sending more trainers to Ukraine, the ministry said in a statement.",
    "b.txt": "NAIROBI - Kenyan police arrested twelve protesters outside parliament on Tuesday after a "
    "march against new taxes turned violent, a police spokesman said.",
    "c.txt": "TOKYO - Japan and Australia signed a defence cooperation agreement on Wednesday, the two "
    "prime ministers said after talks in the Japanese capital.",
    "d.txt": "CAIRO - Egypt accused Ethiopia of violating a water-sharing accord on the Nile, the foreign "
    "ministry said on Thursday, and called for new talks.",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DATELINE_")}
    return env


@pytest.fixture
def feed():
    with FeedServer() as server:
        server.state.items = ["/articles/1.html", "/articles/2.html", "/private/3.html"]
        yield server


@pytest.fixture
def served(tmp_path, feed):
    db = tmp_path / "news.duckdb"
    connect(db).close()
    port = _free_port()
    follow = ["--follow", feed.url("/feed.xml"), "--interval", "0.5", "--host-delay", "0.05"]
    proc = subprocess.Popen(
        [*DATELINE, "serve", "--db", str(db), "--port", str(port), *follow],
        env={**_env(), "DATELINE_ALLOW_PRIVATE_URLS": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 240
    while find_server(db) is None or not snapshot_path(db).exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the server did not start: {proc.stderr.read().decode()[-2000:]}")
        time.sleep(0.1)
    yield db, proc
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)


def _write_articles(folder: Path, names) -> None:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")


def _sql(db, query):
    con = connect_reader(db)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_serve_follow_ingest_and_events_at_once(served, tmp_path, feed):
    db, proc = served
    info = json.loads(discovery_path(db).read_text())
    assert discovery_path(db).stat().st_mode & 0o777 == 0o600
    assert info["pid"] == proc.pid and info["url"].startswith("http://127.0.0.1:")
    first, second = tmp_path / "first", tmp_path / "second"
    _write_articles(first, ["a.txt", "b.txt"])
    _write_articles(second, ["b.txt", "c.txt", "d.txt"])
    ingests = [
        subprocess.Popen(
            [*DATELINE, "ingest", str(folder), "--db", str(db), "--quiet", "--json"],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for folder in (first, second)
    ]
    reads = [
        subprocess.Popen(
            [*DATELINE, command, "--db", str(db), "--format", "json"],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for command in ("events", "articles")
    ]
    outputs = [p.communicate(timeout=480) for p in ingests]
    for p, (_out, err) in zip(ingests, outputs, strict=True):
        assert p.returncode == 0, err.decode()[-2000:]
        assert b"Conflicting lock" not in err
    for r in reads:
        out, err = r.communicate(timeout=480)
        assert r.returncode == 0, err.decode()[-2000:]
        json.loads(out)
    inserted = sum(json.loads(out.decode().strip().splitlines()[-1])["inserted"] for out, _ in outputs)
    skipped_or_dup = sum(
        json.loads(out.decode().strip().splitlines()[-1])["duplicates"] for out, _ in outputs
    )
    assert inserted == 4 and skipped_or_dup <= 1

    # The server follows the feed meanwhile; a follower through the server takes a folder.
    third = tmp_path / "third"
    _write_articles(third, ["a.txt"])
    (third / "e.txt").write_text(
        "LIMA - Peru's congress voted on Friday to dismiss the minister.", encoding="utf-8"
    )
    once = subprocess.run(
        [*DATELINE, "ingest", "--follow", "--once", str(third), "--db", str(db), "--json"],
        env=_env(),
        capture_output=True,
        timeout=480,
    )
    assert once.returncode == 0, once.stderr.decode()[-2000:]
    deadline = time.monotonic() + 360
    while _sql(db, "SELECT count(*) FROM articles") != [(8,)]:
        assert time.monotonic() < deadline, _sql(db, "SELECT path, url FROM sources")
        time.sleep(1)
    assert _sql(db, "SELECT count(*), count(DISTINCT raw_id) FROM sources") == [(8, 8)]
    sql = subprocess.run(
        [*DATELINE, "sql", "SELECT count(*) AS n FROM articles", "--db", str(db), "--format", "json"],
        env=_env(),
        capture_output=True,
        timeout=120,
    )
    assert sql.returncode == 0 and json.loads(sql.stdout) == [{"n": 8}], sql.stderr.decode()
    assert "/private/3.html" not in {h.path for h in feed.hits()}
    assert proc.poll() is None

    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=30)
    assert not discovery_path(db).exists() and not snapshot_path(db).exists()
    con = connect(db, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 8
        assert con.execute("SELECT count(*) FROM clusters").fetchone()[0] == 8
        polls = con.execute("SELECT source, count(*) FROM follow_polls GROUP BY 1").fetchall()
        assert len(polls) == 2, polls
    finally:
        con.close()
