"""What the blind set data/gold/bulletins25 found: three 2025 bulletins typeset as PDF and read back by readers, or
settings, no earlier set used (a 地级市 统计公报's sections on 人口, 就业, 卫生健康 and 社会保障 by `pdftotext -layout
-fixed 3`, a 县 卫生健康统计简报 by pdfplumber's extract_words() joined a line at a time, a 省 人社 统计公报 by pdfminer
with char_margin=1.0 and line_overlap=0.3). Blind, recall 0.83, precision 0.98 (two figures the hand annotation had left
out: a note's 诊所9个 and 五项 社会保险基金, now in the gold): every miss a cell of the 人社 bulletin's two tables, which
pdfminer printed a column at a time. Its 参保 table printed the head's cells over the labels, the first two columns'
numbers in one run, then the unit note (单位：万人) and the last column under its own head (增减): read as two
columns with no unit, the last column's numbers run into the next paragraph. Now read whole. Sentences and tables
invented, in the style of such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# pdfminer's print of 险种 2025年末 2024年末 增减 over three rows under 单位：万人, a line a box
_HEADED = ("表3  2025年末社会保险参保人数\n\n险种\n\n2025年末\n\n2024年末\n\n职工基本医疗保险\n\n居民基本医疗保险\n\n"
           "工伤保险\n\n{first}\n\n单位：万人\n\n增减\n\n{last}\n\n全年参保扩面工作稳步推进。\n")


def test_a_column_after_the_unit_note_is_the_tables_last(extractor: Extractor) -> None:
    """The heads over the labels, two columns' numbers in one run, the unit note, then 增减 over its numbers: three
    columns, every cell in the note's 万人, the 增减 column the change since the year before."""
    text = _HEADED.format(first="86.42\n\n312.56\n\n41.08\n\n84.96\n\n315.12\n\n39.74", last="1.46\n\n-2.56\n\n1.34")
    figs = _run(extractor, text, "2026-05-12", source="某省人力资源和社会保障厅")
    assert _got(figs, "value", "measure", "role", "period") == [
        ("86.42", 864200, "人", "level", "2025"), ("84.96", 849600, "人", "level", "2024"),
        ("1.46", 14600, "人", "change", "2025"),
        ("312.56", 3125600, "人", "level", "2025"), ("315.12", 3151200, "人", "level", "2024"),
        ("-2.56", -25600, "人", "change", "2025"),
        ("41.08", 410800, "人", "level", "2025"), ("39.74", 397400, "人", "level", "2024"),
        ("1.34", 13400, "人", "change", "2025")]


def test_a_column_after_the_note_shorter_than_the_labels_gives_no_row(extractor: Extractor) -> None:
    """The same print with two numbers under 增减 for three labels: which row lacks its cell is not sure; no cell of
    the table is read as a row's (its units would come from that note)."""
    text = _HEADED.format(first="86.42\n\n312.56\n\n41.08\n\n84.96\n\n315.12\n\n39.74", last="1.46\n\n-2.56")
    figs = _run(extractor, text, "2026-05-12", source="某省人力资源和社会保障厅")
    assert [f for f in figs if f["role"] != "level" or f["measure"] == "人"] == []


def test_three_cells_run_together_give_no_figure(extractor: Extractor) -> None:
    """参保人数（万人） 基金收入（亿元） 基金支出（亿元） over 失业保险2.360.480.41, its cells run together: 2.36|0.48|0.41
    or 2.3|60.4|80.41? every column's decimals may differ; no figure (bulletins6 has such a table, left unread)."""
    text = ("表1 2025年社会保险参保情况\n险种参保人数（万人）基金收入（亿元）基金支出（亿元）\n失业保险2.360.480.41\n"
            "工伤保险3.120.260.22\n")
    assert _run(extractor, text, "2026-05-20", source="某市人力资源和社会保障局") == []
