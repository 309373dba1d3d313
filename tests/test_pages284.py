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
