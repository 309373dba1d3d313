"""What the blind set data/gold/bulletins22 found: three 2025/2026 bulletins typeset as PDF and read back by readers
earlier sets used once (a 卫生健康 bulletin by pdfplumber's extract_text(layout=True), a 人社 bulletin by
`pdftotext -raw`, a 统计月报 of 1—6月 by `pdftotext -layout`). Blind, recall 0.82, precision 0.995: a table of years
whose head names each rate's base on its second line (孕产妇死亡率 / （1/10万）, 婴儿死亡率 / （‰）) read as no table, and
its （1/10万） as a figure of one per 100,000 (the per-mille sign, Unicode Po, counted as a clause's mark, the base's
digits as a row's; rows labelled 2023年 read as a number with its word); the monthly's 指标 1—6月 比上年同期 / 绝对数
增长（%） read as three columns (1—6月 and 绝对数 apart), and its 6月末 rows, a digit in their label, ended the table.
Sentences invented, in the style of such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_table_of_years_whose_rates_name_their_base_on_the_heads_second_line(extractor: Extractor) -> None:
    """年份 孕产妇死亡率 婴儿死亡率 / （1/10万） （‰）, flush left as pdfplumber sets it: each row's rates per 100,000 and
    per mille, of its year; the base in brackets is no figure, and no rate reads as a percent."""
    text = ("表2 2024—2025年妇幼健康主要指标\n年份 孕产妇死亡率 婴儿死亡率\n（1/10万） （‰）\n"
            "2024年 15.32 3.06\n2025年 12.84 2.71\n注：婴儿死亡率按每千活产计算。\n")
    figs = _run(extractor, text, "2026-05-10", source="某市卫生健康委员会")
    assert [(f["quote"], f["value"], f["unit"], f["period"]) for f in figs] == [
        ("15.32", 15.32, "per_100k", "2024"), ("3.06", 3.06, "permille", "2024"),
        ("12.84", 12.84, "per_100k", "2025"), ("2.71", 2.71, "permille", "2025")]


def test_a_laid_out_table_of_years_keeps_its_rows_cells_apart(extractor: Extractor) -> None:
    """The same head as the page lays it out (wide gaps, the last column's word run over two lines, 5岁以下儿童 /
    死亡率（‰）): the rows under it, each opening with its year, are rows whose cells stay apart."""
    text = ("表3 2023—2025年妇幼卫生指标\n\n"
            "      年份              孕产妇死亡率        婴儿死亡率        5岁以下儿童\n"
            "                          （1/10万）           （‰）          死亡率（‰）\n"
            "      2024年                 16.40            3.25              4.18\n"
            "      2025年                 11.72            2.94              3.87\n")
    figs = _run(extractor, text, "2026-05-10", source="某市卫生健康委员会")
    assert _got(figs, "value", "unit", "period") == [
        ("16.40", 16.4, "per_100k", "2024"), ("3.25", 3.25, "permille", "2024"), ("4.18", 4.18, "permille", "2024"),
        ("11.72", 11.72, "per_100k", "2025"), ("2.94", 2.94, "permille", "2025"), ("3.87", 3.87, "permille", "2025")]


def test_a_monthly_table_of_a_spans_amounts_and_their_growth_with_units_in_the_labels(extractor: Extractor) -> None:
    """指标 1—6月 比上年同期 / 绝对数 增长（%）: two columns, the span's amounts in each label's unit and their growth;
    a 6月末 row (a month in its label) is a row too, and the rows after it go on."""
    text = ("表1 2026年1—6月主要经济指标\n\n"
            "指标                              1—6月       比上年同期\n"
            "                                  绝对数        增长（%）\n\n"
            "社会消费品零售总额（亿元）          41.56          4.7\n"
            "6月末贷款余额（亿元）              328.14          8.3\n"
            "城镇新增就业（人）                  2715          6.2\n")
    figs = _run(extractor, text, "2026-07-18", source="某县统计局")
    assert _got(figs, "value", "role", "unit") == [
        ("41.56", 4156000000, "level", "CNY"), ("4.7", 4.7, "change", "percent"),
        ("328.14", 32814000000, "level", "CNY"), ("8.3", 8.3, "change", "percent"),
        ("2715", 2715, "level", "person"), ("6.2", 6.2, "change", "percent")]
