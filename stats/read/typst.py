"""A report kept as Typst source (.typ: the markup-based typesetter offices and schools have taken up beside LaTeX,
with templates for official documents), read as the typeset page shows it.

Read as written, the source's code stands among its words: the #set and #show rules' lengths and sizes (margin:
(top: 3.7cm), size: 16pt, leading: 1.1em) stand as figures of their own; a tie (~, a no-break space) parts a number
from its unit (*3126*~人) and the markup's stars and underscores stand against both; a function's content block
(#underline[104.2%], #text(size: 22pt)[…]) keeps its name and arguments glued before the words it sets; a
#footnote[…] stands inside the sentence where its mark is (800~张#footnote[含日间病房床位40张。]，全市…), its figure read
with the sentence's cue; and a table's cells are content blocks among a call's arguments (table(columns: 4, [城镇新增
就业（人）], [3000], [3126], …)), no row of which is a line.

So, in a text that is such a source (at least two #set, #show, #let or #import rules opening a line): comments are
dropped; a rule (#set, #show, #let, #import, #include) is dropped to its line's end, or to the end of the brackets
it opens; a heading's = marks, a list item's - or + and the markup's stars, underscores and backquotes are dropped
and a tie is a space; an escaped mark (\\#, \\*, \\$) is the mark, a backslash before a space or a line's end a line
break; a label (<tab-jobs>) and a reference (@tab-jobs) are dropped; a function's content blocks are its words (a
call with none, #v(1em), #pagebreak(), sets none); a footnote's words go on a line of their own after the paragraph
it is in; a figure's caption is a line before its body; and a table's (or a grid's) cells, its header's too, are
set out in rows of as many cells as its columns argument counts, each row a line of tab-parted cells (what a sheet
pasted as text gives, which the table reader reads). Other text is returned as it is.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_RULE_LINE = compiled_re(r"(?m)^[ \t]*#(?:set|show|let|import)\b")
_RULES_MIN = 2
_IDENT = compiled_re(r"[A-Za-z_][A-Za-z0-9_.-]*")
_RULES = frozenset(("set", "show", "let", "import", "include"))
_TABLES = frozenset(("table", "grid"))
_CELL_CALLS = frozenset(("table.cell", "grid.cell"))
_ROW_CALLS = frozenset(("table.header", "table.footer", "grid.header", "grid.footer"))
_LABEL = compiled_re(r"<[A-Za-z_][A-Za-z0-9_:.-]*>")
_REF = compiled_re(r"@[A-Za-z_][A-Za-z0-9_:.-]*")
_NAMED = compiled_re(r"\s*([A-Za-z_][A-Za-z0-9_-]*)\s*:(?!:)")
_ESCAPABLE = frozenset("\\#*_`$<>@~=-+/[]\"'")
_OPEN = {"(": ")", "[": "]", "{": "}"}


def typst_plain(buf: str) -> str:
    """buf, if it is Typst source (see above), read as the page shows it; any other text as it is."""
    if "#" not in buf or len(_RULE_LINE.findall(buf, 0, 4096)) < _RULES_MIN:
        return buf
    notes: list[str] = []
    out = _markup(buf, notes, top=True)
    return _blank_runs(out + ("\n" + "\n".join(notes) if notes else ""))


def _blank_runs(text: str) -> str:
    """text with its runs of blank lines one blank line and its lines' trailing blanks dropped."""
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in text.split("\n"))).strip("\n") + "\n"


def _closing(s: str, i: int) -> int:
    """The index just past the bracket that closes the one at s[i] (strings and nested brackets skipped; the end of
    s if it never closes)."""
    stack = [_OPEN[s[i]]]
    j = i + 1
    while j < len(s) and stack:
        c = s[j]
        if c == "\\" and stack[-1] == "]":
            j += 2
            continue
        if c == '"' and stack[-1] != "]":
            end = j + 1
            while end < len(s) and s[end] != '"':
                end += 2 if s[end] == "\\" else 1
            j = end + 1
            continue
        if c in _OPEN:
            stack.append(_OPEN[c])
        elif c == stack[-1]:
            stack.pop()
        j += 1
    return j


def _call(s: str, i: int) -> tuple[str, list[str], list[str], int]:
    """The call that starts at s[i] (a name): its name, its parenthesised arguments (raw, as one string each time
    they open), its content blocks (raw, inside their brackets) and where it ends."""
    m = _IDENT.match(s, i)
    name = m.group().rstrip(".") if m else ""
    j = i + len(name)
    args: list[str] = []
    blocks: list[str] = []
    while j < len(s) and s[j] in "([":
        end = _closing(s, j)
        (args if s[j] == "(" else blocks).append(s[j + 1:end - 1])
        j = end
    return name, args, blocks, j


def _rule_end(s: str, i: int) -> int:
    """Where a rule that starts at s[i] ends: its line's end, past any bracket it opens on the way."""
    j = i
    while j < len(s) and s[j] != "\n":
        if s[j] in _OPEN:
            j = _closing(s, j)
            continue
        if s[j] == '"':
            j = s.find('"', j + 1)
            j = len(s) if j < 0 else j + 1
            continue
        j += 1
    return j


def _split_args(args: str) -> list[str]:
    """A call's arguments, parted at its top-level commas."""
    parts: list[str] = []
    start = j = 0
    while j < len(args):
        c = args[j]
        if c in _OPEN:
            j = _closing(args, j)
            continue
        if c == '"':
            end = args.find('"', j + 1)
            j = len(args) if end < 0 else end + 1
            continue
        if c == ",":
            parts.append(args[start:j])
            start = j + 1
        j += 1
    parts.append(args[start:])
    return [p.strip() for p in parts if p.strip()]


def _content(arg: str, notes: list[str]) -> str | None:
    """An argument's words, if it is content: a block in brackets, or a call that sets content; None otherwise."""
    if arg.startswith("["):
        return _markup(arg[1:_closing(arg, 0) - 1], notes).strip()
    if arg.startswith("#"):
        arg = arg[1:]
    if _IDENT.match(arg):
        name, _, blocks, _ = _call(arg, 0)
        if blocks:
            return " ".join(_markup(b, notes).strip() for b in blocks)
    return None


def _columns(named: dict[str, str]) -> int:
    """How many columns a table's columns argument makes (a count, or an array of widths)."""
    value = named.get("columns", "1").strip()
    if value.isdigit():
        return max(1, int(value))
    if value.startswith("("):
        return max(1, len(_split_args(value[1:_closing(value, 0) - 1])))
    return 1


def _table(args: str, notes: list[str]) -> str:
    """A table's cells, set out in rows of as many cells as its columns, each row a line of tab-parted cells."""
    named: dict[str, str] = {}
    cells: list[str] = []
    for arg in _split_args(args):
        m = _NAMED.match(arg)
        if m and not arg.startswith("["):
            named[m.group(1)] = arg[m.end():]
            continue
        name = _IDENT.match(arg.lstrip("#"))
        if name and name.group().rstrip(".") in _ROW_CALLS:
            bare = arg.lstrip("#")
            _, inner, _, _ = _call(bare, 0)
            for sub in (_split_args(inner[0]) if inner else []):
                if not _NAMED.match(sub) or sub.startswith("["):
                    cell = _content(sub, notes)
                    if cell is not None:
                        cells.append(cell)
            continue
        cell = _content(arg, notes)
        if cell is not None:
            cells.append(cell)
    n = _columns(named)
    rows = ["\t".join(cells[k:k + n]) for k in range(0, len(cells), n)]
    return "\n" + "\n".join(rows) + "\n" if rows else ""


def _figure(args: str, notes: list[str]) -> str:
    """A figure: its caption a line, then its body (a table set out as a table)."""
    caption, body = "", ""
    for arg in _split_args(args):
        m = _NAMED.match(arg)
        if m and not arg.startswith("["):
            if m.group(1) == "caption":
                caption = _content(arg[m.end():].strip(), notes) or ""
            continue
        body += _expression(arg, notes)
    return "\n" + (caption + "\n" if caption else "") + body.strip("\n") + "\n"


def _expression(arg: str, notes: list[str]) -> str:
    """A code expression's words: a table's rows, a call's content, a block's words; nothing else."""
    bare = arg.lstrip("#")
    if _IDENT.match(bare):
        name, args, blocks, _ = _call(bare, 0)
        if name in _TABLES and args:
            return _table(args[0], notes)
        return " ".join(_markup(b, notes).strip() for b in blocks)
    return _content(arg, notes) or ""


def _markup(s: str, notes: list[str], top: bool = False) -> str:
    """Typst markup's words (see above); footnotes into notes (at the top, set after their paragraphs)."""
    out: list[str] = []
    held: list[str] = []  # (footnotes of the paragraph being read, at the top)
    i, n = 0, len(s)
    line_start = True
    while i < n:
        c = s[i]
        if c == "\n":
            out.append(c)
            if top and held and (s.startswith("\n", i + 1) or s[i + 1:i + 2] == "" or s[i + 1:].lstrip(" \t")[:1] == "\n"):
                out.append("\n".join(held) + "\n")
                held = []
            i += 1
            line_start = True
            continue
        if line_start and c in " \t":
            out.append(c)
            i += 1
            continue
        if line_start and c == "=":
            j = i
            while j < n and s[j] == "=":
                j += 1
            if j < n and s[j] == " ":
                i = j + 1
                line_start = False
                continue
        if line_start and c in "-+" and s[i + 1:i + 2] == " ":
            i += 2
            line_start = False
            continue
        line_start = False
        if c == "\\" and i + 1 < n:
            nxt = s[i + 1]
            if nxt in " \n":
                out.append("\n")
                i += 2 if nxt == " " else 1
            elif nxt in _ESCAPABLE:
                out.append(nxt)
                i += 2
            else:
                out.append(c)
                i += 1
            continue
        if c == "/" and s.startswith("//", i) and (i == 0 or s[i - 1] != ":"):
            end = s.find("\n", i)
            i = n if end < 0 else end
            continue
        if c == "/" and s.startswith("/*", i):
            end = s.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if c == "#" and i + 1 < n and (s[i + 1].isalpha() or s[i + 1] == "_"):
            name, args, blocks, end = _call(s, i + 1)
            if name in _RULES:
                i = _rule_end(s, i)
                continue
            i = end
            if name == "footnote":
                words = " ".join(_markup(b, notes).strip() for b in blocks) or " ".join(args)
                (held if top else notes).append(words)
            elif name == "figure" and args:
                out.append(_figure(args[0], notes) + " ".join(_markup(b, notes) for b in blocks))
            elif name in _TABLES and args:
                out.append(_table(args[0], notes))
            else:
                out.append("".join(_markup(b, notes) for b in blocks))
            continue
        if c in "*_`":
            i += 1
            continue
        if c == "~":  # (a space only between Latin words and numbers: Chinese sets none, 3126~人 is 3126人)
            before = "".join(out)[-1:]
            after = s[i + 1:i + 2]
            out.append(" " if before.isascii() and before.isalnum() and after.isascii() and after.isalnum() else "")
            i += 1
            continue
        if c == "$":
            end = s.find("$", i + 1)
            if end > 0:
                out.append(s[i + 1:end].strip())
                i = end + 1
                continue
        if c == "<":
            m = _LABEL.match(s, i)
            if m:
                i = m.end()
                continue
        if c == "@":
            m = _REF.match(s, i)
            if m and (i == 0 or not s[i - 1].isalnum()):
                i = m.end()
                continue
        out.append(c)
        i += 1
    if held:
        out.append("\n" + "\n".join(held) + "\n")
    return "".join(out)
