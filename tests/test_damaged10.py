"""What the blind set data/gold/damaged10 found: six pages damaged the way text extractors damage newspaper pages and
reports (three and two columns read across by `pdftotext -layout`, one of them a table; numbers hard-wrapped mid-number;
lines spaced out; full-width digits; a running head and page number inside a paragraph; a headline glued to its lead; a
photo caption; one file in GBK): a running head spread across the page by its runs of spaces taken into the columns, so
that a left column's lone tail line went after the other column; a running head left as the only headline over an item
whose own headline was glued to its lead, placing it in the paper's city; a 数读 box's paragraphs after 去年 in the item
above dated by the page's year; 县医院 after 昌宁县 in an item on 腾冲市 left to 腾冲市; a table in the page's last
column cut into a column per cell, its figures lost. Sentences and pages invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _page(cols: list[list[str]], at: list[int]) -> str:
    """Columns glued on each line as `pdftotext -layout` prints them: column n starts at character at[n]."""
    rows = []
    for i in range(max(len(c) for c in cols)):
        line = ""
        for n, col in enumerate(cols):
            text = col[i] if i < len(col) else ""
            if text:
                line = line.ljust(at[n]) + text
        rows.append(line.rstrip())
    return "\n".join(rows)


def test_a_running_head_across_the_page_leaves_a_left_columns_tail_with_it(extractor: Extractor) -> None:
    """某某日报  2025年3月5日  星期三   …   要闻   2 spread across the page is a running head whatever its runs of
    spaces: its short first gap sets no column's edge, and the left column's last lines, under rows where the right
    column ended, go on in the left column (860万元 is 东坡区's, not 青神县's)."""
    left = ["东坡区新增就业1200人", "", "  本报讯 今年东坡区城镇新增就业1", "200人，同比增长5.2%。全区发放创",
            "业担保贷款860万元，扶持创业95人，带", "动就业310人。"]
    right = ["青神县新增床位300张", "", "  本报讯 今年青神县新增床位300张，", "床位总数达到1860张。"]
    head = "眉山日报  2025年3月5日  星期三" + " " * 40 + "要闻" + " " * 30 + "2"
    text = head + "\n\n" + _page([left, right], [0, 40]) + "\n"
    got = _got(_run(extractor, text, "2025-03-05", source="眉山日报"), "place")
    assert got == [("1200人", "东坡区"), ("300张", "青神县"), ("1200人", "东坡区"), ("5.2%", "东坡区"),
                   ("860万元", "东坡区"), ("95人", "东坡区"), ("310人", "东坡区"), ("300张", "青神县"),
                   ("1860张", "青神县")]


def test_a_running_head_is_no_headline_of_the_item_under_it(extractor: Extractor) -> None:
    """通化日报 2025年7月10日 星期四 第1版 要闻 over an item whose headline the extractor glued to its lead's first line:
    the running head is no title of the item, whose lead places it (集安市 in the paper of 通化市); 全市 is 集安市."""
    text = ("通化日报　2025年7月10日　星期四　第1版　要闻\n\n集安市新增就业2146人本报讯（记者 王明）今年以来，集安市持续"
            "开展就业服务。上半年，全市城镇新增就业2146人。\n")
    got = _got(_run(extractor, text, "2025-07-10", source="通化日报"), "place")
    assert got == [("2146人", "集安市"), ("2146人", "集安市")]


def test_a_paragraph_opening_on_its_own_year_is_no_look_back(extractor: Extractor) -> None:
    """去年… after 今年… looks back; a box's paragraph that opens naming a year of its own (建水县2025年…) is of that
    year, and so are the paragraphs after it (全年… in a page of January 2026 is 2025, not the page's year again)."""
    text = ("本报讯 今年，弥勒市将新建旅游厕所40座。此外，去年全市民宿客房达到5800间。\n"
            "　　建水县2025年城镇新增就业5620人。\n　　全年农村劳动力转移就业18.6万人。\n")
    got = _got(_run(extractor, text, "2026-01-08", source="红河日报"), "period")
    assert got == [("40座", "2026"), ("5800间", "2025"), ("5620人", "2025"), ("18.6万人", "2025")]


def test_a_unit_named_by_its_level_after_a_place_of_that_level_is_that_places(extractor: Extractor) -> None:
    """昌宁县今年…，县医院…: the county hospital of the county its sentence named, not of the article's own county-level
    city (腾冲市, whose own 320张 stay its)."""
    text = ("腾冲市新增床位\n本报讯 腾冲市今年新增床位320张。昌宁县今年新增家庭病床120张，"
            "县医院血液透析床位由24张增加到40张。\n")
    got = _got(_run(extractor, text, "2025-11-06", source="保山日报"), "place")
    assert got == [("320张", "腾冲市"), ("120张", "昌宁县"), ("24张", "昌宁县"), ("40张", "昌宁县")]


def test_a_table_in_the_pages_last_column_keeps_its_rows(extractor: Extractor) -> None:
    """A table set beside two columns of text, read across by `pdftotext -layout`: its rows stay whole, each cell a
    figure with its row's unit, and its caption in the row of headlines goes with it (青神县's, not the item above's)."""
    a = ["彭山区新增就业3120人", "", "  本报讯（记者 李雪梅）记者日", "前从彭山区人社局获悉，今年上",
         "半年，全区城镇新增就业3120", "人，失业人员再就业645人，就业", "困难人员实现就业218人。全区",
         "举办招聘会46场，提供岗位1.2", "8万个。"]
    b = ["丹棱县新增床位300张", "", "  本报讯（记者 王静）9月16", "日，丹棱县人民医院外科大楼投",
         "入使用，新增床位300张，医院", "编制床位由450张增加到750", "张。大楼总投资2.36亿元，建", "筑面积4.1万平方米。"]
    c = ["青神县1-8月主要经济指标", "", "指标            单位    1-8月   增长(%)", "规上工业增加值  亿元    28.6     7.9",
         "城镇新增就业    人      1826     4.1", "外出务工人员    万人    3.12     1.8"]
    text = "眉山日报  2025年9月18日  星期四" + " " * 50 + "3\n\n" + _page([a, b, c], [0, 30, 60]) + "\n"
    figs = _run(extractor, text, "2025-09-18", source="眉山日报")
    got = [(f["quote"], f["value"], f["unit"], f["place"]) for f in figs]
    assert got[-6:] == [("28.6", 2860000000.0, "CNY", "青神县"), ("7.9", 7.9, "percent", "青神县"),
                        ("1826", 1826.0, "person", "青神县"), ("4.1", 4.1, "percent", "青神县"),
                        ("3.12", 31200.0, "person", "青神县"), ("1.8", 1.8, "percent", "青神县")]
