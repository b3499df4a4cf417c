"""CPU per pipeline stage over the benchmark's distinct articles, in one process.

Usage: .venv/bin/python bench/stages.py [--docs 150] [--repeat 1] [--profile out.prof] [--json]

Wall-clock throughput on a shared machine swings with the load; the CPU time of each stage over a
fixed sample is steadier, so a change to one stage is measured here, before and after, in the same
conditions. Each article (the corpus of ``throughput.py``, each distinct article once) is read and
cleaned, then sent through the pipes one at a time; the CPU (``time.process_time``) of every pipe is
summed. The pipeline's start-up (loading it and a first document, which loads the tables the
components read lazily) is timed apart. Reported: seconds per stage and each stage's share of the
model's own pipes (``S``, the units of ``docs/performance.md``). ``--profile`` also writes a
cProfile dump of the pipes.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import real_articles  # noqa: E402

MODEL = "model"


def _raw(article: dict, n: int):
    """The article as ``dateline ingest`` reads it from the benchmark's JSON Lines."""
    from dateline.settings import load_settings
    from dateline.sources.jsonl import record_to_raw

    if article["kind"] == "html":
        record = {"html": article["html"], "url": article.get("url")}
    else:
        record = {"text": article["text"], "published": article.get("published") or None}
    return record_to_raw(record, name=f"article-{n}", settings=load_settings())


def measure(docs: int, repeat: int, profile: Path | None) -> dict:
    """CPU seconds per stage over the first ``docs`` distinct articles, ``repeat`` times."""
    from dateline.nlp import get_nlp
    from dateline.process import build_article, make_doc, prepare

    started = time.process_time()
    nlp = get_nlp()
    articles = real_articles()[:docs]
    # the first document loads the tables the components read lazily (GeoNames index, actors)
    first = prepare(_raw(articles[0], 0))
    build_article(first, nlp(make_doc(nlp, first)))
    startup = time.process_time() - started
    stages: dict[str, float] = {"read": 0.0}
    profiler = cProfile.Profile() if profile else None
    for _ in range(repeat):
        for n, article in enumerate(articles):
            started = time.process_time()
            prepared = prepare(_raw(article, n))
            doc = make_doc(nlp, prepared)
            stages["read"] += time.process_time() - started
            for name, proc in nlp.pipeline:
                key = name if name.startswith("dateline_") else MODEL
                started = time.process_time()
                if profiler is not None:
                    profiler.enable()
                doc = proc(doc)
                if profiler is not None:
                    profiler.disable()
                stages[key] = stages.get(key, 0.0) + time.process_time() - started
            started = time.process_time()
            build_article(prepared, doc)
            stages["record"] = stages.get("record", 0.0) + time.process_time() - started
    if profiler is not None and profile is not None:
        profiler.dump_stats(str(profile))
    model = stages[MODEL] or 1.0
    ours = sum(v for k, v in stages.items() if k.startswith("dateline_"))
    return {
        "docs": len(articles),
        "repeat": repeat,
        "startup_cpu_s": round(startup, 3),
        "cpu_s": {k: round(v, 3) for k, v in stages.items()},
        "share_of_model": {k: round(v / model, 4) for k, v in stages.items()},
        "dateline_components_share_of_model": round(ours / model, 4),
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=150, help="Distinct articles (the first N).")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", type=Path, default=None, help="Write a cProfile dump of the pipes.")
    parser.add_argument("--json", action="store_true", help="Print the result as JSON only.")
    args = parser.parse_args(argv)
    result = measure(args.docs, args.repeat, args.profile)
    print(json.dumps(result, indent=None if args.json else 2))
    return result


if __name__ == "__main__":
    main()
