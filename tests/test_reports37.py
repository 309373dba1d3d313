"""What the blind set data/gold/reports37 found: under a headline of a summary and a plan (某县医疗保障局2025年工作总结和
2026年工作打算) the text's sections named no year of their own (一、工作开展情况, 三、下一步工作打算), and the headline's
later year, the plan's, was carried into the summary (全年… and undated figures of 2025 dated 2026), while the next
steps' goals were left undated (a 下一步 heading is otherwise one of the long term). In a report of December
(2025年工作总结及2026年工作计划), the goals under 三、2026年工作计划 lost the plan's year at each sub-heading and took the
document's year for 全年. Now the headline's two years date the halves by their sections' words (periods.yaml
halves_summary, halves_plan). Documents invented, in the style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_INSURANCE = ("某县医疗保障局2025年工作总结和2026年工作打算\n"
              "2025年，县医疗保障局坚持以人民健康为中心，各项工作取得新成效。\n"
              "一、工作开展情况\n"
              "全年基本医疗保险参保人数达到31.2万人，参保率稳定在95%以上。医保基金支出8.6亿元，同比增长4.1%。\n"
              "二、存在的问题\n基金平衡压力较大。\n"
              "三、下一步工作打算\n"
              "（一）巩固参保覆盖面。全县参保率稳定在95%以上，力争参保人数达到31.5万人。\n"
              "（二）提升服务水平。新增医保服务站点20个。\n")


def test_a_summary_section_is_of_the_summarys_year_and_the_next_steps_of_the_plans(extractor: Extractor) -> None:
    """一、工作开展情况 names no year: its 全年 and its undated figures are of 2025, the summary's year the headline
    names first, not of 2026; 三、下一步工作打算 is the plan's, its goals due in 2026 (not at no time), through its
    sub-headings; 二、存在的问题 goes on in the summary."""
    got = _got(_run(extractor, _INSURANCE, "2026-01-10", source="某县医疗保障局"), "value", "role", "period")
    assert got == [("31.2万人", 312000, "level", "2025"), ("95%以上", 95, "level", "2025"),
                   ("8.6亿元", 860000000, "level", "2025"), ("4.1%", 4.1, "change", "2025"),
                   ("95%以上", 95, "target", "2026"), ("31.5万人", 315000, "target", "2026"),
                   ("20个", 20, "target", "2026")]


def test_a_headline_run_into_the_first_sentence_still_names_the_halves(extractor: Extractor) -> None:
    """The headline with no sentence end, read as one sentence with the text's first (…2026年工作打算2025年，县医疗
    保障局…): its first two years are still the summary's and the plan's."""
    text = _INSURANCE.replace("工作打算\n2025年，", "工作打算2025年，", 1)
    got = _got(_run(extractor, text, "2026-01-10", source="某县医疗保障局"), "value", "period")
    assert got[0] == ("31.2万人", 312000, "2025") and got[-1] == ("20个", 20, "2026")


def test_a_december_reports_plan_keeps_its_year_past_its_sub_headings(extractor: Extractor) -> None:
    """A report of December 2025 (今年 is 2025): under 一、主要工作成效 its results are of 2025; under 三、2026年工作计划
    every goal is of 2026, 全年 and the goals that name no time alike, past the sub-headings (（二）…。) that end a
    year ahead elsewhere."""
    text = ("某区人力资源和社会保障局2025年工作总结及2026年工作计划\n今年以来，区人社局扎实推进各项工作。\n"
            "一、主要工作成效\n（一）就业局势保持稳定。全年城镇新增就业5216人，完成年度目标任务的104.3%。\n"
            "二、存在的问题\n技能人才结构性短缺问题依然存在。\n"
            "三、2026年工作计划\n（一）全力稳定就业。力争全年城镇新增就业5000人以上。\n"
            "（二）推进创业带动就业。计划发放创业担保贷款2亿元以上。\n")
    got = _got(_run(extractor, text, "2025-12-26", source="某区人社局"), "value", "role", "period")
    assert got == [("5216人", 5216, "level", "2025"), ("104.3%", 104.3, "level", "2025"),
                   ("5000人以上", 5000, "target", "2026"), ("2亿元以上", 200000000, "target", "2026")]


def test_a_heading_of_the_long_term_still_leaves_its_goals_undated(extractor: Extractor) -> None:
    """Under the halves, a heading of the long term (三、中长期发展谋划) is no plan of the headline's year: its goal that
    names no time stays undated, while the next steps before it are the plan's."""
    text = ("某县卫生健康局2025年工作总结和2026年工作计划\n一、2025年工作开展情况\n全年总诊疗人次达到212.6万人次。\n"
            "二、下一步工作打算\n新增床位150张。\n三、中长期发展谋划\n力争每千人口床位数达到7.2张。\n")
    got = _got(_run(extractor, text, "2026-01-10", source="某县卫生健康局"), "value", "role", "period")
    assert got == [("212.6万人次", 2126000, "level", "2025"), ("150张", 150, "target", "2026"),
                   ("7.2张", 7.2, "target", None)]


def test_a_headline_of_one_year_or_of_two_without_a_plan_word_opens_no_halves(extractor: Extractor) -> None:
    """A summary alone (某镇2025年工作总结) has no plan half: a heading of the next steps stays one of no time; and two
    years with no plan word after the later (2024年和2025年工作总结) are no summary and plan."""
    text = "某镇2025年工作总结\n一、工作开展情况\n全年新增就业620人。\n二、下一步工作打算\n新建养老服务站3个。\n"
    got = _got(_run(extractor, text, "2026-01-15", source="某镇人民政府"), "value", "period")
    assert got == [("620人", 620, "2025"), ("3个", 3, None)]
    text = "某镇2024年和2025年工作总结\n一、工作开展情况\n全年新增就业620人。\n二、下一步工作打算\n新建养老服务站3个。\n"
    got = _got(_run(extractor, text, "2026-01-15", source="某镇人民政府"), "value", "period")
    assert ("3个", 3, None) in got


def test_a_reports_parts_numbered_by_bu_fen_are_its_sections(extractor: Extractor) -> None:
    """第一部分 工作总结 / 第二部分 工作计划 number a report's halves as 一、 and 二、 would: each a section of its own
    (roles.yaml target.section_levels, layout.yaml), the summary's figures results of 2025, not goals of the
    headline's plan, and the plan's goals due in 2026."""
    text = ("某县农业农村局2025年工作总结和2026年工作计划\n第一部分 工作总结\n"
            "全年粮食播种面积稳定在86.5万亩，新建高标准农田3.2万亩。\n第二部分 工作计划\n"
            "新建高标准农田2.5万亩，粮食播种面积稳定在86万亩以上。\n")
    got = _got(_run(extractor, text, "2026-01-12", source="某县农业农村局"), "value", "role", "period")
    assert got == [("86.5万亩", 865000, "level", "2025"), ("3.2万亩", 32000, "level", "2025"),
                   ("2.5万亩", 25000, "target", "2026"), ("86万亩以上", 860000, "target", "2026")]
