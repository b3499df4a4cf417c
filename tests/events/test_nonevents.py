from dateline.nlp import get_nlp


def _events(text, published=None):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events or [])


def _types(text, published=None):
    return [e["plover"]["type"] for e in _events(text, published)]


def test_a_question_is_not_an_event():
    assert _types("Will the Kenyan government expel the Somali envoy?") == []


def test_the_condition_of_a_clause_is_not_an_event():
    assert "ASSAULT" not in _types("If Turkey attacks the Kurdish town, Russia will respond.")
    assert "SANCTION" not in _types("If convicted, the Peruvian minister could face ten years in jail.")


def test_a_poll_is_not_an_event():
    text = "In the survey, 51 percent back the Labour candidate and 2 percent support the Green Party."
    assert _types(text) == []


def test_an_event_of_an_earlier_year_is_background():
    text = "In 2012, the Russian activist was arrested by police in Moscow."
    assert "COERCE" not in _types(text, "2016-05-02")
    assert "COERCE" in _types(text, "2012-05-02")


def test_armed_forces_attacking_positions_use_force():
    for text in (
        "The Iraqi army attacked Islamic State positions near Mosul on Sunday.",
        "Syrian troops attacked rebel positions in Idlib province.",
    ):
        assert _types(text) == ["ASSAULT"], text


def test_a_politician_attacking_a_plan_accuses():
    assert "ASSAULT" not in _types("The Canadian senator attacked the governor's budget plan.")


def test_an_imperative_to_the_reader_is_not_an_event():
    assert _types("Help rebuild the flooded schools of Kenya") == []


def test_a_visit_at_home_is_not_a_visit_event():
    assert _types("The Mexican president visited the border town of Tijuana on Friday.") == []
    assert _types("The Mexican president visited Washington on Friday.") == ["CONSULT"]


def test_asking_whether_is_an_inquiry_not_a_request():
    assert _types("Kenyan lawmakers asked whether the contracts forced the suppliers to comply.") == []
    assert _types("Kenyan lawmakers asked the minister to resign.") == ["REQUEST"]


def _one(text):
    events = _events(text)
    assert len(events) == 1, events
    return events[0]["plover"]["type"], events[0]["modality"]


def test_a_promise_to_attack_is_an_asserted_threat():
    assert _one("The Syrian rebels vowed to attack the army base.") == ("THREATEN", "asserted")


def test_a_scheduled_action_keeps_its_type():
    assert _one("The Japanese envoy will travel to Seoul next week.") == ("CONSULT", "planned")
    assert _one("The Labour party plans to sue the British government.") == ("ACCUSE", "planned")


def test_an_announced_or_stated_intention_is_an_agreement():
    assert _one("Iran said it would release the British sailors.") == ("AGREE", "asserted")
    assert _one("The Kenyan government is ready to send food aid to Somalia.")[0] == "AGREE"


def test_a_poll_with_several_shares_is_not_an_event():
    text = "Among voters, 46 percent would choose Smith, 5 percent prefer Brown and 1 percent support Roe."
    assert _types(text) == []


def test_a_state_of_mind_is_not_an_event():
    assert _types("Kenyan farmers want cheaper fertiliser from the government.") == []
    text = "The Kenyan minister said she hoped the truce would lead to peace talks with the rebels."
    assert _types(text) == []


def test_cooperation_needs_a_partner():
    assert _types("The Kenyan statistics agency released new unemployment figures on Monday.") == []
    assert _types("The Kenyan police shared intelligence with their Ugandan counterparts.") == ["COOPERATE"]
