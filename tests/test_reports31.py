"""What the blind set data/gold/reports31 found: four reports of kinds the sets hold (a 地级市 政府工作报告 with its
“十四五” review, a 县 卫生健康局 总结, a 市 人社局 就业 report, a 县 预算执行 report): the closed accounts' item 安排预算稳定
调节基金 was taken for a budget plan (预算 a target cue), losing its year; and a ratio to the year before the span
(是2020年的2.1倍) under 五年来 in its own sentence took the span, not its end. Sentences invented, in the style of such
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
    span is the figure as it stands at its end. A total set against the plan before (是“十三五”时期的2.6倍) keeps the
    span."""
    text = "五年来，全县外贸进出口总额年均增长6.1%，是2020年的1.3倍。"
    got = _got(_run(extractor, text, "2026-01-15"), "period")
    assert [g for g in got if g[0] != "五年"] == [("6.1%", "2021-2025"), ("1.3倍", "2025")]
    text = "“十四五”期间，全县累计投入养老服务资金2.3亿元，是“十三五”时期的2.6倍。"
    got = _got(_run(extractor, text, "2026-01-15"), "period")
    assert got == [("2.3亿元", "2021-2025"), ("2.6倍", "2021-2025")]

