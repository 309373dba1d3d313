"""Tables left unread in earlier gold sets, read now (tablefix242): a table printed a cell a line that a page cut, its
rows going on under a 续表 mark that sets no head again (bulletins44 z1's 续表9, row by row; and a table read from its
label column's head word, `repair.columns.Cells`); and the rows under an index row that gives no figure (bulletins3
c07's 居民消费价格指数 | 上年同期=100). Texts invented, in the shape `pdftotext -htmlmeta` gives such tables (a blank
line after every cell) and a data release's table set out with bars."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_OPENING = ("九江市2025年国民经济和社会发展统计公报（节选）\n十一、卫生健康\n"
            "年末全市共有医疗卫生机构4,862个。医疗卫生机构床位3.18万张，比上年末增加746张。\n")


def _cells(*cells: str) -> str:
    return "\n\n".join(cells)


_HEAD = _cells("县市区", "医疗卫生", "比上年末", "机构床位", "上年末", "增减", "（张）", "（张）", "（%）")
_FIRST = _cells("全市", "31,826", "31,080", "2.4", "濂溪区", "2,648", "2,592", "2.2", "柴桑区", "1,936", "1,958", "-1.1",
                "武宁县", "1,412", "1,386", "1.9")


def _continued(*rows: str) -> str:
    """表6 a cell a line, cut by a page after its fourth row (its folio, —1—), the rest under 续表6 with no head."""
    return (_OPENING + "表6 2025年末各县市区医疗卫生机构床位\n" + _HEAD + "\n\n" + _FIRST + "\n\n—1—\n\n\f续表6\n"
            + _cells(*rows) + "\n\n注：全市含市直医疗卫生机构。\n")


_SAME = _continued("修水县", "2,386", "2,312", "3.2", "永修县", "1,268", "1,284", "-1.2", "瑞昌市", "1,546", "1,498", "3.2")
# the rows under the mark hold a cell more than the head's columns: whose is which is not known
_WIDER = _continued("修水县", "2,386", "2,312", "74", "3.2", "永修县", "1,268", "1,284", "-16", "-1.2")


def test_rows_under_a_continued_mark_with_no_head_read_under_the_head_of_the_table_they_continue(
        extractor: Extractor) -> None:
    """A page cut the table: its rows go on under 续表6, no head set again. Each row a label and as many numbers as the
    rows over the mark (three): read a row a line under the head of the table it continues, with its year (上年末:
    2024) and its units. Before, no head stood over them and their cells ran together (2,3862,312: no figure)."""
    got = {q: (m, p, r, pl) for q, m, p, r, pl in _got(_run(extractor, _SAME, "2026-03-28"),
                                                      "measure", "period", "role", "place")}
    assert got["31,826"] == ("张", "2025", "level", "九江市") and got["1,386"] == ("张", "2024", "level", "武宁县")
    assert got["2,386"] == ("张", "2025", "level", "修水县") and got["2,312"] == ("张", "2024", "level", "修水县")
    assert got["-1.2"] == ("%", "2025", "change", "永修县") and got["1,284"] == ("张", "2024", "level", "永修县")
    assert got["1,546"] == ("张", "2025", "level", "瑞昌市") and got["1,498"] == ("张", "2024", "level", "瑞昌市")
    assert len([q for q in got if q not in ("4,862个", "3.18万张", "746张")]) == 4 * 3 + 3 * 3 - 1  # (3.2 twice)


def test_rows_under_a_continued_mark_with_more_cells_than_the_head_give_no_figure(extractor: Extractor) -> None:
    """Rows under 续表6 with four numbers each where the table's head has three columns: not the same table's rows,
    or a column the head does not show; which cell is whose is not known, so none of them is read (the rows over the
    mark still are)."""
    got = {q for (q,) in _got(_run(extractor, _WIDER, "2026-03-28"))}
    assert {"31,826", "1,412", "1.9"} <= got
    assert not got & {"2,386", "2,312", "74", "3.2", "1,268", "1,284", "-16", "-1.2"}, got


def _relief(*rest: str) -> str:
    """表8 a cell a line under 指标 | 单位 | 2025年 | 增长% (two value columns), cut by a page after its second row."""
    return ("赣州市2025年国民经济和社会发展统计公报\n\n十、社会保障\n全年发放城乡低保资金12.46亿元，下降3.4%。\n"
            "表8 2025年社会救助主要指标\n"
            + _cells("指标", "单位", "2025年", "增长%", "城乡低保资金", "亿元", "12.46", "-3.4",
                     "城市低保对象", "万人", "3.18", "-5.2", "—1—", "\f续表8", *rest)
            + "\n\n注：城市低保对象含城镇特困人员。\n")


def test_a_cell_a_line_tables_rows_under_a_continued_mark_go_on_under_its_head(extractor: Extractor) -> None:
    """The table read from its label column's head word (指标) a cell a line, its rows joined a row a line: under
    续表8 with no head set again, the rows go on joined under the same head where each holds its label, its unit cell
    and a number for each column. Before, the rows under the mark stayed a cell a line and gave no figure."""
    got = {q: (m, p, r) for q, m, p, r in _got(_run(extractor, _relief(
        "特困供养人员", "万人", "2.06", "1.5", "临时救助", "万人次", "4.12", "6.3"), "2026-03-20"),
        "measure", "period", "role")}
    assert got["3.18"] == ("人", "2025", "level") and got["-5.2"] == ("%", "2025", "change")
    assert got["2.06"] == ("人", "2025", "level") and got["1.5"] == ("%", "2025", "change")
    assert got["4.12"] == ("人次", "2025", "level") and got["6.3"] == ("%", "2025", "change")


def test_a_cell_a_line_tables_rows_under_a_continued_mark_with_a_cell_more_give_no_figure(
        extractor: Extractor) -> None:
    """… but rows with a number more than the head's columns (2.06 | 1.98 | 1.5) are no rows of it: handed on as they
    came, none of their numbers read; and a head set again under the mark opens its table as any head does."""
    got = {q for (q,) in _got(_run(extractor, _relief(
        "特困供养人员", "万人", "2.06", "1.98", "1.5", "临时救助", "万人次", "4.12", "3.88", "6.3"), "2026-03-20"))}
    assert "3.18" in got and not got & {"2.06", "1.98", "1.5", "4.12", "3.88", "6.3"}, got
    again = {q: (m, p, r) for q, m, p, r in _got(_run(extractor, _relief(
        "指标", "单位", "2025年", "增长%", "特困供养人员", "万人", "2.06", "1.5", "临时救助", "万人次", "4.12", "6.3"),
        "2026-03-20"), "measure", "period", "role")}
    assert again["2.06"] == ("人", "2025", "level") and again["6.3"] == ("%", "2025", "change")


# a monthly table set out with bars, a unit column: an index row (its unit cell its base, 上年同期=100) over two rows
_INDEX = ("2025年前三季度池州市经济运行情况\n\n池州市2025年1—9月主要经济指标\n指标 | 单位 | 1—9月 | 同比增长%\n"
          "一般公共预算收入 | 亿元 | 86.4 | 3.1\n居民消费价格指数 | 上年同期=100 | 100.2 | —\n"
          "金融机构各项存款余额（9月末） | 亿元 | 2846.2 | 7.6\n城镇居民人均可支配收入 | 元 | 38642 | 4.8\n\n"
          "注：地区生产总值按现价计算。\n")


def test_an_index_row_whose_unit_cell_names_its_base_reads_none_and_the_rows_under_it_go_on(
        extractor: Extractor) -> None:
    """居民消费价格指数 | 上年同期=100 | 100.2 | —: a row of the table, its cells as many as the head's, that gives no
    figure (an index, its unit its base). Before, it ended the table and the two rows under it gave none; now the head
    holds over it and they read under it (1—9月, the change column's percent)."""
    got = {q: (m, p, r) for q, m, p, r in _got(_run(extractor, _INDEX, "2025-10-24", "池州市统计局"),
                                               "measure", "period", "role")}
    assert got["86.4"] == ("元", "2025M01-M09", "level") and got["3.1"] == ("%", "2025M01-M09", "change")
    assert got["2846.2"] == ("元", "2025M01-M09", "level") and got["7.6"] == ("%", "2025M01-M09", "change")
    assert got["38642"] == ("元", "2025M01-M09", "level") and got["4.8"] == ("%", "2025M01-M09", "change")
    assert "100.2" not in got
