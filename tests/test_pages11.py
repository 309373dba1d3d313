"""What pages10 left on data/gold/pages: on a page pdfminer swept a line at a time, an item's headline
set right before its dateline (short, ending on a number) was taken for a column's line, and a column's
last line found no way back to the top of the next column. Pages and sentences invented, in the style
of such pages."""

from __future__ import annotations

from stats.repair.layout import repair_stream
from stats.rules.rulefile import RuleSet
from tests.repaired import paragraphs, swept

_BEFORE = [["去年全市居民人均可支配收入4800", "0元，比上年增长5.1%。城镇居民人均可", "支配收入56000元，增长4.3%；农村居民",
            "人均可支配收入29000元，增长6.2%。"],
           ["据介绍，今年全市将持续推进先进制", "造业、战略性新兴产业、基础设施和民生",
            "保障等领域项目建设，实行清单化管理，", "及时协调解决项目推进中的困难。"],
           ["市统计局有关负责人表示，全市居民", "收入保持稳定增长，城乡居民收入差距", "继续缩小，城乡居民收入比由上年的1.9",
            "0缩小到1.87。"]]
_ARTICLE = [["本报讯（记者 王明）记者从市发", "展改革委获悉，今年全市共安排重点建设", "项目520个，总投资8600亿元，年度计划",
             "投资1900亿元。一季度，全市将集中开工"],
            ["重点项目150个，总投资约900亿元。", "市发展改革委有关负责人表示，各区", "将强化要素保障，优化审批流程，推动项",
             "目早开工、早建设、早见效。乙区今年"],
            ["安排重点项目46个，年度计划投资128亿", "元，其中新开工项目20个，总投资预计", "达到450亿元。"]]


def test_a_headline_before_its_dateline_stands_alone_and_a_column_goes_on_at_the_next_top(
        ruleset: RuleSet) -> None:
    """The headline 甲市一季度将开工重点项目150个 comes right before its item's dateline, short of the
    column: it goes on from no column's line and to none, and its number is whole. The first column's
    last line (…全市将集中开工) goes on at the top of the next (重点项目150个…): the climb up the column
    stops at the dateline, not in the article above. Before, the headline ran into the third column's top
    and the previous article's line, and 150个 was read as a plan's figure a column away."""
    rows = ["城市日报 2024年3月14日 星期四 第3版 经济", *swept(_BEFORE), "甲市一季度将开工重点项目150个",
            *swept(_ARTICLE), "责任编辑：李明"]
    pars = paragraphs(ruleset.lexicon, "\n\n".join(rows) + "\n")
    assert "甲市一季度将开工重点项目150个" in pars, pars
    assert any("一季度，全市将集中开工重点项目150个，总投资约900亿元。" in p for p in pars), pars


_TAX = ["本报讯（记者 王明）记者从市财政局获悉，1至10", "月，全市一般公共预算收入完成58.4亿元，同比",
        "增长5.3%，完成年度预算的85.2%。其中，税收收", "入39.9亿元，增长4.1%，税收收入占一般公共预算",
        "收入的比重为68.3%；非税收入18.5亿元，增长7.", "2%。全市一般公共预算支出282.6亿元，增长3.8%，",
        "其中民生支出232.8亿元，占比达到82.4%。", "分县（市）区看，甲县、乙县一般公共预算收入分别",
        "为7.6亿元和4.3亿元，分别增长8.7%和5.2%；丙县收", "入3.8亿元，与上年持平。全市税源结构进一步优化，",
        "丁市口岸进出口货运量同比增长两成", "制造业、批发零售业税收分别增长7.6%和5.3%。",
        "今年以来，全市共争取新增地方政府专项债券56.5", "亿元，比上年增加12.1亿元，重点支持交通、水利",
        "城市日报  2025年11月27日  第2版  要闻", "和城市更新等领域项目建设。"]


def test_another_items_headline_set_into_a_paragraph_is_told_on_a_page_whose_running_head_has_wide_gaps(
        ruleset: RuleSet) -> None:
    """A line-broken article with another item's headline set into a paragraph (丁市口岸…增长两成 between
    …进一步优化， and 制造业…), and a running head with wide gaps near the page's end. The lines before
    the running head are handed on in bulk and the headline held back after the paragraph, on the bulk
    path as on the line-by-line one. Before, the running head's gaps sent the whole page line by line,
    the headline ran into the paragraph and 7.6% took 丁市 for its place."""
    lex = ruleset.lexicon
    page = "\n".join(_TAX) + "\n"
    out = [[p.text for p in repair_stream([page], lex.article_start, lex.sentence_end, closing=lex.closing,
                                          complete=lex.line_complete, alone=lex.running_head, heading=lex.heading,
                                          bulk=bulk)] for bulk in (True, False)]
    assert out[0] == out[1]
    assert any("全市税源结构进一步优化，制造业、批发零售业税收分别增长7.6%和5.3%。" in p for p in out[0]), out[0]
    assert "丁市口岸进出口货运量同比增长两成" in out[0]
