"""What the blind set data/gold/reports3 found: budget and audit reports, half-year releases and
bulletins, some read from a page (a table row read as a line, a spaced line broken at its gap, a
running head inside a sentence, a numbered heading under a title). Sentences invented, in the
style of such reports; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.repaired import paragraphs as _pars


def test_a_spaced_line_broken_at_a_gap_runs_on(ruleset) -> None:
    """完 成 预 算 的 1 / ␣0 4 . 3 %: the next line's leading space is the gap between two spaced
    characters, not an indent; taken for one, the number was cut into 1 and 04.3% (4.3%, a wrong
    value). An indented line after a line that ended its sentence still opens a paragraph."""
    page = "全年税收收入8.76亿元，比上年增长11.2%，完 成 预 算 的 1\n 0 4 . 3 %。其中，增值税3.1亿元。"
    assert _pars(ruleset.lexicon, page) == ["全年税收收入8.76亿元，比上年增长11.2%，完成预算的104.3%。其中，增值税3.1亿元。"]
    page = "全年税收收入8.76亿元，比上年增长11.2%。\n 其 中 ， 增 值 税 3 . 1 亿 元 。"
    assert _pars(ruleset.lexicon, page) == ["全年税收收入8.76亿元，比上年增长11.2%。", "其中，增值税3.1亿元。"]


def test_a_running_head_inside_a_sentence_is_dropped(ruleset) -> None:
    """A page break inside a sentence puts the next page's running head between its halves: as a
    paragraph of its own it cut the sentence, and its date became the period of the figures after it."""
    page = "全县一般公共预算收入完成5.63亿元，完成预\n城市日报 2024年2月6日 星期二 5\n算的101.2%。"
    assert _pars(ruleset.lexicon, page) == ["全县一般公共预算收入完成5.63亿元，完成预算的101.2%。"]
    page = "全县一般公共预算收入完成5.63亿元。\n城市日报 2024年2月6日 星期二 5\n全县支出完成12亿元。"
    assert _pars(ruleset.lexicon, page)[1] == "城市日报2024年2月6日星期二5"  # between sentences: kept apart


def test_a_table_row_read_as_a_line_keeps_its_cells_apart(ruleset, extractor: Extractor) -> None:
    """收入 84.48 86.42 102.3: joined, the cells made 84.4886 (a wrong value, 元 from 收入 before it)
    and the header's 预算数 made a target of the sentence after the table. The row is a paragraph of
    its own, its cells keep a space, and no cell takes a unit the row does not write: a cell's unit
    comes from the table's head and caption (stats/find/tablerows.py), and the sentence after the
    table is read as any other."""
    page = ("全县收入完成8.6亿元。\n表1 收支完成情况 单位：亿元、%\n项目 预算数 完成数 完成预算%\n"
            "收入 84.48 86.42 102.3\n支出 403.70 386.75 95.8\n全县基金收入完成2.9亿元，增长3.1%。")
    pars = _pars(ruleset.lexicon, page)
    assert pars[-3:] == ["收入84.48 86.42 102.3", "支出403.70 386.75 95.8", "全县基金收入完成2.9亿元，增长3.1%。"]
    figs = _run(extractor, page, "2024-02-06")
    assert [(f["quote"], f["role"], f["unit"]) for f in figs] == [
        ("8.6亿元", "level", "CNY"),
        ("84.48", "target", "CNY"), ("86.42", "level", "CNY"), ("102.3", "level", "percent"),
        ("403.70", "target", "CNY"), ("386.75", "level", "CNY"), ("95.8", "level", "percent"),
        ("2.9亿元", "level", "CNY"), ("3.1%", "change", "percent")]
    assert _pars(ruleset.lexicon, "增长1 2.4%，全年3 085人。") == ["增长12.4%，全年3085人。"]  # justification still joins


def test_a_numbered_heading_under_a_title_line_is_a_paragraph_of_its_own(ruleset) -> None:
    """The report's title and its author line (县财政局) end with no stop; the heading under them
    (一、2023年预算执行情况) is its own paragraph, so the title's 预算草案 is no cue for the figures
    under it. A list of numerals (二、三级医院) after a short line still runs on."""
    page = "关于2023年预算执行情况和2024年预算草案的报告\n县财政局\n一、2023年预算执行情况\n全县收入完成8.6亿元。"
    assert _pars(ruleset.lexicon, page)[-2:] == ["一、2023年预算执行情况", "全县收入完成8.6亿元。"]
    page = "全县卫生机构\n二、三级医院床位共计\n1800张。"
    assert _pars(ruleset.lexicon, page) == ["全县卫生机构二、三级医院床位共计1800张。"]


def test_a_budget_draft_section_holds_targets(extractor: Extractor) -> None:
    """二、2024年预算草案 opens the plan of a budget report: what it arranges (安排, 保持在) is a target."""
    text = ("一、2023年预算执行情况\n全县收入完成8.6亿元，增长3.1%。\n二、2024年预算草案\n"
            "全县基金收入安排4.3亿元。教育支出比重保持在18%以上。")
    figs = _run(extractor, text, "2024-02-06")
    assert [(f["quote"], f["role"], f["period"]) for f in figs] == [
        ("8.6亿元", "level", "2023"), ("3.1%", "change", "2023"), ("4.3亿元", "target", "2024"),
        ("18%以上", "target", "2024")]


def test_a_figure_of_a_time_still_to_come_is_a_target(extractor: Extractor) -> None:
    """“十四五”期间 in a report of 2023: 累计完成 reads as a result, but the plan runs to 2025; its
    figures are goals. A span that ended before the report (“十三五”期间) keeps its levels."""
    text = "“十四五”期间，累计完成固定资产投资3000亿元，新增城镇就业4万人以上。"
    assert [(f["quote"], f["role"], f["period"]) for f in _run(extractor, text, "2023-01-13")] == [
        ("3000亿元", "target", "2021-2025"), ("4万人以上", "target", "2021-2025")]
    text = "“十三五”期间，累计完成固定资产投资2600亿元，新增城镇就业3.8万人。"
    assert [(f["quote"], f["role"]) for f in _run(extractor, text, "2023-01-13")] == [
        ("2600亿元", "level"), ("3.8万人", "level")]


def test_a_price_cut_is_a_change(extractor: Extractor) -> None:
    figs = extractor.extract_text("全市落地执行集采药品518种，平均降价52%，部分耗材涨价3%。").figures
    assert [(f["quote"], f["role"]) for f in figs] == [("518种", "level"), ("52%", "change"), ("3%", "change")]


def test_a_numbered_heading_ends_the_place_carried_from_the_last_section(extractor: Extractor) -> None:
    """An audit report names a city in one section (兰州市有…); the next numbered section speaks of
    the province again, not of that city."""
    text = ("2023年，甘肃省本级一般公共预算收入1000亿元。\n三、民生资金审计情况\n兰州市有2.1万名参保人重复领取待遇。\n"
            "四、审计整改情况\n已整改问题金额6.5亿元，整改率为94.3%。")
    figs = _run(extractor, text, "2024-07-30")
    assert [(f["quote"], f["place"]) for f in figs] == [
        ("1000亿元", "甘肃省"), ("2.1万名", "兰州市"), ("6.5亿元", "甘肃省"), ("94.3%", "甘肃省")]


def test_a_page_number_inside_a_number_is_dropped(ruleset, extractor: Extractor) -> None:
    """— 3 — at a page's foot between 2.67 and 万人: glued, it cut the figure (2.67—3—万人, none
    found). A page number line is a running head: under a full line it is dropped, the number whole.
    十种有色金属 names a statistical group of metals: its output is the figure, not 10 种."""
    page = "全年全市地区生产总值3002.4亿元，年末常住人口462.81万人，比上年末减少2.67\n— 3 —\n万人。"
    assert _pars(ruleset.lexicon, page) == ["全年全市地区生产总值3002.4亿元，年末常住人口462.81万人，比上年末减少2.67万人。"]
    assert [f["quote"] for f in _run(extractor, page, "2024-04-02")] == ["3002.4亿元", "462.81万人", "2.67万人"]
    assert [f["quote"] for f in extractor.extract_text("全年十种有色金属产量82.4万吨。").figures] == ["82.4万吨"]
