"""What the blind set data/gold/news51 found: five news items that stress where and when a figure is (山西日报's
province roundup naming 忻州, 吕梁 and six of their counties with a figure each, 河池市's year with its eleven 县区
listed a row each under 各县（区）城镇新增就业情况如下：, 鹰潭日报's 养老 item going from 全国 to 全省 to 本市, 碧江区's
一季度 economy with 1-3月 and 截至3月末, 朝阳市's 前10个月 jobs set against 去年同期, 上年 and 前年): the rows under a
lead-in that names what they count read as plain counts of people, and 喀左县, the clipped name its papers give
喀喇沁左翼蒙古族自治县, placed its figure in the city named before it. Probes of the same kinds found 一至三月, months
from one to another in Chinese numerals, read as no time, and 大同 or 黄山 in a roundup's row (其中太原5.2万人，大同2.1万人)
left the city before it in force, the common word not read as the city. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_rows_under_a_lead_in_count_what_it_names(extractor: Extractor) -> None:
    """各县（市、区）城镇新增就业情况如下：甲县…人；乙县…人: the rows name only their places, the lead-in what they
    count; each row keeps its own place."""
    text = ("本报讯 今年上半年，全市城镇新增就业1.28万人。各县（市、区）城镇新增就业情况如下：\n"
            "宁远县2310人，同比增长3.6%；\n道县1980人；\n江永县960人。")
    got = _got(_run(extractor, text, "2026-07-20", source="永州日报"), "metric", "place")
    assert got[0] == ("1.28万人", "jobs.urban_new", "永州市")
    assert got[1] == ("2310人", "jobs.urban_new", "宁远县")
    assert got[3:] == [("1980人", "jobs.urban_new", "道县"), ("960人", "jobs.urban_new", "江永县")]
    assert got[2][1].startswith("jobs.") and got[2][2] == "宁远县"  # the row's growth is a jobs figure too


def test_a_lead_in_that_names_nothing_counted_lends_nothing(extractor: Extractor) -> None:
    """主要做法如下：… names no measure: a figure after it stays what its own words make it, and a row with its own
    words (新增养老床位120张) keeps them under a lead-in of jobs."""
    text = "本报讯 今年以来，该县主要做法如下：组织专场招聘会12场，帮扶困难群众860人。"
    got = _got(_run(extractor, text, "2026-07-20", source="永州日报"), "metric")
    assert ("860人", "quantity.people") in got or all(not m.startswith("jobs.urban") for _, m in got)
    text = "本报讯 各县城镇新增就业情况如下：宁远县2310人；道县新增养老床位120张。"
    got = _got(_run(extractor, text, "2026-07-20", source="永州日报"), "metric")
    assert got[0] == ("2310人", "jobs.urban_new") and got[1][1].startswith("beds.")


def test_clipped_names_of_autonomous_counties_are_placed(extractor: Extractor) -> None:
    """喀左县 (喀喇沁左翼蒙古族自治县), 阜蒙县 (阜新蒙古族自治县), 前郭县 (前郭尔罗斯蒙古族自治县): no stem of their names,
    yet the names their papers give them; a figure after one is its county's, not the city's named before it."""
    text = "本报讯 前10个月，北票市城镇新增就业3860人，喀左县2950人。"
    got = _got(_run(extractor, text, "2026-11-18", source="朝阳日报"), "place")
    assert got == [("3860人", "北票市"), ("2950人", "喀喇沁左翼蒙古族自治县")]
    text = "本报讯 今年，阜蒙县新增养老床位120张，彰武县新增床位80张。"
    got = _got(_run(extractor, text, "2026-11-18", source="阜新日报"), "place")
    assert got == [("120张", "阜新蒙古族自治县"), ("80张", "彰武县")]
    text = "本报讯 今年，前郭县新增养老床位90张。"
    got = _got(_run(extractor, text, "2026-11-18", source="松原日报"), "place")
    assert got == [("90张", "前郭尔罗斯蒙古族自治县")]


def test_months_from_one_to_another_in_chinese_numerals(extractor: Extractor) -> None:
    """一至三月, 一月至十月: the months from January, as 1-3月 is; a month alone in Chinese numerals stays unread."""
    text = "本报讯 一至三月，全市城镇新增就业4200人。一月至十月，全市新增市场主体3.2万户。"
    got = _got(_run(extractor, text, "2026-11-18", source="安康日报"), "period")
    assert got == [("4200人", "2026M01-M03"), ("3.2万户", "2026M01-M10")]
    text = "本报讯 1至3月，全市城镇新增就业4200人。"
    got = _got(_run(extractor, text, "2026-11-18", source="安康日报"), "period")
    assert got == [("4200人", "2026M01-M03")]


def test_periods_of_a_year_ago_and_the_year_before(extractor: Extractor) -> None:
    """去年同期，全市…: the figure of that time last year; 上年全年 last year; 前年 the year before it; 今年前10个月 the
    months of this year (their base, 比去年同期多增, is no period of theirs)."""
    text = ("本报讯 今年前10个月，全市城镇新增就业2.35万人，比去年同期多增1800人。去年同期，全市城镇新增就业2.17万人。"
            "上年全年，全市城镇新增就业2.6万人；前年全市城镇新增就业2.48万人。")
    got = _got(_run(extractor, text, "2026-11-18", source="朝阳日报"), "period")
    assert got[:2] == [("2.35万人", "2026M01-M10"), ("1800人", "2026M01-M10")]
    assert got[3:] == [("2.6万人", "2025"), ("2.48万人", "2024")]
    # (last year's same months; the year is what a period is judged by, the months are left to the time in force)
    assert got[2][0] == "2.17万人" and got[2][1].startswith("2025")


def test_a_common_word_that_is_a_city_is_a_row_of_a_list_of_cities(extractor: Extractor) -> None:
    """其中太原5.2万人，大同2.1万人: 大同 (a common word, 大同小异) heads a clause with its figure right after it, behind a
    clause a city opened: a row of the list, 大同市's figure; with no such city before (白银3000吨) it stays the word."""
    text = "本报讯 上半年，全省城镇新增就业24.6万人，其中太原5.2万人，大同2.1万人，长治1.9万人。"
    got = _got(_run(extractor, text, "2026-07-15", source="山西日报"), "place")
    assert got == [("24.6万人", "山西省"), ("5.2万人", "太原市"), ("2.1万人", "大同市"), ("1.9万人", "长治市")]
    text = "本报讯 上半年，全省城镇新增就业38万人，其中，合肥9.2万人，黄山1.1万人。"
    got = _got(_run(extractor, text, "2026-07-15", source="安徽日报"), "place")
    assert got[-1] == ("1.1万人", "黄山市")
    text = "本报讯 今年，全省新建项目12个，白银3000吨的产能项目落地。"
    got = _got(_run(extractor, text, "2026-07-15", source="甘肃日报"), "place")
    assert got[-1] == ("3000吨", "甘肃省")
