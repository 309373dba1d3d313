"""What the blind set data/gold/reports14 found: excerpts of work reports of two provinces (安徽省 of 2025, 贵州省 of
2026), three prefecture cities (赣州市 of 2025; 厦门市, a sub-provincial city, and 常德市 of 2026) and a district that
quotes its city (武汉市江汉区 of 2025): the year before and its goals, a 十四五 review, 十五五 goals to 2030, 民生实事
and a section of next steps. Sentences invented, in the style of such texts; the figures worked out by hand from
GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_year_before_the_document_s_in_a_list_of_goals_is_the_past(extractor: Extractor) -> None:
    """主要预期目标是：…。2025年全市接待游客…、旅游总收入…，今年力争分别增长8%和10%: the sentence that opens on the
    year just over speaks of the past, as 去年 does, though the list of goals runs on past it; the clause that turns
    back to 今年 holds goals again, and so does the goals' next sentence."""
    page = ("厦门市人民政府工作报告\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；外贸进出口保持稳定"
            "增长。2025年全市接待游客1.16亿人次、旅游总收入1780亿元，今年力争分别增长8%和10%。城镇新增就业14万人以上。\n")
    assert quoted(_run(extractor, page, "2026-01-08"), "role", "period") == [
        ("5.5%左右", "target", "2026"), ("1.16亿人次", "level", "2025"), ("1780亿元", "level", "2025"),
        ("8%", "target", "2026"), ("10%", "target", "2026"), ("14万人以上", "target", "2026")]


def test_a_province_named_in_passing_ends_with_its_paragraph(extractor: Extractor) -> None:
    """过去一年，全市…。全省地区生产总值增长5.3%。/ 全年接待游客…: the province that closes a paragraph of the city's
    figures is of its own sentence; the next paragraph, which names no place, speaks of the city again. A paragraph
    that opens on the province (全省…。规上工业增加值增长…) keeps it for the sentences after."""
    page = ("常德市人民政府工作报告\n过去一年，全市地区生产总值增长5.6%；粮食总产量61.2亿斤。全省地区生产总值增长5.3%。\n"
            "全年接待游客5260万人次，实现旅游收入586亿元。\n")
    assert quoted(_run(extractor, page, "2026-01-12"), "place") == [
        ("5.6%", "常德市"), ("61.2亿斤", "常德市"), ("5.3%", "湖南省"), ("5260万人次", "常德市"), ("586亿元", "常德市")]
    page = ("常德市人民政府工作报告\n过去一年，全市地区生产总值增长5.6%。\n"
            "全省地区生产总值增长5.3%。规上工业增加值增长6.1%。\n全年社会消费品零售总额增长5.2%。\n")
    assert quoted(_run(extractor, page, "2026-01-12"), "place") == [
        ("5.6%", "常德市"), ("5.3%", "湖南省"), ("6.1%", "湖南省"), ("5.2%", "湖南省")]


def test_the_tasks_under_a_heading_of_next_steps_are_due_at_no_time(extractor: Extractor) -> None:
    """二、“十五五”目标和2026年工作安排 … 三、下一步重点工作 / 新引进重大产业项目150个…: the heading of next steps names
    no time, and its tasks name none: due whenever they are done, not in the year the section before planned for; a
    task that names its year (今年) keeps it."""
    page = ("常德市人民政府工作报告\n一、2025年工作回顾\n全市城镇新增就业5.62万人。\n二、2026年工作安排\n"
            "今年全市经济社会发展的主要预期目标是：城镇新增就业5.5万人以上。\n三、下一步重点工作\n"
            "新引进重大产业项目150个，新增养老床位800张；今年新建农村公路500公里。\n")
    assert quoted(_run(extractor, page, "2026-01-12"), "role", "period") == [
        ("5.62万人", "level", "2025"), ("5.5万人以上", "target", "2026"), ("150个", "target", None),
        ("800张", "target", None), ("500公里", "target", "2026")]
