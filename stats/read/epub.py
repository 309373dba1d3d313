"""A book's chapter as its EPUB holds it (OEBPS/Text/chapterN.xhtml, read out of the archive as text): the rubies'
readings, the note marks and the notes' places read as a reading system shows them.

An EPUB's chapter is XHTML: the XML declaration, the doctype, <html> with the epub namespace, a <head>, then the
<body> of <section epub:type="chapter">, headings and paragraphs. Three things in it are no text of the paragraph
they stand in:
- a ruby (<ruby>剑<rt>jiàn</rt></ruby>, <ruby>白族<rp>（</rp><rt>Báizú</rt><rp>）</rp></ruby>): the reading is set
  small over the base, and the <rp> parentheses show only where a reader cannot draw rubies. Read as written, the
  pinyin stands inside the word (剑jiàn川chuān县), a place's name or a figure's label no longer whole;
- a note reference (<a epub:type="noteref" href="#fn1"><sup>1</sup></a>, or a Duokan one, <sup><a
  class="duokan-footnote" href="#df-2"><img …/></a></sup>): a mark glued after the figure (失业率为2.7%1);
- the notes themselves (<aside epub:type="footnote" id="fn1">…</aside>), kept at the chapter's end and shown as a
  pop-up where their mark is. Read where they stand, a note's figure takes the period and the place of the chapter's
  last paragraph (a plan for next year), not of the paragraph whose figure it is on.
So a ruby's <rt> and <rp> go with their text and its base stays; in a chapter (a text with the epub namespace's
marks: epub:type), each note (an <aside>, <div>, <li> or <section> whose epub:type, role or class names a footnote,
endnote or rearnote, with an id) whose reference (an <a> whose href is #id, with the <sup> around it) a paragraph
holds is taken out of its place and its text (its back-link dropped: <a href="#fnref1">1</a>) set on a line of its
own after that paragraph's end, and the reference is dropped; a note no paragraph refers to stays where it is. The
chapter's own wrappers (<section>, <aside>, <nav>, <header>, <footer>, <figure>, <ruby> …), which the web page
reading (`stats.read.decode`) leaves, are dropped there too. A note is moved where its piece of the file holds it
and its reference (a large file is read in pieces of megabytes: a chapter's XHTML is far shorter).
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_RUBY_TEXT = compiled_re(r"<(rt|rp|rtc)(?:\s[^<>]*)?>.*?</\1>", re.S | re.I)
_RUBY_TAG = compiled_re(r"</?(?:ruby|rb)(?:\s[^<>]*)?>", re.I)
_CHAPTER = compiled_re(r"\bepub:type=")
_NOTE = compiled_re(r"<(aside|div|li|section)(\s[^<>]*(?:epub:type|role|class)=\"[^\"]*(?:foot|end|rear)note(?!ref)"
                    r"[^<>]*)>(.*?)</\1>\s*", re.S | re.I)
_ID = compiled_re(r"\bid=\"([^\"]+)\"")
_BACK_LINK = compiled_re(r"<a\s[^<>]*href=\"#[^\"]*\"[^<>]*>[^<]*</a>")
_TAGS = compiled_re(r"<[^<>]*>")
_PARA_END = compiled_re(r"</(?:p|h[1-6]|li|div|blockquote)>")
_WRAPPER = compiled_re(r"</?(?:section|aside|nav|header|footer|figure|figcaption|article|main)(?:\s[^<>]*)?/?>",
                       re.I)


def _reference(note_id: str) -> re.Pattern[str]:
    """The reference to a note: its <a href="#id">…</a>, with a <sup> around it (and nothing else) if there is one."""
    ref = rf"<a\s[^<>]*href=\"#{re.escape(note_id)}\"[^<>]*>.*?</a>"
    return re.compile(rf"<sup(?:\s[^<>]*)?>\s*{ref}\s*</sup>|{ref}", re.S)


def epub_plain(text: str) -> str:
    """text with its rubies' readings dropped and, in an EPUB chapter, its notes set after the paragraphs that
    refer to them, their references dropped (see above); other text is returned as it is."""
    if "<rt" in text or "<RT" in text:
        text = _RUBY_TAG.sub("", _RUBY_TEXT.sub("", text))
    if _CHAPTER.search(text) is None:
        return text
    for note in list(_NOTE.finditer(text)):
        note_id = _ID.search(note.group(2))
        if note_id is None or note.group() not in text:
            continue
        ref = _reference(note_id.group(1)).search(text)
        if ref is None:
            continue
        body = _TAGS.sub("", _BACK_LINK.sub("", note.group(3))).strip(" \t\r\n\u3000")
        text = text.replace(note.group(), "", 1)
        end = _PARA_END.search(text, ref.end())
        at = end.end() if end is not None else len(text)
        text = text[:ref.start()] + text[ref.end():at] + ("\n" + body if body else "") + text[at:]
    return _WRAPPER.sub("", text)
