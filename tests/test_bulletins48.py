"""What the blind set data/gold/bulletins48 found (three 2025 statistical texts of our own on medical insurance, beds,
jobs and money, typeset as PDF and read back by readers no set used: scripts/gold_bulletins48.py). Texts invented, in
the shape those readers give such tables."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

_COUNTY = "某县2025年国民经济和社会发展统计公报\n\n"


def test_a_whole_fall_in_brackets_under_a_change_column(extractor: Extractor) -> None:
    """乡镇（街道） 床位数（张） 比上年末增减（张） 卫生技术人员（人）, a row 复兴镇 98 （2） 76 (pdftotext -layout:
    wide gaps): the bracketed cell under the change column is a fall, -2. Before, the layout repair took the line for
    no row (a bracketed cell is no number), ran its gaps and the next rows' together (马山镇64448) and the table ended
    there."""
    text = (_COUNTY + "表6  2025年末乡镇卫生院床位和人员\n\n"
            "    乡镇（街道）          床位数（张）       比上年末增减（张）        卫生技术人员（人）\n\n"
            "    城关镇                  124                 12                  98\n"
            "    复兴镇                   98                （2）                 76\n"
            "    马山镇                   64                  4                  48\n\n注：括号内为减少数。\n")
    got = _got(_run(extractor, text, "2026-04-20", "某县统计局"), "value", "role")
    assert got == [("124", 124, "level"), ("12", 12, "change"), ("98", 98, "level"), ("98", 98, "level"),
                   ("-2", -2, "change"), ("76", 76, "level"), ("64", 64, "level"), ("4", 4, "change"),
                   ("48", 48, "level")]


def test_a_number_in_brackets_under_a_level_column_is_no_fall(extractor: Extractor) -> None:
    """学校数 在校生（人） with 甲镇 12 （3） 480: a whole number in brackets under a level column is a part's count set
    apart, no figure (its sign unknown); the row is still a row and the table goes on."""
    text = (_COUNTY + "表3  2025年各乡镇学校\n\n    乡镇        学校数（所）      在校生（人）      教师（人）\n\n"
            "    甲镇          12        （3）        36\n    乙镇          9         412         28\n")
    got = _got(_run(extractor, text, "2026-04-20", "某县统计局"), "value", "role")
    assert ("-3", -3, "change") not in got and ("9", 9, "level") in got and ("412", 412, "level") in got


def test_a_span_of_years_over_the_years_it_spans(extractor: Extractor) -> None:
    """指标 单位 2021—2025年 over 2021年 … 2025年 (the span set whole on one line over the years): the span is no column,
    each cell its year's. Before, the head read as six columns over five cells, no head: the layout cut every row into
    cells a paragraph each and nothing was read."""
    head, _ = extractor.tables.head("表7 2021—2025年就业和床位指标单位2021—2025年2021年2022年2023年2024年2025年")
    assert head is not None and [c.year for c in head.columns] == ["2021", "2022", "2023", "2024", "2025"]
    # a span followed by other years (or by no years) is kept: no head then
    assert extractor.tables.head("指标单位2021—2025年2022年2023年2024年2025年2026年")[0] is None
    text = (_COUNTY + "表7  2021—2025年就业和床位\n\n"
            "    指标              单位              2021—2025年\n"
            "                              2021年     2022年     2023年     2024年     2025年\n\n"
            "    城镇新增就业        人       3,862     3,946     4,068     4,186     4,286\n"
            "    养老机构床位        张       1,126     1,186     1,248     1,302     1,368\n")
    got = _got(_run(extractor, text, "2026-04-20", "某县统计局"), "value", "period")
    assert got == [("3,862", 3862, "2021"), ("3,946", 3946, "2022"), ("4,068", 4068, "2023"), ("4,186", 4186, "2024"),
                   ("4,286", 4286, "2025"), ("1,126", 1126, "2021"), ("1,186", 1186, "2022"), ("1,248", 1248, "2023"),
                   ("1,302", 1302, "2024"), ("1,368", 1368, "2025")]


def test_a_unit_cell_opening_a_line_is_no_unit_of_the_number_above(extractor: Extractor) -> None:
    """pdfminer with a wide char_margin prints a 单位 column's cells in one box with the first year's (单位 2021 | 个 4,786 |
    万张 3.78), the other years' columns after it, a cell a line: the unit on a line is the next number's on it, not the
    last line's number's. Before, the layout ran the lines into one sentence and 2021个, 4,786万张 (47,860,000 beds)
    and 3.78万人 were read: wrong values. A sentence's unit opening a line still ends its number (1,280 | 个，…)."""
    text = ("某市2025年国民经济和社会发展统计公报\n\n表9  2021—2025年卫生健康主要指标\n\n指标\n\n医疗卫生机构\n\n"
            "医疗卫生机构床位\n\n卫生技术人员\n\n单位 2021\n\n个 4,786\n\n万张 3.78\n\n万人 3.32\n\n2022\n\n4,812\n\n"
            "3.86\n\n3.41\n\n养老机构\n\n人 6,846\n\n%\n\n3.12\n\n")
    got = _got(_run(extractor, text, "2026-04-08", "某市统计局"), "value")
    assert not [g for g in got if g[1] in (2021, 47860000, 37800, 6846)], got
    prose = "某市2025年国民经济和社会发展统计公报\n\n年末全市共有医院1,280\n个，床位4.12万张。\n"
    assert _got(_run(extractor, prose, "2026-04-08", "某市统计局"), "value") == [("1,280个", 1280), ("4.12万张", 41200)]



def test_a_unit_opening_a_line_of_text_spaced_out_a_character_at_a_time_stays_its_numbers(extractor: Extractor) -> None:
    """Text an extractor spaced out a character at a time has a gap after every word, so a unit opening a line there
    (共 7 | 批 次 5 5 9 人) looks like a unit cell before the next cell's number; it is the sentence's own. Before,
    7批次 was lost on the news bench corpus."""
    text = ("某区援鄂医疗队全部平安返回\n\n截至12日，我 区 派 往 湖 北 援 助 的 医 疗 队 共 7\n"
            "批 次 5 5 9 人 ， 分 赴 武 汉 等 地 。\n")
    got = _got(_run(extractor, text, "2020-04-13", "某区融媒体中心"), "value")
    assert ("7批次", 7) in got, got

_CITY = ("某市2025年国民经济和社会发展统计公报\n\n十一、卫生健康\n\n年末全市共有医疗卫生机构4,862个，其中医院186个。"
         "医疗卫生机构床位4.12万张，比上年末\n\n增加1,246张；卫生技术人员3.68万人，其中执业（助理）医师1.42万人，注册"
         "护士1.56万人。全年\n\n医疗卫生机构总诊疗人次1,586.42万人次，比上年增长2.8%。\n\n")
_UNIT_BOX = ("表9 2021—2023年卫生健康主要指标\n\n指标\n\n医疗卫生机构\n\n医疗卫生机构床位\n\n卫生技术人员\n\n总诊疗人次\n\n"
             "单位 2021\n\n个 4,786\n\n万张 3.78\n\n万人 3.32\n\n2022\n\n4,812\n\n3.86\n\n3.41\n\n2023\n\n4,826\n\n"
             "3.94\n\n3.50\n\n万人次 1,426.8\n\n1,386.2\n\n1,512.6\n\n")


def test_a_unit_column_printed_in_one_box_with_the_first_column(extractor: Extractor) -> None:
    """pdfminer (char_margin 6): 单位 2021 / 个 4,786 / 万张 3.78 (the unit column and the first year's in one box, a
    pair a line), each other year under its head, the last row a box of its own after them (万人次 1,426.8 /
    1,386.2 / 1,512.6): a row a label, its unit, a cell a year. Before, no table: the head's bare years read as no
    head, and the pairs ran into one sentence."""
    text = _CITY + _UNIT_BOX
    got = [g for g in _got(_run(extractor, text, "2026-04-08", "某市统计局"), "value", "period")
           if g[0].replace(",", "").replace(".", "").isdigit()]  # (the cells: no prose figure)
    assert got == [("4,786", 4786, "2021"), ("4,812", 4812, "2022"), ("4,826", 4826, "2023"),
                   ("3.78", 37800, "2021"), ("3.86", 38600, "2022"), ("3.94", 39400, "2023"),
                   ("3.32", 33200, "2021"), ("3.41", 34100, "2022"), ("3.50", 35000, "2023"),
                   ("1,426.8", 14268000, "2021"), ("1,386.2", 13862000, "2022"), ("1,512.6", 15126000, "2023")]
    # a pair whose unit is none (甲 4,786) is no unit column's: no table, no figure
    none = [f for f in _run(extractor, _CITY + _UNIT_BOX.replace("个 4,786", "甲 4,786"), "2026-04-08", "某市统计局")
            if f["quote"].replace(",", "").replace(".", "").isdigit()]
    assert none == []


def test_a_heads_bare_years_after_its_label_head(extractor: Extractor) -> None:
    """指标 单位 2021 2022 2023 2024 2025 (the years' word left out): a head of five years. Years that do not follow
    each other (2021 2023 2025), or bare years after no label or unit head, are no head."""
    head, _ = extractor.tables.head("表9 2021—2025年卫生健康主要指标指标 单位 2021 2022 2023 2024 2025")
    assert head is not None and [c.year for c in head.columns] == ["2021", "2022", "2023", "2024", "2025"]
    assert extractor.tables.head("指标 单位 2021 2023 2025")[0] is None
    assert extractor.tables.head("合计 2021 2022 2023")[0] is None
    # … and a layout reader's table under it reads (before: none)
    text = ("某市2025年国民经济和社会发展统计公报\n\n"
            "                 表9  2023—2025年卫生健康主要指标\n\n"
            "    指标            单位      2023      2024      2025\n\n"
            "    医疗卫生机构      个      4,826     4,840     4,862\n"
            "    医疗卫生机构床位  万张     3.94      4.00      4.12\n")
    got = _got(_run(extractor, text, "2026-04-08", "某市统计局"), "value", "period")
    assert got == [("4,826", 4826, "2023"), ("4,840", 4840, "2024"), ("4,862", 4862, "2025"), ("3.94", 39400, "2023"),
                   ("4.00", 40000, "2024"), ("4.12", 41200, "2025")]


@pytest.mark.slow
def test_the_bulletins48_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins48 (吉林省's 医保 快报 by pdfplumber's layout text at x_density 8 and y_density 16: a three-line
    head 比上年 / 增长 / （%）, a fund table 收入 支出 累计结存 under 单位：亿元; 齐齐哈尔市's 公报 by pdfminer with
    char_margin 6, line_margin 0.6 and boxes_flow 0.7: a table of bare years 2021 … 2025 and two small tables side by
    side, falls in brackets; 湄潭县's 公报 by pdftotext -layout -fixed 5.5: a 乡镇卫生院 table with bracketed falls
    and a 合计 row, a span 2021—2025年 set over its years).
    Blind, the branch scored "brief: recall=0.5422 precision=0.9474 qualifier=1.0 role=1.0 place=1.0 period=1.0
    topic_beds=1.0 topic_jobs=0.8333": the 乡镇 table cut at its first bracketed fall, the span of years over its
    years read as a column (no head), the bare years read as no head, a unit column in the first year's box read
    after the number above it (2021个, 4,786万张: wrong values). After: "brief: recall=0.9217 precision=1.0
    qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0". Left: 齐齐哈尔市's two tables side
    by side (表10 and 表11, 13 figures), which pdfminer's wide boxes interleave line by line (险种 / 年末数比上年末 /
    指标 / 单位2025年 / 城镇职工基本养老保险98.46 / 增减 / 1.12 / 城镇新增就业 …): no reading leaves no doubt.
    Floors, not the exact scores."""
    s = scored("bulletins48")
    assert s["recall"] >= 0.92 and s["precision"] >= 0.99
    assert s["topic_jobs_acc"] >= 0.98 and s["topic_beds_acc"] >= 0.98
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
