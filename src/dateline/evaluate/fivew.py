"""Main-event (5W1H) answers on 5w1h.dev: top-answer precision and soft token-F1 per W, as in the README.

Also scores the places of the canonical example against its gold file (recall of the "must" places,
country accuracy, distance of coordinates).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from . import split
from .report import Report

WS = ("who", "what", "when", "where", "why", "how")
L2 = 0.05
FOUR = ("who", "what", "when", "where")
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, punctuation dropped."""
    return _TOKEN.findall((text or "").lower())


def token_f1(predicted: str, gold: str) -> float:
    """Token-overlap F1 of two phrases (multiset overlap)."""
    p, g = Counter(tokens(predicted)), Counter(tokens(gold))
    common = sum((p & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def score_answers(pairs: list[tuple[str | None, list[str]]]) -> dict[str, float]:
    """Precision of the top answer (best token-F1 >= 0.5 with any gold phrase) and the soft score."""
    judged = [(top, gold) for top, gold in pairs if gold]
    if not judged:
        return {"precision": 0.0, "soft": 0.0, "n": 0.0}
    best = [max(token_f1(top, g) for g in gold) if top else 0.0 for top, gold in judged]
    return {
        "precision": sum(b >= 0.5 for b in best) / len(best),
        "soft": sum(best) / len(best),
        "n": float(len(best)),
    }


def _published(date: str | None) -> str | None:
    return date[:10] if date and re.match(r"\d{4}-\d{2}-\d{2}", date) else None


def example_places(example: Path, gold_path: Path) -> dict[str, float]:
    """Recall of the gold's "must" places, country accuracy and Ottawa-style coordinate hits (< 0.1 deg)."""
    import dateline

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = dateline.extract(example.read_text(encoding="utf-8"), published=gold.get("anchor_date"))
    found = countries = coords = with_coords = 0
    must = gold["places"]["must"]
    for item in must:
        place = next((p for p in article.places if item["name"] in (p.name, *p.aliases)), None)
        if place is None:
            continue
        found += 1
        countries += place.country == item["country"]
        if "lat" in item:
            with_coords += 1
            coords += (
                place.lat is not None
                and abs(place.lat - item["lat"]) < 0.1
                and abs(place.lon - item["lon"]) < 0.1
            )
    return {
        "recall": found / len(must),
        "country_accuracy": countries / found if found else 0.0,
        "coordinates_within_0.1": coords / with_coords if with_coords else 0.0,
    }


def _doc(record: dict):
    """The processed Doc of one article (body only; None when the text is rejected)."""
    from ..errors import DatelineError
    from ..nlp import get_nlp
    from ..process import make_doc, prepare
    from ..sources.raw import read_bytes

    nlp = get_nlp()
    try:
        prepared = prepare(read_bytes(record["text"]), published=_published(record.get("date")))
    except DatelineError:
        return None
    return nlp(make_doc(nlp, prepared))


def _summaries(record: dict) -> tuple[dict | None, dict | None]:
    """The summary of one article from its body alone, and with its title given as the headline."""
    from ..nlp import get_nlp

    doc = _doc(record)
    if doc is None:
        return None, None
    body_only = doc._.summary
    if not record.get("title"):
        return body_only, body_only
    doc._.headline = record["title"]
    return body_only, get_nlp().get_pipe("dateline_summary").predict(doc)


def _rows(tops: dict[str, list[tuple[str | None, list[str]]]], suffix: str) -> dict[str, dict[str, float]]:
    rows = {f"{w}{suffix}": score_answers(tops[w]) for w in WS}
    for name, group in (("mean (6)", WS), ("mean who/what/when/where", FOUR)):
        rows[f"{name}{suffix}"] = {
            "precision": sum(rows[f"{w}{suffix}"]["precision"] for w in group) / len(group),
            "soft": sum(rows[f"{w}{suffix}"]["soft"] for w in group) / len(group),
        }
    return rows


def run(eval_dir: Path, limit: int | None = None, half: str | None = None) -> Report:
    """Score dateline's summary block on 5w1h.dev.jsonl (and the example's places).

    Rows without a suffix: the article body alone (the headline is not in the body). Rows marked
    "+headline": the same articles with their title passed as the headline, which the summary uses
    to rank candidates and parses for its action (a headline answer has source "headline").
    """
    path = eval_dir / "5w1h.dev.jsonl"
    records = split.load(path, limit, half)
    report = Report(task="5w1h", dataset=str(path), n=len(records))
    body: dict[str, list[tuple[str | None, list[str]]]] = {w: [] for w in WS}
    titled: dict[str, list[tuple[str | None, list[str]]]] = {w: [] for w in WS}
    for record in records:
        plain, with_title = _summaries(record)
        for w in WS:
            gold = record["gold"].get(w) or []
            for tops, summary in ((body, plain), (titled, with_title)):
                answers = (summary or {}).get(w) or []
                tops[w].append((answers[0]["text"] if answers else None, gold))
    report.rows.update(_rows(body, ""))
    report.rows.update(_rows(titled, " +headline"))
    examples = eval_dir.parent / "examples"
    text, gold = examples / "harper-stoltenberg-2015.txt", examples / "harper-stoltenberg-2015.gold.json"
    if text.exists() and gold.exists():
        report.rows["example places"] = example_places(text, gold)
    report.notes.append(
        "top answer correct when its token-F1 with any gold phrase is >= 0.5; soft = mean best token-F1; "
        "questions with no gold phrase are skipped; n = questions judged; '+headline' rows pass the "
        "article title as the headline (parsed for its action and used for ranking)"
    )
    return report


def story_of(record: dict) -> str:
    """The news story an article belongs to (``meta.category`` of 5w1h.dev, which names the story: several
    outlets' articles on one event), else the article's own id."""
    meta = record.get("meta") or {}
    return str(meta.get("category") or record["id"])


def matches(text: str, gold: list[str]) -> bool:
    """True when a phrase would count as a correct top answer for these gold phrases."""
    return any(token_f1(text, g) >= 0.5 for g in gold)


def training_groups(component, docs: list, records: list[dict], weights: dict) -> dict[str, list]:
    """Per question, the candidate groups (features, correct) of each article, for fitting."""
    groups: dict[str, list] = {w: [] for w in (*WS, "event")}
    for doc, record in zip(docs, records, strict=True):
        if doc is None:
            continue
        gold = record["gold"]
        found = component.candidates(doc, weights)
        for w in WS:
            if gold.get(w):
                groups[w].append([(c.features, matches(c.text, gold[w])) for c in found[w]])
        if gold.get("who") or gold.get("what") or gold.get("when"):
            _ctx, scored = component.events(doc, weights, component.reading(doc))
            events = main_event_groups(component, doc, scored, gold)
            if events:
                groups["event"].append(events)
    return groups


def main_event_groups(component, doc, scored: list, gold: dict) -> list:
    """The events of one article as (features, is the annotated main event): its source is a gold
    "who", its action a gold "what" or its time a gold "when"."""
    from ..nlp.summary import main_event

    group = []
    times = {str(t.get("id")): str(t.get("text") or "") for t in doc._.times or []}
    for event, feats in scored:
        source = str((event.get("source") or {}).get("text") or "")
        verb = main_event.trigger_token(doc, event)
        action = ""
        if verb is not None:
            from ..nlp.summary.clauses import what_span

            action = what_span(doc, verb, None).text
        time = times.get(str(event.get("when")), "")
        ok = (
            matches(source, gold.get("who") or [])
            or (bool(action) and matches(action, gold.get("what") or []))
            or (bool(time) and matches(time, gold.get("when") or []))
        )
        group.append((feats, ok))
    return group


def fit_weights(component, docs: list, records: list[dict], l2: float = L2) -> dict[str, dict[str, float]]:
    """Weights for every question fitted on these articles (the main-event weights first)."""
    from ..nlp.summary.ranking import fit

    first = training_groups(component, docs, records, {})
    weights: dict[str, dict[str, float]] = {"event": fit(first["event"], l2=l2)}
    groups = training_groups(component, docs, records, weights)
    for w in WS:
        weights[w] = fit(groups[w], l2=l2)
    return weights


def refit(
    component, docs: list, records: list[dict], questions: tuple[str, ...], base: dict, l2: float = L2
) -> dict[str, dict[str, float]]:
    """``base`` with the weights of ``questions`` alone fitted on these articles (the main event and the
    other questions keep theirs)."""
    from ..nlp.summary.ranking import fit

    weights = {w: dict(v) for w, v in base.items()}
    groups = training_groups(component, docs, records, weights)
    for w in questions:
        weights[w] = fit(groups[w], l2=l2)
    return weights


def titled_docs(records: list[dict]) -> list:
    """The processed Doc of each article with its title as the headline (None for a rejected text)."""
    docs = [_doc(r) for r in records]
    for doc, record in zip(docs, records, strict=True):
        if doc is not None and record.get("title"):
            doc._.headline = record["title"]
    return docs


def cv_summaries(records: list[dict], docs: list, l2: float = L2) -> list[dict]:
    """The summary of each article answered with ranking weights fitted on the other stories (leave one
    story out); an empty summary for a rejected text."""
    from ..nlp import get_nlp

    component = get_nlp().get_pipe("dateline_summary")
    summaries: list[dict] = [{} for _ in records]
    for story in sorted({story_of(r) for r in records}):
        train = [i for i, r in enumerate(records) if story_of(r) != story]
        weights = fit_weights(component, [docs[i] for i in train], [records[i] for i in train], l2)
        for i, record in enumerate(records):
            if story_of(record) == story and docs[i] is not None:
                summaries[i] = component.predict(docs[i], weights)
    return summaries


def cross_validate(eval_dir: Path, l2: float = L2, docs: list | None = None) -> Report:
    """Leave-one-story-out cross-validation of the learned ranking over every dev article (title given as
    headline): the articles of each story are answered with weights fitted on the other stories, so no
    fold is answered by weights fitted on another outlet's article about the same event."""
    path = eval_dir / "5w1h.dev.jsonl"
    records = split.load(path)
    docs = docs if docs is not None else titled_docs(records)
    return cv_report(records, cv_summaries(records, docs, l2), str(path))


def cv_report(records: list[dict], summaries: list[dict], dataset: str) -> Report:
    """The cross-validated scores of these summaries (one per record, from :func:`cv_summaries`)."""
    tops: dict[str, list[tuple[str | None, list[str]]]] = {w: [] for w in WS}
    for record, summary in zip(records, summaries, strict=True):
        for w in WS:
            answers = summary.get(w) or []
            tops[w].append((answers[0]["text"] if answers else None, record["gold"].get(w) or []))
    stories = {story_of(r) for r in records}
    report = Report(task="5w1h", dataset=f"{dataset} (leave-one-story-out cross-validation)", n=len(records))
    report.rows.update(_rows(tops, " +headline cv"))
    report.notes.append(
        f"{len(stories)} folds, one per story (meta.category); each answered with ranking weights fitted on "
        "the other stories (scripts/fit_summary.py); title given as headline"
    )
    return report


def cv_misses(records: list[dict], summaries: list[dict], half: str = "tune") -> list[dict]:
    """The cross-validated answers of one half's articles that miss the gold: id, question, the answers
    given (best first) and the gold phrases. Errors are read on the tune half only."""
    misses = []
    for record, summary in zip(records, summaries, strict=True):
        if split.half_of(record["id"]) != half:
            continue
        for w in WS:
            gold = record["gold"].get(w) or []
            answers = [a["text"] for a in summary.get(w) or []]
            if gold and not (answers and matches(answers[0], gold)):
                misses.append({"id": record["id"], "w": w, "answers": answers, "gold": gold})
    return misses
