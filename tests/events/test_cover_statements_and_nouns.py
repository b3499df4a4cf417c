"""Police sent or deployed (MOBILIZE/police, 153, not the CAMEO dictionary's violent repression),
torture, repression and restrictions as event nouns, an intent voiced with no act (no event, not
EXPRESS's default criticism) and plain statements of CAMEO 01x aimed at no one (below the
threshold): docs/annotation-guide.md sections 1-3, docs/event-coding.md. All sentences are written
for these tests."""

from event_helpers import events_of, readings

from dateline.events.confidence import default_threshold


def _confident(text: str) -> list[tuple[str, str]]:
    return [
        (e["plover"]["type"], e["cameo"]["code"])
        for e in events_of(text)
        if (e.get("confidence") or 0) >= default_threshold()
    ]


def test_riot_police_deployed_are_a_police_deployment():
    assert ("MOBILIZE", "153") in readings("The Latvian interior ministry deployed riot police to the port.")
    assert ("ASSAULT", "175") not in readings(
        "The Latvian interior ministry deployed riot police to the port."
    )


def test_a_promised_police_deployment_is_planned_not_a_threat_against_the_police():
    found = [
        e for e in events_of("The Estonian premier pledged to send riot police into the harbour district.")
    ]
    assert [(e["plover"]["type"], e["modality"]) for e in found] == [("MOBILIZE", "planned")]
    assert not found[0]["target"]


def test_troops_keep_their_own_deployment():
    assert ("MOBILIZE", "154") in readings("Lithuania deployed two battalions near the frontier.")


def test_torture_repression_and_restrictions_are_event_nouns():
    assert ("ASSAULT", "1822") in readings(
        "The militia's torture of captured farmers was filmed by a villager."
    )
    assert ("COERCE", "170") in readings("Finland's repression of the strikers drew a rebuke from Sweden.")
    assert ("COERCE", "172") in readings(
        "Slovakia's restrictions on foreign reporters were criticized by Austria."
    )


def test_a_voiced_desire_for_no_act_is_no_criticism():
    assert readings("The Danish envoy expressed a desire for warmer relations with Iceland.") == []
    assert ("AGREE", "036") in readings("The Danish envoy expressed a desire for negotiations with Iceland.")


def test_a_voiced_desire_to_act_stays_a_promise():
    assert [r for r in readings("Norway expressed a desire to expand trade with Chile.") if r[0] == "AGREE"]


def test_a_plain_optimistic_comment_is_below_the_threshold():
    assert _confident("The Portuguese foreign minister voiced optimism about the fisheries talks.") == []


def test_condolences_to_a_country_stay_confident():
    assert ("SUPPORT", "018") in _confident("Portugal offered condolences to Greece after the wildfires.")


def test_a_hostile_act_weighed_against_someone_is_a_threat():
    found = [
        e
        for e in events_of("Estonia is weighing sanctions against Belarus.")
        if e["plover"]["type"] == "THREATEN"
    ]
    assert found and found[0]["target"]["text"] == "Belarus"
    assert [
        e
        for e in events_of("The Dutch cabinet mulled an embargo on the junta in Myanmar.")
        if e["plover"]["type"] == "THREATEN"
    ]


def test_a_weighed_act_aimed_at_no_one_or_not_weighed_is_no_threat():
    assert not [
        e
        for e in events_of("The senator is weighing a run for governor.")
        if e["plover"]["type"] == "THREATEN"
    ]
    assert not [
        e
        for e in events_of("Estonia did not consider sanctions against Belarus.")
        if e["plover"]["type"] == "THREATEN"
    ]
    assert not [
        e
        for e in events_of("Norway declined to consider sanctions against Venezuela.")
        if e["plover"]["type"] == "THREATEN"
    ]


def test_a_strike_that_ends_is_ended_by_its_holders():
    found = [
        e
        for e in events_of("The Polish dockers' walkout ended on Friday.")
        if e["plover"]["type"] == "CONCEDE"
    ]
    assert found and found[0]["cameo"]["code"] == "082" and found[0]["source"]["text"] == "The Polish dockers"
    assert not [
        e
        for e in events_of("The Polish dockers' walkout ended on Friday.")
        if e["plover"]["type"] == "PROTEST"
    ]


def test_a_strike_that_goes_on_stays_a_strike():
    assert [
        e
        for e in events_of("The Polish dockers' walkout continued on Friday.")
        if e["plover"]["type"] == "PROTEST"
    ]


def test_reservists_called_upon_are_called_up():
    assert ("MOBILIZE", "154") in readings("The Uruguayan navy called upon its reservists after the storm.")
    assert ("REQUEST", "020") in readings("The Uruguayan senate called on the navy to patrol the estuary.")


def test_a_case_brought_against_someone_is_a_lawsuit():
    assert ("ACCUSE", "115") in readings(
        "Lawyers for Honduras brought a case against the mining firm's owner."
    )
    assert ("ACCUSE", "115") not in readings(
        "Honduras, which brought the case to the tribunal, praised the ruling."
    )


def test_a_work_stoppage_is_a_strike():
    assert ("PROTEST", "143") in readings("Bus drivers in Porto staged a work stoppage on Thursday.")


def test_a_headline_noun_of_talks_with_a_verb_of_resuming_read_as_a_noun():
    found = events_of(
        "Negotiations Between Ecuador and Colombia Resume in Quito\n\nThe rain stopped at noon."
    )
    assert [(e["plover"]["type"], e["source"]["text"], e["target"]["text"]) for e in found] == [
        ("CONSULT", "Ecuador", "Colombia")
    ]


def test_a_headline_passive_of_giving_that_keeps_its_object():
    found = [
        e
        for e in events_of("Bolivian Miners Granted Asylum by Paraguay\n\nThe rain stopped at noon.")
        if e["plover"]["type"] == "AID"
    ]
    assert [(e["source"]["text"], e["target"]["text"]) for e in found] == [("Paraguay", "Bolivian Miners")]


def test_a_passive_of_refusing_that_keeps_its_object_has_its_by_phrase_as_doer():
    found = events_of("The Danish envoy was refused a meeting by the Polish premier.")
    assert [(e["source"] or {}).get("text") for e in found if e["plover"]["type"] == "REJECT"] == [
        "the Polish premier"
    ]


def test_a_hostile_act_weighed_in_a_question_is_no_threat():
    assert not [
        e
        for e in events_of("Would Norway consider sanctions against Venezuela?")
        if e["plover"]["type"] == "THREATEN"
    ]


def test_conscripts_called_on_to_act_are_asked():
    found = readings("The exiled opposition called on conscripts to lay down their arms.")
    assert ("REQUEST", "020") in found
    assert ("MOBILIZE", "154") not in found


def test_criticism_of_a_deed_whose_by_phrase_hangs_on_its_victims_targets_the_doers():
    found = [
        e
        for e in events_of("Amnesty denounced the repression of teachers by the Bolivian police.")
        if e["plover"]["type"] == "ACCUSE"
    ]
    assert [e["target"]["text"] for e in found] == ["the Bolivian police"]
