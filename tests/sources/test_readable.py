from lxml import html as lxml_html
from readability import Document

from dateline.sources.readable import TextDocument

STORY = [
    "The harbour board approved the new ferry timetable on Tuesday after a long public meeting.",
    "Boats will leave every forty minutes in summer, and every hour from October to the end of March.",
    "The board said the change follows two years of complaints about crowded morning crossings.",
]


def _page(video_src: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>New ferry timetable</title></head><body>"
        "<nav><a href='javascript:void(0)'>Menu</a> <a href=' /news '>News</a></nav>"
        "<article>"
        f"<h1>New ferry timetable</h1><p onclick='track()'>{STORY[0]}</p>{paragraphs}"
        "<img src='data:image/gif;base64,R0lGODlh' alt='ferry'>"
        f"<iframe src='{video_src}'></iframe>"
        "<p><a href='JavaScript:history.back()'>Back</a></p>"
        "</article></body></html>"
    )


def _text(summary: str) -> str:
    return lxml_html.fromstring(summary).text_content()


def test_text_is_the_same_as_readability():
    sources = (
        "https://www.youtube.com/embed/abc",
        "\u00a0https://vimeo.com/1\u00a0",  # the cleaner strips it, and readability reads a video
        "javascript:load('https://vimeo.com/1')",
        "",
    )
    for src in sources:
        page = _page(src)
        ours = TextDocument(page).summary(html_partial=True)
        theirs = Document(page).summary(html_partial=True)
        assert _text(ours) == _text(theirs)
        assert ("VIDEO" in _text(ours)) == ("https" in src and not src.startswith("javascript"))


def test_link_values_are_left_alone():
    summary = TextDocument(_page("")).summary(html_partial=True)
    assert "JavaScript:history.back()" in summary


def test_a_document_with_a_url_reads_as_readability_does():
    page = _page("")
    url = "https://example.org/ferry"
    ours = TextDocument(page, url=url).summary(html_partial=True)
    assert ours == Document(page, url=url).summary(html_partial=True)
