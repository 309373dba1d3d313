"""Bytes to text for one source file: pick the encoding, refuse what is not text, report damage.

Real corpora hold UTF-8 and GB18030/GBK files side by side, plus the odd UTF-16 export,
truncated download, PDF saved as .txt or Big5 page. GB18030 accepts almost any byte
string, so "it decoded" proves little: a UTF-8 file cut in the middle of a character
must stay UTF-8 (with the broken tail replaced), and a Big5 file that happens to decode
as GB18030 must never be extracted as mojibake: where GB18030 reads no Chinese, the bytes
are tried as Big5 (cp950: a traditional-character page saved in Taiwan, Hong Kong, Macau or
by an overseas Chinese site), read so where they decode whole into Big5's frequent
characters, and the file refused otherwise. Every refusal names what
the file seems to be and what to do; every repair is returned as a warning the pipeline
records in the `errors` table.

The decision reads the bytes as a sequence of chunks (`detect`), and the text comes out
a chunk at a time (`decode_chunks`), so a 200 MB file is judged and decoded without
holding it whole; `decode_bytes` is the same decision for bytes already in memory.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from stats.errors import InputError
from stats.read.appjson import app_json_plain
from stats.read.asciidoc import asciidoc_plain
from stats.read.bbcode import bbcode_cut, bbcode_plain
from stats.read.bytesrepr import bytes_repr_cut, bytes_reprs_read
from stats.read.calendar import calendar_plain
from stats.read.chatexport import chat_export, chat_export_cut, chat_export_plain
from stats.read.confluence import confluence_plain
from stats.read.csvrows import csv_cells_apart
from stats.read.docjson import doc_json_plain
from stats.read.docmarks import comment_marks_out
from stats.read.dokuwiki import dokuwiki_plain
from stats.read.drawingml import drawingml_plain
from stats.read.drawio import drawio_plain
from stats.read.epub import epub_plain
from stats.read.finereader import finereader_plain
from stats.read.forms import underlines_out
from stats.read.garbled import garbled_blank
from stats.read.hocr import hocr_plain
from stats.read.idml import idml_plain
from stats.read.jsonescapes import json_escape_cut, json_escaped, json_escapes_read, json_lines, json_record_cut
from stats.read.larkblocks import LARK_PREFIX, lark_blocks, unlark
from stats.read.latex import latex_plain
from stats.read.markdown import markdown_plain
from stats.read.mixedlines import MIXED_PREFIX, gbk_lines, lines_recoded, mixed_lines
from stats.read.notebook import notebook, notebook_cut, notebook_plain
from stats.read.ocrxml import ocr_xml_plain
from stats.read.odf import odf_plain
from stats.read.ooxml import escape_cut, sheet_escapes_read
from stats.read.opml import opml_plain
from stats.read.orgmode import org_plain
from stats.read.placedhtml import placed_html_plain
from stats.read.placedxml import placed_xml_plain
from stats.read.qqchat import qq_runs_joined
from stats.read.quoted import quote_marks_blank
from stats.read.rest import rest_plain
from stats.read.rtf import RTF_PREFIX, rtf_document, unrtf
from stats.read.scribus import scribus_plain
from stats.read.sheetlocale import decimal_commas
from stats.read.smsparts import parts_joined
from stats.read.spreadsheetml import spreadsheetml_plain
from stats.read.substation import dialogue_run_on
from stats.read.subtitles import bcc_run_on, cues_run_on, lrc_run_on, microdvd_run_on, sami_run_on, ttml_run_on
from stats.read.transfer import (
    B64_PREFIX,
    CP1252_SUFFIX,
    GBK_SUFFIX,
    QP_PREFIX,
    URL_PREFIX,
    base64_mail,
    cp1252_mojibake,
    gbk_mojibake,
    quoted_printable,
    unbased,
    unmojibaked,
    unquoted,
    unurled,
    url_encoded,
)
from stats.read.typst import typst_plain
from stats.read.wechat import wechat_plain
from stats.read.wikitext import wikitext_plain
from stats.read.wordboxes import word_boxes_plain
from stats.read.wordhtml import WORD_HTML_PREFIX, unword, word_page
from stats.read.wordml import wordml_cut, wordml_plain
from stats.read.worksheet import worksheet_plain
from stats.read.xmlbook import xml_book_plain
from stats.rules.prepared import compiled_re

NUL_HINT = ("stats reads plain-text .txt files; if this is UTF-16 text without a BOM, "
            "convert it: iconv -f UTF-16LE -t UTF-8")
CHAT_PREFIX = "chat-export/"  # a Decoding's encoding: a Telegram export's JSON (stats.read.chatexport) in the one after it
NOTEBOOK_PREFIX = "notebook/"  # a Decoding's encoding: a Jupyter notebook's JSON (stats.read.notebook) in the one after it
JSON_PREFIX = "json-escaped/"  # a Decoding's encoding: an escaped JSON reply (stats.read.jsonescapes) in the one after it
JSONL_PREFIX = "json-lines/"  # after JSON_PREFIX: the reply is a JSON-lines file's records (stats.read.jsonescapes)
CONVERT = "convert it to UTF-8, e.g. iconv -f BIG5-HKSCS -t UTF-8 FILE > FILE.utf8.txt"

# Files that are not text at all, recognised by their first bytes, with what to do.
_MAGIC = (
    (b"%PDF", "a PDF file", "name it FILE.pdf: stats reads PDF files directly"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)", "unpack it or save the document as plain text"),
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first (gunzip)"),
    (b"\x89PNG", "a PNG image", "stats reads plain-text .txt files"),
    (b"\xff\xd8\xff", "a JPEG image", "stats reads plain-text .txt files"),
    (b"GIF8", "a GIF image", "stats reads plain-text .txt files"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Below this share of common Chinese characters, a GB18030 reading is mojibake: real GBK
# news text scores above 0.99, Big5 read as GB18030 about 0.5.
_PLAUSIBLE = 0.9
# Big5 as Windows writes it (cp950: Big5 and Microsoft's few additions), tried only where GB18030 reads no Chinese;
# its frequent characters' rows end before this lead byte.
BIG5 = "cp950"
_BIG5_RARE = 0xC7
# An undecodable byte run is marked with a lone surrogate, which no clean decoding yields,
# so damage can be counted and located, then shown as U+FFFD.
_MARK = "\udc00"
_MARK_HANDLER = "stats-mark"
codecs.register_error(_MARK_HANDLER, lambda exc: (_MARK, exc.end))
# A character reference of HTML, named or numbered and closed by its semicolon (&nbsp; &ldquo; &#8220; &#x201C;
# &#9;): text copied from a web page's source or by a plain HTML-to-text tool keeps them. Left as they are, a
# quote mark or a space between a number and its unit is a run of letters, and a tab between a table's cells
# is no gap. A reference with no semicolon (&copy) is left: in plain text an ampersand there is as likely a
# word of its own. A page's HTML escaped once more (an RSS feed's description, a CMS export, an XML field) writes
# each of its references with its ampersand escaped (286.4&amp;nbsp;亿元, 1386&amp;#19975;人次): read once, that is
# &nbsp; again, Latin letters between a number and its unit; so the escaped ampersands before a reference (amp;,
# once or twice) are read with it, as the page showed it.
_ENTITY = compiled_re(r"&(?:amp;){0,2}(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ENTITY_MAX = 48  # the longest reference the pattern takes: a piece's tail this long may hold one cut in two
# The start of a reference a piece's end cuts (&, &am, &amp;, &amp;nb, &amp;#199): it waits for the next piece.
_ENTITY_START = compiled_re(r"&(?:amp;){0,2}(?:#[xX]?[0-9a-fA-F]{0,7}|[A-Za-z][A-Za-z0-9]{0,31})?")
# A tag of HTML a web page printed from its source leaves in the text (8650<br>万元, <span class="num">4.86</span>万人,
# <p style="…">, <strong>…</strong>): one of the tags a page's body text is set in, named, closed by its > on the
# same line. Left as it is, it is a run of Latin letters between a number and its unit (8650<br>万元 reads no
# 万元) or the text a number's clause opens on; it is dropped, as a browser draws it. A < that opens no such tag
# (<5%, <0.5毫克) is text and stays.
# (… and the tags that frame a page saved whole, <html><head><meta …></head><body>, <pre> round a text set as it was
# laid out (`pdftotext -htmlmeta`), <!DOCTYPE …>: glued to the first line, they would open the headline with words)
# (… and a table's column widths, <colgroup><col style="width: 226.0px;" /></colgroup>, which a wiki's or an
# editor's table writes between <table> and its head row: left, they open the head row with Latin words)
_TAG = compiled_re(r"</?(?:a|b|br|div|em|font|h[1-6]|hr|i|img|li|ol|p|span|strong|sub|sup|table|tbody|td|th|thead"
                   r"|tr|u|ul|html|head|body|meta|pre|colgroup|col)(?:\s[^<>\n]{0,200})?/?>|<!DOCTYPE\s[^<>\n]{0,200}>",
                   re.IGNORECASE)
_TAG_MAX = 220  # the longest tag the pattern takes: a piece's tail this long may hold one cut in two
# Where a tag ends a table's cell or a block right before the next one on the same line (an HTML table's
# <TD>乡镇卫生院床位</TD><TD>张</TD><TD>1186</TD>, a CMS's body <p>…</p><p>…</p> on one line): dropped bare, the
# cells run into one another (床位张11862.6: a value no one wrote) and the paragraphs into one line. A cell's end
# before the next cell is a tab, as a sheet's rows pasted as text part their cells; a block's end before the next
# block is a line's end (a table's or a list's end before the next block too: a table's last row, …<td>3.6</td></tr>
# </tbody></table><p>2026年…, would run on into the paragraph after it, 3.62026年). A tag at a line's end, or one inside
# a line's text (8650<br>万元), is dropped as before.
# (a tag escaped once more, &lt;/p&gt;, as an RSS item's description holds it, is one too)
_TAIL_TAGS = compiled_re(r"(?:(?:<[^<>\n]{1,200}>|&(?:amp;){0,2}lt;[^<>\n]{1,200}?&(?:amp;){0,2}gt;)[ \t\r\n]*)+"
                         r"(?:<[^<>\n]{0,200}|&[^<>\n]{0,200})?\Z")
_CELL_GAP = compiled_re(r"</t[dh]>[ \t]*(?=<t[dh][\s>])", re.IGNORECASE)
_BLOCK_BREAK = compiled_re(r"</(?:p|div|h[1-6]|li|tr|table|ul|ol)>[ \t]*(?=<(?:p|div|h[1-6]|li|tr|table|ul|ol)[\s>/])",
                           re.IGNORECASE)
# A tag escaped once (&lt;p style=&quot;…&quot;&gt;, &lt;strong&gt;4860&lt;/strong&gt;人): the HTML of a page kept as
# the text of an XML field (an RSS feed's description). Its references read, it is a tag; it is dropped then too.
_ESCAPED_TAG_OPEN = "&lt;"


@dataclass(frozen=True)
class Decoded:
    text: str
    # utf-8, utf-8-sig, utf-16 (-le, -be: no BOM), gb18030, cp950 (after quoted-printable/ or base64-mail/, before /cp1252)
    encoding: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decoding:
    """How to decode a file, and the damage that decoding repairs."""

    encoding: str
    warnings: tuple[str, ...] = ()


@dataclass
class _Scan:
    """One encoding tried over a whole file: what would be lost, and a sample to judge it by."""

    bad: int = 0  # undecodable byte runs
    wide: int = 0  # non-ASCII characters that did decode
    bad_line: int = 0  # line of the first bad run
    cut: int = 0  # bytes of a last character the end of the file cuts off (0: not cut)
    sample: str = ""  # the first characters, to judge whether they read as Chinese
    blank: bool = True  # nothing but blank characters (or a byte-order mark)
    chars: int = 0  # characters decoded
    nul: int = 0  # NUL characters among them
    nul_line: int = 0  # line of the first

    def repairable(self) -> bool:
        """Damage is rare next to the text around it: at most one bad run per 20 wide characters,
        or, in a short file, a single bad run among a few characters that read as Chinese
        (a news brief of a dozen characters with one stray byte is still UTF-8)."""
        if self.bad * 20 <= self.wide:
            return True
        return self.bad == 1 and self.wide >= SHORT_WIDE and plausible_chinese(self.sample.replace(_MARK, "")) >= 1.0


def _common_chinese(ch: str) -> bool:
    if 0x4E00 <= ord(ch) <= 0x9FFF:  # CJK Unified Ideographs
        return True
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


SAMPLE_CHARS = 20_000
SHORT_WIDE = 4  # a lone bad run is repaired in a short file with at least this many Chinese characters
NUL_SHARE = 0.01  # more NUL characters than this share of the text: a binary file, not damaged text


def _big5_frequent(text: str, sample: int = SAMPLE_CHARS) -> float:
    """Share of non-ASCII characters that Big5 codes in its symbols or its frequent characters (lead bytes A1-C6),
    (0.0 when there are too few to judge). Traditional text in Big5 scores near 1.0; GBK bytes read as Big5 fall
    in its rare characters' rows as often as not (GBK's Han rows run B0-F7), so a GBK file never reads as Big5."""
    wide = [c for c in text[:sample] if ord(c) > 127]
    if len(wide) < 8:
        return 0.0
    return sum(_big5_lead(c) < _BIG5_RARE for c in wide) / len(wide)


def _big5_lead(ch: str) -> int:
    try:
        return ch.encode(BIG5)[0]
    except UnicodeEncodeError:
        return 0xFF


def plausible_chinese(text: str, sample: int = SAMPLE_CHARS) -> float:
    """Share of non-ASCII characters that are common Chinese (1.0 when there are too few to judge)."""
    wide = [c for c in text[:sample] if ord(c) > 127]
    if len(wide) < 8:
        return 1.0
    return sum(map(_common_chinese, wide)) / len(wide)


def _scan(chunks: Iterable[bytes], encoding: str) -> _Scan:
    """Decode every chunk with damage marked, keeping counts only (the text is dropped)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors=_MARK_HANDLER)
    scan, lines = _Scan(), 0
    pieces = iter(chunks)
    final = False
    while not final:
        data = next(pieces, None)
        final = data is None
        pending = len(decoder.getstate()[0]) if final else 0
        text = decoder.decode(b"" if data is None else data, final=final)
        bad = text.count(_MARK)
        if bad and not scan.bad:
            pos = text.index(_MARK)
            scan.bad_line = lines + text.count("\n", 0, pos) + 1
        if final and pending and text.endswith(_MARK):
            scan.cut = pending
        nul = text.count("\x00")
        if nul and not scan.nul:
            scan.nul_line = lines + text.count("\n", 0, text.index("\x00")) + 1
        scan.nul += nul
        scan.chars += len(text)
        scan.bad += bad
        scan.wide += len(text) - len(text.encode("ascii", "ignore")) - bad
        lines += text.count("\n")
        if len(scan.sample) < SAMPLE_CHARS:
            scan.sample += text[:SAMPLE_CHARS - len(scan.sample)]
        if scan.blank and text.strip():
            scan.blank = False
    return scan


def _not_text(data: bytes, path: str) -> None:
    for magic, what, hint in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"not a text file: {what}", hint)
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file (NUL bytes)", NUL_HINT)


def detect(chunks: Callable[[], Iterable[bytes]], head: bytes, blank_bytes: bool, path: str) -> Decoding:
    """The encoding of a file given as chunks (called once per encoding tried); InputError with a
    remedy when it is empty, binary or in no known encoding.

    head: the file's first bytes (at least 4 KB when it is that long); blank_bytes: the
    whole file is ASCII blanks. Order matters: UTF-8 first, then UTF-8 with a cut-off last
    character or rare damage (GB18030 would read that file "cleanly" as mojibake), then
    GB18030, which must look like Chinese, then GB18030 with rare damage. A quoted-printable mail is judged by the
    bytes its escapes stand for, and UTF-8 text read as cp1252 and saved again is read back (`stats.read.transfer`);
    so are an RTF document (`stats.read.rtf`) and a URL-encoded form body, by the text read out of them, and a
    notebook's JSON is marked so that each of its pieces is read as one (`stats.read.notebook`), and so is a
    Telegram export's (`stats.read.chatexport`).
    """
    if not head.startswith(_UTF16_BOMS) and quoted_printable(head):
        inner = _detect(lambda: unquoted(chunks()), b"".join(unquoted((head,))), blank_bytes, path)
        note = "quoted-printable text (a mail saved whole): its escapes were read as the bytes they stand for"
        return Decoding(QP_PREFIX + inner.encoding, (*inner.warnings, note))
    if not head.startswith(_UTF16_BOMS) and base64_mail(head):
        inner = _detect(lambda: unbased(chunks()), b"".join(unbased((head,))), blank_bytes, path)
        note = "base64 mail (a mail saved whole): its text parts were read as the bytes their base64 stands for"
        return Decoding(B64_PREFIX + inner.encoding, (*inner.warnings, note))
    if rtf_document(head):
        inner = _detect(lambda: unrtf(chunks()), b"".join(unrtf((head,))), blank_bytes, path)
        return Decoding(RTF_PREFIX + inner.encoding, (*inner.warnings, "an RTF document: its text was read out"))
    if lark_blocks(head):
        inner = _detect(lambda: unlark(chunks()), b"".join(unlark((head,))), blank_bytes, path)
        note = "a Lark document's blocks as its open API returns them: their text was read out"
        return Decoding(LARK_PREFIX + inner.encoding, (*inner.warnings, note))
    if word_page(head):
        inner = _detect(lambda: unword(chunks()), b"".join(unword((head,))), blank_bytes, path)
        note = "a Word document saved as a web page: its text was read out"
        return Decoding(WORD_HTML_PREFIX + inner.encoding, (*inner.warnings, note))
    if url_encoded(head):
        inner = _detect(lambda: unurled(chunks()), b"".join(unurled((head,))), blank_bytes, path)
        note = "URL-encoded form body (a request copied whole): its %XX escapes were read as the bytes they stand for"
        return Decoding(URL_PREFIX + inner.encoding, (*inner.warnings, note))
    d = _detect(chunks, head, blank_bytes, path)
    if json_escaped(head):
        return replace(d, encoding=JSON_PREFIX + (JSONL_PREFIX if json_lines(head) else "") + d.encoding)
    if chat_export(head):
        return replace(d, encoding=CHAT_PREFIX + d.encoding)
    return replace(d, encoding=NOTEBOOK_PREFIX + d.encoding) if notebook(head) else d


def _detect(chunks: Callable[[], Iterable[bytes]], head: bytes, blank_bytes: bool, path: str) -> Decoding:
    """`detect` of bytes under no transfer encoding."""
    if head.startswith(_UTF16_BOMS):
        scan = _scan(chunks(), "utf-16")
        if scan.bad and not scan.repairable():
            raise InputError(path, "cannot decode as UTF-16 although it starts with its byte-order mark", CONVERT)
        return _judged(scan, "utf-16", path)
    unmarked = utf16_unmarked(head)
    if unmarked:
        scan = _scan(chunks(), unmarked)
        if not scan.bad or scan.repairable():
            note = (f"UTF-16 text without a byte-order mark: read as {unmarked.upper()} (its ASCII characters' NUL "
                    "bytes all fall on one side)")
            return _judged(scan, unmarked, path, note, *((_damage(scan, unmarked),) if scan.bad else ()))
    if blank_bytes:
        raise InputError(path, "empty file", "nothing to extract; remove it or fill it")
    _not_text(head, path)
    utf8 = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    scan = _scan(chunks(), utf8)
    # (UTF-8 read as cp1252 and saved again, cut or damaged too: the damage stays U+FFFD when it is read back)
    mojibake: tuple[str, ...] = ()
    read_as = utf8
    if cp1252_mojibake(scan.sample.replace(_MARK, ""), plausible_chinese):
        read_as += CP1252_SUFFIX
        mojibake = ("mojibake: UTF-8 text read as Windows-1252 and saved again; its characters were mapped back to "
                    "their bytes and read as UTF-8",)
    elif gbk_mojibake(scan.sample.replace(_MARK, "")):
        read_as += GBK_SUFFIX
        mojibake = ("mojibake: GBK text read as Latin-1 and saved as UTF-8; its characters were mapped back to their "
                    "bytes and read as GB18030",)
    if not scan.bad:
        return _judged(scan, read_as, path, *mojibake)
    if scan.cut and scan.bad == 1:
        warning = (f"truncated file: it ends in the middle of a character; the last {scan.cut} byte(s) were "
                   "replaced with U+FFFD and the rest was extracted (download the file again if text is missing)")
        return _judged(scan, read_as, path, *mojibake, warning)
    repairable = scan.repairable()
    if repairable and (mojibake or not gbk_lines(chunks())):
        return _judged(scan, read_as, path, *mojibake, _damage(scan, utf8))
    # (a UTF-8 file but for a few lines in GBK, `gbk_lines`, or GB18030 lines and UTF-8 lines in one file, `mixed_lines`:
    # each line read in its own)
    if repairable or mixed_lines(chunks()):
        inner = _detect(lambda: lines_recoded(chunks()), b"".join(lines_recoded((head,))), blank_bytes, path)
        note = ("lines in two encodings (an mbox's mails, files put together): each line was read as UTF-8 where it "
                "decodes so, else as GB18030")
        return Decoding(MIXED_PREFIX + inner.encoding, (*inner.warnings, note))
    marked = (MARKED_GBK,) if utf8 == "utf-8-sig" else ()
    gb = _scan(utf8_mark_dropped(chunks()), "gb18030")
    share = plausible_chinese(gb.sample)
    if share < _PLAUSIBLE:
        big5 = _scan(utf8_mark_dropped(chunks()), BIG5)
        if not big5.bad and big5.wide and _big5_frequent(big5.sample) >= _PLAUSIBLE:
            return _judged(big5, BIG5, path, "Big5 text: read as Big5 (cp950), neither UTF-8 nor GB18030/GBK",
                           *marked)
    if gb.bad:
        if not gb.repairable() or share < _PLAUSIBLE:
            raise InputError(path, "cannot decode as UTF-8 or GB18030/GBK", CONVERT)
        return _judged(gb, "gb18030", path, _damage(gb, "gb18030"), *marked)
    if share < _PLAUSIBLE:
        raise InputError(path, f"not UTF-8, and read as GB18030/GBK only {share:.0%} of its characters are "
                         "common Chinese, and it is no Big5 (cp950) either (Big5-HKSCS or another encoding?)", CONVERT)
    return _judged(gb, "gb18030", path, *marked)


# A UTF-8 byte-order mark over text in GBK/GB18030 or Big5: a web system's CSV or text export that writes the mark
# Excel wants first (PHP's echo "\xEF\xBB\xBF", many 导出 buttons) and then the rows converted to GBK for an old
# Excel. The mark says UTF-8 and the bytes after it are no UTF-8; read as GB18030 the mark's three bytes are mojibake
# (锘?) glued to the first cell, a title's or a head's, so that its row is no table's row. Neither encoding has a mark
# of its own, so three such bytes at the start of a file read so are the exporter's, and they are dropped.
MARKED_GBK = "a UTF-8 byte-order mark over GB18030/GBK or Big5 text (an export's): the mark was dropped"


def utf8_mark_dropped(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """chunks with a UTF-8 byte-order mark at their start dropped (see above), held until three bytes are in."""
    head = b""
    pieces = iter(chunks)
    for data in pieces:
        head += data
        if len(head) >= len(codecs.BOM_UTF8):
            break
    yield head.removeprefix(codecs.BOM_UTF8)
    yield from pieces


# UTF-16 with no byte-order mark (a database tool's "Unicode" export, bcp -w, some report writers): each ASCII
# character, digits, points, spaces and line ends included, is a byte and a NUL, the NUL after it (little-endian) or
# before it (big-endian), while a Han character's two bytes are seldom NUL (一 U+4E00 is, on the other side). So the NUL
# bytes of the head fall nearly all on one side: at least this share of its byte pairs, and at most
# `_UTF16_OTHER_SIDE` of them on the other side; and read so, the head must be text (`_utf16_text`). A binary file's
# NUL bytes fall on both sides, or too few on either.
_UTF16_NUL_PAIRS = 0.05
_UTF16_OTHER_SIDE = 0.25  # of the NULs of the main side
_UTF16_MIN_PAIRS = 8


def utf16_unmarked(head: bytes) -> str | None:
    """utf-16-le or utf-16-be where the head reads as UTF-16 text with no byte-order mark (see above), else None."""
    pairs = len(head) // 2
    if pairs < _UTF16_MIN_PAIRS or b"\x00" not in head:
        return None
    even, odd = head[0:2 * pairs:2].count(0), head[1:2 * pairs:2].count(0)
    main, other, encoding = (odd, even, "utf-16-le") if odd >= even else (even, odd, "utf-16-be")
    if main < _UTF16_NUL_PAIRS * pairs or other > _UTF16_OTHER_SIDE * main:
        return None
    text = head[:2 * pairs].decode(encoding, errors="replace")
    return encoding if _utf16_text(text) else None


def _utf16_text(text: str) -> bool:
    """The head read as UTF-16 is text: no NUL nor other control character but tabs, line and page ends (a byte
    pair of two NULs, or a binary file's small integers, reads as one), at most a broken last character, and its
    non-ASCII characters Chinese (`plausible_chinese`) where there are enough of them to judge."""
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    return controls == 0 and text.count("\ufffd") <= 1 and plausible_chinese(text) >= _PLAUSIBLE


def _damage(scan: _Scan, encoding: str) -> str:
    return (f"damaged text: {scan.bad} undecodable byte sequence(s) in {encoding} (first on line {scan.bad_line}) "
            "were replaced with U+FFFD and the rest was extracted (check or re-convert the file)")


def _judged(scan: _Scan, encoding: str, path: str, *warnings: str) -> Decoding:
    if scan.blank:
        raise InputError(path, "empty file (only a byte-order mark or blank characters)",
                         "nothing to extract; remove it or fill it")
    if scan.nul > NUL_SHARE * scan.chars:
        raise InputError(path, "binary file (NUL bytes)", NUL_HINT)
    if scan.nul:
        warnings += (f"damaged text: {scan.nul} NUL character(s) (first on line {scan.nul_line}) were replaced "
                     "with U+FFFD and the rest was extracted (check or re-convert the file)",)
    return Decoding(encoding, warnings)


def unescaped(text: str) -> str:
    """HTML character references (`_ENTITY`) as the characters they stand for and HTML tags (`_TAG`) dropped, the
    tags the references wrote (`_ESCAPED_TAG_OPEN`) too; text with neither is returned as it is, found so by
    containment tests in C (most text holds no ampersand nor >)."""
    if "<" in text and ">" in text:
        text = _tags_dropped(text)
    if "&" not in text or ";" not in text:
        return text
    escaped_tags = _ESCAPED_TAG_OPEN in text
    text = _ENTITY.sub(_referenced, text)
    if escaped_tags and "<" in text and ">" in text:
        text = _tags_dropped(text)
    return text


def _tags_dropped(text: str) -> str:
    """text's HTML tags dropped (`_TAG`), a cell's end before the next cell a tab and a block's end before the next
    block a line's end first (`_CELL_GAP`, `_BLOCK_BREAK`)."""
    return _TAG.sub("", _BLOCK_BREAK.sub("\n", _CELL_GAP.sub("\t", text)))


def as_read(text: str, json: bool | None = None, is_notebook: bool | None = None, is_chat: bool | None = None,
            records: bool | None = None) -> str:
    """Decoded text as every later stage reads it: HTML references read and tags dropped (`unescaped`), a forwarded
    mail's quote marks set blank (`quote_marks_blank`, after the tags: a quote mark is no tag's end), and a table
    saved as CSV lines with its cells set apart (`csv_cells_apart`), a sheet's rows in a European locale read the
    Chinese way (`decimal_commas`, after the CSV cells are set apart by tabs); and a reader tool's Markdown marks taken out
    (`markdown_plain`, after a filled-in form's values are read off their underlines, `underlines_out`: its marks
    would pair the underlines across the fields) and an OCR converter's LaTeX figures and tables read as the page
    showed them (`latex_plain`, before the Markdown: a bold number's math is no Markdown mark), a note's
    reStructuredText escapes, roles and footnote references taken out (`rest_plain`, before the Markdown: rst's
    **…** between escaped spaces is its own) and a wiki article's source read as the page shows it (`wikitext_plain`:
    citations dropped, links their text, its table's rows a line each; after a DokuWiki page's headings, tables'
    rows, footnotes and italic read as the page shows them, `dokuwiki_plain`), a long SMS's parts a backup keeps apart
    joined where their counters follow each other (`parts_joined`), a QQ chat export's message that opens on a number
    run on to its sender's message a moment before (`qq_runs_joined`: a label and its number sent apart), a subtitle file's
    cues run on as one paragraph (`cues_run_on`) and a line decoded with the wrong encoding made unreadable
    (`garbled_blank`); a forum post's BBCode taken out (`bbcode_plain`, after the HTML: a tag's colour may be a
    reference; a shared document's comment marks and its comments' texts after it taken out, `comment_marks_out`,
    before the BBCode: its [b] is a comment's mark); first of all, the JSON escapes of an API's reply read
    (`json_escapes_read`: the HTML it may carry is read after them; `json` says whether the file is such a reply,
    None: the text's head says) and the OOXML escapes
    a sheet's cells read out by a tool leave (_x000D_, _x0009_) read as the line ends and tabs they stand for
    (`sheet_escapes_read`: a tab between a table's cells is its gap), then a Word body's WordprocessingML taken out
    (`wordml_plain`, before the HTML: its text's references are read there), a slide's DrawingML (`drawingml_plain`,
    after the Word body's: a Word body's drawings hold DrawingML tags its reading takes) and an OpenDocument body's ODF
    markup (`odf_plain`, its styles dropped, its footnotes after their paragraphs, before the HTML too), and a
    book's XHTML its rubies' readings dropped and its notes after the paragraphs that refer to them (`epub_plain`,
    before the HTML: a note and its reference are found by their tags), and a DocBook document's or a FictionBook's
    XML read as a reader shows it, its metadata and pictures dropped, its notes after their paragraphs, its table's
    rows a line each (`xml_book_plain`, before the book's XHTML: its tags are no web page's); and a
    Jupyter notebook's cells' lines read as the strings its JSON writes them (`notebook_plain`, before all but the
    JSON escapes; `is_notebook` says whether the file is one, None: the text's head says); before everything, a
    Telegram chat export's messages read once each, their texts' parts joined (`chat_export_plain`: the JSON it
    reads holds its own escapes; `is_chat` says whether the file is one, None: the text's keys say) and a calendar
    file's events' texts unfolded and their escapes read (`calendar_plain`: its \\n and \\, are no JSON's), and before
    that an LRC caption file's cues run on (`lrc_run_on`), a MicroDVD caption file's too (`microdvd_run_on`: its
    frames in braces are no JSON's) and a bilibili subtitle file's cues taken out of its JSON and
    run on (`bcc_run_on`: its strings' escapes are read
    there, and a JSON reader after it would take its cues for an API's reply); and a
    page an XML file places run by run (an OFD page, an ALTO scan, an SVG drawing) read as its lines
    (`placed_xml_plain`, before the HTML: its attributes' references are read there), and so a scan's PAGE XML or DjVu
    XML, each line once (`ocr_xml_plain`), ABBYY FineReader's XML of a scan (`finereader_plain`) and a Scribus
    page's text frames, their stories' runs joined (`scribus_plain`: its runs' characters are attributes), a Confluence
    page's storage format its macros' parameters, pictures and tasks' numbers dropped and its links their text
    (`confluence_plain`, before the HTML: its tags are read there, its CDATA first), an outliner's OPML export read
    as its items' texts and notes, a line each (`opml_plain`, before the HTML too), a draw.io diagram as its cells'
    texts, a paragraph each (`drawio_plain`, before the HTML: its labels are HTML escaped once more), a WeChat
    article's page as its headline and body, each block a paragraph (`wechat_plain`, before the HTML: its head and
    scripts repeat the headline, and its <section>s are no tags the HTML reading drops); an Excel XML
    Spreadsheet 2003's
    sheets read as rows of cells as each cell's format shows it (`spreadsheetml_plain`, before the HTML: its cells'
    references are read there) and so an .xlsx worksheet's XML (`worksheet_plain`, its inline strings and numbers,
    and its shared strings where the text holds them too, or those alone a string a line),
    a TTML caption file's cues run on as a subtitle file's are (`ttml_run_on`, before the Word body's: its <p> cues
    and <span>s are no other XML's; a SAMI file's cues after it, `sami_run_on`), and an HTML page a PDF converter
    places run by run
    (`pdftohtml -c`, pdfminer's exact HTML) read as its lines laid out (`placed_html_plain`, before the HTML: its runs
    are found by their tags), and the word boxes `pdftotext -tsv` and `-bbox(-layout)` write with their places read as
    their lines laid out the same way (`word_boxes_plain`, before the HTML: the XHTML's words are found by their
    tags); and before all, the literals a Python script wrote as its bytes' repr (b'\\xe5\\xae…') read as their text
    (`bytes_reprs_read`: the CSV or JSON around them is read after it), and before those a Typst source read as its
    page shows it (`typst_plain`: its markup's stars, ties and brackets are no other reader's); a Pandoc JSON AST or a
    Google Docs API document read as its blocks before the other JSON readings (`doc_json_plain`: its strings' escapes
    are read there)."""
    read = app_json_plain(doc_json_plain(bcc_run_on(microdvd_run_on(lrc_run_on(bytes_reprs_read(typst_plain(text)))))))
    read = sheet_escapes_read(notebook_plain(json_escapes_read(chat_export_plain(calendar_plain(read), is_chat),
                                                                 json, records), is_notebook))
    read = worksheet_plain(spreadsheetml_plain(drawingml_plain(wordml_plain(sami_run_on(ttml_run_on(idml_plain(read)))))))
    read = placed_html_plain(word_boxes_plain(placed_xml_plain(ocr_xml_plain(finereader_plain(scribus_plain(
        hocr_plain(odf_plain(opml_plain(drawio_plain(wechat_plain(read)))))))))))
    read = qq_runs_joined(parts_joined(bbcode_plain(comment_marks_out(unescaped(confluence_plain(epub_plain(
        xml_book_plain(read))))))))
    read = asciidoc_plain(org_plain(wikitext_plain(dokuwiki_plain(latex_plain(underlines_out(
        decimal_commas(csv_cells_apart(quote_marks_blank(read)))))))))
    return garbled_blank(dialogue_run_on(cues_run_on(markdown_plain(rest_plain(read)))))


def _referenced(m: re.Match[str]) -> str:
    ref = m.group()
    while ref.startswith("&amp;") and len(ref) > 5:  # (&amp;nbsp; is &nbsp; escaped once more; &amp; alone is &)
        ref = "&" + ref[5:]
    return html.unescape(ref)  # (an unknown name comes back as written)


def decode_chunks(chunks: Iterable[bytes], encoding: str) -> Iterator[str]:
    """The text of chunks of bytes (under a transfer encoding `detect` found, undone first), a piece per chunk,
    undecodable runs shown as U+FFFD and HTML character references read and tags dropped (`unescaped`); a
    reference, a tag or a sheet's OOXML escape (`escape_cut`) a chunk's end cuts waits for the next chunk."""
    if encoding.startswith(QP_PREFIX):
        chunks, encoding = unquoted(chunks), encoding[len(QP_PREFIX):]
    if encoding.startswith(B64_PREFIX):
        chunks, encoding = unbased(chunks), encoding[len(B64_PREFIX):]
    if encoding.startswith(RTF_PREFIX):
        chunks, encoding = unrtf(chunks), encoding[len(RTF_PREFIX):]
    if encoding.startswith(URL_PREFIX):
        chunks, encoding = unurled(chunks), encoding[len(URL_PREFIX):]
    if encoding.startswith(LARK_PREFIX):
        chunks, encoding = unlark(chunks), encoding[len(LARK_PREFIX):]
    if encoding.startswith(WORD_HTML_PREFIX):
        chunks, encoding = unword(chunks), encoding[len(WORD_HTML_PREFIX):]
    json = encoding.startswith(JSON_PREFIX)
    encoding = encoding.removeprefix(JSON_PREFIX)
    records = encoding.startswith(JSONL_PREFIX)
    encoding = encoding.removeprefix(JSONL_PREFIX)
    is_chat = encoding.startswith(CHAT_PREFIX)
    encoding = encoding.removeprefix(CHAT_PREFIX)
    is_notebook = encoding.startswith(NOTEBOOK_PREFIX)
    encoding = encoding.removeprefix(NOTEBOOK_PREFIX)
    if encoding.startswith(MIXED_PREFIX):
        chunks, encoding = lines_recoded(chunks), encoding[len(MIXED_PREFIX):]
    if encoding.endswith(GBK_SUFFIX):
        chunks, encoding = unmojibaked(chunks, encoding[:-len(GBK_SUFFIX)]), "gb18030"
    if encoding.endswith(CP1252_SUFFIX):
        # (utf-8-sig: a byte-order mark the file had before it was double-encoded is read back too, and dropped)
        chunks, encoding = unmojibaked(chunks, encoding[:-len(CP1252_SUFFIX)]), "utf-8-sig"
    if encoding in ("gb18030", BIG5):  # (a UTF-8 mark over them is an export's, `utf8_mark_dropped`)
        chunks = utf8_mark_dropped(chunks)
    decoder = codecs.getincrementaldecoder(encoding)(errors=_MARK_HANDLER)
    held = ""
    for data in chunks:
        text = decoder.decode(data)
        if text:
            text = held + _repaired(text)
            cuts = [c for c in (_tail_tags(text), wordml_cut(text), bytes_repr_cut(text),
                                 notebook_cut(text) if is_notebook else -1,
                                 chat_export_cut(text) if is_chat else -1, json_record_cut(text) if records else -1)
                    if c >= 0]
            cut = min(cuts, default=-1)
            if cut > 0 and wordml_cut(text[:cut]) >= 0:  # (deleted text whose end tag the tags held would take)
                cut = wordml_cut(text[:cut])
            if 0 <= cut < len(text):  # (the tags a piece ends in, whose reading hangs on what follows them,
                # </td> | <td>, wait whole; so does a notebook line, "…8.6 | 2亿元\n", and a feed's record)
                text, held = text[:cut], text[cut:]
                if text:
                    yield as_read(text, json, is_notebook, is_chat, records)
                continue
            amp = text.rfind("&", max(0, len(text) - _ENTITY_MAX))
            lt = text.rfind("<", max(0, len(text) - _TAG_MAX))
            elt = text.rfind(_ESCAPED_TAG_OPEN, max(0, len(text) - 2 * _TAG_MAX))
            if elt >= 0 and "&gt;" not in text[elt:] and "\n" not in text[elt:] and elt > lt:
                text, held = text[:elt], text[elt:]  # (an escaped tag cut in two waits whole, its references with it)
            elif lt >= 0 and ">" not in text[lt:] and "\n" not in text[lt:] and (amp < 0 or lt < amp):
                text, held = text[:lt], text[lt:]  # (a tag cut in two: the reference after it waits with it)
            elif amp >= 0 and (";" not in text[amp:] or _ENTITY_START.fullmatch(text, amp)):
                text, held = text[:amp], text[amp:]
            else:
                held = ""
            cut = escape_cut(text) if not held else -1
            if cut >= 0:  # (an OOXML escape cut in two waits too: _x00 | 0D_)
                text, held = text[:cut], text[cut:]
            cut = max(json_escape_cut(text), bbcode_cut(text)) if not held else -1
            if cut >= 0:  # (and a JSON escape, \u4e | 07, or a forum's tag, [col | or=Red])
                text, held = text[:cut], text[cut:]
            if text:
                yield as_read(text, json, is_notebook, is_chat, records)
    tail = held + _repaired(decoder.decode(b"", final=True))
    if tail:
        yield as_read(tail, json, is_notebook, is_chat, records)


def _tail_tags(text: str) -> int:
    """Where the run of tags (blanks between them, the last maybe cut) that `text` ends in starts, if it holds a
    whole tag (-1: none within `_TAG_MAX` × 3 characters): a cell's or a block's end is read by the tag after it
    (`_CELL_GAP`, `_BLOCK_BREAK`, and a Word body's cells), so such a run waits for the next piece."""
    m = _TAIL_TAGS.search(text, max(0, len(text) - 3 * _TAG_MAX))
    return m.start() if m is not None else -1


def _repaired(text: str) -> str:
    """Damage marks and NUL characters (a C string's end for every tool after us) shown as U+FFFD."""
    return text.replace(_MARK, "\ufffd").replace("\x00", "\ufffd")


def decode_bytes(data: bytes, path: str) -> Decoded:
    """The text of a file already in memory: `detect` on one chunk, with a fast path for clean UTF-8."""
    if data.strip() and not data.startswith(_UTF16_BOMS) and b"\x00" not in data:
        _not_text(data, path)
        utf8 = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
        try:
            text = data.decode(utf8)
        except UnicodeDecodeError:
            pass
        else:
            wrapped = (quoted_printable(data[:4096]) or base64_mail(data[:4096]) or json_escaped(data[:4096])
                       or url_encoded(data[:4096]) or rtf_document(data[:4096]) or lark_blocks(data[:4096])
                       or word_page(data[:4096]))
            if (text.strip() and not wrapped and not cp1252_mojibake(text[:SAMPLE_CHARS], plausible_chinese)
                    and not gbk_mojibake(text[:SAMPLE_CHARS])):
                return Decoded(as_read(text), utf8)
    d = detect(lambda: (data,), data[:4096], not data.strip(), path)
    return Decoded("".join(decode_chunks((data,), d.encoding)), d.encoding, d.warnings)
