"""Actor countries on the town probe file (``probes/town_actors.tsv``): people placed by a town ("a
Dayton woman", "an Aleppo resident"), towns that share a country's or a famous city's name ("a
Lebanon, Ohio, woman", "London, Ontario"), and a foreign national named again by surname, each with
the actors an expert coder gives."""

from pathlib import Path

import pytest
from lead_probe_kit import dated_events

from dateline.evaluate.events_news import actor_key

PROBES = Path(__file__).parent / "probes" / "town_actors.tsv"
# share of the clear-cut lines whose event of the probe's type has the probe's source and target
FLOOR = 0.9
# clear-cut lines the coder still gets wrong (the test fails when one of them comes right)
KNOWN_MISSES = frozenset(
    {
        # a town name shared with a suburb abroad, and nothing else in the sentence says where
        "State troopers arrested a Carnegie woman on drunk driving charges.",
        # a city abbreviation the places layer does not read
        "Phila. officer charged with assault after bar fight.",
        # a town the gazetteer knows only by another spelling, with no country named to place it
        "Douma residents urged the United Nations to open a corridor for the wounded.",
        # the parse cuts the town and its state off the person
        "A Moscow, Idaho, man sued the city over a parking fine.",
        # a person first described, then named in another sentence
        "A judge set bail on Tuesday for a French national in a drug investigation. Pascal Moreau, 45, was"
        " arrested last week. Prosecutors charged Moreau with obstruction.",
    }
)


def _probes() -> list[dict[str, str]]:
    lines = [line for line in PROBES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


def _fits(want: str, actor: dict | None) -> bool:
    """Whether an actor is the one a probe wants: "-" none, "*" any, "!X" any key but X, "X" a key
    beginning with X, "X:SEC" that key with sector SEC."""
    got = actor_key(actor)
    if want == "*":
        return True
    if want.startswith("!"):
        return got != want[1:]
    if want == "-":
        return got is None
    key, _, sector = want.partition(":")
    if got is None or not got.startswith(key):
        return False
    return not sector or (actor or {}).get("sector") == sector


def _right(probe: dict[str, str]) -> bool:
    """Whether every source-target pair the probe lists is an event of its type."""
    events = [e for e in dated_events(probe["sentence"]) if e["plover"]["type"] == probe["type"]]
    pairs = [(s, t) for s in probe["source"].split(",") for t in probe["target"].split(",")]
    return bool(events) and all(
        any(_fits(s, e.get("source")) and _fits(t, e.get("target")) for e in events) for s, t in pairs
    )


def test_the_probe_file_is_well_formed():
    probes = _probes()
    assert len(probes) >= 80
    assert all(p["clear"] in ("y", "n") and p["type"].isupper() for p in probes)
    assert KNOWN_MISSES <= {p["sentence"] for p in probes}


def test_most_clear_cut_probes_get_their_actors():
    clear = [p for p in _probes() if p["clear"] == "y"]
    wrong = [p["sentence"] for p in clear if not _right(p)]
    assert 1 - len(wrong) / len(clear) >= FLOOR, wrong


@pytest.mark.parametrize("sentence", sorted(KNOWN_MISSES))
@pytest.mark.xfail(strict=True, reason="a known miss")
def test_known_misses(sentence: str) -> None:
    probe = next(p for p in _probes() if p["sentence"] == sentence)
    assert _right(probe)


@pytest.mark.parametrize(
    "sentence",
    [
        # the home town in apposition to a name, as the places layer read it in the story
        "Nola Prince, 37, Lebanon, was arrested Friday at her home, Mason police said. She had lived in"
        " Springboro and Waynesville before moving.",
        "Omar Khatib, 41, Lebanon, was arrested Friday at the border, police in Damascus said.",
    ],
)
def test_a_home_town_in_apposition_places_the_person(sentence: str) -> None:
    probe = next(p for p in _probes() if p["sentence"] == sentence)
    assert _right(probe)
