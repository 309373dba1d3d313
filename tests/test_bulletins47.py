"""What the blind set data/gold/bulletins47 found (three 2025 texts on beds, jobs and money of our own, typeset as PDF
and read back by readers no set used: scripts/gold_bulletins47.py). Texts invented, in the shape those readers give
such tables."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

_CITY = "某市2025年国民经济和社会发展统计公报\n\n"
_RELEASE = "某市2025年人力资源和社会保障统计数据\n\n"


def test_the_year_befores_growth_after_the_years_growth_alone_is_one_column(extractor: Extractor) -> None:
    """本期 同比增长% 上年增长% (no 上年同期 between): 上年增长 is the year before's growth, one column of 2024. Before, 上年
    read as a level column of 2024 and 增长% as one more change: four columns over three cells, no figure. A head that
    names the year before's level with the same change word as the year's (本年 增长% 上年 增长%) keeps four."""
    head, _ = extractor.tables.head("表8 2025年社会保障主要指标指标单位本期同比增长%上年增长%")
    assert head is not None
    assert [(c.role, c.year) for c in head.columns] == [("level", ""), ("change", ""), ("change", "2024")]
    head, _ = extractor.tables.head("表8 2025年社会保障主要指标指标单位本期比上年增长%上年增长%")
    assert head is not None and [(c.role, c.year) for c in head.columns][-1] == ("change", "2024")
    head, _ = extractor.tables.head("表8 2025年主要指标指标单位本年增长%上年增长%")
    assert head is not None and [c.role for c in head.columns] == ["level", "change", "level", "change"]


def test_three_cells_under_the_years_and_the_year_befores_growth(extractor: Extractor) -> None:
    """工伤保险参保人数 万人 24.38 3.6 4.1: the year's count, its growth and the year before's growth."""
    text = (_CITY + "表8  2025年社会保障主要指标\n指标      单位      本期      同比增长%      上年增长%\n"
            "工伤保险参保人数      万人      24.38      3.6      4.1\n"
            "城乡低保资金支出      亿元      4.12      -3.4      2.2\n")
    got = _got(_run(extractor, text, "2026-03-26", "某市统计局"), "value", "role", "period")
    assert got == [("24.38", 243800, "level", "2025"), ("3.6", 3.6, "change", "2025"), ("4.1", 4.1, "change", "2024"),
                   ("4.12", 412000000, "level", "2025"), ("-3.4", -3.4, "change", "2025"),
                   ("2.2", 2.2, "change", "2024")]


@pytest.mark.parametrize("rows", [
    # a layout reader's rows, the star right after a cell's last digit
    "县区      城镇新增就业（人）      比上年增长%\n甲区      11,246      3.4\n乙县      8,624*      2.6*\n"
    "丙县      6,418      -1.2\n丁县      4,120      0.8\n戊县      5,036      1.5\n",
    # a cell a line, a column at a time (pdfminer), the star at a line's end
    "\n县区\n\n甲区\n\n乙县\n\n丙县\n\n丁县\n\n戊县\n\n城镇新增就业（人）\n\n比上年增长%\n\n11,246\n\n8,624*\n\n6,418\n\n"
    "4,120\n\n5,036\n\n3.4\n\n2.6*\n\n-1.2\n\n0.8\n\n1.5\n\n"])
def test_a_cells_footnote_star_is_no_part_of_it(extractor: Extractor, rows: str) -> None:
    """8,624* under a note 注：带*的为快报数 (a preliminary figure): the number alone. Before, the star ended the row as
    a word would and the table stopped there: no figure of that row or after it."""
    text = _RELEASE + "表2  2025年各县区城镇新增就业\n" + rows + "\n注：带*的为快报数。\n"
    got = _got(_run(extractor, text, "2026-01-26", "某市人力资源和社会保障局"), "value", "role")
    assert got == [("11,246", 11246, "level"), ("3.4", 3.4, "change"), ("8,624", 8624, "level"),
                   ("2.6", 2.6, "change"), ("6,418", 6418, "level"), ("-1.2", -1.2, "change"), ("4,120", 4120, "level"),
                   ("0.8", 0.8, "change"), ("5,036", 5036, "level"), ("1.5", 1.5, "change")]


def test_a_pair_of_stars_after_a_number_is_no_cells_mark(extractor: Extractor) -> None:
    """**12** (Markdown's bold) is no note's star: the layout repair leaves it."""
    from stats.repair.layout import _NOTE_CELL_END

    assert [m.group() for m in _NOTE_CELL_END.finditer("甲区 8,624* 2.6*\n乙县 **12**\n")] == ["*", "*"]


def test_the_whole_areas_row_first_has_no_rank(extractor: Extractor) -> None:
    """全县 486 18 over the towns' rows under 乡镇 床位数（张） 比上年末增减（张） 排名: the county's row has no rank, as the
    total (合计) has none; its cells stand under the columns before the rank. Before, the row was short of a cell and
    the table gave nothing."""
    text = ("某县2025年国民经济和社会发展统计公报\n\n表5  2025年末各乡镇卫生院床位\n"
            "乡镇        床位数（张）        比上年末增减（张）        排名\n全县          486          18\n"
            "城关镇          86          6          1\n石桥镇          64          -2          2\n")
    got = _got(_run(extractor, text, "2026-04-14", "某县统计局"), "value", "role")
    assert got == [("486", 486, "level"), ("18", 18, "change"), ("86", 86, "level"), ("6", 6, "change"),
                   ("64", 64, "level"), ("-2", -2, "change")]


def test_a_table_of_years_takes_its_unit_note(extractor: Extractor) -> None:
    """年份 城镇新增就业 失业人员再就业 under 单位：万人: each column's word counts in the note's unit (tables.yaml
    column_units), each row its year's. Before, a table of years asked each column for a unit of its own: none read.
    A column of a rate (城镇登记失业率) counts in no 万人: that table still reads nothing."""
    text = (_RELEASE + "表1  2021—2025年城镇就业主要指标\n单位：万人\n年份      城镇新增就业      失业人员再就业\n"
            "2024年      3.54      0.94\n2025年      3.64      0.96\n")
    got = _got(_run(extractor, text, "2026-01-26", "某市人力资源和社会保障局"), "value", "period")
    assert got == [("3.54", 35400, "2024"), ("0.94", 9400, "2024"), ("3.64", 36400, "2025"), ("0.96", 9600, "2025")]
    rate = text.replace("失业人员再就业", "城镇登记失业率")
    assert _run(extractor, rate, "2026-01-26", "某市人力资源和社会保障局") == []


def test_a_year_is_no_unit_cell(extractor: Extractor) -> None:
    """2021年 alone on a line, a table of years' row label printed a cell a line: no unit column's cell (the finder reads
    年 as a measure word after a number)."""
    assert not extractor.tables.unit_word("2021年") and extractor.tables.unit_word("万人")


def test_a_table_of_years_a_column_at_a_time_under_its_unit_note(extractor: Extractor) -> None:
    """pdfminer's order: the years under 年份, the caption set beside, the heads, the unit note, then every column in one
    run. Before, 2021年 read as a unit cell (no label) and the head without the note as no head: no figure."""
    text = (_RELEASE + "年份\n\n2024年\n\n2025年\n\n表1  2024—2025年城镇就业主要指标\n\n城镇新增就业\n\n失业人员再就业\n\n"
            "单位：万人\n\n3.54\n\n3.64\n\n0.94\n\n0.96\n\n")
    got = _got(_run(extractor, text, "2026-01-26", "某市人力资源和社会保障局"), "value", "period", "metric")
    assert got == [("3.54", 35400, "2024", "jobs.urban_new"), ("0.94", 9400, "2024", "jobs.reemployment"),
                   ("3.64", 36400, "2025", "jobs.urban_new"), ("0.96", 9600, "2025", "jobs.reemployment")]


def test_two_heads_on_one_line_over_the_labels(extractor: Extractor) -> None:
    """险种 / 参保人数（万人） 比上年末增减（万人） / 基金支出（亿元） / labels / every column in one run: pdfminer put two
    head boxes on one line (the layout repair folds the gap between them away). Before, the line counted as one head
    cell, one short of the columns: no figure."""
    text = (_RELEASE + "险种\n\n参保人数（万人） 比上年末增减（万人）\n\n基金支出（亿元）\n\n失业保险\n\n工伤保险\n\n"
            "生育保险\n\n16.82\n\n24.16\n\n12.40\n\n0.38\n\n0.72\n\n0.26\n\n2.14\n\n1.86\n\n0.64\n\n")
    got = _got(_run(extractor, text, "2026-01-26", "某市人力资源和社会保障局"), "value", "role", "measure")
    assert got == [("16.82", 168200, "level", "人"), ("0.38", 3800, "change", "人"), ("2.14", 214000000, "level", "元"),
                   ("24.16", 241600, "level", "人"), ("0.72", 7200, "change", "人"), ("1.86", 186000000, "level", "元"),
                   ("12.40", 124000, "level", "人"), ("0.26", 2600, "change", "人"), ("0.64", 64000000, "level", "元")]


@pytest.mark.slow
def test_the_bulletins47_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins47 (玉溪市's 公报 by pdftotext -layout -fixed 3.5: a table of 县（市、区） with 全市 first split
    over two pages, its head repeated, and a 指标 单位 本期 同比增长% 上年增长% table with starred cells; 钦州市's 人社
    data by pdfminer with boxes_flow -0.2, char_margin 4 and line_margin 0.3, a table a column at a time: a table of
    years under 单位：万人, a 县区 table with starred cells and a 合计 row last, a 险种 table whose heads carry their
    units; 弥渡县's 公报 by pdfplumber's layout text at x_density 6.5 and y_density 11: a 本期 同比增长% 上年增长% table
    with 其中 rows, a 乡镇 table with 全县 first and a 排名 column).
    Blind, the branch scored "brief: recall=0.4251 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0
    topic_beds=1.0 topic_jobs=1.0": no table under 本期 同比增长% 上年增长%, tables cut at the first starred cell, the
    乡镇 table's 全县 row (no rank) ending it, and none of the 人社 data's tables read a column at a time (a table of
    years under a unit note, two heads on one line). After: "brief: recall=1.0 precision=1.0 qualifier=1.0 role=1.0
    place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0". Floors, not the exact scores."""
    s = scored("bulletins47")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.99
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
    assert s["topic_jobs_acc"] >= 0.98 and s["topic_beds_acc"] >= 0.98
