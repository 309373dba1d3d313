"""What the blind set data/gold/reports231 showed: five work reports of kinds the reports sets had used least (正安县人民
政府's 政府工作报告 of January 2027, the year's results 预计全年 and the 2027 预期目标; 平凉市医疗保障局's year summary of
December, 参保 and 基金收支 of 1-11月, 集采 and a table by county; 上栗县住房和城乡建设局's 老旧小区改造 report of November,
1-10月 and a table by town; 大足区人力资源和社会保障局's half-year, 根治欠薪 and 技能培训 and a table by 镇街; 光山县财政局's
上半年预算执行 report with a budget table). Blind: recall=0.9521 precision=1.0 qualifier=1.0 role=0.9888 place=0.9385
period=1.0 topic_beds=1.0 topic_jobs=1.0 (188 must figures): the table by town (镇 | 计划改造小区（个） |
已完工小区（个） | 完成投资（万元）) not read, its goal's column word opening with 计划; 人均地区生产总值仅为全省平均水平的
62%左右 the province's, not the county's; 上半年争取新增政府债券资金6.4亿元 a goal, not money got. Now: recall=1.0
precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0; nothing left.
Gold corrected after the blind run: the figures of towns and streets (上栗镇长平社区…1260万元, the table by 镇, the 镇街
table, 弦山街道、紫水街道税收收入) are the county's or district's, as in every earlier set (GUIDE's places stop at the
county), not the town's. Sentences invented, in the style of such reports."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored


def test_a_plan_column_of_a_table_by_town_named_by_what_it_plans_is_read(extractor: Extractor) -> None:
    """镇 | 计划改造小区（个） | 已完工小区（个） | 完成投资（万元）: a goal's column word (计划) opening a longer name of
    what a table by place plans, its unit in brackets, is one column, its cells goals; the done column beside it levels. A
    rest holding a column word of its own (计划完成数) is not run into one name."""
    text = ("表1　截至10月底各镇老旧小区改造进度\n\n镇 | 计划改造小区（个） | 已完工小区（个） | 完成投资（万元）\n"
            "宣风镇 | 12 | 9 | 4120\n湘东镇 | 7 | 5 | 1980\n")
    assert _got(_run(extractor, text, "2026-11-16", source="芦溪县住房和城乡建设局"), "value", "measure", "role") == [
        ("12", 12, "个", "target"), ("9", 9, "个", "level"), ("4120", 41200000, "元", "level"),
        ("7", 7, "个", "target"), ("5", 5, "个", "level"), ("1980", 19800000, "元", "level")]
    text = "乡镇 | 计划新建户厕（座） | 已建成（座）\n城关镇 | 420 | 380\n"
    assert _got(_run(extractor, text, "2026-11-16", source="芦溪县农业农村局"), "measure", "role") == [
        ("420", "座", "target"), ("380", "座", "level")]



def test_a_share_of_the_province_s_average_is_the_county_s_figure(extractor: Extractor) -> None:
    """人均地区生产总值仅为全省平均水平的62%左右 in a county's report: 全省 after 为 and before 平均水平的…% is the base
    the share is taken of, as before …的1.3倍, so the figure is the county's, not the province's; the province's own
    average named as the subject (全省平均水平为…) stays the province's."""
    text = "二、存在的问题\n\n一是经济总量偏小，人均地区生产总值仅为全省平均水平的62%左右；二是产业链条短。\n"
    assert _got(_run(extractor, text, "2027-01-10", source="务川仡佬族苗族自治县人民政府"), "place") == [
        ("62%左右", "务川仡佬族苗族自治县")]
    text = "全县城镇居民人均可支配收入为全省的93.6%。全省平均水平为58%。"
    assert _got(_run(extractor, text, "2027-01-10", source="务川仡佬族苗族自治县人民政府"), "place") == [
        ("93.6%", "务川仡佬族苗族自治县"), ("58%", "贵州省")]


def test_money_sought_in_months_already_over_is_money_got(extractor: Extractor) -> None:
    """上半年争取新增政府债券资金6.4亿元 in a budget report of August: the clause (or its sentence) opens on months from
    January that ended before the document's month, so the money 争取 sought is what those months brought in, a level,
    as after a year past; in a report of May the half is still running and the words plan, and 下半年争取… plans."""
    text = ("上半年争取新增政府债券资金6.4亿元，其中专项债券5.2亿元。\n"
            "上半年，全县一般公共预算收入完成5.46亿元；争取上级补助资金3.2亿元。\n下半年争取上级资金2亿元。\n")
    assert _got(_run(extractor, text, "2026-08-26", source="新县财政局"), "role") == [
        ("6.4亿元", "level"), ("5.2亿元", "level"), ("5.46亿元", "level"), ("3.2亿元", "level"), ("2亿元", "target")]
    assert _got(_run(extractor, text, "2026-05-20", source="新县财政局"), "role")[:2] == [
        ("6.4亿元", "target"), ("5.2亿元", "target")]

@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_reports231_gold_set_scores_at_its_floors() -> None:
    """data/gold/reports231 (正安县 政府工作报告 of January 2027; 平凉市医疗保障局 year summary of December 2026;
    上栗县住房和城乡建设局 老旧小区改造 report of November; 大足区人力资源和社会保障局 half-year of July; 光山县财政局
    上半年预算执行 report of August). Blind: recall=0.9521 precision=1.0 qualifier=1.0 role=0.9888 place=0.9385
    period=1.0 topic_beds=1.0 topic_jobs=1.0 (188 must figures); now: recall=1.0 precision=1.0 qualifier=1.0 role=1.0
    place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0. Floors, not the exact scores."""
    s = scored("reports231")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.98 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.995
    assert s["topic_beds_acc"] >= 0.99 and s["topic_money_acc"] >= 0.99
