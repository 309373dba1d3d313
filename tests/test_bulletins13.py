"""What the blind set data/gold/bulletins13 found: four 2025 bulletins as text copied from their PDFs (鹰潭市's
statistics on schools, health, jobs and social security; 朔州市's 民政 bulletin; 乌海市's education bulletin; 祁东县's
health bulletin), each with two tables in shapes no earlier set had: a budget's spending under 单位：万元、% with the
column 支出额, a 民政 table with 上年 and 本年 side by side, a relief table of 保障人数（人） and 支出金额（万元） in
cells with thousands marks, and a table of students by 学段 whose difference column 增减 counts in the unit note's 人;
and a respective list of changes (…床位9.18张，…医师4.13人，分别比上年增加0.31张和0.16人) whose beds' change took the
doctors' subject. Tables and sentences invented, in the style of such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_spending_table_under_a_note_of_money_and_percent(extractor: Extractor) -> None:
    """单位：万元、% over 项目 支出额 比上年增长: 支出额 a level in 万元, the bare growth in the note's percent."""
    text = ("表3 2025年一般公共预算民生支出情况\n单位：万元、%\n项目 支出额 比上年增长\n"
            "民生支出合计 965320 3.8\n  教育 218460 -1.2\n")
    got = _got(_run(extractor, text, "2026-03-25", source="某某市统计局"), "value", "unit", "role", "period")
    assert got == [("965320", 9653200000, "CNY", "level", "2025"), ("3.8", 3.8, "percent", "change", "2025"),
                   ("218460", 2184600000, "CNY", "level", "2025"), ("-1.2", -1.2, "percent", "change", "2025")]


def test_last_year_and_this_year_side_by_side(extractor: Extractor) -> None:
    """指标 单位 上年 本年 增减%: 上年 the caption's year less one, 本年 its year; the beds row counts beds."""
    text = ("表1 2025年养老服务主要指标\n指标 单位 上年 本年 增减%\n养老机构 个 23 25 8.7\n"
            "养老机构床位 张 3120 3286 5.3\n")
    figs = _run(extractor, text, "2026-04-15", source="某某市民政局")
    assert _got(figs, "role", "period") == [("23", "level", "2024"), ("25", "level", "2025"), ("8.7", "change", "2025"),
                                            ("3120", "level", "2024"), ("3286", "level", "2025"),
                                            ("5.3", "change", "2025")]
    assert [f["metric"].split(".")[0] for f in figs if f["quote"] in ("3120", "3286")] == ["beds", "beds"]


def test_a_relief_table_with_thousands_marks(extractor: Extractor) -> None:
    """项目 保障人数（人） 支出金额（万元） over cells written 12,486 and 10,862.4: people and money."""
    text = ("表2 2025年社会救助资金支出情况\n项目 保障人数（人） 支出金额（万元）\n合计 31,264 18,652.8\n"
            "城市低保 6,218 5,120.6\n注：临时救助保障人数为全年累计救助人次。\n")
    got = _got(_run(extractor, text, "2026-04-15", source="某某市民政局"), "value", "unit")
    assert got == [("31,264", 31264, "person"), ("18,652.8", 186528000, "CNY"),
                   ("6,218", 6218, "person"), ("5,120.6", 51206000, "CNY")]


def test_a_difference_column_under_a_one_unit_note(extractor: Extractor) -> None:
    """单位：人 / 学段 2024年 2025年 增减: with no percent mark in the note, the difference is a change in 人."""
    text = "表2 2024-2025年各级各类学历教育在校生\n单位：人\n学段 2024年 2025年 增减\n小学 21650 21236 -414\n"
    got = _got(_run(extractor, text, "2026-04-09", source="某某市教育局"), "value", "role", "period")
    assert got == [("21650", 21650, "level", "2024"), ("21236", 21236, "level", "2025"),
                   ("-414", -414, "change", "2025")]


def test_a_respective_list_of_changes_pairs_by_unit(extractor: Extractor) -> None:
    """…床位7.46张，…医师2.82人，分别比上年增加0.32张和0.12人: the beds' change is the beds', the doctors' the doctors'
    (not the change of the figure right before it)."""
    text = "每千人口医疗卫生机构床位7.46张，每千人口执业（助理）医师2.82人，分别比上年增加0.32张和0.12人。"
    figs = _run(extractor, text, "2026-05-14", source="某某县卫生健康局")
    got = [(f["quote"], f["role"], f["metric"], f["subject"]) for f in figs]
    assert got[2][:3] == ("0.32张", "change", "beds.per_1000")
    assert got[3][:2] == ("0.12人", "change") and not got[3][2].startswith("beds")
    assert "床位" in got[2][3] and "床位" not in got[3][3]
