"""What the blind set data/gold/damaged23 found: five texts of our own damaged by scripts/gold_damaged23.py (an
extractor that drops spaces and line breaks inside paragraphs but keeps one after each table cell; a two-page spread
whose pages' lines alternate; a newspaper page whose lead jumps to page 3 across two other items; two sheets pasted from
Excel in their number formats; OCR with full-width and half-width marks swapped and a line cut inside a place's name).
Blind, main read no figure of the pasted sheets: a cell that writes its percent mark (8.4%) beside amounts in the
note's 千元, an accounting negative in brackets ((52,780.00), its gap to the number before it dropped), a number in
scientific form (1.32E+06), and the heads 2025年执行数, 增减额, 增减率 were none of them read. Sentences invented, in the
style of such sheets."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_HEAD = "某某县2025年一般公共预算收支执行情况表\n单位：千元\n项目\t2024年执行数\t2025年执行数\t增减额\t增减率\n"


def test_a_pasted_row_with_percent_marks_in_its_cells_is_read(extractor: Extractor) -> None:
    """Excel's percent format writes the mark in the cell (6.2% under 增减率), the amounts beside it in the note's 千元
    with thousands marks and two decimals: each cell its figure, the growth a percentage whatever the note says."""
    text = _HEAD + "税收收入\t128,460.00\t136,420.00\t7,960.00\t6.2%\n"
    got = _got(_run(extractor, text, "2026-02-10", source="某某县财政局"), "value", "role", "period")
    assert got == [("128,460.00", 128460000, "level", "2024"), ("136,420.00", 136420000, "level", "2025"),
                   ("7,960.00", 7960000, "change", "2025"), ("6.2%", 6.2, "change", "2025")]


def test_an_accounting_negative_in_brackets_is_less_than_nought(extractor: Extractor) -> None:
    """(23,150.00) in the 增减额 column, glued to the number before it and the -3.1% after it as the layout leaves a
    pasted row: minus 23150 thousand. A bracketed cell of neither thousands marks nor two decimals ((15)) is no
    accounting format: that row gives no figure."""
    text = _HEAD + "卫生健康支出\t746,820.00\t723,670.00\t(23,150.00)\t-3.1%\n"
    got = _got(_run(extractor, text, "2026-02-10", source="某某县财政局"), "value", "role")
    assert got == [("746,820.00", 746820000, "level"), ("723,670.00", 723670000, "level"),
                   ("(23,150.00)", -23150000, "change"), ("-3.1%", -3.1, "change")]
    plain = _HEAD + "卫生健康支出\t746\t723\t(15)\t-3.1%\n"
    assert all(f["value"] != -15000 for f in _run(extractor, plain, "2026-02-10", source="某某县财政局"))


def test_a_number_in_scientific_form_is_the_whole_number_it_shows(extractor: Extractor) -> None:
    """A column too narrow for its numbers shows 2.46E+06 (万元 in the row's unit cell): 2460000 万元. 4.125E+02 shows
    no whole number: no figure of that row."""
    text = ("某某县2025年主要经济指标\n指标\t单位\t2025年\t比上年增长\n地区生产总值\t万元\t2.46E+06\t5.8%\n"
            "常住人口\t人\t3.18E+05\t-0.6%\n")
    got = _got(_run(extractor, text, "2026-02-10", source="某某县统计局"), "value", "role")
    assert got == [("2.46E+06", 24600000000, "level"), ("5.8%", 5.8, "change"), ("3.18E+05", 318000, "level"),
                   ("-0.6%", -0.6, "change")]
    odd = "某某县2025年主要经济指标\n指标\t单位\t2025年\t比上年增长\n地区生产总值\t万元\t4.125E+02\t5.8%\n"
    assert [f["quote"] for f in _run(extractor, odd, "2026-02-10", source="某某县统计局")
            if f["value"] in (412.5, 4125000, 41250000)] == []
