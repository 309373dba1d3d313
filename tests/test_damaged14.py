"""What the blind set data/gold/damaged14 found: five county pages damaged the way PDF extractors damage Chinese
pages (a headline set vertically, one character a line; footnote marks glued to figures, ①, [2], ², *; pdfminer's
(cid:N) for glyphs it has no Unicode for; a bold headline and lead-in drawn twice, each character doubled; tables
dumped with tabs between their cells and a 合计 row; a page whose text layer and OCR layer were both read, each
paragraph given twice, wrapped otherwise): a figure drawn twice kept its zeros doubled (660000张张, a wrong value);
a footnote mark at a line's end between a number and its unit (215[2] | 人) was read as no figure; a table's label
column named 机构 alone was no head; the OCR layer's copy of each paragraph gave every figure twice; a county acting
in a list of provinces (在广东、浙江等地设立…) gave its figures the last one listed. Sentences and pages invented, in the
style of such pages."""

from __future__ import annotations

from stats.repair.layout import undamaged
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_figure_drawn_twice_keeps_its_repeated_digits_once(extractor: Extractor) -> None:
    """A bold headline drawn twice doubles every character, a figure's zeros too (新新增增床床位位550000张张): read
    once it is the body's 500张, never 550000张."""
    text = "新新增增床床位位550000张张\n本报讯 某某县人民医院新院区启用，新增床位500张。\n"
    assert _got(_run(extractor, text, "2025-11-06", source="某某日报"), "value") == [("500张", 500), ("500张", 500)]


def test_a_number_beside_doubled_type_keeps_its_digits() -> None:
    """A run of doubled type right after a number whose zeros are paired (10000床床位位…) takes none of them, and a
    row of zeros alone is a number's, no doubled type."""
    assert undamaged("今年10000床床位位增增加加明明显显").startswith("今年10000床 位 ")
    assert undamaged("投资10000000000000000元") == "投资10000000000000000元"


def test_a_footnote_mark_before_a_line_break_is_no_digit(extractor: Extractor) -> None:
    """A footnote mark glued to a number at a line's end, its unit on the next line (215[2] | 人), or a superscript
    between a number and its magnitude (9860²万元): the mark is no digit of the number."""
    text = "本报讯 今年上半年，就业困难人员实现就业215[2]\n人，全县发放创业担保贷款9860²万元。\n"
    got = _got(_run(extractor, text, "2025-08-14", source="某某日报"), "value")
    assert got == [("215人", 215), ("9860万元", 98600000)]


def test_a_paragraph_given_twice_by_two_layers_counts_once(extractor: Extractor) -> None:
    """A page whose text layer and OCR layer were both read gives each paragraph twice, wrapped at other widths:
    the copy adds no figure."""
    text = ("本报讯 今年以来，某某县共举办各类招聘会82场，组织1360家（次）\n企业提供岗位3.25万个，达成就业意向6840人。\n"
            "本报讯 今年以来，某某县共举办各类招聘会\n82场，组织1360家（次）企业提供岗位3.25\n万个，达成就业意向6840人。\n")
    got = _got(_run(extractor, text, "2024-12-10", source="某某日报"), "value")
    assert got == [("82场", 82), ("1360家", 1360), ("3.25万个", 32500), ("6840人", 6840)]


def test_a_tab_table_under_a_label_column_named_jigou(extractor: Extractor) -> None:
    """A table of hospitals dumped with tabs between its cells, its label column named 机构 alone and a 合计 row:
    each cell in its column's bracketed unit."""
    text = ("医疗卫生机构床位及人员情况（2025年底）\n机构\t床位（张）\t卫生技术人员（人）\n县人民医院\t980\t1120\n"
            "合计\t1460\t1830\n")
    got = _got(_run(extractor, text, "2026-03-12", source="某某日报"), "value", "unit")
    assert got == [("980", 980, "bed"), ("1120", 1120, "person"), ("1460", 1460, "bed"), ("1830", 1830, "person")]


def test_a_list_of_provinces_where_a_county_acts_is_no_place_of_its_figures(extractor: Extractor) -> None:
    """A county acting in a list of places of other provinces (某县在广东、浙江等地设立劳务工作站16个): the stations,
    and the clauses after, are the county's, not the last place listed."""
    text = "博白县在广东、浙江等地设立劳务工作站16个，建成就业帮扶车间45个，吸纳就业3120人。\n"
    got = _got(_run(extractor, text, "2024-12-10", source="玉林日报"), "place")
    assert got == [("16个", "博白县"), ("45个", "博白县"), ("3120人", "博白县")]
