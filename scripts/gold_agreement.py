"""Inter-annotator agreement on the events-news gold, and the merged gold file.

Compares a second annotator (B by default, ``--other C``, ``D``, ... ``G``) against a reference
annotator (A by default, ``--ref``; ``--ref ABC`` takes the first of A, B, C who coded each article,
``--ref EF`` E's or F's coding) on the articles both coded (16-25 of ``events-news.articles.tsv``
for A and B), with the reference's sentences as the units (the other annotator's events are placed in
the reference sentence that holds their trigger):

- sentence level: Cohen's kappa on "the sentence holds a codable event";
- events: a B event matches an A event of the same sentence and the same PLOVER type (one-to-one,
  preferring the same trigger, then the same source and target countries); precision, recall and F1
  of B against A;
- on matched events: dyad agreement (type + source country + target country, the first three letters
  of the first actor's code) and modality agreement;
- main events: the ``main`` events of each coding, and those matched to a ``main`` event of the other.

``--as-output`` also scores the other coding as if it were the system's output, with the scorer of
``dateline evaluate events-news`` (type and dyad precision, main recall, recall, modality accuracy),
so that the agreement reads on the scale of the targets (needs the project's environment).

``--write`` also builds ``events-news.jsonl``: annotator A where A coded the article, else B, else C,
else D, else E, else F. G, a second coder of a sample of E's and F's articles for agreement only,
never enters it.

Usage::

    python3 scripts/gold_agreement.py [--ref A|...|G|ABC|EF] [--other B|...|G] [--write]
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "src" / "dateline" / "evaluate" / "gold"
MERGED = ("A", "B", "C", "D", "E", "F")  # the merged gold takes the first who coded an article
ANNOTATORS = (*MERGED, "G")  # G codes for agreement only


def load(path: Path) -> dict[str, dict]:
    """Gold records by article id."""
    if not path.exists():
        return {}
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[record["id"]] = record
    return records


def articles() -> list[dict[str, str]]:
    with (GOLD / "events-news.articles.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def first_code(actors: list[dict]) -> str | None:
    """The country (or IGO / group root) of the first actor: the first three letters of its code."""
    code = actors[0]["code"] if actors else None
    return code[:3] if code else None


def events_by_sentence(reference: dict, other: dict) -> tuple[list[list[dict]], list[list[dict]]]:
    """A's and B's events grouped by A's sentences (B's placed by the start of their trigger)."""
    spans = [(s["start"], s["end"]) for s in reference["sentences"]]
    ours = [list(s["events"]) for s in reference["sentences"]]
    theirs: list[list[dict]] = [[] for _ in spans]
    for sentence in other["sentences"]:
        for event in sentence["events"]:
            position = event["trigger"]["start"]
            index = next((i for i, (lo, hi) in enumerate(spans) if lo <= position < hi), None)
            if index is None:
                index = max(i for i, (lo, _) in enumerate(spans) if lo <= position)
            theirs[index].append(event)
    return ours, theirs


def _affinity(a: dict, b: dict) -> tuple[int, int]:
    overlap = a["trigger"]["start"] < b["trigger"]["end"] and b["trigger"]["start"] < a["trigger"]["end"]
    dyad = first_code(a["source"]) == first_code(b["source"]) and first_code(a["target"]) == first_code(
        b["target"]
    )
    return int(overlap), int(dyad)


def match(ours: list[dict], theirs: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs of the same type, the closest first."""
    candidates = [
        (_affinity(a, b), i, j)
        for i, a in enumerate(ours)
        for j, b in enumerate(theirs)
        if a["type"] == b["type"]
    ]
    candidates.sort(key=lambda item: item[0], reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((ours[i], theirs[j]))
    return pairs


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two binary codings."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    p_a = sum(a for a, _ in pairs) / n
    p_b = sum(b for _, b in pairs) / n
    expected = p_a * p_b + (1 - p_a) * (1 - p_b)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def agreement(a_records: dict[str, dict], b_records: dict[str, dict]) -> dict:
    """The agreement figures on the articles both annotators coded."""
    shared = [row["id"] for row in articles() if row["id"] in a_records and row["id"] in b_records]
    sentence_pairs: list[tuple[bool, bool]] = []
    n_a = n_b = 0
    matched: list[tuple[dict, dict]] = []
    by_type_a: Counter[str] = Counter()
    by_type_b: Counter[str] = Counter()
    by_type_match: Counter[str] = Counter()
    main_a = main_b = 0
    boundary_differences = 0
    for article_id in shared:
        a, b = a_records[article_id], b_records[article_id]
        a_spans = {(s["start"], s["end"]) for s in a["sentences"]}
        b_spans = {(s["start"], s["end"]) for s in b["sentences"]}
        boundary_differences += len(a_spans ^ b_spans)
        ours, theirs = events_by_sentence(a, b)
        for x, y in zip(ours, theirs, strict=True):
            sentence_pairs.append((bool(x), bool(y)))
            n_a += len(x)
            n_b += len(y)
            by_type_a.update(e["type"] for e in x)
            by_type_b.update(e["type"] for e in y)
            pairs = match(x, y)
            matched += pairs
            by_type_match.update(e["type"] for e, _ in pairs)
            main_a += sum(e["main"] for e in x)
            main_b += sum(e["main"] for e in y)
    precision = len(matched) / n_b if n_b else 0.0
    recall = len(matched) / n_a if n_a else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    dyad = sum(_affinity(x, y)[1] for x, y in matched)
    modality = sum(x["modality"] == y["modality"] for x, y in matched)
    main_matched = sum(x["main"] and y["main"] for x, y in matched)
    return {
        "articles": len(shared),
        "sentences": len(sentence_pairs),
        "sentence_boundary_differences": boundary_differences,
        "sentences_with_event_a": sum(a for a, _ in sentence_pairs),
        "sentences_with_event_b": sum(b for _, b in sentence_pairs),
        "sentence_agreement": sum(a == b for a, b in sentence_pairs) / len(sentence_pairs) if shared else 0,
        "sentence_kappa": kappa(sentence_pairs) if shared else 0.0,
        "events_a": n_a,
        "events_b": n_b,
        "matched": len(matched),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "dyad_agreement": dyad / len(matched) if matched else 0.0,
        "modality_agreement": modality / len(matched) if matched else 0.0,
        "main_events_a": main_a,
        "main_events_b": main_b,
        "main_matched": main_matched,
        "by_type": {
            t: {"a": by_type_a[t], "b": by_type_b[t], "matched": by_type_match[t]}
            for t in sorted(by_type_a | by_type_b)
        },
    }


def _describe(event: dict) -> str:
    """One event in a line: type/mode, trigger, source and target codes, modality, main."""

    def codes(actors: list[dict]) -> str:
        return "+".join(f"{a['code'] or '-'}/{a['sector'] or '-'}" for a in actors) or "-"

    kind = f"{event['type']}/{event['mode']}" if event["mode"] else event["type"]
    main = " main" if event["main"] else ""
    return (
        f"{kind} {event['trigger']['text']!r} {codes(event['source'])} -> {codes(event['target'])}"
        f" {event['modality']}{main}"
    )


def differences(a_records: dict[str, dict], b_records: dict[str, dict]) -> list[str]:
    """Where the two codings differ, by article and reference sentence: events only one coded, and
    matched events whose dyad, modality or ``main`` differ."""
    lines = []
    for row in articles():
        if row["id"] not in a_records or row["id"] not in b_records:
            continue
        ours, theirs = events_by_sentence(a_records[row["id"]], b_records[row["id"]])
        for index, (x, y) in enumerate(zip(ours, theirs, strict=True), 1):
            pairs = match(x, y)
            where = f"{row['n']}@{index}"
            for event in x:
                if all(event is not a for a, _ in pairs):
                    lines.append(f"{where} ref only:   {_describe(event)}")
            for event in y:
                if all(event is not b for _, b in pairs):
                    lines.append(f"{where} other only: {_describe(event)}")
            for a, b in pairs:
                if not _affinity(a, b)[1] or a["modality"] != b["modality"] or a["main"] != b["main"]:
                    lines.append(f"{where} differ:     {_describe(a)}  |  {_describe(b)}")
    return lines


def as_output(record: dict) -> list[dict]:
    """A coding's events in the shape of the event coder's output, for the events-news scorer."""
    from dateline.ontology.cameo import international_codes

    def actor(actors: list[dict]) -> dict | None:
        code = actors[0]["code"] if actors else None
        if code is None:
            return {} if actors else None
        return {"code": code} if code.startswith(international_codes()) else {"country": code[:3]}

    return [
        {
            "plover": {"type": event["type"], "mode": event["mode"]},
            "evidence": {"start": event["trigger"]["start"], "end": event["trigger"]["end"]},
            "source": actor(event["source"]),
            "target": actor(event["target"]),
            "modality": event["modality"],
            "confidence": 1.0,
        }
        for sentence in record["sentences"]
        for event in sentence["events"]
    ]


def scored_as_output(a_records: dict[str, dict], b_records: dict[str, dict]) -> dict[str, float]:
    """The other coding scored against the reference by ``dateline evaluate events-news``'s scorer."""
    from dateline.evaluate.events_news import score

    shared = [row["id"] for row in articles() if row["id"] in a_records and row["id"] in b_records]
    return score([a_records[i] for i in shared], [as_output(b_records[i]) for i in shared], 0.0)


def merged(a_records: dict[str, dict], *others: dict[str, dict]) -> list[dict]:
    """The gold used for evaluation: A where A coded the article, else the first other annotator
    who did, in selection order."""
    out = []
    for row in articles():
        record = a_records.get(row["id"])
        for other in others:
            record = record or other.get(row["id"])
        if record is not None:
            out.append(record)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--write", action="store_true", help="also write events-news.jsonl")
    parser.add_argument("--differences", action="store_true", help="also list where the codings differ")
    parser.add_argument(
        "--as-output", action="store_true", help="also score the other coding as the system's output"
    )
    parser.add_argument(
        "--ref",
        default="A",
        choices=(*ANNOTATORS, "ABC", "EF"),
        help="the reference annotator (ABC: whichever of A, B, C is in events-news.jsonl; EF: E or F)",
    )
    parser.add_argument("--other", default="B", choices=ANNOTATORS, help="the annotator compared")
    args = parser.parse_args()
    coded = {name: load(GOLD / f"events-news.{name}.jsonl") for name in ANNOTATORS}
    coded["ABC"] = {record["id"]: record for record in merged(coded["A"], coded["B"], coded["C"])}
    coded["EF"] = {record["id"]: record for record in merged(coded["E"], coded["F"])}
    figures = agreement(coded[args.ref], coded[args.other])
    by_type = figures.pop("by_type")
    for key, value in figures.items():
        print(f"{key:32} {value:.3f}" if isinstance(value, float) else f"{key:32} {value}")
    print(f"type        {args.ref}    {args.other}    matched")
    for event_type, counts in by_type.items():
        print(f"{event_type:10} {counts['a']:4} {counts['b']:4} {counts['matched']:6}")
    if args.as_output:
        for key, value in scored_as_output(coded[args.ref], coded[args.other]).items():
            print(f"as output: {key:22} {value:.3f}")
    if args.differences:
        print("\n".join(differences(coded[args.ref], coded[args.other])))
    if args.write:
        records = merged(*(coded[name] for name in MERGED))
        path = GOLD / "events-news.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        events = sum(len(s["events"]) for r in records for s in r["sentences"])
        print(f"{path.relative_to(ROOT)}: {len(records)} articles, {events} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
