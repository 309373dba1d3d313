"""Tables a reader printed a cell a line (`pdftotext` without -layout: each cell a line, a blank line after it), read
by `repair.columns.Cells` and the table reader: a fall written in brackets on a line of its own. Texts invented, in the
shape such readers give a 统计公报's tables."""

from __future__ import annotations

import pytest

from stats.repair.layout import fold_width
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def _cells(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


# a 指标 | 单位 | 2025年 | 增长% table a cell a line, its falls in brackets (（3.4）), as the wide-gap row has them
_RELIEF = ("赣州市2025年国民经济和社会发展统计公报\n\n十、社会保障\n全年发放城乡低保资金12.46亿元，下降3.4%。\n"
           "表8 2025年社会救助主要指标\n"
           + _cells("指标", "单位", "2025年", "增长%", "城乡低保资金", "亿元", "12.46", "（3.4）",
                    "城市低保对象", "万人", "3.18", "（5.2）", "特困供养人员", "万人", "2.06", "1.5"))


def test_a_fall_in_brackets_on_its_own_line_under_a_number_is_signed() -> None:
    """A decimal in brackets alone on its line right under a number alone (a cell a line) is a fall, folded one for
    one as the wide-gap row's is (the opening bracket a minus, the closing one a space); in running text, after a
    word, or a whole number, the brackets stay."""
    assert fold_width("12.46\n\n（3.4）\n\n城市") == "12.46\n\n-3.4 \n\n城市"
    assert fold_width("3.18\r\n(5.2)\r\n（0.6）\r\n") == "3.18\r\n-5.2 \r\n-0.6 \r\n"
    assert fold_width("1,246\n（2.5）\n") == "1,246\n-2.5 \n"
    assert fold_width("增长\n\n（3.4）\n") == "增长\n\n（3.4）\n"  # (under a word: no cell's)
    assert fold_width("98\n\n（2）\n") == "98\n\n（2）\n"  # (a whole number: a part's count maybe)
    assert fold_width("12.46\n（3.4）亿元\n") == "12.46\n（3.4）亿元\n"  # (words after it: no cell alone)


@pytest.mark.slow  # (the pipeline: near 0.2 s)
def test_a_cell_a_line_tables_falls_in_brackets_are_figures(extractor: Extractor) -> None:
    """Before, the bracketed cells of a table printed a cell a line gave no figure (the row read 亿元12.46 （3.4）, a
    fall's sign unsure); now they read as the falls the same row set with gaps gives."""
    figs = dated_figures(extractor, _RELIEF, "2026-03-20", "赣州市统计局")
    got = quoted(figs, "value", "role", "unit")
    assert ("-3.4", -3.4, "change", "percent") in got
    assert ("-5.2", -5.2, "change", "percent") in got
    assert ("1.5", 1.5, "change", "percent") in got
    assert ("3.18", 31800.0, "level", "person") in got
