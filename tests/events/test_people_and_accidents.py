"""People named by age, kinship or household are actors ("a teenager", "a 17-year-old", "his
wife"), an accident's toll ("killed in a car crash", "injured after the collision") and force a
private person does by accident ("accidentally shot his brother") are no one's violence, and
signing a personal writing ("signed a birthday card") is no agreement."""

import pytest

from dateline.nlp import get_nlp


def _events(text: str) -> list[dict]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2021-03-09"
    return list(nlp(doc)._.events or [])


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Valdorian police arrested a teenager in Port Ellis on Friday.", "a teenager"),
        ("Valdorian police arrested a boy in Port Ellis on Friday.", "a boy"),
        ("Valdorian police detained a juvenile in Port Ellis on Friday.", "a juvenile"),
        ("Valdorian police arrested a 17-year-old in Port Ellis on Friday.", "a 17-year-old"),
        ("The gunman shot his wife and then fled towards the border.", "his wife"),
    ],
)
def test_a_person_named_by_age_or_kinship_is_the_target(text, target):
    events = [e for e in _events(text) if e["plover"]["type"] in ("COERCE", "ASSAULT")]
    assert events
    assert (events[0].get("target") or {}).get("text") == target


def test_an_age_still_tells_when_it_is_no_person():
    events = _events("Troops shelled the town for a 17-year period, residents said.")
    assert all((e.get("target") or {}).get("text") != "a 17-year period" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in a car crash on the coast road near Marlow Bay.",
        "A cyclist was hurt in a collision with a delivery van on Monday.",
        "Two miners were killed in an accident at the Kessel pit.",
        "A crash on the ring road killed two pedestrians on Sunday.",
        "Two hikers were injured after the collision on the Tarn pass road.",
        "A cyclist died following the crash near Marlow Bay.",
        "A pensioner was hurt following the accident in Kessel on Monday.",
        "A hunter accidentally shot his brother near Marlow Bay on Saturday.",
        "A farmer inadvertently wounded a neighbour near Kessel.",
    ],
)
def test_an_accident_toll_is_no_assault(text):
    assert "ASSAULT" not in [e["plover"]["type"] for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Four soldiers were killed in a roadside bombing near Kessel.",
        "Gunmen killed two guards after their car crashed into the checkpoint.",
        "Rebels fired a rocket at the army helicopter, and four crew were killed in the crash.",
        "Four crew were killed after the crash, and rebels said they had downed the helicopter.",
        "Two soldiers were injured after the collision with an army truck near Vell.",
        "Nine people were killed following the attack on the market in Port Ellis.",
        "Turkish jets inadvertently struck a village near Kessel.",
        "Police accidentally shot a bystander in Port Ellis.",
        "Gunmen accidentally shot a boy near Tarn.",
    ],
)
def test_violence_beside_no_accident_stays_coded(text):
    assert "ASSAULT" in [e["plover"]["type"] for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The teenager signed a birthday card for her grandmother.",
        "Hundreds of mourners signed a condolence book at the town hall.",
        "The climber signed a waiver at the park office.",
    ],
)
def test_signing_a_personal_writing_is_no_agreement(text):
    assert "SUPPORT" not in [e["plover"]["type"] for e in _events(text)]


def test_signing_a_treaty_stays_an_agreement():
    assert "SUPPORT" in [e["plover"]["type"] for e in _events("Peru and Chile signed a border treaty.")]


@pytest.mark.parametrize(
    "text",
    [
        "A Chilean warship rammed a Peruvian tug, injuring three sailors in the collision.",
        "A Peruvian soldier was killed by a Chilean driver in a deliberate crash at a junction.",
    ],
)
def test_force_with_a_doer_stays_coded_beside_an_accident_word(text):
    assert "ASSAULT" in [e["plover"]["type"] for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president signed a gas deal with Peru against the will of parliament.",
        "Chile signed a deal with Peru on a register of war damage.",
    ],
)
def test_a_word_outside_the_object_keeps_the_agreement(text):
    assert "SUPPORT" in [e["plover"]["type"] for e in _events(text)]
