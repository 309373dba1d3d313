"""Number forms after numforms34, read in one extractor call (tests/batchread.py). A generator put numbers in forms not
yet covered into short sentences (大写 on invoices, 廿/卅, 成 and 折, 分之, 半, names holding numerals, scientific and
engineering forms, Arabic with a Chinese place, vague amounts, two-digit years); nearly all read right. What read a
WRONG value is here, each case failing before this round:

- exclusions.yaml exclude.times_first_factor, exclude.caret_power: the factor before a times sign and a digit that is
  no power of ten (1.2×104: a superscript lost in copying), and the base before a caret (10^4), took a unit named
  before them (人口, 人民币, 人次) and read 1.2 人, 10 元; none now. 1.2×10^4吨 stays 12000 吨. The exponent after a
  full-width caret (1.2×10＾4人) read 4 人, and 1.2×10^4.5人 read 12000 人; none now.
- exclusions.yaml exclude.ratio_first_term: 人民币1:7.1 (an exchange rate) read 1 元; none now.
- exclusions.yaml exclude.mixed_digits: a ten on its own before Arabic digits (十2家, 廿3家, 卅5家) and a Chinese digit
  after a place before Arabic ones (三百一5人), or after 零 (三万零5人) read only the Arabic part (2家, 3家, 5人); none now.
- exclusions.yaml exclude.classical_and: 二十有五人 (classical 25) read 五人; none now.
- units.yaml 本 not before 院 and 线: 三本院校, 二本线 (university tiers) read 3 本, 2 本 of books.
- exclusions.yaml exclude.clipped_year: a two-digit year before a month, a quarter or a half (23年1-5月, 24年Q3,
  23年上半年) read a duration of 23 年.
- stats/find/quantity_links.py `_shared_factors`: 一千多二百万元 read 100万–200万 (千 read into 二百万); a vague
  range's low end now shares only a magnitude the round number after it is written with.
- exclusions.yaml exclude.per_one_after_place: 一 after a place then a time word (年薪二十五万一年, 房租八千一个月) is
  "a year", "a month", and 25万1年, 五千三天 as unsure: these read 251000 年, 8100 个月, 5300 天; none now.
- exclusions.yaml exclude.idiom_numbers: 一百二十个放心 (said for emphasis, as 一百个放心) read 120 个.

And a precision fix: numerals.yaml restate_labels (stats/find/quantity_links.py `_unlabelled`): an amount an invoice
restates in brackets behind a label (伍万元整（小写：¥50000元）, ￥50,000元（大写：伍万元整）) gave two figures; one now.

Seen and left (no sure fix in this round): 23年营收3亿元 at a clause's head still reads 23 年 (a duration is as
likely elsewhere: 这23年来); 人口1.2 with no magnitude reads 1.2 人; 十大重点项目 is 10 大 (GUIDE: slogan counts,
optional); 百分之五点 (a decimal cut off?) reads 5 %."""

from __future__ import annotations

import pytest

from tests.batchread import TRAP, Case, alone_test, batch_tests, fig, same

NONE_NOW = [
    # scientific notation with its superscript lost, or a bare power: no quantity of its own
    "人口达到1.2×104人", "投资人民币1.5×108元", "接待游客人次1.2×104", "投资￥1.5×104", "人口达到1.2×10 4人",
    "人口达到1.2×10的4次方人", "投资人民币10^8元", "人口达到10^4人", "全市人口10^4",
    # a full-width caret, and powers no statistics write (were 4 人, 12000 人, 1.2 人)
    "人口达到1.2×10＾4人", "产量1.2×10＾4吨", "人口达到1.2×10^4.5人", "人口达到1.2×10^12345人",
    # ratios
    "汇率为人民币1:7.1", "兑换比例为人民币1∶7.1", "人民币1：7.1",
    # numbers mixed across scripts, and the classical 有
    "全市有廿3家企业", "全市有卅5家企业", "全市有十2家企业", "全市有三百一5人", "全市有三万零5人",
    "参赛者二十有五人", "老人年八十有三岁", "参赛者三十有五人",
    # university tiers
    "报考三本院校",
    # a vague range whose low end would borrow a magnitude the high end does not say
    "投资一千多二百万元",
    # 一 after a place: the base of a rate
    "年薪二十五万一年", "房租八千一个月", "两万一年", "年薪25万1年", "房租8千1个月", "五千三天",
    # a count said for emphasis
    "让群众一百二十个放心",
]

WITH_FIGURES: list[Case] = [
    ("过二本线考生1200人", [fig("1200人", 1200, measure="人")]),
    ("23年1-5月营收3亿元", [fig("3亿元", 3e8, measure="元")]),
    ("24年Q3新增企业12家", [fig("12家", 12, measure="家")]),
    ("23年上半年新增就业1.2万人", [fig("1.2万人", 12000, measure="人")]),
    ("23年3月新增企业5家", [fig("5家", 5, measure="家")]),
    ("21年二季度营收3亿元", [fig("3亿元", 3e8, measure="元")]),
    # an invoice's amount restated in brackets behind a label: one figure, the first
    ("合同总价人民币叁亿伍仟万元整（小写：¥350,000,000.00）", [fig("叁亿伍仟万元", 3.5e8, measure="元")]),
    ("价款￥50,000元（大写：伍万元整）", [fig("50,000元", 50000, measure="元")]),
    ("金额伍万元整（小写:50000元）", [fig("伍万元", 50000, measure="元")]),
]

CASES: list[Case] = [(t, []) for t in NONE_NOW] + WITH_FIGURES

# forms next to the fixed ones that read right before and must still (guards of the new patterns, not new cases)
GUARDS: list[Case] = [
    ("产量达到1.2×10^4吨", [fig("1.2×10^4吨", 12000, measure="吨")]),
    ("投资人民币1.5×10^8元", [fig("1.5×10^8元", 1.5e8, measure="元")]),
    ("全市有3十5家", [fig("3十5家", 35, measure="家")]),
    ("三十家企业有五家获奖", [fig("三十家", 30, measure="家"), fig("五家", 5, measure="家")]),
    ("新购图书三本", [fig("三本", 3, measure="本")]),
    ("经营了23年", [fig("23年", 23, measure="年")]),
    ("投资一千多二千万元", [fig("一千多二千万元", 1e7, 2e7, "approx", "元")]),
    ("投资十多二十万元", [fig("十多二十万元", 1e5, 2e5, "approx", "元")]),
    ("全市有三千一百人", [fig("三千一百人", 3100, measure="人")]),
    ("两万一千人参加", [fig("两万一千人", 21000, measure="人")]),
]


read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(CASES, 40, guards=GUARDS)


@pytest.mark.parametrize(("text", "want"), GUARDS, ids=[t for t, _ in GUARDS])
def test_the_forms_beside_them_still_read(read: dict[str, list[tuple[str, float, float | None, str, str]]],
                                          text: str, want: list[tuple[str, float, float | None, str, str]]) -> None:
    assert same(read[text], [*want, TRAP[1]]), read[text]


test_a_sentence_reads_the_same_alone = alone_test([
    "人口达到1.2×104人", "年薪二十五万一年", "投资一千多二百万元"])
