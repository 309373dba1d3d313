"""What a probe of ~110 invented sentences of many kinds found at a generic or wrong metric (GUIDE.md: topic and
metric): firms counted in 户 (新增市场主体2.6万户，其中企业8600户) were read as households; the share of the new-jobs goal
done, said with no count beside it (城镇新增就业完成省下达任务的115%), as employment at large (jobs.other); hotel rooms
and care-service institutions as bare items; capital drawn in and allowances paid as any amount. Each fix is checked
against the neighbours that must stay as they were."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_MAR = "2026-03-10"


def _metrics(ex: Extractor, text: str) -> list[tuple]:
    return _got(_run(ex, "株洲市统计局发布。\n" + text, _MAR, "株洲日报"), "metric")


def test_firms_counted_in_households_are_firms(extractor: Extractor) -> None:
    """户 counts firms where the clause names them (市场主体, 个体工商户, 惠及企业), households where it names residents;
    a firm count tied to a jobs subsidy (1.2万户企业发放稳岗返还) keeps its jobs metric."""
    assert _metrics(extractor, "全年新增市场主体3.1万户，其中企业9200户。") == [
        ("3.1万户", "quantity.enterprises"), ("9200户", "quantity.enterprises")]
    assert _metrics(extractor, "年末全市实有个体工商户12.5万户。") == [("12.5万户", "quantity.enterprises")]
    assert _metrics(extractor, "实施棚户区改造1200套，惠及居民3600户。") == [
        ("1200套", "quantity.housing_units"), ("3600户", "quantity.households")]
    assert _metrics(extractor, "为2.4万户企业发放稳岗返还资金5200万元。") == [
        ("2.4万户", "jobs.support_reach"), ("5200万元", "jobs.funds")]


def test_the_share_of_the_new_jobs_goal_is_new_jobs(extractor: Extractor) -> None:
    """A percent of the goal done, in the clause naming the new urban jobs, measures them (jobs.urban_new) as the
    share after a count does; a share among the new jobs (女性占48%) stays a share of the employed."""
    assert _metrics(extractor, "全年城镇新增就业人数完成市下达任务的118%。") == [("118%", "jobs.urban_new")]
    assert _metrics(extractor, "一季度新增城镇就业完成全年目标的27.6%。") == [("27.6%", "jobs.urban_new")]
    assert _metrics(extractor, "全市城镇新增就业中女性占48%。") == [("48%", "jobs.share_of_employed")]


def test_the_growth_of_the_new_jobs_alone_is_new_jobs(extractor: Extractor) -> None:
    """城镇新增就业同比增长6.2% with no count beside it: the change of the new jobs, as it is after their count."""
    assert _metrics(extractor, "上半年全市城镇新增就业同比增长4.8%。") == [("4.8%", "jobs.urban_new")]
    assert _metrics(extractor, "全市城镇新增就业2.9万人，同比增长3.5%。") == [
        ("2.9万人", "jobs.urban_new"), ("3.5%", "jobs.urban_new")]


def test_hotel_rooms_and_care_service_institutions(extractor: Extractor) -> None:
    """客房1.2万间 counts lodging rooms, where 危房320间 stays bare items; 养老服务机构 counts care homes as 养老机构
    does."""
    assert _metrics(extractor, "全县星级饭店客房4600间，床位8200张。") == [
        ("4600间", "lodging.rooms"), ("8200张", "lodging.bed_places")]
    assert _metrics(extractor, "全县改造农村危房320间。") == [("320间", "quantity.items")]
    assert _metrics(extractor, "全区新建社区嵌入式养老服务机构9个。") == [("9个", "quantity.care_institutions")]


def test_capital_drawn_in_and_allowances_paid(extractor: Extractor) -> None:
    """协议引资 and 到位资金 are investment drawn in, not any amount; 低保金 and 抚恤金 paid out are funds, where the
    standard a head (低保标准每人每月780元) keeps its own metric."""
    assert _metrics(extractor, "全年新签约项目52个，协议引资280亿元，到位资金96亿元。") == [
        ("52个", "quantity.projects"), ("280亿元", "money.investment"), ("96亿元", "money.investment")]
    assert _metrics(extractor, "全年发放城乡低保金2.7亿元，抚恤金8600万元。") == [
        ("2.7亿元", "money.funds"), ("8600万元", "money.funds")]
    assert _metrics(extractor, "城乡低保标准提高到每人每月780元。") == [("780元", "money.assistance_standard")]
