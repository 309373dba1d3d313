"""A sheet as its .xlsx holds it (xl/worksheets/sheetN.xml, read out of the archive as text): read as the sheet shows
it, each row a line, its cells apart by tabs, as a sheet's rows pasted as text.

Excel and the libraries that write .xlsx (Apache POI, its streaming SXSSF that many Java report systems export with,
openpyxl, xlsxwriter, EasyExcel) write a worksheet as SpreadsheetML on one line after the XML declaration: a
<worksheet> in the namespace http://schemas.openxmlformats.org/spreadsheetml/2006/main whose heads hold numbers of
their own (the dimension A1:C11, a sheet view's selection B6, column widths 32.7109375, a default row height 13.5),
then <sheetData>: each row a <row r="4" spans="1:3" ht="22.5">, each cell a <c r="B4" s="5"> whose value is in a <v>
(a number as the double it keeps), or, for a text written inline (t="inlineStr", as streaming writers do), in the
<t> runs of an <is> (a rich string's runs apart, each with its own rPr); after the data, merged cells, the page's
margins (0.7, 0.75) and its setup (paperSize 9, 600 dpi). Read as written, every cell stands apart from its row
between tags whose attributes hold cell references and sizes, and a row's label is no row's label.

So: each <row> is a line, each <c> a cell (a cell that names its column after a skipped one leaves the skipped ones
empty, a row's empty cells at its end dropped), everything outside the rows dropped. A cell's text is its inline
string's runs joined (a phonetic run, <rPh>, dropped), a formula's string result (t="str") or error (t="e") as
written; a number cell (no t, or t="n") shows its double as a cell of the General format does (15 significant digits:
7.3600000000000003 is 7.36). A cell of the workbook's shared strings (t="s") holds only the string's index, and a
boolean (t="b") a 0 or a 1: neither is its text, so both are read as empty cells (the index is no figure). The
character references in the cells (&amp;, &#10;) are read by the HTML reading after this one. A text is read so only
where it holds a worksheet root of that namespace and its rows; any other text comes back as it is.

A workbook's texts are kept once, in xl/sharedStrings.xml: an <sst> of the same namespace, a string an <si>, its text
one <t> or, for a rich string, runs (<r>) each with its own properties (<rPr>: bold, colour, font) and its own <t>,
which a change of colour cuts wherever it falls, inside a number too (<t>全县床位由2</t></r><r><rPr><b/>…</rPr>
<t>316张</t>: 316张 read alone, a value no one wrote, and the run's properties' numbers between). Where the strings
stand in the same text as the worksheet (`unzip -p book.xlsx xl/sharedStrings.xml xl/worksheets/sheet1.xml` writes
the two one after the other), a shared string's cell is its string (the index read into the table, the runs joined,
the phonetic runs dropped), and the table alone is the text; strings with no worksheet are read as they are kept, a
string a line.
"""

from __future__ import annotations

import re

from stats.read.spreadsheetml import _shown
from stats.rules.prepared import compiled_re

_ROOT = compiled_re(r"<(?:\w+:)?worksheet\b[^<>]*\"http://(?:schemas\.openxmlformats\.org/spreadsheetml/2006/main"
                    r"|purl\.oclc\.org/ooxml/spreadsheetml/main)\"")
_ROW = compiled_re(r"<(?:\w+:)?row\b[^<>]*?(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_CELL = compiled_re(r"<(?:\w+:)?c\b([^<>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_CELL_REF = compiled_re(r"\br=\"([A-Z]{1,3})\d+\"")
_CELL_TYPE = compiled_re(r"\bt=\"(\w+)\"")
_VALUE = compiled_re(r"<(?:\w+:)?v\b[^<>]*>(.*?)</(?:\w+:)?v>", re.S)
_INLINE = compiled_re(r"<(?:\w+:)?is\b[^<>]*>(.*?)</(?:\w+:)?is>", re.S)
_PHONETIC = compiled_re(r"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.S)
_RUN_TEXT = compiled_re(r"<(?:\w+:)?t\b[^<>]*>(.*?)</(?:\w+:)?t>", re.S)
_SST = compiled_re(r"<(?:\w+:)?sst\b[^<>]*\"http://(?:schemas\.openxmlformats\.org/spreadsheetml/2006/main"
                   r"|purl\.oclc\.org/ooxml/spreadsheetml/main)\"[^<>]*>(.*?)</(?:\w+:)?sst>", re.S)
_STRING = compiled_re(r"<(?:\w+:)?si\b[^<>]*?(?:/>|>(.*?)</(?:\w+:)?si>)", re.S)
_WORKSHEET_END = compiled_re(r"</(?:\w+:)?worksheet>")


def _column(letters: str) -> int:
    """A cell reference's column letters as a number from 1 (A 1, Z 26, AA 27)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n


def _string(inner: str) -> str:
    """A string's (an inline string's or a shared one's) text: its runs' texts joined, its phonetic runs dropped."""
    return "".join(_RUN_TEXT.findall(_PHONETIC.sub("", inner)))


def _shared(text: str) -> list[str] | None:
    """The shared strings a text holds (an <sst> of the namespace), in order; None where it holds none."""
    sst = _SST.search(text) if "sst" in text and ("spreadsheetml" in text or "ooxml" in text) else None
    if sst is None:
        return None
    return [_string(m.group(1) or "") for m in _STRING.finditer(sst.group(1))]


def _cell(attrs: str, inner: str, shared: list[str] | None = None) -> str:
    """A cell's text as the sheet shows it (see above)."""
    kind = _CELL_TYPE.search(attrs)
    kind_name = kind.group(1) if kind else "n"
    if kind_name == "inlineStr":
        inline = _INLINE.search(inner)
        return _string(inline.group(1)) if inline else ""
    if kind_name == "s" and shared is not None:
        index = _VALUE.search(inner)
        at = index.group(1).strip() if index is not None else ""
        return shared[int(at)] if at.isdigit() and int(at) < len(shared) else ""
    if kind_name in ("s", "b"):
        return ""
    value = _VALUE.search(inner)
    if value is None:
        return ""
    return _shown(value.group(1), None) if kind_name == "n" else value.group(1).strip()


def _cells(row: str, shared: list[str] | None = None) -> list[str]:
    """A row's cells as shown, a skipped column an empty cell."""
    out: list[str] = []
    for m in _CELL.finditer(row):
        attrs, inner = m.group(1), m.group(2) or ""
        if (ref := _CELL_REF.search(attrs)) is not None:
            out += [""] * max(0, _column(ref.group(1)) - 1 - len(out))
        out.append(_cell(attrs, inner, shared))
    while out and not out[-1]:
        out.pop()
    return out


def worksheet_plain(text: str) -> str:
    """text read as the .xlsx worksheet's rows show it (see above), else text as it is."""
    root = _ROOT.search(text) if "worksheet" in text else None
    shared = _shared(text)
    if root is None:
        if not shared or not any(shared):
            return text
        return "\n".join(shared).strip("\n") + "\n"
    end = _WORKSHEET_END.search(text, root.end())
    rows = ["\t".join(_cells(r.group(1) or "", shared))
            for r in _ROW.finditer(text, root.end(), end.start() if end is not None else len(text))]
    if not any(rows):
        return text
    return "\n".join(rows).strip("\n") + "\n"
