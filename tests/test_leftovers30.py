"""Leftovers of earlier sets (leftovers30): a table pdfminer printed a column at a time under a two-level head (its
top cells each with a unit, over the same years again and again). Tables invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _column_major(years: list[str], caption: bool = True) -> str:
    """A county's bulletin whose table 类别 / 机构数（个）/ 床位数（张）, over two years each, came out a cell a line:
    the label column's head and the top cells, the caption, the labels, then each column under its year."""
    cols = [["46", "31", "15"], ["48", "33", "15"], ["2185", "1426", "759"], ["2146", "1398", "748"]]
    lines = ["某县2025年民政事业发展统计公报", "", "全县养老服务稳步发展。", "",
             "类别", "机构数（个）", "床位数（张）", *(["表1", "2025年养老服务机构情况"] if caption else []),
             "合计", "养老院", "日间照料中心"]
    for year, col in zip(years, cols, strict=True):
        lines += [year, *col]
    lines += ["注：床位数含护理型床位。", ""]
    return "\n\n".join(lines)


def test_a_two_level_head_printed_a_cell_a_line_is_read_a_row_a_line(extractor: Extractor) -> None:
    """The top cells span the columns in order, as many each, where the columns' years repeat once a top cell: each
    number takes its row, its year and its top cell's unit (个 or 张), with or without a caption among the heads."""
    for caption in (True, False):
        got = _got(_run(extractor, _column_major(["2025年", "2024年", "2025年", "2024年"], caption), "2026-04-02"),
                   "value", "measure", "period")
        assert ("46", 46.0, "个", "2025") in got and ("48", 48.0, "个", "2024") in got
        assert ("2185", 2185.0, "张", "2025") in got and ("748", 748.0, "张", "2024") in got
        assert len(got) == 12


def test_columns_whose_heads_do_not_repeat_are_left_unread(extractor: Extractor) -> None:
    """Four years under two top cells, no year twice: which columns each top cell spans is not sure, so no number of
    the table is read (a wrong unit or year being worse than none)."""
    got = _got(_run(extractor, _column_major(["2025年", "2024年", "2023年", "2022年"]), "2026-04-02"))
    assert not {quote for quote, in got} & {"46", "31", "15", "48", "33", "2185", "1426", "759", "2146", "1398", "748"}
