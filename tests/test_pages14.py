"""What the blind pages p23 and p24 of data/gold/pages showed (pages14): a city daily's box of main
figures printed as a table whose cells write their own unit (指标 总量 比上年增长 / 地区生产总值 5976.3亿元
4.3%), under a county's brief. Tables invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures

# a county's brief, then a table of the city's main figures: a title line, a head whose growth column has
# no percent mark, rows whose cells carry their unit
_BOX = ("■本报讯 依兰县今年将新建村级养老服务站16个。\n"
        "2024年全市主要经济指标\n"
        "指标 总量 比上年增长\n"
        "地区生产总值 3120.5亿元 5.4%\n"
        "居民人均可支配收入 35210元 4.9%\n")


def _rows(extractor: Extractor, text: str) -> list[tuple]:
    figs = dated_figures(extractor, text, "2025-01-16", "城市日报", "哈尔滨市")
    return [(f["quote"], f["role"], f["period"], f["place"], f["subject"]) for f in figs]


def test_cells_that_write_their_unit_read_by_their_column(extractor: Extractor) -> None:
    """Each row is a paragraph of its own (read as one sentence before: every cell a level, of the
    county); the growth column's cells are changes, the total's levels, of the year and the place the title
    names (全市 of the city, not the county of the brief above)."""
    assert [r if r[0] != "16个" else r[:4] for r in _rows(extractor, _BOX)] == [
        ("16个", "target", "2025", "依兰县"),
        ("3120.5亿元", "level", "2024", "哈尔滨市", "地区生产总值"),
        ("5.4%", "change", "2024", "哈尔滨市", "地区生产总值"),
        ("35210元", "level", "2024", "哈尔滨市", "居民人均可支配收入"),
        ("4.9%", "change", "2024", "哈尔滨市", "居民人均可支配收入"),
    ]


def test_a_cell_without_its_unit_under_an_unmarked_growth_column_reads_no_table(extractor: Extractor) -> None:
    """比上年增长 with no mark over a bare number: an amount or a rate? The row is read as a sentence: the
    total that writes its unit is a figure, the bare number none."""
    text = "2024年全市主要经济指标\n指标 总量 比上年增长\n地区生产总值 3120.5亿元 5.4\n"
    assert [(q, r) for q, r, *_ in _rows(extractor, text)] == [("3120.5亿元", "level")]


def test_a_sentence_ending_in_a_growth_word_is_no_head(extractor: Extractor) -> None:
    """A title run on into a head must hold two value columns and no mark of a sentence: 各项指标增长 is no
    head, and the figure under it keeps the role its own words give."""
    text = "全市各项指标增长\n地区生产总值 3120.5亿元\n"
    assert [(q, r) for q, r, *_ in _rows(extractor, text)] == [("3120.5亿元", "level")]
    assert extractor.tables.head("全市各项指标增长")[0] is None
    assert extractor.tables.head("2024年全市主要经济指标，指标总量比上年增长")[0] is None
    # (the title is the caption of tables.yaml's title pattern: the rows' time is the text's, as for a
    # release of 1—9月, not the year its title names)
    head = extractor.tables.head("2024年全市主要经济指标指标总量比上年增长")[0]
    assert head is not None and [c.role for c in head.columns] == ["level", "change"]
