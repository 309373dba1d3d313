"""Task periods254: leftovers of `period` (GUIDE.md).

A sentence or list item of a January report that opens on 争取 itself (全县争取…), no time of its own, no plan word
and no plan list in force, speaks of the year just over as one opening on 全年 does (roles.yaml target.closing_open):
the money sought is the money obtained, a level of that year (damaged239 x05, damaged51 n05: gold level 2025). A
horizon after it (争取到2027年…) and the same words later in the year stay goals.
"""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _roles(extractor: Extractor, text: str, published: str) -> list[tuple]:
    return _got(_run(extractor, "某县卫生健康工作情况\n" + text + "\n", published, source="某县卫生健康局"),
                "role", "period")


def test_money_sought_opening_an_item_of_a_january_report_was_obtained(extractor: Extractor) -> None:
    text = ("- 2025年县级财政卫生健康支出2.91亿元，同比增长4.4%。\n"
            "- 争取上级补助资金9300万元，用于乡镇卫生院改造。")
    assert _roles(extractor, text, "2026-01-12")[-1] == ("9300万元", "level", "2025")
    text = "2025年，全县卫生健康支出2.91亿元。\n全县争取中央和省级资金2.7亿元，支持项目16个。"
    assert _roles(extractor, text, "2026-02-03")[1:] == [("2.7亿元", "level", "2025"), ("16个", "level", "2025")]


def test_money_sought_later_in_the_year_or_by_a_horizon_stays_a_goal(extractor: Extractor) -> None:
    assert _roles(extractor, "争取上级补助资金9300万元，用于乡镇卫生院改造。", "2026-07-12")[0][:2] == \
        ("9300万元", "target")
    assert _roles(extractor, "争取到2028年新建养老床位600张。", "2026-01-12")[0] == ("600张", "target", "2028")
