"""What the blind set data/gold/reports22 found: four government reports as a plain PDF text extractor gives them
(泗县's 2026 work report, 宜春市卫健委's year's summary, 沈丘县人社局's 十四五 summary, 临朐县财政局's budget report), hard
lines of about thirty characters cutting numbers and words, page numbers and running heads between pages: a small table
of indicators flattened a cell a line (地区生产总值（亿元） | 386.5 | …) run together into one number and read as none;
a heading run into its sentence that broke off inside a number at a page's foot (…收入完成12. | -1- | head | 5亿元) ended
its paragraph, and the running head, the title without its 关于, was taken for text: 5亿元, a wrong value, and the head's
2026年 dating the sentences under it; 五年来 in a December summary dated 2020-2024. Sentences invented, in the style of
such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_WRAPPED = (
    "一、2025年工作回顾过去一年，全县农业生产保持稳定，粮\n"
    "食播种面积稳定在126万亩以上，生猪出栏86.4万头，增长3.\n"
    "2%；新建高标准农田8.6万亩，完成造林面积3.2万亩。\n"
)


def test_a_table_flattened_a_cell_a_line_gives_each_cell(extractor: Extractor) -> None:
    """A hard-wrapped report's small table, its label with the unit in brackets and the bare number on the line under:
    each number is its own cell, in its label's unit, and no two run together into one (86.43.2)."""
    text = ("某某县人民政府工作报告\n" + _WRAPPED + "2025年主要指标完成情况\n生猪出栏（万头）\n86.4\n造林面积（万亩）\n3.2\n"
            "二、2026年主要目标今年全县生猪出栏稳定在85万头以上，新增造林面积3万亩。\n")
    figs = _run(extractor, text, "2026-01-12", source="某某县人民政府")
    got = [(f["quote"], f["value"]) for f in figs]
    assert ("86.4", 864000) in got and ("3.2", 32000) in got
    assert all(v in (1260000, 864000, 3.2, 86000, 32000, 850000, 30000) for _, v in got), got


def test_a_column_head_over_bare_values_is_no_cell(extractor: Extractor) -> None:
    """同比增长（%） | 6.8 | 4.1: a bare number with another under it is a column's value under its head, not the cell
    of a label over it; the layout leaves it alone."""
    text = ("某某县人民政府工作报告\n" + _WRAPPED + "主要指标\n同比增长（%）\n6.8\n4.1\n")
    got = [f["quote"] for f in _run(extractor, text, "2026-01-12", source="某某县人民政府")]
    assert "6.8" not in got and "4.1" not in got


def test_a_number_cut_at_a_pages_foot_under_a_heading_is_whole(extractor: Extractor) -> None:
    """（二）…收入完成12. | -1- | the title without 关于 | 5亿元: the heading runs on into its sentence, the number and
    the running head (the title shortened) are dropped, and the number reads whole, 12.5亿元, dated by the report's
    year under review, not by the head's 2026年."""
    text = ("关于某某县2025年预算执行情况和2026年预算草案的报告\n"
            "一、2025年预算执行情况全县一般公共预算收入完成26.82亿元，\n"
            "同比增长4.3%。税收收入19.47亿元，增长3.6%，非税收入7.\n"
            "35亿元，增长6.2%。\n"
            "（二）政府性基金预算全县政府性基金预算收入完成12.\n"
            "-1-\n"
            "某某县2025年预算执行情况和2026年预算草案的报告\n"
            "5亿元，下降8.7%，其中国有土地使用权出让收入10.96亿元。\n")
    got = _got(_run(extractor, text, "2026-01-13", source="某某县财政局"), "value", "period")
    assert ("12.5亿元", 1250000000, "2025") in got
    assert ("8.7%", 8.7, "2025") in got and ("10.96亿元", 1096000000, "2025") in got
    assert not any(v == 500000000 for _, v, _ in got)


def test_five_years_in_a_december_summary_close_with_its_year(extractor: Extractor) -> None:
    """五年来 in a department's summary of December 2025 (a 十四五 summary, the year's figures estimated to its end) is
    2021-2025; in a work report of January 2026 it is the five full years before, 2021-2025 as well, and in one of
    January 2025, 2020-2024."""
    text = "一、工作总结五年来全县累计城镇新增就业3.12万人，累计发放创业担保贷款12.5亿元。"

    def periods(published: str, source: str) -> list[tuple]:
        return [g for g in _got(_run(extractor, text, published, source=source), "period") if g[0] != "五年"]
    assert periods("2025-12-18", "某某县人力资源和社会保障局") == [("3.12万人", "2021-2025"), ("12.5亿元", "2021-2025")]
    assert periods("2026-01-10", "某某县人民政府") == [("3.12万人", "2021-2025"), ("12.5亿元", "2021-2025")]
    assert periods("2025-01-10", "某某县人民政府") == [("3.12万人", "2020-2024"), ("12.5亿元", "2020-2024")]
