"""What the blind set data/gold/news42 found: seven items (a 新华社 wire on a provincial 新闻发布会, a county's job fair,
a new 住院楼, a 年终盘点 of 1—11月, a 短评 beside national figures, an item dated by days and months, an item in
Chinese numerals): a goal due 到二〇二七年 read no year (the year regex knows Arabic digits only) and so no goal; 目前已
开放六十张 after 设置床位一百二十张 named no beds; 返乡创业人员比去年翻了一番，达到四百二十人 lost its subject past the
doubling; 可满足全县96万人口的住院需求 under a plan became a target. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_year_in_chinese_digits_dates_a_goal(extractor: Extractor) -> None:
    """到二〇二七年 is 到2027年: the goal after it is due then, and the plan word before it makes it a goal."""
    text = "本报讯 下一步，全县计划到二〇二七年，城镇新增就业累计达到六千人。"
    got = _got(_run(extractor, text, "2026-10-12", source="赤峰日报"), "role", "period")
    assert got == [("六千人", "target", "2027")]


def test_a_year_in_chinese_digits_dates_a_result(extractor: Extractor) -> None:
    """二零二五年 heading a sentence dates its figures; a count in Chinese digits with no 年 after it stays a count."""
    text = "本报讯 二零二五年，全县投入就业补助资金三〇八万元。"
    figs = _run(extractor, text, "2026-02-10", source="赤峰日报")
    assert [(f["quote"], f["value"], f["period"]) for f in figs] == [("三〇八万元", 3080000, "2025")]


def test_beds_opened_after_beds_set_up_are_beds(extractor: Extractor) -> None:
    """目前已开放六十张 names only the opening: the beds of the clause before are what it counts."""
    text = "本报讯 县中医院新建的老年病区设置床位九十张，目前已开放四十张。"
    got = _got(_run(extractor, text, "2026-10-12", source="赤峰日报"), "metric")
    assert [q for q, m in got if m.startswith("beds.")] == ["九十张", "四十张"]


def test_an_open_day_opens_no_beds(extractor: Extractor) -> None:
    """开放日 is no opening of beds: the leaflets handed out that day are things, though beds came before."""
    text = "本报讯 全县床位总数达到5600张，开放日当天发放宣传资料2000张。"
    got = _got(_run(extractor, text, "2026-10-12", source="赤峰日报"), "metric")
    assert ("2000张", "beds.total") not in got and ("5600张", "beds.total") in got


def test_the_level_after_a_doubling_keeps_its_subject(extractor: Extractor) -> None:
    """返乡创业人员比去年翻了一番，达到N人: the level the doubling brings them to counts the same people, a jobs figure."""
    text = "本报讯 今年，全县返乡创业人员比去年翻了一番，达到三百一十人。"
    got = _got(_run(extractor, text, "2026-10-12", source="赤峰日报"), "metric", "role")
    assert ("三百一十人", "jobs.other", "level") in got


def test_the_people_a_plan_serves_are_a_level(extractor: Extractor) -> None:
    """N万人口 after a plan's words is the population the project serves, not a number the plan sets."""
    text = "本报讯 新院区投用后，医院编制床位将增加到900张，可满足周边45万人口的就医需求。"
    got = _got(_run(extractor, text, "2026-08-14", source="南充日报"), "role")
    assert got == [("900张", "target"), ("45万人", "level")]
