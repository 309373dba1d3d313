"""What the blind set data/gold/news41 found: six county items (a county's half year beside its city's and province's,
a quarter's economy, a 医共体 and 医保 item, a Monday item of 上周 and 本月, a 人社局长's interview, a 图表 of 乡镇
figures): 占计划播种面积的61.5% read the plan as a cue, so the share done and the gap after it became targets; 有51家实现
产值增长 read the count of firms as a growth by the number box's label pattern; 本月 heading a sentence of coming job
fairs left them undated; a list line's number run into the next line's 大桥乡 gave a count of 大. Sentences invented,
in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_share_of_the_plan_done_is_a_result(extractor: Extractor) -> None:
    """占计划…的X%: the plan is the base of the share done, as in 完成年度计划的97.5%; the gap after it is a change."""
    text = "本报讯 截至5月10日，全县已完成大豆播种12.4万亩，占计划播种面积的58.2%，比去年同期快2.6个百分点。"
    got = _got(_run(extractor, text, "2026-05-12", source="黑河日报"), "role")
    assert got == [("12.4万亩", "level"), ("58.2%", "level"), ("2.6个百分点", "change")]


def test_a_plan_word_in_its_own_clause_still_plans(extractor: Extractor) -> None:
    """占 before the plan word masks it only for a share of the plan: 计划新增… in a clause of its own plans."""
    text = "本报讯 今年，全县计划新增城镇就业1500人，占全市的8.5%。"
    got = _got(_run(extractor, text, "2026-03-12", source="黑河日报"), "role")
    assert ("1500人", "target") in got


def test_a_count_of_firms_that_grew_is_a_level(extractor: Extractor) -> None:
    """有51家实现产值增长 counts the firms whose output grew: the label after a number box's figure (12.7% 高技术制造业
    增长) names a growth, a count that 实现 it does not."""
    text = "本报讯 一季度，全县86家规上工业企业中，有57家实现产值增长，增长面达66.3%。"
    got = _got(_run(extractor, text, "2026-04-20", source="黄山日报"), "role")
    assert got == [("86家", "level"), ("57家", "level"), ("66.3%", "level")]


def test_this_month_heading_a_sentence_dates_its_plans(extractor: Extractor) -> None:
    """本月，全县还将举办招聘会4场: 本月 alone in the sentence's first clause frames what it plans, due this month."""
    text = "本报讯 本月，全县还将举办专场招聘会4场，计划提供就业岗位1800个以上。"
    got = _got(_run(extractor, text, "2026-06-08", source="黑河日报"), "role", "period")
    assert got == [("4场", "target", "2026-06"), ("1800个以上", "target", "2026-06")]


def test_a_number_run_into_daqiao_is_no_count(extractor: Extractor) -> None:
    """大桥 is a word (a bridge, a place named so): a number before it is no count of 大 (三大 in 三大名著 neither)."""
    text = "本报讯 今年，全县新建农村公路桥梁12座，其中跨江大桥2座。\n新城乡 9850\n大桥乡 8830"
    got = _got(_run(extractor, text, "2026-06-08", source="红河日报"), "measure")
    assert ("12座", "座") in got and ("2座", "座") in got
    assert not any(q.endswith("大") for q, _ in got)
