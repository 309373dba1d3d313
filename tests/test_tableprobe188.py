"""Column-at-a-time bulletin tables (pdfminer's boxes, a cell a line) that read nothing before tableprobe188: a short
table of three or four rows, and a table of years whose two heads the extractor put on one line. Texts invented, in
the shape those readers give such tables."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_RELEASE = "某市2025年人力资源和社会保障统计数据\n\n"
_ROWS = [("甲区", "11,246", "3.4"), ("乙县", "8,624", "2.6"), ("丙县", "6,418", "-1.2"), ("丁县", "4,120", "0.8")]


@pytest.mark.parametrize("n", [3, 4])
def test_a_short_table_a_column_at_a_time_reads(extractor: Extractor, n: int) -> None:
    """县区 / three or four labels / 城镇新增就业（人） / 比上年增长% / every column in one run. Before, the last label could
    be taken for a third head (丙县 over two rows of three columns) and the table read two ways: a doubt, no figure.
    县区 丙县 reads as no head, so that reading goes; five rows and more read before (the run no whole number of
    three columns)."""
    rows = _ROWS[:n]
    cells = [r[0] for r in rows] + ["城镇新增就业（人）", "比上年增长%"] + [r[1] for r in rows] + [r[2] for r in rows]
    text = _RELEASE + "表2  2025年各县区城镇新增就业\n\n县区\n\n" + "".join(c + "\n\n" for c in cells)
    got = _got(_run(extractor, text, "2026-01-26", "某市人力资源和社会保障局"), "value", "role")
    want = []
    for _place, level, change in rows:
        want += [(level, float(level.replace(",", "")), "level"), (change, float(change), "change")]
    assert got == want


def test_two_heads_on_one_line_over_a_run_of_years(extractor: Extractor) -> None:
    """年份 / 2021年 … 2025年 / 城镇新增就业（万人） 比上年增长% / every column in one run: pdfminer put the two heads' boxes
    on one line (the layout repair folds the single space between them away). Before, the line counted as one head
    cell and the year over it as the other: no figure. Now each year's row reads its count and its growth."""
    years = ["2021", "2022", "2023", "2024", "2025"]
    levels, changes = ["2.12", "2.18", "2.25", "2.30", "2.36"], ["3.1", "2.8", "3.2", "2.2", "2.6"]
    text = (_RELEASE + "表3  2021—2025年城镇新增就业\n\n年份\n\n" + "".join(f"{y}年\n\n" for y in years)
            + "城镇新增就业（万人） 比上年增长%\n\n" + "".join(v + "\n\n" for v in levels + changes))
    got = _got(_run(extractor, text, "2026-01-26", "某市人力资源和社会保障局"), "value", "role", "period")
    want = []
    for y, lv, ch in zip(years, levels, changes, strict=True):
        want += [(lv, round(float(lv) * 10000), "level", y), (ch, float(ch), "change", y)]
    assert got == want


@pytest.mark.parametrize("gap", [" ", "      "])
def test_a_growth_rows_bare_percent_mark_is_its_unit(extractor: Extractor, gap: str) -> None:
    """指标 2021年 … 2025年 / 城镇新增就业（万人） … / 比上年增长% 3.1 2.8 …: the growth row's percent mark at its label's
    end with no bracket is its unit, as 比上年增长（%）'s is. Before, the row had no unit and read nothing: the level row
    alone read."""
    rows = ["指标 2021年 2022年 2023年 2024年 2025年", "城镇新增就业（万人） 2.12 2.18 2.25 2.30 2.36",
            "比上年增长% 3.1 2.8 3.2 2.2 2.6"]
    text = _RELEASE + "表3  2021—2025年城镇新增就业\n" + "".join(r.replace(" ", gap) + "\n" for r in rows)
    got = _got(_run(extractor, text, "2026-01-26", "某市人力资源和社会保障局"), "value", "role", "period")
    years = ["2021", "2022", "2023", "2024", "2025"]
    assert got == [(v, round(float(v) * 10000), "level", y) for v, y in zip(rows[1].split()[1:], years, strict=True)] \
        + [(v, float(v), "change", y) for v, y in zip(rows[2].split()[1:], years, strict=True)]
    # (a row of a rate with its mark bare names no growth: it is not read as one)
    rate = text.replace("比上年增长%", "城镇登记失业率%")
    assert [g[2] for g in _got(_run(extractor, rate, "2026-01-26", "某市人力资源和社会保障局"), "value", "role")] \
        == ["level"] * 5
