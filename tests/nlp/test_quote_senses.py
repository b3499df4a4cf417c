"""Only statements are quotes: cue senses, realised uses, speakers and their kinds.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp
from dateline.nlp.quote_cues import cues
from dateline.nlp.quote_geometry import QuoteGeometry
from dateline.nlp.quote_marks import pair_quotes
from dateline.nlp.quote_speakers import Attributor

NON_STATEMENTS = [
    "Both wrestlers weighed in on the eve of the final.",
    "The minister spoke on the eve of the summit.",
    # thinking and believing
    "The mayor thinks the bridge will be finished by spring.",
    "Many farmers believe the drought will last another year.",
    "The coach felt that his players had been treated unfairly.",
    "Residents doubt that the new tram line will ever open.",
    "The senator wondered whether the vote would be delayed again.",
    "Investigators suspect that the fire started in the kitchen.",
    "Most economists assume that interest rates will stay low.",
    "The minister considered the offer for several days.",
    "Some teachers reckon the exams were too easy this year.",
    "The fans imagined that the club would sign a new striker.",
    # knowing, learning, realising
    "The governor knows that the budget is in trouble.",
    "Officials learned that the shipment had been delayed in port.",
    "The family only learned of the accident the next morning.",
    "Voters understand that the tax will fall on landlords.",
    "The pilot realized that one engine had stopped working.",
    "Engineers discovered that the dam had a small crack.",
    "The committee noticed that several invoices were missing.",
    "Nobody remembered that the meeting had been moved to Friday.",
    "The auditors found out about the loan only last week.",
    "She recognized that the plan had little support in the party.",
    # wanting, hoping, expecting, preferring
    "The union wants a pay rise of five per cent.",
    "The company wants to open two new factories next year.",
    "Parents hope that the school will reopen after the floods.",
    "The president hopes to visit the region before the summer.",
    "Analysts expect the central bank to cut rates in June.",
    "Farmers expect a poor harvest after the dry winter.",
    "The club would prefer to play its home games in the old stadium.",
    "The town needs a new hospital, residents wish.",
    "Most shoppers wish that prices would come down.",
    "The airline is expected to announce new routes next month.",
    # fearing and worrying
    "Doctors fear that the outbreak could spread to nearby villages.",
    "Shop owners worry that the new road will take away customers.",
    "The ministry regrets that the talks have stalled.",
    # estimating and calculating
    "The ministry estimates that forty thousand homes were damaged.",
    "The cost of the stadium is estimated at two billion dollars.",
    "About three hundred people are estimated to have left the island.",
    "The bank calculated that the merger would save millions.",
    "Sales are projected to rise by ten per cent next year.",
    "Engineers estimated the repairs at four million euros.",
    # planning, intending, deciding, trying
    "Harper plans to ask the House to extend the mission this week.",
    "The mayor plans to tell the council about the new budget on Monday.",
    "The company intends to announce its results in March.",
    "The government decided to close the border for two weeks.",
    "The minister aims to present the bill before the recess.",
    "The opposition is trying to persuade voters to reject the plan.",
    "The council means to ask residents for their views next year.",
    "The board is preparing to announce a new chief executive.",
    "The senator wants to tell voters about her new health plan.",
    # not responding, declining
    "The company did not respond to requests for comment.",
    "A spokesman for the ministry did not immediately respond to questions.",
    "The embassy declined to comment on the arrest.",
    "The player refused to discuss his contract with reporters.",
    "The mayor's office did not return calls seeking comment.",
    "The minister declined to say whether the tax would rise.",
    "The agency has yet to explain why the flights were cancelled.",
    # naming without anyone doing it
    "The storm, dubbed Ophelia, reached the coast on Sunday.",
    "The new plan has been called a disaster for small farms.",
    "The anti-graft drive, dubbed Clean Hands, ended in 2019.",
    "The district is labeled a flood zone on the old maps.",
    "The building, described as unsafe in 2010, was finally demolished.",
    # accusing in the passive, with no accuser
    "The former minister has been accused of taking bribes.",
    "Two officers were accused of beating a prisoner.",
    "The company is accused of dumping waste into the river.",
    # a headline passive with its auxiliary left out names no accuser or critic
    "Driver accused of stealing a delivery van.",
    "Striker blamed for the cup defeat.",
    "Landlord accused of ignoring damp in his flats.",
    # who was questioned or urged, with nothing of what was asked
    "Officers questioned Maria Lopez for two hours.",
    "Detectives questioned him again on Friday.",
    "The coach urged them.",
    # practical senses of verbs that also report speech
    "Rebels attacked the army base before dawn.",
    "The bank backed the loan with government bonds.",
    "Troops hit the town with heavy artillery overnight.",
    "The crowd welcomed the players at the airport.",
    "Police defended the station against the mob.",
    "Troops defended the bridge for three days.",
    # "as" clauses that report nobody's words
    "The council cut the budget as promised.",
    "Prices rose as expected, and the shops stayed open late.",
    # "as" clauses of something going on: when, not who said it
    "As the shelling continued, hundreds of families left the valley.",
    "As the talks went on into the night, the rebels moved toward the port.",
    "As the truce held, the first aid convoy crossed the bridge.",
    "As the storm echoed through the hills, the villagers stayed indoors.",
    # gerunds of saying that nobody performs
    "It goes without saying that the roads in the north are bad.",
    "It is worth noting that the bridge is older than the town hall.",
    # the writer's own aside: an empty "it" with a modal passive of saying
    "It should be noted that the old mill was closed for most of the year.",
    "It must be stressed that the harvest figures are only provisional.",
    "It could be argued that the canal was never worth its cost.",
    "The mayor stopped short of calling the fire an act of arson.",
    # showing without a document that shows it
    "The rebels showed no sign of retreat.",
    "The player showed great skill in the final.",
    "Thousands marched, many holding signs with slogans such as, “Less Money on Roads, More on Schools.”",
    # reading (learning from a text) and releasing what is no text
    "She read that taxes had risen again.",
    "The rebels released the hostages on Friday.",
    "The factory released a cloud of smoke over the town.",
    # speaking on some terms, about nothing reported
    "Two officials spoke on condition of anonymity.",
    "A lawyer spoke on behalf of the family at the hearing.",
    "The mayor spoke on the record for the first time.",
    # wording verbs outside an "as … it" clause
    "The workers put the boxes on the truck before noon.",
    "She put it on the kitchen table and left.",
    "Small gestures such as saying thank you matter to the staff.",
    # calling a meeting, not calling for something
    "The mayor called the meeting for Monday.",
    "The chair called the vote on the budget for noon.",
    # a thing causing or risking what a request or promise would have someone ask or promise
    "It would encourage farmers to plant earlier in the year.",
    "This threatens to undo ten years of work on the river banks.",
    "It promises to be a long night for the rescue teams.",
    "That promises a long night for the rescue teams.",
    # a thing backing or opposing a text takes no stand
    "That backs the plan for a second bridge over the river.",
    "It supports the budget proposal from the council.",
    "This opposes the new parking resolution.",
    # a quality or a doctrine asks and threatens nothing; a time that "confirmed" is an event
    "In the north, sectarianism threatens to undo a decade of progress.",
    "Across the region, nationalism urges voters to look inward.",
    "She lost her job in the spring, which confirmed what her brother had feared.",
    "Across the region, there is a nationalism that urges voters to look inward.",
    "The town has a deep fatalism that encourages young people to leave.",
    # a relative clause saying whom someone spoke to, not what was said
    "The people she talked with about the plan were mostly farmers.",
    "Several economists I spoke to about the new budget were worried.",
    "The surveyors I talked with last month about the canal scheme disagreed.",
    # a letter's salutation names who is addressed, not who speaks
    "DEAR MARGARET: My brother has not paid back the money he borrowed in March.",
    # a concessive opener says nothing was said
    "That said, the old bridge is safe for now.",
    # a sentence before a colon is not what the cue after it reports
    "The county had been there already: Tom Baker declared war on litter in 1990.",
    "Farmers have been here often: Maria Lopez declared a drought emergency last year.",
    "It was all done by then: Tom Baker said goodbye to the staff.",
    # practical senses of verbs that can also judge or report
    "The general commanded the troops in the north for a decade.",
    "Workers smeared paint on the walls of the old school.",
    "The storm heralded the start of a long winter.",
    "The defenders rebuffed the attack on the northern gate.",
    "The pipeline conveys oil from the coast to the refinery.",
    "Police interrogated the driver for three hours.",
    # "post" reports only what it makes public as a text or recording
    "The young striker posted his fourth straight win on Sunday.",
    "The bakery posted strong profits for the third year running.",
    "The suspect posted bail a day after his arrest.",
    # goods and services for sale are offered, not a commitment made
    "The new mall in the old market district offers this unique service to shoppers.",
    "The bakery is also offering steep discounts on its bread this week.",
    # a response by force is no statement
    "Troops responded by storming the building.",
    "Soldiers at the gate responded with a barrage of tear gas at the marchers.",
    # a participle on a noun naming it: a title, not a statement
    "She fell in love with a script called “Silver Harbour,” a story about a fisherman who sings.",
    "The band released a song titled “Old Roads” last spring.",
    # a passive promise or offer with no agent: who was promised, not who promised
    "The young players were promised a trip to the final.",
    "Each volunteer was offered a free lunch and a shirt.",
    "Residents were offered free bus passes for a year.",
    # an inability to say or tell is no statement
    "Visitors can't tell that the new tower is taller than the old one.",
    "Words cannot describe how proud the town is of its rowing team.",
    # what someone says as the subject of the writer's own predicate ("Nothing X says is true")
    "Nothing the senator says is true unless it is written down.",
    "Everything the club announces is news to its fans.",
    "Little the spokesman says ever turns out to be wrong.",
    # a second sense shown by the object: killing or winning, refusing, arriving, force, a symptom
    "A two-car crash on the coast road claimed the lives of three teenagers.",
    "Last summer's drought claimed the lives of several thousand cattle.",
    "The rowing club claimed the title for the third year running.",
    "The striker was denied a second goal by the referee's whistle.",
    "The young defendant was denied bail at the first hearing.",
    "Firefighters responded to the 300 block of Elm Street shortly after noon.",
    "Two officers responded to the scene of the crash on Route 9.",
    "Riot police responded with tear gas and rubber bullets as the crowd grew.",
    "The army responded with airstrikes on positions near the river.",
    "The navy responded by launching missiles at the radar sites on the coast.",
    "Border guards responded by firing tear gas at the crowd at the gate.",
    "The militia responded by shelling the northern suburbs of the city.",
    "The driver complained of chest pains and was taken to hospital.",
    "Two riders complained of head and shoulder pain after the fall.",
    # a request about being named says why a source is unnamed, not what it said
    "A diplomat at the embassy asked not to be named.",
    "One of the nurses asked that her name not be used.",
    # a participle describing a noun names a work, it does not credit the title after it
    "There are more resources than ever, from new studies to a recently written guide for parents, "
    "“Raising Children in a Digital World.”",
    "The shop stocked a newly published memoir, “Forty Years on the Night Shift at the Mill.”",
    "Critics admired a widely quoted passage, “the sea keeps every promise it never made,” in the novel.",
    # sending someone on is no report ("referred to the study" is)
    "The doctor referred the patient to a specialist in Boston.",
    "The clinic referred the two boys to a counsellor at their school.",
    # a participle opening or a noun phrase before a passive cue is no report of it
    "Wrapped in a shawl, the old woman sighs deeply as she rests.",
    "A benefit for the shelter, it will be held on Saturday at the park.",
    # a negated cue with an indirect question names what was left unsaid
    "Police have not disclosed how the suspect escaped from the van.",
    "The minister did not say whether she would resign before the vote.",
    "The company would not explain why the plant in Leeds had closed.",
    # an inability: "could not"
    "Voters could not say what the new tax would pay for.",
    # a passive request to do something, with no one said to ask
    "Anyone with information about the fire is asked to call the sheriff's office.",
    "Residents along the river were urged to leave their homes before dark.",
    # a participle clause of accusing with no subject is a passive: who accused is not said
    "Two brothers remain in custody, accused of setting fire to a warehouse at the port.",
    "The coach was dropped from the team, blamed for the defeat in the final.",
    # a passive charge with "with" or "in" is a legal charge, not a statement
    "Coach who vanished is charged in theft of team funds.",
    "The former treasurer was charged with fraud on Monday.",
    # a naming participle after a noun and a comma names it
    "The council set up a new fund, called the “Clean River Trust.”",
    "The two unions formed a joint committee, named the “Fair Wages Forum.”",
    # a text given with nothing of what it says
    "The ministry issued a statement on Monday afternoon.",
    "The mayor offered a detailed response to the critics at the meeting.",
    # "weigh" without the particle "in", or "weigh in" at a weigh-in; a time phrase after a verb
    # that reports nothing through its preposition
    "Higher fuel costs weighed on the airline's shares last week.",
    "The challenger weighed in at 70 kilograms on Friday.",
    "The jury weighed the evidence for two days.",
    "The ferry left Tuesday for the islands.",
    "The bakery opened Monday on the corner of Mill Lane.",
    "The climbers waited this morning for the fog to lift.",
    "The council plans next month for a bigger car park.",
    # agreeing to do something is a deal or a decision, not words reported
    "The two mining firms agreed to merge their copper units by the end of the year.",
    "The striking nurses agreed to return to work on Monday.",
    "The defendant agreed to pay a fine of four thousand dollars under the plea deal.",
    # a cue in the future tells what is yet to be said: a plan or a schedule
    "The finance minister will discuss the pension reform with union leaders on Thursday.",
    "Two professors will talk about the history of the canal at the library next week.",
    "The airline will report its quarterly results after the market closes.",
    # a thing or a person found in a state is seen, not stated
    "Divers found the wreck lying on its side in deep water.",
    "Hikers found the trail blocked by fallen trees.",
    "Neighbours found the old man sitting alone in his garden.",
    "The latest flood finds farmers counting their losses again.",
    # a product called back is no memory told
    "The carmaker recalled 40,000 vans over faulty brakes.",
    "A bakery in Leeds recalled its bread after customers found glass in a loaf.",
    "The drug maker recalled three lots of its heart tablets.",
    # no one as the subject of a cue: nothing was said
    "Nobody said the old pier was unsafe before it collapsed.",
    "No official has explained why the trains were cancelled.",
    "None of the directors commented on the sale.",
    "No one at the ministry said the hospital would close.",
    # a negated cue with an indirect question after an adverb
    "The coast guard would not say exactly how its crews traced the stolen boat.",
    "The ministry would not say precisely when the border would reopen.",
    # a passive instruction with a to-clause and no one said to give it
    "The workers were told to leave the building by noon.",
    "Staff were instructed to lock every door.",
    "Residents were warned to boil their water.",
    # what a plan, budget, deal or bill provides is no request or pledge
    "The plan calls for deeper cuts to the road budget.",
    "The governor's budget proposes a tax on sugary drinks.",
    "The peace accord calls for the rebels to hand in their weapons.",
    "The new bill calls for a ban on plastic bags.",
]

STATEMENTS = [
    ("The minister did not say that she would resign before the vote.", "The minister"),
    ("The senator was asked whether she would run for governor.", None),
    ("The senator charged that the mayor had lied to the council.", "The senator"),
    ("The firm issued a statement saying the plant would reopen in May.", "The firm"),
    ("Critics called the new fund “a waste of money.”", "Critics"),
    ("The mayor said the bridge would be finished by spring.", "The mayor"),
    ("Officials announced that the shipment had been delayed in port.", "Officials"),
    ("The union demanded a pay rise of five per cent.", "The union"),
    ("The ministry warned that the outbreak could spread to nearby villages.", "The ministry"),
    ("“We will not give up on this town,” the governor told reporters on Monday.", "the governor"),
    ("The opposition leader accused the minister of taking bribes.", "The opposition leader"),
    ("The senator criticized the plan for ignoring small farms.", "The senator"),
    ("The report found that forty thousand homes were damaged.", "The report"),
    ("After the vote, the speaker went on to say that the bill would pass.", "the speaker"),
    ("The minister stressed the need for new roads in the north.", "The minister"),
    ("The senator chastised the agency for its slow response to the floods.", "The senator"),
    ("The coach outlined a plan to rebuild the team over two seasons.", "The coach"),
    ("The latest poll shows the mayor ahead by six points.", "The latest poll"),
    ("The minister cited the drought as the reason for the price rise.", "The minister"),
    ("“Our schools are thriving,” the letter reads.", "the letter"),
    ("The campaign released an ad attacking the senator's record on taxes.", "The campaign"),
    ("The company issued a statement saying it would appeal the ruling.", "The company"),
    (
        "As the harbour master pointed out, the boats cannot leave before the tide turns.",
        "the harbour master",
    ),
    ("Several council members questioned whether the tram would ever run.", "Several council members"),
    ("The new mayor proclaimed a day of mourning for the victims.", "The new mayor"),
    ("The union threatened a strike over the pay offer.", "The union"),
    ("The union urged its members to vote against the deal.", "The union"),
    ("She promised to cut the tax on small shops.", "She"),
    ("The senator was quoted as saying that the deal was dead.", "The senator"),
    ("Several council members have opposed the new parking resolution.", "Several council members"),
    ("The senator voted against the crime bill.", "The senator"),
    ("The mayor backed the plan to close the old port.", "The mayor"),
    # judging, recording and instructing out loud (VerbNet judgment-33, advise-37.9)
    ("The senator downplayed the risk of flooding in the valley.", "The senator"),
    ("The documentary chronicles the rise and fall of the steel town.", "The documentary"),
    ("The report documents how the river was polluted over two decades.", "The report"),
    ("The governor heralded the deal as a new start for the region.", "The governor"),
    ("The council censured the mayor for his remarks about the flood.", "The council"),
    ("The minister disavowed the comments made by her aide.", "The minister"),
    ("The museum posted a short video of the restored ceiling.", "The museum"),
    ("The coach instructed his players to keep the ball low.", "The coach"),
    ("The mayor blurted out that the budget was empty.", "The mayor"),
    ("Witnesses relayed that the driver had left before the police arrived.", "Witnesses"),
    ("The union repudiated the deal signed by its former leaders.", "The union"),
    # the same verbs in their statement sense
    ("The rebels claimed responsibility for the bombing of the bridge.", "The rebels"),
    ("The minister denied the allegations of bribery.", "The minister"),
    ("The senator responded with attacks on the governor's record.", "The senator"),
    ("Residents of the valley complained about the noise from the quarry.", "Residents of the valley"),
    ("One farmer, who asked to stay anonymous, said the shelling went on all night.", "One farmer"),
    # a relative "which" for a body that speaks; a people word ending like a quality
    ("The watchdog, which warned that prices would rise, kept its forecast.", "The watchdog"),
    ("A witness urged the jury to look at the video again.", "A witness"),
    # a concessive opener is no cue; the sentence's own cue is
    ("That said, the mayor insists the old bridge is safe.", "the mayor"),
    # agreeing that something is so, a text showing a state, the future inside what was said
    ("The council members agreed that the bridge needed urgent repairs.", "The council members"),
    ("The figures showed exports falling for a third month.", "The figures"),
    ("The video shows the suspect running from the store.", "The video"),
    ("The mayor said the city will announce a new recycling plan in May.", "The mayor"),
    # a name after its title, with or without commas, is not cut off
    ("Farm union leader Ada Quist called the new levy “a disgrace.”", "Farm union leader Ada Quist"),
    ('Acme Bank\'s chief economist Lena Ortiz called the rate cut "a gamble."', "Lena Ortiz"),
    ("The old miner recalled that the pit had flooded twice.", "The old miner"),
    ("One resident said no one had warned them about the flood.", "One resident"),
    ("The pupils were told by the head teacher to stay inside.", "the head teacher"),
    ("Passengers were told that the flight had been cancelled.", None),
    ("The report recommends that the old bridge be closed.", "The report"),
    ("The resolution demands an immediate ceasefire.", "The resolution"),
    (
        "“The cut is a gamble,” said Marlow Bank's chief economist Ines Varga.",
        "Marlow Bank's chief economist Ines Varga",
    ),
    (
        "The port's harbour master, Jonas Pell, said the ferry would run again.",
        "The port's harbour master, Jonas Pell",
    ),
    # "No" before a numeral is "number", a capitalised "Will" before a surname a first name
    ("No 10 said the chancellor still had the prime minister's backing.", "No 10"),
    ("Will Osgood told the hearing that the lease had expired.", "Will Osgood"),
    # a body of inquiry states what it finds, also a state
    ("The tribunal found the council failing in its duty of care.", "The tribunal"),
    # a thing a person recalls, or recalls as something, is a memory told, not a product called back
    ("The old driver recalled the van as a cold and crowded place.", "The old driver"),
    ("The veteran recalled a lot about his first winter at sea.", "The veteran"),
]


def _quotes(text: str) -> list[dict]:
    return get_nlp()(text)._.quotes


@pytest.mark.parametrize("sentence", NON_STATEMENTS)
def test_non_statement_gives_no_quote(sentence):
    assert _quotes(sentence) == []


def test_enough_non_statements():
    assert len(NON_STATEMENTS) >= 60


@pytest.mark.parametrize(("sentence", "speaker"), STATEMENTS)
def test_statement_gives_a_quote_with_its_speaker(sentence, speaker):
    quotes = _quotes(sentence)
    assert len(quotes) == 1, quotes
    assert quotes[0]["speaker_text"] == speaker


def test_every_cue_lemma_has_a_sense():
    lexicon = cues()
    frames = lexicon.clausal | lexicon.object | lexicon.infinitive | lexicon.naming
    frames |= set(lexicon.prepositional)
    assert not frames - set(lexicon.sense_of)
    assert all(lexicon.states(lemma) for lemma in frames)


def test_relative_pronoun_gives_way_to_its_antecedent():
    text = "The talks went on late. Jane Doe, who chairs the council, said the vote would be delayed."
    quote = next(q for q in _quotes(text) if "vote" in q["text"])
    assert quote["speaker_text"] == "Jane Doe"
    text = "The aid group, which runs three clinics in the city, said that supplies were running out."
    quote = _quotes(text)[0]
    assert quote["speaker_text"].startswith("The aid group") and quote["speaker_kind"] == "organisation"


def test_speaker_kinds():
    doc = get_nlp()(
        "A report by the watchdog found that the prisons were overcrowded. "
        "A source close to the talks said that no deal was near. "
        "Maria Lopez, the mayor, said that the road would reopen in May."
    )
    kinds = {q["speaker_text"]: q["speaker_kind"] for q in doc._.quotes}
    assert kinds["A report"] == "document"
    assert kinds["A source close to the talks"] == "unnamed"
    assert kinds["Maria Lopez"] == "person"


def test_quotations_in_one_paragraph_are_one_quote_and_a_quotation_paragraph_carries_on_the_turn():
    text = (
        "“The river is rising fast,” said Tom Reed, the harbour master. “We have moved the boats.”\n\n"
        "“Nobody knows how long the rain will last this week.”"
    )
    quotes = _quotes(text)
    assert len(quotes) == 2
    assert quotes[0]["text"].endswith("We have moved the boats.")
    assert quotes[0]["speaker_text"] == "Tom Reed"
    assert quotes[1]["speaker"] == quotes[0]["speaker"] and quotes[1]["cue"] is None
    quotes = _quotes("“The dam will hold,” said Ann Cole, the engineer.\n“We checked it twice on Sunday.”")
    assert [q["speaker_text"] for q in quotes] == ["Ann Cole", "Ann Cole"]


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own sentence after the cue clause may bring in someone else
        "“The pier is closed,” said Tom Reed. Fishermen disagree with him.\n\n“The boats can still go out.”",
        # the quotation shares its paragraph with more of the writer's words
        "“The pier is closed,” said Tom Reed.\n\n“The boats can still go out.” The ferry stopped at noon.",
        # a paragraph of the writer's lies between, whatever the line breaks
        "“The pier is closed,” said Tom Reed.\nThe ferry firm said sailings were cancelled.\n"
        "“The boats can still go out.”",
        "“The pier is closed,” said Tom Reed.\nSkipper Ann Cole disagreed.\n“The boats can still go out.”",
    ],
)
def test_a_quotation_paragraph_is_left_uncredited_when_the_turn_may_have_passed(text):
    quotes = [q for q in _quotes(text) if q["text"].startswith("The boats")]
    assert quotes and quotes[0]["speaker"] is None


def test_open_quotation_runs_on_to_the_next_paragraph():
    text = (
        "“The river is rising fast and we have moved the boats,” said Tom Reed. "
        "“The water will reach the square by night.\n\n"
        "“We have asked everyone near the quay to leave their homes.”"
    )
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0]["speaker_text"] == "Tom Reed"
    assert quotes[0]["text"].endswith("leave their homes.")


def test_as_clause_reports_the_rest_of_its_sentence():
    quote = _quotes("As the harbour master pointed out, the boats cannot leave before the tide turns.")[0]
    assert quote["text"].startswith("the boats cannot leave")
    assert quote["cue"] == "pointed out"


def test_parenthetical_cue_clause_is_left_out_of_the_quote():
    quotes = _quotes("The bridge, the mayor said, will reopen in May after the repairs.")
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote["speaker_text"] == "the mayor"
    text = "The bridge, the mayor said, will reopen in May after the repairs."
    assert [text[a:b] for a, b in quote["parts"]][0] == "The bridge"
    assert text[quote["parts"][1][0] :].startswith("will reopen in May")


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "The top earners would see a cut of 5 percent, the group said, "
            "compared with 1 percent for others.",
            "compared with 1 percent for others.",
        ),
        (
            "The scheme is unclear about who would be eligible, analysts say, including a rule on "
            "part-time workers.",
            "including a rule on part-time workers.",
        ),
    ],
)
def test_a_parenthetical_cue_clause_ends_before_the_rest_of_the_sentence(text, tail):
    quotes = _quotes(text)
    assert len(quotes) == 1 and len(quotes[0]["parts"]) == 2
    assert text[slice(*quotes[0]["parts"][1])] == tail


@pytest.mark.parametrize(
    ("text", "halves"),
    [
        (
            "The north paid 9 percent, the ministry said in its yearly report, "
            "but the south paid only 1 percent.",
            ["The north paid 9 percent", "the south paid only 1 percent"],
        ),
        (
            "The bridge is safe, the mayor said on Monday, but repairs will start in May.",
            ["The bridge is safe", "repairs will start in May"],
        ),
    ],
)
def test_a_report_goes_on_after_its_cue_clause(text, halves):
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0]["speaker_text"].startswith("the ")
    assert [text[a:b] for a, b in quotes[0]["parts"]] == halves


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The judge asked the lawyers if they had any more witnesses.", "if they had any more witnesses"),
        ("I asked my brother if he had paid the bill.", "if he had paid the bill"),
        (
            "The mayor said she would resign if the council voted against her.",
            "she would resign if the council",
        ),
    ],
)
def test_an_if_clause_is_the_question_of_a_verb_of_asking_only(text, reported):
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0]["text"].startswith(reported)


def test_a_title_in_quotation_marks_is_neither_speaker_nor_continuation():
    text = (
        "“The harbour will not close this winter, whatever the council says,” Ann Berg, the harbour "
        "master, said on Monday on Radio North’s “Morning Call.” “The boats need it open.”"
    )
    quotes = _quotes(text)
    assert quotes[0]["speaker_text"].startswith("Ann Berg")
    assert all("Morning Call" not in text[a:b] for a, b in quotes[0]["parts"] or [])


def test_noun_of_saying_with_its_source():
    quotes = _quotes("Few voters believed the governor’s promise that the tolls would be scrapped by June.")
    assert len(quotes) == 1
    assert quotes[0]["speaker_text"].startswith("the governor") and quotes[0]["cue"] == "promise"
    assert quotes[0]["text"] == "that the tolls would be scrapped by June"
    assert _quotes("The promise that the tolls would be scrapped was never kept.") == []


def test_gerund_after_a_preposition_takes_the_subject_of_its_verb():
    quote = _quotes("The coach ended the meeting by saying that the team would train on Sunday.")[0]
    assert quote["speaker_text"] == "The coach"


def test_a_long_speaker_phrase_still_credits_the_quote_and_its_second_part():
    text = (
        "“The budget is honest and balanced,” Ana Ruiz, head of the Institute for Fiscal Policy and a "
        "lecturer at the city college, said of the draft. “It will not raise taxes.”"
    )
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0]["speaker_text"] == "Ana Ruiz"
    assert [text[a:b] for a, b in quotes[0]["parts"]][1] == "It will not raise taxes."


def test_a_short_quotation_with_its_own_cue_is_a_quote():
    text = "“Yes,” she said. “We will stay until the end of the week.”"
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert [text[a:b] for a, b in quotes[0]["parts"]] == ["Yes", "We will stay until the end of the week."]
    assert _quotes("The new stadium is a “fresh start” for the town.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("When the judge asked again, the witness said “no.”", "no.", "the witness"),
        ("At the gate, the nurse had written “urgent care.”", "urgent care.", "the nurse"),
    ],
)
def test_a_short_quotation_ending_the_sentence_of_a_speech_verb_right_before_it(text, content, speaker):
    quotes = _quotes(text)
    assert [(q["kind"], q["text"], q["speaker_text"]) for q in quotes] == [("direct", content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “experts” were wrong again about the river.",
        "The paper reported “six shooting incidents” in the old town this year.",
        "On a form marked “next of kin,” the nurse wrote her sister's name.",
    ],
)
def test_a_short_quotation_going_on_into_its_sentence_is_no_direct_quote(text):
    assert all(q["kind"] != "direct" for q in _quotes(text))


def test_an_inverted_cue_before_a_colon_credits_the_quotation():
    quotes = _quotes("The talks ended late. Said the mayor: “We will meet again on Friday.”")
    assert [q["speaker_text"] for q in quotes] == ["the mayor"]


def test_reported_span_runs_to_the_end_of_its_sentence_but_not_over_when_it_was_said():
    quotes = _quotes(
        "The senator spoke of the long flights over the city, past the old harbour and the towers."
    )
    assert quotes[0]["text"] == "the long flights over the city, past the old harbour and the towers"
    assert _quotes("The union endorsed the candidate in July.")[0]["text"] == "the candidate"


def test_a_participle_running_on_from_a_reported_object_belongs_to_it():
    quote = _quotes(
        "The critics loudly disclosed the ugly picture of her brother making money from a private college."
    )[0]
    assert quote["text"] == "the ugly picture of her brother making money from a private college"
    quote = _quotes("The union criticized the plan, saying it would close two schools.")[0]
    assert quote["text"] == "the plan"


def test_a_dash_after_a_reported_object_opens_an_aside_but_not_inside_quotation_marks():
    praised = _quotes("The senator praised the new budget — the third in as many years — at a rally in Ohio.")
    assert praised[0]["text"] == "the new budget"
    cited = _quotes("The union cited the latest survey -- one of several that month -- in its letter.")
    assert cited[0]["text"] == "the latest survey"
    endorsed = _quotes("The mayor endorsed the “bold — and overdue” plan for the harbour.")
    assert endorsed[0]["text"] == "the “bold — and overdue” plan for the harbour"


def test_a_speaker_mention_that_runs_over_its_cue_is_cut_back_to_the_name():
    text = "“We lost the farm in one winter,” Jo Lee explained."
    doc = get_nlp()(text)
    attributor = Attributor(QuoteGeometry(doc, pair_quotes(text)[0]), cues())
    start, cue_start = text.index("Jo"), text.index("explained")
    tagged = {"speaker_start": start, "speaker_end": len(text) - 1, "speaker_text": "Jo Lee explained"}
    cut = attributor._without_cue(tagged, cue_start, cue_start + len("explained"))
    assert (cut["speaker_text"], cut["speaker_start"], cut["speaker_end"]) == ("Jo Lee", start, start + 6)


def test_a_cue_inside_a_noun_phrase_of_the_tail_is_no_second_report():
    quotes = _quotes(
        "The senator railed against the influence of donors, including the group backing the "
        "mayor that raised millions."
    )
    assert [q["text"] for q in quotes] == [
        "the influence of donors, including the group backing the mayor that raised millions"
    ]
    quotes = _quotes("The minister spoke of the flood defences, then told reporters that the wall held.")
    assert quotes[0]["text"] == "the flood defences"


def test_a_closing_aside_about_a_person_is_cut_but_a_which_clause_stays():
    quote = _quotes("The mayor said she would meet the new police chief, who took office in May.")[0]
    assert quote["text"] == "she would meet the new police chief"
    quote = _quotes("The coach said the team had moved to a new ground, which the club bought in 2019.")[0]
    assert quote["text"] == "the team had moved to a new ground, which the club bought in 2019"


def test_a_closing_which_clause_with_a_report_of_its_own_is_a_second_quote():
    quotes = _quotes("The coach blamed the referees for the late penalty, which he said had cost the game.")
    assert [q["text"] for q in quotes] == ["the referees for the late penalty", "had cost the game"]
    quote = _quotes("The mayor said the old pier would be rebuilt, which residents say is long overdue.")[0]
    assert quote["text"] == "the old pier would be rebuilt"


def test_a_time_stamp_paragraph_is_not_part_of_the_speaker():
    text = (
        "A spokesman for the council did not return calls seeking comment.\n\n___.\n\n3:40 p.m.\n\n"
        "Ana Ruiz says the library has no money left, and “we’re going to change” that if she wins."
    )
    assert [q["speaker_text"] for q in _quotes(text)] == ["Ana Ruiz"]


def test_according_to_a_document_credits_its_author():
    quotes = _quotes("According to a report by the river authority, the dam is safe for another decade.")
    assert quotes[0]["speaker_text"] == "the river authority"


def test_unquoted_text_after_a_cue_clause_ending_in_a_colon_is_a_quote_only_as_the_next_paragraph():
    text = (
        "The coach spoke after the match.\n\nThe coach added:\n\n"
        "We played well in the first half and then lost our shape. The second half was poor."
    )
    assert [q["speaker_text"] for q in _quotes(text)] == ["The coach"]
    quotes = _quotes("The coach added: “We played well in the first half and then lost our shape.”")
    assert [(q["speaker_text"], q["kind"]) for q in quotes] == [("The coach", "direct")]


def test_transcript_lines_opened_by_quotation_marks_keep_their_speaker_labels():
    text = (
        "The debate went on for an hour.\n\n"
        '"SMITH: We will build the bridge this year and we will pay for it.\n\n'
        '"JONES: Can you tell us how you will pay for it, sir?\n\n'
        '"SMITH: With the money we saved on the old tunnel."'
    )
    quotes = _quotes(text)
    assert [q["speaker_text"] for q in quotes] == ["SMITH", "JONES", "SMITH"]
    # The quotation mark opens before the label: the words are not set in marks of their own.
    assert {q["kind"] for q in quotes} == {"indirect"}


def test_a_gerund_after_for_or_of_is_said_by_the_object_of_its_verb():
    quote = _quotes("The council criticized the mayor for saying that the bridge was safe.")[0]
    assert quote["speaker_text"] == "the mayor" and quote["text"] == "that the bridge was safe"


def test_a_cue_tagged_as_a_noun_but_parsed_as_a_verb_is_a_cue():
    from spacy.tokens import Doc

    nlp = get_nlp()
    words = ["Smith", "claims", "that", "taxes", "rose"]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["PROPN", "NOUN", "SCONJ", "NOUN", "VERB"],
        tags=["NNP", "NNS", "IN", "NNS", "VBD"],
        heads=[1, 1, 4, 4, 1],
        deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp"],
        lemmas=["Smith", "claim", "that", "tax", "rise"],
    )
    assert cues().is_cue(doc[1])
    assert not cues().is_cue(doc[3])


def test_a_cue_clause_leading_into_the_next_quotation_is_not_the_earlier_ones():
    text = (
        "She laughed. “Of course I will come to the party. I was only joking.” "
        "To which he said, “Then we will see you on Friday at eight.”"
    )
    quotes = _quotes(text)
    assert [(q["speaker_text"], q["text"][:8]) for q in quotes] == [("he", "Then we ")]


def test_a_cue_reporting_its_own_clause_after_a_quotation_does_not_credit_it():
    text = (
        'The coach said that the replay did not offer "any proof of a foul in the box," but she '
        'added that the referee and his assistants "got the big calls right" during the match.'
    )
    quotes = _quotes(text)
    assert [q["text"][:20] for q in quotes] == ["that the replay did ", "that the referee and"]
    assert [q["kind"] for q in quotes] == ["mixed", "mixed"]


def test_a_quotation_after_a_colon_is_credited_by_a_cue_of_any_kind():
    quote = _quotes("The senator scolded him: “The evidence is overwhelmingly against you on this point.”")[0]
    assert quote["speaker_text"] == "The senator" and quote["text"].startswith("The evidence")


def test_when_and_where_it_was_said_is_not_what_was_called_for():
    quote = _quotes("The governor called for more school funding in a statement on Thursday.")[0]
    assert quote["text"] == "more school funding"


def test_a_gerund_on_a_medium_is_said_by_who_spoke_through_it():
    text = "The official spoke at a news conference announcing that her office was suing the state."
    quote = _quotes(text)[0]
    assert quote["speaker_text"] == "The official" and quote["text"].startswith("that her office")


def test_a_cue_reporting_words_before_its_quotation_makes_one_mixed_quote():
    text = (
        "The coach praised the goalkeeper and said he has the one gift a keeper needs: "
        '"Calm -- a quiet calm, and joined with courage."'
    )
    quote = next(q for q in _quotes(text) if q["cue"] == "said")
    assert quote["kind"] == "mixed" and quote["text"].startswith("he has the one gift")
    assert quote["text"].rstrip('."').endswith("courage")
    quote = _quotes('The mayor said: "We will rebuild the bridge next year."')[0]
    assert quote["kind"] == "direct" and quote["text"].startswith("We will")


def test_an_opening_according_to_phrase_ends_at_its_comma():
    quote = _quotes("According to the radio host Tom Bell, the decision reeks of “panic” and weakness.")[0]
    assert quote["speaker_text"] == "the radio host Tom Bell"
    assert quote["text"].startswith("the decision reeks")
    quote = _quotes("According to Maria Lopez, the mayor of the town, the road will reopen in May.")[0]
    assert quote["text"] == "the road will reopen in May"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "The good news is that, according to the land registry, the farm belongs to the state.",
            "the farm belongs to the state",
            "the land registry",
        ),
        (
            "The convoy turned back and, according to two drivers, the road had been mined.",
            "the road had been mined",
            "two drivers",
        ),
    ],
)
def test_an_according_to_phrase_after_a_conjunction_sources_the_clause_it_opens(sentence, content, speaker):
    quote = _quotes(sentence)[0]
    assert (quote["text"], quote["speaker_text"]) == (content, speaker)


def test_an_as_clause_of_a_source_still_reports_its_sentence():
    for sentence, speaker in [
        ("As the head of the water board noted, the reservoir is half empty.", "the head of the water board"),
        ("As the survey showed, most families own a car.", "the survey"),
        ("As the governor has said many times, the levee will hold.", "the governor"),
    ]:
        assert [q["speaker_text"] for q in _quotes(sentence)] == [speaker]


def test_a_response_by_saying_or_citing_is_still_a_statement():
    quote = _quotes("The ministry responded by saying the claims were false.")[0]
    assert quote["text"] == "the claims were false"
    assert _quotes("The senator responded by citing the budget figures.")[0]["speaker_text"] == "The senator"


def test_an_according_to_phrase_credits_the_quotation_after_it():
    text = "According to the coach, “We played our best game of the season. The fans deserved this win.”"
    quote = _quotes(text)[0]
    assert quote["kind"] == "direct" and quote["speaker_text"] == "the coach"
    assert quote["text"].startswith("We played") and quote["text"].endswith("this win.")


def test_a_headline_label_naming_a_kind_of_source_reports_its_line():
    quote = _quotes("Survey: Most commuters would pay more for faster trains\n\nIt asked 900 people.")[0]
    assert quote["speaker_text"] == "Survey" and quote["kind"] == "indirect"
    assert quote["text"] == "Most commuters would pay more for faster trains"
    assert _quotes("Photo: The old bridge at dawn after the storm\n\nThe bridge reopened.") == []


def test_a_noun_of_saying_takes_a_name_before_it_as_its_source():
    text = "The senator rejected the White House statement that the program was working."
    quote = next(q for q in _quotes(text) if q["cue"] == "statement")
    assert "White House" in quote["speaker_text"] and quote["text"] == "that the program was working"


def test_the_subject_of_a_passive_cue_is_who_was_told_not_the_speaker():
    quote = _quotes("She was told that the hearing had been moved to Friday.")[0]
    assert quote["speaker_text"] is None and quote["speaker"] is None
    assert quote["speaker_kind"] == "unknown"
    # an instruction to act with no one said to give it is a passive request, no statement
    assert _quotes("She was told to wait outside the courtroom.") == []


def test_a_name_right_before_a_finite_cue_without_a_parsed_subject_is_its_subject():
    from spacy.tokens import Doc

    from dateline.nlp.quote_geometry import QuoteGeometry
    from dateline.nlp.quote_speakers import Attributor

    nlp = get_nlp()
    words = ["After", "the", "games", ",", "Smith", "says", "that", "prices", "rose"]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, False, True, True, True, True, True, False],
        pos=["ADP", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "SCONJ", "NOUN", "VERB"],
        tags=["IN", "DT", "NNS", ",", "NNP", "VBZ", "IN", "NNS", "VBD"],
        heads=[5, 2, 0, 2, 2, 5, 8, 8, 5],
        deps=["prep", "det", "pobj", "punct", "appos", "ROOT", "mark", "nsubj", "ccomp"],
        lemmas=["after", "the", "game", ",", "Smith", "say", "that", "price", "rise"],
    )
    start = doc[4].idx
    doc._.entities = [
        {
            "id": "e1",
            "type": "PERSON",
            "name": "Smith",
            "mentions": [{"start": start, "end": start + 5, "text": "Smith"}],
        }
    ]
    attributor = Attributor(QuoteGeometry(doc, []), cues())
    assert attributor.subject_of(doc[5]).text == "Smith"
    assert attributor.subject_of(doc[8]).text == "prices"


def test_an_uncredited_quotation_right_before_a_credited_one_is_part_of_it():
    text = (
        "The vote was close.\n\n“It does not make the deficit worse.” “It has the virtue of being "
        "responsible,” said Jane Doe, an economist at the institute."
    )
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0]["speaker_text"] == "Jane Doe"
    assert quotes[0]["text"].startswith("It does not") and len(quotes[0]["parts"]) == 2


def test_a_closing_clause_with_a_report_of_its_own_is_a_second_quote():
    text = (
        "The coach said the cold weather often slows the players in the first half, though he "
        "noted fans are starting to arrive earlier."
    )
    assert [q["cue"] for q in _quotes(text)] == ["said", "noted"]
    assert _quotes(text)[0]["text"] == "the cold weather often slows the players in the first half"


def test_a_gerund_after_aside_from_or_a_bare_for_is_said_by_the_subject():
    quote = _quotes(
        "The chairman would not talk about the budget, aside from saying it will be balanced by June."
    )[0]
    assert quote["speaker_text"] == "The chairman" and quote["text"] == "it will be balanced by June"
    quote = _quotes("The senator apologized on Tuesday for saying that the old bridge was unsafe.")[0]
    assert quote["speaker_text"] == "The senator"
    quote = _quotes("The firm said in a letter announcing the merger that it was pleased.")[0]
    assert quote["speaker_text"] == "a letter"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Aid workers in the region said supplies were running low.", "Aid workers in the region"),
        ("Doctors Without Borders said its clinic had been hit twice.", "Doctors Without Borders"),
        ("Save the Children said that thousands of pupils had missed school.", "Save the Children"),
    ],
)
def test_a_speaker_name_is_not_cut(sentence, speaker):
    assert _quotes(sentence)[0]["speaker_text"] == speaker


def test_a_role_with_a_name_in_apposition_is_that_person():
    doc = get_nlp()("The head of the World Food Programme, David Beasley, said famine was near.")
    quote = doc._.quotes[0]
    names = {e["id"]: e["name"] for e in doc._.entities}
    assert quote["speaker_kind"] == "person" and names[quote["speaker"]] == "David Beasley"


def test_a_call_on_someone_to_act_reports_whom_and_what():
    quote = _quotes("The council urged calm and called on residents to stay indoors.")[0]
    assert quote["speaker_text"] == "The council" and quote["text"] == "residents to stay indoors"


def test_a_saying_inside_a_request_gives_way_to_the_request():
    sentence = "The union called on the minister to apologise for claiming that nurses were overpaid."
    texts = [q["text"] for q in _quotes(sentence)]
    assert texts == ["the minister to apologise for claiming that nurses were overpaid"]


def test_a_second_report_hung_inside_the_first_is_its_own_quote():
    quotes = _quotes("The minister said the plan was sound and suggested that critics had misread it.")
    assert [(q["speaker_text"], q["text"]) for q in quotes] == [
        ("The minister", "the plan was sound"),
        ("The minister", "that critics had misread it"),
    ]


def test_a_coordinated_report_of_someone_else_ends_the_first():
    quotes = _quotes("Republicans said the plan had failed and Democrats accused them of sabotage.")
    assert [(q["speaker_text"], q["text"]) for q in quotes] == [
        ("Republicans", "the plan had failed"),
        ("Democrats", "them of sabotage"),
    ]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Voters like him, she said.", "Voters like him", "she"),
        ("Plan unclear on costs, experts say.", "Plan unclear on costs", "experts"),
        ("People like Lee, he said.", "People like Lee", "he"),
    ],
)
def test_a_report_before_an_unlinked_cue_clause(sentence, content, speaker):
    quote = _quotes(sentence)[0]
    assert (quote["text"], quote["speaker_text"]) == (content, speaker)


def test_a_scene_setting_phrase_before_a_cue_clause_is_not_a_report():
    assert _quotes("In the morning, he said.") == []


def test_a_possessive_in_the_cue_clause_does_not_stop_the_attribution():
    sentence = "“My view, that was a mistake,” the city's former budget director said in an interview."
    quote = _quotes(sentence)[0]
    assert quote["kind"] == "direct" and quote["speaker_text"] == "the city's former budget director"


def test_what_a_person_finds_is_not_a_statement_but_what_a_study_finds_is():
    assert _quotes("Maria Lopez checked the tapes and found there had been three fouls.") == []
    assert _quotes("He will find it hard to win the seat back.") == []
    quote = _quotes("The study found that most pupils walk to school.")[0]
    assert quote["speaker_text"] == "The study" and quote["text"] == "that most pupils walk to school"


def test_who_was_told_is_not_part_of_what_was_reported():
    quote = _quotes("The company revealed its plans to reporters on Monday.")[0]
    assert quote["text"] == "its plans"


def test_a_prepositional_report_keeps_its_label():
    quote = _quotes("My uncle referred to the mayor as the king of potholes.")[0]
    assert quote["text"] == "the mayor as the king of potholes"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "The senator called the plan “a disaster for everyone.”",
            "the plan “a disaster for everyone.",
            "The senator",
        ),
        (
            "Union leaders branded the offer “an insult to our members” on Monday.",
            "the offer “an insult to our members",
            "Union leaders",
        ),
    ],
)
def test_a_label_in_quotation_marks_read_as_an_apposition_is_what_was_named(sentence, content, speaker):
    quote = _quotes(sentence)[0]
    assert (quote["text"], quote["speaker_text"], quote["kind"]) == (content, speaker, "mixed")


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "If the talks fail, he argues, there are other tools.",
            ["If the talks fail", "there are other tools."],
        ),
        (
            "If the council votes no, the mayor warned, the library will close.",
            ["If the council votes no", "the library will close"],
        ),
        ("Speaking to reporters, the mayor said, the library will close.", None),
    ],
)
def test_what_opens_a_sentence_before_a_parenthetical_cue_clause_is_part_of_the_report(sentence, parts):
    quote = _quotes(sentence)[0]
    found = [sentence[a:b] for a, b in quote["parts"]] if quote["parts"] else None
    assert found == parts
    assert quote["text"].endswith("close") or quote["text"].endswith("tools.")


def test_a_second_report_after_a_cue_in_the_first_clause_is_its_own_quote():
    sentence = (
        "The minister said the country would announce its decision soon "
        "and suggested that talks could resume."
    )
    quotes = _quotes(sentence)
    assert [q["text"] for q in quotes][-1] == "that talks could resume"
    assert quotes[-1]["speaker_text"] == "The minister"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "If, as the auditor has argued, the accounts were never checked, the board must answer for it.",
            "the accounts were never checked",
            "the auditor",
        ),
        (
            "As one reader pointed out with a neat chart, the gap between the two parties is huge.",
            "the gap between the two parties is huge.",
            "one reader",
        ),
    ],
)
def test_an_as_clause_reports_the_clause_it_sits_in(sentence, content, speaker):
    quote = _quotes(sentence)[0]
    assert (quote["text"], quote["speaker_text"]) == (content, speaker)


def test_an_as_clause_about_a_topic_reports_nothing():
    assert _quotes("As he went on about taxes, the crowd grew restless.") == []


def test_who_is_told_to_act_is_part_of_the_request():
    assert _quotes("The coach told his players to stay calm.")[0]["text"] == "his players to stay calm"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "In the latest poll, conducted last week, the mayor leads her rival by nine points.",
            "the mayor leads her rival by nine points",
            "the latest poll",
        ),
        (
            "Under the governor's plan, parking fees would double in the city centre.",
            "parking fees would double in the city centre",
            "the governor",
        ),
    ],
)
def test_a_sentence_opened_by_its_document_reports_what_the_document_says(sentence, content, speaker):
    quote = _quotes(sentence)[0]
    assert (quote["text"], quote["speaker_text"]) == (content, speaker)


@pytest.mark.parametrize(
    "sentence", ["In the morning, the road was closed.", "In his speech, the president looked tired."]
)
def test_a_sentence_opened_by_a_time_or_a_speech_is_not_a_report(sentence):
    assert _quotes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "By the mayor's own admission, the budget is far larger than last year's.",
            "the budget is far larger than last year's",
            "the mayor",
        ),
        ("By his account, the talks lasted until dawn.", "the talks lasted until dawn", "his"),
        (
            "In the words of one aide, the campaign is running out of money.",
            "the campaign is running out of money",
            "one aide",
        ),
    ],
)
def test_a_sentence_opened_by_whose_word_it_is_reports_what_they_said(sentence, content, speaker):
    assert [(q["text"], q["speaker_text"]) for q in _quotes(sentence)] == [(content, speaker)]


@pytest.mark.parametrize(
    "sentence",
    ["In other words, the bridge is closed.", "By the end of the day, the roads were closed."],
)
def test_a_sentence_opened_by_no_ones_words_is_not_a_report(sentence):
    assert _quotes(sentence) == []


def test_a_transcript_turn_goes_on_over_paragraphs_until_the_next_label():
    text = (
        "The interview went on.\n\n"
        '"SMITH: We will build the bridge this year.\n\n'
        '"And we will pay for it with the money we saved on the tunnel.\n\n'
        '"(CROSSTALK.)\n\n'
        '"JONES: Can you tell us how?'
    )
    quotes = _quotes(text)
    assert [q["speaker_text"] for q in quotes] == ["SMITH", "JONES"]
    assert len(quotes[0]["parts"]) == 2 and quotes[0]["text"].endswith("saved on the tunnel.")
    assert quotes[0]["kind"] == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "LONDON — The government will rebuild the flood walls, the minister said on Tuesday.",
        "WASHINGTON (AP) -- The government will rebuild the flood walls, the minister said on Tuesday.",
    ],
)
def test_a_dateline_is_not_part_of_what_was_said(text):
    assert _quotes(text)[0]["text"] == "The government will rebuild the flood walls"


def test_a_second_report_in_the_speakers_verb_form_is_the_speakers():
    quotes = _quotes("The senator said he would order a review of the deals and warned against hasty cuts.")
    assert [(q["speaker_text"], q["text"]) for q in quotes] == [
        ("The senator", "he would order a review of the deals"),
        ("The senator", "hasty cuts"),
    ]
    quote = _quotes("The mayor said the minister lied and claimed credit for the bridge.")[0]
    assert quote["text"] == "the minister lied and claimed credit for the bridge"


def test_an_according_to_phrase_is_not_part_of_a_report():
    quotes = _quotes("The singer mocked younger acts with cruel jokes, according to former producers.")
    assert all("according" not in q["text"] for q in quotes)
    assert any(q["speaker_text"] == "former producers" for q in quotes)


def test_a_quoted_nickname_in_the_speaker_phrase_does_not_end_the_credit():
    text = (
        '"This is a big night for our next mayor, Jane Smith!" her cousin, state Sen. Roberta "Bobbie" '
        'Lopez (D-Ohio), shouted. "The whole state is watching us."'
    )
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0]["speaker_text"] == "her cousin"
    assert [text[a:b] for a, b in quotes[0]["parts"]][1] == "The whole state is watching us."


@pytest.mark.parametrize(
    "text",
    [
        "“Stop the count!” the candidate wrote. “The vote is rigged.”",
        "“Where is the money?” she asked. “Nobody can tell us.”",
    ],
)
def test_a_quotation_ending_in_an_exclamation_or_question_runs_on_past_its_cue(text):
    quotes = _quotes(text)
    assert len(quotes) == 1 and len(quotes[0]["parts"]) == 2


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The party chairman said as much in an interview on Monday.", "as much"),
        ("A dozen senior senators have said the same thing.", "the same thing"),
        (
            "Half of the voters trusted the mayor, while 70 percent said the same of the senator.",
            "the same of the senator",
        ),
    ],
)
def test_a_phrase_standing_for_what_was_said_before_is_the_report(sentence, content):
    quotes = _quotes(sentence)
    assert [q["text"] for q in quotes] == [content]


@pytest.mark.parametrize(
    "sentence", ["The mayor did not say as much.", "The cook made the same thing again the next day."]
)
def test_a_phrase_standing_for_a_clause_needs_a_cue_that_says_it(sentence):
    assert _quotes(sentence) == []


def test_a_reported_object_ends_before_when_it_was_said():
    quotes = _quotes("The governor blasted the senator as a “traitor” Wednesday on a local radio show.")
    assert len(quotes) == 1
    assert quotes[0]["text"].startswith("the senator as a") and "Wednesday" not in quotes[0]["text"]
    quotes = _quotes("The mayor said the bridge would reopen on Wednesday after the repairs.")
    assert quotes[0]["text"] == "the bridge would reopen on Wednesday after the repairs"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The mayor said on Monday, in a long interview with a local radio station, that the bridge "
            "would close.",
            "that the bridge would close",
        ),
        (
            "The minister told reporters on Friday, after a meeting with the unions, that the strike "
            "was over.",
            "that the strike was over",
        ),
        (
            "The governor continues to maintain, as he did in a television debate last week, that the "
            "tax will go.",
            "that the tax will go",
        ),
    ],
)
def test_what_stands_before_a_that_marker_is_not_what_was_said(sentence, content):
    assert [q["text"] for q in _quotes(sentence)] == [content]


@pytest.mark.parametrize(
    "sentence",
    [
        "Recent polls show the mayor with a lead of four points, with Gallup showing her ahead by six.",
        "Averages show the senator with a small lead in the state, with Reuters showing him ahead by two.",
    ],
)
def test_a_reported_object_ends_before_a_phrase_making_a_report_of_its_own(sentence):
    quotes = _quotes(sentence)
    assert quotes[0]["text"].endswith("lead of four points") or quotes[0]["text"].endswith("in the state")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "As one economist put it, the plan is a gift to landlords.",
            "the plan is a gift to",
            "one economist",
        ),
        (
            "As a local historian recently put it, ''Who pays for the bridge, and who gets to cross it?''",
            "Who pays for the bridge",
            "a local historian",
        ),
    ],
)
def test_an_as_clause_saying_how_it_was_worded_reports_its_sentence(text, content, speaker):
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0]["text"].startswith(content) and quotes[0]["speaker_text"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the delay, the mayor said the city had run out of money.",
        "When asked whether he would run again, the senator said he had not decided.",
    ],
)
def test_who_was_asked_is_not_who_asked(text):
    quotes = _quotes(text)
    asked = next(q for q in quotes if q["cue"].lower() == "asked")
    said = next(q for q in quotes if q["cue"] == "said")
    assert asked["speaker"] is None and asked["speaker_text"] is None
    assert asked["speaker_kind"] == "unknown"
    assert said["speaker_text"] in ("the mayor", "the senator")


@pytest.mark.parametrize(
    "text",
    [
        "“It is a disaster,” Smith said, “and everyone knows it.”",
        '"It is a disaster for the town," Smith said, "and everyone in it knows that."',
    ],
)
def test_a_quotation_split_by_its_cue_is_one_quote_though_the_parse_hangs_its_second_part_on_the_cue(text):
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0]["speaker_text"] == "Smith"
    assert [text[a:b] for a, b in quotes[0]["parts"]][0].startswith("It is a disaster")


def test_a_second_that_clause_conjoined_to_the_cue_stays_in_the_report():
    quotes = _quotes("The mayor said no decision had been made, but that talks would continue.")
    assert [q["text"] for q in quotes] == ["no decision had been made, but that talks would continue"]
    quotes = _quotes("The mayor said the road was closed, and he urged drivers to stay home.")
    assert quotes[0]["text"] == "the road was closed"


def test_a_document_issued_before_a_colon_is_not_part_of_the_quotation():
    text = 'The governor\'s office issued a statement Monday: "The governor will sign the bill."'
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0]["kind"] == "direct" and quotes[0]["text"] == "The governor will sign the bill."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The senator\'s response was swift: "We will sue the state over this law."', "The senator"),
        ("The mayor's reply was short: “No comment on the budget at this time.”", "The mayor"),
    ],
)
def test_a_quotation_after_a_clause_about_someones_words_is_theirs(text, speaker):
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0]["kind"] == "direct"
    assert quotes[0]["speaker_text"] == speaker
    assert _quotes('The weather was bad: "We could not see the road at all."') == []


def test_an_according_to_source_the_parse_read_as_a_verb_is_still_the_source():
    text = "The anchor often mocked his guests with cruel jokes, according to show insiders."
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0]["cue"] == "according to" and quotes[0]["speaker_text"] == "show insiders"
    assert quotes[0]["text"].startswith("The anchor often mocked his guests")


def test_a_headline_naming_who_spoke_on_what_credits_the_quotation_to_the_name():
    text = "Senator Jane Smith on the war: “We should never have gone in the first place.”"
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0]["kind"] == "direct"
    assert quotes[0]["speaker_text"] == "Senator Jane Smith" and quotes[0]["cue"] == ":"
    assert text[quotes[0]["cue_start"]] == ":"
    assert _quotes("Senator Jane Smith on the war: a look back at ten years of fighting.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator's remarks about the war drew sharp criticism from veterans.", "the war"),
        (
            "Clinton's comments Tuesday on the shooting of a black motorist angered police unions.",
            "the shooting",
        ),
    ],
)
def test_a_noun_of_saying_with_its_source_reports_what_the_words_were_about(text, content):
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0]["text"].startswith(content)
    assert _quotes("The statement on the website was removed after an hour.") == []


def test_a_predicate_conjoined_after_a_quotation_is_no_credit_of_it():
    text = (
        'The miners\' union has urged the company to publish the safety report "without any more delay" '
        "and called on its members to stay calm until Monday."
    )
    quotes = _quotes(text)
    assert [q["speaker_text"] for q in quotes] == ["The miners' union", "The miners' union"]
    assert quotes[0]["text"].startswith("the company to publish the safety report")
    assert quotes[1]["text"].startswith("its members to stay calm")


def test_a_reported_that_clause_the_parse_hung_on_a_later_noun_is_still_reported():
    text = 'The coach reminded a few of the younger players after every practice that "defence wins titles."'
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0]["text"].startswith('that "defence wins titles')
    assert _quotes("The mayor told the crowd the story that everyone in town already knew.") == []


def test_a_named_object_alone_is_the_report_but_a_pronoun_is_not():
    quotes = _quotes("The nurses' union endorsed Whitmore on Tuesday.")
    assert [q["text"] for q in quotes] == ["Whitmore"]
    assert _quotes("The senator scolded him.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("As stated in the city's report, the bridge is older than the town hall.", "the city's report"),
        ("As reported by the local paper, the mayor will not run again.", "the local paper"),
    ],
)
def test_a_passive_as_clause_credits_its_document_or_agent(text, speaker):
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0]["speaker_text"] == speaker
    assert _quotes("As expected, the bridge was closed for the winter.") == []


def test_a_passive_object_cue_with_its_agent_reports_its_subject():
    quotes = _quotes("The plan was praised by the mayor and the council.")
    assert len(quotes) == 1 and quotes[0]["text"] == "The plan" and quotes[0]["speaker_text"] == "the mayor"
    assert _quotes("He was praised by the mayor.") == []
    assert _quotes("The plan has been praised as bold.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The council has said students and pensioners - local, foreign, full-time and part-time - "
            "would be eligible for the cheaper tickets.",
            "students and pensioners - local, foreign, full-time and part-time - would be eligible for "
            "the cheaper tickets",
        ),
        ("The mayor said Tuesday the bridge would reopen.", "the bridge would reopen"),
        ("The mayor said Tuesday's vote was rigged.", "Tuesday's vote was rigged"),
    ],
)
def test_a_reported_clause_keeps_its_subject_and_leaves_when_it_was_said_to_the_cue(text, content):
    assert _quotes(text)[0]["text"] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Reporters asked him about the missing funds.", "the missing funds"),
        ("The panel asked the minister about the delays at the port.", "the delays at the port"),
    ],
)
def test_who_was_asked_is_not_what_the_question_was_about(text, content):
    assert _quotes(text)[0]["text"] == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Critics of the mayor, who has said he will run again, want a recount.", "the mayor"),
        ("Friends of the senator, who say he is tired, want him to rest.", "Friends of the senator"),
    ],
)
def test_a_relative_pronoun_speaker_is_the_noun_its_verb_agrees_with(text, speaker):
    assert _quotes(text)[0]["speaker_text"] == speaker


def test_a_place_label_before_a_line_with_its_own_report_is_a_headline_kicker():
    quotes = _quotes("Yemen: Rebels say they shot down a drone over the port\n\nThe port was closed.")
    assert [(q["speaker_text"], q["text"]) for q in quotes] == [
        ("Rebels", "they shot down a drone over the port")
    ]
    quotes = _quotes("MORGAN: He told me the bridge was safe, and I believed him.")
    assert [q["speaker_text"] for q in quotes][:1] == ["MORGAN"]


def test_a_report_runs_on_over_the_line_breaks_of_a_hard_wrapped_paragraph():
    text = (
        "The river rose again overnight and the town council met in the library.\n"
        "The mayor said the council would ask the province to pay for new flood walls along\n"
        "the north bank and the old harbour.\n"
        "Officials said repairs would begin next week.\n"
    )
    assert [q["text"] for q in _quotes(text)] == [
        "the council would ask the province to pay for new flood walls along\n"
        "the north bank and the old harbour",
        "repairs would begin next week",
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Jones said in an interview that he was “very confident” about the vote, "
            "but “nothing is certain in politics.”",
            "that he was “very confident” about the vote, but “nothing is certain in politics.",
        ),
        (
            "Smith says she hopes to win the seat, but she knows that “the voters will decide in the end.”",
            "she hopes to win the seat, but she knows that “the voters will decide in the end.",
        ),
        ("Jones said the plan was sound, adding that “it will pass the house easily.”", "the plan was sound"),
        (
            "The minister said the talks had stalled, and papers printed “Talks in Ruins” on Sunday.",
            "the talks had stalled",
        ),
        (
            "Brown said the levy was fair, but farmers wrote “No to the levy” on their barns.",
            "the levy was fair",
        ),
    ],
)
def test_a_report_carries_on_through_a_quotation_that_follows_it_in_its_sentence(sentence, content):
    assert _quotes(sentence)[0]["text"] == content


def test_a_quotation_with_its_own_cue_inside_a_report_is_a_second_attribution():
    quotes = _quotes(
        "Jones said the deal, which he called “the best we could get under the circumstances,” would pass."
    )
    assert [(q["text"], q["cue"]) for q in quotes] == [
        ("the deal, which he called “the best we could get under the circumstances,” would pass", "said"),
        ("the best we could get under the circumstances", "called"),
    ]
    quotes = _quotes("“It will pass the house easily,” Jones said of the new budget.")
    assert [q["cue"] for q in quotes] == ["said"]


@pytest.mark.parametrize(
    "sentence, content",
    [
        (
            "Mr. Lee said he remembered thinking, “This is the moment my family warned me about.”",
            "he remembered thinking, “This is the moment my family warned me about.",
        ),
        (
            "The coach said she kept telling herself: “Nobody on this team is going to quit tonight.”",
            "she kept telling herself: “Nobody on this team is going to quit tonight.",
        ),
    ],
)
def test_a_quotation_that_ends_the_report_holding_its_cue_is_one_attribution(sentence, content):
    quotes = _quotes(sentence)
    assert [(q["text"], q["cue"]) for q in quotes] == [(content, "said")]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The coach spoke of the pressure on young players, and how the club tries to protect them.",
            "the pressure on young players, and how the club tries to protect them",
        ),
        ("The minister explained the new tax and why it was needed.", "the new tax and why it was needed"),
        (
            "The panel asked about the harbour loan and whether it was ever repaid.",
            "the harbour loan and whether it was ever repaid",
        ),
    ],
)
def test_a_coordinated_indirect_question_is_more_of_the_report(sentence, content):
    assert _quotes(sentence)[0]["text"] == content


def test_a_pair_of_dashes_inside_a_report_sets_off_an_aside_that_stays():
    quote = _quotes(
        "The historian spoke of the slow decline of the port, and how the trade drifted away -- and "
        "was finally lost to -- a string of rival towns."
    )[0]
    assert quote["text"].endswith("a string of rival towns")
    assert _quotes("The mayor cited the survey -- one of many that year.")[0]["text"] == "the survey"


def test_a_closing_participle_report_of_the_speaker_is_a_second_quote():
    found = _quotes("The ministry said the plant would close in March, blaming high energy prices.")
    assert [(q["text"], q["speaker_text"]) for q in found] == [
        ("the plant would close in March", "The ministry"),
        ("high energy prices", "The ministry"),
    ]
    # Where the clause's subject may be people, the participle is theirs and part of the report.
    marched = _quotes("Witnesses said the protesters marched through the square, chanting slogans.")
    assert [q["text"] for q in marched] == ["the protesters marched through the square, chanting slogans"]


def test_a_finite_cue_the_parse_hung_on_its_subject_noun_has_that_noun_as_speaker():
    found = _quotes(
        "The firm, which is expected to shed hundreds of staff this spring as its debts mount, "
        "admitted on Tuesday that tax inspectors had visited its offices."
    )
    assert [(q["text"], q["speaker_text"]) for q in found] == [
        ("that tax inspectors had visited its offices", "The firm")
    ]


def test_a_heading_run_into_the_sentence_is_not_the_speaker():
    text = (
        "Banks gained on the ruling.\n\nNear-term gains likely\n\n"
        "Dutch investor Jan de Vries had said, “Markets do not collapse out of nowhere.”"
    )
    found = _quotes(text)
    assert [(q["kind"], q["speaker_text"]) for q in found] == [("direct", "Dutch investor Jan de Vries")]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The coach said he expects the striker to recover from her knee injury, which forced her "
            "to miss the final in May.",
            "he expects the striker to recover from her knee injury",
        ),
        (
            "The governor said the team had moved to a new ground, which the club bought in 2019.",
            "the team had moved to a new ground, which the club bought in 2019",
        ),
        (
            "The mayor said the tax would fund the tram line, which would link the two stations.",
            "the tax would fund the tram line, which would link the two stations",
        ),
    ],
)
def test_a_closing_which_clause_telling_a_past_event_is_the_writers(sentence, content):
    assert _quotes(sentence)[0]["text"] == content


def test_an_opening_phrase_hung_on_a_root_noun_is_not_part_of_the_speaker():
    found = _quotes("For example, the report called for 40 new buses but the city delivered 20.")
    assert [q["speaker_text"] for q in found] == ["the report"]


def test_a_dateline_after_a_headline_on_its_line_is_neither_speaker_nor_part_of_the_report():
    text = (
        "Mill to close in June. BANGOR -- Union leader Paul Dube met the owners of the paper mill "
        "yesterday, urging them to sell it and warning that 300 jobs would be lost."
    )
    warning = [q for q in _quotes(text) if q["cue"] == "warning"]
    assert warning and warning[0]["speaker_text"] == "Union leader Paul Dube"
    text = (
        "Fire hits warehouse. SAN DIEGO — A firefighter hurt in a blast has died, a hospital spokesman said."
    )
    quotes = _quotes(text)
    assert [q["text"] for q in quotes] == ["A firefighter hurt in a blast has died"]


def test_an_according_to_source_keeps_its_of_phrase():
    quotes = _quotes("Prices fell in March, according to the state association of home builders.")
    assert [q["speaker_text"] for q in quotes] == ["the state association of home builders"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("UNICEF -- the UN children's agency -- said on Monday that 3,000 children had fled.", "UNICEF"),
        ("OPEC — the oil cartel — warned that output would fall in the spring.", "OPEC"),
    ],
)
def test_a_name_in_capitals_before_a_dash_set_aside_is_the_subject(sentence, speaker):
    assert [q["speaker_text"] for q in _quotes(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Farmers called for the dam to be torn down.", "the dam to be torn down", "Farmers"),
        ("The union has called for the minister to resign.", "the minister to resign", "The union"),
        ("The coach argued for the new rule to be dropped.", "the new rule to be dropped", "The coach"),
    ],
)
def test_a_prepositional_cue_reports_the_infinitive_clause_it_asks_for(text, content, speaker):
    quotes = _quotes(text)
    assert [(q["text"], q["speaker_text"]) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    ["The family waited for the rain to stop.", "The club paid for the players to fly home."],
)
def test_a_for_clause_of_a_verb_that_is_no_cue_is_no_quote(text):
    assert _quotes(text) == []
