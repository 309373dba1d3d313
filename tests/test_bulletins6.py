"""What the blind set data/gold/bulletins6 found: five bulletins, each with a table read as lines (a county's
farm output, a county-level city's industrial products continued after a page break under its head again, a
county's schools by kind under a head set over two lines, a prefecture's districts and counties, a city's
social insurance by fund with the gaps between its cells lost). Blind, main missed three tables: a product
whose label names the basis it is counted on (烧碱（折100%）) ended the table, the schools' head (学校类别 学校数
招生数 在校生数 毕业生数 over （所） （人） （人） （人）) was no head, and the social insurance head (险种
参保人数（万人）基金收入（亿元）基金支出（亿元）) neither. Sentences invented, in the style of such texts; the
figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted

_SCHOOLS = ("表1 2025年各级各类学校基本情况\n"
            "学校类别 学校数 招生数 在校生数 毕业生数\n"
            "（所） （人） （人） （人）\n"
            "普通高中 9 6120 17835 5604\n"
            "特殊教育学校 1 31 205 28\n")


def test_a_head_over_two_lines_gives_each_column_the_unit_under_it(extractor: Extractor) -> None:
    """The column words on one line, their units in brackets on the next, in the same order: the two lines are
    one head, each column the unit under it, and the rows of whole numbers keep their cells apart."""
    figs = _run(extractor, _SCHOOLS, "2026-03-12")
    assert quoted(figs, "value", "measure", "role", "period") == [
        ("9", 9, "所", "level", "2025"), ("6120", 6120, "人", "level", "2025"),
        ("17835", 17835, "人", "level", "2025"), ("5604", 5604, "人", "level", "2025"),
        ("1", 1, "所", "level", "2025"), ("31", 31, "人", "level", "2025"),
        ("205", 205, "人", "level", "2025"), ("28", 28, "人", "level", "2025")]


def test_units_under_a_head_that_do_not_match_its_columns_read_no_table(extractor: Extractor) -> None:
    """Three units under four columns: which column has which? No figure from the rows."""
    text = _SCHOOLS.replace("（所） （人） （人） （人）", "（所） （人） （人）")
    assert _run(extractor, text, "2026-03-12") == []


def test_a_products_counting_basis_in_its_label_keeps_the_table_going(extractor: Extractor) -> None:
    """烧碱（折100%）: the percent names the basis the output is counted on, a word of the label; the row and
    the rows after it read."""
    text = ("表3 2025年规模以上工业主要产品产量\n产品名称 单位 产量 比上年增长（%）\n"
            "原盐 万吨 286.4 3.1\n烧碱（折100%） 万吨 38.2 -2.6\n纯碱 万吨 25.7 4.4\n")
    figs = _run(extractor, text, "2026-04-15")
    assert quoted(figs, "value", "measure", "role") == [
        ("286.4", 2864000, "吨", "level"), ("3.1", 3.1, "%", "change"),
        ("38.2", 382000, "吨", "level"), ("-2.6", -2.6, "%", "change"),
        ("25.7", 257000, "吨", "level"), ("4.4", 4.4, "%", "change")]


def test_a_table_continued_after_a_page_break_under_its_head_again(extractor: Extractor) -> None:
    """The page number and running head between the rows, then the head again: the rows on the next page read."""
    text = ("表3 2025年规模以上工业主要产品产量\n产品名称 单位 产量 比上年增长（%）\n水泥 万吨 215.4 -6.3\n"
            "— 6 —\n某市2025年国民经济和社会发展统计公报\n产品名称 单位 产量 比上年增长（%）\n钢材 万吨 18.6 12.4\n")
    figs = _run(extractor, text, "2026-04-15")
    assert quoted(figs, "value", "measure") == [
        ("215.4", 2154000, "吨"), ("-6.3", -6.3, "%"), ("18.6", 186000, "吨"), ("12.4", 12.4, "%")]


def test_three_decimals_run_together_give_nothing(extractor: Extractor) -> None:
    """险种参保人数（万人）基金收入（亿元）基金支出（亿元） is a head, but 失业保险5.120.860.52 parts as 5.12|0.86|0.52 or
    5.1|20.86|0.52 or 5.12|0.8|60.52 …, and every row of the table as many ways: no figure."""
    text = ("表1 2025年社会保险参保情况\n险种参保人数（万人）基金收入（亿元）基金支出（亿元）\n"
            "企业职工基本养老保险8.2618.4617.92\n失业保险5.120.860.52\n工伤保险7.360.620.58\n")
    assert _run(extractor, text, "2026-05-20") == []


def test_the_social_insurance_head_reads_its_rows_set_out_with_gaps(extractor: Extractor) -> None:
    """The same head with its cells apart: each column its unit in brackets."""
    text = ("表1 2025年社会保险参保情况\n险种 参保人数（万人） 基金收入（亿元） 基金支出（亿元）\n"
            "失业保险 5.12 0.86 0.52\n")
    figs = _run(extractor, text, "2026-05-20")
    assert quoted(figs, "value", "measure") == [
        ("5.12", 51200, "人"), ("0.86", 86000000, "元"), ("0.52", 52000000, "元")]
