"""What the last stop left (leftovers10): a standard a figure is measured against, what a project gives once
built past the time that dated the parts before it, and money secured that a comparison with last year's
same period shows done. Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_requirement_after_a_figure_is_its_target(extractor: Extractor) -> None:
    """超过…占比不低于5%的要求: the requirement is a standard to meet, a target; the share it is met with a level."""
    figs = _run(extractor, "某市医院扩容\n本报讯 新楼新增重症床位40张，占开放床位的6.1%，"
                           "超过三级医院重症床位占比不低于5%的要求。", "2026-03-01")
    assert quoted(figs, "role", "qualifier") == [("40张", "level", "exact"), ("6.1%", "level", "exact"),
                                                 ("不低于5%", "target", "lower_bound")]


def test_what_a_project_gives_once_built_past_a_scope_mark_names_no_time(extractor: Extractor) -> None:
    """今年，甲医院…投入使用，新增床位300张；乙医院…建成后将新增床位120张: 今年 dates the part before the mark;
    the beds the second gives once built are due whenever it is built. A deadline in the same part dates it."""
    figs = _run(extractor, "某县卫生健康\n本报讯 今年，甲县人民医院新住院楼投入使用，新增床位300张；"
                           "乙县中医医院康复楼建成后将新增床位120张。"
                           "丙县医院扩建项目计划年底前完工，建成后将新增床位80张。", "2026-05-10")
    assert quoted(figs, "role", "period") == [("300张", "level", "2026"), ("120张", "target", None),
                                              ("80张", "target", "2026")]


def test_money_secured_compared_with_last_years_same_period_is_a_result(extractor: Extractor) -> None:
    """争取…资金…，比上年同期增加…: secured so far, a level, and the gap a change; 甲区、乙区分别争取…: what each
    secured; 今年将争取… stays a goal."""
    figs = _run(extractor, "某市财政\n本报讯 全市争取上级转移支付资金108.6亿元，比上年同期增加5.2亿元。全市发行新增专项债券"
                           "18.6亿元，其中甲区、乙区分别争取专项债券3.2亿元和2.8亿元。今年将争取上级资金20亿元以上。",
                "2025-11-20")
    assert quoted(figs, "role") == [("108.6亿元", "level"), ("5.2亿元", "change"), ("18.6亿元", "level"),
                                    ("3.2亿元", "level"), ("2.8亿元", "level"), ("20亿元以上", "target")]


def test_a_development_zone_named_by_its_city_is_a_unit(extractor: Extractor) -> None:
    """西宁经济技术开发区…企业20家 after a county of another prefecture: the zone is a unit the city's name heads;
    the sentence after it speaks of the province the headline names again, not of the city."""
    figs = _run(extractor, "青海枸杞出口额增长20%\n新华社西宁9月1日电 今年前8个月，青海省枸杞出口额达到1.2亿元。"
                           "海西州都兰县枸杞种植面积20万亩。西宁经济技术开发区已集聚加工企业20家。"
                           "在出口市场中，对美国出口额为3000万元。", "2024-09-01", "新华社")
    assert quoted(figs, "place")[-1] == ("3000万元", "青海省")


def test_a_threshold_qualifying_a_noun_takes_no_rank_in_a_respective_list(extractor: Extractor) -> None:
    """丰宁、围场两县分别新增收入10万元以上的村126个和98个: the threshold qualifies the villages, no item of the list
    分别 runs over; 126个 is the first county's, 98个 the second's."""
    figs = _run(extractor, "丰宁、围场两县分别新增农村集体经济收入10万元以上的村126个和98个。",
                "2026-01-20", "", "承德市")
    assert quoted(figs, "place")[-2:] == [("126个", "丰宁满族自治县"), ("98个", "围场满族蒙古族自治县")]


def test_what_a_building_holds_under_a_span_is_of_its_end(extractor: Extractor) -> None:
    """“十四五”以来，…。某县新建的幼儿园可容纳幼儿360名: a capacity now, of the span's last year, not a total over it."""
    figs = _run(extractor, "某市教育\n“十四五”以来，全市累计投入教育资金86.3亿元，年均增长9.2%。"
                           "某县新建的县第二幼儿园可容纳幼儿360名。", "2025-12-01", "", "山南市")
    assert quoted(figs, "period") == [("86.3亿元", "2021-2025"), ("9.2%", "2021-2025"), ("360名", "2025")]
