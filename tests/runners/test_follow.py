"""The follower against a feed server on 127.0.0.1 and a folder that gains files."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import time

import pytest
from feedserver import FeedServer

from dateline.runners.follow import Follower, StoreSink
from dateline.schema import Article
from dateline.settings import Settings
from dateline.store import connect

SETTINGS = Settings(allow_private_urls=True, fetch_timeout=0.5)


def quick(raws):
    """A stand-in for the pipeline: one article per document, its id the hash of its text."""
    out = []
    for raw in raws:
        body = raw.data.decode("utf-8", "replace")
        out.append(
            Article.model_validate(
                {"id": hashlib.sha256(body.encode()).hexdigest(), "pipeline_version": "t", "body": body}
            )
        )
    return out


def slow_quick(raws):
    time.sleep(0.02 * len(raws))
    return quick(raws)


def _follower(con, specs, **kw):
    kw.setdefault("interval", 0.0)
    kw.setdefault("host_delay", 0.0)
    kw.setdefault("process", quick)
    kw.setdefault("settle", 0.0)
    return Follower(specs, StoreSink(con), settings=SETTINGS, **kw)


def _count(con, sql):
    return con.execute(sql).fetchone()[0]


def test_feed_faults_robots_and_host_delay(tmp_path):
    with FeedServer() as server:
        server.state.slow = 0.8
        server.state.items = [
            "/articles/1.html",
            "/private/2.html",
            "/slow/3.html",
            "/error/4.html",
            "/loop/a",
            "/articles/5.html",
        ]
        con = connect(tmp_path / "f.duckdb")
        follower = _follower(con, [server.url("/feed.xml")], host_delay=0.05)
        assert follower.poll_due() == 6
        paths = [h.path for h in server.hits()]
        assert "/private/2.html" not in paths  # robots.txt disallows it: its feed text is used
        assert paths[0] == "/robots.txt" and paths.count("/robots.txt") == 1
        # Requests are paced 0.05 s apart by the client; arrival times jitter a little on a busy machine.
        times = [h.at for h in server.hits_by_arrival()]
        assert all(
            times[j] - times[i] >= (j - i) * 0.05 - 0.06
            for i in range(len(times))
            for j in range(i + 1, len(times))
        )
        assert _count(con, "SELECT count(*) FROM articles") == 6
        poll = con.execute("SELECT status, error, etag FROM follow_polls").fetchone()
        assert poll[0] == "ok" and "4 pages not fetched" in poll[1] and poll[2]

        # Pages that failed were stored from the feed text; the next poll is conditional.
        follower.poll_due()
        statuses = [h.status for h in server.hits("/feed.xml")]
        assert statuses[-1] == 304 and "If-None-Match" in server.hits("/feed.xml")[-1].headers
        assert _count(con, "SELECT count(*) FROM articles") == 6

        server.state.items.append("/articles/6.html")
        assert follower.poll_due() == 1
        assert _count(con, "SELECT count(*) FROM follow_items") == 7
        assert _count(con, "SELECT count(*) FROM follow_polls") == 3


def test_restart_resumes_without_refetching(tmp_path):
    with FeedServer() as server:
        server.state.items = ["/articles/1.html", "/articles/2.html"]
        con = connect(tmp_path / "r.duckdb")
        _follower(con, [server.url("/feed.xml")], interval=3600).poll_due()
        before = len(server.hits())
        again = _follower(con, [server.url("/feed.xml")], interval=3600)
        assert again.poll_due() == 0 and len(server.hits()) == before  # not due yet: nothing fetched
        due = _follower(con, [server.url("/feed.xml")], interval=0)
        assert due.poll(server.url("/feed.xml")) == 0  # forced: conditional, answered 304
        new_hits = server.hits()[before:]
        assert [h.path for h in new_hits] == ["/robots.txt", "/feed.xml"] and new_hits[-1].status == 304


def test_backoff_doubles_on_errors(tmp_path):
    with FeedServer() as server:
        server.state.feed_faults = 1.0
        con = connect(tmp_path / "b.duckdb")
        follower = _follower(con, [server.url("/feed.xml")], interval=10)
        for _ in range(3):
            follower.poll(server.url("/feed.xml"))
        rows = con.execute(
            "SELECT failures, epoch(next_due - polled_at) FROM follow_polls ORDER BY polled_at"
        ).fetchall()
        assert rows == [(1, 20.0), (2, 40.0), (3, 80.0)]
        from dateline.store.queries import list_sources

        (source,) = list_sources(con)
        assert source["status"] == "error" and "500" in source["error"] and source["failures"] == 3


def test_folder_gains_and_changes_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("OTTAWA - The first story of the day.", encoding="utf-8")
    con = connect(tmp_path / "d.duckdb")
    follower = _follower(con, [str(folder)])
    assert follower.poll_due() == 1
    assert follower.poll_due() == 0
    (folder / "b.txt").write_text("NAIROBI - A second story arrives.", encoding="utf-8")
    (folder / "a.txt").write_text("OTTAWA - The first story of the day, updated.", encoding="utf-8")
    os.utime(folder / "a.txt", ns=(time.time_ns(), time.time_ns() + 1000))
    assert follower.poll_due() == 2
    versions = con.execute(
        "SELECT key, version, previous_article_id IS NOT NULL FROM follow_items ORDER BY key, version"
    ).fetchall()
    assert versions == [("a.txt", 1, False), ("a.txt", 2, True), ("b.txt", 1, False)]
    assert _count(con, "SELECT count(*) FROM articles") == 3


def test_url_list_pages_and_feeds(tmp_path):
    with FeedServer() as server:
        server.state.items = ["/articles/1.html"]
        listing = tmp_path / "sources.txt"
        listing.write_text(
            f"# feeds and pages\n{server.url('/feed.xml')}\n{server.url('/articles/9.html')}\n"
        )
        con = connect(tmp_path / "l.duckdb")
        follower = _follower(con, [str(listing)])
        assert follower.poll_due() == 1  # the listed page; the listed feed becomes a source
        assert follower.poll_due() == 1  # the feed's item
        assert follower.poll_due() == 0
        assert {h.path for h in server.hits()} >= {"/feed.xml", "/articles/9.html", "/articles/1.html"}


def _run_follower(db: str, url: str) -> None:
    con = connect(db)
    follower = Follower(
        [url], StoreSink(con), settings=SETTINGS, interval=0.0, host_delay=0.0, process=slow_quick
    )
    while True:
        follower.poll_due()


def test_kill_9_mid_batch_loses_and_duplicates_nothing(tmp_path):
    db = str(tmp_path / "k.duckdb")
    connect(db).close()
    with FeedServer() as server:
        server.state.items = [f"/articles/{i}.html" for i in range(40)]
        ctx = multiprocessing.get_context("fork")
        for round_ in range(3):
            if round_:
                server.state.items += [f"/articles/{i}.html" for i in range(40 * round_, 40 * round_ + 40)]
            proc = ctx.Process(target=_run_follower, args=(db, server.url("/feed.xml")))
            proc.start()
            deadline = time.monotonic() + 30
            target = len(server.hits("/articles/")) + 15
            while len(server.hits("/articles/")) < target and time.monotonic() < deadline:
                time.sleep(0.01)
            os.kill(proc.pid, signal.SIGKILL)
            proc.join()
        con = connect(db)
        follower = _follower(con, [server.url("/feed.xml")])
        follower.poll_due()
        follower.poll_due()
        n = len(server.state.items)
        assert _count(con, "SELECT count(*) FROM articles") == n
        assert _count(con, "SELECT count(*) FROM sources") == n
        assert _count(con, "SELECT count(*) FROM follow_items") == n
        assert _count(con, "SELECT count(DISTINCT key) FROM follow_items") == n


@pytest.mark.parametrize("polls", [1000])
def test_many_polls_with_faults_lose_and_duplicate_nothing(tmp_path, polls):
    with FeedServer() as server:
        state = server.state
        state.feed_faults = 0.2
        state.page_faults = 0.1
        con = connect(tmp_path / "m.duckdb")
        follower = _follower(con, [server.url("/feed.xml")])
        published = 0
        for i in range(polls):
            if i % 4 == 0:
                with state.lock:
                    state.items.append(f"/articles/{published}.html")
                    if len(state.items) > 20:
                        state.items.pop(0)  # a feed shows its latest items only
                published += 1
            follower.poll(server.url("/feed.xml"))
        state.feed_faults = state.page_faults = 0.0
        follower.poll(server.url("/feed.xml"))
        stats = follower.stats
        assert stats.polls == polls + 1 and stats.errors > 100 and stats.not_modified > 100
        keys = con.execute("SELECT key, count(*) FROM follow_items GROUP BY key").fetchall()
        assert len(keys) == published and all(n == 1 for _, n in keys)
        assert _count(con, "SELECT count(*) FROM articles") == published
        fetched = {h.path for h in server.hits("/articles/") if h.status == 200}
        assert len(fetched) >= published * 0.85


def test_one_round_takes_a_file_written_just_before(tmp_path):
    from dateline.runners.follow import FollowOptions, follow

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "new.txt").write_text(
        "QUITO - Ecuador's electoral council certified the referendum results on Sunday.", encoding="utf-8"
    )
    stats = follow(FollowOptions((str(folder),)), db=str(tmp_path / "n.duckdb"), settings=SETTINGS, once=True)
    assert stats.inserted == 1
