"""What the probe periodprobe122 found: a budget report of January 2026 whose first section reviews the year before
(一、上年预算执行情况, or 一、2025年预算执行情况) and whose second names its own year with 本年 (二、本年预算草案) read every
本年 under that second heading as 2025, the last year the text had named; 本年 there stands against the year just
reviewed and is the budget year, the document's. A headline naming only a past year (某局2025年工作总结) keeps a
heading's 本年度 that year, and a disclosure report's 本年 with no earlier year named stays the year just over.
Texts invented, in the style of counties' budget reports and departments' year-end notes."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_this_year_heading_after_a_section_of_last_year_is_the_documents_year(extractor: Extractor) -> None:
    """二、本年预算草案 after 一、2025年预算执行情况 (or 一、上年预算执行情况) in January 2026: 本年…预计9.1亿元 is 2026, the
    review's 8.6亿元 stays 2025."""
    for review, sentence in (("一、2025年预算执行情况", "全县一般公共预算收入完成8.6亿元。"),
                             ("一、上年预算执行情况", "上年全县一般公共预算收入完成8.6亿元。")):
        text = (f"某县2026年预算报告\n{review}\n{sentence}\n二、本年预算草案\n"
                "本年一般公共预算收入预计9.1亿元，增长5.8%。本年预算安排教育支出3.2亿元。\n")
        got = _got(_run(extractor, text, "2026-01-15", source="某县财政局"), "period")
        assert got == [("8.6亿元", "2025"), ("9.1亿元", "2026"), ("5.8%", "2026"), ("3.2亿元", "2026")]


def test_this_year_heading_under_a_headline_of_a_past_year_stays_that_year(extractor: Extractor) -> None:
    """二、本年度工作亮点 under 某局2025年工作总结 in January 2026: 本年度…8600人次 is 2025, the year reviewed; a disclosure
    report's 本年 with no year named before it is the year just over, heading or not."""
    text = ("某局2025年工作总结\n一、2025年工作开展情况\n全年新增城镇就业1.2万人。\n二、本年度工作亮点\n"
            "本年度全县完成职业技能培训8600人次。\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某县人力资源和社会保障局"), "period")
    assert got == [("1.2万人", "2025"), ("8600人次", "2025")]
    text = ("某县政府信息公开工作年度报告\n一、总体情况\n本年共收到政府信息公开申请126件。\n二、本年度主动公开情况\n"
            "本年主动公开文件380件。\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某县人民政府"), "period")
    assert got == [("126件", "2025"), ("380件", "2025")]
