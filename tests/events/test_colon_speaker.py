"""The speaker of a colon-introduced statement is sought safely on any parse."""

from spacy.tokens import Doc

from dateline.events.clauses import colon_speaker
from dateline.nlp import get_nlp


def test_a_colon_speaker_is_sought_safely_when_a_left_word_spans_to_the_texts_end():
    nlp = get_nlp()
    # a non-projective parse: the last word hangs on the subject before the root
    doc = Doc(
        nlp.vocab, words=["Berg", "spoke", "today"], heads=[1, 1, 0], deps=["npadvmod", "ROOT", "npadvmod"]
    )
    assert colon_speaker(doc[1]) is None
