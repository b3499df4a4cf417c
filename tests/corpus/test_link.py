import datetime as dt

from dateline.corpus import link_corpus
from dateline.corpus.actors import EntityRow, canonicalize, normalize
from dateline.schema import Article
from dateline.store import StoreWriter, connect
from dateline.store.export import export
from dateline.store.gdelt import gdelt_columns
from dateline.store.writer import DocRef

WIRE = (
    "NATO Secretary General Jens Stoltenberg met Prime Minister Stephen Harper in Ottawa on Monday to "
    "discuss the mission against Islamic State militants in Iraq and the crisis in Ukraine. "
    "Harper said Canada would extend its air combat mission by a year and expand it into Syria. "
    "Stoltenberg praised the Canadian contribution to the alliance and to its reassurance measures in "
    "eastern Europe, where Canadian fighter jets have patrolled the Baltic skies since last spring."
)
OTHER_OUTLET = (
    "Stephen Harper hosted NATO chief Jens Stoltenberg in Ottawa on Monday, where the two leaders talked "
    "about the fight against Islamic State militants and about Russia's role in the Ukraine crisis. "
    "The prime minister is expected to ask Parliament to extend the mission."
)
UNRELATED = (
    "The city council of Springfield voted on Tuesday to build a new public library downtown, after "
    "years of debate about the cost of the project and the future of the old railway station."
)


def _article(i: int, body: str, headline: str, url: str, day: str, events=()) -> Article:
    import hashlib

    names = [
        ("Stephen Harper", "PERSON"),
        ("Jens Stoltenberg", "PERSON"),
        ("NATO", "ORG"),
        ("Harper", "PERSON"),
    ]
    entities = []
    for name, kind in names:
        at = body.find(name)
        if at >= 0:
            entities.append(
                {
                    "id": f"E{len(entities) + 1}",
                    "name": name,
                    "type": kind,
                    "actor_code": "IGOWSTNAT" if name == "NATO" else None,
                    "mentions": [{"start": at, "end": at + len(name), "text": name}],
                }
            )
    return Article.model_validate(
        {
            "id": hashlib.sha256(f"{i}{body}".encode()).hexdigest(),
            "pipeline_version": "t",
            "headline": headline,
            "published": {"value": day, "source": "argument"},
            "body": body,
            "entities": entities,
            "events": list(events),
            "source": {"url": url},
        }
    )


def _event(eid: str, body: str) -> dict:
    return {
        "id": eid,
        "source": {"text": "Stoltenberg", "code": "IGOWSTNAT"},
        "target": {"text": "Harper", "code": "CANGOV"},
        "plover": {"type": "CONSULT"},
        "cameo": {"code": "040"},
        "evidence": {"start": 0, "end": 10},
        "rule": "t",
    }


def test_duplicates_clusters_actors_and_event_groups(tmp_path):
    event = [_event("V1", WIRE)]
    articles = [
        _article(1, WIRE, "Harper meets NATO chief in Ottawa", "https://wire.example/a", "2015-03-23", event),
        _article(
            2,
            WIRE + "\n\nCopyright the wire.",
            "Harper meets NATO chief",
            "https://paper.example/b",
            "2015-03-23",
            event,
        ),
        _article(
            3,
            OTHER_OUTLET,
            "Harper and NATO chief talk Islamic State, Ukraine",
            "https://tv.example/c",
            "2015-03-24",
            event,
        ),
        _article(4, UNRELATED, "Springfield votes for a library", "https://local.example/d", "2015-03-24"),
        _article(
            5,
            OTHER_OUTLET.replace("Monday", "Friday"),
            "Harper and NATO chief talk Islamic State",
            "https://late.example/e",
            "2015-05-20",
            event,
        ),
    ]
    con = connect(tmp_path / "c.duckdb")
    StoreWriter(con).write_batch([(DocRef(raw_id=f"r{i}"), a) for i, a in enumerate(articles)])
    stats = link_corpus(con)
    ids = [a.id for a in articles]
    dups = dict(con.execute("SELECT article_id, duplicate_of FROM duplicates").fetchall())
    assert dups == {ids[1]: ids[0]}
    clusters = dict(con.execute("SELECT article_id, cluster_id FROM clusters").fetchall())
    assert len(clusters) == 5
    assert clusters[ids[0]] == clusters[ids[1]] == clusters[ids[2]]
    assert clusters[ids[3]] != clusters[ids[0]] and clusters[ids[4]] != clusters[ids[0]]
    harper = con.execute("SELECT id, n_articles FROM actors WHERE name = 'Stephen Harper'").fetchall()
    assert len(harper) == 1 and harper[0][1] == 4
    linked = con.execute(
        "SELECT count(DISTINCT actor_id) FROM entity_actors ea JOIN entities e "
        "ON e.article_id = ea.article_id AND e.id = ea.entity_id WHERE e.name IN ('Harper', 'Stephen Harper')"
    ).fetchone()[0]
    assert linked == 1
    groups = con.execute(
        "SELECT num_mentions, num_sources, num_articles FROM event_groups ORDER BY event_date"
    ).fetchall()
    assert groups == [(2, 3, 2), (1, 1, 1)]
    assert stats.event_groups == 2 and con.execute("SELECT count(*) FROM event_members").fetchone()[0] == 4
    again = link_corpus(con)
    assert again == stats
    export(con, tmp_path / "g.tsv", "gdelt")
    rows = [
        dict(zip(gdelt_columns(), x.split("\t"), strict=True))
        for x in (tmp_path / "g.tsv").read_text().splitlines()
    ]
    assert [(r["NumMentions"], r["NumSources"], r["NumArticles"]) for r in rows] == [
        ("2", "3", "2"),
        ("1", "1", "1"),
    ]


def test_surname_left_alone_when_ambiguous():
    rows = [
        EntityRow("a1", "E1", "John Smith", "PERSON"),
        EntityRow("a2", "E1", "Mary Smith", "PERSON"),
        EntityRow("a3", "E1", "Smith", "PERSON"),
        EntityRow("a4", "E1", "North Atlantic Treaty Organization", "ORG", actor_code="IGOWSTNAT"),
        EntityRow("a5", "E1", "NATO", "ORG", actor_code="IGOWSTNAT"),
        EntityRow("a6", "E2", "the European Union", "ORG", aliases=["EU"]),
        EntityRow("a7", "E1", "EU", "ORG"),
    ]
    actors, links = canonicalize(rows)
    assert links[("a1", "E1")] != links[("a2", "E1")]
    assert links[("a3", "E1")] not in (links[("a1", "E1")], links[("a2", "E1")])
    assert links[("a4", "E1")] == links[("a5", "E1")]
    assert links[("a6", "E2")] == links[("a7", "E1")]
    assert normalize("The  Pentagon\u2019s") == "pentagon"


def test_link_on_empty_store(tmp_path):
    con = connect(tmp_path / "e.duckdb")
    assert link_corpus(con).articles == 0
    assert dt.date.today()
