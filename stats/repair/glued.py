"""Column lines an extractor glued into one line with no space between them, cut back apart by their printed width.

pdfplumber joins two characters with no space where the gap between them is narrower than its x_tolerance; set wide
(14 points), it joins across a newspaper's gutter (13.5 points): a row of an article's three columns comes out as one
line, each column's line run into the next one's (…全市实现元，增长4.2%；第二产业增加值812.3亿元投资增长6.2%…). Where a
column's line is short (a paragraph's last) or the next one is set in (a paragraph's first), the gap is wider and a
space stands between them; elsewhere nothing tells the seam but where it falls: a justified column line fills its
column, so each seam lies a column's width into the row (a paragraph's first line two characters less).

`width_cuts` works on a page that shows the damage (a line two and a half columns wide at least with no space in
it: three column lines run together; a headline, a subtitle or a notice across a page of narrow columns is narrower
or holds a space), finds the runs of rows wider than any column of the page around them, works out the column width that best
explains them (each cut piece filling its column, no piece ending short mid-sentence before a space), and cuts each
such row where its column lines end, as `interleave._split_rows` cuts a row at its spaces; the pieces then go on as
pdfplumber's rows with spaces do. Printed widths are estimated from the characters (a Han character or a Chinese mark
a column, a digit half, a point a quarter): a font's own digits are a little narrower or wider, so a seam may fall on
one of two characters. Where it might fall on either and a number stands there (265.8亿 | 元, 增长4. | 8%), which
column holds which character the text cannot tell: the number is made unreadable (a wrong value is worse than a
missing one); a seam that can fall on one character only is cut there.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import accumulate

from stats.rules.prepared import compiled_re

_NARROW = {".": 0.25, ",": 0.25, " ": 0.25, "%": 0.8}  # printed widths (in Han characters) of the narrow ASCII signs
RUN_TOGETHER = 2.5  # a page whose columns run together holds a line this many column widths wide with no space
RUN = 4  # … and another such row this many text lines from it at most (a side column's line between each two)
WIDE_ROW = 1.6  # a row holding a piece this many times the page's column width at least is glued columns
OVER = 1.0  # … and a row next to one whose piece is wider than the column found by this much is cut as well
ROW_PIECE = 0.6  # … and a row around holds a piece this share of the column width at least (a box's short labels do not)
OVER_ROW = 1.3  # a line of one piece this many times the column width at least is judged as a row
OWN = 3.0  # the glued row's own cost counts this many times a row's around it (another block's may stand near)
NEAR = 3  # the column width is judged on this many rows either side of a glued row (within three times as many lines)
INDENT = 2.0  # a paragraph's first line is set in this many characters
SEAM = 1.5  # a space this many characters from where a column's line starts stands at its seam (`_unbroken`)
LOW, HIGH = 0.7, 1.3  # the column widths tried, as shares of the page's usual one
TIE_MARGIN = 0.1  # the width taken this much over the narrowest that explains the rows best (`_column_width`)
STEP = 0.05  # the column widths tried, this far apart
SLACK = 0.1  # the doubt of a width: this much, and per ASCII character …
ASCII_SLACK = 0.04  # … this much more (a font's digits are 0.45 to 0.55 of a Han character)
SPACE_SLACK = 1.5  # … and per space before the seam (one printed for a gap however wide: 本报讯（记者 张三）)
CUT_COST = 0.05  # every cut counts against the width that needs it (a narrower width cuts a row in more pieces)
SHORT_COST = 1.0  # … and a piece short of its column before a space while its sentence goes on
FAIL_COST = 2.0  # … and a row no cut of that width explains
_NUMBER = compiled_re(r"[0-9.,%]+")
_SPACE = compiled_re(r" +")


def _em(ch: str) -> float:
    """The printed width of a character in Han characters (estimated: `_NARROW`, other ASCII half)."""
    if ch.isascii():
        return _NARROW.get(ch, 0.5)
    return 1.0


@lru_cache(maxsize=256)
def _counts(line: str) -> tuple[list[int], list[int]]:
    """The line's ASCII characters other than spaces, and its spaces, counted up to each place (line[:p]): what
    `_doubt` and `_band` count of a piece, read off in one step however often a width is tried on it."""
    ascii_, spaces = [0], [0]
    na = ns = 0
    for ch in line:
        if ch == " ":
            ns += 1
        elif ch.isascii():
            na += 1
        ascii_.append(na)
        spaces.append(ns)
    return ascii_, spaces


def _doubt(line: str, a: int, b: int) -> float:
    """How far the estimated width of line[a:b] may be from its printed one."""
    ascii_ = _counts(line)[0]
    return SLACK + ASCII_SLACK * (ascii_[b] - ascii_[a] if b > a else 0)


def _band(line: str, acc: Sequence[float], a: int, b: int, lo: float, hi: float) -> list[int]:
    """The ends p in (a, b) of pieces line[a:p] that may fill a column line of room `hi` (`lo` at least): the piece
    fits (a font's digits may be narrower than estimated, by `_doubt`) and the next character does not (the
    estimate being short of the print by no more than `SLACK`)."""
    out = []
    ascii_, spaces = _counts(line)
    at, na, ns = acc[a], ascii_[a], spaces[a]
    for p in range(a + 1, b):
        w = acc[p] - at
        if w > hi + (SLACK + ASCII_SLACK * (ascii_[p] - na)):  # (`_doubt` of line[a:p])
            break
        wide = SLACK + SPACE_SLACK * (spaces[p] - ns)  # (the estimate short of the print by a space's doubt)
        if w > lo - wide and acc[p + 1] - at > hi - wide and line[p - 1] != " " and line[p] != " ":
            out.append(p)
    return out


def _cut_span(line: str, acc: Sequence[float], a: int, b: int, width: float, indent: bool | None,
              complete: Collection[str]) -> tuple[list[tuple[int, int]], list[tuple[int, int]], float] | None:
    """A span's pieces of column lines `width` wide, the zones each seam may fall in, and the cost (`_pieces`); None
    where no such cut explains it. indent: whether the first piece is a paragraph's first line, set in (None: it may
    be either: both are tried, and where both explain the span as well, the seam's zone holds both places)."""
    if indent is None:
        tries = [t for t in (_cut_span(line, acc, a, b, width, True, complete),
                             _cut_span(line, acc, a, b, width, False, complete)) if t is not None]
        if not tries:
            return None
        tries.sort(key=lambda t: t[2])  # (stable: on a tie the piece set in first, a space's likelier cause)
        best = tries[0]
        if len(tries) == 2 and tries[1][2] <= best[2] and tries[1][0] != best[0] and best[1] and tries[1][1]:
            (lo0, hi0), (lo1, hi1) = best[1][0], tries[1][1][0]
            best = (best[0], [(min(lo0, lo1), max(hi0, hi1)), *best[1][1:]], best[2])
        return best
    pieces: list[tuple[int, int]] = []
    zones: list[tuple[int, int]] = []
    start = a
    first = indent
    while True:
        room = width - INDENT if first else width
        if acc[b] - acc[start] <= room + _doubt(line, start, b):
            pieces.append((start, b))
            w, d = acc[b] - acc[start], _doubt(line, start, b)
            short = line[b - 1] not in complete and not room - 1.0 - d < w and not line[start:b].isascii()
            return pieces, zones, CUT_COST * len(zones) + (SHORT_COST if short else 0.0)
        cands = _band(line, acc, start, b, room - 1.0, room)
        if not cands:
            return None
        sure = [p for p in cands if acc[p] - acc[start] <= room + SLACK]
        cut = max(sure or cands)  # (the longest piece that surely fits, else the longest that may)
        zones.append((min(cands), cut))
        pieces.append((start, cut))
        start, first = cut, False


def _pieces(line: str, spans: Sequence[tuple[int, int]], acc: Sequence[float], width: float,
            complete: Collection[str], above_open: bool
            ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], float] | None:
    """A row's spans cut into column lines `width` wide: (pieces, seam zones, cost). The cost counts the pieces before
    a space or at the row's end that break off mid-sentence (no `complete` mark) yet do not fill their column, as
    every column line but a paragraph's last does (the fewer, the likelier the width), and a little every cut."""
    pieces: list[tuple[int, int]] = []
    zones: list[tuple[int, int]] = []
    cost = last_cost = 0.0
    got: list[tuple[int, int]] = []
    indent: bool | None = None
    for n, (a, b) in enumerate(spans):
        if n == 0:
            indent = False if above_open else None
        else:
            pa, pb = pieces[-1]
            w, d = acc[pb] - acc[pa], _doubt(line, pa, pb)
            if w < width - 1.0 - INDENT - d and line[pb - 1] not in complete and len(got) == 1 \
                    and not line[pa:pb].isascii():
                # (a line's head before a space of its own, 本报讯（记者 | 李建华）…: the piece goes on past it)
                pieces.pop()
                a = pa
                cost -= last_cost
            else:
                indent = True if w >= width - 1.0 - d and line[pb - 1] not in complete else None
        cut = _cut_span(line, acc, a, b, width, indent, complete)
        if cut is None:
            return None
        got, zs, last_cost = cut
        cost += last_cost
        pieces += got
        zones += zs
    return pieces, zones, cost


def width_cuts(lines: Sequence[str], spans: dict[int, list[tuple[int, int]]], column: float,
               complete: Collection[str]) -> tuple[dict[int, list[tuple[int, int]]], list[tuple[int, int, int]]]:
    """The glued rows of a page of rows (`lines`, each line's pieces a space apart in `spans` where it has some)
    cut at their column lines' ends: {line: pieces} for the lines cut, and (line, start, end) of each number a seam
    may fall inside of, to be made unreadable. column: the page's usual column line width (its rows' widest piece)."""
    text = [k for k, ln in enumerate(lines) if ln.strip()]
    if not any(" " not in lines[k].strip() and sum(map(_em, lines[k].strip())) >= RUN_TOGETHER * column for k in text):
        return {}, []  # (no row of three columns run together with no space: no page of glued columns)
    own = {k: spans.get(k) or _space_spans(lines[k]) for k in text}
    accs = {k: list(accumulate(map(_em, lines[k]), initial=0.0)) for k in text}
    wide = [n for n, k in enumerate(text)
            if any(accs[k][b] - accs[k][a] >= WIDE_ROW * column for a, b in _headed(lines[k], own[k], accs[k], column,
                                                                                      complete))]
    cuts: dict[int, list[tuple[int, int]]] = {}
    blanks: list[tuple[int, int, int]] = []
    # (a wide line alone is a headline, a subtitle or a notice set across the page: glued columns come in runs)
    wide = [n for n in wide if any(0 < abs(m - n) <= RUN for m in wide)]
    near = sorted({m for n in wide for m in range(max(0, n - 1), min(len(text), n + 2))})
    tried: dict[tuple[int, float, int | None], float] = {}  # (`_column_width`: rows near each other share rows)
    for n in near:
        k = text[n]
        width = _column_width(lines, text, own, accs, n, column, complete, tried)
        if n not in wide and not any(accs[k][b] - accs[k][a] > width + OVER for a, b in own[k]):
            continue
        above = _row_above(text, own, accs, n, column)
        got = _pieces(lines[k], own[k], accs[k], width, complete, _open_above(lines, own, accs, above, width, complete))
        if got is None or got[0] == own[k]:
            continue
        pieces = got[0]
        for lo, hi in got[1]:
            if _NUMBER.search(lines[k], max(0, lo - 1), hi) is None:
                continue  # (one place only, or words only between the places: a seam cut there moves no digit)
            for m in _NUMBER.finditer(lines[k]):
                if m.start() <= hi and m.end() >= lo - 1:
                    blanks.append((k, *m.span()))
            # the seam put before the numbers made unreadable: their unit after them stays theirs, never read as
            # the unit of the number a column line before it breaks off on (…达到13 | 80万千瓦 cut …和80 | 万千瓦)
            pieces = [(a, lo if b == hi else b) if b == hi else (lo if a == hi else a, b) for a, b in pieces]
        cuts[k] = pieces
    return _unbroken(lines, text, own, accs, cuts, blanks, column, complete)


def _unbroken(lines: Sequence[str], text: Sequence[int], own: dict[int, list[tuple[int, int]]],
              accs: dict[int, list[float]], cuts: dict[int, list[tuple[int, int]]], blanks: list[tuple[int, int, int]],
              column: float, complete: Collection[str]
              ) -> tuple[dict[int, list[tuple[int, int]]], list[tuple[int, int, int]]]:
    """The cuts less those of a run of cut rows whose cuts the rows under them deny: a row's last piece ending a
    paragraph short of the row's other pieces (a column's paragraph ends there) while the cut row next under it
    holds no space where that column starts (the column's next paragraph would open set in, pdfplumber printing
    the gap as a space). No glued columns there, but one column wider than the page's usual (an item beside a
    table, its lines a column and a half wide and more, its paragraphs' last lines shorter): its lines are cut at
    their spaces only (a table's row printed after an item's line, …岗位6400个 黄鱼圈乡 2310 980, stays apart). A
    run passes over short lines between its rows (a table's rows beside the item, 闵家镇 2150 960, each printed
    between two of the item's lines) and ends at a wide line that is not cut."""
    def width(k: int) -> float:
        return accs[k][len(lines[k].rstrip())]

    def short(m: int) -> bool:
        return text[m] not in cuts and width(text[m]) < ROW_PIECE * column

    denied: set[int] = set()
    for n, k in enumerate(text):
        pieces = cuts.get(k)
        if pieces is None or len(pieces) < 2:
            continue
        m = n + 1
        while m < len(text) and short(m):
            m += 1
        if m >= len(text) or text[m] not in cuts:
            continue
        a, b = pieces[-1]
        acc = accs[k]
        if lines[k][b - 1] not in complete or acc[b] - acc[a] >= max(acc[q] - acc[p] for p, q in pieces[:-1]) - INDENT:
            continue
        below, acc2 = lines[text[m]], accs[text[m]]
        start = acc[a]
        if width(text[m]) < start + INDENT + 1.0:
            continue  # (the row under it ends before that column: nothing to deny)
        if not any(ch == " " and abs(acc2[p] - start) <= SEAM for p, ch in enumerate(below)):
            denied.add(n)
    if not denied:
        return cuts, blanks
    drop: set[int] = set()
    for n in denied:  # the whole run of cut rows around the denied one
        for step in (-1, 1):
            m = n
            while 0 <= m < len(text) and (text[m] in cuts or short(m)):
                if text[m] in cuts:
                    drop.add(text[m])
                m += step
    kept = {k: _celled(lines[k], own[k]) for k in drop}
    return ({k: (kept[k] if k in drop else v) for k, v in cuts.items() if k not in drop or len(kept[k]) > 1},
            [t for t in blanks if t[0] not in drop])


def _headed(line: str, spans: Sequence[tuple[int, int]], acc: Sequence[float], column: float,
            complete: Collection[str]) -> list[tuple[int, int]]:
    """A line's pieces with a head before a space of its own (本报讯（记者 | 钱坤）记者从…) taken with the piece after it,
    as `_pieces` takes it: a byline's row of glued columns is as wide as its pieces run together."""
    if len(spans) >= 2:
        (a, b), (_, d) = spans[0], spans[1]
        if acc[b] - acc[a] < column - 1.0 - INDENT and line[b - 1] not in complete and not line[a:b].isascii():
            return [(a, d), *spans[2:]]
    return list(spans)


def _celled(line: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line's pieces between its spaces, a bare number joined to the piece before it (a table row's label and its
    cells, 黄鱼圈乡 2310 980, one piece)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _NUMBER.fullmatch(line, a, b):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _headlines(line: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether each piece of a line reads as a headline: no clause or sentence mark in it (a wide comma or stop,
    which a column's line mostly shows) nor a closing one, no digit at its end."""
    return all(b - a >= 2 and not line[b - 1].isdigit() and not any(
        not ch.isascii() and unicodedata.category(ch) in ("Po", "Pe") for ch in line[a:b]) for a, b in spans)


def _is_row(own: dict[int, list[tuple[int, int]]], accs: dict[int, list[float]], k: int, column: float) -> bool:
    """Whether a line may be a row of column lines: a piece as wide as most of a column, and two pieces or one
    wider than a column (a headline, a box's labels are no rows)."""
    widths = [accs[k][b] - accs[k][a] for a, b in own[k]]
    return max(widths) >= ROW_PIECE * column and (len(widths) >= 2 or widths[0] >= OVER_ROW * column)


def _row_above(text: Sequence[int], own: dict[int, list[tuple[int, int]]], accs: dict[int, list[float]], n: int,
               column: float) -> int | None:
    """The row right above text[n], or two lines up past a line of no row (a side box's line set at its own pitch
    between two rows), else None."""
    for m in range(n - 1, max(-1, n - 3), -1):
        if _is_row(own, accs, text[m], column):
            return text[m]
    return None


def _column_width(lines: Sequence[str], text: Sequence[int], own: dict[int, list[tuple[int, int]]],
                  accs: dict[int, list[float]], n: int, column: float, complete: Collection[str],
                  tried: dict[tuple[int, float, int | None], float] | None = None) -> float:
    """The column width that best explains the row text[n] and the `NEAR` rows either side of it (a line of no row
    between, a side box's, passed over) up to a line of headlines side by side (another article's, whose columns may
    be as wide or not), by `_pieces`' cost, the row's own counted `OWN` times: the narrowest of the widths tried
    that explain them best, a little wider (a full line's estimated width bounds the column's from below, its
    digits maybe estimated wider than printed; a character that did not fit bounds it from above, far less
    surely). tried: the cost of each row cut at each width under each row above, kept across calls for one page
    (a row is judged in the windows of the rows `NEAR` around it, each trying the same widths)."""
    def stop(m: int) -> bool:
        raw = _space_spans(lines[text[m]])
        return len(raw) >= 2 and _headlines(lines[text[m]], raw)
    rows = [text[n]]
    for step in (-1, 1):
        m, found = n + step, 0
        while 0 <= m < len(text) and abs(m - n) <= 3 * NEAR and found < NEAR and not stop(m):
            if _is_row(own, accs, text[m], column):
                rows.append(text[m])
                found += 1
            m += step
    rows.sort()
    scores: list[tuple[float, float]] = []
    w = LOW * column
    while w <= HIGH * column:
        total = 0.0
        for j, k in enumerate(rows):
            above = rows[j - 1] if j else None
            key = (k, w, above)
            cost = tried.get(key) if tried is not None else None
            if cost is None:
                got = _pieces(lines[k], own[k], accs[k], w, complete,
                              _open_above(lines, own, accs, above, w, complete))
                cost = FAIL_COST if got is None else got[2]
                if tried is not None:
                    tried[key] = cost
            total += (OWN if k == text[n] else 1.0) * cost
        scores.append((round(total, 6), w))
        w += STEP
    low = min(t for t, _ in scores)
    return min(w for t, w in scores if t == low) + TIE_MARGIN


def _space_spans(line: str) -> list[tuple[int, int]]:
    """[start, end) of a line's pieces between single spaces."""
    out, pos = [], len(line) - len(line.lstrip())
    end = len(line.rstrip())
    for m in _SPACE.finditer(line, pos, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(a, b) for a, b in out if b > a]


def _open_above(lines: Sequence[str], own: dict[int, list[tuple[int, int]]], accs: dict[int, list[float]],
                above: int | None, width: float, complete: Collection[str]) -> bool:
    """Whether the row above a row goes on (its first column line, cut `width` wide, breaks off mid-sentence): the
    row's first piece is then no paragraph's first line."""
    if above is None:
        return False  # (a headline, a box's line: no row above, the row's first piece may open a paragraph)
    a, b = own[above][0]
    got = _cut_span(lines[above], accs[above], a, b, width, None, complete)
    if got is not None:
        b = got[0][0][1]
    return lines[above][b - 1] not in complete
