"""``dateline_quotes``: direct, mixed and indirect quotes with speaker, cue and medium.

Direct quotes are paired quotation marks attributed by a cue clause right after them
("“…,” Stoltenberg told the Guardian", "“…” ― Jane Doe") or right before them ("He says:
“…”"); two quotations around one cue clause are one quote ("“A,” he said, “B.”"); a
quotation that opens a paragraph with no cue of its own goes to the speaker of the quote just
before. A line that opens with a speaker label ("PENCE: Well, …", "Caddell: …") is quoted
speech. Indirect quotes are what cue verbs report: a clause ("X said that …", "…, X said"),
an object, a to-clause or a prepositional object for the verbs that take one ("X cited …",
"X vowed to …", "X called for …"), and "according to X" sentences; an indirect quote whose
content holds quotation marks is mixed. Speakers are linked to ``doc._.entities`` (pronoun and
nominal mentions included). Cues, media nouns and line labels are data
(``ontology/quote_cues.json``). Work is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..ontology import load_json
from .doc_index import doc_text, sentence_bounds
from .quote_marks import CLOSERS, OPENERS, STRAIGHT, QuoteMarks, pair_quotes

_MARK_CHARS = set(OPENERS + CLOSERS + STRAIGHT + "'`")
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_CLIMB = {"conj", "xcomp", "advcl", "relcl", "acl", "parataxis"}
_END_PUNCT = {".", "!", "?"}
_WINDOW = 24
_CUE_REACH = 8
_MAX_CONTENT = 160
_MAX_SPEAKER = 16
_DASH_CREDIT = re.compile(r"[ \t\u00a0]*([\u2015\u2014\u2013]+|--?)[ \t\u00a0]*(?=[^\W\d_])")
_PARA_START = re.compile(r"(?:^|\n)[ \t\u00a0]*(?=\S)")
_LABEL = re.compile(r"(?:^|\n)[ \t\u00a0]*([^\n:]{2,60}?):[ \t\u00a0]+(?=\S)")
_SPEAKER_KEYS = ("speaker", "speaker_text", "speaker_start", "speaker_end")
_CUE_KEYS = ("cue", "cue_start", "cue_end", "medium")


@dataclass(frozen=True)
class Cues:
    """The cue lexicon."""

    clausal: frozenset[str]
    particles: dict[str, str]
    naming: frozenset[str]
    object: frozenset[str]
    infinitive: frozenset[str]
    prepositional: dict[str, frozenset[str]]
    media: frozenset[str]
    labels: frozenset[str]

    def any(self, lemma: str) -> bool:
        """Whether a lemma is a cue of any class."""
        return (
            lemma in self.clausal
            or lemma in self.object
            or lemma in self.infinitive
            or lemma in self.prepositional
        )


@cache
def cues() -> Cues:
    """The cue lexicon from ``ontology/quote_cues.json``."""
    data = load_json("quote_cues.json")
    return Cues(
        clausal=frozenset(data["clausal"]),
        particles=dict(data["needs_particle"]),
        naming=frozenset(data["naming"]),
        object=frozenset(data["object"]),
        infinitive=frozenset(data["infinitive"]),
        prepositional={k: frozenset(v) for k, v in data["prepositional"].items()},
        media=frozenset(data["media"]),
        labels=frozenset(data["labels"]),
    )


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
        ctx = _Context(doc, self.cues, marks)
        found = self._direct(ctx)
        found += self._labelled(ctx)
        ctx.freeze_covered()
        found += self._indirect(ctx)
        found += self._according_to(ctx)
        return _dedupe(found)

    def _direct(self, ctx: _Context) -> list[dict[str, Any]]:
        marks = ctx.marks
        results: list[dict[str, Any]] = []
        previous: dict[str, Any] | None = None
        previous_end = -1
        i = 0
        while i < len(marks):
            mark = marks[i]
            i += 1
            words = sum(1 for t in ctx.tokens_in(*mark.inner) if t.is_alpha)
            if words < self.min_direct_words:
                continue
            attribution = ctx.trailer(mark) or ctx.header(mark)
            end = mark.end
            if attribution is not None and attribution.get("clause_end") and i < len(marks):
                nxt = marks[i]
                if ctx.continues(attribution["clause_end"], nxt.start):
                    end = nxt.end
                    i += 1
            if attribution is None:
                if ctx.embedded(mark):
                    continue
                if previous is None or previous.get("speaker_text") is None:
                    continue
                gap = ctx.paragraphs_between(previous_end, mark.start)
                if gap > 2 or (gap and not ctx.opens_paragraph(mark.start)):
                    continue
                attribution = {k: previous[k] for k in _SPEAKER_KEYS}
                attribution.update({"cue": None, "cue_start": None, "cue_end": None, "medium": None})
            kind, begin = "direct", mark.start
            if attribution.get("clause_end") and ctx.embedded(mark):
                kind, begin = "mixed", ctx.sentence_start(mark.start)
            start, stop = _strip(ctx.text, begin, end)
            quote = {"kind": kind, "text": ctx.text[start:stop], "start": start, "end": stop}
            quote.update({k: attribution.get(k) for k in _SPEAKER_KEYS + _CUE_KEYS})
            ctx.consumed_cues.update(attribution.get("cue_tokens", ()))
            ctx.covered.append((mark.start, end))
            results.append(quote)
            previous, previous_end = quote, end
        return results

    def _labelled(self, ctx: _Context) -> list[dict[str, Any]]:
        """Lines opened by a speaker label: "PENCE: Well, …", "Caddell: It's in their heads"."""
        doc = ctx.doc
        results = []
        for match in _LABEL.finditer(ctx.text):
            label_start, label_end = match.span(1)
            label = match.group(1).strip().strip("\"'\u201c\u201d")
            if not label or label.lower() in self.cues.labels or not _looks_like_name(label):
                continue
            if ctx.inside_any_quote(label_start):
                continue
            line_end = ctx.text.find("\n", match.end())
            line_end = len(ctx.text) if line_end < 0 else line_end
            start, end = _strip(ctx.text, match.end(), line_end)
            if sum(1 for t in ctx.tokens_in(start, end) if t.is_alpha) < 3:
                continue
            span = doc.char_span(label_start, label_end, alignment_mode="expand")
            if span is None or not ctx.names_someone(span):
                continue
            speaker = ctx.speaker_from(span.root, span)
            quote = {"kind": "direct", "text": ctx.text[start:end], "start": start, "end": end, **speaker}
            quote.update({"cue": ":", "cue_start": label_end, "cue_end": label_end + 1, "medium": None})
            ctx.covered.append((start, end))
            results.append(quote)
        return results

    def _indirect(self, ctx: _Context) -> list[dict[str, Any]]:
        doc = ctx.doc
        results = []
        for token in doc:
            if token.i in ctx.consumed_cues or not ctx.is_cue(token):
                continue
            if ctx.inside_covered(token.idx) or ctx.inside_any_quote(token.idx):
                continue
            content = ctx.content_of(token, self.object_cues)
            if content is None:
                continue
            lo, hi, content_rank = content
            start, end = _strip(ctx.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
            start, end = ctx.clip_to_paragraph(token.idx, start, end)
            if end - start < 3 or sum(1 for t in ctx.tokens_in(start, end) if t.is_alpha) < 2:
                continue
            inside = ctx.marks_overlapping(start, end)
            kind = "indirect"
            if inside:
                words = [t for t in ctx.tokens_in(start, end) if t.is_alpha]
                quoted = [t for t in words if any(m.start < t.idx < m.end for m in inside)]
                kind = "direct" if words and len(quoted) == len(words) else "mixed"
                start, end = _strip(ctx.text, min(start, inside[0].start), max(end, inside[-1].end))
            attribution = ctx.attribution(token)
            quote = {"kind": kind, "text": ctx.text[start:end], "start": start, "end": end}
            quote.update({k: attribution.get(k) for k in _SPEAKER_KEYS + _CUE_KEYS})
            quote["_rank"] = content_rank
            results.append(quote)
        return results

    def _according_to(self, ctx: _Context) -> list[dict[str, Any]]:
        doc = ctx.doc
        results = []
        for token in doc:
            if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
                continue
            if ctx.inside_covered(token.idx) or ctx.inside_any_quote(token.idx):
                continue
            to = doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if not objects:
                continue
            source = objects[0]
            sent_start, sent_end = ctx.sents[token.i]
            if token.i - sent_start <= 1:
                lo, hi = source.right_edge.i + 1, sent_end
            else:
                lo, hi = sent_start, token.i
            if hi - lo < 3:
                continue
            start, end = _strip(ctx.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
            start, end = ctx.clip_to_paragraph(token.idx, start, end)
            if end - start < 3:
                continue
            speaker = ctx.speaker_from(source, doc[source.left_edge.i : source.i + 1])
            inside = ctx.marks_overlapping(start, end)
            quote = {"kind": "mixed" if inside else "indirect", "text": ctx.text[start:end], "start": start}
            quote.update({"end": end, **speaker, "medium": None})
            quote.update({"cue": doc[token.i : token.i + 2].text, "cue_start": token.idx})
            quote["cue_end"] = to.idx + len(to)
            results.append(quote)
        return results


def _looks_like_name(label: str) -> bool:
    words = label.split()
    if not 1 <= len(words) <= 6 or any(c.isdigit() for c in label):
        return False
    return all(w[:1].isupper() or w.lower() in ("of", "the", "de", "van", "von", "al") for w in words)


class _Context:
    """Per-doc indexes: token offsets, entity mentions, paragraphs, quotation marks, covered spans."""

    def __init__(self, doc: Doc, lexicon: Cues, marks: list[QuoteMarks]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.sents = sentence_bounds(doc)
        self.cues = lexicon
        self.marks = marks
        self.mark_starts = [m.start for m in marks]
        self.starts = [t.idx for t in doc]
        self.consumed_cues: set[int] = set()
        self.covered: list[tuple[int, int]] = []
        self.covered_starts: list[int] = []
        self.mention_at: dict[int, tuple[str, int, int, str]] = {}
        for entity in doc._.entities or []:
            for m in entity["mentions"]:
                span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
                if span is not None:
                    for t in span:
                        self.mention_at.setdefault(t.i, (entity["id"], m["start"], m["end"], m["text"]))
        self.newlines = [m.start() for m in re.finditer("\n", self.text)]
        self.para_starts = {m.end() for m in _PARA_START.finditer(self.text)}

    def token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [self.doc[i] for i in range(lo, hi)]

    def freeze_covered(self) -> None:
        """Sort the covered spans once the direct quotes are known, for bisecting."""
        self.covered.sort()
        self.covered_starts = [s for s, _ in self.covered]

    def inside_covered(self, char: int) -> bool:
        k = bisect.bisect_right(self.covered_starts, char) - 1
        return k >= 0 and self.covered[k][0] <= char < self.covered[k][1]

    def inside_any_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self.mark_starts, char) - 1
        return k >= 0 and self.marks[k].start <= char < self.marks[k].end

    def marks_overlapping(self, start: int, end: int) -> list[QuoteMarks]:
        lo = max(0, bisect.bisect_right(self.mark_starts, start) - 1)
        hi = bisect.bisect_left(self.mark_starts, end)
        return [m for m in self.marks[lo:hi] if m.start < end and m.end > start]

    def sentence_start(self, char: int) -> int:
        """Offset where the sentence holding ``char`` starts, within its paragraph."""
        first = self.sents[self.token_at(char)][0]
        return max(self.doc[first].idx, self.paragraph_of(char)[0])

    def opens_paragraph(self, char: int) -> bool:
        return char in self.para_starts

    def paragraph_of(self, char: int) -> tuple[int, int]:
        k = bisect.bisect_left(self.newlines, char)
        start = self.newlines[k - 1] + 1 if k else 0
        end = self.newlines[k] if k < len(self.newlines) else len(self.text)
        return start, end

    def clip_to_paragraph(self, anchor: int, start: int, end: int) -> tuple[int, int]:
        """A content span cut to the paragraph of its cue."""
        p_start, p_end = self.paragraph_of(anchor)
        return _strip(self.text, max(start, p_start), min(end, p_end))

    def paragraphs_between(self, a: int, b: int) -> int:
        if a < 0:
            return 99
        return bisect.bisect_left(self.newlines, b) - bisect.bisect_left(self.newlines, a)

    def continues(self, clause_end: int, next_start: int) -> bool:
        """Whether a quotation right after an attribution clause carries on the same quote."""
        between = self.text[clause_end:next_start]
        if "\n" in between or len(between) > 40 or any(c in between for c in ".!?"):
            return False
        return len(between.split()) <= 3

    def is_cue(self, token: Token) -> bool:
        if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
            return False
        lemma = token.lemma_.lower()
        if not self.cues.any(lemma):
            return False
        particle = self.cues.particles.get(lemma)
        return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in token.children)

    def is_speech_cue(self, token: Token) -> bool:
        return self.is_cue(token) and token.lemma_.lower() in self.cues.clausal

    def names_someone(self, span: Span) -> bool:
        """A speaker label: an entity mention, or a name-like word in capitals."""
        if any(t.i in self.mention_at for t in span):
            return True
        letters = [c for c in span.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 2

    def embedded(self, mark: QuoteMarks) -> bool:
        """Whether the quotation sits inside a sentence rather than standing as one."""
        if self.opens_paragraph(mark.start):
            return False
        i = self.token_at(mark.start)
        j = i - 1
        while j >= 0 and self.doc[j].is_space:
            j -= 1
        if j < 0:
            return False
        prev = self.doc[j]
        return prev.text not in (".", "!", "?", ":") and not set(prev.text) & _MARK_CHARS

    def trailer(self, mark: QuoteMarks) -> dict[str, Any] | None:
        """Attribution right after the closing mark: "…,” X said", "…,” said X", "…” ― X"."""
        doc = self.doc
        dash = _DASH_CREDIT.match(self.text, mark.end)
        if dash is not None:
            i = bisect.bisect_left(self.starts, dash.end())
            return self._dash_credit(i, min(len(doc), i + _WINDOW), dash.start(1), dash.end(1))
        i = bisect.bisect_left(self.starts, mark.end)
        if i >= len(doc) or "\n" in self.text[mark.end : doc[i].idx]:
            return None
        stop = min(len(doc), i + _WINDOW)
        for j in range(i, min(stop, i + _CUE_REACH)):
            t = doc[j]
            if "\n" in t.text or (t.text in _END_PUNCT and j > i) or set(t.text) & _MARK_CHARS:
                return None
            if self.is_speech_cue(t):
                found = self.attribution(t, window=(i, stop))
                if found.get("speaker_start") is None or found["speaker_start"] < mark.end:
                    found = self.attribution(t, window=(i, stop), inverted_only=True)
                if found.get("speaker_text") is None:
                    return None
                found["clause_end"] = self._clause_end(j, stop)
                return found
        return None

    def _dash_credit(self, i: int, stop: int, dash_start: int, dash_end: int) -> dict[str, Any] | None:
        """A credit line after the quotation: "…” ― Jane Doe"."""
        doc = self.doc
        j = i
        while j < stop and "\n" not in doc[j].text and not doc[j].is_space:
            if doc[j].is_punct and not (doc[j].text == "." and j > i and len(doc[j - 1]) == 1):
                break
            j += 1
        span = doc[i:j]
        if not len(span) or len(span) > 8 or not span[0].text[:1].isupper():
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in span):
            return None
        found = self.speaker_from(span.root, span)
        cue = self.text[dash_start:dash_end]
        found.update({"cue": cue, "cue_start": dash_start, "cue_end": dash_end, "medium": None})
        return found

    def _clause_end(self, j: int, stop: int) -> int:
        doc = self.doc
        k = j
        while (
            k + 1 < stop
            and doc[k + 1].text not in (",", ".", "!", "?", ":")
            and not (set(doc[k + 1].text) & _MARK_CHARS)
        ):
            k += 1
        return doc[k].idx + len(doc[k])

    def header(self, mark: QuoteMarks) -> dict[str, Any] | None:
        """Attribution right before the opening mark: "He says: “…”", "said X, “…”"."""
        doc = self.doc
        i = self.token_at(mark.start) - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or (doc[i].text not in (":", ",") and not self.is_speech_cue(doc[i])):
            return None
        for j in range(i, max(-1, i - _WINDOW), -1):
            t = doc[j]
            if "\n" in t.text or t.text in _END_PUNCT or set(t.text) & _MARK_CHARS:
                break
            if self.is_speech_cue(t):
                found = self.attribution(t)
                start = found.get("speaker_start")
                if start is None or start >= mark.start:
                    return None
                return found
        return None

    def subject_of(self, verb: Token) -> Token | None:
        """The subject of a verb, climbing through conjunctions, xcomp and adverbial clauses."""
        current = verb
        for _ in range(6):
            for child in current.children:
                if child.dep_ in _SUBJECTS:
                    return child
            if current.dep_ == "relcl":
                return current.head
            if current.dep_ not in _CLIMB or current.head is current:
                return None
            current = current.head
        return None

    def attribution(
        self, cue: Token, window: tuple[int, int] | None = None, inverted_only: bool = False
    ) -> dict[str, Any]:
        """Speaker, cue and medium of a cue verb."""
        subject = None if inverted_only else self.subject_of(cue)
        if subject is None and window is not None:
            for j in range(cue.i + 1, window[1]):
                t = self.doc[j]
                if t.pos_ in ("PROPN", "PRON", "NOUN") or j in self.mention_at:
                    subject = t
                    while subject.dep_ in ("compound", "amod", "det", "poss") and subject.head.i > subject.i:
                        subject = subject.head
                    break
                if t.is_punct:
                    break
        lo, hi = cue.i, cue.i + 1
        for child in cue.children:
            if child.dep_ in ("aux", "auxpass", "neg", "prt") and abs(child.i - cue.i) <= 3:
                lo, hi = min(lo, child.i), max(hi, child.i + 1)
        result: dict[str, Any] = {
            "speaker": None,
            "speaker_text": None,
            "speaker_start": None,
            "speaker_end": None,
            "cue": self.doc[lo:hi].text,
            "cue_start": self.doc[lo].idx,
            "cue_end": self.doc[hi - 1].idx + len(self.doc[hi - 1]),
            "medium": self.medium(cue),
            "cue_tokens": (cue.i,),
        }
        if subject is not None:
            if subject.lower_ in ("who", "that", "which") and subject.head.dep_ == "relcl":
                antecedent = subject.head.head
                speaker = self.speaker_from(subject, self.doc[subject.i : subject.i + 1])
                linked = self.speaker_from(antecedent, self.doc[antecedent.left_edge.i : antecedent.i + 1])
                speaker["speaker"] = linked["speaker"]
            else:
                speaker = self.speaker_from(subject, self._noun_phrase(subject))
            result.update(speaker)
        return result

    def _noun_phrase(self, head: Token) -> Span:
        lo = max(head.left_edge.i, head.i - _MAX_SPEAKER)
        hi = head.i + 1
        for child in head.rights:
            if child.dep_ in ("compound", "flat", "case", "nummod", "amod") or (
                child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "from", "with") and child.i == hi
            ):
                hi = min(child.right_edge.i + 1, head.i + _MAX_SPEAKER)
            else:
                break
        return self.doc[lo:hi]

    def speaker_from(self, head: Token, span: Span) -> dict[str, Any]:
        """Speaker fields for a subject head and its phrase; the entity is the one mentioned at the head."""
        held = self.mention_at.get(head.i)
        if held is None:
            for t in span:
                if t.i in self.mention_at:
                    held = self.mention_at[t.i]
        start, end = span.start_char, span.end_char
        return {
            "speaker": held[0] if held is not None else None,
            "speaker_text": self.text[start:end],
            "speaker_start": start,
            "speaker_end": end,
        }

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
            first = self.token_at(start)
            if first > 0 and self.doc[first - 1].lower_ == "the":
                start = self.doc[first - 1].idx
            return self.text[start:end]
        return self.doc[head.left_edge.i : head.i + 1].text

    def content_of(self, cue: Token, object_cues: bool) -> tuple[int, int, int] | None:
        """Token range of what a cue verb reports, and a rank (0 clause, 1 other): clause first."""
        lemma = cue.lemma_.lower()
        clauses = [
            c
            for c in cue.children
            if (c.dep_ == "ccomp" and lemma in self.cues.clausal)
            or (c.dep_ in ("xcomp", "oprd") and lemma in self.cues.naming)
        ]
        rank = 0
        if not clauses and object_cues:
            rank = 1
            clauses = self._other_complements(cue, lemma)
        if not clauses:
            return None
        after = [c for c in clauses if c.i > cue.i]
        side = after or clauses
        lo = min(c.left_edge.i for c in side)
        hi = max(c.right_edge.i for c in side) + 1
        if lo <= cue.i < hi:
            if after:
                lo = cue.i + 1
            else:
                hi = cue.i
        subject = self.subject_of(cue)
        if subject is not None and lo <= subject.i < hi:
            if subject.i < side[0].i:
                lo = subject.right_edge.i + 1
            else:
                hi = subject.left_edge.i
        if hi - lo > _MAX_CONTENT:
            lo, hi = (lo, lo + _MAX_CONTENT) if after else (hi - _MAX_CONTENT, hi)
        return (lo, hi, rank) if hi - lo >= 2 else None

    def _other_complements(self, cue: Token, lemma: str) -> list[Token]:
        if self.subject_of(cue) is None:
            return []
        found = []
        preps = self.cues.prepositional.get(lemma, frozenset())
        for child in cue.children:
            if child.i < cue.i:
                continue
            if child.dep_ == "dobj" and lemma in self.cues.object:
                found.append(child)
            elif child.dep_ == "xcomp" and lemma in self.cues.infinitive:
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in preps:
                found.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        if found and lemma in self.cues.infinitive:
            found.extend(c for c in cue.children if c.dep_ == "xcomp" and c not in found and c.i > cue.i)
        return found


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding spaces, quotation marks and clause punctuation."""
    junk = " \t\n\u00a0,;:'`" + OPENERS + CLOSERS + STRAIGHT + "\u2014\u2013\u2015-"
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def _dedupe(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One quote per stretch of text: on a large overlap keep the direct/mixed or clausal one."""
    order = {"direct": 0, "mixed": 1, "indirect": 2}

    def rank(q: dict[str, Any]) -> tuple[int, int, int]:
        return (order[q["kind"]], q.get("_rank", 0), -(q["end"] - q["start"]))

    kept: list[dict[str, Any]] = []
    for quote in sorted(quotes, key=lambda q: (q["start"], rank(q))):
        clash = None
        for other in reversed(kept[-8:]):
            overlap = min(quote["end"], other["end"]) - max(quote["start"], other["start"])
            if overlap > 0.5 * min(quote["end"] - quote["start"], other["end"] - other["start"]):
                clash = other
                break
        if clash is None:
            kept.append(quote)
        elif rank(quote) < rank(clash):
            kept[kept.index(clash)] = quote
    for quote in kept:
        for key in ("cue_tokens", "clause_end", "_rank"):
            quote.pop(key, None)
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
    return QuoteFinder(nlp, name, min_direct_words, max_quotes, object_cues)
