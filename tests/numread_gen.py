"""A generator of number-reading cases by class, and their score through `stats.extract_text`.

Each class is a way Chinese text writes a number (零 in every position, 两/二, 〇, financial
壹贰叁, 廿卅, Arabic with 万/亿, decimals with 点, fractions, percent and permille, signs,
ranges, approximations, ordinals and years that are no quantity, full-width and spaced
digits, thousands separators, scientific notation; then per ten thousand, temperatures,
units and slash rates, foreign money, rate ranges, discounts, 来, mixed magnitudes, 负增长,
multiples, durations, ages and more names that hold a numeral; then 元 of a named currency,
round bounds 小/过/破, separator groups with decimals, tolerances, magnitudes out of order,
money cents and basis points, ranges with a bounded low end; then ranges below zero, 来 after
Arabic tens, two bounds of one quantity, comma-typed neighbours, Latin power units, ranges in every
spelling, money in capitals, units of other countries; then a bare low end far below its high end
(3至7000万元: none), tails after the measure word on a range's ends (一米七到一米八, 三小时到三个半小时),
signs before 度 and a range's low end (负5度, -5至-10%), the scale before the number (摄氏30度), the
spoken yuan per head or per unit (每人三百块, 五块一斤), two bounds of an age, and forms other suites
test that we read already; then shares as percent (四分之一 = 25 %, never 三分之一), data units and Latin
rates (3015亿GB, 1000Mbps, 0.86mg/kg), codes that hold digits (PM2.5, H7N9, 7×24小时) and the forms a
reviewer checks; then ranges typed with the wave dash 〜 or the tilde operator ∼, clipped and event years ('98年,
98年出生), 俩 and 仨, capitals with 拾 at the head and 角 分, 万亿 千亿 after Chinese decimals with 兆 as none,
minus signs of every width, words of about and more, ordinals and dates drawn afresh, money by sign, name
and speech, and digits joined by a middle dot or an apostrophe (3·5万元: none); then a decimal point typed as a
comma (增长3，5%: none) or half in Chinese (增长三点5%, 三万5千元: none), round numbers shortened by their next digit
(一万二), scores and ratios, changes (增长了一倍, 减少一半), time words, plates and roads, halves (一斤半) and list
marks (①, ⑵, Ⅲ级)); then a point typed as a comma between Chinese numerals (增长三，五%: none), a
table's number before a colon (表1：12家), a plus sign for "or more" (90%+), counts per thousand
people, flows per day and prices per hour or time (6.8张/千人, 3万人次/日, 25元/小时), 大洋 as no count of 大,
两个亿元 and 两个万元户 (no sum), spans in two units (3小时15分: none), digit groups set apart by spaces of
every width (12\u202f345元) and bound words in every position round a magnitude (3万多元, 三十多万元,
约3千人); then a bare 点 before digits (共点五吨: none, 重点五项 a count), a bound and a counter before a
magnitude (二十多个亿元: none), a spoken percent with a comma or a Latin point for its point (百分之三，五: none),
a label's unit in brackets (金额（万元）：1200元: none), 幺 in codes, what a time parser owns (三点半, 十五五),
bound words round shares in words (将近两成, 不到百分之十), 两 in every slot, ranges with both ends in words,
rates in words with 点 and sign, a circle or 〇 typed for zero (二○五人, 2〇24年: none), a sign before a spoken
share (负二分之一: none), 一二年 and 二三年 (none), and two units of one dimension (三斤二两, 1公里200米: none); then
a tenth's digit that the next measure word may count (一米八个子, 九块九包邮, 体温三十八度五个小时: none), 两 as a tail's
last digit (三块二两: none), exponents (10的5次方, 三次方程: none), 二把手, a half before a unit of its own (十天半个月,
一天半天: none), rising pairs (一年两年: none), a length's symbol with a flat power (5cm3: none; km2 an area) and 几 for a
digit after a point (三点几万元, 百分之零点几: none) or before a smaller place
(三千几百元: 3100–3900 since numforms62), and a change in points to a rate
(提高0.5个百分点至5.2%: two figures); then 三块来钱, 3点40分钟, 一个两个三个, 九成新, 四大名著 and 九折起 (none),
三成强 and 30%弱 (bounds), money in Latin letters (USD 100, $1.5 billion, 25BP), the measures, money, codes and
shares in words that other projects' suites test; then telephone numbers after an area code and service lines
(0571-88888888, 400 800 1234: none), ranks with 强 (三十强: none), a low end in 万 before a high end in 万亿 far
above it (5万到10万亿元: none) and counts said for emphasis (一百个放心, 一万个不愿意: none), the money a rate is counted on
(每100元营业收入中的成本: none) and the money of neighbours by name (3亿泰铢, 200万越南盾; 98万克朗: none),
measure words that begin a longer word (五元素, 市二人民医院, 50万口罩) and brands named by a count (三只松鼠: none),
及以上 and 及以下 as bounds (2000万元及以上), a 亿 section then a number of a place with no 零 and no 万
(三亿五千元, 3亿5000元: none), currencies by spoken and traditional names (5000台币, 3000人民幣, 新台幣3億元),
兆 after a named currency (新台币23兆元: none), versions and eras after a currency's name (数字人民币2.0版: none),
a date or an ordinal after a pay word's number (工资12月底前发放, 收入1号文件: none), bounds and measure words in
traditional characters (約三萬人, 三萬餘人, 超過500萬元, 項目30個, 2.1個百分點); then an index's points where the
index is named in the sentence (上证综指收于3200点; 沪指下午3点收盘 and 3点意见: none), 度 of electricity where its clause
names it (全年发电5亿度; 气温30度: none), acres, densities and per-units in brackets (500英亩, 120人/平方公里,
300元/（人·月）), and what text-normalisation suites ask (一万零一百, 两万万, 0.5成, 翻一番; 十万八千里, 数百家,
第十二条, 华为Mate60: none), bearings, slopes and grades (北纬30度, 坡度25度, 6.5级地震, 3室2厅, 80后: none),
a half with the counter before 亿 (三个半亿元 = 3.5亿 元, 半个亿元 = 0.5亿 元; 投资半个亿
with no unit: none), 万万 with a 万 section after it (四万万五千万 = 4.5亿; 四万万五千:
none), 两 after a place (二百两, 三千两白银: none, never 220 or 3200) and 十成 (100 %), two digits
spoken for "a few" (一两个, 三五天, 七八十人, 十一二岁, 三两个: the range; 五三个: none), 开外 (五十岁开外: at least
50 岁; 五十开外 with no unit: none) and the forms other suites list drawn afresh (负5%, 1万余人, 贰万元整,
卅, 一〇五, 3万亿元, 1,234.5万元, 1.2×10⁴吨, 增长120%, 增长1.5倍, 五六成; 第3名 and 前5位: none), and a
round number with 多, 余 or 来 run into the next (十多二十万元, 3万多4万元: the range or none, never 20万 alone),
and 毛 or 角 in a list or a label (八角、桂皮, 八角：3200吨: none), a building's number before its entrance or flat
(12栋3单元: none), a two-digit year before an event (98年抗洪: none), the wheels of a vehicle (三轮车: none), a
game's format or a room by its beds (五人制足球, 三人间病房: none), and
prices per ㎡ and Latin rates (1.2万元/㎡, 5万m³/d, 30万t/a), a place or a move in a ranking with no 第
(增速排名全省3位, 位次前移3位: none), percentage points written pp (毛利率提升2.3pp) and a digit glued after an
amount (3亿元5, 32156元3: the amount, never a tenth; 30米3 and 3.5万米2: none), neighbours across a section
(一亿二、三千万元 = 1.2亿–1.3亿 元), after a word that measures them (月薪七、八千 = 7000–8000 元; 工资一万二、三: none)
and in a decimal's last place (零点五、六个百分点), a price for half a unit (猪肉15元半斤 = 15 元), floors in addresses
(2号楼3层: none), 百分百 (100 %; 三个百分百: none) and a shortened digit after Arabic places (2万5千5元 = 25500 元),
an em or en dash typed for the minus before a rate (同比—3.2% = −3.2 %; 来源—3家企业: none), numbers a word before them
measures listed or spoken as neighbours (工资三千、三千五 = 3000 and 3500 元, 人口二十五、六万 = 250000–260000 人),
bounds of speech after a word of income (月入过万, 营收破亿, 月入过3万: 10000 元, 100000000 元, 30000 元 at least) and 近
after 补贴 (补贴近3万元: about 30000 元), round neighbours after a word that measures them (人口三十、四十万 = 300000–400000
人; 人口分别为三十、四十万: none), 不等 closing a list or a range (工资三千、三千五不等 = 3000 and 3500 元), a word of when
before a bound (营收首次破亿: 100000000 元 at least) and a dash before money after 为 or 由 (利润为—3.5亿元 = −350000000 元;
利润总额—3.5亿元: none), a plus sign between a number and its measure word (860+人: 860 人 at least; 3+2人: none) and a bound
word before a currency word before the number (约人民币200万元 about, 不到¥100 at most; 签约人民币3亿元 exact),
a list item's number run into a count in hundredths (3.12个项目开工: none; 每千人口执业医师3.12人 a rate) and a fraction
typed with a slash after a word of a share (占比达3/5 = 60 %; 占比为1/3 and 3/4的家庭: none), a list's mark with the
wide point run into the item's number (3．5万人参加培训 = 50000 人; 投资2．3亿元 a decimal) and a minus sign before an amount
whose thousands are marked (净利润为-12,345元 = −12345 元; 歼-20: none) and a share in words with a digit and its zero
(百分之三〇: none, never 3 %), a bounded low end of a range after a word that measures it (月薪3千左右-5千元: none,
never 3000 元 about) and scientific notation with a signed or zero-led power (1.2E+04吨 = 12000 吨, 1.2e-3克 = 0.0012 克),
a financial digit that ends a common word before an everyday numeral or a magnitude (组建队伍十支, 收拾三间, 队伍万余人:
none), 八成 as "most likely" (他八成不会来: none), a word that compares values before a sign word (低于零下5℃: −5 ℃ at
most; 超过零下30度: none) and 零上 before 度, 几 and 来 after 廿 卅 卌 (廿几人 = 21–29) and a magnitude after a superscript
power (1.2×10⁴万吨 = 1.2亿 吨), a dash after a half that ends a range's low end (一年半-两年, 四个半—五个小时,
两个半月-三个月: the range, never −2 年) and spans counted by 个 before 季度, 年头, 自然日 and 交易日 (连续三个季度 = 3 季度,
never 3 个; 前三个季度 and 今年头两个月: periods, none), a change then the level it reached (增加1万人至12万人: two
figures; 增加2万人至3万人 a range), a range's low end said as a loose pair or with 几 (七八十至一百人 = 70–100,
十几至二十家 = 11–20 about), a bound after a bare number before the other bound with the measure word
(3万以上5万元以下: both bounds in 元), a span of more than one (一个多月) and a label line's value after its colon
(营业收入（万元）：12345 = 123450000 元), two loose pairs with the mark of neighbours between them (三四、五六万元 =
30000–60000 元) and a rate's base in Chinese numerals or of ten thousand (12.5/十万 = 12.5 /10万, 120/万 = 120 /万;
单价3.5/万元: none) and a measure word of its own before a longer one it begins (3000人、5000人次: 3000 人); then
farm prices per the trade's round weight (118元/50公斤; 300元/200公斤 none), ranges whose low end writes the first word of
the high end's rate (300元至350元/吨), a weight or an area after 每 as a price's base (每100公斤300元: 300 元 alone) and
counts of jobs with their 人 unwritten (城镇新增就业1.2万: 12000 人; 新增就业3000 none); then 几 for the digit of a
place below a higher one (三百几十人 = 310–390 人, about), prices with their base after 每 (300元每100公斤), 双 as pairs
(棉鞋5000双; 三双工程 none), a point with no digit before a magnitude (5.万元: none) and a third after a power and an
energy (100MW/200MWh/300MWh); then words of speech that bound the number after them (至多5000元, 顶多3000人, 充其量,
差不多), 不到 said after a figure at its clause's end (月薪3000元不到: at most; 3000元不到位, 30人不到岗: exact) and 及以内,
and the units of environment and works reports (53.2分贝, 1.2毫克/立方米, 0.8mg/m³, 10兆帕, 30MPa, 3500兆赫, 3500MHz;
投资3兆元 none), and 一番 after 增长 or 增加 (增长了一番 = 1 番; 热闹了一番 none); then numerals of every form × units ×
bound words × ranges composed (补贴约1，234，567元, 噪声85dB以下, 投资3.5万元内, 报销比例90%封顶, 3至5万元), powers with
their superscript lost (1.2×104吨: none), one full-width group (1，234人: none where no number proves the page's marks),
千万农民 (none), 零下5℃至3℃ (−5 to 3) and 内 and 封顶 at a clause's end (at most), each written alone and in a short
sentence of our own.
The writer here is independent of stats.find.numerals.

A case expects a list of figures (value, high end, measure word) or none. `either` cases
(a bare number with no unit, a fraction) accept the exact figure or no figure; any figure
whose value matches no expected one is a *wrong value*, the worst outcome.

Run `PYTHONPATH=. python tests/numread_gen.py [N] [-v]` from the checkout for wrong and missed
counts by class (without PYTHONPATH the script's folder comes first and an installed stats,
not the checkout's, is read).
"""

from __future__ import annotations

import math
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

try:
    from tests.numwriter import write_section
except ModuleNotFoundError:  # run as a script: `python tests/numread_gen.py`
    from numwriter import write_section  # type: ignore[no-redef]

PLAIN = "零一二三四五六七八九"
FORMAL = "零壹贰叁肆伍陆柒捌玖"
PLACES = {"plain": "十百千", "formal": "拾佰仟"}


@dataclass(frozen=True)
class Want:
    value: float
    high: float | None = None
    measure: str = ""
    qualifier: str = ""  # checked where given

    def fits(self, got: tuple[str, float, float | None, str, str]) -> bool:
        """Whether a figure read as (quote, value, high, qualifier, measure) is this one (values as pytest.approx
        compares them; the qualifier only where this one names it)."""
        def close(a: float, b: float) -> bool:
            return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)
        return (close(got[1], self.value) and (got[2] is None) == (self.high is None)
                and (self.high is None or close(got[2], self.high)) and got[4] == self.measure
                and (not self.qualifier or got[3] == self.qualifier))


@dataclass(frozen=True)
class Case:
    cls: str
    text: str
    want: tuple[Want, ...] = ()
    either: bool = False  # the wanted figures or none at all
    counted: bool = False  # as many figures as wanted, no more (an amount restated is one figure)


@dataclass
class Tally:
    cases: int = 0
    wrong: int = 0
    missed: int = 0
    none: int = 0  # `either` cases that gave no figure (allowed, but no reading)
    lines: list[str] = field(default_factory=list)


# -- writing numbers ------------------------------------------------------------------


def section(v: int, digits: str, places: str, two: str, head: bool, rng: random.Random) -> str:
    """0 < v < 10000 in Chinese: 三千零二十, 十五 (一十五 inside a number), 零 for each gap."""
    return write_section(v, digits, places, two, head, lambda: digits is PLAIN and rng.random() < 0.7)


def chinese(n: int, rng: random.Random, style: str = "plain", two: str = "二", zero: str = "零",
            head: bool = True) -> str:
    """0 < n < 10^16 with 万 and 亿 sections and 零 where a place or section is skipped."""
    digits = PLAIN if style == "plain" else FORMAL
    digits = zero + digits[1:]
    places = PLACES[style]
    if n >= 10**8:
        high, rest = divmod(n, 10**8)
        out = chinese(high, rng, style, two, zero, head) + "亿"
        if rest:
            gap = rest < 10**7 or high % 10 == 0 and rng.random() < 0.5  # 三十亿零五千万
            out += (zero if gap else "") + chinese(rest, rng, style, two, zero, head=False)
        return out
    wan, low = divmod(n, 10**4)
    out = ""
    if wan:
        out = (two if wan == 2 else section(wan, digits, places, two, head, rng)) + "万"
        if low and (low < 1000 or wan % 10 == 0 and rng.random() < 0.5):
            out += zero  # 一万零五; 五百万零两千 as often as 五百万两千
    if low:
        out += section(low, digits, places, two, head and not wan, rng)
    return out


def with_zero(rng: random.Random) -> int:
    """A number with a zero in a random position of each section (1005, 30200, 100000003)."""
    width = rng.randint(3, 13)
    ds = [rng.randint(1, 9) for _ in range(width)]
    for _ in range(rng.randint(1, max(1, width // 2))):
        ds[rng.randint(1, width - 1)] = 0
    return int("".join(map(str, ds)))


def arabic(v: float) -> str:
    return f"{v:.10g}" if not float(v).is_integer() else str(int(v))


# -- the classes ------------------------------------------------------------------------

MEASURES = ["人", "元", "个", "家", "吨", "亩", "户", "台", "件", "所"]
SENT = ["全市共有{}", "今年完成{}", "累计投入{}", "新增{}", "全年接待{}"]


def sent(rng: random.Random, body: str) -> str:
    return rng.choice(SENT).format(body)


def both(cls: str, rng: random.Random, written: str, value: float, measure: str,
         high: float | None = None, bare: bool = True) -> Iterator[Case]:
    """The number with a measure word in a sentence, and the number alone (its value, no unit)."""
    yield Case(cls, sent(rng, written + measure), (Want(value, high, measure),))
    if bare:
        yield Case(cls + ".bare", written, (Want(value, high),))


def zero_positions(rng: random.Random) -> Iterator[Case]:
    n = with_zero(rng)
    m = rng.choice(MEASURES)
    yield from both("zero", rng, chinese(n, rng), n, m)


def two_liang(rng: random.Random) -> Iterator[Case]:
    n = int(rng.choice(["2", "22", "200", "2000", "20000", "2200", "22000", "202", "2002", "200000000",
                        "2020", "12000", "220000"]))
    n = n * rng.choice([1, 1, 1, 10]) + rng.choice([0, 0, 2, 20, 200]) * (n >= 10000)
    m = rng.choice(MEASURES)
    written = chinese(n, rng, two=rng.choice("二两"))
    yield from both("two", rng, written, n, m)


def circle_zero(rng: random.Random) -> Iterator[Case]:
    n = with_zero(rng) % 10**8 or 105
    m = rng.choice(MEASURES)
    written = chinese(n, rng, zero="〇")
    if "〇" not in written:
        written, n = "一百〇五", 105
    yield from both("circle", rng, written, n, m)


def financial(rng: random.Random) -> Iterator[Case]:
    n = rng.randint(1, 10**9)
    if rng.random() < 0.5:
        n = with_zero(rng) % 10**10 or 1005
    written = chinese(n, rng, style="formal", two="贰")
    yield Case("financial", f"合计人民币{written}元整", (Want(n, None, "元"),))
    yield Case("financial.bare", written, (Want(n),))


def nian_sa(rng: random.Random) -> Iterator[Case]:
    tens, ch = rng.choice([(20, "廿"), (30, "卅")])
    d = rng.randint(0, 9)
    written = ch + (PLAIN[d] if d else "")
    yield from both("niansa", rng, written, tens + d, rng.choice(MEASURES))


def arabic_magnitude(rng: random.Random) -> Iterator[Case]:
    mags = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7, "百万": 1e6, "十万": 1e5, "千亿": 1e11, "百亿": 1e10,
            "十亿": 1e9, "千": 1e3}
    mag = rng.choice(sorted(mags))
    whole = rng.randint(1, 999)
    dec = rng.choice(["", "", f".{rng.randint(1, 9)}", f".{rng.randint(1, 99):02d}".rstrip("0")])
    written = f"{whole}{dec}"
    m = rng.choice(["元", "人", "吨", "户"])
    value = float(written) * mags[mag]
    yield from both("arabic_mag", rng, written + mag, float(f"{value:.15g}"), m)


def decimals(rng: random.Random) -> Iterator[Case]:
    whole = rng.choice([0, rng.randint(1, 9), rng.randint(10, 99), rng.randint(100, 9999)])
    frac = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(1, 3)))
    frac = frac[:-1] + str(rng.randint(1, 9))
    head = chinese(whole, rng) if whole else "零"
    written = head + "点" + "".join(PLAIN[int(c)] for c in frac)
    value = float(f"{whole}.{frac}")
    mag = rng.choice(["", "", "万", "亿"])
    factor = {"": 1, "万": 1e4, "亿": 1e8}[mag]
    m = rng.choice(["吨", "元", "倍", "公里"])
    yield from both("decimal", rng, written + mag, float(f"{value * factor:.15g}"), m)


def share_want(n: int, d: int, written: str, qualifier: str = "") -> tuple[tuple[Want, ...], bool]:
    """(wanted figures, either) of a fraction in running text: a share as percent where it is a finite
    decimal and spelled in Chinese (四分之一 = 25 %, GUIDE: 成 is tenths, 约占全市的四分之一 → 25 %); else
    nothing, never a value (三分之一 is 33.33… %, 1/4 may be a date): no figure, `either` on the fraction."""
    if SHARE_PERCENT.get(d) is not None and "分之" in written:
        return (Want(float(f"{n * 100 / d:.15g}"), None, "%", qualifier),), False
    return (Want(n / d),), True


SHARE_PERCENT = {2: "二", 4: "四", 5: "五", 8: "八", 10: "十", 20: "二十", 25: "二十五", 50: "五十"}


def fractions(rng: random.Random) -> Iterator[Case]:
    d = rng.randint(2, 9)
    n = rng.randint(1, d - 1)
    form = rng.choice(["cn", "ar"])
    written = f"{PLAIN[d]}分之{PLAIN[n]}" if form == "cn" else f"{n}/{d}"
    want, either = share_want(n, d, written)
    yield Case("fraction", f"全省有{written}的企业复工", want, either=either)
    yield Case("fraction.bare", written, (Want(n / d),), either=form == "ar")  # 3/4 may be a date


def percents(rng: random.Random) -> Iterator[Case]:
    v = rng.choice([rng.randint(1, 99), rng.randint(1, 999) / 10, rng.randint(1, 9999) / 100])
    kind = rng.choice(["%", "％", "cn", "permille", "cn_permille", "point", "point_cn"])
    whole, _, frac = arabic(v).partition(".")
    cn = chinese(int(whole), rng) if int(whole) else "零"
    if frac:
        cn += "点" + "".join(PLAIN[int(c)] for c in frac)
    written, measure = {
        "%": (f"{arabic(v)}%", "%"), "％": (f"{arabic(v)}％", "%"), "cn": (f"百分之{cn}", "%"),
        "permille": (f"{arabic(v)}‰", "‰"), "cn_permille": (f"千分之{cn}", "‰"),
        "point": (f"{arabic(v)}个百分点", "百分点"), "point_cn": (f"{cn}个百分点", "百分点"),
    }[kind]
    yield Case("percent", f"占比为{written}", (Want(v, None, measure),))
    yield Case("percent.bare", written, (Want(v, None, measure),))


def negatives(rng: random.Random) -> Iterator[Case]:
    v = rng.choice([rng.randint(1, 99), rng.randint(1, 99) / 10])
    kind = rng.choice(["-", "－", "负", "负cn", "下降", "减少"])
    cn = chinese(int(v), rng) if float(v).is_integer() else None
    if kind == "负cn" and cn:
        yield Case("negative", f"增速为负百分之{cn}", (Want(-v, None, "%"),))
        yield Case("negative.bare", f"负{cn}", (Want(-v),))
    elif kind in ("下降", "减少"):
        # a fall is a change written with a positive number, never a negative one
        yield Case("negative.fall", f"比上年{kind}{arabic(v)}%", (Want(v, None, "%"),))
    else:
        sign = "负" if kind.startswith("负") else kind
        yield Case("negative", f"利润增长{sign}{arabic(v)}%", (Want(-v, None, "%"),))
        yield Case("negative.bare", f"{sign}{arabic(v)}", (Want(-v),))


def ranges(rng: random.Random) -> Iterator[Case]:
    kind = rng.choice(["ar_mag", "cn_pair", "ten_some", "vague", "ar_dash", "cn_to", "pct", "cn_pair_in"])
    m = rng.choice(["人", "元", "个", "家"])
    if kind == "ar_mag":
        lo = rng.randint(1, 8)
        hi = rng.randint(lo + 1, 9)
        mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("千", 1e3)])
        sep = rng.choice(["至", "到", "-", "~", "～"])
        if mag == "千" and m in ("米",):
            m = "人"
        yield Case("range", sent(rng, f"{lo}{sep}{hi}{mag}{m}"), (Want(lo * f, hi * f, m),))
        yield Case("range.bare", f"{lo}{sep}{hi}{mag}", (Want(lo * f, hi * f),))
    elif kind == "cn_pair":
        d = rng.randint(1, 8)
        place, f = rng.choice([("十", 10), ("百", 100), ("千", 1000), ("万", 1e4), ("十万", 1e5), ("百万", 1e6)])
        written = PLAIN[d] + PLAIN[d + 1] + place
        yield Case("range", sent(rng, written + m), (Want(d * f, (d + 1) * f, m),))
        yield Case("range.bare", written, (Want(d * f, (d + 1) * f),))
    elif kind == "cn_pair_in":
        # 十七八, 三十五六, 一千二三百, 五六十万: neighbouring digits inside a longer numeral
        d = rng.randint(1, 8)
        head, f, mag, g = rng.choice([("十", 10, "", 1), ("三十", 30, "", 1), ("一千", 1000, "百", 100),
                                      ("", 0, "十万", 1e5), ("两万", 20000, "千", 1000)])
        written = head + PLAIN[d] + PLAIN[d + 1] + mag
        yield Case("range", sent(rng, written + m), (Want(f + d * g, f + (d + 1) * g, m),))
    elif kind == "ten_some":
        tens = rng.choice([1, 2, 3, 5])
        mag, f = rng.choice([("", 1), ("万", 1e4)])
        written = ("" if tens == 1 else PLAIN[tens]) + "十几" + mag
        yield Case("range.approx", sent(rng, written + m), (Want((tens * 10 + 1) * f, (tens * 10 + 9) * f, m),))
    elif kind == "vague":
        # 万把, 百把 are about one of the place (test_numforms22: 万把人 ≈ 10000), no vague amount
        written = rng.choice(["数十", "数百", "几十", "几百", "上千", "成千上万", "数万", "几万", "若干", "几", "数"])
        yield Case("range.vague", sent(rng, written + m), ())
    elif kind == "ar_dash":
        lo = rng.randint(1, 50)
        hi = lo + rng.randint(1, 50)
        yield Case("range", sent(rng, f"{lo}-{hi}{m}"), (Want(lo, hi, m),))
    elif kind == "cn_to":
        lo = rng.randint(1, 8)
        hi = rng.randint(lo + 1, 9)
        yield Case("range", sent(rng, f"{PLAIN[lo]}到{PLAIN[hi]}万{m}"), (Want(lo * 1e4, hi * 1e4, m),))
    else:
        lo = rng.randint(1, 20)
        hi = lo + rng.randint(1, 20)
        cn = f"百分之{chinese(lo, rng)}到百分之{chinese(hi, rng)}"
        form = rng.choice([f"{lo}%-{hi}%", f"{lo}%至{hi}%", f"{lo}-{hi}%", cn])
        yield Case("range", f"增速保持在{form}", (Want(lo, hi, "%"),))


APPROX = [("约", "", "approx"), ("", "左右", "approx"), ("近", "", "approx"), ("", "上下", "approx"),
          ("逾", "", "lower_bound"), ("超过", "", "lower_bound"), ("", "以上", "lower_bound"),
          ("", "余", "lower_bound"), ("", "多", "lower_bound"), ("不超过", "", "upper_bound"),
          ("", "以下", "upper_bound"), ("大约", "", "approx"), ("将近", "", "approx"),
          ("大于", "", "lower_bound"), ("小于", "", "upper_bound"), ("≥", "", "lower_bound"), ("≤", "", "upper_bound"),
          ("不小于", "", "lower_bound"), ("至多", "", "upper_bound"), ("＞", "", "lower_bound")]


def approximations(rng: random.Random) -> Iterator[Case]:
    pre, post, q = rng.choice(APPROX)
    n = rng.choice([rng.randint(2, 99), rng.randint(1, 9) * 100])
    m = rng.choice(["人", "家", "吨"])
    mag, f = rng.choice([("万", 1e4), ("", 1), ("亿", 1e8)])
    num = rng.choice([str(n), chinese(n, rng)])
    if post in ("余", "多"):
        if mag:
            text = f"{pre}{num}{mag}{post}{m}"
        else:
            text = f"{pre}{num}{post}{m}"
    else:
        text = f"{pre}{num}{mag}{m}{post}"
    yield Case("approx", sent(rng, text), (Want(n * f, None, m, q),))
    yield Case("approx.bare", f"{pre}{num}{mag}{post}", (Want(n * f, None, "", q),))


def not_quantities(rng: random.Random) -> Iterator[Case]:
    year = rng.randint(1949, 2035)
    cn_year = "".join("〇一二三四五六七八九"[int(c)] for c in str(year))
    n = rng.randint(1, 30)
    text = rng.choice([
        f"{year}年", f"{cn_year}年", f"第{chinese(n, rng)}名", f"第{n}条", f"第{chinese(n, rng)}届",
        "十四五", "“十四五”时期", f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f"{year}年{rng.randint(1, 12)}月",
        f"第{chinese(n, rng)}", f"{chinese(n, rng)}届人大", f"{year}年度", "二十大",
        f"十九届{PLAIN[rng.randint(2, 7)]}中全会", f"下午{rng.randint(1, 11)}时{rng.randint(10, 59)}分",
        f"{rng.randint(1, 12)}·{rng.randint(1, 28)}", f"{rng.randint(7, 11)}:{rng.randint(10, 59)}",
        f"比分{rng.randint(0, 5)}:{rng.randint(0, 5)}", f"{PLAIN[rng.randint(1, 4)]}季度", "5G", "COVID-19",
        f"{chinese(n, rng)}月份", f"星期{PLAIN[rng.randint(1, 6)]}", f"{year}-{year + rng.randint(1, 5)}年",
        f"{year}款车型", f"{year}届毕业生", f"{year}级新生", f"{n}号楼",
    ])
    yield Case("not_quantity", text, ())
    yield Case("not_quantity", f"会议于{text}召开", ())


IDIOMS = ["千千万万", "三三两两", "七七八八", "接二连三", "五花八门", "三天两头", "八九不离十", "一五一十", "千方百计",
          "十全十美", "万无一失", "四面八方", "九牛一毛", "七上八下", "十万火急", "百战百胜", "千军万马", "一举两得",
          "三番五次", "成千上万", "上百万", "数以万计", "万万没想到", "三头六臂", "一年半载", "三天打鱼两天晒网",
          "十年树木，百年树人"]


NAMES = ["七台河市", "三门峡市", "五家渠市", "五大连池", "三元区", "三台县", "九台区", "五台山", "四川省", "万州区",
         "两江新区", "三亚市", "十堰市", "六盘水市", "三甲医院", "世界500强", "5G基站"]


def names(rng: random.Random) -> Iterator[Case]:
    """Names that hold a numeral (GUIDE "not a figure"): places, hospital grades, brands."""
    name = rng.choice(NAMES)
    yield Case("name", name, ())
    yield Case("name", f"{name}新建项目", ())


def idioms(rng: random.Random) -> Iterator[Case]:
    """Set phrases built on numerals count nothing, alone, before 地 or before a measure word."""
    idiom = rng.choice(IDIOMS)
    yield Case("idiom", idiom, ())
    yield Case("idiom", rng.choice([f"问题{idiom}地出现", f"{idiom}个家庭", f"群众{idiom}，"]), ())


def full_width(rng: random.Random) -> Iterator[Case]:
    v = rng.choice([rng.randint(1, 99999), rng.randint(1, 9999) / 10])
    ar = arabic(v)
    wide = "".join(chr(ord(c) + 0xFEE0) if c in "0123456789." else c for c in ar)
    mag, f = rng.choice([("", 1), ("万", 1e4)])
    m = rng.choice(["人", "元", "吨"])
    yield from both("full_width", rng, wide + mag, float(f"{v * f:.15g}"), m)


def spaced(rng: random.Random) -> Iterator[Case]:
    n = rng.randint(1000, 99999)
    s = f"{n:,}".replace(",", " ")
    m = rng.choice(["人", "元", "个"])
    yield Case("spaced", sent(rng, f"{s} {m}"), (Want(n, None, m),))
    v = rng.randint(11, 999) / 100
    yield Case("spaced", f"同比增 长 {arabic(v)} 倍", (Want(v, None, "倍"),))


def separators(rng: random.Random) -> Iterator[Case]:
    n = rng.randint(1000, 10**9)
    dec = rng.choice(["", f".{rng.randint(1, 9)}"])
    written = f"{n:,}{dec}"
    m = rng.choice(["元", "人", "吨"])
    value = float(f"{n}{dec}")
    mag, f = rng.choice([("", 1), ("", 1), ("万", 1e4)])
    yield from both("separator", rng, written + mag, float(f"{value * f:.15g}"), m)
    # a full-width comma between groups: the whole number or nothing, never the last group alone
    wide = f"{n:,}".replace(",", "，")
    yield Case("separator.wide", sent(rng, f"{wide}{m}"), (Want(n, None, m),), either=True)


def scientific(rng: random.Random) -> Iterator[Case]:
    a = rng.randint(11, 99) / 10
    e = rng.randint(2, 9)
    sup = "".join("⁰¹²³⁴⁵⁶⁷⁸⁹"[int(c)] for c in str(e))
    written = rng.choice([f"{a}×10{sup}", f"{a}×10^{e}", f"{a}x10^{e}", f"{a}*10^{e}", f"{a}e{e}", f"{a}E+{e}"])
    m = rng.choice(["吨", "元", "个"])
    value = float(f"{a * 10 ** e:.15g}")
    yield Case("scientific", sent(rng, written + m), (Want(value, None, m),), either=True)
    yield Case("scientific.bare", written, (Want(value),), either=True)


def mixed_sections(rng: random.Random) -> Iterator[Case]:
    wan = rng.randint(1, 9999)
    low = rng.randint(1, 9999)
    form = rng.choice(["ar", "cnlow", "qian"])
    if form == "ar" and low >= 1000:
        written = f"{wan}万{low}"
    elif form == "qian":
        low = rng.randint(1, 9) * 1000
        written = f"{wan}万{low // 1000}千"
    else:
        written = f"{wan}万" + ("零" if low < 1000 else "") + chinese(low, rng, head=False)
    m = rng.choice(["元", "人"])
    yield from both("mixed", rng, written, wan * 10000 + low, m)


def arabic_places(rng: random.Random) -> Iterator[Case]:
    """Arabic digits before Chinese places (2千5百, 1千2百3十4, 1百零5) and after 万 with 零 (1万零5)."""
    if rng.random() < 0.5:
        n = rng.randint(100, 9999)
        written = section(n, "零123456789", "十百千", "2", False, rng)
        written = written if sum(c in "十百千" for c in written) >= 2 else None
    else:
        n = rng.randint(1, 9999) * 10000 + rng.randint(1, 999)
        written = f"{n // 10000}万零{n % 10000}"
    if written is None:
        return
    m = rng.choice(["元", "人", "个"])
    yield from both("arabic_places", rng, written, n, m)


def shortened(rng: random.Random) -> Iterator[Case]:
    d1, d2 = rng.randint(1, 9), rng.randint(1, 9)
    place, below, f = rng.choice([("百", 10, 100), ("千", 100, 1000), ("万", 1000, 10000)])
    written = PLAIN[d1] + place + PLAIN[d2]
    m = rng.choice(["元", "人", "个"])
    yield from both("shortened", rng, written, d1 * f + d2 * below, m)


def tenths(rng: random.Random) -> Iterator[Case]:
    """成 and 折 are tenths: 三成 30 %, 三成五 35 %, 三成半 35 %, 7.5成 75 %, 七折 70 %."""
    d = rng.randint(1, 9)
    e = rng.randint(1, 9)
    written, value = rng.choice([(f"{PLAIN[d]}成", d * 10), (f"{PLAIN[d]}成{PLAIN[e]}", d * 10 + e),
                                 (f"{PLAIN[d]}成半", d * 10 + 5), (f"{d}.{e}成", d * 10 + e), (f"{d}成", d * 10),
                                 (f"{PLAIN[max(d, 2)]}折", max(d, 2) * 10), (f"{d}.{e}折", d * 10 + e)])
    yield Case("tenths", f"满意度达到{written}", (Want(value, None, "%"),))
    yield Case("tenths.bare", written, (Want(value, None, "%"),))


def arabic_point(rng: random.Random) -> Iterator[Case]:
    """Arabic digits around a Chinese decimal point (3点5万), as typed text writes them."""
    whole, frac = rng.randint(1, 99), rng.randint(1, 9)
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("", 1)])
    m = rng.choice(["元", "人"]) if mag else "%"
    yield Case("arabic_point", sent(rng, f"{whole}点{frac}{mag}{m}"),
               (Want(float(f"{float(f'{whole}.{frac}') * f:.15g}"), None, m),), either=True)


def money(rng: random.Random) -> Iterator[Case]:
    """Money as spoken and as written on receipts: 三块五, 两块八毛, 5元3角, 一百二十元五角."""
    y, j, fen = rng.randint(1, 99), rng.randint(1, 9), rng.randint(1, 9)
    written, value = rng.choice([
        (f"{chinese(y, rng)}块{PLAIN[j]}", y + j / 10), (f"{chinese(y, rng)}块{PLAIN[j]}毛", y + j / 10),
        (f"{y}元{j}角", y + j / 10), (f"{chinese(y, rng)}元{PLAIN[j]}角{PLAIN[fen]}分", y + j / 10 + fen / 100),
        (f"{chinese(y, rng)}元", y), (f"{y}块钱", y), (f"￥{y}", y), (f"¥{y}.{j}", y + j / 10),
        (f"{PLAIN[j]}毛钱", j / 10), (f"{PLAIN[j]}分钱", j / 100), (f"{chinese(y, rng)}块钱", y),
        (f"{chinese(y, rng, style='formal', two='贰')}元零{FORMAL[j]}角", y + j / 10),
        (f"{chinese(y, rng)}元零{PLAIN[fen]}分", y + fen / 100), (f"{chinese(y, rng)}块零{PLAIN[fen]}", y + fen / 100),
        (f"{y}块{j}", y + j / 10), (f"{y}元{j}", y + j / 10), (f"{chinese(y, rng)}块半", y + 0.5)])
    yield Case("money", f"每斤卖{written}", (Want(round(value, 2), None, "元"),))


# -- second round: forms other projects' suites test (written here from the classes alone) ----


def permyriad(rng: random.Random) -> Iterator[Case]:
    """Per ten thousand: 万分之三, 万分之三点五, 2.5‱ (a rate of its own, not a percent)."""
    v = rng.choice([rng.randint(1, 99), rng.randint(1, 99) / 10])
    whole, _, frac = arabic(v).partition(".")
    cn = chinese(int(whole), rng) if int(whole) else "零"
    if frac:
        cn += "点" + "".join(PLAIN[int(c)] for c in frac)
    written = rng.choice([f"万分之{cn}", f"{arabic(v)}‱", f"万分之{arabic(v)}"])
    yield Case("permyriad", f"不良率控制在{written}", (Want(v, None, "‱"),))
    yield Case("permyriad.bare", written, (Want(v, None, "‱"),))


def temperature(rng: random.Random) -> Iterator[Case]:
    """Temperatures (GUIDE: a number with its unit): 38℃, 25摄氏度, below zero 零下5℃ and -5℃. A range
    whose low end alone is signed in words (零下5至10℃) may be below zero at both ends (−10 to −5) or
    cross it (−5 to 10): no figure; a minus sign (-5至10℃) is the low end's own."""
    v = rng.choice([rng.randint(1, 45), rng.randint(1, 400) / 10])
    sign, value = rng.choice([("", v), ("零下", -v), ("-", -v), ("", v)])
    unit = rng.choice(["℃", "摄氏度"])
    written = f"{sign}{arabic(v)}{unit}"
    yield Case("temperature", f"当天最高气温{written}", (Want(value, None, "℃"),))
    yield Case("temperature.bare", written, (Want(value, None, "℃"),))
    lo, hi = sorted(rng.sample(range(-20, 40), 2))

    def signed(t: int) -> str:
        return (rng.choice(["-", "零下"]) + str(-t)) if t < 0 else str(t)
    sep, unit = rng.choice(["至", "到", "～", "~"]), rng.choice(["℃", "摄氏度"])
    low, high = signed(lo), signed(hi)
    unsure = low.startswith("零下") and hi > 0 and hi != -lo  # 零下6~6℃: a band round zero (numforms67), −6 to 6
    yield Case("temperature.range", f"预计气温{low}{sep}{high}{unit}", () if unsure else (Want(lo, hi, "℃"),))


DIMENSIONS = [("米", "米"), ("公里", "公里"), ("千米", "千米"), ("平方公里", "平方公里"), ("公斤", "公斤"),
              ("千克", "千克"), ("千瓦", "千瓦"), ("立方米", "立方米"), ("毫米", "毫米"), ("公顷", "公顷"),
              ("厘米", "厘米"), ("千瓦时", "千瓦时"), ("兆瓦", "兆瓦"), ("毫升", "毫升")]
RATES = ["公里/小时", "千米/小时", "米/秒", "元/平方米", "元/吨", "元/斤", "元/公斤", "元/人", "元/月", "吨/小时"]


def dimensions(rng: random.Random) -> Iterator[Case]:
    """Lengths, areas, masses, power, volumes, and rates written with a slash (120公里/小时,
    1.2万元/平方米): the rate as one measure or no figure, never the value in its first unit."""
    v = rng.choice([rng.randint(1, 9999), rng.randint(1, 9999) / 10])
    mag, f = rng.choice([("", 1), ("", 1), ("万", 1e4)])
    num = rng.choice([arabic(v), chinese(int(v), rng) if float(v).is_integer() else arabic(v)])
    value = float(f"{v * f:.15g}")
    word, measure = rng.choice(DIMENSIONS)
    yield Case("dimension", sent(rng, f"{num}{mag}{word}"), (Want(value, None, measure),))
    rate = rng.choice(RATES)
    yield Case("dimension.rate", f"平均为{num}{mag}{rate}", (Want(value, None, rate),), either=True)


CURRENCIES = [("美元", "美元"), ("欧元", "欧元"), ("港元", "港元"), ("港币", "港元"), ("日元", "日元"),
              ("英镑", "英镑"), ("韩元", "韩元"), ("美金", "美元"), ("卢布", "卢布"), ("澳元", "澳元"), ("加元", "加元"),
              ("新加坡元", "新加坡元"), ("瑞士法郎", "瑞士法郎"), ("新台币", "新台币")]
SIGNS = [("$", "美元"), ("US$", "美元"), ("HK$", "港元"), ("€", "欧元"), ("£", "英镑"), ("￥", "元"), ("¥", "元")]


def currencies(rng: random.Random) -> Iterator[Case]:
    """Foreign money by its name after the amount (5亿美元) or its sign before it (HK$200, €300)."""
    v = rng.choice([rng.randint(1, 9999), rng.randint(1, 999) / 10])
    mag, f = rng.choice([("", 1), ("万", 1e4), ("亿", 1e8)])
    value = float(f"{v * f:.15g}")
    word, measure = rng.choice(CURRENCIES)
    yield Case("currency", f"双边贸易额达{arabic(v)}{mag}{word}", (Want(value, None, measure),))
    sign, measure = rng.choice(SIGNS)
    yield Case("currency.sign", f"售价{sign}{arabic(v)}{mag}", (Want(value, None, measure),))


def percent_ranges(rng: random.Random) -> Iterator[Case]:
    """Ranges of rates in every spelling: 5%-8%, 5-8%, 5%～8%, 5%至8%, 百分之五到八, 百分之五至百分之八,
    2至3个百分点."""
    lo = rng.randint(1, 20)
    hi = lo + rng.randint(1, 10)
    a, b = chinese(lo, rng), chinese(hi, rng)
    sep = rng.choice(["-", "～", "~", "至", "到", "—"])
    written, measure = rng.choice([
        (f"{lo}%{sep}{hi}%", "%"), (f"{lo}{sep}{hi}%", "%"), (f"百分之{a}到{b}", "%"), (f"百分之{a}至百分之{b}", "%"),
        (f"{lo}{sep}{hi}个百分点", "百分点"), (f"{lo}‰{sep}{hi}‰", "‰")])
    yield Case("pct_range", f"预计增速为{written}", (Want(lo, hi, measure),))


def discounts(rng: random.Random) -> Iterator[Case]:
    """Discounts as tenths of the price: 八五折 (8.5折 = 85 %), 九五折, 八点五折, 8.5折, 七折."""
    d, e = rng.randint(5, 9), rng.randint(1, 9)
    written, value = rng.choice([(f"{PLAIN[d]}{PLAIN[e]}折", d * 10 + e), (f"{PLAIN[d]}点{PLAIN[e]}折", d * 10 + e),
                                 (f"{d}.{e}折", d * 10 + e), (f"{PLAIN[d]}折", d * 10)])
    if written[1:2] in PLAIN and written[1] == PLAIN[d + 1:d + 2]:
        return  # 七八折 is a range of discounts, another reading
    yield Case("discount", f"全场商品{written}优惠", (Want(value, None, "%"),))


def lai(rng: random.Random) -> Iterator[Case]:
    """来 after a round number is "about": 二十来个, 三十来岁, 十来天, 百来人, 两千来元."""
    n, written = rng.choice([(10, "十"), (20, "二十"), (30, "三十"), (50, "五十"), (100, "百"), (100, "一百"),
                             (200, "两百"), (2000, "两千"), (1000, "一千"), (40, "四十")])
    m = rng.choice(["个", "人", "元", "家", "天"])
    yield Case("lai", sent(rng, f"{written}来{m}"), (Want(n, None, m, "approx"),), either=True)


def mixed_magnitudes(rng: random.Random) -> Iterator[Case]:
    """Arabic numbers with two magnitudes or a bound in between: 1亿2千万, 12亿5千万元, 0.3亿,
    3千余万, 一千多万, 百余, 千余, 万余, 一百二十万五千, 1万2千."""
    a, b = rng.randint(1, 99), rng.randint(1, 9)
    m = rng.choice(["元", "人", "吨"])
    written, value, q = rng.choice([
        (f"{a}亿{b}千万", a * 1e8 + b * 1e7, "exact"), (f"{a}亿{b}千{rng.choice('万萬')}", a * 1e8 + b * 1e7, "exact"),
        (f"0.{b}亿", b * 1e7, "exact"), (f"{b}千余万", b * 1e7, "lower_bound"), (f"{b}千多万", b * 1e7, "lower_bound"),
        (f"{chinese(b * 1000, rng)}多万", b * 1e7, "lower_bound"), ("百余", 100, "lower_bound"),
        ("千余", 1000, "lower_bound"), ("万余", 1e4, "lower_bound"), (f"{a}万{b}千", a * 1e4 + b * 1e3, "exact"),
        (f"{chinese(a * 10, rng)}万{PLAIN[b]}千", a * 1e5 + b * 1e3, "exact"), (f"{b}个亿", b * 1e8, "exact"),
        (f"{chinese(b, rng, two='两')}个多亿", b * 1e8, "lower_bound")])
    yield Case("mixed_mag", sent(rng, written + m), (Want(value, None, m, q),))


def negative_growth(rng: random.Random) -> Iterator[Case]:
    """负增长3%: a growth below zero, so −3 (or nothing); never +3."""
    v = rng.choice([rng.randint(1, 30), rng.randint(1, 99) / 10])
    written = rng.choice([f"负增长{arabic(v)}%", f"同比负增长{arabic(v)}%", f"出现负增长，降幅{arabic(v)}%"])
    want = Want(v, None, "%") if "降幅" in written else Want(-v, None, "%")
    yield Case("neg_growth", f"全年利润{written}", (want,), either="降幅" not in written)


def multiples(rng: random.Random) -> Iterator[Case]:
    """Multiples (倍, GUIDE: a figure) and doublings as written (翻一番 = 1 番, 翻两番 = 2 番)."""
    v = rng.choice([rng.randint(2, 20), rng.randint(11, 99) / 10])
    whole, _, frac = arabic(v).partition(".")
    cn = chinese(int(whole), rng) + ("点" + "".join(PLAIN[int(c)] for c in frac) if frac else "")
    written, value, m = rng.choice([(f"{arabic(v)}倍", v, "倍"), (f"{cn}倍", v, "倍"), ("翻一番", 1, "番"),
                                    ("翻两番", 2, "番"), ("翻了一番", 1, "番")])
    yield Case("multiple", f"产值增长{written}" if "番" not in written else f"产值{written}", (Want(value, None, m),))


def durations(rng: random.Random) -> Iterator[Case]:
    """Durations are figures GUIDE does not care for: their value as written, or nothing."""
    n = rng.randint(2, 48)
    m = rng.choice(["小时", "天", "个月", "分钟", "年", "周", "个星期"])
    yield Case("duration", f"窗口{rng.choice(['连续', '全天'])}开放{n}{m}", (Want(n, None, m),), either=True)


def ages(rng: random.Random) -> Iterator[Case]:
    """An age that ends its clause is a figure (3岁半 = 3.5 岁, 18周岁); one written before the
    people it describes names a group (年满18周岁的居民, 3岁半以下儿童)."""
    n = rng.randint(1, 99)
    written, value, m = rng.choice([(f"{n}岁", n, "岁"), (f"{n}岁半", n + 0.5, "岁"), (f"{n}周岁", n, "周岁"),
                                    (f"{chinese(n, rng)}岁半", n + 0.5, "岁")])
    yield Case("age", f"孩子今年{written}", (Want(value, None, m),))
    yield Case("age.group", f"年满{written}的居民可申请", ())


NOT_QUANTITIES_2 = ["2型糖尿病患者", "3D打印技术", "5G网络", "COVID-19疫情", "一带一路", "第3季度", "第一百零一名",
                    "下午三点开会", "晚上八点半到达", "8时30分", "3:30", "2023年3月5日", "618大促", "PM2.5浓度",
                    "数以万计", "成千上万", "上万人", "万一出事", "1型糖尿病", "4S店", "H1N1流感", "G20峰会",
                    "第十四个五年规划", "一年四季", "七一讲话", "双十一", "95后", "24时", "十月份", "03年非典", "08年奥运会",
                    "误差±5%", "百亿元级产业", "十万大山", "一大半的人"]


def not_quantities_2(rng: random.Random) -> Iterator[Case]:
    """Names, codes, clock times, dates and vague amounts (GUIDE "not a figure")."""
    text = rng.choice(NOT_QUANTITIES_2)
    yield Case("not_quantity2", text, ())
    yield Case("not_quantity2", f"据介绍，{text}", ())


# -- third round: neighbours, 块, currencies and pay before the amount, wide separators, shares ----


def neighbours(rng: random.Random) -> Iterator[Case]:
    """Neighbouring numbers that share the last one's places and unit are one approximate range,
    as 三四十万 is (GUIDE value_high): 5、6万人 = 5万–6万, 三、四百元 = 300–400, 七、八十万 =
    70万–80万, 十七、八岁 = 17–18, 十几二十万 = 11万–20万; never the first number alone in the
    unit (5 人) nor the round number alone (20万)."""
    d = rng.randint(1, 8)
    m = rng.choice(["人", "元", "家", "吨", "户"])
    form = rng.choice(["ar_mag", "cn_place", "cn_mag", "tens_digit", "no_mark", "up_to"])
    if form == "ar_mag":
        mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("千", 1e3)])
        written, lo, hi = f"{d}、{d + 1}{mag}", d * f, (d + 1) * f
    elif form == "cn_place":
        place, f = rng.choice([("十", 10), ("百", 100), ("千", 1000)])
        written, lo, hi = f"{PLAIN[d]}、{PLAIN[d + 1]}{place}", d * f, (d + 1) * f
    elif form == "cn_mag":
        place, f = rng.choice([("万", 1e4), ("十万", 1e5), ("百万", 1e6), ("千万", 1e7), ("亿", 1e8)])
        written, lo, hi = f"{PLAIN[d]}、{PLAIN[d + 1]}{place}", d * f, (d + 1) * f
    elif form == "tens_digit":
        tens = rng.randint(1, 9)
        mag, f = rng.choice([("", 1), ("万", 1e4)])
        head = ("" if tens == 1 else PLAIN[tens]) + "十" + PLAIN[d]
        written, lo, hi = f"{head}、{PLAIN[d + 1]}{mag}", (tens * 10 + d) * f, (tens * 10 + d + 1) * f
    elif form == "up_to":  # 十几二十个, 三十几四十万: a vague range up to the round number above it
        mag, f = rng.choice([("", 1), ("万", 1e4)])
        head = "十" if d == 1 else PLAIN[d] + "十"
        written, lo, hi = f"{head}几{PLAIN[d + 1]}十{mag}", (d * 10 + 1) * f, (d + 1) * 10 * f
    else:
        place, f = rng.choice([("千", 1e3), ("万", 1e4), ("十万", 1e5), ("百", 100)])
        written, lo, hi = f"{PLAIN[d]}{PLAIN[d + 1]}{place}", d * f, (d + 1) * f
    # 一、 may open a list (一、二十家): its range or nothing
    yield Case("neighbours", sent(rng, written + m) + "。", (Want(lo, hi, m),), either=d == 1)
    # the unit before the first (百分之五、六 = 5–6 %, 百分之五、六十 = 50–60 %); 多 or 余 after the second
    e = rng.randint(1, 8)
    tens = rng.random() < 0.5
    yield Case("neighbours.pct", f"增速回落了百分之{PLAIN[e]}、{PLAIN[e + 1]}{'十' if tens else ''}",
               (Want(e * (10 if tens else 1), (e + 1) * (10 if tens else 1), "%"),))
    post = rng.choice(["多", "余"])
    yield Case("neighbours.bound", f"全市约有{d}、{d + 1}万{post}{m}。", (Want(d * 1e4, (d + 1) * 1e4, m),))
    # a list said item by item keeps its items (分别: each number its own figure)
    a = rng.randint(2, 9)
    yield Case("neighbours.list", f"两地分别新增{a}、{a + 1}{m}", (Want(a, None, m), Want(a + 1, None, m)))
    # a list item written without the magnitude of the next takes it (分别为3、5万人: 3万 and 5万, never 3 人)
    b = rng.randint(a + 1, 10 * a)
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8)])
    yield Case("neighbours.list", f"两地分别新增{a}、{b}{mag}{m}", (Want(a * f, None, m), Want(b * f, None, m)))
    yield Case("neighbours.list", f"两地分别新增{a}、{b}{mag}多{m}", (Want(a * f, None, m), Want(b * f, None, m)))
    # more than ten times apart, the first is no sure reading (8 or 8万 beside 95万): no figure for it
    b = rng.randint(10 * a + 1, 99)
    yield Case("neighbours.list", f"两地分别新增{a}、{b}{mag}{m}", (Want(b * f, None, m),))


def kuai(rng: random.Random) -> Iterator[Case]:
    """块 is the spoken yuan where money is talked of (月薪3000块, 花了50块钱, 只要十块) and a count of
    pieces before what it counts (3块土地, 两块牌子, 5块屏幕) or where no money is in the clause."""
    n = rng.choice([rng.randint(2, 99), rng.randint(1, 9) * 1000, rng.randint(100, 999)])
    num = rng.choice([str(n), chinese(n, rng, two="两")])
    pay = rng.choice(["每月工资{}", "他一个月能挣{}", "这件衣服只要{}", "一张门票卖{}", "平时每天花{}", "月薪{}", "{}"])
    yield Case("kuai.money", pay.format(num + rng.choice(["块", "块钱", "块左右"])) + "。",
               (Want(n, None, "元"),))
    thing = rng.choice(["土地", "牌子", "屏幕", "展板", "农田", "石碑", "太阳能板"])
    yield Case("kuai.count", f"全村新增{num}块{thing}", (Want(n, None, "块"),))
    yield Case("kuai.count", f"建成标准化球场{num}块，", (Want(n, None, "块"),))
    yield Case("kuai.count", f"新建花坛{num}块。", (Want(n, None, "块"),))


CURRENCIES_BEFORE = [("美元", "美元"), ("人民币", "元"), ("港币", "港元"), ("港元", "港元"), ("欧元", "欧元"),
                     ("日元", "日元"), ("英镑", "英镑"), ("美金", "美元")]


def currency_before(rng: random.Random) -> Iterator[Case]:
    """A currency named before the amount: 美元100亿, 港币3亿, 人民币5000元 (the yuan after too)."""
    v = rng.choice([rng.randint(1, 9999), rng.randint(11, 999) / 10])
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("万亿", 1e12), ("", 1)])
    word, measure = rng.choice(CURRENCIES_BEFORE)
    value = float(f"{v * f:.15g}")
    tail = "元" if word == "人民币" and rng.random() < 0.5 else ""
    verb = rng.choice(["融资", "总投资", "合同金额达", "累计吸引外资", "出口额为"])
    yield Case("currency_before", f"{verb}{word}{arabic(v)}{mag}{tail}，", (Want(value, None, measure),))
    # a rate between two currencies is no amount of either
    yield Case("currency_before.rate", f"美元兑人民币汇率为{rng.randint(60, 73) / 10}", ())


def pay(rng: random.Random) -> Iterator[Case]:
    """Pay and per-head amounts: 年薪30万, 月薪8000, 人均收入3.5万 (yuan, written or not), 人均5000元, 每人2000元."""
    n = rng.choice([rng.randint(20, 99) * 100, rng.randint(3, 80)])
    mag, f = ("万", 1e4) if n < 100 else ("", 1)
    value = n * f
    word = rng.choice(["年薪", "月薪", "人均收入", "人均可支配收入", "平均工资"])
    yield Case("pay", f"{word}{n}{mag}{rng.choice(['元', ''])}", (Want(value, None, "元"),))
    head = rng.choice(["人均", "每人", "每人每月", "人均补贴"])
    yield Case("pay.head", f"{head}{n}{mag}元", (Want(value, None, "元"),))


def wide_separators(rng: random.Random) -> Iterator[Case]:
    """A full-width comma between groups of three digits is a thousands separator (1，234，567元),
    but not between the items of a list (1，2，3名: never 123 名)."""
    n = rng.randint(10**6, 10**9)
    m = rng.choice(["元", "人", "吨"])
    yield Case("wide_sep", sent(rng, f"{n:,}".replace(",", "，") + m), (Want(n, None, m),))
    a = rng.randint(1, 7)
    yield Case("wide_sep.list", f"每组{a}，{a + 1}，{a + 2}名", (Want(a + 2, None, "名"),), either=True)


def shares(rng: random.Random) -> Iterator[Case]:
    """Shares in running text: 五成, 七成以上 (GUIDE: 成 is tenths, %), a fraction before 的 (四分之一的
    企业: 25 %; 三分之一的, 2/3的: nothing, `share_want`), and a ratio 1:3 (no figure: no value is sure)."""
    d = rng.randint(1, 9)
    post, q = rng.choice([("", "exact"), ("以上", "lower_bound"), ("左右", "approx")])
    yield Case("share.tenths", f"全市{PLAIN[d]}成{post}的企业已复工", (Want(d * 10, None, "%", q),))
    den = rng.randint(2, 9)
    num = rng.randint(1, den - 1)
    written = rng.choice([f"{PLAIN[den]}分之{PLAIN[num]}", f"{num}/{den}"])
    want, either = share_want(num, den, written, "approx")
    yield Case("share.fraction", f"约{written}的居民参与", want, either=either)
    yield Case("share.ratio", f"男女比例为{rng.randint(1, 9)}:{rng.randint(1, 9)}", ())


NOT_QUANTITIES_3 = ["{y}年{mo}月{d}日", "{h}时{mi}分", "第{q}季度", "{y}年第{q}季度", "咨询电话023-6{ph}",
                    "服务热线1{ph}", "身份证号码5001{y}0{mo}1{ph}", "上午{h}点{mi}分", "{mo}月{d}日{h}时",
                    "{y}年{mo}月底", "第{q}批次", "{h}:{mi}", "{y}.{mo}.{d}", "手机号138{ph}0", "邮编4000{d:02d}",
                    "联系电话：（023）6{ph}", "男女比例为{q}∶{d}", "按{q}比{d}的比例配套", "订单号{y}{ph}",
                    "{y}年{q}、{mo}月份", "统一社会信用代码91{ph}MA5U"]


def not_quantities_3(rng: random.Random) -> Iterator[Case]:
    """Dates, times, ordinals, phone numbers and ID numbers (GUIDE "not a figure"), in a sentence."""
    text = rng.choice(NOT_QUANTITIES_3).format(
        y=rng.randint(1990, 2030), mo=rng.randint(1, 12), d=rng.randint(1, 28), h=rng.randint(1, 23),
        mi=rng.randint(10, 59), q=rng.randint(1, 4), ph=rng.randint(1000000, 9999999))
    yield Case("not_quantity3", f"据悉，{text}", ())


def agreeing(rng: random.Random) -> Iterator[Case]:
    """One amount two ways (1.5亿元 = 15000万元), spoken shortenings and bounds (两万五, 一万零五百,
    十万八千, 三点五, 0.5‰, 约合, 逾, 近, 不足, 超过, 上下, 开外), and 三十个人 (people, but 5个人才驿站
    counts stations)."""
    a = rng.randint(11, 99)
    yield Case("agree", f"总投资{a / 10:g}亿元，即{a * 1000}万元", (Want(a * 1e7, None, "元"), Want(a * 1e7, None, "元")))
    d, e = rng.randint(1, 9), rng.randint(1, 9)
    written, value = rng.choice([(f"{PLAIN[d]}万{PLAIN[e]}", d * 1e4 + e * 1e3),
                                 (f"{PLAIN[d]}万零{PLAIN[e]}百", d * 1e4 + e * 100),
                                 (f"十万{PLAIN[e]}千", 1e5 + e * 1e3), (f"{PLAIN[d]}点{PLAIN[e]}", d + e / 10)])
    m = rng.choice(["元", "人", "吨"])
    yield Case("agree.spoken", sent(rng, written + m), (Want(value, None, m),))
    yield Case("agree.permille", f"人口自然增长率为{d / 10:g}‰", (Want(d / 10, None, "‰"),))
    pre, post, q = rng.choice([("约合", "", "approx"), ("逾", "", "lower_bound"), ("近", "", "approx"),
                               ("不足", "", "upper_bound"), ("超过", "", "lower_bound"), ("", "上下", "approx"),
                               ("", "开外", "lower_bound")])
    n = rng.randint(2, 99) * 10
    m = rng.choice(["人", "元", "家"])
    yield Case("agree.bound", f"参加活动的{pre}{n}{m}{post}", (Want(n, None, m, q),))
    g = rng.randint(11, 99) / 10
    word, measure = rng.choice([("元", "元"), ("美元", "美元")])
    yield Case("agree.letters", f"全市人均GDP{g:g}万{word}", (Want(g * 1e4, None, measure),))  # not a code as G20
    k = rng.randint(2, 99)
    num = rng.choice([str(k), chinese(k, rng, two="两")])
    yield Case("agree.person", f"当天来了{num}个人", (Want(k, None, "人"),))  # 个人: people, counted
    yield Case("agree.person", f"设立{num}个人{rng.choice(['民调解组织', '才驿站', '力资源市场'])}",
               (Want(k, None, "个"),), either=True)  # 个 + 人民…: never k 人
    if post == "开外":
        age = rng.randint(3, 8) * 10
        yield Case("agree.bound", f"他今年{rng.choice([str(age), chinese(age, rng)])}岁开外", (Want(age, None, "岁", q),))


# -- fourth round: the yuan of a named currency, round bounds, one group with decimals, ± --------

FOREIGN = [("港币", "港元"), ("港元", "港元"), ("美元", "美元"), ("美金", "美元"), ("欧元", "欧元"), ("日元", "日元"),
           ("英镑", "英镑"), ("澳元", "澳元")]


def currency_yuan(rng: random.Random) -> Iterator[Case]:
    """元 after an amount that a currency word names, before it or after 元 (港币3亿元, 3亿元港币,
    美元5000万元): the money of that currency, never renminbi; 人民币 on either side stays 元."""
    v = rng.choice([rng.randint(1, 9999), rng.randint(11, 999) / 10])
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("", 1)])
    value = float(f"{v * f:.15g}")
    word, measure = rng.choice(FOREIGN)
    verb = rng.choice(["融资", "总投资", "合同金额达", "出口额为", "募集资金"])
    yield Case("currency_yuan", f"{verb}{word}{arabic(v)}{mag}元，", (Want(value, None, measure),))
    yield Case("currency_yuan.after", f"{verb}{arabic(v)}{mag}元{word}，", (Want(value, None, measure),))
    rmb = rng.choice([f"人民币{arabic(v)}{mag}元", f"{arabic(v)}{mag}元人民币"])
    yield Case("currency_yuan.rmb", f"{verb}{rmb}，", (Want(value, None, "元"),))


def round_bounds(rng: random.Random) -> Iterator[Case]:
    """A round number after 小 is nearly that many (小一万人, 小两千元: approx); a magnitude alone
    after 过 or 破, or a round number after 破, is passed (过万人, 破10亿元: lower_bound). Before a
    number that is not round, or in a comparison (比我小3岁, 比上年小一万人), 小 is a difference and
    no bound; 过 after a verb (培训过一千人) is an aspect, no bound."""
    d = rng.randint(1, 9)
    place, f = rng.choice([("百", 100), ("千", 1000), ("万", 1e4), ("十万", 1e5), ("亿", 1e8)])
    m = rng.choice(["人", "元", "户", "吨"])
    num = ("两" if d == 2 and not place.startswith("十") else PLAIN[d]) + place  # 小二十万, never 两十万 (numforms32)
    yield Case("round_bound.small", f"全市有小{num}{m}参加", (Want(d * f, None, m, "approx"),))
    lone, g = rng.choice([("万", 1e4), ("千", 1e3), ("亿", 1e8), ("百万", 1e6), ("千万", 1e7)])
    yield Case("round_bound.past", f"参观人数{rng.choice(['过', '破'])}{lone}{m}，", (Want(g, None, m, "lower_bound"),))
    lone, g = rng.choice([(f"{d}万", d * 1e4), (f"{d * 10}亿", d * 1e9), (num, d * f)])
    yield Case("round_bound.past", f"全年销量破{lone}{m}，", (Want(g, None, m, "lower_bound"),))
    n = rng.randint(2, 30)
    yield Case("round_bound.diff", f"他比我小{rng.choice([str(n), chinese(n, rng)])}岁", (Want(n, None, "岁", "exact"),))
    # 过 after a verb tells an experience: 培训过一千人 is 1000 people, no bound
    yield Case("round_bound.diff", f"累计培训过{num}{m}", (Want(d * f, None, m, "exact"),))
    # in a comparison 小 is smaller by: 比上年小一万人 is a difference of 10000, exact
    yield Case("round_bound.diff", f"{rng.choice(['比上年', '较去年'])}小{num}{m}", (Want(d * f, None, m, "exact"),))
    yield Case("round_bound.idiom", rng.choice(["小两口开了一家店", "这对小两口很勤快"]), ())
    yield Case("round_bound.not", rng.choice(["他不过一时糊涂", "这一年过得很快", "打破纪录", "小区环境很好"]), ())


def group_decimal(rng: random.Random) -> Iterator[Case]:
    """One full-width comma group with decimals (1，234.5万元, １，２３４．５万元): the whole number
    or nothing, never its tail (234.5万) alone."""
    head, body, dec = rng.randint(1, 999), rng.randint(0, 999), rng.randint(1, 9)
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("", 1)])
    m = rng.choice(["元", "吨", "人"])
    written = f"{head}，{body:03d}.{dec}"
    if rng.random() < 0.5:
        written = "".join(chr(ord(c) + 0xFEE0) if c in "0123456789." else c for c in written)
    value = float(f"{float(f'{head}{body:03d}.{dec}') * f:.15g}")
    yield Case("group_decimal", f"全年合计{written}{mag}{m}", (Want(value, None, m),), either=True)


def tolerances(rng: random.Random) -> Iterator[Case]:
    """± and 正负 before a number give a tolerance around another value, no figure of their own
    (and never a negative one)."""
    v = rng.choice([rng.randint(1, 20), rng.randint(1, 50) / 10])
    unit = rng.choice(["%", "℃", "毫米", "个百分点"])
    yield Case("tolerance", f"误差控制在{rng.choice(['±', '正负'])}{arabic(v)}{unit}以内", ())


def magnitude_order(rng: random.Random) -> Iterator[Case]:
    """Magnitudes out of order are no number: 百八十万 and 千八百 ("about a hundred thousand", a
    round number and a smaller one, as 八 after a bare place says), 十万八万 and 一亿两亿 (one or the other), 亿万
    and 1.2亿万 (a smaller magnitude after a larger one); 万万 is 亿 (五万万 = 5亿, 3万万 = 3亿). Another digit
    after a bare place is the place's one left off (千五百 = 1500, 百三十万 = 130万)."""
    d = rng.randint(1, 8)
    m = rng.choice(["人", "元", "吨"])
    odd = rng.choice(["百八十万", "千八百", f"十万{PLAIN[d]}万", f"{PLAIN[d]}亿{PLAIN[d + 1]}亿",
                      f"{d}.{d + 1}亿万", f"十{PLAIN[d]}亿万", f"{d}亿多万"])
    yield Case("mag_order", f"全年约有{odd}{m}受益", ())
    k = rng.choice([1, 2, 3, 4, 5, 6, 7, 9])
    written, value = rng.choice([(f"千{PLAIN[k]}百", 1000 + k * 100), (f"百{PLAIN[k]}十万", (100 + k * 10) * 1e4)])
    yield Case("mag_order.one_left_off", f"全年共有{written}{m}受益", (Want(value, None, m),))
    written, value = rng.choice([(f"{PLAIN[d + 1]}万万", (d + 1) * 1e8), (f"{d + 1}万万", (d + 1) * 1e8),
                                 (f"{PLAIN[d]}亿零{PLAIN[d + 1]}万", d * 1e8 + (d + 1) * 1e4)])
    yield Case("mag_order.wanwan", f"全国共有{written}{m}", (Want(value, None, m),))


def cents_and_points(rng: random.Random) -> Iterator[Case]:
    """A digit after 毛 or 角 is the 分 (两块八毛五 = 2.85 元, 5元3角5 = 5.35 元), never dropped;
    basis points (下调25个基点: 25 基点); 两个点 right after a verb of change with nothing named (比上年回落了两个点)
    percentage points, as after a rate or a growth named (增速回落了两个点: `rate_points`; numforms58);
    the coins after a foreign amount are its hundredths, one amount with it (3英镑50便士 = 3.5 英镑, never
    50 英镑), and alone an amount of their own (20美分 = 0.2 美元)."""
    y, j, fen = rng.randint(1, 99), rng.randint(1, 9), rng.randint(1, 9)
    written = rng.choice([f"{chinese(y, rng)}块{PLAIN[j]}毛{PLAIN[fen]}", f"{y}元{j}角{fen}",
                          f"{chinese(y, rng)}元{PLAIN[j]}角{PLAIN[fen]}"])
    yield Case("cents", f"每斤卖{written}。", (Want(round(y + j / 10 + fen / 100, 2), None, "元"),))
    n = rng.randint(5, 50)
    yield Case("cents.bp", f"贷款利率下调{n}{rng.choice(['个基点', '基点'])}", (Want(n, None, "基点"),))
    pts = rng.choice(['两', '三', '1', '2'])
    yield Case("cents.points", f"比上年回落了{pts}个点", (Want({"两": 2, "三": 3}.get(pts) or int(pts), None, "百分点"),))
    # the small coin after a foreign amount (3英镑50便士): never 50 英镑 (the word measures the 3)
    word, small = rng.choice([("英镑", "便士"), ("美元", "美分"), ("欧元", "欧分")])
    c = rng.randint(11, 99)
    yield Case("cents.foreign", f"票价{y}{word}{c}{small}", (Want(y + c / 100, None, word),))
    yield Case("cents.foreign_alone", f"邮票面值{c}{small}", (Want(c / 100, None, word),))


def bounded_ranges(rng: random.Random) -> Iterator[Case]:
    """A range whose low end carries 余 or 多 (3万余至5万人, 三千多到五千人): the range or nothing,
    never its high end alone as an exact figure (5万人)."""
    lo = rng.randint(1, 8)
    hi = rng.randint(lo + 1, 9)
    mag, f = rng.choice([("万", 1e4), ("千", 1e3), ("百", 100), ("亿", 1e8)])
    m = rng.choice(["人", "元", "家", "吨"])
    a, b = rng.choice([(str(lo), str(hi)), (PLAIN[lo], PLAIN[hi])])
    written = f"{a}{mag}{rng.choice(['余', '多'])}{rng.choice(['至', '到', '-', '～'])}{b}{mag}{m}"
    yield Case("bounded_range", f"每年接待{written}。", (Want(lo * f, hi * f, m),), either=True)


# -- fifth round: 三五 ranges, vague amounts, 3K元, dozens, fractions with a base, 零下…度, a list
# of currencies, paired round amounts, codes and lines ---------------------------------------


def loose_pairs(rng: random.Random) -> Iterator[Case]:
    """三五 before a place or a measure word is "three to five" (三五千人 = 3000–5000, 三五个 = 3–5,
    三五十万元 = 30万–50万), as neighbouring digits are (一两百 = 100–200, 两三千 = 2000–3000); inside
    a longer numeral (十三五) or a set phrase (三五成群) it is no range."""
    m = rng.choice(["人", "元", "个", "家", "户"])
    place, f = rng.choice([("", 1), ("十", 10), ("百", 100), ("千", 1000), ("万", 1e4), ("十万", 1e5)])
    counted = "个" if not place and m in ("人", "元") else ""
    measure = m if not counted else "个"
    written = "三五" + place + counted + (m if not counted else "")
    yield Case("loose_pair", f"每天有{written}前来咨询" if m == "人" else sent(rng, written),
               (Want(3 * f, 5 * f, measure if m != "人" or counted else m),))
    d = rng.randint(1, 3)
    place, f = rng.choice([("百", 100), ("千", 1000), ("万", 1e4), ("百万", 1e6)])
    lead = ("一两", 1) if d == 1 else (("两三", 2) if d == 2 else ("三四", 3))
    yield Case("loose_pair.neighbour", sent(rng, f"{lead[0]}{place}{m}"), (Want(lead[1] * f, (lead[1] + 1) * f, m),))
    yield Case("loose_pair.not", rng.choice(["“十三五”期间成效显著", "十三五规划顺利完成", "游客三五成群地散步",
                                             "十三五时期累计投入"]), ())


def vague_amounts(rng: random.Random) -> Iterator[Case]:
    """Amounts that name no number (GUIDE "vague amounts"): 几百块钱, 个把月, 几千元, 好几万人,
    上百人, 成百上千, 百儿八十人 and 万儿八千元 (about a hundred, about ten thousand; never 80 人 or
    8000 元): no figure. 千把人 and 百把块钱 are about one of the place (test_numforms22), not here."""
    m = rng.choice(["人", "元", "块钱", "家"])
    vague = rng.choice(["几百", "几千", "好几万", "上百", "数千", "几十万", "成百上千", "百儿八十", "千儿八百", "万儿八千"])
    yield Case("vague", sent(rng, vague + m), ())
    yield Case("vague", rng.choice(["花了个把月", "等了个把小时", "来了个把人"]), ())


def letter_magnitudes(rng: random.Random) -> Iterator[Case]:
    """k/K (thousand) and w/W (万) after an amount of money, as ads and chats write pay: 月薪8K元
    = 8000 元, 1.5w元 = 15000 元; its value or nothing. A letter before any other word is a code
    or a unit (4K电视, 3W灯泡, 5K跑): no figure."""
    v = rng.choice([rng.randint(1, 30), rng.randint(11, 99) / 10])
    letter, f = rng.choice([("k", 1e3), ("K", 1e3), ("w", 1e4), ("W", 1e4)])
    value = float(f"{v * f:.15g}")
    word = rng.choice(["元", "块"])
    yield Case("letter_mag", f"月薪{arabic(v)}{letter}{word}", (Want(value, None, "元"),))
    yield Case("letter_mag.not", rng.choice(["购买4K电视", "更换3W灯泡", "参加5K跑活动", "8K超高清视频",
                                             "安装100W光伏板"]), ())


def dozens(rng: random.Random) -> Iterator[Case]:
    """打 is a dozen (两打鸡蛋) and far more often a verb (一打开就, 三打白骨精, 一打听): a dozen
    as written (2 打) or nothing; the verb never a figure."""
    d = rng.randint(1, 5)
    yield Case("dozen", f"买了{rng.choice([PLAIN[d], '两' if d == 2 else PLAIN[d]])}打鸡蛋", (Want(d, None, "打"),),
               either=True)
    yield Case("dozen.verb", rng.choice(["他一打开门就笑了", "一打听才知道", "三打白骨精的故事", "一打电话就来"]), ())


def based_fractions(rng: random.Random) -> Iterator[Case]:
    """A fraction of 10万 or 100万 is a rate with its base, as GUIDE writes 3.8/10万:
    十万分之三 = 3 /10万, 百万分之五 = 5 /100万 (never 3e-05 beside 千分之五 = 5 ‰); a mixed
    number 一又二分之一 = 1.5, alone (its value or nothing) or before 倍 (its value or nothing)."""
    n = rng.randint(1, 9)
    base, measure = rng.choice([("十万", "/10万"), ("百万", "/100万"), ("10万", "/10万")])
    yield Case("based_fraction", f"发病率为{base}分之{rng.choice([PLAIN[n], str(n)])}", (Want(n, None, measure),))
    w, d = rng.randint(1, 5), rng.randint(2, 9)
    k = rng.randint(1, d - 1)
    written = rng.choice([f"{PLAIN[w]}又{PLAIN[d]}分之{PLAIN[k]}", f"{w}又{k}/{d}"])
    yield Case("based_fraction.mixed", written, (Want(float(f"{w + k / d:.15g}")),), either=True)
    yield Case("based_fraction.mixed", f"增长{written}倍", (Want(float(f"{w + k / d:.15g}"), None, "倍"),), either=True)


def below_zero(rng: random.Random) -> Iterator[Case]:
    """零下5度 is −5 ℃ (度 after 零下 is a temperature); 度 alone is no unit (52度 a strength, 30度角 an angle,
    气温5度 not sure): no figure, but where electricity is named before it in its clause (用电5度) it is energy,
    5 度; 负3.5% and 零下3℃ are negative, 同比+3.5% positive."""
    v = rng.choice([rng.randint(1, 30), rng.randint(1, 99) / 10])
    yield Case("below_zero", f"夜间气温零下{arabic(v)}度", (Want(-v, None, "℃"),))
    yield Case("below_zero.degree", rng.choice([f"白酒{int(v) + 30}度", f"倾斜{int(v) + 1}度角", f"气温{int(v) + 1}度"]), ())
    yield Case("below_zero.power", f"用电{int(v) + 1}度", (Want(int(v) + 1, None, "度"),), counted=True)
    yield Case("below_zero.sign", f"增速为{rng.choice(['负', '-'])}{arabic(v)}%", (Want(-v, None, "%"),))
    yield Case("below_zero.sign", f"最低气温零下{arabic(v)}℃", (Want(-v, None, "℃"),))
    # a plus sign before a rate is positive (同比+3.5%); after a digit or letter it joins a code (1+3+X)
    yield Case("below_zero.plus", f"同比{rng.choice(['+', '增长+'])}{arabic(v)}%", (Want(v, None, "%"),))
    yield Case("below_zero.plus", rng.choice(["1+3+X模式", "构建1+N+X体系", "A+1级", "2+2会谈"]), ())


def currency_lists(rng: random.Random) -> Iterator[Case]:
    """Two currencies listed before one amount (港元、美元3亿元, 美元和欧元5000万元): the amount is
    of both, so no currency is sure and no figure is given (never the nearer one alone). One
    currency a word away (美元共3亿元, 港币累计5000万元) is still that currency, never 元."""
    (a, _), (b, _) = rng.sample(FOREIGN + [("人民币", "元")], 2)
    if a[:2] == b[:2] or {a, b} == {"港币", "港元"} or {a, b} == {"美金", "美元"}:
        return
    v = rng.randint(1, 999)
    mag = rng.choice(["万", "亿", ""])
    yield Case("currency_list", f"募集{a}{rng.choice(['、', '和', '及'])}{b}{v}{mag}元", ())
    yield Case("currency_list.one", f"募集{b}{v}{mag}元", (Want(v * {'万': 1e4, '亿': 1e8, '': 1}[mag]),))
    # a word between the name and the amount (共, 累计, 各, 超) leaves it in that currency, never 元
    word, measure = rng.choice(FOREIGN)
    link = rng.choice(["共", "累计", "合计", "各", "总计", "约"])
    value = v * {"万": 1e4, "亿": 1e8, "": 1}[mag]
    yield Case("currency_list.link", f"融资{word}{link}{v}{mag}元，", (Want(value, None, measure),))
    # a list of amounts after one name: each in that currency (美元分别为3亿元和2亿元)
    w = rng.randint(1, 999)
    value2 = w * {"万": 1e4, "亿": 1e8, "": 1}[mag]
    yield Case("currency_list.listed", f"融资{word}分别为{v}{mag}元{rng.choice(['和', '、'])}{w}{mag}元，",
               (Want(value, None, measure), Want(value2, None, measure)))


def paired_amounts(rng: random.Random) -> Iterator[Case]:
    """Two round amounts side by side in one unit (十块八块, 三年两年, 千儿八百) say "a small amount",
    no figure; 十万八万 likewise."""
    a, b = rng.choice([("十", "八"), ("三", "两"), ("五", "三"), ("一百", "八十"), ("十", "五")])
    m = rng.choice(["块", "元", "个", "斤", "次"])
    yield Case("paired", f"每月也就{a}{m}{b}{m}的收入", ())


CODES = ["13812345678", "12345678901", "15900001111", "2023年", "第3季度", "3号线", "地铁3号线", "2号楼3单元", "公元前221年",
         "G318国道", "第5期", "3号文件", "K1234次列车", "2024-01-01", "110101199003074518"]


def codes_and_lines(rng: random.Random) -> Iterator[Case]:
    """Phone numbers, years, quarters, metro lines, rooms, roads, trains and issue numbers (GUIDE
    "not a figure"): alone or in a sentence, no figure."""
    code = rng.choice(CODES)
    yield Case("code", code, ())
    yield Case("code", f"据了解，{code}", ())


def betweens(rng: random.Random) -> Iterator[Case]:
    """介于20和30元之间, 在5万元与8万元之间: the two ends of one range, never two exact
    figures; 分别为3家和5家 (no 之间) stays two figures."""
    lo = rng.randint(1, 50)
    hi = lo + rng.randint(1, 50)
    m = rng.choice(["元", "人", "家", "%", "吨"])
    mag, f = rng.choice([("", 1), ("万", 1e4)]) if m != "%" else ("", 1)
    link = rng.choice(["和", "与"])
    written = rng.choice([f"{lo}{mag}{link}{hi}{mag}{m}", f"{lo}{mag}{m}{link}{hi}{mag}{m}"])
    yield Case("between", f"{rng.choice(['介于', '在'])}{written}之间", (Want(lo * f, hi * f, m),))
    yield Case("between.list", f"分别为{lo}{m}{link}{hi}{m}", (Want(lo, None, m), Want(hi, None, m)))


def bound_words(rng: random.Random) -> Iterator[Case]:
    """Negated comparisons bound a number the other way: 不多于30人 and 未超过5万元 are upper
    bounds (never 多于's lower bound), 不少于20人 a lower one."""
    n = rng.randint(2, 99)
    m = rng.choice(["人", "元", "家", "吨"])
    word, q = rng.choice([("不多于", "upper_bound"), ("未超过", "upper_bound"), ("不少于", "lower_bound"),
                          ("多于", "lower_bound"), ("不大于", "upper_bound"), ("不低于", "lower_bound")])
    yield Case("bound_word", f"每批{word}{n}{m}", (Want(n, None, m, q),))


LATIN = [("km", "km"), ("kg", "kg"), ("cm", "cm"), ("mm", "mm"), ("m²", "m²"), ("㎡", "㎡"), ("°C", "℃")]


def latin_units(rng: random.Random) -> Iterator[Case]:
    """Units by their Latin symbols (30km, 5kg, 50㎡, 100m², 5°C): the figure in that unit; letters
    that are no unit after a number (5G, 4S店, 3D打印, 2kWh… as a code) give no figure."""
    v = rng.choice([rng.randint(1, 999), rng.randint(1, 999) / 10])
    word, measure = rng.choice(LATIN)
    yield Case("latin_unit", f"{rng.choice(['全长', '总重', '面积', '气温', '约'])}{arabic(v)}{word}，",
               (Want(v, None, measure),))
    yield Case("latin_unit.code", rng.choice(["5G网络", "4S店", "3D打印", "2B铅笔", "8GB内存", "5A级景区"]), ())


# -- sixth round: forms number readers elsewhere test (money in capitals, ranges in every spelling,
# bounds on both sides, units by their Latin symbols), written here from the forms alone ----------


def below_zero_ranges(rng: random.Random) -> Iterator[Case]:
    """A range whose two ends are both below zero, said from either end (零下5度至零下10度,
    -2℃至-6℃, 负5%到负10%, 5-负10℃), is the one range from the lower end to the higher (−10 to −5);
    a dash that may be a minus (-5℃--10℃, －5—－10℃) leaves no sure reading: the range or nothing,
    never an end read positive."""
    a = rng.randint(1, 15)
    b = a + rng.randint(1, 15)
    first, second = (a, b) if rng.random() < 0.5 else (b, a)
    sign = rng.choice(["零下", "-", "－", "负"])
    unit = rng.choice(["℃", "摄氏度", "度"] if sign == "零下" else ["℃", "摄氏度"])
    sep = rng.choice(["至", "到", "～", "~"])
    both = rng.random() < 0.5
    written = f"{sign}{first}{unit if both else ''}{sep}{sign}{second}{unit}"
    yield Case("neg_range", f"预计夜间气温{written}，", (Want(-b, -a, "℃"),), either=sign == "负")
    sign = rng.choice(["-", "－", "负", "零下"])
    dash = rng.choice(["-", "—", "－", "--", "——"] if sign in ("负", "零下") else ["-", "—", "－"])
    text = f"预计夜间气温{sign}{first}{unit if both and unit != '度' else '℃'}{dash}{sign}{second}℃，"
    yield Case("neg_range.dash", text, (Want(-b, -a, "℃"),), either=True)
    rate = rng.choice(["%", "‰"])
    yield Case("neg_range.rate", f"增速预计为负{first}{rate}至负{second}{rate}", (Want(-b, -a, rate),), either=True)


def about_arabic(rng: random.Random) -> Iterator[Case]:
    """来 after Arabic tens is "about" as after Chinese ones (10来万元 = about 100000 元, 20来人);
    after another digit (25来人) or before 自 (30来自各地的选手: thirty from all over) it is none."""
    n = rng.choice([10, 20, 30, 50, 100, 200])
    mag, f = rng.choice([("", 1), ("万", 1e4), ("", 1)])
    m = rng.choice(["人", "元", "个", "家", "户"])
    yield Case("lai_arabic", sent(rng, f"{n}来{mag}{m}"), (Want(n * f, None, m, "approx"),))
    k = rng.choice([n, rng.randint(2, 9) * 10])
    yield Case("lai_arabic.from", f"现场有{rng.choice([str(k), chinese(k, rng)])}来自全国各地的选手",
               (Want(k, None, "人", "exact"),), either=True)
    yield Case("lai_arabic.digit", f"会场有{n + rng.randint(1, 9)}来人", (), either=True)


def two_bounds(rng: random.Random) -> Iterator[Case]:
    """A quantity bounded on both sides with its measure word written once (大于20且小于35个,
    大于二十的同时小于等于三十五个, 不少于10人不超过20人): two figures, the lower bound and the
    upper, each in that measure; never the lower bound's number in another unit, nor the upper
    bound read exact."""
    lo = rng.randint(2, 40)
    hi = lo + rng.randint(2, 40)
    m = rng.choice(["个", "人", "家", "吨", "℃", "%"])
    low_word = rng.choice(["大于", "高于", "不少于", "超过", "不低于"])
    high_word = rng.choice(["小于", "小于等于", "低于", "不超过", "不高于", "少于"])
    link = rng.choice(["且", "并且", "的同时", "而", "同时", "", "但"])
    a, b = rng.choice([(str(lo), str(hi)), (chinese(lo, rng), chinese(hi, rng))])
    yield Case("two_bounds", f"每批{low_word}{a}{link}{high_word}{b}{m}",
               (Want(lo, None, m, "lower_bound"), Want(hi, None, m, "upper_bound")))
    # each bound with its own measure word stays as it was
    yield Case("two_bounds.each", f"每批{low_word}{a}{m}{link}{high_word}{b}{m}",
               (Want(lo, None, m, "lower_bound"), Want(hi, None, m, "upper_bound")))


def typed_neighbours(rng: random.Random) -> Iterator[Case]:
    """Neighbours typed with a full-width comma for 、 (5，6万人, 三，四百元) are the one range
    5、6万人 is, never the second alone (6万 人); a list of several (每组1，2，3名) keeps its last
    item, and a comma between clauses (一，二十年来) makes no range."""
    d = rng.randint(2, 8)
    place, f = rng.choice([("万", 1e4), ("千", 1e3), ("百", 100), ("十万", 1e5), ("亿", 1e8)])
    m = rng.choice(["人", "元", "家", "吨", "户"])
    a, b = rng.choice([(str(d), str(d + 1)), (PLAIN[d], PLAIN[d + 1])])
    if place in ("百", "十万") and a.isdigit():
        a, b = PLAIN[d], PLAIN[d + 1]  # 5，6百 is no way numbers are typed
    yield Case("comma_neighbours", f"全市有{a}，{b}{place}{m}参加", (Want(d * f, (d + 1) * f, m),))
    yield Case("comma_neighbours.list", f"每组{d - 1}，{d}，{d + 1}名", (Want(d + 1, None, "名"),), either=True)


LATIN_POWER = [("m³", "m³"), ("km²", "km²"), ("㎢", "㎢"), ("kW", "kW"), ("kWh", "kWh"), ("kW·h", "kW·h"),
               ("MW", "MW"), ("MWh", "MWh"), ("GW", "GW"), ("GWh", "GWh"), ("千瓦·时", "千瓦·时")]


def latin_power(rng: random.Random) -> Iterator[Case]:
    """Power, energy, volume and area by their Latin symbols (3GW, 50MW, 5kW·h, 100MWh, 5m³, 3.5km²)
    and 千瓦·时 as standards write it: the figure in that unit, never a code; 万 before a Chinese unit
    (1.2万千瓦·时). Letters that are no unit (5G, 3W灯泡) stay no figures."""
    v = rng.choice([rng.randint(1, 999), rng.randint(1, 999) / 10])
    word, measure = rng.choice(LATIN_POWER)
    mag, f = ("万", 1e4) if word == "千瓦·时" and rng.random() < 0.5 else ("", 1)
    yield Case("latin_power", f"{rng.choice(['装机', '年发电', '容积', '面积', '储能'])}{arabic(v)}{mag}{word}，",
               (Want(float(f"{v * f:.15g}"), None, measure),))
    yield Case("latin_power.code", rng.choice(["5G基站", "更换3W灯泡", "4G网络", "8K视频"]), ())


SEPARATORS = ["至", "到", "～", "~", "-", "—", "－", "——", "--"]


def range_spellings(rng: random.Random) -> Iterator[Case]:
    """A range in every spelling of its separator (至 到 ～ ~ - — － —— --) and of its unit: written
    once at the end (3-5万元), after each end's magnitude (3万-5万元), after each end (3万元-5万元),
    as percent (30%—40%, 3-5%), tenths (三到五成), points, multiples, Chinese numerals (三至五万元):
    the one range, never its high end alone."""
    lo = rng.randint(1, 8)
    hi = rng.randint(lo + 1, 9)
    sep = rng.choice(SEPARATORS)
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("千", 1e3), ("百万", 1e6)])
    m = rng.choice(["元", "人", "吨", "家"])
    a, b = rng.choice([(str(lo), str(hi)), (PLAIN[lo], PLAIN[hi])])
    written, value, high, measure = rng.choice([
        (f"{a}{sep}{b}{mag}{m}", lo * f, hi * f, m), (f"{a}{mag}{sep}{b}{mag}{m}", lo * f, hi * f, m),
        (f"{a}{mag}{m}{sep}{b}{mag}{m}", lo * f, hi * f, m), (f"{lo}0%{sep}{hi}0%", lo * 10, hi * 10, "%"),
        (f"{lo}{sep}{hi}%", lo, hi, "%"), (f"{a}{sep}{b}成", lo * 10, hi * 10, "%"),
        (f"{lo}{sep}{hi}个百分点", lo, hi, "百分点"), (f"{a}{sep}{b}倍", lo, hi, "倍"),
        (f"{lo}.5{sep}{hi}.5{mag}{m}", (lo + 0.5) * f, (hi + 0.5) * f, m)])
    yield Case("range_spelling", f"预计全年{written}，", (Want(float(f"{value:.15g}"), float(f"{high:.15g}"), measure),))


def capitals(rng: random.Random) -> Iterator[Case]:
    """Money in capitals as receipts and contracts write it, in simplified and traditional forms
    (壹萬貳仟參佰元整, 伍億陸仟萬元, 贰拾元, 佰, 仟, 〇 and 零 inside) with 角 and 分 after 元; a year
    written digit by digit (二〇二三年) is no figure, 一〇五 in a count is 105."""
    n = rng.randint(1, 10**10)
    if rng.random() < 0.5:
        n = with_zero(rng) % 10**10 or 1005
    written = chinese(n, rng, style="formal", two=rng.choice("贰貳"))
    trad = rng.random() < 0.5
    if trad:
        written = written.replace("万", "萬").replace("亿", "億").replace("叁", "參").replace("陆", "陸")
    jiao, fen = rng.randint(0, 9), rng.randint(1, 9)
    tail, cents = rng.choice([("元整", 0), (f"元{FORMAL[jiao]}角{FORMAL[fen]}分", jiao / 10 + fen / 100),
                              ("圆整", 0), (f"元零{FORMAL[fen]}分", fen / 100)])
    if tail.startswith("元") and "角" in tail and jiao == 0:
        tail, cents = "元整", 0
    yield Case("capitals", f"今收到货款人民币{written}{tail}", (Want(round(n + cents, 2), None, "元"),))
    year = rng.randint(1990, 2030)
    cn_year = "".join("〇一二三四五六七八九"[int(c)] for c in str(year))
    yield Case("capitals.year", f"{cn_year}年全市新增企业", ())
    k = rng.randint(1, 9) * 100 + rng.randint(1, 9)
    yield Case("capitals.circle", f"共有{PLAIN[k // 100]}〇{PLAIN[k % 10]}人参加", (Want(k, None, "人"),))


OTHER_UNITS = [("英里", "英里"), ("英尺", "英尺"), ("英寸", "英寸"), ("海里", "海里"), ("光年", "光年"), ("磅", "磅"),
               ("盎司", "盎司"), ("加仑", "加仑"), ("马力", "马力"), ("华氏度", "℉"), ("℉", "℉"), ("公尺", "公尺"),
               ("公分", "公分"), ("公克", "公克"), ("公升", "公升"), ("公噸", "公噸")]


def other_units(rng: random.Random) -> Iterator[Case]:
    """Units of other countries (英里, 英尺, 英寸, 海里, 磅, 盎司, 加仑, 马力, 华氏度) and of Taiwan and
    Hong Kong usage (公尺, 公分, 公克, 公升, 公噸): the figure in that unit; 英镑 stays money, 磅礴 and
    公分母 no unit."""
    v = rng.choice([rng.randint(1, 999), rng.randint(1, 999) / 10])
    word, measure = rng.choice(OTHER_UNITS)
    num = rng.choice([arabic(v), chinese(int(v), rng) if float(v).is_integer() else arabic(v)])
    yield Case("other_unit", f"{rng.choice(['全长', '重约', '约为', '达到'])}{num}{word}，", (Want(v, None, measure),))
    n = rng.randint(2, 99)
    yield Case("other_unit.money", f"票价{n}英镑", (Want(n, None, "英镑"),))
    yield Case("other_unit.not", rng.choice(["气势磅礴的大河", "找出最小公分母", "一磅礴之势"]), ())


# -- seventh round: the last doubtful readings (a bare low end far below its high end, tails after the
# measure word on either end of a range, signs before 度 and before a range's low end, the spoken yuan,
# two bounds of an age) and forms other suites test that we read already, kept so ---------------------


def range_spread(rng: random.Random) -> Iterator[Case]:
    """A bare low end shares the high end's magnitude where the two are of a size (1-5万元, 10-20万人,
    5-60万元, 三至七千万元 = 3000万–7000万; 3千-5千万元 = 3000万–5000万); where the high end's number is
    over a hundred times the low end (3至7000万元: 3万 or 3000万 written short?, 9-5万元, 三至七千五百万)
    no reading is sure: no figure."""
    lo = rng.randint(1, 9)
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("千万", 1e7)])
    m = rng.choice(["元", "人", "吨"])
    sep = rng.choice(["至", "到", "-", "~", "～"])
    hi = rng.randint(lo + 1, lo * 100)
    yield Case("range_spread", f"预计投入{lo}{sep}{hi}{mag}{m}，", (Want(lo * f, hi * f, m),))
    far = lo * rng.randint(101, 3000)
    yield Case("range_spread.far", f"预计投入{lo}{sep}{far}{mag}{m}，", ())
    yield Case("range_spread.far", f"预计投入{lo}{sep}{far}多{mag}{m}，", ())
    yield Case("range_spread.from", f"投入从{lo}到{far}{mag}{m}", (Want(far * f, None, m),))
    w = rng.choice(["家", "个", "人", "吨", "所"])
    yield Case("range_spread.each", f"计划新建{lo}{w}{rng.choice(['-', '－', '—', '至'])}{hi}{w}", (Want(lo, hi, w),))
    d, e = sorted(rng.sample(range(1, 10), 2))
    yield Case("range_spread.cn", f"预计投入{PLAIN[d]}至{PLAIN[e]}千万{m}", (Want(d * 1e7, e * 1e7, m),))
    yield Case("range_spread.cn", f"预计投入{PLAIN[d]}至{PLAIN[e]}千{PLAIN[rng.randint(1, 9)]}百万{m}", ())
    k = rng.randint(2, 9)
    hi = rng.randint(1, 50)
    yield Case("range_spread.plain", f"月收入{k}000到{hi}万元不等",  # 6500到2万元: never 6500万
               (Want(k * 1000, hi * 1e4, "元"),), either=True)
    yield Case("range_spread.below", f"预计投入{rng.randint(2, 9)}{sep}1万元", ())
    # 3千-5千万元, 2百至3百万元: a low end with a place of its own shares the high end's section
    place, section, f = rng.choice([("千", "万", 1e7), ("百", "万", 1e6), ("千", "亿", 1e11)])
    yield Case("range_spread.placed", f"预计投入{d}{place}{sep}{e}{place}{section}{m}", (Want(d * f, e * f, m),))


def tail_ranges(rng: random.Random) -> Iterator[Case]:
    """Ranges whose ends carry a tail after the measure word, as heights, prices and durations are
    spoken (一米七到一米八, 五块六到五块七毛八, 1米6至1米8, 两年半到三年, 三小时到三个半小时, 3元至3元5角):
    one range, never the two ends as two figures, never a high end without its tail; after 从 two
    figures (where a thing starts and where it ends)."""
    a, b = sorted(rng.sample(range(1, 10), 2))
    sep = rng.choice(["到", "至", "～"])
    one = rng.choice(["一米", "1米"])
    tenth = PLAIN[a] if one == "一米" else str(a)
    yield Case("tail_range.height", f"身高{one}{tenth}{sep}{one}{PLAIN[b] if one == '一米' else b}",
               (Want(1 + a / 10, 1 + b / 10, "米"),))
    x, c = rng.randint(2, 9), rng.randint(1, 9)
    first = rng.choice([f"{PLAIN[x]}块{PLAIN[a]}", f"{PLAIN[x]}块"])
    low = x + a / 10 if first.endswith(PLAIN[a]) and first != f"{PLAIN[x]}块" else x
    yield Case("tail_range.money", f"每斤{first}{sep}{PLAIN[x]}块{PLAIN[b]}毛{PLAIN[c]}",
               (Want(round(low, 2), round(x + b / 10 + c / 100, 2), "元"),))
    n = rng.randint(1, 8)
    written = "两" if n == 2 else PLAIN[n]
    text, want = rng.choice([
        (f"{written}年半{sep}{PLAIN[n + 1]}年", Want(n + 0.5, n + 1, "年")),
        (f"{written}个半月{sep}{PLAIN[n + 1]}个月", Want(n + 0.5, n + 1, "个月")),
        (f"{written}小时{sep}{written}个半小时", Want(n, n + 0.5, "小时")),
        (f"{written}到{written}年半", Want(n, n + 0.5, "年"))])
    yield Case("tail_range.duration", f"工期预计{text}", (want,))
    yield Case("tail_range.yuan", f"单价{n}元{sep}{n}元{c}角", (Want(n, round(n + c / 10, 2), "元"),))
    yield Case("tail_range.from", f"平均身高从一米{PLAIN[a]}到一米{PLAIN[b]}",
               (Want(1 + a / 10, None, "米"), Want(1 + b / 10, None, "米")))


def signed_forms(rng: random.Random) -> Iterator[Case]:
    """Signs before 度 and before a range's low end, and the scale named before the number: 负5度 and
    -5度 are −5 ℃ (零下5度 is), 增速为-5至-10% is −10 to −5 %, 负百分之五到负百分之十 too, -3～5个百分点
    −3 to 5; 摄氏30度 is 30 ℃ and 华氏100度 100 ℉. 度 with no sign and no scale stays no unit."""
    a, b = sorted(rng.sample(range(1, 30), 2))
    sign = rng.choice(["负", "-", "－"])
    yield Case("signed.degree", f"夜间最低气温{sign}{rng.choice([str(a), PLAIN[a] if 1 < a < 10 else str(a)])}度",
               (Want(-a, None, "℃"),))
    sep = rng.choice(["至", "到", "～", "~"])
    yield Case("signed.degree_range", f"预计气温-{a}度{sep}-{b}度", (Want(-b, -a, "℃"),))
    rate = rng.choice(["%", "‰"])
    yield Case("signed.rate_range", f"增速预计为-{a}{sep}-{b}{rate}", (Want(-b, -a, rate),))
    yield Case("signed.rate_range", f"增速预计为-{a}{sep}{b}个百分点", (Want(-a, b, "百分点"),))
    yield Case("signed.pct_words", f"增速为负百分之{chinese(a, rng)}到负百分之{chinese(b, rng)}", (Want(-b, -a, "%"),))
    v = rng.randint(2, 120)
    scale, measure = rng.choice([("摄氏", "℃"), ("华氏", "℉")])
    yield Case("signed.scale", f"当天气温{scale}{rng.choice([str(v), chinese(v, rng)])}度", (Want(v, None, measure),))
    yield Case("signed.scale", f"当天气温{scale}零下{a}度", (Want(-a, None, measure),))
    yield Case("signed.none", rng.choice([f"气温{v}度", f"倾斜{v}度角", f"白酒{v}度"]), ())
    deg, measure = rng.choice([("°C", "℃"), ("°F", "℉"), ("℃", "℃"), ("℉", "℉")])
    yield Case("signed.symbol", f"夜间温度-{a}{deg}{sep}-{b}{deg}", (Want(-b, -a, measure),))
    yield Case("signed.symbol", f"夜间温度-{a}{deg}", (Want(-a, None, measure),))


def spoken_yuan(rng: random.Random) -> Iterator[Case]:
    """The spoken yuan 块 where the clause speaks of money per head (每人三百块, 人均500块) or a price per
    unit follows (五块一斤, 三百块一个, 二十块一张); 块 before what it counts (每人三块蛋糕) or followed
    by other words (两块一起) stays a count of pieces."""
    n = rng.choice([rng.randint(2, 99), rng.randint(1, 9) * 100])
    num = rng.choice([str(n), chinese(n, rng, two="两")])
    head = rng.choice(["每人", "人均", "给了他", "每人发", "交了"])
    yield Case("spoken_yuan.per_head", f"{head}{num}块", (Want(n, None, "元"),))
    unit = rng.choice(["一斤", "一个", "一张", "一份", "每斤", "一瓶"])
    yield Case("spoken_yuan.price", f"西瓜{num}块{unit}", (Want(n, None, "元"),))
    yield Case("spoken_yuan.count", f"每人{num}块{rng.choice(['蛋糕', '土地', '月饼'])}", (Want(n, None, "块"),))
    yield Case("spoken_yuan.count", f"把{num}块一起放好", (Want(n, None, "块"),))
    a, b = sorted(rng.sample(range(2, 99), 2))
    yield Case("spoken_yuan.range", f"每斤{a}块{rng.choice(['到', '至', '-'])}{b}块钱", (Want(a, b, "元"),))
    yield Case("spoken_yuan.two_things", f"每组{a}块{rng.choice(['到', '至'])}{b}个", ())


def spoken_tenths(rng: random.Random) -> Iterator[Case]:
    """毛 and 角 alone as speech says money (票价五毛 = 0.5 元, 三毛五一斤 = 0.35 元 a 斤, 三毛到五毛钱 =
    0.3–0.5 元, 五毛 alone); where they are no money (三毛的作品, 五角星, 东北一角) no figure, never 5 of
    something; a tenth before a price's unit of sale (一块五一斤) is read, never 1 块."""
    j, f = rng.randint(2, 9), rng.randint(1, 9)
    word = rng.choice(["毛", "角"])
    num = rng.choice([PLAIN[j], str(j)]) if j != 2 else rng.choice(["两", "2"])
    yield Case("spoken_tenths.cue", f"{rng.choice(['票价', '门票只要', '每人补贴', '价格'])}{num}{word}",
               (Want(j / 10, None, "元"),))
    yield Case("spoken_tenths.alone", f"{num}{word}", (Want(j / 10, None, "元"),))
    yield Case("spoken_tenths.price", f"苹果{PLAIN[j] if j != 2 else '两'}{word}{PLAIN[f]}一斤",
               (Want(round(j / 10 + f / 100, 2), None, "元"),))
    lo, hi = sorted(rng.sample(range(1, 10), 2))
    yield Case("spoken_tenths.range", f"车票{PLAIN[lo] if lo != 2 else '两'}{word}到{PLAIN[hi]}{word}钱",
               (Want(lo / 10, hi / 10, "元"),))
    yield Case("spoken_tenths.none", rng.choice([f"{PLAIN[j]}毛的作品再版", f"画一颗{PLAIN[j]}角星", "位于东北一角",
                                                 f"加入{PLAIN[j]}角、桂皮", "不过是九牛一毛"]), ())
    n = rng.randint(1, 9)
    yield Case("spoken_tenths.kuai", f"白菜{PLAIN[n] if n != 2 else '两'}块{PLAIN[f]}{rng.choice(['一斤', '一个', '一瓶'])}",
               (Want(n + f / 10, None, "元"),))


def own_unit_ranges(rng: random.Random) -> Iterator[Case]:
    """A range whose low end writes its own measure word counts it in that word: 3元到5万元 is 3–50000 元
    (never 30000–50000: the low end borrows no magnitude), 3角钱到5元 0.3–5 元, 3成到50% 30–50 %, 半年到一年
    0.5–1 年, 3个至5个百分点 3–5 百分点 (the counter of the high end's word); a low end in a larger magnitude
    than the high end (3万元到5元) is no range, nor one whose high end has no measure word (3元到5万)."""
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    yield Case("own_unit.magnitude", f"价格{a}元{rng.choice(['到', '至'])}{b}万元", (Want(a, b * 1e4, "元"),))
    yield Case("own_unit.magnitude", f"投资{a}万元{rng.choice(['到', '至'])}{b}亿元", (Want(a * 1e4, b * 1e8, "元"),))
    yield Case("own_unit.scale", f"票价{a}角钱{rng.choice(['到', '至'])}{b}元", (Want(a / 10, b, "元"),))
    yield Case("own_unit.scale", f"票价{a}分钱{rng.choice(['到', '至'])}{b}毛钱", (Want(a / 100, b / 10, "元"),))
    lo = rng.randint(1, 4)
    yield Case("own_unit.percent", f"占比{lo}成到{(lo + 1) * 10 + 5}%", (Want(lo * 10, (lo + 1) * 10 + 5, "%"),))
    m = rng.choice(["年", "个月", "天", "小时"])
    yield Case("own_unit.half", f"工期半{m}{rng.choice(['到', '至'])}一{m}", (Want(0.5, 1, m),))
    yield Case("own_unit.half", f"工期半{m}{rng.choice(['到', '至'])}{PLAIN[b] if b != 2 else '两'}{m}", (Want(0.5, b, m),))
    yield Case("own_unit.reversed", f"价格{a}万元到{b}元", ())
    yield Case("own_unit.bare_high", f"价格{a}元到{b}万", ())  # 5万 of 元, or 5万 of what? never 3万–5万
    lo, hi = sorted(rng.sample(range(1, 20), 2))
    word, measure = rng.choice([("个百分点", "百分点"), ("个基点", "基点"), ("个月", "个月")])
    yield Case("own_unit.counter", f"预计提高{lo}个{rng.choice(['到', '至'])}{hi}{word}", (Want(lo, hi, measure),))


def fever(rng: random.Random) -> Iterator[Case]:
    """A body temperature: 体温 right before the number names 度 a degree Celsius, and a digit after 度 is
    its tenth (体温三十八度五 = 38.5 ℃, 体温38度5); 度 alone stays no unit (气温38度)."""
    t, d = rng.randint(35, 41), rng.randint(1, 9)
    yield Case("fever", f"病人体温{chinese(t, rng)}度{PLAIN[d]}", (Want(t + d / 10, None, "℃"),))
    yield Case("fever", f"病人体温{t}度{d}", (Want(t + d / 10, None, "℃"),))
    yield Case("fever", f"病人体温{t}度", (Want(t, None, "℃"),))
    yield Case("fever.none", f"气温{t}度", ())


def word_sign_ranges(rng: random.Random) -> Iterator[Case]:
    """A sign in words before a range's low end alone (零下5至10度, 负5至10%) leaves the high end's sign
    unsure (−10 to −5, or −5 to 10?): no figure; a minus symbol (-5至10%) is the low end's own. The same numeral at
    both ends (零下5至5度, 负5至5%) is a band round zero, −5 to 5 (numforms67, numerals.yaml sign_word_band)."""
    a, b = rng.randint(1, 15), rng.randint(1, 15)
    sep = rng.choice(["至", "到", "～"])
    band = a == b
    word = rng.choice(['度', '℃', '摄氏度'])
    yield Case("word_sign", f"夜间气温零下{a}{sep}{b}{word}", (Want(-a, a, "℃"),) if band else ())
    yield Case("word_sign", f"增速为负{a}{sep}{b}%", (Want(-a, a, "%"),) if band else ())
    yield Case("word_sign.symbol", f"增速为-{a}{sep}{b}%", (Want(-a, b, "%"),))


def bounds_across(rng: random.Random) -> Iterator[Case]:
    """A suffix bound after words that name what the figure is (控制在4.5%的目标以内, 3%的范围以内) bounds
    the figure: at most 4.5 %, never exact."""
    v = rng.choice([rng.randint(2, 9), rng.randint(20, 99) / 10])
    word = rng.choice(["的目标", "的预期目标", "的范围", "的控制目标"])
    bound, q = rng.choice([("以内", "upper_bound"), ("以下", "upper_bound"), ("左右", "approx")])
    yield Case("bound_across", f"全年物价涨幅控制在{arabic(v)}%{word}{bound}", (Want(v, None, "%", q),))


def foreign_cents(rng: random.Random) -> Iterator[Case]:
    """Hundredths of a foreign currency: alone (20美分 = 0.2 美元, 50便士 = 0.5 英镑) and after an amount of
    it (3英镑50便士 = 3.5 英镑, one amount)."""
    word, small = rng.choice([("英镑", "便士"), ("美元", "美分"), ("欧元", "欧分")])
    c, y = rng.randint(1, 99), rng.randint(1, 999)
    yield Case("foreign_cents.alone", f"一枚硬币{c}{small}", (Want(c / 100, None, word),))
    yield Case("foreign_cents.after", f"售价{y}{word}{c}{small}", (Want(y + c / 100, None, word),))


def yi_zero_wan(rng: random.Random) -> Iterator[Case]:
    """Arabic ten thousands after 亿 and a 零 (3亿零5万元 = 300050000, 3亿零50万 = 300500000); without the 零
    (3亿5万元: 3亿零5万, or 3.5亿 with a stray 万?) no figure, never 3.5亿."""
    a, b = rng.randint(1, 99), rng.randint(1, 999)
    m = rng.choice(["元", "人", "吨"])
    yield Case("yi_zero_wan", f"全年共计{a}亿零{b}万{m}", (Want(a * 1e8 + b * 1e4, None, m),))
    yield Case("yi_zero_wan.none", f"全年共计{a}亿{rng.randint(1, 9)}万{m}", ())


def tenths_and_some(rng: random.Random) -> Iterator[Case]:
    """A tenth after a measure word and then 几 (一米八几, 两块五几) is that much and some: at least 1.8 米,
    never 1.8 exact."""
    n, d = rng.randint(1, 2), rng.randint(1, 9)
    word, measure = rng.choice([("米", "米"), ("块", "元")])
    yield Case("tenths_some", f"他说{PLAIN[n] if n != 2 else '两'}{word}{PLAIN[d]}几",
               (Want(n + d / 10, None, measure, "lower_bound"),))


def broken_groups(rng: random.Random) -> Iterator[Case]:
    """Arabic digits grouped wrongly (12,34, 1,2345, 1,234,56) or with two points (1.234.567) hold no sure
    number: no figure, never the digits before the first mark (12 元, 1.234 人); well-formed groups read."""
    a, b = rng.randint(1, 99), rng.randint(10, 99)
    head = rng.choice(["收入", "人口", "营收"])
    m = rng.choice(["元", "人", "吨"])
    yield Case("broken_groups", rng.choice([f"{head}{a},{b}{m}", f"{head}{a},{b}{rng.randint(100, 999)}{m}",
                                            f"{head}{a},{rng.randint(100, 999)},{b}{m}",
                                            f"{head}{a}.{rng.randint(100, 999)}.{rng.randint(100, 999)}{m}"]), ())
    c = rng.randint(100, 999)
    yield Case("broken_groups.good", f"{head}{a},{c}{m}", (Want(a * 1000 + c, None, m),))


def counted_hours(rng: random.Random) -> Iterator[Case]:
    """Hours and weeks written with their counter (3个小时, 三点五个小时, 两个钟头, 3个礼拜) are hours and
    weeks, never 3 个 (a count of things); 3个多小时 is more than 3 hours."""
    n = rng.randint(2, 48)
    num, value = rng.choice([(str(n), n), (chinese(n, rng, two="两"), n), (f"{n}.5", n + 0.5),
                             (f"{chinese(n, rng, two='两')}点五", n + 0.5)])
    word, measure = rng.choice([("个小时", "小时"), ("个钟头", "小时"), ("个礼拜", "周")])
    yield Case("counted_hours", f"等了{num}{word}", (Want(value, None, measure),))
    yield Case("counted_hours.more", f"等了{n}个多小时", (Want(n, None, "小时", "lower_bound"),))


def age_bounds(rng: random.Random) -> Iterator[Case]:
    """Two bounds of an age joined by a link (超过20岁但不到30岁) are two figures, each its own bound; an
    age a link joins to an age that describes people (年满18岁且不满60岁的居民) names a group: none."""
    a = rng.randint(1, 60)
    b = a + rng.randint(1, 30)
    low, q1 = rng.choice([("超过", "lower_bound"), ("大于", "lower_bound"), ("不低于", "lower_bound")])
    high, q2 = rng.choice([("不到", "upper_bound"), ("不超过", "upper_bound"), ("小于", "upper_bound")])
    link = rng.choice(["但", "而", "且", "却又"])
    yield Case("age_bounds", f"他{low}{a}岁{link}{high}{b}岁", (Want(a, None, "岁", q1), Want(b, None, "岁", q2)))
    yield Case("age_bounds.group", f"年满{a}岁{link}不满{b}岁的居民可申请", ())
    yield Case("age_bounds.le", f"孩子今年{a}岁了", (Want(a, None, "岁"),))


def named_bounds(rng: random.Random) -> Iterator[Case]:
    """A bound written after a number whose measure word stands before it (月薪8000左右, 人口3400万以上,
    接待游客人次1.3亿以上) qualifies the figure as it does 3万左右: never read exact."""
    n = rng.randint(2, 999)
    mag, f = rng.choice([("", 1), ("万", 1e4), ("亿", 1e8)])
    word, measure = rng.choice([("月薪", "元"), ("年薪", "元"), ("人口", "人"), ("接待游客人次", "人次"), ("收入", "元")])
    post, q = rng.choice([("左右", "approx"), ("以上", "lower_bound"), ("上下", "approx"), ("以下", "upper_bound")])
    yield Case("named_bound", f"{word}{n}{mag}{post}", (Want(n * f, None, measure, q),))


def restated(rng: random.Random) -> Iterator[Case]:
    """An amount restated in brackets right after itself, as receipts write money in capitals and in
    digits (叁仟元（3000元）, 3000元(叁仟元)), is one figure; a bracketed amount of another value or
    currency (3000万元（约合400万美元）) is a figure of its own."""
    n = rng.randint(1, 99999)
    cap = chinese(n, rng, style="formal", two="贰")
    a, b = rng.choice([(cap, str(n)), (str(n), cap)])
    o, c = rng.choice(["（）", "()"])
    yield Case("restated", f"收到押金{a}元{o}{b}元{c}", (Want(n, None, "元"),), counted=True)
    m = rng.randint(1, 99)
    yield Case("restated.other", f"总价{m * 7}万元{o}约合{m}万美元{c}",
               (Want(m * 7e4, None, "元"), Want(m * 1e4, None, "美元")), counted=True)


def long_numbers(rng: random.Random) -> Iterator[Case]:
    """A whole number of more significant digits than a figure keeps (16 and more: 12345678901234567890,
    一千万亿零三) has no exact value here: no figure, never a rounded one; 15 digits or a run of zeros
    after fewer stay."""
    width = rng.randint(16, 24)
    digits = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(width - 2)) + str(rng.randint(1, 9))
    yield Case("long_number", digits, ())
    yield Case("long_number", f"累计投入{digits}元", ())
    n = rng.randint(10**14, 10**15 - 1)
    yield Case("long_number.fits", f"累计投入{n}元", (Want(n, None, "元"),))
    k = rng.randint(1, 9)
    yield Case("long_number.fits", f"累计投入{k}{'0' * width}元", (Want(float(f"{k}e{width}"), None, "元"),))
    yield Case("long_number.cn", f"累计投入{PLAIN[k]}千万亿零{PLAIN[rng.randint(1, 9)]}元", ())


def more_bounds(rng: random.Random) -> Iterator[Case]:
    """Bound words readers elsewhere test: 最少 and 起码 before a number (at least), 差不多, 大致 and
    约莫 (about), 出头 after it (三万元出头, 三十岁出头: a little over), a bound after an inclusion mark
    (3万元(含)以上, 3万元（不含）以下); never read exact."""
    n = rng.randint(2, 99)
    mag, f = rng.choice([("", 1), ("万", 1e4)])
    m = rng.choice(["元", "人", "吨"])
    pre, q = rng.choice([("最少", "lower_bound"), ("起码", "lower_bound"), ("差不多", "approx"), ("大致", "approx"),
                         ("约莫", "approx")])
    yield Case("more_bounds", f"预计{pre}{n}{mag}{m}", (Want(n * f, None, m, q),))
    yield Case("more_bounds.after", f"预计{n}{mag}{m}出头", (Want(n * f, None, m, "lower_bound"),))
    yield Case("more_bounds.age", f"他今年{chinese(n, rng)}岁出头", (Want(n, None, "岁", "lower_bound"),))
    mark = rng.choice(["(含)", "（含）", "(不含)", "（不含）"])
    post, q = rng.choice([("以上", "lower_bound"), ("以下", "upper_bound"), ("以内", "upper_bound")])
    yield Case("more_bounds.marked", f"奖励{n}{mag}{m}{mark}{post}", (Want(n * f, None, m, q),))


# -- eighth round: a to-word that is a verb, 零 that ends a word, a range end with a bound of its own -----


def to_verbs(rng: random.Random) -> Iterator[Case]:
    """到 and 至 between an amount of money and a count or a year are a verb (to, until), no range:
    投资3亿元到一家企业 is 3亿 元, 拨付200万元到3个乡镇 is 200万 元 and 3 个, 投入500万元至2030年 is 500万 元.
    Ends of two units that may be a range (3小时到5天) or of two currencies (3万元至5万美元) give none."""
    n = rng.randint(2, 999)
    mag, f = rng.choice([("", 1), ("万", 1e4), ("亿", 1e8)])
    verb = rng.choice(["投资", "拨付", "转移", "投入", "划拨"])
    to = rng.choice(["到", "至"])
    money, measure = rng.choice([("元", "元"), ("元", "元"), ("美元", "美元")])
    num = rng.choice([str(n), chinese(n, rng, two="两")])
    yield Case("to_verb", f"{verb}{num}{mag}{money}{to}{rng.choice(['一家企业', '一个项目', '一所学校'])}",
               (Want(n * f, None, measure),))
    k = rng.randint(2, 9)
    yield Case("to_verb.count", f"{verb}{num}{mag}{money}{to}{rng.choice([str(k), PLAIN[k]])}个乡镇",
               (Want(n * f, None, measure), Want(k, None, "个")))
    yield Case("to_verb.year", f"{verb}{num}{mag}{money}{to}{rng.randint(2020, 2035)}年", (Want(n * f, None, measure),))
    a = rng.randint(1, 9)
    yield Case("to_verb.units", f"用时{a}小时{to}{a + rng.randint(1, 5)}天", ())
    yield Case("to_verb.currencies", f"收费{a}万元{to}{a + rng.randint(1, 5)}万美元", ())


def zero_words(rng: random.Random) -> Iterator[Case]:
    """A numeral right after 找零 (the change given back): 找零三元五角二分 is 3.52 元, 找零八十七元 87 元,
    找零五毛 0.5 元; 零 itself starts no numeral there. Elsewhere no numeral starts after 零 (零五年 is '05)."""
    y, j, fen = rng.randint(1, 99), rng.randint(1, 9), rng.randint(1, 9)
    yuan = chinese(y, rng, two="两")
    written, value = rng.choice([(f"{yuan}元{PLAIN[j]}角{PLAIN[fen]}分", y + j / 10 + fen / 100), (f"{yuan}元", y),
                                 (f"{y}元{j}角", y + j / 10), (f"{PLAIN[j]}毛", j / 10)])
    yield Case("zero_word", f"{rng.choice(['收银员', '店主', ''])}找零{written}", (Want(round(value, 2), None, "元"),))
    yield Case("zero_word.year", f"零{PLAIN[rng.randint(1, 9)]}年他去了北京", ())


def unsure_tails(rng: random.Random) -> Iterator[Case]:
    """A tail range whose end carries a bound of its own (一米七到一米八几: 1.8 and some; 约一米七到一米八)
    is no sure range and its ends are no figures: none. After 从 the two ends stay two figures, each as
    written (一米八几: at least 1.8)."""
    a, b = sorted(rng.sample(range(1, 10), 2))
    sep = rng.choice(["到", "至"])
    yield Case("unsure_tail", f"身高一米{PLAIN[a]}{sep}一米{PLAIN[b]}几", ())
    yield Case("unsure_tail.about", f"身高约一米{PLAIN[a]}{sep}一米{PLAIN[b]}", ())
    yield Case("unsure_tail.from", f"平均身高从一米{PLAIN[a]}到一米{PLAIN[b]}几",
               (Want(1 + a / 10, None, "米"), Want(1 + b / 10, None, "米", "lower_bound")))


def restated_signs(rng: random.Random) -> Iterator[Case]:
    """An amount in capitals that ends in 整 and is restated in brackets behind a currency sign
    (伍拾万元整（￥500,000.00）, ￥500000（伍拾万元整）) is one figure, as 叁仟元（3000元） is; a sign of
    another money inside the brackets ($500,000) is a figure of its own."""
    n = rng.randint(1, 9999) * rng.choice([1, 100, 10000])
    cap = chinese(n, rng, style="formal", two="贰")
    digits = rng.choice([f"{n:,}.00", str(n), f"{n:,}"])
    o, c = rng.choice(["（）", "()"])
    sign = rng.choice(["￥", "¥"])
    text = rng.choice([f"收到人民币{cap}元整{o}{sign}{digits}{c}", f"收到{sign}{digits}{o}{cap}元整{c}"])
    yield Case("restated_sign", text, (Want(n, None, "元"),), counted=True)
    yield Case("restated_sign.other", f"收到{cap}元整{o}${digits}{c}", (Want(n, None, "元"), Want(n, None, "美元")),
               counted=True)


def latin_yuan(rng: random.Random) -> Iterator[Case]:
    """RMB before an amount (合计RMB 500万元, RMB1,200) is the yuan, as ￥ is; the space between goes when
    the layout is repaired, and the number is no code after those letters."""
    n = rng.randint(1, 9999)
    mag, f = rng.choice([("", 1), ("万", 1e4), ("亿", 1e8)])
    yield Case("latin_yuan", f"合计RMB{rng.choice(['', ' '])}{n}{mag}{rng.choice(['元', ''])}", (Want(n * f, None, "元"),))


def spelled_years(rng: random.Random) -> Iterator[Case]:
    """A year spelled with places (两千零二十五年, 一千九百九十八年) is a date, as 二〇二五年 is: no figure;
    the same numeral before another measure word (两千零二十五人) or alone is the number; a round thousand
    before 年 (三千年的历史) stays a duration."""
    year = rng.choice([rng.randint(2001, 2099), rng.randint(1801, 1999)])
    if year % 100 == 0:
        year += 1
    spelled = chinese(year, rng, two=rng.choice("两二"))
    n = rng.randint(2, 9)
    yield Case("spelled_year", f"{spelled}年全市新建学校{n}所", (Want(n, None, "所"),), counted=True)
    yield Case("spelled_year.count", f"全市共有{spelled}人参加", (Want(year, None, "人"),))
    yield Case("spelled_year.bare", spelled, (Want(year),))
    k = rng.randint(3, 9)
    yield Case("spelled_year.round", f"距今已有{PLAIN[k]}千年", (Want(k * 1000, None, "年"),))


OTHER_SUITES = [("第三", ()), ("第一百零一名", ()), ("排名第3位", ()), ("两三个人", (Want(2, 3, "人"),)),
                ("七八十万元", (Want(7e5, 8e5, "元"),)), ("十之八九", ()), ("他十之八九会来", ()),
                ("营收1亿2000万元", (Want(1.2e8, None, "元"),)), ("不良率万分之五", (Want(5, None, "‱"),)),
                ("出生率0.5‰", (Want(0.5, None, "‰"),)), ("占比1/3", ()), ("产量1.2×10^4吨", (Want(12000, None, "吨"),)),
                ("产量1.2e4吨", (Want(12000, None, "吨"),)), ("投资30余万元", (Want(3e5, None, "元", "lower_bound"),)),
                ("投资（3000万元）", (Want(3e7, None, "元"),)), ("投资【3000万元】", (Want(3e7, None, "元"),)),
                ("2024年5月1日", ()), ("上午10:30开会", ()), ("5月份", ()), ("2024-05-01", ()), ("15时30分", ()),
                ("二〇二四年五月一日", ()), ("第二季度", ()), ("三十几万元", (Want(310000, 390000, "元", "approx"),)),
                ("一千万分之一", (Want(1e-7),)), ("增长两倍半", (Want(2.5, None, "倍"),)),
                ("百分之三十到四十", (Want(30, 40, "%"),)),
                ("2亿3千4百万元", (Want(2.34e8, None, "元"),)), ("三千万余元", (Want(3e7, None, "元", "lower_bound"),))]


def other_suites(rng: random.Random) -> Iterator[Case]:
    """Forms that number readers elsewhere test and we read already (ordinals and dates that are no
    figures, 两三个, 七八十万, 十之八九, 1亿2000万, 万分之, ‰, 1/3 in running text, 1.2×10^4, 1.2e4, 30余万,
    numbers in brackets, 2亿3千4百万), kept as they are."""
    text, want = rng.choice(OTHER_SUITES)
    yield Case("other_suites", text, want, either=text == "一千万分之一")


# -- ninth round: shares as percent, data units and Latin rates, codes with digits, forms to check ----


def share_percents(rng: random.Random) -> Iterator[Case]:
    """A fraction whose percent is a finite decimal, spelled in Chinese, is a share (四分之一 = 25 %,
    二十五分之一 = 4 %) with the bound written around it (约, 近, 以上, 左右); one of another denominator
    (三分之一, 三十五分之一, 七分之二), in Arabic digits (1/4的, a date or a quarter-final elsewhere), of a unit
    (四分之一个世纪), a cup's round (八分之一决赛), an end of a range (四分之一到三分之一) or in a mixed number
    (增长一又四分之一倍: 1.25 倍 or nothing) is no share."""
    d = rng.choice(sorted(SHARE_PERCENT))
    n = rng.randint(1, min(d - 1, 9))
    pre, post, q = rng.choice([("", "", "exact"), ("约", "", "approx"), ("近", "", "approx"), ("", "以上", "lower_bound"),
                               ("", "左右", "approx"), ("超过", "", "lower_bound"), ("不到", "", "upper_bound")])
    written = f"{SHARE_PERCENT[d]}分之{PLAIN[n]}"
    frame = rng.choice(["全县{}的村已通公交", "该项支出约占全市的{}，其余由企业承担", "受访者中{}的人表示满意",
                        "贫困人口{}实现就业"])
    text = frame.format(pre + written + post) if "约占" not in frame else frame.format(written)
    q = q if "约占" not in frame else ""
    yield Case("share_pct", text, (Want(float(f"{n * 100 / d:.15g}"), None, "%", q),), counted=True)
    other = rng.choice([3, 6, 7, 9, 12, 15, 35])
    k = rng.randint(1, min(other - 1, 9))
    yield Case("share_pct.none", f"全县{chinese(other, rng)}分之{PLAIN[k]}的村已通公交", ())
    yield Case("share_pct.none", rng.choice([f"约{k}/{d}的企业复工", "长达四分之一个世纪", "进入1/4决赛", "进入八分之一决赛",
                                             f"{written}到{chinese(other, rng)}分之一的企业"]), ())
    w = rng.randint(1, 5)
    yield Case("share_pct.mixed", f"增长{PLAIN[w]}又{written}倍", (Want(float(f"{w + n / d:.15g}"), None, "倍"),),
               either=True)  # the mixed number or nothing, never a share of 25 %


DATA_UNITS = [("GB", "GB"), ("TB", "TB"), ("PB", "PB"), ("Mbps", "Mbps"), ("Gbps", "Gbps"), ("mg/kg", "mg/kg"),
              ("mg/L", "mg/L"), ("μg/m³", "μg/m³"), ("mL", "mL"), ("mg", "mg"), ("km/h", "km/h"), ("m/s", "m/s")]


def data_units(rng: random.Random) -> Iterator[Case]:
    """Data, data rates, concentrations and speeds by their Latin symbols (流量15GB, 3015亿GB, 1000Mbps,
    0.86mg/kg, 15mg/L, 35μg/m³, 60km/h): the figure in that unit, with 万 or 亿 before it; a size right
    before a noun names a product (8GB内存, 1000Mbps宽带): no figure."""
    v = rng.choice([rng.randint(1, 999), rng.randint(1, 999) / 10])
    word, measure = rng.choice(DATA_UNITS)
    mag, f = rng.choice([("", 1), ("", 1), ("万", 1e4), ("亿", 1e8)]) if word in ("GB", "TB") else ("", 1)
    yield Case("data_unit", f"{rng.choice(['全年接入流量', '检出值为', '平均达到', '实测'])}{arabic(v)}{mag}{word}。",
               (Want(float(f"{v * f:.15g}"), None, measure),), counted=True)
    yield Case("data_unit.product", rng.choice(["更换8GB内存", "开通1000Mbps宽带", "配备2TB硬盘", "选购16GB手机"]), ())


LATIN_CODES = ["PM2.5", "PM10", "COVID-19", "H7N9", "H1N1", "A4纸", "G20峰会", "G7会议", "5A级景区", "4K频道", "C919大飞机",
               "ARJ21支线客机", "iPhone15", "G318国道", "S1线", "3号线", "1号文件", "国发〔2023〕5号", "7×24小时服务",
               "5+2模式", "1+N政策体系", "Q3", "2023Q1"]


def latin_codes(rng: random.Random) -> Iterator[Case]:
    """Names and codes that hold digits (PM2.5, COVID-19, H7N9, A4纸, G20, 5A级景区, C919, 3号线, 1号文件,
    1+N, 2023Q1: GUIDE "identifiers and versions", "names that contain a numeral"): no figure, alone or
    before a figure of their own sentence, which stays the one figure."""
    code = rng.choice(LATIN_CODES)
    yield Case("latin_code", code, ())
    n = rng.randint(2, 99)
    m = rng.choice(["个", "家", "项", "人"])
    yield Case("latin_code.sentence", f"{code}相关项目新增{n}{m}", (Want(n, None, m),), counted=True)


def checked_forms(rng: random.Random) -> Iterator[Case]:
    """Forms a reviewer checks, each with numbers drawn afresh: 一个半小时 (1.5 小时), 两个半月, 近千人 (1000
    approx), 万余元 and 1万余元, 一万多人, 3万多人, 3万余亿元 (余 between magnitudes: 3万亿, at least), 三四百人
    (300–400), 七八十家, 二三十万人, 1—2个百分点, 12万5千人, 1亿2千万元, 负增长2.1%, 下降三成, 打八折, 0.5‰,
    千分之零点八; and no figure for 半数以上, 大半, 数十万, 上百家, 成百上千, 5、6月份, ±0.5, a date or a time."""
    d = rng.randint(1, 8)
    n = rng.randint(2, 9)
    cases = [
        (f"全程{PLAIN[d]}个半小时", (Want(d + 0.5, None, "小时"),)),
        (f"工期{chinese(d, rng, two='两')}个半月", (Want(d + 0.5, None, "个月"),)),
        ("近千人参加", (Want(1000, None, "人", "approx"),)),
        ("捐款万余元", (Want(1e4, None, "元", "lower_bound"),)),
        (f"捐款{n}万余元", (Want(n * 1e4, None, "元", "lower_bound"),)),
        (f"{PLAIN[n]}万多人参加", (Want(n * 1e4, None, "人", "lower_bound"),)),
        (f"参加{n}万多人", (Want(n * 1e4, None, "人", "lower_bound"),)),
        (f"融资{n}万余亿元", (Want(n * 1e12, None, "元", "lower_bound"),)),
        (f"{PLAIN[d]}{PLAIN[d + 1]}百人参加", (Want(d * 100, (d + 1) * 100, "人"),)),
        (f"{PLAIN[d]}{PLAIN[d + 1]}十家企业", (Want(d * 10, (d + 1) * 10, "家"),)),
        (f"{PLAIN[d]}{PLAIN[d + 1]}十万人", (Want(d * 1e5, (d + 1) * 1e5, "人"),)),
        (f"提高{d}—{d + 1}个百分点", (Want(d, d + 1, "百分点"),)),
        (f"共{n}万{d}千人", (Want(n * 1e4 + d * 1e3, None, "人"),)),
        (f"投资{n}亿{d}千万元", (Want(n * 1e8 + d * 1e7, None, "元"),)),
        (f"负增长{n}.{d}%", (Want(-float(f"{n}.{d}"), None, "%"),)),
        (f"下降{PLAIN[n]}成", (Want(n * 10, None, "%"),)),
        (f"商品打{PLAIN[n]}折", (Want(n * 10, None, "%"),)),
        (f"死亡率0.{d}‰", (Want(d / 10, None, "‰"),)),
        (f"千分之零点{PLAIN[d]}的比例", (Want(d / 10, None, "‰"),)),
        (rng.choice(["半数以上的企业", "大半的村民", "数十万人参加", "上百家企业参展", "成百上千的人",
                     f"{d}、{d + 1}月份开工", f"误差±0.{d}毫米", f"2025年{d}月{n}日开幕", f"上午{n}:30开会",
                     f"第{min(d, 4)}季度完成"]), ()),
    ]
    text, want = rng.choice(cases)
    yield Case("checked_form", text, want, counted=True)


# -- tenth round: every way a number is written, drawn afresh: separators, clipped years, spoken digits ----


WAVE_SEPARATORS = ["\u301c", "\u223c", "～", "~", "至", "到", "—", "－", "–", "‐", "-"]


def wave_ranges(rng: random.Random) -> Iterator[Case]:
    """A range whose separator is any tilde or dash a keyboard or a font gives: the wave dash 〜 (U+301C)
    and the tilde operator ∼ (U+223C) as ～ and ~ are (3〜5万元 = 30000–50000 元, 5∼8%); never the high
    end alone, which is a wrong value. A minus before the low end is its own (-3〜5℃ = −3–5 ℃); 零下 as a
    word before it alone leaves the high end's sign unsure: no figure."""
    sep = rng.choice(WAVE_SEPARATORS)
    lo = rng.randint(1, 8)
    hi = lo + rng.randint(1, 9)
    mag, f, m = rng.choice([("万", 1e4, "元"), ("亿", 1e8, "元"), ("万", 1e4, "人"), ("", 1, "家"), ("", 1, "%")])
    unit = m if m == "%" else mag + m
    yield Case("wave_range", f"预计投资{lo}{sep}{hi}{unit}", (Want(lo * f, hi * f, m),), counted=True)
    if m == "%" and sep not in "至到":
        yield Case("wave_range.pct", f"增速为{lo}%{sep}{hi}%", (Want(lo, hi, "%"),), counted=True)
    wave = rng.choice(["\u301c", "\u223c"])
    yield Case("wave_range.sign", f"气温-{lo}{wave}{hi}℃", (Want(-lo, hi, "℃"),), counted=True)
    yield Case("wave_range.word_sign", f"气温零下{lo}{wave}{hi}℃", ())


def clipped_years(rng: random.Random) -> Iterator[Case]:
    """A two-digit year clipped by an apostrophe ('98年, ’08年) or before the event it dates (98年出生,
    85年生人, 09年毕业) is a date: no figure, the sentence's count stays its one figure; the same
    number after 经营了 is the duration it says, or nothing."""
    yy = rng.randint(10, 99)
    n = rng.randint(2, 99)
    mark = rng.choice(["'", "’", "‘"])
    yield Case("clipped_year", f"{mark}{yy}年全市新建学校{n}所", (Want(n, None, "所"),), counted=True)
    event = rng.choice(["出生", "生人", "毕业", "入学", "参加工作", "入伍"])
    yield Case("clipped_year.event", f"他{yy}年{event}，先后获奖{n}次", (Want(n, None, "次"),), counted=True)
    yield Case("clipped_year.duration", f"这家老店经营了{yy}年", (Want(yy, None, "年"),), either=True, counted=True)


def spoken_digits(rng: random.Random) -> Iterator[Case]:
    """俩 and 仨 are two and three with their 个 (俩人 = 2 人, 仨小时 = 3 小时); after a pronoun with no
    measure word (哥俩, 咱俩, 他们仨) they count no figure; 幺 is the 1 of a number read out digit by
    digit (拨打幺幺零): no figure."""
    ch, v = rng.choice([("俩", 2), ("仨", 3)])
    m = rng.choice(["人", "小时"])
    yield Case("spoken_digit", f"咱们{ch}{m}一组", (Want(v, None, m),), counted=True)
    yield Case("spoken_digit.pronoun", rng.choice([f"哥{ch}一起上班", f"他们{ch}是同学", f"咱{ch}谁跟谁"]), ())
    yield Case("spoken_digit.yao", rng.choice(["拨打幺幺零", "呼号幺洞拐", "电话幺三八幺二三四五六七八"]), ())


def capital_forms(rng: random.Random) -> Iterator[Case]:
    """Money in capitals as a receipt writes it: 拾 alone for ten at the head (拾万元整 = 100000, 拾贰元 = 12),
    零 between groups (壹亿零贰拾万元 = 100200000), 角 and 分 after 元 or 圆 (叁圆伍角贰分 = 3.52 元, 壹万圆零伍角 =
    10000.5 元: never the yuan alone), and 角 alone after 人民币 (人民币玖角 = 0.9 元, never 9 元)."""
    d = rng.randint(0, 9)
    mag, f = rng.choice([("", 1), ("万", 1e4), ("亿", 1e8)])
    head = "拾" + (FORMAL[d] if d else "")
    frame = rng.choice(["人民币{}元整", "大写：{}元整", "合计金额{}元整"])
    yield Case("capital_form.ten", frame.format(head + mag), (Want((10 + d) * f, None, "元"),), counted=True)
    hi, lo = rng.randint(1, 9), rng.randint(1, 99)
    gap = f"{FORMAL[hi]}亿零{chinese(lo, rng, style='formal', two='贰', head=False)}万"
    yield Case("capital_form.gap", f"人民币{gap}元整", (Want(hi * 1e8 + lo * 1e4, None, "元"),), counted=True)
    yuan, jiao, fen = rng.randint(1, 9999), rng.randint(1, 9), rng.randint(1, 9)
    cap = chinese(yuan, rng, style="formal", two="贰")
    yuan_word = rng.choice(["元", "圆"])
    yield Case("capital_form.cents", f"人民币{cap}{yuan_word}{FORMAL[jiao]}角{FORMAL[fen]}分",
               (Want(float(f"{yuan + jiao / 10 + fen / 100:.2f}"), None, "元"),), counted=True)
    yield Case("capital_form.gap_jiao", f"人民币{cap}{yuan_word}零{FORMAL[jiao]}角",
               (Want(float(f"{yuan + jiao / 10:.1f}"), None, "元"),), counted=True)
    j = max(jiao, 2)  # 壹角 alone is no figure (一角 is a corner as often): 0.1 元 or nothing
    yield Case("capital_form.jiao", f"另退人民币{FORMAL[j]}角", (Want(j / 10, None, "元"),), counted=True)
    yield Case("capital_form.jiao", "另退人民币壹角", (Want(0.1, None, "元"),), either=True, counted=True)


def big_units(rng: random.Random) -> Iterator[Case]:
    """Large units in Chinese and Arabic: 万亿 and 千亿 after a Chinese numeral or decimal (一点二万亿元,
    三千亿元, 两万亿), 千万 百万 十万 (五千万元); 亿亿 and 五万万 (5亿, the old word) read; 兆 (a million or a
    trillion, by the writer) and 万万 alone (万万没想到) are no figure."""
    whole = rng.randint(1, 9)
    tenth = rng.randint(1, 9)
    mag, f = rng.choice([("万亿", 1e12), ("千亿", 1e11), ("千万", 1e7), ("百万", 1e6), ("十万", 1e5), ("亿", 1e8)])
    m = rng.choice(["元", "人", "吨"])
    yield Case("big_unit.point", f"全年完成{PLAIN[whole]}点{PLAIN[tenth]}{mag}{m}",
               (Want(float(f"{(whole + tenth / 10) * f:.15g}"), None, m),), counted=True)
    yield Case("big_unit.whole", f"全年完成{chinese(whole, rng, two='两')}{mag}{m}", (Want(whole * f, None, m),),
               counted=True)
    yield Case("big_unit.arabic", f"全年完成{whole}.{tenth}{mag}{m}",
               (Want(float(f"{(whole + tenth / 10) * f:.15g}"), None, m),), counted=True)
    yield Case("big_unit.old", f"人口{PLAIN[whole]}万万", (Want(whole * 1e8, None, "人"),), either=True)
    yield Case("big_unit.zhao", rng.choice([f"资产{PLAIN[whole]}兆元", f"资产{whole}兆元", "万万没想到",
                                            f"流量{whole}00兆"]), ())


MINUS_WIDTHS = ["-", "−", "－", "﹣"]


def signs_and_points(rng: random.Random) -> Iterator[Case]:
    """Signs in every width before a rate or a temperature (−3.2% with U+2212, －, ﹣), 负 before a Chinese
    decimal (负二点五 = −2.5), decimals spelled in Chinese (三点一四, 零点五), and per hundred, thousand and
    ten thousand spelled (百分之零点三 = 0.3 %, 千分之五 = 5 ‰, 万分之三 = 3 ‱)."""
    whole, tenth = rng.randint(1, 9), rng.randint(1, 9)
    v = float(f"{whole}.{tenth}")
    sign = rng.choice(MINUS_WIDTHS)
    unit = rng.choice(["%", "℃"])
    yield Case("sign_point.sign", f"同比{sign}{v}{unit}" if unit == "%" else f"最低气温{sign}{v}{unit}",
               (Want(-v, None, unit),), counted=True)
    spelled = f"{PLAIN[whole]}点{PLAIN[tenth]}"
    yield Case("sign_point.word", f"负{spelled}", (Want(-v),))
    yield Case("sign_point.zero", f"零点{PLAIN[tenth]}", (Want(tenth / 10),))
    pre, measure = rng.choice([("百分之", "%"), ("千分之", "‰"), ("万分之", "‱")])
    point = rng.random() < 0.5
    v = whole / 10 if point else whole
    yield Case("sign_point.per", f"比例为{pre}{'零点' if point else ''}{PLAIN[whole]}", (Want(v, None, measure),),
               counted=True)


APPROX_FORMS: list[tuple[str, Callable[[int], tuple[Want, ...]]]] = [
    ("{c}来个", lambda n: (Want(n, None, "个", "approx"),)),
    ("{c}多人", lambda n: (Want(n, None, "人", "lower_bound"),)),
    ("{c}余家", lambda n: (Want(n, None, "家", "lower_bound"),)),
    ("{a}人左右", lambda n: (Want(n, None, "人", "approx"),)),
    ("{a}岁上下", lambda n: (Want(n, None, "岁", "approx"),)),
]
VAGUE_FORMS = ["几十人", "数百人", "上千人", "成千上万的人", "个把月", "好几百人", "若干人", "数以万计的游客", "几万元"]


def approx_forms(rng: random.Random) -> Iterator[Case]:
    """Words of about and more around a round number (二十来个, 三十多人, 四十余家, 50人左右, 60岁上下) keep
    their number with the bound; 开外 and 出头 after an age say "more than"; words that name no number
    (几十, 数百, 上千, 成千上万, 个把月, 若干) give no figure."""
    n = rng.randint(1, 9) * 10
    form, want = rng.choice(APPROX_FORMS)
    yield Case("approx_form", f"现场来了{form.format(c=chinese(n, rng), a=n)}", want(n), counted=True)
    yield Case("approx_form.age", f"他看上去{chinese(n, rng)}{rng.choice(['开外', '出头'])}",
               (Want(n, None, "", "lower_bound"),), either=True, counted=True)
    yield Case("approx_form.vague", f"现场来了{rng.choice(VAGUE_FORMS)}", ())


def _no_figures(rng: random.Random) -> list[str]:
    n, d = rng.randint(2, 30), rng.randint(1, 28)
    mo, hh = rng.randint(1, 12), rng.randint(1, 12)
    phone = f"1{rng.randint(3, 9)}{rng.randint(10**8, 10**9 - 1)}"
    return [f"第{chinese(n, rng)}名", f"{PLAIN[rng.randint(2, 9)]}楼会议室", f"{n}号楼", f"{n}路公交车",
            f"{rng.randint(1, 9)}号线", "G20峰会", "5G网络", "拨打911", "拨打120", f"版本v{mo}.{rng.randint(0, 9)}",
            f"{mo}.{rng.randint(0, 9)}.{d}版", f"{hh}:{rng.choice(['00', '15', '30', '45'])}开会",
            f"{PLAIN[hh] if hh < 10 else chinese(hh, rng)}点半开会", f"2025年{mo}月{d}日", f"{mo}月{d}号",
            f"2025.{mo:02d}.{d:02d}", f"2025-{mo:02d}-{d:02d}", f"二〇二五年{chinese(mo, rng)}月{chinese(d, rng)}日",
            f"下午{PLAIN[min(hh, 9)]}点", f"电话{phone}"]


def no_figure_forms(rng: random.Random) -> Iterator[Case]:
    """Ordinals, floors, house numbers, bus and metro lines, codes, emergency numbers, versions, clock times
    and dates in every form, with numbers drawn afresh (GUIDE "not a figure"): none, alone or before a
    figure of their own sentence, which stays the one figure."""
    text = rng.choice(_no_figures(rng))
    yield Case("no_figure", text, ())
    n = rng.randint(2, 99)
    yield Case("no_figure.sentence", f"{text}，新增{n}家", (Want(n, None, "家"),), counted=True)


MONEY_NAMES = [("美元", "美元"), ("欧元", "欧元"), ("港元", "港元"), ("日元", "日元"), ("英镑", "英镑"), ("港币", "港元")]


def money_forms(rng: random.Random) -> Iterator[Case]:
    """Money by its sign (￥1,200, ¥1,200.00, RMB 1200), by a currency's name (500美元, 3.5亿欧元), and as speech
    says it (3元5角 = 3.5 元, 五块五毛 = 5.5 元, 八毛八 = 0.88 元)."""
    n = rng.randint(1000, 999999)
    sign = rng.choice(["￥", "¥", "RMB ", "RMB"])
    digits = rng.choice([f"{n:,}", f"{n:,}.00", str(n)])
    yield Case("money_form.sign", f"合计{sign}{digits}", (Want(n, None, "元"),), counted=True)
    v = rng.choice([rng.randint(1, 999), rng.randint(1, 99) / 10])
    mag, f = rng.choice([("", 1), ("万", 1e4), ("亿", 1e8)])
    word, measure = rng.choice(MONEY_NAMES)
    yield Case("money_form.named", f"融资{arabic(v)}{mag}{word}", (Want(float(f"{v * f:.15g}"), None, measure),),
               counted=True)
    y, j = rng.randint(1, 9), rng.randint(1, 9)
    spoken = rng.choice([(f"{y}元{j}角", y + j / 10), (f"{PLAIN[y]}块{PLAIN[j]}毛", y + j / 10),
                         (f"{PLAIN[j]}毛{PLAIN[y]}", j / 10 + y / 100)])
    yield Case("money_form.spoken", f"每斤{spoken[0]}", (Want(float(f"{spoken[1]:.2f}"), None, "元"),), counted=True)



def dotted_digits(rng: random.Random) -> Iterator[Case]:
    """Digits joined by a middle dot or an apostrophe (3·5万元, 百分之三·五, 1'234'567人) hold no sure number (an
    old decimal point, a date's dot as in 3·15, a foreign thousands mark): no figure, never the digits on one
    side (5万元, 百分之三, 567人); the sentence's other figure stays its one figure."""
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    n = rng.randint(2, 99)
    dot = rng.choice(["·", "・"])
    text = rng.choice([f"投资{a}{dot}{b}万元", f"增长{a}{dot}{b}%", f"增长百分之{PLAIN[a]}{dot}{PLAIN[b]}",
                       f"人口{a}'{rng.randint(100, 999)}'{rng.randint(100, 999)}人", f"身高{a}'{b}"])
    yield Case("dotted", f"{text}，新建学校{n}所", (Want(n, None, "所"),), counted=True)


SIGN_RANGE_SIGNS = [("￥", "元"), ("¥", "元"), ("$", "美元"), ("HK$", "港元"), ("€", "欧元"), ("人民币", "元"),
                    ("美元", "美元")]


def sign_ranges(rng: random.Random) -> Iterator[Case]:
    """A currency sign or name written again before a range's high end (￥1,200-￥1,500, $5至$8, 人民币3000元至
    人民币5000元): the one range, never two exact prices; from 从 on, or the wrong way round, no range."""
    sign, measure = rng.choice(SIGN_RANGE_SIGNS)
    lo = rng.randint(1, 5000)
    hi = lo + rng.randint(1, 5000)
    sep = rng.choice(["-", "—", "至", "到", "~", "～"])
    tail = "元" if sign == "人民币" else ""
    yield Case("sign_range", f"售价{sign}{lo:,}{tail}{sep}{sign}{hi:,}{tail}", (Want(lo, hi, measure),), counted=True)


# -- eleventh round: descriptors, stops inside numbers, marks after digits, round neighbours, vague words ----


def descriptors(rng: random.Random) -> Iterator[Case]:
    """A population or a round sum before the kind of place or firm it sizes (百万人口城市, 500万人口大市,
    百亿元企业) names a class, a price before a shop or a note (十元店, 2元店, 五元纸币), 元 in a place's name
    (三元里, 三元桥) a name, and 元 as an element (二元结构, 一元二次方程, 三元催化) no money: no figure; the count in
    the same sentence stays its one figure."""
    n = rng.randint(2, 99)
    d = rng.randint(1, 9)
    pop = rng.choice(["十万", "百万", "千万", f"{d}00万", f"{PLAIN[d]}百万"])
    place = rng.choice(["城市", "大市", "大县", "县城", "都市"])
    yield Case("descriptor.population", f"全国{pop}人口{place}有{n}个", (Want(n, None, "个"),), counted=True)
    mag = rng.choice(["十亿", "百亿", "千亿", "百万", "千万"])
    kind = rng.choice(["企业", "项目", "产业"])
    yield Case("descriptor.money", f"培育{mag}元{kind}{n}家", (Want(n, None, "家"),), counted=True)
    price = rng.choice([PLAIN[d], "两", "十", str(d), str(10 * d)])
    shop = rng.choice(["店", "超市", "纸币", "硬币"])
    yield Case("descriptor.priced", f"一家{price}元{shop}旁新开门店{n}家", (Want(n, None, "家"),), counted=True)
    yield Case("descriptor.name", f"{rng.choice(['三元里', '三元桥', '五道口', '九龙坡'])}新增企业{n}家",
               (Want(n, None, "家"),), counted=True)
    word = rng.choice(["城乡二元结构", "二元经济", "一元二次方程", "三元催化器", "三元集团"])
    yield Case("descriptor.yuan_word", f"{word}之外，新增企业{n}家", (Want(n, None, "家"),), counted=True)


def stop_points(rng: random.Random) -> Iterator[Case]:
    """A full stop typed or scanned between two digits (增长3。5%, 投资3。5亿元; the half-width ｡, the dots ‧ and ･
    of other fonts) is a point or a sentence's end: no sure number, never the digits after it (5%, 5亿元); the
    sentence's other figure stays, and a year after a stop (达到120。2024年…) is a date as before."""
    a, b = rng.randint(1, 99), rng.randint(1, 99)
    n = rng.randint(2, 99)
    unit = rng.choice(["%", "亿元", "万人", "个百分点", "倍"])
    yield Case("stop_point", f"同比增长{a}{rng.choice(['。', '｡', '‧', '･'])}{b}{unit}", ())
    yield Case("stop_point.sentence", f"全年投资{a}。{b}{unit}，新建学校{n}所", (Want(n, None, "所"),), counted=True)
    year = rng.randint(2015, 2026)
    yield Case("stop_point.year", f"总数达到{a}。{year}年新增企业{n}家", (Want(n, None, "家"),), counted=True)


SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def digit_marks(rng: random.Random) -> Iterator[Case]:
    """A lone 10 with a superscript after it (10⁴吨: a power of ten or 10 with a note) and digits joined by an
    underscore (1_000人, 1_000_000元) hold no sure number, never 10 吨 or 1 人, and so does an amount spoken with
    元 in its middle (两万元零五百: never 20000 元); 1.2×10⁴吨 and a note after another number (27.86²万人 =
    27.86万) read as before."""
    n = rng.randint(2, 99)
    sup = SUPERSCRIPTS[rng.randint(2, 9)]
    yield Case("digit_mark.power", f"产量达到10{sup}吨，新建学校{n}所", (Want(n, None, "所"),), counted=True)
    k = rng.randint(1, 9)
    groups = "_".join(f"{rng.randint(0, 999):03d}" for _ in range(rng.randint(1, 2)))
    yield Case("digit_mark.underscore", f"人口{k}_{groups}人，新建学校{n}所", (Want(n, None, "所"),), counted=True)
    m, e = rng.randint(11, 99) / 10, rng.randint(2, 8)
    yield Case("digit_mark.scientific", f"产量达到{m}×10{SUPERSCRIPTS[e]}吨",
               (Want(float(f"{m * 10 ** e:.15g}"), None, "吨"),), counted=True)
    head, rest = rng.randint(1, 99), rng.randint(1, 999)
    written = rng.choice([f"{chinese(head, rng, two='两')}万元零{chinese(rest, rng, head=False)}", f"{head}万元零{rest}"])
    yield Case("digit_mark.yuan_rest", f"捐款{written}，新建学校{n}所", (Want(n, None, "所"),), counted=True)
    w, f = rng.randint(10, 99), rng.randint(10, 99)
    yield Case("digit_mark.note", f"常住人口{w}.{f}{SUPERSCRIPTS[rng.randint(1, 9)]}万人",
               (Want(float(f"{w}.{f}") * 1e4, None, "人"),), counted=True)


def round_neighbours(rng: random.Random) -> Iterator[Case]:
    """Two round Arabic numbers typed side by side (20、30人, 100、200元, 20、30万吨) are the one range 二三十人 is,
    never two exact figures; after 分别 they are a list, each its own figure."""
    d = rng.randint(1, 8)
    zeros = rng.randint(1, 3)
    mag, f = rng.choice([("", 1), ("", 1), ("万", 1e4)])
    m = rng.choice(["人", "元", "家", "吨", "户"])
    lo, hi = d * 10 ** zeros, (d + 1) * 10 ** zeros
    yield Case("round_neighbours", f"每批{lo}、{hi}{mag}{m}", (Want(lo * f, hi * f, m),), counted=True)
    yield Case("round_neighbours.list", f"两地分别新增{lo}、{hi}{mag}{m}", (Want(lo * f, None, m), Want(hi * f, None, m)),
               counted=True)


def macau_money(rng: random.Random) -> Iterator[Case]:
    """The pataca by either name (澳门元, 澳门币), after the amount or before it, is its own currency, never
    renminbi (澳门元3000元 is 3000 澳门元); 澳元 stays the Australian dollar; a dollar sign after letters is the
    dollar they name (MOP$200 澳门元, NT$300 新台币, never 美元)."""
    v = rng.randint(1, 9999)
    mag, f = rng.choice([("", 1), ("万", 1e4), ("亿", 1e8)])
    name = rng.choice(["澳门元", "澳门币"])
    yield Case("macau", f"募集{v}{mag}{name}", (Want(v * f, None, "澳门元"),), counted=True)
    yield Case("macau.before", f"募集{name}{v}{mag}元", (Want(v * f, None, "澳门元"),), counted=True)
    yield Case("macau.aud", f"对澳出口{v}{mag}澳元", (Want(v * f, None, "澳元"),), counted=True)
    sign, measure = rng.choice([("MOP$", "澳门元"), ("NT$", "新台币"), ("HK$", "港元"), ("US$", "美元")])
    yield Case("macau.sign", f"票价{sign}{v}", (Want(v, None, measure),), counted=True)


# 千把人 is about 1000 (test_numforms22), no vague amount
VAGUE_11 = ["几十万人参加", "数以万计的游客", "成百上千的人", "上万人参加", "数十家企业参展"]


def vague_words(rng: random.Random) -> Iterator[Case]:
    """Words of about, more and some around a number, drawn afresh: 十几个 (11–19), 万余 and 十余万 (at least),
    近万 (about), 1万多 (at least), 两三千 and 七八十 and 一二百 (ranges of neighbours), 百余 (at least); and
    none for 几十万, 数以万计, 成百上千, 上万."""
    d = rng.randint(2, 8)
    forms = [
        ("十几个", (Want(11, 19, "个", "approx"),)),
        ("万余元", (Want(1e4, None, "元", "lower_bound"),)),
        (f"{PLAIN[d]}十余万人", (Want(d * 1e5, None, "人", "lower_bound"),)),
        ("近万人", (Want(1e4, None, "人", "approx"),)),
        (f"{d}万多人", (Want(d * 1e4, None, "人", "lower_bound"),)),
        (f"{PLAIN[d]}{PLAIN[d + 1]}千人", (Want(d * 1e3, (d + 1) * 1e3, "人"),)),
        (f"{PLAIN[d]}{PLAIN[d + 1]}十人", (Want(d * 10, (d + 1) * 10, "人"),)),
        ("一二百人", (Want(100, 200, "人"),)),
        ("百余人", (Want(100, None, "人", "lower_bound"),)),
    ]
    text, want = rng.choice(forms)
    yield Case("vague_word", f"现场来了{text}", want, counted=True)
    yield Case("vague_word.none", rng.choice(VAGUE_11), ())


def shares_11(rng: random.Random) -> Iterator[Case]:
    """Shares as readers elsewhere test them: 两成 and 三成五 (tenths: 20 %, 35 %), 七折 and 八五折 (70 %, 85 %),
    翻一番 and 翻两番 (1 and 2 番), 0.5‰, 5‱, 百分之百 (100 %), 100%以上 (at least);
    三分之一强 (a third and more, no finite percent) and 1/3 give no figure but the sentence's own."""
    d, e = rng.randint(1, 9), rng.randint(1, 9)
    if e == d + 1:
        e = d  # 八九折 is the range 80–90 % by numerals.yaml tenths_before (89 % as often): not asserted here
    n = rng.randint(2, 99)
    forms = [
        (f"占比{chinese(d, rng, two='两')}成", (Want(d * 10, None, "%"),)),
        (f"占比{PLAIN[d]}成{PLAIN[e]}", (Want(d * 10 + e, None, "%"),)),
        (f"商品打{PLAIN[max(d, 2)]}折", (Want(max(d, 2) * 10, None, "%"),)),  # 打一折 may be 打一 折: not asserted
        (f"商品{PLAIN[d]}{PLAIN[e]}折销售", (Want(d * 10 + e, None, "%"),)),
        (f"经济总量翻{rng.choice(['一', '两'])}番", ()),
        (f"死亡率0.{d}‰", (Want(d / 10, None, "‰"),)),
        (f"比例为{d}‱", (Want(d, None, "‱"),)),
        ("完成率百分之百", (Want(100, None, "%"),)),
        (f"增长{d}00%以上", (Want(d * 100, None, "%", "lower_bound"),)),
    ]
    text, want = rng.choice(forms)
    if text.startswith("经济总量翻"):
        yield Case("share11.double", text, (Want(1.0 if "一" in text else 2.0, None, "番"),), counted=True)
    else:
        yield Case("share11", text, want, counted=True)
    yield Case("share11.third", rng.choice(["占三分之一强", "占比1/3", "约占三分之一强的份额"]) + f"，新建学校{n}所",
               (Want(n, None, "所"),), counted=True)


def calendar_words(rng: random.Random) -> Iterator[Case]:
    """Quarters, fiscal years, clock times, lunar dates, dated events and shopping days (一季度, 第1季度,
    2025年度, 上午9时30分, 9:30, 农历正月初五, 5·12, 3.15, 双11, 618) are no quantity: the sentence's own
    figure stays its one figure."""
    n = rng.randint(2, 99)
    h, mi = rng.randint(1, 11), rng.choice([10, 15, 30, 45])
    q = rng.randint(1, 4)
    words = [f"{PLAIN[q]}季度", f"第{q}季度", f"第{PLAIN[q]}季度", f"{rng.randint(2015, 2026)}年度",
             f"上午{h}时{mi}分", f"{h}:{mi}", f"农历正月初{PLAIN[rng.randint(1, 9)]}", "5·12地震后", "3.15晚会上",
             "双11当天", "618大促期间", "双十一当天"]
    yield Case("calendar", f"{rng.choice(words)}，全市新增企业{n}家", (Want(n, None, "家"),), counted=True)


UNITS_11 = ["平方公里", "km²", "亩", "公顷", "吨", "万吨", "千瓦时", "kWh", "立方米", "m³", "辆", "台", "套", "座",
            "所", "家", "户", "人次", "万人次"]


def unit_words(rng: random.Random) -> Iterator[Case]:
    """Amounts in the units statistics write (平方公里, km², 亩, 公顷, 万吨, 千瓦时, kWh, 立方米, m³, 辆, 台, 套, 座,
    所, 家, 户, 人次), money with 万元 per head, visit, square metre, kWh or cubic metre (1.5万元/人, 3万元/平方米,
    300元/人次 never 元/人): the value in its unit."""
    v = rng.choice([rng.randint(2, 9999), rng.randint(11, 999) / 10])
    unit = rng.choice(UNITS_11)
    f = 1e4 if unit.startswith("万") else 1
    measure = unit[1:] if unit.startswith("万") else unit
    yield Case("unit_word", f"全年完成{arabic(v)}{unit}", (Want(float(f"{v * f:.15g}"), None, measure),), counted=True)
    per = rng.choice(["人", "平方米", "人次", "千瓦时", "立方米"])
    yield Case("unit_word.per", f"均价{arabic(v)}万元/{per}", (Want(float(f"{v * 1e4:.15g}"), None, f"元/{per}"),),
               counted=True)


# -- twelfth round: decimal commas, shortened tails, scores, changes, time words, plates, halves ----------


DECIMAL_MARKS = ["，", "，", "，", "：", ":", "‚", "﹐", "¸", "､"]


def decimal_commas(rng: random.Random) -> Iterator[Case]:
    """A decimal point typed or scanned as a full-width comma or as another comma of OCR (增长3，5%, 投资0，8亿元,
    提高1，25个百分点, 3‚5%, 3﹐5%, 3¸5%, 3､5%), a ratio's colon (比例为3：5万人) and points glued into one run
    (12.3456.7%): no sure number (3.5 %, a clause ending in 3, a ratio), never the digits after the mark alone
    (5%); the sentence's other figure stays. Neighbours typed with a comma (5，6万人) stay their one range, and
    a half-width comma before a group of three its thousands mark (3,500元)."""
    a = rng.randint(0, 99)
    b = rng.choice([str(rng.randint(1, 9)), str(rng.randint(10, 99)), f"{rng.randint(1, 9)}.{rng.randint(1, 9)}"])
    unit = rng.choice(["%", "亿元", "万人", "个百分点", "倍", "万吨", "元", "家"])
    n = rng.randint(2, 99)
    verb = rng.choice(["同比增长", "比上年下降", "投资", "全年完成", "提高"])
    mark = rng.choice(DECIMAL_MARKS)
    if b == str(a + 1):  # 6，7万吨 is the neighbours' range below, not a decimal typed with a comma
        b += str(rng.randint(1, 9))
    yield Case("decimal_comma", f"{verb}{a}{mark}{b}{unit}", ())
    yield Case("decimal_comma.sentence", f"增速为{a}{mark}{b}{unit}，新建学校{n}所", (Want(n, None, "所"),), counted=True)
    glued = f"{a}.{rng.randint(1000, 9999)}.{rng.randint(1, 9)}"
    yield Case("decimal_comma.glued", f"{verb}{glued}{unit}，新建学校{n}所", (Want(n, None, "所"),), counted=True)
    d = rng.randint(1, 8)
    yield Case("decimal_comma.neighbours", f"全市约有{d}，{d + 1}万人参加", (Want(d * 1e4, (d + 1) * 1e4, "人"),),
               counted=True)
    v, tail = rng.randint(1, 99), rng.randint(0, 999)
    yield Case("decimal_comma.group", f"收入{v},{tail:03d}元", (Want(v * 1000 + tail, None, "元"),), counted=True)


def mixed_points(rng: random.Random) -> Iterator[Case]:
    """One decimal written half in Chinese and half in Arabic digits (增长三点5%, 投资十二点5亿元, 百分之三点5, 增长3点五%):
    no sure number, never the digits after the point alone (5%, 五%) nor the numeral before it (百分之三); the sentence's
    other figure stays. Each way alone reads (三点五% = 3.5 %, 3点5% = 3.5 %, 百分之3点5 = 3.5 %)."""
    w, f = rng.randint(1, 19), rng.randint(1, 9)
    unit = rng.choice(["%", "亿元", "万人", "个百分点", "倍", "万吨"])
    n = rng.randint(2, 99)
    text = rng.choice([f"增长{chinese(w, rng)}点{f}{unit}", f"增长{w}点{PLAIN[f]}{unit}",
                       f"比重为百分之{chinese(w, rng)}点{f}"])
    yield Case("mixed_point", text, ())
    yield Case("mixed_point.sentence", f"{text}，新建学校{n}所", (Want(n, None, "所"),), counted=True)
    value = float(f"{w}.{f}")
    written, want = rng.choice([(f"增长{chinese(w, rng)}点{PLAIN[f]}%", Want(value, None, "%")),
                                (f"增长{w}点{f}%", Want(value, None, "%")),
                                (f"比重为百分之{w}点{f}", Want(value, None, "%"))])
    yield Case("mixed_point.one_way", written, (want,), counted=True)


def mixed_digits(rng: random.Random) -> Iterator[Case]:
    """Arabic digits right after a Chinese numeral's place or magnitude (三万5千元, 二十5万元, 一百5十万元, 十万8千人) or a
    0 right after a Chinese digit (三0万元): no sure number, never the Arabic part alone (5千元, 5万元, 0万元); the
    sentence's other figure stays. Arabic first (3万五千元 = 35000) reads whole, and one Chinese digit ending a word
    before Arabic digits (周一5家) leaves them their figure."""
    d, e = rng.randint(1, 9), rng.randint(1, 9)
    m = rng.choice(["元", "人", "吨", "户"])
    text = rng.choice([f"{chinese(d, rng, two='两')}万{e}千{m}", f"{PLAIN[d]}十{e}万{m}", f"{PLAIN[d]}百{e}十万{m}",
                       f"{PLAIN[d]}0万{m}", f"{PLAIN[d]}00{m}", f"{chinese(d, rng, two='两')}万{e}{m}"])
    n = rng.randint(2, 99)
    yield Case("mixed_digits", f"全年共计{text}，新建学校{n}所", (Want(n, None, "所"),), counted=True)
    yield Case("mixed_digits.arabic_first", f"全年共计{d}万{PLAIN[e]}千{m}", (Want(d * 1e4 + e * 1e3, None, m),),
               counted=True)
    day = rng.choice(["周一", "周三", "星期二", "初三"])
    yield Case("mixed_digits.word", f"{day}{n}家企业复工", (Want(n, None, "家"),), counted=True)


LIST_MARKS = ["①②③④⑤⑥⑦⑧⑨⑩", "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽", "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩", "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑", "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"]


def list_marks(rng: random.Random) -> Iterator[Case]:
    """Marks that number the items of a list or a grade (①, ⑵, ㈢, ⒋, Ⅲ, （一）, (2), 3、, 4.) and Roman
    numerals before a grade or a phase (Ⅲ级响应, Ⅱ期工程): no figure; the item's own figure stays its one figure."""
    k = rng.randint(0, 9)
    mark = rng.choice([rng.choice(LIST_MARKS)[k], f"（{PLAIN[k] if k else '十'}）", f"({k + 1})", f"{k + 1}、", f"{k + 1}."])
    n = rng.randint(2, 99)
    yield Case("list_mark", f"{mark}新建学校{n}所", (Want(n, None, "所"),), counted=True)
    roman = LIST_MARKS[-1][rng.randint(0, 4)]
    grade = rng.choice(["级响应", "期工程", "类地区"])
    yield Case("list_mark.grade", f"{roman}{grade}，新建学校{n}所", (Want(n, None, "所"),), counted=True)


SHORT_PLACES = [("百", 100, "十"), ("千", 1000, "百"), ("万", 1e4, "千"), ("亿", 1e8, "千万")]


def shortened_tails(rng: random.Random) -> Iterator[Case]:
    """A round number shortened by its next digit (一万二 = 12000, 三千五 = 3500, 两百五 = 250, 一亿二 = 1.2亿),
    with a measure word after it and written out in full (一万二千元): its value; as yuan after a word of pay
    (月薪一万二); no figure where nothing names its unit (游客一万二, 一万二的投资)."""
    d1, d2 = rng.randint(1, 9), rng.randint(1, 9)
    place, f, below = rng.choice(SHORT_PLACES)
    head = PLAIN[d1] if d1 != 2 else rng.choice(["两", "二"])
    written = f"{head}{place}{PLAIN[d2]}"
    value = d1 * f + d2 * f / 10
    m = rng.choice(["元", "人", "吨", "户"])
    yield Case("shortened_tail", f"全年共计{written}{m}", (Want(value, None, m),), counted=True)
    yield Case("shortened_tail.full", f"全年共计{written}{below}{m}", (Want(value, None, m),), counted=True)
    if f <= 1e4:
        pay = rng.choice(["月薪", "年薪", "底薪", "工资"])
        yield Case("shortened_tail.pay", f"{pay}{written}，", (Want(value, None, "元"),), counted=True)
    n = rng.randint(2, 99)
    yield Case("shortened_tail.none", f"{rng.choice(['游客', '今年来了', '大概'])}{written}，新建学校{n}所",
               (Want(n, None, "所"),), counted=True)
    yield Case("shortened_tail.none", f"{written}的{rng.choice(['投资', '规模', '月薪'])}不算高", ())


def scores_and_ratios(rng: random.Random) -> Iterator[Case]:
    """Scores and ratios (比分为3:1, 以3比1获胜, 最终2∶0战胜对手, 两队战成2-2, 男女比例为1:1.2, 师生比为1:15,
    按2:3的比例配套, 以四比零取胜): no figure, the sentence's own figure stays."""
    a, b = rng.randint(0, 8), rng.randint(0, 9)
    text = rng.choice([f"比分为{a}:{b}", f"以{a}比{b}获胜", f"最终{a}∶{b}战胜对手", f"两队战成{a}-{a}",
                       f"男女比例为1:{rng.randint(11, 19) / 10}", f"师生比为1:{rng.randint(10, 20)}",
                       f"按{a + 1}:{b + 1}的比例配套", f"以{PLAIN[a + 1]}比{PLAIN[b]}取胜", f"总比分{a}：{b}"])
    n = rng.randint(2, 99)
    yield Case("score_ratio", text, ())
    yield Case("score_ratio.sentence", f"{text}，新建学校{n}所", (Want(n, None, "所"),), counted=True)


def change_words(rng: random.Random) -> Iterator[Case]:
    """Changes as GUIDE counts them: 增长了一倍 (1 倍), 增长两倍半 (2.5 倍), 增长了三点五倍, 翻了一番 (1 番),
    翻两番 (2 番), 下降三成 (30 %), 减少三成五 (35 %), 提高零点五个百分点; and 减少一半, 减半, 增加了一些, 大幅下降,
    下降了一大半: no figure."""
    d, e = rng.randint(1, 9), rng.randint(1, 9)
    forms = [
        (f"收入增长了{chinese(d, rng, two='两')}倍", (Want(d, None, "倍"),)),
        (f"收入增长{chinese(d, rng, two='两')}倍半", (Want(d + 0.5, None, "倍"),)),
        (f"收入增长了{PLAIN[d]}点{PLAIN[e]}倍", (Want(d + e / 10, None, "倍"),)),
        ("经济总量翻了一番", (Want(1, None, "番"),)),
        ("经济总量翻两番", (Want(2, None, "番"),)),
        (f"成本下降{PLAIN[d]}成", (Want(d * 10, None, "%"),)),
        (f"成本减少{PLAIN[d]}成{PLAIN[e]}", (Want(d * 10 + e, None, "%"),)),
        (f"比重提高零点{PLAIN[e]}个百分点", (Want(e / 10, None, "百分点"),)),
        (rng.choice(["成本减少一半", "事故数减半", "收入增加了一些", "人数大幅下降", "价格下降了一大半"]), ()),
    ]
    text, want = rng.choice(forms)
    yield Case("change_word", text, want, counted=True)


def time_words(rng: random.Random) -> Iterator[Case]:
    """What time-expression parsers read and a figure reader must not (GUIDE "dates and clock times"):
    下午三点半, 3点15分, 早上八点到十点, 二十号, 大年三十, 正月初八, 九十年代, 90后, 上世纪80年代, 21世纪, 周三,
    2023.5.1, 23/24赛季, 二〇二三年, 晚上8点, and spans of the clock (8:00-18:00, 上午8时至9时, 每天8点到16点): no
    figure; the sentence's own figure stays."""
    h, mi = rng.randint(1, 11), rng.choice([10, 15, 20, 45])
    d = rng.randint(1, 28)
    y = rng.randint(2000, 2030)
    cn_year = "".join("〇一二三四五六七八九"[int(c)] for c in str(y))
    text = rng.choice([
        f"下午{chinese(h, rng)}点半", f"{h}点{mi}分", f"早上{PLAIN[min(h, 9)]}点到十点", f"{chinese(d, rng)}号",
        f"{d}号当天", "大年三十", f"正月初{PLAIN[rng.randint(1, 9)]}", f"{PLAIN[rng.randint(5, 9)]}十年代",
        f"{rng.choice(['70', '80', '90', '00'])}后", f"上世纪{rng.choice([50, 60, 70, 80, 90])}年代",
        f"{rng.randint(19, 21)}世纪", f"周{PLAIN[rng.randint(1, 6)]}", f"{y}.{rng.randint(1, 12)}.{d}",
        f"{y % 100:02d}/{(y + 1) % 100:02d}赛季", f"{cn_year}年", f"{y}/{(y + 1) % 100:02d}赛季", f"晚上{h}点",
        f"开放时间{h}:00-{h + 8}:{mi}", f"上午{h}时至{h + 1}时", f"每天{h}点到{h + 8}点", f"{h}:{mi}—{h + 2}:{mi}受理"])
    n = rng.randint(2, 99)
    yield Case("time_word", text, ())
    yield Case("time_word.sentence", f"{text}，新建学校{n}所", (Want(n, None, "所"),), counted=True)


PLATES = ["车牌渝A{k}", "车牌京A{k}", "邮编{p}", "邮政编码{p}", "身份证号{i}", "G{g}国道", "S{g}省道", "沿G{g2}高速",
          "{a}A级景区", "{a}D打印", "{a}号线", "COVID-19", "{a}G网络", "{a}K高清", "{a}级地震", "{a}级大风", "{a}星级酒店",
          "iPhone {a}", "Windows {a}", "{a}号文件", "{a}号楼{a}单元", "{a}楼{a}号"]


def plates_and_roads(rng: random.Random) -> Iterator[Case]:
    """Plates, postcodes, ID numbers, roads (G318国道, S201省道), grades (4A级景区, 5级大风, 五星级酒店), versions
    and addresses (iPhone 15, 3号楼2单元): no figure (GUIDE "identifiers"); the sentence's own one stays."""
    ident = (f"{rng.randint(110000, 650000)}{rng.randint(1960, 2010)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
             f"{rng.randint(100, 999)}{rng.choice('0123456789X')}")
    text = rng.choice(PLATES).format(k=rng.randint(10000, 99999), p=rng.randint(100000, 850000), i=ident,
                                     g=rng.randint(101, 399), g2=rng.randint(1, 99), a=rng.randint(2, 9))
    n = rng.randint(2, 99)
    yield Case("plate", text, ())
    yield Case("plate.sentence", f"{text}附近新建学校{n}所", (Want(n, None, "所"),), counted=True)


HALF_UNITS = ["斤", "公里", "年", "小时", "米", "吨", "公斤", "天", "岁"]


def halves(rng: random.Random) -> Iterator[Case]:
    """A half after the measure word (一斤半, 两公里半, 3岁半, 五吨半 = n + 0.5) and after 个 (两个半小时, 一个半月):
    the value in that unit; 半价, 半数以上, 大半个, 一半以上 no figure."""
    n = rng.randint(1, 9)
    unit = rng.choice(HALF_UNITS)
    num = rng.choice([str(n), chinese(n, rng, two="两")])
    yield Case("half", f"全程{num}{unit}半", (Want(n + 0.5, None, unit),), counted=True)
    unit2 = rng.choice(["小时", "月"])
    yield Case("half.ge", f"历时{chinese(n, rng, two='两')}个半{unit2}",
               (Want(n + 0.5, None, "小时" if unit2 == "小时" else "个月"),), counted=True)
    yield Case("half.none", rng.choice(["商品半价出售", "半数以上", "大半个中国", "一半以上的企业"]), ())


RATE_TAILS = [("%", "%"), ("个百分点", "百分点"), ("倍", "倍")]


def han_commas(rng: random.Random) -> Iterator[Case]:
    """A decimal point typed as a comma between Chinese numerals before a rate (增长三，五%, 提高一，二个百分点,
    增长二，五倍): no sure number, never the digit after the comma alone (五%); the sentence's other figure stays.
    A count or tenths after 之一， (是十强之一，五家企业入选, 之一，五成企业) is a new clause's own and stays."""
    a, b = rng.randint(1, 19), rng.randint(1, 9)
    word, _ = rng.choice(RATE_TAILS)
    verb = rng.choice(["增长", "同比增长", "比上年下降", "提高", "回落"])
    n = rng.randint(2, 99)
    text = f"{verb}{chinese(a, rng)}，{PLAIN[b]}{word}"
    yield Case("han_comma", text, ())
    yield Case("han_comma.sentence", f"{text}，新建学校{n}所", (Want(n, None, "所"),), counted=True)
    m, c = rng.choice(["家", "所", "个", "成"]), rng.randint(3, 9)  # 之一，二成: neighbours 一，二, left as none
    want = Want(c * 10, None, "%") if m == "成" else Want(c, None, m)
    yield Case("han_comma.clause", f"是全省十强之一，{PLAIN[c]}{m}企业入选", (want,), counted=True)


LABELS = ["表", "图", "附表", "附图", "专栏", "附件"]


def label_colons(rng: random.Random) -> Iterator[Case]:
    """A table's or a figure's number before a colon (表1：12家企业, 图3:增长5%, 附表2：新增学校12所): a label,
    no hour of a clock (9：30) nor a ratio's first term; the figure after the colon is read on its own."""
    k, n = rng.randint(1, 12), rng.randint(10, 59)
    label, colon = rng.choice(LABELS), rng.choice(["：", ":"])
    m = rng.choice(["家", "所", "个", "人"])
    yield Case("label_colon", f"{label}{k}{colon}{n}{m}企业名单", (Want(n, None, m),), counted=True)
    p = rng.randint(2, 30) / 10
    yield Case("label_colon.rate", f"{label}{k}{colon}增长{p}%", (Want(p, None, "%"),), counted=True)
    yield Case("label_colon.clock", f"上午{k % 12 + 1}{colon}{n}开幕，新建学校{k + 1}所", (Want(k + 1, None, "所"),),
               counted=True)


def open_plus(rng: random.Random) -> Iterator[Case]:
    """A plus sign after a figure's measure word with no term after it (完成率90%+, 增长10%+。, 好评率达98%+，…)
    is "or more": a lower bound with the sign in its quote; a sum (3000元+绩效, 5%+3%) stays exact, and a number
    with no measure word (10万+, 1+3+X) gives none."""
    p = rng.randint(50, 99)
    end = rng.choice(["", "。", "，新建学校12所"])
    want = (Want(p, None, "%", "lower_bound"),) + ((Want(12, None, "所"),) if "所" in end else ())
    yield Case("open_plus", f"{rng.choice(['完成率', '覆盖率达', '好评率'])}{p}%+{end}", want, counted=True)
    n = rng.randint(2, 9) * 1000
    yield Case("open_plus.sum", f"月薪{n}元+绩效", (Want(n, None, "元", "exact"),), counted=True)
    yield Case("open_plus.pay", f"年薪{n // 100}万+{end}", (Want(n // 100 * 1e4, None, "元", "lower_bound"),) + want[1:],
               counted=True)
    yield Case("open_plus.bare", rng.choice(["阅读量10万+", "粉丝100万+", "1+3+X", "5G+应用"]), ())


PER_PEOPLE = [("张/千人", 1, "床位"), ("人/千人", 1, "执业医师"), ("名/千人", 1, "护士"), ("人/万人", 1, "全科医生"),
              ("张/万人", 1, "床位"), ("人次/日", 10**4, "客流"), ("人次/天", 10**4, "接待游客")]


def per_people(rng: random.Random) -> Iterator[Case]:
    """A count per thousand or ten thousand people and a flow per day (床位6.8张/千人, 全科医生3.5人/万人,
    客流3万人次/日): the whole rate is the measure (GUIDE: rates keep their base), never 6.8 张 alone."""
    measure, mag, head = rng.choice(PER_PEOPLE)
    x = rng.randint(11, 99) / 10
    written = f"{x}万" if mag > 1 else f"{x}"
    yield Case("per_people", f"全市{head}{written}{measure}", (Want(x * mag, None, measure),), counted=True)


PRICE_RATES = [("时薪", "元/小时"), ("收费", "元/次"), ("每晚", "元/晚"), ("单价", "元/件"), ("租金", "元/台"),
               ("补贴", "元/户"), ("周薪", "元/周"), ("工本费", "元/张")]


def price_rates(rng: random.Random) -> Iterator[Case]:
    """A price per hour, per time, per piece or per night (时薪25元/小时, 收费20元/次, 每晚300元/晚): the whole
    rate is the measure, never 25 元 with its base dropped."""
    head, measure = rng.choice(PRICE_RATES)
    n = rng.randint(5, 500)
    yield Case("price_rate", f"{head}{n}{measure}", (Want(n, None, measure),), counted=True)


def old_money(rng: random.Random) -> Iterator[Case]:
    """大洋 (old silver dollars: 奖金100大洋) is no count of 大 (五大工程 is): no figure; the sentence's own stays."""
    n = rng.randint(2, 999)
    yield Case("old_money", f"当年奖金{n}大洋，新建学校{n + 1}所", (Want(n + 1, None, "所"),), counted=True)



def counted_magnitudes(rng: random.Random) -> Iterator[Case]:
    """个 between a number and its magnitude (投资两个亿元 = 2亿 元, 三个多亿元 a lower bound); with no unit after
    it (投资两个亿) no figure, as 投资2亿 gives none; a household named by its wealth (两个万元户) and a class of
    projects (30个亿元项目: 30 projects) are no sum of money."""
    d = rng.randint(1, 9)
    n = chinese(d, rng, two="两") if d > 1 else rng.choice(["一", "1"])
    k = rng.randint(2, 99)
    verb = rng.choice(["投资", "筹资", "总投资", "完成投资"])
    yield Case("counted_mag", f"{verb}{n}个亿元，新建学校{k}所", (Want(d * 1e8, None, "元"), Want(k, None, "所")),
               counted=True)
    yield Case("counted_mag.more", f"{verb}{n}个多亿元", (Want(d * 1e8, None, "元", "lower_bound"),), counted=True)
    yield Case("counted_mag.bare", f"{verb}{n}个亿，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("counted_mag.class", rng.choice([f"村里出了{n}个万元户，新建学校{k}所", f"签约{k}个亿元项目，新建学校{k}所"]),
               (Want(k, None, "所"),), counted=True)

SPAN_UNITS = [("小时", "分钟", 59), ("小时", "分", 59), ("个小时", "分钟", 59), ("天", "小时", 23), ("年", "个月", 11),
              ("个月", "天", 29), ("分钟", "秒", 59), ("分", "秒", 59), ("周", "天", 6)]


def compound_spans(rng: random.Random) -> Iterator[Case]:
    """A span of time in two units (3小时15分, 三小时二十分钟, 1年3个月, 两年零三个月, 5分30秒), as time-expression
    parsers read it: one duration, and each part alone a partial value; no figure, the sentence's own stays. The same
    units apart (用时3小时，15分钟后抵达) stay two durations."""
    big, small, top = rng.choice(SPAN_UNITS)
    a, b = rng.randint(1, 12), rng.randint(1, top)
    zero = "零" if rng.random() < 0.3 else ""
    a_w, b_w = rng.choice([(str(a), str(b)), (chinese(a, rng, two="两"), chinese(b, rng, two="两"))])
    k = rng.randint(2, 99)
    yield Case("compound_span", f"全程历时{a_w}{big}{zero}{b_w}{small}，新建学校{k}所", (Want(k, None, "所"),),
               counted=True)


GROUP_SPACES = [" ", "\u00a0", "\u2009", "\u202f", "\u2007", "\u2008", "\u200a", "\u2005"]


def group_spaces(rng: random.Random) -> Iterator[Case]:
    """Groups of three digits set apart by a space of any width (12 345元, 12\u202f345元, 1\u2009234\u2009567人:
    the thin, narrow no-break, figure and hair spaces of typeset text): one number, never its last group alone.
    Three digits, a gap and one group of three glued to a word (共计552 425元) may be read or not: two cells of a row
    run together so, and the layout makes such a run unreadable rather than risk a wrong value (layout
    `_DOUBTFUL_RUN`); it was drawn about once in 130 seeds and failed the whole suite now and then."""
    n = rng.randint(10**4, 10**8)
    sp = rng.choice(GROUP_SPACES)
    m = rng.choice(["元", "人", "吨"])
    text = f"全年共计{f'{n:,}'.replace(',', sp)}{m}"
    if 10**5 <= n < 10**6:
        yield Case("group_space", text, (Want(n, None, m),), either=True)
    else:
        yield Case("group_space", text, (Want(n, None, m),), counted=True)


BOUND_FORMS = [("{n}{mag}多{m}", "lower_bound"), ("{n}多{mag}{m}", "lower_bound"), ("{n}{mag}余{m}", "lower_bound"),
               ("{n}余{mag}{m}", "lower_bound"), ("{n}{mag}{m}左右", "approx"), ("约{n}{mag}{m}", "approx"),
               ("{n}{mag}{m}以上", "lower_bound"), ("近{n}{mag}{m}", "approx"), ("{n}{mag}{m}以下", "upper_bound"),
               ("超过{n}{mag}{m}", "lower_bound")]


def bound_positions(rng: random.Random) -> Iterator[Case]:
    """A bound word in every position round a magnitude and its measure (3万多元, 三十多万元, 30余万元, 1亿元左右,
    约3千人, 近百万元, 5000万元以上): the round value with its qualifier (GUIDE: 余/多 lower_bound, 左右/约/近 approx)."""
    form, qual = rng.choice(BOUND_FORMS)
    mag, f = rng.choice([("万", 10**4), ("亿", 10**8), ("千", 1000)])
    d = rng.randint(1, 9) * (10 if "{n}多" in form or "{n}余" in form else 1)  # 三十多万元: 多 after a round number
    n = rng.choice([str(d), chinese(d, rng, two="两")])
    m = rng.choice(["元", "人", "吨"])
    yield Case("bound_position", f"全年共计{form.format(n=n, mag=mag, m=m)}", (Want(d * f, None, m, qual),),
               counted=True)


POINT_HEADS = ["共", "约", "仅", "达", "为", "增加", "提高", "下降"]


def bare_points(rng: random.Random) -> Iterator[Case]:
    """点 with digits after it and no whole before it (共点五吨, 提高约点五个百分点): a decimal spoken without its
    whole, 0.5, never the digits after the point alone (5 吨); no figure. Where 点 ends a word (重点五项工程, 试点五个县)
    the digits after it are a count and stay."""
    d = rng.randint(1, 9)
    m = rng.choice(["吨", "个百分点", "倍", "米", "公斤"])
    k = rng.randint(2, 99)
    yield Case("bare_point", f"全年{rng.choice(POINT_HEADS)}点{PLAIN[d]}{m}，新建学校{k}所", (Want(k, None, "所"),),
               counted=True)
    word, m2 = rng.choice([("重点", "项"), ("试点", "个"), ("亮点", "大"), ("要点", "条")])
    yield Case("bare_point.word", f"{word}{PLAIN[d]}{m2}工作", (Want(d, None, m2),), counted=True)


def counted_more(rng: random.Random) -> Iterator[Case]:
    """A bound word and then a counter between a number and its magnitude (投资二十多个亿元, 三十余个亿, 十来个亿元):
    an amount spoken loosely, never a count of 20 个; no figure (the lower bound 20亿 would do, no figure is
    safer); the sentence's own figure stays."""
    t = rng.randint(1, 9) * 10
    n = rng.choice([chinese(t, rng), str(t)])
    word = rng.choice(["多", "余", "来"])
    k = rng.randint(2, 99)
    yield Case("counted_more", f"{rng.choice(['投资', '总投资', '筹资'])}{n}{word}个亿{rng.choice(['元', ''])}，"
               f"新建学校{k}所", (Want(k, None, "所"),), counted=True)


def percent_commas(rng: random.Random) -> Iterator[Case]:
    """A percent spoken in words with a comma typed for its point (增长百分之三，五; 百分之十二，五十，…; 千分之三，五) or
    a Latin point or middle dot (百分之十二.五): no sure figure, never 3 % alone. A count after the comma (百分之三，
    五个部门参与) is a new clause's: both stay."""
    a, b = rng.randint(1, 30), rng.randint(1, 9)
    k = rng.randint(2, 99)
    verb = rng.choice(["增长", "占比", "下降", "提高"])
    yield Case("percent_comma", f"{verb}百分之{chinese(a, rng)}，{PLAIN[b]}，新建学校{k}所", (Want(k, None, "所"),),
               counted=True)
    tail = chinese(b * rng.choice([1, 10]), rng)
    yield Case("percent_comma.end", f"{verb}{rng.choice(['百', '千'])}分之{chinese(a, rng)}，{tail}", ())
    yield Case("percent_comma.dot", f"{verb}百分之{chinese(a, rng)}{rng.choice('.．·')}{PLAIN[b]}", ())
    m, c = rng.choice(["个", "家", "所"]), rng.randint(2, 9)  # 一家 is as often "a" as one
    yield Case("percent_comma.clause", f"{verb}百分之{chinese(a, rng)}，{PLAIN[c]}{m}部门参与",
               (Want(a, None, "%"), Want(c, None, m)), counted=True)


LABEL_UNITS = [("金额", "万元", "元", 1e4), ("投资额", "亿元", "元", 1e8), ("产值", "万元", "元", 1e4),
               ("人数", "万人", "人", 1e4), ("产量", "万吨", "吨", 1e4)]


def label_units(rng: random.Random) -> Iterator[Case]:
    """A label with its unit in brackets before a colon (金额（万元）：1200): the number after it with the label's
    magnitude is that amount (1200万元); a number written with the unit but not the magnitude (金额（万元）：1200元) says
    two things: no figure, never 1200 元."""
    label, unit, m, f = rng.choice(LABEL_UNITS)
    n = rng.randint(11, 9999)
    o, c = rng.choice([("（", "）"), ("(", ")")])
    colon = rng.choice(["：", ":"])
    k = rng.randint(2, 99)
    yield Case("label_unit", f"{label}{o}{unit}{c}{colon}{n}{m}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("label_unit.same", f"{label}{o}{unit}{c}{colon}{n}{unit}", (Want(n * f, None, m),), counted=True)


def yao_codes(rng: random.Random) -> Iterator[Case]:
    """幺 for one in codes read digit by digit (拨打幺幺零, 房间号幺零二, 编号幺二三): a code, no figure; the
    sentence's own figure stays."""
    code = "".join(rng.choice("幺二三四五六七八九零") for _ in range(rng.randint(2, 4)))
    code = "幺" + code[1:]
    k = rng.randint(2, 99)
    text = rng.choice([f"拨打{code}报警", f"房间号{code}", f"编号{code}", f"{code}号房间"])
    yield Case("yao_code", text, ())
    yield Case("yao_code.sentence", f"{text}，新建学校{k}所", (Want(k, None, "所"),), counted=True)


def clock_words(rng: random.Random) -> Iterator[Case]:
    """What a time parser owns: the clock (三点半, 十二点整, 五点过五分, 两点一刻, 三点钟, 九点三刻), days of the week and
    month (周三至周五, 三月五号, 五一假期), quarters and halves (一至三季度, 下半年) and plans (十五五规划, 十三五末): no
    figure; the sentence's own stays."""
    h = rng.randint(1, 12)
    hw = chinese(h, rng, two="两")
    text = rng.choice([f"{hw}点半", f"{hw}点整", f"{hw}点过{PLAIN[rng.randint(1, 9)]}分", f"{hw}点一刻", f"{hw}点钟",
                       f"{hw}点三刻", f"周{PLAIN[rng.randint(1, 5)]}至周六",
                       f"{chinese(h, rng)}月{chinese(rng.randint(1, 28), rng)}号", "五一假期",
                       f"一至{PLAIN[rng.randint(2, 3)]}季度",
                       rng.choice(["上半年", "下半年"]), "十五五规划", "十三五末", "十四五期间"])
    k = rng.randint(2, 99)
    yield Case("clock_word", text, ())
    yield Case("clock_word.sentence", f"{text}，新建学校{k}所", (Want(k, None, "所"),), counted=True)


WORD_BOUNDS = [("将近", "", "approx"), ("接近", "", "approx"), ("不到", "", "upper_bound"), ("不足", "", "upper_bound"),
               ("超过", "", "lower_bound"), ("逾", "", "lower_bound"), ("大约", "", "approx"), ("", "上下", "approx")]


def word_bounds(rng: random.Random) -> Iterator[Case]:
    """Bound words round a number in words and a share in words (将近两成, 不到百分之十, 超过三成五, 逾两千万元,
    三万人上下): the value with the qualifier GUIDE gives each word."""
    pre, post, q = rng.choice(WORD_BOUNDS)
    form = rng.choice(["cheng", "pct", "amount"])
    if form == "cheng":
        d = rng.randint(1, 9)
        written, value, m = chinese(d, rng, two="两") + "成", d * 10, "%"
    elif form == "pct":
        d = rng.randint(1, 99)
        written, value, m = "百分之" + chinese(d, rng), d, "%"
    else:
        d = rng.randint(1, 9)
        mag, f = rng.choice([("万", 1e4), ("千万", 1e7), ("亿", 1e8)])
        m = rng.choice(["元", "人", "吨"])
        written, value = chinese(d, rng, two="两") + mag + m, d * f
    yield Case("word_bound", f"全年{pre}{written}{post}", (Want(value, None, m, q),), counted=True)


def liang_slots(rng: random.Random) -> Iterator[Case]:
    """两 in every slot of a numeral (两千两百, 两万两千, 两亿两千万, 两点五万, 两成五, 两百零两): the same values as 二;
    never before 十 (两千零二十, not 两十, which the numerals reject as no way a number is written)."""
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    form = rng.choice([
        ("两千两百", 2200), ("两万两千", 22000), ("两亿两千万", 220000000), (f"两万{PLAIN[a]}千", 20000 + a * 1000),
        (f"{PLAIN[a]}千两百", a * 1000 + 200), ("两百零两", 202), ("两千零二十", 2020),
        (f"两点{PLAIN[b]}万", 20000 + b * 1000)])
    m = rng.choice(["元", "人", "吨"])
    yield Case("liang_slot", f"全年累计{form[0]}{m}", (Want(form[1], None, m),), counted=True)
    yield Case("liang_slot.cheng", f"两成{PLAIN[b]}企业", (Want(20 + b, None, "%"),), counted=True)


def word_ranges(rng: random.Random) -> Iterator[Case]:
    """Ranges whose ends are both in words (三至五万人, 三到五成, 百分之三十至四十, 七八成, 十七八万元, 五六十万元): low
    and high with the magnitude shared."""
    a = rng.randint(1, 7)
    b = a + rng.randint(1, 2)
    sep = rng.choice(["至", "到"])
    m = rng.choice(["人", "元", "吨"])
    mag, f = rng.choice([("万", 1e4), ("千", 1000), ("亿", 1e8)])
    yield Case("word_range", f"全年{PLAIN[a]}{sep}{PLAIN[b]}{mag}{m}", (Want(a * f, b * f, m),), counted=True)
    yield Case("word_range.cheng", f"约有{PLAIN[a]}{sep}{PLAIN[b]}成企业", (Want(a * 10, b * 10, "%"),), counted=True)
    yield Case("word_range.pct", f"占比百分之{chinese(a * 10, rng)}至{chinese(b * 10, rng)}",
               (Want(a * 10, b * 10, "%"),), counted=True)
    c = rng.randint(1, 8)
    yield Case("word_range.pair", f"共有{PLAIN[c]}{PLAIN[c + 1]}十{mag}{m}", (Want(c * 10 * f, (c + 1) * 10 * f, m),),
               counted=True)


def spoken_rates(rng: random.Random) -> Iterator[Case]:
    """Rates in words with 点 and sign (百分之十二点五, 千分之零点五, 万分之三点五, 负百分之二点五, 下降百分之零点三,
    三成五左右): the value as written, the minus of 负 kept, a falling verb's none added."""
    a, b = rng.randint(0, 30), rng.randint(1, 9)
    pre, m = rng.choice([("百分之", "%"), ("千分之", "‰"), ("万分之", "‱")])
    written = f"{pre}{chinese(a, rng) if a else '零'}点{PLAIN[b]}"
    value = a + b / 10
    yield Case("spoken_rate", f"全年增长{written}", (Want(value, None, m),), counted=True)
    yield Case("spoken_rate.neg", f"全年增长负{written}", (Want(-value, None, m),), counted=True)
    yield Case("spoken_rate.fall", f"全年下降{written}", (Want(value, None, m),), counted=True)


def circle_marks(rng: random.Random) -> Iterator[Case]:
    """A geometric circle (○ U+25CB, ◯ U+25EF) typed for the zero 〇 inside a numeral (二○五人, 三千○五十元,
    二○二四年): no figure, never the digits after it alone (5 人); a circle set apart as a mark leaves the
    sentence's own figure."""
    c = rng.choice("○◯")
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    y = rng.randint(2000, 2030)
    text = rng.choice([f"{PLAIN[a]}百{c}{PLAIN[b]}人", f"{PLAIN[a]}千{c}{PLAIN[b]}十元", f"{PLAIN[a]}{c}{PLAIN[b]}家",
                       "".join(PLAIN[int(d)] if d != "0" else c for d in str(y)) + "年"])
    k = rng.randint(2, 99)
    yield Case("circle_mark", text, ())
    yield Case("circle_mark.sentence", f"{text}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("circle_mark.apart", f"{c}表示达标，共{k}项", (Want(k, None, "项"),), counted=True)


def signed_shares(rng: random.Random) -> Iterator[Case]:
    """A sign before a share spoken as a fraction (负二分之一, 零下四分之一, -五分之二): negative, and the share's
    percent alone would lose the sign: no figure, never +50 %. 自负 (one's own share paid: 个人自负四分之一) is no
    sign: the share reads 25 %."""
    den, num, pct = rng.choice([(2, 1, 50), (4, 1, 25), (5, 2, 40), (4, 3, 75), (10, 3, 30)])
    sign = rng.choice(["负", "零下", "-", "－"])
    k = rng.randint(2, 99)
    yield Case("signed_share", f"增速为{sign}{chinese(den, rng)}分之{chinese(num, rng)}，新建学校{k}所",
               (Want(k, None, "所"),), counted=True)
    yield Case("signed_share.own", f"个人自负{chinese(den, rng)}分之{chinese(num, rng)}", (Want(pct, None, "%"),),
               either=True)


def mixed_zeros(rng: random.Random) -> Iterator[Case]:
    """The ideographic zero or a circle typed among Arabic digits (2〇24年, 1〇5人, 2○23年): one number's zero, never
    the digits after it alone (24 年, 5 人). A year so typed is no figure and the sentence's own stays; an amount
    reads whole (1〇5人 → 105 人, as an OCR'd page gives it) or not at all."""
    z = rng.choice("〇○◯")
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    k = rng.randint(2, 99)
    year = f"{rng.randint(2000, 2030)}年".replace("0", z, 1)
    yield Case("mixed_zero", f"{year}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    text, want = rng.choice([(f"全村{a}{z}{b}人", Want(a * 100 + b, None, "人")),
                             (f"投资{a}{z}{b}万元", Want((a * 100 + b) * 1e4, None, "元"))])
    yield Case("mixed_zero.amount", text, (want,), either=True)


def pair_years(rng: random.Random) -> Iterator[Case]:
    """一二年 and 二三年 are as often this century's years spoken digit by digit ('12, '23) as a range of years: no
    figure; 两三年 and 二三年来 are ranges of years."""
    k = rng.randint(2, 99)
    yield Case("pair_year", f"{rng.choice(['一二', '二三'])}年新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("pair_year.range", f"全市用了{rng.choice(['两三年', '二三年来'])}", (Want(2, 3, "年"),), counted=True)


MEASURE_PAIRS = [("斤", "两", 9), ("公斤", "克", 999), ("千克", "克", 999), ("公里", "米", 999), ("千米", "米", 999),
                 ("米", "厘米", 99), ("亩", "分", 9), ("吨", "公斤", 999), ("尺", "寸", 9), ("丈", "尺", 9)]


def compound_measures(rng: random.Random) -> Iterator[Case]:
    """A weight, length or area in two units of one dimension (三斤二两, 2公斤500克, 1公里200米, 五亩三分, 五尺三寸): one
    amount, each part alone a partial value: no figure, the sentence's own stays. A length of hundreds with a digit
    after 米 (三百米五, 300米5) is no height's tenth: none; 两米五 and 12米5 are."""
    big, small, top = rng.choice(MEASURE_PAIRS)
    a, b = rng.randint(1, 120), rng.randint(1, top)
    a_w, b_w = rng.choice([(str(a), str(b)), (chinese(a, rng, two="二"), chinese(b, rng, two="二"))])
    k = rng.randint(2, 99)
    yield Case("compound_measure", f"全年{a_w}{big}{b_w}{small}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    h = rng.randint(1, 9) * 100
    yield Case("compound_measure.metre", f"跑了{rng.choice([str(h), chinese(h, rng)])}米{rng.randint(1, 9)}，新建学校{k}所",
               (Want(k, None, "所"),), counted=True)
    d, e = rng.randint(1, 2), rng.randint(1, 9)
    yield Case("compound_measure.height", f"身高{PLAIN[d] if d == 1 else '两'}米{PLAIN[e]}", (Want(d + e / 10, None, "米"),),
               counted=True)



COUNT_WORDS = ["个", "只", "张", "包", "件", "瓶", "袋", "盒", "斤"]


def tenths_or_counts(rng: random.Random) -> Iterator[Case]:
    """One digit between a measure word of tenths (米 块 元 度 成 毛) and another measure word (一米八个子, 九块九包邮,
    三块五两斤, 体温三十八度五个小时, 5块5包邮, 两块八毛五个, 十三块九毛七盒): the tenth of the first (1.8 米, 9.9 元) or
    the count of the second (8 个, 9 包), and neither value is sure: no figure (9.9 元 allowed where 包邮 says a price),
    never 1 米 or 8 个. 一 there is a price's "one" (五块一斤 = 5 元, 两块八毛五一斤 = 2.85 元); 一米八的个子 and 一米七二
    keep their tenths."""
    d, m, k = rng.randint(2, 9), rng.choice(COUNT_WORDS), rng.randint(2, 99)
    h = rng.randint(1, 2)
    y, a = rng.randint(2, 19), rng.randint(1, 99)
    t = rng.randint(36, 40)
    cy = chinese(y, rng, two="两")
    for text in (f"他{PLAIN[h] if h == 1 else '两'}米{PLAIN[d]}{rng.choice(['个子', '个头'])}",
                 f"每斤{cy}块{PLAIN[d]}{m}", f"一共{cy}元{PLAIN[d]}{m}", f"体温{chinese(t, rng)}度{PLAIN[d]}个小时",
                 f"全市{chinese(rng.randint(2, 9), rng)}成{PLAIN[d]}{rng.choice(['家', '个'])}企业",
                 f"每斤{cy}块{PLAIN[d]}两斤", f"售价{a}块{d}{m}", f"每斤{cy}块{PLAIN[rng.randint(1, 9)]}毛{PLAIN[d]}{m}"):
        yield Case("tenth_or_count", f"{text}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("tenth_or_count.post", f"每件{cy}块{PLAIN[d]}包邮", (Want(y + d / 10, None, "元"),), either=True)
    yield Case("tenth_or_count.post", f"每件{a}块{d}包邮", (Want(a + d / 10, None, "元"),), either=True)
    yield Case("tenth_or_count.one", f"西瓜{cy}块一斤", (Want(y, None, "元"),), counted=True)
    e = rng.randint(1, 9)
    yield Case("tenth_or_count.one", f"西瓜{cy}块{PLAIN[e]}毛{PLAIN[d]}一斤", (Want(y + e / 10 + d / 100, None, "元"),),
               counted=True)
    yield Case("tenth_or_count.of", f"他{PLAIN[h] if h == 1 else '两'}米{PLAIN[d]}的个子",
               (Want(h + d / 10, None, "米"),), counted=True)


def liang_tails(rng: random.Random) -> Iterator[Case]:
    """两 as the second digit after a measure word of tenths (三块二两, 一米七两): the weight 两 or a count's 两, never
    a hundredth (3.22 元, 1.72 米): no figure; 一米七二 and 三块二毛二 are read."""
    y, d, e, k = rng.randint(2, 19), rng.randint(1, 9), rng.randint(1, 9), rng.randint(2, 99)
    cy = chinese(y, rng, two="两")
    yield Case("liang_tail", f"每斤{cy}块{PLAIN[d]}两，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("liang_tail", f"身高一米{PLAIN[d]}两，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("liang_tail.two", f"身高一米{PLAIN[d]}二", (Want(1 + d / 10 + 0.02, None, "米"),), counted=True)
    yield Case("liang_tail.mao", f"每斤{cy}块{PLAIN[d]}毛{PLAIN[e]}", (Want(y + d / 10 + e / 100, None, "元"),),
               counted=True)


def exponents(rng: random.Random) -> Iterator[Case]:
    """次 before 方 or 幂 is an exponent or a degree (10的5次方, 2的十次幂, 10的负三次方, 开三次方, 解三次方程): no
    count of times, no figure; 开会三次 and 经过三次方案论证 count times."""
    e, k = rng.randint(2, 12), rng.randint(2, 99)
    ew = rng.choice([str(e), chinese(e, rng)])
    for text in (f"约为10的{ew}次方", f"等于2的{ew}次幂", f"约为10的负{ew}次方", f"开{chinese(min(e, 9), rng)}次方",
                 f"求解{chinese(min(e, 9), rng)}次方程"):
        yield Case("exponent", f"{text}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("exponent.count", f"全年开会{ew}次", (Want(e, None, "次"),), counted=True)
    p = rng.randint(3, 9)  # 二次 before a noun is secondary (exclude.secondary)
    yield Case("exponent.plan", f"经过{PLAIN[p]}次方案论证", (Want(p, None, "次"),), counted=True)


def rank_titles(rng: random.Random) -> Iterator[Case]:
    """二把手 and 三把手 name a rank (一把手 the head): no count of 把; 缴获三把手枪 counts pistols."""
    k = rng.randint(2, 99)
    yield Case("rank_title", f"单位{rng.choice(['一', '二', '三'])}把手负责，新建学校{k}所", (Want(k, None, "所"),),
               counted=True)
    n = rng.randint(2, 9)
    yield Case("rank_title.count", f"缴获{PLAIN[n]}把手枪", (Want(n, None, "把"),), counted=True)


def half_spans(rng: random.Random) -> Iterator[Case]:
    """A half right after a measure word of time and before a unit of its own (十天半月, 十天半个月, 一天半天, 三年半载):
    "ten days or half a month", a while: no figure, never 10 or 10.5 天; 一年半 and 两个半月 keep their half."""
    k, n = rng.randint(2, 99), rng.randint(1, 10)
    span = rng.choice(["天半月", "天半个月", "天半天", "年半年", "个月半个月", "小时半小时"])
    yield Case("half_span", f"等了{chinese(n, rng, two='两')}{span}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    unit, measure = rng.choice([("年半", "年"), ("天半", "天"), ("个半月", "个月"), ("个半小时", "小时")])
    yield Case("half_span.half", f"工期{chinese(n, rng, two='两')}{unit}", (Want(n + 0.5, None, measure),), counted=True)


def rising_pairs(rng: random.Random) -> Iterator[Case]:
    """Two Chinese numerals with one measure word each and nothing between, the second the larger (一年两年, 三块五块,
    两天三天): "a small amount", as 十块八块 is; no figure, never the second (2 年) alone. 两三天 is a range."""
    a = rng.randint(1, 8)
    b = rng.randint(a + 1, 9)
    word = rng.choice(["年", "天", "块", "次", "个", "斤"])
    k = rng.randint(2, 99)
    yield Case("rising_pair", f"等了{PLAIN[a] if a != 2 else '两'}{word}{PLAIN[b] if b != 2 else '两'}{word}，新建学校{k}所",
               (Want(k, None, "所"),), counted=True)


def flat_powers(rng: random.Random) -> Iterator[Case]:
    """A length's Latin symbol with its power typed flat (5km2, 3cm3, 20mm2): an area or a volume, never a length of
    5 km: no figure, but for km2 (and m2, m3), the look-alikes of km² plain text types, read as the area (numforms39);
    5km and 5km² are read."""
    n, k = rng.randint(1, 999), rng.randint(2, 99)
    sym, power = rng.choice(["km", "cm", "mm"]), rng.choice("23")
    area = (Want(n, None, "km2"),) if sym + power == "km2" else ()
    yield Case("flat_power", f"面积{n}{sym}{power}，新建学校{k}所", (*area, Want(k, None, "所")), counted=True)
    yield Case("flat_power.length", f"全长{n}{sym}", (Want(n, None, sym),), counted=True)
    yield Case("flat_power.area", f"面积{n}km²", (Want(n, None, "km²"),), counted=True)


def some_decimals(rng: random.Random) -> Iterator[Case]:
    """几 after a decimal point (三点几万元, 百分之零点几, 百分之零点零几, 1.几亿元, 一点几倍): a digit left unsaid, no sure
    number, never the digits before it (3 元, 0 %, 1 元): no figure; 十几万元 is the range it reads, and so (numforms62) is
    几 for the digit of a smaller place right after a higher one (三千几百元 = 3100–3900 元, 两万几千元 = 21000–29000 元,
    about, never 3000 exact)."""
    n, k = rng.randint(0, 99), rng.randint(2, 99)
    zeros = rng.choice(["", "零"])
    num = rng.choice([chinese(n, rng) if n else "零", str(n)])
    point = "." if num.isdigit() else "点"
    body = rng.choice([f"收入{num}{point}{zeros}几万元", f"占比百分之{num}{point}{zeros}几", f"增长{num}{point}{zeros}几倍",
                       f"投资{num}{point}{zeros}几亿元", f"提高{num}{point}{zeros}几个百分点"])
    yield Case("some_decimal", f"{body}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    t = rng.randint(1, 9)
    head, place = rng.choice([("千", "百"), ("百", "十"), ("万", "千")])
    text = f"收入{chinese(t, rng, two='两')}{head}几{place}元"  # 三千几百元: 3100 to 3900, never 3000
    big, small = {"千": 1000, "百": 100, "万": 10000}[head], {"百": 100, "十": 10, "千": 1000}[place]
    yield Case("some_decimal.place", f"{text}，新建学校{k}所",
               (Want(t * big + small, t * big + 9 * small, "元", "approx"), Want(k, None, "所")), counted=True)
    low, high = t * 10e4 + 1e4, t * 10e4 + 9e4
    yield Case("some_decimal.tens", f"收入{PLAIN[t] if t > 1 else ''}十几万元", (Want(low, high, "元"),), counted=True)


def points_to_rates(rng: random.Random) -> Iterator[Case]:
    """A change in points, a to-word, then the rate it reached (提高0.5个百分点至5.2%, 下降3个千分点到12‰): two figures,
    no range across two units; 3至5个百分点 stays the range, and 3%至5个百分点 (a rate, then points) no figure."""
    p, r = rng.randint(1, 99) / 10, rng.randint(11, 999) / 10
    to, verb = rng.choice(["至", "到"]), rng.choice(["提高", "下降", "上升", "回落"])
    point, rate, pm, rm = rng.choice([("个百分点", "%", "百分点", "%"), ("个千分点", "‰", "千分点", "‰")])
    yield Case("points_to_rate", f"{verb}{p}{point}{to}{r}{rate}", (Want(p, None, pm), Want(r, None, rm)), counted=True)
    a = rng.randint(1, 5)
    b = rng.randint(a + 1, 9)
    yield Case("points_to_rate.range", f"{verb}{a}{to}{b}个百分点", (Want(a, b, "百分点"),), counted=True)


# -- sixteenth round: what other projects' suites read that we read wrong or missed ------------------------------


def _numeral(n: int, rng: random.Random) -> str:
    """1 <= n: Chinese (两 before a measure word, as speech says it) or Arabic."""
    return rng.choice([chinese(n, rng, two="两"), str(n)])


def kuai_lai(rng: random.Random) -> Iterator[Case]:
    """来 between 块 and 钱 (三块来钱, 十块来钱): "about so many yuan" as speech says it, no sure figure and never a
    count of 块; 十来块钱 is about 10 元 (class lai)."""
    n, k = rng.randint(1, 99), rng.randint(2, 99)
    yield Case("kuai_lai", f"早餐花了{chinese(n, rng, two='两')}块来钱，新建学校{k}所", (Want(k, None, "所"),), counted=True)


def clock_minute_words(rng: random.Random) -> Iterator[Case]:
    """Arabic digits on both sides of 点 before 分钟 (3点40分钟后, 8点5分钟): a clock time run into a duration's
    word, never a decimal of minutes (3.4 分钟): no figure; 三点五分钟 (Chinese, one way of writing) is 3.5 分钟."""
    h, m, k = rng.randint(1, 12), rng.randint(1, 59), rng.randint(2, 99)
    yield Case("clock_minute_word", f"会议于{h}点{m}分钟后开始，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    d = rng.randint(1, 9)
    yield Case("clock_minute_word.decimal", f"跑完全程用了{PLAIN[h % 10 or 1]}点{PLAIN[d]}分钟",
               (Want((h % 10 or 1) + d / 10, None, "分钟"),), counted=True)


def paired_runs(rng: random.Random) -> Iterator[Case]:
    """Three or four Chinese numerals in a row, each with the same measure word and nothing between (一个两个三个,
    三年四年五年): counting aloud or "a few", as 一年两年 is (class rising_pair): no figure, never the last alone."""
    start = rng.randint(1, 5)
    run = range(start, start + rng.randint(3, 4))
    word = rng.choice(["个", "年", "天", "次", "块"])
    k = rng.randint(2, 99)
    written = "".join(("两" if d == 2 else PLAIN[d]) + word for d in run)
    yield Case("paired_run", f"{written}地数，新建学校{k}所", (Want(k, None, "所"),), counted=True)


def used_conditions(rng: random.Random) -> Iterator[Case]:
    """成 before 新 or 熟 where the clause ends or 的 follows (九成新的手机, 八成新, 七成熟): how new or how done
    a thing is, no share: no figure; 八成新增就业 (80 % of the new jobs) is the share."""
    d, k = rng.randint(5, 9), rng.randint(2, 99)
    word = rng.choice(["新", "熟"])
    tail = rng.choice(["，", "的口感最好，", "的自行车，"])
    yield Case("used_condition", f"这件东西{PLAIN[d]}成{word}{tail}新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("used_condition.share", f"全市{PLAIN[d]}成新增就业来自民营企业", (Want(d * 10, None, "%"),),
               counted=True)


def named_counts(rng: random.Random) -> Iterator[Case]:
    """A name that holds its count with 大 (四大名著, 四大发明, 八大菜系, 四大古都): no count of 大 (GUIDE: names
    that contain a numeral), no figure."""
    n, k = rng.randint(2, 10), rng.randint(2, 99)
    name = rng.choice(["名著", "发明", "菜系", "古都", "天王"])
    yield Case("named_count", f"{chinese(n, rng)}大{name}家喻户晓，新建学校{k}所", (Want(k, None, "所"),), counted=True)


def discounts_from(rng: random.Random) -> Iterator[Case]:
    """A discount followed by 起 (九折起, 八五折起, 7.5折起): cuts that start there and go deeper, no one share:
    no figure; 九折 alone is 90 % (class discount)."""
    d, e, k = rng.randint(5, 9), rng.randint(1, 9), rng.randint(2, 99)
    written = rng.choice([f"{PLAIN[d]}折", f"{PLAIN[d]}{PLAIN[e]}折", f"{d}.{e}折", f"{d}折"])
    yield Case("discount_from", f"全场商品{written}起，新建学校{k}所", (Want(k, None, "所"),), counted=True)


def strong_weak(rng: random.Random) -> Iterator[Case]:
    """强 and 弱 right after a share where its clause ends (三成强, 30%弱): a little over, a little under, a lower and
    an upper bound; before another word (15%强劲增长, 三成强村, 30%弱势) the share is as written, exact."""
    d, p = rng.randint(2, 9), rng.randint(1, 99)  # 一成 alone is no share (一成不变): class share11
    word, qual = rng.choice([("强", "lower_bound"), ("弱", "upper_bound")])
    written, value = rng.choice([(f"{PLAIN[d]}成", d * 10), (f"{p}%", p), (f"百分之{chinese(p, rng)}", p)])
    yield Case("strong_weak", f"占比{written}{word}{rng.choice(['。', '，', ''])}", (Want(value, None, "%", qual),),
               counted=True)
    after = rng.choice(["劲", "村", "势", "化", "于"])
    yield Case("strong_weak.word", f"占比{written}{word}{after}", (Want(value, None, "%", "exact"),), counted=True)


CURRENCY_CODES = [("USD", "美元"), ("EUR", "欧元"), ("HKD", "港元"), ("JPY", "日元"), ("GBP", "英镑"), ("RMB", "元")]
SCALE_WORDS = [("million", 1e6), ("billion", 1e9), ("trillion", 1e12)]


def latin_money(rng: random.Random) -> Iterator[Case]:
    """Money in Latin letters: a currency's code before the amount (USD 100, EUR 2,500, HKD 3亿), an English scale
    word after the digits ($1.5 billion, USD 3 million), and basis points in letters (降息25BP, 下调15bp): the amount
    in base units and the code's measure; a scale word with no currency (1.5 billion alone) has no measure and BP机
    is a pager: no figure."""
    code, measure = rng.choice(CURRENCY_CODES)
    n = rng.randint(1, 999_999)
    written = rng.choice([str(n), f"{n:,}"])
    space = rng.choice(["", " "])
    yield Case("latin_money", f"合同金额为{code}{space}{written}，", (Want(n, None, measure),), counted=True)
    v = rng.choice([rng.randint(1, 999), rng.randint(11, 999) / 10])
    word, f = rng.choice(SCALE_WORDS)
    sign, sm = rng.choice([("$", "美元"), ("US$", "美元"), ("USD ", "美元"), ("EUR ", "欧元")])
    yield Case("latin_money.scale", f"融资{sign}{arabic(v)} {word}，", (Want(float(f"{v * f:.15g}"), None, sm),),
               counted=True)
    b = rng.randint(5, 100)
    unit = rng.choice(["BP", "bp", "bps"])
    yield Case("latin_money.bp", f"央行{rng.choice(['降息', '加息', '下调利率'])}{b}{unit}。", (Want(b, None, "基点"),),
               counted=True)
    k = rng.randint(2, 99)
    yield Case("latin_money.pager", f"购买{rng.randint(2, 9)}BP机，新建学校{k}所", (Want(k, None, "所"),), counted=True)


def suite_measures(rng: random.Random) -> Iterator[Case]:
    """What a measure parser's suites ask (Duckling's temperature, distance, volume, weight and duration dims):
    零下五度 and -5℃ (−5 ℃), 摄氏25度, 三公里半 (3.5 公里), 两升半, 三公斤, 一个半小时, 两天半, 三周."""
    n = rng.randint(2, 40)  # 一度 is also "once" (零下一度: none, a miss left as it is)
    written, value, measure = rng.choice([
        (f"零下{chinese(n, rng)}度", -n, "℃"), (f"-{n}℃", -n, "℃"), (f"摄氏{chinese(n, rng)}度", n, "℃"),
        (f"{chinese(n, rng, two='两')}公里半", n + 0.5, "公里"), (f"{chinese(n, rng, two='两')}升半", n + 0.5, "升"),
        (f"{_numeral(n, rng)}公斤", n, "公斤"), (f"{chinese(n, rng, two='两')}个半小时", n + 0.5, "小时"),
        (f"{chinese(n, rng, two='两')}天半", n + 0.5, "天"), (f"{_numeral(n, rng)}周", n, "周")])
    yield Case("suite_measure", f"记录显示{written}。", (Want(value, None, measure),), counted=True)


def suite_money(rng: random.Random) -> Iterator[Case]:
    """Money in every script a money extractor's suites test: 3.5万美元, 港币500万元, 2亿日元, $1,200, ¥500,
    RMB 3,000, 一千二百五十元整, and pay with no 元 shortened by its next digit (月薪一千二 = 1200, 一万二 = 12000,
    三万五 = 35000, 两千五 = 2500; never 1002)."""
    v = rng.choice([rng.randint(1, 9999), rng.randint(11, 999) / 10])
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("", 1)])
    word, measure = rng.choice([("美元", "美元"), ("欧元", "欧元"), ("日元", "日元"), ("英镑", "英镑"), ("港元", "港元")])
    yield Case("suite_money", f"融资{arabic(v)}{mag}{word}，", (Want(float(f"{v * f:.15g}"), None, measure),),
               counted=True)
    n = rng.randint(1000, 999_999)
    sign, measure = rng.choice([("$", "美元"), ("¥", "元"), ("￥", "元"), ("RMB ", "元")])
    yield Case("suite_money.sign", f"售价{sign}{n:,}，", (Want(n, None, measure),), counted=True)
    t = rng.randint(1001, 9999)
    yield Case("suite_money.zheng", f"共计{chinese(t, rng)}元整", (Want(t, None, "元"),), counted=True)
    head, nxt = rng.randint(1, 9), rng.randint(1, 9)
    place, pf = rng.choice([("千", 1000), ("万", 10000)])
    yield Case("suite_money.short", f"月薪{chinese(head, rng, two='两')}{place}{PLAIN[nxt]}",
               (Want(head * pf + nxt * pf // 10, None, "元"),), counted=True)


def codes_and_ordinals(rng: random.Random) -> Iterator[Case]:
    """What a time or number parser must not read as a quantity: an ordinal or a number (第3, 3号楼), a model or
    a code (5G, 4S店, G20, 3D), a version (1.2.3), a service's number (110, 120急救, 12345热线): no figure."""
    k = rng.randint(2, 99)
    n = rng.randint(1, 99)
    text = rng.choice([f"第{n}名选手", f"{n}号楼", "5G网络", "4S店", "G20峰会", "3D打印",
                       f"版本{n % 9 + 1}.{n % 7}.{n % 5}发布", "拨打110报警", "拨打120急救", "12345热线", "拨打12315投诉"])
    yield Case("code_ordinal", f"{text}，新建学校{k}所", (Want(k, None, "所"),), counted=True)


def permille_words(rng: random.Random) -> Iterator[Case]:
    """Shares in words past one hundred or per thousand (百分之一百二十 = 120 %, 千分之五 = 5 ‰), a mixed fraction
    with 又 in running text (二又三分之一亩: no finite share, no figure) and a fall in words (下降了百分之三: 3 %, the
    verb says the fall, as GUIDE's change role does)."""
    p = rng.randint(101, 999)
    yield Case("permille_word", f"完成计划的百分之{chinese(p, rng)}", (Want(p, None, "%"),), counted=True)
    m = rng.randint(1, 99)
    yield Case("permille_word.per_thousand", f"误差千分之{chinese(m, rng)}", (Want(m, None, "‰"),), counted=True)
    k = rng.randint(2, 99)
    w, num, den = rng.randint(1, 9), rng.choice([1, 2]), rng.choice([3, 7, 9])
    yield Case("permille_word.mixed", f"面积{PLAIN[w]}又{PLAIN[den]}分之{PLAIN[num]}亩，新建学校{k}所",
               (Want(k, None, "所"),), counted=True)
    f = rng.randint(1, 99)
    yield Case("permille_word.fall", f"利润{rng.choice(['下降了', '减少了', '回落'])}百分之{chinese(f, rng)}",
               (Want(f, None, "%"),), counted=True)


# -- seventeenth round: phone numbers by area code, ranks with 强, a range's low end cut from the high end's
# compound magnitude, counts said for emphasis ------------------------------------------------------------


def area_phones(rng: random.Random) -> Iterator[Case]:
    """A telephone number with its area code (0571-88888888, 010-12345678, (0755)8888888) or a service line
    (400-800-1234, 400 800 1234, 4008001234): a code, never a range of 571 to 88888888 nor a number of four
    billion, alone or in a sentence; 4000000000 alone stays a number."""
    area = rng.choice(["010", "021", "022", "023", "0571", "0755", "0731", "0898"])
    local = str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([6, 7])))
    dash = rng.choice(["-", "－", "—", "–"])
    head, mid = rng.choice(["400", "800"]), rng.randint(100, 999)
    tail = f"{rng.randint(1, 9999):04d}"
    tail = tail if tail != "0000" else "1234"
    text = rng.choice([f"{area}{dash}{local}", f"({area}){local}", f"（{area}）{local}", f"{head}-{mid}-{tail}",
                       f"{head} {mid} {tail}", f"{head}{mid}{tail}"])
    yield Case("area_phone", text, ())
    k = rng.randint(2, 99)
    yield Case("area_phone.sentence", f"咨询电话{text}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    n = rng.randint(1, 9)
    yield Case("area_phone.number", f"{n}000000000", (Want(n * 1e9),), either=True)


def rank_strong(rng: random.Random) -> Iterator[Case]:
    """强 after a count that is no share (十强, 三十强, 8强, 百强, 5万强) names the top so many of a ranking, never
    "a little over" so many: no figure, alone or in a sentence; after a share (三成强, 30%强) it is the lower
    bound (class strong_weak)."""
    n = rng.choice([4, 8, 10, 12, 16, 20, 30, 50, 100, 500])
    written = rng.choice([chinese(n, rng), str(n), f"{rng.randint(2, 9)}万"])
    yield Case("rank_strong", f"{written}强", ())
    k = rng.randint(2, 99)
    yield Case("rank_strong.sentence", f"进入全国{written}强，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    d = rng.randint(2, 9)
    yield Case("rank_strong.share", f"{PLAIN[d]}成强", (Want(d * 10, None, "%", "lower_bound"),), either=True)


def cut_magnitudes(rng: random.Random) -> Iterator[Case]:
    """A range whose low end ends in 万 and whose high end in 万亿: 5万到10万亿元 is 5万亿–
    10万亿 with 亿 left off the low end, or 5万–10万亿 as written? Ends so far apart leave no sure reading: no
    figure, never 5万 alone or as the low end. Ends of a size (8000亿到1.2万亿元, 3万亿到5万亿元, 5千到1万亿元 =
    5000亿–1万亿) stay their range."""
    a = rng.randint(1, 9)
    b = rng.randint(a + 1, 20)
    m = rng.choice(["元", "吨", "人次"])
    sep = rng.choice(["到", "至", "-", "~"])
    written = rng.choice([f"{a}万{sep}{b}万亿{m}", f"{chinese(a, rng)}万{sep}{chinese(b, rng)}万亿{m}",
                          f"{a}万{sep}{b}万亿"])
    yield Case("cut_magnitude", f"市场规模将达{written}，", ())
    yield Case("cut_magnitude.whole", f"市场规模将达{a}万亿{sep}{b}万亿{m}，", (Want(a * 1e12, b * 1e12, m),),
               counted=True)
    lo = rng.randint(5, 9)
    yield Case("cut_magnitude.near", f"市场规模将达{lo}000亿{sep}1.2万亿{m}，", (Want(lo * 1e11, 1.2e12, m),),
               counted=True)
    yield Case("cut_magnitude.placed", f"市场规模将达{lo}千{sep}{lo + 1}千亿{m}，", (Want(lo * 1e11, (lo + 1) * 1e11, m),),
               counted=True)


def emphasis_counts(rng: random.Random) -> Iterator[Case]:
    """A round count said for emphasis before a feeling or a will (一百个放心, 一万个不愿意, 一千个不答应) and the
    title 十万个为什么 count nothing: no figure; 一百个项目 stays 100 个."""
    head = rng.choice(["一百", "一千", "一万"])
    word = rng.choice(["放心", "不放心", "不愿意", "不情愿", "不答应", "不同意", "不甘心"])
    k = rng.randint(2, 99)
    yield Case("emphasis_count", f"群众对此{head}个{word}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("emphasis_count.title", f"他读完了《十万个为什么》，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    n = rng.randint(2, 999)
    yield Case("emphasis_count.count", f"全市{chinese(n, rng)}个项目开工", (Want(n, None, "个"),), counted=True)


def money_bases(rng: random.Random) -> Iterator[Case]:
    """The money a rate is counted on (每100元营业收入中的成本为85.2元, 每1万元地区生产总值能耗下降3%): the base
    names the denominator, no amount; the rate after it is the one figure (as 每10万人口 is for people)."""
    base = rng.choice(["100元", "1万元", "1000元", "10000元", "1亿元"])
    noun = rng.choice(["营业收入中的成本", "资产实现的营业收入", "地区生产总值消耗的能源", "GDP用水量", "贷款的利息收入"])
    v = rng.randint(1, 999) / 10
    m = rng.choice(["元", "吨", "立方米"])
    yield Case("money_base", f"每{base}{noun}为{arabic(v)}{m}", (Want(v, None, m),), counted=True)
    a, b = rng.randint(1, 9), rng.randint(1, 9)  # a spend that earns a refund is money spent, as written
    yield Case("money_base.spend", f"每消费{a}00元返{b}元", (Want(a * 100, None, "元"), Want(b, None, "元")), counted=True)


NEIGHBOUR_MONEY = [("泰铢", "泰铢"), ("越南盾", "越南盾"), ("老挝基普", "老挝基普"), ("基普", "老挝基普"), ("缅元", "缅元"),
                   ("林吉特", "林吉特"), ("印尼盾", "印尼盾"), ("印度卢比", "印度卢比"),
                   ("新西兰元", "新西兰元"), ("巴西雷亚尔", "巴西雷亚尔"), ("南非兰特", "南非兰特"),
                   ("沙特里亚尔", "沙特里亚尔"), ("坚戈", "坚戈"), ("瑞典克朗", "瑞典克朗"), ("土耳其里拉", "土耳其里拉"),
                   ("墨西哥比索", "墨西哥比索")]


def neighbour_money(rng: random.Random) -> Iterator[Case]:
    """The money of neighbours and trading partners by name (3亿泰铢, 200万越南盾, 50亿基普, 1亿印度卢比): the amount
    in that currency; a name that more than one country's money bears (卢比, 比索, 克朗 alone) leaves no sure
    unit: no figure."""
    word, measure = rng.choice(NEIGHBOUR_MONEY)
    v = rng.choice([rng.randint(1, 9999), rng.randint(11, 999) / 10])
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("", 1)])
    yield Case("neighbour_money", f"双边贸易额达{arabic(v)}{mag}{word}", (Want(float(f"{v * f:.15g}"), None, measure),),
               counted=True)
    k = rng.randint(2, 99)
    yield Case("neighbour_money.unsure", f"援助{rng.randint(2, 999)}万{rng.choice(['卢比', '比索', '克朗', '里亚尔'])}，"
               f"新建学校{k}所", (Want(k, None, "所"),), counted=True)


def word_traps(rng: random.Random) -> Iterator[Case]:
    """A measure word that begins a longer word after a numeral: 元素 (五元素: elements, no 5 元), 人民医院 (市二人民医院:
    the hospital's number, no 2 人), 口罩 (50万口罩: masks, no 口), and brands named by a count (三只松鼠, 六个核桃,
    三棵树涂料): no figure of their own; the sentence's own figure stays, and 种了三棵树 is 3 棵."""
    d, k = rng.randint(2, 9), rng.randint(2, 99)
    text = rng.choice([f"土壤含{PLAIN[d]}元素", f"市{PLAIN[d]}人民医院", f"县{PLAIN[d]}人民法院", f"捐赠{d}0万口罩",
                       "三只松鼠营收", "六个核桃销量", "三棵树涂料营收"])
    yield Case("word_trap", f"{text}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("word_trap.count", f"村里种了{PLAIN[d]}棵树", (Want(d, None, "棵"),), counted=True)


def and_beyond(rng: random.Random) -> Iterator[Case]:
    """及以上 and 及以下 right after the measure word (2000万元及以上, 3家及以上, 5万元及以下): that much and more, or
    that much and less, a lower or an upper bound (GUIDE: 以上, 以下), as 以上 alone is."""
    n = rng.randint(2, 9999)
    written, value = rng.choice([(f"{n}万", n * 1e4), (str(n), n), (chinese(n, rng), n)])
    word, qual = rng.choice([("及以上", "lower_bound"), ("及以下", "upper_bound")])
    yield Case("and_beyond", f"统计范围为年收入{written}元{word}的单位",
               (Want(float(f"{value:.15g}"), None, "元", qual),), counted=True)
    k, m = rng.randint(2, 99), rng.choice(["家", "人", "次", "所"])
    yield Case("and_beyond.count", f"全市拥有{_numeral(k, rng)}{m}{word}的村", (Want(k, None, m, qual),), counted=True)


def yi_gaps(rng: random.Random) -> Iterator[Case]:
    """A 亿 section then, with no 零 and no 万, a number of a place or more (三亿五千元, 3亿5千元, 3亿5000元,
    两亿三百人): 300005000 is written 三亿零五千, and 三亿五千(万) with its 万 left off is as likely: no figure.
    With its 零 (三亿零五千元) or its 万 (三亿五千万元) the number is sure, and a single digit is the next place
    down (三亿五 = 3.5亿)."""
    a, d = rng.randint(1, 9), rng.randint(1, 9)
    m = rng.choice(["元", "人", "吨"])
    place, f = rng.choice([("千", 1000), ("百", 100)])
    written = rng.choice([f"{PLAIN[a]}亿{PLAIN[d]}{place}", f"{a}亿{d}{place}", f"{a}亿{d * f}"])
    yield Case("yi_gap", f"全年完成{written}{m}，", ())
    yield Case("yi_gap.zero", f"全年完成{PLAIN[a]}亿零{PLAIN[d]}{place}{m}，", (Want(a * 1e8 + d * f, None, m),),
               counted=True)
    yield Case("yi_gap.wan", f"全年完成{PLAIN[a]}亿{PLAIN[d]}{place}万{m}，", (Want(a * 1e8 + d * f * 1e4, None, m),),
               counted=True)
    yield Case("yi_gap.short", f"全年完成{PLAIN[a]}亿{PLAIN[d]}{m}，", (Want(a * 1e8 + d * 1e7, None, m),), counted=True)


SPOKEN_CURRENCIES = [
    ("台币", "新台币"), ("日币", "日元"), ("日圆", "日元"), ("韩币", "韩元"), ("澳币", "澳元"), ("加币", "加元"),
    ("人民幣", "元"), ("新台幣", "新台币"), ("台幣", "新台币"), ("港幣", "港元"), ("日圓", "日元"),
    ("歐元", "欧元"), ("英鎊", "英镑")]


def currency_names(rng: random.Random) -> Iterator[Case]:
    """Currencies by the names speech gives them and in traditional characters, after the amount or before it
    (5000台币, 3亿日币, 3000人民幣, 新台幣3億元, 港幣500萬元): the amount in that currency, never 5000 台 of machines
    nor 3000 人, and 元 after a named currency is that currency's (class currency_yuan)."""
    word, measure = rng.choice(SPOKEN_CURRENCIES)
    n = rng.randint(1, 9999)
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("萬", 1e4), ("億", 1e8), ("", 1)])
    value = float(f"{n * f:.15g}")
    yield Case("currency_name", f"合同金额{n}{mag}{word}，", (Want(value, None, measure),), counted=True)
    yield Case("currency_name.before", f"合同金额{word}{n}{mag}元，", (Want(value, None, measure),), counted=True)


def zhao_after_currency(rng: random.Random) -> Iterator[Case]:
    """兆 after a number with a currency named before it (新台币23兆元, 新臺幣23兆元, 美元3兆): a trillion in Taiwan's
    usage, a million in science's, no sure magnitude and never the number alone in that currency: no figure; 兆瓦
    and 兆伏安 are units of their own (50兆瓦)."""
    n, k = rng.randint(1, 99), rng.randint(2, 99)
    cur = rng.choice(["新台币", "新臺幣", "美元", "人民币", "港币", "台币"])
    yield Case("zhao", f"生产总值约{cur}{n}兆{rng.choice(['元', ''])}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    unit = rng.choice(["兆瓦", "兆伏安"])
    yield Case("zhao.unit", f"装机{n}{unit}", (Want(n, None, unit),), counted=True)


def version_eras(rng: random.Random) -> Iterator[Case]:
    """A whole number with .0 after a currency's name and before 版, 时代 or 阶段, or ending its clause
    (数字人民币2.0版, 人民币3.0时代, 试点数字人民币2.0，): a version or an era, never 2.0 元; 人民币3.0元 and 3.0万元
    stay money."""
    n, k = rng.randint(1, 9), rng.randint(2, 99)
    text = rng.choice([f"数字人民币{n}.0版上线", f"迈入人民币{n}.0时代", f"试点数字人民币{n}.0", f"美元{n}.0阶段"])
    yield Case("version_era", f"{text}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    yield Case("version_era.money", f"售价人民币{n}.0万元", (Want(n * 1e4, None, "元"),), counted=True)


def dated_after_pay(rng: random.Random) -> Iterator[Case]:
    """A number after a pay or income word (工资, 收入, 月薪: yuan named before the amount) and before a date, an
    ordinal or a grade (工资12月底前发放, 工资3、4月份, 月薪3至5月, 收入1号文件, 收入3季度): a month, a number or a
    quarter, never that many 元; 月薪8000左右 and 收入5.1万 stay yuan."""
    word = rng.choice(["工资", "收入", "月薪"])
    m, k = rng.randint(1, 11), rng.randint(2, 99)
    tail = rng.choice([f"{m}月底前发放", f"{m}、{m + 1}月份发放", f"{m}至{m + 1}月发放", f"{m}号文件",
                       f"{m % 4 + 1}季度增长"])
    yield Case("dated_pay", f"{word}{tail}，新建学校{k}所", (Want(k, None, "所"),), counted=True)
    n = rng.randint(1000, 99999)
    yield Case("dated_pay.amount", f"{word}{n}左右", (Want(n, None, "元", "approx"),), counted=True)


def traditional_bounds(rng: random.Random) -> Iterator[Case]:
    """Bounds in traditional characters (約三萬人, 三萬餘人, 超過500萬元, 不超過5%, 5%以內): approximate, a lower or an
    upper bound as their simplified forms are; 簽約23家 signs, no bound."""
    n = rng.randint(2, 999)
    written, value, qual = rng.choice([(f"約{n}萬人", n * 1e4, "approx"), (f"{n}萬餘人", n * 1e4, "lower_bound"),
                                       (f"超過{n}萬人", n * 1e4, "lower_bound"), (f"不超過{n}萬人", n * 1e4, "upper_bound"),
                                       (f"{n}萬人以內", n * 1e4, "upper_bound")])
    yield Case("traditional_bound", f"全市共有{written}", (Want(value, None, "人", qual),), counted=True)
    yield Case("traditional_bound.signed", f"簽約{n}家", (Want(n, None, "家", "exact"),), counted=True)


TRADITIONAL_MEASURES = [("個", "个"), ("項", "项"), ("輛", "辆"), ("張", "张"), ("歲", "岁"), ("噸", "吨"), ("畝", "亩"),
                        ("戶", "户"), ("棟", "栋"), ("個百分點", "百分点"), ("個小時", "小时"), ("個月", "个月")]


def traditional_measures(rng: random.Random) -> Iterator[Case]:
    """Measure words in traditional characters (項目30個, 車輛5000輛, 增長2.1個百分點, 3個小時): the count in the
    simplified measure word; 3個小時 is hours, never 3 個, and 個人所得稅 counts nothing."""
    word, measure = rng.choice(TRADITIONAL_MEASURES)
    n = rng.randint(2, 9999)
    mag, f = rng.choice([("萬", 1e4), ("", 1)])
    yield Case("traditional_measure", f"全市共有{n}{mag}{word}", (Want(n * f, None, measure),), counted=True)
    k = rng.randint(2, 99)
    yield Case("traditional_measure.name", f"個人所得稅減免，新建學校{k}所", (Want(k, None, "所"),), counted=True)


INDEXES = ["上证综指", "沪指", "深证成指", "创业板指", "恒生指数", "道指", "纳指"]


def index_points(rng: random.Random) -> Iterator[Case]:
    """点 after a number where an index is named before it in the sentence (上证综指收于3200点, 沪指下跌25.3点，收于
    3200.55点): the index's points; a value below 25 or with a half there is a clock's time (沪指下午3点收盘), and
    点 with no index named (他指出3点意见, 下午3点) no figure."""
    idx = rng.choice(INDEXES)
    n = rng.choice([rng.randint(1000, 30000), rng.randint(2500, 400000) / 100])
    d = rng.choice([rng.randint(25, 600), rng.randint(251, 9999) / 10])
    yield Case("index_point", f"{idx}收于{arabic(n)}点", (Want(n, None, "点"),), counted=True)
    yield Case("index_point.change", f"{idx}{rng.choice(['下跌', '上涨', '涨'])}{arabic(d)}点，收于{arabic(n)}点",
               (Want(d, None, "点"), Want(n, None, "点")), counted=True)
    h = rng.randint(1, 12)
    yield Case("index_point.clock", f"{idx}下午{rng.choice([str(h), chinese(h, rng, two='两'), PLAIN[h % 10] + '点半'])}"
               f"{'点' if rng.random() < 0.5 else '点钟'}收盘，报{arabic(n)}点", (Want(n, None, "点"),), counted=True)
    k = rng.randint(2, 9)
    yield Case("index_point.none", rng.choice([f"他指出{k}点意见", f"下午{k}点开会", f"提出{PLAIN[k]}点要求"]), ())


POWER_WORDS = ["用电", "全年发电", "居民用电量达", "节约用电", "售电量", "供电", "光伏发电", "年耗电"]


def power_degrees(rng: random.Random) -> Iterator[Case]:
    """度 as the kilowatt-hour of speech where its clause names electricity before the number (全年发电5亿度,
    居民用电量达3.2万度, 节约用电300度): that many 度; 度 with no such word (气温30度, 加热到60度, 白酒52度) or
    electricity in another clause stays no figure."""
    v = rng.choice([rng.randint(2, 9999), rng.randint(11, 999) / 10])
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8), ("", 1)])
    value = float(f"{v * f:.15g}")
    yield Case("power_degree", f"{rng.choice(POWER_WORDS)}{arabic(v)}{mag}度", (Want(value, None, "度"),), counted=True)
    t = rng.randint(20, 95)
    yield Case("power_degree.none", rng.choice([f"气温{t}度", f"热水器加热到{t}度", f"白酒{t}度",
                                                f"用电负荷创新高，气温达{t}度", f"用电高峰气温达{t}度"]), ())


def land_and_rates(rng: random.Random) -> Iterator[Case]:
    """Units other suites test that need their own word: acres (农场500英亩, never 500 亩), a population density
    (120人/平方公里, never 120 人) and per-units in brackets (300元/（人·月）, 50元/(人·次)): the whole rate."""
    n = rng.randint(2, 99999)
    yield Case("land_rate.acre", f"农场种植小麦{n}英亩", (Want(n, None, "英亩"),), counted=True)
    yield Case("land_rate.density", f"人口密度为{n}人/平方公里", (Want(n, None, "人/平方公里"),), counted=True)
    open_, close = rng.choice([("（", "）"), ("(", ")")])
    per, measure = rng.choice([("月", "元/人·月"), ("年", "元/人·年"), ("天", "元/人·天"), ("次", "元/人次")])
    yield Case("land_rate.bracket", f"补贴标准为{n}元/{open_}人·{per}{close}", (Want(n, None, measure),), counted=True)
    yield Case("land_rate.per", f"补贴标准为{n}元/人·{per}" if per != "次" else f"收费{n}元/人次",
               (Want(n, None, measure),), counted=True)


def itn_suite(rng: random.Random) -> Iterator[Case]:
    """What text-normalisation suites of other projects ask, in sentences of our own: 一万零一百, 一千零一十,
    十万八千, 两万万 (2亿), 0.5成 (5 %), 百分之零点五, 千分之三点五, 1.5‰, 5.6万平方米, 3万m², 上涨三成五 (35 %),
    近三成 and 逾五成 (bounds), 十来个 (about 10), 翻一番 (1 番, a doubling); and no figure for 十万八千里 (an idiom),
    几十家 数百家 上千家 (vague), a room number read digit by digit, 二〇二五年 dates, 3月5日 and 8时30分, law
    articles (第十二条), model names (华为Mate60), versions (V3.2.1) and 一刻钟 in a name (一刻钟便民生活圈)."""
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    written, value, measure, qual = rng.choice([
        (f"{PLAIN[a]}万零{PLAIN[b]}百人", a * 10000 + b * 100, "人", "exact"),
        (f"{PLAIN[a]}千零{PLAIN[b]}十人", a * 1000 + b * 10, "人", "exact"),
        (f"十万{PLAIN[b]}千人", 100000 + b * 1000, "人", "exact"),
        (f"{'两' if a == 2 else PLAIN[a]}万万元", a * 1e8, "元", "exact"),
        (f"0.{b}成", b, "%", "exact"), (f"百分之零点{PLAIN[b]}", b / 10, "%", "exact"),
        (f"千分之{PLAIN[a]}点{PLAIN[b]}", a + b / 10, "‰", "exact"), (f"{a}.{b}‰", a + b / 10, "‰", "exact"),
        (f"{a}.{b}万平方米", (a + b / 10) * 1e4, "平方米", "exact"), (f"{a}万m²", a * 1e4, "m²", "exact"),
        (f"{PLAIN[a]}成{PLAIN[b]}", a * 10 + b, "%", "exact"), (f"近{PLAIN[a]}成", a * 10, "%", "approx"),
        (f"逾{PLAIN[a]}成", a * 10, "%", "lower_bound"), (f"{PLAIN[a]}十来个", a * 10, "个", "approx")])
    yield Case("itn", f"据统计，共有{written}。", (Want(float(f"{value:.15g}"), None, measure, qual),), counted=True)
    yield Case("itn.double", f"产值比2020年翻{rng.choice(['一', '了一'])}番", (Want(1, None, "番"),), counted=True)
    k = rng.randint(2, 99)
    none = rng.choice(["两地相差十万八千里", f"{rng.choice(['几十', '数百', '上千', '成百上千'])}家企业参加",
                       f"房间号{PLAIN[a]}零{PLAIN[b]}", f"二〇二{PLAIN[a % 6]}年{PLAIN[b]}月{PLAIN[a]}日", f"{a}月{b}日",
                       f"{a + 7}时{b * 5}分", f"依据第{chinese(a + 10, rng)}条", f"华为Mate{a * 10}发布",
                       f"V{a}.{b}.{a}版本", "一刻钟便民生活圈"])
    yield Case("itn.none", f"{none}，新建学校{k}所", (Want(k, None, "所"),), counted=True)


def grades_and_bearings(rng: random.Random) -> Iterator[Case]:
    """度 and 级 that no figure counts: a latitude or longitude (北纬30度, 东经120.5度), a slope or angle (坡度25度以上,
    倾角30度), a spirit's strength (白酒53度), an earthquake's magnitude and a wind's force (6.5级地震, 风力7级), a
    flat's rooms (3室2厅, 两室一厅) and a generation (80后, 九零后): none, the sentence's own figure stays."""
    a, b = rng.randint(2, 89), rng.randint(1, 9)
    text = rng.choice([f"北纬{a}度", f"东经{a + 30}.{b}度", f"坡度{a % 40 + 5}度以上的耕地", f"倾角{a}度",
                       f"白酒{a % 30 + 30}度", f"发生{b % 7 + 2}.{b}级地震", f"风力{b % 9 + 2}级",
                       f"{b % 4 + 1}室{b % 2 + 1}厅", "两室一厅", f"{rng.choice(['70', '80', '90', '00'])}后",
                       f"{rng.choice(['八零', '九零', '零零'])}后"])
    k = rng.randint(2, 99)
    yield Case("grade_bearing", f"{text}，新建学校{k}所", (Want(k, None, "所"),), counted=True)



def counted_halves(rng: random.Random) -> Iterator[Case]:
    """A half between the counter and 亿 (三个半亿元 = 3.5亿 元, 一个半亿元) and half of one 亿 (半个亿元 = 0.5亿 元):
    the amount in 元, never 3.5 个; with no unit after it (投资一个半亿, 投资半个亿) no figure, as 投资2亿 gives none,
    and a range before the counter (三四个半亿元) none."""
    d = rng.randint(1, 20)
    n = chinese(d, rng, two="两") if rng.random() < 0.8 else str(d)
    k = rng.randint(2, 99)
    verb = rng.choice(["投资", "筹资", "总投资", "完成投资", "预算"])
    yield Case("counted_half", f"{verb}{n}个半亿元，新建学校{k}所", (Want((d + 0.5) * 1e8, None, "元"), Want(k, None, "所")),
               counted=True)
    yield Case("counted_half.half", f"{verb}半个亿元，新建学校{k}所", (Want(5e7, None, "元"), Want(k, None, "所")),
               counted=True)
    yield Case("counted_half.bare", f"{verb}{rng.choice([n + '个半亿', '半个亿'])}，新建学校{k}所", (Want(k, None, "所"),),
               counted=True)
    yield Case("counted_half.range", f"{verb}{rng.choice(['三四', '五六', '七八'])}个半亿元，新建学校{k}所",
               (Want(k, None, "所"),), counted=True)


def wanwan_tails(rng: random.Random) -> Iterator[Case]:
    """万万 is 亿 in older texts, with a 万 section after it (四万万五千万 = 4.5亿, 三万万零五百万 = 3.05亿); with a bare
    number after it and no 零 (四万万五千, 四万万五: 4.5亿 with 万 left off, or as written?) no figure."""
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    head = "两" if a == 2 else PLAIN[a]
    m = rng.choice(["人", "元", "吨"])
    written, value = rng.choice([(f"{head}万万{PLAIN[b]}千万", a * 1e8 + b * 1e7),
                                 (f"{head}万万零{PLAIN[b]}百万", a * 1e8 + b * 1e6),
                                 (f"{head}万万{PLAIN[b]}千{PLAIN[a]}百万", a * 1e8 + b * 1e7 + a * 1e6)])
    yield Case("wanwan_tail", f"全国共有{written}{m}", (Want(value, None, m),), counted=True)
    yield Case("wanwan_tail.bare", written, (Want(value),))
    k = rng.randint(2, 99)
    yield Case("wanwan_tail.unsure", f"全国共有{head}万万{PLAIN[b]}{rng.choice(['千', ''])}{m}，新建学校{k}所",
               (Want(k, None, "所"),), counted=True)


def liang_weights(rng: random.Random) -> Iterator[Case]:
    """两 right after a place or a section ends no numeral as a shortened next digit (三百五 = 350, but 二百两 and
    三千两白银 are that many 两 of weight or silver, 二十两黄金 twenty 两): never 220, 3200 or 22; alone no figure.
    两 inside a numeral stays 2 (两千两百 = 2200, 两百零两 = 202)."""
    a = rng.randint(1, 9)
    head = "两" if a == 2 else PLAIN[a]
    place = rng.choice(["十", "百", "千", "万"])
    written = f"{head}{place}两"
    k = rng.randint(2, 99)
    yield Case("liang_weight", f"{rng.choice(['赏银', '黄金', '白银', '纹银'])}{written}，新建学校{k}所",
               (Want(k, None, "所"),), counted=True)
    yield Case("liang_weight.bare", written, ())
    yield Case("liang_weight.inside", f"全年累计{head}千两百元", (Want(a * 1000 + 200, None, "元"),), counted=True)


def full_tenths(rng: random.Random) -> Iterator[Case]:
    """十成 is ten tenths (十成把握 = 100 %), as 九成 is 90 %; 九成九 99 %; more tenths than ten (十成五, 十一成, 二十成)
    are no share: no figure, never 105 % or 110 %."""
    k = rng.randint(2, 99)
    yield Case("full_tenths", f"{rng.choice(['有十成把握', '十成的把握', '完成率达到十成'])}，新建学校{k}所",
               (Want(100, None, "%"), Want(k, None, "所")), counted=True)
    over = rng.choice([f"十成{PLAIN[rng.randint(1, 9)]}", f"十{PLAIN[rng.randint(1, 9)]}成", "十成半",
                       f"{PLAIN[rng.randint(2, 9)]}十成"])
    yield Case("full_tenths.over", f"达到{over}，新建学校{k}所", (Want(k, None, "所"),), counted=True)



def vague_pairs(rng: random.Random) -> Iterator[Case]:
    """Two digits spoken together for "a few" (一两个, 两三天, 三五天, 七八十人, 十一二岁, 四五十万元, 一两百万元): the
    range of the two or no figure, never one of them alone; 三两个 (said high end first, 2–3 个) is that range, and 五三个,
    八七个 (the wrong way round) are none."""
    a = rng.randint(1, 8)
    written, low, high = rng.choice([
        (f"{'一两' if a == 1 else PLAIN[a] + PLAIN[a + 1]}", a, a + 1), ("三五", 3, 5),
        (f"{PLAIN[a]}{PLAIN[a + 1]}十", a * 10, a * 10 + 10), (f"十{PLAIN[a]}{PLAIN[a + 1]}", 10 + a, 11 + a),
        (f"{PLAIN[a]}{PLAIN[a + 1]}百", a * 100, a * 100 + 100), (f"{PLAIN[a]}{PLAIN[a + 1]}十万", a * 1e5, (a + 1) * 1e5),
        ("一两百万", 1e6, 2e6), ("一二十", 10, 20), ("三两", 2, 3)])
    m = rng.choice(["个人", "人", "天", "家", "吨"] if high < 100 else ["人", "家", "吨"])
    k = rng.randint(2, 99)
    yield Case("vague_pair", f"现场来了{written}{m}，新建学校{k}所",
               (Want(low, high, m.removeprefix("个")), Want(k, None, "所")), counted=True)
    yield Case("vague_pair.reversed", f"现场来了{rng.choice(['五三', '八七'])}个人，新建学校{k}所",
               (Want(k, None, "所"),), counted=True)


def beyond_words(rng: random.Random) -> Iterator[Case]:
    """开外 after a number is "past that many" (五十岁开外, 五十人开外: at least 50, lower_bound); with no measure word
    (年过五十开外, 他六十开外) no figure, as a bare number in prose gives none."""
    a = rng.randint(3, 9)
    written = f"{PLAIN[a]}十"
    k = rng.randint(2, 99)
    m = rng.choice(["岁", "人", "公里"])
    yield Case("beyond", f"{rng.choice(['年龄在', '约有', '相距'])}{written}{m}开外，新建学校{k}所",
               (Want(a * 10, None, m, "lower_bound"), Want(k, None, "所")), counted=True)
    yield Case("beyond.bare", f"{rng.choice(['他已', '老人', '年龄在'])}{written}开外，新建学校{k}所",
               (Want(k, None, "所"),), counted=True)


def suite_forms_19(rng: random.Random) -> Iterator[Case]:
    """Forms number-reading suites of other projects list, drawn afresh: a sign before a rate or a temperature (负5%,
    -3.2%, 零下5摄氏度), 余 after a magnitude (1万余人, 千余人, 百余家: lower bounds), capitals with 整 (贰万元整),
    廿 卅 卌, 〇 and 零 as zero (一〇五人, 一百零五人), 两 before a place (两千人), 万亿 (3万亿元), separators and spaces
    (1,234.5万元, 12 345人), ten to a power (1.2×10⁴吨), rates over 100 (增长120%), multiples (是…的2倍, 增长1.5倍),
    neighbouring tenths (五六成: 50–60 %); and no figure for ranks (第3名, 前5位, 名列前三)."""
    a, b, c = rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)
    n = rng.randint(2, 99)
    written, value, high, measure, qual = rng.choice([
        (f"增长负{a}%", -a, None, "%", "exact"), (f"增长率为-{a}.{b}%", -(a + b / 10), None, "%", "exact"),
        (f"气温零下{a}摄氏度", -a, None, "℃", "exact"), (f"参会{a}万余人", a * 1e4, None, "人", "lower_bound"),
        (f"{PLAIN[a]}千余人参加", a * 1000, None, "人", "lower_bound"), ("百余家企业", 100, None, "家", "lower_bound"),
        ("合计贰万元整", 20000, None, "元", "exact"),
        (f"{FORMAL[a]}仟{FORMAL[b]}佰元整", a * 1000 + b * 100, None, "元", "exact"),
        (f"廿{PLAIN[a]}人", 20 + a, None, "人", "exact"), (f"卅{PLAIN[a]}年", 30 + a, None, "年", "exact"),
        (f"卌{PLAIN[a]}人", 40 + a, None, "人", "exact"),
        (f"一〇{PLAIN[a]}人", 100 + a, None, "人", "exact"), (f"一百零{PLAIN[a]}人", 100 + a, None, "人", "exact"),
        (f"两千{PLAIN[a]}百人", 2000 + a * 100, None, "人", "exact"), (f"{a}万亿元", a * 1e12, None, "元", "exact"),
        (f"{a},{b}{c}{a}.{b}万元", (a * 1000 + b * 100 + c * 10 + a + b / 10) * 1e4, None, "元", "exact"),
        (f"{a}{b} {c}{a}{b}人", a * 10000 + b * 1000 + c * 100 + a * 10 + b, None, "人", "exact"),
        (f"{a}.{b}×10⁴吨", (a + b / 10) * 1e4, None, "吨", "exact"), (f"增长1{a}{b}%", 100 + a * 10 + b, None, "%", "exact"),
        (f"是去年的{a}倍", a, None, "倍", "exact"), (f"增长{a}.{b}倍", a + b / 10, None, "倍", "exact"),
        (f"有{PLAIN[min(a, 8)]}{PLAIN[min(a, 8) + 1]}成的把握", min(a, 8) * 10, min(a, 8) * 10 + 10, "%", "exact")])
    yield Case("suite19", f"{written}，新建学校{n}所",
               (Want(float(f"{value:.15g}"), high, measure, qual), Want(n, None, "所")), counted=True)
    none = rng.choice([f"获得第{a}名", f"排名前{a}位", f"名列前{PLAIN[a]}", f"位居第{PLAIN[a]}", f"前{PLAIN[a]}名"])
    yield Case("suite19.none", f"{none}，新建学校{n}所", (Want(n, None, "所"),), counted=True)



def more_up_to(rng: random.Random) -> Iterator[Case]:
    """A round number with 多, 余 or 来 right before the round number above it (十多二十万元, 三十多四十岁, 一百多两百人,
    五十来六十岁, 3万多4万元) is one vague range up to the second, as 十几二十万 is: that range or no figure, never the
    second alone (20万 exact) nor the first as a count of its own; so too after a measure word written before the
    number (月薪十几二十万, 人口十多二十万: never 11–19 元 or 10 人)."""
    d = rng.randint(1, 8)
    word = rng.choice(["多", "余", "来"])
    place, f = rng.choice([("十", 10), ("百", 100), ("千", 1000)])
    head = ("" if d == 1 and place == "十" else PLAIN[d]) + place
    nxt = ("两" if d == 1 and place != "十" else PLAIN[d + 1]) + place
    mag, g = rng.choice([("", 1), ("万", 1e4)])
    m = rng.choice(["人", "元", "岁", "家"]) if not mag else rng.choice(["人", "元", "吨"])
    yield Case("more_up_to", f"今年共有{head}{word}{nxt}{mag}{m}", (Want(d * f * g, (d + 1) * f * g, m),),
               either=True, counted=True)
    yield Case("more_up_to.arabic", f"今年共有{d}万{word}{d + 1}万{m}", (Want(d * 1e4, (d + 1) * 1e4, m),),
               either=True, counted=True)
    tens = rng.choice(["十几二十", "十多二十", "二十几三十", "二十多三十"])
    low, high = {"十几二十": (11, 20), "十多二十": (10, 20), "二十几三十": (21, 30), "二十多三十": (20, 30)}[tens]
    before, unit = rng.choice([("月薪", "元"), ("年收入", "元"), ("人口", "人")])
    yield Case("more_up_to.before", f"{before}{tens}万", (Want(low * 1e4, high * 1e4, unit),), either=True,
               counted=True)


def skipped_places(rng: random.Random) -> Iterator[Case]:
    """A section whose last digit follows 百 or 千 with no 零 and no place of its own, right before 万 or 亿
    (三百七万, 一千八万元, 六千七亿, 3千7万; 三亿五万, 一万二亿 after a section): 307万 with its 零 left off
    or 370万 shortened as 三百七 alone is? no sure reading, so no figure; written with its 零 (三百零七万) or its
    place (三百七十万) it is that number, and alone at the end of a numeral (三百七, 五万三千二) it is shortened."""
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    place, f = rng.choice([("百", 100), ("千", 1000)])
    mag, g = rng.choice([("万", 1e4), ("亿", 1e8), ("万", 1e4)])
    m = rng.choice(["元", "人", "吨", "个"])
    head = ("两" if a == 2 and rng.random() < 0.5 else PLAIN[a]) + place
    yield Case("skipped_place", f"{head}{PLAIN[b]}{mag}", ())
    yield Case("skipped_place.unit", sent(rng, f"{head}{PLAIN[b]}{mag}{m}"), ())
    yield Case("skipped_place.arabic", sent(rng, f"{a}{place}{b}{mag}{m}"), ())
    yield Case("skipped_place.section", sent(rng, f"{PLAIN[a]}{rng.choice(['亿', '万'])}{PLAIN[b]}"
                                                 f"{'亿' if rng.random() < 0.5 else '万'}{m}"), ())
    zero = f"{head}零{PLAIN[b]}{mag}"
    yield from both("skipped_place.zero", rng, zero, (a * f + b) * g, m)
    tens = "十" if place == "百" else "百"
    yield from both("skipped_place.place", rng, f"{head}{PLAIN[b]}{tens}{mag}", (a * f + b * f / 10) * g, m)


def placed_magnitudes(rng: random.Random) -> Iterator[Case]:
    """A place word read as a magnitude (百, 千, 百万, 千亿) after a Chinese numeral that holds 百 or 千 at or
    below it (七百八千, 八百百万, 九千五千, 二百千) breaks the places' order: no figure, never 780000 or 8亿;
    after Arabic digits (30千元, 3百人), a numeral with no place (三千万) or tens alone (三十千, 五六十千: one
    reading) it is that magnitude, and before a unit that begins with it (三十千瓦, 五十七千米) it is the unit's."""
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    m = rng.choice(["元", "人", "吨"])
    written = rng.choice([f"{PLAIN[a]}百{PLAIN[b]}千", f"{PLAIN[a]}百百", f"{PLAIN[a]}百千", f"{PLAIN[a]}千{PLAIN[b]}千",
                          f"{PLAIN[a]}百百万", f"{PLAIN[a]}千千万", f"{PLAIN[a]}百{PLAIN[b]}千万"])
    yield Case("placed_mag", written, ())
    yield Case("placed_mag.unit", sent(rng, written + m), ())
    yield from both("placed_mag.arabic", rng, f"{a}{b}千", (a * 10 + b) * 1000, m)
    mag, g = rng.choice([("千万", 1e7), ("百万", 1e6), ("千亿", 1e11)])
    yield from both("placed_mag.plain", rng, f"{PLAIN[a]}{mag}", a * g, m)
    yield from both("placed_mag.tens", rng, f"{PLAIN[a]}十千", a * 10000, m)
    u, name = rng.choice([("千瓦", "千瓦"), ("千米", "千米"), ("千克", "千克")])
    yield Case("placed_mag.own_unit", sent(rng, f"{PLAIN[a]}十{PLAIN[b]}{u}"), (Want(a * 10 + b, None, name),))


def zero_after_ten(rng: random.Random) -> Iterator[Case]:
    """零 right after 十 (二十零一, 十零六, 三十零五万) marks no gap, for nothing lies between 十 and the ones: a
    typing slip of 二十一, 二千零一 or 二百零一, so no figure; 零 after a section's 十 (二十万零三) or after 百 and
    千 (一百零五, 一千零十) stays that number."""
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    m = rng.choice(["元", "人", "吨"])
    head = rng.choice(["", PLAIN[a]]) + "十"
    mag = rng.choice(["", "", "万", "亿"])
    yield Case("ten_zero", f"{head}零{PLAIN[b]}{mag}", ())
    yield Case("ten_zero.unit", sent(rng, f"{head}零{PLAIN[b]}{mag}{m}"), ())
    sec, g = rng.choice([("万", 1e4), ("亿", 1e8)])
    yield from both("ten_zero.section", rng, f"{PLAIN[a]}十{sec}零{PLAIN[b]}", a * 10 * g + b, m)
    f = {"": 1, "万": 1e4, "亿": 1e8}[mag]
    yield from both("ten_zero.hundred", rng, f"{PLAIN[a]}百零{PLAIN[b]}{mag}", (a * 100 + b) * f, m)



def listed_tenths(rng: random.Random) -> Iterator[Case]:
    """毛 and 角 alone before a list mark, a colon or a bracket name a thing in a list or a label (八角、桂皮等香料,
    主要产品：八角、肉桂, 八角：3200吨, 八角（吨）: star anise), no money of 0.8 元, with nothing before them that speaks of
    money; a cue before them (价格, 票价, 找零) keeps the money."""
    j = rng.randint(2, 9)
    word = rng.choice(["毛", "角"])
    num = PLAIN[j] if j != 2 else "两"
    other = rng.choice(["桂皮", "肉桂", "花椒", "茴香", "香叶"])
    v = rng.randint(2, 9999)
    yield Case("listed_tenth", rng.choice([f"{num}{word}、{other}等香料", f"主要产品：{num}{word}、{other}",
                                           f"{other}、{num}{word}"]), ())
    yield Case("listed_tenth.label", f"{num}{word}{rng.choice(['：', ':'])}{v}吨", (Want(v, None, "吨"),), counted=True)
    yield Case("listed_tenth.bracket", f"{num}{word}{rng.choice(['（吨）', '(吨)'])} {v}", ())
    k = rng.randint(2, 9)
    yield Case("listed_tenth.cue", f"{rng.choice(['票价', '价格', '每斤'])}{num}{word}、{PLAIN[k]}元不等",
               (Want(j / 10, None, "元"), Want(k, None, "元")), counted=True)


def building_addresses(rng: random.Random) -> Iterator[Case]:
    """A building's number before its entrance or its flat (12栋3单元, 3幢2单元501室, 住在5栋1201室) is an address: no
    count of 栋; a count of buildings (新建住宅12栋, 共12栋、36个单元) stays."""
    b, u, n = rng.randint(1, 40), rng.randint(1, 9), rng.randint(2, 60)
    word = rng.choice("栋幢")
    flat = f"{rng.randint(1, 30)}{rng.randint(1, 4):02d}"
    tail = rng.choice([f"{u}单元", f"{u}单元{flat}室", f"{flat}室"])
    yield Case("building_address", f"{rng.choice(['家住', '住在', '小区'])}{b}{word}{tail}的居民反映，新建学校{n}所",
               (Want(n, None, "所"),), counted=True)
    yield Case("building_address.count", f"{rng.choice(['新建住宅', '改造老旧楼房', '小区共有'])}{b}{word}",
               (Want(b, None, word),), counted=True)


def event_years(rng: random.Random) -> Iterator[Case]:
    """A two-digit year before an event of that year (98年抗洪, 97年香港回归, 98年的洪水, 08年金融危机) dates it: no span
    of 98 年; after 经营了 or before 来 the same number is the span it says."""
    yy = rng.choice([rng.randint(10, 99), rng.randint(0, 9)])
    y = f"{yy:02d}"
    event = rng.choice(["抗洪", "的洪水", "特大洪水", "金融危机", "的金融危机", "香港回归", "澳门回归", "奥运会", "非典",
                        "的地震", "冰灾"])
    n = rng.randint(2, 900)
    yield Case("event_year", f"{rng.choice(['他在', '', '经历了'])}{y}年{event}，全村受损房屋{n}间",
               (Want(n, None, "间"),), counted=True)
    span = rng.randint(11, 99)
    yield Case("event_year.span", f"抗洪{span}年来，全村新建堤坝{n}米", (Want(span, None, "年"), Want(n, None, "米")),
               counted=True)


def area_prices(rng: random.Random) -> Iterator[Case]:
    """A price per square metre by the area's symbol or its short word (均价1.2万元/㎡, 12000元/m², 8000元/m2,
    3万元/平米, 50元/㎡·月) and rates of flow and output by Latin symbols (100m³/s, 5万m³/d, 30万t/a, 5t/h): the
    whole rate as written, never nothing; a digit right after m2 makes another number (12000元/m23: none)."""
    per = rng.choice(["元/㎡", "元/m²", "元/m2", "元/平米", "元/㎡·月", "元/平米·月"])
    big = rng.random() < 0.5
    v = rng.randint(11, 99) / 10 if big else rng.randint(800, 30000)
    written = f"{v:g}万{per}" if big else f"{v}{per}"
    yield Case("area_price", f"{rng.choice(['新房均价', '二手房成交均价', '租金为', '挂牌价'])}{written}"
               f"{rng.choice(['', '，环比持平', '左右'])}",
               (Want(v * 1e4 if big else v, None, per),))
    rate = rng.choice(["m³/s", "m3/s", "m³/d", "m3/d", "t/d", "t/a", "t/h"])
    r = rng.randint(2, 900)
    mag = rng.choice(["", "万"])
    yield Case("area_price.rate", f"{rng.choice(['设计能力', '处理规模', '流量为', '产能'])}{r}{mag}{rate}",
               (Want(r * (1e4 if mag else 1), None, rate),))
    yield Case("area_price.code", f"编号{r}{rng.choice(['t/a', 't/d', '元/m2'])}{rng.randint(1, 9)}", ())



def wheeled(rng: random.Random) -> Iterator[Case]:
    """三轮车, 两轮电动车, 四轮驱动: the wheels of a kind of vehicle, no count of rounds; the vehicles' count after stays,
    and 三轮谈判 or 融资3轮 count rounds."""
    w = rng.choice(["两", "三", "四"])
    n = rng.randint(2, 9000)
    kind = rng.choice(["车", "电动车", "摩托车", "驱动汽车", "货车"])
    yield Case("wheeled", f"{rng.choice(['新增', '查处', '全市共有'])}{w}轮{kind}{n}辆", (Want(n, None, "辆"),),
               counted=True)
    r = rng.randint(2, 9)
    yield Case("wheeled.rounds", f"{rng.choice(['开展', '完成', '进行'])}{PLAIN[r]}轮{rng.choice(['谈判', '督查', '融资'])}",
               (Want(r, None, "轮"),), counted=True)


def people_formats(rng: random.Random) -> Iterator[Case]:
    """五人制足球, 7人制橄榄球: a game's format; 三人间病房, 四人间宿舍: a room by its beds. No people counted; the count
    after stays, and 300人间接就业 counts people."""
    k = rng.choice([("三", 3), ("五", 5), ("七", 7), ("十一", 11), ("3", 3), ("5", 5), ("7", 7)])[0]
    n = rng.randint(2, 99)
    game = rng.choice(["足球赛", "足球比赛", "篮球赛", "橄榄球赛"])
    yield Case("people_format", f"举办{k}人制{game}{n}场", (Want(n, None, "场"),), counted=True)
    room = rng.choice(["病房", "宿舍", "客房"])
    yield Case("people_format.room", f"改造{rng.choice(['双', '三', '四', '六', '4'])}人间{room}{n}间",
               (Want(n, None, "间"),), counted=True)
    m = rng.randint(20, 9000)
    yield Case("people_format.count", f"带动{m}人间接就业", (Want(m, None, "人"),), counted=True)


def latin_points(rng: random.Random) -> Iterator[Case]:
    """Percentage points as broker reports write them, pp right after the digits (毛利率同比提升2.3pp, 净息差收窄0.2PP,
    同比-1.2pp, 回落1.5～2pp): 百分点 as 2.3个百分点 is; pp before another Latin letter is another word (5ppm, 2ppt: no
    figure), and PP after 个 may name a thing of polypropylene (采购3个PP桶: 3 个, never 3 百分点)."""
    v = rng.randint(1, 99) / 10
    pp = rng.choice(["pp", "PP"])
    rate = rng.choice(["毛利率", "净利率", "净息差", "市场份额", "资产负债率", "不良贷款率"])
    verb = rng.choice(["同比提升", "提升", "同比下降", "收窄", "回落", "环比提高", "较上年末下降"])
    tail = rng.choice(["", "，", "至35.2%", "。"])
    yield Case("latin_point", f"{rate}{verb}{v:g}{pp}{tail}",
               (Want(v, None, "百分点"), *([Want(35.2, None, "%")] if "%" in tail else [])), counted=True)
    sign = rng.choice(["-", "+"])
    yield Case("latin_point.sign", f"{rate}同比{sign}{v:g}{pp}", (Want(-v if sign == "-" else v, None, "百分点"),),
               counted=True)
    hi = v + rng.randint(1, 20) / 10
    yield Case("latin_point.range", f"{rate}{verb}{v:g}{rng.choice(['～', '-', '至'])}{hi:g}{pp}",
               (Want(v, float(f"{hi:.10g}"), "百分点"),), counted=True)
    n = rng.randint(2, 30)
    yield Case("latin_point.other", rng.choice([f"二氧化硫浓度为{v:g}ppm", f"检出浓度{v:g}ppt", f"浓度{v:g}ppb"]), ())
    yield Case("latin_point.thing", f"{rng.choice(['采购', '新增', '回收'])}{n}个PP{rng.choice(['桶', '袋', '箱'])}",
               (Want(n, None, "个"),), counted=True)



def rank_places(rng: random.Random) -> Iterator[Case]:
    """A place in a ranking with no 第 (增速排名全省3位, 居全市五位, 位列全国12名) and a move in one (位次前移3位, 全省排名
    上升两位, 名次提升5个位次) are ranks, no count of 位 or 名; people counted by 位 or 名 beside a ranking's word
    (排名靠前的3位专家, 居民代表12名) stay counts."""
    k = rng.randint(1, 40)
    written = rng.choice([str(k), chinese(k, rng, two=rng.choice("二两"))])
    n = rng.randint(2, 90)
    word = rng.choice(["排名", "排在", "位居", "位列", "稳居", "居", "列"])
    scope = rng.choice(["全国", "全省", "全市", "全州", "全省县市区", "全国同类城市", "全市各区县"])
    if word in ("排名", "排在", "位居", "位列") and rng.random() < 0.3:
        scope = ""  # 综合实力位列12名
    rank = f"{rng.choice(['增速', '总量', '综合实力', '经济总量'])}{word}{scope}{written}{rng.choice(['位', '名'])}"
    yield Case("rank_place", f"{rank}，新增企业{n}家", (Want(n, None, "家"),), counted=True)
    move = (f"{rng.choice(['全省', '全市', ''])}{rng.choice(['排名', '位次', '名次', '排位'])}"
            f"{rng.choice(['', '较上年', '比上年', '同比', '比去年', '较2025年'])}"
            f"{rng.choice(['前移', '上升', '提升', '后移', '下降', '跃升'])}{rng.choice(['', '了', '至'])}"
            f"{written}{rng.choice(['位', '名', '个位次', '位次'])}")
    yield Case("rank_place.move", f"{move}，新增企业{n}家", (Want(n, None, "家"),), counted=True)
    people = rng.choice([f"排名靠前的{n}位专家参加评审", f"邀请居民代表{n}名", f"名次相同的{n}名选手",
                         f"居家养老服务老人{n}位", f"全省排名前列的{n}位企业家"])
    m = "名" if f"{n}名" in people else "位"
    yield Case("rank_place.people", people, (Want(n, None, m),), counted=True)



def glued_marks(rng: random.Random) -> Iterator[Case]:
    """A digit right after 元, 块 or 米 is a tenth only after a small whole said plainly (票价3元5, 两块八, 宽12米5): after
    a magnitude (3亿元5, 三亿元五), a decimal point or a whole of a thousand or more (32156元3) it is a footnote's mark
    a page glued on, and the figure ends at its measure word; after 米 a 2 or 3 that follows tens or a magnitude
    (30米3, 3.5万米2) is a square's or a cube's superscript lost: no figure, never 30.3 米."""
    k = rng.randint(1, 9)
    cue = rng.choice(["，增长5%", "，比上年增长5%", "。"])
    tail = [Want(5, None, "%")] if "5%" in cue else []
    a = rng.randint(11, 9999) / 10
    mag, f = rng.choice([("万", 1e4), ("亿", 1e8)])
    head = rng.choice(["地区生产总值", "全年完成投资", "财政收入", "实现营业收入"])
    yield Case("glued_mark", f"{head}{a:g}{mag}元{k}{cue}", (Want(float(f"{a * f:.10g}"), None, "元"), *tail),
               counted=True)
    n = rng.randint(1000, 99999)
    yield Case("glued_mark.large", f"{rng.choice(['人均可支配收入', '人均消费支出', '月平均工资'])}{n}元{k}{cue}",
               (Want(n, None, "元"), *tail), counted=True)
    c = rng.randint(1, 9)
    yield Case("glued_mark.chinese", f"{head}{PLAIN[c]}{mag}元{PLAIN[k]}{cue}", (Want(c * f, None, "元"), *tail),
               counted=True)
    w, t = rng.randint(1, 9), rng.randint(1, 9)
    spoken, unit = rng.choice([(f"票价{w}元{t}", "元"), (f"每斤{w}块{t}", "元"), (f"宽{w}米{t}", "米"),
                               (f"票价{PLAIN[w]}元{PLAIN[t]}", "元")])
    yield Case("glued_mark.spoken", spoken, (Want(float(f"{w}.{t}"), None, unit),), counted=True)
    v = rng.randint(10, 99)
    yield Case("glued_mark.power", rng.choice([f"蓄水池容积{v}米3{cue}", f"新增绿地{a:g}万米2{cue}",
                                                f"硬化场地{v}米2{cue}"]), tuple(tail), counted=True)


def section_neighbours(rng: random.Random) -> Iterator[Case]:
    """一亿二、三千万元, 3亿2、3千万元, 十二亿五、六千万元: the first's last digit stands in the place below 亿 (千万), which
    the second writes out with its section: one range (1.2亿–1.3亿 元), never 1.2亿 元 and 3000万 元 apart, as
    一万七、八千人 is 17000–18000 人; a lone digit after a shortened place stands in that place (收入一万二、三元 =
    12000–13000 元, never 3 元). After 分别 they are a list, each its own figure."""
    a, d = rng.randint(1, 30), rng.randint(1, 8)
    head, unit = rng.choice([("总投资", "元"), ("实现营业收入", "元"), ("接待游客", "人次"), ("粮食产量", "吨")])
    arabic = rng.random() < 0.3
    first = f"{a}亿{d}" if arabic else f"{chinese(a, rng)}亿{PLAIN[d]}"
    second = f"{d + 1}千万" if arabic else f"{PLAIN[d + 1]}千万"
    low = a * 10**8 + d * 10**7
    yield Case("section_neighbours", f"{head}{first}、{second}{unit}", (Want(low, low + 10**7, unit),), counted=True)
    w = rng.randint(1, 99)
    yield Case("section_neighbours.wan", f"{head}{chinese(w, rng)}万{PLAIN[d]}、{PLAIN[d + 1]}千{unit}",
               (Want(w * 10**4 + d * 1000, w * 10**4 + (d + 1) * 1000, unit),), counted=True)
    place, f = rng.choice([("万", 10**4), ("千", 1000), ("亿", 10**8)])
    yield Case("section_neighbours.lone", f"{head}{PLAIN[w % 9 + 1]}{place}{PLAIN[d]}、{PLAIN[d + 1]}{unit}",
               (Want((w % 9 + 1) * f + d * f // 10, (w % 9 + 1) * f + (d + 1) * f // 10, unit),), counted=True)
    yield Case("section_neighbours.list", f"东西两区分别投资{first}、{second}元",
               (Want(low, None, "元"), Want((d + 1) * 10**7, None, "元")), counted=True)


def named_neighbours(rng: random.Random) -> Iterator[Case]:
    """月薪七、八千 (7000–8000 元), 人口一万七、八千 (17000–18000 人), 工资一万二、三 (12000–13000 元: the second in the
    first's shortened place): a number that a word before it measures, 、 and a bare neighbour ending the clause are one
    range, the measure named once (as 百分之五、六 is 5–6 %); never the first alone (七 = 7 元). Where neither writes its
    place (月薪七、八), no range is sure: no figure."""
    d, w = rng.randint(1, 8), rng.randint(1, 9)
    word, measure = rng.choice([("月薪", "元"), ("房租", "元"), ("工资", "元"), ("人口", "人"), ("人民币", "元")])
    place, f = rng.choice([("千", 1000), ("百", 100)])
    yield Case("named_neighbours", f"{word}{PLAIN[d]}、{PLAIN[d + 1]}{place}", (Want(d * f, (d + 1) * f, measure),),
               counted=True)
    yield Case("named_neighbours.below", f"{word}{PLAIN[w]}万{PLAIN[d]}、{PLAIN[d + 1]}千",
               (Want(w * 10**4 + d * 1000, w * 10**4 + (d + 1) * 1000, measure),), counted=True)
    yield Case("named_neighbours.shortened", f"{word}{PLAIN[w]}万{PLAIN[d]}、{PLAIN[d + 1]}",
               (Want(w * 10**4 + d * 1000, w * 10**4 + (d + 1) * 1000, measure),), counted=True)
    yield Case("named_neighbours.unsure", f"{word}{PLAIN[d]}、{PLAIN[d + 1]}", (), counted=True)


def decimal_neighbours(rng: random.Random) -> Iterator[Case]:
    """零点五、六个百分点 (0.5–0.6 百分点), 一点二、三万人, 百分之三点五、六: a Chinese decimal ending in d, 、 and d+1
    alone (its section after it at most) are one range in the last decimal place, never the second alone (6 百分点)."""
    w, d = rng.randint(0, 9), rng.randint(1, 8)
    low = round(w + d / 10, 1)
    high = round(low + 0.1, 1)
    numeral = f"{PLAIN[w]}点{PLAIN[d]}、{PLAIN[d + 1]}"
    yield Case("decimal_neighbours", f"{rng.choice(['增速回落', '占比提高', '失业率下降'])}{numeral}个百分点",
               (Want(low, high, "百分点"),), counted=True)
    yield Case("decimal_neighbours.rate", f"{rng.choice(['占比为', '增长'])}百分之{numeral}", (Want(low, high, "%"),),
               counted=True)
    unit = rng.choice(["人", "吨", "元"])
    yield Case("decimal_neighbours.wan", f"{rng.choice(['新增', '全年完成'])}{numeral}万{unit}",
               (Want(round(low * 10**4), round(high * 10**4), unit),), counted=True)


def half_bought(rng: random.Random) -> Iterator[Case]:
    """猪肉15元半斤, 茶叶80元半公斤: 半 after a price's money word and before a measure word is what the price buys half
    of: 15 元, never 15.5 元; 半票 is the half-price ticket (成人票80元半票40元: 80 元 and 40 元). Before no measure
    word the half is the price's (白菜三块半一斤 = 3.5 元, 每人3元半)."""
    n = rng.randint(2, 99)
    goods, per = rng.choice([("猪肉", "斤"), ("牛肉", "斤"), ("茶叶", "公斤"), ("鲜鱼", "千克")])
    yield Case("half_bought", f"{goods}{n}元半{per}", (Want(n, None, "元"),), counted=True)
    m = rng.randint(1, n - 1)
    yield Case("half_bought.ticket", f"成人票{n}元半票{m}元", (Want(n, None, "元"), Want(m, None, "元")), counted=True)
    k = rng.randint(3, 9)
    yield Case("half_bought.price", rng.choice([f"白菜{PLAIN[k]}块半一斤", f"每人{k}元半"]), (Want(k + 0.5, None, "元"),),
               counted=True)


def floor_addresses(rng: random.Random) -> Iterator[Case]:
    """A floor's number after a building's (2号楼3层, A座5层, 3栋2层201室) or before a room on it (在5层会议室, 八层报告厅)
    says where: no count of 层; a building's floors counted (该楼共有12层, 新建5层教学楼, 地上20层、地下3层) stay."""
    b, f, u, n = rng.randint(1, 30), rng.randint(1, 30), rng.randint(1, 3), rng.randint(2, 60)
    room = f"{f}{rng.randint(1, 30):02d}"
    where = rng.choice([f"会议在{b}号楼{f}层举行", f"办公地点位于{rng.choice('ABC')}座{f}层", f"住在{b}栋{f}层{room}室",
                        f"在{f}层会议室召开", f"在{chinese(min(f, 20), rng)}层报告厅召开", f"地址为{f}层{room}室"])
    yield Case("floor_address", f"{where}，新建学校{n}所", (Want(n, None, "所"),), counted=True)
    counted = rng.choice([(f"该楼共有{f}层", (Want(f, None, "层"),)), (f"新建{f}层教学楼", (Want(f, None, "层"),)),
                          (f"地上{f}层、地下{u}层", (Want(f, None, "层"), Want(u, None, "层")))])
    yield Case("floor_address.count", counted[0], counted[1], counted=True)


def full_rates(rng: random.Random) -> Iterator[Case]:
    """百分百 is 100 % as 百分之百 is (满意度达到百分百); counted by 个 (实现“三个百分百”目标) it names a slogan's goals: no
    100 %, the count as read."""
    head = rng.choice(["群众满意度达到", "验收合格率为", "适龄儿童入学率", "行政村通硬化路比例达"])
    yield Case("full_rate", f"{head}{rng.choice(['百分百', '百分之百'])}", (Want(100, None, "%"),), counted=True)
    k = rng.randint(2, 5)
    counted = "两三四五"[k - 2]
    yield Case("full_rate.slogan", f"全县将实现“{counted}个{rng.choice(['百分百', '百分之百'])}”目标",
               (Want(k, None, "个"),), counted=True)


def mixed_shortened(rng: random.Random) -> Iterator[Case]:
    """Arabic digits with places (2万5千5元, 1万2千5百5元): one digit after a place is the place below it, shortened as
    两万五千五 is (25500, 12550), never the figure cut before it (25000 元 read from 收入2万5千 with the 5 left over);
    two digits there (3万5千50元) have no sure reading: none."""
    w, a, b, c = rng.randint(1, 99), rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)
    head, unit = rng.choice([("收入", "元"), ("共有", "人"), ("产量", "吨"), ("补贴", "元")])
    yield Case("mixed_shortened", f"{head}{w}万{a}千{b}{unit}", (Want(w * 10**4 + a * 1000 + b * 100, None, unit),),
               counted=True)
    yield Case("mixed_shortened.hundreds", f"{head}{w}万{a}千{b}百{c}{unit}",
               (Want(w * 10**4 + a * 1000 + b * 100 + c * 10, None, unit),), counted=True)
    yield Case("mixed_shortened.two", f"{head}{w}万{a}千{b}0{unit}", (), counted=True)



def rate_points(rng: random.Random) -> Iterator[Case]:
    """城镇化率提高1.2个点, 增速回落了两个点, 占比提高5个点: 个点 after a rate, a growth or a share named earlier in the
    sentence is percentage points; an index, 汇率 or 利率 named nearer (上证指数上涨35个点, 汇率上涨300个点: index
    points, pips, basis points) leaves it none; with nothing named, 个点 right after a verb of change (增长3.5个点) is
    percentage points too (numforms58)."""
    n = rng.choice([rng.randint(1, 9), rng.randint(1, 49) / 10])
    spoken = str(n) if n != 2 or rng.random() < 0.5 else "两"
    rate = rng.choice(["城镇化率", "失业率", "综合毛利率", "增速", "增幅", "占比", "比重", "市场份额", "研发投入强度增长率"])
    verb = rng.choice(["提高", "下降", "回落了", "提升", "收窄", "扩大", "上升"])
    yield Case("rate_points", f"{rate}{verb}{spoken}个点", (Want(n, None, "百分点"),), counted=True)
    p = rng.randint(300, 899) / 10
    yield Case("rate_points.apart", f"{rate}达到{p}%，比上年{verb}{spoken}个点",
               (Want(p, None, "%"), Want(n, None, "百分点")), counted=True)
    other = rng.choice(["上证指数", "深证成指", "人民币汇率", "贷款利率", "沪指", "创业板指数"])
    m = rng.randint(10, 300)
    yield Case("rate_points.index", f"{other}{rng.choice(['上涨', '下跌', '下调'])}{m}个点", (), counted=True)
    yield Case("rate_points.alone", f"{rng.choice(['同比增长', '环比下降', '比上年提高'])}{spoken}个点",
               (Want(n, None, "百分点"),), counted=True)


def clipped_counters(rng: random.Random) -> Iterator[Case]:
    """增幅提高0.3个, 增长3.5个百分: a decimal before a bare 个 after a verb of change is a 个百分点 clipped (things are
    counted whole): no figure, never 0.3 个. After 每 or 均 it is an average (每千人口托位数增加0.5个) and stays, as does a
    decimal listed before its neighbour's measure word (分别提高2.1个、0.7个百分点)."""
    a, b = rng.randint(1, 49) / 10, rng.randint(1, 49) / 10
    head = rng.choice(["增幅", "增速", "占比", "城镇化率"])
    verb = rng.choice(["提高", "下降", "回落", "扩大", "收窄"])
    spoken = f"{PLAIN[int(a)]}点{PLAIN[round(a * 10) % 10]}"
    clipped = rng.choice([f"{head}{verb}{a}个", f"{head}{verb}{a}个百分", f"{head}{verb}{spoken}个"])
    yield Case("clipped_counter", clipped, (), counted=True)
    base = rng.choice(["每千人口托位数", "户均拥有电脑", "每百户家用汽车拥有量"])
    yield Case("clipped_counter.average", f"{base}增加{a}个", (Want(a, None, "个"),), counted=True)
    yield Case("clipped_counter.listed", f"分别{verb}{a}个、{b}个百分点",
               (Want(a, None, "百分点"), Want(b, None, "百分点")), counted=True)


def pay_web(rng: random.Random) -> Iterator[Case]:
    """月薪8k, 年薪50W, 月薪15K-20K: k or w ending a number that a word of pay names is a thousand or 万 of 元 (8000 元,
    500000 元, 15000–20000 元); with no such word (播放量5W, 粉丝1.2w: W is also watts) none, and a pay number before 起
    with no 元 (月薪3000起, 月薪8K起) none, never 3000 起."""
    pay = rng.choice(["月薪", "月收入", "工资", "薪资", "年薪", "底薪"])
    n = rng.choice([rng.randint(3, 30), rng.randint(15, 99) / 10])
    k, scale = rng.choice([("k", 1000), ("K", 1000), ("w", 10000), ("W", 10000)])
    yield Case("pay_web", f"{pay}{n}{k}", (Want(n * scale, None, "元"),), counted=True)
    a = rng.randint(3, 20)
    b = a + rng.randint(1, 10)
    dash = rng.choice(["-", "～", "至", "到"])
    yield Case("pay_web.range", rng.choice([f"{pay}{a}{k}{dash}{b}{k}", f"{pay}{a}{dash}{b}{k}"]),
               (Want(a * scale, b * scale, "元"),), counted=True)
    yield Case("pay_web.bare", f"{rng.choice(['播放量', '粉丝', '阅读量', '点赞'])}{n}{k}", (), counted=True)
    yield Case("pay_web.from", rng.choice([f"{pay}{a}{k}起", f"{pay}{a * 1000}起", f"{pay}{PLAIN[a % 9 + 1]}千起"]), (),
               counted=True)


def bounded_lows(rng: random.Random) -> Iterator[Case]:
    """补贴3万左右至5万元, 三万以上到五万元: the high end of a range whose bare low end is bounded, never 5万元 exact alone;
    after 至, 到 or a wave dash one range bounded as its low end is (numforms56), after a dash none; with no bound the two
    are one range (3万至5万元)."""
    a = rng.randint(1, 20)
    b = a + rng.randint(1, 20)
    head, unit = rng.choice([("补贴", "元"), ("奖励", "元"), ("带动就业", "人"), ("年产", "吨")])
    bound = rng.choice(["左右", "以上", "上下"])
    sep = rng.choice(["至", "到", "-", "～"])
    cn = rng.random() < 0.5
    low, high = (chinese(a, rng), chinese(b, rng)) if cn and sep in "至到" else (str(a), str(b))
    kind = "lower_bound" if bound == "以上" else "approx"
    yield Case("bounded_low", f"{head}{low}万{bound}{sep}{high}万{unit}",
               (Want(a * 10**4, b * 10**4, unit, kind),) if sep in "至到～" else (), counted=True)
    yield Case("bounded_low.plain", f"{head}{low}万{sep}{high}万{unit}", (Want(a * 10**4, b * 10**4, unit),),
               counted=True)
    # a dash after the bound is the range's mark, never a minus sign: the low end with its measure word stays, the high
    # end is none (never −5万元, −8 %)
    dash = rng.choice(["-", "－", "—"])
    if rng.random() < 0.5:
        yield Case("bounded_low.dash", f"{head}{a}万{unit}{bound}{dash}{b}万{unit}",
                   (Want(a * 10**4, None, unit, kind),), counted=True)
    else:
        p = rng.randint(1, 9)
        yield Case("bounded_low.dash", f"增长{p}%{bound}{dash}{p + rng.randint(1, 9)}%", (Want(p, None, "%", kind),),
                   counted=True)

def dash_minus(rng: random.Random) -> Iterator[Case]:
    """同比—3.2%, 增速为–0.5个百分点: an em or en dash right before a rate is its minus sign (−3.2 %, −0.5 百分点); before a
    count (来源—3家企业, 第一阶段—3个月) the dash is punctuation as often: none, never −3 家. Between two numbers it joins
    a range (3—5亿元), and a dash that opens a line before a count (- 3家企业入选) is a bullet: none."""
    dash = rng.choice(["—", "–"])
    p = rng.choice([rng.randint(1, 30), rng.randint(1, 99) / 10])
    head = rng.choice(["同比", "同比增长", "增速为", "环比", "比上年增长", "利润同比"])
    yield Case("dash_minus", f"{head}{dash}{p}%", (Want(-p, None, "%"),), counted=True)
    q = rng.randint(1, 29) / 10
    rate = rng.choice(["城镇化率", "失业率", "占比", "增速"])
    yield Case("dash_minus.points", f"{rate}变动{dash}{q}个百分点", (Want(-q, None, "百分点"),), counted=True)
    n = rng.randint(2, 30)
    lead = rng.choice(["来源", "典型案例", "第一阶段", "重点培育", "其中"])
    counted = rng.choice(["家企业", "个项目", "所学校", "名学生"])
    yield Case("dash_minus.count", f"{lead}{dash}{n}{counted}", (), counted=True)
    a = rng.randint(1, 9)
    b = a + rng.randint(1, 9)
    unit, scale = rng.choice([("亿元", 10**8), ("万人", 10**4), ("%", 1)])
    measure = {"亿元": "元", "万人": "人", "%": "%"}[unit]
    yield Case("dash_minus.range", f"{rng.choice(['预计投资', '计划招收', '增长'])}{a}{dash}{b}{unit}",
               (Want(a * scale, b * scale, measure),), counted=True)
    mark = rng.choice(["-", "－"])
    yield Case("dash_minus.bullet", f"主要成果：\n{mark} {n}{counted}入选", (), counted=True)


def measured_lists(rng: random.Random) -> Iterator[Case]:
    """工资三千、三千五, 人口二十五万、二十六万: a number a word before it measures (工资: 元, 人口: 人), 、 and a full
    number ending the clause are two figures, the measure named once (3000 and 3500 元), never the second lost (the next
    thousand, 工资三千、四千, is the neighbours' range 3000–4000 元, as 工资三、四千 is); 人口二十五、六万,
    a lone next digit with the section both share, is the neighbours' one range (250000–260000 人), as 人口二十五、六万人
    is, and bound by a word of its own (人口二十五、六万左右) none."""
    word, measure = rng.choice([("工资", "元"), ("月工资", "元"), ("房租", "元"), ("月薪", "元"), ("月收入", "元")])
    d = rng.randint(2, 8)
    first = "两" if d == 2 else PLAIN[d]
    if rng.random() < 0.5:
        text, b = f"{first}千、{first}千五", d * 1000 + 500
    else:
        text, b = f"{first}千、{PLAIN[d - 1 if d > 3 else d + 2]}千", (d - 1 if d > 3 else d + 2) * 1000
    yield Case("measured_list", f"{word}{text}", (Want(d * 1000, None, measure), Want(b, None, measure)),
               counted=True)
    # the next thousand after it is the neighbours' range, as 三、四千 is (3000–4000 元)
    yield Case("measured_list.rising", f"{word}{first}千、{PLAIN[d + 1]}千", (Want(d * 1000, (d + 1) * 1000, measure),),
               counted=True)
    a = rng.randint(11, 98)
    while a % 10 in (0, 9):
        a = rng.randint(11, 98)
    head, unit = rng.choice([("人口", "人"), ("常住人口", "人"), ("户籍人口", "人"), ("年收入", "元")])
    yield Case("measured_list.wan", f"全县{head}{chinese(a, rng)}万、{chinese(a + 1, rng)}万",
               (Want(a * 10**4, None, unit), Want((a + 1) * 10**4, None, unit)), counted=True)
    yield Case("measured_list.neighbours", f"全县{head}{chinese(a, rng)}、{PLAIN[a % 10 + 1]}万",
               (Want(a * 10**4, (a + 1) * 10**4, unit),), counted=True)
    yield Case("measured_list.bound", f"全县{head}{chinese(a, rng)}、{PLAIN[a % 10 + 1]}万左右", (), counted=True)


def spoken_bounds(rng: random.Random) -> Iterator[Case]:
    """月入过万, 收入破万, 年薪超百万, 营收破亿, 销售额超千万: a bound of speech before a round magnitude after a word of
    income or takings is money in yuan at least so much (10000 元 and more), and after such a word 过 bounds any number
    (月入过3万: 30000 元 at least; 见过一千人 is no bound). 近 after 补贴 or 津贴 is "nearly" (补贴近3万元: about
    30000 元), never the 近 of 贴近 dropped."""
    word = rng.choice(["月入", "年入", "月均收入", "人均年收入", "年薪", "营收", "营业收入", "销售额", "成交额", "营业额"])
    bound = rng.choice(["过", "破", "超"])
    mag, value = rng.choice([("万", 10**4), ("十万", 10**5), ("百万", 10**6), ("千万", 10**7), ("亿", 10**8),
                             ("百亿", 10**10)])
    yield Case("spoken_bound", f"{word}{bound}{mag}", (Want(value, None, "元", "lower_bound"),), counted=True)
    n = rng.randint(2, 9)
    yield Case("spoken_bound.digit", f"{word}过{n}万", (Want(n * 10**4, None, "元", "lower_bound"),), counted=True)
    head = rng.choice(["补贴", "每人补贴", "津贴", "每户补贴"])
    yield Case("spoken_bound.near", f"{head}近{n}万元", (Want(n * 10**4, None, "元", "approx"),), counted=True)
    m = n + rng.randint(1, 5)
    yield Case("spoken_bound.near_range", f"{head}近{n}万到{m}万元", (Want(n * 10**4, m * 10**4, "元", "approx"),),
               counted=True)


def measured_neighbours(rng: random.Random) -> Iterator[Case]:
    """人口三十、四十万, 人口3、4万, 年收入二十、三十万: round neighbours after a word that measures them (人口: 人,
    收入: 元), the section written after the second alone, are the one range they are with the measure word written
    (300000–400000 人), never the first alone (30 人); after 分别 (a list, one figure each, or a range?) and for numbers
    that are no neighbours (二十、二十五万) none."""
    head, unit = rng.choice([("人口", "人"), ("常住人口", "人"), ("户籍人口", "人"), ("年收入", "元"), ("工资", "元"),
                             ("营收", "元")])
    d = rng.randint(1, 8)
    section, scale = rng.choice([("万", 10**4), ("亿", 10**8)]) if unit == "元" else ("万", 10**4)
    tens = rng.random() < 0.5
    if tens:
        low, high, mult = f"{PLAIN[d]}十", f"{PLAIN[d + 1]}十", 10
    elif rng.random() < 0.5:
        low, high, mult = str(d), str(d + 1), 1
    else:
        low, high, mult = PLAIN[d], PLAIN[d + 1], 1
    yield Case("measured_neighbours", f"全县{head}{low}、{high}{section}",
               (Want(d * mult * scale, (d + 1) * mult * scale, unit),), counted=True)
    yield Case("measured_neighbours.listed", f"两县{head}分别为{low}、{high}{section}", (), counted=True)
    gap = rng.choice([2, 3, 5])
    if d + gap <= 9:
        apart = f"{PLAIN[d + gap]}十" if tens else (str(d + gap) if low.isdigit() else PLAIN[d + gap])
        yield Case("measured_neighbours.apart", f"全县{head}{low}、{apart}{section}", (), counted=True)


def differing(rng: random.Random) -> Iterator[Case]:
    """工资三千、三千五不等, 月薪七、八千不等, 增速为百分之三、五不等: 不等 after the last number says the amounts differ
    and closes them as the clause's end does: a word before them measures each (3000 and 3500 元), neighbours are
    their one range (7000–8000 元), a rate written before is lent to each (3 % and 5 %)."""
    word = rng.choice(["工资", "月薪", "房租", "月收入"])
    d = rng.randint(2, 8)
    first = "两" if d == 2 else PLAIN[d]
    tail = rng.choice(["不等", "不等。", "不等的岗位"])
    yield Case("differing", f"{word}{first}千、{first}千五{tail}", (Want(d * 1000, None, "元"),
                                                               Want(d * 1000 + 500, None, "元")), counted=True)
    yield Case("differing.neighbours", f"{word}{PLAIN[d]}、{PLAIN[d + 1]}千{tail}",
               (Want(d * 1000, (d + 1) * 1000, "元"),), counted=True)
    a = rng.randint(1, 7)
    b = a + rng.randint(2, 9 - a) if a <= 7 else a + 2
    yield Case("differing.rate", f"增速为百分之{PLAIN[a]}、{PLAIN[b]}{tail}", (Want(a, None, "%"), Want(b, None, "%")),
               counted=True)


def when_bounds(rng: random.Random) -> Iterator[Case]:
    """营收首次破亿, 销售额年内突破5000万, 收入再次超过3万: a word of when or how between a word that names the amount
    and its bound keeps the amount (100000000 元 at least), as 营收破亿 does; with no bound after it (营收首次3亿) none."""
    word, unit = rng.choice([("营收", "元"), ("营业收入", "元"), ("销售额", "元"), ("月收入", "元"), ("人口", "人")])
    when = rng.choice(["首次", "首度", "年内", "再次", "一举", "有望"])
    bound = rng.choice(["破", "突破", "超过", "超"])
    mag, value = rng.choice([("万", 10**4), ("百万", 10**6), ("千万", 10**7), ("亿", 10**8)])
    yield Case("when_bound", f"全年{word}{when}{bound}{mag}", (Want(value, None, unit, "lower_bound"),), counted=True)
    n = rng.randint(2, 9)
    yield Case("when_bound.digit", f"{word}{when}{bound}{n}万", (Want(n * 10**4, None, unit, "lower_bound"),),
               counted=True)
    yield Case("when_bound.bare", f"{word}{when}{n}万", (), counted=True)


def money_dash(rng: random.Random) -> Iterator[Case]:
    """利润为—3.5亿元, 净利润由—1200万元增至300万元: an em or en dash after 为, 由 or 从 before money is its minus sign
    (−350000000 元); after a bare name (利润总额—3.5亿元: a label's mark as often) or before a count none."""
    dash = rng.choice(["—", "–"])
    word = rng.choice(["利润", "净利润", "利润总额", "投资收益", "经营现金流"])
    p = rng.choice([rng.randint(1, 99) / 10, rng.randint(100, 9000)])
    mag, scale = ("亿元", 10**8) if p < 10 else ("万元", 10**4)
    link = rng.choice(["为", "由"])
    after = f"增至{rng.randint(1, 9)}{mag}" if link == "由" else ""
    want = (Want(-p * scale, None, "元"),) + ((Want(int(after[2]) * scale, None, "元"),) if after else ())
    yield Case("money_dash", f"{word}{link}{dash}{p}{mag}{after}", want, counted=True)
    yield Case("money_dash.name", f"{word}{dash}{p}{mag}", (), counted=True)
    yield Case("money_dash.count", f"企业数量为{dash}{rng.randint(2, 30)}家", (), counted=True)


def plus_between(rng: random.Random) -> Iterator[Case]:
    """参展企业100+家, 吸纳就业860+人, 收入3万+元: a plus sign between the number and its measure word is "or more" as
    after the measure word (860 人 at least); a plus between two numbers (3+2人, 1+N个) is a sum or a code: none."""
    head, measure = rng.choice([("吸纳就业", "人"), ("参展企业", "家"), ("服务", "户"), ("覆盖", "个"), ("培训学员", "名"),
                                ("销量", "台")])
    n = rng.choice([rng.randint(2, 99) * 10, rng.randint(11, 99) * 100])
    plus = rng.choice(["+", "＋"])
    yield Case("plus_between", f"{head}{n}{plus}{measure}", (Want(n, None, measure, "lower_bound"),), counted=True)
    w = rng.randint(2, 9)
    yield Case("plus_between.mag", f"人均收入{w}万{plus}元", (Want(w * 10**4, None, "元", "lower_bound"),), counted=True)
    yield Case("plus_between.sum", f"{head}{rng.randint(2, 9)}{plus}{rng.choice(['2', '3', 'N'])}{measure}", (),
               counted=True)


def bound_currency(rng: random.Random) -> Iterator[Case]:
    """约人民币200万元, 超过美元3亿元, 不到¥100: a bound word before the currency word or sign that stands before the
    number bounds the amount as it does right before the digits; after 签 or 节 (签约, 节约) 约 ends a word: exact."""
    bound, qualifier = rng.choice([("约", "approx"), ("近", "approx"), ("大约", "approx"), ("超过", "lower_bound"),
                                   ("逾", "lower_bound"), ("不到", "upper_bound"), ("不超过", "upper_bound")])
    name, measure, yuan = rng.choice([("人民币", "元", "元"), ("美元", "美元", "元"), ("港币", "港元", "元"),
                                      ("¥", "元", ""), ("$", "美元", ""), ("US$", "美元", "")])
    n = rng.randint(2, 98)
    mag, scale = rng.choice([("万", 10**4), ("亿", 10**8), ("", 1)])
    amount = f"{n}{mag}{yuan}"
    yield Case("bound_currency", f"合同金额{bound}{name}{amount}", (Want(n * scale, None, measure, qualifier),),
               counted=True)
    yield Case("bound_currency.word", f"{rng.choice(['签约', '节约'])}{name}{amount}",
               (Want(n * scale, None, measure, "exact"),), counted=True)


def hundredth_marks(rng: random.Random) -> Iterator[Case]:
    """3.12个项目开工, 2.35家企业签约: at a sentence's head, a list item's number and point run into a count of whole
    things (item 3, 12 projects) read as hundredths, the clause going on after the measure word: none (a wrong 3.12
    个 else). A rate per so many people in hundredths (每千人口执业医师3.12人) and one that ends its clause (3.12人，)
    stay as written."""
    k, nn = rng.randint(1, 9), rng.randint(10, 99)
    measure, rest = rng.choice([("个", "项目开工"), ("家", "企业签约落户"), ("项", "工程完工"), ("所", "学校建成"),
                                ("名", "志愿者参与服务"), ("户", "家庭搬迁入住"), ("座", "桥梁通车"), ("人", "参加培训")])
    yield Case("hundredth_mark", f"{k}.{nn}{measure}{rest}", (), counted=True)
    noun, m = rng.choice([("执业医师", "人"), ("注册护士", "人"), ("执业（助理）医师", "人"), ("社会工作者", "名")])
    value = float(f"{k}.{nn}")
    yield Case("hundredth_mark.rate", f"每千人口{noun}{k}.{nn}{m}", (Want(value, None, m),), counted=True)
    yield Case("hundredth_mark.alone", f"{k}.{nn}{m}", (Want(value, None, m),), counted=True)


def slash_shares(rng: random.Random) -> Iterator[Case]:
    """占比达3/5, 占全市的1/4, 约占1/2以上: a fraction typed with a slash after a word of a share is the share in
    percent where that is a finite decimal (60 %, 25 %, 50 % at least), as 五分之三 reads; one of no finite percent
    (占比为1/3) and one with no word of a share (3/4的家庭: a date may be written so) give none."""
    den = rng.choice([2, 4, 5, 8, 10, 20, 25, 50])
    num = rng.randint(1, den - 1)
    head, qualifier = rng.choice([("占比达", "exact"), ("占比为", "exact"), ("占全市的", "exact"), ("占总量的", "exact"),
                                  ("约占", "approx"), ("占", "exact"), ("占比达到", "exact"), ("占比超过", "lower_bound")])
    post = rng.choice(["", "以上"]) if qualifier == "exact" else ""
    subject = rng.choice(["第三产业增加值", "民营企业数量", "城镇人口", "出口额"])
    want = Want(float(f"{num * 100 / den:.15g}"), None, "%", "lower_bound" if post else qualifier)
    yield Case("slash_share", f"{subject}{head}{num}/{den}{post}", (want,), counted=True)
    odd = rng.choice([3, 6, 7, 9])
    yield Case("slash_share.unsure", f"{subject}{head}{rng.randint(1, odd - 1)}/{odd}", (), counted=True)
    yield Case("slash_share.unsaid", f"{num}/{den}的{rng.choice(['家庭', '村庄', '企业'])}参与其中", (), counted=True)


def wide_marks(rng: random.Random) -> Iterator[Case]:
    """3．5万人参加培训, 4．12个项目开工: ASCII digits and the wide point at a sentence's head are a list's mark (1．, as a
    government document numbers its third level of headings and its items) run into the item's first number: that
    number alone (50000 人, 12 个), never one decimal of the two (3.5万人, 4.12个: a wrong value). After a word
    (全年投资2．3亿元) or set all wide (３．５万人) the point is a decimal's."""
    k, n = rng.randint(1, 12), rng.randint(1, 99)
    mag, factor = rng.choice([("", 1), ("万", 10000)])
    measure, rest = rng.choice([("个", "项目开工"), ("家", "企业签约落户"), ("人", "参加培训"), ("所", "学校建成"),
                                ("名", "志愿者参与服务"), ("户", "家庭搬迁入住")])
    item = f"{k}．{n}{mag}{measure}{rest}"
    yield Case("wide_mark", item, (Want(n * factor, None, measure),), counted=True)
    yield Case("wide_mark.after", f"全年完成投资{k + 2}亿元。{item}",
               (Want((k + 2) * 1e8, None, "元"), Want(n * factor, None, measure)), counted=True)
    d = rng.randint(1, 9)
    head, unit, scale = rng.choice([("全年投资", "亿元", 1e8), ("同比增长", "%", 1), ("人均收入", "万元", 1e4)])
    yield Case("wide_mark.decimal", f"{head}{k}．{d}{unit}",
               (Want(float(f"{k}.{d}") * scale, None, unit[-1]),), counted=True)
    wide = "".join(chr(ord(c) + 0xFEE0) for c in str(k))
    yield Case("wide_mark.wide", f"{wide}．{chr(ord(str(d)) + 0xFEE0)}万人参加培训",
               (Want(float(f"{k}.{d}") * 10000, None, "人"),), counted=True)


def signed_groups(rng: random.Random) -> Iterator[Case]:
    """净利润为-12,345元, 利润-1,234.5万元: a minus sign of any width after a Han character before an amount whose
    thousands are marked is the amount's sign (−12345 元), as before one written plain (-12345元); a code's dash after
    a name (歼-20) stays none."""
    n = rng.randint(1000, 999999)
    frac = rng.choice(["", ".5", ".25"])
    mag, factor = rng.choice([("", 1), ("万", 10000), ("亿", 100000000)])
    head = rng.choice(["净利润为", "利润", "利润总额为", "经营活动现金流量净额为", "期末余额"])
    sign = rng.choice(["-", "－", "\u2212"])
    value = -float(f"{n}{frac}") * factor
    yield Case("signed_group", f"{head}{sign}{n:,}{frac}{mag}元", (Want(value, None, "元"),), counted=True)
    yield Case("signed_group.code", f"{rng.choice(['歼', '运', '直'])}-{rng.randint(2, 30)}完成试飞", (), counted=True)


def zero_cut_shares(rng: random.Random) -> Iterator[Case]:
    """百分之三〇, 千分之二〇以上, 百分之三零点五: a share in words written digit by digit, a digit and its zero (no numeral
    the grammar reads), gives none, never the digit alone (3 %); three digits so (百分之一〇五) read digit by digit."""
    d = rng.randint(1, 9)
    per, measure = rng.choice([("百分之", "%"), ("千分之", "‰"), ("万分之", "‱")])
    zero = rng.choice(["〇", "零", "○"])
    post = rng.choice(["", "以上", "左右", f"点{PLAIN[rng.randint(1, 9)]}"])
    head = rng.choice(["同比增长", "占比为", "约", "提高"])
    yield Case("zero_cut_share", f"{head}{per}{PLAIN[d]}{zero}{post}", (), counted=True)
    e = rng.randint(1, 9)
    yield Case("zero_cut_share.three", f"{head}百分之一〇{PLAIN[e]}", (Want(100 + e, None, "%"),), counted=True)


def bounded_lows_named(rng: random.Random) -> Iterator[Case]:
    """月薪3千左右-5千元, 人口三万多至五万: a low end that a bound word ends (多, 余, 左右, 以上), then a range mark and the
    high end, after a word that measures the low end (月薪, 人口): none, never the low end alone (3000 元 about, a wrong
    reading of a range); 至, 到 or a wave dash and a high end with its measure word (人口三万多至五万人) one range bounded
    as its low end is (numforms56), as 三千多至五千人 is; after a from word (月薪从3千多到5千元) the two ends are two
    figures, and with no bound (月薪3千-5千元) one range."""
    low = rng.randint(2, 6)
    high = low + rng.randint(1, 3)
    mag, factor = rng.choice([("千", 1000), ("万", 10000)])
    head, measure = rng.choice([("月薪", "元"), ("工资", "元"), ("收入", "元"), ("人口", "人"), ("常住人口", "人")])
    bound = rng.choice(["多", "余", "左右", "以上"])
    mark = rng.choice(["-", "－", "—", "至", "到", "~", "～"])
    lo, hi = (PLAIN[low], PLAIN[high]) if rng.random() < 0.5 else (str(low), str(high))
    tail = rng.choice(["", measure])
    ranged = (Want(low * factor, high * factor, measure, "approx" if bound == "左右" else "lower_bound"),)
    yield Case("bounded_low_named", f"{head}{lo}{mag}{bound}{mark}{hi}{mag}{tail}",
               ranged if tail and mark in ("至", "到", "~", "～") else (), counted=True)
    inf = rng.choice(["多", "余"])
    yield Case("bounded_low_named.from", f"{head}从{lo}{mag}{inf}增加到{hi}{mag}{measure}",
               (Want(low * factor, None, measure, "lower_bound"), Want(high * factor, None, measure, "exact")),
               counted=True)
    yield Case("bounded_low_named.plain", f"{head}{lo}{mag}{mark}{hi}{mag}{tail}",
               (Want(low * factor, high * factor, measure),), counted=True)


def signed_powers(rng: random.Random) -> Iterator[Case]:
    """1.2E+04吨, 1.2e-3克, 3.5E08元: a number in scientific notation as computers print it, its power signed or written
    with a leading zero, is that number (12000 吨, 0.0012 克), never none (a code's dash, a zero-led tail); a letter and
    a dash with no digit before them stay a code (编号E-12)."""
    mantissa = rng.choice(["1.2", "3.5", "2", "6.25", "9.8"])
    power = rng.randint(1, 8)
    sign = rng.choice(["+", "-", ""])
    lead = rng.choice(["", "0"])
    head, unit = rng.choice([("产量", "吨"), ("检出浓度", "克"), ("误差", "米"), ("总投资", "元"), ("用水量", "立方米")])
    value = float(f"{mantissa}e{'-' if sign == '-' else ''}{power}")
    yield Case("signed_power", f"{head}{mantissa}{rng.choice('eE')}{sign}{lead}{power}{unit}",
               (Want(value, None, unit),), counted=True)
    n = rng.randint(2, 9)
    yield Case("signed_power.code", f"编号{rng.choice('eE')}-{rng.randint(10, 99)}的装置{n}台",
               (Want(n, None, "台"),), counted=True)


def financial_words(rng: random.Random) -> Iterator[Case]:
    """组建队伍十支, 退伍十年, 登陆十次, 捡拾五袋, 收拾三间: a financial digit or place that ends a common word, run into
    the everyday numeral after it, is no numeral's head (financial numerals are written in their own characters
    throughout): none, never 50 支, 60 次, 15 袋 or 13 间; nor before a magnitude (队伍万余人, 大陆万家: never 50000 人).
    An amount in capitals after a word (收入伍万元, 金额为伍拾元) reads."""
    head, measure = rng.choice([("组建应急队伍", "支"), ("退伍", "年"), ("与之为伍", "年"), ("探测器登陆", "次"),
                                ("着陆", "次"), ("志愿者捡拾", "袋"), ("帮老人收拾", "间"), ("收拾", "件")])
    numeral = rng.choice(["十", "三", "五", "八", "十二", "三十", "百", "二十"])
    yield Case("financial_word", f"{head}{numeral}{measure}", (), counted=True)
    head = rng.choice(["组建志愿者队伍", "退伍", "大陆", "内陆"])
    yield Case("financial_word.magnitude", f"{head}{rng.choice(['万', '亿'])}余{rng.choice(['人', '家'])}", (),
               counted=True)
    written, value = rng.choice([("伍拾", 50), ("伍万", 50000), ("陆仟", 6000), ("拾伍万", 150000), ("贰佰零伍", 205),
                                 ("叁拾万零伍仟", 305000)])
    yield Case("financial_word.capital", f"{rng.choice(['收入', '金额为', '实收', '人民币', '合计'])}{written}元",
               (Want(value, None, "元"),), counted=True)


def probably(rng: random.Random) -> Iterator[Case]:
    """他八成不会来, 这事八成是真的, 估计八成要下雨: 八成 after a person, a matter or a word of guessing and before a
    verb is "most likely", no share: none, never 80 %. A share after such words (我们八成的收入, 他们八成以上是,
    全市八成企业, 其他八成是) stays 80 %."""
    who = rng.choice(["他", "她", "你", "他们", "这事", "此事", "估计", "恐怕", "看来"])
    tail = rng.choice(["不会来", "是真的", "要下雨", "已经走了", "没听说", "会同意", "就是他", "也知道"])
    yield Case("probably", f"{who}八成{tail}", (), counted=True)
    who, tail, qualifier = rng.choice([("我们", "的收入来自外贸", "exact"), ("他们", "以上是大学生", "lower_bound"),
                                       ("全市", "企业已复工", "exact"), ("其他", "是中小企业", "exact"),
                                       ("受访者中", "是年轻人", "exact"), ("我们", "会员来自农村", "exact")])
    when = rng.choice(["今年", "目前", "调查显示", "统计显示", ""])
    yield Case("probably.share", f"{when}{who}八成{tail}", (Want(80, None, "%", qualifier),), counted=True)


def sign_compares(rng: random.Random) -> Iterator[Case]:
    """低于零下5℃, 不低于零下3度, 高于负3%: a word that compares values before a sign written as a word bounds the signed
    value (−5 ℃ at most, −3 ℃ at least), as before a minus sign (低于-5℃); 超过零下30度 and 不到零下5度 speak of how far
    below zero, either way: none; 零上5度 is a temperature (5 ℃), as 零下5度 is."""
    word, qualifier = rng.choice([("低于", "upper_bound"), ("不高于", "upper_bound"), ("高于", "lower_bound"),
                                  ("不低于", "lower_bound")])
    n = rng.randint(1, 30)
    sign, unit, measure = rng.choice([("零下", "℃", "℃"), ("零下", "度", "℃"), ("零下", "摄氏度", "℃"), ("负", "℃", "℃"),
                                      ("负", "%", "%")])
    head = "增速" if measure == "%" else rng.choice(["夜间气温", "最低气温", "水温", "气温"])
    yield Case("sign_compare", f"{head}{word}{sign}{n}{unit}", (Want(-n, None, measure, qualifier),), counted=True)
    yield Case("sign_compare.unsure", f"{head}{rng.choice(['超过', '不到', '不足'])}零下{n}{rng.choice(['℃', '度'])}",
               (), counted=True)
    yield Case("sign_compare.plus", f"{rng.choice(['午后气温', '白天', '最高气温'])}零上{n}{rng.choice(['度', '℃'])}",
               (Want(n, None, "℃"),), counted=True)


def tens_some(rng: random.Random) -> Iterator[Case]:
    """廿几人, 卅几岁, 廿几万元: 几 after a word of round tens stands for a digit as after 二十 (21–29, about); 廿来人,
    卅来岁: 来 after it is about that many, as 二十来人 is."""
    ch, tens = rng.choice([("廿", 20), ("卅", 30), ("卌", 40)])
    mag, factor = rng.choice([("", 1), ("", 1), ("万", 10000)])
    measure = rng.choice(["人", "家", "个", "户"]) if not mag else "元"
    if not mag and rng.random() < 0.3:
        measure = "岁"
    yield Case("tens_some", f"{rng.choice(['共有', '来了', '约'])}{ch}几{mag}{measure}",
               (Want((tens + 1) * factor, (tens + 9) * factor, measure, "approx"),), counted=True)
    yield Case("tens_some.lai", f"{rng.choice(['共有', '来了', '全村'])}{ch}来{mag}{measure}",
               (Want(tens * factor, None, measure, "approx"),), counted=True)


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def power_magnitudes(rng: random.Random) -> Iterator[Case]:
    """1.2×10⁴万吨, 3.5x10³亿元: a magnitude after a power of ten in superscript multiplies it, as after 10^4 (1.2亿 吨):
    never none."""
    mantissa = rng.choice(["1.2", "3.5", "2", "6.25", "9.8"])
    power = rng.randint(1, 4)
    mag, factor = rng.choice([("万", 1e4), ("亿", 1e8)])
    times = rng.choice(["×", "x"])
    written = rng.choice([_SUPERSCRIPTS[power], f"^{power}"])
    head, unit = rng.choice([("产量", "吨"), ("总投资", "元"), ("用水量", "立方米"), ("接待游客", "人次")])
    value = float(f"{float(mantissa) * 10 ** power * factor:.15g}")
    yield Case("power_magnitude", f"{head}{mantissa}{times}10{written}{mag}{unit}", (Want(value, None, unit),),
               counted=True)


def bounded_dashes(rng: random.Random) -> Iterator[Case]:
    """3万多人-5万人, 3000余元－5000元: a dash of any width after a number that 多, 余 or 来 bounds and its measure word,
    before the high end in the same measure word, is a range's mark as 至 is, never a minus: the low end alone (30000
    人 at least), never −50000 人 (a wrong value); with no bound word (3万人-5万人) one range."""
    mag, factor = rng.choice([("", 1), ("万", 10000)])
    low = rng.randint(2, 6) * (10 if not mag else 1)
    high = low + rng.randint(1, 4) * (10 if not mag else 1)
    measure = rng.choice(["人", "元", "吨", "人次", "家", "户"])
    infix, qualifier = rng.choice([("多", "lower_bound"), ("余", "lower_bound"), ("来", "approx")])
    if infix == "来" and not mag:
        infix, qualifier = "多", "lower_bound"  # 来 after a lone digit is another word; after tens (30来人) it reads
    dash = rng.choice(["-", "－", "—", "−", "–"])
    head = rng.choice(["共计", "全年累计", "规模达到", "每年"])
    yield Case("bounded_dash", f"{head}{low}{mag}{infix}{measure}{dash}{high}{mag}{measure}",
               (Want(low * factor, None, measure, qualifier),), counted=True)
    yield Case("bounded_dash.plain", f"{head}{low}{mag}{measure}{dash}{high}{mag}{measure}",
               (Want(low * factor, high * factor, measure),), counted=True)

# numforms51: rates by the day and the bed, rates no measure word names, addresses and population classes in
# Chinese numerals

DAY_RATES = [("元/人·日", "元/人·日"), ("元/（人·日）", "元/人·日"), ("元/(人·日)", "元/人·日"), ("元/人/日", "元/人/日"),
             ("元/人/天", "元/人/天"), ("元/人日", "元/人日"), ("元/人天", "元/人天"), ("元/日", "元/日"),
             ("元/床", "元/床"), ("元/床位", "元/床位"), ("元/床日", "元/床日"), ("元/床·日", "元/床·日"),
             ("元/床·天", "元/床·天"), ("元/床/日", "元/床/日"), ("元/床/天", "元/床/天"), ("元/户·年", "元/户·年"),
             ("元/户/年", "元/户/年"), ("元/户·月", "元/户·月"), ("元/户/月", "元/户/月"), ("元/亩·年", "元/亩·年"),
             ("元/亩/年", "元/亩/年"), ("元/平方米·天", "元/平方米·天"), ("元/平方米/天", "元/平方米/天"),
             ("元/㎡·天", "元/㎡·天"), ("元/㎡/天", "元/㎡/天"), ("元/㎡/月", "元/㎡/月")]
# a rate whose whole no measure word names, opened by a longer measure word (人次, 千瓦时, 吨公里, 户次, 个月, 元/人次)
UNNAMED_RATES = ["人次/小时", "千瓦时/人", "千瓦时/户", "吨公里/日", "户次/月", "辆次/日", "个月/次", "元/人次/天", "kWh/人",
                 "万千瓦时/户"]


def day_rates(rng: random.Random) -> Iterator[Case]:
    """A charge by the person and the day, the bed or the bed-day, the household or the mu and the year, a square metre
    and the day, in each spelling a notice uses (100元/人·日, 100元/（人·日）, 150元/人天, 300元/床日, 50元/床/天,
    300元/户·年, 2元/㎡·天): the whole rate, its bracketed form as the bare one, never 元/人 with its day dropped nor
    nothing; a rate no measure word names, opened by a longer word (3000人次/小时, 5000千瓦时/人, 3个月/次): none, never
    that word's first part (3000 人, 5000 千瓦, 3 个)."""
    written, measure = rng.choice(DAY_RATES)
    n = rng.choice([rng.randint(2, 999), rng.randint(11, 999) / 10])
    mag, factor = rng.choice([("", 1), ("", 1), ("万", 10000)]) if "㎡" not in written else ("", 1)
    head = rng.choice(["伙食补助", "收费标准为", "补贴", "费用", "标准提高到"])
    yield Case("day_rate", f"{head}{arabic(n)}{mag}{written}", (Want(float(f"{n * factor:.15g}"), None, measure),),
               counted=True)
    rate = rng.choice(UNNAMED_RATES)
    yield Case("day_rate.unnamed", f"{rng.choice(['运力', '用量', '频次', '能力'])}{rng.randint(2, 9999)}{rate}", (),
               counted=True)


def cn_addresses(rng: random.Random) -> Iterator[Case]:
    """A building's number in Chinese numerals before its floor or its entrance (三号楼5层, 二号楼三层, 三栋二单元,
    十二栋3单元501室, 12栋三单元) says where, as 2号楼3层 and 12栋3单元 do: no count of 层 or 栋; floors and buildings
    counted in Chinese numerals (该楼共有十二层, 新建住宅十二栋) stay."""
    b, f, u = rng.randint(1, 20), rng.randint(1, 30), rng.randint(1, 9)
    bw = rng.choice([chinese(b, rng), str(b)])
    fw = rng.choice([chinese(f, rng), str(f)])
    uw = rng.choice([chinese(u, rng), str(u)])
    flat = f"{rng.randint(1, 30)}{rng.randint(1, 4):02d}室"
    if bw == str(b) and fw == str(f) and uw == str(u):  # one of them in Chinese numerals, at least
        bw = chinese(b, rng)
    where = rng.choice([f"会议在{bw}号楼{fw}层举行", f"家住{bw}栋{uw}单元", f"家住{bw}栋{uw}单元{flat}",
                        f"活动在{rng.choice(['行政中心', '科技大厦', ''])}{bw}号楼{fw}层开展"])
    n = rng.randint(2, 60)
    yield Case("cn_address", f"{where}，新建学校{n}所", (Want(n, None, "所"),), counted=True)
    c = rng.randint(2, 30)
    counted = rng.choice([(f"该楼共有{chinese(c, rng)}层", "层"), (f"新建住宅{chinese(c, rng)}栋", "栋")])
    yield Case("cn_address.count", counted[0], (Want(c, None, counted[1]),), counted=True)


def population_classes(rng: random.Random) -> Iterator[Case]:
    """A population before 大城市, 特大城市 or 超大城市 (建设百万人口大城市, 千万人口超大城市) names a class of cities, as
    before 城市 and 大市: no count of people; a population stated (全市人口达百万) stays."""
    pop = rng.choice(["百万", "千万", "五百万", "300万", "50万"])
    kind = rng.choice(["大城市", "特大城市", "超大城市"])
    yield Case("population_class", f"{rng.choice(['建设', '打造', '迈向', '跻身'])}{pop}人口{kind}", (), counted=True)
    v, written = rng.choice([(1e6, "百万"), (1e7, "千万"), (5e5, "50万"), (3e6, "300万")])
    yield Case("population_class.stated", f"全市常住人口达{written}", (Want(v, None, "人"),), counted=True)

def dotted_days(rng: random.Random) -> Iterator[Case]:
    """A month and a day written with a point before 起 and a verb of starting (自12.1起施行, 5.1起放假, 从10.8起) is the
    day a rule starts: no count of 12.1 incidents (起); a count of incidents with a point (日均发生2.5起) stays."""
    m, d = rng.randint(1, 12), rng.randint(1, 31)
    day = f"{m:02d}.{d:02d}" if rng.random() < 0.2 else f"{m}.{d}"
    verb = rng.choice(["施行", "实施", "执行", "放假", "恢复", "正式实施", "开始受理", "生效"])
    yield Case("dotted_day", rng.choice([f"新规自{day}起{verb}", f"{day}起{verb}", f"从{day}起{verb}"]), (), counted=True)
    v = rng.randint(11, 99) / 10
    yield Case("dotted_day.count", f"{rng.choice(['日均发生', '平均每天发生', '月均受理'])}{arabic(v)}起",
               (Want(v, None, "起"),), counted=True)


# numforms52: 来 after the measure word before a word of size, a half and its counter as a range's low end, speeds
# and flows said with 每 after the unit

SIZES = [("米", "长"), ("米", "高"), ("米", "深"), ("斤", "重"), ("公斤", "重"), ("公里", "路"), ("亩", "地"),
         ("厘米", "厚"), ("米", "宽")]


def size_about(rng: random.Random) -> Iterator[Case]:
    """来 between the measure word and a word of size that ends its phrase (5米来长, 两斤来重的鱼, 三公里来路, 两亩来地)
    is "about": approx, never exact; 来 before a word that begins a place or another word (3000人来长沙, 50人来重庆,
    30人来自) is the verb "come", and the count stays exact."""
    measure, size = rng.choice(SIZES)
    n = rng.randint(1, 30)
    written = rng.choice([chinese(n, rng, two=rng.choice(["二", "两"])), str(n)]) if n > 1 else rng.choice(["一", "1"])
    tail = rng.choice(["", "的", "，"]) if size not in "路地" else rng.choice(["", "，"])
    head = rng.choice(["这条鱼有", "挖了", "长了", "走了", "家里有", "大约"]) if size not in "路地" else \
        rng.choice(["走了", "家里有", "还有", ""])
    yield Case("size_about", f"{head}{written}{measure}来{size}{tail}", (Want(n, None, measure, "approx"),),
               counted=True)
    k = rng.randint(2, 9999)
    place = rng.choice(["长沙", "重庆", "深圳", "长春", "高新区", "自各地", "到现场", "地里"])
    yield Case("size_about.come", f"共有{k}人来{place}", (Want(k, None, "人", "exact"),), counted=True)


HALF_RANGES = [("个百分点", "百分点", "提高"), ("个小时", "小时", "用时"), ("个月", "个月", "工期")]


def half_ranges(rng: random.Random) -> Iterator[Case]:
    """A half and its counter as the low end of a range with the measure word written once after the high end
    (半个到一个百分点, 半个至一个小时): 0.5 to the high end, never the high end alone (1 百分点, a wrong value); 减半到一成
    (halved to 10 %) has no counter: no range, the share it comes to alone."""
    word, measure, head = rng.choice(HALF_RANGES)
    sep = rng.choice(["到", "至", "~", "～"])
    high = rng.choice([(1, "一"), (2, "两"), (2, "二"), (3, "三")])
    yield Case("half_range", f"{head}半个{sep}{high[1]}{word}", (Want(0.5, high[0], measure),), counted=True)
    tenth = rng.choice([(1, "一"), (2, "两"), (3, "三")])
    share = rng.choice(["比重", "占比", "份额"])
    yield Case("half_range.halved", f"{share}减半到{tenth[1]}成", (Want(tenth[0] * 10, None, "%"),), counted=True)


SPOKEN_RATES = [("立方米每秒", "立方米/秒", "洪峰流量"), ("米每秒", "米/秒", "最大风速"),
                ("公里每小时", "公里/小时", "设计时速"), ("千米每小时", "千米/小时", "最高车速")]


def spoken_rates_per(rng: random.Random) -> Iterator[Case]:
    """A speed or a flow said with 每 after its unit (5000立方米每秒, 30米每秒, 120公里每小时) is the rate the slash
    writes (立方米/秒, 米/秒, 公里/小时), never the volume or the length alone."""
    word, measure, head = rng.choice(SPOKEN_RATES)
    v = rng.choice([rng.randint(2, 9999), rng.randint(11, 999) / 10])
    mag, factor = rng.choice([("", 1), ("", 1), ("万", 10000)]) if word == "立方米每秒" else ("", 1)
    yield Case("spoken_rate_per", f"{head}{arabic(v)}{mag}{word}", (Want(float(f"{v * factor:.15g}"), None, measure),),
               counted=True)


# a bound word after the measure word that begins a word of its own there: 多次, 多处, 多数, 余震, 余下, 上下班
MANY_WORDS = [("人", "多次获奖"), ("人", "多处受伤"), ("户", "多数为贫困户"), ("人", "多方协调"), ("人", "多为青年"),
              ("万元", "多用于扶贫"), ("次", "余震"), ("人", "余下的"), ("人", "上下班"), ("家", "多种经营"),
              ("名", "多是党员")]
# … and the bounds that stay: 三公里多路, 两斤多重, 3年多来, 100元上下浮动, 30次余，
KEPT_BOUNDS = [("公里", "多路", "lower_bound"), ("斤", "多重", "lower_bound"), ("年", "多来", "lower_bound"),
               ("元", "上下浮动", "approx"), ("次", "余，", "lower_bound"), ("万元", "多，", "lower_bound")]


def many_words(rng: random.Random) -> Iterator[Case]:
    """多, 余 or 上下 right after the measure word where they begin a word of their own (3人多次获奖, 30人多处受伤, 发生30次
    余震, 3000人上下班): no bound, the count exact; where they end the figure (三公里多路, 3年多来, 100元上下浮动) the bound
    stays."""
    measure, word = rng.choice(MANY_WORDS)
    n = rng.randint(2, 999)
    factor = 10000 if measure == "万元" else 1
    head = rng.choice(["共有", "其中", "全年", "发生"]) if measure == "次" else rng.choice(["共有", "其中", "该村"])
    yield Case("many_word", f"{head}{n}{measure}{word}", (Want(n * factor, None, measure.lstrip("万"), "exact"),),
               counted=True)
    measure, word, qualifier = rng.choice(KEPT_BOUNDS)
    k = rng.randint(2, 99)
    factor = 10000 if measure == "万元" else 1
    yield Case("many_word.bound", f"走了{k}{measure}{word}", (Want(k * factor, None, measure.lstrip("万"), qualifier),),
               counted=True)


SPAN_PARTS = [("小时", "分", "秒", 23, 59), ("天", "小时", "分钟", 30, 23), ("年", "个月", "天", 9, 11),
              ("小时", "分钟", "秒", 12, 59)]


def span_parts(rng: random.Random) -> Iterator[Case]:
    """A span of time in three units (2小时01分09秒, 3天5小时20分钟, 1年2个月10天, 三小时二十分十五秒), as a race's time or a
    project's term is written: one duration, and its first part alone (2 小时) a partial value, a wrong one; no figure,
    the sentence's own stays."""
    big, mid, small, top, mid_top = rng.choice(SPAN_PARTS)
    a, b, c = rng.randint(1, top), rng.randint(1, mid_top), rng.randint(1, 59 if small != "天" else 29)
    style = rng.choice(["arabic", "padded", "chinese"])
    if style == "chinese":
        a_w, b_w, c_w = (chinese(v, rng, two="两") for v in (a, b, c))
    elif style == "padded" and big == "小时":
        a_w, b_w, c_w = str(a), f"{b:02d}", f"{c:02d}"  # 2小时01分09秒, as a race's results print it
    else:
        a_w, b_w, c_w = str(a), str(b), str(c)
    head = rng.choice(["他以", "全程用时", "工期", "历时"])
    k = rng.randint(2, 99)
    yield Case("span_parts", f"{head}{a_w}{big}{b_w}{mid}{c_w}{small}，新建学校{k}所", (Want(k, None, "所"),),
               counted=True)


SIGN_BOUNDS = [("≧", "lower_bound"), ("≦", "upper_bound"), (">=", "lower_bound"), ("<=", "upper_bound"),
               (">＝", "lower_bound"), ("＜＝", "upper_bound"), ("≮", "lower_bound"), ("≯", "upper_bound"),
               ("≈", "approx"), ("≒", "approx")]


def sign_bounds(rng: random.Random) -> Iterator[Case]:
    """A bound or "about" typed as a sign the way CJK texts and keyboards write it (≧3000元, ≦5%, >=50%, <=2%, ≈80元,
    ≒60元, ≮90%, ≯3%): that bound, never an exact figure."""
    sign, qualifier = rng.choice(SIGN_BOUNDS)
    head, measure, n = rng.choice([("合格率", "%", rng.randint(50, 99)), ("增速", "%", rng.randint(1, 9)),
                                   ("月收入", "元", rng.randint(2, 99) * 100), ("每班人数", "人", rng.randint(20, 60))])
    space = rng.choice(["", "", " "])
    yield Case("sign_bound", f"{head}{sign}{space}{n}{measure}", (Want(n, None, measure, qualifier),), counted=True)


PIECE_COUNTERS = ["串", "粒", "颗", "枚", "根", "束", "罐", "桶", "卷", "朵", "股", "盒", "瓶", "份", "斤", "个"]


def piece_prices(rng: random.Random) -> Iterator[Case]:
    """A price for one piece typed in digits (羊肉串5元1串, 玫瑰10元1束, 矿泉水2块1瓶, 烤肠五块一串): the money alone
    (5 元), never the piece's count as the money's tenth (5.1 元, a wrong value), nor a count of one 串 or 斤 as a figure
    of its own."""
    counter = rng.choice(PIECE_COUNTERS)
    p = rng.randint(1, 99)
    item = rng.choice(["羊肉串", "玫瑰", "烤肠", "鸡蛋", "矿泉水", "包子", ""])
    money = rng.choice(["元", "块", "元钱"])
    written = rng.choice([f"{p}{money}1{counter}", f"{chinese(p, rng, two='两')}{money}一{counter}"])
    yield Case("piece_price", f"{item}{written}", (Want(p, None, "元"),), counted=True)


def label_restates(rng: random.Random) -> Iterator[Case]:
    """An amount in capitals restated after a mark and a label with no bracket (合同金额大写：叁仟元整，小写：¥3000.00;
    押金3000元，大写叁仟元整), as tender notices and receipts write it: one figure, the first; an amount of another value
    after the label stays its own."""
    n = rng.randint(1, 9999) * rng.choice([1, 10, 100])
    capital = chinese(n, rng, style="formal") + "元整"
    join = rng.choice(["，", "；", " ", ""])
    colon = rng.choice(["", "："])
    sign = rng.choice(["", "¥", "￥"])
    typed = rng.choice([f"{n}", f"{n:,}", f"{n}.00"]) + ("" if sign and rng.random() < 0.5 else "元")
    if rng.random() < 0.5:
        yield Case("label_restate", f"中标金额大写{colon}{capital}{join}小写{colon}{sign}{typed}", (Want(n, None, "元"),),
                   counted=True)
    else:
        yield Case("label_restate", f"押金{n}元{join or '，'}大写{colon}{capital}", (Want(n, None, "元"),), counted=True)
    m = n + rng.randint(1, 9) * 100
    yield Case("label_restate.other", f"定金{m}元，大写{colon}{chinese(n, rng, style='formal')}元整",
               (Want(m, None, "元"), Want(n, None, "元")), counted=True)


def signed_high_ranges(rng: random.Random) -> Iterator[Case]:
    """A range below and above zero with a plus sign before its high end (气温-5～+5℃, 增速-0.5%~+0.5%, -1%至+1%): one
    range from the low end to the high end, never two figures nor the high end alone."""
    unit = rng.choice(["℃", "%"])
    a = rng.choice([rng.randint(1, 15), rng.randint(1, 9) / 10])
    b = rng.choice([rng.randint(1, 15), rng.randint(1, 9) / 10])
    sep = rng.choice(["~", "～", "至", "到"])
    low_unit = rng.choice(["", unit]) if unit == "℃" else unit
    head = "气温" if unit == "℃" else rng.choice(["增速", "偏差", "波动幅度为"])
    yield Case("signed_high_range", f"{head}-{arabic(a)}{low_unit}{sep}+{arabic(b)}{unit}", (Want(-a, b, unit),),
               counted=True)


INCLUDED_BOUNDS = [("以内", "upper_bound"), ("以下", "upper_bound"), ("以上", "lower_bound")]


def included_bounds(rng: random.Random) -> Iterator[Case]:
    """A bound's own amount restated in a bracket that says whether it is included (5万元以内（含5万元）,
    不超过100万元（含100万元）, 3年以上（不含3年）), as rules of tax and grants write it: one figure, bounded; a bound
    after the bracket bounds the first (补助3000元（含3000元）以上: at least 3000 元); a part of another value in the
    bracket stays its own (投资5亿元（含贷款2亿元）)."""
    n = rng.randint(1, 999)
    unit, measure, factor = rng.choice([("万元", "元", 10000), ("元", "元", 1), ("平方米", "平方米", 1), ("年", "年", 1)])
    word = rng.choice(["含", "不含", "包含", "包括"])
    left, right = rng.choice([("（", "）"), ("(", ")")])
    bound, qualifier = rng.choice(INCLUDED_BOUNDS)
    head = rng.choice(["补助", "面积", "期限", "金额"])
    if rng.random() < 0.5:
        text = f"{head}{n}{unit}{bound}{left}{word}{n}{unit}{right}的部分"
    else:
        text = f"{head}{n}{unit}{left}{word}{n}{unit}{right}{bound}的部分"
    yield Case("included_bound", text, (Want(n * factor, None, measure, qualifier),), counted=True)
    part = rng.randint(1, n) if n > 1 else 1
    yield Case("included_bound.part", f"投资{n + part}亿元{left}含贷款{part}亿元{right}",
               (Want((n + part) * 1e8, None, "元"), Want(part * 1e8, None, "元")), counted=True)


INCLUDED_RANGE_UNITS = [("万元", "元", 10000), ("元", "元", 1), ("平方米", "平方米", 1), ("周岁", "周岁", 1),
                        ("亿元", "元", 10**8)]


def included_ranges(rng: random.Random) -> Iterator[Case]:
    """A range with one of its ends restated in a bracket that says whether it is included (3万元至5万元（含5万元）,
    50-100平方米（不含50平方米）, 18至60周岁（含60周岁）), as rules of grants and eligibility write it: the range, one
    figure, never the end a second time; an amount in the bracket that is neither end (含贷款2万元, 含4万元) stays its
    own."""
    a = rng.randint(1, 50)
    b = a + rng.randint(1, 50)
    unit, measure, factor = rng.choice(INCLUDED_RANGE_UNITS)
    sep = rng.choice(["至", "到", "-", "~", "～", "—"])
    low = rng.choice([f"{a}{unit}", f"{a}"]) if sep in "至到" else rng.choice([f"{a}{unit}", f"{a}"])
    word = rng.choice(["含", "不含", "包含", "包括"])
    left, right = rng.choice([("（", "）"), ("(", ")")])
    end = rng.choice([b, b, a])
    head = rng.choice(["每户补贴", "面积", "奖励", "年龄"])
    yield Case("included_range", f"{head}{low}{sep}{b}{unit}{left}{word}{end}{unit}{right}",
               (Want(a * factor, b * factor, measure),), counted=True)
    other = rng.choice([a + 1, b + 1]) if b - a > 1 else b + 1
    if other in (a, b):
        other = b + 1
    unit, measure, factor = rng.choice(INCLUDED_RANGE_UNITS[:2])  # a part of another amount: money
    text = rng.choice([f"补贴{a}{unit}至{b}{unit}{left}含贷款{other}{unit}{right}",
                       f"补贴{a}{unit}至{b}{unit}{left}含{other}{unit}{right}"])
    yield Case("included_range.other", text, (Want(a * factor, b * factor, measure), Want(other * factor, None, measure)),
               counted=True)


def age_spans(rng: random.Random) -> Iterator[Case]:
    """An age range with 岁 after each end (老人60岁至69岁, 儿童6岁到12岁, 18周岁至35周岁) that ends its clause: the range,
    as 60-69岁 reads; before the people it names (为60岁至69岁老年人体检) it names a group: none."""
    a = rng.randint(1, 70)
    b = a + rng.randint(2, 19)
    sui = rng.choice(["岁", "周岁"])
    sep = rng.choice(["至", "到"])
    head = rng.choice(["受访老人", "参赛儿童", "报名者年龄", "其中一半"])
    yield Case("age_spans", f"{head}{a}{sui}{sep}{b}{sui}", (Want(a, b, sui),), counted=True)
    group = rng.choice(["老年人", "儿童", "居民", "青少年"])
    yield Case("age_spans.group", f"为{a}{sui}{sep}{b}{sui}{group}免费体检", (), counted=True)


RECENT_SPAN_UNITS = [("年", "年"), ("个月", "个月"), ("天", "天")]


def recent_spans(rng: random.Random) -> Iterator[Case]:
    """近 at the head of a clause before a span of time (近三年，全县累计投资2亿元; 近5年来; 近6个月): the span just past,
    a period's word, exact as the GUIDE writes it; after a word in its clause (历时近三年, 工期近两年) it is "nearly",
    about."""
    n = rng.randint(2, 10)
    unit, measure = rng.choice(RECENT_SPAN_UNITS)
    n_w = rng.choice([str(n), chinese(n, rng, two="两")])
    lead = rng.choice(["", "据了解，", "“"])
    after = rng.choice(["，", "来，", "以来，", ""])
    k = rng.randint(2, 99)
    yield Case("recent_spans", f"{lead}近{n_w}{unit}{after}全县新建学校{k}所",
               (Want(n, None, measure, "exact"), Want(k, None, "所")), counted=True)
    verb = rng.choice(["历时", "工期", "用时", "长达"])
    yield Case("recent_spans.nearly", f"工程{verb}近{n_w}{unit}", (Want(n, None, measure, "approx"),), counted=True)


COUNTED_HALF_UNITS = [("个小时", "小时"), ("个月", "个月"), ("个百分点", "百分点"), ("个钟头", "小时")]


def counted_half_ranges(rng: random.Random) -> Iterator[Case]:
    """A counter and a half as a range's low end, the counter written again before what the high end counts
    (一个半到两个小时, 两个半至三个百分点, 三个半到四个月): one range in that measure, never 1.5 个 (a wrong measure) and
    the high end alone; after 从 a start and an end, each in the high end's measure."""
    n = rng.randint(1, 8)
    word, measure = rng.choice(COUNTED_HALF_UNITS)
    low, high = (rng.choice([PLAIN[v], "两"] if v == 2 else [PLAIN[v]]) for v in (n, n + 1))
    sep = rng.choice(["到", "至", "~"])
    head = rng.choice(["会议开了", "工期", "利率下调", "预计需要"])
    yield Case("counted_half_range", f"{head}{low}个半{sep}{high}{word}", (Want(n + 0.5, n + 1, measure),), counted=True)
    yield Case("counted_half_range.from", f"用时从{low}个半到{high}{word}",
               (Want(n + 0.5, None, measure), Want(n + 1, None, measure)), counted=True)


# numforms55: a dash after a half that ends a range's low end, durations counted in quarters, years and days by
# words the counter 个 stands before, and the first months or quarters of a year said with 头 or 前

DASHES_55 = ["-", "－", "—", "–"]
HALF_DASH_UNITS = [("年", "年"), ("天", "天"), ("斤", "斤"), ("周", "周")]


def half_dash_ranges(rng: random.Random) -> Iterator[Case]:
    """A range whose low end ends in a half, joined by a dash of any width (一年半-两年, 四个半—五个小时, 两斤半－三斤,
    两个半月-三个月): the range in the high end's measure, never the high end below zero (−2 年, −5 小时, a wrong value)
    nor 4.5 个; a dash after a word that ends in 半 (减半-3%) is left a sign."""
    n = rng.randint(1, 8)
    low, high = (rng.choice([PLAIN[v], "两"] if v == 2 else [PLAIN[v]]) for v in (n, n + 1))
    dash = rng.choice(DASHES_55)
    head = rng.choice(["工期", "预计需要", "用时", "每次"])
    unit, measure = rng.choice(HALF_DASH_UNITS)
    yield Case("half_dash_range", f"{head}{low}{unit}半{dash}{high}{unit}", (Want(n + 0.5, n + 1, measure),),
               counted=True)
    word, measure = rng.choice(COUNTED_HALF_UNITS)
    yield Case("half_dash_range.counted", f"{head}{low}个半{dash}{high}{word}", (Want(n + 0.5, n + 1, measure),),
               counted=True)
    hy = rng.choice(["-", "－"])
    word, measure = rng.choice([("个月", "个月"), ("个小时", "小时")])
    yield Case("half_dash_range.inside", f"{head}{low}个半{word[1:]}{hy}{high}{word}", (Want(n + 0.5, n + 1, measure),),
               counted=True)


COUNTED_SPAN_WORDS = [("个季度", "季度"), ("个年头", "年"), ("个自然日", "个自然日"), ("个交易日", "个交易日")]


def counted_spans(rng: random.Random) -> Iterator[Case]:
    """A span counted by 个 before a word of time the lexicon had no measure word for (连续三个季度, 三十个年头,
    5个自然日, 3个交易日): the span in that word's measure, never N 个; the first quarters or months of a year (前三个季度,
    今年头两个月) are a period, no figure."""
    n = rng.randint(2, 9)
    word, measure = rng.choice(COUNTED_SPAN_WORDS)
    n_w = rng.choice([str(n), chinese(n, rng, two="两")])
    head = rng.choice(["连续", "历时", "在", "用了"])
    k = rng.randint(2, 99)
    yield Case("counted_span", f"{head}{n_w}{word}", (Want(n, None, measure),), counted=True)
    first = rng.choice([f"前{n_w}个季度", f"今年头{n_w}个月", f"头{n_w}个月", f"前{n_w}个月"]) if n < 4 else \
        rng.choice([f"今年头{n_w}个月", f"头{n_w}个月"])
    yield Case("counted_span.first", f"{first}，全县新建学校{k}所", (Want(k, None, "所"),), counted=True)


# numforms56: a range whose low end a bound word after its number bounds, joined by 至, 到 or a wave dash

BOUNDED_TO_UNITS = [("人", "人"), ("元", "元"), ("家", "家"), ("吨", "吨"), ("亩", "亩"), ("人次", "人次")]
BOUNDED_TO_MARKS = ["至", "到", "～", "~"]


def bounded_to_ranges(rng: random.Random) -> Iterator[Case]:
    """3万多人至5万人, 三千余到五千元, 3万元左右～5万元, 3万余元至5万余元, 一年多到两年半: a low end that 多, 余, 以上 (at
    least) or 左右 (about) bounds after its number, with its measure word or without, then 至, 到 or a wave dash and
    the high end in that measure: one range bounded as its low end is (GUIDE value_high), never the high end an exact
    figure of its own beside the low end (a second reading of one range). After 从 the two are a start and an end;
    two spans of time in two units (两个多月到半年) give the low end alone, never 0.5 年 exact beside it."""
    lo = rng.randint(1, 8)
    hi = lo + rng.randint(1, 5)
    mag, f = rng.choice([("万", 10**4), ("千", 1000), ("百", 100), ("亿", 10**8)])
    word, measure = rng.choice(BOUNDED_TO_UNITS)
    bound, kind = rng.choice([("多", "lower_bound"), ("余", "lower_bound"), ("以上", "lower_bound"),
                              ("左右", "approx")])
    mark = rng.choice(BOUNDED_TO_MARKS)
    a, b = (str(lo), str(hi)) if rng.random() < 0.5 else (chinese(lo, rng, two="两"), chinese(hi, rng, two="两"))
    head = rng.choice(["每年接待", "全年完成", "预计", "平均"])
    own = rng.choice(["", word])  # the low end's own measure word, or the high end's alone
    low = f"{a}{mag}{bound}{own}" if bound in ("多", "余") else f"{a}{mag}{own}{bound}"  # 3万多人, 3万人以上
    yield Case("bounded_to_range", f"{head}{low}{mark}{b}{mag}{word}", (Want(lo * f, hi * f, measure, kind),),
               counted=True)
    inf = rng.choice(["多", "余"])
    yield Case("bounded_to_range.both", f"{head}{a}{mag}{inf}{own}{mark}{b}{mag}{inf}{word}",
               (Want(lo * f, hi * f, measure, "lower_bound"),), counted=True)
    yield Case("bounded_to_range.from", f"{head}从{a}{mag}{inf}{word}{rng.choice(['到', '增加到'])}{b}{mag}{word}",
               (Want(lo * f, None, measure, "lower_bound"), Want(hi * f, None, measure, "exact")), counted=True)
    n = rng.randint(2, 5)  # (一个多月 alone: one_more_spans)
    n_w = rng.choice([str(n), "两" if n == 2 else PLAIN[n]])
    span, span_measure = rng.choice([("个月", "个月"), ("年", "年"), ("天", "天"), ("个小时", "小时")])
    low_span = f"{n_w}个多{span[1:]}" if span.startswith("个") else f"{n_w}{span}多"
    m_w = PLAIN[n + 1] if n + 1 != 2 else "两"
    tail = rng.choice(["", "半"]) if span in ("年", "天") else ""
    yield Case("bounded_to_range.span", f"工期{low_span}{mark}{m_w}{span}{tail}",
               (Want(n, n + 1 + (0.5 if tail else 0), span_measure, "lower_bound"),), counted=True)
    other = {"个月": rng.choice(["半年", "一年"]), "年": "八十个月", "天": "一个月", "个小时": "一天"}[span]
    yield Case("bounded_to_range.two_units", f"工期{low_span}{mark}{other}", (Want(n, None, span_measure, "lower_bound"),),
               counted=True)


LOW_MEASURED_UNITS = [("元", "元"), ("人", "人"), ("平方米", "平方米"), ("张", "张"), ("吨", "吨"), ("亩", "亩")]


def low_measured_ranges(rng: random.Random) -> Iterator[Case]:
    """补贴3万元至5万, 面积300平方米到500不等: a range with its measure word after the low end only, the high end bare in
    the same magnitude and closing its clause: one range in that measure (30000–50000 元), never nothing and never
    the low end alone; a high end in another magnitude (3万元至5千), with more after it (5万多), or after 从 or a verb
    of change (增加3万元至5万) reads no range."""
    lo = rng.randint(1, 8)
    hi = lo + rng.randint(1, 6)
    mag, f = rng.choice([("万", 10**4), ("千", 1000), ("", 1), ("亿", 10**8)])
    word, measure = rng.choice(LOW_MEASURED_UNITS)
    mark = rng.choice(["至", "到", "～", "-", "—", "－"])
    a, b = (str(lo), str(hi)) if rng.random() < 0.6 or not mag or hi > 9 else (chinese(lo, rng), chinese(hi, rng))
    head = rng.choice(["补贴", "每户", "面积", "单价", "规模"])
    close = rng.choice(["", "不等", "，另有奖励"])
    # (a dash before a bare number with no magnitude, 2平方米－3, may be its minus: none)
    yield Case("low_measured_range", f"{head}{a}{mag}{word}{mark}{b}{mag}{close}",
               () if not mag and mark in "-—－" else (Want(lo * f, hi * f, measure),), counted=True)
    other = rng.choice([m for m in ("万", "千", "亿") if m != mag])
    yield Case("low_measured_range.other_mag", f"{head}{a}{mag}{word}{mark}{b}{other}{close}", (), counted=True)
    verb = rng.choice(["增加", "从"])  # (提高到3万元至5万 is the range it was raised to)
    want = (Want(lo * f, None, measure),) if verb == "从" else ()
    yield Case("low_measured_range.verb", f"{verb}{a}{mag}{word}{rng.choice(['至', '到'])}{b}{mag}", want, counted=True)



CHANGE_THEN_UNITS = [("人", "人"), ("元", "元"), ("张", "张"), ("亩", "亩"), ("家", "家"), ("吨", "吨")]


def changed_then_levels(rng: random.Random) -> Iterator[Case]:
    """参保人数增加1万人至12万人, 床位减少300张到5000张: after a verb of change, two ends each with the same measure word
    joined by 至 or 到, the high end more than twice the low: the change, then the level it reached (two figures),
    never the range 10000–120000; ends near each other (增加2万人至3万人: ratio two at most) stay the change's own
    range, and so do rates (增长5%至20%) and a bare low end (增加1万至12万人)."""
    mag, f = rng.choice([("万", 10**4), ("千", 1000), ("", 1), ("亿", 10**8)])
    word, measure = rng.choice(CHANGE_THEN_UNITS)
    lo = rng.randint(1, 9)
    hi = lo * rng.randint(3, 9) + rng.randint(0, 2)
    verb = rng.choice(["增加", "增加了", "减少", "减少了", "增长", "扩大", "下降", "同比增加", "提高"])
    mark = rng.choice(["至", "到"])
    head = rng.choice(["全市", "参保人数", "全县", "规模", ""])
    a, b = (str(lo), str(hi)) if rng.random() < 0.6 else (chinese(lo, rng, two="两"), chinese(hi, rng, two="两"))
    yield Case("changed_then_level", f"{head}{verb}{a}{mag}{word}{mark}{b}{mag}{word}",
               (Want(lo * f, None, measure), Want(hi * f, None, measure)), counted=True)
    near = lo + rng.randint(1, lo)  # at most twice the low end
    n = str(near) if a.isdigit() else chinese(near, rng, two="两")
    yield Case("changed_then_level.near", f"{head}{verb}{a}{mag}{word}{mark}{n}{mag}{word}",
               (Want(lo * f, near * f, measure),), counted=True)
    pct = rng.choice(["%", "个百分点", "倍"])
    want = {"%": "%", "个百分点": "百分点", "倍": "倍"}[pct]
    yield Case("changed_then_level.rate", f"{head}{verb}{lo}{pct}{mark}{hi}{pct}", (Want(lo, hi, want),), counted=True)
    yield Case("changed_then_level.new", f"全年新增{a}{mag}{word}{mark}{b}{mag}{word}", (Want(lo * f, hi * f, measure),),
               counted=True)


BOUND_PAIR_UNITS = [("元", "元"), ("人", "人"), ("平方米", "平方米"), ("亩", "亩"), ("吨", "吨"), ("家", "家")]


def bare_low_bounds(rng: random.Random) -> Iterator[Case]:
    """投资3万以上5万元以下, 规模300以上500人以下: a bound written after a bare number (以上, 及以上), then the upper bound
    with the measure word written once, after it: two figures, the lower bound and the upper, both in that measure
    (as 大于20小于35个 is: two_bounds), never the low bound lost; each bound with its own measure word stays as it was."""
    mag, f = rng.choice([("万", 10**4), ("千", 1000), ("", 1), ("亿", 10**8)])
    word, measure = rng.choice(BOUND_PAIR_UNITS)
    lo = rng.randint(1, 9)
    hi = lo + rng.randint(1, 9)
    low_word = rng.choice(["以上", "及以上"])
    high_word = rng.choice(["以下", "及以下"])
    a, b = (str(lo), str(hi)) if rng.random() < 0.6 or not mag else (chinese(lo, rng, two="两"), chinese(hi, rng, two="两"))
    head = rng.choice(["投资", "收入", "补贴"] if measure == "元" else ["规模", "数量在", "总量"])
    yield Case("bare_low_bound", f"{head}{a}{mag}{low_word}{b}{mag}{word}{high_word}的项目",
               (Want(lo * f, None, measure, "lower_bound"), Want(hi * f, None, measure, "upper_bound")), counted=True)
    yield Case("bare_low_bound.each", f"{head}{a}{mag}{word}{low_word}{b}{mag}{word}{high_word}的项目",
               (Want(lo * f, None, measure, "lower_bound"), Want(hi * f, None, measure, "upper_bound")), counted=True)


LOOSE_LOW_UNITS = [("人", "人"), ("家", "家"), ("元", "元"), ("个", "个"), ("吨", "吨")]


def loose_low_ranges(rng: random.Random) -> Iterator[Case]:
    """七八十至一百人, 三四十到五十家, 十几至二十家, 十几万到二十万元: a low end said as two neighbouring digits (70–80) or
    with 几 (11–19, about) before 至 or 到 and a high end above it: one range from the low end's own low end (70–100,
    11–20 about), never none; a high end not above the low end's top (七八十至八十人) is no range (a high end of two
    digits too, 三四到五六万: `loose_pair_ranges`)."""
    d = rng.randint(2, 7)
    word, measure = rng.choice(LOOSE_LOW_UNITS)
    mag, f = rng.choice([("", 1), ("", 1), ("万", 10**4), ("亿", 10**8)])
    own = rng.choice(["", word])
    mark = rng.choice(["至", "到"])
    hi = rng.randint(d + 2, 10)
    high = "一百" if hi == 10 else PLAIN[hi] + "十"
    yield Case("loose_low_range", f"现场有{PLAIN[d]}{PLAIN[d + 1]}十{mag}{own}{mark}{high}{mag}{word}",
               (Want(d * 10 * f, hi * 10 * f, measure, "exact"),), counted=True)
    top = rng.randint(2, 5)
    yield Case("loose_low_range.some", f"全县有十几{mag}{own}{mark}{'二三四五'[top - 2]}十{mag}{word}",
               (Want(11 * f, top * 10 * f, measure, "approx"),), counted=True)
    yield Case("loose_low_range.not_above", f"现场有{PLAIN[d]}{PLAIN[d + 1]}十{mark}{PLAIN[d + 1]}十{word}", (),
               counted=True)


def label_colon_values(rng: random.Random) -> Iterator[Case]:
    """A line of a label, its unit in brackets, a colon and a bare number (营业收入（万元）：12345, 总投资（亿元）:3.5,
    营业收入（千元）：12,345): that number in the label's unit (123450000 元), the line ending or a clause going on after it;
    a label after other words on its line, a number with a unit of its own (（万元）：1200元) or a year (（万元）：2024)
    give none."""
    label, unit, m, f = rng.choice(LABEL_UNITS)
    o, c = rng.choice([("（", "）"), ("(", ")")])
    colon = rng.choice(["：", ":"])
    n = rng.choice([rng.randint(11, 999), rng.randint(3000, 9999), round(rng.uniform(1, 99), 1)])
    tail = rng.choice(["", "，同比增长5%"])
    want = (Want(n * f, None, m),) + ((Want(5, None, "%"),) if tail else ())
    yield Case("label_colon_value", f"{label}{o}{unit}{c}{colon}{n}{tail}\n", want, counted=True)
    big = rng.randint(1000, 99999) * 1000 + rng.randint(0, 999)
    yield Case("label_colon_value.grouped", f"营业收入（千元）{colon}{big:,}\n", (Want(big * 1000, None, "元"),),
               counted=True)
    yield Case("label_colon_value.lead", f"据统计，{label}{o}{unit}{c}{colon}{n}\n", (), counted=True)
    yield Case("label_colon_value.year", f"{label}{o}{unit}{c}{colon}{rng.randint(2000, 2030)}\n", (), counted=True)


def _loose_pairs(rng: random.Random, a: int, b: int) -> tuple[str, str, str, int, int]:
    """The two loose pairs a-(a+1) and b-(b+1) as written (两三 or 二三 …), each with its places (二三十, 四五十) or the
    low pair bare or with the section the high pair ends on (三四、五六万, 三四万、五六万), and the factor they stand for."""
    style = rng.choice(["section", "sections", "places"])
    place, f = rng.choice([("十", 10), ("百", 100), ("千", 1000)])
    # (两 beside 十 is no numeral the grammar reads: numerals.yaml ten_not_beside)
    first = "两三" if a == 2 and place != "十" and rng.random() < 0.5 else PLAIN[a] + PLAIN[a + 1]
    second = PLAIN[b] + PLAIN[b + 1]
    if style == "places":
        return first, second, first + place, second + place, f
    place, f = rng.choice([("万", 10**4), ("亿", 10**8)])
    return first, second, first + (place if style == "sections" else ""), second + place, f


def loose_pair_ranges(rng: random.Random) -> Iterator[Case]:
    """三四到五六万元, 二三十至四五十家, 两三百到四五百人: two pairs of neighbouring digits joined by 至, 到 or a dash, the
    low pair with the high pair's places or bare before its section (万, 亿): one range from the low pair's low to the high
    pair's top (30000–60000), never none; a high pair not above the low (三四到四五万) and places that differ
    (三四至五六十人: 3–4 or 30–40?) give none."""
    a = rng.randint(1, 6)
    b = rng.randint(a + 2, 8)
    word, measure = rng.choice(LOOSE_LOW_UNITS)
    head = "每户补贴" if measure == "元" else "全县有"
    mark = rng.choice(["至", "到", "—", "～"])
    first, second, low, high, f = _loose_pairs(rng, a, b)
    yield Case("loose_pair_range", f"{head}{low}{mark}{high}{word}", (Want(a * f, (b + 1) * f, measure, "exact"),),
               counted=True)
    yield Case("loose_pair_range.not_above", f"{head}{first}{mark}{PLAIN[a + 1]}{PLAIN[a + 2]}万{word}", (),
               counted=True)
    yield Case("loose_pair_range.places", f"{head}{first}{mark}{second}十{word}", (), counted=True)


CHANGE_POINT_VERBS = ["增长", "增长了", "提高", "提高了", "下降", "下降了", "降低", "提升", "上升", "回落", "回落了",
                      "下滑", "回升", "收窄"]


def change_points(rng: random.Random) -> Iterator[Case]:
    """同比增长3个点, 比上年回落了两个点, 提高约1.5个点: 个点 right after a verb of a change in a rate or a share, with no
    word before it naming what it is, is percentage points (个百分点 said short), as after a rate named (`rate_points`);
    an index, 汇率 or 利率 named before it (上证指数较上月增长35个点, 贷款利率下降25个点) and the verbs of prices and
    spots (股价上涨3个点, 检测点增加了3个点) leave it none."""
    n = rng.choice([rng.randint(1, 9), rng.randint(1, 49) / 10, 2])
    spoken = "两" if n == 2 and rng.random() < 0.5 else str(n)
    verb = rng.choice(CHANGE_POINT_VERBS)
    head = rng.choice(["同比", "比上年", "环比", "今年以来", "较年初", "利润"])
    about = rng.choice(["", "", "约", "近"])
    yield Case("change_points", f"{head}{verb}{about}{spoken}个点",
               (Want(n, None, "百分点", "approx" if about else "exact"),), counted=True)
    other = rng.choice(["上证指数较上月", "人民币汇率", "贷款利率", "创业板指数今天"])
    yield Case("change_points.named", f"{other}{verb}{rng.randint(10, 300)}个点", (), counted=True)
    thing = rng.choice(["股价上涨", "股价下跌", "检测点增加了", "网点减少了"])
    yield Case("change_points.other_verb", f"{thing}{spoken}个点", (), counted=True)


def label_colon_pairs(rng: random.Random) -> Iterator[Case]:
    """营业收入（万元）：12345，利润（万元）：2345: two or three labels on one line, each with its unit in brackets, a colon
    and a bare number, a comma or a semicolon between them: each number in its own label's unit, never the first
    alone; words of a clause of their own between two (，同比增长5%，) leave the later label none (a label after other
    words), and a line that opens on other words gives none."""
    items = rng.sample(LABEL_UNITS, rng.choice([2, 3]))
    o, c = rng.choice([("（", "）"), ("(", ")")])
    colon = rng.choice(["：", ":"])
    mark = rng.choice(["，", "；", ",", ";"])
    values = [rng.choice([rng.randint(11, 999), rng.randint(3000, 9999), round(rng.uniform(1, 99), 1)]) for _ in items]
    parts = [f"{label}{o}{unit}{c}{colon}{v}" for (label, unit, _, _), v in zip(items, values, strict=True)]
    yield Case("label_colon_pair", mark.join(parts) + "\n",
               tuple(Want(v * f, None, m) for (_, _, m, f), v in zip(items, values, strict=True)), counted=True)
    yield Case("label_colon_pair.clause", f"{parts[0]}，同比增长5%，{parts[1]}\n",
               (Want(values[0] * items[0][3], None, items[0][2]), Want(5, None, "%")), counted=True)
    yield Case("label_colon_pair.lead", "据统计，" + mark.join(parts) + "\n", (), counted=True)


def loose_pair_lists(rng: random.Random) -> Iterator[Case]:
    """三四、五六万元, 二三十、四五十家, 两三百、四五百人: two pairs of neighbouring digits with the mark of neighbours
    between them are the one range 三四到五六万元 is (`loose_pair_ranges`: 30000–60000), never the high pair alone; a
    high pair not above the low (三四、四五万) leaves the high pair as read, and so do places after a bare low pair
    (三四、五六十人: 3–4 or 30–40?), never the low pair in the high pair's measure word (3–4 人); a 约 before the low
    pair bounds the range (约三四、五六万人), not the high pair read alone."""
    a = rng.randint(1, 6)
    b = rng.randint(a + 2, 8)
    word, measure = rng.choice(LOOSE_LOW_UNITS)
    head = rng.choice(["每户补贴", "每户补贴约", "当年投入"]) if measure == "元" else rng.choice(["全县有", "现场来了约"])
    q = "approx" if "约" in head else "exact"
    first, second, low, high, f = _loose_pairs(rng, a, b)
    yield Case("loose_pair_list", f"{head}{low}、{high}{word}", (Want(a * f, (b + 1) * f, measure, q),), counted=True)
    yield Case("loose_pair_list.not_above", f"{head}{first}、{PLAIN[a + 1]}{PLAIN[a + 2]}万{word}",
               (Want((a + 1) * 10**4, (a + 2) * 10**4, measure),), counted=True)
    yield Case("loose_pair_list.places", f"{head}{first}、{second}十{word}", (Want(b * 10, (b + 1) * 10, measure),),
               counted=True)


RATE_BASES = [("/十万", "/10万"), ("/十万人", "/10万"), ("/百万", "/100万"), ("/百万人", "/100万"), ("/万", "/万"),
              ("/1万", "/万"), ("例/十万", "例/10万"), ("人/十万人", "人/10万")]


def rate_bases(rng: random.Random) -> Iterator[Case]:
    """孕产妇死亡率12.5/十万, 发病率3.5/百万, 出生缺陷发生率120/万: a rate's base in Chinese numerals after the slash is
    the base 12.5/10万 writes (/10万, /100万), and one of ten thousand (/万, /1万) a rate per ten thousand, measure /万;
    a unit a number in 万 would take after it (单价3.5/万元, 运费12/万吨) leaves none."""
    name = rng.choice(["孕产妇死亡率为", "发病率", "出生缺陷发生率为", "死亡率达", "报告发病率"])
    v = rng.choice([rng.randint(1, 300), round(rng.uniform(0.1, 99.9), 1), round(rng.uniform(0.01, 9.99), 2)])
    base, measure = rng.choice(RATE_BASES)
    yield Case("rate_base", f"{name}{v}{base}", (Want(v, None, measure),), counted=True)
    price = rng.choice(["单价", "运费", "每单位费用"])
    yield Case("rate_base.priced", f"{price}{v}/万{rng.choice(['元', '吨', '亩', '平方米', '件'])}", (), counted=True)


OWN_LONGER_UNITS = [("人", "人次"), ("户", "户次"), ("家", "家次"), ("辆", "辆次"), ("台", "台次"), ("件", "件次"),
                    ("场", "场次"), ("架", "架次"), ("千瓦", "千瓦时"), ("兆瓦", "兆瓦时"), ("MW", "MWh"), ("kW", "kWh"),
                    ("GW", "GWh")]


def own_longer_units(rng: random.Random) -> Iterator[Case]:
    """接待3000人、5000人次, 规模为100千瓦和200千瓦时: a number with a measure word of its own listed before a number whose
    measure word begins with it is in its own unit (3000 人), never the longer one (3000 人次); a counter listed so
    (分别提高2.1个、0.7个百分点) or a word a rate is on (300元、500元/吨) takes the word written once."""
    short, long = rng.choice(OWN_LONGER_UNITS)
    a, b = rng.randint(2, 9999), rng.randint(2, 9999)
    link = rng.choice(["、", "和"])
    head = rng.choice(["全年", "规模为", "共计", "其中"])
    yield Case("own_longer_unit", f"{head}{a}{short}{link}{b}{long}", (Want(a, None, short), Want(b, None, long)),
               counted=True)
    x, y = rng.randint(1, 99) / 10, rng.randint(1, 99) / 10
    counter = rng.choice(["个", "個"])
    points = "百分点" if counter == "个" else "百分點"
    yield Case("own_longer_unit.counter", f"分别提高{x}{counter}{link}{y}{counter}{points}",
               (Want(x, None, "百分点"), Want(y, None, "百分点")), counted=True)
    yield Case("own_longer_unit.rate", f"价格分别为{a}元{link}{b}元/吨", (Want(a, None, "元/吨"), Want(b, None, "元/吨")),
               counted=True)


DIGIT_BASES = [("/1000", "‰"), ("/1000人", "‰"), ("/10000", "/万"), ("/10000人", "/万"), ("/100000", "/10万"),
               ("/100000人", "/10万"), ("/1000000", "/100万")]
BASES_BEFORE = [("每10万人", "/10万"), ("每10万人口", "/10万"), ("每十万人", "/10万"), ("每十万人口", "/10万"),
                ("每100万人", "/100万"), ("每百万人口", "/100万"), ("每万人", "/万"), ("每万人口", "/万"),
                ("每1万人口", "/万"), ("每千人", "‰"), ("每千人口", "‰"), ("每1000人", "‰")]


def written_bases(rng: random.Random) -> Iterator[Case]:
    """婴儿死亡率为3.5/1000, 发病率12.5/100000, 孕产妇死亡率为每10万人12.5: a rate's base written out in Arabic digits
    after the slash, or before the number with 每, is the rate 3.5‰, 12.5/10万 and 12.5/万 read (numforms60); a unit
    after the digits (1/1000秒, 0.5/1000吨), a map's scale (比例尺1/1000) and a base with a measure word after the
    number (每千人口床位4.96张: 张) stay as they were, and a base of a thousand in a Chinese numeral (3.5/千, 0.5/千瓦时)
    gives none."""
    name = rng.choice(["婴儿死亡率为", "出生率", "孕产妇死亡率为", "发病率达", "报告死亡率"])
    v = rng.choice([rng.randint(1, 300), round(rng.uniform(0.1, 99.9), 1), round(rng.uniform(0.01, 9.99), 2)])
    base, measure = rng.choice(DIGIT_BASES)
    yield Case("written_base", f"{name}{v}{base}", (Want(v, None, measure),), counted=True)
    before, measure = rng.choice(BASES_BEFORE)
    link = rng.choice(["", "为", "约", "达"])
    # (a clause after it: a decimal that ends a text may have its magnitude on the next line, no measure before it)
    yield Case("written_base.before", f"{name}{before}{link}{v}，低于全国平均水平",
               (Want(v, None, measure, "approx" if link == "约" else "exact"),), counted=True)
    unit = rng.choice(["秒", "吨", "毫米", "克", "元", "mm", "人次", "g"])
    yield Case("written_base.unit", f"精度为{rng.randint(1, 9)}/1000{unit}", (), counted=True)
    yield Case("written_base.chinese", f"{name}{v}/千{rng.choice(['', '瓦时', '人次', '方'])}", (), counted=True)
    scale = rng.choice(["1/500", "1/1000", "1/2000", "1:1000", "1：500"])
    yield Case("written_base.scale", f"完成比例尺{rng.choice(['', '为'])}{scale}地形图测绘", (), counted=True)
    n = rng.randint(2, 99)
    word, wmeasure = rng.choice([("张", "张"), ("人", "人"), ("名", "名")])
    yield Case("written_base.own", f"{before}{rng.choice(['床位', '医生', '护士'])}{n}{word}", (Want(n, None, wmeasure),),
               counted=True)


SLASH_LISTS = [("MW", "MWh"), ("GW", "GWh"), ("kW", "kWh"), ("兆瓦", "兆瓦时"), ("千瓦", "千瓦时")]


def power_energy_pairs(rng: random.Random) -> Iterator[Case]:
    """储能规模100MW/200MWh, 建设10万千瓦/20万千瓦时储能电站: a power and an energy typed with a slash between are two
    figures, as 100MW、200MWh reads (units.yaml slash_lists); the same word twice (100MW/200MW) and a price per unit
    (0.5元/千瓦时) as before."""
    power, energy = rng.choice(SLASH_LISTS)
    mag, scale = rng.choice([("", 1), ("", 1), ("万", 10000)]) if power in ("千瓦", "兆瓦") else ("", 1)
    a = rng.choice([rng.randint(1, 500), round(rng.uniform(0.5, 50), 1)])
    b = rng.choice([a * 2, a * 4, rng.randint(1, 2000)])
    sp = rng.choice(["", " "]) if power.isascii() else ""
    head = rng.choice(["储能规模", "建设", "储能电站规模为", "配套建设储能"])
    yield Case("power_energy", f"{head}{a}{mag}{sp}{power}{sp}/{sp}{b}{mag}{sp}{energy}",
               (Want(a * scale, None, power), Want(b * scale, None, energy)), counted=True)
    yield Case("power_energy.same", f"{head}{a}{power}/{b}{power}", (), counted=True)
    p = round(rng.uniform(0.2, 1.5), 2)
    yield Case("power_energy.price", f"电价为{p}元/千瓦时", (Want(p, None, "元/千瓦时"),), counted=True)

    c = rng.choice([a * 3, a * 6, rng.randint(1, 2000)])  # a third in the second word (numforms62)
    yield Case("power_energy.third", f"{head}{a}{mag}{power}/{b}{mag}{energy}/{c}{mag}{energy}",
               (Want(a * scale, None, power), Want(b * scale, None, energy), Want(c * scale, None, energy)),
               counted=True)
    yield Case("power_energy.energies", f"{head}{b}{energy}/{c}{energy}", (), counted=True)


INNER_SOME = [("千", 1000, "百", 100), ("百", 100, "十", 10), ("万", 10000, "千", 1000)]


def inner_somes(rng: random.Random) -> Iterator[Case]:
    """三百几十人, 两千几百万元, 三万几千人 (numforms62): 几 for the digit of a place right below a higher place of the same
    numeral, the range of that digit from 1 to 9, about (310–390 人), as 二十几人 is 21–29; a bound or a to-word after it
    as after any range; at the head (几百人, 几千几百元), after Arabic digits (3百几十人) or twice (三千几百几十元) none."""
    head, big, place, small = rng.choice(INNER_SOME)
    t = rng.randint(1, 9)
    mag, scale = rng.choice([("", 1), ("", 1), ("万", 10000)]) if head != "万" else ("", 1)
    measure = rng.choice(["人", "元", "户", "家", "个", "吨"])
    low, high = (t * big + small) * scale, (t * big + 9 * small) * scale
    num = f"{chinese(t, rng, two=rng.choice(['二', '两']))}{head}几{place}{mag}"
    pre = rng.choice(["", "", "约", "近"])
    subject = rng.choice(["全村有", "共投入", "累计完成", "当天来了", "全年收购"])
    qualifier = "approx"
    yield Case("inner_some", f"{subject}{pre}{num}{measure}", (Want(low, high, measure, qualifier),), counted=True)
    more = rng.choice(["多", "余"])
    yield Case("inner_some.more", f"{subject}{num}{more}{measure}", (Want(low, high, measure, "lower_bound"),),
               counted=True)
    bad = rng.choice([f"几{head}几{place}{measure}", f"{t}{head}几{place}{measure}",
                      f"{chinese(t, rng)}{head}几{place}几{measure}" if place == "十" else f"几{place}{measure}"])
    yield Case("inner_some.none", f"{subject}{bad}", (), counted=True)


def _price_bound(rng: random.Random) -> tuple[str, str, str]:
    """A price's bound word drawn (none twice as often): what goes before the number (约), after it (左右, 以上), and
    the qualifier GUIDE.md gives it."""
    bound = rng.choice(["", "", "约", "左右", "以上"])
    pre, post = (bound, "") if bound == "约" else ("", bound)
    return pre, post, {"": "exact", "约": "approx", "左右": "approx", "以上": "lower_bound"}[bound]


WORD_PER_PRICES = [("每100公斤", "元/100公斤"), ("每50公斤", "元/50公斤"), ("每50千克", "元/50千克"),
                   ("每100千克", "元/100千克"), ("每500克", "元/500克"), ("每百斤", "元/百斤"), ("每100斤", "元/100斤"),
                   ("每公斤", "元/公斤"), ("每千克", "元/千克"), ("每斤", "元/斤"), ("每吨", "元/吨")]


def word_per_prices(rng: random.Random) -> Iterator[Case]:
    """价格为300元每100公斤, 售价30元每公斤, 运费500元每吨 (numforms62): a price with its base after 每 is the rate the slash
    writes (元/100公斤), never 300 元 alone, with its bound and its range as any price; a base of another weight after 每
    (300元每200公斤) and a unit longer than the base (500元每吨公里) leave the price alone, as before."""
    base, measure = rng.choice(WORD_PER_PRICES)
    head = rng.choice(["小麦收购价为", "生猪价格为", "猪肉均价", "鲜茶叶收购价为", "售价为"])
    p = rng.choice([rng.randint(20, 3000), round(rng.uniform(1, 300), 1)])
    pre, post, qualifier = _price_bound(rng)
    yield Case("word_per_price", f"{head}{pre}{arabic(p)}元{base}{post}", (Want(p, None, measure, qualifier),),
               counted=True)
    q = round(p + rng.randint(5, 200), 1)
    sep = rng.choice(["至", "到", "-", "~"])
    low = rng.choice(["元", ""])
    yield Case("word_per_price.range", f"{head}{arabic(p)}{low}{sep}{arabic(q)}元{base}", (Want(p, q, measure),),
               counted=True)
    yield Case("word_per_price.odd", f"{head}{arabic(p)}元每200公斤", (Want(p, None, "元"),), counted=True)


def pair_counts(rng: random.Random) -> Iterator[Case]:
    """发放棉鞋5000双, 捐赠手套三百双, 1.2万双运动鞋 (numforms62): 双 counts pairs, as 对 and 副 count theirs; a lone digit
    in a Chinese numeral before it (三双工程, 拿下三双) names a programme or a triple-double, none, and so do 两个双一流 and
    双向 (a word 双 begins)."""
    n = rng.choice([rng.randint(10, 99999), rng.randint(2, 9) * 100])
    written = rng.choice([str(n), chinese(n, rng, two="两")])
    head = rng.choice(["发放棉鞋", "捐赠手套", "为学生送去", "向困难群众发放运动鞋", "共募集袜子"])
    yield Case("pair_count", f"{head}{written}双", (Want(n, None, "双"),), counted=True)
    mag = rng.randint(1, 9)
    yield Case("pair_count.magnitude", f"捐赠{mag}.5万双运动鞋", (Want(mag * 10000 + 5000, None, "双"),), counted=True)
    lone = rng.choice(PLAIN[1:])
    word = rng.choice(["工程", "行动", "活动", "服务"])
    yield Case("pair_count.name", f"深入推进{lone}双{word}", (), counted=True)
    yield Case("pair_count.word", f"全市培育两个双{rng.choice(['一流', '向', '循环', '城'])}项目", (Want(2, None, "个"),),
               counted=True)  # 两个 as ever (a count of abstract things), no pair


def lost_decimals(rng: random.Random) -> Iterator[Case]:
    """营业收入5.万元, 人数3.万人 (numforms62): a point with no digit before the magnitude is a decimal whose digits the page
    lost, no sure number: none, never 5 元 by the money word before it; 5.3万元 reads as ever."""
    n = rng.randint(1, 999)
    mag, scale = rng.choice([("万", 1e4), ("亿", 1e8), ("千", 1e3)])
    head, measure = rng.choice([("营业收入", "元"), ("全年收入", "元"), ("参保人数", "人"), ("利润", "元")])
    yield Case("lost_decimal", f"{head}{n}.{mag}{measure}", (), counted=True)
    d = rng.randint(1, 9)
    yield Case("lost_decimal.whole", f"{head}{n}.{d}{mag}{measure}", (Want((n + d / 10) * scale, None, measure),),
               counted=True)


ONE_MORE_SPANS = [("个多月", "个月"), ("个多小时", "小时"), ("个多星期", "个星期"), ("个多钟头", "小时")]


def one_more_spans(rng: random.Random) -> Iterator[Case]:
    """工期一个多月, 用了一个多小时: a span of more than one (1 at least, a duration: GUIDE optional), as 两个多月 is,
    never dropped as the article 一 (一个企业); 一个多元化的市场 and 一个多功能厅 stay none."""
    span, measure = rng.choice(ONE_MORE_SPANS)
    head = rng.choice(["工期", "用了", "历时", "持续了", "耗时"])
    yield Case("one_more_span", f"{head}一{span}", (Want(1, None, measure, "lower_bound"),), counted=True)
    word = rng.choice(["多元化", "多功能", "多层次", "多方位"])
    yield Case("one_more_span.word", f"建成一个{word}的市场", (), counted=True)

ROUND_WEIGHTS = [("50公斤", "元/50公斤"), ("100公斤", "元/100公斤"), ("50千克", "元/50千克"), ("100千克", "元/100千克"),
                 ("500克", "元/500克"), ("百斤", "元/百斤"), ("100斤", "元/100斤")]
RANGE_RATES = ["元/吨", "元/平方米", "元/亩", "元/公斤", "元/斤", "元/100公斤", "元/50公斤"]
MEASURE_BASES = ["每100公斤", "每50公斤", "每百公斤", "每10吨", "每100亩", "每1000立方米", "每100千瓦时", "每5公顷",
                 "每1.5万平方米", "每10公里"]


def round_weight_prices(rng: random.Random) -> Iterator[Case]:
    """小麦最低收购价118元/50公斤, 生猪价格1500元/100公斤, 猪肉价格25元/500克: a farm price per the trade's round weight is
    that rate, as written (numforms61; units.yaml), a base of another weight (300元/200公斤) none; a range whose low end
    wrote the rate's first word (300元至350元/吨) is one range in the rate, whatever joins it; a weight, an area or an
    energy after 每 (每100公斤收购价300元) is the base of the price after it, no figure (exclude.per_measure_base)."""
    head = rng.choice(["小麦最低收购价为", "生猪价格", "玉米收购价", "猪肉均价", "稻谷收购价格为", "鲜茶叶收购价"])
    base, measure = rng.choice(ROUND_WEIGHTS)
    p = rng.choice([rng.randint(20, 3000), round(rng.uniform(10, 300), 1)])
    pre, post, qualifier = _price_bound(rng)
    yield Case("round_weight", f"{head}{pre}{arabic(p)}元/{base}{post}", (Want(p, None, measure, qualifier),),
               counted=True)
    odd = rng.choice(["200公斤", "30公斤", "250克", "80斤", "20千克"])
    yield Case("round_weight.odd", f"{head}{arabic(p)}元/{odd}", (), counted=True)
    rate = rng.choice(RANGE_RATES)
    q = round(p + rng.randint(5, 200), 1)
    sep = rng.choice(["至", "到", "-", "~", "—"])
    yield Case("round_weight.range", f"{head}{arabic(p)}元{sep}{arabic(q)}{rate}", (Want(p, q, rate),),
               counted=True)
    before = rng.choice(MEASURE_BASES)
    word = rng.choice(["收购价", "价格为", "收费", "投入", "奖补"])
    yield Case("round_weight.per_base", f"{before}{word}{arabic(p)}元", (Want(p, None, "元"),), counted=True)


JOB_HEADS = ["城镇新增就业", "带动就业", "农村劳动力转移就业", "失业人员实现再就业", "就业困难人员实现就业",
             "高校毕业生就业"]


def unwritten_jobs(rng: random.Random) -> Iterator[Case]:
    """城镇新增就业1.2万, 带动就业3万余, 转移就业22万以上: a count of jobs with its 人 left unwritten counts people (GUIDE;
    numforms61: units.yaml measure_before 就业, `scaled`), where the number has a magnitude or a bound word in it; a bare
    one (新增就业3000, 就业2025: a number the page may have cut, a year) stays none, and measure words of their own
    (就业岗位3万个, 新增就业1.2万人) are as before."""
    head = rng.choice(JOB_HEADS)
    whole = rng.randint(1, 999)
    dec = rng.choice(["", f".{rng.randint(1, 9)}", f".{rng.randint(11, 99)}".rstrip("0")])
    written = f"{whole}{dec}"
    value = float(f"{float(written) * 1e4:.15g}")
    bound = rng.choice(["", "", "余", "多", "以上", "左右", "约", "近", "达", "超过"])
    link = bound if bound in ("约", "近", "达", "超过") else ""
    tail = "" if link else bound
    qualifier = {"": "exact", "达": "exact", "余": "lower_bound", "多": "lower_bound", "以上": "lower_bound",
                 "超过": "lower_bound", "左右": "approx", "约": "approx", "近": "approx"}[bound]
    yield Case("unwritten_job", f"全年{head}{link}{written}万{tail}", (Want(value, None, "人", qualifier),), counted=True)
    n = rng.randint(2, 30)
    yield Case("unwritten_job.chinese", f"{head}{chinese(n, rng)}万", (Want(n * 1e4, None, "人"),), counted=True)
    yield Case("unwritten_job.bare", f"全年{head}{rng.randint(100, 9999)}", (), counted=True)
    own, measure = rng.choice([("万人", "人"), ("万名", "名"), ("万人次", "人次")])
    yield Case("unwritten_job.own", f"{head}{written}{own}", (Want(value, None, measure),), counted=True)
    yield Case("unwritten_job.post", f"提供就业岗位{written}万个", (Want(value, None, "个"),), counted=True)


SPEECH_BOUNDS = [("至多", "upper_bound"), ("顶多", "upper_bound"), ("充其量", "upper_bound"), ("差不多", "approx")]


def speech_bounds(rng: random.Random) -> Iterator[Case]:
    """至多5000元, 顶多3000人, 充其量500元, 差不多3000人 (numforms63): words of speech that bound the number right after
    them; 月薪3000元不到 and 人口300人不到, 不到 said after the figure where its clause ends, at most, as 不到3000元; 3000元
    及以内 as 及以下; before a word (资金300万元不到位, 30人不到岗, 3000元不到一年) the figure stays exact."""
    word, qualifier = rng.choice(SPEECH_BOUNDS)
    n = rng.choice([rng.randint(2, 99) * 100, rng.randint(2, 99) * 10, rng.randint(2, 9) * 1000])
    measure = rng.choice(["元", "人", "户", "家", "吨"])
    num = rng.choice([str(n), chinese(n, rng, two=rng.choice(["二", "两"]))])
    head = rng.choice(["", "每户补贴", "当天来了", "全村", "每人每月"])
    yield Case("speech_bound", f"{head}{word}{num}{measure}", (Want(n, None, measure, qualifier),), counted=True)
    mag, scale = rng.choice([("", 1), ("万", 10000)])
    m = rng.choice([rng.randint(2, 99), round(rng.uniform(1, 9), 1)])
    subject, measure = rng.choice([("月薪", "元"), ("一年收入", "元"), ("全村常住人口", "人"), ("参保人数", "人"),
                                   ("占比", "%"), ("增长", "%")])
    mag, scale = ("", 1) if measure == "%" else (mag, scale)
    yield Case("speech_bound.after", f"{subject}{m}{mag}{measure}不到",
               (Want(m * scale, None, measure, "upper_bound"),), counted=True)
    tail = rng.choice(["不到位", "不到岗", "不到一年就花完了", "不到账", "不到的年轻人"])
    yield Case("speech_bound.word", f"有{m}{mag}元{tail}", (Want(m * scale, None, "元", "exact"),), counted=True)
    link = rng.choice(["及以内", "或以内"])
    yield Case("speech_bound.within", f"报销{m}{mag}元{link}", (Want(m * scale, None, "元", "upper_bound"),),
               counted=True)


BULLETIN_UNITS = [("分贝", "分贝"), ("毫克/立方米", "毫克/立方米"), ("mg/m³", "mg/m³"), ("mg/m3", "mg/m3"),
                  ("兆帕", "兆帕"), ("MPa", "MPa"), ("兆赫", "兆赫"), ("MHz", "MHz")]


def bulletin_units(rng: random.Random) -> Iterator[Case]:
    """53.2分贝, 1.2毫克/立方米 (0.8mg/m³), 10兆帕 (30MPa), 3500兆赫 (3500MHz) (numforms63): a sound level, a gas's
    concentration in milligrams, a pressure and a frequency, as environment and works reports give them, with a bound
    before or after; 兆 of money stays none (投资3兆元, exclusions.yaml exclude.zhao)."""
    word, measure = rng.choice(BULLETIN_UNITS)
    v = rng.choice([rng.randint(1, 120), round(rng.uniform(0.1, 99), 1), round(rng.uniform(0.01, 2), 2)])
    head = rng.choice(["平均值为", "浓度为", "设计值为", "达到", "监测值", ""])
    pre, post, qualifier = rng.choice([("", "", "exact"), ("约", "", "approx"), ("不超过", "", "upper_bound"),
                                       ("", "以下", "upper_bound"), ("", "左右", "approx")])
    yield Case("bulletin_unit", f"{head}{pre}{v}{word}{post}", (Want(v, None, measure, qualifier),), counted=True)
    yield Case("bulletin_unit.money", f"投资{rng.randint(2, 99)}兆元", (), counted=True)


def grown_once(rng: random.Random) -> Iterator[Case]:
    """全市生产总值增长了一番, 居民收入增加一番 (numforms63): 一番 after 增长 or 增加 with 翻 left out is one doubling,
    1 番, as 增长了两番 is 2 (numforms62) and 翻了一番 is 1; a bound word between or 多 after bounds it; 一番 after
    another verb (热闹了一番, 研究了一番) stays none."""
    subject = rng.choice(["全市生产总值", "居民收入", "工业总产值", "粮食产量", "财政收入"])
    verb = rng.choice(["增长", "增加", "增长了", "增加了"])
    pre, post, qualifier = rng.choice([("", "", "exact"), ("近", "", "approx"), ("", "多", "lower_bound"),
                                       ("超过", "", "lower_bound")])
    base = rng.choice(["", "比2010年", "比上年"])
    yield Case("grown_once", f"{subject}{base}{verb}{pre}一番{post}", (Want(1, None, "番", qualifier),), counted=True)
    idiom = rng.choice(["热闹", "研究", "打扮", "寒暄", "折腾", "考察", "琢磨", "商量"])
    yield Case("grown_once.idiom", f"{idiom}了一番", (), counted=True)



# numforms64: numerals × units × qualifiers × ranges, each figure's value worked out here from what was drawn (the
# oracle: the drawn integer or decimal times the drawn magnitude, the unit's measure word, GUIDE's qualifier of the
# drawn bound word), never from the reader.

# (unit word, measure reported, head words, kind): kind `money` and `share` take 封顶 as a cap; `count` and `money` a
# magnitude (万, 亿) and 内; `latin` no word after it (8GB内存 names a product: a Han character after a Latin unit)
COMPOSED_UNITS = [
    ("元", "元", ["补贴", "投资", "每户奖励"], "money"), ("人", "人", ["参加人数", "共有职工"], "count"),
    ("家", "家", ["入驻企业"], "count"), ("吨", "吨", ["产量"], "count"), ("公里", "公里", ["里程"], "count"),
    ("%", "%", ["占比", "报销比例"], "share"), ("分贝", "分贝", ["噪声"], "physical"), ("dB", "dB", ["噪声"], "latin"),
    ("GHz", "GHz", ["主频"], "latin"), ("吉赫", "吉赫", ["频段"], "physical"), ("兆瓦", "兆瓦", ["装机容量"], "physical"),
    ("兆帕", "兆帕", ["设计压力"], "physical"), ("兆字节", "兆字节", ["单个文件"], "physical"),
    ("MB", "MB", ["单个文件"], "latin"), ("兆赫兹", "兆赫兹", ["频率"], "physical"),
]
# (before, after, qualifier, kinds it may qualify): 内 and 封顶 only at the end of their clause (the trap's comma
# follows every case)
COMPOSED_BOUNDS = [
    ("", "", "exact", "*"), ("约", "", "approx", "*"), ("近", "", "approx", "*"), ("不超过", "", "upper_bound", "*"),
    ("超过", "", "lower_bound", "*"), ("", "左右", "approx", "money count share physical"),
    ("", "以上", "lower_bound", "money count share physical"), ("", "以内", "upper_bound", "money count share physical"),
    ("", "以下", "upper_bound", "money count share physical"), ("", "内", "upper_bound", "money count"),
    ("", "封顶", "upper_bound", "money share"),
]


def _composed_number(rng: random.Random, kind: str) -> tuple[str, float]:
    """An amount written one of the ways news writes it, and its value: Arabic digits, a decimal, a magnitude after
    either (money and counts only), a Chinese numeral, full-width commas between groups of three digits."""
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 9999), rng.randint(2, 999) * 10])
    form = rng.choice(["arabic", "decimal", "chinese", "magnitude", "wide"] if kind in ("money", "count")
                      else ["arabic", "decimal", "chinese"])
    if form == "decimal":
        v = round(rng.uniform(1, 99), rng.choice([1, 2]))
        return arabic(v), v
    if form == "chinese":
        return chinese(n, rng, two=rng.choice("二两")), n
    if form == "magnitude":
        mag, f = rng.choice([("万", 1e4), ("亿", 1e8)])
        v = rng.choice([n, round(rng.uniform(1, 99), 1)])
        return f"{arabic(v)}{mag}", float(f"{v * f:.15g}")
    if form == "wide":  # two groups at least (one may end a clause: wide_one_groups), none opening on 0
        a, b, c = rng.randint(1, 999), rng.randint(100, 999), rng.randint(100, 999)
        return f"{a}，{b}，{c}", a * 10**6 + b * 1000 + c
    return str(n), n


def composed(rng: random.Random) -> Iterator[Case]:
    """补贴约1，234，567元, 主频3.2GHz, 噪声85dB以下, 报销比例90%封顶, 投资3.5万元内, 装机容量三百兆瓦左右
    (numforms64): a numeral of every form × a unit × a bound word before or after it, each figure's value, measure and
    qualifier as drawn; then the same unit as a range (3至5万元, 3到5GHz) with the low end sharing the high end's
    magnitude and measure word."""
    word, measure, heads, kind = rng.choice(COMPOSED_UNITS)
    pre, post, qualifier, kinds = rng.choice([b for b in COMPOSED_BOUNDS if b[3] == "*" or kind in b[3].split()])
    written, value = _composed_number(rng, kind)
    head = rng.choice(heads)
    if written[0].isdigit() and pre == "" and head[-1:] in "0123456789":
        head += "为"
    yield Case("composed", f"{head}{pre}{written}{word}{post}", (Want(value, None, measure, qualifier),), counted=True)
    a = rng.randint(1, 40)
    b = a + rng.randint(1, 40)
    mag, f = rng.choice([("", 1), ("万", 1e4)]) if kind in ("money", "count") else ("", 1)
    link = rng.choice(["至", "到", "-", "~"])
    # (a Latin unit after the low end too reads as a code's letters before a dash or a Han link: 2GHz-6GHz, 15GB到20GB
    # give none, as exclusions.yaml exclude.identifier has it; the low end bare there)
    low = f"{a}" if kind == "latin" else rng.choice([f"{a}", f"{a}{mag}{word}"])
    yield Case("composed.range", f"{head}{low}{link}{b}{mag}{word}", (Want(a * f, b * f, measure),), counted=True)


def lost_powers(rng: random.Random) -> Iterator[Case]:
    """1.2×10⁴吨, 3.5x10^8元, 2.5E+3人 (numforms64): a mantissa times ten to a power in superscript or after a caret or
    an e is the number it names; a superscript lost in copying (1.2×104吨, 1.2×10 4吨) or a power as a program prints
    it (1.2×10**4吨) leaves no sure number: none, never 124.8, 104 or 4."""
    a = rng.randint(11, 99) / 10 if rng.random() < 0.8 else float(rng.randint(2, 9))
    e = rng.randint(2, 8)
    sup = "".join("⁰¹²³⁴⁵⁶⁷⁸⁹"[int(c)] for c in str(e))
    m = rng.choice(["吨", "元", "人", "立方米"])
    value = float(f"{a * 10 ** e:.15g}")
    times = rng.choice(["×", "x", "X"])
    written = rng.choice([f"{a}{times}10{sup}", f"{a}{times}10^{e}", f"{a}E{e}", f"{a}e+{e}"])
    yield Case("lost_power", f"全年产量{written}{m}", (Want(value, None, m),), counted=True)
    lost = rng.choice([f"{a}×10{e}", f"{a}×10 {e}", f"{a}x10{e}"])  # (10**4: in a test of its own, as two on one
    # line read as Markdown's bold between them)
    yield Case("lost_power.lost", f"全年产量{lost}{m}", (), counted=True)


def wide_one_groups(rng: random.Random) -> Iterator[Case]:
    """人口1，234人 against 1，234，567人 (numforms64): one full-width comma after Arabic digits, three digits after it,
    may end a clause after the first number as well as mark thousands (numerals.yaml group_marks): none, never 234
    alone nor a guess, where no number of the page proves the page's marks (a group opening on 0, 1，086.4亿元:
    layout.py `_WIDE_PROOF`; no drawn case holds one, so none proves its neighbours); two groups or more are one number;
    a list with no measure word (每组1，2，3) and a group of two digits (1，23人) are none."""
    head, body = rng.randint(1, 999), rng.randint(100, 999)
    m = rng.choice(["人", "元", "户", "吨", "家"])
    dec = rng.choice(["", f".{rng.randint(1, 9)}"])
    mag, f = rng.choice([("", 1), ("", 1), ("万", 1e4), ("亿", 1e8)])
    word = rng.choice(["全镇常住人口", "营业收入", "共有", "全年接待", "累计完成", "达到"])
    yield Case("wide_one", f"{word}{head}，{body}{dec}{mag}{m}", (), counted=True)
    third = rng.randint(100, 999)
    value = float(f"{float(f'{head}{body}{third}{dec}') * f:.15g}")
    yield Case("wide_one.groups", f"{word}{head}，{body}，{third}{dec}{mag}{m}", (Want(value, None, m),), counted=True)
    bad = rng.choice([f"{head}，{body}{m}参加", f"排名第{head}，{body}{m}参加", f"比例为3：{head}，{body}{m}",
                      f"共有{head}，{rng.randint(10, 99)}{m}", f"每组{head % 9 + 1}，{head % 9 + 2}，{head % 9 + 3}"])
    yield Case("wide_one.none", bad, (), counted=True)


HUGE_PEOPLE = ["农民", "群众", "市民", "农民工", "百姓", "游客", "人", "名游客", "职工"]


def huge_words(rng: random.Random) -> Iterator[Case]:
    """千万农民, 百万农民工, 亿万群众, 千万人 (numforms64): a round magnitude alone before people says "millions of": no
    figure; with a numeral or digits before it (一千万人, 1000万名游客) or a word that bounds or reaches it (突破千万人,
    近百万人) it is a count; 投资千万元 stays money."""
    mag = rng.choice(["千万", "百万", "亿万"])
    noun = rng.choice(HUGE_PEOPLE)
    verb = rng.choice(["带动", "惠及", "服务", "", "广大"])
    yield Case("huge", f"{verb}{mag}{noun}", (), counted=True)
    d = rng.randint(1, 9)
    value = d * {"千万": 1e7, "百万": 1e6, "亿万": 1e12}[mag]
    if mag != "亿万":
        m = rng.choice(["人", "名"])
        yield Case("huge.counted", f"常住人口{rng.choice([PLAIN[d], str(d)])}{mag}{m}", (Want(value, None, m),),
                   counted=True)
        pre, q = rng.choice([("突破", "lower_bound"), ("近", "approx"), ("超过", "lower_bound")])
        yield Case("huge.bound", f"常住人口{pre}{mag}人", (Want(value / d, None, "人", q),), counted=True)


def own_end_signs(rng: random.Random) -> Iterator[Case]:
    """零下5℃至3℃, 零下5度到3度 (numforms64): 零下 before a range's low end that writes its own measure word, the high end
    its own, signs the low end alone: −5 to 3 ℃; 零下 before both ends orders them (零下5℃至零下10℃ = −10 to −5); one
    measure word for both (零下5至3℃: −5 to 3, or −5 to −3?) or 负增长 before rates (负增长5%至10%) stays none."""
    a, b = rng.randint(1, 30), rng.randint(1, 30)
    u = rng.choice(["℃", "度", "摄氏度"])
    link = rng.choice(["至", "到", "~"])
    yield Case("own_end_sign", f"气温零下{a}{u}{link}{b}{u}", (Want(-a, b, "℃"),), counted=True)
    lo, hi = sorted((-a, -b))
    if a != b:
        yield Case("own_end_sign.both", f"气温零下{a}{u}{link}零下{b}{u}", (Want(lo, hi, "℃"),), counted=True)
    unsure = rng.choice([f"气温零下{a}{link}{b}{u}", f"增速负增长{a}%{link}{b}%"])
    # 零下5至5度: the same numeral at both ends is a band round zero, −5 to 5 (numforms67, numerals.yaml sign_word_band)
    band = a == b and unsure.startswith("气温")
    yield Case("own_end_sign.unsure", unsure, (Want(-a, a, "℃"),) if band else (), counted=True)


def within_caps(rng: random.Random) -> Iterator[Case]:
    """价格3000元内, 3公里内, 补贴5000元封顶, 报销比例90%封顶 (numforms64): 内 or 封顶 after the figure where its clause ends
    bounds it from above, as 以内 does; before a word the figure stays as written (30天内完成, 5个内设机构, 100元内容),
    and 封顶 after a count is a building topped out (主体30层封顶): exact."""
    n = rng.choice([rng.randint(2, 99), rng.randint(2, 99) * 100])
    word, m = rng.choice([("价格在", "元"), ("报销", "元"), ("距离", "公里"), ("控制在", "人"), ("每户补贴", "元")])
    yield Case("within", f"{word}{n}{m}内", (Want(n, None, m, "upper_bound"),), counted=True)
    cap, cm = rng.choice([("补贴", "元"), ("最高奖励", "万元"), ("报销比例", "%")])
    v = n if cm != "%" else rng.randint(50, 95)
    value, measure = (v * 1e4, "元") if cm == "万元" else (v, cm)
    yield Case("within.cap", f"{cap}{v}{cm}封顶", (Want(value, None, measure, "upper_bound"),), counted=True)
    k = rng.randint(2, 60)
    text, m2 = rng.choice([(f"主体{k}层封顶", "层"), (f"{k}天内完成", "天"), (f"设立{k}个内设机构", "个"),
                           (f"{k}家内资企业", "家")])
    yield Case("within.word", text, (Want(k, None, m2, "exact"),), counted=True)


# numforms65: shares spoken with 百分之, 千分之 and 万分之 (or 成 and its tenth), their numerals Chinese with 点, under a
# bound word, and as ranges whose high end is 一 after a low end below one (百分之零点五至一), each value worked out
# here from the digits drawn.

SPOKEN_SHARES = [("百分之", "%"), ("千分之", "‰"), ("万分之", "‱")]
# (before, after, qualifier)
SPOKEN_BOUNDS = [("", "", "exact"), ("约", "", "approx"), ("近", "", "approx"), ("不到", "", "upper_bound"),
                 ("超过", "", "lower_bound"), ("", "左右", "approx"), ("", "以上", "lower_bound")]


def _spoken_decimal(rng: random.Random, whole: int) -> tuple[str, float]:
    """whole and one or two decimal digits, the last not 0, in Chinese (十二点五, 零点零五) and its value."""
    frac = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(1, 2)))
    frac = frac[:-1] + str(rng.randint(1, 9))
    head = PLAIN[0] if whole == 0 else chinese(whole, rng)
    return head + "点" + "".join(PLAIN[int(c)] for c in frac), float(f"{whole}.{frac}")


def spoken_share_ranges(rng: random.Random) -> Iterator[Case]:
    """百分之十二点五左右, 不到千分之零点八, 百分之零点五至一, 千分之零点三到百分之... (numforms65): a share spoken with
    百分之, 千分之 or 万分之, its numeral whole or with 点, under a bound word before or after it; a range from below one
    to 一, 二 or 三 with the share word once or on both ends (0.5–1 %, never none for the lone 一: exclusions.yaml
    exclude.lone_one); 成 with its tenth as a range's low end (三成五到四成 = 35–40 %)."""
    word, measure = rng.choice(SPOKEN_SHARES)
    pre, post, qualifier = rng.choice(SPOKEN_BOUNDS)
    if rng.random() < 0.5:
        written, value = _spoken_decimal(rng, rng.choice([0, rng.randint(1, 9), rng.randint(10, 99)]))
    else:
        value = rng.randint(1, 99)
        written = chinese(value, rng, two=rng.choice("二两") if value > 9 else "二")
    head = rng.choice(["占比", "比例为", "失业率", "发生率"])
    yield Case("spoken_share", f"{head}{pre}{word}{written}{post}", (Want(value, None, measure, qualifier),),
               counted=True)
    low, lv = _spoken_decimal(rng, 0)
    hv = rng.randint(1, 3)
    high = PLAIN[hv] if hv != 2 else rng.choice("二两")
    link = rng.choice(["至", "到", "~"])
    again = rng.choice(["", word])
    yield Case("spoken_share.range", f"{head}{word}{low}{link}{again}{high}", (Want(lv, hv, measure),), counted=True)
    t = rng.randint(1, 8)
    d = rng.randint(1, 9)
    hi = rng.randint(t + 1, 9)
    yield Case("spoken_share.tenths", f"{head}{PLAIN[t]}成{PLAIN[d]}{link}{PLAIN[hi]}成",
               (Want(t * 10 + d, hi * 10, "%"),), counted=True)


# numforms66: numbers in forms of their own set side by side in one clause, each value worked out here from what was
# drawn: a share range whose ends are spelled apart (百分之, %, 成), a count in 零头 form or in capitals after a year
# written with 〇 or an ordinal (第三批) that is no count, 万亿 and 千亿 sections with their 零, and a fall said in words.

SHARE_LOWS = ["spoken", "arabic", "tenths"]
SHARE_HIGHS = ["spoken", "arabic", "tenths", "tenths_digit"]
YEAR_DIGITS = "〇一二三四五六七八九"
ORDINAL_WORDS = ["批", "届", "期", "次", "轮", "季度"]
LED_MEASURES = [("人", "人"), ("户", "户"), ("家", "家"), ("名", "名"), ("人次", "人次"), ("个", "个"), ("亩", "亩")]
FALL_VERBS = ["下降", "减少", "降低", "回落", "下滑"]


def _share_end(rng: random.Random, kind: str, pct: int, tail: int = 0) -> str:
    """A share of `pct` % (a whole number; for tenths a multiple of ten, `tail` its unit digit) written as `kind`."""
    if kind == "spoken":
        return "百分之" + chinese(pct, rng, two="二")
    if kind == "arabic":
        return f"{pct}%"
    if kind == "tenths":
        return chinese(pct // 10, rng, two=rng.choice("二两")) + "成"
    return chinese(pct // 10, rng, two=rng.choice("二两")) + "成" + PLAIN[tail]


def _zero_count(rng: random.Random) -> int:
    """A count with a gap that 零 marks (10800, 2005, 30020, 1000500, 2006000)."""
    head = rng.randint(1, 9) * 10 ** rng.randint(3, 6)
    return head + rng.randint(1, 9) * 10 ** rng.randint(0, len(str(head)) - 3)


def side_forms(rng: random.Random) -> Iterator[Case]:
    """百分之零点五至一成, 三成到百分之四十, 5%至3成, 二〇二六年一万零八百人, 第三批两千零五户, 壹仟贰佰万元, 两万三千亿元,
    下降两成半 (numforms66): a share range whose low end is spoken with 百分之, typed with % or counted in 成 and whose high
    end is any of those (a tenth's digit after 成 too), each end's value in percent (0.5–10 %, never 0.5–1 %; a low end
    above the high end: none); a count in 零头 form (一万零八百) or in capitals after a year written with 〇 or with
    places, or after an ordinal of a batch, a session or a quarter (第三批: no count of its own); a 万亿 or 千亿 amount
    with a section after it or a 零 inside; a fall said with a share, a count or points (a change: the number as
    written, never signed); a share's range with a fraction at one end, a high end in points, a multiple or money, a
    bare high end after 成 above ten tenths, a spoken share's numeral ending in a place before another unit's word and a
    run of digits after 〇: none."""
    low_kind, high_kind = rng.choice(SHARE_LOWS), rng.choice(SHARE_HIGHS)
    if low_kind == "tenths":
        lo = rng.randint(1, 8) * 10
    else:
        lo = rng.choice([rng.randint(1, 9), rng.randint(1, 8) * 10, rng.randint(11, 89)])
    if high_kind.startswith("tenths"):
        hi, tail = rng.randint(lo // 10 + 1, 9) * 10, rng.randint(1, 9) if high_kind == "tenths_digit" else 0
    else:
        hi, tail = rng.randint(lo + 1, 99), 0
    link = rng.choice(["至", "到", "~", "-"])
    written = _share_end(rng, low_kind, lo) + link + _share_end(rng, high_kind, hi, tail)
    head = rng.choice(["占比", "比例为", "覆盖率达", "降幅"])
    if low_kind == high_kind == "arabic":
        written = f"{lo}{link}{hi}%"  # 5%至30% is the range_spelling family's; one mark after both ends here
    yield Case("side_forms.share_range", f"{head}{written}", (Want(lo, hi + tail, "%"),), counted=True)
    if rng.random() < 0.5:
        # a spoken low end below one before a high end in 成: 百分之零点五至一成 (0.5–10 %)
        low, lv = _spoken_decimal(rng, 0)
        t = rng.randint(1, 3)
        yield Case("side_forms.share_range", f"{head}百分之{low}{link}{chinese(t, rng, two=rng.choice('二两'))}成",
                   (Want(lv, t * 10, "%"),), counted=True)
    if lo > 10 and high_kind.startswith("tenths") and low_kind != "tenths":
        # the ends the wrong way round once the 成 is counted (百分之五十至三成): no range
        down = rng.randint(1, lo // 10 - 1) if lo >= 20 else 0
        if down:
            yield Case("side_forms.share_down", f"{head}{_share_end(rng, low_kind, lo)}{link}{PLAIN[down]}成", (),
                       counted=True)
    n = _zero_count(rng)
    year = rng.randint(2001, 2030)
    year_w = rng.choice(["".join(YEAR_DIGITS[int(c)] for c in str(year)), str(year)])
    when = rng.choice(["年", "年底", "年上半年", f"年{chinese(rng.randint(1, 12), rng)}月"])
    measure, m = rng.choice(LED_MEASURES)
    count = chinese(n, rng, two=rng.choice("二两"))
    frame = rng.choice(["{y}{w}全市{c}{m}参加", "{y}{w}{c}{m}参加培训", "截至{y}{w}，累计{c}{m}",
                        "{y}{w}新增{c}{m}"])
    yield Case("side_forms.year_count", frame.format(y=year_w, w=when, c=count, m=measure), (Want(n, None, m),),
               counted=True)
    k = rng.randint(2, 40)
    ordinal = rng.choice([chinese(k, rng), str(k)])
    word = rng.choice(ORDINAL_WORDS)
    frame = rng.choice(["第{o}{w}{c}{m}", "第{o}{w}共{c}{m}", "第{o}{w}新增{c}{m}", "全市第{o}{w}有{c}{m}参加"])
    yield Case("side_forms.ordinal_count", frame.format(o=ordinal, w=word, c=count, m=measure), (Want(n, None, m),),
               counted=True)
    cap = chinese(n, rng, style="formal", two="贰")
    mag, f = rng.choice([("", 1), ("万", 1e4)]) if n < 10**4 else ("", 1)
    yield Case("side_forms.capital_count", f"{year_w}年第{ordinal}{word}拨付{cap}{mag}元",
               (Want(n * f, None, "元"),), counted=True)
    whole, part = rng.randint(1, 99), rng.randint(1, 9)
    big = rng.choice([
        (f"{chinese(whole, rng, two='两')}万{PLAIN[part]}千亿元", (whole * 10 + part) * 1e11),
        (f"{chinese(whole, rng, two='两')}万亿零{PLAIN[part]}百亿元", whole * 1e12 + part * 1e10),
        (f"{chinese(whole, rng, two='两')}千亿元", whole * 1e11 if whole < 10 else None),
        (f"{whole}万{part}千亿元", (whole * 10 + part) * 1e11),
    ])
    if big[1] is not None:
        yield Case("side_forms.big_section", f"{year_w}年全省生产总值达{big[0]}", (Want(big[1], None, "元"),), counted=True)
    verb = rng.choice(FALL_VERBS)
    t, d = rng.randint(1, 9), rng.randint(1, 9)
    fall, value, fm = rng.choice([
        (f"{PLAIN[t]}成", t * 10, "%"), (f"{PLAIN[t]}成{PLAIN[d]}", t * 10 + d, "%"), (f"{PLAIN[t]}成半", t * 10 + 5, "%"),
        (f"百分之{PLAIN[t]}点{PLAIN[d]}", t + d / 10, "%"), (f"{PLAIN[t]}个百分点", t, "百分点"),
        (f"{PLAIN[t]}点{PLAIN[d]}个百分点", t + d / 10, "百分点"), (f"{count}{measure}", n, m)])
    yield Case("side_forms.fall", f"{year_w}年比上年{verb}{fall}", (Want(value, None, fm),), counted=True)
    # a share's range whose other end is a fraction (三成至五分之二: 30–40 % or none, never 40 % alone), whose high end
    # counts points, a multiple or money (百分之五至六个百分点: none), or whose bare high end after 成 is more tenths
    # than a whole (五成至六十五: none, never 650 %)
    dens = [d for d in SHARE_PERCENT if d <= 10]
    d = rng.choice(dens)
    k = rng.randint(1, d - 1)
    share = f"{SHARE_PERCENT[d]}分之{PLAIN[k]}"
    other = rng.choice([f"{PLAIN[max(1, k * 10 // d)]}成", f"{max(1, k * 100 // d - 5)}%"])
    yield Case("side_forms.share_fraction", f"{head}{rng.choice([other + link + share, share + link + other])}", (),
               counted=True)
    lo = rng.randint(1, 9)
    kind = rng.choice(["个百分点", "倍", "千元", "万元"])
    yield Case("side_forms.share_kinds", f"提高百分之{PLAIN[lo]}{link}{chinese(rng.randint(lo + 1, 19), rng)}{kind}", (),
               counted=True)
    t = rng.randint(1, 5)
    yield Case("side_forms.tenths_bare", f"{head}{PLAIN[t]}成{link}{chinese(rng.randint(11, 99), rng)}", (), counted=True)
    # a spoken share whose numeral ends in a place or a section before a measure word of another unit (百分之十二万人:
    # 120000 % or 12 % before 万人?): none
    place = rng.choice(["万", "千", "百"])
    num = chinese(rng.randint(2, 99), rng) if place == "万" else PLAIN[rng.randint(2, 9)]
    yield Case("side_forms.share_place", f"{head}百分之{num}{place}{measure}", (), counted=True)
    # a digit-by-digit run after 〇 (a code, or a year cut short): no count
    run = "〇" + "".join(YEAR_DIGITS[rng.randint(0, 9)] for _ in range(rng.randint(2, 3)))
    yield Case("side_forms.zero_run", f"共{run}{measure}", (), counted=True)


# numforms67: numbers said in words in one clause after a date or a period in words, each value worked out here from
# what was drawn: a count with 零 inside or a decimal with 点 before 万 or 亿 under a bound word, shares per thousand
# and per ten thousand and their ranges, a share's range whose bare high end counts something else, a band round zero
# after a sign word, and halves after 倍 or a span's counter.

WORD_WHENS = ["{m}月份", "{m}月", "今年{m}月份", "{y}年{m}月", "{m}月{d}日", "一至{m}月", "一至{m}月份", "前{m}个月",
              "{m}月底", "第{q}季度", "上半年", "{y}年"]
WORD_VERBS = ["新增", "累计完成", "共接待", "全市共有", "实现"]
WORD_BOUNDS = [("", "", "exact"), ("约", "", "approx"), ("近", "", "approx"), ("超过", "", "lower_bound"),
               ("", "以上", "lower_bound"), ("", "左右", "approx"), ("不到", "", "upper_bound")]
WORD_MEASURES = ["人", "人次", "户", "家", "元", "吨", "亩", "辆"]
RATE_HEADS = ["死亡率", "不良率", "发生率", "出生率", "差错率"]
COUNTED_AFTER = ["家企业", "户", "个村", "人", "名", "所学校"]
SIGN_WORDS = ["负", "零下"]
HALF_SPANS = [("个半月", "个月"), ("个半小时", "小时"), ("年半", "年"), ("天半", "天")]


def worded_forms(rng: random.Random) -> Iterator[Case]:
    """十一月份新增三点五万人, 二〇二五年十一月新增两万零三百户, 前十一个月约一点二亿元, 死亡率千分之三至五,
    百分之二十至三十家企业, 负百分之五至百分之五, 增长两倍半, 历时两个半月 (numforms67): a date or a period said in
    words (a month, a day, a quarter, a year written with 〇) then a count said in words with 零 inside or with 点
    before 万 or 亿, under a bound word before or after it (the count alone; the date no figure); a share per thousand
    or per ten thousand with its word on one end or both, whole or with 点 (3–5 ‰); a share's range after 百分之 whose
    bare high end stands before a measure word that counts something else (百分之二十至三十家企业: none, never
    20–30 %) and the same range before 的 (20–30 %); a range after a sign word whose two ends write the same numeral
    (−5 to 5, a band round zero; 负增长 there: none); a half after 倍 (2.5 倍) or after a span's counter (2.5 个月)."""
    m, d, q = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 4)
    y = "".join(YEAR_DIGITS[int(c)] for c in str(rng.randint(2001, 2030)))
    when = rng.choice(WORD_WHENS).format(m=chinese(m, rng), d=chinese(d, rng), q=PLAIN[q], y=y)
    pre, post, qualifier = rng.choice(WORD_BOUNDS)
    measure = rng.choice(WORD_MEASURES)
    if rng.random() < 0.5:
        n = _zero_count(rng)
        count, value = chinese(n, rng, two=rng.choice("二两")), float(n)
    else:
        whole, frac = rng.randint(0, 99), rng.choice([f"{rng.randint(1, 9)}", f"0{rng.randint(1, 9)}",
                                                         f"{rng.randint(1, 9)}{rng.randint(1, 9)}"])
        mag, f = rng.choice([("万", 10**4), ("亿", 10**8)])
        count = (chinese(whole, rng, two=rng.choice("二两")) if whole else PLAIN[0]) + "点" \
            + "".join(PLAIN[int(c)] for c in frac) + mag  # 三点五万, 一点零五亿, 零点五万
        value = float((whole * 10 ** len(frac) + int(frac)) * f // 10 ** len(frac))
    verb = rng.choice(WORD_VERBS)
    yield Case("worded_forms.dated_count", f"{when}{verb}{pre}{count}{measure}{post}",
               (Want(value, None, measure, qualifier),), counted=True)
    word, unit = rng.choice([("千分之", "‰"), ("万分之", "‱")])
    lo = rng.randint(1, 8)
    hi = rng.randint(lo + 1, 9)
    link = rng.choice(["至", "到"])
    head = rng.choice(RATE_HEADS)
    if rng.random() < 0.5:
        written, low = _spoken_decimal(rng, rng.choice([0, lo]))
        yield Case("worded_forms.permille", f"{head}{pre}{word}{written}{post}", (Want(low, None, unit, qualifier),),
                   counted=True)
    yield Case("worded_forms.permille_range", f"{head}{word}{PLAIN[lo]}{link}{rng.choice(['', word])}{PLAIN[hi]}",
               (Want(lo, hi, unit),), counted=True)
    lo, hi = rng.randint(1, 8) * 10, 0
    hi = rng.randint(lo // 10 + 1, 9) * 10
    share = f"百分之{chinese(lo, rng)}{link}{chinese(hi, rng)}"
    yield Case("worded_forms.counted_high", f"{rng.choice(['约有', '全市', '其中'])}{share}{rng.choice(COUNTED_AFTER)}"
               "受益", (), counted=True)
    yield Case("worded_forms.share_of", f"全市{share}的企业受益", (Want(lo, hi, "%"),), counted=True)
    k = rng.randint(2, 9)  # 负一至一毫米: a lone 一 before a range word stays unread (exclusions.yaml exclude.lone_one)
    sign = rng.choice(SIGN_WORDS)
    band, bm = rng.choice([(f"百分之{PLAIN[k]}{link}百分之{PLAIN[k]}", "%"), (f"{k}%{link}{k}%", "%"),
                           (f"{PLAIN[k]}{link}{PLAIN[k]}毫米", "毫米"), (f"{k}{link}{k}度", "℃")])
    if bm == "℃":
        sign = "零下"
    elif sign == "零下":
        sign = "负"
    yield Case("worded_forms.sign_band", f"{rng.choice(['波动幅度', '误差', '变化范围'])}{sign}{band}",
               (Want(-k, k, bm),), counted=True)
    yield Case("worded_forms.fall_band", f"出口负增长{k}%{link}{k}%", (), counted=True)
    t = rng.randint(1, 9)
    yield Case("worded_forms.half_times", f"{rng.choice(['增长', '增长了', '提高'])}{chinese(t, rng, two='两')}倍半",
               (Want(t + 0.5, None, "倍"),), counted=True)
    span, sm = rng.choice(HALF_SPANS)
    yield Case("worded_forms.half_span", f"{rng.choice(['历时', '用时', '培训'])}{chinese(t, rng, two='两')}{span}",
               (Want(t + 0.5, None, sm),), counted=True)



PLACED_BOUNDS = [("", "", "exact"), ("约", "", "approx"), ("近", "", "approx"), ("超过", "", "lower_bound"),
                 ("", "左右", "approx"), ("", "以上", "lower_bound")]
FIFTHS = {2: "二", 4: "四", 5: "五", 10: "十", 20: "二十"}  # denominators of a finite percent
THIRDS = ["三", "六", "七", "九"]  # 三分之一: 33.33… %, no finite percent; no figure


def _placed(rng: random.Random) -> tuple[str, int]:
    """Arabic digits before Chinese places across 亿 and 万: 3亿5千万, 2亿3千5百万, 3亿零5百万, 1万2千, 1万2千3百,
    5千5百万, 12亿3456万7890 (each section whole: a lone digit after a place, 3万5, is the shortened family's)."""
    a, b, c, d = rng.randint(1, 99), rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)
    return rng.choice([
        (f"{a}亿{b}千万", a * 10**8 + b * 10**7), (f"{a}亿{b}千{c}百万", a * 10**8 + b * 10**7 + c * 10**6),
        (f"{a}亿零{c}百万", a * 10**8 + c * 10**6), (f"{a}万{b}千", a * 10**4 + b * 1000),
        (f"{a}万{b}千{c}百", a * 10**4 + b * 1000 + c * 100), (f"{b}千{c}百万", b * 10**7 + c * 10**6),
        (f"{a}亿{b}{c}{d}{c}万", a * 10**8 + int(f"{b}{c}{d}{c}") * 10**4), (f"{a}万零{c}十", a * 10**4 + c * 10)])


def placed_forms(rng: random.Random) -> Iterator[Case]:
    """3亿5千万元, 1万2千人, 两亿零五百万元, 1,234.5万元, 12 345人, 五分之二的村, 七成五, 近八成 (numforms68): Arabic
    digits before Chinese places across 亿 and 万 under a bound word and as a range's two ends (1万2千至1万5千人); the
    same amounts with 亿 and 万 said in words with 零 inside; digits grouped by commas or the thin and narrow spaces of
    typeset text before a decimal point and 万 or 亿, alone and as a range; a share of a count as a fraction in words
    (五分之二的村 = 40 %, under a bound word and as a range; a third, a sixth, a seventh or a ninth: no finite percent,
    no figure) and tenths as 成 (七成五 = 75 %, 近八成, 七至八成五, 两成五到三成, 九成九, 八成半); a range of spaced groups
    whose low end is a doubtful run (379 163至872 008人: none, never 872008 人) and 一 after a sign word (负一至一毫米)."""
    pre, post, qualifier = rng.choice(PLACED_BOUNDS)
    measure = rng.choice(["元", "人", "吨", "户", "人次"])
    verb = rng.choice(["全年投入", "累计完成", "共接待", "新增", "实现"])
    written, value = _placed(rng)
    yield Case("placed_forms.placed", f"{verb}{pre}{written}{measure}{post}", (Want(value, None, measure, qualifier),),
               counted=True)
    lo, hi = sorted(rng.sample(range(11, 99), 2))
    b, c = rng.randint(1, 9), rng.randint(1, 9)
    mag, f = rng.choice([("万", 10**4), ("亿", 10**8)])
    tail = "千万" if mag == "亿" else "千"  # 35亿7千 is 35亿零7千 with its 零 left off, or 35亿7千万 cut short: none
    yield Case("placed_forms.placed_range",
               f"{verb}{lo}{mag}{b}{tail}{rng.choice(['至', '到'])}{hi}{mag}{c}{tail}{measure}",
               (Want(lo * f + b * f // 10, hi * f + c * f // 10, measure),), counted=True)
    n = rng.randint(1, 99) * 10**8 + rng.randint(1, 9999) * 10**4 if rng.random() < 0.5 else rng.randint(1, 9999) * 10**4
    yield Case("placed_forms.worded", f"{verb}{pre}{chinese(n, rng, two=rng.choice('二两'))}{measure}{post}",
               (Want(n, None, measure, qualifier),), counted=True)
    sep = rng.choice([",", "\u2009", "\u202f"])
    # three digits, a gap and one group glued to a word (完成379 163人) is doubtful (repair/layout.py _DOUBTFUL_RUN)
    whole, tenth = rng.choice([rng.randint(1000, 99999), rng.randint(100000, 999999) if sep == "," else 0,
                               rng.randint(10**6, 10**8)]) or rng.randint(1000, 99999), rng.randint(1, 9)
    mag, f = rng.choice([("万", 10**4), ("亿", 10**8)])
    grouped = f"{whole:,}".replace(",", sep) + f".{tenth}"
    yield Case("placed_forms.grouped", f"{verb}{pre}{grouped}{mag}元{post}",
               (Want((whole * 10 + tenth) * f // 10, None, "元", qualifier),), counted=True)
    lo, hi = sorted(rng.sample(range(*rng.choice([(10**4, 10**5), (10**6, 10**8)])), 2))
    yield Case("placed_forms.grouped_range", f"{verb}{f'{lo:,}'.replace(',', sep)}至{f'{hi:,}'.replace(',', sep)}人",
               (Want(lo, hi, "人"),), counted=True)
    if sep != ",":  # the low end a doubtful run: none, never the high end alone (379 163至872 008人: 872008 人)
        lo = rng.randint(100, 998) * 1000 + rng.randint(100, 999)  # (a group opening on 0, 466 030, is sure)
        hi = rng.randint(lo + 1, 999999)
        yield Case("placed_forms.doubtful_low", f"{verb}{f'{lo:,}'.replace(',', sep)}{rng.choice(['至', '到', '～'])}"
                   f"{f'{hi:,}'.replace(',', sep)}人", (), counted=True)
    den = rng.choice(sorted(FIFTHS))
    num = rng.randint(1, den - 1)
    fpre, fpost, fq = rng.choice([("", "", "exact"), ("约", "", "approx"), ("近", "", "approx"),
                                  ("超过", "", "lower_bound"), ("", "以上", "lower_bound")])
    frac = f"{FIFTHS[den]}分之{chinese(num, rng)}"
    noun = rng.choice(["的企业", "的村", "的家庭", "的学生"])
    yield Case("placed_forms.fraction", f"全市{fpre}{frac}{fpost}{noun}", (Want(num * 100 / den, None, "%", fq),),
               counted=True)
    if den >= 4:
        k = rng.randint(1, den - 2)
        yield Case("placed_forms.fraction_range",
                   f"全市{FIFTHS[den]}分之{chinese(k, rng)}到{FIFTHS[den]}分之{chinese(k + 1, rng)}{noun}",
                   (Want(k * 100 / den, (k + 1) * 100 / den, "%"),), counted=True)
    third = rng.choice(THIRDS)
    yield Case("placed_forms.third", f"全市{fpre}{third}分之一{noun}", (), counted=True)
    t, u = rng.randint(2, 8), rng.randint(1, 9)
    cpre, cpost, cq = rng.choice([("", "", "exact"), ("约", "", "approx"), ("近", "", "approx"),
                                  ("", "以上", "lower_bound"), ("", "左右", "approx")])
    tenths, tv, th = rng.choice([
        (f"{PLAIN[t]}成{PLAIN[u]}", t * 10 + u, None), (f"{PLAIN[t]}成半", t * 10 + 5, None),
        (f"{chinese(t, rng, two='两')}成", t * 10, None)])
    yield Case("placed_forms.tenths", f"占比{cpre}{tenths}{cpost}", (Want(tv, th, "%", cq),), counted=True)
    tenths, tv, th = rng.choice([
        (f"{PLAIN[t]}至{PLAIN[t + 1]}成{PLAIN[u]}", t * 10, (t + 1) * 10 + u),
        (f"{chinese(t, rng, two='两')}成{PLAIN[u]}到{PLAIN[t + 1]}成", t * 10 + u, (t + 1) * 10),
        (f"{PLAIN[t]}成到{PLAIN[t]}成{PLAIN[u]}", t * 10, t * 10 + u)])
    yield Case("placed_forms.tenths_range", f"占比{tenths}", (Want(tv, th, "%"),), counted=True)
    k = rng.randint(1, 3)  # 一 after a sign word is a number, no article (exclude.lone_one): 负一至一毫米, 零下一度
    band, bw, bh, bm = rng.choice([(f"负{PLAIN[k]}至{PLAIN[k]}毫米", -k, k, "毫米"), (f"零下{PLAIN[k]}度", -k, None, "℃"),
                                   (f"负{PLAIN[k]}毫米", -k, None, "毫米"), (f"零下五度至零下{PLAIN[k]}度", -5, -k, "℃")])
    yield Case("placed_forms.signed_one", f"{rng.choice(['误差', '气温', '波动'])}{band}", (Want(bw, bh, bm),), counted=True)



def _placed_words(v: int) -> str:
    """0 < v < 10^12 with each digit Arabic before its own word of place (1亿2千3百4十5万, 2千零5十, 1万零8百): 零 once
    for each run of skipped places between two digits, none at the end, as Chinese writes it."""
    def sec(s: int) -> str:
        out, gap = "", False
        for p, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = s // p % 10
            if d:
                out += ("零" if gap else "") + f"{d}{word}"
                gap = False
            elif out:
                gap = True
        return out
    parts = [(v // 10**8, "亿"), (v // 10**4 % 10**4, "万"), (v % 10**4, "")]
    out, gap = "", False
    for s, word in parts:
        if s:
            out += ("零" if out and (gap or s < 1000) else "") + sec(s) + word
            gap = False
        elif out:
            gap = True
    return out


def signed_word_forms(rng: random.Random) -> Iterator[Case]:
    """1亿2千3百4十5万元, 2千零5十人, 1万零8百张, 负二到正二个百分点, 零下五至零上三度, 万分之三点五, 一点五倍,
    两倍半, 七五折, 三成半, 第十四个五年规划, 一带一路, 三甲医院, 十四五, 二〇二六年十二月, 十二时三十分 (numforms69):
    Arabic digits each before its own word of place across 亿 and 万 (read whole or not at all, never a part: an
    `either` case); a range whose low end a minus word signs and whose high end a plus word (正, 零上) signs, each end
    its own sign, and 正 before a high end after an unsigned low end (三到正五人: none); rates in words per ten
    thousand and per thousand with a point, multiples in words with a point or a half, discounts and tenths; and
    ordinals, names, dates and times that hold numerals but are no figure, before a figure of their own."""
    m = rng.choice(["元", "人", "张", "吨", "户"])
    v = rng.choice([rng.randint(1, 9) * 10**8 + rng.randint(1, 9999) * 10**4, rng.randint(1, 9999) * 10**4,
                    rng.randint(1, 99999), rng.randint(1, 9) * 10**8 + rng.randint(1, 9) * 10**7])
    yield Case("signed_word_forms.mixed", f"{rng.choice(['全年投入', '累计发放', '共有'])}{_placed_words(v)}{m}",
               (Want(v, None, m),), either=True, counted=True)
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    low, high, lv, hv = PLAIN[a], PLAIN[b], -a, b
    if rng.random() < 0.3:
        c, e = rng.randint(1, 9), rng.randint(1, 9)
        low, high, lv, hv = f"{PLAIN[a]}点{PLAIN[c]}", f"{PLAIN[b]}点{PLAIN[e]}", -(a + c / 10), b + e / 10
    elif rng.random() < 0.3:
        low, high = str(a), str(b)
    sep = rng.choice(["至", "到"])
    band, measure = rng.choice([(f"负{low}{sep}正{high}个百分点", "百分点"), (f"负{low}{sep}正{high}毫米", "毫米"),
                                (f"零下{low}{sep}零上{high}度", "℃"), (f"负{low}{sep}正{high}%", "%"),
                                (f"零下{low}度{sep}零上{high}度", "℃")])
    yield Case("signed_word_forms.signed", f"{rng.choice(['波动幅度', '测量误差', '气温'])}{band}", (Want(lv, hv, measure),),
               counted=True)
    yield Case("signed_word_forms.plus_alone", f"共有{PLAIN[a]}{sep}正{PLAIN[b]}{rng.choice(['人', '家'])}", (),
               counted=True)
    c = rng.randint(1, 9)
    rate, rv, rm = rng.choice([(f"万分之{PLAIN[a]}点{PLAIN[c]}", a + c / 10, "‱"),
                               (f"千分之{PLAIN[a]}点{PLAIN[c]}", a + c / 10, "‰"),
                               (f"万分之{PLAIN[a]}", a, "‱"), (f"千分之{chinese(a * 10 + c, rng)}", a * 10 + c, "‰")])
    yield Case("signed_word_forms.rate", f"{rng.choice(['发生率为', '不良率', '死亡率为'])}{rate}", (Want(rv, None, rm),),
               counted=True)
    k = rng.randint(2, 9)
    times, tv = rng.choice([(f"{PLAIN[a]}点{PLAIN[c]}倍", a + c / 10), (f"{chinese(k, rng, two='两')}倍半", k + 0.5),
                            (f"{chinese(k, rng, two='两')}倍", k)])
    yield Case("signed_word_forms.times", f"{rng.choice(['产量增长', '销售额增长了', '投资增加'])}{times}",
               (Want(tv, None, "倍"),), counted=True)
    t = rng.randint(2, 9)
    u = rng.choice([u for u in range(1, 10) if u != t + 1])  # 六七折: 60–70 %, a loose pair
    off, ov = rng.choice([(f"{PLAIN[t]}{PLAIN[u]}折", t * 10 + u), (f"{PLAIN[t]}折", t * 10),
                          (f"{PLAIN[t]}成半", t * 10 + 5), (f"{PLAIN[t]}成{PLAIN[u]}", t * 10 + u)])
    verb = "商品打" if "折" in off else "占比"
    yield Case("signed_word_forms.tenths", f"{verb}{off}", (Want(ov, None, "%"),), counted=True)
    n = rng.randint(2, 99)
    year = "".join("〇一二三四五六七八九"[int(d)] for d in str(rng.randint(1990, 2030)))
    word = rng.choice(["实施第十四个五年规划", "推进一带一路建设", "新建三甲医院", "十四五期间", "开展三下乡活动",
                       f"{year}年{chinese(rng.randint(1, 12), rng)}月", f"会议于{chinese(rng.randint(1, 23), rng)}时"
                       f"{chinese(rng.randint(10, 59), rng)}分开始", f"{year}年{chinese(rng.randint(1, 12), rng)}月"
                       f"{chinese(rng.randint(1, 28), rng)}日", "第十五个五年规划", "十五五时期"])
    yield Case("signed_word_forms.not_value", f"{word}，新增企业{n}家", (Want(n, None, "家"),), counted=True)


CLASSES: dict[str, Callable[[random.Random], Iterator[Case]]] = {
    "zero": zero_positions, "two": two_liang, "circle": circle_zero, "financial": financial,
    "niansa": nian_sa, "arabic_mag": arabic_magnitude, "decimal": decimals, "fraction": fractions,
    "percent": percents, "negative": negatives, "range": ranges, "approx": approximations,
    "not_quantity": not_quantities, "full_width": full_width, "spaced": spaced, "separator": separators,
    "scientific": scientific, "mixed": mixed_sections, "shortened": shortened, "tenths": tenths,
    "arabic_point": arabic_point, "money": money, "idiom": idioms, "name": names, "arabic_places": arabic_places,
    "permyriad": permyriad, "temperature": temperature, "dimension": dimensions, "currency": currencies,
    "pct_range": percent_ranges, "discount": discounts, "lai": lai, "mixed_mag": mixed_magnitudes,
    "neg_growth": negative_growth, "multiple": multiples, "duration": durations, "not_quantity2": not_quantities_2,
    "age": ages, "neighbours": neighbours, "kuai": kuai, "currency_before": currency_before, "pay": pay,
    "wide_sep": wide_separators, "share": shares, "not_quantity3": not_quantities_3, "agree": agreeing,
    "currency_yuan": currency_yuan, "round_bound": round_bounds, "group_decimal": group_decimal,
    "tolerance": tolerances, "mag_order": magnitude_order, "cents": cents_and_points,
    "bounded_range": bounded_ranges, "loose_pair": loose_pairs, "vague": vague_amounts,
    "letter_mag": letter_magnitudes, "dozen": dozens, "based_fraction": based_fractions, "below_zero": below_zero,
    "currency_list": currency_lists, "paired": paired_amounts, "code": codes_and_lines, "between": betweens,
    "bound_word": bound_words, "latin_unit": latin_units,
    "neg_range": below_zero_ranges, "lai_arabic": about_arabic, "two_bounds": two_bounds,
    "comma_neighbours": typed_neighbours, "latin_power": latin_power, "range_spelling": range_spellings,
    "capitals": capitals, "other_unit": other_units,
    "range_spread": range_spread, "tail_range": tail_ranges, "signed": signed_forms, "spoken_yuan": spoken_yuan,
    "age_bounds": age_bounds, "other_suites": other_suites, "named_bound": named_bounds,
    "restated": restated, "long_number": long_numbers, "more_bounds": more_bounds,
    "spoken_tenths": spoken_tenths, "own_unit": own_unit_ranges, "fever": fever, "word_sign": word_sign_ranges,
    "bound_across": bounds_across, "foreign_cents": foreign_cents, "yi_zero_wan": yi_zero_wan,
    "tenths_some": tenths_and_some, "broken_groups": broken_groups,
    "counted_hours": counted_hours, "to_verb": to_verbs, "zero_word": zero_words, "unsure_tail": unsure_tails,
    "restated_sign": restated_signs, "latin_yuan": latin_yuan, "spelled_year": spelled_years,
    "share_pct": share_percents, "data_unit": data_units, "latin_code": latin_codes, "checked_form": checked_forms,
    "wave_range": wave_ranges, "clipped_year": clipped_years, "spoken_digit": spoken_digits,
    "capital_form": capital_forms, "big_unit": big_units, "sign_point": signs_and_points,
    "approx_form": approx_forms, "no_figure": no_figure_forms, "money_form": money_forms,
    "dotted": dotted_digits, "sign_range": sign_ranges,
    "descriptor": descriptors, "stop_point": stop_points, "digit_mark": digit_marks,
    "round_neighbours": round_neighbours, "macau": macau_money, "vague_word": vague_words, "share11": shares_11,
    "calendar": calendar_words, "unit_word": unit_words,
    "decimal_comma": decimal_commas, "shortened_tail": shortened_tails, "score_ratio": scores_and_ratios,
    "change_word": change_words, "time_word": time_words, "plate": plates_and_roads, "half": halves,
    "mixed_point": mixed_points, "list_mark": list_marks, "mixed_digits": mixed_digits,
    "han_comma": han_commas, "label_colon": label_colons, "open_plus": open_plus, "per_people": per_people,
    "old_money": old_money, "group_space": group_spaces, "bound_position": bound_positions,
    "counted_mag": counted_magnitudes, "compound_span": compound_spans, "price_rate": price_rates,
    "bare_point": bare_points, "counted_more": counted_more, "percent_comma": percent_commas,
    "label_unit": label_units, "yao_code": yao_codes, "clock_word": clock_words, "word_bound": word_bounds,
    "liang_slot": liang_slots, "word_range": word_ranges, "spoken_rate": spoken_rates, "circle_mark": circle_marks,
    "signed_share": signed_shares, "mixed_zero": mixed_zeros, "pair_year": pair_years,
    "compound_measure": compound_measures,
    "tenth_or_count": tenths_or_counts, "liang_tail": liang_tails, "exponent": exponents, "rank_title": rank_titles,
    "half_span": half_spans, "rising_pair": rising_pairs, "flat_power": flat_powers, "some_decimal": some_decimals,
    "points_to_rate": points_to_rates,
    "kuai_lai": kuai_lai, "clock_minute_word": clock_minute_words, "paired_run": paired_runs,
    "used_condition": used_conditions, "named_count": named_counts, "discount_from": discounts_from,
    "strong_weak": strong_weak, "latin_money": latin_money, "suite_measure": suite_measures, "suite_money": suite_money,
    "code_ordinal": codes_and_ordinals, "permille_word": permille_words,
    "area_phone": area_phones, "rank_strong": rank_strong, "cut_magnitude": cut_magnitudes,
    "emphasis_count": emphasis_counts, "money_base": money_bases, "neighbour_money": neighbour_money,
    "word_trap": word_traps, "and_beyond": and_beyond, "yi_gap": yi_gaps,
    "currency_name": currency_names, "zhao": zhao_after_currency,
    "version_era": version_eras, "dated_pay": dated_after_pay,
    "traditional_bound": traditional_bounds, "traditional_measure": traditional_measures,
    "index_point": index_points, "power_degree": power_degrees, "land_rate": land_and_rates, "itn": itn_suite,
    "grade_bearing": grades_and_bearings,
    "counted_half": counted_halves, "wanwan_tail": wanwan_tails, "liang_weight": liang_weights,
    "full_tenths": full_tenths, "vague_pair": vague_pairs, "beyond": beyond_words, "suite19": suite_forms_19,
    "more_up_to": more_up_to, "skipped_place": skipped_places,
    "placed_mag": placed_magnitudes, "ten_zero": zero_after_ten,
    "listed_tenth": listed_tenths, "building_address": building_addresses, "event_year": event_years,
    "area_price": area_prices, "wheeled": wheeled, "people_format": people_formats,
    "latin_point": latin_points, "rank_place": rank_places, "glued_mark": glued_marks,
    "section_neighbours": section_neighbours, "named_neighbours": named_neighbours,
    "decimal_neighbours": decimal_neighbours, "half_bought": half_bought, "floor_address": floor_addresses,
    "full_rate": full_rates, "mixed_shortened": mixed_shortened,
    "rate_points": rate_points, "clipped_counter": clipped_counters, "pay_web": pay_web, "bounded_low": bounded_lows,
    "dash_minus": dash_minus, "measured_list": measured_lists, "spoken_bound": spoken_bounds,
    "measured_neighbours": measured_neighbours, "differing": differing, "when_bound": when_bounds,
    "money_dash": money_dash, "plus_between": plus_between, "bound_currency": bound_currency,
    "hundredth_mark": hundredth_marks, "slash_share": slash_shares, "wide_mark": wide_marks,
    "signed_group": signed_groups, "zero_cut_share": zero_cut_shares,
    "bounded_low_named": bounded_lows_named, "signed_power": signed_powers, "bounded_dash": bounded_dashes,
    "financial_word": financial_words, "probably": probably, "sign_compare": sign_compares, "tens_some": tens_some,
    "power_magnitude": power_magnitudes, "day_rate": day_rates, "cn_address": cn_addresses,
    "population_class": population_classes, "dotted_day": dotted_days,
    "size_about": size_about, "half_range": half_ranges, "spoken_rate_per": spoken_rates_per, "many_word": many_words,
    "span_parts": span_parts, "sign_bound": sign_bounds, "piece_price": piece_prices, "label_restate": label_restates,
    "signed_high_range": signed_high_ranges, "included_bound": included_bounds,
    "included_range": included_ranges, "age_spans": age_spans,
    "recent_spans": recent_spans, "counted_half_range": counted_half_ranges,
    "half_dash_range": half_dash_ranges, "counted_span": counted_spans, "bounded_to_range": bounded_to_ranges,
    "low_measured_range": low_measured_ranges, "changed_then_level": changed_then_levels,
    "bare_low_bound": bare_low_bounds, "loose_low_range": loose_low_ranges, "one_more_span": one_more_spans,
    "label_colon_value": label_colon_values, "loose_pair_range": loose_pair_ranges, "change_points": change_points,
    "label_colon_pair": label_colon_pairs, "loose_pair_list": loose_pair_lists, "rate_base": rate_bases,
    "own_longer_unit": own_longer_units, "written_base": written_bases, "power_energy": power_energy_pairs,
    "round_weight": round_weight_prices, "unwritten_job": unwritten_jobs, "inner_some": inner_somes,
    "word_per_price": word_per_prices, "pair_count": pair_counts, "lost_decimal": lost_decimals,
    "speech_bound": speech_bounds, "bulletin_unit": bulletin_units, "grown_once": grown_once,
    "composed": composed, "lost_power": lost_powers, "wide_one": wide_one_groups, "huge": huge_words,
    "own_end_sign": own_end_signs, "within": within_caps, "spoken_share": spoken_share_ranges,
    "side_forms": side_forms, "worded_forms": worded_forms, "placed_forms": placed_forms,
    "signed_word_forms": signed_word_forms,
}


def generate(seed: int, per_class: int) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    for make in CLASSES.values():
        for _ in range(per_class):
            out.extend(make(rng))
    return out


# -- judging --------------------------------------------------------------------------


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)  # 15 digits: 835120000001 is no 835120000000


def judge(case: Case, figures: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(wrong, missed) descriptions: a figure whose value matches no wanted one is wrong; a wanted
    figure not given is missed (not for `either` cases that gave nothing)."""
    wrong = [f"{f['quote']}={f['value']}" + ("" if f["value_high"] is None else f"-{f['value_high']}")
             for f in figures if not any(_close(f["value"], w.value) and _close(f["value_high"], w.high)
                                         for w in case.want)]
    if case.counted and len(figures) > len(case.want):
        wrong.append(f"{len(figures)} figures for {len(case.want)}")
    missed = []
    if not (case.either and not figures):
        for w in case.want:
            if not any(_close(f["value"], w.value) and _close(f["value_high"], w.high)
                       and (not w.measure or f["measure"] == w.measure)
                       and (not w.qualifier or f["qualifier"] == w.qualifier) for f in figures):
                missed.append(f"{w}")
    return wrong, missed


def run(cases: list[Case], extract: Callable[[str], list[dict[str, Any]]]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for case in cases:
        t = tallies.setdefault(case.cls, Tally())
        t.cases += 1
        figures = extract(case.text)
        wrong, missed = judge(case, figures)
        t.wrong += bool(wrong)
        t.missed += bool(missed) and not wrong
        t.none += case.either and not figures and bool(case.want)
        got = [(f["quote"], f["value"], f["value_high"], f["measure"], f["qualifier"]) for f in figures]
        if wrong:
            t.lines.append(f"WRONG {case.text!r}: {wrong} want {list(case.want)}")
        elif missed:
            t.lines.append(f"miss  {case.text!r}: want {missed} got {got}")
    return tallies


def main(argv: list[str]) -> int:
    from stats import extract_text

    per_class = int(next((a for a in argv if a.isdigit()), "40"))
    tallies = run(generate(0, per_class), extract_text)
    total = Counter[str]()
    for cls, t in sorted(tallies.items()):
        print(f"{cls:22} cases={t.cases:4} wrong={t.wrong:3} missed={t.missed:3} none={t.none:3}")
        total.update(cases=t.cases, wrong=t.wrong, missed=t.missed, none=t.none)
        if "-v" in argv:
            seen = set()
            for line in t.lines:
                if line not in seen:
                    print("   ", line)
                    seen.add(line)
    print(f"{'TOTAL':22} cases={total['cases']:4} wrong={total['wrong']:3} missed={total['missed']:3} "
          f"none={total['none']:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
