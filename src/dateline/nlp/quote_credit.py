"""Attribution of a quotation by the cue clause around it.

Right after the closing mark ("…,” X said", "…,” said X", "…” ― Jane Doe") or right before the
opening mark ("He says: “…”", "said X, “…”"). A possessive apostrophe in the cue clause ("the
city's director said") is not a quotation mark.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from .doc_index import entity_at
from .quote_geometry import QuoteGeometry, has_mark, written_as_title
from .quote_marks import QuoteMarks
from .quote_speakers import Attributor

_DASH_CREDIT = re.compile(r"[ \t\u00a0]*([\u2015\u2014\u2013]+|--?)[ \t\u00a0]*(?=[^\W\d_])")
_END_PUNCT = {".", "!", "?"}
_DASHES = ("--", "\u2014", "\u2013", "\u2015")
# Entity types a name set off before a dashed quotation credits it to.
_CREDITED = ("PERSON", "ORG")
_FINITE = ("VBD", "VBP", "VBZ", "MD")
_CLAUSE_STOPS = (",", ".", "!", "?", ":")
_WINDOW = 32
_INTRODUCES = re.compile(r"[ \t\u00a0]*[,:][ \t\u00a0]*[\u201c\u00ab\"]")
_CUE_REACH = 8
# Closing marks of a quotation nested at the end of another ("… a job now.’”").
_INNER_CLOSERS = "'\u2019\"\u201d "
_MAX_CREDIT = 8
# Senses of a cue in an "as" clause that credit the words before it ("“…,” as the mayor said",
# "as one critic wrote"); a request or a promise there tells what was asked ("as the rebels had
# demanded"), not whose words these are. A cue of no listed sense ("as she put it") credits too.
_WORDING_SENSES = ("speech", "writing")


def trailer(attributor: Attributor, mark: QuoteMarks) -> dict[str, Any] | None:
    """Attribution right after the closing mark: "…,” X said", "…,” said X", "…” ― X".

    A cue there that reports a clause of its own after it ("…,” but he said that …") starts a
    new report and credits nothing before it; a clause in the quotation after it ("“A,” she said,
    “and B.”") is the rest of the quotation."""
    geometry = attributor.geometry
    doc, text = geometry.doc, geometry.text
    dash = _DASH_CREDIT.match(text, mark.end)
    if dash is not None:
        i = geometry.first_token_from(dash.end())
        return _dash_credit(attributor, i, min(len(doc), i + _WINDOW), dash.start(1), dash.end(1))
    i = geometry.first_token_from(mark.end)
    if i >= len(doc) or "\n" in text[mark.end : doc[i].idx]:
        return None
    first_word = next((t for t in doc[i : i + 3] if not t.is_punct), None)
    if first_word is not None and first_word.pos_ == "CCONJ":
        # "… “for the truth” and called on people to …": a new predicate, not a credit.
        return None
    if first_word is not None and _new_sentence_after(text, mark, first_word):
        return None
    stop = min(len(doc), i + _WINDOW)
    for j in range(i, stop):
        t = doc[j]
        if (
            "\n" in t.text
            or (t.text in _END_PUNCT and j > i and not _abbreviation(doc, j))
            or (has_mark(t.text) and t.tag_ != "POS" and not _nickname_mark(geometry, t))
        ):
            return None
        cue = attributor.cues.is_speech_cue(t)
        if not cue and j >= i + _CUE_REACH and not _in_speaker_phrase(t):
            return None
        if cue and _subordinate(attributor, t):
            # "… “we are going to cut” them if the voters agree": a condition, not a credit.
            return None
        if cue and any(
            c.dep_ == "ccomp" and c.i > t.i and not geometry.inside_any_quote(c.left_edge.idx)
            for c in t.children
        ):
            return None
        if cue:
            found = attributor.attribution(t, window=(i, stop))
            start = found.get("speaker_start")
            if start is None or start < mark.end or geometry.inside_any_quote(start):
                found = attributor.attribution(t, window=(i, stop), inverted_only=True)
            if found.get("speaker_text") is None:
                return None
            found["clause_end"] = _clause_end(attributor, j, stop)
            if _leads_on(text, mark, found["clause_end"]):
                return None
            return found
    return None


def _subordinate(attributor: Attributor, cue: Token) -> bool:
    """Whether a cue heads a clause opened by a subordinating word ("if the voters agree",
    "because critics say", "unless the board approves"): a clause of the sentence that goes on
    past a quotation, never the clause that credits it. An "as" clause of saying or writing
    credits it ("“…,” as the mayor put it"); one of asking or promising does not ("“…,” as the
    rebels had demanded")."""
    marks = [c for c in cue.children if c.dep_ == "mark" and c.i < cue.i]
    if any(c.lower_ != "as" for c in marks):
        return True
    sense = attributor.cues.sense_of.get(cue.lemma_.lower())
    return bool(marks) and sense is not None and sense not in _WORDING_SENSES


def _nickname_mark(geometry: QuoteGeometry, token: Token) -> bool:
    """Whether a quotation mark belongs to a quoted nickname inside a name ('Roberta "Bobbie" Lopez'):
    one or two capitalised words in quotation marks, between capitalised words."""
    for mark in geometry.marks_overlapping(token.idx, token.idx + len(token)):
        inner = geometry.text[mark.inner[0] : mark.inner[1]]
        if not 1 <= geometry.word_count(*mark.inner) <= 2 or not inner[:1].isupper():
            return False
        before = geometry.text[: mark.start].rstrip().rsplit(None, 1)
        after = geometry.text[mark.end :].lstrip()
        return bool(before) and before[-1][:1].isupper() and after[:1].isupper()
    return False


def _new_sentence_after(text: str, mark: QuoteMarks, first_word: Token) -> bool:
    """Whether the words after a quotation begin a sentence of their own: the quotation closed
    its sentence with a full stop ("“… in place.” The audit found …") and a capital follows.
    A credit after a quotation is set off by a comma ("“…,” she said") or follows a question or
    an exclamation ("“Why?” Smith asked"); a new sentence is no credit, whatever verb it has."""
    inner = text[mark.inner[0] : mark.inner[1]].rstrip().rstrip(_INNER_CLOSERS)
    return inner.endswith(".") and not inner.endswith("..") and first_word.text[:1].isupper()


def _leads_on(text: str, mark: QuoteMarks, clause_end: int) -> bool:
    """Whether a cue clause after a quotation that closed its sentence leads into the next
    quotation instead ("“… kidding.” To which she said, “…”"): it is that quotation's cue."""
    inner = text[mark.inner[0] : mark.inner[1]].rstrip()
    return inner.endswith(".") and _INTRODUCES.match(text, clause_end) is not None


def header(attributor: Attributor, mark: QuoteMarks) -> dict[str, Any] | None:
    """Attribution right before the opening mark: "He says: “…”", "said X, “…”", "According to
    X, “…”"."""
    geometry = attributor.geometry
    doc = geometry.doc
    i = geometry.token_at(mark.start) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 0 and doc[i].text in _DASHES:
        return _name_before_dash(attributor, i, mark)
    if i < 0 or (doc[i].text not in (":", ",") and not attributor.cues.is_speech_cue(doc[i])):
        return None
    colon = doc[i].text == ":"
    for j in range(i, max(-1, i - _WINDOW), -1):
        t = doc[j]
        if "\n" in t.text or t.text in _END_PUNCT or (has_mark(t.text) and t.tag_ != "POS"):
            break
        if t.lower_ == "to" and j > 0 and doc[j - 1].lower_ == "according" and not colon:
            return _according_to_credit(attributor, t, mark)
        if colon and j == i - 1:
            said = _saying_before_colon(attributor, t)
            if said is not None:
                return said
        if _says_here(attributor, t) or (colon and _states_before_colon(attributor, t)):
            found = attributor.attribution(t)
            if found.get("speaker_start") is None:
                found = attributor.attribution(t, window=(t.i + 1, i + 1), inverted_only=True)
            start = found.get("speaker_start")
            if start is None or start >= mark.start:
                return None
            return found
    return None


def _name_before_dash(attributor: Attributor, dash: int, mark: QuoteMarks) -> dict[str, Any] | None:
    """The credit of a quotation set off by dashes right after a name ("but the finance
    minister Eva Lind -- “We will not pay a cent” -- walked out"): the person or
    organisation named before the first dash, when a dash closes the quotation too and the
    quotation is a clause; a title or an epithet ("the film -- “Jaws” --", "Senator Ana Ruiz --
    “the iron lady of the north” --", "the band Queen -- “We Will Rock You” --", a clause in title
    case) is no statement."""
    doc = attributor.doc
    geometry = attributor.geometry
    after = geometry.first_token_from(mark.end)
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after >= len(doc) or doc[after].text not in _DASHES or dash == 0:
        return None
    name = doc[dash - 1]
    entity = entity_at(doc, name.i)
    if entity is None or entity.label_ not in _CREDITED or entity.end != dash:
        return None
    # A clause, not an epithet or a title ("Senator Ana Ruiz -- “the iron lady of the north” --").
    if not any(t.tag_ in _FINITE for t in geometry.tokens_in(*mark.inner)):
        return None
    if written_as_title(geometry.text[mark.inner[0] : mark.inner[1]]):
        return None
    found = attributor.speaker_from(entity.root, entity)
    found.update(
        {
            "cue": doc[dash].text,
            "cue_start": doc[dash].idx,
            "cue_end": doc[dash].idx + len(doc[dash]),
            "medium": None,
        }
    )
    return found


def _says_here(attributor: Attributor, token: Token) -> bool:
    """Whether a speech cue before a quotation is a statement made ("She went on to say: “…”"),
    not one planned or allowed ("plans to tell his players: “…”", "rules that allow firms to tell
    “…”"): what nobody has said yet is no quote. Nor a participle that only describes a noun ("a
    recently written guide, “…”"): it makes no statement of its own."""
    cues = attributor.cues
    if token.dep_ == "amod":
        return False
    return cues.is_speech_cue(token) and cues.statement_use(token, True)


def _according_to_credit(attributor: Attributor, to, mark: QuoteMarks) -> dict[str, Any] | None:
    """The source of an "According to X, “…”" header: the object of "to", set off by its comma
    right before the quotation."""
    doc = attributor.doc
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None or source.i >= attributor.geometry.token_at(mark.start):
        return None
    span = doc[source.left_edge.i : source.i + 1]
    if span.end_char > mark.start:
        return None
    found = attributor.speaker_from(source, span)
    according = doc[to.i - 1]
    found.update(
        {
            "cue": doc[according.i : to.i + 1].text,
            "cue_start": according.idx,
            "cue_end": to.idx + len(to),
            "medium": None,
            "cue_tokens": (according.i, to.i),
        }
    )
    return found


def _saying_before_colon(attributor: Attributor, last) -> dict[str, Any] | None:
    """The credit of a quotation after a clause about someone's words ending in a colon ("The
    senator's response was swift: “…”", "His answer was simple: “…”"): the owner of the noun
    of saying the clause is about."""
    verb = last.head if last.dep_ in ("acomp", "attr", "advmod") else last
    if verb.lemma_ != "be":
        return _words_given_before_colon(attributor, last)
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or noun.lemma_.lower() not in attributor.cues.nominal:
        return None
    owner = attributor.cues.owner_of_words(noun)
    if owner is None:
        return None
    doc = attributor.doc
    found = attributor.speaker_from(owner, doc[owner.left_edge.i : owner.i + 1])
    found.update({"cue": noun.text, "cue_start": noun.idx, "cue_end": noun.idx + len(noun), "medium": None})
    found["cue_tokens"] = (noun.i,)
    return found


def _words_given_before_colon(attributor: Attributor, noun) -> dict[str, Any] | None:
    """The credit of a quotation after a noun of saying that ends the clause before a colon, as
    the object of a verb giving it out ("The senator offered a closing remark: “…”", "She gave
    a short answer: “…”"; not "gave no answer: …"): the noun's possessor, else the subject of a
    delivering verb that is no cue of its own ("issued a statement: “…”" is the cue's)."""
    cues = attributor.cues
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in cues.nominal:
        return None
    if any(c.dep_ == "det" and c.lower_ in cues.negative_determiners for c in noun.children):
        # "gave no answer: …": no words were given.
        return None
    doc = attributor.doc
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        found = attributor.speaker_from(owner, doc[owner.left_edge.i : owner.i + 1])
    else:
        verb = noun.head
        if verb.lemma_.lower() not in cues.nominal_delivering or _negated(verb):
            return None
        if cues.is_cue(verb):
            # "issued a statement: “…”": the cue itself credits the quotation.
            return None
        subject = attributor.subject_of(verb)
        if subject is None or subject.i > verb.i or subject.lower_ in cues.thing_pronouns:
            return None
        found = attributor.speaker_from(subject, doc[subject.left_edge.i : subject.i + 1])
    found.update({"cue": noun.text, "cue_start": noun.idx, "cue_end": noun.idx + len(noun), "medium": None})
    found["cue_tokens"] = (noun.i,)
    return found


def _negated(verb) -> bool:
    """Whether a verb is negated ("did not give a statement")."""
    return any(c.dep_ == "neg" for c in verb.children)


def _states_before_colon(attributor: Attributor, token) -> bool:
    """Whether a cue of any complement class introduces the quotation after a colon ("She
    scolded him: “…”", "He praised the crew: “…”"): a statement use with a subject."""
    cues = attributor.cues
    subject = attributor.subject_of(token)
    if subject is None or not cues.is_cue(token) or not cues.statement_use(token, False):
        return False
    # "The strain starts to show once …: “…”": what a poll or record shows is said, what a thing
    # shows is not.
    return cues.sense_of.get(token.lemma_.lower()) not in cues.document_senses or cues.names_document(subject)


def _abbreviation(doc, j: int) -> bool:
    """Whether a full stop ends an abbreviation in a name or title ("Md.", "Rep.", "E.")."""
    return doc[j].text == "." and j > 0 and doc[j - 1].text[:1].isupper() and len(doc[j - 1]) <= 3


def _in_speaker_phrase(token) -> bool:
    """Whether a token far from the quotation can still belong to a long speaker phrase
    ("Jane Doe (D-Md.), a member of the panel, said"): no verb but the cue's."""
    return token.pos_ not in ("VERB", "AUX") or token.dep_ in ("relcl", "acl", "amod")


def _dash_credit(
    attributor: Attributor, i: int, stop: int, dash_start: int, dash_end: int
) -> dict[str, Any] | None:
    """A credit line after the quotation: "…” ― Jane Doe"."""
    doc = attributor.doc
    j = i
    while j < stop and "\n" not in doc[j].text and not doc[j].is_space:
        if doc[j].is_punct and not (doc[j].text == "." and j > i and len(doc[j - 1]) == 1):
            break
        j += 1
    span = doc[i:j]
    if not len(span) or len(span) > _MAX_CREDIT or not span[0].text[:1].isupper():
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    found = attributor.speaker_from(span.root, span)
    cue = attributor.text[dash_start:dash_end]
    found.update({"cue": cue, "cue_start": dash_start, "cue_end": dash_end, "medium": None})
    return found


def _clause_end(attributor: Attributor, j: int, stop: int) -> int:
    """Offset where the attribution clause of the cue at token ``j`` ends."""
    doc = attributor.doc
    k = j
    while k + 1 < stop and doc[k + 1].text not in _CLAUSE_STOPS and not has_mark(doc[k + 1].text):
        k += 1
    return doc[k].idx + len(doc[k])
