"""Role on invented sentences of the forms news, bulletins and work reports use to set a goal beside its result
(roleprobe80). These came out wrong: a comparison of the result with its goal written with a verb of change
(较目标提高20.8%) was read as the goal; 要 before a verb of attainment with no year right before it (全县城镇新增就业要
完成6500人) set no goal; a meeting settling the year's goals (会议确定，…) announced none; 可望 (is expected to) set
no goal as 有望 does; a share of the plan named as a noun (是计划数的1.2倍) was read as the plan; a sentence opening
the works to be done (今年重点抓好以下工作：一是…；二是…) made no targets of its list; a quota named after its figure
(完成1万人的年度任务) or a goal quoted (围绕“…1万人”的目标) was none, the quoted goal's word a cue for the result after
it. Sentences invented."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures


def _roles(extractor: Extractor, text: str) -> dict[str, str]:
    """Each figure's quote with its role, read as a document of 2026-01-20."""
    return {f["quote"]: f["role"] for f in dated_figures(extractor, text, "2026-01-20")}


@pytest.mark.parametrize(("text", "expected"), [
    ("今年计划新增城镇就业1.2万人，比去年目标提高10%。", {"1.2万人": "target", "10%": "change"}),
    ("2026年全县一般公共预算支出计划安排73.8亿元，比上年预算增长2.3%。", {"73.8亿元": "target", "2.3%": "target"}),
])
def test_a_goal_grown_over_last_years_goal_stays_a_goal(
        extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    """比上年预算增长2.3%: the budget's own growth over last year's, a change under a plan word, which makes it a goal;
    no gap between a result and its goal. 比去年目标提高10% is the step between this year's goal and last year's, a
    change (reports132, as the blind sets reports124 and reports132 read 比上年目标提高400人 and 0.5个百分点)."""
    assert _roles(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全市城镇新增就业1.45万人，较目标提高20.8%。", {"1.45万人": "level", "20.8%": "change"}),
    ("全市新增城镇就业3.3万人，较年初预期目标增长10%。", {"3.3万人": "level", "10%": "change"}),
    ("全年培训各类人员2.6万人次，比计划多培训3000人次。", {"2.6万人次": "level", "3000人次": "change"}),
    # the forms the gap already held stay as they were
    ("全年城镇新增就业1.38万人，比年度目标多1800人。", {"1.38万人": "level", "1800人": "change"}),
    ("全年重点项目完成投资120亿元，超年度计划20亿元。", {"120亿元": "level", "20亿元": "change"}),
])
def test_a_result_set_against_its_goal_with_a_verb_of_change_is_a_change(
        extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    """较目标提高20.8%: how far the result went past its goal, the gap, a change; the goal word in it sets no goal."""
    assert _roles(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全县城镇新增就业要完成6500人，城镇调查失业率要控制在5.5%以内。", {"6500人": "target", "5.5%以内": "target"}),
    ("2026年，全县一般公共预算收入要达到18亿元。", {"18亿元": "target"}),
    ("今年，我们要新建农村公路200公里，改造危旧房300户。", {"200公里": "target", "300户": "target"}),
])
def test_yao_before_a_verb_of_attainment_sets_a_goal(extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    """要达到, 要完成, 要新建: what must be reached or built, a goal, wherever the year stands (or none)."""
    assert _roles(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全县今年主要完成植树造林1.5万亩。", {"1.5万亩": "level"}),
    ("会议纪要显示，全年新建农村公路120公里。", {"120公里": "level"}),
    ("全县今年完成植树造林1.5万亩，已全部完成。", {"1.5万亩": "level"}),
])
def test_yao_closing_a_word_sets_none(extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    """主要完成, 纪要: 要 closing another word is no 'must'; the figures after it stay what was done."""
    assert _roles(extractor, text) == expected


def test_a_meeting_settling_the_goals_announces_them(extractor: Extractor) -> None:
    """会议确定，今年…: the goals a meeting settles, as 会议提出 and 会议明确 announce them; the figure is a goal."""
    assert _roles(extractor, "会议确定，今年全市城镇新增就业4.5万人以上。") == {"4.5万人以上": "target"}
    assert _roles(extractor, "全年城镇新增就业4.5万人，确定重点项目30个。")["4.5万人"] == "level"


def test_kewang_is_youwang(extractor: Extractor) -> None:
    """可望 says what is expected to come, as 有望 does: a goal; the same sentence without it reports a result."""
    assert _roles(extractor, "该园区年内可望新增入驻企业30家。") == {"30家": "target"}
    assert _roles(extractor, "该园区年内新增入驻企业30家。") == {"30家": "level"}


@pytest.mark.parametrize(("text", "expected"), [
    ("全年新增城镇就业1.2万人，是计划数的1.2倍。", {"1.2万人": "level", "1.2倍": "level"}),
    ("全年新增城镇就业1.2万人，为目标数的110%。", {"1.2万人": "level", "110%": "level"}),
])
def test_a_share_of_the_plans_number_is_a_result(extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    """计划数的, 目标数的: the plan's number is the base of the share done, which is a result, as after 计划的."""
    assert _roles(extractor, text) == expected


@pytest.mark.parametrize(("text", "role"), [
    ("今年重点抓好以下工作：一是新增城镇就业1.2万人；二是新建保障性住房2000套。", "target"),
    ("明年全县要做好以下几方面工作：一是新增城镇就业1.2万人；二是新建保障性住房2000套。", "target"),
    ("去年，我们做好了以下工作：一是新增城镇就业1.2万人；二是新建保障性住房2000套。", "level"),
    ("一年来，我们重点抓好以下工作：一是新增城镇就业1.2万人；二是新建保障性住房2000套。", "level"),
])
def test_the_works_to_be_done_opened_in_a_sentence_are_goals(extractor: Extractor, text: str, role: str) -> None:
    """抓好以下工作： opening a list in its sentence sets the items' figures as goals; a past's 了 or a review's words
    before it (一年来) report the year's works."""
    assert set(_roles(extractor, text).values()) == {role}


@pytest.mark.parametrize(("text", "expected"), [
    ("全年城镇新增就业1.08万人，提前两个月完成1万人的年度任务。", {"1.08万人": "level", "1万人": "target"}),
    ("围绕“新增城镇就业1万人”的目标，全县上下齐心协力，全年新增城镇就业1.08万人。",
     {"1万人": "target", "1.08万人": "level"}),
    # a plan's list after an unquoted goal stays the plan's
    ("围绕上述目标，全年计划新建学校3所；新增养老床位500张。", {"3所": "target", "500张": "target"}),
])
def test_a_goal_named_by_the_words_after_it(extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    """1万人的年度任务, “…1万人”的目标: the quota or goal the figure is named as after it (a closing quote may stand
    between), a target; the quoted goal's 目标 is no cue for the result the work brought after it."""
    got = _roles(extractor, text)
    assert {k: got[k] for k in expected} == expected
