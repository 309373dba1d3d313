"""What the blind set data/gold/news34 found: seven news items of kinds earlier sets have few of (a national agency's
figures and then several provinces', a press conference's questions and answers, a 数读 of label：figure lines, a
table pasted as text, a 评论员 article on the past five years, a progress report on the year's 民生实事, a town's
村/组/户 counts): a commentary in a paper whose name names no place (闽东日报) left its county, named by its short
form only, unplaced; 新的一年 opening a January commentary's goals gave them to the “十五五” named after them; a rate
reached (森林覆盖率达到…) under 五年来 in its own sentence took the span, not its end; a quoted works name right before
计划建设 hid the plan. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_county_short_form_places_an_item_of_a_paper_whose_name_names_no_place(extractor: Extractor) -> None:
    """闽东日报 is 宁德市's paper (places.yaml `papers`): a county of its area named by its short form in the body (是古田
    发展…) is the item's place, and 全县 after it that county."""
    text = "坚定信心 真抓实干\n\n本报评论员\n\n过去五年，是古田发展极不平凡的五年。五年来，全县地区生产总值达到286.4亿元。"
    got = _got(_run(extractor, text, "2026-01-18", source="闽东日报"), "place")
    assert ("286.4亿元", "古田县") in got


def test_the_paper_area_admits_only_its_own_province_short_forms(extractor: Extractor) -> None:
    """The paper's area lets in the short forms of its own province only: a county of another province named so
    stays no place (平江 is a county of Hunan)."""
    text = "奋勇争先\n\n本报评论员\n\n过去五年，是平江发展极不平凡的五年。五年来，全县地区生产总值达到186.4亿元。"
    got = _got(_run(extractor, text, "2026-01-18", source="闽东日报"), "place")
    assert ("186.4亿元", None) in got or ("186.4亿元", "") in got


def test_new_year_opens_the_goals_of_the_documents_year(extractor: Extractor) -> None:
    """新的一年，全县将… in a January commentary: the goals are of the document's year, not of the plan period that
    the sentence names after them."""
    text = "本报讯 新的一年，全县将力争地区生产总值增长6%左右，城镇新增就业1800人以上，开好“十五五”新局。"
    got = _got(_run(extractor, text, "2026-01-22", source="宁德日报"), "role", "period")
    assert got == [("6%左右", "target", "2026"), ("1800人以上", "target", "2026")]


def test_a_rate_reached_under_five_years_in_its_sentence_is_of_the_span_end(extractor: Extractor) -> None:
    """五年来，…，森林覆盖率达到71.5%: a rate reached is a state at the span's end; the farmland built over the years
    after it keeps the span, and a rate held (保持在) too."""
    text = ("本报讯 五年来，全县坚持生态优先，森林覆盖率达到71.5%，累计建成高标准农田3.4万亩，"
            "空气质量优良天数比例保持在98%以上。")
    got = [g for g in _got(_run(extractor, text, "2026-01-15", source="宁德日报"), "period") if g[0] != "五年"]
    assert got == [("71.5%", "2025"), ("3.4万亩", "2021-2025"), ("98%以上", "2021-2025")]


def test_a_quoted_works_name_before_jihua_jianshe_is_planned(extractor: Extractor) -> None:
    """社区“暖心驿站”计划建设15座，已建成9座: the quote closes the works' name, 计划建设 plans them; a programme named
    in quotes before 计划 (“三支一扶”计划招募120人) stays the programme's count."""
    text = "本报讯 今年，城区“暖心驿站”计划建设15座，已建成9座。"
    got = _got(_run(extractor, text, "2026-09-10", source="三明日报"), "role")
    assert got == [("15座", "target"), ("9座", "level")]
    got = _got(_run(extractor, "本报讯 今年，全县“三支一扶”计划招募120人。", "2026-09-10", source="三明日报"), "role")
    assert got == [("120人", "level")]
