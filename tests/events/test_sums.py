"""A sum of money is never an actor, and a nationality inside one places none (sentences written
for these tests)."""

from event_helpers import events_of

from dateline.events.actors import currency_nouns


def _targets(text: str) -> list[dict]:
    return [e["target"] for e in events_of(text) if e["target"] is not None]


def test_currency_units_come_from_the_dictionaries():
    assert {"dollar", "euro", "rupee", "yen", "peso", "zloty"} <= currency_nouns()


def test_a_pledged_sum_is_no_target_and_its_currency_no_country():
    text = "Norvania pledged 40 million Norvanian dollars to the relief fund."
    assert events_of(text)
    assert all(t.get("country") is None for t in _targets(text))
    assert not any("dollars" in t["text"] for t in _targets(text))


def test_a_nationality_of_a_currency_places_no_one():
    text = "The minister thanked the donors of 40 million Canadian dollars."
    targets = _targets(text)
    assert targets and all(t.get("country") != "CAN" for t in targets)


def test_the_recipients_of_a_sum_take_no_country_from_its_currency():
    text = "The governor criticised the recipients of 40 million Australian dollars in aid."
    assert events_of(text)
    assert all(t.get("country") != "AUS" for t in _targets(text))


def test_a_real_target_beside_money_stays():
    text = "Germany pledged 300 million euros to Ukraine."
    assert "UKR" in [t.get("country") for t in _targets(text)]


def test_a_recipient_named_beside_the_sum_stays_the_target():
    targets = _targets("Norway gave Kenya 40 million euros in aid.")
    assert [t.get("country") for t in targets] == ["KEN"]
