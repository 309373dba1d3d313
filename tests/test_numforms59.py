"""Number forms after numforms58, read in one extractor call (tests/batchread.py). The round took up the leftovers the
task named and probed again what rounds 56-58 may not have: numbers beside dates and times (2025年3月5日, 3时许, 15:30,
第3季度, 2025Q1), codes and names that hold digits (5G, 4A级景区, 3D, G210国道, 京沪高速, 1号线, 10kV, 110千伏变电站: a
voltage names the class of a line or a station, no figure), counts with every measure word of the task after Chinese
numerals, ranges and bounds (三百二十个, 两三所, 十几座, 二十余台, 三五例, 近百间, 一千多米), 万元 and 亿元 after Chinese
numerals (三千五百万元, 一亿二千多万元, 十二亿元), 多 and 余 after decimals with 万 and 亿 (1.5万余人, 2万多元, 3亿多元),
ordinals (第一, 首批: none), shares in words (百分之三点五, 百分之一百二十, 三成, 七成以上, 九成五), rates per thousand,
ten thousand and 100,000 (每千人口3.5张, 千分之二点五, 12.5/10万), ratios (1:3, 3比1: none) and multiples (翻一番,
增长1.5倍, 是去年的2倍, 提高3个百分点). What read wrong or not at all is here.

Two loose pairs with the mark of neighbours between them (三四、五六万元, 三四十、五六十人, 约三四、五六万人) gave the high
pair alone (五六万元 = 50000–60000 元), the low amounts said left out. They are the one range the same pairs joined by 到
make now (numforms58: 30000–60000 元; quantity_links `_loose_pairs`), under numforms58's conditions: the low pair's top
digit below the high pair's low one, both with the same places or the low pair bare before the high pair's section.
三四、四五万元 (overlapping) and 三四、五六十人 (places after a bare low pair: 3–4 or 30–40?) leave the high pair as read;
after 分别 and in a longer list (一二、三四、五六万元) the pairs stay items.

A bare loose pair before a pair with places (两三、四五百人, 三四、五六十人) took the next one's measure word as written
(两三 = 2–3 人: `elided`), a wrong value where 200–300 was meant; it gives none now (as 三四至五六十人 does), the second
pair stays as read. 三、五成 (a digit alone: 30 % and 50 %) is as before.

A rate's base in Chinese numerals after its slash (孕产妇死亡率12.5/十万, 发病率3.5/百万, 5.2人/十万, 3.8例/十万人) gave
none; they are /10万 and /100万 now, as 12.5/10万 and 十万分之十二点五 read (units.yaml). A base of ten thousand
(出生缺陷发生率120/万, 残疾率3.5/1万) gave none; it is a rate per ten thousand, unit permyriad, measure /万 (as written,
GUIDE: rates keep their base in the measure). A unit that a number in 万 would take after it (单价3.5/万元, 运费12/万吨)
leaves it none; 医生25人/万人 stays 人/万人.

A measure word of its own listed before a longer one that it begins (接待3000人、5000人次, 100千瓦、200千瓦时,
100MW、200MWh, 3000户、5000户次) took the longer one (3000 人次, 100 千瓦时: a wrong unit; `_elide_partial`, meant for
分别提高2.1个、0.7个百分点). It keeps its own now; a counter (个: 2.1个、0.7个百分点, 3个、5个月) or a rate on the word
(300元、500元/吨) still takes the word written once. 個 is a counter as 个 is (numerals.yaml counters): 2.1個、0.7個百分點
reads 2.1 百分点 as before, and 一個半月, 兩個半小時 read 1.5 个月 and 2.5 小时 (none before); 投資兩個億元 gives none (it
gave 兩個 = 2 个).

Left, with the sentence: 三、四十人参加了活动 at a sentence's head (exclude.enumerator: the sentence alone cannot tell 三、
a list's mark from a loose pair; 二、三十万元以下的项目 as a list's second item read 200000–300000 would be a wrong value, as
numforms47, 54, 57 and 58 decided; inside a sentence it reads 30–40); 七八十至八十人 (the high end not above the low pair's
top: numforms57 asserts none); 增加1万至12万人 reads the one range 10000–120000 (checked; numforms57 decided it so);
孕产妇死亡率为每10万人12.5 and 婴儿死亡率为3.5/1000 (the base before the number, or in digits after the slash: none, no
sure unit the grammar reads); 四个意识, 两个维护, 三个代表 read 4, 2 and 3 个 (slogan counts: GUIDE optional); 投资两个亿 and
投资2亿 (no unit written: none, as earlier rounds decided); 比例为3:2 and 以3比1获胜 (ratios: none, no value is sure);
储能规模100MW/200MWh and 100兆瓦/200兆瓦时 (a power and an energy typed with a slash: none, a measure word before a per
sign measures nothing, units.yaml per_signs); 家用电压为220伏 and 110千伏变电站 (none: a voltage names a class of line or
station in this text; no measure word 伏 or 千伏).
"""

from __future__ import annotations

from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_all_test, fig
from tests.numread_gen import loose_pair_lists, own_longer_units, rate_bases

AP, LB = "approx", "lower_bound"

BRIEF: list[Case] = [
    # two loose pairs with the mark of neighbours: one range, from the low pair's low to the high pair's top
    ("每户补贴三四、五六万元", [fig("三四、五六万元", 30000, 60000, measure="元")]),
    ("现场有三四十、五六十人", [fig("三四十、五六十人", 30, 60, measure="人")]),
    ("投资四五、六七亿元", [fig("四五、六七亿元", 4e8, 7e8, measure="元")]),
    ("补贴三四千、五六千元", [fig("三四千、五六千元", 3000, 6000, measure="元")]),
    ("补贴两三万、四五万元", [fig("两三万、四五万元", 20000, 50000, measure="元")]),
    ("现场来了约三四、五六万人", [fig("约三四、五六万人", 30000, 60000, AP, "人")]),
    ("补贴三四、五六万余元", [fig("三四、五六万余元", 30000, 60000, LB, "元")]),
    ("补贴三两、四五万元", [fig("三两、四五万元", 20000, 50000, measure="元")]),
    ("比例提高三四、五六个百分点", [fig("三四、五六个百分点", 3, 6, measure="百分点")]),
    # … overlapping pairs, places after a bare low pair, a list: the high pair as read, never the low in its unit
    ("每户补贴三四、四五万元", [fig("四五万元", 40000, 50000, measure="元")]),
    ("现场有两三、四五百人", [fig("四五百人", 400, 500, measure="人")]),
    ("现场有三四、五六十人", [fig("五六十人", 50, 60, measure="人")]),
    ("分别补贴三四、五六万元", [fig("五六万元", 50000, 60000, measure="元")]),
    ("补贴一二、三四、五六万元", [fig("五六万元", 50000, 60000, measure="元")]),
    ("预计三四、五六月份完工", []), ("全县第三四、五六名", []),
    ("现场来了三、五成", [fig("三", 30, measure="%"), fig("五成", 50, measure="%")]),
    ("现场来了三、五十人", [fig("三、五十人", 30, 50, measure="人")]),
    # a rate's base in Chinese numerals, or of ten thousand
    ("孕产妇死亡率为12.5/十万", [fig("12.5/十万", 12.5, measure="/10万")]),
    ("孕产妇死亡率为12.5/十万人", [fig("12.5/十万人", 12.5, measure="/10万")]),
    ("发病率为3.5/百万", [fig("3.5/百万", 3.5, measure="/100万")]),
    ("死亡率为5.2人/十万", [fig("5.2人/十万", 5.2, measure="人/10万")]),
    ("发病率3.8例/十万人", [fig("3.8例/十万人", 3.8, measure="例/10万")]),
    ("出生缺陷发生率为120/万", [fig("120/万", 120, measure="/万")]),
    ("残疾率3.5/1万", [fig("3.5/1万", 3.5, measure="/万")]),
    ("发病率为3.5/十万，死亡率为1.2/万", [fig("3.5/十万", 3.5, measure="/10万"), fig("1.2/万", 1.2, measure="/万")]),
    # … a unit a number in 万 would take after it: none; the rates already read stay
    ("单价3.5/万元", []), ("运费12/万吨", []), ("其中3/万户", []),
    ("医生25人/万人", [fig("25人/万人", 25, measure="人/万人")]),
    ("孕产妇死亡率为12.5/10万", [fig("12.5/10万", 12.5, measure="/10万")]),
    # a measure word of its own that begins the next one's is its own unit, never the next one's
    ("接待3000人、5000人次", [fig("3000人", 3000, measure="人"), fig("5000人次", 5000, measure="人次")]),
    ("服务3万人和5万人次", [fig("3万人", 30000, measure="人"), fig("5万人次", 50000, measure="人次")]),
    ("新增3000户、5000户次", [fig("3000户", 3000, measure="户"), fig("5000户次", 5000, measure="户次")]),
    ("规模为100千瓦、200千瓦时", [fig("100千瓦", 100, measure="千瓦"), fig("200千瓦时", 200, measure="千瓦时")]),
    ("储能电站规模为100MW、200MWh", [fig("100MW", 100, measure="MW"), fig("200MWh", 200, measure="MWh")]),
    ("规模为100兆瓦和200兆瓦时", [fig("100兆瓦", 100, measure="兆瓦"), fig("200兆瓦时", 200, measure="兆瓦时")]),
    # … a counter, or a rate on the word, written once: as before
    ("分别提高2.1个、0.7个百分点", [fig("2.1个", 2.1, measure="百分点"), fig("0.7个百分点", 0.7, measure="百分点")]),
    ("工期分别为3个、5个月", [fig("3个", 3, measure="个月"), fig("5个月", 5, measure="个月")]),
    ("价格分别为300元、500元/吨", [fig("300元", 300, measure="元/吨"), fig("500元/吨", 500, measure="元/吨")]),
    # … and 個, the counter in traditional characters (numerals.yaml counters)
    ("分别提高2.1個、0.7個百分點", [fig("2.1個", 2.1, measure="百分点"), fig("0.7個百分點", 0.7, measure="百分点")]),
    ("工期用了一個半月", [fig("一個半月", 1.5, measure="个月")]),
    ("培训兩個半小時", [fig("兩個半小时", 2.5, measure="小时")]), ("投資兩個億元", []),
    # the leftovers named: as decided
    ("三、四十人参加了活动", []), ("当天下午，三、四十人参加了活动", [fig("三、四十人", 30, 40, measure="人")]),
    ("现场有七八十至八十人", []), ("全市增加1万至12万人", [fig("1万至12万人", 10000, 120000, measure="人")]),
    # the round's other forms that read right: kept so
    ("2025年3月5日，全市新增就业1.2万人", [fig("1.2万人", 12000, measure="人")]),
    ("下午3时30分，现场有30余名群众", [fig("30余名", 30, None, LB, "名")]),
    ("15:30，现场有200人", [fig("200人", 200, measure="人")]),
    ("第三季度全市营收增长5.2%", [fig("5.2%", 5.2, measure="%")]),
    ("2025Q1营收增长5%", [fig("5%", 5, measure="%")]),
    ("5G基站累计建成3.2万个", [fig("3.2万个", 32000, measure="个")]),
    ("新增3家4A级景区", [fig("3家", 3, measure="家")]),
    ("G210国道改造工程全长28公里", [fig("28公里", 28, measure="公里")]),
    ("新建35千伏变电站2座", [fig("2座", 2, measure="座")]), ("京沪高速拓宽", []),
    ("全市110千伏及以上变电站达到120座", [fig("120座", 120, measure="座")]),
    ("全县有三百二十个村", [fig("三百二十个", 320, measure="个")]),
    ("全县新增两三所", [fig("两三所", 2, 3, measure="所")]),
    ("全县新增十几座", [fig("十几座", 11, 19, AP, "座")]),
    ("全县新增二十余台", [fig("二十余台", 20, None, LB, "台")]),
    ("全县新增近百间", [fig("近百间", 100, None, AP, "间")]),
    ("种植水稻五千亩", [fig("五千亩", 5000, measure="亩")]),
    ("发电三亿千瓦时", [fig("三亿千瓦时", 3e8, measure="千瓦时")]),
    ("投资一亿二千多万元", [fig("一亿二千多万元", 1.2e8, None, LB, "元")]),
    ("营收十二亿元", [fig("十二亿元", 1.2e9, measure="元")]),
    ("吸纳1.5万余人就业", [fig("1.5万余人", 15000, None, LB, "人")]),
    ("投资3亿多元", [fig("3亿多元", 3e8, None, LB, "元")]),
    ("首批12家企业入选", [fig("12家", 12, measure="家")]), ("排名全省第一", []),
    ("百分之一百二十", [fig("百分之一百二十", 120, measure="%")]),
    ("九成五", [fig("九成五", 95, measure="%")]), ("七成以上", [fig("七成以上", 70, None, LB, "%")]),
    ("千分之二点五", [fig("千分之二点五", 2.5, measure="‰")]),
    ("每千人口床位3.5张", [fig("3.5张", 3.5, measure="张")]),
    ("男女比例为1:1.05", []), ("以3比1获胜", []),
    ("经济总量翻一番", [fig("一番", 1, measure="番")]),
    ("是去年的2倍", [fig("2倍", 2, measure="倍")]),
    ("下降0.5个百分点", [fig("0.5个百分点", 0.5, measure="百分点")]),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 60)

test_a_sentence_reads_the_same_alone = alone_test(["每户补贴三四、五六万元", "现场有两三、四五百人",
                                                   "孕产妇死亡率为12.5/十万", "单价3.5/万元"])

DRAWN = [c for c in drawn(loose_pair_lists, 40, 59) + drawn(rate_bases, 40, 59) + drawn(own_longer_units, 40, 59)
         if c.text not in {t for t, _ in BRIEF}]


def test_the_families_are_drawn_wide() -> None:
    """Each branch of the families is drawn, with every style, section, base and link."""
    for cls in ("loose_pair_list", "loose_pair_list.not_above", "loose_pair_list.places", "rate_base",
                "rate_base.priced", "own_longer_unit", "own_longer_unit.counter", "own_longer_unit.rate"):
        assert sum(c.cls == cls for c in DRAWN) >= 10, cls
    lists = [c.text for c in DRAWN if c.cls == "loose_pair_list"]
    for mark in ("十", "百", "千", "万", "亿", "两三", "约", "元", "人"):
        assert any(mark in t for t in lists), mark
    rates = [c.text for c in DRAWN if c.cls == "rate_base"]
    for base in ("/十万", "/十万人", "/百万", "/万", "/1万", "例/十万", "人/十万人"):
        assert any(t.endswith(base) for t in rates), base
    longer = [c.text for c in DRAWN if c.cls == "own_longer_unit"]
    for word in ("人次", "户次", "千瓦时", "MWh", "、", "和"):
        assert any(word in t for t in longer), word


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)

