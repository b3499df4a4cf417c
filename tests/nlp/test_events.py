import time

import pytest

from dateline.nlp import get_nlp

try:
    from dateline.actors import resolve_actor  # noqa: F401

    HAVE_ACTORS = True
except ImportError:
    HAVE_ACTORS = False


def _events(text: str) -> list[dict]:
    return get_nlp()(text)._.events


def _type(event) -> str:
    return event["plover"]["type"] if isinstance(event, dict) else event.plover.type


def _find(events, plover_type):
    return [e for e in events if _type(e) == plover_type]


@pytest.fixture(scope="module")
def example_events(example_article):
    return example_article.events


def test_harper_meets_stoltenberg_planned_on_monday(example_article, example_events):
    meets = [e for e in _find(example_events, "CONSULT") if e.trigger and "meet" in e.trigger]
    assert meets, [e.trigger for e in example_events]
    meet = meets[0]
    assert meet.modality == "planned"
    assert meet.cameo.code in ("036", "040", "043")
    assert "Harper" in example_article.body[meet.evidence.start : meet.evidence.end]
    times = {t.id: t for t in example_article.times}
    assert meet.when is not None and times[meet.when].value == "2015-03-23"
    assert meet.source is not None and meet.source.code == "CANGOV"
    assert meet.target is not None and meet.target.country == "IGO"


def test_harper_asks_canadas_house_of_commons(example_events):
    asks = [
        e for e in _find(example_events, "REQUEST") if e.target and e.target.text == "the House of Commons"
    ]
    assert asks, [(e.trigger, e.target) for e in _find(example_events, "REQUEST")]
    assert asks[0].modality == "planned"
    if HAVE_ACTORS:
        assert asks[0].target.code == "CANLEG"


def test_stoltenberg_visits_canada(example_events):
    visits = [e for e in _find(example_events, "CONSULT") if e.cameo.code in ("042", "043")]
    assert visits
    if HAVE_ACTORS:
        assert visits[0].target is not None and visits[0].target.country == "CAN"


def test_putin_mobilizes(example_events):
    mobilize = _find(example_events, "MOBILIZE")
    assert mobilize and mobilize[0].cameo.code in ("154", "150", "152")
    assert mobilize[0].modality == "asserted"
    assert mobilize[0].source is not None and mobilize[0].source.code == "RUSGOV"


def test_background_clauses_and_noun_modifiers_are_not_coded():
    assert _events("NATO has had no formal role to date in fighting ISIL.") == []
    events = _events("Portugal said it will support a motion that calls for sanctions on the regime.")
    assert [e["plover"]["type"] for e in events] == ["AGREE"]


def test_an_appeal_expressed_by_a_protest_is_part_of_it():
    events = _events("Some 300 farmers blocked a highway near Lyon demanding that the fuel tax be scrapped.")
    assert [e["plover"]["type"] for e in events] == ["PROTEST"]


def test_us_aid_to_ukraine_is_considered_not_asserted(example_article, example_events):
    body = example_article.body
    aid = [e for e in _find(example_events, "AID") if "sending" in (e.trigger or "")]
    aid = [e for e in aid if "United States" in body[e.evidence.start : e.evidence.end]]
    assert aid
    assert all(e.modality != "asserted" for e in aid)
    if HAVE_ACTORS:
        assert any(e.source is not None and e.source.country == "USA" for e in aid)


def test_events_carry_evidence_codes_and_gdelt_fields(example_article, example_events):
    for event in example_events:
        assert 0 <= event.evidence.start < event.evidence.end <= len(example_article.body)
        assert event.rule and event.trigger
        assert event.gdelt["EventCode"] == event.cameo.code
        assert event.gdelt["EventRootCode"] == event.cameo.code[:2]
        assert event.gdelt["Actor1Code"] == ((event.source.code or "") if event.source else "")
    meet = next(e for e in example_events if e.trigger == "meet")
    assert meet.gdelt["ActionGeo_CountryCode"] == "CA" and meet.gdelt["ActionGeo_FullName"] == "Ottawa"
    assert len({e.id for e in example_events}) == len(example_events)


@pytest.mark.parametrize(
    "text",
    [
        "Iran did not attack Iraq on Monday.",
        "The army has not yet received an invitation from the government.",
        "Israel never recognized the Palestinian authority.",
    ],
)
def test_negated_events_are_not_asserted(text):
    events = _events(text)
    assert events
    assert all(e["modality"] == "negated" for e in events)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Canada could be poised to provide Ukraine with more military assistance.", "hypothetical"),
        ("The United States has been considering sending weapons to Ukraine.", "hypothetical"),
        ("Harper is scheduled to meet with Stoltenberg on Monday.", "planned"),
        ("If talks fail, the rebels would attack the capital.", "hypothetical"),
    ],
)
def test_modality(text, modality):
    events = _events(text)
    assert events and events[0]["modality"] == modality


def test_announced_intent_and_refusal_are_recoded():
    (agree,) = _events("Chile says it is ready to send food aid to Haiti.")
    assert agree["plover"]["type"] == "AGREE" and agree["cameo"]["code"].startswith("03")
    (threat,) = _events("Iran said it will cut off electricity to Armenia.")
    assert threat["plover"]["type"] == "THREATEN"
    (reject,) = _events("Poland says it will not accept new migrants.")
    assert reject["plover"]["type"] == "REJECT"


def test_passive_voice_swaps_source_and_target():
    (event,) = _events("A refugee camp was attacked by rebels from Burundi.")
    assert event["plover"]["type"] == "ASSAULT"
    assert event["target"] is None or "camp" in event["target"]["text"]
    assert event["source"] is None or "rebels" in event["source"]["text"]


@pytest.mark.parametrize(
    "text",
    [
        "Protests in Paris.",
        "ATTACK ON EMBASSY: LIVE UPDATES",
        ", ".join(["France", "Germany", "Italy", "Spain", "Poland"] * 10) + ".",
        "",
        "Weather: sunny, 21 degrees.",
    ],
)
def test_no_events_without_a_verb(text):
    assert _events(text) == []


def test_run_on_sentence_is_bounded():
    text = " and ".join(["the rebels attacked the town and the army shelled the village"] * 25) + "."
    start = time.perf_counter()
    events = _events(text)
    assert time.perf_counter() - start < 10
    assert len(events) <= 6 * 4


def test_component_is_registered_after_entities():
    names = get_nlp().pipe_names
    assert names.index("dateline_events") > names.index("dateline_entities")


def test_a_pronoun_possessed_object_is_not_the_target():
    (event,) = _events(
        "Kenya has once more offered its police officers to Haiti's new Prime Minister Ariel Henry."
    )
    assert event["target"] is None or event["target"]["country"] != "KEN"


def test_target_from_a_name_inside_the_predicate_scope():
    (event,) = _events("Russia threatened to halt gas deliveries to Ukraine.")
    assert event["plover"]["type"] == "THREATEN"
    assert event["target"] is not None and event["target"]["country"] == "UKR"


def test_events_in_temporal_background_phrases_are_not_coded():
    events = _events("Chile has granted asylum to nine students since last week's military crackdown.")
    assert [e["plover"]["type"] for e in events] == ["AID"]


def test_a_demand_voiced_by_a_protest_is_part_of_it():
    events = _events(
        "Furious students have held marches in Dhaka against the prime minister, saying she must step down."
    )
    assert [e["plover"]["type"] for e in events] == ["PROTEST"]


def test_a_percentage_as_subject_is_a_statistic_not_an_event():
    for text in (
        "In the survey, 38 percent of residents support the governor of Ohio.",
        "Officials said 15% of the villagers were killed in the fighting in Darfur.",
    ):
        assert not [e for e in _events(text) if e["plover"]["type"] in ("SUPPORT", "ASSAULT")]


def test_a_headline_passive_has_its_agent_as_source():
    events = _events("Protest leader Ana Ruiz detained by police in Caracas.")
    coerce = [e for e in events if e["plover"]["type"] == "COERCE"]
    assert coerce and coerce[0]["source"]["sector"] == "COP"
    assert coerce[0]["source"]["country"] == "VEN"


def test_a_word_of_an_organisation_name_is_not_a_country():
    events = _events("The mayor of Chicago criticized the Green Party on Monday.")
    accuse = [e for e in events if e["plover"]["type"] == "ACCUSE"]
    assert accuse and (accuse[0]["target"] or {}).get("country") != "GRC"
