"""Column lines an extractor printed one by one in a sweep across the page, put back in column order.

pdfminer makes a text box of every group of lines close enough together. Set at a
newspaper's looser line pitch, no two lines are that close: every line is a box of its own,
and the boxes come out in a sweep across the columns, a blank line after each: the first
line of column 1, of column 2, of column 3, the second line of column 1 … pdfplumber prints
the same sweep a row at a time, one space between the columns (`_split_rows` cuts such rows
back into lines). Joined as the extractor wrote them, `…护理员1` meets the next column's
`.2万人次` or a number of another column, and `0.3个` loses its `百分点`.

`Interleave` sits between the glued-column repair (`columns.Columns`) and the line joiner.
It holds a page's lines (up to a form feed, or a bounded number of lines) and, where most
of them stand alone and break off mid-sentence, it rebuilds the column order from the text
alone: for each line that breaks off mid-sentence it looks among the nearby stand-alone
lines for the one that continues it, by

- a number running on across the seam (`8` | `650万人次`, `33.` | `5张`; `1.2` | `万人次` is
  told by the next signal);
- a line that cannot open a paragraph (it starts with a sentence mark, a closing mark or %);
- how often the two characters meeting at the seam follow each other elsewhere on the page
  (`全` | `市` where 全市 is written ten times; digits count as one class, so `万` after a
  number is common);
- the sweep's own rhythm: a line's continuation is as many lines on as there are columns
  (the stride that best explains the page; one more or one less where a column ends or
  starts mid-sweep).

Besides, a number box's row of N figures printed before its row of N labels is paired figure by label
(`_box_entries`); a line opening with an item's bullet (■甲县…) opens an item as a dateline does, so a column of
such briefs printed in order goes on line by line; and a line wider than the columns that breaks off on a word
goes on in the line printed right after it (`_wide_lines`: a notice set across the page). Where the seam tells
nothing, a full line that no line goes on to opens no paragraph (a paragraph's first line is set in): a column's
foot goes on at the next column's top when that top is such a line (`_column_tops`), and a line still breaking
off goes on in such a line a stride on when each is the other's only match (`_last_pairs`).

A pair is joined only when it is clearly the best for both lines; the rhythm alone never
joins a line ending on a number. A line left without its continuation ends its paragraph,
and a number it breaks off on is left out (its digits or its unit may go on in the line not
found); a full line opening with digits that continues no line is the tail of a number cut
in two: its digits are left out. `notes` says where (`stats explain`). A page that does not
look swept, or whose lines read best in the order they came, is handed on exactly as it came.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from itertools import accumulate

import regex

from stats.repair.columns import Columns, Piece, unit_tail
from stats.repair.glued import width_cuts
from stats.repair.glyphs import blank_cids
from stats.rules.prepared import compiled_re, compiled_regex

MAX_LINES = 600  # lines held at most before they are judged and handed on
_MD_HEADING = compiled_re(r"[ \t]*#{1,6}[ \t]")  # a Markdown heading's marks (## 一、…) opening a line
MAX_CHARS = 60_000
WINDOW = 14  # a continuation is looked for this many stand-alone lines before and after
ITEM_LINES = 4  # the full lines an item's own run needs to tell its column width
ITEM_AGREE = 2  # … of which this many as wide (a notice's or a caption's lines after it tell nothing)
ITEM_APART = 3.0  # … and at least this much narrower or wider than the lines around tell
ITEM_OPENS = 4  # … and the open lines it needs to tell the sweep's stride
NEAR = 8  # a line's own column width and the sweep's stride are judged on this many lines either side
MIN_ALONE = 8  # a page needs this many stand-alone lines to be judged a sweep
SHARE_ALONE = 0.6  # … and this share of its text lines standing alone
OPEN_NARROW = 0.5  # … and its widest open line at least this share of the median width of its lines ending a paragraph
SURE_SEAM = 2.5  # the seam score of one number running on: less is too little to tell a stride by
UNIT_CUT = 2.5  # the seam score of a number cut before a whole unit closed by a mark, a stride of the page's on
MAX_TOPS = 400  # a column's last line climbs at most this many lines of its column to its top
BLOCKS = 6  # a block printed out of order is looked for this many blocks before and after
SURE_BLOCK = 3.0  # the seam score that moves a block: a mark no line opens with, or characters written often together
FAR_BETTER = 2.5  # a seam this much better than another's tells a column's foot from the next item's headline
BRIEF_LINES = 4  # a brief printed in order takes at most this many lines, its dateline's among them
BRIEF_RUN = 2  # … and a run of briefs so printed needs more than this many datelines
BRIEF_SURE = 10.0  # the score of such a join: no column's top takes its line
INDENT = 2.0  # a paragraph's first line is set this many characters in
IN_ORDER = 3  # a narrower column's lines read in order amid a sweep: a run of at least this many (`_narrow_run`)
NARROWER = 4.0  # … each at least this much narrower than the columns around
WIDER = 3.5  # a glued row's piece's own column this many characters narrower than the row's widest is a column of its own
RUN_ROWS = 3  # … told over at least this many rows of as many pieces
UNIT_WORD_MAX = 8  # the longest word after a number that a line's opening is read for (平方公里 …)
_NUMBER_HEAD = compiled_re(r"[\d.,%]*")
_DIGITS_END = compiled_re(r"\d[\d.]*$")  # the digits a line ends on (a point between them)
_ZERO_OPEN = compiled_re(r"0(?![.,]|$)")  # a zero opening a piece's digits, no point after it: no number's first digit
_SPACED_HEAD = compiled_re(r"[\d.,%]*(?:[ \t]+[\d.,%]+)*")  # … and on a line spaced out, the spaces between its digits
_NUMBER_BEFORE = compiled_re(r"\d(?:\.\d+)?[^\W\d_]?$")  # a number, a magnitude after it at most (98.6亿)
_OPENING = "Ps"  # the Unicode category of an opening bracket
_PAGE_NUMBER = compiled_re(r"\d{1,4}")
_TAIL_OPENS = frozenset("0123456789.")  # a number's end
# a table's cell printed a line: a number alone, maybe with its percent mark or a short unit (52.6, 4.1%,
# 21347元, 1.35亿元, or its thousands marked, 34,218: a right-aligned column of counts), and no mark after it (a column
# line that ends its paragraph there closes on one)
_BARE_NUMBER = compiled_regex(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|\p{Han}{1,3})?")
# … a plain number of them, no word after it (34,218, 2.6, 4.1%; 2025年 may be a column's head, a sweep's line)
_CELL_NUMBER = compiled_regex(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
# … or a numbered row's label cell printed a line (1 渝北区, 12 九龙坡区): a row number, a gap and a short name, no mark
_NUMBERED_LABEL = compiled_regex(r"\d{1,2}[ \t\u3000]+\p{Han}{2,10}")
_ANY_SPACE = compiled_re(r"\s")
_HAN = compiled_regex(r"\p{Han}")  # a character no folding turns into a digit
_NUMBER_END = compiled_re(r"\d[\d.,]*(\D?)$")
# an item's bullet (a square, a diamond, a star) right before its first word: a brief of a column of briefs opens
# with one where no dateline names the paper (a bullet before a figure is a number box's entry, no item's start)
# a number box's figure alone on its line, with its unit (862.4亿元, 5.3%, 12.6万人), and its label: words alone
_BOX_FIGURE = compiled_regex(r"\d+(?:\.\d+)?(?:\p{Han}{1,4}[%\u2030]?|[%\u2030])")
_BOX_LABEL_WORDS = compiled_regex(r"\p{Han}+")
_BOX_LABEL = (2, 24)  # the length of a box's label (characters)
# … or a label that opens with the month or span it is of (10月末存款余额, 1-10月进出口总额): a small whole number or two
# before its words, no decimal and no digit after them, words more than a unit's (a figure is `_BOX_FIGURE`); taken
# only in the run of labels right under a run of as many figures
_BOX_DATED_LABEL = compiled_regex(r"\d{1,2}(?:[-\u2013\u2014]\d{1,2})?\p{Han}{5,22}")
# a line opening with two small numbers, each with one word after it, then a mark (10月16日，: a date, a caption's or an
# item's first line): no number's tail, whose unit a mark or the clause's words follow (…达到18 | 00张。)
_DATED_OPEN = compiled_regex(r"\d{1,2}\p{Han}\d{1,2}\p{Han}\p{Po}")
_BOX_YEAR = compiled_regex(r"(?:19|20)\d{2}\p{Han}")  # a year over a table's column (2025年 2024年), no box's figure
_WORD_RUN = compiled_re(r"\S+")
_BULLETED = compiled_regex(r"[\p{Block=Geometric_Shapes}\p{Block=Misc_Symbols}]\s*\p{Han}")


_DIGITS = str.maketrans("123456789", "000000000")
_OPEN_BRACKETS = ("(", chr(ord("(") + 0xFEE0))  # a byline's opening bracket and its full-width form


_SPACED_OUT = compiled_re(r"(?:\S ){3,}\S")
_TAIL_SEAM = 2.5  # a line ending on digits before a line of its unit alone closed by a mark (…达到5 | 家。): digits' seam
_TAIL_ALONE = 6  # the longest such line, its mark included (万人次。)
ALT_MIN = 3  # numbers that run on two lines further, not one, before a page with no blank lines is a sweep
ALT_RATIO = 2  # … and this many times as many as run on into the very next line
ALT_SEAMS = 4  # seams of full lines written elsewhere on the page two lines further, not one (`_seams_alternate`)
ALT_WIDTH = 10  # … a full line being this many characters long at least
ALT_SHORT = 3  # … and at most this many shorter than the page's commonest line
ALT_LINES = 160  # … told by a window's first lines this many (a page read across shows it throughout)
_NONZERO = compiled_re("[1-9]")


LONE_BLOCKS = 3  # a page of lines swept one by one holds this many blocks of lines at most (or one in twenty)
HEAD_BLOCK = 3  # the most lines of a headline's block (a kicker, the main line, a subhead) the extractor gives as one
HEAD_ROW_CHARS = 10  # a headline of a row of short ones side by side is no longer (characters)
JUMP_NOTE = 16  # a jump's note at a line's end ((下转第12版)) is no longer (characters)


# a county item's headline opening with its place's short form and a colon (深渡：枇杷树下“生金”): the colon is no
# clause's mark there (a mark that folds to the ASCII colon: the wide one a page prints, or the narrow one)
_NAMED_HEAD = compiled_regex(r"\p{Han}{2,4}(\p{Po})\p{Han}")


def _named_headline(text: str) -> bool:
    """A line that reads as a headline opening with a short name and its colon (齐河：新建社区食堂45个): a column's line
    opening so and holding no other mark is rare, and the name, a place's, is the item's kicker."""
    named = _NAMED_HEAD.match(text) if len(text) >= 6 else None
    return named is not None and unicodedata.normalize("NFKC", named.group(1)) == ":" and _headline_words(text)


def _headline_words(text: str) -> bool:
    """A line that reads as a headline alone: no clause or sentence mark inside (a wide comma or stop, which a
    column's line mostly shows), no mark closing it, and no number cut at its end (…茶叶产量12)."""
    named = _NAMED_HEAD.match(text) if len(text) >= 6 else None
    if named is not None and unicodedata.normalize("NFKC", named.group(1)) == ":":  # a short name, its colon (齐河：…)
        text = text[named.end(1):]
    return len(text) >= 4 and not text[-1].isdigit() and text[-1] not in ".)" and \
        not any(not c.isascii() and unicodedata.category(c) in ("Po", "Pe") for c in text)


def _brackets_closed(text: str) -> bool:
    """Every bracket the text opens it closes (a byline's, 本报讯（记者 汪洋）…), or it opens none."""
    cats = [unicodedata.category(c) for c in text]
    return cats.count(_OPENING) <= cats.count("Pe")


def _clause_closed(text: str) -> bool:
    """A line ending on a wide clause or sentence mark (a comma, a stop, an enumeration comma), no colon: a column's
    line may end so, a caption or a headline never does."""
    end = text[-1:]
    return bool(end) and not end.isascii() and unicodedata.category(end) == "Po" and \
        unicodedata.normalize("NFKC", end) != ":"


def _head_rows(frags: list[_Frag]) -> list[int]:
    """The line after two short lines alone that read as headlines (a row of headlines side by side, printed a line
    each, 过去五年成就 | 今年目标): the first line of the columns under them."""
    def head(f: _Frag) -> bool:
        return len(f.pieces) == 1 and len(f.last) <= HEAD_ROW_CHARS and _headline_words(f.last)
    return [j for j in range(2, len(frags)) if head(frags[j - 2]) and head(frags[j - 1]) and not head(frags[j])]


def _alternating(texts: list[str]) -> bool:
    """Lines of two columns read across one by one with no blank line between (an extractor that makes every
    line a box and prints them sorted down the page): a number broken at a line's end (…增长5. | 8%…) goes on
    two lines further, in the line after next, far more often than in the next line, where a number breaks
    off in running text."""
    def ends(t: str) -> bool:
        return t[-1:].isdigit() or t[-1:] == "."

    def opens(t: str) -> bool:
        return t[:1].isdigit() or t[:1] in ".%"

    near = sum(1 for a, b in zip(texts, texts[1:], strict=False) if ends(a) and opens(b))
    far = sum(1 for a, b in zip(texts, texts[2:], strict=False) if ends(a) and opens(b))
    return far >= ALT_MIN and far >= ALT_RATIO * near


def _seams_alternate(texts: list[str], complete: set[str] | frozenset[str]) -> bool:
    """Lines of two columns read across one by one with no blank line between, cut nowhere inside a number (a
    two-page spread, each page wrapped at its own width: …实有床位 | 2.86亿元… | 2380张…): where a full line breaks
    off mid-sentence, the two characters meeting at its seam with the line after next are written side by side
    elsewhere on the page (床位 | 位2 | 全市 …) far more often than those at its seam with the very next line, as in
    running text. Only lines of about the page's commonest width count (a table printed a cell a line, a headline,
    a paragraph a line tell nothing), and a seam that opens with a mark or puts two digits together counts for
    neither (every page writes a character before a comma, and digits side by side)."""
    texts = texts[:ALT_LINES]
    if len(texts) < MIN_ALONE:
        return False
    lengths = sorted(map(len, texts))
    full = max(lengths[len(lengths) // 2] - ALT_SHORT, ALT_WIDTH)
    open_ = [len(t) >= full and t[-1] not in complete for t in texts]
    if sum(open_) < max(MIN_ALONE, SHARE_ALONE * len(texts)):
        return False  # (the quick answer of a page of paragraphs a line or of short lines)
    page = _NONZERO.sub("0", "\n".join(texts))  # (digits as one class; no pair of it spans a line break)
    seen = set(map(operator.add, page, page[1:]))

    def seam(a: str, b: str) -> bool:
        x, y = _digit_class(a[-1]), _digit_class(b[0])
        return not (x == "0" and y == "0") and y not in complete and not unicodedata.category(y).startswith("P") \
            and x + y in seen

    near = sum(1 for k in range(len(texts) - 1) if open_[k] and seam(texts[k], texts[k + 1]))
    far = sum(1 for k in range(len(texts) - 2) if open_[k] and seam(texts[k], texts[k + 2]))
    return far >= ALT_SEAMS and far >= ALT_RATIO * near


def _unspaced(text: str) -> str:
    """A column line set with wide letter-spacing that the extractor printed a space between every
    two characters (增 长 2 3 %) is that line, not a running head's words set apart."""
    return text.replace(" ", "") if _SPACED_OUT.fullmatch(text) else text


def _percent_open(text: str) -> bool:
    """Whether a line opens with a percent, its digits' tail or its mark (5%以内…, .5%…, %。…): no paragraph does."""
    head = _NUMBER_HEAD.match(text).group()
    return "%" in head


def _digit_class(ch: str) -> str:
    """Digits as one class: the page tells how often a unit follows a number, not a given digit."""
    return "0" if ch.isdigit() else ch


def _column_line(text: str, width: float) -> bool:
    """Could be a line of a column of the typical width: not much wider (digits and Latin letters
    are not always half a character, so each may count a little more), and not spaced out like
    a running head (城市日报 2026年3月21日 第3版). The spaces inside brackets are a byline's between its names
    (本报讯（记者 郑晓 通讯员 倪乐）1—, an item's first line in a narrow column, swept a line at a time): no spacing out."""
    n_ascii = len(text.encode("utf-8", "surrogatepass").translate(None, _NON_ASCII)) if not text.isascii() else len(text)
    spaces = text.count(" ")
    if spaces >= 2:
        spaces -= sum(m.group().count(" ") for m in _BRACKETED.finditer(text))
    return spaces < 2 and (not width or _cells(text) <= width + 1.5 + 0.25 * n_ascii)


_ASCII_BYTES = bytes(range(128))
_NON_ASCII = bytes(range(128, 256))
# a bracket's text, closed or running to the line's end (a byline's, cut by the column: （记者 李雪)
_BRACKETED = compiled_re(r"[(\uff08][^()\uff08\uff09]*(?:[)\uff09]|$)")


def _cells(text: str) -> float:
    """Printed width in Han characters: digits and Latin letters take about half a column."""
    if text.isascii():
        return 0.5 * len(text)
    data = text.encode("utf-8", "surrogatepass")
    return len(text) - 0.5 * (len(data) - len(data.translate(None, _ASCII_BYTES)))


class _Frag:
    """A run of lines between blank lines: the pieces as they came, and its text folded."""

    __slots__ = ("pieces", "text", "head", "tail", "before", "boxed")

    def __init__(self, before: list[Piece] | None = None) -> None:
        self.pieces: list[Piece] = []
        self.before = before or []  # the blank lines that came before it
        self.text = ""
        self.head: int | None = None  # the fragment continued (index), once joined
        self.tail: int | None = None  # the fragment continuing this one
        self.boxed = False  # a number box's figure or its label, joined (`Interleave._box_entries`)

    @property
    def first(self) -> str:
        return _unspaced(self.pieces[0][1].strip())

    @property
    def last(self) -> str:
        return _unspaced(self.pieces[-1][1].strip())


class Interleave:
    """`take` a piece (a line or a column piece), get the pieces to join now; `finish` at the end."""

    def __init__(self, sentence_end: str = "", closing: str = "", complete: str = "",
                 notes: list[str] | None = None, dated: Callable[[str], object] | None = None,
                 unit_whole: str = "", unit_open: Sequence[str] = (),
                 jump_out: Callable[[str], object] | None = None,
                 byline: regex.Pattern[str] | None = None, clause_end: str = "",
                 number_words: frozenset[str] = frozenset(), number_before: Sequence[str] = (),
                 table_head: Callable[[str], int] | None = None, range_marks: Sequence[str] = (),
                 alone: Callable[[str], object] | None = None) -> None:
        """The marks of rules/lexicon/layout.yaml: none of them opens a line of running text. dated: does a
        line open with a dateline (layout.yaml article_start: ■本报讯 …)? unit_whole (layout.yaml): a number
        and one of these at a line's end is whole (床位数达8.1张); unit_open: a number, its magnitude and one
        of these at a line's end may go on into a longer unit (98.6亿千瓦 | 时): cut like a bare number.
        jump_out (layout.yaml article_end): is a bracketed note a jump to another page ((下转第6版)): a line
        ending in one is its article's last, at the foot of its last column. byline (layout.yaml): the
        reporters' credit in brackets after a dateline (本报讯（记者 甲 通讯员 乙）): a line of a dateline and its
        byline alone ends on its bracket, yet its sentence goes on in its column's next line (`_bylines`).
        clause_end (layout.yaml, its wide marks): a clause's mark, which opens no line of running text either.
        number_words: the words that may follow a number (measure words, magnitudes, numeral units): a line opening
        with one and a mark right after it (个。, 家，) is a number's tail (`_unit_pairs`). number_before (roles.yaml
        change verbs, layout.yaml number_lead): words a number is written right after (同比增长 | 7.2%, 任务的 | 114%):
        a line ending on one (of two characters or more: 多 and 增 end too many words) goes on into a line opening with
        a number as into one the page's own
        seams tell (a short page may write 增长 before a number nowhere but at its seams), where both hold a mark: running
        text, no number box's label and figure. table_head (`TableLines.head_columns`): how many value columns a line
        names as a table's head; such a line is kept whole on a page of glued rows (`_split_rows`). A line ending on
        a change verb's first half goes on into the one line opening with its rest right before a number (…比年初增 |
        加96.3亿元。, `_verb_pairs`). range_marks (numerals.yaml: the marks between a range's two ends, 至, -): a line
        opening with a range (1至7月部分县…, a caption's or a paragraph's span) is no tail of digits cut at another line's
        end that would make its start pass its end (…卫生室58 | 1至7月…, 581 over 7: `_range_past`); …指202 | 6—2030年…
        runs on."""
        self.table_head = table_head
        self.alone = alone  # a page's running head (layout.yaml running_head): no row of glued columns (`_split_rows`)
        self.range_open = compiled_re(r"(\d+(?:\.\d+)?)\s*(?:" + "|".join(map(re.escape, range_marks))
                                      + r")\s*(\d+(?:\.\d+)?)") if range_marks else None
        self.number_before = tuple(w for w in number_before if len(w) >= 2)
        self.no_start = set(sentence_end + closing + complete + "%")
        self.unit_whole = frozenset(unit_whole)
        self.unit_open = compiled_re(r"\d[\d.,]*\D?(?:" + "|".join(map(re.escape, unit_open)) + ")$") if unit_open else None
        self.complete = set(complete)
        self.dated = dated
        self.in_order: set[int] = set()  # (the lines of a narrower column read in order amid a sweep: `_widths`)
        self.jump_out = jump_out
        self.byline = byline
        self.feet: set[int] = set()  # a glued page's column feet alone in their rows, going on at a top (`_foot_tops`)
        self.down: dict[int, int] = {}  # a swept page's paragraph ends: the line opening the next under it (`_down`)
        self.marked = self.no_start | set(clause_end)  # … nor does a line go on from none that opens so (`_marked_heads`)
        self.number_words = number_words
        self.closing = frozenset(closing)
        self.notes = notes
        self.held: list[Piece] = []
        self.chars = 0
        self.labels: list[tuple[int, int]] = []  # the page's lines of a chart's labels (`_chart_apart`)

    def take(self, piece: Piece) -> Iterator[Piece]:
        self.held.append(piece)
        self.chars += len(piece[0])
        if "\f" in piece[0] or len(self.held) >= MAX_LINES or self.chars >= MAX_CHARS:
            yield from self.finish()

    def amid_blocks(self) -> bool:
        """Lines held, enough of them blank to be a page's blocks (`_blocks`), a blank line last."""
        held = self.held
        return len(held) >= MIN_ALONE and not held[-1][1].strip() \
            and sum(1 for p in held if not p[1].strip()) >= MIN_ALONE

    def quick_lines(self, lines: list[str], final: bool = False, opening: int | None = None) -> int:
        """How many of these first lines, taken as pieces of their own from an empty hold, fill windows
        that `_page` hands on as they came by its quick answers (few spaced lines, and few blank lines
        or few text lines standing alone between them: paragraphs set off by blank lines are no
        sweep): the layout repair's bulk path may skip `take` for them (`Swept.bulk`). Lines that
        pass the column stage come with no opening mark, so blank lines alone cut fragments, as
        `_page` cuts them. final: the text ends with them (the last window is judged at `finish`). opening: the
        lines from this one on each open a fragment of their own (the pieces of lines cut at their gutters, and
        the lines after them, come from the column stage marked so: `_page` cuts a fragment at each; counted
        alone, the answer is never quick where `_page` sweeps them)."""
        done = held = chars = blank = rowish = lines_text = alone = texts = run = 0
        boxed = False  # a number box's figures a space apart over their labels (`_spaced_boxes`): never quick
        above = ""  # the text line before this one
        window: list[str] = []  # the window's text lines: two columns read across with no blank line between?
        run_number = False  # the current fragment's one line is a page number (`_swept` skips those)
        last = ""  # the current fragment's last line: one holding a Han character is surely no page number

        def quick() -> bool:
            # `_swept` wants MIN_ALONE lines alone, and a share SHARE_ALONE of its fragments; `texts`
            # counts only fragments surely not page numbers, so it never says quick where `_page` would not
            # `_split_rows` wants MIN_GLUED rows and a share SHARE_GLUED of the text lines; `rowish` counts
            # every line that could be a row once folded (a space of any kind, not too many plain ones)
            return not boxed and ((rowish < MIN_GLUED or rowish < SHARE_GLUED * lines_text)
                    and (blank < MIN_ALONE or alone < MIN_ALONE or alone < SHARE_ALONE * texts)
                    and (blank >= MIN_ALONE or not (_alternating(window) or _seams_alternate(window, self.complete))))

        def end_run() -> None:
            nonlocal alone, texts, run
            alone += run == 1 and not run_number
            texts += run > 0 and _HAN.search(last) is not None  # asked of a fragment's last line only
            run = 0

        for i, line in enumerate(lines):
            held += 1
            chars += len(line)
            text = line.strip()
            if not text:
                blank += 1
                end_run()
            else:
                if run and opening is not None and i >= opening:
                    end_run()  # a piece marked as opening: a fragment of its own
                run += 1
                if run == 1:
                    run_number = _PAGE_NUMBER.fullmatch(text) is not None
                last = text
                lines_text += 1
                window.append(text)
                boxed = boxed or (" " in text and self._box_pair(above, text))
                above = text
                # (a line with a blank holds a space; one with none holds one only if it is not all printable,
                # every other space of `\s` being unprintable: most lines are told by `count`, then in C)
                if (spaces := text.count(" ")) <= MAX_SPACES and (
                        spaces or not text.isprintable() and _ANY_SPACE.search(text)):
                    rowish += 1
            if held >= MAX_LINES or chars >= MAX_CHARS:
                end_run()  # the window's end ends its last fragment
                if not quick():
                    return done
                done, held, chars, blank, rowish, lines_text, alone, texts = i + 1, 0, 0, 0, 0, 0, 0, 0
                window, boxed = [], False
        end_run()
        if final and quick():  # the text ends: `finish` judges the rest so
            return len(lines)
        return done

    def finish(self, at_title: bool = False) -> Iterator[Piece]:
        """The held lines judged and handed on. at_title: a headline or a box's title set apart comes next (the
        page's lines above it were read block by block as much as lines a page break ends: `_blocks`)."""
        held, self.held, self.chars = self.held, [], 0
        if held:
            yield from self._page(held, at_title)

    # -- one page ------------------------------------------------------------------------

    def _page(self, held: list[Piece], at_title: bool = False) -> Iterator[Piece]:
        charted: list[Piece] = []
        side: list[Piece] = []
        self.labels = []
        if sum(1 for p in held if " " in p[1].strip()) >= MIN_GLUED:
            held = _rows_together(held)
            held, charted, self.labels = _chart_apart(held)
            held, side = _side_apart(held, self.complete)
        yield from self._page_lines(held, at_title)
        yield from side  # (after the page's text: its first lines are its running head and its headlines)
        yield from charted

    def _page_lines(self, held: list[Piece], at_title: bool = False) -> Iterator[Piece]:
        # on a page of glued rows, a line's piece: (its row, its place in it, the row's pieces)
        slots: dict[int, tuple[int, int, int]] = {}
        rows = _split_rows(held, self.complete, slots, self.table_head, self._unit_tail, self.alone, self.dated)
        across = False  # two columns read across with no blank line between: every line stands alone
        if rows is None and sum(1 for p in held if not p[1].strip()) < MIN_ALONE:
            texts = [t for p in held if (t := _unspaced(p[1].strip()))]
            across = _alternating(texts) or _seams_alternate(texts, self.complete)
            if not across:
                yield from self._spaced_boxes(held)  # too few blank lines to stand lines apart: the quick answer
                return
        frags: list[_Frag] = []
        blanks: list[Piece] = []  # blank lines since the last text line (the page's last ones are handed on)
        for p in rows or held:
            if not p[1].strip():
                blanks.append(p)
                continue
            if blanks or not frags or p[3] or across:
                frags.append(_Frag(blanks))
                blanks = []
            frags[-1].pieces.append(p)
        if not self._swept(frags):
            if ("\f" in held[-1][0] or at_title) and (self._blocks(frags) | self._box_entries(frags)):
                yield from self._in_order(frags)
                yield from blanks
                return
            yield from self._spaced_boxes(held)
            return
        for f in frags:
            f.text = "".join(_unspaced(p[1].strip()) for p in f.pieces)
        # (on a swept page only: a page handed on as it came is so at once by the bulk path, `quick_lines`)
        boxed = self._box_entries(frags, glued=bool(rows))
        self.down, self.feet = {}, set()
        if not self._join(frags, glued=bool(rows), slots=slots, across=across):
            if boxed or any(f.head is not None for f in frags):  # (… or a number's tail joined to its cut: `_join`)
                yield from self._in_order(frags)
                yield from blanks
                return
            yield from held
            return
        below = self._below(frags, slots, self.complete, _row_links(slots), self.feet) if slots else self.down
        done = set()
        for i, f in enumerate(frags):
            if i in done or f.head is not None:
                continue
            k: int | None = i
            while k is not None:
                first = True
                while k is not None and k not in done:
                    done.add(k)
                    yield from self._emit(frags[k], opens=first)
                    first = False
                    last, k = k, frags[k].tail
                # the paragraph ended: the one under it in its column comes next, before the lines the rows
                # printed first (another column's next paragraph)
                k = below.get(last)
                if k is not None and (k in done or frags[k].head is not None):
                    k = None
        yield from blanks

    def _box_entries(self, frags: list[_Frag], glued: bool = False) -> bool:
        """A number box (图解, 数说) whose row of big figures over a row of their labels the extractor read a row at a
        time: N figures alone on their lines (862.4亿元 | 5.3% | 12.6万人), then N labels (全市地区生产总值 | …), the
        k-th label naming the k-th figure. Each figure is joined to its label (read apart, a label names nothing
        and runs into the next line by the sweep's rhythm). Only where a run of two figures or more is followed
        right away by as many labels, and the lines right above the figures are no run of as many labels (a box
        read labels first, whose figures the next item's headlines follow). glued: a page printed a row at a time,
        where the figures are one row's pieces, each a space after the one before (`_figure_rows`). True where
        entries were joined."""
        n = len(frags)
        figure = [len(f.pieces) == 1 and _BOX_FIGURE.fullmatch(f.first) is not None for f in frags]
        if glued:  # (a figure alone on its line is a table's cell or a box's entry the rows do not tell: left be)
            on = [figure[i] and figure[i + 1] and _row_next(frags[i], frags[i + 1]) for i in range(n - 1)] + [False]
            figure = [figure[i] and (on[i] or (i > 0 and on[i - 1])) for i in range(n)]
        if sum(figure) < 2:
            return False
        label = [len(f.pieces) == 1 and (self._box_label(f.first) or _BOX_DATED_LABEL.fullmatch(f.first) is not None)
                 for f in frags]
        joined = False
        i = 0
        while i < n:
            if not figure[i]:
                i += 1
                continue
            k = i
            while k < n and figure[k]:
                k += 1
            run = k - i
            # (the labels right above may be the entries' of a run of figures before, already paired)
            if run >= 2 and k + run <= n and all(label[k:k + run]) and not (
                    i >= run and all(label[i - run:i]) and not all(frags[x].boxed for x in range(i - run, i))):
                for a in range(run):
                    f, b = frags[i + a], frags[k + a]
                    if f.tail is None and b.head is None and f.head is None and b.tail is None:
                        f.tail, b.head = k + a, i + a
                        f.boxed = b.boxed = True
                        joined = True
                i = k + run
            else:
                i = k
        return joined

    def _box_pair(self, figures: str, labels: str) -> bool:
        """Two lines of a number box printed a row at a time with one space between its entries (pdfplumber's plain
        text of a 数读 box: 3486.2亿元 6.1% 2680.5亿元 / 地区生产总值 地区生产总值增长 鞋服产业产值): N figures, each a
        number with its unit and no year (2025年 2024年 heads a table), over N labels (`_box_label`), N two or more."""
        if figures.count(" ") != labels.count(" "):
            return False  # (told before either line is split: most lines asked are a paragraph's, spaced out or not)
        over, under = figures.split(" "), labels.split(" ")
        return len(over) == len(under) >= 2 and all(
            _BOX_FIGURE.fullmatch(f) is not None and _BOX_YEAR.fullmatch(f) is None for f in over) and all(
            self._box_label(w) for w in under)

    def _spaced_boxes(self, held: list[Piece]) -> Iterator[Piece]:
        """The page's pieces as they came, but a number box's row of figures a space apart over the row of its labels
        (`_box_pair`; a page of glued rows pairs them itself, `_box_entries`): each entry a piece of its own, its label
        opening it and its figure going on, and the line after the box opening another. Joined as printed, 7.4% ran
        into 62.8万辆, the figures into the title above them and the labels into whatever came next."""
        k, n, after = 0, len(held), False
        while k < n:
            body, folded, src, opens = held[k]
            nxt = held[k + 1] if k + 1 < n else None
            top, low = folded.strip(), nxt[1].strip() if nxt is not None else ""
            if nxt is None or " " not in top or not self._box_pair(top, low):
                yield (body, folded, src, opens or after) if after and top else held[k]
                after = after and not top
                k += 1
                continue
            over = [m.span() for m in _WORD_RUN.finditer(folded)]
            under = [m.span() for m in _WORD_RUN.finditer(nxt[1])]
            for (s, e), (a, b) in zip(over, under, strict=True):
                yield nxt[0][a:b], nxt[1][a:b], nxt[2] + a, True
                yield body[s:e], folded[s:e], src + s, False
            after = True
            k += 2

    def _box_label(self, text: str) -> bool:
        """A number box's label: a short line with no digit, no mark, no gap and no item's bullet."""
        return _BOX_LABEL[0] <= len(text) <= _BOX_LABEL[1] and _BOX_LABEL_WORDS.fullmatch(text) is not None \
            and (self.dated is None or not self.dated(text))

    @staticmethod
    def _below(frags: list[_Frag], slots: dict[int, tuple[int, int, int]], complete: set[str],
               links: dict[int, int] | None = None, feet: Collection[int] = ()) -> dict[int, int]:
        """On a page of glued rows: for each fragment, the one that opens in the same place of the next row,
        the column's next paragraph, which the rows printed after other columns' lines: where that row
        holds as many pieces (the same columns) and the fragment goes on or ends its paragraph on its one
        line (the next item's headline in that place does neither), or fewer but two or more (the columns
        that ended are most often the last ones) and the fragment goes on. Read next where the paragraph
        before ends. links: the rows whose column goes on in a row not the one under them (`_row_links`). feet: the
        first column's feet alone in their rows under the rows, going on at the next column's top (`_foot_tops`): read
        under the first column's last line in the rows."""
        links = links or {}
        first = {(sl[0], sl[1]): (j, sl[2]) for j, f in enumerate(frags) if (sl := slots.get(f.pieces[0][2])) is not None}
        out = {}
        for i, f in enumerate(frags):
            sl = slots.get(f.pieces[-1][2])
            if sl is None or sl[2] < 2:
                continue
            under = first.get((links.get(sl[0], sl[0] + 1), sl[1]))
            if under is None or under[1] > sl[2] or under[1] < min(sl[2], 2) and not (sl[1] == 0 and under[0] in feet):
                continue
            # (a paragraph goes on from its first line or ends on it; a headline of the next item does neither;
            # under a row that held more pieces, a line that ends a paragraph may be the last line of any
            # column still running: only one going on is surely a paragraph's first)
            j = under[0]
            if frags[j].tail is not None or under[1] == sl[2] and frags[j].last[-1:] in complete:
                out[i] = j
        return out

    def _blocks(self, frags: list[_Frag]) -> bool:
        """A page an extractor read block by block (pdftotext without -layout; the text ends at a page
        break) may print a column's blocks out of order: a block whose last line fills its column and
        breaks off mid-sentence (…城镇新增就业1.9万) runs into the next block printed (划新增风电…, the
        tail of a brief set elsewhere), while the block that goes on with it comes a few blocks on
        (人。梨树县…), after a block that ends its paragraph. Such a block is joined to the one whose seam
        the page tells far better (万人 is written often, 万划 never), and likewise the block left behind
        to the broken line it goes on from (…白城市今年计 | 划新增…). Other blocks keep their order. True
        where a block was moved."""
        pairs: Counter[str] = Counter()
        for f in frags:
            f.text = "".join(_unspaced(p[1].strip()) for p in f.pieces)
            t = f.text.translate(_DIGITS)
            pairs.update(t[k:k + 2] for k in range(len(t) - 1))
        widths = self._widths(frags)

        def ev(i: int, j: int) -> float:
            return self._score(frags[i].text, frags[j].text, pairs)

        def free(j: int) -> bool:
            """j opens no paragraph of its own and continues no block before it."""
            f, before = frags[j], frags[j - 1] if j else None
            return (f.head is None and not _PAGE_NUMBER.fullmatch(f.first) and before is not None
                    and (before.last[-1:] in self.complete or before.tail not in (None, j))
                    and not (self.dated is not None and self.dated(f.first)))

        moved = self._side_by_side(frags, widths, ev)
        for i, f in enumerate(frags):
            if f.tail is not None or i + 1 >= len(frags) or not self._open(f, widths[i]):
                continue
            here = ev(i, i + 1) if frags[i + 1].head is None else 0.0
            near = [j for j in range(max(1, i - BLOCKS), min(len(frags), i + BLOCKS + 1))
                    if j not in (i, i + 1) and free(j) and _column_line(frags[j].first, widths[i])]
            if not near:
                continue
            scored = sorted(((ev(i, j), j) for j in near), reverse=True)
            s, j = scored[0]
            if s < SURE_BLOCK or s < here + FAR_BETTER or (len(scored) > 1 and scored[1][0] > s - 1.0):
                continue
            end, first = f.text[-1], frags[j].text[0]
            if (end.isdigit() or end == ".") and not (end == "." and first.isdigit() or end.isdigit() and first == "."):
                continue  # digits meet across blocks only at a decimal point: a wrong join is a wrong number
            if self._reaches(frags, j, i):
                continue
            f.tail, frags[j].head = j, i
            moved = True
        return moved

    def _side_by_side(self, frags: list[_Frag], widths: list[float], ev: Callable[[int, int], float]) -> bool:
        """Two items set side by side, each over columns, that an extractor read a row of blocks at a time:
        the left item's first column (…同比增), the right item's, opening with its dateline (本报讯…农村劳动力),
        the left item's second column (长5.3%。…) and the right item's (转移就业…). Both first blocks break
        off mid-sentence; a dateline goes on from no sentence, so the left one's goes on two blocks on, and
        the right one's three on, where their seams tell that far better than the order printed (增长 is
        written often, 力长 never). The block between must end its paragraph (the fourth opens no sentence
        of its). True where such blocks were joined."""
        moved = False
        if self.dated is None:
            return False
        for i in range(len(frags) - 3):
            a, b, c, d = frags[i:i + 4]
            gap = 0
            if self._heading_block(c, widths[i + 2]) and i + 4 < len(frags):
                # (a box's title or a headline printed between the rows of blocks, 数说: a block of its own, skipped)
                gap, c, d = 1, frags[i + 3], frags[i + 4]
            i2, i3 = i + 2 + gap, i + 3 + gap
            if a.tail is not None or b.tail is not None or c.head is not None or d.head is not None:
                continue
            if not self.dated(b.first) or self.dated(c.first) or self.dated(d.first):
                continue
            if not (self._open(a, widths[i]) and self._open(b, widths[i + 1])) or c.last[-1:] not in self.complete:
                continue
            if not (_column_line(c.first, widths[i]) and _column_line(d.first, widths[i + 1])):
                continue
            if b.text[-1:].isdigit() or b.text[-1:] == "." or (a.text[-1:].isdigit() or a.text[-1:] == ".") \
                    and not (a.text[-1:] == "." and c.text[:1].isdigit()):
                continue  # digits meet across blocks (but at a decimal point): a wrong join is a wrong number
            crossed, printed = ev(i, i2) + ev(i + 1, i3), ev(i + 1, i2) + ev(i, i3)
            # (the left item's second block opening with a clause's mark goes on from a or b, and the fourth opens
            # no sentence: printed, a breaks off into nothing and d opens mid-sentence; crossed, each goes on where
            # the seams tell it as well: …总数达到3860张 | ，其中…, …完成年 | 度目标的…)
            marked = c.text[:1] in self.marked and d.text[:1] not in self.marked and ev(i, i2) > 0 \
                and ev(i + 1, i3) > 0 and crossed > printed
            if not marked and (ev(i, i2) < SURE_BLOCK or crossed < printed + FAR_BETTER):
                continue
            a.tail, c.head, b.tail, d.head = i2, i, i3, i + 1
            moved = True
        return moved

    def _heading_block(self, f: _Frag, width: float) -> bool:
        """A block of one short line of words alone, with no mark nor digit: a headline's or a box's title."""
        return len(f.pieces) == 1 and _cells(f.first) < width - 3.5 and _BOX_LABEL_WORDS.fullmatch(f.first) is not None

    def _in_order(self, frags: list[_Frag]) -> Iterator[Piece]:
        """The blocks in reading order: each block, then the one joined to it (no blank line between: the
        sentence runs on), else the next one printed, with the blank lines that came before it, where no
        block was joined to that one."""
        done: set[int] = set()
        for i in range(len(frags)):
            if frags[i].head is not None:
                continue  # read after the block it goes on from
            k: int | None = i
            joined = False
            while k is not None and k not in done:
                if not joined:
                    yield from frags[k].before
                done.add(k)
                yield from frags[k].pieces if not joined else self._emit(frags[k], opens=False)
                nxt = frags[k].tail
                joined = nxt is not None
                if nxt is None and k + 1 < len(frags) and frags[k + 1].head is None:
                    nxt = k + 1
                k = nxt

    def _swept(self, frags: list[_Frag]) -> bool:
        """Most text lines stand alone between blank lines, and enough of them break off mid-sentence. A Markdown
        heading (## 二、医疗服务: a converter's, which writes a blank line after every block) breaks off nothing:
        the converter wrote it whole, as it wrote the paragraphs; nor does a plain number alone on its line (34,218, 2.6,
        no word after it): a table's cell printed a line, so a page of a table's cells, a blank line after each, is no
        sweep."""
        text = [f for f in frags if not _PAGE_NUMBER.fullmatch(f.last)]
        alone = [f for f in text if len(f.pieces) == 1]
        if len(alone) < MIN_ALONE or len(alone) < SHARE_ALONE * len(text):
            return False
        open_ = [f for f in alone if f.last[-1:] not in self.complete and not _MD_HEADING.match(f.pieces[0][1])
                 and not _CELL_NUMBER.fullmatch(f.last)]
        if len(open_) < len(alone) / 2:
            return False
        # (a text of one paragraph a line, a blank line after each, under lone headings, 一、老年人口 | 截至2025年末，…
        # 。: its open lines are its headings, all far narrower than the paragraphs that end on their marks; a sweep's
        # open lines are its columns' full lines, as wide as any of its lines that end a paragraph)
        ends = sorted(_cells(f.last) for f in alone if f.last[-1:] in self.complete)
        return not ends or max(_cells(f.last) for f in open_) >= OPEN_NARROW * ends[len(ends) // 2]

    def _emit(self, f: _Frag, opens: bool) -> Iterator[Piece]:
        """The fragment's pieces, the first opening a paragraph or not as `opens` says. A fragment going on from
        another (not opens) loses the spaces its first line was set in by: a line alone under a column further right
        (以上。 under …1650人 4.5%左右。, set in by the columns to its left) is no paragraph's indented first line, and
        the layout repair read it so, the sentence cut there (…1650人 | 以上。)."""
        for n, (body, folded, src, was_open) in enumerate(f.pieces):
            if n == 0 and not opens and (lead := len(body) - len(body.lstrip(" "))) and len(folded) == len(body) \
                    and body[lead:].strip():
                body, folded, src = body[lead:], folded[lead:], src + lead
            yield body, folded, src, (opens if n == 0 else was_open)

    def _open(self, f: _Frag, width: float, glued: bool = False, chars: bool = False) -> bool:
        """Breaks off mid-sentence at the full width of a column (a short line ends a paragraph or a headline).
        glued: a piece of a glued row, whose spaces are its own (a byline's 记者 X 通讯员 Y), no running head's.
        chars: two columns read across a line at a time with no blank line between, whose lines a text's own wrap
        may have cut at so many characters, digits counting one each (…占比64.6%。 as wide as a line of words): a
        line full by its characters is full too."""
        last = f.last.replace(" ", "") if glued else f.last
        if not last or last[-1] in self.complete or _PAGE_NUMBER.fullmatch(last) or _BARE_NUMBER.fullmatch(last):
            return False  # (one number alone: a table's cell printed a line)
        cut = last[-1].isdigit() or last[-1] == "."
        # a number cut at a line's end is judged against a column a little wider: the width around is
        # the commonest, and a column of briefs' short first lines (■本报讯 …) makes it narrow
        if not _column_line(last, width + (3.5 if cut and width else 0.0)):
            return False  # a headline or a running head
        # (a glued row's piece a dateline opens, ending on no mark, goes on however short: a brief's first
        # line, its dateline's wide gap printed as one space, ■本报讯 咸宁市上半年; one with a byline in
        # brackets, 本报十堰讯（记者 李雪, is judged by its width: the column's next line closes the bracket; unless
        # they close and the line breaks off inside a word, no mark at its end, full but for the indent the row's one
        # space dropped, 本报讯（记者 汪洋）今年以来，安: it goes on. A line well short of that, 本报讯（记者 孙莉）1—10月,
        # its next line opening with the clause's mark, is left to its width. Lines swept one by one are left to
        # their width: there a short line's place tells less)
        return _cells(last) >= width - 3.5 or (chars and len(last) >= width - 3.5) or cut or (
            glued and self.dated is not None and (
                not any(map(_OPENING.__eq__, map(unicodedata.category, last)))
                or _brackets_closed(last) and not unicodedata.category(last[-1]).startswith("P")
                and _cells(last) >= width - INDENT - 2.0)
            and bool(self.dated(f.last)))

    def _join(self, frags: list[_Frag], glued: bool = False,
              slots: dict[int, tuple[int, int, int]] | None = None, across: bool = False) -> bool:
        """Find each open line's continuation; False when the page reads best as it came
        (or, for rows of glued columns, when no continuation shows). across: two columns read across a line at a
        time with no blank line between (`_open`'s chars)."""
        pairs: Counter[str] = Counter()
        for f in frags:
            for p in f.pieces:
                t = _unspaced(p[1].strip()).translate(_DIGITS)
                pairs.update(t[k:k + 2] for k in range(len(t) - 1))
        # where runs of datelines open items: on a page swept a line at a time (glued rows tell their own widths)
        cuts = [] if slots else self._item_cuts(frags)
        self.in_order = set()
        # (… and where a row of short headlines opens columns, 过去五年成就 | 今年目标, for the widths only: a column's
        # first line, set in, after them is judged by the columns under them, not by the lead's wider lines above)
        widths = self._widths(frags, sorted({*cuts, *([] if slots else _head_rows(frags))}),
                              indented=not slots and not across)
        if across and not slots:
            # two columns read a line each in turn: a line's column is the lines a stride of two apart, every other
            # line being the other column's (of another width: a line of the narrower one would be read short); its
            # width in characters, the most a line of it may hold (a text's own wrap counts a digit as one, and
            # a page's line with half-width digits holds more characters than one of words)
            widths = [w for _, w in sorted((i, w) for k in (0, 1) for i, w in zip(
                range(k, len(frags), 2), self._widths(frags[k::2], measure=len), strict=True))]
        if slots:  # a glued row's own widest line tells its columns' width better than the lines around
            widest: dict[int, float] = {}
            for f in frags:
                for p in f.pieces:
                    if p[2] in slots:
                        row = slots[p[2]][0]
                        widest[row] = max(widest.get(row, 0.0), _cells(_unspaced(p[1].strip())))
            own = _column_widths(frags, slots, self.complete, self.dated)
            for i, f in enumerate(frags):
                if (sl := slots.get(f.pieces[-1][2])) is not None:
                    narrow = own.get(f.pieces[-1][2])
                    # (… but for a narrower column beside a wide one, 隆昌市… | 本报讯（记者 王磊）1—1 | 今年以来…: its own)
                    widths[i] = narrow if narrow is not None and narrow < widest[sl[0]] - WIDER \
                        else max(widths[i], widest[sl[0]])
        wider: set[int] = set()
        under_wider: dict[int, int] = {}
        in_order_wide: dict[int, list[int]] = {}  # a wider first line alone: it and its column's lines under it
        narrow_of: dict[int, float] = {}  # … their widths as the lines around told them
        if not slots and not across and self.dated is not None:
            # an item's first line (本报讯（通讯员 X）今年以来，…新建社区食堂4) wider than the lines around, breaking off:
            # the first line of a wider column swept with narrower ones, whose few lines tell no width of their own
            # (its byline's gap measures nothing, `_widths`): its column is as wide as it is, set in by its indent
            for i, f in enumerate(frags):
                if len(f.pieces) == 1 and f.last[-1:] not in self.complete and self.dated(f.first) \
                        and _column_line(f.last, 0.0) and _cells(f.last) > widths[i] + 1.5:
                    widths[i] = _cells(f.last) + INDENT
                    wider.add(i)
            under_wider = self._under_wider(frags, widths, cuts, wider)
            # (the lines right after such a first line alone, each as wide as its column: `_wide_in_order`)
            for i in wider:
                if i - 1 not in wider and i + 1 not in wider and (run := self._wide_in_order(frags, i, widths[i])):
                    in_order_wide[i] = run
                    for j in run[1:]:
                        narrow_of[j], widths[j] = widths[j], widths[i]
        opens = [i for i, f in enumerate(frags)
                 if self._open(f, widths[i], glued=bool(slots) and f.pieces[-1][2] in slots, chars=across)]
        texts = [f.text for f in frags]
        # a page number goes on from no line, nor does a dateline (■本报讯 …): it opens an item; nor does a
        # line of one number (52.6, 4.1%, 21347元): a table's cell printed a line, which neither goes on
        # into the next cell (52.6 | 364.5) nor from a line of words (a label, or another column's line); nor does a
        # numbered row's label printed a line (2 九龙坡区 | 4 永川区 are a table's label cells, no column's lines)
        skip = {j for j, f in enumerate(frags) if _PAGE_NUMBER.fullmatch(f.first)
                or (len(f.pieces) == 1 and (_BARE_NUMBER.fullmatch(f.first) or _NUMBERED_LABEL.fullmatch(f.first)))}
        opening = {j for j, f in enumerate(frags) if not slots and self.dated is not None and self.dated(f.first)}
        # (a line opening with an item's bullet opens an item too: nothing goes on into it)
        opening |= {j for j, f in enumerate(frags) if not slots and _BULLETED.match(f.first)}
        # a line alone right before a dateline, short of its column and ending on no mark, is that item's
        # headline (全市一季度将开工重点项目230个 | 本报讯（记者 …): it goes on from no line and to none
        # (or, short of no mark, set across the columns: a subhead wider than any column line, 城镇调查失业率平均为
        # 4.3%　发放创业担保贷款86.4亿元, which no column line goes on to nor from)
        # (or a block of two or three lines right before it, each reading as a headline: a kicker over the main line,
        # 谋划“十五五”　奋进新征程 | 省十四届人大四次会议在石家庄开幕, close enough to be the extractor's one box; the main
        # line may be as wide as a column's, and the rhythm would run it into a column line a stride on)
        # (or a line alone opening with a short name and its colon, no other mark in it, 九龙坡：新建社区食堂45个: a
        # kicker naming the item's place, whose width tells nothing where columns of different widths are swept)
        headlines = {j for j in opening if j and (h := j - 1) not in opening
                     and (len(frags[h].pieces) == 1 and frags[h].last[-1:] not in self.complete
                          and (_cells(frags[h].last) < widths[h] - 2.5 or self._subhead(frags[h].last, widths[h])
                               or _named_headline(frags[h].last))
                          or 1 < len(frags[h].pieces) <= HEAD_BLOCK
                          and all(_headline_words(p[1].strip()) for p in frags[h].pieces))}
        # (or, reading as one, right before a row of items' first lines side by side, 湖州市“一老一小”服务扩面提质 |
        # ■丽水市… | 本报讯…: nothing above a row where items open goes on into it, so that line is a headline)
        headlines |= {j for j in opening if j and j + 1 in opening and (h := j - 1) not in opening
                      and h not in headlines and len(frags[h].pieces) == 1 and _headline_words(frags[h].last)}
        titles = {j - 1 for j in headlines}
        # … and so is the line alone right above it that reads as one (no mark inside or at its end, no number
        # cut): the item's main headline over its subhead, as wide as a column or wider (全市医保参保率稳定在96%
        # 以上 | 基层医疗机构床位增加900张 | 本报讯 …), which the rhythm would otherwise run into the lines a stride on;
        # over a subhead set across the columns, the headline's block of lines too (a kicker over the main line,
        # 织密扎牢民生保障网 | 去年全省城镇新增就业112.6万人: the sweep prints lines alone, a block is no column's)
        titles |= {h - 1 for h in titles if h and h - 1 not in opening and h - 1 not in titles
                   and h - 1 not in skip and _headline_words(frags[h - 1].last)
                   and (len(frags[h - 1].pieces) == 1 or self._subhead(frags[h].last, widths[h])
                        and all(_headline_words(p[1].strip()) for p in frags[h - 1].pieces))}
        skip |= titles
        skip |= {j for j, f in enumerate(frags) if f.boxed}  # (a box's entry ends with its label)
        # (a chart's labels under its values, 西宁市 海东市 …: no column's line, `_chart_apart`)
        skip |= {j for j, f in enumerate(frags) if any(a <= f.pieces[0][2] < b for a, b in self.labels)}
        # (on glued rows, a piece opening with a dateline opens its item as well: nothing goes on into it, …1.35万 |
        # 本报讯（记者 …: the rhythm's pick, the row's next column's line over the cut number's unit)
        heads = {j for j, f in enumerate(frags) if slots and self.dated is not None and self.dated(f.first)}
        # (… nor into a line alone in its row right over a table's head: the table's caption set across the page,
        # 1—10月各市州就业情况（单位：人） | 市州 城镇新增就业 …, where a column's foot in the row above would go on
        # by the rhythm alone, as the next line of the one column still running, its seam telling nothing)
        captions = self._captions(frags, slots) if slots else set()
        heads |= captions
        headed: set[int] = set()
        mixed: set[int] = set()
        bullets: set[int] = set()
        if slots:
            # (… nor into a row's pieces each ending on no mark right over a row of datelines only: the items'
            # headlines side by side, 灵山：新建农贸市场 玉林：经济运行平稳 | 本报讯 灵山镇… 本报讯 前三季度…, where a
            # column's foot above would go on as into its column's next line; under them, the column above ended)
            in_row: dict[int, list[int]] = {}
            for j, f in enumerate(frags):
                if len(f.pieces) == 1 and (sl := slots.get(f.pieces[0][2])) is not None:
                    in_row.setdefault(sl[0], []).append(j)
            headed = {j for row, js in in_row.items() if (under := in_row.get(row + 1))
                      and all(k in heads for k in under) and all(self._head_piece(frags[k].last) for k in js)
                      for j in js}
            # (… or over a row opening with a dateline and holding one under each headline, the others the tops of
            # columns beside: 县人民医院新增床位400张 三市：… | 本报讯（记者 吴芳）12月 400张，… 本报讯 …, an item in two
            # columns beside one in one; 全省每千人口… over 本报讯… 转移就业386.5万人。 本报讯…, a column's foot going on
            # there. Their row tells no column of a line alone in its row far under: climbing to its column's top, such
            # a line passes over them, `column_top`)
            mixed = {j for row, js in in_row.items() if (under := in_row.get(row + 1)) and under[0] in heads
                     and sum(1 for k in under if k in heads) >= len(js)
                     and all(self._head_piece(frags[k].last) for k in js) for j in js} - headed
            headed |= mixed
            heads |= headed
            skip |= headed  # (… and goes on into none: 县人民医院新增床位350张 is no column's foot)
            # (… nor into a piece alone in its row opening with an item's bullet, ■芜湖市1—11月新增…: a brief of a
            # column of briefs set beside an item's columns, on rows of its own between theirs, where a column's foot,
            # …今年新增医养结合机构48家，医, would go on by the rhythm; a row over such a brief tells no headlines, its
            # lines mark no end. Bullets side by side in a row are a box's entries, ■新改建中小学23所 ■新开通…, read as
            # the rows tell)
            bullets = {j for j, f in enumerate(frags) if _BULLETED.match(f.first)
                       and (sl := slots.get(f.pieces[0][2])) is not None and sl[2] == 1}
            heads |= bullets

        # (a page whose lines all but a few stand alone: the extractor made a box of every line, set so loosely; a
        # block of lines there is set closer than the columns, another item's)
        lone_lines = not slots and sum(1 for f in frags if len(f.pieces) > 1) <= max(LONE_BLOCKS, len(frags) // 20)

        def may_follow(i: int, j: int) -> bool:
            """j may go on from i: no page number, no dateline, and a headline only from the line just
            before it (a headline of two lines); nor, on a page of lone lines, a block of lines set closer (the
            extractor's one box) whose first line is wider than i's column: another item (a photo's caption under
            a column's foot, 11月12日，在梨树县一家… after …其中省外转移就), which no column line runs into."""
            if lone_lines and len(frags[i].pieces) == 1 and len(frags[j].pieces) > 1 \
                    and _cells(frags[j].first) > widths[i] + 1.5:
                return False
            return j not in heads and (j not in skip or (j in titles and i == j - 1 and len(frags[i].pieces) == 1))
        opens = [i for i in opens if i not in skip]

        def plain(i: int, j: int) -> float:
            return self._score(texts[i], texts[j], pairs) if 0 <= j < len(frags) and j != i and may_follow(i, j) else 0.0

        def ev(i: int, j: int) -> float:
            if texts[i][-1:].isdigit() and 0 <= j < len(frags) and j != i and may_follow(i, j) \
                    and self._tail_alone(frags[j]):
                # (…三级医院达到5 | 家。 on a line of its own, a photo's caption line set between: the number's unit
                # alone, closed by a mark, goes on from a line ending on digits as a number's digits do; the page's
                # stride is told without it, `plain`)
                return max(plain(i, j), _TAIL_SEAM)
            return plain(i, j)

        # the sweep's stride: the distance at which open lines find their continuations best
        good = {i: [max(plain(i, i + k), 0.0) for k in range(1, 7)] for i in opens}
        # (a narrower column's lines read in order amid the sweep tell the page's stride nothing: `_widths`; nor do a
        # wider item's lines under its first, maybe printed in order: `_wide_in_order`)
        wide_run = {j for run in in_order_wide.values() for j in run[1:]}
        fit = {k: sum(g[k - 1] for i, g in good.items() if i not in self.in_order and i not in wide_run)
               for k in range(1, 7)}
        stride = max(fit, key=lambda k: (fit[k], -k))
        if fit[stride] == 0 and not glued:
            # swept, but no line's continuation shows: each line stands alone, and numbers cut at
            # their ends are left out
            self._orphans(frags, widths, titles)
            return True
        if stride == 1 or fit[stride] == 0:
            if not slots and not across:
                # (a page of blocks between blank lines that reads best as it came, 本报讯…天然橡胶产量21.8 | 1至10月部分
                # 市县…: its one number cut at a block's end still goes on in the one block opening with a number's tail
                # alone, 万吨，增长4.3%…, printed elsewhere; the caller then hands the blocks on in that order. Not on
                # lines of two columns read across, whose numbers cut inside a line no block's end shows)
                self._unit_pairs(frags, widths, titles)
                self._verb_pairs(frags, widths, titles)
            return False
        # (a wider column's first line, its width its own, tells no stride of the narrower columns around: its own
        # is where it goes on best)
        # (… nor the strides around: they go on in the very next line where its seam there tells more than a stride on)
        swept = [i for i in opens if i not in self.in_order]
        strides = _strides([i for i in swept if i not in wider and i not in wide_run], good, widths, stride, cuts)
        for i in self.in_order & set(opens):
            strides[i] = 1 if good[i][0] > max(good[i][1:]) else stride
        # (such first lines swept one right after another open items set side by side in one row: they go on at one
        # stride, the one their seams tell best together; one's own seam, …电商销售额 | 68.4亿元, may tell it nothing,
        # and a stride of its own joins numbers of different items)
        row_of: list[list[int]] = []
        for i in sorted(wider & set(opens)):
            if row_of and row_of[-1][-1] == i - 1:
                row_of[-1].append(i)
            else:
                row_of.append([i])
        for row in row_of:
            k = max(range(2, 7), key=lambda k: (sum(good[i][k - 1] for i in row), -k))
            for i in row:
                strides[i] = k if sum(good[i][k - 1] for i in row) > 0 else stride
        for i, run in in_order_wide.items():
            # (… but one alone whose next lines are as wide, the first going on best into the very next: the item's
            # column printed in order after the narrower ones, 本报讯（记者 X）…，1— | 11月，全市城镇新增就业…城镇登记失业
            # | 率3.1%。 beside a table whose columns came a box each; a stride on, its line would go on into its own
            # column's next paragraph, 今年以来，…)
            if i in strides and good[i][0] > max(good[i][1:]):
                for j in run:
                    strides[j] = 1
            else:  # (… else those lines are no column's, as before: too wide for the columns around)
                opens = [j for j in opens if j not in run[1:]]
                for j in run[1:]:
                    strides.pop(j, None)
                    widths[j] = narrow_of[j]
        for j, top in under_wider.items():
            if j in strides and top in strides:
                strides[j] = strides[top]  # (… and so do the lines of their columns under them, `_under_wider`)
        if not slots:
            for i in _one_column_left([i for i in swept if i not in wide_run], good, len(frags)):
                strides[i] = 1

        if not slots:
            self._longer_row(frags, opens, strides, stride, widths, skip | opening, ev)

        def near(d: int, stride: int) -> bool:
            """A column ending or starting mid-sweep changes the stride by one (only seen past two columns)."""
            return stride >= 3 and abs(d - stride) == 1

        # a line ending in a jump to another page ((下转第6版)) is the foot of its article's last column, and an
        # article jumped fills its columns to their feet: the line swept right before it is the foot of the
        # column before, which goes on at that column's top (…新院区开放床 | 位600张。), not a stride on in
        # the next item's lines (…开放床 | 前7个月全区城镇新增就业…): the rhythm says nothing there
        # (nor do the feet of the columns before, set in the row of the jump's line, go on into a headline after
        # it: …全市医疗卫生机构床位 | 关爱老人要从点滴做起)
        jumps = [k for k, f in enumerate(frags) if k and self._jumped(f.last)] if self.jump_out else []
        # (unless a column of the jump's row runs on past it, a number running on a stride on, …高于全省1. | 2个百分点: the
        # jump's column was the shorter last one, and the columns before it, that one among them, go on under its row)
        feet = {k - 1 for k in jumps if not any(
            h + strides.get(h, stride) > k and ev(h, h + strides.get(h, stride)) >= SURE_SEAM
            and (texts[h][-1].isdigit() or texts[h][-1] == ".")
            for h in range(max(0, k - strides.get(k - 1, stride) + 1), k - 1))}
        scored: list[tuple[float, int, int]] = []
        on_stride: set[tuple[int, int]] = set()
        slot_of = [(slots.get(f.pieces[-1][2]), slots.get(f.pieces[0][2])) for f in frags] if slots else []
        if slots:
            by_slot = {sl[1][:2]: j for j, sl in enumerate(slot_of) if sl[1] is not None}
            by_end = {sl[0][:2]: j for j, sl in enumerate(slot_of) if sl[0] is not None}
            row_n = {sl[1][0]: sl[1][2] for sl in slot_of if sl[1] is not None}
            links = _row_links(slots)  # a column printed on rows of its own, between the other columns' rows
            back = {b: a for a, b in links.items()}

            def down(row: int) -> int:
                # (the last row of its kind in a run of alternating rows, the row under it the other kind's, linked
                # from the row above it: its column goes on past that row, …企业达到186 over ■…主体620's 户，同比增长…)
                if row not in links and row in back and row + 1 in back:
                    return row + 2
                return links.get(row, row + 1)

            def up(row: int) -> int:
                return back.get(row, row - 1)

            def cut_tail(j: int) -> bool:
                """j's line is a number's rest alone, its unit and a mark (0张。): no headline, no line that opens."""
                return _NUMBER_TAIL.fullmatch(texts[j]) is not None and texts[j][-1] in self.complete

            def goes_on(i: int, j: int) -> bool:
                """j's line can go on from i's in a column: full at i's column width, or ending its paragraph
                (a headline of the next item in that place of the row does neither)."""
                first = frags[j].first
                return bool(first) and (first[-1] in self.complete or _cells(first) >= widths[i] - 3.5)

            def same_place(i: int, j: int) -> float:
                """j in the same place of the next row: 2, or where that row holds fewer or more pieces
                (columns ended or began, and which did the row does not show: the same place counted
                from the left, 2 if j is a full line or a line alone ending its paragraph, else 1; from the
                right, 1)."""
                (row, at, n), b = slot_of[i][0], slot_of[j][1]
                if b is None or b[0] != down(row) or not goes_on(i, j):
                    return 0.0
                if b[2] == n:
                    return 2.0 if b[1] == at else 0.0
                if row not in links and b[0] == row + 2 and b[2] < n \
                        and b[2] == len(going := going_on(row, n)) and at in going:
                    # (past the other kind's row, the run of alternating rows ended: no headline across, the row
                    # under holds the lines of the columns that went on, …新建高标准农 | 田15万亩。去年，…)
                    return 2.0 if b[1] == going.index(at) else 0.0
                if b[2] == 1 and frags[j].first[-1:] not in self.complete:
                    # a line alone under a row of columns, going on: the one column still running (which,
                    # the row does not show: the seam must tell) or a headline across them
                    return 1.0
                if b[2] < n and b[2] == len(going := going_on(row, n)) and at in going:
                    # as many pieces as the row's columns that went on (the others ended their paragraphs): the
                    # k-th is the k-th such column's next line (…提供就业岗位1.35万 | 个。 in the second of three
                    # columns, the third ended: …新增省级农业龙头企业5家。)
                    return 2.0 if b[1] == going.index(at) else 0.0
                if b[1] == at:  # the columns that ended are most often the last ones
                    # (a line alone in its row that ends its paragraph is the first column's short last line:
                    # the columns that ended are the ones after it, whatever its width)
                    alone_end = b[2] == 1 and frags[j].first[-1:] in self.complete
                    return 2.0 if alone_end or _cells(frags[j].first) >= widths[i] - 3.5 else 1.0
                return 1.0 if b[2] - b[1] == n - at else 0.0

            def going_on(row: int, n: int) -> list[int]:
                """The places of the row's pieces that break off (no mark ending a paragraph), where it has all n."""
                ks = [by_end.get((row, c)) for c in range(n)]
                return [] if None in ks else [c for c, k in enumerate(ks)
                                              if k is not None and frags[k].last[-1:] not in self.complete]

            def column_top(row: int, at: int, n: int, width: float) -> int:
                """The first row of the column's run: rows up to it hold a line in its place. Not over a row of
                one piece to a line short of the column (width) and ending on a word: a row of headlines over the
                columns (稳岗扩岗政策持续发力 | 重点群体就业总体稳定 over a lead of three columns, the main headline's row
                between read as rows of a column of their own, `_row_links`), under which the columns open."""
                top = row
                while (up(top), at) in by_slot and row_n[up(top)] >= n and not (
                        up(top) != top - 1 and self._short_open(frags[by_slot[up(top), at]].last, width)) \
                        and (by_slot[up(top), at] not in headed or n == 1 and by_slot[up(top), at] in mixed) \
                        and not (n > 1 and by_slot.get((top, at)) in heads and all(
                            self._head_piece(frags[by_slot[up(top), k]].last)
                            for k in range(row_n[up(top)]) if (up(top), k) in by_slot)):
                    # (nor over the items' headlines: another item's; nor, on rows of columns, over a row of pieces
                    # each reading as a headline right over the row where the column's item opens on its dateline:
                    # 流动人口健康服务进园区 各地简讯 over 本报讯（记者 汪洋）…, a column of briefs beside set between)
                    top = up(top)
                return top

            def next_top(i: int) -> int | None:
                """The line at the top of the next column, where i's column ends (beyond WINDOW on a long page)."""
                if (a := slot_of[i][0]) is None:
                    return None
                row, at, n = a
                return by_slot.get((column_top(row, at, n, widths[i]), at + 1))

            def under_apart(i: int, j: int) -> bool:
                """j stands in the row right under i's, in a place the rows tell is no line of i's column."""
                a, b = slot_of[i][0], slot_of[j][1]
                if a is None or b is None or b[0] != down(a[0]):
                    return False
                row, at, n = a
                if b[2] == n:
                    return b[1] != at
                going = going_on(row, n)  # (as many pieces as the row's columns that go on: the k-th is the k-th's)
                return b[2] == len(going) and at in going and b[1] != going.index(at)

            def rhythm_of(i: int, j: int) -> float | None:
                a, b = slot_of[i][0], slot_of[j][1]
                if a is None or b is None:
                    return None  # not two lines of a page of glued rows: the sweep's stride judges
                (row, at, n), (row_b, at_b, _) = a, b
                if row_b == down(row):
                    return same_place(i, j)
                if n == 1 and b[2] == 1 and row_b == row + 2 and row_n.get(row + 1, 0) > 1 \
                        and texts[i][-1:].isdigit() and cut_tail(j):
                    # a line alone in its row breaking off on digits, and two rows on, alone too, a number's rest
                    # (…家庭养老床位24 | another column's row | 0张。): a narrower column's next line, set at a pitch of
                    # its own between the other columns' rows
                    return 2.0
                if n == 1 and b[2] == 1 and row_b == row + 2 and row in back and row + 1 not in back \
                        and row_n.get(row + 1, 0) == 1 and texts[i][-1:].isdigit() and self._unit_tail(texts[j]):
                    # (… and where that column's run of rows between the others' ended, a line alone in its row
                    # between, the last of the other columns, which went on with fewer: …新增市场主体460 | 零售额18.6亿
                    # 元，… | 户，同比增长9.6%。, a number's unit closed by a mark two rows on)
                    return 2.0
                top = column_top(row, at, n, widths[i])
                if row_b == top and at_b == at + 1 and goes_on(i, j):
                    under = down(row)
                    below = [by_slot[under, k] for k in range(row_n.get(under, 0)) if (under, k) in by_slot]
                    # (a row below that holds fewer pieces, columns having ended there, holds the next items'
                    # headlines as often as a line going on: the top of the next column goes on where its
                    # seam tells far better, 南安市增长 | 5.9%。 rather than | 安溪县茶产业…)
                    top_seam = ev(i, j) - FAR_BETTER if row_n.get(under, 0) < row_n[top] else None
                    # (nor does a line opening with a range its digits would pass, 1—10月部分市州… under …达到1600: a
                    # caption's span, no tail of i's number; nor a brief opening on its bullet, ■歙县本月… under …为新
                    # 就, the column of briefs set on rows of its own between the item's: no column's next line)
                    if not any(k not in captions and k not in headed and k not in bullets
                               and (top_seam is None or ev(i, k) > top_seam)
                               and (same_place(i, k) == 2.0 or (goes_on(i, k) and ev(i, k) > 0))
                               and not self._range_past(texts[i], texts[k]) for k in below):
                        # the column ends (the next row holds headlines, or no line that goes on from
                        # this one): its last line goes on at the top of the next column
                        if n == 1 and row_n.get(up(row), 0) > 1 and (up(row), 0) in by_slot \
                                and frags[by_slot[up(row), 0]].last[-1:] not in self.complete:
                            # a line alone in its row under a row of columns whose first breaks off: which
                            # column it is, the row does not tell (that first line may be the column's
                            # foot, and this one the next item's headlines side by side, read as one line)
                            return 1.0
                        return 2.0
                return 0.0
        for i in opens:
            if slots and _table_row(frags[i].last):
                # (a table's row beside an item's columns, 北山镇 2940 5.1, its label and cells a space apart: a row
                # ends at its last cell, and goes on into no line, 家。 the tail of the item's column's number)
                continue
            near_j: range | list[int] = range(max(0, i - WINDOW), min(len(frags), i + WINDOW + 1))
            if slots and (far := next_top(i)) is not None and far not in near_j:
                near_j = [*near_j, far]
            for j in near_j:
                if (j == i or not may_follow(i, j) or j in opening
                        or not _column_line(frags[j].first, max(widths[i], widths[j]))):
                    continue  # a page number, a dateline, a headline or a running head goes on from no column line
                if self._range_past(texts[i], texts[j]):
                    continue  # (…卫生室58 | 1至7月…: the range is j's own; the seam still tells the page's stride)
                s = ev(i, j)
                d = j - i
                rhythm = rhythm_of(i, j) if slots else None
                if d == stride and texts[i][-1].isdigit() and texts[j][0] != "%" and self._unit_tail(texts[j]) \
                        and not (slots and rhythm == 0.0 and under_apart(i, j)):
                    # …医师6120 | 人。今年…: a number cut before its unit, which a mark closes, at the page's own stride:
                    # as sure a seam as a number running on (a line's own stride, where a column seems to run alone
                    # at a page's foot, may be wrong, and any unit's line after it would take the number; on glued
                    # rows, where j stands in the row right under i's in another column's place, the count of lines
                    # between tells nothing: …床位数5.9 | 张，医院编制… is the line under …新增床位350)
                    s += UNIT_CUT
                if rhythm is None:
                    rhythm = 2.0 if d == strides[i] else 1.0 if near(d, strides[i]) else 0.0
                    if not rhythm and d == strides[i] + 1 and texts[i][-1] == "." and texts[j][0].isdigit():
                        # a number cut at its point (…床位达到3. | 6万张，…) a line past the stride: columns of different
                        # pitches swept together print a row's lines one more or less, and no other seam is as sure
                        rhythm = 1.0
                    # (a line that opens an item, 本报某地讯 …, is indented by two characters the extractor
                    # dropped: its column is that much wider than the line)
                    if abs(widths[i] - widths[j]) > 1.5 and \
                            _cells(frags[j].first) > widths[i] + (INDENT if i in opening else 0.0) + 1.5:
                        rhythm = 0.0  # a line wider than i's column: another item's, the rhythm says nothing
                    if jumps and rhythm and self._past_jump(frags, jumps, feet, widths, strides, i, j):
                        rhythm = 0.0
                    if rhythm and self._short_open(frags[j].first, widths[i]):
                        rhythm = 0.0
                s += rhythm
                if rhythm:
                    on_stride.add((i, j))
                if s >= 2.0 and ((i, j) in on_stride or s >= 4):
                    scored.append((s, i, j))
        joined: dict[int, float] = {}  # the score of the join into each line joined
        if not slots:
            for j in self._briefs_in_order(frags, sorted(opening), skip):
                joined[j] = BRIEF_SURE
        self._rests_first(frags, scored, joined)
        # a second round weighs only the rivals still free: a line a rival went on to in the first
        # round (the 。 that opens the line after another column's foot) no longer stands in the way
        for _ in range(2):
            free = [(s, i, j) for s, i, j in scored if frags[i].tail is None and frags[j].head is None]
            best_of_a: dict[int, list[tuple[float, int]]] = {}  # each line's joins on: (score, the line joined to)
            best_of_b: dict[int, list[tuple[float, int]]] = {}  # … and into it: (score, the line it goes on from)
            for s, i, j in free:
                best_of_a.setdefault(i, []).append((s, j))
                best_of_b.setdefault(j, []).append((s, i))

            def rival(s: float, i: int, j: int, other: dict[int, list[tuple[float, int]]]) -> bool:
                """A join i → j (score s) that stands in another's way: no third line claims j as strongly.
                Where two lines' numbers claim one line alike (…增长16.2 and …大棚12 both before %。), neither
                can be made, and neither stops the join its line makes on the sweep's rhythm (…大棚12 | 00栋)."""
                return not any(k != i and t >= s for t, k in other.get(j, ()))
            for s, i, j in sorted(free, reverse=True):
                if frags[i].tail is not None or frags[j].head is not None:
                    continue
                rhythm = (i, j) in on_stride
                # the sweep's rhythm alone joins two lines only where the first ends on no number: a
                # wrong join then puts no digits together (nor a unit after a number); nor where the second
                # opens with a percent, the tail of a number cut at another line's end (…控制在3. | 5%以内；…)
                # that, joined to a line ending on a word, would read as a number of its own (a line opening
                # with a year or a count, 2023年…, goes on from a word as often as not)
                seam_digit = texts[i][-1].isdigit() or texts[i][-1] == "." or _percent_open(texts[j])
                if s < (2.5 if seam_digit else 2.0) or (not rhythm and s < 4):
                    continue
                margin = 1.0 if rhythm else 2.0
                if any(k != j and t > s - margin and rival(t, i, k, best_of_b) for t, k in best_of_a[i]) or \
                        any(k != i and t > s - margin and rival(t, j, k, best_of_a) for t, k in best_of_b[j]):
                    continue
                if self._reaches(frags, j, i):
                    continue  # a cycle
                frags[i].tail, frags[j].head = j, i
                joined[j] = s
        if slots:
            self._foot_tops(frags, slots, widths)
            self._headline_figures(frags, slots)
        if not slots:
            for j in self._bylines(frags, sorted(opening), stride, skip):
                joined[j] = BRIEF_SURE
            self._wide_lines(frags, widths, skip | titles, opening)
            drops = self._sweep_end(frags, opens, strides, widths, skip | opening, opening | titles)
            self._marked_heads(frags, stride, widths, skip | opening | titles)
            self._column_tops(frags, opens, strides, widths, skip, ev, joined, opening | titles)
            self._last_pairs(frags, opens, strides, widths, skip | opening | titles)
        self._cut_pairs(frags, widths, titles, skip | opening, None if slots else strides)
        self._orphans(frags, widths, titles, captions)
        if not slots:
            self.down = self._down(frags, drops, skip | opening | titles, widths)
            self.down.update(self._heads_over_items(frags, opening))
        return True

    def _under_wider(self, frags: list[_Frag], widths: list[float], cuts: list[int], wider: set[int]) -> dict[int, int]:
        """The lines under a run of two or more items' first lines side by side, each wider than the lines around
        (`wider`: items of few lines set side by side in columns of one width, 城关镇：… 城乡居民… | 本报讯（通讯员 X）截至
        11月底… 本报讯（记者 Y）今年以来…): a line breaking off as wide as they are but for the indent and a digit's width,
        within the run's reach and before the next run of datelines, is a line of their columns, and as wide. The
        headlines around, short, tell those columns' width nothing where they hold two or three lines each (…惠及老年人
        3600 | 人。, its unit alone a stride on, read as a headline's line too wide to break off). A first line wider
        alone (a wide item's beside narrower columns) tells its own width only: the lines under it are swept with the
        narrower columns' at a pitch their own. Returned: each such line and the run's first line, whose stride it
        takes (`_join`: the run's items go on at one stride)."""
        out: dict[int, int] = {}
        dated = self.dated
        if dated is None or not wider:
            return out
        for j, f in enumerate(frags):
            at = bisect_right(cuts, j)
            if not at or len(f.pieces) != 1 or j in wider or f.last[-1:] in self.complete:
                continue
            top = cuts[at - 1]
            end = top
            while end + 1 < j and dated(frags[end + 1].first):
                end += 1
            own = _cells(f.last)
            if end == top or j - end > NEAR or any(i not in wider for i in range(top, end + 1)) \
                    or any(dated(frags[i].first) for i in range(end + 1, j + 1)) \
                    or own <= widths[j] + 1.5 or not _column_line(f.last, 0.0):
                continue
            fits = [widths[i] for i in range(top, end + 1) if widths[i] - INDENT - 1.5 <= own <= widths[i] + 1.5]
            if fits:
                widths[j] = max(fits)
                out[j] = top
        return out

    def _rests_first(self, frags: list[_Frag], scored: list[tuple[float, int, int]], joined: dict[int, float]) -> None:
        """A number's rest alone on its line (0张。: digits, a unit, a mark) goes on from a line ending on digits and from
        nothing else. Where one line only claims it, and that line's other claims are units alone (张。) that another
        line ending on digits claims too, the rest is the line's and the unit the other's (…床位24 | 0张。 and …床位80 |
        张。): joined first, as the greedy joins would give the unit to the line whose seam there scored best."""
        texts = [f.text for f in frags]
        cut = {i for _, i, _ in scored if texts[i][-1:].isdigit()}
        by_b: dict[int, set[int]] = {}
        by_a: dict[int, set[int]] = {}
        for _, i, j in scored:
            by_b.setdefault(j, set()).add(i)
            by_a.setdefault(i, set()).add(j)
        for s, i, j in sorted(scored, reverse=True):
            if i not in cut or by_b[j] != {i} or frags[i].tail is not None or frags[j].head is not None \
                    or _NUMBER_TAIL.fullmatch(texts[j]) is None or texts[j][-1] not in self.complete:
                continue
            others = by_a[i] - {j}
            if others and all(self._unit_tail(texts[k]) and by_b[k] & cut - {i} for k in others) \
                    and not self._reaches(frags, j, i):
                frags[i].tail, frags[j].head = j, i
                joined[j] = s

    def _head_piece(self, text: str) -> bool:
        """A glued row's piece that reads as a headline (or two side by side, a space apart): no mark in it but a
        name's colon (灵山：新建农贸市场), no number cut at its end."""
        return len(text) >= 4 and not text[-1].isdigit() and text[-1] != "." and not any(
            c in self.marked and unicodedata.normalize("NFKC", c) != ":" for c in text)

    def _short_open(self, text: str, width: float) -> bool:
        """A line well short of the column and ending on a word (a chart's label 银海区, a headline): no column line,
        which is full but for a paragraph's last, and that ends on its mark. The sweep's rhythm alone does not run a
        line broken off mid-word into it (…带动就业6900余人。合 | 银海区 where the line after, 浦县新增就业…, goes on)."""
        line = _unspaced(text.strip())
        # (each digit and Latin letter counted a whole character: a line of many numbers, 别增长6.2%、5.1%、6.5, is
        # short by no count that may make it wider than it prints)
        # (a line ending on a digit or a mark is cut in a number or a clause, a column's foot going on: 增长9.)
        return bool(width) and bool(line) and line[-1].isalpha() and len(line) < width - 3.5

    @staticmethod
    def _subhead(text: str, width: float) -> bool:
        """A subhead set across the columns: wider than a column line by far, and no gap of a running head."""
        return bool(width) and _cells(text) > width + 3.5 and text.count(" ") < 2

    def _bylines(self, frags: list[_Frag], opening: list[int], stride: int, skip: set[int]) -> list[int]:
        """A line that is a dateline and its byline alone (本报讯（记者 沈悦 通讯员 周晓婷）) ends on its bracket, yet
        the item's first sentence goes on in its column's next line (记者11日从省人力社保厅获悉，…), which the sweep
        prints a stride on. Joined there where nothing went on to that line, it is a column's line opening with
        no mark no line opens with, no other dateline or headline stands between, and the byline's line is no
        other's continuation. Left alone, that line takes the foot of another column for its head. The
        lines joined to, to be kept (`_column_tops`)."""
        out: list[int] = []
        if self.byline is None or stride < 2:
            return out
        for i in opening:
            f = frags[i]
            j = i + stride
            if f.tail is not None or len(f.pieces) != 1 or j >= len(frags) or frags[j].head is not None \
                    or j in skip or any(i < k <= j for k in opening if k != i):
                continue
            text = f.last
            k = min((text.find(b) for b in _OPEN_BRACKETS if b in text), default=-1)
            if k <= 0:
                continue
            m = self.byline.match(text[k:])
            first = frags[j].first
            if m is None or not first or first[0] in self.no_start \
                    or len(frags[j].pieces) != 1 or self._reaches(frags, j, i):
                continue
            # (the sentence may open on the byline's line: 本报讯（记者 甲）2025 | 年，…; a number it breaks off on
            # goes on only into words, never into digits)
            rest = text[k + m.end():]
            # (a line whose byline has no gaps is judged as any column line: only one a gap keeps from that is here)
            cut = rest[-1:].isdigit() or rest[-1:] == "."
            if rest and (text.count(" ") < 2 or " " in rest or rest[-1] in self.complete
                         or cut and (first[0].isdigit() or first[0] == ".")):
                continue
            f.tail, frags[j].head = j, i
            out.append(j)
        return out

    def _wide_lines(self, frags: list[_Frag], widths: list[float], skip: set[int], opening: set[int]) -> None:
        """A block set across the columns (a notice, a caption) that breaks off mid-sentence on a line wider than
        the columns around (…设置展 | 位600个，预计…): nothing stands beside such a line, so the sweep prints the
        block's next line right after it. Joined where the line holds a sentence's mark (no headline's), is no
        running head (no gaps), breaks off on a word (no number cut: a wrong join there is a wrong number), no line
        as wide comes right before it (wide columns side by side, swept a line of each in turn), and the next line
        is no wider and ends its paragraph (the block's last line)."""
        for i in range(len(frags) - 1):
            f, g = frags[i], frags[i + 1]
            if f.tail is not None or g.head is not None or i in skip or i + 1 in skip or i + 1 in opening \
                    or len(f.pieces) != 1 or len(g.pieces) != 1:
                continue
            last, first = f.last, g.first
            if not last or not first or last[-1] in self.complete or not _HAN.match(last[-1]) or \
                    first[0] in self.no_start or first[0].isdigit() or " " in last or " " in first:
                continue
            wide = _cells(last)
            if wide <= widths[i] + 1.5 or not any(not c.isascii() and unicodedata.category(c) == "Po" for c in last):
                continue
            if _cells(first) > wide + 1.5 or first[-1] not in self.complete:
                continue
            if i and _cells(frags[i - 1].last) >= wide - 3.5:
                continue  # (a line as wide right before: wide columns side by side, swept, whose next line is the other's)
            f.tail, g.head = i + 1, i

    def _past_jump(self, frags: list[_Frag], jumps: list[int], feet: set[int], widths: list[float],
                   strides: dict[int, int], i: int, j: int) -> bool:
        """j lies past the jump's line that ends i's article, in its row: i's column ended there (the line
        right before the jump's, whatever j is; a line of the jump's row further back, where j is a
        headline: short of the column and ending on no mark)."""
        k = jumps[bisect_left(jumps, i + 1)] if i < jumps[-1] else None
        if k is None or j <= k:
            return False
        if i in feet:
            return True
        return k - i < strides.get(i, 0) and frags[j].last[-1:] not in self.complete \
            and _cells(frags[j].first) < widths[i] - 2.5

    def _jumped(self, text: str) -> bool:
        """The line ends in a jump to another page: a note closing it is one (article_end)."""
        if text[-1:] not in self.closing or self.jump_out is None:
            return False
        return any(self.jump_out(text[at:]) for at in range(max(0, len(text) - JUMP_NOTE), len(text) - 1))

    def _briefs_in_order(self, frags: list[_Frag], dated: list[int], skip: set[int]) -> list[int]:
        """A column of briefs the sweep printed one line at a time and in order, the columns beside it having
        ended (■本报讯 甲县今年将新增城 | 镇就业4500人。 | ■本报讯 乙县…): each brief's lines follow its
        dateline, and only its last line ends on a mark, right before the next dateline. Where BRIEF_RUN
        such briefs come one after the other, each goes on line by line, and so does the run's last
        dateline up to the first line ending on a mark, where no line up to it is wider than the run's lines (a
        headline, a line of another item). The fragments joined to, to be kept (`_column_tops`)."""
        def brief(a: int, b: int) -> bool:
            """The fragments from dateline a up to b read as one brief (b: the next dateline, or past its end)."""
            lines = range(a + 1, b)
            return (0 < b - a <= BRIEF_LINES and all(len(frags[k].pieces) == 1 for k in range(a, b))
                    and not any(k in skip for k in lines)
                    and all(frags[k].last[-1:] not in self.complete for k in range(a, b - 1))
                    and frags[b - 1].last[-1:] in self.complete)

        runs: list[list[int]] = []
        for a, b in zip(dated, dated[1:], strict=False):
            if not brief(a, b):
                continue
            if runs and runs[-1][-1] == a:
                runs[-1].append(b)
            else:
                runs.append([a, b])
        out: list[int] = []
        for run in runs:
            if len(run) <= BRIEF_RUN:
                continue
            last = run[-1]
            width = max(_cells(frags[k].first) for k in range(run[0], last + 1)) + 1.5
            end = next((b for b in range(last + 1, min(len(frags), last + BRIEF_LINES))
                        if frags[b].last[-1:] in self.complete), None)
            ends = list(zip(run, run[1:], strict=False))
            if end is not None and end + 1 not in dated and brief(last, end + 1) and \
                    all(_cells(frags[k].first) <= width for k in range(last + 1, end + 1)):
                ends.append((last, end + 1))
            for a, b in ends:
                if any(frags[k].tail is not None or frags[k + 1].head is not None for k in range(a, b - 1)):
                    break
                for k in range(a, b - 1):
                    frags[k].tail, frags[k + 1].head = k + 1, k
                    out.append(k + 1)
        return out

    def _cut_pairs(self, frags: list[_Frag], widths: list[float], titles: set[int], skip: set[int],
                   strides: dict[int, int] | None = None) -> None:
        """The two halves of a number cut in two that no join found (…茶叶产量12 | 00吨。, a column's
        foot and the next column's top, printed far apart): a line that breaks off on digits and a
        paragraph's short last line opening with digits that continues none, each the only such line
        within WINDOW of the other, are joined. Left apart, both lose their digits (`_orphans`); a half
        with a rival says nothing. strides: each open line's sweep stride; the line a stride above the top of
        a foot's column as joined is of that column (…存栏达到128 | 132.6亿元，增长5.4%。, its top), which never goes on
        from its own foot: no half of its number."""
        ends = [i for i, f in enumerate(frags) if f.tail is None and i not in titles and f.text
                and (f.text[-1].isdigit() or f.text[-1] == ".") and self._open(f, widths[i])]
        if not ends:
            return
        # the tail: a paragraph's short last line (00吨。), which goes on from a line above it whatever its
        # place; a full line opening with digits may go on from a line that breaks off before a unit
        # (…达到465 | 万千瓦), the digits being another number's tail (…达到1 | 68.7亿元，占…)
        heads = [j for j, f in enumerate(frags) if f.head is None and j not in skip and len(f.pieces) == 1
                 and (f.text[0].isdigit() or f.text[0] == ".") and f.text[-1] in self.complete
                 and _HAN.search(f.first) is not None and _cells(f.text) < widths[j] - 3.5
                 and not any(self._range_past(frags[i].text, f.text) for i in ends)]  # (no 1至7月…: `_range_past`)
        # (the line printed right before or after is another column's in the sweep, not its other half)
        def own_column(i: int, j: int) -> bool:
            """j is the line a stride above the top of i's column as joined: that column's line, above its foot."""
            k = (strides or {}).get(i, 0)
            top, steps = i, 0
            while (h := frags[top].head) is not None and h < top and steps < MAX_TOPS:
                top, steps = h, steps + 1
            return k >= 2 and top != i and j == top - k
        near = {i: [j for j in heads if abs(j - i) > 1 and abs(j - i) <= WINDOW and not own_column(i, j)]
                for i in ends}
        near_j: dict[int, list[int]] = {}
        for i in ends:
            for j in range(max(0, i - WINDOW), i + WINDOW + 1):
                if abs(j - i) > 1:
                    near_j.setdefault(j, []).append(i)
        for i in ends:
            if len(near[i]) != 1:
                continue
            j = near[i][0]
            a, b = frags[i].text[-1], frags[j].text[0]
            if (a == "." and b == ".") or len(near_j.get(j, [])) != 1 or self._reaches(frags, j, i):
                continue
            frags[i].tail, frags[j].head = j, i

    def _column_tops(self, frags: list[_Frag], opens: list[int], strides: dict[int, int], widths: list[float],
                     skip: set[int], ev: Callable[[int, int], float], joined: dict[int, float],
                     starts: set[int] = frozenset()) -> None:
        """A column's last line goes on at the top of the next column, which the sweep printed right after
        the top of this one: as many lines back as the column has rows, far beyond WINDOW on a real
        page (`宜宾市增长9.` | `3%，德阳市…` a column on). For each open line still without its
        continuation, its column is climbed to its top: by the joins made (the sweep's last rows,
        where columns that ended change the stride, are joined already), and over a paragraph's end
        (a line ending complete that goes on to no line) a stride up. The line after that top is the
        next column's top: joined where the seam tells (a number running on, a mark no line opens
        with, characters that follow each other on the page) and no line goes on to it yet, or only
        by a join the seam tells much worse (a headline as wide as a column taken for its line above).
        starts: where items open (a dateline, a headline before it); a climb never passes one, since the
        lines above it are another item's."""
        for i in opens:
            k = strides.get(i, 0)
            if frags[i].tail is not None or k < 2:
                continue
            top, steps = i, 0
            while steps < MAX_TOPS:
                steps += 1
                if (h := frags[top].head) is not None:
                    if h > top:
                        break  # a column's top, joined to the foot of the column before (printed after it)
                    top = h
                    continue
                # (a stride up, or one less where a column ended a row before: the sweep's last rows, 个百分点。 |
                # 全年…增长7. of two columns under a row of three, the line a stride up going on already; only for a
                # line cut in a number, whose seam at the top must then be a decimal point's: a word's seam there
                # tells too little, 限额以上单位 | 5月份，… the next paragraph's first line)
                cut = frags[i].text[-1:].isdigit() or frags[i].text[-1:] == "."
                ups = [u for u in ((top - k, top - k + 1) if k >= 3 and cut else (top - k,))
                       if u >= 0 and u not in skip and frags[u].tail is None
                       and frags[u].last[-1:] in self.complete
                       and _column_line(frags[u].last, max(widths[i], widths[u]))
                       and not any(u < s < top for s in starts)
                       and not self._opens_columns(frags[top].first)]
                if not ups or ups[0] != top - k and top - k >= 0 and frags[top - k].tail is None:
                    break  # the top: above it a headline, a line of another column, or nothing
                top = ups[0]
            j = top + 1
            topped = (h := frags[top].head) is not None and h > top  # (the column before's foot goes on at its top)
            if j >= len(frags) or j == i or j in skip or not _column_line(frags[j].first, max(widths[i], widths[j])):
                continue
            s = ev(i, j) + 1.0
            # (… or the top's own block holds the item's dateline under its headline, the extractor having printed
            # the two as one box: 1至8月全盟…增长7.6% / 本报讯（记者 …）9月15日，记)
            first_row = any(top - k < t <= top for t in starts) or self._dated_block(frags[top])
            if first_row:
                s += 1.0  # the climb reached its item's first row: the next column's top is the line after
                if top != i and frags[j].head is None and j not in starts \
                        and _cells(frags[j].first) >= max(widths[i], widths[j]) - INDENT / 4:
                    # … and that top is a full line no line goes on to: it opens no paragraph (a paragraph's first
                    # line is set in), so it goes on from a column's foot (…开发公益 | 性岗位600个，…)
                    s += 1.0
            seam_digit = frags[i].text[-1].isdigit() or frags[i].text[-1] == "."
            if s < (3.0 if seam_digit else 2.5) or (frags[j].head is not None and joined.get(j, 0.0) > s - 2.0):
                continue
            if i + k < len(frags) and ev(i, i + k) + 2.0 >= s:
                continue  # the line a stride on goes on from it as well: no column's last line, or no telling
            a_end, b_first = frags[i].text[-1], frags[j].text[0]
            if seam_digit and not (a_end == "." and b_first.isdigit() or a_end.isdigit() and b_first == ".") \
                    and not (a_end.isdigit() and (first_row or topped) and self._number_tail(frags[j].first)):
                # digits meet a column away only across a decimal point (9. | 3%): a wrong join is a wrong number; or
                # where the climb reached its item's first row, or a top the column before's foot goes on at, and the
                # next column's top opens with a number's tail, its unit closed by a mark (…存栏达到128 | 6.5万头只，比上
                # 年…), which opens no text of its own
                continue
            if self._reaches(frags, j, i):
                continue  # a cycle
            if (h := frags[j].head) is not None:
                frags[h].tail = None
            frags[i].tail, frags[j].head = j, i
            joined[j] = s

    def _headline_figures(self, frags: list[_Frag], slots: dict[int, tuple[int, int, int]]) -> None:
        """On a page of glued rows, a figure alone in its row (a number and its unit, 1620人) right under a row of
        headlines side by side, in the same place of a row of as many pieces, is the headline's own, run on to a
        second line (五大连池市城镇新增就业 | 1620人, between the other columns' first lines: `_side_figure`): it goes on
        from it. A figure alone goes on from no line by the rhythm (a table's cell printed a line, `_join`'s skip), so
        it stood as a paragraph of its own, after whichever column's paragraph the rows printed first, and took that
        column's place."""
        at = {f.pieces[0][2]: k for k, f in enumerate(frags) if f.pieces}
        place = {(sl[0], sl[1]): (src, sl[2]) for src, sl in slots.items()}
        for j, f in enumerate(frags):
            if f.head is not None or len(f.pieces) != 1 or _BARE_NUMBER.fullmatch(f.first) is None:
                continue
            sl = slots.get(f.pieces[0][2])
            if sl is None or (above := place.get((sl[0] - 1, sl[1]))) is None or above[1] != sl[2]:
                continue
            heads = [place.get((sl[0] - 1, k)) for k in range(sl[2])]
            if any(h is None or (k := at.get(h[0])) is None or len(frags[k].pieces) != 1
                   or not self._head_piece(frags[k].last) for h in heads):
                continue  # (a row of headlines side by side, each alone: no column's lines, no table's row)
            i = at[above[0]]
            if frags[i].tail is not None or self._reaches(frags, j, i):
                continue
            frags[i].tail, f.head = j, i
            self._note(f.pieces[0][2], f.first, f"the figure alone under the headline «{frags[i].last[-8:]}» in its "
                       "place of the row over it: joined")

    def _foot_tops(self, frags: list[_Frag], slots: dict[int, tuple[int, int, int]], widths: list[float]) -> None:
        """On a page of glued rows, a column's foot alone in its row right under rows of two pieces or more (a lead's
        first column a line longer than its second: …完成年度目标任务的1, under the row …增长4.9%。 | 初增加…左右。) goes on
        at the top of the next column: the second piece of the first of those rows (06.5%；农村劳动力…), which the rows
        printed in the row of the first column's top. Joined where the foot breaks off as wide as its column and the
        top goes on from no line yet and opens as no line of its own does: with a mark no line opens with, a unit's tail
        after a foot ending on digits (…劳务收入7.38 | 亿元；), or a number's tail with its point after one (…任务的1 |
        06.5%；: digits meet a column away only so, as `_column_tops` has them). Left apart, the foot's paragraph
        ended on the cut and the top's number lost its digits (`_orphans`)."""
        at = {f.pieces[0][2]: k for k, f in enumerate(frags) if f.pieces}
        place = {(sl[0], sl[1]): (src, sl[2]) for src, sl in slots.items()}
        for i, f in enumerate(frags):
            if f.tail is not None or len(f.pieces) != 1 or not f.last or f.last[-1] in self.complete:
                continue
            sl = slots.get(f.pieces[0][2])
            if sl is None or sl[2] != 1 or (above := place.get((sl[0] - 1, 0))) is None or above[1] < 2:
                continue
            n, row = above[1], sl[0] - 1
            while (up := place.get((row - 1, 0))) is not None and up[1] == n:
                row -= 1
            top = place.get((row, 1))
            if top is None or (j := at.get(top[0])) is None or j == i or frags[j].head is not None:
                continue
            if not _column_line(f.last, widths[i]) or self._reaches(frags, j, i):
                continue
            first, end = frags[j].first, f.last[-1]
            head = _NUMBER_HEAD.match(first).group()
            rest = first[len(head):]
            if end.isdigit():
                seam = self._unit_tail(first) or (head[:1].isdigit() and "." in head and (
                    head.endswith("%") and rest[:1] in self.marked or self._unit_tail(rest)))
            elif end == ".":
                seam = first[:1].isdigit()
            else:
                seam = first[:1] in self.marked and not first[:1].isdigit()
            if not seam:
                continue
            frags[i].tail, frags[j].head = j, i
            self.feet.add(i)
            self._note(frags[j].pieces[0][2], first[:12], "opens the next column's top, and the column's foot alone "
                       f"in its row under the rows ends «{f.last[-8:]}»: joined")

    def _number_tail(self, text: str) -> bool:
        """The line opens with a number whose fraction is given, or whose digits open with a zero no point follows
        (00张，: no number's first digit), and its unit closed by a mark (6.5万头只，比上年…): the tail of a number cut at
        a line's end (no text opens on a figure with no subject before it), whose digits go on from the cut one's."""
        m = _NUMBER_HEAD.match(text)
        return m is not None and ("." in m.group() or _ZERO_OPEN.match(text) is not None) \
            and m.group()[:1].isdigit() and self._unit_tail(text[m.end():])

    def _dated_block(self, f: _Frag) -> bool:
        """A block of lines the extractor printed as one whose line after the first opens with a dateline (a headline
        over its item's first line, 1至8月全盟… / 本报讯（记者 …）…): the item's first row, its columns' tops after it."""
        return self.dated is not None and len(f.pieces) > 1 and any(self.dated(p[1].strip()) for p in f.pieces[1:])

    def _opens_columns(self, line: str) -> bool:
        """The line opens an item with a dateline and no bullet (本报讯（记者 …）…): the item's columns start in its row,
        so a column's climb to its top ends there, never going on into the lines above (another item's, …增长6.4%。
        at the foot of a column of briefs beside); a brief's bullet (■本报讯 …) opens one of a column of such items,
        whose top lies further up."""
        return self.dated is not None and bool(self.dated(line)) and _BULLETED.match(line) is None

    def _marked_heads(self, frags: list[_Frag], stride: int, widths: list[float], skip: set[int]) -> None:
        """A line opening with a mark no line opens with (，改造提升乡镇（街道）居家养老服务中) goes on from some line; where
        none went on to it, the line a stride back that breaks off on a word and goes on to no line is its head, if
        it is the only such line a stride back (or one less or more, where columns end mid-sweep). That line may
        be wider than the columns judged around it (an item's columns beside a narrower column of briefs), so it
        is measured against the wider of the two lines' columns. Never after digits (…150 | ，… may be a number's
        tail lost)."""
        if stride < 2:
            return
        n = len(frags)

        def breaks_off(i: int, j: int) -> bool:
            f = frags[i]
            return (0 <= i < n and i not in skip and f.tail is None and len(f.pieces) == 1 and bool(f.last)
                    and f.last[-1] not in self.complete and not f.last[-1].isdigit() and f.last[-1] != "."
                    and _column_line(f.last, max(widths[i], widths[j])))

        for j, g in enumerate(frags):
            if g.head is not None or j in skip or len(g.pieces) != 1 or not g.first \
                    or g.first[0] not in self.marked or g.first[0] == "%":
                continue
            steps = (stride - 1, stride, stride + 1) if stride >= 3 else (stride,)
            found = [j - d for d in steps if breaks_off(j - d, j)]
            if len(found) != 1 or found[0] != j - stride or self._reaches(frags, j, found[0]):
                continue
            frags[found[0]].tail, g.head = j, found[0]

    def _longer_row(self, frags: list[_Frag], opens: list[int], strides: dict[int, int], stride: int,
                    widths: list[float], skip: set[int], ev: Callable[[int, int], float]) -> None:
        """A row of the sweep one line longer than the stride: a column whose only line there is the top that goes on
        from the last column's foot (…发电量达到98.6亿千瓦 | 时，同比增长14.2%。 set alone at the top of a column
        after a column of briefs). A line opening with a mark no line opens with (，实现乡镇以上区域全覆盖。) goes on from
        some line; where the only line that breaks off on a word within one line of the stride back of it stands a
        stride and one back, the row it is printed in holds one line more: the open lines before it in that row go on
        a stride and one on, unless a number running on says they go on a stride on (…注册登记15 | 6家). Left at the
        stride, each would go on in the next column's line (■本报讯 甲市一季度 | 时，同比增长…). Never after digits, as
        `_marked_heads`."""
        n, open_set = len(frags), set(opens)

        def breaks_off(i: int, j: int) -> bool:
            """i may go on into j: it ends on no mark and no digit (open or not: a line a little wider or
            narrower than the columns judged around it may be the one)."""
            f = frags[i]
            return (0 <= i < n and i not in skip and f.tail is None and len(f.pieces) == 1
                    and bool(f.last) and f.last[-1] not in self.complete and not f.last[-1].isdigit()
                    and f.last[-1] != "." and _column_line(f.last, max(widths[i], widths[j])))

        for j, g in enumerate(frags):
            if g.head is not None or j in skip or len(g.pieces) != 1 or not g.first \
                    or g.first[0] not in self.marked or g.first[0] == "%":
                continue
            found = [i for i in range(max(0, j - 7), j) if breaks_off(i, j)
                     and strides.get(i, stride) >= 3 and abs(j - i - strides.get(i, stride)) <= 1]
            if len(found) != 1 or found[0] not in open_set or j - found[0] != strides[found[0]] + 1:
                continue
            i, s = found[0], strides[found[0]]
            for k in range(i - s + 1, i + 1):
                if k in open_set and strides[k] == s and ev(k, k + s) < SURE_SEAM:
                    strides[k] = s + 1

    def _sweep_end(self, frags: list[_Frag], opens: list[int], strides: dict[int, int], widths: list[float],
                   skip: set[int], starts: set[int]) -> dict[int, int]:
        """The sweep's last rows, where a column ended a row or more before the others (a lead's third column of
        four lines beside columns of six): the stride drops by one. Read at the page's stride, a full line there
        (…比上届 | 提高0.6个百分点。…) would open a paragraph after one ended a stride back (平均为4.3%。), though a
        paragraph's first line is set in, and the line breaking off a stride less back would be a column's foot
        going on at the next column's top. Where that line is the only one breaking off at such a distance,
        no line is printed a full stride on from it (the window's end, or the next item's dateline or headline),
        it goes on in the full line, and the lines from it to the item's end take the smaller stride (a column's
        foot then climbs its own column to its top, `_column_tops`). Never across digits. The lines that go on a
        stride less, and that stride."""
        n = len(frags)
        drops: dict[int, int] = {}
        for i in opens:
            k = strides.get(i, 0)
            j = i + k - 1
            if k < 3 or frags[i].tail is not None or j >= n or i in skip or not (i + k >= n or i + k in starts) \
                    or _headline_words(frags[i].last):
                continue  # (a line with no mark inside may be a headline over items side by side: no column's)
            g, back = frags[j], frags[j - k]
            if g.head is not None or j in skip or j in starts or len(g.pieces) != 1 \
                    or back.tail is not None or back.last[-1:] not in self.complete \
                    or abs(widths[i] - widths[j]) > 1.5 or not _column_line(g.first, max(widths[i], widths[j])) \
                    or _cells(g.first) < max(widths[i], widths[j]) - INDENT / 4 or g.first[0] in self.no_start:
                continue
            a_end = frags[i].text[-1]
            if a_end.isdigit() or a_end == "." or g.first[0].isdigit():
                continue  # the rhythm alone never puts digits together
            # a line breaking off a stride and one back, or one between that is not the line right before (in j's
            # row): no telling which goes on
            others = [j - k - 1, *range(i + 1, j - 1)]
            if any(x >= 0 and x not in skip and frags[x].tail is None and frags[x].last[-1:] not in self.complete
                   for x in others):
                continue
            if self._reaches(frags, j, i):
                continue
            frags[i].tail, g.head = j, i
            end = next((s for s in sorted(starts) if s > i), n)
            for x in range(i, end):
                if x in strides:
                    strides[x] = k - 1
            # (the lines of i's row, from the one right before it, go on a stride less: `_down`)
            for x in range(max(0, i - (k - 2)), end):
                drops[x] = k - 1
        return drops

    @staticmethod
    def _heads_over_items(frags: list[_Frag], opening: set[int]) -> dict[int, int]:
        """Items set side by side under their headlines, each line a box of its own (pdfminer at a tight line margin):
        the sweep prints the row of headlines (小川：… | 陇南：… | 徽县：…), then the row of the items' datelines, each
        item's first line (本报讯 今年，小川镇… | 本报讯 1—10月，… | …). Where a run of two headlines or more, each a line
        alone going on to none and from none, is followed right away by as many lines opening on a dateline, and by no
        more, the k-th headline's item is the k-th: read next after it. Read in the order printed, every item came
        after the last headline, and took its place."""
        out: dict[int, int] = {}
        i, n = 0, len(frags)
        while i < n:
            j = i
            while j < n and j not in opening and len(frags[j].pieces) == 1 and frags[j].head is None \
                    and frags[j].tail is None and _headline_words(frags[j].last):
                j += 1
            m = j - i
            if m >= 2 and j + m <= n and all(k in opening and frags[k].head is None for k in range(j, j + m)) \
                    and j + m not in opening:
                out.update((i + k, j + k) for k in range(m))
                i = j + m
            else:
                i = max(j, i + 1)
        return out

    def _down(self, frags: list[_Frag], drops: dict[int, int], skip: set[int],
              widths: list[float]) -> dict[int, int]:
        """For each paragraph's last line (ending on a mark, going on to no line) in the sweep's last rows whose
        stride dropped (`_sweep_end`): the line under it in its column, that stride on, where that line opens a
        paragraph (no line goes on to it, no headline, dateline or page number, a column's line): read next, before
        the lines printed earlier in the sweep's order. Read in the order printed instead, a column's later paragraph
        comes after the next columns' (…全年帮扶失业人员… after 今年，全省计划…), and a year or a place named in
        between is taken for its own."""
        out: dict[int, int] = {}
        n = len(frags)
        for e, f in enumerate(frags):
            if f.tail is not None or e in skip or not f.last or f.last[-1] not in self.complete:
                continue
            # (only where the sweep's last rows told their stride: elsewhere a paragraph's end a stride on holds the
            # next item's headline or another item's column as often, and read early it takes their places)
            if (k := drops.get(e, 0)) < 2:
                continue
            j = e + k
            if k < 2 or j >= n or j in skip or frags[j].head is not None or _headline_words(frags[j].first) \
                    or not _column_line(frags[j].first, max(widths[e], widths[j])):
                continue  # (a line with no mark inside may be the next item's headline)
            out[e] = j
        return out

    def _last_pairs(self, frags: list[_Frag], opens: list[int], strides: dict[int, int], widths: list[float],
                    skip: set[int]) -> None:
        """A line still breaking off, and a full line a stride on (or one less or more, where columns end
        mid-sweep) that no line goes on to yet, each the other's only match: the full line opens no
        paragraph (a paragraph's first line is set in), so it goes on from some line, and no other is
        left for it (…全市养老床位总数 | 达到5.3万张，… where the sweep's last rows hold fewer columns and
        the seam tells nothing). Never across digits: the rhythm alone never puts numbers together."""
        def steps(k: int) -> tuple[int, ...]:
            return (k - 1, k, k + 1) if k >= 3 else (k,)

        def full(j: int, i: int) -> bool:
            return (frags[j].head is None and j not in skip and abs(widths[i] - widths[j]) <= 1.5
                    and _column_line(frags[j].first, max(widths[i], widths[j]))
                    and _cells(frags[j].first) >= max(widths[i], widths[j]) - INDENT / 4)

        def breaks_off(k: int) -> bool:
            return k not in skip and frags[k].tail is None and frags[k].last[-1:] not in self.complete

        # (a line right before a headline or a dateline may be the next item's headline itself)
        loose = [i for i in opens if frags[i].tail is None and strides.get(i, 0) >= 2
                 and not {i + 1, i + 2} & skip]
        for i in loose:
            ds = steps(strides[i])
            mine = [i + d for d in ds if i + d < len(frags) and full(i + d, i)]
            if len(mine) != 1:
                continue
            j = mine[0]
            # no other line breaking off in the lines before it as far back (the stride told is a guess)
            if any(k != i and breaks_off(k) for k in range(max(0, j - ds[-1]), j)):
                continue
            end, first = frags[i].text[-1], frags[j].text[0]
            if end.isdigit() or end == "." or first.isdigit() or first in ".%":
                continue
            if self._reaches(frags, j, i):
                continue
            frags[i].tail, frags[j].head = j, i

    def _widths(self, frags: list[_Frag], cuts: list[int] | None = None,
                measure: Callable[[str], float] = _cells, indented: bool = False) -> list[float]:
        """The typical column width around each fragment (the commonest width of the full lines
        within NEAR of it): a page's items are set in columns of different widths, and a line
        breaks off at the full width of its own column. The lines looked at are those of the same
        items where they are enough to tell: none before the last run of datelines (■本报讯 …, a row
        of briefs opens with several) at or before the fragment, since a grid of narrow briefs set
        under a wide article would otherwise take the article's width and never be seen broken off
        (lines after it may be its own columns' still: an item's dateline comes mid-sweep). measure: a line's width
        (printed, digits half a character; or its characters, where a text's own wrap cut the lines: `_join`).
        indented: lines swept one by one, where a paragraph's first line, set in, is narrower than its column's
        full lines by its indent (on glued rows a piece's width is its row's to tell)."""
        # a line with a space inside (a byline's, a brief's ■本报讯 X) is no measure: it is mostly a
        # paragraph's indented first line, and its space's printed width is unknown
        full = [round(measure(f.last)) if len(f.last) >= 6 and " " not in f.last else None for f in frags]
        # a line ending its paragraph on a mark (…企业820户。) is mostly shorter than its column: it counts
        # only where an open line around (one breaking off mid-sentence) is as wide
        shut = [f.last[-1] in self.complete for f in frags]
        opened = [w if w is not None and not s else None for w, s in zip(full, shut, strict=True)]
        for i, w in enumerate(full):
            if w is not None and shut[i]:
                around = opened[max(0, i - NEAR):i + NEAR + 1]
                if not any(o is not None and abs(o - w) <= 1 for o in around):
                    full[i] = None
        out = []
        for i in range(len(frags)):
            lo, hi = max(0, i - NEAR), i + NEAR + 1
            near = Counter(w for w in full[lo:hi] if w is not None)
            width = _commonest(near)
            if cuts:
                at = bisect_right(cuts, i)
                a = max(lo, cuts[at - 1] if at else 0)
                own_items = Counter(w for w in full[a:hi] if w is not None)
                if own_items.total() < ITEM_LINES:  # (an item beside a chart, whose ticks and values swept in
                    # between its lines measure nothing: its own lines a little further on tell)
                    own_items = Counter(w for w in full[a:a + 2 * NEAR + 1] if w is not None)
                # (only a column clearly apart: lines with digits are narrower, and a few lines' commonest
                # width strays by a cell or two from the column's)
                if (own_items.total() >= ITEM_LINES and max(own_items.values()) >= ITEM_AGREE
                        and abs(_commonest(own_items) - width) >= ITEM_APART):
                    near = own_items
                    width = _commonest(near)
            own = full[i]
            if own is not None and own > width and sum(near[w] for w in (own - 1, own, own + 1)) >= 3:
                # as wide as two more lines around: a line of a wider column (an item of few lines
                # beside narrower ones), not a headline; its column is as wide as those lines
                width = float(max(w for w in (own - 1, own, own + 1) if near[w]))
            elif indented and own is not None and own > width and not shut[i] \
                    and sum(near[w] for w in (own + 1, own + 2, own + 3)) >= 2:
                # … or as wide as they are but for a paragraph's indent (2026年全省…主要预期目标是：地区生产总 over
                # the wider column's full lines beside narrower ones): a first line of that column, breaking off
                width = float(max(w for w in (own + 1, own + 2, own + 3) if near[w]))
            out.append(width)
        if indented:
            for i in range(len(frags)):
                if i not in self.in_order and (run := self._narrow_run(full, shut, i, out[i])) is not None:
                    # lines of a narrower column read in order amid the sweep (a sidebar, 链接, set a line a box
                    # beside an item's columns: 今年，某市计划新增城镇就 | 业2.5万人。截至11月底，全市每 | 千人口…): as
                    # wide as each other, all breaking off, one at least well short of the columns around; their
                    # column is as wide as they are, and each goes on in the very next line (`_join`, in_order)
                    lo, hi = run
                    wide = float(max(w for w in full[lo:hi + 1] if w is not None))
                    for j in range(lo, hi + 1):
                        out[j] = wide
                        self.in_order.add(j)
        return out

    def _wide_in_order(self, frags: list[_Frag], i: int, width: float) -> list[int]:
        """The lines of a wider item's column printed in order from its first line `i` (a dateline's, wider than the
        columns around: `width` its column's): i itself and the lines right after it, each alone, no dateline,
        breaking off and as wide as that column (a digit's width either way), where one line at least follows it so;
        else none. A wide item's column swept with narrower ones has a narrower column's line right after its first.
        (`_join` then asks whether i goes on best into the very next line.)"""
        run = [i]
        j = i + 1
        while j < len(frags) and len(frags[j].pieces) == 1 and frags[j].last[-1:] not in self.complete \
                and abs(_cells(frags[j].last) - width) <= 1.5 and not (self.dated and self.dated(frags[j].first)):
            run.append(j)
            j += 1
        return run if len(run) > 1 else []

    @staticmethod
    def _narrow_run(full: list[int | None], shut: list[bool], i: int, width: float) -> tuple[int, int] | None:
        """The first and last of the run of consecutive lines i stands in, each breaking off (no mark at its end)
        and as wide as i but for a paragraph's first line set in by its indent, i well short of the columns around
        (`width`), where the run holds IN_ORDER lines at least; None where i stands in none."""
        own = full[i]
        if own is None or shut[i] or own >= width - NARROWER:
            return None

        def like(j: int) -> bool:
            w = full[j] if 0 <= j < len(full) and not shut[j] else None
            return w is not None and any(abs(w + d - own) <= 1 for d in (0.0, INDENT, -INDENT))  # (a first line set in)

        lo = hi = i
        while like(lo - 1):
            lo -= 1
        while like(hi + 1):
            hi += 1
        return (lo, hi) if hi - lo + 1 >= IN_ORDER else None

    def _item_cuts(self, frags: list[_Frag]) -> list[int]:
        """Where a run of datelines starts (the fragments of one run open items set side by side)."""
        if self.dated is None:
            return []
        dated = [bool(f.pieces) and bool(self.dated(f.first)) for f in frags]
        return [i for i, d in enumerate(dated) if d and (i == 0 or not dated[i - 1])]

    def _captions(self, frags: list[_Frag], slots: dict[int, tuple[int, int, int]]) -> set[int]:
        """On a page of glued rows, the fragments opening with a line alone in its row (no piece of a row of columns)
        whose next line is read as a table's head (`table_head`): the table's caption over it; or whose next line is
        a headline alone in its row and the line after it, in the next row, the head (a table set beside an item's
        columns, its caption over the item's headline: 1—10月部分镇海产品出口额（单位：万美元） | 海产品出口稳中有升 |
        镇 出口额 增速（%）). Not a line ending on a clause's mark (600张，其中产科床位180张、): no caption ends so; a
        column's foot left alone in its row under a block of columns does, and goes on from the line a stride before."""
        if self.table_head is None:
            return set()
        out = set()
        for j, f in enumerate(frags):
            sl = slots.get(f.pieces[0][2])
            if sl is None or sl[2] != 1 or _clause_closed(f.first):
                continue
            after = [p for g in frags[j:j + 3] for p in g.pieces][1:3]
            nxt = after[0] if after else None
            if nxt is not None and (at := slots.get(nxt[2])) is not None and at[2] == 1 \
                    and self.table_head(nxt[1].strip()):
                out.add(j)
            elif len(after) == 2 and at is not None and at[2] == 1 and _headline_words(nxt[1].strip()) \
                    and (two := slots.get(after[1][2])) is not None and two[2] == 1 and two[0] == at[0] + 1 \
                    and self.table_head(after[1][1].strip()):
                out.add(j)
        return out

    def _score(self, a: str, b: str, pairs: Counter) -> float:
        """How well b goes on from a: a number running on across the seam, a mark no line opens with,
        and how often the two characters at the seam follow each other elsewhere on the page."""
        x, y = _digit_class(a[-1]), _digit_class(b[0])
        if y == "%" and x != "0":
            return 0.0  # a percent mark goes on from a number only (今年 | %。 is another column's number's tail)
        s = 0.0
        if x == "." and y == "0" and _BOX_YEAR.match(b):
            pass  # a year and its word after a decimal point (增长7. | 2025年…, a box's title): no fraction runs on
        elif x == "." and y == "0" or x == "0" and y == "." and b[1:2].isdigit():
            s += 3.5  # 33. | 5张, 1 | .2万人次
        elif x == "0" and y == "0" and _DATED_OPEN.match(b):
            pass  # a line opening with a date (10月16日，在…: a caption's first line) is no number's tail
        elif x == "0" and y == "0":
            s += 2.5  # 8 | 650万人次 (or a number of the next column: the rhythm must agree)
        elif self._unit_seam(a, b):
            s += 2.0  # 98.6亿千瓦 | 时，: a unit cut in two after its number
        if y in self.no_start:
            s += 1
        if not (x in "0." and y in "0."):  # inside a number every page has digits and points side by side
            s += min(pairs[x + y], 3)
            if y == "0" and pairs[x + y] < 1 and a.endswith(self.number_before) \
                    and any(c in self.marked for c in a) and any(c in self.marked for c in b):
                # 同比增长 | 7.2%: a change verb and its number, as a seam seen once on the page; both lines running
                # text, marks in each (a number box's label 比上年增长 and the next row's figure 5.5%左右 are not)
                s += 1.0
        return s

    def _range_past(self, a: str, b: str) -> bool:
        """b opens with a range (1至7月…) whose start, the digits a ends on run on into it, would pass its end (…卫生室58 |
        1至7月…: 581 over 7): b's range is its own, no tail of a's number (…指202 | 6—2030年 runs on: 2026 to 2030)."""
        if self.range_open is None or (m := self.range_open.match(b)) is None:
            return False
        cut = _DIGITS_END.search(a)
        if cut is None:
            return False
        try:
            return float(cut.group() + m.group(1)) > float(m.group(2))
        except ValueError:
            return False

    def _unit_seam(self, a: str, b: str) -> bool:
        """a ends on a number and the first part of a unit whose end opens b, closed by a mark (…98.6亿千瓦 | 时，同比…):
        the two halves of one word after a number (a word of its own at the end of a, 千瓦, may be a whole unit too:
        the seam tells, the rhythm must agree)."""
        if not self.number_words or not a or not b or a[-1].isdigit() or a[-1] in self.marked:
            return False
        for n in range(1, 4):
            head = a[-n:]
            if len(head) < n or any(c.isdigit() or c == "." for c in head):
                return False
            if not _NUMBER_BEFORE.search(a[:-n]):
                continue
            for m in range(1, 4):
                if len(b) > m and b[m] in self.marked and head + b[:m] in self.number_words:
                    return True
        return False

    @staticmethod
    def _reaches(frags: list[_Frag], start: int, goal: int) -> bool:
        k: int | None = start
        while k is not None:
            if k == goal:
                return True
            k = frags[k].tail
        return False

    def _orphans(self, frags: list[_Frag], widths: list[float], titles: set[int] = frozenset(),
                 captions: set[int] = frozenset()) -> None:
        """Numbers cut in two whose other half was not found are left out, never read as a whole.

        A line that breaks off mid-sentence on a number (`达到8`, `下降0.3个`: the digits, and the one
        character after them, may go on in the line not found) loses that number; a full line
        opening with digits that continues no line, while such a cut-off end exists, loses its digits.
        titles: headlines (an item's, right before its dateline), whose number at the end is whole. captions: a
        table's captions (`_captions`), whose digits at the start are whole (1—10月各市州…).
        """
        self._unit_pairs(frags, widths, titles)
        self._verb_pairs(frags, widths, titles)
        dangling = False
        printed: dict[int, float] = {}  # a one-line fragment's printed width before its number at the end was left out
        for k, (f, width) in enumerate(zip(frags, widths, strict=True)):
            if f.tail is not None or k in titles or not self._open(f, width) or self._listed(f):
                continue
            body, folded, src, opens = f.pieces[-1]
            text = folded.rstrip()
            m = _NUMBER_END.search(text)
            if m is not None and m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha():
                continue  # (a code's digits after its letter, a page's A03 in a jump line cut, （下转A03 | 版）: no figure)
            if m is None or any(c in self.no_start or c in self.unit_whole for c in m.group(1)):
                m = self.unit_open.search(text) if self.unit_open is not None else None
                if m is None:
                    continue
            dangling = True
            self._note(src + m.start(), m.group(), "ends a line the extractor swept out of column order, and no line "
                       "found goes on from it: the number is left out (its digits or its unit may go on there)")
            if len(f.pieces) == 1:
                printed[k] = _cells(folded.strip())
            f.pieces[-1] = (body[:m.start()], folded[:m.start()], src, opens)
        if not dangling:
            return
        for k, (f, width) in enumerate(zip(frags, widths, strict=True)):
            if f.head is not None or k in captions:
                continue
            body, folded, src, opens = f.pieces[0]
            lead = len(folded) - len(folded.lstrip())
            # (on a line spaced out, 3 1 2 . 6 亿 元, the digits with the spaces between them: not 3 alone, which would
            # leave 12.6亿元, a wrong value)
            end = _SPACED_HEAD.match(folded, lead).end()
            if end == lead or _PAGE_NUMBER.fullmatch(folded.strip()) or _BARE_NUMBER.fullmatch(folded.strip()) \
                    or _box_figures(folded):
                continue
            # (… nor one opening with a zero before a digit or a word, no number's first digit: …达到150 | 0张，…, a
            # narrow column's line judged by a wider column's beside it; a zero before a point, 0.5%, opens a number)
            # (short as it was printed: a line whose number at its end was left out above, 4亿元，同比增长24.6%，增速居全省
            #第 from …第3位, is as full as it was, and opens on the tail of a number cut in two all the same)
            if folded[lead] not in ".%" and not _percent_open(folded[lead:]) and not _ZERO_OPEN.match(folded, lead) \
                    and printed.get(k, _cells(folded.strip())) < width - 1 and self._open(f, 0.0):
                continue  # short and going on: an indented first line may open with a number (2025年), not a percent
            self._note(src + lead, folded[lead:end + 6].strip(), "opens a line the extractor swept out of column "
                       "order and continues no line found: its digits are left out (the tail of a number cut in two)")
            f.pieces[0] = (body[end:], folded[end:], src + end, opens)

    def _unit_tail(self, text: str) -> bool:
        return unit_tail(text, self.number_words, self.marked)

    def _tail_alone(self, f: _Frag) -> bool:
        """Does the fragment open with a line that is a number's unit alone closed by a mark, nothing after it (家。)?"""
        if not f.pieces:
            return False
        first = f.pieces[0][1].strip()
        return len(first) <= _TAIL_ALONE and first[-1:] in self.marked and self._unit_tail(first)

    def _unit_pairs(self, frags: list[_Frag], widths: list[float], titles: set[int]) -> None:
        """A number cut in two at its unit (…全县新增驿站85 | 家，累计…; …增长12 | %。; …基站1.42万 | 个。), the two
        lines printed far apart (an extractor's boxes out of order), that no join found: the line that breaks off
        on a number and the line that opens with a number's tail alone (`unit_tail`), each the only one of its
        kind among the lines held, are joined: the number is whole at the cut (the tail holds no digit), so the
        value stands, and no other line could take either. Any other line breaking off on a number, or a rival
        half continuing no line (a line opening with digits, where the cut ends on a digit: …1 | 0家; after a
        magnitude, 1.42万, no digit goes on), and nothing is joined; left apart, both lose their number
        (`_orphans`). A line opening with digits that no cut number's tail reads as (a second point, 3.1 after …21.8;
        a word after them that is no unit closed by a mark, 1至10月…) is no rival."""
        if not self.number_words:
            return
        cuts = [(i, m.group(1)) for i, f in enumerate(frags) if f.tail is None and i not in titles and f.text
                and (m := _NUMBER_END.search(f.text)) is not None and self._open(f, widths[i])
                and (not m.group(1) or m.group(1) == "." or m.group(1) in self.number_words)
                and m.group(1) not in self.unit_whole and m.group(1) not in self.no_start]
        if len(cuts) != 1 or cuts[0][1] == ".":
            return
        i, word = cuts[0]

        point = "." in _NUMBER_END.search(frags[i].text).group()

        def rival(f: _Frag) -> bool:
            first = f.first
            if self._unit_tail(first):
                return True
            if word or not (first[0].isdigit() or first[0] in ".%"):
                return False
            if first[0] in ".%":
                return True
            # a line opening with digits is a rival unless they read as no tail of the cut number: a second point
            # between the two halves (3.1, a chart's value printed a line, after …21.8), or a word after them that
            # is no unit closed by a mark (1至10月…, a paragraph's span, as 2025年全市…: a paragraph opens so). Then
            # the line of a unit's tail alone, which opens no text, goes on from the one cut (digits before a space,
            # a mark or nothing, 6.3 本报讯… on a page of glued lines, 6万吨，, stay rivals)
            head = _NUMBER_HEAD.match(first).end()
            if point and "." in first[:head]:
                return False
            rest = first[head:]
            return not _HAN.match(rest) or self._unit_tail(rest)
        loose = [j for j, f in enumerate(frags) if f.head is None and f.pieces and f.first
                 and not _PAGE_NUMBER.fullmatch(f.first) and rival(f)]
        if len(loose) != 1 or not self._unit_tail(frags[loose[0]].first) or (word and frags[loose[0]].first[0] == "%"):
            return
        j = loose[0]
        if self._reaches(frags, j, i) or self._unit_cut(frags, j, {i, *titles}):
            return
        frags[i].tail, frags[j].head = j, i
        self._note(frags[j].pieces[0][2], frags[j].first[:12], "opens with a number's tail alone, the only one, and "
                   f"the only line breaking off on a number ends «{frags[i].last[-8:]}»: joined")

    def _verb_pairs(self, frags: list[_Frag], widths: list[float], titles: set[int]) -> None:
        """A change verb cut in two at a line's end (…各项贷款余额达到2368.4亿元，比年初增 | 加96.3亿元。; …接待游客486.7万
        人次，同 | 比增长18.6%。; or the cut between two, …同比 | 增长16.4%。), the two lines printed far apart (an
        extractor's blocks out of order) and their seam seen too seldom on the page to join them: a line breaking off on
        a verb's first half (`number_before`: roles.yaml change verbs of two characters or more) or on a whole one, and
        a line opening with its rest (or with another verb), then (past one more such verb at most: 同 | 比增长) a
        number, each the only such match of the other, are joined. Such a line opens no text (no sentence opens on half
        a word, or on a bare change verb, before a number), and read alone its number loses its verb or its subject: a
        change read as a level, a county's growth given to the lead's area. A line opening so where two lines may go
        on into it, or a line that may go on into two, and nothing is joined."""
        if not self.number_before:
            return
        tails = [(j, f.first) for j, f in enumerate(frags) if f.head is None and f.pieces and f.first
                 and not (self.dated is not None and self.dated(f.first))]
        pairs: list[tuple[int, int]] = []
        for i, f in enumerate(frags):
            if f.tail is not None or i in titles or not f.text or not self._open(f, widths[i]):
                continue
            pairs += [(i, j) for j, first in tails if j != i and self._verb_seam(f.text, first)]
        for i, j in pairs:
            if sum(1 for a, _ in pairs if a == i) != 1 or sum(1 for _, b in pairs if b == j) != 1:
                continue
            if self._reaches(frags, j, i):
                continue
            frags[i].tail, frags[j].head = j, i
            self._note(frags[j].pieces[0][2], frags[j].first[:12], "opens with the rest of a change verb before a "
                       f"number, and the only line breaking off on its first half ends «{frags[i].last[-8:]}»: joined")

    def _verb_seam(self, a: str, b: str) -> bool:
        """a ends on a change verb's first half and b opens with its rest, then a number (past one more verb at most);
        or a ends on a whole verb and b opens with another, then a number (…同比 | 增长16.4%。: the cut between two)."""
        if a.endswith(self.number_before) and any(b.startswith(v) and b[len(v):len(v) + 1].isdigit()
                                                  for v in self.number_before):
            return True
        for verb in self.number_before:
            for k in range(1, len(verb)):
                if not (a.endswith(verb[:k]) and b.startswith(verb[k:])):
                    continue
                rest = b[len(verb) - k:]
                if rest[:1].isdigit() or any(rest.startswith(v) and rest[len(v):len(v) + 1].isdigit()
                                             for v in self.number_before):
                    return True
        return False

    def _unit_cut(self, frags: list[_Frag], j: int, other: set[int]) -> bool:
        """Whether a line other than those in `other` breaks off on a number and the first part of a unit that j's
        opening word completes (…发电量达到98.6亿千瓦 | 时，同比…: 千瓦时): the tail may be that unit's end, not a
        unit of its own (时, hours), and the number cut before it is then no number of j's."""
        first = frags[j].first
        cut = next((k for k, ch in enumerate(first[:UNIT_WORD_MAX + 1]) if ch in self.marked), -1)
        if cut < 1:
            return False
        word = first[:cut]
        for k, f in enumerate(frags):
            if k == j or k in other or f.tail is not None or not f.text or not any(c.isdigit() for c in f.text[-8:]):
                continue
            if any(f.text[-n:] + word in self.number_words for n in range(1, 4)
                   if not any(c.isdigit() or c == "." for c in f.text[-n:])):
                return True
        return False

    def _listed(self, f: _Frag) -> bool:
        """Whether the fragment's last line is the last of a list of one-line items: it and the line before it open
        with the same bullet (a symbol: ■, ●, ▶), and that line ends on no mark (■港口货物吞吐量5.86亿吨 |
        ■居民人均可支配收入38612元). Each item there took one line, its number at its end whole, so the last one's is
        whole too, however wide: an item going on into a line found elsewhere would have left a line of the
        list opening with no bullet (a brief's first line cut: ■甲县接待游客426万人 | 次，…, after a brief ending
        on its full stop). So too the last of a table's rows, it and the row before it each a short label and as many
        cells a space apart, numbers alone (高兴镇 8.4 | 埠头乡 4.6, a table whose columns an extractor printed a box
        each, the growth column's after them): no sentence's line ends on a number its cells stand apart from."""
        # (… or a map's legend, each entry its own symbol, a space apart: the last entry opens on its symbol right
        # after an entry its count ends (级养老服务中心6个 ●乡镇综合养老服务中心58个): each ends on its number)
        parts = [part for p in f.pieces[-2:] for part in p[1].split()]
        if len(parts) >= 2 and parts[-1] and unicodedata.category(parts[-1][0]) == "So" \
                and _NUMBER_END.search(parts[-2]) is not None:
            return True
        if len(f.pieces) < 2:
            return False
        rows = [_TABLE_ROW.fullmatch(p[1].strip()) for p in f.pieces[-2:]]
        if all(rows) and len(rows[0].group(1).split()) == len(rows[1].group(1).split()):
            return True  # the last two of a table's rows (潋江镇 36.8 | 埠头乡 4.6: a label, then its cells), each whole
        prev, last = _unspaced(f.pieces[-2][1].strip()), f.last
        return bool(prev) and bool(last) and prev[0] == last[0] and unicodedata.category(last[0]) == "So" \
            and prev[-1] not in self.complete

    def _note(self, at: int, text: str, why: str) -> None:
        if self.notes is not None:
            self.notes.append(f"source offset {at}: «{text}» {why}")


def _column_widths(frags: list[_Frag], slots: dict[int, tuple[int, int, int]],
                   complete: set[str] | frozenset[str] = frozenset(),
                   dated: Callable[[str], object] | None = None) -> dict[int, float]:
    """Each glued row's piece's own column width: the widest piece in its place over a run of at least RUN_ROWS rows
    of as many pieces (a band of columns side by side), by the piece's source offset; none for a row of one piece
    or a shorter run. Columns side by side need not be alike (a wide article's one column beside a narrow one's
    two): the row's widest piece tells only the widest column's width. A row whose pieces each open with a
    dateline (`dated`: 本报讯 …, a row of briefs side by side) opens a band of its own, however many pieces the rows
    above held: a two-column item's rows beside a one-column item's, then a grid of three briefs under them, are two
    bands of three pieces each, whose columns are not alike (本报讯（记者 杨丽）12月 | 位600张，… | 本报讯（通讯员 … over
    本报讯（通讯员 姚宣）今年，姚安 | 本报讯 …: the briefs' first column is no wider than the item's)."""
    placed: dict[int, tuple[int, int, int, float]] = {}  # offset: row, place, pieces, width
    opening: dict[int, list[bool]] = {}  # row: whether each piece opens with a dateline
    for f in frags:
        for p in f.pieces:
            if (sl := slots.get(p[2])) is not None:
                placed[p[2]] = (*sl, _cells(_unspaced(p[1].strip())))
                opening.setdefault(sl[0], []).append(dated is not None and bool(dated(p[1].strip())))
    count = {row: n for row, _, n, _ in placed.values()}
    runs: dict[int, int] = {}
    run, prev = 0, -1
    for row in sorted(count):
        if prev >= 0 and (count[row] != count[prev] or count[row] > 1 and all(opening[row])):
            run += 1
        runs[row], prev = run, row
    size = Counter(runs.values())
    widest: dict[tuple[int, int], float] = {}
    # (two rows of as many pieces, each piece as wide as the one in its place in the other row where both run on, one
    # of them far wider than another, are a band of columns too: a two-column item's rows beside a one-column item's,
    # its last row short of the other's, 本报讯（记者 吴芳）12月 | 400张，… | 本报讯（通讯员 … over 1日，…新住院 | 0张，… |
    # 万亩，…, then 综合大楼…新增床位 | 张。…)
    pieces: dict[tuple[int, int], str] = {}
    for f in frags:
        for p in f.pieces:
            if (sl := slots.get(p[2])) is not None:
                pieces[sl[0], sl[1]] = p[1].strip()
    by_run: dict[int, list[int]] = {}
    for row in sorted(count):
        by_run.setdefault(runs[row], []).append(row)
    for run_rows in by_run.values():
        if len(run_rows) == 2 and count[run_rows[0]] > 2:
            pairs = [(pieces.get((run_rows[0], c)), pieces.get((run_rows[1], c))) for c in range(count[run_rows[0]])]
            both = [(a, b) for a, b in pairs if a and b and a[-1] not in complete and b[-1] not in complete]
            spread = [_cells(a) for a, _ in pairs if a]
            if len(both) >= 2 and all(_same_column(a, b) for a, b in both) \
                    and max(spread) >= WIDE_BESIDE * min(spread):
                size[runs[run_rows[0]]] = RUN_ROWS
    for row, at, n, w in placed.values():
        if n > 1 and size[runs[row]] >= RUN_ROWS:
            widest[runs[row], at] = max(widest.get((runs[row], at), 0.0), w)
    return {src: widest[runs[row], at] for src, (row, at, _, _) in placed.items() if (runs[row], at) in widest}


def _row_links(slots: dict[int, tuple[int, int, int]]) -> dict[int, int]:
    """Rows whose column goes on two rows down, not in the row under them: where rows of one piece and rows
    of several alternate (a column of briefs set at its own line pitch, which pdfplumber prints on rows of its
    own between the other columns' rows: ■本报讯 甲区今年计划改造 | 乙列的行 丙列的行 | 老旧小区46个。), each
    kind of row goes on in the next row of its kind, over the other's row between. A row is linked so only
    inside such a run (the row before it and the two after alternate as well): a headline row over the run
    is no row of its columns."""
    pieces: dict[int, int] = {}
    for row, _, n in slots.values():
        pieces[row] = n
    links = {}
    for row in pieces:
        kinds = [pieces.get(row + d, 0) for d in (-1, 0, 1, 2)]
        if 0 not in kinds and [k == 1 for k in kinds] in ([False, True, False, True], [True, False, True, False]):
            links[row] = row + 2
    return links


def _commonest(widths: Counter[int]) -> float:
    """The commonest width (the wider of those as common), 0 where none."""
    return float(max(widths, key=lambda w: (widths[w], w))) if widths else 0.0


def _strides(opens: list[int], good: dict[int, list[float]], widths: list[float], stride: int,
             cuts: list[int] | None = None) -> dict[int, int]:
    """The sweep's stride where each open line stands: a page sets its items in different numbers of
    columns (a lead over three, two items side by side over two each), so it is the one the open
    lines around fit best (`good[o][k - 1]`: how well line o goes on k lines on; `stride` the page's).

    Where the neighbours say little (a block's last lines, whose window reaches past its end and
    whose seams the page's pairs do not tell), the sweep goes on as it went: a line keeps the
    stride of the open line just before it in columns as wide, not one the next item's few lines
    hint at. cuts: where runs of datelines open items (`Interleave._item_cuts`)."""
    strides: dict[int, int] = {}
    last = -NEAR - 1
    for i in opens:  # opens ascend: the lines within NEAR of i are one slice of them (a page can hold thousands)
        lo, hi = i - NEAR, i + NEAR
        if cuts:  # the open lines of its own items, where they are enough to tell (as `Interleave._widths`)
            at = bisect_right(cuts, i)
            a = max(lo, cuts[at - 1] if at else lo)
            if bisect_right(opens, hi) - bisect_left(opens, a) >= ITEM_OPENS:
                lo = a
                if last < a:
                    last = -NEAR - 1  # the open line before is another item's: its stride is no guide
        around = opens[bisect_left(opens, lo):bisect_right(opens, hi)]
        local = [sum(good[o][k - 1] for o in around) for k in range(1, 7)]
        k = max(range(2, 7), key=lambda k: (local[k - 1], -k))
        if local[k - 1] >= SURE_SEAM and local[k - 1] >= local[0]:
            strides[i] = k
        elif i - last <= NEAR and abs(widths[i] - widths[last]) <= 1.5:  # a line of the same columns
            strides[i] = strides[last]
        else:
            k = max(range(1, 7), key=lambda k: (local[k - 1], -k))
            strides[i] = k if local[k - 1] > 0 and k > 1 else stride
        last = i
    return strides


TAIL_OPENS = 2  # a page's tail read in order needs this many open lines going on into the very next one
TAIL_BETTER = 2 * SURE_SEAM  # … and their seams into the next line this much better, all told, than a stride on


def _one_column_left(opens: list[int], good: dict[int, list[float]], n: int) -> list[int]:
    """The open lines of a swept page's tail where one column runs on after the others ended: the sweep
    prints its lines one after another, so each goes on in the very next line (…贷款余额1 | 286.7亿元，比年初
    增加62. | 4亿元。), not a stride on, where the rhythm would look and find the other column's lines gone.
    The tail is the run of last open lines whose seams into the next line tell most, all told, over their
    seams a stride of two on (`good[o][k - 1]`: how well line o goes on k lines on); none where that is
    little or few of its lines go on so."""
    best, at, total = 0.0, len(opens), 0.0
    for k in range(len(opens) - 1, -1, -1):
        o = opens[k]
        if o + 1 >= n:
            continue
        if good[o][0] < SURE_SEAM <= max(good[o][1:]):
            # a line that goes on surely a stride on and not so into the next line (…开发公益 | 性岗位… two lines
            # down) is of columns side by side: the tail of one column left lies after it
            break
        total += good[o][0] - good[o][1]
        # (a line whose number runs on as well into the next line as a stride on, …余额1 | 286.7亿元 or
        # | 4亿元, is the tail's: the line a stride on goes on from the line between)
        if total > best or (total == best and best and good[o][0] > 0):
            best, at = total, k
    tail = opens[at:]
    if best < TAIL_BETTER or sum(1 for o in tail if o + 1 < n and good[o][0] > good[o][1]) < TAIL_OPENS:
        return []
    return tail


_ONE_SPACE = compiled_re(r"(?<=\S) (?=\S)")
MIN_CELL = 6.0  # two pieces of a glued row at least this wide (a table's cells are narrower)
MIN_GLUED = 3  # rows on a page
MAX_SPACES = 10  # a line with more single spaces is spaced out, not a row of columns
SHARE_GLUED = 0.4  # … and this share of a page's text lines are glued rows
NEAR_ROWS = 1  # a row's column width is judged on it and the rows this many lines either side
# a piece of a number's last digits, its unit and the mark ending its paragraph (…意向96 | 0人。): the top of a column
# whose number was cut at another column's foot, no part of a line's head beside it (…（记者 李娜）11月 | 0人。)
_NUMBER_TAIL = compiled_re(r"\d[\d.]*[^\d\s.]{1,3}")
SHORT_PIECE = 0.75  # a piece narrower than this share of that width, not ending a paragraph, is a line's head
WIDE_BESIDE = 1.6  # a column whose line is this many times as wide as the one before it: a one-column item beside two
BRACKET_WIDER = 2.0  # … and one whose bracket the next piece closes takes it up to this many times that width
_WORDED = compiled_re(r"[^\W\d_]")  # a letter or a Han character: words, no bullet or mark alone
_OPEN_BRACKET = compiled_re(r"[(\uff08][^()\uff08\uff09]*$")  # a bracket opened and not closed by the piece's end
_CLOSING_FIRST = compiled_re(r"[^()\uff08\uff09]+[)\uff09]")  # a piece that closes a bracket before it opens one


CHART_LINES = 3  # a glued page's lines of a chart (its ticks, its bars' values) at least, to set them apart
# a chart's line on a page of glued rows: its ticks or its bars' values alone, bare numbers a space apart (8000 7652.5),
# or the years under its bars (2021年 2022年 …: a year and its one word, no unit)
_CHART_CELL = r"(?:\d+(?:\.\d+)?|(?:19|20)\d{2}\p{Han})"
_CHART_LINE = compiled_regex(rf"[^\S\n]*{_CHART_CELL}(?: {_CHART_CELL})*[^\S\n]*")
_LEAD_VALUE = compiled_re(r"\d+(?:\.\d+)? (?=\S)")  # a bar's value before a row on its line (5123.6 南京市…)
# the bars' labels on the line right under a chart's last line: short words a space apart, no mark, no digit
# (西宁市 海东市 海西州 海南州 海北州)
_CHART_LABELS = compiled_regex(rf"[^\S\n]*\p{{Han}}{{2,6}}(?: \p{{Han}}{{2,6}}){{{CHART_LINES - 1},}}[^\S\n]*")


def _chart_apart(held: list[Piece]) -> tuple[list[Piece], list[Piece], list[tuple[int, int]]]:
    """A chart beside a page's glued columns (pdfplumber's rows): its ticks, its bars' values and the years under
    them printed on lines of their own between the rows, a value maybe on a row's line before its first piece (5123.6
    南京市工信局获悉，… : the bar stands left of the column). Those lines are no column's: left in, they break the
    rows' order and offer their numbers as the continuation of a column's number cut at a line's end (…业务收入76 |
    4000 | 52.5亿元). The page's lines without them, and the chart's text set apart, each piece a paragraph of its
    own, which no figure reads (no unit, no label beside it); the page as it came where fewer than `CHART_LINES`
    such lines stand in it (no chart) or it is no page of glued rows. Besides, the [start, end) source offsets of
    the line of the bars' labels right under the chart's last line (0 | 西宁市 海东市 海西州 海南州 海北州): it stays
    where it stands, but no column line goes on from it nor into it (`_join`); read on, the labels ran into the line of
    the item beside the chart (西宁市海东市海西州海南州新增技能人才2.35万人), placing its figures."""
    chart = [k for k, p in enumerate(held) if p[1].strip() and _CHART_LINE.fullmatch(p[1]) is not None]
    if len(chart) < CHART_LINES:
        return held, [], []
    taken = set(chart)
    labels = []
    for k in chart:
        n = next((j for j in range(k + 1, len(held)) if held[j][1].strip()), None)
        if n is not None and n not in taken and _CHART_LABELS.fullmatch(held[n][1]) is not None:
            labels.append((held[n][2], held[n][2] + len(held[n][1])))
    rest: list[Piece] = []
    apart: list[Piece] = []
    for k, (body, folded, src, opens) in enumerate(held):
        if k in taken:
            apart.append((body, folded, src, True))
            continue
        m = _LEAD_VALUE.match(folded)
        if m is not None and len(body) == len(folded) and _row_spans(folded[m.end():]) is not None:
            apart.append((body[:m.end() - 1], folded[:m.end() - 1], src, True))
            body, folded, src = body[m.end():], folded[m.end():], src + m.end()
        rest.append((body, folded, src, opens))
    if _split_rows(rest) is None:
        return held, [], []
    return rest, apart, labels


# a wide punctuation mark (，。；: running text's; a table's label holds none)
_RUNNING_MARK = compiled_regex(r"(?![\x00-\x7f])\p{Po}")
TABLE_ROWS = 3  # a table's rows at least, a line of the item beside it between each two, to set them together
# a table's row alone on its line: a short label, then its cells a space apart, numbers alone (埠头乡 4.6 4.7)
_TABLE_ROW = compiled_regex(r"\p{Han}{2,8}((?: [-+]?\d+(?:\.\d+)?%?)+)")
_ROW_TAIL = compiled_regex(r"(?<=\S) (\p{Han}{2,8}(?: [-+]?\d+(?:\.\d+)?%?)+)\s*$")  # a row after an item's line


def _rows_together(held: list[Piece]) -> list[Piece]:
    """A table beside an item of one column, set at a pitch of its own, as pdfplumber prints it: each of the table's
    rows (a label, then its bare numbers a space apart: 墨玉 4180 520) on a line of its own between two of the item's
    (…获悉，前三 | 墨玉 4180 520 | 季度，全地区…). Left in, each row runs into the item's sentence (前三墨玉4180 520季度)
    and the table is read in no row. Where `TABLE_ROWS` rows or more stand so, one line of the item's between each
    two, the rows are moved up to stand under the first, in order, the item's lines after them as they came; the
    page as it came where no such run stands in it. The line between must be running text, a wide mark in it (a row's
    label wrapped onto the line over its cells, 城乡居民基本养老 | 保险 52.18 -0.84, holds none: its rows stay)."""
    split, tails = _tails_apart(held, None)
    runs, text = _row_runs(split, tails)
    used = {text[n] for r in runs for n in r}
    if tails.keys() - used:  # (a row split off but in no run: its line stays whole, as it came)
        split, tails = _tails_apart(held, {tails[k] for k in tails.keys() & used})
        runs, text = _row_runs(split, tails)
    if not runs:
        return held
    order = list(range(len(split)))
    for r in runs:
        ks = [text[n] for n in r]
        between = [k for k in range(ks[0] + 1, ks[-1] + 1) if k not in ks]
        order[ks[0]:ks[-1] + 1] = [*ks, *between]
    return [split[k] for k in order]


def _tails_apart(held: list[Piece], only: set[int] | None) -> tuple[list[Piece], dict[int, int]]:
    """The lines with a table's row the reader printed at the end of one of the item's lines, a space before it
    (…岗位6400个 黄鱼圈乡 2310 980: the table's pitch drifting from the item's), the row split off onto a line of its
    own right after the item's; and {the row's place: its line's}. only: the lines to split (None: all)."""
    split: list[Piece] = []
    tails: dict[int, int] = {}
    for k, p in enumerate(held):
        m = _ROW_TAIL.search(p[1])
        if m is not None and (only is None or k in only) and _table_row(m[1]) \
                and _RUNNING_MARK.search(p[1], 0, m.start()) is not None:
            tails[len(split) + 1] = k
            split += [(p[0][:m.start()], p[1][:m.start()], p[2], p[3]),
                      (p[0][m.start(1):], p[1][m.start(1):], p[2] + m.start(1), True)]
        else:
            split.append(p)
    return split, tails


def _row_runs(held: list[Piece], tails: Collection[int]) -> tuple[list[list[int]], list[int]]:
    """The runs of `TABLE_ROWS` rows or more, one of the item's lines between each two (or two, the second row split
    off the end of the second: `_tails_apart`), as indices into the text lines; and the text lines."""
    text = [k for k, p in enumerate(held) if p[1].strip()]
    rows = [n for n, k in enumerate(text) if _table_row(held[k][1])]
    runs: list[list[int]] = []
    for n in rows:
        gap = n - runs[-1][-1] if runs else 0
        if runs and (gap == 2 or gap == 3 and text[n] in tails) \
                and all(_RUNNING_MARK.search(held[text[j]][1]) is not None
                        and _CHART_LINE.fullmatch(held[text[j]][1]) is None for j in range(n - gap + 1, n)):
            runs[-1].append(n)
        else:
            runs.append([n])
    return [r for r in runs if len(r) >= TABLE_ROWS], text


SIDE_LINES = 4  # a side column's lines at least, each between two rows, to set the column apart
SIDE_WIDE = 0.8  # a row's widest piece is at least this share of the rows' commonest widest piece


def _side_apart(held: list[Piece], complete: set[str] | frozenset[str] = frozenset()
                ) -> tuple[list[Piece], list[Piece]]:
    """A narrow column beside a page's glued columns, set at a pitch of its own (an advert's box, a notice): its
    lines fall between the rows, one under each row (…记者从省商务 额10182.6亿元… | 价12.98万元起，首付… | 厅获悉，… |
    再补贴8000元。 | …). Left in, each breaks the rows' order and runs into the pieces around it. Where at least
    `SIDE_LINES` lines of no row (no two pieces a column line wide) stand one each between rows, in a strict
    alternation, they are set apart, in order, as the column they are (its first line opening a paragraph, the others
    going on from it); the page as it came where no such run stands in it."""
    spans = [(_row_spans(p[1], wide=False) if p[1].strip() else None) for p in held]
    widest = [max(_cells(p[1][a:b]) for a, b in sp) if sp is not None else 0.0 for p, sp in zip(held, spans, strict=True)]
    wide = sorted(w for w in widest if w)
    if len(wide) < MIN_GLUED:
        return held, []
    column = wide[len(wide) // 2]
    text = [k for k, p in enumerate(held) if p[1].strip()]
    row = {k for k in text if spans[k] is not None and widest[k] >= SIDE_WIDE * column}
    # (a row of short last lines of paragraphs, each closing on a mark, under a row, a side line between maybe: the
    # columns' feet, 达到1100张。 个。, a row all the same, as `_split_rows` reads it)
    row |= {k for n, k in enumerate(text) if k not in row and spans[k] is not None and n > 1
            and (text[n - 1] in row or text[n - 2] in row) and all(held[k][1][b - 1] in complete for _, b in spans[k])}
    side: list[int] = []
    run: list[int] = []
    for n, k in enumerate(text):
        # (a table's row, its label and its bare numbers a space apart (西双版纳州 1.08 0.62), is no side column's
        # line, though it stands alone right over a row: the table's last row, where the side column starts under it)
        # (nor is a number box's row of labels, right under its row of figures: 412.6亿元 5.1% | 地区生产总值 …增长)
        alone = k not in row and _CHART_LINE.fullmatch(held[k][1]) is None and not _table_row(held[k][1]) \
            and not (n > 0 and _box_figures(held[text[n - 1]][1]))
        if alone and n + 1 < len(text) and text[n + 1] in row and (not run or text[n - 1] in row):
            run.append(k)  # (a side line under a row, or the first, with a row under it)
            continue
        if k in row and run and run[-1] == text[n - 1]:
            continue  # the one row between two side lines
        if len(run) >= SIDE_LINES:
            side += run
        run = []
    if len(run) >= SIDE_LINES:
        side += run
    if not side:
        return held, []
    taken = set(side)
    rest = [p for k, p in enumerate(held) if k not in taken]
    if _split_rows(rest) is None:
        return held, []
    apart = [(held[k][0], held[k][1], held[k][2], n == 0) for n, k in enumerate(side)]
    # the column's heading, the last piece of the line of headlines right over its first line (全市…床位数达8.1张 冰城简讯),
    # goes with it: left in, it opened an item of its own between the columns of the headline before it
    over = text[text.index(side[0]) - 1] if text.index(side[0]) > 0 else -1
    if over >= 0 and spans[over] is not None and len(spans[over]) >= 2 \
            and _cells(held[over][1][spans[over][-1][0]:spans[over][-1][1]]) < column / 2:
        body, folded, src, opens = held[over]
        (_, cut), (a, b) = spans[over][-2], spans[over][-1]
        rest[rest.index(held[over])] = (body[:cut], folded[:cut], src, opens)
        apart.insert(0, (body[a:b], folded[a:b], src + a, True))
    return rest, apart


def _box_figures(folded: str) -> bool:
    """Whether a line is a number box's row of figures, each whole with its unit and a space apart (412.6亿元 5.1% 9.8%):
    the tail of a number cut in two runs on into its clause (6亿元，增长…), it is no row of whole figures alone."""
    pieces = folded.split()
    return len(pieces) >= 2 and all(_BOX_FIGURE.fullmatch(p) is not None for p in pieces)


def _table_row(folded: str) -> bool:
    """Whether a line is a table's row as pdfplumber prints it: a label, then one number or more, each alone and a
    space apart (昆明 11.26 6.85, 红河州 4.76 2.68)."""
    pieces = folded.split()
    return len(pieces) >= 2 and not pieces[0][:1].isdigit() \
        and all(_BARE_NUMBER.fullmatch(p) is not None for p in pieces[1:])


def _row_spans(folded: str, wide: bool = True) -> list[tuple[int, int]] | None:
    """[start, end) of a glued row's pieces, or None: not such a row. wide: two pieces must be
    wide enough to be column lines (to tell a page of glued rows; on one, a row of short last
    lines of paragraphs is cut as well)."""
    if " " not in folded:
        return None
    lead = len(folded) - len(folded.lstrip())
    end = len(folded.rstrip())
    if folded.count(" ", lead, end) > MAX_SPACES:
        return None
    cuts = [m.start() for m in _ONE_SPACE.finditer(folded, lead, end)]
    if not cuts:
        return None
    spans = list(zip([lead] + [c + 1 for c in cuts], cuts + [end], strict=True))
    if wide and sum(b - a >= MIN_CELL and _cells(folded[a:b]) >= MIN_CELL for a, b in spans) < 2:
        return None
    if any(folded[a:b].isascii() or _BARE_NUMBER.fullmatch(folded, a, b) for a, b in spans) \
            and not _side_figure(folded, spans):
        return None  # a number alone, with its unit maybe, is a cell of a table or a figures box (■ 4.9万户 改造…)
    return spans


def _side_figure(folded: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a row's last piece alone is a number (8.3%, 1380万千瓦) after column lines only, each wide and worded: a
    side box's big figure set beside the columns (数说), no table's cell. Kept whole, the row ran the column line's
    last digits into it (…突破2 8.3% read 28.3%)."""
    if len(spans) < 3:
        return False
    if _BARE_NUMBER.fullmatch(folded, *spans[-1]) is not None and all(
            _cells(folded[a:b]) >= 2 * MIN_CELL and _BARE_NUMBER.fullmatch(folded, a, b) is None
            and not folded[a:b].isascii() for a, b in spans[:-1]):
        return True
    # … or a middle column's headline run on to a second line, its figure alone (五大连池市城镇新增就业 | 1620人), between
    # the other columns' first lines: every other piece a line of running text, wide and holding a clause's mark (a
    # table's or a box's labels hold none)
    bare = [k for k, (a, b) in enumerate(spans) if _BARE_NUMBER.fullmatch(folded, a, b) is not None]
    return len(bare) == 1 and 0 < bare[0] < len(spans) - 1 and all(
        _cells(folded[a:b]) >= MIN_CELL and _RUNNING_MARK.search(folded, a, b) is not None
        for k, (a, b) in enumerate(spans) if k != bare[0])


_GUTTER_SPLIT = compiled_re(r"[ \u3000]{2,}")  # a gutter between glued columns (`columns._SPACES2`)


def glued_page(lines: Sequence[str]) -> bool:
    """Are enough of these lines rows of glued columns that `_split_rows` would cut them (pdfplumber's
    rows), so that two lines one under the other need not be of one column?"""
    if sum(1 for ln in lines if " " in ln.strip()) < MIN_GLUED:
        return False
    rows = {k: spans for k, ln in enumerate(lines) if (spans := _row_spans(ln)) is not None}
    return not _spaced_numbers(lines, rows) and _glued_share(len(rows), lines)


def _number_gap(folded: str, a: int) -> bool:
    """Whether the space before folded[a] (a piece's start) touches a number: a number's end before it and no digit
    after (120 张, 5.2 %, a tie turned into a space), or a number's start after it (增长 5.2%): a writer's space
    around a number, which no gutter between columns need be."""
    return (folded[a - 2].isdigit() and not folded[a].isdigit()) or (folded[a].isdigit() and not folded[a - 2].isdigit())


def _spaced_numbers(lines: Sequence[str], rows: Mapping[int, list[tuple[int, int]]]) -> bool:
    """Whether every space cutting every row of a page touches a number (`_number_gap`): prose whose writer set a
    space between each number and its unit (全县新增床位120 张，城镇新增就业2800 人，…: LaTeX's or Typst's ties made spaces,
    a Markdown writer's spaces around numbers, a web page's thin spaces), each paragraph a line cut into wide pieces
    at its numbers, not columns glued side by side. A gutter falls between any two characters of two columns' lines,
    mostly between words: a page of glued rows, each gap after a number, is none (read as a sweep, the pieces' numbers
    were cut from their units and dropped)."""
    return bool(rows) and all(_number_gap(lines[k], a) for k, spans in rows.items() for a, _ in spans[1:])


def _glued_share(rows: int, lines: Sequence[str]) -> bool:
    """Are `rows` glued rows enough of these lines: a share SHARE_GLUED of the text lines, or of the lines that
    could be rows where as many of the text lines hold a space (a page whose columns stand beside a headline set
    a character a line, a box of a table's rows, a column of briefs at a pitch of its own: its lines too narrow
    to hold two column lines, or a label and its cells, are no rows and tell nothing). The lines with a space
    are those `Interleave.quick_lines` counts, so it never answers quick where this holds."""
    if rows < MIN_GLUED:
        return False
    texts = [ln.strip() for ln in lines if ln.strip()]
    if rows >= SHARE_GLUED * len(texts):
        return True
    spaced = sum(1 for t in texts if t.count(" ") <= MAX_SPACES and _ANY_SPACE.search(t))
    if spaced < SHARE_GLUED * len(texts):
        return False
    room = sum(1 for t in texts if _cells(t) >= 2 * MIN_CELL and not (
        " " in t and any(_BARE_NUMBER.fullmatch(piece) for piece in t.split(" "))))
    return rows >= SHARE_GLUED * room


def _split_rows(held: list[Piece], complete: set[str] | frozenset[str] = frozenset(),
                slots: dict[int, tuple[int, int, int]] | None = None,
                table_head: Callable[[str], int] | None = None,
                unit_tail: Callable[[str], bool] | None = None,
                alone: Callable[[str], object] | None = None,
                dated: Callable[[str], object] | None = None) -> list[Piece] | None:
    """pdfplumber prints a page row by row across its columns, one space between them: where
    enough lines are such rows (every piece wide and worded, not a table's cells), each line is
    cut at its spaces and each piece stands alone, as pdfminer's swept lines do (a piece of
    ASCII only, or a number alone with its unit, is a table's cell: no such row). A line that
    `table_head` reads as a table's head (州（市） 城镇新增就业 医疗机构床位: its words a space apart,
    as wide as column lines) is no row either: cut, its rows under it had no head. unit_tail: whether a line is a
    number's unit alone closed by a mark (家。): such a line of its own after a line that ends on no digit opens a
    fragment, the tail of a number cut at another line's end (…三级医院达到5 | a caption's first line | 家。), not the
    line above's. dated: whether a piece opens with a dateline (本报讯), which no line of words before it takes as its
    rest (`_rejoin`). None: no such page."""
    if sum(1 for p in held if " " in p[1].strip()) < MIN_GLUED:
        return None  # the quick answer for most pages
    rows = {k: spans for k, p in enumerate(held) if (spans := _row_spans(p[1])) is not None}
    if _spaced_numbers([p[1] for p in held], rows) or not _glued_share(len(rows), [p[1] for p in held]):
        return None
    wide = rows
    # (nor is a page's running head, its words a space apart, `alone`: 黑河日报 2026年1月21日 星期三 第4版 县域经济 cut,
    # its date ran into the first column's headline and dated its figure)
    rows = {k: spans for k, p in enumerate(held) if (spans := _row_spans(p[1], wide=False)) is not None
            and not (table_head is not None and table_head(p[1].strip()))
            and not (alone is not None and alone(p[1].strip()))}
    # a line of narrow pieces with no row next to it is no row of columns but a line with spaces of its own
    # (a caption's last line and its credit, 万人次。（记者 潘郁 摄）): a row of short last lines of
    # paragraphs (人。 覆盖。) stands among rows of full ones
    text = [k for k, p in enumerate(held) if p[1].strip()]
    at = {k: n for n, k in enumerate(text)}
    rows = {k: spans for k, spans in rows.items()
            if k in wide or any(0 <= at[k] + d < len(text) and text[at[k] + d] in rows for d in (-1, 1))}
    widest = {k: max(_cells(held[k][1][a:b]) for a, b in spans) for k, spans in rows.items()}
    # each row's first piece as printed, where it runs on (no line-complete mark at its end): a column line's width at
    # the page's left edge, which the row under it has in common (the row under an item's first line is its column's
    # next line); the row over it counts where its own first piece was found a column line so (the row over an item's
    # first line may be the item's headline, as wide as a head cut at its byline's space; a column's last row has no
    # line of its column under it)
    firsts = {k: held[k][1][spans[0][0]:spans[0][1]] for k, spans in rows.items()
              if held[k][1][spans[0][1] - 1] not in complete}
    lined: dict[int, str] = {}  # rows whose first piece is a column line as wide as a row's next to it
    for k, spans in rows.items():
        near = max(widest.get(j, 0.0) for j in range(k - NEAR_ROWS, k + NEAR_ROWS + 1))
        beside = [firsts[text[at[k] + 1]]] if at[k] + 1 < len(text) and text[at[k] + 1] in firsts else []
        if at[k] and text[at[k] - 1] in lined:
            beside.append(lined[text[at[k] - 1]])
        over = [held[j][1][x:y] for x, y in rows[j]] if at[k] and (j := text[at[k] - 1]) in rows else []
        rows[k] = _rejoin(held[k][1], spans, near, complete, beside, dated, over)
        first = held[k][1][rows[k][0][0]:rows[k][0][1]]
        if first[-1] not in complete and any(_same_column(first, q) for q in beside):
            lined[k] = first
    # columns run together with no space between them (pdfplumber with an x_tolerance wider than the gutter): cut
    # where their lines end, a number a seam may fall inside of made unreadable (`glued.width_cuts`)
    cuts, blanks = width_cuts([p[1] for p in held], rows, sorted(widest.values())[len(widest) // 2], complete)
    if blanks:
        held = list(held)
        for k in {k for k, _, _ in blanks}:
            body, folded, src, opens = held[k]
            held[k] = (body, _unreadable(folded, [(a, b) for j, a, b in blanks if j == k]), src, opens)
    rows.update(cuts)
    rows.update(_figure_rows(held, rows, text, at))
    out: list[Piece] = []
    after_row = True  # a line that is no glued row opens a fragment after one (lines of one go on together)
    after_tail = False  # the line before was a unit's tail alone, a fragment of its own
    after_end = False  # the line before was a line alone right under a row, ending its paragraph
    last_row = -1
    column = sorted(widest.values())[len(widest) // 2] if widest else 0.0  # the page's typical column width
    for k, p in enumerate(held):
        body, folded, src, opens = p
        if not folded.strip():
            out.append(p)
        elif k in rows:
            after_tail = after_end = False
            out.extend((body[a:b], folded[a:b], src + a, True) for a, b in rows[k])
            if slots is not None:
                slots.update((src + a, (k, c, len(rows[k]))) for c, (a, b) in enumerate(rows[k]))
            after_row, last_row = True, k
        else:
            # (a unit alone closed by a mark under a line ending on no digit goes on from no line of its own column's:
            # the tail of a number cut at a row's end above, a photo's caption line set between, …达到5 | 10月16日，… |
            # 家。; a fragment of its own, joined to the cut where it is the only one: `Interleave._unit_pairs`)
            tail = unit_tail is not None and k > 0 and held[k - 1][1].strip() \
                and not held[k - 1][1].strip()[-1].isdigit() and unit_tail(folded.strip())
            out.append((body, folded, src, opens or after_row or tail or after_tail or after_end))
            after_tail = bool(tail)  # (… and the line after it goes on from the line above it: a fragment too)
            # (a line alone right under the rows that ends its paragraph, 320栋。: the line after it may be another
            # column's, set at a pitch of its own, 就业2150人… the foot of a column the rows above ran: a fragment)
            after_end = after_row and last_row == k - 1 and folded.strip()[-1] in complete \
                and unicodedata.category(folded.strip()[-1]) == "Po"  # (a stop, no caption's closing bracket)
            if slots is not None:  # a line of its own: a row of one piece (which column, it does not tell)
                slots[src] = (k, 0, 1)
            # a line right under the rows no wider than a column, breaking off, is a column's foot alone in
            # its row (…同比增长2.4, its %。 atop the next column): the line after it (荆楚简讯) opens a fragment; a
            # column as wide as the widest piece of the last row above (a lead's, on a page of narrower columns:
            # …完成年度目标任务的1, a table's caption after it)
            after_row = (after_row and last_row >= 0 and folded.strip()[-1] not in complete
                         and _cells(folded.strip()) <= max(column, widest.get(last_row, 0.0)) + 1.5)
    return out


def _row_next(a: _Frag, b: _Frag) -> bool:
    """Whether b's one piece is the piece of a's row right after a's one piece, a space apart."""
    pa, pb = a.pieces[0], b.pieces[0]
    return pb[2] == pa[2] + len(pa[0]) + 1


def _figure_rows(held: list[Piece], rows: dict[int, list[tuple[int, int]]], text: list[int],
                 at: dict[int, int]) -> dict[int, list[tuple[int, int]]]:
    """A number box's row of figures over its row of as many labels, each a space apart (数说: 2.14万人 1560张 | 城镇新增就业
    新增养老床位): the figures' row is no table's row of cells (`_row_spans` keeps those whole) but is cut as the
    labels' row is, so that each figure is paired with the label under it (`Interleave._box_entries`); read on, the
    figures ran together and the first label after the last figure named none of them."""
    out: dict[int, list[tuple[int, int]]] = {}
    for k in text:
        n = at[k] + 1
        if k in rows or n >= len(text) or (under := rows.get(text[n])) is None or len(under) < 2:
            continue
        folded = held[k][1]
        if folded.count(" ") > MAX_SPACES:
            continue
        spans = _space_spans(folded)
        labels = held[text[n]][1]
        if len(under) != len(spans):  # the labels' row as printed, a label a piece: a short label rejoined to
            under = _space_spans(labels)  # the next as a column line's words (地区生产总值 …增长) parts again
        if len(spans) == len(under) and all(_BOX_FIGURE.fullmatch(folded, a, b) for a, b in spans) \
                and all(_BOX_LABEL[0] <= b - a <= _BOX_LABEL[1] and _BOX_LABEL_WORDS.fullmatch(labels, a, b)
                        for a, b in under):
            out[k], out[text[n]] = spans, under
    return out


def _space_spans(folded: str) -> list[tuple[int, int]]:
    """[start, end) of a line's pieces one space apart."""
    lead, end = len(folded) - len(folded.lstrip()), len(folded.rstrip())
    cuts = [m.start() for m in _ONE_SPACE.finditer(folded, lead, end)]
    return list(zip([lead] + [c + 1 for c in cuts], cuts + [end], strict=True))


def _rejoin(folded: str, spans: list[tuple[int, int]], width: float, complete: set[str] | frozenset[str],
            beside: Sequence[str] = (), dated: Callable[[str], object] | None = None,
            above: Sequence[str] = ()) -> list[tuple[int, int]]:
    """A row's pieces with the spaces inside a column line put back: a piece much narrower than the
    column lines around it that does not end its paragraph (no line-complete mark) is no column line
    but its head, cut at a space the line itself holds (`本报讯（记者` | `王佳丽）…`, `■本报讯` | `…`,
    a subtitle's two halves); it takes the pieces after it while it is short and the line still fits
    a column. width: the widest piece of the rows around. A piece ending on a digit takes none: a head is cut
    at a name's end, and a number's end there is a column line's end (…粮食总产量达到5 | 完成: the next piece a
    short line of another column, after which the number's tail …2.8万吨 would be read as a number of its own). Nor
    is a piece taken that opens with a zero before a digit or a word (0张，…): no number's first digit, the next column's
    line going on from a number cut at its line's end (…床位达到150 | 0张，…), which run into a narrow column's full line
    judged short by a wider column's beside it (1日，…人民医院新住院) read a wrong value (0张). beside: the first pieces
    of the row under and of the row over (`_split_rows` tells which) that run on; a line's first piece (rejoined so
    far) as wide as one of them, the next piece as wide again, is a full line of a narrow column, the next piece the
    next column's (本报讯（记者 吴芳）12月 |
    400张，医院编制床位达到150 over 1日，平江县人民医院新住院 | 0张，…: a two-column item beside a wider one-column item,
    whose lines make the row's widest piece). dated: a piece opening with a dateline opens the next column's item, which
    no words before it take (。截至10月底，全县医疗卫生 | 本报讯（通讯员 杨宣）今年以来，…: a two-column item's second
    column beside a one-column item, both narrower than the row's widest piece; a bullet alone, ■ | 本报讯, is a head).
    above: the pieces of the row over it as cut; where the line's pieces so far, two at least, are each as wide as the
    one in their place above, which runs on, and the piece above in the next place is a line of a column far wider (a
    one-column item beside a two-column one), the rows are one band of columns and the last piece so far a full line of
    its column (院楼投入使用，新增床位300 | 构床位达到2680张，每千人口 | 收1.2万元。 under 6日，…新住 | 截至10月底，…机 |
    …户均增: the one-column item's last line is no rest of the second column's)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out:
            a0, b0 = out[-1]
            if a0 == spans[0][0] and any(_same_column(folded[a0:b0], q) and _cells(folded[a:b]) >= 0.5 * _cells(q)
                                         for q in beside):
                out.append((a, b))
                continue
            c = len(out)  # (the place of the piece after the last so far)
            if c > 1 and len(above) > c and above[c - 1][-1] not in complete and _cells(folded[a:b]) >= 2.0 \
                    and _cells(above[c]) >= WIDE_BESIDE * _cells(above[c - 1]) \
                    and all(_same_column(folded[x:y], q) for (x, y), q in zip(out, above, strict=False)):
                out.append((a, b))
                continue
            # (a head whose bracket the next piece closes, 本报讯（记者 | 陈静）11月10日，…: one line cut at its byline's
            # space, as wide as its own column, which may be wider than the narrower column's lines around)
            closes = _OPEN_BRACKET.search(folded, a0, b0) is not None and _CLOSING_FIRST.match(folded, a, b) is not None
            if (_cells(folded[a0:b0]) < SHORT_PIECE * width and folded[b0 - 1] not in complete
                    and folded[b0 - 1] not in _TAIL_OPENS
                    and _cells(folded[a0:b]) <= (BRACKET_WIDER * width if closes else width + 1.5)
                    and not (_NUMBER_TAIL.fullmatch(folded, a, b) and folded[b - 1] in complete)
                    and not _ZERO_OPEN.match(folded, a)
                    and not (dated is not None and _WORDED.search(folded, a0, b0) and dated(folded[a:b]))):
                out[-1] = (a0, b)
                continue
        out.append((a, b))
    return out


def _same_column(a: str, b: str) -> bool:
    """Are two lines' printed widths one column's (digits and Latin letters are not always half a character, so
    each may count a little more)?"""
    n_ascii = sum(1 for ch in a + b if ch.isascii())
    return abs(_cells(a) - _cells(b)) <= 0.5 + 0.25 * n_ascii


class Swept:
    """`columns.Columns` with `Interleave` after it, behind the same `take`/`finish` (the layout repair's hook)."""

    def __init__(self, columns: Columns, interleave: Interleave) -> None:
        self.columns = columns
        self.interleave = interleave

    def take(self, body: str, folded: str, src: int) -> Iterator[Piece]:
        if "(cid:" in folded:
            folded = blank_cids(folded, src, self.interleave.notes)
        for piece in self.columns.take(body, folded, src):
            yield from self.interleave.take(piece)

    def finish(self, at_title: bool = False) -> Iterator[Piece]:
        for piece in self.columns.finish():
            yield from self.interleave.take(piece)
        yield from self.interleave.finish(at_title)

    # the layout repair's bulk path (`layout._Lines._page`, `columns.Columns.bulk`)
    def bulk(self, lines: list[str], final: bool = False) -> int:
        """How many first lines of the page may skip `take`: none while anything is held, else those
        in whole windows the interleave would hand on as they came, each line passing the columns."""
        if not self.idle() or any("(cid:" in line for line in lines):
            return 0
        n = self.interleave.quick_lines(lines, final)
        fails = [k for k in range(n) if not self.columns.passes(lines[k])]
        if not fails:
            return n
        # a line the columns must look at (a running head's wide gaps, 佳木斯日报  2025年…) ends the bulk
        # lines there, at the end of the text, where the lines from it on fill a window handed on as it
        # came as well: the bulk lines' other items' headlines are still told (`foreign_lines`)
        k = fails[0]
        if not (final and n == len(lines) and self.interleave.quick_lines(lines[k:], True) == n - k):
            return 0
        # (the stage hands those lines on cut at their gutters: the window they fill with the bulk lines, as the
        # line-by-line reading hands it to the interleave, must be handed on as it came with their pieces; a blank
        # line among them stays one, for it cuts fragments and counts toward a sweep, and every piece from the
        # first such line on is judged as opening a fragment of its own, as the stage may mark it)
        pieces = [*lines[:k], *(p for line in lines[k:]
                                for p in ([q for q in _GUTTER_SPLIT.split(line) if q.strip()] or [line]))]
        return k if self.interleave.quick_lines(pieces, True, opening=k) == len(pieces) else 0

    def idle(self) -> bool:
        return self.columns.idle() and not self.interleave.held

    def passes(self, body: str) -> bool:
        return self.columns.passes(body)


# Two columns (or two paragraphs set side by side) whose lines an extractor read across, one line of each in
# turn, each line ending wherever its column's width fell: a number cut at one line's end goes on in the line
# after next, and the line between, the other column's, meets its head (…增长6. | 规模以上… | 4%。…: 6.4% read
# as 6. and 4%; …原油产量2 | 32万人… | 580万吨: 232万人 read). A line's end on a number's digits whose line after
# next opens with a number's tail, the line between going on with neither (it ends on no digit), is such a cut
# for sure where the line between cannot go on with the number: the tail is a lone `%` or `.5`, the cut ends on
# a point (增长6.), the two would hold two points (4. | 276.8亿元), or the line between opens with a word no number
# is followed by (`goes_on`: no measure word's, magnitude's first character, nor 月, 余 …). Where it might (its
# digits, its unit), the cut is one only near a sure one (`_NEAR_CUT` lines: a run of lines read across). The
# lines cannot tell which number is whose: the head and the tail are both made unreadable (a wrong value is
# worse than a missing one). The cut line and the one between must be two columns' lines (`_column_pair`).
# (the number's first digit is matched first and the character before it looked at after, `(?<![\d.,])\d`
# read the other way round: a search then tries the pattern at digits only, not at every character of the page)
_STRIDE_CUT = compiled_re(r"\d(?<![\d.,]\d)[\d.,]*(?P<u>[^\x00-\x7f\s])?"
                          r"(?=[ \t]*\n(?P<b>[^\n]*)\n[ \t]*(?P<c>\.(?=\d)|[^\s.]))")
_CUT_TAIL = re.compile(r"[ \t]*[\d.,]*%?")
_HEAD_RUN = re.compile(r"[\d.,]*")
_OWN_END = re.compile(r"(?<![\d.,])\d[\d.,]*[ \t\r]*$")
_MIN_COLUMN = 10  # a column line has at least this many characters
_RANGE_OPEN = compiled_re(r"\d+[-~]\d")  # a line opening with a range's first end (1-9月, 3~5个: folded)
_NEAR_CUT = 4  # a cut the lines cannot tell is one this many lines from a sure one
_GAP = re.compile(r"[ \t\u3000]")


def _column_pair(a: str, b: str, ends: str) -> bool:
    """Two lines that may be two columns' lines side by side: each one column's text (no gap of spaces in it:
    glued columns, a table's row, a running head are the column stage's), as many characters or as wide
    printed, or the second a paragraph's last line, narrower and ending its sentence."""
    a, b = a.strip(), b.strip()
    if len(a) < _MIN_COLUMN or not b or _GAP.search(a) is not None or _GAP.search(b) is not None:
        return False
    if b[-1] in ends and len(b) < len(a):
        return True
    if len(b) < _MIN_COLUMN:
        return False
    if abs(len(a) - len(b)) <= 1:
        return True
    wa = len(a) - 0.5 * sum(ch.isascii() for ch in a)
    wb = len(b) - 0.5 * sum(ch.isascii() for ch in b)
    return abs(wa - wb) <= 1.5


# Two items set side by side and read across (`pdftotext` without -layout: each line the left column's line, then
# the right one's, glued): the line where both open shows it, the left one's indent at its start and the right
# one's inside it (　　本报讯（记者 …）今年以来　　本报讯（通讯员 …）3月). Gate: a run of two ideographic spaces
# inside a line.
# (the two spaces are looked for first and the character before them after: a search then runs at the spaces'
# character only, not a class test and a match set up at every character of the page)
_SIDE_INDENT = compiled_re(r"\u3000{2}(?<=[^\s]\u3000{2})(?=\S)")
_LEAD_NUMBER = compiled_re(r"[\d.,]+")
_SIDE_HEAD = compiled_re(r"(?<![\d.,])[\d.,]*\d[.,]?(?P<mag>[^\x00-\x7f\s]{0,2})$")
_SPACE_RUN_ASCII = compiled_re(r"[ \t]{2,}")


def side_by_side(folded: str, opens: Callable[[str], object], goes_on: frozenset[str] | str = frozenset()) -> str:
    """The (folded) text with the numbers that two items read across cut at the left item's line end made
    unreadable, one for one: the head ends the left half of a line (its width told by the line where both items
    open, `_SIDE_INDENT`), the tail opens the next line, after the right item's line (…新增就业61项目总投资… |
    2人，输转…: 612人 read 2人, a wrong value; …劳动力2.35万成运营… | 人，…: the right item's word read as the unit).
    The head goes where the next line opens with a digit or with what may follow a number (`goes_on`: a unit's,
    a magnitude's first character), the tail where it is digits. A line opening with a number under a line whose
    left half ends with none is left as it is (the left item's paragraph run on: 劳动力 | 5.2万人); a right half
    ending on digits over a line that opens with some is made unreadable (8500 | 4.8亿元 is no 85004.8亿元)."""
    if _SIDE_INDENT.search(folded) is None:
        return folded
    lines = folded.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    width = 0
    cuts: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            width = 0  # (a blank line ends the page's read-across run)
            continue
        if not width:
            m = _SIDE_INDENT.search(line)
            if m is not None and _SPACE_RUN_ASCII.search(line) is None and opens(line.lstrip("\u3000 ")) \
                    and opens(line[m.end():]):
                width = m.start()  # (the match opens at the spaces, after the left item's last character)
            continue
        if len(line) > width and i + 1 < len(lines) and lines[i + 1][:1].isdigit():
            # (the right half ends on a number and the next line opens with the left one's: which digits go on
            # with which the lines cannot tell; joined, 8500 | 4.8亿元 read 85004.8亿元)
            own = _SIDE_HEAD.search(line.rstrip(" \t\r"))
            if own is not None and not own.group("mag") and own.start() >= width:
                cuts.append((starts[i] + own.start(), starts[i] + own.end()))
        first = line[:1]
        if i == 0 or len(lines[i - 1]) <= width or not (first.isdigit() or first in goes_on):
            continue
        head = _SIDE_HEAD.search(lines[i - 1][:width])
        if head is None or not all(ch in goes_on for ch in head.group("mag")) or (head.group("mag") and first.isdigit()):
            continue
        cuts.append((starts[i - 1] + head.start(), starts[i - 1] + width))
        if first.isdigit():
            tail = _LEAD_NUMBER.match(line)
            assert tail is not None
            cuts.append((starts[i], starts[i] + tail.end()))
    return _unreadable(folded, cuts) if cuts else folded  # (no space nor line break inside a cut: one for one)


# A number cut at its point at a line's end (…担保贷款4.), written after a word or a mark (no list's 1. opening a line).
_POINT_HEAD = compiled_re(r"(?<=[^\x00-\x7f])[\d,]*\d\.[ \t]*$", re.M)
# A line opening with what may be the digits after a number's point: one or two digits, no point after them.
_TAIL_OPEN = compiled_re(r"^[ \t\u3000]*(\d{1,2})(?![\d.,])", re.M)
# … and, right under the head, any digits opening a line before such a word (a date's, 3月12日, are none)
_DIGITS_OPEN = compiled_re(r"^[ \t\u3000]*([\d,]+)(?![\d.,])", re.M)
ASTRAY_LINES = 80  # lines of text either side of a cut head that its tail is looked for in
_WORD_MAX_ASTRAY = 4  # a measure word or a magnitude after the digits: this long at most


def astray_tails(folded: str, words: frozenset[str], complete: str = "") -> str:
    """The (folded) text with each number cut at its point at a line's end (…担保贷款4.) whose tail opens no line under
    it (an extractor that made each line a box and printed the boxes out of order, the tail's line before its head's)
    made unreadable, one for one: each line above it whose opening number may be its tail, one or two digits with no
    point and a measure word (a percent sign too) or a magnitude right after them (`words`), more of the line after
    that (6亿元，扶持创业… read alone is 6亿元, not 4.6亿元: a wrong value). No reading order puts a tail
    back before its head; one under it, at whatever stride, the column stage may join (swept columns), and the page
    is left as it is. A line under one ending on a digit or a point opens with that one's tail; dates (3月12日) and a
    box's figure alone on its line are no tail. A tail above its head is no astray one only where the column stage
    reads the page as two columns swept a line of each (`_alternating`, `_seams_alternate`: the test it rebuilds
    columns by) and the tail stands where it puts the next column's top, right after the top of the head's column
    climbed a line of each column at a time (an odd number of text lines above the head): there it joins the two
    (…增长9. at a column's foot, 3%，… the next column's top). On a page of boxes printed out of order (pdfminer's
    flow), no sweep, a tail above its head is astray whatever the number of lines between."""
    if "." not in folded or _POINT_HEAD.search(folded) is None:
        return folded
    lines = folded.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    text = [i for i, line in enumerate(lines) if line.strip(" \t\r\u3000")]
    at = {i: k for k, i in enumerate(text)}

    def tail(i: int, near: bool = False) -> re.Match[str] | None:
        line = lines[i].rstrip(" \t\r\u3000")
        m = (_DIGITS_OPEN if near else _TAIL_OPEN).match(line)
        if m is None:
            return None
        rest = line[m.end():]
        n = next((n for n in range(_WORD_MAX_ASTRAY, 0, -1) if rest[:n] in words), 0)  # (% and ‰ among them)
        return m if n and (near or len(rest) > n) else None

    swept: list[bool] = []  # (whether the column stage reads the page as two columns swept: asked once, if at all)

    def sweep() -> bool:
        if not swept:
            texts = [t for i in text if (t := _unspaced(lines[i].strip(" \t\r\u3000\f")))]
            swept.append(_alternating(texts) or _seams_alternate(texts, frozenset(complete)))
        return swept[0]

    cuts: list[tuple[int, int]] = []
    for i in text:
        head = _POINT_HEAD.search(lines[i])
        if head is None:
            continue
        k = at[i]
        if any(tail(j, near=True) is not None for j in text[k + 1:k + 1 + ASTRAY_LINES]):
            continue  # (a line under it may open with its tail: the column stage reads on to it, at whatever stride)
        found = []
        for j in text[max(0, k - ASTRAY_LINES):k]:
            if "\f" in folded[starts[j]:starts[i]]:
                continue
            m = tail(j)
            if m is None:
                continue
            if (k - at[j]) % 2 == 1 and sweep():
                continue  # (two columns swept a line of each put a column's foot and the next column's top an odd
                # number of lines apart, the top first: the column stage joins them; a tail printed astray at an
                # even distance is no sweep's, nor one on a page the column stage reads as no sweep)
            above = lines[text[at[j] - 1]].rstrip(" \t\r\u3000") if at[j] else ""
            if above[-1:].isdigit() or above[-1:] == ".":
                continue  # (the line above's own number's tail)
            found.append((starts[j] + m.start(1), starts[j] + m.end(1)))
        cuts.extend(found)  # (the head is left as it is: no number ends on a point, and the lines keep their shapes)
    return _unreadable(folded, cuts) if cuts else folded


# One half of a row of two items set side by side (`side_run`): its span in the text, whether it opens a paragraph
# (an item's headline, its dateline), and whether the paragraph ends after it (a headline).
Half = tuple[int, int, bool, bool]
SIDE_ROWS = 3  # rows under the datelines' row, both halves holding text, that make a run of two items read across
SIDE_HOLD = 20_000  # characters of a run not yet ended that the layout repair waits for the rest of, at most


def side_run(folded: str, opens: Callable[[str], object], ends: str, final: bool
             ) -> tuple[int, int, list[Half], list[Half]] | None:
    """Two items set side by side whose lines an extractor read across, each line the left item's line glued to the
    right one's with no gap (the left half as many characters wide on every line, a padding space after it where the
    printed width fell short): the first such run in the text, from the row where both items open (`_SIDE_INDENT`,
    the left half's width told there) or the row of their headlines above it (cut at the same place by a space), down
    to a blank line (or the text's end, where `final`), as (start, end, left halves, right halves). Read item by
    item, the left halves first, each number goes on across its own lines only (…新增就业61 | 2人 is 612人), never
    across the cut. A row no wider than the cut is the left item's alone (the right one ended); a short row over an
    indented one ends the left item's paragraph early (95人。 | 。今年，…): it is cut after the first of the sentence
    marks nearest where the right half's usual width puts its start. None where no run is found; (start, -1, [], [])
    where one opens that the text does not end yet (the text from start waits for the rest: the run is read alike
    however the text comes in pieces), up to SIDE_HOLD characters."""
    if _SIDE_INDENT.search(folded) is None:
        return None
    lines = folded.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    for i, line in enumerate(lines):
        m = _SIDE_INDENT.search(line)
        if m is None or _SPACE_RUN_ASCII.search(line) is not None or not opens(line.lstrip("\u3000 ")) \
                or not opens(line[m.end():]):
            continue
        width = m.start()  # (the match opens at the spaces, after the left item's last character)
        j = i + 1
        while j < len(lines) and lines[j].strip():
            j += 1
        above = lines[i - 1] if i else ""
        headed = len(above) > width + 1 and above[width].isspace() and not above[:width].isspace() \
            and bool(above[width + 1:].strip())  # the two headlines, cut where the columns are by a space
        first = i - 1 if headed else i
        if j == len(lines) and not final:
            # (the run may go on in the text still to come; past SIDE_HOLD the read-across cuts stand)
            return (starts[first], -1, [], []) if len(folded) - starts[first] <= SIDE_HOLD else None
        rows = [r for r in lines[i + 1:j] if len(r) > width + 1 and _HAN.search(r[:width]) and _HAN.search(r[width:])]
        if len(rows) < SIDE_ROWS:
            continue
        rights = sorted(len(r[width:].strip()) for r in rows)
        usual = rights[len(rights) // 2]
        left: list[Half] = []
        right: list[Half] = []
        if headed:
            s = starts[i - 1]
            left.append((s, s + width, True, True))
            right.append((s + width + 1, s + len(above), True, True))
        going = False  # the right half of the row above broke off mid-sentence: the right item goes on
        for k in range(i, j):
            row, s = lines[k], starts[k]
            cut = width
            nxt = lines[k + 1] if k + 1 < j else ""
            if k > i and going and (nxt[:1].isspace() or k + 1 == j) and len(row) < width + usual - 1:
                # (the left item's paragraph ends in this row, over an indent or the run's end, while the right
                # one's sentence goes on: the left's last line is short, the right's line follows it)
                goal = len(row) - usual
                marks = [a for a in range(1, min(width, len(row))) if row[a - 1] in ends
                         and (a < 2 or row[a - 2] not in ends)]
                if marks:
                    cut = min(marks, key=lambda a: (abs(a - goal), a))
            if len(row) <= cut:
                left.append((s, s + len(row), False, False))  # (the right item ended above)
                going = False
                continue
            left.append((s, s + cut, k == i, False))
            skip = cut + 1 if cut == width and row[cut:cut + 1] == " " else cut
            right.append((s + skip, s + len(row), k == i, False))
            going = row.rstrip()[-1:] not in ends
        return starts[first], starts[j] if j < len(lines) else len(folded), left, right
    return None


# A line opening with a zero that goes on with digits or a unit (0张, 05万元) after a line ending on a word: no number
# is written with a zero first, so it is the tail of a number cut in two, whose head is a line's end a few lines up
# that its next line does not go on with (…设置床位120 | 横峰县发放… | … | 0张: two items printed in blocks of
# lines in turn). Read as it came the tail alone is a figure (汽车0张); which head is its the lines cannot tell
# for sure, so both are made unreadable.
_ZERO_TAIL = compiled_re(r"(?m)^[ \t]*0(?=[\d,]|[^\x00-\x7f\s.])")
_LINE_END_NUMBER = compiled_re(r"(?<![\d.,])\d[\d.,]*(?=[ \t\r]*\n[ \t]*(?P<next>\S))")
BLOCK_CUT = 6  # the head of a zero tail is looked for this many lines up


def _zero_tails(folded: str, goes_on: frozenset[str] | str) -> list[tuple[int, int]]:
    """The spans of the zero tails (`_ZERO_TAIL`) that have a head a few lines up, and of their heads."""
    spans: list[tuple[int, int]] = []
    for m in _ZERO_TAIL.finditer(folded):
        after = folded[m.end()]
        if not (after.isdigit() or after == "," or after in goes_on):
            continue
        prev_end = folded[:max(m.start() - 1, 0)].rstrip(" \t\r")
        if not prev_end or prev_end[-1] == "\n" or prev_end[-1].isdigit() or prev_end[-1] in ".,":
            continue  # (a number wrapped at its line's end goes on in it: 12 | 0张; a blank line: a cell's own 0)
        line_end = folded.find("\n", m.end())
        if _gapped(folded, prev_end.rfind("\n") + 1, line_end if line_end >= 0 else len(folded)):
            continue  # (a row of columns set side by side, their gaps kept: the column stage's)
        lo = m.start()
        for _ in range(BLOCK_CUT):
            lo = folded.rfind("\n", 0, max(lo - 1, 0)) + 1
        head = None
        for h in _LINE_END_NUMBER.finditer(folded, lo, m.start()):
            nxt = h.group("next")
            if unicodedata.category(nxt) == "Lo" and nxt not in goes_on and \
                    not _gapped(folded, folded.rfind("\n", 0, h.start()) + 1, h.end()):
                head = h  # (its next line goes on with no number: the number is cut)
        if head is None:
            continue
        tail = _HEAD_RUN.match(folded, m.end() - 1)
        spans.append((head.start(), head.end()))
        spans.append((m.end() - 1, tail.end() if tail is not None else m.end()))
    return spans


def _gapped(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] (lines of a page) holds a gap: columns or cells side by side (`_GAP`)."""
    return _GAP.search(folded, start, end) is not None


def _unreadable(folded: str, spans: list[tuple[int, int]]) -> str:
    """The text with the characters of `spans` (but its spaces and line breaks) made U+FFFD, one for one."""
    out = list(folded)
    for s, e in sorted(spans):
        for k in range(s, e):
            if out[k] not in " \t\r\n":
                out[k] = "\ufffd"
    return "".join(out)


def read_across(folded: str, goes_on: frozenset[str] | str = frozenset(), ends: str = "",
                words: frozenset[str] = frozenset(), bounds: frozenset[tuple[str, str]] = frozenset()) -> str:
    """The (folded) text with the numbers cut across two columns read line by line (`_stride_cuts`), and the zero
    tails of numbers cut at a block of lines' end with their heads (`_zero_tails`), made unreadable, one for one."""
    out = _stride_cuts(folded, goes_on, ends, words, bounds)
    if _ZERO_TAIL.search(out) is None:
        return out
    spans = _zero_tails(out, goes_on)
    if spans and _alternating([t for line in out.split("\n") if (t := line.strip())]):
        return out  # (a page read across throughout: the column stage puts its lines back in order)
    return _unreadable(out, spans) if spans else out


def _opens_word(line: str, words: frozenset[str]) -> bool:
    """Whether the line opens with one of `words` (the words that may follow a number: 个, 万, 基点 …)."""
    return any(line[:k] in words for k in range(1, min(len(line), _WORD_MAX) + 1))


_WORD_MAX = 8  # the longest word that may follow a number looked for (平方公里, 马来西亚林吉特 …)


# a number at a line's end with the first characters of a unit word after it (1.2个百分 of 个百分点, 0.2个), the line
# after next opening with the rest: read across, the line between went between the unit's halves
_UNIT_CUT = compiled_re(r"\d(?<![\d.,]\d)[\d.,]*(?P<t>[^\x00-\x7f\s]{1,5})"
                        r"(?=[ \t]*\n(?P<b>[^\n]*)\n[ \t]*(?P<c>[^\n]{0,8}))")


_OWN_UNIT_END = compiled_re(r"\d[\d.,]*[^\x00-\x7f\s]{0,3}$")  # a line ending on a number and its unit


@functools.lru_cache(maxsize=4)
def _word_heads(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each first part of a word of `words` (个百分 of 个百分点, 个 of 个百分点) and the rests that make it a
    longer word."""
    heads: dict[str, list[str]] = {}
    for w in words:
        for k in range(1, len(w)):
            heads.setdefault(w[:k], []).append(w[k:])
    return {h: tuple(rests) for h, rests in heads.items()}


def _siblings(folded: str, line_start: int, start: int, unit: str) -> int:
    """Where the numbers before the one at `start` in its line that share its unit begin: a number with the unit's
    first character and one mark before it (1.2个和0.4个百分点 read as 1.2个百分点 and 0.4个百分点)."""
    while (sib := re.search(r"(?<![\d.,])\d[\d.,]*" + re.escape(unit) + r"[^\d\s]$",
                            folded[max(line_start, start - 14):start])) is not None:
        start -= len(sib.group())
    return start


def _units_cut(folded: str, words: frozenset[str], ends: str, out: list[str] | None) -> list[str] | None:
    """The text as characters with each number whose unit word two columns read across cut (1.2个百分 | 1%。… |
    点。) made unreadable with the unit's first part: the line between does not make the unit whole, the line
    after next does (a blank line between, or a hard wrap's 点 under it, is left: that is no column's line)."""
    heads = _word_heads(words)
    for m in _UNIT_CUT.finditer(folded):
        whole, b, c = m.group("t"), m.group("b").strip(" \t\r"), m.group("c")
        # (the unit's first part: all of it, or after a word of its own, 万 | 人 of 85万人 | … | 次)
        t, rests = next(((whole[j:], r) for j in range(len(whole)) if (j == 0 or whole[:j] in words)
                         and (r := heads.get(whole[j:])) is not None and any(c.startswith(x) for x in r)),
                        ("", ()))
        if not rests or not b or any(b.startswith(r) for r in rests):
            continue
        # (a unit whole by itself, 0.2个: cut only where the line between opens with a word, no number word, and
        # ends on no number, 0.2个 | 定在… | 百分点; 3万 | 个，… | 人以上 may be 3万个 read in order)
        if t in words and (unicodedata.category(b[0]) != "Lo" or _opens_word(b, words)
                           or _OWN_UNIT_END.search(b) is not None or b.endswith(t)):
            continue  # (…1200个 | ；…达到52.6万 | 人，: the rest goes on with the line between's number; …2150人 |
            # ，其中…高层 | 次人才: the line between goes on with the number's sentence, its word with the rest)
        a_start = folded.rfind("\n", 0, m.start()) + 1
        if not _column_pair(folded[a_start:m.end("t")], b, ends):
            continue
        start = _siblings(folded, a_start, m.start(), whole[0])
        out = out if out is not None else list(folded)
        for k in range(start, m.end("t")):
            out[k] = "\ufffd"
    return out


@functools.lru_cache(maxsize=4)
def _bound_rests(bounds: frozenset[tuple[str, str]]) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, ...]]]:
    """A pattern of a line opening with the rest of a bound word and a number where the rest alone is a bound word
    of another kind (低于90% of 不低于; not 约 of 大约, nor 到 of 不到: …提高 | 到2000人 is common), and each rest's
    first parts (不)."""
    kinds = dict(bounds)
    firsts: dict[str, list[str]] = {}
    for w, kind in kinds.items():
        for k in range(1, len(w)):
            if kinds.get(w[k:]) not in (None, kind):
                firsts.setdefault(w[k:], []).append(w[:k])
    if not firsts:
        return None, {}
    alts = "|".join(re.escape(r) for r in sorted(firsts, key=len, reverse=True))
    return re.compile(r"\n[ \t]*(?P<r>" + alts + r")[ \t]*(?P<n>\d[\d.,]*)"), {r: tuple(f) for r, f in firsts.items()}


def _bounds_cut(folded: str, bounds: frozenset[tuple[str, str]], ends: str, out: list[str] | None) -> list[str] | None:
    """The text as characters with each number whose bound word two columns read across cut (不 | … | 低于90%: 低于
    alone bounds it the other way) made unreadable: the line after next opens with the word's rest and a number,
    the line two up ends on its first part, the line between does not go on with the rest."""
    pattern, firsts = _bound_rests(bounds)
    if pattern is None:
        return out
    for m in pattern.finditer(folded):
        b_end = m.start()
        b_start = folded.rfind("\n", 0, b_end) + 1
        if b_start == 0:
            continue
        a_end = b_start - 1
        a_start = folded.rfind("\n", 0, a_end) + 1
        a, b = folded[a_start:a_end].rstrip(" \t\r"), folded[b_start:b_end].strip(" \t\r")
        rest = m.group("r")
        if (not b or b.startswith(rest) or not any(a.endswith(f) for f in firsts[rest])
                or not _column_pair(a, b, ends)):
            continue
        out = out if out is not None else list(folded)
        for k in range(m.start("n"), m.end("n")):
            out[k] = "\ufffd"
    return out


def _stride_cuts(folded: str, goes_on: frozenset[str] | str = frozenset(), ends: str = "",
                 words: frozenset[str] = frozenset(), bounds: frozenset[tuple[str, str]] = frozenset()) -> str:
    """The (folded) text with the numbers cut across two columns read line by line made unreadable, one for one
    (`_STRIDE_CUT`). A text with no line ending in a number whose line after next opens with one's tail is
    returned as it is (one search); so is a page whose lines alternate throughout (`_alternating`): the column
    stage (`Interleave`) puts such a page's lines back in column order. `ends`: the marks ending a sentence or a
    clause (layout.yaml sentence_end, clause_end; no Latin comma, which a number's thousands may be cut at).
    `words`: the words that may follow a number (measure words, magnitudes, numeral units, `goes_on`'s characters):
    a line between opening with a character of `goes_on` (基层, 人员) but none of them cannot go on with a number
    either (given none, the first character tells); a unit word cut across the columns (1.2个百分 | … | 点) leaves
    its number out. `bounds`: the bound words with their qualifiers (不低于 lower_bound …): one whose first part ends
    a line and whose rest opens the line after next (不 | … | 低于90%) leaves its number out."""
    cut = _units_cut(folded, words, ends, None) if words else None
    cut = _bounds_cut(folded, bounds, ends, cut) if bounds else cut
    if cut is not None:
        folded = "".join(cut)
    found: list[tuple[int, bool, int, int, int]] = []  # (the cut line's place, sure?, head's span, tail's start)
    line, at = 0, 0
    for m in _STRIDE_CUT.finditer(folded):
        unit, c = m.group("u"), m.group("c")
        worded = not (c.isdigit() or c in ".%")  # (the line after next opens with a word: a unit?)
        if worded and c not in goes_on or unit and (unit not in goes_on or not worded):
            continue  # (no number's tail opens it: no cut)
        b = m.group("b").strip(" \t\r")
        if not b or (worded and b[-1] in goes_on and b[-2:-1].isdigit()):
            continue  # (a blank line between, or the unit goes on with the line between's number)
        # (the line between ends on a number too: the tail may be its number's, or the cut one's)
        both = b[-1].isdigit() or (b[-1] == "." and b[-2:-1].isdigit())
        if both and (worded or not m.group().endswith(".")):
            continue  # (only a cut on a point, which no number ends on, is sure cut where both are)
        a_start = folded.rfind("\n", 0, m.start()) + 1
        head, first = m.group(), b[0]
        # (a cut on a point, no number's end, with a line between that opens on no digit and is running text wider
        # than the cut line, a clause's mark in it and no gap: the tail is the line after next's whatever the two
        # lines' widths, a narrow column's line beside one that two columns run into with no gap between them,
        # pdfplumber with a wide x_tolerance: 农田3. | …生产企业 | 2万亩。; a headline set into the column, no wider than
        # it, or a page's running head, its gaps wide, between a number's two parts leaves it whole, 71. | … | 2万头)
        pointed = head.endswith(".") and not unit and not worded and not (first.isdigit() or first == ".") and \
            len(b) > len(folded[a_start:m.end()].strip()) and _GAP.search(b) is None and any(ch in ends for ch in b)
        if not pointed and not _column_pair(folded[a_start:m.end()], b, ends):
            continue
        # (the line between opens with a word no number is followed by: not 基点 but 基层)
        wordy = unicodedata.category(first) == "Lo" and (
            first not in goes_on or (bool(words) and not _opens_word(b, words)))
        if unit:
            sure = False  # (a number and its unit: whole at the line's end, or cut inside the unit?)
        elif worded:
            # (a unit after the next line: its number's, or a word of its own column? its number's where the line
            # between cannot go on with the number, and the unit is a whole word of one: 586 | 基层… | 张，)
            sure = wordy and bool(words) and _opens_word(folded[m.start("c"):m.start("c") + _WORD_MAX], words)
        elif (c in ".%" and not both) or (head.endswith(".") and not first.isdigit()):
            sure = True  # (a tail no line goes on with but the cut one; a point no number ends on)
        elif first.isdigit() or first == ".":
            run = _HEAD_RUN.match(b).group()  # type: ignore[union-attr]
            sure = "." in head and "." in run  # (joined, two points: no number)
        elif head[-1].isdigit() and _RANGE_OPEN.match(folded, m.start("c")) is not None:
            sure = False  # (the line after next opens a range of its own, which reads on from the line between as
            # well: 提高到6.9 | 等领域…今年 | 1-9月; the cut number's unit may go on anywhere)
        else:  # (a word no number is followed by, or a mark ending a clause: 增长25 | 。)
            sure = first in ends or wordy
        if both and not sure:
            continue  # (the tail goes on with the line between, as a line cut inside a number does)
        line += folded.count("\n", at, m.start())
        at = m.start()
        # (a worded tail: the numbers before the cut one sharing its unit, 1.28个和1.58 | … | 个百分点, are cut too)
        found.append((line, sure, _siblings(folded, a_start, m.start(), c) if worded else m.start(), m.end(),
                      -1 if worded else m.start("c")))
        if both:  # (the line between's own number: its tail may be the one after it)
            end = folded.rfind("\n", 0, m.start("c"))
            own = _OWN_END.search(folded, m.start("b"), end)
            if own is not None:
                found.append((line + 1, True, own.start(), own.start() + len(own.group().rstrip(" \t\r")), -1))
    sure_lines = [k for k, sure, *_ in found if sure]
    if not sure_lines:
        return folded
    if _alternating([t for line in folded.split("\n") if (t := line.strip())]):
        return folded  # (a page read across throughout: the column stage's)
    cuts: list[tuple[int, int]] = []
    for k, sure, h0, h1, c_start in found:
        if not sure and not any(abs(k - j) <= _NEAR_CUT for j in sure_lines):
            continue
        cuts.append((h0, h1))
        tail = _CUT_TAIL.match(folded, c_start) if c_start >= 0 else None
        if tail is not None and tail.end() > c_start:
            cuts.append((c_start, tail.end()))
    return _unreadable(folded, cuts)
