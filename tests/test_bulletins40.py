"""What the blind set data/gold/bulletins40 found (three 2025 texts on beds, jobs and money of our own, typeset as PDF
and read back by readers no set used: scripts/gold_bulletins40.py). Texts invented, in the shape those readers give
such tables."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

# pdftotext -layout -eol dos of a 市 人社局 统计月报's table: 本月 | 累计 | 累计同比（%）, thousands separators, CR LF
_MONTHLY = ("德阳市人力资源和社会保障统计月报（2025年9月）\r\n\r\n"
            "                     表1 主要业务指标\r\n\r\n"
            "指标                      单位       本月       累计     累计同比（%）\r\n\r\n"
            "城镇新增就业                  人       3,214    36,482       2.6\r\n"
            "发放创业担保贷款             万元       5,126    48,630      -1.8\r\n")

# pdfplumber's words a line joined by TABs: a head whose years each stand over the same two columns
_TABBED = ("醴陵市2025年国民经济和社会发展统计公报（节选）\n"
           "表5\t醴陵市一般公共预算主要支出\n"
           "项目\t2024年\t2025年\n"
           "支出（亿元）\t占比（%）\t支出（亿元）\t占比（%）\n"
           "教育支出\t14.82\t18.4\t15.36\t18.9\n"
           "卫生健康支出\t7.26\t9.0\t7.64\t9.4\n")

# … and as a reader that puts one space between words gives it, the caption's line run on into the head's top
_SPACED = ("攸县2025年国民经济和社会发展统计公报\n\n"
           " 表3 攸县一般公共预算主要支出项目\n\n"
           "项目 2024年 2025年\n"
           " 支出（亿元） 占比（%） 支出（亿元） 占比（%）\n\n"
           "社会保障和就业支出 6.38 15.2 6.72 15.8\n")


def test_a_monthly_reports_cumulative_column_is_the_year_to_the_month(extractor: Extractor) -> None:
    """累计 beside 本月 is the year to the report's month (2025M01-M09) and 累计同比 that sum's growth; before, 累计同比
    was no column word, the head unread and no cell of the table gave a figure."""
    figs = _run(extractor, _MONTHLY, "2025-10-15", "德阳市人力资源和社会保障局")
    assert _got(figs, "value", "unit", "period", "role") == [
        ("3,214", 3214, "person", "2025-09", "level"), ("36,482", 36482, "person", "2025M01-M09", "level"),
        ("2.6", 2.6, "percent", "2025M01-M09", "change"),
        ("5,126", 51260000, "CNY", "2025-09", "level"), ("48,630", 486300000, "CNY", "2025M01-M09", "level"),
        ("-1.8", -1.8, "percent", "2025M01-M09", "change")]

# … and as pdftotext -layout sets it, each year over the middle of its two columns, the rows' cells gaps apart
_LAID = ("湘潭县2025年国民经济和社会发展统计公报\n\n"
         "                       表2  湘潭县一般公共预算主要支出项目\n\n"
         "项目                          2024年                     2025年\n"
         "                     支出（亿元）   占比（%）     支出（亿元）   占比（%）\n\n"
         "教育支出                    9.46        18.2        9.82        18.6\n"
         "卫生健康支出                5.12         9.8        5.48        10.4\n")

_TABBED_FIGS = [("14.82", 1482000000, "CNY", "2024"), ("18.4", 18.4, "percent", "2024"),
                ("15.36", 1536000000, "CNY", "2025"), ("18.9", 18.9, "percent", "2025"),
                ("7.26", 726000000, "CNY", "2024"), ("9.0", 9.0, "percent", "2024"),
                ("7.64", 764000000, "CNY", "2025"), ("9.4", 9.4, "percent", "2025")]
_SPACED_FIGS = [("6.38", 638000000, "CNY", "2024"), ("15.2", 15.2, "percent", "2024"),
                ("6.72", 672000000, "CNY", "2025"), ("15.8", 15.8, "percent", "2025")]
_LAID_FIGS = [("9.46", 946000000, "CNY", "2024"), ("18.2", 18.2, "percent", "2024"),
              ("9.82", 982000000, "CNY", "2025"), ("18.6", 18.6, "percent", "2025"),
              ("5.12", 512000000, "CNY", "2024"), ("9.8", 9.8, "percent", "2024"),
              ("5.48", 548000000, "CNY", "2025"), ("10.4", 10.4, "percent", "2025")]


@pytest.mark.parametrize(("text", "want"), [(_TABBED, _TABBED_FIGS), (_SPACED, _SPACED_FIGS), (_LAID, _LAID_FIGS)],
                         ids=["tabs", "spaces", "layout"])
def test_years_over_the_same_columns_each_date_their_group(extractor: Extractor, text: str, want: list) -> None:
    """项目 2024年 2025年 over 支出（亿元） 占比（%） twice: each cell of its group's year, in its column's unit; before,
    the top line was read alone as a head of two year columns, no match for the rows' four cells, and no figure came
    (as the page lays it out, the layout repair took the lines for no head and split each row at its gaps)."""
    figs = _run(extractor, text, "2026-03-28", "统计局")
    assert _got(figs, "value", "unit", "period") == want


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_bulletins40_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins40 (桐庐县's 公报 section 卫生和社会保障 read by pdfminer's hOCR, a line a line,
    its table a column at a time: 指标 | 单位 | 绝对数 | 比上年增长（%） with 其中 rows, thousands separators,
    two 注 lines; 绵阳市's 人社 统计月报 by pdftotext -layout -eol dos: 本月 | 累计 | 累计同比（%）; 宁乡市's
    公报 by pdfplumber's words joined by TABs: 2024年 | 2025年 each over 支出（亿元） | 占比（%）, a table by
    镇（街道） under a caption naming the city).
    Blind, main scored "brief: recall=0.7343 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0
    topic_jobs=1.0": the monthly table lost (累计同比 no column word) and the two-level head's table lost. After:
    "brief: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0".
    Floors, not the exact scores."""
    s = scored("bulletins40")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.99
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
    assert s["topic_jobs_acc"] >= 0.95 and s["topic_beds_acc"] >= 0.95
