"""What the blind set data/gold/bulletins46 found (three 2025 texts on beds, jobs and money of our own, typeset as PDF
and read back by readers no set used: scripts/gold_bulletins46.py). Texts invented, in the shape those readers give
such tables."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored


def test_a_footnote_mark_after_a_row_label_is_the_labels(extractor: Extractor) -> None:
    """城关镇(1): the note under the table (注：(1)含分院床位。) says how the row counts; the mark is no cell. Before, a
    digit in a label ended the table (tables.yaml label_notes)."""
    assert extractor.tables.row_label("城关镇(1)") and extractor.tables.row_label("参保人数（2）")
    assert not extractor.tables.row_label("城关镇1")


@pytest.mark.slow  # (the pipeline: near 0.2 s)
def test_rows_whose_labels_carry_footnote_marks_give_their_figures(extractor: Extractor) -> None:
    """A 乡镇 table with marks on two labels, as a layout reader sets it. Before, the column stage cut the first marked
    row into pieces (its label held a digit: no row) and the table ended there: only 全县's figures."""
    text = ("某县2025年统计公报\n表3  2025年末各乡镇卫生院床位\n"
            "乡镇          床位数（张）          比上年末增减（张）\n"
            "全县              642                  18\n城关镇(1)          210                   6\n"
            "石桥镇            188                  -3\n龙潭镇(2)          244                  15\n"
            "注：(1)含分院床位。(2)新建病房楼投入使用。\n")
    figs = _run(extractor, text, "2026-04-02", "某县统计局")
    assert _got(figs, "value", "role") == [("642", 642, "level"), ("18", 18, "change"), ("210", 210, "level"),
                                           ("6", 6, "change"), ("188", 188, "level"), ("-3", -3, "change"),
                                           ("244", 244, "level"), ("15", 15, "change")]


def test_a_head_of_districts_and_county_cities_heads_a_column_of_places(extractor: Extractor) -> None:
    """区县（市）: a city's districts and counties (county cities among them) in rows (tables.yaml place_heads). Before,
    the head's line alone, as the layout asks it under a caption on a line of its own, named no column, and the table
    under it gave no figure."""
    assert extractor.tables.head_columns("区县（市）        机构数（个）        床位数（张）") == 2
    head, _ = extractor.tables.head("区县（市）机构数（个）床位数（张）")
    assert head is not None and head.places and len(head.columns) == 2


def test_a_release_month_in_brackets_under_the_caption_dates_no_cell(extractor: Extractor) -> None:
    """表1 2025年… over （2026年1月）  单位：人: the month the release came out in. Before, the caption named two years
    and dated none, so the cells took the month carried from the note (2026-01); now the title's year (date_notes)."""
    head, _ = extractor.tables.head("表1 2025年各区县城镇新增就业（2026年1月）单位：人区县城镇新增就业比上年增长%")
    assert head is not None and head.year == "2025"
    head, _ = extractor.tables.head("表1 2025年与2024年城镇新增就业对比单位：人区县2025年2024年")
    assert head is not None and head.year == ""  # (two years in the title itself: still none)


def test_the_year_befores_growth_after_the_year_befores_level_is_one_column(extractor: Extractor) -> None:
    """本期 上年同期 同比增长% 上年增长%: 上年增长 named after 上年同期 is the year before's growth, one column. Before, 上年
    read as a second column of the year before's level and 增长% as another growth: five columns over four cells, no
    figure. 上年同期 增减% with no year before named earlier stays two columns."""
    head, _ = extractor.tables.head("表9 2025年社会保障主要指标指标单位本期上年同期同比增长%上年增长%")
    assert head is not None
    assert [(c.role, c.year) for c in head.columns] == [("level", ""), ("level", "2024"), ("change", ""),
                                                        ("change", "2024")]
    head, _ = extractor.tables.head("表2 2025年县本级财政收支项目本期上年同期增减%")
    assert head is not None
    assert [(c.role, c.year) for c in head.columns] == [("level", ""), ("level", "2024"), ("change", "")]


@pytest.mark.slow  # (the pipeline: near 0.2 s)
def test_two_growth_columns_each_take_their_year_and_the_rows_count(extractor: Extractor) -> None:
    """养老机构床位 张 1,240 1,186 4.6 3.9: the 上年增长% cell is 2024's growth of the same beds. Before the metric fix it
    read as a bare percent growth (the cell on its left a change, not a level, it borrowed no count)."""
    text = ("某市2025年统计公报\n表6  2025年养老服务主要指标\n指标  单位  本期  上年同期  同比增长%  上年增长%\n"
            "养老机构床位  张  1,240  1,186  4.6  3.9\n")
    figs = _run(extractor, text, "2026-03-20", "某市统计局")
    assert _got(figs, "role", "period", "metric") == [
        ("1,240", "level", "2025", "beds.care"), ("1,186", "level", "2024", "beds.care"),
        ("4.6", "change", "2025", "beds.care"), ("3.9", "change", "2024", "beds.care")]


@pytest.mark.slow  # (the pipeline: near 0.2 s)
def test_every_cell_of_a_total_row_is_the_whole_areas(extractor: Extractor) -> None:
    """合计 52,604 3.1 13,800 under rows of 区县: the city's, every cell. Before, the first cell took the city (its
    clause opens with 合计) and the later ones the last row's county, carried."""
    text = ("南充市2025年人力资源和社会保障统计数据\n表2  2025年各区县城镇新增就业\n单位：人\n"
            "区县    城镇新增就业    比上年增长%    失业人员再就业\n顺庆区    9,420    2.7    2,310\n"
            "高坪区    6,180    1.9    1,460\n合计    15,600    2.4    3,770\n")
    figs = _run(extractor, text, "2026-01-22", "南充市人力资源和社会保障局", "南充市")
    assert _got(figs, "place")[-3:] == [("15,600", "南充市"), ("2.4", "南充市"), ("3,770", "南充市")]
    assert _got(figs, "place")[3:6] == [("6,180", "高坪区"), ("1.9", "高坪区"), ("1,460", "高坪区")]


@pytest.mark.slow
def test_the_bulletins46_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins46 (常德市's 公报 by pdftotext -fixed 4.5: a table of 区县（市） with 全市 first split over two
    pages, its head repeated, and a 指标 单位 本期 上年同期 同比增长% 上年增长% table with labels marked (1); 宜宾市's 人社
    data by pdfminer, boxes_flow None and char_margin 3, a cell a line: a table in full-width figures under a line dated
    by the release month, a 合计 row last, and a two-row table under 2021年 … 2025年; 桂阳县's 公报 by pdfplumber's layout
    text at x_density 5.5: a 指标 单位 数值 比上年增长% table with 其中 rows, a 乡镇 table with 全县 first and labels
    marked (1)).
    Blind, the branch scored "brief: recall=0.5875 precision=1.0 qualifier=1.0 role=1.0 place=0.9787 period=0.6489
    topic_beds=1.0 topic_jobs=1.0": no table under 区县（市） or under 上年增长%, the 乡镇 table cut at its first marked
    label, the full-width table dated 2026-01 and its 合计 row's later cells the last county's. After: "brief:
    recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0". Floors, not
    the exact scores."""
    s = scored("bulletins46")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.99
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
    assert s["topic_jobs_acc"] >= 0.98 and s["topic_beds_acc"] >= 0.98
