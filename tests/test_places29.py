"""Place errors the blind set data/gold/news28 showed and its helper left: a province's paper dated from its capital
(新疆日报 本报乌鲁木齐…讯) put a figure naming no place in the capital city; money a national ministry hands out
(财政部…下达…资金680亿元) was put in the province of the paper; people and firms a county sends 到石阡县挂职/投资兴业
were counted for the sender. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_provinces_paper_dated_from_its_capital_speaks_of_the_province(extractor: Extractor) -> None:
    """本报西宁…讯 in 青海日报: the paper sits in the capital, so a figure naming no place is the province's; a lead
    naming the city makes the item the city's, and another city's dateline (a bureau's) places the item there."""
    text = "本报西宁3月2日讯 今年计划新建村级互助幸福院120个，其中用于牧区的资金2.6亿元。"
    got = _got(_run(extractor, text, "2026-03-03", source="青海日报"), "place")
    assert got == [("120个", "青海省"), ("2.6亿元", "青海省")]
    text = "本报西宁3月2日讯 西宁市今年计划新建社区食堂45个。"
    got = _got(_run(extractor, text, "2026-03-03", source="青海日报"), "place")
    assert got == [("45个", "西宁市")]
    text = "本报海东3月2日讯 今年计划新建社区食堂45个。"
    got = _got(_run(extractor, text, "2026-03-03", source="青海日报"), "place")
    assert got == [("45个", "海东市")]


def test_a_citys_own_paper_dated_from_the_city_stays_the_citys(extractor: Extractor) -> None:
    """本报西宁讯 in 西宁晚报: the city's own paper, the city's figure."""
    text = "本报西宁3月2日讯 今年计划新建社区食堂45个。"
    got = _got(_run(extractor, text, "2026-03-03", source="西宁晚报"), "place")
    assert got == [("45个", "西宁市")]


def test_money_a_national_body_hands_out_is_the_countrys(extractor: Extractor) -> None:
    """财政部、民政部下达…资金N亿元，其中下达我省M亿元: the total is the country's, the part the province's; central money
    a province gets or a limit the ministry sets it stays the province's."""
    text = "本报讯 近日，财政部、民政部下达2026年中央财政养老服务体系建设补助资金96亿元，其中下达我省3.8亿元。"
    got = _got(_run(extractor, text, "2026-03-03", source="青海日报"), "place")
    assert got == [("96亿元", "全国"), ("3.8亿元", "青海省")]
    text = "本报讯 今年全省争取中央预算内投资4.2亿元，政府债务余额控制在财政部核定的限额1200亿元以内。"
    got = _got(_run(extractor, text, "2026-03-03", source="青海日报"), "place")
    assert got == [("4.2亿元", "青海省"), ("1200亿元以内", "青海省")]


def test_people_and_firms_sent_to_serve_or_invest_are_the_receivers(extractor: Extractor) -> None:
    """到黄平县挂职, 到黄平县投资兴业: the people and firms counted before the place, and the figures of the clauses
    after it, are the receiving county's; workers sent out 到X务工 stay the home's count."""
    text = ("本报讯 今年以来，宁海县选派党政干部5名、教师22名到黄平县挂职帮扶。宁海县引导9家企业到黄平县投资兴业，"
            "实际到位投资2.1亿元，带动就业640人。")
    got = _got(_run(extractor, text, "2026-06-18", source="黄平县人民政府"), "place")
    assert got == [("5名", "黄平县"), ("22名", "黄平县"), ("9家", "黄平县"), ("2.1亿元", "黄平县"), ("640人", "黄平县")]
    text = "本报讯 今年以来，全县组织农村劳动力到宁海县务工2300人。"
    got = _got(_run(extractor, text, "2026-06-18", source="黄平县人民政府"), "place")
    assert got == [("2300人", "黄平县")]


def test_a_count_right_after_a_partners_name_is_the_partners(extractor: Extractor) -> None:
    """宁海县4所学校与黄平县6所学校结对: 6所 are 黄平县's schools, written right after the partner's name; a
    comparison's base (比全省高) writes no count of its own there."""
    text = "本报讯 宁海县4所学校与黄平县6所学校结对。"
    got = _got(_run(extractor, text, "2026-06-18", source="宁海县人民政府"), "place")
    assert got == [("4所", "宁海县"), ("6所", "黄平县")]
