"""A plan's table of indicators as a PDF extractor prints it (data/gold/damaged7 d01, d05): a leading column of
row numbers (序号) or of the words that group its rows (领域), the label, a year column of levels and one of the
plan's goals, and a trailing column of words (属性: 预期性, 约束性); each row's unit in brackets at its label's end
or on the label's rest under the row, a cell a sum over the plan ([15000]) or a bound (<5.5). Tables invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_NUMBERED = ("某某县“十四五”就业规划\n"
             "附件\n"
             "“十四五”就业主要指标\n"
             "序号   指标名称                  2020年     2025年       指标属性\n"
             "1      城镇新增就业人数           2480       [12000]   预期性\n"
             "       （人）                                 （五年累计）\n"
             "第 2 页 共 3 页\n"
             "某某县“十四五”就业规划\n"
             "2      城镇调查失业率（%）        4.8        <5.5           预期性\n"
             "3      农村劳动力转移就业         7.6        8           预期性\n"
             "       规模（万人）\n"
             "4      技能人才总量（万人）       1.32       1.8          约束性\n")

_GROUPED = ("某某市“十四五”卫生规划\n"
            "附表\n"
            "“十四五”卫生主要指标\n"
            "领域    指标                        2020年     2025年     属性\n"
            "健康    人均预期寿命（岁）           76.9       77.6       预期性\n"
            "水平\n"
            "医疗    每千常住人口执业（助理）     2.46       3.10       约束性\n"
            "资源    医师数（人）\n")


def test_a_numbered_table_reads_its_rows_units_and_bounds(extractor: Extractor) -> None:
    """Under 序号 … 指标属性 each row's number and word frame its cells: the unit in the label's brackets, or on the
    label's rest under the row (规模（万人）), a bound after its mark (<5.5: at most); the later year's cells are
    the plan's goals. A row with a sum over the plan ([12000]) and its unit on the line under gives none, and the
    rows after it, past the page's foot and head, go on under the head."""
    got = _got(_run(extractor, _NUMBERED, "2021-12-20"), "value", "measure", "qualifier", "role", "period")
    assert ("4.8", 4.8, "%", "exact", "level", "2020") in got
    assert ("5.5", 5.5, "%", "upper_bound", "target", "2025") in got
    assert ("7.6", 76000, "人", "exact", "level", "2020") in got
    assert ("8", 80000, "人", "exact", "target", "2025") in got
    assert ("1.32", 13200, "人", "exact", "level", "2020") in got
    assert ("1.8", 18000, "人", "exact", "target", "2025") in got
    assert not any(v in (2480, 12000) for _q, v, *_ in got)


def test_a_grouped_table_reads_a_label_run_on_with_its_unit(extractor: Extractor) -> None:
    """Under 领域 指标 … 属性 a group's word runs into the label (健康 人均预期寿命（岁）), and a label that runs on
    under its row ends in the row's unit there, after brackets of its own words (执业（助理） / 医师数（人）)."""
    got = _got(_run(extractor, _GROUPED, "2022-01-20"), "value", "measure", "role", "period")
    assert ("76.9", 76.9, "岁", "level", "2020") in got and ("77.6", 77.6, "岁", "target", "2025") in got
    assert ("2.46", 2.46, "人", "level", "2020") in got and ("3.10", 3.1, "人", "target", "2025") in got


def test_a_row_without_its_listed_word_gives_no_figure(extractor: Extractor) -> None:
    """A trailing word the head's column does not list (预计) is no cell of that column: the row gives none."""
    text = _GROUPED.replace("76.9       77.6       预期性", "76.9       77.6       预计")
    got = _got(_run(extractor, text, "2022-01-20"), "value")
    assert not any(v in (76.9, 77.6) for _q, v in got)


def test_a_head_without_a_frame_reads_as_before(extractor: Extractor) -> None:
    """A head with neither a row number's column nor a trailing word's is no plan table's: 序号 before known column
    words that are no years heads a numbered list (序号 指标 产量 比上年增长: two columns, each row framed by its number,
    as a 公示's 序号 项目名称 总投资 年度计划, test_pages59), no plan's table of indicators."""
    from stats.find.tablerows import TableReader

    tables: TableReader = extractor.tables
    assert tables.head_frame("指标 单位 2022年 2023年") == (False, frozenset())
    assert tables.head_columns("序号 指标 产量 比上年增长") == 2
    assert not tables.head_frame("序号 指标 产量 比上年增长")[1]
    assert tables.head_frame("序号 指标名称 2020年 2025年 指标属性")[0]
