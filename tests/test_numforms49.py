"""Number forms after numforms48, read in one extractor call (tests/batchread.py). The round's open forms were probed
in sentences: 亿 and 万 mixed (3亿5千万, 1亿零500万, 12万5千), 十 forms (一十五, 二十万零三百, 一十亿), decimals in
words (三点一四米, 零点零零一克), ordinals and codes that are no figure (第3季度, 十四五, G20, 5G, 2号线, 3·15, 110kV,
GB3095-2012), dates glued to figures (2025年3月5日12时), fractions and shares (三分之一, 2/3, 四分之三以上,
近四分之一), per-mille and per ten thousand (万分之五, 5‱), scientific forms (1.2×10⁴, 1.2e4), percent ranges (5%-8%,
5-8%, 百分之五到八), signs and changes (下降3.2个百分点, 减少二成, 负增长0.5%), spoken approximations (七八十, 十几万,
数百, 上千, 近万, 万把块钱) and ranges in mixed units (3千-5万元, 5千万-1亿元). What read wrong or was missed is here,
with the generator families `bounded_lows_named`, `bounded_dashes` and `signed_powers` of tests/numread_gen.py (drawn
below with a seed of this round).

A wrong reading first (stats/find/quantities.py `_bounded_low`): a range whose low end a bound word ends (多, 余,
左右, 以上) after a word that measures that low end (月薪3千左右-5千元, 工资三千多—五千元, 人口三万多至五万,
人口3万余-5万人) read the low end alone, 3000 元 about or 30000 人 at least, the high end lost: none now, as
三千多至五千人 and 七万多-九万家 are (the grammar reads no range across the bound). After a from word the two ends are
two figures as before (月薪从3千多到5千元), and a range with no bound one range (月薪3千-5千元).

A wrong value (rules/exclusions.yaml exclude.dash_after_bounded): a dash of any width after a number that 多, 余 or 来
bounds and its measure word, before the high end in the same word (共3万多人-5万人, 投资3000余元－5000元), was read as
the high end's minus sign, −50000 人 and −5000 元: a range's mark now as 至 is, the low end alone (30000 人 at least).

A wrong unit (stats/find/quantities.py `_spoken_money`): the spoken yuan of a bounded low end before 到
(工资三千多块到五千块, 花了三千多块到五千块钱) was a count of 3000 pieces (块 ends no clause there): money now where
the high end is (3000 元 at least and 5000 元); 把三块多到五块的土地 still counts pieces.

Another (rules/exclusions.yaml exclude.mixed_dashes): two dashes that differ between two numbers (增速3%—-5%,
利润3亿元–-5亿元) read as one range's mark, 3–5 %, where the second is as likely the high end's minus sign (3 % to −5
%): none now; the same dash twice (2万元--6万元, 2000元——3000元) stays a range's mark.

Then misses (rules/lexicon/units.yaml): a rate per 100,000 or per million with the counted cases or people before the
slash (发病率3.8例/10万, 死亡率为5.2人/10万人, 1.5例/100万) gave none: the rate as written now (例/10万, 人/10万, its
base's 人 dropped as /10万人 drops it); a commodity's world price in dollars per unit (油价85美元/桶,
金价2000美元/盎司, 铁矿石105美元/吨) gave none: 美元/桶 and the like, unit usd_per, as 元/吨 is cny_per. And
(rules/exclusions.yaml exclude.bare_round): a bound word of "below" or "not below" before a round place with no digit
(全县不足万人, 不到千家企业, 不满百人, 不少于百家) gave none, where 近万人 and 逾百亿元 read: 10000 人 at most, 1000
家 at most, 100 家 at least now; 上万人 stays vague. And (rules/exclusions.yaml): a number in scientific notation as
computers print it, its power signed or led by a zero, gave none: 1.2E+04吨 and 3.5E08元 (exclude.leading_zero took
the power's 04 for a zero-led tail) and 1.2e-3克, 5E-6米 (exclude.identifier took e-3 for a code's letter and dash):
12000 吨, 350000000 元, 0.0012 克 now; 编号E-12 stays a code.

And (exclude.idiom_numbers): 十万个为什么 (a book of questions, and a child's many questions) read 100000 个: none
now, as 一百个放心 and 一万个不愿意 are.

Seen and left: 增长百分之五左右到八 reads 5 % about, its high end lost (a share in words whose low end is bounded and
whose high end has no 百分之: rare, and its own measure makes it a figure the bound path does not reach);
投资1万多到2万元 and 七万多-九万家 give none (a bounded low end, as rounds before decided); 共一百十人 (110 in older
speech) gives none; 3天2夜 reads 3 天 only; 五分之一 with no word of a share gives none; 阅读量10万+ none (no measure
word)."""

from __future__ import annotations

from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_test, fig
from tests.numread_gen import bounded_dashes, bounded_lows_named, signed_powers

BRIEF: list[Case] = [
    # a bounded low end of a range after a word that measures it: none, never the low end alone
    ("月薪3千左右-5千元", []), ("月薪3千以上-5千元", []), ("工资3千余-5千元", []), ("工资三千多—五千元", []),
    ("人口3万多-5万", []), ("人口3万左右-5万人", []), ("人口三万多至五万", []), ("收入5千多-8千元", []),
    # … from a from word two figures, with no bound one range, the bound with nothing after it one figure
    ("月薪从3千多到5千元", [fig("3千多", 3000, qualifier="lower_bound", measure="元"), fig("5千元", 5000, measure="元")]),
    ("月薪3千-5千元", [fig("3千-5千元", 3000, 5000, measure="元")]),
    ("人口3万-5万", [fig("3万-5万", 30000, 50000, measure="人")]),
    ("月薪3千以上", [fig("3千以上", 3000, qualifier="lower_bound", measure="元")]),
    ("人口3万多", [fig("3万多", 30000, qualifier="lower_bound", measure="人")]),
    ("月薪3千多，年终奖5千元",
     [fig("3千多", 3000, qualifier="lower_bound", measure="元"), fig("5千元", 5000, measure="元")]),
    ("月薪3千左右至年底增加", [fig("3千左右", 3000, qualifier="approx", measure="元")]),
    # a dash after a bounded number and its measure word, before the same word: a range's mark, never a minus
    ("共3万多人-5万人", [fig("3万多人", 30000, qualifier="lower_bound", measure="人")]),
    ("投资3000余元－5000元", [fig("3000余元", 3000, qualifier="lower_bound", measure="元")]),
    ("共3万来人−5万人", [fig("3万来人", 30000, qualifier="approx", measure="人")]),
    ("共3万人-5万人", [fig("3万人-5万人", 30000, 50000, measure="人")]),
    ("增长3倍多，利润-5亿元", [fig("3倍多", 3, qualifier="lower_bound", measure="倍"), fig("-5亿元", -5e8, measure="元")]),
    # the spoken yuan of a bounded low end whose high end is money: money, never a count of pieces (one range bounded
    # at its low end since numforms56, where the two ends were two figures)
    ("工资三千多块到五千块", [fig("三千多块到五千块", 3000, 5000, qualifier="lower_bound", measure="元")]),
    ("花了三千多块到五千块钱", [fig("三千多块到五千块钱", 3000, 5000, qualifier="lower_bound", measure="元")]),
    ("每斤三块多到四块", [fig("三块多到四块", 3, 4, qualifier="lower_bound", measure="元")]),
    ("花了三千多块到五千元", [fig("三千多块到五千元", 3000, 5000, qualifier="lower_bound", measure="元")]),
    ("把三块多到五块的土地", [fig("三块多到五块", 3, 5, qualifier="lower_bound", measure="块")]),
    # two dashes that differ between two numbers: a range's mark and a minus, or a mark typed twice? none
    ("增速3%—-5%", []), ("利润3亿元–-5亿元", []),
    ("增速3%--5%", [fig("3%--5%", 3, 5, measure="%")]),
    ("每户补贴2000元——3000元", [fig("2000元——3000元", 2000, 3000, measure="元")]),
    # a rate per 100,000 with the counted cases before the slash; a commodity's price in dollars per unit
    ("发病率3.8例/10万", [fig("3.8例/10万", 3.8, measure="例/10万")]),
    ("死亡率为5.2人/10万人", [fig("5.2人/10万人", 5.2, measure="人/10万")]),
    ("发病率为1.5例/100万", [fig("1.5例/100万", 1.5, measure="例/100万")]),
    ("油价上涨至85美元/桶", [fig("85美元/桶", 85, measure="美元/桶")]),
    ("金价2000美元/盎司", [fig("2000美元/盎司", 2000, measure="美元/盎司")]),
    ("价格约80-90美元/桶", [fig("约80-90美元/桶", 80, 90, "approx", "美元/桶")]),
    ("油价为每桶80美元", [fig("80美元", 80, measure="美元")]),
    # a bound word of "below" before a round place with no digit: that bound, as 近万人 is about
    ("全县不足万人", [fig("不足万人", 10000, qualifier="upper_bound", measure="人")]),
    ("不到千家企业复工", [fig("不到千家", 1000, qualifier="upper_bound", measure="家")]),
    ("不少于百家", [fig("不少于百家", 100, qualifier="lower_bound", measure="家")]),
    ("上万人观看", []), ("满足万人需求", []), ("服务千家万户", []),
    # a book named by a count of questions: none; a count of questions stays
    ("十万个为什么丛书出版", []), ("心里有一万个为什么", []), ("回答了十万个问题", [fig("十万个", 100000, measure="个")]),
    # scientific notation as computers print it: the power signed or zero-led
    ("产量1.2E+04吨", [fig("1.2E+04吨", 12000, measure="吨")]),
    ("产量1.2E04吨", [fig("1.2E04吨", 12000, measure="吨")]),
    ("浓度1.2e-3克", [fig("1.2e-3克", 0.0012, measure="克")]),
    ("浓度1.2E-04克", [fig("1.2E-04克", 0.00012, measure="克")]),
    ("产量1.2e+4吨", [fig("1.2e+4吨", 12000, measure="吨")]),
    ("编号A-12的装置3台", [fig("3台", 3, measure="台")]), ("新增床位00张", []),
    # the round's other forms that read right: kept so
    ("总投资3亿5千万元", [fig("3亿5千万元", 350000000, measure="元")]),
    ("总投资1亿零500万元", [fig("1亿零500万元", 105000000, measure="元")]),
    ("工资12万5千元", [fig("12万5千元", 125000, measure="元")]),
    ("投资二十万零三百元", [fig("二十万零三百元", 200300, measure="元")]),
    ("投资一十亿元", [fig("一十亿元", 1e9, measure="元")]),
    ("重零点零零一克", [fig("零点零零一克", 0.001, measure="克")]),
    ("不良率万分之五", [fig("万分之五", 5, measure="‱")]),
    ("增速百分之五到八", [fig("百分之五到八", 5, 8, measure="%")]),
    ("减少二成", [fig("二成", 20, measure="%")]),
    ("共十几万人", [fig("十几万人", 110000, 190000, "approx", "人")]),
    ("花了万把块钱", [fig("万把块钱", 10000, qualifier="approx", measure="元")]),
    ("投资3千-5万元", [fig("3千-5万元", 3000, 50000, measure="元")]),
    ("投资5千万-1亿元", [fig("5千万-1亿元", 5e7, 1e8, measure="元")]),
    ("贡献了近四分之一", [fig("近四分之一", 25, qualifier="approx", measure="%")]),
    ("第3季度", []), ("十四五期间", []), ("5G网络", []), ("3·15晚会", []), ("110kV线路", []), ("数百家企业", []),
    ("执行GB3095-2012标准", []), ("2025年3月5日12时发布", []), ("完成三分之一", []), ("上千人参加", []),
]

# the families' draws, less any text written above by hand (a text is read once)
DRAWN = [c for c in drawn(bounded_lows_named, 10, 49) + drawn(signed_powers, 10, 49) + drawn(bounded_dashes, 10, 49)
         if c.text not in {t for t, _ in BRIEF}]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(
    BRIEF, 40, guards=[(c.text, []) for c in DRAWN])


def test_the_families_are_drawn_wide() -> None:
    """Each family's every branch is drawn: bounded low ends with each bound word, each range mark and both kinds of
    measuring word, with their from and unbounded forms; powers signed each way and zero-led, and codes."""
    for cls in ("bounded_low_named", "bounded_low_named.from", "bounded_low_named.plain", "signed_power",
                "signed_power.code", "bounded_dash", "bounded_dash.plain"):
        assert sum(c.cls == cls for c in DRAWN) >= 6, cls
    low = [c.text for c in DRAWN if c.cls == "bounded_low_named"]
    for word in ("多", "余", "左右", "以上"):
        assert any(word in t for t in low), word
    assert any("至" in t or "到" in t for t in low) and any("-" in t or "－" in t or "—" in t for t in low)
    assert any("人口" in t for t in low) and any("薪" in t or "工资" in t or "收入" in t for t in low)
    dashed = [c.text for c in DRAWN if c.cls == "bounded_dash"]
    for mark in ("多", "余", "来", "万", "-", "－"):
        assert any(mark in t for t in dashed), mark
    powers = [c.text for c in DRAWN if c.cls == "signed_power"]
    for mark in ("e-", "E+", "E0"):
        assert any(mark.lower() in t.lower() for t in powers), mark


test_each_drawn_form_gives_its_figures = drawn_test(DRAWN)

test_a_sentence_reads_the_same_alone = alone_test(
    ["月薪3千左右-5千元", "产量1.2E+04吨", "月薪从3千多到5千元", "共3万多人-5万人", "工资三千多块到五千块"])
