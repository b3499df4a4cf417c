"""A refusal whose own object is a comment ("declined all comment") is a statement, CAMEO 011 (the
dictionary's REFUSE "- * COMMENT [011]"), not a REJECT event. All sentences are written for these
tests."""

from dateline.nlp import get_nlp


def _types(text: str) -> list[str]:
    return [e["plover"]["type"] for e in get_nlp()(text)._.events]


def test_a_refusal_whose_object_is_a_comment_is_no_event():
    assert _types("A ministry spokesman declined all comment.") == []
    assert _types("The general's office declined comment on the report.") == []
    assert _types("A spokeswoman for the senator declined immediate comment.") == []


def test_refusals_of_requests_and_meetings_stay_rejections():
    assert "REJECT" in _types("The ministry declined a request from Chile to extradite the banker.")
    assert "REJECT" in _types("The mayor refused a meeting with the protest leaders.")


def test_rejecting_what_someone_said_or_proposed_stays_an_event():
    assert "REJECT" in _types("The rebels rejected the details of the peace plan.")
    assert _types("The cabinet rejected those comments as slander.") != []
