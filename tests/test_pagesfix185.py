"""What p105 and p106 of data/gold/pages still missed after pages173 (pagesfix185): a health paper's table of its city
hospitals under 医院 bare, its columns' units in brackets (开放床位（张） 出院人次（万人次）), where 医院 after 其中： in a
head over two lines (合计 其中：医院 床位数 增长, damaged3's) still names a part's column, no label's head; a share after
计划招聘 (其中…岗位占比68%) of the posts counted before the plan, a level; a number cut at a glued row's end whose unit
(家。) stands alone two lines down, a photo's caption line between. p105-p106 alone: recall 0.7812 → 0.8672; the whole
set recall 0.9681 → 0.9707. Left: p105's jobs table under 县市 bare (县市 as a place head read a caption's 部分县市:
backed out), p105's chart printed by bar height (its values by height, not by bar: no bar's label can be told),
5.1万吨 under a vertical headline's two columns read across; p106's 468.5万人次 in the columns beside its chart.
Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def test_xianshi_in_a_sentence_heads_no_table(extractor: Extractor) -> None:
    """县市 in an item's sentence over a line of numbers is no table's head: nothing is read from the bare numbers. (县市
    bare as a place head, tried for p105's jobs table, read a caption's 部分县市 as one: test_pages53; backed out.)"""
    text = "全地区各县市城镇新增就业稳步增长。\n洛浦 3210 466\n"
    got = quoted(dated_figures(extractor, text, "2026-10-14"), "value")
    assert not any(v in (3210, 466) for _, v in got)


def test_a_table_of_hospitals_under_yiyuan_reads_each_columns_unit(extractor: Extractor) -> None:
    """医院 heads the label column of a health paper's table of its city hospitals (pdftotext -layout, wide gaps), each
    value column naming its unit in brackets: open beds in 张, discharges in 万人次 (3.4 is 34000 人次)."""
    text = ("上半年部分市属医院开放床位及出院人次\n"
            "医院                         开放床位（张）                  出院人次（万人次）\n"
            "市环湖医院                         1460                        3.4\n"
            "市口腔医院                          380                        1.2\n")
    got = quoted(dated_figures(extractor, text, "2026-08-12"), "value", "measure", "metric")
    assert ("1460", 1460, "张", "beds.total") in got and ("380", 380, "张", "beds.total") in got
    assert ("3.4", 34000, "人次", "quantity.hospital_discharges") in got
    assert ("1.2", 12000, "人次", "quantity.hospital_discharges") in got


def test_yiyuan_after_a_parts_mark_is_a_parts_column_not_the_label_head(extractor: Extractor) -> None:
    """A head over two lines with tabs between its cells (地区 | 床位数 | | 每千人口 | 比上年 over | 合计 | 其中：医院 |
    床位数 | 增长): 医院 after 其中： names the beds column's part, so the bottom line alone is no head (医院 床位数 增长)
    and the rows read under the two lines' columns, four cells each."""
    text = ("表1  2024年各县（市）区医疗卫生机构床位情况\n（单位：张、%）\n"
            "地区\t床位数\t\t每千人口\t比上年\n\t合计\t其中：医院\t床位数\t增长\n"
            "全市\t21460\t15320\t7.38\t2.6\n铁东区\t6120\t5380\t13.62\t1.4\n")
    got = quoted(dated_figures(extractor, text, "2025-04-10", place="鞍山市"), "value", "measure")
    assert {("21460", 21460, "张"), ("15320", 15320, "张"), ("7.38", 7.38, "张"), ("2.6", 2.6, "%"),
            ("6120", 6120, "张"), ("5380", 5380, "张"), ("13.62", 13.62, "张"), ("1.4", 1.4, "%")} <= set(got)


def test_a_parts_share_of_a_count_given_before_the_plan_is_no_target(extractor: Extractor) -> None:
    """计划 reaches a part's clause after its own (其中…) where the part breaks down the planned total; where the part
    names what a count before the cue counted (岗位 of 招聘岗位960个) and the cue's own clause does not, it breaks down
    that count: a level (the posts' share), the plan's figure a target still."""
    text = "8月，全市教育系统公开招聘岗位960个，计划招聘1420人，其中面向高校毕业生的岗位占比72%。"
    got = quoted(dated_figures(extractor, text, "2026-09-02"), "value", "role")
    assert ("960个", 960, "level") in got and ("1420人", 1420, "target") in got and ("72%", 72, "level") in got
    text = "今年，全市计划新增养老床位1800张，其中护理型床位占比60%以上。"
    got = quoted(dated_figures(extractor, text, "2026-09-02"), "value", "role")
    assert ("1800张", 1800, "target") in got and ("60%以上", 60, "target") in got


# a 地区 paper's second sheet as pdfplumber prints it: two items' columns glued a space apart, then a photo's caption
# across the page, its first line printed between the right column's cut number (…二级医院达到12) and its unit (家。)
_CUT_BY_CAPTION = "\n".join([
    "和田日报 2026年10月21日 星期三 第1版 要闻 2",
    "皮山：特色林果产值突破8亿元 地区妇幼保健院新楼投用",
    "本报讯（通讯员 皮宣）今年以来， 本报讯（记者 李新）10月12日，",
    "皮山县新建标准化果园12个，全县核桃 和田地区妇幼保健院新楼投入使用，",
    "种植面积达到42万亩。前三季度，全县特 新增床位260张，医院开放床位达到900",
    "色林果业实现产值8.3亿元，带动1.6万户 张。",
    "农户增收。 截至9月末，全地区二级医院达到12",
    "10月18日，在皮山县一家核桃加工企业，工人",
    "家。",
    "在分拣核桃。前三季度，皮山县核桃加工产值",
    "达到2.6亿元，同比增长12.4%。（记者 阿力",
    "摄）",
    "和田日报社出版 责任编辑：阿依努尔 美编：李疆 校对：米热古丽 1",
])


def test_a_numbers_unit_alone_under_a_captions_line_goes_on_from_the_cut(extractor: Extractor) -> None:
    """家。 alone on its line under the caption's first line (…工人) is no tail of the caption's words but the unit of the
    number cut at the glued row's end two lines up (…二级医院达到12): a fragment of its own, joined to that cut as digits
    running on would be, so 12家 reads whole; the caption and the items read as before."""
    got = quoted(dated_figures(extractor, _CUT_BY_CAPTION, "2026-10-21", "和田日报"), "value", "place")
    assert ("12家", 12, "和田地区") in got and ("900张", 900, "和田地区") in got
    assert ("2.6亿元", 260000000, "皮山县") in got and not any(v in (1210, 121018) for _, v, _ in got)
