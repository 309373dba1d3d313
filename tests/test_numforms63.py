"""Number forms after numforms62, read in one extractor call (tests/batchread.py). The round probed the forms news and
reports write (loose pairs 一两个 三五天 七八十人, 成 and 折, 倍 after 是…的 and 增长 and 增加到, 百分点 in Chinese
numerals, 万分之, 每万人口, 人均, ordinals and names that hold a numeral, dates and times that look like numbers,
ranges with ~ － — 至 到, money in 万亿元 ¥ RMB US$ 美元 亿, bounds said before and after) and the leftovers of
numforms62. Most read right already (kept below); what read wrong or not at all is here, with three generator families
of tests/numread_gen.py (`speech_bounds`, `bulletin_units`, `grown_once`, drawn in a slow test below with a seed of
this round).

A wrong role: a word of speech ending in 多 or 少 right before the number was read as the change verb 多 or 少 (as in
比上年多1.2万人): 至多5000元, 顶多3000人 (at most), 差不多3000人 (about), 参与者大多60岁以上 (mostly),
吸引男女老少3000余人参加 (young and old), 品种繁多3000余种 (many) were changes; they are levels now (roles.yaml
change.not, as 最多 and 至少 were). 同比多3000人 and 比上年少3000人 stay changes.

Bounds said in speech: 顶多3000人 and 充其量500元 read exact; they are at most, as 最多 and 至多 (qualifiers.yaml
prefix). 月薪3000元不到 and 全村常住人口300人不到 (不到 said after the figure) read exact; where the clause ends right
after 不到 it is at most now, as 不到3000元 (qualifiers.yaml suffix_at_end.any_measure; stats/find/quantities.py
`_bound_at_end` takes a bound of any measure there); before a word (资金300万元不到位, 30人不到岗,
3000元不到一年就花完了, 3000元不到的年轻人) the figure stays exact. 3000元及以内 and 或以内 read exact; they are at
most, as 及以下.

Units of environment and works reports gave none: a sound level (区域环境噪声平均值53.2分贝), a gas's concentration in
milligrams (一氧化碳1.2毫克/立方米, 0.8mg/m³), a pressure (设计压力10兆帕, 30MPa) and a frequency (3500兆赫, 3500MHz).
They are units now (units.yaml db, mg_m3, mpa, mhz; metrics/counts.yaml quantity.physical and quantity.concentration;
MPa and MHz are Latin units, no identifier: exclusions.yaml exclude.identifier). 兆 of money stays none (投资3兆元).

一番 after 增长 or 增加 with 翻 left out (全市生产总值增长了一番, 居民收入增加一番) gave none (exclude.lone_one kept a
lone 一 before 番 only after 翻); it is one doubling now, 1 番 as 增长了两番 is 2 (numforms62) and 翻了一番 is 1, with its
bounds (增长了近一番, 增长一番多); 热闹了一番 and 研究了一番 stay none (exclude.idiom_fan).

The other leftovers of numforms62, decided: 1.2×104吨 and 1.2×10 4吨 stay none (a superscript lost: 104 is never read, the
power is not sure); １，２３４人 (full-width digits and comma) reads 1234 人 as layout repair has it (the comma of a
full-width number is a full-width one; 1，234 with Latin digits stays none, numforms23); 亿万, 数十, 数百万, 好几百
stay none (GUIDE: vague); 五十开外 with no measure word stays none (五十岁开外 = 50 岁 at least); 投资3兆元 none (兆
no sure magnitude); 三打鸡蛋 none (打 is a verb far more often). 5000元封顶 stays exact (封顶 also tops out a
building: 主体30层封顶).
"""

from __future__ import annotations

import pytest

import stats
from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_all_test, fig
from tests.numread_gen import bulletin_units, grown_once, speech_bounds

AP, LB, UB = "approx", "lower_bound", "upper_bound"

BRIEF: list[Case] = [
    # words of speech before the number: bounds
    ("至多5000元", [fig("至多5000元", 5000, None, UB, "元")]),
    ("每户补贴至多5000元", [fig("至多5000元", 5000, None, UB, "元")]),
    ("顶多3000人", [fig("顶多3000人", 3000, None, UB, "人")]),
    ("每人充其量500元", [fig("充其量500元", 500, None, UB, "元")]),
    ("差不多3000人", [fig("差不多3000人", 3000, None, AP, "人")]),
    ("全场来了差不多三千人", [fig("差不多三千人", 3000, None, AP, "人")]),
    ("参与者大多60岁以上", [fig("60岁以上", 60, None, LB, "岁")]),
    ("吸引男女老少3000余人参加", [fig("3000余人", 3000, None, LB, "人")]),
    ("品种繁多3000余种", [fig("3000余种", 3000, None, LB, "种")]),
    # 不到 after the figure at its clause's end: at most; before a word: exact
    ("月薪3000元不到", [fig("3000元不到", 3000, None, UB, "元")]),
    ("全村常住人口300人不到", [fig("300人不到", 300, None, UB, "人")]),
    ("一年收入1万元不到，生活困难", [fig("1万元不到", 10000, None, UB, "元")]),
    ("占比30%不到", [fig("30%不到", 30, None, UB, "%")]),
    ("资金300万元不到位", [fig("300万元", 3e6, measure="元")]),
    ("有30人不到岗", [fig("30人", 30, measure="人")]),
    ("3000元不到一年就花完了", [fig("3000元", 3000, measure="元")]),
    ("月薪3000元不到的年轻人", [fig("3000元", 3000, measure="元")]),
    ("月薪不到3000元", [fig("不到3000元", 3000, None, UB, "元")]),
    # 及以内, 或以内: at most
    ("报销3000元及以内", [fig("3000元及以内", 3000, None, UB, "元")]),
    ("报销3000元或以内", [fig("3000元或以内", 3000, None, UB, "元")]),
    # units of environment and works reports
    ("昼间区域环境噪声平均值为53.2分贝", [fig("53.2分贝", 53.2, measure="分贝")]),
    ("夜间噪声不超过45分贝", [fig("不超过45分贝", 45, None, UB, "分贝")]),
    ("二氧化硫浓度为0.012毫克/立方米", [fig("0.012毫克/立方米", 0.012, measure="毫克/立方米")]),
    ("一氧化碳浓度为0.8mg/m³", [fig("0.8mg/m³", 0.8, measure="mg/m³")]),
    ("一氧化碳浓度为0.8mg/m3", [fig("0.8mg/m3", 0.8, measure="mg/m3")]),
    ("设计压力为10兆帕", [fig("10兆帕", 10, measure="兆帕")]),
    ("抗压强度30MPa", [fig("30MPa", 30, measure="MPa")]),
    ("5G网络使用3500兆赫频段", [fig("3500兆赫", 3500, measure="兆赫")]),
    ("频率为3500MHz", [fig("3500MHz", 3500, measure="MHz")]),
    ("PM2.5平均浓度为35微克/立方米", [fig("35微克/立方米", 35, measure="微克/立方米")]),
    ("投资3兆元", []), ("新台币23兆元", []),
    # 一番 after 增长 or 增加: one doubling; after another verb none
    ("全市生产总值增长了一番", [fig("一番", 1, measure="番")]), ("居民收入增加一番", [fig("一番", 1, measure="番")]),
    ("产值增长了近一番", [fig("近一番", 1, None, AP, "番")]), ("利润增长一番多", [fig("一番多", 1, None, LB, "番")]),
    ("热闹了一番之后", []), ("研究了一番", []), ("收入翻了一番", [fig("一番", 1, measure="番")]),
    # the round's other forms that read right: kept so
    ("来了一两个人", [fig("一两个人", 1, 2, measure="人")]), ("休息三五天", [fig("三五天", 3, 5, measure="天")]),
    ("来了七八十人", [fig("七八十人", 70, 80, measure="人")]),
    ("七成以上的企业", [fig("七成以上", 70, None, LB, "%")]), ("占两成半", [fig("两成半", 25, measure="%")]),
    ("商品八折销售", [fig("八折", 80, measure="%")]), ("打七五折", [fig("七五折", 75, measure="%")]),
    ("产值是去年的1.5倍", [fig("1.5倍", 1.5, measure="倍")]), ("增加到1.5倍", [fig("1.5倍", 1.5, measure="倍")]),
    ("提高零点五个百分点", [fig("零点五个百分点", 0.5, measure="百分点")]),
    ("万分之三", [fig("万分之三", 3, measure="‱")]),
    ("每万人口拥有医生25人", [fig("25人", 25, measure="人")]),
    ("投资1至2亿元", [fig("1至2亿元", 1e8, 2e8, measure="元")]),
    ("人数300—500人", [fig("300—500人", 300, 500, measure="人")]),
    ("价格3元－5元", [fig("3元-5元", 3, 5, measure="元")]),
    ("营收1.2万亿元", [fig("1.2万亿元", 1.2e12, measure="元")]), ("补贴0.5万元", [fig("0.5万元", 5000, measure="元")]),
    ("售价¥1,200", [fig("1,200", 1200, measure="元")]), ("投资US$ 3亿", [fig("3亿", 3e8, measure="美元")]),
    ("投资3亿美元", [fig("3亿美元", 3e8, measure="美元")]),
    ("全镇常住人口１，２３４人", [fig("1,234人", 1234, measure="人")]),
    ("同比多3000人", [fig("3000人", 3000, measure="人")]),
    # … and those left none
    ("产量为1.2×104吨", []), ("产量为1.2×10 4吨", []), ("亿万群众", []),
    ("年纪五十开外", []), ("购买三打鸡蛋", []), ("数十人参加", []), ("好几百人", []), ("第12届", []), ("三期工程", []),
    ("一号文件", []), ("十四五规划", []), ("3A景区", []), ("双减政策", []), ("12·5事故", []), ("9.10教师节", []),
    ("截至2025.12", []), ("营业收入1，234.5万元", []),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 70)

test_a_sentence_reads_the_same_alone = alone_test(["至多5000元", "月薪3000元不到", "资金300万元不到位",
                                                   "昼间区域环境噪声平均值为53.2分贝", "抗压强度30MPa"])


@pytest.mark.parametrize(("text", "role"), [
    ("至多5000元", "level"), ("每户补贴至多5000元", "level"), ("顶多3000人", "level"), ("差不多3000人", "level"),
    ("全场来了差不多三千人", "level"), ("参与者大多60岁以上", "level"), ("吸引男女老少3000余人参加", "level"),
    ("品种繁多3000余种", "level"),
    # the verbs 多 and 少 of a comparison stay changes
    ("同比多3000人", "change"), ("比上年少3000人", "change"), ("比上年多了3000人", "change"),
])
def test_a_word_ending_in_more_or_less_is_no_change(text: str, role: str) -> None:
    """至多, 顶多, 差不多, 大多, 老少, 繁多 end in 多 or 少 but are no verb of change: the figure after them is a level."""
    figures = stats.extract_text(text + "。")
    assert len(figures) == 1 and figures[0]["role"] == role, figures


def test_the_new_units_are_published_under_their_metric() -> None:
    """A sound level, a pressure and a frequency are named by quantity.physical, a concentration in milligrams per
    cubic metre by quantity.concentration: each figure is published with its unit code."""
    figures = stats.extract_text("全市昼间区域环境噪声平均值为53.2分贝，一氧化碳浓度为1.2毫克/立方米，管道设计压力为10兆帕，"
                                 "5G网络使用3500兆赫频段。")
    assert [(f["value"], f["unit"], f["metric"]) for f in figures] == [
        (53.2, "db", "quantity.physical"), (1.2, "mg_m3", "quantity.concentration"),
        (10, "mpa", "quantity.physical"), (3500, "mhz", "quantity.physical")]


DRAWN = [c for c in drawn(speech_bounds, 40, 63) + drawn(bulletin_units, 40, 63) + drawn(grown_once, 40, 63)
         if c.text not in {t for t, _ in BRIEF}]


def test_the_families_are_drawn_wide() -> None:
    """Each branch of the families is drawn, with every word and unit."""
    for cls in ("speech_bound", "speech_bound.after", "speech_bound.word", "speech_bound.within", "bulletin_unit",
                "bulletin_unit.money", "grown_once", "grown_once.idiom"):
        assert sum(c.cls == cls for c in DRAWN) >= 5, cls
    bounds = [c.text for c in DRAWN if c.cls == "speech_bound"]
    for word in ("至多", "顶多", "充其量", "差不多"):
        assert any(word in t for t in bounds), word
    units = [c.text for c in DRAWN if c.cls == "bulletin_unit"]
    for word in ("分贝", "毫克/立方米", "mg/m³", "mg/m3", "兆帕", "MPa", "兆赫", "MHz"):
        assert any(word in t for t in units), word


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)
