"""Every class of generated number-reading case (tests/numread_gen.py) through `stats.extract_text`:
the exact value or, where a case allows it, no figure; never a wrong value.

Hypothesis picks the class and the seed of the case writer, so each run reads other numbers
(零 in every position, 两/二, 〇, 壹贰叁, 廿卅, 1.2万亿, 点, 分之, %, ‰, 百分点, signs, ranges,
约/余/多/近/逾/上下, dates and ordinals that are no quantity, full-width, spaced and separated digits,
1.2×10⁴, idioms; and 万分之/‱, ℃ with 零下, units and slash rates, foreign currencies and their signs,
rate ranges, 八五折, 二十来个, 1亿2千万, 负增长, 倍/番, weeks and other durations, ages, ≥/小于,
names and codes such as 2型糖尿病 or 618大促; and neighbours sharing a unit (5、6万人, 十七、八岁,
十几二十万), 块 as yuan or as pieces, a currency or pay word before the amount, full-width
thousands separators, shares and ratios, dates, phone and ID numbers, and bounds such as 开外;
and 元 of a named currency (港币3亿元, 3亿元港币), round bounds (小一万, 过万, 破10亿), one
separator group with decimals (1，234.5万), ± and 正负, magnitudes out of order (百八十万,
十万八万, 1.2亿万; 五万万 = 5亿), the 分 digit after 毛 (两块八毛五), basis points, and ranges
whose low end holds 余 or 多 (3万余至5万人); and 三五 ranges (三五千人), vague amounts (几百块钱, 千把人),
k and w before 元 (8K元), dozens and the verb 打, rates per 10万 and 100万 (十万分之三), mixed numbers
(一又二分之一), 零下5度, two currencies before one amount (港元、美元3亿元), paired round amounts
(十块八块), codes and metro lines, ranges 介于…和…之间, and negated bounds (不多于, 未超过); and ranges below
zero said from either end (零下5度至零下10度), 来 after Arabic tens (10来万元), two bounds of one quantity
(大于20且小于35个), neighbours typed with a comma (5，6万人), power and volume by Latin symbols (3GW, 5m³),
ranges in every spelling of separator and unit, money in capitals with traditional 萬 億 參, and units
of other countries and of Taiwan usage (英里, 盎司, 华氏度, 公尺, 公升); and no figure for a bare low end far
below its high end (3至7000万元), ranges whose ends carry tails (一米七到一米八, 五块六到五块七毛八,
三小时到三个半小时), 负5度 and -5至-10%, 摄氏30度, 每人三百块 and 五块一斤 as yuan, two bounds of an age
(超过20岁但不到30岁), and ordinals, 十之八九, 1/3, dates and times that stay no figures; 月薪8000左右, 叁仟元（3000元）
as one figure, whole numbers of more than 15 digits as none, 最少/差不多/出头 and 3万元(含)以上 as bounds; shares
as percent where finite (四分之一 = 25 %; 三分之一 and 1/4 none), data and rates by Latin symbols (3015亿GB,
1000Mbps, 0.86mg/kg, 60km/h; 8GB内存 none), codes with digits (PM2.5, H7N9, G20, C919, 7×24小时) as none; and
ranges typed with 〜 or ∼ (3〜5万元, never 5万元 alone), '98年 and 98年出生 as dates, 俩人 = 2 人, 拾万元整, 一点二万亿元,
兆 as none, −3.2% in every width, 每斤三毛八 as yuan, and 3·5万元 or 1'234'567人 as none; and 增长3，5%, 3‚5% and
比例为3：5万人 as none, 一万二 with and without its unit, scores, 增长了一倍 and 减少一半, time words, plates and roads,
一斤半; and 增长三，五% as none, 表1：12家, 90%+ as a lower bound, 6.8张/千人, 100大洋 and 两个万元户 as none,
12\u202f345元 and 3万多元 or 约3千人 with their bounds; and 共点五吨, 二十多个亿元, 百分之三，五, 金额（万元）：1200元,
二○五人, 2〇24年, 负二分之一, 二三年 and 三斤二两 as none, 重点五项 as a count, 将近两成 and 两千两百 as read;
and 一米八个子, 九块九包邮, 三块二两, 10的5次方, 二把手, 十天半个月, 一年两年, 5cm3 and 三点几万元 as none
(三千几百元 reads 3100–3900 since numforms62);
and 三块来钱, 3点40分钟, 一个两个三个, 九成新, 四大名著 and 九折起 as none, 三成强 and 30%弱 as bounds, USD 100,
$1.5 billion and 25BP as read; and telephone numbers by area code (0571-88888888, 400-800-1234), ranks with 强
(三十强) and counts said for emphasis (一百个放心) as none, 5万到10万亿元 as none, the money base of a rate
(每100元营业收入) as none and the money of neighbours by name (3亿泰铢, 50亿基普; 98万克朗 never grams),
五元素, 市二人民医院, 50万口罩 and brands such as 三只松鼠 as none; 2000万元及以上 as a bound;
三亿五千元 and 3亿5000元 with no 零 as none; 5000台币 and 3000人民幣 as money, 新台币23兆元, 数字人民币2.0版 and
工资12月底前发放 as none; 約三萬人 and 三萬餘人 as bounds, 項目30個 and 3個小時 as
counts and hours; 上证综指收于3200点 as index points and 沪指下午3点 as none, 发电5亿度 as 度, 500英亩, 120人/平方公里 and
300元/（人·月） as read, 十万八千里, 数百家 and 第十二条 as none; 三个半亿元, 半个亿元, 四万万五千万人 and 十成 as read,
二百两 and 三千两 as none;
一两个, 三两个 and 七八十人 as ranges, 五十岁开外 as a bound, 五三个 and 第3名 as none; 十多二十万元 and 3万多4万元 as
ranges, 五十来六十人 and 月薪十几二十万 as none; 八角、桂皮, 八角：3200吨, 12栋3单元 and 98年抗洪 as none, 1.2万元/㎡ and
5万m³/d as read; 增速排名全省3位 and 位次前移3位 as none, 毛利率提升2.3pp as 百分点, 3亿元5 as
3亿元 and 30米3 as none)."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stats import extract_text
from tests.numread_gen import CLASSES, generate, judge


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(CLASSES)), st.integers(0, 2**32 - 1))
def test_generated_numbers_read_exactly_or_not_at_all(cls: str, seed: int) -> None:
    for case in CLASSES[cls](random.Random(seed)):
        figures = extract_text(case.text)
        wrong, missed = judge(case, figures)
        got = [(f["quote"], f["value"], f["value_high"], f["measure"], f["qualifier"]) for f in figures]
        assert not wrong, f"{case.cls}: {case.text!r} read wrong {wrong}, want {case.want}"
        assert not missed, f"{case.cls}: {case.text!r} missed {missed}, got {got}"


def test_every_class_asks_for_figures_and_for_none() -> None:
    cases = generate(1, 5)
    assert {c.cls.split(".")[0] for c in cases} == set(CLASSES)
    assert sum(1 for c in cases if c.want and not c.either) > 100  # required readings, not only allowed ones
    assert sum(1 for c in cases if not c.want) >= 10  # texts that must give no figure at all


def test_the_judge_counts_a_partial_reading_as_wrong() -> None:
    # 三点五万 read as 35万 would be a wrong value, not a miss: the judge must say so
    case = next(c for c in generate(0, 3) if c.cls == "decimal" and c.want)
    fake = [{"quote": "x", "value": case.want[0].value * 10, "value_high": None, "measure": case.want[0].measure,
             "qualifier": "exact"}]
    assert judge(case, fake)[0] and not judge(case, [])[0]


def test_a_bare_number_gives_its_value_without_a_unit() -> None:
    # the text is the number: its value, no measure, unit or metric (GUIDE: no unit, no figure in prose)
    read = {t: [(f["value"], f["value_high"], f["measure"], f["unit"], f["metric"], f["qualifier"])
                for f in extract_text(t)]
            for t in ("一千零五", "3.5万", "负五", "约3万", "三分之二", "十几", "1,234.5", "２０２３", "十亿零三",
                      "一又二分之一", "10000000000")}
    assert read == {
        "一千零五": [(1005, None, "", None, None, "exact")], "3.5万": [(35000, None, "", None, None, "exact")],
        "负五": [(-5, None, "", None, None, "exact")], "约3万": [(30000, None, "", None, None, "approx")],
        "三分之二": [(0.666666666666667, None, "", None, None, "exact")],
        "十几": [(11, 19, "", None, None, "approx")], "1,234.5": [(1234.5, None, "", None, None, "exact")],
        "２０２３": [(2023, None, "", None, None, "exact")], "十亿零三": [(1000000003, None, "", None, None, "exact")],
        "一又二分之一": [(1.5, None, "", None, None, "exact")], "10000000000": [(1e10, None, "", None, None, "exact")],
    }
    # a unit keeps its reading; dates, ordinals, plan names and idioms stay no figures
    assert [(f["value"], f["unit"]) for f in extract_text("百分之十二点五")] == [(12.5, "percent")]
    for text in ("2023年", "第三", "十四五", "千千万万", "七七八八", "3/4", "二十大", "13812345678", "02312345678",
                 "11010119900307451X", "0571-88888888", "(010)12345678", "400-800-1234", "4008001234", "三十强", "5万强"):
        assert extract_text(text) == [], text
    # running text is unchanged: a number with no measure word in a sentence is no figure
    assert extract_text("会上他说了一千零五遍好") == []


def test_points_and_degrees_are_measures_only_where_their_index_or_electricity_is_named() -> None:
    # 点 and 度 are no measure words by themselves (a clock's hour, 3点意见, a temperature not sure): an index named
    # in the sentence makes 点 its points, electricity named in the clause makes 度 energy; the nearest word decides
    read = {t: [(f["value"], f["measure"], f["unit"]) for f in extract_text(t)]
            for t in ("上证综指上涨25.3点，收于3200.55点", "沪指下午3点收盘，报3200点", "他指出3点意见", "全年发电5亿度",
                      "用电高峰气温达40度", "气温30度", "农场种植小麦300英亩", "补贴300元/（人·月）")}
    assert read == {
        "上证综指上涨25.3点，收于3200.55点": [(25.3, "点", "index_point"), (3200.55, "点", "index_point")],
        "沪指下午3点收盘，报3200点": [(3200.0, "点", "index_point")], "他指出3点意见": [],
        "全年发电5亿度": [(5e8, "度", "kwh")], "用电高峰气温达40度": [], "气温30度": [],
        "农场种植小麦300英亩": [(300.0, "英亩", "acre")], "补贴300元/（人·月）": [(300.0, "元/人·月", "cny_per")],
    }
