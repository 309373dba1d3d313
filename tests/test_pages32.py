"""What the blind pages p47 (池州日报's 文旅 page, read by PDFium) and p48 (新余日报's 经济 page, read by pdfplumber with
layout=True) found. A table set beside an article, its rows of bare numbers over the next item's headline and
dateline, was read as that item's headlines, away from its head; a narrow column's byline spaced out (本报讯（记者  胡文)
was read as a column of its own, between a number and its unit (0.4个 | 百分点); a row of five items set under an
item and its column of briefs with no blank line between had its grid read over the item's two columns; and a brief
(■…) that names no area of the gazetteer took the county the brief above named. Sentences invented, in the style of
such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _laid(*rows: dict[int, str]) -> str:
    """Lines as pdfplumber's layout mode sets them: each piece of text at its character column, spaces between."""
    out = []
    for row in rows:
        line = ""
        for at, text in sorted(row.items()):
            line = line.ljust(at) + text
        out.append(line)
    return "\n".join(out) + "\n"


def test_a_tables_rows_over_the_next_items_dateline_stay_the_tables(extractor: Extractor) -> None:
    """Rows of a place table whose cells are bare numbers (the units in the head), set right above the next item's
    headline and its dateline as PDFium reads the page, are the table's rows, not that item's headlines: each row's
    cells are read by the head, of the row's county."""
    text = "\n".join([
        "宣城日报 2025年7月24日 星期四 第3版 文旅",
        "泾县宣纸产业园提质扩能",
        "本报讯（记者 某某）上半年，泾县",
        "宣纸产业园实现产值18.6亿元，同比",
        "增长6.2%。",
        "上半年各县区接待游客情况",
        "县区 游客（万人次） 增长（%）",
        "宣州区 836 7.4",
        "泾县 412 9.6",
        "绩溪县 358 11.2",
        "宁国市新增养老床位320张",
        "本报讯（记者 某某）今年以来，",
        "宁国市新增养老床位320张。",
        "",
    ])
    got = _got(_run(extractor, text, "2025-07-24", source="宣城日报"), "value", "place", "role")
    assert ("836", 8360000, "宣州区", "level") in got and ("7.4", 7.4, "宣州区", "change") in got
    assert ("412", 4120000, "泾县", "level") in got and ("358", 3580000, "绩溪县", "level") in got
    assert ("11.2", 11.2, "绩溪县", "change") in got
    assert ("18.6亿元", 1860000000, "泾县", "level") in got


# a lead over five narrow columns as pdfplumber's layout mode sets it: the first line's byline spaced out (记者  某文)
LEAD = _laid(
    {6: "鹰潭日报 2025年10月23日 星期四 第2版 经济"},
    {},
    {8: "本报讯（记者", 16: "某文", 20: "百分点。", 37: "前三季度，全市固", 49: "1.86万人，完成年度目",
     64: "力争增长7%左右。"},
    {6: "通讯员 某某）记者22", 23: "分行业看，铜加工行", 35: "定资产投资增长3.6%，", 49: "标的88.4%。"},
    {6: "日从市统计局获悉，前", 20: "业增加值增长9.8%，占", 35: "其中工业投资增长8.2%", 52: "市统计局有关负责"},
    {6: "三季度，全市规模以上", 20: "规上工业的比重达到4", 35: "；社会消费品零售总额", 49: "人表示，全年全市规上"},
    {6: "工业增加值同比增长7.1", 20: "1.3%。", 35: "298.6亿元，增长5.2%。", 49: "工业增加值"},
    {6: "%，比上半年加快0.6个", 37: "全市城镇新增就业"},
)


def test_a_narrow_columns_spaced_byline_is_no_column_of_its_own(extractor: Extractor) -> None:
    """Wide spaces inside the first line of a narrow column (本报讯（记者  某文) start no column: the piece ends before
    the next column starts, so it is the first column's; the column's last number runs on into the next column's top
    line whole (0.6个 | 百分点: 0.6 points, no 0.6个)."""
    got = _got(_run(extractor, LEAD, "2025-10-23", source="鹰潭日报"), "value", "measure", "role")
    assert ("0.6个百分点", 0.6, "百分点", "change") in got
    assert not [g for g in got if g[0] == "0.6个"]
    assert ("7.1%", 7.1, "%", "change") in got and ("41.3%", 41.3, "%", "level") in got


# an item over two columns beside a narrow column of briefs that -layout prints on lines of its own, then a row of
# five items set right under them with no blank line
PAGE = _laid(
    {6: "余江区人民医院新院区投用", 57: "短讯"},
    {},
    {59: "■前三季度，月湖区新登记经营"},
    {8: "本报讯（记者", 16: "某敏 通讯员 某强）10月", 33: "新院区投用后，全区医疗卫生机构床"},
    {57: "主体5210户，增长9.6%。"},
    {6: "18日，余江区人民医院新院区正式投入使用", 31: "位总数达到1960张，每千人口医疗卫生机构"},
    {59: "■龙虎山风景区前三季度接待游"},
    {6: "。新院区总投资6.4亿元，设置床位580张，", 31: "床位数提高到6.9张。今年以来，区医疗集"},
    {57: "客1260万人次。"},
    {6: "其中重症监护床位24张。", 31: "团公开招聘医务人员86名。"},
    {59: "■截至9月底，贵溪市建成5G基"},
    {57: "站2380个。"},
    {6: "月湖区秋粮喜获", 20: "贵溪铜产业营收", 35: "余江区新增精品", 49: "月湖区零工市场", 64: "全市新建公共充"},
    {6: "大丰收", 20: "稳步增长", 35: "民宿36家", 49: "促就业", 64: "电桩960个"},
    {8: "本报讯", 13: "今年，月", 23: "本报讯 前三", 37: "本报讯", 42: "今年以来", 52: "本报讯 今年", 66: "本报讯",
     71: "前三季度"},
    {6: "湖区秋粮播种面积12.4", 20: "季度，贵溪市铜产业实", 35: "，余江区新增精品民宿",
     49: "以来，月湖区零工市场", 64: "，全市新建公共充电桩"},
    {6: "万亩，总产量达到5.6", 20: "现营业收入1268亿元", 35: "36家，新增客房420", 49: "发布岗位7600个。", 64: "960个。"},
    {6: "万吨。", 20: "，同比增长6.8%。", 35: "间。"},
)


def test_a_row_of_items_under_an_item_and_its_briefs_is_a_block_of_its_own(extractor: Extractor) -> None:
    """A row of five items that opens right under an item's two columns and a column of briefs (no blank line
    between, a grid of its own) is read as a block of its own: the item's columns are read whole, its figures of
    its county (the byline spaced out inside its first column), and each brief its own; a brief that names no area
    of the gazetteer (a 风景区) is the paper's city's, not the county the brief above named."""
    got = _got(_run(extractor, PAGE, "2025-10-23", source="鹰潭日报"), "value", "place")
    assert ("6.4亿元", 640000000, "余江区") in got and ("580张", 580, "余江区") in got
    assert ("24张", 24, "余江区") in got and ("1960张", 1960, "余江区") in got
    assert ("5210户", 5210, "月湖区") in got and ("1260万人次", 12600000, "鹰潭市") in got
    assert ("2380个", 2380, "贵溪市") in got
    assert ("1268亿元", 126800000000, "贵溪市") in got and ("7600个", 7600, "月湖区") in got
