"""What the blind pages p127 and p128 of data/gold/pages showed (pages259): (docstring written at the end)."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def _boxes(*lines: str) -> str:
    """Lines as pdfminer prints its text boxes: a blank line after each."""
    return "\n\n".join(lines) + "\n"


def test_a_two_column_table_printed_heads_over_labels_reads_a_row_a_label(extractor: Extractor) -> None:
    """pdfminer printing a table of one value column a box at a time, both head cells over the labels, then the
    column's numbers (区 / 床位数（张） / four districts / four numbers): the value column's head reads as a head alone
    (the words before its own its title), so the label column's head is told as the line that is a row's label, no
    head alone, and that set first makes one (`_headed_table`): each district its own number, in 张."""
    text = _boxes("三亚日报 2026年12月3日 星期四 第3版 民生", "全市养老服务持续扩容",
                  "本报讯 截至11月底，全市养老机构床位达到4200张。", "截至11月底各区养老机构床位",
                  "区", "养老机构床位（张）", "海棠区", "吉阳区", "天涯区", "崖州区", "860", "1340", "1120", "880",
                  "就业服务暖民心")
    got = quoted(dated_figures(extractor, text, "2026-12-03", "三亚日报"), "value", "measure", "place")
    for quote, place in (("860", "海棠区"), ("1340", "吉阳区"), ("1120", "天涯区"), ("880", "崖州区")):
        assert (quote, float(quote), "张", place) in got
