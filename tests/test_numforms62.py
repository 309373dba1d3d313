"""Number forms after numforms61, read in one extractor call (tests/batchread.py). The round took up the leftovers the task
named (100MW/200MWh/300MWh, 增长了两番, 价格为300元每100公斤, 每10万人12.5) and probed what rounds 56-61 may not have:
digits grouped by thin spaces and commas (1,234.5万元, 12 345人), full-width digits and points (１２．５％), Chinese
places after Arabic digits (3千万, 1百万, 2亿3千万), 零 inside (一千零五, 三万零二百), 廿 卅 卌, 幺 in codes, fractions
(三分之一, 3/4, 五分之二强), 数 几 来 开外 好几, signs (-3.5%, 负增长2.1%, 下降-0.3个百分点), ‰ and 千分之, 三点五,
亿万, 兆, 双 对 打, and 1.2×10^4. What read wrong or not at all is here, with four generator families of
tests/numread_gen.py (`inner_somes`, `word_per_prices`, `pair_counts`, `lost_decimals`, and a third in
`power_energy_pairs`, drawn in a slow test below with a seed of this round).

A third after an energy store's power and energy (装机容量100MW/200MWh/300MWh, 100兆瓦/200兆瓦时/300兆瓦时) read 100 MW
alone: the second slash stood between two energies (the same word, which numforms60 left none), and it made the second
the first unit of a rate, so 200 MWh went too. A slash between two numbers in the pair's second word right after the
pair is the list's mark as well now (stats/find/quantities.py `_slash_lists`): 100 MW, 200 MWh and 300 MWh; two energies
alone (200MWh/400MWh) stay none.

增长了两番 and 增加两番 (翻 left out) gave none: 番 was a count only after 翻. After 增长 or 增加 it is the doublings 翻
would count now, 2 番 as 翻了两番 reads (exclusions.yaml exclude.idiom_fan; the ×4 is the reader's: GUIDE keeps the
measure as written, units.yaml doubling). 热闹了一番 stays none, and so does 增长了一番 (exclude.lone_one, as before).

A price with its base after 每 (价格为300元每100公斤, 收购价118元每50公斤, 售价30元每公斤, 运费500元每吨) read 300 元,
the base dropped; it is the rate the slash writes now, measure 元/100公斤 and 元/公斤 (units.yaml, as 5000立方米每秒
reads 立方米/秒), with its bounds and ranges: 300元至350元每100公斤 is one range (quantities `_unlike_ends` takes the
word's measure, which writes the sign, as it took the slash). 500元每吨公里 and 300元每200公斤 keep 500 元 and 300 元.

几 for the digit of a place right below a higher place (三百几十人, 两千几百万元, 三万几千元) gave none
(exclude.some_place, an earlier numread round's decision: a digit unsaid, never 3000 exact); it is the range that digit
spans now, about, as 二十几人 is 21–29: 310–390 人, 21000000–29000000 元, 31000–39000 元 (the grammar's inner slot,
stats/find/numerals.py `_approx`; exclude.vague leaves 几 after 百 千 万 亿). 几百人 and 几千几百元 (几 at the head),
3百几十人 (Arabic digits before it), 三千几百几十元 (twice) and 三十几百人 stay none.

双 was no measure word (发放棉鞋5000双, 捐赠手套三百双 gave none); it counts pairs now (units.yaml, a count as 对 and
副), not before the words 双 begins (双方, 双向, 双一流, 双城, 双流 …); a lone Chinese digit before it (三双工程,
拿下三双: a programme's name, a triple-double) is none (exclusions.yaml exclude.pair_slogan).

A wrong value: digits, a point and a magnitude with no digit between (营业收入5.万元, 人数3.万人) read 5 元 and 3 人
(the word before the number named the measure); a decimal whose digits the page lost is no sure number, none now
(exclusions.yaml exclude.point_before_magnitude); 5.3万元 reads as ever.

A wrong value the sweep of every family with this round's seed (1962, fifteen draws a family: 11,898 cases) found, and
nothing else: 商品三五折销售 read 30–50 % (三五 a loose pair, numerals.yaml loose_pairs, as 三五个 = 3–5 个); before 折
a loose pair that is no pair of neighbours is a whole and its tenth now, 35 % (quantities `_parse`, tenths_before), as
七五折 is 75 % and family share11 wants; 七八折 stays 70–80 % (numforms50's decision).

Read right already (kept below): 每10万人12.5 (numforms60: 12.5 /10万), 12 345人 and 12 345人, 1,234.5万元, １２．５％,
3千万人, 2亿3千万元, 两千三百万元, 一千零五元, 三万零二百人, 廿 卅 卌, 五分之二强 (40 % at least), 占全市的3/4 (75 %),
十几个, 二十几万元, 20来人, -3.5%, 负增长2.1%, 下降-0.3个百分点, 6.2‰, 千分之五, 三点五个百分点, 二十对, 1.2×10^4吨 and
1.2×10⁴吨.

Left, with the sentence (GUIDE or earlier rounds decide, or no reading is sure): 全年增长三分之一 and 3/4的村 (none, as
numforms23 decided for 三分之一, 33.33… % no finite share, and numforms46-47 for a slash fraction before a noun);
数十人, 损失数百万元, 好几个村, 好几百人, 亿万群众 (vague: none, GUIDE); 年纪五十开外 (no measure word: none); 投资3兆元
and 3兆日元 (兆 is 10⁶ in SI and 10¹² in older and Taiwanese money: no sure value, none, as numread round 17 decided for
新台币23兆元); 购买三打鸡蛋 (打 as a dozen: a verb far more often, none); 产量为1.2×104吨 (a superscript lost: none, no
sure value) and 1.2×10的4次方吨 (none); 营业收入1，234.5万元 (a full-width comma, a clause's mark as often: none, as
numforms23 decided for 1，234); 报警电话幺幺零 (a code: none).
"""

from __future__ import annotations

from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_all_test, fig
from tests.numread_gen import inner_somes, lost_decimals, pair_counts, power_energy_pairs, word_per_prices

AP, LB, UB = "approx", "lower_bound", "upper_bound"

BRIEF: list[Case] = [
    # a third after a power and an energy: each its own figure
    ("储能电站装机容量100MW/200MWh/300MWh",
     [fig("100MW", 100, measure="MW"), fig("200MWh", 200, measure="MWh"), fig("300MWh", 300, measure="MWh")]),
    ("规模为100兆瓦/200兆瓦时/300兆瓦时",
     [fig("100兆瓦", 100, measure="兆瓦"), fig("200兆瓦时", 200, measure="兆瓦时"),
      fig("300兆瓦时", 300, measure="兆瓦时")]),
    ("建设1.5GW/3GWh/4.5GWh储能项目",
     [fig("1.5GW", 1.5, measure="GW"), fig("3GWh", 3, measure="GWh"), fig("4.5GWh", 4.5, measure="GWh")]),
    ("建设100MW/200MWh和300MWh储能电站",
     [fig("100MW", 100, measure="MW"), fig("200MWh", 200, measure="MWh"), fig("300MWh", 300, measure="MWh")]),
    ("储能项目规模为200MWh/400MWh", []), ("项目规模为100MW/200MW", []),
    # 番 after 增长 and 增加: the doublings
    ("全市工业总产值比2000年增长了两番", [fig("两番", 2, measure="番")]),
    ("全市工业总产值增长两番", [fig("两番", 2, measure="番")]),
    ("国内生产总值比2010年增长两番多", [fig("两番多", 2, None, LB, "番")]),
    ("居民收入增加了两番", [fig("两番", 2, measure="番")]),
    ("热闹了一番之后", []), ("经过一番努力", []), ("三番五次上门", []),
    # a price with its base after 每: the rate
    ("价格为300元每100公斤", [fig("300元每100公斤", 300, measure="元/100公斤")]),
    ("小麦收购价为118元每50公斤", [fig("118元每50公斤", 118, measure="元/50公斤")]),
    ("猪肉价格为25元每500克", [fig("25元每500克", 25, measure="元/500克")]),
    ("玉米收购价为120元每百斤", [fig("120元每百斤", 120, measure="元/百斤")]),
    ("价格为30元每公斤左右", [fig("30元每公斤左右", 30, None, AP, "元/公斤")]),
    ("运费为300元每吨", [fig("300元每吨", 300, measure="元/吨")]),
    ("售价为3.5元每斤", [fig("3.5元每斤", 3.5, measure="元/斤")]),
    ("价格为300元至350元每100公斤", [fig("300元至350元每100公斤", 300, 350, measure="元/100公斤")]),
    ("价格为300-350元每100公斤", [fig("300-350元每100公斤", 300, 350, measure="元/100公斤")]),
    # … a base of another weight, a longer unit: the price alone
    ("价格为300元每200公斤", [fig("300元", 300, measure="元")]),
    ("运价为0.5元每吨公里", [fig("0.5元", 0.5, measure="元")]),
    ("奖励500元每吨位", [fig("500元", 500, measure="元")]),
    ("每公斤价格为30元", [fig("30元", 30, measure="元")]),
    # 几 for the digit of a smaller place: that range, about
    ("当天来了三百几十人", [fig("三百几十人", 310, 390, AP, "人")]),
    ("总投资两千几百万元", [fig("两千几百万元", 21e6, 29e6, AP, "元")]),
    ("全村一百几十户", [fig("一百几十户", 110, 190, AP, "户")]),
    ("月收入三万几千元", [fig("三万几千元", 31000, 39000, AP, "元")]),
    ("全年收购一千几百吨", [fig("一千几百吨", 1100, 1900, AP, "吨")]),
    ("约三百几十人", [fig("约三百几十人", 310, 390, AP, "人")]),
    ("来了三百几十到四百人", [fig("三百几十到四百人", 310, 400, AP, "人")]),
    ("花费一万几千元左右", [fig("一万几千元左右", 11000, 19000, AP, "元")]),
    # … at the head, after Arabic digits, twice, after a ten: none
    ("几百人参加", []), ("花了几千几百元", []), ("来了3百几十人", []), ("投资3千几百万元", []),
    ("花了三千几百几十元", []), ("来了三十几百人", []), ("三百几十几人", []),
    # 双 counts pairs; a lone digit before it, a word it begins: none
    ("发放手套五百双", [fig("五百双", 500, measure="双")]),
    ("向困难群众发放棉鞋5000双、棉衣3000件", [fig("5000双", 5000, measure="双"), fig("3000件", 3000, measure="件")]),
    ("捐赠1.2万双运动鞋", [fig("1.2万双", 12000, measure="双")]),
    ("推进三双工程", []), ("他拿下三双", []), ("两双鞋", []),
    ("坚持两个双向发力", [fig("两个", 2, measure="个")]),
    # a point and a magnitude, no digit between: none
    ("营业收入5.万元", []), ("参保人数3.万人", []), ("利润1.2.亿元", []),
    ("营业收入5.3万元", [fig("5.3万元", 53000, measure="元")]),
    # a loose pair that is no pair of neighbours before 折: a whole and its tenth (neighbours stay a range)
    ("商品三五折销售", [fig("三五折", 35, measure="%")]), ("商品七五折销售", [fig("七五折", 75, measure="%")]),
    ("商品七八折销售", [fig("七八折", 70, 80, measure="%")]), ("来了三五个人", [fig("三五个人", 3, 5, measure="人")]),
    # the round's other forms that read right: kept so
    ("孕产妇死亡率为每10万人12.5", [fig("12.5", 12.5, measure="/10万")]),
    ("每10万人12.5", [fig("12.5", 12.5, measure="/10万")]),
    ("全市每10万人拥有12.5名执业医师", [fig("12.5名", 12.5, measure="名")]),
    ("营业收入1,234.5万元", [fig("1,234.5万元", 12345000, measure="元")]),
    ("全镇常住人口12\u2009345人", [fig("12345人", 12345, measure="人")]),
    ("全镇常住人口12\u202f345人", [fig("12345人", 12345, measure="人")]),
    ("全年增长１２．５％", [fig("12.5%", 12.5, measure="%")]),
    ("共有3千万人", [fig("3千万人", 3e7, measure="人")]),
    ("投资1百万元", [fig("1百万元", 1e6, measure="元")]),
    ("总投资两千三百万元", [fig("两千三百万元", 2.3e7, measure="元")]),
    ("总投资2亿3千万元", [fig("2亿3千万元", 2.3e8, measure="元")]),
    ("捐款一千零五元", [fig("一千零五元", 1005, measure="元")]),
    ("全年接待三万零二百人", [fig("三万零二百人", 30200, measure="人")]),
    ("参加者廿人", [fig("廿人", 20, measure="人")]), ("新增卅余家", [fig("卅余家", 30, None, LB, "家")]),
    ("占总数的五分之二强", [fig("五分之二强", 40, None, LB, "%")]),
    ("占全市的3/4", [fig("3/4", 75, measure="%")]),
    ("十几个村", [fig("十几个", 11, 19, AP, "个")]), ("20来人", [fig("20来人", 20, None, AP, "人")]),
    ("利润增长-3.5%", [fig("-3.5%", -3.5, measure="%")]),
    ("负增长2.1%", [fig("负增长2.1%", -2.1, measure="%")]),
    ("下降-0.3个百分点", [fig("-0.3个百分点", -0.3, measure="百分点")]),
    ("出生率为6.2‰", [fig("6.2‰", 6.2, measure="‰")]), ("死亡率千分之五", [fig("千分之五", 5, measure="‰")]),
    ("增长三点五个百分点", [fig("三点五个百分点", 3.5, measure="百分点")]),
    ("发放手套二十对", [fig("二十对", 20, measure="对")]),
    ("产量1.2×10^4吨", [fig("1.2×10^4吨", 12000, measure="吨")]),
    # … and those left none
    ("全年增长三分之一", []), ("数十人参加", []), ("损失数百万元", []), ("好几百人", []), ("亿万群众", []),
    ("年纪五十开外", []), ("投资3兆元", []), ("购买三打鸡蛋", []), ("产量为1.2×104吨", []), ("报警电话幺幺零", []),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 80)

test_a_sentence_reads_the_same_alone = alone_test(["储能电站装机容量100MW/200MWh/300MWh", "价格为300元每100公斤",
                                                   "当天来了三百几十人", "发放手套五百双", "营业收入5.万元"])

DRAWN = [c for c in drawn(inner_somes, 40, 62) + drawn(word_per_prices, 40, 62) + drawn(pair_counts, 40, 62)
         + drawn(lost_decimals, 40, 62) + drawn(power_energy_pairs, 40, 62) if c.text not in {t for t, _ in BRIEF}]


def test_the_families_are_drawn_wide() -> None:
    """Each branch of the families is drawn, with every base and every place pair."""
    for cls in ("inner_some", "inner_some.more", "inner_some.none", "word_per_price", "word_per_price.range",
                "word_per_price.odd", "pair_count", "pair_count.magnitude", "pair_count.name",
                "lost_decimal", "lost_decimal.whole", "power_energy.third", "power_energy.energies"):
        assert sum(c.cls == cls for c in DRAWN) >= 5, cls
    assert sum(c.cls == "pair_count.word" for c in DRAWN) == 4  # every word 双 begins of the family
    prices = [c.text for c in DRAWN if c.cls == "word_per_price"]
    for base in ("每100公斤", "每50公斤", "每500克", "每百斤", "每公斤", "每斤", "每吨"):
        assert any(base in t for t in prices), base
    somes = [c.text for c in DRAWN if c.cls == "inner_some"]
    for pair in ("千几百", "百几十", "万几千"):
        assert any(pair in t for t in somes), pair


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)
