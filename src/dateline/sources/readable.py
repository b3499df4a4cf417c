"""readability-lxml's ``Document`` for text: the same reading without rewriting link values.

readability cleans every parse with an lxml ``Cleaner`` whose ``javascript`` option walks all
link attributes of the page (``rewrite_links``) to blank ``javascript:`` and ``data:`` URLs; that
walk is a quarter of readability's time on a news page. Only the article's text is kept here, and
link values never reach it: the one place readability decides on a link value is an ``iframe``'s
``src`` (a video URL keeps the frame as "VIDEO"), so those are rewritten as the cleaner does, and
everything else (``on*`` attributes dropped, the same kills and parses) is the same as the
library's ``Document._parse`` (readability-lxml 0.9, pinned).
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement
from lxml_html_clean import Cleaner
from readability import Document
from readability.cleaners import html_cleaner
from readability.htmls import build_doc
from readability.readability import REGEXES

_OPTIONS = (
    "scripts",
    "comments",
    "style",
    "links",
    "meta",
    "add_nofollow",
    "page_structure",
    "processing_instructions",
    "embedded",
    "frames",
    "forms",
    "annoying_tags",
    "remove_tags",
    "remove_unknown_tags",
    "safe_attrs_only",
)

# Elements with an attribute whose name starts with "on" (the cleaner's test is applied to them).
_WITH_ON_ATTRIBUTE = etree.XPath("//*[@*[starts-with(name(), 'on') or starts-with(local-name(), 'on')]]")

# readability's cleaner with the link walk left out (its ``on*`` removal is done in ``_parse``).
_CLEANER = Cleaner(javascript=False, **{name: getattr(html_cleaner, name) for name in _OPTIONS})


class TextDocument(Document):
    """readability's ``Document`` whose parse leaves link values alone (the text is the same).

    Example: ``TextDocument(page).summary(html_partial=True)``
    """

    def _parse(self, input: str) -> HtmlElement:
        if self.url or not isinstance(input, str):
            return super()._parse(input)
        doc, self.encoding = build_doc(input)
        for elem in doc.xpath("//*[@hidden]"):
            elem.drop_tree()
        for elem in doc.xpath("//*[@style]"):
            if REGEXES["displayNoneRe"].search(elem.get("style")):
                elem.drop_tree()
        for elem in _WITH_ON_ATTRIBUTE(doc):
            attrib = elem.attrib
            for name in attrib.keys():
                if name.startswith("on"):
                    del attrib[name]
        for elem in doc.iter("iframe"):
            src = elem.get("src")
            if src is not None:
                new = html_cleaner._remove_javascript_link(src.strip())
                if new != src:
                    elem.set("src", new)
        doc = _CLEANER.clean_html(doc)
        doc.resolve_base_href(handle_failures=self.handle_failures)
        return doc
