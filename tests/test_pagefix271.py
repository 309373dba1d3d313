"""Page-layout leftovers (pagefix271): pages of glued rows (columns a single space apart, as pdftotext prints a page
row by row) where a headline's figure wraps alone under it, and a column's last lines run on under the others' ends,
set in by the columns to their left. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted
from tests.repaired import paragraphs

# three items side by side, a single space between their columns: the middle one's headline wraps its figure
# (洮南市城镇新增就业 | 2380人) into the row of the other columns' first lines, and its column runs on two rows past the
# others, set in under its own place (…2400人 beside the third column's last line, then 以上。 alone)
_ROWS = """白城日报 2026年1月21日 星期三 第3版 县域经济
镇赉县新增养老床位180张 洮南市城镇新增就业 大安市财政收入稳中有进
2025年，镇赉县新增养老床 2380人 2025年，大安市一般公共预
位180张，养老机构床位总 2025年，洮南市城镇新增就 算收入完成4.26亿元，增长
数达到960张，比上年增长2 业2380人，完成年度目标任 5.1%，其中税收收入2.87亿
3.1%；每千名老年人拥有养 务的112.0%；农村劳动力转 元。一般公共预算支出完成
老床位31.5张。2026年，全 移就业5.12万人，实现劳务 33.52亿元，增长3.4%，其
县计划再新增床位80张。 收入31.4亿元。全年发放创 中民生支出27.63亿元。全
                         业担保贷款6350万元，扶持 年新增减税降费1.2亿元。
                         创业296人。2026年，全市 2026年，全市一般公共预算
                         力争城镇新增就业2400人 收入预期增长5.0%左右。
                         以上。
"""


def test_a_headlines_figure_wrapped_alone_into_the_next_row_goes_on_from_it(extractor: Extractor) -> None:
    """The figure alone in its row right under a row of headlines, in its headline's place, is the headline's own
    (`Interleave._headline_figures`): read as a paragraph of its own, it came after whichever column's paragraph the
    rows printed first and took a place not its own."""
    got = quoted(dated_figures(extractor, _ROWS, "2026-01-21", "白城日报"), "place")
    assert got.count(("2380人", "洮南市")) == 2  # (the headline's and the first sentence's)


def test_a_line_alone_under_a_column_further_right_goes_on_unindented(ruleset: RuleSet) -> None:
    """以上。 set in under the middle column goes on from its column's line above (the interleave joins them): the
    spaces it was set in by are no paragraph's indent, which cut the sentence (…2400人 | 以上。) and lost the bound."""
    pars = paragraphs(ruleset.lexicon, _ROWS)
    assert any(p.endswith("力争城镇新增就业2400人以上。") for p in pars)
    assert "以上。" not in pars

