"""Number forms after numforms59, read in one extractor call (tests/batchread.py). The round took up the leftovers the task
named and probed again what rounds 56-59 may not have: 两 and 二 in every position (两千二百, 二万两千, 两亿, 两万零二百),
零 and 〇 inside a number (一千零五, 一千〇五, 一亿零五十万; 二〇二五年 a year), 廿, 卅 and 卌, the financial numerals
(壹佰万元整, 壹拾贰万叁仟肆佰伍拾陆元柒角捌分, 贰仟零伍拾万元, 陆拾柒点伍万元), full-width digits and marks
(１２，５００元, ３．５％, １，２３４．５万元), thousands marks right and wrong (1,234.5万元; 1,23万元, 12,50万元, 1,2345元
none), a currency before the number (人民币500万元, ￥1.2万, RMB 300万, US$ 500万, 美元500万), 亿万 and 百万级 (none),
千万元, 数十, 上千 and 成千上万 (vague: none), fractions (五分之二 after 占 and 四分之三 of a whole: shares; 三分之一
none), halves (一个半月, 一年半; 半数 none), signs (-3.5%, 负增长2%, 零下5℃, -3℃至5℃; ±0.5% none). What read wrong or not
at all is here.

A rate's base written out in Arabic digits after the slash (婴儿死亡率为3.5/1000, 出生率8.5/1000人, 发病率12.5/100000,
残疾率3.5/10000) gave none; it is the rate 3.5‰ (per thousand: ‰, as 千分之三点五 reads), /10万 and /万 now (units.yaml).
A unit after the digits (精度为1/1000秒, 2/1000mm, 3.5/1000人次) stays none, and so does a map's scale (比例尺1/1000地形图:
exclusions.yaml exclude.map_scale), which would otherwise read 1 ‰. A base of a thousand in a Chinese numeral (3.5/千)
stays none: 千 opens too many units after it (0.5/千瓦时, 3/千方 would read 0.5 ‰ and 3 ‰).

The base of a rate written before the number with 每 (孕产妇死亡率为每10万人12.5, 每十万人口3.8, 每万人口1.2, 每千人3.5) gave
none; it is that rate now (12.5 /10万, 1.2 /万, 3.5 ‰: units.yaml measure_before). The finder takes the longest word before
the number first now (lexicon load): 每10万人口 ends in 人口, a word of its own (人口3400万 → 人). A number with a measure
word of its own after such a base keeps it (每千人口床位4.96张 → 4.96 张).

An energy store's power and energy typed with a slash (储能规模100MW/200MWh, 100兆瓦/200兆瓦时, 1.5GW/3GWh, 5万千瓦/10万
千瓦时) gave none: the slash was read as a per sign and no number starts after one. A slash between a number in the first
word of a pair and a number in the second (units.yaml slash_lists: MW/MWh, GW/GWh, kW/kWh, 兆瓦/兆瓦时, 千瓦/千瓦时) is read
as a list's mark now, one character for one: 100 MW and 200 MWh, as 100MW、200MWh reads. The same word twice (100MW/200MW)
and a price per unit (0.5元/千瓦时) are as before.

Left, with the sentence: 三、四十人参加了活动 at a sentence's head stays none (exclude.enumerator): 三、 opens a list's third
item as often as a loose pair (二、三十万元以下的项目 as a list's second item read 200000–300000 would be a wrong value); the
reason numforms47-59 gave still holds, and inside a sentence it reads 30–40 as before. 价格为300元/100公斤 (a price per
100 kg: a rate whose base holds a number; no measure word names it, none rather than 300 元; numforms61 reads it
300 元/100公斤, the trade's round weights named in units.yaml); 人口自然增长率为-1.2/1000 (a
sign before a slash rate reads none, as -1.2/10万 did: exclude.identifier); 装机容量100MW/200MWh/300MWh reads 100 MW alone
(a third after a second slash: 200MWh before a per sign measures nothing); 约100MW/200MWh gives 约 to the first only, as
约100MW、200MWh does; 增长〇.五个百分点 (a 〇 before an ASCII point: none); 误差±0.5% (a tolerance: none, as numforms43
decided); 投资1，234万元 (one full-width comma: none, as numforms23 decided); 三分之一 (33.33… %: none, as earlier rounds
decided).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stats.errors import RuleFileError
from stats.rules.lexicon import load_lexicon
from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_all_test, fig
from tests.numread_gen import power_energy_pairs, written_bases

AP, LB = "approx", "lower_bound"
RULES = Path(__file__).resolve().parents[1] / "rules"

BRIEF: list[Case] = [
    # a rate's base in Arabic digits after the slash
    ("婴儿死亡率为3.5/1000", [fig("3.5/1000", 3.5, measure="‰")]),
    ("出生率为8.5/1000人", [fig("8.5/1000人", 8.5, measure="‰")]),
    ("发病率为12.5/100000", [fig("12.5/100000", 12.5, measure="/10万")]),
    ("残疾率为3.5/10000", [fig("3.5/10000", 3.5, measure="/万")]),
    ("出生率为10.5/1000，死亡率为6.2/1000", [fig("10.5/1000", 10.5, measure="‰"), fig("6.2/1000", 6.2, measure="‰")]),
    # … a unit after the digits, a map's scale: none
    ("精度为1/1000秒", []), ("精度为2/1000mm", []), ("发生率3.5/1000人次", []),
    # … a base of a thousand in a Chinese numeral: none (千 opens too many units: 0.5/千瓦时, 3/千方)
    ("婴儿死亡率为3.5/千", []), ("电价0.5/千瓦时", []), ("费用3/千人次", []),
    ("完成比例尺1/1000地形图测绘", []), ("比例尺为1:500", []),
    # the base written before the number with 每
    ("孕产妇死亡率为每10万人12.5", [fig("12.5", 12.5, measure="/10万")]),
    ("孕产妇死亡率为每10万人口12.5", [fig("12.5", 12.5, measure="/10万")]),
    ("孕产妇死亡率为每十万人12.5", [fig("12.5", 12.5, measure="/10万")]),
    ("发病率为每万人口1.2", [fig("1.2", 1.2, measure="/万")]),
    ("婴儿死亡率为每千人3.5", [fig("3.5", 3.5, measure="‰")]),
    ("发病率每10万人约12.5", [fig("约12.5", 12.5, None, AP, "/10万")]),
    # … a measure word of its own after the number keeps it; 人口 before a number as before
    ("每千人口床位4.96张", [fig("4.96张", 4.96, measure="张")]),
    ("每10万人口死亡12.5人", [fig("12.5人", 12.5, measure="人")]),
    ("每万人口拥有律师3.5名", [fig("3.5名", 3.5, measure="名")]),
    ("全市人口3400万", [fig("3400万", 3.4e7, measure="人")]),
    # a power and an energy typed with a slash: two figures
    ("储能规模100MW/200MWh", [fig("100MW", 100, measure="MW"), fig("200MWh", 200, measure="MWh")]),
    ("储能规模100兆瓦/200兆瓦时", [fig("100兆瓦", 100, measure="兆瓦"), fig("200兆瓦时", 200, measure="兆瓦时")]),
    ("建设1.5GW/3GWh储能项目", [fig("1.5GW", 1.5, measure="GW"), fig("3GWh", 3, measure="GWh")]),
    ("储能电站规模为5万千瓦/10万千瓦时",
     [fig("5万千瓦", 50000, measure="千瓦"), fig("10万千瓦时", 100000, measure="千瓦时")]),
    ("储能规模100 MW / 200 MWh", [fig("100MW", 100, measure="MW"), fig("200MWh", 200, measure="MWh")]),
    # … the same word twice, a price per unit, a price per 100 kg: as before
    ("规模为100MW/200MW", []), ("电价为0.5元/千瓦时", [fig("0.5元/千瓦时", 0.5, measure="元/千瓦时")]),
    ("价格为300元/100公斤", [fig("300元/100公斤", 300, measure="元/100公斤")]),  # numforms61: the trade's round weight
    ("价格为300元/200公斤", []),
    # the leftovers named: as decided
    ("三、四十人参加了活动", []), ("当天下午，三、四十人参加了活动", [fig("三、四十人", 30, 40, measure="人")]),
    ("人口自然增长率为-1.2/1000", []),
    # the round's other forms that read right: kept so
    ("投资两千二百万元", [fig("两千二百万元", 2.2e7, measure="元")]),
    ("全市有二万两千人", [fig("二万两千人", 22000, measure="人")]),
    ("投资两亿元", [fig("两亿元", 2e8, measure="元")]),
    ("有两万零二百人", [fig("两万零二百人", 20200, measure="人")]),
    ("全市二万两千余人", [fig("二万两千余人", 22000, None, LB, "人")]),
    ("有一千零五人", [fig("一千零五人", 1005, measure="人")]),
    ("有一千〇五人", [fig("一千〇五人", 1005, measure="人")]),
    ("投资一亿零五十万元", [fig("一亿零五十万元", 1.005e8, measure="元")]),
    ("二〇二五年全市新增就业1万人", [fig("1万人", 10000, measure="人")]),
    ("全县有廿五个村", [fig("廿五个", 25, measure="个")]),
    ("有卅人参加", [fig("卅人", 30, measure="人")]), ("有卌人参加", [fig("卌人", 40, measure="人")]),
    ("捐款壹佰万元整", [fig("壹佰万元", 1e6, measure="元")]),
    ("捐款壹拾贰万叁仟肆佰伍拾陆元柒角捌分", [fig("壹拾贰万叁仟肆佰伍拾陆元柒角捌分", 123456.78, measure="元")]),
    ("投资贰仟零伍拾万元", [fig("贰仟零伍拾万元", 2.05e7, measure="元")]),
    ("投资陆拾柒点伍万元", [fig("陆拾柒点伍万元", 675000, measure="元")]),
    ("捐款１２，５００元", [fig("12,500元", 12500, measure="元")]),
    ("增长３．５％", [fig("3.5%", 3.5, measure="%")]),
    ("投资１，２３４．５万元", [fig("1,234.5万元", 1.2345e7, measure="元")]),
    ("投资1,234.5万元", [fig("1,234.5万元", 1.2345e7, measure="元")]),
    ("投资1,23万元", []), ("投资12,50万元", []), ("投资1,2345元", []),
    ("投资人民币500万元", [fig("500万元", 5e6, measure="元")]),
    ("投资￥1.2万", [fig("1.2万", 12000, measure="元")]),
    ("投资RMB 300万", [fig("300万", 3e6, measure="元")]),
    ("投资US$ 500万", [fig("500万", 5e6, measure="美元")]),
    ("投资美元500万", [fig("500万", 5e6, measure="美元")]),
    ("投资500万美元", [fig("500万美元", 5e6, measure="美元")]),
    ("投资亿万元", []), ("打造百万级城市", []), ("投资千万元", [fig("千万元", 1e7, measure="元")]),
    ("有数十人参加", []), ("有上千人参加", []), ("成千上万人参加", []),
    ("有近万人参加", [fig("近万人", 10000, None, AP, "人")]),
    ("占比五分之二", [fig("五分之二", 40, measure="%")]),
    ("全市有四分之三的企业实现盈利", [fig("四分之三", 75, measure="%")]),
    ("全市三分之一的企业实现盈利", []), ("占比1/3", []),
    ("用了一个半月", [fig("一个半月", 1.5, measure="个月")]), ("半数以上企业复工", []),
    ("同比增长-3.5%", [fig("-3.5%", -3.5, measure="%")]),
    ("负增长2%", [fig("负增长2%", -2, measure="%")]),
    ("气温零下5℃", [fig("零下5℃", -5, measure="℃")]),
    ("气温-3℃至5℃", [fig("-3℃至5℃", -3, 5, measure="℃")]),
    ("误差±0.5%", []),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 70)

test_a_sentence_reads_the_same_alone = alone_test(["婴儿死亡率为3.5/1000", "孕产妇死亡率为每10万人12.5",
                                                   "储能规模100MW/200MWh", "完成比例尺1/1000地形图测绘"])

DRAWN = [c for c in drawn(written_bases, 40, 60) + drawn(power_energy_pairs, 40, 60)
         if c.text not in {t for t, _ in BRIEF}]


def test_the_families_are_drawn_wide() -> None:
    """Each branch of the families is drawn, with every base, word and link."""
    for cls in ("written_base", "written_base.before", "written_base.unit", "written_base.chinese", "written_base.scale",
                "written_base.own", "power_energy", "power_energy.same", "power_energy.price"):
        assert sum(c.cls == cls for c in DRAWN) >= 5, cls
    bases = [c.text for c in DRAWN if c.cls == "written_base"]
    for base in ("/1000", "/1000人", "/10000", "/100000", "/1000000"):
        assert any(t.endswith(base) for t in bases), base
    before = [c.text for c in DRAWN if c.cls == "written_base.before"]
    for base in ("每10万人", "每十万人口", "每百万人口", "每万人口", "每千人", "每1000人"):
        assert any(base in t for t in before), base
    pairs = [c.text for c in DRAWN if c.cls == "power_energy"]
    for word in ("MWh", "GWh", "kWh", "兆瓦时", "千瓦时", "万千瓦", " / "):
        assert any(word in t for t in pairs), word


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)


def test_slash_lists_name_measure_words(tmp_path: Path) -> None:
    """A pair of units.yaml slash_lists that names no measure word is a rule file error at load, never a pattern that
    lists what no figure holds."""
    lexicon = tmp_path / "lexicon"
    shutil.copytree(RULES / "lexicon", lexicon)
    units = lexicon / "units.yaml"
    text = units.read_text(encoding="utf-8")
    assert "[MW, MWh]" in text
    units.write_text(text.replace("[MW, MWh]", "[MW, MWhx]"), encoding="utf-8")
    with pytest.raises(RuleFileError, match="slash_lists"):
        load_lexicon(lexicon)
