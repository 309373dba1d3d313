"""What the blind set data/gold/news22 found: eight items on beds, jobs and other counted quantities (平湖's health
commission, 射阳's first quarter, 溆浦's hospital and road projects, 汉川's job-retention refunds, 望谟's labour
cooperation with 北仑, 通渭's township hospital, 嘉善's talent intake, 滦南's livelihood projects): full-time
years of work (人年) read as people, a talent scheme's name (人才计划) read as a plan, labour sent out (输出劳动力) and
the parts of a count split by a count of another kind (8批次、560人) left without a jobs metric, a change written as
more than the same period's (同比多增) after a share of the target left without one, the province the workers come
from (贵州籍) taken as the place of the district that took them in, a prefecture's sentence read as the name of a unit
(嘉兴市…大学生, 定西市…中心) and so placed in the county the article is on, 去年以来 dated last year alone, and the
parts of a planned total (规划床位…，其中…) read as levels. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_person_years_are_a_measure_and_a_following_year_word_leaves_people(extractor: Extractor) -> None:
    """研发人员全时当量3200人年 counts full-time years of work; in 带动800人年均增收 年 opens 年均, and the 800 are
    people (the shorter measure word the longer one opens)."""
    text = "本报讯 全县研发人员全时当量达3200人年，带动800人年均增收4000元。"
    got = _got(_run(extractor, text, "2026-05-10", source="某某日报"), "measure")
    assert got == [("3200人年", "人年"), ("800人", "人"), ("4000元", "元")]


def test_a_talent_schemes_name_is_no_plan(extractor: Extractor) -> None:
    """新增国家级人才计划入选者12人: those a talent scheme chose this year, results; 人才计划 names the scheme."""
    text = "本报讯 今年全市新增国家级人才计划入选者12人，新建博士后工作站3家，引进海外人才46名。"
    got = _got(_run(extractor, text, "2026-10-10", source="某某日报"), "role")
    assert got == [("12人", "level"), ("3家", "level"), ("46名", "level")]


def test_labour_sent_out_counts_jobs(extractor: Extractor) -> None:
    """向东部地区输出劳动力…万人: labour moved out to work, as 劳务输出 is; 不少于 a goal for the year."""
    text = "本报讯 去年全县向东部地区输出劳动力5.4万人。今年，全县计划输出劳动力不少于5.8万人。"
    got = _got(_run(extractor, text, "2026-03-01", source="某某日报"), "metric", "role")
    assert got == [("5.4万人", "jobs.labour_transfer", "level"), ("不少于5.8万人", "jobs.labour_transfer", "target")]


def test_more_than_the_same_period_after_a_share_done_measures_the_jobs(extractor: Extractor) -> None:
    """城镇新增就业…，完成年度目标任务的…，同比多增…人: more than a year before, a change of the new jobs."""
    text = "本报讯 1—9月，全县城镇新增就业4380人，完成年度目标任务的87.6%，同比多增215人。"
    got = _got(_run(extractor, text, "2026-10-12", source="某某日报"), "metric", "role")
    assert got[2] == ("215人", "jobs.urban_new", "change")


def test_the_province_workers_come_from_is_no_place_of_their_count(extractor: Extractor) -> None:
    """该区共接收四川籍务工人员1.6万人: 籍 names where the workers come from; the district that took them in counts
    them."""
    text = "本报讯 记者从龙岗区人社局获悉，去年该区共接收四川籍务工人员1.6万人，发放交通补贴96万元。"
    got = _got(_run(extractor, text, "2026-03-15", source="深圳特区报"), "place")
    assert got == [("1.6万人", "龙岗区"), ("96万元", "龙岗区")]


def test_a_prefectures_sentence_is_no_units_name(extractor: Extractor) -> None:
    """In an item on a county, 湖州市上半年新引进大学生… and 湖州市今年计划建成…中心… are the city's own figures:
    大学生 are students, not a 大学, and a time ends what a unit's name could be."""
    text = ("长兴县上半年引进大学生1.1万名\n"
            "本报讯 上半年，长兴县新引进大学生1.1万名。湖州市上半年新引进大学生4.8万人，长兴占比超两成。"
            "湖州市今年计划建成县域医疗次中心12个。")
    got = _got(_run(extractor, text, "2026-07-20", source="湖州日报"), "place")
    assert got[2] == ("4.8万人", "湖州市") and got[-1] == ("12个", "湖州市") and got[1] == ("1.1万名", "长兴县")


def test_since_last_year_runs_to_the_documents_year(extractor: Extractor) -> None:
    """去年以来，…投入资金… in an item of 2026: the money went in over 2025-2026, as 2025年以来 says."""
    text = "本报讯 去年以来，某某镇投入资金860万元，对镇卫生院实施改扩建，新增业务用房2600平方米。"
    got = _got(_run(extractor, text, "2026-08-20", source="某某日报"), "period")
    assert got == [("860万元", "2025-2026"), ("2600平方米", "2025-2026")]


def test_the_parts_of_a_planned_total_are_planned(extractor: Extractor) -> None:
    """规划床位900张，其中新增床位500张，重症医学科床位不少于40张: the parts 其中 opens after a planned total are
    planned too; the total investment before stays a level."""
    text = "本报讯 县中医院迁建项目日前开工，项目总投资6.2亿元，规划床位900张，其中新增床位500张，重症医学科床位不少于40张。"
    got = _got(_run(extractor, text, "2026-05-08", source="某某日报"), "role")
    assert got == [("6.2亿元", "level"), ("900张", "target"), ("500张", "target"), ("不少于40张", "target")]


def test_a_part_after_a_count_of_another_kind_takes_the_wholes_metric(extractor: Extractor) -> None:
    """输送务工人员1260人，其中包车输送8批次、460人: the 460 are a part of the workers sent, past the trips
    counted between."""
    text = "本报讯 今年1—2月，全县有组织输送务工人员1380人，其中“点对点”包车输送6批次、460人。"
    got = _got(_run(extractor, text, "2026-03-05", source="某某日报"), "metric")
    assert got[0][1] == got[2][1] and got[2][1].startswith("jobs.")
