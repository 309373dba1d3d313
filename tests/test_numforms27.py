"""Numbers that are no quantities, money in signs and foreign names, rates per unit and the 万 bounds: forms the earlier
rounds (test_numforms21-26) held only in part, built by generators and read in a few long texts (one extractor call
a hundred sentences), each sentence followed by a neighbour that must stay its own figure.

Changed here, each by /work/shared/gold/GUIDE.md. "A figure is" (a quantity with its unit; a per-capita rate is one)
and "Fields: measure" (the unit word as written): a rate per hectare, per day or per year (6000公斤/公顷, 5万吨/日,
10万吨/年, 500吨/天, 10万立方米/日) and a price per litre, hectare, kilometre, bottle (7.5元/升, 2元/公里) were
missed; they are figures measured by the whole rate. A freight rate per tonne-kilometre was 元/吨 with its 公里
dropped and a rent per square metre a month (50元/平方米·月) 元/平方米 with its month dropped: the wrong measure; now
the whole rate, and a rate whose base goes on past any rate we name (200升/人·日) is none, as a unit before a
per sign already was. "Fields: value": an amount with a minus sign before its currency sign (利润-¥500万) was read
500万 unsigned, a wrong value; now none (¥-500万 and -500万元 stay negative; ¥300-¥500 stays a range).

Read right before and after (KEPT), each with its section of the guide. None ("Not a figure": identifiers, dates
and clock times, ordinals, page references): phone numbers and hotlines (0771-1234567, 12345热线), ID numbers,
postcodes, number plates, 版次 (第A3版), 文号 (〔2026〕5号), standards (GB 50016-2014), clock times (8:30), scores
(3:1, 3比1), scales and ratios (1:500), dates in digits (2026.3.5, 2026-03-05, 3/5), versions and models (V2.0, 5G,
4K, 3D); a figure after one in the same sentence stays whole. Kept ("A figure is"): temperatures with their sign
(-5℃, 零下5度: −5 ℃), altitudes, money after ¥ $ € US$ HK$ and before 美元/港元/欧元 (the measure the currency's
name), 元角分 (3元5角2分 = 3.52 元), rates per person or square metre (3.2万元/人, 1.2万元/平方米), a figure after
人均 or 每… as written (人均可支配收入3.5万元 = 35000 元), 亿人次, 千瓦时, 万千瓦, 平方公里, 亩, 公顷, 万吨, 立方米.
"Fields: qualifier": 1.2万余人 and 1万多人 lower bounds, 近1.2万人 approx, 逾万人 and 过万人 lower bounds, 万余人
lower bound; "Not a figure: vague amounts": 上万人, 数万人, 几十万人, 成千上万人, 数以万计 none."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.batchread import TRAP, Case, Fig, fig, read_alone, read_cases, same

# -- 1. identifiers, dates, clock times, scores and ratios: none, and a figure after one stays whole ----------------
CODES: list[str] = [
    "服务热线0771-1234567", "拨打12345热线", "咨询电话010-12345678", "联系电话13812345678", "拨打96333投诉",
    "服务热线0771-1234567转8001", "身份证号450102199001011234", "邮编530022", "邮政编码530022", "车牌号桂A12345",
    "见本报第A3版", "见第3版", "桂政发〔2026〕5号", "国办发〔2025〕12号文件", "执行GB 50016-2014标准",
    "执行GB/T 19001-2016", "上午8:30开会", "下午14:30开始", "8:30至17:30办公", "比分3:1", "以3:1战胜对手",
    "以3比1获胜", "比例尺1:500", "男女比例1:1.2", "比例为3∶1", "2026.3.5召开", "2026-03-05召开", "3/5召开",
    "2026.3-2026.12实施", "V2.0版本上线", "发布2.0版", "开通5G基站", "4K电视热销", "3D打印", "工业4.0",
    "国药准字H20053123", "ISO 9001认证", "IP地址192.168.1.1", "案号(2026)桂01民初123号", "国务院令第708号",
    "京A·12345", "3·15晚会", "双11购物节", "H7N9疫情", "C919大飞机", "东经108.3度", "北纬22.8°",
]
AFTER: list[tuple[str, Fig]] = [("受理诉求", fig("3万件", 30000, measure="件")),
                               ("完成投资", fig("1.2亿元", 1.2e8, measure="元"))]


def codes() -> Iterator[Case]:
    for code in CODES:
        yield code, []
    for k, code in enumerate(CODES[:24]):  # a figure after the code, in its own clause and right after a 、
        verb, after = AFTER[k % 2]
        yield f"{code}，{verb}{after[0]}", [after]


# -- 2. temperatures, altitude -----------------------------------------------------------------------------------
TEMPERATURES: list[tuple[str, float, float | None, str]] = [
    ("-5℃", -5, None, "exact"), ("零下5度", -5, None, "exact"), ("-12.5℃", -12.5, None, "exact"),
    ("35℃", 35, None, "exact"), ("负5度", -5, None, "exact"), ("−5℃", -5, None, "exact"), ("5°C", 5, None, "exact"),
    ("5摄氏度", 5, None, "exact"), ("-3℃至5℃", -3, 5, "exact"), ("零下3℃到零上5℃", -3, 5, "exact"),
    ("5℃~10℃", 5, 10, "exact"), ("-5～3℃", -5, 3, "exact"),
]


def temperatures() -> Iterator[Case]:
    for frame in ["全天气温{}", "夜间最低气温{}", "水温降至{}"]:
        for quote, value, high, qualifier in TEMPERATURES:
            # (the quote with the page's signs folded: ～ as ~, the minus of mathematics − as -, numforms47)
            yield frame.format(quote), [fig(quote.replace("～", "~").replace("\u2212", "-"), value, high, qualifier, "℃")]
    for quote, value, qualifier in [("1200米", 1200, "exact"), ("3000多米", 3000, "lower_bound"),
                                    ("负154米", -154, "exact"), ("约2500米", 2500, "approx")]:
        yield f"山顶海拔{quote}", [fig(quote, value, None, qualifier, "米")]
    for unsure in ["全天气温5度", "气温零下5至10度", "坡度25度以上", "白酒52度"]:  # 度: an angle, a strength or a scale
        yield unsure, []


# -- 3. money in signs, codes and foreign names; 元角分 -----------------------------------------------------------
MONEY: list[tuple[str, str, float, str]] = [  # written, quote, value, measure
    ("¥1299", "1299", 1299, "元"), ("￥1.2万", "1.2万", 12000, "元"), ("$500", "500", 500, "美元"),
    ("US$5亿", "5亿", 5e8, "美元"), ("HK$3亿", "3亿", 3e8, "港元"), ("€300万", "300万", 3e6, "欧元"),
    ("USD 500万", "500万", 5e6, "美元"), ("RMB 500万元", "500万元", 5e6, "元"), ("5亿美元", "5亿美元", 5e8, "美元"),
    ("3亿港元", "3亿港元", 3e8, "港元"), ("3亿欧元", "3亿欧元", 3e8, "欧元"), ("5百万美元", "5百万美元", 5e6, "美元"),
    ("人民币500万元", "500万元", 5e6, "元"), ("500万元人民币", "500万元", 5e6, "元"), ("美元500万", "500万", 5e6, "美元"),
    ("¥-500万", "-500万", -5e6, "元"), ("-500万元", "-500万元", -5e6, "元"),
]


def money() -> Iterator[Case]:
    for frame in ["项目投资{}", "公司利润{}"]:
        for written, quote, value, measure in MONEY:
            yield frame.format(written), [fig(quote, value, measure=measure)]
    for signed in ["-¥500万", "-$500万", "-US$500万", "−￥500万"]:  # a sign before the sign: never 500万 unsigned
        yield f"公司利润{signed}", []
    yield "价格区间¥300-¥500", [fig("300-¥500", 300, 500, measure="元")]
    yield "产品编号A-¥12", [fig("12", 12, measure="元")]
    for quote, value in [("3元5角2分", 3.52), ("5角", 0.5), ("8分钱", 0.08), ("1元2角", 1.2), ("两毛五", 0.25),
                         ("一块二", 1.2), ("5毛", 0.5)]:
        yield f"找零{quote}", [fig(quote, value, measure="元")]
    for score in ["考了95分", "评分4.8分", "下午3时5分"]:  # 分 of a score or a clock: no money
        yield score, []


# -- 4. rates per unit, 人均 and 每… ------------------------------------------------------------------------------
RATES: list[tuple[str, float]] = [  # the rate as written (after the number), the number's scale
    ("万元/人", 1e4), ("万元/平方米", 1e4), ("元/平方米", 1), ("元/斤", 1), ("元/吨", 1), ("元/月", 1),
    ("元/人·月", 1), ("万元/亩", 1e4), ("公斤/亩", 1), ("人/平方公里", 1), ("公里/小时", 1), ("元/千瓦时", 1),
    # missed before this round
    ("公斤/公顷", 1), ("千克/公顷", 1), ("吨/公顷", 1), ("万吨/日", 1e4), ("吨/天", 1), ("万吨/年", 1e4),
    ("万立方米/日", 1e4), ("元/升", 1), ("万元/公顷", 1e4), ("元/公里", 1), ("元/吨公里", 1), ("元/平方米·月", 1),
    ("元/瓶", 1),
]


def rates() -> Iterator[Case]:
    for number, value in [("3.2", 3.2), ("1200", 1200)]:
        for rate, scale in RATES:
            quote = f"{number}{rate}"
            measure = rate.removeprefix("万")
            yield f"标准为{quote}", [fig(quote, value * scale, measure=measure)]
    yield "运价0.5元/吨·公里", [fig("0.5元/吨·公里", 0.5, measure="元/吨公里")]
    yield "租金50元/平方米/月", [fig("50元/平方米/月", 50, measure="元/平方米·月")]
    # a rate we name no measure word for (50元/亩/年 is one since numforms51: 50元/亩/季 is not)
    for longer in ["用水量200升/人·日", "补助50元/亩/季", "密度3个/平方米"]:
        yield longer, []
    for quote, value, measure, head in [
            ("3.5万元", 35000, "元", "人均可支配收入"), ("35平方米", 35, "平方米", "人均住房面积"),
            ("500元", 500, "元", "每人每月补助"), ("200元", 200, "元", "每亩补贴"), ("25名", 25, "名", "每万人拥有医生"),
            ("4.96张", 4.96, "张", "每千人口床位"), ("1.2万美元", 12000, "美元", "人均GDP"),
            ("30万元", 3e5, "元", "亩均税收")]:
        yield f"{head}{quote}", [fig(quote, value, measure=measure)]


# -- 5. big units and the 万 bounds --------------------------------------------------------------------------------
UNITS: list[tuple[str, float, str]] = [
    ("1.2亿人次", 1.2e8, "人次"), ("5亿千瓦时", 5e8, "千瓦时"), ("120万千瓦", 1.2e6, "千瓦"),
    ("1.2万平方公里", 1.2e4, "平方公里"), ("50万亩", 5e5, "亩"), ("3000公顷", 3000, "公顷"), ("120万吨", 1.2e6, "吨"),
    ("1.2亿立方米", 1.2e8, "立方米"), ("3.5亿斤", 3.5e8, "斤"),
]
BOUNDS: list[tuple[str, float, str]] = [
    ("1.2万余人", 12000, "lower_bound"), ("近1.2万人", 12000, "approx"), ("1万多人", 10000, "lower_bound"),
    ("逾万人", 10000, "lower_bound"), ("过万人", 10000, "lower_bound"), ("万余人", 10000, "lower_bound"),
    ("近万人", 10000, "approx"), ("约1.2万人", 12000, "approx"), ("3千余人", 3000, "lower_bound"),
    ("三千多人", 3000, "lower_bound"), ("千余人", 1000, "lower_bound"), ("2万来人", 20000, "approx"),
]


def magnitudes() -> Iterator[Case]:
    for quote, value, measure in UNITS:
        yield f"全年累计{quote}", [fig(quote, value, measure=measure)]
    yield "全年用电8万度", [fig("8万度", 8e4, measure="度")]  # 度 as the kilowatt-hour where electricity is named
    for frame in ["吸纳就业{}", "转移劳动力{}"]:
        for quote, value, qualifier in BOUNDS:
            yield frame.format(quote), [fig(quote, value, None, qualifier, "人")]
        for vague in ["上万人", "数万人", "几十万人", "数十万人", "成千上万人", "上千人", "几千人"]:
            yield frame.format(vague), []
    yield "游客数以万计", []


def all_cases() -> list[Case]:
    return [*codes(), *temperatures(), *money(), *rates(), *magnitudes()]


CASES = all_cases()


@pytest.fixture(scope="module")
def read() -> dict[str, list[Fig]]:
    return read_cases(CASES)


def test_the_generators_make_each_sentence_once() -> None:
    assert len({t for t, _ in CASES}) == len(CASES) > 250


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t for t, _ in CASES])
def test_each_form_gives_its_figures(read: dict[str, list[Fig]], text: str, want: list[Fig]) -> None:
    assert same(read[text], [*want, TRAP[1]]), read[text]


@pytest.mark.parametrize("text", ["公司利润-¥500万", "标准为3.2元/平方米·月", "服务热线0771-1234567，受理诉求3万件"])
def test_a_sentence_reads_the_same_alone(read: dict[str, list[Fig]], text: str) -> None:
    """The batched reading is what the extractor gives the sentence alone: its neighbours lend it nothing."""
    assert read_alone(text) == read[text]
