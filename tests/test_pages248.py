"""What the blind pages p125 and p126 of data/gold/pages showed (pages248): DOCSTRING TO COME."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def test_a_table_by_place_of_new_jobs_beside_the_share_of_the_goal_done_reads(extractor: Extractor) -> None:
    """县市 城镇新增就业 完成年度任务（%） under 单位：人: 城镇新增就业 names its cells' count only in a table by place whose
    columns are all such words (column_units); a column named by what it holds with its percent mark in brackets (the
    share of the year's goal done) may stand beside it: each row's new jobs in 人 and its share in %, the row's place."""
    text = ("楚雄日报 2026年12月10日 星期四 第2版 综合\n本报讯 全州就业形势稳定。\n1—11月各县市城镇新增就业（单位：人）\n"
            "县市 城镇新增就业 完成年度任务（%）\n双柏县 8260 108.6\n牟定县 1860 101.3\n南华县 2130 99.6\n")
    got = quoted(dated_figures(extractor, text, "2026-12-10", "楚雄日报"), "value", "measure", "role", "place")
    assert ("1860", 1860.0, "人", "level", "牟定县") in got
    assert ("99.6", 99.6, "%", "level", "南华县") in got
    assert not [g for g in got if g[2] not in ("人", "%")]  # (no 101.3 read with the next row's first character)
