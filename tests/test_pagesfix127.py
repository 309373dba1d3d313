"""Columns an extractor ran together with no space between them (pagesfix127; the pages set's p91, 曲靖日报 read by
pdfplumber with an x_tolerance of 14 points, wider than an article's 13.5-point gutter): a row of an article's three
columns comes out as one line, each column's line glued to the next one's, a space only where a line is short or the
next one set in. Cut where each column's line ends (a justified line fills its column: `glued.width_cuts`), the
rows read as pdfplumber's rows with a space between columns do; a number a seam may fall inside of is left out, never
read across the seam. And a side box's big figure at a row's end after column lines (…突破2 8.3%) is no table's
cell: the row is cut, and the column line's last digit is no part of it. Sentences invented, in the style of such
pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# a two-column item beside a 数说 box set smaller, each figure a line over its label: the box's figure stands at the end
# of a row of the item's two column lines, a space before it; the item's column line ends on a number cut in two
_SIDE = "\n".join([
    "滨江日报 2026年7月21日 星期二 第2版 经济",
    "新能源产业成为增长主引擎 数说·上半年",
    "本报讯（记者 陈一）记者从市工业和 80万千瓦，比去年底增加126万千瓦。",
    "信息化局获悉，上半年，全市新能源产业 今年，全市力争新能源产业产值突破2 6.4%",
    "完成产值836.5亿元，同比增长15.2%。 600亿元，新增规上工业企业60户。 上半年规上工业增",
    "截至6月末，全市新能源装机容量达到13 加值增长",
    "滨江日报社出版 责任编辑：王芳",
]) + "\n"


@pytest.mark.slow
def test_a_side_boxs_figure_after_column_lines_is_no_part_of_their_number(extractor: Extractor) -> None:
    """…突破2 6.4%: the box's figure after the item's two column lines is a piece of its own, no table's cell (a row
    of cells is a label and bare numbers): the row is cut, so 26.4% is never read, and 2 goes on in its column's next
    line (2600亿元)."""
    figs = quoted(dated_figures(extractor, _SIDE, "2026-07-21", "滨江日报"), "value")
    assert ("突破26.4%", 26.4) not in figs and all(f[1] != 26.4 for f in figs)
    assert ("6.4%", 6.4) in figs


def _pdf_page(tmp_path: Path) -> str:
    """A page of our own typeset with the PDF tests' page builder and read by pdfplumber with an x_tolerance of 14
    points, wider than the 13.5-point gutter between an article's columns (9-point type): its rows run together."""
    pdfplumber = pytest.importorskip("pdfplumber")
    from tests.pdfpages import Article, Region, typeset

    lead = Article("前三季度全市经济稳中向好", [
        "本报讯（记者 周琳）记者从市统计局获悉，前三季度，全市实现地区生产总值2386.4亿元，同比增长5.2%，高于全省0.4个"
        "百分点。",
        "分产业看，第一产业增加值186.3亿元，增长3.9%；第二产业增加值903.5亿元，增长6.1%；第三产业增加值1296.6亿元，"
        "增长4.8%。",
        "今年以来，全市规模以上工业增加值增长7.6%，其中9月份增长8.1%；固定资产投资增长6.9%，其中工业投资增长12.4%；"
        "社会消费品零售总额823.6亿元，增长5.7%。",
    ])
    # under it a row of three one-column items 15 points apart, wider than the x_tolerance: their rows keep a space
    items = [Article("市一院新增床位320张", ["本报讯（记者 李娜）10月15日，市第一人民医院住院楼投入使用，新增床位320张，"
                                         "全院开放床位达到1860张。"]),
             Article("前三季度新增就业3.6万人", ["本报讯（记者 王强）记者从市人社局获悉，前三季度，全市城镇新增就业"
                                            "3.6万人，完成全年目标任务的86%。"]),
             Article("全市新建养老床位900张", ["本报讯（记者 赵敏）今年以来，全市新建社区养老服务设施42个，新增养老"
                                          "床位900张，全市养老床位达到1.28万张。"])]
    pdf = tmp_path / "glued.pdf"
    typeset(pdf, [[Region(lead, 40.0, 555.0, 60.0, 330.0, 3),
                   *(Region(a, 40.0 + k * 175.0, 205.0 + k * 175.0, 340.0, 560.0, 1, head_size=12.0)
                     for k, a in enumerate(items))]], running_head="滨江日报 2026年10月20日 星期二 要闻")
    with pdfplumber.open(str(pdf)) as doc:
        return "\n".join(p.extract_text(x_tolerance=14) or "" for p in doc.pages) + "\n"


@pytest.mark.slow
def test_a_typeset_page_read_with_a_wide_x_tolerance(extractor: Extractor, tmp_path: Path) -> None:
    """The page's rows run together as the reader prints them (a row of three column lines with no space at all);
    cut where each column's line ends, every figure is read with its value, none across a seam: a seam the widths
    leave in doubt leaves its number out, never a wrong one."""
    text = _pdf_page(tmp_path)
    assert any(len(line) > 45 and " " not in line for line in text.split("\n"))  # (the damage is there)
    figs = quoted(dated_figures(extractor, text, "2026-10-20", "滨江日报"), "value")
    truth = {"2386.4亿元": 238640000000.0, "5.2%": 5.2, "0.4个百分点": 0.4, "186.3亿元": 18630000000.0, "3.9%": 3.9,
             "903.5亿元": 90350000000.0, "6.1%": 6.1, "1296.6亿元": 129660000000.0, "4.8%": 4.8, "7.6%": 7.6,
             "8.1%": 8.1, "6.9%": 6.9, "12.4%": 12.4, "823.6亿元": 82360000000.0, "5.7%": 5.7,
             "320张": 320.0, "1860张": 1860.0, "3.6万人": 36000.0, "86%": 86.0, "42个": 42.0, "900张": 900.0,
             "1.28万张": 12800.0}
    wrong = [f for f in figs if f[0] not in truth or truth[f[0]] != f[1]]
    assert not wrong
    assert len({f[0] for f in figs}) >= 13
