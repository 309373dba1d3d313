"""What the blind set data/gold/reports26 found: four reports (a 地级市's 政府工作报告 of January 2027 with its past year,
its five years, its 2027 goals and ten numbered 民生实事; a 直辖市 卫健委's statistics brief on 2025; a county 人社局's
summary and plan; a county 财政局's report on its 2025 budget and its 2026 draft). Every scored field came out right
blind; what came out wrong was what the figures were named (`metric`): a per-thousand level's change in a clause of
its own (每千人口床位数7.19张，比上年增加0.20张) counted all beds; an enrolment's change in its own measure (参保人数
24.36万人，比上年净增1.12万人) counted people at large; 社会保障和就业支出, a class of a budget's spending, its growth and
its share were jobs figures; people per thousand residents (每千人口执业（助理）医师3.91人) were counted as people.
Sentences invented, in the style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run


def _named(figs: list[dict]) -> dict[str, tuple]:
    """Each figure by its quote: role, metric and unit."""
    return {f["quote"]: (f["role"], f["metric"], f["unit"]) for f in figs}


def test_a_per_thousand_levels_change_in_a_clause_of_its_own_is_per_thousand(extractor: Extractor) -> None:
    """每千人口床位数7.19张，比上年增加0.20张: the change in the level's own measure, with no subject of its own, counts
    what the level counts, beds per thousand; the sentence-wide rule for a change of beds names it less well."""
    text = "年末全区每千人口医疗卫生机构床位数6.85张，比上年增加0.23张。每千常住人口床位数达到7.1张，比2021年提高1.2张。"
    got = _named(_run(extractor, text, "2026-05-20", "某区卫生健康委员会", "浦东新区"))
    assert got["0.23张"] == ("change", "beds.per_1000", "bed")
    assert got["1.2张"] == ("change", "beds.per_1000", "bed")


def test_a_change_of_all_beds_stays_all_beds(extractor: Extractor) -> None:
    """床位1386张，比上年增加72张 before a per-thousand level later in the sentence: the change is of the beds before it."""
    text = "全县医疗卫生机构床位1386张，比上年增加72张；每千常住人口床位数6.52张。"
    got = _named(_run(extractor, text, "2026-01-12", "某县卫生健康局", "泗洪县"))
    assert got["72张"][:2] == ("change", "beds.total")
    assert got["6.52张"][:2] == ("level", "beds.per_1000")


def test_an_enrolments_change_in_its_own_measure_is_enrolment(extractor: Extractor) -> None:
    """参保人数24.36万人，比上年净增1.12万人: the change counts the enrolled; a growth in percent after an enrolment
    is the enrolment's growth too (context264's `percent.growth_of_insurance_enrolment`, as tourist visits' growth
    is the visits'): 分别增长3.6%、4.1% after 失业保险参保人数 and 工伤保险参保人数 measure those enrolments."""
    text = ("全县企业职工基本养老保险参保人数25.2万人，比上年净增1.3万人。"
            "失业保险参保人数8.1万人，工伤保险参保人数10.4万人，分别增长3.6%、4.1%。")
    got = _named(_run(extractor, text, "2026-01-09", "某县人力资源和社会保障局", "泗阳县"))
    assert got["1.3万人"][:2] == ("change", "insurance.enrolment")
    assert got["3.6%"][:2] == ("change", "insurance.enrolment")
    assert got["4.1%"][:2] == ("change", "insurance.enrolment")


def test_a_growth_after_a_share_stays_a_growth(extractor: Extractor) -> None:
    """占一般公共预算支出的21.3%，同比增长6.8%: a change in percent after a share is the growth of the amount before the
    share, not a change of the share; only a change in a count's own measure leans on a level whose rule covers none."""
    text = "全县教育支出14.6亿元，占一般公共预算支出的21.3%，同比增长6.8%。"
    got = _named(_run(extractor, text, "2026-01-12", "某县财政局", "沅江市"))
    assert got["21.3%"][:2] == ("level", "percent.share")
    assert got["6.8%"][:2] == ("change", "percent.growth")


def test_the_budget_class_that_names_employment_is_spending(extractor: Extractor) -> None:
    """社会保障和就业支出 is a class of a budget's spending: its amount is spending, its growth a growth rate as the
    other classes' are (their amounts' metric), its share a share; none of them a jobs figure. Employment funds stay
    jobs figures."""
    text = ("教育支出7.6亿元，增长5.1%；社会保障和就业支出9.3亿元，增长6.8%；卫生健康支出4.2亿元，下降1.5%。"
            "社会保障和就业支出占一般公共预算支出的比重为20.4%。全年发放就业补助资金1.8亿元。")
    got = _named(_run(extractor, text, "2026-01-12", "某县财政局", "沅江市"))
    assert got["9.3亿元"] == ("level", "money.spending", "CNY")
    assert got["6.8%"][:2] == ("change", got["5.1%"][1]) == ("change", "money.spending")
    assert got["20.4%"][:2] == ("level", "percent.share")
    assert got["1.8亿元"][1].startswith("jobs.")


def test_people_per_thousand_residents_are_a_rate(extractor: Extractor) -> None:
    """每千人口执业（助理）医师3.91人 is a rate per thousand residents, not a count of people: its own metric and unit, and
    so its changes, of a respective list too; a count of the same people stays a count."""
    text = ("全市卫生技术人员26.38万人，每千人口卫生技术人员10.62人，比上年增加0.31人；每千人口执业（助理）医师3.91人，"
            "每千人口注册护士4.90人，分别比上年增加0.12人和0.18人。每万人口全科医生4.26人。")
    got = _named(_run(extractor, text, "2026-05-22", "某市卫生健康委员会", "上海市"))
    assert got["26.38万人"][1] == "quantity.health_workers"
    for quote in ("10.62人", "3.91人", "4.90人"):
        assert got[quote] == ("level", "quantity.people_per_1000", "per_1k_people")
    for quote in ("0.31人", "0.12人", "0.18人"):
        assert got[quote][:2] == ("change", "quantity.people_per_1000")
    assert got["4.26人"] == ("level", "quantity.people_per_10k", "per_10k_people")
