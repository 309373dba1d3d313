"""A scanned page as an OCR engine writes it in hOCR (Tesseract's `hocr` output, OCRmyPDF's and kraken's too): the
recognised words read out of their markup as the lines of the page, so that the words and figures of a line stand
together and the markup's numbers are read as none.

hOCR is XHTML: a head naming the engine (ocr-system, ocr-capabilities), then an ocr_page whose title holds the
image's name, its bbox 0 0 2480 3508 and scan_res 300 300, ocr_carea blocks, ocr_par paragraphs and ocr_line spans
(ocr_header, ocr_caption, ocr_textfloat for other kinds of line) whose titles hold bbox, baseline and x_size, and
each recognised word an ocrx_word span on a line of its own with its bbox and x_wconf. For Chinese, a word is one
Han character or mark, a number one word (a unit another: 2946 | 张). Read as HTML with its tags dropped, every
word stands on a line of its own and a paragraph is a column of characters: a figure's words of change (增加) and of
bound (以上) stand lines away from it.

So, where a text holds both ocr_line (or another hOCR line class) and ocrx_word spans, it is written again as
the page's text: a line's words joined (a space only where two Latin words or numbers would meet, as the engine
set them apart), a line's end at each line, a blank line at each paragraph's end; the head and the markup
dropped, the words' own character references left for the HTML reading after this one. A file is read so in one
piece only where its words fall in one chunk of the reader (4 MB).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from stats.rules.prepared import compiled_re

_LINE_CLASSES = "ocr_line|ocr_header|ocr_caption|ocr_textfloat"
_MARK = compiled_re(
    r"<span\s[^<>]*?class=['\"]ocrx_word['\"][^<>]*>((?:[^<]|</?(?:strong|em|b|i)>)*)</span>"
    rf"|(?P<line><span\s[^<>]*?class=['\"](?:{_LINE_CLASSES})['\"])"
    r"|(?P<par></p>|<p\s[^<>]*?class=['\"]ocr_par['\"]|<div\s[^<>]*?class=['\"]ocr_(?:carea|page)['\"])")
_INNER = compiled_re(r"</?(?:strong|em|b|i)>")


def hocr_plain(text: str) -> str:
    """text, if it is hOCR (see above), as the page's lines of words; any other text as it is."""
    if "ocrx_word" not in text or not any(c in text for c in _LINE_CLASSES.split("|")):
        return text
    return marked_lines(_MARK.finditer(text), lambda word: _INNER.sub("", word))


def marked_lines(marks: Iterable[re.Match[str]], clean: Callable[[str], str] = str) -> str:
    """The lines of a page of OCR marks: a mark whose group 1 holds a word (`clean` of it) adds it to the line, any
    other ends the line, and one whose group `par` matched ends the paragraph too (a blank line after it)."""
    lines: list[str] = []
    line = ""
    for m in marks:
        if m.group(1) is not None:
            line = joined_word(line, clean(m.group(1)).strip())
            continue
        if line:
            lines.append(line)
            line = ""
        if m.group("par") is not None and lines and lines[-1]:
            lines.append("")
    if line:
        lines.append(line)
    return "\n".join(lines).strip("\n") + "\n"


def joined_word(line: str, word: str) -> str:
    """A line with one more word: a space between two Latin words or numbers, none beside a Han character."""
    if not word:
        return line
    latin = line and line[-1].isascii() and line[-1].isalnum() and word[0].isascii() and word[0].isalnum()
    return line + (" " if latin else "") + word


