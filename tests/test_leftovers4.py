"""Place, period and metric causes left across the gold sets (stop 24): short and old names, a
county name inside a level word, papers whose names name no place, a level a span grew to, the parts
of a figure, a goal compared from its clause's head, a share of job posts.

Sentences are short inventions; expectations are worked out by hand from GUIDE.md.
"""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_short_names_of_leagues_and_prefectures_are_their_areas(extractor: Extractor) -> None:
    """锡盟, 博州, 巴州: the short names papers write for 锡林郭勒盟 and the autonomous prefectures."""
    text = "本报讯 锡盟新增就业1.2万人。博州新增就业3000人，巴州新增就业5000人。"
    assert _got(_run(extractor, text, "2024-05-01"), "place") == [
        ("1.2万人", "锡林郭勒盟"), ("3000人", "博尔塔拉蒙古自治州"), ("5000人", "巴音郭楞蒙古自治州")]


def test_a_county_by_its_old_name_is_the_district_it_became(extractor: Extractor) -> None:
    """开县 (开州区 since 2016) in a Chongqing item: the district, a county's short form inside its province."""
    text = "本报讯 开县新增养老床位300张。"
    assert _got(_run(extractor, text, "2015-05-01", source="重庆日报"), "place") == [("300张", "开州区")]


def test_a_two_character_county_inside_a_level_word_is_no_place(extractor: Extractor) -> None:
    """市和县级医院: 县级 is a level of hospitals, no 和县; 马鞍山市和县 still names the county."""
    text = "本报讯 全市市和县级医院新增床位300张。马鞍山市和县新增床位200张。"
    assert _got(_run(extractor, text, "2024-05-01", source="昭通日报"), "place") == [
        ("300张", "昭通市"), ("200张", "和县")]


def test_a_paper_whose_name_names_no_place_is_of_its_province(extractor: Extractor) -> None:
    """大众日报 … 全省…: Shandong's paper; an item whose dateline names a city is that city's; its 全市
    alone names no city."""
    text = "城镇新增就业创新高\n本报讯 今年以来，全省城镇新增就业60.2万人。"
    assert _got(_run(extractor, text, "2024-06-01", source="大众日报"), "place") == [("60.2万人", "山东省")]
    city = "本报讯 今年以来，全市城镇新增就业3.2万人。"
    assert _got(_run(extractor, city, "2024-06-01", source="大众日报"), "place") == [("3.2万人", None)]
    filed = "本报菏泽6月1日讯 今年以来，全市城镇新增就业3.2万人。"
    assert _got(_run(extractor, filed, "2024-06-01", source="大众日报"), "place") == [("3.2万人", "菏泽市")]


def test_a_level_a_span_grew_to_is_of_its_last_year(extractor: Extractor) -> None:
    """“十四五”以来，…增至58家: the level at the span's end (2025), its 其中 part too; a flow over the
    span (新增就业) and a from–to pair keep their spans and ends."""
    text = ("本报讯 “十四五”以来，全市A级旅游景区增至58家，其中4A级以上景区24家。"
            "“十四五”以来，全市累计新增就业8.1万人。")
    assert _got(_run(extractor, text, "2025-05-06"), "period") == [
        ("58家", "2025"), ("24家", "2025"), ("8.1万人", "2021-2025")]


def test_a_part_naming_its_own_time_keeps_it(extractor: Extractor) -> None:
    """床位3000张，其中2023年新增500张: the part names its own year."""
    text = "本报讯 2024年全市养老床位3000张，其中2023年新增500张。"
    assert _got(_run(extractor, text, "2024-12-06"), "period") == [("3000张", "2024"), ("500张", "2023")]


def test_a_goal_compared_from_the_head_of_its_clause_is_the_rates(extractor: Extractor) -> None:
    """失业率为4.9%，低于年初确定的5.5%以内的调控目标: the goal the rate is compared with, words between;
    it keeps the bound it states (以内)."""
    text = "本报讯 9月末，全市城镇调查失业率为4.9%，低于年初确定的5.5%以内的调控目标。"
    assert _got(_run(extractor, text, "2025-10-28"), "metric", "qualifier", "role") == [
        ("4.9%", "jobs.unemployment_rate", "exact", "level"),
        ("5.5%以内", "jobs.unemployment_rate", "upper_bound", "target")]


def test_a_share_of_job_posts_is_jobs(extractor: Extractor) -> None:
    """其中面向高校毕业生的岗位占比不低于百分之四十: a share of the posts offered, a jobs figure."""
    text = "本报讯 预计提供岗位3.5万个，其中面向高校毕业生的岗位占比不低于百分之四十。"
    assert _got(_run(extractor, text, "2025-10-28"), "metric") == [
        ("3.5万个", "jobs.posts"), ("不低于百分之四十", "jobs.posts_share")]


def test_an_area_word_before_places_of_other_provinces_keeps_the_figure(extractor: Extractor) -> None:
    """全市在浙江、广东、江苏等地设立工作站32个: the city acts there, its figure; a list alone gives no place."""
    text = ("本报讯 全市在浙江、广东、江苏等地设立驻外劳务工作站32个，今年以来帮助1.8万余名务工人员解决欠薪。"
            "浙江、广东、江苏三省共设立工作站12个。")
    assert _got(_run(extractor, text, "2025-06-24", source="昭通日报"), "place") == [
        ("32个", "昭通市"), ("1.8万余名", "昭通市"), ("12个", None)]


def test_a_change_against_a_year_before_a_span_to_now_is_of_now(extractor: Extractor) -> None:
    """“十四五”以来，…较2020年增加2.4平方米: the area now against 2020 (2025); a span of past years keeps its
    span (2019-2023年，…较2018年增长50%), a yearly average too."""
    text = ("本报讯 “十四五”以来，全市教育投入年均增长9.2%，生均校舍面积较2020年增加2.4平方米。"
            "2019-2023年，全市床位数较2018年增长50%。")
    assert _got(_run(extractor, text, "2025-09-05"), "period") == [
        ("9.2%", "2021-2025"), ("2.4平方米", "2025"), ("50%", "2019-2023")]


def test_a_headlines_round_figure_takes_the_time_of_the_body_figure_it_rounds(extractor: Extractor) -> None:
    """Headline 突破3万元 over 2024年…达到31200元 in an item of 2025: the body's year; a headline figure far
    from any of the body's keeps the document's date."""
    text = ("十八洞村村民人均纯收入突破3万元\n"
            "本报讯 记者从会上获悉，2024年，十八洞村村民人均纯收入达到31200元，同比增长8%。")
    assert _got(_run(extractor, text, "2025-08-12"), "period") == [
        ("突破3万元", "2024"), ("31200元", "2024"), ("8%", "2024")]
    far = ("村民人均纯收入突破5万元\n"
           "本报讯 记者从会上获悉，2024年，十八洞村村民人均纯收入达到31200元。")
    assert _got(_run(extractor, far, "2025-08-12"), "period") == [("突破5万元", "2025-08"), ("31200元", "2024")]
