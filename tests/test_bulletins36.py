"""What the blind set data/gold/bulletins36 found (three 2025 beds-and-jobs bulletins of our own, typeset as PDF and read
back by pdfplumber's layout text at x_density 4, `pdftotext -raw -nodiag` and pypdfium2's get_text_range() on a
landscape page: scripts/gold_bulletins36.py). Texts invented, in the shape those readers give such bulletins."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

_SOURCE = "襄阳市人力资源和社会保障局"
_CAPTION = "襄阳市2025年第三季度人社数据发布\n表1 2025年1—9月各县（市、区）城镇新增就业情况\n单位：人\n"
_TOP = "县（市、区） 城镇新增就业 其中：失业人员再就业"
_ROWS = "樊城区 5320 2.8 1380 460\n枣阳市 4160 -1.4 1070 350\n全市 39800 3.1 10200 3360\n"


def _quarter(bottom: str) -> list[dict]:
    """A quarterly release's table by county under `_TOP` and `bottom`, its rows `_ROWS`; the caption's figures out."""
    figs = _run(_EXTRACTOR[0], f"{_CAPTION}{_TOP}\n{bottom}\n{_ROWS}", "2025-10-18", _SOURCE)
    return [f for f in figs if f["quote"] != "2025"]


_EXTRACTOR: list[Extractor] = []


@pytest.fixture(autouse=True)
def _hold(extractor: Extractor) -> None:
    _EXTRACTOR[:] = [extractor]


def test_a_growth_column_inside_a_group_of_a_two_level_head_is_the_growth_of_the_span_before_it() -> None:
    """城镇新增就业 / 其中：失业人员再就业 over 1—9月 同比增长（%） 1—9月 第三季度: the growth column is the first group's
    (each group opens with 1—9月 again), the growth of 1—9月's new jobs, in percent, of 1—9月; each row's figures are
    its county's, the 全市 row the city's."""
    figs = _quarter("1—9月 同比增长（%） 1—9月 第三季度")
    assert _got(figs, "role", "unit", "period", "place") == [
        ("5320", "level", "person", "2025M01-M09", "樊城区"), ("2.8", "change", "percent", "2025M01-M09", "樊城区"),
        ("1380", "level", "person", "2025M01-M09", "樊城区"), ("460", "level", "person", "2025Q3", "樊城区"),
        ("4160", "level", "person", "2025M01-M09", "枣阳市"), ("-1.4", "change", "percent", "2025M01-M09", "枣阳市"),
        ("1070", "level", "person", "2025M01-M09", "枣阳市"), ("350", "level", "person", "2025Q3", "枣阳市"),
        ("39800", "level", "person", "2025M01-M09", "襄阳市"), ("3.1", "change", "percent", "2025M01-M09", "襄阳市"),
        ("10200", "level", "person", "2025M01-M09", "襄阳市"), ("3360", "level", "person", "2025Q3", "襄阳市")]
    assert [f["metric"].split(".")[0] for f in figs] == ["jobs"] * 12


@pytest.mark.parametrize("bottom", ["同比增长（%） 1—9月 1—9月 第三季度", "1—9月 上年同期 同比增长（%） 1—9月 第三季度"])
def test_a_growth_piece_that_follows_no_span_of_its_group_reads_no_grouped_head(bottom: str) -> None:
    """A growth piece opening the bottom line, or after the same span a year before (上年同期), is the growth of no one
    span: the head is not read as groups, and no row's cell is given a column it may not be under."""
    figs = _quarter(bottom)
    assert not any(f["unit"] == "percent" for f in figs)
    assert not any(f["period"] == "2025Q3" for f in figs)


_STOCK = ("荆门市2025年第三季度人社数据发布\n表2 2025年9月末社会保险参保情况\n险种 单位 {head} 比上年末增减\n"
          "企业职工基本养老保险 万人 86.42 1.38\n失业保险 万人 21.36 -0.24\n")


def test_one_column_of_a_single_month_end_dates_its_cells_and_the_change_beside_it_to_that_month() -> None:
    """险种 单位 9月末 比上年末增减 under a caption of 2025年9月末: the stocks are of 2025-09, not of the caption's year
    alone, and so are their changes since the year's start (the change column names no time of its own)."""
    figs = _run(_EXTRACTOR[0], _STOCK.format(head="9月末"), "2025-10-20", "荆门市人力资源和社会保障局")
    assert _got([f for f in figs if f["quote"] != "2025"], "role", "value", "period") == [
        ("86.42", "level", 864200.0, "2025-09"), ("1.38", "change", 13800.0, "2025-09"),
        ("21.36", "level", 213600.0, "2025-09"), ("-0.24", "change", -2400.0, "2025-09")]


def test_one_column_of_a_run_of_months_dates_its_cells_and_their_growth_to_the_run() -> None:
    """指标 单位 1—9月 同比增长（%）: a run of months alone, under a caption that names the year, dates its cells and
    their growth to that run of the year (2025M01-M09), not to the year alone."""
    text = ("荆门市2025年1—9月主要就业指标\n指标 单位 1—9月 同比增长（%）\n城镇新增就业 人 31860 2.6\n"
            "失业人员再就业 人 8240 1.9\n")
    figs = _run(_EXTRACTOR[0], text, "2025-10-20", "荆门市人力资源和社会保障局")
    assert {f["period"] for f in figs if f["quote"] in ("31860", "2.6", "8240", "1.9")} == {"2025M01-M09"}


_WRAPPED = ("某某县2025年国民经济和社会发展统计公报（节选）\n表1 2025年卫生和就业主要指标\n指标 单位 数值 比上年增长（%）\n"
            "医疗卫生机构床位 张 4126 3.8\n{row}\n卫生技术人员 人 5318 2.9\n注：床位、人员为年末数。\n")


def test_a_row_label_run_on_to_the_line_under_its_cells_names_what_the_cells_count() -> None:
    """每千常住人口医疗 张 4.12 2.5 / 卫生机构床位 (a label too long for its column, its rest on the line under the row,
    as PDFium gives a wrapped cell): the row's own words name no count, the label whole names beds: the level and its
    growth are beds'; the rows around keep theirs."""
    figs = _run(_EXTRACTOR[0], _WRAPPED.format(row="每千常住人口医疗 张 4.12 2.5\n卫生机构床位"), "2026-03-20",
                "某某县统计局")
    got = {f["quote"]: f["metric"] for f in figs}
    assert "beds" in got["4.12"].split(".") and "beds" in got["2.5"].split(".")
    assert "beds" in got["4126"].split(".") and "beds" not in got["5318"].split(".")


def test_a_line_under_a_row_whose_own_label_names_its_count_changes_nothing() -> None:
    """养老机构床位 张 1860 4.2 / 护理型床位占比 is no rest of a label that already names its count: its cells stay beds
    as its own words say; and a short line under a row that names nothing (其他) leaves the row as it reads alone."""
    alone = _run(_EXTRACTOR[0], _WRAPPED.format(row="养老机构床位 张 1860 4.2"), "2026-03-20", "某某县统计局")
    under = _run(_EXTRACTOR[0], _WRAPPED.format(row="养老机构床位 张 1860 4.2\n护理型床位占比"), "2026-03-20",
                 "某某县统计局")
    assert _got(under, "metric", "role") == _got(alone, "metric", "role")
    bare = _run(_EXTRACTOR[0], _WRAPPED.format(row="每千常住人口医疗 张 4.12 2.5"), "2026-03-20", "某某县统计局")
    other = _run(_EXTRACTOR[0], _WRAPPED.format(row="每千常住人口医疗 张 4.12 2.5\n其他"), "2026-03-20", "某某县统计局")
    assert _got(other, "metric", "role") == _got(bare, "metric", "role")


def test_a_measure_word_that_opens_a_city_name_on_the_next_line_is_no_measure() -> None:
    """A table's rows run together into one sentence (当阳市 … 980 320 / 枝江市 …): 枝 opens 枝江市, a county-level city, as
    个 opens 个旧市, and measures nothing there."""
    figs = _run(_EXTRACTOR[0], "全市新增花卉苗木980\n枝江市新增就业1040人。\n", "2025-10-20", "宜昌市人力资源和社会保障局")
    assert _got(figs) == [("1040人",)]


# a newspaper page with a bar chart beside a story's columns (pdftotext -layout): the bars read by where they stand
_BARS = """上半年各县（市、区）新增养老床位（张）                             浈江区养老服务提质
 400

                         320                       本报讯 今年以来，浈江区新      中护理型床位610张。
 300
                                 270           建镇级养老服务中心3个，新增养         浈江区计划到2026年底，再新
        210                                    老床位260张，全区养老机构床     增护理型床位150张以上。
 200                                     160   位总数达到1260张，其
                 130

 100


   0
        武江区     浈江区      曲江区     始兴县    仁化县
"""


def test_a_chart_bar_has_no_label_run_on_to_the_line_under_it() -> None:
    """A chart's bar (浈江区 130, read by where it stands) is no table row under a head: the short line under it is
    never read as the rest of its label, and the page's bars and story are read as before (each bar its county's)."""
    figs = _run(_EXTRACTOR[0], _BARS, "2025-07-20", "某某日报")
    bars = {f["quote"]: f["place"] for f in figs if f["quote"] in ("210", "130", "320", "270", "160")}
    assert bars == {"210": "武江区", "130": "浈江区", "320": "曲江区", "270": "始兴县", "160": "仁化县"}


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_bulletins36_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins36 (江西省's 卫生健康统计简报 with a table of its 设区市 under one-line heads with units in
    brackets, the 全省 row first, by pdfplumber's layout text at x_density 4; 宜昌市's 第三季度 人社 release by
    `pdftotext -raw -nodiag`, its table by county under a two-level head with a growth column inside a group and a
    9月末 参保 table; 沭阳县's 公报 on a landscape page whose two tables side by side have wrapped labels, by pypdfium2's
    get_text_range()). Blind, main scored recall 0.7143, precision 0.991, topic_beds 0.9474 (every other attribute 1.0):
    both of 宜昌市's tables lost, a number read across two cells with 枝江市's first character as its unit, a wrapped
    label's row a bare count. After: recall, precision and every attribute 1.0. Floors, not the exact scores."""
    s = scored("bulletins36")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995


@pytest.mark.parametrize("caption", ["襄阳市2025年第三季度人社数据发布\n表1 2025年1—9月各县（市、区）城镇新增就业情况\n",
                                     "表1 2025年1—9月襄阳市各县（市、区）城镇新增就业情况\n"])
def test_rows_that_name_their_place_keep_it_under_a_caption_that_names_the_city(caption: str) -> None:
    """The bulletin's title set right over the caption, or a caption that names the city before its 各县（市、区）: the
    caption's area is of rows that name none; a row that names its county (樊城区 5320 …) is that county's, the 全市 row
    the city's."""
    text = (f"{caption}单位：人\n{_TOP}\n1—9月 第三季度 1—9月 第三季度\n"
            "樊城区 5320 1720 1380 460\n枣阳市 4160 1350 1070 350\n全市 39800 12900 10200 3360\n")
    figs = [f for f in _run(_EXTRACTOR[0], text, "2025-10-18", _SOURCE) if f["quote"] != "2025"]
    assert [f["place"] for f in figs] == ["樊城区"] * 4 + ["枣阳市"] * 4 + ["襄阳市"] * 4


def test_a_caption_that_names_a_county_still_places_rows_that_name_none() -> None:
    """表1 2025年末谷城县医疗卫生资源 over rows of kinds (床位, 人员) in a city's bulletin: the rows name no place, so
    the caption's county is theirs."""
    text = ("表1 2025年末谷城县医疗卫生资源\n指标 单位 年末数 比上年末增减\n医疗卫生机构床位 张 3862 146\n"
            "卫生技术人员 人 4126 138\n")
    figs = _run(_EXTRACTOR[0], text, "2026-03-20", "襄阳市卫生健康委员会", "襄阳市")
    assert {f["place"] for f in figs if f["quote"] != "2025"} == {"谷城县"}
