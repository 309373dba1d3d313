"""Number forms after numforms55, read in one extractor call (tests/batchread.py). The round probed again every way
the task listed (零 inside numbers, 两 and 二, 廿 卅 卌, 壹贰叁, 〇 in years, 1.2万亿, 3千万, 12亿5千万, ranges with
至 到 ~ — － and units on one or both ends, fractions, 成, percents in words and signs, 负增长, ordinals, 万余, 数十, 几百,
上千, 1，234.5, 1.2e4) and took up the leftovers of earlier rounds; what read wrong is here, with the generator family
`bounded_to_ranges` of tests/numread_gen.py (drawn in a slow test below with a seed of this round).

A range whose low end a bound word after its number bounds (多, 余, 以上: at least; 左右: about), joined by 至, 到 or a
wave dash to the high end in the same measure: 3万多人至5万人 read two figures, 30000 人 at least and 50000 人 exact (the
high end a figure of its own, a second reading of one range), 3万多至5万人 and 三千多到五千元 (the low end without the
measure word) gave none, 一年多到两年半 gave none, 3万多人~5万人 the low end alone. One range bounded as its low end is
now (GUIDE value_high; the low end's qualifier): 30000–50000 人 at least, 1–2.5 年 at least, 3万元左右到5万元 30000–50000
元 about (stats/find/quantity_links.py `_bounded_ranges`, `bounded_low` for a bare low end, `_tail_range` for a tailed
high end; exclusions.yaml dash_after_bounded leaves the wave dash, which is no minus, to them). Both ends bounded by
the same infix (3万余元至5万余元, 三十多至五十多家) are one range at least too, never 50000 元 at least alone. After 从 the
two stay a start and an end; a dash stays the low end alone (it may be the high end's minus); two spans of time in two
units (两个多月到半年, 3个多月至一年) give the low end alone, as after a dash, never 0.5 年 exact beside it. After a verb
of change (参保人数增加1万多人至12万人) the two stay a change and the level it reached (`_changed_to`), as main read them.

A range with its measure word after the low end only (补贴3万元至5万, 面积300平方米到500不等, 月薪3000元~5000) gave none:
the grammar read the range with the low end's measure word between the ends (`u1`) and none after the high end. One
range in that measure now (quantities `_low_measured`, quantity_links `measured_low`) where the high end is bare, ends
in the same magnitude or place as the low end and closes its clause (or 不等 closes it); 3万元至5千 (5千 or 5千万?),
3万元至5万多, 从3万元到5万 and 增加3万元至5万 read no range, as before.
"""

from __future__ import annotations

from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_all_test, fig
from tests.numread_gen import bounded_to_ranges, low_measured_ranges

LB, AP = "lower_bound", "approx"

BRIEF: list[Case] = [
    # a low end bounded after its number, a to-word or a wave dash, the high end in its measure: one range
    ("每年接待游客3万多人至5万人", [fig("3万多人至5万人", 30000, 50000, LB, "人")]),
    ("每年接待游客3万多人到5万人", [fig("3万多人到5万人", 30000, 50000, LB, "人")]),
    ("每年接待游客3万多人~5万人", [fig("3万多人~5万人", 30000, 50000, LB, "人")]),
    ("每年接待游客3万余至5万人", [fig("3万余至5万人", 30000, 50000, LB, "人")]),
    ("现场有三千多至五千人", [fig("三千多至五千人", 3000, 5000, LB, "人")]),
    ("补贴3万元左右到5万元", [fig("3万元左右到5万元", 30000, 50000, AP, "元")]),
    ("补贴3万以上至5万元", [fig("3万以上至5万元", 30000, 50000, LB, "元")]),
    ("人均3000多至5000元", [fig("3000多至5000元", 3000, 5000, LB, "元")]),
    ("两千多万元至三千万元", [fig("两千多万元至三千万元", 2e7, 3e7, LB, "元")]),
    ("利润率3%多至5%", [fig("3%多至5%", 3, 5, LB, "%")]),
    ("全县100多至200家企业", [fig("100多至200家", 100, 200, LB, "家")]),
    ("年龄60多岁至70岁", [fig("60多岁至70岁", 60, 70, LB, "岁")]),
    ("工期一年多到两年半", [fig("一年多到两年半", 1, 2.5, LB, "年")]),
    ("工期一年多~两年半", [fig("一年多~两年半", 1, 2.5, LB, "年")]),
    ("用时两个多小时～三个小时", [fig("两个多小时~三个小时", 2, 3, LB, "小时")]),
    # … both ends bounded by the same infix: the range at least, never the high end at least alone
    ("年收入3万余元至5万余元", [fig("3万余元至5万余元", 30000, 50000, LB, "元")]),
    ("全县三十多至五十多家", [fig("三十多至五十多家", 30, 50, LB, "家")]),
    ("3万人以上至5万人以上", [fig("3万人以上", 30000, None, LB, "人"), fig("5万人以上", 50000, None, LB, "人")]),
    # … spans of time in two units: the low end alone
    ("工期两个多月到半年", [fig("两个多月", 2, None, LB, "个月")]),
    ("工期3个多月至一年", [fig("3个多月", 3, None, LB, "个月")]),
    ("工期3个多月~半年", [fig("3个多月", 3, None, LB, "个月")]),
    # … a start and an end after 从, a verb between, a dash, another measure: as before
    ("从3万多人到5万人", [fig("3万多人", 30000, None, LB, "人"), fig("5万人", 50000, measure="人")]),
    ("由3万多人增加到5万人", [fig("3万多人", 30000, None, LB, "人"), fig("5万人", 50000, measure="人")]),
    ("去年3万多人至今年5万人", [fig("3万多人", 30000, None, LB, "人"), fig("5万人", 50000, measure="人")]),
    ("每年接待游客3万多人-5万人", [fig("3万多人", 30000, None, LB, "人")]),
    ("游客3万多人~5万人次", [fig("3万多人", 30000, None, LB, "人"), fig("5万人次", 50000, measure="人次")]),
    ("增长3倍多～5%", [fig("3倍多", 3, None, LB, "倍"), fig("5%", 5, measure="%")]),
    ("人口三万多至五万", []), ("3万左右—5万人", []), ("8万多至5万元", []),
    # … after a verb of change: the change, then the level it reached (never the range 10000–120000 人)
    ("参保人数增加1万多人至12万人", [fig("1万多人", 10000, None, LB, "人"), fig("12万人", 120000, measure="人")]),
    ("床位增加了300多张至5000张", [fig("300多张", 300, None, LB, "张"), fig("5000张", 5000, measure="张")]),
    ("利润增长3%多至5%", [fig("3%多", 3, None, LB, "%"), fig("5%", 5, measure="%")]),
    ("参保人数增加1万多至12万人", []),
    # a range with its measure word after the low end only, the high end bare and closing its clause: the range
    ("补贴3万元至5万", [fig("3万元至5万", 30000, 50000, measure="元")]),
    ("补贴3万元到5万不等", [fig("3万元到5万", 30000, 50000, measure="元")]),
    ("补贴3万元－5万，另有奖励", [fig("3万元-5万", 30000, 50000, measure="元")]),
    ("面积300平方米至500", [fig("300平方米至500", 300, 500, measure="平方米")]),
    ("月薪3000元~5000", [fig("3000元~5000", 3000, 5000, measure="元")]),
    # … not after 从 or a verb of change, nor with more after the high end or another magnitude: as before
    ("从3万元到5万", [fig("3万元", 30000, measure="元")]), ("增加3万元至5万", []), ("补贴3万元至5万多", []),
    ("补贴3万元至5千", []), ("每人300元至2025年", [fig("300元", 300, measure="元")]), ("3月至5", []),
    # the round's other forms that read right: kept so
    ("一千零五十万元", [fig("一千零五十万元", 1.05e7, measure="元")]),
    ("十万零三百人", [fig("十万零三百人", 100300, measure="人")]),
    ("两千二百万元", [fig("两千二百万元", 2.2e7, measure="元")]), ("卌二人", [fig("卌二人", 42, measure="人")]),
    ("壹仟零伍拾元", [fig("壹仟零伍拾元", 1050, measure="元")]), ("12亿5千万元", [fig("12亿5千万元", 1.25e9, measure="元")]),
    ("约3至5万元", [fig("约3至5万元", 30000, 50000, AP, "元")]), ("5—8万元", [fig("5—8万元", 50000, 80000, measure="元")]),
    ("三成五", [fig("三成五", 35, measure="%")]), ("百分之十二点五", [fig("百分之十二点五", 12.5, measure="%")]),
    ("负增长3%", [fig("负增长3%", -3, measure="%")]), ("二〇二三年底", []), ("一是加强", []), ("几百人", []),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 40)

test_a_sentence_reads_the_same_alone = alone_test(["每年接待游客3万多人至5万人", "现场有三千多至五千人",
                                                   "工期一年多到两年半", "工期两个多月到半年"])

DRAWN = [c for c in drawn(bounded_to_ranges, 40, 56) + drawn(low_measured_ranges, 40, 56)
         if c.text not in {t for t, _ in BRIEF}]


def test_the_family_is_drawn_wide() -> None:
    """Each branch of the family is drawn, with every bound and mark: ends with and without the low end's measure
    word, both ends bounded, from-to pairs, spans with a tail and in two units."""
    for cls in ("bounded_to_range", "bounded_to_range.both", "bounded_to_range.from", "bounded_to_range.span",
                "bounded_to_range.two_units"):
        assert sum(c.cls == cls for c in DRAWN) >= 10, cls
    ranges = [c.text for c in DRAWN if c.cls == "bounded_to_range"]
    for mark in ("多", "余", "以上", "左右", "至", "到", "～", "~", "万", "千", "百", "亿"):
        assert any(mark in t for t in ranges), mark
    assert any("半" in c.text for c in DRAWN if c.cls == "bounded_to_range.span")
    for cls in ("low_measured_range", "low_measured_range.other_mag", "low_measured_range.verb"):
        assert sum(c.cls == cls for c in DRAWN) >= 10, cls
    low = [c.text for c in DRAWN if c.cls == "low_measured_range"]
    for mark in ("至", "到", "～", "-", "—", "－", "不等", "，", "万", "千", "亿", "平方米"):
        assert any(mark in t for t in low), mark


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)
