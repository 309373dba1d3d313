"""Bulletin tables read wrong (tableprobe176), invented tables as text readers give them. A head with two change
columns (本期 上年同期 同比增长% 上年增长%) reads the year before's own growth as a change of that year, one column,
where it read no row at all; a base column whose word names only when (上年末（张）) counts what the cell on its left
counts; the total row of a table ranked in its last column (排名) reads its cells without a rank.
Where the order of a head's pieces cannot be known (a head wrapped over three lines read line
by line, a cell a line), nothing is read from the rows; no value is paired with another row's label or column's head."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_SLOW = pytest.mark.slow
_JOBS = "某县2025年国民经济和社会发展统计公报\n\n五、就业\n表4 2025年城镇新增就业\n单位：人\n"
_BEDS = ("某市2025年国民经济和社会发展统计公报\n\n十二、卫生健康\n年末全市医疗卫生机构床位1.24万张。\n"
         "表3 2025年末各县区医疗卫生机构床位\n")
_CELLS = ("全市\n\n12,400\n\n12,100\n\n2.5\n\n甲县\n\n3,200\n\n3,100\n\n3.2\n\n乙县\n\n2,900\n\n2,950\n\n-1.7\n\n"
          "注：全市含市直医疗卫生机构。\n")
_ROWS = "城镇新增就业 8420 8160 3.2 2.1\n失业人员再就业 2310 2260 2.2 -1.4\n"


def test_a_head_with_the_year_befores_growth_reads_it_as_that_years_change(extractor: Extractor) -> None:
    """本期 上年同期 同比增长% 上年增长%: four cells a row, the last the growth of 2024 over 2023 (a change of 2024),
    each cell its own row's count."""
    got = _got(_run(extractor, _JOBS + "指标 本期 上年同期 同比增长% 上年增长%\n" + _ROWS, "2026-03-20"),
               "value", "role", "period", "subject")
    assert got == [("8420", 8420, "level", "2025", "城镇新增就业"), ("8160", 8160, "level", "2024", "城镇新增就业"),
                   ("3.2", 3.2, "change", "2025", "城镇新增就业"), ("2.1", 2.1, "change", "2024", "城镇新增就业"),
                   ("2310", 2310, "level", "2025", "失业人员再就业"), ("2260", 2260, "level", "2024", "失业人员再就业"),
                   ("2.2", 2.2, "change", "2025", "失业人员再就业"), ("-1.4", -1.4, "change", "2024", "失业人员再就业")]


@pytest.mark.parametrize(("head", "row", "want"), [
    # the base before any change: a level and a change, as before (本年 上年 增长%)
    pytest.param("指标 本年 上年 增长%", "城镇新增就业 8420 8160 3.2",
                 [("level", "2025"), ("level", "2024"), ("change", "2025")], marks=_SLOW),
    pytest.param("指标 本期 上年同期 同比增长%", "城镇新增就业 8420 8160 3.2",
                 [("level", "2025"), ("level", "2024"), ("change", "2025")], marks=_SLOW),
    pytest.param("指标 本期 上年同期 同比增长% 上年同期增长%", "城镇新增就业 8420 8160 3.2 2.1",
                 [("level", "2025"), ("level", "2024"), ("change", "2025"), ("change", "2024")], marks=_SLOW),
    pytest.param("指标 单位 本期 上年同期 同比增长（%） 上年增长（%）", "城镇新增就业 人 8420 8160 3.2 2.1",
                 [("level", "2025"), ("level", "2024"), ("change", "2025"), ("change", "2024")], marks=_SLOW)])
def test_a_base_word_joins_a_change_word_only_after_the_base_level(extractor: Extractor, head: str, row: str,
                                                                   want: list[tuple[str, str]]) -> None:
    """A base word run into a change word (上年增长) is the base's growth only once the head has named the base's level
    and a change; 本年 上年 增长% and 本期 上年同期 同比增长% keep their three columns."""
    got = _got(_run(extractor, _JOBS + head + "\n" + row + "\n", "2026-03-20"), "role", "period")
    assert [g[1:] for g in got] == want
    assert [g[0] for g in got] == row.split()[-len(want):]


@pytest.mark.slow
def test_a_row_of_no_count_still_takes_the_captions_title(extractor: Extractor) -> None:
    """A row naming only a place (顺庆区) under 表2 2025年各县市区城镇新增就业 still reads the caption's count in every
    cell: the row's words name nothing, so the title does."""
    text = ("南充市2025年国民经济和社会发展统计公报\n\n表2 2025年各县市区城镇新增就业\n单位：人\n"
            "县市区 本期 上年同期 同比增长%\n顺庆区 8420 8160 3.2\n高坪区 6310 6260 0.8\n")
    got = _got(_run(extractor, text, "2026-03-20"), "metric", "period")
    assert [g[1] for g in got] == ["jobs.urban_new"] * 6
    assert [g[2] for g in got] == ["2025", "2024", "2025"] * 2


@pytest.mark.parametrize("base", ["上年末（张）", pytest.param("上年（张）", marks=_SLOW)])
def test_a_base_column_of_when_counts_the_beds_on_its_left(extractor: Extractor, base: str) -> None:
    """县区 医疗卫生机构床位（张） 上年末（张） 比上年末增减（%）: the year before's cell is beds (of 2024), as is the
    growth beside them, where it read a bare count of items (under a caption of two kinds, whose title names none)."""
    caption = _BEDS.replace("医疗卫生机构床位\n", "医疗卫生机构和养老机构床位\n")
    text = caption + "县区\n\n医疗卫生机构床位（张）\n\n" + base + "\n\n比上年末增减（%）\n\n" + _CELLS
    figs = [f for f in _run(extractor, text, "2026-03-20") if f["subject"] in ("甲县", "乙县")]
    assert _got(figs, "value", "period", "metric", "subject") == [
        ("3,200", 3200, "2025", "beds.total", "甲县"), ("3,100", 3100, "2024", "beds.total", "甲县"),
        ("3.2", 3.2, "2025", "beds.total", "甲县"), ("2,900", 2900, "2025", "beds.total", "乙县"),
        ("2,950", 2950, "2024", "beds.total", "乙县"), ("-1.7", -1.7, "2025", "beds.total", "乙县")]


@pytest.mark.slow
def test_a_base_column_naming_its_own_count_keeps_it(extractor: Extractor) -> None:
    """A second column naming another count (卫生技术人员（人）) is not the beds on its left."""
    text = _BEDS + "县区 医疗卫生机构床位（张） 卫生技术人员（人）\n甲县 3200 4100\n"
    got = _got(_run(extractor, text, "2026-03-20"), "metric")
    assert got[-2:] == [("3200", "beds.total"), ("4100", "quantity.health_workers")]


@pytest.mark.slow
def test_a_head_a_cell_a_line_read_column_by_column(extractor: Extractor) -> None:
    """A head wrapped over three lines that the reader prints column by column (医疗卫生 / 机构床位 / （张）, then 上年末 /
    （张）, then 比上年末 / 增减 / （%）), a cell a line: each row's three cells, its own."""
    head = "县区\n\n医疗卫生\n\n机构床位\n\n（张）\n\n上年末\n\n（张）\n\n比上年末\n\n增减\n\n（%）\n\n"
    figs = [f for f in _run(extractor, _BEDS + head + _CELLS, "2026-03-20") if f["quote"] != "1.24万张"]
    assert _got(figs, "value", "period", "subject") == [
        ("12,400", 12400, "2025", "全市"), ("12,100", 12100, "2024", "全市"), ("2.5", 2.5, "2025", "全市"),
        ("3,200", 3200, "2025", "甲县"), ("3,100", 3100, "2024", "甲县"), ("3.2", 3.2, "2025", "甲县"),
        ("2,900", 2900, "2025", "乙县"), ("2,950", 2950, "2024", "乙县"), ("-1.7", -1.7, "2025", "乙县")]


@pytest.mark.slow
def test_a_head_printed_a_piece_a_line_reads_only_in_the_placing_the_table_reader_accepts(extractor: Extractor) -> None:
    """The head printed a piece a line (医疗卫生 比上年末 / 机构床位 上年末 增减 / （张） （张） （%）): of the placings of
    the two top pieces over the three columns, one only gives a head the table reader accepts (医疗卫生机构床位 | 上年末 |
    比上年末增减; 比上年末上年末 is none), so each row's cells are read under it (tablefix236 looks up to nine lines above
    the first row for such a head, where its bottom line is one bracketed unit a column); before, no row was read."""
    head = "县区\n\n医疗卫生\n\n比上年末\n\n机构床位\n\n上年末\n\n增减\n\n（张）\n\n（张）\n\n（%）\n\n"
    got = _got(_run(extractor, _BEDS + head + _CELLS, "2026-03-20"), "value", "period", "role")
    assert got == [("1.24万张", 12400, "2025", "level"),
                   ("12,400", 12400, "2025", "level"), ("12,100", 12100, "2024", "level"), ("2.5", 2.5, "2025", "change"),
                   ("3,200", 3200, "2025", "level"), ("3,100", 3100, "2024", "level"), ("3.2", 3.2, "2025", "change"),
                   ("2,900", 2900, "2025", "level"), ("2,950", 2950, "2024", "level"), ("-1.7", -1.7, "2025", "change")]


@pytest.mark.slow
def test_a_head_whose_cells_come_in_another_order_reads_no_row(extractor: Extractor) -> None:
    """A head whose number runs come in another order than its heads (a reader's boxes: each column's cells together,
    the first printed last): where the order of the cells cannot be known, no row's cell is read (never a value paired
    with another column's head or another row's label); the prose above still is."""
    head = "县区\n\n医疗卫生机构床位（张）\n\n上年末（张）\n\n比上年末增减（%）\n\n全市\n\n甲县\n\n乙县\n\n"
    cells = "12,100\n\n3,100\n\n2,950\n\n2.5\n\n3.2\n\n-1.7\n\n12,400\n\n3,200\n\n2,900\n\n注：全市含市直医疗卫生机构。\n"
    figs = _run(extractor, _BEDS + head + cells, "2026-03-20")
    assert [f["quote"] for f in figs] == ["1.24万张"]


_RANKED = ("遂宁市2025年就业统计公报\n\n表2 2025年各县（市、区）城镇新增就业\n县（市、区） 新增就业（人） 比上年增长% 排名\n"
           "船山区 8640 3.2 1\n安居区 5218 -1.2 2\n")


def test_the_total_row_of_a_ranked_table_reads_without_its_rank(extractor: Extractor) -> None:
    """合计 13858 1.6 under a head ending in 排名: the total has no rank, its two cells are the count and its growth
    (the city's), where the row read nothing."""
    got = _got(_run(extractor, _RANKED + "合计 13858 1.6\n", "2026-01-20"), "value", "role", "subject")
    assert got[-2:] == [("13858", 13858, "level", "合计"), ("1.6", 1.6, "change", "合计")]


@pytest.mark.slow
@pytest.mark.parametrize(("row", "head"), [
    # a place's row short of a cell: which one is left empty the text does not say
    ("射洪市 9862 2", "县（市、区） 新增就业（人） 比上年增长% 排名"),
    # a total short of more than its rank: which of the count and the growth it holds the text does not say
    ("合计 13858", "县（市、区） 新增就业（人） 比上年增长% 排名")])
def test_a_short_row_reads_nothing_where_its_empty_cell_is_unknown(extractor: Extractor, row: str, head: str) -> None:
    """Only a total short of the last column's rank reads: a short place's row, or a total short of two cells, gives
    no figure (the full rows above still read)."""
    got = [g[0] for g in _got(_run(extractor, _RANKED.replace("县（市、区） 新增就业（人） 比上年增长% 排名", head)
                                   + row + "\n", "2026-01-20"))]
    assert got == ["8640", "3.2", "5218", "-1.2"]
