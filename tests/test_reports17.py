"""What the blind set data/gold/reports17 found: county and county-level city work reports of 2026 (容县's review and
主要预期目标, 彬州市's numbered 民生实事, 什邡市's 十五五 goals 到2030年, 临猗县's review, targets and goals for 2030):
a bound word before a figure of a list of goals opened by 目标是： is the figure's own, not a comparison with a goal
named after it. Sentences invented, in the style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_bound_word_in_a_list_of_goals_is_the_figures_own(extractor: Extractor) -> None:
    """主要目标是：…产值均超过300亿元: the list opener's 目标 stands before the figure, so 超过 bounds it (a floor); only a
    goal word after the figure (低于3.5%的控制目标) makes the bound a comparison's and the goal exact."""
    text = ("“十五五”时期经济社会发展的主要目标是：到2030年，全县地区生产总值突破300亿元；"
            "新材料、食品加工两大主导产业产值均超过80亿元。")
    got = _got(_run(extractor, text, "2026-01-15", source="某某县人民政府"), "qualifier", "role", "period")
    assert ("突破300亿元", "lower_bound", "target", "2030") in got
    assert ("超过80亿元", "lower_bound", "target", "2030") in got
    text = "全县城镇调查失业率4.9%，低于5.5%的控制目标。"
    got = _got(_run(extractor, text, "2026-01-15", source="某某县人民政府"), "qualifier", "role")
    assert got == [("4.9%", "exact", "level"), ("低于5.5%", "exact", "target")]


def test_a_numbered_list_of_livelihood_projects_is_this_years_goals(extractor: Extractor) -> None:
    """2026年，县政府将办好十件民生实事：1.… 2.…: each numbered item is a goal of the year, beds as beds, loans in yuan,
    the item numbers no figures."""
    text = ("2026年，县政府将集中财力办好十件民生实事：\n1.新建社区养老服务中心4个，新增养老床位180张。\n"
            "2.发放创业担保贷款8000万元，扶持创业600人。")
    got = _got(_run(extractor, text, "2026-01-20", source="某某县人民政府"), "role", "period", "topic", "unit")
    assert ("4个", "target", "2026", "other", "count") in got
    assert ("180张", "target", "2026", "beds", "bed") in got
    assert ("8000万元", "target", "2026", "jobs", "CNY") in got  # a loan to start a business: a jobs metric in yuan
    assert ("600人", "target", "2026", "jobs", "person") in got
    assert not any(q in ("1.", "2.", "1", "2") for q, *_ in got)
