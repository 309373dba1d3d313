"""What the blind set data/gold/bulletins5 found: three 卫生健康 bulletins (a province's, a prefecture's with its
table of institutions, beds and staff, a Chongqing district's), three 人社 bulletins (a prefecture's with numbers
cut at line ends, a running head and page numbers; two counties'), a prefecture's 民政 bulletin and a county's
statistical bulletin whose population table lost the gaps between its columns. Blind, main missed the two
tables: a staff column headed by whom it counts (卫生技术人员（人）) read no table, and a row whose two decimals
ran into each other (常住人口31.84100.0) or whose label holds an age band (0-14岁) gave nothing; and a wage zone's
class (二类区域) was read as a count. Sentences invented, in the style of such texts; the figures worked out by
hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted

_STAFF = ("表1 2025年末某市医疗卫生机构、床位、人员数\n"
          "机构类别                  机构数（个）  实有床位数（张）  卫生技术人员（人）\n"
          "医院                         216        42108         48652\n"
          "  村卫生室                  5108            —            3126\n")

_GLUED = ("表1 2025年末常住人口数及其构成\n"
          "指标年末数（万人）比重（%）\n"
          "常住人口31.84100.0\n"
          "其中：城镇15.6249.06\n"
          "其中：0-14岁5.2816.58\n"
          "60岁及以上7.1822.55\n")


def test_a_staff_column_named_by_whom_it_counts(extractor: Extractor) -> None:
    """卫生技术人员（人） and 实有床位数（张） head columns as 人员数（人） and 床位数（张） do: each cell its
    column's unit."""
    figs = _run(extractor, _STAFF, "2026-05-29")
    assert quoted(figs, "value", "measure", "period") == [
        ("216", 216, "个", "2025"), ("42108", 42108, "张", "2025"), ("48652", 48652, "人", "2025"),
        ("5108", 5108, "个", "2025"), ("3126", 3126, "人", "2025")]
    assert [f["quote"] for f in figs if "beds" in f["metric"]] == ["42108"]


def test_two_decimals_run_together_part_where_the_column_prints_its_decimals(extractor: Extractor) -> None:
    """指标年末数（万人）比重（%） / 常住人口31.84100.0: the gaps lost, two cells run into one. The first row parts
    as 31.84|100.0 or 31.8410|0.0 (4100.0 is no share), the next as 15.62|49.06 or 15.624|9.06: a column prints
    its decimals alike, so both part after two; rows labelled by an age band (0-14岁, 60岁及以上) are rows too."""
    figs = _run(extractor, _GLUED, "2026-03-30")
    assert quoted(figs, "value", "measure", "period") == [
        ("31.84", 318400, "人", "2025"), ("100.0", 100, "%", "2025"),
        ("15.62", 156200, "人", "2025"), ("49.06", 49.06, "%", "2025"),
        ("5.28", 52800, "人", "2025"), ("16.58", 16.58, "%", "2025"),
        ("7.18", 71800, "人", "2025"), ("22.55", 22.55, "%", "2025")]


def test_a_run_together_row_that_may_part_two_ways_gives_nothing(extractor: Extractor) -> None:
    """A table of one row, 15.6249.06: 15.62|49.06 or 15.624|9.06, and no other row to tell: no figure (a wrong
    value is worse than a missing one)."""
    figs = _run(extractor, "表1 2025年末城镇人口\n指标年末数（万人）比重（%）\n其中：城镇15.6249.06\n", "2026-03-30")
    assert figs == []


def test_an_age_band_row_set_out_with_gaps(extractor: Extractor) -> None:
    """0-14岁 5.28 16.58 under a head: the age band names the row, its numbers no cell."""
    text = "表2 2025年末人口年龄构成\n指标 年末数（万人） 比重（%）\n0-14岁 5.28 16.58\n65岁及以上 5.64 17.71\n"
    figs = _run(extractor, text, "2026-03-30")
    assert quoted(figs, "value", "measure") == [
        ("5.28", 52800, "人"), ("16.58", 16.58, "%"), ("5.64", 56400, "人"), ("17.71", 17.71, "%")]


def test_a_wage_zones_class_names_it(extractor: Extractor) -> None:
    """一类区域2100元/月，二类区域2000元/月; 执行三类区域最低工资标准: the zone's class is its name, no count of 类."""
    figs = _run(extractor, "全市一类区域2100元/月，二类区域2000元/月。全县执行三类区域最低工资标准，月最低工资标准1800元。",
                "2026-05-26")
    assert quoted(figs, "value") == [("2100元/月", 2100), ("2000元/月", 2000), ("1800元", 1800)]
