"""The discovery file of the store's one writer: private, exclusive, stale when its process is gone."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from dateline.api import create_app
from dateline.errors import StoreError
from dateline.settings import Settings
from dateline.store import connect
from dateline.store.owner import CREDENTIAL_HEADER, claim, discovery_path, find_server, release


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_claim_is_private_exclusive_and_released(tmp_path):
    db = tmp_path / "n.duckdb"
    info = claim(db, "http://127.0.0.1:1")
    assert discovery_path(db).stat().st_mode & 0o777 == 0o600
    assert find_server(db) == info and len(info.credential) >= 32
    other = claim(db, "http://127.0.0.1:2")  # the same process may claim again (restart in-process)
    release(info)
    assert discovery_path(db).exists()  # not ours any more
    release(other)
    assert not discovery_path(db).exists() and find_server(db) is None


def test_stale_file_is_ignored_and_replaced(tmp_path):
    db = tmp_path / "n.duckdb"
    discovery_path(db).write_text(
        json.dumps({"pid": _dead_pid(), "url": "http://127.0.0.1:9", "credential": "x", "db": str(db)})
    )
    assert find_server(db) is None
    info = claim(db, "http://127.0.0.1:3")
    assert find_server(db) == info
    release(info)


def test_live_owner_refuses_a_second_claim(tmp_path):
    db = tmp_path / "n.duckdb"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        discovery_path(db).write_text(
            json.dumps({"pid": sleeper.pid, "url": "http://127.0.0.1:9", "credential": "x", "db": str(db)})
        )
        with pytest.raises(StoreError, match="already served"):
            claim(db, "http://127.0.0.1:4")
    finally:
        sleeper.kill()
        sleeper.wait()


def test_local_routes_need_the_credential(tmp_path):
    db = tmp_path / "n.duckdb"
    connect(db).close()
    with TestClient(create_app(Settings(), db=db, owner_url="http://127.0.0.1:5")) as client:
        info = find_server(db)
        assert client.get("/local/known").status_code == 401
        assert client.get("/local/known", headers={CREDENTIAL_HEADER: "wrong"}).status_code == 401
        ok = client.get("/local/known", headers={CREDENTIAL_HEADER: info.credential})
        assert ok.status_code == 200 and ok.json() == {"raw_ids": []}
    assert find_server(db) is None
