"""What a probe of ~200 invented sentences of changes and from–to pairs found wrong (GUIDE.md: role, period): a floor set
on a growth (增长不低于7%) was read as a level, though a growth stated as a floor is a commitment, a goal; a growth rate
named as a noun (增长率为12.5%) was read as a level, where 增速为 reads as the change it is; and a pair whose from end is a
five-year plan's last year in quotes (由“十三五”末的820家增至1100家) gave that year to its to end as well. Sentences
invented, in the style of bulletins and work reports; each fix is checked against its neighbours that stay as they were."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_MAR = "2026-03-10"


def _fields(ex: Extractor, text: str, *keys: str) -> list[tuple]:
    return _got(_run(ex, "绵阳市统计局发布。\n" + text, _MAR, "绵阳日报"), *keys)


def test_a_floor_on_a_growth_is_a_goal(extractor: Extractor) -> None:
    """增长不低于7%, 年均增长不少于6%: a growth set as a floor is what is to be reached, a target (GUIDE.md's role,
    as 一般公共预算收入增长不低于5% is annotated); the same rate stated as it came out stays a change, and a floor on a
    level with no word of growth (粮食产量不低于45万吨) keeps the role it had."""
    assert _fields(extractor, "全省地区生产总值增长不低于7%。", "role", "qualifier") == [
        ("不低于7%", "target", "lower_bound")]
    assert _fields(extractor, "全市居民收入年均增长不少于6%。", "role") == [("不少于6%", "target")]
    assert _fields(extractor, "全市地区生产总值增长7%以上。", "role", "qualifier") == [("7%以上", "change", "lower_bound")]
    assert _fields(extractor, "全市一般公共预算收入增长超过10%。", "role") == [("超过10%", "change")]
    assert _fields(extractor, "全市研发投入强度提高5个百分点。", "role") == [("5个百分点", "change")]


def test_a_growth_rate_named_as_a_noun_is_a_change(extractor: Extractor) -> None:
    """研发经费增长率为12.5%, 年均增长率达到6%: the rate of growth is the change, as 增速为8.3% is; a population's
    自然增长率 (births less deaths over its people) is a rate of its own kind, a level, as the bulletins annotate it."""
    assert _fields(extractor, "全市研发经费增长率为12.5%。", "role") == [("12.5%", "change")]
    assert _fields(extractor, "全市研发经费年均增长率达到6%。", "role") == [("6%", "change")]
    assert _fields(extractor, "全市人口自然增长率为-1.2‰，城镇化率为62.3%。", "role") == [
        ("-1.2‰", "level"), ("62.3%", "level")]
    assert _fields(extractor, "全市人口自然增长率为0.5%。", "role") == [("0.5%", "level")]


def test_a_pairs_from_end_at_a_plans_end_in_quotes_dates_that_end_alone(extractor: Extractor) -> None:
    """由“十三五”末的820家增至1100家: the plan's last year, bound to the from end by 末的, is the from end's time only,
    as 由2020年的820家 is; the to end is of the time in force (the document's). The quotes around the plan's name
    stand apart from neither 由 nor 末的, and 时期末的 closes it as 末的 does."""
    want = [("820家", "2020"), ("1100家", "2026-03")]
    assert _fields(extractor, "全市规上工业企业由“十三五”末的820家增至1100家。", "period") == want
    assert _fields(extractor, "全市规上工业企业由“十三五”时期末的820家增至1100家。", "period") == want
    assert _fields(extractor, "全市规上工业企业由十三五末的820家增至1100家。", "period") == want
    assert _fields(extractor, "全市规上工业企业由2020年的820家增至1100家。", "period") == want
    # (a year for each end keeps each its own; the base of a comparison is no period)
    assert _fields(extractor, "全市养老床位由2020年末的1.2万张增加到2025年末的1.8万张。", "period") == [
        ("1.2万张", "2020"), ("1.8万张", "2025")]
    assert _fields(extractor, "2025年，全市城镇化率比“十三五”末提高3.2个百分点。", "period") == [("3.2个百分点", "2025")]


def test_a_goal_compared_with_keeps_its_own_bound_after_it(extractor: Extractor) -> None:
    """高于6%左右的预期目标: the bound word before the goal (高于) is the comparison's, so the goal was made exact, but
    左右 after it is the goal's own (about 6 %), as 余 in 超过5万余人的年度目标 is; a goal with no bound of its own
    (低于5.5%的预期目标) stays exact."""
    assert _fields(extractor, "全市地区生产总值增长6.5%，高于6%左右的预期目标。", "role", "qualifier") == [
        ("6.5%", "change", "exact"), ("高于6%左右", "target", "approx")]
    assert _fields(extractor, "全市城镇调查失业率为5.1%，低于5.5%的预期目标。", "role", "qualifier") == [
        ("5.1%", "level", "exact"), ("低于5.5%", "target", "exact")]
    assert _fields(extractor, "全市新增城镇就业5.2万人，超过5万余人的年度目标。", "qualifier")[-1] == (
        "超过5万余人", "lower_bound")
