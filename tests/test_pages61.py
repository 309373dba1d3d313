"""What the blind pages p61-p62 found (data/gold/pages: 潍坊日报's 专题 page read by PDFium, 今日桐庐's 综合 page read
by pdfplumber's words rejoined a line per baseline with a y_tolerance of 5 points, at a line pitch of 1.9): a 数读 bar
chart PDFium printed in the order it was drawn, the axis's ticks and then each bar's value on the line over its label,
gave none of its values, and once read its bars (寿光市 1286.5), set short as headlines are, named the lead above for a
county; three short items set side by side and read a row at a time broke 同比增长 | 7.2% apart on a page too short
to have written 增长 before a number anywhere but at its seams, and the rate was read as a level. Sentences invented,
in the style of such pages."""

from __future__ import annotations

from stats.repair.bars import stacked_charts
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _labels(text: str) -> bool:
    return len(text) <= 8


def _units(unit: str) -> str | None:
    return unit if unit in ("亿元", "人", "%") else None


# a chart as PDFium prints it: the caption, the axis's ticks bottom up, then each bar's value over its label
_CHART = "\n".join([
    "前三季度部分县市规上工业营业收入（亿元）",
    "0", "400", "800", "1200",
    "1046.2", "龙口市", "618.5", "莱州市", "433.7", "招远市",
])


def test_a_chart_printed_a_line_a_bar_pairs_each_value_with_the_label_under_it() -> None:
    """Each value with the label on the line after it, the ticks (an even run up from 0) left out."""
    charts = stacked_charts(_CHART, _labels, _units)
    assert [(c.unit, [(b.label, b.value) for b in c.bars]) for c in charts] == [
        ("亿元", [("龙口市", "1046.2"), ("莱州市", "618.5"), ("招远市", "433.7")])]


def test_a_chart_with_no_axis_printed_a_line_a_bar_is_read() -> None:
    text = "\n".join(["前三季度部分县新增就业（人）", "3120", "甲县", "2150", "乙县", "1380", "丙县"])
    assert [[(b.label, b.value) for b in c.bars] for c in stacked_charts(text, _labels, _units)] == [
        [("甲县", "3120"), ("乙县", "2150"), ("丙县", "1380")]]


def test_a_chart_drawn_label_first_is_not_read() -> None:
    """Label, value, label, value …: the last line a number, and after the ticks a label: read value first, every value
    would go with the wrong label; nothing is read."""
    text = "\n".join(["前三季度部分县新增就业（人）", "0", "2000", "4000", "甲县", "3120", "乙县", "2150", "丙县", "1380",
                      "本报讯 今年以来，全市就业形势保持稳定。"])
    assert stacked_charts(text, _labels, _units) == []


def test_ticks_that_may_hold_the_first_value_leave_the_chart_unread() -> None:
    """0 400 800 1200 then a label: is 1200 the axis's top or the first bar? The run is even all through: not read; nor
    where a value stands over the axis's top, or a label has no value over it."""
    even = _CHART.replace("1046.2\n", "")
    over = _CHART.replace("1046.2", "1346.2")
    bare = _CHART.replace("618.5\n", "")
    for text in (even, over, bare):
        assert stacked_charts(text, _labels, _units) == []


def test_the_values_of_a_chart_printed_a_line_a_bar_are_figures_of_their_labels(extractor: Extractor) -> None:
    """Each bar a figure of its label's area in the caption's unit and period; the lead above keeps the paper's city:
    the bars, set short as headlines are, name no article."""
    text = ("本报讯 前三季度，全市规上工业营业收入3862.4亿元，同比增长7.1%。\n" + _CHART + "\n"
            "本报讯 今年以来，龙口市新开工项目36个。\n")
    got = _got(_run(extractor, text, "2025-10-28", source="烟台日报"), "value", "place", "period")
    assert ("3862.4亿元", 386240000000.0, "烟台市", "2025Q1-Q3") in got
    assert ("7.1%", 7.1, "烟台市", "2025Q1-Q3") in got
    assert [g for g in got if g[0] in ("1046.2", "618.5", "433.7")] == [
        ("1046.2", 104620000000.0, "龙口市", "2025Q1-Q3"), ("618.5", 61850000000.0, "莱州市", "2025Q1-Q3"),
        ("433.7", 43370000000.0, "招远市", "2025Q1-Q3")]


# three short items side by side, read a row at a time with one space between the columns (pdfplumber's words)
_ROWS = """某某日报 2025年12月5日 星期五 第2版 综合 1
甲镇竹编产业稳步发展 县人民医院病房楼启用 今年我县新增就业6300人
本报讯（记者 李明）1—11月，甲镇 本报讯（通讯员 王芳）12月2日，县 本报讯（记者 张强）1—11月，全县
竹编企业实现产值12.6亿元，同比增长 人民医院新病房楼正式启用，新增床 城镇新增就业6300人，完成全年目标的10
8.4%，带动农户增收明显。 位400张，全县每千人口医疗机构床位 5.2%；帮助520名就业困难人员实现再就
数达到5.8张。 业。
农村公路提档升级 乙镇民宿经济红火 丙镇秋冬种基本完成
本报讯（记者 赵华）今年，我县改造 本报讯（通讯员 孙丽）今年以来，乙 本报讯（记者 周伟）截至11月底，丙
提升农村公路128公里。1—11月，全县 镇新增精品民宿15家，总数达到96家。 镇已完成秋冬种面积8600亩，其中油菜
公路货运量达到1260万吨，同比增长 前三季度，全镇民宿接待游客18.4万人 3200亩，比去年增加400亩。
12.3%。 次，营业收入6800万元。
责任编辑：某某 版式：某某 校对：某某 2
"""


def test_a_column_line_ending_on_a_change_verb_goes_on_into_the_rate_a_row_on(extractor: Extractor) -> None:
    """同比增长 at a column line's end, 8.4% opening the same column's line a row on: the change verb and a number
    opening the line tell the seam (interleave `_score`) on a page that writes 增长 before a number nowhere else; the
    rate is a change of its item's months, the last item's 12.3% too (not the next item's level of 截至11月底)."""
    got = _got(_run(extractor, _ROWS, "2025-12-05", source="某某日报"), "role", "period")
    assert ("8.4%", "change", "2025M01-M11") in got
    assert ("12.3%", "change", "2025M01-M11") in got
    assert ("105.2%", "level", "2025M01-M11") in got
