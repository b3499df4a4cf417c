"""Read routes over a seeded store: shapes ({data, count}), pagination, filters, search, 404s."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dateline.api import create_app
from dateline.settings import Settings


@pytest.fixture(scope="module")
def client(seeded_db):
    with TestClient(create_app(Settings(), db=seeded_db)) as c:
        yield c


def _example_id(client) -> str:
    page = client.get("/search", params={"q": "Stoltenberg"}).json()
    return page["data"][0]["id"]


def test_articles_list_and_paging(client):
    page = client.get("/articles").json()
    assert page["count"] == 4 and len(page["data"]) == 4
    assert {"id", "headline", "published", "n_events"} <= set(page["data"][0])
    second = client.get("/articles", params={"skip": 1, "limit": 2}).json()
    assert second["count"] == 4
    assert [a["id"] for a in second["data"]] == [a["id"] for a in page["data"][1:3]]
    assert client.get("/articles", params={"since": "2023-01-01"}).json()["count"] == 3
    assert client.get("/articles", params={"limit": 0}).status_code == 422
    assert client.get("/articles", params={"limit": 10**6}).status_code == 422


def test_article_record_round_trips(client, seed_articles):
    record = client.get(f"/articles/{_example_id(client)}").json()
    expected = seed_articles[0].model_dump(mode="json")
    assert record == expected
    assert client.get("/articles/nope").status_code == 404


def _seed_events(seed_articles):
    from dateline.store.rows import to_date

    out = []
    for a in seed_articles:
        places = {p.id: p for p in a.places}
        times = {t.id: t.value for t in a.times}
        for e in a.events:
            place = places.get(e.where) if e.where else None
            date = to_date(times.get(e.when)) or to_date(a.published.value if a.published else None)
            out.append((a, e, place, date))
    return out


def _has_country(e, place, codes) -> bool:
    ends = [x.country for x in (e.source, e.target) if x]
    return any(c in codes for c in ends) or bool(place and place.country in codes)


def test_events_filters_and_places(client, seed_articles):
    import datetime as dt

    from dateline.ontology.event_confidence import default_threshold

    seeded = _seed_events(seed_articles)
    page = client.get("/events", params={"limit": 1000, "min_confidence": 0}).json()
    assert page["count"] == len(page["data"]) == len(seeded) >= 8
    confident = [e for _, e, _, _ in seeded if e.confidence is None or e.confidence >= default_threshold()]
    assert client.get("/events", params={"limit": 1000}).json()["count"] == len(confident) < len(seeded)
    for row in page["data"]:
        if row["where"]:
            article = next(a for a in seed_articles if a.id == row["article_id"])
            place = next(p for p in article.places if p.id == row["where"])
            assert row["place"]["name"] == place.name and row["place"]["lat"] == place.lat
    deu = client.get("/events", params={"actor": "DEU", "limit": 1000, "min_confidence": 0}).json()
    expected = [
        e
        for _, e, _, _ in seeded
        if any(
            x and ((x.code or "").startswith("DEU") or x.country in ("DE", "DEU"))
            for x in (e.source, e.target)
        )
    ]
    assert deu["count"] == len(expected) >= 1
    protest = client.get(
        "/events", params={"type": "PROTEST", "country": "UA", "limit": 1000, "min_confidence": 0}
    ).json()
    expected = [
        e for _, e, p, _ in seeded if e.plover.type == "PROTEST" and _has_country(e, p, ("UA", "UKR"))
    ]
    assert protest["count"] == len(expected) >= 1
    assert all(row["plover"]["type"] == "PROTEST" for row in protest["data"])
    in_2023 = client.get(
        "/events", params={"since": "2023-01-01", "until": "2023-12-31", "min_confidence": 0}
    ).json()
    expected = [e for _, e, _, d in seeded if d and dt.date(2023, 1, 1) <= d <= dt.date(2023, 12, 31)]
    assert in_2023["count"] == len(expected) >= 2
    assert all(row["date"].startswith("2023") for row in in_2023["data"])
    assert client.get("/events", params={"since": "yesterday"}).status_code == 422


def test_quotes_entities_clusters_stats(client):
    quotes = client.get("/quotes", params={"speaker": "Stoltenberg"}).json()
    assert quotes["count"] >= 1
    assert {q["speaker_name"] for q in quotes["data"]} == {"Jens Stoltenberg"}
    assert any(q["text"].startswith("It is important") for q in quotes["data"])
    entities = client.get("/entities", params={"type": "PERSON", "limit": 5}).json()
    assert entities["count"] >= 5 and len(entities["data"]) == 5
    assert all(e["type"] == "PERSON" for e in entities["data"])
    assert client.get("/clusters").json() == {"data": [], "count": 0}
    stats = client.get("/stats").json()
    assert stats["articles"] == 4 and stats["events"] == page_count(client)
    assert sum(stats["by_plover"].values()) == stats["events"]
    assert stats["search"] in ("fts", "ilike")


def page_count(client) -> int:
    """Every stored event (the store's counts include the ones below the default confidence)."""
    return client.get("/events", params={"min_confidence": 0}).json()["count"]


def test_search_ranks_and_snippets(client):
    page = client.get("/search", params={"q": "defensive weapons"}).json()
    assert page["count"] == 1
    assert "weapons" in page["data"][0]["snippet"]
    assert client.get("/search", params={"q": "zzzunknownword"}).json()["count"] == 0
    assert client.get("/search").status_code == 422


def test_search_uses_fts_index(client):
    assert client.get("/stats").json()["search"] == "fts"


def test_openapi_docs_offline(client):
    spec = client.get("/openapi.json").json()
    for path in (
        "/extract",
        "/articles",
        "/articles/{article_id}",
        "/events",
        "/entities",
        "/quotes",
        "/clusters",
        "/stats",
        "/search",
        "/ingest",
    ):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/ui/vendor/swagger/swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text
    assert client.get("/ui/vendor/swagger/swagger-ui-bundle.js").status_code == 200


def test_ui_is_served_with_csp(client):
    index = client.get("/")
    assert index.status_code == 200 and "ui/js/app.js" in index.text
    assert "script-src 'self'" in index.headers["content-security-policy"]
    assert client.get("/ui/js/app.js").status_code == 200
    assert client.get("/ui/vendor/countries-110m.json").json()["type"] == "Topology"


def test_codes_come_from_the_ontology(client):
    from dateline.ontology import load_json

    body = client.get("/codes").json()
    plover = load_json("plover.json")
    assert body["plover_types"] == list(plover["types"])
    assert body["plover_quad"]["ASSAULT"] == plover["types"]["ASSAULT"]["quad_class"]
    assert body["quad_classes"]["1"] == "verbal cooperation"
