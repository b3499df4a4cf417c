"""A thing used for a purpose ("used helicopters to search for the gunmen"): the infinitive carries
the act, done by the user; the thing used is neither its doer nor its target."""

import dateline


def _events(text: str) -> list[dict]:
    return dateline.extract(text, published="2025-03-04").model_dump()["events"]


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["plover"]["type"], (e["source"] or {}).get("text"), (e["target"] or {}).get("text"))
        for e in _events(text)
    ]


def test_the_infinitive_of_purpose_carries_the_act():
    coded = _coded("Russian forces used drones to attack the convoy near Kherson.")
    assert [c[0] for c in coded] == ["ASSAULT"]
    assert _coded("The ministry used military aircraft to attack the rebels.") == [
        ("ASSAULT", "The ministry", "the rebels")
    ]


def test_the_thing_used_is_no_target():
    coded = _coded("Police in Durban used army helicopters to search for the gunmen.")
    assert coded and all(target != "army helicopters" for _, _, target in coded)
    assert ("ACCUSE", "Police in Durban", "the gunmen") in coded


def test_the_thing_used_is_no_doer():
    text = (
        "Detectives in Leeds worked with customs officers,"
        " utilizing military resources to investigate the suspect."
    )
    sources = {source for kind, source, _ in _coded(text) if kind == "ACCUSE"}
    assert sources == {"Detectives in Leeds"}


def test_a_weapon_used_on_someone_stays_the_act():
    assert ("ASSAULT", "Syrian troops", "protesters") in _coded(
        "Syrian troops used tear gas against protesters in Deraa."
    )


def test_a_weapon_used_for_a_purpose_is_the_act_of_force():
    coded = _coded("Police used water cannon to disperse the protesters in Minsk.")
    assert [(kind, source) for kind, source, _ in coded] == [("ASSAULT", "Police")]
    assert [
        e["trigger"] for e in _events("Police used water cannon to disperse the protesters in Minsk.")
    ] == ["used disperse"]


def test_a_thing_used_in_the_passive_is_no_doer():
    coded = _coded("Drones were used by the rebels to attack the airport in Goma.")
    assert ("ASSAULT", "the rebels", None) in coded
    assert all(kind != "ACCUSE" for kind, _, _ in coded)
    coded = _coded("Helicopters were used to search for the kidnappers in the forest near Enugu.")
    assert all(source != "Helicopters" and target != "Helicopters" for _, source, target in coded)
