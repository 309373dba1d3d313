"""What the blind set data/gold/bulletins17 found: four bulletins of 2025 as pdftotext leaves them (a county 统计公报,
a prefecture 卫生健康 bulletin, a county 人社 bulletin, a county 统计月报 with cells one a line). Blind, recall 0.62:
every prose figure and every head on one line was read, but no table whose head runs over two lines with the label's
word on the bottom line (参保人数 基金收入 / 险种 （万人） （亿元）), nor tables laid out a cell a line. Fixed since:
the first kind, read by where its words stand, also where the repair ran its two lines into one sentence; a
difference column's sign note (增减 / （+、-）) is no unit; a year over a count word (2025年 / 床位数) is one column;
a table a cell a line takes a hyphen for a blank cell, a head word up to 16 characters, a row's label that is also a
column's word; a span named again before a change word (1-10月同比增长) is that change's column. Sentences
invented, in the style of such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_head_over_two_lines_with_its_label_word_on_the_bottom_line(extractor: Extractor) -> None:
    """参保人数 基金收入 基金支出 over 险种 （万人） （亿元） （亿元）: each column takes the unit under it."""
    text = ("某县2025年人力资源和社会保障事业发展统计公报\n某县人力资源和社会保障局\n\n"
            "表3   2025年末全县社会保险情况\n"
            "                              参保人数      基金收入     基金支出\n"
            "险种                          （万人）      （亿元）     （亿元）\n"
            "失业保险                        2.35          0.42         0.31\n"
            "工伤保险                        3.08          0.27         0.19\n"
            "注：1.基金收支数据为快报数。\n")
    got = _got(_run(extractor, text, "2026-05-10", source="某县人力资源和社会保障局"), "value", "role", "period")
    assert got == [("2.35", 23500, "level", "2025"), ("0.42", 42000000, "level", "2025"),
                   ("0.31", 31000000, "level", "2025"), ("3.08", 30800, "level", "2025"),
                   ("0.27", 27000000, "level", "2025"), ("0.19", 19000000, "level", "2025")]


def test_a_sign_note_under_a_difference_column_is_no_unit(extractor: Extractor) -> None:
    """The head's reader drops （+、-） under 增减 before it reads the words."""
    tables = extractor.tables
    assert tables.unsigned("机构类别2025年床位数2024年床位数增减（+、-）") == "机构类别2025年床位数2024年床位数增减"
    assert tables.head_columns("                          2025年        2024年        增减\n"
                               "机构类别                  床位数        床位数      （+、-）") > 0


def test_a_year_over_each_count_word_and_a_difference_under_a_unit_note(extractor: Extractor) -> None:
    """单位：张 over 2025年 2024年 增减 / 机构类别 床位数 床位数 （+、-）: the years' beds and the difference, all beds; the
    difference is the table's year's change."""
    text = ("某市2025年卫生健康事业发展统计公报\n某市卫生健康委员会\n\n"
            "一、资源\n年末全市共有医疗卫生机构856个。\n\n"
            "表1   2025年末全市医疗卫生机构床位数\n"
            "                                                   单位：张\n"
            "                             2025年        2024年        增减\n"
            "机构类别                     床位数        床位数      （+、-）\n"
            "医院                          4620          4485          135\n"
            "其他机构                        42            45           -3\n")
    figs = _run(extractor, text, "2026-05-10", source="某市卫生健康委员会")
    got = _got(figs, "value", "role", "period")
    assert got == [("856个", 856, "level", "2025"), ("4620", 4620, "level", "2025"), ("4485", 4485, "level", "2024"),
                   ("135", 135, "change", "2025"), ("42", 42, "level", "2025"), ("45", 45, "level", "2024"),
                   ("-3", -3, "change", "2025")]
    assert all("beds" in f["metric"] for f in figs[1:])


def test_a_monthly_table_a_cell_a_line_with_hyphens_for_blank_cells(extractor: Extractor) -> None:
    """指标 | 单位 | 1-9月 | 同比增长（%） then a cell a line; a hyphen is a blank cell, not a minus sign on the growth
    after it; a row whose last cell is blank gives nothing."""
    text = ("某县统计月报\n2025年第9期\n某县统计局\n主要经济指标\n指标\n单位\n1-9月\n同比增长（%）\n"
            "规模以上工业增加值\n万元\n-\n5.4\n固定资产投资\n万元\n-\n-3.1\n社会消费品零售总额\n万元\n98640\n4.2\n"
            "工业用电量\n万千瓦时\n4210\n\n注：本表数据为快报数。\n")
    figs = _run(extractor, text, "2025-10-20", source="某县统计局")
    assert _got(figs, "value", "role") == [("5.4", 5.4, "change"), ("-3.1", -3.1, "change"),
                                           ("98640", 986400000, "level"), ("4.2", 4.2, "change")]
    assert all(f["period"].startswith("2025") for f in figs)


def test_a_table_a_cell_a_line_whose_first_label_is_a_column_word(extractor: Extractor) -> None:
    """指标 | 2025年 | 2024年 | 卫生人员 | 8620: the number ends the head, 卫生人员 is the first row's label."""
    text = ("表2   2025年末全县卫生人员数\n单位：人\n指标\n2025年\n2024年\n卫生人员\n8620\n8435\n注册护士\n3120\n2986\n")
    got = _got(_run(extractor, text, "2026-04-20", source="某县卫生健康局"), "value", "period")
    assert got == [("8620", 8620, "2025"), ("8435", 8435, "2024"), ("3120", 3120, "2025"), ("2986", 2986, "2024")]


def test_a_month_a_span_and_the_spans_growth_a_cell_a_line(extractor: Extractor) -> None:
    """产品名称 | 单位 | 9月 | 1-9月 | 1-9月同比增长（%）: three columns, the month's output, the span's and its growth."""
    text = ("某县统计月报\n某县统计局\n工业主要产品产量\n产品名称\n单位\n9月\n1-9月\n1-9月同比增长（%）\n"
            "水泥\n万吨\n2.85\n24.36\n-4.2\n茶叶\n吨\n-\n386\n7.1\n")
    got = _got(_run(extractor, text, "2025-10-20", source="某县统计局"), "value", "role", "period")
    assert got == [("2.85", 28500, "level", "2025-09"), ("24.36", 243600, "level", "2025M01-M09"),
                   ("-4.2", -4.2, "change", "2025M01-M09"), ("386", 386, "level", "2025M01-M09"),
                   ("7.1", 7.1, "change", "2025M01-M09")]
