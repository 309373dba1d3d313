"""Where and when, for the figures of one article: the place and period stages run together.

`Situator` holds what is loaded once (the gazetteer, the period words); `Situator.document`
starts a document from its manifest line (date, source, default place); `ArticleSituation`
follows one article sentence by sentence, so a place or a time named once carries on.
The pipeline calls `ArticleSituation.sentence` once per sentence, after each figure's
role is decided (a target takes its period by other rules than a level).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain, islice
from typing import Any, Protocol

import regex

from stats.classify.roles import Classified, Classifier, clause_bounds
from stats.context.period import (
    PeriodFinder,
    PeriodState,
    PeriodWords,
    Time,
    _framing,
    date_parts,
    entry_label_time,
    is_mark,
    opening_date,
    published_in,
)
from stats.context.place import LEVELS, Area, Gazetteer, Mention, PlaceTracker, PlaceWords, gaz_deepest, gaz_opening
from stats.read.manifest import DocMeta
from stats.rules.lexicon import Lexicon
from stats.rules.precheck import first_chars
from stats.rules.prepared import compiled_re, compiled_regex
from stats.split.segment import is_headline

# the four-digit years of a period label
_YEARS = compiled_re(r"\d{4}")
# a period of one year and the part of it (2025Q4, 2025-12, 2025M01-M10, 2025H1): what a time a year back keeps
_ONE_YEAR = compiled_re(r"(\d{4})((?:Q[1-4](?:-Q[1-4])?|H[12]|-\d{2}|M\d{2}-M\d{2})?)")
_HEAD_UNIT = compiled_re(r"[(\uff08][^()\uff08\uff09]{1,4}[)\uff09]$")  # a head cell's unit in brackets, at its end
_HEAD_CELL_REST = 2  # a relative year's head cell holds at most this many characters after it (上年同期, 去年底)


class Candidate(Classified, Protocol):
    """What this stage reads and writes of a figure (pipeline.Candidate): named here, not
    imported, since the pipeline imports this stage."""

    period: str
    period_why: str
    place: str
    place_code: str
    place_level: str
    place_why: str


@dataclass
class DocSituation:
    """A document's date and default place, and where each came from."""

    published: str
    published_from: str  # "manifest", "header" or ""
    source: str
    place: Area | None
    errors: list[str]
    first_line: str = ""  # the document's first line: the headline an article without one of its own goes under
    # the years of the plan the last headline named (一图读懂《…行动方案（2025—2027年）》): an article without a
    # headline of its own (a block under ● 重点任务) goes on under it
    plan: tuple[int, int] | None = None
    # the document's opening (`Situator.document`'s head) and the gazetteer that reads it: its first place is read
    # only when an article asks (`first_place`)
    head: str = field(default="", repr=False)
    gazetteer: Gazetteer | None = field(default=None, repr=False, compare=False)

    @cached_property
    def first_place(self) -> Area | None:
        """The first place the document's opening names (a title-only article's area), read on the first asking.

        Why lazily: only an article that finds no place of its own asks (`Situator.article`), a few of a corpus's
        hundreds, while reading the places of a 2,000-character opening cost ~1.5 ms a document, ~1% of a news run
        (speed79). The reading depends on the opening and the gazetteer alone, so when it is read changes nothing."""
        if not self.head or self.gazetteer is None:
            return None
        return gaz_opening(self.gazetteer, self.head)


class Situator:
    def __init__(self, lex: Lexicon, classifier: Classifier) -> None:
        self.classifier = classifier
        self.gazetteer = Gazetteer(PlaceWords.from_yaml(lex.places))
        self.point_units = frozenset(lex.point_units)  # the units of a gap between two rates (0.4个百分点): kind point
        tens = {k: v for k, v in lex.units.items() if v == 10}  # 十, for 前十个月
        self.period_words = PeriodWords.from_yaml(lex.periods, {**lex.digits, **tens})
        self.periods = PeriodFinder(self.period_words, lex.year, lex.comparison_base, lex.base_window)
        self.part_of = tuple(w for w in lex.carry.part_of if w)  # 其中: a clause naming parts of the figure before
        self.part_list_ends = tuple(lex.carry.part_list_ends)  # ；: the marks that end a list 其中 opens
        self.respective = tuple(w for w in lex.carry.respective if w)  # 分别: a list of figures paired with one before
        # (a cumulative word of more than one character: 共 alone is too often part of another word, 公共)
        self.cumulative = tuple(w for w in self.period_words.span_cumulative if len(w) > 1)
        self.rank_not_before = self.gazetteer.words.rank_not_before or ("\0",)  # (startswith needs one)
        self.scope_marks = tuple(lex.target_scope_end)  # ；: the marks that end a cue's reach (roles.yaml)
        self.table_head = _table_head_pattern(lex.tables)
        caption = lex.tables.get("caption") if lex.tables else None
        self.table_caption = compiled_regex(str(caption)) if caption else None  # 表1 …: a table's caption

    def clause_ends(self, text: str) -> list[int]:
        """Where the clause marks of a sentence stand: the classifier's, found once per sentence."""
        return self.classifier.clause_marks(text)

    def area(self, name: str, source: str = "") -> Area | None:
        """A division given by name (full or short) or by its six-digit code. A name several
        divisions share (江北区 of Chongqing and of Ningbo, 鼓楼区) is the one inside the area of
        the paper `source` names (重庆日报), where it names one that holds some of them."""
        name = name.strip()
        if not name:
            return None
        g = self.gazetteer
        if name.isdigit():
            return g.by_code.get(name[:6].ljust(6, "0"))
        if name == g.country.name:
            return g.country
        found = g.full.get(name) or g.short.get(name) or []
        if len(found) > 1 and source:
            paper = g.account_division(source) or gaz_deepest(g, source, None) or g.paper_place(source)
            inside = [a for a in found if paper is not None and a.within(paper)]
            found = inside or found
        return min(found, key=lambda a: LEVELS.index(a.level)) if found else None

    def document(self, meta: DocMeta | None, head: str = "") -> DocSituation:
        """A document's date and places from its manifest line; `head`, the opening of its text
        where it is at hand (not for a streamed file), gives an area to an opening article that
        names none (a headline cut off from its report)."""
        meta = meta or DocMeta()
        errors = []
        place = self.area(meta.place, meta.source)
        if meta.place and place is None:
            errors.append(f"{meta.where}: place '{meta.place}' is no division the gazetteer knows "
                          "(write its full standard name or its six-digit division code); the text's places are used")
        return DocSituation(meta.published, "manifest" if meta.published else "", meta.source, place, errors,
                            head.lstrip().partition("\n")[0], head=head, gazetteer=self.gazetteer)

    def date_from_header(self, doc: DocSituation, text: str) -> None:
        """No manifest date: a dated header at the top of the first article (2013年07月26日 10:58)."""
        if not doc.published:
            found = published_in(self.period_words, text[:400])
            if found:
                doc.published, doc.published_from = found, "header"

    def article(self, doc: DocSituation, dateline: str, titles: Iterable[str], body: Iterable[str]) -> ArticleSituation:
        titles = tuple(titles)
        body = iter(body)
        # the first sentences (a headline may be one), read again below; the third only for the session, where a
        # byline line (□ 本报评论员 某某) has taken one of the first two
        opening = list(islice(body, 3))
        body = chain(opening, body)
        published = doc.published
        for first in opening[:2] if doc.published else ():
            published = opening_date(self.period_words, doc.published, dateline + first)
            if published != doc.published:
                break
        home, why = PlaceTracker.article_area(self.gazetteer, doc.place, doc.source, dateline, titles, body, doc.head)
        if home is None and doc.first_place is not None:
            home, why = doc.first_place, f"the document's opening «{doc.first_place.name}»"
        local = (self.gazetteer.account_division(doc.source) or gaz_deepest(self.gazetteer, doc.source, None)
                 or self.gazetteer.paper_place(doc.source, doc.head) or self.gazetteer.paper_named(doc.source)) \
            if doc.source else None
        session = self.gazetteer.words.national_session
        national = bool(session) and any(w in text for text in (dateline, *titles, *opening) for w in session)
        return ArticleSituation(self, PlaceTracker(self.gazetteer, home, why, dateline, local, national),
                                PeriodState(published, plan=self._doc_plan(doc, titles),
                                            built=self._built(titles, published),
                                            reviewed=self._reviewed((*titles, *opening[:1]), published),
                                            head_past=self._head_past((*titles, *opening[:1]), published),
                                            plan_ahead=self._title_ahead(titles or opening[:1], published)))

    def _title_ahead(self, titles: tuple[str, ...], published: str) -> int | None:
        """The year after the document's that a headline plans for, where it names that one whole year and a word
        of periods.yaml heading_plan_ahead after it (某县2027年民生实事工作要点（12月1日县政府常务会议） in December 2026;
        the day of a note in brackets dates no part of the year): every numbered section under it that names no time
        goes on in that plan (一、稳就业 … 城镇新增就业3000人以上 is due in 2027), as under a numbered heading that names
        it (`_plan_ahead_heading`). None for any other headline."""
        words, pub = self.period_words.heading_plan_ahead, _date_year(published)
        if not words or pub is None or len(titles) != 1:
            return None
        head = titles[0].strip()
        if not is_headline(head, self.classifier.lex):  # (the opening sentence of an article no headline opens)
            return None
        years = [t for t in self.periods.times(head, published) if not t.base and t.y1 is not None]
        if len(years) != 1:
            return None
        t = years[0]
        if t.y1 != t.y2 or t.part or t.y1 <= pub or t.since or \
                not any(w in head[t.end:t.end + HALVES_GAP] for w in words):
            return None
        return t.y1

    def _plan_ahead(self, head: str, year: int) -> tuple[int, int] | None:
        """The later plan of a headline of a summary of one plan and the plans for the next (某局“十四五”工作总结及
        “十五五”工作思路, written as the one ends: periods.yaml halves_summary between the two names, halves_plan right
        after the later): the goals of the text are the next plan's, though it is not under way yet. None for any
        other headline, and where neither plan holds the document's year."""
        w = self.period_words
        if not w.halves_summary or not w.halves_plan:
            return None
        at = sorted((i, i + len(word), span) for word, span in w.plans.items() if (i := head.find(word)) >= 0)
        if len(at) != 2:
            return None
        (_, end1, span1), (start2, end2, span2) = at
        if span2[0] <= span1[1] or not (span1[0] <= year <= span1[1] or span2[0] <= year <= span2[1]):
            return None
        if not any(x in head[end1:start2] for x in w.halves_summary) or \
                not any(x in head[end2:end2 + HALVES_GAP] for x in w.halves_plan):
            return None
        return span2

    def _reviewed(self, head: Iterable[str], published: str) -> int | None:
        """The year the headline (or the document's first sentence, a title a text dump left without a mark) says the
        document reviews (periods.yaml review_title: 2025年…统计公报), where it is one year before the document's date;
        else None (a year's bulletin is written after it: a later year named so is no review)."""
        pattern, year = self.period_words.review_title, _date_year(published)
        if pattern is None or year is None:
            return None
        years = {int(m.group("y")) for text in head for m in pattern.finditer(text)}
        return years.pop() if len(years) == 1 and min(years) < year else None

    def _head_past(self, head: Iterable[str], published: str) -> bool:
        """Does the headline (or the first sentence) name whole years, all before the document's (某局2025年工作总结
        out in January 2026)? Its 本年 is then the year it reviews, even in a heading (二、本年度工作亮点:
        `_present_heading`)."""
        year = _date_year(published)
        if year is None:
            return False
        years = {t.y2 for text in head for t in self.periods.times(text, published)
                 if t.y1 is not None and t.y2 is not None and not t.part and not t.base}
        return bool(years) and max(years) < year  # type: ignore[type-var]

    def _built(self, head: Iterable[str], published: str) -> int | None:
        """The year the headline says the article's project is finished (预计2027年投用), not before the document's:
        one year only, for two (一期2026年建成、二期2028年投用) say not which part a figure is of. The headline's only: a
        deadline in the body (计划于2027年底投入使用) is one sentence's, and a later 建成后 may be another building's
        (tests/test_news25.py, as news25's gold labels it)."""
        pattern, year = self.period_words.built_by, _date_year(published)
        if pattern is None or year is None:
            return None
        years = {int(m.group("y")) for text in head for m in pattern.finditer(text)}
        return years.pop() if len(years) == 1 and min(years) >= year else None

    def _doc_plan(self, doc: DocSituation, titles: tuple[str, ...]) -> tuple[int, int] | None:
        """The plan an article is under: its headline's, else (no headline of its own) the one the document's last
        headline named."""
        if titles:
            doc.plan = self._plan(titles, doc.published)
            return doc.plan
        return self._plan((doc.first_line,), doc.published) or doc.plan

    def _plan(self, titles: Iterable[str], published: str) -> tuple[int, int] | None:
        """The years of the plan the headline names, where the document's date falls inside them."""
        year, plans = _date_year(published), self.period_words.plans
        if year is None or not plans:
            return None
        head = " ".join(titles)
        named = self._plan_ahead(head, year) or \
            next((span for word, span in plans.items() if word in head and span[0] <= year <= span[1]), None)
        m = self.period_words.plan_title.search(head) if named is None and self.period_words.plan_title else None
        if m is not None and int(m.group("y1")) <= year <= int(m.group("y2")):
            return int(m.group("y1")), int(m.group("y2"))
        return named


# the parts of a year that run to its last day (四季度, 下半年, 1—12月): named with their year, the year it closes; and its
# last month (2025年12月), which may date one day instead (2025年12月，某项目开工): read so in a review's months only
_YEAR_END_PARTS = ("Q4", "H2", "M01-M12")
_YEAR_END_MONTH = "M12"
_RUN_PARTS = ("H", "Q", "M")  # a half, quarters, months from January: a run of a year, no dated day (-04-02)
# The first month of a year's second half: a winter or a season across the year's turn holds its months from this one
# on in its first year, those before it in its second (`_turn_year`)
_AUTUMN_MONTH = 7


def _before_base(text: str, base_after: tuple[str, ...]) -> str:
    """A lead time's words without the base word it ends in (上年同期为 → 上年): the relative word that says how many
    years back the stated value is; the caller has checked that the text ends in one of them."""
    return text[:-len(next(w for w in base_after if text.endswith(w)))]


@lru_cache(maxsize=1024)
def _ends_after(period: str, year: int | None) -> bool:
    """Does the period (2021-2025, 2025, 2024H1) end in a year after `year`? A span of two years
    that begins in `year` or before (2024-2025: a crop season, a school year, a winter across the
    year's turn, in a document of 2024) is under way, not still to come. Kept per pair: asked of
    every figure of a dated document, of the few periods and dates of a run."""
    if year is None or not period:
        return False  # asked of every figure: one of a document without a date needs no search
    years = _YEARS.findall(period)
    return bool(years) and int(years[-1]) > year and not _across_turn(int(years[0]), int(years[-1]), year)


def _month_ahead(t: Time, year: int | None, published: str) -> bool:
    """Is `t` a month of the document's year (2026年6月, its year written) after the document's month?"""
    if year is None or t.y2 != year or not t.part.startswith("M") or "-" in t.part or not t.part[1:3].isdigit():
        return False
    pub_year, pub_month = _date_year(published), published[5:7]
    return pub_year == year and pub_month.isdigit() and int(t.part[1:3]) > int(pub_month)


def _title_dated(times: list[Time], published: str) -> list[Time]:
    """The times of a document's head that names no figure and carries no time yet, less the document's own month
    where a whole year earlier comes before it (武川县2025年卫生健康工作汇报 / 武川县卫生健康局 / 2026年2月 on a title
    page, the lines run into one sentence): the title names the year the document reports on, the byline the month it
    was written in (its year and month the document's date's); the figures after it are of the year, not of the
    month (2026年2月, 2026年2月26日 alike). Any other month, or one no earlier year comes before, is a time of the
    text and stays."""
    pub_year, pub_month = date_parts(published)
    last = times[-1]
    if pub_year is None or pub_month is None or len(times) < 2 or last.base or last.y1 != pub_year \
            or last.y2 != pub_year or last.part != f"M{pub_month:02d}":
        return times
    if not any(t.y1 is not None and t.y1 == t.y2 and t.y1 < pub_year and not t.part and not t.base
               for t in times[:-1]):
        return times
    return times[:-1]


def _date_line(text: str, times: list[Time], published: str, carried: Time | None,
               day_tail: regex.Pattern[str] | None) -> bool:
    """Is the sentence a line of nothing but the document's own date, standing under a title that dates the text to
    a whole year before it (玛曲县2025年…统计公报 / 玛曲县统计局 / 2026年3月20日, the lines not run into one sentence,
    where `_title_dated` reads them)? It is the day the document was issued, no time of the text: the sentences
    after it stay in the title's year (初步核算，全县地区生产总值… is of 2025, not of March 2026)."""
    pub_year, pub_month = date_parts(published)
    if pub_year is None or pub_month is None or len(times) != 1 or carried is None or carried.part \
            or carried.y1 is None or carried.y1 != carried.y2 or carried.y2 >= pub_year:
        return False
    t = times[0]
    if t.base or t.y1 != pub_year or t.y2 != pub_year or t.part != f"M{pub_month:02d}" or text[:t.start].strip():
        return False
    return not text[t.end:].strip() or day_tail is not None and day_tail.fullmatch(text[t.end:]) is not None


def _across_turn(first: int | None, last: int | None, year: int) -> bool:
    """Is first-last a span of two years under way in `year` (2024-2025 in 2024)?"""
    return first is not None and last == first + 1 and first <= year


def _never() -> bool:
    """`opens` where the caller knows no line: no sentence opens one."""
    return False


# how many characters may stand between a span and the yearly average it dates (“十三五”期间年均增长: 期间 and a quote)
RATE_GAP = 4
def _table_head_pattern(tables: dict) -> Any:
    """A line of nothing but years (2025年) and the words of a table's head that no heading of a text would be (tables.yaml:
    label_heads, unit_heads, amount_changes, base_columns, year_labels, the change columns' words, percent marks), at
    least one of each: the head of a table whose rows the reader set elsewhere. Not a level's or a goal's column word
    (2026年目标任务, 2025年完成情况: a heading of that year's figures). None without the table words."""
    year = str(tables.get("year_head") or "")
    columns = tables.get("columns") or {}
    words = {str(w) for key in ("label_heads", "unit_heads", "amount_changes", "base_columns", "year_labels",
                                "percent_marks") for w in tables.get(key) or []}
    words |= {str(w) for w in columns.get("change") or []}
    if not year or not words:
        return None
    y = r"(?:19|20)\d{2}\s*" + regex.escape(year)
    w = "|".join(regex.escape(x) for x in sorted(words, key=len, reverse=True))
    return compiled_regex(rf"(?=.*?{y})(?=.*?(?:{w}))(?:\s*(?:{y}|{w}))+\s*")


HEAD_CHARS = 80  # the longest running head (layout.yaml running_head) a sentence is asked to be
PROBLEMS_HEAD = 32  # how far into a sentence a turn to the shortcomings may stand (同时，我们也清醒地看到工作中存在的不足)
LEAD_CHARS = 16  # the longest lead of a part (市级医院扩容提质。, 农村养老服务短板加快补齐。): a sentence of words alone
# the most characters between the two years of a headline of a summary and a plan, and after the later one, that its
# words may take (2025年卫生健康工作总结和2026年工作打算)
HALVES_GAP = 16
PAIR_LEAD = 10  # the longest from word and year before a pair's from end (从2020年底的): where a pair is looked for


class ArticleSituation:
    def __init__(self, situator: Situator, places: PlaceTracker, periods: PeriodState) -> None:
        self.s = situator
        self.places = places
        self.periods = periods
        # a wider area than the article's (全省 in a city's report) that a sentence inside a paragraph about the
        # article's own area took up in passing, carried on after it (`sentence`)
        self._passing: Area | None = None
        # a part of the article's area a sentence inside a paragraph about the whole named (an example, 清丰县新建…中心1所)
        # and still carried, in the same paragraph: a sentence opening on a whole-area total's word (places.yaml
        # example_over: 全年为…发放高龄津贴8240万元) is the whole's again (`_read`)
        self._example: Area | None = None
        # the sentences with no live figure not yet read (`sentence`): read, in order, only once something asks
        # what carries (`settle`); those after the article's last figure are never read
        self._pending: list[tuple[str, list[Candidate], tuple[tuple[int, int], ...], str, Callable[[], bool],
                                  bool]] = []
        self.lazy = True  # False: every sentence read as it comes (the full path, for tests)
        # every sentence of the paragraph read so far a speaker's fillers holding no figure (嗯，好的。我汇报一下。 opening
        # a turn of a transcript: `_filler`): the sentence after them opens the paragraph's text
        self._lead_in = False
        # a sentence of the paragraph read so far held a live figure (`_sentence`: a span named after it is an aside)
        self._para_figured = False

    def settle(self) -> None:
        """Read the sentences held back, in order: what carries (place, period, the area named in passing)
        is then as if each had been read as it came. Called before anything reads or changes it."""
        while self._pending:
            pending, self._pending = self._pending, []
            for held in pending:
                self._read(*held)

    def column_period(self, word: str, period: str) -> str:
        """The time of a table column headed by a part of the year (一季度, 1-3月, 3月: `Cell.span`) in the year of
        `period`, the time the text gives its row (表1 2025年前三季度…: 2025Q1 under 一季度); "" where the head names
        no one part or the row has no year."""
        times = self.s.periods.times(word, self.periods.published)
        if len(times) != 1 or times[0].y1 is not None or not times[0].part or not period[:4].isdigit():
            return ""
        return times[0].label(int(period[:4]))

    def settled_places(self) -> PlaceTracker:
        """The place tracker, every sentence so far read (`_caption_place` reads and may change it)."""
        self.settle()
        return self.places

    def new_section(self, heading: str = "") -> None:
        """A numbered heading opens a section of the report: a place carried over from the last section
        (乌鲁木齐市有3.2万名… before 四、审计整改情况) is not that of the next one's figures, nor a year ahead
        a goal of it was due by, nor, under a heading of the long term that names no time (四、中长期发展谋划),
        the year the section before planned for."""
        self.settle()
        self.places.carried, self.places.carried_word = None, ""
        words = self.s.period_words.long_term
        self.periods.long_term = bool(words) and any(w in heading for w in words) and \
            not self.s.periods.times(heading, self.periods.published)
        if self.periods.long_term:
            self.periods.carried, self.periods.year, self.periods.resumed = None, None, None
        due = self.periods.carried
        ahead = self._plan_ahead_heading(heading)
        if due is not None and due.y1 is not None and not due.part and due.y1 != ahead and \
                due.y1 > (_date_year(self.periods.published) or due.y1):
            # 到2027年，…达到300亿元。三、持续保障和改善民生: the year a goal is due by is of its own section, as of
            # its own part after a lead (`_sentence`); the next section speaks of the year in force again (not the year
            # the plan its heading goes on in plans for: 二、2027年工作计划 … （二）扩参保。…稳定在38万人以上)
            self.periods.carried, self.periods.year = None, None
        if self.periods.halves is not None:
            self._half(heading, self.periods.halves)
        self._present_heading(heading)
        self.periods.plan_ahead = ahead

    def _plan_ahead_heading(self, heading: str) -> int | None:
        """The year a numbered heading plans for where it names one whole year after the document's, followed by a
        word of periods.yaml heading_plan_ahead (二、2027年工作计划 in December 2026): the goals under it that say 全年, or
        name months from January with no year (1-6月完成新增就业1800人), are of that year, not of the document's. A
        heading under it that names no time and no summary (（一）抓项目建设。, 三、保障措施) goes on in that plan; one
        naming a time or a summary (三、存在的问题 is none: 一、2026年工作回顾, 四、工作成效) ends it."""
        words, pub = self.s.period_words.heading_plan_ahead, _date_year(self.periods.published)
        times = [t for t in self.s.periods.times(heading, self.periods.published) if not t.base]
        if not times and not any(w in heading for w in self.s.period_words.halves_summary):
            return self.periods.plan_ahead
        if not words or pub is None or len(times) != 1:
            return None
        t = times[0]
        if t.y1 is None or t.y1 != t.y2 or t.part or t.y1 <= pub or t.since or \
                not any(w in heading[t.end:t.end + HALVES_GAP] for w in words):
            return None
        return t.y1

    def _present_heading(self, heading: str) -> None:
        """二、本年预算草案 after 一、上年预算执行情况 (or 一、2025年…) in a budget report of January 2026: a heading that
        names the year with a present-year word (periods.yaml heading_present), once the text has spoken of a year
        before the document's, turns to the document's year; the year-words under it (本年…预计9.1亿元) are of it, not
        of the year just reviewed, as they would be read as the last year the text named."""
        state, w = self.periods, self.s.period_words
        pub = _date_year(state.published)
        if pub is None or state.whole_year is None or state.whole_year >= pub or state.head_past or \
                state.reviewed is not None or not any(x in heading for x in w.heading_present):
            return
        times = [t for t in self.s.periods.times(heading, state.published) if not t.base]
        if len(times) != 1 or times[0].y1 is not None or times[0].part or times[0].text not in w.heading_present:
            return  # (a heading naming a year of its own, or a part of one, dates itself)
        state.whole_year, state.whole_counted, state.reported_year = pub, False, None
        state.carried, state.year, state.resumed, state.carried_from = None, None, None, None

    def _halves(self, text: str, live: list[Time]) -> tuple[Time, Time] | None:
        """The two years of a headline of a summary and a plan (某局2025年工作总结和2026年工作打算: periods.yaml
        halves_summary): two whole years, earlier then later, or the two halves of one year (2025年上半年工作总结和下半年
        工作计划), a summary word between them and a plan word after the later; else None."""
        w = self.s.period_words
        if len(live) < 2 or not w.halves_summary or not w.halves_plan:
            return None
        # (the first two times of the sentence: a headline the layout ran into the first sentence of the text,
        # …2026年工作打算2025年，全县…, goes on with the times of that sentence)
        a, b = live[0], live[1]
        if a.since or b.since or a.y1 is None or a.y1 != a.y2 or b.start - a.end > HALVES_GAP:
            return None
        if (a.part, b.part) == ("H1", "H2") and b.y1 in (None, a.y1) and b.y2 in (None, a.y2):
            # 某局2025年上半年工作总结和下半年工作计划: the halves of one year, the later written without its year
            b = b._replace(y1=a.y1, y2=a.y2)
        elif a.part or b.part or b.y1 is None or b.y1 != b.y2 or a.y2 is None or b.y1 <= a.y2:
            return None
        if not any(x in text[a.end:b.start] for x in w.halves_summary) or \
                not any(x in text[b.end:b.end + HALVES_GAP] for x in w.halves_plan):
            return None
        return a, b

    def _half(self, heading: str, halves: tuple[Time, Time]) -> None:
        """A numbered heading under a headline of a summary and a plan (`_halves`). One naming no year is of the
        summary's year where it holds a summary word (一、工作开展情况), of the plan's where it holds a plan word
        (三、下一步工作打算: not at no time, as a heading of the next steps otherwise is, unless a heading has named the
        plan's year already, 二、2026年工作安排, or it names the long term, 中长期: that ends the halves); any other
        (二、存在的问题, （一）稳定就业) goes on in the half in force, whose year stays carried (a plan's year ahead of
        a December report's is not dropped at its sub-headings). One naming the summary's or the plan's year opens that
        half; another year ends the halves: the text dates itself from there."""
        w = self.s.period_words
        state = self.periods
        times = [t for t in self.s.periods.times(heading, state.published) if not t.base]
        if times:
            # (a half of the year named without its year, 三、下半年工作计划, is of the year of the halves)
            t = times[0]
            named = [h for h in halves if len(times) == 1 and t.part == h.part and
                     (t.y1, t.y2) in ((h.y1, h.y2), (None, None) if h.part else (h.y1, h.y2))]
            if named:
                state.half = named[0]
                state.plan_named = state.plan_named or state.half is halves[1]
            else:
                state.halves = state.half = None
            return
        if state.long_term and any(x in heading for x in w.long_term if x not in w.halves_plan):
            state.halves = state.half = None
            return
        if any(x in heading for x in w.halves_summary):
            state.half = halves[0]
        elif any(x in heading for x in w.halves_plan):
            if state.plan_named:
                state.halves = state.half = None
                return
            state.half = halves[1]
        half = state.half
        if half is None:
            return
        state.carried, state.year, state.whole_year, state.long_term = half, half.y2, half.y2, False
        state.whole_counted = False
        state.reported_year, state.resumed, state.carried_from = None, None, None

    def sentence(self, text: str, cands: list[Candidate], lines: tuple[tuple[int, int], ...] = (),
                 aside: bool = False, after: str = "", opens: Callable[[], bool] = _never,
                 first: bool = False) -> None:
        """Place and period of every live figure of one sentence (see `_sentence`). aside: the
        sentence is the headline of another item the page set into a paragraph, read after it: its
        figures take its own place and time, and the text after it goes on with those in force
        before it (the county it names is not the next paragraph's). after: the sentence after it in its
        paragraph, where a quotation's speaker is named (“…。”市人社局负责人说). opens: does the sentence open a line
        of the source? Asked only where the answer matters (a look back or a span in force, a short lead with no
        figure): most sentences never ask, and the answer is a search of the source; first: it is the first of its
        paragraph.

        A sentence with no live figure (most) changes only what carries on to the sentences after it: it is
        held back and read only once a later sentence with a figure, a section's heading or a table's caption
        asks (`settle`); an article's last such sentences are never read. One set aside (an item's headline)
        changes nothing at all: it is not read. Nor is a paper's imprint line the page set between two paragraphs
        (places.yaml imprint: 某某日报社出版, 主办：…): the paper's city it names is not the item's, and the paragraph after
        it goes on with the place in force before it; its own figures, if any, are read as an aside's."""
        imprint = self.s.gazetteer.words.imprint
        if not aside and imprint is not None and imprint.match(text) is not None:
            aside = True
        if self.lazy and (not cands or all(c.excluded_by for c in cands)):  # (most hold no number at all)
            if not aside:
                self._pending.append((text, cands, lines, after, opens, first))
            return
        if self._pending:
            self.settle()
        if not aside:
            self._read(text, cands, lines, after, opens, first)
            return
        # read on snapshots of both trackers, the live ones left untouched: whatever the sentence
        # changes, in place or by assignment, goes with the snapshots
        places, periods = self.places, self.periods
        self.places, self.periods = places.snapshot(), periods.snapshot()
        try:
            self._sentence(text, cands, lines)
        finally:
            self.places, self.periods = places, periods

    def _read(self, text: str, cands: list[Candidate], lines: tuple[tuple[int, int], ...], after: str,
              opens: Callable[[], bool], first: bool) -> None:
        """A sentence of the article's own text (no aside): its places and periods, the area named in passing."""
        if after:
            self.places.quoted(text, after)
        places, before = self.places, self.places.carried
        if self._passing is not None and before == self._passing and (first or opens()):
            # 全市…增长5.6%。全省地区生产总值增长5.3%。/ 全年接待游客…: the province a paragraph of the city's
            # figures named in passing is of its own sentences; the next paragraph speaks of the city again
            places.carried, places.carried_word = None, ""
            before = None
        self._passing = None
        example, over = self._example, self.s.gazetteer.words.example_over
        if example is not None and places.carried == example and over is not None and not first and \
                over.match(text) is not None and not opens():
            # 全市共有养老机构118家…。清丰县新建县级失能照护中心1所。中心设置床位200张。全年为4.6万名老年人发放高龄津贴
            # 8240万元: the county was the place of an example of the paragraph on the city; the year's total after it,
            # naming no place, is the city's again (the example's own words, 中心…, stay the county's)
            places.carried, places.carried_word = None, ""
            before = None
        origin = self.periods.carried_from
        if origin is not None and not origin[1] and not self.periods.line_since and (first or opens()):
            self.periods.line_since = True
        lead_in = first or self._lead_in  # (only fillers before it in its paragraph: it opens the paragraph's text)
        self._sentence(text, cands, lines, opens, first, lead_in)
        self._lead_in = lead_in and all(c.excluded_by for c in cands) and (self._filler(text) or self._titled(text))
        home, now = places.home, places.carried
        if not first and now is not None and home is not None and now != home and not opens() and (
                (before is None or before == home) and home.within(now)
                or now != before and now.within(home) and (before is None or before.within(home))):
            # (a part of the article's area a paragraph on the whole names after its first sentence, an
            # example: …仁化县丹霞山景区招聘导游60名。/ “南粤家政”专场吸引企业52家 is the city's again)
            self._passing = now
        # (the part's example runs on while the part is carried in its paragraph: 中心设置床位200张 is still the county's)
        self._example = now if now is not None and home is not None and now != home and now.within(home) and (
            self._passing is now or (now == example and not first and not opens())) else None

    def _titled(self, text: str) -> bool:
        """Is the sentence a numbered item's title run into its paragraph (periods.yaml run_in_title: （一）拓宽就业渠道。)?
        It says nothing of a time: the sentence after it opens the item's text, as after a heading line of its own."""
        title = self.s.period_words.run_in_title
        return title is not None and title.match(text) is not None

    def _filler(self, text: str) -> bool:
        """Is the sentence a speaker's fillers alone, marks between (periods.yaml fillers: 嗯，好的。我汇报一下。)? Not a
        written lead, which says something (基层服务网络也在加密。): a year after that is a look back as ever."""
        fillers = self.s.period_words.fillers
        if not any(map(text.__contains__, fillers)):
            return False  # (most sentences: no filler word in them, so none taken out)
        rest = text
        for word in sorted(fillers, key=len, reverse=True):  # (好的 before 好)
            rest = rest.replace(word, "")
        return len(rest) < len(text) and all(is_mark(ch) or ch.isspace() for ch in rest)

    def _item_time(self, text: str, para_opens: bool) -> None:
        """The time a sentence opening on an item of a numbered list stands on. 二、存在的问题 一是2025年全市就业补助资金
        结余1.24亿元…。二是培训后就业率不足60%: the items are parallel, each framed by the time in force before the list;
        a year named inside the first item dates that item, not the next one's figures, which name none. The time before
        the first item's sentence is kept (periods.yaml item_first) until a paragraph opens on no item; so is the place
        in force then (一是都昌县新开工项目18个。二是新签约项目56个 in an item on 九江市: the city's again)."""
        w, state = self.s.period_words, self.periods
        if w.item_opener is None or not w.item_first:
            return
        head = text.lstrip()
        first = _opening(w.item_opener)  # (most sentences open on none of its characters: no match set up for them)
        m = w.item_opener.match(head) if first is None or head[:1] in first else None
        if m is None:
            if para_opens:
                state.item_base = None
                self.places.item_base = None
            return
        places = self.places
        if m.group().startswith(w.item_first):
            state.item_base = (state.carried, state.year)
            places.item_base = (places.carried, places.carried_word)
        else:
            if state.item_base is not None and state.carried is not state.item_base[0]:
                state.carried, state.year = state.item_base
            if places.item_base is not None:
                # 九江市…。一是都昌县新开工项目18个。二是新签约项目56个: a place the first item named is that item's;
                # the next item speaks of the area in force before the list, as its time is
                places.carried, places.carried_word = places.item_base

    def _sentence(self, text: str, cands: list[Candidate], lines: tuple[tuple[int, int], ...] = (),
                  opens: Callable[[], bool] = _never, first: bool = False, lead_in: bool = False) -> None:
        """Place and period of every live figure of one sentence; then carry this sentence's on.

        lines: whole source lines inside the sentence that hold no mark and end on a figure, the text
        running on across both their ends (`pipeline`); one that opens with a place's name is an item
        the page glued in (…铜牌 / 佛冈县今年新增社会体育指导员560名 / 27枚，…): its place is that of
        its own figures only, not of the sentence around it where that names a place of its own (全市,
        清远), and carries nothing on. lead_in: only a speaker's fillers (`_filler`) stand before it in its
        paragraph."""
        # (the name `first` is taken for the sentence's first time below) a sentence after the fillers of its paragraph
        # (嗯，好的。我汇报一下。2025年，全县…) opens the paragraph's text as its first would: a year it names is the
        # time the paragraph turns to, no look back from the year in force
        opening = first or lead_in
        # asked once: every sentence asks below whether it opens its paragraph or a line (`office_opens`)
        para_opens = first or opens()
        # the sentence's live figures, picked once for every question below (a sentence read for what it carries
        # holds none, and its excluded numbers, often many, are passed over once, not by every loop)
        figures = [c for c in cands if not c.excluded_by]
        figured_before = self._para_figured and not para_opens  # (figures in the paragraph before this sentence)
        self._para_figured = figured_before or bool(figures)
        if (self.places.just is not None or self.places.just_city is not None) and para_opens:
            # …嘉兴市同期每千人口床位6.12张。/ 专科床位…全市精神科床位…: the city above the article's that a paragraph
            # before named in passing is not what the next paragraph's 全市 stands for (nor a county-level city)
            self.places.just = self.places.just_city = None
        if para_opens:
            # (a paragraph's first sentence only names what it goes on about: not one that opens a line of a paragraph
            # the page ran together, a photo's caption after a brief: `PlaceTracker._para_city`)
            self.places.para_named, self.places.para_lead = None, first
            self.places.office_opens(text)  # (县人社局负责人表示，全县… after a paragraph on a sibling county)
        back = self.periods.looked_back
        para = back is not None and para_opens
        if back is not None and (para or back.text in self.s.period_words.now or self._current_budget(text)):
            # 2024年全国粮食总产量…。2023年，全国粮食总产量为13912亿斤。/ 分省份看，…: the look back to an earlier
            # year is of its own sentences; a paragraph or line opening after it speaks of the year in force before
            # it again, and breaks down no figure of that look back. A look back from the time of writing (目前，全县日供水
            # 能力…。去年全年供水量…。/ 新建的东区水厂日处理能力5万立方米) is an aside of its own sentence: the next one
            # speaks of now again (one that breaks a figure of the look back down, 其中…, keeps its time: `before`)
            self.periods.carried, self.periods.year, self.periods.whole_year = back, back.y2, back.y2
            self.periods.whole_counted = False
            self.periods.looked_back = None
            if para:
                self.periods.before = {}
                self.periods.pair_ends = None
        if para_opens:
            self.periods.rate_span = None  # (the span a yearly average took dates only its own paragraph's)
        since = self.periods.carried
        if since is not None and since.since and (since.text not in self.s.period_words.plans or self.periods.since_aside) \
                and para_opens:
            # 据统计，2021年以来，…累计实施项目96个。/ 在大井镇，…总投资860万元: the years up to now are of the
            # totals of their own paragraph; the next paragraph or line reports as of the time in force, not over them
            # (a plan's, “十三五”以来，…, frames the review after it, paragraph after paragraph). Where the span ended
            # before the document's year and a whole year the report speaks of was in force before it (2026年，…。
            # 2021-2025年，…由18.6万人增长到27.4万人。/ 全市共有基层团组织4126个 in January 2027), the next paragraph is of
            # that year again, not of the document's date (years up to now, 2021年以来, still give way to that date)
            prior = self.periods.prior if self._span_in_force() is since else None
            pub = _date_year(self.periods.published)
            if prior is not None and prior.y2 is not None and self._reported_year(prior) and \
                    pub is not None and since.y2 is not None and since.y2 < pub:
                self.periods.carried, self.periods.year, self.periods.prior = prior, prior.y2, None
            else:
                self.periods.carried, self.periods.year = None, None
        if since is not None and (since.since or self._span_in_force() is since) and not para_opens and \
                not self.periods.crossed and self._states_present(text, figures):
            # 36年来，她的出诊记录本攒了23本。…。村里现有常住人口1260人…。村里高血压患者有96人: a sentence that opens
            # on the time of writing (现有, 目前) leaves the look back over the years up to now, and the sentences after
            # it in the paragraph speak of now too, not over those years (a span carried into a paragraph it did not
            # open, `crossed`, gives way to the year in force before it, below)
            self.periods.carried, self.periods.year = None, None
            since = None
        if since is not None and since.since and self.periods.span_area is not None and para_opens and \
                self._opens_elsewhere(text, self.periods.span_area):
            # 青海省…“十四五”以来，全省养老服务床位…。/ 福建省今年将新增养老床位…: a roundup's paragraph on another
            # area is its own item; the years the paragraph before reviewed are not its figures' time
            self.periods.carried, self.periods.year, self.periods.span_area = None, None, None
            since = None
        if since is not None and not since.since and para_opens and self._span_in_force() is since:
            self.periods.crossed = True
        if since is not None and self._year_start(text, since):
            # “十四五”期间，全市累计帮助1.2万户…。全市驿站总数达到312个，较年初目标多62个: back to the year in force
            prior = self.periods.prior
            assert prior is not None
            self.periods.carried, self.periods.year, self.periods.prior = prior, prior.y2, None
            self.periods.crossed = False
            since = None
        if since is not None and self._span_in_force() is since and self._turns_to_problems(text, figures):
            # “十四五”时期，…年均增长5.8%。（四）存在的主要问题 一是…比重仅为14.6%: the shortcomings a heading or a
            # sentence's head turns to are those of now, not of the span just reviewed: the whole year in force before the
            # span (2026年，…。过去五年，…。同时，…存在的不足：…), else the document's own date (1-11月，… before the span)
            prior = self.periods.prior
            if prior is not None and not self._reported_year(prior):
                prior = None
            self.periods.carried, self.periods.year, self.periods.prior = prior, prior.y2 if prior else None, None
            self.periods.crossed = False
            since = None
        if self.periods.crossed and self._states_present(text, figures):
            # “十四五”期间，全县累计引导返乡创业2.1万人。/ 全县现有纺织服装企业2800余家: a paragraph that opens on
            # figures as they stand now (现有, 目前) has left the review of the plan's years; its figures are of
            # the year in force before the span took over (a year-end review's 2025, this year's 今年)
            prior = self.periods.prior
            self.periods.carried, self.periods.year, self.periods.prior = prior, prior.y2 if prior else None, None
            self.periods.crossed = False
        self._item_time(text, para_opens)
        placed = self.places.sentence(text)
        glued = []  # such lines, each read as a text of its own (its first name opens a word there)
        for b, e in lines:
            own = self.places.sentence(text[b:e])
            if own and own[0][0].start == 0 and not own[0][0].levels and not own[0][0].aside and not own[0][0].unit:
                glued.append((b, e, own))
        host = placed
        if glued:
            host = [pa for pa in placed if not any(b <= pa[0].start < e for b, e, _ in glued)]
            if not host:
                # the sentence around names no place of its own: a line that opens it may be its headline;
                # one in the middle of it (…医共体内向上转 / 砚山县新建周转房120套 / 诊患者1.16万人次) is none
                # (…增长12.6% / “我们将…”: a line that a quotation follows heads no sentence of its own words)
                glued = [g for g in glued if text[:g[0]].strip() or _opens_quote(text, g[1])]
                host = [pa for pa in placed if not any(b <= pa[0].start < e for b, e, _ in glued)]
        finder, state = self.s.periods, self.periods
        times = finder.times(text, state.published)
        if times and len(text) <= HEAD_CHARS and self._running_head(text):
            # a page's running head left between two paragraphs (某某日报 2026年1月15日 星期四 第2版): the paper's date,
            # no time of the text; the paragraphs under it stay in the time the text was in
            times = []
        if times and not figures and self.s.table_head is not None and self.s.table_head.fullmatch(text.strip()):
            # 2025年 单位 / 2024年 增减: the years of a table's head that a reader set apart from its rows (a column
            # at a time), no time of the text; the prose after the table (全年…) stays in the year it was in
            times = []
        if times and not figures and self.s.table_caption is not None and \
                len({u.y2 for u in times if u.y2 is not None and not u.base}) > 1 and \
                self.s.table_caption.match(text.lstrip()) is not None:
            # 表1 主要指标2026年预计完成和2027年计划: a caption over the columns of two years, each column's own, no time of
            # the text; the prose after the table (二、存在的问题 …仅为38.5%) stays in the year it was in
            times = []
        if times and not figures and state.carried is None:
            times = _title_dated(times, state.published)
        elif times and not figures and _date_line(text, times, state.published, state.carried, self.s.period_words.day_tail):
            times = []
        if times and self.s.period_words.reported_relative:
            times = self._reported_relative(times)
        if not placed and not times and not figures:
            self.periods.before = {}
            self.periods.pair_ends = None
            lex = self.s.classifier.lex
            lead = text.strip()
            if len(lead) <= LEAD_CHARS and lead[-1:] in lex.sentence_end and opens():
                # 双峰县农机产业园…产值56.7亿元。 / 民生实事全面完成。全年民生支出…: the lead of a line opens a new
                # part of a report, of the whole area again, not of the county the part before ended on (a
                # line that ends in no sentence mark, a quoted cry “‘胖妞’来了！”……, opens no part: the story
                # goes on where it was)
                self.places.carried, self.places.carried_word = None, ""
                due = self.periods.carried
                if due is not None and due.y1 is not None and not due.part and due is not self.periods.half and \
                        due.y1 > (_date_year(self.periods.published) or due.y1) and due is not self.periods.list_lead \
                        and due.y1 != self.periods.plan_ahead:
                    # 到2027年，…达到5.5万亿元。（三）增进民生福祉。新增城镇就业…: the year a goal is due by is of
                    # its own part; the part the lead opens speaks of the year in force again (not the year of the
                    # plan a headline of a summary and a plan names, `_half`: its whole half is of it; nor the year
                    # a heading plans for, 二、2027年工作计划: `_plan_ahead_heading`)
                    self.periods.carried, self.periods.year = None, None
            carried = self.periods.carried
            back = carried is not None and self.periods.prior is not None and len(text.strip()) <= LEAD_CHARS \
                and self._span_in_force() is carried and self._reported_year(self.periods.prior)
            if carried is not None and carried.since and len(text.strip()) <= LEAD_CHARS and not back:
                # 市级医院扩容提质。: a short lead of nothing but words opens a new part of the story; the
                # years up to now that the part before ran over (“十四五”以来，…新增床位7600余张) are of its
                # cumulative figures, not of the levels the new part reports (开放床位总数达到2200张)
                self.periods.carried = None
            elif back:
                # 2025年，…。“十四五”期间，…累计完成…。产业发展。…: a review of the years of a plan set between
                # paragraphs of the year the report speaks of; the part the lead opens is of that year again
                # (not a year long past, which the text only looked back to: 继2010年获授牌后); so too after the
                # years up to it (截至2023年底，…。“十四五”以来累计投入…。（二）基层服务能力持续提升。: a review's year)
                prior = self.periods.prior
                self.periods.carried, self.periods.year, self.periods.prior = prior, prior.y2, None
            return  # names no place or time and holds no figure (most sentences): nothing changes
        spans = tuple([(t.start, t.end) for t in times]) if times else ()
        if figures:  # (a sentence read only for what it carries has no figure to place, pair, note or remember)
            self._figures(text, times, figures, host, glued, spans)
            self._plan_start(text, times, figures)
            marks = self.s.period_words.footnote_marks
            if marks:
                for c in figures:
                    if c.period and text[c.q.end:c.q.end + 1] in marks:
                        state.noted[text[c.q.end]] = c.period  # (6.1万人①: its note under the page is of its time)
            self.periods.before = {c.role: c.period for c in figures if c.period}
            self.periods.pair_ends = self._pair_ends(text, figures)
            self.periods.rate_span = self._rate_span(text, figures) or self.periods.rate_span
        else:
            self.periods.before = {}
            self.periods.pair_ends = None
        self.places.after(host, text, spans)
        # 近三年 is the span of its own sentence: the text comes back to the time it was in
        # (… and so is the month of a box's entry set figure first, 4.3%9月份城镇调查失业率: `entry_label_time`)
        # (… and a sentence that is a relative time word alone, 上年末 or 上年同期 on a line of its own, a table's
        # head cell an extractor set a line a cell: `_head_cell_time`)
        live = [t for t in times if not t.base and not t.back and not t.aside and not t.lead
                and not self._rate_only(text, t)
                and not (figures and entry_label_time(text, t, figures[0].q.start))
                and not (not figures and self._head_cell_time(text, t))] if times else []
        if live:
            named_before = state.named
            relative = tuple(self.s.period_words.relative)
            last = live[-1]
            span = next((u for u in reversed(live[:-1]) if u.y1 is not None and u.y2 is not None and u.y1 < u.y2 and
                         not u.part), None)
            if span is not None and not last.part and last.y1 is not None and last.y1 == last.y2 and \
                    span.y1 <= last.y1 <= span.y2 and cands:  # type: ignore[operator]
                # 五年来，…由2020年的927.6亿元增加到2025年的1186.3亿元: a year of the span its sentence reviews ends
                # one of its series; the review goes on over the span (as `_inside_span` keeps one carried)
                last = span
            year = last.y2 if last.y2 is not None else self._year_before(text, times, last)
            if figures and all(c.role == "target" for c in figures):
                year = self._plan_ahead_year(times, last, year)  # (what its goals took, carried to the next)
            if year is not None and (self._closing(times, last) or self._after_past_part(
                    text, times, last, year, [c.q.start for c in figures if c.role != "target"])) and \
                    any(c.role != "target" for c in figures):
                # 全年… in a report of January: the year just over, as for its figures (_period); a
                # sentence with no result in it (按年度分解任务) carries the year-word as before
                year -= 1
            ahead = False  # a part of the year not over yet, named in a sentence without figures
            if last.y1 is None and year is not None and \
                    _unfinished(last.part, year, state.published, self._reported(text, last),
                                self.s.period_words.past_month_lag) and \
                    not any(u.end <= last.start and not u.base and u.y2 is not None for u in times):
                year -= 1  # as for the figures of its sentence (_period)
                ahead = not figures
            y1, y2 = last.resolved(year) if last.y1 is None else (last.y1, year)
            # …上半年全省经济稳中有进，…下半年要持续扩大有效需求。 (a report of August): a sentence with no
            # figure that turns to a part of the year still to come speaks of plans; the figures after
            # it are of the time in force before it, not of last year's part
            first = live[0]
            if first is not last and y1 is not None and y1 == y2 and not first.part and not last.part and \
                    (first.y1, first.y2) == (y1, y2) and all(is_mark(ch) or ch.isspace() for ch in text[:first.start]):
                # 过去一年，全旗地区生产总值…；全年实现旅游收入…: the year its sentence opens with is the time the
                # text turns to (out of the span of a 十四五 review), whatever year-word of it comes last (a part of
                # the year, 今年以来，…截至9月底…, is the finer time and stays)
                last = first
            elif first is not last and self._deadline_over_span(text, first, last):
                # 到2030年，全区生产总值突破7500亿元；“十五五”期间累计新增城镇就业40万人以上。/ 力争研发经费投入强度达到2%:
                # the plan's span a clause totals over ends in the year the sentence opened with as its frame; the goals
                # after it are due in that year, not over the span
                last, year = first, first.y2
                y1, y2 = first.y1, first.y2
            if not ahead and not self._inside_span(text, last, y1, y2):
                # a sentence of figures of a whole year before the whole year in force looks back (2023年，全国粮食
                # 总产量为13912亿斤 after 2024年…; not a heading, 一、2023年工作回顾, nor after a dated day)
                old = state.carried
                own = next((u for u in reversed(live[:-1]) if u.y1 is not None and u.y1 == u.y2 and not u.part
                            and not u.since and y2 is not None and u.y2 is not None and u.y2 > y2), None)
                if own is not None and (old is None or old.y2 is None or old.y2 <= own.y2) and \
                        not (old is not None and old is state.list_lead and old.y1 == own.y1 and old.y2 == own.y2):
                    # (the year a list's lead named, written again in an item (到2030年，主要目标是：…，2030年达到…): the
                    # lead's time goes on, `list_lead`)
                    # 七星农场今年种植水稻122万亩，…；上年职工人均可支配收入4.2万元: the look back ends a sentence that
                    # spoke of a later year first (after a look back of the sentence before, 上年…558万吨); the
                    # paragraph after it goes back to the year the sentence named first, not to the look back
                    old = Time(own.start, own.end, own.y1, own.y2, own.part, text=own.text)
                # (a paragraph that opens on a year of its own, 建水县2025年城镇新增就业… after a look back to 去年 in an
                # item above, is an item of that year, no look back: the paragraphs after it go on in its year; a line
                # that opens on one, 西宁经开区…去年实现产值… after 今年前8个月…, still looks back; so does a stock as of a
                # day of an earlier year, 截至2025年12月31日，本部门共有车辆3辆 in a budget of 2026, opening a paragraph)
                as_of = bool(last.part) and self._as_of_opening(text, last)
                state.looked_back = old if old is not None and figures and old.y1 == old.y2 and not old.since \
                    and (not opening or as_of) \
                    and (not old.part or old.text.startswith(relative) or self._aside_from_now(text, old, last)) \
                    and y1 == y2 and (not last.part or as_of) \
                    and old.y2 is not None and y2 is not None and y2 < old.y2 \
                    and (old.y2 <= (_date_year(state.published) or old.y2) or
                         (state.list_lead is not None and state.carried is state.list_lead)) else None
                # (a goal year a list's lead named, 到2030年，主要目标是：…，2025年为198户: the base year looked back to is
                # of its own clause; the next item is due by the lead's year again)
                if old is not None and old.y1 is not None and old.y2 is not None and old.y1 < old.y2 and \
                        y1 == y2 == old.y2 and not old.since and self._deadline_over_span(text, last, old):
                    # “十五五”期间，…。到2030年，…。/ 重点实施“十大工程”，建成区域医疗中心2个: the deadline framing its
                    # sentence is of its own paragraph; the next one speaks of the plan's years again
                    state.looked_back = old
                state.prior = self._prior(live, y1, y2)
                state.beside = next(((u.y1, u.y2) for u in live[:-1] if u.y1 is not None and u.y2 is not None and
                                     u.y1 < u.y2), None)
                pub = _date_year(state.published)
                ahead = pub is not None and y1 is not None and (y1 > pub and not last.part or
                                                                _month_ahead(last, y1, state.published))
                # (the time in force before a year ahead a goal is due by: the goals of the next part are of it again)
                state.resumed = (state.carried if state.carried is not None else state.resumed) if ahead else None
                state.carried = Time(last.start, last.end, y1, y2, last.part, text=last.text, since=last.since)
                if not figures and text.rstrip()[-1:] in self.s.classifier.lex.target_list:
                    # (到2030年，全县主要目标是：: the lead of a list, whose items' short leads keep its time, `list_lead`)
                    state.list_lead = state.carried
                framed = all(is_mark(ch) or ch.isspace() for ch in text[:last.start]) or _framing(text, last.end)
                state.carried_from, state.line_since = (state.carried, framed), False
                state.span_area = gaz_deepest(self.places.gaz, text, self.places.ref()) \
                    if last.since and y1 is not None and y2 is not None and y1 < y2 else None
                state.since_aside = bool(last.since) and figured_before
                state.crossed = False
                state.year = year
            # a whole year, or a part of one counted from the document's date (今年1—10月: the text
            # speaks of this year now; a dated day 2024年3月28日 does not); a span of years over before the document's
            # year (2021–2025年，累计… in an April 2026 analysis) is none: a year-word after it (预计全年…) speaks of no
            # year of the span's. A span up to now (1961年以来) ends in the year the text speaks of, and in a report of
            # the year's first months (periods.yaml closing_months) the span may end in the year it reviews: both stay
            # A season or school year across the year's turn (2025—2026学年，…; 2025—2026年采暖期，… in a bulletin of
            # 2025) is none either: it counts the term or the winter, not a year the text speaks of; a year-word after
            # it (全年普通高中招生…, 年末…) stays of the year the bulletin reviews, not of the season's second year.
            whole = [t for t in live if t.y1 is not None and (not t.part or t.text.startswith(relative))
                     and not self._span_over(t) and not self.s.periods.season(text, t)]
            if whole:
                goals_only = bool(figures) and all(c.role == "target" for c in figures)
                before = state.reported_year if state.reported_year is not None else state.whole_year
                # (a later year that dates only goals is when they are due, not the year the report speaks of: a
                # level's year-word after it is of the year before still, `_year_before`)
                state.reported_year = before if goals_only and before is not None and \
                    (whole[-1].y2 or 0) > before else None
                if not self._end_looked_back(text, whole[-1]):
                    state.whole_year = whole[-1].y2
                    state.whole_counted = self._counted_last_year(whole[-1].text)
                state.current = state.current or any(u.y2 == _date_year(state.published) for u in whole)
            if any(t.y1 is not None and t.text not in self.s.period_words.now for t in live):
                # (日前, 目前: a word for the time of writing names no year the text speaks of; a January report's
                # 全年 after it still closes the year just over, `_closing`)
                state.named = True
            halves = None if named_before else self._halves(text, live)
            if halves is not None:
                # 某局2025年工作总结和2026年工作打算: the text opens on the summary, of its year, not the plan's
                summary = halves[0]
                state.halves, state.half, state.plan_named = halves, summary, False
                state.carried, state.year, state.whole_year = summary, summary.y2, summary.y2
                state.whole_counted = False
                state.reported_year, state.resumed, state.carried_from = None, None, None
        elif times and figures and self._present_after_past(times, figures):
            # 去年全市招引医学类毕业生236名。全市现有全科医生386名。/ 基层服务能力同步提升。全市9家中心开放床位520张: a
            # sentence that states its figures as they stand now (periods.yaml present: 现有), naming no other time,
            # ends the look back to a past year carried to it; the sentences after it speak of the time of writing again
            state.carried, state.year = None, None

    def _head_cell_time(self, text: str, t: Time) -> bool:
        """Whether a sentence holding no figure is nothing but a relative year and a word or two of its part or base
        (上年末, 上年同期, 去年底), maybe its column's unit in brackets after them: a table's head cell an extractor
        set a line of its own (pdftotext's reading order of a ruled table), which frames no text after it: 年末 in
        the next part's sentence stays of the year the text speaks of, not the year before."""
        cell = _HEAD_UNIT.sub("", text.strip())  # (上年末（张）: the column's unit in brackets after it)
        return cell.startswith(t.text) and t.text in self.s.period_words.relative and \
            len(cell) - len(t.text) <= _HEAD_CELL_REST and not any(is_mark(ch) for ch in cell)

    def _figures(self, text: str, times: list[Time], figures: list[Candidate],
                 host: list[tuple[Mention, Area]], glued: list[tuple[int, int, list[tuple[Mention, Area]]]],
                 spans: tuple[tuple[int, int], ...]) -> None:
        """Place and period of each live figure of a sentence (`_sentence`), in order: the figure before it
        answers for a goal compared with it, a gap, a part. Asked only of a sentence that holds one."""
        state = self.periods
        prev_end = 0
        prev: Candidate | None = None
        starts: list[int] = []
        ends = self.s.clause_ends(text)  # the clause marks of the sentence, found once for all its figures
        figure_starts = tuple([c.q.start for c in figures])
        mark = text.lstrip()[:1]  # (a note's mark opening the sentence: stripped once, not for every figure)
        pub_year = _date_year(state.published)
        parted: Candidate | None = None  # the figure placed last as a part of the one before it (`_part_place`)
        opener = self.s.period_words.item_opener
        items = [m.start() for m in opener.finditer(text)] if opener is not None and len(host) > 1 else []
        for c in figures:
            q = c.q
            own = host
            if len(items) > 1 and (later := [i for i in items if i < q.start][1:]):
                # 九江市…：一是都昌县新开工项目18个；二是新签约项目56个: a place named inside an earlier item of the
                # sentence's list is that item's; a later item that names none speaks of the place before the list
                own = [(m, a) for m, a in host if not items[0] <= m.start < later[-1]]
            clause_start, clause_end = clause_bounds(ends, q.start, q.end, len(text))
            line = next(((b, e, own) for b, e, own in glued if b <= q.start < e), None) if glued else None
            if line is not None:
                b, e, own = line
                where = self.places.place(text[b:e], own, q.start - b, max(clause_start, b) - b, (),
                                          min(clause_end, e) - b)
            else:
                where = self.places.place(text, own, q.start, clause_start, tuple(starts), clause_end, ends, spans)
                # a number inside a quoted name (15分钟…服务圈) takes no rank, nor one that qualifies a noun
                # (places.yaml rank_not_before: 收入10万元以上的村126个和98个, the threshold of the villages counted)
                if not _quoted(text, q.start) and not text.startswith(self.s.rank_not_before, q.end):
                    starts.append(q.start)
            if where.area is not None:
                c.place, c.place_code, c.place_level = where.area.name, where.area.code, where.area.level
            c.place_why = where.why
            if line is None and prev is not None and (prev.q.end <= clause_start or prev is parted) \
                    and self._part_place(text, c, prev, clause_start, host):
                # 江苏选派干部人才263名来霍城县工作，其中医生62名: a part of the figure before it is of that figure's
                # area, not of a place its sentence named since (where the people went)
                c.place, c.place_code, c.place_level = prev.place, prev.place_code, prev.place_level  # type: ignore[union-attr]
                c.place_why = f"a part of «{prev.q.quote}» before it, its clause opening with a part word: its area"  # type: ignore[union-attr]
                parted = c  # (the next part in its clause, 、教师118名, is of the same whole)
            c.period, c.period_why = self._period(text, times, c, clause_start, prev_end, ends, figure_starts)
            if c.compared and prev is not None and prev.period:
                # 失业率2.8%，低于3.5%的控制目标: the goal is of the time of the figure compared with it
                c.period, c.period_why = prev.period, f"the goal «{prev.q.quote}» before it is compared with: its time"
            elif (held := self._held_until_start(text, times, c, clause_start)) is not None:
                # 今年起，养老金最低标准由每人每月163元提高到183元: the from end held until the year the new one holds from
                c.period, c.period_why = held
            elif (pair_end := self._part_pair_end(text, times, c, prev, figures, clause_start)) is not None:
                # 由2024年的1980张增至2026年的2860张，其中护理型床位由980张增至1773张: each end of a part's pair that
                # names no time is of the time of the same end of the whole's pair before it
                c.period, c.period_why = pair_end
            elif self._gap_to_prev(text, times, c, prev, clause_start):
                # 年均增长6.3%，高于全省平均0.4个百分点: the gap of the rate before it is of that rate's time
                c.period = prev.period  # type: ignore[union-attr]
                c.period_why = f"the gap of «{prev.q.quote}» before it to the base its clause names: its time"  # type: ignore[union-attr]
            elif self._part_of_prev(text, times, c, prev, clause_start):
                # 增至58家，其中4A级以上景区24家: a part of the figure before it is of that figure's time
                c.period = prev.period  # type: ignore[union-attr]
                c.period_why = f"a part of «{prev.q.quote}» before it, its clause opening with a part word: its time"  # type: ignore[union-attr]
            elif prev is not None and self._next_part(text, times, c, prev):
                # 增至3420公里，其中高速公路达到386公里，一级公路412公里: the next part of the list 其中 opened is of the
                # same whole's time, not of the span carried from the sentence before
                c.period = prev.period
                c.period_why = f"the next part after «{prev.q.quote}» in the list its part word opened: its time"
            elif self._listed_with_prev(text, times, c, prev, clause_start):
                # 五年累计新增就业3.42万人；城乡居民人均可支配收入分别达到46280元和23950元: the second of two figures
                # that one verb governs, joined by nothing but a link, is of the first's time
                c.period = prev.period  # type: ignore[union-attr]
                c.period_why = f"listed with «{prev.q.quote}» before it, one verb for both: its time"  # type: ignore[union-attr]
            back = self._same_time_back(times, c, prev) if c.role != "target" and times else None
            if back is not None:
                c.period, c.period_why = back
            ranked = self._respective_time(text, times, c, figure_starts) if len(times) > 1 else None
            if ranked is not None:
                c.period, c.period_why = ranked
            if not times and c.role != "target" and mark and mark in state.noted:
                # ①县外转移含省外转移3.4万人 under the page: the note of a figure before it, of that figure's time
                c.period, c.period_why = state.noted[mark], f"a note on the figure its mark {mark!a} follows: its time"
            if c.role != "target" and not (c.role == "level" and c.role_cue) and \
                    _ends_after(c.period, pub_year):
                # “十四五”期间，累计完成投资3000亿元 in a report of 2023: no figure of a time still to
                # come is a result, whatever its words (累计, 完成) say; it is a goal
                c.role, c.role_cue = "target", ""
                c.period_why += "; a time after the document's year: a target"
            prev_end = q.end
            prev = c

    def _respective_time(self, text: str, times: list[Time], c: Candidate,
                         live: tuple[int, ...]) -> tuple[str, str] | None:
        """The time of the figure's rank in a list of times that a respective word pairs with a list of figures
        (2024年和2025年，某市新增养老床位分别为820张和960张: 820张 is 2024's, 960张 2025's; 4月、5月…分别为…), else
        None, as a list of places is paired (place.py). The times stand before the word, each a year or a part of
        one of one kind (not a span, a base or an aside), joined by nothing but a link after a time's own tail
        (context.yaml time_list_link: 年和, 、), and as many figures follow the word, up to the next such word, as
        there are times. A time written without its year takes the year the figure's own time resolved to."""
        words = self.s.respective
        at, word = max(((text.rfind(w, 0, c.q.start), w) for w in words), default=(-1, ""))
        if at < 0:
            return None
        before = [u for u in times if u.end <= at]
        if len(before) < 2:
            return None
        link = self.s.classifier.lex.carry.time_list_link
        if link is None:
            return None
        chain = [before[-1]]
        for u in reversed(before[:-1]):
            if link.match(text[u.end:chain[-1].start].strip()) is None:
                break
            chain.append(u)
        if len(chain) < 2 or any(u.base or u.aside or u.lead or u.back or
                                 (u.y1 is not None and u.y1 != u.y2) for u in chain):
            return None
        if len({(u.y1 is None, u.part[:1]) for u in chain}) > 1:
            return None  # (a year and a month of it, 2025年和1-11月, are no list of like times)
        chain.reverse()
        upto = min((p for w in words if (p := text.find(w, at + len(word))) >= 0), default=len(text))
        after = [s for s in live if at < s < upto]
        if len(after) != len(chain) or c.q.start not in after:
            return None
        t = chain[after.index(c.q.start)]
        own = _YEARS.findall(c.period)
        year = int(own[0]) if own and t.y1 is None else self.periods.year_in_force()
        return t.label(year), f"«{t.text}»: the time of its rank in a list of times, {word}"

    def _listed_with_prev(self, text: str, times: list[Time], c: Candidate, prev: Candidate | None,
                          clause_start: int) -> bool:
        """Is the figure the second of two of one unit and role in its clause, nothing but a link between them
        (context.yaml pair_links: 分别达到46280元和23950元), where its clause names no time of its own and the first
        took another period? One verb governs both; they are of one time (2024年和2025年分别为…: a time in the
        clause dates each by its own order, and is left alone)."""
        links = self.s.classifier.lex.carry.pair_links
        if prev is None or not links or not prev.period or prev.period == c.period or prev.q.end < clause_start:
            return False
        if prev.role != c.role or prev.changed or c.changed or prev.q.unit != c.q.unit:
            return False
        if text[prev.q.end:c.q.num_start].strip() not in links:
            return False
        return not any(clause_start <= u.start < c.q.start and not u.base for u in times)

    def _running_head(self, text: str) -> bool:
        """Is the sentence a page's running head (layout.yaml running_head), its line a paragraph of its own?"""
        line = text.strip()
        return self.s.classifier.running_head(line)

    def _current_budget(self, text: str) -> bool:
        """Does the sentence speak of the budget under way (审查批准市政府预算调整方案，新增…: periods.yaml current_budget)
        naming no time of its own? After a look back to an earlier year's accounts (批准2025年市级决算：…) it is of the
        year in force before that look back."""
        words = self.s.period_words.current_budget
        return bool(words) and any(w in text for w in words) and \
            not self.s.periods.times(text, self.periods.published)

    def _end_looked_back(self, text: str, t: Time) -> bool:
        """Is `t` a relative year of the past at a year's end (上年末, 去年底: periods.yaml year_end_back) before the
        whole year the text speaks of? It states a stock at the end of the year before, looked back to from that year
        (2025年，…。上年末全市常住人口为312.5万人。): the text still speaks of its own year, and 年末 or 全年 in a later
        sentence is of it, not of the year looked back to."""
        w, whole = self.s.period_words, self.periods.whole_year
        return whole is not None and t.y2 is not None and t.y2 < whole and (w.relative.get(t.text) or 0) < 0 and \
            bool(w.year_end_back) and text.startswith(w.year_end_back, t.end)

    def _counted_last_year(self, word: str) -> bool:
        """Is the word the year before the document's, counted from its date (上年 or 去年 of 二、上年预算执行情况 /
        二、去年工作回顾), so that a text which names the year it speaks of so counts its 上年 from its date too? Not
        a look back (periods.yaml year_closing: 过去一年 opens a review whose 上年 may still be the year before it)."""
        words = self.s.period_words
        return word in words.reported_relative or (words.relative.get(word) == -1 and word not in words.year_closing)

    def _reported_relative(self, times: list[Time]) -> list[Time]:
        """由上年的7.06张 in a bulletin of 2024 published in 2025: 上年 (periods.yaml reported_relative) is the year
        before the whole year the text speaks of (its sentence's before it, else the article's), where that lies
        before the document's year; counted from the document's date it would be the bulletin's own year."""
        pub = _date_year(self.periods.published)
        words = self.s.period_words
        if pub is None:
            return times
        out = []
        for t in times:
            # (a relative year already read, or an aside's time (上年为3.1%), is no year the text speaks of: 上年 twice
            # in a sentence names one year, not each the year before the last)
            whole = [u.y2 for u in out if u.y1 is not None and u.y2 is not None and not u.part and not u.base
                     and not u.aside and u.text not in words.reported_relative]
            year = whole[-1] if whole else self.periods.whole_year
            if year is not None and t.text.endswith(words.base_after) and t.lead and not any(u.part for u in out) and \
                    (self.periods.carried is None or not self.periods.carried.part):
                # 2025年，…门诊次均费用为268元。上年同期为274元 in March 2026: the value stated at the same time of the
                # year before the one the text speaks of, where that is a whole year (after 一季度，… it is the part's)
                word = _before_base(t.text, words.base_after)
            else:
                word = t.text
            # (a year the text itself named with such a word, 二、上年预算执行情况 over 上年…支出执行12104.57万元 in February
            # 2026, is counted from the document's date: a sentence's own 上年 under it is that year again, not the one
            # before; the from end of a pair, 由上年的4个增加到6个, stays the year before the one the text speaks of)
            counted = not whole and self.periods.whole_counted and not t.lead
            if word in words.reported_relative and not t.base and t.y1 is not None and t.y1 == t.y2 \
                    and year is not None and year < pub and not counted:
                shift = year - pub
                t = t._replace(y1=t.y1 + shift, y2=t.y2 + shift)
            out.append(t)
        return out

    def _plan_start(self, text: str, times: list[Time], figures: list[Candidate]) -> None:
        """由6.9张提高到7.8张 under a plan for 2026: the pair's to end is the goal, its from end (a level, see
        `Classifier.pair_from`) the level the plan starts from, at the end of the year before the goal's,
        where its clause names no time of its own and it took the goal's year from the time in force.
        figures: the sentence's live figures, in order (most sentences hold no goal: nothing to look for)."""
        goals = [d for d in figures if d.role == "target"]
        if not goals:
            return
        for c in figures:
            if c.role == "target" or not c.period.isdigit() or c.period_why[:len(CARRIED)] != CARRIED:
                continue
            goal = next((d for d in goals if d.q.start > c.q.start), None)
            if goal is None or goal.period != c.period:
                continue
            ctx = self.s.classifier.context(text, c.q)
            if any(ctx.clause_start <= t.start < goal.q.start for t in times) or not self.s.classifier.pair_from(ctx):
                continue
            c.period = str(int(c.period) - 1)
            c.period_why = f"the from end of a pair whose to end «{goal.q.quote}» is a goal of {goal.period}: " \
                "the year before"

    def _reported_year(self, prior: Time) -> bool:
        """Is the year a report may speak of: the document's own, or the year before it (a review of 2025
        published in 2026)? Where the document has no date, any."""
        year = _date_year(self.periods.published)
        return year is None or prior.y2 is None or prior.y2 >= year - 1

    def _prior(self, live: list[Time], y1: int | None, y2: int | None) -> Time | None:
        """The whole year in force before a span of years takes over (2025年，…。“十四五”期间，…; or
        2025年，…“十四五”… in one sentence): the year a lead of a new part goes back to. None where the
        time now carried is no span, or no single whole year was in force before it (过去五年，…)."""
        if y1 is None or y2 is None or y1 >= y2 or live[-1].part:
            return None
        def whole(u: Time | None) -> bool:
            return u is not None and u.y1 is not None and u.y1 == u.y2 and not u.part and not u.since
        here = [u for u in live[:-1] if whole(u)]
        if here:
            return here[-1]
        state = self.periods
        if whole(state.carried):
            # (a heading naming both, “十四五”时期和2025年工作回顾, then 五年来，…: the review of the span is its own
            # part, not an aside from the year)
            return None if state.beside == (y1, y2) else state.carried
        return state.prior if self._span_in_force() is state.carried else None

    def _held_until_start(self, text: str, times: list[Time], c: Candidate,
                          clause_start: int) -> tuple[str, str] | None:
        """(period, why) of the from end of a pair (由每人每月163元提高到183元) whose clause names no time, where the last
        time before it in its sentence is a whole year a word of `start_after` follows (今年起，…): the value held until
        that year, of the year before it. None otherwise (a from end with a year of its own, 由2024年的188元, keeps it)."""
        w = self.s.period_words
        if not w.start_after or not w.span_from or c.changed or c.role == "target" or not c.period.isdigit():
            return None
        head = text[clause_start:c.q.num_start]
        at = max((head.rfind(x) for x in w.span_from), default=-1)
        marked = any(clause_start + at <= m < c.q.num_start for m in self.s.clause_ends(text))
        if at < 0 or any(x in head[at:] for x in w.span_to) or marked or \
                not text.startswith(w.span_to, c.q.end) and not any(
                    x in text[c.q.end:c.q.end + PAIR_LEAD] for x in w.span_to):
            return None
        before = [t for t in times if t.end <= c.q.start and not t.base]
        if not before:
            return None
        t = before[-1]
        if t.start >= clause_start and t.end > clause_start + at or t.part or t.back or t.since or \
                not text.startswith(w.start_after, t.end):
            return None
        if t.y1 is not None and (t.y1 != t.y2 or str(t.y1) != c.period):
            return None
        return str(int(c.period) - 1), f"the from end of a pair after «{t.text}» and a word of its start: the year before"

    def _part_pair_end(self, text: str, times: list[Time], c: Candidate, prev: Candidate | None,
                       figures: list[Candidate], clause_start: int) -> tuple[str, str] | None:
        """(period, why) of an end of a from–to pair in a clause that a part word opens (…床位由2023年的1980张增至2860张，
        其中护理型床位由980张增至1773张), where the clause names no time of its own and the two figures right before the
        clause are a from–to pair of two times (the whole's): the from end takes the whole's from end's time, the to
        end its to end's. None otherwise."""
        w = self.s.period_words
        if not self.s.part_of or not w.span_from or not w.span_to or c.changed or c.role == "target":
            return None
        head = text[clause_start:c.q.num_start].lstrip()
        if not head.startswith(self.s.part_of) or any(clause_start <= t.start < c.q.start for t in times):
            return None
        before = [f for f in figures if f.q.end <= clause_start]
        if len(before) < 2:
            return None
        w1, w2 = before[-2], before[-1]
        if not w1.period or not w2.period or w1.period >= w2.period or w1.role != w2.role or w1.changed or \
                w2.changed:
            return None
        gap = text[w1.q.end:w2.q.num_start]
        lead = text[max(0, w1.q.num_start - PAIR_LEAD):w1.q.num_start]
        ends = self.s.classifier.lex.clause_end
        if not (any(x in gap for x in w.span_to) and any(x in lead for x in w.span_from)) or \
                any(ch in ends for ch in gap):
            return None
        if head.rstrip().endswith(w.span_from) and not any(x in head for x in w.span_to):
            return w1.period, \
                f"the from end of a part's pair after the pair «{w1.q.quote}»–«{w2.q.quote}»: its from end's time"
        if prev is not None and prev.q.start >= clause_start and prev.period == w1.period and \
                text[clause_start:prev.q.num_start].rstrip().endswith(w.span_from):
            tail = text[prev.q.end:c.q.num_start]
            if any(x in tail for x in w.span_to) and not any(ch in ends for ch in tail):
                return w2.period, \
                    f"the to end of a part's pair after the pair «{w1.q.quote}»–«{w2.q.quote}»: its to end's time"
        return None

    def _part_of_prev(self, text: str, times: list[Time], c: Candidate, prev: Candidate | None,
                      clause_start: int) -> bool:
        """Is the figure a part of the figure right before it in its sentence (…增至58家，其中4A级景区24家), or its
        share (年产镜片4.2亿副，约占全国的四成): its clause opens with a part or share word, both have one role,
        neither is a change, and no time stands between them (其中2023年… names its own)?"""
        if prev is None or not prev.period or prev.period == c.period or prev.role != c.role or c.changed \
                or prev.changed:
            return False  # (asked of every figure: the clause's words are read only after a figure before it)
        share = self.s.period_words.share_of
        head = text[clause_start:c.q.start].lstrip()
        if prev.q.end > clause_start or not (head.startswith(self.s.part_of) or (
                share and head.startswith(share) and not any(w in head for w in self.s.period_words.span_from))):
            # (a share of its own pair, 占…比重由47.1%增加到72.8%, takes the pair's ends; so does a part's own pair,
            # 其中乡镇卫生院床位由去年末的860张增加到1020张: the part word opens the clause of both ends, whose whole is
            # a figure before that clause, not the from end before the to end)
            return False
        # (其中…两地零工驿站五年累计服务…1.9万人次: the years of a total that the text reads as a time, its own figure too,
        # are no whole the figure is a part of; the total's time is the figure's)
        return not any(prev.q.end <= t.start < c.q.start or t.start <= prev.q.start < t.end for t in times)

    def _plan_ahead_year(self, times: list[Time], t: Time, year: int | None) -> int | None:
        """The year of a goal's year-word (全年: periods.yaml context_years) or part of a year (1-6月) with no year before
        it in its sentence, resolved to `year`: under a heading that plans for a year after the document's
        (二、2027年工作计划 … 全年计划实施项目86个，1-6月开工建设项目60个以上 in December 2026: `_plan_ahead_heading`), that
        year, not the one the document closes."""
        ahead = self.periods.plan_ahead
        if ahead is None or year is None or year != _date_year(self.periods.published) or t.y1 is not None or \
                t.base or not (t.part or t.text in self.s.period_words.context_years):
            return year
        return year if any(u.end <= t.start and not u.base and u.y2 is not None for u in times) else ahead

    def _next_part(self, text: str, times: list[Time], c: Candidate, prev: Candidate) -> bool:
        """Is the figure the next item of a list of parts that a part word opened before the figure before it
        (增至3420公里，其中高速公路达到386公里，一级公路412公里)? Same role, neither a change, no time and no end of the
        list (context.yaml part_list_ends: ；) since the part word: the parts are of one time. Not where its clause has
        a verb of its own that states a level (periods.yaml span_level: 达到) or a pair (span_from: 由) (…，其中高技能人才
        1.15万人，全县技能人才总量达到9.8万人: the whole stock, no part; 其中…床位使用率由2023年的45.2%提高到62.8%)."""
        if prev.role != c.role or c.changed or prev.changed or not prev.period or not self.s.part_of:
            return False
        opened = max(text.rfind(w, 0, prev.q.start) for w in self.s.part_of)
        if opened < 0 or any(m in text[opened:c.q.start] for m in self.s.part_list_ends) or \
                any(opened <= t.start < c.q.start for t in times):
            return False
        marks = [e for e in self.s.clause_ends(text) if prev.q.end <= e < c.q.start]
        clause = text[max([prev.q.end, *marks]):c.q.num_start]
        return not self._reaches(clause) and not any(w in clause for w in self.s.period_words.span_from)

    def _part_place(self, text: str, c: Candidate, prev: Candidate | None, clause_start: int,
                    host: list[tuple[Mention, Area]]) -> bool:
        """Is the figure a part of the figure right before it in its sentence (…263名来霍城县工作，其中医生62名) whose
        area it should take: its clause opens with a part word, it names no place of its own, the figure before it
        has an area other than the one found for it, and that one was named after the figure before it (a place
        the whole's sentence names after the whole, where its people went, places none of its parts)?"""
        if prev is None or not prev.place or prev.place == c.place:
            return False
        if not text[clause_start:c.q.start].lstrip().startswith(self.s.part_of):
            return False
        if any(clause_start <= m.start < c.q.start for m, _ in host):
            return False  # (其中柳河县新增…: a part named by its own place)
        return any(m.start < clause_start and m.start >= min(prev.q.end, clause_start) and a.name == c.place
                   for m, a in host) or prev.q.end > clause_start

    def _gap_to_prev(self, text: str, times: list[Time], c: Candidate, prev: Candidate | None,
                     clause_start: int) -> bool:
        """Is the figure, in points, the gap between the rate right before it and a base its clause opens on
        (…年均增长6.3%，高于全省平均0.4个百分点)? Its clause opens with a comparison word, the rate's clause
        ends right before it, and no time of its own stands between them."""
        if prev is None or not prev.period or prev.period == c.period or c.q.unit not in self.s.point_units \
                or prev.q.unit != "percent" or not text[clause_start:c.q.start].lstrip().startswith(self.s.periods.base):
            return False
        if any(ch.isdigit() for ch in text[prev.q.end:clause_start]) or len(text[prev.q.end:clause_start].strip()) > 1:
            return False
        return not any(prev.q.end <= t.start < c.q.start and not t.base for t in times)

    def _heads_own_figure(self, text: str, t: Time, ends: list[int], live: tuple[int, ...]) -> bool:
        """Whether a time after a figure opens a clause of its own that holds another figure after it; or frames the
        clause after it, as an as-of word before it says (新增托位2000个；截至2025年底，全市已有托育机构612家: the stock
        as it stood then, no time the goal before it is due in)."""
        start, end = clause_bounds(ends, t.start, t.end, len(text))
        if any(t.end <= s < end for s in live):
            return True
        words = self.s.period_words.as_of
        if not words or text[start:t.start].strip(self.s.classifier.lex.clause_end + " ") not in words:
            return False
        _, after = clause_bounds(ends, end + 1, end + 1, len(text)) if end < len(text) else (end, end)
        return any(end <= s < after for s in live)

    def _past_goal_met(self, text: str, c: Candidate, clause_start: int) -> bool:
        """Is a goal, under a past year the text carries, that year's goal beside what the year did? Its cue is a goal
        noun (periods.yaml goal_nouns, a bracket opening on the goal's value among them) and the sentence goes on
        after it to say how much was met (…目标为3000人，全年完成率108.7%), or its own clause before it does
        (完成省定目标（68%）), or the cue was set when the year opened (年初计划为8座, 年初预算为45.2亿元: goal_set_at): a
        goal of the year reviewed, not one still ahead."""
        w = self.s.period_words
        cue = c.role_cue
        if cue not in w.goal_nouns:
            return False
        if any(x in text[c.q.end:] for x in w.goal_met) or any(x in text[clause_start:c.q.start] for x in w.goal_met):
            return True
        at = text.rfind(cue, 0, c.q.start)
        return at >= 0 and bool(w.goal_set_at) and text.endswith(w.goal_set_at, 0, at)

    def _yearly(self, text: str, c: Candidate, clause_start: int, ends: list[int]) -> bool:
        """Is the figure compared with the year before (…18.6万人，比上年增加1.2万人)? A yearly figure,
        not a total over the span carried from sentences before: the comparison word heads the clause
        right after it, or stands before the change in its own clause; a cumulative word says otherwise."""
        w = self.s.period_words
        if not w.span_yearly:
            return False
        before = text[clause_start:c.q.start]
        if any(x in before for x in w.span_cumulative):
            return False
        if c.changed:
            return any(x in before for x in w.span_yearly)
        end = next((e for e in ends if e >= c.q.end), None)
        if end is None or text[c.q.end:end].strip():
            return False  # (the figure's words go on after it: 18.6万人次的…, no clause of its own)
        return text[end + 1:].lstrip().startswith(w.span_yearly)

    def _aside_from_now(self, text: str, old: Time, last: Time) -> bool:
        """Is the look back from the time of writing (目前，…) a relative year inside its sentence (去年全年供水量…),
        an aside of that sentence? A year that frames its sentence (2024年，全县…; 去年，…) turns the text to it."""
        return old.text in self.s.period_words.now and last.text.startswith(tuple(self.s.period_words.relative)) \
            and not _framing(text, last.end)

    def _deadline_over_span(self, text: str, first: Time, last: Time) -> bool:
        """Does the sentence open with a year ahead of the document's as the frame of its goals (到2030年，), and is its
        last time a span of years that ends in that year (“十五五”期间, 2026-2030)?"""
        pub = _date_year(self.periods.published)
        if pub is None or first.part or last.part or first.y1 is None or first.y1 != first.y2 or first.base \
                or first.y1 <= pub or last.y1 is None or last.y2 != first.y1 or last.y1 >= last.y2:
            return False
        lead = text[:first.start]
        for w in self.s.period_words.span_to:
            lead = lead.replace(w, "")
        return all(is_mark(ch) or ch.isspace() for ch in lead) and _framing(text, first.end)

    @staticmethod
    def _base_next(text: str, c: Candidate, u: Time, ends: list[int]) -> bool:
        """Is the base `u` in the clause right after the figure's, which ends on the figure (…参保人数12.6万人，比2020年底
        增加3.1万人): the figure is the one compared, as it stands at the end of the span carried."""
        end = next((e for e in ends if e >= c.q.end), None)
        if end is None or text[c.q.end:end].strip() or u.start <= end:
            return False
        after = next((e for e in ends if e > end), len(text))
        return u.start < after

    def _against_before(self, text: str, times: list[Time], c: Candidate, clause_start: int, ends: list[int],
                        first: int) -> bool:
        """Is the figure set against the year right before a span that opens in `first` (比2020年 for “十四五”), in its
        own clause or the one right after it? It then stands where the span's last year ends, not over every year."""
        return any(u.base and u.y1 == u.y2 == first - 1 and (clause_start <= u.start < c.q.start or
                                                             self._base_next(text, c, u, ends)) for u in times)

    @staticmethod
    def _rate_since_base(text: str, times: list[Time], c: Candidate, t: Time, rates: tuple[str, ...]) -> Time | None:
        """The base of a comparison (比2012年) that a yearly average after it counts from: a whole year written after
        the figure's own whole year `t`, at least two years before it (a yearly average over one year is no average,
        比上年), with the rate word after it and no other time between it and the figure. None where there is none."""
        if t.y1 is None or t.y1 != t.y2 or t.part:
            return None
        base = next((u for u in reversed(times) if u.end <= c.q.start), None)
        if base is None or not base.base or base.start < t.end or base.part or base.y1 is None or \
                base.y1 != base.y2 or base.y1 > t.y1 - 2:
            return None
        return base if any(map(text[base.end:c.q.start].__contains__, rates)) else None

    def _rate_span(self, text: str, figures: list[Candidate]) -> tuple[int, int] | None:
        """The span of whole years the last yearly average of the sentence (a change with periods.yaml span_rates in
        its clause before it, no goal) is dated over, or None."""
        rates = self.s.period_words.span_rates
        if not rates:
            return None
        ends = self.s.clause_ends(text)
        for c in reversed(figures):
            if c.role != "change" or not c.period:
                continue
            a, _, b = c.period.partition("-")
            if not (a.isdigit() and b.isdigit() and int(a) < int(b)):
                continue
            start = clause_bounds(ends, c.q.start, c.q.end, len(text))[0]
            if any(map(text[start:c.q.start].__contains__, rates)):
                return int(a), int(b)
        return None

    def _rate_only(self, text: str, t: Time) -> bool:
        """Is `t` a span of years written inside its sentence right before a yearly average of its own clause
        (…，“十三五”期间年均增长7.2%；…): it dates that average only, not the figures of the clauses after it nor the
        sentences after it, which stay with the time in force (截至2020年底 before it)."""
        if t.y1 is None or t.y2 is None or t.y1 >= t.y2 or t.part or t.start == 0:
            return False
        if all(is_mark(ch) or ch.isspace() for ch in text[:t.start]):
            return False  # (“十三五”期间，… opening its sentence is the time the text turns to)
        ahead = text[t.end:t.end + RATE_GAP + max(map(len, self.s.period_words.span_rates), default=0)]
        at = min((k for k in (ahead.find(w) for w in self.s.period_words.span_rates) if k >= 0), default=-1)
        return 0 <= at <= RATE_GAP and not any(ch in self.s.classifier.lex.clause_end for ch in ahead[:at])

    def _span_past_deadline(self, text: str, times: list[Time], c: Candidate, t: Time) -> Time | None:
        """The span of years written earlier in the sentence (今后五年) that holds again for a goal past a scope mark
        (；) after a deadline year `t` (到2031年) written after a figure of its own part (…年均增长7%左右，到2031年
        突破380亿元；城镇新增就业累计6万人以上): that year dates the goal of its part only. A deadline opening its part
        (…；到2031年，…) frames the parts after it, and is left alone."""
        marks = self.s.scope_marks
        if t.y1 is None or t.y1 != t.y2 or t.part or t.base or not marks:
            return None
        if not any(m in text[t.end:c.q.start] for m in marks):
            return None
        part = max((text.rfind(m, 0, t.start) for m in marks), default=-1) + 1
        for u in reversed(times):
            if u.end > t.start or u.base or u.lead or u.aside or u.part or u.start < part:
                continue
            y1, y2 = u.resolved(self._year_before(text, times, u))
            if y1 is None or y2 is None or not y1 < y2:
                return None  # the last time before the deadline is no span: it frames nothing here
            if y1 <= t.y1 <= y2 and any(ch.isdigit() for ch in text[u.end:t.start]):
                return u
            return None
        return None

    def _plan_goal_beside(self, text: str, t: Time, c: Candidate, clause_start: int, plan: tuple[int, int]) -> bool:
        """Is the target a goal of the plan the headline names (periods.yaml plan_goal before it in its clause:
        规划目标3.4人), the time `t` chosen for it a year of the plan before its end and not after the document's, in a
        clause before the goal's own and framing none (…医师数2022年达到3.08人，较2020年增加0.36人，规划目标3.4人)? That year
        dates the result the goal is set beside, not the goal. A year framing its clauses (2022年，…，完成年度目标…) or
        one in the goal's own clause (规划目标为2025年达到7.5张) still dates it."""
        words = self.s.period_words.plan_goal
        pub_year = _date_year(self.periods.published)
        return bool(words) and t.y2 is not None and pub_year is not None and t.end <= clause_start and \
            plan[0] <= t.y2 < plan[1] and t.y2 <= pub_year and not _framing(text, t.end) and \
            any(w in text[clause_start:c.q.start] for w in words)

    def _plan_task_due(self, text: str, c: Candidate, clause_start: int) -> tuple[str, str] | None:
        """A task under a heading of tasks or goals (第三章 主要任务: roles.yaml target.section) in a plan whose headline
        names it (某某县“十四五”就业促进规划), in a sentence that names no time: due at the plan's end, as a plan's
        tasks are set to be done by it, even after a sentence that named the plan's span for a goal of its own
        (“十四五”期间新增市场主体8000户); a goal of every year (periods.yaml yearly_goal) is of the plan's years.
        None where the headline names no plan under way (a summary of a plan in a paper keeps the span its text
        carries), where another time is carried (二、2024年工作安排), or where the target's cue is no heading's
        (a list a sentence opened)."""
        plan = self.periods.plan
        if plan is None or not any(p.search(c.role_cue) for p in self.s.classifier.lex.target_section):
            return None
        span = self._span_in_force()
        if self.periods.carried is not None and (span is None or (span.y1, span.y2) != plan):
            return None
        years, why = plan, "the plan its headline names"
        # (its part of the sentence: 每年举办…40场，提供就业岗位1.5万个以上, up to the last ；, which sets another
        # task apart)
        marks = self.s.classifier.lex.target_scope_end
        part = text[max((text.rfind(m, 0, c.q.start) for m in marks), default=-1) + 1:c.q.start]
        if any(map(part.__contains__, self.s.period_words.yearly_goal)):
            return f"{years[0]}-{years[1]}", f"{why}: a goal of every year of it, under a heading of its tasks"
        return str(years[1]), f"{why}: a task under a heading of its tasks, due at its end"

    def _present_after_past(self, times: list[Time], figures: list[Candidate]) -> bool:
        """Does a sentence whose only time is a word of the present (periods.yaml present) before its first figure
        follow a whole year before the document's carried to it? That look back ends there: what follows is now."""
        present = self.s.period_words.present
        carried = self.periods.carried
        year = _date_year(self.periods.published)
        if present is None or carried is None or year is None or carried.since or carried.part or \
                carried.y1 is None or carried.y1 != carried.y2 or carried.y2 >= year:
            return False
        first = min(c.q.start for c in figures)
        return all(t.aside and t.start < first and present.fullmatch(t.text) is not None for t in times)

    def _year_start(self, text: str, since: Time) -> bool:
        """Does a sentence, with a span of years carried from an earlier one (“十四五”期间，…), set its figures against the
        start of the year in force before that span (periods.yaml year_start: 较年初目标多62个), a year the report may
        speak of? It speaks of that year again; a year of its own (2025年初) would date it, so none may be written."""
        words = self.s.period_words.year_start
        prior = self.periods.prior
        if not words or prior is None or prior.y2 is None or self._span_in_force() is not since or \
                not self._reported_year(prior) or not any(w in text for w in words):
            return False
        return not self.s.periods.times(text, self.periods.published)

    def _turns_to_problems(self, text: str, figures: list[Candidate]) -> bool:
        """Does the sentence, a heading or a sentence's head, turn to the shortcomings (periods.yaml problems_turn:
        （四）存在的主要问题; 同时，我们也清醒地看到工作中存在的不足：…)? Only near its head, before its first figure."""
        turn = self.s.period_words.problems_turn
        if turn is None:
            return False
        end = min([PROBLEMS_HEAD] + [c.q.start for c in figures])
        return turn.search(text, 0, end) is not None

    def _states_present(self, text: str, figures: list[Candidate]) -> bool:
        """Does a sentence, with a span of years in force, open its figures on a word of the time of writing
        (periods.yaml now: 目前; present: 现有) before its first figure? Its figures stand now, not over the span."""
        if self._span_in_force() is None:
            return False
        live = [c.q.start for c in figures]
        if not live:
            return False
        head = text[:min(live)]
        words = self.s.period_words
        if words.present is not None and words.present.search(head):
            return True
        return any(w in head for w in words.now)

    def _plan_ending(self, year: int) -> tuple[int, int] | None:
        """The five-year plan (periods.yaml plans) that ends in `year` and is under way, or about to start, when the
        document is published (a report of 2026, or of late 2025, on 到2030年: 2026-2030), else None."""
        pub = _date_year(self.periods.published)
        if pub is None:
            return None
        return next((span for span in self.s.period_words.plans.values()
                     if span[1] == year and span[0] - 1 <= pub < span[1]), None)

    def _span_in_force(self) -> Time | None:
        """The time carried from earlier sentences where it is a span of whole years (过去五年 in a
        report of 2022: 2017-2021), else None."""
        span = self.periods.carried
        if span is None or span.part or span.y1 is None or span.y2 is None or span.y1 >= span.y2:
            return None
        return span

    def _opens_elsewhere(self, text: str, area: Area) -> bool:
        """Does the sentence open on a place named by its own name (no 全省, no aside) that is neither inside
        `area` nor holds it (福建省今年… after a paragraph on 青海省)?"""
        gaz = self.places.gaz
        lead = len(text) - len(text.lstrip())
        m = next(iter(gaz.mentions(text)), None)
        if m is None or m.start > lead or m.levels or m.aside:
            return False
        named = gaz.resolve(m, self.places.ref())
        return named is not None and not named.within(area) and not area.within(named)

    def _inside_span(self, text: str, last: Time, y1: int | None, y2: int | None) -> bool:
        """Is the last time of a sentence one year of the span in force, written inside the sentence
        (过去五年，…。全市地区生产总值年均增长6.3%，2021年达到541.6亿元；…)? It names the end of one
        series, the review goes on over the span: the span stays in force. A year that opens its
        sentence (2021年，全市…), or ends its first clause (刚刚过去的2025年，是…), is the time the text turns
        to, and replaces it."""
        span = self._span_in_force()
        if span is None or last.part or y1 is None or y1 != y2 or not span.y1 <= y1 <= span.y2:  # type: ignore[operator]
            return False
        ends = self.s.classifier.clause_marks(text)
        nxt = next((e for e in ends if e >= last.end), None)
        pub = _date_year(self.periods.published)
        if nxt is not None and len(text[last.end:nxt].strip()) <= 1 and not any(e < last.start for e in ends) and \
                pub is not None and y1 <= pub:
            return False  # (the year and its word only, up to the first clause mark; 到2030年，… is a deadline)
        if pub is not None and y1 == span.y2 and y1 > pub and self._deadline_over_span(text, last, span):
            # 今后五年，…。到2030年，…。/ 力争…达到2%: the frame of the goals at the span's end is the year they are due in
            return False
        words = self.s.period_words
        heads = [e for e in ends if e < last.start]
        if words.relative.get(last.text) == 0 and heads and not text[heads[-1] + 1:last.start].strip():
            # 医共体实行“总额付费”，今年全县医保基金预算总额9.6亿元 after “十四五”以来…: this year's word heading a later
            # clause turns the text to the year of writing, as one opening the sentence does; the sentences after it
            # speak of that year, not of the span (a year of the span written in a clause, 2021年达到…, ends a series)
            return False
        lead = text[:last.start].strip()
        said = words.speech_lead.match(lead) if words.speech_lead is not None else None
        lead = lead[said.end() if said else 0:]  # (报告显示，过去一年…: the speaker's words open no time)
        lead = lead[len(next((w for w in words.as_of if lead.startswith(w)), "")):]
        # (截至2020年底，… opens its sentence as 2020年，… does: the state at the span's end the text turns to)
        return any(not (is_mark(ch) or ch.isspace()) for ch in lead)

    def _as_of_opening(self, text: str, t: Time) -> bool:
        """Does the sentence open on an as-of word right before `t` (截至2025年12月31日，本部门共有车辆3辆 in a budget of
        2026)? Of a year before the one in force, it looks back to a stock as it stood then, as a year of its own does."""
        words = self.s.period_words.as_of
        return bool(words) and text[:t.start].strip() in words

    def _reported(self, text: str, t: Time) -> bool:
        """A month written as a statistics release writes the months it reports (12月份); or the end of a part of
        the year (三季度末: periods.yaml parts), which names a month reached, never a date ahead; or a month that dates
        an event held then (2月举办的招聘会 in an item of January: periods.yaml event_held), which is gone by; or a month
        right after an as-of word (截至9月底项目支出执行率仅为61.2% in a self-review of March: periods.yaml as_of), which
        names the time a state was reached, never a date ahead."""
        words, held = self.s.period_words.reported_month, self.s.period_words.event_held
        as_of = self.s.period_words.as_of
        return bool(words) and text.startswith(words, t.end) or t.part[:1] == "M" and t.text in self.s.period_words.parts \
            or bool(held) and text.startswith(held, t.end) \
            or t.part[:1] == "M" and bool(as_of) and text[:t.start].rstrip().endswith(tuple(as_of))

    def _span_over(self, t: Time) -> bool:
        """Is `t` a span of years that ended before the year of a document past the months in which a report still
        speaks of the year before (2021–2025年 in an April 2026 analysis)? In those first months only a span ending in
        the year just over may be the year a review speaks of: one ending before it is over too (2021-2025年，… in a
        January 2027 review of 2026, whose 全年 after it is 2026's, not 2025's)."""
        if t.y1 is None or t.y2 is None or t.y1 == t.y2:
            return False
        year, month = date_parts(self.periods.published)
        return year is not None and month is not None and (
            t.y2 < year - 1 or t.y2 < year and month > self.s.period_words.closing_months)

    @staticmethod
    def _earlier_item_deadline(text: str, opener: regex.Pattern[str] | None, u: Time, t: Time, pub: int | None) -> bool:
        """Is `u` a year after the document's, named inside an earlier item of a numbered list than the year-word `t`
        (二是力争到2027年底…达到70个；三是全年开展培训60万人次以上 in 2026)? It is that item's deadline; the next item's 全年
        is the year the text plans for, not the deadline's."""
        if opener is None or pub is None or u.y2 is None or u.y2 <= pub:
            return False
        return opener.search(text, 0, u.start) is not None and opener.search(text, u.end, t.start) is not None

    def _earlier_clause_deadline(self, text: str, u: Time, t: Time, pub: int | None) -> bool:
        """Is `u` a deadline after the document's year (a `to` word, periods.yaml span_to, right before it) inside an
        earlier clause than the year-word `t` (全年: context_years), its clause not opening on it (中心计划到2027年实现…
        达到3000人以上，力争全年归集额超过23亿元 in 2026)? It is that clause's goal's due year; the later clause's 全年 is
        the year the text plans for, as a numbered item's is (`_earlier_item_deadline`). A deadline heading its clause
        (到2027年，全市…，全年…) is the time of the sentence, and the year-word keeps it."""
        if pub is None or u.y2 is None or u.y2 <= pub or t.part or t.text not in self.s.period_words.context_years:
            return False
        to = text[:u.start].rstrip()
        word = next((w for w in self.s.period_words.span_to if to.endswith(w)), "")
        if not word:
            return False
        marks = self.s.clause_ends(text)
        opened = max((e + 1 for e in marks if e < u.start), default=0)
        return bool(to[opened:len(to) - len(word)].strip()) and any(u.end <= e < t.start for e in marks)

    def _turn_year(self, text: str, u: Time, t: Time) -> int:
        """The year a part written alone (11月底) takes from the time before it: that time's last year, but for a
        winter or a season across the year's turn (今冬明春, 本采暖季, 2025—2026学年: periods.yaml relative_spans, a
        season), whose autumn months lie in its first year and its spring months in its second (…今冬明春…截至11月底，
        全市城镇新增就业1.86万人 in December 2026 → 2026-11, not 2027-11: the winter opens in the year now closing); a
        year-word (年度, 全年: periods.yaml context_years) is of the document's year where the winter holds it."""
        y2 = u.y2
        assert y2 is not None
        w = self.s.period_words
        if u.y1 is None or y2 != u.y1 + 1 or \
                (u.text not in w.relative_spans and not self.s.periods.season(text, u)):
            return y2
        month = t.part[1:3] if t.part.startswith("M") else ""
        if month.isdigit():
            return u.y1 if int(month) >= _AUTUMN_MONTH else y2
        pub = _date_year(self.periods.published)
        if not t.part and t.text in w.context_years and pub in (u.y1, y2):
            return pub  # (…今冬明春…，完成年度目标任务的108.4% in December 2026: the year the document closes, 2026)
        return y2

    def _year_before(self, text: str, times: list[Time], t: Time) -> int | None:
        """The year in force for a part written alone (9月末): the last year before it in its
        sentence, else the document's year (a report speaks of its own year), else the carried one.
        A year-word (全年, 年末: periods.yaml context_years) with no year or part of one before it in its sentence takes
        the last whole year named in earlier sentences (2023年，…; a dated day 2024年3月28日 is no
        whole year) first, unless that lies after the document's date; so do the years up to it (近三年).
        A plan's years in its title (按照《…三年行动方案（2025—2027年）》，6月底前，…) say how long the plan runs, not
        the year a month after them is in: passed over for a part of a year."""
        pub, state = _date_year(self.periods.published), self.periods
        opener = self.s.period_words.item_opener
        for u in reversed(times):
            # (not an aside's time in brackets closed before it: 增长5.2%（上年为3.1%）；…年末累计结存…; nor a time that
            # dates the one figure right after it: …，上年末为38.9万人，全年出生人口2860人 is of the bulletin's year)
            if (u.end <= t.start and not u.base and not u.lead and u.y2 is not None and
                    (u.close < 0 or u.close > t.start)
                    and not (u.titled and t.part)
                    and not self._earlier_item_deadline(text, opener, u, t, pub)
                    and not self._earlier_clause_deadline(text, u, t, pub)):
                return self._turn_year(text, u, t)
        # (the sentence's times before it are read only for a year-word or a span counted back: most are neither)
        if (t.back or t.text in self.s.period_words.context_years) and \
                not any(u.end <= t.start and not u.base and (u.y1 is not None or u.part)
                        and (u.close < 0 or u.close > t.start) for u in times):
            if t.back and pub is not None and state.whole_year == pub and \
                    0 < (date_parts(state.published)[1] or 13) <= self.s.period_words.past_closed_months:
                # 今年1—2月，…。近三年，全市累计… in a March report: too little of its own year is over to count it, even
                # where the text speaks of it; the full years before it, as where it has named no whole year
                return pub - 1
            carried, month = state.carried, date_parts(state.published)[1]
            if not t.back and carried is not None and carried.part[:1] in _RUN_PARTS and \
                    carried.y1 == carried.y2 == pub and state.reviewed is None and \
                    state.whole_year is not None and pub is not None and state.whole_year < pub and \
                    month is not None and month > self.s.period_words.closing_months:
                # 2025年决算 …。二、2026年上半年预算执行情况 1-6月，…完成98.6亿元。预计全年收入195亿元 in July 2026: the
                # text has gone on from the year it reviewed to a run of the document's own year (a half, quarters,
                # months from January; not a dated day, 2026年4月2日 under a bulletin's headline), still under way; the
                # year-word after it is of that year (not in a review's first months, whose 全年 is the year reviewed)
                return pub
            if state.whole_year is not None and (pub is None or state.whole_year <= pub or (
                    state.half is not None and state.half.y2 == state.whole_year)):
                # 2023年，…。全年新增… in a report of 2024: the year the text speaks of (under the plan of a headline of a
                # summary and a plan, 2025年工作总结及2026年工作计划 in December 2025, the plan's year: `_half`)
                return state.whole_year
            closed, month = state.carried, date_parts(state.published)[1]
            if not t.back and state.whole_year is None and closed is not None and closed.y1 is not None and \
                    closed.y1 == closed.y2 and (pub is None or closed.y2 <= pub) and (
                        closed.part.endswith(_YEAR_END_PARTS) or closed.part == _YEAR_END_MONTH and
                        month is not None and month <= self.s.period_words.closing_months):
                # 2025年四季度，全市GDP增长5.9%。全年增长5.7% (or 2025年12月，… in a review out in March 2026): a part that
                # closes its year, named with the year, has the text speak of that year; 全年 after it is of it (not so
                # 2025年12月，某项目开工。全年计划… in September 2026: the month dated a day, the plan is this year's)
                return closed.y2
            if t.back and pub is not None and state.whole_year is None and \
                    0 < (date_parts(state.published)[1] or 13) <= self.s.period_words.past_closed_months:
                return pub - 1  # 近三年 in an April report that has named no whole year: the full years before it
        if state.reviewed is not None and (t.part or t.text in self.s.period_words.context_years) and not t.back:
            # 分季度看，一季度增长5.4%，…，全年增长6.2% in a 2025年…统计公报 out in April 2026: the year it reviews
            return state.reviewed
        return pub or state.year_in_force()

    def _after_past_part(self, text: str, times: list[Time], t: Time, year: int, results: list[int]) -> bool:
        """Is `t` a year-word (全年, 年度: periods.yaml context_years) resolved to `year`, the document's, after a part of
        the year in its sentence that names no year and is not over by the document's date (截至11月底，…完成投资226.8
        亿元，占年度计划的96.5% in a report of January)? A result's such part is of the year just over (`_unfinished`),
        and so is the year-word after it, which no month of the document's year has reached. Asked of results only
        (`results`: where the sentence's figures that are no target stand), one of them after the part: a goal's part
        ahead (下半年还将新建1.5万亩，力争全年建成3.5万亩 in July) is of the year under way."""
        if t.y1 is not None or t.part or t.base or t.text not in self.s.period_words.context_years or \
                year != _date_year(self.periods.published):
            return False
        part = next((u for u in reversed(times) if u.end <= t.start and not u.base and u.part and u.y1 is None), None)
        return part is not None and any(at >= part.end for at in results) and _unfinished(
            part.part, year, self.periods.published, self._reported(text, part), self.s.period_words.past_month_lag)

    def _closing(self, times: list[Time], t: Time) -> bool:
        """Is `t` a year-word (全年, 年末: periods.yaml closing_years) that closes the year just over?
        So it is in a document of the first months of a year where neither its sentence before it
        nor its article names a year (not even a dated day, 2024年3月8日): a January report of
        全年新增就业 gives last year's result."""
        w = self.s.period_words
        if t.y1 is not None or t.part or t.base or t.text not in w.closing_years or self.periods.named:
            return False
        pub_year, pub_month = date_parts(self.periods.published)
        if pub_year is None or pub_month is None or pub_month > w.closing_months:
            return False
        # (日前，县人社局发布数据，全县全年实现转移就业21.6万人 in an item of January: the word for the time of writing
        # dates the release, not the year its 全年 closes)
        return not any(u.end <= t.start and not u.base and u.y1 is not None and u.text not in w.now for u in times)

    def _goal_of_year(self, times: list[Time], t: Time) -> bool:
        """Is `t` a year-word (全年: periods.yaml closing_years) a goal is set for, with no time before it in its
        sentence, in a document past the months in which a report still speaks of the year before? The year is the
        document's: a goal for a year long over is none (确保全年… after 截至2025年底… in an item of November 2026), the
        last whole year named before dated a stock at its end. A report of January–March may still give last year's
        goals (2025年…全年计划…), which keep that year; so does a text that has not spoken of the document's year
        (今年以来…, 2026年…) before."""
        w = self.s.period_words
        if t.y1 is not None or t.part or t.base or t.text not in w.closing_years:
            return False
        month = date_parts(self.periods.published)[1]
        if month is None or month <= w.closing_months or not self.periods.current:
            return False  # (nor where the text has not spoken of the document's year: a bulletin of the year before)
        return not any(u.end <= t.start and not u.base and (u.y1 is not None or u.part) for u in times)

    def _closing_after(self, times: list[Time], end: int) -> Time | None:
        """The year-word right after a figure that names no time of its own (新增就业4.2万人，完成年度
        目标任务的105%): the first time after it in its sentence, where that closes the year just over."""
        after = [t for t in times if t.start >= end and not t.base]
        return after[0] if after and self._closing(times, after[0]) else None

    def _undated_in_scope(self, text: str, t: Time, c: Candidate) -> bool:
        """Is a target written after one of periods.yaml undated_after (建成后将新增…) in its own part of the
        sentence, past a scope mark (；) after the time its sentence names (今年，甲医院新楼投用，新增…；乙医院建成后将
        新增…)? The time dates the parts before the mark; what a project gives once built is due whenever it is
        built. (A deadline in the same part, 计划年底前完工，建成后将新增…, dates it.)"""
        words = self.s.period_words.undated_after
        marks = self.s.scope_marks
        if t.aside and words and any(w in text[t.end:c.q.start] for w in words):
            return True  # 今年开工的迁建项目…，建成后编制床位将增加到300张: the year the works began, no due date
        if not words or not marks:
            return False
        scope = max(text.rfind(m, 0, c.q.start) for m in marks)
        return scope > t.end and any(w in text[scope:c.q.start] for w in words)

    def _period(self, text: str, times: list[Time], c: Candidate, clause_start: int,
                prev_end: int, ends: list[int], live: tuple[int, ...] = ()) -> tuple[str, str]:
        label, why = self._period_of(text, times, c, clause_start, prev_end, ends, live)
        pub_year = _date_year(self.periods.published)
        if c.role == "level" and not c.changed and _ends_after(label, pub_year) and \
                self._plan_from(text, c, clause_start):
            # 新门诊楼预计明年6月投用，床位将由120张增加到200张: the from end of a plan's pair is the level the plan
            # starts from, as it stands now, not in the time to come its sentence names for the goal
            return str(pub_year), "the from end of a plan's pair: the level it starts from, now"
        lead = self._pair_change(text, times, c, prev_end) if times else None
        if lead is not None:
            counted = self._counted_years(text, times, c)
            to = next((u for u in reversed(times) if u.start >= lead.end and u.end <= counted.start and not u.base
                       and u.y2 is not None), None) if counted is not None else None
            if counted is not None and to is not None and lead.y1 is not None and to.y2 is not None \
                    and to.y2 > lead.y1:
                # 由2024年末的3.2万辆增至2026年10月底的11.5万辆，两年间增长了2.6倍: the count of years between the pair
                # and its change names the pair's span, from the from end's year to the to end's, not the full years
                # before the document's
                return f"{lead.y1}-{to.y2}", \
                    f"«{lead.text}» to «{to.text}»: a change over the pair's span, which «{counted.text}» counts"
            m = _YEARS.findall(label)
            ends_back = self.s.period_words.year_end_back
            if m and label == m[-1] and lead.y1 is not None and lead.y1 + 1 == int(m[-1]) and ends_back and \
                    text.startswith(ends_back, lead.end):
                # 2025年末，…床位由上年末的4382张增至4716张，增长7.6%: a pair from one year's end to the next's spans that
                # next year alone; the change is that year's, as 比上年末增长 is
                return label, f"«{lead.text}» to «{label}»: a change over a pair of consecutive year ends, the later year's"
            if m and lead.y1 is not None and lead.y1 < int(m[-1]):
                over = self._years_after(times, c.q.start, lead.y1, int(m[-1]))
                if over is not None:
                    # 五年来，…由2020年的38微克/立方米下降到2025年的29微克/立方米，累计下降23.7%: the change is over
                    # the years of the span in force, which the pair runs over from the year before it
                    return over.label(self.periods.year_in_force()), \
                        f"«{over.text}»: a change over its years, which the pair before it spans"
                return f"{lead.y1}-{m[-1]}", f"«{lead.text}» to «{label}»: a change over the span of the pair before it"
        return label, why

    def _held_over(self, text: str, times: list[Time], c: Candidate, clause_start: int, t: Time | None) -> Time | None:
        """The span of years past in force (in the sentence before the figure, else carried) over which a level is
        held (periods.yaml span_held), where the time the figure would take is the to year of a pair inside that
        span (由…增至2022年的…; not a goal's 到2030年)."""
        w = self.s.period_words
        pub = _date_year(self.periods.published)
        if t is None or c.role != "level" or c.changed or not w.span_held or t.y1 is None or t.y1 != t.y2 or t.part \
                or pub is None or not text[:t.start].rstrip().endswith(w.span_to) \
                or not any(x in text[clause_start:c.q.start] for x in w.span_held):
            return None
        opened = max((e for e in self.s.clause_ends(text) if e < t.start), default=-1)
        if not any(x in text[opened + 1:t.start] for x in w.span_from):  # the pair's clause: a from word opens it
            return None
        spans = [u for u in reversed(times) if u.end <= t.start and not u.base and not u.aside and not u.part
                 and u.y1 is not None and u.y2 is not None and u.y1 < u.y2]
        return next((u for u in (*spans, self._span_in_force()) if u is not None and u.y1 is not None
                     and u.y2 is not None and u.y1 <= t.y1 <= u.y2 <= pub), None)

    def _years_after(self, times: list[Time], start: int, y1: int, y2: int) -> Time | None:
        """The span of whole years in force (before `start` in its sentence, else carried) that runs from the year
        after y1 to y2: a pair from y1 to y2 spans it from the year before it (过去五年 in 2023, 2018-2022: 由2017年的
        186家增至2022年的472家). A change or total over the pair is over those years."""
        spans = [u for u in reversed(times) if u.end <= start and not u.base and not u.aside and not u.part
                 and u.y1 is not None and u.y2 is not None and u.y1 < u.y2]
        return next((u for u in (*spans, self._span_in_force()) if u is not None and u.y1 == y1 + 1 and u.y2 == y2),
                    None)

    def _plan_from(self, text: str, c: Candidate, clause_start: int) -> bool:
        """Is the figure the from end of a pair in its clause (由5.36张提高到6.5张) under a word of a plan in force at
        it (将由…: roles.yaml target), whose to end is the goal?"""
        words = self.s.period_words.span_from
        return bool(words) and text[clause_start:c.q.num_start].rstrip().endswith(words) \
            and self.s.classifier.target_in_force(text, c.q.num_start)

    def _parallel_from(self, text: str, times: list[Time], c: Candidate, clause_start: int) -> Time | None:
        """The year of an earlier pair's from end in the sentence (由2020年的520张增加到2025年的736张), where
        the figure is the from end of a pair of its own (每千人口床位数由6.58张提高到9.43张) whose clause names
        no time: pairs set side by side run over the same years. None where no such year stands before."""
        if c.role == "target" or c.changed:
            return None
        words = self.s.period_words.span_from
        if not words or not text[clause_start:c.q.start].rstrip().endswith(words):
            return None
        if any(clause_start <= u.start < c.q.start for u in times):
            return None  # the figure's clause names its own time
        return next((u for u in reversed(times) if u.end <= clause_start and u.lead and u.y1 is not None), None)

    def _parallel_to(self, text: str, times: list[Time], c: Candidate, clause_start: int) -> Time | None:
        """The year of an earlier pair's to end in the sentence (由2020年的1860张增加到2025年的2730张), where the
        figure is the to end of a pair of its own (每千人口床位数由4.86张提高到6.92张) whose clause names no time:
        pairs set side by side run over the same years, the to end as the from end (`_parallel_from`). None where
        no pair before it in its sentence wrote a year for its to end."""
        if c.role == "target" or c.changed:
            return None
        w = self.s.period_words
        if w.span_from_year is None or not w.span_from or not w.span_to:
            return None
        head = text[clause_start:c.q.num_start].rstrip()
        if not head.endswith(w.span_to) or not any(f in head for f in w.span_from) or \
                (w.span_to_not and any(x in head for x in w.span_to_not)):
            return None
        if any(clause_start <= u.start < c.q.start for u in times):
            return None  # the figure's clause names its own time
        for u in reversed(times):
            if u.end > clause_start or u.base or u.aside or u.y1 is None or u.y1 != u.y2:
                continue
            if u.lead:
                return None  # the pair before it wrote its from end's year only
            if text[:u.start].rstrip().endswith(w.span_to) and w.span_from_year.match(text, u.end) is not None and \
                    any(v.lead and v.end <= u.start for v in times):
                return u
            return None
        return None

    def _pair_ends(self, text: str, cands: list[Candidate]) -> tuple[str, str] | None:
        """The periods of the last from–to pair of the sentence (由2020年的1860张增加到2025年的2730张): two figures
        side by side, a `from` word before the first, a `to` word between, each dated a single year of its own and
        the first before the second. None where the sentence holds no such pair."""
        w = self.s.period_words
        if not w.span_from or not w.span_to or len(cands) < 2 or not any(x in text for x in w.span_to):
            return None  # (a pair's gap holds a `to` word: a sentence without one holds no pair)
        for c1, c2 in reversed(list(zip(cands, cands[1:], strict=False))):
            if c1.role == "target" or c2.role == "target" or c1.changed or c2.changed:
                continue
            if not (c1.period.isdigit() and c2.period.isdigit() and c1.period < c2.period):
                continue
            gap = text[c1.q.end:c2.q.num_start]
            lead = text[max(0, c1.q.num_start - PAIR_LEAD):c1.q.num_start]
            if any(x in gap for x in w.span_to) and any(x in lead for x in w.span_from) and \
                    not any(ch in self.s.classifier.lex.clause_end for ch in gap):
                return c1.period, c2.period
        return None

    def _past_pair_end(self, text: str, times: list[Time], c: Candidate, clause_start: int, t: Time) -> Time:
        """The span its sentence reviews, where the time before the figure is the to end's year of a from–to pair
        in an earlier clause (五年来，…；收入由2019年的14860元增加到2024年的21380元；建成高速公路2条): a year
        bound to its number by 的 (periods.yaml span_from_year) dates that number alone, as a from end's does,
        and the flows after the pair go on over the span that year ends. A level reached in the figure's own
        clause (…；规上工业企业达到320家: span_level) is of the span's end, the year itself; so is every figure
        where no span stands before the pair in its sentence."""
        w = self.s.period_words
        if w.span_from_year is None or t.y1 is None or t.y1 != t.y2 or t.part or t.base or \
                w.span_from_year.match(text, t.end) is None or not text[:t.start].rstrip().endswith(w.span_to):
            return t
        if self._reaches(text[clause_start:c.q.num_start]):
            return t
        span = next((u for u in reversed(times) if u.end <= t.start and not u.base and not u.aside and not u.lead
                     and (u.back or (u.y1 is not None and u.y2 is not None and u.y1 < u.y2))), None)
        if span is None:
            return t
        y1, y2 = span.resolved(self._year_before(text, times, span))
        return span if y1 is not None and y2 is not None and y1 <= t.y1 <= y2 else t

    def _same_time_back(self, times: list[Time], c: Candidate, prev: Candidate | None) -> tuple[str, str] | None:
        """(period, why) of a figure that a relative year and its base word heading its clause date (上年同期，全县城镇
        新增就业2960人 after 去年四季度，全县城镇新增就业3120人 in an item of January 2026): the same time as the figures
        before it, a year back (2024Q4), not the year before the document's alone, which it is only where those figures
        are of the document's year (截至7月5日，…；上年同期，… → 2025-07). The time is the figure's before it in its
        sentence, else the last one's of the sentence before (its role's first); None where neither is of one year."""
        pub = _date_year(self.periods.published)
        t = next((u for u in reversed(times) if u.end <= c.q.start and not u.base), None)
        base_words = self.s.period_words.base_after
        if pub is None or t is None or t.y1 is None or t.y1 != t.y2 or t.y1 >= pub or c.period != str(t.y1):
            return None
        if not (t.aside and t.text in base_words) and not (t.lead and t.text.endswith(base_words)):
            # (a lead time that ends in a base word states the value at that time, periods.yaml base_stated:
            # 一季度，…620万人次，上年同期为577万人次 → the first quarter a year back, as the aside form above)
            return None
        back = pub - t.y1
        if not t.aside:
            # (counted from the relative word itself: a reported year may have moved the lead's year already, 2025年，
            # …268元。上年同期为274元 in March 2026 → 2024)
            word = _before_base(t.text, base_words)
            if word not in self.s.period_words.relative:
                return None
            back = -self.s.period_words.relative[word]
        before = self.periods.before
        # (a from–to pair heading its sentence, 一季度，…占比由上年同期的56.4%提高到62.0%, has no figure before it: the
        # time its sentence opened with is the one a year back)
        own = next((u for u in reversed(times) if u.end <= t.start and not (u.base or u.aside or u.lead)), None)
        frame = prev.period if prev is not None and prev.q.end <= t.start else \
            own.label(self.periods.year_in_force()) if own is not None else \
            before.get(c.role) or next(iter(before.values()), "")
        m = _ONE_YEAR.fullmatch(frame or "")
        if m is None or back <= 0:
            return None
        year = int(m.group(1)) - back
        return f"{year}{m.group(2)}", f"«{t.text}»: the time of the figures before it, {back} year(s) back"

    def _reaches(self, words: str) -> bool:
        """Do the words before a figure hold one of periods.yaml span_level (达到, 达, 突破: a level reached), not
        inside a word of span_level_not that only holds its characters (下达中央资金9.4亿元: funds handed down, a flow
        over the span as the total before it is, no level its last year reached)?"""
        w = self.s.period_words
        if not any(x in words for x in w.span_level):
            return False
        if w.span_level_not and any(x in words for x in w.span_level_not):
            for x in w.span_level_not:
                words = words.replace(x, "\x00" * len(x))
            return any(x in words for x in w.span_level)
        return True

    def _reached_after_total(self, text: str, t: Time, c: Candidate) -> bool:
        """Is the figure a level the span of its sentence ends at, after a total over that span in a clause before
        (近三年累计投入资金26.4亿元，全市床位达到5860张，每千人口床位数6.9张: the total is over the years, the stock
        reached, and the clause listed after it, as they stand at the end)? A word of periods.yaml span_level after
        the total's clause has closed says so; a from–to pair (由…) after the total keeps its own ends."""
        w = self.s.period_words
        if not (t.back or (t.y1 is not None and t.y2 is not None and t.y1 < t.y2)) or not w.span_cumulative:
            return False
        if self.s.periods.season(text, t):
            # 2025-2026学年，全县累计资助学生6850人次…；义务教育巩固率达到99.6%: a school year or a season is one stretch
            # of time, no span of years a stock grows over; the rate is of all of it, as its total is
            return False
        gap = text[t.end:c.q.num_start]
        cum = max((gap.rfind(x) for x in w.span_cumulative), default=-1)
        if cum < 0:
            return False
        ends = self.s.classifier.lex.clause_end
        close = next((i for i in range(cum, len(gap)) if gap[i] in ends), -1)
        if close < 0:
            return False
        tail = gap[close:]
        # (…旅游总收入突破千亿元；新增高速公路里程210公里: a mark passed in an item before the figure's own, set apart by a
        # semicolon, says nothing of the figure's; its item is a flow of the span again)
        item = max((tail.rfind(m) for m in w.total_ends), default=-1)
        if item > 0:
            tail = tail[item:]
        return self._reaches(tail) and not any(x in tail for x in w.span_from)

    def _from_listed(self, text: str, t: Time, c: Candidate, prev_end: int) -> bool:
        """Is the figure one more from end listed after the one its pair's from year dates (分别由2017年的45320元、
        23860元增至…): nothing but a pair link from the figure before, no `to` word since the year? Then that
        year is its own too."""
        links = self.s.classifier.lex.carry.pair_links
        gap = text[t.end:c.q.start]
        return bool(links) and text[prev_end:c.q.num_start].strip() in links and \
            not any(w in gap for w in self.s.period_words.span_to)

    def _counted_years(self, text: str, times: list[Time], c: Candidate) -> Time | None:
        """A count of whole years (两年间, 五年来) that opens the change's clause right before its verb, after a
        mark (…11.5万辆，两年间增长了2.6倍): the years the change is over; None where none stands so."""
        verb = self.s.classifier.change_verb(text, c.q)
        for u in reversed(times):
            if u.end > c.q.num_start:
                continue
            if u.base or u.part or u.y1 is None or u.y2 is None or u.y1 >= u.y2:
                return None
            gap = text[u.end:c.q.num_start].strip()
            gap = gap[:len(gap) - len(verb)] if verb and gap.endswith(verb) else gap
            before = text[:u.start].rstrip()
            if not verb or gap or not before or not is_mark(before[-1]):
                return None
            return u
        return None

    def _pair_change(self, text: str, times: list[Time], c: Candidate, prev_end: int) -> Time | None:
        """The year of a from–to pair's from end (由2020年的18万千瓦增加到64.5万千瓦) where the figure is
        the change the pair makes, right after its to end with nothing but a verb between (，增长2.58倍):
        that change is over the span from that year to the time of the to end."""
        if c.role != "change" or not prev_end:
            return None
        counted = self._counted_years(text, times, c)
        if counted is not None:
            # (…增至2026年10月底的11.5万辆，两年间增长了2.6倍: a count of years opening the change's clause stands
            # between the pair's to end and the change; the pair ends before it, where its clause does)
            prev_end = len(text[:counted.start].rstrip()) - 1
        lead = next((u for u in reversed(times) if u.end <= prev_end and not u.base), None)
        to_words = self.s.period_words.span_to
        if lead is not None and not lead.lead and to_words and text[:lead.start].rstrip().endswith(to_words):
            # 由2020年的35.2%提高到2025年的41.6%，提高6.4个百分点: the to end writes its year too; the pair's from end
            # is the time before it
            lead = next((u for u in reversed(times) if u.end <= lead.start and not u.base), None)
        if lead is None or not lead.lead or lead.y1 is None:
            return None
        base = self.s.period_words.base_after
        if base and lead.text.endswith(base):
            # (护理型床位占比由去年同期的41%提高到55.6%，提高14.6个百分点: a pair from the same time a year back is a
            # comparison with that time, as 比去年同期提高 is: the change is of the to end's time, not over two years)
            return None
        ends = self.s.classifier.lex.target_scope_end
        if ends and any(ch in ends for ch in text[lead.end:prev_end]):
            return None  # (…由上年同期的73.6%提高到77.2%；某镇产值26.8亿元，增长13.5%: a pair of another clause)
        if to_words and not any(w in text[lead.end:prev_end] for w in to_words):
            # (上半年，…412万人次，上年同期为365万人次，增长12.9%: the value a year back stated after this year's, no
            # pair's from end; the growth right after it is of this year's time, as the level before it is)
            return None
        gap = text[lead.end:prev_end]
        if to_words and any(ch in self.s.classifier.lex.clause_end for ch in gap[:max(gap.rfind(w) for w in to_words)]):
            # (城市低保标准由去年的680元提高到今年的720元，农村低保标准提高到5800元，增幅分别为5.9%和6.2%: the last to word
            # opens a clause after the pair's, which names no from end; the growth right after its figure is of that
            # figure's time, as the growth after a level is. 由2020年的102亿元增至2024年的218亿元，四年翻了一番: the clause
            # mark after the pair's to end leaves it the pair's change)
            return None
        verb = self.s.classifier.change_verb(text, c.q)
        gap = (text[prev_end:counted.start] + text[counted.end:c.q.num_start] if counted is not None
               else text[prev_end:c.q.num_start]).strip()
        gap = gap[:len(gap) - len(verb)] if verb and gap.endswith(verb) else gap
        return lead if verb and (not gap or all(is_mark(ch) for ch in gap)) else None

    def _column_year(self, text: str, times: list[Time], c: Candidate, clause_start: int) -> tuple[Time, str] | None:
        """(the time, the word) where the figure's clause before it is nothing but a column word of a plan's indicator
        list (periods.yaml value_columns: 现状值5.6张, 目标值控制在12/10万以下) that its sentence dated earlier, right
        after a year (主要指标2025年现状值和2030年目标值如下：…): that year, not the last time before the figure."""
        head = text[clause_start:c.q.num_start].strip()
        columns = self.s.period_words.value_columns
        if not head.startswith(columns):  # (one test in C: most clauses open with no column word)
            return None
        word = next(w for w in columns if head.startswith(w))
        rest = head[len(word):]
        if rest and rest not in self.s.classifier.lex.carry.subject_trail:
            return None
        # (the word right after the time, past its own year word at most: 2025年现状值, 2025年底现状值)
        dated = [t for t in times if t.end <= clause_start and not t.base and t.y1 is not None
                 and 0 <= text.find(word, t.end, t.end + len(word) + 2)]
        return (dated[-1], word) if dated else None

    def _past_deadline(self, text: str, times: list[Time], c: Candidate, clause_start: int, t: Time) -> Time:
        """The time of the share of a goal done written after the goal's deadline in its sentence (2022年底，…床位数
        5.10张，规划目标为2025年达到5.5张，完成进度为44.4%): a year ahead of the document's, in an earlier clause, is the
        goal's own; the progress (its clause naming a word of periods.yaml progress_done) is of the year the sentence
        reported before it (2022), not a goal of 2025. Any other figure after the deadline (…，力争到2027年…增加到3.5万人，
        高技能人才占比提高到30%) stays of it, and a progress with no such year before it keeps it too."""
        pub = _date_year(self.periods.published)
        words = self.s.period_words.progress_done
        if pub is None or t.end > clause_start or t.part or t.y1 is None or t.y1 != t.y2 or t.y1 <= pub or t.base \
                or not any(w in text[clause_start:c.q.start] for w in words):
            return t
        return next((u for u in reversed(times) if u.end <= t.start and not u.base and not u.lead and not u.part
                     and u.y1 is not None and u.y2 is not None and u.y2 <= pub), t)

    def _period_of(self, text: str, times: list[Time], c: Candidate, clause_start: int,
                   prev_end: int, ends: list[int], live: tuple[int, ...] = ()) -> tuple[str, str]:
        own = next((u for u in times if u.back and u.y1 is None and u.start <= c.q.start and c.q.end <= u.end), None)
        if own is not None:
            # 近三年，全县累计新增城镇就业2.4万人: the duration 近三年 is the span it names, the years the figures after
            # it are counted over, not the document's date (nothing precedes it in its sentence to date it otherwise)
            y1, y2 = own.resolved(self._year_before(text, times, own))
            if y1 is not None and y2 is not None:
                return f"{y1}-{y2}", f"«{own.text}»: the years it counts back, which it names"
        target = c.role == "target"
        cue_at = text.rfind(c.role_cue, 0, c.q.start) if target and c.role_cue else -1
        listed = target and bool(c.role_cue) and cue_at < 0  # its cue opened a list in an earlier sentence
        cue_clause = clause_bounds(ends, cue_at, cue_at, len(text))[0] if cue_at >= 0 else None
        # (a sentence that names no time gives a figure none of its own, no column's year and no pair's year)
        t = self.s.periods.choose(text, times, c.q.start, clause_start, target, cue_clause) if times else None
        if t is not None and not target:
            t = self._past_deadline(text, times, c, clause_start, t)
        column = self._column_year(text, times, c, clause_start) \
            if times and self.s.period_words.value_columns else None
        if column is not None:
            return column[0].label(self.periods.year_in_force()), \
                f"«{column[0].text}{column[1]}»: the year its sentence dates the column word its clause is"
        plan = self.periods.plan
        if t is not None and target and plan is not None and self._plan_goal_beside(text, t, c, clause_start, plan):
            # 孕产妇死亡率2022年为8.6/10万，控制在规划目标12/10万以内 in a review of a plan its headline names: the year
            # dates the result the goal is set beside; the plan's goal is due over the plan's years, as one alone is
            return f"{plan[0]}-{plan[1]}", \
                f"«{t.text}» dates the result before it: a goal of the plan its headline names, due over its years"
        if t is not None and target and plan is not None and t.y1 == t.y2 and t.y2 is not None and plan[0] < plan[1] \
                and plan[0] <= t.y2 <= plan[1]:
            # ▲ 每年为800户家庭实施改造 in a plan of 2025—2027, due at its end: a goal of every year of it, over its
            # years (its item only: from the last mark that ends a total's reach, ▲ ；)
            # (每年培训…不少于200人次，到2027年累计培训500人以上，持证上岗率达到90%以上: a deadline written after the yearly
            # word, before the figure, is the figure's own, the yearly word another clause's)
            # (到2028年，实现…全覆盖；每年为村卫生室更新诊疗设备100套 in a plan of 2026—2030: a deadline inside the plan's
            # years, in an item before the yearly one's, dates its own item; the yearly task is of every year of the plan)
            marks = self.s.period_words.total_ends
            opens = max((text.rfind(m, 0, c.q.start) for m in marks), default=-1) + 1
            if t.y2 == plan[1] or t.end <= opens:
                part = text[max(opens, t.end) if t.end <= c.q.start else opens:c.q.start]
                if any(map(part.__contains__, self.s.period_words.yearly_goal)):
                    return f"{plan[0]}-{plan[1]}", \
                        f"«{t.text}»: a deadline of the plan its headline names, and a goal of every year of it"
        if t is not None and not target and t.end <= clause_start and self._rate_only(text, t):
            # …比2015年末增加9860张，“十三五”期间年均增长7.2%；每千常住人口床位6.43张: the span dates its average alone;
            # a time of the sentence before it holds again (2025年，地区生产总值…，“十四五”期间年均增长6.2%；一般公共预算
            # 收入28.7亿元: of 2025), else the time in force
            t = next((u for u in reversed(times) if u.end <= t.start and not u.base and not u.total and not u.lead),
                     None)
        if t is not None and target and (span := self._span_past_deadline(text, times, c, t)) is not None:
            # 今后五年，…：…年均增长7%左右，到2031年突破380亿元；城镇新增就业累计6万人以上: the deadline, written after a
            # figure inside a part the span frames, dates its own part's goal; past the scope mark the span holds again
            t = span
        if t is not None and target and t.start >= c.q.end and self._heads_own_figure(text, t, ends, live):
            t = None  # 新增托位3000个，…，力争到2025年占比达到65%: the date is due for the figure of its own clause
        parallel = self._parallel_from(text, times, c, clause_start) if times else None
        if parallel is not None:
            # 由2020年的812家增加到1126家，高新技术企业由386家增加到865家: the from end of a pair written
            # without a year, after a pair that wrote its from end's, is of that year too
            return parallel.label(self._year_before(text, times, parallel)), \
                f"«{parallel.text}»: the from end's year of the pair before it in its sentence"
        parallel = self._parallel_to(text, times, c, clause_start) if times else None
        if parallel is not None:
            # 由2020年的1860张增加到2025年的2730张，…；每千人口床位数由4.86张提高到6.92张: the to end of a pair
            # written without a year, after a pair that wrote its to end's, is of that year too
            return parallel.label(self._year_before(text, times, parallel)), \
                f"«{parallel.text}»: the to end's year of the pair before it in its sentence"
        if t is not None and t.lead and prev_end > t.end and not self._from_listed(text, t, c, prev_end):
            # 从2020年的18万亩增加到26.5万亩: the from end's year is of its own figure, not of the next (nor is a
            # plan's total ahead, 五年累计 in a review, the time of a level of the past)
            t = next((u for u in reversed(times) if u.end <= t.start and not u.base and not u.lead
                      and (target or not u.total)), None)
        if t is not None and not target and t.end <= clause_start:
            t = self._past_pair_end(text, times, c, clause_start, t)
        rates = self.s.period_words.span_rates
        cumulative = self.s.cumulative
        if t is not None and target and rates and t.y1 is not None and t.y1 == t.y2 and \
                any(map(text[clause_start:c.q.start].__contains__, rates)):
            span = self.s.periods.span_of(text, times, c.q.start)
            if span is not None and span is not t and span.y2 == t.y1:
                # “十五五”时期，到2030年…年均增长6%左右: a yearly average due at the end of the plan is
                # averaged over the plan's years, not over its last year alone
                return span.label(self._year_before(text, times, span)), f"«{span.text}»: a yearly average due at its end"
            carried = self._span_in_force()
            if span is None and carried is not None and carried.y2 == t.y1:  # (the plan a heading named)
                return carried.label(self.periods.year_in_force()), \
                    f"carried over from an earlier sentence «{carried.text}»: a yearly average due at its end"
            # (… whatever span an earlier sentence carries that ends elsewhere: “十四五”时期，… in the review before it)
            plan = self._plan_ending(t.y1) if span is None else None
            if plan is not None:
                # 到2030年，…农村居民人均可支配收入年均增长6%以上 in a report of 2026: a yearly average due at the end of
                # the five-year plan under way is averaged over the plan's years (as under its name), not over its
                # last year alone (到2027年…年均增长8% ends no plan: its year stays)
                return f"{plan[0]}-{plan[1]}", f"«{t.text}»: a yearly average due at the end of the plan under way"
        pub = _date_year(self.periods.published)
        if t is not None and not target and t.y1 is not None and t.y1 == t.y2 and t.start < clause_start and \
                pub is not None and t.y1 <= pub and (any(w in text[clause_start:c.q.start] for w in cumulative) or (
                    any(w in text[t.end:clause_start] for w in cumulative)
                    and not self._reaches(text[clause_start:c.q.num_start]))):
            span = self.s.periods.span_of(text, times, c.q.start)
            if span is not None and span not in times and span.y1 is not None and span.y2 is not None:
                # 由2017年的186家增至2022年的472家，五年新增286家 under 过去五年: the years of the span in force
                span = self._years_after(times, c.q.start, span.y1, span.y2) or span
            if span is not None and span is not t and span.y1 is not None and span.y2 is not None and \
                    span.y1 < span.y2 and span.y1 <= t.y1 <= span.y2:
                # 五年来，…增加到2025年的1186.3亿元，…，五年累计完成345.8亿元: a total is over the years of the span
                # its sentence reviews, not of the year a series before it ended on, in a clause before its own; so are
                # the flows after a total (…；累计完成投资2100亿元，新增城镇就业7.2万人: the review goes on over the span),
                # not a level reached (…；规上工业企业由486家增加到752家, 产值突破800亿元: at the span's end) (a
                # goal due by a year, 到2030年…累计新增就业450万人, is of that year, as targets are)
                if any(u.base and u.y2 is not None and u.y2 == span.y1 - 1 and clause_start <= u.start < c.q.start
                       for u in times):
                    # …；累计完成投资2100亿元；高新技术企业达到1150家，是2020年的2.3倍: against the year before the span,
                    # the figure as it stands at the span's end, of its last year (as under a span carried, below)
                    return str(span.y2), f"«{span.text}»: compared with the year before it, its last year"
                if not any(w in text[clause_start:c.q.start] for w in cumulative) and \
                        any(w in text[clause_start:c.q.num_start] for w in self.s.period_words.span_from):
                    # 五年来，…；收入累计完成68.4亿元；规上工业企业由46家增至73家: a pair of a clause of its own after
                    # a total is no total; it takes the span's ends, as a pair under a span does
                    ends_at = self.s.periods.span_end(text, span, c.q.start, prev_end)
                    return ends_at.label(self._year_before(text, times, span)), \
                        f"«{span.text}»: a from–to pair over its years, after a total"
                carried = self._span_in_force()
                if span not in times and carried is not None and carried.y1 is not None and span.y1 is not None and \
                        carried.y1 == span.y1 + 1 and carried.y2 == span.y2:
                    # 五年来，…。浓度由2020年的38微克下降到2025年的29微克，累计下降23.7%: the pair runs from the year
                    # before the span in force to its end; the total is over the span's years
                    return carried.label(self.periods.year_in_force()), \
                        f"{CARRIED} «{carried.text}»: a total over its years, which the pair before it spans"
                return span.label(self._year_before(text, times, span)), f"«{span.text}»: a total over its years"
        # (the rate word after the time the figure takes: 年均浓度由2020年的38微克/立方米下降到2025年的29微克/立方米
        # names an annual mean, a level of each year, not an average over the years of the pair)
        if t is not None and not target and rates and \
                any(map(text[max(clause_start, t.end):c.q.start].__contains__, rates)):
            span = self.s.periods.span_of(text, times, c.q.start)
            since = self._rate_since_base(text, times, c, t, rates) if span is None else None
            if since is not None:
                # 2021年，全县地区生产总值达到108.6亿元，比2012年增长1.6倍，年均增长11.3%: the average runs from the
                # year the growth is counted from to the year it reached, as 由2012年的…增加到2021年的… would
                return f"{since.y1}-{t.y1}", f"«{since.text}» to «{t.text}»: a yearly average since the base of its growth"
            carried = self._span_in_force()
            if span is None and carried is not None and t.y1 is not None and t.y1 == t.y2 and \
                    carried.y1 <= t.y1 <= carried.y2:  # type: ignore[operator]
                # 过去五年，…。…年均增长6.3%，2021年达到…；…年均增长5.8%: the average is over the span in
                # force, not over the year its sentence names for another figure
                return carried.label(self.periods.year_in_force()), \
                    f"{CARRIED} «{carried.text}»: a yearly average over its years"
            if span is not None and span not in times and carried is not None and span.y1 is not None and \
                    carried.y1 == span.y1 + 1 and carried.y2 == span.y2:
                # 过去五年，…。地区生产总值由2020年的1550亿元增加到2025年的2086亿元，年均增长5.6%: the pair runs
                # from the year before the span in force to its end; the average is over the span's years
                return carried.label(self.periods.year_in_force()), \
                    f"{CARRIED} «{carried.text}»: a yearly average over its years, which the pair before it spans"
            if span is not None and span is not t:
                label = span.label(self._year_before(text, times, span))
                return label, f"«{span.text}»: a yearly average over the years of its sentence"
        held = self._held_over(text, times, c, clause_start, t) if t is not None else None
        if held is not None:
            return held.label(self.periods.year_in_force()), f"«{held.text}»: a level held over its years"
        if t is not None and target and self._undated_in_scope(text, t, c):
            return "", "a plan that names no time it is due: what follows once built, past the time before it"
        if t is not None:
            if not c.changed:
                if t.back and t.y1 is None and any(w in text[t.end:c.q.start] for w in self.s.period_words.span_from):
                    # 近三年，…由568家增加到1035家: the years it counts back, then the pair's ends
                    y1, y2 = t.resolved(self._year_before(text, times, t))
                    t = Time(t.start, t.end, y1, y2, text=t.text) if y1 is not None else t
                if not target and self._reached_after_total(text, t, c):
                    y1, y2 = t.resolved(self._year_before(text, times, t))
                    if y2 is not None:
                        return str(y2), f"«{t.text}» in its sentence: a level reached after a total over its years"
                if not target and (t.back or (t.y1 is not None and t.y2 is not None and t.y1 < t.y2)):
                    y1, y2 = t.resolved(self._year_before(text, times, t))
                    if y1 is not None and y2 is not None and y1 < y2 and any(
                            u.base and u.y1 == u.y2 == y1 - 1 and clause_start <= u.start < c.q.start for u in times):
                        # 五年来，…；外贸进出口总额年均增长15.9%，是2020年的2.1倍: a ratio to the year before the span
                        # in its own sentence is the figure as it stands at the span's end (as under a span carried);
                        # against the plan before (累计投入资金2.3亿元，是“十三五”时期的2.6倍) a total set against a
                        # total, of the span
                        return str(y2), f"«{t.text}» in its sentence: compared with the year before it, its last year"
                # (a span that ends after the document's year has not reached its end: what it reaches is a goal)
                ahead = t.y2 is not None and (pub := _date_year(self.periods.published)) is not None and t.y2 > pub
                t = self.s.periods.span_end(text, t, c.q.start, prev_end, max(c.q.start, c.q.num_start),
                                            target or ahead)
            elif t.y1 is not None and t.y2 is not None and t.y1 < t.y2 and \
                    t.y2 == _date_year(self.periods.published) and any(
                    u.base and u.y2 is not None and u.y2 < t.y1 and clause_start <= u.start < c.q.start for u in times):
                # “十四五”以来，…较2020年增加2.4平方米: a change from a base before a span that runs to the
                # document's year (the figure as it stands now against then) is of that year, not of the span
                t = Time(t.start, t.end, t.y2, t.y2, text=t.text)
            year = self._year_before(text, times, t)
            if not target and year is not None and self._after_past_part(text, times, t, year, [c.q.start]):
                year -= 1
            back = self.periods.reported_year
            if not target and back is not None and year == self.periods.whole_year and not t.y1 and not t.part \
                    and t.text in self.s.period_words.context_years and not any(
                    u.end <= t.start and not u.base and (u.y1 is not None or u.part) for u in times):
                # 2026年计划城镇新增就业8000人以上。年末全市60岁及以上老年人口18.26万人 in a report on 2025: the goals'
                # year dates no level; 年末 is of the year the report spoke of before them
                year = back
            if target and year is not None and pub is not None and year < pub and self._goal_of_year(times, t):
                year = pub  # 截至2025年底，…。将确保全年… in an item of November 2026: this year's goal
            if target:
                year = self._plan_ahead_year(times, t, year)
            if target and year is not None and pub is not None and year != pub and \
                    self.s.periods.year_end_goal(text, t) and (year < pub or any(
                        u.end <= t.start and not u.base and u.y1 is not None and u.y1 <= pub < u.y2 == year
                        for u in times)):
                # 2025年…普及率为93.5%，到年底，这一比例将提高到96% (November 2026); 年内，全县将… after 2025年，… in a
                # report of January 2026; 今冬明春，…；年底前，还将… (2026-2027): the end of the year under way
                year = pub
            if target and listed and t.y1 is None and year is not None and pub is not None and year < pub:
                named = [int(y) for y in _YEARS.findall(c.role_cue)]
                if named and named[-1] >= pub:
                    year = named[-1]  # …2026年卫生健康工作要点 … 2025年末，…。全年新建…: the year the plan's cue names
            # (全年财政收入预计完成32亿元 in a report of January: an estimate of the result of a year, made as it closes, is
            # of the year just over, as the result is, the cue naming the result (a forecast cue run on: 预计完成); a plan
            # or a forecast for 全年 (全年新增城镇就业预计在2800人以上) is the document's year)
            estimate = target and (any(c.role_cue != f and c.role_cue.startswith(f)
                                       for f in self.s.period_words.forecast_cues) or (
                c.role_cue in self.s.period_words.goal_nouns and
                any(x in text[c.q.end:] for x in self.s.period_words.closing_goal_met)))
            if (not target or estimate) and year is not None and year == _date_year(self.periods.published) and \
                    self._closing(times, t):
                return str(year - 1), f"«{t.text}» in its sentence, in a report of the first months of the next year"
            if not target and not t.y1 and t.part.startswith("M") and t.label(year) == self.periods.default():
                # 记者1月9日获悉，新增就业4.2万人，完成年度目标任务的105%: the day of the news says
                # nothing of when, the year-word after the figure does
                closing = self._closing_after(times, c.q.end)
                if closing is not None and year is not None:
                    return str(year - 1), f"«{closing.text}» after it, in a report of the first months of the next year"
            reported = self._reported(text, t)
            # (截至12月底，…签约项目37个，计划总投资286亿元: a plan stated as it stood at a month gone by, as the level is)
            # (a level with its cue, a rate paid per head under a plan (四季度新增就业不少于1500人，对吸纳就业的企业按每人
            # 每月1000元给予补贴 in an item of November: the standard set, no result of the quarter), is no result either)
            settled = c.role == "level" and bool(c.role_cue)
            if (not target and not settled or self.s.periods.as_of_frame(text, t)) and t.y1 is None and \
                    year is not None and \
                    _unfinished(t.part, year, self.periods.published, reported, self.s.period_words.past_month_lag) \
                    and not any(u.end <= t.start and not u.base and u.y2 is not None for u in times):
                year -= 1  # 一季度增长4.5% in a release of January 2024: a result of a quarter not yet over is last year's
            label = t.label(year)
            return label, f"«{t.text}» in its sentence" + ("" if label else ", but no document date to resolve it")
        state = self.periods
        broken = state.before.get(c.role) if not target and not times else None
        if broken and text.lstrip().startswith(self.s.gazetteer.words.breakdown_before):
            # …高新技术企业由568家增加到1035家。其中，甲县、乙区分别达到186家和97家: the parts of the
            # figure before it are of its time (the end of a span not carried, 近三年)
            return broken, "the figure its sentence breaks down, in the sentence before: its time"
        pub_year = _date_year(state.published)
        closing = None if target or pub_year is None else self._closing_after(times, c.q.end)
        if closing is not None:
            return str(pub_year - 1), f"«{closing.text}» after it, in a report of the first months of the next year"
        due_end = self._plan_task_due(text, c, clause_start) if listed else None
        if due_end is not None:
            return due_end
        carried = state.carried
        if carried is not None and not target and not c.changed and pub_year is not None \
                and not any(not u.base for u in times) and self._plan_from(text, c, clause_start):
            # …去年出院患者3.1万人次。新院区投用后，床位数将由5.36张提高到6.5张左右: the from end of a plan's pair is
            # the level the plan starts from, as it stands now, not in the time the sentence before spoke of
            return str(pub_year), "the from end of a plan's pair: the level it starts from, now"
        if carried is not None and not target and pub_year is not None and (carried.y2 or 0) > pub_year \
                and not _across_turn(carried.y1, carried.y2, pub_year):
            # 预计2024年底建成 before it: a level is no figure of the future; it is of the time in force before that year
            # was named (截至2023年底，…。…距2025年目标还差约1300个。…完成进度43.8%: of 2023), else of none carried
            resumed = state.resumed
            carried = resumed if resumed is not None and (resumed.y2 or 0) <= pub_year \
                and not _month_ahead(resumed, resumed.y2, state.published) else None
        elif carried is not None and not target and _month_ahead(carried, carried.y2, state.published):
            # 预计2026年6月投用，届时将新增床位120张。基层方面，全县…达到168个 (a report of March 2026): a level is no
            # figure of a month still to come; it is of the time in force before that month was named
            resumed = state.resumed
            carried = resumed if resumed is not None and not _month_ahead(resumed, resumed.y2, state.published) \
                and (resumed.y2 or 0) <= pub_year else None
        if listed and carried is not None and pub_year is not None and carried.y2 is not None:
            named = [int(y) for y in _YEARS.findall(c.role_cue)]
            if named and named[-1] >= pub_year > carried.y2:
                # 某市卫生健康委员会2026年卫生健康工作要点 … 2025年末，…。一、… 新建村卫生室45个: a goal of the plan whose
                # headline or heading names its year, not of the past year a sentence since reported on
                return str(named[-1]), f"the year its plan's cue names «{c.role_cue}», past the year carried"
        if carried is not None and (not target or listed):
            # (the span the text returns to past a sentence of the future, “十四五”以来…。“明年我们力争…。”…由45%提高到62%,
            # is in force as it was before that sentence: its levels and pairs end it as they would have)
            resumed = state.resumed is carried and carried is not state.carried and not carried.part \
                and carried.y1 is not None and carried.y2 is not None and carried.y1 < carried.y2
            spanning = (self._span_in_force() is carried or resumed) and not (
                pub_year is not None and _across_turn(carried.y1, carried.y2, pub_year))
            if spanning and not target and self._yearly(text, c, clause_start, ends):
                return str(carried.y2), f"{CARRIED} «{carried.text}»: compared with the year before, its last year"
            if spanning and not target and carried.y1 is not None and any(
                    u.base and u.y1 == u.y2 == carried.y1 - 1 and (clause_start <= u.start < c.q.start or
                                                           self._base_next(text, c, u, ends)) for u in times):
                # “十四五”时期，…。营业收入比2020年增长41.2%, 是2020年的2.4倍: the figure as it stands at the span's
                # end against the year before the span, of its last year (a base that is a span itself, 是“十三五”时期的
                # 1.4倍, sets a total of the span against the span before: of the whole span carried)
                return str(carried.y2), f"{CARRIED} «{carried.text}»: compared with the year before it, its last year"
            if not c.changed and spanning:
                # (a season under way, 2024/25年榨季, is no span a level ends)
                # (the qualifier written before the number too: 旅游总收入突破千亿元, a mark passed)
                w, before = self.s.period_words, text[clause_start:max(c.q.start, c.q.num_start)]
                if self._reaches(before) and not any(x in before for x in w.span_cumulative):
                    # 过去五年，…。城乡居民人均可支配收入分别达到42150元和22380元: a level the span ends at
                    label = str(carried.y2)
                    return label, f"{CARRIED} «{carried.text}»: a level at its end"
                if any(x in before for x in w.span_from):
                    # 过去五年，…。床位数由5.9张增加到7.1张: a from–to pair takes the ends of the span
                    carried = self.s.periods.span_end(text, carried._replace(start=-1, end=0), c.q.start, prev_end)
            pair = state.pair_ends
            if pair is not None and not target and not c.changed and not any(not u.base for u in times) and \
                    carried.y1 is not None and carried.y1 == carried.y2 and str(carried.y1) == pair[1] and \
                    text[clause_start:c.q.num_start].rstrip().endswith(self.s.period_words.span_from):
                # 由2020年的1860张增加到2025年的2730张。每千人口执业医师数由2.10人提高到2.86人: the from end of a pair
                # of a sentence that names no time, after a pair of the sentence before that wrote both its years,
                # is of that pair's from end's year (its to end keeps the year carried, the to end's)
                return pair[0], f"{CARRIED} «{carried.text}»: the from end's year of the pair in the sentence before"
            rates = self.s.period_words.span_rates
            span = state.rate_span
            if span is not None and not target and c.role == "change" and rates and not any(not u.base for u in times) \
                    and carried.y1 is not None and carried.y1 == carried.y2 == span[1] and not carried.part and \
                    any(map(text[clause_start:c.q.start].__contains__, rates)):
                # 2025年，…，“十四五”时期年均增长6.3%。城乡居民人均可支配收入分别达到43280元和20630元，年均分别增长5.9%和
                # 7.6%: a yearly average of a sentence that names no time, in the last year of the span an average of an
                # earlier sentence of its paragraph took, is over the same years, not over that last year alone
                return f"{span[0]}-{span[1]}", \
                    f"{CARRIED} «{carried.text}»: a yearly average over the years an average before it took"
            if target and rates and carried.y1 is not None and carried.y1 == carried.y2 and not carried.part and \
                    any(map(text[clause_start:c.q.start].__contains__, rates)) and \
                    (plan := self._plan_ending(carried.y1)) is not None:
                # 到2030年，主要目标是： / ——经济发展。地区生产总值年均增长6%左右: a yearly average due at the end of the
                # plan under way, carried from the lead, is averaged over the plan's years (as in its own sentence)
                return f"{plan[0]}-{plan[1]}", \
                    f"{CARRIED} «{carried.text}»: a yearly average due at the end of the plan under way"
            origin = state.carried_from
            if target and origin is not None and origin[0] is carried and not origin[1] and state.line_since and \
                    carried.part.startswith("M") and "-" not in carried.part and carried.y2 is not None:
                # 三、重点项目 / 县中医医院住院楼2027年6月投入使用，新增床位300张。/ 乡镇卫生院标准化建设（9个）: the month
                # written inside a clause of a paragraph before dated the event of that item only; a goal of a later
                # item of the plan is due in that month's year, not in the month
                return str(carried.y2), \
                    f"{CARRIED} «{carried.text}»: its year (the month dated one item of a paragraph before)"
            label = carried.label(state.year_in_force())
            return label, f"{CARRIED} «{carried.text}»"
        if target:
            w = self.s.period_words
            if state.long_term:
                return "", "a goal under a heading of the long term that names no time it is due"
            # an undated_after word reaches to the next scope mark (；): a goal of a later part (…，建成后新增床位150张；
            # 持证社会工作者力争达到100名) is of the time in force again
            reach = max((text.rfind(m, 0, c.q.start) for m in self.s.scope_marks), default=-1) + 1
            if c.role_cue in w.undated_cues or (w.undated_after and (c.role_cue.startswith(w.undated_after) or any(
                    x in text[reach:c.q.start] for x in w.undated_after))) or pub_year is None:
                # (…，新院区全部启用后将提高到6.9张，县域内就诊率有望达到90%以上: what follows once it is in use, too)
                if state.built is not None and pub_year is not None:
                    # 住院楼主体封顶 预计2027年投用 …新楼投用后，床位将增加到1200张: due when the headline says it is built
                    return str(state.built), f"due once built, in {state.built}, the year its headline names"
                return "", "a plan that names no time it is due"
            if self.periods.plan is not None:
                a, b = self.periods.plan
                due, origin = state.carried, state.carried_from
                if due is not None and due.y1 is not None and due.y1 == due.y2 and not due.part and not due.since \
                        and pub_year < due.y1 and a <= due.y1 <= b and origin is not None and origin[0] is due \
                        and origin[1]:
                    # 到2030年，全县卫生健康服务体系更加完善。主要目标是：人均预期寿命达到78岁 in a plan of 2026-2030 its
                    # headline names: a year of the plan still ahead that framed the sentence before is when the goals
                    # after it are due, not every year of the plan; one inside a clause of its own goal (规划目标为2025年
                    # 达到5.5张。…规划目标3.2人 in a mid-term review) dated that goal only
                    return str(due.y1), f"{CARRIED} «{due.text}»: a year of the plan under way still ahead, due then"
                if self._against_before(text, times, c, clause_start, ends, a):
                    # 一、“十四五”时期发展成就 … 城镇化率预计达到66.5%，比2020年提高6.1个百分点: set against the year before
                    # the plan, the figure is where the plan's last year ends, estimated or aimed at, not over every year
                    return str(b), "a target under the plan its headline names, against the year before it: its last year"
                return f"{a}-{b}", "a target under the plan its headline names, due over the plan's years"
            due = state.carried if state.carried is not None else state.resumed
            y1, y2 = due.resolved(state.year_in_force()) if due is not None else (None, None)
            later = y1 is not None and pub_year is not None and y1 > pub_year
            # (下一步，晋江将新培育…10家以上，力争全年…突破900亿元: the sentence goes on with the year's work, its year dates
            # it whole; but one whose steps reach past the year, 下一步将争取资金不低于5000万元，力争年底前新增…床位
            # 60至80张，2027年实现…: this year's words and times date their own clauses only, to the figure's clause's end)
            beyond = any(not u.base and u.y1 is not None and pub_year is not None and u.y1 > pub_year for u in times)
            upto = clause_bounds(ends, c.q.start, c.q.end, len(text))[1] if beyond else len(text)
            done_before = "target" not in state.before and not any(x in text[:upto] for x in w.next_steps_ongoing) and \
                not any(not u.base and (u.y1 is None or u.y2 == pub_year) and u.start < upto for u in times)
            steps = bool(w.next_steps) and any(x in text[:c.q.start] for x in w.next_steps)
            year_round = next((u for u in times if not u.base and not u.part and not u.back and u.start < upto and
                               u.resolved(pub_year) == (pub_year, pub_year)), None) if pub_year is not None else None
            if steps and due is not None and "-" in due.part and not later and year_round is not None:
                # 前三季度…。下一步，全市将新建…3栋，新增床位240张，力争全年城镇新增就业1.1万人: after the months so far, the
                # next steps that name the whole year (全年, 年内, 今年) in their sentence are the year's work, all of it
                return str(pub_year), f"«{year_round.text}» in its sentence: the next steps are the year's work"
            if steps and due is not None and ("-" in due.part or later or done_before):
                # 今年1—7月累计发放…。…下一步，全县将新增…: the work still to be done is due when it is done, not in the
                # months so far that dated what was done (periods.yaml next_steps); after a whole year (今年还新建…。下一步，
                # 全县计划再改造…) it is due in that year, and a month alone (5月首周…) dates no goal anyway (below); nor the
                # deadline of a later year set for one goal before (到2027年…突破3000亿元。下一步将…新建项目100个); nor a
                # whole year that dated only what was done in the sentence before (今年全县新增…420户。下一步，全县将新建…):
                # a goal set for the year before the turn (今年全县将新建…。下一步，…) carries it, as do a time of this
                # year in the sentence (将于3月至5月开展…, 力争二季度…) and words that go on with the year's work
                # (periods.yaml next_steps_ongoing: 计划再改造…, 还将…, 力争全年…)
                return "", UNDATED
            # (…，预计明年6月投入使用。届时，全县护理型床位占比将提高到55%以上: a word before the figure pointing back to
            # the time named before, periods.yaml then, makes the month carried from the sentence before the time due)
            then = bool(w.then) and any(x in text[:c.q.start] for x in w.then)
            if due is not None and y1 is not None and y2 is not None and y2 >= pub_year and not due.base \
                    and (then or not (due.part.startswith("M") and "-" not in due.part)):
                # 2026年工作安排。…新增城镇就业5万人: a year or plan the text named before, not yet over, is
                # the time the goals after it are due; so is the year of a part of it (上半年，…。预计总产量…);
                # a dated day (3月5日) dates the news, no goal
                origin = state.carried_from
                # (2027年，…重点抓好以下工作：/ 1.新增养老床位500张以上，到2027年底…占比达到65%以上。/ 4.力争争取…资金
                # 3000万元: a deadline of the year the lead named before it, in force again after it, is no goal's own)
                same = state.resumed is not None and not state.resumed.base and \
                    state.resumed.resolved(state.year_in_force()) == (y1, y2)
                # (… but the year a numbered heading plans for, 二、2027年工作计划, is that of every goal under it: a
                # goal of its own cue, 计划新改建农村公路100公里以上, is due then, `_plan_ahead_heading`)
                if origin is not None and origin[0] is due and state.line_since and later and not same \
                        and not (y1 == y2 == state.plan_ahead and not due.part):
                    # …，计划2028年建成通车。/ 项目建设期间，县里将同步配套建设…停车位1600个: a later year named inside a
                    # sentence of an earlier paragraph is the deadline of that sentence's goal; a goal of this paragraph
                    # that names no time is not due then (one that framed its sentence, 到2027年，…, frames the text;
                    # this year's end, 确保年底就业率不低于90%。/ 为确保就业扶贫3万人目标任务完成, is the year's work)
                    return "", f"a plan that names no time it is due («{due.text}» dated a goal of a paragraph before)"
                if y1 < y2 and not due.part and self._against_before(text, times, c, clause_start, ends, y1):
                    # “十四五”时期，…。常住人口城镇化率预计达到66.5%，比2020年提高6.1个百分点 (December 2025): where the span
                    # still running ends against the year before it, as a result compared so is (`_period_of`)
                    return str(y2), f"{CARRIED} «{due.text}»: a year still to run, against the year before it: its last"
                label = str(y2) if due.part else due.label(state.year_in_force())
                return label, f"{CARRIED} «{due.text}»: a year still to run"
            if due is not None and y1 is not None and y2 is not None and pub_year is not None and y2 < pub_year and \
                    not due.base and self._past_goal_met(text, c, clause_start):
                # 一、2024年工作回顾 … 下达我县的城镇新增就业目标为3000人，全年完成率108.7%: the goal of the past year
                # the text reviews, whose result the sentence goes on to give; a goal set for a year is that year's, a
                # month of it carried (截至12月底，…。年初目标为增长5.5%左右，全年预计增长5.1%) dates no goal
                label = str(y2) if due.part else due.label(state.year_in_force())
                return label, f"{CARRIED} «{due.text}»: the goal of a past year, met"
            if due is not None and y1 is not None and y2 is not None and pub_year is not None and y2 < pub_year and \
                    not due.base and not due.part and self.s.classifier.result_after(text, c.q.end):
                # 一、2025年工作回顾 … 年初计划新开工项目800个，全年新开工862个: the goal of the past year the text reviews,
                # its result set beside it in the clause after (roles.yaml level.done_clause)
                return due.label(state.year_in_force()), \
                    f"{CARRIED} «{due.text}»: the goal of a past year, its result after it"
            if state.reviewed is not None and c.role_cue in w.goal_nouns and not any(not u.base for u in times) and \
                    (due is None or y2 is None or y2 == state.reviewed):
                # 某市2026年十件民生实事完成情况 out in January 2027 … 目标：城镇新增就业4.5万人。完成情况：…: a goal stated
                # as a noun (no verb of the future) in a report of how a past year's goals went is that year's goal, set
                # against its result in the sentence after as in its own; a plan cue (力争, 将) may look ahead, and stays
                return str(state.reviewed), f"a goal in a review of {state.reviewed}, which its headline names"
            relative = tuple(w.relative)
            spoken = next((u for u in times if u.end <= c.q.start and not u.base and u.y2 == pub_year and
                           u.text.startswith(relative)), None)
            if spoken is not None:
                # 今年1月，全市新签约项目136个，计划总投资628.5亿元: the month dates the signing, but the sentence
                # speaks of this year
                return str(pub_year), f"«{spoken.text}» in its sentence: this year"
            if state.whole_year is not None and state.whole_year == pub_year:
                # 今年以来，…。截至11月底，…。全县农村居民人均可支配收入预计达到2.1万元: the text spoke of this year,
                # whatever day it named since
                return str(state.whole_year), f"{CARRIED}: this year, which the text named before"
            pub_month = int(state.published[5:7]) if state.published[5:7].isdigit() else 13
            coming = next((u for u in times if w.event_ahead and u.end <= c.q.start and not u.base and u.y1 is None
                           and u.part[:1] == "M" and u.part[1:3].isdigit() and "-" not in u.part
                           and int(u.part[1:3]) >= pub_month and text.endswith(w.event_ahead, 0, u.start)), None)
            if coming is not None:
                # 将于12月10日举办专场招聘会，预计提供就业岗位2800个: the goal of a coming event is due when it is held,
                # in the document's year (a month before the document's would be of the year after: left undated)
                return coming.label(state.year_in_force()), f"«{coming.text}»: the day a coming event is set for"
            if c.role_cue in w.forecast_cues and pub_month > w.closing_months and not any(
                    (u.y1 is not None and u.y1 != pub_year) or text.endswith(w.event_ahead, 0, u.start)
                    for u in times if not u.base):
                # 截至10月26日，全省秋粮已收获…，预计全省秋粮总产量稳定在1200亿斤以上: an estimate of how the year under
                # way ends, not a goal set for some day; of the document's year (not early in a year, when a report
                # still speaks of the one before, nor beside another year in its sentence, nor after the day of a
                # coming event, which dates it above or falls in the year after: 将于1月8日举办招聘会 in December)
                return str(pub_year), "a forecast that names no time: the year under way"
            # (预计完成, 预计实现: a forecast cue run on into the verb of the result it estimates)
            if c.role_cue.startswith(w.forecast_cues) and pub_month <= w.closing_months and due is not None and \
                    not due.base and y1 == y2 == pub_year - 1 and not any(
                        not u.base and (u.start < c.q.start or u.y1 not in (None, y1)) for u in times):
                # 一、2025年计划执行情况 … 1—11月，…。固定资产投资预计增长7.5% in a report of January 2026: early in a year
                # an estimate is of the year just over, which the text carries (a part of it too: the months so far are
                # known, what is estimated is how the whole year closes), its result not yet out (a goal noun would not
                # do: 计划新建… under it is a plan, due whenever it is done)
                return str(y2), f"{CARRIED} «{due.text}»: a forecast of the year just over"
            # 将新建零工市场12个: the document's date says when the news was written, not when the goal is due
            return "", UNDATED
        label = state.default()
        return label, DATE_DEFAULT if label else "no time in the text and no document date"


_YEARS = compiled_re(r"(?:19|20)\d{2}")
DATE_DEFAULT = "the document's date"  # the period_why of a figure whose text names no time
UNDATED = "a target that names no time it is due"  # … of a goal its text gives no time for
CARRIED = "carried over from an earlier sentence"  # … of one whose sentence names none (an earlier one did)


_QUOTE_MARKS = compiled_regex(r"[\p{Pi}\p{Pf}]")  # opening and closing quote marks, by Unicode category


def _opens_quote(text: str, at: int) -> bool:
    """Does an opening quotation mark stand at `at`?"""
    return at < len(text) and unicodedata.category(text[at]) == "Pi"


def _quoted(text: str, at: int) -> bool:
    """Does `at` lie inside quote marks (a name set in quotes), by the opening and closing quotes before it?"""
    starts, depths = _quote_depths(text)
    k = bisect_left(starts, at)  # the marks before `at`
    return k > 0 and depths[k - 1] > 0


@lru_cache(maxsize=4)
def _quote_depths(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the sentence's quote marks stand, and the depth of quotes after each: found once per sentence
    (asked per figure, a search of the text before each figure scanned a sentence of many figures over and
    over; a walk over every character before it was quadratic)."""
    starts, depths, depth = [], [], 0
    for m in _QUOTE_MARKS.finditer(text):
        if unicodedata.category(m.group()) == "Pi":
            depth += 1
        elif depth:
            depth -= 1
        starts.append(m.start())
        depths.append(depth)
    return tuple(starts), tuple(depths)


def _date_year(published: str) -> int | None:
    return date_parts(published)[0]


def _unfinished(part: str, year: int, published: str, reported: bool = False, lag: int = 0) -> bool:
    """Does a part of `year` (Q1, H1, Q1-Q3, M01-M10) end after the document's month? A single
    month (4月起…) is left alone: a policy's date ahead is as common as last December's figure;
    unless it is `reported`: written as a statistics release writes it (12月份, or heading its
    clause: 12月，CPI同比上涨0.3% in a release of January), as no date ahead is; or it lies at least
    `lag` months (periods.yaml past_month_lag) after the document's month: 12月新增城镇就业1260人 in an
    item of January is last December's result, a date most of a year ahead is seldom a policy's."""
    pub_year, pub_month = date_parts(published)
    if not part or pub_year != year or pub_month is None:
        return False
    if part[0] == "M" and "-" not in part and not reported and \
            not (lag > 0 and part[1:].isdigit() and int(part[1:]) - pub_month >= lag):
        return False
    last = part.rsplit("-", 1)[-1]
    try:
        end = {"Q": 3, "H": 6, "M": 1}[last[0]] * int(last[1:])
    except (KeyError, ValueError, IndexError):
        return False
    return end > pub_month


@lru_cache(maxsize=8)
def _opening(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of the pattern opens with (`precheck.first_chars`), None where unknown: kept per
    pattern, as every sentence asks (periods.yaml item_opener: 一是, 其一，, 第二，)."""
    return first_chars(pattern.pattern, pattern.flags)
