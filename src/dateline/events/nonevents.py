"""Predicates that are not events: questions, imperatives, conditions, statistics, travel at home
and earlier years' background.

The annotation guide (docs/annotation-guide.md, section 2) codes none of these: a question asks
about an action and an imperative addresses the reader, an "if" clause states the condition of
another action ("if attacked, ..."), a predicate whose subject is a share or a percentage reports a
statistic or a poll ("38 percent support the plan"), a visit within the visitor's own country is a
campaign stop, and an action the sentence dates to a year before the story's is background ("she
was arrested in 2012"). Each check reads the parse (or the resolved actors) only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicon import cues

PERCENT_NOUNS = frozenset({"percent", "%", "percentage", "proportion"})
# links from a time phrase up to the predicate it dates directly ("arrested in 2012", "met Tuesday")
TIME_LINKS = frozenset({"pobj", "prep", "npadvmod", "nummod", "compound", "amod", "appos", "tmod"})
# links through which a predicate shares the clause of the word above it
CLAUSE_LINKS = frozenset({"conj", "xcomp"})
MAX_CLIMB = 8


def question(sentence: str) -> bool:
    """Whether a sentence is a question (ends with "?" before closing quotes or brackets)."""
    return sentence.rstrip().rstrip("\"'”’)»").endswith("?")


def in_condition(token: Token) -> bool:
    """Whether a predicate sits in an "if" / "unless" clause ("If convicted, he could face ...")."""
    marks = cues().conditional_marks
    current = token
    for _ in range(MAX_CLIMB):
        if current.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in marks for c in current.children)
        if current.dep_ not in CLAUSE_LINKS or current.head.i == current.i:
            return False
        current = current.head
    return False


def imperative(token: Token) -> bool:
    """Whether a predicate is an imperative addressed to the reader: a bare verb opening its
    sentence with no subject or auxiliary ("Help rebuild the schools", "Give her a break")."""
    if token.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in token.children):
        return False
    first = next((t for t in token.sent if not t.is_punct), None)
    if token.is_sent_start or (first is not None and first.i == token.i):
        return True
    # a line of its own (a headline or a link the parser joined to the next line)
    return token.i > 0 and "\n" in token.doc[token.i - 1].whitespace_ + token.doc[token.i - 1].text


def domestic_visit(sources: list[dict], targets: list[dict]) -> bool:
    """Whether a visit goes to a place or actor of the visitor's own country: travel at home (a
    campaign stop, a tour of the border) is not a CONSULT/visit event."""
    countries = {a.get("country") for a in sources if a.get("country")}
    return bool(countries) and bool(targets) and all(t.get("country") in countries for t in targets)


WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def asks_a_question(token: Token) -> bool:
    """Whether a predicate takes an indirect question as its complement ("asked whether the deal
    required ...", "asked who approved it"): an inquiry, not a request to act."""
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
            return True
        first = clause.left_edge
        if first.tag_ in WH_TAGS and first.i > token.i:
            return True
    return False


def _share(token: Token) -> bool:
    return token.ent_type_ == "PERCENT" or token.lemma_.lower() in PERCENT_NOUNS


def statistic(predicate: Token, subject: Token | None) -> bool:
    """Whether a predicate's subject (or a word coordinated with it) is a share or a percentage:
    "52 percent agreed", "20% were killed", "Johnson and 1 percent support ..." (a poll). A
    predicate the parse left without a subject counts a percentage on its left as one."""
    if subject is not None and any(_share(t) for t in (subject, *subject.conjuncts)):
        return True
    shares = [t for left in predicate.lefts for t in left.subtree if _share(t)]
    # no subject of its own, or several shares before it: a poll ("46 percent back A and 44 percent B")
    return bool(shares) and (subject is None or len(shares) > 1)


def _dates_directly(head: Token, predicate: Token) -> bool:
    current = head
    for _ in range(MAX_CLIMB):
        if current.i == predicate.i:
            return True
        if current.dep_ not in TIME_LINKS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _year(value: object) -> int | None:
    text = str(value or "")
    return int(text[:4]) if len(text) >= 4 and text[:4].isdigit() else None


def earlier_year(predicate: Token, sent: Span, times: list[dict], published: str | None) -> bool:
    """Whether a time phrase attached to the predicate itself dates it to a year before the story's
    publication year ("was arrested in 2012" in a 2016 story): historical background."""
    now = _year(published)
    if now is None:
        return False
    doc: Doc = predicate.doc
    for time in times:
        if not (sent.start_char <= time["start"] < sent.end_char) or time.get("type", "DATE") != "DATE":
            continue
        year = _year(time.get("value"))
        if year is None or year >= now:
            continue
        span = doc.char_span(time["start"], time["end"], alignment_mode="expand")
        if span is not None and _dates_directly(span.root, predicate):
            return True
    return False
