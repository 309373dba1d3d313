"""What the blind set data/gold/bulletins23 found: three 2025/2026 bulletins typeset as PDF and read back by readers
earlier sets used least (a 县 统计公报 by pdfminer with word_margin and boxes_flow changed, a 市 quarterly 就业和社会保障
数据发布 by pypdfium2's get_text_bounded(), a 区 教育事业统计公报 by pdfplumber with its tolerances changed). Blind, recall
0.68, precision 0.994, every attribute 1.0: the quarterly's two-level head (本期 / 累计 over （7—9月） 同比（%） （1—9月）
同比（%）) read as no head, a span in brackets under each word; the education bulletin's table with a last column of
ratios (生师比, rows ending 12.9:1) read as no table; pdfminer's column-major tables whose heads it broke over two
lines (产量 / （吨）) read as no table; 九年一贯制学校 read as a duration of nine years. No ratio read as a count.
Sentences invented, in the style of such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_two_level_head_of_this_periods_and_the_years_amounts_with_their_growth(extractor: Extractor) -> None:
    """指标 单位 本期 累计 / （4—6月） 同比（%） （1—6月） 同比（%）, flush left: four columns, the quarter's amount and its
    growth, the half year's amount and its growth; each amount of its own span, in the row's unit."""
    text = ("表1 2026年第二季度就业主要指标\n指标 单位 本期 累计\n（4—6月） 同比（%） （1—6月） 同比（%）\n"
            "城镇新增就业 人 2310 4.2 4120 3.1\n社会保险基金支出 亿元 3.84 -1.5 7.62 2.6\n")
    figs = _run(extractor, text, "2026-07-20", source="某市人力资源和社会保障局")
    assert [(f["quote"], f["value"], f["unit"], f["role"], f["period"]) for f in figs] == [
        ("2310", 2310, "person", "level", "2026M04-M06"), ("4.2", 4.2, "percent", "change", "2026"),
        ("4120", 4120, "person", "level", "2026M01-M06"), ("3.1", 3.1, "percent", "change", "2026"),
        ("3.84", 384000000, "CNY", "level", "2026M04-M06"), ("-1.5", -1.5, "percent", "change", "2026"),
        ("7.62", 762000000, "CNY", "level", "2026M01-M06"), ("2.6", 2.6, "percent", "change", "2026")]


def test_the_top_line_alone_of_such_a_head_reads_no_span(extractor: Extractor) -> None:
    """Without the line of spans under it, 本期 and 累计 are two level columns: a row of four numbers under them is no
    row of theirs, and gives no figure."""
    text = "表1 2026年第二季度就业主要指标\n指标 单位 本期 累计\n城镇新增就业 人 2310 4.2 4120 3.1\n"
    figs = _run(extractor, text, "2026-07-20", source="某市人力资源和社会保障局")
    assert figs == []


def test_a_last_column_of_ratios_gives_no_figure_and_the_others_read(extractor: Extractor) -> None:
    """学校类别 学校数 在校生 专任教师 生师比 / （所） （人） （人）: the units under the words are the first three columns';
    the ratio at each row's end (13.8:1) is no count, neither 13.8 nor 1."""
    text = ("表2 2025年各级各类学校情况\n学校类别 学校数 在校生 专任教师 生师比\n（所） （人） （人）\n"
            "小学 12 8420 612 13.8:1\n初中 5 3960 318 12.5:1\n")
    figs = _run(extractor, text, "2026-03-20", source="某区教育局")
    assert _got(figs, "value", "measure") == [
        ("12", 12, "所"), ("8420", 8420, "人"), ("612", 612, "人"),
        ("5", 5, "所"), ("3960", 3960, "人"), ("318", 318, "人")]


def test_a_ratio_in_a_sentence_is_no_count(extractor: Extractor) -> None:
    """小学生师比为13.8:1 in running text: the teachers before it count, the ratio does not."""
    figs = _run(extractor, "全区小学专任教师612人，生师比为13.8:1。", "2026-03-20", source="某区教育局")
    assert _got(figs, "value") == [("612人", 612)]


def test_a_school_of_nine_years_is_no_duration(extractor: Extractor) -> None:
    """九年一贯制学校 names a kind of school: its 九年 is no figure; the schools counted beside it are."""
    figs = _run(extractor, "全区共有初中6所（含九年一贯制学校2所）。", "2026-03-20", source="某区教育局")
    assert _got(figs, "value") == [("6所", 6), ("2所", 2)]


def test_a_column_major_table_whose_heads_the_extractor_broke_over_two_lines(extractor: Extractor) -> None:
    """pdfminer prints each column of a table as a box: the labels, then 产量 / （吨） and its numbers, then 比上年增长 /
    （%） and its. Each row's output in 吨 and its growth, read a row a line."""
    text = ("表1  2025年主要农产品产量\n\n产品名称\n\n稻谷\n\n茶叶\n\n水果\n\n产量\n\n（吨）\n\n5210\n\n386\n\n12460\n\n"
            "比上年增长\n\n（%）\n\n1.2\n\n6.8\n\n-0.4\n\n")
    figs = _run(extractor, text, "2026-04-10", source="某县统计局")
    assert _got(figs, "value", "measure", "role") == [
        ("5210", 5210, "吨", "level"), ("1.2", 1.2, "%", "change"), ("386", 386, "吨", "level"),
        ("6.8", 6.8, "%", "change"), ("12460", 12460, "吨", "level"), ("-0.4", -0.4, "%", "change")]


def test_a_column_major_table_whose_two_line_heads_come_together_after_its_caption(extractor: Extractor) -> None:
    """pdfminer may print the labels, then the caption, then every head (学校数 / （所） / 在校学生 / （人）) one over the
    other, then all the numbers in one run: the run is as many columns as heads, each as long as the labels, and the
    caption still dates the table."""
    text = ("学校类别\n\n小学\n\n初中\n\n普通高中\n\n表3  2025年学校基本情况\n\n学校数\n\n（所）\n\n在校学生\n\n（人）\n\n"
            "7\n\n3\n\n1\n\n2864\n\n1320\n\n745\n\n")
    figs = _run(extractor, text, "2026-04-10", source="某县统计局")
    assert _got(figs, "value", "measure", "period") == [
        ("7", 7, "所", "2025"), ("2864", 2864, "人", "2025"), ("3", 3, "所", "2025"), ("1320", 1320, "人", "2025"),
        ("1", 1, "所", "2025"), ("745", 745, "人", "2025")]
