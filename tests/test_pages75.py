"""What the blind pages p75-p76 found (data/gold/pages: 赣州日报's 县区新闻 page read by pdfplumber's layout mode at a
pitch of 1.8; 安徽日报's 经济 page kept as its PDF for stats): a county's item in two narrow columns beside another
county's one-column item, blank rows across the three columns every few lines, read block by block (the second
county's lines in the first's sentences, its beds placed in the paper's city); a 数据 box of big figures each over its
city's name read a figure an article, each figure placed in the city named before it; and a 综合 column's ■ items
(■宿州　据宿州市统计局统计…) cut at their ideographic space as at a gutter, the rest of each line read after the
column. Sentences invented, in the style of such pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from stats.read.manifest import DocMeta
from stats.read.sources import read_pdf
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.repaired import side_by_side

# 会昌's item in two columns (its byline spaced inside its brackets) beside 寻乌's in one, blank rows across all three
# after the first body row and after the fifth: the first column's line over the second blank closes a clause (；)
_TWO_BESIDE_ONE = side_by_side([
    ["会昌县稀土产业营收增长12%", "  本报讯（记者  王一 通讯", "员 张三）记者从会昌县工信", "局获悉，1—11月，全县稀土产业",
     "营收86.3亿元，增长12%；", "规模以上稀土企业达到96家，", "比上年末增加11家。", "  今年以来，会昌新引进稀"],
    ["", "土项目12个，总投资28.6亿", "元。全县稀土企业超过300", "家。", "  县工信局负责人介绍",
     "，明年全县将新建标准厂房20", "万平方米。"],
    ["寻乌县新增养老床位300张", "  本报讯（记者 李红）今年以来，寻乌县新建养", "老服务中心6个，新增养老床位300张。",
     "截至11月底，全县养老床位达到2600张。", "  明年，该县计划再改造敬老院8所。"],
], [6, 26, 46], blank_after=(0, 1, 4))


def test_blank_rows_inside_two_items_columns_do_not_cut_them_into_blocks(extractor: Extractor) -> None:
    """A blank row inside the columns (the grid's pitch) goes on where the block above is one row whose pieces start
    where the columns below do (the byline's wide space a piece inside the first), and where any column's line over the
    blank runs on (县工信局负责人介绍 | ，明年全县…), not the first column's alone: each county's figures in its county."""
    figs = _run(extractor, _TWO_BESIDE_ONE, "2025-12-12", source="赣州日报")
    got = {f["quote"]: f["place"] for f in figs}
    assert got["96家"] == "会昌县" and got["11家"] == "会昌县" and got["12个"] == "会昌县"
    assert got["300张"] == "寻乌县" and got["2600张"] == "寻乌县" and got["8所"] == "寻乌县"
    assert got["20万平方米"] == "会昌县"


def _box_page(tmp_path: Path) -> Path:
    from tests import pdfnews
    from tests.pdfnews import Figures, Page
    from tests.pdfpages import Article, Region

    lead = Article("前三季度全省地区生产总值增长5.6%", [
        "本报讯（记者 刘一）记者从省统计局获悉，前三季度，全省地区生产总值同比增长5.6%。"])
    briefs = Article("综合", [
        "■九江　据九江市统计局统计，1—10月，全市规上工业营业收入2960.4亿元，同比增长6.8%。",
        "■上饶　据统计，前三季度，全市实际使用外资3.12亿美元。"])
    pdf = tmp_path / "box.pdf"
    pdfnews.typeset_news(pdf, [Page([
        Region(lead, 40.0, 555.0, 60.0, 120.0, 2, head_size=16.0),
        Figures("数据·前三季度部分市进出口总额", [("1286.5亿元", "九江市"), ("612.8亿元", "上饶市"),
                                             ("438.2亿元", "宜春市")], 3, 44.0, 551.0, 140.0),
        Region(briefs, 40.0, 200.0, 240.0, 400.0, 1, size=8.5, leading=1.5, head_size=11.0),
    ])], "江西日报 2025年11月20日 星期四 第5版 经济")
    return pdf


@pytest.fixture(scope="module")
def box_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _box_page(tmp_path_factory.mktemp("pages75"))


def test_a_boxs_big_figure_over_its_citys_name_is_read_with_it(box_pdf: Path, extractor: Extractor) -> None:
    """Set large, each figure read as a headline opening an article, its label the next one's first line: 1286.5亿元
    was the province's, 612.8亿元 九江市's. Read label first on one row (九江市 1286.5亿元), each is its city's."""
    text = read_pdf(box_pdf).text
    assert "九江市 1286.5亿元" in text and "宜春市 438.2亿元" in text
    src = dataclasses.replace(read_pdf(box_pdf), meta=DocMeta("2025-11-20", "江西日报", "", "manifest.csv:2"))
    got = {f["quote"]: f["place"] for f in extractor.extract_source(src).figures}
    assert got["1286.5亿元"] == "九江市" and got["612.8亿元"] == "上饶市" and got["438.2亿元"] == "宜春市"
    assert got["5.6%"] == "江西省"


def test_an_ideographic_space_inside_a_briefs_line_is_no_gutter(box_pdf: Path, extractor: Extractor) -> None:
    """The space the text has between ■九江 and 据… leaves a gap wider than a gutter's least: cut there, the line's
    rest (据九江市统计局统计，1—) was read after the column and the figure lost its 1—10月. Kept whole, a space
    between."""
    text = read_pdf(box_pdf).text
    assert "■九江 据九江市统计局统计，1—10月" in text.replace("\n\u3000", "")
    src = dataclasses.replace(read_pdf(box_pdf), meta=DocMeta("2025-11-20", "江西日报", "", "manifest.csv:2"))
    got = {f["quote"]: (f["place"], f["period"]) for f in extractor.extract_source(src).figures}
    assert got["2960.4亿元"] == ("九江市", "2025M01-M10")
    assert got["3.12亿美元"] == ("上饶市", "2025Q1-Q3")
