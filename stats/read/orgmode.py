"""A note kept as an Emacs Org-mode file (.org, read as text): its keywords, drawers, comments and markup taken out
where the text is read, and its tables' cells set apart, so that it reads as Org's export shows it.

An Org file opens with keyword lines (#+TITLE: …, #+DATE: <2026-01-26 Mon>, #+OPTIONS: toc:nil H:3), holds property
drawers under its headings (:PROPERTIES: :ID: 7c1e2a40-… :CREATED: [2026-01-20 Tue 09:42] :END:), planning lines
(SCHEDULED: <…>, DEADLINE: <…>, CLOSED: […]) and blocks that export drops (#+BEGIN_COMMENT … #+END_COMMENT: a
draft's own numbers, 2210人, are no figure of the note), and it marks emphasis with one character on each side,
between spaces in Chinese (就业 *2380* 人, =115.5%=, ~6.35万~ 人次), a footnote's reference glued after a figure
([fn:1]) and the note's text at the end ([fn:1] 据…). Its tables are rows between bars, their rule |---+---|
with a + at each column's edge (no Markdown table's rule), and a #+TBLFM line under them holds a formula
($4=0;%.1f: no figure). Read as written, the marks stand between a number and its label, the drawers' and
keywords' numbers read as figures, and the table's rule is no table's.

So, where a text holds an Org keyword line (#+TITLE:, #+BEGIN_…, …) or a property drawer: keyword lines are dropped
but for the title's, whose text stays a line; a heading is its title (stars, TODO keyword and tags dropped);
drawers, planning lines and comment blocks are dropped; emphasis marks around a run of one line (a mark against the
run's ends, the run not starting or ending with a space) are dropped with the spaces that set them apart from Han
text, but a struck run (+3390+: a draft's number a revision keeps before its correction, 就业 +3390+ *3460* 人) is
dropped whole, as a wrong value is worse than none; a footnote reference is dropped and a footnote's definition is
its text; a table's rows have their cells set apart by tabs and its rules dropped, as a sheet's rows. Done line by
line where the text is read; a text with none of Org's own lines is left as it is.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_ORG = compiled_re(r"(?mi)^[ \t]*(?:#\+(?:TITLE|AUTHOR|DATE|OPTIONS|STARTUP|BEGIN_\w+|TBLFM|CAPTION|NAME)[: \t]"
                   r"|:PROPERTIES:[ \t]*$)")
_TITLE = compiled_re(r"(?i)^[ \t]*#\+TITLE:[ \t]*(.*)$")
_KEYWORD = compiled_re(r"^[ \t]*#\+\w+:?(?:[ \t].*)?$")
_COMMENT_BEGIN = compiled_re(r"(?i)^[ \t]*#\+BEGIN_COMMENT\b")
_COMMENT_END = compiled_re(r"(?i)^[ \t]*#\+END_COMMENT\b")
_DRAWER_BEGIN = compiled_re(r"^[ \t]*:[A-Z][A-Z_]*:[ \t]*$")
_DRAWER_END = compiled_re(r"^[ \t]*:END:[ \t]*$")
_PLANNING = compiled_re(r"^[ \t]*(?:(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<\[][^>\]\n]*[>\]][ \t]*)+$")
_TABLE_ROW = compiled_re(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_RULE = compiled_re(r"^[ \t]*\|[-+:]*-[-+:]*\|?[ \t]*$")
_STRIKE = "+"
# a heading: its stars, a TODO keyword maybe, its title, its tags (:数据:) maybe
_HEADING = compiled_re(r"^\*+[ \t]+(?:(?:TODO|DONE|NEXT|WAITING)[ \t]+)?(.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*$")
_FOOTNOTE_DEF = compiled_re(r"^\[fn:[\w-]{1,30}\][ \t]*")
_FOOTNOTE_REF = compiled_re(r"\[fn:[\w-]{1,30}\]")
# an emphasis run: a mark (* / _ = ~ +) against a run's ends, a space or a line's edge outside it maybe
_EMPHASIS = compiled_re(r"(?:(?<=\S) )?(?<![\w*=~/+])([*=~/+_])(?=[^\s*=~/+_])([^\n]{1,200}?)(?<=[^\s])\1"
                        r"(?![\w*=~/+])(?: (?=\S))?")


def org_plain(buf: str) -> str:
    """buf, if it holds Org's own lines (see above), read as Org's export shows it; any other text as it is."""
    if ("#+" not in buf and ":PROPERTIES:" not in buf) or _ORG.search(buf) is None:
        return buf
    out: list[str] = []
    skip: re.Pattern[str] | None = None
    for line in buf.split("\n"):
        bare = line.rstrip("\r")
        if skip is not None:
            if skip.match(bare):
                skip = None
            continue
        title = _TITLE.match(bare)
        if title is not None:
            out.append(title.group(1))
        elif _COMMENT_BEGIN.match(bare):
            skip = _COMMENT_END
        elif _DRAWER_BEGIN.match(bare) and not _DRAWER_END.match(bare):
            skip = _DRAWER_END
        elif (heading := _HEADING.match(bare)) is not None:
            out.append(_inline(heading.group(1)))
        elif _TABLE_RULE.match(bare):
            continue
        elif _TABLE_ROW.match(bare):
            cells = bare.strip().strip("|").split("|")
            out.append("\t".join(_inline(c.strip()) for c in cells))
        elif not (_KEYWORD.match(bare) or _PLANNING.match(bare)):
            out.append(_inline(_FOOTNOTE_DEF.sub("", bare)))
    return "\n".join(out)


def _inline(line: str) -> str:
    """A line with its footnote references and emphasis marks dropped (the spaces that set a run apart with them,
    where Han text stands on the other side)."""
    line = _FOOTNOTE_REF.sub("", line)
    if not any(c in line for c in "*=~/+_"):
        return line
    return _EMPHASIS.sub(_emphasis, line)


def _emphasis(m: re.Match[str]) -> str:
    """A run's text; the space before and after it kept where a Latin word or a number stands beyond it; a struck
    run dropped whole."""
    whole, run = m.group(), m.group(2)
    if m.group(1) == _STRIKE:  # (a struck draft, as a revised note keeps it before its correction: no figure)
        return " " if _latin_before(m) and _latin_after(m) else ""
    lead = " " if whole.startswith(" ") and _latin_before(m) else ""
    tail = " " if whole.endswith(" ") and _latin_after(m) else ""
    return lead + run + tail


def _latin_before(m: re.Match[str]) -> bool:
    """Is the character before the match's space a Latin letter or a digit (a space that parts words, kept)?"""
    i = m.start() - 1
    return i >= 0 and m.string[i].isascii() and m.string[i].isalnum()


def _latin_after(m: re.Match[str]) -> bool:
    """Is the character after the match's space a Latin letter or a digit?"""
    i = m.end()
    return i < len(m.string) and m.string[i].isascii() and m.string[i].isalnum()
