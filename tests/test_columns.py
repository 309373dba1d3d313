"""Columns glued onto one line, as `pdftotext -layout` prints a page, are read column by column.

Each shipped page, repaired, is set again in two or three columns of random width, the
lines of the columns side by side on one text line with a gutter of 2–6 spaces between
them (padded by characters, as poppler does, or by printed width). The figures must be
those of the clean page: none made by joining two columns, hardly any lost.
"""

from __future__ import annotations

import random
import unicodedata
from collections import Counter

import pytest

from stats.repair.layout import repair
from stats.run.pipeline import Extractor

from .conftest import CORPUS


def _cells(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _wrap(par: str, width: int) -> list[str]:
    out, cur = [], ""
    for ch in par:
        if _cells(cur + ch) > width:
            out.append(cur)
            cur = ""
        cur += ch
    return [*out, cur] if cur else out


def glue(text: str, rng: random.Random, columns: int, by_cells: bool, rows: int = 40) -> str:
    """The text in `columns` balanced columns of `rows` lines a page, each row printed across the page."""
    width = rng.randint(20, 34)
    lines = []
    for par in (p for p in text.split("\n") if p.strip()):
        wrapped = _wrap(par, width)
        lines += ["  " + wrapped[0], *wrapped[1:]]
    out = []
    for start in range(0, len(lines), rows * columns):
        chunk = lines[start:start + rows * columns]
        per = -(-len(chunk) // columns)
        cols = [chunk[i * per:(i + 1) * per] for i in range(columns)]
        gutter = rng.randint(2, 6)
        for r in range(per):
            row = ""
            for k, col in enumerate(cols):
                cell = col[r] if r < len(col) else ""
                if k < columns - 1:
                    pad = width + gutter - (_cells(cell) if by_cells else len(cell) + width // 2)
                    cell += " " * max(pad, 2)
                row += cell
            out.append(row.rstrip())
        out.append("")
    return "\n".join(out)


def _signature(ex: Extractor, text: str) -> Counter:
    return Counter((f["value"], f["measure"]) for f in ex.extract_text(text).figures)


@pytest.mark.parametrize(("columns", "by_cells"), [(2, False), (3, False), (3, True)])
def test_glued_columns_give_the_figures_of_the_clean_pages(extractor: Extractor, columns: int, by_cells: bool) -> None:
    base, got = Counter(), Counter()
    for n, path in enumerate(sorted(CORPUS.glob("*.txt"))):
        lex = extractor.rules.lexicon
        clean = repair(path.read_text(encoding="utf-8"), lex.article_start, closing=lex.closing,
                       complete=lex.line_complete).text
        glued = glue(clean, random.Random(n), columns, by_cells)
        assert "    " in glued
        base += _signature(extractor, clean)
        got += _signature(extractor, glued)
    made = got - base
    assert made == Counter(), f"figures the clean pages do not have: {list(made.elements())[:5]}"
    assert sum((base & got).values()) / sum(base.values()) >= 0.98, list((base - got).elements())[:5]


def test_a_table_is_read_row_by_row_and_its_numbers_stay_apart(extractor: Extractor) -> None:
    table = ("全市养老服务设施情况\n"
             "指标              今年        上年\n"
             "养老机构（家）    512         498\n"
             "养老床位          4.2万张     3.9万张\n"
             "护理人员          1.1万人     0.9万人\n")
    values = sorted(f["value"] for f in extractor.extract_text(table).figures)
    assert values == [9000, 11000, 39000, 42000]  # no 512498, no 4.2万张 read with another row
    rows = [s["text"] for s in extractor.extract_text(table).sentences]
    assert "养老床位4.2万张3.9万张" in rows


def test_a_line_after_a_glued_region_and_two_blank_lines_is_read_once() -> None:
    # the lines held after a region (blank, or as short as its first column) went on, and the third
    # was handed on a second time
    page = "全市新增岗位  三万个\n\n\n同比增长\n"
    assert repair(page).text.count("同比增长") == 1


def test_items_stacked_in_columns_that_start_alike_are_read_one_after_the_other() -> None:
    """A lead over two columns, a blank row, then a headline row and two items side by side in the
    same two column positions: each block is read column by column, the headlines stay apart."""
    lead = ["本报讯 今年一季度，全市实现地区生", "产总值1200亿元，增长6.1%。其中",
            "第二产业增加值512.3亿元，增长7", ".2%；第三产业增加值650亿元。"]
    item_a = ["本报讯 今年以来，某区新增城镇就业", "3200人，帮助高校毕业生就业860名。"]
    item_b = ["本报讯 某县新建养老服务中心12处，", "新增养老床位900张，总数达到4500张。"]

    def row(left: str, right: str) -> str:
        return left + " " * (40 - _cells(left)) + right

    page = "\n".join([row(lead[0], lead[2]), row(lead[1], lead[3]), "",
                      row("某区新增就业3200人", "某县新增养老床位900张"), "",
                      row(item_a[0], item_b[0]), row(item_a[1], item_b[1]), ""])
    text = repair(page).text.replace("\n", "")
    lead, item_a, item_b = ([s.replace(" ", "") for s in x] for x in (lead, item_a, item_b))
    assert "".join(lead) in text  # 增长7 | .2% across the lead's columns: 7.2%
    assert "".join(item_a) in text and "".join(item_b) in text
    assert text.index("650亿元") < text.index("某区新增就业3200人") < text.index(item_a[0])


def test_a_column_ending_on_a_number_goes_on_where_the_next_opens_on_its_point_or_sign(extractor: Extractor) -> None:
    # pdftotext -layout, two columns of one article: the first ends 增长5.6 and 增长3, the second
    # opens on the rest of the number (% and .8%), which no article's first line opens with
    page = ("  本报讯 上半年全市规上工业增加    %，比一季度加快0.4个百分点。全市\n"
            "值同比增长6.1%，其中装备制造业    社会消费品零售总额增长3.2%，网上\n"
            "增长9.3%，电子信息产业增长5.6    零售额增长12.4%，外贸进出口增长\n")
    quotes = [f["quote"] for f in extractor.extract_text(page).figures]
    assert "5.6%" in quotes and "5.6" not in quotes
    # a column that ends on a number while the next opens on digits is still not joined (another
    # article may open there): the digits are left out rather than read into one number
    cut = ("  本报讯 今年全市新增城镇就业1    2023年，全市共有养老机构128家，\n"
           "万人，完成年度目标的56%。全市    床位1.6万张，比上年增加2100张。\n"
           "新建养老服务中心12个，新增床位3    全年接待老年人次增长8.2%，\n")
    values = [f["value"] for f in extractor.extract_text(cut).figures]
    assert 32023 not in values and 3 not in values


def test_the_first_columns_last_line_under_the_others_end_stays_in_its_column(extractor: Extractor) -> None:
    # pdftotext -layout: the first column runs a line longer than the second, and that line (no
    # gutter on it) breaks off mid-sentence; its sentence goes on at the top of the second column
    page = ("  本报讯 今年上半年，全县新建        口额8.6亿元，同比增长12.4%。\n"
            "乡村康养中心5个，新增床位320张。      全县现有养老机构26家。\n"
            "  全县上半年茶叶出\n")
    sentences = [s["text"] for s in extractor.extract_text(page).sentences]
    assert "全县上半年茶叶出口额8.6亿元，同比增长12.4%。" in sentences


def test_a_column_ending_on_a_number_goes_on_where_the_next_column_opens_flush_on_its_unit(
        extractor: Extractor) -> None:
    # pdftotext -layout keeps the indent of every column's paragraphs: where the second column shows
    # its paragraphs opening indented, its flush first line opens none and the number's unit is there
    left = ["  本报讯 今年全市粮食总产量达到", "142.6万吨，创历史新高，较上",
            "年同期增加，其中秋粮产量增", "长明显，全年总产量比上年增加5.3"]
    right = ["万吨。全市累计建成高标准农田", "52万亩，占耕地面积的六成。",
             "  全市今年新建改建农村公路", "860公里，完成投资约9亿元。"]

    def page(right: list[str]) -> str:
        return "".join(a + " " * (24 - len(a)) + b + "\n" for a, b in zip(left, right, strict=True))

    quotes = [f["quote"] for f in extractor.extract_text(page(right)).figures]
    assert "5.3万吨" in quotes and "142.6万吨" in quotes
    # the same column with no indent to tell paragraphs by: its top opens with the unit and a mark (万吨。), which no
    # item's first line does, so the column goes on there all the same (pagesfix: `columns.unit_tail`)
    flat = [r.strip() for r in right]
    quotes = [f["quote"] for f in extractor.extract_text(page(flat)).figures]
    assert "5.3万吨" in quotes and "142.6万吨" in quotes
    # … but a top whose first words go on past a unit (万吨粮食入库，…: no mark right after it) may open another
    # item: the lines cannot tell, the number is kept out
    worded = ["万吨粮食入库，全市累计建成高标准农田", *flat[1:]]
    quotes = [f["quote"] for f in extractor.extract_text(page(worded)).figures]
    assert not any(q.startswith("5.3") for q in quotes) and "142.6万吨" in quotes
