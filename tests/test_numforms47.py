"""Number forms after numforms46, read in one extractor call (tests/batchread.py). The round's families were probed in
sentences: the leads round 46 left (三四百万 after 就业人员, 投资一亿二, GDP达1.2万亿, 占比达3/5, 3.12个项目开工),
financial capitals (壹佰贰拾万元, 贰仟零伍拾张, 叁拾万元整, 壹拾贰万叁仟肆佰伍拾陆元柒角捌分), 〇 and 零 inside
(二〇二五年 none, 一千零五十人, 三万零八百元, 一亿零五百万元), Arabic digits before places (3千人, 1百万元, 1千5百元), halves
(一个半月, 两成半, 三倍半), 成 and 折 (八成, 打八折), multiples (翻两番, 增长1.5倍, 是上年的2倍), per mille and per ten
thousand (千分之三点五, 5‰, 3.2‱, 十万分之三), signs of every width in prose, 多/余/来/把 and the bound words, spoken
shortenings and ranges of neighbours, list marks, dates and clipped years beside a figure, and tables. Each read as
GUIDE wants or gave none, but for what is here, the wrong value first.

A wrong value (exclusions.yaml exclude.list_mark_before_count): 3.12个项目开工 and 2.35家企业签约 at a sentence's head
(item 3, 12 projects: a list's number and point run into the count that opens the item) read 3.12 个 and 2.35 家: none
now, where the clause goes on after the measure word, as round 46 made it for three decimals (1.300人参加培训). A rate in
hundredths that ends its clause (4.57人。, 3.26人，比上年增加0.12人: damaged4's rate per thousand people, its base on the
line before), goes on with a comparison (2.85人比上年增加) or is 人次 stays as read.

Then misses:
- stats/repair/layout.py `_FOLD` and stats/find/tablerows.py `apart`: a table whose cells carry the minus sign of
  mathematics (U+2212, as PDFs and spreadsheets set it: 工业增加值 亿元 456.7 −3.5) read no cell of that row nor of
  any row after it (the cell pattern takes an ASCII sign; the check against the source compared NFKC, which keeps
  U+2212): the sign is folded to ASCII as the full-width one was, in prose too (增长−2.3% reads −2.3 as before, its
  quote now -2.3%, as －2.3% was quoted: test_extraction's and test_numforms27's quotes of − say so now).
- rules/lexicon/numerals.yaml shares.slash_after and slash_of (stats/find/quantity_links.py `_slash_shares`):
  占比达3/5, 占全市的1/4, 约占1/4, 占比超过1/2 gave none (a slash fraction may be a date): after a word of a share,
  right before it, after a link (达, 为) or after the whole it is of (…的), it is no date: 60 %, 25 % (approx), 50 % at
  least, as 五分之三 reads. 占比为1/3 (no finite percent), 3/4的家庭 (no word of a share), 占道经营3/5起 and 占地1/2亩
  (占 of another word, a unit after) stay none. test_numforms24 listed 占总数的3/4以上 as none: 75 % at least now.

Seen and left: 就业人员三四百万, 投资一亿二, GDP达1.2万亿 give none as round 46 decided (no unit named before a bare number);
二、三百人 and 三、四千元 give none (二、 may be a list's mark: 200 人 would be a wrong value); 利润总额 亿元 (3.5) (12.4)
(an accounting table's brackets for a fall) reads no cell of that row nor after (no sure sign); 百万人口 reads 1000000
人; 1.300万元资金到位 reads 13000 元 (a magnitude after three decimals stays, as round 46 left 2.5000万元); 25年投资3亿元
reads 25 年 (a clipped year before 投资, a duration's tier); 千万分之一, 1.2E+08元, 三又二分之一 and 一百来号人 give none;
全县户籍人口三、五万 reads 30000–50000 人 (三五 is the spoken "a few", so read in 三五千元 too) where numread_gen's
measured_neighbours.apart wants none (a seed of its own may draw it)."""

from __future__ import annotations

import pytest

import stats
from tests.batchread import Case, alone_test, batch_tests, drawn, drawn_test, fig
from tests.numread_gen import hundredth_marks, slash_shares

BRIEF: list[Case] = [
    # a list item's number run into a count in hundredths that opens the item: none
    ("3.12个项目开工", []), ("2.35家企业签约落户", []), ("1.30余人参加培训", []), ("4.25个村通硬化路", []),
    ("5.10名志愿者参与", []), ("6.20户搬迁入住", []),
    # … a rate in hundredths stays: it ends its clause, goes on with a comparison, or counts visits
    ("4.57人", [fig("4.57人", 4.57, measure="人")]),
    ("3.26人，比上年增加0.12人", [fig("3.26人", 3.26, measure="人"), fig("0.12人", 0.12, measure="人")]),
    ("2.85人比上年增加0.1人", [fig("2.85人", 2.85, measure="人"), fig("0.1人", 0.1, measure="人")]),
    ("4.57人次", [fig("4.57人次", 4.57, measure="人次")]),
    ("每千人口执业医师3.25人", [fig("3.25人", 3.25, measure="人")]),
    ("共有3.12个项目开工", [fig("3.12个", 3.12, measure="个")]),  # no sentence's head: as written
    ("1.35万人参加", [fig("1.35万人", 13500, measure="人")]),
    # a slash fraction after a word of a share: the share in percent
    ("占比达3/5", [fig("3/5", 60, measure="%")]),
    ("占全市的1/4", [fig("1/4", 25, measure="%")]),
    ("约占1/4", [fig("1/4", 25, qualifier="approx", measure="%")]),
    ("占比超过1/2", [fig("超过1/2", 50, qualifier="lower_bound", measure="%")]),
    ("占比达3/5以上", [fig("3/5以上", 60, qualifier="lower_bound", measure="%")]),
    ("全市占比约1/4", [fig("约1/4", 25, qualifier="approx", measure="%")]),
    ("占GDP的1/5", [fig("1/5", 20, measure="%")]),
    ("占到3/4", [fig("3/4", 75, measure="%")]),
    ("占全省的1/4，比上年提高2个百分点", [fig("1/4", 25, measure="%"), fig("2个百分点", 2, measure="百分点")]),
    ("占三分之二", []), ("占比为1/3", []), ("3/4的家庭", []), ("1/5以上", []), ("占道经营3/5起整治", []),
    ("占地1/2亩", []), ("占1/4到1/2", []), ("占比3/5日", []),
    ("占比达五分之三", [fig("五分之三", 60, measure="%")]),
    # the round's other families that read right: kept so
    ("贰仟零伍拾张", [fig("贰仟零伍拾张", 2050, measure="张")]),
    ("合计：人民币叁仟伍佰元整", [fig("叁仟伍佰元", 3500, measure="元")]),
    ("三万零八百元", [fig("三万零八百元", 30800, measure="元")]),
    ("翻两番", [fig("两番", 2, measure="番")]),
    ("千分之三点五", [fig("千分之三点五", 3.5, measure="‰")]),
    ("增长−2.3%", [fig("-2.3%", -2.3, measure="%")]),
    ("气温−5～3℃", [fig("-5~3℃", -5, 3, measure="℃")]),
    ("二、三百人", []), ("就业人员三四百万", []),
]

# the families' draws, less any text written above by hand (a text is read once)
DRAWN = [c for c in drawn(hundredth_marks, 12, 47) + drawn(slash_shares, 12, 47) if c.text not in {t for t, _ in BRIEF}]

read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(
    BRIEF, 30, guards=[(c.text, []) for c in DRAWN])


def test_the_families_are_drawn_wide() -> None:
    """Each family's every branch is drawn: list marks before each measure word's kind, rates, alone; shares after
    each kind of head, bounded and not, of no finite percent and with no word of a share."""
    for cls in ("hundredth_mark", "hundredth_mark.rate", "hundredth_mark.alone", "slash_share", "slash_share.unsure",
                "slash_share.unsaid"):
        assert sum(c.cls == cls for c in DRAWN) >= 8, cls
    for qualifier in ("exact", "approx", "lower_bound"):
        assert any(c.want[0].qualifier == qualifier for c in DRAWN if c.cls == "slash_share"), qualifier
    assert any("的" in c.text for c in DRAWN if c.cls == "slash_share")
    assert len({c.text[4:5] for c in DRAWN if c.cls == "hundredth_mark"}) >= 4  # (the measure word after 1.23)


test_each_drawn_form_gives_its_figures = drawn_test(DRAWN)

test_a_sentence_reads_the_same_alone = alone_test(["3.12个项目开工", "4.57人", "占比达3/5", "约占1/4", "3/4的家庭"])

# A table whose falls carry the minus sign of mathematics (U+2212), one row with the ASCII sign and one with none
TABLE = ("表1  2026年主要经济指标\n"
         "指标 单位 绝对值 比上年增长（%）\n"
         "地区生产总值 亿元 2345.6 5.1\n"
         "工业增加值 亿元 612.3 \u22124.2\n"
         "固定资产投资 亿元 980.4 \u221211.5\n"
         "社会消费品零售总额 亿元 1102.7 -0.6\n"
         "进出口总额 亿元 76.8 3.9\n")
# … and one set by tabs under a head that names each column's unit
TABBED = ("表2  分行业利润情况\n"
          "行业\t利润总额（亿元）\t比上年增长（%）\n"
          "制造业\t48.2\t\u22127.3\n"
          "建筑业\t15.6\t2.4\n"
          "批发和零售业\t9.1\t\u221216.0\n")


@pytest.mark.parametrize(("text", "want"), [
    (TABLE, [(2345.6e8, "元"), (5.1, "%"), (612.3e8, "元"), (-4.2, "%"), (980.4e8, "元"), (-11.5, "%"),
             (1102.7e8, "元"), (-0.6, "%"), (76.8e8, "元"), (3.9, "%")]),
    (TABBED, [(48.2e8, "元"), (-7.3, "%"), (15.6e8, "元"), (2.4, "%"), (9.1e8, "元"), (-16.0, "%")]),
], ids=["spaced", "tabbed"])
def test_a_tables_cells_signed_with_the_minus_sign_are_read(text: str, want: list[tuple[float, str]]) -> None:
    """Every row is read, each fall below zero (the rows after one too: a cell with U+2212 read none, and the table
    ended there); the level cells in yuan, the growths in percent as their column's head says."""
    got = [(f["value"], f["measure"]) for f in stats.extract_text(text)]
    assert len(got) == len(want), got
    assert all(g[0] == pytest.approx(w[0]) and g[1] == w[1] for g, w in zip(got, want, strict=True)), got
