"""Tables written in words (task tables299): reports281's 营山县 report set its goals beside what was done with a column
of words and a rank after it (指标 | 年度目标 | 完成值 | 完成情况 | 全市排名, 增长6%左右 | 318.6 | 完成 | 第4位), and its
武进区 plan a year's results beside the next year's goals and a column of remarks (指标 | 2026年完成 | 2027年预期目标 |
备注, 增长5.9% | 增长5.5%左右 | 预期性; a goal written as words alone, 完成省市下达任务): both tables ran into one paragraph,
their cells read as a sentence's (the results as the next year's goals). A cell is read by its own words and marks (a
growth word before it a change, its column's year its time; a goal column's cells targets); a cell of words alone, a
column of words (完成情况) and a column of remarks (备注) give no figure. Tables invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _cells(extractor: Extractor, text: str) -> list[tuple]:
    figs = _run(extractor, text, "2027-01-15", source="某县人民政府")
    return _got(figs, "value", "measure", "qualifier", "role", "period")


_RANKED = ("表1　2026年主要指标完成情况\n\n指标 | 年度目标 | 完成值 | 完成情况 | 全县排名\n"
           "社会消费品零售总额（亿元） | 增长7%左右 | 86.2 | 基本完成 | 第3位\n"
           "规模以上工业增加值增速（%） | 9以上 | 9.6 | 超额完成 | 第1位\n"
           "城乡居民人均可支配收入增速（%） | 7 | 6.4 | 未完成 | 第5位\n")


def test_a_column_of_words_before_a_rank(extractor: Extractor) -> None:
    """基本完成 under 完成情况, then 第3位 under 全县排名: neither gives a figure, the cells before them read under the
    columns before them: a goal's own growth word and mark (增长7%左右) a target in percent whatever the row's unit, a
    row of a growth (…增速（%）) its goal a target and its result a change, bare numbers (7, 6.4) as much as not."""
    assert _cells(extractor, _RANKED) == [
        ("7%左右", 7.0, "%", "approx", "target", "2026"), ("86.2", 8620000000.0, "元", "exact", "level", "2026"),
        ("9以上", 9.0, "%", "lower_bound", "target", "2026"), ("9.6", 9.6, "%", "exact", "change", "2026"),
        ("7", 7.0, "%", "exact", "target", "2026"), ("6.4", 6.4, "%", "exact", "change", "2026")]


def test_a_head_over_two_lines_over_a_column_of_words(extractor: Extractor) -> None:
    """The same kind of table, its head's words over two lines (年度 / 目标, 完成 / 情况): a row of bare numbers before
    its word (6 4.2 未完成) reads as the row with its goal's own words does."""
    text = ("表2　2026年主要指标完成情况\n\n指标 | 年度 | 完成值 | 完成\n     | 目标 |        | 情况\n"
            "地区生产总值（亿元） | 增长6%左右 | 286.4 | 完成\n固定资产投资增速（%） | 6 | 4.2 | 未完成\n")
    assert _cells(extractor, text) == [
        ("6%左右", 6.0, "%", "approx", "target", "2026"), ("286.4", 28640000000.0, "元", "exact", "level", "2026"),
        ("6", 6.0, "%", "exact", "target", "2026"), ("4.2", 4.2, "%", "exact", "change", "2026")]


_NOTED = ("表2　2027年主要预期目标\n\n指标 | 2026年完成 | 2027年预期目标 | 备注\n"
          "社会消费品零售总额 | 增长6.8% | 增长6.5%左右 | 预期性\n"
          "一般公共预算收入 | 42.6亿元 | 增长4% | 预期性\n"
          "城镇新增就业 | 8600人 | 8000人以上 | 约束性\n"
          "单位地区生产总值能耗下降 | 2.8% | 完成上级下达目标 | 约束性\n")
_NOTED_WANT = [("6.8%", 6.8, "%", "exact", "change", "2026"), ("6.5%左右", 6.5, "%", "approx", "target", "2027"),
               ("42.6亿元", 4260000000.0, "元", "exact", "level", "2026"), ("4%", 4.0, "%", "exact", "target", "2027"),
               ("8600人", 8600.0, "人", "exact", "level", "2026"),
               ("8000人以上", 8000.0, "人", "lower_bound", "target", "2027"),
               ("2.8%", 2.8, "%", "exact", "change", "2026")]


def test_a_year_done_beside_next_years_goals_and_remarks(extractor: Extractor) -> None:
    """增长6.8% under 2026年完成: a change of 2026 (its growth word), not a goal of the year the caption names; each cell
    under 2027年预期目标 a target of 2027, a cell with its own unit beside one with its own growth word (42.6亿元 |
    增长4%); a fall's row (…能耗下降) its result a change; 完成上级下达目标, words alone, and the remarks (预期性) no
    figure."""
    assert _cells(extractor, _NOTED) == _NOTED_WANT


def test_a_remark_holding_a_number_gives_no_figure(extractor: Extractor) -> None:
    """A remark that holds a number (含一次性收入1.2亿元) gives no figure, the cells before it and the rows after it read
    as they would under a remark of words."""
    text = _NOTED.replace("42.6亿元 | 增长4% | 预期性", "42.6亿元 | 增长4% | 含一次性收入1.2亿元")
    assert _cells(extractor, text) == _NOTED_WANT
