"""Turn annotator B's coding notes into events-news.B.jsonl with exact offsets, and validate it.

A notes file is Python holding, for one article of ``events-news.articles.tsv``:

    N = 16                      # the article's number in the selection
    LEAD = 1                    # sentences in the lead (2 when the first is a dateline or kicker)
    SPLIT = ["He really"]       # optional: a new sentence starts at this (unique) text
    JOIN = ["Jr. said"]         # optional: the sentence starting with this joins the previous one
    EVENTS = [
        ev("calls on Dean", "REQUEST", "change", "1041", "calls on",
           src=[a("Axelrod", "USA", "PTY")], tgt=[a("Dean", "USA", "PTY")],
           mod="asserted", main=True),
    ]

``ev`` takes a text that occurs in exactly one sentence (the anchor), the PLOVER type, mode,
CAMEO code and trigger text. Trigger and actor texts are looked up in the anchored sentence
(docs/annotation-guide.md: spans are the mentions in the sentence); ``("said", 2)`` picks the
second occurrence. ``q("Axelrod", ...)`` notes the speaker of a quotation sentence that does not
name them: the nearest mention before the sentence. Usage:

    python3 scripts/gold_offsets_b.py NOTES_DIR OUT.jsonl      # build and validate
    python3 scripts/gold_offsets_b.py --sentences N            # print the sentence split of article N
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "src" / "dateline" / "evaluate" / "gold"
EVAL = ROOT.parent.parent / "shared" / "eval"
REFERENCE = ROOT.parent.parent / "shared" / "reference"
if not EVAL.is_dir():
    EVAL = Path("/work/shared/eval")
    REFERENCE = Path("/work/shared/reference")

TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()
MODALITIES = ("asserted", "planned", "hypothetical", "negated", "reported")
SECTORS = (
    "GOV MIL LEG JUD COP OPP PTY REB CVL BUS MED ELI EDU HLH LAB REF SPY IGO NGO ENV "
    "AGR CRM INS SEP UAF MOD RAD REL"
).split()
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gov",
    "sen",
    "rep",
    "reps",
    "lt",
    "gen",
    "col",
    "capt",
    "sgt",
    "st",
    "jr",
    "sr",
    "sept",
    "jan",
    "feb",
    "aug",
    "oct",
    "nov",
    "dec",
    "no",
    "vs",
    "inc",
    "corp",
    "co",
    "u.s",
    "u.k",
    "u.n",
    "d.c",
    "n.y",
    "n.c",
    "s.c",
    "wash",
    "minn",
    "wis",
    "tenn",
    "ky",
    "ind",
    "nev",
    "va",
    "calif",
    "fla",
    "mass",
    "mich",
    "ariz",
    "ala",
    "ga",
    "pa",
    "ill",
    "a.m",
    "p.m",
    "e.g",
    "i.e",
    "pres",
    "prof",
    "mt",
    "ft",
}


@dataclass
class Actor:
    """An actor as noted: its text, country or group code and CAMEO sector."""

    text: str | tuple[str, int]
    code: str | None
    sector: str | None = None
    speaker: str = ""


@dataclass
class Event:
    """An event as noted, anchored to a sentence by a text it holds."""

    anchor: str
    type: str
    mode: str
    cameo: str
    trigger: str | tuple[str, int]
    src: list[Actor] = field(default_factory=list)
    tgt: list[Actor] = field(default_factory=list)
    mod: str = "asserted"
    main: bool = False
    note: str = ""


def a(text: str | tuple[str, int], code: str | None, sector: str | None = None) -> Actor:
    """Note an actor."""
    return Actor(text, code, sector)


def q(text: str, code: str | None, sector: str | None = None, after: bool = False) -> Actor:
    """Note the speaker of a quotation whose sentence does not name them: the nearest mention before
    (``after=True``: the attribution that follows, when no earlier sentence names the speaker)."""
    return Actor(text, code, sector, speaker="after" if after else "before")


def ev(
    anchor: str,
    type_: str,
    mode: str,
    cameo: str,
    trigger: str | tuple[str, int],
    src: list[Actor] | None = None,
    tgt: list[Actor] | None = None,
    mod: str = "asserted",
    main: bool = False,
    note: str = "",
) -> Event:
    """Note an event."""
    return Event(anchor, type_, mode, cameo, trigger, src or [], tgt or [], mod, main, note)


def selection() -> dict[int, dict[str, str]]:
    """The 40 selected articles by number."""
    with (GOLD / "events-news.articles.tsv").open(encoding="utf-8") as handle:
        return {int(row["n"]): row for row in csv.DictReader(handle, delimiter="\t")}


def article_text(row: dict[str, str]) -> str:
    """The article's text, checked against its sha256."""
    with (EVAL / row["file"]).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] == row["id"]:
                text = record[row["text_field"]]
                if hashlib.sha256(text.encode("utf-8")).hexdigest() != row["text_sha256"]:
                    raise SystemExit(f"article {row['n']}: text changed (sha256)")
                return text
    raise SystemExit(f"article {row['n']}: id not found in {row['file']}")


_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+)")


def _ends_with_abbreviation(text: str, end: int) -> bool:
    match = re.search(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z.]*)\.$", text[:end].rstrip("\"'”’)]"))
    if not match:
        return False
    word = match.group(1).lower()
    return word in ABBREVIATIONS or len(word) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def split_sentences(text: str, split: list[str], join: list[str]) -> list[tuple[int, int]]:
    """Sentences as [start, end) spans: paragraphs (line breaks), then sentence punctuation."""
    cuts: set[int] = set()
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for match in _BOUNDARY.finditer(para.group()):
            end = para.start() + match.end()
            rest = text[end : para.end()].lstrip()
            if not rest or _ends_with_abbreviation(text, para.start() + match.end()):
                continue
            if rest[0].isupper() or rest[0] in "\"'“‘([" or rest[0].isdigit():
                cuts.add(end)
        cuts.add(start)
    for piece in split:
        cuts.add(_unique(text, piece))
    for piece in join:
        position = _unique(text, piece)
        cuts.discard(position)
        for para in re.finditer(r"[^\n]+", text):
            if para.start() == position:
                raise SystemExit(f"JOIN across a line break: {piece!r}")
    spans = []
    ordered = sorted(cuts) + [len(text)]
    for begin, finish in zip(ordered, ordered[1:], strict=False):
        chunk = text[begin:finish]
        for line in re.finditer(r"[^\n]+", chunk):
            stripped = line.group().strip()
            if not stripped:
                continue
            lead = len(line.group()) - len(line.group().lstrip())
            s = begin + line.start() + lead
            spans.append((s, s + len(stripped)))
    return _merge_joined(text, spans, join)


def _merge_joined(text: str, spans: list[tuple[int, int]], join: list[str]) -> list[tuple[int, int]]:
    starts = {_unique(text, piece) for piece in join}
    merged: list[tuple[int, int]] = []
    for span in spans:
        if merged and span[0] in starts:
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


def _unique(text: str, piece: str) -> int:
    count = text.count(piece)
    if count != 1:
        raise SystemExit(f"{piece!r} occurs {count} times; need exactly one")
    return text.index(piece)


def _find(text: str, span: tuple[int, int], needle: str | tuple[str, int], what: str) -> tuple[int, int]:
    word, nth = (needle, 1) if isinstance(needle, str) else needle
    region = text[span[0] : span[1]]
    pattern = re.escape(word)
    if word[:1].isalnum():
        pattern = r"(?<!\w)" + pattern
    if word[-1:].isalnum():
        pattern += r"(?!\w)"
    hits = [m.start() for m in re.finditer(pattern, region)]
    if len(hits) > 1 and isinstance(needle, str):
        raise SystemExit(f"{what} {word!r} occurs {len(hits)} times in sentence; give (text, n)")
    if len(hits) >= nth:
        start = span[0] + hits[nth - 1]
        return start, start + len(word)
    raise SystemExit(f"{what} {word!r} not found in sentence {text[span[0] : span[1]][:80]!r}")


def _nearest_before(text: str, position: int, word: str) -> tuple[int, int]:
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text[:position])]
    if not hits:
        raise SystemExit(f"speaker {word!r} not mentioned before offset {position}")
    return hits[-1], hits[-1] + len(word)


def codebook_modes() -> dict[str, set[str]]:
    """Modes per PLOVER type: the codebook's plus the crosswalk's."""
    modes: dict[str, set[str]] = {t: {""} for t in TYPES}
    with (REFERENCE / "plover-codebook.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            modes[row["event"]].add(row["mode"].strip())
    return modes


GUIDE_DECISIONS = {"116": "SANCTION", "0831": "RETREAT"}


def cameo_crosswalk() -> dict[str, str]:
    """CAMEO code -> PLOVER type, with the guide's decisions where it departs from the crosswalk."""
    table = dict(GUIDE_DECISIONS)
    for line in (REFERENCE / "cameo-to-plover.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"(\d+):\s*([A-Z]+)", line)
        if match:
            table.setdefault(match.group(1), match.group(2))
    return table


def build(notes_path: Path, rows: dict[int, dict[str, str]]) -> dict:
    """One gold line from one notes file."""
    scope = {"a": a, "q": q, "ev": ev, "SPLIT": [], "JOIN": [], "LEAD": 1, "EVENTS": []}
    exec(compile(notes_path.read_text(encoding="utf-8"), str(notes_path), "exec"), scope)
    row = rows[scope["N"]]
    text = article_text(row)
    spans = split_sentences(text, scope["SPLIT"], scope["JOIN"])
    sentences = [{"start": s, "end": e, "events": []} for s, e in spans]
    for event in scope["EVENTS"]:
        owners = [i for i, (s, e) in enumerate(spans) if event.anchor in text[s:e]]
        if len(owners) != 1:
            raise SystemExit(f"article {scope['N']}: anchor {event.anchor!r} in {len(owners)} sentences")
        span = spans[owners[0]]
        t0, t1 = _find(text, span, event.trigger, "trigger")
        record = {
            "type": event.type,
            "mode": event.mode,
            "cameo": event.cameo,
            "trigger": {"start": t0, "end": t1, "text": text[t0:t1]},
            "source": [_actor(text, span, actor) for actor in event.src],
            "target": [_actor(text, span, actor) for actor in event.tgt],
            "modality": event.mod,
            "main": event.main,
            "note": event.note,
        }
        sentences[owners[0]]["events"].append(record)
    lead_end = spans[scope["LEAD"] - 1][1]
    return {
        "id": row["id"],
        "file": row["file"],
        "text_field": row["text_field"],
        "text_sha256": row["text_sha256"],
        "annotator": "B",
        "lead": {"start": spans[0][0], "end": lead_end},
        "sentences": sentences,
    }


def _actor(text: str, span: tuple[int, int], actor: Actor) -> dict:
    if actor.speaker == "before":
        start, end = _nearest_before(text, span[0], str(actor.text))
    elif actor.speaker == "after":
        start = text.index(str(actor.text), span[1])
        end = start + len(str(actor.text))
    else:
        start, end = _find(text, span, actor.text, "actor")
    return {"text": text[start:end], "start": start, "end": end, "code": actor.code, "sector": actor.sector}


def validate(line: dict, text: str) -> list[str]:
    """Problems with one gold line (empty when it is sound)."""
    problems = []
    modes = codebook_modes()
    crosswalk = cameo_crosswalk()
    previous = 0
    for sentence in line["sentences"]:
        s, e = sentence["start"], sentence["end"]
        if s < previous or e <= s:
            problems.append(f"sentence {s}-{e} out of order")
        if text[previous:s].strip() and previous:
            problems.append(f"text between sentences not covered: {text[previous:s]!r}")
        previous = e
        lead = line["lead"]
        for event in sentence["events"]:
            where = f"{s}: {event['type']} {event['trigger']['text']!r}"
            trig = event["trigger"]
            if text[trig["start"] : trig["end"]] != trig["text"] or not s <= trig["start"] < trig["end"] <= e:
                problems.append(f"{where}: trigger span")
            if event["type"] not in TYPES:
                problems.append(f"{where}: type")
            elif event["mode"] not in modes[event["type"]]:
                problems.append(f"{where}: mode {event['mode']!r}")
            if event["modality"] not in MODALITIES:
                problems.append(f"{where}: modality")
            if event["cameo"] and crosswalk.get(event["cameo"]) not in (None, event["type"]):
                problems.append(f"{where}: cameo {event['cameo']} is {crosswalk[event['cameo']]}")
            if event["main"] and not (lead["start"] <= s and e <= lead["end"]):
                problems.append(f"{where}: main outside the lead")
            for actor in event["source"] + event["target"]:
                if text[actor["start"] : actor["end"]] != actor["text"]:
                    problems.append(f"{where}: actor span {actor['text']!r}")
                if actor["sector"] not in (None, *SECTORS):
                    problems.append(f"{where}: sector {actor['sector']!r}")
                code = actor["code"]
                if code is not None and not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", code):
                    problems.append(f"{where}: code {code!r}")
    if text[previous:].strip():
        problems.append("text after the last sentence not covered")
    return problems


def main(argv: list[str]) -> None:
    """Build the B gold file from a notes directory, or print an article's sentence split."""
    rows = selection()
    if argv[:1] == ["--sentences"]:
        row = rows[int(argv[1])]
        text = article_text(row)
        for i, (s, e) in enumerate(split_sentences(text, [], [])):
            print(f"{i:3d} {s:5d}-{e:<5d} {text[s:e]}")
        return
    notes_dir, out = Path(argv[0]), Path(argv[1])
    lines = []
    for notes in sorted(notes_dir.glob("*.py")):
        line = build(notes, rows)
        number = next(n for n, r in rows.items() if r["id"] == line["id"])
        problems = validate(line, article_text(rows[number]))
        for problem in problems:
            print(f"article {number}: {problem}")
        if problems:
            raise SystemExit(1)
        lines.append((number, line))
    lines.sort(key=lambda item: item[0])
    with out.open("w", encoding="utf-8") as handle:
        for _, line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for _, line in lines:
        for sentence in line["sentences"]:
            for event in sentence["events"]:
                counts[event["type"]] = counts.get(event["type"], 0) + 1
    sentences = sum(len(line["sentences"]) for _, line in lines)
    print(f"{len(lines)} articles, {sentences} sentences, {sum(counts.values())} events: {counts}")


if __name__ == "__main__":
    main(sys.argv[1:])
