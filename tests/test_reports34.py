"""What the blind set data/gold/reports34 and reports33's leftovers found: six work reports (a 县 政府工作报告's review
and this year's goals, a 市卫健委's 总结和计划 with 床位 and 千人口 figures, a 人社局's half-year summary with its 下半年
工作打算, a 计划执行情况 report with a table of plan and result, a 卫生健康局 summary whose table holds its units in the
row labels, a 政府工作报告 of the five years past and the five ahead) scored near 1.0 blind; reports33's review and
调研报告 had left a plan heading of 措施 (四、下一步工作措施) and a recommendations heading (三、意见建议) opening no
section of goals, and its paragraphs after a 以来 span dated by the document instead of the year reported
(截至2023年底). Reports and sentences invented, in the style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_heading_of_the_next_steps_measures_opens_a_section_of_goals(extractor: Extractor) -> None:
    """四、下一步工作措施 (or 三、下一步打算) names the steps' measures: what its paragraphs will hire, add and build are
    goals, as under 三、下一步工作; the results above the heading stay results."""
    text = ("某县卫生健康工作情况报告\n一、工作开展情况\n2025年，全县新建村卫生室8个。\n二、下一步工作措施\n"
            "（一）加强人才建设。每年招聘医学类毕业生不少于60名。\n（二）扩大资源供给。县中医院新增床位150张。\n")
    got = _got(_run(extractor, text, "2026-02-10", source="某县卫生健康局"), "value", "role")
    assert got == [("8个", 8, "level"), ("不少于60名", 60, "target"), ("150张", 150, "target")]


def test_a_recommendations_heading_opens_a_section_of_goals_a_heading_of_suggestions_handled_none(
        extractor: Extractor) -> None:
    """三、意见建议 in a 人大 调研报告: what it asks the government to do (建议…不少于500万元, 新增…200张) is a goal; the
    survey's findings above it are levels, and a heading naming deputies' suggestions (二、代表建议) opens no goals."""
    text = ("某县人大常委会关于养老服务工作的调研报告\n一、基本情况\n全县现有养老机构12家，床位860张。\n二、意见建议\n"
            "（一）加大投入力度。建议县政府每年安排养老服务资金不少于500万元，新增护理型床位200张。\n")
    got = _got(_run(extractor, text, "2026-06-15", source="某县人大常委会"), "value", "role")
    assert got == [("12家", 12, "level"), ("860张", 860, "level"), ("不少于500万元", 5_000_000, "target"),
                   ("200张", 200, "target")]
    handled = ("某县人大常委会工作报告\n二、代表建议\n全年共交办代表建议56件，已全部办结。\n")
    assert _got(_run(extractor, handled, "2026-02-10", source="某县人大常委会"), "role") == [("56件", "level")]


def test_a_lead_after_the_years_up_to_a_reviews_year_goes_back_to_that_year(extractor: Extractor) -> None:
    """A mid-term review of March 2024: 截至2023年底 dates its paragraph, “十四五”以来 the cumulative sum after it
    (2021-2023); the next part's lead (（二）基层服务能力持续提升。) goes back to the year reported, 2023, not the
    document's month."""
    text = ("某市卫生健康规划中期评估报告\n一、规划实施取得的成效\n（一）医疗资源总量稳步增加。截至2023年底，全市共有医疗"
            "卫生机构820个。“十四五”以来累计投入卫生健康资金6.2亿元。\n（二）基层服务能力持续提升。组建家庭医生签约服务团队156个，"
            "重点人群签约率达到78.5%。\n")
    got = _got(_run(extractor, text, "2024-03-20", source="某市卫生健康局"), "period")
    assert got == [("820个", "2023"), ("6.2亿元", "2021-2023"), ("156个", "2023"), ("78.5%", "2023")]


def test_a_rate_rows_unit_cell_whose_base_holds_digits_gives_its_row_that_unit(extractor: Extractor) -> None:
    """序号 指标名称 单位 …: a row whose unit cell is a rate per so many (/10万) reads its cells in that unit, the goal's
    bound (≤15) kept, as a row in ‰ does; before, the base's digits made the label no row's and the row read nothing."""
    text = ("某县“十四五”卫生健康规划中期评估报告\n表1　主要指标完成情况\n"
            "序号\t指标名称\t单位\t2020年基期\t2025年目标\t2023年实际\t完成进度\t属性\n"
            "1\t孕产妇死亡率\t/10万\t16.4\t≤15\t11.8\t已完成\t预期性\n"
            "2\t婴儿死亡率\t‰\t4.6\t≤4.5\t3.8\t已完成\t预期性\n")
    got = _got(_run(extractor, text, "2024-03-20", source="某县卫生健康局"), "value", "measure", "qualifier", "role")
    assert got == [("16.4", 16.4, "/10万", "exact", "level"), ("15", 15, "/10万", "upper_bound", "target"),
                   ("11.8", 11.8, "/10万", "exact", "level"), ("4.6", 4.6, "‰", "exact", "level"),
                   ("4.5", 4.5, "‰", "upper_bound", "target"), ("3.8", 3.8, "‰", "exact", "level")]


def test_a_yearly_quota_from_now_on_is_a_goal(extractor: Extractor) -> None:
    """今后每年招聘…不少于50名 sets a quota for the years ahead, a goal in a paragraph of results too; 今后 with no yearly
    word (为今后发展奠定基础) sets none, and the year's result beside it stays a level."""
    text = "某县民政工作总结\n2025年，全县新建村级养老服务站15个，为今后发展奠定基础。今后每年招聘社区工作者不少于50名。\n"
    got = _got(_run(extractor, text, "2026-01-20", source="某县民政局"), "role")
    assert got == [("15个", "level"), ("不少于50名", "target")]
