"""Bulletin tables of the forms bulletins43 left unread (tableprobe162): rows under a caption naming two kinds joined
(医疗卫生和养老床位, 床位数和卫生技术人员数) whose own labels name nothing counted, and rows whose label a reader set on a
line of its own above their cells. Tables invented, in the shape PDF readers give county bulletins' tables."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_H = "某县2025年国民经济和社会发展统计公报\n"


def _figs(extractor: Extractor, text: str) -> list[dict]:
    return _run(extractor, _H + text, "2026-03-28", "某县统计局")


@pytest.mark.parametrize("caption", ["表6 2025年末医疗卫生和养老床位", "表5 2025年末医疗卫生机构和养老机构床位",
                                     "表4 2025年末医疗机构与养老机构床位"])
def test_rows_under_two_kinds_sharing_one_count_word_count_that_word(extractor: Extractor, caption: str) -> None:
    """医院 2,318 under …医疗卫生和养老床位 单位：张: both kinds are beds, so the row's are beds (of all kinds, not
    the care homes' the last kind names). Before, a title of two kinds was never read: a bare count of items."""
    text = f"{caption}\n单位：张\n项目 本期 上年同期\n医院 2,318 2,296\n乡镇卫生院 968 1,052\n"
    figs = _figs(extractor, text)
    assert _got(figs, "value", "metric", "period") == [
        ("2,318", 2318, "beds.total", "2025"), ("2,296", 2296, "beds.total", "2024"),
        ("968", 968, "beds.total", "2025"), ("1,052", 1052, "beds.total", "2024")]


def test_a_row_naming_its_own_kind_under_two_kinds_keeps_its_own(extractor: Extractor) -> None:
    """养老机构床位 1,862 1,746 and its growth: the row's words name care-home beds for every cell; the shared word of
    the title reads only rows that name nothing, and its parts (其中：民营医院) count what the row above counts."""
    text = ("表6 2025年末医疗卫生和养老床位\n单位：张\n项目 本期 上年同期 同比±%\n医疗卫生机构床位 3,426 3,484 −1.7\n"
            "医院 2,318 2,296 1.0\n其中：民营医院 612 648 −5.6\n养老机构床位 1,862 1,746 6.6\n")
    got = {(f["quote"], f["metric"]) for f in _figs(extractor, text)}
    assert {("1,862", "beds.care"), ("1,746", "beds.care"), ("6.6", "beds.care"), ("3,426", "beds.total"),
            ("612", "beds.total"), ("648", "beds.total")} <= got


@pytest.mark.parametrize(("unit", "metric"), [("张", "beds.total"), ("人", "quantity.health_workers")])
def test_a_unit_cell_picks_the_one_kind_of_two_its_measure_fits(extractor: Extractor, unit: str, metric: str) -> None:
    """表7 …床位数和卫生技术人员数 over 项目 单位 本期 上年同期: a row of 张 counts beds, one of 人 the staff."""
    text = f"表7 2025年末床位数和卫生技术人员数\n项目 单位 本期 上年同期\n医院 {unit} 2,318 2,296\n"
    figs = _figs(extractor, text)
    assert _got(figs, "value", "metric") == [("2,318", 2318, metric), ("2,296", 2296, metric)]


def test_two_kinds_that_both_fit_the_unit_read_neither(extractor: Extractor) -> None:
    """城镇新增就业和失业人员再就业 over 乡镇 | 人数 (人): a row of 人 is either kind's; which, the title does not say, so
    neither names it (no jobs figure for one that may be the other's)."""
    text = "表3 2025年末城镇新增就业和失业人员再就业\n单位：人\n项目 本期 上年同期\n城关镇 1,320 1,260\n"
    figs = _figs(extractor, text)
    assert [f["metric"] for f in figs if f["quote"] == "1,320"] in ([], ["quantity.people"])


_SPLIT = ("表9 2025年财政收支\n指标 单位 本期 上年同期 同比±%\n一般公共预算收入\n亿元 12.6 12.8 （1.6）\n税收收入\n"
          "亿元 8.2 7.9 3.8\n")


def test_a_row_whose_label_stands_on_the_line_above_takes_no_label_from_the_next_row(extractor: Extractor) -> None:
    """一般公共预算收入 / 亿元 12.6 12.8 / 税收收入 / 亿元 8.2 …: each label set on a line above its cells. The line
    under a row with no label is the next row's label, not its label's rest: 12.6 is no tax revenue. Before, it was
    read as 税收收入 12.6 (money.tax_revenue): a value paired with another row's label."""
    figs = _figs(extractor, _SPLIT)
    assert figs and all(f["metric"] != "money.tax_revenue" for f in figs if f["quote"] in ("12.6", "12.8"))


def test_a_label_run_on_under_its_row_still_reads_with_it(extractor: Extractor) -> None:
    """每千常住人口医疗 张 4.36 / 卫生机构床位: the line under a row that has a label is still its rest."""
    text = "表2 2025年主要卫生指标\n指标 单位 本期 上年同期\n每千常住人口医疗 张 4.36 4.21\n卫生机构床位\n"
    figs = _figs(extractor, text)
    assert [f["metric"].split(".")[0] for f in figs if f["quote"] == "4.36"] == ["beds"]


@pytest.mark.parametrize("fall", ["（1.6）", "(1.6)", "（12）"])
def test_a_fall_in_brackets_alone_on_a_line_keeps_the_table_and_gives_no_figure(extractor: Extractor, fall: str) -> None:
    """一般公共预算收入 亿元 12.6 12.8 / （1.6） / 税收收入 亿元 8.2 7.9 3.8: a reader set the row's fall on a line of its
    own. It gives no figure (its row is likeliest, but no gap says so) and the rows under it still read under the head.
    Before, the lone bracket ended the table: 税收收入's row read no figure."""
    text = (f"表9 2025年财政收支\n指标 单位 本期 上年同期 同比±%\n一般公共预算收入 亿元 12.6 12.8\n{fall}\n"
            "税收收入 亿元 8.2 7.9 3.8\n")
    figs = _figs(extractor, text)
    assert _got(figs, "value", "role", "period") == [
        ("8.2", 820000000, "level", "2025"), ("7.9", 790000000, "level", "2024"), ("3.8", 3.8, "change", "2025")]
