"""What the blind set data/gold/reports31 found: four reports of kinds the sets hold (a 地级市 政府工作报告 with its
“十四五” review, a 县 卫生健康局 总结, a 市 人社局 就业 report, a 县 预算执行 report): the closed accounts' item 安排预算稳定
调节基金 was taken for a budget plan (预算 a target cue), losing its year; a ratio to the year before the span (是2020年的
2.1倍) under 五年来 in its own sentence took the span, not its end; and a from end under the span carried, after the
sentence before had written its pair from 2020, took the span's first year. Sentences invented, in the style of such
reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_budget_stabilisation_fund_of_closed_accounts_is_a_level(extractor: Extractor) -> None:
    """安排预算稳定调节基金0.8亿元 in the accounts of the year reviewed is an item of the sum, a level of that year; the
    预算 of the fund's name is no budget cue. Under a budget draft's heading the same item is planned."""
    text = ("一、2025年预算执行情况\n\n一般公共预算支出26.4亿元，加上上解上级支出0.6亿元、安排预算稳定调节基金0.8亿元，"
            "支出总计27.8亿元。\n")
    got = _got(_run(extractor, text, "2026-01-12"), "role", "period")
    assert ("0.8亿元", "level", "2025") in got and ("27.8亿元", "level", "2025") in got
    text = "二、2026年预算草案\n\n一般公共预算支出安排27亿元，安排预算稳定调节基金0.5亿元。\n"
    got = _got(_run(extractor, text, "2026-01-12"), "role", "period")
    assert got == [("27亿元", "target", "2026"), ("0.5亿元", "target", "2026")]


def test_a_ratio_to_the_year_before_a_span_in_its_sentence_is_of_its_end(extractor: Extractor) -> None:
    """五年来，…年均增长6.1%，是2020年的1.3倍: the yearly average keeps the span; the ratio to the year before the
    span is the figure as it stands at its end. A total over the span compared with no year keeps the span."""
    text = "五年来，全县外贸进出口总额年均增长6.1%，是2020年的1.3倍。"
    got = _got(_run(extractor, text, "2026-01-15"), "period")
    assert [g for g in got if g[0] != "五年"] == [("6.1%", "2021-2025"), ("1.3倍", "2025")]
    text = "五年来，全县累计新增城镇就业1.2万人，累计完成固定资产投资320亿元。"
    got = _got(_run(extractor, text, "2026-01-15"), "period")
    assert [g for g in got if g[0] != "五年"] == [("1.2万人", "2021-2025"), ("320亿元", "2021-2025")]


def test_a_from_end_after_a_pair_from_the_year_before_the_span_takes_that_year(extractor: Extractor) -> None:
    """五年来，…由2020年的186.2亿元增至251.6亿元。…由45.2万亩增至48.6万亩: the text has said the span's pairs run from
    2020, so the next pair's from end is of 2020 too, its to end of 2025. With no such pair before, the from end
    keeps the span's first year."""
    text = "五年来，全县地区生产总值由2020年的186.2亿元增至251.6亿元。全县森林面积由45.2万亩增至48.6万亩。"
    got = _got(_run(extractor, text, "2026-01-15"), "period")
    assert [g for g in got if g[0] != "五年"] == [
        ("186.2亿元", "2020"), ("251.6亿元", "2025"), ("45.2万亩", "2020"), ("48.6万亩", "2025")]
    text = "五年来，全县累计完成固定资产投资320亿元。全县森林面积由45.2万亩增至48.6万亩。"
    got = _got(_run(extractor, text, "2026-01-15"), "period")
    assert [g for g in got if g[0] != "五年"] == [("320亿元", "2021-2025"), ("45.2万亩", "2021"), ("48.6万亩", "2025")]
