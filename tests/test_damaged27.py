"""What the blind set data/gold/damaged27 found, and the known defect of damaged25 q05 it meets again: five texts of
our own damaged by scripts/gold_damaged27.py (GBK with a chart's caption and its note set between two lines of a
sentence; three columns read across; a table's rows run into a paragraph and a hyphen inside a number; digits of two
widths inside one number; a lead jumped to page 2 past other counties' items). Blind, main scored recall 0.9192 and
precision 0.9891, place 0.8901, period 0.7143 (the chart note's 2021年 taken for the sentences after it; a
bulletin's date line, 2026年2月10日, read into its first sentence and every 全年 after it dated 2026), role 0.978.
Left (g02, place 0.8936, period 0.9149): three columns a single space apart whose lines differ in width, so no
column starts at one character: the middle headline's wrapped 1620人 stays inside the first column's first line, the
middle column's last 2026年，全市 runs into the third column's 预算收入完成3.68亿元 (克东县's seven figures placed 黑河市
and dated 2026), and the running head glued to the first headline dates its 210张 2026-01. Since mended: that first
row is cut as the others are and the running head is no row (place 0.9894, period 0.9894); left: the headline's
1620人 a paragraph of its own, and the middle column's last lines (力争城镇新增就业1650人 | 以上。), set under the
other columns' ends, apart from it. Sentences invented, in the style of such pages.
"""

from __future__ import annotations

from stats.repair.layout import repair, repair_stream
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

LEX = load_rules().lexicon


def _paragraphs(page: str, bulk: bool = True) -> list[str]:
    """The page's paragraphs after layout repair with the lexicon's settings that these tests read (bulk=False: each
    line taken alone, the reference the bulk path must give again)."""
    kw = dict(closing=LEX.closing, complete=LEX.line_complete, alone=LEX.running_head, heading=LEX.heading,
              photo_caption=LEX.photo_caption, lead_after_figure=LEX.lead_after_figure)
    if bulk:
        return repair(page, LEX.article_start, LEX.sentence_end, **kw).text.split("\n")  # type: ignore[arg-type]
    return [p.text for p in repair_stream([page], LEX.article_start, LEX.sentence_end, bulk=False,
                                          **kw)]  # type: ignore[arg-type]


_CHART = ("靖宇县稳就业工作取得实效\n"
          "2025年，靖宇县城镇新增就业1180人，实现劳务收入9.6亿元，同比增\n"
          "图表：2021—2025年靖宇县城镇新增就业人数\n"
          "注：纵轴单位为百人；2021年数据为快报数。\n"
          "长4.8%。全年开展职业技能培训1860人次，发放创业担保贷款2360万元。\n")


def test_a_charts_caption_and_note_between_two_lines_of_a_sentence_are_set_after_it(extractor: Extractor) -> None:
    """A chart's caption and the note under the chart, a box the page set in the flow between 增 and 长: the sentence
    runs on past them (增长4.8%, a change), each is a paragraph of its own, and the note's year (2021年) dates none of
    the sentences after the box."""
    paras = _paragraphs(_CHART)
    assert any("同比增长4.8%。全年开展职业技能培训1860人次" in p for p in paras)
    assert "图表：2021—2025年靖宇县城镇新增就业人数" in paras and "注：纵轴单位为百人；2021年数据为快报数。" in paras
    figs = _run(extractor, _CHART, "2026-01-10")
    assert dict(_got(figs, "period")) == {"1180人": "2025", "9.6亿元": "2025", "4.8%": "2025", "1860人次": "2025",
                                         "2360万元": "2025"}
    assert dict(_got(figs, "role"))["4.8%"] == "change"


def test_a_note_line_that_runs_on_is_no_box() -> None:
    """A note over two lines (its first line ends on no mark) is no line set apart from the text: its first line is
    not taken out of the paragraph it opens."""
    page = "全县城镇新增就业1180人。\n注：城镇新增就业人数为全年累计数，不含\n灵活就业人员。\n"
    assert any("注：城镇新增就业人数为全年累计数，不含灵活就业人员。" in p for p in _paragraphs(page))


_BULLETIN = ("抚松县2025年国民经济和社会发展统计公报\n"
             "抚松县统计局\n"
             "2026年3月6日\n"
             "全年全县地区生产总值完成96.42亿元，比上年增长5.1%。全年一般公共预算收入完成3.18亿元。\n")


def test_a_bulletins_date_alone_under_its_title_and_office_dates_no_sentence_of_it(extractor: Extractor) -> None:
    """A bulletin's date (2026年3月6日) set alone under its title and office, no blank line between it and the text:
    a paragraph of its own; 全年 in the first sentence is the year the title names, not the year it was issued."""
    assert "2026年3月6日" in _paragraphs(_BULLETIN)
    got = dict(_got(_run(extractor, _BULLETIN, "2026-03-06"), "period"))
    assert got == {"96.42亿元": "2025", "5.1%": "2025", "3.18亿元": "2025"}


_GLUED = ("白山日报 2026年1月8日 星期四 第2版 县域\n"
          "临江市新增养老床位360张\n"
          "2025年，临江市新建社区养老服务中心6个，新增养老床位360张，全市养老床位总数达到2140张。\n"
          "2026年，全市计划新增养老床位200张。\n")


def test_a_headline_glued_to_its_lead_opening_on_its_year_is_a_headline(extractor: Extractor) -> None:
    """A headline set over its lead with no blank line between, under the page's running head: the headline ends on a
    figure (360张) and the lead opens on its year and a comma (2025年，), which no sentence runs on into. The headline
    is a paragraph of its own and the item's title (not the running head's), its figure dated as the body's figure it
    restates; line by line and in bulk the same paragraphs."""
    paras = _paragraphs(_GLUED)
    assert "临江市新增养老床位360张" in paras
    assert paras == _paragraphs(_GLUED, bulk=False)
    figs = _run(extractor, _GLUED, "2026-01-08")
    assert [p for q, p in _got(figs, "period") if q == "360张"] == ["2025", "2025"]
    assert dict(_got(figs, "period"))["200张"] == "2026"


def test_a_line_ending_on_a_figure_runs_on_into_a_year_that_opens_no_lead() -> None:
    """A figure at a line's end over a year with no comma after it (…床位2860张 | 2025年底前…) or a line ending on a
    mark over a lead: nothing glued, the lines join as they always did."""
    page = "全市计划改造养老床位2860张\n2025年底前全部建成投用，新增护理型床位860张。\n"
    assert any("2860张2025年底前全部建成投用" in p for p in _paragraphs(page))
    assert any("2860张2025年底前全部建成投用" in p for p in _paragraphs(page, bulk=False))


_THREE = (["宁安市新增养老床位360张", "2025年，宁安市新增养老", "床位360张，养老床位总数", "达到2860张，比上年增长",
           "14.4%。2026年，全市计", "划新增养老床位200张。"],
          ["海林市城镇新增就业", "2480人", "2025年，海林市城镇新增", "就业2480人，完成年度目标", "的112.7%；2026年，全市",
           "力争新增就业2500人。"],
          ["东宁市财政收入平稳增长", "2025年，东宁市一般公共", "预算收入完成6.42亿元，", "增长5.1%；民生支出完成",
           "31.26亿元，占支出的", "80.6%。"])


def test_a_middle_headlines_figure_wrapped_alone_between_two_columns_lines_is_their_row() -> None:
    """Three columns a single space apart, the middle one's headline wrapped so that its figure (2480人) stands alone
    between the other columns' first lines: that row is cut into its columns as the others are, so each column's
    first line opens its own paragraph (2025年，宁安市新增养老床位360张; 2025年，东宁市一般公共预算收入完成6.42亿元). Before,
    the row stood whole, its numbers left out (年，宁安市…), and the third column read on from the second's. The
    page's running head, its words a space apart too, is no such row: a paragraph of its own (cut, its date ran into
    the first headline and dated its 360张 2026-01)."""
    page = "牡丹江日报 2026年1月22日 星期四 第3版 县域经济\n" + "\n".join(" ".join(r) for r in zip(*_THREE, strict=True))
    page += "\n"
    paras = _paragraphs(page)
    assert paras[:2] == ["牡丹江日报2026年1月22日星期四第3版县域经济", "宁安市新增养老床位360张"]
    assert any(p.startswith("2025年，宁安市新增养老床位360张，养老床位总数达到2860张") for p in paras)
    assert any(p.endswith("2025年，东宁市一般公共预算收入完成6.42亿元，增长5.1%；民生支出完成31.26亿元，占支出的80.6%。")
               for p in paras)
    assert any(p.startswith("2025年，海林市城镇新增就业2480人") and p.endswith("力争新增就业2500人。") for p in paras)


def test_a_figure_between_two_labels_with_no_mark_is_no_row_of_columns() -> None:
    """A figure alone between two pieces with no clause mark (a box's or a table's labels) is no row of column lines."""
    from stats.repair.interleave import _row_spans

    assert _row_spans("2025年，宁安市新增养老 2480人 2025年，东宁市一般公共") is not None
    assert _row_spans("宁安市新增养老床位合计 2480张 东宁市新增养老床位合计") is None
