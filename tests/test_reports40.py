"""What the blind set data/gold/reports40 found: a bureau's 2026年部门预算 whose amounts (收入预算总计…，比上年增加…万元，
增长…%; 其中：…拨款收入…) read as levels and changes, the paper's headline naming no plan the roles knew, and whose
rates paid per head and day (补助标准为每生每年1200元, 每生每天5元) stood in the next section after 截至2025年12月31日
and took its month; a town's summary whose 农房风貌提升210户 read as a change; a county's review whose 五年累计… dated
its sentence's items after a `；` by the year in force, not the five years; and a plan's total of the projects signed
截至12月底 (计划总投资286亿元) left undated. Documents invented, in the style of such papers."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_BUDGET = ("某县教育局2026年部门预算\n一、收支预算总体情况\n"
           "　　2026年收入预算总计5820.6万元，比上年增加312.4万元，增长5.7%，主要原因是新建学校投入使用。其中：一般公共"
           "预算拨款收入5400万元，事业收入420.6万元。\n二、国有资产占有使用情况\n"
           "　　截至2025年12月31日，本部门共有车辆4辆。\n")


def test_a_departments_budget_of_the_year_plans_its_amounts(extractor: Extractor) -> None:
    """Under a headline of a department's budget of the year (某县教育局2026年部门预算), the amounts it sets out and their
    changes on the year before are the budget's: targets of 2026; the cars counted 截至 a day past stay a level."""
    got = _got(_run(extractor, _BUDGET, "2026-02-10", source="某县教育局"), "role", "period")
    assert got == [("5820.6万元", "target", "2026"), ("312.4万元", "target", "2026"), ("5.7%", "target", "2026"),
                   ("5400万元", "target", "2026"), ("420.6万元", "target", "2026"), ("4辆", "level", "2025-12")]


def test_a_budgets_part_on_the_body_itself_plans_nothing(extractor: Extractor) -> None:
    """一、部门基本情况 under a budget's headline describes the department (内设机构6个，编制人数32人): levels; the next
    heading of its rank (二、收支预算总体情况) is the budget's again."""
    text = ("某县民政局2026年单位预算公开\n一、部门基本情况\n　　本单位内设机构6个，编制人数32人，实有人数30人。\n"
            "二、收支预算总体情况\n　　2026年支出预算4620万元，其中基本支出860万元，项目支出3760万元。\n")
    got = _got(_run(extractor, text, "2026-02-15", source="某县民政局"), "role")
    assert got == [("6个", "level"), ("32人", "level"), ("30人", "level"), ("4620万元", "target"),
                   ("860万元", "target"), ("3760万元", "target")]


def test_a_closed_account_opens_no_budget(extractor: Extractor) -> None:
    """A headline of the year's closed account (…2025年度部门决算) reports results: the amounts are levels, the
    differences on the year before changes."""
    text = _BUDGET.replace("2026年部门预算", "2025年度部门决算").replace("2026年收入预算总计", "2025年度收入总计")
    got = _got(_run(extractor, text, "2026-08-20", source="某县教育局"), "role")
    assert got[:3] == [("5820.6万元", "level"), ("312.4万元", "change"), ("5.7%", "change")]


def test_a_rate_paid_per_head_and_day_is_a_standard(extractor: Extractor) -> None:
    """补助标准为每生每年1000元, 每生每天5元 under a budget: what each one gets, a level; the money the item is given and
    the pupils it reaches are the budget's targets."""
    text = ("某县教育局2026年部门预算\n一、重点项目预算情况\n"
            "　　（一）学前教育补助项目。预算安排300万元，补助标准为每生每年1000元，惠及幼儿3000人。\n"
            "　　（二）营养改善项目。预算安排260万元，每生每天5元，覆盖学生2600人。\n")
    got = _got(_run(extractor, text, "2026-02-10", source="某县教育局"), "role")
    assert got == [("300万元", "target"), ("1000元", "level"), ("3000人", "target"),
                   ("260万元", "target"), ("5元", "level"), ("2600人", "target")]


def test_works_of_upgrading_named_as_a_noun_are_counted(extractor: Extractor) -> None:
    """完成农房风貌提升150户, 完成老旧小区改造提升6个: the upgrading works done, levels; 提升3个百分点 still a change."""
    text = "今年全镇完成农房风貌提升150户，完成老旧小区改造提升6个，群众满意度提升3个百分点。"
    got = _got(_run(extractor, text, "2025-12-26", source="某县某镇人民政府"), "role")
    assert got == [("150户", "level"), ("6个", "level"), ("3个百分点", "change")]


def test_a_reviews_sum_of_years_dates_its_sentences_items(extractor: Extractor) -> None:
    """五年累计投入…；新建改扩建中小学…所，新增学位…个 in a report of January 2026: the items after the `；` list the
    same years' works, 2021-2025, as under 五年来; a year named after them dates its own figures."""
    text = ("某县2026年政府工作报告\n一、过去五年工作回顾\n　　民生福祉持续增进。五年累计投入民生资金86.4亿元；"
            "新建改扩建中小学和幼儿园15所，新增学位3600个；全县医疗卫生机构床位由2020年的620张增加到2025年的910张。\n")
    got = [g for g in _got(_run(extractor, text, "2026-01-20", source="某县人民政府"), "period") if g[0] != "五年"]
    assert got == [("86.4亿元", "2021-2025"), ("15所", "2021-2025"), ("3600个", "2021-2025"), ("620张", "2020"),
                   ("910张", "2025")]


def test_a_plan_stated_as_of_a_month_gone_by_is_of_that_month(extractor: Extractor) -> None:
    """截至12月底，…签约项目37个，计划总投资286亿元 in a report of January 2026: the projects' planned total as it stood
    then, of December 2025 as the count is (not undated, nor a December ahead); a deadline of its own (计划年底前开工20个)
    keeps its year."""
    text = "截至12月底，全市累计签约亿元以上项目37个，计划总投资286亿元。"
    got = _got(_run(extractor, text, "2026-01-26", source="某市发展和改革局"), "role", "period")
    assert got == [("37个", "level", "2025-12"), ("286亿元", "target", "2025-12")]
    text = "截至6月底，全市累计签约亿元以上项目37个，计划总投资286亿元，计划年底前开工20个。"
    got = _got(_run(extractor, text, "2026-07-20", source="某市发展和改革局"), "period")
    assert got == [("37个", "2026-06"), ("286亿元", "2026-06"), ("20个", "2026")]


def test_a_stock_as_of_a_day_of_the_year_before_is_of_its_own_paragraph(extractor: Extractor) -> None:
    """截至2025年12月31日，本部门共有车辆3辆 in a budget of 2026, after the year's amounts: a look back to the stock as it
    stood then, of its paragraph (其中执法用车2辆 too); the next section's rates (每生每年1000元) are of 2026 again."""
    text = ("某县教育局2026年部门预算\n一、政府采购预算情况\n　　2026年政府采购预算总额3265万元。\n"
            "二、国有资产占有使用情况\n　　截至2025年12月31日，本部门共有车辆3辆。其中执法执勤用车2辆。\n"
            "三、重点项目预算情况\n　　学前教育补助项目预算安排300万元，补助标准为每生每年1000元。\n")
    got = _got(_run(extractor, text, "2026-02-10", source="某县教育局"), "period")
    assert got == [("3265万元", "2026"), ("3辆", "2025-12"), ("2辆", "2025-12"), ("300万元", "2026"),
                   ("1000元", "2026")]
