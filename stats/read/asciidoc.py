"""A report kept as AsciiDoc source (.adoc, .asciidoc: Asciidoctor's, read as text): its header, attributes,
comments, block markup and inline markup taken out where the text is read, and its tables' cells set apart, so that
it reads as the built page shows it.

An AsciiDoc document opens with its header: the = title, an author line and a revision line (v1.3, 2026-01-27: 终稿),
then attribute entries (:toclevels: 2, :imagesdir: images, and attributes of the author's own, :beds-plan: 150, that
the text uses as {beds-plan}张). Its body holds == section titles, // comment lines and //// comment blocks (a
draft's numbers: 1496张 is no figure of the page), block attribute lines ([NOTE], [cols="3,1,1,1",options="header"]),
block titles (.2025年床位构成), delimiters (====, ----, ****) around blocks, block macros (image::chart.png[图,640,360]:
a size, no figure), a footnote:[…] macro glued after a figure (its text shown at the page's foot), and inline
markup around figures, unconstrained inside Han text (**1582**张, ``1.48``亿元, __x__, ##x##). A table is set between
|=== lines, each cell opened by a bar (|类别 |单位 |2025年), a row a line or, as the cols attribute counts them, a
cell a line. Read as written, the attributes' and macros' numbers read as figures, a figure behind an attribute
reference is no number at all, and the table's rows are no table a reader knows.

So, where a text holds a |=== table, an attribute entry right under a = title, or a footnote:[ macro: attribute
entries are read and dropped and their references in the text replaced by their values; comments, block attribute
lines, delimiters and block macros are dropped; a title (= or ==) and a block title are their text; a footnote's
text goes after its paragraph, as a paragraph of its own (the page's foot); unconstrained and constrained marks
around a run are dropped; and a table's cells are set apart by tabs, one row a line (the cols attribute's count of
cells a row where it is given), as a sheet's rows. Done where the text is read; any other text is left as it is.
"""

from __future__ import annotations

from stats.rules.prepared import compiled_re

_TITLE = compiled_re(r"(?m)^=[ \t]+\S")
_ATTRIBUTE = compiled_re(r"^:([\w][\w-]{0,40}):(?:[ \t]+(.*?))?[ \t]*$")
_REFERENCE = compiled_re(r"\{([\w][\w-]{0,40})\}")
_SECTION = compiled_re(r"^={1,6}[ \t]+(.+?)(?:[ \t]+=+)?[ \t]*$")
_BLOCK_TITLE = compiled_re(r"^\.(?=[^\s.])(.+)$")
_BLOCK_ATTRIBUTES = compiled_re(r"^\[[^\]\n]*\][ \t]*$")
_DELIMITER = compiled_re(r"^(?:={4,}|-{4,}|\*{4,}|_{4,}|\+{4,}|\.{4,}|-{2})[ \t]*$")
_COMMENT_BLOCK = "////"
_COMMENT = compiled_re(r"^//(?!/)")
_BLOCK_MACRO = compiled_re(r"^(?:image|video|audio|include|toc)::[^\[\n]*\[[^\]\n]*\][ \t]*$")
_TABLE = "|==="
_COLS = compiled_re(r"cols=\"?(\d+)(?=\*)|cols=\"([^\"\]]*)\"")
_FOOTNOTE = compiled_re(r"footnote:(?:[\w-]{0,30})?\[([^\]\n]*)\]")
_INLINE = compiled_re(r"(\*\*|``|__|##|\+\+)(?=\S)([^\n]{1,200}?)(?<=\S)\1"
                      r"|(?<![\w*`_#+])([*`_#])(?=[^\s*`_#])([^\n]{1,200}?)(?<=\S)\3(?![\w*`_#+])")
_REVISION = compiled_re(r"^v\d[\w.]*,[ \t]*\d{4}-\d{2}-\d{2}")


def asciidoc_plain(buf: str) -> str:
    """buf, if it is AsciiDoc source (see above), read as its page shows it; any other text as it is."""
    if _TABLE not in buf and "footnote:[" not in buf and not _has_header(buf):
        return buf
    lines = buf.split("\n")
    values: dict[str, str] = {}
    out: list[str] = []
    notes: list[str] = []
    cols = 0
    table: list[str] | None = None
    in_comment = False
    for raw in lines:
        line = raw.rstrip("\r")
        if in_comment:
            in_comment = line.strip() != _COMMENT_BLOCK
            continue
        if table is not None:
            if line.strip() == _TABLE:
                out.extend(_rows(table, cols))
                table, cols = None, 0
            else:
                table.append(line)
            continue
        if not line.strip():
            out.extend(["", *notes] if notes else [])
            notes = []
            out.append("")
            continue
        attribute = _ATTRIBUTE.match(line)
        if attribute is not None:
            values[attribute.group(1)] = attribute.group(2) or ""
            continue
        if line.strip() == _COMMENT_BLOCK:
            in_comment = True
            continue
        if line.strip() == _TABLE:
            table = []
            continue
        if _BLOCK_ATTRIBUTES.match(line):
            cols = _cols(line) or cols
            continue
        if _COMMENT.match(line) or _DELIMITER.match(line) or _BLOCK_MACRO.match(line) or _REVISION.match(line):
            continue
        line = _REFERENCE.sub(lambda m: values.get(m.group(1), m.group()), line)
        for note in _FOOTNOTE.finditer(line):
            notes.append(_inline(note.group(1)))
        line = _FOOTNOTE.sub("", line)
        heading = _SECTION.match(line) or _BLOCK_TITLE.match(line)
        out.append(_inline(heading.group(1) if heading else line))
    out.extend(["", *notes] if notes else [])
    if table is not None:
        out.extend(_rows(table, cols))
    return "\n".join(out)


def _has_header(buf: str) -> bool:
    """Does buf open an AsciiDoc header: a = title with attribute entries in the lines right under it?"""
    if not buf.startswith("= ") and "\n= " not in buf:
        return False
    m = _TITLE.search(buf)
    if m is None:
        return False
    head = buf[m.start():m.start() + 2000].split("\n")[1:8]
    return sum(_ATTRIBUTE.match(line.rstrip("\r")) is not None for line in head) >= 2


def _cols(line: str) -> int:
    """How many cells a row has, a block attribute line's cols says (0: it says none)."""
    m = _COLS.search(line)
    if m is None:
        return 0
    if m.group(1):
        return int(m.group(1))
    return len([c for c in m.group(2).split(",") if c.strip()])


def _rows(lines: list[str], cols: int) -> list[str]:
    """A table's rows, its cells set apart by tabs: one row a line, or `cols` cells a row where every line with a
    cell holds fewer than that (a cell a line)."""
    rows = [[_inline(c.strip()) for c in line.split("|")[1:]] for line in lines if line.strip().startswith("|")]
    if cols and rows and all(len(r) < cols for r in rows):
        cells = [c for r in rows for c in r]
        rows = [cells[i:i + cols] for i in range(0, len(cells), cols)]
    return ["\t".join(r) for r in rows]


def _inline(line: str) -> str:
    """A line with its inline marks dropped (their runs kept)."""
    if not any(c in line for c in "*`_#+"):
        return line
    return _INLINE.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), line)


