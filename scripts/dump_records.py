"""Write the records of the example article and of every dev set's texts, one JSONL file per set.

Used to show that a refactoring changes no record: dump before and after, then diff.

Example::

    .venv/bin/python scripts/dump_records.py /tmp/before
    # ... change the code ...
    .venv/bin/python scripts/dump_records.py /tmp/after
    diff -r /tmp/before /tmp/after && echo identical
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

from dateline.evaluate import default_eval_dir
from dateline.isodates import to_date
from dateline.nlp import get_nlp
from dateline.process import Failure, process_many
from dateline.sources.raw import RawDocument, read_bytes

EXAMPLE = Path("/work/shared/examples/harper-stoltenberg-2015.txt")
SETS = ("5w1h", "events-plover", "html", "places", "quotes", "time")


def _documents(path: Path, limit: int | None) -> Iterator[tuple[RawDocument, str | None]]:
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                return
            item = json.loads(line)
            text = item.get("html") or item.get("text") or ""
            day = to_date(item.get("date") or item.get("dct"))
            yield read_bytes(text, path=item["id"]), (day.isoformat() if day else None)


def _dump(docs: list[tuple[RawDocument, str | None]], out: Path) -> None:
    nlp = get_nlp()
    with out.open("w", encoding="utf-8") as f:
        for raw, published in docs:
            (result,) = process_many([raw], nlp=nlp, published=published)
            if isinstance(result, Failure):
                f.write(json.dumps({"document": raw.name, "error": str(result.error)}) + "\n")
            else:
                f.write(result.model_dump_json() + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="Records per dev set.")
    parser.add_argument("--sets", default=",".join(SETS), help="Comma-separated dev set names.")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    example = read_bytes(EXAMPLE.read_bytes(), path=EXAMPLE.name)
    _dump([(example, "2015-03-22")], args.out / "example.jsonl")
    eval_dir = default_eval_dir()
    for name in filter(None, args.sets.split(",")):
        _dump(list(_documents(eval_dir / f"{name}.dev.jsonl", args.limit)), args.out / f"{name}.jsonl")


if __name__ == "__main__":
    main()
