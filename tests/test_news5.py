"""What the blind set data/gold/news5 found: news items on hospital beds, health workers, jobs,
training, insurance, tourism, tea, retail and investment from cities of Jilin, Liaoning, Ningxia,
Guizhou, Shaanxi, Henan, Shandong, Zhejiang, Guangdong and a district of Chongqing. Sentences
invented, in the style of such items; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_rate_faster_than_a_group_and_what_was_added_since_a_base_are_changes(extractor: Extractor) -> None:
    """增速快于城镇居民2.4个百分点 compares two rates, whatever the base (a group, no area or average);
    比去年底新增52家 is the difference from a base named before it. 新增 alone counts new things."""
    text = ("全县农村居民人均可支配收入9846元，增长7.2%，增速快于城镇居民2.4个百分点。"
            "全县定点医药机构达到436家，比去年底新增52家。今年全县新增定点药店18家。")
    assert _got(_run(extractor, text, "2025-08-12"), "role") == [
        ("9846元", "level"), ("7.2%", "change"), ("2.4个百分点", "change"),
        ("436家", "level"), ("52家", "change"), ("18家", "level")]


def test_the_year_of_a_pairs_from_end_dates_that_figure_alone(extractor: Extractor) -> None:
    """从2020年的18万亩增加到26.5万亩: 2020 is the from end's; the figure after 增加到, and those after
    the pair, are of the time in force. Nor is 2020 carried on: 全年 after it is the document's year."""
    text = ("本报讯 今年以来，全县茶园面积从2020年的18万亩增加到26.5万亩，亩均产值达到8600元。"
            "全县力争全年茶叶总产量达到9万吨。")
    assert _got(_run(extractor, text, "2025-05-16"), "period") == [
        ("18万亩", "2020"), ("26.5万亩", "2025"), ("8600元", "2025"), ("9万吨", "2025")]


def test_a_city_office_speaking_brings_the_text_back_to_the_city(extractor: Extractor) -> None:
    """市医保局负责人表示，… speaks for the city the article is about: the county the sentence before
    named (同心县为…) is carried no further."""
    text = ("本报讯 同心县为4.2万名困难群众代缴养老保险费580余万元。\n"
            "市医保局负责人表示，下半年将确保全年基本医疗保险参保率不低于95%。")
    assert _got(_run(extractor, text, "2025-08-12", source="吴忠日报"), "place") == [
        ("4.2万名", "同心县"), ("580余万元", "同心县"), ("不低于95%", "吴忠市")]


def test_graduates_their_placement_rate_skills_and_fair_firms_are_employment_figures(extractor: Extractor) -> None:
    """How many graduates there are (高校毕业生约3.4万人), their 去向落实率 in a clause of its own and its
    change, skilled workers (新增技能人才) and the firms at fairs counted per fair (家次) are jobs."""
    text = ("今年全市高校毕业生约3.4万人，截至9月底，去向落实率达到88.6%，比去年同期提高2.3个百分点。"
            "今年以来，全市新增技能人才9500人。全市举办招聘会216场，参会企业4800余家次。")
    assert _got(_run(extractor, text, "2025-10-24"), "metric") == [
        ("约3.4万人", "jobs.graduates"), ("88.6%", "jobs.graduate_employment_rate"),
        ("2.3个百分点", "jobs.graduate_employment_rate"), ("9500人", "jobs.skills"),
        ("216场", "jobs.hiring"), ("4800余家次", "jobs.fair_employers")]


def test_a_headline_of_another_item_set_into_a_paragraph_goes_after_it(extractor: Extractor) -> None:
    """A short line with no mark, between a full column line broken off mid-sentence and the line
    that goes on with it, is the headline of another item the page set there: read into the
    sentence, its county placed the city's figures after it. It is read after the paragraph."""
    text = ("本报讯记者从市文化广电旅游局获悉，今年以来，全\n市累计接待游客人数和旅游总收入均实现较快增长，\n"
            "其中旅游总收入562亿元，增长12.1%。全市乡村\n旅游接待游客人数稳步增长，民宿等新业态发展势头\n"
            "良好，带动农民就近就业增收。全市现有旅游民宿和\n农家乐经营户较去年明显增加，接待能力持续提升，\n"
            "普定县秋季招聘会提供岗位2300个\n乡村旅游接待游客121.5万人次，实现收入8.9亿元。\n")
    figs = _run(extractor, text, "2025-10-10", source="安顺日报")
    assert _got(figs, "place") == [("562亿元", "安顺市"), ("12.1%", "安顺市"), ("121.5万人次", "安顺市"),
                                   ("8.9亿元", "安顺市"), ("2300个", "普定县")]


def test_a_running_head_without_its_weekday_stands_alone(extractor: Extractor) -> None:
    """The paper, the date and the page (吴忠日报 2025年8月12日 A2 要闻), no weekday: a running head,
    a paragraph of its own, not the head of the sentence under it (whose office then speaks)."""
    text = ("本报讯 同心县为4.2万名困难群众代缴养老保险费580余万元。\n吴忠日报　2025年8月12日　A2　要闻\n"
            "市医保局负责人表示，下半年将确保全年基本医疗保险参保率不低于95%。")
    figs = _run(extractor, text, "2025-08-12", source="吴忠日报")
    assert _got(figs, "place") == [("4.2万名", "同心县"), ("580余万元", "同心县"), ("不低于95%", "吴忠市")]
