"""What the blind set data/gold/damaged37 found: five texts of our own, each in a form no damaged set used (a note in
reStructuredText; a UTF-16 file with no byte-order mark; SMS notices cut by the carrier into parts of 67 characters;
a Word report whose list marks are Roman numerals of the Number Forms block; a Wikipedia article's wikitext). Blind,
main refused the UTF-16 file as binary, read a citation template's |work= after 千万 as 万 once more (a value of 1e11),
and lost the figures rst's escaped spaces, the carrier's cuts, the Roman marks and the wikitable stood against.
Sentences invented, in the style of such texts.
"""

from __future__ import annotations

import codecs

import pytest

from stats.errors import InputError
from stats.read.decode import decode_bytes
from stats.run.pipeline import Extractor
from tests.chunked import decoded_in_chunks as _chunked
from tests.dated import dated_figures as _run
from tests.goldsets import scored


def _got(extractor: Extractor, text: str, published: str = "2026-02-10") -> set[tuple[float, str, str, str]]:
    """Each figure's value, measure, qualifier and role."""
    return {(f["value"], f["measure"], f["qualifier"], f["role"]) for f in _run(extractor, text, published)}


def test_w_before_a_latin_word_is_no_wan(extractor: Extractor) -> None:
    """A citation template's |work= right after 千万 (a wiki's source with its bars dropped) once read 千万 times 万;
    w before a Latin letter starts a word, while 1.5w人次 is still 15000."""
    got = _got(extractor, "全年培训1.5w人次。标题为人次突破千万|work=某某日报|date=2026-01-15")
    assert (15000.0, "人次", "exact", "level") in got
    assert all(v < 1e9 for v, *_ in got)


_U16 = ("某区2025年卫生健康事业发展情况\r\n全区医疗卫生机构实有床位3860张，比上年末增加186张，增长5.1%；"
        "每千常住人口床位5.62张。\r\n全年卫生健康支出12.6亿元。一批项目建成。\r\n")
_U16_WANT = {(3860.0, "张", "exact", "level"), (186.0, "张", "exact", "change"), (5.1, "%", "exact", "change"),
             (5.62, "张", "exact", "level"), (1260000000.0, "元", "exact", "level")}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read(extractor: Extractor, encoding: str) -> None:
    """A database tool's "Unicode" export has no byte-order mark: its ASCII characters' NUL bytes all fall on one
    side, so it is read as UTF-16 of that order, with a note, whole and in pieces of an odd size, and every figure is
    found."""
    data = _U16.encode(encoding)
    d = decode_bytes(data, "u16.txt")
    assert (d.encoding, d.text) == (encoding, _U16)
    assert any("byte-order mark" in w for w in d.warnings)
    assert _chunked(data, 37) == d.text
    assert _got(extractor, d.text) == _U16_WANT


def test_binary_files_are_still_refused() -> None:
    """Bytes whose NULs fall on both sides, or Latin-1 control bytes with a NUL after each, are no UTF-16 text."""
    with pytest.raises(InputError, match="NUL bytes"):
        decode_bytes(bytes(range(256)) * 4, "binary.txt")
    with pytest.raises(InputError, match="NUL bytes"):
        decode_bytes(bytes([3, 0, 7, 0, 1, 0, 2, 0] * 64), "ints.txt")
    assert decode_bytes(codecs.BOM_UTF16_LE + _U16.encode("utf-16-le"), "bom.txt").encoding == "utf-16"


_RST = ("2025年，全县城镇新增就业\\ **2860**\\ 人，同比增长\\ *6.4%*\\ ；发放创业担保贷款\\ ``1.32``\\ 亿元，"
        "年末城镇登记失业率\\ **2.7%**\\ [#]_\\ 。新建标准化厂房\\ **2.4**\\ 万m\\ :sup:`2`\\ 。\n\n.. [#] 为年末数。\n")


def test_rst_inline_markup_between_escaped_spaces_is_read(extractor: Extractor) -> None:
    """rst writes inline markup against Han between escaped spaces, a power as a role and a footnote reference after
    a figure: read as the built page shows them, the figures keep their words and units."""
    text = _run_text(_RST)
    assert "就业2860人" in text and "增长6.4%" in text and "万m²" in text and "失业率2.7%。" in text
    assert _got(extractor, text) == {(2860.0, "人", "exact", "level"), (6.4, "%", "exact", "change"),
                                     (132000000.0, "元", "exact", "level"), (2.7, "%", "exact", "level"),
                                     (24000.0, "m²", "exact", "level")}


def test_text_that_is_no_rst_stays() -> None:
    """A lone *…* with no escaped space beside it, or a backslash in a path, is left as written."""
    plain = "面积为3*4*5立方米，文件存于C:\\ 目录，人均**36**元"
    assert _run_text(plain) == "面积为3*4*5立方米，文件存于C:\\ 目录，人均36元"


def test_an_rst_simple_table_reads_as_a_sheet(extractor: Extractor) -> None:
    """An rst simple table's cells stand under = rules with spaces between them: its rows read with tabs between the
    cells and no rule under the head, so the table's figures are found with the units of its unit column."""
    table = ("表2  主要指标\n\n   ============  ====  ======  ========\n   指标          单位  2025年  增长（%）\n"
             "   ============  ====  ======  ========\n   城镇新增就业  人    3260    8.6\n"
             "   农村劳动力转移就业  万人  1.35  2.4\n   ============  ====  ======  ========\n\n一批项目建成。\n")
    text = _run_text(table)
    assert "   城镇新增就业\t人\t3260\t8.6" in text and sum(line.strip().startswith("==") for line in text.split("\n")) == 2
    assert {(v, m) for v, m, *_ in _got(extractor, text, "2026-01-20")} == {(3260.0, "人"), (8.6, "%"),
                                                                            (13500.0, "人"), (2.4, "%")}


def _run_text(text: str) -> str:
    """The text as every stage reads it, through the decoder."""
    return decode_bytes(text.encode("utf-8"), "note.rst.txt").text


_WIKI = ("'''某县'''是[[某省]][[某市|某市]]下辖的一个[[县]]。\n== 经济 ==\n2025年，全县实现[[地区生产总值]]'''86.4亿元'''，"
         "比上年增长5.1%<ref name=\"gb\">{{cite web|title=某县接待游客突破千万|work=某日报|date=2026-03-18|"
         "url=http://www.example.cn/t20260318_1286.html}}</ref>。全县城镇新增就业'''2860人'''<ref name=\"gb\" />。\n"
         "[[File:某县 2025.jpg|thumb|220px|县城一角]]\n"
         "{| class=\"wikitable\"\n|+ 2025年主要产品产量\n! 产品 !! 产量（万吨） !! 比上年增长（%）\n|-\n"
         "| 粮食 || 12.6 || 1.8\n|-\n| style=\"text-align:right\" | 茶叶\n| 0.42\n| 7.6\n|}\n"
         "[[Category:某市县份]]\n")


def test_wikitext_reads_as_its_page(extractor: Extractor) -> None:
    """A wiki article's source: its citations (a title, dates and ids of another page) are dropped, its links are
    their text, its bold quotes go, and its table's rows read a line each with tabs between the cells, so every
    figure is found and none of the citation's."""
    text = _run_text(_WIKI)
    assert "某县是某省某市下辖的一个县" in text and "cite" not in text and "File:" not in text
    assert "粮食\t12.6\t1.8" in text and "茶叶\t0.42\t7.6" in text
    assert {(v, m, r) for v, m, _, r in _got(extractor, text, "2026-04-02")} == {
        (8640000000.0, "元", "level"), (5.1, "%", "change"), (2860.0, "人", "level"), (126000.0, "吨", "level"),
        (1.8, "%", "change"), (4200.0, "吨", "level"), (7.6, "%", "change")}


def test_text_with_no_wikitext_stays() -> None:
    """Quotes, brackets and bars of plain text are no wikitext: text with none of its marks is left as written."""
    plain = "他说：''好''，见[1]与{注}，指标|数值|增长"
    assert _run_text(plain) == plain


def test_roman_numeral_list_marks_stand_apart(extractor: Extractor) -> None:
    """A Word outline's marks in Roman numerals of the Number Forms block, followed by nothing, stand right against
    the item's number (ⅱ．16个…): the number is read whole and alone (never 11.16 or 2.16), and a heading so marked
    names its year for the items under it; a numeral with no point (Ⅱ类) is a word."""
    text = ("Ⅰ．\t2025年工作回顾\nⅰ．16个重点项目建成，完成投资3.2亿元。\nⅱ．2860人实现城镇新增就业。\n"
            "Ⅱ．2026年主要目标\nⅰ．城镇新增就业2500人以上；ⅱ．Ⅱ类医院床位达到320张。\n")
    figs = _run(extractor, text, "2026-02-05")
    assert {(f["value"], f["measure"], f["period"]) for f in figs} == {
        (16.0, "个", "2025"), (320000000.0, "元", "2025"), (2860.0, "人", "2025"), (2500.0, "人", "2026"),
        (320.0, "张", "2026")}


_SMS_TEXT = ("【某县人社局】尊敬的市民：2025年，全县城镇新增就业3260人，完成全年任务的108.2%；帮扶困难人员实现就业420人，"
             "扶持创业612人，带动就业1860人。回复TD退订")
_SMS = (f"时间：2026-03-02 09:20:11\n号码：1069055123\n内容：(1/2){_SMS_TEXT[:67]}\n\n"
        f"时间：2026-03-02 09:20:12\n号码：1069055123\n内容：(2/2){_SMS_TEXT[67:]}\n")


def test_sms_parts_run_on(extractor: Extractor) -> None:
    """A long SMS the network cut into parts of 67 characters, kept apart by a phone's backup under their records'
    heads: a part whose counter follows the one before runs on where that one was cut, so a number cut in two
    (扶持创业6 | 12人) reads whole and never as 12 people."""
    text = _run_text(_SMS)
    assert "扶持创业612人，带动就业1860人" in text and "(2/2)" not in text and "09:20:12" not in text
    assert "创业6\n" in _SMS and {(v, m) for v, m, *_ in _got(extractor, text, "2026-03-02")} == {
        (3260.0, "人"), (108.2, "%"), (420.0, "人"), (612.0, "人"), (1860.0, "人")}


def test_numbered_short_lines_are_no_sms_parts() -> None:
    """A short line with a counter, or parts out of order, are left as written: only a part long enough to be cut
    by the network runs on into the next."""
    short = "（1/2）会议通知\n（2/2）请各单位于3日前报送。\n"
    assert _run_text(short) == short
    swapped = _SMS.replace("(1/2)", "(3/3)")
    assert _run_text(swapped) == swapped


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_damaged37_gold_set_scores_at_its_floors() -> None:
    """data/gold/damaged37 (five texts of our own in forms no damaged set used, by scripts/gold_damaged37.py). Blind,
    main scored recall 0.5368, precision 0.9444, role 0.9804, period 0.9412, topic_jobs 0.9167, the rest 1.0 (the
    UTF-16 file refused, rst's escapes around most figures, a citation's 千万|work= read as 1e11); after: recall
    0.9579, precision 0.9891 (the backup's head, 共6条, a count of its records), the rest 1.0; the four misses are
    d01's table of groups (高校毕业生, 脱贫劳动力) whose labels name no metric. Floors, not the exact scores."""
    s = scored("damaged37")
    assert s["recall"] >= 0.95 and s["precision"] >= 0.98
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
