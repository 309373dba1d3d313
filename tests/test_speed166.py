"""speed166 (issue 13): named costs of the extraction path cut, every answer the same. Lines and sentences invented."""

from __future__ import annotations

import pytest

from stats.find import tablerows


def test_three_lines_of_prose_are_no_head_without_a_column_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page's lines of prose, one piece each, asked whether they are a head set over three lines: no, before the
    column of any piece is counted (`_under`, a scan of the line for wide characters a piece)."""
    calls: list[str] = []
    under = tablerows._under
    monkeypatch.setattr(tablerows, "_under", lambda top, bottom, *a, **k: calls.append(bottom) or under(top, bottom,
                                                                                                          *a, **k))
    assert tablerows.under_lines("今年以来，全市上下坚持稳中求进", "工作总基调，着力推动经济运行",
                                 "持续向好，民生保障有力有效") is None
    assert tablerows.under_lines("项目  收入  支出", "增长  结余  合计", "（人）") is None  # (as many pieces as the top)
    assert calls == []


def test_a_head_over_three_lines_is_still_put_together() -> None:
    """地区  医疗卫生  卫生技术 / 机构床位  人员 / （张）  （人）: each column's words under its top word, its unit
    under them."""
    got = tablerows.under_lines("地区      医疗卫生      卫生技术", "          机构床位      人员",
                                "          （张）        （人）")
    assert got == "地区  医疗卫生机构床位（张）  卫生技术人员（人）"
