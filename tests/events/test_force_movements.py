"""Forces rushed, dispatched or ordered to a place (MOBILIZE/troops, CAMEO 154), forces leaving a
named country (RETREAT/withdraw, 0874), weapons that hit and places rocketed or strafed (ASSAULT):
``event_verbs.json`` frames of 'rush', 'dispatch', 'order', 'leave', 'hit', 'rocket', 'strafe'."""

import pytest

from tests.event_helpers import readings


def _readings(text):
    return readings(text, with_source=True)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kenya rushed 800 soldiers to its northern frontier overnight.", "KEN"),
        ("Chile dispatched two frigates toward the disputed channel.", "CHL"),
        ("Norway dispatched a battalion into the Arctic region last week.", "NOR"),
        ("Morocco ordered extra brigades to the desert border.", "MAR"),
    ],
)
def test_forces_sent_to_a_place_are_a_mobilization(text, source):
    assert ("MOBILIZE", "154", source) in _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters rushed to the burning warehouse.",
        "The bakery dispatched its cakes to the wedding.",
        "The court ordered the landlord to repair the roof.",
        "Nurses rushed the injured driver to the clinic.",
    ],
)
def test_no_forces_no_mobilization(text):
    assert not any(t == "MOBILIZE" for t, _, _ in _readings(text))


def test_relief_rushed_is_aid():
    assert any(
        t == "AID" for t, _, _ in _readings("Norway rushed tents and medicine to Peruvian quake survivors.")
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The remaining Kenyan troops left Somalia on Friday.", "KEN"),
        ("Moroccan peacekeepers left Congo after a decade.", "MAR"),
        ("The last Chilean soldiers left Haiti in October.", "CHL"),
    ],
)
def test_forces_leaving_a_country_withdraw(text, source):
    assert any(r[:2] == ("RETREAT", "0874") and (r[2] or "").startswith(source) for r in _readings(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops left Mogadishu in flames.",
        "The soldiers left their rifles behind.",
        "A Chilean battalion left for the coast on Monday.",
        "Kenyan troops left the barracks before dawn.",
        "The Kenyan minister left Nairobi for Geneva.",
    ],
)
def test_leaving_that_is_no_withdrawal(text):
    assert not any(t == "RETREAT" for t, _, _ in _readings(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian rockets hit a fuel depot outside the town on Tuesday.",
        "Sudanese army jets strafed a market in the rebel district.",
        "Eritrean gunboats rocketed the harbour before dawn.",
    ],
)
def test_weapons_hitting_and_rocketing_are_force(text):
    assert any(t == "ASSAULT" for t, _, _ in _readings(text))


@pytest.mark.parametrize(
    "text",
    [
        "The drought hit Ethiopian farmers hard.",
        "Ethiopian coffee exports hit a record in May.",
        "Fuel prices rocketed after the blockade.",
        "The Ethiopian runner rocketed into the lead.",
    ],
)
def test_hitting_and_rocketing_that_is_no_force(text):
    assert not any(t == "ASSAULT" for t, _, _ in _readings(text))
