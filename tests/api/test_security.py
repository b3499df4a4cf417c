"""Writes need the token (401 without), reads are loopback-only by default, bodies are size-limited (413)."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from dateline.api import create_app
from dateline.api.security import is_loopback, token_matches
from dateline.settings import Settings

TOKEN = "s3cret-token"
DOC = {
    "text": "Talks in Ottawa\n\nOTTAWA – Prime Minister Stephen Harper met Jens Stoltenberg on Monday.",
    "published": "2015-03-22",
}


@pytest.fixture
def writable_db(seeded_db, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copy(seeded_db, path)
    return path


def test_ingest_without_token_is_401(writable_db):
    with TestClient(create_app(Settings(api_token=TOKEN), db=writable_db)) as c:
        assert c.post("/ingest", json={"documents": [DOC]}).status_code == 401
        wrong = c.post("/ingest", json={"documents": [DOC]}, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
        assert c.get("/stats").json()["articles"] == 4


def test_ingest_disabled_when_no_token_configured(seeded_db):
    with TestClient(create_app(Settings(), db=seeded_db)) as c:
        r = c.post("/ingest", json={"documents": [DOC]}, headers={"Authorization": "Bearer anything"})
        assert r.status_code == 401 and "DATELINE_API_TOKEN" in r.json()["detail"]


def test_ingest_with_token_stores_and_indexes(writable_db):
    with TestClient(create_app(Settings(api_token=TOKEN), db=writable_db)) as c:
        assert c.get("/articles").json()["count"] == 4
        bad = {"text": "   "}
        r = c.post("/ingest", json={"documents": [DOC, bad]}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["inserted"] == 1 and len(body["failed"]) == 1 and body["failed"][0]["index"] == 1
        assert c.get(f"/articles/{body['ids'][0]}").json()["headline"] == "Talks in Ottawa"
        assert c.get("/articles").json()["count"] == 5
        assert c.get("/search", params={"q": "Talks Ottawa"}).json()["count"] >= 1
        assert c.get("/stats").json()["search"] == "fts"
        again = c.post("/ingest", json={"documents": [DOC]}, headers={"X-API-Token": TOKEN}).json()
        assert again["inserted"] == 0 and again["duplicates"] == 1


def test_reads_from_other_hosts_need_token_unless_public(seeded_db):
    remote = ("203.0.113.9", 40000)
    with TestClient(create_app(Settings(api_token=TOKEN), db=seeded_db), client=remote) as c:
        assert c.get("/articles").status_code == 401
        assert c.get("/articles", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert c.get("/articles").status_code == 401, "a cached answer must not skip the access check"
        assert c.get("/").status_code == 200
    with TestClient(create_app(Settings(api_public_reads=True), db=seeded_db), client=remote) as c:
        assert c.get("/articles").status_code == 200
    with TestClient(create_app(Settings(), db=seeded_db), client=("127.0.0.1", 5)) as c:
        assert c.get("/articles").status_code == 200


def test_body_over_limit_is_413(seeded_db):
    with TestClient(create_app(Settings(api_max_body=1000), db=seeded_db)) as c:
        big = {"text": "x" * 2000}
        r = c.post("/extract", json=big)
        assert r.status_code == 413 and "limit" in r.json()["detail"]

        def chunks():
            for _ in range(10):
                yield b"x" * 500

        streamed = c.post("/extract", content=chunks(), headers={"Content-Type": "application/json"})
        assert streamed.status_code == 413


def test_token_compare_and_loopback():
    assert token_matches(Settings(api_token="abc"), "abc")
    assert not token_matches(Settings(api_token="abc"), "abd")
    assert not token_matches(Settings(), "abc")
    assert is_loopback("127.0.0.1") and is_loopback("::1") and not is_loopback("10.0.0.1")
    assert not is_loopback(None)
