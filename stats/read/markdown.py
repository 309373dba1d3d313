"""A web page as a reader tool (an HTML-to-Markdown converter) gives it: the Markdown's marks taken out where the
text is read, so that the words and figures they wrap read as the page showed them.

The figures of such a page stand in bold (增长**7.6**%, 增加**138张**): the marks part a number from its unit or a
word of change from its number. Its links are written [text](address) and its pictures ![alt](address): the
addresses hold dates and ids (t20260114_1946218.html) and keep a line of the page's chrome (上一篇：…, a line of its
own once the link is its text) from being known as one. A list's bullet (*   ) opens such a line too, and a numbered
list's point is escaped (1\\. ). So: a picture is dropped, a link is its text, bold and italic marks around words
are dropped, a line's bullet is a space and an escaped list point is a point.

A note-taking app's Markdown (a Notion export, an Obsidian or Typora note) links the pages and databases beside it
by relative addresses, URL-encoded (2025%E5%B9%B4…%20b7d3e91f….csv: the address's 2025% a share no one wrote), marks
a figure highlighted between == (增加==64张==: the marks part the change from its word), opens a callout on its type
(> [!info] 来源) and ends a line on a block's id (…8.06张。 ^b7e2c1). Such a link is its text too (an address of URL
characters only, ending in a file's extension), a highlight's marks are dropped as bold's are, and so are a
callout's type and a block's id (one with a letter in it, after a space, at the line's end).

A shared document's revision exported as Markdown keeps each corrected number's draft struck through right before the
correction (床位~~1862~~1886张, 增长~~5.2%~~5.6%, 投资~~2.1亿元~~2.36亿元). The marks taken out, the two numbers
run into one (18621886张), a value no one wrote; kept, the draft stands between the figure and the words that name it
(增加~~96~~120张 is no longer a change). The struck draft is dropped, as the revised page reads: only a number struck
alone (its magnitude and unit with it) with a digit right after it, so a pair of tildes a chat writes for a wave
(好消息~~新增就业2300人~~) drops no words.

A document pandoc converts (a .docx to Markdown, as an office's archive or a site's generator keeps it) writes a
table whose cells hold more than a line as a grid table: +----+----+ rules between its rows, a +====+ rule under its
head, each row one or more lines of | cells padded to the column's width, a cell's text wrapped inside its column
(政府性基金预算 | 收入 on two lines of one row, 2025年 over 完成数). Read as lines, a row is two lines, the label's
first part beside the numbers and its rest beside none, and the head's year apart from its word. So each grid table
is written as a pipe table: a row of cells a line (| 政府性基金预算收入 | 3.08 | 3.52 |), each cell its lines
joined (with nothing between where either side is a wide character, as a wrapped Chinese text is cut; with a space
between two Latin words or numbers, as pandoc cuts at a space only), its head's row over a |---| rule; a table whose
lines do not all hold its columns' count of cells (a cell spanning two) stays as it is.
"""

from __future__ import annotations

from stats.rules.prepared import compiled_re

_IMAGE = compiled_re(r"!\[[^\]\n]{0,300}\]\([^)\s]{1,1000}(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
# (… or a file beside the page, named by a relative address of URL characters only that ends in its extension, as a
# note-taking app's export links its pages and databases: 2025%E5%B9%B4…%20b7d3e91f4a2c4e6f8d0a1b2c3d4e5f60.csv)
_LINK = compiled_re(r"\[([^\]\n]{1,300})\]\((?:[a-z]{2,10}:|/|\.{1,2}/|#|(?=[A-Za-z0-9%._~/-]{1,1000}\.[A-Za-z]"
                    r"[A-Za-z0-9]{1,4}\)))[^)\s]{0,1000}(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
# a highlight (==1268张==, Obsidian's and Typora's mark), neither mark against a space or another =
_HIGHLIGHT = compiled_re(r"==(?=[^\s=])([^\n=]{1,300}?)(?<=[^\s=])==")
# a callout's type at a quote's start (> [!info] 来源, > [!warning]-), the quote mark maybe blanked already
_CALLOUT = compiled_re(r"(?m)^([ \t>]*)\[![A-Za-z-]{1,20}\][+-]?[ \t]*")
# a block's id at a line's end, after a space (…8.06张。 ^b7e2c1), at least one letter in it (10 ^2 stays)
_BLOCK_ID = compiled_re(r"(?m)[ \t]\^(?=[0-9-]*[A-Za-z])[A-Za-z0-9-]{1,32}[ \t]*(?=\r?$)")
# bold or italic marks around a run of one line, neither mark against a space (so 2 ** 10 and a lone * stay), nor a
# ** between two digits: that is a power as a program prints it (10**4吨), and two on one line (10**4吨……10**3吨) are
# no bold run between them (taken out, they would write 104吨, a number no one wrote; exclusions.yaml
# exclude.caret_power reads the power as none)
_POWER_MARK = r"(?!(?<=\d\*\*)[+-]?\d)"
_EMPHASIS = compiled_re(r"(\*\*|__)" + _POWER_MARK + r"(?=[^\s*_])([^\n*]{1,300}?)(?<=[^\s*_])\1" + _POWER_MARK)
_BULLET = compiled_re(r"(?m)^([ \t]*)\*(?=[ \t])")
_LIST_POINT = compiled_re(r"(?m)^([ \t]*\d{1,3})\\(?=\.)")
# a struck draft right before its correction (~~1862~~1886张): a number alone, its magnitude and unit maybe (a few
# characters, no digit, space or tilde), and a digit right after the marks
_STRUCK_DRAFT = compiled_re(r"~~[-+]?\d[\d.,]{0,20}[^\d\s~]{0,4}~~(?=\d)")


# a grid table's rule: + between columns of - (= under its head; : for an alignment)
_GRID_RULE = compiled_re(r"[ \t]*\+(?:[-=:]+\+)+[ \t]*")


def _grid_cell(parts: list[str]) -> str:
    """A grid cell's lines joined (see above); a blank line in the cell (two paragraphs) a space."""
    out = ""
    for part in parts:
        if not part:
            out += " " if out and not out.endswith(" ") else ""
            continue
        if out and not out.endswith(" ") and out[-1].isascii() and part[0].isascii():
            out += " "
        out += part
    return out.strip()


def _grid_table(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The grid table whose top rule is lines[start] as pipe-table lines, and the index after its last rule; None
    where the lines from there make none (see above)."""
    ncols = lines[start].count("+") - 1
    rows: list[list[str]] = []
    head = -1
    cur: list[list[str]] | None = None
    k = start + 1
    while k < len(lines):
        line = lines[k].strip()
        if _GRID_RULE.fullmatch(line):
            if line.count("+") - 1 != ncols or cur is None:
                return None
            rows.append([_grid_cell(c) for c in cur])
            cur = None
            if "=" in line:
                head = len(rows)
        elif len(line) > 1 and line[0] == "|" and line[-1] == "|":
            cells = line[1:-1].split("|")
            if len(cells) != ncols:
                return None
            cur = cur or [[] for _ in range(ncols)]
            for c, cell in enumerate(cells):
                cur[c].append(cell.strip())
        else:
            break
        k += 1
    if cur is not None or not rows:
        return None
    out = []
    for i, row in enumerate(rows):
        out.append("| " + " | ".join(row) + " |")
        if i + 1 == head:
            out.append("|" + "---|" * ncols)
    return out, k


def _grid_tables(buf: str) -> str:
    """buf with each grid table written as a pipe table (see above)."""
    lines = buf.split("\n")
    bare = [ln.rstrip("\r") for ln in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _GRID_RULE.fullmatch(bare[i]) and "=" not in bare[i]:
            table = _grid_table(bare, i)
            if table is not None:
                out += table[0]
                i = table[1]
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def markdown_plain(buf: str) -> str:
    """buf with the Markdown marks taken out (see above); text holding none of them is returned as it is."""
    if "+-" in buf and "-+" in buf:
        buf = _grid_tables(buf)
    if "](" in buf:
        buf = _LINK.sub(r"\1", _IMAGE.sub("", buf))
    if "**" in buf or "__" in buf:
        buf = _EMPHASIS.sub(r"\2", buf)
    if "* " in buf or "*\t" in buf:
        buf = _BULLET.sub(r"\1 ", buf)
    if "\\." in buf:
        buf = _LIST_POINT.sub(r"\1", buf)
    if "~~" in buf:
        buf = _STRUCK_DRAFT.sub("", buf)
    if "==" in buf:
        buf = _HIGHLIGHT.sub(r"\1", buf)
    if "[!" in buf:
        buf = _CALLOUT.sub(r"\1", buf)
    if " ^" in buf:
        buf = _BLOCK_ID.sub("", buf)
    return buf
