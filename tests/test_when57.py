"""What the blind set data/gold/when57 found, and the period fixes after it: five texts on the time of a figure (a
统计局 monthly release of 1-11月 with 11月末 and 比上月末, a winter-spring item of January across the year's turn with
2025年12月至2026年2月, 冬春期间, 春节前后 and 去年四季度, a quarterly 人社 item with 一季度末, 第三季度 and 前三季度累计,
an item comparing with base years, 比2020年, 较“十三五”末, 是2015年的2.1倍, and a village item dated by the manifest
alone, 近日, 日前, 目前, 截至发稿时). Blind, 冬春期间 named no time and 春节前后 none either, so a plan for the festival
was undated. Probes of the same kinds found 上季度 and 本季度 no time, 截至发稿时, 眼下 and 连日来 no word
of now, and 为2015年的2.1倍 (为, 达到 before a year and a multiple) the figure's time. Before it, in news22, a
sentence stating figures as they stand now (现有) left the past year carried to it in force for the paragraph after.
Sentences invented, in the style of such items."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored


def test_a_sentence_of_the_present_ends_a_past_year_carried(extractor: Extractor) -> None:
    """去年…。全县现有…。/ 全县12家卫生院开放床位…: the figures after a sentence of the present are as of the
    document's date, not of last year; without that sentence the paragraph after stays in last year."""
    head = "本报讯 人才队伍不断壮大。去年全县招引医学类高校毕业生236名。"
    tail = "\n\n基层服务能力同步提升。全县12家乡镇卫生院共开放床位640张。"
    got = _got(_run(extractor, head + "全县现有全科医生86名。" + tail, "2026-05-12", source="某县融媒体中心"),
               "period")
    assert got == [("236名", "2025"), ("86名", "2026-05"), ("12家", "2026-05"), ("640张", "2026-05")]
    got = _got(_run(extractor, head + tail, "2026-05-12", source="某县融媒体中心"), "period")
    assert got == [("236名", "2025"), ("12家", "2025"), ("640张", "2025")]


def test_the_spring_festival_heading_a_sentence_is_the_festival_ahead(extractor: Extractor) -> None:
    """春节前后，县人社局将举办招聘会…: in a January item this year's festival, in a December item the coming year's;
    inside a review after 全年 (其中春节前后…) a part of the year reviewed."""
    text = "本报讯 春节前后，县人社局将举办招聘会15场，提供就业岗位6000个以上。"
    got = _got(_run(extractor, text, "2026-01-20", source="某县融媒体中心"), "period")
    assert got == [("15场", "2026"), ("6000个以上", "2026")]
    got = _got(_run(extractor, text, "2025-12-15", source="某县融媒体中心"), "period")
    assert got == [("15场", "2026"), ("6000个以上", "2026")]
    text = "本报讯 全年举办招聘会680场，提供就业岗位19.6万个，其中春节前后提供岗位5.8万个。"
    got = _got(_run(extractor, text, "2026-02-26", source="某市日报"), "period")
    assert [p for _, p in got] == ["2025", "2025", "2025"]


def test_a_festival_written_after_a_year_is_of_that_year(extractor: Extractor) -> None:
    """2024年春节期间 in an item of 2026: the year written before the festival, not the document's."""
    text = "本报讯 2024年春节期间，全县接待游客12.6万人次。"
    got = _got(_run(extractor, text, "2026-01-20", source="某县融媒体中心"), "period")
    assert got == [("12.6万人次", "2024")]


def test_the_winter_and_spring_is_the_winter_across_the_turn(extractor: Extractor) -> None:
    """冬春期间 in an item of January 2026 is the winter 2025/26, as in one of November 2025."""
    text = "本报讯 冬春期间，全县将组织农村劳动力技能培训2400人次。"
    for published in ("2026-01-20", "2025-11-10"):
        got = _got(_run(extractor, text, published, source="某县融媒体中心"), "period")
        assert got == [("2400人次", "2025-2026")]


def test_the_time_of_going_to_press_is_the_document_date(extractor: Extractor) -> None:
    """截至发稿时 (截至记者发稿时, 截至发稿): as of the document's date, whatever year the sentence before looked back to."""
    for now in ("截至发稿时", "截至记者发稿时", "截至发稿"):
        text = f"本报讯 去年，村里新建蔬菜大棚20个。{now}，全村冬菜已销售3.2万斤。"
        got = _got(_run(extractor, text, "2025-11-27", source="某县融媒体中心"), "period")
        assert got == [("20个", "2024"), ("3.2万斤", "2025-11")]


def test_the_quarter_before_is_counted_from_the_document_date(extractor: Extractor) -> None:
    """上季度 in a report of October is its year's third quarter, in one of January the year before's fourth; 比上季度末
    stays the base of the change, which is of the quarter its sentence reports."""
    text = "本报讯 去年全市新增就业5200人。上季度，全市城镇新增就业1860人，失业人员再就业比上季度末增加120人。"
    got = _got(_run(extractor, text, "2025-10-22", source="某市人社局"), "period")
    assert got == [("5200人", "2024"), ("1860人", "2025Q3"), ("120人", "2025Q3")]
    text = "本报讯 上一季度，全市城镇新增就业1860人。"
    got = _got(_run(extractor, text, "2026-01-22", source="某市人社局"), "period")
    assert got == [("1860人", "2025Q4")]


def test_words_of_these_days_are_the_document_date(extractor: Extractor) -> None:
    """眼下 and 连日来 after a look back to last year: as of the document's date again."""
    for now in ("眼下", "连日来"):
        text = f"本报讯 去年，村里新建蔬菜大棚20个。{now}，村民已采摘油茶果3万斤。"
        got = _got(_run(extractor, text, "2025-11-27", source="某县融媒体中心"), "period")
        assert got == [("20个", "2024"), ("3万斤", "2025-11")]


def test_a_year_a_multiple_is_of_is_its_base(extractor: Extractor) -> None:
    """为2015年的2.1倍, 达到“十三五”末的1.6倍: the year is the base of the multiple, not its time (the half-year in
    force); 为2025年的目标任务的52% has no multiple after it and stays a time."""
    text = "本报讯 今年上半年，全市养老机构床位2450张，为2015年的2.1倍；护理型床位1380张，达到“十三五”末的1.6倍。"
    got = _got(_run(extractor, text, "2025-09-16", source="某市日报"), "period")
    assert [p for _, p in got] == ["2025H1"] * 4
    text = "本报讯 今年上半年，全市完成投资5亿元，为2025年的目标任务的52%。"
    got = _got(_run(extractor, text, "2025-09-16", source="某市日报"), "period")
    assert got[-1] == ("52%", "2025")


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_when57_gold_set_scores_at_its_floors() -> None:
    """data/gold/when57 (老河口市's 1-11月 release, 定南县's winter-spring item of January, 宜城市's quarterly 人社 item,
    石首市's comparisons with base years, 全南县's village item). Blind, main scored every score 1.0 but period 0.9559
    (冬春期间 no time, 春节前后 none: a plan for the festival undated). After: every score 1.0. Floors, not the exact
    scores."""
    s = scored("when57")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
