"""Reading order on the blind pages p29/p30 of data/gold/pages (pages20): pdfplumber's extract_text(layout=True)
sets a page's columns side by side on a grid of its own, spacing a column's own words apart as widely as it
spaces the columns (a byline's 记者   张静, a brief's ■本报讯  临颍县) and leaving a blank row where a line's
pitch falls between two of its rows. Pages invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.repaired import paragraphs, side_by_side

# a lead over three columns: the byline spaced apart inside the first column, a blank row between its rows
_LEAD = side_by_side([
    ["  本报讯（记者   林涛）记", "者12日从县统计局获悉，前三", "季度，全县规模以上工业增", "加值同比增长7.1%，其中食",
     "品工业增加值增长9.3%，占"],
    ["规上工业比重达到41.2%。", "  前三季度，全县固定资产", "投资同比增长6.2%；社会消", "费品零售总额达到86.4亿",
     "元，增长5.9%。"],
    ["  截至9月底，全县规模以上", "工业企业达到218家，比去", "年同期增加12家。"],
], [0, 18, 36], blank_after=(2,))


def test_columns_read_whole_across_a_blank_row_and_a_bylines_wide_spaces(ruleset: RuleSet) -> None:
    """The blank row is a gap inside the same columns (the first column's sentence runs on across it into a
    line as wide as the column): the columns are read whole, not the rows above and below each on their
    own (…工业增加 | 品工业… | 值同比增长7.1% before). The byline's wide spaces are no column: its second
    piece starts well left of the next column, inside the first one (林涛）记 was read into the second)."""
    text = "".join(paragraphs(ruleset.lexicon, _LEAD))
    assert "本报讯（记者林涛）记者12日从县统计局获悉，前三季度，全县规模以上工业增加值同比增长7.1%，" in text
    assert "其中食品工业增加值增长9.3%，占规上工业比重达到41.2%。" in text
    assert "社会消费品零售总额达到86.4亿元，增长5.9%。" in text
    assert "截至9月底，全县规模以上工业企业达到218家，比去年同期增加12家。" in text


# a grid of briefs over two columns, each brief's first line with wide spaces after ■本报讯
_BRIEFS = side_by_side([
    ["  ■本报讯  内黄县今年计划新增城镇", "就业5200人。", "  ■本报讯  前三季度，滑县接待游客", "285万人次，同比增长12.4%。"],
    ["  ■本报讯  清丰县今年将新建村卫生", "室18个。", "  ■本报讯  截至9月底，范县累计建", "成充电桩1350个。"],
], [0, 24])


def test_a_grid_of_briefs_spaced_after_its_marks_keeps_each_brief_whole_with_its_place(
        extractor: Extractor, ruleset: RuleSet) -> None:
    """Two rows show wide spaces after ■本报讯 at the same places, as many pieces as columns would give: no
    columns there, since the other rows' lines run across them. Each brief is read whole, its figures in
    its own place (the briefs' openings were read apart from their tails, and the places went astray)."""
    pars = paragraphs(ruleset.lexicon, _BRIEFS)
    assert "■本报讯内黄县今年计划新增城镇就业5200人。" in pars
    assert "■本报讯清丰县今年将新建村卫生室18个。" in pars
    got = {(f["value"], f["place"]) for f in extractor.extract_text(_BRIEFS).figures}
    assert got == {(5200, "内黄县"), (2850000, "滑县"), (12.4, "滑县"), (18, "清丰县"), (1350, "范县")}
