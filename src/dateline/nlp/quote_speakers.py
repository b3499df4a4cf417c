"""Attribution of a cue verb: its speaker (linked to ``doc._.entities``), the cue span and the medium.

The speaker is the cue's subject, found by climbing conjunctions and clauses, or the noun right
after the cue in an inverted clause ("…,” said Mr. Lee). A relative pronoun ("who", "which")
stands for the noun phrase it attaches to, which becomes the speaker; a personal pronoun keeps
its span and takes the entity coreference gave it. The speaker phrase keeps an entity's name
whole and stays in its paragraph (a time stamp line above is not part of it). ``speaker_kind``
says what the source is — a person, an organisation, a document, an unnamed source — from the
entity type or the phrase's head noun, and ``unknown`` when no phrase names one.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from .noun_kinds import may_name_people
from .quote_cues import Cues
from .quote_geometry import QuoteGeometry, comma_set_off

SPEAKER_KEYS = ("speaker", "speaker_text", "speaker_start", "speaker_end", "speaker_kind")
CUE_KEYS = ("cue", "cue_start", "cue_end", "medium")
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_CLIMB = {"conj", "xcomp", "advcl", "relcl", "acl", "parataxis"}
_FINITE = ("VBD", "VBZ", "VBP")
_RELATIVE = ("who", "that", "which")
_MAX_SPEAKER = 16
_WHEN = ("DATE", "TIME")
# The closing mark of each opening mark a speaker phrase may start with.
_CLOSERS = {"“": "”", "‘": "’", '"': '"', "(": ")", "[": "]"}

Mention = tuple[str, int, int, str]


def mention_index(geometry: QuoteGeometry) -> dict[int, Mention]:
    """Token index → (entity id, mention start, mention end, mention text) for every entity mention."""
    doc = geometry.doc
    found: dict[int, Mention] = {}
    for entity in doc._.entities or []:
        for m in entity["mentions"]:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None:
                for t in span:
                    found.setdefault(t.i, (entity["id"], m["start"], m["end"], m["text"]))
    return found


def next_act_forms(cue: Token) -> tuple[str, ...]:
    """The verb forms in which a speaker's next act goes on after a cue: the cue's own, and a
    past form after a cue in the perfect ("has said … and warned", "have confirmed … and urged")."""
    if cue.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children):
        return ("VBN", "VBD")
    return (cue.tag_,)


def _past_adverb(token: Token) -> Token:
    """The verb an adverb such as "aside" or "apart" hangs on ("refuses to discuss it, aside from
    saying …"), or the token itself."""
    while token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.i != token.i:
        token = token.head
    return token


def _possessor(token: Token, head: Token) -> bool:
    """Whether a token sits in a possessor of the head ("his" or "Trump's" in "his wife", "Trump's aide")."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "poss":
            return True
        token = token.head
    return False


def passive_participle(verb: Token) -> bool:
    """Whether a verb is a past participle clause on another verb with no auxiliary, subject or
    agent of its own ("Asked about X, she said …", "When pressed on X, he …"): the subject of
    the verb it hangs on is who was asked, not who asked."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children)
    )


class Attributor:
    """Speakers, cue spans and media of cue verbs in one doc."""

    def __init__(self, geometry: QuoteGeometry, lexicon: Cues) -> None:
        self.geometry = geometry
        self.doc = geometry.doc
        self.text = geometry.text
        self.cues = lexicon
        self.mention_at = mention_index(geometry)
        self.entity_types = {e["id"]: e["type"] for e in geometry.doc._.entities or []}

    def names_someone(self, span: Span) -> bool:
        """A speaker label: an entity mention, or a name-like word in capitals."""
        if any(t.i in self.mention_at for t in span):
            return True
        letters = [c for c in span.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 2

    def subject_of(self, verb: Token) -> Token | None:
        """The subject of a verb, climbing through conjunctions, xcomp and adverbial clauses."""
        coordinated = self.coordinated_subject(verb)
        if coordinated is not None:
            return coordinated
        found = self._parsed_subject(verb)
        if found is not None:
            return _apposed_past_fronted_object(_past_dateline(found))
        return self._name_before(verb) or self._subject_hung_above(verb)

    def _subject_hung_above(self, verb: Token) -> Token | None:
        """The subject of a finite cue with none of its own, where the parse ran a heading into
        its sentence and hung the paragraph's subject on the heading's verb ("Mayor Opens
        Bridge\n\nDENVER -- Mayor Jo Lee, cutting the ribbon, said …"): the subject before the
        cue in its paragraph whose verb lies in another paragraph."""
        if verb.tag_ not in _FINITE:
            return None
        para = self.geometry.paragraph_of(verb.idx)
        if para[0] == 0:
            # No heading above the first paragraph.
            return None
        for j in range(self.geometry.first_token_from(para[0]), verb.i):
            t = self.doc[j]
            if t.dep_ == "nsubj" and t.head.idx < para[0]:
                return _past_dateline(t)
        return None

    def coordinated_subject(self, verb: Token) -> Token | None:
        """The subject of a finite cue opening a coordinated clause that the parse hung as a
        conjunct on the noun before it ("said the dam had ruined their fields and officials
        denied that …", with "officials" a conjunct of "fields"): the noun phrase right before
        the cue, after the coordinator, when the cue has no subject of its own or has the first
        conjunct as its subject."""
        if verb.tag_ not in _FINITE or not self.cues.is_speech_cue(verb) or verb.i < 2:
            return None
        noun = self.doc[verb.i - 1]
        while noun.dep_ in ("compound", "amod", "det", "poss") and noun.head.i > noun.i:
            noun = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != verb.i - 1:
            return None
        first = noun.head
        if first.pos_ not in ("NOUN", "PROPN", "PRON") or first.i > noun.i:
            return None
        if not any(c.dep_ == "cc" and first.i < c.i < noun.left_edge.i + 1 for c in first.children):
            return None
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if subjects and subjects != [first]:
            return None
        # The first conjunct is what a verb before it takes ("ruined their fields and officials
        # …"), not part of the cue's own compound subject ("The police and prosecutors said").
        before = self.doc[first.left_edge.i - 1] if first.left_edge.i else None
        taken = first.dep_ in ("dobj", "pobj", "attr", "oprd", "dative") or (
            before is not None
            and before.pos_ == "VERB"
            and first.dep_ in _SUBJECTS
            and not any(c.dep_ == "dobj" for c in before.children)
        )
        return noun if taken else None

    def _name_before(self, verb: Token) -> Token | None:
        """A name, or a noun of people before a speech cue, right before a finite verb the parse
        gave no subject ("…, Smith and Jones call them …" with the names hung on the clause
        before; "the sum experts say it costs"): English puts the subject there."""
        if verb.i == 0 or verb.tag_ not in ("VBD", "VBP", "VBZ"):
            return None
        before = self.doc[verb.i - 1]
        if before.pos_ == "NOUN":
            # "the $5 million experts say it costs": a relative clause with no relative word, its
            # subject a noun of people the parse hung on the phrase before, agreeing with the verb
            if not self.cues.is_speech_cue(verb) or not may_name_people(before):
                return None
            if (verb.tag_, before.tag_) in (("VBP", "NN"), ("VBZ", "NNS")):
                return None
        elif before.pos_ != "PROPN" or verb.i - 1 not in self.mention_at:
            return None
        if before.head.i > before.i and before.dep_ in ("compound", "flat"):
            return None
        return before

    def outer_report(self, verb: Token) -> Token | None:
        """The cue whose reported clause a second report of its speaker was hung in by the parse
        ("said the plan was sound and suggested that …", with "suggested" a conjunct of "was"): a
        clausal cue with a reported clause and no subject of its own, conjoined to a verb inside
        the reported clause of a cue of the same verb form."""
        if verb.dep_ == "advcl":
            return self._outer_of_participle(verb)
        if verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in verb.children):
            return None
        if self.risk_of_a_thing(verb):
            return None
        reports_clause = self.cues.is_speech_cue(verb) and any(
            c.dep_ == "ccomp" and c.i > verb.i for c in verb.children
        )
        # Without a clause of its own, a cue is the speaker's only when its verb form matches the
        # speaker's cue and not the verb it was hung on ("said he would order … and warned
        # against …"; in "said the minister lied and claimed credit" the claim is the minister's),
        # or when that verb's subject is a thing, which asks and vows nothing ("said the strikes
        # hit only troops and urged residents to leave").
        if not reports_clause and (
            not self.cues.is_cue(verb) or (verb.head.tag_ == verb.tag_ and not self._thing_acts_on(verb))
        ):
            return None
        current = verb.head
        for _ in range(6):
            if current.dep_ == "ccomp" and self.cues.is_speech_cue(current.head):
                outer = current.head
                return outer if verb.tag_ in next_act_forms(outer) and outer.i < verb.i else None
            if current.dep_ not in ("conj", "ccomp", "xcomp", "advcl") or current.head.i == current.i:
                return None
            current = current.head
        return None

    def _thing_acts_on(self, verb: Token) -> bool:
        """Whether a conjoined cue with a clause or to-clause of its own was hung on a verb whose
        active subject names no source ("the strikes hit only troops and urged residents to
        leave"): a thing cannot ask, vow or warn, so the cue is not its act."""
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
        return (
            bool(subjects)
            and all(c.dep_ == "nsubj" and self.cues.names_no_source(c) for c in subjects)
            and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
        )

    def risk_of_a_thing(self, verb: Token) -> bool:
        """Whether a conjoined verb of likelihood with a to-clause shares the subject of the verb
        it was hung on, a noun that names no source ("said the river was rising and threatened to
        flood the town"): what that thing is likely to do, not the speaker's next act."""
        if verb.lemma_.lower() not in self.cues.likelihood or not any(
            c.dep_ == "xcomp" for c in verb.children
        ):
            return False
        return any(c.dep_ in _SUBJECTS and self.cues.names_no_source(c) for c in verb.head.children)

    def _outer_of_participle(self, verb: Token) -> Token | None:
        """The cue whose reported clause a closing participle report of its speaker was hung in
        by the parse ("said the plant would close, blaming high prices", with "blaming" on
        "close"): a cue in the -ing form set off by a comma, with no subject or marker of its
        own, on a verb of the clause a speech cue reports whose subject names no one (a thing
        cannot blame or cite). Where that subject may be people, the participle is theirs and
        part of what was reported ("said the protesters marched, chanting slogans"), unless it
        carries on the speaker's talk with a clause of its own ("said she would run, adding that
        …": ``continuing``)."""
        if verb.tag_ != "VBG" or not self.cues.is_cue(verb):
            return None
        if comma_set_off(self.doc, verb.left_edge.i) is None:
            return None
        if any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in verb.children):
            return None
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
        continuing = verb.lemma_.lower() in self.cues.continuing and any(
            c.dep_ == "ccomp" for c in verb.children
        )
        people = [c for c in subjects if may_name_people(c)]
        if not continuing and (not subjects or people):
            return None
        if verb.lemma_.lower() in self.cues.continuing_own:
            # "Police said the crowd dispersed, adding that …": only the speaker goes on so.
            people = []
        current = verb.head
        for _ in range(6):
            if current.dep_ == "ccomp" and self.cues.is_speech_cue(current.head):
                outer = current.head
                if outer.i > verb.i or not all(_may_stand_for_speaker(c, outer) for c in people):
                    # "Police said the protesters marched, arguing that …": the protesters argued.
                    return None
                return outer
            if current.dep_ not in ("conj", "ccomp", "xcomp") or current.head.i == current.i:
                return None
            current = current.head
        return None

    def _parsed_subject(self, verb: Token) -> Token | None:
        current = self.outer_report(verb) or verb
        for _ in range(6):
            subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
            if subjects:
                # A quotation the parse made a second subject ("“My view, …,” the director said")
                # is what was said, not who said it.
                outside = [c for c in subjects if not self.geometry.inside_any_quote(c.idx)]
                above = None if outside else self._clause_around_quotation(verb, current)
                if above is not None:
                    # "mocked it -- “That sounds fine” -- and, pressed, insisting …": the subject of
                    # the quoted words is no speaker; the clause around the quotation has one.
                    current = above
                    continue
                # A heading with no full stop that the parse ran into the sentence gives a second
                # subject across a paragraph break ("Gains likely\n\nThe investor said, …").
                outside = [c for c in outside if not self._across_paragraphs(c, current)] or outside
                return _named_title(_nearest_set_off(outside) or (outside or subjects)[0], outside)
            if current.dep_ == "acl" and current.tag_ == "VBG":
                outer = self._clause_of_misread_head(current.head)
                if outer is not None:
                    current = outer
                    continue
            if current.dep_ == "relcl" or (current.dep_ == "acl" and current.tag_ == "VBG"):
                return self._behind_medium(current.head)
            if current.dep_ == "acl" and current.head.i < current.i and _main_verb_misread(current):
                # "The company, which expects cuts, confirmed that …" with "confirmed" hung on
                # "company": a finite verb has a subject, and the noun it was hung on is it.
                return current.head
            if current.dep_ == "pcomp" and current.head.lower_ in self.cues.gerund_preps:
                current = _past_adverb(current.head.head)
                continue
            if current.dep_ == "pcomp" and current.head.lower_ in self.cues.object_gerund_preps:
                governor = current.head.head
                found = next((c for c in governor.children if c.dep_ == "dobj" and c.i < current.i), None)
                if found is not None or self.cues.idle_gerund(current):
                    return found
                # With no object the verb's own subject said it ("apologized for saying", "was
                # criticized for saying").
                current = _past_adverb(governor)
                continue
            if current.dep_ not in _CLIMB or current.head.i == current.i:
                return None
            current = current.head
        return None

    def _clause_around_quotation(self, verb: Token, current: Token) -> Token | None:
        """The clause to climb on to when the climb from a cue outside quotation marks reached a
        verb inside them: its head, or, where the parse made the quoted verb the root, the clause
        before the quotation that it hung on that verb."""
        inside = self.geometry.inside_any_quote
        if current.i == verb.i or not inside(current.idx) or inside(verb.idx):
            return None
        if current.head.i != current.i:
            return current.head
        before = [
            c
            for c in current.children
            if c.i < current.i and c.pos_ in ("VERB", "AUX") and c.dep_ in ("ccomp", "advcl", "conj")
        ]
        return next((c for c in before if not inside(c.idx)), None)

    def _clause_of_misread_head(self, noun: Token) -> Token | None:
        """The verb whose subject says a participle the parse hung on a noun that cannot say it:
        a word of a quotation ("dodged it -- “No comment” -- and, when pressed, asserting …") or
        the object of an opening phrase that names no source ("hid the losses, in many cases
        reporting other figures"). None when the noun may be the speaker."""
        if self.geometry.inside_any_quote(noun.idx):
            current = noun
            for _ in range(6):
                if current.head.i == current.i:
                    return None
                current = current.head
                if not self.geometry.inside_any_quote(current.idx):
                    return current if current.pos_ in ("VERB", "AUX") else None
            return None
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and self.cues.names_no_source(noun):
            verb = noun.head.head
            return verb if verb.pos_ in ("VERB", "AUX") else None
        return None

    def _across_paragraphs(self, a: Token, b: Token) -> bool:
        """Whether a paragraph break stands between two tokens (the line breaks of a
        hard-wrapped paragraph are none)."""
        return self.geometry.paragraph_of(a.idx) != self.geometry.paragraph_of(b.idx)

    def _behind_medium(self, noun: Token) -> Token:
        """Who spoke through a medium a gerund hangs on ("spoke at a news conference announcing
        that …"): the subject of the verb the medium's phrase belongs to; the noun itself when
        it is no medium, a document that speaks for itself ("said in a statement announcing …")
        or nothing else speaks through it. A document someone publishes speaks for its publisher
        ("issued a statement saying …")."""
        lemma = noun.lemma_.lower()
        publisher = noun.head
        if (
            noun.dep_ == "dobj"
            and self.cues.sense_of.get(publisher.lemma_.lower()) in self.cues.document_object_senses
        ):
            # "The company issued a statement saying …": the publisher speaks through it.
            subject = self._parsed_subject(publisher)
            return subject if subject is not None else noun
        if lemma not in self.cues.media or lemma in self.cues.document_nouns:
            return noun
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return noun
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return noun
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        return subject if subject is not None else noun

    def attribution(
        self, cue: Token, window: tuple[int, int] | None = None, inverted_only: bool = False
    ) -> dict[str, Any]:
        """Speaker, cue and medium of a cue verb."""
        subject = None if inverted_only else self.subject_of(cue)
        if subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == cue.i:
            subject = self._agent_of(cue)
        if subject is not None and subject.i < cue.i and "\n" in self.text[subject.idx : cue.idx]:
            para_start = self.geometry.first_token_from(self.geometry.paragraph_of(cue.idx)[0])
            subject = self._preceding_subject(cue, para_start)
        if subject is None and window is not None:
            subject = self._preceding_subject(cue, window[0]) or self._inverted_subject(cue, window[1])
        lo, hi = cue.i, cue.i + 1
        for child in cue.children:
            if child.dep_ in ("aux", "auxpass", "neg", "prt") and abs(child.i - cue.i) <= 3:
                lo, hi = min(lo, child.i), max(hi, child.i + 1)
        result: dict[str, Any] = dict.fromkeys(SPEAKER_KEYS)
        result.update(
            {
                "cue": self.doc[lo:hi].text,
                "cue_start": self.doc[lo].idx,
                "cue_end": self.doc[hi - 1].idx + len(self.doc[hi - 1]),
                "medium": self.medium(cue),
                "cue_tokens": (cue.i,),
            }
        )
        result["speaker_kind"] = "unknown"
        if subject is not None:
            if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
                antecedent = _agreeing_antecedent(subject)
                lo = max(antecedent.left_edge.i, subject.i - _MAX_SPEAKER)
                hi = subject.i
                while hi > lo + 1 and self.doc[hi - 1].is_punct:
                    hi -= 1
                if not lo <= antecedent.i < hi:
                    lo, hi = antecedent.left_edge.i, antecedent.i + 1
                owner = self._owner_of_words(antecedent)
                if owner is not None:
                    # "made a remark that described …": the remark's maker said it.
                    speaker = self.speaker_from(owner, self.noun_phrase(owner))
                else:
                    speaker = self.speaker_from(antecedent, self.doc[lo:hi])
            elif subject.pos_ == "NOUN" and subject == self._name_before(cue) and subject.head.i != cue.i:
                # a subject read from the word before the cue: its determiner and numbers are
                # the phrase's the parse hung it in ("the $5 million experts say")
                k = subject.i
                while k > 0 and self.doc[k - 1].dep_ in ("amod", "compound") and self.doc[k - 1].head.i == k:
                    k -= 1
                speaker = self.speaker_from(subject, self.doc[k : subject.i + 1])
            else:
                speaker = self.speaker_from(subject, self.noun_phrase(subject))
            result.update(self._without_cue(speaker, result["cue_start"], result["cue_end"]))
        return result

    def _owner_of_words(self, noun: Token) -> Token | None:
        """Whose words a noun of saying is ("Lind's remark", "a remark by Lind", "Lind made a
        remark"): its possessor, its by/from phrase, or the subject of the verb that delivers it;
        None for any other noun."""
        cues = self.cues
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.nominal:
            return None
        owner = cues.owner_of_words(noun)
        if owner is not None:
            return owner
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() in cues.nominal_delivering:
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return None

    def _without_cue(self, speaker: dict[str, Any], cue_start: int, cue_end: int) -> dict[str, Any]:
        """The speaker phrase cut back to its side of the cue where an entity mention ran over it
        (a name tagged together with the verb after it, "Jo Lee explained")."""
        start, end = speaker["speaker_start"], speaker["speaker_end"]
        if not (start < cue_end and end > cue_start):
            return speaker
        if start < cue_start:
            end = cue_start
        else:
            start = cue_end
        text = self.text[start:end].strip(" \t\n,")
        if not any(c.isalnum() for c in text):
            return speaker
        start = self.text.index(text, start)
        return speaker | {"speaker_text": text, "speaker_start": start, "speaker_end": start + len(text)}

    @staticmethod
    def _agent_of(cue: Token) -> Token | None:
        """Who did the saying of a passive cue: the object of its "by" phrase ("was told by the
        guards"); its passive subject is who was told or what was said, never the speaker."""
        for child in cue.children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def _preceding_subject(self, cue: Token, start: int) -> Token | None:
        """A name between a quotation and its cue that the parse did not make the subject
        ("…,” Flynn, a top surrogate, said")."""
        for j in range(start, cue.i):
            t = self.doc[j]
            if t.is_punct or t.ent_type_ in _WHEN:
                continue
            if t.pos_ in ("PROPN", "PRON") or j in self.mention_at:
                while t.dep_ in ("compound", "flat") and start <= t.head.i < cue.i and t.head.i > t.i:
                    t = t.head
                return t
            return None
        return None

    def _inverted_subject(self, cue: Token, stop: int) -> Token | None:
        """The first noun after the cue in an inverted clause ("said Mr. Lee")."""
        for j in range(cue.i + 1, stop):
            t = self.doc[j]
            if t.ent_type_ in _WHEN:
                continue
            if t.pos_ in ("PROPN", "PRON", "NOUN") or j in self.mention_at:
                while t.dep_ in ("compound", "amod", "det", "poss") and t.head.i > t.i:
                    t = t.head
                return t
            if t.is_punct:
                return None
        return None

    def noun_phrase(self, head: Token) -> Span:
        """The speaker phrase of a subject head: its left edge up to its name-like right modifiers
        (a capitalised preposition belongs to a name: "Doctors Without Borders")."""
        para_start = self.geometry.first_token_from(self.geometry.paragraph_of(head.idx)[0])
        lo = max(head.left_edge.i, head.i - _MAX_SPEAKER, para_start)
        # A phrase the parse hung on a noun it made the root ("For instance, the scheme asked
        # for …") is no part of the speaker: the phrase starts after it.
        opening = [c for c in head.children if c.i < head.i and c.dep_ in ("prep", "advmod", "punct")]
        if head.dep_ == "ROOT" and opening:
            lo = max(lo, max(c.right_edge.i for c in opening) + 1)
        hi = head.i + 1
        if head.dep_ == "csubj":
            # A name the parse read as a clause ("Aid workers said", "Save the Children said").
            return self.doc[lo : min(head.right_edge.i + 1, head.i + _MAX_SPEAKER)]
        if head.pos_ not in ("NOUN", "PROPN", "PRON") and any(c.dep_ == "conj" for c in head.children):
            hi = min(head.right_edge.i + 1, head.i + _MAX_SPEAKER)
            return self.doc[lo:hi]
        for child in head.rights:
            if (
                child.dep_ in ("compound", "flat", "case", "nummod", "amod")
                or (
                    child.dep_ == "prep"
                    and (child.lower_ in ("of", "for", "at", "from", "with") or child.text[:1].isupper())
                    and child.i == hi
                )
                or _name_after_title(child, hi)
            ):
                hi = min(child.right_edge.i + 1, head.i + _MAX_SPEAKER)
            else:
                break
        return self.doc[lo:hi]

    def speaker_from(self, head: Token, span: Span) -> dict[str, Any]:
        """Speaker fields for a subject head and its phrase; the entity is the one mentioned at the head."""
        held = self.mention_at.get(head.i) or self._apposed_person(head)
        if held is None:
            for t in span:
                if t.i in self.mention_at and not _possessor(t, head):
                    held = self.mention_at[t.i]
        start, end = span.start_char, span.end_char
        if held is not None and held[1] < end and held[2] > start:
            start, end = min(start, held[1]), max(end, held[2])
        elif held is not None and held[1] >= end and not self.text[end : held[1]].strip(" ,"):
            # "The head of the agency, Jo Lee, said": the phrase runs on to the name it is
            # set beside, so the speaker is not cut at the title.
            end = held[2]
        while start < end - 1 and not self.text[start].isalnum() and not _opens_inside(self.text, start, end):
            start += 1
        if start > 0 and _opens_inside(self.text, start - 1, end):
            # the parse left the opening mark of a quoted word outside the phrase
            start -= 1
        return {
            "speaker": held[0] if held is not None else None,
            "speaker_text": self.text[start:end],
            "speaker_start": start,
            "speaker_end": end,
            "speaker_kind": self.kind_of(head, held),
        }

    def _apposed_person(self, head: Token) -> Mention | None:
        """The person an apposition names for a title or role ("The head of the agency, Jo Lee,
        said"): the speaker is that person, not the organisation in the title."""
        for child in head.children:
            if child.dep_ != "appos":
                continue
            for t in child.subtree:
                held = self.mention_at.get(t.i)
                if held is not None and self.entity_types.get(held[0]) == "PERSON":
                    return held
        return None

    def kind_of(self, head: Token, held: Mention | None) -> str:
        """What kind of source a speaker is: person, organisation, document or unnamed."""
        lexicon = self.cues
        if held is not None:
            kind = lexicon.entity_kinds.get(self.entity_types.get(held[0], ""))
            if kind is not None:
                return kind
        lemma = head.lemma_.lower()
        if head.pos_ == "PRON":
            return "person" if head.lower_ in lexicon.person_pronouns else "unnamed"
        if lemma in lexicon.document_nouns:
            return "document"
        if lemma in lexicon.organisation_nouns:
            return "organisation"
        if head.pos_ == "PROPN" and held is None:
            return "person"
        return "unnamed"

    def medium(self, cue: Token) -> str | None:
        """Where it was said: the publication told, or "in an interview with …", "on Twitter"."""
        for child in cue.children:
            if child.dep_ in ("dobj", "dative", "iobj") and cue.lemma_.lower() == "tell":
                return self._medium_phrase(child)
            if child.dep_ == "prep" and child.lower_ in ("in", "on", "to", "during", "at"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in self.cues.media:
                        for prep in obj.children:
                            if prep.dep_ == "prep" and prep.lower_ in ("with", "on", "to"):
                                for inner in prep.children:
                                    if inner.dep_ == "pobj":
                                        return self._medium_phrase(inner)
                        return self._medium_phrase(obj)
        return None

    def _medium_phrase(self, head: Token) -> str:
        held = self.mention_at.get(head.i)
        if held is None:
            for t in head.subtree:
                if t.i in self.mention_at and t.i <= head.i:
                    held = self.mention_at[t.i]
                    break
        if held is not None:
            start, end = held[1], held[2]
            first = self.geometry.token_at(start)
            if first > 0 and self.doc[first - 1].lower_ == "the":
                start = self.doc[first - 1].idx
            return self.text[start:end]
        return self.doc[head.left_edge.i : head.i + 1].text


_DASHES = frozenset(("--", "-", "\u2013", "\u2014"))


def _named_title(subject: Token, subjects: list[Token]) -> Token:
    """The name the parse made a second subject right after a title ("the bank's chief economist
    Lena Ortiz called …", with "economist" and "Ortiz" both subjects): the speaker is the name."""
    if subject.pos_ != "NOUN":
        return subject
    for other in subjects:
        if other.pos_ == "PROPN" and other.i > subject.i and other.left_edge.i == subject.i + 1:
            return other
    return subject


def _name_after_title(child: Token, hi: int) -> bool:
    """Whether a right child of a speaker's head is the name that follows its title with no comma
    ("the bank's chief economist Lena Ortiz", parsed as an apposition): the name is part of the
    speaker, not cut off after the title."""
    return (
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and child.left_edge.i == hi
        and all(t.pos_ == "PROPN" or t.dep_ in ("compound", "flat") for t in child.subtree)
    )


def _past_dateline(subject: Token) -> Token:
    """The subject of a sentence opened by a dateline that the parse made its subject, with the
    real subject in apposition or as a second subject ("BANGOR -- Union leader Paul Dube
    met …"): a place in capitals followed by a dash names where the story was filed, not
    who acted."""
    if not subject.is_upper or not subject.is_alpha or len(subject) < 3:
        return subject
    doc = subject.doc
    i = subject.i + 1
    while i < len(doc) and i <= subject.i + 4 and doc[i].text not in _DASHES:
        if not (doc[i].is_upper or doc[i].is_punct or doc[i].is_space):
            return subject
        i += 1
    if i >= len(doc) or doc[i].text not in _DASHES:
        return subject
    if any(t.text in _DASHES for t in doc[i + 1 : subject.head.i]):
        # "UNICEF -- the UN children's agency -- said": a second dash closes an aside on the subject.
        return subject
    apposed = [c for c in subject.children if c.dep_ == "appos" and c.i > i]
    apposed += [c for c in subject.head.children if c.dep_ in _SUBJECTS and c.i > i]
    return apposed[0] if apposed else subject


def _apposed_past_fronted_object(subject: Token) -> Token:
    """The name in apposition to a subject the parse took from a fronted phrase before a
    parenthetical cue ("To see the old harbour, Judge Jo Lee said, one should …", with "harbour"
    the subject and "Lee" its apposition): a noun right after a verb or preposition is that word's
    object, and the name set off after it by a comma is who spoke."""
    if subject.pos_ not in ("NOUN", "PROPN") or subject.i > subject.head.i:
        return subject
    if subject.left_edge.i == subject.sent.start:
        return subject
    before = subject.doc[subject.left_edge.i - 1]
    if before.pos_ not in ("VERB", "ADP"):
        return subject
    for child in subject.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and subject.doc[child.left_edge.i - 1].text == ",":
            return child
    return subject


def _opens_inside(text: str, start: int, end: int) -> bool:
    """Whether the mark at ``start`` opens a quotation or bracket that closes before ``end``
    ("“Centrist” senators"): part of the phrase, kept so that its marks stay balanced."""
    closer = _CLOSERS.get(text[start])
    return closer is not None and closer in text[start + 1 : end]


def _main_verb_misread(verb: Token) -> bool:
    """Whether a verb the parse hung on a noun before it as a participle is the sentence's main
    verb: tagged finite, or a past form reporting a clause on a noun the parse left as the root
    of its sentence ("The firm, which …, admitted on Tuesday that …")."""
    if verb.tag_ in _FINITE:
        return True
    return (
        verb.tag_ == "VBN"
        and verb.head.dep_ == "ROOT"
        and any(c.dep_ == "ccomp" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _nearest_set_off(subjects: list[Token]) -> Token | None:
    """Of two subjects the parse gave one verb ("People like him, she said."), the later one when
    a comma sets it off from the earlier: the earlier phrase is what was said, not who said it."""
    before = [c for c in subjects if c.i < c.head.i]
    if len(before) < 2:
        return None
    last = before[-1]
    comma = last.left_edge.i - 1
    if comma <= before[-2].right_edge.i or last.doc[comma].text != ",":
        return None
    return last


_SINGULAR_VERB = "VBZ"
_PLURAL_VERB = "VBP"


def _agreeing_antecedent(relative: Token) -> Token:
    """The noun a relative pronoun subject stands for: the one its relative clause hangs on, or
    the last noun inside that phrase right before the pronoun when only that one agrees in number
    with the clause's verb ("critics of the mayor, who has said …": the mayor)."""
    clause = relative.head
    head = clause.head
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i)]
    tense = next((v.tag_ for v in verbs if v.tag_ in (_SINGULAR_VERB, _PLURAL_VERB)), None)
    if tense is None:
        return head
    plural = tense == _PLURAL_VERB
    if _agrees(head, plural):
        return head
    inner = [t for t in head.subtree if head.i < t.i < relative.i and t.dep_ == "pobj"]
    inner = [t for t in inner if t.pos_ in ("NOUN", "PROPN")]
    return inner[-1] if inner and _agrees(inner[-1], plural) else head


_SINGULAR_PRONOUNS = frozenset(("he", "she", "it"))


def _may_stand_for_speaker(subject: Token, cue: Token) -> bool:
    """Whether the subject of a reported clause may be the cue's speaker, so that a participle
    closing the clause may be either's ("the club said it would appeal, arguing …"): a personal
    pronoun agreeing in number with the cue's subject, not a noun phrase naming other people
    ("said the protesters marched, arguing …") nor "he" after "Police said"."""
    if subject.pos_ != "PRON":
        return False
    speaker = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    if speaker is None:
        return True
    if speaker.pos_ == "PRON":
        return (speaker.lower_ in _SINGULAR_PRONOUNS | {"i"}) == (subject.lower_ in _SINGULAR_PRONOUNS)
    return _agrees(speaker, subject.lower_ not in _SINGULAR_PRONOUNS) or speaker.tag_ not in (
        "NN",
        "NNP",
        "NNS",
        "NNPS",
    )


def _agrees(noun: Token, plural: bool) -> bool:
    """Whether a noun's number is the one a verb asks for."""
    return noun.tag_ in (("NNS", "NNPS") if plural else ("NN", "NNP"))
