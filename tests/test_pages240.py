"""What the blind pages p123 and p124 of data/gold/pages showed (pages240): BLIND_FINAL_PLACEHOLDER"""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# a county paper named by a short form two divisions share (今日梨树: 梨树县 of 四平市, 梨树区 of 鸡西市), its lead
# naming no place but 全县
_LEAD = ("今日梨树 2026年11月18日 星期三 第1版 要闻\n全县玉米单产创历史新高\n"
         "本报讯（记者 李金洋）记者从县农业农村局获悉，今年全县玉米平均亩产达到1860斤，建成高标准农田26.4万亩。\n")


def test_a_county_papers_shared_short_form_is_told_by_its_own_area_word(extractor: Extractor) -> None:
    """今日梨树 whose page writes 全县: 梨树县, the one of the two its own area word fits (places.yaml paper_words)."""
    got = quoted(dated_figures(extractor, _LEAD, "2026-11-18", "今日梨树"), "value", "place")
    assert ("26.4万亩", 264000.0, "梨树县") in got


def test_a_county_papers_shared_short_form_stays_no_place_where_its_words_fit_both(extractor: Extractor) -> None:
    """The same page writing 全县 and 全区 both (an item on a district beside): no guess between the two."""
    text = _LEAD + "区里简讯\n本报讯 今年以来，全区新建农村公路46公里。\n"
    got = quoted(dated_figures(extractor, text, "2026-11-18", "今日梨树"), "value", "place")
    assert ("26.4万亩", 264000.0, None) in got or ("26.4万亩", 264000.0, "") in got


# a row of three briefs as poppler's layout mode gave it: the headlines side by side, the first a town's name without
# its ending (榆树台：, 榆树 being 榆树市's short form, a county-level city of the same province), the bodies under them
_ROW = [
    "             今日梨树 2026年11月18日 星期三 第1版 要闻",
    "",
    "             全县玉米单产创历史新高",
    "",
    "                   本报讯 今年，全县玉米平均亩产达到1860斤。",
    "",
    "",
    "             榆树台：设施农业扩面" + " " * 49 + "四平：新增市场主体" + " " * 49 + "小宽：冬季培训开班",
    "",
    "                   本报讯 今年，榆树台镇新建温" + " " * 43 + "本报讯 1—10月，四平市新增经营" + " " * 41
    + "本报讯 11月以来，小宽镇开展",
    "             室大棚320栋，带动就业180人。" + " " * 41 + "主体2.6万户，同比增长8.4%。" + " " * 41
    + "技能培训16期，培训农民860人次。",
    "",
    "",
    "             中共梨树县委主管主办                责任编辑：孙立新",
]


def test_a_brief_headed_by_a_towns_cut_short_name_is_its_countys(extractor: Extractor) -> None:
    """榆树台：设施农业扩面 over 榆树台镇新建温室大棚320栋: the town's figures are 梨树县's (its county, the paper's), not
    榆树市's, which 榆树 alone names: neither as the brief's area (`_town_of_base`, the headline's name run on past the
    short form) nor carried from the headline read as a sentence (`PlaceTracker._town_cut_short`); the city's stays."""
    got = quoted(dated_figures(extractor, "\n".join(_ROW) + "\n", "2026-11-18", "今日梨树"), "value", "place")
    assert ("320栋", 320.0, "梨树县") in got and ("180人", 180.0, "梨树县") in got
    assert ("2.6万户", 26000.0, "四平市") in got


def test_a_table_of_cities_care_beds_and_their_nursing_share_reads(extractor: Extractor) -> None:
    """市 养老床位（张） 护理型床位占比（%）: each city's care beds in 张 and the share of them for nursing care, in %."""
    text = ("中国老年报 2026年11月17日 星期二 第3版 地方\n本报武汉讯 记者从省民政厅获悉。\n截至10月底部分市养老床位情况\n"
            "市 养老床位（张） 护理型床位占比（%）\n十堰市 21460 57.3\n孝感市 24180 59.6\n")
    got = quoted(dated_figures(extractor, text, "2026-11-17", "中国老年报"), "value", "measure", "role", "place")
    assert ("21460", 21460.0, "张", "level", "十堰市") in got
    assert ("59.6", 59.6, "%", "level", "孝感市") in got


def test_a_table_of_towns_workers_placed_reads(extractor: Extractor) -> None:
    """乡镇 转移就业 增速（%） under 单位：人: each town's rural workers placed in jobs, and their growth, the county's."""
    text = ("今日梨树 2026年11月18日 星期三 第1版 要闻\n本报讯 1—10月，全县农村劳动力转移就业10.6万人。\n"
            "1—10月部分乡镇农村劳动力转移就业（单位：人）\n"
            "乡镇 转移就业 增速（%）\n蔡家镇 5320 3.6\n万发镇 4870 2.9\n")
    got = quoted(dated_figures(extractor, text, "2026-11-18", "今日梨树"), "value", "measure", "role", "place")
    assert ("5320", 5320.0, "人", "level", "梨树县") in got
    assert ("2.9", 2.9, "%", "change", "梨树县") in got


def test_a_share_estimated_for_the_year_is_a_target(extractor: Extractor) -> None:
    """护理型床位占比预计达到65%左右: 占比 names the share itself, the subject of the estimate, no 占 of a share done
    (roles.yaml cancel 预计 preceded_not); 占预计播种面积的99.2% stays a result."""
    text = ("中国老年报 2026年11月17日 星期二 第3版 地方\n链接\n今年，全国养老机构护理型床位占比预计达到64%左右。\n"
            "截至10月底，全省秋粮播种进度已占预计播种面积的99.2%。\n")
    got = quoted(dated_figures(extractor, text, "2026-11-17", "中国老年报"), "value", "role")
    assert ("64%左右", 64.0, "target") in got
    assert ("99.2%", 99.2, "level") in got


# an item beside a table of towns as poppler's layout mode prints it: the table's head and first row above the item's
# first line, then its rows each on a line of its own between the lines of the item's two columns (their baselines
# differ), far right of them
_TABLED = [
    "             今日梨树 2026年11月18日 星期三 第1版 要闻",
    "",
    "             就业形势总体稳定" + " " * 62 + "1—10月部分乡镇农村劳动力转移就业（单位：人）",
    "             " + " " * 102 + "乡镇" + " " * 23 + "转移就业" + " " * 23 + "增速（%）",
    "             " + " " * 102 + "蔡家镇" + " " * 22 + "5320" + " " * 23 + "3.6",
    "                   本报讯（记者 张丽）1—10月" + " " * 36 + "今年以来，全县举办招聘活动",
    "             " + " " * 102 + "万发镇" + " " * 22 + "4870" + " " * 23 + "2.9",
    "             ，全县城镇新增就业3520人，完成" + " " * 34 + "38场，提供就业岗位1.48万个，农",
    "             " + " " * 102 + "沈洋镇" + " " * 22 + "4310" + " " * 23 + "2.4",
    "             年度目标任务的101.6%；城镇登记" + " " * 33 + "村劳动力转移就业达到10.6万人，",
    "             " + " " * 102 + "东河镇" + " " * 22 + "3960" + " " * 23 + "1.8",
    "             失业率控制在3.6%以内。" + " " * 38 + "实现劳务收入33.2亿元。",
    "",
]


def test_a_tables_rows_between_the_lines_of_the_item_beside_it_read(extractor: Extractor) -> None:
    """郭家店镇  8420  3.8 on a line of its own between two lines of the item's columns: the rows are read whole after the
    rows above the item (`Columns._side_rows`), not as columns of their own whose numbers run together (431039…), and
    the item's two columns are read one after the other, not across."""
    figs = dated_figures(extractor, "\n".join(_TABLED) + "\n", "2026-11-18", "今日梨树")
    got = quoted(figs, "value", "measure", "role")
    for cell in (("4870", 4870.0, "人", "level"), ("4310", 4310.0, "人", "level"), ("1.8", 1.8, "%", "change")):
        assert cell in got
    jobs = {f["quote"]: f["metric"] for f in figs}
    assert jobs["101.6%"].startswith("jobs.") and ("10.6万人", 106000.0, "人", "level") in got
