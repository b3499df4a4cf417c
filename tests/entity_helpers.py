"""Entity helpers shared by the tests of the entity and coreference layer."""

from spacy.tokens import Doc

from dateline.nlp import get_nlp


def doc_through_entities(text: str, dateline: dict | None = None) -> Doc:
    """``text`` run through the pipeline up to and including its entity component."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.dateline = dateline
    doc._.warnings = []
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "dateline_entities":
            break
    return doc


def entities_of(text: str, dateline: dict | None = None) -> list[dict]:
    """The entities the pipeline finds in ``text``."""
    return doc_through_entities(text, dateline)._.entities
