"""What the blind pages p135 and p136 of data/gold/pages showed (pages306): DOCSTRING_PENDING"""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# a caption naming the places in plural, its last words no column's (各县市区养老床位), run into the head by the reader
_CAPTIONED = ("渭南日报 2026年12月10日 星期四 第2版 综合\n渭南市各县市区养老床位\n地区 床位数（张） 增长（%）\n"
              "临渭区 1320 6.1\n华州区 860 4.2\n蒲城县 940 3.5\n")


def test_a_caption_whose_last_words_name_no_column_leaves_the_head_its_own_columns(extractor: Extractor) -> None:
    """A caption naming the places in plural (渭南市各县市区养老床位) whose line the reader joined to the head's (地区
    床位数（张） 增长（%）): the first reading opened in the caption (县市区) took its last words for a column and ran the
    head's label word into the next (养老床位, 地区床位数), so no row was read; the head is the reading that opens at the
    label word, its columns the rest of the first's: each row its place's beds and their growth."""
    got = quoted(dated_figures(extractor, _CAPTIONED, "2026-12-10", "渭南日报"), "measure", "place")
    assert got == [("1320", "张", "临渭区"), ("6.1", "%", "临渭区"), ("860", "张", "华州区"), ("4.2", "%", "华州区"),
                   ("940", "张", "蒲城县"), ("3.5", "%", "蒲城县")]


# a table of a district's indicators printed by pdfminer a box a line: the label column's head and the unit column's
# head before the labels (the head stands over two rows and those two cells span both), the units after the labels,
# then each column under its head of one line or two (1—10月 over 完成, 同比增长（%）, 2025年 over 全年)
_HEADS_FIRST = ("东丽时讯 2026年11月12日 星期四 第3版 综合\n\n2026年1—10月东丽区主要民生指标\n\n指标\n\n单位\n\n"
                "城镇新增就业\n\n新增养老床位\n\n新建老年助餐点\n\n万人\n\n张\n\n个\n\n1—10月\n\n完成\n\n1.86\n\n340\n\n26\n\n"
                "同比增长（%）\n\n4.5\n\n11.2\n\n8.3\n\n2025年\n\n全年\n\n2.04\n\n390\n\n31\n\n"
                "东丽区：老年助餐点覆盖所有街道\n")


def test_a_column_major_table_whose_label_and_unit_heads_came_before_the_labels(extractor: Extractor) -> None:
    """A table with a unit column whose label column's head (指标) and unit column's head (单位) the reader printed
    a line each before the labels, the units after them, then each value column under its head of one line or two:
    each row's cells in its own unit, the month run's results and growth of the caption's time, the whole year
    before's of 2025. Before, no cell was read."""
    got = quoted(dated_figures(extractor, _HEADS_FIRST, "2026-11-12", "东丽时讯"), "measure", "place", "period")
    assert got == [("1.86", "人", "东丽区", "2026M01-M10"), ("4.5", "%", "东丽区", "2026M01-M10"),
                   ("2.04", "人", "东丽区", "2025"),
                   ("340", "张", "东丽区", "2026M01-M10"), ("11.2", "%", "东丽区", "2026M01-M10"),
                   ("390", "张", "东丽区", "2025"),
                   ("26", "个", "东丽区", "2026M01-M10"), ("8.3", "%", "东丽区", "2026M01-M10"),
                   ("31", "个", "东丽区", "2025")]


def test_heads_before_the_labels_need_as_many_units_as_labels(extractor: Extractor) -> None:
    """One unit short of the labels (a unit cell lost): which row has which unit is unsure, so no cell is read
    rather than a cell in another row's unit."""
    text = _HEADS_FIRST.replace("万人\n\n张\n\n个\n\n", "万人\n\n张\n\n")
    got = quoted(dated_figures(extractor, text, "2026-11-12", "东丽时讯"), "measure")
    assert ("340", "张") not in got and ("26", "个") not in got


_ROWS = ("东丽时讯 2026年11月12日 星期四 第3版 综合\n2026年1—10月东丽区主要民生指标\n指标 单位 1—10月 同比增长（%） {year}\n"
         "城镇新增就业 万人 1.86 4.5 2.04\n新增养老床位 张 340 11.2 390\n")


def test_a_growth_right_after_a_run_of_months_is_of_those_months_not_of_a_year_column_after_it(
        extractor: Extractor) -> None:
    """A growth column right after a column of a run of months that names no year (1—10月 同比增长（%） 2025年) is the
    growth of the caption's months over the same months a year before: of 2026, not of the year column after it
    (before, 4.5 and 11.2 were given 2025's months: a wrong year)."""
    got = quoted(dated_figures(extractor, _ROWS.format(year="2025年"), "2026-11-12", "东丽时讯"), "period")
    assert ("4.5", "2026M01-M10") in got and ("11.2", "2026M01-M10") in got
    assert ("1.86", "2026M01-M10") in got


def test_a_year_column_of_the_whole_year_beside_a_run_of_months(extractor: Extractor) -> None:
    """2025年全年 beside 1—10月 under a caption of 2026年1—10月: the whole year before's sum, of 2025, not of 2025's
    first ten months (tables.yaml whole_year_ends; year_roles reads the word as the year's level)."""
    got = quoted(dated_figures(extractor, _ROWS.format(year="2025年全年"), "2026-11-12", "东丽时讯"), "measure", "period")
    assert ("2.04", "人", "2025") in got and ("390", "张", "2025") in got
    assert ("4.5", "%", "2026M01-M10") in got
