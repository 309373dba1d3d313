"""A probe of role where a goal and its result stand side by side in one sentence: a goal set on a growth (全年目标为上涨
2%左右, 年度目标增长8%) followed by a clause that reports what came out, opening on the year and repeating the goal's verb
(全年CPI上涨0.3%), naming the goal's own thing again after the year (全年地区生产总值增长5.6%), or opening on 同比, 结果 or
the months over (1-11月增长8.4%). Those are the year's changes, not goals. So after a goal on a count or an amount
(就业目标为6000人, 年度目标12亿元) is a clause that opens on the year or on 结果 with a verb of doing and the number right
after it (全年新增6350人, 全年完成12.6亿元), or names the goal's thing again (全年粮食产量62.3万吨): the year's result.
A list of goals, which names its own thing after the goal's word (目标是：地区生产总值增长6%左右，规上工业增加值增长8%
以上), stays a list of goals. Sentences invented, in the style of statistics bulletins and work reports.

Seen and left alone: 全年目标为居民收入增长6%，全年城乡居民人均可支配收入增长6.3% (the thing named again in other words)
and 全年目标为增长5%左右，全市地区生产总值增长5.3% read the result as a goal; 全年目标为地区生产总值增长6%，全年一般公共
预算收入增长5% may list two goals. 全年计划新增就业1万人，全年城镇新增
就业1.12万人 (the thing reworded) reads the result as a goal. Mended since (tests/test_roleprobe121.py,
tests/test_reports117.py): 城镇调查失业率目标为5.5%以内，全年平均为5.1% (a level) and 年度任务1.2万人 (a goal cue)."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _roles(extractor: Extractor, sentence: str, published: str = "2027-01-20") -> list[tuple]:
    text = "某市2026年国民经济运行情况\n　　" + sentence + "\n"
    return _got(_run(extractor, text, published, source="某市统计局"), "role")


def test_the_years_result_repeating_the_goals_verb_is_a_change(extractor: Extractor) -> None:
    """全年目标为上涨2%左右，全年CPI上涨0.3%: the goal's verb right after its word, the year's clause repeating it."""
    assert _roles(extractor, "全年目标为上涨2%左右，全年CPI上涨0.3%。") == [("2%左右", "target"), ("0.3%", "change")]
    assert _roles(extractor, "全年目标为下降3%，全年单位GDP能耗下降3.4%。") == [("3%", "target"), ("3.4%", "change")]
    assert _roles(extractor, "社会消费品零售总额年初目标增长7%，全年实现增长7.3%。") == [
        ("7%", "target"), ("7.3%", "change")]


def test_the_goals_thing_named_again_after_the_year_is_a_change(extractor: Extractor) -> None:
    """全年目标为地区生产总值增长6%，全年地区生产总值增长5.6%: the same thing and verb again, the year's result; another
    thing after the year (一般公共预算收入) may be the next goal of a list and stays one."""
    assert _roles(extractor, "全年目标为地区生产总值增长6%，全年地区生产总值增长5.6%。") == [
        ("6%", "target"), ("5.6%", "change")]
    assert _roles(extractor, "全年目标为地区生产总值增长6%，全年一般公共预算收入增长5%。") == [
        ("6%", "target"), ("5%", "target")]


def test_a_year_on_year_or_months_clause_after_a_growth_goal_is_a_change(extractor: Extractor) -> None:
    """同比, 结果 or the months over opening the clause after a goal set on a growth: the result's change. After a goal on
    an amount (旅游收入120亿元) the 同比 growth is the goal's own and stays a goal."""
    assert _roles(extractor, "全年目标为地区生产总值增长6%，同比增长5.6%。") == [("6%", "target"), ("5.6%", "change")]
    assert _roles(extractor, "去年目标为增长5%，结果增长5.2%。") == [("5%", "target"), ("5.2%", "change")]
    assert _roles(extractor, "固定资产投资年度目标增长8%，1-11月增长8.4%。", "2026-12-20") == [
        ("8%", "target"), ("8.4%", "change")]
    assert _roles(extractor, "今年力争实现旅游收入120亿元，同比增长15%。", "2026-01-20") == [
        ("120亿元", "target"), ("15%", "target")]


def test_a_list_of_goals_stays_goals(extractor: Extractor) -> None:
    """A list of goals names its thing after the goal's word; 全年 opening a later item, with a bound or a cue of its
    own, is a goal too."""
    assert _roles(extractor, "今年主要预期目标是：地区生产总值增长6%左右，规上工业增加值增长8%以上。", "2026-01-20") == [
        ("6%左右", "target"), ("8%以上", "target")]
    assert _roles(extractor, "全年目标为地区生产总值增长6%，全年居民消费价格上涨3%左右。", "2026-01-20") == [
        ("6%", "target"), ("3%左右", "target")]
    assert _roles(extractor, "全年目标为增长6%左右，全年力争增长6.5%。", "2026-01-20") == [
        ("6%左右", "target"), ("6.5%", "target")]


def test_the_years_count_after_a_goal_on_a_count_is_a_level(extractor: Extractor) -> None:
    """全年新增6350人 after 就业目标为6000人: the year's verb with the number right after, its thing unsaid, the result;
    the growth after it is the result's change. A clause naming a thing of its own (全年完成投资50亿元) is another goal."""
    assert _roles(extractor, "全县城镇新增就业目标为6000人，全年新增6350人。") == [("6000人", "target"), ("6350人", "level")]
    assert _roles(extractor, "一般公共预算收入年度目标12亿元，全年完成12.6亿元，增长5%。") == [
        ("12亿元", "target"), ("12.6亿元", "level"), ("5%", "change")]
    assert _roles(extractor, "目标是新增城镇就业5000人，结果新增5600人。") == [("5000人", "target"), ("5600人", "level")]
    assert _roles(extractor, "年初目标为粮食产量60万吨，全年粮食产量62.3万吨。") == [
        ("60万吨", "target"), ("62.3万吨", "level")]
    assert _roles(extractor, "今年目标为新增就业1万人，全年完成投资50亿元。", "2026-01-20") == [
        ("1万人", "target"), ("50亿元", "target")]
