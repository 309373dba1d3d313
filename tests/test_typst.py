"""stats.read.typst: a Typst source read as its typeset page shows it."""

from __future__ import annotations

from stats.read.decode import decode_bytes
from stats.read.typst import typst_plain
from stats.run.pipeline import Extractor
from tests.dated import valued

_TYP = """// 某县2026年1-9月就业和卫生工作情况
#set page(paper: "a4", margin: (top: 3.7cm, x: 2.8cm))
#set text(font: ("SimSun"), size: 16pt, lang: "zh")
#show heading: set text(size: 16pt)

#align(center)[#text(size: 22pt)[某县2026年\\ 前三季度工作情况]]
#v(1em)

= 一、就业

1-9月，全县城镇新增就业*2418*~人，完成年度目标的#underline[96.7%]；转移就业由上年末的8.62~万人增至8.95~万人。

#figure(
  table(
    columns: (2fr, 1fr, 1fr),
    table.header([*指标*], [*年度目标*], [*1—9月完成*]),
    [城镇新增就业（人）], [2500], [2418],
    [失业人员再就业（人）], [600], [552],
  ),
  caption: [2026年1—9月就业指标完成情况],
) <tab1>

= 二、卫生

县医院开放床位*520*~张#footnote[含康复床位36张。]，较上年末增加48~张。
"""


def _read(text: str) -> str:
    return decode_bytes(text.encode("utf-8"), "x.txt").text


def test_rules_comments_and_markup_are_dropped_and_ties_join_a_number_to_its_unit() -> None:
    read = _read(_TYP)
    assert "cm" not in read and "pt" not in read and "#" not in read and "*" not in read
    assert "全县城镇新增就业2418人，完成年度目标的96.7%；转移就业由上年末的8.62万人增至8.95万人。" in read
    assert "某县2026年\n前三季度工作情况" in read


def test_a_tables_cells_are_rows_of_its_columns_under_its_caption() -> None:
    read = _read(_TYP)
    assert ("2026年1—9月就业指标完成情况\n指标\t年度目标\t1—9月完成\n城镇新增就业（人）\t2500\t2418\n"
            "失业人员再就业（人）\t600\t552\n") in read
    assert "<tab1>" not in read


def test_a_footnote_goes_after_its_paragraph() -> None:
    read = _read(_TYP)
    assert "县医院开放床位520张，较上年末增加48张。\n含康复床位36张。" in read


def test_a_tie_between_latin_words_is_a_space() -> None:
    assert "Table 3" in typst_plain("#set text(lang: \"zh\")\n#set page(width: 10cm)\n见 Table~3。\n")


def test_text_with_one_rule_or_none_comes_back_as_it_is() -> None:
    for text in ("#set 是一个话题标签，新增就业*120*~人。\n", "全县新增就业120人。\n", "#show 与 #set 在行内。\n"):
        assert typst_plain(text) == text


def test_a_typst_sources_figures_are_read(extractor: Extractor) -> None:
    """Before: 2418~人 and the table's cells gave no figure, 3.7cm a figure of its own."""
    got = valued(extractor, _TYP, "2026-10-20")
    assert {(2418, "人", "level", "2026M01-M09"), (86200, "人", "level", "2025"), (2500, "人", "target", "2026"),
            (552, "人", "level", "2026M01-M09"), (520, "张", "level", "2026M01-M09"), (36, "张", "level", "2026M01-M09"),
            (48, "张", "change", "2026M01-M09")} <= got
    assert not any(unit == "cm" for _, unit, _, _ in got)
