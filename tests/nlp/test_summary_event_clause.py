from dateline.nlp import get_nlp
from dateline.nlp.summary.event_clause import adjuncts
from dateline.nlp.summary.ranking import shipped_weights


def found(text: str) -> set[tuple[str, str, str]]:
    doc = get_nlp()(text)
    root = next(iter(doc.sents)).root
    return {(which, relation, span.text) for which, relation, span, _nested in adjuncts(root)}


def test_purpose_clause_is_why():
    assert ("why", "purpose", "to protest a new diesel tax") in found(
        "Farmers blocked the highway near Lyon on Tuesday to protest a new diesel tax."
    )


def test_cause_clause_is_why_and_its_verb_how():
    got = found("The port authority closed the harbour because the old sea wall had collapsed.")
    assert ("why", "cause", "because the old sea wall had collapsed") in got
    assert ("how", "cause_verb", "collapsed") in got


def test_after_and_over_phrases_are_why():
    assert ("why", "after", "after a vote of no confidence in the council") in found(
        "The mayor resigned after a vote of no confidence in the council."
    )
    assert ("why", "over", "over unpaid overtime") in found(
        "Nurses walked out over unpaid overtime at three hospitals."
    )


def test_means_needs_a_gerund():
    assert ("how", "means", "by cutting the fence at night") in found(
        "The rebels seized the depot by cutting the fence at night."
    )
    assert not any(w == "how" for w, _r, _s in found("The depot was seized by rebels on Sunday night."))


def test_conjoined_verbs_and_participle_are_how():
    got = found("The minibus skidded and overturned on an icy road, killing four passengers.")
    assert ("how", "verbs", "skidded and overturned") in got
    assert ("how", "participle", "killing four passengers") in got


def test_a_plain_clause_has_no_adjunct():
    assert found("The council approved the budget on Monday.") == set()
    assert found("The minister said the plan would cost less than expected.") == set()


def test_clause_features_are_weighed():
    assert any(name.startswith("clause_") for name in shipped_weights()["how"])


def hows(text: str) -> set[str]:
    return {span for which, _relation, span in found(text) if which == "how"}


def test_a_causing_verb_that_misreads_alone_is_no_how():
    assert hows("The coach quit on Friday because he was exhausted.") == set()
    assert hows("The launch was scrubbed after the crew could not close a hatch.") == set()
    assert hows("The festival was cancelled after organisers lost their main sponsor.") == set()
    assert "broke down" in hows("The lorry blocked the tunnel for hours after its brakes broke down.")


def test_a_reporting_participle_is_no_how():
    assert hows("The pilots' union turned down the offer, saying it came too late.") == set()
