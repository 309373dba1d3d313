"""What the blind set data/gold/news50 found: six news items of kinds from 黑龙江, 江西, 甘肃, 福建 and 广西 (a 县人民医院's
new ward block with 编制床位 由300张增至500张 and 每千人口床位数, a 区人社局's half year of jobs against the year's goals, a
帮扶车间 with small counts and 人均月增收, a 春风行动 job fair with posts and 意向, a 县长 interview of last year's results
and this year's goals, a national paper's 简讯 column of three counties of three provinces): in the column, 全县 in the
second and third items was read as the first item's 市, the place the body named first standing for the article; a
quotation's 一季度要招工150人 read as a level, and the money of a second round still to be paid
(第二批补贴资金800万元将于7月上旬发放) read as paid. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_COLUMN = """各地简讯

【铁力市】今年以来，铁力市新建高标准农田3.1万亩，总投资6200万元。

【修水县】今年以来，修水县持续开展消费券发放活动，截至目前，全县共发放消费券900万元。

【隆林各族自治县】截至5月底，隆林各族自治县今年已接待游客156万人次。全县现有星级农家乐42家。"""


def test_a_whole_county_word_in_a_column_item_is_that_items_county(extractor: Extractor) -> None:
    """A national paper's column (a source and a headline naming no place) has no area of its own: the first place
    its body names stands for it only until another item names its own county, whose 全县 it is, in the same
    sentence (…修水县持续开展…，全县共发放…) or the next (…隆林各族自治县今年已接待…。全县现有…), though it lies in
    another province than the first item's."""
    got = _got(_run(extractor, _COLUMN, "2026-06-12", source="农民日报"), "place")
    assert got == [("3.1万亩", "铁力市"), ("6200万元", "铁力市"), ("900万元", "修水县"),
                   ("156万人次", "隆林各族自治县"), ("42家", "隆林各族自治县")]


def test_a_county_of_another_province_does_not_take_the_articles_own_whole(extractor: Extractor) -> None:
    """Where the article has an area of its own (a county's media centre), a county of another province named as the
    subject of a clause (沭阳县企业来泰来县招聘) leaves 全县 the article's."""
    text = "本县讯 今年以来，沭阳县企业来泰来县招聘，全县新增转移就业1200人。"
    got = _got(_run(extractor, text, "2026-06-12", source="泰来县融媒体中心"), "place")
    assert got == [("1200人", "泰来县")]


def test_hiring_a_part_of_the_year_ahead_must_bring_is_a_goal(extractor: Extractor) -> None:
    """一季度要招工120人 in a firm's words at a February fair: 要 and a verb of hiring after a part of the year, as after
    the year (今年全县要新培育…), a goal; the clause after it that opens on the day of the news (今天上午就收到简历…)
    reports what the day brought; 一季度要素保障… has no verb after 要 and reports results."""
    text = "本报讯 “今年厂里扩产，一季度要招工120人，今天上午就收到简历60多份。”一家企业负责人说。"
    got = _got(_run(extractor, text, "2026-02-25", source="三明日报"), "role")
    assert got == [("120人", "target"), ("60多份", "level")]
    text = "本报讯 一季度要素保障有力，全县新增市场主体1200户。"
    got = _got(_run(extractor, text, "2026-04-25", source="三明日报"), "role")
    assert got == [("1200户", "level")]


def test_money_still_to_be_paid_out_is_a_plan(extractor: Extractor) -> None:
    """第二批补贴资金500万元将于8月中旬发放: 将于 right after the figure, with the paying out still to come, a plan; 已于 5月
    发放 reports money paid, and the total paid so far before it stays a level."""
    text = "本报讯 今年以来，全县共发放补贴资金900万元。据悉，第二批补贴资金500万元将于8月中旬发放。"
    got = _got(_run(extractor, text, "2026-06-12", source="九江日报"), "role")
    assert got == [("900万元", "level"), ("500万元", "target")]
    text = "本报讯 首批补贴资金400万元已于5月发放，惠及群众3200人。"
    got = _got(_run(extractor, text, "2026-06-12", source="九江日报"), "role")
    assert got == [("400万元", "level"), ("3200人", "level")]
