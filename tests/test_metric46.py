"""Rows must say what they measure: some 15% of the rows over all gold sets' predictions stood under a generic
metric (quantity.items, quantity.people, quantity.institutions, money.amount, percent.value, percent.growth).
The commonest real measures among them now have rules of their own (rules/metrics), each ranked below every rule
that named a figure before, so only what stayed generic moves; a growth parted from its amount by a clause naming
only the prices it is reckoned at (按不变价格计算) is the amount's growth again. Sentences invented, in the style
of statistical bulletins and government reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _metrics(extractor: Extractor, text: str) -> list[tuple]:
    return _got(_run(extractor, text, "2026-03-20", source="统计局"), "metric")


def test_a_growth_after_a_price_basis_clause_is_its_amounts(extractor: Extractor) -> None:
    """地区生产总值…亿元，按不变价格计算，比上年增长5.6%: the clause between says only how the growth is reckoned, so
    the growth is GDP's (as with no clause between); a growth naming its own subject after it keeps its own."""
    text = ("全年全县地区生产总值286.4亿元，按不变价格计算，比上年增长5.6%。农林牧渔业总产值61.3亿元，按可比价格计算，"
            "比上年增长3.9%。")
    assert _metrics(extractor, text) == [("286.4亿元", "money.gdp"), ("5.6%", "money.gdp"),
                                         ("61.3亿元", "money.output"), ("3.9%", "money.output")]
    text = "全年全县地区生产总值286.4亿元，按不变价格计算，居民消费价格上涨0.4%。"
    got = dict(_metrics(extractor, text))
    assert got["0.4%"] != "money.gdp"


def test_benefit_standards_and_wages_are_named(extractor: Extractor) -> None:
    """The pension, the minimum wage and the assistance standard a head, and wages recovered for workers, each its
    own money metric; money paid out to the assisted (低保金) is no standard."""
    text = ("城乡居民基础养老金最低标准由每人每月168元提高到188元。全市最低工资标准调整为每月2080元。城市低保标准提高到"
            "每人每月870元，全年发放低保金1.6亿元。全年为1380名农民工追回工资等待遇2140万元。年末全县政府债务余额"
            "96.2亿元。")
    got = dict(_metrics(extractor, text))
    assert got["168元"] == got["188元"] == "money.pensions"
    assert got["2080元"] == "money.minimum_wage"
    assert got["870元"] == "money.assistance_standard"
    assert got["1.6亿元"] != "money.assistance_standard"
    assert got["2140万元"] == "money.wage_arrears"
    assert got["96.2亿元"] == "money.debt"


def test_insurance_fund_revenue_and_its_growth(extractor: Extractor) -> None:
    """社会保险基金总收入…，比上年增长…: the fund's revenue and its growth under one metric, not an output; the
    government fund's growth is that fund's."""
    text = ("全年三项社会保险基金总收入31.2亿元，比上年增长5.4%；基金总支出29.6亿元。"
            "全县政府性基金预算收入完成12.7亿元，下降9.8%。")
    got = dict(_metrics(extractor, text))
    assert got["31.2亿元"] == got["5.4%"] == "money.insurance_fund_revenue"
    assert got["29.6亿元"] == "money.spending"
    assert got["12.7亿元"] == got["9.8%"] == "money.fund_revenue"


def test_shares_named_by_their_clause(extractor: Extractor) -> None:
    """完成年度预算的…% is the share of a budget done; 研发经费投入强度 is R&D spending's share of GDP; a growth
    of the same budget stays a growth."""
    text = "一般公共预算收入完成24.3亿元，完成年度预算的97.6%。全社会研发经费投入强度达到2.31%。"
    got = dict(_metrics(extractor, text))
    assert got["97.6%"] == "percent.budget_done"
    assert got["2.31%"] == "percent.rd_intensity"


def test_counts_named_by_their_clause(extractor: Extractor) -> None:
    """Counts of a bulletin's social and science paragraphs, each under its own metric; patents per ten thousand
    residents are no count of patents."""
    text = ("全年办理结婚登记3160对，离婚登记1120对。全年授权专利2460件，每万人口发明专利拥有量达到9.8件。"
            "全年劳动人事争议仲裁机构受理案件712件。年末全县有A级旅游景区11个，农民专业合作社960家，家庭农场430家。"
            "年末全县专业技术人才总量1.52万人。全年快递业务量1.3亿件。全年死亡人口5120人。")
    got = dict(_metrics(extractor, text))
    assert got["3160对"] == "quantity.marriages"
    assert got["1120对"] == "quantity.divorces"
    assert got["2460件"] == "quantity.patents"
    assert got["9.8件"] == "quantity.patents_per_10k"
    assert got["712件"] == "quantity.labour_disputes"
    assert got["11个"] == "quantity.scenic_spots"
    assert got["960家"] == "quantity.cooperatives"
    assert got["430家"] == "quantity.family_farms"
    assert got["1.52万人"] == "quantity.talent"
    assert got["1.3亿件"] == "quantity.parcels"
    assert got["5120人"] == "quantity.deaths"


def test_a_named_count_keeps_the_rule_that_named_it(extractor: Extractor) -> None:
    """The new rules rank below every rule before them: new jobs near 人才, a graduates' jobs rate, and visitors of
    scenic spots keep their metrics."""
    text = ("全年引进各类人才带动城镇新增就业1.2万人。高校毕业生就业率为91.3%。全年A级旅游景区接待游客860万人次。"
            "全市普通高中在校生2.1万人，毕业生6800人。")
    got = dict(_metrics(extractor, text))
    assert got["1.2万人"] == "jobs.urban_new"
    assert got["91.3%"] == "jobs.graduate_employment_rate"
    assert got["860万人次"] == "quantity.tourist_visits"
    assert got["6800人"] == "quantity.graduates"


def test_a_budget_share_lends_nothing_to_the_parts_after_it(extractor: Extractor) -> None:
    """完成年度预算的98.1%。其中，税收收入…，占一般公共预算收入的比重为…: the parts' share is a share, not of
    the budget done."""
    text = ("全年一般公共预算收入完成26.4亿元，完成年度预算的98.1%。其中，税收收入18.2亿元，增长3.6%，"
            "占一般公共预算收入的比重为68.9%。")
    got = dict(_metrics(extractor, text))
    assert got["98.1%"] == "percent.budget_done"
    assert got["68.9%"] == "percent.share"


def test_products_output_firms_and_yields(extractor: Extractor) -> None:
    """A product's output and its growth under one metric, grain's under its own; a yield a mu is no output;
    firms of a kind counted before their number are firms."""
    text = ("全年蔬菜产量92.6万吨，增长3.1%；粮食产量41.2万吨，增长1.2%。示范田水稻平均亩产达到655公斤。"
            "全县有进出口实绩的企业达到128家。")
    got = dict(_metrics(extractor, text))
    assert got["92.6万吨"] == got["3.1%"] == "quantity.product_output"
    assert got["41.2万吨"] == got["1.2%"] == "quantity.grain_output"
    assert got["655公斤"] == "quantity.crop_yield"
    assert got["128家"] == "quantity.enterprises"


def test_each_insurance_funds_revenue_and_spending_keep_their_own(extractor: Extractor) -> None:
    """失业保险基金收入…，支出…；工伤保险基金收入…: the unemployment insurance fund's revenue is the fund's (money),
    not a jobs fund, and neither it nor the spending after it lends its metric to the next fund's figures."""
    text = "其中，失业保险基金收入3.1亿元，支出2.7亿元；工伤保险基金收入2.4亿元，支出2.1亿元。"
    assert _metrics(extractor, text) == [
        ("3.1亿元", "money.insurance_fund_revenue"), ("2.7亿元", "money.spending"),
        ("2.4亿元", "money.insurance_fund_revenue"), ("2.1亿元", "money.spending")]
