"""What the blind set data/gold/bulletins24 found: three 2025 bulletins typeset as PDF and read back by readers earlier
sets used least (a 县 统计公报's sections on 卫生, 社会保障 and 就业 by pdfminer with boxes_flow=None, a 市 卫生健康
bulletin by pypdfium2's get_text_bounded(), a 市 人社 bulletin by pdfplumber with use_text_flow). Blind, recall 0.71,
precision 1.0: two-level heads whose group words each span a level column and its growth (机构数 床位数 / （个）
增长（%） （张） 增长（%）) read as no head, their units line taken for the label of a group of rows; rows printed a cell
a line whose label ran past twelve characters (城镇职工基本养老保险参保人数) ended their table; a part row (其中：医院
张) under 床位数 counted items. No footnote mark ([1], ①) was read into a figure. With them, bulletins18's 表2
(pdfminer's column-major print of 类别 2025年 2024年 每千人口数 / 2025年, the top cells first and the labels last).
Sentences and tables invented, in the style of such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_group_word_over_its_unit_and_a_growth_column_each(extractor: Extractor) -> None:
    """机构数 床位数 / （个） 增长（%） （张） 增长（%）, flush left: each group word over its level column's unit and then
    its growth; four columns, the count in 个, the beds in 张, each beside its growth."""
    text = ("表1 2025年末医疗卫生机构和床位数\n机构类别 机构数 床位数\n（个） 增长（%） （张） 增长（%）\n"
            "总计 862 1.4 7350 3.2\n医院 28 3.7 5120 4.1\n")
    figs = _run(extractor, text, "2026-05-10", source="某市卫生健康委员会")
    assert _got(figs, "value", "measure", "role", "period") == [
        ("862", 862, "个", "level", "2025"), ("1.4", 1.4, "%", "change", "2025"),
        ("7350", 7350, "张", "level", "2025"), ("3.2", 3.2, "%", "change", "2025"),
        ("28", 28, "个", "level", "2025"), ("3.7", 3.7, "%", "change", "2025"),
        ("5120", 5120, "张", "level", "2025"), ("4.1", 4.1, "%", "change", "2025")]


def test_money_and_people_group_words_each_over_their_own_unit(extractor: Extractor) -> None:
    """参保人数 基金收入 / （万人） 增长（%） （亿元） 增长（%）: the insured in 万人, the fund's income in 亿元."""
    text = ("表2 2025年社会保险参保和基金收入情况\n险种 参保人数 基金收入\n（万人） 增长（%） （亿元） 增长（%）\n"
            "失业保险 4.36 2.1 0.72 5.3\n")
    figs = _run(extractor, text, "2026-06-10", source="某市人力资源和社会保障局")
    assert _got(figs, "value", "measure", "role") == [
        ("4.36", 43600, "人", "level"), ("2.1", 2.1, "%", "change"),
        ("0.72", 72000000, "元", "level"), ("5.3", 5.3, "%", "change")]


def test_units_that_fit_no_reading_of_the_rows_give_no_figure(extractor: Extractor) -> None:
    """机构数 床位数 / （个） 增长（%） （张）: three columns over rows of four numbers; which number is whose is not
    sure, and no cell is read."""
    text = ("表1 2025年末医疗卫生机构和床位数\n机构类别 机构数 床位数\n（个） 增长（%） （张）\n"
            "总计 862 1.4 7350 3.2\n医院 28 3.7 5120 4.1\n")
    assert _run(extractor, text, "2026-05-10", source="某市卫生健康委员会") == []


def test_a_row_printed_a_cell_a_line_whose_label_is_long(extractor: Extractor) -> None:
    """pdfminer prints each cell of a row on its own line (指标 / 单位 / 2025年 / 比上年增长 / （%） / 城镇职工基本养老保险
    参保人数 / 万人 / 3.18 / 4.6): a label of fourteen characters is a row's label still, its unit cell and numbers its."""
    text = ("表4 2025年社会保障主要指标\n\n指标\n\n单位\n\n2025年\n\n比上年增长\n\n（%）\n\n城镇新增就业\n\n人\n\n"
            "1420\n\n3.5\n\n城镇职工基本养老保险参保人数\n\n万人\n\n3.18\n\n4.6\n\n")
    figs = _run(extractor, text, "2026-04-20", source="某县统计局")
    assert _got(figs, "value", "measure", "role") == [
        ("1420", 1420, "人", "level"), ("3.5", 3.5, "%", "change"),
        ("3.18", 31800, "人", "level"), ("4.6", 4.6, "%", "change")]


def test_a_year_over_a_column_word_on_the_heads_bottom_line(extractor: Extractor) -> None:
    """类别 2025年 2024年 每千人口数 / 2025年 under 单位：人: the year under 每千人口数 is that column's, three columns:
    the staff of each year, then the year's staff per thousand people."""
    text = ("表2 2025年卫生技术人员数\n单位：人\n类别 2025年 2024年 每千人口数\n2025年\n"
            "卫生技术人员 9320 8960 6.85\n注册护士 4180 3950 3.07\n")
    figs = _run(extractor, text, "2026-05-18", source="某市卫生健康委员会")
    assert [(f["quote"], f["value"], f["period"], f["metric"]) for f in figs] == [
        ("9320", 9320, "2025", "quantity.health_workers"), ("8960", 8960, "2024", "quantity.health_workers"),
        ("6.85", 6.85, "2025", "quantity.people_per_1000"), ("4180", 4180, "2025", "quantity.health_workers"),
        ("3950", 3950, "2024", "quantity.health_workers"), ("3.07", 3.07, "2025", "quantity.people_per_1000")]


def test_a_bare_year_named_twice_on_one_line_is_still_no_head(extractor: Extractor) -> None:
    """险种 2025年 比上年增长（%） 2025年 on one line: a bare year twice, no level word after the second, is no head."""
    text = "表1 2025年基金收支\n险种 2025年 比上年增长（%） 2025年\n失业保险 0.72 5.3 0.66\n"
    assert _run(extractor, text, "2026-06-10", source="某市人力资源和社会保障局") == []


def test_a_column_major_table_whose_top_cells_come_first_and_labels_last(extractor: Extractor) -> None:
    """pdfminer's print of that table: the top cells (2025年 / 2024年 / 每千人口数), the unit note, the first two columns'
    numbers in one run, 2025年 over the last column's, then the label column's head and the labels. Every run as many
    numbers as labels, as many top cells as columns: each row takes its number from each column."""
    text = ("表2  2025年卫生技术人员数\n\n2025年\n\n2024年\n\n每千人口数\n\n单位：人\n\n9320\n\n4180\n\n8960\n\n3950\n\n"
            "2025年\n\n6.85\n\n3.07\n\n类别\n\n卫生技术人员\n\n注册护士\n\n注：每千人口数按年末常住人口计算。\n")
    figs = _run(extractor, text, "2026-05-18", source="某市卫生健康委员会")
    assert _got(figs, "value", "measure", "period") == [
        ("9320", 9320, "人", "2025"), ("8960", 8960, "人", "2024"), ("6.85", 6.85, "人", "2025"),
        ("4180", 4180, "人", "2025"), ("3950", 3950, "人", "2024"), ("3.07", 3.07, "人", "2025")]


def test_such_a_table_whose_counts_do_not_agree_gives_no_row(extractor: Extractor) -> None:
    """The same print with three labels under two numbers a column: which number is whose row is not sure; no cell
    is read as a row's."""
    text = ("表2  2025年卫生技术人员数\n\n2025年\n\n2024年\n\n每千人口数\n\n单位：人\n\n9320\n\n4180\n\n8960\n\n3950\n\n"
            "2025年\n\n6.85\n\n3.07\n\n类别\n\n卫生技术人员\n\n注册护士\n\n药师（士）\n\n注：每千人口数按年末常住人口计算。\n")
    figs = _run(extractor, text, "2026-05-18", source="某市卫生健康委员会")
    assert figs == []


def test_a_footnote_mark_before_a_figure_is_no_part_of_it(extractor: Extractor) -> None:
    """参保率[1]97.2% and 床位①7.28张: the mark's digit is a note's number, the figure only what follows it."""
    figs = _run(extractor, "城乡居民基本医疗保险参保率[1]97.2%。每千人口医疗卫生机构床位①7.28张。", "2026-04-20",
                source="某县统计局")
    assert _got(figs, "value", "measure") == [("97.2%", 97.2, "%"), ("7.28张", 7.28, "张")]


def test_a_part_row_counts_what_the_row_above_counts(extractor: Extractor) -> None:
    """床位数 张 1862 / 其中：医院 张 1286: 医院 alone names no count; a part of the beds row, in its measure, it counts
    beds too (read alone it would be a bare count of items)."""
    text = ("表3 2025年末医疗卫生机构、床位和人员\n指标 单位 2025年 比上年增长（%）\n床位数 张 1862 4.3\n"
            "其中：医院 张 1286 5.1\n")
    figs = _run(extractor, text, "2026-04-20", source="某县统计局")
    assert [(f["quote"], f["metric"], f["topic"]) for f in figs if f["role"] == "level"] == [
        ("1862", "beds.total", "beds"), ("1286", "beds.total", "beds")]


def test_a_part_row_in_another_measure_takes_nothing_from_the_row_above(extractor: Extractor) -> None:
    """床位数 张 1862 / 其中：医院 个 6: a row of another measure is no part of the beds; its count is no bed."""
    text = ("表3 2025年末医疗卫生机构、床位和人员\n指标 单位 2025年 比上年增长（%）\n床位数 张 1862 4.3\n"
            "其中：医院 个 6 20.0\n")
    figs = _run(extractor, text, "2026-04-20", source="某县统计局")
    assert [f["topic"] for f in figs if f["quote"] == "6"] == ["other"]
