"""Modality of an event predicate from its auxiliaries, negation and the words that govern it.

"is scheduled to meet" -> planned; "has been considering sending" -> hypothetical; "has not yet
received", "has yet to withdraw" -> negated; "could be poised to provide" -> hypothetical; an event
in the clausal complement of "said" -> reported. Precedence: negated > hypothetical > planned >
reported > asserted. An event in a clause sourced by "according to" someone or some document
("according to a war monitor", "according to court documents") is reported, as in the clausal
complement of "said", and so is one an adverb of hearsay modifies ("reportedly detained").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..knowledge.titles import titles
from ..nlp.noun_kinds import may_name_people
from ..nlp.quote_cues import cues as quote_cues
from ..ontology import load_json
from .actors import actor_word
from .argument_kinds import names_actor, story_headline
from .lexicon import auxiliaries, cues
from .nonevents import has_negation, nonevent_cues, plain_lower

# dependency labels through which a predicate is governed by a cue ("scheduled to meet")
CHAIN_DEPS = frozenset({"xcomp", "ccomp", "acomp", "pcomp", "prep", "advcl", "conj"})
MAX_CHAIN = 8


@dataclass(frozen=True)
class Modality:
    """The modality label and what it rests on."""

    value: str
    intent: bool = False
    refusal: bool = False
    cue: str | None = None
    reporter: Token | None = None
    # the modality of the announcement itself when an intention recodes the event ("vowed to ...")
    act: str = "asserted"
    # a named actor's future action that a reporting verb announces ("the agency will provide food,
    # a spokesman said"): a promise when the action is cooperative (CAMEO 03), not a threat
    foretold: bool = False
    # a reported act under "will" or "would" that hangs on a condition ("said Chile would attack
    # Peru if it crossed the river"): its own side's threat, or a forecast of another's act
    conditional: bool = False
    # the reported clause's subject is a pronoun, the speaker's own voice ("'We condemn the
    # attack,' the minister said", "said it welcomed the decision")
    own_voice: bool = False
    # the modality the reporting frames alone give, when an adverb of hearsay changed it
    # ("reportedly detained": asserted), which the confidence model's weights were fitted on
    framed: str | None = None
    # the announcement's modality (``act``) the reporting frames alone give, when the saying told at
    # second hand changed it ("allegedly told officers he would attack": asserted)
    act_framed: str | None = None


# subordinators of an adverbial clause that tell its act as done beside the main clause's: at the
# same time ("as", "while", "when"), before it ("after") or as its cause ("because"); not "before",
# "until" or "once" (an act yet to come when the main act happens) nor "if", "unless" (a condition).
# Such a clause keeps its own modality, not the main clause's ("did not protest when agents arrested
# the general")
ASSERTING_MARKS = frozenset({"after", "as", "when", "while", "because"})


def clause_marks(token: Token, conjuncts: bool = True) -> set[str]:
    """The subordinators of an adverbial clause, also those the parse hangs on a later conjunct
    ("when police found and rescued") unless ``conjuncts`` is false."""
    words = (token, *(c for c in token.children if conjuncts and c.dep_ == "conj"))
    return {
        c.lower_
        for word in words
        for c in word.children
        if (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")) and c.i < token.i
    }


def _asserting_clause(word: Token) -> bool:
    """Whether a word heads an adverbial clause in a past tense with a subject of its own opened by
    one of ``ASSERTING_MARKS`` (not "tensions will rise when the president calls ...": a present
    after a future tells an act yet to come)."""
    if word.dep_ != "advcl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
        return False
    auxiliaries = [c for c in word.children if c.dep_ in ("aux", "auxpass")]
    if not (word.tag_ == "VBD" and not auxiliaries) and not any(a.tag_ == "VBD" for a in auxiliaries):
        return False
    marks = clause_marks(word, conjuncts=False)
    return bool(marks) and marks <= ASSERTING_MARKS


def _hearsay(word: Token, adverbs: frozenset[str]) -> str | None:
    """The adverb of hearsay (``hearsay_adverbs``: "reportedly", "allegedly") that modifies a word."""
    return next((c.lower_ for c in word.children if c.dep_ == "advmod" and c.lower_ in adverbs), None)


def _by_means(chain: list[Token], depth: int) -> bool:
    """Whether the word at ``depth`` of a governing chain is reached from a gerund of means under
    "by" ("sought calm by promising to withdraw"): the verb's meaning (seeking, hoping, trying)
    governs its own act, not the means."""
    return (
        depth >= 2
        and chain[depth - 1].dep_ == "prep"
        and chain[depth - 1].lower_ == "by"
        and chain[depth - 2].dep_ == "pcomp"
        and chain[depth - 2].tag_ == "VBG"
    )


def ordinal_doer(token: Token) -> Token | None:
    """The word whose subject did what the to-infinitive of an ordinal predicate tells ("the senator
    was the first lawmaker to endorse the governor", "became the only country to recognize the
    junta"): the linking verb, for ``subject_of`` to find its subject; for "made their state the
    first to apologize" the object of "make". None for any other predicate (``ordinal_predicates``
    and ``ordinal_linking_verbs`` of event_cues.json)."""
    if token.dep_ not in ("relcl", "acl", "advcl") or token.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    pred = token.head
    words = cues().ordinal_predicates
    if pred.lower_ not in words and not any(c.dep_ == "amod" and c.lower_ in words for c in pred.children):
        return None
    verb = pred.head
    if (
        pred.dep_ not in ("attr", "oprd", "acomp", "ccomp", "xcomp")
        or verb.lemma_.lower() not in cues().ordinal_linking_verbs
    ):
        return None
    if pred.lower_ not in words and pred.lower_ != "one" and not (names_actor(pred) or actor_word(pred)):
        # the infinitive of a noun of no doer is its complement ("the first chance to free them")
        return None
    if verb.lemma_.lower() != "make":
        return verb
    # the parse makes the object of "make" its own or the subject of the small clause
    made = [c for c in verb.children if c.dep_ == "dobj" and c.i < pred.i]
    made += [c for c in pred.children if c.dep_ == "nsubj"]
    return made[0] if made else None


def governing_chain(token: Token) -> list[Token]:
    """The predicate itself and the words above it along clausal links (bounded)."""
    chain = [token]
    current = token
    ordinal = ordinal_doer(token)
    if ordinal is not None:
        # "is expected to be the first to apologize": on through the linking verb's clause
        current = ordinal if ordinal.pos_ in ("VERB", "AUX") else ordinal.head
        chain.append(current)
    for _ in range(MAX_CHAIN):
        if current.dep_ not in CHAIN_DEPS or current.head is current:
            break
        if current.dep_ == "conj" and current.head.pos_ not in ("VERB", "AUX"):
            break
        below, current = current, current.head
        if ends_before_semicolon(below) and current.lemma_.lower() not in cues().reporting_verbs:
            # "Two held; police seek a third man": the clause after the semicolon (but for "said")
            # governs none before it; the words above both still do
            continue
        chain.append(current)
    return chain


def ends_before_semicolon(token: Token) -> bool:
    """Whether a clause ends before a semicolon that comes before its head: a clause of its own,
    which the clause after the semicolon does not govern ("Two held; police seek a third man")."""
    head = token.head
    return token.i < head.i and any(t.text == ";" for t in token.doc[token.right_edge.i + 1 : head.i])


def _aux_words(token: Token) -> list[str]:
    """The auxiliaries of a predicate in lower case; "'d" before a past form with no "have" of its
    own is "had" ("they'd fired first": "would" takes the base form), else "would" ("he'd resign",
    "he'd have gone")."""
    words = [plain_lower(c) for c in auxiliaries(token)]
    if "'d" in words and token.tag_ in ("VBN", "VBD") and not {"have", "'ve"} & set(words):
        words = ["had" if w == "'d" else w for w in words]
    return words


def _has_condition(token: Token) -> bool:
    c = cues()
    return token.dep_ == "advcl" and any(
        ch.dep_ == "mark" and plain_lower(ch) in c.conditional_marks for ch in token.children
    )


def _conditioned(word: Token) -> bool:
    """Whether a predicate has a clause of condition ("would attack [if it crossed the river]")."""
    return any(_has_condition(ch) for ch in word.children)


def _own_subject(word: Token) -> bool:
    """Whether a clause's subject is a pronoun, as in a speaker's "said it would ..." (not "said
    the swap would ...")."""
    return any(ch.dep_ in ("nsubj", "nsubjpass") and ch.pos_ == "PRON" for ch in word.children)


# pronouns of the speaker's own voice in a quote ("'We condemn the attack,' the minister said")
FIRST_PERSON = frozenset({"i", "we"})


@cache
def _person_words() -> frozenset[str]:
    """Common nouns that name one person: a word of an office title (``knowledge/titles.json``:
    "minister", "mayor") or a person noun of age or household (``person_nouns`` of
    event_arguments.json), as the event coder's argument test reads them."""
    words = {w for t in titles() for w in t.texts if " " not in w}
    return frozenset(words | set(load_json("event_arguments.json")["person_nouns"]))


def _one_person(speaker: Token) -> bool:
    """Whether a speaker's noun names one person ("the minister", "Hal Morrin"), whom "he" or
    "she" may stand for; not people or a body ("police", "witnesses", "the ministry")."""
    if speaker.pos_ == "PROPN":
        return speaker.ent_type_ == "PERSON"
    return speaker.tag_ == "NN" and speaker.lemma_.lower() in _person_words()


def _joined(word: Token) -> bool:
    """Whether a word of a clause is the clause's own act: joined to its head by "and" ("said they
    met and condemned"), or its head's to-infinitive of the same subject ("said it decided to
    reject"), not an act the head's object does or one seen or heard ("said they saw soldiers
    threaten residents")."""
    if word.dep_ == "conj":
        return True
    if word.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children):
        return False
    return not any(c.dep_ in ("dobj", "iobj") for c in word.head.children)


def _past_time(words: list[Token]) -> bool:
    """Whether a clause's act is told as before the saying: in the past perfect ("said it had
    condemned") or with a phrase of past time (``past_time_words``: "last week", "two days ago",
    "in March")."""
    c = cues()
    for word in words:
        if word.tag_ == "VBN" and "had" in _aux_words(word):
            return True
        for child in word.children:
            if child.dep_ in ("npadvmod", "advmod", "prep", "obl", "tmod") and any(
                t.lower_ in c.past_time_words or (t.like_num and len(t.text) == 4 and t.text.isdigit())
                for t in child.subtree
            ):
                return True
    return False


def _spoken(trigger: Token) -> bool:
    """Whether an act can be done by saying it: not an appeal made in court or against a ruling,
    fine or verdict (``court_appeal_nouns``: "appealed the ruling", "appealed in court")."""
    if trigger.lemma_.lower() != "appeal":
        return True
    nouns = cues().court_appeal_nouns
    for child in trigger.children:
        objects = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"]
        if any(o.lemma_.lower() in nouns for o in objects):
            return False
    return True


def second_hand(chain: list[Token], reporter: Token) -> bool:
    """Whether a saying is itself told at second hand: an adverb of hearsay modifies the reporting
    verb or a word above it ("reportedly said"), another reporting verb governs it ("state media
    reported the minister said"), or an "according to" phrase sources it."""
    c = cues()
    above = [w for w in chain if w.i == reporter.i or w in reporter.ancestors]
    if any(_hearsay(w, c.hearsay_adverbs) for w in above):
        return True
    if any(w.pos_ in ("VERB", "AUX") and w.lemma_.lower() in c.reporting_verbs for w in above[1:]):
        return True
    return attributed(chain)


def _speakers_voice(chain: list[Token], reporter: Token) -> bool:
    """Whether the act a reporting verb governs along ``chain`` is the speaker's own saying: the
    clause's own verb, or joined to it (``_joined``), whose subject is "I" or "we", the reporter's
    own subject pronoun ("he said he ..."), "he" or "she" after one person ("the minister said he
    ...") or "it" or "they" after a speaker named by a noun ("the ministry said it ..."); not another's
    pronoun ("she said he asked", "police said he threatened"), an act dated before the saying
    (``_past_time``), nor one the saying is told of at second hand (``second_hand``)."""
    at = next((d for d, w in enumerate(chain) if w.i == reporter.i), 0)
    if at == 0 or not all(_joined(w) for w in chain[: at - 1]) or not _spoken(chain[0]):
        return False
    clause = chain[at - 1]
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PRON" or _past_time(chain[:at]) or second_hand(chain, reporter):
        return False
    if subject.lower_ in FIRST_PERSON:
        return True
    speaker = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    if speaker.pos_ == "PRON":
        return speaker.lower_ == subject.lower_
    if subject.lower_ in ("he", "she"):
        return _one_person(speaker)
    return subject.lower_ in ("it", "they")


def _actor_subject(word: Token) -> bool:
    """Whether a clause's subject names an actor ("the agency will provide", not "the swap will")."""
    return any(ch.dep_ == "nsubj" and ch.pos_ != "PRON" and names_actor(ch) for ch in word.children)


def _pending(word: Token) -> bool:
    """Whether a word is "have" or "be" with an adverb of pending ("has yet to ...")."""
    return word.lemma_.lower() in ("have", "be") and any(
        ch.dep_ == "advmod" and ch.lower_ in nonevent_cues().pending_adverbs for ch in word.children
    )


def _wished_of_another(word: Token, clause: Token) -> bool:
    """Whether a verb of wishing ("want", "hope", "wish": both a state of mind and an intention in
    ``event_cues.json``) governs a clause with a subject of its own ("wants the council to resign",
    "hopes the army will withdraw"): what one actor wishes another would do is neither's act."""
    c = cues()
    lemma = word.lemma_.lower()
    if lemma not in c.stative_verbs or lemma not in c.intent_verbs or clause.dep_ != "ccomp":
        return False
    return any(ch.dep_ in ("nsubj", "nsubjpass") for ch in clause.children)


# pronouns that name no one undergoing an act ("none of the rebels were arrested", "nobody was hurt")
NONE_PRONOUNS = frozenset({"none", "nobody"})


def _none_undergoes(verb: Token) -> bool:
    """Whether what a verb acts on is quantified by "no" or is ``NONE_PRONOUNS`` ("no charges were
    filed", "no one was arrested", "arrested no suspects", "none of them was charged"): the act did
    not happen (docs/annotation-guide.md section 4, "no charges were filed against the mayor" is
    negated)."""
    return any(
        ch.dep_ in ("nsubjpass", "dobj")
        and (ch.lower_ in NONE_PRONOUNS or any(d.dep_ == "det" and d.lower_ == "no" for d in ch.children))
        for ch in verb.children
    )


def _teller(phrase: Token) -> bool:
    """Whether the object of an "according to" phrase names who or what tells the report: people
    ("a war monitor", "Pentagon officials", "his wife": ``noun_kinds.may_name_people``) or a document
    (the quote cues' ``document_nouns``: "court documents", "a report by state media"), not a rule,
    plan or agreement the act follows (``accordance_nouns``: "according to the ceasefire
    agreement", "according to plan") nor a schedule or a custom."""
    forms = {phrase.lemma_.lower(), phrase.lower_}
    if forms & cues().accordance_nouns:
        return False
    documents = quote_cues().document_nouns
    return may_name_people(phrase) or bool(forms & documents)


def attributed(chain: list[Token]) -> bool:
    """Whether a predicate's clause is sourced by an "according to" phrase of its sentence that
    hangs on a word of its governing chain (directly, or through a noun of the clause: "arrested 20
    people in raids, according to ..."), whose object names a teller (``_teller``)."""
    words = {t.i for t in chain}
    sent = chain[0].sent
    for token in sent:
        if token.lower_ != "according" or token.i + 1 >= sent.end or token.nbor().lower_ != "to":
            continue
        source = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
        if source is None or not _teller(source):
            continue
        current = token.head
        for _ in range(MAX_CHAIN):
            if current.i in words:
                return True
            if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
                break
            current = current.head
    return False


# finite verb tags: a sentence with none of them is a headline's (or a caption's) fragment
HEADLINE_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def headline_progressive(token: Token) -> bool:
    """A present participle after the noun that does it, in a story's headline with no finite verb:
    the headline's present ("Police investigating death of councillor", "FBI probing leak")."""
    if token.tag_ != "VBG" or token.dep_ != "acl" or token.i < token.head.i:
        return False
    if token.head.dep_ != "ROOT" or not names_actor(token.head) or not story_headline(token):
        return False
    return not any(t.tag_ in HEADLINE_FINITE_TAGS for t in token.sent)


def headline_infinitive(token: Token) -> bool:
    """An infinitive after the noun that will do it (or with it as subject), in a sentence with no
    finite verb: a headline's future ("President to visit Uganda next week", "Union to stage
    strike"), also under the reporting verb of a closing attribution ("Premier to visit Lima, aide
    says"), whose own verb is no other finite one."""
    if token.tag_ != "VB":
        return False
    reporter = token.head if token.dep_ == "ccomp" else None
    if reporter is not None and (
        reporter.dep_ != "ROOT" or reporter.lemma_.lower() not in cues().reporting_verbs
    ):
        reporter = None
    after_noun = token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.i > token.head.i
    clause = token.dep_ == "ROOT" or (reporter is not None and reporter.i > token.i)
    with_subject = clause and any(c.dep_ == "nsubj" for c in token.children)
    if not (after_noun or with_subject):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
        return False
    said = reporter.i if reporter is not None else None
    return not any(t.tag_ in HEADLINE_FINITE_TAGS and t.i != said for t in token.sent)


def modality(trigger: Token) -> Modality:
    """The modality of the event whose predicate is ``trigger``."""
    c = cues()
    negated = hypothetical = planned = intent = would = committed = future = own_voice = False
    hearsay: str | None = None
    actor_future = conditioned = False
    cue: str | None = None
    reporter: Token | None = None
    chain = governing_chain(trigger)
    if headline_infinitive(trigger):
        planned, cue = True, "to"
    detached = False
    for depth, word in enumerate(chain):
        lemma = word.lemma_.lower()
        # a coordinated predicate shares its head's auxiliaries, not the head's meaning
        via_conj = depth > 0 and chain[depth - 1].dep_ == "conj"
        if depth and _asserting_clause(chain[depth - 1]):
            # above an asserted clause of its own only a reporting verb counts ("said police
            # detained dissidents as they marched")
            detached = True
        if detached:
            if (
                depth
                and word.pos_ in ("VERB", "AUX")
                and lemma in c.reporting_verbs
                and not _asserting_clause(chain[depth - 1])
            ):
                reporter = word
                break
            continue
        if _by_means(chain, depth):
            # "sought calm by promising": seeking is the main act's, the promise is made
            conditioned = conditioned or _conditioned(word)
            for aux in _aux_words(word):
                if aux in c.planned_aux:
                    planned, cue = True, cue or aux
                elif aux in ("would", "'d") or aux in c.hypothetical_aux:
                    hypothetical, cue = True, cue or aux
            if has_negation(word):
                negated, cue = True, cue or "not"
            continue
        if depth and not via_conj and word.pos_ in ("VERB", "AUX") and lemma in c.reporting_verbs:
            reporter = word
            # "Chile says it is willing to ...": the speaker's own commitment, not a reported one
            own_voice = _own_subject(chain[depth - 1])
            break
        # "police reportedly detained dozens": the narrator does not vouch for the act
        hearsay = hearsay or _hearsay(word, c.hearsay_adverbs)
        if has_negation(word) and not (depth and lemma in c.negating_verbs):
            # "did not hesitate to act", "never failed to pay": the two negations cancel
            negated, cue = True, cue or "not"
        if depth == 0 and _none_undergoes(word):
            # "no charges were filed against the mayor", "police arrested no one"
            negated, cue = True, cue or "no"
        if depth and not via_conj and lemma in c.negating_verbs and not has_negation(word):
            negated, cue = True, cue or lemma
        if depth and chain[depth - 1].dep_ == "xcomp" and _pending(word):
            # "has yet to withdraw", "is yet to respond": not done (yet)
            negated, cue = True, cue or "yet"
        if _has_condition(word):
            hypothetical, cue = True, cue or "if"
        conditioned = conditioned or _conditioned(word) or (depth == 0 and lemma in c.response_verbs)
        for aux in _aux_words(word):
            if aux in c.planned_aux:
                planned = intent = True
                future = future or _own_subject(word)
                actor_future = actor_future or _actor_subject(word)
                cue = cue or aux
            elif aux in ("would", "'d"):
                would, cue = True, cue or aux
                future = future or _own_subject(word)
            elif aux in c.hypothetical_aux:
                hypothetical, cue = True, cue or aux
        if depth and not via_conj and word.pos_ in ("VERB", "ADJ", "AUX"):
            verb = word.pos_ != "ADJ"
            if verb and _wished_of_another(word, chain[depth - 1]):
                # "wants the government to free the hostages": a wish, no one's plan
                hypothetical, cue = True, cue or lemma
            elif lemma in (c.hypothetical_verbs if verb else c.hypothetical_adjectives) or (
                _permitted(word) and word.lower_ in c.hypothetical_adjectives
            ):
                hypothetical, cue = True, cue or lemma
            elif lemma in (c.intent_verbs if verb else c.intent_adjectives):
                planned = intent = True
                # a promise or threat, or a stated readiness ("is ready to", "is willing to")
                committed = committed or not verb or lemma in c.commitment_verbs
                cue = cue or lemma
            elif lemma in (c.scheduled_verbs if verb else c.scheduled_adjectives):
                planned, cue = True, cue or lemma
    if would:
        if reporter is not None or intent:
            # "said it would allow", "would be ready to host": an announced intention
            planned = intent = True
        else:
            hypothetical = True
    if negated:
        return Modality("negated", intent=intent, refusal=intent, cue=cue, reporter=reporter)
    if hypothetical:
        return Modality("hypothetical", cue=cue, reporter=reporter)
    if planned:
        # a promise or threat ("have sworn to fight") or an announcement ("said it will withdraw") is
        # an event of its own; a plan, wish or schedule ("plans to sue", "will travel", "said he
        # hoped to meet") is not
        announced = committed or (future and reporter is not None)
        act = "reported" if committed and reporter is not None and not own_voice else "asserted"
        # "allegedly told officers he would attack": the announcement itself is hearsay
        framed_act = act
        if reporter is not None and second_hand(chain, reporter):
            act = "reported"
        foretold = not announced and actor_future and reporter is not None
        # a condition on a named actor's act ("said Chile would attack Peru if ...") is decided by
        # whose side acts (dateline.events.extract); the speaker's own "we" or "it" announces it
        conditional = conditioned and not announced and reporter is not None and (would or actor_future)
        return Modality(
            "planned",
            intent=announced,
            cue=cue,
            reporter=reporter,
            act=act,
            foretold=foretold,
            conditional=conditional,
            act_framed=framed_act if framed_act != act else None,
        )
    if reporter is not None:
        return Modality(
            "reported", cue=reporter.lower_, reporter=reporter, own_voice=_speakers_voice(chain, reporter)
        )
    if hearsay is not None:
        return Modality("reported", cue=hearsay, framed="asserted")
    if attributed(chain):
        return Modality("reported", cue="according to")
    return Modality("asserted")


def _permitted(word: Token) -> bool:
    """Whether a verb is a passive participle, which a permission word of the adjective list is
    read as ("were authorized to arrest", "are allowed to detain" as "are free to detain")."""
    return word.tag_ == "VBN" and any(ch.dep_ == "auxpass" for ch in word.children)
