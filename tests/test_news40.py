"""What the blind set data/gold/news40 found: seven news items of kinds earlier sets have few of (a 中新网 wire on a
provincial department's half-year press conference, a 县融媒体中心 item of 【小标题】 runs in Chinese numerals, a
month's data with 同比/环比 and 1—10月 累计, a 春风行动 job fair, a 乡村振兴 item naming 村 and 镇, an item with a
qualifier in every sentence, a 民生实事 progress item): 将陆续举办 read 陆 (a financial six) as the number 将 marks
as its object, so the plan became a level; labour stations a county sets up in another province (在广东佛山、东莞等地设立…,
在浙江宁波、广东东莞等地设立…) were placed in that province, or nowhere, with the figures after them in the sentence.
Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_plan_with_an_adverb_opening_on_a_financial_digit_is_a_target(extractor: Extractor) -> None:
    """某县将陆续举办招聘活动20场: 陆 of 陆续 is a word's character, not the number 将 marks as its object (将3个项目列为…
    still cancels the cue)."""
    got = _got(_run(extractor, "本报讯 今年，某县将陆续举办各类招聘活动20场。", "2026-02-20", source="某某日报"), "role")
    assert got == [("20场", "target")]
    got = _got(_run(extractor, "本报讯 去年，某县将3个项目列为重点项目。", "2026-02-20", source="某某日报"), "role")
    assert got == [("3个", "level")]


def test_stations_a_county_sets_up_in_another_province_are_the_countys(extractor: Extractor) -> None:
    """宾阳县…，在广东佛山、东莞等地设立劳务工作站5个: the county acts there; the stations are its own, not 广东省's."""
    text = "本报讯 宾阳县持续打造劳务品牌，在广东佛山、东莞等地设立劳务工作站5个。"
    got = _got(_run(extractor, text, "2026-04-20", source="南宁日报"), "place")
    assert got == [("5个", "宾阳县")]


def test_a_list_of_provinces_where_an_office_acts_leaves_its_sentence_the_countys(extractor: Extractor) -> None:
    """县人社局还在浙江宁波、广东东莞等地设立劳务协作站4个，…专车46趟: places in two provinces where the county's office
    acts name no place of the figures, there or after them in the sentence."""
    text = "德江县今年举办招聘会12场。县人社局还在浙江宁波、广东东莞等地设立劳务协作站4个，开行返岗专车46趟。"
    got = _got(_run(extractor, text, "2026-02-24", source="铜仁日报"), "place")
    assert got == [("12场", "德江县"), ("4个", "德江县"), ("46趟", "德江县")]


def test_a_part_of_the_area_where_units_are_set_up_places_them(extractor: Extractor) -> None:
    """我市在渝中区设立服务站5个 in the city's paper: the district is inside the city, where the units stand; the same
    words with a place outside the city put the units with the city that acts."""
    got = _got(_run(extractor, "本报讯 今年，我市在渝中区设立就业服务站5个。", "2026-04-20", source="重庆日报"), "place")
    assert got == [("5个", "渝中区")]
    got = _got(_run(extractor, "本报讯 今年，我市在四川成都设立就业服务站5个。", "2026-04-20", source="重庆日报"), "place")
    assert got == [("5个", "重庆市")]


def test_the_same_place_named_again_after_the_link_stays_away(extractor: Extractor) -> None:
    """在浙江宁波设立劳务协作站4个；在宁波举办专场招聘会12场: where the county's office acts, it goes on acting."""
    text = "德江县今年转移就业1.2万人。县人社局在浙江宁波设立劳务协作站4个；在宁波举办专场招聘会12场。"
    got = _got(_run(extractor, text, "2026-02-24", source="铜仁日报"), "place")
    assert got == [("1.2万人", "德江县"), ("4个", "德江县"), ("12场", "德江县")]
