"""leftovers36: misses of older gold sets. bulletins18: a table pdftotext printed a cell a line row by row, the
labels of its indented rows (其中：…) printed after its last row, their numbers left in place, read where the counts
agree. damaged22: a slide deck's title page (the year it reports in its title, the month it was written under it)
dates the slides by the year; a numbered slide title over a box of figures opens no item of its own; a box figure
carrying its sign (+6.1%) is paired with the label under it. Texts invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_HEAD = ["一、养老服务", "全年全县新增养老机构床位210张，其中护理型床位130张。", "表1 2025年养老服务主要指标", "单位：张、%",
         "指标", "2025年", "2024年", "比上年", "增长（%）", "养老机构床位", "3620", "3410", "6.2"]


def _cells(lines: list[str]) -> str:
    """A table as pdftotext prints it without -layout: a cell a line, a blank line after each."""
    return "\n\n".join(lines) + "\n"


def test_indented_rows_whose_labels_come_after_the_table_take_them_in_turn(extractor: Extractor) -> None:
    """养老机构床位's row, then a row of numbers with no label, …, then 其中：护理型床位 after the last row: one label
    left over for one row left without: the row is read under it, its cells of their columns' years and roles."""
    rows = [*_HEAD, "1280", "1150", "11.3", "社区养老服务设施", "86", "81", "6.2", "其中：护理型床位",
            "全县养老服务工作稳步推进。"]
    got = _got(_run(extractor, _cells(rows), "2026-03-20", source="某某县民政局"), "value", "role", "period")
    assert ("1280", 1280, "level", "2025") in got
    assert ("1150", 1150, "level", "2024") in got
    assert ("11.3", 11.3, "change") in [g[:3] for g in got]
    assert [g[0] for g in got] == ["210张", "130张", "3620", "3410", "6.2", "1280", "1150", "11.3", "86", "81", "6.2"]


def test_rows_without_labels_stay_unread_where_the_labels_left_over_are_fewer(extractor: Extractor) -> None:
    """Two rows of numbers without a label and one label after the table: which row is its is a guess, so neither
    is read (the labelled rows still are)."""
    rows = [*_HEAD, "1280", "1150", "11.3", "540", "520", "3.8", "社区养老服务设施", "86", "81", "6.2",
            "其中：护理型床位", "全县养老服务工作稳步推进。"]
    got = [g[0] for g in _got(_run(extractor, _cells(rows), "2026-03-20", source="某某县民政局"))]
    assert got == ["210张", "130张", "3620", "3410", "6.2", "86", "81", "6.2"]


def test_a_label_over_another_rows_label_leaves_the_rows_without_one_unread(extractor: Extractor) -> None:
    """其中：护理型床位 printed right over 社区养老服务设施: the row left without a label may be its, or the label
    社区养老服务设施's first line: neither is read, and the head's words over the first row (比上年 / 增长（%）) are
    no labels of a table printed a column at a time (3410 no growth, 6.2 no level)."""
    rows = [*_HEAD, "1280", "1150", "11.3", "其中：护理型床位", "社区养老服务设施", "86", "81", "6.2",
            "全县养老服务工作稳步推进。"]
    got = _got(_run(extractor, _cells(rows), "2026-03-20", source="某某县民政局"), "value", "role")
    assert got == [("210张", 210, "level"), ("130张", 130, "level"), ("3620", 3620, "level"), ("3410", 3410, "level"),
                   ("6.2", 6.2, "change"), ("86", 86, "level"), ("81", 81, "level"), ("6.2", 6.2, "change")]


def test_a_title_pages_month_under_the_year_it_reports_dates_nothing(extractor: Extractor) -> None:
    """某某县2025年民政工作汇报 / 某某县民政局 / 2026年2月: the deck reports on 2025, written in February 2026 (the
    document's month): its cards are of 2025. A month that no earlier year comes before stays the time of the text."""
    text = ("某某县2025年民政工作汇报\n某某县民政局\n2026年2月\n一、养老服务\n468张\n养老床位\n+5.4%\n床位增长\n"
            "二、社会救助\n1260人\n低保对象\n")
    got = _got(_run(extractor, text, "2026-02-20", source="某某县民政局"), "value", "period")
    assert got == [("468张", 468, "2025"), ("5.4%", 5.4, "2025"), ("1260人", 1260, "2025")]
    plain = "2026年2月\n全县新增城镇就业120人。\n"
    got = _got(_run(extractor, plain, "2026-02-20", source="某某县人力资源和社会保障局"), "value", "period")
    assert got == [("120人", 120, "2026-02")]


def test_a_numbered_slide_title_over_a_box_of_figures_opens_no_item(extractor: Extractor) -> None:
    """二、服务能力 over a box (48.6万人次 / 总诊疗人次 / 72.5% / 病床使用率) and its bullets: a slide of the same
    deck, not an item headed by its title; its figures stay in the deck's article and its year."""
    text = ("某某县2025年卫生健康工作汇报\n某某县卫生健康局\n某某县卫生健康局\n1\n\f\n一、人才队伍\n"
            "• 卫生技术人员1280人，增长3.6%\n• 执业（助理）医师430人，注册护士560人\n某某县卫生健康局\n2\n\f\n"
            "二、服务能力\n48.6万人次\n总诊疗人次\n72.5%\n病床使用率\n\uf0a7 总诊疗人次48.6万人次，增长2.4%\n"
            "\uf0a7 出院人数1.82万人次\n\uf0a7 病床使用率72.5%\n某某县卫生健康局\n3\n\f\n")
    figs = _run(extractor, text, "2026-02-20", source="某某县卫生健康局")
    assert len(figs) == 10
    assert {f["article_id"] for f in figs} == {figs[0]["article_id"]}
    assert {f["period"] for f in figs} == {"2025"}


def test_a_box_figure_with_its_plus_sign_takes_the_label_under_it(extractor: Extractor) -> None:
    """1120张 / 实有床位 / +6.1% / 床位增长: two cards, each a figure over its label; the growth with its sign is
    one too, so 实有床位 stays 1120张's label (a count of beds), not the lead of the growth's line."""
    text = "一、医疗资源\n1120张\n实有床位\n+6.1%\n床位增长\n全县医疗卫生机构156个。\n"
    got = _got(_run(extractor, text, "2026-02-20", source="某某县卫生健康局"), "topic", "role")
    assert got[:2] == [("1120张", "beds", "level"), ("6.1%", "beds", "change")]
