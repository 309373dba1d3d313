"""Damage the sweep (`scripts/damage_sweep.py`) left wrong, third round: two paragraphs set side by side whose
lines an extractor read across (a number cut at one line's end goes on in the line after next: read as it came,
its head meets the other column's line and its tail stands alone, 6. | 规模以上… | 4%), and a headline of the
year's programme glued to the first sentence (its plan lost)."""

from __future__ import annotations

from stats.repair.interleave import read_across
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_A = "今年一季度，全市规模以上工业增加值同比增长8.5%，比上年同期提高1.2个百分点，其中制造业增加值增长9.1%。"
_B = "全市社会消费品零售总额达到356.7亿元，同比增长6.3%，网上零售额增长12.4%，占比达到28.6%。"
_CLEAN = {("8.5%", 8.5), ("1.2个百分点", 1.2), ("9.1%", 9.1), ("356.7亿元", 35670000000), ("6.3%", 6.3),
          ("12.4%", 12.4), ("28.6%", 28.6)}


def _wrap(line: str, n: int) -> list[str]:
    return [line[i:i + n] for i in range(0, len(line), n)]


def _across(n: int) -> str:
    """The two paragraphs set side by side n characters wide, their lines read across."""
    a, b = _wrap(_A, n), _wrap(_B, n)
    lines = [x[j] for j in range(max(len(a), len(b))) for x in (a, b) if j < len(x)]
    return "本报讯\n" + "\n".join(lines) + "\n"


def test_a_number_cut_across_two_columns_read_line_by_line_is_left_out(extractor: Extractor) -> None:
    """At 23 characters 8.5% is cut after its point (增长8. | 全市社会… | 5%，比上年…): 5% alone was read; at 27, 6.3%
    (增长6. | 上年同期…增长9.1 | 3%，网上…) gave 9.13%. Each figure read is one of the clean text's, the cut
    ones left out (a wrong value is worse than a missing one)."""
    for n, gone in ((23, "8.5%"), (27, "6.3%")):
        got = set(_got(_run(extractor, _across(n), "2025-04-20"), "value"))
        assert got <= _CLEAN, (n, got - _CLEAN)
        assert ("356.7亿元", 35670000000) in got and ("12.4%", 12.4) in got
        assert gone not in {q for q, _ in got}


def test_the_same_paragraphs_hard_wrapped_keep_every_figure(extractor: Extractor) -> None:
    """Read in order, lines cut as narrow (a number cut at a line's end goes on in the next line) lose nothing:
    no cut is taken for two columns'."""
    for n in (19, 23, 27):
        text = "本报讯\n" + "\n".join(_wrap(_A, n) + _wrap(_B, n)) + "\n"
        assert set(_got(_run(extractor, text, "2025-04-20"), "value")) == _CLEAN, n


def test_read_across_marks_only_a_cut_the_line_between_cannot_go_on_with() -> None:
    """The head and the tail of a number cut across two columns are made unreadable, one for one (and a number the
    line between ends on, where the cut is on a point: the tail may be either's); a hard wrap's
    number (…增长6. | 4%，…) and a unit opening the line between (…达到2 | 万人…) are left as they are."""
    goes_on = frozenset("万亿个元人%")
    text = "全市规模以上工业增加值同比增长6.\n全市社会消费品零售总额达到356\n4%，比上年同期提高1.2个百分点。\n"
    out = read_across(text, goes_on, "。，；")
    assert len(out) == len(text)
    assert "增长\ufffd\ufffd\n" in out and "\n\ufffd\ufffd，比上年" in out
    assert "达到\ufffd\ufffd\ufffd\n" in out  # (the line between ends on a number too: the tail may be its)
    wrapped = "全市规模以上工业增加值同比增长6.\n4%，比上年同期提高1.2个百分点\n，其中制造业增长9.1%。\n"
    assert read_across(wrapped, goes_on, "。，；") == wrapped
    unit = "全市城镇新增就业人数累计达到2\n万人，完成全年目标任务的一半\n3个县完成任务。\n"
    assert read_across(unit, goes_on, "。，；") == unit


def test_a_headline_glued_to_its_first_sentence_heads_its_plan(extractor: Extractor) -> None:
    """沙河县2026年十项民生实事为办好…: the headline of the year's programme glued to the first sentence (no break
    between) makes the goals under it targets, as on a line of its own; a headline of results glued so
    (…民生实事全部完成) opens no plan."""
    body = ("为办好群众身边的实事，经县人大常委会会议票决，县政府确定今年实施十项民生实事，计划总投资3.2亿元。\n"
            "1.扩大就业。全年城镇新增就业1800人以上，开展职业技能培训2000人次以上。")
    got = _got(_run(extractor, "沙河县2026年十项民生实事" + body, "2026-01-20"), "value", "role")
    assert ("1800人以上", 1800, "target") in got
    done = ("沙河县2025年十项民生实事全部完成记者从县政府获悉，去年确定的十项民生实事已全部完成。\n"
            "全年城镇新增就业1900人，开展职业技能培训2100人次。")
    assert ("1900人", 1900, "level") in _got(_run(extractor, done, "2026-01-20"), "value", "role")
