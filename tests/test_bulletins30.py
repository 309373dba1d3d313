"""What the blind set data/gold/bulletins30 found (three 2025 bulletins of our own with tables, typeset as PDF and read
back by readers no set used this way: scripts/gold_bulletins30.py). Texts invented, in the shape those readers give
such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# pdftotext -layout: a head whose second line is empty prints as a second blank line under it
_LAID_OUT = ("某某县2025年卫生健康事业发展统计公报\n  二、医疗服务\n  全年全县医疗卫生机构总诊疗人次152.36万人次。\n\n"
             "                      表2 2025年医疗服务情况\n\n"
             "指标                                单位       2025年    2024年\n{blanks}"
             "总诊疗人次                            万人次       152.36   147.08\n"
             "入院人数                              万人         5.12     4.96\n")


def test_rows_two_blank_lines_under_a_laid_out_head_read_under_it(extractor: Extractor) -> None:
    """Two blank lines between a head set out with gaps and its first row (an empty second head line): the rows keep
    their cells apart and read under the head, each cell of its column's year and its row's unit."""
    text = _LAID_OUT.format(blanks="\n\n")
    got = _got(_run(extractor, text, "2026-04-16"), "value", "measure", "period")
    assert got[1:] == [("152.36", 1523600, "人次", "2025"), ("147.08", 1470800, "人次", "2024"),
                       ("5.12", 51200, "人", "2025"), ("4.96", 49600, "人", "2024")]


def test_a_head_over_its_caption_reads_the_rows_under_them(extractor: Extractor) -> None:
    """pdfminer printed the head's box over the caption's (指标 单位 一季度 … / 表1  2025年分季度就业情况 / rows): the rows
    read under the head, each quarter's cell of its own quarter, 全年 the year, and the table's number no figure."""
    text = ("某某市2025年人力资源和社会保障事业发展统计公报\n\n一、就业\n\n全年全市城镇新增就业5240人。\n\n"
            "指标 单位 一季度 二季度 三季度 四季度 全年\n\n表1  2025年分季度就业情况\n\n"
            "城镇新增就业 人 1320 1486 1252 1182 5240\n\n失业人员再就业 人 402 436 398 364 1600\n")
    figs = _run(extractor, text, "2026-05-12")
    got = [(f["quote"], f["period"], f["metric"]) for f in figs]
    assert got[1:6] == [("1320", "2025Q1", "jobs.urban_new"), ("1486", "2025Q2", "jobs.urban_new"),
                        ("1252", "2025Q3", "jobs.urban_new"), ("1182", "2025Q4", "jobs.urban_new"),
                        ("5240", "2025", "jobs.urban_new")]
    assert [q for q, _p, m in got[6:]] == ["402", "436", "398", "364", "1600"]
    assert all(m == "jobs.reemployment" for _q, _p, m in got[6:])
    assert "1" not in [f["quote"] for f in figs]


def test_a_unit_note_under_the_caption_under_the_head_measures_the_cells(extractor: Extractor) -> None:
    """The same head with no unit column, over its caption and the caption's unit note (单位：人): the note measures
    every cell, as it does set above the head."""
    text = ("某某市2025年人力资源和社会保障事业发展统计公报\n\n一、就业\n\n全年全市城镇新增就业5240人。\n\n"
            "指标 一季度 二季度 三季度 四季度 全年\n\n表1 2025年分季度就业情况\n\n单位：人\n\n"
            "城镇新增就业 1320 1486 1252 1182 5240\n")
    got = _got(_run(extractor, text, "2026-05-12"), "value", "measure", "period")
    assert got[1:] == [("1320", 1320, "人", "2025Q1"), ("1486", 1486, "人", "2025Q2"), ("1252", 1252, "人", "2025Q3"),
                       ("1182", 1182, "人", "2025Q4"), ("5240", 5240, "人", "2025")]


def test_a_head_over_a_sentence_of_the_text_is_no_head_of_what_follows(extractor: Extractor) -> None:
    """Only a caption's lines stand between a head and its rows: under a sentence of the text the head ends, and the
    numbers after it give no figure (a row's cells are read under a head, never alone)."""
    text = ("某某市2025年人力资源和社会保障事业发展统计公报\n\n一、就业\n\n全年全市城镇新增就业5240人。\n\n"
            "指标 单位 一季度 二季度 三季度 四季度 全年\n\n各地认真落实就业优先政策，就业形势总体稳定。\n\n"
            "城镇新增就业 人 1320 1486 1252 1182 5240\n")
    assert [f["quote"] for f in _run(extractor, text, "2026-05-12")] == ["5240人"]


_LABELS = ["年末常住人口（万人）", "城镇新增就业（人）", "医疗卫生机构床位（张）", "卫生技术人员（人）"]


def _column_major(caption: str) -> str:
    """A table pdfminer printed a column at a time, a box a line and a blank line after each: the caption, the label
    column's head and labels, then each column's head over its numbers, the growth column's head over two lines."""
    cells = [caption, "指标", *_LABELS, "2025年", "26.48", "3652", "1864", "2210", "比上年", "增长%",
             "-0.7", "2.8", "5.1", "3.6"]
    return "某某县2025年国民经济和社会发展统计公报（节选）\n\n" + "".join(c + "\n\n" for c in cells)


def test_a_column_major_table_whose_growth_head_runs_over_two_lines_reads_a_row_a_line(extractor: Extractor) -> None:
    """Each label (its unit in brackets) takes the first number of each column in turn: a level of the label's unit
    and a growth in percent. A stacked reading (the last labels taken for heads of columns of two cells) had paired
    26.48 with 城镇新增就业 and 3652 with 床位: wrong values, now none."""
    got = _got(_run(extractor, _column_major("表1  2025年人口、就业和卫生主要指标"), "2026-03-26"),
               "value", "measure", "role")
    assert got == [("26.48", 264800, "人", "level"), ("-0.7", -0.7, "%", "change"),
                   ("3652", 3652, "人", "level"), ("2.8", 2.8, "%", "change"),
                   ("1864", 1864, "张", "level"), ("5.1", 5.1, "%", "change"),
                   ("2210", 2210, "人", "level"), ("3.6", 3.6, "%", "change")]


def test_a_column_major_table_reads_alike_whatever_the_gap_after_its_captions_number(extractor: Extractor) -> None:
    """表1, two spaces or one, then the title (pdfminer keeping the typeset's gap or not): the same rows, each label's
    metric its own, none shifted."""
    two = _run(extractor, _column_major("表1  2025年人口、就业和卫生主要指标"), "2026-03-26")
    one = _run(extractor, _column_major("表1 2025年人口、就业和卫生主要指标"), "2026-03-26")
    assert [(f["quote"], f["metric"]) for f in two] == [(f["quote"], f["metric"]) for f in one]
    assert [f["metric"] for f in two][::2] == ["quantity.population", "jobs.urban_new", "beds.total",
                                               "quantity.health_workers"]


def test_a_short_sentence_of_the_text_over_a_caption_is_no_part_of_it(extractor: Extractor) -> None:
    """表1 2025年… one caption sentence, a short sentence of the text right over it (…下降3.6%。) among the short
    sentences over the head. The caption is read from its table number on, so its year still dates the 上年同期 column
    a year before (taken with the sentence before, the caption was none, and that column was lost)."""
    text = ("某某市2025年上半年财政收支情况\n"
            "上半年，全市一般公共预算收入完成28.65亿元，同比增长3.5%，完成年初预算的51.6%。\n"
            "全市政府性基金预算收入完成9.74亿元，下降3.6%。\n表1 2025年上半年全市一般公共预算收支情况\n"
            "                                        单位：万元\n"
            "项目                            1-6月        上年同期         增长%\n"
            "一般公共预算收入              286523      276910         3.5\n")
    got = _got(_run(extractor, text, "2025-07-20"), "value", "role", "period")
    assert [(q, v, r, p[:4]) for q, v, r, p in got[-3:]] == [
        ("286523", 2865230000, "level", "2025"), ("276910", 2769100000, "level", "2024"),
        ("3.5", 3.5, "change", "2025")]
