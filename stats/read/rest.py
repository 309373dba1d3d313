"""A note kept in reStructuredText (a Sphinx or Read the Docs project's source, a README.rst): its inline markup and
escapes taken out where the text is read, so that the figures they wrap read as the built page shows them.

rst opens and closes inline markup (**strong**, *emphasis*, ``literal``, `interpreted`) only beside a space or a
mark, so text with no spaces between its words (Chinese) writes it between escaped spaces, which the page drops:
就业\\ **3260**\\ 人, 贷款\\ ``1.26``\\ 亿元, 增长\\ *7.4%*\\ 。 Left in, a backslash and a space stand between a word and
its number and between the number and its unit. A unit's power is a role (1.8万m\\ :sup:`2`\\ : 万m², as the page
sets it), and a footnote reference follows a figure (2.6%\\ [#]_, 2.6% [1]_): dropped, as the page shows a
superscript mark the figure does not read. Only markup with an escaped space on one side at least is read here (a
bare **…** is Markdown's too, read there; a lone *…* elsewhere is arithmetic as likely), roles and footnote
references wherever they stand, as no other text writes :sup:`…` or [#]_.

A simple table is set between rules of = runs, one a column, two spaces or more apart (=====  ======  ====), its cells
aligned under them with spaces, as an editor shows them (a Han character two columns wide). Such rows hold no gap a
table reader knows, and the rule under the head row parts the head from the body: the rows between a table's rules
have their cells set apart by tabs, cut where two spaces or more stand (a cell of an rst table holds no such run), and
the rule under the head is dropped, so the table reads as a sheet's.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_ESCAPE = "\\ "
# an inline markup's run, an escaped space on either side of it or both, neither mark against a space
_INLINE = compiled_re(r"(?:\\ )?(\*\*|\*|``|`)(?=[^\s*`])([^\n*`]{1,300}?)(?<=[^\s*`])\1(?!_)(?:\\ )?")
# a role (:sup:`2`, :sub:`3`, :abbr:`GDP`), an escaped space before and after it maybe
_ROLE = compiled_re(r"(?:\\ )?:([a-z][a-z-]{1,20}):`([^`<>\n]{1,100})`(?:\\ )?")
# a footnote or citation reference ([#]_, [#note]_, [1]_, [*]_), an escaped space or a space before it, and an
# escaped space after it or no word's letter
_FOOTNOTE_REF = compiled_re(r"(?:\\ | )?\[(?:#[\w-]{0,30}|\*|\d{1,3})\]_(?:\\ |(?!\w))")
# a simple table's rule: runs of = two spaces or more apart, indented maybe
_TABLE_RULE = compiled_re(r"(?m)^[ \t]*={2,}(?: {2,}={2,})+[ \t]*$")
_CELL_GAP = compiled_re(r"(?<=\S) {2,}(?=\S)")
_SUPERSCRIPT = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
_SUBSCRIPT = str.maketrans("0123456789+-", "₀₁₂₃₄₅₆₇₈₉₊₋")


def rest_plain(buf: str) -> str:
    """buf with rst's inline markup, roles and footnote references taken out (see above); text with no escaped
    space, no role and no footnote reference is returned as it is, found so by containment tests in C."""
    if ":`" in buf:
        buf = _ROLE.sub(_role, buf)
    if "]_" in buf:
        buf = _FOOTNOTE_REF.sub("", buf)
    if _ESCAPE in buf:
        buf = _INLINE.sub(_inline, buf)
    if "==  ==" in buf and _TABLE_RULE.search(buf):
        buf = _simple_tables(buf)
    return buf


def _simple_tables(buf: str) -> str:
    """buf with the rows of each simple table (see above) cut into tab-separated cells and the rule under its head
    row dropped (the head and the body are one sheet; a rule between them parts them as a blank line would); its
    first and last rules stay. A table runs from a rule to the rule a blank line or the end follows."""
    lines = buf.split("\n")
    out: list[str] = []
    inside = False
    for i, line in enumerate(lines):
        if _TABLE_RULE.fullmatch(line):
            after = lines[i + 1] if i + 1 < len(lines) else ""
            if inside and after.strip():
                continue  # (the rule under the head)
            inside = not inside
        elif inside and line.strip():
            lead = len(line) - len(line.lstrip())
            line = line[:lead] + _CELL_GAP.sub("\t", line[lead:])
        out.append(line)
    return "\n".join(out)


def _role(m: re.Match[str]) -> str:
    """A role's text as the page sets it: sup and sub digits raised or lowered, any other role's text as it is."""
    name, text = m.group(1), m.group(2)
    if name in ("sup", "superscript"):
        return text.translate(_SUPERSCRIPT)
    if name in ("sub", "subscript"):
        return text.translate(_SUBSCRIPT)
    return text


def _inline(m: re.Match[str]) -> str:
    """A run's text where an escaped space stands beside it; the match as it was where none does."""
    whole = m.group()
    if whole.startswith(_ESCAPE) or whole.endswith(_ESCAPE):
        return m.group(2)
    return whole
