"""What the blind set data/gold/bulletins51 found (four 2025 bulletins of our own, of places the bulletin sets
barely used: 江孜县's 统计公报, 琼海市's 卫生健康 公报, 吴忠市's 人社 公报 and 北京市怀柔区's 教育 公报, typeset as PDF and
read back by reader settings no set used: scripts/gold_bulletins51.py). Texts invented, in the shape those readers
give such tables."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

_MED = "某市2025年卫生健康事业发展统计公报\n\n年末全市卫生人员5,862人。\n\n"
_HEAD = ["指标", "单位", "年末数", "比上年", "2025年", "2024年", "增长（%）", "表1  2025年医疗卫生资源情况"]
_LABELS = ["医疗卫生机构", "床位", "每千人口床位"]
_UNITS = ["个", "张", "张"]
_CELLS = ["412", "3,286", "6.12", "406", "3,162", "5.91", "1.5", "3.9", "3.6"]
_AFTER = "全年全市医疗卫生机构总诊疗人次286.42万人次。\n"


def _lines(*lines: str) -> str:
    """Lines as pdfminer prints its boxes at line_margin 0.3: a line a box line, a blank line between."""
    return "".join(line + "\n\n" for line in lines)


def test_a_column_major_table_under_a_head_with_a_merged_top_cell(extractor: Extractor) -> None:
    """指标 单位 年末数 比上年 / 2025年 2024年 增长（%） (a 卫生健康 bulletin's table whose head stands over two lines,
    年末数 merged over the two years' columns, 比上年 over 增长（%）), as pdfminer with char_margin 1.5, line_margin 0.3
    and boxes_flow 0.3 prints it: the head's top cells, then its bottom cells, the caption, the labels, a numbered
    heading set beside the table, the unit column's cells and every column's numbers in one run. Each row reads under
    the head put together (2025年年末数 2024年年末数 比上年增长（%）): its unit, the year's level, the year before's,
    the growth. Before, the head was no head of one cell a column, so the table read as nothing (nine figures lost)."""
    text = _MED + _lines(*_HEAD, *_LABELS, "二、医疗服务", *_UNITS, *_CELLS) + _AFTER
    got = _got(_run(extractor, text, "2026-05-20", "某市卫生健康委员会"), "value", "role", "unit", "period")
    assert got == [("5,862人", 5862, "level", "person", "2025"),
                   ("412", 412, "level", "count", "2025"), ("406", 406, "level", "count", "2024"),
                   ("1.5", 1.5, "change", "percent", "2025"),
                   ("3,286", 3286, "level", "bed", "2025"), ("3,162", 3162, "level", "bed", "2024"),
                   ("3.9", 3.9, "change", "percent", "2025"),
                   ("6.12", 6.12, "level", "bed", "2025"), ("5.91", 5.91, "level", "bed", "2024"),
                   ("3.6", 3.6, "change", "percent", "2025"),
                   ("286.42万人次", 2864200, "level", "person_time", "2025")]
    # … and so with no heading between the labels and the units
    text = _MED + _lines(*_HEAD, *_LABELS, *_UNITS, *_CELLS) + _AFTER
    assert len(_run(extractor, text, "2026-05-20", "某市卫生健康委员会")) == 11
    # a top cell short (比上年 alone over the three columns' words, no 年末数): the head as printed reads as no head of
    # that table, and no row is made up
    short = [h for h in _HEAD if h != "年末数"]
    text = _MED + _lines(*short, *_LABELS, *_UNITS, *_CELLS) + _AFTER
    got = _got(_run(extractor, text, "2026-05-20", "某市卫生健康委员会"), "value")
    assert ("406", 406) not in got and ("1.5", 1.5) not in got


@pytest.mark.slow
def test_the_bulletins51_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins51 (江孜县's 统计公报 by `pdftotext -layout -fixed 8`: a 主要农畜产品产量 table of 万吨 and 吨
    rows, a 社会事业 table whose 比上年增减 is in the row's unit; 琼海市's 卫生健康 公报 by pdfminer with char_margin 1.5,
    line_margin 0.3 and boxes_flow 0.3: a table under a two-line head, 年末数 merged over 2025年 and 2024年, printed a
    column at a time; 吴忠市's 人社 公报 by pdfplumber's layout text at x_density 9 and y_density 9: a 县（市、区） 就业
    table with the 全市 row first; 北京市怀柔区's 教育 公报 by `pdftotext -layout -fixed 2`: a 学段 table with its 总计 row
    last). Blind, the branch scored "brief: recall=0.9027 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0
    topic_beds=1.0 topic_jobs=1.0": the pdfminer table under the merged head read as no table (18 figures). After:
    "brief: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0".
    Left: nothing in this set. Floors, not the exact scores."""
    s = scored("bulletins51")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.99
    assert s["topic_beds_acc"] >= 0.98 and s["topic_jobs_acc"] >= 0.98
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
