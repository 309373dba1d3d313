"""Forms of pages p95-p96 (pages133): a 自治州's daily read by PDFium (pypdfium2) at a loose pitch, and a region's
法治报 read by pdfplumber's layout mode at a tight one.

On the PDFium page: a 数说 sidebar printed a figure a line over its label, the last label opening with the month it is
of (7月份接待游客); a photo's caption whose credit in brackets (（记者 王磊 摄）) the headline under it, a county's
short form and a colon (玛纳斯：…), was run into. On the layout page: a lead in two columns whose first line holds a
byline's wide space (本报讯（记者  马立新）) and whose left column runs a line past the right one; a bar chart whose
title ends on a unit note (…成功率   单位：%), not a bracketed unit, its label line then left in the text and run
into the next line; a 数说 box of a row of figures over a row of labels, handed on label first, each entry short and
unpunctuated enough to pass for a headline. Sentences invented, in the style of such pages."""

from __future__ import annotations

import pytest

from stats.repair.bars import bar_charts
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# a chart as pdfplumber's layout mode prints it: the title and its unit note a gap apart on one line, the ticks at
# the left, each value over its bar's label, the label line last
_CHART = "\n".join([
    "      1至8月各市诉前调解成功率   单位：%",
    "       80",
    "       60  64.2      66.1      61.9",
    "                58.7",
    "                          55.3",
    "       40",
    "        0",
    "          兰州   天水   酒泉   武威   张掖",
])


def test_a_laid_out_charts_title_with_a_unit_note_reads_its_bars() -> None:
    """A chart's title a paper sets with its unit in a note after a gap (…成功率   单位：%), not in brackets at its
    end: the note's one unit is the chart's, each value paired with the label it stands over (no title was read
    but one ending on a bracketed unit: the chart's values were lost)."""
    charts = bar_charts(_CHART, lambda w: len(w) <= 4, lambda u: u if u in ("%", "人") else None, ("单位：",))
    assert len(charts) == 1
    assert charts[0].unit == "%"
    assert [(b.label, b.value) for b in charts[0].bars] == [
        ("兰州", "64.2"), ("天水", "58.7"), ("酒泉", "66.1"), ("武威", "55.3"), ("张掖", "61.9")]
    # (a title with a second word in the chart's span that is no unit note is text run into the chart: none read)
    assert bar_charts(_CHART.replace("单位：%", "各市排名"), lambda w: len(w) <= 4,
                      lambda u: u if u in ("%", "人") else None, ("单位：",)) == []


@pytest.mark.slow
def test_a_laid_out_charts_labels_leave_the_running_text(extractor: Extractor) -> None:
    """Each bar is read as a row (兰州 64.2, of 兰州市 and of the title's 1至8月); the label line itself, left in the
    text, ran into the line under it, and its first label, read as the head of a list of places, placed that line's
    figure (全省…286个 read as 兰州市's)."""
    text = ("甘肃日报 2026年9月18日 星期五 第3版 综合\n\n本报讯（记者 李文）1至8月，全省法院诉前调解工作稳步推进。\n\n"
            + _CHART + "\n      数说1至8月全省新建调解室286个。\n\n本报讯（记者 王静）今年以来，全省新增法律援助站42个。\n")
    got = quoted(dated_figures(extractor, text, "2026-09-18", "甘肃日报"), "place", "period")
    assert ("64.2", "兰州市", "2026M01-M08") in got and ("61.9", "张掖市", "2026M01-M08") in got
    assert ("286个", "甘肃省", "2026M01-M08") in got


@pytest.mark.slow
def test_a_box_label_opening_with_its_month_ends_its_entry(extractor: Extractor) -> None:
    """A box of figures each over its label (9.2% | 规上工业增加值增长 | …), its last label opening with the month it is
    of (7月份接待游客): that label, digits and all, still ends its entry, so each figure reads with its own label
    (the box was left unread as such: each figure had taken the label above it, 1.26万人 under 社会消费品零售总额)."""
    text = ("阿勒泰日报 2026年8月20日 星期四 第1版 要闻\n本报讯（记者 马林）记者从地区人社局获悉，1至7月，全地区城镇新增"
            "就业1.26万人，完成年度目\n标任务的81.2%。今年以来，全地区发放创业担保贷款2.15亿元。\n数说·1至7月\n8.6%\n"
            "规上工业增加值增长\n126.4亿元\n社会消费品零售总额\n1.26万人\n城镇新增就业\n412万人次\n7月份接待游客\n"
            "8月16日，在布尔津县一家旅游企业，工作人员在整理物资。（记者 王磊 摄）\n")
    got = quoted(dated_figures(extractor, text, "2026-08-20", "阿勒泰日报"), "role", "metric")
    at = got.index(("8.6%", "change", "money.value_added.industry"))
    assert got[at:at + 4] == [("8.6%", "change", "money.value_added.industry"),
                              ("126.4亿元", "level", "money.consumption"),
                              ("1.26万人", "level", "jobs.urban_new"),
                              ("412万人次", "level", "quantity.tourist_visits")]


@pytest.mark.slow
def test_a_short_name_headline_after_a_captions_credit_is_of_that_county(extractor: Extractor) -> None:
    """A caption's credit (（记者 李强 摄）) ends no sentence, so the headline under it (霍城：…突破20亿元) is read in
    one sentence with it: its county's short form and colon still open the headline, and its figure is that
    county's, not the county the caption named (伊宁县)."""
    text = ("伊犁日报 2026年8月20日 星期四 第2版 县域\n8月12日，在伊宁县一家薰衣草加工企业，工人在包装产品。1至7月，该企业"
            "实现产值3.6亿元，同比增长18.2%。（记者 李强 摄）\n霍城：大米产业链产值突破20亿元\n本报讯（通讯员 霍宣）"
            "今年以来，霍城县新建优质水稻基地2.1万亩。\n")
    got = quoted(dated_figures(extractor, text, "2026-08-20", "伊犁日报"), "place")
    assert ("3.6亿元", "伊宁县") in got
    assert ("突破20亿元", "霍城县") in got


def _row(left: str, right: str | None, at: int) -> str:
    line = "      " + left
    return line.ljust(at) + right if right else line


@pytest.mark.slow
def test_a_left_columns_last_line_under_a_spaced_byline_stays_in_its_column(extractor: Extractor) -> None:
    """Two columns as pdfplumber's layout mode prints them: the right one starts a character or two either side of
    its edge (44, 42), the first row's byline holds a wide space (本报讯（记者  王小明）), and the left column runs a
    line past the right one (…提供岗位32. | 5万个，…). Counted with the rows near it, the right column's edge is still
    the commonest, so that last line is the left column's, read before the right column (it had gone on alone after
    it, 32. run into the right column's top line: 32.个)."""
    text = "\n".join([
        "      某省工人报 2026年9月16日 星期三 第2版 就业", "", "      前8个月全省城镇新增就业24.6万人", "", "",
        _row("  本报讯（记者  王小明）9月10日，记者从省人", "个，吸纳就业1.1万人。", 42),
        _row("社厅获悉，1至8月，全省城镇新增就业24.6万人", "1至8月，全省发放创业担保贷款18.2亿", 44),
        _row("，同比增长3.1%；城镇调查失业率为5.1%。", "元，扶持创业2.3万人。今年全省力争新", 42),
        _row("  1至8月，全省共举办招聘会860场，提供岗位32.", "增就业38万人以上。", 42),
        _row("5万个，同比增长6.4%；建成零工市场126", None, 0), "", "", "      某省工人报社出版"]) + "\n"
    got = quoted(dated_figures(extractor, text, "2026-09-16", "某省工人报"), "metric")
    assert ("32.5万个", "jobs.posts") in got and ("126个", "quantity.items") in got
    assert ("18.2亿元", "jobs.funds") in got


@pytest.mark.slow
def test_a_box_title_over_label_first_entries_opens_an_item_of_its_own(extractor: Extractor) -> None:
    """A 数说 box printed as a row of figures over a row of labels is handed on an entry a paragraph, label first
    (受理各类案件9.86万件), each short and unpunctuated enough to pass for a headline: the box's title over them opens
    the box as an item of its own, whose figures are the paper's area's, not the city the item above last named
    (兰州市, whose sentence they had been read after as its subheadings)."""
    blank = " " * 82
    text = "\n".join([
        blank, "      甘肃日报 2026年9月18日 星期五 第3版 综合                                         3       ", blank,
        "      本报讯（记者 李文）今年以来，兰州市两级法院建成“共享法庭”128个，1至8月化解矛盾纠纷6420件。", blank,
        "      数说1至8月                                                                      ", blank,
        "          9.86万件           42.6亿元           0.96亿元             71.4%             ",
        "            受理各类案件           执行到位金额            追回劳动报酬           诉前调解成功率           ",
        blank, "      护本报讯（记者 丁宁）今年以来，全省人社部门开展根治欠薪专项行动，检查用人单位2860户。", blank]) + "\n"
    got = quoted(dated_figures(extractor, text, "2026-09-18", "甘肃日报"), "place")
    assert ("128个", "兰州市") in got
    assert got[-5:-1] == [("9.86万件", "甘肃省"), ("42.6亿元", "甘肃省"), ("0.96亿元", "甘肃省"), ("71.4%", "甘肃省")]
