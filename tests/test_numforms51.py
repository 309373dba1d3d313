"""Number forms after numforms50, read in one extractor call (tests/batchread.py). The round probed round
approximations (二三十人, 三五个, 十之八九, 数十家, 上百人, 近千人, 逾万人, 过半, 千余, 上万, 成千上万), fractions (三分之二,
三分之一强, 四分之一弱, 万分之五, 0.5‰, ‱, 五成以上), scientific forms (1.2E+04, 1.2e4, 1.2×10⁴, 1.2×10⁻³), 万亿, 千亿,
亿万, 万元级, per-unit measures, numbers next to codes and names (G20, 5G, 3A级, 12345热线, 110, 国发〔2025〕3号, 第二十届,
①, Ⅲ级), dates and clock times, full-width forms, numbers across a line break or a space, 个百分点 without 个 and
百分之 ranges. What read wrong or was missed is here, with the generator families `day_rates`, `cn_addresses` and
`population_classes` of tests/numread_gen.py (drawn in a slow test below with a seed of this round).

Wrong measures first. A rate no measure word names, opened by a longer measure word that refuses the per sign after
it (运力3000人次/小时, 用电量5000千瓦时/人, 吞吐量2万吨公里/日, 家访200户次/月, 3个月/次, 50元/人次/天), read with the
shorter word that word opens: 3000 人, 5000 千瓦 (a power for an energy), 2万 吨, 200 户, 3 个, 50 元/人. None now
(stats/rules/lexicon.py `_rate_refusals`: the shorter word refuses the rest of the longer one with the per sign).
A charge by the person-day written 元/人日 or 元/人天 read 元/人 (the day dropped): the whole rate now.

Wrong values: a building's number in Chinese numerals before its floor or entrance (会议在三号楼5层举行, 二号楼三层,
家住三栋二单元, 十二栋3单元501室, 12栋三单元) read 5 层, 3 层, 3 栋, 12 栋 where 2号楼3层 and 12栋3单元 read none
(exclusions.yaml building_address, floor_address: the building's number in either numerals); a population before
大城市, 特大城市 or 超大城市 (建设百万人口大城市) read 1000000 人 where 百万人口城市 read none (exclude.population_class).
A floor with the sign word before it (停车场位于负二层, 负3层停车场) read −2 层, −3 层: a basement level, none now
(exclude.floor_address).

Misses: a rate by the person and the day (100元/人·日, 100元/（人·日）, 100元/人/天), by the bed and the bed-day
(50元/床·日, 300元/床日, 200元/床), by the household or the mu and the year or month (300元/户·年, 800元/亩/年), by the day
(15元/日), a rent per square metre by the day or month (2元/㎡·天, 2.5元/平米/月), a fee per visit with the joiner
(50元/人·次) and by the car and the day (10元/辆·天) gave none: the whole rate as written now (units.yaml; 0.05元/日元
stays none).

Wrong values too: a month and a day written with a point before 起 and a verb of starting (自12.1起施行, 5.1起放假,
于3.15起实行, 从10.8起恢复) read 12.1 起 (a count of incidents): none now (exclusions.yaml exclude.dotted_day_from);
日均发生2.5起 and 事故从12.5起降至8.1起 stay. And 提高3.5千分点 and 下降1.2十万分点 (个 left out, as 3百分点
reads) gave none: 千 and 十万 before 分点 are no magnitudes now (numerals.yaml).

Seen and left: 三分之二, 3分之2, 三分之一强 and 1/4强 give none (no finite share, or no word of one: as rounds 37-47
decided); 数十家, 上百人, 上万人, 成千上万, 十之八九, 过半 give none (vague, GUIDE); 亿万农民, 万元级, 千亿级 none (classes);
三大攻坚战 reads 3 大 and 两个确保 2 个 (slogan counts, optional by the GUIDE); 投资1 2.5万元 and 1\\n2.5万元 read 12.5万元
(the layout repair joins digits a space or a line apart, as earlier rounds left it); 能耗0.3吨标准煤/万元 reads 0.3 吨
(吨标准煤 is no measure word: the tonnes right, the base unnamed); 人均住房面积40平方米/人, 护士配比0.6人/床, 250辆/千人 and
150升/人·日 give none (rates no measure word names; no wrong value); 住在三栋二层 and 新建三栋二层小楼 read 3 栋 and 2 层
(a count of two-storey buildings is written the same way); 地下二层停车场 reads 2 层 (as round 45 read 地下3层)."""

from __future__ import annotations

import pytest

import stats
from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_all_test, fig
from tests.numread_gen import cn_addresses, day_rates, dotted_days, population_classes

BRIEF: list[Case] = [
    # a rate no measure word names, opened by a longer measure word: none, never the shorter word's reading
    ("运力3000人次/小时", []), ("用电量5000千瓦时/人", []), ("全年发电5000千瓦时/户", []), ("吞吐量2万吨公里/日", []),
    ("家访200户次/月", []), ("出车300辆次/日", []), ("每3个月/次检查", []), ("费用50元/人次/天", []),
    # … the longer words themselves and the named rates stay
    ("接诊3000人次", [fig("3000人次", 3000, measure="人次")]),
    ("用电量5000千瓦时", [fig("5000千瓦时", 5000, measure="千瓦时")]),
    ("客流3万人次/日", [fig("3万人次/日", 30000, measure="人次/日")]),
    ("价格5元/人次", [fig("5元/人次", 5, measure="元/人次")]),
    ("补助3000元/人/月", [fig("3000元/人/月", 3000, measure="元/人/月")]),
    ("装机5000千瓦", [fig("5000千瓦", 5000, measure="千瓦")]), ("工期3个月", [fig("3个月", 3, measure="个月")]),
    # a rate by the person and the day, the bed, the bed-day, the household or mu and the year, the day
    ("伙食补助100元/人·日", [fig("100元/人·日", 100, measure="元/人·日")]),
    ("伙食补助80元/（人·日）", [fig("80元/（人·日）", 80, measure="元/人·日")]),
    ("伙食补助90元/人/天", [fig("90元/人/天", 90, measure="元/人/天")]),
    ("出差补助100元/人日", [fig("100元/人日", 100, measure="元/人日")]),
    ("护工费150元/人天", [fig("150元/人天", 150, measure="元/人天")]),
    ("每床日费用300元/床日", [fig("300元/床日", 300, measure="元/床日")]),
    ("床位费50元/床·日", [fig("50元/床·日", 50, measure="元/床·日")]),
    ("床位费45元/床/天", [fig("45元/床/天", 45, measure="元/床/天")]),
    ("住院费200元/床", [fig("200元/床", 200, measure="元/床")]),
    ("补贴300元/户·年", [fig("300元/户·年", 300, measure="元/户·年")]),
    ("地租800元/亩/年", [fig("800元/亩/年", 800, measure="元/亩/年")]),
    ("收费15元/日", [fig("15元/日", 15, measure="元/日")]),
    ("租金2元/㎡·天", [fig("2元/㎡·天", 2, measure="元/㎡·天")]),
    ("补贴1.2万元/户/年", [fig("1.2万元/户/年", 12000, measure="元/户/年")]),
    ("体检费50元/人·次", [fig("50元/人·次", 50, measure="元/人次")]),
    ("物业费2.5元/平米/月", [fig("2.5元/平米/月", 2.5, measure="元/平米/月")]),
    ("停车费10元/辆·天", [fig("10元/辆·天", 10, measure="元/辆·天")]),
    ("汇率0.05元/日元", []),
    # a building's number in Chinese numerals before its floor or entrance: an address
    ("会议在三号楼5层举行", []), ("会议在二号楼三层举行", []), ("活动在行政中心三号楼五层开展", []),
    ("家住三栋二单元", []), ("家住十二栋3单元501室", []), ("家住12栋三单元", []),
    # a floor with the sign word before it: a basement level, no count of −2 层
    ("停车场位于负二层", []), ("负3层停车场", []), ("地下负二层", []),
    ("大楼地下共3层", [fig("3层", 3, measure="层")]), ("增长负3%", [fig("负3%", -3, measure="%")]),
    # … floors and buildings counted in Chinese numerals stay
    ("该楼共有十二层", [fig("十二层", 12, measure="层")]), ("新建住宅十二栋", [fig("十二栋", 12, measure="栋")]),
    ("新建三栋二层小楼", [fig("三栋", 3, measure="栋"), fig("二层", 2, measure="层")]),
    # a population before 大城市, 特大城市, 超大城市: a class; a population stated stays
    ("建设百万人口大城市", []), ("千万人口超大城市增至10个", [fig("10个", 10, measure="个")]),
    ("迈向五百万人口特大城市", []),
    ("全市人口达百万", [fig("百万", 1e6, measure="人")]), ("实现100万人口市民化", [fig("100万人", 1e6, measure="人")]),
    # a month and a day with a point before 起 and a verb of starting: a date; incidents counted with a point stay
    ("新规自12.1起施行", []), ("5.1起放假", []), ("于3.15起实行", []), ("从10.8起恢复", []), ("12.1起实施", []),
    ("日均发生2.5起", [fig("2.5起", 2.5, measure="起")]), ("全年发生交通事故12起", [fig("12起", 12, measure="起")]),
    ("事故从12.5起降至8.1起", [fig("12.5起", 12.5, measure="起"), fig("8.1起", 8.1, measure="起")]),
    # the round's other forms that read right: kept so
    ("现场来了二三十人", [fig("二三十人", 20, 30, measure="人")]),
    ("近千人参加", [fig("近千人", 1000, qualifier="approx", measure="人")]),
    ("逾万人观看", [fig("逾万人", 10000, qualifier="lower_bound", measure="人")]),
    ("全年千余人参加", [fig("千余人", 1000, qualifier="lower_bound", measure="人")]),
    ("上百人参加活动", []), ("全市数十家企业参与", []), ("十之八九的企业已复工", []), ("成千上万人涌入", []),
    ("占三分之二", []), ("占四分之一强", [fig("四分之一强", 25, qualifier="lower_bound", measure="%")]),
    ("比例为万分之五", [fig("万分之五", 5, measure="‱")]), ("发生率0.5‰", [fig("0.5‰", 0.5, measure="‰")]),
    ("五成以上企业", [fig("五成以上", 50, qualifier="lower_bound", measure="%")]),
    ("产量1.2E+04吨", [fig("1.2E+04吨", 12000, measure="吨")]),
    ("浓度1.2×10⁻³mg/L", [fig("1.2×10⁻³mg/L", 0.0012, measure="mg/L")]),
    ("财政收入1.2万亿元", [fig("1.2万亿元", 1.2e12, measure="元")]), ("亿万农民", []), ("万元级项目", []),
    ("月均支出3000元/人·月", [fig("3000元/人·月", 3000, measure="元/人·月")]),
    ("床位数5.2张/千人", [fig("5.2张/千人", 5.2, measure="张/千人")]),
    ("G20峰会吸引5000人", [fig("5000人", 5000, measure="人")]), ("拨打12345热线", []),
    ("根据国发〔2025〕3号文件", []), ("第二十届运动会", []), ("Ⅲ级应急响应启动", []),
    ("会议于10:30开始", []), ("2025-11-30召开", []),
    ("增长１２３．５％", [fig("123.5%", 123.5, measure="%")]), ("投资５，０００万元", [fig("5,000万元", 5e7, measure="元")]),
    ("增长3百分点", [fig("3百分点", 3, measure="百分点")]),
    # per-mille points and points per 100,000 with 个 left out, as 3百分点
    ("出生率提高3.5千分点", [fig("3.5千分点", 3.5, measure="千分点")]),
    ("死亡率下降1.2十万分点", [fig("1.2十万分点", 1.2, measure="十万分点")]),
    ("投资3千万元", [fig("3千万元", 3e7, measure="元")]), ("全长3千米", [fig("3千米", 3, measure="千米")]),
    ("增长百分之五到百分之八", [fig("百分之五到百分之八", 5, 8, measure="%")]),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 60)

test_a_sentence_reads_the_same_alone = alone_test(
    ["运力3000人次/小时", "伙食补助100元/人·日", "会议在三号楼5层举行", "建设百万人口大城市"])

DRAWN = [c for c in drawn(day_rates, 25, 51) + drawn(cn_addresses, 25, 51) + drawn(population_classes, 12, 51)
         + drawn(dotted_days, 12, 51)
         if c.text not in {t for t, _ in BRIEF}]


def test_the_families_are_drawn_wide() -> None:
    """Each family's every branch is drawn: rates by the person, the bed, the household and the day in their
    spellings, rates no word names; addresses with the building, the floor or the entrance in Chinese numerals and
    counts; population classes and stated populations."""
    for cls in ("day_rate", "day_rate.unnamed", "cn_address", "cn_address.count", "population_class",
                "population_class.stated", "dotted_day", "dotted_day.count"):
        assert sum(c.cls == cls for c in DRAWN) >= 3, cls
    rates = [c.text for c in DRAWN if c.cls == "day_rate"]
    for base in ("/人", "/床", "/户", "/亩", "·"):
        assert any(base in t for t in rates), base
    places = [c.text for c in DRAWN if c.cls == "cn_address"]
    assert any("号楼" in t for t in places) and any("单元" in t for t in places)


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)


@pytest.mark.parametrize(("text", "measure"), [
    ("运力3000人次/小时，接诊3000人次。", "人次"),
    ("用电量5000千瓦时/人，全年用电5000千瓦时。", "千瓦时"),
])
def test_a_rate_no_word_names_leaves_its_neighbour_alone(text: str, measure: str) -> None:
    """In a whole text's rows the unnamed rate gives no figure and the same word standing alone after it gives its
    own (the refusal is of the rate's start, not of the word)."""
    assert [(f["value"], f["measure"]) for f in stats.extract_text(text)] == [(3000.0 if "人次" in text else 5000.0,
                                                                               measure)]
