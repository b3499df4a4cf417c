import pytest
from event_helpers import events_of

from dateline.events.confidence import default_threshold, features, resolution

_events = events_of


def _plain_event(**changes):
    """The ``features`` arguments of an asserted verb event with no actors, outside the lead."""
    return {
        "strength": 1.0,
        "kind": "verb",
        "source": None,
        "target": None,
        "modality": "asserted",
        "question": False,
        "quoted": False,
        "lead": False,
        "pronoun_source": False,
        "genre": None,
        **changes,
    }


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
        **_plain_event(source={"country": "SYR", "country_source": "phrase"}, question=True, lead=True)
    )
    assert feats["source:resolved"] == 1.0 and feats["target:none"] == 1.0
    assert feats["question"] == 1.0 and feats["lead"] == 1.0


def test_the_modality_feature_reads_the_reporting_frame():
    # an act done by saying it in one's own voice is asserted, yet weighed as the frame reports it
    feats = features(**_plain_event(modality="asserted", framing="reported"))
    assert feats.get("modality:reported") == 1.0 and "modality:asserted" not in feats
    assert features(**_plain_event(modality="asserted"))["modality:asserted"] == 1.0


def test_depth_grows_with_the_distance_from_the_top_of_the_text():
    from dateline.events.confidence import DEPTH_UNIT, depth

    assert depth(0) == 0.0
    assert 0.0 < depth(DEPTH_UNIT) < depth(10 * DEPTH_UNIT) < depth(100 * DEPTH_UNIT)
    feats = features(**_plain_event(position=0.5, offset=4 * DEPTH_UNIT))
    assert feats["depth"] == depth(4 * DEPTH_UNIT)


def test_story_features_mark_a_body_event_of_a_type_the_lead_reports():
    from dateline.events.confidence import story_features

    events = [
        ("PROTEST", {"lead": 1.0, "position": 0.0}),
        ("PROTEST", {"lead": 0.0, "position": 0.5}),
        ("ASSAULT", {"lead": 0.0, "position": 0.5}),
        ("ASSAULT", {"lead": 0.0, "position": 0.5}),
    ]
    feats = story_features(events)
    assert [f["lead_type"] for f in feats] == [0.0, 1.0, 0.0, 0.0]
    assert [f["type_repeats"] for f in feats] == [1.0, 1.0, 0.0, 0.0]
    alone = story_features([("PROTEST", {"lead": 0.0})])
    assert alone[0]["lead_type"] == 0.0 and alone[0]["type_repeats"] == 0.0


def test_the_type_family_tells_a_material_act_from_a_verbal_one():
    from dateline.events.confidence import material_code

    # force, coercion, withdrawal and aid are material; a statement, an appeal, an accusation and a
    # threat are verbal (CAMEO QuadClass by the code's root)
    assert all(material_code(code) for code in ("190", "173", "0871", "070"))
    assert not any(material_code(code) for code in ("010", "020", "112", "130", ""))
    assert features(**_plain_event(cameo="193"))["material"] == 1.0
    assert features(**_plain_event(cameo="112"))["material"] == 0.0


def test_story_features_give_the_share_of_the_other_events_that_are_material():
    from dateline.events.confidence import story_features

    events = [
        ("ASSAULT", {"material": 1.0, "position": 0.0}),
        ("COERCE", {"material": 1.0, "position": 0.3}),
        ("ACCUSE", {"material": 0.0, "position": 0.6}),
    ]
    feats = story_features(events)
    assert [f["story:material"] for f in feats] == [0.5, 0.5, 1.0]
    assert [f["material_story"] for f in feats] == [0.5, 0.5, 0.0]
    assert story_features([("ASSAULT", {"material": 1.0})])[0]["story:material"] == 0.0


def test_a_body_event_that_retells_the_lead_is_more_confident():
    body = "Later that day, hundreds of French farmers also demonstrated in Lyon, the interior ministry said."
    retold = _events(
        "Farmers in France protested against new fuel taxes outside parliament in Paris on Monday. "
        "Police said the crowd was calm. " + body
    )
    alone = _events(
        "The French government raised fuel taxes on Monday, the finance ministry said. "
        "Police said the roads were calm. " + body
    )

    def demonstration(events):
        return max(e["confidence"] for e in events if e["trigger"] == "demonstrated")

    assert demonstration(retold) > demonstration(alone)


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


def test_only_the_leads_act_with_no_named_doer_escapes_the_source_cap():
    from dateline.events.confidence import capped

    lead = {"source:none": 1.0, "target:resolved": 1.0, "lead": 1.0, "clause:doerless": 1.0}
    assert not capped(lead)
    assert capped(dict(lead, lead=0.0))
    assert capped(dict(lead, **{"clause:doerless": 0.0}))


def test_an_agentless_passive_in_the_lead_is_coded_with_no_source():
    text = "A Ghanaian diplomat was expelled from Lagos on Monday. Officials said he had spied."
    event = next(e for e in _events(text) if e["plover"]["type"] == "SANCTION")
    assert event["source"] is None and event["target"]["country"] == "GHA"


def test_length_signs_tell_a_brief_from_a_full_article():
    from dateline.events.confidence import length_signs

    assert length_signs(1, brief_sentences=3) == {"brief": 1.0, "log_sentences": 0.0}
    assert length_signs(3, brief_sentences=3)["brief"] == 1.0
    assert length_signs(12, brief_sentences=3)["brief"] == 0.0
    assert length_signs(0, brief_sentences=3)["brief"] == 1.0


def test_a_brief_event_at_its_genre_threshold_scores_the_default_threshold():
    import math

    from dateline.events.confidence import Model, genre_shift

    m = Model(threshold=0.7, bias=0.0, weights={}, brief_sentences=3, genre_thresholds={"brief": 0.2})
    logit = math.log(0.2 / 0.8) + genre_shift({"text:brief": 1.0}, m)
    assert 1 / (1 + math.exp(-logit)) == pytest.approx(0.7)
    assert genre_shift({"text:brief": 0.0}, m) == 0.0
    assert genre_shift({}, Model(threshold=0.7, bias=0.0, weights={})) == 0.0


def test_the_same_lead_event_is_more_confident_in_a_brief_than_in_a_full_article():
    lead = "Turkish troops shelled Kurdish positions near the Syrian border town of Kobani on Tuesday."
    brief = _events(lead)
    article = _events(
        lead + " The town lies on a plain south of the frontier. Its market was busy in the morning. "
        "Farmers there grow wheat and cotton. Many of its houses were rebuilt after 2015."
    )

    def shelling(events):
        return max(e["confidence"] for e in events if e["trigger"].startswith("shell"))

    assert shelling(brief) > shelling(article)


def test_a_verb_whose_subject_undergoes_the_act_has_no_doer_and_escapes_the_cap_in_the_lead():
    half = default_threshold() / 2
    lead = "A Kenyan banker pleaded guilty on Tuesday to fraud charges. His lawyer spoke to reporters."
    event = next(e for e in _events(lead) if e["plover"]["type"] == "SANCTION")
    assert event["source"] is None and event["target"]["country"] == "KEN"
    assert event["confidence"] > half
    later = "The bank opened in 1990. It grew fast. A Kenyan banker pleaded guilty on Tuesday to fraud."
    event = next(e for e in _events(later) if e["plover"]["type"] == "SANCTION")
    assert event["confidence"] <= half


def test_a_sports_story_is_not_coded():
    match = _events(
        "Chile beat Peru in Santiago on Tuesday. "
        "The Chilean midfielder scored twice before the final whistle."
    )
    assert match and all(e["confidence"] < default_threshold() for e in match)


def test_an_act_whose_subject_is_a_noun_of_that_act_has_no_doer_and_escapes_the_cap_in_the_lead():
    half = default_threshold() / 2
    lead = "A suicide attack killed four Malian soldiers near Gao on Friday. Officials gave no details."
    event = next(e for e in _events(lead) if e["plover"]["type"] == "ASSAULT")
    assert event["source"] is None and event["target"]["country"] == "MLI"
    assert event["confidence"] > half
    thing = "A landslide killed four Malian villagers near Gao on Friday. Officials gave no details."
    assert all(e["confidence"] <= half for e in _events(thing) if e["plover"]["type"] == "ASSAULT")


def test_actor_kind_reads_the_cameo_agent_code():
    from dateline.events.confidence import actor_kind

    assert actor_kind(None) == "none"
    assert actor_kind({"code": "FRAGOV", "country": "FRA", "text": "the Norlandish cabinet"}) == "state"
    assert actor_kind({"code": "COP", "country": None, "text": "police"}) == "state"
    assert actor_kind({"code": "PSEREB", "country": "PSE", "text": "the Zemblan rebels"}) == "group"
    assert actor_kind({"code": "IGOUNO", "country": None, "text": "the United Nations"}) == "group"
    assert actor_kind({"code": "FRABUS", "country": "FRA", "text": "Velmar Holdings"}) == "private"
    assert actor_kind({"code": "USAHLH", "country": "USA", "text": "Alder General Hospital"}) == "private"
    assert actor_kind({"code": "MNCUSAMOS", "country": None, "text": "Kestrel Motors"}) == "private"
    # a country named as an actor is the state; a person with a country and no agent code is of no kind
    assert actor_kind({"code": "FRA", "country": "FRA", "text": "France"}) == "state"
    assert actor_kind({"code": "FRA", "country": "FRA", "text": "Jules Marbeau"}) == "other"


def test_features_name_the_kinds_of_the_actors_and_a_private_dyad():
    company = {"code": "FRABUS", "country": "FRA", "country_source": "phrase", "text": "Velmar Holdings"}
    school = {"code": "FRAEDU", "country": "FRA", "country_source": "phrase", "text": "Lycee Marbeau"}
    ministry = {"code": "FRAGOV", "country": "FRA", "country_source": "phrase", "text": "the ministry"}
    private = features(**_plain_event(source=company, target=school))
    assert private["source:private"] == private["target:private"] == private["dyad:private"] == 1.0
    public = features(**_plain_event(source=company, target=ministry))
    assert public["source:private"] == public["target:state"] == 1.0 and not public["dyad:private"]
    alone = features(**_plain_event(source=company))
    assert alone["dyad:private"] == 1.0 and alone["target:none"] == 1.0


def test_story_features_mark_a_story_with_no_political_actor():
    from dateline.events.confidence import story_features

    local = [("PROTEST", {"source:private": 1.0, "target:private": 1.0})]
    assert story_features(local)[0]["story:private"] == 1.0
    mixed = [*local, ("ACCUSE", {"source:private": 1.0, "target:state": 1.0})]
    assert [f["story:private"] for f in story_features(mixed)] == [0.0, 0.0]


def test_events_between_private_parties_carry_the_private_dyad():
    from dateline.nlp import get_nlp

    nlp = get_nlp()
    doc = nlp("Workers at the Velmar mill in Port Alder protested against the Kestrel Paper Company.")
    events = nlp.get_pipe("dateline_events").predict(doc, keep_features=True)
    protests = [e for e in events if e["plover"]["type"] == "PROTEST"]
    assert protests and all(e["_features"]["dyad:private"] == 1.0 for e in protests)


def test_every_sector_and_international_code_has_a_kind_of_actor():
    from dateline.ontology import load_json

    data = load_json("actor_sectors.json")
    kinds = {code for codes in data["kinds"].values() for code in codes}
    assert sum(len(codes) for codes in data["kinds"].values()) == len(kinds)
    assert {s["cameo"] for s in data["sectors"].values() if s["cameo"]} <= kinds
    assert set(data["international_codes"]) <= kinds


def test_the_length_sign_counts_the_sentences_with_words():
    import math

    from dateline.events.extract import EventCoder
    from dateline.nlp import get_nlp

    doc = get_nlp()("KELBY, May 2 -\n\n\n\nThe quay reopened.\n\n\n\nFerries sailed at dawn.  \n\n")
    written = [s for s in doc.sents if s.text.strip()]
    signs = EventCoder(doc, None).genre_signs
    assert signs["log_sentences"] == math.log(len(written))
