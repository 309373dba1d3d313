"""What the last stop left (leftovers6): targets under an unnumbered heading of the year's plan, a running
total in a clause of its own, and a bare growth rate after an amount. Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted

_REPORT = ("某县2025年政府工作报告\n2024年工作回顾\n　　过去一年，全县地区生产总值完成186.5亿元，增长5.6%。\n"
           "2025年主要预期目标\n　　地区生产总值增长6%左右，城镇新增就业5200人以上。\n"
           "　　全年实施重点项目120个，完成投资150亿元以上。\n")


def test_an_unnumbered_heading_of_the_years_goals_opens_a_plan_section(extractor: Extractor) -> None:
    """2025年主要预期目标 as a line of its own after a finished sentence: the figures of the lines under it
    are targets, those before it stay results."""
    figs = _run(extractor, _REPORT, "2025-03-05")
    assert quoted(figs, "role") == [
        ("186.5亿元", "level"), ("5.6%", "change"), ("6%左右", "target"), ("5200人以上", "target"),
        ("120个", "target"), ("150亿元以上", "target")]


def test_an_unnumbered_heading_of_a_past_year_or_of_news_opens_none(extractor: Extractor) -> None:
    """A heading of a year before the document's, or news of a plan (我市出台2025年立法工作计划), opens no
    plan section."""
    past = _REPORT.replace("2025年主要预期目标", "2024年主要预期目标")
    assert [f["role"] for f in _run(extractor, past, "2025-03-05")][4:] == ["level", "level"]
    news = _REPORT.replace("2025年主要预期目标", "我县出台2025年立法工作计划")
    assert [f["role"] for f in _run(extractor, news, "2025-03-05")][4:] == ["level", "level"]


def test_a_running_total_in_a_clause_of_its_own_counts_what_the_figure_before_counts(extractor: Extractor) -> None:
    """新增家庭病床310张，累计达到1080张: all beds (the total of beds added); 养老床位增加320张，达到3150张:
    care beds; 新增就业1.2万人，累计5.6万人: new jobs."""
    figs = _run(extractor, "全市新增家庭病床310张，累计达到1080张。全市养老床位增加320张，达到3150张。"
                           "全市城镇新增就业1.2万人，累计5.6万人。", "2025-06-10")
    assert quoted(figs, "metric", "unit") == [
        ("310张", "beds.added", "bed"), ("1080张", "beds.total", "bed"), ("320张", "beds.care", "bed"),
        ("3150张", "beds.care", "bed"), ("1.2万人", "jobs.urban_new", "person"), ("5.6万人", "jobs.urban_new", "person")]
    # a noun after the figure names what it counts: 累计为3850名失能人员提供服务 counts people served
    figs = _run(extractor, "全市长期护理保险参保人数为52.4万人，累计为3850名失能人员提供服务。", "2025-06-10")
    assert quoted(figs, "metric")[1] == ("3850名", "quantity.people")


def test_a_bare_growth_rate_takes_the_amounts_metric_not_its_topic(extractor: Extractor) -> None:
    """实现营业收入12亿元，增长8.5%: the growth of the revenue, a rate (topic percent)."""
    figs = _run(extractor, "某公司实现营业收入12亿元，增长8.5%。", "2025-06-10")
    assert quoted(figs, "metric", "topic", "unit") == [
        ("12亿元", "money.business_revenue", "money", "CNY"), ("8.5%", "money.business_revenue", "percent", "percent")]


def test_an_estimate_of_the_periods_result_governs_its_own_clause(extractor: Extractor) -> None:
    """预计完成41.6亿元，同比增长5.2%: the estimate is the target GUIDE makes of 预计, the growth after it the
    change the text reports."""
    figs = _run(extractor, "1—10月，某市地区生产总值预计完成41.6亿元，同比增长5.2%。", "2025-11-20")
    assert quoted(figs, "role") == [("41.6亿元", "target"), ("5.2%", "change")]


def test_the_beds_of_a_home_still_to_be_completed_are_planned(extractor: Extractor) -> None:
    """设置床位300张，预计明年6月建成投用: a plan; the cost set before it stays a level, and a home already
    completed states its beds."""
    figs = _run(extractor, "某县新建综合养老服务中心，总投资6800万元，设置床位300张，预计明年6月建成投用。"
                           "某镇敬老院设置床位80张，已建成投用。", "2025-11-20")
    assert quoted(figs, "role") == [("6800万元", "level"), ("300张", "target"), ("80张", "level")]


def test_a_cap_written_before_the_amount_is_an_upper_bound(extractor: Extractor) -> None:
    """最高5000元的补贴, 最高可达300万元: a cap; 最高亩产达到586公斤 is a record, exact."""
    figs = _run(extractor, "给予最高5000元的一次性创业补贴，贷款额度最高可达300万元。示范片最高亩产达到586公斤。",
                "2025-11-20")
    assert quoted(figs, "qualifier") == [("最高5000元", "upper_bound"), ("最高可达300万元", "upper_bound"),
                                         ("586公斤", "exact")]


def test_a_town_that_bears_a_citys_short_form_is_no_city(extractor: Extractor) -> None:
    """林州市桂林镇: a town of 林州市, not 桂林市."""
    figs = _run(extractor, "林州市桂林镇新建养老床位120张。", "2025-06-10")
    assert quoted(figs, "place") == [("120张", "林州市")]


def test_a_stock_counted_under_a_span_since_is_of_its_last_year(extractor: Extractor) -> None:
    """“十四五”以来，…累计…。甲县、乙县养老机构床位数分别为2160张、1580张: the beds now, not over the span."""
    figs = _run(extractor, "“十四五”以来，全市累计争取养老服务资金5.36亿元。甲县、乙县养老机构床位数分别为2160张、1580张。",
                "2025-11-25")
    assert quoted(figs, "period") == [("5.36亿元", "2021-2025"), ("2160张", "2025"), ("1580张", "2025")]


def test_a_clause_listing_as_many_figures_as_the_places_before_runs_over_them(extractor: Extractor) -> None:
    """甲县、乙县分别举办招聘会42场和35场，提供岗位1.1万个和9600个: each county its posts too."""
    figs = _run(extractor, "滨州讯 惠民县、博兴县分别举办招聘会42场和35场，提供岗位1.1万个和9600个。", "2025-12-10")
    assert quoted(figs, "place") == [("42场", "惠民县"), ("35场", "博兴县"), ("1.1万个", "惠民县"), ("9600个", "博兴县")]


def test_urban_and_rural_disposable_income_are_series_of_their_own(extractor: Extractor) -> None:
    """城镇居民… and 农村居民人均可支配收入, each with its growth (topic percent); all residents' keeps the whole."""
    figs = _run(extractor, "城镇居民人均可支配收入4.2万元，增长5%；农村居民人均可支配收入2.1万元，增长6.8%。"
                           "全体居民人均可支配收入3.1万元。", "2025-02-10")
    assert quoted(figs, "metric", "topic") == [
        ("4.2万元", "money.disposable_income_urban", "money"), ("5%", "money.disposable_income_urban", "percent"),
        ("2.1万元", "money.disposable_income_rural", "money"), ("6.8%", "money.disposable_income_rural", "percent"),
        ("3.1万元", "money.disposable_income", "money")]


def test_a_pair_of_two_times_after_a_list_of_places_is_no_list_over_them(extractor: Extractor) -> None:
    """甲县、乙县分别为86.2%和85.7%，两县之间的差距由去年的4.8个百分点缩小到今年的2.3个百分点: the gap now is
    the two counties' together, no second county's."""
    figs = _run(extractor, "绍兴讯 诸暨市、新昌县分别为86.2%和87.6%，两地之间的差距由去年的4.8个百分点缩小到今年的"
                           "2.3个百分点。", "2025-12-10")
    assert quoted(figs, "place")[2:] == [("4.8个百分点", "绍兴市"), ("2.3个百分点", "绍兴市")]


def test_urban_and_rural_named_together_keep_the_whole_metric(extractor: Extractor) -> None:
    """城镇和农村居民人均可支配收入分别达到…: the words tell neither figure apart, both keep the whole metric."""
    figs = _run(extractor, "城镇和农村居民人均可支配收入分别达到42160元、19870元。", "2025-02-10")
    assert quoted(figs, "metric") == [("42160元", "money.disposable_income"), ("19870元", "money.disposable_income")]
