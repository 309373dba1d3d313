"""Tables a PDF extractor printed a column at a time (`stats.repair.transpose`): the label column's cells one a
line, then each value column under its head cell, one number a line. Read a row a line, they give the figures a
table printed a row a line gives, each pointing at its own number in the source; where the columns do not line
up beyond doubt, they give nothing. Tables invented."""

from __future__ import annotations

from stats.repair.transpose import LABEL, NUMBER, OTHER, find_tables
from stats.run.pipeline import Extractor

_TABLE = "\n".join([
    "全县上半年财政运行平稳。",
    "表1  上半年全县财政收支情况",
    "（单位：万元、%）",
    "项目",
    "一般公共预算收入",
    "  税收收入",
    "一般公共预算支出",
    "本年累计",
    "41,250",
    "28,630",
    "365,120",
    "比上年同期增长",
    "3.8",
    "5.2",
    "-2.1",
    "注：表中数据为快报数。",
    "",
])


def _figures(extractor: Extractor, text: str) -> list[tuple[str, float, str, str]]:
    """(number as the source has it, value, unit, role) of every figure, in the order found."""
    got = extractor.extract_text(text).figures
    return [(text[f["src_start"]:f["src_end"]], f["value"], f["unit"], f["role"]) for f in got]


def test_a_table_printed_a_column_at_a_time_is_read_row_by_row(extractor: Extractor) -> None:
    """Each row's label takes its number of each column: the caption's unit note gives the first column 万元, the
    second's head makes it a change in percent; each figure points at its own number in the source."""
    got = _figures(extractor, _TABLE)
    assert got == [
        ("41,250", 412500000.0, "CNY", "level"), ("3.8", 3.8, "percent", "change"),
        ("28,630", 286300000.0, "CNY", "level"), ("5.2", 5.2, "percent", "change"),
        ("365,120", 3651200000.0, "CNY", "level"), ("-2.1", -2.1, "percent", "change"),
    ]


def test_the_rows_figures_take_their_labels_as_metric(extractor: Extractor) -> None:
    """The row 税收收入 gives its number to tax revenue, the row 一般公共预算支出 to spending: each number went to its
    own row's label, not its neighbour's."""
    figs = extractor.extract_text(_TABLE).figures
    metric = {_TABLE[f["src_start"]:f["src_end"]]: f["metric"] for f in figs}
    assert metric["28,630"] == "money.tax_revenue"
    assert metric["365,120"] == "money.spending"


def test_year_columns_date_their_cells(extractor: Extractor) -> None:
    """A column under 2024年 gives its cells that year, the next under 2025年 this one; the label's bracket its unit."""
    text = "\n".join(["主要指标", "指标", "实有床位（张）", "卫生技术人员（人）", "2024年", "1530", "2210",
                      "2025年", "1680", "2345", "注：数据来源于卫生健康统计年报。", ""])
    got = extractor.extract_text(text).figures
    assert [(text[f["src_start"]:f["src_end"]], f["unit"], f["period"]) for f in got] == [
        ("1530", "bed", "2024"), ("1680", "bed", "2025"), ("2210", "person", "2024"), ("2345", "person", "2025")]


def test_a_column_shorter_than_the_labels_gives_nothing(extractor: Extractor) -> None:
    """A value column one number short (a blank cell the extractor dropped): which row lost it cannot be told,
    so no row of the table gives a figure."""
    text = _TABLE.replace("28,630\n", "")
    assert _figures(extractor, text) == []


def test_a_second_column_of_another_length_gives_nothing_from_it(extractor: Extractor) -> None:
    """The first column lines up with the labels and gives its figures; the second, a number short, gives none."""
    text = _TABLE.replace("5.2\n", "")
    got = _figures(extractor, text)
    assert [g[0] for g in got] == ["41,250", "28,630", "365,120"]


def test_a_label_cut_over_two_lines_gives_nothing(extractor: Extractor) -> None:
    """A label cut over two lines leaves one label line more than numbers: reading the last lines as the labels
    would shift rows, so nothing is read (the line above them is no head word)."""
    text = _TABLE.replace("一般公共预算支出\n", "一般公共\n预算支出\n")
    assert _figures(extractor, text) == []


def test_labels_holding_digits_are_no_labels(extractor: Extractor) -> None:
    """A run of lines with digits in it (a list of dates, a sentence) over the numbers is no label column."""
    text = _TABLE.replace("  税收收入\n", "2024年收入\n")
    assert _figures(extractor, text) == []


def test_a_head_the_table_reader_does_not_know_gives_nothing(extractor: Extractor) -> None:
    """Lines of words over runs of numbers that make no head the table reader knows (a list of names, then
    scores) give no figure."""
    text = "\n".join(["获奖名单", "张三", "李四", "王五", "得分", "91", "88", "86", ""])
    assert _figures(extractor, text) == []


def test_find_tables_pairs_only_runs_of_the_labels_length() -> None:
    """The finder itself: labels, then heads over runs of exactly as many numbers; a run of another length ends
    the table; a head the reader refuses gives no table."""
    kinds = [OTHER, LABEL, LABEL, LABEL, LABEL, LABEL, NUMBER, NUMBER, NUMBER, LABEL, NUMBER, NUMBER]
    texts = ["表1", "项目", "甲", "乙", "丙", "本年", "1", "2", "3", "增长", "4", "5"]
    tables = find_tables(kinds, texts, lambda head: head.startswith("项目"), lambda cell: True)
    assert len(tables) == 1
    t = tables[0]
    assert (t.label_head, t.labels, t.heads, t.columns) == (1, [2, 3, 4], [5], [[6, 7, 8]])
    assert find_tables(kinds, texts, lambda head: False, lambda cell: True) == []


def test_value_cells_with_their_measure_words_pair_too(extractor: Extractor) -> None:
    """A column whose cells carry their measure words (6320人, 2.4万人) is a value column as well: the next column's
    growth rates go to the same rows, a space apart from them."""
    text = "\n".join(["表1 全区民生主要指标", "指标", "城镇新增就业", "农村劳动力转移就业", "绝对值", "6320人", "2.4万人",
                      "同比增长（%）", "5.7", "3.9", "注：增速按可比口径计算。", ""])
    got = _figures(extractor, text)
    assert [(g[0], g[2], g[3]) for g in got] == [
        ("6320人", "person", "level"), ("5.7", "percent", "change"),
        ("2.4万人", "person", "level"), ("3.9", "percent", "change")]


def test_a_year_line_is_a_head_not_a_value_cell(extractor: Extractor) -> None:
    """2024年 over a column is its head, not a number and its measure word: the years date the cells."""
    text = "\n".join(["指标", "养老机构床位（张）", "托位数（个）", "2024年", "860", "310", "2025年", "920", "405",
                      "注：数据为年末数。", ""])
    got = extractor.extract_text(text).figures
    assert [(text[f["src_start"]:f["src_end"]], f["period"]) for f in got] == [
        ("860", "2024"), ("920", "2025"), ("310", "2024"), ("405", "2025")]


def test_a_numbered_heading_read_between_the_labels_and_the_columns_goes_after_the_rows(extractor: Extractor) -> None:
    """An extractor read a section's numbered heading set beside the table between its label column and its first
    value column: the table is read past it, and the heading comes after the rows, a paragraph of its own."""
    text = "\n".join(["主要指标", "指标", "实有床位（张）", "卫生技术人员（人）", "三、下一步工作", "2024年", "1530", "2210",
                      "2025年", "1680", "2345", "明年，全县将新建村卫生室12个。", ""])
    res = extractor.extract_text(text)
    cells = [(text[f["src_start"]:f["src_end"]], f["unit"], f["period"]) for f in res.figures]
    assert cells[:4] == [("1530", "bed", "2024"), ("1680", "bed", "2025"), ("2210", "person", "2024"),
                         ("2345", "person", "2025")]
    texts = [s["text"] for s in res.sentences]
    assert texts.index("三、下一步工作") > texts.index("卫生技术人员（人）2210 2345")


def test_a_head_of_more_columns_than_the_run_holds_is_no_two_level_head(extractor: Extractor) -> None:
    """指标 / 单位 / 一季度 / 上半年 / 前三季度 / 全年 printed over three labels, their units and a run of nine numbers: a
    head of four value columns whose last the extractor printed elsewhere, not 一季度 set over the three others (a head
    that reads six columns, 上半年一季度 among them). Which column is missing is not known, so no row is rebuilt: a
    first quarter's number set under 上半年 would be a wrong period."""
    cells = ["指标", "单位", "一季度", "上半年", "前三季度", "全年", "表3  2025年分季度主要指标",
             "地区生产总值", "固定资产投资", "一般公共预算收入", "亿元", "亿元", "亿元",
             "86.4", "31.2", "6.8", "180.5", "66.9", "13.9", "276.2", "98.7", "20.6",
             "表4  2025年分季度主要指标增速", "全年粮食产量18.6万吨，比上年增长1.2%。"]
    text = "\n\n".join(["全年经济运行总体平稳，分季度看逐季回升。", *cells]) + "\n"
    texts = [s["text"] for s in extractor.extract_text(text).sentences]
    assert not any("上半年一季度" in t or "86.4 180.5" in t for t in texts), texts


def test_a_fall_under_a_level_head_while_the_change_column_holds_none_gives_nothing(extractor: Extractor) -> None:
    """床位数（张） / 卫生技术人员（人） / 比上年末增减（张） over 街道, four labels and a run of twelve numbers whose second
    column holds falls (-3) and whose third none: the extractor printed the first column last, so read in the head's
    order every number would go to another column (a staff count as beds, a change as staff). The signs contradict the
    head: no figure of the table; the same run with its columns in the head's order is read."""
    heads = ["表5  2025年末各街道社区卫生服务中心床位和人员", "床位数（张）", "卫生技术人员（人）", "比上年末增减（张）",
             "街道", "城东街道", "城西街道", "南湖街道", "北山街道"]
    beds, staff, change = ["64", "52", "38", "45"], ["81", "66", "49", "57"], ["5", "-3", "2", "-1"]
    tail = ["年末全区共有卫生技术人员2860人。", ""]
    astray = "\n".join([*heads, *staff, *change, *beds, *tail])
    assert [f["quote"] for f in extractor.extract_text(astray).figures] == ["2860人"]
    ordered = "\n".join([*heads, *beds, *staff, *change, *tail])
    got = [(ordered[f["src_start"]:f["src_end"]], f["role"]) for f in extractor.extract_text(ordered).figures]
    assert got[:3] == [("64", "level"), ("81", "level"), ("5", "change")]
    assert ("-3", "change") in got
