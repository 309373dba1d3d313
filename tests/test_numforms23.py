"""Number forms built by a generator, not listed one by one: mixed Arabic and Chinese places (3万5千, 1万2, 3千5,
2亿3千万), long and shortened Chinese numerals (十二万三千四百五十六, 一百一, 两千零八十), 〇 and 零 inside, capitals
(壹佰贰拾万), decimals with 点 before 万, 亿 and 万亿, bounds on every side, ranges in every spelling, shares (百分之,
成, 千分之, ‰, 分之 of a finite share), signs, multiples (倍, 番); then what holds a numeral but is no figure (years in
〇, quarters, lines, roads, hotlines, clock times, ranks), set before a figure that must stay the only one.

Every form is crossed with the frames it can stand in (money, people, firms; a rate, a growth, a fall) and each
case states every figure its sentence gives (quote, value, value_high, qualifier), or none. The answers follow
/work/shared/gold/GUIDE.md: values in base units (万 ×10⁴, 万亿 ×10¹²), a percent as written, 成 as tenths (八成 =
80 %), a fall kept as written (下降3.5% → 3.5), a range as value and value_high. A wrong value is worse than a
missing one: 三分之一 (33.33… %, no finite share), 数十家 and 1，234 (one full-width comma: 1234, or 1 and 234 of a
list?) give none. The cases run as a few long texts, one sentence a case, so the suite stays fast; a case's
figures are those that start inside its sentence. Not repeated here: the forms of test_numforms21.py and 22."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import stats
from tests.figforms import Fig, close

Case = tuple[str, list[Fig]]

# -- numerals: (form, value) --------------------------------------------------------------------------------
# Mixed Arabic digits and Chinese places, a tail one place down (一万二 = 12000, 3千5 = 3500), 零 and 〇 inside.
WHOLE: list[tuple[str, float]] = [
    ("3万5千", 35000), ("1万2", 12000), ("3千5", 3500), ("3百5", 350), ("2万零5百", 20500), ("1千零5", 1005),
    ("2亿3千万", 2.3e8), ("3亿5千万", 3.5e8), ("两亿三千万", 2.3e8),
    ("十二万三千四百五十六", 123456), ("一千零五十", 1050), ("一百一", 110), ("两千零八十", 2080),
    ("一万零五十", 10050), ("三千零五", 3005), ("一万两千", 12000), ("三千五", 3500), ("两万六", 26000),
    ("一〇五", 105), ("三〇八", 308), ("二〇〇五", 2005),
    ("壹佰贰拾万", 1.2e6), ("贰仟", 2000), ("叁仟伍佰", 3500), ("伍万", 50000),
]
# Frames a whole number of people, money or firms stands in: (sentence with {} for the quote, measure word).
COUNT_FRAMES: list[tuple[str, str]] = [
    ("全县共有{}参加培训", "人"),
    ("项目总投资{}，当年完工", "元"),
    ("今年新增市场主体{}", "家"),
]

# Decimals (Chinese 点 or an Arabic point) before a magnitude; 万亿 is ×10¹².
DECIMALS: list[tuple[str, float]] = [("三点五", 3.5), ("3.5", 3.5), ("零点八", 0.8), ("十二点五", 12.5), ("1.25", 1.25),
                                     ("二点零五", 2.05), ("零点零五", 0.05), ("一百二十点五", 120.5), ("3点5", 3.5)]
MAGNITUDES: list[tuple[str, float]] = [("万", 1e4), ("亿", 1e8), ("万亿", 1e12), ("千万", 1e7), ("百万", 1e6),
                                       ("千亿", 1e11)]

# A bound written before or after the amount (the quote takes it); 余 and 多 stand between the magnitude and 元.
BOUNDED: list[tuple[str, str]] = [
    ("约{}元", "approx"), ("近{}元", "approx"), ("超过{}元", "lower_bound"), ("{}元以上", "lower_bound"),
    ("{}元左右", "approx"), ("不到{}元", "upper_bound"), ("{}余元", "lower_bound"), ("{}多元", "lower_bound"),
]
BOUND_AMOUNTS: list[tuple[str, float]] = [("3万", 3e4), ("一千万", 1e7), ("2.5亿", 2.5e8), ("三点五万亿", 3.5e12)]

# Ranges: a low end with no magnitude of its own shares the high end's (3至5万元 = 3万–5万).
RANGE_ENDS: list[tuple[str, str, float, float]] = [("3", "5", 3, 5), ("三", "五", 3, 5), ("1.5", "2", 1.5, 2)]
RANGE_LINKS: list[str] = ["至", "到", "-", "—", "~"]
RANGE_MAGNITUDES: list[tuple[str, float]] = [("万", 1e4), ("亿", 1e8)]

# Ranges whose ends are mixed or long numerals, each written whole: (low, high, low value, high value).
WHOLE_RANGES: list[tuple[str, str, float, float]] = [
    ("3万5千", "4万5千", 35000, 45000), ("1万2", "1万5", 12000, 15000), ("三千五", "四千五", 3500, 4500),
    ("3千5", "4千5", 3500, 4500), ("一百一", "一百二", 110, 120), ("一〇五", "一〇八", 105, 108),
    ("壹佰", "贰佰", 100, 200), ("两千零八十", "三千", 2080, 3000), ("2亿3千万", "3亿", 2.3e8, 3e8),
]
# Chinese ranges with a magnitude at the high end, or at both: the low end (一点五万) keeps its own and the high
# end (二万) borrows none (一点五万至二万元 was read 1.5万 to 2亿: 二万 times the low end's 万 once more).
CN_RANGE_ENDS: list[tuple[str, str, float, float]] = [("三", "五", 3, 5), ("十二", "十五", 12, 15), ("一点五", "二", 1.5, 2),
                                                     ("两", "三", 2, 3)]
CN_RANGE_MAGNITUDES: list[tuple[str, float]] = [("万", 1e4), ("亿", 1e8), ("万亿", 1e12), ("千万", 1e7), ("百万", 1e6)]

# Shares, signs and multiples in the frames they stand in: (form, value, measure-free quote).
SHARES: list[tuple[str, float]] = [
    ("百分之三点五", 3.5), ("3.5%", 3.5), ("百分之十二", 12), ("八成", 80), ("八成五", 85), ("两成", 20),
    ("五分之二", 40), ("四分之三", 75), ("二分之一", 50), ("千分之五", 5), ("5‰", 5), ("千分之零点八", 0.8),
]
SHARE_FRAMES: list[str] = ["全县森林覆盖率为{}", "本地企业占{}", "税收收入比上年下降{}"]
SHARE_BOUNDS: list[tuple[str, str]] = [("约{}", "approx"), ("近{}", "approx"), ("超过{}", "lower_bound"),
                                       ("{}以上", "lower_bound"), ("{}左右", "approx"), ("不到{}", "upper_bound")]
SHARE_RANGES: list[tuple[str, float, float]] = [
    ("百分之三至百分之五", 3, 5), ("三至五成", 30, 50), ("三到五成", 30, 50), ("三五成", 30, 50), ("两三成", 20, 30),
    ("千分之三至千分之五", 3, 5), ("3‰-5‰", 3, 5), ("3-5‰", 3, 5), ("百分之三点五至四点五", 3.5, 4.5),
    ("3.5%—4.5%", 3.5, 4.5),
]
MULTIPLES: list[tuple[str, float]] = [("两倍", 2), ("1.5倍", 1.5), ("三倍半", 3.5), ("十倍", 10)]

# Spoken ranges and bounds with no written link.
SPOKEN: list[Case] = [
    ("每户补贴三五万元", [("三五万元", 3e4, 5e4, "exact")]),
    ("村里来了二三十个人", [("二三十个人", 20, 30, "exact")]),
    ("每年收入十几万元", [("十几万元", 1.1e5, 1.9e5, "approx")]),
    ("全镇有五六百户", [("五六百户", 500, 600, "exact")]),
    ("投资十五六万元", [("十五六万元", 1.5e5, 1.6e5, "exact")]),
    ("来了十七八个人", [("十七八个人", 17, 18, "exact")]),
    ("全市有百余家企业参展", [("百余家", 100, None, "lower_bound")]),
    ("全市有千余家企业参展", [("千余家", 1000, None, "lower_bound")]),
    ("年产值近亿元", [("近亿元", 1e8, None, "approx")]),
    ("营收超百亿元", [("超百亿元", 1e10, None, "lower_bound")]),
    ("全市生产总值突破万亿元", [("突破万亿元", 1e12, None, "lower_bound")]),
]

# A high end with a section inside (5万5千) keeps its own magnitude; one that ends in a place after a low end with a
# section (三点五万至四千元: 4千万 borrowed, or 4千 below 3.5万?) has no sure reading, nor a low end cut short
# before a magnitude (3千5万: 3500万 or 3005万?).
SECTION_RANGES: list[Case] = [
    ("投资3万至5万5千元", [("3万至5万5千元", 3e4, 5.5e4, "exact")]),
    ("投资三万至五万五千元", [("三万至五万五千元", 3e4, 5.5e4, "exact")]),
    ("投资一点五万至两万五千元", [("一点五万至两万五千元", 1.5e4, 2.5e4, "exact")]),
    ("投资3亿至5亿5千万元", [("3亿至5亿5千万元", 3e8, 5.5e8, "exact")]),
    ("投资3万至3万5元", [("3万至3万5元", 3e4, 3.5e4, "exact")]),
    ("投资3千至5千万元", [("3千至5千万元", 3e7, 5e7, "exact")]),
    ("投资五千至三万元", [("五千至三万元", 5000, 3e4, "exact")]),
    ("投资一百零一万元", [("一百零一万元", 1.01e6, None, "exact")]),
    ("投资1千零5万元", [("1千零5万元", 1.005e7, None, "exact")]),
    ("投资一千零五十万元", [("一千零五十万元", 1.05e7, None, "exact")]),
    ("投资十万五元", [("十万五元", 1.05e5, None, "exact")]),
    # a tail one place down before a magnitude: 110万 or 101万? 250亿 or 205亿? none
    ("投资一百一万元", []), ("投资二百五亿元", []), ("投资1百1万元", []), ("投资两万六万元", []), ("投资1万2千万元", []),
    ("投资三点五万至四千元", []), ("投资1.5万至两千元", []), ("投资一点五万至三千元", []), ("投资三万至五千元", []),
]

# Signs and falls: a minus or 负 makes the value negative; 下降 keeps it as written (GUIDE: 下降4.5% → 4.5).
SIGNED: list[Case] = [
    ("全年利润增长-3.5%", [("-3.5%", -3.5, None, "exact")]),
    ("全年利润增长负3.5%", [("负3.5%", -3.5, None, "exact")]),
    ("全年利润负增长3.5%", [("负增长3.5%", -3.5, None, "exact")]),
    ("全年利润下降3.5%", [("3.5%", 3.5, None, "exact")]),
    ("全年利润同比下降3.5个百分点", [("3.5个百分点", 3.5, None, "exact")]),
    ("增速回落负百分之二", [("负百分之二", -2, None, "exact")]),
    ("全市出生率为6.5‰", [("6.5‰", 6.5, None, "exact")]),
    ("全年产值翻一番", [("一番", 1, None, "exact")]),
    ("近年来收入翻了两番", [("两番", 2, None, "exact")]),
    ("合格率提高0.5个百分点", [("0.5个百分点", 0.5, None, "exact")]),
    ("利润增长负3.5%至负1.5%", [("负3.5%至负1.5%", -3.5, -1.5, "exact")]),
    ("利润增长-3.5至-1.5%", [("-3.5至-1.5%", -3.5, -1.5, "exact")]),
    ("利润下降3.5%至5%", [("3.5%至5%", 3.5, 5, "exact")]),
    ("全年产值翻了一番多", [("一番多", 1, None, "lower_bound")]),
    ("全年产值翻一番以上", [("一番以上", 1, None, "lower_bound")]),
    ("全年产值增长一倍多", [("一倍多", 1, None, "lower_bound")]),
    ("全年产值增长近两倍", [("近两倍", 2, None, "approx")]),
    ("超过四分之一的农户参保", [("超过四分之一", 25, None, "lower_bound")]),
    ("约四分之三的农户参保", [("约四分之三", 75, None, "approx")]),
    ("合格率达百分之百", [("百分之百", 100, None, "exact")]),
    ("全年增长0%", [("0%", 0, None, "exact")]),
]

# Words that hold a numeral and no quantity: each is set before a figure that must stay the only one.
TRAPS: list[str] = [
    "二〇二五年", "二〇〇八年以来", "一九九八年", "二零二四年", "第三季度", "三季度", "一季度", "地铁3号线开通后",
    "二号线沿线", "5G基站建成后", "4A级景区内", "G318国道沿线", "318国道沿线", "12345热线开通后", "拨打110后",
    "3点半以后", "下午5时许", "凌晨三点", "评比中获第三名后", "十四五期间", "双11期间", "3·15前后", "二十大以来",
    "五一假期", "三月份", "一号文件印发后", "C919首飞后", "长征五号发射后", "95后青年中",
]
TRAP_FIGURE: Fig = ("1.2万人", 12000, None, "exact")

# No figure at all: no sure value or no quantity.
NONE: list[str] = [
    "经济出现负增长",  # a fall with no number
    "全市有数十家企业参展",  # 数 is no digit
    "来了几百人", "来了数千人", "投资上亿元", "投资亿万元",
    "增长三分之一", "占三分之二", "其中六分之一来自外地",  # 33.33… %: no finite share as written
    "全县1，234户",  # one full-width comma after Arabic digits: 1234, or 1 and 234 of a list
    "投资3千5万元", "投资3百5亿元",  # 3500万 cut short or 3005万 with its 零 left off: as 三千五万, no sure reading
    "投资三千五万元",
    "3点半开会", "下午5时开会", "地铁3号线", "G318国道", "拨打12345热线", "第三名",
    "经济实现零增长", "三分之一以上的农户参保", "占比三分之一到二分之一",
    # clock times, dates and ranks in a range: no quantity
    "上午8点至10点开放", "每天8时至10时开放", "8:00-10:00开放", "5月3日至5日举行", "3至5号线沿线", "第3名至第5名",
    # versions and lists: digits with a point or a comma that are no number
    "3.0版本上线", "进入工业4.0时代", "见图1，2", "编号1，2，3",
]


def mixed_cases() -> Iterator[Case]:
    for form, value in WHOLE:
        for frame, measure in COUNT_FRAMES:
            yield frame.format(form + measure), [(form + measure, value, None, "exact")]


def whole_bound_cases() -> Iterator[Case]:
    for form, value in WHOLE:
        for pattern, qualifier, measure in [("约{}", "approx", "元"), ("{}余", "lower_bound", "元"),
                                            ("{}多", "lower_bound", "人"), ("超过{}", "lower_bound", "人"),
                                            ("近{}", "approx", "家")]:
            quote = pattern.format(form) + measure
            yield f"全年共计{quote}", [(quote, value, None, qualifier)]
        quote = f"{form}人以上"
        yield f"全年共计{quote}", [(quote, value, None, "lower_bound")]


def decimal_cases() -> Iterator[Case]:
    for form, value in DECIMALS:
        for mag, factor in MAGNITUDES:
            quote = f"{form}{mag}元"
            yield f"全省全年投资{quote}", [(quote, value * factor, None, "exact")]


def bound_cases() -> Iterator[Case]:
    for form, value in BOUND_AMOUNTS:
        for pattern, qualifier in BOUNDED:
            quote = pattern.format(form)
            yield f"项目总投资{quote}", [(quote, value, None, qualifier)]


def range_cases() -> Iterator[Case]:
    for low, high, lv, hv in RANGE_ENDS:
        for link in RANGE_LINKS:
            for mag, factor in RANGE_MAGNITUDES:
                quote = f"{low}{link}{high}{mag}元"
                yield f"每个项目补助{quote}", [(quote, lv * factor, hv * factor, "exact")]
            quote = f"{low}{link}{high}%"
            yield f"预计增长{quote}", [(quote, lv, hv, "exact")]
            quote = f"{low}{mag}{link}{high}{mag}人"  # both ends with their magnitude (mag: the last one)
            yield f"每年接待{quote}", [(quote, lv * factor, hv * factor, "exact")]


def whole_range_cases() -> Iterator[Case]:
    for low, high, lv, hv in WHOLE_RANGES:
        for link in ["至", "到", "-", "~"]:
            for measure in ["元", "人"]:
                quote = f"{low}{link}{high}{measure}"
                yield f"每年投入{quote}", [(quote, lv, hv, "exact")]
    for low, high, lv, hv in CN_RANGE_ENDS:
        for mag, factor in CN_RANGE_MAGNITUDES:
            for link in ["至", "到"]:
                for quote in (f"{low}{mag}{link}{high}{mag}元", f"{low}{link}{high}{mag}元"):
                    yield f"每年投入{quote}", [(quote, lv * factor, hv * factor, "exact")]


def share_cases() -> Iterator[Case]:
    for form, value in SHARES:
        for frame in SHARE_FRAMES:
            yield frame.format(form), [(form, value, None, "exact")]
        if value in (3.5, 80, 5, 75):  # a bound round a share in words, a percent and per mille
            for pattern, qualifier in SHARE_BOUNDS:
                quote = pattern.format(form)
                yield f"本地企业占比{quote}", [(quote, value, None, qualifier)]
    for form, low, high in SHARE_RANGES:
        yield f"预计增长{form}", [(form, low, high, "exact")]
    for form, value in MULTIPLES:
        yield f"全年产量增长{form}", [(form, value, None, "exact")]


def trap_cases() -> Iterator[Case]:
    for trap in TRAPS:
        yield f"{trap}全县新增就业{TRAP_FIGURE[0]}", [TRAP_FIGURE]


def all_cases() -> list[Case]:
    return [*mixed_cases(), *whole_bound_cases(), *decimal_cases(), *bound_cases(), *range_cases(),
            *whole_range_cases(), *share_cases(), *SPOKEN, *SECTION_RANGES, *SIGNED,
            *trap_cases(), *((text, []) for text in NONE)]


def read_together(texts: list[str]) -> list[list[Fig]]:
    """The figures of each text, read as the sentences of one long text (one extractor call for all): a
    figure belongs to the sentence its first character stands in."""
    joined, starts = "", []
    for text in texts:
        starts.append(len(joined))
        joined += text + "。"
    out: list[list[Fig]] = [[] for _ in texts]
    for f in stats.extract_text(joined):
        i = max(k for k, s in enumerate(starts) if s <= f["src_start"])
        out[i].append((f["quote"], f["value"], f["value_high"], f["qualifier"]))
    return out


CASES = all_cases()


@pytest.fixture(scope="module")
def read() -> dict[str, list[Fig]]:
    texts = [t for t, _ in CASES]
    got: dict[str, list[Fig]] = {}
    for k in range(0, len(texts), 100):  # a few long texts: fast, and no sentence too far from its neighbours
        chunk = texts[k:k + 100]
        got.update(zip(chunk, read_together(chunk), strict=True))
    return got


def test_the_generator_makes_each_sentence_once() -> None:
    """Two cases with one sentence would be scored as one: the forms cross into distinct sentences."""
    assert len({t for t, _ in CASES}) == len(CASES) > 600


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t for t, _ in CASES])
def test_each_generated_form_gives_its_figures(read: dict[str, list[Fig]], text: str, want: list[Fig]) -> None:
    assert close(read[text], want), read[text]


@pytest.mark.parametrize("text", ["全年投资3万5千元，来了1万2人", "十二万三千四百五十六人", "增长百分之三点五"])
def test_a_sentence_reads_the_same_alone_and_among_others(read: dict[str, list[Fig]], text: str) -> None:
    """The batched reading is what the extractor gives each sentence alone: its neighbours lend it nothing."""
    alone = [(f["quote"], f["value"], f["value_high"], f["qualifier"]) for f in stats.extract_text(text + "。")]
    together = read_together(["项目总投资3至5万元", text, "全县共有一百一人参加"])[1]
    assert alone == together and alone
