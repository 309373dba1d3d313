"""A sheet saved by Excel as XML Spreadsheet 2003 (the .xls that many government systems export, which is XML:
<?mso-application progid="Excel.Sheet"?> and a <Workbook> of the urn:schemas-microsoft-com:office:spreadsheet
namespace), read as the sheet shows it: each row a line, its cells apart by tabs, as a sheet's rows pasted as text.

Read as written, the workbook's heads hold numbers of their own (DocumentProperties' Created 2026-01-29 and Version
16.00, ExcelWorkbook's WindowHeight 12600, a Column's ss:Width, a Row's ss:Height, WorksheetOptions' margins and
printer resolution), each cell stands on a line of its own apart from its row, and a number cell holds the double
Excel keeps, not what the cell shows: written to 17 significant digits (7.8600000000000003 for 7.86) and a fraction
under 0.1 in E notation (5.1999999999999998E-2 for 5.2% under a 0.0% format). The cell's style gives its number
format (<NumberFormat ss:Format="0.0%"/>, or a named one: Percent, Fixed, Standard): a percent format shows the
fraction times a hundred with its mark, a format of n decimals shows n (its thousands commas where it groups), its
literal text around the number (0.00"万元" shows 12.50万元), and no format (General) shows the double to 15
significant digits, as Excel does.

So: the heads (DocumentProperties, CustomDocumentProperties, OfficeDocumentSettings, ExcelWorkbook, Styles, Names,
WorksheetOptions, DataValidation, ConditionalFormatting, AutoFilter) are dropped whole, and so is a cell's comment
(<Comment>, shown only when the pointer is on it); each <Row> is a line, each <Cell> a cell, a cell that names its
column (ss:Index) after a skipped one leaves the skipped ones empty, a sheet's end is a blank line; a <Data> is
read as its format shows it, its inner markup (a rich text's <B>, <Font>) dropped. The character references in the
cells (&#10;, &amp;) are read by the HTML reading after this one. A text is read so only where it holds the
workbook's own root (<Workbook with that namespace) and its rows; any other text comes back as it is.
"""

from __future__ import annotations

import html
import re

from stats.rules.prepared import compiled_re

_ROOT = compiled_re(r"<(?:ss:)?Workbook\b[^<>]*urn:schemas-microsoft-com:office:spreadsheet")
_HEADS = compiled_re(r"<((?:[ox]:|ss:)?(?:DocumentProperties|CustomDocumentProperties|OfficeDocumentSettings"
                     r"|ExcelWorkbook|Styles|Names|WorksheetOptions|DataValidation|ConditionalFormatting|AutoFilter"
                     r"|Comment))\b[^<>]*?(?:/>|>.*?</\1>)", re.S)
_STYLE = compiled_re(r"<(?:ss:)?Style\b([^<>]*)>(.*?)</(?:ss:)?Style>", re.S)
_STYLE_ID = compiled_re(r"\bss:ID=\"([^\"]*)\"")
_STYLE_PARENT = compiled_re(r"\bss:Parent=\"([^\"]*)\"")
_FORMAT = compiled_re(r"<(?:ss:)?NumberFormat\b[^<>]*\bss:Format=\"([^\"]*)\"")
_WORKSHEET = compiled_re(r"<(?:ss:)?Worksheet\b[^<>]*>(.*?)</(?:ss:)?Worksheet>", re.S)
_ROW = compiled_re(r"<(?:ss:)?Row\b[^<>]*?(?:/>|>(.*?)</(?:ss:)?Row>)", re.S)
_CELL = compiled_re(r"<(?:ss:)?Cell\b([^<>]*?)(?:/>|>(.*?)</(?:ss:)?Cell>)", re.S)
_CELL_INDEX = compiled_re(r"\bss:Index=\"(\d{1,5})\"")
_CELL_STYLE = compiled_re(r"\bss:StyleID=\"([^\"]*)\"")
_DATA = compiled_re(r"<(?:ss:)?Data\b([^<>]*)>(.*?)</(?:ss:)?Data>", re.S)
_DATA_TYPE = compiled_re(r"\bss:Type=\"([^\"]*)\"")
_TAG = compiled_re(r"<[^<>]*>")
_PLACE = compiled_re(r"[0#?](?:[0#?,.]*[0#?])?")  # (a format's run of digit placeholders)
_LITERAL = compiled_re(r"\"([^\"]*)\"|\\(.)|[_*].")
_CODES = compiled_re(r"\[[^\]]*\]")
_NUMBER = compiled_re(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# Excel's named number formats: the decimals each shows, whether it groups thousands, whether it is a percent
_NAMED = {"Percent": (2, False, True), "Fixed": (2, False, False), "Standard": (2, True, False),
          "General Number": (None, False, False), "General": (None, False, False)}
_GENERAL_DIGITS = 15  # (the significant digits a General cell shows a double to)


def _formats(styles: str) -> dict[str, str]:
    """Each style's number format by its id, a style with none taking its parent's."""
    own: dict[str, str | None] = {}
    parent: dict[str, str] = {}
    for m in _STYLE.finditer(styles):
        sid = _STYLE_ID.search(m.group(1))
        if sid is None:
            continue
        fmt = _FORMAT.search(m.group(2))
        own[sid.group(1)] = html.unescape(fmt.group(1)) if fmt else None  # (its quotes written &quot;)
        if (p := _STYLE_PARENT.search(m.group(1))) is not None:
            parent[sid.group(1)] = p.group(1)
    out: dict[str, str] = {}
    for sid in own:
        seen, cur = set(), sid
        while cur in own and own[cur] is None and cur in parent and cur not in seen:
            seen.add(cur)
            cur = parent[cur]
        if own.get(cur):
            out[sid] = str(own[cur])
    return out


def _literal(piece: str) -> str:
    """The literal text a piece of a number format shows: its quoted strings and its backslash-escaped characters
    (codes in brackets, [Red] or [$-804], and padding, _ and *, show none)."""
    return "".join(m.group(1) or m.group(2) or "" for m in _LITERAL.finditer(_CODES.sub("", piece)))


def _shown(raw: str, fmt: str | None) -> str:
    """A number cell's double as its format shows it (see above); a value that is no number comes back as written."""
    raw = raw.strip()
    if _NUMBER.fullmatch(raw) is None:
        return raw
    value = float(raw)
    before = after = ""
    if fmt in _NAMED:
        decimals, grouped, percent = _NAMED[fmt]
    elif fmt:
        body = fmt.split(";")[0]
        if (first := _PLACE.search(body)) is not None:
            # (a format's literal text shows around the number: 0.00"万元" is 12.50万元, \¥#,##0 is ¥1,280)
            last = list(_PLACE.finditer(body))[-1]
            before, after = _literal(body[:first.start()]), _literal(body[last.end():])
        percent = "%" in body
        grouped = "," in body.split(".")[0]
        digits = re.search(r"\.([0#?]+)", body)
        decimals = len(digits.group(1)) if digits else 0
    else:
        decimals, grouped, percent = None, False, False
    if percent:
        value *= 100
    if decimals is None:
        text = format(value, f".{_GENERAL_DIGITS}g")
        if "e" in text or "E" in text:  # (a General cell of a huge or tiny double: its digits as written)
            return raw
    else:
        text = format(value, f"{',' if grouped else ''}.{decimals}f")
    return before + text + ("%" if percent else "") + after


def _cells(row: str, formats: dict[str, str]) -> list[str]:
    """A row's cells as shown, a skipped column an empty cell."""
    out: list[str] = []
    for m in _CELL.finditer(row):
        attrs, inner = m.group(1), m.group(2) or ""
        if (index := _CELL_INDEX.search(attrs)) is not None:
            out += [""] * max(0, int(index.group(1)) - 1 - len(out))
        style = _CELL_STYLE.search(attrs)
        fmt = formats.get(style.group(1)) if style else None
        data = _DATA.search(inner)
        if data is None:
            out.append("")
            continue
        kind = _DATA_TYPE.search(data.group(1))
        text = _TAG.sub("", data.group(2))
        out.append(_shown(text, fmt) if kind and kind.group(1) == "Number" else text.strip())
    while out and not out[-1]:
        out.pop()
    return out


def spreadsheetml_plain(text: str) -> str:
    """text read as the XML spreadsheet's sheets show it (see above), else text as it is."""
    root = _ROOT.search(text)
    if root is None or "Row" not in text:
        return text
    formats = _formats(text)
    body = _HEADS.sub("", text)
    sheets = []
    for sheet in _WORKSHEET.finditer(body):
        rows = ["\t".join(_cells(r.group(1) or "", formats)) for r in _ROW.finditer(sheet.group(1))]
        sheets.append("\n".join(rows).strip("\n"))
    if not any(sheets):
        return text
    return "\n\n".join(s for s in sheets if s) + "\n"
