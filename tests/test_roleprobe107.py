"""A probe of role where plans, results and estimates meet in one sentence: a clause that opens on the value reached
(完成值5.8% after 目标值6%) or on the share of the year's goal done (完成年度目标的115%) after a plan, the year's own result
(全年新增1.15万人 after 计划新增就业1万人), and a month's end set as the deadline of works (到9月底建成5G基站1200个),
still ahead in a June item and over in an October one. Sentences invented, in the style of progress notices and work
reports.

Seen and left alone: 全年目标为上涨2%左右，全年CPI上涨0.3% reads the year's CPI rise as the goal's (实际上涨0.2% is a
change); 全年目标为地区生产总值增长6%，同比增长5.6% likewise, where 力争实现旅游收入120亿元，同比增长15% is rightly the
goal's own growth; 超额12个百分点 after 完成率112% is read as a level."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _roles(extractor: Extractor, sentence: str, published: str = "2026-10-12") -> list[tuple]:
    text = "某市重点工作进展情况通报\n　　" + sentence + "\n"
    return _got(_run(extractor, text, published, source="某市人民政府办公室"), "role")


def test_a_clause_of_the_value_reached_after_a_goal_is_a_result(extractor: Extractor) -> None:
    """完成值, 执行数 opening a clause after 目标值, 预算数: what was reached, as 实际值 is; the goal stays a goal."""
    assert _roles(extractor, "地区生产总值目标值6%，完成值5.8%。") == [("6%", "target"), ("5.8%", "level")]
    assert _roles(extractor, "培训农民工目标值1500人次，完成值1620人次。") == [
        ("1500人次", "target"), ("1620人次", "level")]
    assert _roles(extractor, "年度预算数300万元，执行数280万元。") == [("300万元", "target"), ("280万元", "level")]


def test_the_share_of_the_years_goal_done_after_a_plan_is_a_result(extractor: Extractor) -> None:
    """完成年度目标的115%, 完成年度计划的105% after a plan's clause: the share met, a result; 力争 in its own clause keeps
    it a goal."""
    assert _roles(extractor, "年初计划新增就业1万人，全年新增1.15万人，完成年度目标的115%。", "2026-12-28") == [
        ("1万人", "target"), ("1.15万人", "level"), ("115%", "level")]
    assert _roles(extractor, "计划改造老旧小区40个，完成年度计划的105%。", "2026-12-28") == [
        ("40个", "target"), ("105%", "level")]
    assert _roles(extractor, "今年计划新增就业1万人，力争完成年度目标的110%。", "2026-01-20") == [
        ("1万人", "target"), ("110%", "target")]


def test_the_years_result_in_the_plans_own_verb_is_a_result(extractor: Extractor) -> None:
    """全年新建4所 after 计划新建学校3所: the year named before the plan's verb, as 全年完成; a plan's list naming another
    thing in each clause stays a plan."""
    assert _roles(extractor, "计划新建学校3所，全年新建4所。", "2026-12-28") == [("3所", "target"), ("4所", "level")]
    assert _roles(extractor, "今年计划新增床位600张，新增学位2000个。", "2026-01-20") == [
        ("600张", "target"), ("2000个", "target")]


def test_a_months_end_ahead_of_the_item_is_a_deadline(extractor: Extractor) -> None:
    """到9月底建成… in a June item: works still to come, a goal; in an October item (or a September one) the same words
    report what was done; 已 says it is done whatever the date. The 5 of 5G is a name's, no figure between."""
    assert _roles(extractor, "全市到9月底建成5G基站1200个。", "2026-06-12") == [("1200个", "target")]
    assert _roles(extractor, "全市到9月底建成5G基站1200个。", "2026-10-12") == [("1200个", "level")]
    assert _roles(extractor, "到9月底建成充电桩300个。", "2026-09-12") == [("300个", "level")]
    assert _roles(extractor, "到11月底，全县累计改造农村户厕1500户。", "2026-07-05") == [("1500户", "target")]
    assert _roles(extractor, "到9月底已建成充电桩2600个。", "2026-06-12") == [("2600个", "level")]
    assert _roles(extractor, "截至9月底，全市建成充电桩2600个。", "2026-10-12") == [("2600个", "level")]


def test_the_share_done_under_an_estimate_is_estimated(extractor: Extractor) -> None:
    """预计全年…完成31亿元，完成年度计划的101% in a December item: the share is of the estimate, a target as it is."""
    assert _roles(extractor, "预计全年一般公共预算收入完成31亿元，完成年度计划的101%。", "2026-12-20") == [
        ("31亿元", "target"), ("101%", "target")]
