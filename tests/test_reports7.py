"""What the blind set data/gold/reports7 found: texts of provinces and prefecture cities (two provinces' and
four cities' work reports with a year's and a five-year review, the year's targets and tasks; a city's 十项民生实事;
a province's budget report; a city's 计划执行情况 report with tables of goals and results read as lines), three
read from a page (numbers broken at line ends, spaced characters, page feet). Sentences invented, in the style
of such texts; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_plan_reports_table_of_the_years_goals_and_results(extractor: Extractor) -> None:
    """指标名称 单位 年度目标 完成情况 under 表1 2025年主要指标完成情况: the goal column's cells are targets, the
    results' levels (changes where the row names a growth), both of the caption's year (no column was known)."""
    page = ("表1 2025年主要指标完成情况\n指标名称 单位 年度目标 完成情况\n地区生产总值增速 % 5.5 4.8\n"
            "城镇新增就业 万人 1.5 1.62\n城镇调查失业率 % 5.5以内 5.1\n工业经济稳中有进。\n")
    figs = _run(extractor, page, "2026-01-16")
    assert quoted(figs, "value", "role", "qualifier", "period") == [
        ("5.5", 5.5, "target", "exact", "2025"), ("4.8", 4.8, "change", "exact", "2025"),
        ("1.5", 15000, "target", "exact", "2025"), ("1.62", 16200, "level", "exact", "2025"),
        ("5.5以内", 5.5, "target", "upper_bound", "2025"), ("5.1", 5.1, "level", "exact", "2025")]


def test_a_lead_into_the_tasks_ends_no_plan_section(extractor: Extractor) -> None:
    """三、2026年重点工作, then 要突出抓好以下几个方面： on a line of its own: a line that leads into what follows is
    body text, no heading numbered in none that ends the section, so the tasks under （一） and 1. stay targets."""
    page = ("某市人民政府工作报告\n——2026年1月20日在某市人民代表大会上\n\n三、2026年重点工作\n"
            "今年是开局之年，要突出抓好以下几个方面：\n（一）坚定不移推进制造强市\n"
            "1.壮大主导产业。新材料产业产值达到450亿元。新增规上工业企业150家以上。\n")
    figs = _run(extractor, page, "2026-01-20")
    assert quoted(figs, "role", "period") == [("450亿元", "target", "2026"), ("150家以上", "target", "2026")]


def test_a_lines_lead_opens_a_part_of_the_whole_area_again(extractor: Extractor) -> None:
    """…双峰县农机产业园…产值56.7亿元。 then, on the next line, 民生实事全面完成。全年民生支出…: the lead opens a
    new part of the review, of the city again, not of the county the part before ended on (the page's lines
    may be joined into one paragraph; the lead still opens its line)."""
    page = ("娄底市政府工作报告\n\n一、2025年工作回顾\n"
            "项目建设提速增效。全年实施重点项目420个，完成投资765亿元。双峰县农机产业园入驻企业达到138家，实现产值56.7亿元。\n"
            "民生实事全面完成。全年民生支出312.6亿元，占一般公共预算支出的78.6%。城镇新增就业3.86万人。\n")
    figs = _run(extractor, page, "2026-01-13")
    assert quoted(figs, "place")[2:] == [("138家", "双峰县"), ("56.7亿元", "双峰县"), ("312.6亿元", "娄底市"),
                                        ("78.6%", "娄底市"), ("3.86万人", "娄底市")]


def test_the_year_a_goal_is_due_by_ends_with_its_part(extractor: Extractor) -> None:
    """到2027年，…达到5.5万亿元。 then （三）增进民生福祉。新增城镇就业80万人以上: the next part's tasks are the
    year's (2026), not due by 2027; the goal itself keeps its year."""
    page = ("河北省政府工作报告\n\n二、2026年工作安排\n"
            "（二）壮大新兴产业。新增高新技术企业3000家。到2027年，主导产业营业收入达到5.5万亿元。\n"
            "（三）增进民生福祉。新增城镇就业80万人以上，新增养老床位2万张。\n")
    figs = _run(extractor, page, "2026-01-21")
    assert quoted(figs, "role", "period") == [("3000家", "target", "2026"), ("5.5万亿元", "target", "2027"),
                                              ("80万人以上", "target", "2026"), ("2万张", "target", "2026")]


def test_a_rank_in_the_province_places_no_citys_goals(extractor: Extractor) -> None:
    """…完成植树造林3万亩，林长制考核排名保持全省前列: 全省 after 保持 is the field of a rank, not the subject
    named after a purpose clause; the city's goals stay the city's."""
    page = ("宣城市人民政府工作报告\n\n三、2026年重点工作\n"
            "新增光伏装机容量50万千瓦，完成植树造林3万亩，林长制考核排名保持全省前列。\n")
    figs = _run(extractor, page, "2026-01-20")
    assert quoted(figs, "place") == [("50万千瓦", "宣城市"), ("3万亩", "宣城市")]


def test_a_yearly_average_over_a_pair_spanning_the_span_in_force_is_over_the_span(extractor: Extractor) -> None:
    """过去五年，…。地区生产总值由2020年的1550亿元增加到2025年的2086亿元，年均增长5.6%: the pair runs from the
    year before the span carried from the sentence before to its end; the average is over the span, 2021-2025, as
    when the sentence names the span itself (it took 2020-2025). A total growth over a pair keeps the pair's ends."""
    page = ("承德市政府工作报告\n\n过去五年，我们坚持绿色发展。"
            "地区生产总值由2020年的1550亿元增加到2025年的2086亿元，年均增长5.6%。\n")
    figs = _run(extractor, page, "2026-01-14")
    assert quoted(figs, "period")[-3:] == [("1550亿元", "2020"), ("2086亿元", "2025"), ("5.6%", "2021-2025")]
    figs = _run(extractor, "2024年，全县装机容量由2020年的18万千瓦增加到64.5万千瓦，增长2.58倍。", "2024-01-20")
    assert quoted(figs, "period")[-1] == ("2.58倍", "2020-2024")
