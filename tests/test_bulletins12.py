"""What the blind set data/gold/bulletins12 found: five 2025 bulletins (a county's and a city's statistics, a county
city's health, an autonomous prefecture's labour and social security, a county's medical insurance) with charts and
tables of shapes no set had: a chart's caption (图1 2021-2025年城镇新增就业人数) over its unit and a line of its bars'
values, the years under or over them; a retail table copied with tabs (商品类别 零售额（亿元）); a fund table whose
rows group under a label run on from the head's line; a two-year table with a difference column (增减) whose rows name
their units; a head whose columns' words and units run over two lines, its rows' labels cut over two. Blind, main read
no chart (its lines ran into one paragraph, whole numbers glued into one: 85268915…, and the table under it into the
chart's caption, so the prose after that table took the year its head named last), none of those tables, and the
rate's base in a head (孕产妇死亡率（1/10万）) as a figure. Texts invented, in the style of such bulletins; the figures
worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_charts_values_a_year_each_in_the_captions_unit(extractor: Extractor) -> None:
    """图1 2021-2025年城镇新增就业人数 / 单位：人 / a line of five whole numbers / the years: each value a figure of
    its year in persons, a jobs figure; the whole numbers keep apart, and the table under the chart reads as its own
    (the prose after it dated by the document, not by its head's last year)."""
    text = ("某州2025年人力资源和社会保障事业发展统计公报\n\n一、就业\n全年全州城镇新增就业9862人。\n\n"
            "图1 2021-2025年城镇新增就业人数\n单位：人\n8526 8915 9230 9615 9862\n2021年 2022年 2023年 2024年 2025年\n\n"
            "表1 2025年就业主要指标\n指标名称 单位 2025年 2024年\n城镇新增就业 人 9862 9615\n\n"
            "二、社会保险\n年末全州失业保险参保人数7.42万人。\n")
    figs = _run(extractor, text, "2026-05-12")
    assert quoted(figs, "value", "period") == [
        ("9862人", 9862, "2025"), ("8526", 8526, "2021"), ("8915", 8915, "2022"), ("9230", 9230, "2023"),
        ("9615", 9615, "2024"), ("9862", 9862, "2025"), ("9862", 9862, "2025"), ("9615", 9615, "2024"),
        ("7.42万人", 74200, "2025")]
    assert all(f["metric"].startswith("jobs.") for f in figs[:8])


def test_a_charts_two_series_and_their_growth(extractor: Extractor) -> None:
    """图1 2023-2025年地区生产总值及其增长速度 / 亿元 % / a line of levels / a line of growth rates: the first series in
    亿元, the second in percent, changes since the caption names a growth; the years' line before the values too, and a
    unit in the caption's brackets."""
    text = ("某县2025年国民经济和社会发展统计公报\n\n一、综合\n全年全县地区生产总值412.6亿元。\n\n"
            "图1 2023-2025年地区生产总值及其增长速度\n亿元 %\n372.1 389.4 412.6\n5.1 5.8 6.2\n2023年 2024年 2025年\n\n"
            "图2 2024-2025年诊疗人次数（万人次）\n2024年 2025年\n255.8 268.4\n")
    figs = _run(extractor, text, "2026-03-28")
    assert quoted(figs, "value", "measure", "role", "period") == [
        ("412.6亿元", 41260000000, "元", "level", "2025"),
        ("372.1", 37210000000, "元", "level", "2023"), ("389.4", 38940000000, "元", "level", "2024"),
        ("412.6", 41260000000, "元", "level", "2025"),
        ("5.1", 5.1, "%", "change", "2023"), ("5.8", 5.8, "%", "change", "2024"), ("6.2", 6.2, "%", "change", "2025"),
        ("255.8", 2558000, "人次", "level", "2024"), ("268.4", 2684000, "人次", "level", "2025")]


def test_a_chart_with_a_value_short_or_no_unit_gives_none(extractor: Extractor) -> None:
    """Four values under five years, or no unit in the caption nor on a line: which bar is which, in what? No figure."""
    for chart in ("图1 2021-2025年诊疗人次数（万人次）\n231.5 226.8 249.2 255.8\n2021年 2022年 2023年 2024年 2025年\n",
                  "图1 2021-2025年诊疗人次数\n2021年 2022年 2023年 2024年 2025年\n231.5 226.8 249.2 255.8 268.4\n"):
        figs = _run(extractor, "某市2025年卫生健康事业发展统计公报\n\n" + chart, "2026-05-22")
        assert figs == [], chart


def test_a_retail_table_copied_with_tabs(extractor: Extractor) -> None:
    """商品类别 零售额（亿元） 比上年增长%, tabs between the cells: each row's sales in 亿元 and its growth."""
    text = ("某县2025年国民经济和社会发展统计公报\n\n表2 2025年限额以上单位主要商品零售额\n"
            "商品类别\t零售额（亿元）\t比上年增长%\n汽车类\t12.85\t-5.8\n")
    figs = _run(extractor, text, "2026-03-28")
    assert quoted(figs, "value", "measure", "role", "period") == [
        ("12.85", 1285000000, "元", "level", "2025"), ("-5.8", -5.8, "%", "change", "2025")]


def test_a_group_label_run_on_from_the_head_and_under_a_continued_head(extractor: Extractor) -> None:
    """职工基本医疗保险（含生育保险） on the line under 指标 绝对数（亿元） 比上年增长%, and 城乡居民基本医疗保险 under
    the head set again after 续表: the rows under each read under the first head (its caption's year)."""
    text = ("某县2025年医疗保障事业发展统计公报\n\n表1 2025年基本医疗保险基金收支情况\n指标 绝对数（亿元） 比上年增长%\n"
            "职工基本医疗保险（含生育保险）\n基金收入 3.26 5.8\n— 2 —\n续表\n指标 绝对数（亿元） 比上年增长%\n"
            "城乡居民基本医疗保险\n年末累计结存 4.38 -3.5\n")
    figs = _run(extractor, text, "2026-04-16")
    assert quoted(figs, "value", "role", "period") == [
        ("3.26", 326000000, "level", "2025"), ("5.8", 5.8, "change", "2025"),
        ("4.38", 438000000, "level", "2025"), ("-3.5", -3.5, "change", "2025")]


def test_a_difference_column_takes_each_rows_unit(extractor: Extractor) -> None:
    """指标 2024年 2025年 增减, each row's unit in its label's brackets: the difference is an amount of that unit (beds
    for 床位数（张）), a fall signed; a rate's row (病床使用率（%）) gives its two levels only."""
    text = ("某市2025年卫生健康事业发展统计公报\n\n表1 全市卫生资源主要指标\n指标 2024年 2025年 增减\n"
            "床位数（张） 3796 3862 66\n卫生机构数（个） 391 386 -5\n病床使用率（%） 81.5 80.1 -1.4\n")
    figs = _run(extractor, text, "2026-05-22")
    assert quoted(figs, "value", "measure", "role", "period") == [
        ("3796", 3796, "张", "level", "2024"), ("3862", 3862, "张", "level", "2025"), ("66", 66, "张", "change", "2025"),
        ("391", 391, "个", "level", "2024"), ("386", 386, "个", "level", "2025"), ("-5", -5, "个", "change", "2025"),
        ("81.5", 81.5, "%", "level", "2024"), ("80.1", 80.1, "%", "level", "2025")]
    assert figs[2]["metric"].startswith("beds.")


def test_a_head_over_two_lines_and_labels_cut_over_two(extractor: Extractor) -> None:
    """项目 年末参保人数 比上年末 / （万人） 增减（万人）: each column's rest under its word; 城镇职工基本养老 / 保险 186.42
    2.36: the row's label cut by its column's width, its cells still a level and its change in persons."""
    text = ("某市2025年国民经济和社会发展统计公报\n\n六、社会保障\n全年全市居民人均可支配收入62518元。\n\n"
            "表2 2025年末社会保险参保情况\n项目 年末参保人数 比上年末\n"
            " （万人） 增减（万人）\n城镇职工基本养老\n保险 186.42 2.36\n城乡居民基本养老\n保险 52.18 -0.84\n")
    figs = _run(extractor, text, "2026-03-20")
    assert quoted(figs, "value", "measure", "role") == [
        ("62518元", 62518, "元", "level"), ("186.42", 1864200, "人", "level"), ("2.36", 23600, "人", "change"),
        ("52.18", 521800, "人", "level"), ("-0.84", -8400, "人", "change")]


def test_a_rates_base_in_a_head_is_no_figure(extractor: Extractor) -> None:
    """孕产妇死亡率（1/10万）: the unit of the column's cells, not one per 100,000."""
    figs = _run(extractor, "某市卫生健康统计公报\n\n全年孕产妇死亡率（1/10万）为13.8/10万。\n", "2026-05-22")
    assert quoted(figs, "value", "measure") == [("13.8/10万", 13.8, "/10万")]
