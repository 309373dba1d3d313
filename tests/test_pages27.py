"""What the blind pages p39 and p40 of data/gold/pages showed (pages27): a provincial daily's 经济 page read by
PDFium and a 民生 page read by pdfminer with its boxes top to bottom, each with a three-line headline (引题, 主题,
副题), a 数据 box of figures a line each, a table with a 合计 row and a 相关新闻 sidebar. Pages and sentences
invented, in the style of such pages."""

from __future__ import annotations

from pathlib import Path

from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.pdfpages import Article, Region
from tests.repaired import paragraphs

# a column of body text as PDFium gives it (a line a row, each as wide as its column), then a 数据 box's entries
# each a figure, a space and its label, then a table whose label column's head is 领域
_BODY = [
    "本报讯 记者从省统计局获悉，上半年，全省",
    "规模以上工业增加值同比增长6.8%，比一季",
    "度加快0.4个百分点，全省规上工业企业实现",
    "营业收入1.92万亿元，同比增长5.1%。",
]
_BOX = ["数据·上半年全省工业", "0.86万家 高新技术企业", "14.2% 高技术制造业增长", "352个 省级智能工厂",
        "9.6% 工业投资增长"]
_TABLE = ["上半年全省工业投资分领域情况", "领域 项目数（个） 完成投资（亿元）", "装备制造 862 1106.4",
          "新材料 214 263.8", "合计 1076 1370.2"]


def test_a_data_boxs_entries_set_a_line_each_stand_apart_and_a_growth_label_makes_a_change(
        extractor: Extractor) -> None:
    """A 数据 box with no bullets (0.86万家 高新技术企业): each entry a paragraph of its own. Run together, the label of
    one (高技术制造业增长) read as the verb of the next figure, 352个 a change, and 14.2% a level; an industry's name
    before 增长 makes its figure the industry's growth."""
    text = "\n".join(["某某日报 2025年7月30日 星期三 第6版 经济", *_BODY, *_BOX]) + "\n"
    got = _got(_run(extractor, text, "2025-07-30", source="某某日报"), "role", "sentence")
    assert got[-4:] == [("0.86万家", "level", "0.86万家高新技术企业"), ("14.2%", "change", "14.2%高技术制造业增长"),
                        ("352个", "level", "352个省级智能工厂"), ("9.6%", "change", "9.6%工业投资增长")]


def test_a_table_whose_label_column_is_headed_by_a_fields_word_reads_its_cells_in_the_heads_units(
        extractor: Extractor) -> None:
    """领域 项目数（个） 完成投资（亿元）: 领域 heads a plan's group column before its indicators' (领域 指标名称 …) but
    here the rows' own label column; the value columns follow it. Unread, the rows ran into the box above them
    and into one another (装备制造8621106.4…); read, each cell takes its column's unit, the 合计 row too."""
    text = "\n".join(["某某日报 2025年7月30日 星期三 第6版 经济", *_BODY, *_BOX, *_TABLE]) + "\n"
    figs = _run(extractor, text, "2025-07-30", source="某某日报")
    cells = [(f["quote"], f["value"], f["measure"]) for f in figs if f["sentence"].startswith(("装备", "新材料", "合计"))]
    assert cells == [("862", 862, "个"), ("1106.4", 110640000000, "元"), ("214", 214, "个"),
                     ("263.8", 26380000000, "元"), ("1076", 1076, "个"), ("1370.2", 137020000000, "元")]


def test_a_plans_table_with_a_group_column_before_its_indicators_is_read_as_before(ruleset: RuleSet) -> None:
    """领域 指标名称 2020年 2025年 属性: the group's word before the label head's still leads a plan's table (its value
    columns years), as before; only a head whose value columns follow 领域 right away takes it as the label's."""
    tables = Extractor(ruleset).tables
    assert tables.head_columns("领域 指标名称 2020年 2025年 属性") == 2
    assert tables.head_columns("领域 项目数（个） 完成投资（亿元）") == 2
    assert tables.head_columns("领域 说明") == 0


# a table of counties as pdfminer prints it where every cell is a box of its own: a cell a line, a blank line after each
_CELL_BOXES = "\n".join([
    "某某日报 2026年3月12日 星期四 第7版 民生", "", "2025年温州市各区县新增养老床位和托位", "地区", "",
    "新增养老床位（张）", "", "新增托位（个）", "", "瓯海区", "", "420", "", "860", "", "龙湾区", "", "310", "",
    "640", "", "合计", "", "730", "", "1500", "", "责任编辑：某某　版式：某某　　7",
]) + "\n"


def test_a_table_printed_a_cell_a_box_with_blank_lines_between_reads_its_rows(extractor: Extractor) -> None:
    """pdfminer sets a blank line after each box, and a table's cells are boxes of their own: the head's words, each
    row's label and its numbers are gathered across the blank lines as where none stand between (each stood alone,
    the numbers with no unit). The cells keep apart: no row's numbers run into each other. The 合计 row is the
    area that holds the rows' places (places.yaml together), not the last row's."""
    figs = _run(extractor, _CELL_BOXES, "2026-03-12", source="某某日报")
    got = [(f["quote"], f["value"], f["measure"], f["place"]) for f in figs]
    assert got[:4] == [("420", 420, "张", "瓯海区"), ("860", 860, "个", "瓯海区"), ("310", 310, "张", "龙湾区"),
                       ("640", 640, "个", "龙湾区")]
    assert got[4:] == [("730", 730, "张", "温州市"), ("1500", 1500, "个", "温州市")]
    assert all(f["metric"].startswith("beds.") for f in figs if f["measure"] == "张")


def test_blank_lines_between_held_cells_are_handed_on_where_no_table_follows(ruleset: RuleSet) -> None:
    """A label head's word alone (地区) and the short lines under it with blank lines between that turn out no
    table's head: the lines and their paragraph breaks go on as they came."""
    text = "地区\n\n简介\n\n本报讯 今年以来，甲县新建公园12个。\n"
    assert paragraphs(ruleset.lexicon, text) == ["地区", "简介", "本报讯今年以来，甲县新建公园12个。"]


# a 数据 box set as a table's rows of two cells (the figure, its label), as pdfminer prints it: each cell a box,
# a blank line after each
_BOX_CELLS = "\n".join([
    "某某日报 2026年3月12日 星期四 第7版 民生", "", "数据·2025年全省民生实事", "1.2万张", "",
    "新增养老机构护理型床位", "", "3.6万个", "", "新增普惠性托位", "", "97.6%", "", "基本医保户籍人口参保率", "",
    "相关新闻", "", "甲市推进一老一小服务扩面提质", "",
]) + "\n"


def test_a_box_figure_goes_on_with_its_label_across_the_blank_line_between_their_boxes(extractor: Extractor) -> None:
    """Each figure over its label, a blank line between (two boxes): the figure's entry is the figure and its label
    (1.2万张 stood alone, no beds), the label ends it (the next figure is no label's)."""
    figs = _run(extractor, _BOX_CELLS, "2026-03-12", source="某某日报")
    got = [(f["quote"], f["sentence"]) for f in figs]
    assert got == [("1.2万张", "1.2万张新增养老机构护理型床位"), ("3.6万个", "3.6万个新增普惠性托位"),
                   ("97.6%", "97.6%基本医保户籍人口参保率")]
    assert figs[0]["metric"].startswith("beds.")


def test_a_kicker_is_set_over_the_headline_a_line_of_its_own(tmp_path: Path) -> None:
    """The pages' typesetter sets a 引题 (Article.kicker) over the headline in smaller type, a line of its own in the
    clean text before the headline's; an article without one is set as before."""
    from tests.pdfnews import Page, typeset_news

    art = Article("上半年全省规上工业增加值增长6.8%", ["本报讯 上半年，全省规上工业增加值增长6.8%。"],
                  "装备制造业增加值增长10.2%", kicker="产业转型升级步伐加快")
    drawn = typeset_news(tmp_path / "k.pdf", [Page([Region(art, 40.0, 555.0, 46.0, 300.0, 2)])])
    assert drawn.clean.split("\n")[:3] == ["产业转型升级步伐加快", "上半年全省规上工业增加值增长6.8%",
                                           "装备制造业增加值增长10.2%"]
