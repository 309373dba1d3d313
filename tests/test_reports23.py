"""What the blind set data/gold/reports23 found: four government texts as published on government sites, clean
(铜陵市's 2026 work report, 辽宁省卫健委's 2025 summary and 2026 plan, 永新县人社局's half-year summary with 吉安市's
figures among the county's, 岳麓区's budget report). Everything but period scored 1.0 blind: the health plan's list of
the year's works (重点做好以下工作：一是…新建医共体12个；二是…；四是着眼长远，到2030年，…) dated every goal of its items by
the deadline of the last item, 2030. A deadline inside one item of a numbered list is that item's own, both ways.
Sentences invented, in the style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_PLAN = "某某省卫生健康委员会2025年工作总结和2026年工作计划\n二、2026年工作计划\n"


def test_a_deadline_in_a_later_item_dates_no_goal_of_an_earlier_one(extractor: Extractor) -> None:
    """一是…新建县域医共体10个，力争新增三级医院4家；二是…；三是着眼长远，到2030年，…: the goals of the first items take the
    year the plan is for, 2026; only the last item's goals are due in 2030."""
    text = _PLAN + ("2026年，全省卫生健康工作的主要目标是：每千人口执业（助理）医师数达到3.6人。\n"
                    "重点做好以下工作：一是推进优质医疗资源下沉，新建县域医共体10个，力争新增三级医院4家；二是加强基层能力"
                    "建设，安排省级补助资金11.2亿元；三是着眼长远，到2030年，全省人均预期寿命达到80岁左右，每千人口医疗卫生"
                    "机构床位控制在8.2张以内。\n")
    got = _got(_run(extractor, text, "2026-01-20", source="某某省卫生健康委员会"), "role", "period")
    assert ("10个", "target", "2026") in got and ("4家", "target", "2026") in got
    assert ("11.2亿元", "target", "2026") in got
    assert ("80岁左右", "target", "2030") in got and ("8.2张以内", "target", "2030") in got


def test_a_deadline_in_an_earlier_item_dates_no_goal_of_a_later_one(extractor: Extractor) -> None:
    """一是到2027年，新建养老机构6所…；二是力争新增城镇就业5000人以上: the first item's goals are due in 2027, the second
    item's goal, which names no time, in the year the report plans for."""
    text = ("某某县人民政府工作报告\n一、2025年工作回顾\n全年城镇新增就业4860人。\n二、2026年主要目标任务\n"
            "今年重点抓好以下工作：一是到2027年，新建养老机构6所，新增养老床位800张；二是力争新增城镇就业5000人以上。\n")
    got = _got(_run(extractor, text, "2026-01-10", source="某某县人民政府"), "role", "period")
    assert ("6所", "target", "2027") in got and ("800张", "target", "2027") in got
    assert ("5000人以上", "target", "2026") in got


def test_a_deadline_before_the_list_frames_every_item(extractor: Extractor) -> None:
    """到2030年，重点实现以下目标：一是…；二是…: a time written before the list opens is the frame of all its items."""
    text = ("某某县人民政府工作报告\n二、“十五五”发展目标\n"
            "到2030年，重点实现以下目标：一是全县地区生产总值突破500亿元；二是城镇新增就业累计达到3万人以上。\n")
    got = _got(_run(extractor, text, "2026-01-10", source="某某县人民政府"), "role", "period")
    assert ("突破500亿元", "target", "2030") in got and ("3万人以上", "target", "2030") in got
