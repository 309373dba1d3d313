"""Number forms the earlier rounds (test_numforms21-24) left out, built by generators and read in a few long texts
(one extractor call a hundred sentences), each sentence followed by a neighbour that must stay its own figure.

What each form gives follows /work/shared/gold/GUIDE.md. "Fields: value" (the number in base units, Chinese
numerals converted, as written): a sign is one where it says a number is below zero (增长负3.5%, 气温负5度),
but 负 that ends a word (背负3万元债务, 肩负3项任务, 辜负, 欺负, 个人自负3000元, 宏观税负18%, 为企业减负3亿元)
is no sign: 3万 元, never −3万. "A figure is" a number with its unit or measure word, so where the unit is not
sure there is none: 3.5个% (points or percent?), 负3场 (games lost, never −3 场), numbers joined by a word of
arithmetic (3乘5米, 人口1.2乘10的4次方人: factors, never 5米 nor 1.2 人), a numeral before 好几 (三十好几万元: the
万 left unsaid, never 三十 元). "Not a figure: names that contain a numeral" and "vague amounts": a size class with
its unit (十万吨级泊位, 百万千瓦级机组), as 万亿级 is; idioms with a measure character (半斤八两, 十万八千里,
飞流直下三千尺); 半百 (fifty, of an age: never 百 人, 100). "Not a figure: dates and clock times": 上午十点五分钟后
is ten o'clock and five minutes, never 10.5 分钟 (三点五分钟 with no part of the day stays 3.5). "Fields:
value_high" (2-3个): a range joined by any dash or tilde a converter types (─ ﹘ ⸺ ⁓ ˜) is a range, never its high
end alone (3─5万元 = 3万–5万); before a rate such a dash is no sure sign (增长─3.5%: none, never +3.5). "Fields:
measure" (百分点 from 个百分点): pct of a broker's report (毛利率提升2.1pct) is percentage points. "Fields:
qualifier": a plus sign after the measure word is "or more" (90%+), as qualifiers.yaml suffix_open says; one
after a bare magnitude (10万+) has no sure unit: none, never exact (one between the number and its unit, 收入3万+元,
was none too until numforms46 read it as the lower bound it is).
"Fields: value" again: 3千至5千米 (3000–5000 米, or 3–5 千米 cut short?) gives none, never 3000–5000 千米.

Read right before and after (KEPT): the forms of the brief that no earlier round held (大写 money with 元角分
and 整, 叄 for 叁 (now read), 两 inside, 卌, a lone 千万 with a bound, scientific notation, shares with 强 and 弱,
idioms with numerals)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.batchread import TRAP, Case, Fig, fig, read_alone, read_cases, same

# -- 1. 负 that ends a verb is no sign; 负 before a rate, an amount or a temperature is one --------------------------
VERB_FRAMES: list[str] = ["他背负{}债务", "全家欠负{}", "个人自负{}", "不负{}投入", "全年为企业减负{}",
                          "为企业降负{}", "降低企业税负{}"]  # money after the word
COUNT_FRAMES: list[tuple[str, str]] = [("肩负{}任务", "项"), ("担负{}职责", "项"), ("身负{}伤", "处"),
                                       ("辜负{}群众的期望", "名"), ("欺负{}同学", "名")]
AMOUNTS: list[tuple[str, float]] = [("3万元", 3e4), ("两万元", 2e4), ("1.5万元", 1.5e4), ("三千元", 3000)]
COUNTS: list[tuple[str, float]] = [("3", 3), ("两", 2), ("十二", 12)]
SIGNED: list[tuple[str, str, float]] = [("全年利润增长负{}", "3.5%", -3.5), ("增速为负{}", "0.5%", -0.5),
                                        ("夜间气温负{}", "5度", -5), ("资金净流出负{}", "3亿元", -3e8),
                                        ("增速回落负{}", "百分之二", -2)]


def verb_signs() -> Iterator[Case]:
    for frame in VERB_FRAMES:
        for amount, value in AMOUNTS:
            yield frame.format(amount), [fig(amount, value, measure="元")]
    for frame, measure in COUNT_FRAMES:
        for count, value in COUNTS:
            quote = f"{count}{measure}"
            yield frame.format(quote), [fig(quote, value, measure=measure)]
    for frame, amount, value in SIGNED:
        yield frame.format(amount), [fig(f"负{amount}", value)]
    for rate, value in [("18%", 18), ("3.5%", 3.5), ("百分之十二", 12)]:  # a tax burden's rate, above zero
        yield f"全省宏观税负{rate}", [fig(rate, value, measure="%")]
    for lost in ["本赛季负3场", "比赛中负2局", "全年共负5盘"]:  # games lost: no sign, and no sure figure
        yield lost, []


# -- 2. numbers joined by a word of arithmetic: factors, no quantity -------------------------------------------------
OPERANDS: list[tuple[str, str]] = [("3", "5米"), ("三", "五米"), ("1.2", "10的4次方人"), ("100", "4等于25")]


def arithmetic() -> Iterator[Case]:
    for word in ["乘", "乘以", "除以"]:
        for low, high in OPERANDS:
            yield f"全市人口{low}{word}{high}", []
    yield "全年运送旅客1.2万乘次", [fig("1.2万乘次", 12000, measure="乘次")]
    yield "每车3人乘坐", [fig("3人", 3, measure="人")]


# -- 3. a numeral before 好几 or 好多: the next place left unsaid, no sure value ---------------------------------------
def some_more() -> Iterator[Case]:
    for numeral in ["三十", "二十", "3十", "一百"]:
        for tail in ["好几万元", "好多万元", "好几岁"]:
            yield f"他的收入{numeral}{tail}", []
    yield "收入三十多万元", [fig("三十多万元", 3e5, None, "lower_bound")]
    yield "收入三十几万元", [fig("三十几万元", 3.1e5, 3.9e5, "approx")]


# -- 4. a size class named with its unit (十万吨级): a name, no amount ----------------------------------------------
CLASSES: list[str] = ["十万吨", "30万吨", "5万载重吨", "百万千瓦", "60万千瓦", "千万人次", "50万伏"]


def size_classes() -> Iterator[Case]:
    for size in CLASSES:
        for noun in ["项目", "工程"]:
            yield f"新开工{size}级{noun}", []
    yield "年吞吐量10万吨，级配碎石另计", [fig("10万吨", 1e5, measure="吨")]


# -- 5. dashes and tildes a converter types: a range, and no sure sign before a rate --------------------------------
LINKS: list[str] = ["\u2500", "\ufe58", "\u2e3a", "\u2053", "\u02dc"]  # ─ ﹘ ⸺ ⁓ ˜


def odd_links() -> Iterator[Case]:
    for link in LINKS:
        quote = f"3{link}5万元"
        yield f"每户补助{quote}", [fig(quote, 3e4, 5e4, measure="元")]
        quote = f"3%{link}5%"
        yield f"预计增长{quote}", [fig(quote, 3, 5, measure="%")]
        quote = f"三{link}五成"
        yield f"利润增长{quote}", [fig(quote, 30, 50, measure="%")]
        if link in "\u2053\u02dc":  # the tildes are no sign: the rate after one is read as written
            yield f"利润增长{link}3.5%", [fig("3.5%", 3.5, measure="%")]
        else:
            yield f"利润增长{link}3.5%", []


# -- 6. pct (percentage points) and 个% ------------------------------------------------------------------------------
POINTS: list[Case] = [
    ("毛利率提升2.1pct", [fig("2.1pct", 2.1, measure="百分点")]),
    ("净利率同比提升1.5pcts", [fig("1.5pcts", 1.5, measure="百分点")]),
    ("费用率下降0.8个pct", [fig("0.8个pct", 0.8, measure="百分点")]),
    ("净利率同比-1.2pct", [fig("-1.2pct", -1.2, measure="百分点")]),
    ("增速提高3.5个%", []),
    ("增速提高3.5个％", []),
    ("申请PCT专利120件", [fig("120件", 120, measure="件")]),
    # a plus sign after the number with no unit (10万+): no sure unit; before its unit (3万+元) it is "or more"
    # as after the unit (numforms46: qualifiers.yaml infix; GUIDE's lower_bound of 超过 and 多)
    ("人均收入3万+元", [fig("3万+元", 30000, None, "lower_bound", "元")]),
    ("文章阅读量10万+", []),
    ("当年完成率90%+", [fig("90%+", 90, None, "lower_bound", "%")]),  # after the measure word: or more
    ("月薪3000元+绩效", [fig("3000元", 3000, measure="元")]),
    # 千 a magnitude at the low end and the start of the unit at the high end: 3000–5000 米 or 3–5 千米 cut short,
    # never 3000–5000 千米 (a thousand times over, as it was read)
    ("全长3千至5千米", []),
    ("重3千-5千克", []),
    ("功率3千到5千瓦", []),
    ("全长3至5千米", [fig("3至5千米", 3, 5, measure="千米")]),
    ("全长3千米至5千米", [fig("3千米至5千米", 3, 5, measure="千米")]),
]

# -- 7. forms of the brief no earlier round held, read right before and after ---------------------------------------
KEPT: list[Case] = [
    ("收到捐款人民币贰万元整", [fig("贰万元", 2e4, measure="元")]),
    ("捐款拾万元", [fig("拾万元", 1e5)]),
    ("支付货款叄仟元", [fig("叄仟元", 3000, measure="元")]),  # 叄, a variant of 叁 on receipts: was none
    ("合计叄万叄仟叄佰元整", [fig("叄万叄仟叄佰元", 33300, measure="元")]),
    ("收款拾元", [fig("拾元", 10)]),
    ("支付叁佰元零伍分", [fig("叁佰元零伍分", 300.05, measure="元")]),
    ("票价贰拾元零伍角", [fig("贰拾元零伍角", 20.5)]),
    ("找零人民币伍角", [fig("伍角", 0.5, measure="元")]),
    ("投资壹亿零伍佰万元", [fig("壹亿零伍佰万元", 1.05e8)]),
    ("投资一亿〇五百万元", [fig("一亿〇五百万元", 1.05e8)]),
    ("来了两千两百人", [fig("两千两百人", 2200)]),
    ("来了二百二人", [fig("二百二人", 220)]),
    ("投资两亿两千万元", [fig("两亿两千万元", 2.2e8)]),
    ("卌五人参加", [fig("卌五人", 45)]),
    ("营收超千万元", [fig("超千万元", 1e7, None, "lower_bound")]),
    ("投资千万元以上", [fig("千万元以上", 1e7, None, "lower_bound")]),
    ("年接待游客超千万人次", [fig("超千万人次", 1e7, None, "lower_bound")]),
    ("浓度1.2×10⁻³毫克", [fig("1.2×10⁻³毫克", 0.0012, measure="毫克")]),
    ("产量1.2E+4吨", [fig("1.2E+4吨", 12000, measure="吨")]),
    ("占比3.5%强", [fig("3.5%强", 3.5, None, "lower_bound")]),
    ("占比二分之一弱", [fig("二分之一弱", 50, None, "upper_bound", "%")]),
    ("降价二成五", [fig("二成五", 25, measure="%")]),
    ("利率下调25BP", [fig("25BP", 25, measure="基点")]),
    ("资金缺口达负3亿元", [fig("负3亿元", -3e8)]),
    ("他跑了三点五分钟", [fig("三点五分钟", 3.5, measure="分钟")]),
    ("年过半百的老人有三十多位", [fig("三十多位", 30, None, "lower_bound")]),
]

# Idioms and sayings with a numeral and a measure character: no quantity.
NONE: list[str] = ["两者相差十万八千里", "二者水平半斤八两", "飞流直下三千尺", "一寸光阴一寸金", "费了九牛二虎之力",
                   "千里之行始于足下", "万丈高楼平地起", "投资百十万元", "来了好几十人", "城乡收入比为2.5:1",
                   "三七开", "五五分成",
                   "来了半百人",  # 半百 is fifty, of an age: never 百 人 (100), as it was
                   "上午十点五分钟后开始", "下午三点二十分钟内完成"]


def all_cases() -> list[Case]:
    return [*verb_signs(), *arithmetic(), *some_more(), *size_classes(), *odd_links(), *POINTS, *KEPT,
            *((t, []) for t in NONE)]


CASES = all_cases()


@pytest.fixture(scope="module")
def read() -> dict[str, list[Fig]]:
    return read_cases(CASES)


def test_the_generators_make_each_sentence_once() -> None:
    assert len({t for t, _ in CASES}) == len(CASES) > 120


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t for t, _ in CASES])
def test_each_form_gives_its_figures(read: dict[str, list[Fig]], text: str, want: list[Fig]) -> None:
    assert same(read[text], [*want, TRAP[1]]), read[text]


@pytest.mark.parametrize("text", ["他背负3万元债务", "全市人口1.2乘10的4次方人", "每户补助3\u25005万元"])
def test_a_sentence_reads_the_same_alone(read: dict[str, list[Fig]], text: str) -> None:
    """The batched reading is what the extractor gives the sentence alone: its neighbours lend it nothing."""
    alone = read_alone(text)
    assert alone == read[text]
