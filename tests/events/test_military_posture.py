"""Military posture in its own verbs: forces stationed, positioned, moved, bolstered or shored up
(``event_verbs.json``: MOBILIZE/troops, CAMEO 154, only with forces, arms or a presence as object),
warships sent, and weapons fired or test-fired rather than anyone dismissed."""

import pytest

from tests.event_helpers import readings


def _readings(text):
    return readings(text, with_source=True)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Chile has stationed 5,000 troops near the Peruvian border.", "CHL"),
        ("Ghana moved tanks to the border with Togo on Monday.", "GHA"),
        ("The Chilean navy has bolstered the garrison on Easter Island with two frigates.", "CHLMIL"),
        ("Peru is shoring up its forces along the northern frontier.", "PER"),
        ("Greece has positioned frigates off the coast of Crete.", "GRC"),
        ("Spain sent a second aircraft carrier to the eastern Mediterranean.", "ESP"),
        ("Chile called up 20,000 reservists after the border clash.", "CHL"),
    ],
)
def test_forces_posted_are_a_mobilization(text, source):
    assert ("MOBILIZE", "154", source) in _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean hospital bolstered its staff ahead of the winter.",
        "The Ghanaian company moved its headquarters to Accra last year.",
        "The Norwegian museum stationed guards at every entrance.",
        "Peru's government is shoring up the banking system with new loans.",
        "Greek farmers moved their cattle to higher ground.",
        "The Peruvian airline moved its jets to a hangar in Cusco.",
        "The Chilean retailer moved its unit offices to a tower in Santiago.",
        "A Greek publisher positioned its division archives in a new building near the harbour.",
    ],
)
def test_staff_goods_and_money_moved_are_no_mobilization(text):
    assert "MOBILIZE" not in [p for p, _, _ in _readings(text)]


def test_a_missile_fired_is_force_and_an_official_fired_a_dismissal():
    # a missile is a heavy weapon (194), as the dictionary codes "- * &WEAPON (TO +) [194] # FIRE"
    assert ("ASSAULT", "194", "IRN") in _readings("Iran fired a missile at an American base in Iraq.")
    assert _readings("The Iranian president fired the interior minister on Sunday.") == []


def test_a_weapon_test_fired_is_a_weapons_test():
    readings = _readings("Pakistan test-fired a nuclear-capable cruise missile from a submarine.")
    assert ("MOBILIZE", "150", "PAK") in readings
    assert "ASSAULT" not in [p for p, _, _ in readings]


def test_a_date_after_on_is_no_aim_of_fire():
    assert _readings("The Peruvian navy fired a torpedo into the bay on Friday.") == []
    readings = _readings("Chilean troops fired on the rebel convoy on Friday.")
    assert ("ASSAULT", "193", "CHLMIL") in readings, readings


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Peru's defence minister ordered Peruvian marines to pull back from the river delta.",
            ("RETREAT", "PER"),
        ),
        ("The Chilean president ordered her troops to deploy along the desert border.", ("MOBILIZE", "CHL")),
        ("Chile ordered its troops to withdraw from the border.", ("RETREAT", "CHL")),
        ("The Greek prime minister ordered police to pull back from the port.", ("RETREAT", "GRC")),
        ("The Chilean president ordered the army to pull back from the pass.", ("RETREAT", "CHL")),
    ],
)
def test_own_forces_ordered_to_move_are_the_move(text, reading):
    readings = _readings(text)
    assert reading in [(p, (s or "")[:3]) for p, _, s in readings], readings
    assert "COERCE" not in [p for p, _, _ in readings]


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese general ordered troops to open fire on the crowd.",
        "The Peruvian judge ordered the minister to return the money.",
        "Peru ordered the rebels to leave the valley within two days.",
        "The Chilean colonel ordered the surviving enemy soldiers to surrender.",
        "The Ghanaian president ordered Togolese soldiers to pull back from the frontier.",
    ],
)
def test_an_order_to_open_fire_or_to_others_forces_stays_coercion(text):
    readings = _readings(text)
    assert "COERCE" in [p for p, _, _ in readings], readings
    assert not {"RETREAT", "MOBILIZE"} & {p for p, _, _ in readings}, readings
