"""What the blind set data/gold/bulletins15 found: four yearly bulletins of kinds earlier sets had less of (荆州市's
卫生健康事业发展统计公报, 灌南县's 人力资源和社会保障事业发展统计公报, 莱州市's 国民经济和社会发展统计公报 with a table of
指标/单位/绝对数/比上年增长% whose sub-items stand indented under 其中：, 安陆市's 民政事业发展统计公报). Every figure was
right blind; probes in the same style showed one gap, fixed since: a list whose whole a sentence's first clause names
(床位中，医院床位3.05万张，基层医疗卫生机构0.93万张) left its bare items in 张 as things, not beds. Sentences invented, in
the style of such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_list_under_a_clause_naming_its_whole_counts_that_whole(extractor: Extractor) -> None:
    """全市医疗卫生机构床位中，医院床位…，基层医疗卫生机构…张: the opening clause names the whole as 其中 would, so the
    bare items after the first are beds too. A clause of doing (在…工作中，) names no whole: 宣传资料 stay things."""
    text = ("某市2025年卫生健康事业发展统计公报\n\n全市医疗卫生机构床位中，医院床位2.86万张，基层医疗卫生机构0.74万张，"
            "专业公共卫生机构0.12万张。")
    figs = _run(extractor, text, "2026-05-10", source="某市卫生健康委员会")
    assert [(f["quote"], f["value"], f["metric"].split(".")[0]) for f in figs] == [
        ("2.86万张", 28600, "beds"), ("0.74万张", 7400, "beds"), ("0.12万张", 1200, "beds")]
    text = "某县民政事业发展统计公报\n\n在养老服务工作中，全县新增养老床位320张，发放宣传资料2000张。"
    figs = _run(extractor, text, "2026-03-10", source="某县民政局")
    assert [(f["quote"], f["metric"].split(".")[0]) for f in figs] == [("320张", "beds"), ("2000张", "quantity")]


def test_an_indicator_table_reads_its_indented_sub_items(extractor: Extractor) -> None:
    """指标 单位 绝对数 比上年增长%: rows under 其中： stand indented (full-width or plain spaces), the later ones with no
    其中 at all; each is read in its own unit cell. A row with a dash for its amount (—) still gives its growth."""
    text = ("某市2025年国民经济和社会发展统计公报\n\n表1 2025年全市主要经济指标\n指标\t单位\t绝对数\t比上年增长%\n"
            "地区生产总值\t亿元\t512.36\t5.6\n　　其中：第一产业\t亿元\t52.45\t3.7\n　　　　　第二产业\t亿元\t206.71\t6.2\n"
            "规模以上工业增加值\t亿元\t—\t7.1\n进出口总额\t亿元\t82.63\t8.5\n    其中：出口\t亿元\t58.25\t10.4\n"
            "城镇居民人均可支配收入\t元\t48836\t4.8\n")
    got = _got(_run(extractor, text, "2026-03-20", source="某市统计局"), "value", "role", "period")
    assert got == [("512.36", 51236000000, "level", "2025"), ("5.6", 5.6, "change", "2025"),
                   ("52.45", 5245000000, "level", "2025"), ("3.7", 3.7, "change", "2025"),
                   ("206.71", 20671000000, "level", "2025"), ("6.2", 6.2, "change", "2025"),
                   ("7.1", 7.1, "change", "2025"),
                   ("82.63", 8263000000, "level", "2025"), ("8.5", 8.5, "change", "2025"),
                   ("58.25", 5825000000, "level", "2025"), ("10.4", 10.4, "change", "2025"),
                   ("48836", 48836, "level", "2025"), ("4.8", 4.8, "change", "2025")]


def test_a_rate_kept_within_its_bound_and_the_health_rates(extractor: Extractor) -> None:
    """年末城镇登记失业率为2.18%，控制在3.5%以内: the bound is the target the rate was kept within (as earlier
    bulletin sets label it). 孕产妇死亡率 per 10万 and 婴儿死亡率 in ‰ keep their bases."""
    text = "某县2025年人力资源和社会保障事业发展统计公报\n\n年末城镇登记失业率为2.18%，控制在3.5%以内。"
    got = _got(_run(extractor, text, "2026-04-09", source="某县人力资源和社会保障局"), "qualifier", "role")
    assert got == [("2.18%", "exact", "level"), ("3.5%以内", "upper_bound", "target")]
    text = ("某市2025年卫生健康事业发展统计公报\n\n全年全市孕产妇死亡率为7.82/10万，婴儿死亡率为2.16‰，"
            "每千人口医疗卫生机构床位8.06张。")
    figs = _run(extractor, text, "2026-05-18", source="某市卫生健康委员会")
    assert [(f["quote"], f["value"], f["unit"]) for f in figs] == [
        ("7.82/10万", 7.82, "per_100k"), ("2.16‰", 2.16, "permille"), ("8.06张", 8.06, "bed")]
