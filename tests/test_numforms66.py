"""Number forms after numforms65, read in one extractor call (tests/batchread.py). The round checked the faults the
brief listed on main first, fixed those that read a wrong value, and drew a new generator family (tests/numread_gen.py
`side_forms`) of forms set side by side: share ranges whose ends are spelled apart, counts in 零头 form or capitals
after a year written with 〇 or an ordinal, 万亿 and 千亿 sections, falls said in words.

百分之零点五至一成 read 0.5–1 %: a range after 百分之 took the prefix's measure for both ends and dropped the high end's
成 (一成 is 10 %), so 百分之零点五至两成 read 0.5–2 % and 百分之五至六成 5–6 %. The low end now counts in the high
end's measure word where both count percent at different scales (quantities.py `_prefix_ratio`), as a low end's own
word does (3成到50%): 0.5–10 %, 5–60 %, 百分之三十到四成 30–40 %. Where the high end's word counts points, a multiple or
money (百分之五至六个百分点, 百分之五到六倍, 百分之五至六千元: 5–6 % and 5000–6000 % before), the ends are of two kinds
or the high end is another figure's: none.

五成至六十五 read 50–650 %: a low end's measure word lent to a bare high end (`measured_low`, 五成至六 = 50–60 %) made
more tenths than a whole; none now, as 十一成 is.

三成至五分之二 and 20%至四分之一 gave the fraction's share alone (40 %, 25 %): the low end, a rate with its word, was
dropped with the grammar's reading inside the fraction and the fraction read as a share on its own. A range word
after a rate's word and its numeral now makes the fraction a range's end (quantity_links.py `_ranged`), as
四分之一到三分之一 does: none.

百分之十二万人 read 120000 %, 百分之五千人 5000 %: a spoken share's numeral ending in a section or a place of a hundred or
more, before a measure word of another unit (人, 元), may have lent that word its magnitude (12 % and 万人 of the next
word?): none (quantities.py). 百分之三美分 (3 %), 百分之百人员 (100 %) and 增长百分之三百 (300 %) are as they were.

〇二六人 read 26 人 and 〇八七四亩 874 亩: a run of digits written one by one after 〇 is a code or a year cut short, no
count (numerals.py); 一〇五人 is 105 人 as before.

一成至42% gave none (exclusions.yaml exclude.lone_one took 一 before 成 and a Han 至 for an article), where
一成至百分之四十二 and 一成-42% read 10–42 %: 一成 before a range word and a percent typed in digits stays.

The brief's mixed forms read on main as the guards below say (三成到百分之四十, 五至六成, 1至2成, 两到三倍, 3-5个百分点,
一两千人, 三五百张, 十几万 about 110000–190000, 几十万 none); the new family's other branches (counts after a 〇 year or an
ordinal, capitals, 万亿 sections, falls) read right on main and are kept as guards.
"""

from __future__ import annotations

import pytest

from tests.batchread import TRAP, Case, Read, alone_test, batch_tests, drawn, drawn_all_test, fig, same
from tests.numread_gen import side_forms

AP, LB, UB = "approx", "lower_bound", "upper_bound"

BRIEF: list[Case] = [
    # a spoken share's low end before a high end in 成: the high end counts tenths
    ("占比百分之零点五至一成", [fig("百分之零点五至一成", 0.5, 10, measure="%")]),
    ("占比百分之零点五至两成", [fig("百分之零点五至两成", 0.5, 20, measure="%")]),
    ("占比百分之五至一成", [fig("百分之五至一成", 5, 10, measure="%")]),
    ("占比百分之五至六成", [fig("百分之五至六成", 5, 60, measure="%")]),
    ("占比百分之三十到四成", [fig("百分之三十到四成", 30, 40, measure="%")]),
    ("占比百分之零点五至一成五", [fig("百分之零点五至一成五", 0.5, 15, measure="%")]),
    ("占比百分之零点五至一成半", [fig("百分之零点五至一成半", 0.5, 15, measure="%")]),
    ("占比百分之零点五至一成左右", [fig("百分之零点五至一成左右", 0.5, 10, AP, "%")]),
    ("占比百分之零点三至1成", [fig("百分之零点三至1成", 0.3, 10, measure="%")]),
    # a high end in points, a multiple or money
    ("提高百分之五至六个百分点", []), ("增长百分之五到六倍", []), ("增长百分之零点五至一倍", []),
    ("增长百分之五至六千元", []), ("提高百分之零点五至一点五个百分点", []),
    # a bare high end after 成: no more tenths than a whole
    ("占比五成至六十五", []), ("占比2成至45", []),
    # a fraction at a range's end
    ("占比三成至五分之二", []), ("占比20%至四分之一", []), ("占比两成到四分之三", []),
    # a spoken share's numeral ending in a place or a section before another unit's word
    ("占比百分之十二万人", []), ("增长百分之三十万元", []), ("占比百分之五千人", []), ("比例为百分之三百户", []),
    # a run of digits after 〇
    ("共〇二六人", []), ("共〇八七四亩", []), ("〇二六年全市三千人参加", [fig("三千人", 3000, measure="人")]),
    # 一成 opening a range to a percent in digits
    ("占比一成至42%", [fig("一成至42%", 10, 42, measure="%")]),
]

GUARDS: list[Case] = [
    # the brief's mixed forms, as main read them
    ("占比三成到百分之四十", [fig("三成到百分之四十", 30, 40, measure="%")]),
    ("占比五至六成", [fig("五至六成", 50, 60, measure="%")]), ("占比1至2成", [fig("1至2成", 10, 20, measure="%")]),
    ("增长两到三倍", [fig("两到三倍", 2, 3, measure="倍")]),
    ("提高3-5个百分点", [fig("3-5个百分点", 3, 5, measure="百分点")]),
    ("来了一两千人", [fig("一两千人", 1000, 2000, measure="人")]),
    ("卖出三五百张", [fig("三五百张", 300, 500, measure="张")]),
    ("吸引十几万人", [fig("十几万人", 110000, 190000, AP, "人")]), ("吸引几十万人", []),
    # what the fixes leave as it was
    ("占比百分之零点五至一", [fig("百分之零点五至一", 0.5, 1, measure="%")]),
    ("占比百分之五到百分之十", [fig("百分之五到百分之十", 5, 10, measure="%")]),
    ("占比0.5%至一成", [fig("0.5%至一成", 0.5, 10, measure="%")]),
    ("占比五成至六", [fig("五成至六", 50, 60, measure="%")]), ("占比百分之五十至十一成", []),
    ("占比由20%提高到四分之一", [fig("20%", 20, measure="%"), fig("四分之一", 25, measure="%")]),
    ("占比五分之一至五分之二", [fig("五分之一至五分之二", 20, 40, measure="%")]),
    ("共一〇五人", [fig("一〇五人", 105, measure="人")]), ("政策一成不变", []),
    ("增长百分之三百", [fig("百分之三百", 300, measure="%")]),
    ("完成率百分之百人员到位", [fig("百分之百", 100, measure="%")]),
    ("占比百分之二十人员", [fig("百分之二十", 20, measure="%")]), ("占比百分之三美分", [fig("百分之三", 3, measure="%")]),
    ("二〇二六年一万零八百人参加", [fig("一万零八百人", 10800, measure="人")]),
    ("第三批两千零五户", [fig("两千零五户", 2005, measure="户")]),
]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(BRIEF, 20, GUARDS)

test_a_sentence_reads_the_same_alone = alone_test(["占比百分之零点五至一成", "占比三成至五分之二", "共〇二六人",
                                                   "占比五成至六十五", "占比一成至42%"])


@pytest.mark.parametrize(("text", "want"), GUARDS, ids=[t for t, _ in GUARDS])
def test_what_main_read_right_stays(read: Read, text: str, want: list) -> None:
    """The brief's mixed forms and the neighbours of each fix read as they did on main."""
    assert same(read[text], [*want, TRAP[1]]), read[text]


DRAWN = [c for c in drawn(side_forms, 80, 66) if c.text not in {t for t, _ in BRIEF + GUARDS}]


def test_the_family_is_drawn_wide() -> None:
    """Each branch of the family is drawn, and the share ranges in every pairing of their ends' spellings."""
    for cls in ("share_range", "year_count", "ordinal_count", "capital_count", "big_section", "fall",
                "share_fraction", "share_kinds", "tenths_bare", "share_place", "zero_run"):
        assert sum(c.cls == f"side_forms.{cls}" for c in DRAWN) >= 20, cls
    ranges = [c.text for c in DRAWN if c.cls == "side_forms.share_range"]
    for low, high in (("百分之", "成"), ("%", "成"), ("成", "百分之"), ("成", "%"), ("百分之", "%")):
        assert any(low in t.split(link)[0] and high in t.split(link)[-1] for t in ranges for link in "至到~-"
                   if link in t), (low, high)
    assert sum(c.cls == "side_forms.share_range" and "百分之零点" in c.text and c.text.endswith("成")
               for c in DRAWN) >= 5


test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)
