"""A digest of every record the pipeline makes of a fixed set of texts, to show a change alters no output.

Usage: .venv/bin/python bench/output_digest.py OUT.tsv [--places 150] [--records DIR] [--bench]

The texts: the shared example, the first ``--places`` articles of places.dev (headline and text)
and every article of the events-news gold (its text field, its date); with ``--bench`` also each
distinct article of the throughput benchmark (HTML pages included). Each goes through
``process_many`` as ``dateline ingest`` runs it (batches of the configured size) and its full
record, as JSON, is hashed with sha256. The records hold no timing fields, so the same code gives
the same digests. ``OUT.tsv`` has one line per text (its name and its record's digest); the last
line printed is the digest of all of them. ``--records DIR`` also writes the records, one JSON
Lines file per set, to find what differs when two digests do.

Example::

    .venv/bin/python bench/output_digest.py /tmp/before.tsv
    # ... change the code ...
    .venv/bin/python bench/output_digest.py /tmp/after.tsv
    cmp /tmp/before.tsv /tmp/after.tsv && echo identical
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SHARED, real_articles  # noqa: E402

EXAMPLE = SHARED / "examples" / "harper-stoltenberg-2015.txt"
Text = tuple[str, bytes | str, str | None, str | None]


def example_texts() -> Iterator[Text]:
    """The shared example article: (name, data, url, published)."""
    yield "example", EXAMPLE.read_bytes(), None, "2015-03-22"


def places_texts(limit: int) -> Iterator[Text]:
    """The first ``limit`` places.dev articles, headline and text as the benchmark joins them."""
    with (SHARED / "eval" / "places.dev.jsonl").open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if n >= limit:
                return
            record = json.loads(line)
            text = f"{record.get('title') or ''}\n\n{record['text']}".strip()
            yield f"places:{record['id']}", text, None, None


def events_news_texts() -> Iterator[Text]:
    """Every article of the events-news gold, its text field and date."""
    from dateline.evaluate.events_news import GOLD, article_texts, load_gold

    gold = load_gold(GOLD)
    texts = article_texts(gold, SHARED / "eval")
    for item in gold:
        entry = texts[item["id"]]
        yield f"events-news:{item['id']}", entry["text"], None, (entry["date"] or "")[:10] or None


def bench_texts() -> Iterator[Text]:
    """Each distinct article of the throughput benchmark, HTML pages as pages."""
    for n, article in enumerate(real_articles()):
        if article["kind"] == "html":
            yield f"bench:{n}", article["html"], article.get("url") or "https://example.org/page", None
        else:
            yield f"bench:{n}", article["text"], None, article.get("published") or None


def digests(texts: list[Text], records: Path | None) -> Iterator[tuple[str, str]]:
    """(name, sha256 of the record's JSON) of each text, in order; a failure hashes its message."""
    from dateline.nlp import get_nlp
    from dateline.process import Failure, process_many
    from dateline.sources.raw import read_bytes

    raws = [
        replace(read_bytes(data, path=name, url=url), published=published)
        for name, data, url, published in texts
    ]
    out = records.open("w", encoding="utf-8") if records else None
    try:
        for (name, *_), result in zip(texts, process_many(raws, nlp=get_nlp()), strict=True):
            if isinstance(result, Failure):
                line = json.dumps({"document": name, "error": str(result.error)})
            else:
                line = result.model_dump_json()
            if out is not None:
                out.write(line + "\n")
            yield name, hashlib.sha256(line.encode("utf-8")).hexdigest()
    finally:
        if out is not None:
            out.close()


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="TSV of text names and record digests.")
    parser.add_argument("--places", type=int, default=150, help="places.dev articles (the first N).")
    parser.add_argument("--bench", action="store_true", help="Also the throughput benchmark's articles.")
    parser.add_argument("--records", type=Path, default=None, help="Also write the records here.")
    args = parser.parse_args(argv)
    sets = {
        "example": list(example_texts()),
        "places": list(places_texts(args.places)),
        "events-news": list(events_news_texts()),
    }
    if args.bench:
        sets["bench"] = list(bench_texts())
    if args.records:
        args.records.mkdir(parents=True, exist_ok=True)
    total = hashlib.sha256()
    with args.out.open("w", encoding="utf-8") as handle:
        for set_name, texts in sets.items():
            target = args.records / f"{set_name}.jsonl" if args.records else None
            for name, digest in digests(texts, target):
                handle.write(f"{name}\t{digest}\n")
                total.update(f"{name}\t{digest}\n".encode())
    summary = f"{sum(map(len, sets.values()))} records, digest {total.hexdigest()}"
    print(summary)
    return summary


if __name__ == "__main__":
    main()
