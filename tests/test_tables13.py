"""Two table shapes the table reader missed (stats/find/tablerows.py, rules/lexicon/tables.yaml): a table whose rows
are years (年份 孕产妇死亡率（1/10万） 婴儿死亡率（‰）, then 2023 15.6 2.65), each cell its column's measure and its row's
year; and a table by place whose percent column names nothing it is a share of (完成年度任务（%）) under a caption that
does (各县（市、区）城镇新增就业): its cells are the caption's subject's. Tables invented, in the style of a county's
health bulletin and a city paper's page."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

RATES = ("表3 2022-2024年妇幼健康主要指标\n"
         "年份 孕产妇死亡率（1/10万） 婴儿死亡率（‰） 5岁以下儿童死亡率（‰）\n"
         "2022 12.4 2.71 3.95\n"
         "2023 0 2.36 3.40\n"
         "2024 10.8 2.05 3.12\n\n"
         "全年全县活产数2412人。\n")


def test_a_table_of_years_gives_each_cell_its_columns_measure_and_its_rows_year(extractor: Extractor) -> None:
    """A rate per 100 000 (1/10万: 12.4 is 12.4/10万) and per mille (‰) beside it; the column word with a digit in it
    (5岁以下儿童死亡率) still a column; each cell a level of its row's year."""
    figs = _run(extractor, RATES, "2025-04-10", source="某县卫生健康局")
    got = _got(figs, "value", "measure", "role", "period")
    assert got[:9] == [("12.4", 12.4, "/10万", "level", "2022"), ("2.71", 2.71, "‰", "level", "2022"),
                       ("3.95", 3.95, "‰", "level", "2022"), ("0", 0, "/10万", "level", "2023"),
                       ("2.36", 2.36, "‰", "level", "2023"), ("3.40", 3.4, "‰", "level", "2023"),
                       ("10.8", 10.8, "/10万", "level", "2024"), ("2.05", 2.05, "‰", "level", "2024"),
                       ("3.12", 3.12, "‰", "level", "2024")]
    assert got[9][0] == "2412人"


def test_year_labels_with_their_year_word_and_counted_columns(extractor: Extractor) -> None:
    """2023年 as a row's label; beds, staff and money columns, each in the unit its brackets name."""
    text = ("表2 2023-2024年卫生资源情况\n"
            "年份 床位数（张） 卫生技术人员（人） 卫生总费用（亿元）\n"
            "2023年 1286 1542 6.35\n"
            "2024年 1350 1618 6.92\n")
    figs = _run(extractor, text, "2025-04-10", source="某县卫生健康局")
    got = _got(figs, "value", "measure", "period")
    assert got == [("1286", 1286, "张", "2023"), ("1542", 1542, "人", "2023"), ("6.35", 635000000, "元", "2023"),
                   ("1350", 1350, "张", "2024"), ("1618", 1618, "人", "2024"), ("6.92", 692000000, "元", "2024")]
    assert [f["topic"] for f in figs[:3]] == ["beds", "other", "money"]
    assert [f["subject"] for f in figs[:3]] == ["床位数", "卫生技术人员", "卫生总费用"]  # (what its column holds)


def test_a_year_row_needs_its_head(extractor: Extractor) -> None:
    """A line of a year and numbers with no head of a table of years over it is no row: no figure (which measure?); a row
    whose year has a word beside it is no row of such a table either; a column that names no unit reads no table."""
    assert _run(extractor, "历年数据如下\n2023 15.6 2.65 3.86\n", "2025-04-10") == []
    text = "年份 孕产妇死亡率（1/10万） 婴儿死亡率（‰）\n2023 全县 15.6 2.65\n"
    assert [f["quote"] for f in _run(extractor, text, "2025-04-10")] == []
    text = "年份 床位数 卫生技术人员（人）\n2023年 1286 1542\n"
    assert [f["quote"] for f in _run(extractor, text, "2025-04-10")] == []


def test_a_year_label_under_an_indicator_head_is_no_row(extractor: Extractor) -> None:
    """Under a head whose first column names indicators (指标), a row labelled by a year is none of its rows."""
    text = "表1 主要指标\n指标 绝对数（亿元） 比上年增长（%）\n2023年 12.50 6.1\n"
    assert [f["quote"] for f in _run(extractor, text, "2025-04-10")] == []


JOBS = ("前三季度各县（市、区）城镇新增就业\n"
        "地区 新增就业（人） 完成年度任务（%）\n"
        "华容县 3120 78.0\n"
        "安乡县 2640 82.5\n")


def test_a_percent_column_takes_the_captions_subject(extractor: Extractor) -> None:
    """完成年度任务（%） names no measure of its own; the rows name only places; the caption names what the share is of:
    the percent cells are jobs as the counts beside them are."""
    figs = _run(extractor, JOBS, "2025-10-20", source="某某日报")
    got = _got(figs, "value", "measure", "topic", "place")
    assert got == [("3120", 3120, "人", "jobs", "华容县"), ("78.0", 78.0, "%", "jobs", "华容县"),
                   ("2640", 2640, "人", "jobs", "安乡县"), ("82.5", 82.5, "%", "jobs", "安乡县")]


def test_a_caption_that_names_nothing_leaves_a_percent_a_percent(extractor: Extractor) -> None:
    """A caption with no word the metric rules know (各县（市、区）情况) gives the percent column nothing: a percent."""
    text = JOBS.replace("城镇新增就业", "主要情况").replace("新增就业（人）", "人数（人）")
    figs = _run(extractor, text, "2025-10-20", source="某某日报")
    assert [(f["quote"], f["topic"]) for f in figs if f["measure"] == "%"] == [("78.0", "percent"), ("82.5", "percent")]


def test_a_rows_own_words_keep_their_metric(extractor: Extractor) -> None:
    """Where the row's label names what the share is of (城镇新增就业), the caption changes nothing."""
    text = "表4 2025年民生实事完成情况\n指标 单位 目标任务 1-10月完成 完成比例（%）\n城镇新增就业 人 5500 5862 106.6\n"
    figs = _run(extractor, text, "2025-11-05", source="某某日报")
    assert [(f["quote"], f["topic"]) for f in figs] == [("5500", "jobs"), ("5862", "jobs"), ("106.6", "jobs")]
