"""What the blind set data/gold/bulletins17 found: four bulletins of 2025 as pdftotext leaves them (a county 统计公报,
a prefecture 卫生健康 bulletin, a county 人社 bulletin, a county 统计月报 with cells one a line). Blind, recall 0.62:
every prose figure and every head on one line was read, but no table whose head runs over two lines with the label's
word on the bottom line (参保人数 基金收入 / 险种 （万人） （亿元）), nor tables laid out a cell a line. Fixed since:
the first kind, read by where its words stand, also where the repair ran its two lines into one sentence; a
difference column's sign note (增减 / （+、-）) is no unit. Sentences invented, in the style of such bulletins."""

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
