"""Page-layout leftovers (pagefix285). Items of a county paper's page that run on as one article, each under its own
headline but no dateline (2025年，某市… opens the body), as a page of glued rows reads once its columns are taken apart:
the segmenter keeps such a headline in place as a subheading of the first item's article (a bulletin's headings are
so), so the second item's figures were read under the first item's county: its headline's figure, naming no time,
took the document's date, and its 全市 the prefecture (the article's county being no city). And a page a box a line
(pdfminer) whose wide item, its first line wider than the swept columns above, was printed in order: its first line
went on a stride of the sweep on, into its own column's next paragraph. Sentences invented, in the style of such
pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted
from tests.repaired import paragraphs
from tests.sweptpage import wrap

# three items of a county paper, each a headline and a paragraph under it, no dateline: the middle one on a
# county-level city (双辽市) of the prefecture whose first item is on a county (梨树县)
_PAGE = """四平日报 2026年1月20日 星期二 第3版 县域经济

梨树县新增养老床位240张

2025年，梨树县新增养老床位240张，养老机构床位总数达到1860张。2026年，全县计划再新增床位120张。

双辽市城镇新增就业2160人

2025年，双辽市城镇新增就业2160人，完成年度目标的106.5%；农村劳动力转移就业3.42万人。全年发放创业担保贷款5380万元。2026年，全市力争城镇新增就业2200人以上。

伊通县财政收入稳中有进

2025年，伊通满族自治县一般公共预算收入完成4.12亿元，增长3.6%。
"""


def test_a_subheadings_figure_takes_the_time_the_paragraph_under_it_restates_it_with(extractor: Extractor) -> None:
    """双辽市城镇新增就业2160人, a headline left in place inside the article, names no time: its figure is the one the
    paragraph under it restates (2025年，…2160人), of 2025, not of the document's date (`pipeline._subhead_done`)."""
    got = quoted(dated_figures(extractor, _PAGE, "2026-01-20", "四平日报"), "period")
    assert got.count(("2160人", "2025")) == 2, got
    assert ("2200人以上", "2026") in got  # (the goal keeps its own year)


def test_whole_city_in_a_paragraph_on_a_county_level_city_is_that_city(extractor: Extractor) -> None:
    """全市 in the paragraph whose lead named 双辽市 (a county-level city) and no other place, in an article placed in a
    county (梨树县, no city: its 全市 can name none of its own), is 双辽市, not the prefecture 四平市
    (`PlaceTracker._para_city`); 全县 after 梨树县 stays 梨树县, and the third item's county its own."""
    got = dict(quoted(dated_figures(extractor, _PAGE, "2026-01-20", "四平日报"), "place"))
    assert got["2200人以上"] == "双辽市", got
    assert got["120张"] == "梨树县" and got["4.12亿元"] == "伊通满族自治县", got


def test_whole_city_after_a_new_paragraph_stays_as_before(extractor: Extractor) -> None:
    """The county-level city the paragraph before named carries no 全市 in a paragraph that names none (a new
    paragraph speaks of the paper's city again, as `_county_city_spoken` has it)."""
    page = _PAGE.replace("2026年，全市力争", "\n\n2026年，全市力争")
    got = dict(quoted(dated_figures(extractor, page, "2026-01-20", "四平日报"), "place"))
    assert got["2200人以上"] == "四平市", got


def _in_order_page() -> str:
    """A city paper's front page a box a line: a lead over three columns of 18, swept a line of each in turn, then a
    headline and an item a column of 36 wide (a table's columns, each a box, set beside it), printed line by line."""
    lines = ["赤峰日报 2026年12月16日 星期三 第1版 要闻", "1", "全市医疗卫生机构床位达到3.26万张",
             "每千人口床位数7.9张　基层服务能力持续提升"]
    col = wrap("本报讯（记者 王丽娟）12月14日，记者从市卫生健康委获悉，截至11月底，全市医疗卫生机构床位达到3.26万张，每千"
               "人口床位数7.9张；今年以来，全市新增医疗床位1480张，其中重症监护床位160张。今年，全市公开招聘卫生专业技术人员920"
               "名，其中定向分配到旗县基层的680名。到2027年，全市每千人口医疗卫生机构床位数力争达到8.5张。", 18, 0.5)
    n = -(-len(col) // 3)
    cols = [col[:n], col[n:2 * n], col[2 * n:]]
    lines += [c[k] for k in range(n) for c in cols if k < len(c)]
    lines.append("全市城镇新增就业2.06万人")
    for par in ["本报讯（记者 李志刚）12月13日，记者从市人社局获悉，1—11月，全市城镇新增就业2.06万人，完成年度目标任务的"
                "112.4%；农村牧区劳动力转移就业32.6万人次，实现劳务收入58.3亿元；城镇登记失业率3.2%。",
                "今年以来，全市开发公益性岗位4100个，安置就业困难人员3160人。", "明年，全市计划城镇新增就业2万人以上。"]:
        lines += wrap(par, 36, 0.5)
    lines.append("赤峰日报社出版　责任编辑：王芳　美编：李明　校对：张华　　1")
    return "\n\n".join(lines) + "\n"


def test_a_wide_items_lines_printed_in_order_go_on_in_order(ruleset: RuleSet, extractor: Extractor) -> None:
    """The item's first line (its dateline's, wider than the swept columns above) goes on best into the very next line,
    as wide as it and breaking off: its column was printed in order, each line going on in the next
    (`Interleave._wide_in_order`). At the sweep's stride it went on into 今年以来，… (its column's next paragraph),
    and the lines under it stood apart: 32.6万 | 人次 lost its unit and the lead's 1—11月 its figures."""
    page = _in_order_page()
    pars = paragraphs(ruleset.lexicon, page)
    assert any(p.startswith("本报讯") and p.endswith("城镇登记失业率3.2%。") for p in pars), pars
    assert "今年以来，全市开发公益性岗位4100个，安置就业困难人员3160人。" in pars, pars
    got = quoted(dated_figures(extractor, page, "2026-12-16", "赤峰日报"), "period")
    assert ("32.6万人次", "2026M01-M11") in got and ("3.2%", "2026M01-M11") in got, got
    # (the lead over the swept columns reads as before)
    assert ("680名", "2026") in got and ("1480张", "2026") in got, got


# an item with a box of its main figures (a caption naming the span, then each label over its figure, a line each) and
# the paragraph under the box restating one of them as a bound for the year
_BOX = """灵璧县前三季度民生实事稳步推进
本报讯（记者 陈静）10月22日，记者从灵璧县政府办获悉，今年前三季度，灵璧县28项民生实事完成投资12.4亿元。
前三季度灵璧县主要民生指标
城镇新增就业（人）
4860
城镇登记失业率（%）
3.2
就业方面，灵璧县城镇新增就业4860人，完成年度目标的81.0%。全县城镇登记失业率控制在3.2%以内。
"""


def test_a_boxs_bare_cell_keeps_the_time_in_force_over_the_box(extractor: Extractor) -> None:
    """城镇登记失业率（%）3.2, a box's row whose figure takes its unit from its label, is no headline's figure: it keeps
    the span its box's caption names (前三季度), not the year of the bound the paragraph under it restates (a figure
    waits for that paragraph's time only where written with its measure, `SubHead.add`)."""
    got = quoted(dated_figures(extractor, _BOX, "2025-10-24", "宿州日报"), "period")
    assert ("3.2", "2025Q1-Q3") in got, got
