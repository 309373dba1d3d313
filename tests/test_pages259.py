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


def _wrap(text: str, n: int, indent: int = 2) -> list[str]:
    """text set in lines of n characters, the first set in by `indent` spaces."""
    out, line = [], " " * indent
    for ch in text:
        if len(line) == n:
            out.append(line)
            line = ""
        line += ch
    return [*out, line]


def _kept(*rows: str, width: int = 64) -> str:
    """Rows as pdfplumber's layout text prints them: each set in by the page's margin, padded with spaces to the
    page's width, and a line of spaces for a blank one."""
    return "\n".join(("    " + r).ljust(width) for r in rows) + "\n"


def test_a_layout_page_whose_columns_stand_a_space_apart_is_cut_at_its_gutters(extractor: Extractor) -> None:
    """pdfplumber's layout text at a coarse x_density (a text column every 10 points, wider than a 9-point character)
    leaves one space between an item's columns, and sets every line in by the page's margin and pads it to the page's
    width: the margin and the padding are no spaces of the line's own, so its rows are glued rows as any, cut at their
    one space (`_row_spans`): 1—11月 and 1960人, each cut over two lines of its column, read whole."""
    left = _wrap("本报讯（记者 韩梅）12月8日，记者从市人社局获悉，1—11月，全市城镇新增就业2.46万人，完成年度目标任务的"
                 "108%；农村劳动力转移就业21.3万人次。", 26)
    right = _wrap("前三季度，全市发放创业担保贷款2.8亿元，扶持创业1960人，带动就业5200人。明年，全市计划城镇新增就业"
                  "2.3万人。", 26, 0)
    rows = [f"{a} {b}" if b else a for a, b in zip(left, right + [""] * (len(left) - len(right)), strict=True)]
    text = _kept("海东日报 2026年12月9日 星期三 第2版 综合", "", "全市就业形势总体稳定", "", *rows, "", "")
    got = quoted(dated_figures(extractor, text, "2026-12-09", "海东日报"), "value", "period", "place")
    assert ("2.46万人", 24600.0, "2026M01-M11", "海东市") in got
    assert ("1960人", 1960.0, "2026Q1-Q3", "海东市") in got
    assert ("2.3万人", 23000.0, "2027", "海东市") in got


def test_a_maps_legend_keeps_the_count_its_last_entry_ends_on(extractor: Extractor) -> None:
    """A map's legend under a page's glued rows, each entry its own symbol and its count, a space apart (■…6个
    ●…58个 ▲…), cut over lines as the caption runs: an entry whose line ends on its count (●…58个), the entry before
    it ended on its own count right before its symbol, is the last of a list whose entries each end on their number
    (`Interleave._listed`), its number whole, not a number cut at a line's end and left out."""
    left = _wrap("本报讯（记者 韩梅）12月8日，记者从市人社局获悉，1—11月，全市城镇新增就业2.46万人，完成年度目标任务的"
                 "108%；农村劳动力转移就业21.3万人次。", 26)
    right = _wrap("前三季度，全市发放创业担保贷款2.8亿元，扶持创业1960人，带动就业5200人。明年，全市计划城镇新增就业"
                  "2.3万人。", 26, 0)
    rows = [f"{a} {b}" if b else a for a, b in zip(left, right + [""] * (len(left) - len(right)), strict=True)]
    legend = ["全市城乡养老服务设施分布示意图（截至2026年11月） 图例：■区县级养老",
              "服务中心5个 ●街道综合养老服务中心43个 ▲农村互助", "幸福院860个"]
    text = _kept("海东日报 2026年12月9日 星期三 第2版 综合", "", "全市就业形势总体稳定", "", *rows, "", "", *legend, "", "")
    got = quoted(dated_figures(extractor, text, "2026-12-09", "海东日报"), "value", "period", "place")
    assert ("43个", 43.0, "2026-11", "海东市") in got
    assert ("5个", 5.0, "2026-11", "海东市") in got and ("860个", 860.0, "2026-11", "海东市") in got
