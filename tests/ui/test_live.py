"""The UI is live: an article dropped in a followed folder appears without a reload."""

from __future__ import annotations

import threading
import time

import pytest
from playwright.sync_api import expect

from .conftest import _free_port, shot


@pytest.fixture
def following_server(tmp_path):
    import uvicorn

    from dateline.api import create_app
    from dateline.runners.follow import FollowOptions
    from dateline.settings import Settings
    from dateline.store import connect

    db = tmp_path / "live.duckdb"
    connect(db).close()
    folder = tmp_path / "incoming"
    folder.mkdir()
    port = _free_port()
    app = create_app(
        Settings(),
        db=db,
        owner_url=f"http://127.0.0.1:{port}",
        follow=FollowOptions((str(folder),), interval=0.2, host_delay=0.0),
    )
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", folder
    server.should_exit = True
    thread.join(timeout=30)


def test_new_article_appears_without_reload(page, following_server):
    url, folder = following_server
    page.goto(f"{url}/#/articles")
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("tr.article-row")).to_have_count(0)
    (folder / "story.txt").write_text(
        "Fishing deal reached in Brussels\n\nBRUSSELS - European ministers agreed on Tuesday on new "
        "fishing quotas for the North Sea, a spokesman said.",
        encoding="utf-8",
    )
    expect(page.locator("tr.article-row")).to_have_count(1, timeout=30_000)
    expect(page.locator("tr.article-row a")).to_contain_text("Fishing deal")
    expect(page.locator("#live")).to_contain_text("last fetch", timeout=10_000)
    page.goto(f"{url}/#/sources")
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("tr.source-row")).to_have_count(1)
    shot(page, "live-sources")
    assert not page.console_errors
