"""What the blind set data/gold/bulletins11 found: five 2025 bulletins (health, labour and social security, civil
affairs, education, a county's statistics) with tables of shapes no set had: a fund's income and spending pasted with
bars (| 险种 | 基金收入 |) under a rule of dashes (| --- |); students and teachers by kind of school right-aligned, their
thousands marked (38,265), a — cell, the table cut by a page (— 2 —, 续表, its head set again); year-end levels beside
the year before's (年末数 上年数); two years' rates per thousand (‰) side by side; a 合计 row over indented parts; a
county's indicators with a unit column. Blind, main read no cell of the bar table (the rule's dashes ran the head and
the rows into one paragraph; the bars folded to gaps, yet the lines that held them were never looked at as rows) nor
of the school table (在校生（人） 专任教师（人） were no column words, and a cell with thousands marks was no row's last
cell), and the prose after a table of two years took the year its head named last (指标 2025年 2024年, 上年数: the
sections after it dated 2024, then 2023). Tables invented, in the style of such texts; the figures worked out by hand
from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_table_pasted_with_bars_under_a_rule_of_dashes(extractor: Extractor) -> None:
    """| 险种 | 基金收入 | … | / | --- | --- |: the rule is no text, the bars are gaps; the unit note in the sentence
    over the head (如下（单位：亿元）：) is the cells' unit. Bars with no spaces beside them too, and full-width ones."""
    for rows in ("| 险种 | 基金收入 | 基金支出 |\n| --- | :---: | ---: |\n| 失业保险 | 0.86 | 0.71 |\n",
                 "|险种|基金收入|基金支出|\n|---|---|---|\n|失业保险|0.86|0.71|\n",
                 "｜险种｜基金收入｜基金支出｜\n｜－－－｜－－－｜－－－｜\n｜失业保险｜0.86｜0.71｜\n"):
        text = ("某市2025年人力资源和社会保障事业发展统计公报\n\n二、社会保险\n"
                "全年失业保险基金收支情况如下（单位：亿元）：\n" + rows)
        figs = _run(extractor, text, "2026-05-20")
        assert quoted(figs, "value", "measure", "period") == [
            ("0.86", 86000000, "元", "2025"), ("0.71", 71000000, "元", "2025")], rows


def test_right_aligned_counts_with_thousands_marks_cut_by_a_page(extractor: Extractor) -> None:
    """学校数（所） 在校生（人） 专任教师（人）, the cells set right with wide gaps, their thousands marked (15,862), a — for
    no value; a page's foot, then 续表 and the head again: the rows under it go on under the first head (its year)."""
    text = ("某市2025年教育事业统计公报\n\n表1 2025年各级各类学校基本情况\n"
            "学校类别      学校数（所）   在校生（人）   专任教师（人）\n"
            "初中                   21        15,862         1,315\n\n"
            "— 4 —\n\n续表\n学校类别      学校数（所）   在校生（人）   专任教师（人）\n"
            "工读学校                 1            86             —\n")
    figs = _run(extractor, text, "2027-03-20")
    assert quoted(figs, "value", "measure", "period") == [
        ("21", 21, "所", "2025"), ("15,862", 15862, "人", "2025"), ("1,315", 1315, "人", "2025"),
        ("1", 1, "所", "2025"), ("86", 86, "人", "2025")]


def test_a_head_repeated_after_xubiao_with_other_columns_is_another_table(extractor: Extractor) -> None:
    """续表 over column words that are not the first head's: a table of its own, with no caption's year."""
    text = ("一、概况\n全市共有学校28所。\n\n表1 2025年各级各类学校基本情况\n学校类别 学校数（所） 在校生（人）\n"
            "初中 21 15862\n续表\n学校类别 学校数（所） 招生数（人）\n普通高中 6 2980\n")
    figs = _run(extractor, text, "2027-03-20")
    assert [(q, p) for q, p in quoted(figs, "period") if q in ("21", "6", "2980")] == [
        ("21", "2025"), ("6", "2027-03"), ("2980", "2027-03")]


def test_the_text_after_a_table_of_two_years_goes_on_in_its_own_year(extractor: Extractor) -> None:
    """指标 年末数 上年数 and 指标 2025年 2024年 date their cells; the sentences after the table are of the year the
    text spoke of before it, not of the year the head named last."""
    text = ("某县2025年民政事业发展统计公报\n\n一、养老服务\n全县共有养老机构12个。\n\n表1 2025年末养老服务主要指标\n"
            "指标 年末数 上年数\n养老机构床位（张） 1260 1180\n\n二、社会救助\n年末全县城乡低保对象5320人。\n\n"
            "表2 妇幼健康主要指标\n指标 2025年 2024年\n婴儿死亡率（‰） 2.41 2.73\n\n三、其他\n全年活产数3120人。\n")
    figs = _run(extractor, text, "2026-04-20")
    assert quoted(figs, "value", "measure", "period") == [
        ("12个", 12, "个", "2025"), ("1260", 1260, "张", "2025"), ("1180", 1180, "张", "2024"),
        ("5320人", 5320, "人", "2025"), ("2.41", 2.41, "‰", "2025"), ("2.73", 2.73, "‰", "2024"),
        ("3120人", 3120, "人", "2025")]


def test_a_line_ending_in_a_number_with_thousands_marks_under_no_head_gives_no_cell(extractor: Extractor) -> None:
    """A label and a marked number with no head above: no row, no unit, no figure."""
    text = "某县2025年教育事业统计公报\n\n一、概况\n在校学生总数 38,265\n全县共有学校28所。\n"
    assert [f["quote"] for f in _run(extractor, text, "2026-04-20")] == ["28所"]


def test_a_table_under_a_heading_of_goals_leaves_the_heading_year_in_force(extractor: Extractor) -> None:
    """A heading with no figure names the goals' year (二、2026年主要预期目标), a table of last year's results and
    this year's goals follows, then a sentence of more goals: it is of the heading's year. The heading is a
    sentence the context reads late (it states no figure); the table's time must be taken once it is read."""
    text = ("某区2026年政府工作报告\n\n一、2025年工作回顾\n全区城镇新增就业2.1万人。\n\n二、2026年主要预期目标\n"
            "表1 2026年主要预期目标\n指标名称 单位 2025年完成 2026年目标\n城镇新增就业 万人 2.1 2\n\n"
            "同时，确保新增养老床位300张，新增高新技术企业50家以上。\n")
    figs = _run(extractor, text, "2026-01-20")
    got = {q: p for q, _v, p in quoted(figs, "value", "period")}
    assert got["2.1万人"] == "2025" and got["300张"] == "2026" and got["50家以上"] == "2026"
