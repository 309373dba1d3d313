"""Number forms after numforms63, read in one extractor call (tests/batchread.py). The round checked the forms the
brief listed as left (scientific notation with its superscript lost, the full-width comma after Latin digits, 亿万 and
千万 as "huge", vague 数十 上百 成千上万, 开外, 兆 as a unit's prefix and alone, 打, 封顶, a range below zero, GHz and dB,
元内 and 以内, 元起, 成 and 折, fractions and per-mille, quarters, 亿人次) on main first; what read wrong or not at all is
fixed here, the rest kept as it reads, and six generator families of tests/numread_gen.py (`composed`, `lost_powers`,
`wide_one_groups`, `huge_words`, `own_end_signs`, `within_caps`, drawn in a slow test below with a seed of this round)
compose numerals × units × bound words × ranges against values worked out from what was drawn.

A range below zero whose ends each write their measure word (气温零下5℃至3℃, 零下5度到3度, 零下5℃~3℃) gave none: 零下
before the low end left the high end's sign unsure (numforms50's rule for 零下5至10度). With the measure word after each
end the sign is the low end's alone, as -5℃至3℃ already read: −5 to 3 ℃ now (numerals.yaml sign_word_own_end: 零下).
零下5至3℃ (one measure word for both) and 负增长5%至10% (a fall of 5 to 10 %, or −5 to 10?) stay none.

Units gave none: 主频3GHz, 噪声85dB, 存储容量500兆字节, 单个文件500MB, 26吉赫, 3500兆赫兹. They are units now (units.yaml ghz
and mb; dB a word of db, 兆赫兹 of mhz, 吉字节 of gb; metrics/counts.yaml quantity.physical and quantity.data;
exclusions.yaml exclude.identifier lets GHz, dB and MB stand after digits, MB before no Han character as GB: 512MB内存
names a product). 投资3兆元 and 网速100兆 (兆 alone) stay none (exclude.zhao).

Bounds said after the figure: 价格3000元内 and 3公里内 read exact; 内 where the clause ends is within, as 以内
(qualifiers.yaml suffix_at_end.any_measure); before a word (30天内完成, 5个内设机构, 3000元内容) the figure stays exact.
补贴5000元封顶 and 报销比例90%封顶 read exact; 封顶 caps money or a share where the clause ends
(suffix_at_end.money_or_share); 主体30层封顶 tells a building topped out and stays exact.

千万 and 百万 used as "millions of" (带动千万农民增收, 百万农民工返乡, 千万群众, 千万人受益) read 10000000 人 or 1000000 人:
none now, as 亿万农民 is (exclusions.yaml exclude.huge_people); 常住人口一千万人, 人口突破千万人, 投资千万元 and 千万人次
stay. A power printed as a program prints it (产量为10**4吨) read 4 吨: none now (exclude.caret_power).

Decided and left as they read: 1.2×104吨 and 1.2×10 4吨 none (the power lost: never 124.8 or 104), 1.2×10^4吨 and
1.2×10⁴吨 12000 吨; 1，234人 (one full-width group after Latin digits) none where no number of the page proves its
marks (a group opening on 0, 1，086.4亿元: layout.py `_WIDE_PROOF`; then every such mark is one, tested alone below),
as numforms23-63 and numerals.yaml separator_tails decided (a clause may end after 1); 1，234，567人 one number; 1，2人
none; 亿万农民, 数十人, 上百人, 成千上万 none (GUIDE: vague); 60岁开外 60 岁 at least; 两打鸡蛋 none (打 a verb far more
often); 售价8.98万元起 none (a seller's offer: exclude.offer_price), 月薪4500元起 a lower bound; 两成半 25 %, 三成五
35 %, 七折 70 %, 八五折 85 %; 1/3 and 三分之一 none (no finite share), 万分之五 5 ‱, 千分之三 3 ‰, 5‰; 第3季度 none;
12.5亿人次 1250000000 人次.
"""

from __future__ import annotations

import pytest

import stats
from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_all_test, fig
from tests.numread_gen import composed, huge_words, lost_powers, own_end_signs, wide_one_groups, within_caps

AP, LB, UB = "approx", "lower_bound", "upper_bound"

BRIEF: list[Case] = [
    # a range below zero, each end with its measure word
    ("气温零下5℃至3℃", [fig("零下5℃至3℃", -5, 3, measure="℃")]),
    ("夜间零下5度到3度", [fig("零下5度到3度", -5, 3, measure="℃")]),
    ("白天零下12℃~3℃", [fig("零下12℃~3℃", -12, 3, measure="℃")]),
    ("气温零下3摄氏度至5摄氏度左右", [fig("零下3摄氏度至5摄氏度左右", -3, 5, AP, "℃")]),
    ("气温零下10℃至零下3℃", [fig("零下10℃至零下3℃", -10, -3, measure="℃")]),
    ("气温零下5℃至零下10℃", [fig("零下5℃至零下10℃", -10, -5, measure="℃")]),
    ("气温零下5至3℃", []), ("增速负增长5%至10%", []),
    # units: a frequency, a sound level, data
    ("主频3GHz", [fig("3GHz", 3, measure="GHz")]), ("主频3.2GHz的处理器", [fig("3.2GHz", 3.2, measure="GHz")]),
    ("5G使用26吉赫频段", [fig("26吉赫", 26, measure="吉赫")]),
    ("频率3500兆赫兹", [fig("3500兆赫兹", 3500, measure="兆赫兹")]),
    ("噪声85dB", [fig("85dB", 85, measure="dB")]), ("夜间噪声不超过45dB", [fig("不超过45dB", 45, None, UB, "dB")]),
    ("存储容量500兆字节", [fig("500兆字节", 500, measure="兆字节")]),
    ("单个文件不超过500MB", [fig("不超过500MB", 500, None, UB, "MB")]),
    ("户均流量800MB", [fig("800MB", 800, measure="MB")]), ("配备512MB内存", []),
    ("投资3兆元", []), ("网速100兆", []), ("装机容量30兆瓦", [fig("30兆瓦", 30, measure="兆瓦")]),
    ("设计压力10兆帕", [fig("10兆帕", 10, measure="兆帕")]),
    # 内 and 封顶 after the figure where its clause ends: at most
    ("价格3000元内", [fig("3000元内", 3000, None, UB, "元")]), ("距离3公里内", [fig("3公里内", 3, None, UB, "公里")]),
    ("每户补贴2万元內", [fig("2万元內", 20000, None, UB, "元")]),
    ("30天内完成", [fig("30天", 30, measure="天")]), ("设立5个内设机构", [fig("5个", 5, measure="个")]),
    ("引进3家内资企业", [fig("3家", 3, measure="家")]), ("3000元内容", [fig("3000元", 3000, measure="元")]),
    ("价格在3000元以内", [fig("3000元以内", 3000, None, UB, "元")]),
    ("补贴5000元封顶", [fig("5000元封顶", 5000, None, UB, "元")]),
    ("每人最高奖励2万元封顶", [fig("2万元封顶", 20000, None, UB, "元")]),
    ("报销比例90%封顶", [fig("90%封顶", 90, None, UB, "%")]),
    ("主体30层封顶", [fig("30层", 30, measure="层")]),
    # 千万 and 百万 as "millions of" people: none; counted, bounded or money: figures
    ("带动千万农民增收", []), ("百万农民工返乡", []), ("服务千万群众", []), ("让千万人受益", []), ("吸引千万名游客", []),
    ("亿万农民", []), ("常住人口一千万人", [fig("一千万人", 1e7, measure="人")]),
    ("人口突破千万人", [fig("突破千万人", 1e7, None, LB, "人")]), ("近百万人参与", [fig("近百万人", 1e6, None, AP, "人")]),
    ("投资千万元", [fig("千万元", 1e7, measure="元")]), ("客流量千万人次", [fig("千万人次", 1e7, measure="人次")]),
    # the rest of the brief's forms, as they read
    ("产量为1.2×104吨", []), ("产量为1.2×10 4吨", []), ("产量为1.2×10^4吨", [fig("1.2×10^4吨", 12000, measure="吨")]),
    ("产量为1.2×10⁴吨", [fig("1.2×10⁴吨", 12000, measure="吨")]),
    ("全镇常住人口1，234人", []), ("全市有1，234，567人", [fig("1，234，567人", 1234567, measure="人")]),
    ("分别为1，2人", []), ("数十人参加", []), ("上百人参加", []), ("成千上万的群众", []),
    ("年龄60岁开外", [fig("60岁开外", 60, None, LB, "岁")]), ("买了两打鸡蛋", []),
    ("售价8.98万元起", []), ("普工月薪4500元起", [fig("4500元起", 4500, None, LB, "元")]),
    ("占两成半", [fig("两成半", 25, measure="%")]), ("占三成五", [fig("三成五", 35, measure="%")]),
    ("商品七折销售", [fig("七折", 70, measure="%")]), ("商品八五折销售", [fig("八五折", 85, measure="%")]),
    ("占1/3", []), ("三分之一的企业", []), ("万分之五", [fig("万分之五", 5, measure="‱")]),
    ("千分之三", [fig("千分之三", 3, measure="‰")]), ("出生率5‰", [fig("5‰", 5, measure="‰")]),
    ("第3季度", []), ("全年接待游客12.5亿人次", [fig("12.5亿人次", 1.25e9, measure="人次")]),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 65)

test_a_sentence_reads_the_same_alone = alone_test(["气温零下5℃至3℃", "主频3GHz", "价格3000元内", "补贴5000元封顶",
                                                   "带动千万农民增收", "全镇常住人口1，234人"])


@pytest.mark.parametrize("text", ["产量为10**4吨，新建学校3所。", "全市人口1.2×10**4人，新建学校3所。",
                                  "投资人民币10**8元，新建学校3所。"])
def test_a_power_printed_with_two_stars_is_no_count(text: str) -> None:
    """10**4 is a power as a program prints it: its exponent is no count (never 4 吨), its base never 10 元. Read one
    a text: two on one line are Markdown's bold between them, which the reader takes out."""
    assert [(f["quote"], f["value"]) for f in stats.extract_text(text)] == [("3所", 3)]


def test_one_wide_group_reads_where_the_page_proves_its_marks() -> None:
    """1，234 reads as one number where another number of the page opens a group on 0 (1，086.4亿元: no clause opens
    on 0), which proves the page's marks thousands marks; else it stays none (the page alone: the proof reaches every
    number of its text, so the case is read on its own, not with the round's batch)."""
    proved = stats.extract_text("全年营业收入1，086.4亿元，利润2，630万元。")
    assert [(f["value"], f["measure"]) for f in proved] == [(108640000000, "元"), (26300000, "元")]
    assert stats.extract_text("全年营业收入1，286.4亿元，利润2，630万元。") == []


def test_the_new_units_are_published_under_their_metric() -> None:
    """GHz and 吉赫 are frequencies and dB a sound level (quantity.physical), MB and 兆字节 data (quantity.data), each
    with its unit code."""
    figures = stats.extract_text("主频3GHz，5G使用26吉赫频段，噪声85dB，存储容量500兆字节，户均流量800MB。")
    assert [(f["value"], f["unit"], f["metric"]) for f in figures] == [
        (3, "ghz", "quantity.physical"), (26, "ghz", "quantity.physical"), (85, "db", "quantity.physical"),
        (500, "mb", "quantity.data"), (800, "mb", "quantity.data")]


DRAWN = [c for c in drawn(composed, 60, 64) + drawn(lost_powers, 30, 64) + drawn(wide_one_groups, 30, 64)
         + drawn(huge_words, 30, 64) + drawn(own_end_signs, 30, 64) + drawn(within_caps, 30, 64)
         if c.text not in {t for t, _ in BRIEF}]


def test_the_families_are_drawn_wide() -> None:
    """Each branch of the families is drawn, every unit and bound word of the composed family with it."""
    for cls in ("composed", "composed.range", "lost_power", "lost_power.lost", "wide_one", "wide_one.groups",
                "wide_one.none", "huge", "huge.counted", "own_end_sign", "own_end_sign.both", "own_end_sign.unsure",
                "within", "within.cap", "within.word"):
        assert sum(c.cls == cls for c in DRAWN) >= 5, cls
    texts = [c.text for c in DRAWN if c.cls == "composed"]
    for word in ("元", "%", "dB", "GHz", "吉赫", "兆字节", "MB", "兆瓦", "内", "封顶", "以上", "约", "，", "万"):
        assert any(word in t for t in texts), word
    assert sum(c.want[0].qualifier == "upper_bound" for c in DRAWN if c.cls == "composed") >= 5


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)
