"""Someone "under fire", "under investigation", "under pressure" (sentences written for these tests)."""

from dateline.nlp import get_nlp


def _coded(text, plover, published=None):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return [e for e in nlp(doc)._.events or [] if e["plover"]["type"] == plover]


def test_a_copula_under_fire_is_criticism_of_its_subject_with_no_source():
    accuse = _coded("The Ruritanian interior minister is under fire over the prison riot in Vell.", "ACCUSE")
    assert accuse and accuse[0]["cameo"]["code"] == "111"
    assert accuse[0]["source"] is None
    assert accuse[0]["target"]["text"] == "The Ruritanian interior minister"


def test_a_name_under_fire_beside_its_verb_is_the_one_criticised():
    text = "Senator Mark Rogers, under fire over his expenses, told reporters in Ohio he would repay it."
    accuse = _coded(text, "ACCUSE")
    assert accuse and accuse[0]["target"]["text"] == "Senator Mark Rogers"


def test_a_verbless_headline_under_fire_is_coded():
    text = "Mayor under fire over flood response.\n\nThe mayor of Vell, Ruritania, faced questions on Monday."
    accuse = _coded(text, "ACCUSE")
    assert any(e["evidence"]["start"] == 0 and e["target"]["text"] == "Mayor" for e in accuse)


def test_under_investigation_is_an_investigation_and_under_pressure_a_request():
    text = "The Ruritanian health minister has been under investigation since March."
    investigated = _coded(text, "ACCUSE")
    assert investigated and investigated[0]["cameo"]["code"] == "090"
    pressed = _coded("The Ruritanian president remains under pressure to resign.", "REQUEST")
    assert pressed and pressed[0]["target"]["text"] == "The Ruritanian president"


def test_the_doer_of_a_plight_is_its_from_phrase():
    text = "The Turkish foreign minister is under fire from opposition lawmakers in Ankara over the treaty."
    accuse = _coded(text, "ACCUSE")
    assert accuse and accuse[0]["source"]["text"].startswith("opposition lawmakers")


def test_under_fire_from_guns_or_of_troops_or_places_is_no_criticism():
    assert not _coded("The Ruritanian soldiers were under fire from rebel positions for hours.", "ACCUSE")
    assert not _coded("The town of Vell is under fire from rebel artillery.", "ACCUSE")
    assert not _coded("The fire at the Vell depot remains under investigation.", "ACCUSE")


def test_pressure_growing_on_someone_is_a_request_of_them():
    pressed = _coded("Pressure is mounting on the Ruritanian prime minister to resign.", "REQUEST")
    assert pressed and pressed[0]["target"]["text"] == "the Ruritanian prime minister"
    assert not _coded("Pressure on the Ruritanian currency increased on Monday.", "REQUEST")


def test_raising_concerns_about_someone_is_disapproval():
    text = "The Turkish foreign ministry raised concerns about Greek military drills near the islands."
    accuse = _coded(text, "ACCUSE")
    assert accuse and accuse[0]["source"]["text"] == "The Turkish foreign ministry"
    assert not _coded(text, "CONSULT")


def test_forces_places_and_vehicles_coming_under_fire_are_attacked_with_no_source():
    for text in [
        "Ruritanian troops came under fire near the Vellonian border on Tuesday.",
        "An army convoy came under fire on the road to Vell.",
    ]:
        assert not _coded(text, "ACCUSE")
        attack = _coded(text, "ASSAULT")
        assert attack and attack[0]["source"] is None
        # the one under fire, as the actor coder names it ("army" of "An army convoy")
        assert attack[0]["target"]["text"] in text[: text.index(" came")]


def test_a_named_town_coming_under_fire_is_no_target():
    # the annotation guide: places are never actors, and an attack with no actor is not coded
    for text in ["The town of Vell came under fire overnight.", "The Marnow district came under fire."]:
        assert all(e["target"] is None for e in _coded(text, "ASSAULT"))


def test_a_person_coming_under_fire_is_still_criticised():
    text = "The Ruritanian finance minister came under fire from lawmakers over the budget."
    accuse = _coded(text, "ACCUSE")
    assert accuse and accuse[0]["cameo"]["code"] == "111"
    assert not _coded(text, "ASSAULT")


def test_forces_and_places_coming_under_attack_are_attacked_by_whoever_the_phrase_names():
    attack = _coded("Ruritanian troops came under attack near the Vellonian border on Tuesday.", "ASSAULT")
    assert attack and attack[0]["source"] is None
    assert attack[0]["target"]["text"] == "Ruritanian troops"
    attack = _coded("An army patrol came under heavy shelling from rebel fighters outside Vell.", "ASSAULT")
    assert attack and attack[0]["source"]["text"] == "rebel fighters"
    attack = _coded("The village of Ost Vell came under bombardment by the Ruritanian army.", "ASSAULT")
    assert attack and attack[0]["source"]["text"] == "the Ruritanian army"


def test_a_person_coming_under_attack_is_not_shot_at():
    text = "The Ruritanian finance minister came under attack from lawmakers over the budget."
    assert not _coded(text, "ASSAULT")


def test_coming_under_fire_from_guns_or_fighters_is_an_attack():
    for text in (
        "A clinic outside Vell came under fire from rebel artillery on Monday.",
        "A school near the Ruritanian border came under heavy fire from militants.",
    ):
        assert not _coded(text, "ACCUSE"), text
        assert _coded(text, "ASSAULT"), text
    assert _coded("The Ruritanian transport minister came under fire from unions over the fares.", "ACCUSE")


def test_on_trial_is_the_trial_of_its_subject_with_no_source():
    tried = _coded("The former Ruritanian army chief is on trial in Vell for the 2009 massacre.", "ACCUSE")
    assert tried and tried[0]["cameo"]["code"] == "1121"
    assert tried[0]["source"] is None
    assert tried[0]["target"]["text"] == "The former Ruritanian army chief"
    soldiers = _coded("Three Ruritanian soldiers are on trial in Vell for torture.", "ACCUSE")
    assert soldiers and soldiers[0]["target"]["text"] == "Three Ruritanian soldiers"
    assert not _coded("The Ruritanian rebels are on the move toward Vell.", "ACCUSE")


def test_the_trial_of_someone_opening_is_their_trial():
    tried = _coded("The trial of two Ruritanian army officers began in Vell on Tuesday.", "ACCUSE")
    assert tried and tried[0]["cameo"]["code"] == "1121"
    assert tried[0]["source"] is None
    assert tried[0]["target"]["text"] == "two Ruritanian army officers"
    assert not _coded("The trial was adjourned in Vell until March.", "ACCUSE")
