"""Number forms probed for wrong values (numprobe60): Chinese neighbours typed with a comma where the second holds
no place or magnitude (十七，八人: 17–18 as 十七、八人 is, or a clause ending on 十七?) gave the second alone (8 人), a
wrong value; now no figure. Their neighbours stay as they were: the comma before a magnitude is the range, an
ordinal's first (第三，四人) leaves the count after it, and 、 is the range."""

from __future__ import annotations

import pytest

from tests.figforms import Fig
from tests.figforms import close as _close
from tests.figforms import figs as _figs

# Read wrongly before (the second number alone): now no figure.
FIXED: list[tuple[str, list[Fig]]] = [
    ("现场来了十七，八人", []),
    ("现场来了十七,八人", []),
    ("学员多为十七，八岁", []),
    ("全村有二十三，四户", []),
    ("来了三，四人", []),
    ("每班有三十五，六名学生", []),
    # round Chinese neighbours (d then d+1 with the same place) are one range, as 20、30户 is: were two exact figures
    ("全村有三十、四十户", [("三十、四十户", 30, 40, "exact")]),
    ("全村共有一百二十、三十户", [("一百二十、三十户", 120, 130, "exact")]),
    ("全县有二百、三百万元存款", [("二百、三百万元", 2e6, 3e6, "exact")]),
    ("投入三十，四十万元", [("三十，四十万元", 3e5, 4e5, "exact")]),  # was 四十万元 alone
    ("全村有三十，四十户", []),  # was 四十户 alone; as 20，30户, no sure reading
    ("全村共有一百二十，三十户", []),  # was 三十户 alone
    ("下降百分之二十、三十", [("百分之二十、三十", 20, 30, "exact")]),  # was 百分之二十 alone
    # the first's last digit in the place below the one before it (一千二 = 1200), the second writing that place out
    ("全镇有一千二、三百户", [("一千二、三百户", 1200, 1300, "exact")]),  # was 1200 户 and 300 户
    ("约有一万七、八千人", [("一万七、八千人", 17000, 18000, "approx")]),
    ("收入一万一、二千元", [("一万一、二千元", 11000, 12000, "exact")]),  # was 11000 元 and 2000 元
    ("全镇有一千二，三百户", []),  # was 三百户 alone
    ("约有一万七，八千人", []),  # was 八千人 alone
    # a vague range, 、 and the round number above it: one range as 十几二十万元 is (was 十几 元, 11–19 元)
    ("达十几、二十万元", [("十几、二十万元", 110000, 200000, "approx")]),
    ("有十几、二十人", [("十几、二十人", 11, 20, "approx")]),
    ("十几、三十万元", [("三十万元", 300000, None, "exact")]),  # 十几 万 or 元? none (was 11–19 元)
    # a measure word before (人口) and neighbours whose second alone has the section: was the first alone (30 人); the
    # range 三十、四十万人 is with the measure word written (numforms45)
    ("全县人口三十、四十万", [("三十、四十万", 300000, 400000, "exact")]),
    ("全县人口3、4万", [("3、4万", 30000, 40000, "exact")]),
    ("人口一百一十、二十万", [("一百一十、二十万", 1100000, 1200000, "exact")]),
    # a low end with places of its own lent only the high end's section (万), never its places too (十万): was 300万
    ("分别投入三十、四十万元", [("三十", 300000, None, "exact"), ("四十万元", 400000, None, "exact")]),
]

# Read right before and after.
KEPT: list[tuple[str, list[Fig]]] = [
    ("会场坐了二十三、四人", [("二十三、四人", 23, 24, "exact")]),
    ("学员多为十七、八岁", [("十七、八岁", 17, 18, "exact")]),
    ("每年接待二十七，八万人次", [("二十七，八万人次", 270000, 280000, "exact")]),
    ("投入十七，八万元", [("十七，八万元", 170000, 180000, "exact")]),
    ("排名第三，四人获奖", [("四人", 4, None, "exact")]),
    ("每组5，6人", []),
    ("全市约有5，6万人参加", [("5，6万人", 5e4, 6e4, "approx")]),
    ("全村有20、30户", [("20、30户", 20, 30, "exact")]),
    ("分别有三十、四十户", [("三十", 30, None, "exact"), ("四十户", 40, None, "exact")]),
    ("全村有三十、四十、五十户", [("三十", 30, None, "exact"), ("四十", 40, None, "exact"), ("五十户", 50, None, "exact")]),
    ("分别下降百分之二十、三十", [("百分之二十", 20, None, "exact"), ("三十", 30, None, "exact")]),
    ("增长百分之五、六十", [("百分之五、六十", 50, 60, "exact")]),
    ("分别有一千二、三百户", [("一千二", 1200, None, "exact"), ("三百户", 300, None, "exact")]),
    ("十几二十万元", [("十几二十万元", 110000, 200000, "approx")]),
    ("共有十几、三十人", [("十几", 11, 19, "approx"), ("三十人", 30, None, "exact")]),
    ("全县人口三十万", [("三十万", 300000, None, "exact")]),
    ("收入3、4万元", [("3、4万元", 30000, 40000, "exact")]),
    ("来了十七八人", [("十七八人", 17, 18, "exact")]),
    ("分别投入二百、三百万元", [("二百", 2e6, None, "exact"), ("三百万元", 3e6, None, "exact")]),
    ("投入三、四十万元", [("三、四十万元", 300000, 400000, "exact")]),
    ("每户补助十二至二十万元", [("十二至二十万元", 120000, 200000, "exact")]),
    ("投资三千至五千万元", [("三千至五千万元", 3e7, 5e7, "exact")]),
]


@pytest.mark.parametrize("text,want", FIXED + KEPT, ids=[t for t, _ in FIXED + KEPT])
def test_probed_forms(text: str, want: list[Fig]) -> None:
    got = _figs(text)
    assert _close(got, want), got
