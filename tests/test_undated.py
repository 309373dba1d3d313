"""A target the text gives no time for has no period: the document's date says when the news was
written, not when the goal is due. One with a time of its own, or under a year or plan the text named
before and still to run, keeps it. Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _quoted


def quoted(figs: list[dict], *keys: str) -> list[tuple]:
    """As `tests.dated.quoted`, an empty period (null in the table) written ""."""
    return [tuple("" if v is None else v for v in row) for row in _quoted(figs, *keys)]


def test_a_target_with_no_time_has_no_period(extractor: Extractor) -> None:
    """将新建… with no year anywhere: no period; a level beside it keeps the document's date."""
    figs = _run(extractor, "某市人社局\n本报讯 全市现有零工市场8个。下一步，全市将新建零工市场12个。", "2026-05-10")
    assert quoted(figs, "role", "period") == [("8个", "level", "2026-05"), ("12个", "target", "")]


def test_a_target_of_this_year_keeps_the_year(extractor: Extractor) -> None:
    """今年 in its sentence, or 确保全年: the year; 到2028年: the year it is due."""
    figs = _run(extractor, "某市就业工作\n今年全市将新建零工市场12个。确保全年城镇新增就业3万人。"
                           "到2028年，全市养老床位达到5000张。", "2026-05-10")
    assert quoted(figs, "period") == [("12个", "2026"), ("3万人", "2026"), ("5000张", "2028")]


def test_a_target_under_a_year_named_before_takes_it(extractor: Extractor) -> None:
    """2026年工作安排 opens the goals after it: they are due that year; a dated day (5月8日) names none."""
    figs = _run(extractor, "某县政府工作报告\n2026年，全县将重点抓好以下工作。新建农村公路120公里。", "2026-01-20")
    assert quoted(figs, "period") == [("120公里", "2026")]
    figs = _run(extractor, "某县卫健局\n5月8日，记者从县卫健局获悉。县医院将新增床位200张。", "2026-05-09")
    assert quoted(figs, "period") == [("200张", "")]


def test_a_past_year_named_before_dates_no_goal(extractor: Extractor) -> None:
    """2025年… then 将… in a document of 2026: the goal is not of the year the text looked back to."""
    figs = _run(extractor, "某县卫健局\n2025年，全县卫生院床位达到900张。县医院将新增床位200张。", "2026-03-09")
    assert quoted(figs, "period") == [("900张", "2025"), ("200张", "")]


def test_a_target_under_a_part_of_the_year_takes_the_year(extractor: Extractor) -> None:
    """上半年，… then 预计总产量…: the goal is of the year the part belongs to, not of the half."""
    figs = _run(extractor, "某县上半年经济运行简况\n上半年，全县粮食播种面积14.6万亩。全县预计总产量3.4万吨。", "2026-07-24")
    assert quoted(figs, "role", "period") == [("14.6万亩", "level", "2026H1"), ("3.4万吨", "target", "2026")]


def test_a_part_of_the_year_a_plan_word_opens_after_the_target_dates_it(extractor: Extractor) -> None:
    """计划新增床位500张，预计4月底投入使用: due then; …介绍，1月10日，项目开工 after it dates an event, no goal."""
    figs = _run(extractor, "某市卫健委\n在建医院1座，计划新增床位500张，预计4月底投入使用。"
                           "某医院将派30名专家来县开展服务，院长介绍，1月10日，项目正式开工。", "2026-01-15")
    assert quoted(figs, "period") == [("1座", "2026-01"), ("500张", "2026-04"), ("30名", "")]


def test_a_target_in_a_sentence_of_this_year_takes_the_year(extractor: Extractor) -> None:
    """今年1月，…签约项目136个，计划总投资628.5亿元: the month dates the signing, the sentence speaks of this year."""
    figs = _run(extractor, "某市招商\n今年1月，全市新签约项目136个，计划总投资628.5亿元。", "2026-02-15")
    assert quoted(figs, "role", "period")[-1] == ("628.5亿元", "target", "2026")
