import time

from dateline.nlp.quote_marks import pair_quotes


def _texts(text):
    quotes, unpaired = pair_quotes(text)
    return [text[q.inner[0] : q.inner[1]] for q in quotes], unpaired


def test_curly_and_straight_pairs():
    texts, unpaired = _texts('“One two,” he said. "Three four," she said.')
    assert texts == ["One two,", "Three four,"] and unpaired == 0


def test_two_apostrophes_as_marks():
    texts, _ = _texts("''It is not tax reform,'' said Mr. Smith.")
    assert texts == ["It is not tax reform,"]


def test_multi_paragraph_quote_is_one():
    text = "“First paragraph of the quote.\n\n“Second paragraph,” she said."
    texts, unpaired = _texts(text)
    assert len(texts) == 1 and texts[0].startswith("First") and texts[0].endswith("paragraph,")
    assert unpaired == 0


def test_unbalanced_marks_are_counted_not_fatal():
    texts, unpaired = _texts("He said “this never closes.\n\nA new paragraph” and ” stray.")
    assert unpaired >= 2
    assert all("\n" not in t for t in texts)


def _best(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        pair_quotes(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_linear_on_many_marks():
    assert len(pair_quotes("x “a” " * 10_000)[0]) == 10_000
    assert _best("“" * 200_000) < 12 * _best("“" * 50_000)
    assert _best('x "a ' * 100_000) < 12 * _best('x "a ' * 25_000)


def test_a_closing_mark_typed_as_an_opener_opens_a_quotation():
    text = "”The harbour will stay open all winter,” ― Ann Berg\n\nThe vote ended, ” she said."
    texts, unpaired = _texts(text)
    assert texts == ["The harbour will stay open all winter,"] and unpaired == 1


def test_a_straight_quote_left_open_is_not_continued_by_a_curly_one():
    text = '"The first paragraph was never closed.\n\n“The second one is its own quote,” she said.'
    texts, unpaired = _texts(text)
    assert texts == ["The second one is its own quote,"] and unpaired == 1


def test_a_multi_paragraph_quote_run_into_one_line_is_one():
    text = (
        "“The league is worth saving,” she said. “We want to add four teams before the winter. "
        "“The new money would let us build a second field.” The board meets in May."
    )
    texts, unpaired = _texts(text)
    assert texts[0] == "The league is worth saving,"
    assert texts[1].startswith("We want") and texts[1].endswith("second field.") and unpaired == 0


def test_an_opening_mark_inside_an_unfinished_sentence_starts_a_new_quotation():
    texts, unpaired = _texts("He called it “a farce and “a disgrace,” she said.")
    assert texts == ["a disgrace,"] and unpaired == 1


def test_a_quotation_left_open_ends_at_a_paragraph_that_does_not_carry_it_on():
    text = (
        '"We will rebuild the bridge. It will take two years.\n\n'
        "The council met on Tuesday to approve the budget.\n\n"
        '"The work is on schedule," said Omar Vell.'
    )
    texts, unpaired = _texts(text)
    assert texts == ["The work is on schedule,"] and unpaired == 1


def test_a_blank_line_between_the_paragraphs_of_one_quotation_keeps_it_open():
    text = "“The first part of it.\n \n\n“The second part,” she said."
    texts, unpaired = _texts(text)
    assert len(texts) == 1 and texts[0].startswith("The first") and unpaired == 0


def test_a_quotation_nested_with_the_same_curly_marks_stays_inside_the_outer_one():
    texts, unpaired = _texts(
        "“The council keeps its so-called “savings” while the parks close.” ― Lena Ortiz"
    )
    assert texts == ["The council keeps its so-called “savings” while the parks close."]
    assert unpaired == 0


def test_an_opening_mark_after_a_lost_closing_one_still_opens_a_quotation():
    texts, unpaired = _texts("He called it “a disaster and said “we are done.”")
    assert texts == ["we are done."] and unpaired == 1
    texts, _ = _texts("“A plan for the new dam “built” and “paid” on time.")
    assert texts == ["built", "paid"]


def test_a_multi_paragraph_quote_in_straight_marks_run_into_one_line_is_one():
    text = (
        '"The shop is new," Lee said. "We will widen the menu. We have trout and some pies. '
        '"Every day we add new dishes," he said. "We dropped lunch," he said.'
    )
    texts, unpaired = _texts(text)
    assert texts == [
        "The shop is new,",
        'We will widen the menu. We have trout and some pies. "Every day we add new dishes,',
        "We dropped lunch,",
    ]
    assert unpaired == 0


def test_a_straight_mark_right_after_the_words_still_closes():
    texts, _ = _texts('He said "no to the plan." "Yes," she said.')
    assert texts == ["no to the plan.", "Yes,"]


def test_a_curly_mark_ending_a_misdecoded_dash_is_no_quotation_mark():
    text = 'Passes were asked for \u00e2 \u201c after the vote. Lind said it had "a chilling effect" here.'
    texts, unpaired = _texts(text)
    assert texts == ["a chilling effect"] and unpaired == 0
    texts, _ = _texts(
        "The vote \u00e2\u20ac\u201d held at night \u00e2\u20ac\u201d passed. \u201cYes,\u201d she said."
    )
    assert texts == ["Yes,"]
