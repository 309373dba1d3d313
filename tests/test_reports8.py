"""Roles in work reports after reports7: the tasks a lead (重点抓好以下工作：) puts under the year's goals, though their
numbered headings (一、扩大有效投资) hold no plan word; a review's lead stays a review. Sentences invented, in the
style of such texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted

_HEAD = "某市政府工作报告\n——2026年2月3日在某市人民代表大会上\n\n各位代表：\n\n"


def test_a_lead_under_the_goals_makes_the_numbered_tasks_targets(extractor: Extractor) -> None:
    """主要预期目标是：… then 重点抓好以下工作： on a line of its own: the tasks under 一、 and 二、 are the year's, and
    a goal due by a later year (到2027年) is of its own section only."""
    page = _HEAD + ("2025年，全市地区生产总值增长5%。\n\n今年主要预期目标是：地区生产总值增长5%以上。\n"
                    "重点抓好以下工作：\n一、扩大有效投资\n安排重点项目360个，新建农村公路500公里。\n"
                    "到2027年，全市电子信息产业产值达到300亿元。\n二、改善民生\n新增公办学位1.2万个。\n")
    figs = _run(extractor, page, "2026-02-03")
    assert quoted(figs, "role", "period") == [
        ("5%", "change", "2025"), ("5%以上", "target", "2026"), ("360个", "target", "2026"),
        ("500公里", "target", "2026"), ("300亿元", "target", "2027"), ("1.2万个", "target", "2026")]


def test_a_lead_of_the_review_opens_no_plan(extractor: Extractor) -> None:
    """一年来，我们重点抓好以下工作： leads into what was done; 重点抓好以下工作： with no plan above it and no year of
    its own tells nothing: the figures under the headings after either stay levels."""
    for lead in ("一年来，我们重点抓好以下工作：", "重点抓好以下工作："):
        page = _HEAD + f"{lead}\n一、扩大有效投资\n实施重点项目360个。\n"
        figs = _run(extractor, page, "2026-02-03")
        assert quoted(figs, "role") == [("360个", "level")], lead


def test_a_lead_naming_this_year_ends_at_a_heading_of_the_past(extractor: Extractor) -> None:
    """今年重点抓好以下工作： opens the year's tasks; a heading naming the year before (一、2025年工作回顾) ends them, and
    a sentence opening on that year under the lead speaks of the past."""
    page = _HEAD + ("今年重点抓好以下工作：\n（一）扩大有效投资\n安排重点项目360个。\n2025年，全市新建公路40公里。\n"
                    "一、2025年工作回顾\n新建公路40公里。\n")
    figs = _run(extractor, page, "2026-02-03")
    assert quoted(figs, "role") == [("360个", "target"), ("40公里", "level"), ("40公里", "level")]

