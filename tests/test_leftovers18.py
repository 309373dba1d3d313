"""Leftovers other helpers saw and left alone (damaged11, reports17, bulletins12, news26): two items printed in
blocks of a few lines in turn (a number cut at a block's end whose tail alone was read; a range opening a line
taken for a cut's tail, which made the numbers near it unreadable). Sentences invented, in the style of such
pages."""

from __future__ import annotations

import dataclasses

from stats.read.manifest import DocMeta
from stats.read.sources import Source, source_from_text
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_BLOCKS = ("安远县中医院新门诊楼启用 本报安远讯 记者\n"
           "王强报道：近日，安远县中医院新门诊楼正式启\n"
           "用。新门诊楼总投资2.3亿元，开放床位30\n"
           "会昌县举办农民丰收节 本报会昌讯 通讯员 \n"
           "李华报道：9月23日，会昌县举办农民丰收节\n"
           "，吸引游客3万人次，带动农产品销售额达到\n"
           "0张，其中儿科床位40张。门诊楼启用后，全县\n"
           "医疗卫生机构床位总数达到1860张。\n")


def test_a_zero_opening_a_line_after_a_block_cut_is_no_figure(extractor: Extractor) -> None:
    """开放床位30 | (another item's three lines) | 0张: a number cut at a block's end, its tail a few lines on after a
    line ending on a word. No number opens with a zero, so the tail alone (达到0张) is no figure; which head is its
    the lines cannot tell, so 300张 is left out too (a wrong value is worse than a missing one)."""
    got = {q for q, in _got(_run(extractor, _BLOCKS, "2025-10-10"))}
    assert "0张" not in got and "300张" not in got
    assert {"2.3亿元", "3万人次", "40张", "1860张"} <= got


def test_a_zero_after_a_line_ending_on_its_head_is_read_whole(extractor: Extractor) -> None:
    """A line cut inside a number (康复床位15 | 0张) goes on in the next line: 150张; and a zero alone with no cut number
    above it is read as written."""
    got = {q for q, in _got(_run(extractor, "全县康复医学中心设有康复床位15\n0张，总投资8600万元。\n", "2025-10-10"))}
    assert {"150张", "8600万元"} <= got
    text = "本报讯 今年以来，全县安全生产形势平稳，较大以上事故发生\n0起，一般事故起数下降12.5%。\n"
    assert "0起" in {q for q, in _got(_run(extractor, text, "2025-10-10"))}


def test_a_range_opening_the_line_after_next_is_no_sure_cut(extractor: Extractor) -> None:
    """提高到6.1 | 等方面…今年 | 1-9月…完成28. | 5亿元…市场主体 | 1360户: the line after next opens a range of its own
    (1-9月), which reads on from the line between as well, so no sure cut is taken there and the numbers wrapped
    in order near it (28. | 5亿元, 主体 | 1360户) are read whole."""
    text = ("本报讯\n全县每千常住人口床位数由5.2张提高到6.1\n"
            "等方面，预计带动消费2000万元以上。今年\n"
            "1-9月，全县社会消费品零售总额完成28.\n"
            "5亿元，同比增长6.2%。全县新增市场主体\n"
            "1360户，其中个体工商户1020户。\n")
    got = _got(_run(extractor, text, "2025-11-03"), "value", "period")
    assert ("28.5亿元", 2850000000, "2025M01-M09") in got
    assert ("1360户", 1360, "2025M01-M09") in got


def test_a_plan_span_inside_one_item_dates_that_item_only(extractor: Extractor) -> None:
    """到2030年，…；“十五五”期间累计新增…，新增…；森林覆盖率稳定在…: the plan's span, named inside one item of the list,
    dates that item's figures; past its `；` the year it ends on is due again."""
    text = ("“十五五”时期全县发展的主要目标是：到2030年，全县地区生产总值突破320亿元；常住人口城镇化率达到58%；"
            "“十五五”期间累计新增城镇就业2.4万人以上，新增普惠托位600个；森林覆盖率稳定在61%以上。")
    got = _got(_run(extractor, text, "2026-01-25"), "period")
    assert ("突破320亿元", "2030") in got and ("58%", "2030") in got
    assert ("2.4万人以上", "2026-2030") in got and ("600个", "2026-2030") in got
    assert ("61%以上", "2030") in got


def test_a_yearly_average_due_at_the_end_of_the_plan_under_way_is_over_its_years(extractor: Extractor) -> None:
    """到2030年，…农村居民人均可支配收入年均增长6%以上 in a report of 2026, no plan named: the average is over the years of
    the five-year plan that ends then (2026-2030); the level beside it is due in 2030; a deadline that ends no plan
    (到2027年…年均增长8%) keeps its year."""
    text = "到2030年，全县地区生产总值力争达到260亿元，农村居民人均可支配收入年均增长6.5%以上。"
    got = _got(_run(extractor, text, "2026-02-10"), "role", "period")
    assert ("260亿元", "target", "2030") in got and ("6.5%以上", "target", "2026-2030") in got
    text = "按照计划，到2027年，全县将力争固定资产投资年均增长7%以上，农村公路总里程达到2600公里。"
    got = _got(_run(extractor, text, "2025-09-05"), "role", "period")
    assert ("7%以上", "target", "2027") in got


def test_a_bare_change_after_beds_counts_beds(extractor: Extractor) -> None:
    """养老服务床位2046张，较2025年底增加120张: the change leans on the beds before it, in their measure: beds, not things;
    and where the beds are the sentence's subject in a clause with no number (…床位稳步增加，截至6月底较2025年底增加
    120张), the change is theirs too."""
    for text in ("截至6月底，全县养老服务床位达到1860张，较2025年底增加140张。",
                 "今年以来，全县养老服务床位稳步增加，截至6月底较2025年底增加140张。"):
        figs = _run(extractor, text, "2026-07-10")
        got = [(f["quote"], f["metric"], f["unit"], f["role"]) for f in figs]
        assert ("140张", "beds.care", "bed", "change") in got, got


def test_a_title_line_over_a_table_caption_stays_apart(extractor: Extractor) -> None:
    """城镇新增就业情况 | (blank) | 表4 2025年就业主要指标: the caption under a blank line opens its own paragraph (the
    short title line above it would fill a page of short table rows, and ran on into the caption); the rows under
    the caption still read."""
    text = ("某县2025年国民经济和社会发展统计公报\n\n一、综合\n全年全县地区生产总值286.4亿元，比上年增长5.6%。\n\n"
            "表3 2025年社会保险参保情况\n项目 参保人数（万人） 比上年增长%\n"
            "城镇职工基本养老保险 16.42 3.1\n失业保险 6.35 2.6\n\n"
            "城镇新增就业情况\n\n表4 2025年就业主要指标\n指标 绝对数 比上年增长%\n城镇新增就业（人） 8762 2.6\n")
    doc = _doc(text, "2026-03-20")
    sentences = [s["text"] for s in extractor.extract_source(doc).sentences]
    assert "城镇新增就业情况" in sentences and any(s.startswith("表4") for s in sentences)
    assert ("8762", 8762) in _got(_run(extractor, text, "2026-03-20"), "value")


def _doc(text: str, published: str) -> Source:
    """`text` as a document of a manifest published on `published` (as `tests.dated` makes one)."""
    return dataclasses.replace(source_from_text(text), meta=DocMeta(published, "", "", "manifest.csv:2"))
