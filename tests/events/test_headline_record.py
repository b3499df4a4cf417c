"""The headline's events in the record (``events/headline_record.py``): a headline split off the
body is coded with the body's first paragraph, and its events come out with evidence in the headline."""

from __future__ import annotations

import json

import pytest

import dateline
from dateline.events import headline_record
from dateline.events.headline_record import context_text, headline_to_code, lead_of
from dateline.process import Failure, process_many
from dateline.schema import Article, evidence_text
from dateline.sources.raw import read_bytes
from dateline.text import clean_text

ACCUSATION = (
    "Peru Accuses Bolivia Of Backing Rebels\n\n"
    "The statement came on Tuesday, officials in Lima said.\n\n"
    "Neither side gave further details of the talks planned for next month."
)
EXPULSION = (
    "Norway Expels Two Russian Diplomats\n\n"
    "Norway expelled two Russian diplomats on Monday, the foreign ministry in Oslo said."
)
NO_HEADLINE = (
    "The council met on Monday to vote on the budget. Police arrested three protesters outside the hall."
)


def _headline_events(article: Article) -> list:
    return [e for e in article.events if e.evidence.source == "headline"]


def _references_resolve(article: Article) -> None:
    entities = {e.id for e in article.entities}
    times = {t.id for t in article.times}
    places = {p.id for p in article.places}
    for event in article.events:
        for actor in (event.source, event.target):
            assert actor is None or actor.entity is None or actor.entity in entities
        assert event.when is None or event.when in times
        assert event.where is None or event.where in places


def test_a_headline_line_yields_its_event_with_evidence_in_the_headline():
    article = dateline.extract(ACCUSATION, published="2024-05-02")
    assert article.headline == "Peru Accuses Bolivia Of Backing Rebels"
    (event,) = _headline_events(article)
    assert event.id.startswith("H") and event.id not in {e.id for e in article.events if e is not event}
    assert event.plover.type == "ACCUSE"
    assert (event.source.code, event.target.code) == ("PER", "BOL")
    assert (event.evidence.start, event.evidence.end) == (0, len(article.headline))
    assert event.evidence.text == article.headline == evidence_text(article, event)
    assert article.headline[event.source.start : event.source.end] == "Peru"
    _references_resolve(article)
    dumped = json.loads(article.model_dump_json())
    assert dumped["events"][-1]["evidence"]["source"] == "headline"


def test_an_html_page_title_yields_its_event():
    paragraphs = "".join(
        f"<p>Diplomats in Lima described the dispute on Tuesday, in remarks number {i} of the day.</p>"
        for i in range(6)
    )
    html = (
        "<html><head><title>Peru Accuses Bolivia Of Backing Rebels</title></head><body><article>"
        f"<h1>Peru Accuses Bolivia Of Backing Rebels</h1>{paragraphs}</article></body></html>"
    )
    article = dateline.extract(html, published="2024-05-02")
    assert article.headline == "Peru Accuses Bolivia Of Backing Rebels"
    assert not article.body.startswith(article.headline)
    (event,) = _headline_events(article)
    assert event.plover.type == "ACCUSE"
    assert evidence_text(article, event) == article.headline[event.evidence.start : event.evidence.end]
    _references_resolve(article)


def test_a_headline_the_lead_codes_is_not_doubled(monkeypatch):
    article = dateline.extract(EXPULSION, published="2024-05-02")
    body = [e for e in article.events if e.evidence.source == "body"]
    assert any(e.plover.type == "SANCTION" and e.source.code == "NOR" for e in body)
    assert _headline_events(article) == []
    # the headline alone is coded as the same act: it is left out because the lead codes it
    told = headline_record.code_headlines

    def without_body_events(nlp, cleans, docs):
        for doc in docs:
            doc._.events = []
        return told(nlp, cleans, docs)

    monkeypatch.setattr("dateline.events.headline_record.code_headlines", without_body_events)
    alone = dateline.extract(EXPULSION, published="2024-05-02")
    assert [e.plover.type for e in _headline_events(alone)] == ["SANCTION"]


def test_a_text_with_no_headline_has_the_record_it_had(monkeypatch):
    article = dateline.extract(NO_HEADLINE, published="2024-05-02")
    assert article.headline is None and _headline_events(article) == []
    monkeypatch.setattr(
        "dateline.events.headline_record.code_headlines", lambda nlp, cleans, docs: [[] for _ in cleans]
    )
    assert (
        dateline.extract(NO_HEADLINE, published="2024-05-02").model_dump_json() == article.model_dump_json()
    )
    assert '"source":"headline"' not in article.model_dump_json()
    assert all("source" not in e["evidence"] for e in article.model_dump()["events"])


def test_a_body_that_begins_with_its_headline_is_not_coded_twice():
    clean = clean_text("Farmers Rally Outside Parliament\n\nHundreds of farmers gathered in the capital.")
    assert clean.headline and headline_to_code(clean) == clean.headline
    assert context_text(clean.headline, clean).startswith(clean.headline + "\n\n")
    clean.body = clean.headline + "\n\n" + clean.body
    assert headline_to_code(clean) is None
    clean.headline = "  "
    assert headline_to_code(clean) is None


def test_the_example_headline_is_the_meeting_its_lead_codes(example_article, example_text, monkeypatch):
    # the headline's Harper-NATO meeting is the body's ("is scheduled to meet with Stoltenberg"):
    # it is not doubled; coded on its own it is the planned meeting
    assert _headline_events(example_article) == []
    assert any(
        e.plover.type == "CONSULT" and e.source.code == "CANGOV" and e.target.code.startswith("IGOWSTNAT")
        for e in example_article.events
        if e.target
    )
    told = headline_record.code_headlines

    def without_body_events(nlp, cleans, docs):
        for doc in docs:
            doc._.events = []
        return told(nlp, cleans, docs)

    monkeypatch.setattr("dateline.events.headline_record.code_headlines", without_body_events)
    alone = dateline.extract(example_text, published="2015-03-22")
    (event,) = _headline_events(alone)
    assert event.plover.type == "CONSULT" and event.modality == "planned"
    assert event.source.text == "Harper" and event.source.country == "CAN"
    assert evidence_text(alone, event) == alone.headline
    _references_resolve(alone)


def test_a_bad_document_in_a_batch_leaves_the_others_whole():
    raws = [
        read_bytes(ACCUSATION, path="a.txt"),
        read_bytes(b"%PDF-1.4 binary", path="b.pdf"),
        read_bytes(EXPULSION, path="c.txt"),
        read_bytes(NO_HEADLINE, path="d.txt"),
    ]
    out = list(process_many(raws, published="2024-05-02", batch_size=8))
    assert [type(x).__name__ for x in out] == ["Article", "Failure", "Article", "Article"]
    assert isinstance(out[1], Failure)
    assert [e.plover.type for e in _headline_events(out[0])] == ["ACCUSE"]
    assert out[3].headline is None


@pytest.mark.parametrize("text", [ACCUSATION, NO_HEADLINE])
def test_the_text_render_shows_the_evidence_words(text):
    from dateline.render import render_text

    article = dateline.extract(text, published="2024-05-02")
    shown = render_text(article)
    for event in article.events:
        assert repr(evidence_text(article, event)[:80]) in shown


def test_a_long_first_paragraph_is_read_up_to_its_last_whole_sentence_within_the_limit():
    paragraph = 'The ferry left the harbour at dawn. Its crew of nine said "all is well." Rain fell. ' * 12
    lead = lead_of(paragraph, 80)
    assert lead == 'The ferry left the harbour at dawn. Its crew of nine said "all is well."'
    assert lead_of("one two three four five six", 12) == "one two"
    assert lead_of("A short lead.", 80) == "A short lead."


def test_a_lead_that_codes_the_headline_act_more_or_less_finely_leaves_it_out():
    from dateline.events.headline_record import _same_act

    assert _same_act(("ASSAULT", "ISR", "PSE"), ("ASSAULT", "ISRMIL", None))
    assert _same_act(("REQUEST", "EGY", None), ("REQUEST", "EGY", "SDN"))
    assert not _same_act(("THREATEN", "RUS", "NOR"), ("THREATEN", "RUS", "SWE"))
    assert not _same_act(("ACCUSE", "RUS", "NOR"), ("THREATEN", "RUS", "NOR"))
    assert not _same_act(("PROTEST", "COP", None), ("PROTEST", "NGACOP", None))
    assert not _same_act(("PROTEST", None, None), ("PROTEST", None, None))
    article = dateline.extract(
        "Denmark Bombs Rebel Camp\n\nDanish jets bombed a rebel camp on Friday, the army said.",
        published="2024-05-02",
    )
    assert any(e.plover.type == "ASSAULT" for e in article.events)
    assert not any(e.plover.type == "ASSAULT" for e in _headline_events(article))


def test_a_headline_the_pass_fails_on_keeps_its_document_and_the_batch(monkeypatch):
    coded = headline_record.headline_events

    def breaks_on_norway(doc, headline, body):
        if "Norway" in headline:
            raise RuntimeError("a bug")
        return coded(doc, headline, body)

    monkeypatch.setattr(headline_record, "headline_events", breaks_on_norway)
    raws = [read_bytes(ACCUSATION, path="a.txt"), read_bytes(EXPULSION, path="c.txt")]
    first, second = process_many(raws, published="2024-05-02", batch_size=8)
    assert [e.plover.type for e in _headline_events(first)] == ["ACCUSE"]
    assert _headline_events(second) == [] and any(e.plover.type == "SANCTION" for e in second.events)
    assert any("headline was not coded" in w for w in second.warnings)
    assert not any("headline was not coded" in w for w in first.warnings)


def test_a_pipe_that_raises_on_one_headline_costs_only_that_headline(monkeypatch):
    from dateline.nlp import get_nlp

    nlp = get_nlp()
    pipe = nlp.pipe

    def pipe_breaking_on_peru(docs, **kwargs):
        docs = list(docs)
        if any(d.text.startswith("Peru") for d in docs):
            raise RuntimeError("a bug")
        return pipe(docs, **kwargs)

    clean = [
        clean_text(ACCUSATION),
        clean_text("Oman Condemns Attack On Tanker\n\nThe ministry spoke on Sunday."),
    ]
    bodies = list(nlp.pipe(c.body for c in clean))
    monkeypatch.setattr(nlp, "pipe", pipe_breaking_on_peru)
    out = headline_record.code_headlines(nlp, clean, bodies)
    assert out[0] == [] and any("headline was not coded" in w for w in bodies[0]._.warnings)
    assert [e["plover"]["type"] for e in out[1]] == ["ACCUSE"]
