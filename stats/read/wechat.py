"""A WeChat official account's article (a 公众号 post, mp.weixin.qq.com/s?…) as its page's source is saved (the browser's
Save Page, a crawler's HTML): read as the article the reader sees, its headline and its body.

The page is WeChat's own: a head of <meta> tags (og:title and og:description hold the headline and the summary
again), the <title> (the headline again) and <script>s that hold it once more (var msg_title = '…'), the post's
numbers (var ct = "1795688406", a timestamp; ids and lengths), then the headline in an <h1 id="activity-name">, the
account's name and the time in the meta line, and the body in <div id="js_content" class="rich_media_content">. The
body is what an editor of the 135editor or 秀米 kind wrote: <section>s nested in <section>s (data-role, data-tools,
data-id="106763", styles of px and rgb(0, 112, 192)), each paragraph a <p> of <span>s, a figure set in a styled span
of its own or cut across two (<strong>1</strong> | <strong>810</strong>张), pictures as <img> whose data-* attributes
hold their sizes and ratios (data-w="1080", data-ratio="0.5625"), and after the body the toolbar's words (阅读, 在看).
Read as written, the headline stands three or four times over, each figure of it counted as often, the <section>
tags (no tag the HTML reading drops) stand between a heading and the paragraph after it with their numbers, and a
heading runs into its paragraph.

So a text that is such a page (the body's id and WeChat's rich_media classes) is read as its headline, a blank line,
and its body: every element a block (a <p>, a <section>, a <div>, a heading, a list's item, a table's row) a
paragraph of its own, a <br> a line's end, a table's cell a tab, every tag dropped and its attributes with it, the
runs of a paragraph joined as the page shows them (blanks and line ends of the source one space); the head, the
scripts, the styles, the meta line and the toolbar no text. Any other text comes back as it is; a page is read so
only where it falls in one chunk of the reader (4 MB).
"""

from __future__ import annotations

from html.parser import HTMLParser

from stats.rules.prepared import compiled_re

_BODY_ID = compiled_re(r"""<div\b[^<>]*\bid=["']?js_content\b""")
_MARK = compiled_re(r"\brich_media_(?:content|title|area_primary)\b")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCKS = frozenset("p div section h1 h2 h3 h4 h5 h6 li tr table ul ol blockquote figure figcaption pre".split())
_SKIPPED = frozenset("script style noscript template".split())
_BLANKS = compiled_re(r"\s+")


def wechat_plain(text: str) -> str:
    """text, if it is a WeChat article's page (see above), as its headline and body; any other text as it is."""
    if "js_content" not in text or _BODY_ID.search(text) is None or _MARK.search(text) is None:
        return text
    reader = _Article()
    try:
        reader.feed(text)
        reader.close()
    except (AssertionError, ValueError):  # (markup the parser gives up on: read as any page is)
        return text
    body = reader.paragraphs("body")
    if not body:
        return text
    head = reader.paragraphs("title")
    return "\n\n".join(head + body) + "\n"


class _Article(HTMLParser):
    """The texts of the headline (id activity-name) and the body (id js_content), a paragraph a block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: dict[str, list[str]] = {"title": [""], "body": [""]}
        self.inside: str | None = None  # the part being read
        self.depth = 0  # open elements of the part, its own included
        self.skip = 0  # open elements whose text is no text (scripts, styles)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip += 1
            return
        if self.inside is None:
            ids = dict(attrs).get("id")
            if ids in ("activity-name", "js_content"):
                self.inside, self.depth = ("title" if ids == "activity-name" else "body"), 1
            return
        if tag == "br":
            self._text("\n")
        elif tag in ("td", "th"):
            self._text("\t")
        elif tag in _BLOCKS:
            self._block()
        if tag not in _VOID:
            self.depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.inside is not None and tag == "br":
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
            return
        if self.inside is None or tag in _VOID:
            return
        if tag in _BLOCKS:
            self._block()
        self.depth -= 1
        if self.depth <= 0:
            self.inside = None

    def handle_data(self, data: str) -> None:
        if self.inside is not None and not self.skip:
            self._text(_BLANKS.sub(" ", data))

    def _text(self, data: str) -> None:
        part = self.parts[self.inside or "body"]
        part[-1] += data

    def _block(self) -> None:
        part = self.parts[self.inside or "body"]
        if part[-1].strip():
            part.append("")

    def paragraphs(self, name: str) -> list[str]:
        out = []
        for para in self.parts[name]:
            lines = [ln.strip() for ln in para.split("\n")]
            para = "\n".join(ln for ln in lines if ln)
            if para:
                out.append(para)
        return out
