"""What the blind pages p49 (张家口日报's 民生 page, read by pdfminer) and p50 (雅安日报's 县域经济 page, read by PDFium)
found. p49 was read whole. p50's 一图读懂 block, a table by county with its units in the column heads, was read not
at all: its last column was named by a growth of more than eight characters (规上工业增加值增长（%）), longer than a
column named by what it holds could be; and a shorter such name (工业增速（%）) read its cells as levels in percent,
not as growths. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

HEAD = "乐山日报 2025年11月13日 星期四 第3版 县域经济\n一图读懂｜前三季度各县（区）经济运行\n"


def test_a_county_tables_column_named_by_a_long_growth_is_read(extractor: Extractor) -> None:
    """A table by county whose last column is a growth named at length (规上工业增加值增长（%）) is read: each row's
    output in its head's 亿元, its two growths changes in percent, all of the row's county."""
    text = HEAD + "\n".join([
        "县（区） 地区生产总值（亿元） 增长（%） 规上工业增加值增长（%）",
        "市中区 212.36 5.4 6.8",
        "沙湾区 88.15 6.1 7.9",
        "",
    ])
    got = _got(_run(extractor, text, "2025-11-13", source="乐山日报"), "value", "measure", "role", "place", "period")
    assert ("212.36", 21236000000, "元", "level", "市中区", "2025Q1-Q3") in got
    assert ("5.4", 5.4, "%", "change", "市中区", "2025Q1-Q3") in got
    assert ("6.8", 6.8, "%", "change", "市中区", "2025Q1-Q3") in got
    assert ("7.9", 7.9, "%", "change", "沙湾区", "2025Q1-Q3") in got
    assert len(got) == 6


def test_a_county_tables_growth_column_holds_changes_not_levels(extractor: Extractor) -> None:
    """A column named by what grows and ending in its growth word (工业增速（%）) holds growths: changes, never
    levels in percent; a column named by a rate with no growth word (城镇化率（%）) still holds levels."""
    text = HEAD + "\n".join([
        "县（区） 工业增速（%） 城镇化率（%）",
        "五通桥区 8.2 61.4",
        "犍为县 7.5 43.8",
        "",
    ])
    got = _got(_run(extractor, text, "2025-11-13", source="乐山日报"), "value", "role", "place")
    assert ("8.2", 8.2, "change", "五通桥区") in got and ("7.5", 7.5, "change", "犍为县") in got
    assert ("61.4", 61.4, "level", "五通桥区") in got and ("43.8", 43.8, "level", "犍为县") in got
