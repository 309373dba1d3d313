"""Number forms after numforms31, read in one extractor call (tests/batchread.py): what numforms31 left (a bound after
a number below zero, 两 beside the place of ten, two dashes between two ends behind 约, 一、二百万元), then forms no
earlier round pinned down: thousands marks in odd places, a decimal comma, digits split by a space, list marks in
Roman and circled numerals, ordinals and prizes, dates and times, telephone, postal, identity and document numbers,
versions, names with a digit (5G, 4K, 3D, PM2.5), and Arabic digits before Chinese magnitudes (3千, 2.5千万).

Changed here, each a wrong value or qualifier before, or a figure missed:
- a bound written after a signed number (零下20多度, 负增长3%以上, 负增长3%以内, 零下10度以下) speaks of how far
  below zero, and which way it bounds the signed value is unsure (零下20多度 is −20 and colder: an upper bound of the
  value, where GUIDE's words make 多 a lower one; a fall within 3 % is −3 and above, where 以内 is an upper bound):
  none, where −20 was a lower bound (stats/find/quantity_links.py `_signed_bounds`). A bound word before the number
  compares the signed value itself and stays (低于-5% = at most −5 %).
- 两 right before or after the place of ten (两十, 十两万, 两千零两十) is no way a number is written (二十, 十二万):
  none, where 十两万元 was 120000 and 两千零两十 2020 (rules/lexicon/numerals.yaml ten_not_beside).
- two dashes between two ends each behind the same word of about (约2000元——约3000元, 约2万--约3万元) make one range
  about, as one dash does (the grammar reads 2000元——3000元 as a range), where they were two figures, one dropped or
  3000 元 read exact (the second ASCII dash was taken for a minus sign); after a percent sign (约5%-约8%) a word of
  about after the dash starts the high end, where it was read 8% exact (one dash or two).
- 一 before the neighbours' mark and the next digit with its places (一、二百万元) is a range's low end (100万–200万,
  as 二、三百万元 is), where exclude.lone_one took the 一 for an article and dropped the figure.
- a thousands mark after more than three digits (1234,567元) is no number, where it read 1234567; a full-width comma
  after one to three digits and before four digits and 万 or 亿 (收入1，2345万元) is a mark in an odd place or two
  figures, none sure, where 2345万元 (and 1 元) were read (`decimal_comma`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.batchread import TRAP, Case, Fig, fig, read_alone, read_cases, same


def signed_bounds() -> Iterator[Case]:
    """A bound after a signed number: which way it bounds the signed value is unsure, so no figure."""
    for sign in ["零下", "负", "-"]:
        for written in ["20多度", "二十多度", "20余度", "十多度", "10度以上", "10度以下"]:
            if sign == "-" and not written[0].isdigit():
                continue
            yield f"夜间气温{sign}{written}", []
    for written in ["负增长3%以上", "负增长3%以内", "负增长3%多", "-5%以上", "负三个多百分点"]:
        yield f"出口增速为{written}", []
    # no bound, an about, or a bound word before the number: as before
    yield "夜间气温零下20度", [fig("零下20度", -20, measure="℃")]
    yield "夜间气温零下20度左右", [fig("零下20度左右", -20, None, "approx", "℃")]
    yield "夜间气温零下二十来度", [fig("零下二十来度", -20, None, "approx", "℃")]
    yield "出口增速低于-5%", [fig("低于-5%", -5, None, "upper_bound", "%")]
    yield "出口增速为-3%左右", [fig("-3%左右", -3, None, "approx", "%")]
    yield "气温零下十几度", [fig("零下十几度", -19, -11, "approx", "℃")]
    yield "全年增长20多个百分点", [fig("20多个百分点", 20, None, "lower_bound", "百分点")]


def malformed_numerals() -> Iterator[Case]:
    """两 beside 十: nobody writes it, so no guess; 两 before 百 千 万 亿 and 十二 written right stay."""
    for written in ["十两万", "两千零两十", "两十", "二十两万", "一百两十", "两十万", "三千两十"]:
        yield f"人均补贴{written}元", []
    for written, value in [("十二万", 12e4), ("两千零二十", 2020), ("两万两千", 22000), ("两百零二", 202),
                           ("两千两百", 2200), ("三两万", None)]:
        if value is None:
            yield f"人均补贴{written}元", [fig(f"{written}元", 2e4, 3e4, measure="元")]
        else:
            yield f"人均补贴{written}元", [fig(f"{written}元", value, measure="元")]


def about_dash_ranges() -> Iterator[Case]:
    """约2000元——约3000元: two dashes between two ends behind the same word of about are one range about."""
    for dash in ["——", "--", "—", "-", "～"]:
        for low, high, lv, hv, measure in [("约2000元", "约3000元", 2000, 3000, "元"), ("约2万", "约3万元", 2e4, 3e4, "元"),
                                           ("近3万人", "近5万人", 3e4, 5e4, "人"), ("约2000", "约3000元", 2000, 3000, "元")]:
            written = f"{low}{dash}{high}"
            quote = written.replace("～", "~")  # the full-width tilde is read as the ASCII one
            yield f"全年合计{written}", [fig(quote, lv, hv, "approx", measure)]
    # the low end exact, or the words differ: two figures as before (one dash or two)
    for dash in ["——", "--"]:
        yield f"每户补贴2000元{dash}约3000元", [fig("2000元", 2000, measure="元"),
                                              fig("约3000元", 3000, None, "approx", "元")]
        yield f"每户补贴约2000元{dash}近3000元", [fig("约2000元", 2000, None, "approx", "元"),
                                                fig("近3000元", 3000, None, "approx", "元")]
        yield f"每户补贴2000元{dash}3000元", [fig(f"2000元{dash}3000元", 2000, 3000, measure="元")]
    # after a percent sign too (约5%-约8%: was 约5% and 8% exact, the about of the high end lost)
    for dash in ["——", "--", "-", "—"]:
        yield f"全年增长约5%{dash}约8%", [fig(f"约5%{dash}约8%", 5, 8, "approx", "%")]
        yield f"全年增长5%{dash}约8%", [fig("5%", 5, measure="%"), fig("约8%", 8, None, "approx", "%")]
    yield "全年增长约5‰--约8‰", [fig("约5‰--约8‰", 5, 8, "approx", "‰")]
    yield "增速为-约3%", []  # a sign before 约: the amount's, apart from its digits (as before)


def marked_pairs_from_one() -> Iterator[Case]:
    """一、二百万元: 一 before the neighbours' mark and 二 or 两 with places after is the range's low end."""
    for second, tail, factor in [("二", "百万元", 1e6), ("两", "百万元", 1e6), ("二", "十万元", 1e5), ("两", "千元", 1e3),
                                 ("二", "百人", 100), ("两", "百家", 100)]:
        written = f"一、{second}{tail}"
        yield f"全年投入{written}", [fig(written, factor, 2 * factor, measure=tail[-1])]
    # 一、 that opens a clause is a section's number; 一、二 before a word is an ordinal list: as before
    for none in ["一、二等奖各有获奖者", "一、二年级学生参加", "一、二线城市房价", "上世纪一、二十年代", "第一、二名获奖"]:
        yield none, []


def thousands_marks() -> Iterator[Case]:
    """A thousands mark groups three digits after one to three: elsewhere no number, never a guess."""
    for written in ["1,2345万元", "12,34元", "1,23万元", "12,3万元", "1234,567元", "12345,678元", "123,4567元",
                    "1,234,56元", "12,345,6789元", "1.234.567元", "1,2345,6789元"]:
        yield f"全年收入{written}", []
    for written, value in [("1,234元", 1234), ("1,234,567元", 1234567), ("12,345.6万元", 123456000),
                           ("1,234万元", 12340000), ("3,000.5万元", 30005000)]:
        yield f"全年收入{written}", [fig(written, value, measure="元")]
    # a full-width comma: groups of three, two groups at least; one group, or four digits before 万 or 亿: none
    for written in ["1，2345万元", "12，3456万元", "12，3456亿元", "1，234元", "12，34元", "1234，567元"]:
        yield f"全年收入{written}", []
    yield "全年收入1，234，567元", [fig("1，234，567元", 1234567, measure="元")]
    yield "全年接待2,000余人", [fig("2,000余人", 2000, None, "lower_bound", "人")]
    yield "全年接待1,000-2,000人", [fig("1,000-2,000人", 1000, 2000, measure="人")]


def decimal_commas() -> Iterator[Case]:
    """3,5%: a decimal typed with a comma (or two numbers?) has no sure reading."""
    for written in ["3,5%", "0,5%", "12,3%", "3,5万元", "3,5亿元", "1.234,5元", "3,50欧元"]:
        yield f"全年增长{written}", []


def spaced_digits() -> Iterator[Case]:
    """12 345人: digits apart by a space (as justified text sets them) are one number."""
    yield "全市共有12 345人", [fig("12345人", 12345, measure="人")]
    yield "全市共有12 345 678人", [fig("12345678人", 12345678, measure="人")]
    yield "全年收入1 234元", [fig("1234元", 1234, measure="元")]
    yield "全年接待1 000-2 000人", [fig("1000-2000人", 1000, 2000, measure="人")]


def list_marks() -> Iterator[Case]:
    """③, Ⅲ, ⑴, ㈠, ⒈, (1): list marks count nothing; the figure after stays its own."""
    for mark in ["①", "③", "⑩", "⑴", "⒈", "㈠", "Ⅲ", "Ⅱ.", "(1)", "1)", "（三）"]:
        yield f"{mark}新建学校12所", [fig("12所", 12, measure="所")]
    yield "②3万人实现就业", [fig("3万人", 3e4, measure="人")]
    yield "Ⅲ期临床试验3项", [fig("3项", 3, measure="项")]
    yield "达到Ⅱ类标准的断面有3个", [fig("3个", 3, measure="个")]
    yield "启动Ⅳ级应急响应", []


def ordinals() -> Iterator[Case]:
    """第三, 第3名, 三等奖, 第十四届, 排名前10: ranks and prizes are no figures; a count after them is."""
    for written in ["获得第3名", "位居全省第二", "荣获三等奖", "第十四届运动会", "排名前10位", "第三、第四名", "位列第1-3名",
                    "全国百强县", "第3次会议", "第二十三届", "第5代移动通信"]:
        yield written, []
    yield "一等奖3名", [fig("3名", 3, measure="名")]
    yield "三等奖奖金3000元", [fig("3000元", 3000, measure="元")]
    yield "第三批共12家", [fig("12家", 12, measure="家")]


def dates_and_times() -> Iterator[Case]:
    """3月5日, 8:30, 2025.6.1, 2025/6/1, 25日晚: dates and times count nothing."""
    for written in ["3月5日召开会议", "会议于8:30开始", "2025.6.1起施行", "2025/6/1起施行", "25日晚发生地震",
                    "凌晨3时许发生", "8:30-9:00开放", "2025.6.1-6.30举办", "6月1日至3日举行", "晚上8点30分",
                    "2025-06-01发布", "12月31日24时前", "“12·4”国家宪法日", "7·20特大暴雨", "二〇二五年", "周三举行"]:
        yield written, []
    yield "1—6月累计增长3.5%", [fig("3.5%", 3.5, measure="%")]
    yield "2025年6—8月增长5%", [fig("5%", 5, measure="%")]
    yield "3月5日新增就业3万人", [fig("3万人", 3e4, measure="人")]


def codes() -> Iterator[Case]:
    """Telephone, postal, identity, document and registration numbers, hotlines and versions: no figures."""
    for written in ["咨询电话12345678", "联系电话0755-12345678", "手机13812345678", "邮编518000", "邮政编码：518000",
                    "身份证号110101199003071234", "〔2025〕12号文件", "国办发〔2025〕3号", "编号2025-001", "V2.0版本发布",
                    "推出3.0版", "鸿蒙4.0系统", "拨打400-123-4567", "拨打12345热线", "京ICP备12345678号",
                    "电话：(0755)12345678", "传真0755-1234567", "地铁1号线", "318国道", "第3号台风"]:
        yield written, []


def digit_names() -> Iterator[Case]:
    """5G, 4K, 3D, PM2.5, COVID-19, H7N9: names with a digit count nothing and lend nothing to the figure after."""
    for name in ["5G", "4K", "3D", "PM2.5", "PM10", "COVID-19", "H7N9", "4S", "A4", "MP3", "G20", "C919"]:
        yield f"{name}相关项目12个", [fig("12个", 12, measure="个")]
    yield "PM2.5平均浓度为35微克/立方米", [fig("35微克/立方米", 35, measure="微克/立方米")]
    yield "5G用户达3亿户", [fig("3亿户", 3e8, measure="户")]
    yield "工业4.0时代", []


def mixed_scripts() -> Iterator[Case]:
    """Arabic digits before Chinese places and magnitudes: 3千, 5百万, 2.5千万, 1万2千3百."""
    for written, value in [("3千", 3e3), ("5百万", 5e6), ("2.5千万", 2.5e7), ("3千万", 3e7), ("1.5百万", 1.5e6),
                           ("3千5百", 3500), ("1万2千3百", 12300), ("2万3千", 23000), ("3万五千", 35000), ("3.5千", 3500),
                           ("0.5千", 500), ("3千零5", 3005), ("3亿5千万", 3.5e8), ("3亿5000万", 3.5e8), ("5百", 500)]:
        yield f"累计投入{written}元", [fig(f"{written}元", value, measure="元")]
    yield "累计投入3千多元", [fig("3千多元", 3e3, None, "lower_bound", "元")]
    yield "累计投入3百多万元", [fig("3百多万元", 3e6, None, "lower_bound", "元")]
    for none in ["3千05", "两千5百", "2千五百", "3千300", "3,00万"]:  # a mix with no sure reading: none, as before
        yield f"累计投入{none}元", []


CASES = [*signed_bounds(), *malformed_numerals(), *about_dash_ranges(), *marked_pairs_from_one(), *thousands_marks(),
         *decimal_commas(), *spaced_digits(), *list_marks(), *ordinals(), *dates_and_times(), *codes(), *digit_names(),
         *mixed_scripts()]


@pytest.fixture(scope="module")
def read() -> dict[str, list[Fig]]:
    return read_cases(CASES)


def test_the_generators_make_each_sentence_once() -> None:
    assert len({t for t, _ in CASES}) == len(CASES) > 100


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t for t, _ in CASES])
def test_each_form_gives_its_figures(read: dict[str, list[Fig]], text: str, want: list[Fig]) -> None:
    assert same(read[text], [*want, TRAP[1]]), read[text]


@pytest.mark.parametrize("text", ["夜间气温零下20多度", "人均补贴十两万元", "全年合计约2000元——约3000元",
                                  "全年投入一、二百万元", "全年收入1234,567元", "全市共有12 345人"])
def test_a_sentence_reads_the_same_alone(read: dict[str, list[Fig]], text: str) -> None:
    """The batched reading is what the extractor gives the sentence alone: its neighbours lend it nothing."""
    assert read_alone(text) == read[text]
