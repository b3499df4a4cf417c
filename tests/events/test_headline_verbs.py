"""A headline's verb that the parse reads as a noun, and a headline's speaker named by a common noun
before a colon (headlines and ledes written for these tests)."""

import pytest
from event_helpers import events_of

LEDE = "\nVELL, Ruritania (Wire) - Residents gave an account on Monday of a tense weekend in the province."


def _title(line: str) -> str:
    """The line in Title Case, its short function words left in lower case."""
    small = {"a", "of", "in", "on", "at", "to", "near", "over", "the", "for"}
    words = line.split(" ")
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def headline_readings(line: str) -> list[tuple[str, str | None]]:
    """(PLOVER type, source text) of the events coded in the headline ``line`` over a lede that
    tells no event."""
    events = events_of(line + LEDE)
    return [
        (e["plover"]["type"], (e.get("source") or {}).get("text"))
        for e in events
        if e["evidence"]["start"] < len(line)
    ]


@pytest.mark.parametrize(
    ("line", "kind", "source"),
    [
        ("Insurgents ambush convoy in southern province", "ASSAULT", "insurgents"),
        ("Police raid offices of independent newspaper", "COERCE", "police"),
        ("Militia fighters storm town hall", "ASSAULT", "militia fighters"),
        ("Rebels attack army base in north", "ASSAULT", "rebels"),
        ("Insurgents bomb pipeline near oil town", "ASSAULT", "insurgents"),
        ("Riot police disperse crowd outside court", "ASSAULT", "riot police"),
        ("Police detain journalist", "COERCE", "police"),
    ],
)
@pytest.mark.parametrize("case", ["sentence", "title"])
def test_a_base_form_verb_after_a_plural_subject_is_the_headlines_verb(line, kind, source, case):
    text = _title(line) if case == "title" else line
    found = headline_readings(text)
    assert any(k == kind and (s or "").lower() == source for k, s in found), found


@pytest.mark.parametrize(
    ("line", "kind", "source"),
    [
        ("Ugandan army shells rebel camps", "ASSAULT", "ugandan army"),
        ("Military shells border villages", "ASSAULT", "military"),
        ("Navy fires on fishing boats near disputed reef", "ASSAULT", "navy"),
    ],
)
@pytest.mark.parametrize("case", ["sentence", "title"])
def test_a_verb_in_s_read_as_a_noun_after_an_actor_takes_a_common_noun_object(line, kind, source, case):
    text = _title(line) if case == "title" else line
    found = headline_readings(text)
    assert any(k == kind and (s or "").lower() == source for k, s in found), found


@pytest.mark.parametrize(
    "line",
    [
        "Army base closures list",
        "Rebel attacks: a timeline",
        "Farmers market prices fall",
        "Peace talks schedule",
        "Army shells fall on village",
        "Navy fires: the record",
        "Voters guide to the referendum",
        "Police attack dog",
        "Police search dogs",
        "Police raid photos",
        "Police raid aftermath in pictures",
    ],
)
@pytest.mark.parametrize("case", ["sentence", "title"])
def test_a_label_or_a_noun_compound_is_no_event(line, case):
    text = _title(line) if case == "title" else line
    assert headline_readings(text) == []


@pytest.mark.parametrize(
    ("line", "kind", "source"),
    [
        ("Opposition leader: government must resign", "REQUEST", "opposition leader"),
        ("Union boss: ministers must quit over pension plan", "REQUEST", "union boss"),
        ("Defence minister: we will not withdraw troops", "REJECT", "defence minister"),
    ],
)
@pytest.mark.parametrize("case", ["sentence", "title"])
def test_a_speaker_named_by_a_common_noun_before_a_colon_makes_the_claim(line, kind, source, case):
    text = _title(line) if case == "title" else line
    found = headline_readings(text)
    assert any(k == kind and (s or "").lower() == source for k, s in found), found


@pytest.mark.parametrize(
    "line",
    [
        "Analysis: what the ruling means for the mayor",
        "Rebel attacks: a timeline of the war",
        "Hostages: the story in maps",
        "Weather: heavy storms expected in north",
    ],
)
def test_a_topic_before_a_colon_is_no_speaker(line):
    assert headline_readings(line) == []


@pytest.mark.parametrize(
    ("line", "kind", "source"),
    [
        ("Pope to meet Israeli president", "CONSULT", "pope"),
        ("Foreign minister to meet counterpart in Geneva", "CONSULT", "foreign minister"),
    ],
)
@pytest.mark.parametrize("case", ["sentence", "title"])
def test_a_plan_the_parse_hangs_on_its_subject_as_a_relative_clause_is_the_headlines_act(
    line, kind, source, case
):
    text = _title(line) if case == "title" else line
    found = headline_readings(text)
    assert any(k == kind and (s or "").lower() == source for k, s in found), found


@pytest.mark.parametrize(
    "line",
    [
        "Places to visit in Lima",
        "Books to read this summer",
        "Ten players to watch in the final",
        "Ways to fight corruption",
        "Candidates to watch in the primary",
    ],
)
def test_an_infinitive_relative_of_a_label_is_no_plan(line):
    assert headline_readings(line) == []
