"""More forms of Chinese numbers a number-reading suite asks about: capital digits (大写) with 零 inside, 廿/卅/卌,
万万, mixed Arabic and Chinese places, shortened tails (一百一, 两万一), shares and multiples, bounds after the
unit (3万余人, 三十来岁), full-width and spaced digits, 把 after a lone place (万把人: about ten thousand), and
what must give no figure: 幺 read digit by digit (a phone number), 兆 with no sure scale, 亿万 and 正负, ordinals
and codes (第3万名, 第5期, No.5), and a date before a word that starts with a measure character (5.12地震,
2024元旦, 2024米兰时装周). Each case is a short sentence of our own and every figure it must give (quote, value,
value_high, qualifier), or none. Not repeated here: the forms of test_numforms21.py."""

from __future__ import annotations

import pytest

from tests.figforms import Fig
from tests.figforms import close as _close
from tests.figforms import figs as _figs

# Read wrongly or missed before this set: now read (or, for a wrong value, now none: NONE_NOW).
FIXED: list[tuple[str, list[Fig]]] = [
    ("春节期间来了万把人", [("万把人", 10000, None, "approx")]),
    ("一个月挣千把块钱", [("千把块钱", 1000, None, "approx")]),
    ("村里还有百把人", [("百把人", 100, None, "approx")]),
    ("每户补贴百把元", [("百把元", 100, None, "approx")]),
    ("2024元旦假期全市接待游客5万人次", [("5万人次", 50000, None, "exact")]),  # was 2024元 as well
]

# A date or a year before a word that begins with a measure character: was a figure (5.12 地, 2024 元), now none.
NONE_NOW: list[str] = [
    "汶川5.12地震",
    "纪念5.12大地震十周年",
    "1.1元旦假期",
    "2025元旦期间",
    "2024元宵灯会开幕",
    "2024米兰时装周开幕",
]

# Read right before and after.
KEPT: list[tuple[str, list[Fig]]] = [
    ("收到捐款壹万贰仟叁佰元", [("壹万贰仟叁佰元", 12300, None, "exact")]),
    ("共计贰拾元", [("贰拾元", 20, None, "exact")]),
    ("合计玖万零捌佰元", [("玖万零捌佰元", 90800, None, "exact")]),
    ("合计壹仟零伍元", [("壹仟零伍元", 1005, None, "exact")]),
    ("金额壹拾贰万元", [("壹拾贰万元", 120000, None, "exact")]),
    ("人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", [("壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", 1234567.89, None, "exact")]),
    ("廿三人参加", [("廿三人", 23, None, "exact")]),
    ("投资卅五万元", [("卅五万元", 350000, None, "exact")]),
    ("来了卌个人", [("卌个人", 40, None, "exact")]),
    ("人口达一万万人", [("一万万人", 1e8, None, "exact")]),
    ("投资两万万元", [("两万万元", 2e8, None, "exact")]),
    ("资产达1万2千元", [("1万2千元", 12000, None, "exact")]),
    ("投资2千5百万元", [("2千5百万元", 2.5e7, None, "exact")]),
    ("投资3千万元", [("3千万元", 3e7, None, "exact")]),
    ("GDP达2.5万亿元", [("2.5万亿元", 2.5e12, None, "exact")]),
    ("投资0.8亿元", [("0.8亿元", 8e7, None, "exact")]),
    ("投资十亿零五百万元", [("十亿零五百万元", 1.005e9, None, "exact")]),
    ("投资一亿五百万元", [("一亿五百万元", 1.05e8, None, "exact")]),
    ("来了一千零一人", [("一千零一人", 1001, None, "exact")]),
    ("有一百一人", [("一百一人", 110, None, "exact")]),
    ("来了两万一人", [("两万一人", 21000, None, "exact")]),
    ("投资十万二元", [("十万二元", 102000, None, "exact")]),
    ("增长百分之一百二十", [("百分之一百二十", 120, None, "exact")]),
    ("增长负百分之三", [("负百分之三", -3, None, "exact")]),
    ("误差为千分之零点五", [("千分之零点五", 0.5, None, "exact")]),
    ("产量增长两倍", [("两倍", 2, None, "exact")]),
    ("产值增长1.5倍", [("1.5倍", 1.5, None, "exact")]),
    ("收入增长了两倍半", [("两倍半", 2.5, None, "exact")]),
    ("成本下降三成", [("三成", 30, None, "exact")]),
    ("游客约3.5万人次", [("约3.5万人次", 35000, None, "approx")]),
    ("投资1 234 567元", [("1234567元", 1234567, None, "exact")]),
    ("增长１２．５％。", [("12.5%", 12.5, None, "exact")]),
    ("投资１，２３４万元", [("1,234万元", 1.234e7, None, "exact")]),
    ("３万余人参加", [("3万余人", 30000, None, "lower_bound")]),
    ("年龄三十来岁", [("三十来岁", 30, None, "approx")]),
    ("来了3万来人", [("3万来人", 30000, None, "approx")]),
    ("两万元开外", [("两万元开外", 20000, None, "lower_bound")]),
    ("一个多亿", [("一个多亿", 1e8, None, "lower_bound")]),
    ("五个半亿", [("五个半亿", 5.5e8, None, "exact")]),
    # 把 after a digit stays the measure word of counted things (the lone place's 把 is no bound there)
    ("发放雨伞一万把", [("一万把", 10000, None, "exact")]),
    ("购置一万把伞", [("一万把", 10000, None, "exact")]),
    ("采购铁锹二十把", [("二十把", 20, None, "exact")]),
    ("新增耕地分布在3地", [("3地", 3, None, "exact")]),
    ("每张1.1元", [("1.1元", 1.1, None, "exact")]),
    ("第三批共15个项目", [("15个", 15, None, "exact")]),
    ("第5期培训班学员120人", [("120人", 120, None, "exact")]),
]

# No figure: no sure value, or no quantity at all.
NONE: list[str] = [
    "拨打幺幺零报警",
    "电话一三九幺二三四五六七八",
    "幺二三号房间",
    "宽带100兆",
    "投资1兆日元",
    "亿万人民",
    "投资亿万元",
    "正负百分之五",
    "误差正负0.5%",
    "万把伞",  # a lone place with 把 and no measure word after
    "迎来第3万名游客",
    "第100万辆汽车下线",
    "第十万名志愿者",
    "第3期",
    "第十五届全运会",
    "三级医院",
    "No.5",
    "编号No.12345",
    "国发〔2024〕5号文件",
    "京ICP备12345678号",
    "2号楼3单元",
    "6号台风",
    "列全省第5位",
    "四川5·12地震",
    "3·15晚会",
    "万万不可",
    "千千万万",
]



@pytest.mark.parametrize(("text", "want"), FIXED + KEPT, ids=[t for t, _ in FIXED + KEPT])
def test_each_form_gives_its_figure(text: str, want: list[Fig]) -> None:
    got = _figs(text)
    assert _close(got, want), got


@pytest.mark.parametrize("text", NONE_NOW + NONE)
def test_forms_with_no_sure_value_give_no_figure(text: str) -> None:
    assert _figs(text) == []
