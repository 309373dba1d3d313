"""What the blind set data/gold/bulletins21 found: three county bulletins of 2024/2025 typeset as PDF and read back by
readers earlier sets used least (a 统计公报 with 分乡镇 tables by pdfplumber's extract_text(), a 国民经济 bulletin's
就业/社会保障/卫生健康 sections with a table continued under 续表 by pypdfium2, a 人社 bulletin with a bar chart and
tables of thousands-separated cells by pdfminer with char_margin/line_margin changed). Blind, recall 0.45, precision
1.0: a 参保人数 table headed 2024年末 2023年末 read as no table, and its head's last year (2023) then dated the
prose after it; the head set again under 续表, which the layout repair took for a row and kept the gap between its
years in, read as no head; the second year's cell of a 床位 row counted bare items; pdfminer set a table's column
heads on one line over the labels (险种 / 基金收入 基金支出 年末累计结余 / labels / numbers), which the column-major
reader did not take, nor a chart printed a box a line with its caption (图3 …（单位：人）) under it. Fixed since; the
two 分乡镇 tables are left (their bare column words run together, their towns no place the gazetteer knows).
Sentences invented, in the style of such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_year_end_columns_read_and_the_prose_after_the_table_keeps_the_bulletins_year(extractor: Extractor) -> None:
    """险种 2024年末 2023年末 比上年末 / 增长（%）: each 年末 column the stock of its year; the next section's figures
    are of the bulletin's year, not of the head's last year."""
    text = ("某县2024年国民经济和社会发展统计公报\n二、社会保障\n表1 2024年末社会保险参保人数\n单位：万人\n"
            "险种 2024年末 2023年末 比上年末\n增长（%）\n失业保险 3.15 3.02 4.3\n工伤保险 4.26 4.11 3.6\n"
            "注：参保人数为年末数。\n三、卫生健康\n年末全县共有医疗卫生机构286个，其中医院7个。\n")
    got = _got(_run(extractor, text, "2025-04-20", source="某县统计局"), "value", "role", "period")
    assert got == [("3.15", 31500, "level", "2024"), ("3.02", 30200, "level", "2023"), ("4.3", 4.3, "change", "2024"),
                   ("4.26", 42600, "level", "2024"), ("4.11", 41100, "level", "2023"), ("3.6", 3.6, "change", "2024"),
                   ("286个", 286, "level", "2024"), ("7个", 7, "level", "2024")]


def test_a_head_repeated_under_continued_goes_on_with_the_table(extractor: Extractor) -> None:
    """表2 … / 指标 单位 2024年 2023年 / rows / 续表 / the same head again / rows: the rows after 续表 are read under
    it, thousands-separated cells whole; a 床位 row's 2023 cell counts beds as its 2024 cell does."""
    text = ("表2 2024年医疗卫生主要指标\n指标 单位 2024年 2023年\n实有床位数 张 1,472 1,418\n"
            "医疗卫生机构数 个 276 271\n续表\n指标 单位 2024年 2023年\n卫生技术人员 人 1,985 1,936\n"
            "出院人数（全年） 人 28,416 27,902\n注：出院人数为全年数。\n")
    figs = _run(extractor, text, "2025-04-20", source="某县统计局")
    assert _got(figs, "value", "period") == [
        ("1,472", 1472, "2024"), ("1,418", 1418, "2023"), ("276", 276, "2024"), ("271", 271, "2023"),
        ("1,985", 1985, "2024"), ("1,936", 1936, "2023"), ("28,416", 28416, "2024"), ("27,902", 27902, "2023")]
    assert [f["metric"] for f in figs[:2]] == ["beds.total", "beds.total"]


def test_a_column_major_table_whose_column_heads_stand_on_one_line_over_the_labels(extractor: Extractor) -> None:
    """pdfminer with a wider char_margin: 险种 / 基金收入 基金支出 年末累计结余 (one box) / the labels / every column's
    numbers in one run, a column at a time: each row's three amounts, in the caption's 万元."""
    lines = ["表1  2025年社会保险基金收支", "单位：万元", "险种", "基金收入 基金支出 年末累计结余", "失业保险", "工伤保险",
             "9,214", "5,836", "7,655", "5,102", "16,480", "3,927", "注：基金收入含财政补贴收入。"]
    text = "\n\n".join(lines) + "\n"
    got = _got(_run(extractor, text, "2026-05-12", source="某县人力资源和社会保障局"), "value", "role", "period")
    assert got == [("9,214", 92140000, "level", "2025"), ("7,655", 76550000, "level", "2025"),
                   ("16,480", 164800000, "level", "2025"), ("5,836", 58360000, "level", "2025"),
                   ("5,102", 51020000, "level", "2025"), ("3,927", 39270000, "level", "2025")]


def test_a_one_line_head_whose_last_column_ends_after_the_run_and_a_heading_between(extractor: Extractor) -> None:
    """指标 / 2025年 2024年 比上年 / labels / 四、… (a heading the extractor read beside the table) / two columns'
    numbers / 增长（%） / its numbers: three columns, the heading handed on after the rows."""
    lines = ["表2  2025年人才队伍建设主要指标", "单位：人", "指标", "2025年 2024年 比上年", "专业技术人才",
             "技能人才", "四、劳动关系", "15,208", "31,644", "14,736", "30,125", "增长（%）", "3.2", "5.0",
             "全年全县受理劳动人事争议案件1085件。"]
    text = "\n\n".join(lines) + "\n"
    got = _got(_run(extractor, text, "2026-05-12", source="某县人力资源和社会保障局"), "value", "role", "period")
    assert got == [("15,208", 15208, "level", "2025"), ("14,736", 14736, "level", "2024"), ("3.2", 3.2, "change", "2025"),
                   ("31,644", 31644, "level", "2025"), ("30,125", 30125, "level", "2024"), ("5.0", 5.0, "change", "2025"),
                   ("1085件", 1085, "level", "2025")]


def test_one_line_of_column_heads_with_a_run_too_short_for_its_labels_gives_none(extractor: Extractor) -> None:
    """险种 / 基金收入 基金支出 / three labels / five numbers: no reading makes every column as long as the labels, so
    no row is made up (a wrong pairing is worse than none)."""
    lines = ["表1  2025年社会保险基金收支", "单位：万元", "险种", "基金收入 基金支出", "失业保险", "工伤保险", "生育保险",
             "9,214", "5,836", "7,655", "5,102", "16,480", "注：基金收入含财政补贴收入。"]
    text = "\n\n".join(lines) + "\n"
    assert _run(extractor, text, "2026-05-12", source="某县人力资源和社会保障局") == []


def test_a_chart_printed_a_box_a_line_with_its_caption_under_it(extractor: Extractor) -> None:
    """pdfminer: the bars' values a line each, then their years, then the caption (图2 / 2020—2024年…（单位：人）): each
    value the figure of its year, in the unit the caption's note names."""
    lines = ["年末城镇登记失业率2.91%。", "3126", "3358", "3472", "3605", "2020年", "2021年", "2022年", "2023年",
             "图2", "2020—2023年全县城镇新增就业人数（单位：人）", "二、社会保险"]
    text = "\n\n".join(lines) + "\n"
    got = _got(_run(extractor, text, "2024-05-10", source="某县人力资源和社会保障局"), "value", "period")
    assert got[1:] == [("3126", 3126, "2020"), ("3358", 3358, "2021"), ("3472", 3472, "2022"), ("3605", 3605, "2023")]


def test_a_chart_whose_years_are_fewer_than_its_values_gives_none(extractor: Extractor) -> None:
    """Four values over three years, the caption naming four: which value is whose year is not told."""
    lines = ["年末城镇登记失业率2.91%。", "3126", "3358", "3472", "3605", "2021年", "2022年", "2023年",
             "图2", "2020—2023年全县城镇新增就业人数（单位：人）", "二、社会保险"]
    text = "\n\n".join(lines) + "\n"
    got = _got(_run(extractor, text, "2024-05-10", source="某县人力资源和社会保障局"), "value")
    assert got == [("2.91%", 2.91)]
