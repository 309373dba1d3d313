"""What the blind set data/gold/news9 found: news items of 2020-2022 on firms returning to work, donations
of masks and money, job support for firms, the end of poverty counties, consumption vouchers and live
selling, vaccination, jobs and graduates, field hospitals and isolation rooms, from Hubei, Sichuan,
Shandong, Henan, Fujian, Guangdong and Inner Mongolia; four of them with page damage. Sentences invented,
in the style of such items; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_pairs_of_goggles_and_test_tubes_are_measures(extractor: Extractor) -> None:
    """护目镜8600副 (pairs) and 单日检测能力36万管 (sample tubes) are counts; 副县长 and 管网 are words."""
    text = "本报讯 全市接收护目镜8600副，3名副县长带队检查；单日检测能力达到36万管，新建供水管网3万米。"
    assert _got(_run(extractor, text, "2022-04-12"), "value", "measure") == [
        ("8600副", 8600, "副"), ("3名", 3, "名"), ("36万管", 360000, "管"), ("3万米", 30000, "米")]


def test_firms_before_small_and_micro_are_counted(extractor: Extractor) -> None:
    """1380家中小微企业: 家 before 中小 counts firms (no 家中, at home)."""
    text = "本报讯 全市共有1380家中小微企业开展以工代训，参训职工4.2万人。"
    assert _got(_run(extractor, text, "2020-06-16"), "value", "measure") == [
        ("1380家", 1380, "家"), ("4.2万人", 42000, "人")]


def test_supermarkets_are_no_bound(extractor: Extractor) -> None:
    """商超2860家次: 超 ends 商超 (supermarkets), no 超 (over) before the number; 超市超1200家 is one."""
    text = "本报讯 累计检查药店、商超2860家次，全市超市超1200家。"
    assert _got(_run(extractor, text, "2020-02-18"), "qualifier") == [
        ("2860家次", "exact"), ("超1200家", "lower_bound")]


def test_a_plan_built_on_what_there_is_stays_a_plan(extractor: Extractor) -> None:
    """将在现有基础上再储备…: 现有 names the base of the plan, not a result now; 现有 alone still is one."""
    text = "本报讯 全市将在现有基础上再储备隔离房间1000间以上。全市现有集中隔离点32个。"
    assert _got(_run(extractor, text, "2022-04-12"), "role") == [("1000间以上", "target"), ("32个", "level")]


def test_an_office_of_the_city_acting_is_the_citys(extractor: Extractor) -> None:
    """市红十字会已拨付… after a county's sentence: an office named by its level letter acts for the city."""
    text = ("本报讯 全市接收口罩116万只。射洪市一家药企已调拨酒精120吨；蓬溪县民营企业家协会捐赠善款860万元。"
            "市红十字会已拨付款物价值9700余万元，拨付率达82.4%。")
    assert _got(_run(extractor, text, "2020-02-18", source="遂宁日报"), "place") == [
        ("116万只", "遂宁市"), ("120吨", "射洪市"), ("860万元", "蓬溪县"), ("9700余万元", "遂宁市"), ("82.4%", "遂宁市")]


def test_people_taken_into_work_are_jobs(extractor: Extractor) -> None:
    """到岗员工, 上岗 count people at work again (复工复产 reports): jobs."""
    text = "本报讯 全市规上工业企业复工312户，到岗员工5.6万人，返乡人员就近上岗1.3万人。"
    got = dict(_got(_run(extractor, text, "2020-02-18"), "metric"))
    assert got["5.6万人"].startswith("jobs.") and got["1.3万人"].startswith("jobs.")


def test_a_spaced_number_broken_before_its_last_digit_runs_on(extractor: Extractor) -> None:
    """1 5 . | ␣8 亿元: the space before the last digit is the gap that fell at the line break, no indent
    opening a paragraph (which left 8亿元, a wrong value)."""
    text = "本报讯 4月份，全市汽车类零售额 1 5 .\n 8 亿元，环比增长46%。"
    assert _got(_run(extractor, text, "2020-05-12"), "value") == [("15.8亿元", 1580000000), ("46%", 46)]


def test_a_month_deadline_ahead_is_a_goal_though_cumulative(extractor: Extractor) -> None:
    """力争…，9月底前全市累计接种突破300万剂次: a month's deadline is a goal; 累计 in its own clause names
    what the goal counts, no result; 截至9月底 (a result as of then) and 已 stay levels."""
    text = ("本报讯 市指挥部要求，力争8月底前接种率达到95%以上，9月底前全市累计接种突破300万剂次。"
            "截至9月底，全县累计接种12万剂次，9月底前已完成接种11万剂次。")
    assert _got(_run(extractor, text, "2021-08-17"), "role") == [
        ("95%以上", "target"), ("突破300万剂次", "target"), ("12万剂次", "level"), ("11万剂次", "level")]


def test_a_bound_after_the_rates_change_holds_the_rate(extractor: Extractor) -> None:
    """失业率为2.38%，比上季度末下降0.12个百分点，控制在3.5%以内: the bound is the rate's, past its change."""
    text = "本报讯 全市城镇登记失业率为2.38%，比上季度末下降0.12个百分点，控制在3.5%以内。"
    assert _got(_run(extractor, text, "2021-07-20"), "metric") == [
        ("2.38%", "jobs.unemployment_rate"), ("0.12个百分点", "jobs.unemployment_rate"),
        ("3.5%以内", "jobs.unemployment_rate")]


def test_people_taken_into_work_past_their_workplace_are_jobs(extractor: Extractor) -> None:
    """引导1.3万名返乡人员在县内企业上岗: 上岗 names the count across its noun and workplace."""
    text = "本报讯 全县引导1.3万名返乡人员在县内企业上岗。"
    assert _got(_run(extractor, text, "2020-03-05"), "topic") == [("1.3万名", "jobs")]


def test_a_figure_compared_with_last_year_ends_a_carried_span(extractor: Extractor) -> None:
    """“十三五”以来 carried on: 累计 totals are over the span, 外出务工18.6万人，比上年增加1.2万人 this year's."""
    text = ("本报讯 “十三五”以来，全市累计投入扶贫资金126.5亿元。\n"
            "全市累计发放小额信贷46.8亿元。\n"
            "全市贫困劳动力外出务工18.6万人，比上年增加1.2万人；新建扶贫车间128个。")
    assert _got(_run(extractor, text, "2020-11-24"), "period") == [
        ("126.5亿元", "2016-2020"), ("46.8亿元", "2016-2020"), ("18.6万人", "2020"), ("1.2万人", "2020"),
        ("128个", "2016-2020")]


def test_a_placement_rate_written_short_is_the_graduates(extractor: Extractor) -> None:
    """已落实去向的9860人，落实率70.4%: 落实率 short for 去向落实率 after the count placed; 政策落实率 is none."""
    text = "本报讯 全市高校毕业生约1.4万人，截至6月底已落实去向的9860人，落实率70.4%。全市政策落实率达到95%。"
    got = dict(_got(_run(extractor, text, "2021-07-20"), "metric"))
    assert got["70.4%"] == "jobs.graduate_employment_rate" and not got["95%"].startswith("jobs.")


def test_a_registration_rate_of_graduates_without_work_is_jobs(extractor: Extractor) -> None:
    """离校未就业高校毕业生…，实名登记率达到100%: the graduates named before it make the rate a jobs figure."""
    text = "本报讯 全市离校未就业高校毕业生约3400人，截至11月底，实名登记率达到100%，就业率达到92.6%。"
    got = dict(_got(_run(extractor, text, "2025-12-10"), "topic"))
    assert got["100%"] == "jobs" and got["92.6%"] == "jobs"
