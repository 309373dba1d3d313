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


def xml_book_plain(text: str) -> str:
    """text read as a reader shows it if it is a DocBook document or a FictionBook (see above), else as it is; the
    schema is found by a containment test in C before any pattern runs."""
    if "docbook" in text or "DocBook" in text:
        if _DOCBOOK.search(text) is not None:
            return _docbook(text)
    if "<FictionBook" in text and _FICTIONBOOK.search(text) is not None:
        return _fictionbook(text)
    return text
