"""What the blind set data/gold/reports140 showed: five official texts of kinds the reports sets use least (a 市卫健委
部门整体支出绩效自评报告 with its budget, adjustment and execution, a 省委 “十五五”规划建议 reviewing the old plan and
setting 到2030年 goals, a 人社局 answer to a 市政协 提案, a 街道 half-year summary, a 国资委 report on the city's firms),
each mixing levels, goals, changes and the results of goals in one sentence. Blind: role 0.9565, period 0.9125.
Six forms came out wrong: a planned budget's rise over last year's start-of-year budget
(比上年年初预算增加4800万元) was read as a gap to a goal, a change, while the rate beside it was a goal; a budget raised
in the year over the one passed at its start (较年初预算调增26.1%) was a goal; a limit a ratio is kept under
(低于70%的管控线) was a bound of a level; a month after 截至 in a self-review of March (截至9月底) was dated this
September, ahead of the document; the 2025年 opening an item after its run-in title (（一）拓宽就业渠道。2025年…) was
read as a look back, so the next item's 全年 fell to the document's year; a goal in brackets that the result passed
(超过省定目标（75%）3.6个百分点) had no year; and a 预计 estimate under a 十四五 review set against 2020 was dated over
the plan's years instead of its last. Probing sentences of the same kinds found a gap behind or ahead of the year's
pace, the budget or a wider area written with 落后 or 领先 (落后序时进度7.9个百分点) read as a level or a goal.
Sentences invented."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures
from tests.goldsets import scored


def _rows(extractor: Extractor, text: str, published: str = "2026-03-20") -> dict[str, tuple[str, str, str]]:
    """Each figure's quote with its role, period and qualifier, read as a document of `published`."""
    return {f["quote"]: (f["role"], f["period"], f["qualifier"]) for f in dated_figures(extractor, text, published)}


def test_a_planned_budgets_rise_over_last_years_budget_follows_the_rate_beside_it(extractor: Extractor) -> None:
    """比上年年初预算增加4800万元: last year's budget is the base of a comparison, no goal of this year the figure falls
    short of or passes; the rise goes with the rate after it, a goal under the heading of next steps, a change where
    nothing plans. A gap to this year's own budget (比年初预算减少3.14万元) stays a change."""
    rows = _rows(extractor, "四、下一步措施\n\n2026年，全县卫生健康部门预算安排3.6亿元，比上年年初预算增加3100万元，"
                 "增长9.4%。")
    assert rows["3100万元"][0] == "target" and rows["9.4%"][0] == "target"
    rows = _rows(extractor, "2026年，县教育局部门预算安排2.1亿元，比上年年初预算增加1500万元，增长7.7%。")
    assert rows["1500万元"][0] == rows["7.7%"][0]
    assert _rows(extractor, "“三公”经费实际支出18.2万元，比年初预算减少2.6万元。")["2.6万元"][0] == "change"


@pytest.mark.parametrize(("text", "quote"), [
    ("2025年年初预算为3.2亿元，年中追加6800万元，较年初预算调增21.3%，全年预算调整为3.88亿元。", "21.3%"),
    ("全年发放创业担保贷款4.6亿元，较年初计划调减5000万元。", "5000万元"),
])
def test_a_budget_adjusted_from_the_one_passed_at_the_years_start_is_a_change(
        extractor: Extractor, text: str, quote: str) -> None:
    """较年初预算调增21.3%: the step by which the year's budget was adjusted from the one passed when it opened is a gap
    to that budget, as 比年初预算减少 is; the budget before and after it stay goals."""
    rows = _rows(extractor, text)
    assert rows[quote][0] == "change"
    if "3.88亿元" in rows:
        assert rows["3.2亿元"][0] == rows["3.88亿元"][0] == "target"


@pytest.mark.parametrize(("text", "quote"), [
    ("全县固定资产投资完成年度计划的42.1%，落后序时进度7.9个百分点。", "7.9个百分点"),
    ("1-6月，市属企业利润总额52.3亿元，较预算进度落后4.6亿元。", "4.6亿元"),
    ("全县经济增速落后全市1.2个百分点。", "1.2个百分点"),
    ("全区规上工业增加值增长8.1%，领先全省平均水平2.3个百分点。", "2.3个百分点"),
])
def test_being_behind_or_ahead_of_a_pace_a_budget_or_an_area_is_a_change(
        extractor: Extractor, text: str, quote: str) -> None:
    """落后序时进度7.9个百分点, 较预算进度落后4.6亿元, 落后全市1.2个百分点: the gap to the pace of the year, to the budget
    or to a wider area, written with a verb of being behind or ahead, is a change as 低于序时进度 is; not a level,
    nor a goal for the budget named in it."""
    assert _rows(extractor, text, "2026-07-20")[quote][0] == "change"


@pytest.mark.parametrize(("text", "quote"), [
    ("全市国有企业平均资产负债率为63.2%，较年初下降1.1个百分点，低于70%的管控线。", "低于70%"),
    ("全县政府债务率为86%，低于120%的警戒线。", "低于120%"),
])
def test_a_line_a_ratio_is_kept_under_is_a_goal_not_a_bound(extractor: Extractor, text: str, quote: str) -> None:
    """低于70%的管控线: the line named after the number is a limit set, a goal as 低于5.5%的控制目标 is; 低于 compares
    the ratio before it with the line, so the line's own value is exact."""
    role, _, qualifier = _rows(extractor, text)[quote]
    assert (role, qualifier) == ("target", "exact")


def test_a_month_after_an_as_of_word_is_never_ahead_of_the_document(extractor: Extractor) -> None:
    """截至9月底项目支出执行率仅为61.2% in a self-review of March 2026: a state reached by the end of a month, so last
    September; in a document of October the same month is this year's."""
    text = "四、存在问题\n\n部分项目支出进度偏慢，截至10月底项目支出执行率仅为58.4%，低于序时进度24.9个百分点。"
    rows = _rows(extractor, text, "2026-03-20")
    assert rows["58.4%"][1] == "2025-10" and rows["24.9个百分点"][1] == "2025-10"
    assert _rows(extractor, text, "2026-11-12")["58.4%"][1] == "2026-10"


def test_a_numbered_title_run_into_its_paragraph_lets_the_next_sentence_open_the_item(extractor: Extractor) -> None:
    """（一）拓宽就业渠道。2025年共募集…: the title of the item says nothing of a time, so the year after it opens the
    item as a heading line's would, not a look back from 今年1-5月 before; the next item's 全年 is of that year."""
    text = ("一、基本情况\n\n今年1-5月，全市城镇新增就业1.86万人。\n\n二、主要措施\n\n（一）开发见习岗位。"
            "2025年共募集见习岗位2380个。\n\n（二）强化创业扶持。全年发放创业担保贷款3.4亿元，带动就业6800人。")
    rows = _rows(extractor, text, "2026-06-18")
    assert rows["1.86万人"][1] == "2026M01-M05"
    assert rows["3.4亿元"][1] == "2025" and rows["6800人"][1] == "2025"


def test_a_goal_the_result_passed_is_the_reviewed_years(extractor: Extractor) -> None:
    """二、2025年绩效目标完成情况 … 超过省定目标（80%）2.5个百分点: a goal in brackets after a verb of passing it is the
    goal of the year reviewed, as one completed (完成省定目标（68%）) is."""
    rows = _rows(extractor, "一、2025年预算执行情况\n\n2025年全年执行数2.6亿元。\n\n二、绩效目标完成情况\n\n"
                 "（一）产出指标。老年人健康管理率达到82.5%，超过省定目标（80%）2.5个百分点。")
    assert rows["80%"][:2] == ("target", "2025")


def test_an_estimate_set_against_the_year_before_its_plan_is_of_the_plans_last_year(extractor: Extractor) -> None:
    """一、“十四五”时期发展成就 … 预计达到68.2%，比2020年提高5.4个百分点 (December 2025): set against the year before
    the plan, the estimate is where the plan's last year ends, not a goal of every year of it; with no such base it
    stays over the plan's years."""
    text = ("一、“十四五”时期发展成就\n\n“十四五”时期，全省发展质量稳步提升。常住人口城镇化率预计达到68.2%，"
            "比2020年提高5.4个百分点。")
    rows = _rows(extractor, text, "2025-12-05")
    assert rows["68.2%"][1] == "2025" and rows["5.4个百分点"][1] == "2025"


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_reports140_gold_set_scores_at_its_floors() -> None:
    """data/gold/reports140 (绵阳市卫健委 绩效自评报告; 江西省委 十五五规划建议; 洛阳市人社局 提案答复; 玉林街道 上半年
    工作总结; 合肥市国资委 市属企业经营情况).
    Blind: recall=1.0 precision=0.9939 qualifier=0.9938 role=0.9565 place=1.0 period=0.9125 topic_beds=1.0
    topic_jobs=1.0 (161 must figures); three roles and one period of the gold and one optional duration were amended
    after it (see the commit), scored on the amended gold the blind run gives role=0.9752 period=0.9187; now:
    recall=1.0 precision=1.0 qualifier=1.0 role=0.9938 place=1.0 period=0.9812 topic_beds=1.0 topic_jobs=1.0. Left: a
    sum 年中追加 to the budget read as a level, and three goals after 力争到2030年 dated over 十五五. Floors, not the
    exact scores."""
    s = scored("reports140")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.975
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99 and s["topic_money_acc"] >= 0.99
