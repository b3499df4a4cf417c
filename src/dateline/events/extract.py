"""Rule-based event coding of a parsed Doc: predicates from the lexicon, arguments from the parse.

For each sentence: find event predicates (verbs in the lexicon, light verbs with an event noun as
object, event nouns with an actor), fold a predicate into the one that governs it ("agreed to
meet" is one AGREE event), find source and target (active and passive voice, control, coordination,
appositions, prepositional targets), the modality, and code CAMEO, PLOVER, Goldstein and QuadClass.
Work per sentence is linear in its length and the number of events per sentence and per document is
capped, so hostile input (run-ons, long lists) stays bounded.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..knowledge import iso3_of_iso2
from ..nlp.doc_index import cached_rows, doc_text, span_rows
from ..nlp.quote_cues import cues as quote_cues
from ..ontology.cameo import cameo_code, international_codes
from .actors import (
    ACTOR_ENTS,
    ACTOR_PRONOUNS,
    ANAPHORIC_DETS,
    LOCATIVE_PREPS,
    RESIDENT_SECTORS,
    STATE_SECTORS,
    STORY_KEY,
    ActorResolver,
    Resolver,
    actor_code,
    actor_word,
    as_strikers,
    country_name_word,
    device_word,
    in_dateline,
    in_setting,
    names_thing,
    reported_speaker,
    story_date,
    story_dateline,
)
from .argument_kinds import (
    ACTOR,
    STORY_HEADLINE_KEY,
    argument_kinds,
    glued_title,
    headline_bare_passive,
    headline_line_end,
    in_attribution,
    in_comitative,
    infinitive_addressees,
    judged_in_headline,
    mark_story_headline,
    names_actor,
    names_people,
    names_time,
    never_target,
    object_kinds,
    raised_objects,
)
from .arguments import (
    PARTNER_WITH_TYPES,
    POSSESSIVE_PRONOUNS,
    PRONOUN_GENDERS,
    PRONOUNS,
    VENUE_ENTS,
    VICTIM_PREPS,
    actor_key_of,
    addressees,
    apart_from_speaker,
    attack_claimer,
    attack_device,
    befallen_owner,
    conjunct_subject,
    device_user,
    each_other,
    entity_mentions,
    fact_subjects,
    inhabitants,
    is_venue,
    judged_owner_words,
    judged_thing_object,
    judges_thing,
    means_doers,
    means_verb,
    meeting_partners,
    mention_key,
    misattached_conjunct,
    name_head,
    name_root,
    names_no_doer,
    names_object,
    noun_act_targets,
    noun_agent,
    object_antecedent,
    other_targets,
    outside_scope,
    patient_act,
    patient_doers,
    possessed,
    pronoun_owner,
    same_entity,
    seizes_things,
    speaker_genders,
    speaker_itself,
    speaker_pronoun,
    subject_of,
    subjunctive_subjects,
    taken_from,
    thing_targets,
    topic_words,
    with_conjuncts,
    with_last,
)
from .clauses import (
    DISSENT_TYPES,
    MAX_CHAIN,
    PASSING_RULE,
    agent_of,
    clause_verb,
    colon_clause,
    colon_speaker,
    content_clause,
    fold,
    has_agent,
    has_own_subject,
    held_to_blame,
    inner_agent,
    labelled_clause,
    participle_of_noun,
    prep_objects,
    relative_antecedent,
)
from .coding import cameo_actor, describe, gdelt_fields
from .company_sector import mark_companies
from .confidence import (
    confidence,
    features,
    length_signs,
    sentence_discarded,
    story_discarded,
    story_features,
)
from .findings import finding_doer, found_subjects
from .grievance import GRIEVANCE_RULE, aimed_at
from .harms import HARM, harm_clauses, judged_conduct, offender, public_actor
from .headline import echoes, first_line, glued_title_end
from .headline_people import place_headline_people
from .intent import INTENT_RULE, committed_code, voiced_acts, voiced_code, voiced_intent_act
from .labels import opinion_headline
from .leisure import business_judgement, leisure_exchange, private_quarrel, private_request
from .lexicon import (
    PRAISE,
    Sense,
    control_doer,
    cues,
    hyphened_start,
    lexicon,
    match_noun,
    match_verb,
    named_act,
    paired_complement_object,
    past_counterfactual,
    past_fault,
    promised_acts,
    promises_nothing,
    recode,
    threatened_code,
    verb_lemma,
    verb_lemmas,
)
from .modality import Modality, governing_chain, modality
from .nonacts import death_by_no_one, force_idiom, harm_by_a_thing
from .nonevents import (
    PrivateParty,
    about_no_one,
    accidental_force,
    approves_a_measure,
    asked_clause,
    asks_a_question,
    aspiration,
    battle_between,
    blow_of_no_one,
    both_parties,
    business_doers,
    business_routine,
    campaign_rally,
    civilian_mobilization,
    clause_signals,
    commercial_deal,
    common_destinations,
    company_name,
    corporate_resignation,
    counted_crowd,
    criticism_at_no_one,
    crowd,
    danger_warning,
    denied_act,
    diplomatic_protest,
    domestic_visit,
    earlier_year,
    electoral_contest,
    endangers,
    feeling_at_no_one,
    figurative_struggle,
    founding_purpose,
    game_play,
    generic_passive,
    generic_statement,
    generic_subject,
    habitual,
    hazard_toll,
    imperative,
    in_condition,
    indirect_question,
    influenced_act,
    journey,
    listed_person,
    literal_aim,
    names_no_actor,
    no_visit,
    nobody_acts,
    nonevent_cues,
    nonspecific,
    official_obstruction,
    opinion_share,
    people_by_name,
    perpetrates,
    political_text,
    private_actor,
    private_exchange,
    private_gift,
    private_trip,
    question,
    reported_record,
    standing,
    standing_relation,
    standing_state,
    state_actor,
    states_a_rate,
    statistic,
    support_rally,
    talk_topic,
    text_signals,
    topic_gerund,
    wanted_for,
    withheld,
)
from .noun_subjects import MEETING_TYPE, PARTY_KEY, noun_parties, party_noun, party_subject
from .patterns import PARTICLES, STRENGTH_SYNONYM, match_cameo_verb
from .plights import CASUALTY_KEY, harm_of_attack, plights
from .quoted_requests import quoted_imperatives, requested_verbs
from .readings import (
    BLAME,
    CONDITIONAL_THREAT,
    FIRST_PERSON,
    FIRST_PERSON_OWNERS,
    VERBAL_ATTACK,
    VERDICT,
    WARNING,
    act_doers,
    answered_clause,
    blamed_clauses,
    clause_blames,
    clause_subject,
    concerns,
    condemned_clauses,
    conditional_threat,
    copulas,
    deed_doers,
    deed_places,
    deed_victim,
    dismissal,
    harmed_ones,
    instrument,
    inverted_speaker,
    is_copula,
    judged_clauses,
    judgements_of,
    judging_predicates,
    leaders,
    names_a_wrong,
    office_holder,
    quoted_word,
    statement_clauses,
    threat_by_source,
    verbal_attack,
    verbal_target,
    warned_clauses,
    wrongdoing,
)
from .story_country import is_country, leading, plurality
from .threats import may_hold_out, open_threats, promised_threat
from .triggers import (
    OCCURS_SUFFIX,
    WORDS_ATTACK,
    Trigger,
    doubted_bearers,
    find_triggers,
    has_verb,
    held_meeting,
    meeting_verb,
    named_doer,
    noun_doers,
    plans_a_journey,
    recoded,
    talks_doer,
)

DEFAULT_TARGET_PREPS = ("against", "on", "with", "to")
# the phrases naming whom an act undergone comes from ("drew criticism from the unions", "sparked
# outrage among farmers", "won support among voters": the ones who criticise or support)
SWAPPED_SOURCE_PREPS = ("from", "among")
# object pronouns that never stand for the subject of their own clause (reflexives do)
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# subject pronouns that stand for a group, a body or a country
GROUP_PRONOUNS = frozenset({"they", "it"})
# dependents naming who a reporting verb addresses ("told investigators", "assured residents")
ADDRESSEE_DEPS = ("dobj", "dative", "iobj")
# a demand read from "X said Y must ..." is weaker than a verb that names the demand
DEMAND_STRENGTH = 0.8
# CAMEO's criticism, the code of faulting someone for what they should have done
PAST_FAULT_CODE = "111"
# verbs of being and having, which a subject does not do ("should have had a longer break")
STATIVE_LEMMAS = frozenset({"be", "have"})
# "Mayor to council: Release the report" (``EventCoder._addressed_imperatives``)
ADDRESSED_APPEAL = Sense(key="to+imperative", cameo="020", plover="REQUEST", strength=DEMAND_STRENGTH)
MAX_EVENTS_PER_SENTENCE = 6
MAX_EVENTS_PER_DOC = 400
# a rule suffix marking an act promised as planned ("vowed to send troops"), not a threat
PLANNED_SUFFIX = "+planned"
MAX_SCOPE_NAMES = 4
# spaces and marks between a headline and the story it runs on into on one line
HEADLINE_JOINERS = " \t.-–—|:"
# names a predicate's scope may supply as its target: countries, peoples and organisations (a person
# named in passing, "during X's trial", is not the target)
SCOPE_ENTS = frozenset({"GPE", "NORP", "ORG"})

# types of an act aimed at someone, whose on/against phrase names the victim, not a topic
AIMED_NOUN_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "PROTEST"})
# types whose verbs take no object in their event sense: a protest's target is the one it is
# against, never the object of a verb coordinated with it ("rallied and backed the candidate";
# the annotation guide: a protest with no addressee has no target)
UNRAISED_TYPES = frozenset({"PROTEST"})
# PLOVER types whose passive subject with no agent is the acting side (the forces deployed)
SELF_MOVED_TYPES = frozenset({"MOBILIZE"})
# PLOVER types whose place at home has no addressee: forces deployed in their own country's capital
# or region are deployed against no one ("troops were deployed in the capital")
HOME_PLACE_TYPES = frozenset({"MOBILIZE"})
# the preposition of the place forces are sent to ("flew two squadrons to Romania"); forces sent
# "into" or "toward" a country are aimed at it (an incursion, a show of force)
DESTINATION_PREPS = frozenset({"to"})


PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})
# entity records whose country says where a story is (``EventCoder._named_countries``), and the
# mentions of them that name them
NAMED_ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP"})
NAME_MENTIONS = frozenset({None, "name", "alias"})
# the sectors of an organisation that place a story (the state's bodies and the parties)
PUBLIC_SECTORS = STATE_SECTORS | {"PTY"}
# the sectors of people a common noun names with no office or body ("a woman", "residents"; "two
# men", "ten persons" of the unknown kind)
GENERIC_SECTORS = frozenset({None, "", "CVL", "UNK"})
# the sector of people named by a deed ("five smugglers", "a suspect": the CAMEO agents' criminals),
# generic unless a definite description picks out ones the story follows ("the suspect")
CRIMINAL_SECTOR = "CRM"
# the sector of civilians (the CAMEO agents dictionary's CVL)
CIVILIAN_SECTOR = "CVL"
# where a country read from an actor's own words or entity record comes from
STATED_SOURCES = frozenset({"phrase", "entity"})
# the rule suffix of a trip at home made for talks with someone named (``_talks_partner``)
TALKS_RULE = "+talks"
# rules of criticism read from what someone is said to have done or to be ("said her neighbour had
# cheated her", "'he is a liar,' she said"), not from a verb of criticism
READING_RULES = ("blame:", "verdict:", "harm:", "evaluation:")


def _plight_place(root: Token) -> bool:
    """Whether a name is a place in a locative phrase ("in Gaza", "across the Sahel"): places are
    never actors (docs/annotation-guide.md), and a comment on a plight there is aimed at no one."""
    return root.ent_type_ in VENUE_ENTS and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


# the dependencies of a clause a colon may open (``colon_clause``: "acl"; ``colon_speaker``: "ROOT")
_COLON_DEPS = frozenset({"ROOT", "acl"})
_VERB_OR_AUX = frozenset({"VERB", "AUX"})


class EventCoder:
    """Codes the events of one Doc."""

    def __init__(
        self,
        doc: Doc,
        resolver: Resolver | None,
        keep_features: bool = False,
        headline: Doc | None = None,
        text: str | None = None,
    ) -> None:
        self.doc = doc
        self.keep_features = keep_features
        self.text = text if text is not None else doc_text(doc)
        sents = list(doc.sents)
        self.lead_end = sents[min(1, len(sents) - 1)].end if sents else 0
        self.actors = ActorResolver(doc, resolver, story_date(doc._.times or [], doc._.published), self.text)
        self.times = list(doc._.times or [])
        self.places = list(doc._.places or [])
        self.place_by_id = {p["id"]: p for p in self.places}
        self._mentions: list[tuple[int, str, bool]] | None = None
        self._subjects: dict[int, tuple[Token | None, bool]] = {}
        self._party_patterns: dict[int, tuple[Token, str] | None] = {}
        self._entity_countries: list[tuple[str, list[tuple[int, int]]]] | None = None
        self._entity_spans: dict[str, list[tuple[int, int]]] | None = None
        self.dateline_place = self._dateline_place_id(story_dateline(doc))
        self.story_genre = "story_discard" if story_discarded(self.text) else None
        self.opinion = opinion_share(doc, self._quoted)
        own_text = doc_text(doc)
        self.genre_signs = text_signals(doc, self.text, self._quoted) | length_signs(
            sum(1 for s in sents if own_text[s.start_char : s.end_char].strip())
        )
        self.published = doc._.published
        # a Title Case headline is coded from its sentence-cased parse (``headline.py``)
        self.headline = self._headline_coder(headline, resolver) if headline is not None else None

    def _headline_coder(self, headline: Doc, resolver: Resolver | None) -> EventCoder:
        """A coder of the sentence-cased headline that reads this Doc's entities, times and places
        and writes this Doc's words (the offsets are the same)."""
        for name in ("entities", "times", "places", "quotes", "published", "dateline"):
            setattr(headline._, name, getattr(self.doc._, name))
        mark_story_headline(headline)
        coder = EventCoder(headline, resolver, self.keep_features, text=self.text)
        coder.lead_end = len(headline)
        coder.story_genre = self.story_genre
        coder.opinion = self.opinion
        coder.genre_signs = self.genre_signs
        return coder

    def _dateline_place_id(self, dateline: dict[str, Any] | None) -> str | None:
        """The places[] id of the dateline place (given as an id or as a name), or None."""
        if not dateline or not dateline.get("place"):
            return None
        place = str(dateline["place"])
        if place in self.place_by_id:
            return place
        wanted = {place.lower(), str(dateline.get("text") or "").lower()}
        return next((p["id"] for p in self.places if str(p.get("name", "")).lower() in wanted), None)

    def _party_pattern(self, verb: Token) -> tuple[Token, str] | None:
        """The event noun subject a dictionary pattern of a verb names (``noun_subjects.party_noun``)
        and the pattern's code, found once per verb of this coder's Doc."""
        if verb.i not in self._party_patterns:
            match = match_cameo_verb(verb, verb_lemmas(verb)) if party_subject(verb) is not None else None
            pattern = match.pattern if match is not None else None
            noun = party_noun(verb, pattern)
            self._party_patterns[verb.i] = (noun, str(pattern.code)) if noun is not None and pattern else None
        return self._party_patterns[verb.i]

    def _party_noun(self, trig: Trigger) -> Token | None:
        """The event noun subject whose parties a verb's event is between ("talks between A and B
        collapsed"), when the verb is coded by the dictionary pattern naming that noun."""
        if trig.noun is not None or trig.rule.startswith("noun:"):
            return None
        hit = self._party_pattern(trig.token)
        return hit[0] if hit is not None and hit[1] == trig.sense.cameo else None

    def _verb_of_party_noun(self, noun: Token) -> bool:
        """Whether a noun's verb is coded by a dictionary pattern naming it as its subject."""
        if noun.dep_ != "nsubj":
            return False
        hit = self._party_pattern(noun.head)
        return hit is not None and hit[0].i == noun.i

    def _subject_of(self, token: Token) -> tuple[Token | None, bool]:
        """``subject_of``, found once per token of this coder's Doc: the demands, evaluations,
        blames and arguments of a sentence ask it of the same verbs, and the parse does not change
        while the Doc is coded."""
        if token.doc is not self.doc:
            return subject_of(token)
        found = self._subjects.get(token.i)
        if found is None:
            found = self._subjects[token.i] = subject_of(token)
        return found

    # --- arguments -------------------------------------------------------------------------

    def _actors_of(
        self, head: Token | None, exclude: Span | None = None, event: Token | None = None
    ) -> list[dict[str, Any]]:
        """The actors of an argument head and its conjuncts; ``event`` is the predicate they are
        arguments of (places inside its other arguments never place them)."""
        if head is None:
            return []
        # "cut ties with Ruritania, accusing it of ...": the pronoun's antecedent in the clause above
        head = object_antecedent(head) or head
        out: list[dict[str, Any]] = []
        for token in with_conjuncts(head):
            for actor in self.actors.actors(token, exclude=exclude, event=event):
                key = (actor.get("start"), actor.get("end"), actor.get("country"))
                if all((a.get("start"), a.get("end"), a.get("country")) != key for a in out):
                    out.append(actor)
        return out

    def _speakers(self, speaker: Token | None, reporter: Token) -> list[dict[str, Any]]:
        """The actors of the one who says or believes what a reporting verb reports; a group
        pronoun coreference leaves open, the subject of a reporting verb that is itself reported
        ("Police said they believe the rebels were behind the attack"), stands for the subject of
        the verb that reports it, as a pronoun subject of a reported clause does (``_source_of``),
        when that subject is an actor the coder places (a country, a known group, one the story
        places); "investigators said they believe" keeps the pronoun the story places, and so does
        a reported verb with an addressee ("police said they told investigators that ...")."""
        actors = self._actors_of(speaker, event=reporter)
        if speaker is None or speaker.lower_ not in GROUP_PRONOUNS or any(a.get("entity") for a in actors):
            return actors
        outer = reporter.head
        reported = reporter.dep_ == "ccomp" and outer.i != reporter.i
        if not reported or outer.lemma_.lower() not in cues().reporting_verbs:
            return actors
        if any(c.dep_ in ADDRESSEE_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON") for c in reporter.children):
            # "police said they told investigators that ...": a verb with an addressee (tell,
            # inform, assure, warn) may report what others told the speaker; the pronoun stays open
            return actors
        said = self._actors_of(self._subject_of(outer)[0], event=reporter)
        groups = international_codes()
        placed = [
            a
            for a in said
            if a.get("country") or a.get(STORY_KEY) or str(a.get("code") or "").startswith(groups)
        ]
        return said if placed else actors

    def _names_actor(self, head: Token) -> bool:
        """Whether an argument head names an actor the actor coder finds."""
        return bool(self._actors_of(head))

    def _source_of(self, trig: Trigger, mood: Modality) -> list[dict[str, Any]]:
        token = trig.token
        if trig.rule.startswith("noun:"):
            poss = next((c for c in token.children if c.dep_ == "poss"), None)
            if poss is not None and befallen_owner(token, trig.sense.cameo) is not None:
                # "Mr Keller's arrest": the one arrested, no doer named
                return []
            if poss is not None:
                return self._actors_of(poss, event=token)
            by = noun_doers(token)
            doer = talks_doer(token, trig.sense.plover) if not by else None
            if doer is not None:
                # "the chancellor was in talks with French officials": the clause's subject
                return self._actors_of(relative_antecedent(doer), event=token)
            nation = named_doer(token, trig.sense) if not by and doer is None else None
            if nation is not None:
                # "Turkish shelling", "a Chilean crackdown on miners": the nation named
                return self._actors_of(nation, event=token)
            if not by:
                # "an FBI probe found ...": the institution named before the investigation
                doer = finding_doer(token, trig.sense.mode)
                found = self._actors_of(doer, event=token) if doer is not None else []
                # a state body's or an international one's ("the FBI probe", "a UN inquiry"); a
                # company or person named there is the one investigated ("the Enron probe"), no doer
                groups = international_codes()
                return [
                    a
                    for a in found
                    if a.get("sector") in STATE_SECTORS or str(a.get("code") or "").startswith(groups)
                ]
            return self._actors_of(by[0], event=token) if by else []
        parties = _meeting_parties(trig)
        if parties is not None:
            # "talks between A and B were held", "mediators held talks between A and B": the
            # talks are the parties', coded between them
            return self._actors_of(parties, event=token)
        party = self._party_noun(trig)
        if party is not None:
            # "talks between A and B collapsed", "Chile's ties with Peru improved"
            return self._actors_of(noun_parties(party)[0], event=token)
        speaker = reported_speaker(token, trig.sense.cameo)
        subject, passive = self._subject_of(speaker if speaker is not None else token)
        passive = passive and not (speaker is None and _intransitive_headline(trig))
        subject = relative_antecedent(subject)
        if subject is None and trig.rule.endswith(PASSING_RULE) and participle_of_noun(token):
            # "dispersed workers protesting the closure": a lead's participle is its noun's act
            subject = token.head
        if speaker is None and trig.rule.startswith((INTENT_RULE, GRIEVANCE_RULE)):
            # "Germany is committed to ...", "Ruritania was outraged by ...": the one committed or
            # displeased, no passive of "commit" or "outrage"
            passive = False
        if passive and subject is not None and _own_noun(trig, subject):
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            if owner is not None and befallen_owner(subject, trig.sense.cameo) is None:
                # "the army's offensive was launched on Monday": the noun's owner did it
                return self._actors_of(owner, event=token)
        if passive and trig.sense.role_swap:
            # "outrage was sparked among farmers by the tax": the ones who hold the criticism, in
            # the verb's phrase or in its subject's ("outrage among farmers was sparked")
            heads = prep_objects(token, SWAPPED_SOURCE_PREPS)
            for held in (c for c in token.children if c.dep_ == "nsubjpass"):
                heads.extend(prep_objects(held, SWAPPED_SOURCE_PREPS))
            return [a for head in heads for a in self._actors_of(head, event=token)]
        if passive:
            agent = agent_of(token)
            if agent is None:
                # "was shot and killed by an officer": the agent of a coordinated participle folded
                # into this event
                twins = [inner.token for inner in trig.inner if inner.token in token.conjuncts]
                agent = next((a for c in twins if (a := agent_of(c)) is not None), None)
            if agent is None:
                agent = inner_agent(token)
            if agent is None and trig.sense.plover == "ASSAULT":
                # "five civilians were killed in Russian air strikes": the attack's own doer
                agent = _attack_doer(token)
            if agent is None and trig.sense.plover == "ASSAULT":
                # "twelve civilians were killed when Russian jets bombed a market": the subject of
                # the attack the time clause tells, unless the one hit is of its own side ("a soldier
                # was killed as troops fought the militants")
                agent = _when_attacker(token)
                if agent is not None and self._same_side(agent, subject, token):
                    agent = None
            if agent is not None and (names_a_wrong(agent) or attack_device(agent, trig)):
                # "injured by an explosion", "killed by a roadside bomb": the act names no one doing it
                return [
                    a for d in means_doers(agent, self._names_actor) for a in self._actors_of(d, event=token)
                ]
            if agent is None and trig.sense.plover in SELF_MOVED_TYPES:
                # "troops were deployed to the border": the forces moved are the mobilising side
                return self._actors_of(subject, event=token)
            if agent is None and subject is not None and trig.sense.cameo in argument_kinds().release_codes:
                # "hostages held by the rebels were freed", "journalists who had been kidnapped by
                # militants were freed": released by whoever held them
                holders = (c for c in subject.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN")
                agent = next((a for c in holders if (a := agent_of(c)) is not None), None)
            return self._deed_actors(agent, token) if agent is not None else []
        if trig.sense.role_swap:
            # "drew criticism from X"; "sparked outrage among X": the ones who hold the criticism
            heads = prep_objects(token, SWAPPED_SOURCE_PREPS)
            for plight in prep_objects(token, ("under",)):
                # "came under attack from the militants", "under bombardment by the army" (the parse
                # hangs the phrase on the noun or on the verb)
                heads.extend(prep_objects(plight, ("from", "by")) + prep_objects(token, ("by",)))
            for obj in (c for c in token.children if c.dep_ == "dobj"):
                # "received aid from X"; a thing's own doer: "won the backing of the army"
                own = SWAPPED_SOURCE_PREPS + ("of",) if names_thing(obj) else SWAPPED_SOURCE_PREPS
                heads.extend(prep_objects(obj, own))
                for measure in (o for o in prep_objects(obj, ("of",)) if names_thing(o)):
                    # "faced a wave of criticism from the voters": the phrase hangs on the noun the
                    # measure word counts
                    heads.extend(prep_objects(measure, SWAPPED_SOURCE_PREPS))
            return [a for head in heads for a in self._actors_of(head, event=token)]
        if subject is not None and (names_a_wrong(subject) or attack_device(subject, trig)):
            # "an explosion injured 29 people", "a landmine killed three soldiers": the act names no
            # one doing it, but the one named with it ("its car bomb", "a bomb claimed by the group")
            return [
                a for d in means_doers(subject, self._names_actor) for a in self._actors_of(d, event=token)
            ]
        actors = self._deed_actors(subject, token) if subject is not None else []
        if not actors and trig.sense.plover in DISSENT_TYPES and counted_crowd(subject):
            # "Thousands protest in the capital": the crowd counted is the dissent's doer
            actors = [self.actors.crowd_actor(subject, token)]
        reporter = misattached_conjunct(token, subject)
        if not actors and reporter is not None:
            # "The ministry said the move was a response, and accused Britain": the parse hangs the
            # coordinated verb on the reported clause, whose subject names no one
            actors = self._actors_of(self._subject_of(reporter)[0], event=token)
        weapon = subject is not None and subject.lemma_.lower() in argument_kinds().thing_nouns
        if (not actors or weapon) and subject is not None and subject.pos_ == "NOUN":
            # "a bombing claimed by the group killed ...", "an attack by rebels wounded ...": the
            # doer named in the subject's own by-phrase, also beside the unknown doers the
            # dictionaries read in a weapon ("a car bomb claimed by the group"); not the backers
            # of the forces a subject names ("fighters, backed by U.S. special forces, stormed")
            doer = noun_agent(subject)
            if doer is not None:
                actors = self._actors_of(doer, event=token) or actors
            claimer = attack_claimer(subject) if not actors else None
            if claimer is not None:
                # "rebels claimed the ambush that killed eight soldiers": the claimer owns the attack
                actors = self._actors_of(claimer, event=token)
        unresolved = not any(a.get("entity") for a in actors)
        first = conjunct_subject(token, subject) if unresolved else None
        if first is not None:
            # "Officials in Lima met the envoy, and they condemned the raid": the first clause's doer
            actors = self._actors_of(first, event=token) or actors
        elif unresolved and subject is not None and subject.pos_ == "PRON" and mood.reporter is not None:
            # "Officials said they would ...": a pronoun coreference leaves open stands for the
            # reporting verb's subject
            reporter_subject, _ = self._subject_of(mood.reporter)
            said = self._actors_of(reporter_subject, event=token)
            if not self._other_than_reporter(subject, reporter_subject, said):
                actors = said or actors
        elif subject is not None and mood.reporter is not None and len(actors) == 1:
            actors = [self._reporters_own(subject, actors[0], mood.reporter, token)]
        return actors

    @staticmethod
    def _means_clause(trig: Trigger) -> bool:
        """Whether an act told in a relative clause is the harm of a device or an attack that the
        main clause has someone use, plant or claim, named or not, done or denied (``means_verb``:
        "a bomb that killed three policemen was planted", "denied planting the bomb that killed
        five people", "claimed the attack that killed six soldiers"); not the harm of a blast the
        clause tells the cause of ("the explosion that killed eight people was caused by a leak")."""
        subject = relative_antecedent(subject_of(trig.token)[0])
        if subject is None or subject.pos_ != "NOUN" or means_verb(subject) is None:
            return False
        act = match_noun(subject)
        same = act is not None and act.plover == trig.sense.plover
        return same or names_a_wrong(subject) or attack_device(subject, trig)

    def _deed_actors(self, head: Token, event: Token) -> list[dict[str, Any]]:
        """The actors of an argument head, or for an attack noun that names none the leader its
        "X-led" modifier names ("killed by Saudi-led coalition air strikes": ``readings.leaders``);
        none for an attack noun named only by where it was done ("the Kabul bombing killed 12
        people", "condemned the Kabul bombing that killed": ``readings.deed_places``)."""
        actors = self._actors_of(head, event=event)
        if head.pos_ != "NOUN":
            return actors
        sense = match_noun(head)
        attack = sense is not None and sense.plover == "ASSAULT"
        if actors and attack and deed_places(head) and not deed_doers(head):
            return []
        if actors and attack and _device_modified(head):
            # "a bomb attack killed five people": the device is the means, and names no doer; the
            # attack's own doers do ("an Islamic State bomb attack")
            doers = deed_doers(head) or [u for u in (device_user(head),) if u is not None]
            return [a for d in doers for a in self._actors_of(d, event=event)]
        if actors:
            return actors
        if (sense is None or sense.plover != "ASSAULT") and head.lemma_.lower() not in lexicon().armed_nouns:
            return actors
        return [a for leader in leaders(head) for a in self._actors_of(leader, event=event)]

    def _reporters_own(
        self, subject: Token, actor: dict[str, Any], reporter: Token, event: Token
    ) -> dict[str, Any]:
        """A subject owned by a pronoun coreference leaves open, under a reporting verb, is the
        reporting side's ("The army said its soldiers shot ...": the army's soldiers), placed in the
        reporter's country when its own words name none."""
        pronoun = pronoun_owner(subject)
        if (
            pronoun is None
            or pronoun.lower_ in FIRST_PERSON_OWNERS
            or actor.get("country_source") in ("phrase", "entity")
        ):
            return actor
        if self._entity_of(pronoun) is not None:
            return actor
        reporter_subject, _ = self._subject_of(reporter)
        owners = self._actors_of(reporter_subject, event=event)
        countries = {a.get("country") for a in owners}
        if (
            len(owners) != 1
            or None in countries
            or owners[0].get("country_source") not in ("phrase", "entity")
        ):
            return actor
        country = str(owners[0]["country"])
        actor = {k: v for k, v in actor.items() if k != STORY_KEY}
        return dict(
            actor, country=country, code=actor_code(country, actor.get("sector")), country_source="entity"
        )

    def _target_candidates(self, trig: Trigger) -> list[Token]:
        token, sense = trig.token, trig.sense
        if _voiced_regard(trig):
            return _regarded(trig)
        out: list[Token] = []
        aimed = argument_kinds().type_target_preps.get(sense.plover, ())
        if trig.rule.startswith("noun:"):
            own = taken_from(token, sense.cameo) + prep_objects(
                token, ("against", "on", "with", "to", "between", "of")
            )
            befallen = befallen_owner(token, sense.cameo)
            if befallen is not None:
                own.insert(0, befallen)
            for doer in noun_doers(token) if sense.plover in AIMED_NOUN_TYPES else ():
                # the parse may hang the phrase of whom the act is aimed at on the doer of its by-
                # phrase ("an offensive by the police against the villages", "an attack by militants
                # on a checkpoint"); talks "by ministers on Syria" are about it
                own += [o for o in prep_objects(doer, VICTIM_PREPS) if not names_time(o)]
            own += [o for o in prep_objects(token, aimed) if not is_venue(trig, o)]
            own += noun_act_targets(token, sense.plover)
            # "an FBI probe found that the sheriff took bribes": the one found to have done it
            own += found_subjects(token) if sense.mode == "investigate" else []
            return [inhabitants(c) or c for c in with_last(trig, own)]
        if trig.rule.startswith(GRIEVANCE_RULE):
            # "disappointed with Ruritania's decision", "outraged by the president's remarks"
            return aimed_at(token)
        subject, passive = self._subject_of(token)
        passive = passive and not _intransitive_headline(trig)
        subject = relative_antecedent(subject)
        if sense.role_swap and passive:
            # "outrage was sparked among farmers by the minister": the criticism's cause is its agent
            agent = agent_of(token)
            return [agent] if agent is not None else []
        if sense.role_swap and subject is not None:
            return [subject]
        out.extend(taken_from(token, sense.cameo))
        if passive and subject is not None and not _own_noun(trig, subject):
            out.append(subject)
        if sense.target == "none":
            return out
        if sense.target == "that":
            for clause in (c for c in token.children if c.dep_ == "ccomp"):
                if clause.lemma_.lower() in cues().reporting_verbs and clause.i > token.i + 1:
                    continue  # a trailing attribution ("..., diplomats quoted ... as saying")
                subj, _ = self._subject_of(clause)
                if subj is not None:
                    out.append(subj)
        elif sense.plover == "REQUEST":
            out.extend(subjunctive_subjects(token))
        dobjs = [
            c
            for c in token.children
            if c.dep_ in ("dobj", "iobj", "dative")
            and c.pos_ != "ADP"
            and (trig.noun is None or c.i != trig.noun.i)
        ] + paired_complement_object(token)
        if not passive and sense.plover not in UNRAISED_TYPES:
            dobjs += raised_objects(token)
        if sense.target in ("object", "that"):
            if sense.preps:
                # the one a frame's own preposition names is the addressee, before whoever owns the
                # thing asked for or given ("sought X's extradition from Britain": Britain)
                named = [obj for obj in dobjs if not names_thing(obj)]
                things = [obj for obj in dobjs if obj not in named]
                out.extend(named + prep_objects(token, sense.preps))
                out.extend(o for thing in things for o in prep_objects(thing, sense.preps))
                out.extend(things)
            else:
                out.extend(dobjs)
            # a small clause takes its subject as the object: "found him guilty", "declared them
            # enemies"
            for clause in (c for c in token.children if c.dep_ in ("ccomp", "oprd")):
                if clause.pos_ in ("ADJ", "NOUN"):
                    out.extend(c for c in clause.children if c.dep_ == "nsubj")
        if sense.target == "dative":
            out.extend(c for c in token.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP")
        preps = sense.preps or DEFAULT_TARGET_PREPS
        out.extend(prep_objects(token, preps))
        out.extend(infinitive_addressees(token, preps))
        if not passive and judges_thing(trig):
            # the thing's author, in a by-phrase the parse hangs on the active verb ("praised the
            # ruling by the court on the dispute")
            out.extend(o for o in prep_objects(token, ("by",)) if not names_thing(o))
        if trig.noun is not None:
            for clause in trig.noun.children:
                if clause.dep_ in ("acl", "ccomp") and content_clause(clause):
                    subj, _ = self._subject_of(clause)
                    if subj is not None:
                        out.insert(0, subj)
            out.extend(prep_objects(trig.noun, preps + ("against", "on", "with", "of")))
            out.extend(noun_act_targets(trig.noun, sense.plover))
            out.extend(o for o in prep_objects(trig.noun, aimed) if not is_venue(trig, o))
        # "questioned the legality of the governor's decree": the decree, for its owner
        out.extend(doubted_bearers(trig))
        for obj in dobjs:
            out.extend(prep_objects(obj, preps))
            # "mocked the fact that the minister was lying": the one the fact is about
            out.extend(fact_subjects(obj))
            if names_thing(obj):
                # the parser hangs the thing's phrase on the verb as often as on the noun
                out.extend(thing_targets(obj) + thing_targets(token))
            elif judged_thing_object(trig, obj) and noun_agent(obj) is not None:
                # "protested the quotas set by Brussels": the author of the thing judged
                out.append(noun_agent(obj))
        if sense.target == "dative":
            out.extend(dobjs)
        # "walked out of talks with the government": the parse may hang the phrase on the particle
        phrased = [token, *(c for c in token.children if c.dep_ in ("prt", "prep") and c.lower_ in PARTICLES)]
        for head in (*dobjs, *(o for h in phrased for o in prep_objects(h, ("of", "from", "for", "to")))):
            out.extend(meeting_partners(head, sense.plover))
        for clause in (c for c in token.children if c.dep_ == "xcomp"):
            obj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if obj is not None:
                out.append(obj)
        for clause in (c for c in promised_acts(token) if not dobjs):
            # the one a promised, threatened or refused act is aimed at: "threatened to make the
            # envoy testify", "vowed to help the refugees", "vowed to retaliate against the rebels"
            # (not when the predicate has an object of its own: "urged all sides to protect
            # civilians"; what a promised mobilisation moves is the source's own: "threatened to
            # send troops")
            moved = any(i.token.i == clause.i and i.sense.plover in SELF_MOVED_TYPES for i in trig.inner)
            for obj in (c for c in clause.children if c.dep_ == "dobj" and not moved):
                if wrongdoing(obj):
                    # "promised to investigate the killing of protesters", "vowed to avenge the attack
                    # on its soldiers": aimed at the wrong's doers, never at the ones it befell
                    out.extend(deed_doers(obj))
                elif not names_thing(obj):
                    out.append(obj)
            partner_preps = argument_kinds().commitment_partner_preps.get(sense.plover, ())
            for head in (clause, *(c for c in clause.children if c.dep_ == "acomp")):
                # "vowed to stand together with the chancellor": the partner of a commitment
                out.extend(prep_objects(head, partner_preps))
            out.extend(prep_objects(clause, ("against",)))
            for inner in (c for c in clause.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"):
                out.extend(c for c in inner.children if c.dep_ == "nsubj")
        wrongs = [d for d in dobjs if wrongdoing(d)]
        for head in (token, *(d for d in dobjs if d not in wrongs)):
            # "expressed anger at the decision", "raised concerns about the minister"; the phrase
            # after a wrong done tells where or to whom it was done, also when the parse hangs it
            # on the verb ("condemned the bombing at a mosque")
            out.extend(
                o
                for o in prep_objects(head, aimed)
                if not is_venue(trig, o) and not (head is token and any(o.i > d.i for d in wrongs))
            )
        if sense.plover in argument_kinds().addressee_types:
            out = addressees(token, out)
        if sense.plover in SELF_MOVED_TYPES:
            # what a mobilisation moves or readies is the mobilising side's own ("moved troops into
            # the Gulf", "put its forces on alert"), never whom it is aimed at
            out = [c for c in out if c not in dobjs]
        # a relative pronoun object stands for the noun its clause modifies ("the envoy, whom the
        # minister met", "the king, with whom he met")
        # and a place named by the people living there stands for them ("villages inhabited by Kurds")
        return [inhabitants(c) or c for c in (relative_antecedent(c) or c for c in with_last(trig, out))]

    def _target_of(
        self, trig: Trigger, sources: list[dict[str, Any]], fallback: bool = True, topics: bool = False
    ) -> list[dict[str, Any]]:
        if trig.sense.cameo in argument_kinds().addressless_codes:
            # "resigned after criticism from the party": a resignation is done to no one
            return []
        source_spans = {(a.get("start"), a.get("end")) for a in sources}
        # the entity a source is (not one it is only owned by: "his surrogates called him ...")
        source_entities = {a.get("entity") for a in sources if a.get("entity") and not possessed(a)}
        exclude = self._source_span(trig)
        chains = [trig] + [inner for inner in trig.inner]

        def usable(actor: dict[str, Any]) -> bool:
            if (actor.get("start"), actor.get("end")) in source_spans or _within(actor, sources):
                return False
            return not (actor.get("entity") and actor["entity"] in source_entities)

        if trig.noun is None and _indefinite_addressee(trig):
            # "everyone who saw the crash should contact the station": the appeal names no addressee,
            # and whom the asked act is aimed at is not whom the appeal asks
            return []
        doer = control_doer(trig.token, trig.sense) if trig.noun is None else None
        if doer is not None:
            # a verb of directing or permitting is aimed at the one it asks or lets act, never at
            # whom the act is aimed ("told the rebels to attack the town": the rebels)
            return [a for a in self._actors_of(doer, exclude, trig.token) if usable(a)]

        # a partner of the doer ("patrolled the strait alongside Italian warships") is aimed at only
        # by cooperation, aid and talks
        partnered = trig.sense.plover in cues().partner_types

        # criticism of a wrong ("condemned the attack on peacekeepers") is aimed at its doer, not at
        # the one it was done to, and at no one the scope names when the doer goes unnamed; so is an
        # investigation of a wrong promised or refused ("promised to investigate the killing")
        judged = trig.sense.plover == "ACCUSE"
        # regard voiced for a wrong done ("expressed approval of the bombing of a police station") is
        # aimed at the wrong's doers too, never at the ones it befell
        regard = _voiced_regard(trig)
        deeds = False
        for level in chains:
            topic = frozenset() if topics else topic_words(trig) | topic_words(level)
            heads = [h for h in self._target_candidates(level) if h.i not in topic]
            if level.sense.plover in argument_kinds().judged_object_types and not (judged or regard):
                # "protested the closure of the clinic": aimed at whoever closes it, if named
                acted = [h for h in heads if patient_act(h)]
                deeds = deeds or bool(acted)
                heads = [
                    d
                    for h in heads
                    if not any(deed_victim(h, act) for act in acted)
                    for d in (patient_doers(h) if h in acted else [h])
                ]
            if judged or regard or level.sense.plover == "ACCUSE":
                # an act a verb of naming calls a wrong ("called the move a violation") is judged as
                # a deed is: aimed at its doer, at no one the scope merely names
                named = trig.sense.key.endswith("+naming")
                done = [h for h in heads if wrongdoing(h) or (named and named_act(h)) or patient_act(h)]
                deeds = deeds or bool(done)
                heads = [
                    d
                    for h in heads
                    if not any(deed_victim(h, deed) for deed in done)
                    for d in (_doers_of(h) if h in done else [h])
                ]
            recipients = _own_thing_recipients(level)
            for head in heads:
                if head.i in recipients:
                    continue
                if self._owned_by_source(head, source_entities) or in_attribution(head) or never_target(head):
                    continue
                if names_object(level, head):
                    continue
                if not partnered and in_comitative(head, level.token):
                    continue
                found = self._actors_of(head, exclude, trig.token)
                if not found and counted_crowd(head) and ACTOR in (object_kinds(level.sense.cameo) or ()):
                    # "Thousands arrested after protests": an act done to persons befalls the crowd
                    found = [self.actors.crowd_actor(head, trig.token)]
                if judged_thing_object(level, head):
                    # "protested calls for the governor to run": the thing's owner only
                    owned = judged_owner_words(head)
                    found = [a for a in found if self._root_index(a) in owned]
                actors = [a for a in found if usable(a)]
                if not actors and found and head.lower_ in OBJECT_PRONOUNS:
                    # "Cotton accused him": an object pronoun is never its own clause's subject,
                    # whatever coreference said; it is someone the story places
                    actors = [self.actors.unbound(head)]
                if actors:
                    return actors
        if trig.rule.endswith(OCCURS_SUFFIX):
            # "mass arrests reported in Minsk": the act told as taking place is aimed at whom its own
            # phrases name, never at a name of its setting
            return []
        if not fallback or deeds or regard or seizes_things(trig) or judges_thing(trig):
            # a seizure of things ("seized a truck of rifles in a village near the frontier") is aimed
            # at the things' owner its own phrases name, never at a name merely in its scope; so is
            # the judging of a thing ("criticized the decision to move the embassy to Jerusalem")
            return []
        described = self._source_phrases(trig, sources)
        for level in chains:
            named = [
                h
                for h in self._named_in_scope(level, exclude, topics)
                if not never_target(h) and not names_object(level, h) and h.i not in described
            ]
            for head in (h for h in named if partnered or not in_comitative(h, level.token)):
                actors = [a for a in self._actors_of(head, exclude, trig.token) if usable(a)]
                if actors:
                    return actors
        return []

    def _source_phrases(self, trig: Trigger, sources: list[dict[str, Any]]) -> set[int]:
        """The words of the sources' own phrases, with their modifiers and relative clauses ("drew
        criticism from Republicans in the Senate", "the envoy, who met Chinese officials, ..."): the
        names there say who the source is, never whom the event is aimed at; none when the event is
        told inside the phrase ("officials who condemned the raid")."""
        out: set[int] = set()
        for actor in sources:
            root = self._target_root(actor)
            if root is None:
                continue
            words = range(root.left_edge.i, root.right_edge.i + 1)
            if trig.token.i not in words:
                out.update(words)
        return out

    def _topic_only(self, trig: Trigger, sources: list[dict[str, Any]]) -> bool:
        """Whether a consultation with no partner names actors in its topic only ("NATO ministers met
        to discuss the mission in Afghanistan"): the meeting took place, its partner unnamed, and it
        stands with no target rather than with its topic as one."""
        if not topic_words(trig):
            return False
        return bool(self._target_of(trig, sources, topics=True))

    def _home_place(self, target: dict[str, Any], sources: list[dict[str, Any]]) -> bool:
        """Whether a target is a place name (not a people or a body) of a source's own country."""
        countries = {a.get("country") for a in sources if a.get("country")}
        if target.get("country") not in countries:
            return False
        root = self._target_root(target)
        return root is not None and root.ent_type_ in VENUE_ENTS

    def _home_ground(self, target: dict[str, Any], sources: list[dict[str, Any]]) -> bool:
        """Whether a target is a place named by a common noun ("the coastal towns") or civilians
        ("residents"), of no country other than a source's and withdrawn from no other country:
        the ground a withdrawal at home leaves, no actor it is made from."""
        countries = {a.get("country") for a in sources if a.get("country")}

        def abroad(actor: dict[str, Any]) -> bool:
            return bool(actor.get("country")) and actor.get("country") not in countries

        root = self._target_root(target)
        if abroad(target) or root is None:
            return False
        # the "from" phrase of the people or of the act whose "of" object they are ("the
        # evacuation of its citizens from Peru")
        holders = [root, root.head.head] if root.dep_ == "pobj" and root.head.lower_ == "of" else [root]
        moved_from = [o for holder in holders for o in prep_objects(holder, ("from",))]
        if any(abroad(a) for o in moved_from for a in self._actors_of(o, event=root)):
            # "the evacuation of Chilean nationals from Peru": withdrawn from another country
            return False
        if target.get("sector") == CIVILIAN_SECTOR:
            return True
        return root.pos_ == "NOUN" and root.lemma_.lower() in argument_kinds().place_nouns

    def _destination(self, target: dict[str, Any]) -> bool:
        """Whether a target is the place forces are sent to ("flew two squadrons to Romania"): a
        named place, not people, as the object of "to" (``DESTINATION_PREPS``; "into" and "toward"
        a country aim the forces at it). A deployment is aimed at no one there (annotation guide:
        places are never actors; the gold codes a deployment with no target)."""
        root = self._target_root(target)
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in DESTINATION_PREPS:
            return False
        return root.ent_type_ in VENUE_ENTS or country_name_word(root)

    def _root_index(self, actor: dict[str, Any]) -> int | None:
        """The index of the root token of an actor's span; None when it has no offsets."""
        root = self._target_root(actor)
        return None if root is None else root.i

    def _target_root(self, target: dict[str, Any]) -> Token | None:
        """The root token of a target's span; None when it has no offsets."""
        if target.get("start") is None:
            return None
        span = self.doc.char_span(int(target["start"]), int(target["end"]), alignment_mode="expand")
        return None if span is None else span.root

    def _conditional_mood(self, trig: Trigger, mood: Modality, sources: list[dict[str, Any]]) -> Modality:
        """The modality of a reported hostile act that hangs on a condition ("said Chile would
        attack Peru if it crossed the river"): a threat (CAMEO 13, as ``intent_recode`` recodes an
        announced intention) when the side that would act is the speaker's own, the speaker itself
        or the state it speaks for (``_speaks_for``); another side's act the speaker foresees ("the
        Chilean president said Peru would attack if ...") is a forecast, hypothetical. An act of no
        hostile type keeps the reported plan."""
        hit = recode(trig.sense.cameo, cues().intent_recode)
        if mood.reporter is None or hit is None or hit[1] != "THREATEN":
            return mood
        speaker, _ = self._subject_of(mood.reporter)
        speakers = self._actors_of(speaker, event=mood.reporter) if speaker is not None else []
        if sources and all(_speaks_for(speakers, a) for a in sources):
            return replace(mood, intent=True, conditional=False)
        return Modality("hypothetical", cue="if", reporter=mood.reporter)

    def _same_side(self, one: Token, other: Token | None, event: Token) -> bool:
        """Whether two phrases name actors of one side: the same sector and no two countries."""
        if other is None:
            return False
        sides = [(a.get("country"), a.get("sector")) for a in self._actors_of(one, event=event)]
        others = [(a.get("country"), a.get("sector")) for a in self._actors_of(other, event=event)]
        return any(
            sector and sector == s and (not country or not c or country == c)
            for country, sector in sides
            for c, s in others
        )

    def _about(self, trig: Trigger, target: dict[str, Any]) -> bool:
        """Whether a comment's target is someone it is about: not the place where it happens
        (``_venue_of``) nor people harmed by others (``readings.harmed_ones``: "voiced concern over
        the detained activists" voices it for them)."""
        if self._venue_of(trig, target):
            return False
        root = self._target_root(target)
        if root is not None and trig.sense.cameo in nonevent_cues().aboutless_codes and _plight_place(root):
            # "warned of a humanitarian catastrophe in Gaza": where the plight is, no one addressed
            return False
        return root is None or not harmed_ones(root)

    def _venue_of(self, trig: Trigger, target: dict[str, Any]) -> bool:
        """Whether a target is a place where the event happens rather than someone it is about."""
        root = self._target_root(target)
        return root is not None and is_venue(trig, root)

    def _owned_by_source(self, head: Token, source_entities: set[Any]) -> bool:
        """An object a pronoun possesses is the source's own ("moved its troops", "defended his
        own record"), not a target, unless the pronoun stands for someone else the story names
        ("the opposition leader criticised his remarks": those of the minister named before)."""
        pronoun = pronoun_owner(head)
        if pronoun is None:
            return False
        if any(c.lower_ == "own" for c in head.children) or pronoun.lower_ in FIRST_PERSON_OWNERS:
            return True
        if {head.lower_, head.lemma_.lower()} & argument_kinds().relation_nouns:
            # "met his counterpart", "criticised her rival": someone across from the owner
            return False
        entity = self._entity_of(pronoun)
        return entity is None or entity.get("id") in source_entities

    def _entity_of(self, word: Token) -> dict[str, Any] | None:
        """The entity a single word stands for (a pronoun coreference resolved), if any."""
        return self.actors.entities.in_span(self.doc[word.i : word.i + 1], word)

    def _source_span(self, trig: Trigger) -> Span | None:
        subject, passive = self._subject_of(trig.token)
        head = subject
        if passive:
            head = agent_of(trig.token)
            if head is None and trig.sense.plover == "ASSAULT":
                head = _attack_doer(trig.token)
        if head is None:
            return None
        return self.doc[head.left_edge.i : head.right_edge.i + 1]

    @staticmethod
    def _named_in_scope(trig: Trigger, exclude: Span | None, topics: bool = False) -> list[Token]:
        """Names and nationality words after the predicate, inside its clause: the PETRARCH-style
        fallback target ("lift embargoes on sales to Iran", "attacked a camp for Congolese refugees");
        a consultation's topic (``topic_words``) only with ``topics``."""
        token = trig.noun if trig.noun is not None else trig.token
        # a coordinated clause with a subject of its own is another event ("X resigned and Y was
        # named to replace him"), and so is a coordinated predicate not folded into this one ("X
        # condemned the attack and called on Russia to ...": Russia is the call's)
        folded = {inner.token.i for inner in trig.inner}
        other = (
            {
                t.i
                for c in token.children
                if c.dep_ == "conj"
                and (has_own_subject(c) or (c.pos_ in ("VERB", "AUX") and c.i not in folded))
                for t in c.subtree
            }
            | outside_scope(token, trig.sense.cameo, frozenset(folded))
            | (frozenset() if topics else topic_words(trig))
        )
        if trig.sense.plover in SELF_MOVED_TYPES:
            # what a mobilisation moves or readies is the mobilising side's own ("sent Iraqi troops to
            # the city"), never whom it is aimed at, also by the name modifying it
            other |= {t.i for c in token.children if c.dep_ == "dobj" for t in c.subtree}
        if trig.sense.plover in PARTNER_WITH_TYPES:
            # "carried out raids with American jets": a partner or a means, not whom it is aimed at
            # (the phrases after it stay: "with drones on Hamas targets")
            other |= {
                i for partner in _with_objects(token) for i in range(partner.left_edge.i, partner.i + 1)
            }
        out: list[Token] = []
        for t in token.subtree:
            if t.i <= trig.token.i or len(out) >= MAX_SCOPE_NAMES or t.i in other:
                continue
            if exclude is not None and exclude.start <= t.i < exclude.end:
                continue
            if (
                t.ent_type_ not in SCOPE_ENTS
                or t.ent_iob_ != "B"
                or in_attribution(t)
                or _in_medium(t, token)
            ):
                continue
            name = name_root(t)
            if not is_venue(trig, name):
                out.append(name_head(name))
        return out

    def _mention_spans(self) -> dict[str, list[tuple[int, int]]]:
        """The character spans of each entity's mentions (``arguments.entity_mentions``), read once."""
        if self._entity_spans is None:
            self._entity_spans = entity_mentions(self.doc)
        return self._entity_spans

    def _quoted(self, offset: int) -> bool:
        """Whether a character offset lies inside quotation marks of its paragraph."""
        start = self.text.rfind("\n", 0, offset) + 1
        before = self.text[start:offset]
        opens, closes = before.count("“"), before.count("”")
        return opens > closes or before.count('"') % 2 == 1

    # --- when / where ----------------------------------------------------------------------

    def _when(self, trig: Trigger, sent: Span) -> str | None:
        subtree = {t.i for t in trig.token.subtree}
        best: tuple[int, str] | None = None
        for time in self.times:
            if not (sent.start_char <= time["start"] < sent.end_char):
                continue
            if time.get("type", "DATE") not in ("DATE", "TIME"):
                continue
            span = self.doc.char_span(time["start"], time["end"], alignment_mode="expand")
            inside = span is not None and any(t.i in subtree for t in span)
            rank = 0 if inside else 1
            if best is None or rank < best[0]:
                best = (rank, time["id"])
        return best[1] if best else None

    def _where(self, trig: Trigger, sent: Span) -> tuple[str | None, bool]:
        subtree = {t.i for t in trig.token.subtree}
        best: tuple[int, int, str] | None = None
        for place in self.places:
            for mention in place.get("mentions", []):
                if mention.get("kind") == "demonym" or not (
                    sent.start_char <= mention["start"] < sent.end_char
                ):
                    continue
                token = self.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
                inside = token is not None and any(t.i in subtree for t in token)
                distance = abs(mention["start"] - trig.token.idx)
                key = (0 if inside else 1, distance, place["id"])
                if best is None or key < best:
                    best = key
        if best is not None:
            return best[2], False
        if self.dateline_place:
            return self.dateline_place, True
        return None, False

    # --- coding ----------------------------------------------------------------------------

    def _code(self, trig: Trigger, mood: Modality) -> tuple[str, str, str | None, str]:
        """(CAMEO, PLOVER type, mode, rule suffix) after folding and intent/refusal recoding."""
        sense = trig.sense
        code, plover, mode, rule = sense.cameo, sense.plover, sense.mode, ""
        inner = trig.inner[0] if trig.inner else None
        c = cues()
        if inner is not None:
            if plover == "THREATEN":
                hit = recode(inner.sense.cameo, c.intent_recode)
                if hit and hit[1] == "THREATEN":
                    code, mode, rule = hit[0], None, f"+{inner.sense.key}"
            elif plover == "AGREE" and code == "030":
                # a promise to act: to cooperate is AGREE, to attack or punish THREATEN ("vowed to attack")
                hit = recode(inner.sense.cameo, c.intent_recode)
                if inner.sense.cameo in c.deployment_codes:
                    # "vowed to send troops to Latvia": the deployment planned, no threat to Latvia
                    sense = inner.sense
                    return sense.cameo, sense.plover, sense.mode, f"+{sense.key}{PLANNED_SUFFIX}"
                if hit:
                    code, plover, rule = hit[0], hit[1], f"+{inner.sense.key}"
                    mode = None if hit[1] != "AGREE" else mode
                else:
                    # an act read as words that no intent recodes, of a verb whose dictionary code
                    # is hostile ("vowed to hit the militia hard"): the threat of that act
                    threat = threatened_code(trig.token)
                    if threat is not None:
                        code, plover, mode, rule = threat[0], threat[1], None, f"+{threat[2]}"
                    elif (
                        trig.rule.startswith(INTENT_RULE)
                        and mood.value != "negated"
                        and inner.sense.plover not in ("", plover)
                    ):
                        # "stated its intention to sue the government", "is ready to investigate
                        # the mayor": an intent no recoding makes a promise or a threat is the act
                        # planned (docs/annotation-guide.md section 4), as "plans to sue" is
                        sense = inner.sense
                        return sense.cameo, sense.plover, sense.mode, f"+{sense.key}{PLANNED_SUFFIX}"
            elif plover == "REJECT" and code == "120":
                hit = recode(inner.sense.cameo, c.refusal_recode)
                if hit:
                    code, rule = hit[0], f"+{inner.sense.key}"
            elif plover == "COERCE" and inner.sense.cameo == c.trial_code:
                # "a court ordered the former minister to stand trial": the legal action ordered,
                # not a coercion of the one sent to trial
                code, plover, mode = inner.sense.cameo, inner.sense.plover, inner.sense.mode
                rule = f"+{inner.sense.key}"
        elif plover == "AGREE" and code == "030":
            # a promise of a hostile act the coder leaves uncoded ("vowed to crush the insurgency"),
            # the act a commitment's "to" phrase names ("committed to military action") or its
            # object names ("vowed a crackdown")
            threat = (
                committed_code(trig.token)
                or voiced_code(trig.token)
                or threatened_code(trig.token)
                or promised_threat(trig.token)
            )
            if threat is not None:
                code, plover, rule = threat[0], threat[1], f"+{threat[2]}"
                mode = None if plover == "THREATEN" else mode
        if mood.refusal:
            hit = None
            if inner is not None and trig.rule.startswith(INTENT_RULE):
                # "is not ready to resume talks": the refusal of the act it is not ready for
                hit = recode(inner.sense.cameo, c.refusal_recode)
            hit = hit or recode(code, c.refusal_recode)
            if hit:
                return hit[0], hit[1], None, rule + "+refusal"
        elif (mood.intent or mood.foretold) and mood.value == "planned":
            if code in c.deployment_codes and trig.rule.startswith(INTENT_RULE):
                # "stands ready to deploy a battalion to Latvia": the deployment planned, no threat
                return code, plover, mode, rule + PLANNED_SUFFIX
            hit = recode(code, c.intent_recode)
            if hit and hit[1] != plover and (mood.intent or code[:2] in c.foretold_roots):
                return hit[0], hit[1], None, rule + "+intent"
        elif not rule and mood.value in ("asserted", "reported", "planned"):
            # the verb's own code, also with a purpose folded in ("met ... to discuss the border"),
            # and of an act scheduled, not promised or announced ("will meet the envoy at the palace")
            return _realised(trig, code, plover, mode, rule)
        return code, plover, mode, rule

    def _not_an_event(self, trig: Trigger, sent: Span) -> bool:
        """A predicate in a question (also an indirect one), an imperative or an "if" clause, a
        statistic, an earlier year's background, a body's mission ("was formed to fight"), an act
        denied ("denied carrying out the strikes") or asked of someone ("persuade them to
        withdraw"), a disaster's toll ("floods killed 12 people"), an act no one did or suffered
        ("no one was hurt"), the topic of talks ("discussed Turkey's offensive"), a habit ("often
        detain") or, in a full article, a standing relation ("Iran funds the militia", "Israel's
        occupation"; the simple present of a brief or of a text's first sentence, a headline, tells
        its news)."""
        token = trig.token
        sentence = self.text[sent.start_char : sent.end_char]
        if question(sentence) or imperative(token) or in_condition(token) or self._quoted_imperative(token):
            return True
        verb, subject = clause_verb(trig), self._subject_of(token)[0]
        return (
            (trig.sense.plover == "REQUEST" and asks_a_question(token))
            or indirect_question(token)
            or statistic(token, subject)
            or earlier_year(token, sent, self.times, self.doc._.published)
            or founding_purpose(token)
            or denied_act(token)
            or influenced_act(token)
            or wanted_for(token)
            or topic_gerund(token)
            or hazard_toll(token, trig.sense.plover, trig.sense.role_swap)
            or endangers(token, trig.sense.plover)
            or nobody_acts(token)
            or death_by_no_one(token, trig.sense)
            or harm_by_a_thing(token, trig.sense.plover)
            or force_idiom(token, trig.sense.plover)
            or (trig.rule.startswith("noun:") and (talk_topic(trig.noun) or nonspecific(trig.noun)))
            or habitual(verb)
            or standing(verb)
            or reported_record(verb, self.times)
            or (
                (generic_statement(verb, subject, sentence) or generic_passive(verb, sentence))
                and not self._story_headline(sent)
            )
            or (
                (
                    standing_relation(verb, trig.sense.plover, sentence)
                    or (trig.rule.startswith("noun:") and standing_state(trig.noun))
                )
                and self.text[: sent.start_char].strip()
                and not self.genre_signs.get("brief")
            )
        )

    def _addressed_imperatives(self, sent: Span) -> list[tuple[Token | None, Token, Token, Token | None]]:
        """(speaker, addressee, verb, speech verb) of what one actor asks of another with an
        imperative: a headline "A to B:" ("Mayor to council: Release the report"), also when the
        parse ends a sentence at the colon, and a quote that opens with one, addressed by its speech
        verb or a vocative ("'Let the hostages go,' the envoy told the kidnappers"), the speech verb
        not itself a request ("urged"): an appeal, CAMEO 020, as the reported form "urged the
        kidnappers to let the hostages go" is, whose content is not coded apart (the guide's
        requested actions)."""
        quoted = [
            (self._subject_of(cue)[0] or self._quote_speaker(verb), addressed, verb, cue)
            for verb, cue, addressed in quoted_imperatives(sent.doc, sent, self.doc._.quotes or [])
            if addressed is not None
        ]
        return self._headline_imperatives(sent) + quoted

    def _quoted_imperative(self, token: Token) -> bool:
        """Whether a predicate is the action a quoted imperative asks for ("'Please free my son,'
        she told the guards"): a request's content, not an act (the guide's requested actions)."""
        sent = token.sent
        return any(
            token in requested_verbs(verb)
            for verb, _, _ in quoted_imperatives(sent.doc, sent, self.doc._.quotes or [])
        )

    def _headline_imperatives(self, sent: Span) -> list[tuple[Token | None, Token, Token, Token | None]]:
        """(speaker, addressee, verb, None) of a headline "A to B:" and an imperative."""
        doc = sent.doc
        newline = headline_line_end(self.text)
        if newline is None:
            return []
        colons = [t for t in doc[max(sent.start - 1, 0) : sent.end] if t.text == ":" and t.idx < newline]
        if not colons or colons[0].i + 1 >= len(doc):
            return []
        colon, verb = colons[0], doc[colons[0].i + 1]
        # the parse may make the speaker before the colon the verb's subject
        own = [c for c in verb.children if c.dep_ == "aux" or (c.dep_ == "nsubj" and c.i > colon.i)]
        if verb not in sent or verb.tag_ != "VB" or own:
            return []
        for to in (t for t in doc[: colon.i] if t.lower_ == "to" and t.dep_ == "prep"):
            addressee = next((c for c in to.children if c.dep_ == "pobj"), None)
            speaker = to.head
            if addressee is not None and speaker.i < to.i and names_actor(speaker) and names_actor(addressee):
                return [(speaker, addressee, verb, None)]
        return []

    def _headline_end(self, cut: int) -> int:
        """The character where the story begins after its headline (``cut`` for a headline parsed
        apart), or 0 when the text has no headline."""
        return cut or headline_line_end(self.text) or glued_title_end(self.doc) or 0

    def _story_headline(self, sent: Span) -> bool:
        """Whether a sentence is the story's headline: it opens the text's first line, which is
        short enough to be a headline and has the story after it. A headline's simple present
        tells the news ("Sanders backs Clinton on trade."), whatever its final punctuation; so does
        the sentence-cased parse of a Title Case title glued to its story (``headline.parse_headline``),
        which holds the title alone."""
        newline = headline_line_end(self.text)
        if newline is not None and sent.start_char < newline and not self.text[: sent.start_char].strip():
            return True
        if sent.doc.user_data.get(STORY_HEADLINE_KEY):
            return not _recurrent(sent)
        return glued_title(sent[0]) and _telegraphic(sent)

    def _demands(self, sent: Span) -> list[tuple[Token, Token | None, Token, Token]]:
        """(reporting verb, speaker, clause, clause subject) for "X said Y must ..." demands: Y names
        an actor ("said the council must resign", not "said the deal should boost growth"); also a
        clause the parse hangs on the statement the verb names ("said in a statement that Iran
        must release the tanker") and a claim after a speaker's colon ("Envoy: Rebels must
        disarm"), whose reporting word is the clause itself."""
        c = cues()
        out = []
        doc, rows = sent.doc, span_rows(sent)
        for offset, (pos, dep, lemma) in enumerate(zip(rows.pos, rows.dep, rows.lemma, strict=True)):
            # a reporting verb, or a clause after a colon (``colon_clause``: "acl", ``colon_speaker``:
            # "ROOT"): any other word is skipped before its Token is made
            if dep not in _COLON_DEPS and not (pos in _VERB_OR_AUX and lemma in c.reporting_verbs):
                continue
            token = doc[rows.start + offset]
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in c.reporting_verbs:
                speaker = self._subject_of(token)[0]
                clauses = [ch for ch in token.children if ch.dep_ == "ccomp"] + statement_clauses(token)
                out.extend((token, speaker, clause, subj) for clause, subj in self._demanded(clauses))
            elif (colon_clause(token) and not labelled_clause(token)) or colon_speaker(token) is not None:
                speaker = token.head if colon_clause(token) else colon_speaker(token)
                out.extend((token, speaker, clause, subj) for clause, subj in self._demanded([token]))
        return out

    @staticmethod
    def _demanded(clauses: list[Token]) -> list[tuple[Token, Token]]:
        """(clause, subject) of the clauses with a demand modal whose subject names an actor that is
        neither the speaker's "I" or "we" nor the generic public."""
        c = cues()
        out = []
        for clause in clauses:
            if not any(a.dep_ == "aux" and a.lower_ in c.demand_modals for a in clause.children):
                continue
            subj = next((ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ in FIRST_PERSON or not names_people(subj):
                continue
            if generic_subject(subj) or aspiration(clause):
                # "said people should throw the product out": advice to the public; "said the city
                # must become a symbol of peace": a wish, no act asked of anyone
                continue
            out.append((clause, subj))
            if past_counterfactual(clause):
                # "said the minister should have resigned last year and must go now": the present
                # demand joined to the past fault, with the fault's subject
                out.extend(
                    (conj, subj)
                    for conj in clause.children
                    if conj.dep_ == "conj"
                    and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in conj.children)
                    and any(a.dep_ == "aux" and a.lower_ in c.demand_modals for a in conj.children)
                    and not past_counterfactual(conj)
                )
        return out

    @staticmethod
    def _faults_no_one(clause: Token) -> bool:
        """Whether a perfect modal clause faults its subject for nothing: an inference ("said the
        hackers must have had help", ``past_fault``), a passive or a verb of being or having ("said
        the tenants should have been warned", "said the pupils should have had a break"), whose
        subject is not the one faulted."""
        if not past_fault(clause):
            return True
        return clause.lemma_.lower() in STATIVE_LEMMAS or any(ch.dep_ == "auxpass" for ch in clause.children)

    def _evaluations(self, sent: Span) -> list[tuple[Token, Token | None, Token, Token, Sense]]:
        """(reporting word, speaker, predicate word, one judged, sense) for "X said Y is a liar" /
        "'She is a disgrace,' he said" / "said Y's remarks were outrageous": a clause a reporting
        verb governs whose predicate judges (``evaluation.judgement``: criticism, or praise as the
        naming verbs read "called him a statesman") and whose subject names people, or, for
        criticism, is a thing people own (the owner is the one judged); not under a modal ("would
        be wrong"). Besides a copula clause, the verbless clauses of headlines: a predicate with a
        subject of its own ("X says Y 'absolutely wrong'"), a quoted apposition to the object ("X
        says Y 'a disgrace'"), and a copula clause after a speaker's colon ("X: Y is 'desperate'")."""
        c = cues()
        out = []
        doc, rows = sent.doc, span_rows(sent)
        for offset, (pos, dep, lemma) in enumerate(zip(rows.pos, rows.dep, rows.lemma, strict=True)):
            # a reporting verb, a root or a clause after a colon: no other word is read below
            if dep not in _COLON_DEPS and not (pos in _VERB_OR_AUX and lemma in c.reporting_verbs):
                continue
            token = doc[rows.start + offset]
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in c.reporting_verbs:
                speaker = inverted_speaker(token) or self._subject_of(token)[0]
                about = next(iter(prep_objects(token, ("of",))), None)
                for subject, pred in judged_clauses(token):
                    if about is not None and subject is not None and subject.pos_ == "PRON":
                        # "'She is unfit to lead,' the senator said of the governor"
                        subject = about
                    out.extend((token, speaker, pred, *found) for found in judgements_of(subject, pred))
            elif token.dep_ == "ROOT" and any(
                ch.text == ":" and ch.i == token.i + 1 for ch in token.children
            ):
                # a headline's verbless claim after the speaker's colon: "X: Y 'unfit' to serve"
                for judged in (ch for ch in token.children if ch.dep_ == "appos" and ch.i > token.i + 1):
                    for pred in (
                        m for m in judged.children if m.dep_ in ("amod", "appos") and quoted_word(m)
                    ):
                        out.extend((token, token, pred, *found) for found in judgements_of(judged, pred))
            elif not is_copula(token):
                continue
            elif colon_clause(token):
                if labelled_clause(token):
                    continue
                subject = next((ch for ch in token.children if ch.dep_ == "nsubj"), None)
                for pred in judging_predicates(token):
                    out.extend((token, token.head, pred, *found) for found in judgements_of(subject, pred))
            elif (speaker := colon_speaker(token)) is not None:
                # the parse ended a sentence at the speaker's colon ("Mayor: | Council is 'lying'")
                subject = next((ch for ch in token.children if ch.dep_ == "nsubj"), None)
                for pred in judging_predicates(token):
                    out.extend((token, speaker, pred, *found) for found in judgements_of(subject, pred))
            elif token.dep_ == "ROOT":
                # a sentence of a quotation that does not name its speaker ("'She is a disgrace.
                # She never tells the truth,' he said"): the quote layer's speaker
                speaker = self._quote_speaker(token)
                for clause in copulas(token) if speaker is not None else []:
                    subject = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
                    for pred in judging_predicates(clause):
                        out.extend((token, speaker, pred, *found) for found in judgements_of(subject, pred))
        # "'Is she a disgrace?' he asked": a question judges no one
        return [found for found in out if not asked_clause(found[2])]

    def _blames(self, sent: Span) -> list[tuple[Token, Token | None, Token, Token, Sense]]:
        """(reporting verb, speaker, predicate word, one blamed, sense) for "X said Y was behind the
        attack" (``readings.blamed_clauses``): the content of the statement is an allegation; and
        for "X said Y's strikes constituted a violation" (``readings.condemned_clauses``):
        criticism."""
        c = cues()
        out = []
        doc, rows = sent.doc, span_rows(sent)
        for offset, (pos, dep, lemma, lower) in enumerate(
            zip(rows.pos, rows.dep, rows.lemma, rows.lower, strict=True)
        ):
            # a verb of warning or reporting, a root, a verb that may hold out a threat
            # (``open_threats``) or a word of concern (``concerns``): no other word is read below
            if not (
                dep == "ROOT"
                or (pos in _VERB_OR_AUX and (lemma in c.warning_verbs or lemma in c.reporting_verbs))
                or may_hold_out(lemma)
                or lower in c.concern_adjectives
            ):
                continue
            token = doc[rows.start + offset]
            if token.pos_ == "VERB" and token.lemma_.lower() in c.warning_verbs:
                speaker = self._subject_of(token)[0]
                out.extend((token, speaker, pred, warned, WARNING) for warned, pred in warned_clauses(token))
            elif token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in c.reporting_verbs:
                speaker = self._subject_of(token)[0]
                out.extend((token, speaker, pred, subj, BLAME) for subj, pred in blamed_clauses(token))
                out.extend((token, speaker, pred, doer, VERDICT) for doer, pred in condemned_clauses(token))
                out.extend((token, speaker, pred, warned, WARNING) for warned, pred in warned_clauses(token))
                clauses = [ch for ch in token.children if ch.dep_ == "ccomp"] + statement_clauses(token)
                out.extend((token, speaker, verb, doer, HARM) for doer, verb in harm_clauses(clauses))
            elif token.dep_ == "ROOT" and (quoted := self._quote_speaker(token)) is not None:
                # a sentence of a quotation that does not name its speaker ("'They wrecked the
                # schools.'"): the quote layer's speaker
                out.extend((token, quoted, verb, doer, HARM) for doer, verb in harm_clauses([token]))
                if not token.sent.text.rstrip().rstrip("\"'”’").endswith("?"):
                    # "'Did the minister lie to us?'": asked, no allegation
                    out.extend((token, quoted, pred, subj, BLAME) for subj, pred in clause_blames(token))
            threats = open_threats(token)
            # "Is Britain weighing sanctions against Riyadh?": a question holds out no act
            for act, aimed, sense in [] if not threats or asked_clause(token) else threats:
                out.append((token, self._subject_of(token)[0], act, aimed, sense))
            for concerned, aimed, sense in concerns(token):
                out.append((token, self._concerned_one(concerned, token), token, aimed, sense))
        # "'Did the minister wreck the schools?' she asked": asked, no allegation
        return [b for b in out if b[4] not in (BLAME, VERDICT, HARM) or not asked_clause(b[2])]

    @staticmethod
    def _concerned_one(subject: Token, word: Token) -> Token:
        """Who is said to be concerned: the subject, or for a pronoun in a clause a reporting verb
        governs ("the ministry said it was concerned") the verb's subject."""
        clause = word.head if word.dep_ == "acomp" else word
        reporter = clause.head
        if (
            subject.pos_ == "PRON"
            and clause.dep_ == "ccomp"
            and reporter.lemma_.lower() in cues().reporting_verbs
        ):
            return subject_of(reporter)[0] or subject
        return subject

    def _plight_events(
        self, sent: Span, after: int = 0, found: list[tuple[Token, Token, Token | None, Sense]] | None = None
    ) -> list[dict[str, Any]]:
        """Someone "under fire", "under investigation" or "on trial" (``plights.plights``, or
        ``found`` when the caller has them): the act of others with the one in the plight as target
        and the one named in its "from" or "by" phrase, if any, as source; not when the one "under"
        it is an armed force (shot at)."""
        out = []
        for noun, holder, doer, sense in plights(sent) if found is None else found:
            if noun.idx < after:
                continue
            targets = self._actors_of(holder, event=noun)
            armed = any(_of_armed_sector(t) for t in targets)
            if not targets or (armed and sense.key.startswith("under+")):
                continue
            sources = self._actors_of(doer, event=noun) if doer is not None else []
            if sense.key.startswith(CASUALTY_KEY):
                # "dead after an attack by insurgents": the attack's doer, placed or not
                trig = Trigger(noun, sense, f"plight:{sense.key}")
                out.append(self._event(trig, sent, sources, targets, modality(clause_verb(trig))))
                continue
            if doer is not None and (never_target(doer) or any(_armed(a) for a in sources)):
                # "under fire from artillery", "from the rebels": shot at, which is no plight
                continue
            # a doer the text does not place ("under fire from critics") is left unnamed, as the
            # plight's doer is when no phrase names one
            groups = international_codes()
            sources = [a for a in sources if a.get("country") or str(a.get("code") or "").startswith(groups)]
            trig = Trigger(noun, sense, f"plight:{sense.key}")
            out.append(self._event(trig, sent, sources, targets, modality(clause_verb(trig))))
        return out

    def _noun_headline(self, sent: Span) -> bool:
        """Whether a verbless sentence is a story's headline that tells its act with a noun whose
        owner is the doer ("Okafor's attack on Adeyemi", "Senator's praise for the governor"): its
        root a noun with a possessor naming an actor, or an event noun whose adjective of
        nationality, "by" or "between" phrase names one ("Chilean crackdown on miners", "Talks
        between Lima and Quito in Panama")."""
        root = sent.root
        if root.pos_ != "NOUN" or not self._story_headline(sent):
            return False
        if any(c.dep_ == "poss" and names_actor(c) for c in root.children):
            return True
        sense = match_noun(root)
        if sense is None:
            return False
        return named_doer(root, sense) is not None or any(names_actor(d) for d in noun_doers(root))

    def _quote_speaker(self, token: Token) -> Token | None:
        """The speaker's mention of the direct quotation a token is in, when the quote layer found
        one: the mention the quote layer names when it is in the token's sentence, else the
        speaker's nearest mention in the sentences before (docs/annotation-guide.md section 3), else
        the one the quote layer names."""
        for quote in self.doc._.quotes or []:
            if quote.get("kind") == "indirect" or quote.get("speaker_start") is None:
                continue
            if int(quote["start"]) <= token.idx < int(quote["end"]):
                span = self.doc.char_span(
                    int(quote["speaker_start"]), int(quote["speaker_end"]), alignment_mode="expand"
                )
                if span is None:
                    return None
                sent = token.sent
                end = int(quote["end"])
                # "'Is the envoy a disgrace?' he asked": the parse may end the sentence before the cue
                cue_follows = int(quote["speaker_start"]) >= end and sent.start_char <= end <= sent.end_char
                if sent.start <= span.root.i < sent.end or cue_follows:
                    return span.root
                earlier = self._earlier_mention(str(quote.get("speaker") or ""), sent.start_char)
                if earlier is None or len(with_conjuncts(earlier)) > 1:
                    # "Reyes and Stone clashed": a mention coordinated with others stands for them all
                    return span.root
                return earlier
        return None

    def _other_than_reporter(
        self, pronoun: Token, reporter: Token | None, said: list[dict[str, Any]]
    ) -> bool:
        """Whether a "he" or "she" the coreference leaves open cannot be the subject of the verb
        that reports its clause: a plural ("Police said he fired first") or one called by the other
        gender ("Dana Ruiz said he refused, and her aide agreed")."""
        gender = PRONOUN_GENDERS.get(pronoun.lower_)
        if gender is None or reporter is None:
            return False
        if reporter.tag_ in ("NNS", "NNPS"):
            return True
        genders = speaker_genders(reporter, said, self.doc._.entities or [])
        return bool(genders) and gender not in genders

    def _apart(self, judged: Token | None, speaker: Token | None, sources: list[dict[str, Any]]) -> bool:
        """Whether a pronoun a state, armed or political speaker judges is someone other than the
        speaker by its gender (``arguments.apart_from_speaker``); a private person's word on
        another ("she said he was a fine teacher") is private life, left to the rule that drops it."""
        if judged is None or judged.pos_ != "PRON" or not any(state_actor(a) for a in sources):
            return False
        return apart_from_speaker(judged, speaker_genders(speaker, sources, self.doc._.entities or []))

    def _earlier_mention(self, entity_id: str, before: int) -> Token | None:
        """The head of an entity's last mention that ends before a character offset, other than
        an owner's pronoun ("his show" names the show)."""
        mentions = [
            m
            for e in self.doc._.entities or []
            if entity_id and str(e.get("id")) == entity_id
            for m in e.get("mentions") or []
            if m.get("end") is not None
            and int(m["end"]) <= before
            and str(m.get("text") or "").lower() not in POSSESSIVE_PRONOUNS
        ]
        if not mentions:
            return None
        last = max(mentions, key=lambda m: int(m["start"]))
        span = self.doc.char_span(int(last["start"]), int(last["end"]), alignment_mode="expand")
        return span.root if span is not None else None

    def sentence_events(self, sent: Span, after: int = 0) -> list[dict[str, Any]]:
        """Coded events of one sentence (capped); with ``after``, only predicates from that offset."""
        if not has_verb(sent) and not self._noun_headline(sent):
            # a verbless headline may still put someone in a plight ("Governor under fire over deaths")
            return self._dedupe(self._plight_events(sent, after))
        triggers = fold(find_triggers(sent), lead=sent.start < self.lead_end)
        if after:
            triggers = [t for t in triggers if t.token.idx >= after]
        events: list[dict[str, Any]] = []
        demand_clauses = set()
        trigger_tokens = {t.token.i for t in triggers}
        for reporter, speaker, clause, subj in self._demands(sent):
            demand_clauses.add(clause.i)
            if reporter.idx < after:
                continue
            if reporter.dep_ == "advcl" and reporter.tag_ == "VBG" and reporter.head.i in trigger_tokens:
                # a participle voicing the demand of an action it accompanies ("marched, saying the
                # mayor must go") belongs to that action
                continue
            # "said the regulator should have stopped the merger": a past act can no longer be
            # asked for; the speaker faults the one who did not do it (criticism, ACCUSE 111)
            blame = past_counterfactual(clause)
            if blame and self._faults_no_one(clause):
                # the clause is the speaker's and its act was not done: neither coded
                continue
            sense = Sense(
                key=f"{reporter.lemma_.lower()}+{clause.lemma_.lower()}",
                cameo=PAST_FAULT_CODE if blame else "100",
                plover="ACCUSE" if blame else "REQUEST",
                strength=DEMAND_STRENGTH,
            )
            # a headline's colon read as "says" (``headline.parse_reading``) is no word of the demand
            colon = reporter is clause or reporter.text == ":"
            said = "colon" if colon else reporter.lemma_.lower()
            trig = Trigger(clause if colon else reporter, sense, f"demand:{said}+must")
            trig.inner = [t for t in triggers if t.token.i == clause.i and clause is not trig.token]
            sources = self._actors_of(speaker, event=reporter)
            targets = self._actors_of(subj, event=reporter)
            if speaker_itself(sources, targets, subj.tag_ == "PRP"):
                # "the inmate said he must be given a new trial": a claim of the speaker's own
                continue
            if subj.dep_ == "nsubjpass" and not blame and not held_to_blame(clause):
                # "said the rebels must be punished": the passive's subject undergoes the act asked
                # for; the demand is made of its doer, named by a by-phrase or not at all
                agent = agent_of(clause)
                targets = self._actors_of(agent, event=reporter) if agent is not None else []
            events.append(self._event(trig, sent, sources, targets, Modality("asserted")))
        for speaker, addressee, verb, cue in self._addressed_imperatives(sent):
            if verb.idx < after or (cue is not None and cue.i in trigger_tokens):
                # "'Stop the shelling,' the bishop urged the rebels", "'Leave,' the general warned
                # the rebels": the speech verb is itself the event (a request, threat, accusation)
                continue
            trig = Trigger(verb, ADDRESSED_APPEAL, f"appeal:to+{verb.lemma_.lower()}")
            sources = self._actors_of(speaker, event=verb) if cue is None else self._speakers(speaker, cue)
            targets = self._actors_of(addressee, event=verb)
            if sources and targets:
                events.append(self._event(trig, sent, sources, targets, Modality("asserted")))
        for reporter, speaker, pred, subj, sense in self._evaluations(sent):
            if reporter.idx < after:
                continue
            trig = Trigger(pred, sense, f"evaluation:{pred.lemma_.lower()}")
            sources = self._speakers(speaker, reporter)
            targets = self._actors_of(subj, event=pred.head)
            if sense is PRAISE and not targets:
                # praise of no one ("said the economy is great") is an opinion, not support
                continue
            if same_entity(sources, targets, subj.pos_ == "PRON") and not self._apart(subj, speaker, sources):
                # "she said she was proud": the speaker describing herself
                continue
            events.append(self._event(trig, sent, sources, targets, Modality("asserted")))
        blames = [
            b
            for b in self._blames(sent)
            # "said the governor made threats against reporters": a verb the lexicon codes keeps its
            # own event, no harm claimed; a verb of conduct judged does not ("said the cabinet had
            # failed its farmers": no rejection)
            if not (b[4] is HARM and b[2].i in trigger_tokens and not judged_conduct(b[2]))
        ]
        # "said the army was to blame": the allegation is the speaker's, not the army's blaming
        blame_words = {pred.i for _, _, pred, _, _ in blames}
        for reporter, speaker, pred, subj, blame in blames:
            if reporter.idx < after:
                continue
            if blame in (BLAME, VERDICT, HARM) and withheld(reporter):
                # "said they do not believe the rebels were behind it": no allegation is made
                continue
            sources = self._speakers(speaker, reporter)
            targets = self._actors_of(subj, event=pred.head)
            if blame is HARM and (
                any(offender(t) for t in targets)
                or not any(public_actor(a) for a in (*sources, *targets))
                or (
                    any(s.get("sector") == "COP" for s in sources)
                    and all(not t.get("code") or t.get("sector") in ("CVL", "OPP") for t in targets)
                )
            ):
                # "police said the thief had damaged the door", "said the rebels had wrecked the
                # pipeline", "police said a man damaged a fence": a crime or an attack told; "the
                # teacher said the pupils damaged the classroom": no state or political actor on
                # either side, a private quarrel
                continue
            if targets and (
                not same_entity(sources, targets, subj.pos_ == "PRON") or self._apart(subj, speaker, sources)
            ):
                # "the group said it was behind the attack" claims a deed, it accuses no one
                trig = Trigger(pred, blame, f"{blame.key}:{pred.lower_}")
                events.append(self._event(trig, sent, sources, targets, Modality("asserted")))
        plighted = plights(sent)
        events.extend(self._plight_events(sent, after, plighted))
        # "dead after an attack by insurgents": the attack is coded with its casualties as target
        struck = {noun.i for noun, _, _, sense in plighted if sense.key.startswith(CASUALTY_KEY)}
        # "the army carried out an airstrike that killed four militants": the light verb codes the attack
        carried = {t.noun.i for t in triggers if t.noun is not None and t.noun.i != t.token.i}
        for trig in triggers:
            if demand_clauses.intersection(t.i for t in governing_chain(trig.token)):
                continue
            if trig.token.i in struck or (trig.noun is not None and trig.noun.i in struck):
                # "took heavy shelling": the attack taken, its taker the target, not the doer
                continue
            if trig.token.i in blame_words or judged_conduct(trig.token):
                # "said the cabinet had failed its farmers", "'We failed our children'": conduct judged,
                # criticism when someone else voices it, no act of the lexicon's default reading
                continue
            if self._not_an_event(trig, sent):
                continue
            if _unheld_meeting(trig):
                # "proposed talks between A and B", "talks between A and B were postponed"
                continue
            if trig.rule.startswith("noun:") and self._verb_of_party_noun(trig.token):
                # "talks between A and B collapsed": the verb's act between the parties, no meeting
                continue
            passing = trig.rule.endswith(PASSING_RULE)
            held = meeting_verb(trig.token) if trig.rule.startswith("noun:") else None
            # "talks between A and B are due to begin": the infinitive's planned modality
            mood = modality(held if held is not None and held.pos_ == "VERB" else clause_verb(trig))
            if (
                mood.value == "negated"
                and trig.rule.startswith(INTENT_RULE)
                and voiced_intent_act(trig.token) is None
                and not voiced_acts(trig.token)
            ):
                # "is not willing to resume talks": a stated readiness denied is a refusal, as
                # when the readiness governs a coded act; a readiness not voiced ("did not express
                # any willingness to resume talks") is a promise not made, no refusal
                mood = replace(mood, refusal=True)
            if passing and mood.value == "asserted":
                mood = _told_by_reporter(trig.token) or mood
            sources = self._source_of(trig, mood)
            if mood.conditional:
                # "said Chile would attack Peru if it crossed the river": whose threat, or a forecast
                mood = self._conditional_mood(trig, mood, sources)
            if not sources and _found_by_no_state_body(trig):
                # "a BBC investigation found ...": an outlet's or a firm's inquiry, no official one
                continue
            if (
                passing
                and not sources
                and not (
                    self._means_clause(trig)
                    or (harm_of_attack(trig.token, trig.sense.plover) and trig.token.head.i not in carried)
                )
            ):
                # a lead's act told in a clause is coded only with its doer named, or as the harm
                # of a device or an attack that names no doer ("the bomb that killed five people",
                # "a shooting that killed two guests")
                continue
            if len(sources) > 1 and each_other(trig.token):
                # "A and B attacked each other's policies": one event from each to the other
                for n, source in enumerate(sources):
                    other = sources[(n + 1) % len(sources)]
                    events.append(self._event(trig, sent, [source], [other], mood))
                continue
            party = self._party_noun(trig)
            targets = self._target_of(trig, sources, fallback=False) if party is None else []
            mutual = trig.token.lemma_.lower() in argument_kinds().mutual_verbs
            if party is not None:
                # "talks between A and B collapsed": once, the first-named party the source
                with_head = noun_parties(party)[1]
                if with_head is None:
                    sources, targets = sources[:1], sources[1:]
                else:
                    targets = self._actors_of(with_head, event=trig.token)
            elif both_parties(sources, self.doc) and (
                _between_parties(trig, targets or self._target_of(trig, sources), mutual)
                or (not targets and trig.noun is None and battle_between(trig.token))
            ):
                # "the two presidents signed the plan": one phrase names neither party apart
                continue
            elif not targets and len(sources) > 1 and (_reciprocal(trig) or mutual):
                # "A and B met": coded once, the first-named actor as source, the other as target
                sources, targets = sources[:1], sources[1:]
            elif (
                len(sources) > 1
                and _mutual_commitment(trig)
                and not _with_partner(trig, targets or self._target_of(trig, sources))
            ):
                # "A and B agreed to build a railway", "A and B signed an accord in C": between them
                sources, targets = sources[:1], sources[1:]
            elif not targets and trig.sense.plover not in argument_kinds().addressee_types:
                # an appeal's target is the one asked, never a name merely mentioned in its scope
                targets = self._target_of(trig, sources)
            if about_no_one(trig.sense.cameo, [t for t in targets if self._about(trig, t)]):
                # "warned of a famine in the south", "voiced concern over the situation": a
                # statement about no one (a place it names is where, not whom, it is about, and
                # "concern about the detained activists" is for them)
                continue
            named = [t for t in targets if t.get("code") or t.get("entity")]
            if not trig.sense.role_swap and feeling_at_no_one(trig.token, trig.sense.plover, named):
                # "residents reacted with anger after the floods": a feeling shown at no one (one
                # drawn from others, "sparked outrage among farmers", is the criticism they voice)
                continue
            if not trig.sense.role_swap and criticism_at_no_one(trig.token, trig.sense.plover, named):
                # "the mayor criticised himself", "farmers complained about the rain": no one accused
                continue
            if not sources and not targets and names_no_actor(trig.tokens):
                continue
            if trig.sense.cameo in cues().bare_promise_codes and not trig.inner and perpetrates(trig.token):
                # "committed a series of robberies": the act done, no promise to anyone
                continue
            if (
                not targets
                and (
                    trig.sense.plover in cues().partner_types
                    or trig.sense.cameo in cues().host_codes
                    or (
                        trig.sense.cameo in cues().bare_promise_codes
                        and not trig.inner
                        and promises_nothing(trig.token)
                        # a threat needs no one it is made to ("vowed to retaliate")
                        and threatened_code(trig.token) is None
                        and _commits_to(trig.token) != "THREATEN"
                    )
                )
                and not self._topic_only(trig, sources)
            ):
                # cooperation needs a partner: "released the figures" shares nothing with anyone,
                # "pledged to stay calm" promises no one anything
                continue
            if not targets and approves_a_measure(trig.token, trig.sense.plover):
                # "the council approved the library budget": a vote or an administrative
                # decision that names no party
                continue
            places = common_destinations(trig.token, trig.sense.cameo)
            if places and all(
                any(p.left_edge.idx <= (t.get("start") or -1) <= p.right_edge.idx for p in places)
                for t in targets
            ):
                # "came to town", "flew to the city": travel that visits no one
                continue
            if trig.sense.key.endswith("+visit") and no_visit(trig.token, sources):
                # "troops flew to the capital", "two bombers flew to the coast": a deployment
                continue
            if business_routine(sources, targets) or commercial_deal(
                [trig.token, *(t.token for t in trig.inner)], sources, targets
            ):
                # "Toyota agreed to buy a stake in Panasonic": business routine, not a political event
                continue
            if corporate_resignation(trig.token, trig.sense.plover, sources):
                # "quit as chief operating officer of the shipping firm": business routine
                continue
            if private_gift(
                [trig.token, *(t.token for t in trig.inner)], trig.sense.plover, sources, targets
            ):
                # "a retired banker pledged $2 million to the party": campaign finance or charity
                continue
            if trig.sense.strength == STRENGTH_SYNONYM and business_doers(sources, targets):
                # a verb coded as a synonym of an act of force or coercion is that act only when
                # done by or to someone of the state, armed or political actors: "Microsoft
                # penalized its suppliers" is business routine
                continue
            inner_codes = [i.sense.cameo for i in trig.inner]
            if trig.sense.plover == "PROTEST" and support_rally(
                trig.tokens, self._subject_of(trig.token)[0], inner_codes
            ):
                # "supporters rallied outside the court to back the mayor": support, not dissent
                continue
            if trig.sense.plover == "PROTEST" and campaign_rally(trig.tokens, sources, inner_codes):
                # "the senator held a rally in the county seat": a campaign event, not dissent
                continue
            blockade = official_obstruction(trig.sense.cameo, sources, trig.token, inner_codes)
            sense = recoded(trig.sense, blockade, "official") if blockade else trig.sense
            complaint = diplomatic_protest(trig.sense.cameo, sources, trig.token)
            sense = recoded(sense, complaint, "diplomatic") if complaint else sense
            if sense is not trig.sense:
                # "police blocked access to the square": a restriction of movement, not a protest;
                # "Japan protested the drills": a complaint, not dissent
                trig = replace(trig, sense=sense, rule=trig.rule + "+official")
            moved = [
                a
                for o in trig.token.children
                if o.dep_ == "dobj"
                for a in self._actors_of(o, event=trig.token)
            ]
            if civilian_mobilization(trig.sense.plover, sources, moved):
                # "the campaign mobilized volunteers", "church groups mobilized to help": no force
                continue
            if trig.sense.plover == "ASSAULT" and electoral_contest(trig.token, sources, targets):
                # "the senator narrowly beat the governor": an election won, not violence
                continue
            if game_play(trig.sense, sent.text, sources, targets, trig.token):
                # "the hosts mounted attack after attack before half-time", "beat the Mets 5-3": a game
                continue
            if trig.sense.plover in nonevent_cues().struggle_types and figurative_struggle(
                [trig.token, *(t.token for t in trig.inner)], sources, targets
            ):
                # "has fought to expand health care", "vowed to fight for working families"
                continue
            if danger_warning(trig.token, trig.sense.plover, trig.sense.origin):
                # "warned officials about hacking attempts": advice about a danger, no threat
                continue
            if trig.sense.plover == "THREATEN":
                if not threat_by_source(trig.token, sources, self.actors):
                    continue
                # the subject of "warned that it would ..." is the threatening side, not the target
                speaker = None if answered_clause(trig.token) else clause_subject(trig.token)
                if speaker is not None:
                    inside = range(speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge))
                    targets = [t for t in targets if t.get("start") not in inside]
            if trig.sense.plover in HOME_PLACE_TYPES:
                targets = [
                    t for t in targets if not self._home_place(t, sources) and not self._destination(t)
                ]
            if targets and trig.sense.cameo in argument_kinds().withdrawal_codes:
                targets = [t for t in targets if not self._home_ground(t, sources)]
                if not targets:
                    # "ordered the evacuation of the coastal towns": people moved out of harm at home
                    continue
            partner = []
            travels = journey(trig.token, trig.sense.cameo)
            trip = trig.sense.cameo in cues().itinerary_codes or travels
            if trip and domestic_visit(sources, targets):
                # a trip at home made for talks with someone is a meeting with them ("arrived at the
                # White House for talks with the president")
                partner = self._talks_partner(trig.token)
                if partner:
                    targets = partner
                    trig = replace(trig, rule=trig.rule + TALKS_RULE)
            if trig.sense.cameo in cues().itinerary_codes and (
                len(targets) > 2
                or (domestic_visit(sources, targets) and not partner)
                or crowd(self._subject_of(trig.token)[0])
                or private_trip(sources, targets)
            ):
                # "toured Paris, Berlin, Rome and Madrid", "visited the border", "thousands of
                # Syrians travelled to Germany": not a visit event
                continue
            if travels and domestic_visit(sources, targets) and not partner:
                # "the airline flies to 12 cities in Ohio", "the governor flew to Dallas": travel at
                # home, which meets no one
                continue
            if plans_a_journey(trig.token, trig.sense) and (not targets or domestic_visit(sources, targets)):
                # "announced plans to travel to a city in the Midwest": a trip at home, or to no one
                continue
            if trig.sense.cameo in nonevent_cues().hosting_codes and any(
                crowd(o) for o in trig.token.children if o.dep_ in ("dobj", "nsubjpass")
            ):
                # "Turkey hosts 3.5 million refugees": sheltering a population, not a visit
                continue
            if trig.sense.plover == "AGREE" and conditional_threat(trig.token):
                trig = replace(trig, sense=CONDITIONAL_THREAT, rule=trig.rule + "+if")
            if accidental_force(trig.token, trig.sense.plover, sources):
                # "a hunter accidentally shot his brother": a private mishap, no violence
                continue
            if trig.sense.plover == "ACCUSE" and literal_aim(trig.token, sources):
                # "snipers took aim at the protesters": a weapon aimed, no criticism
                continue
            if blow_of_no_one(trig.token, trig.sense.plover, sources):
                # "a typhoon slammed the coast", "was struck by a van": no speaker, no criticism
                continue
            if trig.sense.plover in ("ASSAULT", "ACCUSE", "REJECT") and dismissal(trig.token):
                # "the president fired the interior minister", "voted to dismiss the defence
                # minister": a dismissal, no attack and no rejection
                continue
            words = verbal_attack(trig.token, sources) and verbal_target(trig.token)
            if trig.sense is WORDS_ATTACK and not (words and not instrument(trig.token)):
                # "a car hit a pedestrian", "hit the campaign trail", "hit the officer with a bottle"
                continue
            if (
                trig.sense.mode == "cyber"
                and not trig.sense.subjects
                and verbal_attack(trig.token, sources)
                or trig.sense.plover == "ASSAULT"
                and (
                    verbal_attack(trig.token, sources)
                    or self._sparring(trig.token, sources, targets)
                    or self._attack_on_party(trig.token, sources, targets)
                )
            ):
                # an attack on a computer system by no hacker may be words too ("the minister
                # attacked the census website")
                trig = Trigger(trig.token, VERBAL_ATTACK, trig.rule + "+verbal", trig.noun, trig.inner)
            if _unarmed_retaliation(trig, mood, sources, targets):
                continue
            events.append(self._event(trig, sent, sources, targets, mood))
            if party is not None:
                events[-1][PARTY_KEY] = True
            if len(events) >= MAX_EVENTS_PER_SENTENCE:
                break
        return self._dedupe(events)

    def _talks_partner(self, token: Token) -> list[dict[str, Any]]:
        """The partner a trip is made to meet: the actors of the "with" phrase of a consultation
        noun in the verb's "for" phrase, or one the parse hangs on the place ("came to Paris for
        talks with the premier")."""
        places = [p for c in token.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        heads = [token, *places]
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
            for noun in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"):
                sense = match_noun(noun)
                if sense is None or sense.plover != "CONSULT":
                    continue
                for with_ in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"):
                    for obj in (p for p in with_.children if p.dep_ == "pobj"):
                        actors = self._actors_of(obj, None, token)
                        if actors:
                            return actors
        return []

    def _sparring(self, token: Token, sources: list[dict[str, Any]], targets: list[dict[str, Any]]) -> bool:
        """Whether people of no armed sector clash with one another with words: an attack verb with
        no object whose every actor is a named person or a holder of political office or standing
        (``verbal_attack_offices``: "the two candidates, A and B, clashed over taxes", "Republican
        and Democratic lawmakers clashed over the bill"); crowds, party supporters, police and armies
        clash with force."""
        c = cues()
        # the parse may make "over" a particle and the issue its object ("clash over taxes")
        issue = any(ch.dep_ == "prt" and ch.lower_ in ("over", "about") for ch in token.children)
        if token.lemma_.lower() not in c.verbal_attack_verbs or (
            not issue and any(ch.dep_ == "dobj" for ch in token.children)
        ):
            return False
        kinds = {e.get("id"): e.get("type") for e in self.doc._.entities or []}
        # a place the clash happened in is no side of it
        actors = [a for a in (*sources, *targets) if kinds.get(a.get("entity")) not in PLACE_ENTITY_TYPES]
        if not actors or any(_of_armed_sector(a) for a in actors):
            return False
        if any(p.lemma_.lower() in c.verbal_objects for p in prep_objects(token, ("over", "about"))):
            # a clash over a statement or a policy is one of words ("clashed over the joint statement")
            return True
        if any(p.lemma_.lower() in c.debate_nouns for p in prep_objects(token, ("in", "during", "at"))):
            # a clash in a debate or a hearing is one of words ("the rivals clashed in the debate")
            return True
        verbal = [office_holder(self.doc, a) for a in actors]
        named = people_by_name([(kinds.get(a.get("entity")), str(a.get("text") or "")) for a in actors])
        # a person the actor dictionaries list, whom a headline's parse may read as an organisation
        named = [n or listed_person(str(a.get("text") or "")) for n, a in zip(named, actors, strict=True)]
        return (all(named) and len(actors) > 1) or all(v or n for v, n in zip(verbal, named, strict=True))

    def _attack_on_party(
        self, token: Token, sources: list[dict[str, Any]], targets: list[dict[str, Any]]
    ) -> bool:
        """Whether an attack verb with an object is a named person's attack in words on parties or
        legislatures (every target of ``political_sectors``: "the senator ripped Democrats over the
        budget"), no source of an armed sector."""
        c = cues()
        if token.lemma_.lower() not in c.verbal_attack_verbs or not sources or not targets:
            return False
        if not any(ch.dep_ == "dobj" for ch in token.children):
            return False
        kinds = {e.get("id"): e.get("type") for e in self.doc._.entities or []}
        people = all(kinds.get(a.get("entity")) == "PERSON" for a in sources)
        unarmed = not any(_of_armed_sector(a) for a in sources)
        return people and unarmed and all((a.get("sector") or "") in c.political_sectors for a in targets)

    @staticmethod
    def _dedupe(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One event per type, source, target and modality of a sentence: two words of it that tell
        the same act ("attacked Clinton, saying 'she is unstable'") name the same actors, by the
        same mention or by mentions of one entity."""
        seen: set[tuple] = set()
        out = []
        for event in events:
            key = (
                event["plover"]["type"],
                mention_key(event["source"]),
                mention_key(event["target"]),
                event["modality"],
            )
            if key in seen:
                continue
            seen.add(key)
            out.append(event)
        return out

    def _event(
        self,
        trig: Trigger,
        sent: Span,
        sources: list[dict[str, Any]],
        targets: list[dict[str, Any]],
        mood: Modality,
    ) -> dict[str, Any]:
        code, plover, mode, suffix = self._code(trig, mood)
        info = describe(code)
        announced = suffix.endswith(("+intent", "+refusal"))
        modality_value = mood.act if announced else _said_modality(mood, code)
        if suffix.endswith(PLANNED_SUFFIX) and modality_value in ("asserted", "reported"):
            modality_value = "planned"
        framed = (mood.act_framed or mood.act) if announced else (mood.framed or mood.value)
        sentence = self.text[sent.start_char : sent.end_char]
        tokens = trig.tokens + [t for inner in trig.inner for t in inner.tokens]
        # a hyphenated event noun the tokenizer splits is its whole word ("cease-fire")
        trigger_text = " ".join(
            self.text[hyphened_start(t).idx : t.idx + len(t)] for t in sorted(set(tokens), key=lambda t: t.i)
        )
        where, assumed = self._where(trig, sent)
        event = {
            "source": sources[0] if sources else None,
            "target": targets[0] if targets else None,
            "plover": {"type": plover, "mode": mode or info["mode"]},
            "cameo": {"code": code, "label": info["label"]},
            "goldstein": info["goldstein"],
            "quad_class": info["quad_class"],
            # a promise, threat or refusal is itself the event: the announcement's modality
            "modality": modality_value,
            "when": self._when(trig, sent),
            "where": where,
            "where_assumed": assumed,
            "evidence": {"start": sent.start_char, "end": sent.end_char, "text": sentence},
            "trigger": trigger_text,
            "rule": trig.rule + suffix,
            "_sources": sources,
            "_targets": targets,
            "_context": {
                "strength": trig.sense.strength,
                "kind": trig.sense.origin if trig.rule.startswith("verb:") else trig.rule.split(":", 1)[0],
                "question": question(sentence),
                "quoted": self._quoted(trig.token.idx),
                "lead": sent.start < self.lead_end,
                "genre": self.story_genre or ("sentence_discard" if sentence_discarded(sentence) else None),
                "position": sent.start_char / max(1, len(self.text)),
                "offset": sent.start_char,
                "opinion": self.opinion,
                "text": self.genre_signs,
                "framing": framed if framed != modality_value else None,
                "clause": dict(
                    clause_signals(
                        clause_verb(trig),
                        self._subject_of(trig.token)[0],
                        sent,
                        sentence,
                        self.times,
                        self.published,
                    ),
                    doerless=names_no_doer(trig, sources, targets),
                ),
            },
        }
        return event

    def _place_people(self, coded: list[dict[str, Any]]) -> None:
        """Place the actors left to the story's country (``STORY_KEY``: named people and
        organisations the dictionaries do not place, generic nouns, unresolved pronouns). The
        story's country is read outside the event's sentence, whose other parties are no evidence of
        where this actor is ("Protesters burned a Danish flag"): the country most of the placed
        actors of the other sentences have (when there are ``MIN_STORY_ACTORS`` of them or the
        places name fewer than ``MIN_STORY_PLACES`` different places of another country), else
        the country the story's places name most outside the sentence, but for a state body
        (``STATE_SECTORS``: "the House of Commons", "the army") the dateline's country when the
        placed actors and the places together name it among the two most named
        (``story_country.leading``), else the country they name most (``plurality``); for residents
        (``RESIDENT_SECTORS``: civilians, protesters, police, rebels) the places' country first
        ("Russian jets bombed Aleppo ... the rebels": Syria's), when the placed actors and the places
        name that country most together or the story names two places of it (its adjective in a phrase of
        where something happens counts as one: "in the Libyan town of Gharyan"; a lone place name of
        another country, often a name misread, does not outweigh the story). With none (a single sentence says
        nothing beyond the event) the actor keeps the country a place of its sentence gave it, or
        none (``country_source`` None)."""
        placed = [
            [
                a["country"]
                for a in (*event["_sources"], *event["_targets"])
                if a.get("country") and a.get("country_source") in ("phrase", "entity")
            ]
            for event in coded
        ]
        total = Counter(c for countries in placed for c in countries)
        by_sentence: dict[int, Counter[str]] = {}
        for event, countries in zip(coded, placed, strict=True):
            by_sentence.setdefault(event["evidence"]["start"], Counter()).update(countries)
        # the sentences each placed actor is named in, an actor being its entity (else its words):
        # one person named in five events is one placed actor, not five
        named_in: dict[str, set[int]] = {}
        for event in coded:
            for a in (*event["_sources"], *event["_targets"]):
                if a.get("country") and a.get("country_source") in ("phrase", "entity"):
                    key = str(a.get("entity") or str(a.get("text") or "").lower())
                    named_in.setdefault(key, set()).add(event["evidence"]["start"])
        for event in coded:
            actors = (*event["_sources"], *event["_targets"])
            country = setting = state = None
            if any(a.get(STORY_KEY) for a in actors):
                others = total - by_sentence[event["evidence"]["start"]]
                start, end = event["evidence"]["start"], event["evidence"]["end"]
                named = self._most_named_country(start, end)
                country = _majority(others)
                outside = sum(1 for starts in named_in.values() if starts - {start})
                if outside < MIN_STORY_ACTORS and self._names_places_of(named, start, end):
                    # one or two placed actors (an outside expert quoted) say less of where the
                    # story is than the several places of one country it names
                    country = named
                # a state body ("the House of Commons", "the army") belongs to the country the
                # story's actors and places name together most, not to its places alone
                places = self._places_named(start, end)
                preferred = self._story_preferences(places)
                if country is None and leading(others + places, preferred[0]):
                    state = preferred[0]
                else:
                    state = country or plurality(others + places, preferred)
                country = country or named
                if country is None and state is None:
                    # neither the placed actors nor the places say where the story is: the people
                    # and organisations it names that the dictionaries place do ("House Speaker X
                    # said he would vote for Y", Y a person of the dictionaries)
                    country = state = _majority(others + self._named_countries(start, end))
                setting = self._most_named_country(start, end, setting=True)
                named_setting = self._names_places_of(setting, start, end, demonyms=True)
                if not (leading(others + places, setting, 1) or named_setting):
                    # one place name of a setting ("in the coastal region of X") whose country the
                    # story's actors and places do not name most says less than they do
                    setting = None
            for actor in actors:
                if not actor.pop(STORY_KEY, False):
                    continue
                if _generic(actor) and any(actor is target for target in event["_targets"]):
                    # "killed two men", "urged residents": the story's setting is not where the text
                    # places the people an act is done to (annotation guide, section 3), nor the
                    # dateline's place; a place of the event's own sentence is ("police in northern
                    # Iraq arrested two men")
                    if actor.get("country_source") != "sentence":
                        placed = self._sentence_country(start, end, actors)
                        code = actor_code(placed or "", actor.get("sector")) or None
                        actor.update(country=placed, code=code)
                        actor["country_source"] = "sentence" if placed else None
                    continue
                if setting is not None and actor.get("sector") in RESIDENT_SECTORS:
                    actor.update(country=setting, code=actor_code(setting, actor.get("sector")))
                    actor["country_source"] = "document"
                    continue
                placed_in = state if state is not None and actor.get("sector") in STATE_SECTORS else country
                if placed_in is not None:
                    code = actor_code(placed_in, actor.get("sector"))
                    actor.update(country=placed_in, code=code, country_source="document")
                elif not actor.get("country"):
                    actor["country_source"] = None
        people = {e.get("id") for e in self.doc._.entities or [] if e.get("type") == "PERSON"}
        _share_entity_countries(coded, people)

    def _named_countries(self, start: int, end: int) -> Counter[str]:
        """The countries of the story's named people, public bodies and peoples that the dictionaries
        or their own words place, one count for each named outside the characters [start, end)."""
        if self._entity_countries is None:
            self._entity_countries = []
            for entity in self.doc._.entities or []:
                if entity.get("type") not in NAMED_ACTOR_TYPES:
                    continue
                hit = self.actors._from_entity(entity) or {}
                country = str(hit.get("country") or "")
                if not is_country(country) or hit.get("basis") == "ethnic":
                    continue
                if entity["type"] == "ORG" and hit.get("sector") not in PUBLIC_SECTORS:
                    # a company or a newspaper is no sign of where a story is ("a Honda")
                    continue
                spans = [
                    (int(m["start"]), int(m["end"]))
                    for m in entity.get("mentions") or []
                    if m.get("kind") in NAME_MENTIONS
                ]
                self._entity_countries.append((country, spans))
        return Counter(
            country
            for country, spans in self._entity_countries
            if any(not start <= a < end for a, _ in spans)
        )

    def _sentence_country(self, start: int, end: int, actors: tuple[dict[str, Any], ...]) -> str | None:
        """The one country the places named inside the characters [start, end) (an event's
        sentence, its dateline left out) belong to; None when they name none or several. A place
        inside an actor's words
        that the resolver placed in another country is not counted ("police in northern Ireland":
        GBR, the places layer's Ireland)."""
        spans = [
            (a["start"], a["end"], a["country"])
            for a in actors
            if a.get("start") is not None and a.get("country")
        ]
        countries = {
            iso3
            for at, iso3, _ in self._place_mentions()
            if start <= at < end
            and not any(a <= at < b and c != iso3 for a, b, c in spans)
            and not self._in_dateline(at)
        }
        return countries.pop() if len(countries) == 1 else None

    def _in_dateline(self, offset: int) -> bool:
        """Whether the character at ``offset`` is in a dateline ("CAIRO —"): where the reporter
        files from, not where the event of the sentence happens."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and in_dateline(span[0])

    def _places_named(self, start: int, end: int) -> Counter[str]:
        """How often the story's places name each country outside the characters [start, end) or
        in its dateline."""
        return Counter(
            iso3 for at, iso3, _ in self._place_mentions() if not start <= at < end or self._in_dateline(at)
        )

    def _story_preferences(self, places: Counter[str]) -> list[str | None]:
        """The countries that break a tie among the story's leading countries: the dateline's,
        then those its places name, most named first."""
        place = self.place_by_id.get(self.dateline_place or "") or {}
        dateline = iso3_of_iso2(str(place["country"])) if place.get("country") else None
        return [dateline, *(iso3 for iso3, _ in places.most_common())]

    def _place_mentions(self) -> list[tuple[int, str, bool]]:
        """(start, country, named as a setting) of each mention of a place of a country."""
        if self._mentions is None:
            self._mentions = []
            for start, end, iso3 in self.actors.place_mentions:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                self._mentions.append((start, iso3, span is not None and in_setting(span.root)))
        return self._mentions

    def _names_places_of(self, country: str | None, start: int, end: int, demonyms: bool = False) -> bool:
        """Whether the story names ``MIN_STORY_PLACES`` different places of a country outside the
        characters [start, end) (one name written again may be a word misread as a place); with
        ``demonyms`` the country's adjective where something happens counts as one of them ("in
        the Iraqi town of Baiji": the town is no word misread)."""
        names = {
            self.actors.text[a:b].lower()
            for a, b, iso3 in self.actors.place_mentions
            if iso3 == country and not start <= a < end
        }
        if demonyms:
            names |= {
                text
                for at, text, iso3 in self._setting_demonyms()
                if iso3 == country and not start <= at < end
            }
        return country is not None and len(names) >= MIN_STORY_PLACES

    def _setting_demonyms(self) -> list[tuple[int, str, str]]:
        """(start, text, country) of each country adjective the places layer read inside a phrase
        of where something happens ("in the Iraqi town of", "across the Syrian border")."""
        out = []
        for place in self.places:
            iso3 = iso3_of_iso2(str(place["country"])) if place.get("country") else None
            for mention in place.get("demonyms") or []:
                span = self.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
                if iso3 and span is not None and in_setting(span.root):
                    out.append((int(mention["start"]), str(mention.get("text") or span.text).lower(), iso3))
        return out

    def _most_named_country(self, start: int, end: int, setting: bool = False) -> str | None:
        """The country the story's places name most often (ISO alpha-3) outside the characters
        [start, end) (the event's sentence; its dateline, where the reporter files from, counts
        wherever it stands), when no other is named as often or the dateline's is one of those
        named most ("BERLIN — ... Poland's rules": Germany's); with ``setting`` only the places
        named where something happens (``actors.in_setting``)."""
        counts = Counter(
            iso3
            for at, iso3, where in self._place_mentions()
            if (not start <= at < end or self._in_dateline(at)) and (where or not setting)
        )
        ranked = counts.most_common()
        if not ranked:
            return None
        leaders = [iso3 for iso3, n in ranked if n == ranked[0][1]]
        if len(leaders) == 1:
            return leaders[0]
        dateline = self._story_preferences(Counter())[0]
        return dateline if dateline in leaders else None

    def events(self) -> list[dict[str, Any]]:
        """Every coded event of the Doc, one per source-target pair, with ids V1, V2..."""
        out: list[dict[str, Any]] = []
        scored: list[dict[str, float]] = []
        coded: list[dict[str, Any]] = []
        if self.headline is not None:
            coded.extend(e for sent in self.headline.doc.sents for e in self.headline.sentence_events(sent))
        cut = len(self.headline.doc.text) if self.headline is not None else 0
        for sent in self.doc.sents:
            if sent.end_char > cut:
                # a sentence the model ran on from the headline keeps the predicates after it
                found = self.sentence_events(sent, after=cut if sent.start_char < cut else 0)
                if sent.start_char < cut:
                    found = [past_headline(e, cut, self.text) for e in found]
                coded.extend(found)
        self._place_people(coded)
        headline_end = self._headline_end(cut)
        if headline_end:
            place_headline_people(coded, self.doc, headline_end, self.actors.actor)
        mark_companies(coded, self.doc._.entities or [])
        # a visit whose host the story placed in the visitor's own country is travel at home
        coded = [
            e
            for e in coded
            if e["cameo"]["code"] not in cues().itinerary_codes
            or e["rule"].endswith(TALKS_RULE)
            or not domestic_visit(e["_sources"], e["_targets"])
        ]
        # names with no sector are private people's only in a story of no state or political actor
        people = not political_text(self.text) and not any(
            state_actor(a) for e in coded for a in (*e["_sources"], *e["_targets"])
        )
        coded = [e for e in coded if not self._private(e, people)]
        head = first_line(self.doc)
        if head is not None and opinion_headline(head.text):
            # "Editorial: the council must scrap the levy": the writer's opinion, no event, and no
            # echo of the lede's events either
            coded = [e for e in coded if int((e.get("evidence") or {}).get("start", 0)) >= head.end_char]
            head = None
        if head is not None:
            coded[:0] = echoes(coded, head, self.headline.doc if self.headline is not None else head)
        seen: set[tuple] = set()
        for event in coded:
            sources = event.pop("_sources") or [None]
            targets = event.pop("_targets") or [None]
            event.pop(PARTY_KEY, None)
            context = event.pop("_context")
            for source in (as_strikers(s, event["cameo"]["code"] or "") for s in sources):
                for target in other_targets(source, targets):
                    key = (
                        event["evidence"]["start"],
                        event["trigger"],
                        event["plover"]["type"],
                        (source or {}).get("start"),
                        actor_key_of(source),
                        actor_key_of(target),
                    )
                    if key in seen:
                        # "expelled inspectors of the IAEA, or IAEA": one target named twice
                        continue
                    seen.add(key)
                    item = dict(event, source=cameo_actor(source), target=cameo_actor(target))
                    feats = features(
                        source=source,
                        target=target,
                        modality=item["modality"],
                        pronoun_source=bool(
                            source
                            and source.get("text", "").lower() in PRONOUNS
                            and not speaker_pronoun(self.doc, source, self._mention_spans())
                        ),
                        cameo=item["cameo"]["code"] or "",
                        **context,
                    )
                    place = self.place_by_id.get(item["where"]) if item["where"] else None
                    item["gdelt"] = gdelt_fields(item, place)
                    item["id"] = f"V{len(out) + 1}"
                    out.append(item)
                    scored.append(feats)
                    if len(out) >= MAX_EVENTS_PER_DOC:
                        return self._scored(out, scored)
        return self._scored(out, scored)

    def _private(self, event: dict[str, Any], people: bool) -> bool:
        """Whether an event is a private act or business routine (``nonevents.private_exchange``,
        with ``people`` when the story names no state or political actor), criticism or an
        allegation between private people (``leisure.private_quarrel``), criticism or a request
        of sport or private life, or a judgement of a business (``leisure``), or a visit or trip
        (``itinerary_codes``) made by private actors only to no state body ("the skater returned
        from Australia")."""
        entities = self.doc._.entities or []
        kinds = {e.get("id"): e.get("type") for e in entities}
        names = {e.get("id"): str(e.get("name") or "") for e in entities}
        organisations = [str(e.get("name") or "") for e in entities if e.get("type") == "ORG"]

        def described(actor: dict[str, Any]) -> PrivateParty:
            start, end = actor.get("start"), actor.get("end")
            span = (
                self.doc.char_span(start, end, alignment_mode="expand")
                if start is not None and end is not None
                else None
            )
            kind = kinds.get(actor.get("entity"))
            name = names.get(actor.get("entity")) or str(actor.get("text") or "")
            company = kind == "ORG" and company_name(name, organisations)
            return actor, kind, span.root if span is not None else None, company

        sources = [described(a) for a in event["_sources"]]
        targets = [described(a) for a in event["_targets"]]
        plover = event["plover"]["type"]
        if private_exchange(plover, sources, targets, people):
            return True
        if event.get(PARTY_KEY) and private_exchange(MEETING_TYPE, sources, targets, people):
            # "merger talks between two banks collapsed": the talks' fate is that of a meeting
            return True
        reading = str(event.get("rule") or "").startswith(READING_RULES)
        if private_quarrel(plover, event["cameo"]["code"], sources, targets, people, reading):
            return True
        evidence = event.get("evidence") or {}
        code = event["cameo"]["code"]
        if leisure_exchange(plover, code, sources, targets, str(evidence.get("text") or "")):
            return True
        sent = self.doc.char_span(evidence.get("start", 0), evidence.get("end", 0), alignment_mode="expand")
        if sent is not None and business_judgement(plover, code, sources, targets, sent):
            return True
        if sent is not None and private_request(plover, _trigger_verb(sent, event), [*sources, *targets]):
            return True
        return (
            event["cameo"]["code"] in cues().itinerary_codes
            and bool(sources)
            and all(private_actor(*party, people) for party in sources)
            and not any(state_actor(a) for a, _, _, _ in targets)
        )

    def _scored(self, events: list[dict[str, Any]], feats: list[dict[str, float]]) -> list[dict[str, Any]]:
        """The events with their confidence, once every event of the text is known (``story_features``)."""
        story = story_features([(e["plover"]["type"], f) for e, f in zip(events, feats, strict=True)])
        for event, own, more in zip(events, feats, story, strict=True):
            own.update(more)
            event["confidence"] = confidence(own)
            if self.keep_features:
                event["_features"] = own
        return events


def _trigger_verb(sent: Span, event: dict[str, Any]) -> Token | None:
    """The verb of a sentence whose word is an event's trigger's first word, if any."""
    words = str(event.get("trigger") or "").split()
    return next((t for t in sent if words and t.text == words[0] and t.pos_ == "VERB"), None)


# the fewest placed actors whose country says where a story is before the places it names
MIN_STORY_ACTORS = 3
# the fewest different places of one country that outweigh fewer placed actors
MIN_STORY_PLACES = 2


# names that make a strike one of force: a nationality, an organisation ("an Israeli strike", "a
# Hezbollah strike")
ARMED_DOER_ENTS = frozenset({"NORP", "ORG"})
# names of places, which modify an attack noun as where it was ("the Birmingham bombing")
PLACE_NAME_ENTS = frozenset({"GPE", "LOC", "FAC"})
# prepositions of a passive whose object may be the attack it was done in ("killed in an air strike",
# "wounded during shelling")
ATTACK_PREPS = ("in", "during", "by")
# words that open a clause telling the act a passive outcome came with
WHEN_MARKS = frozenset({"when", "as"})


# dependents that give a noun a determiner of its own: with none, a singular count noun is bare
ARTICLE_DEPS = frozenset({"det", "poss", "nummod"})


def _telegraphic(sent: Span) -> bool:
    """Whether a sentence drops its articles as a headline does: a singular common noun as the
    subject, object or prepositional object of its root with no determiner, owner or number of its
    own ("Police arrest suspect in warehouse fire.", "Governor signs pact with tribe."), which
    running prose does not write, or an object counted by a number ("Police arrest two men in
    Berlin.": the people of one act, not a kind, unless a rate counts a habit, "detain 300 people
    a month"); not one that tells a recurrence ("Police detain
    suspect at nearly every rally."), which is a habit whatever its articles."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or _recurrent(sent):
        return False
    arguments = [c for c in root.children if c.dep_ in ("nsubj", "dobj")]
    counted = not states_a_rate(root) and any(
        a.dep_ == "dobj" and any(n.dep_ == "nummod" and n.tag_ == "CD" for n in a.children) for a in arguments
    )
    arguments += [o for p in root.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return counted or any(a.tag_ == "NN" and a.is_lower and not _determined(a) for a in arguments)


def _recurrent(sent: Span) -> bool:
    """Whether a sentence tells a recurrence with a habit adverb or "every" ("Police detain suspect
    at nearly every rally."): a habit, not the news, in a headline too."""
    c = nonevent_cues()
    every = c.habitual_determiners
    return any(
        t.lower_ in c.habitual_adverbs or (t.lower_ in every and t.head.lower_ != "other") for t in sent
    )


def _determined(noun: Token) -> bool:
    """Whether a noun has a determiner, an owner or a number of its own."""
    return any(c.dep_ in ARTICLE_DEPS for c in noun.children)


def _within(actor: dict[str, Any], sources: list[dict[str, Any]]) -> bool:
    """Whether an actor's mention lies inside a source's phrase: its owner or a name of its own
    words ("the warning by the defence minister's office": the minister is the doer's side, not
    whom it is aimed at)."""
    start, end = actor.get("start"), actor.get("end")
    if start is None or end is None:
        return False
    return any(
        s.get("start") is not None
        and s.get("end") is not None
        and int(s["start"]) <= int(start)
        and int(end) <= int(s["end"])
        for s in sources
    )


def _intransitive_headline(trig: Trigger) -> bool:
    """Whether a headline's bare past form ("Miners struck for a third week") is read by a sense
    that takes no object (a labour strike): an active verb, not the headline's passive of its
    transitive sense ("Pedestrian struck by car"); so is one of dissent read as a passive of
    judging only by its place before a phrase (``judged_in_headline``: "Opposition boycotted over
    fraud claims"), dissent being what its subject does."""
    if trig.sense.plover in DISSENT_TYPES and judged_in_headline(trig.token) and not has_agent(trig.token):
        return True
    return trig.sense.no_object and headline_bare_passive(trig.token)


def _device_modified(noun: Token) -> bool:
    """Whether an attack noun is modified by a word for its device ("a bomb attack", "a car bomb
    attack": ``actors.device_word``)."""
    return any(c.dep_ in ("amod", "compound") and c.i < noun.i and device_word(c) for c in noun.children)


def _of_armed_sector(actor: dict[str, Any]) -> bool:
    """Whether an actor's sector is an armed one (``armed_sectors``: military, police, rebels...)."""
    return (actor.get("sector") or "") in cues().armed_sectors


def _armed(actor: dict[str, Any]) -> bool:
    """Whether an actor is of an armed sector or an international militarized group (IMG)."""
    code = str(actor.get("code") or "")
    return _of_armed_sector(actor) or code.startswith("IMG")


def _speaks_for(speakers: list[dict[str, Any]], actor: dict[str, Any]) -> bool:
    """Whether an actor is a speaker's own side: the speaker itself, the state of the speaker's
    country when both are of it (no sector, or a sector of the state, ``STATE_SECTORS``: "the
    Chilean president said Chile would ...", "said Chilean forces would ..."), or a body of the
    speaker's own sector outside the state and of no other country ("the rebel commander said his
    fighters would ..."); an opposition leader speaks for no army, nor one state for another."""

    def state(a: dict[str, Any]) -> bool:
        return not a.get("sector") or a.get("sector") in STATE_SECTORS

    if actor.get("entity") and any(s.get("entity") == actor.get("entity") for s in speakers):
        return True
    country, sector = actor.get("country"), actor.get("sector")
    if state(actor):
        return bool(country) and any(s.get("country") == country and state(s) for s in speakers)
    return any(
        s.get("sector") == sector and (not country or not s.get("country") or s.get("country") == country)
        for s in speakers
    )


def _doers_of(act: Token) -> list[Token]:
    """Who did a judged act: a wrong's doers, the doers of an act done to someone or something
    (``patient_doers``), else the act's doers and owner."""
    if wrongdoing(act):
        return deed_doers(act)
    return patient_doers(act) if patient_act(act) else act_doers(act)


# possessive pronouns by which a doer owns the thing it judges ("defended his call")
OWN_THING_PRONOUNS = frozenset({"his", "her", "its", "their", "my", "our"})


def _own_thing_recipients(trig: Trigger) -> set[int]:
    """The words of the "to" phrases of a verb judging a thing its doer owns ("defended her memo to
    the city council", "defended its letter to the regulator"), on the verb or on the thing: the one
    the doer's own act went to is no one the judging is aimed at."""
    if trig.noun is not None or not judges_thing(trig):
        return set()
    things = [
        c
        for c in trig.token.children
        if c.dep_ in ("dobj", "nsubjpass")
        and any(p.dep_ == "poss" and p.lower_ in OWN_THING_PRONOUNS for p in c.children)
        and not _names_the_judging(c, trig)
    ]
    if not things:
        return set()
    return {o.i for head in (trig.token, *things) for o in prep_objects(head, ("to",))}


def _names_the_judging(thing: Token, trig: Trigger) -> bool:
    """Whether an object names the judging itself, a noun of the verb's own type ("gave its backing
    to the plan", "lent her support to the mayor"): its "to" phrase is whom the judging is aimed at."""
    sense = match_noun(thing)
    return sense is not None and sense.plover == trig.sense.plover


def _between_parties(trig: Trigger, targets: list[dict[str, Any]], mutual: bool) -> bool:
    """Whether an event is one between its doers, with no one else as its target: done to "each
    other" (by the predicate or an act folded in: "pledged to consult each other"), or with no
    target and of a reciprocal type, the signing of an agreement or a verb of mutual action."""
    if any(each_other(t) for t in (trig.token, *(i.token for i in trig.inner))):
        return True
    if targets:
        return False
    return (
        trig.sense.plover in cues().reciprocal_types
        or trig.sense.cameo in cues().mutual_commitment_codes
        or mutual
    )


def _reciprocal(trig: Trigger) -> bool:
    """Whether an event of coordinated sources is between them ("A and B met"): a reciprocal type,
    and for a commitment a verb of one the parties make to each other ("A and B agreed", not "A and
    B announced plans")."""
    plover = trig.sense.plover
    if plover not in cues().reciprocal_types:
        return False
    return plover not in cues().verb_reciprocal_types or (
        verb_lemma(trig.token, cues().mutual_commitment_verbs) is not None or _joint_commitment(trig)
    )


def _joint_commitment(trig: Trigger) -> bool:
    """Whether a commitment is to an act done with each other: one with an adverb of
    ``joint_adverbs`` in its complement ("committed to acting jointly") or an act folded in of a
    reciprocal type other than a commitment, none hostile ("vowed to cooperate", "to hold talks")."""
    c = cues()
    if any(_hostile(inner.sense.cameo) for inner in trig.inner) or _third_party_in_complement(trig):
        return False
    if any(
        inner.sense.plover in c.reciprocal_types and inner.sense.plover not in c.verb_reciprocal_types
        for inner in trig.inner
    ):
        return True
    complements = [ch for ch in trig.token.children if ch.dep_ in ("xcomp", "prep", "ccomp")]
    return any(w.lower_ in c.joint_adverbs and w.dep_ == "advmod" for ch in complements for w in ch.subtree)


# dependencies of a word that is what an act is done to ("help Ukraine", "send aid to Haiti"), and
# the prepositions of a phrase that names a party of the act ("talks with Ethiopia")
PARTY_DEPS = frozenset({"dobj", "dative"})
PARTY_PREPS = frozenset({"with", "to", "against"})


def _third_party_in_complement(trig: Trigger) -> bool:
    """Whether the act a commitment is to names a party of its own as its object or in one of its
    phrases ("pledged to help Ukraine together", "to hold talks with Ethiopia"): the commitment
    is made to that party, each doer's own, not one between the doers; a treaty or another thing
    named is no party ("to negotiate a new arms treaty")."""
    complements = [ch for ch in trig.token.children if ch.dep_ in ("xcomp", "prep", "ccomp")]
    words = [w for ch in complements for w in ch.subtree]
    return any(
        (w.dep_ in PARTY_DEPS or (w.dep_ == "pobj" and w.head.lower_ in PARTY_PREPS))
        and names_actor(w)
        and not (each_other(w) or never_target(w) or names_thing(w))
        for w in words
    )


def _unheld_meeting(trig: Trigger) -> bool:
    """Whether an event noun of talks or a meeting that no other predicate took in (as "welcomed
    talks between A and B" is support for them) tells of none held (``triggers.held_meeting``:
    talks proposed, postponed, called off or walked out of); a visit (``host_codes``) is left to
    its own tests."""
    if not trig.rule.startswith("noun:") or trig.sense.plover != "CONSULT":
        return False
    return trig.sense.cameo not in cues().host_codes and not held_meeting(trig.token)


def _found_by_no_state_body(trig: Trigger) -> bool:
    """Whether an investigation noun is coded only for the institution named before it as it reports
    a finding ("a BBC investigation found ..."), with no owner or by-phrase naming its doer."""
    token = trig.token
    if not trig.rule.startswith("noun:") or any(c.dep_ == "poss" for c in token.children):
        return False
    return not noun_doers(token) and finding_doer(token, trig.sense.mode) is not None


def _meeting_parties(trig: Trigger) -> Token | None:
    """The first party a light verb's noun of talks or a meeting names in its "between" phrase
    ("held talks between A and B", "talks between A and B were held"), when the verb is one of
    ``held_meeting_verbs`` and no visit is hosted (``host_codes``); else None."""
    noun = trig.noun
    if not trig.rule.startswith("light:") or noun is None or trig.sense.plover != "CONSULT":
        return None
    if trig.sense.cameo in cues().host_codes or verb_lemma(trig.token, cues().held_meeting_verbs) is None:
        return None
    for head in (noun, *prep_objects(noun, ("of",))):
        # "held a new round of talks between A and B"
        doers = noun_doers(head)
        if doers and doers[0].head.lower_ == "between":
            return doers[0]
    return None


def _commits_to(token: Token) -> str | None:
    """The PLOVER type of the act an intent predicate's "to" phrase commits to, or None."""
    hit = committed_code(token)
    return hit[1] if hit is not None else None


def _mutual_commitment(trig: Trigger) -> bool:
    """Whether an event of coordinated sources is a commitment they make to each other whatever
    else the clause names: an agreement of a verb of ``mutual_commitment_verbs`` ("A and B agreed to
    build a railway") or the signing of a formal agreement (``mutual_commitment_codes``); not an
    agreement to a hostile act (``HOSTILE_QUADS``: "A and B agreed to impose sanctions on C" is
    aimed at C, a threat)."""
    if trig.sense.cameo in cues().mutual_commitment_codes:
        return True
    if any(_hostile(inner.sense.cameo) for inner in trig.inner):
        return False
    return trig.sense.plover in cues().verb_reciprocal_types and _reciprocal(trig)


# GDELT QuadClasses of conflict (verbal and material): an act against someone
HOSTILE_QUADS = frozenset({3, 4})


def _hostile(cameo: str) -> bool:
    """Whether a CAMEO code's root is of verbal or material conflict (``HOSTILE_QUADS``)."""
    row = cameo_code(cameo[:2]) if len(cameo) >= 2 else None
    return row is not None and row.quad_class in HOSTILE_QUADS


def _with_partner(trig: Trigger, targets: list[dict]) -> bool:
    """Whether a target is named in a "with" or "between" phrase of the trigger or of its direct
    object ("signed a pact with C", "strengthened ties with C", "declared a truce between C and D":
    the parties are those named, not the coordinated doers)."""
    heads = [*trig.tokens, *(c for t in trig.tokens for c in t.children if c.dep_ == "dobj")]
    spans = [
        (o.left_edge.idx, o.right_edge.idx + len(o.right_edge))
        for t in heads
        for o in prep_objects(t, ("with", "between"))
    ]
    return any(a <= (t.get("start") or -1) < b for t in targets for a, b in spans)


def _own_noun(trig: Trigger, subject: Token) -> bool:
    """Whether the passive subject of a light verb is the event noun it takes its sense from and
    names what the act is aimed at in its own phrase ("the army's offensive against the rebels was
    launched", "the recapture of the town was announced"): the act itself, neither its target nor,
    through its owner, anyone it is done to ("the envoy's expulsion was announced" names no other)."""
    if not trig.rule.startswith("light:") or trig.noun is None or subject.i != trig.noun.i:
        return False
    return bool(prep_objects(subject, ("of", "on", "against")))


def _voiced_regard(trig: Trigger) -> bool:
    """Whether an event is regard voiced: a light verb with a noun the event lexicon codes only under
    its light verbs and aims at the object of the noun's own prepositions ("expressed respect for",
    "voiced thanks to")."""
    noun = trig.noun
    return (
        trig.rule.startswith("light:")
        and noun is not None
        and trig.sense.target == "prep"
        and noun.lemma_.lower() in lexicon().light_nouns
    )


def _regarded(trig: Trigger) -> list[Token]:
    """Whom regard voiced is aimed at: the object of a "to" phrase of the noun or its verb, whatever
    it names ("expressed thanks to God for the rescue": "for" then gives only the reason), else the
    objects of the noun's own prepositions ("for", "of") and of the verb's "for"; never the noun's
    possessor, who holds the regard ("reiterated Beijing's respect for the ceasefire")."""
    noun, token = trig.noun, trig.token
    if noun is None:
        return []
    to = prep_objects(noun, ("to",)) + prep_objects(token, ("to",))
    if to:
        return to
    return prep_objects(noun, ("for", "of")) + prep_objects(token, ("for",))


def _attack_doer(verb: Token) -> Token | None:
    """The doer an attack noun names in a phrase of a passive with no agent: its possessor or a name
    or actor word modifying it ("five civilians were killed in Russian air strikes", "wounded in
    the army's shelling", "killed in an Israeli strike"); else None."""
    for noun in prep_objects(verb, ATTACK_PREPS):
        if noun.pos_ != "NOUN":
            continue
        sense = match_noun(noun)
        # a noun with an armed sense ("strike") is force when an actor modifies it
        armed = noun.lemma_.lower() in lexicon().armed_nouns
        if not armed and (sense is None or sense.plover != "ASSAULT"):
            continue
        for child in sorted(noun.children, key=lambda c: c.i):
            if child.i > noun.i:
                break
            if armed and child.ent_type_ not in ARMED_DOER_ENTS:
                # a labour strike's people are strikers, not the doers ("during a teachers' strike")
                continue
            if child.ent_type_ in PLACE_NAME_ENTS and child.dep_ != "poss":
                continue
            named = child.ent_type_ in ACTOR_ENTS or actor_word(child)
            if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod") and named):
                return child
    return None


def _when_attacker(verb: Token) -> Token | None:
    """The subject of a time clause of a passive with no agent whose verb is an attack
    (``WHEN_MARKS``: "were killed when Russian jets bombed a market", "were wounded as militants
    stormed the post"), not a weapon (``thing_nouns``: "when a bomb exploded"); else None."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
        if not any(m.lower_ in WHEN_MARKS and m.dep_ in ("advmod", "mark") for m in clause.children):
            continue
        if any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in clause.children):
            continue
        sense = match_verb(clause)
        if sense is None or sense.plover != "ASSAULT":
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() not in argument_kinds().thing_nouns:
            # a weapon going off ("when a bomb exploded") names no one doing it
            return subject
    return None


def _told_by_reporter(verb: Token) -> Modality | None:
    """The reported modality of a relative clause or participle told inside a reporting verb's
    clause ("buried 11 Palestinians who were killed by Israeli troops, officials said"): the clause
    is part of what the verb reports; None when no reporting verb governs the noun it modifies."""
    if verb.dep_ not in ("relcl", "acl"):
        return None
    current = verb.head
    for _ in range(MAX_CHAIN):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            break
        current = current.head
    outer = modality(current)
    return Modality("reported", cue=outer.cue) if outer.value == "reported" else None


def _with_objects(token: Token) -> list[Token]:
    """The objects of a predicate's own "with" phrases (not those of a noun inside its phrase: "fired
    tear gas during clashes with protesters")."""
    return [
        o
        for w in token.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for o in w.children
        if o.dep_ == "pobj"
    ]


def _in_medium(word: Token, predicate: Token) -> bool:
    """Whether a word below a predicate lies in a phrase naming the medium or occasion of what was
    said (the quote layer's ``media``: "in an interview with Al Jazeera", "at a news conference with
    his counterpart", "in a statement to AFP"): whom the words went through or to, not whom the
    event is aimed at."""
    current = word
    for _ in range(MAX_CHAIN):
        if current.i == predicate.i or current.head.i == current.i:
            return False
        if current.dep_ == "pobj" and current.lemma_.lower() in quote_cues().media:
            return True
        current = current.head
    return False


def _indefinite_addressee(trig: Trigger) -> bool:
    """Whether an appeal in the passive asks people named by an indefinite pronoun ("anyone with
    information is asked to call police", "everyone was urged to stay indoors")."""
    if trig.sense.plover not in argument_kinds().addressee_types:
        return False
    subject, passive = subject_of(trig.token)
    return passive and subject is not None and subject.pos_ == "PRON" and subject.lower_ not in ACTOR_PRONOUNS


def _generic(actor: dict[str, Any]) -> bool:
    """Whether an actor is people named by a common noun of no office or body ("two men", "a woman",
    "residents", "12 people"; "five smugglers", not "the suspect"): no named entity, no pronoun, no
    sector but civilians', the unknown kind's or, undetermined, criminals'."""
    text = str(actor.get("text") or "").lower()
    if actor.get("entity") or text in ACTOR_PRONOUNS:
        return False
    if actor.get("sector") == CRIMINAL_SECTOR:
        return text.split(" ", 1)[0] not in ANAPHORIC_DETS
    return actor.get("sector") in GENERIC_SECTORS


def _share_entity_countries(coded: list[dict[str, Any]], people: set[Any]) -> None:
    """Give an actor that stands for one of the ``people`` (entity ids) and was left with no country
    the country the other actors standing for that person have, when they all have one: "Rob Tate
    met voters" takes the country of "Tate" of a later sentence the story placed, "him" that of
    "Gov. X" (a country read from the mentions' own words, ``country_source`` "phrase" or "entity",
    is kept as such; one the story gave stays inferred)."""
    actors = [
        a
        for event in coded
        for a in (*event["_sources"], *event["_targets"])
        if a and a.get("entity") in people
    ]
    found: dict[Any, set[tuple[str, str | None]]] = {}
    for actor in actors:
        if actor.get("entity") and actor.get("country") and is_country(str(actor["country"])):
            found.setdefault(actor["entity"], set()).add((str(actor["country"]), actor.get("country_source")))
    for actor in actors:
        known = found.get(actor.get("entity"))
        if actor.get("country") or not known or len({c for c, _ in known}) != 1:
            continue
        if str(actor.get("code") or "")[:3] in international_codes():
            continue
        country = next(iter(known))[0]
        stated = any(source in STATED_SOURCES for _, source in known)
        actor.update(
            country=country,
            code=actor_code(country, actor.get("sector")),
            country_source="entity" if stated else "document",
        )


def _realised(
    trig: Trigger, code: str, plover: str, mode: str | None, rule: str
) -> tuple[str, str, str | None, str]:
    """The coding of an act told as done or scheduled whose dictionary pattern gives the intent to
    do it (``realised_recode``: the MEET patterns' 036 of "met the president at the palace"): the
    act itself, by the verb's own frame code when it lies in the act's root ("negotiated with"
    046, "met" 040), else the table's; any other coding unchanged."""
    hit = recode(code, cues().realised_recode)
    own = lexicon().verbs.get(verb_lemma(trig.token, lexicon().verbs) or "") if hit else None
    if hit and own and own[-1].plover == hit[1]:
        if own[-1].cameo[:2] == hit[0][:2]:
            return own[-1].cameo, hit[1], own[-1].mode, rule + "+realised"
        return hit[0], hit[1], None, rule + "+realised"
    return code, plover, mode, rule


def _majority(counts: Counter[str]) -> str | None:
    """The country more than half of the counted actors have, or None."""
    top = counts.most_common(1)
    return top[0][0] if top and top[0][1] * 2 > counts.total() else None


def code_events(
    doc: Doc, resolver: Resolver | None, keep_features: bool = False, headline: Doc | None = None
) -> list[dict[str, Any]]:
    """The events of a parsed Doc as ``Event`` record dicts (with each event's confidence features
    under ``_features`` when ``keep_features``, for fitting the confidence model); ``headline`` is
    the sentence-cased parse of a Title Case first line (``headline.parse_headline``)."""
    with cached_rows(doc):
        return EventCoder(doc, resolver, keep_features, headline).events()


def past_headline(event: dict[str, Any], cut: int, text: str) -> dict[str, Any]:
    """An event of a sentence the parse ran on from a headline (one joined to its story by a dash
    or bar: "Mayor Vetoes Levy - Mayor Ann Ek rejected ...") whose actor mention runs on from the
    headline into the story, or that opens with the dash or bar after it ("| Mayor Ann Ek"): the
    mention starts after the headline and its mark ("Mayor Ann Ek"). A mention wholly in the
    headline stays: it names the actor the story's words refer back to."""

    def trimmed(actor: dict[str, Any]) -> dict[str, Any] | None:
        start, end = actor.get("start"), actor.get("end")
        if start is None or end is None or end <= cut:
            return actor
        begin = max(start, cut)
        begin += len(text[begin:end]) - len(text[begin:end].lstrip(HEADLINE_JOINERS))
        if begin >= end:
            return None
        return actor if begin == start else dict(actor, start=begin, text=text[begin:end])

    for key in ("_sources", "_targets"):
        actors = event.get(key)
        if actors:
            event[key] = [a for a in (trimmed(a) for a in actors) if a is not None]
    return event


def _unarmed_retaliation(
    trig: Trigger, mood: Modality, sources: list[dict[str, Any]], targets: list[dict[str, Any]]
) -> bool:
    """Whether a retaliation told as done names no means and no armed side ("Chile retaliated
    against Peru", "the EU retaliated against the tariffs"): the CAMEO dictionary's force (190) is
    the answer of armed actors ("the rebels retaliated against the army"); between states and
    bodies the usual answer is a tariff or an expulsion the text does not name, so no force is
    told. A retaliation announced or held out (planned, conditional) stays a threat."""
    c = cues()
    if trig.noun is not None or trig.inner or trig.sense.plover != "ASSAULT":
        return False
    if trig.token.lemma_.lower() not in c.response_verbs or mood.value not in ("asserted", "reported"):
        return False
    return not any(_of_armed_sector(a) for a in (*sources, *targets))


def _said_modality(mood: Modality, code: str) -> str:
    """The modality of an event: an act done by saying it (``performative_codes``: appeals, praise,
    demands, criticism, rejections) the speaker makes in their own voice under a reporting verb is
    asserted, the saying being the act ("'We condemn the attack,' the minister said", "said it
    welcomed the decision"; docs/annotation-guide.md section 4), as an own-voiced promise or threat
    is; another's act so told, or a deed of one's own, stays reported ("said the rebels shelled the
    town", "said they detained 20")."""
    if mood.value == "reported" and mood.own_voice and code.startswith(tuple(cues().performative_codes)):
        return "asserted"
    return mood.value
