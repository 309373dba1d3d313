"""Leftovers of the bulletins16 merge: a bulletin's table as `pdftotext` damages it, its unit note on a line of its own
(单位：万元), its head's top line set with single spaces (指标 2025年 2024年 比上年) and the head's last word's rest
far right on the line under (增长（%）), its rows with wide gaps. The rows were read as columns, one after the other:
the first cell stayed with its label and took the 元 its income word implies (收入126850 → 126850 元, the note's 万
lost: a value 10⁴ too small), dated by the head's last year; the other cells gave nothing. Tables invented, in the
style of county statistical bulletins."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_TOP = (
    '永新县2025年国民经济和社会发展统计公报\n'
    '\n'
    '表3 2025年财政收支\n'
    '\n'
    '单位：{unit}\n'
)
_TWO_LINES = (
    '项目 2025年 2024年 比上年\n'
    '                                        增长（%）\n'
)
_ONE_LINE = '项目      2025年      2024年      比上年增长（%）\n'
_ROWS = (
    '地方财政收入      95420      88310      8.1\n'
    '税收收入      61870      57950      6.8\n'
    '    全年财政收入保持增长。\n'
)


def _table(head: str, unit: str = "万元") -> str:
    return _TOP.format(unit=unit) + head + _ROWS


_WANT = [("95420", "CNY", "level", "2025"), ("88310", "CNY", "level", "2024"), ("8.1", "percent", "change", "2025"),
         ("61870", "CNY", "level", "2025"), ("57950", "CNY", "level", "2024"), ("6.8", "percent", "change", "2025")]


@pytest.mark.parametrize("head", [_TWO_LINES, _ONE_LINE], ids=["two-line head", "one-line head"])
def test_every_cell_of_a_row_under_the_note_is_read(extractor: Extractor, head: str) -> None:
    """Under 单位：万元, whether the head is set on one line with gaps or over two (its top line single-spaced, its
    last word's rest far right under it): all six cells, each in its column's role and year, the money in 万元."""
    figs = _run(extractor, _table(head), "2026-03-20")
    assert _got(figs, "unit", "role", "period") == _WANT
    values = dict(_got(figs, "value"))
    assert values["95420"] == 954_200_000
    assert values["57950"] == 579_500_000


def test_a_note_in_yi_yuan_scales_every_cell(extractor: Extractor) -> None:
    """单位：亿元 over the same head set over two lines: each money cell ×10⁸, none in 元."""
    figs = _run(extractor, _table(_TWO_LINES, "亿元"), "2026-03-20")
    assert _got(figs, "unit", "role", "period") == _WANT
    values = dict(_got(figs, "value"))
    assert values["95420"] == pytest.approx(9.542e12)
    assert values["6.8"] == 6.8


def test_a_label_implying_yuan_under_a_wan_yuan_note_gives_no_figure(extractor: Extractor) -> None:
    """A caption, 单位：万元 and rows with no head the table reader knows, run into one sentence: 地方财政收入 86520
    would read as 86520 元 (收入 implies 元), 10⁴ too small; under the note it gives no figure. Under 单位：元 the
    implied 元 is the note's own: the figure stands, with no time (its column is not told)."""
    text = '表2 2025年财政收支\n单位：{}\n地方财政收入 86520\n税收收入 61230\n全年财政运行平稳。\n'
    assert _got(_run(extractor, text.format("万元"), "2026-03-20"), "value") == []
    assert _got(_run(extractor, text.format("元"), "2026-03-20"), "value", "period") == [
        ("86520", 86520, None), ("61230", 61230, None)]


def test_a_label_implying_yuan_without_a_note_still_reads(extractor: Extractor) -> None:
    """No unit note above: 人均可支配收入35210 is 35210 元, as before."""
    figs = _run(extractor, '全县居民收入稳步提高。\n人均可支配收入35210\n', "2026-03-20")
    assert _got(figs, "value", "unit") == [("35210", 35210, "CNY")]
