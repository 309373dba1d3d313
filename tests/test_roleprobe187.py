"""A probe of role and period on ~50 invented sentences of news items, work reports and bulletins dated through the year:
money sought this year and set against last year's (今年全市争取…68.5亿元，比上年增加12.3亿元) in a December report is
what the year brought in, a result and its growth, while in January or July the same words are the plan;
比年度计划多出500人次 after a plan's clause is the gap to it, a change, as 比年度计划多 is;
2025年争取…，比上年增加2.1亿元 in a report of 2026 gives the growth of the money obtained, a change. Sentences
invented, in the style of the texts reviewers use. (Two more leftovers of the brief, 将力争…，全年累计… and
年底前新建…300个，…达标率达到95%以上, main mended meanwhile: roles.yaml cumulative_ahead and month_ahead_reach,
tests/test_reports182.py.)

Seen and left alone: 预计全年基本康复服务人数达到2100人，较年度目标多200人 (reports172 w04) is a goal in its gold, but
预计全年新培育外贸主体130家，比年初计划多10家 (reports164 k02) and 预计全年…增长5.4%，高于年初计划0.4个百分点
(reports66 k01), of October and January reports, are changes in theirs: a rule reading an estimate's gap as a goal
mended one and broke two, and was dropped. 到9月底建成充电桩300个，覆盖率达到80% in a July item: the rate is now a
goal (month_ahead_reach) but has no period, its clause naming no time (the 300 get 2026-09).
全市年底前新建示范型服务站300个 in a February report reads as the year just over (a level of 2025), as
target.month_ahead does by design for the first closing_open_months months. 近三年 in a June item (news163 n06,
2026-06-10) counts back 2023-2025 by past_closed_months 6 where its gold has 2024-2026; July items already give
2024-2026. 全县将力争完成造林面积3万亩 names no year and gets no period."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _roles(extractor: Extractor, sentence: str, published: str) -> list[tuple]:
    text = "某市政府工作情况通报\n　　" + sentence + "\n"
    return _got(_run(extractor, text, published, source="某市人民政府办公室"), "role", "period")


def test_money_sought_this_year_against_last_years_is_a_result_at_the_years_close(extractor: Extractor) -> None:
    """争取…，比上年增加… in a report of November or December: what the year brought in; in January or July, or after a
    plan word or a year ahead in its clause, still a plan."""
    sentence = "今年全市争取新增专项债券资金68.5亿元，比上年增加12.3亿元，支持项目93个。"
    assert _roles(extractor, sentence, "2026-12-05") == [
        ("68.5亿元", "level", "2026"), ("12.3亿元", "change", "2026"), ("93个", "level", "2026")]
    assert _roles(extractor, sentence, "2026-11-20")[0] == ("68.5亿元", "level", "2026")
    assert _roles(extractor, sentence, "2026-01-15") == [
        ("68.5亿元", "target", "2026"), ("12.3亿元", "target", "2026"), ("93个", "target", "2026")]
    assert _roles(extractor, sentence, "2026-07-20")[0] == ("68.5亿元", "target", "2026")
    assert _roles(extractor, "今年全市力争争取新增专项债券资金68.5亿元，比上年增加12.3亿元。", "2026-12-20") == [
        ("68.5亿元", "target", "2026"), ("12.3亿元", "target", "2026")]
    assert _roles(extractor, "明年全市争取新增专项债券资金70亿元，比上年增加1.5亿元。", "2026-12-20") == [
        ("70亿元", "target", "2027"), ("1.5亿元", "target", "2027")]
    # no comparison with last year: the year's plan may still be read so
    assert _roles(extractor, "今年全市争取中央预算内投资15.2亿元。", "2026-12-20") == [("15.2亿元", "target", "2026")]


def test_the_growth_of_money_obtained_in_a_year_past_is_a_change(extractor: Extractor) -> None:
    """2025年争取…18.6亿元 in a report of 2026 was obtained, a level; 比上年增加2.1亿元 after it is its growth."""
    assert _roles(extractor, "2025年全市争取新增政府债券资金18.6亿元，比上年增加2.1亿元。", "2026-03-20") == [
        ("18.6亿元", "level", "2025"), ("2.1亿元", "change", "2025")]


def test_more_than_the_plan_written_duo_chu_is_the_gap_to_it(extractor: Extractor) -> None:
    """比年度计划多出500人次 after the plan's clause: the lead over the plan, a change as 比年度计划多 and 超额完成 are, not
    a second goal of the plan."""
    assert _roles(extractor, "今年计划培训3000人次，比年度计划多出500人次。", "2026-12-20") == [
        ("3000人次", "target", "2026"), ("500人次", "change", "2026")]
    assert _roles(extractor, "今年计划培训3000人次，比年度计划多500人次。", "2026-12-20")[1][:2] == ("500人次", "change")
