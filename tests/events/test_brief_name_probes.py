"""Actors named briefly on the probe file ``probes/brief_names.tsv``: a headline surname, a later
surname or pronoun, a bare title, placed by the story's own evidence (the full-name mention, the other
mentions of the person, the dictionaries' people it names) or left without a country when the story
gives none."""

from pathlib import Path

import pytest
from lead_probe_kit import dated_events, key_fits, load_probes

from dateline.evaluate.events_news import actor_key

PROBES = load_probes(Path(__file__).parent / "probes" / "brief_names.tsv")
PARAGRAPH = " || "


def _fits(want: str, actor: dict | None) -> bool:
    """Whether an actor is the one a probe wants ("X:SEC": the key X with the sector SEC)."""
    key, _, sector = want.partition(":")
    if not key_fits(key, actor_key(actor)):
        return False
    return not sector or (actor or {}).get("sector") == sector


def _events(probe: dict[str, str]) -> list[dict]:
    """The probe's events of its type whose source text is the probe's mention."""
    text = probe["text"].replace(PARAGRAPH, "\n\n")
    return [
        e
        for e in dated_events(text)
        if e["plover"]["type"] == probe["type"]
        and (probe["mention"] == "*" or (e.get("source") or {}).get("text") == probe["mention"])
    ]


@pytest.mark.parametrize("probe", [p for p in PROBES if p["clear"] == "y"], ids=lambda p: p["id"])
def test_brief_names_take_the_country_the_story_gives(probe: dict[str, str]) -> None:
    events = _events(probe)
    assert events, f"no {probe['type']} event with the source {probe['mention']!r}"
    assert any(
        _fits(probe["source"], e.get("source")) and _fits(probe["target"], e.get("target")) for e in events
    ), [(e.get("source"), e.get("target")) for e in events]
