"""Incremental linking: many small batches give the tables of one link over the whole store."""

from __future__ import annotations

import hashlib
import itertools

from dateline.corpus import link_corpus
from dateline.corpus.actors import EntityRow, canonicalize
from dateline.corpus.link import relink_corpus
from dateline.schema import Article
from dateline.store import StoreWriter, connect
from dateline.store.synthetic import synthetic_articles
from dateline.store.writer import DocRef

TABLES = {
    "duplicates": "SELECT article_id, duplicate_of, similarity FROM duplicates",
    "clusters": "SELECT article_id, cluster_id, similarity FROM clusters",
    "actors": "SELECT * FROM actors",
    "entity_actors": "SELECT * FROM entity_actors",
    "event_groups": "SELECT * FROM event_groups",
    "event_members": "SELECT * FROM event_members",
}

STORY = (
    "{a} met {b} in Geneva on Monday to discuss the ceasefire in the north, officials said. "
    "The two delegations agreed to meet again next week to settle the exchange of prisoners, "
    "and {b} said the talks had been useful but that much work remained before any deal."
)


def _person_article(i: int, names: list[str], day: str, copy_of: str | None = None) -> Article:
    body = copy_of or STORY.format(a=names[0], b=names[-1])
    if copy_of:
        body += f"\n\nDistributed by outlet {i}."
    entities = []
    for name in names:
        at = body.find(name)
        if at < 0:
            continue
        entities.append(
            {
                "id": f"E{len(entities) + 1}",
                "name": name,
                "type": "PERSON",
                "aliases": ["Jo Smith"] if name == "Joanna Smith-Lee" else [],
                "mentions": [{"start": at, "end": at + len(name), "text": name}],
            }
        )
    events = []
    if len(entities) >= 2:
        events.append(
            {
                "id": "V1",
                "source": {"entity": "E1", "text": entities[0]["name"]},
                "target": {"entity": entities[-1]["id"], "text": entities[-1]["name"]},
                "plover": {"type": "CONSULT"},
                "cameo": {"code": "040"},
                "evidence": {"start": 0, "end": 10},
                "rule": "t",
            }
        )
    return Article.model_validate(
        {
            "id": hashlib.sha256(f"p{i}{body}".encode()).hexdigest(),
            "pipeline_version": "t",
            "headline": f"Talks in Geneva {i % 3}",
            "published": {"value": day, "source": "argument"},
            "body": body,
            "entities": entities,
            "events": events,
            "source": {"url": f"https://outlet{i}.example/story"},
        }
    )


def _corpus() -> list[Article]:
    base = STORY.format(a="John Smith", b="Ahmed Karimi")
    people = [
        _person_article(1, ["John Smith", "Ahmed Karimi"], "2015-03-02"),
        _person_article(2, ["Smith", "Karimi"], "2015-03-02"),
        _person_article(3, ["John Smith", "Ahmed Karimi"], "2015-03-03", copy_of=base),
        _person_article(4, ["Mary Smith", "Karimi"], "2015-03-03"),
        _person_article(5, ["Joanna Smith-Lee", "Jo Smith", "Karimi"], "2015-03-04"),
        _person_article(6, ["Smith", "Ahmed Karimi"], "2015-03-09"),
    ]
    synthetic = list(synthetic_articles(48, events_per_article=3, seed=11))
    mixed = []
    for i in range(max(len(people), len(synthetic))):
        if i < len(synthetic):
            mixed.append(synthetic[i])
        if i < len(people):
            mixed.append(people[i])
    return mixed


def _write(con, articles, size):
    writer = StoreWriter(con)
    it = iter(articles)
    n = 0
    while batch := list(itertools.islice(it, size)):
        writer.write_batch([(DocRef(raw_id=f"r{n + i}"), a) for i, a in enumerate(batch)])
        n += len(batch)
        yield


def _tables(con) -> dict[str, list]:
    return {name: sorted(map(repr, con.execute(sql).fetchall())) for name, sql in TABLES.items()}


def test_many_small_batches_equal_one_link_and_a_relink(tmp_path):
    articles = _corpus()
    small = connect(tmp_path / "small.duckdb")
    for _ in _write(small, articles, 3):
        link_corpus(small)
    one = connect(tmp_path / "one.duckdb")
    for _ in _write(one, articles, 3):
        pass
    stats = link_corpus(one)
    assert stats.articles == len(articles) and stats.new == len(articles)
    assert stats.duplicates >= 1 and stats.event_groups > 0

    incremental = _tables(small)
    assert incremental == _tables(one)
    relink_corpus(small)
    assert _tables(small) == incremental
    assert link_corpus(small).new == 0


def test_incremental_actors_equal_the_reference_rules(tmp_path):
    con = connect(tmp_path / "a.duckdb")
    for _ in _write(con, _corpus(), 2):
        link_corpus(con)
    rows = [
        EntityRow(r[0], r[1], r[2] or "", r[3] or "", r[4], r[5], list(r[6] or []), r[7] or 0)
        for r in con.execute(
            "SELECT article_id, id, name, type, actor_code, country, "
            "CAST(json_extract(item, '$.aliases') AS VARCHAR[]), n_mentions FROM entities"
        ).fetchall()
    ]
    actors, links = canonicalize(rows)
    expected = sorted(
        (a.id, a.name, a.type, a.country, a.actor_code, a.n_articles, a.n_mentions, a.aliases) for a in actors
    )
    import json

    stored = sorted(
        (r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]))
        for r in con.execute("SELECT * FROM actors").fetchall()
    )
    assert stored == expected
    assert dict(((a, e), x) for a, e, x in con.execute("SELECT * FROM entity_actors").fetchall()) == links
    smith = {
        name: aid
        for name, aid in con.execute(
            "SELECT e.name, ea.actor_id FROM entities e JOIN entity_actors ea "
            "ON ea.article_id = e.article_id AND ea.entity_id = e.id WHERE e.name LIKE '%Smith%'"
        ).fetchall()
    }
    assert smith["Smith"] not in (smith["John Smith"], smith["Mary Smith"])
    (aliases,) = con.execute(
        "SELECT a.aliases FROM actors a JOIN entity_actors ea ON ea.actor_id = a.id "
        "JOIN entities e ON e.article_id = ea.article_id AND e.id = ea.entity_id "
        "WHERE e.name = 'Joanna Smith-Lee'"
    ).fetchone()
    assert "Jo Smith" in aliases


def test_nothing_new_is_near_instant(tmp_path):
    import time

    con = connect(tmp_path / "n.duckdb")
    for _ in _write(con, list(synthetic_articles(200, seed=3)), 200):
        pass
    started = time.perf_counter()
    link_corpus(con)
    first = time.perf_counter() - started
    started = time.perf_counter()
    stats = link_corpus(con)
    assert stats.new == 0 and stats.articles == 200
    assert time.perf_counter() - started < 0.1 * first  # a re-link with nothing new skips the work


def test_relink_command(tmp_path):
    import json

    from typer.testing import CliRunner

    from dateline.cli import app

    db = tmp_path / "c.duckdb"
    con = connect(db)
    for _ in _write(con, list(synthetic_articles(20, seed=5)), 10):
        link_corpus(con)
    before = _tables(con)
    con.close()
    result = CliRunner().invoke(app, ["relink", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1])["articles"] == 20
    con = connect(db, read_only=True)
    assert _tables(con) == before
