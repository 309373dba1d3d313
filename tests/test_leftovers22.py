"""Leftovers of reports22, damaged12 and damaged13: money 争取 in a year already past (a budget report's 2025年争取新增
政府债券资金… in 2026, a bureau's 2025年工作总结 published in January 2026) read as goals, and a line cut inside 百分之
(…收入的百分 | 之六十八点五) whose short first half was taken for another column's line. Sentences invented, in the
style of county budget reports and bureau summaries."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_money_sought_in_a_year_past_was_obtained(extractor: Extractor) -> None:
    """2025年争取…资金 in a report of 2026: in a year already past 争取 says what came in, a level (and the parts and
    projects after it in its sentence); 2026年争取… and 今年争取… in the same report stay goals."""
    text = ("某县2025年预算执行情况的报告\n（三）政府债务2025年争取新增政府债券资金12.4亿元，其中专项债券9.8亿元、"
            "一般债券2.6亿元，支持项目31个。")
    got = _got(_run(extractor, text, "2026-01-20", source="某县财政局"), "role")
    assert got == [("12.4亿元", "level"), ("9.8亿元", "level"), ("2.6亿元", "level"), ("31个", "level")]
    text = "某县财政工作情况\n2026年争取新增政府债券资金13亿元。今年争取上级转移支付资金5.2亿元。"
    got = _got(_run(extractor, text, "2026-01-20", source="某县财政局"), "role")
    assert got == [("13亿元", "target"), ("5.2亿元", "target")]


def test_money_sought_under_the_review_of_a_past_year_was_obtained(extractor: Extractor) -> None:
    """Under a headline naming the summary of a year before the document's (某局2025年工作总结, even glued to the
    first sentence), 争取…资金 says what was obtained; under the summary of the document's own year, or a headline
    naming the next year's plan as well, it stays a goal."""
    text = "某市交通运输局2025年工作总结\n全市完成交通投资42.6亿元，争取中央和省级补助资金8.15亿元。"
    got = _got(_run(extractor, text, "2026-01-15", source="某市交通运输局"), "role")
    assert got == [("42.6亿元", "level"), ("8.15亿元", "level")]
    text = "某市交通运输局2025年工作总结2025年，全市完成交通投资42.6亿元，争取中央和省级补助资金8.15亿元。"
    got = _got(_run(extractor, text, "2026-01-15", source="某市交通运输局"), "role")
    assert got == [("42.6亿元", "level"), ("8.15亿元", "level")]
    text = "某市交通运输局2026年工作总结\n全市完成交通投资42.6亿元，争取中央和省级补助资金8.15亿元。"
    got = _got(_run(extractor, text, "2026-01-15", source="某市交通运输局"), "role")
    assert got == [("42.6亿元", "level"), ("8.15亿元", "target")]


def test_a_line_cut_inside_a_share_word_goes_on(extractor: Extractor) -> None:
    """…占一般公 | 共预算收入的千分 | 之三十五点二。: a short line ending on 千分 (百分, 万分) under a line that breaks off
    mid-sentence is the paragraph's own line that the number goes on from, not another item's headline set in."""
    text = ("某县前三季度财政收入平稳增长\n本报讯（记者 张华）10月20日，记者从某县财\n"
            "政局获悉，今年前三季度，全县完成一般公共预算收入7.42\n亿元，同比增长4.6%，其中非税收入2.61亿元，占一般公\n"
            "共预算收入的百分\n之三十五点二。全县政府性基金预算收入完成1.86\n"
            "亿元，国有资本经营预算收入1520万元。一般公共预算支出完成28.3亿元，同比增长\n2.9%。\n")
    got = _got(_run(extractor, text, "2025-10-21", source="某某日报"), "value")
    assert ("百分之三十五点二", 35.2) in got
