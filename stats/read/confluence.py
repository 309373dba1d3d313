"""A wiki page of Confluence as its storage format holds it (the page's source an admin views, the REST API's
body.storage, a space export's XHTML): the page's own markup, ac: and ri: elements among the HTML, read as the page
shows it.

Its HTML (<p>, <strong>, <table>) is the HTML reading's; what Confluence adds around it is not: its layouts
(<ac:layout-section><ac:layout-cell>), its macros (<ac:structured-macro ac:name="info" ac:macro-id="5c1f8e2a-…">)
with their parameters (<ac:parameter ac:name="colour">Green</ac:parameter>, a width of 600, a title), a link to
another page (<ac:link><ri:page ri:content-title="…"/><ac:plain-text-link-body><![CDATA[…]]>…), a picture of an
attachment (<ac:image ac:width="640"><ri:attachment ri:filename="床位变化2021-2025.png"/>), a date (<time
datetime="2026-01-16" />) and a task list, each task's number and status before its words
(<ac:task-id>7</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>2026年…). Read as written,
the tags are Latin words between the sentences, a parameter's value or a task's number stands right before a
sentence's first figure or year (7incomplete2026年), and a link's text is in CDATA marks.

So a text holding Confluence's elements (<ac:…> or <ri:…> tags) is read as the page shows it: a macro's title
parameter a line of its own (the panel's heading), every other parameter dropped with its value, a picture dropped,
a task's number and status dropped, a link its body's text (the page's title where it has none), a CDATA section
its text, a date its datetime; the other ac: and ri: tags are dropped, a block's end (a macro's body, a layout's
cell, a task) a line's end. The HTML left is the HTML reading's. Any other text comes back as it is.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_MARK = compiled_re(r"<(?:ac|ri):[a-z-]+[\s/>]")
_TITLE = compiled_re(r"""<ac:parameter\s+ac:name\s*=\s*["']title["']\s*>([^<>]*)</ac:parameter>""")
_PARAMETER = compiled_re(r"<ac:parameter\b[^<>]*>[^<>]*</ac:parameter>|<ac:parameter\b[^<>]*/>")
_DROPPED = compiled_re(r"<ac:(image|task-id|task-status|emoticon)\b[^<>]*?/>"
                       r"|<ac:(image|task-id|task-status)\b[^<>]*>.*?</ac:\2>", re.S)
# a link with a body: its body's text; with none, the title of the page it points to
_LINK_BODY = compiled_re(r"<ac:link\b[^<>]*>(?:(?!</ac:link>).)*?<ac:(?:plain-text-)?link-body>(.*?)"
                         r"</ac:(?:plain-text-)?link-body>\s*</ac:link>", re.S)
_LINK_PAGE = compiled_re(r"""<ac:link\b[^<>]*>\s*<ri:page\b[^<>]*?ri:content-title\s*=\s*["']([^"']*)["'][^<>]*/>"""
                         r"\s*</ac:link>")
_CDATA = compiled_re(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_TIME = compiled_re(r"""<time\s+datetime\s*=\s*["']([^"']*)["']\s*/?>(?:</time>)?""")
_BLOCK_END = compiled_re(r"</ac:(?:rich-text-body|plain-text-body|layout-cell|layout-section|task|task-list"
                         r"|structured-macro)>")
_TAG = compiled_re(r"</?(?:ac|ri):[a-z-]+\b[^<>]*>")


def confluence_plain(buf: str) -> str:
    """buf, if it holds Confluence's storage-format elements (see above), read as the page shows them; any other
    text as it is."""
    if ("<ac:" not in buf and "<ri:" not in buf) or _MARK.search(buf) is None:
        return buf
    buf = _TITLE.sub(r"\n\1\n", buf)
    buf = _PARAMETER.sub("", buf)
    buf = _DROPPED.sub("", buf)
    buf = _LINK_PAGE.sub(r"\1", _LINK_BODY.sub(r"\1", buf))
    buf = _CDATA.sub(r"\1", buf)
    buf = _TIME.sub(r"\1", buf)
    buf = _BLOCK_END.sub("\n", buf)
    return _TAG.sub("", buf)
