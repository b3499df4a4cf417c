"""POST /extract: text or HTML in, the record out; bad input gets a coded 422."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dateline.api import create_app
from dateline.settings import Settings


@pytest.fixture(scope="module")
def client(seeded_db):
    with TestClient(create_app(Settings(), db=seeded_db)) as c:
        yield c


def test_extract_text_matches_python_api(client, example_text, example_article):
    r = client.post("/extract", json={"text": example_text, "published": "2015-03-22"})
    assert r.status_code == 200
    assert r.json() == example_article.model_dump(mode="json")


def test_extract_html(client):
    html = (
        "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>"
        "<p>LONDON – The council voted on Monday to expand the park, officials said.</p>"
        "<p>The mayor welcomed the decision.</p></article></body></html>"
    )
    record = client.post("/extract", json={"text": html, "url": "https://example.org/a"}).json()
    assert "council voted" in record["body"]
    assert "<p>" not in record["body"]
    assert record["source"]["url"] == "https://example.org/a"


def test_extract_bad_input(client):
    r = client.post("/extract", json={"text": "\u0000\u0001binary"})
    assert r.status_code == 422
    assert r.json()["detail"]["code"].startswith("E1")
    assert client.post("/extract", json={"text": ""}).status_code == 422
    assert client.post("/extract", json={"nope": "x"}).status_code == 422
