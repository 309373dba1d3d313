"""speed166 (issue 13): named costs of the extraction path cut, every answer the same. Lines and sentences invented."""

from __future__ import annotations

import random

import pytest
import regex

from stats.find import tablerows
from stats.repair import layout


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


def test_a_line_with_nothing_to_fold_is_handed_back_before_any_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """今年全市新增城镇就业5.2万人，同比增长3.1%: no full-width form, bar, rule, Roman numeral or closing bracket, so no
    step of the fold is tried (the last, the runs of foldable characters, would have scanned it for nothing)."""
    class Refused:
        def sub(self, *_: object) -> str:
            raise AssertionError("a step of the fold was tried")

    monkeypatch.setattr(layout, "_FOLDABLE", Refused())
    line = "今年全市新增城镇就业5.2万人，同比增长3.1%（初步统计"
    assert layout.fold_width(line) is line


@pytest.mark.slow
def test_the_fold_is_the_same_with_and_without_its_first_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines drawn from Han, ASCII digits and marks and every character a step of the fold starts from (full-width
    digits, letters, point and comma, bars, box rules, Roman numerals, both closing brackets): the same fold whether
    the first scan hands a line back or every step is asked."""
    rng = random.Random(166)
    alphabet = ("全市增长万人元亿", "0123456789", " \t\n.%()（），。：", "０１２３４５６７８９．，％ＡＢｃ",
                "|｜│─━═", "ⅠⅡⅢⅳ", "\u2212\u200b")
    lines = ["".join(rng.choice(rng.choice(alphabet)) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    lines += ["全市 ２,３４５ 万元", "Ⅱ．主要指标", "8.5  （3.2）", "１，２３４，５６７", "项目 | 2025年 ｜ 2024年", "━━━━"]
    fast = [layout.fold_width(line) for line in lines]
    monkeypatch.setattr(layout, "_FOLD_ANY", regex.compile(""))  # (every line goes through every step)
    assert fast == [layout.fold_width(line) for line in lines]
