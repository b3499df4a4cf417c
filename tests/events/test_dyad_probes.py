"""Source and target on the dyad probe file (``probes/dyads.tsv``): sentences written in the style of
wire news on conflict and diplomacy, each with the actors an expert coder gives."""

from pathlib import Path

from lead_probe_kit import dated_events, key_fits

from dateline.evaluate.events_news import actor_key

PROBES = Path(__file__).parent / "probes" / "dyads.tsv"
# share of the clear-cut lines whose event of the probe's type has the probe's source and target
FLOOR = 0.9


def _probes() -> list[dict[str, str]]:
    lines = [line for line in PROBES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


def _right(probe: dict[str, str]) -> bool:
    """Whether every source-target pair the probe lists is an event of its type."""
    events = [e for e in dated_events(probe["sentence"]) if e["plover"]["type"] == probe["type"]]
    got = [(actor_key(e.get("source")), actor_key(e.get("target"))) for e in events]
    pairs = [(s, t) for s in probe["source"].split(",") for t in probe["target"].split(",")]
    return bool(got) and all(any(key_fits(s, a) and key_fits(t, b) for a, b in got) for s, t in pairs)


def test_the_probe_file_is_well_formed():
    probes = _probes()
    assert len(probes) >= 80
    assert all(p["clear"] in ("y", "n") and p["type"].isupper() for p in probes)


def test_most_clear_cut_probes_get_their_source_and_target():
    clear = [p for p in _probes() if p["clear"] == "y"]
    wrong = [p["sentence"] for p in clear if not _right(p)]
    assert 1 - len(wrong) / len(clear) >= FLOOR, wrong
