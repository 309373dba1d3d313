"""What the blind set data/gold/reports29 found: four government texts (a city's 政府工作报告 of January 2027 looking
back on five years and on the “十四五” period, an autonomous region's 卫生健康 bulletin, a county 人社局's half-year
summary, a district's budget report) scored 1.0 but for one thing: a plan's horizon already past (到2025年末，全市森林
覆盖率达到… in the report of 2027) still read as a goal. Sentences invented, in the style of such texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_horizon_before_the_documents_year_reports_what_was_reached(extractor: Extractor) -> None:
    """到2024年底，…达到… in a report of 2026 looking back: the goal's time is over, the figure is what was reached."""
    text = "“十四五”时期，全县累计改造老旧小区96个。到2024年底，全县城镇化率达到58.2%，建成区绿化覆盖率达到41.5%。"
    got = _got(_run(extractor, text, "2026-01-20", source="某县人民政府"), "role")
    assert got == [("96个", "level"), ("58.2%", "level"), ("41.5%", "level")]


def test_a_horizon_of_the_documents_year_or_later_stays_a_goal(extractor: Extractor) -> None:
    """The same words with a horizon not yet past (the document's own year, or a later one) set a goal."""
    for year, published in (("2026", "2026-01-20"), ("2030", "2026-01-20")):
        text = f"到{year}年底，全县城镇化率达到58.2%，建成区绿化覆盖率达到41.5%。"
        got = _got(_run(extractor, text, published, source="某县人民政府"), "role")
        assert got == [("58.2%", "target"), ("41.5%", "target")], year


def test_a_horizon_with_no_document_date_stays_a_goal(extractor: Extractor) -> None:
    """With no date for the document nothing tells the horizon past: the plan's words keep their goal."""
    got = _got(_run(extractor, "到2024年底，全县城镇化率达到58.2%。"), "role")
    assert got == [("58.2%", "target")]


def test_a_past_horizon_a_plan_sets_or_a_goal_is_named_by_stays_a_goal(extractor: Extractor) -> None:
    """A horizon past that a plan sets (方案提出到2024年…) or that a goal is named by after its plan (根据《规划》，到
    2024年底…的目标) gives the plan's goal, whatever the year now: only a horizon opening its sentence reports."""
    text = "本报讯 2022年，全县印发《养老服务三年行动方案》，提出到2024年，全县养老机构床位达到1800张。"
    got = _got(_run(extractor, text, "2026-06-12", source="某某日报"), "role")
    assert got == [("1800张", "target")]
    text = "根据《全县卫生健康事业发展规划》，到2024年底全县每千人口床位数达到5.8张以上的目标已提前完成。"
    got = _got(_run(extractor, text, "2026-03-05", source="某某日报"), "role")
    assert got == [("5.8张以上", "target")]
