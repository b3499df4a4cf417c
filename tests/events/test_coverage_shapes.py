"""Acts told in a relative clause set off by commas, in any sentence ("the envoy, who denounced the
raid, ..."), wrongs a speaker lays at someone's door ("said the agency had mismanaged the fund"),
the one pleaded with as target, and indictments as nouns: docs/annotation-guide.md sections 1-3.
All sentences are written for these tests."""

from event_helpers import events_past_lead

# four sentences of no event, so that the one under test is past the lead
OPENING = (
    "Farmers gathered at the market on Tuesday morning. The stalls opened early. "
    "Rain fell through the afternoon. The harvest was smaller than expected. "
)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return events_past_lead(OPENING, text)


def test_a_criticism_in_an_apposed_relative_clause_is_its_doers():
    assert ("ACCUSE", "The ministry", "the coastal militia") in _events(
        "The ministry, which denounced the coastal militia on Monday, called a meeting of governors."
    )


def test_a_pluperfect_and_a_second_verb_of_the_clause():
    found = _events(
        "Aid stalled over Norway, which had condemned Chile's naval blockade but also criticized the "
        "regional council."
    )
    assert ("ACCUSE", "Norway", "Chile") in found
    assert [f for f in found if f[0] == "ACCUSE" and f[2] == "the regional council"]


def test_requests_in_apposed_relative_clauses():
    assert ("REQUEST", "The widows", "the navy") in _events(
        "The widows, who asked the navy to raise the wreck, met the admiral on Friday."
    )
    assert [
        f
        for f in _events("The bishop, who has called for an end to the curfew, left for Rome.")
        if f[0] == "REQUEST"
    ]


def test_two_verbs_of_one_attack_give_one_event():
    found = [
        f
        for f in _events("The guard, who shot and wounded a cyclist near the depot, was suspended.")
        if f[0] == "ASSAULT"
    ]
    assert found == [("ASSAULT", "The guard", "a cyclist")]


def test_restrictive_habitual_earlier_and_figurative_clauses_are_not_coded():
    assert not [f for f in _events("The deputy who condemned the budget spoke first.") if f[0] == "ACCUSE"]
    assert not [
        f for f in _events("The deputy, who often condemns the budget, spoke first.") if f[0] == "ACCUSE"
    ]
    assert not [
        f for f in _events("The deputy, who condemned the invasion in 1999, spoke first.") if f[0] == "ACCUSE"
    ]
    assert not [
        f
        for f in _events("The mayor, who hurt himself by misreading the vote, stayed home.")
        if f[0] == "ASSAULT"
    ]
    assert not _events("The envoy, who will visit the refugees tomorrow, landed in Amman.")


def test_wrongs_laid_at_someones_door_in_a_reported_clause():
    assert ("ACCUSE", "The auditors", "the port authority") in _events(
        "The auditors said the port authority had mismanaged the dredging fund."
    )
    assert ("ACCUSE", "Opposition lawmakers", "the candidate") in _events(
        "Opposition lawmakers said the candidate exaggerated the number of factories he opened."
    )
    assert ("ACCUSE", "The tribal council", "the logging firm") in _events(
        "The tribal council said the logging firm had bribed a forestry inspector."
    )


def test_no_wrong_laid_under_a_modal_a_negation_or_by_oneself():
    assert not [
        f for f in _events("The treasurer said she had mismanaged the first audit.") if f[0] == "ACCUSE"
    ]
    assert not [
        f for f in _events("The senator said the bureau might have mishandled the files.") if f[0] == "ACCUSE"
    ]
    assert not [
        f for f in _events("The spokesman said the navy had not falsified any logs.") if f[0] == "ACCUSE"
    ]
    assert not [
        f for f in _events("The economist said the drought had distorted the figures.") if f[0] == "ACCUSE"
    ]


def test_the_one_pleaded_with_is_the_target_when_the_parse_gives_it_an_infinitive():
    found = [
        f
        for f in _events("The fishermen pleaded with the coast guard to resume the search.")
        if f[0] == "REQUEST"
    ]
    assert found == [("REQUEST", "The fishermen", "the coast guard")]


def test_an_indictment_of_a_named_party_is_an_allegation():
    found = _events("The district attorney's indictment of the harbour commissioner stunned the town.")
    assert ("ACCUSE", "The district attorney", "the harbour commissioner") in found
    assert not _events("The indictment runs to ninety pages.")


def test_a_career_or_a_habit_in_an_apposed_relative_clause_is_not_coded():
    for text in (
        "The consul, who had battled in the civil war against the junta, opened a bakery.",
        "Sweden, which had bombarded the harbour forts during the 1850s, issued a stamp.",
        "The envoy, who criticized Moscow while she was a student, joined a bank.",
        "The poet, who has denounced the regime in numerous essays, moved to Lisbon.",
        "The judge, who had condemned the cartel throughout her tenure, retired.",
        "The sergeant, who fought against the insurgents near the river, opened a shop.",
    ):
        assert not [f for f in _events(text) if f[0] in ("ACCUSE", "ASSAULT")], text
    found = _events("Peru, which had condemned the naval drills, sent a frigate.")
    assert [f for f in found if f[0] == "ACCUSE" and f[1] == "Peru"]
