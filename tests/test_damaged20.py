"""What the blind set data/gold/damaged20 found: five texts of our own damaged by scripts/gold_damaged20.py (a subset
font's glyphs mapped to the CJK Radicals Supplement, the Kangxi radicals and compatibility ideographs; enclosed and
parenthesised list marks, ㈠ ⑴ ① ⒈, some right before a figure; a table in fixed columns whose long labels wrap under
their row; lines cut between words, between a number and its unit or between 万 and 人; footnote marks drawn after a
number, before its unit). Blind, main read 增⻓2.7% (the radical-supplement glyph of 长, which NFKC leaves as it is) as a
level, not a change; took a short line ending on 万 whose 人 opened the next line (…达 | 到12.5万 | 人，…) for another
item's headline set into the paragraph, and lost the figure; and read ⒊到2026年底…达到7.2张 as a level, the list mark
hiding the horizon that opens the clause. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.repair.layout import undamaged
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_misread_table_reads_each_glyph_as_its_character() -> None:
    """[GLYPHS]=>GLYPHS|CHARACTERS (layout.yaml misreads): each glyph read as the character at its place, one for
    one."""
    assert undamaged("比上年增⻓5%，部⻔统计", misreads=("[⻓⻔]=>⻓⻔|长门",)) == "比上年增长5%，部门统计"
    assert undamaged("比上年增长5%", misreads=("[⻓⻔]=>⻓⻔|长门",)) == "比上年增长5%"


def test_a_radical_supplement_glyph_reads_as_its_ideograph(extractor: Extractor) -> None:
    """增⻓2.7% (U+2ED3 for 长, a glyph NFKC does not fold) is a growth; 居⺠ and 部⻔ read as 居民 and 部门."""
    text = "记者从县人社部⻔获悉，2025年全县县外就业15.2万⼈，⽐上年增⻓2.7%；城乡居⺠参保率达到95.1%。\n"
    got = _got(_run(extractor, text, "2026-01-21", source="某某县融媒体中心"), "value", "role")
    assert got == [("15.2万人", 152000, "level"), ("2.7%", 2.7, "change"), ("95.1%", 95.1, "level")]


def test_a_line_cut_between_wan_and_its_unit_is_the_paragraphs_own(extractor: Extractor) -> None:
    """…参保人数达 | 到12.5万 | 人，参保率…: a short line ending on a bare 万 whose 人 opens the next line is no other
    item's headline set into the paragraph: 12.5万人, in its sentence."""
    for unit, value, tail in (("万", 125000, "人"), ("亿", 1250000000, "元")):
        text = f"全年发放培训补贴1270万元。参保人数达\n到12.5{unit}\n{tail}，参保率95.6%。\n"
        got = _got(_run(extractor, text, "2026-01-26", source="某某县人民政府"), "value")
        assert (f"12.5{unit}{tail}", value) in got, got
        assert ("95.6%", 95.6) in got


def test_a_list_mark_before_a_horizon_opens_its_clause(extractor: Extractor) -> None:
    """⒊到2026年底…达到7.2张, 3.到…, （三）到…: the horizon opens its clause after a list item's mark as after a
    comma, a goal; a year with no 到 before it stays a level."""
    for mark in ("⒊", "3.", "⑶", "③", "（三）"):
        text = f"全县新增床位260张；{mark}到2026年底每千常住人口床位数达到7.2张。\n"
        got = _got(_run(extractor, text, "2026-02-12", source="某某县卫生健康局"), "role")
        assert got == [("260张", "level"), ("7.2张", "target")], mark
    text = "⒊2025年底每千常住人口床位数达到6.9张。\n"
    assert _got(_run(extractor, text, "2026-02-12", source="某某县卫生健康局"), "role") == [("6.9张", "level")]


def test_the_trainees_growth_is_a_jobs_figure(extractor: Extractor) -> None:
    """…培训1.45万人次，城乡居民参训人数比上年增长9.6%: 参训 (taking part in training) names the trainees in the
    growth's own clause: a training figure (jobs), not a bare growth."""
    text = "全年开展职业技能培训1.45万人次，城乡居民参训人数比上年增长9.6%。\n"
    got = _got(_run(extractor, text, "2026-01-21", source="某某县融媒体中心"), "metric", "role")
    assert got == [("1.45万人次", "jobs.training", "level"), ("9.6%", "jobs.training", "change")]
