from dateline.events.confidence import default_threshold, features, resolution
from dateline.nlp import get_nlp


def _events(text):
    return list(get_nlp()(text)._.events or [])


def test_an_event_without_a_resolved_source_stays_below_the_threshold():
    events = _events("Unknown assailants shelled the village on Monday night.")
    assert all(e["confidence"] < default_threshold() for e in events)


def test_a_named_state_actor_gives_a_confident_event():
    events = _events("Syrian troops shelled the village of Kafr Nabl on Monday.")
    assert any(e["plover"]["type"] == "ASSAULT" and e["confidence"] >= default_threshold() for e in events)


def test_a_question_is_less_confident_than_a_statement():
    asserted = _events("Syrian troops shelled the village of Kafr Nabl on Monday.")
    asked = _events("Did Syrian troops shell the village of Kafr Nabl on Monday?")
    best = max(e["confidence"] for e in asserted)
    assert all(e["confidence"] < best for e in asked)


def test_resolution_levels():
    assert resolution(None) == "none"
    assert resolution({"country": "SYR", "country_source": "phrase"}) == "resolved"
    assert resolution({"country": "SYR", "country_source": "dateline"}) == "inferred"
    assert resolution({"country": None, "code": "IGOUNO"}) == "resolved"
    assert resolution({"country": None, "code": "CVL"}) == "unresolved"


def test_features_name_the_resolution_and_the_clause():
    feats = features(
        strength=1.0,
        kind="verb",
        source={"country": "SYR", "country_source": "phrase"},
        target=None,
        modality="asserted",
        question=True,
        quoted=False,
        lead=True,
        pronoun_source=False,
        genre=None,
    )
    assert feats["source:resolved"] == 1.0 and feats["target:none"] == 1.0
    assert feats["question"] == 1.0 and feats["lead"] == 1.0


def test_the_sentence_model_gives_a_probability_and_its_log_odds_is_a_feature():
    from dateline.events.confidence import Model, eventive, log_odds

    m = Model(0.3, 0.0, {}, -1.0, {"names": 2.0, "question": -3.0})
    assert eventive({"names": 1.0}, m) > 0.5 > eventive({"names": 0.0, "question": 1.0}, m)
    assert log_odds(0.5) == 0.0
    feats = features(
        strength=1.0,
        kind="verb",
        source=None,
        target=None,
        modality="asserted",
        question=False,
        quoted=False,
        lead=False,
        pronoun_source=False,
        genre=None,
        eventive=0.9,
    )
    assert feats["eventive"] == log_odds(0.9)


def test_an_event_told_in_a_first_person_essay_is_less_confident_than_in_a_report():
    report = _events(
        "The village lies a few miles from the border. Syrian troops shelled the village of Kafr Nabl "
        "on Monday. Residents fled to the hills, the local council said."
    )
    essay = _events(
        "I have never written about this war before. Syrian troops shelled the village of Kafr Nabl "
        "on Monday. We owe its people our attention, and you should not look away either."
    )

    def shelling(events):
        return max(e["confidence"] for e in events if e["plover"]["type"] == "ASSAULT")

    assert shelling(essay) < shelling(report)


def test_a_hypothetical_event_stays_below_the_threshold():
    possible = _events("If the talks fail, Turkey could launch a new offensive against Kurdish fighters.")
    done = _events("Turkey launched a new offensive against Kurdish fighters on Monday.")
    assert possible and all(e["confidence"] < default_threshold() for e in possible)
    assert any(e["confidence"] >= default_threshold() for e in done)
