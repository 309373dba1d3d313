"""The three laid-out tables of data/gold/bulletins19's r3 (pdfplumber's extract_text(layout=True)) that read nothing:
a head of words no column read (总产值 / （现价）, 构成 / （%）), a year set over two columns (2025年 over 金额 比重（%）),
and a year's word under it (2025年 / 年末数) that the column stage took for the first row's label, so that the rows
under it fell apart into columns glued side by side. Fixed in rules/lexicon/tables.yaml (总产值, 构成 columns;
price_notes; 金额, 年末数, 比重 year_roles), stats/find/tablerows.py (a share's word after its year still wants its mark)
and stats/repair/columns.py (a head line's rest under it goes on as the head). Tables invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_an_output_column_at_current_prices_and_a_share_column(extractor: Extractor) -> None:
    """指标  总产值  比上年  构成 / （现价）  增长（%）  （%）: （现价） says the prices, no unit (the note's 万元 stands);
    构成（%） a share of the total, a level in percent."""
    text = ("            表2 2025年某县工业总产值\n"
            "                                              单位：万元\n\n"
            "  指标                  总产值        比上年         构成\n"
            "                        （现价）      增长（%）       （%）\n"
            "  规模以上工业          863200         6.1          100.0\n"
            "  轻工业                215400         2.3           25.0\n")
    got = _got(_run(extractor, text, "2026-04-20", source="某县统计局"), "value", "measure", "role")
    assert got == [("863200", 8632000000, "元", "level"), ("6.1", 6.1, "%", "change"), ("100.0", 100.0, "%", "level"),
                   ("215400", 2154000000, "元", "level"), ("2.3", 2.3, "%", "change"), ("25.0", 25.0, "%", "level")]


def test_a_share_column_without_its_mark_reads_no_table(extractor: Extractor) -> None:
    """构成 is a share: with no percent mark anywhere (单位：万元), its cells would read as 万元: no table at all."""
    reader = extractor.tables
    assert reader.head("表2 2025年某县工业总产值 单位：万元 指标总产值比上年增长（%）构成".replace(" ", ""))[0] is None
    head = reader.head("指标总产值（现价）比上年增长（%）构成（%）", "单位：万元")[0]
    assert head is not None
    assert [(c.role, c.percent) for c in head.columns] == [("level", False), ("change", True), ("level", True)]


def test_a_year_over_an_amount_and_a_share_is_two_columns_of_that_year(extractor: Extractor) -> None:
    """指标  2025年  比上年 / 金额  比重（%）  增长（%）: the year over the two first words, 比上年 over the last; three
    columns (the year's amount in the note's unit, its share in percent, the growth), as the rows have three cells."""
    text = ("            表3 2025年财政收入情况\n"
            "                                              单位：亿元\n\n"
            "  指标                  2025年                 比上年\n"
            "                    金额       比重（%）       增长（%）\n"
            "  一般公共预算收入     18.64       100.0          3.2\n"
            "  其中：税收收入       12.30        66.0          5.4\n")
    got = _got(_run(extractor, text, "2026-04-20", source="某县统计局"), "value", "measure", "role", "period")
    assert got == [("18.64", 1864000000, "元", "level", "2025"), ("100.0", 100.0, "%", "level", "2025"),
                   ("3.2", 3.2, "%", "change", "2025"), ("12.30", 1230000000, "元", "level", "2025"),
                   ("66.0", 66.0, "%", "level", "2025"), ("5.4", 5.4, "%", "change", "2025")]


def test_a_share_after_its_year_still_wants_its_mark(extractor: Extractor) -> None:
    """2025年比重 with no percent mark under a note of 亿元 alone: never read in 亿元, no head. 比上年增长 after the
    year's columns is that year's growth over the year before (GUIDE.md, Period: the time the figure is about), so its
    year is 2025, not the text's date."""
    reader = extractor.tables
    assert reader.head("指标2025年金额2025年比重比上年增长（%）", "单位：亿元")[0] is None
    head = reader.head("指标2025年金额2025年比重（%）比上年增长（%）", "单位：亿元")[0]
    assert head is not None
    assert [(c.year, c.percent) for c in head.columns] == [("2025", False), ("2025", True), ("2025", True)]


def test_a_years_word_under_a_head_that_is_one_alone_does_not_join_the_first_row(extractor: Extractor) -> None:
    """指标  单位  2025年 / 年末数 (pdfplumber: each character one column wide): the year's word is the head's, not the
    first row's label; the rows under the head keep their unit cell and value apart."""
    text = ("            表4 2025年末养老服务情况\n\n"
            "  指标                           单位            2025年\n"
            "                                                 年末数\n"
            "  养老机构                         个              26\n"
            "  床位数                           张             1840\n"
            "    其中：护理型床位               张              960\n")
    got = _got(_run(extractor, text, "2026-04-20", source="某县统计局"), "value", "measure", "role", "period")
    assert got == [("26", 26, "个", "level", "2025"), ("1840", 1840, "张", "level", "2025"),
                   ("960", 960, "张", "level", "2025")]


def test_a_word_under_a_head_that_makes_no_head_with_it_is_still_a_row_label(extractor: Extractor) -> None:
    """A line under a head that is no word of it (a label run on over its cells, 社区卫生服务 / 中心 2 36) is not taken
    for the head's rest: the two lines are no head."""
    assert extractor.tables.head_columns("  指标            单位        2025年\n                             服务中心") == 0


def test_a_year_then_a_share_side_by_side_are_two_columns(extractor: Extractor) -> None:
    """指标 2025年 比重（%） 比上年增长（%）: the year's amount and a share beside it, as before; a share's word joins its
    year only where the year stands over the column before it too (2025年金额 2025年比重（%）)."""
    head = extractor.tables.head("指标2025年比重（%）比上年增长（%）", "单位：亿元")[0]
    assert head is not None
    assert [(c.role, c.year, c.percent) for c in head.columns] == [
        ("level", "2025", False), ("level", "", True), ("change", "2025", True)]
