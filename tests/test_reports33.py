"""What the blind set data/gold/reports33 found: four reports of kinds no earlier set had (a 县 统计局's half-year analysis,
a 市 卫生健康局's mid-term review of its 十四五 plan with a table of indicators, a 区 人社局's 政府信息公开 annual report
with its standard tables, a 县 人大常委会's 调研报告 on jobs): the review's table (a unit column, year columns by role,
完成进度, 已完成 cells, numbered rows a scan's line numbers were taken for) and the disclosure report's tables (one
column under a line naming its article, 自然人 法人或其他组织 总计) read nothing; their 本年 was the document's year, not
the year reported. Tables and sentences invented, in the style of such
reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_DISCLOSURE = ("某区教育局2025年政府信息公开工作年度报告\n一、总体情况\n2025年，区教育局主动公开政府信息132条。\n"
               "二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\t本年处理决定数量（件）\n行政许可\t46\n"
               "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t2.4\n"
               "三、收到和处理政府信息公开申请情况\n（单位：件）\n本年度办理结果\t自然人\t法人或其他组织\t总计\n"
               "一、本年新收政府信息公开申请数量\t12\t3\t15\n二、本年度办理结果：予以公开\t8\t2\t10\n"
               "四、行政复议情况\n全年因政府信息公开引起行政复议1件。\n")


def test_a_disclosure_reports_tables_read_in_their_own_units_of_the_year_reported(extractor: Extractor) -> None:
    """A one-column head that names its unit (本年处理决定数量（件）) run on from the line naming its article; the
    table of requests by applicant under its own note (单位：件), not the 万元 of the line before it; 本年 in a report
    of January is the year reported (2025), and so is 全年 after the tables. The fee row, whose head writes its unit as
    （单位：万元）, reads nothing rather than a count."""
    got = _got(_run(extractor, _DISCLOSURE, "2026-01-20", source="某区教育局"), "value", "measure", "period")
    assert got == [("132条", 132, "条", "2025"), ("46", 46, "件", "2025"),
                   ("12", 12, "件", "2025"), ("3", 3, "件", "2025"), ("15", 15, "件", "2025"),
                   ("8", 8, "件", "2025"), ("2", 2, "件", "2025"), ("10", 10, "件", "2025"), ("1件", 1, "件", "2025")]


def test_a_row_label_holding_a_unit_note_is_no_row(extractor: Extractor) -> None:
    """A line that runs the next table's head into its row (…本年收费金额（单位：万元）行政事业性收费2.4) under a head
    of counts: the unit note in its 'label' says it is no row, and 2.4 is never read as 件."""
    text = ("某区2025年政府信息公开工作年度报告\n第二十条第（六）项\n信息内容\t本年处理决定数量（件）\n行政处罚\t3\n"
            "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t2.4\n")
    got = _got(_run(extractor, text, "2026-01-20", source="某区人社局"), "value", "measure")
    assert ("2.4", 2.4, "件") not in got
    assert ("3", 3, "件") in got


_REVIEW = ("某县“十四五”卫生健康规划中期评估报告\n表1　主要指标完成情况\n"
           "序号\t指标名称\t单位\t2020年基期\t2025年目标\t2023年实际\t完成进度\t属性\n"
           "1\t人均预期寿命\t岁\t78.2\t79\t78.6\t50.0%\t预期性\n"
           "2\t婴儿死亡率\t‰\t4.6\t≤4.5\t3.8\t已完成\t预期性\n"
           "3\t5岁以下儿童死亡率\t‰\t6.1\t≤6\t5.2\t已完成\t预期性\n"
           "4\t每千人口医疗卫生机构床位数\t张\t5.80\t6.50\t6.15\t50.0%\t约束性\n")


def test_a_plan_reviews_table_of_indicators_with_a_unit_column(extractor: Extractor) -> None:
    """序号 指标名称 单位 2020年基期 2025年目标 2023年实际 完成进度 属性: each row's unit from its unit cell, the base
    year a level, the goal a target (≤4.5 an upper bound), the result a level, the share done in percent of the
    results' year; 已完成 is a blank cell; a label opening with an age (5岁以下) after its row number is a row, and
    four numbered rows set with tabs are a table's, not a scan's line numbers."""
    got = _got(_run(extractor, _REVIEW, "2024-03-20", source="某县卫生健康局"),
               "value", "measure", "qualifier", "role", "period")
    assert got == [
        ("78.2", 78.2, "岁", "exact", "level", "2020"), ("79", 79, "岁", "exact", "target", "2025"),
        ("78.6", 78.6, "岁", "exact", "level", "2023"), ("50.0", 50.0, "%", "exact", "level", "2023"),
        ("4.6", 4.6, "‰", "exact", "level", "2020"), ("4.5", 4.5, "‰", "upper_bound", "target", "2025"),
        ("3.8", 3.8, "‰", "exact", "level", "2023"),
        ("6.1", 6.1, "‰", "exact", "level", "2020"), ("6", 6, "‰", "upper_bound", "target", "2025"),
        ("5.2", 5.2, "‰", "exact", "level", "2023"),
        ("5.80", 5.8, "张", "exact", "level", "2020"), ("6.50", 6.5, "张", "exact", "target", "2025"),
        ("6.15", 6.15, "张", "exact", "level", "2023"), ("50.0", 50.0, "%", "exact", "level", "2023")]

