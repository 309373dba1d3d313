"""What the blind set data/gold/news56 found: six items as they are published online (a 省卫健委 website item on
江苏's 基层 beds and 社区医院 with three cities in a 其中 list and 建湖县 quoted after, a 留言板 reply of 津市市's 人社局
with a 街道's and its 社区's figures, a 公众号 item on 句容's job fair with 【】 headings, ▲/● bullets and 来源/编辑
lines, a 扶余 TV transcript with 主持人, 记者 and 同期声, a 龙山县融媒体中心 item naming four towns, 常德日报 on
桃源县人民医院 with the county's figures): the hands a firm has found so far against its hiring plan (目前已经招到150人
左右) were read as any people. Probes of the same kinds found: a town bearing the short form of a county of another
prefecture (记者在高坪镇看到 in an item on 旺苍县) read as that county's seat, and the county's 全县 with it; a
subdistrict named by a numeral and 元 (三元街道) read as 3 yuan; hands a firm means to hire counted between the verb
and its word for them (今年计划再招200名工人) read as any people; in a 其中 list of counties, a count of centres after
a county's beds in 张 (商城县建成区域医疗次中心2个) read as a part of those beds; a county's own news account (盐边发布)
placing nothing, so that the 来源：四川日报 line at its foot placed the county's figures in the province. Sentences
invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_hands_a_firm_has_already_found_are_people_hired(extractor: Extractor) -> None:
    """计划招工300人，目前已经招到180人左右: the plan and the hands found so far are both hiring (jobs.hiring); a
    school's intake (招到新生) is no hiring."""
    text = "本报讯 节后，这家电子厂计划招工300人，目前已经招到180人左右。"
    got = _got(_run(extractor, text, "2026-03-02", source="松原日报"), "metric", "role", "qualifier")
    assert got == [("300人", "jobs.hiring", "target", "exact"), ("180人左右", "jobs.hiring", "level", "approx")]
    text = "本报讯 今年秋季，县一中共招到新生860人。"
    got = _got(_run(extractor, text, "2026-09-12", source="松原日报"), "metric")
    assert got and not got[0][1].startswith("jobs.")


def test_hands_counted_between_the_verb_and_the_word_for_them_are_hiring(extractor: Extractor) -> None:
    """【同期声】… 今年计划再招200名工人: a firm's hiring goal, the count inside 招工; a school's intake counted the same
    way (计划招收300名新生) is no hiring."""
    text = "【同期声】外地某服装公司驻我县负责人：我们在这里建了3条生产线，今年计划再招200名工人。"
    got = _got(_run(extractor, text, "2026-05-10", source="融水苗族自治县融媒体中心"), "metric", "role")
    assert ("200名", "jobs.hiring", "target") in got
    text = "本报讯 今年县实验小学计划招收300名新生。"
    got = _got(_run(extractor, text, "2026-05-10", source="融水苗族自治县融媒体中心"), "metric")
    assert got and not got[0][1].startswith("jobs.")


def test_a_count_after_beds_in_a_qizhong_list_is_no_part_of_them(extractor: Extractor) -> None:
    """其中，甲县…新增床位260张；乙县建成区域医疗次中心2个: centres counted in 个 are no part of the beds before them,
    though the rule of beds takes 个; beds of the parts in the whole's measure (其中：医院3.62万张) still are."""
    text = "本报讯 今年以来，全市新增医疗卫生机构床位1800张。其中，固始县新增床位260张；商城县建成区域医疗次中心2个。"
    got = _got(_run(extractor, text, "2026-07-02", source="信阳日报"), "metric")
    assert got[-1][0] == "2个" and not got[-1][1].startswith("beds.")
    assert got[-2][0] == "260张" and got[-2][1].startswith("beds.")
    text = "本报讯 年末全市医疗卫生机构床位4.35万张，其中：医院3.62万张，基层医疗卫生机构0.58万张。"
    got = _got(_run(extractor, text, "2026-02-10", source="信阳日报"), "metric")
    assert all(metric == "beds.total" for _, metric in got)


def test_a_town_bearing_a_county_name_of_another_prefecture_is_a_town_of_the_item(extractor: Extractor) -> None:
    """记者在高坪镇看到 in an item of 苍溪县 (广元市): a town of the county that bears the name, not the seat of 高坪区
    in 南充市, and the 全县 after it stays 苍溪县."""
    text = ("记者在高坪镇看到，一家鞋业公司的车间里工人们正在赶制订单。今年以来，该公司已吸纳周边群众就业260人。"
            "据统计，今年前5个月，全县新增就业帮扶车间15家。")
    got = _got(_run(extractor, text, "2026-06-12", source="苍溪县融媒体中心"), "place")
    assert got == [("260人", "苍溪县"), ("15家", "苍溪县")]


def test_a_subdistrict_or_community_named_by_a_numeral_and_yuan_is_no_sum(extractor: Extractor) -> None:
    """三元街道, 八元社区: names; 每人补助三元，村里另补两元 (a mark between 元 and 村) are sums."""
    text = "三元街道今年新建社区食堂3个，八元社区发放补贴12万元；每人补助三元，村里另补两元。"
    got = [q for (q,) in _got(_run(extractor, text, "2026-05-20"))]
    assert got == ["3个", "12万元", "三元", "两元"]


def test_a_countys_own_news_account_places_its_item(extractor: Extractor) -> None:
    """An item of 盐边发布 (a county's 公众号) that names no place but 全县, with 来源：四川日报 at its foot: the
    county's figures, not the province's."""
    text = ("稳就业！这个县今年已新增就业2380人\n原创 盐边发布\n【数据】\n●1—6月，全县城镇新增就业2380人；\n"
            "●城镇登记失业率控制在3.2%以内。\n来源：四川日报\n编辑：周晓\n")
    got = _got(_run(extractor, text, "2026-07-20", source="盐边发布"), "place")
    assert got and all(place == "盐边县" for _, place in got)
