"""What a probe of ~90 invented sentences of work reports and plans found wrong in the role of their figures (GUIDE.md:
role): a project list after a plan's totals (重点推进…新院区（床位1000张）) was read as levels; the base year's value a goal
is set against (…达到500家，2025年为360家; 比2025年的2.6人提高…) was read as a goal; a completion ensured after the
figure (确保年内投用), a floor set for this year (今年…不低于) and progress after a comma (年度计划投资…，1-9月完成…) were
missed. Sentences invented, in the style of such reports; each fix is checked against the same words reporting results."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_JAN = "2026-01-20"


def _roles(ex: Extractor, text: str, published: str = _JAN) -> list[tuple]:
    return _got(_run(ex, text, published, source="某县人民政府"), "role")


def test_a_project_list_after_a_plans_totals_is_the_plans(extractor: Extractor) -> None:
    """“十五五”期间规划实施重大项目240个，…其中计划完成投资900亿元。重点推进…新院区（床位1000张）、…等项目建设: the
    projects named right after the plan's totals, in the same paragraph, are its projects, their sizes planned. After a
    sentence of results (全年实施重点项目86个，完成投资102亿元。) the same words report what was pushed on."""
    plan = ("第三章　重大项目\n“十五五”期间规划实施重大项目240个，总投资1650亿元，其中计划完成投资900亿元。"
            "重点推进县第一人民医院新院区（床位1000张）、高新区标准化厂房（60万平方米）等项目建设。")
    assert _roles(extractor, plan)[-2:] == [("1000张", "target"), ("60万平方米", "target")]
    assert _roles(extractor, "今年计划投资95亿元。加快建设城北污水处理厂（日处理能力5万吨）。")[-1] == ("5万吨", "target")
    done = "全年实施重点项目86个，完成投资102亿元。重点推进县第一人民医院新院区（床位1000张）等项目建设。"
    assert [r for _, r in _roles(extractor, done)] == ["level", "level", "level"]


def test_the_base_years_value_under_a_goal_is_a_level(extractor: Extractor) -> None:
    """到2030年，…达到500家，2025年为360家: a clause opening on a year before the document's states how things stood,
    the base the goal is set against; 去年为…, 上年同期为… alike, and a change where a verb of change stands (去年增长
    6.7%). A plan word in the clause itself (2025年计划投资…) keeps its own role."""
    assert _roles(extractor, "到2030年，全区规上工业企业达到500家，2025年为360家。") == [
        ("500家", "target"), ("360家", "level")]
    assert _roles(extractor, "今年力争规上工业增加值增长8%以上，去年为6.7%。") == [("8%以上", "target"), ("6.7%", "level")]
    assert _roles(extractor, "今年力争规上工业增加值增长8%，去年增长6.7%。") == [("8%", "target"), ("6.7%", "change")]
    assert _roles(extractor, "今年计划新增城镇就业5000人，上年同期为4800人。") == [("5000人", "target"), ("4800人", "level")]
    assert _roles(extractor, "力争全年完成投资120亿元，2025年计划投资110亿元。") == [
        ("120亿元", "target"), ("110亿元", "target")]
    # (a year not past, in a report of 2024 looking ahead to 2025: still the plan's)
    assert _roles(extractor, "到2030年，全区规上工业企业达到500家，2025年达到400家。", "2024-01-20") == [
        ("500家", "target"), ("400家", "target")]


def test_the_bases_value_written_before_its_verb_is_a_level(extractor: Extractor) -> None:
    """达到3.2人，比2025年的2.6人提高0.6人: the number between 比…的 and the verb is the base's own value, a level under the
    plan, the goal and its step around it the plan's; in a report of results the same holds (比上年的48.2%提高…)."""
    assert _roles(extractor, "到2028年，全县每千人口执业医师数达到3.2人，比2025年的2.6人提高0.6人。") == [
        ("3.2人", "target"), ("2.6人", "level"), ("0.6人", "target")]
    assert _roles(extractor, "常住人口城镇化率比上年的48.2%提高1.1个百分点。") == [
        ("48.2%", "level"), ("1.1个百分点", "change")]


def test_a_completion_ensured_after_the_figure_makes_it_planned(extractor: Extractor) -> None:
    """新增学位1440个，确保年内投用: a completion still to come after the figure's clause, as 预计…建成 is; a completion
    reported (…，已于9月投用) plans nothing."""
    assert _roles(extractor, "新建幼儿园4所，新增学位1440个，确保年内投用。")[-1] == ("1440个", "target")
    assert _roles(extractor, "新建幼儿园4所，新增学位1440个，已于9月投用。", "2026-11-20")[-1] == ("1440个", "level")


def test_a_floor_set_for_this_year_is_a_goal(extractor: Extractor) -> None:
    """今年全县粮食产量不低于45万吨: a floor for the year under way, as 全年…不低于 is; 今年以来… reports so far."""
    assert _roles(extractor, "今年全县粮食产量不低于45万吨，耕地保有量不少于80万亩。") == [
        ("不低于45万吨", "target"), ("不少于80万亩", "target")]
    assert _roles(extractor, "今年以来，全县粮食产量不低于45万吨。", "2026-10-20") == [("不低于45万吨", "level")]


def test_the_months_so_far_after_a_comma_report_progress_on_the_plan(extractor: Extractor) -> None:
    """年度计划投资25亿元，1-9月完成投资21.3亿元: the months already over, a verb of doing right after them, report what
    was done, whatever plan the clause before names; a plan for those months (计划1-6月完成…) stays one."""
    assert _roles(extractor, "年度计划投资25亿元，1-9月完成投资21.3亿元，完成率85.2%。", "2026-10-20") == [
        ("25亿元", "target"), ("21.3亿元", "level"), ("85.2%", "level")]
    assert _roles(extractor, "计划1-6月完成投资12亿元。") == [("12亿元", "target")]


def test_the_base_a_goal_builds_on_is_a_level(extractor: Extractor) -> None:
    """在上年4.3万元的基础上增长6%: the figure right before 的基础上 is how things stood, what the goal builds on; the goal
    after it stays the plan's (a deadline, 在2026年底前新增…, is no base)."""
    assert _roles(extractor, "力争城镇居民人均可支配收入在上年4.3万元的基础上增长6%。") == [
        ("4.3万元", "level"), ("6%", "target")]
    assert _roles(extractor, "2026年，力争全县地区生产总值增长6%左右，在2025年285亿元的基础上突破300亿元。") == [
        ("6%左右", "target"), ("285亿元", "level"), ("突破300亿元", "target")]
    assert _roles(extractor, "力争在2026年底前新增床位300张。") == [("300张", "target")]


def test_a_breakdown_after_a_goal_is_not_carried_on(extractor: Extractor) -> None:
    """…还将开展技能培训1260人次，上岗率达到85%。其中，某镇组织320名务工群众参加培训: a news item's breakdown after a
    goal reports what a part has done, its own verbs saying so; 其中 carries no plan on (only a project list opening on
    重点推进, 加快建设 does)."""
    got = _roles(extractor, "今年，全县还将开展实用技能培训1260人次，培训后上岗率达到85%。"
                            "其中，甲镇组织320名务工群众参加培训。", "2026-06-20")
    assert got[-1] == ("320名", "level")

def test_a_share_of_the_cost_spent_before_an_opening_to_come_is_a_result(extractor: Extractor) -> None:
    """已完成投资3.2亿元，占总投资的64%，预计年底建成投用: the share of the cost spent so far is reported, only what the
    opening will bring (届时新增床位600张) is planned; a figure right before the same clause (设置床位300张，预计…建成)
    still is."""
    got = _roles(extractor, "县人民医院新院区已完成投资3.2亿元，占总投资的64%，预计年底建成投用，届时新增床位600张。",
                 "2026-07-20")
    assert got == [("3.2亿元", "level"), ("64%", "level"), ("600张", "target")]
    assert _roles(extractor, "县社会福利院设置床位300张，预计明年6月建成投用。", "2026-07-20") == [("300张", "target")]


def test_last_years_actual_rate_as_a_base_ends_no_list_of_goals(extractor: Extractor) -> None:
    """预期目标：…增长6%左右，比上年实际增速高0.2个百分点；城镇新增就业5000人以上: 实际 names the base's rate, not a
    result of the sentence's; the goals after it stay goals. A result set against the goal (预期增长5%，实际增长6.3%) is
    still reported."""
    got = _roles(extractor, "2026年全县预期目标：地区生产总值增长6%左右，比上年实际增速高0.2个百分点；"
                            "城镇新增就业5000人以上。")
    assert got[-1] == ("5000人以上", "target")
    assert _roles(extractor, "一般公共预算收入预期增长5%，实际增长6.3%。") == [("5%", "target"), ("6.3%", "change")]
