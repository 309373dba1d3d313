"""Leftovers other helpers saw and left alone: a difference column (增减) under a unit note that lists both a unit and a
percent mark (单位：人、%) read as percent (-414 people as -414%), … Sentences and tables invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run


def _cells(figs: list[dict]) -> list[tuple]:
    return [(f["quote"], f["unit"], f["role"]) for f in figs]


def test_a_difference_under_a_note_of_a_unit_and_a_percent_mark_counts_in_the_unit(extractor: Extractor) -> None:
    """单位：人、% over 增减 and 增长: the growth column takes the mark, the difference the counts' unit; a rate's row
    (城镇化率) is in percent and its difference (percent or points?) gives none."""
    text = ("表3 2025年全县户籍人口变动情况\n单位：人、%\n指标 2025年 2024年 增减 增长\n户籍人口 412360 412774 -414 -0.1\n"
            "城镇化率 57.91 57.20 0.71 —\n")
    got = _cells(_run(extractor, text, "2026-03-10", source="某县统计局"))
    assert got == [("412360", "person", "level"), ("412774", "person", "level"), ("-414", "person", "change"),
                   ("-0.1", "percent", "change"), ("57.91", "percent", "level"), ("57.20", "percent", "level")]
    # 增减量 beside 增幅 reads alike
    text = "表2 2025年全县义务教育在校生\n单位：人、%\n学段 2025年 2024年 增减量 增幅\n小学 28412 28826 -414 -1.4\n"
    got = _cells(_run(extractor, text, "2026-03-10", source="某县统计局"))
    assert got == [("28412", "person", "level"), ("28826", "person", "level"), ("-414", "person", "change"),
                   ("-1.4", "percent", "change")]


def test_a_lone_difference_under_a_note_of_a_unit_and_a_percent_mark_gives_none(extractor: Extractor) -> None:
    """单位：万元、% over 本年 上年 增减: nothing tells whether the difference is in 万元 or in percent; the levels read."""
    text = "表6 2025年镇本级财政收入\n单位：万元、%\n项目 本年 上年 增减\n税收收入 6120 5950 2.9\n非税收入 3120 3050 2.3\n"
    got = _cells(_run(extractor, text, "2026-03-10", source="某县统计局"))
    assert got == [("6120", "CNY", "level"), ("5950", "CNY", "level"), ("3120", "CNY", "level"),
                   ("3050", "CNY", "level")]


def _roles(figs: list[dict]) -> list[tuple]:
    return [(f["quote"], f["role"]) for f in figs]


def test_the_hires_a_notice_box_announces_are_plans(extractor: Extractor) -> None:
    """A page's notice box (公告栏) lists hiring notices, ■某县2025年公开招聘教师90名: posts to fill, targets, the part
    after it too; not a job fair's count (■举办招聘活动35场) nor an entry after a notice's name (▶ …招聘公告)."""
    text = "公告栏\n■泾县2025年公开招聘教师90名，其中初中教师30名。\n■联系电话：0563-5021234。\n"
    got = _roles(_run(extractor, text, "2025-05-12", source="宣城日报"))
    assert got == [("90名", "target"), ("30名", "target")]
    text = "■举办招聘活动35场，提供岗位8600个。\n"
    got = _roles(_run(extractor, text, "2025-05-12", source="宣城日报"))
    assert got == [("35场", "level"), ("8600个", "level")]
    text = "▶ 县公益性岗位招聘公告（第2期）\n▶ 泾县开发乡村公益性岗位420个，兜底安置就业困难人员\n"
    got = _roles(_run(extractor, text, "2025-05-12", source="宣城日报"))
    assert got == [("420个", "level")]


def test_a_projects_total_investment_after_the_day_it_opens_is_a_level(extractor: Extractor) -> None:
    """新院区预计明年投用，规划床位…，总投资…，可新增…: the event cue reaches what the opening will bring, the planned beds
    are a plan by their own word, the project's total cost is a property of it, a level."""
    text = "本报讯 泸水市人民医院新院区预计明年投用，规划床位450张，总投资3.2亿元，可新增医护岗位180个。"
    got = _roles(_run(extractor, text, "2025-10-16", source="怒江日报"))
    assert got == [("450张", "target"), ("3.2亿元", "level"), ("180个", "target")]


def test_a_headlines_round_floor_takes_the_time_of_the_result_not_of_the_goal(extractor: Extractor) -> None:
    """Headline 接待游客超…万人次 over a body giving last year's result and this year's goal, both above the floor: the
    headline restates the result, of its year."""
    text = ("泸西县接待游客超900万人次\n本报讯 2025年，全县共接待游客936.2万人次，同比增长9.8%。"
            "今年，泸西县力争全年接待游客1000万人次。\n")
    figs = _run(extractor, text, "2026-01-12", source="红河日报")
    assert [(f["quote"], f["role"], f["period"]) for f in figs] == [
        ("超900万人次", "level", "2025"), ("936.2万人次", "level", "2025"), ("9.8%", "change", "2025"),
        ("1000万人次", "target", "2026")]


def test_a_next_step_before_a_deadline_clause_is_undated(extractor: Extractor) -> None:
    """今年全县投入…。…下一步将争取资金不低于…，力争年底前新增…，2027年实现…: steps reaching past the year; the deadline in
    a later clause dates what it governs, the money sought before it names no time (GUIDE: a plan with no time it is due
    is undated)."""
    text = ("本报讯 今年全县投入1860万元改造乡镇卫生院。县卫健局局长表示，下一步将争取资金不低于3000万元，"
            "力争年底前新增护理床位50张，2027年实现每个乡镇至少配备1名康复治疗师。")
    figs = _run(extractor, text, "2026-08-20", source="某某日报")
    assert [(f["quote"], f["role"], f["period"]) for f in figs] == [
        ("1860万元", "level", "2026"), ("不低于3000万元", "target", None), ("50张", "target", "2026"),
        ("1名", "target", "2027")]
    # … a sentence of next steps that stays within the year (力争全年…) is of the year, whole
    text = ("本报讯 今年全县投入1860万元改造乡镇卫生院。县卫健局局长表示，下一步将争取资金不低于3000万元，"
            "力争全年新增护理床位50张。")
    figs = _run(extractor, text, "2026-08-20", source="某某日报")
    assert [(f["quote"], f["role"], f["period"]) for f in figs] == [
        ("1860万元", "level", "2026"), ("不低于3000万元", "target", "2026"), ("50张", "target", "2026")]
