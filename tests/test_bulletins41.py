"""What the blind set data/gold/bulletins41 found (three 2025 texts on beds, jobs and money of our own, typeset as PDF
and read back by readers no set used: scripts/gold_bulletins41.py). Texts invented, in the shape those readers give
such tables."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

# pdfplumber's words a line written as CSV: the prose lines that hold a thousands mark quoted, a number's unit on the
# next line; the byline's names and date parted by commas; a table by township under its caption's number
_CSV = ("安化县2025年国民经济和社会发展统计公报\n"
        "安化县统计局,国家统计局安化调查队,2026年4月2日\n"
        "八、卫生健康\n"
        "\"全年全县新增医疗卫生机构床位1,126\"\n"
        "张，比上年增长3.2%。\n"
        "表6,2025年末各乡镇床位情况\n"
        "单位：张\n"
        "乡镇,床位数,比上年末增减\n"
        "东坪镇,\"1,206\",32\n"
        "梅城镇,486,-8\n")


def test_a_csv_exports_quoted_prose_and_byline_read_as_the_text(extractor: Extractor) -> None:
    """The quotes around a CSV export's line of prose are the file's: 1,126" | "张 is 1,126张, and the byline's
    comma-parted date is the issue date, not the time of the figures after it (全年 is 2025). Before, the quoted
    line's number had no unit (no figure) and the title, byline and first sentence ran into one, 全年 read as 2026."""
    figs = _run(extractor, _CSV, "2026-04-02", "安化县统计局")
    assert _got(figs, "value", "period", "role") == [
        ("1,126张", 1126, "2025", "level"), ("3.2%", 3.2, "2025", "change"),
        ("1,206", 1206, "2025", "level"), ("32", 32, "2025", "change"),
        ("486", 486, "2025", "level"), ("-8", -8, "2025", "change")]


# pdftotext -layout of a county bulletin's table by township: a part's column 其中：卫生院 named by what it holds
_PART = ("新化县2025年国民经济和社会发展统计公报\n\n"
         "                 表7  2025年末新化县各乡镇医疗卫生机构床位情况\n"
         "                                                                   单位：张\n"
         "乡镇                 床位数          其中：卫生院          比上年末增减\n"
         "上梅街道              1,842              96                  64\n"
         "洋溪镇                  212              58                  -4\n")


def test_a_part_column_named_by_what_it_holds_counts_what_its_whole_counts(extractor: Extractor) -> None:
    """其中：卫生院 after 床位数 is a part of the beds, in the note's unit; 增减 beside them their change. Before, 卫生院
    was no column word, the head unread and no cell of the table gave a figure."""
    figs = _run(extractor, _PART, "2026-04-12", "新化县统计局")
    assert _got(figs, "value", "measure", "role", "topic") == [
        ("1,842", 1842, "张", "level", "beds"), ("96", 96, "张", "level", "beds"), ("64", 64, "张", "change", "beds"),
        ("212", 212, "张", "level", "beds"), ("58", 58, "张", "level", "beds"), ("-4", -4, "张", "change", "beds")]


# a 人社 release's 重点群体 table: a share column named by the whole it is a share of
_SHARE = ("六盘水市2025年人力资源和社会保障主要统计数据\n\n"
          "                     表3  2025年重点群体就业情况\n"
          "重点群体      就业人数（人）    占城镇新增就业比重（%）    比上年增长（%）\n"
          "高校毕业生        8,426               31.6                 2.8\n"
          "就业困难人员      2,318                8.7                -1.4\n")


def test_a_share_column_named_by_its_whole_is_a_percent_level(extractor: Extractor) -> None:
    """占城镇新增就业比重（%） is a share in percent, as 比重（%）; before, it was no column word and the table gave
    nothing."""
    figs = _run(extractor, _SHARE, "2026-01-28", "六盘水市人力资源和社会保障局")
    assert _got(figs, "value", "measure", "role", "topic") == [
        ("8,426", 8426, "人", "level", "jobs"), ("31.6", 31.6, "%", "level", "jobs"),
        ("2.8", 2.8, "%", "change", "jobs"), ("2,318", 2318, "人", "level", "jobs"),
        ("8.7", 8.7, "%", "level", "jobs"), ("-1.4", -1.4, "%", "change", "jobs")]


# a 市 bulletin's table whose rows a merged 类别 cell groups, the cell set at its group's middle: run into the middle
# row's label (three rows) or on a line of its own between two rows (two); as a reader of the page's characters gives
# it, each line from its first character, the gaps its own
_GROUPED = ("益阳市2025年国民经济和社会发展统计公报\n"
            "表11 2025年社会事业主要指标\n"
            "类别            指标                                单位              2025年     比上年增长（%）\n"
            "医疗卫生机构床位                                张                  31,260                    2.4\n"
            "卫生        执业（助理）医师                        人                  12,480                    3.3\n"
            "注册护士                                        人                  15,620                    4.1\n"
            "城镇新增就业                                    人                  36,840                    1.6\n"
            "就业\n"
            "农村劳动力转移就业                              人                  28,460                   -0.8\n")


def test_rows_grouped_by_a_merged_kind_cell_read_as_under_the_label_head(extractor: Extractor) -> None:
    """类别 before 指标 单位 2025年 比上年增长（%）: each row's cells as under 指标 alone, the kind's cell no figure
    and no end of the table. Before, a group's head was read only over a plan's goals, the head was no head to the
    layout, and no row gave a figure."""
    figs = _run(extractor, _GROUPED, "2026-03-30", "益阳市统计局")
    assert _got(figs, "value", "measure", "role") == [
        ("31,260", 31260, "张", "level"), ("2.4", 2.4, "%", "change"), ("12,480", 12480, "人", "level"),
        ("3.3", 3.3, "%", "change"), ("15,620", 15620, "人", "level"), ("4.1", 4.1, "%", "change"),
        ("36,840", 36840, "人", "level"), ("1.6", 1.6, "%", "change"), ("28,460", 28460, "人", "level"),
        ("-0.8", -0.8, "%", "change")]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_bulletins41_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins41 (桃江县's 公报 read by pdfplumber's words written as CSV: its prose lines quoted, its
    table by township split over two pages, the caption repeated with （续）, 床位数 | 其中：卫生院 | 比上年末增减;
    遵义市's 人社 data release by pdftotext -fixed 4: 一季度 | 上半年 | 前三季度 | 全年 and a 重点群体 table with
    占城镇新增就业比重（%）; 常德市's 公报 by pypdfium2's characters with gap spaces: 增减（±） | 增幅（%） under a
    caption's 单位：万元, and a merged 类别 column).
    Blind, the branch scored "brief: recall=0.5342 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=0.9487
    topic_beds=1.0 topic_jobs=1.0": the CSV prose's quoted number and the byline's year, the 其中 column, the 占…比重
    column and the 类别 head lost their figures. After: "brief: recall=1.0 precision=1.0 qualifier=1.0 role=1.0
    place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0". Floors, not the exact scores."""
    s = scored("bulletins41")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.99
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
    assert s["topic_jobs_acc"] >= 0.95 and s["topic_beds_acc"] >= 0.95


# a table by place whose head stands over two lines, 其中：医院 under 床位数 (a cell of the head each, TABs apart)
_STACKED = ("邵阳市2025年卫生健康事业发展统计公报\n"
            "表2  2025年各县（市、区）医疗卫生机构床位情况\n"
            "（单位：张、%）\n"
            "地区\t床位数\t\t比上年\n"
            "\t合计\t其中：医院\t增长\n"
            "全市\t38620\t27480\t2.6\n"
            "邵东市\t5260\t3840\t3.1\n")


def test_a_part_under_its_count_in_a_head_over_two_lines_stays_one_column(extractor: Extractor) -> None:
    """床位数 over 合计 and 其中：医院: each stacked cell one column named by what it holds (the part's column read
    from a head's line, 床位数 其中：医院, is a count and its part side by side, two columns: not here). Before the
    stacked head asked for one column a cell, the part's reading gave two, no head and no figure."""
    figs = _run(extractor, _STACKED, "2026-05-20", "邵阳市卫生健康委员会")
    assert _got(figs, "value", "measure", "role") == [
        ("38620", 38620, "张", "level"), ("27480", 27480, "张", "level"), ("2.6", 2.6, "%", "change"),
        ("5260", 5260, "张", "level"), ("3840", 3840, "张", "level"), ("3.1", 3.1, "%", "change")]
