"""Seeded databases for the API and browser tests: real extracted records written by the store's writer.

The example article is extracted with ``dateline.extract``; when a layer of the pipeline (quotes,
places, events) yields nothing for it, the items of that layer are added from the example's gold
annotation with offsets found in the real body, so the UI tests check real highlighting either way.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from dateline.schema import Article

XSS_SCRIPT = "<script>window.__xss = 'script'</script>"
XSS_IMG = '"><img src=x onerror="window.__xss=\'img\'">'

OTHER_ARTICLES = [
    (
        "Germany and France agree to expand energy cooperation",
        "BERLIN – Germany and France signed an agreement on Tuesday to expand their energy "
        "cooperation, officials said. Chancellor Olaf Scholz met President Emmanuel Macron in Berlin.",
        "2023-05-09",
    ),
    (
        "Protesters rally in Kyiv against corruption",
        "KYIV – Thousands of protesters rallied in Kyiv on Sunday to accuse officials of corruption. "
        "Police said the demonstration was peaceful.",
        "2023-06-04",
    ),
]


def _span(body: str, needle: str, start: int = 0) -> tuple[int, int]:
    at = body.index(needle, start)
    return at, at + len(needle)


def _entity_id(record: dict, name_part: str, *, name: str, type_: str, country: str | None) -> str:
    for e in record["entities"]:
        if name_part in e["name"]:
            return e["id"]
    new_id = f"E{len(record['entities']) + 1}"
    body = record["body"]
    mentions = []
    pos = body.find(name_part)
    while pos >= 0:
        mentions.append({"start": pos, "end": pos + len(name_part), "text": name_part})
        pos = body.find(name_part, pos + 1)
    record["entities"].append(
        {"id": new_id, "name": name, "type": type_, "country": country, "mentions": mentions}
    )
    return new_id


def complete_example(article: Article) -> Article:
    """The example record with quotes, times, places and events added where the pipeline gave none.

    The tests compute what they expect from the seeded records, so real pipeline output is kept."""
    record = article.model_dump(mode="json")
    body = record["body"]
    stolt = _entity_id(record, "Stoltenberg", name="Jens Stoltenberg", type_="PERSON", country="NO")
    if not any(q["kind"] == "direct" for q in record["quotes"]):
        start, end = _span(body, "It is important we keep")
        end = body.index("control", start) + len("control")
        sp_start, sp_end = _span(body, "Stoltenberg told")
        record["quotes"].append(
            {
                "kind": "direct",
                "text": body[start:end],
                "start": start,
                "end": end,
                "speaker": stolt,
                "speaker_text": "Stoltenberg",
                "speaker_start": sp_start,
                "speaker_end": sp_start + 11,
                "cue": "told",
                "medium": "the Guardian",
            }
        )
    if not record["times"]:
        for i, (needle, value) in enumerate(
            [
                ("on Monday", "2015-03-23"),
                ("last week", "2015-W11"),
                ("On Sunday", "2015-03-22"),
                ("last October", "2014-10"),
                ("this week", "2015-W12"),
            ],
            start=1,
        ):
            start, end = _span(body, needle)
            record["times"].append(
                {
                    "id": f"T{i}",
                    "text": needle,
                    "start": start,
                    "end": end,
                    "value": value,
                    "anchor": "2015-03-22",
                    "anchor_source": "argument",
                }
            )
    if not record["places"]:
        for i, (name, country, lat, lon) in enumerate(
            [
                ("Ottawa", "CA", 45.41117, -75.69812),
                ("Canada", "CA", 60.10867, -113.64258),
                ("Ukraine", "UA", 49.0, 32.0),
                ("Iraq", "IQ", 33.0, 44.0),
            ],
            start=1,
        ):
            needle = "OTTAWA" if name == "Ottawa" else name
            mentions = [
                {"start": s, "end": s + len(needle), "text": needle} for s in [body.find(needle)] if s >= 0
            ]
            record["places"].append(
                {
                    "id": f"P{i}",
                    "name": name,
                    "country": country,
                    "lat": lat,
                    "lon": lon,
                    "mentions": mentions,
                }
            )
    if not record["events"]:
        place = {p["name"]: p["id"] for p in record["places"]}
        harper = _entity_id(record, "Harper", name="Stephen Harper", type_="PERSON", country="CA")
        events = [
            (
                "Prime Minister Stephen Harper is scheduled to meet with Stoltenberg",
                {"entity": harper, "text": "Stephen Harper", "code": "CANGOV", "country": "CAN"},
                {"entity": stolt, "text": "Stoltenberg", "code": "IGOWSTNAT", "country": None},
                "CONSULT",
                "036",
                4.0,
                1,
                "planned",
                place.get("Ottawa"),
                "on Monday",
            ),
            (
                "mobilizing 45,000 northern troops",
                {"text": "Vladmir Putin", "code": "RUSGOV", "country": "RUS"},
                None,
                "MOBILIZE",
                "154",
                -7.2,
                4,
                "asserted",
                None,
                "last week",
            ),
            (
                "actively considering sending lethal defensive weapons to Ukraine",
                {"text": "The United States", "code": "USA", "country": "USA"},
                {"text": "Ukraine", "code": "UKR", "country": "UKR"},
                "AID",
                "0332",
                5.2,
                2,
                "planned",
                place.get("Ukraine"),
                None,
            ),
            (
                "Germany has urged caution",
                {"text": "Germany", "code": "DEU", "country": "DEU"},
                {"text": "the U.S.", "code": "USA", "country": "USA"},
                "REQUEST",
                "020",
                3.0,
                1,
                "asserted",
                None,
                None,
            ),
            (
                "has warned that snap Russian military exercises",
                {"entity": stolt, "text": "Stoltenberg", "code": "IGOWSTNAT", "country": None},
                {"text": "Russia", "code": "RUS", "country": "RUS"},
                "ACCUSE",
                "138",
                -2.0,
                3,
                "asserted",
                None,
                None,
            ),
            (
                "That task is currently being led by the U.S. at two camps in Iraq",
                {"text": "the U.S.", "code": "USA", "country": "USA"},
                {"text": "Iraq", "code": "IRQ", "country": "IRQ"},
                "AID",
                "072",
                7.4,
                2,
                "asserted",
                place.get("Iraq"),
                None,
            ),
        ]
        times = {t["text"]: t["id"] for t in record["times"]}
        for i, (needle, src, tgt, ptype, cameo, gold, quad, modality, where, when) in enumerate(
            events, start=1
        ):
            start, end = _span(body, needle)
            record["events"].append(
                {
                    "id": f"V{i}",
                    "source": src,
                    "target": tgt,
                    "plover": {"type": ptype},
                    "cameo": {"code": cameo},
                    "goldstein": gold,
                    "quad_class": quad,
                    "modality": modality,
                    "where": where,
                    "when": times.get(when),
                    "evidence": {"start": start, "end": end, "text": needle},
                    "rule": "test-seed",
                }
            )
    headline = record.get("headline")
    if headline and not any(e["evidence"].get("source") == "headline" for e in record["events"]):
        record["events"].append(
            {
                "id": "H1",
                "source": {"text": "Harper", "code": "CANGOV", "country": "CAN"},
                "target": {"text": "NATO", "code": "IGOWSTNAT", "country": None},
                "plover": {"type": "CONSULT"},
                "cameo": {"code": "040"},
                "goldstein": 1.0,
                "quad_class": 1,
                "modality": "planned",
                "where": None,
                "when": None,
                "evidence": {"start": 0, "end": len(headline), "text": headline, "source": "headline"},
                "rule": "test-seed",
            }
        )
    return Article.model_validate(record)


def xss_article() -> Article:
    """A record whose body, headline, entity, quote and event hold HTML/script payloads."""
    import dateline

    text = (
        f"Hostile markup test {XSS_IMG}\n\n"
        f"LONDON – The council said {XSS_SCRIPT} on Monday that it would meet the union. "
        f"A spokesman added: “{XSS_IMG} we will talk.”"
    )
    article = dateline.extract(text, published="2024-01-15")
    record = article.model_dump(mode="json")
    body = record["body"]
    assert XSS_SCRIPT in body and XSS_IMG in body, body
    s_start, s_end = _span(body, XSS_SCRIPT)
    i_start, i_end = _span(body, XSS_IMG, s_end)
    record["entities"].append(
        {
            "id": "E90",
            "name": XSS_IMG,
            "type": "ORG",
            "mentions": [{"start": s_start, "end": s_end, "text": XSS_SCRIPT}],
        }
    )
    record["quotes"].append(
        {
            "kind": "direct",
            "text": XSS_IMG,
            "start": i_start,
            "end": i_end,
            "speaker": "E90",
            "speaker_text": XSS_SCRIPT,
            "cue": "added",
        }
    )
    record["events"].append(
        {
            "id": "V90",
            "source": {"entity": "E90", "text": XSS_SCRIPT, "code": XSS_IMG},
            "target": {"text": XSS_IMG, "code": "GBR"},
            "plover": {"type": "CONSULT"},
            "quad_class": 1,
            "evidence": {"start": s_start, "end": i_end},
            "rule": "test-seed",
        }
    )
    return Article.model_validate(record)


def other_articles() -> list[Article]:
    """Small real records on other dates, each with one fixed coded event added to what the pipeline
    found (a cooperation DEU -> FRA in Berlin, a conflict UKRCVL -> UKRGOV in Kyiv), so the timeline,
    map and network always have known items."""
    import dateline

    out = []
    codes = [
        ("DEU", "FRA", "AGREE", "057", 1, (52.52, 13.405), "Berlin", "DE"),
        ("UKRCVL", "UKRGOV", "PROTEST", "141", 3, (50.45, 30.52), "Kyiv", "UA"),
    ]
    for (headline, text, published), (src, tgt, ptype, cameo, quad, (lat, lon), city, cc) in zip(
        OTHER_ARTICLES, codes, strict=True
    ):
        record = dateline.extract(f"{headline}\n\n{text}", published=published).model_dump(mode="json")
        body = record["body"]
        start = body.index(city)
        where = next((p["id"] for p in record["places"] if p["name"] == city), None)
        if where is None:
            where = f"P{len(record['places']) + 1}"
            record["places"].append(
                {
                    "id": where,
                    "name": city,
                    "country": cc,
                    "lat": lat,
                    "lon": lon,
                    "mentions": [{"start": start, "end": start + len(city), "text": city}],
                }
            )
        record["events"].append(
            {
                "id": f"V{len(record['events']) + 1}",
                "source": {"text": src, "code": src, "country": src[:3]},
                "target": {"text": tgt, "code": tgt, "country": tgt[:3]},
                "plover": {"type": ptype},
                "cameo": {"code": cameo},
                "quad_class": quad,
                "where": where,
                "evidence": {"start": 0, "end": len(body.split(".")[0])},
                "rule": "test-seed",
            }
        )
        out.append(Article.model_validate(record))
    return out


def write_db(path: Path, articles: list[Article]) -> Path:
    """Write records into a new store at ``path`` with the store's own writer, and index them."""
    from dateline.store import DocRef, StoreWriter, connect, queries

    con = connect(path)
    try:
        writer = StoreWriter(con)
        refs = [(DocRef(raw_id=hashlib.sha256(a.id.encode()).hexdigest()), a) for a in articles]
        writer.write_batch(refs)
        queries.build_search_index(con)
    finally:
        con.close()
    return path
