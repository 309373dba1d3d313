"""What the blind pages p131 and p132 of data/gold/pages showed (pages284).

(The blind and final lines are filled in below when measured.)
Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def test_a_district_named_by_its_designation_after_its_city_places_its_paper_items(extractor: Extractor) -> None:
    """A district's paper named by the designation the state gave the district, after its city's name (a short form
    listed by hand: 北京城市副中心 is 通州区): its 全区 is that district of the city its name opens on (北京's 通州区,
    not 南通's 通州区 of 江苏, which bears the same name), not the whole city, where nothing else on the page names
    the city; the city's own brief on such a page stays the city's."""
    text = ("北京城市副中心报 2026年12月21日 星期一 第3版 民生\n\n区内就业保持稳定\n\n"
            "本报讯 1—11月，全区城镇新增就业2.35万人，截至11月底，全区养老机构床位达到6480张。\n")
    got = quoted(dated_figures(extractor, text, "2026-12-21", "北京城市副中心报"), "place")
    assert got == [("2.35万人", "通州区"), ("6480张", "通州区")]
    brief = text + "\n北京：就业形势总体稳定\n\n本报讯 1—11月，北京市城镇新增就业24.1万人。\n"
    got = quoted(dated_figures(extractor, brief, "2026-12-21", "北京城市副中心报"), "place")
    assert ("2.35万人", "通州区") in got and ("24.1万人", "北京市") in got


def test_city_sub_centre_alone_names_no_district(extractor: Extractor) -> None:
    """城市副中心 alone is some city's plan (a prefecture's paper building its own): no district of 北京 nor of 南通."""
    text = "南通日报 2026年12月21日 星期一 第2版 综合\n\n本报讯 今年以来，城市副中心新开工项目16个。\n"
    got = quoted(dated_figures(extractor, text, "2026-12-21", "南通日报"), "place")
    assert got == [("16个", "南通市")]


def test_a_table_whose_columns_are_places_reads_each_cell_at_its_column(extractor: Extractor) -> None:
    """A city page's table set on its side: the head's first word over a column of indicators (指标), the places across
    the top row, each row an indicator with its unit in brackets: each cell a level of the place over its column, in
    the row's unit (tables.yaml place_columns), the caption's time; a head the gazetteer reads as no place (城区, a
    common word, though 晋城市 has a district of that name) leaves its cells' place unknown, not the city's; a row that
    fills fewer cells than there are places gives none (which place a cell is under is unsure)."""
    text = ("晋城日报 2026年12月22日 星期二 第2版 综合\n\n截至11月底各县（市、区）养老和就业情况\n"
            "指标                 城区       泽州县     高平市     阳城县\n"
            "养老机构床位（张）   1460       1280       1730       1120\n"
            "城镇新增就业（人）   5230       2640       3310\n\n全市民生保障有力\n")
    got = quoted(dated_figures(extractor, text, "2026-12-22", "晋城日报"), "measure", "place", "period")
    assert got == [("1460", "张", None, "2026-11"), ("1280", "张", "泽州县", "2026-11"),
                   ("1730", "张", "高平市", "2026-11"), ("1120", "张", "阳城县", "2026-11")]
