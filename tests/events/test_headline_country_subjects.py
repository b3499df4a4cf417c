"""The country or possessor before a Title Case headline's subject places its actor, where the
parse of the sentence-cased line hangs it on the verb (sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp

BODY = "\n\nThe statement came late on Thursday, aides in the capital said."


def _head_sources(line: str) -> list[tuple[str, str | None, str | None]]:
    doc = get_nlp()(line + BODY)
    return [
        (e["plover"]["type"], (e.get("source") or {}).get("code"), (e.get("source") or {}).get("text"))
        for e in doc._.events
        if e["evidence"]["start"] < len(line)
    ]


@pytest.mark.parametrize(
    ("line", "kind", "code"),
    [
        # a possessive country read as the possessor of the verb
        ("Kenya's Army Attacks Militia Hideouts", "ASSAULT", "KEN"),
        ("Ghana's Army Attacks Rebel Positions", "ASSAULT", "GHA"),
        ("Zambia's Army Attacks Smuggler Camps", "ASSAULT", "ZMB"),
        # a country name before the subject noun read as a compound of the verb
        ("Angola Police Arrest Union Organiser", "COERCE", "AGO"),
        ("Mongolia Police Arrest Mining Executive", "COERCE", "MNG"),
        # a country name hung on the verb by a link of no kind, or the actor noun read as the
        # verb's adverbial
        ("Chile Police Arrest Opposition Figure", "COERCE", "CHL"),
        ("Malaysia Police Arrest Opposition Chief", "COERCE", "MYS"),
        ("Indonesia Police Arrest Opposition Figure", "COERCE", "IDN"),
        # a country name read as a second subject of the verb
        ("Peru Opposition Rejects Vote Count", "REJECT", "PER"),
        ("Chile Opposition Rejects Budget Cuts", "REJECT", "CHL"),
    ],
)
def test_a_country_before_a_headlines_subject_places_its_actor(line, kind, code):
    found = _head_sources(line)
    assert any(t == kind and (c or "")[:3] == code for t, c, _ in found), found


@pytest.mark.parametrize(
    ("line", "kind", "code"),
    [
        # shapes the parse already reads: the country stays with its subject
        ("Kenya's army attacked militia hideouts on Sunday.", "ASSAULT", "KEN"),
        ("Mongolian Police Arrest Mining Executive", "COERCE", "MNG"),
        # coordinated countries stay two subjects
        ("Russia, China Reject Sanctions Plan", "REJECT", "CHN"),
        ("Russia, China Reject Sanctions Plan", "REJECT", "RUS"),
    ],
)
def test_a_country_already_on_its_subject_stays_there(line, kind, code):
    found = _head_sources(line)
    assert any(t == kind and (c or "")[:3] == code for t, c, _ in found), found


def test_a_day_before_a_headlines_subject_does_not_join_it():
    found = _head_sources("Sunday Police Arrest Union Organiser")
    assert not any((c or "")[:3] == "SUN" for _, c, _ in found), found


@pytest.mark.parametrize(
    ("line", "code"),
    [
        # a verb in -s read as a verb or noun modifier inside the phrase after an actor noun
        ("Bolivia's Army Attacks Guerrilla Camps", "BOL"),
        ("Angola Army Bombs Rebel Camp", "AGO"),
        ("Albania's Army Shells Rebel Positions", "ALB"),
    ],
)
def test_a_verb_read_inside_the_phrase_after_a_countrys_forces_is_the_headlines_verb(line, code):
    found = _head_sources(line)
    assert any(t == "ASSAULT" and (c or "")[:3] == code for t, c, _ in found), found


@pytest.mark.parametrize("line", ["Iran Sanctions Relief Talks Stall", "Army Shells Fall on Village"])
def test_a_noun_phrase_headline_stays_without_an_event(line):
    assert not _head_sources(line)


def test_a_time_word_before_a_headlines_subject_does_not_join_it():
    found = _head_sources("Dawn Police Raids Net Suspects")
    assert found and not any((text or "").startswith("Dawn") for _, _, text in found), found


@pytest.mark.parametrize(
    "line", ["Albania Police Raids Anger Shopkeepers", "Algeria Police Raids Anger Traders"]
)
def test_the_object_of_a_plural_noun_read_as_the_verb_is_no_target(line):
    doc = get_nlp()(line + BODY)
    events = [e for e in doc._.events if e["evidence"]["start"] < len(line)]
    assert events and not any(e.get("target") for e in events), events
