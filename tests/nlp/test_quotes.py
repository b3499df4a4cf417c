import time

import pytest

from dateline.nlp import get_nlp


def _parsed(text: str):
    """The doc after spaCy's own components only."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.dateline = None
    doc._.published = None
    doc._.warnings = []
    for name, proc in nlp.pipeline:
        if not name.startswith("dateline_"):
            doc = proc(doc)
    return doc


def _ours(doc):
    nlp = get_nlp()
    for name in ("dateline_entities", "dateline_quotes"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def _run(text: str):
    return _ours(_parsed(text))


def _speaker_name(article, quote):
    entity = next((e for e in article.entities if e.id == quote.speaker), None)
    return entity.name if entity else None


def test_example_direct_quote_with_medium(example_article, example_gold):
    must = example_gold["quotes"]["must"][0]
    direct = [q for q in example_article.quotes if q.kind == "direct"]
    assert len(direct) == 1
    quote = direct[0]
    assert quote.text == must["text"]
    assert _speaker_name(example_article, quote) == must["speaker"]
    assert quote.medium == must["medium"]
    assert example_article.body[quote.start : quote.end] == quote.text
    assert example_article.body[quote.speaker_start : quote.speaker_end] == quote.speaker_text


def test_example_indirect_quotes_and_speakers(example_article, example_gold):
    for item in example_gold["quotes"]["indirect_must"]:
        quote = next((q for q in example_article.quotes if item["gist"] in q.text), None)
        assert quote is not None, item["gist"]
        assert _speaker_name(example_article, quote) == item["speaker"], item


def test_example_unnamed_source_kept_as_text(example_article):
    quote = next(q for q in example_article.quotes if "major topic of discussion" in q.text)
    assert quote.speaker is None
    assert quote.speaker_text == "a Canadian source close to the meetings"


def test_direct_patterns():
    text = (
        "Jane Doe, the mayor, spoke on Tuesday.\n\n"
        "“We will rebuild the bridge before winter,” Doe said. “Nobody should doubt it.”\n\n"
        "“The money is already there and the plans are ready.”\n\n"
        "John Roe said: “I do not believe a word of this plan.”"
    )
    doc = _run(text)
    quotes = doc._.quotes
    direct = [q for q in quotes if q["kind"] == "direct"]
    assert [q["speaker_text"] for q in direct] == ["Doe", "Doe", "John Roe"]
    assert direct[0]["text"].endswith("Nobody should doubt it.") and direct[0]["cue"] == "said"
    # A paragraph of quotation alone after her quote carries on her turn.
    assert direct[1]["cue"] is None and direct[1]["speaker"] == direct[0]["speaker"]
    names = {e["id"]: e["name"] for e in doc._.entities}
    assert names[direct[0]["speaker"]] == "Jane Doe"


def test_indirect_and_according_to():
    text = (
        "The minister said that the talks would resume in May. "
        "According to the ministry, the budget will rise by 3 per cent. "
        "Mr. Smith told reporters the plan was “a disgrace to the city.”"
    )
    quotes = _run(text)._.quotes
    kinds = [(q["kind"], q["cue"]) for q in quotes]
    assert ("indirect", "said") in kinds
    assert ("indirect", "According to") in kinds
    mixed = next(q for q in quotes if q["kind"] == "mixed")
    assert mixed["speaker_text"] == "Mr. Smith" and mixed["medium"] == "reporters"


def test_dash_credit_and_speaker_label():
    text = (
        "“Trump does not speak for my family or my town.” ― Maria Lopez\n\n"
        "PENCE: Well, look, the choice is clear."
    )
    quotes = _run(text)._.quotes
    assert quotes[0]["speaker_text"] == "Maria Lopez"
    assert quotes[1]["speaker_text"] == "PENCE" and quotes[1]["text"].startswith("Well")
    # Not set in quotation marks of its own, a labelled line reports its speaker's words.
    assert [q["kind"] for q in quotes] == ["direct", "indirect"]


def test_a_labelled_line_holding_a_quotation_is_mixed():
    text = "The hearing opened at noon.\n\nLEE: My answer is the one I gave you: “No new taxes.”"
    quotes = _run(text)._.quotes
    assert [(q["speaker_text"], q["kind"]) for q in quotes] == [("LEE", "mixed")]


def test_cue_inside_quotation_is_not_a_speaker():
    text = "“I think we will win the election in the fall,” the candidate said."
    quotes = _run(text)._.quotes
    assert len(quotes) == 1 and quotes[0]["speaker_text"] == "the candidate"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "....",
        "“" * 300,
        '"' * 301,
        "“Yes,” he said. " * 1_000,
        "He said “this never ends. " * 50,
        "THE PRESIDENT SAID: “WE WILL WIN.” " * 50,
        "Der Präsident sagte, dass die Gespräche im Mai fortgesetzt werden. " * 20,
    ],
)
def test_bad_input_does_not_crash(text):
    doc = _run(text)
    assert isinstance(doc._.quotes, list)


def test_unbalanced_quotes_warn():
    doc = _run("He said “this never closes.\n\nAnother paragraph follows here.")
    assert any("quotation mark" in w for w in doc._.warnings)


def _timed(doc) -> float:
    best = float("inf")
    for _ in range(3):
        doc._.warnings = []
        t0 = time.perf_counter()
        _ours(doc)
        best = min(best, time.perf_counter() - t0)
    return best


def test_time_is_linear_in_length():
    unit = "“We will win,” she said. The council said “the vote” was close, according to Mr. Lee. " * 20
    small, big = _parsed(unit * 5), _parsed(unit * 20)
    assert _timed(big) < 12 * _timed(small)


def test_a_span_does_not_end_on_a_coordinator_or_dash():
    from types import SimpleNamespace

    from dateline.nlp.quote_content import _without_dangling_link

    doc = _parsed("The aide said the pressure would be heavy — and")
    attributor = SimpleNamespace(doc=doc)
    assert doc[_without_dangling_link(attributor, 3, len(doc)) - 1].text == "heavy"


def test_a_sentence_after_a_closed_quotation_is_no_credit():
    # The quotation ends its sentence with a full stop: what follows is a new sentence, whose
    # subject did not say it; a question ("“Why?” Harris asked") still takes its credit.
    text = (
        "“The pumps were checked twice,” said Ms. Alder, the harbour engineer. "
        "“Both of them failed in the spring.” The contract also called for six new valves.\n\n"
        "“Why would we stop now?” Harris asked."
    )
    quotes = _run(text)._.quotes
    direct = [q for q in quotes if q["kind"] == "direct"]
    assert [q["speaker_text"] for q in direct] == ["Ms. Alder", "Harris"]
    assert direct[0]["text"].endswith("failed in the spring.")
    assert all(q["speaker_text"] != "The contract" for q in direct)


def test_a_quotation_after_a_planned_or_allowed_saying_is_no_quote():
    text = (
        "The coach plans to tell his players: “This season is about defence and nothing else.”\n\n"
        "New rules allow banks to tell “one regulator that a fund is safe and another it is not.”\n\n"
        "She went on to say: “We will rebuild every house on this street.”"
    )
    quotes = _run(text)._.quotes
    assert [q["speaker_text"] for q in quotes] == ["She"]


def test_a_newsroom_note_is_no_attribution():
    text = (
        "The senator said the harbour bill would pass.\n\n"
        "Editor’s note: The senator once advised the governor, who has\n"
        "repeatedly vowed to veto any harbour bill.\n\n"
        "Clarification: The mayor called for a vote on Monday, not on Tuesday.\n\n"
        "The mayor said the vote was close."
    )
    quotes = _run(text)._.quotes
    assert [q["speaker_text"] for q in quotes] == ["The senator", "The mayor", "The mayor"]
    assert not any("veto" in q["text"] for q in quotes)


def test_a_title_case_headline_reports_to_its_end():
    text = (
        "New Audit Shows Waste When It Comes To Harbour Repairs.\n\n"
        "The auditors said on Thursday that the repairs cost twice the estimate."
    )
    quotes = _run(text)._.quotes
    assert quotes[0]["text"].startswith("Waste When It Comes To Harbour Repairs")
    assert quotes[1]["text"] == "that the repairs cost twice the estimate"


def test_what_a_thing_shows_before_a_colon_is_no_credit():
    text = (
        "Some strain soon shows once you see how the board scored this claim by the mayor in May:\n\n"
        "“If you look at the harbour today, every one of the repairs has failed.”\n\n"
        "The new survey shows a clear result:\n\n"
        "“Most residents want the harbour rebuilt before the summer.”"
    )
    quotes = _run(text)._.quotes
    assert [q["speaker_text"] for q in quotes] == ["The new survey"]


def test_a_report_credited_again_after_its_quotation_is_one_quote_by_the_first_speaker():
    found = get_nlp()(
        "The governor said she felt the tax was unfair because “nobody asked the farmers,” she said."
    )._.quotes
    assert [(q["kind"], q["speaker_text"], q["text"]) for q in found] == [
        ("mixed", "The governor", "she felt the tax was unfair because “nobody asked the farmers")
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "In an interview on Tuesday, the plan was “dead on arrival,” she said.",
            "the plan was “dead on arrival",
        ),
        (
            "Asked about the delays, the new line will be “ready by spring,” the minister said.",
            "the new line will be “ready by spring",
        ),
        ("On Tuesday, the rebels took the town, the army said.", "On Tuesday, the rebels took the town"),
        (
            "If the talks fail, the region will be “on the brink of war,” the envoy said.",
            "If the talks fail, the region will be “on the brink of war",
        ),
    ],
)
def test_an_opening_phrase_on_where_it_was_said_is_not_part_of_a_report_before_its_cue(sentence, content):
    found = [q for q in get_nlp()(sentence)._.quotes if q["cue"] == "said"]
    assert [q["text"] for q in found] == [content]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Carrying flags, the marchers “filled the square,” a witness said.",
            "Carrying flags, the marchers “filled the square",
        ),
        (
            "Waving banners, the farmers blocked the ring road at dawn, the police said.",
            "Waving banners, the farmers blocked the ring road at dawn",
        ),
    ],
)
def test_an_opening_participle_of_no_speaking_is_part_of_the_report(sentence, content):
    # the participle describes the subject of the reported clause, not the speaker
    found = [q for q in get_nlp()(sentence)._.quotes if q["cue"] == "said"]
    assert [q["text"] for q in found] == [content]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Farmers said the new dam had ruined their fields and officials denied that the river had "
            "changed course.",
            [
                ("Farmers", "the new dam had ruined their fields"),
                ("officials", "that the river had changed course"),
            ],
        ),
        (
            "Republicans said they're increasingly sure the agency botched the inquiry and Democrats "
            "accused the party of playing politics with the case.",
            [
                ("Republicans", "they're increasingly sure the agency botched the inquiry"),
                ("Democrats", "the party of playing politics with the case"),
            ],
        ),
        (
            "The coach said the players and the fans deserved better.",
            [("The coach", "the players and the fans deserved better")],
        ),
    ],
)
def test_a_report_of_someone_else_coordinated_after_a_report_is_its_own(sentence, expected):
    found = get_nlp()(sentence)._.quotes
    assert [(q["speaker_text"], q["text"]) for q in found] == expected


def test_a_that_clause_after_a_noun_of_saying_that_only_times_the_cue_is_the_cues():
    found = get_nlp()(
        "Maria Lopez, the head of the farmers' union, said after the ministry's announcement that she "
        "was ready to talk to the government."
    )._.quotes
    assert [(q["speaker_text"], q["cue"], q["text"]) for q in found] == [
        ("Maria Lopez", "said", "that she was ready to talk to the government")
    ]
    claim = get_nlp()("Her claim that the vote was rigged was rejected by the court.")._.quotes
    assert [q["text"] for q in claim] == ["that the vote was rigged"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The ministry said the new rockets were there to stop raids from the north and expected the "
            "neighbours to accept it.",
            "the new rockets were there to stop raids from the north",
        ),
        ("The council said the plan was sound and hoped to start work in May.", "the plan was sound"),
        (
            "Police said the suspect had fled on foot and hid in a barn.",
            "the suspect had fled on foot and hid in a barn",
        ),
    ],
)
def test_what_the_speaker_did_next_is_not_part_of_the_report(sentence, content):
    found = [q for q in get_nlp()(sentence)._.quotes if q["cue"] == "said"]
    assert [q["text"] for q in found] == [content]


def test_a_speaker_phrase_keeps_the_opening_mark_of_a_quoted_word_in_it():
    # a scare-quoted word opening the text stays whole in the speaker phrase, marks balanced
    found = get_nlp()("“Centrist” senators said the vote was lost.")._.quotes
    assert [q["speaker_text"] for q in found] == ["“Centrist” senators"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Officials said the river was rising and threatened to flood the lower town.",
            "the river was rising and threatened to flood the lower town",
        ),
        (
            "The ministry said the outbreak was spreading fast and threatened to overwhelm the clinics.",
            "the outbreak was spreading fast and threatened to overwhelm the clinics",
        ),
    ],
)
def test_what_a_thing_threatens_is_part_of_the_report(sentence, content):
    # "threaten" with a to-clause says what a thing is likely to do: the thing's, not the speaker's
    found = get_nlp()(sentence)._.quotes
    assert [(q["cue"], q["text"]) for q in found] == [("said", content)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The minister said the border would reopen next week, a move that angered farmers.",
            "the border would reopen next week",
        ),
        (
            "The general told reporters the army would attack on Friday, the day that the truce ends.",
            "the army would attack on Friday, the day that the truce ends",
        ),
        (
            "He said the rebels would leave in June, the month that the rains begin.",
            "the rebels would leave in June, the month that the rains begin",
        ),
        (
            "The study found that most of the pupils were taught by two teachers, a threefold rise "
            "since 1990.",
            "that most of the pupils were taught by two teachers, a threefold rise since 1990",
        ),
    ],
)
def test_a_closing_remark_on_the_whole_clause_is_the_writers(sentence, content):
    assert get_nlp()(sentence)._.quotes[0]["text"] == content


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Firefighters and arson investigators claim no link between the two fires was ever found.",
            "Firefighters",
            "no link between the two fires was ever found",
        ),
        (
            "The mayor said the evidence was weak and needed further review.",
            "The mayor",
            "the evidence was weak and needed further review",
        ),
        (
            "The mayor said the old bridge was unsafe and needed to be repaired.",
            "The mayor",
            "the old bridge was unsafe and needed to be repaired",
        ),
        (
            "When choosing which trees to cut, the crews consider the age of the tree, she said.",
            "she",
            "When choosing which trees to cut, the crews consider the age of the tree",
        ),
    ],
)
def test_a_compound_subject_a_things_own_act_and_a_timed_opening_stay(sentence, speaker, content):
    found = get_nlp()(sentence)._.quotes
    assert [(q["speaker_text"], q["text"]) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The study said 30 firms would pay $5 billion more, “enough to fund every school in the county,” "
            "under the new law.",
            "30 firms would pay $5 billion more, “enough to fund every school in the county,” "
            "under the new law",
        ),
        (
            "The report found that 40 companies would owe $90 billion, “more than the entire budget of the "
            "state,” if they paid the full rate.",
            "that 40 companies would owe $90 billion, “more than the entire budget of the state,” "
            "if they paid the full rate",
        ),
        (
            "The mayor said the city would borrow $40 million, “the most in its history,” "
            "to rebuild the harbour.",
            "the city would borrow $40 million, “the most in its history,” to rebuild the harbour",
        ),
    ],
)
def test_a_report_runs_on_past_a_quotation_inside_it(sentence, content):
    found = get_nlp()(sentence)._.quotes
    assert [(q["kind"], q["text"]) for q in found] == [("mixed", content)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The union said wages had fallen, and “workers will walk out” unless the board approves a raise.",
            "The union",
            "wages had fallen, and “workers will walk out” unless the board approves a raise",
        ),
        (
            "She said the clinic was short of staff, but “nobody is giving up” on the patients.",
            "She",
            "the clinic was short of staff, but “nobody is giving up” on the patients",
        ),
        (
            "The coach said the season had been long, and “the players need a rest” "
            "before the playoffs start.",
            "The coach",
            "the season had been long, and “the players need a rest” before the playoffs start",
        ),
    ],
)
def test_a_quoted_clause_conjoined_to_the_cue_is_more_of_the_report(sentence, speaker, content):
    found = get_nlp()(sentence)._.quotes
    assert [(q["speaker_text"], q["text"]) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    ("sentence", "not_speaker"),
    [
        (
            "The governor said taxes were too high, and “we are going to cut” them if the voters agree.",
            "the voters",
        ),
        ("Rents keep rising and “nobody can afford to stay” unless the landlords agree.", "the landlords"),
        ("The port will close and “the town will starve” because the owners say so.", "the owners"),
    ],
)
def test_a_cue_in_a_subordinate_clause_after_a_quotation_does_not_credit_it(sentence, not_speaker):
    found = get_nlp()(sentence)._.quotes
    assert not_speaker not in [q["speaker_text"] for q in found]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Health officials have confirmed one of the deaths at the home the past two weeks "
            "was linked to the heat.",
            "one of the deaths at the home the past two weeks was linked to the heat",
        ),
        (
            "The agency has confirmed one of the floods in the valley the past three years "
            "was caused by a dam failure.",
            "one of the floods in the valley the past three years was caused by a dam failure",
        ),
    ],
)
def test_a_time_read_as_the_subject_of_a_report_leaves_the_subject_before_it_in(sentence, content):
    found = get_nlp()(sentence)._.quotes
    assert [q["text"].rstrip(".") for q in found] == [content]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The minister has said the rockets were there to stop raids "
            "and expected the neighbours to accept it.",
            "the rockets were there to stop raids",
        ),
        (
            "The coach has said the pitch was too wet to play on and hoped the league would move the game.",
            "the pitch was too wet to play on",
        ),
    ],
)
def test_what_a_speaker_did_next_ends_a_report_in_the_perfect(sentence, content):
    found = get_nlp()(sentence)._.quotes
    assert [q["text"] for q in found] == [content]


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        (
            "The coalition said the bombing destroyed a depot and vowed to press on with the campaign.",
            [
                ("The coalition", "the bombing destroyed a depot"),
                ("The coalition", "to press on with the campaign"),
            ],
        ),
        (
            "The mayor has said the flood damaged hundreds of homes and asked residents to boil water.",
            [("The mayor", "the flood damaged hundreds of homes"), ("The mayor", "residents to boil water")],
        ),
        (
            "Ankara has said the operation will go on and warned Damascus against any reprisal.",
            [("Ankara", "the operation will go on"), ("Ankara", "Damascus against any reprisal")],
        ),
    ],
)
def test_the_speakers_next_act_after_a_report_of_a_thing_is_the_speakers(sentence, quotes):
    found = get_nlp()(sentence)._.quotes
    assert [(q["speaker_text"], q["text"]) for q in found] == quotes


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The senator said the minister lied and urged voters to reject him.",
            "the minister lied and urged voters to reject him",
        ),
        (
            "The minister has said the plan was approved and welcomed by the allies.",
            "the plan was approved and welcomed by the allies",
        ),
    ],
)
def test_a_persons_act_or_a_passive_conjunct_stays_in_the_report(sentence, content):
    found = get_nlp()(sentence)._.quotes
    assert [q["text"] for q in found] == [content]


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        (
            "The mayor said the levy would pass, “if the council keeps its nerve,” "
            "a forecast that few shared.",
            [("The mayor", "the levy would pass, “if the council keeps its nerve")],
        ),
        (
            "The coach said the squad would be ready, “every one of them,” "
            "which the club doctor says is unlikely.",
            [
                ("The coach", "the squad would be ready, “every one of them"),
                ("the club doctor", "is unlikely"),
            ],
        ),
        (
            "The envoy said the truce would last, “at least until the harvest,” "
            "speaking to reporters in Oslo.",
            [("The envoy", "the truce would last, “at least until the harvest")],
        ),
    ],
)
def test_a_report_past_a_quotation_stops_where_a_comma_inside_it_sets_off_a_tail(sentence, quotes):
    found = get_nlp()(sentence)._.quotes
    assert [(q["speaker_text"], q["text"]) for q in found] == quotes


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The mayor said the pool would reopen, “in time for the summer holidays,” "
            "as parents had demanded.",
            "The mayor",
            "the pool would reopen, “in time for the summer holidays",
        ),
        (
            "The minister said the bridge would open, “within a matter of weeks,” "
            "as engineers had predicted.",
            "The minister",
            "the bridge would open, “within a matter of weeks",
        ),
        (
            "“The league is broken,” as one club chairman put it on Monday.",
            "one club chairman",
            "The league is broken",
        ),
        (
            "“The league is broken,” as the columnist wrote last week.",
            "the columnist",
            "The league is broken",
        ),
    ],
)
def test_an_as_clause_of_asking_or_foretelling_credits_no_quotation(sentence, speaker, content):
    found = get_nlp()(sentence)._.quotes
    assert [(q["speaker_text"], q["text"]) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The ministry released a report this week showing a sharp rise in road deaths across the region.",
            "a report this week showing a sharp rise in road deaths across the region",
        ),
        (
            "Republicans proposed legislation last week that would limit the agency's powers.",
            "legislation last week that would limit the agency's powers",
        ),
    ],
)
def test_a_time_between_a_reported_object_and_what_describes_it_stays_inside(sentence, content):
    found = get_nlp()(sentence)._.quotes
    assert [q["text"] for q in found] == [content]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Critics blasted the decision to cut funding for schools and the timing of the announcement.",
            "the decision to cut funding for schools and the timing of the announcement",
        ),
        (
            "The group condemned the arrests of journalists in the capital last week "
            "and the closure of two newspapers.",
            "the arrests of journalists in the capital last week and the closure of two newspapers",
        ),
    ],
)
def test_a_second_object_the_parse_hung_on_the_cue_stays_in_the_report(sentence, content):
    found = get_nlp()(sentence)._.quotes
    assert [q["text"] for q in found] == [content]


def _broken_at(text: str, word: str):
    """The doc through the whole pipeline with a sentence break forced before a word."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    for token in doc:
        token.is_sent_start = token.i == 0 or token.text == word
    doc._.dateline = None
    doc._.published = None
    doc._.warnings = []
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


@pytest.mark.parametrize(
    ("sentence", "word", "content"),
    [
        (
            "The coach said he thought the 3rd Division title was within reach this season.",
            "Division",
            "he thought the 3rd Division title was within reach this season",
        ),
        (
            "The senator criticized the 9th Circuit Court of Appeals for its ruling on the ban.",
            "Circuit",
            "the 9th Circuit Court of Appeals for its ruling on the ban",
        ),
        (
            "The group said the company moved its plant to the U.S. Workers in Ohio lost their jobs.",
            "Workers",
            "the company moved its plant to the U.S.",
        ),
        ("The mayor said the plan was dead. Council members agreed.", "Council", "the plan was dead"),
        # a headline, a list item or a byline on the next line is no more of the report
        ("The treasurer said the levy would pass\nVoters Back School Levy", "Voters", "the levy would pass"),
        ("Crews said these lanes stay shut\n- North Road", "-", "these lanes stay shut"),
        ("The warden said the inmates were moved\nBy Dana Reyes", "By", "the inmates were moved"),
    ],
)
def test_a_report_runs_on_across_a_sentence_break_the_text_does_not_have(sentence, word, content):
    doc = _broken_at(sentence, word)
    assert [q["text"] for q in doc._.quotes] == [content]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "The factory will close, the company said Tuesday, putting 400 people out of work.",
            ["The factory will close", "putting 400 people out of work"],
        ),
        (
            "The governor will sign the bill, his spokesman said, because it protects small farms.",
            ["The governor will sign the bill", "because it protects small farms"],
        ),
        (
            "Turnout was high, election officials said, with long lines reported in several districts.",
            ["Turnout was high", "with long lines reported in several districts"],
        ),
    ],
)
def test_a_report_before_its_cue_goes_on_after_the_cue_clause(sentence, parts):
    found = get_nlp()(sentence)._.quotes
    assert len(found) == 1
    assert [sentence[a:b] for a, b in found[0]["parts"]] == parts


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Prices will rise, the minister said, speaking to reporters in Paris.", "Prices will rise"),
        ("The talks failed, the minister said, adding that both sides would meet again.", "The talks failed"),
        ("The deal is done, the treasurer said, smiling broadly at the cameras.", "The deal is done"),
        ("The strike will go ahead, union leaders said, wearing green armbands.", "The strike will go ahead"),
        ("Our crew did all it could, the skipper said, choking back tears.", "Our crew did all it could"),
    ],
)
def test_a_report_or_scene_of_its_own_after_the_cue_clause_stays_out(sentence, content):
    found = get_nlp()(sentence)._.quotes
    assert found[0]["text"] == content
    assert found[0]["parts"] is None


def test_a_relative_clause_after_a_reported_clause_leaves_the_addressee_out():
    sentence = (
        'An official told the AP that the crew "was ordered to sign deals in secret" '
        "that would allow the buyers to take the grain at the port."
    )
    found = get_nlp()(sentence)._.quotes
    assert [q["text"][:14] for q in found] == ["that the crew "]


def test_a_quotation_missing_its_closing_mark_does_not_run_on_into_the_next_source():
    doc = _run(
        'Mayor Tilde Rask said: "We will rebuild the bridge. It will take two years.\n\n'
        "The council met on Tuesday to approve the budget for the new school.\n\n"
        '"The work is on schedule," said Omar Vell, the head of the school.'
    )
    vell = [q for q in doc._.quotes if q["speaker_text"] and "Omar Vell" in q["speaker_text"]]
    assert [q["text"] for q in vell] == ["The work is on schedule"]
    assert not [q for q in doc._.quotes if "council met" in q["text"]]


def test_a_sergeant_quoted_after_the_quote_is_the_whole_named_person():
    doc = _run('"We found the car near the river," said Sgt. Ana Ruiz of the Marlow police.')
    (quote,) = doc._.quotes
    speaker = next(e for e in doc._.entities if e["id"] == quote["speaker"])
    assert speaker["name"] == "Ana Ruiz" and speaker["type"] == "PERSON"


_INTERVIEW = (
    "The Fenwick Herald spoke to Dana Pirel, who led the strike at the Marlow mill. "
    "Pirel has worked there for twenty years.\n\n"
    "Q: Why did the workers walk out?\n\n"
    "A: They were not paid for three months. Nobody would talk to them.\n\n"
    "Q: What happens next?\n\n"
    "A: We go back to the table on Monday.\n\n"
    "We will keep pushing until the mill pays what it owes.\n\n"
    "Q: Are you hopeful?\n\n"
    "A: Yes, because the town stands with us.\n\n"
    "The owners of the mill did not answer questions."
)


def test_the_answers_of_an_interview_are_the_interviewed_person_s_words():
    doc = _run(_INTERVIEW)
    answers = [q for q in doc._.quotes if q["cue"] == ":"]
    assert [q["text"][:20] for q in answers] == [
        "They were not paid f",
        "We go back to the ta",
        "Yes, because the tow",
    ]
    assert answers[1]["text"].endswith("what it owes.")
    assert {q["speaker_text"] for q in answers} == {"Dana Pirel"}
    assert not [q for q in doc._.quotes if "walk out" in q["text"] or "hopeful" in q["text"]]


_CLOSED_INTERVIEW = (
    "Tessa Marn, who runs the ferry to Oskel, spoke to the Brindle Post about the fares.\n\n"
    "Q: Why did the fares rise?\n\n"
    "A: Fuel costs doubled this year.\n\n"
    "The harbour's owner, Bo Hale, declined to comment.\n\n"
    "Q: Will they fall again?\n\n"
    "A: Not before the spring, I think.\n\n"
    "We will keep the night boat either way.\n\n"
    "(The interview has been edited for length.)\n\n"
    "Q: Thank you.\n\n"
    "A: Thank you for coming."
)


def test_an_interview_answer_ends_where_the_writer_speaks_again():
    doc = _run(_CLOSED_INTERVIEW)
    answers = [q for q in doc._.quotes if q["cue"] == ":"]
    assert [q["text"] for q in answers] == [
        "Fuel costs doubled this year.",
        "Not before the spring, I think.\n\nWe will keep the night boat either way.",
        "Thank you for coming.",
    ]
    assert {q["speaker_text"] for q in answers} == {"Tessa Marn"}


def test_an_interview_answer_with_its_own_cited_quotation_is_that_quotation():
    doc = _run(
        "Tessa Marn, who runs the ferry to Oskel, spoke to the Brindle Post about the fares.\n\n"
        "Q: Why did the fares rise?\n\n"
        'A: "Fuel costs doubled this year," she said. "Nobody could hold the old fares."\n\n'
        "Q: Will they fall again?\n\n"
        "A: Not before the spring, I think."
    )
    fuel = [q for q in doc._.quotes if "Fuel costs" in q["text"]]
    assert len(fuel) == 1
    assert (fuel[0]["kind"], fuel[0]["cue"]) == ("direct", "said")
    assert not [p for p in fuel[0]["parts"] if "said" in doc.text[p[0] : p[1]]]


def test_one_question_and_answer_line_is_no_interview():
    doc = _run("The board met.\n\nQ: Was the vote close?\n\nA: It was not close at all, the chair said.")
    assert not [q for q in doc._.quotes if q["cue"] == ":"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("It is a tiny share of the $80 million analysts say the league will lose this season.", "analysts"),
    ],
)
def test_the_noun_of_people_before_a_cue_in_a_relative_clause_without_relative_word_is_its_speaker(
    text, speaker
):
    doc = _run(text)
    assert [q["speaker_text"] for q in doc._.quotes] == [speaker]


def test_an_explainers_answers_are_no_named_persons():
    doc = _run(
        "President Ilse Varga announced a new mask rule on Monday.\n\n"
        "Q: Who must wear masks?\n\nA: Everyone over the age of two on buses.\n\n"
        "Q: When does it start?\n\nA: The rule takes effect on March 1."
    )
    answers = [q for q in doc._.quotes if q["cue"] == ":"]
    assert len(answers) == 2
    assert all(q["speaker_text"] is None for q in answers)


def test_a_bylines_writer_does_not_answer_the_interview():
    doc = _run(
        "By Tomas Brel\n\nTomas Brel asked the mill owner Dana Pirel about the strike in an interview. "
        "Tomas Brel has covered the mill since 1990.\n\n"
        "Q: Why did the workers walk out?\n\nA: They were owed two months of wages.\n\n"
        "Q: What happens next?\n\nA: We will pay them on Friday."
    )
    answers = [q for q in doc._.quotes if q["cue"] == ":"]
    assert len(answers) == 2
    assert {q["speaker_text"] for q in answers} == {"Dana Pirel"}


def test_a_quotation_carries_on_across_windows_paragraph_breaks():
    doc = _run(
        '"We will not close the mill," said Dana Pirel. "We owe the town that.\r\n\r\n'
        '"The workers will be paid in full this week," she added.'
    )
    assert any("paid in full" in q["text"] and "owe the town" in q["text"] for q in doc._.quotes)


@pytest.mark.parametrize(
    ("sentence", "speaker", "parts"),
    [
        (
            "The new mill, according to Ms. Pardo, lost money last year.",
            "Ms. Pardo",
            ["The new mill", "lost money last year"],
        ),
        (
            "The bridge over the Dorva, according to the Varna council, will close in May.",
            "the Varna council",
            ["The bridge over the Dorva", "will close in May"],
        ),
    ],
)
def test_an_according_to_phrase_set_off_inside_its_clause_sources_the_clause_around_it(
    sentence, speaker, parts
):
    quote = next(q for q in get_nlp()(sentence)._.quotes if q["cue"].lower() == "according to")
    assert quote["speaker_text"] == speaker
    assert [sentence[a:b] for a, b in quote["parts"]] == parts


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "The Varna budget, according to a leaked memo, raises fuel taxes, but the minister denied it.",
            "The Varna budget, according to a leaked memo, raises fuel taxes",
        ),
        (
            "The ferries, according to the port office, were late again, and the mayor, who was there,"
            " agreed.",
            "The ferries, according to the port office, were late again",
        ),
    ],
)
def test_an_according_to_aside_sources_only_the_clause_it_interrupts(sentence, text):
    quote = next(q for q in get_nlp()(sentence)._.quotes if q["cue"].lower() == "according to")
    assert quote["text"] == text


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "The Dorva dam, according to engineers, is safe, while residents remain worried.",
            "The Dorva dam, according to engineers, is safe",
        ),
        (
            "The Varna plan, according to the memo, shows that bread prices will rise next year.",
            "The Varna plan, according to the memo, shows that bread prices will rise next year",
        ),
    ],
)
def test_an_according_to_aside_keeps_the_predicates_complement_and_not_a_contrasting_clause(sentence, text):
    quote = next(q for q in get_nlp()(sentence)._.quotes if q["cue"].lower() == "according to")
    assert quote["text"] == text


def test_an_according_to_aside_before_a_last_word_according_reads_without_error():
    sentence = "The Dorva bridge, according to the council, will close, according"
    quote = next(q for q in get_nlp()(sentence)._.quotes if q["cue"].lower() == "according to")
    assert quote["text"].startswith("The Dorva bridge")


def test_a_participle_on_the_subject_after_an_according_to_aside_stays_in_the_clause():
    sentence = "The Dorva bridge, according to the council, damaged by the floods, will close in June."
    quote = next(q for q in get_nlp()(sentence)._.quotes if q["cue"].lower() == "according to")
    assert quote["text"] == sentence[:-1]


def test_a_reporting_clause_after_an_according_to_aside_keeps_its_own_quote():
    sentence = "Bread prices, according to the Varna mill, will rise in May, the minister warned."
    quotes = get_nlp()(sentence)._.quotes
    assert any(q["cue"] == "warned" and q["text"].endswith("will rise in May") for q in quotes)
    assert not any("warned" in q["text"] for q in quotes)


def test_an_according_to_phrase_after_a_finished_clause_sources_only_that_clause():
    sentence = "Mr. Orlan left the mill in March, according to his lawyer, and moved to Dravik."
    quote = next(q for q in get_nlp()(sentence)._.quotes if q["cue"].lower() == "according to")
    assert quote["text"] == "Mr. Orlan left the mill in March" and quote["parts"] is None


def test_an_opening_according_to_phrase_ends_past_a_relative_clause_on_its_source():
    sentence = (
        "According to Ms. Pardo, who runs the mill, the plant lost money and the workers were not paid."
    )
    quote = next(q for q in get_nlp()(sentence)._.quotes if q["cue"] == "According to")
    assert quote["speaker_text"] == "Ms. Pardo"
    assert quote["text"] == "the plant lost money and the workers were not paid"
