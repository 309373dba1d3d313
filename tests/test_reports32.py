"""What the blind set data/gold/reports32 found: four reports of kinds earlier sets have (a 区 政府工作报告 of 2026 with
its 2025 review in 一是…二是 paragraphs, a list of ten 民生实事 with their completion and the 2026 targets; a 市 卫生健康局
reply to a 人大 suggestion; a 县 人社局's half-year 就业 summary; a 市 国有资产管理情况 report excerpt): the pledged
figure of a 民生实事 item set against what was actually done (新建…8个，实际建成9个) was read as a result. Sentences
invented, in the style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_pledge_set_against_what_was_actually_done_is_a_target(extractor: Extractor) -> None:
    """新建村级养老服务站6个，实际建成7个 in a list of the year's pledged works reported done: the figure the next
    clause sets against 实际 and a verb of doing is the pledge, a target; the one after 实际 the result."""
    text = ("本报讯 2025年县政府承诺的民生实事全部完成：新建村级养老服务站6个，实际建成7个；"
            "改造农村公路40公里，实际完成45公里；新建城市书房3家，全部建成开放。")
    got = _got(_run(extractor, text, "2026-01-10", source="丽水日报"), "role")
    assert got == [("6个", "target"), ("7个", "level"), ("40公里", "target"), ("45公里", "level"),
                   ("3家", "level")]


def test_a_pledge_whose_clause_runs_on_past_its_noun_is_a_target(extractor: Extractor) -> None:
    """为3000名老年人提供免费体检，实际体检3260人: the count pledged stands mid-clause, the clause runs on past its
    noun to the comma before 实际."""
    text = "本报讯 去年，全县为3000名老年人提供免费健康体检，实际体检3260人。"
    got = _got(_run(extractor, text, "2026-01-10", source="丽水日报"), "role")
    assert got == [("3000名", "target"), ("3260人", "level")]


def test_a_quota_set_against_beds_open_and_foreign_investment_used_stay_levels(extractor: Extractor) -> None:
    """编制床位820张，实际开放床位760张: a noun stands between 实际's verb and its number, a quota against what is
    open, both levels; 实际使用外资 names a metric, the count before it no pledge."""
    text = ("本报讯 截至去年底，全县医疗卫生机构编制床位820张，实际开放床位760张。"
            "全年新设外资企业12家，实际使用外资1.5亿美元。")
    got = _got(_run(extractor, text, "2026-01-10", source="丽水日报"), "role")
    assert got == [("820张", "level"), ("760张", "level"), ("12家", "level"), ("1.5亿美元", "level")]


def test_a_share_done_before_what_was_actually_done_stays_a_result(extractor: Extractor) -> None:
    """新建充电桩500个，完成率118%，实际建成590个: the share right before 实际 is of the pledge done, a result, not
    the pledge."""
    text = "本报讯 去年，全县新建充电桩500个，完成率118%，实际建成590个。"
    got = _got(_run(extractor, text, "2026-01-10", source="丽水日报"), "role")
    assert ("118%", "level") in got and ("590个", "level") in got
