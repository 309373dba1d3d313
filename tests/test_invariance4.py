"""Damage the sweep (`scripts/damage_sweep.py`) left wrong, fourth round: two paragraphs set side by side whose
lines an extractor read across, where the line between a number cut at a line's end and its tail opens with a
character that opens a word a number may take (基 of 基点) but not with the word itself (基层):
it cannot go on with the number, the cut is sure, and the head and the tail are left out (a wrong value is worse
than a missing one). Read in order, the same lines keep every figure."""

from __future__ import annotations

from stats.repair.interleave import read_across
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_WORDS = frozenset({"个", "万", "元", "张", "人", "人次", "基点", "月"})
_GOES_ON = frozenset(w[0] for w in _WORDS)
_ENDS = "。，；"


def test_a_line_between_opening_on_a_word_no_number_takes_makes_the_cut_sure() -> None:
    """586 | 基层… | 0张: 基 opens 基点 but 基层 is no word a number takes: 586 and 0 are made unreadable."""
    text = ("截至8月底，全县医疗卫生机构实有床位586\n"
            "基层卫生院提质增效，全县乡镇卫生院设置\n"
            "0张，比上年末增加142张，每千人口床位\n")
    out = read_across(text, _GOES_ON, _ENDS, _WORDS)
    assert len(out) == len(text)
    assert "床位\ufffd\ufffd\ufffd\n" in out and "\n\ufffd张，" in out
    assert "142张" in out
    # (without the words, the first character alone tells: 基 may go on, the cut is unsure and left)
    assert read_across(text, _GOES_ON, _ENDS) == text


def test_a_unit_after_the_line_between_is_the_cut_numbers_where_the_line_between_cannot_go_on() -> None:
    """312 | 基层站所… | 人次，: the unit is a whole word (人次) and 基层 no number takes: the number is the cut's."""
    text = ("今年以来，全镇开展职业技能培训共计312\n"
            "基层站所培训结束后将统一安排镇内就业\n"
            "人次，其中农村劳动力培训180人次。\n")
    out = read_across(text, _GOES_ON, _ENDS, _WORDS)
    assert "共计\ufffd\ufffd\ufffd\n" in out and "180人次" in out


def test_a_hard_wrap_over_the_same_words_is_left_as_it_is() -> None:
    """Read in order, the number goes on in the next line (586 | 0张，…): no cut is taken."""
    text = ("截至8月底，全县医疗卫生机构实有床位586\n"
            "0张，比上年末增加142张，每千人口床位\n"
            "基层卫生院提质增效，全县乡镇卫生院设置\n")
    assert read_across(text, _GOES_ON, _ENDS, _WORDS) == text
    unit = ("今年以来，全镇开展职业技能培训共计312\n"
            "人次，其中农村劳动力培训180人次，全镇\n"
            "基层站所培训结束后将统一安排镇内就业\n")
    assert read_across(unit, _GOES_ON, _ENDS, _WORDS) == unit


def test_two_columns_read_across_give_no_wrong_figure(extractor: Extractor) -> None:
    """The whole pipeline: the cut number (5860张) is left out, never read as 0张 or 586."""
    text = ("本报讯\n"
            "截至8月底，全县医疗卫生机构实有床位586\n"
            "基层卫生院提质增效，全县乡镇卫生院设置\n"
            "0张，比上年末增加142张，每千人口床位\n"
            "床位165张，其中康复、护理床位31张。\n")
    got = {q for q, in _got(_run(extractor, text, "2025-09-20"))}
    assert "0张" not in got and "586" not in got and "5860张" not in got
    assert {"142张", "165张", "31张"} <= got
