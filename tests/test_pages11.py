"""What pages10 left on data/gold/pages: on a page pdfminer swept a line at a time, an item's headline
set right before its dateline (short, ending on a number) was taken for a column's line, and a column's
last line found no way back to the top of the next column. Pages and sentences invented, in the style
of such pages."""

from __future__ import annotations

from stats.extract.layout import repair
from stats.rules.rulefile import RuleSet


def _pars(ruleset: RuleSet, page: str) -> list[str]:
    lex = ruleset.lexicon
    return repair(page, lex.article_start, lex.sentence_end, closing=lex.closing, complete=lex.line_complete,
                  alone=lex.running_head, heading=lex.heading).text.split("\n")


def _swept(columns: list[list[str]]) -> list[str]:
    """The columns' lines a row at a time, as pdfminer prints a loosely set page."""
    return [c[r] for r in range(max(map(len, columns))) for c in columns if r < len(c)]


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
    rows = ["城市日报 2024年3月14日 星期四 第3版 经济", *_swept(_BEFORE), "甲市一季度将开工重点项目150个",
            *_swept(_ARTICLE), "责任编辑：李明"]
    pars = _pars(ruleset, "\n\n".join(rows) + "\n")
    assert "甲市一季度将开工重点项目150个" in pars, pars
    assert any("一季度，全市将集中开工重点项目150个，总投资约900亿元。" in p for p in pars), pars
