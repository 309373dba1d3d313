"""A quota stated as 任务为 / 任务是 (城镇新增就业任务为3000人) is the goal set for the period, a target as
目标为 is (roles.yaml target.before); what the text reports done against it (已完成2100人, 完成任务3000人) stays
a level."""

from __future__ import annotations

import pytest

from stats import extract_text


def _roles(text: str) -> dict[float, str]:
    return {f["value"]: f["role"] for f in extract_text(text, published="2026-07-10")}


@pytest.mark.parametrize("text, target, done", [
    ("今年全县城镇新增就业任务为4500人，目前已完成2800人。", 4500.0, 2800.0),
    ("全区农村劳动力转移就业任务是1.8万人，截至6月底完成1.1万人。", 18000.0, 11000.0),
    ("市里下达我县的改造任务为620户，已开工480户。", 620.0, 480.0),
])
def test_a_quota_is_a_target_and_its_progress_a_level(text: str, target: float, done: float) -> None:
    roles = _roles(text)
    assert roles.get(target) == "target", roles
    assert roles.get(done) == "level", roles


def test_a_task_done_is_no_target() -> None:
    assert _roles("去年全县完成转移就业任务3200人。") == {3200.0: "level"}
