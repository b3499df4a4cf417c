import gzip
import io
import json
import os

import pytest

from dateline.errors import BadMarkup, UnsafeXML
from dateline.runners.local import ingest
from dateline.settings import Settings
from dateline.sources.feeds import feed_documents
from dateline.sources.inputs import ReadFailure, iter_documents
from dateline.sources.raw import RawDocument
from dateline.store import connect

STORY = "Council votes\n\nOTTAWA - The council met on Monday to vote on the budget. Mayor Jane Doe said so."
PAGE = (
    "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>"
    "<p>OTTAWA - The council met on Monday to vote on the new budget for the city and its parks.</p>"
    "<p>Mayor Jane Doe said the vote was close and that more talks would follow next week.</p>"
    "</article></body></html>"
)


def _docs(paths):
    items = list(iter_documents(paths, Settings()))
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, ReadFailure)]


def test_directory_with_unreadable_files(tmp_path):
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    (tmp_path / "locked.txt").write_text(STORY + " Locked.", encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    (tmp_path / "image.png").write_bytes(b"\x89PNG....")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.html").write_text(PAGE, encoding="utf-8")
    docs, fails = _docs([tmp_path])
    names = sorted(os.path.basename(d.path) for d in docs)
    assert "good.txt" in names and "page.html" in names
    assert any("dangling.txt" in f.path for f in fails)
    if os.geteuid() != 0:
        assert any("locked.txt" in f.path for f in fails)
    assert not any("image.png" in (d.path or "") for d in docs)


def test_truncated_gzip_jsonl_keeps_lines_before(tmp_path):
    lines = [json.dumps({"text": f"{STORY} Number {i}.", "url": f"http://x/{i}"}) for i in range(200)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    docs, fails = _docs([path])
    assert 0 < len(docs) < 200
    assert len(fails) == 1 and "truncated" in fails[0].error.reason


def test_jsonl_line_that_is_not_json(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(
        json.dumps({"text": STORY, "published": "2015-03-22T10:00:00Z"})
        + "\n{not json\n"
        + json.dumps({"html": PAGE, "url": "http://x/p"})
        + "\n"
        + json.dumps({"nothing": 1})
        + "\n",
        encoding="utf-8",
    )
    docs, fails = _docs([path])
    assert len(docs) == 2 and docs[0].published == "2015-03-22" and docs[1].is_html
    assert [f.path.rsplit(":", 1)[1] for f in fails] == ["2", "4"]


def test_warc_with_non_html_records(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, ctype, body in [
            ("http://x/a", "text/html; charset=utf-8", PAGE.encode()),
            ("http://x/img", "image/png", b"\x89PNG...."),
            ("http://x/b", "application/json", b"{}"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            )
        writer.write_record(writer.create_warc_record("http://x/a", "request", payload=io.BytesIO(b"GET /")))
    docs, fails = _docs([path])
    assert [d.url for d in docs] == ["http://x/a"] and not fails
    truncated = tmp_path / "cut.warc.gz"
    truncated.write_bytes(path.read_bytes()[:-40])
    docs, fails = _docs([truncated])
    assert len(fails) <= 1


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title>
<item><title>x</title><description>&lol3;</description></item>
</channel></rss>"""

FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>News</title>
<item><title>Council votes</title><link>http://x/1</link><pubDate>Mon, 02 Mar 2015 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The council met on Monday to vote on the budget.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>http://x/2</link></item>
</channel></rss>"""


def test_billion_laughs_feed_is_refused():
    with pytest.raises(UnsafeXML):
        list(feed_documents(BILLION_LAUGHS, name="feed.xml", settings=Settings()))


def test_feed_items(tmp_path):
    items = list(feed_documents(FEED, name="feed.xml", settings=Settings()))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert len(docs) == 1 and docs[0].published == "2015-03-02" and docs[0].url == "http://x/1"
    assert docs[0].data.decode().startswith("Council votes\n\nThe council met")
    assert len(items) == 2
    with pytest.raises(BadMarkup):
        list(feed_documents(b"<rss><channel>", name="bad.xml", settings=Settings()))


def test_bad_inputs_land_in_errors_and_the_batch_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "laughs.rss").write_bytes(BILLION_LAUGHS)
    (tmp_path / "feed.xml").write_bytes(FEED)
    (tmp_path / "d.jsonl").write_text("{oops\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    stats = ingest([tmp_path], db=db)
    assert stats.inserted == 2
    con = connect(db, read_only=True)
    kinds = dict(con.execute("SELECT kind, count(*) FROM errors GROUP BY kind").fetchall())
    assert kinds.get("UnsafeXML") == 1 and kinds.get("EmptyInput", 0) >= 2
    assert stats.failed == sum(kinds.values())
    con.close()
    again = ingest([tmp_path], db=db)
    assert again.inserted == 0 and again.failed == 0


LOOPBACK_FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>News</title>
<item><title>Internal</title><link>http://127.0.0.1:9/secret</link>
<description>Summary text here.</description></item>
</channel></rss>"""


def test_fetch_goes_through_the_safe_fetcher():
    items = list(
        feed_documents(LOOPBACK_FEED, name="feed.xml", settings=Settings(fetch_timeout=2), fetch=True)
    )
    assert len(items) == 1 and isinstance(items[0], ReadFailure)
    assert items[0].error.code == "E109"
    plain = list(feed_documents(LOOPBACK_FEED, name="feed.xml", settings=Settings()))
    assert isinstance(plain[0], RawDocument) and b"Summary text here." in plain[0].data


def test_jsonl_date_that_is_no_date_is_named_in_the_warning(tmp_path):
    path = tmp_path / "dump.jsonl"
    rows = [{"text": STORY, "published": "None"}, {"text": STORY + " Again.", "date": "2015-03-22"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    docs, fails = _docs([path])
    assert not fails and [d.published for d in docs] == [None, "2015-03-22"]
    from dateline.process import prepare

    unread, dated = (prepare(d).clean for d in docs)
    assert unread.published is None and any("'None'" in w for w in unread.warnings)
    assert dated.published.value == "2015-03-22" and not any("publication date" in w for w in dated.warnings)
