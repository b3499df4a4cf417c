"""Entity helpers shared by the tests of the entity and coreference layer."""

from dateline.nlp import get_nlp


def entities_of(text: str, dateline: dict | None = None) -> list[dict]:
    """The entities the pipeline finds in ``text``, running it up to its entity component."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.dateline = dateline
    doc._.warnings = []
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "dateline_entities":
            break
    return doc._.entities
