"""What the blind set data/gold/bulletins16 found: four yearly bulletins as `pdftotext -layout` leaves them, their tables'
cells apart by runs of spaces and their heads set over two lines. Blind, only a head whose words all stood on one
line was read; a head over two lines (指标 2025年 2024年 比上年 / 增长（%）) let the layout cut each row into lone cells,
two of which then read in 元 under the caption's 万元 note, and the top line's 2024年 carried into the prose after the
table. Fixed since: the two lines read as one head, by where each rest stands under the words (比上年 / 增长（%）,
年末滚存 / 结余) or as units under them (（个） （张） 增长（%）); 续表 over such a head goes on with the first one; a label
run on over its cells may hold 、. Sentences invented, in the style of such bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_head_over_two_gapped_lines_keeps_its_rows_and_the_time_after_it(extractor: Extractor) -> None:
    """指标 2025年 2024年 比上年 / 增长（%） under 单位：万元: each cell in 万元 of its column's year, the growth a change;
    the prose after the table is the bulletin's year again, not the head's 2024年."""
    text = ("某县2025年国民经济和社会发展统计公报\n某县统计局\n\n"
            "表1   2025年全县主要财政指标\n                                        单位：万元\n"
            "指标                      2025年          2024年       比上年\n"
            "                                                     增长（%）\n"
            "一般公共预算收入          98650           93420          5.6\n"
            "金融机构人民币各项\n  存款余额               2186500         2012300          8.7\n\n"
            "三、卫生健康\n年末全县共有医疗卫生机构286个，实有床位2480张。\n")
    got = _got(_run(extractor, text, "2026-03-20", source="某县统计局"), "value", "role", "period")
    assert got == [("98650", 986500000, "level", "2025"), ("93420", 934200000, "level", "2024"),
                   ("5.6", 5.6, "change", "2025"), ("2186500", 21865000000, "level", "2025"),
                   ("2012300", 20123000000, "level", "2024"), ("8.7", 8.7, "change", "2025"),
                   ("286个", 286, "level", "2025"), ("2480张", 2480, "level", "2025")]


def test_units_under_the_words_and_a_table_broken_by_a_page(extractor: Extractor) -> None:
    """机构数 床位数 床位数比上年 / （个） （张） 增长（%）: the count named again before 比上年 is its change (beds); the
    page's number, 续表1 and the head set again pass, and a label run on over its cells (诊所、卫生所、医务室 / 和护理站)
    holds its row."""
    text = ("某市2025年卫生健康统计简报\n某市卫生健康委员会\n\n"
            "表1   2025年末全市医疗卫生机构及床位数\n"
            "机构类别                     机构数       床位数      床位数比上年\n"
            "                             （个）       （张）        增长（%）\n"
            "医院                            52        10240          3.2\n\n"
            "                                 — 2 —\n续表1\n"
            "机构类别                     机构数       床位数      床位数比上年\n"
            "                             （个）       （张）        增长（%）\n"
            "  诊所、卫生所、医务室\n    和护理站                   862            —            —\n"
            "专业公共卫生机构                26          418          1.5\n")
    figs = _run(extractor, text, "2026-04-20", source="某市卫生健康委员会")
    assert [(f["quote"], f["value"], f["unit"], f["role"]) for f in figs] == [
        ("52", 52, "count", "level"), ("10240", 10240, "bed", "level"), ("3.2", 3.2, "percent", "change"),
        ("862", 862, "count", "level"), ("26", 26, "count", "level"), ("418", 418, "bed", "level"),
        ("1.5", 1.5, "percent", "change")]


def test_rests_under_the_words_and_a_continued_head_without_its_note(extractor: Extractor) -> None:
    """项目 基金收入 比上年 基金支出 年末滚存 / 增长（%） 结余: each rest joins the word it stands under; under 续表2 the
    head set again without 单位：万元 reads on in the first head's unit."""
    text = ("某县2025年人力资源和社会保障事业发展统计公报\n某县人力资源和社会保障局\n\n"
            "表2   2025年全县社会保险基金收支情况\n                                        单位：万元\n"
            "项目                      基金收入      比上年       基金支出     年末滚存\n"
            "                                       增长（%）                    结余\n"
            "失业保险                     2860         3.6          1925        10420\n\n"
            "                                  — 7 —\n续表2\n"
            "项目                      基金收入      比上年       基金支出     年末滚存\n"
            "                                       增长（%）                    结余\n"
            "工伤保险                     2210        -2.4          2065         2890\n")
    got = _got(_run(extractor, text, "2026-05-10", source="某县人力资源和社会保障局"), "value", "role")
    assert got == [("2860", 28600000, "level"), ("3.6", 3.6, "change"), ("1925", 19250000, "level"),
                   ("10420", 104200000, "level"), ("2210", 22100000, "level"), ("-2.4", -2.4, "change"),
                   ("2065", 20650000, "level"), ("2890", 28900000, "level")]


def test_a_relief_table_takes_each_column_its_own_unit(extractor: Extractor) -> None:
    """保障人数 保障标准 全年支出 / （人） （元/人·月） （万元）: a count, a monthly standard and the year's spending,
    each in the unit under its word; a label run on under it ((集中和分散)) still gives its row's cells."""
    text = ("某市2025年民政事业发展统计公报\n某市民政局\n\n"
            "表1   2025年末全市社会救助情况\n"
            "项目                    保障人数        保障标准          全年支出\n"
            "                        （人）       （元/人·月）        （万元）\n"
            "城市低保                  1642            840             1386.2\n"
            "特困人员救助供养\n  （集中和分散）          2418           1080             3062.5\n")
    figs = _run(extractor, text, "2026-04-28", source="某市民政局")
    assert [(f["quote"], f["value"], f["unit"]) for f in figs] == [
        ("1642", 1642, "person"), ("840", 840, "cny_per"), ("1386.2", 13862000, "CNY"),
        ("2418", 2418, "person"), ("1080", 1080, "cny_per"), ("3062.5", 30625000, "CNY")]


def test_bottom_words_that_fall_under_one_column_give_no_head(extractor: Extractor) -> None:
    """Two rests under the same word (比上年 over 增长 and （%）, set apart): whose is which is not sure, so the two lines
    make no head and the cells give no figure, never a cell in the wrong column's unit."""
    text = ("某县2025年国民经济和社会发展统计公报\n某县统计局\n\n"
            "表1   2025年全县主要财政指标\n                                        单位：万元\n"
            "指标                      2025年          2024年       比上年\n"
            "                                                    增长    （%）\n"
            "一般公共预算收入          98650           93420          5.6\n")
    figs = _run(extractor, text, "2026-03-20", source="某县统计局")
    assert all(f["value"] not in (98650, 93420) for f in figs)
