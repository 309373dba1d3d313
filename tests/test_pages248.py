"""What the blind pages p125 and p126 of data/gold/pages showed (pages248): DOCSTRING TO COME."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def test_a_table_by_place_of_new_jobs_beside_the_share_of_the_goal_done_reads(extractor: Extractor) -> None:
    """县市 城镇新增就业 完成年度任务（%） under 单位：人: 城镇新增就业 names its cells' count only in a table by place whose
    columns are all such words (column_units); a column named by what it holds with its percent mark in brackets (the
    share of the year's goal done) may stand beside it: each row's new jobs in 人 and its share in %, the row's place."""
    text = ("楚雄日报 2026年12月10日 星期四 第2版 综合\n本报讯 全州就业形势稳定。\n1—11月各县市城镇新增就业（单位：人）\n"
            "县市 城镇新增就业 完成年度任务（%）\n双柏县 8260 108.6\n牟定县 1860 101.3\n南华县 2130 99.6\n")
    got = quoted(dated_figures(extractor, text, "2026-12-10", "楚雄日报"), "value", "measure", "role", "place")
    assert ("1860", 1860.0, "人", "level", "牟定县") in got
    assert ("99.6", 99.6, "%", "level", "南华县") in got
    assert not [g for g in got if g[2] not in ("人", "%")]  # (no 101.3 read with the next row's first character)


def _wrap(text: str, n: int, indent: int = 2) -> list[str]:
    """text set in lines of n characters, the first set in by `indent`."""
    out, line, room = [], "", n - indent
    for ch in text:
        if len(line) == room:
            out.append(line)
            line, room = "", n
        line += ch
    return [*out, line]


def _sweep(*columns: list[str]) -> list[str]:
    """The columns' lines as a sweep across them prints them: the first line of each, then the second …"""
    return [c[k] for k in range(max(map(len, columns))) for c in columns if k < len(c)]


_LEAD = ("本报讯（记者 王强）记者从县农业农村局获悉，今年全县花椒种植面积稳定在二十万亩，"
         "花椒产业带动农户持续增收，全县建成花椒标准化示范园多个，培育加工企业多家，产品远销省内外市场。"
         "明年，全县计划新建花椒精深加工生产线，产业综合产值力争再创新高，"
         "带动更多群众在家门口就业增收，为乡村全面振兴提供有力产业支撑。")
_ITEM = ("本报讯（记者 刘芳）12月10日，徽县中医院康复楼投入使用，新增康复床位160张，"
         "医院编制床位达到520张，其中老年病床位60张。截至11月底，全县医疗卫生机构床位总数达到1420张，"
         "每千人口床位数7.2张；今年全县招聘医护人员98名。")


def test_a_sidebar_read_in_order_amid_a_sweep_goes_on_line_by_line(extractor: Extractor) -> None:
    """pdfminer making a box of every line (a loose pitch) sweeps an item's two columns a line of each in turn, then
    prints a narrower sidebar (链接) beside it in order, a line a box: the sidebar's lines, as wide as each other and
    well short of the columns, each breaking off, go on in the very next line (`Interleave._narrow_run`), not a
    stride of two on, nor stand alone (业2.3万人 read with no 陇南市 and no 计划 before it); the item's columns still
    read by the sweep (160张)."""
    lead, item = _wrap(_LEAD, 20), _wrap(_ITEM, 20)
    side = ["今年，陇南市计划新增城镇就", "业2.3万人。截至11月底，全市每", "千人口养老机构床位数平均达到3.", "8张。"]
    lines = ["今日徽县 2026年12月15日 星期二 第1版 要闻", "全县花椒产业提质增效",
             *_sweep(lead[:(len(lead) + 1) // 2], lead[(len(lead) + 1) // 2:]), "县中医院康复楼投入使用",
             *_sweep(item[:(len(item) + 1) // 2], item[(len(item) + 1) // 2:]), "链接", *side,
             "城关镇：老年食堂开张", "本报讯（通讯员 李敏）截至11月底，城关镇建成老年食堂8个，惠及老年人1800人。"]
    got = quoted(dated_figures(extractor, "\n\n".join(lines) + "\n", "2026-12-15", "今日徽县"), "value", "role", "place")
    assert ("2.3万人", 23000.0, "target", "陇南市") in got
    assert ("3.8张", 3.8, "level", "陇南市") in got
    assert ("160张", 160.0, "level", "徽县") in got


# a 州 paper's page as pdfplumber reads it with a small x_tolerance: the columns across the page a line at a time, a
# space between them (glued rows): a lead in three columns, then a hospital item in two narrow columns beside a care
# item in one wide column, then a grid of three briefs, each a column of its own, every row three pieces
_GLUED = [
    "楚雄日报 2026年12月10日 星期四 第2版 综合",
    "优质医疗资源扩容下沉 群众就医更加便捷",
    "全州医疗卫生机构床位达到2.18万张",
    "本报讯（记者 李云）12月8日，记者 %。 ，增长5.9%。",
    "从州卫生健康委获悉，截至11月底，全州 今年以来，全州新增三级医院2家， 到2027年，全州每千人口执业（助理",
    "医疗卫生机构床位达到2.18万张，每千人 招聘卫生专业技术人员1320名，投入卫生 ）医师数力争达到3.4人。",
    "口医疗卫生机构床位数达到8.7张；全州 健康项目资金6.9亿元。前三季度，全州",
    "执业（助理）医师1.16万人，同比增长4.8 医疗卫生机构总诊疗人次达到1745万人次",
    "县人民医院门诊楼启用 南华：助餐服务扩面",
    "本报讯（记者 张敏）12月 位300张，医院编制床位达到1 本报讯（通讯员 南宣）今年以来，南华县新建老年助餐服",
    "5日，牟定县人民医院门诊 200张，其中儿科床位4 务点16个，新增养老床位240张，全县养老机构床位总数达到16",
    "楼正式投入使用，新增床 0张。项目总投资3.2亿元。 40张；招聘养老护理员60名。",
    "姚安：蔬菜产业增收 大姚：花椒加工提速 全省：就业形势稳定",
    "本报讯（通讯员 姚宣）今年，姚安 本报讯（通讯员 大宣）1—10月，大 本报讯 前三季度，云南省城镇新增",
    "县蔬菜种植面积达到8.6万亩，产量24.8 姚县花椒加工产值达到3.2亿元，同比增 就业36.2万人，农村劳动力转移就",
    "万吨，综合产值9.8亿元，带动1.6万户群众 长10.4%；新增就业岗位260个。 业达到120.6万人。",
    "增收。",
    "楚雄日报社出版 责任编辑：普丽华 美编：李彤 校对：杨帆 2",
]


def test_an_items_narrow_columns_are_told_from_a_grid_of_briefs_under_them(extractor: Extractor) -> None:
    """The hospital item's two narrow columns beside the care item's wide one, and the three briefs' columns under
    them, are rows of three pieces both: the briefs' row of datelines opens a band of its own (`_column_widths`), so
    the item's columns keep their own narrow width, not the briefs' wider one, and its lines go on as the rows tell
    (…达到1 | 200张: 1200张, the hospital's, 牟定县), not a 200张 alone, nor the care item's 南华县 for the hospital."""
    got = quoted(dated_figures(extractor, "\n".join(_GLUED) + "\n", "2026-12-10", "楚雄日报"), "value", "place")
    assert ("1200张", 1200.0, "牟定县") in got and ("300张", 300.0, "牟定县") in got
    assert not [g for g in got if g[1] == 200.0]
    assert ("1640张", 1640.0, "南华县") in got
