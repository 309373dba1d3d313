"""Tables read as lines (stats/find/tablerows.py): the invented tables of rules/lexicon/tables.yaml
give the figures they list, and tables that leave a doubt give none."""

from __future__ import annotations

import dataclasses

import pytest

from stats.find.tablerows import apart
from stats.read.manifest import DocMeta
from stats.read.sources import source_from_text
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run


def _examples(ruleset: RuleSet) -> list[dict]:
    return list(ruleset.lexicon.tables.get("examples", []))


def test_the_rule_file_has_examples(ruleset: RuleSet) -> None:
    examples = _examples(ruleset)
    assert len(examples) >= 4
    assert any(e["expect"] for e in examples) and any(not e["expect"] for e in examples)


def test_every_example_table_gives_its_figures(ruleset: RuleSet, extractor: Extractor) -> None:
    tails = tuple(ruleset.lexicon.tables.get("cell_qualifiers", []))
    for ex in _examples(ruleset):
        # the cells of a table: quotes with no measure word (the caption's and head's words give none),
        # a qualifier after the number (6左右) and thousands marks (9,862) aside
        table = [f for f in _run(extractor, ex["text"], ex.get("published", ""))
                 if next((f["quote"][:-len(t)] for t in tails if f["quote"].endswith(t)), f["quote"])
                 .lstrip("-").replace(".", "").replace(",", "").isdigit()]
        assert len(table) == len(ex["expect"]), (ex["text"], [f["quote"] for f in table])
        for f, want in zip(table, ex["expect"], strict=True):
            for key, value in want.items():
                have = f[key]
                if key == "value":
                    assert have == pytest.approx(value), (ex["text"], f["quote"], key)
                else:
                    assert have == value, (ex["text"], f["quote"], key, have)


def test_cells_keep_their_place_in_the_text(extractor: Extractor) -> None:
    """The quote is the cell as written, and its offsets point at it in the repaired text."""
    text = "表1 主要产品\n产品名称 单位 产量 比上年增长（%）\n钢材 万吨 56.20 -3.4\n"
    src = dataclasses.replace(source_from_text(text), meta=DocMeta("2024-03-01", "", "", "manifest.csv:2"))
    doc = extractor.extract_source(src)
    figs = doc.figures
    assert [(f["quote"], f["value"], f["unit"], f["role"], f["subject"]) for f in figs] == [
        ("56.20", pytest.approx(562000), "tonne", "level", "钢材"),
        ("-3.4", pytest.approx(-3.4), "percent", "change", "钢材")]
    starts = {s["sentence_id"]: s["start"] for s in doc.sentences}
    for f in figs:
        at = starts[f["sentence_id"]]
        assert f["sentence"][f["start"] - at:f["end"] - at] == f["quote"]
        assert text[f["src_start"]:f["src_end"]] == f["quote"]


def test_a_row_that_breaks_the_table_ends_it(extractor: Extractor) -> None:
    """A row with a cell too many, and every row after it, gives nothing: the columns no longer line up."""
    text = "表1 主要产品\n产品名称 单位 产量 比上年增长（%）\n钢材 万吨 56.20 -3.4 7.1\n水泥 万吨 80.15 2.2\n"
    assert [f["quote"] for f in _run(extractor, text, "2024-03-01")] == []


def test_a_growth_column_without_a_percent_mark_reads_no_table(extractor: Extractor) -> None:
    """比上年增长 with no mark could be an amount or a rate: no unit to give it, no figure."""
    text = "表1 主要产品\n产品名称 单位 产量 比上年增长\n钢材 万吨 56.20 3.40\n"
    assert _run(extractor, text, "2024-03-01") == []


def test_a_caption_listing_two_units_reads_no_table(extractor: Extractor) -> None:
    """单位：亿元、万人 for columns with no percent mark: which column is which is not said."""
    text = "表1 收支 单位：亿元、万人\n项目 预算数 执行数\n收入 12.50 13.02\n"
    assert _run(extractor, text, "2024-03-01") == []


def test_a_cell_must_stand_apart_in_the_source(extractor: Extractor) -> None:
    """A cell the layout repair joined across a line break (12.5 / 3 → 12.53) is refused: checked against
    the source; full-width digits are the same cell. A cell right after its label's last word (万吨12.53,
    a dump whose label and unit columns lost their gap) or whose sign runs into the cell before it
    (12.53-2.5) is as written: no join puts a word before a number or a sign inside one."""
    head = extractor.tables.head("指标名称单位绝对数比上年增长（%）")[0]
    assert head is not None
    cells = extractor.tables.row("钢材万吨12.53 2.5", head)
    assert cells is not None and [c.q.quote for c in cells] == ["12.53", "2.5"]
    assert apart("钢材 万吨 12.53 2.5\n", [(6, 11), (12, 15)], cells)
    assert not apart("钢材 万吨 12.5\n3 2.5\n", [(6, 12), (13, 16)], cells)
    assert apart("钢材 万吨12.53 2.5\n", [(5, 10), (11, 14)], cells)
    assert not apart("钢材 万吨 1.12.53 2.5\n", [(8, 13), (14, 17)], cells)  # after a digit or a point: a join
    signed = extractor.tables.row("钢材万吨12.53-2.5", head)
    assert signed is not None and [c.q.quote for c in signed] == ["12.53", "-2.5"]
    assert apart("钢材 万吨 12.53-2.5\n", [(6, 11), (11, 15)], signed)
    assert not apart("", [(6, 11), (12, 15)], cells)  # a text streamed in pieces: not checked, not read
    text = "表1 主要产品\n产品名称 单位 产量 比上年增长（%）\n钢材 万吨 １２.５ 2.5\n"
    assert [(f["quote"], f["value"]) for f in _run(extractor, text, "2024-03-01")] == [("12.5", 125000), ("2.5", 2.5)]


def _figures(extractor: Extractor, text: str) -> list[tuple]:
    return [(f["quote"], f["value"], f["measure"], f["period"]) for f in _run(extractor, text, "2024-03-01")]


def test_whole_number_cells_are_not_joined_into_one_number(extractor: Extractor) -> None:
    """Under a head, the gap between two whole numbers parts two cells: 125 130 is 125 and 130, never 125130."""
    text = "表2 卫生资源情况\n指标名称 单位 2022年 2023年\n医院 个 125 130\n床位 张 8 560 9 012\n"
    assert _figures(extractor, text) == [("125", 125, "个", "2022"), ("130", 130, "个", "2023")]


def test_a_row_whose_gaps_may_mark_thousands_gives_nothing(extractor: Extractor) -> None:
    """8 560 9 012 for two columns: a gap marks thousands somewhere; after it 10 350 may be one cell (the
    other blank), so it gives nothing either; a row of cells no gap can join still reads."""
    text = ("表2 卫生资源情况\n指标 单位 2022年 2023年\n床位 张 8 560 9 012\n卫生技术人员 人 10 350\n"
            "医院 个 12 13\n")
    assert _figures(extractor, text) == [("12", 12, "个", "2022"), ("13", 13, "个", "2023")]


def test_rows_without_a_head_give_no_joined_number(extractor: Extractor) -> None:
    """A unit cell before whole numbers (医院 个 125 130) is a row, not a sentence: its cells stay apart and,
    with no head to say what they are, give no figure (on main the lines read 125130床)."""
    assert _figures(extractor, "医院 个 125 130\n床位 张 8 560 9 012\n") == []
    # no unit cell: the second line of numbers says the first was a row too, ending its paragraph
    assert _figures(extractor, "医院 125 130\n床位 8560 9012\n") == []


def test_a_thousands_gap_in_running_text_still_joins(extractor: Extractor) -> None:
    """A line of a sentence that a gap inside a number ends: no unit before the number, so it is joined."""
    text = "全市共有医院 1 280\n家，床位 8 560 张。\n"
    assert [(q, v) for q, v, _, _ in _figures(extractor, text)] == [("1280家", 1280), ("8560张", 8560)]


def test_a_label_run_on_under_its_row_keeps_the_table_but_a_sentence_ends_it(extractor: Extractor) -> None:
    """A short line with no digit under a row (社区卫生服务 … / 中心) is the rest of the row's label: the rows under it
    go on under the head. A sentence under a row ends the table: a row after it gives no figure."""
    wrapped = ("表1 2025年末医疗卫生机构床位\n机构类别      机构数     床位数\n              （个）     （张）\n"
               "社区卫生服务  3          88\n中心\n乡镇卫生院    8          736\n")
    assert [f[:3] for f in _figures(extractor, wrapped)] == [
        ("3", 3, "个"), ("88", 88, "张"), ("8", 8, "个"), ("736", 736, "张")]
    ended = ("表1 2025年末医疗卫生机构床位\n机构类别      机构数     床位数\n              （个）     （张）\n"
             "社区卫生服务  3          88\n全市新增床位120张，增长5%。\n乡镇卫生院    8          736\n")
    assert [f[:3] for f in _figures(extractor, ended)] == [
        ("3", 3, "个"), ("88", 88, "张"), ("120张", 120, "张"), ("5%", 5, "%")]
