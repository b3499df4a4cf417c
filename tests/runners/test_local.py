import json
import multiprocessing

from dateline.runners.local import ingest, worker_context
from dateline.settings import Settings
from dateline.store import connect
from dateline.store.queries import get_article_model, table_counts


def _corpus(tmp_path, example_text, n_extra=3):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "example.txt").write_text(example_text, encoding="utf-8")
    lines = [
        json.dumps(
            {
                "title": f"Story {i}",
                "text": f"OTTAWA - The council of town {i} met on Monday to vote "
                f"on budget number {i}. Mayor Jane Doe{i} said the vote was close.",
                "url": f"http://example.org/{i}",
                "published": "2015-03-0" + str(i + 1),
            }
        )
        for i in range(n_extra)
    ]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_counts_match_records_and_rerun_inserts_nothing(tmp_path, example_text):
    folder = _corpus(tmp_path, example_text)
    db = tmp_path / "s.duckdb"
    settings = Settings(batch_size=2)
    first = ingest([folder], db=db, settings=settings)
    assert (first.inserted, first.failed) == (4, 0)
    con = connect(db, read_only=True)
    counts = table_counts(con)
    ids = [r[0] for r in con.execute("SELECT id FROM articles").fetchall()]
    articles = [get_article_model(con, i) for i in ids]
    con.close()
    assert counts["articles"] == 4
    assert counts["entities"] == sum(len(a.entities) for a in articles)
    assert counts["mentions"] == sum(len(m.mentions) for a in articles for m in a.entities)
    assert counts["removed"] == sum(len(a.removed) for a in articles)
    assert counts["quotes"] == sum(len(a.quotes) for a in articles)
    assert counts["events"] == sum(len(a.events) for a in articles)
    second = ingest([folder], db=db, settings=settings)
    assert (second.inserted, second.failed, second.skipped) == (0, 0, 4)
    con = connect(db, read_only=True)
    assert table_counts(con) == {**counts, "runs": 2}
    con.close()


def test_same_article_under_two_names(tmp_path, example_text):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(example_text, encoding="utf-8")
    (folder / "b.txt").write_text(example_text, encoding="utf-8")
    (folder / "c.txt").write_text(example_text + "\n\n", encoding="utf-8")
    stats = ingest([folder], db=tmp_path / "s.duckdb")
    assert stats.inserted == 1 and stats.skipped == 1 and stats.duplicates == 1
    con = connect(tmp_path / "s.duckdb", read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert con.execute("SELECT count(DISTINCT article_id) FROM sources").fetchone()[0] == 1


def test_workers_give_the_same_rows(tmp_path, example_text):
    folder = _corpus(tmp_path, example_text, n_extra=4)
    one = ingest([folder], db=tmp_path / "one.duckdb", settings=Settings(batch_size=2))
    two = ingest([folder], db=tmp_path / "two.duckdb", workers=2, settings=Settings(batch_size=2))
    assert one.inserted == two.inserted == 5
    assert len(two.peak_rss_kb) >= 1
    counts, records = [], []
    for name in ("one", "two"):
        con = connect(tmp_path / f"{name}.duckdb", read_only=True)
        counts.append({k: v for k, v in table_counts(con).items() if k != "runs"})
        ids = sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall())
        records.append([get_article_model(con, i).model_dump_json() for i in ids])
        con.close()
    assert counts[0] == counts[1]
    assert records[0] == records[1]


def test_workers_are_forked_from_a_preloaded_server():
    ctx = worker_context()
    if "forkserver" in multiprocessing.get_all_start_methods():
        assert ctx.get_start_method() == "forkserver"
    else:
        assert ctx.get_start_method() == "spawn"


def test_workers_sign_the_articles_for_the_link(tmp_path, example_text, monkeypatch):
    from dateline.corpus import link

    def no_signing(*_args):
        raise AssertionError("the link signed an article the ingest had signed")

    folder = _corpus(tmp_path, example_text, n_extra=2)
    with monkeypatch.context() as patch:
        patch.setattr(link, "article_signatures", no_signing)
        stats = ingest([folder], db=tmp_path / "s.duckdb", settings=Settings(batch_size=2))
    assert stats.inserted == 3
    con = connect(tmp_path / "s.duckdb")
    query = "SELECT article_id, minhash, title_minhash FROM signatures ORDER BY article_id"
    signed = con.execute(query).fetchall()
    assert len(signed) == 3 and all(r[1] for r in signed)
    con.execute("DELETE FROM signatures")
    link._sign_new(con)
    assert con.execute(query).fetchall() == signed
    con.close()


def test_a_chunk_is_signed_unless_told_not_to(example_text):
    from dateline.runners.work import process_chunk
    from dateline.sources.raw import read_bytes

    raw = read_bytes(example_text.encode(), path="example.txt")
    signed = process_chunk([(raw.id, raw)])
    unsigned = process_chunk([(raw.id, raw)], sign=False)
    assert list(signed.signatures) == [signed.done[0][1].id]
    assert all(signed.signatures[signed.done[0][1].id])
    assert unsigned.done and unsigned.signatures == {}
