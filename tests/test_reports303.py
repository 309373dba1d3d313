"""What the blind set data/gold/reports303 showed: four 2026 reports of kinds and places no gold set's texts had named:
成武县's 政府工作报告 of January 2027 (回顾2026年: 268.5亿元 and 增长6.1%, 高于菏泽市平均水平0.4个百分点,
分别增长5.2%和6.8%, 由每人每月188元提高到每人每月208元, 城镇新增就业6240人 and 完成年度目标的113%, 带动就业4300余人,
公益性岗位2860个, 床位600张, 3450张, 由5.6张提高到6.4张 and 比山东省平均水平高0.3张, 白浮图镇中心卫生院's 80张,
护理型床位占比62%; 2027年主要预期目标 6%左右, 5%以上, 6000人以上, 3%以内, 300张左右, 8张以上, 9.5亿斤以上, 80%左右,
40场以上, 床位使用率70%以上); 揭阳市卫生健康局's 2026年工作总结 of December (床位3.12万张 by kind, 比上年末增加1860张,
每千人口5.57张 and 低于广东省平均水平0.6张, 精神科床位由420张增加到760张, 惠来县's 200张, 医共体12个,
家庭医生团队2350个 and 签约居民186万人, 揭东区's 2.4万人, 8.6/10万 and 2.1‰, 招聘820人, 缺口约300人; 2027年工作打算
3.3万张, 5.8张左右, 85%以上, 1000人以上); 庐阳区人社局's “十四五”工作总结 of January 2026 (五年累计 12.6万人,
年均2.52万人, 占合肥市同期总量的11.3%, 4.5%左右, 2025年's 2.61万人 and 104.4%, 见习岗位8600个, 较2020年增长36% and
增加9.6万人, 年均增长5.4%, 由1550元提高到2060元, 养老机构床位由3100张增加到4650张, 2026年's 2.5万人以上 and 5.5%以内,
到2030年 18万人); 太仓市沙溪镇's 2026年上半年工作总结 of July (完成全年任务的54.5% and 55%, 1-5月 12.4亿元, 6月份
下降4.5%, 截至6月底 380人 and 比年初减少42人, 床位60张 and 280张, 每百名老人4.2张, 下半年 8亿元以上, 2400人以上,
400人以内, 再举办招聘会10场, 再完成投资18亿元). 192 must figures, 37 of beds and 40 of jobs.
Blind (gold as first committed): recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=0.7188 period=0.9789
topic_beds=1.0 topic_jobs=0.975.
Gold corrected after the blind run: a town's or a 街道's figures are placed in its county-level division, as the
earlier sets have it (news163's 高笋塘街道 report in 万州区, news237's 焦庙镇 in 齐河县): r04 沙溪镇 -> 太仓市, r01
白浮图镇 -> 成武县, r03 杏林街道 -> 庐阳区 (55 rows); with it place=0.9896.
The set showed: 五年累计城镇新增就业12.6万人，年均2.52万人，占合肥市同期总量的11.3% took the share for a share of
nothing (percent.share): the clause of nothing but the share of the area names it by its name and its same time
(context.yaml share_done: 占 a province, prefecture or county by name, and 同期 before the whole, as 占全市新增总量的
was).
Final: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=0.9896 period=0.9789 topic_beds=1.0 topic_jobs=1.0.
Left alone: 惠来县人民医院新院区启用，新增床位200张。每千人口执业（助理）医师2.41人、注册护士2.86人 carries 惠来县
from the hospital's sentence into the city's ratios (a county heading a unit's name is kept in force for the next
sentence); after 2025年，全区城镇新增就业2.61万人 in a “十四五” review the later sections'
累计开展职业技能培训9.8万人次, 新增技能人才3.6万人, 建成…基地3个 and 较2020年增加9.6万人，年均增长5.4% are dated 2025,
not 2021-2025 (the year of one sentence carried past the section's heading into a review of the span)."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored


def _rows(extractor: Extractor, text: str, source: str, published: str, *keys: str) -> list[tuple]:
    return _got(_run(extractor, text, published, source=source), *keys)


def test_a_share_of_a_named_area_s_same_time_total_measures_the_count_before(extractor: Extractor) -> None:
    """占某某市同期总量的11.3% after a count of new jobs: the clause of nothing but the share of the area, named by its
    name and its same time, is the share of that count (context.yaml share_done), as 占全市的 is; a clause with a
    subject of its own keeps its share."""
    src, day = "某县人力资源和社会保障局", "2026-01-15"
    text = "五年累计城镇新增就业3.4万人，年均6800人，占宁安市同期总量的21.5%。"
    assert _rows(extractor, text, src, day, "metric")[-1] == ("21.5%", "jobs.urban_new")
    text = "全县新增养老床位640张，占临河省同期的12.4%。"
    assert _rows(extractor, text, src, day, "metric")[-1][0] == "12.4%"
    assert _rows(extractor, text, src, day, "metric")[-1][1].startswith("beds.")
    text = "全县城镇新增就业3150人，第三产业增加值占宁安市的比重为52.4%。"
    assert _rows(extractor, text, src, day, "metric")[-1] == ("52.4%", "percent.share")


@pytest.mark.slow
def test_the_reports303_gold_set_scores_at_its_floors() -> None:
    """data/gold/reports303 (four reports: 成武县's 政府工作报告; 揭阳市卫生健康局's 年度工作总结; 庐阳区人社局's “十四五”
    工作总结; 太仓市沙溪镇's 上半年工作总结).
    Blind: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=0.7188 period=0.9789 topic_beds=1.0
    topic_jobs=0.975 (192 must figures; the places of a town's and a 街道's figures corrected after it);
    now: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=0.9896 period=0.9789 topic_jobs=1.0.
    Floors, not the exact scores."""
    s = scored("reports303")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.985 and s["period_acc"] >= 0.975
    assert s["topic_beds_acc"] >= 0.995 and s["topic_jobs_acc"] >= 0.995
    assert s["topic_money_acc"] >= 0.995 and s["topic_percent_acc"] >= 0.995
