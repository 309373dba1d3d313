"""What the blind set data/gold/bulletins27 found (three 2025 bulletins of our own with tables, typeset as PDF and read
back by readers no set used: scripts/gold_bulletins27.py), and bulletins25's 基金 table that pdfminer printed a column at
a time after the table's note, the next heading and the caption. Sentences and tables invented, in the style of such
bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_SRC = "某某市卫生健康局"
_HEAD = "某某市2025年卫生健康事业发展统计公报\n一、卫生资源\n年末全市医疗卫生机构床位1520张。\n表1  2025年医疗卫生资源情况\n"
_PROSE = "二、医疗服务\n全年全市医疗卫生机构总诊疗人次96.48万人次，比上年增长2.7%。\n"


def test_the_years_of_a_table_head_set_apart_from_its_rows_date_no_prose_after_it(extractor: Extractor) -> None:
    """pdfminer with a wide line_margin printed a table's head cells a box each (2025年 / 单位, 2024年 / 增减), far from its
    rows: the head's last year, 2024年, is a column's, not the year the text turns to; 全年 in the next section is still
    the bulletin's 2025. A line that says more than a head's words (2024年工作回顾), or words a heading may say too
    (2024年完成情况), does turn the text to that year."""
    head = "2025年\n单位\n\n2024年\n\n增减\n\n指标\n\n床位数\n"
    got = _got(_run(extractor, _HEAD + head + _PROSE, "2026-05-20", source=_SRC), "period")
    assert got == [("1520张", "2025"), ("96.48万人次", "2025"), ("2.7%", "2025")]
    for line in ("2024年工作回顾", "2024年完成情况"):  # (完成情况: a level column's word, and a heading's too)
        review = _HEAD + line + "\n" + _PROSE
        got = _got(_run(extractor, review, "2026-05-20", source=_SRC), "period")
        assert got == [("1520张", "2025"), ("96.48万人次", "2024"), ("2.7%", "2024")]


def _lines(*cells: str) -> str:
    """Boxes as pdfminer prints them: a line each, a blank line after each."""
    return "".join(f"{c}\n\n" for c in cells)


_FUND = ("某某省人力资源和社会保障厅", "某某省2025年人力资源和社会保障事业发展统计公报\n二、社会保险\n"
         "全年全省社会保险基金总收入862.40亿元。\n")
_LABELS = ("险种", "城镇职工基本养老保险", "失业保险", "工伤保险")
_BETWEEN = ("注：基金收入含财政补贴收入。", "三、劳动关系", "表2", "2025年社会保险基金收支情况")
_COLUMNS = ("基金", "收入", "612.36", "28.14", "16.52", "基金", "支出", "586.20", "24.68", "14.06", "单位：亿元", "年末",
            "累计结存", "928.44", "56.18", "22.90")
_AFTER = "全年全省劳动人事争议仲裁机构共处理争议案件1.26万件。\n"


def test_a_fund_table_whose_labels_came_before_its_note_heading_and_caption_reads_row_by_row(
        extractor: Extractor) -> None:
    """pdfminer printed the label column's box first, then the note under the table, the next section's heading and the
    caption (its number and its words on two lines), then each column under its head broken over two lines (基金 /
    收入), the unit note between the second and the third: the rows read, each cell in the note's 亿元, of the
    caption's year; the heading after them still opens its section."""
    text = _FUND[1] + _lines(*_LABELS, *_BETWEEN, *_COLUMNS) + _AFTER
    figs = _run(extractor, text, "2026-06-10", source=_FUND[0])
    assert _got(figs, "value", "period") == [
        ("862.40亿元", 86240000000, "2025"),
        ("612.36", 61236000000, "2025"), ("586.20", 58620000000, "2025"), ("928.44", 92844000000, "2025"),
        ("28.14", 2814000000, "2025"), ("24.68", 2468000000, "2025"), ("56.18", 5618000000, "2025"),
        ("16.52", 1652000000, "2025"), ("14.06", 1406000000, "2025"), ("22.90", 2290000000, "2025"),
        ("1.26万件", 12600, "2025")]


def test_labels_not_as_many_as_the_cells_of_each_column_make_no_table(extractor: Extractor) -> None:
    """With a label lost (two labels over columns of three cells) which row a cell is of is a guess: no figure of the
    table, while the prose around it still reads."""
    text = _FUND[1] + _lines(*_LABELS[:-1], *_BETWEEN, *_COLUMNS) + _AFTER
    got = _got(_run(extractor, text, "2026-06-10", source=_FUND[0]), "value")
    assert got == [("862.40亿元", 86240000000), ("1.26万件", 12600)]
