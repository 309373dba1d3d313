"""Role, place, period and metric leftovers of context carry (context287).

- A change after a share said of a count (转移就业人数3.5万人，转移就业人数占劳动力总数的62%，比上年增加2000人) is the
  change of the count, in its measure, not of the share: it takes the count's metric and subject
  (`SubjectCarrier.carry_subjects`, past a rate between).
- The average standard of a social assistance (城市低保平均标准每人每月850元) is a standard as 低保标准 is
  (rules/metrics/money.yaml money.assistance_standard).
- Funds or spending cut on review (核减资金320万元) is a fall, a change, as 压减一般性支出 is (roles.yaml change.gap); an
  audit's 核减 of the sums sent in (核减工程造价1200万元) still counts the saving, a level.
- A running or summed total opening a sentence (累计…, 共计…, 合计…) after an example of a part of the area ends the
  example as 全年 does (places.yaml example_over).
- A month written inside a clause of an earlier item (住院楼2027年6月投入使用) dates that item's event; a goal of a later
  item of a plan, in a paragraph after it, is due in that month's year, not in the month.
"""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_change_after_a_share_of_a_count_is_the_counts(extractor: Extractor) -> None:
    text = "本报讯 去年全县转移就业人数达到3.5万人，转移就业人数占劳动力总数的百分之六十二，比上年增加两千余人。"
    got = _got(_run(extractor, text, "2026-03-01", source="某县人社局"), "role", "metric")
    assert got[0] == ("3.5万人", "level", "jobs.labour_transfer")
    assert got[2] == ("两千余人", "change", "jobs.labour_transfer")


def test_a_change_right_after_its_count_is_unchanged(extractor: Extractor) -> None:
    text = "本报讯 全县转移就业人数3.5万人，比上年增加2000人，占劳动力总数的62%。"
    got = _got(_run(extractor, text, "2026-03-01", source="某县人社局"), "role", "metric")
    assert got[1] == ("2000人", "change", "jobs.labour_transfer")


def test_the_average_standard_of_an_assistance_is_a_standard(extractor: Extractor) -> None:
    text = "本报讯 城市低保平均标准每人每月850元，农村低保平均标准每人每年6800元。"
    got = _got(_run(extractor, text, "2026-03-01", source="某县民政局"), "metric")
    assert got == [("850元", "money.assistance_standard"), ("6800元", "money.assistance_standard")]


@pytest.mark.parametrize(("text", "want"), [
    ("本报讯 全年核减资金320万元。", [("320万元", "change")]),
    ("本报讯 今年核减项目经费45万元，盘活存量资金1.2亿元。", [("45万元", "change"), ("1.2亿元", "level")]),
    # an audit's cut of the sums sent in counts what it saved
    ("本报讯 核减工程造价1200万元。", [("1200万元", "level")]),
])
def test_funds_cut_on_review_are_a_change(extractor: Extractor, text: str, want: list) -> None:
    assert _got(_run(extractor, text, "2026-12-01", source="某县财政局"), "role") == want


@pytest.mark.parametrize("opening", ["累计", "共计"])
def test_a_total_after_an_example_is_the_wholes(extractor: Extractor, opening: str) -> None:
    text = f"本报讯 全市新增城镇就业5.2万人。永城市新增就业8000人。{opening}发放创业担保贷款3.6亿元。"
    got = _got(_run(extractor, text, "2026-12-01", source="商丘日报"), "place")
    assert got == [("5.2万人", "商丘市"), ("8000人", "永城市"), ("3.6亿元", "商丘市")]


def test_a_total_after_a_paragraph_on_the_part_itself_stays_the_parts(extractor: Extractor) -> None:
    text = "本报讯 永城市新增城镇就业8000人。累计发放创业担保贷款3.6亿元。"
    got = _got(_run(extractor, text, "2026-12-01", source="商丘日报"), "place")
    assert got == [("8000人", "永城市"), ("3.6亿元", "永城市")]


def test_a_month_of_an_earlier_items_event_dates_no_later_goal(extractor: Extractor) -> None:
    text = ("某县2027年卫生健康工作要点\n\n三、重点项目\n\n县中医医院住院楼2027年6月投入使用，新增床位300张。\n\n"
            "新建村卫生室9个。\n")
    got = _got(_run(extractor, text, "2026-11-26", source="某县卫生健康局"), "role", "period")
    assert got == [("300张", "target", "2027"), ("9个", "target", "2027")]
