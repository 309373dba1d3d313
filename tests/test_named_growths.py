"""Growth rates that said only percent.growth name what grows: investment by kind, consumer prices, wages, budget
spending, trade, loans and deposits, electricity, coal, vehicles and container throughput, each where its own clause
names it or right after its own amount (rules/metrics/percent.yaml; none lends its metric to a part no word names); a
respective list of rates (分别增长a%和b%) takes each level's growth, in order, whatever the levels' units; and the
commonest counts quantity.items left unnamed (民生实事, 5G基站, 停车位, 充电桩). Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _metrics(ex: Extractor, text: str) -> list[tuple]:
    return _got(_run(ex, text, "2025-02-10"), "metric", "topic")


def test_a_respective_list_of_rates_pairs_with_levels_of_other_units(extractor: Extractor) -> None:
    """接待游客…人次，旅游收入…亿元，分别增长a%和b%: a% is the visits' growth, b% the revenue's, each with its level's
    subject (the nearest level named neither, nor both the revenue)."""
    got = _got(_run(extractor, "全年接待游客520万人次，实现旅游收入48.6亿元，分别增长12.5%和16.2%。", "2025-02-10"),
               "metric", "subject")
    assert got[2:] == [("12.5%", "quantity.tourist_visits", "接待游客"),
                       ("16.2%", "money.tourism_revenue", "实现旅游收入")]


def test_urban_and_rural_incomes_each_take_their_own_growth(extractor: Extractor) -> None:
    """城镇…，农村…，分别增长: each rate is its own group's income growth."""
    text = "城镇居民人均可支配收入43210元，农村居民人均可支配收入20150元，分别增长4.3%和6.1%。"
    got = _metrics(extractor, text)
    assert got[2:] == [("4.3%", "money.disposable_income_urban", "percent"),
                       ("6.1%", "money.disposable_income_rural", "percent")]


def test_rates_paired_with_rates_stay_as_they_were(extractor: Extractor) -> None:
    """A respective list of rates after levels that are rates themselves pairs by unit only, as before: 分别提高 after
    two rates in percent is no growth of an amount."""
    text = "城镇化率为61.2%，森林覆盖率为45.3%，分别提高1.1和0.4个百分点。"
    got = _metrics(extractor, text)
    assert [m for _, m, _ in got[:2]] == ["percent.urbanisation_rate", "percent.forest_cover"]
    assert all(m == "percent.points" for _, m, _ in got[2:])


def test_trade_growth_names_exports_by_their_own_word_only(extractor: Extractor) -> None:
    """进出口总额增长…，其中出口增长…: both name trade by their own words; a class of goods after them (机电产品)
    keeps percent.growth."""
    text = "全市进出口总额增长6.5%，其中出口增长9.1%，机电产品增长4.2%。"
    assert _metrics(extractor, text) == [("6.5%", "money.trade", "percent"), ("9.1%", "money.trade", "percent"),
                                         ("4.2%", "percent.growth", "percent")]


def test_consumer_prices_name_the_whole_not_its_classes(extractor: Extractor) -> None:
    """居民消费价格上涨…，其中食品类…: the classes of goods are no consumer price index."""
    text = "全市居民消费价格上涨0.6%，其中食品类下降1.4%，服务类上涨1.1%。"
    got = _metrics(extractor, text)
    assert got[0] == ("0.6%", "percent.consumer_prices", "percent")
    assert [m for _, m, _ in got[1:]] == ["percent.growth", "percent.growth"]


def test_spending_and_balances_growth_after_their_amounts(extractor: Extractor) -> None:
    """A bare growth right after a budget's spending, a class of it, a loan or deposit balance is that amount's."""
    text = ("一般公共预算支出52.3亿元，增长2.8%；其中卫生健康支出6.4亿元，增长7.5%。"
            "年末各项存款余额860.2亿元，增长9.3%；各项贷款余额702.5亿元，增长11.6%。")
    got = _metrics(extractor, text)
    assert ("2.8%", "money.spending", "percent") in got
    assert ("7.5%", "money.spending", "percent") in got
    assert ("9.3%", "money.deposits", "percent") in got
    assert ("11.6%", "money.loans", "percent") in got


def test_outputs_and_their_growth_share_a_metric(extractor: Extractor) -> None:
    """发电量, 原煤产量, 汽车产量, 集装箱吞吐量: the amount and its growth are one series, a part no word names after
    the whole (其中风电) keeps percent.growth."""
    text = ("全年发电量128.4亿千瓦时，增长5.6%，其中风电增长18.2%。原煤产量2310万吨，增长3.1%。"
            "汽车产量8.6万辆，增长21.4%。港口集装箱吞吐量126万标准箱，增长7.7%。")
    got = _metrics(extractor, text)
    assert got == [("128.4亿千瓦时", "quantity.electricity_output", "other"),
                   ("5.6%", "quantity.electricity_output", "percent"), ("18.2%", "percent.growth", "percent"),
                   ("2310万吨", "quantity.coal_output", "other"), ("3.1%", "quantity.coal_output", "percent"),
                   ("8.6万辆", "quantity.vehicle_output", "other"), ("21.4%", "quantity.vehicle_output", "percent"),
                   ("126万标准箱", "quantity.container_throughput", "other"),
                   ("7.7%", "quantity.container_throughput", "percent")]


def test_wages_and_their_growth(extractor: Extractor) -> None:
    """在岗职工年平均工资 is pay, money.wages, not any amount of money."""
    got = _metrics(extractor, "全县城镇非私营单位在岗职工年平均工资8.12万元，增长5.3%。")
    assert got == [("8.12万元", "money.wages", "money"), ("5.3%", "money.wages", "percent")]


def test_the_commonest_unnamed_counts_are_named(extractor: Extractor) -> None:
    """民生实事 after its number, 5G基站, 停车位 and 充电桩 before theirs."""
    text = "今年将办好十件民生实事。全年新建5G基站860个，新增公共停车位3200个、充电桩1500个。"
    got = _metrics(extractor, text)
    assert [m for _, m, _ in got] == ["quantity.livelihood_projects", "quantity.base_stations",
                                      "quantity.parking_spaces", "quantity.charging_points"]
