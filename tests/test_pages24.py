"""What real newspaper pages hold (pages24): an autonomous region's office speaking for its region, county pages
of short items side by side, notices and tables. Pages invented, in the style of such pages."""

from __future__ import annotations

from stats.repair.interleave import glued_page
from stats.run.pipeline import Extractor


def _places(extractor: Extractor, text: str) -> dict[str, str]:
    return {f["quote"]: f["place"] for f in extractor.extract_text(text).figures}


def test_an_autonomous_regions_office_speaks_for_the_region_not_the_district_named_before(
        extractor: Extractor) -> None:
    """自治区人社厅有关负责人表示，全年全区… after a sentence on a district of the city the story was filed
    from: the office writes its level out (自治区) and speaks for the region, as 省人社厅 speaks for the
    province; its 全区 is no longer the district."""
    got = _places(extractor, "广西日报 2024年9月26日 星期四 第6版\n全区城镇新增就业稳步增长\n"
                             "本报南宁9月25日讯（记者 韦明）1-8月，全区城镇新增就业31.2万人。"
                             "南宁市青秀区今年计划开发公益性岗位1200个。\n"
                             "自治区人力资源和社会保障厅有关负责人表示，全年全区将力争实现城镇新增就业40万人以上。\n")
    assert got == {"31.2万人": "广西壮族自治区", "1200个": "青秀区", "40万人以上": "广西壮族自治区"}


def test_a_table_set_out_with_wide_gaps_whose_cells_write_their_units_is_read_row_by_row(
        extractor: Extractor) -> None:
    """指标  总量  比上年增长 over rows whose cells write their own units (5976.3亿元  4.3%), as -layout prints
    a page's box of main indicators: each row is one (its labels are long, so the pieces' lengths do not tell
    a table's cells), not three columns read down (all levels took the last row's metric, and the growths,
    read as 5.4%4.7%6.2%, were lost)."""
    text = ("临汾日报 2025年1月16日 星期四 第2版\n2024年全市主要经济指标\n指标  总量  比上年增长\n"
            "地区生产总值  2076.3亿元  5.4%\n社会消费品零售总额  918.5亿元  4.7%\n一般公共预算收入  126.4亿元  6.2%\n")
    got = [(f["quote"], f["role"], f["metric"]) for f in extractor.extract_text(text).figures]
    assert [q for q, _, _ in got] == ["2076.3亿元", "5.4%", "918.5亿元", "4.7%", "126.4亿元", "6.2%"]
    assert [r for _, r, _ in got] == ["level", "change"] * 3
    assert got[0][2] != got[2][2] != got[4][2]


# a page as pdfplumber's words give it, rejoined a line per baseline: a lead's three columns glued a row at a time
# (one space between them), a box of a table's rows, a headline set a character a line
_GLUED_WITH_BOXES = """鹤壁日报 2024年4月25日 星期四 第2版 经济 1
一季度全市经济运行平稳
本报讯（记者 王涛）记者24日从市统计局获悉， 一季度，全市工业投资增长12.6%，外贸进
一季度，全市规上工业企业达到862家，比上 出口总值完成46.3亿元，增长9.2%；全市城镇
年末增加31家；全市粮食播种面积稳定在 新增就业人数达到1.2万人，农村劳动力转移就业
210万亩以上，春耕备耕有序推进。 约3.6万人。
一季度全市主要经济指标
指标 绝对值 增长%
地区生产总值 268.6亿元 5.1
社会消费品零售总额 106.9亿元 4.2
一般公共预算收入 18.7亿元 6.0
浚
县
文
旅
融
合
""".split("\n")


def test_glued_rows_beside_a_table_and_a_vertical_headline_still_make_a_glued_page() -> None:
    """The share of glued rows is judged on the lines that could be rows where most lines hold a space: a
    headline a character a line and a table's rows (a label, then its cells) are no column lines, and counted
    against the rows they kept a page of glued columns from being cut apart (p36: its columns read across)."""
    assert glued_page(_GLUED_WITH_BOXES)
    prose = ["本报讯（记者 王涛）记者24日从市统计局获悉，一季度全市工业投资增长12.6%。",
             *["全市规上工业企业达到862家，比上年末增加31家，春耕备耕有序推进。"] * 6,
             "指标 绝对值 增长%", "地区生产总值 268.6亿元 5.1", "一般公共预算收入 18.7亿元 6.0"]
    assert not glued_page(prose)  # a byline's space and a table's rows make no page of glued columns
