"""A reported clause telling a future act of force by the speaker's own side is the speaker's
threat (CAMEO 13); the same act foretold of another side is not (own sentences)."""

from __future__ import annotations

import pytest

from dateline.nlp import get_nlp


def _coded(sentence: str) -> list[tuple[str, str, str, str | None, str | None]]:
    return [
        (
            e["plover"]["type"],
            e["cameo"]["code"],
            e["modality"],
            (e["source"] or {}).get("code"),
            (e["target"] or {}).get("code"),
        )
        for e in get_nlp()(sentence)._.events
    ]


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Santiago said Chile would bomb the Peruvian border posts unless the raids stopped.", "CHL", "PER"),
        ("Lima said Peru would attack Bolivia if its fishing boats were seized again.", "PER", "BOL"),
        ("The Peruvian army said its forces will strike the guerrilla camps next week.", "PERMIL", "PERREB"),
    ],
)
def test_the_speakers_own_side_using_force_is_a_threat(sentence, source, target):
    coded = _coded(sentence)
    assert [(t, m, s, g) for t, _, m, s, g in coded] == [("THREATEN", "asserted", source, target)]
    assert coded[0][1].startswith("13")


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean officials said the rebels would attack Arica if the army withdrew.",
        "Chilean officials said Peru would invade Chile if the border was closed.",
        "Lima said Peruvian troops would not attack the camps.",
    ],
)
def test_another_sides_force_or_a_denied_one_is_no_threat(sentence):
    assert "THREATEN" not in [t for t, *_ in _coded(sentence)]
