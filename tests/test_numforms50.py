"""Number forms after numforms49, read in one extractor call (tests/batchread.py). The round's forms were probed in
sentences: capitals (壹万贰仟叁佰元整, 人民币伍拾万元, 零 in capitals, 拾 佰 仟 at the head, 圆 and 正), 两 (两千两百, 两亿,
两成五), 廿 卅 卌, 〇 and ○ for zero, spaces and thin spaces between groups (12 345元), European groups (1.234,5元),
powers of ten with 万 (1.2×10^4万吨), 千万 and 百万 after Arabic digits, 成 and 折, 倍, 余 多 来 几 after units, signs
(零下, 负, −), ranges with units on one or both sides and shares with 之. What read wrong or was missed is here, with
the generator families `financial_words`, `probably`, `sign_compares`, `tens_some` and `power_magnitudes` of
tests/numread_gen.py (drawn below with a seed of this round).

Wrong values first (rules/exclusions.yaml exclude.mixed_financial): a financial digit or place that ends a common
word, run into the everyday numeral after it (组建队伍十支, 退伍十年, 探测器登陆十次, 捡拾五袋垃圾, 收拾三间房,
收拾百件), read as one capital numeral: 50 支, 50 年, 60 次, 15 袋, 13 间, 1000 件. Financial numerals are written in
their own characters throughout (伍拾, 拾伍万, 壹万〇伍 with the shared 万 and 〇), so none now; and the 伍 of 队伍,
退伍, 落伍 and the 陆 of 大陆, 内陆, 登陆 before a magnitude (志愿者队伍万余人, 大陆万家企业: 50000 人, 60000 家) none as
well, where 收入伍万元 and 金额为伍万元 stay. And (exclude.probably): 八成 as "most likely" after a person, a matter or a
word of guessing and before a verb (他八成不会来, 这事八成是真的, 估计八成要下雨) read 80 %: none now; 我们八成的收入,
他们八成以上是大学生, 全市八成企业, 其他八成是中小企业 stay shares.

Then misses. A word that compares values before a sign written as a word (低于零下5℃, 不低于零下3度, 高于负3%) gave
none, where 低于-5℃ read (stats/find/quantity_links.py `_signed_bounds` looked up the bound word with the sign word
still on it): the bound of the signed value now (−5 ℃ at most, −3 ℃ at least), by the words of numerals.yaml
sign_word_compare; 超过零下30度 and 不到零下5度 (how far below zero, either way) stay none. 度 after 零上 (气温零上5度) gave
none: a temperature now, as after 零下 (units.yaml only_after and `_plus_before`). 几 and 来 after 廿 卅 卌 (廿几人,
卅几岁, 廿来人, 廿几万元) gave none where 二十几人 reads: 21–29 人 about, 20 人 about. A magnitude after a superscript
power (1.2×10⁴万吨) gave none where 1.2×10^4万吨 read (exclude.bare_round took 万 for a bare round word): 1.2亿 吨.

Seen and left: 折 reads as the share paid (八折 = 80 %, numforms21's decision, 七八折 a range); 七五折到八五折 gives none
(two tenths discounts as a range); 三〇%, 一〇% and 二〇家 give none (two digits one by one: no sure reading, as 五三
is not); 一○○人 with the geometric circle gives none (exclude.circle); 大写金额：叁拾万元整 小写金额：300,000元 gives
two figures of the one amount (no brackets: no restatement the grammar knows); 全年12 345 67元 reads 67 元 (a gap the
layout repair keeps between two and three digits); 零下5℃以下 and 零下5℃至3℃ none (as numforms decided before);
投资5万元-8万 and 投资500元至800 none (the high end's unit unsure)."""

from __future__ import annotations

import pytest

from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_test, fig
from tests.numread_gen import financial_words, power_magnitudes, probably, sign_compares, tens_some

BRIEF: list[Case] = [
    # a financial digit or place that ends a word, run into an everyday numeral or a magnitude: none
    ("组建应急队伍十支", []), ("退伍十年的老兵", []), ("探测器登陆十次", []), ("志愿者捡拾五袋垃圾", []),
    ("帮老人收拾三间房", []), ("收拾百件旧物", []), ("与之为伍十年", []),
    ("组建志愿者队伍万余人", []), ("退伍万余人", []), ("大陆万家企业", []),
    # … capitals written throughout stay, after any word
    ("收入伍万元", [fig("伍万元", 50000, measure="元")]), ("金额为伍万元", [fig("伍万元", 50000, measure="元")]),
    ("实收拾万元", [fig("拾万元", 100000, measure="元")]), ("另收拾伍万元", [fig("拾伍万元", 150000, measure="元")]),
    ("借款壹万二千元", [fig("壹万二千元", 12000, measure="元")]),
    ("收款壹万〇伍元", [fig("壹万〇伍元", 10005, measure="元")]),
    ("货款陆仟伍佰元", [fig("陆仟伍佰元", 6500, measure="元")]),
    # 八成 as "most likely": none; 八成 of a whole stays
    ("他八成不会来", []), ("这事八成是真的", []), ("估计八成要下雨", []), ("你八成是忘了", []), ("他们八成已经走了", []),
    ("我们八成的收入来自外贸", [fig("八成", 80, measure="%")]),
    ("他们八成以上是大学生", [fig("八成以上", 80, qualifier="lower_bound", measure="%")]),
    ("全市八成企业已复工", [fig("八成", 80, measure="%")]), ("其他八成是中小企业", [fig("八成", 80, measure="%")]),
    ("我们八成会员来自农村", [fig("八成", 80, measure="%")]),
    # a word that compares values before a sign word: the bound of the signed value; other bound words none
    ("夜间气温低于零下5℃", [fig("低于零下5℃", -5, qualifier="upper_bound", measure="℃")]),
    ("白天不低于零下3度", [fig("不低于零下3度", -3, qualifier="lower_bound", measure="℃")]),
    ("气温高于零下十度", [fig("高于零下十度", -10, qualifier="lower_bound", measure="℃")]),
    ("气温不高于零下3摄氏度", [fig("不高于零下3摄氏度", -3, qualifier="upper_bound", measure="℃")]),
    ("增速低于负3%", [fig("低于负3%", -3, qualifier="upper_bound", measure="%")]),
    ("气温低于-5℃", [fig("低于-5℃", -5, qualifier="upper_bound", measure="℃")]),
    ("山区超过零下30度", []), ("平原不到零下5度", []), ("气温零下5℃以下", []), ("零下20多度", []),
    # 零上 before 度: a temperature
    ("气温零上5度", [fig("零上5度", 5, measure="℃")]),
    ("午后零上3度左右", [fig("零上3度左右", 3, qualifier="approx", measure="℃")]),
    ("零下3度到零上5度", [fig("零下3度到零上5度", -3, 5, measure="℃")]),
    ("气温5度", []), ("角度30度", []),
    # 几 and 来 after 廿 卅 卌
    ("廿几家企业", [fig("廿几家", 21, 29, "approx", "家")]), ("卅几岁", [fig("卅几岁", 31, 39, "approx", "岁")]),
    ("收入廿几万元", [fig("廿几万元", 210000, 290000, "approx", "元")]),
    ("卌几人", [fig("卌几人", 41, 49, "approx", "人")]),
    ("廿来人", [fig("廿来人", 20, qualifier="approx", measure="人")]),
    ("卅来岁", [fig("卅来岁", 30, qualifier="approx", measure="岁")]),
    ("廿来万元", [fig("廿来万元", 200000, qualifier="approx", measure="元")]),
    ("五月廿几日", []), ("廿一世纪", []),
    # a magnitude after a superscript power, as after ^
    ("产量1.2×10⁴万吨", [fig("1.2×10⁴万吨", 1.2e8, measure="吨")]),
    ("投资3.5×10³亿元", [fig("3.5×10³亿元", 3.5e11, measure="元")]),
    ("产量1.2×10^4万吨", [fig("1.2×10^4万吨", 1.2e8, measure="吨")]),
    ("产量1.2×10⁴吨", [fig("1.2×10⁴吨", 12000, measure="吨")]), ("浓度10⁴万", []),
    # the round's other forms that read right: kept so
    ("合同金额人民币壹佰万元整", [fig("壹佰万元", 1e6, measure="元")]),
    ("金额为壹万贰仟叁佰元整", [fig("壹万贰仟叁佰元", 12300, measure="元")]),
    ("人民币（大写）伍拾万圆整", [fig("伍拾万圆", 500000, measure="元")]),
    ("收款壹佰元零伍角", [fig("壹佰元零伍角", 100.5, measure="元")]),
    ("借款壹亿零伍佰万元", [fig("壹亿零伍佰万元", 1.05e8, measure="元")]),
    ("收款贰万伍仟元（25000元）", [fig("贰万伍仟元", 25000, measure="元")]),
    ("投资两千两百万元", [fig("两千两百万元", 2.2e7, measure="元")]),
    ("财政收入两亿两千万元", [fig("两亿两千万元", 2.2e8, measure="元")]),
    ("卅五家企业", [fig("卅五家", 35, measure="家")]), ("一〇五人", [fig("一〇五人", 105, measure="人")]),
    ("收入12\u2009345元", [fig("12345元", 12345, measure="元")]),
    ("收入12\u00a0345\u00a0678元", [fig("12345678元", 12345678, measure="元")]),
    ("价格1.234,5元", []), ("价格1.234.567元", []), ("增长12,5%", []),
    ("投资3千万元", [fig("3千万元", 3e7, measure="元")]), ("3百万人", [fig("3百万人", 3e6, measure="人")]),
    ("占七成五", [fig("七成五", 75, measure="%")]), ("增长一倍半", [fig("一倍半", 1.5, measure="倍")]),
    ("增长两倍多", [fig("两倍多", 2, qualifier="lower_bound", measure="倍")]),
    ("三十来岁", [fig("三十来岁", 30, qualifier="approx", measure="岁")]),
    ("二十几万人", [fig("二十几万人", 210000, 290000, "approx", "人")]),
    ("增长负3.5%", [fig("负3.5%", -3.5, measure="%")]), ("零下5℃", [fig("零下5℃", -5, measure="℃")]),
    ("投资5-8万元", [fig("5-8万元", 50000, 80000, measure="元")]),
    ("投资5万元至8万元", [fig("5万元至8万元", 50000, 80000, measure="元")]),
    ("比例为千分之二点一", [fig("千分之二点一", 2.1, measure="‰")]),
    ("增长百分之三点五", [fig("百分之三点五", 3.5, measure="%")]),
]

# the families' draws, less any text written above by hand (a text is read once)
DRAWN = [c for c in drawn(financial_words, 10, 50) + drawn(probably, 10, 50) + drawn(sign_compares, 10, 50)
         + drawn(tens_some, 15, 50) + drawn(power_magnitudes, 10, 50)
         if c.text not in {t for t, _ in BRIEF}]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(
    BRIEF, 80, guards=[(c.text, []) for c in DRAWN])


def test_the_families_are_drawn_wide() -> None:
    """Each family's every branch is drawn: words ending in a financial digit before numerals and magnitudes and
    capitals after words; 八成 as a guess and as a share; each kind of bound word before each sign word and 零上;
    廿 卅 卌 before 几 and 来; superscript and caret powers before 万 and 亿."""
    for cls in ("financial_word", "financial_word.magnitude", "financial_word.capital", "probably", "probably.share",
                "sign_compare", "sign_compare.unsure", "sign_compare.plus", "tens_some", "tens_some.lai",
                "power_magnitude"):
        assert sum(c.cls == cls for c in DRAWN) >= 5, cls
    words = [c.text for c in DRAWN if c.cls == "financial_word"]
    for ch in ("伍", "陆", "拾"):
        assert any(ch in t for t in words), ch
    compares = [c.text for c in DRAWN if c.cls == "sign_compare"]
    for word in ("低于", "高于", "不低于", "不高于", "零下", "负"):
        assert any(word in t for t in compares), word
    assert {c.want[0].qualifier for c in DRAWN if c.cls == "sign_compare"} == {"upper_bound", "lower_bound"}
    some = [c.text for c in DRAWN if c.cls.startswith("tens_some")]
    for ch in ("廿", "卅", "卌", "万"):
        assert any(ch in t for t in some), ch
    powers = [c.text for c in DRAWN if c.cls == "power_magnitude"]
    assert any("^" in t for t in powers) and any(any(s in t for s in "¹²³⁴") for t in powers)
    assert any("万" in t for t in powers) and any("亿" in t for t in powers)


test_each_drawn_form_gives_its_figures = drawn_test(DRAWN)

test_a_sentence_reads_the_same_alone = alone_test(
    ["组建应急队伍十支", "他八成不会来", "夜间气温低于零下5℃", "廿几家企业", "产量1.2×10⁴万吨"])


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("最低气温低于零下8℃，新建学校3所。", -8, "upper_bound"),
    ("最低气温不低于零下3度，新建学校3所。", -3, "lower_bound"),
])
def test_a_compared_temperature_is_a_figure_of_its_own(text: str, value: float, qualifier: str) -> None:
    """The bound of a temperature below zero written with 零下 is a figure in a whole text's rows (not only the finder's
    list): its value signed and its qualifier the comparison's."""
    import stats

    rows = [f for f in stats.extract_text(text) if f["measure"] == "℃"]
    assert [(f["value"], f["qualifier"]) for f in rows] == [(value, qualifier)]
