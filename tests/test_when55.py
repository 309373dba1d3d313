"""What the blind set data/gold/when55 found: five items on when and where (a 兵团 师市's January review of 2025 with
前年, “十四五”期间/以来 and a “十五五” goal, a 旗's 1—10月 and 前三季度 with 环比 and 全区/全国 figures quoted, a 高新区's
1—11月 beside an 经开区's with 近三年 and 2021—2025年, a county's school year 2025—2026学年 with its 州's, 省's and 全国's
rates, a 县级市's March item on last year with 农场, 林区 and a 街道): a school year (2025—2026学年) was read as no time
at all, its figures dated by the document's month, and a rate reached in one (学年…达到91.3%) as of its last year
alone; 近三年 in a March item after 今年1—2月 ran to the document's year, which has barely begun. The lowest period
score of news22 showed a goal at a road's construction peak dated by the year the road opens. Sentences invented, in
the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_school_year_dates_the_figures_of_its_term(extractor: Extractor) -> None:
    """2025—2026学年秋季学期开学，全县在校学生4.2万人 in an item of September 2025: the school year, 2025-2026 (periods.yaml
    year reads 学年 after two years as 年), not the document's month, which a text naming no time would take."""
    text = "本报讯 9月1日，甲县各级各类学校迎来2025—2026学年秋季学期开学，全县在校学生4.2万人，专任教师2860人。"
    got = _got(_run(extractor, text, "2025-09-03", source="某某日报"), "period")
    assert got == [("4.2万人", "2025-2026"), ("2860人", "2025-2026")]


def test_a_rate_reached_in_a_school_year_or_a_season_is_of_all_of_it(extractor: Extractor) -> None:
    """2024—2025学年，…毛入园率达到90.6% and 2024/25年榨季，…入榨量增至118万吨: a level reached in a stretch across the
    year's turn is of the whole of it (periods.yaml season_marks, season_after), while a level a span of two calendar
    years grew to is of its last year, and a from–to pair over it takes both ends."""
    text = "本报讯 2024—2025学年，全县学前三年毛入园率达到90.6%，高中阶段毛入学率提高到88.2%。"
    got = _got(_run(extractor, text, "2025-09-10", source="某某日报"), "period")
    assert got == [("90.6%", "2024-2025"), ("88.2%", "2024-2025")]
    text = "本报讯 2024/25年榨季，全县甘蔗入榨量增至118万吨。"
    assert _got(_run(extractor, text, "2025-05-10", source="某某日报"), "period") == [("118万吨", "2024-2025")]
    text = "本报讯 2022—2023年，全县养老床位由800张增至1200张。2022—2023年，全县养老机构增至36家。"
    got = _got(_run(extractor, text, "2024-05-10", source="某某日报"), "period")
    assert got == [("800张", "2022"), ("1200张", "2023"), ("36家", "2023")]


def test_the_years_up_to_now_in_a_spring_item_are_the_full_years_before(extractor: Extractor) -> None:
    """近三年，全市累计… after 今年1—2月，… in an item of March 2026: the three full years before (2023-2025), as where the
    text names no year of its own; by September enough of the year is over to count it (2024-2026)."""
    text = ("本报讯 去年，全市城镇新增就业5120人。今年1—2月，全市城镇新增就业610人。"
            "近三年，全市累计帮扶就业困难人员再就业1280人。")
    got = _got(_run(extractor, text, "2026-03-12", source="某某日报"), "period")
    assert got[-1] == ("1280人", "2023-2025")
    text = text.replace("1—2月", "1—8月").replace("610人", "4380人")
    got = _got(_run(extractor, text, "2026-09-12", source="某某日报"), "period")
    assert got[-1] == ("1280人", "2024-2026")


def test_a_goal_at_the_peak_of_works_is_not_due_when_they_end(extractor: Extractor) -> None:
    """计划2027年建成通车；施工高峰期需用工约600人: the labour the works need at their peak is due then, a time the
    sentence does not name (periods.yaml undated_after), not in the year the road opens; without the peak named the
    goal after the semicolon keeps that year."""
    text = "本报讯 该工程将新建二级公路36.5公里，计划2027年建成通车；施工高峰期需用工约600人。"
    got = dict(_got(_run(extractor, text, "2026-05-20", source="某某日报"), "period"))
    assert got["约600人"] in ("", None)
    text = "本报讯 该工程将新建二级公路36.5公里，计划2027年建成通车；届时将新增就业岗位600个。"
    got = dict(_got(_run(extractor, text, "2026-05-20", source="某某日报"), "period"))
    assert got["600个"] == "2027"


def test_a_school_year_counted_from_the_document_turns_in_september(extractor: Extractor) -> None:
    """本学年 in an item of December 2025 is 2025-2026, in one of May 2026 still 2025-2026, and 上一学年 the one before
    (periods.yaml school_years); 2024-2025学年度 is that school year, its 年度 no year-word of its own (not_times)."""
    text = "本报讯 本学年，全市中小学新增学位8200个。上一学年，全市在校生31.8万人。"
    for published in ("2025-12-20", "2026-05-20"):
        got = _got(_run(extractor, text, published, source="某某日报"), "period")
        assert got == [("8200个", "2025-2026"), ("31.8万人", "2024-2025")]
    got = _got(_run(extractor, text, "2026-10-20", source="某某日报"), "period")
    assert got == [("8200个", "2026-2027"), ("31.8万人", "2025-2026")]
    text = "本报讯 据统计，2024-2025学年度全县共有在校学生3.6万人，专任教师2900人。"
    got = _got(_run(extractor, text, "2025-08-20", source="某某日报"), "period")
    assert got == [("3.6万人", "2024-2025"), ("2900人", "2024-2025")]


def test_the_prefecture_and_league_words_name_no_county_level_city(extractor: Extractor) -> None:
    """全州 after an item on 延吉市 is 延边朝鲜族自治州 and 全盟 after 锡林浩特市 is 锡林郭勒盟 (places.yaml
    area_word_endings), where 全市 stays the county-level city."""
    text = "本报讯 截至11月底，延吉市城镇新增就业8650人，全市新增市场主体3200户。全州城镇新增就业3.2万人。"
    got = _got(_run(extractor, text, "2025-12-05", source="某某日报"), "place")
    assert got == [("8650人", "延吉市"), ("3200户", "延吉市"), ("3.2万人", "延边朝鲜族自治州")]
    text = "本报讯 前三季度，锡林浩特市城镇新增就业4200人。全盟城镇新增就业1.2万人。"
    got = _got(_run(extractor, text, "2025-10-25", source="某某日报"), "place")
    assert got == [("4200人", "锡林浩特市"), ("1.2万人", "锡林郭勒盟")]


def test_a_clause_of_nothing_but_an_earlier_year_counts_what_the_figure_before_counts(extractor: Extractor) -> None:
    """去年全县城镇新增就业6120人，前年为5860人 in a January item: the value of the year before last of the same count
    (context.yaml list_item), jobs and 2024, as 去年同期为… is; a clause that names its own count keeps it."""
    text = "本报讯 去年全县城镇新增就业6120人，前年为5860人。去年全县城镇调查失业率为4.8%，2024年为5.1%。"
    got = _got(_run(extractor, text, "2026-01-12", source="某某日报"), "metric", "period")
    assert got == [("6120人", "jobs.urban_new", "2025"), ("5860人", "jobs.urban_new", "2024"),
                   ("4.8%", "jobs.unemployment_rate", "2025"), ("5.1%", "jobs.unemployment_rate", "2024")]
    text = "本报讯 去年全县城镇新增就业6120人，前年接待游客为58万人次。"
    got = _got(_run(extractor, text, "2026-01-12", source="某某日报"), "metric")
    assert got[1] == ("58万人次", "quantity.tourist_visits")
