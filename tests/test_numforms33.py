"""Number forms after numforms32, read in one extractor call (tests/batchread.py). A generator wrote numbers with a
unit into short sentences in many forms (capitals with 元角分, 〇 and 零 gaps, sections with a bound inside, ranges
with both ends measured, full-width digits) and checked each value; what it found read wrong or missed is here.

Changed here, each a wrong value before, or a figure missed:
- a bound between a numeral's larger section and its tail, then the magnitude (一亿两千多万元, 十亿零五百多万元,
  三万亿零二十余亿元) bounds the tail counted in that magnitude: 1.2亿 and more, 10.05亿 and more, 3.002万亿 and more.
  十亿零五百多万 was 1.0000005e13 (the whole numeral times 万) and 三万亿零二十余亿 3e20; 一亿两千多万 was missed.
  A lone digit after the section with no 零 (三亿五多万: 3.5亿 said short, or 3亿5万?) has no sure reading: none.
  万亿 then a tail then 亿 (四万亿一千五百亿元, 五万亿零三百亿元) is one amount (4.15万亿), where it was missed; no
  number starts after a digit, places and 零 (700万亿零300亿元 was 300亿元 alone, the 700万亿 lost: stats/find/
  quantities.py `_section_before`, `_section_then_tail` and the start guard of the grammar).
- a dash between two numbers that each carry a measure word of two characters or more (70公里-80公里, 600平方米－
  800平方米) is a range, as 3家-5家 is; both figures were dropped as an identifier (exclude.identifier).
- 万元 then 零 and one digit of 角 or 分 (七十三万元零一分, 五万元零六角九分) is a sum written out to the cent: its one
  reading stays, where exclude.yuan_then_rest dropped it (两万元零五百, 20500 or 20000 and 500? stays none).
- 分 right after a number after a currency named before it (人民币七分, 港币3分) is cents, a score or minutes: none,
  where it was 7 元 and 3 港元 (units.yaml measure_before_not_before).
- 壹 before 圆 and a capital digit (壹圆肆角) is 1.4 元, no article (exclude.lone_one took it for one); 圓, the
  yuan in traditional characters (壹萬貳仟參佰肆拾伍圓), is a measure word of money as 圆 is, where it was none.
- a year of an era or a reign (民国二十年, 光绪二十六年, 昭和五十年) is a date, where it was a duration of 20 年
  (exclude.reign_year); years written with 〇 (二〇二五年) were dates already, and stay so beside a figure."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from tests.batchread import TRAP, Case, Fig, fig, read_alone, read_cases, same
from tests.numwriter import write_section

LOWER, CAPITAL = "零一二三四五六七八九", "零壹贰叁肆伍陆柒捌玖"
BOUNDS = {"多": "lower_bound", "余": "lower_bound", "来": "approx"}


def section(v: int, rng: random.Random, capital: bool = False, head: bool = False) -> str:
    """0 < v < 10000 in lowercase numerals (两 or 二 drawn) or capitals, 零 for each gap inside."""
    if capital:
        return write_section(v, CAPITAL, "拾佰仟", "贰", head, lambda: False)
    return write_section(v, LOWER, "十百千", rng.choice("两二"), head)


def section_tail_bounds() -> Iterator[Case]:
    """A head in 亿 or 万亿, a tail, a bound, then 万 or 亿: the tail counted in that magnitude, bounded."""
    rng = random.Random(33)
    seen: set[str] = set()
    while len(seen) < 60:
        big, size, mag, factor = rng.choice([("亿", 10**8, "万", 10**4), ("万亿", 10**12, "亿", 10**8)])
        head = rng.choice([rng.randint(1, 9), rng.randint(11, 99), rng.randint(1, 9) * 100])
        tail = rng.choice([rng.randint(1, 9) * 1000, rng.randint(1, 9) * 1000 + rng.randint(1, 9) * 100,
                           rng.randint(1, 9) * 100, rng.randint(1, 9) * 10])
        arabic, capital = rng.random() < 0.25 and big == "亿", rng.random() < 0.15
        head_w = str(head) if arabic else section(head, rng, capital, head=True)
        tail_w = (str(tail) if arabic else section(tail, rng, capital))
        tail_w = ("零" if tail < 1000 else "") + tail_w
        bound = rng.choice([*BOUNDS])
        unit = rng.choice(["元", "吨", "人", "亩"])
        written = f"{head_w}{big}{tail_w}{bound}{mag}{unit}"
        if written in seen:
            continue
        seen.add(written)
        yield f"全年累计{written}", [fig(written, head * size + tail * factor, None, BOUNDS[bound], unit)]
    # the ones the brief names, and a capital tail
    yield "全年投资一亿两千多万元", [fig("一亿两千多万元", 1.2e8, None, "lower_bound", "元")]
    yield "全年投资十亿零五百多万元", [fig("十亿零五百多万元", 1.005e9, None, "lower_bound", "元")]
    yield "全省人口一亿两千多万", [fig("一亿两千多万", 1.2e8, None, "lower_bound", "人")]
    # no sure reading: a lone digit after the section with no 零, a smaller magnitude after a larger section
    for none in ["三亿五多万元", "1亿5多万元", "三千亿多万元", "1.2亿多万元", "3亿多万元", "一亿两亿多万元"]:
        yield f"全年投资{none}", []
    # as before: the bound after the whole magnitude
    yield "全年投资一亿两千万多元", [fig("一亿两千万多元", 1.2e8, None, "lower_bound", "元")]
    yield "全年投资3亿5千万余元", [fig("3亿5千万余元", 3.5e8, None, "lower_bound", "元")]


def trillions_then_billions() -> Iterator[Case]:
    """万亿, a tail, then 亿: one amount; no figure starts inside it."""
    for written, value in [("四万亿一千五百亿元", 4.15e12), ("一万亿五千亿元", 1.5e12), ("五万亿零三百亿元", 5.03e12),
                           ("十二万亿三千亿元", 1.23e13), ("两万亿零八十亿元", 2.008e12)]:
        yield f"全国社会消费品零售总额达{written}", [fig(written, value, measure="元")]
    # in Arabic digits the grammar reads no tail after 万亿: none, never the tail alone (700万亿零300亿元 was 300亿元)
    for none in ["700万亿零300亿元", "1万亿零300多亿元", "5万亿5000来亿元", "一万亿两亿元"]:
        yield f"全国社会消费品零售总额达{none}", []


def measured_dash_ranges() -> Iterator[Case]:
    """70公里-80公里: a dash between two ends that repeat a longer measure word joins a range."""
    for low, high, unit in [(70, 80, "公里"), (600, 800, "平方米"), (30, 50, "公顷"), (2, 3, "立方米"), (15, 20, "千克"),
                            (3, 5, "小时")]:
        for dash in ["-", "－"]:
            yield f"每天平均{low}{unit}{dash}{high}{unit}", [fig(f"{low}{unit}-{high}{unit}", low, high, measure=unit)]
    yield "每天平均约70公里-80公里", [fig("约70公里-80公里", 70, 80, "approx", "公里")]
    # a name with a dash (运-20, 长征-5) is still an identifier, and so are ends whose measure words differ
    yield "运-20等3型11架运输机", [fig("3型", 3, measure="型"), fig("11架", 11, measure="架")]
    yield "每天平均70公里-80吨", []


def cents_after_wan() -> Iterator[Case]:
    """七十三万元零一分: a sum to the cent after 万元 零; two amounts side by side (两万元零五百) stay none."""
    rng = random.Random(3300)
    for _ in range(12):
        wan = rng.choice([rng.randint(1, 9), rng.randint(11, 99), rng.randint(1, 9) * 100])
        jiao, fen = rng.choice([(rng.randint(1, 9), 0), (0, rng.randint(1, 9)), (rng.randint(1, 9), rng.randint(1, 9))])
        cents = (f"{LOWER[jiao]}角" if jiao else "") + (f"{LOWER[fen]}分" if fen else "")
        written = f"{section(wan, rng, head=True)}万元零{cents}"
        yield f"报销费用合计{written}", [fig(written, wan * 1e4 + jiao / 10 + fen / 100, measure="元")]
    yield "报销费用合计七十三万元零一分", [fig("七十三万元零一分", 730000.01, measure="元")]
    for none in ["捐款两万元零五百", "捐款3万元零500", "捐款三亿元零五百万"]:
        yield none, []


def cents_after_currency() -> Iterator[Case]:
    """人民币七分: 分 after a currency named before the number is no whole yuan or dollar."""
    for none in ["报销费用人民币七分", "每张港币3分", "单价美元5分"]:
        yield none, []
    yield "每张人民币3分钱", [fig("3分钱", 0.03, measure="元")]
    yield "营收人民币3亿元", [fig("3亿元", 3e8, measure="元")]
    yield "报销费用人民币五毛", [fig("五毛", 0.5, measure="元")]


def capital_yuan() -> Iterator[Case]:
    """壹圆肆角, 壹圆贰角伍分: capitals with 圆 and the cents after are one sum."""
    for written, value in [("壹圆肆角", 1.4), ("壹圆贰角伍分", 1.25), ("壹元肆角", 1.4), ("壹圆零伍分", 1.05)]:
        yield f"收到捐款{written}", [fig(written, value, measure="元")]
    yield "收到捐款壹圆整", [fig("壹圆", 1, measure="元")]
    # 圓, the yuan in traditional characters, as receipts in them write it (was no measure word: missed)
    for written, value in [("壹萬貳仟參佰肆拾伍圓", 12345), ("貳佰圓", 200), ("壹圓肆角", 1.4), ("叁仟圓零伍角", 3000.5)]:
        yield f"收到捐款{written}整", [fig(written, value, measure="元")]
    yield "收到捐款港幣3億圓", [fig("3億圓", 3e8, measure="港元")]
    for none in ["一圓桌會議", "三圓形花壇"]:
        yield none, []


def reign_years() -> Iterator[Case]:
    """民国二十年: the year of an era, no duration; a span of years said apart from the era stays."""
    for era in ["民国", "光绪", "康熙", "乾隆", "宣统", "昭和", "平成"]:
        for year in ["二十", "十八", "六十一", "3", "廿五"]:
            yield f"{era}{year}年建成的老校舍，新建展馆2座", [fig("2座", 2, measure="座")]
    yield "乾隆年间修建的古桥已有260年历史", [fig("260年", 260, measure="年")]
    for year in ["二〇二五年", "二〇〇八年", "一九九八年", "二零二五年"]:
        yield f"{year}全市新增就业3万人", [fig("3万人", 3e4, measure="人")]


CASES = [*section_tail_bounds(), *trillions_then_billions(), *measured_dash_ranges(), *cents_after_wan(),
         *cents_after_currency(), *capital_yuan(), *reign_years()]


@pytest.fixture(scope="module")
def read() -> dict[str, list[Fig]]:
    return read_cases(CASES)


def test_the_generators_make_each_sentence_once() -> None:
    assert len({t for t, _ in CASES}) == len(CASES) > 100


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t for t, _ in CASES])
def test_each_form_gives_its_figures(read: dict[str, list[Fig]], text: str, want: list[Fig]) -> None:
    assert same(read[text], [*want, TRAP[1]]), read[text]


@pytest.mark.parametrize("text", ["全年投资十亿零五百多万元", "全国社会消费品零售总额达700万亿零300亿元",
                                  "每天平均70公里-80公里", "报销费用合计七十三万元零一分", "报销费用人民币七分"])
def test_a_sentence_reads_the_same_alone(read: dict[str, list[Fig]], text: str) -> None:
    """The batched reading is what the extractor gives the sentence alone: its neighbours lend it nothing."""
    assert read_alone(text) == read[text]
