"""Leftovers of earlier sets (leftovers31): a plan's table of indicators with a group column and a column of the
yearly growth over its span, a from–to pair under a plan's name, and a list of towns a line each under a caption with
no head. Texts invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_PLAN = """某县国民经济和社会发展第十五个五年规划纲要（摘要）

表2  某县“十五五”主要指标

类别 | 指标 | 2025年 | 2030年 | 年均增长 | 属性
经济发展 | 地区生产总值（亿元） | 236.4 | 330 | 7%左右 | 预期性
经济发展 | 一般公共预算收入（亿元） | 180 | 240 | 6 | 预期性
经济发展 | 进出口总额（亿元） | 50 | 52 | 9 | 预期性
经济发展 | 服务业增加值增速（%） | 5.2 | — | 6 | 预期性
民生福祉 | 城镇调查失业率（%） | — | 5.5以内 | — | 预期性
绿色生态 | 细颗粒物（PM2.5）年均浓度（微克/立方米） | 38 | 33 | — | 约束性
绿色生态 | 森林覆盖率（%） | 31.5 | 33 | — | 约束性
"""


def test_a_plans_table_with_a_group_column_and_a_yearly_growth_column_is_read(extractor: Extractor) -> None:
    """类别 before 指标 is a group column, its cell run into each row's label; 年均增长 after the years a rate over the
    plan's years after the first column's (2026-2030), a goal of the plan: read where its unit is sure (its own mark; a row
    that is a growth in percent; levels that grow by that rate a year, 180 to 240 in five years), and the rows after a
    blank cell (—), a bound (5.5以内) and a pollutant's name in a label (PM2.5, its unit six characters) go on."""
    got = _got(_run(extractor, _PLAN, "2026-02-20"), "value", "measure", "role", "period")
    assert ("236.4", 23640000000.0, "元", "level", "2025") in got
    assert ("330", 33000000000.0, "元", "target", "2030") in got
    assert ("7%左右", 7.0, "%", "target", "2026-2030") in got
    assert ("6", 6.0, "%", "target", "2026-2030") in got  # (180 to 240: 5.9% a year)
    assert ("5.2", 5.2, "%", "change", "2025") in got and sum(1 for g in got if g[0] == "6") == 2
    assert ("5.5以内", 5.5, "%", "target", "2030") in got
    assert ("38", 38.0, "微克/立方米", "level", "2025") in got and ("33", 33.0, "微克/立方米", "target", "2030") in got
    assert ("31.5", 31.5, "%", "level", "2025") in got


def test_a_bare_growth_cell_whose_levels_do_not_grow_by_it_is_left_unread(extractor: Extractor) -> None:
    """50 to 52 in five years is under 1% a year: the bare 9 under 年均增长 is no such rate (an amount in 亿元? a typo?),
    so it gives no figure, never 9 in the row's unit; the row's levels still read."""
    got = _got(_run(extractor, _PLAN, "2026-02-20"), "value", "measure")
    assert ("50", 5000000000.0, "元") in got and ("52", 5200000000.0, "元") in got
    assert not [g for g in got if g[0] == "9"]


def test_a_yearly_growth_column_with_its_percent_mark_reads_a_bare_cell(extractor: Extractor) -> None:
    """年均增长（%）: the head's mark makes a bare cell a percentage whatever the row's levels; a table of a plan over
    (2020年 2025年, read in 2026) holds results: its growth a change of 2021-2025."""
    text = ("表1 某市“十四五”规划主要指标完成情况\n\n指标 | 2020年 | 2025年 | 年均增长（%） | 属性\n"
            "粮食产量（万吨） | 62 | 64 | 3 | 约束性\n")
    got = _got(_run(extractor, text, "2026-03-10"), "value", "measure", "role", "period")
    assert ("3", 3.0, "%", "change", "2021-2025") in got
    assert ("62", 620000.0, "吨", "level", "2020") in got


def test_a_from_end_under_a_plans_name_is_of_the_year_before_the_plan(extractor: Extractor) -> None:
    """“十四五”时期，…由41.2%提高到47.5%: the from end is the level the plan set out from, at the end of 2020, the to end
    the plan's last year."""
    text = "“十四五”时期，全县经济稳步发展，常住人口城镇化率由41.2%提高到47.5%。"
    got = _got(_run(extractor, text, "2026-02-20"), "period")
    assert ("41.2%", "2020") in got and ("47.5%", "2025") in got


_TOWNS = """某县上半年新增就业1.2万人

本报讯 上半年，某县城镇新增就业1.2万人，同比增长3.1%。

【图表】某县上半年各乡镇新增就业情况（单位：人）
东关镇 2460
西河镇 2135
南山乡 1870
北坪街道 1562
数据来源：某县人社局
"""


def test_a_list_of_towns_a_line_each_under_a_caption_is_read(extractor: Extractor) -> None:
    """A caption naming places in plural (各乡镇) and ending in a unit note, then a town's name and one number a line,
    no head line: each number a level in the note's unit, of the caption's time; the list ends at a line of anything
    else."""
    got = _got(_run(extractor, _TOWNS, "2026-07-15"), "value", "measure", "role", "period")
    for quote, value in (("2460", 2460.0), ("2135", 2135.0), ("1870", 1870.0), ("1562", 1562.0)):
        assert (quote, value, "人", "level", "2026H1") in got


def test_a_list_under_a_caption_that_names_no_places_is_left_unread(extractor: Extractor) -> None:
    """The same lines under a caption that names no places in plural: whose figures are they? No figure."""
    got = _got(_run(extractor, _TOWNS.replace("各乡镇", ""), "2026-07-15"))
    assert not {q for q, in got} & {"2460", "2135", "1870", "1562"}


def test_a_yearly_average_due_at_a_plans_end_after_a_review_of_the_plan_before(extractor: Extractor) -> None:
    """到2030年…年均增长6%左右 in a plan of 2026, after a paragraph under “十四五”时期: the average is over the plan under
    way (2026-2030), the span the review carried ending elsewhere; the level due stays of 2030."""
    text = ("“十四五”时期，全县地区生产总值年均增长5.8%。\n\n"
            "到2030年，全县地区生产总值力争达到420亿元，年均增长6%左右。")
    got = _got(_run(extractor, text, "2026-02-20"), "period")
    assert ("6%左右", "2026-2030") in got and ("420亿元", "2030") in got


def test_a_sum_over_a_plans_years_in_brackets_takes_the_plans_years(extractor: Extractor) -> None:
    """[2.8] under 2025年 in a table of 2020年 2025年: a sum over the plan of five years ending in 2025 (2021-2025), the
    number alone quoted; under year columns a year apart ([2.8] under 2025年 beside 2024年) which years it sums is not
    told: no figure, and the rows after it still read."""
    text = ("表1 某县“十四五”就业主要指标\n\n序号 指标名称 2020年 2025年 指标属性\n"
            "1 城镇新增就业（万人） [2.6] [2.8] 预期性\n2 技能人才总量（万人） 1.1 1.6 预期性\n")
    got = _got(_run(extractor, text, "2026-03-10"), "value", "measure", "role", "period")
    assert ("2.8", 28000.0, "人", "level", "2021-2025") in got and ("2.6", 26000.0, "人", "level", "2016-2020") in got
    got = _got(_run(extractor, text.replace("2020年", "2024年"), "2026-03-10"), "value", "period")
    assert not [g for g in got if g[0] in ("2.6", "2.8")]
    assert ("1.6", 16000.0, "2025") in got
