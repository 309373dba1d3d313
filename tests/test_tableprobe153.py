"""Tables whose time, unit or metric the engine read wrong (tableprobe153): invented tables as text readers give
them. A count column by place whose head names no unit (地区 床位数 比上年增长（%）, single spaces or none between the
words) counts in the one unit its word counts in; a head right after a goal's sentence (力争到2027年，…达到3500张。)
takes no year from that sentence; a head of 本年 上年 增减 under no caption's year is of the text's year and the one
before it, not of the day it was published on."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_SLOW = pytest.mark.slow
_BULLETIN = "长沙市2025年卫生健康统计公报\n\n表3 各区县床位数\n"


@pytest.mark.parametrize("head", ["地区 床位数 比上年增长（%）", pytest.param("地区床位数比上年增长（%）", marks=_SLOW),
                                  pytest.param("地区 | 床位数 | 比上年增长（%）", marks=_SLOW),
                                  pytest.param("县区 床位数 比上年增长（%）", marks=_SLOW)])
def test_a_bed_count_by_place_under_no_unit_counts_beds(extractor: Extractor, head: str) -> None:
    """地区 床位数 比上年增长（%） with the bulletin's 全市 first: each place's beds in 张 (as 床位数（张） reads) and
    their growth, of the bulletin's year; the words run together read as set apart."""
    text = _BULLETIN + head + "\n" + "\n".join(
        (" | " if "|" in head else " ").join(r) for r in (["全市", "12860", "3.2"], ["宁乡市", "3120", "2.1"])) + "\n"
    got = _got(_run(extractor, text, "2026-04-10"), "value", "measure", "role", "period", "place", "metric")
    assert got == [("12860", 12860, "张", "level", "2025", "长沙市", "beds.total"),
                   ("3.2", 3.2, "%", "change", "2025", "长沙市", "beds.total"),
                   ("3120", 3120, "张", "level", "2025", "宁乡市", "beds.total"),
                   ("2.1", 2.1, "%", "change", "2025", "宁乡市", "beds.total")]


def test_counties_as_rows_with_the_city_first_and_a_bare_count(extractor: Extractor) -> None:
    """县（市、区） 机构数 床位数 under a caption of the year: institutions in 个, beds in 张, each county's."""
    text = ("株洲市2025年卫生健康统计公报\n\n表2 2025年各县市区医疗卫生资源\n县（市、区） 机构数 床位数\n"
            "全市 2860 21560\n醴陵市 620 4380\n攸县 510 3260\n")
    got = _got(_run(extractor, text, "2026-04-10"), "value", "measure", "place")
    assert got == [("2860", 2860, "个", "株洲市"), ("21560", 21560, "张", "株洲市"), ("620", 620, "个", "醴陵市"),
                   ("4380", 4380, "张", "醴陵市"), ("510", 510, "个", "攸县"), ("3260", 3260, "张", "攸县")]


def test_a_count_that_may_be_in_two_units_still_reads_nothing(extractor: Extractor) -> None:
    """地区 常住人口 增长（%）: 人 or 万人? no unit is guessed, no figure (a wrong value is worse than none)."""
    text = "株洲市2025年国民经济和社会发展统计公报\n\n表5 各县市区常住人口\n地区 常住人口 增长（%）\n全市 385.6 -0.3\n"
    assert _got(_run(extractor, text, "2026-03-20"), "value") == []


def test_a_year_table_still_asks_each_column_for_its_unit(extractor: Extractor) -> None:
    """年份 床位数 (no unit): a table of years reads no bare column (test_tables13), as before."""
    text = "某县卫健局\n\n年份 床位数 卫生技术人员（人）\n2023年 1286 1542\n"
    assert _got(_run(extractor, text, "2025-04-10"), "value") == []


@pytest.mark.parametrize(("bullet", "pub", "period"), [
    ("力争到2027年，全县床位数达到3500张。", "2025-12-10", "2025-12"),
    pytest.param("力争到2026年，全县每千人口床位数达到6.5张。", "2025-11-20", "2025-11", marks=_SLOW),
    pytest.param("到2027年，全县床位数将达到3500张。", "2025-12-10", "2025-12", marks=_SLOW)])
def test_a_head_after_a_goals_sentence_takes_no_year_from_it(extractor: Extractor, bullet: str, pub: str,
                                                            period: str) -> None:
    """力争到2027年，…达到3500张。 / 指标 单位 数量 / 床位数 张 2860: the goal is 2027's, the rows are what stands now (of
    the item's time, as under any sentence with no year), levels, not goals of 2027."""
    text = f"某县卫健局工作动态\n\n{bullet}\n指标 单位 数量\n床位数 张 2860\n执业医师 人 1060\n"
    got = _got(_run(extractor, text, pub), "role", "period", "metric")
    assert got[0][1] == "target"
    assert got[1:] == [("2860", "level", period, "beds.total"), ("1060", "level", period, "quantity.health_workers")]


def test_a_place_head_after_a_goals_sentence(extractor: Extractor) -> None:
    """… and under a place head (地区 床位数（张）): the county's beds, no goal."""
    text = "某县卫健局工作动态\n\n力争到2027年，全县床位数达到3500张。\n地区 床位数（张）\n全县 2860\n"
    got = _got(_run(extractor, text, "2025-12-10"), "role", "period")
    assert got == [("3500张", "target", "2027"), ("2860", "level", "2025-12")]


def test_a_caption_of_its_own_year_after_a_goals_sentence(extractor: Extractor) -> None:
    """力争到2026年… / 表1 2025年卫生资源情况: the caption's year, as before."""
    text = ("某县2025年卫生健康工作总结\n\n力争到2026年，全县每千人口床位数达到6.5张。\n表1 2025年卫生资源情况\n"
            "指标 单位 数量\n床位数 张 2860\n")
    got = _got(_run(extractor, text, "2026-01-10"), "role", "period")
    assert got == [("6.5张", "target", "2026"), ("2860", "level", "2025")]


@pytest.mark.parametrize(("head", "row", "change"), [
    ("指标 单位 本年 上年 增减", "城镇新增就业 人 6280 6100 180", ("180", 180, "change", "2025")),
    pytest.param("指标 本年 上年 增减（%）", "城镇新增就业（人） 6280 6100 2.9", ("2.9", 2.9, "change", "2025"),
                 marks=_SLOW),
    pytest.param("指标 | 单位 | 本年 | 上年 | 增减", "城镇新增就业 | 人 | 6280 | 6100 | 180",
                 ("180", 180, "change", "2025"), marks=_SLOW)])
def test_this_year_last_year_and_the_change_under_no_captions_year(extractor: Extractor, head: str, row: str,
                                                                   change: tuple) -> None:
    """表1 主要指标完成情况 / 指标 单位 本年 上年 增减 in an item of 2025-12: 本年 is 2025 (本年 → the text's year, as
    今年 is), 上年 2024, the change 2025's; not the month the item came out in, nor no time for 上年."""
    text = f"某县人社局\n\n表1 主要指标完成情况\n{head}\n{row}\n"
    got = _got(_run(extractor, text, "2025-12-05"), "value", "role", "period")
    assert got == [("6280", 6280, "level", "2025"), ("6100", 6100, "level", "2024"), change]


@pytest.mark.parametrize(("caption", "periods"), [
    ("表1 2025年1—11月主要指标", ["2025M01-M11", "2024M01-M11", "2025M01-M11"]),
    ("表1 截至11月底主要指标", ["2025-11", "2024-11", "2025-11"]),
    ("表1 2025年主要指标", ["2025", "2024", "2025"])])
def test_this_year_last_year_under_a_caption_that_dates_them(extractor: Extractor, caption: str,
                                                             periods: list[str]) -> None:
    """A caption's time (1—11月, 截至11月底 in a December item, a year) is 本年's; 上年 is that a year back."""
    text = f"某县人社局\n\n{caption}\n指标 单位 本年 上年 增减\n城镇新增就业 人 6280 6100 180\n"
    assert [p for _, p in _got(_run(extractor, text, "2025-12-05"), "period")] == periods


def test_a_caption_of_a_part_with_no_year_in_a_december_item(extractor: Extractor) -> None:
    """截至11月底 主要指标完成情况 (a part, no year) in a December item: 2025-11, each row's own metric."""
    text = ("某县人社局工作动态\n\n截至11月底 主要指标完成情况\n指标 单位 完成数\n城镇新增就业 人 8260\n"
            "失业人员再就业 人 2150\n")
    got = _got(_run(extractor, text, "2025-12-05"), "period", "metric")
    assert got == [("8260", "2025-11", "jobs.urban_new"), ("2150", "2025-11", "jobs.reemployment")]


def test_a_unit_column_with_a_unit_per_row(extractor: Extractor) -> None:
    """指标 单位 数值 增长（%）: each row in its own unit (亿元, 人, 张), of the caption's year."""
    text = ("某县统计局\n\n表1 2025年主要指标\n指标 单位 数值 增长（%）\n地区生产总值 亿元 286.5 5.6\n"
            "城镇新增就业 人 6280 3.1\n床位数 张 2860 4.2\n")
    got = _got(_run(extractor, text, "2026-02-10"), "value", "measure", "period")
    assert got == [("286.5", 28_650_000_000, "元", "2025"), ("5.6", 5.6, "%", "2025"), ("6280", 6280, "人", "2025"),
                   ("3.1", 3.1, "%", "2025"), ("2860", 2860, "张", "2025"), ("4.2", 4.2, "%", "2025")]


def test_a_two_column_table_of_years_as_rows(extractor: Extractor) -> None:
    """年份 地区生产总值（亿元） / 2021 220.5 …: each year's own value."""
    text = "某县统计局\n\n表4 历年地区生产总值\n年份 地区生产总值（亿元）\n2021 220.5\n2022 238.1\n2023 251.6\n"
    got = _got(_run(extractor, text, "2026-03-01"), "value", "period", "metric")
    assert got == [("220.5", 22_050_000_000, "2021", "money.gdp"), ("238.1", 23_810_000_000, "2022", "money.gdp"),
                   ("251.6", 25_160_000_000, "2023", "money.gdp")]
