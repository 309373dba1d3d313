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



_PARTS = ("某某县医疗保障局", "某某县2025年医疗保障事业发展统计公报\n一、参保情况\n年末全县基本医疗保险参保人数36.42万人。\n"
          "表1 2025年末医疗保险参保人数\n单位：万人\n险种\n年末数\n比上年末增减\n")
_SWAPPED = ("城乡居民基本医疗保险\n29.84\n-0.38\n基本医疗保险\n36.42\n0.52\n6.18\n0.21\n生育保险\n{part}\n5.96\n0.14\n"
            "长期护理保险\n4.86\n0.33\n")


def test_a_parts_label_printed_after_the_next_rows_label_takes_the_row_left_without_one(extractor: Extractor) -> None:
    """pdftotext a cell a line, row by row: the indented part's label (其中：…) printed after the next row's label, its
    own numbers left in place under its whole's (基本医疗保险 / 36.42 / 0.52 / 6.18 / 0.21 / 生育保险 / 其中：职工… /
    5.96 / 0.14): the part takes the row its whole left over, the label over it the numbers after the part's label. A
    label with no numbers over another row's label (no part's) is no such swap: the row left over gives nothing."""
    src, head = _PARTS
    figs = _run(extractor, head + _SWAPPED.format(part="其中：职工基本医疗保险"), "2026-04-20", source=src)
    rows = {f["quote"]: f["sentence"] for f in figs}
    assert rows["6.18"] == rows["0.21"] == "其中：职工基本医疗保险 6.18 0.21"
    assert rows["5.96"] == rows["0.14"] == "生育保险 5.96 0.14"
    assert rows["36.42"] == "基本医疗保险 36.42 0.52" and rows["4.86"] == "长期护理保险 4.86 0.33"
    figs = _run(extractor, head + _SWAPPED.format(part="工伤保险"), "2026-04-20", source=src)
    assert not {"6.18", "0.21"} & {f["quote"] for f in figs}
