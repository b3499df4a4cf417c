"""The UI's pure helpers, run with Node: the timeline's span and the label of a headline-less article."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

JS = Path(__file__).resolve().parents[2] / "src" / "dateline" / "ui" / "js"
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")


def _run(module: str, expression: str):
    url = json.dumps((JS / module).as_uri())
    script = f"import * as m from {url}; console.log(JSON.stringify({expression}));"
    out = subprocess.run(
        [NODE, "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _span(dates: list[tuple[int, int, int]]) -> list[int]:
    """[first year shown, last year shown, dates left out] of the timeline over ``dates`` (y, m, d)."""
    times = ", ".join(f"Date.UTC({y}, {m - 1}, {d})" for y, m, d in dates)
    year = "(t) => new Date(t).getUTCFullYear()"
    return _run(
        "time_range.js",
        f"(() => {{ const r = m.coreRange([{times}]); const y = {year};"
        " return [y(r.lo), y(r.hi), r.outliers.length]; })()",
    )


def test_timeline_spans_the_bulk_of_the_dates_not_a_few_far_ones():
    dates = [(2017, m, d) for m in range(1, 13) for d in (3, 17)] + [(2019, m, 9) for m in range(1, 7)]
    assert _span([*dates, (1997, 5, 2), (1998, 1, 1)]) == [2017, 2019, 2]


def test_timeline_keeps_an_evenly_spread_corpus_whole():
    assert _span([(1990 + i, 1, 1) for i in range(40)]) == [1990, 2029, 0]
    assert _span([(2015, 3, 22)]) == [2015, 2015, 0]


def test_an_article_without_headline_is_listed_by_its_first_words():
    body = "The council met on Tuesday to debate a budget that pays for parks, roads and two new schools."
    assert _run("text.js", f"m.leadText({json.dumps(body)})") == (
        "The council met on Tuesday to debate a budget that pays for …"
    )
    assert _run("text.js", "m.leadText('')") == "(no headline)"


def test_a_headline_event_is_highlighted_in_the_headline_never_in_the_body():
    record = {
        "headline": "Senate Rebukes Governor Over Road Funds",
        "body": "The state senate voted on Monday to censure the governor. The vote was close.",
        "events": [
            {
                "id": "V1",
                "plover": {"type": "ACCUSE"},
                "modality": "asserted",
                "evidence": {"start": 4, "end": 58},
            },
            {
                "id": "H1",
                "plover": {"type": "ACCUSE"},
                "modality": "asserted",
                "evidence": {"start": 0, "end": 23, "source": "headline"},
            },
        ],
    }
    data = json.dumps(record)
    body = _run("article.js", f"m.annotations({data}).map((a) => [a.key, a.start, a.end])")
    head = _run("article.js", f"m.headlineAnnotations({data}).map((a) => [a.key, a.start, a.end])")
    assert body == [["V1", 4, 58]]
    assert head == [["H1", 0, 23]]
    record["headline"] = None
    assert _run("article.js", f"m.headlineAnnotations({json.dumps(record)})") == []
