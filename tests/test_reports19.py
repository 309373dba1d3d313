"""What the blind set data/gold/reports19 found: money-heavy government texts of 2025-2026 (a county's budget execution
and draft budget report, a city's audit work report, a city people's congress inspection of the employment promotion
law, a health commission's answer to a CPPCC proposal): the carry-over from the year before (上年结转资金) is a fund
of the year reported and dates none of the figures after it; a class of graduates (2025届) is its year; 到位 in
整改到位资金 ends no from–to pair; funds 争取 over the recent years (近年来，我委争取…) were secured, not sought.
Sentences invented, in the style of such texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_carry_over_fund_dates_nothing_after_it(extractor: Extractor) -> None:
    """一、2025年预算执行情况 in a budget report of January 2026: 上年结转资金 is income of 2025 counted from the year
    before; neither it nor the spending in the next sentence is of 2024. A year's carry-over written with its year
    (2024年结余资金) names the fund too."""
    text = ("一、2025年预算执行情况\n\n全县一般公共预算收入18.6亿元，增长2.9%。加上上级补助收入25.4亿元、上年结转资金"
            "3.1亿元，收入总计47.1亿元。一般公共预算支出44.8亿元，增长1.6%；教育支出8.7亿元，增长3.3%。")
    got = _got(_run(extractor, text, "2026-01-08", source="某县财政局"), "role", "period")
    for quote in ("18.6亿元", "3.1亿元", "47.1亿元", "44.8亿元", "8.7亿元"):
        assert (quote, "level", "2025") in got
    assert ("1.6%", "change", "2025") in got


def test_a_class_of_graduates_is_its_year(extractor: Extractor) -> None:
    """2024年发放创业担保贷款… then 2025届高校毕业生离校未就业人员1200人: the graduates of 2025, not the year before
    carried on; the share helped into work is theirs too."""
    text = ("2024年全市发放创业担保贷款2.8亿元，扶持创业1650人。2025届高校毕业生离校未就业人员1200人，已帮扶就业"
            "1105人，帮扶就业率92.1%。")
    got = _got(_run(extractor, text, "2025-10-20", source="某市人大常委会"), "period")
    assert ("2.8亿元", "2024") in got and ("1650人", "2024") in got
    assert ("1200人", "2025") in got and ("1105人", "2025") in got and ("92.1%", "2025") in got


def test_funds_put_in_place_over_a_span_take_the_span(extractor: Extractor) -> None:
    """2024年7月至2025年6月，…推动整改到位资金2.6亿元: 到 of 到位 is no to word of a pair; the sum is over the span as
    the figures before it are. A real from–to pair still takes its ends."""
    text = ("2024年7月至2025年6月，全市审计机关查出主要问题金额9.6亿元，促进增收节支0.8亿元，推动整改到位资金2.6亿元，"
            "移送问题线索11件。")
    got = _got(_run(extractor, text, "2025-08-20", source="某市审计局"), "period")
    for quote in ("9.6亿元", "0.8亿元", "2.6亿元", "11件"):
        assert (quote, "2024-2025") in got
    got = _got(_run(extractor, "2020-2025年，全市医疗卫生机构床位由3100张增加到4300张。", "2026-01-10"), "period")
    assert ("3100张", "2020") in got and ("4300张", "2025") in got


def test_funds_secured_over_recent_years_are_results(extractor: Extractor) -> None:
    """近年来，我委争取中央和省级资金1.9亿元，…新增床位600张: the short clause before the cue's own says the money came
    in; 争取 with no such word before it (下一步，争取…) still plans."""
    text = ("近年来，我委争取中央和省级资金1.9亿元，实施县人民医院门诊综合楼项目，新增床位600张。"
            "下一步，我委将争取上级资金5000万元以上，新增床位200张。")
    got = _got(_run(extractor, text, "2025-07-10", source="某县卫生健康委员会"), "role")
    assert ("1.9亿元", "level") in got and ("600张", "level") in got
    assert ("5000万元以上", "target") in got and ("200张", "target") in got
