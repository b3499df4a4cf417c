"""Acts told in a relative clause opened by "where" and set off by a comma ("moved on to Lyon, where
police detained students"): docs/annotation-guide.md sections 2-3. All sentences are written for
these tests."""

from event_helpers import events_past_lead

# four sentences of no event, so that the one under test is past the lead
OPENING = (
    "The ferry left the harbour at dawn. Gulls followed it out. "
    "The sea was calm until noon. Most passengers stayed below deck. "
)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return events_past_lead(OPENING, text)


def _types(text: str) -> list[str]:
    return [f[0] for f in _events(text)]


def test_a_meeting_and_a_criticism_in_a_place_relative_clause():
    assert ("CONSULT", "he", "the Kenyan foreign minister") in _events(
        "The envoy flew on to Nairobi, where he met the Kenyan foreign minister."
    )
    assert ("ACCUSE", "she", "the governor") in _events(
        "The senator then went to Tucson, where she criticized the governor over the budget."
    )


def test_a_charge_an_appeal_and_a_warning_in_a_place_relative_clause():
    assert ("ACCUSE", "prosecutors", "a local councillor") in _events(
        "The case moved to Halden, where prosecutors have charged a local councillor with bribery."
    )
    assert "REQUEST" in _types(
        "Talks resumed in Oslo, where the Norwegian mediator urged both delegations to compromise."
    )
    assert "THREATEN" in _types(
        "The delegation reached Minsk, where officials have warned the visitors that they would be expelled."
    )


def test_an_attack_in_a_place_relative_clause_with_a_perfect():
    assert "ASSAULT" in _types(
        "Fighting reached the hill town of Qaryat, where rebels have shelled an army checkpoint."
    )


def test_restrictive_habitual_future_and_earlier_place_clauses_are_not_coded():
    assert _types("He studied law in Lyon, where police detain protesters almost every week.") == []
    assert _types("The town of Qaryat, where rebels shelled an army post in 1998, is calm now.") == []
    assert _types("The rally moved to Tucson, where the governor will speak on Friday.") == []
    assert _types("He grew up in Leeds, where his father was a police officer.") == []
    assert "ASSAULT" not in _types("She grew up in Tarvo, where soldiers had shot her uncle.")


def test_places_of_a_life_history_a_commemoration_or_a_toll_are_not_coded():
    assert _types("He was born in Tarvo, where soldiers arrested his father.") == []
    assert _types("She spent her childhood in Vel, where the militia burned her school.") == []
    assert _types("Kessa, where the army massacred 300 villagers, marked the anniversary with a vigil.") == []
    assert _types("The plane landed in Orvin, where gunmen have killed thousands of farmers.") == []
    assert ("CONSULT", "she", "the Chilean trade minister") in _events(
        "The minister spent two days in Lima, where she met the Chilean trade minister."
    )
