"""Forms of pages p87-p88 (pages102): a number box an extractor printed an entry a line, each figure glued to the
label it stood over (pypdf: 98.6亿元地区生产总值 | 7.4%规上工业增加值增长), and a headline's block of two lines (a
kicker over the main line) over an article whose three columns pdfminer sweeps a line of each in turn."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

_LEAD = ("前三季度全市经济稳中有进\n"
         "本报讯（记者 李明）前三季度，全市实现地区生产总值98.6亿元，同比增长6.1%；规上\n"
         "工业增加值增长7.4%，固定资产投资增长5.2%；社会消费品零售总额41.3亿元，增长4.6%。\n")
_BOX = ("数读·前三季度经济\n"
        "98.6亿元地区生产总值\n"
        "7.4%规上工业增加值增长\n"
        "41.3亿元社会消费品零售总额\n")
_NEXT = ("横店：影视产业再提速\n"
         "本报讯（通讯员 王芳）今年，横店镇新增影视企业86家。\n")


def _box(extractor: Extractor, text: str) -> list[tuple]:
    figs = quoted(dated_figures(extractor, text, "2026-10-30"), "role", "period")
    return figs[6:9]  # (the lead's six figures, then the box's three)


def test_a_box_printed_a_figure_glued_to_its_label_a_line_reads_each_entry_alone(extractor: Extractor) -> None:
    """Joined on, each label ran into the next figure (…增长41.3亿元 a change, 7.4% a level): each entry is its own,
    under its title's 前三季度, in the article above it (the title run into the first entry opens no item)."""
    text = "今日东阳 2026年10月30日 星期五 第3版 综合\n" + _LEAD + _BOX + _NEXT
    assert _box(extractor, text) == [("98.6亿元", "level", "2026Q1-Q3"), ("7.4%", "change", "2026Q1-Q3"),
                                     ("41.3亿元", "level", "2026Q1-Q3")]


def test_a_glued_box_under_blank_lines_reads_the_same(extractor: Extractor) -> None:
    """The same box with a blank line between its entries (a looser extractor): each entry still its own."""
    text = "今日东阳 2026年10月30日 星期五 第3版 综合\n" + _LEAD + _BOX.replace("\n", "\n\n") + _NEXT
    assert _box(extractor, text) == [("98.6亿元", "level", "2026Q1-Q3"), ("7.4%", "change", "2026Q1-Q3"),
                                     ("41.3亿元", "level", "2026Q1-Q3")]


def _cells(text: str) -> float:
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def _wrap(text: str, width: float) -> list[str]:
    out, line = [], ""
    for ch in text:
        if _cells(line + ch) > width:
            out.append(line)
            line = ""
        line += ch
    return [*out, line]


def _swept(head: list[str], body: str, cols: int = 3, width: float = 17.0) -> str:
    """A page as pdfminer gives an article in `cols` columns set at a wide pitch: each line a box of its own, a
    blank line after it, the columns' lines in turn (a line of the first, of the second, …) under the headline's
    block, whose lines stand close (no blank line between them)."""
    lines = _wrap(body, width)
    n = -(-len(lines) // cols)
    columns = [lines[k * n:(k + 1) * n] for k in range(cols)]
    out = ["江西日报 2026年1月20日 星期二 第2版 要闻", "", "1", "", *head, ""]
    for row in range(n):
        for col in columns:
            if row < len(col):
                out += [col[row], ""]
    return "\n".join(out)


_REPORT = ("本报讯（记者 刘洋 陈静）1月19日上午，江西省第十四届人民代表大会第五次会议在南昌开幕。省长代表省人民政府作政府"
           "工作报告，回顾了过去一年的工作。报告指出，2025年全省地区生产总值达到3.52万亿元，增长5.4%；规模以上工业增加值增长7.1%；"
           "社会消费品零售总额1.38万亿元，增长5.2%；粮食总产量438.6亿斤，创历史新高。")


def test_a_kicker_over_the_headline_goes_on_into_no_column_line(extractor: Extractor) -> None:
    """强化创新驱动　建设现代化产业体系 | 省十四届人大五次会议在南昌开幕, one box of two lines right before the dateline,
    is the item's headline, though its main line is as wide as a column's: the third column's lines (…增加值增长7.1%；
    社会消费品零售总额1.38万亿元…) go on from the second's foot, not from the headline (南昌 placed them, its month dated
    them)."""
    text = _swept(["强化创新驱动　建设现代化产业体系", "省十四届人大五次会议在南昌开幕"], _REPORT)
    got = quoted(dated_figures(extractor, text, "2026-01-20"), "role", "period", "place")
    assert got == [("3.52万亿元", "level", "2025", "江西省"), ("5.4%", "change", "2025", "江西省"),
                   ("7.1%", "change", "2025", "江西省"), ("1.38万亿元", "level", "2025", "江西省"),
                   ("5.2%", "change", "2025", "江西省"), ("438.6亿斤", "level", "2025", "江西省")]



def test_a_box_of_labels_over_figures_with_a_long_unit_stays_one_item(extractor: Extractor) -> None:
    """数说 上半年 over labels each over its figure (职业技能培训 | 1.65万人次): a label run into a figure whose unit is
    three letters (万人次) is no box title run into a glued entry; the entries stay in the item under its 上半年."""
    text = ("数说双鸭山上半年民生答卷\n编者按：上半年，全市坚持民生优先。\n教育\n新建幼儿园\n5所\n新增学位\n1180个\n"
            "住房\n改造老旧小区\n26个\n就业\n城镇新增就业\n1.06万人\n职业技能培训\n1.28万人次\n零工市场服务人员\n2.6万人次\n")
    got = quoted(dated_figures(extractor, text, "2026-07-15"), "period")
    assert ("1180个", "2026H1") in got and ("26个", "2026H1") in got and ("1.06万人", "2026H1") in got
