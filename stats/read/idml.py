"""A story of an InDesign document as its IDML package holds it (Stories/Story_u1a3.xml, read out of the archive as
text), or an InCopy story (.icml): the text a newspaper's page was set from, read as the page shows it.

A story is XML: an <idPkg:Story> (an .icml: a <Document> holding a <Story>) whose paragraphs are
<ParagraphStyleRange> elements, each of <CharacterStyleRange> runs, and the words of a run in its <Content>
elements; a paragraph's end is a <Br/>, the story's last paragraph has none. A run changes wherever the type does:
a paper that sets its figures bold, or in a font of their own, cuts every sentence at its numbers (新增就业 | 4862 |
人), and the runs' tags, indented a line each, stand between a number and its unit. Besides the text, a story holds
what the page never shows:
- an editor's note (<Note>, InCopy's yellow sticky: 县外务工数据已与人社局核对（原稿7.1万人）): its own paragraphs, inside
  the run it is pinned to;
- tracked changes (<Change ChangeType="DeletedText">): the words struck out still stand in the file, beside the
  <Change ChangeType="InsertedText"> that replaced them (完成目标任务的 | 105 | 108 | %);
- InDesign's special characters as processing instructions (<?ACE 8?>: a right-indent tab, an end of nested style,
  a page number), and each run's <Properties> (its leading, its font's name) in elements of their own.
Read with its tags dropped, a figure stood apart from its unit on lines of blanks, the struck-out figure read beside
its correction and the note's figure as the story's.

So a text whose root is a story (an <idPkg:Story>, or a <Document> with a DOMVersion holding a <Story>, after the
XML declaration and the processing instructions InCopy writes first) is read as its <Content> texts in order, a
<Br/> a line's end and a paragraph style range's end one too, where no <Br/> ended it; a note and deleted text
are dropped whole, as are the processing instructions; the text's character references are read by the HTML
reading after this one. A later piece of the file (read a piece at a time, a piece opening on a range's, a
content's or a break's tag) is read the same way; any other text comes back as it is.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_ROOT = compiled_re(r"\A\ufeff?\s*(?:<\?[^<>]*\?>\s*)*(?:<!--.*?-->\s*)*"
                    r"(?:<idPkg:Story[\s>]|<Document\b[^<>]*\bDOMVersion=[^<>]*>\s*(?:<[^<>]*>\s*)*?<Story[\s>])", re.S)
# (a later piece of the file, read a piece at a time: it opens on one of the story's own tags)
_PIECE = compiled_re(r"\A\s*</?(?:ParagraphStyleRange|CharacterStyleRange|Content|Br|Change)[\s>/]")
_DROPPED = compiled_re(r"<Note\b.*?</Note>|<Change\b[^<>]*\bChangeType=\"DeletedText\"[^<>]*>.*?</Change>"
                       r"|<\?[^<>]*\?>", re.S)
_TOKEN = compiled_re(r"<Content>(.*?)</Content>|<Content\s*/>|(<Br\s*/>)|(</ParagraphStyleRange>)", re.S)


def idml_plain(buf: str) -> str:
    """buf, if it is an InDesign or InCopy story (see above), read as its text, its paragraphs a line each; any other
    text as it is."""
    if ("<Content>" not in buf or _ROOT.match(buf) is None) and _PIECE.match(buf) is None:
        return buf
    out: list[str] = []
    ended = True  # (the text so far ends a paragraph)
    for m in _TOKEN.finditer(_DROPPED.sub("", buf)):
        if m.group(1) is not None:
            out.append(m.group(1))
            ended = ended and not m.group(1)
        elif m.group(2) is not None or not ended:
            out.append("\n")
            ended = True
    return "".join(out)
