"""Page-layout leftovers (pagefix296). A page pdfminer printed a line a box, its boxes out of order (boxes_flow -0.5): a
number cut at its point at a line's end (…担保贷款4.) had its tail's line printed lines away, before it (6亿元，扶持创业…),
and the tail read alone was a wrong value (6亿元 for 4.6亿元). Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def _boxes(lines: list[str]) -> str:
    """Each line a box of its own, a blank line after it (pdfminer's text)."""
    return "\n\n".join(lines) + "\n"


# a county's lead printed a line a box out of order: the second paragraph's tail line (8亿元，…) before its head line
_ASTRAY = ["平遥县报 2026年7月10日 星期五 第2版 综合", "全县民生实事扎实推进",
           "本报讯 今年以来，全县新建农村公路86公里，改造",
           "8亿元，带动创业就业2300人。",
           "农村危房320户。",
           "上半年，全县发放创业担保贷款1.",
           "9月6日　县人民医院新院区启用，",
           "截至6月底，全县养老机构床位达到1850张。"]


def test_a_number_cut_at_its_point_whose_tail_stands_astray_reads_no_smaller_number(extractor: Extractor) -> None:
    """A line ending on a number's point (…贷款1.) with no line under it opening on its tail, and a line elsewhere on
    the page opening with one or two digits and a unit (8亿元，…): read alone the tail is a wrong value, 8亿元 for
    1.8亿元; the tail is made unreadable (`interleave.astray_tails`). The page's other figures, the date opening
    a line (9月6日), and a number of three digits opening a line stay."""
    got = quoted(dated_figures(extractor, _boxes(_ASTRAY), "2026-07-10", "平遥县报"), "value")
    values = [v for _, v in got]
    assert 8e8 not in values and 1.8e8 not in values, got
    assert ("86公里", 86.0) in got and ("320户", 320.0) in got and ("1850张", 1850.0) in got, got
    assert ("2300人", 2300.0) in got, got


def test_a_number_cut_at_its_point_with_its_tail_under_it_reads_whole(extractor: Extractor) -> None:
    """The same head with its tail's line right under it (the boxes in order): the number is read whole."""
    lines = [*_ASTRAY[:2], _ASTRAY[2], _ASTRAY[4], _ASTRAY[5], _ASTRAY[3], *_ASTRAY[6:]]
    got = quoted(dated_figures(extractor, _boxes(lines), "2026-07-10", "平遥县报"), "value")
    assert ("1.8亿元", 1.8e8) in got, got


# a league table of a city's counties by their new jobs, each row its rank, the county, the count (the rows one more
# each, as the numbers a scan sets at its lines' starts are)
_RANKS = """赤峰日报 2026年12月9日 星期三 第2版 民生

1—11月各旗县区城镇新增就业排名
排名 地区 新增就业（人）
1 松山区 4730
2 红山区 3910
3 宁城县 2280
4 敖汉旗 1650

本报讯 1—11月，全市城镇新增就业1.36万人。
"""


def test_a_table_whose_first_column_ranks_its_rows_reads_each_row(extractor: Extractor) -> None:
    """A table whose first column is each row's rank (排名, as 序号 numbers rows: tables.yaml number_heads), then the
    place and its count, under a title that names the ranking (…排名): each count a level of its row's place, in the
    head's unit, of the title's months; the ranks, one more each row, are no numbers a page sets before its lines
    (`layout.unnumbered`), nor cells, nor a number run on into the label before it (1 松山区 4730 2 红山区…)."""
    got = quoted(dated_figures(extractor, _RANKS, "2026-12-09", "赤峰日报"), "value", "measure", "place", "period")
    assert got[:4] == [("4730", 4730.0, "人", "松山区", "2026M01-M11"), ("3910", 3910.0, "人", "红山区", "2026M01-M11"),
                       ("2280", 2280.0, "人", "宁城县", "2026M01-M11"), ("1650", 1650.0, "人", "敖汉旗", "2026M01-M11")]
    assert ("1.36万人", 13600.0, "人", "赤峰市", "2026M01-M11") in got, got
    assert len(got) == 5, got


def test_a_place_whose_resources_a_unit_takes_in_is_not_the_figures_place(extractor: Extractor) -> None:
    """A county's hospital that takes in a city's medical resources (引进上海优质医疗资源): the beds it adds are the
    county's, the city named only as where the doctors and know-how come from (places.yaml firm_origin_after), as a
    place firms come from is not theirs."""
    text = ("廊坊日报 2026年11月20日 星期五 第3版 县域\n\n固安：医疗服务能力提升\n\n"
            "本报讯 今年以来，固安县中医院引进上海优质医疗资源，新增床位180张；大城县新增养老床位90张。\n")
    got = quoted(dated_figures(extractor, text, "2026-11-20", "廊坊日报"), "place")
    assert got == [("180张", "固安县"), ("90张", "大城县")], got
