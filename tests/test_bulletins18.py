"""What the blind set data/gold/bulletins18 found: three bulletins of 2025 typeset as PDF with reportlab and read back by
real extractors (a county 统计公报 by pdfplumber, a 盟 卫生健康 bulletin by pdfminer, a county-level city's 人社 bulletin
by plain pdftotext). Blind, recall 0.36: every prose figure was read, but no table whose head runs over two lines as
pdfplumber and pdfminer leave it, flush left with one gap between words (指标 单位 2025年 比上年 / 绝对数 增长（%）;
产品名称 产量 比上年 / 2025年 2024年 增长（%）), and pdftotext's tables a cell a line stopped at a row whose indented label
it set apart from its cells (其中：… after the table), and at a head of more than eight lines. Fixed since: the flush
head is read where one pairing of its bottom pieces with its top words is a head (a year leads the word it stands
under, 2025年产量; 绝对数 under 2025年 is that year's column); a row's numbers with no label keep their gaps, give no
figure and leave the head in force. Still missed: pdfminer's tables, which it prints a column at a time (every label,
then every cell of the first column, …). Sentences invented, in the style of such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_head_over_two_lines_flush_left_with_a_unit_column(extractor: Extractor) -> None:
    """指标 单位 2025年 比上年 / 绝对数 增长（%）, the caption on the line above and every line flush left (pdfplumber):
    2025年绝对数, a level of the year in the row's unit, and 比上年增长（%）, its growth."""
    text = ("某县2025年国民经济和社会发展统计公报\n某县统计局 2026年3月20日\n"
            "全年地区生产总值35.42亿元，比上年增长4.8%。\n"
            "表1 2025年某县主要经济指标\n指标 单位 2025年 比上年\n绝对数 增长（%）\n"
            "地区生产总值 亿元 35.42 4.8\n其中：第一产业 亿元 6.18 3.2\n规模以上工业增加值 亿元 — 7.6\n"
            "一般公共预算收入 万元 15426 5.1\n注：绝对数按现价计算，增长速度按不变价格计算。\n")
    figs = _run(extractor, text, "2026-03-20", source="某县统计局")
    got = _got(figs, "value", "role", "period")
    assert got[2:] == [("35.42", 3542000000, "level", "2025"), ("4.8", 4.8, "change", "2025"),
                       ("6.18", 618000000, "level", "2025"), ("3.2", 3.2, "change", "2025"),
                       ("7.6", 7.6, "change", "2025"), ("15426", 154260000, "level", "2025"),
                       ("5.1", 5.1, "change", "2025")]
    assert [f["quote"] for f in figs].count("1") == 0  # (表1: the table's number)


def test_a_top_word_over_two_year_columns_flush_left(extractor: Extractor) -> None:
    """产量 over 2025年 2024年, 比上年 over 增长（%）: the caption dates the growth, not the last year the head names."""
    text = ("表2 2025年主要农产品产量\n单位：吨\n产品名称 产量 比上年\n2025年 2024年 增长（%）\n"
            "粮食 12640 12388 2.0\n其中：稻谷 8215 8106 1.3\n油料 512 498 2.8\n注：粮食产量按国家统计局反馈数。\n")
    got = _got(_run(extractor, text, "2026-03-20", source="某县统计局"), "value", "role", "period")
    assert got == [("12640", 12640, "level", "2025"), ("12388", 12388, "level", "2024"), ("2.0", 2.0, "change", "2025"),
                   ("8215", 8215, "level", "2025"), ("8106", 8106, "level", "2024"), ("1.3", 1.3, "change", "2025"),
                   ("512", 512, "level", "2025"), ("498", 498, "level", "2024"), ("2.8", 2.8, "change", "2025")]


def test_the_flush_readings_of_a_head_and_lines_that_are_none(extractor: Extractor) -> None:
    """Each bottom piece joins a top word in order; a reading is taken only where it is the one head."""
    tables = extractor.tables
    assert "指标单位2025年绝对数比上年增长（%）" in tables.flush_words("指标 单位 2025年 比上年", "绝对数 增长（%）")
    head, _ = tables.under_head("指标 2025年 2024年 比上年", "增长（%）")
    # (the growth column after two years' is the latest year's: tables.yaml's head reading, tests/test_bulletins34.py)
    assert head is not None and [(c.role, c.year, c.percent) for c in head.columns] == [
        ("level", "2025", False), ("level", "2024", False), ("change", "2025", True)]
    assert tables.flush_words("全年 地区生产总值 增长", "5.2 亿元") == []  # (no label's head: no table's)
    assert tables.flush_words("指标 2025年 比上年", "12.4 增长") == []  # (a number under the words: a row)
    assert tables.head_columns("指标 单位 2025年 比上年\n绝对数 增长（%）") == 2


def test_a_row_whose_label_pdftotext_set_apart_leaves_the_head_in_force(extractor: Extractor) -> None:
    """A table a cell a line (plain pdftotext), an indented row's label printed after the table: the one row left
    without a label takes the one label left over (leftovers36: the counts agree, a column of labels keeps its order),
    and the rows under it are read as before."""
    text = ("某县2025年人力资源和社会保障事业发展统计公报\n某县人力资源和社会保障局\n\n"
            "表1 2025年就业主要指标\n单位：人、%\n指标\n\n2025年\n\n2024年\n\n比上年\n增长（%）\n\n"
            "城镇新增就业\n\n3418\n\n3275\n\n4.4\n\n862\n\n840\n\n2.6\n\n"
            "农村劳动力转移就业\n\n5126\n\n4980\n\n2.9\n\n其中：失业人员再就业\n\n"
            "全年发放创业担保贷款0.86亿元。\n")
    got = _got(_run(extractor, text, "2026-05-20", source="某县人力资源和社会保障局"), "value", "role", "period")
    assert got == [("3418", 3418, "level", "2025"), ("3275", 3275, "level", "2024"), ("4.4", 4.4, "change", "2025"),
                   ("862", 862, "level", "2025"), ("840", 840, "level", "2024"), ("2.6", 2.6, "change", "2025"),
                   ("5126", 5126, "level", "2025"), ("4980", 4980, "level", "2024"), ("2.9", 2.9, "change", "2025"),
                   ("0.86亿元", 86000000, "level", "2025")]


def test_a_head_of_nine_lines_a_cell_a_line(extractor: Extractor) -> None:
    """险种 and four columns' words, then their four units, each a line: one head, its units in order."""
    text = ("表2 2025年社会保险基本情况\n险种\n\n参保人数\n\n基金收入\n\n基金支出\n\n累计结余\n\n（万人）\n\n（亿元）\n\n"
            "（亿元）\n\n（亿元）\n\n失业保险\n\n2.14\n\n0.46\n\n0.39\n\n0.82\n\n注：基金收入含财政补贴。\n")
    got = _got(_run(extractor, text, "2026-05-20", source="某县人力资源和社会保障局"), "value", "period")
    assert got == [("2.14", 21400, "2025"), ("0.46", 46000000, "2025"), ("0.39", 39000000, "2025"),
                   ("0.82", 82000000, "2025")]
