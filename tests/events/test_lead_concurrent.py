"""A lead's act told in a clause beside its main clause, and a failing pointed out among other
things (sentences written for these tests, with made-up places)."""

from dateline.nlp import get_nlp


def _coded(text, plover):
    nlp = get_nlp()
    return [e for e in nlp(text)._.events or [] if e["plover"]["type"] == plover]


def test_an_as_clause_of_a_lead_tells_an_act_beside_the_main_clause():
    text = (
        "Norvania is increasing its naval presence off Castel, as the Norvanian president discussed "
        "the crisis with the French foreign minister."
    )
    consult = _coded(text, "CONSULT")
    assert consult and consult[0]["trigger"].startswith("discussed")


def test_a_while_clause_with_a_subject_of_its_own_tells_its_act():
    text = "The border town of Dusk was quiet on Monday while French troops arrested two smugglers."
    assert _coded(text, "COERCE")


def test_an_as_clause_of_a_later_sentence_stays_background():
    text = (
        "The council of Dusk opened its session on Monday.\n\n"
        "Its members voted on the budget. The debate took four hours. Two members left early. "
        "The council passed the budget as the French ambassador discussed the plan with the mayor. "
        "The vote was close."
    )
    assert not _coded(text, "CONSULT")


def test_a_protest_in_the_past_progressive_of_a_relative_clause_is_a_leads_act():
    text = "Police clashed in Dusk with students who were protesting a rise in tuition fees."
    protest = _coded(text, "PROTEST")
    assert protest and protest[0]["trigger"].startswith("protesting")


def test_a_failing_among_coordinated_objects_is_pointed_out():
    text = "Senator Ilse Varga pointed out her own record and the governor's mistakes on Tuesday."
    assert _coded(text, "ACCUSE")


def test_each_others_failings_are_those_of_the_subjects():
    text = "The French and German ministers pointed out each other's failings at the Dusk summit."
    assert _coded(text, "ACCUSE")


def test_an_owned_virtue_among_the_objects_is_no_failing():
    text = "Senator Ilse Varga pointed out her own record and the governor's achievements on Tuesday."
    assert not _coded(text, "ACCUSE")


def test_a_colon_speaker_is_sought_safely_when_a_left_word_spans_to_the_texts_end():
    from spacy.tokens import Doc

    from dateline.events.clauses import colon_speaker

    nlp = get_nlp()
    # a non-projective parse: the last word hangs on the subject before the root
    doc = Doc(
        nlp.vocab, words=["Berg", "spoke", "today"], heads=[1, 1, 0], deps=["npadvmod", "ROOT", "npadvmod"]
    )
    assert colon_speaker(doc[1]) is None
