"""What the blind set data/gold/damaged3 found: nine items (a city's jobs, beds with a vertical headline and a
sidebar, a budget, a quarter's bulletin, two items of a page, a beds report with its table, industry read by
OCR, tourism, a county's bulletin) from Anhui, Hebei, Shaanxi, Guangxi, Liaoning, Heilongjiang and Gansu,
every one damaged as PDF extractors and scanners damage text: bold or shadowed type drawn twice (each
character doubled, a line repeated whole), a sidebar read one or two characters a line, thousands marks and
decimal points cut at a line's end, footnote marks glued to figures, pdfminer boxes interleaved, tab tables
under a merged head, OCR letters in numbers and full-width thousands marks. Sentences invented, in the style
of such items; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.repair.layout import repair
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_type_drawn_twice_reads_once(extractor: Extractor) -> None:
    """A bold headline or lead-in drawn twice comes out with each character doubled (前前77个个月月): read
    once, its figure is the body's, no 77个 and no 11228866万万人."""
    text = ("全全市市上上半半年年新新增增就就业业22..3366万万人人\n本报讯 上半年，全市城镇新增就业2.36万人。\n"
            "稳稳岗岗政政策策加加力力见见\n效效。。全市发放稳岗返还资金3150万元。")
    assert _got(_run(extractor, text, "2025-07-16"), "value") == [
        ("2.36万人", 23600), ("2.36万人", 23600), ("3150万元", 31500000)]


def test_reduplicated_words_and_zeros_are_no_doubled_type() -> None:
    """AABB words (明明白白, 清清楚楚) are two pairs, a number's zeros one character over and over: neither is
    type drawn twice (six pairs or more, each unlike the next)."""
    text = "账目明明白白、清清楚楚，投资100000000元。"
    assert repair(text).text == text


def test_a_line_drawn_twice_counts_once(extractor: Extractor) -> None:
    """A shadowed line comes out twice in a row: the copy adds nothing, and the line before runs on into the
    line after it as across one break (…惠及职 | 工6.8万人)."""
    text = "本报讯 全市向1862家企业\n发放稳岗返还资金3150万元，惠及职\n发放稳岗返还资金3150万元，惠及职\n工6.8万人。"
    assert _got(_run(extractor, text, "2025-07-16"), "value") == [
        ("1862家", 1862), ("3150万元", 31500000), ("6.8万人", 68000)]


def test_ocr_letters_in_numbers_read_as_digits(extractor: Extractor) -> None:
    """A scan's OCR gives O for 0 and l or I for 1 inside numbers: read as the digits they stand for; a
    letter run like O2O is a name, and 10。6% (a full stop where a point may have been) has no sure reading:
    no figure. A full-width comma before a group opening on 0 (l，O86.4) can only be a thousands mark: no
    clause opens on 086.4."""
    text = ("本报讯 全市规模以上工业企业达到3O5家，比上年同期增加l\n8家；营业收入l，O86.4亿元，增长l0.4%。"
            "发放贷款I.52亿元。全市实施项目l4O个。门诊量增长1O。6%。发展O2O模式。")
    assert _got(_run(extractor, text, "2025-10-15"), "value") == [
        ("305家", 305), ("18家", 18), ("1,086.4亿元", 108640000000), ("10.4%", 10.4), ("1.52亿元", 152000000),
        ("140个", 140)]


def test_a_full_width_comma_between_numbers_is_no_thousands_mark(extractor: Extractor) -> None:
    """Between digits a full-width comma may part two clauses as well as mark thousands (numerals.yaml
    separator_tails): 12，360家 gives no 12,360 (nor any value read across it). Set full-width with its
    digits, as a typesetter sets a number (１２，８６０人), it is a thousands mark."""
    text = "本报讯 全市新增企业12，360家个体户全部办结，新增就业１２，８６０人。"
    assert _got(_run(extractor, text, "2025-10-15"), "value") == [("12,860人", 12860)]


def test_a_sidebar_read_two_characters_a_line_keeps_its_numbers(extractor: Extractor) -> None:
    """A narrow sidebar read one or two characters a line (到1 | 286 | .5 | 万人): the digits alone on a line
    under a line that ends in a digit go on with its number, no page number under a full line."""
    side = ["链接", "：今", "年1", "至8", "月，", "全市", "诊疗", "人次", "达到", "1", "286", ".5", "万人", "次，", "同比",
            "增长", "4.7", "%。"]
    text = "本报讯 全市医疗卫生机构实有床位2.95万张，比上年末增加1260张。\n" + "\n".join(side)
    assert _got(_run(extractor, text, "2025-09-05"), "value") == [
        ("2.95万张", 29500), ("1260张", 1260), ("1286.5万人次", 12865000), ("4.7%", 4.7)]


def test_a_number_joined_after_an_item_cut_inside_one_gives_no_figure(extractor: Extractor) -> None:
    """Two items' blocks of lines interleaved: the first breaks off inside a number (…护理型床位56, then
    本报讯 opens the next), so the next number joined across a line break (…转移就业23 | 40张) may be that
    head's tail: no figure (2340张 would be a wrong value). A number joined later is read (2 | 460人次), and
    with no item cut off so, the join reads as ever."""
    cut = ("本报讯（记者王丽）全市养老床位达到1.2万张，其中护理型床位56\n本报讯（通讯员李强）今年以来，全县新增城镇就业"
           "1860人，劳动力转移就业23\n40张，护理型床位占比提高到60%。全县培训2\n460人次。")
    assert _got(_run(extractor, cut, "2025-07-16"), "value") == [
        ("1.2万张", 12000), ("1860人", 1860), ("60%", 60), ("2460人次", 2460)]
    whole = cut.replace("床位56\n", "床位5640张。\n")
    assert ("2340张", 2340) in _got(_run(extractor, whole, "2025-07-16"), "value")


def test_full_width_thousands_marks_read_only_in_a_full_width_number(extractor: Extractor) -> None:
    """A number set full-width, its thousands mark too (１，２８６人, ２，１８６．５亿元, a line break before a
    group's head or inside a group: ２ | ９，４１６元, ２３８，６５ | ０万元) reads its marks as thousands marks; a
    mix of widths (29，416元) is no such number, and the head before the comma gives no figure."""
    text = ("全年城镇新增就业１，２８６人，存款余额２，１８６．５亿元，人均可支配收入２\n９，４１６元，支出２３８，６５\n"
            "０万元。另有收入29，416元。")
    assert _got(_run(extractor, text, "2025-07-16"), "value") == [
        ("1,286人", 1286), ("2,186.5亿元", 218650000000), ("29,416元", 29416), ("238,650万元", 2386500000)]


def test_a_tab_table_under_a_head_run_over_two_lines(extractor: Extractor) -> None:
    """A tab table whose head runs over two lines (指标 产量 比上年 / 增长: neither a head alone), its unit
    note in brackets on a line of its own listing a percent for the change column that has no mark, its
    cells with thousands marks (16,852): each row gives its level and its growth."""
    text = ("表2  2024年主要畜产品产量\n（单位：吨、%）\n指标\t产量\t比上年\n\t\t增长\n"
            "猪肉\t16,852\t3.1\n禽蛋\t4,120\t-1.5\n")
    assert _got(_run(extractor, text, "2025-03-01"), "value", "role") == [
        ("16,852", 16852, "level"), ("3.1", 3.1, "change"), ("4,120", 4120, "level"), ("-1.5", -1.5, "change")]
