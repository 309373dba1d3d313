"""What the blind set data/gold/bulletins34 found (three 2025 beds-and-jobs bulletins of our own, typeset as PDF and read
back by readers no set used: scripts/gold_bulletins34.py). Texts invented, in the shape those readers give such
bulletins."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

# poppler's HTML with its tags stripped: a table with a unit column a cell a line, row by row, its first row's label a
# word that may name a column too (总诊疗人次: a head of 门诊人次 / 总诊疗人次 columns exists), its caption naming no year
_VISITS = """某某市2025年卫生健康事业发展统计公报
表3  医疗服务情况
指标
单位
2025年
2024年
增长（%）
总诊疗人次
万人次
2846.12
2770.58
2.7
出院人数
万人
96.34
94.18
2.3
三、妇幼保健
全年全市孕产妇死亡率为7.42/10万。
"""


def test_a_cell_a_line_table_with_a_unit_column_opens_its_rows_on_the_label_before_the_unit(
        extractor: Extractor) -> None:
    """指标 / 单位 / 2025年 / 2024年 / 增长（%） / 总诊疗人次 / 万人次 / 2846.12: the two words before the first number are
    the first row's label and unit cell, not a fourth column's word and a row with no label; the growth column, which
    names no year, is the latest year column's change (2025 over 2024), not of the last year the head names; and the
    text after the table is in the bulletin's year again."""
    figs = _run(extractor, _VISITS, "2026-05-12")
    assert _got(figs, "measure", "role", "period") == [
        ("2846.12", "人次", "level", "2025"), ("2770.58", "人次", "level", "2024"), ("2.7", "%", "change", "2025"),
        ("96.34", "人", "level", "2025"), ("94.18", "人", "level", "2024"), ("2.3", "%", "change", "2025"),
        ("7.42/10万", "/10万", "level", "2025")]
    assert [f["value"] for f in figs][:2] == [28461200, 27705800]


def test_a_growth_column_after_two_years_is_the_latest_years_where_the_caption_names_none(
        extractor: Extractor) -> None:
    """指标 单位 2025年 2024年 增长（%） on one line, rows a line each, no year in the caption: the growth is 2025's (over
    2024), not of 2024, the last year the head names; and so where the years stand earliest first."""
    for head, cells, years in (("2025年  2024年", "90156  86420", ("2025", "2024")),
                               ("2024年  2025年", "86420  90156", ("2024", "2025"))):
        text = (f"某某县2025年统计公报\n\n表2  财政收支情况\n指标  单位  {head}  增长（%）\n"
                f"一般公共预算收入  万元  {cells}  4.3\n")
        figs = _run(extractor, text, "2026-04-02")
        assert _got(figs, "role", "period") == [
            (cells.split()[0], "level", years[0]), (cells.split()[1], "level", years[1]), ("4.3", "change", "2025")]


# a viewer's copy of a table, cells tab-separated, its unit named only in the note under it
_ENROLLED = """某某省2025年度人力资源和社会保障事业发展统计公报
表2 2025年末社会保险参保情况
险种\t年末参保人数\t比上年末增加
失业保险\t386.24\t6.18
工伤保险\t512.36\t-2.04
注：表中数据单位为万人。
"""


def test_a_tables_unit_named_in_the_note_under_it_counts_its_cells(extractor: Extractor) -> None:
    """注：表中数据单位为万人。 under a table whose caption and head name no unit: its cells are 万人, the 年末 column
    the year's levels, the 比上年末增加 column their changes (a fall written -2.04)."""
    figs = _run(extractor, _ENROLLED, "2026-06-02")
    assert _got(figs, "value", "measure", "role", "period") == [
        ("386.24", 3862400, "人", "level", "2025"), ("6.18", 61800, "人", "change", "2025"),
        ("512.36", 5123600, "人", "level", "2025"), ("-2.04", -20400, "人", "change", "2025")]


def test_a_note_naming_the_unit_of_amounts_then_something_else_gives_that_unit_only(extractor: Extractor) -> None:
    """注：表中金额单位为亿元；结余为年末数。: the unit ends at the mark after it (the rest of the note is no unit)."""
    text = ("某某省2025年度人力资源和社会保障事业发展统计公报\n表3 2025年社会保险基金收支\n项目\t基金收入\t基金支出\n"
            "失业保险\t36.42\t41.08\n注：表中金额单位为亿元；结余为年末数。\n")
    figs = _run(extractor, text, "2026-06-02")
    assert _got(figs, "value", "measure") == [("36.42", 3642000000, "元"), ("41.08", 4108000000, "元")]


def test_a_note_after_the_text_goes_on_is_no_note_of_the_table_above(extractor: Extractor) -> None:
    """A table with no unit anywhere, then a sentence of the text, then a note under something else that names one:
    the table's cells stay unread (no unit is surer than a borrowed one)."""
    text = ("某某省2025年度人力资源和社会保障事业发展统计公报\n表2 2025年末社会保险参保情况\n"
            "险种\t年末参保人数\t比上年末增加\n失业保险\t386.24\t6.18\n全年全省城镇新增就业42.6万人。\n注：表中数据单位为万人。\n")
    figs = _run(extractor, text, "2026-06-02")
    assert _got(figs, "measure") == [("42.6万人", "人")]


def test_a_note_naming_two_units_gives_the_table_none(extractor: Extractor) -> None:
    """注：单位为万人、亿元: which column is which? None read."""
    text = ("某某省2025年度人力资源和社会保障事业发展统计公报\n表2 2025年末社会保险参保情况\n"
            "险种\t年末参保人数\t比上年末增加\n失业保险\t386.24\t6.18\n注：表中数据单位为万人、亿元。\n")
    assert _run(extractor, text, "2026-06-02") == []


def test_the_parts_of_a_bed_row_go_on_past_a_part_whose_later_cells_borrow_its_first(extractor: Extractor) -> None:
    """床位数 张 … / 其中：医院 / 基层医疗卫生机构 / 专业公共卫生机构, each with 年末数 上年数 增减: every row under 其中
    is a part of the beds row (a part's 上年数 and 增减 cells read as its 年末数 cell's count, which is no count the row
    names of its own), so the last one counts beds too."""
    text = ("某某市2025年卫生健康事业发展统计公报\n\n表1  2025年末医疗卫生资源\n指标  单位  年末数  上年数  增减\n"
            "床位数  张  28640  27912  728\n其中：医院  张  22318  21806  512\n基层医疗卫生机构  张  5424  5218  206\n"
            "专业公共卫生机构  张  898  888  10\n")
    figs = _run(extractor, text, "2026-05-12")
    levels = [(f["quote"], f["metric"], f["period"]) for f in figs if f["role"] == "level"]
    assert levels == [("28640", "beds.total", "2025"), ("27912", "beds.total", "2024"),
                      ("22318", "beds.total", "2025"), ("21806", "beds.total", "2024"),
                      ("5424", "beds.total", "2025"), ("5218", "beds.total", "2024"),
                      ("898", "beds.total", "2025"), ("888", "beds.total", "2024")]


# pdfminer's boxes (its defaults) of a 人社 table: the label column, then the note under the table and its caption (its
# number and title apart), then each value column's head a line and every column's numbers in one run
_ENROLLED_BOXES = """某某省2025年度人力资源和社会保障事业发展统计公报

险种

失业保险

工伤保险

生育保险

注：表中数据单位为万人。

表2

2025年末社会保险参保情况

年末参保人数

比上年末增加

386.24

512.36

298.40

6.18

-2.04

3.12
"""


def test_a_column_major_table_with_its_note_and_caption_between_labels_and_heads_reads_in_the_notes_unit(
        extractor: Extractor) -> None:
    """险种 / three labels / 注：… / 表2 / title / two heads / six numbers: the note and the caption stand beside the
    table, the heads over one run are two columns of three rows, in the unit the note names."""
    figs = _run(extractor, _ENROLLED_BOXES, "2026-06-02")
    assert _got(figs, "value", "role") == [
        ("386.24", 3862400, "level"), ("6.18", 61800, "change"), ("512.36", 5123600, "level"),
        ("-2.04", -20400, "change"), ("298.40", 2984000, "level"), ("3.12", 31200, "change")]


# … and of a 卫生 table with a unit column: the labels under their head, the next section's heading and the caption,
# then the rest of the head a line a cell, the unit cells and every column's numbers in one run
_RESOURCES_BOXES = """某某市2025年卫生健康事业发展统计公报

指标

医疗卫生机构

床位数

卫生技术人员

二、医疗服务

表1  2025年末医疗卫生资源

单位

年末数

上年数

增减

个

张

人

2186

12480

15236

2172

12106

14818

14

374

418
"""


def test_a_column_major_table_whose_unit_cells_stand_under_its_heads_reads_a_row_a_unit(extractor: Extractor) -> None:
    """指标 / three labels / 二、… / 表1 … / 单位 / 年末数 / 上年数 / 增减 / 个 张 人 / nine numbers: three rows of three
    columns, each row in its unit cell's unit, 年末数 the year's, 上年数 the year before's, 增减 the year's change."""
    figs = _run(extractor, _RESOURCES_BOXES, "2026-05-12")
    assert _got(figs, "measure", "role", "period") == [
        ("2186", "个", "level", "2025"), ("2172", "个", "level", "2024"), ("14", "个", "change", "2025"),
        ("12480", "张", "level", "2025"), ("12106", "张", "level", "2024"), ("374", "张", "change", "2025"),
        ("15236", "人", "level", "2025"), ("14818", "人", "level", "2024"), ("418", "人", "change", "2025")]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_bulletins34_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins34 (宜宾市's 卫生健康 公报 read back by pdftohtml's HTML, its tables a cell a line; 江西省's 人社
    公报 by pypdfium2's characters with tabs between cells, both tables' units only in the note under them; 安化县's
    统计公报 社会事业 part in three columns, by pdftotext -layout -colspacing 1.5). Blind, main scored recall 0.8075,
    precision 1.0, period 0.9801, topic_beds 0.9 (qualifier, role and place 1.0): the 医疗服务 table lost whole (its
    first row's label 总诊疗人次 taken for a fourth column's word), its 2024年 column then dating the next section, both
    人社 tables unread (no unit but the note's), and the last part row of the beds a bare count. After: recall,
    precision and period 1.0, topic_beds 1.0. Floors, not the exact scores."""
    s = scored("bulletins34")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
    assert s["topic_beds_acc"] >= 0.995
