"""Number forms after numforms37, read in one extractor call (tests/batchread.py): what round 37 left, and generated
sentences of forms the brief listed that no earlier test wrote in these shapes (most read right already and must stay
so). What read wrong or was missed:

- rules numerals.yaml size_classes and size_class_kinds (stats/find/quantities.py): a counter before a magnitude that
  a class of size follows (培育2个百亿级企业, 5个千亿元级产业集群, 3个万吨级泊位), or before a magnitude above 亿 that
  sizes a kind of thing (引进3个十亿元项目, 2个百亿企业), is the measure word: 2 个, as 2-3个百亿级企业 was 2–3 个; the
  counter was read as counting the magnitude (2个百亿) and exclude.scale_class then dropped the figure.
- exclusions.yaml exclude.scale_class takes 亩, 公顷 and 头 before 级 (千亩级园区: never 1000 亩); exclude.money_class
  takes 村, 镇, 乡 and 楼宇 (2个亿元村 read 2亿元, a wrong value: now none, as 实施2个亿元项目 is).
- stats/find/quantities.py: a range's counter before 万亿, 千亿 or 百亿 with no unit after it (投资3至5个万亿) counts that
  magnitude as it counts 亿 (round 37): the range has no unit and is no figure; it read 3–5 个, a wrong value.
- roles.yaml change.not: 多达 ("as many as": 企业多达300家) is a level stressed, no change (多 is a change word).
- units.yaml measure_before: pay and rent named before a number with no 元 (月入三万五, 日薪三百, 时薪25, 房租两千五,
  薪资8000) are yuan, as 月薪 and 工资 were; measure_before_links 涨到, 涨至, 增至, 增加到, 提高到, 提高至 name the
  level reached (工资涨到八千五 = 8500 元, 人口增至3400万).
- stats/find/quantities.py (numeral grammar): two digits in one slot are a rising loose pair (七八十), so 一 never ends
  one: 工资一万二一个月 read 一万二一 as one numeral, which converts to nothing, and lost 一万二 (12000 元); before 折
  the second digit stays a tenth (六一折 = 61 %).

Decided per GUIDE and left as round 37 left them: thirds and other shares with no finite percent (三分之二, 2/3) give no
figure; 1，234万元 with one group after a full-width comma is none (numforms23, 26, 32 and 37 keep it: a clause may end
after 1); 多达300家 is exact (多达 is no bound of GUIDE's); 同比持平, 零增长 and 负增长 alone name no number: none."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

import stats
from tests.batchread import Case, alone_test, batch_tests, fig
from tests.numwriter import write_section

LOWER = "零一二三四五六七八九"
UPPER = "零壹贰叁肆伍陆柒捌玖"


def lower(v: int, rng: random.Random) -> str:
    """0 < v < 10000 in lowercase numerals, 两 or 二 drawn."""
    return write_section(v, LOWER, "十百千", rng.choice("两二"), head=True)


def size_classes() -> Iterator[Case]:
    """培育2个百亿级企业: a counter before a class of size is the measure word, in one number and in a range."""
    rng = random.Random(38)
    classes = ["十亿级", "百亿级", "千亿级", "万亿级", "百亿元级", "千亿元级", "百万吨级", "万吨级", "千亩级", "十亿元",
               "百亿元", "千亿"]
    nouns = ["企业", "产业集群", "龙头企业", "项目", "园区", "城市", "港口"]
    verbs = ["培育", "打造", "建成", "新增", "引进"]
    seen: set[str] = set()
    while len(seen) < 16:
        n = rng.randint(2, 9)
        ranged = rng.random() < 0.35
        written = lower(n, rng) if rng.random() < 0.5 else str(n)
        if ranged:
            written = f"{n}-{n + rng.randint(1, 3)}" if rng.random() < 0.5 else f"{n}至{n + rng.randint(1, 3)}"
        text = f"{rng.choice(verbs)}{written}个{rng.choice(classes)}{rng.choice(nouns)}"
        if text in seen:
            continue
        seen.add(text)
        if ranged:
            sep = "-" if "-" in written else "至"
            low, high = (int(x) for x in written.split(sep))
            yield text, [fig(f"{written}个", low, high, measure="个")]
        else:
            yield text, [fig(f"{written}个", n, measure="个")]
    # a sum counted in 亿 stays a sum; a class with no counter names no amount; after 亿 itself a kind leaves it unsure
    # whether speech counts money (投资2个亿元项目建设) or things sized by it (2个亿元村): no figure
    yield "计划投资2个亿元", [fig("2个亿元", 2e8, measure="元")]
    yield "打造千亿级产业集群", []
    yield "打造2个亿元村", []
    yield "实施2个亿元以上大项目", []
    yield "投资2个亿元项目建设", []
    yield "建成2至3个千亩园区", []


def counted_large() -> Iterator[Case]:
    """投资3至5个万亿 with no unit after the magnitude: no figure (never 3–5 个); with the unit, the money range."""
    rng = random.Random(3838)
    seen: set[str] = set()
    mags = [("十亿", 1e9), ("百亿", 1e10), ("千亿", 1e11), ("万亿", 1e12)]
    while len(seen) < 12:
        low = rng.randint(1, 6)
        high = low + rng.randint(1, 3)
        sep = rng.choice(["到", "至", "-", "~"])
        mag, factor = rng.choice(mags)
        lw, hw = (lower(low, rng), lower(high, rng)) if rng.random() < 0.4 and sep not in "-~" else (str(low), str(high))
        unit = rng.random() < 0.4
        text = f"计划投资{lw}{sep}{hw}个{mag}{'元' if unit else ''}{rng.choice(['', '用于建设', '，建成后'])}"
        if text in seen:
            continue
        seen.add(text)
        quote = f"{lw}{sep}{hw}个{mag}元"
        yield text, [fig(quote, low * factor, high * factor, measure="元")] if unit else []


def pay_words() -> Iterator[Case]:
    """月入三万五, 日薪三百, 房租两千五, 工资涨到八千五: pay and rent named before a number with no unit are yuan."""
    rng = random.Random(38380)
    # each pay word with the places its amounts are said in (a day's in hundreds, a year's in 万)
    words = {"月入": "千万", "年入": "万", "日薪": "百", "薪资": "千万", "薪水": "千万", "房租": "千",
             "月薪": "千万", "工资": "千"}
    links = ["", "", "", "涨到", "提高到", "增至", "达到"]
    seen: set[str] = set()
    while len(seen) < 16:
        word = rng.choice(sorted(words))
        head, tail = rng.randint(1, 9), rng.randint(1, 9)
        place = rng.choice(words[word])
        factor = {"百": 100, "千": 1e3, "万": 1e4}[place]
        chinese = rng.random() < 0.7
        two = rng.choice("两二")
        written = (f"{LOWER[head] if head != 2 else two}{place}{LOWER[tail]}" if chinese
                   else str(int(head * factor + tail * factor / 10)))
        text = f"{word}{rng.choice(links)}{written}"
        if text in seen:
            continue
        seen.add(text)
        yield text, [fig(written, head * factor + tail * factor / 10, measure="元")]
    # a date after the pay word, or a measure of its own, reads as before
    yield "薪资12月底前发放", []
    yield "房租3个月", [fig("3个月", 3, measure="个月")]
    yield "房租上涨3%", [fig("3%", 3, measure="%")]
    yield "时薪25", [fig("25", 25, measure="元")]
    # 一 after the shortened number begins 一个月 (a month): never a pair 二一 that reads as no number
    yield "工资一万二一个月", [fig("一万二", 12000, measure="元")]
    yield "房租两千五一个月", [fig("两千五", 2500, measure="元")]
    yield "月入三万八一个月", [fig("三万八", 38000, measure="元")]
    yield "全场商品九一折", [fig("九一折", 91, measure="%")]


def both_ends() -> Iterator[Case]:
    """1.5万—2万人, 2万~3万元, 3亿元至5亿元: a range with its magnitude, and its unit too, written at both ends."""
    rng = random.Random(383)
    seps = ["至", "到", "—", "-", "~", "～", "－"]
    units = [("人", "人"), ("元", "元"), ("吨", "吨"), ("平方米", "平方米"), ("亩", "亩"), ("家", "家")]
    seen: set[str] = set()
    while len(seen) < 20:
        mag, factor = rng.choice([("万", 1e4), ("亿", 1e8), ("千", 1e3), ("", 1)])
        low = rng.choice([rng.randint(1, 8), rng.randint(10, 80) / 10])
        high = low + rng.randint(1, 5)
        unit, measure = rng.choice(units)
        if mag == "千" and unit in {"吨", "平方米"} or mag == "" and low != int(low):
            continue
        both = rng.random() < 0.5 or not mag
        a = f"{low:g}{mag}{unit if both else ''}"
        written = f"{a}{rng.choice(seps)}{high:g}{mag}{unit}"
        if written in seen:
            continue
        seen.add(written)
        # the quote keeps the dash and tilde in their ASCII width, as the extractor's reading of the text does
        quote = written.translate(str.maketrans("～－", "~-"))
        yield f"预计全年新增{written}", [fig(quote, low * factor, high * factor, measure=measure)]
    for written, low, high, measure in [("三万到五万元", 3e4, 5e4, "元"), ("两千至三千人", 2e3, 3e3, "人"),
                                        ("三亿元至五亿元", 3e8, 5e8, "元")]:
        yield f"预计全年新增{written}", [fig(written, low, high, measure=measure)]


def capitals() -> Iterator[Case]:
    """壹万贰仟元, 贰拾万元, 叁佰伍拾人: financial capitals in every place, drawn with 零 where a place is empty."""
    rng = random.Random(38383)
    seen: set[str] = set()
    units = [("元", "元"), ("元整", "元"), ("人", "人"), ("吨", "吨"), ("万元", "元")]
    while len(seen) < 16:
        v = rng.randint(11, 9999)
        written = write_section(v, UPPER, "拾佰仟", "贰", head=False)
        unit, measure = rng.choice(units)
        factor = 1e4 if unit == "万元" else 1
        text = f"{rng.choice(['共计', '捐赠', '合计人民币', '支付', '职工'])}{written}{unit}"
        if text in seen:
            continue
        seen.add(text)
        quote = f"{written}{unit.removesuffix('整')}"
        yield text, [fig(quote, v * factor, measure=measure)]
    yield "拨付壹万贰仟元", [fig("壹万贰仟元", 12000, measure="元")]
    yield "拨付壹佰贰拾万零伍佰元", [fig("壹佰贰拾万零伍佰元", 1200500, measure="元")]


def brief_forms() -> Iterator[Case]:
    """Forms the brief lists that no earlier test wrote in these words: each reads right and must stay so."""
    yield "比重达百分之三点五", [fig("百分之三点五", 3.5, measure="%")]
    yield "人口自然增长率为0.5‰", [fig("0.5‰", 0.5, measure="‰")]
    yield "五成以上的农户参保", [fig("五成以上", 50, None, "lower_bound", "%")]
    yield "5成以上的农户参保", [fig("5成以上", 50, None, "lower_bound", "%")]
    yield "不到三成的农户参保", [fig("不到三成", 30, None, "upper_bound", "%")]
    yield "全年收入翻了两番", [fig("两番", 2, measure="番")]
    yield "产值比上年增长一倍", [fig("一倍", 1, measure="倍")]
    yield "失业率下降3.2个百分点", [fig("3.2个百分点", 3.2, measure="百分点")]
    yield "年收入十几万元", [fig("十几万元", 1.1e5, 1.9e5, "approx", "元")]
    yield "招聘二十多个岗位", [fig("二十多个", 20, None, "lower_bound", "个")]
    yield "月薪五六千元", [fig("五六千元", 5e3, 6e3, measure="元")]
    yield "工地有千把人", [fig("千把人", 1e3, None, "approx", "人")]
    yield "月薪两千八", [fig("两千八", 2800, measure="元")]
    # look-alikes beside a figure: codes, numbers of a document, batches, versions, scales, dates
    for none in ["联系电话0571-8888 1234", "邮编310012", "杭政办〔2026〕3号印发", "第3批试点名单公布", "5G网络覆盖",
                 "拨打12345热线", "3.15消费者权益日", "升级至V2.0版本", "1:500比例尺地形图", "2026.1.5起施行",
                 "工业产值同比持平", "财政收入零增长", "完成三分之二的任务", "约2/3的村庄通车"]:
        yield none, []


CASES: list[Case] = [*size_classes(), *counted_large(), *pay_words(), *both_ends(), *capitals(), *brief_forms()]


read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(CASES, 100)


def test_no_counter_reads_a_large_magnitude_as_a_count(
        read: dict[str, list[tuple[str, float, float | None, str, str]]]) -> None:
    """3至5个万亿 with no unit is never 3–5 个: no figure of a counted magnitude with no unit is counted in 个."""
    for text, figs in read.items():
        mags = ("十亿", "百亿", "千亿", "万亿")
        if text.startswith("计划投资") and any(f"个{m}" in text and f"个{m}元" not in text for m in mags):
            assert all(f[4] != "个" for f in figs), (text, figs)


@pytest.mark.parametrize(("text", "role"), [
    ("参展企业多达300家", "level"), ("全市企业多达1200家，同比多增318家", "level"),
])
def test_as_many_as_is_a_level(text: str, role: str) -> None:
    """多达 stresses a level; a 多增 after it is still the change."""
    got = [(f["quote"], f["role"]) for f in stats.extract_text(text)]
    assert got[0][1] == role, got
    assert all(r == "change" for q, r in got[1:]), got


test_a_sentence_reads_the_same_alone = alone_test([
    "培育2个百亿级企业", "计划投资3至5个万亿", "月入三万五", "工资涨到八千五"])
