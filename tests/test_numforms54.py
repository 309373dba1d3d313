"""Number forms after numforms53, read in one extractor call (tests/batchread.py). The round went class by class
through what number-normalisation suites for Chinese test (cardinals, decimals, fractions and 成 and 折, percents,
per mille and per ten thousand, money, measures, ordinals, dates, clock times, phone numbers, codes, versions, ranges,
scientific forms, 万亿 and 亿万, 数以万计, 几十, 十几, 上百, 成千上万, halves) and took up round 53's leftovers. Nearly all
read as they should; what read wrong is here, with the generator families `included_ranges`, `age_spans`,
`recent_spans` and `counted_half_ranges` of tests/numread_gen.py (drawn in a slow test below with a seed of this
round).

A range with one end restated in a bracket of inclusion (补贴3万元至5万元（含5万元）, 面积50至100平方米（含100平方米）)
read the end a second time, 5 万元 as a figure of its own: the range alone now (numerals.yaml restate_inclusion, the
bracket may name either end of a range; an amount there that is neither end, 含贷款2万元, stays its own).
An age range with 岁 after each end that ends its clause (老人60岁至69岁, 儿童6岁到12岁) gave none where 60-69岁 reads:
the range now, read by its high end as the dashed form is (exclude.age_group; 为60岁至69岁老年人体检 names a group).
近 at the head of a clause before a span of time (近三年，全县累计…; 近5年来; 近30天) read "nearly", approx: it names the
span just past there, exact as the GUIDE's gold writes it (qualifiers.yaml prefix_head_off; 历时近三年 stays about).
A counter and a half as a range's low end (一个半到两个小时, 两个半到三个百分点; numforms52's leftover) read 1.5 个 and the
high end alone: one range in what the high end counts now (quantity_links `_counted_halves`; after 从, two figures in
hours).
A count of an amount's digits after a pay word (年薪6位数, 月薪五位数, 工资3位数) read 6 元, 5 元, 3 元, a wrong value: none
now (units.yaml measure_before_not_before 位数; 营收3亿位居前列 stays 3亿 元). The last digits of a number or the digits
of a code or a decimal (身份证后四位, 手机号末两位, 保留两位小数, 四位密码) read as people counted by 位: none now
(exclude.digit_places where nothing but digits or the clause's end follows; units.yaml 位 not before 小数, 密码, 号码).
Two ends each with the same word of "about" after the measure word (3万人左右至5万人左右, 5%左右到8%左右) read two
figures: one range about now, as 约3万人至约5万人 is (quantity_links `_about_range`; two ends the wrong way round, or
after 从, stay two).

Seen and left: 三、四十人 and 二、三十万元 at the head of a sentence still give none (exclude.enumerator): the first may be a
section's number (the gold texts hold 三、十件民生实事, a section before a count), and 二、 then 300 人 read as 200–300 人
would be a wrong value, as numforms47 decided; inside a sentence (现场来了三、四十人) they read the range. 增长3个点
gives none (个点 is said for percentage points and index points alike; after a rate's name, 增速提高了3个点, it reads 3
百分点); 票价10元起 gives none (exclude.offer_price: a price offers start from; 月薪4500元起
is a wage's floor); 三、五天 and 三、五十人 at a sentence head give 5 天 and none (a loose pair or a section number, unsure);
四、五项任务 gives none (section 四 then 5 项, or 4–5 项); 近6个月 in quotes gives none; 5万-10万 with no measure word, 3万5,
一百出头, 三千上下 with no measure word give none; 每小时60公里 reads 60 公里 (the rate's base before the number); 500MB,
3.5GHz, 4800mAh, 65W give none (units no measure word names); 四个半—五个小时 (an em dash) and 一个半到两个星期 (weeks
no half measures) still read 4.5 个 and 1.5 个."""

from __future__ import annotations

from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_all_test, fig
from tests.numread_gen import age_spans, counted_half_ranges, included_ranges, recent_spans

BRIEF: list[Case] = [
    # a bracket of inclusion naming an end of the range before it: the range, one figure
    ("补贴3万元至5万元（含5万元）", [fig("3万元至5万元", 30000, 50000, measure="元")]),
    ("奖励1万元至3万元（含3万元）", [fig("1万元至3万元", 10000, 30000, measure="元")]),
    ("面积50至100平方米（含100平方米）", [fig("50至100平方米", 50, 100, measure="平方米")]),
    ("补贴3万元至5万元（不含3万元）", [fig("3万元至5万元", 30000, 50000, measure="元")]),
    ("投资3亿~5亿元(含5亿元)", [fig("3亿~5亿元", 3e8, 5e8, measure="元")]),
    ("收入10万-20万元（包含20万元）", [fig("10万-20万元", 100000, 200000, measure="元")]),
    ("年龄18至60周岁（含60周岁）", [fig("18至60周岁", 18, 60, measure="周岁")]),
    # … an amount there that is neither end, or a bracket with no word of inclusion, stays its own
    ("补贴3万元至5万元（含4万元）", [fig("3万元至5万元", 30000, 50000, measure="元"), fig("4万元", 40000, measure="元")]),
    ("补贴3万元至5万元（含贷款5万元）",
     [fig("3万元至5万元", 30000, 50000, measure="元"), fig("5万元", 50000, measure="元")]),
    ("补贴3万元至5万元（5万元）", [fig("3万元至5万元", 30000, 50000, measure="元"), fig("5万元", 50000, measure="元")]),
    # neighbours before a place: their range inside a sentence; at its head the first may be a section's number
    # (二、 then 300 人?), none (as numforms47 decided); a section before a number no neighbour opens stays a section
    ("现场来了三、四十人", [fig("三、四十人", 30, 40, measure="人")]),
    ("投资二、三十万元", [fig("二、三十万元", 200000, 300000, measure="元")]),
    ("三、四十人参加了培训", []), ("七、八百元", []),
    ("三、十件民生实事全部完成", [fig("十件", 10, measure="件")]), ("三、四级手术", []),
    # an age range with 岁 after each end, ending its clause: the range; before the people it names, none
    ("老人60岁至69岁", [fig("60岁至69岁", 60, 69, measure="岁")]),
    ("儿童6岁到12岁", [fig("6岁到12岁", 6, 12, measure="岁")]),
    ("老人60岁至69岁的有20人", [fig("60岁至69岁", 60, 69, measure="岁"), fig("20人", 20, measure="人")]),
    ("老人60-69岁", [fig("60-69岁", 60, 69, measure="岁")]),
    ("为60岁至69岁老年人免费体检", []), ("为6岁到12岁儿童接种", []), ("18岁至60岁的居民", []),
    ("退休年龄由60岁延长到65岁", [fig("60岁", 60, measure="岁"), fig("65岁", 65, measure="岁")]),
    # 近 before a span of time at the head of a clause: the recent span, exact; after a word, nearly
    ("近三年，全县累计投资2亿元", [fig("近三年", 3, measure="年"), fig("2亿元", 2e8, measure="元")]),
    ("近5年来", [fig("近5年", 5, measure="年")]), ("据了解，近十年", [fig("近十年", 10, measure="年")]),
    ("近30天，全市新增病例5例", [fig("近30天", 30, measure="天"), fig("5例", 5, measure="例")]),
    ("历时近三年", [fig("近三年", 3, qualifier="approx", measure="年")]),
    ("工期近两年", [fig("近两年", 2, qualifier="approx", measure="年")]),
    ("近万人", [fig("近万人", 10000, qualifier="approx", measure="人")]),
    ("近3万人", [fig("近3万人", 30000, qualifier="approx", measure="人")]),
    ("近三至五年", [fig("近三至五年", 3, 5, qualifier="approx", measure="年")]),
    # a counter and a half as a range's low end: one range in what the high end counts, never 1.5 个
    ("一个半到两个小时", [fig("一个半到两个小时", 1.5, 2, measure="小时")]),
    ("增长两个半到三个百分点", [fig("两个半到三个百分点", 2.5, 3, measure="百分点")]),
    ("工期三个半至四个月", [fig("三个半至四个月", 3.5, 4, measure="个月")]),
    ("一个半到两个钟头", [fig("一个半到两个钟头", 1.5, 2, measure="小时")]),
    ("从一个半到两个小时", [fig("一个半", 1.5, measure="小时"), fig("两个小时", 2, measure="小时")]),
    ("一个半到两个半小时", [fig("一个半到两个半小时", 1.5, 2.5, measure="小时")]),
    ("三个半月到四个月", [fig("三个半月到四个月", 3.5, 4, measure="个月")]),
    ("吃了一个半", [fig("一个半", 1.5, measure="个")]),
    # the count of an amount's digits after a pay word: no amount, never 6 元
    ("年薪6位数", []), ("月薪五位数", []), ("年薪过6位数", []), ("工资3位数", []),
    ("营收3亿位居前列", [fig("3亿", 3e8, measure="元")]), ("年薪30万", [fig("30万", 300000, measure="元")]),
    # the last digits of a number, or digits of a code or a decimal: no count of 位 (people)
    ("身份证后四位1234", []), ("手机号末两位", []), ("卡号最后4位", []), ("保留两位小数", []), ("设置四位密码", []),
    ("全省排名后三位", []),
    ("来了四位专家", [fig("四位", 4, measure="位")]), ("后两位嘉宾发言", [fig("两位", 2, measure="位")]),
    # two ends each with the same word of about after its measure word: one range, about
    ("3万人左右至5万人左右", [fig("3万人左右至5万人左右", 30000, 50000, "approx", "人")]),
    ("增速5%左右到8%左右", [fig("5%左右到8%左右", 5, 8, "approx", "%")]),
    ("30元上下到50元上下", [fig("30元上下到50元上下", 30, 50, "approx", "元")]),
    ("3万人左右，5万人左右", [fig("3万人左右", 30000, None, "approx", "人"), fig("5万人左右", 50000, None, "approx", "人")]),
    ("5万人左右至3万人左右", [fig("5万人左右", 50000, None, "approx", "人"), fig("3万人左右", 30000, None, "approx", "人")]),
    ("3万人以上至5万人以上", [fig("3万人以上", 30000, None, "lower_bound", "人"),
                           fig("5万人以上", 50000, None, "lower_bound", "人")]),
    # the round's other forms that read right: kept so
    ("增速提高了3个点", [fig("3个点", 3, measure="百分点")]),
    ("千分之三点五", [fig("千分之三点五", 3.5, measure="‰")]), ("打八五折", [fig("八五折", 85, measure="%")]),
    ("七成五", [fig("七成五", 75, measure="%")]), ("五分之一", [fig("五分之一", 20, measure="%")]),
    ("一个半小时", [fig("一个半小时", 1.5, measure="小时")]),
    ("十几个人", [fig("十几个人", 11, 19, qualifier="approx", measure="人")]),
    ("1.2×10⁴吨", [fig("1.2×10⁴吨", 12000, measure="吨")]), ("1.2E4吨", [fig("1.2E4吨", 12000, measure="吨")]),
    ("三千万亿元", [fig("三千万亿元", 3e15, measure="元")]), ("两三千人", [fig("两三千人", 2000, 3000, measure="人")]),
    ("一两百元", [fig("一两百元", 100, 200, measure="元")]),
    ("千把块钱", [fig("千把块钱", 1000, qualifier="approx", measure="元")]),
    ("1亿2千万元", [fig("1亿2千万元", 1.2e8, measure="元")]), ("2万3千5百元", [fig("2万3千5百元", 23500, measure="元")]),
    ("-3%至-1%", [fig("-3%至-1%", -3, -1, measure="%")]), ("上调50BP", [fig("50BP", 50, measure="基点")]),
    ("月薪1.5w", [fig("1.5w", 15000, measure="元")]), ("三成七", [fig("三成七", 37, measure="%")]),
    ("数以万计的游客", []), ("成千上万的群众", []), ("上百人", []), ("几十家企业", []), ("亿万人民", []),
    ("两岸三地", []),  # the regions the phrase names, no count of 地 (numforms55: exclusions.yaml both_places)
    ("3月5日上午9时30分", []), ("版本2.3.1", []), ("华为Mate60", []), ("热线0571-88888888", []), ("一千零一夜", []),
    ("比分3:1", []), ("3号线2期", []), ("“3·15”晚会", []), ("7×24小时", []),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 60)

test_a_sentence_reads_the_same_alone = alone_test(["补贴3万元至5万元（含5万元）", "三、四十人参加了培训", "老人60岁至69岁",
                                                   "近三年，全县累计投资2亿元"])

DRAWN = [c for c in drawn(included_ranges, 25, 54) + drawn(age_spans, 25, 54)
         + drawn(recent_spans, 25, 54) + drawn(counted_half_ranges, 25, 54) if c.text not in {t for t, _ in BRIEF}]


def test_the_families_are_drawn_wide() -> None:
    """Each family's every branch is drawn: ranges in each unit with each end restated and another amount beside;
    ages as a figure and as a group; recent spans and nearly; counted halves in each unit and after 从."""
    for cls in ("included_range", "included_range.other", "age_spans",
                "age_spans.group", "recent_spans", "recent_spans.nearly", "counted_half_range",
                "counted_half_range.from"):
        assert sum(c.cls == cls for c in DRAWN) >= 3, cls
    ranges = [c.text for c in DRAWN if c.cls == "included_range"]
    for word in ("万元", "平方米", "周岁", "不含"):
        assert any(word in t for t in ranges), word
    spans = [c.text for c in DRAWN if c.cls == "recent_spans"]
    for unit in ("年", "个月", "天"):
        assert any(unit in t for t in spans), unit
    halves = [c.text for c in DRAWN if c.cls == "counted_half_range"]
    for word in ("个小时", "个月", "个百分点"):
        assert any(word in t for t in halves), word


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)
