"""A wiki article's source (MediaWiki's wikitext: a Wikipedia or Baidu-style page copied from its edit box, a dump):
its markup taken out where the text is read, so that the figures read as the article shows them.

A figure stands in bold ('''128.6亿元''') and a citation follows it, glued (增长5.4%<ref name="gb">{{cite web|title=…
2025年…统计公报|date=2026-03-18|url=…/t20260318_1286.html}}</ref>): the citation's title, dates and ids are no words
of the article (a title's 突破千万 is another page's headline), and its |work=, |date= bars run Latin words and digits
against them. A citation is dropped whole, a reused one (<ref name="gb" />) too; a link is its text ([[汉中市]],
[[国道108线|108国道]]), a file's or a category's link is dropped; bold and italic quotes are dropped; a template
closed on its own line ({{reflist}}, {{cite …}}) is dropped. A table ({| … |}) writes a cell a line or a row's cells
|| or !! apart, its rows |- apart, its caption |+: its rows are written a line each, cells set apart by tabs (a cell's
attributes, style="…" | before its text, dropped), its caption a line above them, so it reads as a sheet's.

An Obsidian note writes its links the same way ([[和顺县]], [[和顺县人民医院|县医院]]) and draws a picture or another
note in by an embed, ![[床位结构2025.png|600]], its width after the bar: an embed is dropped whole.

Only a text with wikitext's own marks is read so ([[, <ref, ''' or a table's {|): no other text writes them.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

# a citation: reused (self-closed), or with its content on one line
_REF = compiled_re(r"<ref(?:\s[^<>\n]{0,200})?/>|<ref(?:\s[^<>\n]{0,200})?>[^\n]{0,3000}?</ref>", re.IGNORECASE)
_FILE_LINK = compiled_re(r"\[\[(?i:file|image|media|category):[^\[\]\n]{0,1000}\]\]")
# an embed (an Obsidian note's ![[床位结构2025.png|600]], ![[另一篇笔记]]): a picture or another note drawn in, its
# width after the bar no text
_EMBED = compiled_re(r"!\[\[[^\[\]\n]{0,1000}\]\]")
# a link, piped or not: its text is what comes after its last bar
_LINK = compiled_re(r"\[\[(?:[^\[\]\n]{0,300}\|)?([^\[\]|\n]{1,300})\]\]")
_QUOTES = compiled_re(r"'{5}|'{3}|'{2}(?!')")
_TEMPLATE = compiled_re(r"\{\{[^{}\n]{0,1000}\}\}")
_TABLE = compiled_re(r"(?ms)^[ \t]*\{\|[^\n]*\n(.*?)^[ \t]*\|\}[ \t]*$")
# a cell's attributes before its text (style="text-align:right" | 12.6)
_CELL_ATTRS = compiled_re(r"^[^|\n]*=[^|\n]*\|(?!\|)")


def wikitext_plain(buf: str) -> str:
    """buf with the wikitext's citations, links, quotes, templates and tables read as the page shows them (see
    above); a text with none of its marks is returned as it is, found so by containment tests in C."""
    if "[[" not in buf and "<ref" not in buf and "'''" not in buf and "{|" not in buf:
        return buf
    if "<ref" in buf or "<REF" in buf:
        buf = _REF.sub("", buf)
    if "[[" in buf:
        buf = _LINK.sub(r"\1", _FILE_LINK.sub("", _EMBED.sub("", buf)))
    if "''" in buf:
        buf = _QUOTES.sub("", buf)
    if "{{" in buf:
        buf = _TEMPLATE.sub("", buf)
    if "{|" in buf:
        buf = _TABLE.sub(_table, buf)
    return buf


def _table(m: re.Match[str]) -> str:
    """A table's caption and rows, a row a line, its cells set apart by tabs."""
    out: list[str] = []
    row: list[str] = []
    for raw in m.group(1).split("\n"):
        line = raw.strip()
        if line.startswith("|+"):
            out.append(line[2:].strip())
        elif line.startswith("|-"):
            if row:
                out.append("\t".join(row))
            row = []
        elif line.startswith(("!", "|")):
            sep = "!!" if line.startswith("!") else "||"
            row += [_CELL_ATTRS.sub("", cell).strip() for cell in line[1:].split(sep)]
        elif line and row:
            row[-1] += line  # (a cell's text run on to the next line)
    if row:
        out.append("\t".join(row))
    return "\n".join(out)
