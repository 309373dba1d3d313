"""What the blind set data/gold/news27 found: seven county items of kinds earlier news sets have less of, on beds, jobs
and other counted quantities (怀远's 一图读懂 of a work report, 当阳's press conference with 记者问/答 turns, 建瓯's
progress on the year's 为民办实事 works, 万年's health insurance fund by month with 同比 and 环比, 石门's county hospital
beds, 广水's spring job fair, 天台's county head interviewed at the provincial 两会): a share of the planned
investment done (占年度计划投资的80.4%) read as a plan, and a list of the year's works
(张明说，今年将新建…；新开工…；新改建…) planned only up to its first semicolon. Sentences invented, in the style
of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_share_of_the_planned_investment_done_is_a_result(extractor: Extractor) -> None:
    """占年度计划投资的80.4%, 占计划总投资的62%: the planned total is the base of the share, the share is what was done;
    计划投资8亿元 and 计划总投资6.8亿元 with their amount right after them stay plans."""
    text = "本报讯 截至9月底，全市累计完成投资5.47亿元，占年度计划投资的80.4%；全县完成投资4.2亿元，占计划总投资的62%。"
    got = _got(_run(extractor, text, "2026-10-22", source="某某日报"), "role")
    assert got == [("5.47亿元", "level"), ("80.4%", "level"), ("4.2亿元", "level"), ("62%", "level")]
    text = "本报讯 今年全县计划投资8亿元，新建学校3所。项目计划总投资6.8亿元。"
    got = _got(_run(extractor, text, "2026-03-02", source="某某日报"), "role")
    assert got == [("8亿元", "target"), ("3所", "target"), ("6.8亿元", "target")]


def test_a_list_of_the_years_works_is_planned_through(extractor: Extractor) -> None:
    """李华说，某县今年将新建…；新开工…；新改建…: each clause after a semicolon that opens right on a verb of new works
    with its figure is the next item of the plan's list, and the cue reaches it. A clause that names a subject and a
    time of its own (；同时全县今年…) or says what is done (；目前已建成…) still ends the cue's reach."""
    text = ("本报讯 李华说，某县今年将新建学校4所，新增学位1800个；新开工保障性住房360套；新改建农村公路95公里；"
            "新增老年助餐点28个。")
    got = _got(_run(extractor, text, "2026-01-20", source="某某日报"), "role")
    assert got == [("4所", "target"), ("1800个", "target"), ("360套", "target"), ("95公里", "target"),
                   ("28个", "target")]
    text = "本报讯 据介绍，全县今年计划新建幼儿园3所；目前已建成幼儿园2所。"
    got = _got(_run(extractor, text, "2026-01-20", source="某某日报"), "role")
    assert got == [("3所", "target"), ("2所", "level")]
    text = "本报讯 他说，下半年将新建零工驿站6个；同时全县今年开发公益性岗位300个。"
    got = _got(_run(extractor, text, "2026-07-20", source="某某日报"), "role")
    assert got == [("6个", "target"), ("300个", "level")]


def test_an_infographic_of_a_work_report_splits_results_from_goals(extractor: Extractor) -> None:
    """一图读懂: numbered lines of figures without verbs under 【】 headings; the numbers of the lines are no figures,
    the results block is last year's, the goals block this year's targets."""
    text = ("一图读懂｜2026年某某县政府工作报告\n【2025年主要成绩】\n1. 城镇新增就业 5320人\n2. 新增学位 2480个\n"
            "【2026年主要目标】\n1. 地区生产总值增长 6%左右\n2. 城镇新增就业 5000人以上\n")
    got = _got(_run(extractor, text, "2026-02-10", source="某某县人民政府"), "role", "period")
    assert got == [("5320人", "level", "2025"), ("2480个", "level", "2025"), ("6%左右", "target", "2026"),
                   ("5000人以上", "target", "2026")]


def test_a_job_fairs_counts_are_jobs(extractor: Extractor) -> None:
    """进场求职者…人次, 初步达成就业意向…人, 提供就业岗位…个: the fair's seekers, matches and posts are jobs figures."""
    text = "本报讯 本次招聘会共有126家企业进场招聘，提供就业岗位4300余个，当天进场求职者达8600人次，初步达成就业意向1650人。"
    figs = _run(extractor, text, "2026-02-26", source="某某日报")
    assert [(f["quote"], f["metric"].split(".")[0]) for f in figs][1:] == [
        ("4300余个", "jobs"), ("8600人次", "jobs"), ("1650人", "jobs")]


def test_a_review_block_under_a_later_years_title_spans_no_years(extractor: Extractor) -> None:
    """An infographic titled by the report's year (2026) over a block on the year before (【2025年主要成绩】): its
    lines are of 2025, not a span 2025-2026 made of the title's year and the block's (a span runs from the first year
    written, when that is the earliest)."""
    text = ("一图读懂｜2026年某某县政府工作报告\n【2025年主要成绩】\n1. 城镇新增就业 5300人\n"
            "2. 社区老年助餐点 41个，累计助餐 18.2万人次\n3. 县中医院新院区开放床位 600张\n")
    got = _got(_run(extractor, text, "2026-02-10", source="某某日报"), "period")
    assert got == [("5300人", "2025"), ("41个", "2025"), ("18.2万人次", "2025"), ("600张", "2025")]
