"""What the blind set data/gold/reports15 found: excerpts of work reports of an autonomous prefecture (恩施土家族苗族
自治州 of 2025, its 州府 and counties in passing), a county-level city (诸暨市 of 2025), a county quoting its province's
and city's goals (安吉县 of 2026), a province (湖南省 of 2024, 全国 in passing), a district of a municipality (天津市西青区
of 2026: a 十四五 review and 十五五 goals to 2030) and a paper's summary of a city's report (宜宾市, 本报讯 … 报告指出 …
报告提出). Sentences invented, in the style of such texts; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_heading_of_next_steps_without_a_plan_word_opens_a_section_of_undated_tasks(extractor: Extractor) -> None:
    """二、2025年主要目标 … 三、下一步工作 / 新增普惠托位300个…: a heading that names the next steps (下一步, 下步, with or
    without 工作 after it) is a heading of tasks as 三、下一步重点工作 is: its figures are goals, due whenever they are done,
    not levels of the document's date."""
    for heading in ("三、下一步工作", "三、下步工作", "三、下一步"):
        page = ("诸暨市人民政府工作报告\n一、2024年工作回顾\n全市城镇新增就业2.35万人。\n二、2025年主要目标\n"
                "今年主要预期目标是：城镇新增就业2万人以上。\n" + heading + "\n"
                "新增普惠托位300个，新增养老床位200张，改造老旧小区20个、惠及3100户。\n")
        assert quoted(_run(extractor, page, "2025-01-15"), "role", "period") == [
            ("2.35万人", "level", "2024"), ("2万人以上", "target", "2025"), ("300个", "target", None),
            ("200张", "target", None), ("20个", "target", None), ("3100户", "target", None)], heading


def test_the_year_a_summary_s_sentence_opens_with_after_its_speaker_ends_a_review_s_span(extractor: Extractor) -> None:
    """报告指出，五年来，…。报告显示，过去一年民生支出…。城镇新增就业5.12万人…: a paper's summary puts who says it
    (报告显示，) before the time its sentence opens with; the year just over is still the time the text turns to, out
    of the span of the five years, and the sentences after it are of that year. A year written inside a sentence of the
    review (…由2019年的50.1%提高到2024年的56.2%) ends a series and leaves the span in force."""
    page = ("宜宾市七届人大五次会议开幕\n本报讯 市长代表市人民政府作政府工作报告。"
            "报告指出，五年来，全市地区生产总值年均增长7.1%，全市常住人口城镇化率由2019年的50.1%提高到2024年的56.2%。"
            "累计完成固定资产投资1.36万亿元。\n"
            "报告显示，过去一年民生支出占一般公共预算支出的比重达到74.5%。城镇新增就业5.12万人，新增养老床位1600张。\n")
    figs = [f for f in _run(extractor, page, "2025-01-11") if f["measure"] != "年"]
    assert quoted(figs, "period") == [
        ("7.1%", "2020-2024"), ("50.1%", "2019"), ("56.2%", "2024"), ("1.36万亿元", "2020-2024"),
        ("74.5%", "2024"), ("5.12万人", "2024"), ("1600张", "2024")]


def test_next_steps_after_a_deadline_of_a_later_year_set_for_one_goal_are_undated(extractor: Extractor) -> None:
    """报告提出，到2027年全市动力电池产业产值突破3000亿元。报告提出，下一步将…新建投产重大产业项目100个: the deadline
    dates the goal it is set for; the next steps the text turns to name no time and are due whenever they are done. The
    year the goals before were set for (今年…。下一步，全市计划再改造…) still dates them."""
    page = ("宜宾市七届人大五次会议开幕\n本报讯 报告提出，今年全市城镇新增就业5万人以上。"
            "报告提出，到2027年全市动力电池产业产值突破3000亿元。\n"
            "报告提出，下一步将深入实施产业发展战略，新建投产重大产业项目100个，新增养老床位1000张。\n")
    assert quoted(_run(extractor, page, "2025-01-11"), "role", "period") == [
        ("5万人以上", "target", "2025"), ("突破3000亿元", "target", "2027"), ("100个", "target", None),
        ("1000张", "target", None)]
    page = "某县人民政府\n今年全县将新建农村公路40公里。下一步，全县计划再改造老旧小区10个。\n"
    assert quoted(_run(extractor, page, "2025-03-11"), "role", "period") == [
        ("40公里", "target", "2025"), ("10个", "target", "2025")]


def test_a_county_quoting_its_province_s_and_city_s_goals_gives_each_its_own(extractor: Extractor) -> None:
    """全省提出，今年全省生产总值增长5.5%左右；湖州市提出，全市生产总值增长6%左右。…今年全县…增长6.5%左右: in a county's
    report the province's goal is the province's, the city's goal (全市 after the city named) the city's, and the
    county's own goals, after them, the county's."""
    page = ("安吉县人民政府工作报告\n二、2026年目标任务\n全省提出，今年全省生产总值增长5.5%左右；湖州市提出，全市生产总值"
            "增长6%左右。对照省市目标，今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；城镇新增就业1.2万人以上。\n")
    assert quoted(_run(extractor, page, "2026-01-09"), "place", "role", "period") == [
        ("5.5%左右", "浙江省", "target", "2026"), ("6%左右", "湖州市", "target", "2026"),
        ("6.5%左右", "安吉县", "target", "2026"), ("1.2万人以上", "安吉县", "target", "2026")]
