"""Number forms after numforms30, read in one extractor call (tests/batchread.py): the spoken "thirty or fifty"
written with the mark of neighbours (三、五十人), 约 after a range's dash, a sign before a numeral that is a range of
its own (零下七八度), shares typed in Arabic digits (4分之1), and forms no earlier round pinned down (decimals before
成 and 千分之, 零 in odd places, 廿 卅 卌, 两 before a magnitude, money in capitals with 圆 and 角, multiples, words
that hold a numeral and are no figure).

Changed here, each a wrong value or qualifier before: a loose pair (rules/lexicon/numerals.yaml loose_pairs) with 、
between, its first the digit alone and places or a magnitude after the second, is the range 三五十 is (三、五十人 =
30–50 人, 百分之三、五十 = 30–50 %), where 3 人 and 50 人 (or 3 % alone) were read; a word of "about" after a dash
(约2000元-约3000元) bounds the high end as after 至, where the match could not start after the dash and 3000 元 was
read exact (stats/find/quantities.py), and a low end with the same word and no measure word of its own takes the high
end's (约3万至约5万人, 约2万-约3万元 = 3万–5万, 2万–3万, about; none before), and one after a dash of punctuation
keeps its about (就业——近3万人, was 3万人 exact); a sign before a range numeral turns both ends (零下七八度 = −8 to −7
℃, was −7 to 8) and one before two neighbours with 、 between leaves the second unsure (负5、6%: none, was 6 % alone
or −5 % and 6 %); 4分之1 reads as 四分之一 does (25 %; numerals.yaml shares, exclusions.yaml exclude.fraction), where
it was none."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.batchread import TRAP, Case, Fig, fig, read_alone, read_cases, same

FRAMES: list[str] = ["每场约有{}", "全县{}"]


def marked_loose_pairs() -> Iterator[Case]:
    """三、五十人: 三五 spoken with 、 between, before places or a magnitude, is the range 三五十人 is."""
    for frame in FRAMES:
        for tail, factor in [("十", 10), ("百", 100), ("千", 1000), ("万", 1e4), ("十万", 1e5), ("百万", 1e6)]:
            for measure in ["人", "元", "家"]:
                written = f"三、五{tail}{measure}"
                qualifier = "approx" if frame.startswith("每场约") else "exact"
                yield frame.format(written), [fig(written, 3 * factor, 5 * factor, qualifier, measure)]
    yield "占比为百分之三、五十", [fig("百分之三、五十", 30, 50, measure="%")]
    yield "覆盖率达到百分之三、五十", [fig("百分之三、五十", 30, 50, measure="%")]
    # neighbours as before; a list after 分别, a first of more places, a word after the rate: as before
    yield "每户补贴二、三百万元", [fig("二、三百万元", 2e6, 3e6, measure="元")]
    yield "全市七、八十家企业", [fig("七、八十家", 70, 80, measure="家")]
    yield "两园区分别新增三、五十家", [fig("三", 3, measure="家"), fig("五十家", 50, measure="家")]
    yield "占比为百分之三、五十月份回落", [fig("百分之三", 3, measure="%")]


def about_dash_ranges() -> Iterator[Case]:
    """约2000元-约3000元: 约 after a dash bounds the high end; one range about, as with 至."""
    for dash in ["-", "—", "－", "–"]:
        for low, high, measure in [("2000元", "3000元", "元"), ("3万人", "5万人", "人")]:
            lv, hv = (2000, 3000) if measure == "元" else (3e4, 5e4)
            written = f"约{low}{dash}约{high}"
            quote = written.replace("－", "-")  # the full-width dash is read as the ASCII one
            yield ("每户补贴" if measure == "元" else "全年接待") + written, [fig(quote, lv, hv, "approx", measure)]
    yield "每户补贴2000元-约3000元", [fig("2000元", 2000, measure="元"), fig("约3000元", 3000, None, "approx", "元")]
    yield "每户补贴约2000元-近3000元", [fig("约2000元", 2000, None, "approx", "元"),
                                        fig("近3000元", 3000, None, "approx", "元")]
    yield "客流从约3万人-约5万人", [fig("约3万人", 3e4, None, "approx", "人"), fig("约5万人", 5e4, None, "approx", "人")]
    # the low end written without the measure word takes the high end's, and its magnitude where that is sure
    for link in ["至", "到", "-", "—"]:
        for low, high, measure, lv, hv in [("2000", "3000元", "元", 2000, 3000), ("3万", "5万人", "人", 3e4, 5e4),
                                           ("3", "5万元", "元", 3e4, 5e4), ("两万", "三万元", "元", 2e4, 3e4),
                                           ("3", "5%", "%", 3, 5)]:
            written = f"约{low}{link}约{high}"
            yield f"全年合计{written}", [fig(written, lv, hv, "approx", measure)]
    for none in ["约3至约7000万元", "约12至约5万元", "约5万至约3万人", "约3万至近5万人", "2万-约3万元"]:
        yield f"全年合计{none}", []
    # a dash of punctuation (—— or —) before a word of about: the figure after it keeps its about
    for dash in ["——", "—"]:
        yield f"全年新增就业{dash}近3万人", [fig("近3万人", 3e4, None, "approx", "人")]
        yield f"全年新增就业{dash}约3万人", [fig("约3万人", 3e4, None, "approx", "人")]


def signed_range_numerals() -> Iterator[Case]:
    """零下七八度: one sign before a numeral that is a range signs both its ends, the lower first."""
    for sign in ["零下", "负"]:
        for written, low, high, qualifier in [("七八", 7, 8, "exact"), ("一二", 1, 2, "exact"),
                                              ("三五", 3, 5, "exact"), ("十七八", 17, 18, "exact"),
                                              ("二三十", 20, 30, "exact"), ("十几", 11, 19, "approx")]:
            yield f"夜间气温{sign}{written}度", [fig(f"{sign}{written}度", -high, -low, qualifier, "℃")]
    yield "增速为负三四个百分点", [fig("负三四个百分点", -4, -3, measure="百分点")]
    # a signed number, 、 and the next digit unsigned: −6 to −5, or −5 and 6? none, never 6 % alone
    for written in ["负5、6%", "-5、6%", "负五、六个百分点", "-5、6万元", "负三、五十个百分点"]:
        yield f"增速为{written}", []
    yield "增速为-5、8%", [fig("8%", 8, measure="%")]  # no neighbours: 8 is no end of a range below zero
    yield "气温零下5度至零下10度", [fig("零下5度至零下10度", -10, -5, measure="℃")]
    yield "气温零下二十来度", [fig("零下二十来度", -20, None, "approx", "℃")]


def arabic_shares() -> Iterator[Case]:
    """4分之1: a share typed in Arabic digits reads as 四分之一 (25 %); a denominator whose share is no finite
    percent (3分之1), a fraction of a unit (4分之1个世纪) or a cup's round (8分之1决赛) stays none."""
    for den, num in [(2, 1), (4, 1), (4, 3), (5, 2), (8, 3), (10, 3), (20, 1), (25, 1), (50, 7)]:
        yield f"占全市的{den}分之{num}", [fig(f"{den}分之{num}", num / den * 100, measure="%")]
    yield "有4分之一的企业亏损", [fig("4分之一", 25, measure="%")]
    yield "5分之2以上的村通公交", [fig("5分之2以上", 40, None, "lower_bound", "%")]
    yield "外资占比4分之1至2分之1", [fig("4分之1至2分之1", 25, 50, measure="%")]
    for none in ["有3分之1的企业复工", "有6分之1的企业复工", "有14分之1的样本", "长达4分之1个世纪", "进入8分之1决赛",
                 "另有4分之1到3分之1的农户", "有4分之10的样本"]:
        yield none, []


def decimal_rates() -> Iterator[Case]:
    """三点五成 = 35 %, 千分之三点五 = 3.5 ‰: a decimal said with 点 before 成 or after a rate word."""
    yield "占比达三点五成", [fig("三点五成", 35, measure="%")]
    yield "提高零点五成", [fig("零点五成", 5, measure="%")]
    yield "不良率为千分之三点五", [fig("千分之三点五", 3.5, measure="‰")]
    yield "费率为万分之二点五", [fig("万分之二点五", 2.5, measure="‱")]
    yield "占比为千分之3点5", [fig("千分之3点5", 3.5, measure="‰")]


def written_numbers() -> Iterator[Case]:
    """零 in odd places, 廿 卅 卌, 两 before a magnitude, money in capitals with 圆, 角 and 整."""
    for written, value in [("一万零五百", 10500), ("十万零三", 100003), ("一千零一十", 1010), ("一万零一十", 10010),
                           ("三亿零五百万", 305000000), ("五十万零八", 500008), ("一千万零一", 10000001),
                           ("二十万零三千", 203000), ("廿五", 25), ("卅", 30), ("卌", 40), ("廿万", 2e5),
                           ("两万两千", 22000), ("两亿", 2e8), ("两千两百", 2200), ("两万万", 2e8)]:
        yield f"共计{written}人", [fig(f"{written}人", value, measure="人")]
    for written, value in [("贰万叁仟圆", 23000), ("壹佰圆", 100), ("叁拾元伍角", 30.5), ("贰佰元零伍角", 200.5),
                           ("壹拾万元", 1e5)]:
        yield f"金额人民币{written}整", [fig(written, value, measure="元")]


def multiples_and_bounds() -> Iterator[Case]:
    """倍 and 番 as written; 多 余 来 把 and 上下 开外 as the bound or the about they are."""
    yield "全年增长1倍", [fig("1倍", 1, measure="倍")]
    yield "产量是去年的2倍", [fig("2倍", 2, measure="倍")]
    yield "增长一倍半", [fig("一倍半", 1.5, measure="倍")]
    yield "比上年翻两番", [fig("两番", 2, measure="番")]
    yield "是上年的三倍多", [fig("三倍多", 3, None, "lower_bound", "倍")]
    yield "来了十来个人", [fig("十来个人", 10, None, "approx", "人")]
    yield "来了百把人", [fig("百把人", 100, None, "approx", "人")]
    yield "花了万把块钱", [fig("万把块钱", 1e4, None, "approx", "元")]
    yield "买了两把伞", [fig("两把", 2, measure="把")]
    yield "五十岁上下的人", [fig("五十岁上下", 50, None, "approx", "岁")]
    yield "年龄在六十岁开外", [fig("六十岁开外", 60, None, "lower_bound", "岁")]


def names_no_figures() -> Iterator[Case]:
    """Words that hold a numeral name something (GUIDE "names that contain a numeral"): no figure of their own,
    and none lent to the figure after them."""
    for word in ["双减", "一线", "一把手", "三农", "五险一金", "一带一路", "两不愁三保障", "一站式", "一网通办", "三公经费",
                 "两学一做", "双一流", "一揽子", "三甲医院", "百强县", "千亿级产业", "零容忍", "一票否决"]:
        yield f"{word}工作投入5亿元", [fig("5亿元", 5e8, measure="元")]
    yield "“十四五”期间建成学校3所", [fig("3所", 3, measure="所")]


CASES = [*marked_loose_pairs(), *about_dash_ranges(), *signed_range_numerals(), *arabic_shares(), *decimal_rates(),
         *written_numbers(), *multiples_and_bounds(), *names_no_figures()]


@pytest.fixture(scope="module")
def read() -> dict[str, list[Fig]]:
    return read_cases(CASES)


def test_the_generators_make_each_sentence_once() -> None:
    assert len({t for t, _ in CASES}) == len(CASES) > 100


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t for t, _ in CASES])
def test_each_form_gives_its_figures(read: dict[str, list[Fig]], text: str, want: list[Fig]) -> None:
    assert same(read[text], [*want, TRAP[1]]), read[text]


@pytest.mark.parametrize("text", ["全县三、五十人", "每户补贴约2000元-约3000元", "夜间气温零下七八度", "占全市的4分之1"])
def test_a_sentence_reads_the_same_alone(read: dict[str, list[Fig]], text: str) -> None:
    """The batched reading is what the extractor gives the sentence alone: its neighbours lend it nothing."""
    assert read_alone(text) == read[text]
