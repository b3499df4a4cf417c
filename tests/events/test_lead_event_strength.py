"""Lead events that were coded right but scored below the default threshold, or not coded, because a
signal of their clause was misread (sentences written for these tests, each followed by a few
sentences of background so that the text is a full story, not a brief)."""

import pytest

from dateline.events.arguments import entity_mentions, speaker_pronoun, verbal_noun_subject
from dateline.events.confidence import default_threshold
from dateline.events.nonevents import embedded, headline_participle
from dateline.nlp import get_nlp

BACKGROUND = (
    " The province has about four million inhabitants. Rain fell across the region this week. "
    "No further details were given. The account appeared in two local newspapers on Wednesday. "
    "The town lies about 150 kilometres from the sea."
)


def _events(lead: str) -> list[dict]:
    nlp = get_nlp()
    doc = nlp.make_doc(lead + BACKGROUND)
    doc._.published = "2025-03-04"
    return [e for e in nlp(doc)._.events or [] if e["evidence"]["start"] < len(lead)]


def _shown(lead: str, plover: str, source: str | None, target: str | None) -> bool:
    """Whether an event of the type, source country and target country is coded at or above the
    default threshold ("-" for no actor)."""

    def country(actor: dict | None) -> str:
        return (actor or {}).get("country") or "-"

    return any(
        e["plover"]["type"] == plover
        and e["confidence"] >= default_threshold()
        and (source is None or country(e["source"]) == source)
        and (target is None or country(e["target"]) == target)
        for e in _events(lead)
    )


def _parse(text: str):
    return get_nlp()(text)


def test_a_verbless_headlines_participle_is_its_predicate():
    doc = _parse("Two Moldovan Reporters Held on Spying Charges.")
    verb = next(t for t in doc if t.lower_ == "held")
    assert headline_participle(verb)
    assert not embedded(verb)


def test_a_participle_after_a_places_tag_is_the_headlines_predicate():
    doc = _parse("Mali: Three Herders Killed in Raid Near Mopti")
    verb = next(t for t in doc if t.lower_ == "killed")
    assert verb.dep_ == "acl"
    assert headline_participle(verb)
    assert not embedded(verb)


def test_a_participle_modifying_a_subject_stays_embedded():
    doc = _parse("Reporters detained in Chisinau were freed on Monday.")
    verb = next(t for t in doc if t.lower_ == "detained")
    assert not headline_participle(verb)
    assert embedded(verb)


@pytest.mark.parametrize(
    ("lead", "plover", "target"),
    [
        ("Nine Moldovan Reporters Detained in Chisinau.", "COERCE", "MDA"),
        ("Chilean Student Leaders Arrested After March.", "COERCE", "CHL"),
        ("Lebanese Soldiers Killed in Ambush Near Border.", "ASSAULT", "LBN"),
        ("Peruvian Governor Convicted of Bribery.", "SANCTION", "PER"),
    ],
)
def test_a_verbless_headlines_doerless_passive_is_shown(lead, plover, target):
    assert _shown(lead, plover, "-", target)


@pytest.mark.parametrize(
    "lead",
    [
        "Reporters Detained Last Year Sue the State.",
        "How a Student Leader Arrested in Santiago Became a Symbol.",
        "Will Reporters Detained in Chisinau Be Freed?",
    ],
)
def test_a_participle_in_a_headline_with_its_own_verb_or_a_question_is_not_shown(lead):
    assert not any(
        e["plover"]["type"] == "COERCE" and e["confidence"] >= default_threshold() for e in _events(lead)
    )


def test_a_bare_gerund_subject_is_a_verbal_noun():
    doc = _parse("Shelling killed seven Armenian farmers on Friday.")
    assert verbal_noun_subject(doc[0])
    clause = _parse("Attacking the convoy cost the rebels dearly.")
    assert not verbal_noun_subject(clause[0])


@pytest.mark.parametrize(
    ("lead", "target"),
    [
        ("Shelling killed seven Armenian farmers near the border on Friday.", "ARM"),
        ("Fighting in Juba killed 14 South Sudanese civilians overnight.", "SSD"),
        ("Shelling in Kherson killed three Ukrainian volunteers on Sunday.", "UKR"),
    ],
)
def test_an_act_whose_subject_is_a_gerund_of_force_names_no_doer(lead, target):
    assert _shown(lead, "ASSAULT", "-", target)


@pytest.mark.parametrize(
    "lead",
    [
        "Shelling could kill more Armenian farmers if the truce fails, a monitor warned.",
        "Shelling kills civilians every week in the region.",
        "Floods killed seven Armenian farmers near the border on Friday.",
    ],
)
def test_a_gerund_subject_of_a_possibility_a_habit_or_a_disaster_is_not_shown(lead):
    assert not any(e["confidence"] >= default_threshold() for e in _events(lead))


def test_a_pronoun_under_a_named_speakers_reporting_verb_is_the_speakers_own():
    lead = "Chile's interior minister said on Monday he had ordered the arrest of four police officers."
    nlp = get_nlp()
    doc = nlp(lead)
    source = next(e["source"] for e in doc._.events if e["plover"]["type"] == "COERCE")
    assert source["text"] == "he"
    assert speaker_pronoun(doc, source, entity_mentions(doc))


def test_a_pronoun_of_another_than_the_speaker_is_not_the_speakers_own():
    nlp = get_nlp()
    doc = nlp("Police said he had attacked two Chilean officers on Monday.")
    sources = [e["source"] for e in doc._.events if e["source"] and e["source"]["text"] == "he"]
    assert not any(speaker_pronoun(doc, s, entity_mentions(doc)) for s in sources)


@pytest.mark.parametrize(
    ("lead", "plover", "source"),
    [
        (
            "Chile's interior minister said on Monday he had ordered the arrest of four police officers.",
            "COERCE",
            "CHL",
        ),
        (
            "Latvia's defence minister said on Friday she had ordered the withdrawal of troops.",
            "RETREAT",
            "LVA",
        ),
        ("Ghana's president said on Tuesday he had approved emergency aid for Togo.", "AID", "GHA"),
    ],
)
def test_an_act_told_by_its_doer_in_the_third_person_is_shown(lead, plover, source):
    assert _shown(lead, plover, source, None)


def test_a_possibility_told_by_its_doer_is_not_shown():
    lead = "Chile's interior minister said on Monday he might order the arrest of police officers."
    assert not any(e["confidence"] >= default_threshold() for e in _events(lead))


@pytest.mark.parametrize(
    ("lead", "source", "target"),
    [
        ("Canada announced $40 million in humanitarian aid for Sudan on Thursday.", "CAN", "SDN"),
        (
            "The European Union announced 15 million euros in emergency assistance for Mozambique on Monday.",
            "IGO",
            "MOZ",
        ),
    ],
)
def test_a_sum_of_aid_given_names_the_aid(lead, source, target):
    assert _shown(lead, "AID", source, target)


@pytest.mark.parametrize(
    "lead",
    [
        "The carmaker announced $3 billion in profits on Thursday.",
        "The airline announced 400 million dollars in new investment in its fleet.",
    ],
)
def test_a_sum_of_profit_or_investment_is_no_aid(lead):
    assert not any(e["plover"]["type"] == "AID" for e in _events(lead))


def test_an_international_agencys_field_does_not_make_it_a_private_party():
    lead = "The World Food Programme delivered food to 20,000 people in Mozambique on Sunday."
    assert _shown(lead, "AID", "IGO", "MOZ")


@pytest.mark.parametrize(
    ("lead", "plover"),
    [
        ("Kyiv took 40 percent of the Russian missile attacks this winter.", "ASSAULT"),
        ("Ukraine took 30 percent of the Russian strikes last month.", "PROTEST"),
        ("Israel carried out 70 percent of the airstrikes in the region last year.", "ASSAULT"),
    ],
)
def test_a_percentage_of_acts_is_a_share_not_the_subjects_act(lead, plover):
    assert not any(e["plover"]["type"] == plover and e["source"] for e in _events(lead))
