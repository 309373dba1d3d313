"""What the last stop left (leftovers8): a census the whole country takes, the base's own value in a
comparison, the parts of a past year under a headline of plans, newly certified workers and new
teachers, and the minutes of a clock time. Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_national_census_in_a_county_bulletin_counts_the_county(extractor: Extractor) -> None:
    """与第七次全国人口普查的9.87万人相比 in a county's bulletin: the county's count at that census, of its year."""
    figs = _run(extractor, "某县2025年全国1%人口抽样调查主要数据公报\n和平县统计局\n"
                           "2025年11月1日零时，全县常住人口为9.52万人，与2020年第七次全国人口普查的9.87万人相比，"
                           "减少3500人。", "2025-12-20", "", "和平县")
    assert quoted(figs, "place", "period")[-3:] == [("9.52万人", "和平县", "2025-11"), ("9.87万人", "和平县", "2020"),
                                                    ("3500人", "和平县", "2025-11")]


def test_the_value_of_a_comparisons_base_is_of_the_bases_year(extractor: Extractor) -> None:
    """比2020年的3.1人减少0.2人: 3.1人 is 2020's; 是2020年的1.5倍 is a ratio of the year in force; 与2020年相比，…由
    2.1人上升为2.6人: the from end is 2020's, the to end the year in force's."""
    figs = _run(extractor, "某县统计公报\n2025年，全县平均每户人口2.9人，比2020年的3.1人减少0.2人。"
                           "全县企业总数达到600家，是2020年的1.5倍。与2020年相比，全县户均劳动力由2.1人上升为2.6人。"
                           "今年将确保工资不低于上一年度收入水平的1.1倍。",
                "2026-03-01")
    assert quoted(figs, "period") == [("2.9人", "2025"), ("3.1人", "2020"), ("0.2人", "2025"), ("600家", "2025"),
                                      ("1.5倍", "2025"), ("2.1人", "2020"), ("2.6人", "2025"), ("1.1倍", "2026")]


def test_the_parts_of_a_past_years_results_under_a_headline_of_plans_are_levels(extractor: Extractor) -> None:
    """某市2026年十件民生实事出炉 / 2025年…全部完成。其中，新增学位…: what was done, not the new year's goals."""
    figs = _run(extractor, "某市2026年十件民生实事出炉\n本报讯 全市2026年十件民生实事项目正式确定，计划总投资9.5亿元。"
                           "2025年，全市10件民生实事全部完成，累计完成投资8.1亿元。其中，新增学位6000个，新增养老床位300张。"
                           "今年将新增学位4000个。", "2026-02-05")
    assert quoted(figs, "role")[-5:] == [("10件", "level"), ("8.1亿元", "level"), ("6000个", "level"),
                                         ("300张", "level"), ("4000个", "target")]


def test_newly_certified_workers_and_new_teachers_are_jobs(extractor: Extractor) -> None:
    """新增持证护理员 (what training yields) and 新教师 (taken on) are jobs; all those who hold a certificate not."""
    figs = _run(extractor, "某市养老服务\n今年新增持证养老护理员320名，全市持证养老护理员达到1500人。"
                           "秋季开学，96名新教师走上讲台。", "2026-09-10")
    assert quoted(figs, "metric") == [("320名", "jobs.skills"), ("1500人", "quantity.people"), ("96名", "jobs.hiring")]


def test_the_minutes_of_a_clock_time_are_no_count(extractor: Extractor) -> None:
    """…16:22本文来源: a dateline's clock time run into the text, no 22本."""
    figs = _run(extractor, "关于某项目的批复\n2014年9月29日 16:22本文来源：某市发改委\n项目新建病房楼2栋。", "2014-09-29")
    assert quoted(figs) == [("2栋",)]


def test_the_gap_of_a_yearly_average_to_a_base_is_over_its_years(extractor: Extractor) -> None:
    """年均增长6.3%，高于全省平均0.4个百分点: the gap is of the average's years; 低于全省0.2个百分点 after a rate of
    2025 is of 2025."""
    figs = _run(extractor, "某市政府工作报告\n五年来，全市地区生产总值年均增长6.3%，高于全省平均0.4个百分点。"
                           "2025年，全市城镇调查失业率5.1%，低于全省0.2个百分点。", "2026-01-20")
    assert quoted(figs, "period")[-4:] == [("6.3%", "2021-2025"), ("0.4个百分点", "2021-2025"), ("5.1%", "2025"),
                                      ("0.2个百分点", "2025")]
