"""The CAMEO verb table built from PETRARCH2's dictionary (``scripts/build_cameo_verbs.py``)."""

import importlib.util
from pathlib import Path

import pytest
from lead_probe_kit import dated_events
from shared_paths import SHARED

from dateline.events.lexicon import match_verb
from dateline.events.patterns import STRENGTH_HEAD, STRENGTH_SYNONYM, verb_table
from dateline.nlp import get_nlp
from tests.event_helpers import verb_sense

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_cameo_verbs.py"


def _build():
    spec = importlib.util.spec_from_file_location("build_cameo_verbs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("line", "name", "code"),
    [
        ("---  KIDNAP   [181]  ---", "KIDNAP", "181"),
        # a header written with no space before its first closing dashes is a header all the same
        ("---  STALL   [120]---  ---", "STALL", "120"),
    ],
)
def test_block_headers(line, name, code):
    head = _build().BLOCK_RE.match(line)
    assert head is not None and (head.group(1), head.group(2)) == (name, code)


def test_every_block_of_the_dictionary_is_its_own():
    # postponing and overruling are blocks of their own, not members of the one before them
    heads = {
        (lemma, e.block) for lemma in ("delay", "overrule") for e in verb_table().verbs[lemma] if e.primary
    }
    assert heads == {("delay", "DELAY"), ("overrule", "OVERRULE")}


def test_the_head_of_such_a_block_codes_its_default():
    sense = match_verb(
        next(t for t in get_nlp()("The judges overruled the minister.") if t.text == "overruled")
    )
    assert sense is not None and (sense.plover, sense.cameo) == ("REJECT", "120")


@pytest.mark.parametrize(
    ("text", "word", "plover", "cameo"),
    [
        # a pattern whose comment names two verbs holds for both ("- * VISIT [160] # DELAY , POSTPONE")
        ("The ministry postponed the visit of the inspectors.", "postponed", "SANCTION", "160"),
        # a verb's own pattern outweighs one written for it and another verb with the same words
        ("The republic deployed troops along its northern border.", "deployed", "MOBILIZE", "154"),
    ],
)
def test_patterns_hold_for_the_verbs_their_comment_names(text, word, plover, cameo):
    sense = verb_sense(text, word)
    assert sense is not None and (sense.plover, sense.cameo) == (plover, cameo)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "- * PROTEST [141] # HOLD , DETAIN": a protest in a phrase of time is when police detained
        ("Riot police detained the union leader after the protest on Monday.", "detained"),
        ("Riot police detained two students during a protest outside the ministry.", "detained"),
    ],
)
def test_a_phrase_of_time_is_no_object_of_a_pattern(text, word):
    sense = verb_sense(text, word)
    assert sense is not None and sense.cameo != "141" and sense.plover != "PROTEST"


def test_a_comment_names_verbs_and_their_inflected_forms():
    build = _build()
    assert build.pattern_origins("STEP_UP , STEPPED_UP  # OY", {"step up"}, {"stepped up": "step up"}) == [
        "step up"
    ]
    assert build.pattern_origins("DELAY , POSTPONE", {"delay", "postpone"}, {}) == ["delay", "postpone"]
    assert build.pattern_origins("DISCUSS", {"go", "travel"}, {}) == []


@pytest.mark.parametrize(
    ("text", "word", "plover", "cameo"),
    [
        # the plain verb's patterns with the particle hold for the phrasal verb, and "of" hung on the
        # particle is the verb's phrase
        ("The rebel envoys walked out of the summit on Friday.", "walked", "SANCTION", "164"),
        # those patterns say a walk-out is no journey: without one of their words it codes nothing
        ("The rebel envoys walked out of the hotel on Friday.", "walked", None, None),
    ],
)
def test_a_phrasal_verb_takes_the_patterns_of_its_plain_verb(text, word, plover, cameo):
    sense = verb_sense(text, word)
    coded = (sense.plover, sense.cameo) if sense is not None else (None, None)
    assert coded == (plover, cameo)


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        # a member of a block of a specific verbal-conflict code codes it like the block's head verb
        ("The Swedish envoy lambasted the junta over the arrests.", "lambasted", "ACCUSE"),
        ("The opposition leader chastised the governor for the delays.", "chastised", "ACCUSE"),
        # WordNet synonyms of verbal cooperation code only through their own patterns
        ("The victory inspired the young players.", "inspired", None),
        ("The farmers tend their cattle in the hills.", "tend", None),
    ],
)
def test_synonyms_of_a_narrow_criticism_code_its_default(text, word, plover):
    sense = verb_sense(text, word)
    assert (sense.plover if sense is not None else None) == plover


@pytest.mark.parametrize(
    ("lemma", "name", "forms", "head"),
    [
        ("legalize", "LEGALISE", [], True),
        ("rearrest", "RE_ARREST", [], True),
        ("overthrow", "OVERTHREW", ["overthrows", "overthrew"], True),
        ("topple", "FELL", [], False),
    ],
)
def test_a_block_is_named_by_its_verb_in_either_spelling_or_form(lemma, name, forms, head):
    assert _build().names_block(lemma, name, forms) is head


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        # the head of VANDALISE [1712] in the other spelling
        ("Rioters vandalized the consulate on Friday.", "vandalized", "ASSAULT"),
        # a verb the dictionary spells in -ize only, written in -ise
        ("Militiamen terrorised the villagers for weeks.", "terrorised", "ASSAULT"),
    ],
)
def test_spelling_variants_code_like_the_dictionary_verb(text, word, plover):
    sense = verb_sense(text, word)
    assert sense is not None and sense.plover == plover


def test_a_pattern_comment_may_name_its_verb_by_a_regular_form():
    build = _build()
    verbs = {"call off", "end", "halt"}
    assert build.pattern_origins(" CALLED_OFF", verbs, {}) == ["call off"]
    assert build.pattern_origins(" HALT , ENDED", verbs, {}) == ["halt", "end"]
    assert build.pattern_origins(" CONCLUDE", verbs, {}) == []


def test_a_pattern_of_another_verb_of_the_block_that_names_more_words_holds():
    # DECREE: "- * STATE (OF EMERGENCY) [1724] # DECREE" outweighs "- * EMERGENCY [012] # DECLARE"
    text = "The cabinet declared a state of emergency in the northern provinces."
    sense = match_verb(next(t for t in get_nlp()(text) if t.text == "declared"))
    assert sense is not None and (sense.plover, sense.cameo) == ("COERCE", "1724")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # EXPLOSIVE_DESTRUCTION [190]: "blow up" has one pattern of its own, and it is force
        ("A suicide bomber blew himself up outside the ministry in the capital.", "blew"),
        ("Guerrillas blew up a police post near the border.", "blew"),
    ],
)
def test_a_member_of_a_force_block_whose_own_patterns_are_force_codes_its_default(text, word):
    sense = verb_sense(text, word)
    assert sense is not None and sense.plover == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        # DEPORT [174]: "evict" has one pattern of its own ("- * SETTLER [174]"), and it is coercion
        "Bailiffs evicted the squatters from the old mill in Halvik.",
        "The landlord evicted forty families from the Tarnby estate.",
    ],
)
def test_a_member_of_a_coercion_block_whose_own_patterns_are_coercion_codes_its_default(text):
    sense = match_verb(next(t for t in get_nlp()(text) if t.text == "evicted"))
    assert sense is not None and (sense.plover, sense.cameo) == ("COERCE", "174")


def test_a_coercion_block_member_with_no_pattern_of_its_own_stays_uncoded():
    # "annex" in TAKE_PROPERTY [171] has no pattern of its own and no WordNet sense of a verb that
    # codes the block; "banish" in DEPORT [174] has (to expel), yet old customs are no one banished
    for text, word in (
        ("The council banished the old customs.", "banished"),
        ("Norvania annexed the border province.", "annexed"),
    ):
        assert verb_sense(text, word) is None


def test_a_force_block_member_with_patterns_of_other_types_stays_with_its_patterns():
    # "blast" has patterns of criticism (REPORT, PRESS [110]): it heads nothing
    entries = verb_table().verbs["blast"]
    assert not any(e.primary for e in entries)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # a particle alone after the verb is the verb's particle: "- * DOWN [0831] # STEP"
        ("* DOWN ", {"prt": "down"}),
        # a particle written as a phrase with its object, or after the object
        ("* (OFF SANCTIONS) ", {"prt": "off", "obj": ["sanctions"]}),
        ("* EMBASSY OUT ", {"prt": "out", "obj": ["embassy"]}),
        (
            "* &MILITARY (OUT) (OF EXERCISE) ",
            {"prt": "out", "obj": ["&MILITARY"], "preps": [["of", ["exercise"]]]},
        ),
        # "over" opens a phrase
        ("* (OVER POLICY) ", {"preps": [["over", ["policy"]]]}),
        # a phrase in parentheses with no preposition holds words of the object
        ("* (HOLDING TALKS) ", {"obj": ["holding", "talks"]}),
        # a set the dictionary never defines leaves no pattern
        ("* (IN &UNDEFINED) ", None),
    ],
)
def test_pattern_words_are_read_as_the_parse_shows_them(pattern, expected):
    build = _build()
    assert build.parse_pattern(pattern, {"MILITARY": ["troops"]}) == expected


def test_words_written_as_alternatives_give_one_pattern_each():
    assert _build().alternatives("* (BY/WITH &WEAPON) ") == ["* (BY &WEAPON) ", "* (WITH &WEAPON) "]


@pytest.mark.parametrize(
    ("text", "word", "plover", "cameo"),
    [
        # "- * DOWN [0831] # STEP", the particle read as an adverb
        ("The deputy governor stepped down after the vote.", "stepped", "RETREAT", "0831"),
        # "- * AWAY (FROM SUMMIT) [125] # STAY": the phrase hangs on the particle
        ("The northern delegations stayed away from the summit in Lima.", "stayed", "REJECT", "125"),
        # "- * (OVER &TOWN) [192] # TAKE": the particle is the preposition of the object after it
        ("The militia took over the town before dawn.", "took", "COERCE", "192"),
        # "- * (BY &MILITARY) [150] # GUARD": a passive's agent is the pattern's by-phrase
        ("The old parliament building was guarded by soldiers all week.", "guarded", "MOBILIZE", "150"),
        # "- * SIT-IN [141] # STAGE": the tokenizer splits the hyphenated word
        ("The teachers staged a sit-in outside the education ministry.", "staged", "PROTEST", "141"),
    ],
)
def test_patterns_match_particles_passives_and_hyphenated_words(text, word, plover, cameo):
    sense = verb_sense(text, word)
    assert sense is not None and (sense.plover, sense.cameo) == (plover, cameo)


def test_a_by_phrase_of_a_passive_is_no_object():
    # "- * POLICE [0874] # REMOVE" names the object; "by police" is the doer
    text = "The protesters were removed from the square by police."
    sense = match_verb(next(t for t in get_nlp()(text) if t.text == "removed"))
    assert sense is None or sense.cameo != "0874"


def test_a_comment_may_name_a_verb_its_block_does_not_list():
    build = _build()
    forms = {"lay": "lay", "laid": "lay", "pull back": "pull back"}
    assert build.named_verb("URGE", forms) == "urge"
    assert build.named_verb("LAID_DOWN", forms) == "lay down"
    assert build.named_verb("PULLBACK", forms) == "pull back"
    # a coder's note names no verb
    assert build.named_verb("oy 29 Dec 2005", forms) is None


@pytest.mark.parametrize(
    ("text", "word", "plover", "cameo"),
    [
        # "- * DOWN &WEAPON [0871] # LAID_DOWN" in LAY
        ("The militias laid down their weapons in March.", "laid", "RETREAT", "0871"),
        # "- * WITHDRAW [025] # URGE" in DEMAND, whose verbs do not list "urge"
        ("The envoy urged the generals to withdraw from the capital.", "urged", "REQUEST", "025"),
    ],
)
def test_patterns_hold_for_the_verb_their_comment_names_outside_the_block(text, word, plover, cameo):
    sense = verb_sense(text, word)
    assert sense is not None and (sense.plover, sense.cameo) == (plover, cameo)


def test_a_preposition_with_its_own_object_is_no_particle():
    nlp = get_nlp()

    def codes(text):
        return [e["cameo"]["code"] for e in nlp(text)._.events or []]

    # FIRE's "- * OFF [110]" is "fired off a letter", not a launch off a coast
    assert "110" not in codes("The navy fired a cruise missile into the sea off the southern coast.")
    assert "110" in codes("The Bolivian minister fired off a letter to the Chilean ambassador.")


def _copies(*codes: str | None) -> dict:
    build = _build()
    patterns = [{"obj": ["ultimatum"], "code": code} for code in codes]
    block = {"code": "130", "patterns": [], "copies": {}}
    for pattern in patterns:
        key = build.copy_key(pattern)
        block["copies"][key] = block["copies"].get(key, 0) + 1
        if pattern not in block["patterns"]:
            block["patterns"].append(pattern)
    return block


@pytest.mark.parametrize(
    ("codes", "own", "code"),
    [
        # the code most copies give
        (("110", "138", "138"), {}, "138"),
        # a tie goes to the block's default, or to the verb's own code
        (("110", "130"), {}, "130"),
        (("130", "110"), {"": "110"}, "110"),
        # with neither among the copies, to the first copy
        (("111", "138"), {}, "111"),
    ],
)
def test_copies_of_a_pattern_with_different_codes_keep_one_code(codes, own, code):
    patterns, (conflicts, _) = _build().resolve_copies(_copies(*codes), own)
    assert conflicts == 1 and [p["code"] for p in patterns] == [code]


def test_copies_of_a_pattern_with_one_code_are_no_conflict():
    patterns, counts = _build().resolve_copies(_copies("138", "138"), {})
    assert counts == (0, 0) and [p["code"] for p in patterns] == ["138"]


@pytest.mark.parametrize(
    "text",
    [
        # WARN "- * (OF &FIGHT)" is once [110] and twice [138] in the dictionary
        "The general warned of war if the border talks collapse.",
        "Opposition leaders warned of fighting in the capital.",
    ],
)
def test_warning_of_war_is_a_threat_of_force(text):
    sense = match_verb(next(t for t in get_nlp()(text) if t.text == "warned"))
    assert sense is not None and (sense.plover, sense.cameo) == ("THREATEN", "138")


def test_the_table_keeps_one_code_per_pattern():
    for name, block in verb_table().blocks.items():
        seen: dict = {}
        for pattern in block:
            words = (pattern.verb, pattern.prt, pattern.subj, pattern.obj, pattern.preps)
            where = (pattern.source, pattern.target)
            assert seen.setdefault((words, where), pattern.code) == pattern.code, name


def test_person_nouns_of_the_agents_dictionary_are_people_not_things():
    build = _build()
    things = frozenset({"airliner", "village"})
    assert build.person_noun("herdsman", things)
    assert build.person_noun("inmate", things)
    assert build.person_noun("rustler", things)
    # a ship, an aircraft of the verb dictionary's sets, an act, an institution
    assert not build.person_noun("tanker", things)
    assert not build.person_noun("airliner", things)
    assert not build.person_noun("rebellion", things)
    assert not build.person_noun("sanatorium", things)


@pytest.mark.parametrize(
    ("singular", "plural"),
    [
        ("herdsman", "herdsmen"),
        ("chairperson", "chairpeople"),
        ("boss", "bosses"),
        ("deputy", "deputies"),
        ("attorney", "attorneys"),
        ("thief", "thieves"),
        ("rabbi", "rabbis"),
    ],
)
def test_person_nouns_take_their_english_plurals(singular, plural):
    build = _build()
    assert build.plural_of(singular) == plural


def test_the_agent_nouns_hold_the_dictionarys_person_compounds_and_sector_people():
    build = _build()
    reference = SHARED / "reference" / build.AGENTS_IN
    if not reference.exists():
        pytest.skip("the CAMEO agents dictionary is not in the shared reference folder")
    nouns = set(build.agent_nouns(reference, {}))
    assert {"fisherman", "fishermen", "herdsmen", "kidnappers", "shepherds", "nuns"} <= nouns
    people = set(build.person_nouns(reference, {})) | set(build.sector_people(build.ONTOLOGY, {}))
    assert not {"tanker", "supertanker", "monastery", "rebellion", "mosques"} & people


def test_person_sectors_give_the_agents_dictionarys_type(tmp_path):
    build = _build()
    agents = tmp_path / build.AGENTS_IN
    agents.write_text(
        "!PERSON! = MAN, MEN\nDROVER!PERSON! [~AGR]\nPOACHER [~CRM]\nWARDEN [~GOVENV]\nWARDEN [~ENV]\n",
        encoding="latin-1",
    )
    sectors = build.person_sectors(agents, {})
    assert sectors["droverman"] == sectors["drovermen"] == "AGR"
    assert sectors["poacher"] == sectors["poachers"] == "CRM"
    # a noun of two types is left out
    assert "warden" not in sectors


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("CENTER_FOR_HUMAN_RIGHTS", "CENTER"),
        ("SECRETARY_OF_THE_ECONOMY", "SECRETARY"),
        ("!MINIST! FOR_DOMESTIC_TRADE", "!MINIST!"),
        ("RIGHTS_ACTIVIST", "ACTIVIST"),
        ("CENTRAL_JAIL_OF", ""),
    ],
)
def test_the_head_of_an_agents_phrase_stands_before_its_preposition(phrase, head):
    assert _build().phrase_head(phrase) == head


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Ruritanian foreign ministry pressed Vellonia on human rights at the summit.", "pressed"),
        ("Ruritania presses Vellonia on trade and farm subsidies.", "presses"),
        ("The envoy pressed the Vellonian government on economic reforms.", "pressed"),
    ],
)
def test_an_issue_in_a_phrase_is_no_actor_for_a_pattern_that_names_no_word(text, word):
    # PRESS "- * ON [190]" holds its actor in the "on" phrase: pressing someone on an issue is no attack
    sense = verb_sense(text, word)
    assert sense is None or sense.plover != "ASSAULT"


def _wordnet(
    folder: Path, senses: dict[str, list[str]], synsets: dict[str, tuple[list[str], list[str]]]
) -> None:
    """A WordNet verb database in the files' format: lemma -> offsets, offset -> (words, hypernyms)."""
    index = [f"{lemma} v {len(offs)} 0 {len(offs)} 0 {' '.join(offs)}" for lemma, offs in senses.items()]
    data = []
    for off, (words, hypernyms) in synsets.items():
        pointers = " ".join(f"@ {h} v 0000" for h in hypernyms)
        listed = " ".join(f"{w} 0" for w in words)
        data.append(f"{off} 35 v {len(words):02x} {listed} {len(hypernyms):03d} {pointers} 00 | a gloss")
    (folder / "index.verb").write_text("  licence\n" + "\n".join(index) + "\n", encoding="utf-8")
    (folder / "data.verb").write_text("  licence\n" + "\n".join(data) + "\n", encoding="utf-8")


def test_a_synonym_codes_its_block_when_its_first_sense_is_a_main_sense_of_a_coding_verb(tmp_path):
    # made-up senses: "quell" is a manner of the first sense of "suppress"; the first sense of
    # "curb" is another act; "upset" is the third sense of "disturb"; "annex" meets no coding verb;
    # "promote" is a synonym of cooperation
    _wordnet(
        tmp_path,
        {
            "suppress": ["00000001", "00000002"],
            "quell": ["00000003"],
            "curb": ["00000004", "00000001"],
            "disturb": ["00000005", "00000006", "00000007"],
            "upset": ["00000007"],
            "annex": ["00000008"],
            "support": ["00000009"],
            "promote": ["00000009"],
        },
        {
            "00000001": (["suppress", "curb"], []),
            "00000002": (["suppress"], []),
            "00000003": (["quell"], ["00000001"]),
            "00000004": (["curb"], []),
            "00000005": (["disturb"], []),
            "00000006": (["disturb"], []),
            "00000007": (["upset", "disturb"], []),
            "00000008": (["annex"], []),
            "00000009": (["support", "promote"], []),
        },
    )
    table = {
        "blocks": {
            "SUPPRESS": {"code": "170"},
            "DISTURB": {"code": "140"},
            "TAKE_PROPERTY": {"code": "171"},
            "SUPPORT": {"code": "050"},
        },
        "verbs": {
            "suppress": [["SUPPRESS", None, True]],
            "quell": [["SUPPRESS", None, False]],
            "curb": [["SUPPRESS", None, False]],
            "disturb": [["DISTURB", None, True]],
            "upset": [["DISTURB", None, False]],
            "annex": [["TAKE_PROPERTY", None, False]],
            "support": [["SUPPORT", None, True]],
            "promote": [["SUPPORT", None, False]],
        },
    }
    assert _build().wordnet_synonyms(table, tmp_path) == {"quell": ["SUPPRESS"]}


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        ("The Varesian army quelled the revolt in the northern hills.", "quelled", "COERCE"),
        ("Government troops subdued the rebels near Oskar.", "subdued", "COERCE"),
        ("Dornish militants beheaded two hostages near Oskar.", "beheaded", "ASSAULT"),
        ("The Varesian junta repressed the dissidents in Oskar.", "repressed", "COERCE"),
    ],
)
def test_a_synonym_of_its_blocks_verb_codes_the_default_below_a_head(text, word, plover):
    sense = verb_sense(text, word)
    assert sense is not None and sense.plover == plover
    assert sense.strength == STRENGTH_SYNONYM < STRENGTH_HEAD


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # first senses of other acts: to check, to preside over
        ("The central bank of Varesia curbed inflation last year.", "curbed"),
        ("The Dornish minister moderated the debate in Oskar.", "moderated"),
        # a thing as subject, a thing as object
        ("The scandal ruined the senator's career.", "ruined"),
        ("The Varesian president stressed the point again.", "stressed"),
        ("The Dornish senate stalled the bill.", "stalled"),
    ],
)
def test_a_synonym_codes_nothing_in_another_sense_or_with_arguments_of_no_actor(text, word):
    assert verb_sense(text, word) is None


def test_only_one_word_verbs_of_acts_of_force_lend_a_synonym_their_code(tmp_path):
    # made-up senses: "oust" shares its first sense with the phrasal head "boot out" of DEPORT
    # (dismissal from office); "postpone" shares it with "delay", whose block codes a rejection
    # (CAMEO 12), no act of force; "slay" shares it with "kill"
    _wordnet(
        tmp_path,
        {
            "boot_out": ["00000001"],
            "oust": ["00000001"],
            "delay": ["00000002"],
            "postpone": ["00000002"],
            "kill": ["00000003"],
            "slay": ["00000003"],
        },
        {
            "00000001": (["boot_out", "oust"], []),
            "00000002": (["delay", "postpone"], []),
            "00000003": (["kill", "slay"], []),
        },
    )
    table = {
        "blocks": {"DEPORT": {"code": "174"}, "DELAY": {"code": "120"}, "KILL": {"code": "190"}},
        "verbs": {
            "boot out": [["DEPORT", None, True]],
            "oust": [["DEPORT", None, False]],
            "delay": [["DELAY", None, True]],
            "postpone": [["DELAY", None, False]],
            "kill": [["KILL", None, True]],
            "slay": [["KILL", None, False]],
        },
    }
    assert _build().wordnet_synonyms(table, tmp_path) == {"slay": ["KILL"]}


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # removal from a post is no deportation
        ("The Varesian Labour Party ousted its chairman in a vote on Tuesday.", "COERCE"),
        ("Brightwell Inc ousted its chief executive.", "COERCE"),
        ("The party ousted Tomas Verhoek.", "COERCE"),
        # putting off a meeting rejects no one
        ("Varesia postponed the summit with Dornland.", "REJECT"),
        ("Dornland stalled talks with Varesia over the dam.", "REJECT"),
        ("Varesia deferred the talks with Dornland.", "REJECT"),
        ("The Dornish parliament shelved the treaty with Varesia.", "REJECT"),
        # a company's act on its suppliers is business routine
        ("Microsoft penalized its suppliers.", "COERCE"),
        # a plan undermined is no sanction of anyone
        ("Varesia sabotaged the peace talks.", "SANCTION"),
    ],
)
def test_a_synonym_codes_no_act_of_force_in_politics_or_business_routine(text, plover):
    events = dated_events(text)
    assert not [e for e in events if e["plover"]["type"] == plover and e.get("confidence", 1.0) >= 0.5]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Russian forces devastated Ostrovia.", "ASSAULT"),
        ("The army subdued the rebels in Ostrava province.", "COERCE"),
        ("The Taliban forbade girls from attending school.", "COERCE"),
    ],
)
def test_a_synonym_of_an_act_of_force_codes_it_between_political_actors(text, plover):
    events = dated_events(text)
    assert [e for e in events if e["plover"]["type"] == plover and e.get("confidence", 1.0) >= 0.5]


def test_agent_phrases_spell_out_sets_stems_and_plurals(tmp_path):
    build = _build()
    agents = tmp_path / build.AGENTS_IN
    agents.write_text(
        "!MINIST! = MINISTER, MINISTRY\nHARBOUR_MINIST [~GOVBUS]\nCATTLE_RUSTLING_RING [~CRM]\n"
        "WARDEN_OF_PARKS [~GOVENV]\nGAME_WARDEN [~GOV]\nGAME_WARDEN [~ENV]\nPOACHER [~CRM]\n",
        encoding="latin-1",
    )
    phrases = build.agent_phrases(agents)
    assert phrases["harbour minister"] == phrases["harbour ministry"] == "GOVBUS"
    assert phrases["cattle rustling ring"] == phrases["cattle rustling rings"] == "CRM"
    # no plural is made after a preposition; a phrase of two types and a single word are left out
    assert phrases["warden of parks"] == "GOVENV" and "warden of parkss" not in phrases
    assert "game warden" not in phrases and "poacher" not in phrases


WORDNET = Path("/usr/share/wordnet")


@pytest.mark.skipif(not (WORDNET / "data.noun").is_file(), reason="no WordNet noun database")
def test_agent_phrases_whose_head_names_no_one_are_left_out():
    build = _build()
    phrases = {
        "security checks": "COP",
        "fighting positions": "MIL",
        "weapons storage facility": "MIL",
        "security personnel": "MIL",
        "fighter jets": "MIL",
        "attack helicopters": "MIL",
        "su 27": "MIL",
        "organized crime": "CRM",
        "state run television": "GOVMED",
        "drug mules": "CRM",
        "staff of the commission": "GOV",
    }
    kept = build.agent_phrase_heads(phrases, WORDNET)
    # acts, places and stores are no actors; people, bodies, aircraft and outlets are
    assert not {"security checks", "fighting positions", "weapons storage facility"} & set(kept)
    assert {p for p in phrases if p not in kept} == {
        "security checks",
        "fighting positions",
        "weapons storage facility",
    }


@pytest.mark.parametrize(
    ("phrase", "given", "code"),
    [
        ("telecom firms", "MED", "BUS"),
        ("post and telecommunications minister", "GOVMED", "GOV"),
        ("ministry of transport", "GOVMED", "GOV"),
        # the media themselves stay media
        ("broadcasting company", "MED", "MED"),
        ("ministry of information", "GOVMED", "GOVMED"),
        ("telecom union", "LAB", "LAB"),
    ],
)
def test_carriers_of_the_agents_dictionarys_med_are_no_media(phrase, given, code):
    assert _build().carrier_type(phrase, given) == code


@pytest.mark.skipif(not (WORDNET / "data.noun").is_file(), reason="no WordNet noun database")
def test_agent_phrases_named_by_a_model_or_a_last_head_are_kept():
    phrases = {
        "dassault rafales": "MIL",
        "eurofighter typhoons": "MIL",
        "welfare of veterans minister": "GOV",
        "armed uprising": "REB",
        "mortar positions": "MIL",
    }
    kept = _build().agent_phrase_heads(phrases, WORDNET)
    # a maker unknown to WordNet names an aircraft; a minister is the head after an inner "of"
    assert set(kept) == {"dassault rafales", "eurofighter typhoons", "welfare of veterans minister"}
