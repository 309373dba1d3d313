"""Whole newspaper pages of our own, for measuring what real text extractors do to a page.

Where tests/pdflayouts.py sets one thing at a time, these pages hold what a city paper's
page holds at once: articles side by side in 2–3 columns each, headlines with subtitles,
a photo with its caption, a table of figures with a heading row, a running head, a
footer line and rules, set at the tight line pitch papers use (at which pdfminer groups
a column's lines into one box) as well as a looser one (at which it does not). Some
typesetting programs write a page's text in no reading order at all; `scrambled` pages
draw their blocks bottom first, as those do, which is what PDFium and pypdf read back.

The clean text (`Drawn.clean`) is each block in reading order; a table row is its cells
joined by a space. Sentences and figures are our own invention.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .pdfpages import FONT, PAGE, Article, Drawn, Region, _region, _register, _set_line, _width, _wrap

FARM = Article("农业生产形势总体向好", [
    "本报讯 今年全市粮食播种面积稳定在386.5万亩，粮食总产量达到142.8万吨，比上年增加3.6万吨，增长2.6%。"
    "其中夏粮产量51.2万吨，秋粮产量91.6万吨。",
    "全市新建高标准农田12.4万亩，累计建成218万亩。农业机械总动力达到465万千瓦，"
    "主要农作物耕种收综合机械化率达到87.5%。",
])
INCOME = Article("居民收入稳步增长", [
    "前三季度，全市居民人均可支配收入38620元，比上年同期增长5.8%。其中城镇居民人均可支配收入46750元，"
    "增长5.1%；农村居民人均可支配收入23180元，增长7.2%。",
    "城乡居民收入比缩小到2.02，比上年同期缩小0.06。居民人均消费支出25340元，增长6.9%。",
])
ROADS = Article("交通基础设施加快建设", [
    "今年以来，全市完成交通基础设施投资286.3亿元，比上年增长11.4%。新建和改建农村公路1260公里，"
    "新增公交线路38条，更新新能源公交车420辆。",
    "全市公路通车里程达到1.86万公里，其中高速公路612公里。城市轨道交通运营里程达到146公里，"
    "日均客运量达到98.5万人次。",
], subtitle="全年完成交通投资超过二百八十亿元")
SCHOOLS = Article("教育事业均衡发展", [
    "全市新建改扩建中小学校42所，新增学位3.6万个。学前教育毛入园率达到93.2%，"
    "九年义务教育巩固率保持在99%以上。",
    "全年招聘中小学教师1850名，其中研究生学历教师320名。市财政教育支出达到168.7亿元，"
    "占一般公共预算支出的19.6%。",
])
HOUSING = Article("保障性住房建设提速", [
    "全市今年开工建设保障性租赁住房2.4万套，基本建成1.9万套，完成投资96.8亿元。"
    "发放住房租赁补贴3.2万户，比上年增加0.5万户。",
    "老旧小区改造开工386个，惠及居民4.7万户，加装电梯620部。",
], subtitle="惠及居民超过四万户")
CAPTION = "图为新建成的城市公园。今年全市新增城市绿地面积520公顷，人均公园绿地面积达到15.8平方米。"
TABLE = [("指标", "绝对量", "增速"), ("规模以上工业增加值", "1862.4亿元", "6.3%"),
         ("社会消费品零售总额", "2350.7亿元", "5.9%"), ("一般公共预算收入", "412.6亿元", "3.7%")]
FOOTER = "本版责任编辑 陈明 美术编辑 刘佳"


@dataclass
class Caption:
    """A photo (a grey box) with a caption under it."""

    text: str
    x0: float
    x1: float
    top: float
    photo_h: float = 90.0
    size: float = 8.0


@dataclass
class Table:
    """A table under a heading: each row's cells at the given x positions."""

    title: str
    rows: list[tuple[str, ...]]
    xs: tuple[float, ...]
    top: float
    size: float = 8.5
    x1: float = 555.0  # where the rule under the head row stops
    ruled: bool = False  # a rule over and under every row and between the cells (a 公示's grid)


@dataclass
class Chart:
    """A bar chart under its title: the value axis's ticks down its left, a bar a label under the axis, each
    bar's value over it (the text a PDF of a chart carries: its ticks, labels and values, where they stand)."""

    title: str
    labels: list[str]
    values: list[float]
    ticks: list[int]
    x0: float
    x1: float
    top: float
    height: float = 100.0
    size: float = 7.5
    inside: bool = False  # each value printed on its bar, just under the bar's top, rather than over it


@dataclass
class Vertical:
    """A headline set a character a line, down beside its article."""

    text: str
    x: float
    top: float
    size: float = 16.0


@dataclass
class Figures:
    """An infographic (数说, 图解): a title, then cells across the page, each a big number over its short label
    (the number in a large type, the label small under it), `per_row` cells to a row."""

    title: str
    cells: list[tuple[str, str]]
    per_row: int
    x0: float
    x1: float
    top: float
    size: float = 18.0
    circles: bool = False  # each number in a circle, its label under the circle (a 两会 图解)


@dataclass
class Page:
    blocks: list[Region | Caption | Table | Chart | Vertical | Figures] = field(default_factory=list)
    scrambled: bool = False  # drawn last block first (the PDF's text order is not the reading order)


def news_pages() -> dict[str, list[Page]]:
    """name → pages of a newspaper layout."""
    return {
        # two articles side by side over two columns each, a photo with a caption beside a table,
        # an article with a subtitle across four columns; tight line pitch
        "paper4": [Page([
            Region(FARM, 40, 290, 60, 330, 2, leading=1.25),
            Region(INCOME, 305, 555, 60, 330, 2, leading=1.25),
            Caption(CAPTION, 40, 250, 350),
            Table("一至十月主要经济指标", TABLE, (270.0, 400.0, 490.0), 360),
            Region(ROADS, 40, 555, 520, 760, 4, leading=1.3),
        ])],
        # five columns: an article over three beside one over two, a table and an article below,
        # drawn bottom block first; looser pitch
        "paper5": [Page([
            Region(SCHOOLS, 40, 345, 60, 400, 3, size=8.5, leading=1.5),
            Region(HOUSING, 360, 555, 60, 400, 2, size=8.5, leading=1.5),
            Table("一至十月主要经济指标", TABLE, (40.0, 200.0, 300.0), 420),
            Region(ROADS, 40, 555, 520, 760, 5, size=8.0, leading=1.4),
        ], scrambled=True)],
    }


def _caption(c, cap: Caption, pno: int, h: float, drawn: Drawn) -> None:
    c.setFillGray(0.8)
    c.rect(cap.x0, h - cap.top - cap.photo_h, cap.x1 - cap.x0, cap.photo_h, fill=1, stroke=0)
    c.setFillGray(0.0)
    base = cap.top + cap.photo_h + 4 + cap.size
    chars = []
    lines = _wrap(cap.text, cap.x1 - cap.x0, cap.size, 0.0)
    for k, ln in enumerate(lines):
        chars += _set_line(c, ln, cap.x0, base, cap.x1 - cap.x0, cap.size, k < len(lines) - 1, h)
        base += 1.3 * cap.size
    drawn.line(pno, chars)


def _table(c, tab: Table, pno: int, h: float, drawn: Drawn) -> None:
    base = tab.top + 1.2 * tab.size
    drawn.line(pno, _set_line(c, list(tab.title), tab.xs[0], base, 0, 1.2 * tab.size, False, h))
    base += 1.6 * tab.size
    for r, cells in enumerate(tab.rows):
        chars = []
        for k, (x, cell) in enumerate(zip(tab.xs, cells, strict=True)):
            if k:
                chars.append((" ", x - 1, base - tab.size, x, base))
            chars += _set_line(c, list(cell), x, base, 0, tab.size, False, h)
        drawn.line(pno, chars)
        if tab.ruled:
            c.line(tab.xs[0] - 2, h - base - 3, tab.x1, h - base - 3)
            c.line(tab.xs[0] - 2, h - base + 1.35 * tab.size, tab.x1, h - base + 1.35 * tab.size)
            for x in (*tab.xs[1:], tab.x1):
                c.line(x - 3, h - base - 3, x - 3, h - base + 1.35 * tab.size)
        elif r == 0:
            c.line(tab.xs[0], h - base - 3, tab.x1, h - base - 3)
        base += 1.7 * tab.size


def _chart(c, ch: Chart, pno: int, h: float, drawn: Drawn) -> None:
    base = ch.top + 1.2 * 9.0
    drawn.line(pno, _set_line(c, list(ch.title), ch.x0, base, 0, 9.0, False, h))
    axis_x, floor, top = ch.x0 + 24, base + 14 + ch.height, base + 14
    scale = ch.height / ch.ticks[-1]
    for t in ch.ticks:  # the value axis's ticks, right-aligned to the axis
        y = floor - t * scale
        text = list(str(t))
        w = sum(_width(g, ch.size) for g in text)
        drawn.line(pno, _set_line(c, text, axis_x - 4 - w, y + 0.35 * ch.size, 0, ch.size, False, h))
        c.setStrokeGray(0.85)
        c.line(axis_x, h - y, ch.x1, h - y)
        c.setStrokeGray(0.0)
    c.line(axis_x, h - floor, axis_x, h - top)
    step = (ch.x1 - axis_x) / len(ch.values)
    label_chars = []
    for k, (label, v) in enumerate(zip(ch.labels, ch.values, strict=True)):
        x = axis_x + k * step + 0.25 * step
        c.setFillGray(0.6)
        c.rect(x, h - floor, 0.5 * step, v * scale, fill=1, stroke=0)
        c.setFillGray(0.0)
        text = list(f"{v:g}")
        w = sum(_width(g, ch.size) for g in text)
        vb = floor - v * scale + (ch.size + 2 if ch.inside else -3)
        drawn.line(pno, _set_line(c, text, x + 0.25 * step - w / 2, vb, 0, ch.size, False, h))
        lw = sum(_width(g, ch.size) for g in label)
        if label_chars:
            label_chars.append((" ", x - 1, floor + 12 - ch.size, x, floor + 12))
        label_chars += _set_line(c, list(label), x + 0.25 * step - lw / 2, floor + 12, 0, ch.size, False, h)
    drawn.line(pno, label_chars)


def _vertical(c, v: Vertical, pno: int, h: float, drawn: Drawn) -> None:
    chars = []
    for k, ch in enumerate(v.text):
        chars += _set_line(c, [ch], v.x, v.top + v.size + 1.15 * v.size * k, 0, v.size, False, h)
    drawn.line(pno, chars)


def figures_row(f: Figures) -> float:
    """The height of one row of an infographic's cells (a circled row holds its circle and the label under it)."""
    return 2 * circle_radius(f) + 22 if f.circles else f.size + 26


def circle_radius(f: Figures) -> float:
    return min(0.5 * (f.x1 - f.x0) / f.per_row - 4, 1.6 * f.size)


def _figures(c, f: Figures, pno: int, h: float, drawn: Drawn) -> None:
    base = f.top + 1.2 * 11.0
    drawn.line(pno, _set_line(c, list(f.title), f.x0, base, 0, 11.0, False, h))
    step = (f.x1 - f.x0) / f.per_row
    if f.circles:  # the number centred in its circle, the label under the circle
        r = circle_radius(f)
        for at in range(0, len(f.cells), f.per_row):
            for k, (num, label) in enumerate(f.cells[at:at + f.per_row]):
                mid = f.x0 + (k + 0.5) * step
                cy = base + 6 + r
                c.circle(mid, h - cy, r, fill=0, stroke=1)
                nw = sum(_width(g, f.size) for g in num)
                lw = sum(_width(g, 7.5) for g in label)
                drawn.line(pno, _set_line(c, list(num), mid - nw / 2, cy + 0.35 * f.size, 0, f.size, False, h))
                drawn.line(pno, _set_line(c, list(label), mid - lw / 2, cy + r + 11, 0, 7.5, False, h))
            base += figures_row(f)
        c.rect(f.x0 - 4, h - base - 2, f.x1 - f.x0 + 8, base - f.top + 2, fill=0, stroke=1)
        return
    for r in range(0, len(f.cells), f.per_row):
        row = f.cells[r:r + f.per_row]
        nums, labels = [], []
        for k, (num, label) in enumerate(row):
            mid = f.x0 + (k + 0.5) * step
            nw = sum(_width(g, f.size) for g in num)
            lw = sum(_width(g, 7.5) for g in label)
            nums.append(_set_line(c, list(num), mid - nw / 2, base + 8 + f.size, 0, f.size, False, h))
            labels.append(_set_line(c, list(label), mid - lw / 2, base + 8 + f.size + 12, 0, 7.5, False, h))
        for n, lab in zip(nums, labels, strict=True):  # the clean text: a number, then its label, a line each
            drawn.line(pno, n)
            drawn.line(pno, lab)
        base += f.size + 26
    c.rect(f.x0 - 4, h - base - 2, f.x1 - f.x0 + 8, base - f.top + 2, fill=0, stroke=1)


def typeset_news(path: Path, pages: list[Page], running_head: str = "") -> Drawn:
    """Write the pages to path; returns the clean text in reading order (blocks as listed)."""
    from reportlab.pdfgen import canvas

    _register()
    w, h = PAGE
    c = canvas.Canvas(str(path), pagesize=PAGE)
    drawn = Drawn()
    for pno, page in enumerate(pages):
        c.setFont(FONT, 8)
        if running_head:
            _set_line(c, list(running_head), 40, 28, 0, 8, False, h)
            _set_line(c, list(str(pno + 1)), w - 60, 28, 0, 8, False, h)
            c.line(40, h - 34, w - 40, h - 34)
        parts: list[tuple[int, Drawn]] = []
        order = list(range(len(page.blocks)))
        for k in reversed(order) if page.scrambled else order:
            block = page.blocks[k]
            part = Drawn()
            if isinstance(block, Region):
                _region(c, block, pno, h, part)
            elif isinstance(block, Caption):
                _caption(c, block, pno, h, part)
            elif isinstance(block, Chart):
                _chart(c, block, pno, h, part)
            elif isinstance(block, Vertical):
                _vertical(c, block, pno, h, part)
            elif isinstance(block, Figures):
                _figures(c, block, pno, h, part)
            else:
                _table(c, block, pno, h, part)
            parts.append((k, part))
        for _k, part in sorted(parts, key=lambda kp: kp[0]):
            if drawn.text:
                drawn.text.append("\n")
                drawn.boxes.append(None)
            drawn.text += part.text
            drawn.boxes += part.boxes
        c.line(40, h - 800, w - 40, h - 800)
        _set_line(c, list(FOOTER), 40, 812, 0, 7, False, h)
        c.showPage()
    c.save()
    return drawn
