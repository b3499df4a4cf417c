"""People dead or hurt after a named act of force, headline verdicts and passives, and glued titles
(sentences made up for these tests)."""

import pytest

from dateline.nlp import get_nlp

STORY = "\nThe story continues with more details from officials on Tuesday."


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["plover"]["type"], (e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
        for e in get_nlp()(text)._.events
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two people are dead after a shooting at a bar, police said.", ("ASSAULT", None, "Two people")),
        (
            "Five soldiers are dead after an attack by Taliban fighters on a checkpoint in Helmand.",
            ("ASSAULT", "Taliban fighters", "Five soldiers"),
        ),
        ("Mayor found guilty of bribery" + STORY, ("SANCTION", None, "Mayor")),
        ("Minister held responsible for data leak" + STORY, ("ACCUSE", None, "Minister")),
        ("Nurse guilty of poisoning patients" + STORY, ("SANCTION", None, "Nurse")),
        ("Mayor guilty on all counts" + STORY, ("SANCTION", None, "Mayor")),
        ("Two brothers jailed for tax fraud" + STORY, ("COERCE", None, "Two brothers")),
        (
            "Police arrest suspect in bank robbery. LAGOS - Police on Tuesday arrested a man.",
            ("COERCE", "Police", "suspect"),
        ),
        (
            "Opposition slams president over budget. HARARE - The opposition attacked the plan on Monday.",
            ("ACCUSE", "Opposition", "president"),
        ),
    ],
)
def test_coded(text, want):
    assert want in _events(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Two people are dead after a house fire in Leeds.", "ASSAULT"),
        ("Two soldiers are dead after friendly fire during an exercise.", "ASSAULT"),
        ("A woman is dead after a dog attack in her garden.", "ASSAULT"),
        ("Two people are dead after a shooting in a training accident.", "ASSAULT"),
        ("The gunman is dead after his attack on a school.", "ASSAULT"),
        ("Are two people dead after the shooting at the school?", "ASSAULT"),
        ("Three people are dead after a crash on the interstate, police said.", "ASSAULT"),
        ("Nurse not guilty of poisoning patients" + STORY, "SANCTION"),
        ("Bankers guilty of greed" + STORY, "SANCTION"),
        ("Government guilty of neglect over flood response" + STORY, "SANCTION"),
        ("Voters guilty of apathy?" + STORY, "SANCTION"),
        ("Guilty pleasure: senator's love of reality TV" + STORY, "SANCTION"),
        ("Police detain suspect at nearly every rally. Rights groups object.", "COERCE"),
        ("Police arrest dozens of drivers every weekend. Officers say the checks save lives.", "COERCE"),
    ],
)
def test_not_coded(text, kind):
    assert not [e for e in _events(text) if e[0] == kind and e[2] is not None]
