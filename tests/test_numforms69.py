"""Number forms after numforms68, read in one extractor call (tests/batchread.py).

负二到正二个百分点 read 二个百分点 = 2, the high end alone (a part, a wrong value), and 误差负3至正5毫米 read 5 毫米: 正 was
no sign, so the range broke at it and the high end was read on its own. 正 before a range's high end after a low end a
minus word signs is that end's sign now (numerals.yaml plus_word_high: −2 to 2 百分点, −3 to 5 毫米), as 零上 is
(零下五至零上三度 read −5 to 3 ℃ already); anywhere else after a range's mark it is no sign and the range no figure
(三到正五人: none, never 5 人). A 一 after that 正 is a number (负一到正一毫米: −1 to 1; exclude.lone_one).

Arabic digits each before its own word of place (1亿2千3百4十5万元, 2千零5十人, 1万零8百张, 三亿5千万) read whole or not at
all on main already: none of them gave a part. Some read none (1亿2千3百4十5万元, 1万2千零5人, 三亿5千万元): left so.

The family signed_word_forms (tests/numread_gen.py) draws those forms with rates per ten thousand and per thousand in
words (万分之三点五), multiples (一点五倍, 两倍半), discounts and tenths (七五折, 三成半), and names, ordinals, dates and
times that hold numerals (第十四个五年规划, 一带一路, 三甲医院, 十四五, 二〇二六年十二月, 十二时三十分: none). On main
only the signed ranges and 正 after an unsigned low end were wrong (69 and 81 of 120 draws).
"""

from __future__ import annotations

import pytest

from tests.batchread import TRAP, Case, Read, alone_test, batch_tests, drawn, drawn_all_test, fig, read_cases, same
from tests.numread_gen import judge, signed_word_forms

BRIEF: list[Case] = [
    # 正 signs a range's high end after a low end signed in words
    ("波动负二到正二个百分点", [fig("负二到正二个百分点", -2, 2, measure="百分点")]),
    ("误差负三至正五毫米", [fig("负三至正五毫米", -3, 5, measure="毫米")]),
    ("误差负3至正5毫米", [fig("负3至正5毫米", -3, 5, measure="毫米")]),
    ("增速负2%到正4%", [fig("负2%到正4%", -2, 4, measure="%")]),
    ("波动负一点五到正零点五个百分点", [fig("负一点五到正零点五个百分点", -1.5, 0.5, measure="百分点")]),
    ("气温负五至正三度", [fig("负五至正三度", -5, 3, measure="℃")]),
    ("误差负一到正一毫米", [fig("负一到正一毫米", -1, 1, measure="毫米")]),
    ("气温零下五到正一度", [fig("零下五到正一度", -5, 1, measure="℃")]),
    # 正 after a range's mark with no minus word before the low end: no sign, no figure (never the high end alone)
    ("共有三到正五人", []), ("新增四至正七家", []),
]

GUARDS: list[Case] = [
    # what the fix leaves as it was
    ("气温零下五至零上三度", [fig("零下五至零上三度", -5, 3, measure="℃")]),
    ("误差负二至二毫米", [fig("负二至二毫米", -2, 2, measure="毫米")]),
    ("误差负一至三毫米", []), ("正二十面体", []), ("正一品官员", []),
    ("误差正二毫米", [fig("二毫米", 2, measure="毫米")]),
    ("误差负一至负三毫米", [fig("负一至负三毫米", -3, -1, measure="毫米")]),
    # digits each before its own word of place: whole (main read these already)
    ("发放1万零8百张", [fig("1万零8百张", 10800, measure="张")]),
    ("共有2千零5十人", [fig("2千零5十人", 2050, measure="人")]),
    ("投资1亿2千3百万元", [fig("1亿2千3百万元", 123000000, measure="元")]),
    ("投资1亿2千3百4十5万元", []), ("投资三亿5千万元", []),
    # rates, multiples, discounts in words; names, dates and times: no figure
    ("发生率为万分之三点五", [fig("万分之三点五", 3.5, measure="‱")]),
    ("增长两倍半", [fig("两倍半", 2.5, measure="倍")]),
    ("商品打七五折", [fig("七五折", 75, measure="%")]),
    ("实施第十四个五年规划", []), ("推进一带一路建设", []), ("会议于十二时三十分开始", []),
    ("二〇二六年十二月召开", []),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 5, GUARDS)

test_a_sentence_reads_the_same_alone = alone_test(["波动负二到正二个百分点", "共有三到正五人"])


def test_what_main_read_right_stays(read: Read) -> None:
    """The neighbours of the fix read as they did on main."""
    bad = [(t, read[t]) for t, want in GUARDS if not same(read[t], [*want, TRAP[1]])]
    assert not bad, bad


ALL = drawn(signed_word_forms, 60, 69)
DRAWN = [c for c in ALL if not c.either and c.text not in {t for t, _ in BRIEF + GUARDS}]
MIXED = [c for c in ALL if c.either]


def test_the_family_is_drawn_wide() -> None:
    """Each branch of signed_word_forms (tests/numread_gen.py) is drawn."""
    for cls in ("signed", "plus_alone", "rate", "times", "not_value"):
        assert sum(c.cls == f"signed_word_forms.{cls}" for c in DRAWN) >= 30, cls
    assert sum(c.cls == "signed_word_forms.tenths" for c in DRAWN) >= 15
    assert len(MIXED) >= 40


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)


@pytest.mark.slow
def test_digits_before_their_own_places_read_whole_or_not_at_all() -> None:
    """1亿2千3百4十5万, 2千零5十, 1万零8百 drawn: the whole number or no figure, never a part (judge: `either`)."""
    got = read_cases([(c.text, []) for c in MIXED])
    wrong = []
    for c in MIXED:
        figs = got[c.text]
        assert figs and figs[-1] == TRAP[1], (c.text, figs)
        bad, _ = judge(c, [{"quote": f[0], "value": f[1], "value_high": f[2], "measure": f[4]} for f in figs[:-1]])
        wrong += [(c.text, bad)] if bad else []
    assert not wrong, wrong
