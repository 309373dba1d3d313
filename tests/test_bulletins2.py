"""What the blind set data/gold/bulletins2 found: statistical bulletins of a city, a county-level city
and an autonomous prefecture, a province's 卫健 bulletin and 医保 快报, a city's 人社 and 民政 bulletins
and a city's 卫健 bulletin; three read from a page (numbers broken at line ends, spaced characters,
full-width digits, a running head and a page number inside a sentence, tables read as lines). Every
miss was a table: one printed a cell a line, one set out with wide gaps, one naming its units in
brackets. Sentences invented, in the style of such texts; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_table_printed_a_cell_a_line(extractor: Extractor) -> None:
    """指标 | 绝对数（亿元） | 比上年增长（%） | 城镇 | 89.2 | 4.1: a text extractor gave each cell a line of its
    own; joined as lines, a row read 城镇89.24.1 and its last cell 12.8 | 7.5 read as 12.87 元. The head
    and each row are gathered into one line, the column's unit taken from its brackets."""
    page = ("某市2024年国民经济和社会发展统计公报\n全年社会消费品零售总额96.4亿元，比上年增长4.3%。\n"
            "表1  2024年社会消费品零售总额分类情况\n指标\n"
            "绝对数（亿元）\n比上年增长（%）\n城镇\n89.2\n4.1\n餐饮收入\n12.8\n7.5\n\n六、对外经济\n全年进出口总额4.26亿元。")
    figs = _run(extractor, page, "2025-04-20")
    assert quoted(figs, "value", "measure", "role", "period") == [
        ("96.4亿元", 9640000000, "元", "level", "2024"), ("4.3%", 4.3, "%", "change", "2024"),
        ("89.2", 8920000000, "元", "level", "2024"), ("4.1", 4.1, "%", "change", "2024"),
        ("12.8", 1280000000, "元", "level", "2024"), ("7.5", 7.5, "%", "change", "2024"),
        ("4.26亿元", 426000000, "元", "level", "2024")]


def test_a_lone_label_word_that_opens_no_table(extractor: Extractor) -> None:
    """项目 alone on a line, then a sentence: no head gathers, the lines go on as any (nothing lost)."""
    figs = extractor.extract_text("重点项目\n项目\n全年实施重点项目126个，完成投资85.6亿元。\n指标\n完成情况良好。").figures
    assert [(f["quote"], f["value"]) for f in figs] == [("126个", 126), ("85.6亿元", 8560000000)]


def test_a_table_set_out_with_wide_gaps(extractor: Extractor) -> None:
    """表2  2024年主要农产品产量 | 产品名称  单位  产量  比上年增长（%）: the gaps made the caption and the
    head columns of a page to cut apart, so the head never read and its rows gave no figure."""
    page = ("某州2024年国民经济和社会发展统计公报\n表2  2024年主要农产品产量\n"
            "产品名称  单位  产量  比上年增长（%）\n粮食  万吨  28.4  2.1\n"
            "油料  吨  8620  -4.2\n\n三、工业\n全年规模以上工业增加值比上年增长8.2%。")
    figs = _run(extractor, page, "2025-04-28")
    assert quoted(figs, "value", "measure", "role", "period") == [
        ("28.4", 284000, "吨", "level", "2024"), ("2.1", 2.1, "%", "change", "2024"),
        ("8620", 8620, "吨", "level", "2024"), ("-4.2", -4.2, "%", "change", "2024"),
        ("8.2%", 8.2, "%", "change", "2024")]


def test_year_columns_and_a_unit_at_the_end_of_each_label(extractor: Extractor) -> None:
    """指标  2023年  2024年 | 病床使用率（%）  78.3  76.2: each row names its unit in brackets; with no
    unit cell and no caption note the head read as none. 平均住院日（日）: 日 is no measure word alone
    (a day of a month), so that row gives no figure."""
    page = ("某市2024年卫生健康事业发展统计公报\n表3  医院病床使用情况\n指标  2023年  2024年\n"
            "病床使用率（%）  78.3  76.2\n平均住院日（日）  8.9  8.6\n"
            "\n三、基层卫生\n年末全市共有乡镇卫生院142个。")
    figs = _run(extractor, page, "2025-06-18")
    assert quoted(figs, "value", "measure", "role", "period") == [
        ("78.3", 78.3, "%", "level", "2023"), ("76.2", 76.2, "%", "level", "2024"),
        ("142个", 142, "个", "level", "2024")]


def test_a_number_with_two_decimal_points_is_no_number(extractor: Extractor) -> None:
    """12.87.5: two cells joined by a line break, or a version; never 12.87 (a wrong value)."""
    assert extractor.extract_text("全市餐饮收入12.87.5亿元，增长7.5%。").figures[0]["quote"] == "7.5%"
    assert len(extractor.extract_text("全市餐饮收入12.87.5亿元，增长7.5%。").figures) == 1
