"""What the blind set data/gold/news35 found: seven news items of kinds real city and county dailies print (a 县级市
named by a river word, five townships' figures in turn, a 开发区 of a county-level city, a 新华社 roundup of six
provinces, an item of 1 January on December, a 十四五 review with yearly averages, a half year's tourism): a pair
written without years after a pair that wrote both its ends' (由2020年的1860张增加到2025年的2730张，…；每千人口床位数由
4.86张提高到6.92张) dated its to end by the document, the span's average between them dating nothing else; people a base
takes in (吸纳周边劳动力2600人) were counted as people, not as work. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_pair_without_years_takes_both_ends_years_of_the_pair_before_it(extractor: Extractor) -> None:
    """由2020年的…增加到2025年的…, then a span's average, then 由4.86张提高到6.92张: the to end is of the to end's year of
    the pair before it, as the from end is of its from end's."""
    text = ("本报讯 全县医院床位数由2020年的2140张增加到2025年的3060张，“十四五”期间年均增长7.4%；"
            "每千人口床位数由5.12张提高到7.05张。")
    got = _got(_run(extractor, text, "2026-01-20", source="桂林日报"), "period")
    assert ("5.12张", "2020") in got and ("7.05张", "2025") in got
    assert ("3060张", "2025") in got and ("7.4%", "2021-2025") in got


def test_a_to_end_after_a_pair_that_dated_its_from_end_only_is_not_dated_by_it(extractor: Extractor) -> None:
    """由2020年的…增加到…: the pair before wrote no year for its to end, so the later pair's to end takes none of the
    pair's; the from end still takes the from end's year."""
    text = "本报讯 全县养老床位由2020年的860张增加到1420张；护理型床位由310张提高到760张。"
    got = dict(_got(_run(extractor, text, "2026-01-20", source="桂林日报"), "period"))
    assert got["310张"] == "2020"
    assert got["760张"] != "2020"


def test_a_to_end_whose_clause_names_its_own_year_keeps_it(extractor: Extractor) -> None:
    """The later pair's clause names its own year (由4.6张提高到2024年的6.1张): that year, not the pair before's."""
    text = "本报讯 全县床位数由2020年的1500张增加到2025年的2100张；每千人口床位数由4.6张提高到2024年的6.1张。"
    got = dict(_got(_run(extractor, text, "2026-01-20", source="桂林日报"), "period"))
    assert got["6.1张"] == "2024"


def test_people_a_base_takes_in_are_work(extractor: Extractor) -> None:
    """吸纳周边劳动力2600人: people a base takes into work, an employment figure; what a scenic spot takes in of
    visitors (吸纳游客) is none."""
    text = "本报讯 今年以来，全镇蔬菜基地吸纳周边劳动力2600人，景区吸纳游客12万人次。"
    got = _got(_run(extractor, text, "2026-10-22", source="运城日报"), "metric")
    assert ("2600人", "jobs.other") in got
    assert not any(q == "12万人次" and str(m).startswith("jobs.") for q, m in got)


def test_a_pair_of_the_next_sentence_runs_over_the_years_of_the_pair_before(extractor: Extractor) -> None:
    """由2020年的…增加到2025年的…。…由2.10人提高到2.86人: a pair of a sentence that names no time, after a pair of
    the sentence before that wrote both its years, is over the same years: its from end of the first, its to end of
    the last; a level of the sentence after it stays of the year carried."""
    text = ("本报讯 全县医院床位数由2020年的2140张增加到2025年的3060张。"
            "每千人口执业医师数由2.10人提高到2.86人，每千人口注册护士数达到3.35人。")
    got = _got(_run(extractor, text, "2026-01-20", source="桂林日报"), "period")
    assert [g for g in got if g[0] != "千人"] == [
        ("2140张", "2020"), ("3060张", "2025"), ("2.10人", "2020"), ("2.86人", "2025"), ("3.35人", "2025")]


def test_a_pair_of_a_later_sentence_that_names_its_own_time_keeps_it(extractor: Extractor) -> None:
    """The pair after names a time of its own (今年以来，…由12.6%提高到15.1%): the pair before dates none of it."""
    text = ("本报讯 全县医院床位数由2020年的2140张增加到2025年的3060张。"
            "今年以来，全县住院患者县域内就诊率由86.2%提高到88.5%。")
    got = dict(_got(_run(extractor, text, "2026-06-20", source="桂林日报"), "period"))
    assert got["86.2%"] != "2020"


def test_a_county_short_form_before_a_month_in_figures_places_a_headline(extractor: Extractor) -> None:
    """溧阳11月份接待游客…: a county's short form opening a headline, a month in figures right after it, is the county
    (as 溧阳上半年… was); a short form inside another word before a year stays none."""
    text = "溧阳11月份接待游客210万人次\n\n本报讯 11月份，溧阳接待游客210万人次。"
    got = _got(_run(extractor, text, "2026-12-01", source="常州日报"), "place")
    assert got == [("210万人次", "溧阳市"), ("210万人次", "溧阳市")]
    text = "河津1-9月城镇新增就业4120人\n\n本报讯 今年1-9月，全市城镇新增就业4120人。"
    got = _got(_run(extractor, text, "2026-10-12", source="运城日报"), "place")
    assert got == [("4120人", "河津市"), ("4120人", "河津市")]
