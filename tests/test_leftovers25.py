"""Leftovers of the layout repair and the table reader: a table whose cells bars part (｜), ruled by box-drawing
lines with no bar in them (─────), its cells padded with wide gaps and its head set over two lines between the bars
(words on top, units under them). Passages invented, in the style of a city's statistical bulletin."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_RULE = "─" * 36
_TABLE = (
    "某市2025年国民经济和社会发展统计公报\n\n"
    "表4  2025年各县（市、区）养老服务机构和床位\n"
    f"{_RULE}\n"
    " 地  区 ｜ 养老机构 ｜比上年增长｜ 养老床位 ｜护理型床位\n"
    "        ｜  （家）  ｜  （%）   ｜  （张）  ｜  （张）\n"
    f"{_RULE}\n"
    " 全  市 ｜   186   ｜   4.5    ｜  15620   ｜   8340\n"
    " 鹤城区 ｜    42   ｜   2.4    ｜   4810   ｜   2650\n"
    " 沅陵县 ｜    31   ｜   6.9    ｜   2260   ｜   1180\n"
    f"{_RULE}\n"
    "注：养老床位含社区养老服务设施床位。\n"
)


def test_a_table_ruled_by_box_lines_with_bars_between_its_padded_cells(extractor: Extractor) -> None:
    """Bars between cells padded with wide gaps, rules of ─ alone, the head's units under its words between the same
    bars: every row's cells are figures in their column's unit (before: the first row cut into pieces, the others'
    cells run together, no figure at all)."""
    figs = _got(_run(extractor, _TABLE, "2026-03-20"), "value", "measure", "role", "period")
    assert figs == [
        ("186", 186, "家", "level", "2025"), ("4.5", 4.5, "%", "change", "2025"),
        ("15620", 15620, "张", "level", "2025"), ("8340", 8340, "张", "level", "2025"),
        ("42", 42, "家", "level", "2025"), ("2.4", 2.4, "%", "change", "2025"),
        ("4810", 4810, "张", "level", "2025"), ("2650", 2650, "张", "level", "2025"),
        ("31", 31, "家", "level", "2025"), ("6.9", 6.9, "%", "change", "2025"),
        ("2260", 2260, "张", "level", "2025"), ("1180", 1180, "张", "level", "2025")]


def test_the_rows_of_a_barred_table_are_placed_by_their_labels(extractor: Extractor) -> None:
    """Each row's label (鹤城区, 沅陵县) places its cells; a label spaced out (全  市) is the whole city."""
    figs = _got(_run(extractor, _TABLE, "2026-03-20"), "place")
    assert [p for q, p in figs if q in ("4810", "2260")] == ["鹤城区", "沅陵县"]


def test_padded_bar_cells_under_a_head_on_one_line_without_rules(extractor: Extractor) -> None:
    """No rule at all, the head on one line, the first row's cells padded with two spaces each side of the bars: the
    rows are rows, not columns of a page glued side by side (before: the first row's cells each a paragraph of its
    own, the second's run together, no figure)."""
    text = ("某县2025年卫生健康统计公报\n\n表2  2025年各乡镇卫生院床位\n"
            " 地区 ｜ 卫生院（个） ｜比上年增长（%）｜ 床位数（张）\n"
            " 全县 ｜  26  ｜  4.0  ｜ 1420\n"
            " 城关镇 ｜   3  ｜  5.0  ｜  420\n")
    figs = _got(_run(extractor, text, "2026-03-20"), "value", "measure")
    assert figs == [("26", 26, "个"), ("4.0", 4.0, "%"), ("1420", 1420, "张"),
                    ("3", 3, "个"), ("5.0", 5.0, "%"), ("420", 420, "张")]


def test_one_bar_in_a_headline_keeps_the_page_columns_apart(extractor: Extractor) -> None:
    """A single bar in a line (短评｜…) makes no table line of it: the two columns glued side by side stay apart."""
    text = ("某县新闻\n"
            "全县新建农村公路126公里，改造危桥8座。          短评｜让乡村道路通起来\n"
            "全县公路总里程达到2860公里。                    乡村道路是群众出行的基础。\n")
    figs = _got(_run(extractor, text, "2026-03-20"), "value", "sentence")
    assert [(q, v) for q, v, _ in figs] == [("126公里", 126), ("8座", 8), ("2860公里", 2860)]
    assert not any("短评" in s or "乡村道路" in s for _, _, s in figs)


def test_a_change_column_naming_no_subject_is_the_change_of_the_column_on_its_left(extractor: Extractor) -> None:
    """城镇新增就业（人） 比上年增长（%）: the growth column measures the jobs on its left (as 城镇新增就业3120人，比上年增长
    4.2% would in a sentence), not a growth rate of nothing (before: percent.growth); a column after a count no rule
    covers the changes of (机构数) stays a plain growth rate."""
    text = ("某市2025年统计公报\n\n表3  2025年各区县城镇新增就业和养老机构\n"
            "地区 ｜城镇新增就业（人）｜比上年增长（%）｜养老机构（家）｜比上年增长（%）\n"
            "全市 ｜ 31200 ｜ 4.2 ｜ 186 ｜ 3.3\n"
            "鹤城区 ｜ 8650 ｜ 5.1 ｜ 42 ｜ 2.4\n")
    figs = _got(_run(extractor, text, "2026-03-20"), "role", "metric", "topic")
    assert figs == [
        ("31200", "level", "jobs.urban_new", "jobs"), ("4.2", "change", "jobs.urban_new", "jobs"),
        ("186", "level", "quantity.care_institutions", "other"), ("3.3", "change", "percent.growth", "percent"),
        ("8650", "level", "jobs.urban_new", "jobs"), ("5.1", "change", "jobs.urban_new", "jobs"),
        ("42", "level", "quantity.care_institutions", "other"), ("2.4", "change", "percent.growth", "percent")]
