"""What the blind set data/gold/bulletins3 found: statistical bulletins of a prefecture and a county-level
city, 卫健 bulletins of a county and a prefecture, 人社 bulletins of a province and a county, a city's
data release for 1—9月 with its table, a city's 教育 bulletin; two with page damage (numbers cut at line
ends, a table whose columns lost their gaps). Most misses were that table: cells set apart by bars, a
title run into its head, blank cells (—), cells glued to their labels or to each other by a sign.
Sentences invented, in the style of such texts; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_data_release_table_set_out_with_bars_and_blank_cells(extractor: Extractor) -> None:
    """某市2025年1—6月主要经济指标 | 指标 | 单位 | 1—6月 | 同比增长%: the title ran into the head (no 表
    number), the bars made no gaps, and a row whose level is blank (— under 1—6月, its % the growth's
    own unit) held one number for two columns: no row of the table gave a figure."""
    page = ("2025年上半年某市经济运行情况\n上半年，全市地区生产总值612.5亿元，同比增长5.4%。\n\n"
            "某市2025年1—6月主要经济指标\n指标 | 单位 | 1—6月 | 同比增长%\n"
            "地区生产总值 | 亿元 | 612.5 | 5.4\n规模以上工业增加值 | % | — | 7.9\n"
            "固定资产投资 | % | — | -3.1\n一般公共预算收入 | 亿元 | 48.6 | 2.2\n")
    figs = _run(extractor, page, "2025-07-22")
    M = "2025M01-M06"  # the months the column heads
    assert quoted(figs, "value", "measure", "role", "period") == [
        ("612.5亿元", 61250000000, "元", "level", "2025H1"), ("5.4%", 5.4, "%", "change", "2025H1"),
        ("612.5", 61250000000, "元", "level", M), ("5.4", 5.4, "%", "change", M),
        ("7.9", 7.9, "%", "change", M), ("-3.1", -3.1, "%", "change", M),
        ("48.6", 4860000000, "元", "level", M), ("2.2", 2.2, "%", "change", M)]


def test_rows_whose_columns_lost_their_gaps(extractor: Extractor) -> None:
    """税收收入亿元52.3-0.8 | 农村居民人均可支配收入元15620 3.9: the unit cell glued to its label and the
    level to the unit, a growth's sign run into the level; the sign row broke the rows the layout keeps
    apart, and the whole-number row after it was joined to the next line as one number (156203.9)."""
    page = ("表1 主要指标\n指标名称 单位 1—9月 同比增长%\n社会消费品零售总额亿元402.7 4.8\n"
            "税收收入亿元52.3-0.8\n农村居民人均可支配收入元15620 3.9\n")
    figs = _run(extractor, page, "2025-10-21")
    assert quoted(figs, "value", "measure", "role") == [
        ("402.7", 40270000000, "元", "level"), ("4.8", 4.8, "%", "change"),
        ("52.3", 5230000000, "元", "level"), ("-0.8", -0.8, "%", "change"),
        ("15620", 15620, "元", "level"), ("3.9", 3.9, "%", "change")]


def test_a_county_bulletin_summed_by_its_prefecture_bureau(extractor: Extractor) -> None:
    """经金华市统计局统一核算，全年全市地区生产总值…: the bureau that sums a county-level city's accounts
    named the prefecture, and the city's figures (全市) were put there."""
    page = ("义乌市2024年国民经济和社会发展统计公报\n义乌市统计局\n\n一、综合\n"
            "经金华市统计局统一核算，全年全市实现地区生产总值2286.2亿元，比上年增长6.3%。")
    figs = _run(extractor, page, "2025-03-20")
    assert quoted(figs, "place", "period") == [("2286.2亿元", "义乌市", "2024"), ("6.3%", "义乌市", "2024")]


def test_health_and_labour_bulletin_words(extractor: Extractor) -> None:
    """日均担负住院2.1床日 is a doctor's workload (read 2.1 床, beds); 目标人群覆盖率 is a coverage, no
    goal; 全年争取上级资金 in a year's bulletin is money the year brought in; 公益性岗位补贴 is money for
    employment."""
    figs = _run(extractor, "医院医师日均担负诊疗6.9人次，日均担负住院2.1床日。", "2025-05-10")
    assert quoted(figs, "measure") == [("6.9人次", "人次"), ("2.1床日", "床日")]
    assert "beds" not in figs[1]["metric"]
    figs = _run(extractor, "全年开展免费孕前优生健康检查2.3万人，目标人群覆盖率为97.4%。", "2025-05-10")
    assert quoted(figs, "role") == [("2.3万人", "level"), ("97.4%", "level")]
    figs = _run(extractor, "全年争取上级项目资金2.15亿元，完成重点项目投资3.4亿元。", "2025-05-10")
    assert quoted(figs, "role") == [("2.15亿元", "level"), ("3.4亿元", "level")]
    figs = _run(extractor, "全年开发公益性岗位860个，发放岗位补贴1260万元。", "2025-04-10")
    assert [f["topic"] for f in figs] == ["jobs", "jobs"]
