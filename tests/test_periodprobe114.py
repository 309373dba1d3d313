"""What the probe periodprobe114 found: a budget text published in February 2026 whose heading names its year with 上年
(二、上年预算执行情况) counted the sentences' own 上年 under it twice (上年一般公共预算支出执行12104.57万元 → 2024, and a
second 上年 sentence 2023), since 上年 there was read as the year before the one the text speaks of, and the year the
text speaks of was the heading's 上年 itself. A year named with such a word is counted from the document's date, so a
sentence's own 上年 under it is that year again (so under 二、去年工作回顾); the from end of a pair (由上年的4个增加到6个)
stays the year before.
Texts invented, in the style of departments' budget notes and towns' work reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_sentences_own_last_year_under_a_heading_of_last_year_is_that_year(extractor: Extractor) -> None:
    """二、上年预算执行情况 / 上年…支出执行12104.57万元 in February 2026: both 上年 are 2025, and so is a second
    sentence's."""
    text = ("某县教育局2026年部门预算说明\n二、上年预算执行情况\n"
            "上年一般公共预算收入完成5200万元。上年一般公共预算支出执行12104.57万元，完成预算的96.2%。\n")
    got = _got(_run(extractor, text, "2026-02-10", source="某县财政局"), "period")
    assert got == [("5200万元", "2025"), ("12104.57万元", "2025"), ("96.2%", "2025")]
    text = "某县卫生健康局部门预算说明\n（二）上年度预算执行情况\n上年度财政拨款支出执行8650万元。\n"
    assert _got(_run(extractor, text, "2026-02-10", source="某县财政局"), "period") == [("8650万元", "2025")]
    # 去年 names the year as 上年 does, counted from the date
    text = "某县人力资源和社会保障局部门预算说明\n二、去年工作回顾\n上年全县新增城镇就业1860人。\n"
    assert _got(_run(extractor, text, "2026-02-10", source="某县人力资源和社会保障局"), "period") == [("1860人", "2025")]


def test_a_pairs_from_end_of_last_year_stays_the_year_before(extractor: Extractor) -> None:
    """由上年的4个增加到6个 under a heading of 上年 (or of 2025年, or after 过去一年) in January 2026: 4个 is 2024,
    6个 2025."""
    for head in ("一、上年工作情况", "一、2025年工作回顾\n过去一年，全镇实现地区生产总值21.6亿元。"):
        text = f"某镇人民政府工作报告\n{head}\n村集体经济收入50万元以上的村由上年的4个增加到6个。\n"
        got = _got(_run(extractor, text, "2026-01-11", source="某镇人民政府"), "period")
        assert ("4个", "2024") in got and ("6个", "2025") in got


def test_a_bulletins_last_year_is_still_the_year_before_the_one_it_reports(extractor: Extractor) -> None:
    """每千人拥有床位由上年的7.06张增加到7.3张 in a bulletin of 2024 published in 2025: 7.06张 is 2023 (the year named
    with digits, not with 上年, keeps 上年 the year before it)."""
    text = "某市2024年国民经济和社会发展统计公报\n全年地区生产总值3200亿元。每千人拥有床位由上年的7.06张增加到7.3张。\n"
    got = _got(_run(extractor, text, "2025-03-05", source="某市统计局"), "period")
    assert ("7.06张", "2023") in got and ("7.3张", "2024") in got
