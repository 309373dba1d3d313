"""Number forms of money and counts as real texts write them, and the misses and wrong values an earlier round
left, built by generators and read in a few long texts (one extractor call a hundred sentences).

What each form gives follows /work/shared/gold/GUIDE.md. "A figure is" a number with its unit or measure word, so
投资两个亿 (no 元 written) stays none, as tests/numread_gen.py counted_halves decided; "Not a figure: vague amounts
with no number" keeps 成千上万, 数以万计, 上百个 and 两位数增长 none, and 同比持平 and 一半以上 (no number; a
half the gold leaves unlabelled: 比重超过一半) none too; names with a numeral (万亿级 a class) none. "Fields: value":
万亿 ×10¹² (1万2千亿元 = 1.2万亿元, as 一万二千亿元), 成 as tenths, a share as percent (四分之一至二分之一 = 25–50,
a range: value and value_high); the amount as written where a level is reached (迈上万亿元台阶 = 1万亿元, as the
gold reads 迈上500亿元台阶 as 500亿元, exact); a rate keeps its base in the measure (480公斤/人); money in the
currency named (HK$3亿元 = 3亿 港元). Text spaced out by the layout is read unbroken (1 234 567元 with a thin, a
no-break or an ideographic space = 1234567), a full-width point is a point; a middle dot, a bullet, a maths dot, a
prime or an Arabic point between digits (3·5万, 3•5万, 3٫5万) is no sure decimal point, and digits of another
script (١٢٣) no numeral of ours: none, never 5万 or 234 read from one side. A wrong value is worse than a missing
one: 1万2亿 (1.0002万亿 or 1.2万亿 cut short?), 一万二千至一万五千亿元 (12000 as written, or 1.2万亿?), 千八百 (a
round number and a smaller one) and 3元05分 (its 分 unread: 3 元 for 3.05) give none."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.batchread import TRAP, Case, Fig, fig, read_alone, read_cases, same

CN = "零一二三四五六七八九"


# -- 1. thousands of a 万 section before 亿: one numeral (1万2千亿 = 12000亿 = 1.2万亿) ----------------------------
def thousands_before_yi() -> Iterator[Case]:
    for d, k in [(1, 2), (3, 5), (12, 3), (2, 7)]:
        value = (d * 1e4 + k * 1e3) * 1e8
        for form in (f"{d}万{k}千亿元", f"{d}万{k}仟亿元"):
            yield f"全年投资{form}", [fig(form, value, measure="元")]
        yield f"累计投资超{d}万{k}千亿元", [fig(f"超{d}万{k}千亿元", value, None, "lower_bound")]
        yield f"规模达{d}万{k}千5百亿元", [fig(f"{d}万{k}千5百亿元", value + 500e8)]
        low, high = f"{d}万{k}千亿元", f"{d}万{k + 1}千亿元"
        yield f"预计投资{low}至{high}", [fig(f"{low}至{high}", value, value + 1e11)]
        # no sure reading: a digit with no place after 万 (1.0002万亿, or 1.2万亿 cut short?), hundreds with no
        # thousands (1万2百亿: 零 left off?), 万 again (三万五万), a low end that may have left off its 亿
        yield f"全年投资{d}万{k}亿元", []
        yield f"全年投资{d}万{k}百亿元", []
        yield f"全年投资{d}万{k}千万元", []
        yield f"预计投资{d}万{k}千至{d}万{k + 1}千亿元", []
        if d < 10:
            yield f"预计投资{CN[d]}万{CN[k]}千至{CN[d]}万{CN[k + 1]}千亿元", []


# -- 2. two finite shares joined by a range word: one range ---------------------------------------------------
SHARES: list[tuple[str, float]] = [("五分之一", 20), ("四分之一", 25), ("十分之三", 30), ("五分之二", 40),
                                   ("二分之一", 50), ("五分之三", 60), ("四分之三", 75)]


def share_ranges() -> Iterator[Case]:
    links = ["至", "到", "～", "—"]
    for i, (low, lv) in enumerate(SHARES):
        high, hv = SHARES[(i + 2) % len(SHARES)]
        link = links[i % len(links)]
        if lv < hv:
            quote = f"{low}{link}{high}".replace("～", "~")  # the layout folds the full-width tilde
            yield f"外资企业占比{low}{link}{high}", [fig(quote, lv, hv, measure="%")]
            yield f"约{low}至{high}的农户参保", [fig(f"约{low}至{high}", lv, hv, "approx", "%")]
        else:  # the larger first: no range reads downward
            yield f"外资企业占比{low}{link}{high}", []
        yield f"外资企业占比三分之一{link}{high if hv > 34 else low}", []  # 33.33… %: no sure end


# -- 3. a lone magnitude at a level reached: one of it, exact (as 迈上500亿元台阶 is 500亿元) ---------------------
def level_steps() -> Iterator[Case]:
    for verb in ["迈上", "跨上", "站上", "跨越", "迈入"]:
        for mag, value in [("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10)]:
            level = "大关" if verb == "跨越" else "台阶"
            yield f"全省经济总量{verb}{mag}元{level}", [fig(f"{mag}元", value, measure="元")]
    yield "全省经济总量迈上3万亿元台阶", [fig("3万亿元", 3e12)]
    yield "全省经济总量迈上万亿元", []  # no level named: 上万亿元 may be vague
    yield "全市经济总量连跨两个千亿元台阶", []  # a count of steps (exclude.steps)
    yield "投资上亿元的项目", []
    yield "打造万亿级产业集群", []


# -- 4. rates, money forms and counts as real texts write them --------------------------------------------------
FORMS: list[Case] = [
    ("全国投资1.2万亿元", [fig("1.2万亿元", 1.2e12)]),
    ("项目获得5000余万元资金", [fig("5000余万元", 5e7, None, "lower_bound")]),
    ("全年投入近3000万元", [fig("近3000万元", 3e7, None, "approx")]),
    ("全年营收超1亿元", [fig("超1亿元", 1e8, None, "lower_bound")]),
    ("全年产值逾百亿元", [fig("逾百亿元", 1e10, None, "lower_bound")]),
    ("来了两三千人", [fig("两三千人", 2000, 3000)]),
    ("全县七八十家企业", [fig("七八十家", 70, 80)]),
    ("全组招了一两个人", [fig("一两个人", 1, 2)]),
    ("利润增长三四成", [fig("三四成", 30, 40, measure="%")]),
    ("合格率下降0.5个百分点", [fig("0.5个百分点", 0.5, measure="百分点")]),
    ("合格率下降零点五个百分点", [fig("零点五个百分点", 0.5, measure="百分点")]),
    ("发生率为千分之三点五", [fig("千分之三点五", 3.5, measure="‰")]),
    ("发生率为5‰", [fig("5‰", 5, measure="‰")]),
    ("利润增长两成多", [fig("两成多", 20, None, "lower_bound", "%")]),
    ("六成以上的农户参保", [fig("六成以上", 60, None, "lower_bound", "%")]),
    ("收入翻了一番", [fig("一番", 1, measure="番")]),
    ("收入翻两番", [fig("两番", 2, measure="番")]),
    ("收入增长1倍", [fig("1倍", 1, measure="倍")]),
    ("产量增加了1.5倍", [fig("1.5倍", 1.5, measure="倍")]),
    ("产量是上年的2.3倍", [fig("2.3倍", 2.3, measure="倍")]),
    ("产量下降三成", [fig("三成", 30, measure="%")]),
    ("票价3元5角", [fig("3元5角", 3.5, measure="元")]),
    ("票价3元5角2分", [fig("3元5角2分", 3.52, measure="元")]),
    ("投资人民币1,234.56万元", [fig("1,234.56万元", 12345600, measure="元")]),
    ("价格3000元/吨", [fig("3000元/吨", 3000, measure="元/吨")]),
    ("产值2万元/亩", [fig("2万元/亩", 20000, measure="元/亩")]),
    ("房价8000元/平方米", [fig("8000元/平方米", 8000, measure="元/平方米")]),
    ("人均粮食占有量480公斤/人", [fig("480公斤/人", 480, measure="公斤/人")]),
    ("人均蔬菜300千克/人", [fig("300千克/人", 300, measure="千克/人")]),
    ("融资500万美元", [fig("500万美元", 5e6, measure="美元")]),
    ("融资500万欧元", [fig("500万欧元", 5e6, measure="欧元")]),
    ("融资500万港元", [fig("500万港元", 5e6, measure="港元")]),
    ("全镇千五百人参加", [fig("千五百人", 1500, measure="人")]),
    ("投资千二百万元", [fig("千二百万元", 1.2e7)]),
    ("全镇百五十人参加", [fig("百五十人", 150)]),
    # a slash fraction after 占…的 is a share, no date (numforms47: it gave none before)
    ("占总数的3/4以上", [fig("3/4以上", 75, qualifier="lower_bound", measure="%")]),
]

# No figure: no unit, vague, a name, no number, no sure value.
NONE: list[str] = [
    "公司投资两个亿建设新厂", "公司投资3亿建设新厂", "成千上万的游客", "数以万计的群众", "建成上百个项目",
    "实现两位数增长", "产量同比持平", "一半以上的农户参保", "占总数的1/3",
    "全镇千八百人参加", "每年百八十万元", "票价3元05分", "车费12元50分", "另收3元5角08分",
]


# -- 5. currency signs before an amount in 元: that currency, never renminbi ------------------------------------
SIGNS: list[tuple[str, str]] = [("HK$", "港元"), ("US$", "美元"), ("$", "美元"), ("€", "欧元"), ("￥", "元"),
                                ("¥", "元"), ("USD ", "美元"), ("EUR", "欧元")]


def currency_signs() -> Iterator[Case]:
    for sign, measure in SIGNS:
        yield f"本轮融资{sign}3亿元", [fig("3亿元", 3e8, measure=measure)]
        yield f"本轮融资{sign}500万", [fig("500万", 5e6, measure=measure)]


# -- 6. spaces and marks between digits -----------------------------------------------------------------------
SPACES = [" ", "\u2009", "\u00a0", "\u3000", "\u202f"]  # a space, thin, no-break, ideographic, narrow no-break
NOT_POINTS = ["·", "\u0387", "・", "•", "∙", "⋅", "‧", "′", "‘", "٫", "٬"]


def separators() -> Iterator[Case]:
    for sp in SPACES:
        yield f"全县合计1{sp}234{sp}567元", [fig("1234567元", 1234567)]
        yield f"全县合计12{sp}345.6万元", [fig("12345.6万元", 123456000)]
    yield "全县合计12,345．6万元", [fig("12,345.6万元", 123456000)]  # a full-width point is a point
    yield "全县合计3．5万元", [fig("3.5万元", 35000)]
    for mark in NOT_POINTS:
        yield f"全县投资3{mark}5万元", []
        yield f"利润增长3{mark}5%", []
        yield f"全县人口1{mark}234人", []
    for digits in ["١٢٣", "۱۲۳", "१२३", "1٢3"]:  # Arabic-Indic, Persian, Devanagari, mixed
        yield f"全县投资{digits}万元", []


def all_cases() -> list[Case]:
    return [*thousands_before_yi(), *share_ranges(), *level_steps(), *FORMS, *((t, []) for t in NONE),
            *currency_signs(), *separators()]


CASES = all_cases()


@pytest.fixture(scope="module")
def read() -> dict[str, list[Fig]]:
    return read_cases(CASES)


def test_the_generators_make_each_sentence_once() -> None:
    assert len({t for t, _ in CASES}) == len(CASES) > 180


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t for t, _ in CASES])
def test_each_form_gives_its_figures(read: dict[str, list[Fig]], text: str, want: list[Fig]) -> None:
    assert same(read[text], [*want, TRAP[1]]), read[text]


@pytest.mark.parametrize("text", ["全年投资1万2千亿元", "外资企业占比四分之一到五分之二", "全省经济总量迈上万亿元台阶"])
def test_a_sentence_reads_the_same_alone(read: dict[str, list[Fig]], text: str) -> None:
    """The batched reading is what the extractor gives the sentence alone: its neighbours lend it nothing."""
    alone = read_alone(text)
    assert alone == read[text] and len(alone) == 2
