"""Acts told in adverbial clauses of a lead: an "as", "while", "after" or "because" clause with a
subject of its own tells a second act, coded with its own source and target; a "before", "until",
"if" or "unless" clause does not assert its act; the main clause takes no target from inside the
clause; a by-gerund of means keeps the main clause's subject and not its verb's intent (sentences and
names written for these tests)."""

from dateline.nlp import get_nlp


def _events(text):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2017-06-01"
    return list(nlp(doc)._.events or [])


def _coded(text, plover):
    return [e for e in _events(text) if e["plover"]["type"] == plover]


def _source(event):
    return (event.get("source") or {}).get("text")


def _target(event):
    return (event.get("target") or {}).get("text")


def test_an_as_or_while_clause_tells_a_second_act_of_its_own_doers():
    text = (
        "Russian troops shelled the town of Varno on Monday as Ukrainian rebels attacked a checkpoint "
        "near Dorsk."
    )
    assaults = _coded(text, "ASSAULT")
    assert {_source(e) for e in assaults} == {"Russian troops", "Ukrainian rebels"}
    text = (
        "Thai police fired water cannon at protesters while the government imposed a state of emergency "
        "in Pattavi."
    )
    coerce = _coded(text, "COERCE")
    assert coerce and _source(coerce[0]) == "the government" and coerce[0]["modality"] == "asserted"


def test_an_after_or_because_clause_tells_the_act_that_prompted_the_main_one():
    recalled = "Ghana recalled its ambassador after Togolese troops seized a border post near Kpelle."
    seized = _coded(recalled, "COERCE")
    assert seized and _source(seized[0]) == "Togolese troops"
    expelled = "Mali expelled the French ambassador because France had criticised the junta."
    accuse = _coded(expelled, "ACCUSE")
    assert accuse and _source(accuse[0]) == "France" and _target(accuse[0]) == "the junta"


def test_the_main_clause_takes_no_target_from_inside_the_clause():
    text = "Egypt closed the Rafah crossing after Israel bombed targets in Gaza."
    closed = [e for e in _events(text) if _source(e) == "Egypt"]
    assert closed and all(_target(e) != "Israel" for e in closed)
    text = "Nigerian police fired tear gas while Nigerian students marched on the palace in Abuja."
    fired = [e for e in _coded(text, "ASSAULT") if _source(e) == "Nigerian police"]
    assert fired and _target(fired[0]) != "Nigerian students"


def test_a_before_until_if_or_unless_clause_asserts_no_act():
    for text in (
        "French troops withdrew from Gao before Malian soldiers attacked the town.",
        "Kenyan police stayed on alert until Somali gunmen attacked the camp at Dadab.",
    ):
        assert not [
            e for e in _coded(text, "ASSAULT") if "soldiers" in str(_source(e)) or "gunmen" in str(_source(e))
        ]
    text = "Germany will expel Russian diplomats unless Moscow releases the German journalist."
    assert not _coded(text, "RETREAT")


def test_an_as_of_a_comparison_opens_no_clause():
    text = "The Sudanese army attacked the town of Kerro as many as 40 civilians fled."
    assert [_source(e) for e in _coded(text, "ASSAULT")] == ["The Sudanese army"]
    text = "The rebels attacked towns such as Varno and Dorsk."
    assert len(_coded(text, "ASSAULT")) == 1


def test_a_when_clause_beside_an_act_on_an_object_stays_its_setting():
    text = "The ministry released the video on Friday when soldiers freed the hostages from a farm."
    assert not _coded(text, "RETREAT")
    text = "Indian police detained dozens of Kashmiri protesters as they marched on Srinagar."
    assert not _coded(text, "PROTEST")


def test_a_clause_act_keeps_its_own_modality():
    text = "Mexico did not protest when American agents arrested the Mexican general."
    arrest = _coded(text, "COERCE")
    assert arrest and arrest[0]["modality"] == "asserted"
    said = "Cuban officials said Cuban police detained dissidents after Spanish diplomats met them in Havana."
    detained = _coded(said, "COERCE")
    assert detained and detained[0]["modality"] == "reported"


def test_a_by_gerund_of_means_is_the_main_subjects_act_and_not_its_verbs_intent():
    text = "Chad sought calm by promising to withdraw its troops from the border."
    agree = _coded(text, "AGREE")
    assert agree and _source(agree[0]) == "Chad" and agree[0]["modality"] == "asserted"
    text = "Jordan will try to calm the region by hosting talks between Israel and the Palestinians."
    hosting = _coded(text, "CONSULT")
    assert hosting and all(e["modality"] == "planned" for e in hosting)


def test_a_past_clause_under_would_is_the_condition_of_an_act_yet_to_come():
    for text in (
        "Valdor said it would free the Marnish sailors after Marnland released the Valdorian tanker.",
        "Valdor would free the Marnish sailors after Marnland released the Valdorian tanker.",
    ):
        assert all(e["trigger"] != "released" for e in _events(text))


def test_a_threat_keeps_its_target_from_a_clause_told_with_no_act_of_its_own():
    threat = _coded("Iran threatened to invade after Iraq deployed troops to the border.", "THREATEN")
    assert threat and _target(threat[0]) == "Iraq"
    text = "Iran threatened to close the strait because the United States imposed sanctions."
    threat = _coded(text, "THREATEN")
    assert threat and _target(threat[0]) == "the United States"
