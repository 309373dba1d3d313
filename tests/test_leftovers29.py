"""Leftovers of earlier sets (leftovers29): the country's 政府工作报告 cited in a county deputy's item at the national
session; a county bulletin's tables by township (分乡镇) whose column words are bare or whose units stand on the line
under them. Sentences and tables invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_DEPUTY = ("全国人大代表、某县委书记李明：把产业留在山里\n"
           "本报北京3月8日电（记者 王洁）8日，在十四届全国人大四次会议代表团审议现场，全国人大代表李明谈起了竹溪县的变化。"
           "去年，竹溪县城镇新增就业3150人。\n"
           "今年政府工作报告提出，城镇新增就业1200万人以上，城镇调查失业率5.5%左右。李明表示，竹溪县今年将力争新增就业3300人。\n")


def test_the_report_a_national_session_reviews_is_the_countrys(extractor: Extractor) -> None:
    """In news of the national session (its headline or lead names 全国人大), 政府工作报告 named by no level is the
    report that session reviews: the figures after it in its sentence are the country's; the county's own again in the
    sentence that names it."""
    got = _got(_run(extractor, _DEPUTY, "2026-03-09", "湖北日报"), "place")
    assert ("3150人", "竹溪县") in got
    assert ("1200万人以上", "全国") in got and ("5.5%左右", "全国") in got
    assert ("3300人", "竹溪县") in got


def test_a_local_report_stays_the_articles_own(extractor: Extractor) -> None:
    """A county's item with no national session in it: its 政府工作报告 is the county's own; and a report named by its
    level (县政府工作报告) in national-session news is that level's."""
    local = ("竹溪县两会召开\n本报讯 竹溪县第十九届人民代表大会第五次会议开幕。"
             "今年政府工作报告提出，全年城镇新增就业3300人，城镇调查失业率控制在5.5%以内。\n")
    got = _got(_run(extractor, local, "2026-01-10", "十堰日报"), "place")
    assert ("3300人", "竹溪县") in got and ("5.5%以内", "竹溪县") in got
    leveled = _DEPUTY.replace("今年政府工作报告提出", "今年县政府工作报告提出")
    got = _got(_run(extractor, leveled, "2026-03-09", "湖北日报"), "place")
    assert ("1200万人以上", "竹溪县") in got


def _county_table(extractor: Extractor, lines: list[str]) -> list[tuple]:
    text = "\n".join(["某县2025年国民经济和社会发展统计公报", "全县经济运行总体平稳。", *lines, ""])
    return _got(_run(extractor, text, "2026-04-10", "武山县统计局", "武山县"), "value", "measure", "place", "period")


def test_a_population_table_by_township_reads_its_bare_column_words(extractor: Extractor) -> None:
    """户籍人口 常住人口 其中：城镇人口 under 单位：人: columns of a population table, levels in the note's unit; the
    part column (其中：) is a column of its own. A town's row is its county's figures, as every town is."""
    got = _county_table(extractor, ["表3 2025年末分乡镇人口", "单位：人", "乡镇 户籍人口 常住人口 其中：城镇人口",
                                    "全县 452,310 386,420 142,650", "城关镇 62,480 70,150 58,930",
                                    "洛门镇 58,210 51,370 16,480"])
    assert ("142,650", 142650.0, "人", "武山县", "2025") in got
    assert ("58,930", 58930.0, "人", "武山县", "2025") in got
    assert ("51,370", 51370.0, "人", "武山县", "2025") in got
    assert len(got) == 9


def test_a_township_tables_units_under_its_words_one_each(extractor: Extractor) -> None:
    """乡镇 粮食播种面积 粮食产量 蔬菜产量 农村居民人均 / （亩） （吨） （吨） 可支配收入（元）, both lines flush left: as
    many pieces under as words over, one each in order (the last word's rest with its unit), each column named by
    what it holds in its unit."""
    got = _county_table(extractor, ["表1 2025年分乡镇主要农业指标", "乡镇 粮食播种面积 粮食产量 蔬菜产量 农村居民人均",
                                    "（亩） （吨） （吨） 可支配收入（元）", "全县 512,300 152,400 624,800 13,954",
                                    "城关镇 18,420 5,360 72,150 17,206", "洛门镇 42,180 12,730 96,420 15,108"])
    assert ("512,300", 512300.0, "亩", "武山县", "2025") in got
    assert ("12,730", 12730.0, "吨", "武山县", "2025") in got
    assert ("17,206", 17206.0, "元", "武山县", "2025") in got
    assert len(got) == 12


def test_a_head_of_more_pieces_than_words_still_reads_nothing_unsure(extractor: Extractor) -> None:
    """Five pieces under four words, each a bracketed unit: which word takes two? No reading is taken, no figure."""
    got = _county_table(extractor, ["表1 2025年分乡镇主要农业指标", "乡镇 粮食播种面积 粮食产量 蔬菜产量 农村居民人均",
                                    "（亩） （吨） （吨） （元） （元）", "全县 512,300 152,400 624,800 13,954",
                                    "城关镇 18,420 5,360 72,150 17,206"])
    assert not any(q in ("18,420", "5,360") for q, *_ in got)


_BULLETIN = ("某县2025年国民经济和社会发展统计公报\n十二、人口和就业\n"
             "年末全县常住人口38.62万人。全年城镇新增就业4120人；年末城镇登记失业率3.1%。"
             "2026年计划城镇新增就业4000人以上，城镇登记失业率控制在3.5%以内。{tail}\n")


def test_a_year_that_dates_only_goals_leaves_the_reports_year_words_to_the_report(extractor: Extractor) -> None:
    """A bulletin on 2025 published in 2026 names next year's plan (2026年计划…), then goes on reporting: 年末 of a
    level after it is of the report's year, 2025; a goal's 全年 or 年末 after it is of the goals' year, 2026."""
    text = _BULLETIN.format(tail="年末全县60岁及以上老年人口8.26万人，占常住人口的21.39%。")
    got = _got(_run(extractor, text, "2026-03-28", "某县统计局", "武山县"), "period")
    assert ("4000人以上", "2026") in got
    assert ("8.26万人", "2025") in got and ("21.39%", "2025") in got
    text = _BULLETIN.format(tail="全年力争新增农村劳动力转移就业6000人，年末养老床位达到900张。")
    got = _got(_run(extractor, text, "2026-03-28", "某县统计局", "武山县"), "period")
    assert ("6000人", "2026") in got and ("900张", "2026") in got
