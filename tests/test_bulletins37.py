"""What the blind set data/gold/bulletins37 found (three 2025 beds-and-jobs bulletins of our own, typeset as PDF and read
back by pdfminer with char_margin 25, line_overlap 0.7 and boxes_flow 1.0, pypdfium2's get_text_bounded() over one box a
text line and `pdftotext -raw -nopgbrk`: scripts/gold_bulletins37.py). Texts invented, in the shape those readers give
such bulletins: a county 人社局's monthly report whose table (指标名称 单位 本月 本年累计 上年同期 增减（%）) has a caption
with no year, the month only in the report's title and its prose."""

from __future__ import annotations

import pytest

from stats.context.period import within, year_before
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

_EXTRACTOR: list[Extractor] = []


@pytest.fixture(autouse=True)
def _hold(extractor: Extractor) -> None:
    _EXTRACTOR[:] = [extractor]


_SOURCE = "灌南县人力资源和社会保障局"
_MONTHLY = ("灌南县2025年10月人社主要业务数据\n1—10月，全县城镇新增就业4862人。\n表1 主要业务指标完成情况\n"
            "指标名称 单位 {head}\n城镇新增就业 人 {row1}\n发放创业担保贷款 万元 {row2}\n")


def _monthly(head: str, row1: str, row2: str, published: str = "2025-11-06", title: bool = True) -> list[dict]:
    """The monthly report `_MONTHLY` with the head and rows given (the title and its prose left out where `title` is
    false), the prose's own figure left out."""
    text = _MONTHLY.format(head=head, row1=row1, row2=row2)
    if not title:
        text = text.split("\n", 2)[2]
    return [f for f in _run(_EXTRACTOR[0], text, published, _SOURCE) if f["quote"] != "4862人"]


def test_a_monthly_reports_table_with_no_caption_year_is_read_with_each_columns_own_time() -> None:
    """本月 本年累计 上年同期 增减（%） under 表1 主要业务指标完成情况 (no year: the report's title and prose give 2025's
    1—10月): 本月 is the month the text's time ends in (2025-10), 本年累计 the year up to it (2025M01-M10), 上年同期 that
    sum a year before (2024M01-M10), 增减（%） the growth of the sum; each row in its unit cell's unit."""
    figs = _monthly("本月 本年累计 上年同期 增减（%）", "436 4862 4710 3.2", "780 8640 8120 6.4")
    assert _got(figs, "value", "unit", "role", "period") == [
        ("436", 436.0, "person", "level", "2025-10"), ("4862", 4862.0, "person", "level", "2025M01-M10"),
        ("4710", 4710.0, "person", "level", "2024M01-M10"), ("3.2", 3.2, "percent", "change", "2025M01-M10"),
        ("780", 7800000.0, "CNY", "level", "2025-10"), ("8640", 86400000.0, "CNY", "level", "2025M01-M10"),
        ("8120", 81200000.0, "CNY", "level", "2024M01-M10"), ("6.4", 6.4, "percent", "change", "2025M01-M10")]
    assert [f["metric"].split(".")[0] for f in figs[:4]] == ["jobs"] * 4


def test_a_month_column_named_当月_reads_as_本月_does() -> None:
    """当月 本年累计 增减（%）: 当月 is a column of the month alone, as 本月 is; the growth beside the year to date is
    that sum's."""
    figs = _monthly("当月 本年累计 增减（%）", "436 4862 3.2", "780 8640 6.4")
    assert _got(figs, "period") == [("436", "2025-10"), ("4862", "2025M01-M10"), ("3.2", "2025M01-M10"),
                                    ("780", "2025-10"), ("8640", "2025M01-M10"), ("6.4", "2025M01-M10")]


def test_a_base_column_under_a_text_that_names_no_time_gives_no_year() -> None:
    """The same table with no title and no prose: nothing but the publishing date (a month after the report's) dates it,
    so the 上年同期 cells are given no year rather than one counted back from the publishing; the values still read."""
    figs = _monthly("本月 本年累计 上年同期 增减（%）", "436 4862 4710 3.2", "780 8640 8120 6.4", title=False)
    base = [f for f in figs if f["quote"] in ("4710", "8120")]
    assert _got(base, "value", "role") == [("4710", 4710.0, "level"), ("8120", 81200000.0, "level")]
    assert all(not f["period"] for f in base)


def test_a_heads_own_words_this_year_and_last_year_do_not_date_the_rows() -> None:
    """An annual report printed in March 2026 whose table (项目 本年 上年 增减（%） under 单位：万元) has a caption with
    no year, the text dating it 2025: 本年 is 2025 (not the printing's 2026, nor a year back for the head's 上年), 上年
    2024."""
    text = ("某县2025年社会保险基金运行情况\n2025年，全县社会保险基金运行平稳。\n表1 基金收支情况\n单位：万元\n"
            "项目 本年 上年 增减（%）\n基金收入 8620 8140 5.9\n基金支出 7960 7420 7.3\n")
    figs = _run(_EXTRACTOR[0], text, "2026-03-20", "某县人力资源和社会保障局")
    assert _got(figs, "period") == [("8620", "2025"), ("8140", "2024"), ("5.9", "2025"),
                                    ("7960", "2025"), ("7420", "2024"), ("7.3", "2025")]


@pytest.mark.parametrize("caption", ["表1 2025年1—11月主要业务指标", "某县2025年11月人社主要业务数据\n表1 主要业务指标"])
def test_a_caption_year_dates_the_columns_with_the_months_the_text_gives(caption: str) -> None:
    """A caption that names the year and the months (2025年1—11月), or the report's title set right over a caption of
    none (2025年11月): the caption's year dates the cells as before (上年同期 its year less one), each column in its
    part of the months."""
    text = f"{caption}\n指标名称 单位 本月 本年累计 上年同期 增减（%）\n城镇新增就业 人 412 5386 5120 5.2\n"
    figs = _run(_EXTRACTOR[0], text, "2025-12-08", _SOURCE)
    assert _got([f for f in figs if f["quote"] != "2025"], "period") == [
        ("412", "2025-11"), ("5386", "2025M01-M11"), ("5120", "2024M01-M11"), ("5.2", "2025M01-M11")]


def test_a_caption_of_another_year_than_the_texts_keeps_the_captions_year() -> None:
    """表1 2024年主要业务指标 in a text of 2025's months: the caption's year stands (a table of last year), no month of
    the text's given to it."""
    text = ("某县2025年11月人社主要业务数据\n1—11月，全县城镇新增就业5386人。\n表1 2024年主要业务指标\n"
            "指标名称 单位 本月 本年累计 上年同期\n城镇新增就业 人 398 5120 4980\n")
    figs = _run(_EXTRACTOR[0], text, "2025-12-08", _SOURCE)
    assert _got([f for f in figs if f["quote"] in ("398", "5120", "4980")], "period") == [
        ("398", "2024"), ("5120", "2024"), ("4980", "2023")]


@pytest.mark.parametrize(("label", "before"), [("2025", "2024"), ("2025M01-M11", "2024M01-M11"), ("2025-11", "2024-11"),
                                               ("2025Q3", "2024Q3"), ("2025Q1-Q3", "2024Q1-Q3"), ("2025H1", "2024H1"),
                                               ("2021-2025", ""), ("", "")])
def test_the_same_span_a_year_before(label: str, before: str) -> None:
    """A period of one year (and maybe a part of it) a year earlier; a span of years or none gives none."""
    assert year_before(label) == before


@pytest.mark.parametrize(("label", "part", "got"), [("2025M01-M11", "month", "2025-11"), ("2025-11", "month", "2025-11"),
                                                    ("2025-11", "to_date", "2025M01-M11"),
                                                    ("2025M01-M11", "to_date", "2025M01-M11"),
                                                    ("2025-01", "to_date", "2025-01"), ("2025", "month", ""),
                                                    ("2025Q3", "to_date", ""), ("2025-11", "", "")])
def test_a_monthly_columns_part_of_the_texts_time(label: str, part: str, got: str) -> None:
    """本月's cells take the last month of the text's time, 本年累计's the months from January to it; a time of no month
    gives none (the column then takes the text's time as any column does)."""
    assert within(label, part) == got


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_bulletins37_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins37 (柳州市's 卫生健康事业发展统计公报 with two tables by 机构类型, 其中 rows indented under
    医院, by pdfminer with char_margin 25, line_overlap 0.7 and boxes_flow 1.0; 泗洪县's 11月 人社 monthly report, its
    table of 本月 本年累计 上年同期 增减（%） under a caption with no year, by pypdfium2's get_text_bounded() over a box
    a line;
    绵阳市's 公报 with a 主要指标 table of a 单位 column and a footnote with figures, by `pdftotext -raw -nopgbrk`).
    Blind, main scored recall 0.7667 (the monthly table's 28 figures all lost), precision and every attribute 1.0.
    After: recall, precision and every attribute 1.0. Floors, not the exact scores."""
    s = scored("bulletins37")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
