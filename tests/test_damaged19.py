"""What the blind set data/gold/damaged19 found: five texts of our own damaged by scripts/gold_damaged19.py (a web page
printed from its source with HTML references and tags in and around its numbers; a scanned report OCR read, with O, o,
〇, l, I and S inside numbers and 、 or , where a point was, under a document number and 第 N 页 共 M 页; a markdown
table and an ASCII grid table; a meeting record with a line number at each line's start and a '-' at each line end
inside a word or a number; ideographic, em and no-break spaces and 〇 inside numbers, one paragraph given twice by a
2-up print). Blind, main read wrong values from a thousands gap a line break fell at (2 | &nbsp;360人 read 360人) and
from an enumeration comma OCR made of a point (增长7、1% read 7% and 1%), lost the numbers a tag cut (8650<br>万元,
<span>4.86</span>万人), a 〇 or an S stood in (1〇8.5万人次, 1S0张), and the rows of the grid table, and read the 2-up
copy's figures twice. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.read.decode import unescaped
from stats.repair.layout import undamaged
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_html_tags_a_web_page_leaves_are_dropped() -> None:
    """<br>, <span class=…>, <strong>, <p style=…>: dropped as a browser draws them; a < that opens no tag stays."""
    assert unescaped('<p style="text-indent:2em">贷款8650<br>万元，<span class="num">4.86</span>万人</p>') == \
        "贷款8650万元，4.86万人"
    assert unescaped("<strong>2200人以上</strong>，PM2.5<35微克") == "2200人以上，PM2.5<35微克"


def test_numbers_a_tag_or_a_reference_cut_are_read_whole(extractor: Extractor) -> None:
    """8650<br>万元 is 8650万元 and <span>4.86</span>万人 is 4.86万人, not a number with no unit."""
    text = ('<p>全年发放创业担保贷款8650<br>万元，其中脱贫劳动力转移就业<span class="num">4.86</span>万人，'
            "提供岗位1.68&#19975;个。</p>")
    got = _got(_run(extractor, text, "2026-02-06", source="某某县人民政府门户网站"), "value")
    assert got == [("8650万元", 86500000), ("4.86万人", 48600), ("1.68万个", 16800)]


def test_a_thousands_gap_at_a_line_break_is_no_indent(extractor: Extractor) -> None:
    """…就业2 | ␣360人 (a web page's 2&nbsp;360人 wrapped before its gap): one number, 2360人, never 360人."""
    for gap in (" ", "\u00a0", "\u3000"):
        text = f"2025年，全县城镇新增就业2\n{gap}360人，完成年度目标任务的118%。\n"
        got = _got(_run(extractor, text, "2026-02-06", source="某某日报"), "value")
        assert got == [("2360人", 2360), ("118%", 118)], gap


def test_an_ideographic_zero_inside_an_arabic_number_is_its_zero(extractor: Extractor) -> None:
    """1〇8.5万人次, 38.〇6亿元, 12〇.5亿元: the number's 0; a date in Chinese numerals stays no figure."""
    text = "全年总诊疗1〇8.5万人次，第三产业增加值38.〇6亿元，存款余额12〇.5亿元。二〇二五年十一月五日\n"
    got = _got(_run(extractor, text, "2025-11-05", source="某某县统计局"), "value")
    assert got == [("108.5万人次", 1085000), ("38.06亿元", 3806000000), ("120.5亿元", 12050000000)]


def test_ocr_s_for_five_inside_a_number_is_read_on_an_ocr_page() -> None:
    """On a page OCR read (l58O张 shows it), S inside a number is 5 (1S0张, 9l.S%, lS.8万人); a road's S310 is no
    number's S."""
    text = "床位l58O张，新增床位1S0张，就诊率9l.S%，签约lS.8万人，经S310线。"
    assert undamaged(text) == "床位1580张，新增床位150张，就诊率91.5%，签约15.8万人，经S310线。"


def test_an_enumeration_comma_between_two_numbers_on_an_ocr_page_is_no_sure_point(extractor: Extractor) -> None:
    """增长7、1% on a page OCR read (2O5个): 7.1% or 7% and 1%? Neither is read (a wrong value is worse than a missing
    one); a list of three (3、5、8个) stays a list, and a page no OCR read keeps its 、."""
    text = "全县共有医疗卫生机构2O5个，床位增长7、1%，管理率95、8%。\n"
    got = _got(_run(extractor, text, "2026-03-10", source="某某县卫生健康局"), "value")
    assert got == [("205个", 205)]
    assert "3、5、8个" in undamaged("机构2O5个，分别新增3、5、8个。")


def test_a_paragraph_a_two_up_print_gives_again_past_a_page_foot_is_read_once(extractor: Extractor) -> None:
    """A 2-up print gives a page's last paragraph again at the head of the next page, the page's foot (— 1 —)
    between: the copy's figures are no figures of their own."""
    para = "全体居民人均可支配收入14260元，同比增长6.5%；\n城镇居民人均可支配收入28540元，增长4.6%。"
    text = f"前三季度，全县地区生产总值72.46亿元。\n{para}\n— 1 —\n{para}\n全县城镇新增就业1560人。\n"
    got = _got(_run(extractor, text, "2025-11-05", source="某某县统计局"), "value")
    assert got == [("72.46亿元", 7246000000), ("14260元", 14260), ("6.5%", 6.5), ("28540元", 28540), ("4.6%", 4.6),
                   ("1560人", 1560)]


def test_an_ascii_grid_tables_rows_are_read(extractor: Extractor) -> None:
    """+------+------+ rules between the rows of a table a text-mode converter drew (+=====+ under the head): no
    text, so each row stays a line of its own and its cells are read under the head's units."""
    text = ("本报讯 表2 2025年其他预算收入情况\n+--------------------+------------+----------+\n"
            "| 指标               | 金额（亿元） | 增长（%） |\n+====================+============+==========+\n"
            "| 政府性基金预算收入 | 1.26       | -12.5    |\n+--------------------+------------+----------+\n"
            "| 社会保险基金预算收入 | 9.74     | 6.9      |\n+--------------------+------------+----------+\n")
    got = _got(_run(extractor, text, "2026-01-28", source="某某旗财政局"), "value")
    assert got == [("1.26", 126000000), ("-12.5", -12.5), ("9.74", 974000000), ("6.9", 6.9)]


def test_a_hyphen_a_word_cutting_text_sets_after_han_before_a_number_is_no_minus(extractor: Extractor) -> None:
    """A text that cuts its words at a line's end with a hyphen (推进- | 会, 再就- | 业) cuts so before a number too:
    新建零工市场- | 3-5个 is the range 3-5个; where the text cuts no words so, 增长- | 1.8% keeps its minus sign."""
    text = ("会议指出，全县召开就业工作推进-\n会，城镇失业人员再就-\n业530人。会议强调，全年新建零工市场-\n3-5个。\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某某县人民政府办公室"), "value", "value_high")
    assert got == [("530人", 530, None), ("3-5个", 3, 5)]
    got = _got(_run(extractor, "全县工业用电量同比增长-\n1.8%，比上月回升。\n", "2026-01-15", source="某某日报"), "value")
    assert got == [("-1.8%", -1.8)]


def test_xinzeng_before_a_word_opening_on_chan_is_no_harvest_rise(extractor: Extractor) -> None:
    """新增产科床位30张 is beds added (新增 | 产科), a level like 新增儿科床位25张; 亩均增产粮食50公斤 stays a change."""
    text = "本报讯 县妇幼保健院新增产科床位30张、儿科床位25张。"
    got = _got(_run(extractor, text, "2026-03-10", source="某某日报"), "role")
    assert got == [("30张", "level"), ("25张", "level")]
    got = _got(_run(extractor, "本报讯 今年全县亩均增产粮食50公斤。", "2026-03-10", source="某某日报"), "role")
    assert got == [("50公斤", "change")]
