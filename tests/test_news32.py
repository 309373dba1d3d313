"""What the blind set data/gold/news32 found: seven county items on counted quantities other than beds and jobs as
well as some of those (萱洲镇's early rice in a 衡阳日报 item, 高台's rural roads and buses, 阜宁高新区's quarter,
大石桥's old housing estates, 绥阳's school places and beds, 富平's water supply with its prices, 灵山's holiday):
a town's headline figure placed by the paper's city instead of the county the lead names the town under
(衡山县萱洲镇), and 其中争取…资金 after a stated total read as money sought. Sentences invented, in the style of
such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_towns_headline_figure_is_its_countys(extractor: Extractor) -> None:
    """萱洲镇… in a city paper's headline that names no county, the lead writing 衡山县萱洲镇: the headline's figure
    stands where the lead puts the town, the county, not the paper's city."""
    text = ("石湾镇油菜喜获丰收 亩产同比提高12公斤\n本报讯 5月中旬，衡东县石湾镇1.2万亩油菜陆续收获，"
            "平均亩产达到165公斤，同比提高12公斤。")
    got = _got(_run(extractor, text, "2026-05-20", source="衡阳日报"), "place")
    assert got == [("12公斤", "衡东县"), ("1.2万亩", "衡东县"), ("165公斤", "衡东县"), ("12公斤", "衡东县")]


def test_a_headline_naming_no_place_leaves_a_lead_of_no_place_the_papers(extractor: Extractor) -> None:
    """早稻喜获丰收 over a lead that names no place: the paper's own city, as before."""
    text = "早稻喜获丰收 亩产同比提高20公斤\n本报讯 7月中旬，全市早稻陆续收获，平均亩产同比提高20公斤。"
    got = _got(_run(extractor, text, "2026-07-20", source="衡阳日报"), "place")
    assert got == [("20公斤", "衡阳市"), ("20公斤", "衡阳市")]


def test_the_part_of_a_total_secured_from_above_is_a_level(extractor: Extractor) -> None:
    """总投资…，其中争取中央和省级补助资金…: the part of the money spent that came from above, secured, a level; 将争取
    in a plan stays a goal."""
    text = "本报讯 今年全市实施老旧小区改造项目26个，总投资1.85亿元，其中争取中央和省级补助资金1.12亿元。"
    got = _got(_run(extractor, text, "2024-11-20", source="营口日报"), "role")
    assert got == [("26个", "level"), ("1.85亿元", "level"), ("1.12亿元", "level")]
    text = "本报讯 明年全市计划改造老旧小区20个，将争取上级补助资金8000万元。"
    got = _got(_run(extractor, text, "2024-11-20", source="营口日报"), "role")
    assert got == [("20个", "target"), ("8000万元", "target")]


def test_a_high_tech_zone_of_a_county_is_the_countys(extractor: Extractor) -> None:
    """阜宁高新区…: a zone named by its county is no division; its figures are the county's."""
    text = "阜宁高新区一季度产值增长12.7%\n本报讯 今年一季度，阜宁高新区实现规上工业总产值68.4亿元，同比增长12.7%。"
    got = _got(_run(extractor, text, "2026-04-16", source="盐城日报"), "place", "period")
    assert got == [("12.7%", "阜宁县", "2026Q1"), ("68.4亿元", "阜宁县", "2026Q1"), ("12.7%", "阜宁县", "2026Q1")]


def test_prices_per_unit_keep_their_unit(extractor: Extractor) -> None:
    """每立方米3.2元 is money; 2.6元/吨 keeps its unit of a price per tonne, as earlier sets write it."""
    text = "本报讯 全县居民生活用水第一阶梯水价为每立方米3.2元，农村集中供水工程水价为2.6元/吨。"
    figs = _run(extractor, text, "2026-02-10", source="渭南日报")
    assert [(f["quote"], f["measure"]) for f in figs] == [("3.2元", "元"), ("2.6元/吨", "元/吨")]
