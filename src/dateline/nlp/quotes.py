"""``dateline_quotes``: direct, mixed and indirect quotes with speaker, cue and medium.

Direct quotes are paired quotation marks attributed by a cue clause right after them
("“…,” Stoltenberg told the Guardian", "“…” ― Jane Doe") or right before them ("He says:
“…”"); two quotations around one cue clause are one quote ("“A,” he said, “B.”"); a
quotation that opens a paragraph with no cue of its own goes to the speaker of the quote just
before. A line that opens with a speaker label ("PENCE: Well, …", "Caddell: …"), also after the
quotation mark of a quoted transcript, is quoted speech; so is each answer of a
question-and-answer interview ("Q: …" / "A: …"), by the person it introduces, and the paragraph
after a cue clause that ends its own paragraph in a colon ("The engineer explained:").
Indirect quotes are what cue verbs report: a clause ("X said that …", "…, X said"), an object,
a to-clause or a prepositional object for the verbs that take one ("X cited …", "X vowed to
…", "X called for …"), a sentence around a parenthetical or "as" cue clause ("…, she
said, …", "As X pointed out, …"), and "according to X" sentences; an indirect quote whose
content holds quotation marks is mixed. Speakers are linked to ``doc._.entities`` (pronoun and
nominal mentions included). Cues, media nouns and line labels are data
(``ontology/quote_cues.json``). Work is linear in the length of the text.

The work is split by question: where text sits (``quote_geometry``, ``quote_marks``), which
verbs report speech (``quote_cues``), who said it (``quote_speakers``, ``quote_credit``) and
what was said (``quote_content``); this module walks the document and assembles the records.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.language import Language
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from .contract import dateline_component
from .doc_index import doc_text, fixed_ents, token_indices, token_strings
from .quote_content import (
    anaphoric_report,
    content_of,
    continued_after,
    fronted_of,
    fronted_part,
    parenthetical_of,
    passive_as_source,
    past_scene_opening,
    split_subject_report,
    timed_by_saying,
)
from .quote_credit import header, trailer
from .quote_cues import cues, says_what
from .quote_geometry import MARK_CHARS, QuoteGeometry, has_mark, strip_span, written_as_title
from .quote_inverted import misread_inversions
from .quote_marks import QuoteMarks, pair_quotes
from .quote_speakers import CUE_KEYS, SPEAKER_KEYS, Attributor, passive_participle

_NEXT_PARAGRAPH = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)*[\"\u201c](?=\S)")
# Share of the longer words of a line written with a capital that makes it a title-case headline.
_TITLE_CASE_SHARE = 0.8
_TITLE_MAX_CHARS = 300  # a longer first line is body text, not a headline
_PARAGRAPH_END = re.compile(r"\n[ \t\u00a0]*\n")
# Words that may link a report to a quotation that carries it on (", but she knows that").
_LINK_WORDS = 6
# Linking words with a relative word or a subject other than a pronoun open another clause, of the
# writer or of someone else (", which critics called", ", and papers printed"): the quotation that
# follows is not the report's (", but she knows that" keeps the speaker).
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LABEL = re.compile(r"(?:^|\n)[ \t\u00a0]*([^\n:]{2,60}?):[ \t\u00a0]+(?=\S)")
# The turns of a question-and-answer interview ("Q: Why did you run?" / "A: Nobody else would.").
_INTERVIEW_TURN = re.compile(r"(?m)^[ \t\u00a0]*(Q|A|Question|Answer)[ \t\u00a0]*:[ \t\u00a0]*(?=\S)")
# A paragraph that ends in a colon, and the start of the next one.
_COLON_PARAGRAPH_END = re.compile(r":[ \t\u00a0]*\n[\s\u00a0]*(?=\S)")
_MIN_BLOCK_WORDS = 8  # a shorter paragraph after a colon is a list item or a label
_MIN_TURNS = 2  # questions and answers each: fewer is no interview but a stray label
# words that tell a question-and-answer text is an interview with someone, not an explainer
INTERVIEW_WORDS = frozenset({"interview", "conversation", "speak", "talk", "sit"})
# verbs whose subject asks the questions
_ASKING_VERBS = frozenset({"ask", "interview", "question"})
# words of the first and second person: a paragraph with one speaks, it does not report
_SPEAKING_PERSONS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


class QuoteFinder:
    """Find quotes and attribute them."""

    def __init__(
        self, nlp: Language, name: str, min_direct_words: int, max_quotes: int, object_cues: bool
    ) -> None:
        self.name = name
        self.min_direct_words = min_direct_words
        self.max_quotes = max_quotes
        self.object_cues = object_cues
        self.cues = cues()

    def __call__(self, doc: Doc) -> Doc:
        with fixed_ents(doc):
            doc._.quotes = self.predict(doc)
        return doc

    def predict(self, doc: Doc) -> list[dict[str, Any]]:
        """Quotes as record dicts, in text order."""
        if not len(doc):
            return []
        marks, unpaired = pair_quotes(doc_text(doc))
        if doc._.warnings is None:
            doc._.warnings = []
        if unpaired:
            doc._.warnings.append(
                f"quotes: {unpaired} quotation mark(s) could not be paired; "
                "quote boundaries near them may be wrong"
            )
        if len(marks) > self.max_quotes:
            doc._.warnings.append(
                f"quotes: {len(marks)} quotations, only the first {self.max_quotes} were attributed"
            )
            marks = marks[: self.max_quotes]
        attributor = Attributor(QuoteGeometry(doc, marks), self.cues)
        consumed: set[int] = set()
        found = self._direct(attributor, consumed)
        found += self._labelled(attributor)
        found += self._interview(attributor, found)
        found += self._block_after_colon(attributor)
        found += self._clause_after_colon(attributor)
        attributor.geometry.freeze_covered()
        found += self._indirect(attributor, consumed)
        found += self._according_to(attributor)
        found += self._in_document(attributor)
        found += self._nominal(attributor)
        found += misread_inversions(attributor, found)
        notes = _newsroom_notes(attributor.geometry.text, self.cues.newsroom_notes)
        if notes:
            found = [q for q in found if not any(a <= q["start"] < b for a, b in notes)]
        return _dedupe(found, attributor.geometry.text)

    def _direct(self, attributor: Attributor, consumed: set[int]) -> list[dict[str, Any]]:
        """Quotations attributed by a cue clause around them, or carrying on the quote before."""
        geo = attributor.geometry
        marks = geo.marks
        results: list[dict[str, Any]] = []
        previous: dict[str, Any] | None = None
        previous_end = -1
        i = 0
        while i < len(marks):
            mark = marks[i]
            i += 1
            words = geo.word_count(*mark.inner)
            short = words < self.min_direct_words
            said = short and self._said_right_before(attributor, mark)
            if not words or (short and geo.embedded(mark) and not said):
                continue
            attribution = trailer(attributor, mark)
            if attribution is None and (not short or said):
                attribution = header(attributor, mark)
            if short and attribution is None and (previous is None or not self._runs_on(geo, previous, mark)):
                continue
            end = mark.end
            parts = [strip_span(geo.text, mark.start, mark.end)]
            if (
                attribution is None
                and i < len(marks)
                and not (previous and self._runs_on(geo, previous, mark))
            ):
                attribution = self._credit_of_next(attributor, mark, marks[i])
                if attribution is not None:
                    end = marks[i].end
                    parts.append(strip_span(geo.text, marks[i].start, marks[i].end))
                    i += 1
            if attribution is not None and attribution.get("clause_end") and i < len(marks):
                nxt = marks[i]
                between = geo.tokens_in(attribution["clause_end"], nxt.start)
                nxt_words = geo.word_count(*nxt.inner)
                if (
                    (nxt_words >= self.min_direct_words or (nxt_words and not geo.embedded(nxt)))
                    and geo.continues(attribution["clause_end"], nxt.start)
                    and not any(self.cues.is_speech_cue(t) for t in between)
                ):
                    end = nxt.end
                    parts.append(strip_span(geo.text, nxt.start, nxt.end))
                    i += 1
            if attribution is None and previous is not None and self._runs_on(geo, previous, mark):
                previous["parts"] = [*(previous["parts"] or [(previous["start"], previous["end"])])]
                previous["parts"].append(strip_span(geo.text, mark.start, mark.end))
                previous["end"] = strip_span(geo.text, previous["start"], mark.end)[1]
                previous["text"] = geo.text[previous["start"] : previous["end"]]
                geo.cover(mark.start, mark.end)
                previous_end = mark.end
                continue
            if attribution is None:
                if geo.embedded(mark):
                    continue
                if previous is None or previous.get("speaker_text") is None:
                    continue
                gap = geo.paragraphs_between(previous_end, mark.start)
                if gap > 2 or (gap and not geo.opens_paragraph(mark.start)):
                    continue
                attribution = dict.fromkeys(SPEAKER_KEYS + CUE_KEYS)
                attribution["speaker_kind"] = "unknown"
                if not gap or self._turn_goes_on(geo, previous, previous_end, mark):
                    attribution.update({k: previous[k] for k in SPEAKER_KEYS})
            kind, begin = "direct", mark.start
            if attribution.get("clause_end") and geo.embedded(mark):
                kind, begin = "mixed", geo.sentence_start(mark.start)
                again = (attribution.get("speaker_text") or "").lower() in self.cues.person_pronouns
                earlier = self._earlier_report(attributor, begin, mark.start) if again else None
                if earlier is not None:
                    # "Lee said she felt the law was unfair because “…,” she said": one report,
                    # from the first cue's clause, by its speaker.
                    begin, cue = earlier
                    first = attributor.attribution(cue)
                    if first.get("speaker_text") is not None:
                        attribution = {**attribution, **{k: first.get(k) for k in SPEAKER_KEYS + CUE_KEYS}}
                    consumed.add(cue.i)
                else:
                    opening = geo.token_at(begin)
                    begin = geo.doc[past_scene_opening(attributor, opening, geo.token_at(mark.start))].idx
            elif attribution.get("cue_tokens") and not attribution.get("clause_end"):
                lead = self._lead_in(attributor, attribution, mark)
                if lead is not None:
                    kind, begin = "mixed", lead[0]
                    end = _past_quotation(geo, mark, lead[1], marks[i].start if i < len(marks) else None)
            start, stop = strip_span(geo.text, begin, end)
            parts[0] = strip_span(geo.text, begin, parts[0][1])
            quote = {"kind": kind, "text": geo.text[start:stop], "start": start, "end": stop}
            quote["parts"] = parts if len(parts) > 1 else None
            quote.update({k: attribution.get(k) for k in SPEAKER_KEYS + CUE_KEYS})
            consumed.update(attribution.get("cue_tokens", ()))
            geo.cover(mark.start, end)
            results.append(quote)
            previous, previous_end = quote, end
        return results

    def _earlier_report(self, attributor: Attributor, start: int, stop: int) -> tuple[int, Token] | None:
        """The clause a speech cue earlier in the sentence reports, when it runs on into a
        quotation that a cue clause after it credits again with a pronoun ("Lee said she felt
        the law was unfair because “nobody asked,” she said"): the start of that clause and the
        cue."""
        geo = attributor.geometry
        for token in geo.tokens_in(start, stop):
            if not self.cues.is_speech_cue(token) or geo.inside_any_quote(token.idx):
                continue
            content = content_of(attributor, token, self.object_cues)
            if content is None or content[2] or content[0] <= token.i:
                continue
            first = geo.doc[content[0]].idx
            if first < stop and self.cues.statement_use(token, True):
                return first, token
        return None

    def _said_right_before(self, attributor: Attributor, mark: QuoteMarks) -> bool:
        """Whether a quotation is what the speech verb right before it says, with its speaker as
        subject ("The goalkeeper screamed “Mine!”", "she cried “Help us!”"), so that a short
        one is a quote too; not a label or a name ("so-called “experts”", "a box labeled “…”"), nor
        a title ("hummed “Moon River”")."""
        doc = attributor.doc
        i = attributor.geometry.token_at(mark.start) - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or not self.cues.is_speech_cue(doc[i]) or doc[i].dep_ in ("amod", "acl", "relcl"):
            return False
        deps = {c.dep_ for c in doc[i].children}
        if "nsubj" not in deps or "auxpass" in deps:
            return False
        geo = attributor.geometry
        lemma = doc[i].lemma_.lower()
        if lemma in self.cues.performing and written_as_title(geo.text[mark.inner[0] : mark.inner[1]]):
            return False
        # It ends the sentence, or the speaker's next act follows a verb of speaking ("screamed
        # “Mine!” and dived"; not "read “Bleak House” and fell asleep"): a quotation going on
        # into more words is part of a mixed report. Not after a verb that performs a set text
        # ("sang “Silent Night” and filed out"): that names what was performed.
        last = geo.sents[geo.token_at(max(mark.start, mark.end - 1))][1]
        rest = geo.text[mark.end : doc[last - 1].idx + len(doc[last - 1])].split("\n", 1)[0]
        if not any(c.isalnum() for c in rest):
            return True
        spoken = self.cues.sense_of.get(lemma) == "speech" and lemma not in self.cues.performing
        return spoken and _next_act_after(doc[i], geo.first_token_from(mark.end))

    @staticmethod
    def _credit_of_next(attributor: Attributor, mark: QuoteMarks, nxt: QuoteMarks) -> dict[str, Any] | None:
        """The credit of a quotation right after an uncredited one in the same paragraph ("“A.”
        “B,” she said."): both are hers."""
        geo = attributor.geometry
        gap = geo.text[mark.end : nxt.start]
        if gap.strip() or "\n" in gap or geo.embedded(mark):
            return None
        return trailer(attributor, nxt)

    def _lead_in(
        self, attributor: Attributor, attribution: dict[str, Any], mark: QuoteMarks
    ) -> tuple[int, int] | None:
        """Start and end of the words a cue before a quotation reports around it ("said she has
        the quality for the job: “Steadiness …”"): what was said runs from the start through the
        quotation, and on to the end when the report goes on after it; None when the quotation
        follows the cue clause directly ("He said: “…”")."""
        geo = attributor.geometry
        cue_tokens = attribution.get("cue_tokens") or ()
        if len(cue_tokens) != 1:
            return None
        content = content_of(attributor, geo.doc[cue_tokens[0]], self.object_cues)
        if content is None:
            return None
        lo, hi, _ = content
        if any(
            self.cues.names_document(t)
            for t in geo.doc[lo:hi]
            if t.dep_ == "dobj" and t.head.i == cue_tokens[0]
        ):
            # "issued a statement Monday: “…”": the document is where it was said, not what.
            return None
        start, end = geo.doc[lo].idx, geo.doc[hi - 1].idx + len(geo.doc[hi - 1])
        if not start < mark.start or (mark.start > end and geo.text[end : mark.start].strip(" :,")):
            return None
        words = [t for t in geo.tokens_in(start, mark.start) if t.is_alpha and t.lower_ != "that"]
        return (start, end) if len(words) >= 2 else None

    @staticmethod
    def _turn_goes_on(
        geo: QuoteGeometry, previous: dict[str, Any], previous_end: int, mark: QuoteMarks
    ) -> bool:
        """Whether an uncued quotation that fills the paragraph after a quote carries on its
        speaker's turn, as a newswire paragraph of quotation alone does ("“A,” she said.¶“B.”"):
        the quote before is a quotation whose paragraph ends with its own cue clause, with no
        sentence of the writer's after it that could bring in someone else ("“A,” she said.
        Critics disagree.¶“B.”" leaves B uncredited), and with no paragraph between the two
        ("“A,” she said.¶Critics disagree.¶“B.”" neither)."""
        if previous["kind"] not in ("direct", "mixed") or previous.get("cue") is None:
            return False
        mark_paragraph_start, mark_paragraph_end = geo.paragraph_of(mark.start)
        if any(c.isalnum() for c in geo.text[mark.end : mark_paragraph_end]):
            return False
        _, previous_paragraph_end = geo.paragraph_of(max(previous_end - 1, 0))
        between = geo.text[previous_paragraph_end:mark_paragraph_start]
        if previous_paragraph_end > mark.start or between.strip():
            return False
        tail = geo.text[previous_end:previous_paragraph_end]
        return sum(tail.count(c) for c in ".!?") <= 1

    @staticmethod
    def _runs_on(geo: QuoteGeometry, previous: dict[str, Any], mark: QuoteMarks) -> bool:
        """Whether an uncued quotation carries on the quote before it in the same paragraph.

        Only the previous quote's own cue clause ("“A,” she said. “B.”") or nothing at all may
        stand between them.
        """
        if previous["kind"] not in ("direct", "mixed") or previous["end"] > mark.start:
            return False
        between = geo.text[previous["end"] : mark.start]
        if "\n" in between or geo.embedded(mark):
            return False
        if not any(c.isalnum() for c in between):
            return True
        cue_start = previous.get("cue_start")
        if cue_start is None or not previous["end"] <= cue_start < mark.start:
            return False
        # The closing mark of a quotation that ends in "!" or "?" may fall in the sentence before.
        words = [t for t in geo.tokens_in(previous["end"], mark.start) if not t.is_space and not t.is_punct]
        return len({geo.sents[t.i] for t in words}) <= 1

    def _interview(self, attributor: Attributor, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The answers of a question-and-answer interview ("Q: …" / "A: …" lines, two of each at
        least): each answer, with the paragraphs after it that go on in its voice (``_answer_end``),
        is the words of the person the article names most before its first question (the one
        interviewed), or of no one known. The questions are the interviewer's, not a source's. An
        answer that credits its own quotation ("A: “They were not paid,” she said.") is left to
        the quotes already ``found``."""
        geo = attributor.geometry
        turns = [(m.group(1)[0].upper(), m.start(), m.end()) for m in _INTERVIEW_TURN.finditer(geo.text)]
        if sum(t[0] == "Q" for t in turns) < _MIN_TURNS or sum(t[0] == "A" for t in turns) < _MIN_TURNS:
            return []
        first_question = next(start for kind, start, _ in turns if kind == "Q")
        speaker = self._interviewee(attributor, first_question)
        results = []
        for n, (kind, label_start, start) in enumerate(turns):
            if kind != "A":
                continue
            limit = turns[n + 1][1] if n + 1 < len(turns) else len(geo.text)
            _, own_end = geo.paragraph_of(start)
            if _cued_within(found, start, min(own_end, limit)):
                continue
            start, end = strip_span(geo.text, start, self._answer_end(attributor, start, limit, found))
            if geo.alpha_count(start, end) < 3 or geo.inside_any_quote(label_start):
                continue
            geo.cover(start, end)
            kind_of = "mixed" if geo.marks_overlapping(start, end) else "indirect"
            label_end = start - 1 if geo.text[start - 1] == ":" else geo.text.rindex(":", label_start, start)
            results.append(_colon_quote(geo.text, kind_of, start, end, speaker, label_end, None, "direct"))
        return results

    def _answer_end(self, attributor: Attributor, start: int, limit: int, found: list[dict[str, Any]]) -> int:
        """End of an interview answer opening at ``start``: its own paragraph and the paragraphs
        after it, up to ``limit`` (the next turn), while they go on in the same voice. A paragraph
        in brackets ("(The interview has been edited.)"), one holding a cued quotation, or one in
        the writer's voice (no word of the first or second person, and a speech cue or a named
        person as a subject: "The mill's owner, Bo Hale, declined to comment.") ends it."""
        geo = attributor.geometry
        _, end = geo.paragraph_of(start)
        end = min(end, limit)
        while True:
            nxt = end
            while nxt < limit and geo.text[nxt].isspace():
                nxt += 1
            if nxt >= limit:
                return end
            _, paragraph_end = geo.paragraph_of(nxt)
            paragraph_end = min(paragraph_end, limit)
            if geo.text[nxt] in "([" or _cued_within(found, nxt, paragraph_end):
                return end
            if self._writers_voice(list(geo.tokens_in(nxt, paragraph_end))):
                return end
            end = paragraph_end

    def _writers_voice(self, tokens: list[Token]) -> bool:
        """Whether a paragraph tells of others rather than speaking: no word of the first or
        second person, and a verb of speaking or a named person as a subject."""
        if any(t.lower_ in _SPEAKING_PERSONS for t in tokens):
            return False
        for t in tokens:
            if t.dep_ in _SUBJECTS and any(w.ent_type_ == "PERSON" for w in t.subtree):
                return True
            if t.pos_ == "VERB" and t.lemma_.lower() in self.cues.sense_of:
                return True
        return False

    @staticmethod
    def _interviewee(attributor: Attributor, before: int) -> dict[str, Any]:
        """Speaker fields of the person named most often before ``before`` (ties: the first) when
        the text there tells of an interview ("in an interview", "spoke to"); not the writer of a
        byline ("By Ana Ruiz") nor who asks ("Ruiz asked Hale"). Otherwise unknown: an explainer's
        questions are answered by its writer."""
        doc = attributor.geometry.doc
        unknown = dict.fromkeys(SPEAKER_KEYS) | {"speaker_kind": "unknown"}
        intro = [t for t in doc if t.idx < before]
        if not any(t.lemma_.lower() in INTERVIEW_WORDS for t in intro):
            return unknown
        best: tuple[int, int, dict[str, Any]] | None = None
        for entity in doc._.entities or []:
            if entity.get("type") != "PERSON":
                continue
            mentions = [m for m in entity["mentions"] if m["end"] <= before]
            if any(_interviewer(doc, m) for m in mentions):
                continue
            if not mentions:
                continue
            first = min(mentions, key=lambda m: m["start"])
            key = (len(mentions), -first["start"])
            if best is None or key > best[:2]:
                best = (*key, first)
        if best is not None:
            span = doc.char_span(best[2]["start"], best[2]["end"], alignment_mode="expand")
            if span is not None:
                found = attributor.speaker_from(span.root, span)
                return {k: found.get(k) for k in SPEAKER_KEYS}
        return unknown

    def _labelled(self, attributor: Attributor) -> list[dict[str, Any]]:
        """Lines opened by a speaker label: "PENCE: Well, …", "Caddell: It's in their heads"."""
        geo = attributor.geometry
        results = []
        for match in _LABEL.finditer(geo.text):
            label_start, label_end = match.span(1)
            name_end = label_end
            label = match.group(1).strip().strip("\"'\u201c\u201d")
            topic = _topic_of(label)
            if topic and geo.text[match.end()] in MARK_CHARS:
                # "Smith on the tax plan: “…”": the name before "on" is the speaker.
                label = label[:topic]
                name_end = label_start + match.group(1).index(label) + len(label)
            if not label or label.lower() in self.cues.labels or not _looks_like_name(label):
                continue
            if label.split()[0].lower() in self.cues.salutations:
                # "Dear Abby: …": who is addressed, not who speaks.
                continue
            opened = geo.text[label_start] in MARK_CHARS
            while label_start < label_end and geo.text[label_start] in MARK_CHARS:
                label_start += 1
            if geo.inside_any_quote(label_start) and not opened:
                continue
            line_end = geo.text.find("\n", match.end())
            line_end = len(geo.text) if line_end < 0 else line_end
            start, end = strip_span(geo.text, match.end(), line_end)
            if geo.alpha_count(start, end) < 3:
                continue
            span = geo.doc.char_span(label_start, name_end, alignment_mode="expand")
            if span is None:
                continue
            someone = attributor.names_someone(span)
            if not someone and not self._names_a_source(span):
                continue
            if self._topic_label(attributor, span, start, end):
                continue
            speaker = attributor.speaker_from(span.root, span)
            parts = [(start, end)]
            if opened:
                parts += _turn_goes_on(geo.text, line_end)
            # Direct only when the line is one quotation ("Smith on the war: “…”"); a quoted
            # transcript opens its mark before the label, so its words are reported, mixed when
            # they hold a quotation.
            marks = geo.marks_overlapping(start, end)
            inner = [m for m in marks if any(a <= m.start < b for a, b in parts)]
            if len(parts) == 1 and any(label_end <= m.start <= start and end <= m.end for m in marks):
                kind = "direct"
            else:
                kind = "mixed" if inner else "indirect"
            for a, b in parts:
                geo.cover(a, b)
            end = parts[-1][1]
            # A speaker's line wins over quotations read across it, as a direct quote would.
            ranked_as = "direct" if someone else kind
            several = parts if len(parts) > 1 else None
            results.append(_colon_quote(geo.text, kind, start, end, speaker, label_end, several, ranked_as))
        return results

    def _block_after_colon(self, attributor: Attributor) -> list[dict[str, Any]]:
        """A paragraph of unmarked words after a cue clause that closes its own paragraph with a
        colon ("The engineer explained:¶The bridge is old. It needs new cables."): a block quotation
        whose indent the page lost, so the whole next paragraph is what was said, credited as a
        quotation after that clause would be. Not when the cue reports words of its own before the
        colon ("said the plan has three parts:"), reports no words ("spoke for an hour:"), makes no
        statement ("plans to tell them:", "did not say:"), nor when the paragraph has a cue clause
        of its own ("…, she wrote."): it keeps its own speaker."""
        geo = attributor.geometry
        text = geo.text
        results = []
        for match in _COLON_PARAGRAPH_END.finditer(text):
            if text[match.end()] in MARK_CHARS or geo.inside_any_quote(match.start()):
                continue
            start, end = strip_span(text, *geo.paragraph_of(match.end()))
            if geo.inside_covered(start) or geo.word_count(start, end) < _MIN_BLOCK_WORDS:
                continue
            if text[end - 1] not in ".!?\u2026" or _LABEL.match(text, start - 1):
                continue
            attribution = header(attributor, QuoteMarks(start, end))
            cue_tokens = (attribution or {}).get("cue_tokens") or ()
            if attribution is None or attribution.get("speaker_text") is None or len(cue_tokens) != 1:
                continue
            cue = geo.doc[cue_tokens[0]]
            if cue.lemma_.lower() not in self.cues.clausal:
                # "spoke for an hour:": a verb that reports no words of its own introduces none.
                continue
            if any(c.dep_ == "neg" for c in cue.children) or not self.cues.statement_use(cue, True):
                continue
            if any(c.dep_ in _SUBJECTS and self.cues.says_no_one(c) for c in cue.children):
                continue
            if any(self._set_off_cue(t) for t in geo.tokens_in(start, end)):
                continue
            content = content_of(attributor, cue, self.object_cues)
            if content is not None and geo.doc[content[0]].idx < start:
                continue
            kind = "mixed" if geo.marks_overlapping(start, end) else "indirect"
            quote = {"kind": kind, "text": text[start:end], "start": start, "end": end, "parts": None}
            quote.update({k: attribution.get(k) for k in SPEAKER_KEYS + CUE_KEYS})
            geo.cover(start, end)
            results.append(quote)
        return results

    def _clause_after_colon(self, attributor: Attributor) -> list[dict[str, Any]]:
        """The unmarked clause after a colon that closes a clause about someone's words ("The
        senator's message was clear: the plan is dead.", "The mayor gave a short answer: the
        money has run out."): what the words said, to the end of the sentence, credited to the
        owner of the noun of saying as a quotation after the colon would be. Not after a noun
        with no owner ("The answer is simple: …", the writer's), nor a phrase with no clause of
        its own ("…: no deal without a rise")."""
        geo = attributor.geometry
        doc = geo.doc
        text = geo.text
        results = []
        for i in token_indices(doc, ORTH, (":",)):
            colon = doc[i]
            if colon.i + 1 >= len(doc) or geo.inside_any_quote(colon.idx):
                continue
            first = doc[colon.i + 1]
            if first.is_space or has_mark(first.text) or geo.inside_covered(first.idx):
                continue
            sentence = first.sent
            words = [t for t in doc[first.i : sentence.end] if not has_mark(t.text)]
            if len(words) != len(doc[first.i : sentence.end]) or not _finite_clause(words):
                continue
            start, end = strip_span(text, first.idx, sentence.end_char)
            end -= text[end - 1] == "."
            attribution = header(attributor, QuoteMarks(start, end))
            cue_tokens = (attribution or {}).get("cue_tokens") or ()
            if attribution is None or attribution.get("speaker_text") is None or len(cue_tokens) != 1:
                continue
            noun = doc[cue_tokens[0]]
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.cues.nominal:
                # A verb before the colon ("wouldn't answer: …") asks or reports on its own.
                continue
            if not self._wording_described(noun, colon):
                continue
            quote = {"kind": "indirect", "text": text[start:end], "start": start, "end": end, "parts": None}
            quote.update({k: attribution.get(k) for k in SPEAKER_KEYS + CUE_KEYS})
            geo.cover(start, end)
            results.append(quote)
        return results

    def _wording_described(self, noun: Token, colon: Token) -> bool:
        """Whether a clause about a noun of saying before a colon leads into what was said: a
        predicate of wording or tone ("The general's warning was blunt: …", ``wording_predicates``)
        or a noun given out ("gave a simple answer: …"). A judgement of the words or a deed
        ("The senator's statement was false: …", "His answer was a shrug: …") leads into the
        writer's own clause."""
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return True
        predicate = next(
            (c for c in noun.head.children if c.dep_ in ("acomp", "attr") and c.i < colon.i), None
        )
        return predicate is None or predicate.lemma_.lower() in self.cues.wording_predicates

    def _set_off_cue(self, token: Token) -> bool:
        """Whether a token is the cue of a cue clause set off by a comma or a dash, with a subject
        of its own ("…, she wrote.", "The plan, he said, will fail", "…, said the mayor.")."""
        if not self.cues.is_speech_cue(token) or not self.cues.statement_use(token, True):
            return False
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is None or token.dep_ == "relcl" or subject.tag_ in ("WP", "WDT"):
            return False
        first = min(token.i, subject.left_edge.i)
        return first > 0 and token.doc[first - 1].text in (",", "--", "\u2014", "\u2013")

    def _topic_label(self, attributor: Attributor, label: Span, start: int, end: int) -> bool:
        """Whether a line label names a place or a topic whose line reports someone else's words
        ("Syria: Rebels say they hold the airport", "Gaza: UN warns of famine"): a headline's
        kicker, not a speaker; a person's label keeps its line ("Clinton: He says …", "PENCE: …" in
        a transcript)."""
        letters = [c for c in label.text if c.isalpha()]
        if any(t.ent_type_ == "PERSON" for t in label) or all(c.isupper() for c in letters):
            # "PENCE: …": a transcript's speaker, whatever the line says.
            return False
        geo = attributor.geometry
        return any(
            self.cues.is_speech_cue(t)
            and attributor.subject_of(t) is not None
            and not geo.inside_any_quote(t.idx)
            for t in geo.tokens_in(start, end)
        )

    def _names_a_source(self, label: Span) -> bool:
        """A line label that names a kind of source rather than someone ("Poll: …", "Police: …",
        "Study: …"): its last word is a document or organisation noun."""
        lemma = label[-1].lemma_.lower()
        return lemma in self.cues.document_nouns or lemma in self.cues.organisation_nouns

    def _indirect(self, attributor: Attributor, consumed: set[int]) -> list[dict[str, Any]]:
        """What cue verbs report outside the quotations already attributed."""
        geo = attributor.geometry
        doc = geo.doc
        results = []
        # a cue's lemma is a statement cue's (``Cues.is_cue``): the other tokens are never made
        lemmas = token_strings(doc, LEMMA)
        for i, lemma in enumerate(lemmas):
            if i in consumed or not self.cues.any(lemma.lower()):
                continue
            token = doc[i]
            if not self.cues.is_cue(token):
                continue
            if geo.inside_covered(token.idx) or geo.inside_any_quote(token.idx):
                continue
            content = content_of(attributor, token, self.object_cues)
            if content is None or split_subject_report(token):
                quote = self._parenthetical(attributor, token)
                if quote is None and content is None:
                    quote = self._fronted(attributor, token)
                if quote is not None:
                    results.append(quote)
                    continue
                if content is None:
                    continue
            lo, hi, content_rank = content
            if not self.cues.statement_use(token, content_rank == 0):
                continue
            if self.cues.asks_anonymity(token, lo, hi):
                # A request to stay unnamed ("a diplomat, who asked that her name be withheld, …") is no news.
                continue
            if content_rank and not self._documented(attributor, token):
                continue
            if not self._published_document(token, lo, hi) or self._names_a_text_only(token, lo, hi):
                continue
            start, end = strip_span(geo.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
            start, end = geo.clip_to_paragraph(token.idx, start, end)
            if lo > token.i:
                end = _to_title_end(geo.text, token.idx, start, end)
                end = self._on_to_quotation(attributor, token, start, end)
            if end - start < 2 or geo.alpha_count(start, end) < (2 if content_rank == 0 else 1):
                continue
            inside = geo.marks_overlapping(start, end)
            kind = "indirect"
            if inside:
                words = [t for t in geo.tokens_in(start, end) if t.is_alpha]
                quoted = [t for t in words if any(m.start < t.idx < m.end for m in inside)]
                kind = "direct" if words and len(quoted) == len(words) else "mixed"
                start, end = strip_span(geo.text, min(start, inside[0].start), max(end, inside[-1].end))
            attribution = attributor.attribution(token)
            if passive_participle(token):
                # "Asked about the delay, the mayor said …": who asked is not said.
                attribution.update(dict.fromkeys(SPEAKER_KEYS), speaker_kind="unknown")
            if attribution.get("speaker_text") is None and self.cues.idle_gerund(token):
                continue
            if self._finding_of_someone(attributor, token, attribution):
                continue
            if attribution.get("speaker") is None and self.cues.asked_by_a_thing(
                token, attributor.subject_of(token)
            ):
                # "it would encourage buyers to wait": a thing causes; an "it" that stands for
                # an organisation named before still asks.
                continue
            quote = {"kind": kind, "text": geo.text[start:end], "start": start, "end": end}
            front = fronted_part(attributor, token, lo) if lo > token.i and not content_rank else None
            if front is not None:
                # "In law school, she said, professors …": the opening is part of what was said.
                first = strip_span(
                    geo.text, doc[front[0]].idx, doc[front[1] - 1].idx + len(doc[front[1] - 1])
                )
                if "\n" not in geo.text[first[0] : start]:
                    quote.update(parts=[first, (start, end)], start=first[0], text=geo.text[first[0] : end])
                    if kind == "indirect" and geo.marks_overlapping(*first):
                        quote["kind"] = "mixed"
            tail = continued_after(self.cues, token) if hi <= token.i and not content_rank else None
            if tail is not None:
                # "A, the ministry noted, but B": both halves are what was said, around the cue.
                first = doc[tail[0]].idx
                last = strip_span(geo.text, first, doc[tail[1] - 1].idx + len(doc[tail[1] - 1]))
                if "\n" not in geo.text[end : last[1]]:
                    quote["parts"] = [(start, end), last]
                    quote.update(end=last[1], text=geo.text[start : last[1]])
                    if kind == "indirect" and geo.marks_overlapping(*last):
                        quote["kind"] = "mixed"
            quote.update({k: attribution.get(k) for k in SPEAKER_KEYS + CUE_KEYS})
            quote["_rank"] = content_rank
            quote["_cue_i"] = token.i
            if token.tag_ == "VBG" and token.dep_ == "pcomp" and self.cues.is_cue(token.head.head):
                quote["_reason_of"] = token.head.head.i
            elif token.dep_ == "acl" and token.head.dep_ == "dobj" and self.cues.is_cue(token.head.head):
                quote["_reason_of"] = token.head.head.i
            results.append(quote)
        return results

    def _on_to_quotation(self, attributor: Attributor, cue: Token, start: int, end: int) -> int:
        """End of a report carried on through a quotation that follows it in its sentence after a
        few linking words ("said he was confident about the vote, but “nothing is certain in
        politics.”"): the quoted words are the speaker's too. Not when a cue stands between or
        after them ("…, adding that “…”", "“…,” she said"), nor after a relative pronoun, a semicolon
        (the writer's aside) or a clause of another subject (", and papers printed “…”")."""
        geo = attributor.geometry
        doc = geo.doc
        last = geo.sents[cue.i][1] - 1
        limit = min(doc[last].idx + len(doc[last]), geo.paragraph_of(cue.idx)[1])
        following = [m for m in geo.marks_overlapping(end, limit) if m.start >= end]
        if not following or following[0].end > limit + 2:
            return end
        mark = following[0]
        between = [t for t in geo.tokens_in(end, mark.start) if not t.is_space]
        if len(between) > _LINK_WORDS or geo.word_count(*mark.inner) < 2:
            return end
        if any(t.text in (";", ":") or t.tag_ in _RELATIVE_TAGS or _other_subject(t) for t in between):
            return end
        rest = geo.tokens_in(mark.end, limit)
        if any(self.cues.is_speech_cue(t) for t in between + rest):
            return end
        return strip_span(geo.text, start, mark.end)[1]

    def _documented(self, attributor: Attributor, cue: Token) -> bool:
        """Whether an object report of an evidence cue has a document as its subject ("the poll
        shows Clinton ahead"), as its sense requires; other senses need nothing."""
        if self.cues.sense_of.get(cue.lemma_.lower()) not in self.cues.document_senses:
            return True
        subject = attributor.subject_of(cue)
        return subject is not None and subject.lemma_.lower() in self.cues.document_nouns

    def _finding_of_someone(self, attributor: Attributor, cue: Token, attribution: dict[str, Any]) -> bool:
        """Whether an evidence cue has a person as its source ("he found there had been three
        fouls", "she will find it hard"): what a person finds or shows is not a statement; what a
        poll, study or record shows is. A text's own words ("the letter reads") need the text as
        their source ("she read that taxes rose" is learning)."""
        sense = self.cues.sense_of.get(cue.lemma_.lower())
        if sense in self.cues.document_subject_senses:
            return attribution.get("speaker_kind") != "document"
        if sense in self.cues.document_senses and _state_found(cue):
            # "Divers found the wreck lying on its side", "the flood finds farmers counting their
            # losses": a thing found in a state is seen, not stated, unless a text shows it ("the
            # video shows the man running", "it shows …" of a video named before) or a body of
            # inquiry finds it ("the tribunal found the agency failing its duty").
            subject = attributor.subject_of(cue)
            return attribution.get("speaker_kind") != "document" and not (
                subject is not None
                and (
                    self.cues.names_document(subject)
                    or subject.lower_ in self.cues.thing_pronouns
                    or subject.lemma_.lower() in self.cues.finding_bodies
                )
            )
        if cue.lemma_.lower() in self.cues.stated_by_people and (
            any(c.dep_ == "ccomp" for c in cue.children) or anaphoric_report(self.cues, cue) is not None
        ):
            # "the minister indicated that she would run", "indicated as much": she said so, briefly.
            return False
        return sense in self.cues.document_senses and attribution.get("speaker_kind") == "person"

    def _published_document(self, cue: Token, lo: int, hi: int) -> bool:
        """Whether a publishing cue makes a document public ("released an ad", "published the
        video"), as its sense requires; other senses need nothing."""
        if self.cues.sense_of.get(cue.lemma_.lower()) not in self.cues.document_object_senses:
            return True
        objects = [c for c in cue.children if c.dep_ == "dobj" and lo <= c.i < hi]
        return any(self.cues.names_document(o) for o in objects)

    def _names_a_text_only(self, cue: Token, lo: int, hi: int) -> bool:
        """Whether a cue that makes or gives a text reports only that words were given, not what
        they say ("issued a statement on Monday", "offers a long reply"): its object is a noun of
        saying (``nominal``) with no clause, "on" or "about" phrase of its own. A document or
        recording made public ("released an ad", "published the video") has content of its own
        and stays a report."""
        if self.cues.sense_of.get(cue.lemma_.lower()) not in self.cues.text_making_senses:
            return False
        objects = [c for c in cue.children if c.dep_ == "dobj" and lo <= c.i < hi]
        if not objects or any(t.pos_ == "VERB" and t.dep_ != "prep" for t in cue.doc[lo:hi]):
            # "released a statement this week saying …": a clause the parse hung elsewhere.
            return False
        for noun in objects:
            if noun.lemma_.lower() not in self.cues.nominal:
                return False
            for child in noun.children:
                if child.dep_ in ("acl", "relcl", "ccomp", "appos") or (
                    child.dep_ == "prep" and child.lower_ in self.cues.nominal_topic_preps
                ):
                    return False
        return True

    @staticmethod
    def _fronted(attributor: Attributor, cue: Token) -> dict[str, Any] | None:
        """A sentence reported before a cue clause the parse left unlinked: "People like him, she said."."""
        found = fronted_of(attributor, cue)
        if found is None:
            return None
        geo, doc = attributor.geometry, attributor.doc
        lo, hi = found
        start, end = strip_span(geo.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
        start, end = geo.clip_to_paragraph(cue.idx, start, end)
        if geo.alpha_count(start, end) < 2 or geo.inside_covered(start) or geo.inside_any_quote(start):
            return None
        inside = geo.marks_overlapping(start, end)
        kind = "indirect"
        if inside:
            start, end = strip_span(geo.text, min(start, inside[0].start), max(end, inside[-1].end))
            kind = "mixed"
        quote = {"kind": kind, "text": geo.text[start:end], "start": start, "end": end, "parts": None}
        attribution = attributor.attribution(cue)
        quote.update({k: attribution.get(k) for k in SPEAKER_KEYS + CUE_KEYS})
        return quote

    @staticmethod
    def _parenthetical(attributor: Attributor, cue: Token) -> dict[str, Any] | None:
        """A sentence reported around its cue clause: "Acts of protest, she said, are acts of patriotism."."""
        found = parenthetical_of(attributor, cue)
        if found is None:
            return None
        lo, hi, hole_lo, hole_hi = found
        geo, doc = attributor.geometry, attributor.doc
        parts = [
            strip_span(geo.text, doc[lo].idx, doc[hole_lo].idx),
            strip_span(
                geo.text, doc[hole_hi - 1].idx + len(doc[hole_hi - 1]), doc[hi - 1].idx + len(doc[hi - 1])
            ),
        ]
        parts = [(a, b) for a, b in parts if b - a > 1]
        if not parts:
            return None
        start, end = parts[0][0], parts[-1][1]
        kind = "mixed" if geo.marks_overlapping(start, end) else "indirect"
        quote = {"kind": kind, "text": geo.text[start:end], "start": start, "end": end}
        quote["parts"] = parts if len(parts) > 1 else None
        attribution = attributor.attribution(cue)
        source = passive_as_source(attributor.cues, cue)
        if source is not None:
            # "As stated in the report, …": the report, or who wrote it.
            attribution.update(attributor.speaker_from(source, attributor.noun_phrase(source)))
        quote.update({k: attribution.get(k) for k in SPEAKER_KEYS + CUE_KEYS})
        return quote

    def _nominal(self, attributor: Attributor) -> list[dict[str, Any]]:
        """What a noun of saying reports, with its source ("his claim that …", "a warning from X that …")."""
        geo = attributor.geometry
        doc = geo.doc
        results = []
        for i in token_indices(doc, POS, (NOUN,)):
            token = doc[i]
            lemma = token.lemma_.lower()
            if lemma not in self.cues.nominal and lemma not in self.cues.nominal_infinitive:
                continue
            if (
                token.dep_ == "pobj"
                and self.cues.is_speech_cue(token.head.head)
                and timed_by_saying(token, token.head.head)
            ):
                # "said after the ministry's announcement that …": the clause is the cue's.
                continue
            if geo.inside_covered(token.idx) or geo.inside_any_quote(token.idx):
                continue
            source = self._nominal_source(token)
            clause = next(
                (
                    c
                    for c in token.children
                    if c.i > token.i
                    and lemma in self.cues.nominal
                    and c.left_edge.lower_ == "that"
                    and says_what(c)
                ),
                None,
            )
            # "the drug's promise to slow memory loss": what a thing may bring is no one's words.
            asker = source is not None and not (
                lemma in self.cues.nominal_thing_senses and self.cues.names_no_source(source)
            )
            if clause is None and asker and lemma in self.cues.nominal_infinitive:
                # "the mayor's promise to cut fares": what was promised or asked for.
                clause = next((c for c in token.children if c.i > token.i and _to_clause(c)), None)
            if (
                clause is None
                and asker
                and lemma in self.cues.nominal_requests
                and (token.tag_ == "NNS" or lemma not in self.cues.nominal_request_plural_only)
            ):
                # "the senator's call for an inquiry": what was asked for.
                asked = [
                    g
                    for c in token.children
                    if c.dep_ == "prep" and c.i > token.i and c.lower_ in self.cues.nominal_request_preps
                    for g in c.children
                    if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")
                ]
                clause = asked[0] if asked else None
            if source is None and (
                clause is None
                or clause.left_edge.dep_ != "mark"
                or self._denied_noun(token)
                or lemma in self.cues.nominal_source_required
            ):
                # "There were reports that …" says what was said, by nobody named; "there is
                # no claim that …" says nothing was; "a statement that nobody expected" is a
                # relative clause, not what the statement said.
                continue
            if clause is None and lemma in self.cues.nominal:
                # "his remarks about the war": what the words were about.
                topic = next(
                    (
                        c
                        for c in token.children
                        if c.dep_ == "prep" and c.lower_ in self.cues.nominal_topic_preps
                    ),
                    None,
                )
                clause = next((c for c in topic.children if c.dep_ == "pobj"), None) if topic else None
            if clause is None:
                continue
            lo, hi = clause.left_edge.i, clause.right_edge.i + 1
            start, end = strip_span(geo.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
            start, end = geo.clip_to_paragraph(token.idx, start, end)
            if geo.alpha_count(start, end) < (3 if clause.dep_ != "pobj" else 2):
                continue
            kind = "mixed" if geo.marks_overlapping(start, end) else "indirect"
            quote = {"kind": kind, "text": geo.text[start:end], "start": start, "end": end, "parts": None}
            if source is None:
                quote.update(dict.fromkeys(SPEAKER_KEYS), speaker_kind="unknown")
            else:
                quote.update(attributor.speaker_from(source, attributor.noun_phrase(source)))
            quote.update({"cue": token.text, "cue_start": token.idx, "cue_end": token.idx + len(token)})
            quote.update({"medium": None, "_rank": 1})
            results.append(quote)
        return results

    def _denied_noun(self, noun: Token) -> bool:
        """Whether a noun of saying is negated ("no claim that …", "without any warning that …",
        "has not made the promise that …"): no words were said."""
        if any(c.dep_ == "det" and c.lower_ in self.cues.negative_determiners for c in noun.children):
            return True
        if noun.head.lower_ in self.cues.unsaid_preps:
            return True
        verb = noun.head
        return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in verb.children)

    def _nominal_source(self, noun: Token) -> Token | None:
        """The source of a noun of saying: its possessor, the object of its by/from phrase, or a
        name before it ("a Reuters report that …", "a White House statement that …")."""
        for child in noun.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ in self.cues.nominal_source_preps:
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_]
        if names:
            return names[-1]
        return self._light_verb_subject(noun)

    def _light_verb_subject(self, noun: Token) -> Token | None:
        """Who makes or gives the words a noun of saying names as the object of a light verb that
        is no cue itself ("Lind made a remark that …", "Lind went on to make the claim that …")."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in self.cues.nominal_delivering:
            return None
        if self.cues.is_speech_cue(verb) or not self.cues.statement_use(verb, True):
            # "wants to make the claim that …", "will make a statement": no words given yet.
            return None
        if self._denied_noun(noun):
            # "made no claim that …", "has never made the claim that …": no words given.
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ in ("xcomp", "advcl"):
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
            # "Duval, who made the claim that …": the one the relative clause is about.
            subject = verb.head if verb.head.pos_ in ("PROPN", "NOUN") else None
        return None if subject is None or subject.tag_ in ("WDT", "WP", "EX") else subject

    def _author_of(self, source: Token) -> Token:
        """The author of a medium or document named as a source ("a speech by X", "a report from
        X", "a speech X gave", "a letter that X wrote": the subject of a relative clause whose verb
        delivers or writes it)."""
        if not self.cues.names_document(source):
            return source
        for child in source.children:
            if child.dep_ == "prep" and child.lower_ in self.cues.nominal_source_preps:
                author = next((c for c in child.children if c.dep_ == "pobj"), None)
                if author is not None:
                    return author
            if child.dep_ == "relcl" and self._delivers_a_text(child):
                author = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if author is not None and author.tag_ not in ("WDT", "WP"):
                    return author
        return source

    def _delivers_a_text(self, verb: Token) -> bool:
        """Whether a verb gives out or writes a text ("gave", "delivered", "wrote", "published")."""
        lemma = verb.lemma_.lower()
        return lemma in self.cues.nominal_delivering or self.cues.sense_of.get(lemma) in (
            "writing",
            "publishing",
        )

    def _conforms_to(self, noun: Token) -> bool:
        """Whether "according to" means "in conformity with" before a noun: a bare singular plan,
        custom or measure ("went according to plan", "priced according to weight", "according to
        local tradition"); a determined, plural or described one is a document that may be quoted
        ("according to the plan", "according to plans filed with the city", "the council's plan")."""
        if noun.tag_ != "NN" or noun.lemma_.lower() not in self.cues.conformity_objects:
            return False
        return not any(
            c.dep_ in ("det", "poss", "acl", "relcl") or (c.dep_ == "compound" and c.ent_type_)
            for c in noun.children
        )

    def _in_document(self, attributor: Attributor) -> list[dict[str, Any]]:
        """Sentences opened by the document they come from ("In the latest poll, Clinton leads
        by five points", "Under the governor's plan, fees would double"): the main clause, when
        it has a subject and no cue of its own; the source is the document, or its owner."""
        geo = attributor.geometry
        doc = geo.doc
        results = []
        for lo, hi in sorted(set(geo.sents)):
            while lo < hi and doc[lo].is_space:
                lo += 1
            if lo >= hi:
                continue
            first = doc[lo]
            if first.dep_ != "prep":
                continue
            source = next((c for c in first.children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            noun = source.lemma_.lower()
            words = (first.lower_, noun) in self.cues.source_phrases
            if not words and (
                first.lower_ not in self.cues.document_preps
                or noun not in self.cues.document_nouns
                or self.cues.names_an_amount(source)
            ):
                continue
            owner = next((c for c in source.children if c.dep_ == "poss"), None)
            if words and owner is None:
                # "In the words of one aide, …": whose words they are.
                of = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                if owner is None:
                    continue
            start_i = _after_opening_phrase(doc, first)
            if start_i < 0 or start_i >= hi or geo.inside_covered(doc[start_i].idx):
                continue
            clause = doc[start_i:hi]
            if any(self.cues.is_cue(t) and t.dep_ not in ("acl", "amod") for t in clause):
                continue
            if geo.inside_any_quote(doc[start_i].idx):
                continue
            if not any(t.dep_ in ("nsubj", "nsubjpass") for t in clause):
                continue
            end_i = hi
            while end_i > start_i and (doc[end_i - 1].is_punct or doc[end_i - 1].is_space):
                end_i -= 1
            if end_i - start_i < 3:
                continue
            start, end = strip_span(geo.text, doc[start_i].idx, doc[end_i - 1].idx + len(doc[end_i - 1]))
            start, end = geo.clip_to_paragraph(first.idx, start, end)
            kind = "mixed" if geo.marks_overlapping(start, end) else "indirect"
            quote = {"kind": kind, "text": geo.text[start:end], "start": start, "end": end, "parts": None}
            if owner is not None:
                # "Under the governor's plan": the plan's author is the source.
                quote.update(attributor.speaker_from(owner, doc[owner.left_edge.i : owner.i + 1]))
            else:
                quote.update(attributor.speaker_from(source, doc[source.left_edge.i : source.i + 1]))
            quote.update({"cue": first.text, "cue_start": first.idx, "cue_end": first.idx + len(first)})
            quote.update({"medium": None, "_rank": 1})
            results.append(quote)
        return results

    def _according_to(self, attributor: Attributor) -> list[dict[str, Any]]:
        """Sentences sourced by "according to X", before or after the phrase."""
        geo = attributor.geometry
        doc = geo.doc
        results = []
        for i in token_indices(doc, LOWER, ("according",)):
            if i + 1 >= len(doc) or doc[i + 1].lower_ != "to":
                continue
            token = doc[i]
            if geo.inside_covered(token.idx) or geo.inside_any_quote(token.idx):
                continue
            to = doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"] or _misread_source(to)
            if not objects or self._conforms_to(objects[0]):
                continue
            source = self._author_of(objects[0])
            # "a speech the king gave": the phrase runs to the end of the document's clause.
            bound = objects[0] if source.head.dep_ == "relcl" else source
            sent_start, sent_end = geo.sents[token.i]
            aside = _aside_end(doc, token.i, to.i, bound, sent_start, sent_end)
            if token.i - sent_start <= 1 or _opens_a_clause(doc, sent_start, token.i):
                # The source phrase ends at its comma even where the parse runs it on ("According to
                # X, the plan reeks of …" with the clause hung on X).
                lo, hi = _source_phrase_end(doc, to.i, bound) + 1, sent_end
            elif aside is not None:
                # "The bridge, according to the council, will close": the clause around the phrase.
                lo, hi = sent_start, _interrupted_clause_end(doc, aside, sent_end)
            else:
                lo, hi = sent_start, token.i
            while hi > lo and doc[hi - 1].is_punct and not has_mark(doc[hi - 1].text):
                hi -= 1
            if hi - lo < 3:
                continue
            start, end = strip_span(geo.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
            start, end = geo.clip_to_paragraph(token.idx, start, end)
            if end - start < 3:
                continue
            # the source's phrase with its "of", "for" or "at" phrase ("the board of Realtors")
            phrase = attributor.noun_phrase(source)
            first = max(source.left_edge.i, phrase.start)
            if source.head.dep_ == "pcomp" and source.head.head.i == to.i:
                first = to.i + 1
            speaker = attributor.speaker_from(source, doc[first : max(phrase.end, source.i + 1)])
            inside = geo.marks_overlapping(start, end)
            quote = {"kind": "mixed" if inside else "indirect", "text": geo.text[start:end], "start": start}
            quote.update({"end": end, **speaker, "medium": None})
            if aside is not None and lo == sent_start:
                before = strip_span(geo.text, start, doc[token.i - 1].idx)
                after = strip_span(geo.text, doc[aside + 1].idx, end)
                if before[0] < before[1] and after[0] < after[1]:
                    quote["parts"] = [before, after]
            quote.update({"cue": doc[token.i : token.i + 2].text, "cue_start": token.idx})
            quote["cue_end"] = to.idx + len(to)
            results.append(quote)
        return results


def _to_title_end(text: str, cue_at: int, start: int, end: int) -> int:
    """End of what a cue in a title-case headline reports: the rest of the headline line
    ("New Audit Shows Waste When It Comes To Harbour Repairs"), where a parse of capitalised
    words cuts it short; elsewhere ``end`` as it is."""
    line_end = text.find("\n", 0, _TITLE_MAX_CHARS + 1)
    line_end = len(text) if line_end < 0 and len(text) <= _TITLE_MAX_CHARS else line_end
    if line_end < 0 or cue_at >= line_end or end >= line_end:
        return end
    words = [w for w in text[:line_end].split() if len(w) > 3 and w[0].isalpha()]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < _TITLE_CASE_SHARE * len(words):
        return end
    return strip_span(text, start, line_end)[1]


def _past_quotation(geo: QuoteGeometry, mark: QuoteMarks, report_end: int, next_mark: int | None) -> int:
    """End of a report that runs through a quotation and goes on after its closing mark ("said
    the firms would owe $9 billion, “more than the state spends,” if they paid in full"): the end
    of what the cue reports, short of a line break and of the next quotation, which carries on
    by itself; the closing mark when nothing of the report follows it."""
    stop = report_end if next_mark is None else min(report_end, next_mark)
    rest = geo.text[mark.end : stop]
    if "\n" in rest or not any(c.isalnum() for c in rest):
        return mark.end
    return strip_span(geo.text, mark.end, stop)[1]


def _state_found(cue: Token) -> bool:
    """Whether a cue's clause is a participle with its own subject and no auxiliary or "that"
    ("found the trail blocked by trees", "found the wreck lying on its side"): a small clause of
    what was seen, not a finite clause of what was concluded ("found that the trail was closed")."""
    for clause in cue.children:
        if clause.dep_ != "ccomp" or clause.tag_ not in ("VBG", "VBN"):
            continue
        deps = {c.dep_ for c in clause.children}
        if "nsubj" in deps and not deps & {"aux", "auxpass", "mark"}:
            return True
    return False


def _newsroom_notes(text: str, labels: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of newsroom notes ("Editor's note: …", "Correction: …"): from the label
    to the end of its paragraph."""
    found = []
    for match in _LABEL.finditer(text):
        label = match.group(1).strip().lower().replace("\u2019", "'")
        if label not in labels:
            continue
        end = _PARAGRAPH_END.search(text, match.end())
        found.append((match.start(1), end.start() if end else len(text)))
    return found


def _misread_source(to: Token) -> list[Token]:
    """The source after "according to" where the parse read a noun of it as a verb ("according to
    show insiders" with "show" a verb taking "insiders"): the verb's object, or the word itself."""
    for child in to.children:
        if child.dep_ == "pcomp" and child.i == to.i + 1:
            found = [c for c in child.children if c.dep_ == "dobj"]
            return found or [child]
    return []


def _turn_goes_on(text: str, line_end: int) -> list[tuple[int, int]]:
    """The paragraphs that carry on a quoted transcript turn ("\"PENCE: …" and then paragraphs
    opened by a quotation mark with no speaker label of their own), up to the next label, a
    stage note ("(CROSSTALK.)") or a paragraph that is not part of the quotation."""
    parts: list[tuple[int, int]] = []
    position = line_end
    while True:
        found = _NEXT_PARAGRAPH.match(text, position)
        if found is None:
            return parts
        body_start = found.end()
        next_end = text.find("\n", body_start)
        next_end = len(text) if next_end < 0 else next_end
        line = text[body_start:next_end]
        if not line.strip() or _LABEL.match("\n" + line) or line.lstrip().startswith("("):
            return parts
        start, end = strip_span(text, body_start, next_end)
        if end - start < 3:
            return parts
        parts.append((start, end))
        position = next_end


def _after_opening_phrase(doc: Doc, prep: Token) -> int:
    """First token after a sentence-opening phrase and its comma, past a participle or
    apposition closed by a comma of its own ("In the poll, conducted in May, …")."""
    j = prep.right_edge.i + 1
    if j < len(doc) and doc[j].text == ",":
        k = j + 1
        if k < len(doc) and doc[k].dep_ in ("acl", "appos") and doc[k].head.i <= prep.right_edge.i:
            close = doc[k].right_edge.i + 1
            if close < len(doc) and doc[close].text == ",":
                return close + 1
        return j + 1
    return -1


def _opens_a_clause(doc: Doc, sent_start: int, at: int) -> bool:
    """Whether the phrase at token ``at`` opens a clause after a conjunction ("It should be stressed
    that, according to the charter, …", "The army left and according to witnesses the rebels …"):
    what the phrase sources is that clause, after it, not the words before."""
    i = at - 1
    while i > sent_start and doc[i].is_punct:
        i -= 1
    return i > sent_start and doc[i].pos_ in ("SCONJ", "CCONJ") and doc[i].dep_ in ("mark", "cc")


def _aside_end(doc: Doc, at: int, to: int, source: Token, sent_start: int, sent_end: int) -> int | None:
    """The comma closing an "according to" phrase set off inside its clause ("The bridge,
    according to the council, will close in May"): a comma before the phrase, a comma after it
    (past an apposition or relative clause of the source), words with no verb before it and a
    verb after it, so the clause runs on around the phrase; None for any other phrase."""
    if at - 1 <= sent_start or doc[at - 1].text != ",":
        return None
    close = _source_phrase_end(doc, to, source)
    if doc[close].text != "," and close + 1 < sent_end and doc[close + 1].text == ",":
        close += 1
    if close >= sent_end - 1 or doc[close].text != ",":
        return None
    if any(t.pos_ == "VERB" or has_mark(t.text) for t in doc[sent_start : at - 1]):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[close + 1 : sent_end]):
        return None
    return close


# subordinators of a clause that sets another view beside the one reported
CONTRAST_MARKS = frozenset({"though", "although", "while", "whereas"})


def _interrupted_clause_end(doc: Doc, close: int, sent_end: int) -> int:
    """End (exclusive) of the clause an "according to" aside closing at ``close`` interrupts: the
    predicate after the aside with what it governs, short of a clause with a subject of its own that
    follows it ("..., the minister warned", "..., but the mayor denied it") and of another
    "according to" phrase."""
    verbs = (t for t in doc[close + 1 : sent_end] if t.pos_ in ("VERB", "AUX"))
    heads = (t.head if t.dep_ in ("aux", "auxpass") else t for t in verbs)
    # not a participle or relative clause on the subject ("The bridge, according to X, damaged by
    # the floods, will close")
    head = next((h for h in heads if h.dep_ not in ("acl", "relcl", "amod")), None)
    if head is None:
        return sent_end
    end = min(head.right_edge.i + 1, sent_end)
    for child in head.rights:
        if _own_clause_after(doc, child):
            end = min(end, child.left_edge.i)
    end = next(
        (t.i for t in doc[close + 1 : end - 1] if t.lower_ == "according" and doc[t.i + 1].lower_ == "to"),
        end,
    )
    while end > close + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    return end


def _own_clause_after(doc: Doc, child: Token) -> bool:
    """Whether a dependent on the right of a predicate is a clause with its own subject that says
    something else: a coordinated clause, or one set off by a comma (a reporting clause, ", the
    minister warned", or a contrast, ", though critics say it will fail"); a complement that the
    predicate takes ("shows that prices will rise") is part of it."""
    if not any(k.dep_ in ("nsubj", "nsubjpass") for k in child.children):
        return False
    if child.dep_ == "conj":
        return True
    after_comma = child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
    contrast = any(k.dep_ == "mark" and k.lower_ in CONTRAST_MARKS for k in child.children)
    return after_comma and (child.dep_ in ("parataxis", "ccomp") or (child.dep_ == "advcl" and contrast))


def _source_phrase_end(doc: Doc, to: int, source: Token) -> int:
    """Last token of a sentence-opening "according to" phrase: its comma, past an apposition or
    a relative clause closed by a comma of its own ("According to Jo Lee, the mayor, the road …",
    "According to Jo Lee, who runs the mill, the plant …"), or the end of the source's subtree
    when no comma sets it off."""
    last = source.right_edge.i
    j = to + 1
    while j <= last:
        if doc[j].text == ",":
            appos = _apposition_at(doc, j + 1) or _relative_at(doc, j + 1)
            if appos is not None:
                close = appos.right_edge.i + 1
                if close < len(doc) and doc[close].text == ",":
                    if close >= last:
                        return close
                    j = close + 1
                    continue
            return j
        j += 1
    return last


def _relative_at(doc: Doc, i: int) -> Token | None:
    """The relative clause that starts at token ``i`` with its relative word, if any ("who runs
    the mill" in "Jo Lee, who runs the mill, …")."""
    if i >= len(doc) or doc[i].tag_ not in _RELATIVE_TAGS:
        return None
    clause = doc[i].head
    return clause if clause.dep_ == "relcl" and clause.left_edge.i == i else None


def _apposition_at(doc: Doc, i: int) -> Token | None:
    """The apposition that starts at token ``i``, if any ("the mayor" in "Jo Lee, the mayor, …")."""
    if i >= len(doc):
        return None
    token = doc[i]
    if token.dep_ == "appos":
        return token
    if token.head.dep_ == "appos" and token.head.left_edge.i == i:
        return token.head
    return None


def _topic_of(label: str) -> int:
    """Where the topic starts in a headline label "NAME on TOPIC" ("Smith on the tax plan"), or 0."""
    at = label.find(" on ")
    return at if at > 0 and _looks_like_name(label[:at]) else 0


def _looks_like_name(label: str) -> bool:
    words = label.split()
    if not 1 <= len(words) <= 6 or any(c.isdigit() for c in label):
        return False
    return all(w[:1].isupper() or w.lower() in ("of", "the", "de", "van", "von", "al") for w in words)


def _reports(outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """Whether a quote's content holds the cue of another, not in quotation marks: the other is
    said inside it ("calls on her to apologise for suggesting …"), and the outer quote is the one
    the sentence reports. A saying that is the reason the outer cue gives ("criticized the mayor
    for saying that …") or what its document says ("issued a statement saying that …") is not
    held: what was said there is the news."""
    cue = inner.get("cue_start")
    own = outer.get("cue_start")
    governor = inner.get("_reason_of")
    if inner.get("_ranked_as", inner["kind"]) == "direct" or (
        governor is not None and governor == outer.get("_cue_i")
    ):
        return False
    return (
        cue is not None
        and own is not None
        and outer["start"] <= cue < outer["end"]
        and not (inner["start"] <= own < inner["end"])
    )


def _other_subject(token: Token) -> bool:
    """Whether a token is the subject of a clause and no pronoun ("papers" of "and papers printed"),
    so names someone other than the speaker a pronoun takes up ("but she knows that")."""
    return token.dep_ in _SUBJECTS and token.pos_ != "PRON"


def _nests(outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """Whether a quotation credited by a cue of its own sits inside what another cue reports after
    it ("said the deal, which he called “the best we could get,” would pass"): two attributions,
    one nested in the other, both kept. Not a quotation whose cue clause follows it ("“…,” he
    said"), nor a report before its cue or sourced by "according to" around such a quote."""
    cue, own = inner.get("cue_start"), outer.get("cue_start")
    if inner.get("_ranked_as", inner["kind"]) != "direct" or outer["kind"] == "direct":
        return False
    if cue is None or own is None or own == cue or cue > inner["start"] or own > outer["start"]:
        return False
    if (outer.get("cue") or "").lower().startswith("according"):
        return False
    return outer["start"] <= inner["start"] and inner["end"] <= outer["end"] and outer["start"] <= cue


def _closes(outer: dict[str, Any], inner: dict[str, Any], text: str) -> bool:
    """Whether a quotation credited by a cue inside another report ends that report ("said she
    recalled thinking, “…”", "said that the plan works but said “…”"): the report is one
    attribution whose words end in the quotation, and the quotation is no second one."""
    if not _nests(outer, inner):
        return False
    return not any(c.isalnum() for c in text[inner["end"] : outer["end"]])


def _set_off_through(quote: dict[str, Any], report: dict[str, Any]) -> bool:
    """Whether a quotation credited to the name before the dash that sets it off lies in a report
    that runs on through that dash: the report takes in X's words as if they were its own."""
    cue = quote.get("cue") or ""
    return (
        quote["kind"] == "direct"
        and report["kind"] != "direct"
        and bool(cue)
        and not cue.strip("-\u2014\u2013\u2015")
        and quote.get("cue_start") is not None
        and report["start"] <= quote["cue_start"] < report["end"] <= quote["end"]
    )


def _dedupe(quotes: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """One quote per stretch of text: on a large overlap keep the direct/mixed or clausal one."""
    order = {"direct": 0, "mixed": 1, "indirect": 2}

    def rank(q: dict[str, Any]) -> tuple[int, int, int]:
        return (order[q.get("_ranked_as", q["kind"])], q.get("_rank", 0), -(q["end"] - q["start"]))

    kept: list[dict[str, Any]] = []
    for quote in sorted(quotes, key=lambda q: (q["start"], rank(q))):
        clash = None
        for other in reversed(kept[-8:]):
            overlap = min(quote["end"], other["end"]) - max(quote["start"], other["start"])
            if overlap > 0.5 * min(quote["end"] - quote["start"], other["end"] - other["start"]):
                clash = other
                break
        if clash is not None and _set_off_through(quote, clash):
            # "criticized the decision, including the mayor X -- “…” -- and two senators": the
            # quotation is X's, not the end of the report that ran on through the dash.
            kept[kept.index(clash)] = quote
            continue
        if clash is not None and (_closes(clash, quote, text) or _set_off_through(clash, quote)):
            continue
        if clash is None or _nests(quote, clash) or _nests(clash, quote):
            kept.append(quote)
        elif _reports(quote, clash) or (not _reports(clash, quote) and rank(quote) < rank(clash)):
            kept[kept.index(clash)] = quote
    for quote in kept:
        for key in ("cue_tokens", "clause_end", "_rank", "_reason_of", "_cue_i", "_ranked_as"):
            quote.pop(key, None)
        quote.setdefault("parts", None)
    return sorted(kept, key=lambda q: q["start"])


@Language.factory(
    "dateline_quotes",
    default_config={"min_direct_words": 4, "max_quotes": 5000, "object_cues": True},
    assigns=["doc._.quotes"],
    requires=["doc._.entities", "token.dep"],
)
def make_quotes(
    nlp: Language, name: str, min_direct_words: int, max_quotes: int, object_cues: bool
) -> QuoteFinder:
    """Factory for the quote component."""
    return dateline_component(QuoteFinder(nlp, name, min_direct_words, max_quotes, object_cues))


def _next_act_after(cue: Token, at: int) -> bool:
    """Whether the words at token ``at``, right after a quotation, are "and" and a verb the parse
    conjoined to the cue ("screamed “Mine!” and dived"): the speaker's next act, not more of what was
    said."""
    doc = cue.doc
    while at < len(doc) and (doc[at].is_space or doc[at].is_punct):
        at += 1
    if at + 1 >= len(doc) or doc[at].lower_ != "and":
        return False
    verb = doc[at + 1] if doc[at + 1].pos_ in ("VERB", "AUX") else None
    return verb is not None and verb.dep_ == "conj" and verb.head.i == cue.i


def _colon_quote(
    text: str,
    kind: str,
    start: int,
    end: int,
    speaker: dict[str, Any],
    label_end: int,
    parts: list[tuple[int, int]] | None,
    ranked_as: str,
) -> dict[str, Any]:
    """A quote whose cue is the colon at ``label_end`` of a speaker's label or an answer's "A:"."""
    quote = {"kind": kind, "text": text[start:end], "start": start, "end": end, **speaker}
    quote.update({"cue": ":", "cue_start": label_end, "cue_end": label_end + 1, "medium": None})
    quote.update({"parts": parts, "_rank": -1, "_ranked_as": ranked_as})
    return quote


def _cued_within(found: list[dict[str, Any]], start: int, end: int) -> bool:
    """Whether a quote already found credits a quotation in ``[start, end)`` with its own cue."""
    return any(
        q.get("cue_start") is not None and start <= q["start"] < end and start <= q["cue_start"] < end
        for q in found
    )


def _interviewer(doc: Doc, mention: dict[str, Any]) -> bool:
    """Whether a person's mention is a byline's writer ("By Ana Ruiz") or the subject of a verb of
    asking ("Ruiz asked Hale", "Ruiz interviewed Hale")."""
    line_start = doc.text.rfind("\n", 0, mention["start"]) + 1
    if doc.text[line_start : mention["start"]].strip().lower() == "by":
        return True
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _ASKING_VERBS


def _finite_clause(words: list[Token]) -> bool:
    """Whether words hold a clause: a verb with a subject of its own, finite or with a finite
    auxiliary ("the plan is dead", "the money has run out")."""
    finite = ("VBD", "VBP", "VBZ", "MD")
    return any(
        any(c.dep_ in _SUBJECTS for c in t.children)
        and (t.tag_ in finite or any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in t.children))
        for t in words
    )


def _to_clause(clause: Token) -> bool:
    """Whether a clause on a noun is a to-infinitive opened by its "to" ("a promise to cut fares")."""
    return (
        clause.dep_ == "acl"
        and clause.left_edge.tag_ == "TO"
        and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "TO" for c in clause.children)
    )
