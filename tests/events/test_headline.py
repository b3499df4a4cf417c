"""A Title Case headline is coded from a sentence-cased parse (headlines written for these tests)."""

from dateline.events import headline
from dateline.nlp import get_nlp

STORY = (
    "Angry Farmers Rally Outside Ruritanian Parliament Against New Fuel Tax.\n\n"
    "Thousands of Ruritanian farmers gathered outside the Parliament in Vell on Monday, "
    "a week after Prime Minister Anna Berg announced the tax."
)


def test_a_title_case_first_line_is_a_headline_and_sentence_case_is_not():
    nlp = get_nlp()
    assert headline.headline_end(nlp.make_doc(STORY)) == STORY.index("\n")
    plain = "Angry farmers rally outside parliament against new fuel tax.\n\nThey gathered on Monday."
    assert headline.headline_end(nlp.make_doc(plain)) is None


def test_names_written_capitalised_in_the_story_keep_their_capitals():
    doc = get_nlp().make_doc(STORY)
    cased = headline.sentence_cased(doc, headline.headline_end(doc))
    assert cased == "Angry farmers rally outside Ruritanian Parliament against new fuel tax."
    assert len(cased) == STORY.index("\n")


def test_the_headlines_event_is_coded_with_the_original_words():
    doc = get_nlp()(STORY)
    rally = [e for e in doc._.events if e["plover"]["type"] == "PROTEST" and e["evidence"]["start"] == 0]
    assert rally, [(e["plover"]["type"], e["trigger"]) for e in doc._.events]
    assert rally[0]["trigger"].startswith("Rally")
    assert rally[0]["evidence"]["text"].startswith("Angry Farmers Rally")


def test_a_claim_after_a_speakers_colon_is_coded_with_its_own_subject():
    text = (
        "Berg: Premier Pia Moss Was ‘Mocking’ Lars Dahl Camp.\n\n"
        "The Ruritanian premier Pia Moss and the Freedonian envoy Lars Dahl met in Vell on Monday."
    )
    doc = get_nlp()(text)
    found = [e for e in doc._.events if e["evidence"]["start"] == 0 and e["plover"]["type"] == "ACCUSE"]
    assert found, [(e["plover"]["type"], e["trigger"]) for e in doc._.events]


def test_a_title_case_headlines_names_are_those_of_its_sentence_cased_reading():
    text = (
        "Freedonian Envoy Meets Ruritanian Premier Anna Berg in Vell\n\n"
        "The Freedonian envoy met Prime Minister Anna Berg of Ruritania in Vell on Monday."
    )
    doc = get_nlp()(text)
    end = text.index("\n")
    names = [e.text for e in doc.ents if e.end_char <= end]
    assert not any(name.startswith("Meets") for name in names), names
    assert any("Anna Berg" in name for name in names), names


def test_a_headline_whose_verb_the_parse_misses_tells_the_ledes_event_on_its_own_word():
    text = (
        "Dutch Nurse Free After Commando Raid\n\n"
        "ANKARA — Turkish commandos freed a kidnapped Dutch nurse on Saturday after a raid. "
        "The Dutch government called the move welcome."
    )
    doc = get_nlp()(text)
    head = [e for e in doc._.events if e["evidence"]["start"] == 0]
    assert [e["trigger"] for e in head] == ["Free"]
    lede = next(e for e in doc._.events if e["trigger"] == "freed")
    assert head[0]["plover"] == lede["plover"] and head[0]["rule"] == lede["rule"] + "+headline"
    assert head[0]["evidence"]["text"] == "Dutch Nurse Free After Commando Raid"


def test_a_headlines_verb_in_s_read_as_a_noun_before_a_name_phrase_is_its_own_event():
    text = (
        "Turkey Summons Dutch Ambassador Over Rally Ban\n\n"
        "ANKARA — Turkey summoned the Dutch ambassador on Saturday after a dispute over a rally. "
        "The Dutch government called the move regrettable."
    )
    doc = get_nlp()(text)
    head = [e for e in doc._.events if e["evidence"]["start"] == 0]
    assert [(e["trigger"], e["plover"]["type"]) for e in head] == [("Summons", "CONSULT")]
    assert head[0]["source"]["text"] == "Turkey"
    assert head[0]["target"]["text"] == "Dutch Ambassador"


def test_a_first_line_that_is_a_long_lede_sentence_tells_no_event_again():
    text = (
        "A group of Ruritanian teachers, worried that the ministry is cutting school budgets across the "
        "country, is asking the minister to accept its offer to run free classes.\n\n"
        "The teachers offered to run the classes on weekends."
    )
    doc = get_nlp()(text)
    assert not [e for e in doc._.events if e["rule"].endswith("+headline")]


def test_a_common_word_the_story_capitalises_only_now_and_then_is_lower_cased():
    text = (
        "Police Chief Says The Mayor Will Resign.\n\n"
        "The chief told The Vell Courier that the mayor would step down. Officers of the Harbour "
        "Police and city police were told on Monday. The mayor will speak on Tuesday."
    )
    doc = get_nlp().make_doc(text)
    cased = headline.sentence_cased(doc, headline.headline_end(doc))
    assert cased == "Police chief says the mayor will resign."


def test_a_headline_tells_the_ledes_event_with_another_verb_of_its_type():
    text = (
        "Dock workers' union salutes Premier Anna Berg.\n\n"
        "VELL, Ruritania — The Ruritanian dock workers' union endorsed Prime Minister Anna Berg on Monday. "
        "The union has 40,000 members."
    )
    doc = get_nlp()(text)
    head = [e for e in doc._.events if e["evidence"]["start"] == 0 and e["plover"]["type"] == "SUPPORT"]
    assert [e["trigger"] for e in head] == ["salutes"], [(e["trigger"], e["rule"]) for e in doc._.events]
    assert head[0]["rule"].endswith("+headline")


def test_the_types_a_headline_word_codes_as_a_verb():
    assert "SUPPORT" in headline.verb_types("back")
    assert "ACCUSE" in headline.verb_types("rip")
    assert "SUPPORT" not in headline.verb_types("rip")
    assert not headline.verb_types("budget")
    # an appeal or a phone call: a word of several types says none
    assert not headline.verb_types("call")


def test_a_headlines_judgement_tells_the_ledes_judgement_again():
    text = (
        "Senator Lars Dahl: Premier 'a disgrace'.\n\n"
        "Senator Lars Dahl said on Monday that Prime Minister Anna Berg was a disgrace. "
        "The premier did not respond."
    )
    doc = get_nlp()(text)
    head = [e for e in doc._.events if e["evidence"]["start"] == 0 and e["plover"]["type"] == "ACCUSE"]
    assert [e["trigger"] for e in head] == ["disgrace"], [(e["trigger"], e["rule"]) for e in doc._.events]


def test_a_claim_after_a_colon_the_parse_ends_a_sentence_at_is_the_speakers():
    text = (
        "Dahl: Berg is 'a phony, a fraud'.\n\n"
        "Senator Lars Dahl attacked Prime Minister Anna Berg in a speech in Vell on Monday."
    )
    doc = get_nlp()(text)
    end = text.index("\n")
    found = [e for e in doc._.events if e["evidence"]["start"] < end and e["plover"]["type"] == "ACCUSE"]
    assert found, [(e["trigger"], e["evidence"]["start"]) for e in doc._.events]
    assert found[0]["source"]["text"] == "Dahl" and found[0]["target"]["text"] == "Berg"


def test_a_headline_tells_the_ledes_event_with_an_event_noun_of_its_type():
    text = (
        "Armenia-Azerbaijan ceasefire holds for a third day\n\n"
        "A truce between Armenia and Azerbaijan held for a third day on Friday. Farmers returned to "
        "their fields. Monitors reported no shooting overnight. Talks are due next week."
    )
    doc = get_nlp()(text)
    head = [e for e in doc._.events if e["evidence"]["start"] == 0]
    assert [e["trigger"] for e in head][:1] == ["ceasefire"], [
        (e["trigger"], e["rule"]) for e in doc._.events
    ]
    assert head[0]["plover"]["type"] == "RETREAT"


def test_a_title_case_headlines_verb_read_as_a_plural_noun_is_coded():
    # the tagger reads "slams" as a plural noun after "Trump" (a verb too): the parse gives it an object
    text = (
        "Trump Slams Clinton Over Emails\n\n"
        "Republican nominee Donald Trump spoke in Ohio on Tuesday about Democrat Hillary Clinton. "
        "Officials said more details would follow later in the week. Reporters waited outside."
    )
    doc = get_nlp()(text)
    head = [e for e in doc._.events if e["evidence"]["start"] == 0 and e["plover"]["type"] == "ACCUSE"]
    assert [e["trigger"] for e in head] == ["Slams"], [(e["trigger"], e["rule"]) for e in doc._.events]


LEDE = "\n\nThe move followed weeks of unrest in the border region. Officials gave no further details."


def _headline_events(first_line):
    doc = get_nlp()(first_line + LEDE)
    return [e for e in doc._.events if e["evidence"]["start"] < len(first_line)]


def test_a_headlines_past_form_with_no_object_of_an_act_on_persons_is_its_passive():
    for line in ("Students detained outside Ruritanian consulate", "Two farmers abducted near Vell."):
        events = _headline_events(line)
        assert [e["plover"]["type"] for e in events][:1] in (["COERCE"], ["ASSAULT"]), line
        assert events[0]["source"] is None and events[0]["target"], line
    assert not _headline_events("Profits declined in the border region")


def test_a_headlines_past_form_of_an_act_done_to_someone_is_its_passive():
    lines = ("Student stabbed outside the school", "Farmer shot while tending his crops")
    for line in (*lines, "Student Stabbed Outside The School"):
        for text in (line, line + LEDE):
            events = [e for e in get_nlp()(text)._.events if e["evidence"]["start"] < len(line)]
            assert [e["plover"]["type"] for e in events][:1] == ["ASSAULT"], text
            assert events[0]["source"] is None and events[0]["target"]["text"] == line.split()[0], text


def test_a_headlines_present_tense_or_object_or_aim_keeps_it_active():
    for line in ("Bandits shoot shopkeeper in Vell", "Bandits stabbed a shopkeeper in Vell"):
        events = _headline_events(line)
        assert events and events[0]["source"]["text"] == "Bandits", line
    events = _headline_events("Guards shot at students outside the consulate")
    assert all((e["target"] or {}).get("text") != "Guards" for e in events)
    assert all((e["source"] or {}).get("text") in (None, "Guards") for e in events)


def test_a_headlines_infinitive_is_a_planned_act_of_the_noun_before_it():
    for line in ("Norway's prime minister to visit Chile next week", "Norway to expel two diplomats."):
        events = _headline_events(line)
        assert events and events[0]["modality"] == "planned", line
        assert "Norway" in (events[0]["source"] or {}).get("text", ""), line
    assert not _headline_events("Plans to build a new airport in Vell")


def test_names_a_headline_lists_with_a_comma_are_each_a_subject():
    for line in ("Peru, Chile hold talks in Lima", "Kenya, Uganda agree to reopen border"):
        sources = {(e["source"] or {}).get("text") for e in _headline_events(line)}
        targets = {(e["target"] or {}).get("text") for e in _headline_events(line)}
        first, second = line.split(",")[0], line.split(", ")[1].split()[0]
        assert first in sources and (second in sources or second in targets), (line, sources, targets)


def test_a_headlines_past_form_with_no_object_and_an_actor_subject_is_its_passive():
    for line in ("Harbour official accused of taking bribes.", "Retired colonel charged with treason"):
        events = _headline_events(line)
        assert [e["plover"]["type"] for e in events][:1] == ["ACCUSE"], line
        assert events[0]["source"] is None, line
        assert line.split(" ")[1] in events[0]["target"]["text"], line
    events = _headline_events("Ruritanian troops sent to northern frontier.")
    assert [e["plover"]["type"] for e in events] == ["MOBILIZE"]
    assert "troops" in events[0]["source"]["text"]
    assert not _headline_events("Leaflets sent to voters in Vell.")


def test_a_headlines_passive_whose_agent_the_parse_hangs_on_its_phrase_has_that_doer():
    events = _headline_events("Reporter shot dead in attack by gunmen in Ruritania.")
    assert events and events[0]["plover"]["type"] == "ASSAULT"
    assert "gunmen" in events[0]["source"]["text"] and "Reporter" in events[0]["target"]["text"]


def test_a_title_case_title_glued_to_its_story_by_a_full_stop_is_read_as_a_headline():
    text = (
        "Ruritania Arrests Opposition Leaders on Weapons Charges. VELL, Ruritania -- Ruritanian police "
        "detained several members of the opposition on Monday, their party said."
    )
    doc = get_nlp()(text)
    assert headline.headline_end(doc) == text.index(" VELL")
    arrests = [e for e in doc._.events if e["trigger"] == "Arrests"]
    assert arrests and arrests[0]["plover"]["type"] == "COERCE"


def test_a_first_sentence_in_sentence_case_or_of_names_is_no_glued_headline():
    text = "Ruritanian police detained several members of the opposition on Monday. Their party said so."
    assert headline.headline_end(get_nlp()(text)) is None
    text = "Ruritanian Premier Anna Berg Visited Vell. Ruritanian Premier Anna Berg Visited Vell on Monday."
    assert headline.headline_end(get_nlp()(text)) is None


def test_a_first_sentence_whose_capitals_are_the_names_it_introduces_is_no_glued_headline():
    text = "Guards in Vell detained Tomas Anders Brekke. Later, Brekke asked the court for bail."
    assert headline.headline_end(get_nlp()(text)) is None


def test_the_wrong_a_headline_accuses_someone_of_is_no_echo_of_the_ledes_act():
    text = (
        "Teacher accused of stealing funds\n"
        "A teacher was arrested on Monday in Lusaka. She was released on bail on Tuesday."
    )
    events = get_nlp()(text)._.events
    in_headline = {e["plover"]["type"] for e in events if e["evidence"]["start"] == 0}
    assert in_headline == {"ACCUSE"}


def test_a_plural_noun_before_a_thing_in_a_verbless_headline_is_no_verb():
    # "sanctions" read as the verb only before a word naming an actor ("Mayor denounces Berg")
    lede = "\n\nEU ministers in Brussels discussed the plan on Tuesday. Officials gave no further details."
    for line in ("Ruritania Sanctions Relief", "Ruritania sanctions package", "Vell Attacks Inquiry"):
        doc = get_nlp()(line + lede)
        found = [e["plover"]["type"] for e in doc._.events if e["evidence"]["start"] < len(line)]
        assert found == [], (line, found)


def test_a_name_before_a_colon_that_the_story_never_has_speak_is_no_speaker():
    # a team or topic before the colon: the story neither names it again as a person nor quotes it
    line = "Chelsea: Gareth Moss 'a Disgrace' After Cup Defeat"
    lede = "\n\nLONDON - The club lost 4-0 at home on Saturday and fans turned on manager Gareth Moss."
    doc = get_nlp()(line + lede)
    assert [e["rule"] for e in doc._.events if e["evidence"]["start"] < len(line)] == []
    spoken = "Senator Ruiz: Gareth Moss 'a Disgrace'"
    lede = "\n\nWASHINGTON - U.S. Senator Maria Ruiz said on Tuesday that Gareth Moss was a disgrace."
    doc = get_nlp()(spoken + lede)
    head = [e for e in doc._.events if e["evidence"]["start"] < len(spoken)]
    assert [e["plover"]["type"] for e in head] == ["ACCUSE"], [e["rule"] for e in head]


def _story_with_person(text: str, name: str) -> tuple:
    """A Doc of ``text`` whose story names ``name`` as a person, and a parse of its first line
    that reads every capitalised word but the first as a common noun."""
    doc = get_nlp().make_doc(text)
    start = text.index(name)
    doc._.entities = [{"type": "PERSON", "mentions": [{"start": start, "end": start + len(name)}]}]
    line = text[: text.index("\n")]
    first = get_nlp().make_doc(line)
    parsed = headline._rebuilt(first, [t.text for t in first], [bool(t.whitespace_) for t in first])
    for token in parsed:
        token.tag_ = "NN"
    return doc, parsed


def test_a_headline_read_with_a_stand_in_name_keeps_its_own_names_after_another_story():
    parse = get_nlp().get_pipe("dateline_events")._model_parse
    first = "Vance mocks Hunt over tariffs\n\nGovernor Ellis Vance mocked Dale Hunt on Tuesday."
    second = "Grant mocks Hunt over tariffs\n\nGovernor Ulla Grant mocked Dale Hunt on Tuesday."
    doc, parsed = _story_with_person(first, "Vance")
    assert headline.parse_masked_headline(doc, parse, parsed).text.startswith("Vance mocks")
    doc, parsed = _story_with_person(second, "Grant")
    # both read "Kelly mocks Hunt over tariffs"; the second story keeps its own name
    assert headline.parse_masked_headline(doc, parse, parsed).text.startswith("Grant mocks")


def test_a_headline_read_with_double_quotation_marks_keeps_its_own_marks_after_another_story():
    nlp = get_nlp()
    parse = nlp.get_pipe("dateline_events")._model_parse
    story = "\n\nForeign Minister Ivo Sand called opposition leader Tilda Berg a liar on Wednesday."
    for marks in ("''", "\u2018\u2019"):
        line = f"Minister calls Berg {marks[0]}a liar{marks[1]}"
        doc = nlp.make_doc(line + story)
        assert headline.parse_reading(doc, parse, None).text == line


def test_a_storys_events_do_not_depend_on_the_stories_processed_with_it():
    nlp = get_nlp()
    stories = [
        "Burundi and Belgium Agree Ceasefire\n\nBurundi and Belgium agreed a ceasefire on Tuesday.",
        "Vance mocks Hunt over tariffs\n\nGovernor Ellis Vance mocked Dale Hunt on Tuesday.",
        "Minister calls Berg 'a liar'\n\nForeign Minister Ivo Sand called Tilda Berg a liar on Wednesday.",
        "Mayor Berg: Council must resign\n\nMayor Tilda Berg said on Monday the council of Vell must resign.",
        "Hundreds rally in Vell against fuel tax\n\nHundreds of people rallied in Vell on Saturday.",
        "Vandor Imposes Sanctions on Tessar\n\nVandor imposed sanctions on Tessar on Thursday.",
    ]

    def events(texts: list[str]) -> list[list[tuple]]:
        docs = []
        for text in texts:
            doc = nlp.make_doc(text)
            doc._.published = "2023-06-01"
            docs.append(doc)
        return [
            [
                (
                    e["plover"]["type"],
                    e.get("trigger"),
                    (e.get("source") or {}).get("code"),
                    (e.get("target") or {}).get("code"),
                    e.get("confidence"),
                )
                for e in doc._.events or []
            ]
            for doc in nlp.pipe(docs, batch_size=8)
        ]

    alone = [events([text])[0] for text in stories]
    assert events(stories) == alone
    assert events(stories[::-1]) == alone[::-1]
    assert events([t for t in stories for _ in (0, 1)]) == [e for e in alone for _ in (0, 1)]


def test_country_phrase_offsets_cover_capitalised_names_of_several_words_only():
    line = "Burkina Faso and Costa Rica sign pact; costa rica's rivals, central african republic"
    inside = headline._country_phrase_offsets(line)
    covered = "".join(line[i] for i in sorted(inside))
    assert covered == "Burkina FasoCosta Rica"
