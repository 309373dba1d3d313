"""Leftovers of the new sets (task tables275): reports267's v03 read 建成高标准农田累计42万亩 after
到2027年底，…达到860个 as a level (累计 after a figure reset the deadline's goal); sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_total_inside_its_own_clause_under_a_horizon_is_the_goal(extractor: Extractor) -> None:
    """到2026年底，…达到…，改造…累计N in a plan of that year: the word inside its clause's own words, right before
    its figure, totals that clause's goal due by the horizon, though a figure stands before it; 累计 opening its clause
    after a plan's figure (计划投资8亿元，累计完成投资6亿元) still reports progress."""
    text = "到2026年底，全市公共充电桩总数达到4200个，改造老旧供水管网累计180公里。"
    got = _got(_run(extractor, text, "2026-03-02", source="某市发展和改革委员会"), "role", "period")
    assert got == [("4200个", "target", "2026"), ("180公里", "target", "2026")]
    text = "该工程计划投资5亿元，累计完成投资3.2亿元。"
    got = _got(_run(extractor, text, "2026-03-02", source="某市发展和改革委员会"), "role")
    assert got == [("5亿元", "target"), ("3.2亿元", "level")]
