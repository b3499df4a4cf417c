"""Wrongdoing laid at someone's door in a reported clause: "the ministry said the rebels were behind
the bombing" is an allegation, ACCUSE/allege (docs/annotation-guide.md section 2; sentences written
for these tests)."""

from dateline.nlp import get_nlp
from tests.event_helpers import coded_spans


def _blames(text: str) -> list[dict]:
    doc = get_nlp()(text)
    return [e for e in doc._.events if e["rule"].startswith("blame:")]


def _dyads(text: str) -> list[tuple[str, str, str]]:
    return [(e["cameo"]["code"], e["source"]["text"], e["target"]["text"]) for e in _blames(text)]


def test_a_group_said_to_be_behind_an_attack_is_accused_by_the_speaker():
    assert _dyads("Provincial officials said Boko Haram fighters were behind the raid on the market.") == [
        ("112", "Provincial officials", "Boko Haram fighters")
    ]
    assert _dyads("'The militia is behind this massacre,' the opposition leader told reporters.") == [
        ("112", "the opposition leader", "The militia")
    ]


def test_responsible_for_a_wrong_and_to_blame_accuse():
    found = _blames("The governor said the cartel was responsible for the killings of three reporters.")
    assert [(e["plover"]["type"], e["target"]["text"]) for e in found] == [("ACCUSE", "the cartel")]
    blame = _blames("Opposition lawmakers said the cabinet was to blame for the shortages.")
    assert [(e["source"]["text"], e["target"]["text"]) for e in blame] == [
        ("Opposition lawmakers", "the cabinet")
    ]


def test_the_blamed_one_does_not_also_blame():
    doc = get_nlp()("Opposition lawmakers said the cabinet was to blame for the shortages.")
    sources = [e["source"]["text"] for e in doc._.events if e["plover"]["type"] == "ACCUSE"]
    assert sources == ["Opposition lawmakers"]


def test_a_headlines_verbless_clause_is_read():
    assert _dyads("Kenya says militants behind hotel bombing") == [("112", "Kenya", "militants")]


def test_no_allegation_of_oneself_a_duty_a_denial_or_a_possibility():
    assert not _blames("The movement said it was behind the attack on the convoy.")
    assert not _blames("The ministry is responsible for border security, the minister said.")
    assert not _blames("The army said the rebels were not behind the explosion.")
    assert not _blames("Analysts said the rebels could be behind the explosion.")
    assert not _blames("The mayor said the trucks were behind the warehouse.")


def _accusations(text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_spans(text, "ACCUSE")


def test_criticism_of_a_deed_is_aimed_at_its_doer_not_its_victim():
    assert _accusations("The African Union condemned the ambush on aid workers in Darfur.") == [
        ("111", "The African Union", None)
    ]
    police = _accusations("Norway condemned the shooting of the farmer by Kenyan police.")
    assert police[0][2] == "Kenyan police"
    assert _accusations("Norway condemned Serbia's shelling of the village.")[0][2] == "Serbia"
    assert _accusations("The bishop condemned the reporter's murder.") == [("111", "The bishop", None)]


def test_criticism_of_ill_treatment_is_aimed_at_its_doer_not_the_people_it_befell():
    assert _accusations("The bishop of Torvan denounced the persecution of Christians.") == [
        ("111", "The bishop of Torvan", None)
    ]
    found = _accusations("Rights groups criticized the mistreatment of migrants at the Selva camp.")
    assert found and found[0][2] is None
    assert _accusations("The envoy condemned the oppression of farmers by the Kalvan militia.")[0][2] == (
        "the Kalvan militia"
    )
    # a treatment that names no wrong keeps the people it is of as the target
    assert _accusations("The senator criticized the treatment of the Torvan prisoners.")[0][2] == (
        "the Torvan prisoners"
    )


def test_a_wrong_written_in_several_words_is_its_head_with_its_modifiers():
    # "ill-treatment" is parsed as "ill", "-", "treatment": the wrong is the head with its modifier
    assert _accusations(
        "The Orlen Rights Council condemned the ill-treatment of refugees at the Kesk camp."
    ) == [("111", "The Orlen Rights Council", None)]
    assert _accusations("The bishop denounced the ill treatment of the inmates by the jailers.")[0][2] == (
        "the jailers"
    )
    found = _accusations(
        "The report said the Varda militia was responsible for the ill-treatment of captives."
    )
    assert [(code, target) for code, _, target in found] == [("112", "the Varda militia")]


def test_a_possessor_of_a_wrong_with_a_by_phrase_is_the_one_it_befell():
    assert (
        _accusations("The mayor condemned the fishermen's mistreatment by coast guards.")[0][2]
        == "coast guards"
    )
    assert _accusations("The mayor condemned the farmers' killing by soldiers.")[0][2] == "soldiers"
    # with no "by" phrase a state owning the wrong is its doer
    assert _accusations("The envoy condemned Belarus's persecution of the Oskar minority.")[0][2] == "Belarus"


def test_a_doer_said_to_be_responsible_for_repression_is_accused():
    assert _dyads("The envoy said the junta was responsible for the repression of students.") == [
        ("112", "The envoy", "the junta")
    ]


def test_a_deed_blamed_on_someone_accuses_them():
    assert _accusations("Nigerian officials blamed the market bombing on Boko Haram fighters.") == [
        ("112", "Nigerian officials", "Boko Haram fighters")
    ]
    ambush = _accusations("The governor blamed last week's ambush on a rival militia.")
    assert ambush[0][2] == "a rival militia"


def test_a_court_appearance_tries_its_subject():
    assert _accusations("The former mayor appeared in court on bribery charges on Monday.") == [
        ("1121", None, "The former mayor")
    ]


def test_arraignment_and_prosecution_are_legal_accusations():
    assert _accusations("The suspect was arraigned on Friday.") == [("1121", None, "The suspect")]
    assert _accusations("The state prosecuted four guards over the riot.")[0][:1] == ("1121",)


def test_a_deed_as_the_blamed_subject_blames_its_doer():
    assert _dyads("Monitors said army shelling was responsible for the deaths of six farmers.") == [
        ("112", "Monitors", "army")
    ]


def test_criticism_drawn_comes_from_the_from_phrase():
    found = _accusations("The senator's vote drew a sharp rebuke from the party leader.")
    assert found == [("111", "the party leader", "The senator")]
    assert _accusations("The curfew sparked condemnation from the Red Cross.") == [
        ("111", "the Red Cross", None)
    ]
    assert not _accusations("The plan drew support from farmers.")


def test_a_statement_that_condemns_is_its_issuers_criticism():
    found = _accusations(
        "The Foreign Office issued a statement condemning the shelling of the port by rebels."
    )
    assert found == [("111", "The Foreign Office", "rebels")]
    said = _accusations(
        "Chile's foreign ministry said in a letter accusing Peru of spying that talks would stop."
    )
    assert ("112", "Chile's foreign ministry", "Peru") in said
    assert not _accusations("A woman holding a banner condemning the war was detained.")


def test_a_deed_named_a_wrong_is_criticism_of_its_doer():
    assert _accusations("Kenya called the Somali raid a violation of international law.") == [
        ("111", "Kenya", "Somali")
    ]
    assert _accusations("Peru described the Chilean airstrike as illegal.")[0][:2] == ("111", "Peru")
    assert not _accusations("The coroner described the stabbing as an accident.")


def test_a_headlines_participle_charges_the_noun_it_follows():
    text = "Trucker charged with smuggling\nA trucker was stopped on Friday, customs officers said."
    assert ("1121", None, "Trucker") in _accusations(text)
    text = "Farmer with rifle charged with poaching\nThe man was stopped on Friday, rangers said."
    assert ("1121", None, "Farmer") in _accusations(text)


def test_firing_someone_from_a_post_is_no_attack():
    assert not _accusations("The prime minister fired the defence chief on Monday.")
    doc = get_nlp()("The prime minister fired the defence chief on Monday.")
    assert not [e for e in doc._.events if e["plover"]["type"] == "ASSAULT"]
    shots = get_nlp()("Militiamen fired on the patrol near the border.")
    assert [e["plover"]["type"] for e in shots._.events] == ["ASSAULT"]


def test_a_reported_clause_that_has_its_subject_commit_a_wrong_accuses_it():
    text = "A rights group said Turkish border guards had committed abuses against migrants at the border."
    assert _dyads(text) == [("112", "A rights group", "Turkish border guards")]
    assert not [e for e in get_nlp()(text)._.events if e["plover"]["type"] == "ASSAULT"]


def test_a_wrong_committed_under_a_modal_or_claimed_by_its_doer_accuses_no_one():
    assert _blames("The envoy said the guards may have committed abuses at the camp.") == []
    assert _blames("The group said it committed the bombing of the depot.") == []


def test_a_clause_saying_no_wrong_was_committed_accuses_no_one():
    assert _blames("The defence lawyer said the officers had committed no abuses at the prison.") == []


def test_lying_is_alleged_but_lying_somewhere_is_no_wrong():
    assert _dyads("The mayor said the treasurer had lied about the cost of the bridge.") == [
        ("112", "The mayor", "the treasurer")
    ]
    assert _dyads("The union said the chairman was lying to workers about the pension fund.") == [
        ("112", "The union", "the chairman")
    ]
    assert _blames("Rangers said the bodies of two hunters lay in a gully below the ridge.") == []
    assert _blames("The coastguard said the sailors had lain on the raft for three days.") == []


def _concerns(text: str) -> list[tuple[str, str]]:
    doc = get_nlp()(text)
    return [
        ((e["source"] or {}).get("text"), (e["target"] or {}).get("text"))
        for e in doc._.events
        if e["rule"].startswith("concern:")
    ]


def test_a_feeling_said_is_disapproval_but_one_the_narrator_tells_is_none():
    chile = _concerns("Chile said it was troubled by Peru's expulsion of two fishermen.")
    assert chile == [("Chile", "Peru")]
    norway = _concerns("Norway is deeply concerned by Belarus's arrest of a reporter.")
    assert norway == [("Norway", "Belarus")]
    assert _concerns("Kenya was alarmed by Somalia's closure of the border, a spokesman said.") == [
        ("Kenya", "Somalia")
    ]
    assert _concerns("Bondholders were worried about Argentina's shrinking reserves on Monday.") == []
    assert _concerns("Supporters were outraged by the umpire's call in the final over.") == []


def test_an_act_said_to_be_done_unlawfully_is_alleged_and_stays_an_act():
    text = "A monitoring group said Ruritanian warplanes had unlawfully bombed a clinic near the river."
    events = get_nlp()(text)._.events
    assert [(e["plover"]["type"], e["target"]["text"]) for e in events if e["rule"].startswith("blame:")] == [
        ("ACCUSE", "Ruritanian warplanes")
    ]
    assaults = [e["source"]["text"] for e in events if e["plover"]["type"] == "ASSAULT"]
    assert assaults == ["Ruritanian warplanes"]
