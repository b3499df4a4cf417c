"""Confidence of a coded event and the discard phrases that mark non-political text.

An event's confidence is a logistic model over a few named features of how it was found: the
strength of its trigger (a dictionary pattern naming the arguments, a frame, a verb's default code),
whether its CAMEO code is a catch-all root code, a statement (CAMEO 01x) or a material act, how its source and
target resolve, whether it sits in quotation marks or in the lead, its modality, its source being a
pronoun, the genre of the text (PETRARCH2's discard phrases for sports, entertainment and
history; its length, ``length_signs``: a brief of a sentence or two, edited wire copy, against a
full article) and what the rest of the story says of it (``story_features``: an event outside the
lead of a type the lead reports). The weights and the default threshold are in
``ontology/event_confidence.json``, fitted by ``scripts/fit_event_confidence.py`` on the tune half
of the events-news gold (docs/event-coding.md). A genre with a threshold of its own (a brief:
``genre.thresholds`` in the weights file, chosen on the briefs of the tune data) has its events'
probabilities moved so that its threshold falls on the default one (``genre_shift``): one default
threshold then serves every text. An event whose source does not resolve to a country, an IGO or a
known group is capped at half the threshold (the PETRARCH rule), and so is a hypothetical event.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..ontology import load_json
from ..ontology.cameo import SECTORS_FILE, cameo_code, international_codes
from ..ontology.event_confidence import default_threshold as _default_threshold
from ..text.phrases import alternation
from .lexicon import cues
from .nonevents import state_name
from .patterns import discards

WEIGHTS_FILE = "event_confidence.json"
INFERRED_SOURCES = frozenset({"sentence", "dateline", "document", "title"})
# where an actor with no country of its own has its event placed
PLACED_EVENT_SOURCES = frozenset({"sentence", "dateline"})
# modalities of an event that has not (yet) happened
IRREALIS = frozenset({"planned", "hypothetical", "negated"})
# characters of text read as one unit of an event's depth (``depth``): about three sentences of news
DEPTH_UNIT = 500
# kinds of actor (``actor_kind``) that CAMEO codes as political: the state's and armed or
# international groups'
POLITICAL_KINDS = frozenset({"state", "group"})
ROLES = ("source", "target")


@dataclass(frozen=True)
class Model:
    """The logistic model: bias, weight per feature, the default threshold and the source cap; the
    most sentences of a brief and the threshold of each genre that has its own (by the name of its
    ``text:<genre>`` feature)."""

    threshold: float
    bias: float
    weights: dict[str, float]
    brief_sentences: int = 3
    genre_thresholds: dict[str, float] = field(default_factory=dict)

    @property
    def unresolved_cap(self) -> float:
        """The most an event with an unresolved source may score: half the threshold."""
        return self.threshold / 2


@cache
def model() -> Model:
    """The confidence model, loaded once."""
    data = load_json(WEIGHTS_FILE)
    weights = {k: float(v) for k, v in data["weights"].items()}
    genre = data.get("genre", {})
    brief = int(genre.get("brief_sentences", Model.brief_sentences))
    own = {k: float(v) for k, v in genre.get("thresholds", {}).items()}
    return Model(float(data["threshold"]), float(data["bias"]), weights, brief, own)


def default_threshold() -> float:
    """The minimum confidence shown by default (exports, queries, API)."""
    return _default_threshold()


def resolution(actor: dict[str, Any] | None) -> str:
    """ "resolved" (a country, IGO or known group from the text), "inferred" (a country taken from
    the sentence, the dateline or the story), "unresolved" (an actor with no country) or "none"."""
    if not actor:
        return "none"
    code = str(actor.get("code") or "")
    if actor.get("country"):
        return "inferred" if actor.get("country_source") in INFERRED_SOURCES else "resolved"
    if actor.get("country_source") in PLACED_EVENT_SOURCES:
        # a generic doer of an event its sentence or the dateline places ("gunmen attacked a
        # police station in Gabon"), which the guide codes with no country
        return "inferred"
    if code.startswith(international_codes()):
        # an actor with no country of its own still counts as a resolved group
        return "resolved"
    return "unresolved"


def _dateline_generic(actor: dict[str, Any] | None) -> bool:
    """Whether an actor is a generic doer with no country whose event the dateline places."""
    return bool(actor) and not actor.get("country") and actor.get("country_source") == "dateline"


@cache
def _kinds() -> dict[str, str]:
    """The kind of actor (``state``, ``group``, ``private``) of each CAMEO agent code (``kinds`` of
    ``actor_sectors.json``)."""
    return {code: kind for kind, codes in load_json(SECTORS_FILE)["kinds"].items() for code in codes}


def actor_kind(actor: dict[str, Any] | None) -> str:
    """What kind of actor an event's source or target is, by its CAMEO code (``kinds`` of
    ``actor_sectors.json``): "state" (a state body or office, a party, the opposition, or a
    country named as an actor, "France", "the Kremlin"), "group" (an armed non-state group, an
    international body, a non-governmental organisation), "private" (civilians, companies,
    schools, hospitals, the media, churches, criminals), "other" (a name or a noun of no agent
    code: a person the dictionaries do not hold) or "none" (no actor). Offered to the
    confidence model as ``source:<kind>`` and ``target:<kind>`` (docs/event-coding.md)."""
    if not actor:
        return "none"
    code = str(actor.get("code") or "").upper()
    country = str(actor.get("country") or "").upper()
    if code.startswith(international_codes()):
        role = code[:3]
    else:
        role = code[len(country) :][:3] if country and code.startswith(country) else code[:3]
    if role:
        return _kinds().get(role, "other")
    if country and state_name(str(actor.get("text") or "")):
        return "state"
    return "other"


def features(
    *,
    strength: float,
    kind: str,
    source: dict[str, Any] | None,
    target: dict[str, Any] | None,
    modality: str,
    question: bool,
    quoted: bool,
    lead: bool,
    pronoun_source: bool,
    genre: str | None,
    cameo: str = "",
    position: float = 0.0,
    offset: int = 0,
    opinion: float = 0.0,
    clause: dict[str, bool] | None = None,
    text: dict[str, float] | None = None,
    framing: str | None = None,
) -> dict[str, float]:
    """The named features of one event: indicators, the trigger strength, the sentence's position
    in the text (0 first, 1 last) and its depth (``depth``: how far from the top of the text it
    starts, ``offset`` in characters), the text's share of first- and second-person sentences
    (``nonevents.opinion_share``), the clause's non-event signals (``nonevents.clause_signals``)
    and the text's genre signs (``nonevents.text_signals``, as ``text:<name>``); the features from
    the rest of the story are added by ``story_features``. ``framing`` is the modality the
    reporting frames alone give when the event's own differs (an adverb of hearsay, an act done by
    saying it in the speaker's own voice: ``event_cues.json``), the reading the weights were
    fitted on. The model weighs only the features its weights name."""
    kinds = (actor_kind(source), actor_kind(target))
    out = {
        "position": position,
        "depth": depth(offset),
        "opinion": opinion,
        "irrealis": float(modality in IRREALIS),
        "generic": float(generic_code(cameo)),
        "statement": float(cameo.startswith("01")),
        "material": float(material_code(cameo)),
        "legal_action": float(cameo in cues().doerless_codes),
        "strength": strength,
        f"kind:{kind}": 1.0,
        f"source:{resolution(source)}": 1.0,
        f"target:{resolution(target)}": 1.0,
        "source:dateline_generic": float(_dateline_generic(source)),
        f"source:{kinds[0]}": 1.0,
        f"target:{kinds[1]}": 1.0,
        "dyad:private": float("private" in kinds and not POLITICAL_KINDS.intersection(kinds)),
        f"modality:{framing or modality}": 1.0,
        "question": float(question),
        "quoted": float(quoted),
        "lead": float(lead),
        "pronoun_source": float(pronoun_source),
    }
    if genre:
        out[f"genre:{genre}"] = 1.0
    for name, value in (clause or {}).items():
        out[f"clause:{name}"] = float(value)
    for name, value in (text or {}).items():
        out[f"text:{name}"] = float(value)
    return out


def depth(offset: int) -> float:
    """How far into the text a sentence starts, on a log scale: ln(1 + offset / ``DEPTH_UNIT``)
    for a sentence starting ``offset`` characters after the top (0 for the first). Unlike the
    relative ``position``, it grows with the length of a text: the 40th sentence of a long column
    is far from its news, the last of a short wire story is not."""
    return math.log1p(max(0, offset) / DEPTH_UNIT)


def length_signs(sentences: int, brief_sentences: int | None = None) -> dict[str, float]:
    """The text's genre by its length in sentences (headline and dateline count as sentences):
    ``brief``, a text of at most ``brief_sentences`` sentences (the weights file's
    ``genre.brief_sentences``), a brief, a one-sentence item or an edited wire text, whose few
    events are its news, against a full article, whose body also tells background, reactions and
    comment; and ``log_sentences``, the natural log of the count (0 for a single sentence)."""
    limit = model().brief_sentences if brief_sentences is None else brief_sentences
    count = max(1, sentences)
    return {"brief": float(count <= limit), "log_sentences": math.log(count)}


def generic_code(cameo: str) -> bool:
    """Whether a CAMEO code is a catch-all: a root code ("12", "120") rather than a specific one."""
    return len(cameo) == 2 or (len(cameo) == 3 and cameo.endswith("0"))


def material_code(cameo: str) -> bool:
    """Whether a CAMEO code is of a material act (GDELT QuadClass 2 or 4 of its root, material
    cooperation or conflict: aid, withdrawal, protest, sanction, coercion, force) rather than a
    verbal one (a statement, appeal, accusation, threat)."""
    row = cameo_code(cameo[:2]) if len(cameo) >= 2 else None
    return bool(row and row.quad_class in (2, 4))


def story_features(events: Sequence[tuple[str, dict[str, float]]]) -> list[dict[str, float]]:
    """The features each of a text's events takes from the others, given (PLOVER type, features)
    of every coded event in text order: ``lead_type``, an event outside the lead whose type is that
    of an event coded in the lead (the story's main event told again in its body: "Rebels shelled
    the airport" in the lead, "The shelling went on for hours" further down); ``type_repeats``, an
    event whose type is coded in another sentence of the text (sentences told apart by their
    ``position``), wherever they sit; ``story:material``, the share of the text's other events of
    a material type (``material_code``: a story of force and coercion, conflict news, against one
    of statements and appeals), and ``material_story``, that share for a material event;
    ``story:private``, a story none of whose events has a source or target of a political kind
    (``POLITICAL_KINDS`` of ``actor_kind``: a state body, an armed group, an international body):
    a story of companies, residents, schools and hospitals, local or business news."""
    lead = {kind for kind, feats in events if feats.get("lead")}
    sentences: dict[str, set[float]] = {}
    for kind, feats in events:
        sentences.setdefault(kind, set()).add(feats.get("position", 0.0))
    materials = sum(feats.get("material", 0.0) for _, feats in events)
    political = any(
        feats.get(f"{role}:{kind}") for _, feats in events for role in ROLES for kind in POLITICAL_KINDS
    )
    out = []
    for kind, feats in events:
        material = feats.get("material", 0.0)
        share = (materials - material) / (len(events) - 1) if len(events) > 1 else 0.0
        out.append(
            {
                "lead_type": float(not feats.get("lead") and kind in lead),
                "type_repeats": float(len(sentences[kind] - {feats.get("position", 0.0)}) > 0),
                "story:material": share,
                "material_story": material * share,
                "story:private": float(not political),
            }
        )
    return out


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def genre_shift(feats: dict[str, float], m: Model | None = None) -> float:
    """The logit added to the probability of an event of a genre with its own threshold (the
    ``text:<genre>`` feature set): ``logit(default threshold) - logit(genre threshold)``, so that an
    event at its genre's threshold scores the default threshold; 0 for any other text."""
    m = m or model()
    shift = 0.0
    for genre, own in m.genre_thresholds.items():
        if feats.get(f"text:{genre}"):
            shift += _logit(m.threshold) - _logit(own)
    return shift


def score(feats: dict[str, float], m: Model | None = None) -> float:
    """The model's probability for a feature dict (no genre shift, no cap)."""
    m = m or model()
    return _logistic(m.bias + sum(m.weights.get(name, 0.0) * value for name, value in feats.items()))


def capped(feats: dict[str, float]) -> bool:
    """Whether an event scores at most half the threshold: its source resolves to no country, IGO
    or known group (the PETRARCH rule), it is hypothetical (a condition or a possibility, "if
    ..., the army could strike": no act of the story, so never shown by default), it is a plain
    statement (a CAMEO 01x comment aimed at no one, "voiced optimism about the talks": the guide's
    plain statements are no events; one with a target, condolences to a country, stays), or its
    story has a discard phrase (sports, entertainment: PETRARCH discards the story)."""
    resolved = feats.get("source:resolved") or feats.get("source:inferred")
    # a dateline places where a generic doer acted ("BAGHDAD - Gunmen stormed a checkpoint"), not
    # who voiced a statement there ("PARIS - Envoys criticised the plan")
    if feats.get("source:dateline_generic") and not feats.get("material"):
        resolved = False
    # the story's lead told in the passive with no doer named ("the envoy was expelled on Monday"),
    # or a charge or accusation whose doer is the state's ("the officer was charged with murder"):
    # the guide codes it with no source
    named_target = feats.get("clause:doerless") and not feats.get("target:none")
    unnamed = named_target and (feats.get("lead") or feats.get("legal_action"))
    # a story PETRARCH's discard phrases mark as sports or entertainment is not coded
    discarded = bool(feats.get("genre:story_discard"))
    plain = bool(feats.get("statement") and feats.get("target:none"))
    return not (resolved or unnamed) or bool(feats.get("modality:hypothetical")) or discarded or plain


def confidence(feats: dict[str, float]) -> float:
    """The confidence of one event (0-1, three decimals): the model's probability, moved for a
    genre with its own threshold (``genre_shift``), capped at half the default threshold when its
    source is unresolved or it is hypothetical (``capped``)."""
    m = model()
    value = score(feats, m)
    shift = genre_shift(feats, m)
    if shift:
        value = _logistic(_logit(min(max(value, 1e-9), 1 - 1e-9)) + shift)
    if capped(feats):
        value = min(value, m.unresolved_cap)
    return round(value, 3)


@cache
def _discard_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    def compile_all(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
        if not phrases:
            return None
        return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE)

    d = discards()
    return compile_all(d.story), compile_all(d.sentence)


def story_discarded(text: str) -> bool:
    """Whether a story-level discard phrase (sports, entertainment) occurs in the text."""
    story, _ = _discard_patterns()
    return bool(story and story.search(text))


def sentence_discarded(text: str) -> bool:
    """Whether a sentence-level discard phrase (history anniversaries, sports results) occurs in it."""
    _, sentence = _discard_patterns()
    return bool(sentence and sentence.search(text))
