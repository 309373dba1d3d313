"""speed87: work asked of every sentence done only where its answer can matter (bench/RESULTS.md, speed87).

The answers must be those the eager code gave: each test shows the lazy path taking the same input the eager one
took where it is asked, and skipping it where the answer could not use it."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run


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
