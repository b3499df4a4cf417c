"""The web UI in a real (headless) Chromium over a seeded store; screenshots go to test-artifacts/."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .conftest import shot


def _open(page, live_server, hash_path: str):
    page.goto(f"{live_server}/#/{hash_path}")
    page.wait_for_selector("body[data-ready]")


def test_article_list_and_search(page, live_server):
    _open(page, live_server, "articles")
    rows = page.locator("tr.article-row")
    expect(rows).to_have_count(4)
    page.fill("#search-input", "Stoltenberg")
    page.press("#search-input", "Enter")
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("tr.article-row")).to_have_count(1)
    expect(page.locator("tr.article-row a")).to_have_text(
        "Harper to talk ISIS with NATO secretary general in Ottawa"
    )
    shot(page, "articles-search")


def test_article_view_highlights_quote_with_speaker(page, live_server):
    _open(page, live_server, "articles?q=Stoltenberg")
    page.click("tr.article-row a")
    page.wait_for_selector("#article-text")
    expect(page.locator(".headline")).to_have_text(
        "Harper to talk ISIS with NATO secretary general in Ottawa"
    )
    quote = page.locator("#article-text .seg.quote-direct")
    assert quote.count() >= 1
    assert "It is important we keep the channels" in "".join(quote.all_text_contents())
    speakers = set(quote.evaluate_all("els => els.map(e => e.dataset.speakerName)"))
    assert any("Stoltenberg" in name for name in speakers), speakers
    expect(page.locator(".speaker-badge").filter(has_text="Stoltenberg").first).to_be_visible()
    direct = page.locator(".quotes-list .quote-direct", has_text="It is important we keep")
    expect(direct.locator(".speaker-link")).to_contain_text("Stoltenberg")
    assert page.locator("#article-text .seg.ann-ent").count() > 10
    assert page.locator("#article-text .seg.ann-time").count() >= 1
    assert page.locator("#article-text .seg.ann-place").count() >= 1
    assert page.locator("#article-text .seg.ann-event").count() >= 1
    # the headline's own event is highlighted in the headline, not in the body
    headline_event = page.locator("#article-headline .seg.ann-event")
    expect(headline_event).to_have_count(1)
    expect(headline_event).to_have_text("Harper to talk ISIS with NATO secretary general in Ottawa")
    head_id = headline_event.get_attribute("data-event")
    expect(page.locator(f'#article-text .seg[data-event="{head_id}"]')).to_have_count(0)
    expect(page.locator(".events-list .event-item").first).to_contain_text("→")
    expect(page.locator(".removed-list li")).not_to_have_count(0)
    time_seg = page.locator("#article-text .seg.ann-time").first
    time_seg.hover()
    expect(page.locator("#tooltip")).to_be_visible()
    expect(page.locator("#tooltip")).to_contain_text("→")
    quote.filter(has_text="channels for military").first.click()
    expect(page.locator("#pick-detail")).to_contain_text("Stoltenberg")
    shot(page, "article-view")


def test_timeline_has_bars_and_filters(page, live_server):
    _open(page, live_server, "timeline")
    bars = page.locator("#timeline-chart rect.bar")
    assert bars.count() >= 3
    shot(page, "timeline")
    _open(page, live_server, "timeline?actor=DEU&color=quad")
    assert 1 <= page.locator("#timeline-chart rect.bar").count() < bars.count() + 10
    expect(page.locator("#timeline-chart .legend")).to_contain_text("cooperation")
    _open(page, live_server, "timeline?since=2015-03-01&until=2015-03-31")
    assert page.locator("#timeline-chart rect.bar").count() >= 2
    expect(page.locator("#timeline-chart")).to_contain_text("per day")
    shot(page, "timeline-2015-03")
    _open(page, live_server, "timeline?country=UA")
    expect(page.locator("#timeline-chart")).to_contain_text("dated events")


def test_map_has_markers_on_offline_base_map(page, live_server):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    _open(page, live_server, "map")
    assert page.locator("#map-chart path.country").count() > 100
    assert page.locator("#map-chart circle.marker").count() >= 3
    assert all(u.startswith(live_server) for u in requests), [
        u for u in requests if not u.startswith(live_server)
    ]
    shot(page, "map")


def test_network_has_nodes_and_coloured_edges(page, live_server):
    _open(page, live_server, "network")
    nodes = page.locator("#network-chart circle.node")
    assert nodes.count() >= 6
    labels = page.locator("#network-chart text.node-label").all_text_contents()
    assert {"DEU", "FRA", "UKRCVL", "UKRGOV"} <= set(labels)
    assert page.locator("#network-chart path.edge-coop").count() >= 1
    assert page.locator("#network-chart path.edge-conflict").count() >= 1
    shot(page, "network")


def test_paste_an_article_extracts_live(page, live_server):
    _open(page, live_server, "extract")
    page.fill(
        "#paste-text",
        "Talks in Ottawa\n\nOTTAWA – Prime Minister Stephen Harper met NATO chief Jens "
        "Stoltenberg on Monday.",
    )
    page.fill("#paste-published", "2015-03-22")
    page.click("#paste-submit")
    page.wait_for_selector("#paste-result .headline")
    expect(page.locator("#paste-result .headline")).to_have_text("Talks in Ottawa")
    assert page.locator("#paste-result .seg.ann-ent").count() >= 2
    shot(page, "paste")


def test_hostile_markup_renders_inert(page, live_server):
    _open(page, live_server, "articles")
    page.click("tr.article-row a:text('Hostile markup test')")
    page.wait_for_selector("#article-text")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
    assert page.locator("#view img").count() == 0
    assert page.locator("#view script").count() == 0
    text = page.locator("#article-text").text_content()
    assert "<script>window.__xss = 'script'</script>" in text
    assert re.search(r'"><img src=x onerror=', text)
    expect(page.locator(".headline")).to_contain_text("<img src=x")
    expect(page.locator('.speaker-badge[data-speaker="E90"]')).to_contain_text("<img src=x")
    shot(page, "xss-inert")
    _open(page, live_server, "network")
    assert page.locator("#view img").count() == 0
    assert page.evaluate("window.__xss") is None
    assert page.console_errors == []


def test_openapi_page_renders_offline(page, live_server):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{live_server}/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    assert page.locator(".swagger-ui .opblock").count() >= 10
    assert all(u.startswith(live_server) or u.startswith("data:") for u in requests), requests
    shot(page, "openapi-docs")
