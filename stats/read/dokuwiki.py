"""A page kept in a DokuWiki (a bureau's or a team's internal wiki) copied from its edit box: its headings, tables,
footnotes and inline marks read as the page shows them.

DokuWiki writes a heading between runs of = (====== 托克逊县2025年就业工作台账 ======, ===== 一、总体情况 =====), a
table's head cells after ^ and its cells after | (^ 指标 ^ 2025年 ^ 2024年 ^, | 高校毕业生就业（人） | 612 | 568 |, with
no Markdown rule under the head), a footnote inside the sentence it belongs to, in double parentheses, glued after
a figure (完成年度目标任务的**107.3%**((年度目标任务为2000人，由自治区下达。))；), italic between two slashes
(//4.8%//), a forced line break as two backslashes and a space, and a run kept unformatted between %% marks. Its
bold (**…**), its links ([[jiuye:2024|…]]) and its images ({{ :jiuye:tu.png?600 |…}}) are Markdown's and
wikitext's marks too and read there. Read as written, the heading's marks stand around its words, the table's cells
run into one another between bars with no rule to make a table of them, a footnote's text runs into the sentence
(107.3%年度目标任务为2000人，由自治区下达。；城镇失业人员…) and the slashes stand against a figure.

So, where a text holds a DokuWiki page's heading (of level 1 or 2: ====== or =====, on both sides) or a table's
head row, and none of MediaWiki's own marks (''', <ref, {|: a wiki article's source, whose == 人口 == headings are
its sections, is wikitext_plain's): a heading is its words, a table's row has its cells set apart by tabs, as a
sheet's rows, a footnote is taken out of its sentence and its text set on a line after its paragraph (DokuWiki sets
it under the page, where it would take the year of the page's last section; after its paragraph it keeps its own),
the italic slashes and the %% marks are dropped (never a URL's //, after a colon) and a forced line break is a
line's end. Any other text is left as it is.
"""

from __future__ import annotations

from stats.rules.prepared import compiled_re

_HEADING = compiled_re(r"^[ \t]*={2,6}[ \t]+(\S[^\n]*?)[ \t]+={2,6}[ \t]*$")
# (a page's own heading: levels 1 and 2, ====== and =====, which MediaWiki's == 人口 == sections do not use)
_PAGE_HEADING = compiled_re(r"(?m)^[ \t]*={5,6}[ \t]+\S[^\n]*?[ \t]+={5,6}[ \t]*\r?$")
_WIKITEXT = ("'''", "<ref", "{|")  # (MediaWiki's own marks: its source is wikitext_plain's)
_HEAD_ROW = compiled_re(r"(?m)^\^[^\n]*\^[ \t]*\r?$")
_ROW = compiled_re(r"^[ \t]*[\^|]([^\n]*)[\^|][ \t]*$")
_CELL_BAR = compiled_re(r"[\^|]")
_FOOTNOTE = compiled_re(r"\(\(([^()\n]{1,500})\)\)")
_ITALIC = compiled_re(r"(?<![:/])//(?=\S)([^/\n]{1,200}?)(?<=\S)//(?!/)")
_NOWIKI = compiled_re(r"%%([^%\n]{0,200})%%")
_BREAK = compiled_re(r"\\\\(?: |$)")


def dokuwiki_plain(buf: str) -> str:
    """buf, if it holds a DokuWiki heading or a table's head row (see above), read as the page shows it; any other
    text as it is."""
    if ("=====" not in buf and "^" not in buf) or any(mark in buf for mark in _WIKITEXT):
        return buf
    lines = buf.split("\n")
    if _PAGE_HEADING.search(buf) is None and _HEAD_ROW.search(buf) is None:
        return buf
    out = []
    for line in lines:
        bare = line.rstrip("\r")
        heading = _HEADING.match(bare)
        if heading is not None:
            out.append(heading.group(1))
            continue
        row = _ROW.match(bare)
        if row is not None:
            bare = "\t".join(cell.strip() for cell in _CELL_BAR.split(row.group(1)))
        notes = _FOOTNOTE.findall(bare) if "((" in bare else []
        if notes:
            bare = _FOOTNOTE.sub("", bare)
        if "//" in bare:
            bare = _ITALIC.sub(r"\1", bare)
        if "%%" in bare:
            bare = _NOWIKI.sub(r"\1", bare)
        if "\\\\" in bare:
            bare = _BREAK.sub("\n", bare)
        out += [bare, *notes]
    return "\n".join(out)
