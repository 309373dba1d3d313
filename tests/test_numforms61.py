"""Number forms after numforms60, read in one extractor call (tests/batchread.py). The round took up the leftovers the task
named and probed again what rounds 56-60 may not have: 余 and 多 after 万 in 公文 style (3万余元, 1.2万多人, 1.5亿余元),
逾 超 近 约 before and 左右 上下 开外 after, ordinals (第3名, 第十二届: none), 翻一番 and 翻两番 (1 and 2 番, as
numforms23 decided), 成 (三成, 七成以上, 三成五), 折 (八折, 七五折), 倍 (增长2倍 a change, 是…的2倍 a level), 个百分点
after Chinese numerals (三个百分点, 零点五个百分点), 千分之 and 万分之, ranges with 至 到 - ~ — ～ and a unit on both
ends or one (3-5万元, 3万-5万元, 30%~40%, 三至五成, 六到八折), dates and codes that look like numbers (2025年度,
12345热线, G318国道, 5G, 3A级景区: none) and 公文 lists (一是…二是…, （一）, ①). What read wrong or not at all is here,
with two generator families of tests/numread_gen.py (`round_weight_prices`, `unwritten_jobs`, drawn in a slow test below
with a seed of this round).

A farm price per the trade's round weight (价格为300元/100公斤, 小麦最低收购价118元/50公斤, 猪肉价格25元/500克,
玉米收购价120元/百斤) gave none (numforms60 left it: a slash's base holds a number); it is that rate now, measure
元/100公斤 (GUIDE: a rate keeps its base in the measure; unit cny_per), under the bounds and ranges any price takes
(约300元/100公斤, 300-350元/100公斤). Only the round weights a trade prices by are words (units.yaml: 50 and 100 公斤 or
千克, 500克, 百斤, 100斤): 300元/200公斤 stays none.

The same base written before the price with 每 (收购价格为每100公斤300元, 运费每10吨500元, 每100亩投入3万元) read the
base as a figure of its own (100 公斤, 10 吨, 100 亩: amounts no one stated); a weight, an area, a volume, a length or
an energy right after 每 is the price's denominator now, as 每10万人口 and 每100元营业收入 are (exclusions.yaml
exclude.per_measure_base): the price stays, 300 元. 每袋装100公斤 and 每亩增产50公斤 (the amount after a word) are as
before.

A range whose low end wrote the first word of the high end's rate, joined by a to-word (价格为300元至350元/吨,
月租金30元到50元/平方米, 单价1.2万元至1.5万元/平方米), read the low end as 300 元 (a wrong unit: a price per tonne) and
the high end alone; it is one range in the rate now, as 300元-350元/吨 read (quantities `_unlike_ends`: the high end's
word opens with the low end's and a per sign).

A count of jobs with its 人 left unwritten (城镇新增就业1.2万, 带动就业3万余, 农村劳动力转移就业22万以上,
就业困难人员实现就业3.18万) gave none; it counts people (GUIDE: a number that counts people is in 人), 12000 人
(units.yaml measure_before 就业). Only a number with a magnitude or a bound word in it (a new key of measure_before,
`scaled`, as people_nouns ask after the number): 新增就业3000 and 就业2025 (a number the page may have cut, a year) stay
none, and so does 吸纳就业4+N人 (a model's name: a plus typed after a bare number is no bound there); 就业岗位3万个 and
就业3年 keep their own measure words.

Left, with the sentence: 装机容量100MW/200MWh/300MWh reads 100 MW alone (numforms60: a third after a second slash);
温度30度上下 (none: 度 with no named temperature, as earlier rounds decided); 年龄在四十开外 (no measure word: none, as
五十开外); 增长了两番 (none; 翻了两番 reads 2 番); 翻番, 实现翻番, 减少了一半 (no number: none); 三折起 (none, as 九折起
was decided); 约1/3 and 三分之一 (none, as earlier rounds decided); 投资额约2.3万亿 (no unit written: none, as 投资2亿);
价格为300元每100公斤 (the base after the price, 每 spelled: 300 元, the base left out of the measure);
面积为3个至5个平方米 reads 3–5 个 (个平方米 is no word; not this round's).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stats.errors import RuleErrors
from stats.rules.lexicon import load_lexicon
from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_all_test, fig
from tests.numread_gen import round_weight_prices, unwritten_jobs

AP, LB, UB = "approx", "lower_bound", "upper_bound"
RULES = Path(__file__).resolve().parents[1] / "rules"

BRIEF: list[Case] = [
    # a price per the trade's round weight: that rate
    ("价格为300元/100公斤", [fig("300元/100公斤", 300, measure="元/100公斤")]),
    ("小麦最低收购价为118元/50公斤", [fig("118元/50公斤", 118, measure="元/50公斤")]),
    ("猪肉价格25元/500克", [fig("25元/500克", 25, measure="元/500克")]),
    ("玉米收购价120元/百斤", [fig("120元/百斤", 120, measure="元/百斤")]),
    ("收购价为118元/50千克", [fig("118元/50千克", 118, measure="元/50千克")]),
    ("生猪价格1500元/100公斤左右", [fig("1500元/100公斤左右", 1500, None, AP, "元/100公斤")]),
    ("收购价约300元/100公斤", [fig("约300元/100公斤", 300, None, AP, "元/100公斤")]),
    ("价格为300-350元/100公斤", [fig("300-350元/100公斤", 300, 350, measure="元/100公斤")]),
    ("价格为3万元/100公斤", [fig("3万元/100公斤", 30000, measure="元/100公斤")]),
    # … a base of another weight, a digit after the base: none
    ("价格为300元/200公斤", []), ("价格为300元/100公斤0", []),
    # the base after 每: the price alone
    ("收购价格为每100公斤300元", [fig("300元", 300, measure="元")]),
    ("生猪价格每100公斤1500元左右", [fig("1500元左右", 1500, None, AP, "元")]),
    ("每50公斤小麦最低收购价118元", [fig("118元", 118, measure="元")]),
    ("收购价为每百公斤300元", [fig("300元", 300, measure="元")]),
    ("运费每10吨500元", [fig("500元", 500, measure="元")]),
    ("每100亩投入3万元", [fig("3万元", 30000, measure="元")]),
    ("每1000千瓦时耗煤300千克", [fig("300千克", 300, measure="千克")]),
    ("每1.5万平方米配建1所", [fig("1所", 1, measure="所")]),
    # … an amount after a word, a base with no number: as before
    ("每袋装100公斤", [fig("100公斤", 100, measure="公斤")]), ("每亩增产50公斤", [fig("50公斤", 50, measure="公斤")]),
    ("价格为每公斤3元", [fig("3元", 3, measure="元")]), ("每亩补贴500元", [fig("500元", 500, measure="元")]),
    # a range whose low end wrote the rate's first word: one range in the rate, whatever joins it
    ("价格为300元至350元/吨", [fig("300元至350元/吨", 300, 350, measure="元/吨")]),
    ("价格为300元到350元/吨", [fig("300元到350元/吨", 300, 350, measure="元/吨")]),
    ("价格为300元-350元/吨", [fig("300元-350元/吨", 300, 350, measure="元/吨")]),
    ("月租金30元至50元/平方米", [fig("30元至50元/平方米", 30, 50, measure="元/平方米")]),
    ("单价1.2万元至1.5万元/平方米", [fig("1.2万元至1.5万元/平方米", 12000, 15000, measure="元/平方米")]),
    ("价格为300元至350元/100公斤", [fig("300元至350元/100公斤", 300, 350, measure="元/100公斤")]),
    ("投资3亿元到一家企业", [fig("3亿元", 3e8, measure="元")]),
    # a count of jobs with its 人 unwritten: people, where the number is scaled
    ("城镇新增就业1.2万", [fig("1.2万", 12000, measure="人")]),
    ("带动就业3万余", [fig("3万余", 30000, None, LB, "人")]),
    ("转移就业22万以上", [fig("22万以上", 220000, None, LB, "人")]),
    ("全年城镇新增就业达1.2万，完成目标的110%", [fig("1.2万", 12000, measure="人"), fig("110%", 110, measure="%")]),
    ("实现就业约2万", [fig("约2万", 20000, None, AP, "人")]),
    ("就业困难人员实现就业3.18万", [fig("3.18万", 31800, measure="人")]),
    ("农村劳动力转移就业736.8万，增长2%", [fig("736.8万", 7368000, measure="人"), fig("2%", 2, measure="%")]),
    ("高校毕业生就业三万", [fig("三万", 30000, measure="人")]),
    # … a bare number: none; measure words of their own: as before
    ("新增就业3000", []), ("就业2025", []), ("再就业5600", []),
    ("吸纳就业4+N人", []), ("带动就业3万+", [fig("3万+", 30000, None, LB, "人")]),
    ("新增就业1.2万人", [fig("1.2万人", 12000, measure="人")]),
    ("就业岗位3万个", [fig("3万个", 30000, measure="个")]),
    ("就业3年", [fig("3年", 3, measure="年")]), ("就业率95%", [fig("95%", 95, measure="%")]),
    ("稳就业20条", [fig("20条", 20, measure="条")]),
    # the round's other forms that read right: kept so
    ("全年实现营业收入3万余元", [fig("3万余元", 30000, None, LB, "元")]),
    ("全市新增就业1.2万多人", [fig("1.2万多人", 12000, None, LB, "人")]),
    ("全年完成投资1.5亿余元", [fig("1.5亿余元", 1.5e8, None, LB, "元")]),
    ("投资逾3亿元", [fig("逾3亿元", 3e8, None, LB, "元")]),
    ("营业收入超1000万元", [fig("超1000万元", 1e7, None, LB, "元")]),
    ("近5万人参加", [fig("近5万人", 50000, None, AP, "人")]),
    ("参观人数3万人左右", [fig("3万人左右", 30000, None, AP, "人")]),
    ("月收入5000元上下", [fig("5000元上下", 5000, None, AP, "元")]),
    ("五十岁开外", [fig("五十岁开外", 50, None, LB, "岁")]),
    ("不到1万人", [fig("不到1万人", 10000, None, UB, "人")]),
    ("第3名", []), ("第十二届", []), ("排名第5位", []), ("第3批", []),
    ("全年经济总量翻一番", [fig("一番", 1, measure="番")]), ("实现经济总量翻两番", [fig("两番", 2, measure="番")]),
    ("七成以上企业", [fig("七成以上", 70, None, LB, "%")]), ("三成五", [fig("三成五", 35, measure="%")]),
    ("全场八折", [fig("八折", 80, measure="%")]), ("商品打七五折", [fig("七五折", 75, measure="%")]),
    ("增长1.5倍", [fig("1.5倍", 1.5, measure="倍")]), ("是去年的2倍", [fig("2倍", 2, measure="倍")]),
    ("提高三个百分点", [fig("三个百分点", 3, measure="百分点")]),
    ("提高零点五个百分点", [fig("零点五个百分点", 0.5, measure="百分点")]),
    ("千分之三", [fig("千分之三", 3, measure="‰")]), ("万分之五", [fig("万分之五", 5, measure="‱")]),
    ("投资3-5万元", [fig("3-5万元", 30000, 50000, measure="元")]),
    ("投资3万-5万元", [fig("3万-5万元", 30000, 50000, measure="元")]),
    ("占比30%~40%", [fig("30%~40%", 30, 40, measure="%")]),
    ("面积3—5万平方米", [fig("3—5万平方米", 30000, 50000, measure="平方米")]),
    ("增长5%～8%", [fig("5%~8%", 5, 8, measure="%")]),
    ("三到五成", [fig("三到五成", 30, 50, measure="%")]), ("六到八折", [fig("六到八折", 60, 80, measure="%")]),
    ("2025年度全市新增就业1万人", [fig("1万人", 10000, measure="人")]),
    ("拨打12345热线", []), ("G318国道", []), ("5G网络", []), ("3A级景区", []),
    ("全市有4A级景区8家", [fig("8家", 8, measure="家")]),
    ("一是新增就业1.2万人，二是培训3000人次",
     [fig("1.2万人", 12000, measure="人"), fig("3000人次", 3000, measure="人次")]),
    ("（二）完成投资3亿元", [fig("3亿元", 3e8, measure="元")]),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 80)

test_a_sentence_reads_the_same_alone = alone_test(["价格为300元/100公斤", "收购价格为每100公斤300元",
                                                   "价格为300元至350元/吨", "城镇新增就业1.2万"])

DRAWN = [c for c in drawn(round_weight_prices, 40, 61) + drawn(unwritten_jobs, 40, 61)
         if c.text not in {t for t, _ in BRIEF}]


def test_the_families_are_drawn_wide() -> None:
    """Each branch of the families is drawn, with every round weight, base and head."""
    for cls in ("round_weight", "round_weight.odd", "round_weight.range", "round_weight.per_base", "unwritten_job",
                "unwritten_job.chinese", "unwritten_job.bare", "unwritten_job.own", "unwritten_job.post"):
        assert sum(c.cls == cls for c in DRAWN) >= 5, cls
    prices = [c.text for c in DRAWN if c.cls == "round_weight"]
    for base in ("/50公斤", "/100公斤", "/50千克", "/100千克", "/500克", "/百斤", "/100斤"):
        assert any(base in t for t in prices), base
    ranges = [c.text for c in DRAWN if c.cls == "round_weight.range"]
    for sep in ("至", "到", "-", "~", "—"):
        assert any(f"元{sep}" in t for t in ranges), sep
    jobs = [c.text for c in DRAWN if c.cls == "unwritten_job"]
    for word in ("余", "多", "以上", "左右", "约", "近", "超过"):
        assert any(word in t for t in jobs), word


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)


def test_scaled_is_a_boolean(tmp_path: Path) -> None:
    """A measure_before entry's `scaled` that is no boolean is a schema error at load, never a word read as scaled or
    not by chance."""
    lexicon = tmp_path / "lexicon"
    shutil.copytree(RULES / "lexicon", lexicon)
    units = lexicon / "units.yaml"
    text = units.read_text(encoding="utf-8")
    assert "scaled: true}" in text
    units.write_text(text.replace("scaled: true}", "scaled: 3}"), encoding="utf-8")
    with pytest.raises(RuleErrors, match="scaled"):
        load_lexicon(lexicon)
