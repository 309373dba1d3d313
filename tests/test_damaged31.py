"""What the blind set data/gold/damaged31 found: five texts of our own, each in a form no damaged set used (a fund
notice writing each amount in 大写 and again in figures with ¥; a table pasted from a sheet in a European locale; a
vertically set brochure with vertical and small punctuation forms and squared unit symbols; a PDF turned into
Markdown by a converter that writes LaTeX; typographic minus signs and range dashes). Blind, main read every number a
LaTeX converter set in inline math ($5862$ 张) as US dollars and the converter's tabular environment as one line,
judged the converter's page (a blank line after every block) a sweep across columns, read a table of amounts with
long cells as a page's columns, read no cell of the European-locale table, and gave 预计全年 after a closed span of
years (2021–2025年) that span's last year. Left: a figure dash before a growth (增长‒1.5%), whose sign is unsure.
Sentences invented, in the style of such texts.
"""

from __future__ import annotations

import pytest

from stats.read.latex import latex_plain
from stats.read.sheetlocale import decimal_commas
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

_LATEX = ("# 某某县 2025 年卫生健康统计简报\n\n"
          "截至 2025 年底，全县医疗卫生机构实有床位 $2418$ 张，比上年增加 $126$ 张，增长 $5.5 \\%$ ；"
          "每千常住人口床位 $5.96$ 张。全县家庭医生签约服务 $12.4$ 万人，重点人群签约率 $\\mathbf{8 1 . 2} \\%$ 。\n\n"
          "2026 年，全县计划新增床位 $\\mathbf{3 0 0}$ 张。\n")


def test_numbers_a_converter_set_in_inline_math_are_read_as_written(extractor: Extractor) -> None:
    """A number between two dollar signs, spaced out in a bold wrap or not, is the number itself: its unit is the
    word after the math (张, 万人, \\% as %), never the US dollar an opening sign would be read as."""
    figs = _run(extractor, _LATEX, "2026-03-10")
    unit = dict(_got(figs, "unit"))
    assert unit.get("2418张") == "bed" and unit.get("126张") == "bed" and unit.get("300张") == "bed"
    assert unit.get("5.5%") == "percent" and unit.get("81.2%") == "percent"
    assert dict(_got(figs, "value")).get("12.4万人") == 124000
    assert not [f for f in figs if f["unit"] == "USD"]


def test_a_tabular_environment_is_read_as_rows_of_cells() -> None:
    """A converter's tabular environment becomes rows of tab-parted cells (the form a sheet pasted as text has): its
    \\begin/\\end lines and \\hline rules out, & a tab, each \\\\ a line's end; a head cell's ($(\\%)$) a plain (%)."""
    table = ("表 1\n\\begin{tabular}{|l|r|r|}\n\\hline 指标 & 2025 年 & 增长 $(\\%)$ \\\\\n"
             "\\hline 出院人数（万人） & 9.64 & 3.1 \\\\\n\\hline\n\\end{tabular}\n其后")
    assert latex_plain(table) == "表 1\n指标\t2025 年\t增长 (%)\n出院人数（万人）\t9.64\t3.1\n\n其后"


_CONVERTED = ("# 某某县 2025 年教育事业统计简报\n\n某某县教育局\n\n2026 年 3 月\n\n## 一、学校情况\n\n"
              "全县共有各级各类学校 $126$ 所，在校学生 $4.82$ 万人。\n\n## 二、师资队伍\n\n"
              "全县专任教师 $3860$ 人，比上年增加 $112$ 人。\n\n表 1 2025 年办学情况\n\n"
              "\\begin{tabular}{|l|r|r|}\n\\hline 指标 & 2025 年 & 2024 年 \\\\\n"
              "\\hline 在校学生（万人） & 4.82 & 4.75 \\\\\n\\hline 专任教师（人） & 3860 & 3748 \\\\\n"
              "\\hline\n\\end{tabular}\n\n## 三、 2026 年目标\n\n2026 年，全县计划新建学校 $3$ 所。\n")


def test_a_converters_markdown_headings_are_no_lines_swept_out_of_column_order(extractor: Extractor) -> None:
    """A converter writes a blank line after every block, so its headings (## 二、…), a title's lines and a table
    stand alone and end on no mark; its headings are whole lines, not a sweep's lines breaking off mid-sentence: the
    page is read as it came, the table's last row keeps its last cell (3748), and the last paragraph its year."""
    figs = _run(extractor, _CONVERTED, "2026-03-12")
    got = _got(figs, "value", "period")
    assert ("3748", 3748, "2024") in got and ("3860", 3860, "2025") in got
    assert ("3所", 3, "2026") in got


def test_dollar_signs_of_money_and_of_formulas_stay() -> None:
    """Only a math run holding one number is unwrapped: a lone dollar sign (US$12亿, $1,200), a pair around words or
    a formula, a display ($$) and two runs glued to a digit stay as written, for the money reading to judge."""
    for text in ("出口额US$12亿，单价$1,200。", "公式 $x+y$ 与 $a$ 无关", "$$12$$", "价格$5$6元", "收入$12 和 15$ 美元"):
        assert latex_plain(text) == text
    assert latex_plain("约 $1.2 \\times 10^{4}$ 吨") == "约 1.2×10⁴ 吨"


_ALLOCATION = ("附件\n2026年第二批专项资金分配表\n项目名称　　金额（小写）　　金额（大写）\n"
               "城区供水管网改造　　¥1,260,000.00　　壹佰贰拾陆万元整\n"
               "乡镇卫生院设备购置　　¥845,500.00　　捌拾肆万伍仟伍佰元整\n"
               "村级道路养护　　¥92,000.00　　玖万贰仟元整\n")


def test_a_table_of_amounts_in_figures_and_capitals_is_read_row_by_row(extractor: Extractor) -> None:
    """A table whose cells stand apart by wide spaces, long ones (a project's name, ¥845,500.00, the amount again in
    capital numerals), is read row by row, not as a page's columns (which glued the column's amounts into one
    line, ¥1,260,000.00¥845,500.00, the second lost): each row's amount is read in figures and in capitals, and
    the capitals are never glued to the digits before them."""
    got = _got(_run(extractor, _ALLOCATION, "2026-03-02"), "value")
    assert ("845,500.00", 845500) in got and ("92,000.00", 92000) in got
    assert ("捌拾肆万伍仟伍佰元", 845500) in got and ("玖万贰仟元", 92000) in got


def test_a_tables_unit_cell_after_its_number_still_joins_it(extractor: Extractor) -> None:
    """Only a numeral that opens a number (a digit, ten) is kept apart from the digits of the cell before: a unit
    cell whose word opens on a magnitude (亿元, 万人) is the number's, as it was."""
    table = "指标名称　　数值　　单位\n地区生产总值　　386.5　　亿元\n常住人口　　29.6　　万人\n粮食产量　　13.2　　万吨\n"
    got = _got(_run(extractor, table, "2026-03-02"), "value")
    assert ("386.5亿元", 38650000000) in got and ("29.6万人", 296000) in got


_SPAN_THEN_YEAR = ("　　五、就业形势稳定。一季度城镇新增就业910人。2021—2025年，全县累计城镇新增就业2.36万人。\n"
                   "　　六、全年预期。预计全年地区生产总值增长6%左右，城镇新增就业3200人以上。全县计划新增养老床位150张。\n")


def test_a_span_of_years_is_no_year_a_later_year_word_speaks_of(extractor: Extractor) -> None:
    """预计全年 after a span of years (2021—2025年，累计…) in an analysis of April 2026 is this year's goal, not the
    span's last year: the span dates its own total, and the goals after it (and a plan that names no time) are of
    the document's year."""
    period = dict(_got(_run(extractor, _SPAN_THEN_YEAR, "2026-04-20"), "period"))
    assert period["2.36万人"] == "2021-2025"
    assert period["6%左右"] == "2026" and period["3200人以上"] == "2026" and period["150张"] == "2026"


_EURO_SHEET = ("　　主要畜产品产量见下表。\n表2　2025年主要畜产品产量\n产品名称\t单位\t绝对数\t比上年增长（%）\n"
               "猪肉\t吨\t12.406,8\t3,9\n牛肉\t吨\t2.185,4\t-1,2\n禽蛋\t吨\t8.630,0\t12,6\n")


def test_a_sheet_pasted_in_a_european_locale_is_read_the_chinese_way(extractor: Extractor) -> None:
    """A table whose rows show a European locale for certain (12.406,8: a point between groups of three, a decimal
    comma) gives its cells as the sheet meant them: 12406.8 吨, a growth of 3.9 %, a fall of -1.2 %."""
    got = _got(_run(extractor, _EURO_SHEET, "2026-03-20"), "value", "unit")
    assert ("12.406,8", 12406.8, "tonne") in got or ("12406.8", 12406.8, "tonne") in got
    values = {v for _, v, _ in got}
    assert {12406.8, 2185.4, 8630.0, 3.9, -1.2, 12.6} <= values


def test_a_table_the_locale_is_unsure_of_stays_as_written() -> None:
    """A block shows the locale only with a number no other way of writing makes (1.234,5); one with a cell written
    the Chinese way too (1,234 or 12.5) or none sure (3,4 alone) is returned as it is, and so are lines of no table."""
    for text in ("甲\t1,234\t3,4\n乙\t1.234,5\t2,1\n", "甲\t12.5\t3,4\n乙\t1.234,5\t2,1\n",
                 "甲\t3,4\t5\n乙\t2,1\t6\n", "增长3,4%与1.234,5之间\n"):
        assert decimal_commas(text) == text
    assert decimal_commas("甲\t1.234,5\t3,4\n乙\t12.500\t-2,1\n") == "甲\t1234.5 \t3.4\n乙\t12500 \t-2.1\n"


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_damaged31_gold_set_scores_at_its_floors() -> None:
    """data/gold/damaged31 (five texts of our own in forms no damaged set used, by scripts/gold_damaged31.py). Blind,
    main scored recall 0.6299, precision 0.8511, period 0.95, the rest 1.0; after (with the bracketed restatements
    made optional in the gold): recall 0.9916 (c05's ‒1.5%, a figure dash, left unsigned), every other score 1.0.
    Floors, not the exact scores."""
    s = scored("damaged31")
    assert s["recall"] >= 0.98 and s["precision"] >= 0.99
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
