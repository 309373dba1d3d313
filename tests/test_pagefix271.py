"""Page-layout leftovers (pagefix271): pages of glued rows (columns a single space apart, as pdftotext prints a page
row by row) where a headline's figure wraps alone under it, and a column's last lines run on under the others' ends,
set in by the columns to their left. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted
from tests.repaired import paragraphs
from tests.sweptpage import swept as _swept
from tests.sweptpage import wrap as _wrap

# three items side by side, a single space between their columns: the middle one's headline wraps its figure
# (洮南市城镇新增就业 | 2380人) into the row of the other columns' first lines, and its column runs on two rows past the
# others, set in under its own place (…2400人 beside the third column's last line, then 以上。 alone)
_ROWS = """白城日报 2026年1月21日 星期三 第3版 县域经济
镇赉县新增养老床位180张 洮南市城镇新增就业 大安市财政收入稳中有进
2025年，镇赉县新增养老床 2380人 2025年，大安市一般公共预
位180张，养老机构床位总 2025年，洮南市城镇新增就 算收入完成4.26亿元，增长
数达到960张，比上年增长2 业2380人，完成年度目标任 5.1%，其中税收收入2.87亿
3.1%；每千名老年人拥有养 务的112.0%；农村劳动力转 元。一般公共预算支出完成
老床位31.5张。2026年，全 移就业5.12万人，实现劳务 33.52亿元，增长3.4%，其
县计划再新增床位80张。 收入31.4亿元。全年发放创 中民生支出27.63亿元。全
                         业担保贷款6350万元，扶持 年新增减税降费1.2亿元。
                         创业296人。2026年，全市 2026年，全市一般公共预算
                         力争城镇新增就业2400人 收入预期增长5.0%左右。
                         以上。
"""


def test_a_headlines_figure_wrapped_alone_into_the_next_row_goes_on_from_it(extractor: Extractor) -> None:
    """The figure alone in its row right under a row of headlines, in its headline's place, is the headline's own
    (`Interleave._headline_figures`): read as a paragraph of its own, it came after whichever column's paragraph the
    rows printed first and took a place not its own."""
    got = quoted(dated_figures(extractor, _ROWS, "2026-01-21", "白城日报"), "place")
    assert got.count(("2380人", "洮南市")) == 2  # (the headline's and the first sentence's)


def test_a_line_alone_under_a_column_further_right_goes_on_unindented(ruleset: RuleSet) -> None:
    """以上。 set in under the middle column goes on from its column's line above (the interleave joins them): the
    spaces it was set in by are no paragraph's indent, which cut the sentence (…2400人 | 以上。) and lost the bound."""
    pars = paragraphs(ruleset.lexicon, _ROWS)
    assert any(p.endswith("力争城镇新增就业2400人以上。") for p in pars)
    assert "以上。" not in pars


def test_headlines_side_by_side_each_go_before_the_item_under_it(extractor: Extractor) -> None:
    """A row of three briefs' headlines swept before their datelines (pdfminer, a box a line): each headline is read
    right before its own item (`Interleave._heads_over_items`), not all three before the first, whose figures then
    took the last headline's county (820座 at 正宁县)."""
    lines = ["今日宁县 2026年12月9日 星期三 第2版 民生", "2"]
    lines += _swept(["湘乐镇：幸福院提档升级", "全县技能培训扩面提质"], [
        _wrap("本报讯（通讯员 宁宣）截至11月底，湘乐镇改造提升农村幸福院9所，新增护理床位86张，为辖区老人提供上门服务"
              "1800人次。", 26, 0.6),
        _wrap("本报讯（记者 韩雪）今年以来，全县开展各类职业技能培训62期，培训城乡劳动者4200人次，取证率86.5%，发放培训"
              "补贴资金386万元。", 26, 0.6)])
    lines += _swept(["早胜：设施蔬菜扩面", "庆阳：电商销售增长", "正宁县：农村公路提质"], [
        _wrap("本报讯 今年，早胜镇新建蔬菜大棚820座，实现产值6800万元，带动240户群众增收。", 17, 0.6),
        _wrap("本报讯 1—10月，庆阳市电商销售额36.2亿元，同比增长8.7%。", 17, 0.6),
        _wrap("本报讯 今年以来，正宁县新建改建农村公路46公里，完成投资1.1亿元。", 17, 0.6)])
    lines.append("中共宁县县委主管主办　责任编辑：刘洋　美编：王丽　校对：张静　　2")
    got = dict(quoted(dated_figures(extractor, "\n\n".join(lines) + "\n", "2026-12-09", "今日宁县"), "place"))
    assert got["820座"] == got["6800万元"] == got["240户"] == "宁县", got
    assert got["36.2亿元"] == "庆阳市" and got["46公里"] == "正宁县", got


# a bulletin written one paragraph a line, a blank line after each, under lone headings, with a table whose rows are
# tab-separated cells: its open lines are its headings only, far narrower than its paragraphs
_BULLETIN = """临高县2025年卫生健康事业发展公报

临高县卫生健康委员会　2026年5月20日

一、卫生资源

年末全县共有医疗卫生机构286个，其中医院8个，基层医疗卫生机构271个，专业公共卫生机构7个。医疗卫生机构床位2380张，比上年末增加126张，其中医院床位1650张，基层医疗卫生机构床位680张。每千常住人口医疗卫生机构床位5.36张，比上年末增加0.28张。

二、卫生人员

年末全县卫生人员总数4120人，其中卫生技术人员3260人，比上年末增长5.2%。卫生技术人员中，执业（助理）医师1180人，注册护士1460人。每千常住人口执业（助理）医师2.66人，每千常住人口注册护士3.29人。

表1　2025年末卫生资源主要指标
指标\t单位\t绝对数\t比上年增长（%）
医疗卫生机构\t个\t286\t2.1
医疗卫生机构床位\t张\t2380\t5.6
卫生技术人员\t人\t3260\t5.2
注册护士\t人\t1460\t6.4

三、医疗服务

全年全县医疗卫生机构总诊疗人次286.4万人次，比上年增长3.8%。入院人数6.82万人，比上年增长4.5%。医院病床使用率为78.6%，平均住院日为7.9日。

四、妇幼卫生

全年孕产妇住院分娩率为99.9%，婴儿死亡率为3.1‰，5岁以下儿童死亡率为4.6‰。
"""


def test_a_text_of_one_paragraph_a_line_under_lone_headings_is_no_sweep(extractor: Extractor) -> None:
    """Its open lines, the headings (一、卫生资源), are all far narrower than the paragraphs that end on their marks: no
    sweep across columns, whose open lines are full column lines (`Interleave._swept`). Read as one, the table's last
    row lost both its cells (注册护士 人 1460 | 6.4), its line joined to the next heading's."""
    got = quoted(dated_figures(extractor, _BULLETIN, "2026-05-20", "临高县卫生健康委员会"), "value", "role")
    assert ("1460", 1460.0, "level") in got
    assert ("6.4", 6.4, "change") in got
