"""When a figure applies: a normalised period (2023, 2023Q1, 2023H1, 2023Q1-Q3, 2023-03,
2023M01-M10, 2013-2019), resolved against the document's date.

The words live in rules/lexicon/periods.yaml: explicit years (2013-2019年), years counted
from the document's date (今年, 去年), parts of a year (一季度, 上半年), five-year plans
(十四五), months (3月底, 1-10月) and words for the time of writing (目前).

A figure takes the last time expression before it in its sentence that is no base of a
comparison (比2019年, 上年同期); a target only one in its own clause or in the clause of
its cue (到2025年…, 今年主要目标是：…), since the date of an event before it (2020年1月立项)
is not when the target is due. With none in the sentence, a figure takes the time carried
over from the sentences before in its article, a target only within a list its cue opened;
else a level or change takes the document's month (a news report speaks of its day), a
target nothing. A from–to pair over a span takes the span's own ends.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

import regex

from stats.rules.precheck import Gate, Needs, gate, gate_open, may_match, needs, none_of, words_source
from stats.rules.prepared import compiled_re, compiled_regex

_DUE_REACH = 8  # a month's clause holds its word of finishing within this many characters after it (底前建成)

# a normalised period of one year and maybe a part of it (2025, 2025-11, 2025Q3, 2025Q1-Q3, 2025H1, 2025M01-M11); a
# span of years (2021-2025) is none: its "-" is followed by a year, no month
_ONE_YEAR = re.compile(r"((?:19|20)\d\d)((?:-(?:0[1-9]|1[0-2]))|[QHM][0-9QHM-]*)?")


def year_before(label: str) -> str:
    """The same span a year earlier (2025M01-M11 -> 2024M01-M11): the time of a table's column of the same span a year
    before (上年同期) where the caption names no year and the text around gives the table's time; "" for a span of years
    or no period (which year the base would be is then unsure)."""
    m = _ONE_YEAR.fullmatch(label)
    return f"{int(m.group(1)) - 1}{m.group(2) or ''}" if m is not None else ""


_MONTHS = re.compile(r"((?:19|20)\d\d)(?:-|M\d\d-M)(0[1-9]|1[0-2])")


def within(label: str, part: str) -> str:
    """A monthly report's column's time in the text's time for its table (`label`: 2025-11 or 2025M01-M11): its
    last month alone for a column of the month (part "month": 2025-11), the months from January to it for a column
    of the year to date (part "to_date": 2025M01-M11); "" for a time of no month (2025, 2025Q3: the column's time is
    then the text's, as any column's)."""
    m = _MONTHS.fullmatch(label)
    if m is None or part not in ("month", "to_date"):
        return ""
    year, month = m.groups()
    return f"{year}-{month}" if part == "month" or month == "01" else f"{year}M01-M{month}"


class Time(NamedTuple):
    """One time expression of a sentence, resolved: years y1..y2 and a part of the year.

    A named tuple, not a frozen dataclass: one is made for every time word of every sentence,
    and a tuple is made in C (a frozen dataclass sets each field through object.__setattr__,
    three times slower; measured 0.6 µs against 2 µs)."""

    start: int
    end: int
    y1: int | None  # None: a part or month whose year comes from the context
    y2: int | None
    part: str = ""  # Q1, H1, Q1-Q3, M03 (a month), M01-M10 (months from January)
    base: bool = False  # the base of a comparison: never a period
    text: str = ""
    back: int = 0  # 近三年: the years up to the year in force (y1 and y2 None), this many
    aside: bool = False  # 去年同期，…: the time of its own sentence only, carried no further
    lead: bool = False  # the year of a pair's from end: of the first figure after it only, carried no further
    since: bool = False  # 2021年以来, “十四五”以来: the years up to now, carried no further than its paragraph
    total: bool = False  # 三年累计 in a plan: the years a goal is totalled over, a target's only
    past: tuple[int, int] | None = None  # of a total (五年累计): the full years before it a result is totalled over
    close: int = -1  # 增长5.2%（上年为3.1%）: where the brackets it opens close (an aside's time: of their figure only)
    titled: bool = False  # 《…方案（2025—2027年）》: the years of a plan's title, no year a month written after it is in

    def resolved(self, year: int | None) -> tuple[int | None, int | None]:
        """Its first and last year, the year in force filling in what it leaves open."""
        if self.back and self.y1 is None and year is not None:
            return year - self.back + 1, year
        y1 = self.y1 if self.y1 is not None else year
        return y1, self.y2 if self.y2 is not None else y1

    def label(self, year: int | None) -> str:
        """The normalised period, the year in force filling in a part written without one."""
        y1, y2 = self.resolved(year)
        if y1 is None:
            return ""
        if y1 != y2:
            return f"{y1}-{y2}"
        if not self.part:
            return str(y1)
        if self.part.startswith("M") and "-" not in self.part:
            return f"{y1}-{self.part[1:]}"
        return f"{y1}{self.part}"


@dataclass
class PeriodWords:
    relative: dict[str, int]
    parts: dict[str, str]
    plans: dict[str, tuple[int, int]]
    month: regex.Pattern[str] | None
    now: tuple[str, ...]
    base_after: tuple[str, ...]
    span_from: tuple[str, ...]
    span_to: tuple[str, ...]
    published: tuple[regex.Pattern[str], ...]
    context_years: tuple[str, ...] = ()
    ahead: regex.Pattern[str] | None = None
    span_links: tuple[str, ...] = ()
    span_month_parts: tuple[str, ...] = ()
    undated_cues: tuple[str, ...] = ()
    digits: dict[str, int] = field(default_factory=dict)  # 三 → 3, for 未来三年
    first_months: regex.Pattern[str] | None = None
    plan_end: tuple[str, ...] = ()  # 十四五末: the plan's last year, not its span
    plan_since: tuple[str, ...] = ()  # 十四五以来: from the plan's first year to the document's
    past: regex.Pattern[str] | None = None  # 近三年: the years up to the year in force
    closed_years: regex.Pattern[str] | None = None  # 过去五年, 五年来: the full years before the document's
    attribute_after: tuple[str, ...] = ()  # 去年落地的项目: a time that dates a thing named after it, not a figure
    reported_month: tuple[str, ...] = ()  # 12月份: a month a release reports, so not one ahead of its date
    span_rates: tuple[str, ...] = ()  # 年均增长: a change averaged over a span of years
    closing_years: tuple[str, ...] = ()  # 全年, 年末: in the first months of a year, the year just over
    closing_months: int = 0  # how many months of a year a report still speaks of the one before
    base_linked: tuple[str, ...] = ()  # 比改革前的2011年: a comparison word, a few words, this, the year
    span_level: tuple[str, ...] = ()  # 分别达到42150元: under a span in force, a level reached at its end
    span_cumulative: tuple[str, ...] = ()  # 累计达到9.8万人: a total over the span, not its end
    base_of: tuple[str, ...] = ()  # a ratio's base when one of base_of_after follows the time
    base_of_after: tuple[str, ...] = ()
    # 今冬明春: years counted from the document's (first, last); in a document of the first
    # `winter_turn_months` months the winter began the year before, so both shift back one
    relative_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    winter_turn_months: int = 0
    # what follows the year of a pair's from end (from 2020 … to …): its year is of that end only
    span_from_year: regex.Pattern[str] | None = None
    # a target cue opening with one of these (建成后床位数达到…) is what a project gives once built: due
    # whenever that is, so undated like a planned capacity (undated_cues)
    undated_after: tuple[str, ...] = ()
    # a word of a level as it stands now (现有): the document's month, where its sentence names no time before it
    present: regex.Pattern[str] | None = None
    past_closed_months: int = 0  # 近三年 in a document of these first months, no whole year named: the years before
    relative_months: dict[str, int] = field(default_factory=dict)  # 上月: the month before the document's
    # 比上年增加1.2万人: under a span in force, a figure compared with the year before is of the span's last year
    span_yearly: tuple[str, ...] = ()
    # 2021年以来: what follows a year that makes it the first of the years up to the document's
    year_since: regex.Pattern[str] | None = None
    # 去年以来: what follows a relative year before the document's that makes it the first of the years up to the document's
    relative_since: regex.Pattern[str] | None = None
    # 自去年10月运营以来: a month after one of since_from, followed by month_since, runs up to the document's date
    month_since: regex.Pattern[str] | None = None
    since_from: tuple[str, ...] = ()
    reported_relative: tuple[str, ...] = ()  # 上年 in a bulletin of last year: the year before the one it reports
    heading_present: tuple[str, ...] = ()  # 二、本年预算草案 after a section of last year: the document's year
    # 二、2027年工作计划 in December 2026: a heading naming a year after the document's with one of these plans for it
    heading_plan_ahead: tuple[str, ...] = ()
    # 届时: a word that points back to the time named before it in the sentence (明年6月投用，届时将新增床位800张)
    then: tuple[str, ...] = ()
    # 十四五以来…增至58家: a level a span grew to, with no from end before it, is of the span's last year
    span_reach: tuple[str, ...] = ()
    # 三年累计新增…600家 in a plan of 2024: the years from the document's a goal is totalled over (targets only)
    ahead_total: regex.Pattern[str] | None = None
    total_ends: tuple[str, ...] = ()  # ▲ ；: the marks past which a total (三年累计) dates no figure
    # the marks past which a due date after a goal is a later item's own, not the goal's (periods.yaml deadline_item_ends)
    deadline_item_ends: tuple[str, ...] = ()
    # 五年累计新增…1.52万人，完成规划目标1.4万人的108.6%: the goal a result totalled over the years is measured against,
    # of those years too (its clause's text before it ends so)
    total_goal_done: regex.Pattern[str] | None = None
    # 力争二季度…, 预计4月底投用: a word of a plan right before a part of the year after a target with no time
    # before it: the part says when the target is due
    due_before: tuple[str, ...] = ()
    # 新大楼预计明年6月建成，规划床位450张: what a month after a due_before word is the due date of (the thing the target
    # counts is finished then), not the date of an event before the target
    due_done: tuple[str, ...] = ()
    # 四、中长期发展谋划: a word of a heading that turns to the long term; the goals under it that name no time are due
    # at none, not in the year the part before spoke of
    long_term: tuple[str, ...] = ()
    # 五年来，…由…增至2022年的…，税收占比保持在82%以上: a level held (保持在) after a pair's to year is held over the
    # years of the span in force, not at that year alone
    span_held: tuple[str, ...] = ()
    # 年产镜片4.2亿副，约占全国的四成: a clause opening with one of these right after a figure is that figure's share,
    # of its time
    share_of: tuple[str, ...] = ()
    # 下一步，全县将新增…: a word that turns to what is still to be done, with no time it is due; the time carried from
    # the sentences before (今年1—7月…) dated what was done, not the goal
    next_steps: tuple[str, ...] = ()
    # 下一步，全县计划再改造…, 还将…, 力争全年…: words that keep the next steps in the year the text spoke of
    next_steps_ongoing: tuple[str, ...] = ()
    fillers: tuple[str, ...] = ()  # a speaker's words before what they report (嗯, 好的, 我汇报一下): `Situation._read`
    # 将于12月10日举办专场招聘会，预计提供岗位2800个: a day right after one of these is when a coming event is set for
    event_ahead: tuple[str, ...] = ()
    # 预计全省秋粮总产量稳定在1200亿斤以上: a forecast of an outcome that names no time is of the year under way
    forecast_cues: tuple[str, ...] = ()
    footnote_marks: tuple[str, ...] = ()  # ① ②: a figure's note, set under the page
    as_of: tuple[str, ...] = ()  # 截至2020年底，…: a time the text turns to, opening its sentence
    yearly_goal: tuple[str, ...] = ()  # 每年举办…40场: a goal of every year of a plan, over its years
    # 下达我县的城镇新增就业目标为3000人，全年完成率108.7%: a goal whose sentence goes on to say how much of it was met
    # was the goal of the past year the text reviews
    goal_met: tuple[str, ...] = ()
    # 全年计划培训5000人次，实际培训5320人次 in a report of January: a year's goal set against its result is the year's over
    closing_goal_met: tuple[str, ...] = ()
    goal_nouns: tuple[str, ...] = ()
    # 年初计划为8座 in a review of 2025: a goal set when the year reviewed opened was that year's, whatever follows
    goal_set_at: tuple[str, ...] = ()
    # 较年初目标多62个: the start of the year the report speaks of, named in a sentence under a span of past years in
    # force: the sentence speaks of that year again (`ArticleSituation._year_start`)
    year_start: tuple[str, ...] = ()
    goal_of_year: tuple[str, ...] = ()  # 年度目标任务: a year-word naming a goal's year, after a part of the year
    value_columns: tuple[str, ...] = ()  # 2025年现状值和2030年目标值如下：…现状值5.6张: a column's word, dated once
    plan_title: regex.Pattern[str] | None = None  # 《…行动方案（2025—2027年）》: a plan's span its headline gives
    # 2027年，…将围绕“十五五”养老服务体系建设规划: after the plan's closing quote, the words naming a plan document, which
    # under a year written before it in the sentence dates nothing (the year's work follows the plan)
    plan_named: regex.Pattern[str] | None = None
    plan_named_before: tuple[str, ...] = ()  # 围绕, 按照: the verb that makes the plan named after it the work's guide
    # 预计2027年投用 in a headline: the year the project the article is about is finished (group y), when what
    # it gives once built (建成后将新增…, 规划床位…) is due
    built_by: regex.Pattern[str] | None = None
    # the year a headline says the document reviews (某区2025年国民经济和社会发展统计公报, group y): a part of the year
    # written alone in it (一季度, 上半年) is of that year, whatever month the document came out in
    review_title: regex.Pattern[str] | None = None
    # 一是, ；二是: the opener of an item of a numbered list; a deadline in one item is that item's, not another's target's
    item_opener: regex.Pattern[str] | None = None
    # 一是, 其一: the opener of a list's first item; a sentence opening on a later item's opener (二是) stands on the time
    # in force before the first item's sentence, not on a time that item named (`ArticleSituation._item_time`)
    item_first: tuple[str, ...] = ()
    # （一）拓宽就业渠道。: a numbered item's title run into its paragraph; the sentence after it opens the item's text
    run_in_title: regex.Pattern[str] | None = None
    # 二、存在的问题; 同时，…存在的不足：: a heading or a sentence's head that turns to the shortcomings; after a review of a
    # span of years it turns back from that span to now (`ArticleSituation._turns_to_problems`)
    problems_turn: regex.Pattern[str] | None = None
    # 新的一年 in an item of the year's last months (from `year_turn_from_month`) is the coming year: the year about to
    # open, not the one closing (a December commentary's goals are next year's)
    year_turn: tuple[str, ...] = ()
    year_turn_from_month: int = 0
    # of those, the festival words, which name the coming year's festival only in a sentence that looks ahead (one of
    # `year_turn_ahead` in it): a December review's past festival with no such word is the one of its own year
    year_turn_festive: tuple[str, ...] = ()
    year_turn_ahead: tuple[str, ...] = ()
    # 过去一年 in an item of `closed_from_month` or later looks back on the year now closing, as 一年来 there does: a
    # year-end summary's review is of its own year, a January report's of the year before
    year_closing: tuple[str, ...] = ()
    # 春节前后 opening what its sentence says in a January item is this year's festival; inside a sentence after another
    # time or a number (全年举办招聘会712场，其中春节前后…) it is a part of that time and names no year of its own
    head_only: tuple[str, ...] = ()
    # 后年 of 建成后年产值: relative years that name a year only where no word runs on into them (after a mark, a space,
    # the text's head or one of word_bound_after)
    word_bound: tuple[str, ...] = ()
    word_bound_after: tuple[str, ...] = ()
    # 今年以来 in an item of January's first `late_since_days` days: the year just over (the item was written in
    # December; a week of the new year holds no results to count since its start)
    late_since: tuple[str, ...] = ()
    late_since_days: int = 0
    # 上季度: the quarter before the document's (in an item of January, the year before's last)
    relative_quarters: dict[str, int] = field(default_factory=dict)
    # 上周, 本周: weeks counted from the document's day, dated by the month of the week's Thursday
    relative_weeks: dict[str, int] = field(default_factory=dict)
    # 入冬以来: the winter under way up to the document's date, opened the year before in its first months
    winter_since: tuple[str, ...] = ()
    # 冬春季: span words that name their time only followed by a mark (冬春季，…), not run on into a name
    # (冬春季文旅惠民活动)
    frame_only: tuple[str, ...] = ()
    # 为2015年的2.1倍, 达到2020年的1.5倍: words that make the year after them a ratio's base only where a multiple
    # follows its 的 (`multiple_after`); 为2025年的目标… stays a time
    base_of_multiple: tuple[str, ...] = ()
    multiple_after: regex.Pattern[str] | None = None
    # 2月举办的招聘会现场，58家企业…: a time that dates an event held then, named after it; of its own sentence's figures
    # only (the event's), carried no further, and a month of it gone by, never one ahead of the document's date
    event_held: tuple[str, ...] = ()
    # 10月当月，…: a month (or quarter) said alone against the cumulative frame of its text: of its own sentence only
    single_month: tuple[str, ...] = ()
    # 2026届高校毕业生: a year that names a class, dating a figure only where its sentence names no other time before it
    class_year: tuple[str, ...] = ()
    # 审查批准市政府预算调整方案，新增…: words of the budget under way; a sentence of them naming no time speaks of the
    # year in force before a look back (批准2025年市级决算：…) again
    current_budget: tuple[str, ...] = ()
    # of span_reach, the ones that say a level passed a mark (突破8万元) and so end a span's review after figures too
    span_reach_marks: tuple[str, ...] = ()
    # a season or school year across the year's turn: a mark inside its two years (the slash of a crop year) or a
    # word right after them (a school year's); one stretch of time, no span a level grows over to its end
    season_marks: tuple[str, ...] = ()
    season_after: tuple[str, ...] = ()
    # 本学年: a school year counted from the document's (0 this one), opening in `school_year_month`: in an item of
    # December 2025 it is 2025-2026, in one of May 2026 still 2025-2026
    school_years: dict[str, int] = field(default_factory=dict)
    school_year_month: int = 0
    # 新学年: a school year counted from the one that opens in the document's year, whatever its month (in an item of
    # August 2026 the one opening in September, in one of October 2026 the one just opened: 2026-2027 both)
    school_years_opening: dict[str, int] = field(default_factory=dict)
    # 实现在浙就业, 节日前: words a time word sits inside without being one (现在, 日前 there are no time)
    not_times: tuple[str, ...] = ()
    # 从业人员20多万人: words a `from` word opens (or closes) that make it no from end of a pair
    span_from_not: tuple[str, ...] = ()
    span_to_not: tuple[str, ...] = ()  # 整改到位资金: a word the `to` word is part of, no to end
    start_after: tuple[str, ...] = ()  # 今年起: a year from which on a new value holds (the old one's, the year before)
    # 报告显示，过去一年…: who says what follows, before the time a sentence opens with (it still opens with it)
    speech_lead: regex.Pattern[str] | None = None
    # 去年同期为5210人: what follows a relative year and its base word at a clause's head that states the value then
    base_stated: regex.Pattern[str] | None = None
    end_stated: regex.Pattern[str] | None = None  # 上年末为52.9万人 after this year's figure: of that figure alone
    # 上年末 opening a sentence in a text that speaks of a later year: a stock looked back to, not the year it speaks of
    year_end_back: tuple[str, ...] = ()
    # 12月29日，… opening an item published on 2026-01-02: the day the item reports, of the year before (a weekly's
    # item about the week before); opening_day_lag: how many months ahead of the document's a day must be to be so
    opening_day: regex.Pattern[str] | None = None
    opening_day_lag: int = 0
    # 12月新增就业… in an item of January: a month written without its year this many months or more after the
    # document's month is of the year before (0: none is)
    past_month_lag: int = 0
    # 党的十八大以来: an event of a known year whose name, followed by relative_since, opens the years from it to the
    # document's (as 2012年以来 does); the name alone is no time
    since_events: dict[str, int] = field(default_factory=dict)
    since_closing_months: int = 0  # 党的二十大以来 in a report of these first months: to the year before
    # 十届四次会议以来 in a report to the next yearly session (first since_closing_months months): the year before
    session_since: regex.Pattern[str] | None = None
    day_tail: regex.Pattern[str] | None = None  # the day after a month on a date line of its own (`situate._date_line`)
    closed_from_month: int = 0  # 五年来 in a plan's last year from this month on: the plan's years
    # a headline of two years, the first before a word of halves_summary and the later before one of halves_plan
    # (某局2025年工作总结和2026年工作打算): a report in two halves; a section heading naming no year is of the first
    # year where it holds a summary word (一、工作开展情况), of the later where it holds a plan word (二、下一步工作打算)
    halves_summary: tuple[str, ...] = ()
    halves_plan: tuple[str, ...] = ()
    # years named together from the document's (this year and the next: first, last), whatever its month: no
    # winter turns them, as it does `relative_spans`
    year_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    # 2022年签约的项目: the 年 (and 底) a written year is followed by, skipped before attribute_after is looked for
    attribute_year: regex.Pattern[str] | None = None
    # 年内，全县将…; 到年底，这一比例将提高到96%: year-words that, heading a clause of their own before a goal, set it for
    # the end of the year under way (the document's), whatever year the text named before
    year_end_goal: tuple[str, ...] = ()
    # 到6月底，…; 到一季度末，…: words that may stand before a deadline heading its clause (a year-word above, a month)
    deadline_lead: tuple[str, ...] = ()
    # 6月底前，全县将…: what follows a month heading its sentence that makes it a deadline (with deadline_lead before it)
    deadline_after: tuple[str, ...] = ()
    # words of commitment opening a goal's clause right after a clause that sets a month as its deadline (各地在2027年2月底
    # 前完成集中征缴，确保参保率稳定在95%以上): the goal is to hold by that month
    deadline_goal_open: tuple[str, ...] = ()
    # 三年行动期间，…: words that name the years of a plan whose span the sentence wrote before them
    # (《…三年行动方案（2024—2026年）》): those years, not a time of their own
    span_back: tuple[str, ...] = ()
    # 规划目标: words before a target in its clause that name the goal of the plan a headline names (`Situator._period_of`)
    plan_goal: tuple[str, ...] = ()
    # 而去年同期仅为5210人: linking words that may stand between a clause's mark and the relative year opening it
    base_head_links: tuple[str, ...] = ()
    # what follows a plan's name that counts its first years (group n), those years alone: a review written while the
    # plan runs on speaks of the years gone, not of a goal due at the plan's end
    plan_first: regex.Pattern[str] | None = None
    # 完成进度为44.4% after 规划目标为2025年达到5.5张: words of the share of a goal done that, in a result's clause
    # before it, leave a goal's deadline named in an earlier clause to the goal (`Situator._past_deadline`)
    progress_done: tuple[str, ...] = ()
    # 其中: words that open a part of the figure before them; a time right after one (其中6月份增长9.6%) dates that part
    # only, and past a mark of total_ends (；) the items after it keep the time before it (`_part_item`)
    part_leads: tuple[str, ...] = ()
    # 下达中央资金9.4亿元: words that hold one of span_level's and say no level reached (`Situator._reaches`)
    span_level_not: tuple[str, ...] = ()

    @classmethod
    def from_yaml(cls, data: dict[str, Any], digits: dict[str, int] | None = None) -> PeriodWords:
        plans = {}
        for word, span in (data.get("plans") or {}).items():
            a, _, b = str(span).partition("-")
            plans[str(word)] = (int(a), int(b or a))
        month, ahead = data.get("month"), data.get("ahead")

        def words(key: str) -> tuple[str, ...]:
            return tuple(str(w) for w in data.get(key, []) or [])

        return cls({str(k): int(v) for k, v in (data.get("relative_years") or {}).items()},
                   {str(k): str(v) for k, v in (data.get("parts") or {}).items()},
                   plans,
                   compiled_regex(str(month)) if month else None,
                   tuple(str(w) for w in data.get("now", []) or []),
                   tuple(str(w) for w in data.get("base_after", []) or []),
                   tuple(str(w) for w in data.get("span_from", []) or []),
                   tuple(str(w) for w in data.get("span_to", []) or []),
                   tuple(compiled_regex(str(p)) for p in data.get("published", []) or []),
                   words("context_years"), compiled_regex(str(ahead)) if ahead else None, words("span_links"),
                   words("span_month_parts"), words("undated_cues"), dict(digits or {}),
                   compiled_regex(str(data["first_months"])) if data.get("first_months") else None,
                   words("plan_end"), words("plan_since"),
                   compiled_regex(str(data["past"])) if data.get("past") else None,
                   compiled_regex(str(data["closed_years"])) if data.get("closed_years") else None,
                   words("attribute_after"), words("reported_month"), words("span_rates"),
                   words("closing_years"), int(data.get("closing_months") or 0), words("base_linked"),
                   words("span_level"), words("span_cumulative"), words("base_of"), words("base_of_after"),
                   {str(k): (int(v[0]), int(v[1])) for k, v in (data.get("relative_spans") or {}).items()},
                   int(data.get("winter_turn_months") or 0),
                   compiled_regex(str(data["span_from_year"])) if data.get("span_from_year") else None,
                   words("undated_after"),
                   compiled_regex(str(data["present"])) if data.get("present") else None,
                   int(data.get("past_closed_months") or 0),
                   {str(k): int(v) for k, v in (data.get("relative_months") or {}).items()},
                   words("span_yearly"),
                   year_since=compiled_regex(str(data["year_since"])) if data.get("year_since") else None,
                   relative_since=compiled_regex(str(data["relative_since"])) if data.get("relative_since") else None,
                   month_since=compiled_regex(str(data["month_since"])) if data.get("month_since") else None,
                   since_from=words("since_from"), year_end_back=words("year_end_back"),
                   reported_relative=words("reported_relative"),
                   heading_present=words("heading_present"), heading_plan_ahead=words("heading_plan_ahead"),
                   then=words("then"), span_reach=words("span_reach"),
                   ahead_total=compiled_regex(str(data["ahead_total"])) if data.get("ahead_total") else None,
                   span_level_not=words("span_level_not"),
                   total_ends=words("total_ends"), deadline_item_ends=words("deadline_item_ends"),
                   due_before=words("due_before"),
                   total_goal_done=compiled_regex(str(data["total_goal_done"])) if data.get("total_goal_done") else None,
                   due_done=words("due_done"), long_term=words("long_term"),
                   span_held=words("span_held"), share_of=words("share_of"),
                   next_steps=words("next_steps"),
                   next_steps_ongoing=words("next_steps_ongoing"), fillers=words("fillers"),
                   yearly_goal=words("yearly_goal"),
                   goal_met=words("goal_met"), closing_goal_met=words("closing_goal_met"),
                   goal_nouns=words("goal_nouns"), goal_set_at=words("goal_set_at"), year_start=words("year_start"),
                   event_ahead=words("event_ahead"),
                   forecast_cues=words("forecast_cues"),
                   as_of=words("as_of"), footnote_marks=words("footnote_marks"),
                   span_reach_marks=words("span_reach_marks"),
                   season_marks=words("season_marks"), season_after=words("season_after"),
                   school_years={str(k): int(v) for k, v in (data.get("school_years") or {}).items()},
                   school_year_month=int(data.get("school_year_month") or 0), plan_goal=words("plan_goal"),
                   school_years_opening={str(k): int(v) for k, v in (data.get("school_years_opening") or {}).items()},
                   not_times=words("not_times"),
                   goal_of_year=words("goal_of_year"),
                   value_columns=words("value_columns"),
                   span_from_not=words("span_from_not"), span_to_not=words("span_to_not"),
                   start_after=words("start_after"),
                   speech_lead=compiled_regex(str(data["speech_lead"])) if data.get("speech_lead") else None,
                   opening_day=compiled_regex(str(data["opening_day"])) if data.get("opening_day") else None,
                   opening_day_lag=int(data.get("opening_day_lag") or 0),
                   past_month_lag=int(data.get("past_month_lag") or 0),
                   since_events={str(k): int(v) for k, v in (data.get("since_events") or {}).items()},
                   since_closing_months=int(data.get("since_closing_months") or 0),
                   session_since=compiled_regex(str(data["session_since"])) if data.get("session_since") else None,
                   day_tail=compiled_regex(str(data["day_tail"])) if data.get("day_tail") else None,
                   closed_from_month=int(data.get("closed_from_month") or 0),
                   base_stated=compiled_regex(str(data["base_stated"])) if data.get("base_stated") else None,
                   end_stated=compiled_regex(str(data["end_stated"])) if data.get("end_stated") else None,
                   plan_title=compiled_regex(str(data["plan_title"])) if data.get("plan_title") else None,
                   plan_named=compiled_regex(str(data["plan_named"])) if data.get("plan_named") else None,
                   plan_named_before=words("plan_named_before"),
                   built_by=compiled_regex(str(data["built_by"])) if data.get("built_by") else None,
                   review_title=compiled_regex(str(data["review_title"])) if data.get("review_title") else None,
                   item_opener=compiled_regex(str(data["item_opener"])) if data.get("item_opener") else None,
                   item_first=words("item_first"),
                   run_in_title=compiled_regex(str(data["run_in_title"])) if data.get("run_in_title") else None,
                   problems_turn=compiled_regex(str(data["problems_turn"])) if data.get("problems_turn") else None,
                   year_turn=words("year_turn"), year_turn_from_month=int(data.get("year_turn_from_month") or 0),
                   year_turn_festive=words("year_turn_festive"), year_turn_ahead=words("year_turn_ahead"),
                   year_closing=words("year_closing"),
                   attribute_year=compiled_regex(str(data["attribute_year"])) if data.get("attribute_year") else None,
                   head_only=words("head_only"),
                   word_bound=words("word_bound"), word_bound_after=words("word_bound_after"),
                   late_since=words("late_since"), late_since_days=int(data.get("late_since_days") or 0),
                   relative_quarters={str(k): int(v) for k, v in (data.get("relative_quarters") or {}).items()},
                   relative_weeks={str(k): int(v) for k, v in (data.get("relative_weeks") or {}).items()},
                   winter_since=words("winter_since"), frame_only=words("frame_only"),
                   base_of_multiple=words("base_of_multiple"),
                   multiple_after=compiled_regex(str(data["multiple_after"])) if data.get("multiple_after") else None,
                   event_held=words("event_held"), single_month=words("single_month"),
                   class_year=words("class_year"),
                   current_budget=words("current_budget"),
                   halves_summary=words("halves_summary"), halves_plan=words("halves_plan"),
                   year_spans={str(k): (int(v[0]), int(v[1])) for k, v in (data.get("year_spans") or {}).items()},
                   year_end_goal=words("year_end_goal"), deadline_lead=words("deadline_lead"),
                   deadline_after=words("deadline_after"), span_back=words("span_back"),
                   deadline_goal_open=words("deadline_goal_open"),
                   base_head_links=words("base_head_links"),
                   plan_first=compiled_regex(str(data["plan_first"])) if data.get("plan_first") else None,
                   progress_done=words("progress_done"), part_leads=words("part_leads"))


def published_in(words: PeriodWords, text: str) -> str:
    """A dated header's date (2013年07月26日 → 2013-07-26), for a document no manifest dates."""
    for pattern in words.published:
        m = pattern.search(text)
        if m:
            return f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    return ""


def opening_date(words: PeriodWords, published: str, opening: str) -> str:
    """The date an article speaks from: the day its opening names (12月29日，…) where that day lies more than
    `opening_day_lag` months ahead of the document's date, so it fell in the year before (a weekly of 2026-01-02
    reporting a fair of 2025-12-29: 今年 there is 2025); else the document's date. An item of January's first days
    (periods.yaml late_since_days) whose opening counts since this year's start (今年以来，全县城镇新增就业7600人 on
    2026-01-05) was written in December too: it speaks from the year's last day (明年 there is 2026)."""
    pub_year, pub_month = date_parts(published)
    if pub_year is None or pub_month is None or not opening:
        return published
    m = words.opening_day.search(opening) if words.opening_day is not None else None
    if m is not None and int(m.group("m")) - pub_month >= words.opening_day_lag:
        return f"{pub_year - 1:04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    if words.relative_since is not None and _days_into_year(published) <= words.late_since_days and any(
            _since_after(words, opening, at, w) for w in words.late_since for at in _all_at(opening, w)):
        return f"{pub_year - 1:04d}-12-31"
    return published


def _since_after(words: PeriodWords, text: str, at: int, word: str) -> bool:
    """Does the relative year `word` at `at` count since its start: followed by relative_since (今年以来), or holding
    it itself (年初以来, a word of periods.yaml late_since that needs no year-word before its mark)?"""
    since = words.relative_since
    return since is not None and (since.match(text, at + len(word)) is not None or since.search(word) is not None)


def _all_at(text: str, word: str) -> list[int]:
    """Where `word` starts in `text`, each place."""
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _days_into_year(published: str) -> int:
    """2026-01-08 → 8: the day of January a document is dated to; a later month, a date without its day or none
    counts as far into the year (a large number), so that no word of the year's first days applies."""
    bits = published.replace("/", "-").replace(".", "-").split("-")
    if len(bits) < 3 or not all(b.strip().isdigit() for b in bits[:3]) or int(bits[1]) != 1:
        return 366
    return int(bits[2])


@lru_cache(maxsize=64)
def date_parts(published: str) -> tuple[int | None, int | None]:
    """2023-03-21 → (2023, 3); 2023 → (2023, None); '' → (None, None).

    Kept per date string: it is asked on every sentence and figure, of the few dates of a run."""
    bits = published.replace("/", "-").replace(".", "-").split("-")
    try:
        year = int(bits[0]) if bits and bits[0] else None
        month = int(bits[1]) if len(bits) > 1 and bits[1] else None
    except ValueError:
        return None, None
    return year, month


def _week_thursday(published: str, weeks: int) -> date | None:
    """The Thursday of the week `weeks` from the document's day (-1: the week before), the day whose month dates a
    week (as ISO 8601 gives a week to the year holding its Thursday); None where the document's date has no day."""
    bits = published.replace("/", "-").replace(".", "-").split("-")
    try:
        day = date(int(bits[0]), int(bits[1]), int(bits[2][:2]))
    except (ValueError, IndexError):
        return None
    return day + timedelta(days=7 * weeks - day.weekday() + 3)


class PeriodFinder:
    """The time expressions of a sentence and the period each figure takes."""

    def __init__(self, words: PeriodWords, year: regex.Pattern[str], comparison_base: list[str],
                 base_window: int = 8) -> None:
        self.w = words
        self.year = year
        self.base = tuple(comparison_base)
        self.base_window = base_window  # characters before a year where a comparison word makes it a base
        table = {**{k: ("ctx", k) for k in words.context_years},
                 **{k: ("rel", k) for k in words.relative}, **{k: ("span", k) for k in words.relative_spans},
                 **{k: ("school", k) for k in (*words.school_years, *words.school_years_opening)},
                 **{k: ("years", k) for k in words.year_spans},
                 **{k: ("mon", k) for k in words.relative_months},
                 **{k: ("qtr", k) for k in words.relative_quarters},
                 **{k: ("week", k) for k in words.relative_weeks},
                 **{k: ("winter", k) for k in words.winter_since},
                 **{k: ("part", k) for k in words.parts},
                 **{k: ("plan", k) for k in words.plans}, **{k: ("now", k) for k in words.now},
                 **{k: ("event", k) for k in words.since_events}}
        self._words = table
        alts = "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
        # plain words: the standard `re` runs their alternation several times faster than `regex`, and as a trie
        # (`words_source`: the same matches) about twice as fast again (a sentence's search 1.0 -> 0.5 us on dense)
        self._word_re = compiled_re(words_source(table)) if alts else None
        self._not_re = compiled_re("|".join(map(re.escape, words.not_times))) if words.not_times else None
        # what each pattern needs in a sentence to match there (most sentences name no time)
        self._needs: dict[str, Needs] = {
            name: needs(p.pattern, p.flags) for name, p in (
                ("year", year), ("words", self._word_re), ("month", words.month),
                ("first_months", words.first_months), ("ahead", words.ahead), ("past", words.past),
                ("closed_years", words.closed_years), ("present", words.present),
                ("ahead_total", words.ahead_total)) if p is not None}
        if self._word_re is not None:  # (the words' needs read from their alternation, as before the trie)
            self._needs["words"] = needs(alts, self._word_re.flags)
        # closed_years is two branches opening differently: searched one by one before the whole
        self._gate: Gate = gate(words.closed_years) if words.closed_years is not None else ()
        # of each pattern but the words', one set of characters it needs one of, in one class: a sentence holding
        # none of them, nor a time word, names no time (most sentences), told by two searches instead of a gate
        # per pattern; None where a pattern needs nothing that can be told
        self._none_of = none_of([n for name, n in self._needs.items() if name != "words"])

    def times(self, text: str, published: str) -> list[Time]:
        """Every time expression of a sentence in order, a year and the part written after it joined."""
        if self._none_of is not None and self._none_of.search(text) is None and (
                self._word_re is None or self._word_re.search(text) is None):
            return []
        pub_year, pub_month = date_parts(published)
        found: list[Time] = []
        for m in _found(self.year, text, self._needs["year"]):
            y1, y2 = m.group("y1"), m.group("y2")
            y2 = y1[:4 - len(y2)] + y2 if y2 else y1
            if not m.group("y2") and pub_year is not None and int(y1) < pub_year and self._since(text, m.start(), m.end()):
                # 2021年以来 in 2026: the years from it to the document's; in a report of the year's first months
                # (since_closing_months) the full years so far, as an event's 以来 counts them (2022年以来 in a work
                # report of January 2026 reviews 2022-2025: no result of the new year is out yet)
                early = pub_month is not None and pub_month <= self.w.since_closing_months
                y2 = str(pub_year - 1 if early else pub_year)
            found.append(Time(m.start(), m.end(), int(y1), int(y2), text=m.group(), since=y2 != m.group("y1")))
        if self._word_re is not None:
            inside: list[tuple[int, int]] | None = None
            for m in _found(self._word_re, text, self._needs["words"]):
                kind, word = self._words[m.group()]
                if m.start() > 0 and text[m.start() - 1].isdigit():
                    continue  # 年底 of 2023年底: the year's own
                if self._not_re is not None:
                    if inside is None:
                        inside = [n.span() for n in self._not_re.finditer(text)]
                    if any(a < m.end() and m.start() < b for a, b in inside):
                        continue  # part of a word that names no time
                if kind == "ctx":
                    before = _right_after(text, found, m.start())
                    if before is not None and before.y1 != before.y2:
                        continue  # 2025—2026学年秋季学期: the term of the school year written before it
                    found.append(Time(m.start(), m.end(), None, None, text=word))
                elif kind == "rel" and word in self.w.word_bound and m.start() > 0 and \
                        not is_mark(text[m.start() - 1]) and not text.endswith(self.w.word_bound_after, 0, m.start()):
                    # 建成后年产值, 今后年均: the end of another word run on into 年, no year (nor after a space: a page's
                    # line may break inside that word, 建成\n后年产绿氢)
                    continue
                elif kind == "rel" and word in self.w.head_only and (
                        any(u.start < m.start() for u in found) or any(ch.isdigit() for ch in text[:m.start()])):
                    continue  # 全年举办…，其中春节前后…: a part of the time in force, no year of its own
                elif kind == "rel":
                    if any(0 < m.start() - u.end <= 2 and len(gap := text[u.end:m.start()].strip()) == 1
                           and not is_mark(gap) for u in found if u.since is False and u.y1 == u.y2):
                        continue  # 2024年春节期间 in an item of 2026: the festival of the year written before it
                    if any(u.end == m.start() and u.text in self.w.relative and u.y1 == u.y2 for u in found):
                        continue  # 去年春节期间 in an item of 2026: the festival of the year named right before it
                    y = pub_year + self.w.relative[word] if pub_year is not None else None
                    if y is not None and word in self.w.late_since and self.w.relative_since is not None and \
                            _days_into_year(published) <= self.w.late_since_days and \
                            _since_after(self.w, text, m.start(), word):
                        # 今年以来，全县城镇新增就业4860人 in an item of 2026-01-08: written in December, of 2025 (as the
                        # item's own dateline would say, periods.yaml opening_day)
                        found.append(Time(m.start(), m.end(), y - 1, y - 1, text=word))
                        continue
                    if y is not None and word in self.w.year_turn and pub_month is not None \
                            and 0 < self.w.year_turn_from_month <= pub_month and (
                                word not in self.w.year_turn_festive
                                or any(w in text for w in self.w.year_turn_ahead)):
                        # 新的一年 in a December item: the year about to open; the festival only where the sentence
                        # looks ahead (a year-end review's 春节期间，…组织招聘会3场 is the one ten months gone)
                        y += 1
                    if y is not None and word in self.w.year_closing and pub_month is not None \
                            and 0 < self.w.closed_from_month <= pub_month:
                        y += 1  # 过去一年 in a December summary: the year now closing, as 一年来 there (`_closing`)
                    after = text[m.end():m.end() + 3]
                    base = after.startswith(self.w.base_after)
                    if base and self._clause_head(text, m.start()):
                        # 去年同期，全省新增就业8.4万人: at a clause's head, followed by its mark, the
                        # time of the figures after it, no base of a comparison
                        word = next(w for w in self.w.base_after if after.startswith(w))
                        base = not (m.end() + len(word) < len(text) and is_mark(text[m.end() + len(word)]))
                        if not base:
                            found.append(Time(m.start(), m.end() + len(word), y, y, text=word, aside=True))
                            continue
                        if y is not None and self.w.base_stated is not None \
                                and self.w.base_stated.match(text, m.end() + len(word)) is not None:
                            # 5630人，去年同期为5210人: the value at last year's same time, stated right after
                            # it, no base of a comparison; of that figure alone (periods.yaml base_stated)
                            end = m.end() + len(word)
                            found.append(Time(m.start(), end, y, y, text=text[m.start():end], lead=True))
                            continue
                    if not base and y is not None and self.w.end_stated is not None and m.start() > 0 and \
                            self._clause_head(text, m.start()) and any(ch.isdigit() for ch in text[:m.start()]) and \
                            self.w.end_stated.match(text, m.end()) is not None:
                        # 年末全市常住人口52.6万人，上年末为52.9万人: the stock at last year's end, stated after this
                        # year's figure in a clause of its own, dates that figure alone; the sentences after it go on
                        # in the year the text speaks of (periods.yaml end_stated)
                        found.append(Time(m.start(), m.end(), y, y, text=word, lead=True))
                        continue
                    if base and y is not None and self._from_base(text, m.start(), m.end()):
                        # 由去年同期的56.4%提高到62%: the pair's from end is the value at last year's
                        # same time, the figure right after it, no base of a comparison
                        end = m.end() + len(next(w for w in self.w.base_after if after.startswith(w)))
                        found.append(Time(m.start(), end, y, y, text=text[m.start():end], lead=True))
                        continue
                    if y is not None and pub_year is not None and y < pub_year and not base and \
                            self.w.relative_since is not None and self.w.relative_since.match(text, m.end()):
                        found.append(Time(m.start(), m.end(), y, pub_year, text=word, since=True))
                        continue  # 去年以来 in 2026: the years from last year to the document's, as 2025年以来
                    found.append(Time(m.start(), m.end(), y, y, base=base, text=word) if y is not None
                                 else Time(m.start(), m.end(), None, None, base=True, text=word))
                elif kind == "span":
                    if word in self.w.frame_only and not (m.end() < len(text) and is_mark(text[m.end()])):
                        continue  # 冬春季文旅惠民活动: part of a name, no time
                    if _right_after(text, found, m.start()) is not None:
                        continue  # 2023-2024年供暖季, 去年供暖季, 2024年冬春季: the season of the years written before it
                    if pub_year is not None:
                        a, b = self.w.relative_spans[word]
                        turn = pub_month is not None and pub_month <= self.w.winter_turn_months
                        found.append(Time(m.start(), m.end(), pub_year + a - turn, pub_year + b - turn, text=word))
                elif kind == "school":
                    if word in self.w.school_years_opening and pub_year is not None:  # 新学年 in August 2026: 2026-2027
                        first = pub_year + self.w.school_years_opening[word]
                        found.append(Time(m.start(), m.end(), first, first + 1, text=word))
                    elif pub_year is not None and pub_month is not None:  # 本学年 in May 2026: the one opened in 2025
                        first = pub_year + self.w.school_years[word] - (pub_month < self.w.school_year_month)
                        found.append(Time(m.start(), m.end(), first, first + 1, text=word))
                elif kind == "years":
                    if pub_year is not None:  # 今明两年 in an item of January 2026: 2026-2027, no winter's turn
                        a, b = self.w.year_spans[word]
                        found.append(Time(m.start(), m.end(), pub_year + a, pub_year + b, text=word))
                elif kind == "mon":
                    if pub_year is not None and pub_month is not None:  # 上月 in a report of January: last December
                        months = pub_year * 12 + pub_month - 1 + self.w.relative_months[word]
                        y, mo = divmod(months, 12)
                        found.append(Time(m.start(), m.end(), y, y, f"M{mo + 1:02d}", text=word))
                elif kind == "qtr":
                    if pub_year is not None and pub_month is not None:  # 上季度 in an item of January: last Q4
                        quarters = pub_year * 4 + (pub_month - 1) // 3 + self.w.relative_quarters[word]
                        y, q = divmod(quarters, 4)
                        found.append(Time(m.start(), m.end(), y, y, f"Q{q + 1}", text=word))
                elif kind == "week":
                    thursday = _week_thursday(published, self.w.relative_weeks[word])
                    if thursday is not None:  # 上周 in an item of Monday 2026-06-15: the week of 2026-06-11
                        found.append(Time(m.start(), m.end(), thursday.year, thursday.year, f"M{thursday.month:02d}",
                                          text=word))
                elif kind == "winter":
                    if pub_year is not None and pub_month is not None:  # 入冬以来 in March 2026: since the winter of 2025
                        first = pub_year - (pub_month <= self.w.winter_turn_months)
                        found.append(Time(m.start(), m.end(), first, pub_year, text=word))
                elif kind == "part":
                    found.append(Time(m.start(), m.end(), None, None, self.w.parts[word], text=word))
                elif kind == "event":
                    y = self.w.since_events[word]
                    if pub_year is not None and y <= pub_year and self.w.relative_since is not None and \
                            self.w.relative_since.match(text, m.end()):
                        # 党的十八大以来 in an item of 2022: 2012-2022, as 2012年以来 (the name alone dates nothing); in a
                        # report of the year's first months (since_closing_months), the full years so far, as a plan's
                        # 以来 counts them: 党的二十大以来 in a work report of January 2026 reviews 2022-2025
                        end = pub_year - 1 if pub_month is not None and pub_month <= self.w.since_closing_months and \
                            y < pub_year else pub_year
                        found.append(Time(m.start(), m.end(), y, end, text=word, since=True))
                elif kind == "plan":
                    a, b = self.w.plans[word]
                    at = m.end()
                    while at < len(text) and _closing(text[at]):
                        at += 1
                    if self.w.plan_end and text.startswith(self.w.plan_end, at):
                        a = b  # 到“十四五”末: the plan's last year
                    first = self.w.plan_first.match(text, at) if self.w.plan_first is not None else None
                    if first is not None and 0 < self._count(first.group("n")) < b - a + 1:
                        b = a + self._count(first.group("n")) - 1  # the plan's first two years: 2021-2022
                    since = bool(self.w.plan_since) and text.startswith(self.w.plan_since, at)
                    if since and pub_year is not None and a <= pub_year < b:
                        b = pub_year  # “十四五”以来 in 2024: the years of the plan so far
                    if since and pub_year is not None and pub_month is not None and \
                            pub_month <= self.w.closing_months and a < pub_year <= b:
                        b = pub_year - 1  # “十四五”以来 in a report of January 2025: the full years so far, 2021-2024
                    if since and pub_year is not None and pub_month is not None and pub_year > b and \
                            pub_month > self.w.closing_months:
                        # 十四五以来 in an item of August 2026, the plan over: up to the document's date, as 2021年以来
                        # runs (a report of its first months still closes the plan's years)
                        b = pub_year
                    elif since and pub_year is not None and pub_month is not None and pub_year > b:
                        # “十三五”以来 in a report of February 2026, the plan long over: the full years since it opened,
                        # 2016-2025, as 党的十八大以来 there counts them; not the plan's own years alone
                        b = pub_year - 1
                    found.append(Time(m.start(), m.end(), a, b, text=word, since=since))
                elif pub_year is not None:  # now
                    part = f"M{pub_month:02d}" if pub_month else ""
                    found.append(Time(m.start(), m.end(), pub_year, pub_year, part, text=word))
        if self.w.month is not None:
            for m in _found(self.w.month, text, self._needs["month"]):
                # (a span in Chinese numerals, 一至三月, counts as its digits do)
                m1, m2 = self._count(m.group("m1")), self._count(m.group("m2") or "")
                if not 1 <= m1 <= 12:
                    continue
                part = f"M{m1:02d}-M{m2:02d}" if 1 <= m2 <= 12 and m2 > m1 else f"M{m1:02d}"
                found.append(Time(m.start(), m.end(), None, None, part, text=m.group()))
        if self.w.first_months is not None:
            for m in _found(self.w.first_months, text, self._needs["first_months"]):
                months = self._count(m.group("n"))
                if 1 < months <= 12:
                    found.append(Time(m.start(), m.end(), None, None, f"M01-M{months:02d}", text=m.group()))
        if self.w.ahead is not None and pub_year is not None:
            for m in _found(self.w.ahead, text, self._needs["ahead"]):
                years = self._count(m.group("n"))
                if years > 0:
                    found.append(Time(m.start(), m.end(), pub_year, pub_year + years - 1, text=m.group()))
        if self.w.ahead_total is not None and pub_year is not None:
            for m in _found(self.w.ahead_total, text, self._needs["ahead_total"]):
                years = self._count(m.group("n"))
                if years > 1:  # (of its own sentence only: a review's 五年累计 takes the years it reviews)
                    last = pub_year if self._closing(years, pub_year, pub_month) else pub_year - 1
                    # (a sum as long as a plan that closed with that year: a review of the plan's years; another,
                    # 三年累计 in a plan of 2024, stays a plan's)
                    summed = "sum" in m.re.groupindex and m.group("sum") and \
                        any(b == last and b - a + 1 == years for a, b in self.w.plans.values())
                    found.append(Time(m.start(), m.end(), pub_year, pub_year + years - 1, text=m.group(), aside=True,
                                      total=True, past=(last - years + 1, last) if summed else None))
        if self.w.past is not None:
            for m in _found(self.w.past, text, self._needs["past"]):
                years = self._count(m.group("n"))
                if years > 1:
                    found.append(Time(m.start(), m.end(), None, None, text=m.group(), back=years))
        if self.w.closed_years is not None and pub_year is not None:
            for m in _found(self.w.closed_years, text, self._needs["closed_years"], self._gate):
                years = self._count(m.group("n"))
                if years > 0 and m.groupdict().get("more") is not None:  # (两年多来: the years counted and this one)
                    found.append(Time(m.start(), m.end(), pub_year - years, pub_year, text=m.group()))
                elif years > 0:
                    last = pub_year if self._closing(years, pub_year, pub_month) else pub_year - 1
                    found.append(Time(m.start(), m.end(), last - years + 1, last, text=m.group()))
        if self.w.session_since is not None and pub_year is not None and pub_month is not None and \
                pub_month <= self.w.since_closing_months:
            # (十届四次会议以来 in a 政协 report of January 2027: since the session a year ago, the year just over)
            for m in self.w.session_since.finditer(text):
                found.append(Time(m.start(), m.end(), pub_year - 1, pub_year - 1, text=m.group()))
        if self.w.present is not None and pub_year is not None and pub_month is not None \
                and pub_month > self.w.closing_months:
            first = min((t.start for t in found), default=len(text))
            for m in _found(self.w.present, text, self._needs["present"]):
                if m.start() < first:  # 截至2023年底，全市现有…: the time named before it holds
                    found.append(Time(m.start(), m.end(), pub_year, pub_year, f"M{pub_month:02d}",
                                      text=m.group(), aside=True))
                break
        if self.w.span_back:
            found.extend(self._spans_back(text, found))
        if not found:
            return []
        found.sort(key=lambda t: (t.start, -t.end))
        joined: list[Time] = []
        for t in found:
            if joined and t.start < joined[-1].end:
                continue  # inside another (年度 of 2023年度)
            prev = joined[-1] if joined else None
            if (prev is not None and t.y1 is None and prev.y1 is not None and not prev.part and not prev.base
                    and prev.y1 == prev.y2 and t.start - prev.end <= 1):
                joined[-1] = Time(prev.start, t.end, prev.y1, prev.y2, t.part, text=text[prev.start:t.end])
                continue
            if (prev is not None and t.y1 is None and prev.base and prev.y1 is not None and not prev.part
                    and prev.y1 == prev.y2 and t.start - prev.end <= 1 and (t.part or t.text in self.w.context_years)):
                # 比2025年6月底增加3.2万人, 比2025年一季度增长, 发布日期为2026年7月10日: the month or part of a base's
                # year is the base's too, no time of the figures; so is a year-word after it (一季度，…，比上年全年提高0.6个
                # 百分点: the whole year before is the base, the change of the quarter)
                joined[-1] = Time(prev.start, t.end, prev.y1, prev.y2, t.part, True, text=text[prev.start:t.end])
                continue
            # 比2019年, 较上年, 比1—9月份, 比一季度: the base of a comparison, whatever time it names
            if self.base and self._is_base(text[max(0, t.start - self.base_window):t.start].rstrip()):
                t = Time(t.start, t.end, t.y1, t.y2, t.part, True, t.text)
            if not t.base and (self.w.base_of or self.w.base_of_multiple) and self._ratio_base(text, t):
                t = Time(t.start, t.end, t.y1, t.y2, t.part, True, t.text)
            if not t.base and self._plan_named(text, t, joined):
                # 2027年，区民政局将围绕“十五五”养老服务体系建设规划，重点抓好以下工作： the plan names what the year's
                # work follows; the year written before it holds for the tasks, as for a comparison's base
                t = Time(t.start, t.end, t.y1, t.y2, t.part, True, t.text)
            if not t.base and self.w.attribute_after and \
                    text.startswith(self.w.attribute_after, self._attribute_at(text, t)):
                # 去年建成的医院现有床位500张: the year says when the hospital was built; like the base of
                # a comparison, it is no period of the figures after it. The document's own year is, of its own
                # sentence only (今年开工的迁建项目总投资2.3亿元 after a sentence on last year's beds: a thing of this
                # year, its figures now)
                if t.y1 == t.y2 == pub_year and pub_year is not None and not t.part:
                    t = t._replace(aside=True)
                else:
                    t = Time(t.start, t.end, t.y1, t.y2, t.part, True, t.text)
            if not t.base and not t.aside and self.w.event_held and text.startswith(self.w.event_held, t.end):
                # ▲2月举办的招聘会现场，58家企业带来岗位1950个: the month of the fair is its figures' time; the text after
                # the sentence goes on in the time it was in (a caption's or an aside's event is not the report's)
                t = t._replace(aside=True)
            if not t.base and not t.aside and t.part and self.w.single_month and \
                    text.startswith(self.w.single_month, t.end):
                # 1-10月…。10月当月，规上工业增加值增长6.1%。锂电产业产值突破300亿元: the month said alone is of its own
                # sentence's figures only; the text after it goes on in the cumulative frame it was in
                t = t._replace(aside=True)
            if not t.base and self._from_end(text, t):
                t = t._replace(lead=True)
            joined.append(t)
        if self.w.goal_of_year:
            joined = self._goal_years(text, joined, pub_year, pub_month)
        if self.w.month_since is not None and pub_year is not None and pub_month is not None:
            joined = [self._month_since(text, t, pub_year, pub_month) for t in joined]
        # 增长5.2%（上年为3.1%）: a time that opens round brackets holding a figure of its own dates that figure only
        joined = [t._replace(aside=True, close=close) if not t.base and not t.aside and
                  (close := _bracket_close(text, t)) is not None else t for t in joined]
        out = self._spans(text, joined)
        if self.w.plan_title is not None and any(t.y1 is not None and t.y1 != t.y2 for t in out):
            titles = [m.span() for m in self.w.plan_title.finditer(text)]
            if titles:
                out = [t._replace(titled=True) if any(a <= t.start and t.end <= b for a, b in titles) else t
                       for t in out]
        return out

    def _clause_head(self, text: str, at: int) -> bool:
        """Does `at` open its clause: the text's start or a mark right before it, a linking word of periods.yaml
        base_head_links between at most (5630人，而去年同期仅为5210人)?"""
        head = text[:at]
        link = next((w for w in self.w.base_head_links if head.endswith(w)), "")
        head = head[:len(head) - len(link)]
        return not head or is_mark(head[-1])

    def _spans_back(self, text: str, found: list[Time]) -> list[Time]:
        """Each word of periods.yaml span_back (三年行动期间) that a span of years written before it in its sentence
        gives years to (《…三年行动方案（2024—2026年）》，…；三年行动期间，全县将累计培育…): the plan's years, which the
        words name again after a deadline of their own (今年第二季度末前) came between. With no span before it, none."""
        spans = [t for t in found if t.y1 is not None and t.y2 is not None and t.y1 < t.y2 and not t.base]
        out: list[Time] = []
        for word in self.w.span_back:
            at = text.find(word)
            while at >= 0:
                last = max((t for t in spans if t.end <= at), key=lambda t: t.end, default=None)
                if last is not None:
                    out.append(Time(at, at + len(word), last.y1, last.y2, text=word))
                at = text.find(word, at + len(word))
        return out

    def _plan_named(self, text: str, t: Time, before: list[Time]) -> bool:
        """Is `t` a five-year plan's name followed by the words of a plan document (periods.yaml plan_named: “十五五”
        养老服务体系建设规划), after a verb that makes it the guide of the work (plan_named_before: 围绕) and a whole year
        written earlier in its sentence, no base (2027年，…将围绕…)? Then the plan is what the year's work follows, no
        time of the figures."""
        if self.w.plan_named is None or t.text not in self.w.plans or t.y1 == t.y2:
            return False
        # (a whole year, 2027年，…; a month's end, 截至10月底，…提前完成“十四五”规划确定的55%目标, leaves the plan's goal
        # of its years)
        if not any(b.y1 is not None and b.y1 == b.y2 and not b.part and not b.base and not b.aside for b in before):
            return False
        head = text[:t.start].rstrip()
        while head and unicodedata.category(head[-1]) in ("Pi", "Ps"):
            head = head[:-1].rstrip()
        if not head.endswith(self.w.plan_named_before):
            return False  # (完成“十四五”规划确定的…目标: the plan's own goal, no guide of the year's work)
        at = t.end
        while at < len(text) and _closing(text[at]):
            at += 1
        return self.w.plan_named.match(text, at) is not None

    def _attribute_at(self, text: str, t: Time) -> int:
        """Where the words after a time start that may make it a thing's date (attribute_after): right after a
        relative year (去年建成的), after the 年 and 底 of a written one (2000年底前建成的), whose match ends on its
        digits."""
        if self.w.attribute_year is None or not t.text[-1:].isdigit():
            return t.end
        m = self.w.attribute_year.match(text, t.end)
        return m.end() if m is not None else t.end

    def _closing(self, years: int, pub_year: int, pub_month: int | None) -> bool:
        """Does a count of years looking back (五年来, 五年累计) in a document of this date close on its own year: a
        year-end review of December of a plan's last year as long as the years counted (the year nearly closed is
        among them); in another December, the full years before stay. A single year looked back on in December
        (一年来，全县城镇新增就业6800人 in an item of December 2026) is the year now closing, whatever plan runs."""
        return pub_month is not None and pub_month >= (self.w.closed_from_month or 13) and (years == 1 or any(
            b == pub_year and b - a + 1 == years for a, b in self.w.plans.values()))

    def _month_since(self, text: str, t: Time, pub_year: int, pub_month: int) -> Time:
        """自去年10月运营以来 in an item of 2026-10: from that month to the document's date, the years 2025-2026;
        a month written without its year is the last one up to the document's. Of its own sentence only."""
        if t.base or not t.part.startswith("M") or "-" in t.part or not text.endswith(self.w.since_from, 0, t.start) \
                or self.w.month_since is None or self.w.month_since.match(text, t.end) is None:
            return t
        month = int(t.part[1:])
        y1 = t.y1 if t.y1 is not None else pub_year - (month > pub_month)
        if y1 > pub_year or (y1 == pub_year and month > pub_month):
            return t
        return Time(t.start, t.end, y1, pub_year, "", text=t.text, aside=True, since=True)

    def _goal_years(self, text: str, times: list[Time], pub_year: int | None, pub_month: int | None) -> list[Time]:
        """A year-word right before a goal's noun (1-6月，…完成年度目标任务6500人的59.4%，同比增加215人: periods.yaml
        goal_of_year), after a part of the year its sentence names: it names the year the goal is set for, not the time
        of the figures after it, which stay of the part (the share done so far, the next figures of the months). The
        goal's own figure right after the noun (6500人) is of that year: the part's year, else the document's outside
        its first months (closing_months, when a release may speak of the year before); else the word is left as is."""
        out: list[Time] = []
        for t in times:
            noun = next((w for w in self.w.goal_of_year if text.startswith(w, t.end)), "") \
                if t.y1 is None and not t.part and not t.base and t.text in self.w.context_years else ""
            # (a span of the year so far, 1-6月, 上半年, 前三季度: a single month, 1月8日, is a day's news, no span done;
            # looked for only behind a goal's noun, which few times are followed by)
            part = next((u for u in reversed(out) if u.part and not u.base and ("-" in u.part or u.part[0] in "QH")),
                        None) if noun else None
            if noun and part is not None:
                at = t.end + len(noun)
                if at < len(text) and text[at].isdigit():
                    year = part.y2 if part.y2 is not None else pub_year \
                        if pub_month is not None and pub_month > self.w.closing_months else None
                    if year is not None:  # 年度目标任务6500人: the goal's year, of that figure alone
                        t = Time(t.start, t.end, year, year, text=t.text, lead=True)
                else:  # 完成年度目标任务的59.4%: the goal named, no time of the share
                    t = t._replace(base=True)
            out.append(t)
        return out

    def _since(self, text: str, start: int, end: int) -> bool:
        """Is the year at text[start:end] the first of the years up to now (periods.yaml year_since)? So is one after
        a `since_from` word with an event between it and the word for since (自2022年建成以来, as month_since reads
        a month): the figures after it are of the years since, not of the year the event fell in."""
        if self.w.year_since is not None and self.w.year_since.match(text, end) is not None:
            return True
        return self.w.month_since is not None and text.endswith(self.w.since_from, 0, start) and \
            self.w.month_since.match(text, end) is not None

    def _from_base(self, text: str, start: int, end: int) -> bool:
        """Is the relative year at text[start:end], followed by a base word (同期), the time of a
        pair's from end: a `from` word right before it, the linking 的 right after the base word?"""
        if not text[:start].rstrip().endswith(self.w.span_from):
            return False
        word = next((w for w in self.w.base_after if text.startswith(w, end)), "")
        return bool(word) and text.startswith(self.w.base_linked, end + len(word))

    def _from_end(self, text: str, t: Time) -> bool:
        """Is the time the year of a pair's from end, written between a `from` word and the figure
        (periods.yaml span_from_year)? It dates that figure alone: the figure after the `to` word
        names no time of its own and is of the time in force, as are the figures after the pair."""
        w = self.w
        if w.span_from_year is None or t.y1 is None or t.y1 != t.y2 or t.part:
            return False
        # (a plan's name in quotes, 由“十三五”末的820家增至1100家: the quotes around it stand apart from neither the
        # `from` word nor the 末的 after it, as they do not for a comparison's base, `_is_base`)
        end = t.end
        while end < len(text) and _closing(text[end]):
            end += 1
        # (the match at its end first: a look at one place, before the text up to it is cut and stripped)
        if w.span_from_year.match(text, end) is None:
            return False
        before = text[:t.start].rstrip()
        while before and unicodedata.category(before[-1]) in ("Pi", "Ps"):
            before = before[:-1].rstrip()
        return before.endswith(w.span_from)

    def _ratio_base(self, text: str, t: Time) -> bool:
        """Is the time the base of a ratio (是2020年的1.8倍, 相当于上年的九成): one of base_of before it
        and one of base_of_after after it, past at most the two letters of its own unit (2020 of
        2020年度), and a base word of its own (是2019年同期的1.4倍)? After base_of alone the time may well be
        the figure's own (最高的是2022年，…). Quotes around a plan's name stand apart from neither word, and
        the plan's name may take two letters of its own (是“十三五”时期的2.6倍)."""
        before = text[max(0, t.start - self.base_window):t.start].rstrip()
        while before and unicodedata.category(before[-1]) in ("Pi", "Ps"):
            before = before[:-1].rstrip()
        multiple = bool(self.w.base_of_multiple) and before.endswith(self.w.base_of_multiple) and \
            self.w.multiple_after is not None
        if not before.endswith(self.w.base_of) and not multiple:
            return False
        end = t.end
        while end < len(text) and _closing(text[end]):
            end += 1
        after = text[end:end + 3 + max((len(w) for w in self.w.base_after), default=0)]
        if multiple and not before.endswith(self.w.base_of):
            # (为2015年的2.1倍: the multiple right after the base's 的 shows it a base)
            return any(after.startswith(w + x, i) and self.w.multiple_after.match(text, end + i + len(w) + len(x))
                       for i in range(3) if i == 0 or after[:i].isalpha()
                       for w in ("", *self.w.base_after) for x in self.w.base_of_after)
        return any(after.startswith(w + x, i) for i in range(3) if i == 0 or after[:i].isalpha()
                   for w in ("", *self.w.base_after) for x in self.w.base_of_after)

    def _is_base(self, before: str) -> bool:
        """Do the characters before a year make it the base of a comparison: a comparison word right
        before it (比2019年), or one followed by a few words and a link word (比改革前的2011年,
        与实施前的2019年相比: periods.yaml base_linked), nothing but words between? An opening quote
        between the word and the time (比“十三五”末) stands apart from neither."""
        while before and unicodedata.category(before[-1]) in ("Pi", "Ps"):
            before = before[:-1].rstrip()
        if before.endswith(self.base):
            return True
        link = next((w for w in self.w.base_linked if before.endswith(w)), "")
        if not link:
            return False
        head = before[:-len(link)]
        at = max(head.rfind(b) for b in self.base)
        if at < 0:
            return False
        between = head[at:].removeprefix(next(b for b in self.base if head.startswith(b, at)))
        return between.isalpha()

    def _count(self, n: str) -> int:
        """3, 三, 十一 → the number (a count of months or years)."""
        if n.isdigit():
            return int(n)
        digits = self.w.digits
        if len(n) == 2 and n[0] in digits and n[0] != n[1]:
            ten, one = digits.get(n[0], 0), digits.get(n[1], 0)
            return ten + one if ten >= 10 else 0
        return digits.get(n, 0)

    def _spans(self, text: str, times: list[Time]) -> list[Time]:
        """2019年12月下旬至2020年1月中旬: two times joined by a span link are one span."""
        out: list[Time] = []
        for t in times:
            prev = out[-1] if out else None
            if prev is not None and not prev.base and not t.base and prev.y1 is not None and t.y1 is not None:
                gap = text[prev.end:t.start].strip()
                for part in self.w.span_month_parts:
                    gap = gap.removeprefix(part)
                now = not gap and t.text in self.w.now and t.text.startswith(self.w.span_links)  # 2023年至今
                if (gap in self.w.span_links or now) and (prev.y1, prev.y2) != (t.y1, t.y2) and \
                        t.y2 is not None and prev.y1 <= t.y2:
                    out[-1] = Time(prev.start, t.end, prev.y1, t.y2, text=text[prev.start:t.end])
                    continue
            out.append(t)
        return out

    def choose(self, text: str, times: list[Time], start: int, clause_start: int, target: bool,
               cue_clause_start: int | None) -> Time | None:
        """The time a figure at `start` takes from its own sentence (None: nothing there)."""
        # (a goal is no value of the past: 不低于上一年度收入水平的1.2倍 is a multiple of it)
        own = None if target else self._base_value(text, times, start)
        if own is not None:
            return own
        label = None if target else next((t for t in times if entry_label_time(text, t, start)), None)
        if label is not None:
            return label  # 4.3%9月份城镇调查失业率: a box's entry, its figure first, dated by its label's own month
        # (a result after a sum of years, 五年累计新增就业2.86万人 in a review, is of the full years that sum looks back on)
        # (… and so is the goal such a result is measured against: 完成规划目标1.4万人的108.6%)
        done = target and self.w.total_goal_done is not None and \
            self.w.total_goal_done.search(text, clause_start, start) is not None
        # (not where a time of the document's year or later frames it: 到2026年，三年累计新增… in a plan of 2024)
        # (a result's sum looks back over its whole sentence, as 五年来 does: 五年累计投入民生资金…；新建改扩建中小学23所
        # lists the years' works item after item; a plan's reaches its own item only, up to total_ends)
        looks_back = {id(t) for t in times if t.total and t.past is not None and not any(
            u.end <= t.start and not u.base and u.y2 is not None and u.y2 >= (t.y1 or 0) for u in times)}
        before = [t if (target and not done) or id(t) not in looks_back else
                  t._replace(y1=t.past[0], y2=t.past[1], total=False, past=None)
                  for t in times if t.end <= start and not t.base
                  and (target or not t.total or id(t) in looks_back)
                  and not (t.total and (target or id(t) not in looks_back)
                           and any(w in text[t.end:start] for w in self.w.total_ends))]
        # (a time that opened brackets now closed dates the figure inside them only: 增长5.2%（上年为3.1%），支出…)
        before = [t for t in before if t.close < 0 or t.close > start]
        if before and self._pair_first(text, before[-1], start):
            before.pop()  # 由去年的32张提高到36张: 去年 dates 32张 only; 36张 takes the time in force
        if len(before) > 1 and self._item_span(text, before[-2], before[-1], start):
            # 到2030年，…；“十五五”期间累计新增城镇就业3万人以上，新增普惠托位800个；森林覆盖率稳定在52%以上: a plan's
            # span named inside one item of a list dates that item's figures; past its `；` the year before it, which
            # the span ends on, holds again
            before.pop()
        while len(before) > 1 and self._part_item(text, before[-1], start):
            # 上半年，…增长8.3%，其中6月份增长9.6%；固定资产投资增长6.2%: the month of a part, its item over, dates no
            # figure of the next item: the half-year before it holds again
            before.pop()
        if target:  # the date of an event before it (2020年1月立项) is not when a target is due
            lo = clause_start if cue_clause_start is None else min(clause_start, cue_clause_start)
            if self.w.then and any(w in text[clause_start:start] for w in self.w.then):
                lo = 0  # (…明年6月投用，届时将新增…: unless its clause points back to that date)
            # (力争新院区6月底前投用，新增床位600张；全市每千人口床位数达到10张: a month inside the cue's clause, no frame
            # of its own, is the date of that item's event; past the `；` that ends the item it dates no later goal)
            ends = self.w.total_ends
            before = [t for t in before if t.start >= clause_start or not t.part.startswith("M")
                      or (t.start >= lo and not any(map(text[t.end:start].__contains__, ends)))
                      or self._due_done(text, t) or self._month_frame(text, t) or self.as_of_frame(text, t)
                      or self._deadline_frame(text, t, times) or self._deadline_then_goal(text, t, start, clause_start)]
            opener = self.w.item_opener
            if before and opener is not None and opener.search(text, 0, before[-1].start) and \
                    opener.search(text, before[-1].end, start):
                # 一是…，到2027年底全部完成；二是新增城镇就业5000人以上: a time inside an earlier item of a numbered list
                # is that item's; one before the list (到2030年，重点抓好：一是…；二是…) frames every item
                before = [t for t in before if not opener.search(text, t.end, start)]
            # 石墨产业产值突破80亿元，到2027年达到120亿元；实施重点项目330个: a year due inside an item, after a figure of
            # that item, is the deadline of its own goal; past the `；` that ends the item it dates no other
            before = [t for t in before if not self._inner_deadline(text, t, times, start)]
            due = self._finished_after(text, times, start)
            if before and due is not None and due.y1 is not None and before[-1].y2 is not None and \
                    due.y1 > before[-1].y2:
                # 今年，县里…实施福利中心改扩建项目，新增护理型床位150张，预计明年6月投入使用: the clause right after the
                # target's own says when what it counts is finished, a later year than the one heading the sentence,
                # which dates the work under way: the target is due when it is finished
                return due
            if not before:  # 规划床位1500张，预计2025年底竣工: the due date after it
                # (a part or year-word the year in force completes, right after a word of a plan: …再储备隔离房间
                # 1000间，力争5月中旬前完成…; not a day an event is dated by, …介绍，1月10日，…开工)
                later = [t for t in times if t.start >= start and not t.base and (t.y1 is not None or (
                    (t.part or t.text in self.w.context_years) and text[max(0, t.start - 3):t.start].endswith(
                        self.w.due_before)))]
                if later and self.w.next_steps and any(w in text[:start] for w in self.w.next_steps):
                    # 下一步，全县将新建高标准农田6万亩，新打机井800眼，到2030年实现…: the next steps are due whenever they
                    # are done; a deadline inside a later clause is that clause's own goal's, unless a word of a plan
                    # sets it for them (…，预计2027年底前建成) or it stands alone as the frame of the goals it opens,
                    # which the steps before it work towards (…新建养老机构6所，到2026年底，全县养老服务床位达到…)
                    later = [t for t in later if not any(is_mark(ch) for ch in text[start:t.start] if ch not in ".%")
                             or text[max(0, t.start - 3):t.start].endswith(self.w.due_before)
                             or _framing(text, t.end)]
                if later and self.w.deadline_item_ends:
                    # 地区生产总值增长5.5%左右；城镇新增就业4.6万人；到2030年，护理型床位占比达到70%: a deadline past the
                    # mark that ends the figure's item is a later item's own, which it opens or sits in; the figure takes
                    # the time the text plans for (a word of a plan right before it still sets the figure's due date:
                    # 新建学校3所；预计2027年建成)
                    item_ends = self.w.deadline_item_ends
                    later = [t for t in later if not any(map(text[start:t.start].__contains__, item_ends))
                             or text[max(0, t.start - 3):t.start].endswith(self.w.due_before)]
                if later and self.w.item_opener is not None:
                    # 一是…新建医共体12个；二是…；四是到2030年，…: the items of a numbered list are goals of their own; a
                    # deadline in a later item dates none before it (they take the time the text plans for)
                    later = [t for t in later if not self.w.item_opener.search(text, start, t.start)]
                return later[0] if later else None
        else:  # (a figure of no plan's cue after such an item)
            before = [t for t in before if not self._inner_deadline(text, t, times, start)]
        if len(before) > 1 and self._class_year(text, before[-1]):
            # 截至11月底，全市2026届高校毕业生就业率达到92%: the class's year names the graduates, not when the rate was
            # taken; the time before it in the sentence dates the figure
            before.pop()
        return before[-1] if before else None

    def _class_year(self, text: str, t: Time) -> bool:
        """Is `t` a year written right before a word of a class (periods.yaml class_year: 2026届), naming the people
        counted rather than the time of the figure?"""
        return bool(self.w.class_year) and t.y1 is not None and not t.part and \
            text[t.end:].lstrip().startswith(self.w.class_year)

    def _month_frame(self, text: str, t: Time) -> bool:
        """Is `t` a month or a week counted from the document's (本月, 本周) standing alone at the end of the first
        clause of its sentence (本月，全县还将举办招聘会3场; 本周，区人社局还将举办专场招聘会2场; a dateline or subject
        before it, 本报讯 本月，): the frame of what the sentence plans, due in that month, not the date of an event
        before the target (计划3月开工) that a named month may be?"""
        return (t.text in self.w.relative_months or t.text in self.w.relative_weeks) \
            and not any(is_mark(ch) for ch in text[:t.start]) \
            and _framing(text, t.end)

    def _deadline_frame(self, text: str, t: Time, times: list[Time]) -> bool:
        """Is `t` a month or a part's end (一季度末) heading its sentence alone in its clause as a deadline, a lead word
        before it or a deadline word after it (到6月底，全县力争发放…; 到一季度末，…; 6月底前，全县将…): the time the goals
        of the sentence are due, not the date of an event before a goal (3月，全县举办招聘会…; 计划3月开工，…)?
        A clause before it that holds no number but the times it names (按照《…三年行动方案（2024—2026年）》，今年第二季度末
        前，全县将新建…) is a lead to the deadline, which still heads what the sentence plans: the goals are due then, not
        over the plan's years the lead names."""
        if not _framing(text, t.end) or not self._heads_sentence(text, t, times):
            return False
        if self.w.deadline_lead and text[:t.start].rstrip().endswith(self.w.deadline_lead):
            return True
        # (the part of the month between, 6月底前, 6月中旬前)
        after = text[t.end:t.end + 4].lstrip("".join(self.w.span_month_parts))
        return bool(self.w.deadline_after) and after.startswith(self.w.deadline_after)

    def _deadline_then_goal(self, text: str, t: Time, start: int, clause_start: int) -> bool:
        """Is `t` a month written as a deadline (a word of periods.yaml deadline_after after it, the part of the month
        between: 2月底前) in the clause right before the goal's own, a clause of no number but its times, while the goal's
        clause opens on a word of deadline_goal_open (各地在2027年2月底前完成集中征缴，确保参保率稳定在95%以上): the goal
        is to hold by then, not an event's date before it (计划3月开工，新增…; 3月底前完成征缴，参保率达到95%)?"""
        if not t.part.startswith("M") or not self.w.deadline_after or not self.w.deadline_goal_open:
            return False
        after = text[t.end:t.end + 4].lstrip("".join(self.w.span_month_parts))
        if not after.startswith(self.w.deadline_after):
            return False
        between = text[t.end:clause_start]
        if sum(is_mark(ch) for ch in between) != 1 or any(ch.isdigit() for ch in between):
            return False
        return text[clause_start:start].lstrip().startswith(self.w.deadline_goal_open)

    @staticmethod
    def _heads_sentence(text: str, t: Time, times: list[Time]) -> bool:
        """Does `t` open its sentence, or open a clause after clauses that hold no number outside the times they name
        (a lead: 按照《…方案（2024—2026年）》，; no figure nor event of their own that a time could date)?"""
        head = text[:t.start]
        if not any(is_mark(ch) for ch in head):
            return True
        if not head.rstrip() or not is_mark(head.rstrip()[-1]):
            return False
        kept = list(head)
        for u in times:
            if u.end <= t.start:
                kept[u.start:u.end] = [" "] * (u.end - u.start)
        return not any(ch.isdigit() for ch in kept)

    def year_end_goal(self, text: str, t: Time) -> bool:
        """Is `t` a year-word of periods.yaml year_end_goal heading a clause of its own, a deadline lead at most before
        it (年内，…; 到年底，…; 年底前，…): the end of the year under way that the goals after it are set for?"""
        if t.y1 is not None or t.part or t.base or t.text not in self.w.year_end_goal or not _framing(text, t.end):
            return False
        head = text[:t.start].rstrip()
        head = head[:len(head) - len(next((w for w in self.w.deadline_lead if head.endswith(w)), ""))].rstrip()
        return not head or is_mark(head[-1])

    def as_of_frame(self, text: str, t: Time) -> bool:
        """Is `t` a month that an as-of word opening the sentence frames it with (截至12月底，全市累计签约项目37个，
        计划总投资286亿元): the plan stated is the one as it stood then, of that time, not an event's date before a goal?"""
        head = text[:t.start].strip()
        return bool(self.w.as_of) and head in self.w.as_of and _framing(text, t.end)

    def _due_done(self, text: str, t: Time) -> bool:
        """Is the month `t` a plan's date of finishing what the target counts: right after a word of a plan, and
        its clause (a few characters: 底, 前) then a word of finishing (预计明年6月建成，规划床位450张), not an
        event's date (2020年1月立项, 计划3月开工)?"""
        if not self.w.due_done or not text[max(0, t.start - 3):t.start].endswith(self.w.due_before):
            return False
        rest = text[t.end:t.end + _DUE_REACH]
        cut = next((k for k, ch in enumerate(rest) if is_mark(ch)), len(rest))
        return any(rest[:cut].endswith(w) for w in self.w.due_done)

    def _finished_after(self, text: str, times: list[Time], start: int) -> Time | None:
        """The first time after a figure at `start` where the clause right after the figure's own is nothing but a
        plan's word, that time and a word of finishing (…新增床位150张，预计明年6月投入使用: `_due_done`), else None."""
        t = next((u for u in times if u.start >= start and not u.base), None)
        if t is None or not self._due_done(text, t):
            return None
        marks = [k for k in range(start, t.start) if is_mark(text[k])]
        if len(marks) != 1 or text[marks[0] + 1:t.start].strip() not in self.w.due_before:
            return None
        return t

    def _item_span(self, text: str, prev: Time, t: Time, start: int) -> bool:
        """Is `t` a span of years (十五五期间) opening an item of a list, after a mark that ends an item (total_ends:
        ；) since the year `prev` before it that the span ends on (到2030年), with another such mark between it and
        the figure at `start`?"""
        if t.y1 is None or t.y2 is None or t.y1 >= t.y2 or t.base or prev.part or not prev.y1 == prev.y2 == t.y2:
            return False
        marks = self.w.total_ends
        return any(map(text[prev.end:t.start].__contains__, marks)) and any(map(text[t.end:start].__contains__, marks))

    def _part_item(self, text: str, t: Time, start: int) -> bool:
        """Is `t` written right after a word that opens a part of the figure before it (periods.yaml part_leads:
        其中6月份增长9.6%), with a mark that ends an item (total_ends: ；) between it and the figure at `start`? It
        dates that part, inside its item; the items after the mark go on in the time the sentence opened with."""
        leads, marks = self.w.part_leads, self.w.total_ends
        return (bool(leads) and text[:t.start].rstrip().endswith(leads)
                and any(map(text[t.end:start].__contains__, marks)))

    def _inner_deadline(self, text: str, t: Time, times: list[Time], start: int) -> bool:
        """Is the year `t` the deadline of one goal inside an item of a list (…突破80亿元，到2027年达到120亿元；…):
        written as a deadline (periods.yaml deadline_lead: 到), no frame of the clauses after it (到2027年，… stands
        alone in its clause), after a figure of its item (the text since the last mark of periods.yaml total_ends
        holds a number besides the times it names), with such a mark between it and the figure at `start`? The item it
        sits in is its own; the items after it keep the time the text plans for."""
        marks = self.w.total_ends
        if t.y1 is None or t.base or _framing(text, t.end) or not any(map(text[t.end:start].__contains__, marks)):
            return False
        if not self.w.deadline_lead or not text[:t.start].rstrip().endswith(self.w.deadline_lead):
            return False  # (去年…，今年力争突破…；开展…: a year of the text's, no deadline, goes on to the items after it)
        if any(u.end <= t.start and not u.base and u.y2 == t.y1 for u in times):
            # (“十五五”期间，…年均增长5.5%左右，到2030年突破1100亿元；累计完成…: the end of the plan's years named before
            # it, the horizon of every item, not the deadline of one)
            return False
        cut = max(text.rfind(m, 0, t.start) for m in marks) + 1
        if any(map(text[cut:t.start].__contains__, self.w.span_from)):
            return False  # (由2020年的68.5亿元增加到2025年的102.3亿元，…；…: the to end of a pair, no deadline)
        item = list(text[cut:t.start])
        for u in times:
            if cut <= u.start and u.end <= t.start:
                item[u.start - cut:u.end - cut] = [" "] * (u.end - u.start)
        return any(ch.isdigit() for ch in item)

    def _base_value(self, text: str, times: list[Time], start: int) -> Time | None:
        """The base of a comparison whose own value the figure is (比2020年的2.86人减少0.11人, 与2020年第七次
        人口普查的27.16万人相比): the base's time, written right before it and linked to it by 的 over a few
        words, with no mark or number between; not a ratio's base (是2020年的2.4倍), where the figure is
        of the time in force, nor a comparison word's base alone (比上年增长5%), which links to no value.
        So is the from end of a pair under a frame of comparison (与2020年相比，…人数由6215人上升为8188人):
        the base time closed by a comparison word, no other time between, the figure right after a from word."""
        last = None
        for t in reversed(times):  # (the last time before the figure: asked of every figure, no generator)
            if t.end <= start:
                last = t
                break
        if last is None or not last.base or last.y1 is None:
            return None
        head = text[max(0, last.start - self.base_window):last.start].rstrip()
        after = text[last.end:last.end + 6]  # past at most the two letters of its own unit (2020 of 2020年度)
        if any(after.startswith(self.base, i) for i in range(3) if i == 0 or after[:i].isalpha()) and \
                text[:start].rstrip().endswith(self.w.span_from) and self._is_base(head):
            return last
        gap = text[last.end:start].rstrip()
        if not self.w.base_linked or not gap.endswith(self.w.base_linked) or len(gap) > self.base_window + 4 \
                or not gap.isalpha():
            return None
        return last if self._is_base(head) else None

    def _pair_first(self, text: str, t: Time, start: int) -> bool:
        """Is `t` the time of the first figure of a from–to pair, written right after its `from` word
        (由去年的32张, 从一季度的5.6%), with the `to` word after that figure and before `start`? The
        figure after the `to` word is of another time, not of that one."""
        head = text[max(0, t.start - 2):t.start].rstrip()
        if not head.endswith(self.w.span_from):
            return False
        gap = text[t.end:start]
        to = max((gap.rfind(w) for w in self.w.span_to), default=-1)
        return to > 0 and any(ch.isdigit() for ch in gap[:to])

    def span_of(self, text: str, times: list[Time], start: int) -> Time | None:
        """The span of years a yearly average at `start` is taken over (五年来，…从2018年的…到2023年的…，
        年均增长5.6%): the last span before it in its sentence, else its first and last years."""
        before = [t for t in times if t.end <= start and not t.base and not t.aside]
        spans = [t for t in before if t.back or (t.y1 is not None and t.y2 != t.y1)]
        if spans:
            return spans[-1]
        years = [t for t in before if t.y1 is not None and t.y2 is not None and not t.part]
        if len(years) < 2:
            return None
        # from the first year written, when it is the earliest, to the latest wherever written: two pairs
        # (由2020年的…增至2025年的…；由2020年的…增至…) span 2020-2025, though the last year written is a from end's;
        # a later year written first (a 2026 report's title over its 2025 review block) spans nothing
        first = years[0]
        if any(t.y1 is not None and first.y1 is not None and t.y1 < first.y1 for t in years):
            return None
        last = max(years, key=lambda t: (t.y2, t.start))
        if first.y1 is None or last.y2 is None or first.y1 >= last.y2:
            return None
        lo, hi = min(first.start, last.start), max(first.end, last.end)
        return Time(lo, hi, first.y1, last.y2, text=text[lo:hi])

    def span_end(self, text: str, t: Time, start: int, prev_end: int, num_start: int | None = None,
                 target: bool = False) -> Time:
        """A from–to pair over a span: 由… takes its first year, 增长至… its last. num_start: where the number
        itself opens, after a qualifier written before it (突破8万元: a mark the span passed, as 增至 says).
        target: the figure is a goal, which a span with no from end dates whole (“十五五”期间，…比重达到65%: due over
        the plan's years, as GUIDE.md dates a goal of 十四五; 到“十五五”末 names the end)."""
        if t.y1 is None or t.y1 == t.y2 or self.season(text, t):
            return t  # (2024—2025学年，…毛入园率达到91.3%: the school year's rate, not its last year's)
        gap = text[max(t.end, prev_end):start]
        to = max((gap.rfind(w) for w in self.w.span_to), default=-1)
        frm = max((gap.rfind(w) for w in self.w.span_from), default=-1)
        if frm >= 0 and self.w.span_from_not and any(w in gap for w in self.w.span_from_not):
            # (从业人员20多万人, 由于…: a word the from word is part of, no from end)
            frm = max((_masked(gap, self.w.span_from_not).rfind(w) for w in self.w.span_from), default=-1)
        if to >= 0 and self.w.span_to_not and any(w in gap for w in self.w.span_to_not):
            # (推动整改到位资金3.58亿元: funds put in place over the span, no to end)
            to = max((_masked(gap, self.w.span_to_not).rfind(w) for w in self.w.span_to), default=-1)
        if to > frm and to >= 0 and prev_end > t.end and not any(w in gap for w in self.w.span_cumulative):
            # 由…增长至…: the figure after the first one (…，一般公共预算收入累计达到318.6亿元: a total over the
            # span, no level at its end)
            return Time(t.start, t.end, t.y2, t.y2, text=t.text)
        if frm > to and frm >= 0 and start - (max(t.end, prev_end) + frm) <= 12:
            # (a plan's span, “十四五”时期，…由41.2%提高到47.5%: the from end is the level the plan set out from, at the end
            # of the year before its first, 2020, as its own pairs write it: 由2020年的…增加到2025年的…)
            first = t.y1 - 1 if self.w.plans.get(t.text, (None,))[0] == t.y1 else t.y1
            return Time(t.start, t.end, first, first, text=t.text)
        reach = text[max(t.end, prev_end):max(start, num_start or start)].rstrip()
        reached = bool(self.w.span_reach) and reach.endswith(self.w.span_reach)
        if frm < 0 and not target and ((prev_end <= t.end and reached) or (
                self.w.span_reach_marks and reach.endswith(self.w.span_reach_marks))) \
                and not any(w in gap for w in self.w.span_cumulative):
            # “十四五”以来，全市景区增至58家: no from end, the level the span grew to, at its end
            return Time(t.start, t.end, t.y2, t.y2, text=t.text)
        return t

    def season(self, text: str, t: Time) -> bool:
        """Is `t` a season or a school year across the year's turn (2024/25年榨季, 2025—2026学年, 本学年)? Its figures
        are of the whole of it, as one year's are: a level reached in it (达到, 增至) is no level at the end of a span
        of years, and there is no from end and to end to take."""
        if t.y1 is None or t.y2 != t.y1 + 1 or t.start < 0:
            return False
        w = self.w
        return t.text in w.school_years or t.text in w.school_years_opening or \
            bool(w.season_marks) and any(m in t.text for m in w.season_marks) or \
            bool(w.season_after) and text.startswith(w.season_after, t.end)


def _masked(text: str, words: tuple[str, ...]) -> str:
    """`text` with each of `words` blanked out, so that a from or to word inside one of them is found no more."""
    for w in words:
        text = text.replace(w, "\x00" * len(w))
    return text


def _found(pattern: regex.Pattern[str] | re.Pattern[str], text: str,
           needs: Needs = (), branches: Gate = ()) -> Iterable[regex.Match[str] | re.Match[str]]:
    """The matches of a pattern, behind a search: a search that finds nothing skips on by the
    pattern's literal characters (年, 月, 前) where a finditer runs slower, and most
    sentences name no time. Before both, the characters the pattern needs (`stats.rules.precheck`):
    a sentence without 月 asks no month pattern at all. A pattern cut into its branches
    (`precheck.gate`) is searched branch by branch instead, each behind what it needs."""
    if not may_match(needs, text):
        return ()
    if branches:
        return pattern.finditer(text) if gate_open(branches, text) else ()
    return pattern.finditer(text) if pattern.search(text) is not None else ()


@dataclass
class PeriodState:
    """What one article carries from sentence to sentence: the last time in force."""

    published: str
    carried: Time | None = None
    year: int | None = None  # the year in force for a part written alone (一季度)
    whole_year: int | None = None  # the last whole year named (2023年，…; not 2024年3月28日): 全年 is of it
    # the whole year in force was named by a word counted from the document's date (二、上年预算执行情况 in February):
    # the text counts its 上年 from its date too, not from the year it speaks of (`_reported_relative`)
    whole_counted: bool = False
    named: bool = False  # a year written or counted (2024年3月8日, 今年) in a sentence before
    current: bool = False  # the document's own year named as a whole (今年以来, 2026年，…) in a sentence before
    # the years of a plan the headline names (《“十四五”就业促进规划》印发), under way at the document's date:
    # a target of the article that names no time it is due is due over them
    plan: tuple[int, int] | None = None
    # the one year the headline says the article's project is finished (预计2027年投用): what it gives once
    # built (建成后将新增…), or a capacity it is planned with (规划床位800张), is due then
    built: int | None = None
    # the one year before the document's that its headline says it reviews (2025年…统计公报 out in April 2026): a part of
    # the year, or a year-word, with no year before it in its sentence is of that year (`Situator._reviewed`)
    reviewed: int | None = None
    # the headline names whole years, all before the document's (某局2025年工作总结 out in January 2026): a heading's 本年
    # is the year it reviews, not the document's (`ArticleSituation._present_heading`)
    head_past: bool = False
    # the whole year in force before the span of years now carried (2025年，…。“十四五”期间，…), which a lead
    # opening a new part (产业发展。) goes back to
    prior: Time | None = None
    # a paragraph or line opened since the span of years now carried was named: a word of the time of writing
    # (现有, 目前) there turns from the review of the span to the figures as they stand
    crossed: bool = False
    # the span of years named beside the whole year now carried, in the sentence that named it (一、“十四五”时期和
    # 2025年工作回顾): a review of that span after it is no aside from the year, which a lead would go back to
    beside: tuple[int, int] | None = None
    # the whole year in force before a sentence looked back to an earlier one (2024年全国粮食总产量…。2023年，全国
    #粮食总产量为13912亿斤。): a paragraph or line opening after it is of the year the text spoke of again
    looked_back: Time | None = None
    # the period of the last figure of each role in the sentence just before (none if it held none): a
    # sentence that breaks a figure down (其中，…) is of that figure's time, whatever dated it
    before: dict[str, str] = field(default_factory=dict)
    # the periods of the from end and the to end of the last from–to pair of the sentence just before, where each is
    # a year of its own (由2020年的1860张增加到2025年的2730张): a pair of the next sentence that names no time runs
    # over the same years (…。每千人口执业医师数由2.10人提高到2.86人)
    pair_ends: tuple[str, str] | None = None
    # the span of whole years that dated a yearly average of an earlier sentence of the paragraph (2025年，…，“十四五”
    # 时期年均增长6.3%；…年均增长4.8%。): the next sentence's yearly average, in the span's last year carried, is over
    # the same years (城乡居民人均可支配收入分别达到43280元和20630元，年均分别增长5.9%和7.6%)
    rate_span: tuple[int, int] | None = None
    # the time in force before a year ahead was carried (二、2026年工作安排 … 到2027年，…。（三）…): once a new part
    # drops that year, a goal of the next part that names no time is due in it again
    resumed: Time | None = None
    # under a heading of the long term (四、中长期发展谋划): a goal that names no time is undated
    long_term: bool = False
    # the year after the document's that the numbered heading of the section plans for (二、2027年工作计划 in December
    # 2026): a goal's year-word or part of a year with no year before it in its sentence is of that year
    plan_ahead: int | None = None
    # the area the sentence that named the years up to now carried (“十四五”以来, 2021年以来) spoke of (青海省…“十四五”
    # 以来，全省…): a paragraph that opens on a place outside it and not holding it (福建省今年…, in a roundup of
    # provinces) is another area's item, not of that review (an `Area` of stats.context.place)
    span_area: Any = None
    # the period of the figure each footnote mark follows (…其中县外转移6.1万人①): the footnote under the page
    # (①县外转移含省外转移3.4万人) is of that figure's time
    noted: dict[str, str] = field(default_factory=dict)
    # the time last carried, and whether it framed its sentence (今年，… / 到2027年，…) rather than dating one goal
    # inside it (…，计划2028年建成通车); and whether a paragraph or line opened since (asked only after a time that
    # framed nothing): a goal of a later paragraph that names no time is not due in the year of another's one goal
    carried_from: tuple[Time, bool] | None = None
    line_since: bool = False
    # the years up to now carried were named after figures of their own paragraph (…岗位补贴…82万元。“十四五”以来，街道
    # 累计开发公益性岗位260余个。/ 东升社区服务站…设床位16张): a look back in passing, even a plan's, that frames no
    # paragraph after its own (a plan's span opening a paragraph frames the review after it)
    since_aside: bool = False
    # the whole year named before a later one that dated only goals (2025年公报: …年末城镇登记失业率2.9%。2026年计划城镇
    # 新增就业8000人以上。), while that later year is the whole year in force: a level's year-word after it (年末全市
    # 60岁及以上老年人口…) is of the year the report speaks of, a goal's (全年力争…) of the goals' year
    reported_year: int | None = None
    # the two years of a headline of a summary and a plan (某局2025年工作总结和2026年工作打算, `halves_summary`): the
    # summary's year, then the plan's; None once a heading names another year, or the long term
    halves: tuple[Time, Time] | None = None
    # the time a lead-in that holds no figure and ends on a list mark named (到2030年，全县主要目标是：): while it is the
    # time carried, the items it leads into, each opening on a short lead of its own (——经济发展。…), are due by it
    list_lead: Time | None = None
    half: Time | None = None  # of those, the year of the half the text stands in
    # the time in force (carried, and the year) before a sentence that opened on a list's first item (一是…): the
    # sentences that open on its later items (二是…) stand on it again, not on a time an earlier item named
    item_base: tuple[Time | None, int | None] | None = None
    plan_named: bool = False  # a heading named the plan's year itself (三、2026年工作计划)

    def snapshot(self) -> PeriodState:
        """A copy that shares nothing mutable with this state (an aside sentence reads on it)."""
        return copy.deepcopy(self)

    def default(self) -> str:
        """The document's month (2023-03), its year, or nothing."""
        y, m = date_parts(self.published)
        if y is None:
            return ""
        return f"{y}-{m:02d}" if m else str(y)

    def year_in_force(self) -> int | None:
        return self.year if self.year is not None else date_parts(self.published)[0]


# round brackets, ASCII and full width (written so: no wide mark in code)
_OPEN_ROUND = "(" + chr(ord("(") + 0xFEE0)
_CLOSE_ROUND = ")" + chr(ord(")") + 0xFEE0)
_ASIDE_OPEN = 2  # a bracket's time stands this near its opening bracket (a space or a word's first mark between)


def _bracket_close(text: str, t: Time) -> int | None:
    """Where the round brackets close that a time opens, the brackets holding a figure of their own after it
    (增长5.2%（上年为3.1%）, 参保率95.6%（2024年为95.2%）): the bracket's figure is of that time, the figures after
    the brackets are not (…；基金总支出91.36亿元 stays in the year the text speaks of). None where the time opens no
    such brackets (参保人数（2025年末）: a label's own time, no figure inside, dates what follows)."""
    lead = text[max(0, t.start - _ASIDE_OPEN):t.start]
    at = max(lead.rfind(ch) for ch in _OPEN_ROUND)
    if at < 0 or lead[at + 1:].strip():
        return None
    close = min((i for i in (text.find(ch, t.end) for ch in _CLOSE_ROUND) if i >= 0), default=-1)
    if close < 0 or any(text.find(ch, t.end, close) >= 0 for ch in _OPEN_ROUND):
        return None
    return close if any(ch.isdigit() for ch in text[t.end:close]) else None


def entry_label_time(text: str, t: Time, start: int) -> bool:
    """Is `t` the time in the label of a number box's entry set figure first (4.3%9月份城镇调查失业率, 862万人次7月份接待
    游客: the figure opens the sentence and no mark stands in it but the number's own)? That time dates the entry's
    figure, which a time before it never does there, and no other entry of the box (the box's title dates those)."""
    return not t.base and t.start > start and not text[:start].strip() and \
        not any(is_mark(ch) for ch in text if ch not in ".%")


def is_mark(ch: str) -> bool:
    """A punctuation mark (， 。 ： …): what ends a clause or opens one."""
    return unicodedata.category(ch).startswith("P")


def _right_after(text: str, found: list[Time], at: int) -> Time | None:
    """The whole year or years (no part) written right before `at`, at most two letters between (2025—2026学年秋季学期,
    2023-2024年供暖季, 去年供暖季): a season or term written so is of those years, no time of its own."""
    return next((u for u in found if u.y1 is not None and not u.part and 0 <= at - u.end <= 2
                 and (u.end == at or text[u.end:at].isalpha())), None)


def _framing(text: str, end: int) -> bool:
    """Does a time ending at `end` stand alone in its clause, its tail (年底) at most after it, then a mark (到2026年底，):
    the frame of the clauses it opens, not the deadline inside a clause of its own goal (到2030年实现…)?"""
    tail = text[end:end + 4]
    return any(is_mark(ch) for ch in tail[:3]) and all(ch.isalpha() for ch in tail[:next(
        (i for i, ch in enumerate(tail) if is_mark(ch)), 0)])


def _closing(ch: str) -> bool:
    """A closing quote or bracket (” 」 ）), skipped between a plan's name and 末."""
    return unicodedata.category(ch) in ("Pf", "Pe")
