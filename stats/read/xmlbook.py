"""An article or a book kept as the XML of a publishing schema, read as a reader shows it: a DocBook document (an
office's or a project's report written in DocBook 5, its namespace http://docbook.org/ns/docbook, or DocBook 4, its
DOCTYPE naming the OASIS DTD) and a FictionBook 2 book (.fb2: a yearbook's or a gazetteer's chapters as e-book
sites and converters such as calibre hand them out).

Neither schema's tags are a web page's, so the HTML reading (`stats.read.decode`) leaves them as they are: a figure
set off in an inline element (DocBook's <emphasis role="bold">3126</emphasis>张, <phrase>600</phrase>张, FB2's
<emphasis>27.5万</emphasis>人) has Latin letters between its number and its unit, or between a word of change and
its number, and the figure is lost; the table's cells (DocBook's <row><entry>1380</entry><entry>1586</entry></row>)
run into one another; and what a reader never shows is read as text: DocBook's <info> (the author, a <pubdate>, a
<revhistory> of revision numbers and dates), its <remark>s (an editor's notes) and <indexterm>s, FB2's <description>
(a date, a program's version, an ISBN, an id) and its <binary> pictures (base64, digits among letters). A footnote
stands glued where its mark is (DocBook's <footnote> inside the sentence, 3126张<footnote><para>不含…412张。</para>
</footnote>，较…), and FB2 keeps its notes in a body of their own at the book's end, where a note's figure takes the
period and the place of the book's last paragraph, not of the paragraph it is on.

So, in a text that is such a document: the metadata is dropped but for its title (DocBook's <info> <title>, FB2's
<book-title>), a line of its own; remarks, index terms, pictures, comments and processing instructions are dropped;
a DocBook footnote's text, and an FB2 note's text whose mark (<a l:href="#n1" type="note">) a paragraph holds, is
set on a line of its own after that paragraph's end, the mark dropped; a table's row is a line of tab-parted cells
(what a sheet pasted as text gives, which the table reader reads); each block (a paragraph, a title, a list item, a
verse line) ends its line, an FB2 <empty-line/> is a blank line; and every other tag is dropped, its words kept.
Other text is returned as it is.

A TEI document (the Text Encoding Initiative's P5, its namespace http://www.tei-c.org/ns/1.0, or a P4 <TEI.2>: the
form a digital edition of a yearbook, a gazetteer or an archive's papers is kept in) holds what its editors know
of the page beside what the page says. Its <teiHeader> is metadata (the edition's dates, an ISBN, an extent of 6页,
the source's pages 214—219, a revision history); the source's lines are marked where they begin (<lb/>), a number or
a word broken over two lines by <lb break="no"/> (4<lb break="no"/>716张, often after a line's end and indentation
of the XML: 4 and 716 two numbers), its pages by <pb n="215"/> and its columns by <cb/>, anywhere in a sentence; an
editor's correction stands beside the source's error (<choice><sic>1200</sic><corr>120</corr></choice>: both read,
the wrong one first), and so do an abbreviation and its expansion (<abbr>/<expan>), an original spelling and its
regularised one (<orig>/<reg>); a deletion (<del>) stands in the text; notes (<note place="foot">) stand where
their mark is, inside the sentence; the page's running heads and numbers (<fw>) stand among the lines.

So, in a TEI text: the header is dropped but for its title (titleStmt's first <title>), a line of its own; of a
choice, the correction, the expansion and the regularised form are read (<sic>, <abbr>, <orig> dropped), a deletion,
a gap, a forme work and a figure's description are dropped; a line, page or column break is no character (two Latin
words or numbers on either side of one without break="no" are a space apart), nor is the XML's own layout (a line's
end and its indentation, between Han characters or tags); a note is set on a line of its own after its paragraph's
end; a paragraph, a head, a list's item, a verse line, an anonymous block and a table's row end a line, a cell
before the next a tab; every other tag is dropped, its words kept.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_DOCBOOK = compiled_re(r"xmlns=\"http://docbook\.org/ns/docbook\"|<!DOCTYPE\s+[A-Za-z]+\s+PUBLIC\s+\"[^\"\n]*DocBook")
_FICTIONBOOK = compiled_re(r"<FictionBook[\s>]")

_DECLARATION = compiled_re(r"<\?[^<>]*\?>|<!DOCTYPE[^<>\[]*(?:\[[^\]]*\])?\s*>|<!--.*?-->", re.S)
_TAGS = compiled_re(r"<[^<>]*>")
_BLANK_LINES = compiled_re(r"[ \t\u3000]*\n(?:[ \t\u3000]*\n)+")

# DocBook: the metadata (5's <info>, 4's <articleinfo>, <bookinfo>, <sect1info> …), its title kept
_DB_INFO = compiled_re(r"<((?:article|book|chapter|preface|appendix|section|sect[1-5]|)info)(?:\s[^<>]*)?>(.*?)</\1>",
                       re.S)
_DB_TITLE = compiled_re(r"<(title|subtitle)(?:\s[^<>]*)?>(.*?)</\1>", re.S)
_DB_DROPPED = compiled_re(r"<(remark|indexterm|comment|mediaobject|inlinemediaobject)(?:\s[^<>]*)?>.*?</\1>", re.S)
_DB_FOOTNOTE = compiled_re(r"<footnote(?:\s[^<>]*)?>(.*?)</footnote>", re.S)
_DB_BLOCK_END = compiled_re(r"</(?:para|simpara|formalpara|title|subtitle|listitem|term|row|caption|bridgehead"
                            r"|literallayout|programlisting|screen|attribution)>[ \t]*\n?")
_DB_CELL_GAP = compiled_re(r"</entry>\s*(?=<entry[\s>/])")
_DB_PARA_END = compiled_re(r"</(?:para|simpara|entry|title)>")

# FictionBook: the description (its book title kept), pictures' data, a note's mark and the note
_FB_DESCRIPTION = compiled_re(r"<description(?:\s[^<>]*)?>(.*?)</description>", re.S)
_FB_BOOK_TITLE = compiled_re(r"<book-title(?:\s[^<>]*)?>(.*?)</book-title>", re.S)
_FB_BINARY = compiled_re(r"<binary(?:\s[^<>]*)?>.*?</binary>", re.S)
_FB_NOTE = compiled_re(r"<section(\s[^<>]*\bid=\"([^\"]+)\"[^<>]*)>(.*?)</section>\s*", re.S)
_FB_NOTE_TITLE = compiled_re(r"<title(?:\s[^<>]*)?>.*?</title>", re.S)
_FB_NOTES_BODY = compiled_re(r"<body(?:\s[^<>]*)?\bname=\"(?:notes|comments)\"[^<>]*>(.*?)</body>", re.S)
_FB_BLOCK_END = compiled_re(r"</(?:p|v|subtitle|text-author|title|td|th)>[ \t]*\n?")
_FB_EMPTY_LINE = compiled_re(r"<empty-line\s*/>")
_FB_PARA_END = compiled_re(r"</(?:p|v|subtitle|td)>")


# TEI: the header (its title kept), what an edition marks beside the page's text, the breaks, notes and blocks
_TEI = compiled_re(r"<TEI(?:\.2)?[\s>][^<>]*|xmlns=\"http://www\.tei-c\.org/ns/1\.0\"")
_TEI_HEADER = compiled_re(r"<teiHeader(?:\s[^<>]*)?>(.*?)</teiHeader>", re.S)
_TEI_TITLE = compiled_re(r"<titleStmt(?:\s[^<>]*)?>.*?<title(?:\s[^<>]*)?>(.*?)</title>", re.S)
_TEI_DROPPED = compiled_re(r"<(sic|abbr|orig|del|fw|figDesc|surplus)(?:\s[^<>]*)?>.*?</\1>"
                           r"|<(?:sic|abbr|orig|del|fw|figDesc|surplus|gap|graphic|milestone|anchor)\b[^<>]*/>", re.S)
_TEI_BREAK = compiled_re(r"\s*<(?:lb|pb|cb)\b([^<>]*)/>\s*")
_TEI_LAYOUT = compiled_re(r"[ \t\r\u3000]*\n\s*")
_TEI_NOTE = compiled_re(r"<note(?:\s[^<>]*)?>(.*?)</note>", re.S)
_TEI_BLOCK_END = compiled_re(r"</(?:p|head|item|l|ab|row|trailer|byline|dateline|docTitle|titlePart|opener|closer"
                             r"|salute|signed|label|caption)>\n?")
_TEI_CELL_GAP = compiled_re(r"</cell>(?=<cell[\s>/])")
_TEI_PARA_END = compiled_re(r"</(?:p|head|item|l|ab|cell)>")


def _latin_pair(text: str, at: int, end: int) -> bool:
    """Whether the characters either side of text[at:end] are Latin letters or digits (a space between them)."""
    return (0 < at and end < len(text) and text[at - 1].isascii() and text[at - 1].isalnum()
            and text[end].isascii() and text[end].isalnum())


def _note_ref(note_id: str) -> re.Pattern[str]:
    """An FB2 note's mark: an <a> whose href (l:href, xlink:href) is #id."""
    return re.compile(rf"<a\s[^<>]*href=\"#{re.escape(note_id)}\"[^<>]*>.*?</a>", re.S)


def _set_after(text: str, at: int, body: str, para_end: re.Pattern[str]) -> str:
    """text with body set on a line of its own after the end of the paragraph that position at is in."""
    end = para_end.search(text, at)
    cut = end.end() if end is not None else len(text)
    return text[:cut] + ("\n" + body if body else "") + text[cut:]


def _words(xml: str) -> str:
    """The words of a stretch of XML: its tags dropped, its lines joined, its edges trimmed."""
    return " ".join(line.strip() for line in _TAGS.sub("", xml).splitlines() if line.strip())


def _tidy(text: str) -> str:
    """Tags dropped, each line's indentation trimmed; a line that held tags alone (a table's <tgroup>, a section's
    end) dropped, so that a table's head and rows stand together; runs of blank lines one blank line."""
    lines = []
    for line in text.split("\n"):
        plain = _TAGS.sub("", line).strip(" \t\r\u3000")
        if plain or "<" not in line:
            lines.append(plain)
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def _docbook(text: str) -> str:
    def info(m: re.Match[str]) -> str:
        title = _DB_TITLE.search(m.group(2))
        return _words(title.group(2)) + "\n" if title is not None else ""

    text = _DB_DROPPED.sub("", _DB_INFO.sub(info, _DECLARATION.sub("", text)))
    while (note := _DB_FOOTNOTE.search(text)) is not None:
        body = _words(note.group(1))
        text = _set_after(text[:note.start()] + text[note.end():], note.start(), body, _DB_PARA_END)
    text = _DB_BLOCK_END.sub("\n", _DB_CELL_GAP.sub("\t", text))
    return _tidy(text)


def _fictionbook(text: str) -> str:
    def description(m: re.Match[str]) -> str:
        title = _FB_BOOK_TITLE.search(m.group(1))
        return _words(title.group(1)) + "\n" if title is not None else ""

    text = _FB_BINARY.sub("", _FB_DESCRIPTION.sub(description, _DECLARATION.sub("", text)))
    notes = _FB_NOTES_BODY.search(text)
    if notes is not None:
        for note in list(_FB_NOTE.finditer(notes.group(1))):
            ref = _note_ref(note.group(2)).search(text)
            if ref is None or note.group() not in text:
                continue
            body = _words(_FB_NOTE_TITLE.sub("", note.group(3)))
            text = text.replace(note.group(), "", 1)
            ref = _note_ref(note.group(2)).search(text)
            if ref is None:
                continue
            text = _set_after(text[:ref.start()] + text[ref.end():], ref.start(), body, _FB_PARA_END)
    text = _FB_BLOCK_END.sub("\n", _FB_EMPTY_LINE.sub("\n\n", text))
    return _tidy(text)


def _tei(text: str) -> str:
    def header(m: re.Match[str]) -> str:
        title = _TEI_TITLE.search(m.group(1))
        return _words(title.group(1)) + "\n" if title is not None else ""

    def broken(m: re.Match[str]) -> str:
        joined = 'break="no"' in m.group(1) or "break='no'" in m.group(1)
        return " " if not joined and _latin_pair(m.string, m.start(), m.end()) else ""

    def layout(m: re.Match[str]) -> str:
        return " " if _latin_pair(m.string, m.start(), m.end()) else ""

    text = _TEI_LAYOUT.sub(layout, _TEI_BREAK.sub(broken, _TEI_DROPPED.sub("", _DECLARATION.sub("", text))))
    text = _TEI_HEADER.sub(header, text)
    while (note := _TEI_NOTE.search(text)) is not None:
        body = _words(note.group(1))
        text = _set_after(text[:note.start()] + text[note.end():], note.start(), body + "\n", _TEI_PARA_END)
    text = _TEI_BLOCK_END.sub("\n", _TEI_CELL_GAP.sub("\t", text))
    return _tidy(text)


def xml_book_plain(text: str) -> str:
    """text read as a reader shows it if it is a DocBook document, a FictionBook or a TEI text (see above), else as
    it is; the schema is found by a containment test in C before any pattern runs."""
    if "docbook" in text or "DocBook" in text:
        if _DOCBOOK.search(text) is not None:
            return _docbook(text)
    if "<FictionBook" in text and _FICTIONBOOK.search(text) is not None:
        return _fictionbook(text)
    if ("<TEI" in text or "tei-c.org" in text) and _TEI.search(text) is not None:
        return _tei(text)
    return text
