"""Lead shapes whose main event was not coded or mis-coded (sentences written for these tests)."""

import importlib.util
from pathlib import Path

import pytest

from dateline.events.lexicon import match_verb
from dateline.events.patterns import STRENGTH_SYNONYM, verb_table
from dateline.nlp import get_nlp
from tests.event_helpers import verb_sense

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_cameo_verbs.py"


def _build():
    spec = importlib.util.spec_from_file_location("build_cameo_verbs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _events(text, published="2024-05-01"):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events or [])


def _typed(text, plover):
    return [e for e in _events(text) if e["plover"]["type"] == plover]


def _wordnet(folder: Path, senses: dict[str, list[str]], synsets: dict[str, list[str]]) -> None:
    """A WordNet verb database in the files' format: lemma -> offsets, offset -> words."""
    index = [f"{lemma} v {len(offs)} 0 {len(offs)} 0 {' '.join(offs)}" for lemma, offs in senses.items()]
    data = [
        f"{off} 35 v {len(words):02x} {' '.join(f'{w} 0' for w in words)} 000 00 | a gloss"
        for off, words in synsets.items()
    ]
    (folder / "index.verb").write_text("  licence\n" + "\n".join(index) + "\n", encoding="utf-8")
    (folder / "data.verb").write_text("  licence\n" + "\n".join(data) + "\n", encoding="utf-8")


def test_a_phrasal_verb_that_wordnet_makes_a_synonym_of_a_block_head_joins_that_block(tmp_path):
    # made-up senses: "peer into" is the first sense of "examine", head of a block of 090; "peer
    # for" is the first sense of "hunt", which codes 090 only by a code of its own; "peer at" has a
    # pattern with an object as well, so it is no phrase of the act alone
    _wordnet(
        tmp_path,
        {
            "examine": ["00000001"],
            "peer_into": ["00000001"],
            "hunt": ["00000002"],
            "peer_for": ["00000002"],
            "peer_at": ["00000001"],
        },
        {"00000001": ["examine", "peer_into"], "00000002": ["hunt", "peer_for"]},
    )
    table = {
        "blocks": {
            "EXAMINE": {"code": "090", "patterns": []},
            "HUNT": {"code": None, "patterns": []},
            "PEER": {
                "code": None,
                "patterns": [
                    {"preps": [["into", ["claims"]]], "code": "090", "verb": "peer"},
                    {"preps": [["for", ["clues"]]], "code": "090", "verb": "peer"},
                    {"obj": ["ledger"], "preps": [["at", ["accounts"]]], "code": "090", "verb": "peer"},
                ],
            },
        },
        "verbs": {
            "examine": [["EXAMINE", None, True]],
            "hunt": [["HUNT", "090", True]],
            "peer": [["PEER", None, True]],
        },
    }
    assert _build().phrasal_synonyms(table, tmp_path) == {"peer into": ["EXAMINE"]}
    assert table["verbs"]["peer into"] == [["EXAMINE", None, False]]
    assert "peer for" not in table["verbs"]


def test_look_into_is_a_synonym_of_investigate_in_the_built_table():
    entries = verb_table().verbs["look into"]
    assert [(e.block, e.code, e.by_sense) for e in entries] == [("INVESTIGATE", "090", True)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("State prosecutors in Norvale are looking into the treasurer's travel expenses.", "looking"),
        ("The Dunmore county sheriff looked into whether the clerk had altered the payroll.", "looked"),
    ],
)
def test_looking_into_a_matter_is_an_inquiry(text, word):
    sense = verb_sense(text, word)
    assert sense is not None and (sense.plover, sense.cameo) == ("ACCUSE", "090")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # literal looking, private people, a pronoun, a time
        ("The hikers looked into the canyon below the ridge.", "looked"),
        ("She looked into the mirror before the parade.", "looked"),
        ("Farmers in Norvale are looking into the next decade with worry.", "looking"),
    ],
)
def test_looking_into_a_place_or_the_future_is_no_inquiry(text, word):
    sense = verb_sense(text, word)
    assert sense is None or sense.plover != "ACCUSE"


def test_a_one_word_synonym_keeps_its_own_fit():
    # the phrasal check applies to phrasal verbs only: a one-word synonym still needs an actor acted on
    assert STRENGTH_SYNONYM < 1
    doc = get_nlp()("The scandal quelled his ambitions.")
    sense = match_verb(next(t for t in doc if t.text == "quelled"))
    assert sense is None


def test_military_aid_promised_is_a_promise_of_aid_not_a_threat():
    events = _events("The Norvalian defence minister pledged military aid to Dorvia on Monday.")
    assert [e["plover"]["type"] for e in events] == ["AGREE"]


def test_a_military_offensive_promised_is_still_a_threat():
    events = _events("The Dorvian rebels vowed a military offensive against the capital.")
    assert [e["plover"]["type"] for e in events] == ["THREATEN"]


def test_a_title_case_people_noun_in_a_glued_headline_undergoes_its_bare_passive():
    text = (
        "Man accused of selling forged permits. Carl Odum, 52, of Millbrook, was arrested on Friday "
        "after a month-long inquiry, police said. He was released on bail the same evening."
    )
    accused = [e for e in _typed(text, "ACCUSE") if e["evidence"]["start"] == 0]
    assert accused and accused[0]["source"] is None
    assert accused[0]["target"]["text"] == "Man"


def test_a_surname_with_an_object_stays_the_doer():
    text = (
        "Baker accused the treasurer of hiding losses. Ruth Baker, a Millbrook councillor, spoke at the "
        "council meeting on Friday. The treasurer denied it."
    )
    accused = [e for e in _typed(text, "ACCUSE") if e["evidence"]["start"] == 0]
    assert accused and accused[0]["source"]["text"] == "Baker"


@pytest.mark.parametrize(
    "text",
    [
        "The Dorvian chancellor flew home after meeting with the Norvalian president.",
        "Before meeting the Norvalian envoy, the Dorvian chancellor toured the harbour.",
    ],
)
def test_a_meeting_gerund_after_or_before_is_the_subjects_meeting(text):
    met = _typed(text, "CONSULT")
    assert met and met[0]["source"]["text"].lower() == "the dorvian chancellor"
    assert "Norvalian" in met[0]["target"]["text"]


@pytest.mark.parametrize(
    "text",
    [
        # a noun of talks in a time phrase is a passing reference; a visit is no meeting gerund
        "The Dorvian chancellor flew home after the meeting with the Norvalian president.",
        "The Dorvian chancellor flew home after talks with the Norvalian president.",
    ],
)
def test_a_noun_of_talks_after_a_verb_stays_background(text):
    assert not _typed(text, "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "One man is dead and another is hurt after a shooting in north Millbrook on Sunday.",
        "Two guards are dead and a third is injured after an attack on the Dorvian border post.",
    ],
)
def test_a_casualty_phrase_after_joined_clauses_holds_for_the_first(text):
    struck = [e for e in _typed(text, "ASSAULT") if e["rule"].startswith("plight:casualty")]
    assert struck and struck[0]["target"]["text"].split()[0] in ("One", "Two")


@pytest.mark.parametrize(
    "text",
    [
        # a phrase of no force, or a second clause of no harm, shares nothing
        "One man is dead and another is hurt after a crash in north Millbrook.",
        "One man is dead and another is happy after the lottery draw.",
    ],
)
def test_a_joined_clause_of_no_force_or_no_harm_gives_no_casualty(text):
    assert not _typed(text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The Dorvian president said he was encouraged after talks with the Norvalian premier.",
        "The Dorvian president was encouraged by the talks.",
        "The Norvalian premier said she was frustrated by the delays.",
    ],
)
def test_a_passive_of_feeling_is_no_act(text):
    assert not [e for e in _events(text) if e["plover"]["type"] in ("SUPPORT", "ACCUSE")]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # an actor as by-agent, or an act asked of the subject, keeps the act
        ("The Dorvian president was encouraged by the Norvalian premier.", "SUPPORT"),
        ("The Dorvian president encouraged the rebels.", "SUPPORT"),
    ],
)
def test_an_actor_that_encourages_still_acts(text, plover):
    assert _typed(text, plover)


@pytest.mark.parametrize(
    "text",
    [
        "The Dorvian governor spoke to reporters after the budget vote.",
        "The Dorvian governor talked with journalists outside the assembly on Monday.",
    ],
)
def test_speaking_to_the_press_is_no_consultation(text):
    assert not _typed(text, "CONSULT")


def test_speaking_with_a_leader_is_still_a_consultation():
    assert _typed("The Dorvian governor spoke with the Norvalian premier on Monday.", "CONSULT")
