"""What the blind set data/gold/news11 found: jobs, beds, care homes, incomes and aid in the borderlands and
autonomous areas (a Production and Construction Corps division-city, 巴州, 那曲, 海西州, 固原, 兴安盟, 龙胜, 五指山,
迪庆州, 延边州, 黔南州), with short forms of autonomous areas, aid given by one province in another, a lead of
a part of a story, and three items with page damage. Sentences invented, in the style of such items; the
figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_division_city_is_what_its_paper_calls_shi_shi(extractor: Extractor) -> None:
    """师市 is the division and city together (第八师石河子市), as 全市 is a county-level city's own: the
    figures after it are that city's again, not those of another division's city named in between."""
    text = ("第八师石河子市城镇新增就业稳中有进\n本报石河子讯 今年1—10月，师市城镇新增就业1.2万人。"
            "第七师胡杨河市组织200名劳动力赴师市企业务工。下一步，师市将力争全年城镇新增就业1.3万人以上。")
    assert _got(_run(extractor, text, "2025-11-18", source="兵团日报"), "place") == [
        ("1.2万人", "石河子市"), ("200名", "胡杨河市"), ("1.3万人以上", "石河子市")]


def test_words_that_hold_a_places_name_by_chance_name_no_place(extractor: Extractor) -> None:
    """其中卫生健康领域 holds 中卫 and names no 中卫市; 全州县域内 in a prefecture's story is 全州 and 县域 (the
    whole prefecture's county areas), not Guangxi's 全州县."""
    text = ("巴州县域医疗服务能力持续提升\n本报库尔勒讯 全州累计投入卫生资金12.5亿元，其中卫生健康领域3.2亿元。"
            "今年1—9月，全州县域内就诊率达到90.6%。")
    assert _got(_run(extractor, text, "2025-10-20", source="巴音郭楞日报"), "place") == [
        ("12.5亿元", "巴音郭楞蒙古自治州"), ("3.2亿元", "巴音郭楞蒙古自治州"), ("90.6%", "巴音郭楞蒙古自治州")]


def test_workers_sent_to_another_province_are_the_sending_countys(extractor: Extractor) -> None:
    """帮助全县农村劳动力到广东务工: 到 before a place names where the workers go (as 赴 and 奔赴 do); the
    figure and those after it are the county's."""
    text = ("龙胜讯 今年1—9月，粤桂协作帮助全县农村劳动力到广东务工1.1万人，其中新增输送2100人；"
            "协作资金投入2600万元。")
    assert _got(_run(extractor, text, "2025-10-16", source="龙胜各族自治县人民政府"), "place") == [
        ("1.1万人", "龙胜各族自治县"), ("2100人", "龙胜各族自治县"), ("2600万元", "龙胜各族自治县")]


def test_a_care_homes_occupancy_is_its_beds(extractor: Extractor) -> None:
    """养老机构入住率 is the share of a care home's beds in use (as 床位入住率 is); 分别占全州的 after a list of
    places' new jobs is the share of those jobs."""
    text = ("本报讯 全州养老机构平均入住率为51.6%，比上年提高3.8个百分点。德令哈市、格尔木市城镇新增就业分别为"
            "1100人和2900人，分别占全州的20.1%和52.7%。")
    assert _got(_run(extractor, text, "2025-07-23", source="柴达木日报"), "metric") == [
        ("51.6%", "beds.occupancy_rate"), ("3.8个百分点", "beds.occupancy_rate"), ("1100人", "jobs.urban_new"),
        ("2900人", "jobs.urban_new"), ("20.1%", "jobs.urban_new"), ("52.7%", "jobs.urban_new")]


def test_a_gap_between_two_groups_growth_and_a_rise_per_head_are_changes(extractor: Extractor) -> None:
    """增速高于城镇居民2.6个百分点 is the gap between two growth rates; 带动农户增收人均约2600元 a rise per head."""
    text = ("本报讯 上半年，全州农村居民人均可支配收入1.1万元，同比增长7.1%，增速高于城镇居民2.4个百分点。"
            "新建茶园1100亩，带动农户增收人均约2500元。")
    assert _got(_run(extractor, text, "2025-07-23"), "role") == [
        ("1.1万元", "level"), ("7.1%", "change"), ("2.4个百分点", "change"), ("1100亩", "level"),
        ("约2500元", "change")]


def test_a_lead_of_thirteen_characters_opens_a_new_part(extractor: Extractor) -> None:
    """农村养老服务短板加快补齐。 is a lead of words alone, as 基层床位提质增效。 is: the figures of the part it
    opens are of the document's time, not of the span (“十四五”以来) of the part before."""
    text = ("本报讯 “十四五”以来，全市累计争取养老服务资金5.2亿元。\n农村养老服务短板加快补齐。"
            "全市建成农村老年饭桌380个。")
    assert _got(_run(extractor, text, "2025-11-25", source="固原日报"), "period") == [
        ("5.2亿元", "2021-2025"), ("380个", "2025-11")]


def test_short_forms_papers_write_for_names_that_leave_no_stem(extractor: Extractor) -> None:
    """巴音郭楞蒙古自治州 and 博尔塔拉蒙古自治州 write their people without 族, 龙胜各族自治县 holds no people's
    name: their papers' forms (巴州, 博州, 龙胜县) still name them, as 锡盟 and 呼市 name 锡林郭勒盟 and 呼和浩特市."""
    text = "本报讯 今年以来，博州城镇新增就业8600人，巴州新增就业1.1万人。"
    assert _got(_run(extractor, text, "2025-10-20", source="新疆日报"), "place") == [
        ("8600人", "博尔塔拉蒙古自治州"), ("1.1万人", "巴音郭楞蒙古自治州")]
    text = "龙胜讯 今年以来，龙胜县城镇新增就业1080人。"
    assert _got(_run(extractor, text, "2025-10-16", source="桂林日报"), "place") == [("1080人", "龙胜各族自治县")]
    text = "本报讯 今年以来，锡盟城镇新增就业1.2万人，呼市新增就业5.6万人。"
    assert _got(_run(extractor, text, "2025-10-16", source="内蒙古日报"), "place") == [
        ("1.2万人", "锡林郭勒盟"), ("5.6万人", "呼和浩特市")]


def test_a_prefectures_unit_is_not_held_by_the_city_named_before(extractor: Extractor) -> None:
    """延边大学 after a sentence on 延吉市: a unit its name places in the prefecture is the prefecture's; only
    a place its own sentence names, or the article's, holds it (a province's unit stands where the text is)."""
    text = ("本报讯 今年前三季度，全州城镇新增就业2.1万人。延吉市直播电商从业人员超过1.2万人。"
            "延边大学毕业生去向落实率达到90.2%。")
    assert _got(_run(extractor, text, "2025-10-29", source="延边日报"), "place") == [
        ("2.1万人", "延边朝鲜族自治州"), ("超过1.2万人", "延吉市"), ("90.2%", "延边朝鲜族自治州")]
