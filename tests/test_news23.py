"""What the blind set data/gold/news23 found: eight items on beds, jobs and other counted quantities as city papers and
county sites report them (泰顺's holiday tourism, 商水's summer grain, 平邑's new school places, 剑河's roads, 嘉鱼's
health insurance, 桐梓's gig-work market, 盐边's county health alliance, 榆树's jobs for the disabled and veterans): the
next steps after a sentence of what this year did dated by that year, the city's count of places at schools in general
(临沂市今年新增中小学学位) read as a school the city's name heads and left to the county, a road's far end
(剑河至榕江高速公路) taken as the place of its length and cost, 较上年多开工 read as a level, and veterans placed
(接收安置, 安排工作) left out of jobs. Sentences invented, in the style of such
items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_next_steps_after_what_this_year_did_are_due_no_time(extractor: Extractor) -> None:
    """今年全县新增…。下一步，全县将新建…: the year dated what was done; the work still to do names no time. After a goal
    set for the year (今年全县将新建…。下一步，…) the year still dates it, as do words going on with the year's work
    (计划再…, 还将…, 力争全年…)."""
    text = "本报讯 今年全县新增家庭农场120家，同比增长8.1%。下一步，全县将新建冷链仓储设施6个，新增烘干设备40台。"
    got = _got(_run(extractor, text, "2026-10-12", source="某某日报"), "role", "period")
    assert got == [("120家", "level", "2026"), ("8.1%", "change", "2026"), ("6个", "target", None), ("40台", "target", None)]
    text = "本报讯 今年全县将新建冷链仓储设施6个。下一步，全县计划再新增烘干设备40台。"
    got = _got(_run(extractor, text, "2026-10-12", source="某某日报"), "role", "period")
    assert got == [("6个", "target", "2026"), ("40台", "target", "2026")]
    text = "本报讯 今年全县新增家庭农场120家。下一步，全县计划再新增烘干设备40台。"
    got = _got(_run(extractor, text, "2026-10-12", source="某某日报"), "role", "period")
    assert got == [("120家", "level", "2026"), ("40台", "target", "2026")]


def test_the_citys_count_of_school_places_is_the_citys(extractor: Extractor) -> None:
    """菏泽市今年新增中小学学位…: schools in general, after a time and a verb of counting, are no school the city's name
    heads; the count is the city's, not the county's the article is about. 菏泽市第一中学 is still a unit."""
    text = ("鄄城县新学期新增学位4200个\n本报讯 今年全县新增学位4200个。菏泽市今年新增中小学学位2.6万个，"
            "鄄城县新增学位数居全市前列。")
    got = _got(_run(extractor, text, "2026-09-02", source="菏泽日报"), "place")
    assert got == [("4200个", "鄄城县"), ("4200个", "鄄城县"), ("2.6万个", "菏泽市")]


def test_a_roads_far_end_is_not_the_place_of_its_length(extractor: Extractor) -> None:
    """三穗至黎平高速公路全长约62公里: the road runs from the county the article is about to another; its length and
    cost are the article's county's, not the far end's."""
    text = "三穗县交通建设提速\n本报讯 三穗至黎平高速公路项目全长约62公里，总投资约98亿元，今年已完成投资21.3亿元。"
    got = _got(_run(extractor, text, "2026-11-03", source="三穗县人民政府"), "place")
    assert got == [("约62公里", "三穗县"), ("约98亿元", "三穗县"), ("21.3亿元", "三穗县")]


def test_more_projects_started_than_last_year_are_a_change(extractor: Extractor) -> None:
    """较上年多开工3个: more of what was done than at the base, as 多开 and 多建 are."""
    text = "本报讯 今年全县开工水利项目12个，较上年多开工4个。"
    got = _got(_run(extractor, text, "2026-11-03", source="某某日报"), "role")
    assert got == [("12个", "level"), ("4个", "change")]


def test_veterans_placed_and_given_posts_are_jobs(extractor: Extractor) -> None:
    """接收安置退役军人…，其中安排工作…: veterans placed on their return and those given posts are jobs figures."""
    text = "本报讯 今年全县接收安置退役军人168人，其中安排工作12人。"
    figs = _run(extractor, text, "2026-11-03", source="某某日报")
    assert [(f["quote"], f["metric"].split(".")[0]) for f in figs] == [("168人", "jobs"), ("12人", "jobs")]
