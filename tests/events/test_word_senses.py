"""Senses of headline and lead words that news uses in more than one way: a manhunt is an
investigation, a charge no arrest, a court's jailing a sentence, a blaze or a stampede no one's
attack, a typhoon no critic (sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp

BODY = "\nVELL (Wire) -- Officials in Ruritania gave few details on Tuesday, and more were expected."


def _events(text: str) -> list[tuple[str, str]]:
    doc = get_nlp()(text)
    return [(e["plover"]["type"], (e.get("cameo") or {}).get("code") or "") for e in doc._.events]


def _head_events(line: str) -> list[tuple[str, str]]:
    doc = get_nlp()(line + BODY)
    return [
        (e["plover"]["type"], (e.get("cameo") or {}).get("code") or "")
        for e in doc._.events
        if e["evidence"]["start"] < len(line)
    ]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # seeking, hunting or searching for a wanted person is an investigation, no threat
        ("Detectives in Vell are seeking a suspect after a jeweller was robbed.", ("ACCUSE", "090")),
        ("Troopers were searching for an escaped arsonist near the quarry.", ("ACCUSE", "090")),
        ("Constables launched a manhunt for the kidnapper on Thursday.", ("ACCUSE", "090")),
        # a charge that the dictionary files under CAMEO 173 is the guide's accusation
        (
            "Prosecutors Charge Harbour Commissioner - The commissioner denies taking kickbacks.",
            ("ACCUSE", "1121"),
        ),
        # a court, judge or tribunal that jails someone sentences them
        ("A tribunal in Vell jailed the blogger for mocking the governor.", ("SANCTION", "116")),
        # posts and bases charged are force
        ("Insurgents charged the border post before dawn.", ("ASSAULT", "190")),
        # property torched is force; a rival torched in words is criticism
        ("Raiders torched the granary of the Ruritanian border village.", ("ASSAULT", "1712")),
    ],
)
def test_a_word_sense_gives_the_guides_type(text, wanted):
    assert wanted in _events(text)


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("Judge Sentences Activist To Six Years", ("SANCTION", "116")),
        ("Jury Convicts Harbour Commissioner Of Bribery", ("SANCTION", "116")),
        ("Governor Torches Assembly Over Late Budget", ("ACCUSE", "111")),
        ("Constables Nab Smuggling Suspect At Harbour", ("COERCE", "173")),
        ("Detectives Quiz Suspects Over Warehouse Blaze", ("ACCUSE", "090")),
        # a relative clause after the object is no verb of the headline's own
        ("Constables Arrest Drifter Who Threatened Library", ("COERCE", "173")),
    ],
)
def test_a_headline_verb_is_read_in_its_sense(line, wanted):
    assert wanted in _head_events(line)


@pytest.mark.parametrize(
    "text",
    [
        "Detectives in Vell are seeking a suspect after a jeweller was robbed.",
        "Constables Seek Suspect In Harbour Robbery" + BODY,
    ],
)
def test_seeking_a_suspect_is_no_threat(text):
    assert not any(kind == "THREATEN" for kind, _ in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "A blaze destroyed forty homes in the Vell hills on Sunday.",
        "Flames gutted the old mill and killed two night watchmen.",
        "A stampede killed six pilgrims at the Vell shrine on Sunday.",
        "Crush At Vell Stadium Kills Nine" + BODY,
    ],
)
def test_a_fire_or_a_stampede_is_no_attack(text):
    assert not any(kind == "ASSAULT" for kind, _ in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Cyclone Slams Ruritanian Coast" + BODY,
        "A courier was struck by a minivan driven by a retired teacher on Mill Lane.",
    ],
)
def test_a_blow_with_no_speaker_is_no_criticism(text):
    assert not any(kind == "ACCUSE" for kind, _ in _events(text))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the fire of weapons and a fire someone set stay force
        ("Ruritanian artillery fire killed three shepherds near the ridge.", "ASSAULT"),
        ("A fire set by militiamen destroyed the Vell clinic.", "ASSAULT"),
        # words of an office holder stay criticism
        ("The senator slammed the storm response of the agency as slow.", "ACCUSE"),
    ],
)
def test_nearby_shapes_keep_their_event(text, wanted):
    assert any(kind == wanted for kind, _ in _events(text))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("A shopkeeper was struck by a minivan driven by a pensioner on Mill Lane.", False),
        ("A shopkeeper was struck by a minivan driven by a soldier on Mill Lane.", True),
        ("A shopkeeper was struck by a minivan driven by an assailant on Mill Lane.", True),
    ],
)
def test_a_vehicle_driven_by_a_private_driver_is_a_traffic_toll(text, wanted):
    assert any(kind == "ASSAULT" for kind, _ in _events(text)) is wanted


def test_a_glued_first_sentence_with_a_counted_object_is_a_headline():
    text = "Constables arrest three dockers in Vell. The dockers were held on Friday after a fight."
    assert ("COERCE", "173") in _events(text)


def test_a_glued_first_sentence_with_a_rate_is_a_habit():
    text = "Constables detain 200 vagrants a month in Vell. Officials say the figure has grown since May."
    first = text.split(". ")[0]
    doc = get_nlp()(text)
    assert not any(e["evidence"]["start"] < len(first) for e in doc._.events)


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # an attack verb used of words keeps the dictionary's force in a headline over a lede of it
        ("Militia Blasts Ruritanian Outpost\nVELL -- Militiamen shelled an outpost on Monday.", "ASSAULT"),
        ("Gunboats Assail Harbour Forts\nVELL -- Gunboats bombarded the harbour forts on Monday.", "ASSAULT"),
    ],
)
def test_a_headline_attack_verb_keeps_its_force(line, wanted):
    head = line.split("\n")[0]
    doc = get_nlp()(line)
    assert any(e["plover"]["type"] == wanted and e["evidence"]["start"] < len(head) for e in doc._.events)


def test_a_headline_find_takes_no_verdict_of_the_lede():
    head = "Rangers Find Cache Of Rifles"
    doc = get_nlp()(head + "\nVELL -- Rangers found rifles on Monday, and a magistrate convicted a poacher.")
    verdicts = [e for e in doc._.events if e["plover"]["type"] == "SANCTION"]
    assert not any(e["evidence"]["start"] < len(head) for e in verdicts)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a place searched for a suspect is a search (171), no manhunt
        ("Police searched the warehouse for the arsonist on Tuesday.", ("COERCE", "171")),
        # an effigy or a flag torched is protest, as burned
        ("Dockers torched an effigy of the harbour master in Vell.", ("PROTEST", "141")),
    ],
)
def test_a_mended_sense(text, wanted):
    assert wanted in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fire from across the river killed two Ruritanian herders on Monday.",
        "Incoming fire wounded four sentries near the Vell ridge.",
    ],
)
def test_fire_from_across_a_line_stays_force(text):
    assert any(kind == "ASSAULT" for kind, _ in _events(text))


def test_a_named_storm_is_no_critic():
    events = _events("Typhoon Orla slammed the Ruritanian coast on Sunday.")
    assert not any(kind == "ACCUSE" for kind, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "A fire at a police station in Vell killed two clerks.",
        "A blaze in the home of a Ruritanian senator killed his two dogs.",
    ],
)
def test_where_a_fire_burns_names_no_one_who_set_it(text):
    assert not any(kind == "ASSAULT" for kind, _ in _events(text))
