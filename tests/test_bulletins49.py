"""What the blind set data/gold/bulletins49 found (three 2025 statistical bulletins of our own, a 卫健委's, a 民政局's
and a 人社局's, typeset as PDF and read back by readers no set used: scripts/gold_bulletins49.py). Texts invented, in
the shape those readers give such tables."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

_REGION = "某区2025年卫生健康事业发展统计公报\n\n"


def test_a_column_named_with_brackets_of_its_own_before_its_unit(extractor: Extractor) -> None:
    """地区 每千人口床位（张） 每千人口执业（助理）医师（人） (a 卫健 bulletin's ratios by city): the second column's name
    holds brackets of its own, （助理）, no unit, its unit the brackets after, （人）. Before, （助理） was read as the
    column's unit, no head, and the rows fell apart into a sentence a cell (全区6.13 / 3.24)."""
    head, _ = extractor.tables.head("地区每千人口床位（张）每千人口执业（助理）医师（人）")
    assert head is not None and [(c.said, c.unit) for c in head.columns] == [
        ("每千人口床位", "张"), ("每千人口执业（助理）医师", "人")]
    text = (_REGION + "表2  2025年末各市每千人口床位和医师数\n\n"
            "   地区            每千人口床位（张）       每千人口执业（助理）医师（人）\n"
            "   全区                   6.13                       3.24\n"
            "   甲市                   6.86                       3.92\n")
    got = _got(_run(extractor, text, "2026-05-18", "某区卫生健康委员会"), "value", "unit")
    assert got == [("6.13", 6.13, "bed"), ("3.24", 3.24, "per_1k_people"), ("6.86", 6.86, "bed"),
                   ("3.92", 3.92, "per_1k_people")]
    # brackets after the first that hold a unit end the name there: 床位（张） 执业（助理）医师（人）, two columns
    head, _ = extractor.tables.head("地区床位（张）执业（助理）医师（人）")
    assert head is not None and [(c.said, c.unit) for c in head.columns] == [("床位", "张"), ("执业（助理）医师", "人")]


_CITY = "某市2025年人力资源和社会保障事业发展统计公报\n\n"


def test_a_growth_over_its_amount_and_its_percent(extractor: Extractor) -> None:
    """险种 年末参保人数 比上年末增长 over 绝对数 % (a two-level head, the growth spanning two columns) under 单位：万人: the
    first column under the growth is the row's difference in 万人, the second its growth in percent. Before, the two lines
    run together read 比上年末增长 as a column of its own and 绝对数% as a level in percent: no figure."""
    text = (_CITY + "表2  2025年末社会保险参保人数\n"
            "                                                            单位：万人\n"
            "   险种                     年末参保人数              比上年末增长\n"
            "                                                  绝对数               %\n"
            "   基本养老保险                  148.62            2.14              1.5\n"
            "   工伤保险                       18.62           -0.24             -1.3\n")
    got = _got(_run(extractor, text, "2026-05-06", "某市人力资源和社会保障局"), "value", "role", "unit")
    assert got == [("148.62", 1486200, "level", "person"), ("2.14", 21400, "change", "person"),
                   ("1.5", 1.5, "change", "percent"), ("18.62", 186200, "level", "person"),
                   ("-0.24", -2400, "change", "person"), ("-1.3", -1.3, "change", "percent")]
    # an amount's word with a mark after no growth word is as written: 绝对数% a level in percent
    head, _ = extractor.tables.head("指标单位绝对数%")
    assert head is not None and [(c.role, c.percent) for c in head.columns] == [("level", True)]


def test_a_column_major_table_whose_first_heads_stand_over_its_labels(extractor: Extractor) -> None:
    """pdfminer's boxes of a table with a unit column (char_margin 2.5, line_margin 0.9, boxes_flow 0.4): the label
    column's head, the unit column's and the first value column's a line each over the labels (指标 / 单位 / 年末数),
    then the labels, the unit cells, the first column's numbers, and each later column under its own head (比上年末增长 /
    绝对数, then %). Each row reads its label, its unit and a cell a column. Before, the lines ran together into a
    run of numbers (12,5863,642…) and no figure."""
    text = ("某市2025年民政事业发展统计公报\n\n表1  2025年末城乡低保情况\n\n指标\n\n单位\n\n年末数\n\n"
            "城市低保对象\n\n其中：老年人\n农村低保对象\n\n人\n人\n人\n\n12,586\n3,642\n86,412\n\n"
            "比上年末增长\n绝对数\n\n-826\n-118\n-3,218\n\n%\n\n-6.2\n-3.1\n-3.6\n\n二、养老服务\n")
    got = _got(_run(extractor, text, "2026-04-28", "某市民政局"), "value", "role", "unit")
    assert got == [("12,586", 12586, "level", "person"), ("-826", -826, "change", "person"),
                   ("-6.2", -6.2, "change", "percent"), ("3,642", 3642, "level", "person"),
                   ("-118", -118, "change", "person"), ("-3.1", -3.1, "change", "percent"),
                   ("86,412", 86412, "level", "person"), ("-3,218", -3218, "change", "person"),
                   ("-3.6", -3.6, "change", "percent")]
    # a column shorter than the labels leaves a doubt: no table, no figure
    short = text.replace("-118\n", "")
    assert not [f for f in _run(extractor, short, "2026-04-28", "某市民政局") if f["role"] == "change"]


def test_a_county_table_of_community_care_beds(extractor: Extractor) -> None:
    """县（区） 养老机构床位 社区养老服务床位 under 单位：张 (a 民政 bulletin's care beds by county): each column counts
    beds, each row's cells its county's. Before, 社区养老服务床位 named no count (tables.yaml column_units) and the
    head read as none."""
    text = ("某市2025年民政事业发展统计公报\n\n表2  2025年末各县（区）养老服务床位\n\n单位：张\n\n"
            "县（区）        养老机构床位        社区养老服务床位\n"
            "甲县                1,862                2,126\n"
            "乙县                1,346                1,548\n")
    got = _got(_run(extractor, text, "2026-04-28", "某市民政局"), "value", "unit", "place")
    assert [g[:3] for g in got] == [("1,862", 1862, "bed"), ("2,126", 2126, "bed"), ("1,346", 1346, "bed"),
                                    ("1,548", 1548, "bed")]


def test_a_unit_column_at_the_heads_right_end(extractor: Extractor) -> None:
    """指标 2025年 2024年 增减 计量单位 (pdftotext -layout -fixed 6.5: the unit column last, a blank line under the head):
    each row closes with its unit cell (城镇新增就业 18,624 18,206 418 人, 城镇登记失业率 3.26 3.34 — %), each cell in that
    unit, of its column's year and role. Before, the head read as none, the rows fell apart into columns (城镇新增就业
    18,624 / 18,206 / 418人) and the last cell read with the unit as a level (418人: no change)."""
    text = (_CITY + "                         表1 2025年就业主要指标\n\n"
            "   指标                   2025年       2024年        增减       计量单位\n\n"
            "   城镇新增就业            18,624       18,206         418          人\n"
            "    其中：失业人员再就业     6,218        6,046         172          人\n"
            "   农村劳动力转移就业       28.64        28.13        0.51         万人\n"
            "   城镇登记失业率           3.26         3.34           —           %\n")
    got = _got(_run(extractor, text, "2026-05-06", "某市人力资源和社会保障局"), "value", "role", "period", "unit")
    assert got == [("18,624", 18624, "level", "2025", "person"), ("18,206", 18206, "level", "2024", "person"),
                   ("418", 418, "change", "2025", "person"), ("6,218", 6218, "level", "2025", "person"),
                   ("6,046", 6046, "level", "2024", "person"), ("172", 172, "change", "2025", "person"),
                   ("28.64", 286400, "level", "2025", "person"), ("28.13", 281300, "level", "2024", "person"),
                   ("0.51", 5100, "change", "2025", "person"), ("3.26", 3.26, "level", "2025", "percent"),
                   ("3.34", 3.34, "level", "2024", "percent")]
    # so the bare head of two years and the unit column last (指标 2025年 2024年 单位); a unit head alone after the
    # label's is no such head (its columns none)
    head, _ = extractor.tables.head("指标2025年2024年单位")
    assert head is not None and head.unit_cell and [c.year for c in head.columns] == ["2025", "2024"]
    assert extractor.tables.head("指标单位")[0] is None


@pytest.mark.slow
def test_the_bulletins49_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins49 (宁夏回族自治区's 卫生健康 公报 by pdfplumber's layout text at x_density 7 and y_density 13:
    a unit column at the right end, 每千人口 ratios by city under a column named 每千人口执业（助理）医师（人）, a 注 line of
    figures, a paragraph over a page break; 商洛市's 民政 公报 by pdfminer with char_margin 2.5, line_margin 0.9 and
    boxes_flow 0.4: a 低保 table with a two-level head 年末数 | 比上年末增长 over 绝对数 | %, 其中： sub-rows, falls written
    -826, and care beds by county; 乌兰察布市's 人社 公报 by pdftotext -layout -fixed 6.5: 指标 2025年 2024年 增减 计量单位,
    the unit column last, and 险种 年末参保人数 比上年末增长 over 绝对数 % under 单位：万人, rows at three indents).
    Blind, the branch scored "brief: recall=0.5909 precision=1.0 qualifier=1.0 role=0.9712 place=0.9808 period=1.0
    topic_beds=1.0 topic_jobs=0.7": the ratio table by city read as no head (（助理） taken for a unit), both two-level
    heads read 绝对数% as a level in percent, pdfminer's column boxes of the 低保 table and the county table put back
    in no row, the unit column at the right end read as none (418人 a level), the 注 line's 常住人口 given the last
    city row's place. After: "brief: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0
    topic_beds=1.0 topic_jobs=1.0". Left: nothing in this set. Floors, not the exact scores."""
    s = scored("bulletins49")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.99
    assert s["topic_jobs_acc"] >= 0.98 and s["topic_beds_acc"] >= 0.98
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
