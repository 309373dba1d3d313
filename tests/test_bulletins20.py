"""What the blind set data/gold/bulletins20 found: three bulletins of 2024/2025 typeset as PDF and read back by the
readers earlier sets used least (a city's 统计公报 excerpt by pdfminer with its default layout analysis, a county-level
city's 卫生健康 bulletin by plain pdftotext, a county's 人社 bulletin by `pdftotext -raw`), in table shapes they had
few of. Blind, recall 0.55, precision 1.0: pdfminer printed every table a column at a time, and the column-major
reader took none whose first value column stood under a unit column (指标 / … / 单位 / 万人 … / 绝对数 / …), under a
head cell broken over two lines (比上年 / 增长（%）), or whose first two columns' heads stood one over the other before
one run of both columns' numbers (a 分县（市、区） table's 绝对数 / 比上年增长（%）); and a 社会保险基金 table whose
head `pdftotext -raw` set over two lines (险种 基金收入 基金支出 / 2025年 比上年增长（%） 2025年) read as one line of
five columns, its rows of three then none. Fixed since. Sentences invented, in the style of such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_fund_table_head_over_two_lines_whose_top_words_span_an_amount_and_its_growth(extractor: Extractor) -> None:
    """险种 基金收入 基金支出 / 2025年 比上年增长（%） 2025年: 基金收入 stands over its year's amount and its growth (the
    growth's piece a whole column of its own), 基金支出 over its year's amount; rows of three cells."""
    text = ("表2 2025年社会保险基金收支\n单位：万元\n险种 基金收入 基金支出\n2025年 比上年增长（%） 2025年\n"
            "失业保险 21460 -4.2 18930\n工伤保险 15370 8.3 13860\n注：基金收入含财政补贴收入。\n")
    got = _got(_run(extractor, text, "2026-05-20", source="某县人力资源和社会保障局"), "value", "role", "period")
    assert got == [("21460", 214600000, "level", "2025"), ("-4.2", -4.2, "change", "2025"),
                   ("18930", 189300000, "level", "2025"), ("15370", 153700000, "level", "2025"),
                   ("8.3", 8.3, "change", "2025"), ("13860", 138600000, "level", "2025")]


def test_a_one_line_head_naming_one_bare_year_twice_is_none(extractor: Extractor) -> None:
    """The two lines run into one (险种基金收入基金支出2025年比上年增长（%）2025年) are no head of five columns. Set over
    two lines, the growth after the year's income is that year's (GUIDE.md, Period: the time the figure is about): 2025,
    as the rows read (the test above)."""
    head, _ = extractor.tables.head("险种基金收入基金支出2025年比上年增长（%）2025年")
    assert head is None
    head, _ = extractor.tables.under_head("险种 基金收入 基金支出", "2025年 比上年增长（%） 2025年")
    assert head is not None and [(c.role, c.year) for c in head.columns] == [
        ("level", "2025"), ("change", "2025"), ("level", "2025")]


def test_a_column_major_table_with_a_unit_column_and_a_head_broken_over_two_lines(extractor: Extractor) -> None:
    """pdfminer's text boxes: the labels, the unit column under 单位, 绝对数 and its numbers, 比上年 / 增长（%） and its
    numbers: each row read with its own unit (万人 a count of people, % a rate)."""
    lines = ["表2  2025年就业主要指标", "指标", "城镇新增就业", "年末城镇登记失业率", "年末失业保险参保人数", "单位",
             "万人", "%", "万人", "绝对数", "3.42", "2.86", "26.15", "比上年", "增长（%）", "1.8", "—", "2.6",
             "注：参保人数为年末数。"]
    text = "\n\n".join(lines) + "\n"  # (pdfminer: a text box a line, a blank line after each)
    got = _got(_run(extractor, text, "2026-04-10", source="某市统计局"), "value", "measure", "role")
    assert got == [("3.42", 34200, "人", "level"), ("1.8", 1.8, "%", "change"), ("2.86", 2.86, "%", "level"),
                   ("26.15", 261500, "人", "level"), ("2.6", 2.6, "%", "change")]


def test_a_column_major_table_whose_first_heads_stand_over_one_run_of_numbers(extractor: Extractor) -> None:
    """县（市、区） / the group words / the counties / 绝对数 / 比上年增长（%） / both columns' numbers in one run / 绝对数 /
    its numbers: as many columns as heads, each county's figures its own place."""
    lines = ["表1  2025年分县（市、区）一般公共预算收支", "单位：亿元", "县（市、区）", "一般公共预算收入",
             "一般公共预算支出", "梁园区", "睢县", "永城市", "绝对数", "比上年增长（%）", "14.21", "12.35", "40.66", "3.4",
             "4.2", "5.1", "绝对数", "37.54", "46.12", "88.37", "注：分县（市、区）数据不含功能区。"]
    text = "\n\n".join(lines) + "\n"  # (pdfminer: a text box a line, a blank line after each)
    figs = _run(extractor, text, "2026-04-15", source="商丘市统计局", place="商丘市")
    got = _got(figs, "value", "role", "place")
    assert got == [("14.21", 1421000000, "level", "梁园区"), ("3.4", 3.4, "change", "梁园区"),
                   ("37.54", 3754000000, "level", "梁园区"), ("12.35", 1235000000, "level", "睢县"),
                   ("4.2", 4.2, "change", "睢县"), ("46.12", 4612000000, "level", "睢县"),
                   ("40.66", 4066000000, "level", "永城市"), ("5.1", 5.1, "change", "永城市"),
                   ("88.37", 8837000000, "level", "永城市")]


def test_a_column_run_that_no_count_of_heads_divides_is_left_as_it_came(extractor: Extractor) -> None:
    """Two heads over seven numbers under three labels: no reading puts each number in its row, no table figure."""
    lines = ["表1  2025年分县收支", "单位：亿元", "县（市、区）", "梁园区", "睢县", "永城市", "绝对数", "比上年增长（%）",
             "14.21", "12.35", "40.66", "3.4", "4.2", "5.1", "6.3", "注：不含功能区。"]
    text = "\n\n".join(lines) + "\n"
    figs = _run(extractor, text, "2026-04-15", source="商丘市统计局", place="商丘市")
    assert [f["quote"] for f in figs if f["quote"] in ("14.21", "3.4")] == []
