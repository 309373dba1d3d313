"""What the blind set data/gold/reports24 found: four government reports typeset as PDF and read back by real extractors
(a city's 2026 work report by pdftotext, a county 卫健委's year's summary by pdfminer, a county 人社局's half-year
summary by pdfplumber, a county's plan execution report by pdftotext -layout). Their small tables of indicators gave no
figure: column words no rule knew (绝对量, 完成率（%）, 计划 执行), a label longer than a cell-a-line row's label may be
(社会消费品零售总额（亿元）), rows set a blank line apart by -layout cut into lone pieces, and pdfminer's table read down
its columns glued into one wrong number (1926287481.12025年). A footnote over a page's foot, its rule a drawn line the
extractor dropped, stood inside the sentence the page cut (5.5%左 | ①… | — 1 — | head | 右); pdfminer's running head
kept the title's opening words and its last word only, and was read into the sentence. 争取…资金 under a heading of how
the year's plan went (计划执行情况) was taken for a goal. Sentences invented, in the style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_REVIEW = "一、2025年工作回顾\n过去一年，全县生猪出栏86.4万头，增长3.2%；新建高标准农田8.6万亩。\n"


def test_a_half_year_table_of_goals_results_and_shares_done(extractor: Extractor) -> None:
    """指标 年度目标 完成数 完成率（%）: the goal a target, the result and the share done levels, each in its row's unit."""
    text = ("某某县人力资源和社会保障局2025年上半年工作总结\n" + _REVIEW + "上半年主要指标完成情况\n"
            "指标 年度目标 完成数 完成率（%）\n城镇新增就业（人） 4600 2530 55\n职业技能培训（人次） 5000 2810 56.2\n"
            "二、下半年工作打算\n")
    got = _got(_run(extractor, text, "2025-07-08", source="某某县人力资源和社会保障局"), "value", "role")
    assert ("4600", 4600, "target") in got and ("2530", 2530, "level") in got and ("55", 55, "level") in got
    assert ("5000", 5000, "target") in got and ("2810", 2810, "level") in got and ("56.2", 56.2, "level") in got


def test_a_layout_table_with_blank_lines_between_its_rows(extractor: Extractor) -> None:
    """pdftotext -layout sets a blank line between rows set far apart, its cells wide apart: the table goes on, the
    plan column's cells targets, the result column's results (a growth row's a change)."""
    text = ("关于某某县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n" + _REVIEW +
            "              2025年主要指标计划执行情况\n\n"
            "指标                      计划          执行\n\n"
            "地区生产总值增长（%）             6            5.4\n\n"
            "城镇新增就业（人）               1800        1926\n\n"
            "二、2026年主要目标\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某某县发展和改革委员会"), "value", "role")
    assert ("6", 6, "target") in got and ("5.4", 5.4, "change") in got
    assert ("1800", 1800, "target") in got and ("1926", 1926, "level") in got


def test_a_cell_a_line_tables_long_labels_and_absolute_column(extractor: Extractor) -> None:
    """指标 | 绝对量 | 增长（%） a cell a line (pdftotext): every row reads, a label with its unit in brackets longer than
    twelve characters too (社会消费品零售总额（亿元）)."""
    text = ("某某市政府工作报告\n" + _REVIEW + "2025年主要经济指标完成情况\n指标\n\n绝对量\n\n增长（%）\n\n"
            "地区生产总值（亿元）\n\n512.3\n\n5.6\n\n社会消费品零售总额（亿元）\n\n206.4\n\n4.9\n\n"
            "规模以上工业增加值（亿元）\n\n143.8\n\n7.1\n\n二、2026年主要目标\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某某市人民政府"), "value", "role")
    assert ("206.4", 20640000000, "level") in got and ("4.9", 4.9, "change") in got
    assert ("143.8", 14380000000, "level") in got and ("7.1", 7.1, "change") in got


def test_a_footnote_over_a_pages_foot_without_its_rule(extractor: Extractor) -> None:
    """…增长5.5%左 | ①… | — 1 — | running head | 右；…: the footnote goes after the paragraph the page cut, the page's
    number and head are taken out, and the goal reads whole, 5.5%左右, the goals after it targets too."""
    text = ("政府工作报告\n" + _REVIEW +
            "二、2026年主要目标今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左\n\n"
            "①新能源装机含风电、光伏发电及新型储能。\n\n—1—\n\n\n某某市人民政府工作报告\n\n"
            "右；规模以上工业增加值增长7%；城镇新增就业1.6万人以上。\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某某市人民政府"), "qualifier", "role")
    assert ("5.5%左右", "approx", "target") in got
    assert ("7%", "exact", "target") in got and ("1.6万人以上", "lower_bound", "target") in got


def test_pdfminers_footnote_and_a_head_that_leaves_out_the_titles_middle(extractor: Extractor) -> None:
    """pdfminer's blocks, a blank line after each: the footnote over the foot goes after the cut paragraph, and a
    running head that keeps the title's opening words and its last (某某县卫生健康委员会工作总结) is taken out:
    …就诊率保 | ② … | — 1 — | head | 持在90%以上 reads 保持在90%以上."""
    text = ("某某县卫生健康委员会2025年工作总结和2026年工作计划\n\n一、2025年工作开展情况\n\n"
            "全县新增床位260张，家庭医生重点人群签约率达到83.5%，县域内就诊率保\n\n"
            "②县域内就诊率按县域内医疗机构诊疗人次计算。\n\n— 1 —\n\n\n某某县卫生健康委员会工作总结\n\n"
            "持在90%以上。新增托位300个。\n")
    figs = _run(extractor, text, "2026-01-09", source="某某县卫生健康委员会")
    sentences = {f["quote"]: f["sentence"] for f in figs}
    assert "保持在90%以上" in sentences["90%以上"] and "工作总结" not in sentences["90%以上"]


def test_a_table_read_down_its_columns_runs_no_numbers_together(extractor: Extractor) -> None:
    """pdfminer reads a small table down its columns, a blank line after each line of the page (2024年 | 1778 | 2650 |
    2025年 …) under hard-wrapped full lines: each bare number is a cell of its own, never one number run together
    (177826502025年), and the plan's sentence under the table keeps its own figures."""
    body = ["2025年，全县卫生健康系统共完成诊疗164.2万人次，同比增长3.8%；出",
            "院患者4.86万人次，增长2.7%。全县居民人均预期寿命达到79.1岁，婴儿死",
            "亡率降至3.1‰。县医院综合楼建成启用，新增床位240张，全县医疗卫生机",
            "构实有床位达到2018张，每千常住人口医疗卫生机构床位数7.12张。",
            "2025年卫生健康主要指标", "指标", "实有床位（张）", "卫生技术人员（人）", "二、2026年工作计划",
            "2024年", "1778", "2650", "2025年", "2018", "2796",
            "2026年，计划完成县妇幼保健院迁建项目，项目总投资3.2亿元，设置床位",
            "300张；力争全县医疗卫生机构床位达到2200张。"]
    text = "某某县卫生健康委员会2025年工作总结和2026年工作计划\n\n一、2025年工作开展情况\n\n" + "\n\n".join(body) + "\n"
    figs = _run(extractor, text, "2026-01-09", source="某某县卫生健康委员会")
    assert all(f["value"] < 10**9 for f in figs), [(f["quote"], f["value"]) for f in figs]
    got = _got(figs, "value", "role")
    assert ("3.2亿元", 320000000, "target") in got and ("300张", 300, "target") in got


def test_money_sought_under_a_heading_of_how_the_plan_went_is_obtained(extractor: Extractor) -> None:
    """一、2025年国民经济和社会发展计划执行情况: a review of 2025; 争取…资金 under it is what the year brought in,
    a level of 2025, as under 2025年工作回顾."""
    text = ("关于某某县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
            "一、2025年国民经济和社会发展计划执行情况\n"
            "全年实施重点项目96个，完成投资41.2亿元。争取中央预算内投资资金2.86亿元，争取地方政府专项债券4.3亿元。\n"
            "二、2026年计划主要目标\n全年计划实施重点项目100个。\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某某县发展和改革委员会"), "role", "period")
    assert ("2.86亿元", "level", "2025") in got and ("4.3亿元", "level", "2025") in got
    assert ("100个", "target", "2026") in got
