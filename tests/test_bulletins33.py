"""What the blind set data/gold/bulletins33 found (three 2025 bulletins of our own, typeset as PDF and read back by
readers no set used: scripts/gold_bulletins33.py). Texts invented, in the shape those readers give such bulletins."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

# a 医保 fund bulletin whose rates carry the year before's in brackets, two in one sentence, then a year-end level
_FUND = """某某市2025年医疗保障基金运行情况公报

全年全市基本医疗保险基金总收入41.26亿元，增长4.8%（上年为2.7%）；基金总支出38.52亿元，增长6.1%（上年为5.3%）；当期结存2.74亿元，年末累计结存56.18亿元。
职工基本医疗保险参保人数32.46万人，参保率为96.2%（2024年为95.8%）。
"""


def test_a_rate_of_the_year_before_in_brackets_dates_itself_only(extractor: Extractor) -> None:
    """增长4.8%（上年为2.7%）: the bracket's rate is the same change a year earlier (2024, a change: it restates the one
    before it); the figures after the brackets stay in the year the bulletin speaks of, and a second 上年 names that
    same year before, not the year before the first one's."""
    figs = _run(extractor, _FUND, "2026-05-20")
    assert _got(figs, "role", "period") == [
        ("41.26亿元", "level", "2025"), ("4.8%", "change", "2025"), ("2.7%", "change", "2024"),
        ("38.52亿元", "level", "2025"), ("6.1%", "change", "2025"), ("5.3%", "change", "2024"),
        ("2.74亿元", "level", "2025"), ("56.18亿元", "level", "2025"),
        ("32.46万人", "level", "2025"), ("96.2%", "level", "2025"), ("95.8%", "level", "2024")]


def test_a_year_in_brackets_with_no_figure_of_its_own_still_dates_what_follows(extractor: Extractor) -> None:
    """参保人数（2024年末）: a label's own time in brackets, no figure inside them, dates the figure after it; and a
    bracket after a level (参保率为96.2%（上年为95.8%）) restates a level, a level still."""
    figs = _run(extractor, "某某县医疗保障局通报\n\n全县职工医保参保人数（2024年末）12.36万人。", "2026-03-10")
    assert _got(figs, "period") == [("12.36万人", "2024")]


# pdftotext's word boxes rejoined a line at a time: an education bulletin's table of schools, its columns named with 数
# and their units on the line under the head, cut by a page (its number, then the rows go on with no head again)
_SCHOOLS = """某某市2025年教育事业发展统计公报

表1 2025年各级各类学校基本情况
学校类别 学校数 在校生数 专任教师数
（所） （人） （人）
幼儿园 412 68240 4826
其中：小学 186 124618 8142
— 1 —
普通高中 24 36482 2916
特殊教育学校 3 642 118
注：在校生数含幼儿园在园幼儿。
"""


def test_a_school_table_whose_columns_are_named_with_shu_reads_over_the_page_break(extractor: Extractor) -> None:
    """学校数 在校生数 专任教师数 over （所） （人） （人）: each cell in its column's unit, in the caption's year, the rows
    after the page's number too (no head set again over them)."""
    figs = _run(extractor, _SCHOOLS, "2026-03-30")
    assert _got(figs, "measure", "period") == [
        ("412", "所", "2025"), ("68240", "人", "2025"), ("4826", "人", "2025"),
        ("186", "所", "2025"), ("124618", "人", "2025"), ("8142", "人", "2025"),
        ("24", "所", "2025"), ("36482", "人", "2025"), ("2916", "人", "2025"),
        ("3", "所", "2025"), ("642", "人", "2025"), ("118", "人", "2025")]


# pdfminer's boxes of a fund table (char_margin 2.0): the label column (head, labels), the next section's heading set
# beside the table, every value column's head a line, the unit note at the head's right end, then every column's
# numbers in one run, a blank line between the lines
_FUND_TABLE = """某某市2025年医疗保障基金运行情况公报

表1  2025年基本医疗保险基金收支情况

项目

基金收入

其中：职工医保

基金支出

其中：职工医保

三、待遇享受情况

2025年

2024年

增长（%）

单位：亿元

41.26

22.18

38.52

20.64

39.37

21.02

36.30

19.41

4.8

5.5

6.1

6.3

全年全市参保人员享受医保待遇612.48万人次。
"""

# … a table with a unit column: the unit column's head and cells between the heading and the value columns' heads
_VISITS_TABLE = """某某市2025年医疗保障基金运行情况公报

表2  2025年医保待遇享受情况

指标

享受待遇人次

住院

次均住院费用

四、基金监管

单位

万人次

万人次

元

2025年

比上年增长（%）

612.48

42.16

7826

6.2

3.4

-1.8
"""


def test_a_fund_table_printed_heads_first_then_one_run_of_columns_reads_a_row_a_line(extractor: Extractor) -> None:
    """Labels, a heading, every head, the unit note, then 3 columns × 4 rows in one run: each row's cells in their
    column's year and role, the amounts in 亿元; the heading goes after the rows, and the prose after the table stays
    in the caption's year (the heads' 2024年 dates no sentence)."""
    figs = _run(extractor, _FUND_TABLE, "2026-05-26")
    assert _got(figs, "value", "measure", "role", "period") == [
        ("41.26", 4126000000, "元", "level", "2025"), ("39.37", 3937000000, "元", "level", "2024"),
        ("4.8", 4.8, "%", "change", "2025"),
        ("22.18", 2218000000, "元", "level", "2025"), ("21.02", 2102000000, "元", "level", "2024"),
        ("5.5", 5.5, "%", "change", "2025"),
        ("38.52", 3852000000, "元", "level", "2025"), ("36.30", 3630000000, "元", "level", "2024"),
        ("6.1", 6.1, "%", "change", "2025"),
        ("20.64", 2064000000, "元", "level", "2025"), ("19.41", 1941000000, "元", "level", "2024"),
        ("6.3", 6.3, "%", "change", "2025"),
        ("612.48万人次", 6124800, "人次", "level", "2025")]


def test_a_table_with_a_unit_column_printed_heads_first_reads_each_row_in_its_unit(extractor: Extractor) -> None:
    """Labels, a heading, the unit column (单位 / 万人次 / 万人次 / 元), the value heads, then 2 columns × 3 rows in one
    run: each level in its row's unit, each growth a percent (a fall signed)."""
    figs = _run(extractor, _VISITS_TABLE, "2026-05-26")
    assert _got(figs, "value", "measure", "role", "period") == [
        ("612.48", 6124800, "人次", "level", "2025"), ("6.2", 6.2, "%", "change", "2025"),
        ("42.16", 421600, "人次", "level", "2025"), ("3.4", 3.4, "%", "change", "2025"),
        ("7826", 7826, "元", "level", "2025"), ("-1.8", -1.8, "%", "change", "2025")]


# pdfplumber's layout text of a landscape page: two columns of prose and, at the right, a 主要指标 sidebar set at its own
# leading (its rows alone on their lines or beside the columns' lines; its head over two lines, 比上年 / 增长%)
_SIDEBAR = "\n".join([
    "某某县2025年国民经济和社会发展统计公报",
    "",
    "       一、综合                                三、人民生活                                主要指标",
    "         初步核算，全年全县实现地区生产总值                   全年全体居民人均可支配收入28416",
    "                                                                                 指标           单位   绝对数   比上年",
    "       312.46亿元，比上年增长5.9%。其中，              元，比上年增长6.1%。其中，农村居民                                           增长%",  # noqa: E501
    "       第一产业增加值52.18亿元，增长3.4%；              人均可支配收入19862元，增长7.0%。",
    "                                                                                 地区生产总值       亿元    312.46 5.9",
    "       第二产业增加值118.64亿元，增长6.8%。             四、金融                                  第一产业增加值      亿元    52.18  3.4",  # noqa: E501
    "       二、财政                                  年末金融机构各项存款余额426.18亿",
    "                                                                                 一般公共预算收入     亿元    16.42  4.2",  # noqa: E501
    "         全年一般公共预算收入16.42亿元，比               元，比上年末增长7.6%。                         城镇居民人均可支配收入  元     36248  5.2",  # noqa: E501
    "       上年增长4.2%。一般公共预算支出72.36亿",
    "       元，增长2.8%。",
    "",
])


def test_a_sidebar_table_beside_two_columns_keeps_its_rows_whole_and_the_prose_apart(extractor: Extractor) -> None:
    """The sidebar's head read over its two lines marks the columns from its start on as one table: each of its rows,
    three cells alone on a line as many as the text columns, stays one row (not a cell to each text column, which
    would set 亿元 into the prose: 118.64亿元亿元, 地区生产总值 between 203.16亿 and 元), and reads in its unit; the prose
    reads whole."""
    figs = _run(extractor, _SIDEBAR, "2026-04-10")
    assert _got(figs, "value", "role") == [
        ("312.46亿元", 31246000000, "level"), ("5.9%", 5.9, "change"), ("52.18亿元", 5218000000, "level"),
        ("3.4%", 3.4, "change"), ("118.64亿元", 11864000000, "level"), ("6.8%", 6.8, "change"),
        ("16.42亿元", 1642000000, "level"), ("4.2%", 4.2, "change"), ("72.36亿元", 7236000000, "level"),
        ("2.8%", 2.8, "change"), ("28416元", 28416, "level"), ("6.1%", 6.1, "change"), ("19862元", 19862, "level"),
        ("7.0%", 7.0, "change"), ("426.18亿元", 42618000000, "level"), ("7.6%", 7.6, "change"),
        ("312.46", 31246000000, "level"), ("5.9", 5.9, "change"), ("52.18", 5218000000, "level"),
        ("3.4", 3.4, "change"), ("16.42", 1642000000, "level"), ("4.2", 4.2, "change"),
        ("36248", 36248, "level"), ("5.2", 5.2, "change")]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_bulletins33_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins33 (宣汉县's 统计公报 on a landscape page, two columns beside a 主要指标 sidebar, read back by
    pdfplumber's layout text with x_tolerance 1.5; 襄阳市's 教育 公报 whose 学校 table runs on over a page break with no
    head, by pdftotext -bbox words; 株洲市's 医保基金运行 公报 with 上年为 rates in brackets, by pdfminer with char_margin
    2 and word_margin 0.2). Blind, main scored recall 0.6304, precision 0.9932, role 0.9448, period 0.7586 (qualifier
    and place 1.0): the sidebar cut into a column each of labels, units and numbers (21 cells), the 学校 table whose
    head wrote 专任教师数 (36), both 医保 tables printed heads first then one run of numbers (28), every 上年 in brackets
    taking the rest of the text a year further back, and each bracket's rate read a level. After: every score 1.0.
    Floors, not the exact scores."""
    s = scored("bulletins33")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
