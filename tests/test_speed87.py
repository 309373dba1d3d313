"""speed87: work asked of every sentence done only where its answer can matter (bench/RESULTS.md, speed87).

The answers must be those the eager code gave: each test shows the lazy path taking the same input the eager one
took where it is asked, and skipping it where the answer could not use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.run.pipeline import Extractor
from tests.conftest import ROOT
from tests.dated import dated_figures as _run
from tests.pagetext import WHOLE


def test_a_table_heads_caption_is_worked_out_only_for_a_sentence_ending_as_a_head(extractor: Extractor) -> None:
    """`TableReader.head(..., caption_of=...)`: the caption above is asked of a sentence that may be a head, never
    of one ending on a sentence mark (most sentences), and what it gives is read as `above` would be."""
    reader = extractor.tables
    asked: list[str] = []

    def caption() -> str:
        asked.append("单位：万元")
        return "单位：万元"

    assert reader.head("全县规模以上工业总产值比上年增长6.2%。", caption_of=caption) == (None, None)
    assert asked == []
    head, _ = reader.head("指标总产值（现价）比上年增长（%）", caption_of=caption)
    assert asked == ["单位：万元"]
    assert head is not None and head.note_unit == "万元"
    assert head == reader.head("指标总产值（现价）比上年增长（%）", "单位：万元")[0]
    assert reader.head("指标总产值（现价）比上年增长（%）")[0].note_unit == ""  # (the caption is what gave the unit)


def test_a_table_under_a_caption_and_a_unit_note_reads_its_unit_from_them(extractor: Extractor) -> None:
    """The pipeline hands the caption lines over lazily: a table under 表1 … / 单位：万元 still reads its cells in
    万元, and the sentences before it (ending on 。) still give their own figures."""
    text = ("全县财政收入保持增长。\n"
            "表1 2025年某县财政收入\n单位：万元\n指标 金额 比上年增长（%）\n"
            "一般公共预算收入 18640 3.2\n其中：税收收入 12300 5.4\n")
    got = [(f["quote"], f["value"], f["measure"], f["role"]) for f in _run(extractor, text, "2026-04-20")]
    assert got == [("18640", 186400000.0, "元", "level"), ("3.2", 3.2, "%", "change"),
                   ("12300", 123000000.0, "元", "level"), ("5.4", 5.4, "%", "change")]


def _event_property_ungated(roles, text: str, end: int) -> str:  # noqa: ANN001 (main's loop, before speed87)
    if roles._target is None or not roles._event_not or not roles._found_in("target", roles._target, text):
        return ""
    last = None
    for m in roles._target.finditer(text, 0, end):
        if roles._event_cue(text, m):  # (roleprobe129: any cue of an event, target.event_clause, as 预计 without a verb)
            last = m
    return roles._event_property(text, last, end) if last is not None else ""


@pytest.mark.parametrize("every", WHOLE)
def test_an_event_property_is_searched_only_after_a_subject_bound_cue(extractor: Extractor, every: bool) -> None:
    """`event_property` passes over a text holding no cue of target.subject_bound (预计) before the figure: a
    project's cost after an event's estimate is still a level, and every figure of the gold texts' sentences gets
    what the loop over every target cue gave. (Every sentence of every gold text holding 预计 in both jobs; the
    whole of every 31st text in the slow job, of every 248th in the default suite: the texts' other sentences, which
    hold no cue and give nothing either way, cost seconds each job.)"""
    roles = extractor.classifier
    event = "新院区预计明年投用，规划床位300张，总投资2.65亿元，可新增医护岗位260个。"
    assert roles.event_property(event, event.index("2.65")) == "总投资"
    # (roleprobe129: a plan of the opening, 计划明年投用, is a cue of an event too, target.event_clause)
    planned = "新院区计划明年投用，规划床位300张，总投资2.65亿元。"
    assert roles.event_property(planned, planned.index("2.65")) == "总投资"
    listed = "今年计划新建污水管网30公里，总投资1.2亿元。"  # (a plan whose clause holds a figure: no event)
    assert roles.event_property(listed, listed.index("1.2")) == ""
    assert roles.event_property(event, event.index("明年")) == ""  # (the cue after the figure does not count)
    sentences = [event, planned, "预计全年完成投资12亿元，总投资3亿元的项目开工。", "今年力争新增就业3000人，总投资5亿元。"]
    paths = sorted(Path(ROOT / "data" / "gold").glob("*/texts/*.txt"))
    step = 31 if every else 248
    for n, path in enumerate(paths):  # (every 31st text whole, and the estimates of all: new sets move the sample)
        whole = [s for s in path.read_bytes().decode("utf-8", "ignore").split("。") if any(map(str.isdigit, s))]
        sentences += whole if n % step == 0 else [s for s in whole if "预计" in s]
    ends = [(s, k) for s in sentences for k in range(len(s)) if s[k].isdigit() and (k == 0 or not s[k - 1].isdigit())]
    assert sum("预计" in s[:k] for s, k in ends) >= 20  # (the gold texts reach the loop past the new test too)
    for s, k in ends:
        assert roles.event_property(s, k) == _event_property_ungated(roles, s, k), (s, k)
