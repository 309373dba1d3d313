"""Split a repaired page into articles and sentences, with stable ids.

A newspaper page as extracted from PDF interleaves several articles and their
headlines. An article opens at a dateline (patterns in rules/lexicon/layout.yaml:
本报讯, 新华社…电, □本报记者, （上接1版）…). Short paragraphs without sentence-final
punctuation are headlines (unless layout.yaml's `not_headline` says the line is a photo
credit, a hotline notice or a line cut off mid-sentence): they name the article before them when it has no title
yet and they repeat its words (this paper prints headlines after the body in extraction order), else the
article that opens right after them, else they stay in place as subheadings.
"""

from __future__ import annotations

import functools
import operator
import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, chain, repeat
from operator import methodcaller

import regex

from stats.repair.layout import Paragraph, starts_with_any
from stats.rules.lexicon import Lexicon
from stats.rules.precheck import Needs, Split, any_found, needs, split
from stats.rules.prepared import compiled_re, compiled_regex

# No news article or report comes near this many characters; a text that does is a book
# or a dump without datelines, and is cut into articles of this size at paragraph breaks.
MAX_ARTICLE = 1_000_000
# A headline printed after an article's body is weighed against this many of its first characters (its lead,
# which a headline restates): the same for an article cut at max_chars as for the whole one.
ECHO_LEAD = 3000


@dataclass(slots=True)
class Sentence:
    sentence_id: str
    text: str
    start: int  # offsets in the repaired document text
    end: int
    paragraph: Paragraph  # the paragraph it is in, for offsets back into the source


@dataclass
class Article:
    article_id: str
    seq: int
    dateline: str = ""
    byline: str = ""
    titles: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    chars: int = 0  # characters in its paragraphs
    before: str = ""  # the opening text of the article it goes on from (one too long to hold), up to ECHO_LEAD
    running_head: bool = False  # the page's running head alone (`segment`): no item's text, no item's last line
    # its sentences once split (`iter_sentences`), with the marks they were split by
    _sentences: tuple[tuple[str, str], list[Sentence]] | None = field(default=None, repr=False, compare=False)

    def add(self, *pars: Paragraph) -> None:
        self._sentences = None
        self.paragraphs += pars
        self.chars += sum(len(p.text) for p in pars)

    @property
    def start(self) -> int:
        return self.paragraphs[0].start

    @property
    def end(self) -> int:
        return self.paragraphs[-1].end

    def src_span(self) -> tuple[int, int]:
        """Where the article lies in the source file."""
        first, last = self.paragraphs[0], self.paragraphs[-1]
        return first.offsets[0], last.offsets[-1] + 1

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    def lead(self) -> str:
        """The first ECHO_LEAD characters of the whole article, of the parts before this one too."""
        if len(self.before) >= ECHO_LEAD:
            return self.before
        mine = "\n".join(p.text for p in self.paragraphs[:ECHO_LEAD])  # (no more paragraphs than characters)
        return (f"{self.before}\n{mine}" if self.before else mine)[:ECHO_LEAD]


def is_headline(par: str, lex: Lexicon) -> bool:
    """A short line without sentence-final punctuation that is not a photo credit, a hotline
    notice, a byline in brackets or a line cut off mid-sentence (layout.yaml `not_headline`). A line of Latin script
    alone (a headline's English subtitle under it) is measured at half its length: its letters are half as wide as
    a Han character, and the subtitle spans the width its headline does."""
    # (the line searched for a Han character only where its length alone does not tell: most lines are longer than
    # twice the measure, or no longer than it)
    n, most = len(par), lex.headline_max
    if n > 2 * most or n > most and _ANY_HAN.search(par) is not None \
            or any(map(par.__contains__, lex.sentence_end)):  # the few marks, not each character
        return False
    checks = not_headline_checks(lex)
    got = _NOT_HEADLINE_SPLIT.get(id(checks))
    if got is None or got[0] is not checks:
        if len(_NOT_HEADLINE_SPLIT) >= 8:
            _NOT_HEADLINE_SPLIT.clear()
        got = _NOT_HEADLINE_SPLIT[id(checks)] = (checks, split(checks))
    # (the patterns that need characters behind one class of them: a line holding none, one search in C, is asked
    # none of them, instead of a test per pattern)
    return not any_found(got[1], par)


_NOT_HEADLINE: dict[int, tuple[list[regex.Pattern[str]], tuple[tuple[regex.Pattern[str], Needs], ...]]] = {}
_NOT_HEADLINE_SPLIT: dict[int, tuple[tuple, Split]] = {}


def not_headline_checks(lex: Lexicon) -> tuple[tuple[regex.Pattern[str], Needs], ...]:
    """The lexicon's not_headline patterns, each with the characters it needs (`stats.rules.precheck`):
    most short lines hold no 摄 or 版, and the check skips those patterns for them."""
    got = _NOT_HEADLINE.get(id(lex.not_headline))
    if got is None or got[0] is not lex.not_headline:
        got = keep_not_headline(lex, tuple(needs(p.pattern, p.flags) for p in lex.not_headline))
    return got[1]


def keep_not_headline(lex: Lexicon, sets: tuple[Needs, ...]) -> tuple[list[regex.Pattern[str]], tuple]:
    """Keep what each not_headline pattern of the lexicon needs, worked out before (the prepared
    extractor carries it: reading the patterns again would cost each start ~0.7 ms)."""
    if len(_NOT_HEADLINE) >= 8:
        _NOT_HEADLINE.clear()  # lexicons of tests come and go
    got = _NOT_HEADLINE[id(lex.not_headline)] = (lex.not_headline, tuple(zip(lex.not_headline, sets, strict=True)))
    return got


_HAN_PAIR = compiled_regex(r"(?=(\p{Han}{2}))")
_ANY_HAN = compiled_regex(r"\p{Han}")
# a box's entry: a figure, its unit (a percent mark, a few Han characters) and its label, no mark, no gap (23.6万张
# 全市医疗卫生机构床位数, 96.8%城乡居民医保参保率); a year's number opens none (2024年…: a headline, a heading)
_FIGURE_ENTRY = compiled_regex(r"(?!(?:19|20)\d\d\D)\d+(?:\.\d+)?(?:[%\u2030]|\p{Han}{1,3})\p{Han}{2,24}$")
# … or a box's title run into its first entry (数据·前三季度全县经济186.4亿元地区生产总值: the repair ends each entry of a
# box an extractor printed a figure glued to its label a line, the title over the first joining it): the entries after
# it are the box's body, under the title's time, no headlines
_ANY_DIGIT = compiled_regex(r"\d")
# (its figure's unit and label five letters at least, as the repair's glued entry asks: a label over its figure and
# unit alone, 职业技能培训1.65万人次, is no title and entry)
_TITLED_ENTRY = compiled_regex(r"\p{Han}[\p{Han}\u00b7\u30fb]{1,23}(?<=\p{Han})(?!(?:19|20)\d\d\D)\d+(?:\.\d+)?"
                               r"(?:[%\u2030]\p{Han}{4,24}|\p{Han}{5,27})$")


def _titled_entry(par: str, sentence_end: str) -> bool:
    """Does the paragraph end on a box's title run into its first entry (…增长10.6%。数据·前三季度全县经济186.4亿元地区生产
    总值: the repair joins the title to the sentence above it where that ends a hard-wrapped paragraph's line)?"""
    if not _ANY_DIGIT.search(par[-26:]):
        return False
    cut = max(map(par.rfind, sentence_end), default=-1) if sentence_end else -1
    return _TITLED_ENTRY.fullmatch(par, cut + 1) is not None


def echoes(headline: str, art: Article) -> bool:
    """Does a headline printed after an article's body repeat its words (two of the headline's pairs
    of characters in its lead, `Article.lead`)? A paper that prints headlines after the body restates the body's
    news in them; a headline that shares nothing with the text above it is the next article's,
    set after this one's end in extraction order (a county's headline, then its dateline). A pair right after a
    digit is a figure's magnitude and unit (2816.5万人, 36.8亿元): any text with figures writes it, so it tells
    nothing (a headline after a table's rows, its caption 单位：万人, is the next item's)."""
    pairs = {m.group(1) for m in _HAN_PAIR.finditer(headline) if not headline[m.start() - 1:m.start()].isdigit()}
    if len(pairs) < 2:
        return True  # too short to tell (a one-word column head): as before
    text = art.lead()
    return sum(pair in text for pair in pairs) >= 2


@functools.lru_cache(maxsize=8)
def _sentence_pattern(ends: str, closing: str) -> re.Pattern[str]:
    """A sentence: up to a sentence end with the closing marks and ends after it, or the rest."""
    e, c = re.escape(ends), re.escape(closing)
    return compiled_re(f"[^{e}]*[{e}][{e}{c}]*|[^{e}]+" if ends else ".+", re.DOTALL)


def split_sentences(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Sentence spans within one paragraph; closing quotes stay with their sentence."""
    return [m.span() for m in _sentence_pattern(lex.sentence_end, lex.closing).finditer(text)]


@functools.lru_cache(maxsize=8)
def _line_sentence_pattern(ends: str, closing: str) -> re.Pattern[str]:
    """`_sentence_pattern` for a text of paragraphs joined by \\n: no sentence runs over a break."""
    e, c = re.escape(ends), re.escape(closing)
    return compiled_re(f"[^{e}\\n]*[{e}][{e}{c}]*|[^{e}\\n]+" if ends else "[^\\n]+")


def iter_sentences(art: Article, lex: Lexicon) -> Iterator[Sentence]:
    """The sentences of one article, in order; made once per article (the pipeline reads them twice).

    The article's text is split by one pattern run once (a sentence never crosses the break
    between paragraphs), each sentence then given the paragraph it lies in.
    """
    key = (lex.sentence_end, lex.closing)
    if art._sentences is None or art._sentences[0] != key:
        art._sentences = (key, _sentences(art, *key))
    return iter(art._sentences[1])


_NUMBERED: list[str] = []  # "001", "002", …: the numbers of sentence ids, made once


def _numbers(n: int) -> list[str]:
    """The first n sentence numbers as ids write them (three digits at least)."""
    if len(_NUMBERED) < n:
        _NUMBERED.extend(f"{k:03d}" for k in range(len(_NUMBERED) + 1, n + 1))
    return _NUMBERED[:n]


def _sentences(art: Article, ends: str, closing: str) -> list[Sentence]:
    pars = art.paragraphs
    text = "\n".join(p.text for p in pars)
    out: list[Sentence] = []
    prefix = f"{art.article_id}/s"
    if "\n" in ends + closing or text.count("\n") != len(pars) - 1:  # a break inside a paragraph
        n = 0
        pattern = _sentence_pattern(ends, closing)
        for par in pars:
            for m in pattern.finditer(par.text):
                n += 1
                s, e = m.span()
                out.append(Sentence(f"{prefix}{n:03d}", m.group(), par.start + s, par.start + e, par))
        return out
    found = list(_line_sentence_pattern(ends, closing).finditer(text))
    begins = list(map(methodcaller("start"), found))
    # the sentences of paragraph k are found[cuts[k]:cuts[k + 1]]; its text begins at bounds[k]
    bounds = list(accumulate([len(p.text) + 1 for p in pars], initial=0))
    cuts = [bisect_left(begins, at) for at in bounds]
    counts = list(map(operator.sub, cuts[1:], cuts))
    shifts = [p.start - at for p, at in zip(pars, bounds, strict=False)]  # article offset → document offset
    shift = list(chain.from_iterable(map(repeat, shifts, counts)))
    return list(map(Sentence, map(prefix.__add__, _numbers(len(found))),
                    map(methodcaller("group"), found), map(operator.add, begins, shift),
                    map(operator.add, map(methodcaller("end"), found), shift),
                    chain.from_iterable(map(repeat, pars, counts))))


def _in_block(art: Article, lex: Lexicon) -> bool:
    """Is the article a block of a page of 一图读懂, opened by its bullet (layout.yaml block_dateline): its lines are its
    body, up to the next block, though no mark ends them."""
    return lex.block_dateline is not None and bool(art.dateline) and lex.block_dateline.match(art.dateline) is not None


def segment(doc_id: str, paragraphs: Iterable[Paragraph], lex: Lexicon,
            max_chars: int = MAX_ARTICLE, opens_at: Container[int] = (),
            titles_at: Container[int] = (), one_line: Callable[[int, int], bool] | None = None) -> Iterator[Article]:
    """The articles of a page, each handed on as soon as the next one opens (nothing joins it later),
    so a page of any length holds one article at a time; an article that would pass max_chars
    (a page without datelines) goes on as a new article with the same dateline and titles.

    opens_at: source offsets of paragraphs known to open an article (a PDF's headlines, told
    apart by their type size), titles_at: of the further headline lines under them (subtitles);
    a dateline right after such a headline names that article. one_line(a, b): do source offsets a < b lie on one
    line of the source? Headlines a layout-keeping extractor printed side by side on one line (two items set in a
    pair, each over its own columns) are two items' headlines: the first names the article that opens under them,
    the others are another item's, set aside (`Paragraph.aside`: their figures take their own place and time, and
    the article's text goes on as before them), no title of it (its area is not the other item's county)."""
    seq = 0
    pending_titles: list[Paragraph] = []
    may_open, may_end = starts_with_any(tuple(lex.article_start)), starts_with_any(tuple(lex.article_end))
    running = starts_with_any(tuple(lex.running_head))

    def open_article(dateline: str = "", continues: Article | None = None) -> Article:
        nonlocal seq
        seq += 1
        art = Article(f"{doc_id}/a{seq:02d}", seq, dateline)
        if continues is not None:
            art.byline, art.titles = continues.byline, list(continues.titles)
            art.before = continues.lead()
        return art

    current: Article | None = None
    row: list[Paragraph] = []  # a row's headlines printed side by side whose items are still to come (`_row_heads`)
    in_title_run = False
    entry = False  # the paragraph before was a box's figure and its label (`_FIGURE_ENTRY`)
    headed = False  # the current article was opened by a known headline and has no body yet
    for p in paragraphs:
        par = p.text
        was_title_run, in_title_run = in_title_run, False
        # two box entries in a row, each a figure and its label (the repair's entries of a box of figures over their
        # labels, 23.6万张全市医疗卫生机构床位数 | 4.2万人城镇新增就业): body text, not headlines of the item after the box
        was_entry, entry = entry, (_FIGURE_ENTRY.match(par) is not None if par[:1].isdigit()
                                   else _titled_entry(par, lex.sentence_end))
        boxed = entry and was_entry
        # a box's row of big numbers alone (2.14万人 1560张 31.8亿元 98.6%, their labels in the row under): no mark in it,
        # yet no headline, but the box's first entry (layout.yaml box_entry)
        boxed = boxed or (par[:1].isdigit() and lex.box_entry is not None and lex.box_entry.match(par) is not None)
        if opens_at and p.opened_at in opens_at:
            if current is not None:
                yield current
            current = open_article()
            if pending_titles:
                current.add(*pending_titles)
                pending_titles = []
            current.titles.append(par)  # a headline by its type size, whatever its words
            current.add(p)
            headed = True
            continue
        if headed and current is not None and p.opened_at in titles_at:
            current.titles.append(par)
            current.add(p)
            continue
        was_headed, headed = headed, False
        opener = None
        if may_open(par):  # one combined match first: most paragraphs open nothing
            opener = next((m for m in (pat.match(par) for pat in lex.article_start) if m),
                          None)
        if opener:
            dateline = opener.group("dateline").strip() if "dateline" in opener.re.groupindex else ""
            if was_headed and current is not None:
                current.dateline = dateline  # the headline above already opened this article
            else:
                if current is not None:
                    _claim_row_head(current, row)
                    yield current
                current = open_article(dateline)
            if pending_titles:
                own = _own_heads(pending_titles, one_line)
                others = _unechoed_heads(own, par)
                if others:
                    for other in others:
                        other.aside = True
                    own = [t for t in own if not any(t is o for o in others)]
                current.titles += [t.text for t in own]
                row = [t for t in pending_titles if not any(t is o for o in own) and len(t.text) >= _SIDE_HEAD] or row
                current.add(*pending_titles)
                pending_titles = []
            rest = par[opener.end():]
            byline = lex.byline.match(rest)
            if byline and byline.group(0).strip():
                current.byline = byline.group(0).strip()
        elif current is not None and may_end(par):
            pass  # （下转2版）: stays with the article it closes
        elif current is None and not boxed and is_headline(par, lex):  # (asked once: the next test is its other half)
            pending_titles.append(p)  # the page's first headline: it names the article that opens next
            continue
        elif current is not None and not boxed and not _in_block(current, lex) and is_headline(par, lex):
            # (an item of a column of briefs, ■本报讯 …, has no headline: the one after it is the next item's)
            # (an article taken up from another page under its jump mark, （上接第1版）, had its headline there or over
            # the mark: a headline after its body is the next item's, though it shares the news's words)
            if (not current.titles or was_title_run) and current.dateline \
                    and (lex.brief_dateline is None or not lex.brief_dateline.match(current.dateline)) \
                    and not any(j.match(current.dateline) for j in lex.jump_in) \
                    and echoes(par, current):
                current.titles.append(par)  # a run of headline lines names the article above
                in_title_run = True
            else:
                pending_titles.append(p)
                continue
        else:
            # (… or a box's own title over entries taken for headlines too, each a label and its figure with no mark:
            # 数说·1至8月 over 受理各类案件12.68万件, the labels first as the column repair hands on a row of figures over a
            # row of labels; layout.yaml box_title. Added in place, they would be subheadings of the item above)
            titled_box = lex.box_title is not None and any(lex.box_title.match(t.text) for t in pending_titles[:-1])
            if current is not None and (boxed or titled_box or lex.box_entry is not None and lex.box_entry.match(par)):
                # a headline over a number box's entries (数读…): the box is an item of its own; the headline
                # was taken for the article above's where that had none (its paper prints headlines after)
                if not pending_titles and was_title_run and len(current.paragraphs) > 1 \
                        and current.titles and current.paragraphs[-1].text == current.titles[-1]:
                    pending_titles = [current.paragraphs.pop()]
                    current.titles.pop()
                    current.chars -= len(pending_titles[0].text)
                    current._sentences = None
                if pending_titles and not _section_over_box(pending_titles, lex):
                    yield current
                    current = open_article()
                    current.titles += [t.text for t in pending_titles]
            if current is None and pending_titles and running(pending_titles[0].text) \
                    and (len(pending_titles) == 1 or not boxed):
                # the page's running head (城市日报 2025年7月10日 星期四 第1版 要闻) over a body that opens with no
                # dateline: an article of its own, no headline of the item, which its own lead places; a short line
                # under it (the item's headline, told from its lead by `layout.lead_after_figure` where the page
                # glued the two) is the item's title, not a subheading under the running head (over a number box's
                # title and its entries, 图解·去年全市民生 | 23.6万张, the head stays the page's first title: it names
                # the paper, whose city the box's 全市 is, where no manifest does)
                head = open_article()
                head.add(pending_titles[0])
                head.running_head = True
                pending_titles = pending_titles[1:]
                yield head
            if current is None:
                current = open_article()
                # the page's first line, short and unpunctuated, over a body that opens with no dateline (a
                # government site's item: its headline, then the text): the article's headline all the same (the
                # lines after it, a section's heading or a publisher's name, are subheadings in place)
                current.titles += [t.text for t in pending_titles[:1]]
            if pending_titles:  # headlines followed by plain text: subheadings in place
                row = _row_heads(pending_titles, one_line) or row  # (a row of items' headlines: their bodies follow)
                current.add(*pending_titles)
                pending_titles = []
        if current is None:
            current = open_article()
        elif current.chars + len(par) > max_chars and current.paragraphs:
            yield current  # too long for one article: it goes on in the next, under the same heading
            current = open_article(current.dateline, current)
        current.add(p)
    if pending_titles:
        if current is None:
            current = open_article()
        current.add(*pending_titles)
    if current is not None:
        _claim_row_head(current, row)
        yield current


def _section_over_box(heads: list[Paragraph], lex: Lexicon) -> bool:
    """Whether the lines taken for headlines over a number box are a numbered section's heading (layout.yaml
    `heading`: 三、服务能力, a slide's title in a deck) and the box's first entries under it (62.8万人次总诊疗人次):
    a part of the document the heading numbers, no item of its own; the box stays in the article, under it."""
    return any(h.match(heads[0].text) for h in lex.heading) and \
        all(t.text[:1].isdigit() and _FIGURE_ENTRY.match(t.text) is not None for t in heads[1:])


_SIDE_HEAD = 6  # the fewest characters of a headline printed beside another that names an item of its own


def _own_heads(heads: list[Paragraph], one_line: Callable[[int, int], bool] | None) -> list[Paragraph]:
    """The headlines of the article that opens under them: those before the first one printed on the same source
    line as the headline before it (side by side: another item's, whose body comes after this one's). That one and
    the rest are set aside, each a paragraph of another item read in passing. A short one (短讯, 一句话新闻) is no
    item's headline but a column's label, whose ■ briefs the page's rows set into this article's lines: it stays,
    a title naming the article's area no county (the briefs are of the paper's area where they name none)."""
    if one_line is None:
        return heads
    for k in range(1, len(heads)):
        if one_line(heads[k - 1].offsets[-1], heads[k].offsets[0]) and len(heads[k].text) >= _SIDE_HEAD:
            for other in heads[k:]:
                other.aside = True
            return heads[:k]
    return heads


def _unechoed_heads(heads: list[Paragraph], lead: str) -> list[Paragraph]:
    """The headline over an item's dateline that is another item's: two items' headlines set side by side
    in a row (白沙：茶产业带动1.2万人就业 | 省农垦总医院新住院楼启用) that an extractor printed a line each,
    then the second item's body first. Where the two are all the headlines over the dateline, the item's lead
    restates the second clearly (`ROW_ECHO` pairs of characters) and shares not one pair with the first, a full
    headline (`_SIDE_HEAD` long) that states a figure of its own, the first is the other item's, set aside as
    `_own_heads` sets aside a headline printed beside another (its area no area of this item). A kicker over its
    headline states no figure and stays; so do the entries of a number box over an item (more than two lines)."""
    if len(heads) != 2:
        return []

    def shared(text: str) -> int:
        pairs = {m.group(1) for m in _HAN_PAIR.finditer(text) if not text[m.start() - 1:m.start()].isdigit()}
        return sum(pair in lead for pair in pairs)
    def other(head: str) -> bool:
        return len(head) >= _SIDE_HEAD and _ANY_DIGIT.search(head) is not None and shared(head) == 0
    if shared(heads[-1].text) >= ROW_ECHO:
        return [heads[0]] if other(heads[0].text) else []
    # (… and the other way round, the two printed in the page's order, the lead restating the first, 海口市人民医院新院区
    # 开诊 | 儋州卫生人才招聘会提供岗位680个 | 本报讯…海口市人民医院江东新院区正式开诊…: the second is the next item's)
    return [heads[1]] if shared(heads[0].text) >= ROW_ECHO and other(heads[1].text) else []


ROW_ECHO = 3  # the pairs of characters a row's headline shares with an item's lead at least, to name that item
ROW_MARGIN = 2  # … and this many more than any other headline of the row shares with it


def _row_heads(heads: list[Paragraph], one_line: Callable[[int, int], bool] | None) -> list[Paragraph]:
    """The headlines of a row of items printed side by side on one source line (a page's row of short items, each
    under its own headline, read across: 甲州：… 乙市… 丙州：…), each at least `_SIDE_HEAD` long; none where no two
    stand on one line. Their bodies come after them, in whatever order the extractor read the columns."""
    if one_line is None:
        return []
    row: list[Paragraph] = []
    for a, b in zip(heads, heads[1:], strict=False):
        if one_line(a.offsets[-1], b.offsets[0]) and len(a.text) >= _SIDE_HEAD and len(b.text) >= _SIDE_HEAD:
            row += [h for h in (a, b) if not any(h is r for r in row)]
    return row


def _claim_row_head(art: Article, row: list[Paragraph]) -> None:
    """An item that opens on its dateline under no headline of its own, after a row of headlines printed side by side
    whose bodies the extractor read later and in another order (the row's line, then the columns' lines): the one
    headline of the row that its lead clearly restates (`ROW_ECHO` pairs of characters, `ROW_MARGIN` more than any
    other's: 乙州：新增养老床位1500张 over …全州新增养老床位1500张…) is its headline, which names its area (its 全州 is
    乙州, not the paper's province); taken from the row, it names no other item. None where no headline stands out."""
    if art.titles or not row or not art.dateline:
        return
    lead = art.lead()
    scores = [sum(pair in lead for pair in set(_HAN_PAIR.findall(h.text))) for h in row]
    best = max(scores)
    k = scores.index(best)
    if best >= ROW_ECHO and all(x + ROW_MARGIN <= best for j, x in enumerate(scores) if j != k):
        art.titles.append(row.pop(k).text)
