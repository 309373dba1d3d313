"""Leftovers of the period carry: a look back to last year inside a paragraph about now (目前，…。去年全年…。), a
level compared with the year before a reviewed span in the clause after it (参保人数12.6万人，比2020年底增加…), and a
deadline ahead that frames a sentence under a span ending in it (今后五年，…。到2030年，…；“十五五”期间…。). Passages
invented, in the style of county news items and work reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_WATER = (
    "某县城乡供水工程惠及42万人\n"
    "本报讯 2025年，某县城乡供水一体化工程全面建成通水，全县新建水厂3座。\n"
    "目前，全县日供水能力达到6.5万立方米。去年全年供水量1830万立方米，同比增长6.2%。新建的北区水厂日处理能力4万立方米，"
    "服务12.4万人。\n"
    "在水价方面，居民生活用水第一阶梯水价为每立方米2.9元。\n"
)


def test_a_look_back_to_last_year_inside_a_paragraph_about_now_is_an_aside(extractor: Extractor) -> None:
    """目前，… then 去年全年供水量…: the sentence after it and the next paragraph speak of now again (2026), not of
    last year (before: 2025 carried on to the end of the item)."""
    figs = _got(_run(extractor, _WATER, "2026-02-12"), "period")
    assert [(q, p[:4]) for q, p in figs if q in ("1830万立方米", "6.2%", "4万立方米", "12.4万人", "2.9元")] == [
        ("1830万立方米", "2025"), ("6.2%", "2025"), ("4万立方米", "2026"), ("12.4万人", "2026"), ("2.9元", "2026")]


def test_a_breakdown_of_the_look_back_keeps_its_year(extractor: Extractor) -> None:
    """目前，…。去年全年…。其中，…: the parts of last year's figure are last year's."""
    page = ("某县供水\n目前，全县日供水能力达到6.5万立方米。去年全年供水量1830万立方米。其中，居民生活用水960万立方米。\n")
    figs = _got(_run(extractor, page, "2026-02-12"), "period")
    assert [(q, p[:4]) for q, p in figs] == [("6.5万立方米", "2026"), ("1830万立方米", "2025"), ("960万立方米", "2025")]


def test_a_year_that_frames_its_sentence_after_now_turns_the_text_to_it(extractor: Extractor) -> None:
    """目前…。2024年，…。全县…: a year opening its sentence is the time the text turns to; the sentence after stays in
    it (and so does 去年，… opening a sentence)."""
    for lead, year in (("2024年", "2024"), ("去年", "2024")):
        page = (f"某县就业服务\n目前已建成村级就业服务站186个。{lead}，全县通过服务站发布岗位1.8万个。"
                "全县36家就业帮扶车间吸纳就业1560人。\n")
        figs = _got(_run(extractor, page, "2025-03-18"), "period")
        assert [(q, p[:4]) for q, p in figs if q in ("1.8万个", "36家", "1560人")] == [
            ("1.8万个", year), ("36家", year), ("1560人", year)]


def test_a_level_compared_with_the_year_before_the_span_is_at_its_end(extractor: Extractor) -> None:
    """…参保人数9.6万人，比2020年底增加2.2万人 under 五年来: the level compared with the year before the span, in the
    clause after it, is the span's last year (before: the span 2021-2025)."""
    page = ("某县人社局“十四五”工作总结\n“十四五”以来，全县就业局势保持稳定。五年来全县累计城镇新增就业2.86万人。"
            "企业职工基本养老保险参保人数9.6万人，比2020年底增加2.2万人。\n")
    figs = _got(_run(extractor, page, "2026-01-15"), "period")
    assert ("2.86万人", "2021-2025") in figs and ("9.6万人", "2025") in figs


def test_a_deadline_framing_its_sentence_under_a_span_that_ends_in_it(extractor: Extractor) -> None:
    """今后五年，…。到2030年，…；“十五五”期间累计…。力争…达到2.2%: the goals after the sentence are due in 2030, the year
    its frame names, not over the span (before: 2026-2030)."""
    page = ("政府工作报告\n今后五年，我们将全面推进高质量发展。到2030年，全市地区生产总值突破3200亿元；"
            "常住人口城镇化率达到68%以上；“十五五”期间累计新增城镇就业18万人以上；每千人口医疗卫生机构床位数达到7.2张。"
            "力争全市研发经费投入强度达到2.2%，数字经济规模占地区生产总值比重超过40%。\n")
    figs = _got(_run(extractor, page, "2026-01-20"), "period", "role")
    assert [f for f in figs if f[0] in ("18万人以上", "2.2%", "超过40%")] == [
        ("18万人以上", "2026-2030", "target"), ("2.2%", "2030", "target"), ("超过40%", "2030", "target")]


def test_the_deadline_is_of_its_own_paragraph_under_a_plans_span(extractor: Extractor) -> None:
    """“十五五”期间，…。到2030年，…。力争…: the deadline dates the rest of its paragraph; the next paragraph speaks of the
    plan's years again (重点实施…，建成区域医疗中心3个 → 2026-2030), not of its last year."""
    page = ("某市国民经济和社会发展第十五个五年规划纲要（摘要）\n二、“十五五”主要目标\n"
            "“十五五”期间，累计城镇新增就业八万人以上。到2030年，每千人口医疗卫生机构床位数达到7.6张左右。"
            "力争全市研发经费投入强度达到2.1%。\n重点实施“八大工程”，建成区域医疗中心3个，新增三甲医院2家。\n")
    figs = _got(_run(extractor, page, "2026-02-10"), "period")
    assert [f for f in figs if f[0] in ("7.6张左右", "2.1%", "3个", "2家")] == [
        ("7.6张左右", "2030"), ("2.1%", "2030"), ("3个", "2026-2030"), ("2家", "2026-2030")]
