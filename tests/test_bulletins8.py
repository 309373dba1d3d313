"""What the blind set data/gold/bulletins8 found: five statistics bulletins' sections full of tables (a county's
industrial output table split by a page break with its head repeated, its population table by town and country;
a city's schools under a head of two lines and its health institutions above a 注： line; a transport table whose
rows name their units in brackets, 其中 rows under them, and a population table under a unit line of its own
(单位：万人、%) whose share column has no mark; a population table with a count column 人数（万人）; an output table
whose gaps were lost in three rows, and a schools table under 单位：所、人). Blind, main missed the population tables
(比重 without its mark, 人数 no column word), the rows from the first 其中 on, the schools under a note of two
units, and every row after the one whose cells ran together more ways than one. Sentences invented, in the style
of such texts; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted

_TRANSPORT = ("表6 2024年各种运输方式完成运输量\n指标 绝对数 比上年增长（%）\n货运量（万吨） 3186 5.8\n"
              "其中：公路 2865 6.3\n水路 321 -0.9\n货物周转量（万吨公里） 486520 4.7\n客运量（万人） 352 -2.8\n")


def test_parts_under_a_row_take_the_unit_it_names_in_brackets(extractor: Extractor) -> None:
    """其中：公路 and 水路 after it, under 货运量（万吨）: tonnes; 货物周转量（万吨公里）: tonne-kilometres, no tonnes;
    客运量（万人） names its own unit again."""
    figs = _run(extractor, _TRANSPORT, "2025-03-31")
    assert quoted(figs, "value", "measure", "role") == [
        ("3186", 31860000, "吨", "level"), ("5.8", 5.8, "%", "change"),
        ("2865", 28650000, "吨", "level"), ("6.3", 6.3, "%", "change"),
        ("321", 3210000, "吨", "level"), ("-0.9", -0.9, "%", "change"),
        ("486520", 4865200000, "吨公里", "level"), ("4.7", 4.7, "%", "change"),
        ("352", 3520000, "人", "level"), ("-2.8", -2.8, "%", "change")]


def test_a_part_of_a_row_whose_unit_is_unread_gives_no_level(extractor: Extractor) -> None:
    """其中：公路 under 能源消费量（万吨标准煤）, a unit the table reader reads as no one measure word: the growths
    only, not the tonnes of the row above that one."""
    text = _TRANSPORT.replace("客运量（万人） 352 -2.8\n", "能源消费量（万吨标准煤） 38.6 3.4\n其中：公路 9.6 2.1\n")
    figs = _run(extractor, text, "2025-03-31")
    assert [f["quote"] for f in figs][-3:] == ["4.7", "3.4", "2.1"]


def test_a_row_with_no_unit_and_no_part_word_ends_the_table(extractor: Extractor) -> None:
    """公路 right under 货运量（万吨）, no 其中： a part or an item of its own? no figure."""
    text = "表6 2024年运输量\n指标 绝对数 比上年增长（%）\n货运量（万吨） 3186 5.8\n公路 2865 6.3\n"
    assert [f["quote"] for f in _run(extractor, text, "2025-03-31")] == ["3186", "5.8"]


def test_a_share_column_takes_the_percent_of_a_unit_line(extractor: Extractor) -> None:
    """单位：万人、% on its own line: 年末数 in 万人, the unmarked 比重 in percent; age bands are labels."""
    text = ("表10 2024年末人口数及其构成\n单位：万人、%\n指标 年末数 比重\n常住人口 64.28 100.0\n"
            "0-14岁 9.86 15.34\n")
    figs = _run(extractor, text, "2025-03-31")
    assert quoted(figs, "value", "measure", "period") == [
        ("64.28", 642800, "人", "2024"), ("100.0", 100, "%", "2024"),
        ("9.86", 98600, "人", "2024"), ("15.34", 15.34, "%", "2024")]


def test_a_note_of_two_units_gives_each_column_its_own(extractor: Extractor) -> None:
    """单位：所、人 over 学校数 招生数: schools in 所, pupils in 人."""
    text = ("表10 2025年各级学校基本情况\n单位：所、人\n学校类别 学校数 招生数 在校生数 毕业生数\n"
            "普通高中 9 7526 22318 7105\n")
    figs = _run(extractor, text, "2026-04-02")
    assert quoted(figs, "value", "measure") == [
        ("9", 9, "所"), ("7526", 7526, "人"), ("22318", 22318, "人"), ("7105", 7105, "人")]


def test_a_row_run_together_more_ways_than_one_gives_nothing_and_the_table_goes_on(extractor: Extractor) -> None:
    """饲料 万吨 92.4512.6 (92.45|12.6 or 92.451|2.6?): no figure; the rows under it still read."""
    text = ("表4 2025年规模以上工业主要产品产量\n产品名称 单位 产量 比上年增长%\n饲料 万吨 92.4512.6\n"
            "不锈钢材 万吨 186.32-4.5\n汽车 辆 8652-12.3\n电动机 台 35620 9.6\n")
    figs = _run(extractor, text, "2026-04-02")
    assert quoted(figs, "value", "measure") == [
        ("186.32", 1863200, "吨"), ("-4.5", -4.5, "%"), ("8652", 8652, "辆"), ("-12.3", -12.3, "%"),
        ("35620", 35620, "台"), ("9.6", 9.6, "%")]
