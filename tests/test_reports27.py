"""What the blind set data/gold/reports27 found: four government texts (a province's 政府工作报告 of January 2026 with
its past year, its 2026 goals and its “十五五” targets for 2030; a province's 人社 statistics bulletin on 2025; a city's
卫生健康 statistics bulletin on 2025; a county 审计局's notice on its towns' 民生 funds). Every scored field came out
right blind; the one false positive was 三项社会保险基金, which every earlier set labels optional (the gold was fixed).
What such texts write that came out wrong, found on variants of them: a rate per 100,000's change in 十万分点 was no
figure; a stay shorter by days (平均住院日比上年缩短0.3天) was a level; an estate count after a line of beds (护理型床位
5000张；改造城镇老旧小区1200个) took the beds' metric, its clause looking like a place's name (…小区); a county's
table of its towns' funds (乡镇 下达资金 已拨付资金 完成进度（%）) gave no figure. Sentences invented, in the style of such
texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_points_of_a_rate_per_100000_are_a_change(extractor: Extractor) -> None:
    """比上年下降1.2个十万分点 after a maternal death rate in /10万: a difference of two rates per 100,000, in its own
    unit, a change, as 千分点 is beside a rate per thousand."""
    text = "全市孕产妇死亡率为8.9/10万，比上年下降1.2个十万分点；婴儿死亡率为2.31‰，比上年下降0.15个千分点。"
    figs = _run(extractor, text, "2026-05-20", "某市卫生健康委员会", "三门峡市")
    got = {f["quote"]: (f["value"], f["measure"], f["unit"], f["role"], f["metric"]) for f in figs}
    assert got["1.2个十万分点"] == (1.2, "十万分点", "per_100k_point", "change", "percent.points")
    assert got["0.15个千分点"][2:] == ("permille_point", "change", "percent.points")
    assert got["8.9/10万"][2:4] == ("per_100k", "level")


def test_a_stay_shorter_or_longer_is_a_change(extractor: Extractor) -> None:
    """比上年缩短0.3天, 比上年延长0.4岁: a time grown shorter or longer by so much; 缩短至7.9天 names where it went, a
    level."""
    text = "医院出院者平均住院日为8.6天，比上年缩短0.3天。全县平均住院日缩短至7.9天，人均预期寿命比上年延长0.4岁。"
    got = _got(_run(extractor, text, "2026-05-20", "某县卫生健康局", "陆河县"), "role")
    assert got == [("8.6天", "level"), ("0.3天", "change"), ("7.9天", "level"), ("0.4岁", "change")]


def test_an_item_in_another_measure_takes_no_beds_metric_from_the_item_before(extractor: Extractor) -> None:
    """新增养老机构护理型床位5000张；改造城镇老旧小区1200个: the clause before 1200个 ends in 区 and so reads as the next
    place of a list, but beds are counted in 张, not 个: the estates keep their own count. A place's next item in the
    beds' own measure (江北区新增床位800张，渝北区600张) still counts beds."""
    text = "今年将办好民生实事：新增养老机构护理型床位5000张；改造城镇老旧小区1200个；新建改建农村公路3000公里。"
    figs = {f["quote"]: f["metric"] for f in _run(extractor, text, "2026-01-21", "某省人民政府", "陕西省")}
    assert figs["5000张"].startswith("beds.")
    assert not figs["1200个"].startswith("beds.")
    listed = "去年，江北区新增养老床位800张，渝北区600张。"
    figs = {f["quote"]: f["metric"] for f in _run(extractor, listed, "2026-01-21", "重庆市民政局", "重庆市")}
    assert figs["800张"].startswith("beds.") and figs["600张"].startswith("beds.")


def test_a_table_of_towns_funds_gives_each_towns_figures_under_the_county(extractor: Extractor) -> None:
    """A county's table by town under a unit note (单位：万元): 乡镇 heads the label column, 下达资金 and 已拨付资金 are
    levels in 万元, 完成进度（%） a percentage; a town's figures are its county's (GUIDE: the most specific area of the
    gazetteer, a town under its county)."""
    text = ("陆河县2025年度民生资金审计结果公告\n各镇民生资金拨付情况如下（单位：万元）：\n"
            "乡镇 下达资金 已拨付资金 完成进度（%）\n河田镇 2865.4 2631.2 91.8\n水唇镇 1642.8 1518.6 92.4\n")
    figs = _run(extractor, text, "2026-03-10", "陆河县审计局", "陆河县")
    got = [(f["value"], f["unit"], f["role"], f["place"], f["period"]) for f in figs]
    assert got == [(28654000.0, "CNY", "level", "陆河县", "2025"), (26312000.0, "CNY", "level", "陆河县", "2025"),
                   (91.8, "percent", "level", "陆河县", "2025"), (16428000.0, "CNY", "level", "陆河县", "2025"),
                   (15186000.0, "CNY", "level", "陆河县", "2025"), (92.4, "percent", "level", "陆河县", "2025")]
