"""What the blind set data/gold/bulletins14 found: four periodic data releases (常熟市统计局's 前三季度 经济运行, 蒙自市
人社局's 二季度 新闻发布会, 高邮市医保局's 1-11月 基金运行, 福安市卫健局's 前三季度 医疗服务 with a table of quarters as
columns). Every figure and every period's year was right blind; what the exact periods showed: a table of quarters or
months side by side gave each cell the caption's year alone, 截至一季度末 gave the whole quarter for a stock at its end,
and 年度 of 完成年度目标任务 made the figures after it the whole year's. Sentences invented, in the style of such
releases."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_table_of_quarters_gives_each_column_its_own_quarter(extractor: Extractor) -> None:
    """指标 | 一季度 | 二季度 | 三季度 | 前三季度: each column is of its own part of the caption's year; a table of months
    likewise (1月 2月 3月 1-3月). A single span column (1-9月) stays of the time the text gives."""
    text = ("表2 2025年前三季度全县医院服务量\n指标 | 一季度 | 二季度 | 三季度 | 前三季度\n"
            "门急诊人次（万人次） | 36.2 | 38.5 | 40.1 | 114.8\n")
    got = _got(_run(extractor, text, "2025-10-20", source="某县卫生健康局"), "value", "period")
    assert got == [("36.2", 362000, "2025Q1"), ("38.5", 385000, "2025Q2"), ("40.1", 401000, "2025Q3"),
                   ("114.8", 1148000, "2025Q1-Q3")]
    text = "表1 2026年一季度住院服务\n指标 1月 2月 3月 1-3月\n出院人数（人） 3120 2864 3356 9340\n"
    got = _got(_run(extractor, text, "2026-04-15", source="某县卫生健康局"), "period")
    assert got == [("3120", "2026-01"), ("2864", "2026-02"), ("3356", "2026-03"), ("9340", "2026M01-M03")]


def test_the_end_of_a_quarter_is_its_last_month(extractor: Extractor) -> None:
    """截至一季度末，…参保人数 is a stock at the end of March (GUIDE: 截至3月底 → the month); 比一季度末 stays a
    comparison's base. In a release of February, 三季度末 is last year's September, never a date ahead."""
    text = "截至一季度末，全县失业保险参保人数为2.46万人。截至6月末，全县失业保险参保2.53万人，比一季度末增加700人。"
    got = _got(_run(extractor, text, "2025-07-16", source="某县人力资源和社会保障局"), "period")
    assert got == [("2.46万人", "2025-03"), ("2.53万人", "2025-06"), ("700人", "2025-06")]
    text = "截至三季度末，全县工伤保险参保人数为3.18万人。"
    got = _got(_run(extractor, text, "2026-02-10", source="某县人力资源和社会保障局"), "period")
    assert got == [("3.18万人", "2025-09")]


def test_the_year_of_a_goal_leaves_the_months_to_the_figures_after_it(extractor: Extractor) -> None:
    """1-9月，…完成年度目标任务4800人的91.2%，…: 年度 names the goal's year (4800人), not the time of the share done
    nor of the figures after it, which stay of the months. Without a span before it, a January review's 年度 still
    closes the year just over."""
    text = "1-9月，全县城镇新增就业4378人，完成年度目标任务4800人的91.2%，同比增加156人；失业人员再就业812人。"
    got = _got(_run(extractor, text, "2025-10-16", source="某县人力资源和社会保障局"), "role", "period")
    assert got == [("4378人", "level", "2025M01-M09"), ("4800人", "target", "2025"),
                   ("91.2%", "level", "2025M01-M09"), ("156人", "change", "2025M01-M09"),
                   ("812人", "level", "2025M01-M09")]
    text = "上半年，全县城镇新增就业2650人，完成年度目标任务的55.2%。"
    got = _got(_run(extractor, text, "2025-07-16", source="某县人力资源和社会保障局"), "period")
    assert got == [("2650人", "2025H1"), ("55.2%", "2025H1")]
    text = "记者1月9日从县人社局获悉，全县城镇新增就业5120人，完成年度目标任务的106.7%。"
    got = _got(_run(extractor, text, "2026-01-10", source="某县融媒体中心"), "period")
    assert got == [("5120人", "2025"), ("106.7%", "2025")]
