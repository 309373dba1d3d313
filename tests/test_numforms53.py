"""Number forms after numforms52, read in one extractor call (tests/batchread.py). The round probed again what number
normalisation suites for Chinese test, class by class (两 and 二, 零 in every position, 幺, 廿 卅 卌, capitals with 圆 角 分
and 整, 点 decimals, 负 and 正, 约 近 逾 before Chinese numerals, ranges in every spelling and mixed form, ordinals, dates,
clock times, phone and ID numbers, groups with commas, 余 多 来 左右 上下 after a numeral, measures, money by name and
by the piece). Nearly all read as they should; what read wrong is here, with the generator families `span_parts`,
`sign_bounds`, `piece_prices`, `label_restates` and `signed_high_ranges` of tests/numread_gen.py (drawn in a slow test
below with a seed of this round).

Wrong values first. A price for one piece typed in digits before a counter no measure word names (羊肉串5元1串, 玫瑰10元1束,
1元1股, 5元1粒) read the count as the money's tenth: 5.1 元, 10.1 元. The counters of what is sold by the piece are units of
sale now (numerals.yaml spoken_money per_units), and 1 typed for the head of the price (矿泉水2块1瓶, 烤肠5块1根) makes 块
money as 五块一斤 does (2块 read a count of pieces). A count of one right after such a price (鸡蛋5元1斤, 门票10元1人)
read 1 斤, 1 人 besides: the unit the price is for, no figure now (exclusions.yaml exclude.price_unit_one), as 一斤 of
五元一斤 is.
A span of time in three units (2小时01分09秒, 2小时1分9秒) read its first part alone, 2 小时: none now, as two units read
(exclude.compound_duration). A range below and above zero with a plus sign before its high end (气温-5～+5℃) read the high
end alone, 5 ℃, and -0.5%~+0.5% two figures: one range now (the grammar takes the plus before the high end; the
identifier rule lets a signed high end pass).

Wrong qualifiers. A bound or "about" typed as CJK texts and keyboards type the sign (收入≧3000元, 增速≦5%, >=5%, <=5%,
>＝50%, ≮90%, ≯3%, 价格≈3000元, ≒60元) read exact: the bound now (qualifiers.yaml prefix). So did 为限 after the
measure word (补助金额以5万元为限, 每户以2人为限): up to that now (qualifiers.yaml suffix).

Restated amounts. An amount in capitals restated after a mark and a label with no bracket (中标金额大写：壹佰万元整，小写：
1000000.00元; 押金3000元，大写叁仟元整; 壹佰万元整 小写：… with the space the layout drops) read twice: one figure now
(numerals.yaml restate_joins); an amount of another value after the label stays its own.

Seen and left: 老人60岁至69岁 and 儿童6岁至12岁 give none where 60-69岁 reads (an age before its group names the group,
exclude.age_group; both forms optional by the GUIDE); 工期3-至5年, 3~~5年 and 3…5年 read the high end 5 年 (typos of a
range; rare, left); 增长3个点 and 增长3.5个点 give none (个点 is spoken for percentage points and for index points alike);
电压二十伏, 功率一百瓦, 频率五十赫兹, 5000mAh give none (units no measure word names; 伏 and 瓦 begin other words);
每瓶2块 reads 2 块, a count (no cue of money before it); 三、四十人 and 二、三十万元 give none (the neighbours' mark
before a round ten); 增速≠5% reads 5 % exact (no bound a sign of inequality could give)."""

from __future__ import annotations

from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_all_test, fig
from tests.numread_gen import (
    included_bounds,
    label_restates,
    piece_prices,
    sign_bounds,
    signed_high_ranges,
    span_parts,
)

BRIEF: list[Case] = [
    # a price for one piece: the money alone, never the count as its tenth, nor the count of one as a figure
    ("羊肉串5元1串", [fig("5元", 5, measure="元")]), ("玫瑰10元1束", [fig("10元", 10, measure="元")]),
    ("股价1元1股", [fig("1元", 1, measure="元")]), ("药丸5元1粒", [fig("5元", 5, measure="元")]),
    ("可乐3元1罐", [fig("3元", 3, measure="元")]), ("烤肠五块一串", [fig("五块", 5, measure="元")]),
    ("矿泉水2块1瓶", [fig("2块", 2, measure="元")]), ("烤肠5块1根", [fig("5块", 5, measure="元")]),
    ("鸡蛋5元1斤", [fig("5元", 5, measure="元")]), ("门票10元1人", [fig("10元", 10, measure="元")]),
    ("白菜1元钱1斤", [fig("1元", 1, measure="元")]), ("停车5元1次", [fig("5元", 5, measure="元")]),
    # … a tenth of money, a tenth before a price's unit, a date after the price and counts elsewhere stay
    ("售价5元1角", [fig("5元1角", 5.1, measure="元")]), ("一块五一串", [fig("一块五", 1.5, measure="元")]),
    ("1块5一串", [fig("1块5", 1.5, measure="元")]), ("苹果3元2", [fig("3元2", 3.2, measure="元")]),
    ("身高1米75的", [fig("1米75", 1.75, measure="米")]), ("票价5元1月1日起执行", [fig("5元", 5, measure="元")]),
    ("买了1斤苹果", [fig("1斤", 1, measure="斤")]), ("建成球场5块", [fig("5块", 5, measure="块")]),
    ("苹果3元2斤", []),
    # a span of time in three units: one duration, never its first part alone
    ("用时2小时01分09秒", []), ("他以2小时1分9秒夺冠", []), ("工期1年2个月10天", []), ("历时3天5小时20分钟", []),
    ("全程用时三小时二十分十五秒", []),
    ("用时3小时15分", []), ("用时3小时，15分钟后抵达", [fig("3小时", 3, measure="小时"), fig("15分钟", 15, measure="分钟")]),
    # a plus sign before a range's high end: one range
    ("气温-5～+5℃", [fig("-5~+5℃", -5, 5, measure="℃")]), ("增长-0.5%~+0.5%", [fig("-0.5%~+0.5%", -0.5, 0.5, measure="%")]),
    ("增速-1%至+1%", [fig("-1%至+1%", -1, 1, measure="%")]), ("偏差-3%到+3%", [fig("-3%到+3%", -3, 3, measure="%")]),
    ("气温-5℃～+5℃", [fig("-5℃~+5℃", -5, 5, measure="℃")]), ("气温-5~5℃", [fig("-5~5℃", -5, 5, measure="℃")]),
    ("公式1+3+X", []),
    # a bound or about typed as a sign
    ("收入≧3000元", [fig("≧3000元", 3000, None, "lower_bound", "元")]),
    ("增速≦5%", [fig("≦5%", 5, None, "upper_bound", "%")]),
    ("增速>=5%", [fig(">=5%", 5, None, "lower_bound", "%")]), ("增速<=5%", [fig("<=5%", 5, None, "upper_bound", "%")]),
    ("占比>＝50%", [fig(">＝50%", 50, None, "lower_bound", "%")]),
    ("合格率≮90%", [fig("≮90%", 90, None, "lower_bound", "%")]), ("不良率≯3%", [fig("≯3%", 3, None, "upper_bound", "%")]),
    ("价格≈3000元", [fig("≈3000元", 3000, None, "approx", "元")]), ("成本≒60元", [fig("≒60元", 60, None, "approx", "元")]),
    ("增速≥5%", [fig("≥5%", 5, None, "lower_bound", "%")]),
    ("补助金额以5万元为限", [fig("5万元为限", 50000, None, "upper_bound", "元")]),
    ("每户以2人为限", [fig("2人为限", 2, None, "upper_bound", "人")]),
    ("占比＞50%", [fig("＞50%", 50, None, "lower_bound", "%")]),
    # an amount restated after a mark and a label: one figure; another value after the label stays its own
    ("中标金额大写：壹佰万元整，小写：1000000.00元", [fig("壹佰万元", 1e6, measure="元")]),
    ("合同金额大写：叁仟元整；小写：¥3000", [fig("叁仟元", 3000, measure="元")]),
    ("押金3000元，大写叁仟元整", [fig("3000元", 3000, measure="元")]),
    ("中标价：壹佰万元整 小写：1,000,000.00元", [fig("壹佰万元", 1e6, measure="元")]),
    ("定金500元，大写伍仟元整", [fig("500元", 500, measure="元"), fig("伍仟元", 5000, measure="元")]),
    ("投资3000元，另投3000元", [fig("3000元", 3000, measure="元"), fig("3000元", 3000, measure="元")]),
    ("人民币（大写）：叁仟元整（小写：¥3000.00）", [fig("叁仟元", 3000, measure="元")]),
    # a bound's own amount in a bracket that says whether it is included: one figure, bounded
    ("年应纳税所得额不超过100万元（含100万元）的部分", [fig("不超过100万元", 1e6, None, "upper_bound", "元")]),
    ("补贴5万元以内（含5万元）", [fig("5万元以内", 50000, None, "upper_bound", "元")]),
    ("收入10万元以下（不含10万元）", [fig("10万元以下", 100000, None, "upper_bound", "元")]),
    ("工龄3年以上（不含3年）", [fig("3年以上", 3, None, "lower_bound", "年")]),
    ("补助3000元（含3000元）以上", [fig("3000元（含3000元）以上", 3000, None, "lower_bound", "元")]),
    ("面积500平方米(含500平方米)以上的项目", [fig("500平方米(含500平方米)以上", 500, None, "lower_bound", "平方米")]),
    ("不低于5%（含5%）", [fig("不低于5%", 5, None, "lower_bound", "%")]),
    ("投资5亿元（含贷款2亿元）", [fig("5亿元", 5e8, measure="元"), fig("2亿元", 2e8, measure="元")]),
    ("投资5亿元（含5亿元贷款）", [fig("5亿元", 5e8, measure="元"), fig("5亿元", 5e8, measure="元")]),
    # the round's other forms that read right: kept so
    ("共有一千二百万零三人", [fig("一千二百万零三人", 12000003, measure="人")]),
    ("投资一千零五十万零三元", [fig("一千零五十万零三元", 10500003, measure="元")]),
    ("收入一万零五百零五元", [fig("一万零五百零五元", 10505, measure="元")]),
    ("七成五的企业", [fig("七成五", 75, measure="%")]), ("两成半的农户", [fig("两成半", 25, measure="%")]),
    ("花了小一万元", [fig("小一万元", 10000, qualifier="approx", measure="元")]),
    ("月薪一万出头", [fig("一万出头", 10000, qualifier="lower_bound", measure="元")]),
    ("十二块五毛六", [fig("十二块五毛六", 12.56, measure="元")]),
    ("体温三十七度五", [fig("三十七度五", 37.5, measure="℃")]),
    ("人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分", [fig("壹拾贰万叁仟肆佰伍拾陆元柒角捌分", 123456.78, measure="元")]),
    ("收入一万二到一万五元", [fig("一万二到一万五元", 12000, 15000, measure="元")]),
    ("工期3——5年", [fig("3——5年", 3, 5, measure="年")]),
    ("下降百分之负三", [fig("百分之负三", -3, measure="%")]),
    ("电话+86 138 1234 5678", []), ("代码91330100MA2X3Y4Z5W", []), ("跑出9秒83", []),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 60)

test_a_sentence_reads_the_same_alone = alone_test(["羊肉串5元1串", "用时2小时01分09秒", "气温-5～+5℃", "收入≧3000元",
                                                   "押金3000元，大写叁仟元整"])

DRAWN = [c for c in drawn(span_parts, 20, 53) + drawn(sign_bounds, 25, 53) + drawn(piece_prices, 25, 53)
         + drawn(label_restates, 20, 53) + drawn(signed_high_ranges, 20, 53) + drawn(included_bounds, 20, 53)
         if c.text not in {t for t, _ in BRIEF}]


def test_the_families_are_drawn_wide() -> None:
    """Each family's every branch is drawn: spans in each set of units; each sign; prices in digits and in words, by
    counters and units of sale; restatements after each mark and with another value; signed ranges in each unit."""
    for cls in ("span_parts", "sign_bound", "piece_price", "label_restate", "label_restate.other",
                "signed_high_range", "included_bound", "included_bound.part"):
        assert sum(c.cls == cls for c in DRAWN) >= 3, cls
    spans = [c.text for c in DRAWN if c.cls == "span_parts"]
    for word in ("秒", "分钟", "天"):
        assert any(word in t for t in spans), word
    signs = [c.text for c in DRAWN if c.cls == "sign_bound"]
    for sign in ("≧", "≦", ">=", "≈", "≮", "≯"):
        assert any(sign in t for t in signs), sign
    prices = [c.text for c in DRAWN if c.cls == "piece_price"]
    assert any(f"1{c}" in t for t in prices for c in "串粒颗枚根束罐桶卷朵股")
    assert any("一" in t for t in prices)
    ranges = [c.text for c in DRAWN if c.cls == "signed_high_range"]
    assert any("℃" in t for t in ranges) and any("%" in t for t in ranges)


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)
