"""What the blind set data/gold/bulletins19 found: three county/city 统计公报 of 2025 typeset as PDF with reportlab and
read back by extractors bulletins18 did not use (瑞丽市 by `pdftotext -layout`, 丹寨县 by pypdfium2's get_text_range(),
乐东黎族自治县 by pdfplumber's extract_text(layout=True)). Blind, recall 0.533, precision 0.992: every table laid out with
gaps whose head runs over two lines was missed where the head's top words are too short for the column stage to tell
a gutter (品种  产量  比上年, 指标  单位  数量  比上年: each cell of the rows under it then read as a column of its own),
数量 was no column word, a flush head 占GDP / 比重（%） read nothing, and a sentence that pdfplumber broke at a blank line
after 收入21.35 gave 21.35 元 (its 亿元 on the next line). Fixed since: the top line handed on whole is remembered and the
line under it joins it where the two are one head (its years the only digits), rows then keep their cells apart; a
line no further right than a full line above it runs on across one blank line; a bare decimal that ends its sentence
takes no measure from a word before it; a line set in by the page's margin (pdfplumber's layout=True) is no right-hand
column's where no column stands further left. Still missed: pdfplumber's three tables (heads of words no column
reads, 总产值 / （现价）, 构成 / （%）; 2025年 over two columns, 金额 比重（%）; 年末数 run into the first row), read since
tables27 (tests/test_tables27.py). Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_laid_out_head_whose_top_words_are_too_short_for_a_gutter(extractor: Extractor) -> None:
    """品种  产量  比上年 over 2025年  2024年  增长（%） (pdftotext -layout): the two lines one head, the years the only
    digits of its bottom line, and each row's cells kept apart under it, a blank line between."""
    text = ("表2  2025年主要农产品产量\n                                   单位：万吨\n\n"
            "品种                        产量                比上年\n"
            "                         2025年    2024年    增长（%）\n\n"
            "粮食                         5.42     5.31       2.1\n"
            "    其中：稻谷                  3.18     3.20      -0.6\n"
            "油料                         0.87     0.83       4.8\n")
    got = _got(_run(extractor, text, "2026-04-20", source="某县统计局"), "value", "role", "period")
    assert got == [("5.42", 54200, "level", "2025"), ("5.31", 53100, "level", "2024"), ("2.1", 2.1, "change", "2025"),
                   ("3.18", 31800, "level", "2025"), ("3.20", 32000, "level", "2024"), ("-0.6", -0.6, "change", "2025"),
                   ("0.87", 8700, "level", "2025"), ("0.83", 8300, "level", "2024"), ("4.8", 4.8, "change", "2025")]


def test_a_unit_column_and_a_quantity_column_under_a_laid_out_head(extractor: Extractor) -> None:
    """指标  单位  数量  比上年 / 增长（%） under the last word: 数量 a level in the row's unit, a dash a blank cell."""
    text = ("表1  2025年某市主要经济指标\n\n"
            "指标                          单位       数量       比上年\n"
            "                                                 增长（%）\n\n"
            "地区生产总值                      亿元      95.36       5.8\n"
            "规模以上工业增加值                   亿元         —         7.1\n"
            "接待游客                         万人次      426.5       8.3\n")
    got = _got(_run(extractor, text, "2026-04-20", source="某市统计局"), "value", "measure", "role")
    assert got == [("95.36", 9536000000, "元", "level"), ("5.8", 5.8, "%", "change"), ("7.1", 7.1, "%", "change"),
                   ("426.5", 4265000, "人次", "level"), ("8.3", 8.3, "%", "change")]
    assert extractor.tables.head_columns("指标 单位 数量 比上年增长（%）") == 2


def test_a_share_of_gdp_column_in_a_flush_head(extractor: Extractor) -> None:
    """指标 2025年 比上年 占GDP / 绝对数 增长（%） 比重（%） (pypdfium2, flush left): 占GDP比重（%） a share, in percent,
    never in the unit note's 亿元."""
    text = ("表1 2025年全县地区生产总值\n单位：亿元、%\n指标 2025年 比上年 占GDP\n绝对数 增长（%） 比重（%）\n"
            "第一产业 8.46 3.7 21.3\n第三产业 24.15 5.2 60.8\n")
    got = _got(_run(extractor, text, "2026-04-20", source="某县统计局"), "value", "measure", "role")
    assert got == [("8.46", 846000000, "元", "level"), ("3.7", 3.7, "%", "change"), ("21.3", 21.3, "%", "level"),
                   ("24.15", 2415000000, "元", "level"), ("5.2", 5.2, "%", "change"), ("60.8", 60.8, "%", "level")]


def test_a_decimal_ending_its_sentence_takes_no_measure_from_the_word_before(extractor: Extractor) -> None:
    """收入17.64 alone, its 亿元 lost to a break: no 17.64 元 (a wrong value); 人次1.3亿 keeps its measure."""
    text = "一、财政\n全年一般公共预算收入17.64\n\n二、旅游\n全年接待游客人次1.3亿。\n"
    got = _got(_run(extractor, text, "2026-04-20", source="某县统计局"), "value", "measure")
    assert got == [("1.3亿", 130000000, "人次")]


def test_a_sentence_runs_on_across_a_blank_line_under_a_full_line(extractor: Extractor) -> None:
    """pdfplumber's layout=True sets a blank line where lines stand wider apart: a line no further right than the full
    line above it, which breaks off inside the sentence, goes on with it (its 亿元 is 17.64's)."""
    text = ("  一、财政\n"
            "    全年一般公共预算收入17.64亿元，比上年增长3.1%；一般公共预算支出42.18亿元，增长2.6%。全年税收收入9.86\n"
            "\n"
            "  亿元，同比增长1.9%。\n")
    got = _got(_run(extractor, text, "2026-04-20", source="某县统计局"), "value")
    assert got == [("17.64亿元", 1764000000), ("3.1%", 3.1), ("42.18亿元", 4218000000), ("2.6%", 2.6),
                   ("9.86亿元", 986000000), ("1.9%", 1.9)]


def test_a_page_set_in_by_its_margin_is_no_right_hand_column(extractor: Extractor) -> None:
    """pdfplumber's layout=True sets every line in by the page's margin, pads it to the page's width and leaves a blank
    line where lines stand wider apart: under a byline with a wide gap (某县统计局    2026年5月8日) the lines further left
    than it are no right-hand column's, and the sentence cut after 12.36 goes on past the blank line with its 亿元."""
    lines = [""] * 6 + ["                 某县2025年国民经济和社会发展统计公报", "",
                        "                              某县统计局    2026年5月8日", "", "             一、综合",
                        "             初步核算，全年全县地区生产总值86.45亿元，比上年增长5.3%。"
                        "全年一般公共预算收入12.36", "",
                        "          亿元，同比增长2.4%；一般公共预算支出38.15亿元，增长1.6%。年末全县常住人口31.26万人，其",
                        "          中城镇人口15.08万人。", "             二、农业"]
    text = "".join(line + " " * 20 + "\n" if line else " " * 82 + "\n" for line in lines)
    got = _got(_run(extractor, text, "2026-05-08", source="某县统计局"), "value")
    assert got == [("86.45亿元", 8645000000), ("5.3%", 5.3), ("12.36亿元", 1236000000), ("2.4%", 2.4),
                   ("38.15亿元", 3815000000), ("1.6%", 1.6), ("31.26万人", 312600), ("15.08万人", 150800)]
