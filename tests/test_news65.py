"""What the blind set data/gold/news65 found: six news items whose figures sit on the borders of the beds and jobs
topics (渭南's 养老服务 beds beside hospital beds, 日间照料中心 and 适老化改造; 菏泽's jobs beside 培训人次, 参保人数,
招聘会 and 零就业家庭; 梧州's hospital with 编制床位, 开放床位, 床位使用率 and 平均住院日; 滁州's 稳岗返还 and 就业补贴
money; 涪陵区's graduates, 去向落实率 and 见习岗位; 林芝's 人社 briefing). Blind, one figure missed its topic: a
college's class of graduates written with its year between the college and 毕业生 (4所高校2026届毕业生1.56万人) was
read as a school's graduates, not as the cohort employment reports place. Probing the same borders found more: beds
opened beyond a hospital's allotment (超编开放160张) read as a bare count; veterans placed in posts (安置退役士兵86名)
and gig workers served (服务零工人员5.2万人次) read as people, not jobs; 床位利用率, and a goal's share done so far
(目标为5万人，目前完成率102%), read as bare rates. Sentences invented, in the style of such items."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored


def test_a_colleges_class_of_graduates_split_by_its_year_is_a_jobs_figure(extractor: Extractor) -> None:
    """高校2026届毕业生: the class year stands between the college and 毕业生; the cohort is the one 高校毕业生 names, whose
    placement the rate after it measures."""
    text = "宜宾日报讯 截至8月底，全市5所高校2026届毕业生3.2万人，去向落实率达90.8%。"
    got = _got(_run(extractor, text, "2026-09-05", source="宜宾日报"), "metric")
    assert got == [("5所", "quantity.schools"), ("3.2万人", "jobs.graduates"),
                   ("90.8%", "jobs.graduate_employment_rate")]


def test_a_vocational_colleges_class_and_its_change_are_jobs_figures(extractor: Extractor) -> None:
    """学院 names a college too (职业技术学院2026届毕业生); the change after the count measures the same cohort."""
    text = "今年，市职业技术学院2026届毕业生共2860人，比上届增加180人。"
    got = _got(_run(extractor, text, "2026-06-20", source="德阳日报"), "metric", "role")
    assert got == [("2860人", "jobs.graduates", "level"), ("180人", "jobs.graduates", "change")]


def test_a_middle_schools_class_of_graduates_is_no_jobs_figure(extractor: Extractor) -> None:
    """县一中2026届毕业生: no college in the clause, so the class is a school count, as 初中毕业生 is."""
    text = "今年，县第一中学2026届毕业生1120人，本科上线率达到82%。"
    figs = _run(extractor, text, "2026-07-01", source="德阳日报")
    assert [(f["quote"], f["metric"].startswith("jobs.")) for f in figs if f["quote"] == "1120人"] == [("1120人", False)]


def test_beds_opened_beyond_a_hospitals_allotment_are_beds(extractor: Extractor) -> None:
    """编制床位700张，超编开放160张: the clause names no bed, 超编开放 opens beds beyond those allotted, named before."""
    text = "县人民医院编制床位700张，实际开放床位860张，超编开放160张。"
    got = _got(_run(extractor, text, "2026-05-10", source="玉林日报"), "metric", "unit")
    assert got == [("700张", "beds.total", "bed"), ("860张", "beds.total", "bed"), ("160张", "beds.total", "bed")]


def test_sheets_counted_beside_beds_without_a_word_that_opens_them_are_no_beds(extractor: Extractor) -> None:
    """A 张 count in a sentence on beds whose clause opens nothing (发放宣传单2000张) stays no bed figure."""
    text = "县人民医院编制床位500张，义诊当天发放宣传单2000张。"
    figs = _run(extractor, text, "2026-05-10", source="玉林日报")
    assert [(f["quote"], "beds" in f["metric"].split(".")) for f in figs] == [("500张", True), ("2000张", False)]


@pytest.mark.parametrize(("text", "quote", "metric"), [
    # care beds and the rates of beds are beds; the centres and homes beside them are not
    ("全市建成社区日间照料中心248个，家庭养老床位3200张。", "248个", "quantity."),
    ("全市建成社区日间照料中心248个，家庭养老床位3200张。", "3200张", "beds.care"),
    ("全县养老机构护理型床位占比达到58.6%。", "58.6%", "beds.share"),
    ("全市医院病床使用率82.4%，出院者平均住院日8.2天。", "82.4%", "beds.occupancy_rate"),
    ("全市医院病床使用率82.4%，出院者平均住院日8.2天。", "8.2天", "quantity."),
    # training and fairs are jobs; insurance enrolment is not
    ("全市开展职业技能培训2.6万人次，失业保险参保人数32.1万人。", "2.6万人次", "jobs.training"),
    ("全市开展职业技能培训2.6万人次，失业保险参保人数32.1万人。", "32.1万人", "insurance."),
    ("全市举办招聘会86场，提供岗位3.2万个，达成就业意向8600人。", "3.2万个", "jobs.posts"),
    ("全市举办招聘会86场，提供岗位3.2万个，达成就业意向8600人。", "8600人", "jobs.job_seekers"),
])
def test_figures_on_the_borders_of_beds_and_jobs_name_what_they_measure(
        extractor: Extractor, text: str, quote: str, metric: str) -> None:
    """Each figure's metric begins with what it measures, whatever topic the sentence leans to."""
    figs = _run(extractor, text, "2026-09-10", source="襄阳日报")
    assert [f["metric"] for f in figs if f["quote"] == quote][0].startswith(metric)


def test_a_refund_ratio_of_job_money_is_a_percent_not_a_jobs_figure(extractor: Extractor) -> None:
    """稳岗返还资金 is job money counted in yuan; the ratio refunded (返还比例60%) measures the refund, not a job."""
    text = "全市向8600户企业发放稳岗返还资金6200万元，中小微企业返还比例为60%。"
    figs = {f["quote"]: f for f in _run(extractor, text, "2026-07-16", source="滁州日报")}
    assert figs["6200万元"]["unit"] == "CNY"
    assert figs["60%"]["unit"] == "percent" and not figs["60%"]["metric"].startswith("jobs.")


def test_veterans_placed_are_a_jobs_figure_and_people_sheltered_are_not(extractor: Extractor) -> None:
    """安置退役士兵86名: a veteran's placement is the post found for him; 转移安置受灾群众 is shelter, no job."""
    text = "今年，全县妥善安置退役士兵86名；汛期紧急转移安置受灾群众2300人。"
    figs = _run(extractor, text, "2026-09-10", source="德阳日报")
    assert [(f["quote"], f["metric"].startswith("jobs.")) for f in figs] == [("86名", True), ("2300人", False)]


def test_beds_put_to_use_are_a_rate_of_beds(extractor: Extractor) -> None:
    """床位利用率 is 床位使用率 by another word: the share of a care home's or a hospital's beds in use."""
    text = "全县敬老院12所，集中供养特困人员860人，床位利用率为58%；县医院病床利用率达92.5%。"
    got = _got(_run(extractor, text, "2026-09-10", source="德阳日报"), "metric")
    assert [g for g in got if g[0] in ("58%", "92.5%")] == [("58%", "beds.occupancy_rate"),
                                                             ("92.5%", "beds.occupancy_rate")]


def test_the_share_of_a_jobs_goal_done_so_far_measures_the_goal(extractor: Extractor) -> None:
    """就业目标为5万人，目前完成率102%: a clause of nothing but a time so far and 完成率 is the share of the goal before
    it done, a jobs figure as 全年完成率 is, whatever time so far opens the clause."""
    text = "全市城镇新增就业目标为5万人，目前完成率102%。"
    got = _got(_run(extractor, text, "2026-09-10", source="德阳日报"), "metric")
    assert got == [("5万人", "jobs.urban_new"), ("102%", "jobs.urban_new")]
    text = "全市城镇新增就业目标为5万人，截至8月底完成率达86.5%。"
    got = _got(_run(extractor, text, "2026-09-10", source="德阳日报"), "metric")
    assert got == [("5万人", "jobs.urban_new"), ("86.5%", "jobs.urban_new")]


def test_gig_workers_served_are_a_jobs_figure_and_their_markets_are_not(extractor: Extractor) -> None:
    """服务零工人员5.2万人次: people a gig market serves are people seeking work; the markets (零工市场36个) are places."""
    text = "全市建成零工市场36个，累计服务零工人员5.2万人次。"
    figs = _run(extractor, text, "2026-09-10", source="德阳日报")
    assert [(f["quote"], f["metric"].startswith("jobs.")) for f in figs] == [("36个", False), ("5.2万人次", True)]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_news65_gold_set_scores_at_its_floors() -> None:
    """data/gold/news65 (six items on the borders of beds and jobs: 渭南日报 on 养老服务 beds, 菏泽日报 on jobs beside
    training, insurance and fairs, 梧州日报 on a hospital's beds and rates, 滁州 人社局 on 稳岗返还 and 就业补贴 money,
    涪陵区's site on graduates and 见习岗位, 林芝报 on a 人社 briefing). Blind, main scored every score 1.0 but
    topic_jobs 0.9808 (高校2026届毕业生1.56万人 read as a school's graduates). After: every score 1.0. Floors, not
    the exact scores."""
    s = scored("news65")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
