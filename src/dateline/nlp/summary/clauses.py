"""Who and what from the lead: the subject and verb phrase of each clause of the first good sentences."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .candidates import Candidate, span_candidate
from .cues import ENTITY_LABELS, SUBJECT_DEPS, cues, headline_overlap, skip_furniture

VP_DEPS = {
    "dobj", "prt", "attr", "acomp", "xcomp", "dative", "oprd", "prep", "agent", "advmod", "npadvmod", "neg",
    "ccomp", "pobj", "compound",
}  # fmt: skip
VERB_GROUP_DEPS = {"aux", "auxpass", "neg"}
MAX_WHO = 10
MAX_WHAT = 12


def lead(doc: Doc) -> list[Span]:
    """The first good sentences: not web furniture, with a verb and a few words."""
    table = cues()
    if not len(doc):
        return []
    sents = doc.sents if doc.has_annotation("SENT_START") else iter([doc[:]])
    found: list[Span] = []
    for seen, sent in enumerate(sents):
        if seen >= table["scan_sentences"] * 4 or len(found) >= table["scan_sentences"]:
            break
        words = [t for t in sent if t.is_alpha]
        if len(words) < 4 or any(p.search(sent.text) for p in table["skip"]):
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        found.append(sent)
    return found


def clauses(sent: Span) -> list[tuple[Token, Token]]:
    """(verb, subject) pairs of a sentence: the root, or the clause reported by its root."""
    root = sent.root
    found = []
    if root.lemma_.lower() in cues()["reporting"]:
        for child in root.children:
            if child.dep_ == "ccomp":
                subj = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), None)
                if subj is not None:
                    found.append((child, subj))
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None:
        found.append((root, subj))
    return found


def who_span(doc: Doc, subj: Token) -> Span | None:
    """The subject phrase, cut before a clause modifying it ("Police investigating the crash"), and
    before an apposition when long."""
    start, end = subj.left_edge.i, subj.right_edge.i + 1
    for tok in doc[subj.i + 1 : end]:
        if tok.dep_ in ("relcl", "acl") and tok.head.i == subj.i:
            end = tok.left_edge.i
            break
        if end - start > MAX_WHO and (tok.text == "," or tok.dep_ == "appos"):
            end = tok.i
            break
    start = skip_furniture(doc, start, end)
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end <= start:
        return None
    if end - start > MAX_WHO:
        ents = [e for e in doc.ents if start <= e.start < end and e.label_ in ENTITY_LABELS]
        if not ents:
            return doc[max(start, subj.i - 3) : subj.i + 1]
        return ents[0]
    return doc[start:end]


def resolve_pronoun(doc: Doc, subj: Token) -> Span | None:
    """The nearest earlier PERSON (or ORG for "it") entity a pronoun subject may stand for."""
    wanted = {"ORG", "GPE"} if subj.lower_ in ("it", "its") else {"PERSON"}
    if subj.lower_ in ("they", "we"):
        wanted = {"ORG", "NORP", "GPE", "PERSON"}
    best = None
    for ent in doc.ents:
        if ent.start >= subj.i:
            break
        if ent.label_ in wanted:
            best = ent
    return best


def what_span(doc: Doc, verb: Token, subj: Token | None) -> Span:
    """The verb group and its complements, stopping at the first clause boundary."""
    start = verb.i
    for child in verb.lefts:
        if child.dep_ in VERB_GROUP_DEPS and (subj is None or child.i > subj.i):
            start = min(start, child.i)
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ not in VP_DEPS:
            break
        child_end = child.right_edge.i + 1
        if child_end - start > MAX_WHAT:
            core = [t.i for t in child.lefts] + [child.i]
            end = max(end, max(core) + 1)
            break
        end = child_end
    for tok in doc[verb.i + 1 : end]:
        if tok.text in (",", ";", ":", "\u2014", "--") or tok.lower_ in ("because", "after", "as", "while"):
            end = tok.i
            break
    end = min(end, start + MAX_WHAT)
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "det", "prep")):
        end -= 1
    return doc[start:end]


def entity_counts(doc: Doc) -> dict[str, int]:
    """Mentions per entity name and alias (the parser's entities when there is no entity layer)."""
    counts: dict[str, int] = {}
    for entity in doc._.entities or []:
        n = len(entity.get("mentions") or [])
        for name in [entity.get("name", ""), *(entity.get("aliases") or [])]:
            counts[str(name).lower()] = max(counts.get(str(name).lower(), 0), n)
    if not counts:
        for ent in doc.ents:
            counts[ent.text.lower()] = counts.get(ent.text.lower(), 0) + 1
    return counts


def who_what(
    doc: Doc, sents: list[Span], headline: set[str] | None = None
) -> tuple[list[Candidate], list[Candidate], Span | None]:
    """Candidates for who and what, and the sentence of the best pair."""
    counts = entity_counts(doc)
    top = max(counts.values(), default=1) or 1
    who: list[Candidate] = []
    what: list[Candidate] = []
    best_sent, best_score = None, -1.0
    for i, sent in enumerate(sents):
        position = 1.0 / (1 + i)
        for rank, (verb, subj) in enumerate(clauses(sent)):
            if subj.pos_ == "PRON":
                span = resolve_pronoun(doc, subj)
                weak = True
            else:
                span = who_span(doc, subj)
                weak = subj.lower_ in cues()["weak"]
            if span is None:
                continue
            named = any(e.label_ in ENTITY_LABELS for e in span.ents) or (
                isinstance(span, Span) and span.label_ in ENTITY_LABELS
            )
            freq = max((counts.get(e.text.lower(), 0) for e in span.ents), default=0) / top
            score = 0.6 * position + 0.3 * named + 0.3 * freq - 0.1 * rank - (0.3 if weak else 0.0)
            if verb.lemma_.lower() in cues()["reporting"]:
                score -= 0.35
            vp = what_span(doc, verb, subj)
            if headline:
                pair = headline_overlap(span.text, headline) + headline_overlap(vp.text, headline)
                score += cues()["headline_weight"] * pair / 2
            who.append(span_candidate(span, score))
            what.append(span_candidate(vp, score))
            if score > best_score:
                best_sent, best_score = sent, score
    return who, what, best_sent
