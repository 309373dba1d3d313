"""Plans and work programmes read as PDF extractors give them: a plan's chapters (第三章 主要任务) head sections
of tasks due at the plan's end, a review states the levels at the end of the span it reviews, a page's foot
ends no section. Short invented texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_PLAN = ("某某县“十四五”养老服务规划\n"
         "第一章 发展基础\n"
         "“十三五”期间，全县养老服务取得长足发展。截至2020年底，全县共有养老机构52家。养老床位达到3.1万张，"
         "比2015年末增加980张，“十三五”期间年均增长6.2%；每千名老年人拥有床位6.4张。\n"
         "全县养老护理员3350人。\n"
         "第二章 发展目标\n"
         "到2025年，全县养老床位总数达到3.8万张以上。\n"
         "新建镇街养老服务中心18个，实现镇街全覆盖。\n"
         "第三章 主要任务\n"
         "（一）扩大供给\n"
         "1.\t推进改革。县福利院二期工程新增床位600张，总投资2.4亿元。\n"
         "（二）强化服务\n"
         "■每年举办培训不少于40场，培训护理员1200人次。\n"
         "■开发公益性岗位300个。\n"
         "第四章 保障措施\n"
         "完善投入机制。\n")


def test_a_review_under_a_span_states_the_levels_at_its_end(extractor: Extractor) -> None:
    """截至2020年底 after “十三五”期间 turns the review to the span's end: its levels, and those of the sentences
    after it, are of 2020; the span written before 年均 dates that average alone."""
    got = _got(_run(extractor, _PLAN, "2022-01-20"), "role", "period")
    assert ("52家", "level", "2020") in got and ("3.1万张", "level", "2020") in got
    assert ("6.2%", "change", "2016-2020") in got
    assert ("6.4张", "level", "2020") in got and ("3350人", "level", "2020") in got


def test_a_plans_chapters_of_goals_and_tasks_hold_targets_due_at_its_end(extractor: Extractor) -> None:
    """第二章 发展目标 and 第三章 主要任务 open sections of targets: a task naming no time is due at the end of the
    plan the headline names (2025), a goal of every year (每年…) over the plan's years; 第四章 ends the section."""
    got = _got(_run(extractor, _PLAN, "2022-01-20"), "role", "period")
    assert ("18个", "target", "2025") in got
    assert ("600张", "target", "2025") in got and ("2.4亿元", "target", "2025") in got
    assert ("不少于40场", "target", "2021-2025") in got and ("1200人次", "target", "2021-2025") in got
    assert ("300个", "target", "2025") in got


def test_a_page_foot_ends_no_section_of_the_years_tasks(extractor: Extractor) -> None:
    """A page's number line (第 2 页 共 3 页) under 四、2025年工作安排 is no heading: the tasks after it are targets."""
    text = ("某某市2024年就业工作总结和2025年工作安排\n"
            "一、2024年工作完成情况\n2024年，全市城镇新增就业1.52万人。\n"
            "二、2025年工作安排\n2025年，全市城镇新增就业目标1.3万人以上。\n"
            "第 2 页 共 3 页\n"
            "（1）开展补贴性职业技能培训1.2万人次，新增高技能人才2500人。\n")
    got = _got(_run(extractor, text, "2025-01-16"), "role", "period")
    assert ("1.52万人", "level", "2024") in got
    assert ("1.2万人次", "target", "2025") in got and ("2500人", "target", "2025") in got


def test_a_footnote_under_the_page_is_of_the_time_of_the_figure_its_mark_follows(extractor: Extractor) -> None:
    """①…3.4万人 set under a page after a paragraph of goals is a note on 6.1万人① of 2020, not a level of the
    document's month (nor of the goals' 2025)."""
    text = ("某某县“十四五”就业促进规划\n"
            "一、发展基础\n2020年全县农村劳动力转移就业9.8万人，其中县外转移6.1万人①。\n"
            "二、发展目标\n到2025年，实现城镇新增就业1.5万人以上，城镇调查失业率控制在5.5\n"
            "———————\n①县外转移含省外转移3.4万人。\n第 1 页 共 3 页\n某某县“十四五”就业促进规划\n"
            "%以内。\n")
    got = _got(_run(extractor, text, "2021-12-28"), "role", "period")
    assert ("6.1万人", "level", "2020") in got and ("3.4万人", "level", "2020") in got
    assert ("5.5%以内", "target", "2025") in got
