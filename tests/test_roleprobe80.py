"""Role on invented sentences of the forms news, bulletins and work reports use to set a goal beside its result
(roleprobe80). Three forms came out wrong: a comparison of the result with its goal written with a verb of change
(较目标提高20.8%) was read as the goal; 要 before a verb of attainment with no year right before it (全县城镇新增就业要
完成6500人) set no goal; a meeting settling the year's goals (会议确定，…) announced none. Sentences invented.
"""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures


def _roles(extractor: Extractor, text: str) -> dict[str, str]:
    """Each figure's quote with its role, read as a document of 2026-01-20."""
    return {f["quote"]: f["role"] for f in dated_figures(extractor, text, "2026-01-20")}


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
