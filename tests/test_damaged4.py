"""What the blind set data/gold/damaged4 found: six items (a city's half year read by OCR from a scan, a city's
health bulletin as pypdf gives it, a prefecture's tourism and jobs as pdftotext -layout prints two columns side by
side, a prefecture's statistical bulletin with footnote marks glued to its figures, a prefecture's half year with
its tables read column by column, a county's half year read by OCR from a two-column page) from Henan, Gansu and
Qinghai. Sentences invented, in the style of such items; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.repair.layout import undamaged
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_an_ocr_day_read_as_kou_is_a_date(extractor: Extractor) -> None:
    """A scan's OCR reads 日 as 口 (截至6月30口, 8月10口): the day of a date, no count of 口 (exclusions.yaml
    exclude.ocr_day); a count of wells in 口 stays one."""
    text = "本报讯 8月10口，记者获悉，截至6月30口，全市城镇新增就业2.13万人，新打机井35口。"
    assert _got(_run(extractor, text, "2025-08-12"), "value") == [("2.13万人", 21300), ("35口", 35)]


def test_a_footnote_mark_between_a_number_and_its_unit_is_no_digit(extractor: Extractor) -> None:
    """A footnote's mark set after a figure's number, before its magnitude or unit (27.86²万人, 6.2[2]%,
    4386①人), is no digit of it: the number meets its unit (27.86 人 would be a wrong value). After the
    unit it was never in the way (135.62亿元¹); a power of ten in superscript stays one (1.2×10⁴吨)."""
    text = ("本报讯 年末全州常住人口27.86²万人，城镇化率提高0.9[2]个百分点，城镇新增就业4386①人，"
            "地区生产总值135.62亿元¹，增长4.8%²。全年产量1.2×10⁴吨。")
    assert _got(_run(extractor, text, "2025-04-08"), "value") == [
        ("27.86万人", 278600), ("0.9个百分点", 0.9), ("4386人", 4386), ("135.62亿元", 13562000000),
        ("4.8%", 4.8), ("1.2×10⁴吨", 12000)]


def test_footnote_marks_are_made_spaces_one_for_one() -> None:
    """The pass keeps every other character where it stood (offsets map back to the source)."""
    text = "人口27.86²万人，增长6.2[2]%，1.2×10⁴吨"
    out = undamaged(text)
    assert len(out) == len(text) and out == "人口27.86 万人，增长6.2   %，1.2×10⁴吨"


def test_full_width_thousands_marks_on_a_page_that_proves_them(extractor: Extractor) -> None:
    """A full-width comma before a group opening on 0 (1，086.4亿元) can only mark thousands: on such a page
    the other full-width commas before three digits do too (3，104人, 2，63O万元 with an OCR letter). A page
    with no such proof keeps 12，360家 unread (test_damaged3)."""
    text = "本报讯 全市实现营业收入1，086.4亿元，带动就业3，104人，发放稳岗返还资金2，63O万元。"
    assert _got(_run(extractor, text, "2025-10-15"), "value") == [
        ("1,086.4亿元", 108640000000), ("3,104人", 3104), ("2,630万元", 26300000)]
    assert _got(_run(extractor, "本报讯 全市新增企业12，360家个体户全部办结。", "2025-10-15"), "value") == []


def test_a_sum_of_money_read_with_a_count_word_gives_no_figure(extractor: Extractor) -> None:
    """Two items' boxes interleaved set another line's count word after a sum of money cut at a line's end
    (总投资1.35亿 | 场，提供岗位…): 1.35亿场 would be a wrong value, so no figure; the next clause reads."""
    text = "本报讯 市福利院改扩建项目总投资1.35亿\n场，提供岗位1.08万个。"
    assert _got(_run(extractor, text, "2025-06-26"), "value") == [("1.08万个", 10800)]


_STACKED = ("表2  2024年各县区养老机构床位情况\n（单位：张、%）\n"
            "地区\t床位数\t\t每千名老人\t比上年\n\t合计\t其中：护理型\t床位数\t增长\n"
            "全市\t5200\t3100\t32.5\t4.2\n东区\t1800\t1200\t30.1\t3.6\n")


def test_a_head_set_over_two_lines_cell_over_cell_reads_its_rows(extractor: Extractor) -> None:
    """A table by place whose head's words stand over two lines, tabs lining them up, one word over two
    columns (床位数 over 合计 and 其中：护理型): each column is its top word over its bottom one, a column named
    by what it holds takes the unit note's one unit (张), the growth column the note's percent; the rows'
    cells are kept apart (5200 3100, not 52003100)."""
    got = [(f["quote"], f["value"], f["measure"], f["role"]) for f in _run(extractor, _STACKED, "2025-03-12")]
    assert got == [
        ("5200", 5200, "张", "level"), ("3100", 3100, "张", "level"), ("32.5", 32.5, "张", "level"),
        ("4.2", 4.2, "%", "change"), ("1800", 1800, "张", "level"), ("1200", 1200, "张", "level"),
        ("30.1", 30.1, "张", "level"), ("3.6", 3.6, "%", "change")]


def test_a_column_of_a_rate_named_over_two_lines_reads_no_table(extractor: Extractor) -> None:
    """A column named by what it holds takes the note's one unit: one that holds a rate (床位使用率: tables.yaml
    rate_words) would take 张 wrongly, so no such head is read, and its rows give no figure."""
    text = _STACKED.replace("每千名老人\t", "床位\t").replace("\t床位数\t增长", "\t使用率\t增长")
    assert _run(extractor, text, "2025-03-12") == []


def test_ocr_reads_the_numeral_one_as_a_dash(extractor: Extractor) -> None:
    """On a page OCR read (its numbers show letters: 1O%), a dash before 万 or 亿 that a numeral and its own
    smaller magnitude follow (—万二千人, —亿二千万元) is the numeral one; a dash elsewhere stays a dash."""
    text = "本报讯 全市工业增长1O%，转移就业—万二千人，发放贷款—亿二千万元，一季度—二季度持平。"
    assert _got(_run(extractor, text, "2025-08-12"), "value") == [
        ("10%", 10), ("一万二千人", 12000), ("一亿二千万元", 120000000)]


def test_a_scans_doubled_space_before_a_number_is_no_gutter(extractor: Extractor) -> None:
    """A doubled space on the one line of a page that shows one, after a word and before a number that runs on
    into a clause (同比增长  5.8%，…), is a scan's, no gutter: the sentence goes on, and 5.8% is a growth."""
    text = ("本报讯 上半年，全市地区生产总值完成908.6亿元，同比增长  5.8%，增速高于\n"
            "全省0.9个百分点。第一产业增加值61.2亿元，增长3.1%。\n")
    assert _got(_run(extractor, text, "2025-08-12"), "role") == [
        ("908.6亿元", "level"), ("5.8%", "change"), ("0.9个百分点", "change"), ("61.2亿元", "level"),
        ("3.1%", "change")]
