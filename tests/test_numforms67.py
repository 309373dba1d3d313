"""Number forms after numforms66, read in one extractor call (tests/batchread.py). The round checked the faults the
brief listed on main first, fixed the one that read a wrong value and one that read none where the reading is sure,
and drew a new generator family (tests/numread_gen.py `worded_forms`) of numbers said in words after a date or a
period in words: counts with 零 inside or 点 before 万 or 亿 under bound words, shares per thousand and per ten
thousand, a share's range whose bare high end counts something else, a band round zero, halves after 倍 and spans.

百分之二十至三十家企业 read 20–30 %: a range after 百分之 whose bare high end stands before a measure word of another
unit (家, 户, 个, 人) dropped that word as no word of the share (百分之三美分 is 3 %), where the high end counts firms
(30 家) and is no end of a share. None now (quantities.py); 百分之二十至三十的企业 and 百分之二十至百分之三十家企业
(the high end's own 百分之) stay 20–30 %.

负百分之五至百分之五 and 负5%至5% read none: a sign word before a range's low end leaves the high end's sign unsure
(负5%至10%: −10 to −5, or −5 to 10?), but where both ends write the same numeral the only range is −5 to 5, a band round
zero (numerals.yaml sign_word_band: 负, 負, 零下; 负增长5%至5% stays none). 零下5至5度 is −5 to 5 ℃ as well.

The brief's other forms read on main as the guards say: 百分之五十至三成 none (the ends the wrong way round once 成 is
counted), 百分之三四 3–4 % (the loose pair, as 百分之七八 and 三五百张 read; never 34 %), 三点五万人 35000,
一点二亿元, 四万万五千万 4.5亿, 千分之三点五 and 万分之三, 一千零五十张 and 两万零三百人, 一个半月 1.5 个月 (no count of 个),
一倍半 1.5 倍, 十一月份新增三百人 300 人 (the month no figure).
"""

from __future__ import annotations

from tests.batchread import TRAP, Case, Read, alone_test, batch_tests, drawn, drawn_all_test, fig, same
from tests.numread_gen import worded_forms

AP = "approx"

BRIEF: list[Case] = [
    # a share's range whose bare high end counts something else
    ("百分之二十至三十家企业受益", []), ("约有百分之二十至三十家企业", []), ("百分之五至八户受益", []),
    ("百分之二十到三十个村", []), ("其中百分之十至二十人", []), ("百分之四十至五十所学校", []),
    # a band round zero after a sign word
    ("变动幅度负百分之五至百分之五", [fig("负百分之五至百分之五", -5, 5, measure="%")]),
    ("误差负5%至5%", [fig("负5%至5%", -5, 5, measure="%")]),
    ("波动幅度负百分之三到三", [fig("负百分之三到三", -3, 3, measure="%")]),
    ("气温零下5至5度", [fig("零下5至5度", -5, 5, measure="℃")]),
    ("误差负三至三毫米", [fig("负三至三毫米", -3, 3, measure="毫米")]),
]

GUARDS: list[Case] = [
    # what the fixes leave as it was
    ("共有百分之二十至三十的企业", [fig("百分之二十至三十", 20, 30, measure="%")]),
    ("占比百分之二十至百分之三十家企业", [fig("百分之二十至百分之三十", 20, 30, measure="%")]),
    ("约有百分之三十至四十左右的企业", [fig("百分之三十至四十左右", 30, 40, AP, "%")]),
    ("占比百分之二十至三成", [fig("百分之二十至三成", 20, 30, measure="%")]),
    ("占比百分之二十人员", [fig("百分之二十", 20, measure="%")]), ("占比百分之三美分", [fig("百分之三", 3, measure="%")]),
    ("增长负百分之五至百分之十", []), ("增长负5%至10%", []), ("出口负增长5%至5%", []), ("误差负三至三万元", []),
    ("增长-5%至5%", [fig("-5%至5%", -5, 5, measure="%")]),
    ("增长负百分之五", [fig("负百分之五", -5, measure="%")]),
    # the brief's other forms, as main read them
    ("占比百分之五十至三成", []), ("占比三成至百分之五十", [fig("三成至百分之五十", 30, 50, measure="%")]),
    ("占比百分之三四", [fig("百分之三四", 3, 4, measure="%")]),
    ("吸引三点五万人", [fig("三点五万人", 35000, measure="人")]),
    ("投资一点二亿元", [fig("一点二亿元", 120000000, measure="元")]),
    ("人口四万万五千万", [fig("四万万五千万", 450000000, measure="人")]),
    ("死亡率千分之三点五", [fig("千分之三点五", 3.5, measure="‰")]),
    ("不良率万分之三", [fig("万分之三", 3, measure="‱")]),
    ("卖出一千零五十张", [fig("一千零五十张", 1050, measure="张")]),
    ("吸引两万零三百人", [fig("两万零三百人", 20300, measure="人")]),
    ("用了一个半月", [fig("一个半月", 1.5, measure="个月")]), ("增长一倍半", [fig("一倍半", 1.5, measure="倍")]),
    ("十一月份新增三百人", [fig("三百人", 300, measure="人")]),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 10, GUARDS)

test_a_sentence_reads_the_same_alone = alone_test(["百分之二十至三十家企业受益", "变动幅度负百分之五至百分之五",
                                                   "气温零下5至5度"])


def test_what_main_read_right_stays(read: Read) -> None:
    """The brief's other forms and the neighbours of each fix read as they did on main."""
    bad = [(t, read[t]) for t, want in GUARDS if not same(read[t], [*want, TRAP[1]])]
    assert not bad, bad


DRAWN = [c for c in drawn(worded_forms, 80, 67) if c.text not in {t for t, _ in BRIEF + GUARDS}]


def test_the_family_is_drawn_wide() -> None:
    """Each branch of the family is drawn, and the dated counts under every bound word and in both spellings."""
    for cls in ("dated_count", "permille", "permille_range", "counted_high", "share_of", "sign_band", "half_span"):
        assert sum(c.cls == f"worded_forms.{cls}" for c in DRAWN) >= 20, cls
    for cls in ("fall_band", "half_times"):
        assert sum(c.cls == f"worded_forms.{cls}" for c in DRAWN) >= 8, cls
    dated = [c.text for c in DRAWN if c.cls == "worded_forms.dated_count"]
    assert sum("点" in t for t in dated) >= 20 and sum("零" in t for t in dated) >= 20
    for bound in ("约", "近", "超过", "以上", "左右", "不到"):
        assert any(bound in t for t in dated), bound


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)
