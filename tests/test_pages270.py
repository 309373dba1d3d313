"""What the blind pages p129 and p130 of data/gold/pages showed (pages270): DOCSTRING_TO_FILL."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def _rows(*rows: str, width: int = 72) -> str:
    """Rows as pdfplumber's layout text prints them at a fine y_density: each set in by the page's margin, padded to
    the page's width, a row of spaces between every two."""
    return "\n".join(("      " + r).ljust(width) + "\n" + " " * width for r in rows) + "\n"


def test_a_head_over_two_rows_of_wholes_and_their_parts_reads_every_cell(extractor: Extractor) -> None:
    """A table by county whose head is set over two rows, each top word over its whole (合计) and a part of it (其中护理型,
    其中：女性): the groups open on the whole, so the bottom's pieces fall under their top words (`grouped_head`), each
    cell a count of its top word's, in its unit (a part after 其中 takes its whole's metric), of the county it stands
    beside; a blank row between every two, as pdfplumber's layout text at a fine y_density prints them."""
    text = _rows("钦州日报 2026年12月3日 星期四 第2版 综合", "", "截至11月底各县（区）养老机构床位和城镇新增就业情况",
                 "县（区）       养老机构床位（张）              城镇新增就业（人）",
                 "            合计          其中护理型      合计           其中：女性",
                 "钦北区       1240          780           2650           1130",
                 "浦北县       860           410           1920           870", "", "", "全市就业形势稳定")
    got = quoted(dated_figures(extractor, text, "2026-12-03", "钦州日报"), "value", "measure", "place")
    for quote, measure, place in (("1240", "张", "钦北区"), ("780", "张", "钦北区"), ("2650", "人", "钦北区"),
                                  ("1130", "人", "钦北区"), ("860", "张", "浦北县"), ("410", "张", "浦北县"),
                                  ("1920", "人", "浦北县"), ("870", "人", "浦北县")):
        assert (quote, float(quote), measure, place) in got, quote
    figs = {f["quote"]: f for f in dated_figures(extractor, text, "2026-12-03", "钦州日报")}
    assert "beds" in figs["780"]["metric"] and figs["1130"]["metric"].startswith("jobs.")


def test_a_column_of_place_names_a_line_each_carries_no_place_on(extractor: Extractor) -> None:
    """A table's label column that an extractor printed a name a line (pdfminer's box of it), its numbers elsewhere:
    a run of sentences each one county's name alone is no subject of the text after it, so a figure after the run
    takes the area in force before it (the paper's city), not the last name of the column; one name alone over an
    item (a brief's heading) still places what follows."""
    text = ("通辽日报 2026年12月14日 星期一 第1版 要闻\n\n全市就业形势稳定\n\n"
            "本报讯 今年以来，全市开发公益性岗位3200个。\n\n"
            "开鲁县\n\n奈曼旗\n\n库伦旗\n\n1960\n\n1740\n\n一次性扩岗补助\n\n企业登录平台申报，按每人1500元标准拨付。\n\n"
            "扎鲁特旗\n\n今年红干椒种植面积达到45万亩。\n")
    got = quoted(dated_figures(extractor, text, "2026-12-14", "通辽日报"), "place")
    assert ("1500元", "通辽市") in got
    assert ("45万亩", "扎鲁特旗") in got
