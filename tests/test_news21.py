"""What the blind set data/gold/news21 found: eight items on beds and jobs in the shapes officials write them (铅山's
quarterly jobs release, 乐亭's job fair, 宾川's training, 永登's beds, 安丘's new hospital campus, 兴山's elderly care,
罗甸's rural jobs, 巩义's graduates): a government site's headline over a body with no dateline read as a subheading
(its figure kept the document's date, not the body's year), the from end of a pair a plan word governs read as a goal
(将由150张增加到300张), funds 争取 brought in this year read as sought though compared year on year, the founding year
of a hospital dating its staff, sessions counted after 班次 dropped as a phase, a county's share of the city's new
jobs left without a metric, a partner city named after its province (与广东省东莞市) taken as the place of the
figures after it, and a county hospital's headline in the city paper leaving 全市 the city's. Sentences invented,
in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_site_headline_over_a_body_with_no_dateline_takes_the_bodys_year(extractor: Extractor) -> None:
    """A government site's item opens on its headline and then the text, with no 本报讯: the headline is still the
    article's, and its figure, naming no time, is of the year of the body's figure it restates."""
    text = ("临洮县每千人口医疗卫生机构床位数达5.84张\n"
            "近日，记者从县卫健局获悉，截至2025年底，全县共有医疗卫生机构296个，其中乡镇卫生院18个、村卫生室251个。"
            "全县实际开放床位1860张，每千人口医疗卫生机构床位数由2020年的4.51张提高到5.84张。\n"
            "今年，县人民医院新增ICU床位10张，县中医院新增康复床位40张，全县在建医疗卫生项目总投资3.6亿元。")
    got = _got(_run(extractor, text, "2026-04-18", source="临洮县卫生健康局"), "period")
    assert got[0] == ("5.84张", "2025") and ("4.51张", "2020") in got and ("10张", "2026") in got


def test_the_from_end_of_a_planned_pair_is_the_level_the_plan_starts_from(extractor: Extractor) -> None:
    """建成后编制床位将由200张增加到450张: the plan word governs the pair, whose to end is the goal; its from end is
    the beds there are now, a level."""
    text = "本报讯 县妇幼保健院迁建项目今年开工，建成后编制床位将由200张增加到450张。"
    got = _got(_run(extractor, text, "2026-06-10", source="某某日报"), "role")
    assert got == [("200张", "level"), ("450张", "target")]


def test_funds_secured_and_compared_year_on_year_are_no_plan(extractor: Extractor) -> None:
    """今年全县争取上级资金…，同比增长…: a growth on the same period of last year is of what came in; with no such
    comparison 争取 still plans (争取上级资金3000万元以上)."""
    text = ("本报讯 今年全县争取中央和省级就业补助资金2360万元，同比增长12.4%，其中用于公益性岗位补贴980万元。"
            "明年，全县将争取上级资金3000万元以上。")
    got = _got(_run(extractor, text, "2026-11-05", source="某某日报"), "role")
    assert got == [("2360万元", "level"), ("12.4%", "change"), ("980万元", "level"), ("3000万元以上", "target")]


def test_the_year_a_hospital_was_founded_dates_no_figure(extractor: Extractor) -> None:
    """医院始建于1952年，…现有职工980人: the founding year dates the unit; the staff it has now are of the
    document's time."""
    text = "本报讯 县人民医院始建于1952年，是一所二级甲等综合医院，现有职工980人，去年出院患者2.6万人次。"
    got = _got(_run(extractor, text, "2026-09-01", source="某某日报"), "period")
    assert got == [("980人", "2026-09"), ("2.6万人次", "2025")]


def test_sessions_counted_after_the_word_for_them_are_a_count(extractor: Extractor) -> None:
    """开设…班次48期: sessions counted, as 培训班48期 is; 二期工程 stays a phase."""
    text = "本报讯 县人社局开设家政服务、电工等工种班次48期，医院二期工程新增床位300张。"
    got = _got(_run(extractor, text, "2026-07-08", source="某某日报"), "measure")
    assert got == [("48期", "期"), ("300张", "张")]


def test_a_countys_share_of_the_citys_new_jobs_counts_jobs(extractor: Extractor) -> None:
    """某市城镇新增就业3.6万人，某县占全市的8.2%: the share the county's clause gives is of the jobs before it."""
    text = "本报讯 前三季度，宜春市城镇新增就业3.6万人，铜鼓县占全市的8.2%。"
    got = _got(_run(extractor, text, "2026-10-20", source="某某日报"), "metric")
    assert got[1][0] == "8.2%" and got[1][1].startswith("jobs.")


def test_a_partner_city_after_its_province_is_no_place_of_the_figures(extractor: Extractor) -> None:
    """某县与浙江省宁波市建立劳务协作机制，今年已组织…赴宁波务工: the city named after 与 and its province is a
    partner, as the province alone would be; the county keeps the figures."""
    text = "本报讯 台江县与浙江省宁波市建立东西部劳务协作机制，今年已组织4批次、860余人赴宁波务工。"
    got = _got(_run(extractor, text, "2026-08-05", source="黔东南日报"), "place")
    assert got == [("4批次", "台江县"), ("860余人", "台江县")]


def test_a_county_hospitals_headline_in_the_city_paper_places_the_article(extractor: Extractor) -> None:
    """A city paper's item whose headline names one unit, a county's hospital, is that county's: its 全市 is the
    county-level city, not the paper's city."""
    text = ("诸城市人民医院东院区启用 新增床位600张\n"
            "9月8日，诸城市人民医院东院区正式启用，首批8个临床科室完成搬迁，开放床位600张。\n"
            "东院区总投资9.6亿元，设有重症医学科床位30张。全市医疗卫生机构床位达到4980张。")
    got = _got(_run(extractor, text, "2026-09-10", source="潍坊日报"), "place")
    assert got[-1] == ("4980张", "诸城市") and {p for _, p in got} == {"诸城市"}
