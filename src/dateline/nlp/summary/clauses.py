"""Who and what from the lead: the subject and verb phrase of each clause of the first good sentences."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..doc_index import doc_ents, ents_within
from .candidates import Candidate, span_candidate
from .context import Context
from .cues import ENTITY_LABELS, SUBJECT_DEPS, agent_nouns, cues, headline_cues, skip_furniture

VP_DEPS = {
    "dobj", "prt", "attr", "acomp", "xcomp", "dative", "oprd", "prep", "agent", "advmod", "npadvmod", "neg",
    "ccomp", "pobj", "compound",
}  # fmt: skip
VERB_GROUP_DEPS = {"aux", "auxpass", "neg"}
MAX_WHO = 10
MAX_WHAT = 12
MAX_LIST = 24
DATELINE = re.compile(cues()["dateline_pattern"])


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
        if len(words) < 4:
            continue
        sent = after_dateline(after_caption(sent))
        text = sent.text
        if any(p.search(text) for p in table["skip"]):
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        found.append(sent)
    return found


def after_caption(sent: Span) -> Span:
    """The sentence a photo caption runs into ("Image caption Rescuers dig A boy fell into a well ..."
    gives "A boy fell into a well ..."): from the first subject after the caption that opens a clause,
    is capitalised and follows a word without punctuation between; the sentence itself otherwise."""
    low = [t.lower_ for t in sent]
    for words in (m.split() for m in cues()["caption_markers"]):
        at = next((i for i in range(len(low)) if low[i : i + len(words)] == words), None)
        if at is None:
            continue
        first = sent.start + at + len(words)
        for tok in sent.doc[first + 1 : sent.end]:
            if tok.dep_ not in SUBJECT_DEPS:
                continue
            edge = tok.left_edge
            before = sent.doc[edge.i - 1]
            capital = edge.is_title or (edge.is_upper and len(edge) > 1)
            if edge.i > first + 1 and capital and before.is_alpha:
                return sent.doc[edge.i : sent.end]
        return sent
    return sent


def after_dateline(sent: Span) -> Span:
    """The sentence after a dateline it opens with ("KABUL, Afghanistan -- Rebels attacked ..." gives
    "Rebels attacked ..."), so that the dateline's place is not read as the subject."""
    found = DATELINE.search(sent.text[: cues()["dateline_lead_chars"]])
    if found is None:
        return sent
    start = sent.doc.char_span(sent.start_char + found.end(), sent.end_char, alignment_mode="expand")
    return start if start is not None and len(start) else sent


def clauses(sent: Span) -> list[tuple[Token, Token]]:
    """(verb, subject) pairs of a sentence: the root, or the clause reported by its root."""
    root = sent.root
    found = []

    def subject_of(verb: Token) -> Token | None:
        inside = (c for c in verb.children if sent.start <= c.i < sent.end)
        return next((c for c in inside if c.dep_ in SUBJECT_DEPS), None)

    if root.lemma_.lower() in cues()["reporting"]:
        for child in root.children:
            if child.dep_ == "ccomp":
                subj = subject_of(child)
                if subj is not None:
                    found.append((child, subj))
    subj = subject_of(root)
    if subj is not None:
        found.append((root, subj))
    return found


def who_span(doc: Doc, subj: Token) -> Span | None:
    """The subject phrase, cut before a clause modifying it ("Police investigating the crash"), and
    before an apposition when long; a coordination ("Ann Lee, 62, and Bo Park, 40") is kept whole."""
    start, end = subj.left_edge.i, subj.right_edge.i + 1
    listed = any(c.dep_ == "conj" for c in subj.children)
    limit = MAX_LIST if listed else MAX_WHO
    for tok in doc[subj.i + 1 : end]:
        if tok.dep_ in ("relcl", "acl") and tok.head.i == subj.i:
            end = tok.left_edge.i
            break
        if end - start > limit and (tok.text == "," or tok.dep_ == "appos"):
            end = tok.i
            break
    start = skip_furniture(doc, start, end)
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end <= start:
        return None
    if end - start > limit:
        ents = [e for e in doc_ents(doc) if start <= e.start < end and e.label_ in ENTITY_LABELS]
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
    for ent in doc_ents(doc):
        if ent.start >= subj.i:
            break
        if ent.label_ in wanted:
            best = ent
    return best


def what_span(doc: Doc, verb: Token, subj: Token | None) -> Span:
    """The verb group and its complements, stopping at the first clause boundary; a verb alone takes
    its first complement whatever its label (never a bare auxiliary)."""
    start = verb.i
    for child in verb.lefts:
        if child.dep_ in VERB_GROUP_DEPS and (subj is None or child.i > subj.i):
            start = min(start, child.i)
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ not in VP_DEPS:
            if end == verb.i + 1 and child.dep_ not in ("punct", "cc", "conj", "nsubj", "expl", "mark"):
                end = min(child.right_edge.i + 1, start + MAX_WHAT)
            break
        child_end = child.right_edge.i + 1
        if child_end - start > MAX_WHAT:
            core = max([t.i for t in child.lefts] + [child.i]) + 1
            end = max(end, core, _phrase_end(doc, core, start + MAX_WHAT))
            break
        end = child_end
    for tok in doc[verb.i + 1 : end]:
        if tok.text in (",", ";", ":", "\u2014", "--") or tok.lower_ in ("because", "after", "as", "while"):
            end = tok.i
            break
    end = min(end, start + MAX_WHAT)
    while end > start + 1 and (
        doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "det", "prep") or doc[end - 1].tag_ == "TO"
    ):
        end -= 1
    return doc[start:end]


def _phrase_end(doc: Doc, at: int, limit: int) -> int:
    """The end of the complete phrases from ``at`` that fit before ``limit`` (subtrees not cut)."""
    end = at
    while end < limit and end < len(doc):
        tok = doc[end]
        if tok.is_punct or tok.dep_ in ("relcl", "advcl", "conj", "cc", "mark"):
            break
        stop = tok.right_edge.i + 1 if tok.head.i < at else end + 1
        if stop > limit:
            break
        end = stop
    return end


def is_bare(span: Span) -> bool:
    """True for a verb group without a complement made of auxiliaries only ("are", "has been")."""
    return all(t.pos_ in ("AUX", "PART") or t.dep_ == "neg" for t in span)


def what_shape(span: Span, verb: Token) -> dict[str, float]:
    """The features of a verb phrase: length, a complement, voice, a reporting or copular verb."""
    return {
        "length": min(len(span), MAX_WHAT) / MAX_WHAT,
        "one_word": float(len(span) == 1),
        "has_object": float(any(t.dep_ in ("dobj", "attr", "pobj", "acomp", "xcomp") for t in span)),
        "passive": float(any(t.dep_ == "auxpass" for t in span)),
        "copula": float(verb.pos_ == "AUX"),
        "reporting": float(verb.lemma_.lower() in cues()["reporting"]),
        "negated": float(any(t.dep_ == "neg" for t in span)),
    }


def _in_place(tok: Token) -> bool:
    """True when the token lies in a place mention of the places layer."""
    for place in tok.doc._.places or []:
        for m in place.get("mentions") or []:
            if m["start"] <= tok.idx < m["end"]:
                return True
    return False


def who_shape(span: Span) -> dict[str, float]:
    """The features of a subject phrase: what kind of entity its head names (an entity that only owns
    the head, "Lee's car", is a possessor), and whether it can act at all (``actor``: a person, an
    organisation or group, or a noun naming a kind of actor, "police", "rescuers")."""
    head = span.root
    heads = [head, *(t for t in span if t.dep_ == "conj" and t.head.i == head.i)]
    head_labels = {t.ent_type_ for t in heads if t.ent_type_}
    if not head_labels and span.label_ and span.root.i == head.i:
        head_labels = {span.label_}
    ents = ents_within(span)
    labels = {e.label_ for e in ents}
    places = {"GPE", "LOC", "FAC"}
    content = [t for t in span if not t.is_stop and not t.is_punct]
    only_place = bool(ents) and all(e.label_ in places for e in ents)
    only_place = only_place and len(ents[0]) >= len(content)
    only_place = only_place or (bool(content) and all(_in_place(t) for t in content))
    words = {head.lower_, head.lemma_.lower()}
    words |= {w + "s" for w in words}
    agent = bool(words & agent_nouns())
    event = bool(words & set(headline_cues()["event_nouns"]))
    actor = bool(head_labels & {"PERSON", "ORG", "NORP"}) or agent
    return {
        "actor": float(actor and not only_place),
        "named": float(bool(head_labels & ENTITY_LABELS)),
        "person": float("PERSON" in head_labels),
        "organisation": float(bool(head_labels & {"ORG", "NORP"})),
        "possessor_named": float(bool(labels & ENTITY_LABELS) and not head_labels & ENTITY_LABELS),
        "place_only": float(only_place),
        "event_noun": float(event),
        "agent_noun": float(agent),
        "thing": float(head.pos_ == "NOUN" and not head_labels and not agent),
        "proper": float(head.pos_ == "PROPN"),
        "listed": float(len(heads) > 1),
        "length": min(len(span), MAX_LIST) / MAX_LIST,
        "number": float(any(t.like_num for t in span)),
    }


def entity_counts(doc: Doc) -> dict[str, int]:
    """Mentions per entity name and alias (the parser's entities when there is no entity layer)."""
    counts: dict[str, int] = {}
    for entity in doc._.entities or []:
        n = len(entity.get("mentions") or [])
        for name in [entity.get("name", ""), *(entity.get("aliases") or [])]:
            counts[str(name).lower()] = max(counts.get(str(name).lower(), 0), n)
    if not counts:
        for ent in doc_ents(doc):
            counts[ent.text.lower()] = counts.get(ent.text.lower(), 0) + 1
    return counts


def who_what(ctx: Context) -> tuple[list[Candidate], list[Candidate]]:
    """Candidates for who and what: the subject and the verb phrase of each clause of the lead."""
    doc = ctx.doc
    counts = entity_counts(doc)
    top = max(counts.values(), default=1) or 1
    who: list[Candidate] = []
    what: list[Candidate] = []
    for i, sent in enumerate(ctx.lead):
        for rank, (verb, subj) in enumerate(clauses(sent)):
            pronoun = subj.pos_ == "PRON"
            span = resolve_pronoun(doc, subj) if pronoun else who_span(doc, subj)
            if span is None:
                continue
            vp = what_span(doc, verb, subj)
            freq = max((counts.get(e.text.lower(), 0) for e in ents_within(span)), default=0) / top
            clause = {
                "position": 1.0 / (1 + i),
                "first_sentence": float(i == 0),
                "clause_rank": float(rank),
                "reported_clause": float(rank == 0 and verb.dep_ == "ccomp"),
                "reporting": float(verb.lemma_.lower() in cues()["reporting"]),
                "main_event": ctx.in_main_event(span.start_char, span.end_char),
                "headline_pair": (ctx.on_headline(span.text) + ctx.on_headline(vp.text)) / 2,
                "sentence_headline": ctx.sentence_headline(ctx.position(span.start_char)[1]),
            }
            shape = who_shape(span)
            who_feats = dict(clause, **shape, kind_subject=1.0)
            who_feats |= {
                "headline": ctx.on_headline(span.text),
                "frequency": freq,
                "pronoun": float(pronoun),
                "weak": float(pronoun or subj.lower_ in cues()["weak"]),
                "event_actor": ctx.in_any_event(span.start_char, span.end_char),
                "repetition": ctx.repetition(span.text),
            }
            who.append(span_candidate(span, who_feats))
            if is_bare(vp):
                continue
            what_feats = dict(clause, **what_shape(vp, verb), kind_clause=1.0)
            what_feats |= {
                "headline": ctx.on_headline(vp.text),
                "subject_named": shape["named"],
                "subject_frequency": freq,
                "subject_weak": who_feats["weak"],
                "repetition": ctx.repetition(vp.text),
            }
            what.append(span_candidate(vp, what_feats))
    return who, what
