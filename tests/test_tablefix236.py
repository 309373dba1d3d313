"""Tables an extractor printed a cell a line, left unread in earlier gold sets (bulletins44 z1's 表9 and 表10, read by
`pdftotext -htmlmeta`: a blank line after every cell). Texts invented, in the shape that reader gives such tables."""

from __future__ import annotations

import re

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _sentences(ex: Extractor, text: str) -> list[str]:
    import dataclasses

    from stats.read.manifest import DocMeta
    from stats.read.sources import source_from_text
    src = dataclasses.replace(source_from_text(text), meta=DocMeta("2026-03-28", "", "", "manifest.csv:2"))
    return [s["text"] for s in ex.extract_source(src).sentences]


_OPENING = ("宜春市2025年国民经济和社会发展统计公报（节选）\n十二、卫生健康\n"
            "年末全市共有医疗卫生机构5,386个。医疗卫生机构床位3.42万张，比上年末增加862张。\n")

# a county table a cell a line, row by row, its head over three lines read across them (医疗卫生 and 比上年末 the top
# line's cells, 上年末 centred on the middle one), every count's thousands marked
_COUNTIES = (_OPENING + "表9 2025年末各县市区医疗卫生机构床位\n" + "\n\n".join([
    "县市区", "医疗卫生", "比上年末", "机构床位", "上年末", "增减", "（张）", "（张）", "（%）",
    "全市", "34,218", "33,356", "2.6", "袁州区", "6,842", "6,512", "5.1", "樟树市", "2,936", "2,968", "-1.1",
    "丰城市", "5,624", "5,486", "2.5", "靖安县", "786", "812", "-3.2", "奉新县", "1,468", "1,426", "2.9",
    "万载县", "1,862", "1,834", "1.5"]) + "\n\n注：全市含市直医疗卫生机构。\n")


def test_a_count_with_its_thousands_marked_alone_on_its_line_is_a_cell_no_sweep_goes_on_from(
        extractor: Extractor) -> None:
    """A number alone on its line with its thousands marked (6,842) is a table's cell printed a line, as 786 is: the
    sweep repair goes on from it into no other line. Before, the head's words made the page read as columns swept
    a line at a time and 6,842 ran into the next county's 2,936 (6,8422,9366,5122,968: four cells made one number
    that no reader can take apart, none of them a figure)."""
    got = _sentences(extractor, _COUNTIES)
    assert not any(re.search(r"\d,\d{3}\d", s) for s in got), got
    for cell in ("34,218", "33,356", "6,842", "6,512", "2,936", "2,968", "5,624", "5,486", "1,468", "1,426"):
        assert any(re.search(rf"(?<![\d,]){cell}(?![\d,])", s) for s in got), (cell, got)


# two tables set side by side under one head that repeats, a cell a line row by row, the right table's last label
# (indented: 其中：护理型) printed after the page's folio
_SIDE = (_OPENING + "表10 2025年社会保障主要指标\n" + "\n\n".join([
    "指标", "单位", "2025年", "增长%", "指标", "单位", "2025年", "增长%",
    "职工养老保险参保", "万人", "86.24", "2.6", "城乡低保资金", "亿元", "8.64", "-2.6",
    "居民养老保险参保", "万人", "286.42", "-0.4", "城市低保对象", "万人", "2.14", "-6.1",
    "失业保险参保", "万人", "38.62", "1.8", "养老机构床位", "张", "24,612", "4.2",
    "工伤保险参保", "万人", "52.18", "3.4", "张", "13,468", "9.6", "—2—", "其中：护理型"]) + "\n")


def test_the_last_label_of_a_right_table_printed_past_the_pages_folio_still_names_its_row(
        extractor: Extractor) -> None:
    """The right table's last row (张 13,468 9.6) with its label printed after the page's folio (—2—): the row is
    that label's, as where the label follows its cells straight away. Before, the folio between them left the
    tables unread, and 24,612 ran into the sweep's rhythm: none of the right table's rows gave a figure."""
    got = {q: (m, p, r) for q, m, p, r in _got(_run(extractor, _SIDE, "2026-03-28"), "measure", "period", "role")}
    assert got["13,468"] == ("张", "2025", "level") and got["9.6"] == ("%", "2025", "change")
    assert got["24,612"] == ("张", "2025", "level") and got["4.2"] == ("%", "2025", "change")
    assert got["52.18"] == ("人", "2025", "level") and got["8.64"] == ("元", "2025", "level")


def test_a_county_table_a_cell_a_line_under_a_head_read_across_its_three_lines_gives_every_rows_figures(
        extractor: Extractor) -> None:
    """The same table read to the end: a page whose lines standing alone are a table's cells, most of them numbers
    (a number alone on its line breaks off no sentence), is no sweep of columns, and its lines stay in the order
    printed; the rows, a label and three numbers each with no row number, are read a row a line however many, under
    the fewest lines right over the first row that the table reader reads as a head (机构床位 上年末 增减 （张） （张）
    （%）: 上年末 the year before). Before, the sweep repair ran the head's words together and no row gave a figure."""
    got = {q: (m, p, r, pl) for q, m, p, r, pl in _got(_run(extractor, _COUNTIES, "2026-03-28"),
                                                      "measure", "period", "role", "place")}
    assert got["34,218"] == ("张", "2025", "level", "宜春市") and got["33,356"] == ("张", "2024", "level", "宜春市")
    assert got["6,842"] == ("张", "2025", "level", "袁州区") and got["6,512"] == ("张", "2024", "level", "袁州区")
    assert got["-1.1"] == ("%", "2025", "change", "樟树市") and got["786"] == ("张", "2025", "level", "靖安县")
    assert got["1,834"] == ("张", "2024", "level", "万载县") and got["1.5"] == ("%", "2025", "change", "万载县")
    assert len([q for q in got if q not in ("5,386个", "3.42万张", "862张")]) == 7 * 3  # (every row's, no other)
