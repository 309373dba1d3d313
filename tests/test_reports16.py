"""What the blind set data/gold/reports16 found: work reports and plan reports of January and February 2025 and 2026
(广西壮族自治区 with 南宁市's figure, 玉林市's plan report with the region's jobs count beside its own, 眉山市 with 四川省's
GDP, 桂平市, 婺源县 with 上饶市's visitors, 樊城区's plan report with 襄阳市's GDP): a year bound to a pair's to end
(增加到2024年的21380元) dated the flows after it under 五年来, a goal in the review whose sentence goes on to its
完成率 was left undated, and the 完成率 clause after it took the goal's role and no jobs metric. Sentences invented, in
the style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_flows_after_a_pair_under_a_span_take_the_span(extractor: Extractor) -> None:
    """五年来，…由2019年的…增加到2024年的…；建成…: the to end's year dates its own number; what was built after it was
    built over the five years. A level reached in its own clause (达到) is of the span's end, the year itself."""
    text = ("某某县人民政府工作报告\n五年来，全县累计完成固定资产投资520亿元；城镇居民人均可支配收入由2019年的"
            "31200元增加到2024年的40150元；建成二级公路3条、新增通车里程64公里。")
    got = _got(_run(extractor, text, "2025-01-12", source="某某县人民政府"), "period")
    assert got[1:] == [("520亿元", "2020-2024"), ("31200元", "2019"), ("40150元", "2024"),
                   ("3条", "2020-2024"), ("64公里", "2020-2024")]
    text = ("某某县人民政府工作报告\n五年来，城镇居民人均可支配收入由2019年的31200元增加到2024年的40150元；"
            "规上工业企业达到126家。")
    got = _got(_run(extractor, text, "2025-01-12", source="某某县人民政府"), "period")
    assert got[-1] == ("126家", "2024")


def test_a_pair_with_no_span_before_it_still_dates_what_follows(extractor: Extractor) -> None:
    """由2019年的…增加到2024年的…；建成…: with no span its sentence reviews, the pair's last year is the time in force."""
    text = "某某县人民政府工作报告\n城镇居民人均可支配收入由2019年的31200元增加到2024年的40150元；建成二级公路3条。"
    got = _got(_run(extractor, text, "2025-01-12", source="某某县人民政府"), "period")
    assert got[-1] == ("3条", "2024")


def test_a_goal_in_the_review_whose_share_done_follows_is_the_past_years(extractor: Extractor) -> None:
    """一、2024年工作回顾 … 下达我县的城镇新增就业目标为3000人，全年完成率108.7%: the goal was 2024's, and the share
    done is a result that counts new jobs, not a target."""
    text = ("某某县人民政府工作报告\n一、2024年工作回顾\n城镇新增就业3260人。市里下达我县的城镇新增就业目标为3000人，"
            "全年完成率108.7%。")
    figs = _run(extractor, text, "2025-02-12", source="某某县人民政府")
    assert _got(figs, "role", "period") == [("3260人", "level", "2024"), ("3000人", "target", "2024"),
                                            ("108.7%", "level", "2024")]
    assert figs[-1]["metric"] == "jobs.urban_new"


def test_a_goal_with_no_result_after_it_stays_undated(extractor: Extractor) -> None:
    """一、2024年工作回顾 … 下一步，目标是新增就业3000人: no share done after it, the goal names no time it is due."""
    text = "某某县人民政府工作报告\n一、2024年工作回顾\n城镇新增就业3260人。下一步，全县将新建零工市场3个。"
    got = _got(_run(extractor, text, "2025-02-12", source="某某县人民政府"), "role", "period")
    assert got[-1] == ("3个", "target", None)


def test_the_regions_and_the_citys_jobs_in_one_sentence(extractor: Extractor) -> None:
    """全区城镇新增就业38.1万人，我市完成4.52万人，占全区的11.9%: in a city report of 广西, 全区 is the region."""
    text = ("关于玉林市2024年国民经济和社会发展计划执行情况的报告\n一、2024年计划执行情况\n"
            "全市地区生产总值2236.8亿元，增长4.9%。全区城镇新增就业38.1万人，我市完成4.52万人，占全区的11.9%。")
    figs = _run(extractor, text, "2025-01-16", source="玉林市发展和改革委员会")[2:]
    assert _got(figs, "place", "period") == [("38.1万人", "广西壮族自治区", "2024"), ("4.52万人", "玉林市", "2024"),
                                             ("11.9%", "玉林市", "2024")]
    assert [f["metric"].split(".")[0] for f in figs] == ["jobs", "jobs", "jobs"]


def test_numbered_items_of_the_years_tasks_are_its_targets(extractor: Extractor) -> None:
    """三、2026年重点任务 … 1.新建…医院…，新增床位300张: the item's number is no figure, the beds are the year's goal."""
    text = ("关于某某区2025年计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全区新增养老床位260张。\n"
            "三、2026年重点任务\n（二）办好民生实事。\n"
            "1.新建某某区人民医院门诊住院综合楼，新增床位300张；\n2.新增普惠托位400个。")
    figs = _run(extractor, text, "2026-01-08", source="某某区人民政府")
    assert _got(figs, "role", "period") == [("260张", "level", "2025"), ("300张", "target", "2026"),
                                            ("400个", "target", "2026")]
    assert "beds" in figs[1]["metric"]


def test_a_plan_reports_title_names_no_goal_of_the_first_sentence(extractor: Extractor) -> None:
    """关于…计划执行情况与…计划草案的报告, read with the first sentence under it: how the plan went is a result, the
    draft is the document's name; neither makes the first figure a goal."""
    titles = ("关于某某市2025年计划执行情况与2026年计划草案的报告", "关于某某市2025年国民经济和社会发展计划执行情况的报告")
    for title in titles:
        figs = _run(extractor, title + "\n全市新增养老床位260张。", "2026-01-08", source="某某市人民政府")
        assert _got(figs, "role", "period") == [("260张", "level", "2025")]
