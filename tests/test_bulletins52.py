"""What the blind set data/gold/bulletins52 found (four 2025 bulletins of our own, of provinces the bulletin sets took
fewest places from: 岫岩满族自治县's 统计公报, 鹤壁市's 民政 公报, 日照市's 医疗保障 公报 and 天津市蓟州区's 文化和旅游
公报, typeset as PDF and read back by reader settings no set used: scripts/gold_bulletins52.py). Texts invented, in
the shape those readers give such tables."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

_ZONE = "某区2025年文化和旅游发展统计公报\n\n"


def test_a_class_the_country_confers_names_no_figure_of_the_country(extractor: Extractor) -> None:
    """其中全国重点文物保护单位6处 in a district's 文旅 bulletin counts the district's own sites of that national rank:
    the district's figure, as the 市级文物保护单位 beside it is; before, 全国 in the name made it the country's. A
    figure said of the country itself stays the country's."""
    text = (_ZONE + "年末全区共有不可移动文物486处，其中全国重点文物保护单位6处，市级文物保护单位28处；全国文明村镇"
            "3个。\n\n全国国内游客人次比上年增长5.6%。\n")
    got = _got(_run(extractor, text, "2026-04-10", "天津市蓟州区文化和旅游局"), "place")
    assert got == [("486处", "蓟州区"), ("6处", "蓟州区"), ("28处", "蓟州区"), ("3个", "蓟州区"), ("5.6%", "全国")]


_MED = "某市2025年医疗保障事业发展统计公报\n\n全市基本医疗保险参保人数282.46万人。\n"
_YEAR_END = """\
                             表1 2025年基本医疗保险参保人数

                                                                单位：万人
          险种                          参保人数                      比上年末
                                   2025年末         2024年末       增长（%）
          合计                        282.46         281.64           0.3

          职工基本医疗保险                   68.42          66.68           2.6
           其中：在职职工                   50.86          49.72           2.3
          城乡居民基本医疗保险                214.04         214.96          -0.4

全年全市基本医疗保险基金总收入68.64亿元。
"""


def test_a_merged_top_cell_over_year_end_columns(extractor: Extractor) -> None:
    """险种 参保人数 比上年末 / 2025年末 2024年末 增长（%） under 单位：万人 (a 医保 bulletin's table, 参保人数 merged over
    the two years' year-end columns, 比上年末 over 增长（%）), as pdfplumber's layout text at x_density 7.5 sets it: each
    row reads as 2025年末 2024年末 比上年末增长（%）, the year's stock, the year before's and the growth. Before, a bottom
    piece with a year-end word after its year (2025年末) was no year to the flush reading, so the head read as none,
    the rows as nothing (fifteen figures lost), and the head's 2024年末 dated the paragraph after the table 2024."""
    got = _got(_run(extractor, _MED + _YEAR_END, "2026-04-28", "某市医疗保障局"), "value", "role", "period")
    assert got == [("282.46万人", 2824600, "level", "2025"),
                   ("282.46", 2824600, "level", "2025"), ("281.64", 2816400, "level", "2024"),
                   ("0.3", 0.3, "change", "2025"),
                   ("68.42", 684200, "level", "2025"), ("66.68", 666800, "level", "2024"),
                   ("2.6", 2.6, "change", "2025"),
                   ("50.86", 508600, "level", "2025"), ("49.72", 497200, "level", "2024"),
                   ("2.3", 2.3, "change", "2025"),
                   ("214.04", 2140400, "level", "2025"), ("214.96", 2149600, "level", "2024"),
                   ("-0.4", -0.4, "change", "2025"),
                   ("68.64亿元", 6864000000, "level", "2025")]


_CIVIL = "鹤壁市2025年民政事业发展统计公报\n\n年末全市城乡居民最低生活保障对象2.86万人。\n\n"
_HEAD = ["县（区）", "城市低保人数（人）", "农村低保人数（人）", "低保资金支出（万元）", "表1  2025年各县（区）城乡低保情况"]
_LABELS = ["全市", "淇滨区", "浚县"]
_CELLS = ["4,816", "1,862", "586", "23,784", "2,346", "10,642", "21,600", "3,426", "8,124"]
_AFTER = "年末全市共有各类养老机构和设施386个。\n"


def _lines(*lines: str) -> str:
    """Lines as pdfminer prints its boxes at line_margin 0.4: a line a box line, a blank line between."""
    return "".join(line + "\n\n" for line in lines)


def test_a_column_major_table_whose_head_and_caption_stand_over_its_labels(extractor: Extractor) -> None:
    """县（区） 城市低保人数（人） 农村低保人数（人） 低保资金支出（万元） (a 民政 bulletin's 低保 table by county, no unit
    column), as pdfminer with char_margin 2, line_margin 0.4 and boxes_flow 0.1 prints it: the head a cell a line, the
    caption, the labels, a numbered heading set beside the table, then every column's numbers in one run. Each row reads
    under the head, the place it names its figures' place. Before, no reader took a head over the caption with no unit
    column, so the table read as nothing (eighteen figures lost in the set)."""
    text = _CIVIL + _lines(*_HEAD, *_LABELS, "二、养老服务", *_CELLS) + _AFTER
    got = _got(_run(extractor, text, "2026-05-18", "鹤壁市民政局"), "value", "place")
    assert got == [("2.86万人", 28600, "鹤壁市"),
                   ("4,816", 4816, "鹤壁市"), ("23,784", 23784, "鹤壁市"), ("21,600", 216000000, "鹤壁市"),
                   ("1,862", 1862, "淇滨区"), ("2,346", 2346, "淇滨区"), ("3,426", 34260000, "淇滨区"),
                   ("586", 586, "浚县"), ("10,642", 10642, "浚县"), ("8,124", 81240000, "浚县"),
                   ("386个", 386, "鹤壁市")]
    # … and so with no heading between the labels and the numbers
    text = _CIVIL + _lines(*_HEAD, *_LABELS, *_CELLS) + _AFTER
    assert len(_run(extractor, text, "2026-05-18", "鹤壁市民政局")) == 11
    # a label short (two labels over nine numbers: no whole number of columns as long as the labels): no row made up
    text = _CIVIL + _lines(*_HEAD, *_LABELS[:2], *_CELLS) + _AFTER
    got = _got(_run(extractor, text, "2026-05-18", "鹤壁市民政局"), "value")
    assert ("1,862", 1862) not in got and ("3,426", 34260000) not in got


@pytest.mark.slow
def test_the_bulletins52_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins52 (岫岩满族自治县's 统计公报 by pdfplumber's plain text at x_tolerance 1.5 and
    y_tolerance 4: a 主要农产品产量 table of 万吨 and 吨 rows, a 一般公共预算收支 table under 单位：万元; 鹤壁市's 民政
    公报 by pdfminer with char_margin 2, line_margin 0.4 and boxes_flow 0.1: a 县（区） 低保 table printed a column at
    a time under its head and caption, a 养老服务 table with an 增减 column; 日照市's 医保 公报 by pdfplumber's layout
    text at x_density 7.5 and y_density 14: a 参保人数 table under a two-line head, 参保人数 merged over 2025年末 and
    2024年末, and a fund table under 单位：万元; 天津市蓟州区's 文旅 公报 by `pdftotext -layout -fixed 9`: a 旅游业
    table of 万人次, 亿元, 家 and 户 rows). Blind, the branch scored "brief: recall=0.8156 precision=1.0
    qualifier=1.0 role=1.0 place=0.9863 period=0.9658 topic_beds=1.0": the 低保 table read as no table (18 figures),
    the 参保人数 table too (15), its 2024年末 dating the paragraph after it 2024 (5), 全国重点文物保护单位 placed in
    全国 (2). After: "brief: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0".
    Left: nothing in this set. Floors, not the exact scores."""
    s = scored("bulletins52")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.99
    assert s["topic_beds_acc"] >= 0.98
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
