"""Role, place and period leftovers of context carry (context273).

- A year-end deadline with its year written (到2026年底，全县新增城镇就业2800人以上) in a plan of the year's first months is
  still ahead: a goal, as 到年底… is in a July item (roles.yaml target.month_ahead, group `year`); a later clause opening on
  a verb of works of its own, or a 其中 part, is due by the same end (target.month_ahead_reach). An earlier year's end
  reports what was done.
- Spending cut by so much (压减一般性支出2150万元, 压缩“三公”经费120万元) is a fall, a change (roles.yaml change.verbs,
  change.gap); where it was cut to (压缩至5个工作日) stays a level, an audit's 核减 the saving it counted (a level, as
  审减 is in reports148's gold).
- A yearly average of a sentence that names no time, in the last year of the span an average of an earlier sentence of
  its paragraph took (…，“十四五”时期年均增长6.3%。…年均分别增长5.9%和7.6%), is over the same years (PeriodState.rate_span);
  a new paragraph drops it.
- A part of the city named as an example in a paragraph on the whole (清丰县新建…中心1所。中心设置床位200张。) does not carry
  to the year's total after it (全年为4.6万名老年人发放高龄津贴8240万元: the city's; places.yaml example_over).
- A town written right after the time opening its clause (前三季度芒山镇新增就业120人) heads the clause as a town after a
  mark does: its county (`PlaceTracker._town_heads`).
- The sender's name right before its aid people (江苏援青干部86名) places their count where no area below the country is
  in force (a national paper): the sender's; in the receiver's paper they stay the receiver's (places.yaml aid_people).
"""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


@pytest.mark.parametrize(("text", "published", "want"), [
    ("本报讯 2026年是开局之年。到2026年底，全县新增城镇就业2800人以上，新增养老床位300张，其中护理型床位200张。",
     "2026-03-06", [("2800人以上", "target"), ("300张", "target"), ("200张", "target")]),
    # a later year's end is ahead whatever the month
    ("本报讯 到2027年底，全县新建社区食堂12个。", "2026-11-20", [("12个", "target")]),
    # an earlier year's end is over: what was done
    ("本报讯 到2025年底，全县新增城镇就业2800人，新增养老床位300张。", "2026-03-06",
     [("2800人", "level"), ("300张", "level")]),
    # a clause that reports (已) is left as it was
    ("本报讯 到2026年底，全县新建社区食堂12个，目前已建成8个。", "2026-03-06", [("12个", "target"), ("8个", "level")]),
])
def test_a_written_years_end_ahead_is_a_goal(extractor: Extractor, text: str, published: str, want: list) -> None:
    assert _got(_run(extractor, text, published, source="某县人民政府"), "role") == want


@pytest.mark.parametrize(("text", "want"), [
    ("本报讯 全年压减一般性支出2150万元，盘活存量资金1.36亿元。", [("2150万元", "change"), ("1.36亿元", "level")]),
    ("本报讯 今年压缩“三公”经费120万元，会议费压降15%。", [("120万元", "change"), ("15%", "change")]),
    # a plan's cut is a goal; where it was cut to, a level
    ("本报讯 今年计划压减一般性支出10%。", [("10%", "target")]),
    ("本报讯 审批时限压缩至5个工作日。", [("5个工作日", "level")]),
    # an audit's cut counts what it saved, a level
    ("本报讯 核减工程造价1200万元。", [("1200万元", "level")]),
])
def test_a_cut_in_spending_is_a_change(extractor: Extractor, text: str, want: list) -> None:
    assert _got(_run(extractor, text, "2026-12-01", source="某县财政局"), "role") == want


def test_a_yearly_average_after_one_over_a_span_in_its_paragraph(extractor: Extractor) -> None:
    text = ("本报讯 2025年，全县地区生产总值达到168.4亿元，“十四五”期间年均增长6.3%。"
            "城镇、农村居民人均可支配收入分别达到43280元和20630元，年均分别增长5.9%和7.6%。")
    got = _got(_run(extractor, text, "2026-03-06", source="某县人民政府"), "period")
    assert got == [("168.4亿元", "2025"), ("6.3%", "2021-2025"), ("43280元", "2025"), ("20630元", "2025"),
                   ("5.9%", "2021-2025"), ("7.6%", "2021-2025")]
    # a new paragraph speaks of its own year: no average before it there
    text = ("本报讯 2025年，全县地区生产总值达到168.4亿元，“十四五”期间年均增长6.3%。\n\n"
            "城镇居民人均可支配收入达到43280元，年均增长5.9%。")
    got = _got(_run(extractor, text, "2026-03-06", source="某县人民政府"), "period")
    assert got[-1] == ("5.9%", "2025")


def test_an_example_county_does_not_carry_to_the_citys_total(extractor: Extractor) -> None:
    text = ("本报讯 全市共有养老机构118家。清丰县新建县级失能照护中心1所。中心设置床位200张。"
            "全年为4.6万名老年人发放高龄津贴8240万元。")
    got = _got(_run(extractor, text, "2026-12-18", source="濮阳市民政局"), "place")
    assert got == [("118家", "濮阳市"), ("1所", "清丰县"), ("200张", "清丰县"), ("4.6万名", "濮阳市"),
                   ("8240万元", "濮阳市")]
    # a paragraph on the county itself keeps it
    text = "本报讯 清丰县新建县级失能照护中心1所。全年为1.2万名老年人发放高龄津贴1800万元。"
    got = _got(_run(extractor, text, "2026-12-18", source="濮阳市民政局"), "place")
    assert got == [("1所", "清丰县"), ("1.2万名", "清丰县"), ("1800万元", "清丰县")]


@pytest.mark.parametrize("text", [
    "本报讯 全市就业形势稳定。前三季度芒山镇新增就业120人。",
    "本报讯 全市就业形势稳定。1-9月芒山镇新增就业120人。",
    "本报讯 全市就业形势稳定。芒山镇前三季度新增就业120人。",
])
def test_a_town_after_the_time_opening_its_clause(extractor: Extractor, text: str) -> None:
    assert _got(_run(extractor, text, "2026-10-20", source="商丘日报"), "place") == [("120人", "永城市")]


def test_the_time_then_no_town_keeps_the_city(extractor: Extractor) -> None:
    got = _run(extractor, "本报讯 全市就业形势稳定。前三季度城镇新增就业1200人。", "2026-10-20", source="商丘日报")
    assert _got(got, "place") == [("1200人", "商丘市")]


def test_aid_people_in_a_national_paper_are_the_senders(extractor: Extractor) -> None:
    text = "本报讯 对口支援扎实推进。江苏援青干部86名已全部到岗，山东援青医生42名开展帮扶。"
    assert _got(_run(extractor, text, "2026-08-01", source="人民日报"), "place") == [("86名", "江苏省"), ("42名", "山东省")]
    # in the receiver's paper they work where they are sent
    assert _got(_run(extractor, text, "2026-08-01", source="海东日报"), "place") == [("86名", "海东市"), ("42名", "海东市")]
