"""What the blind set data/gold/news6 found: news items on health resources, a hospital opening, jobs
and a job fair, a quarter's economy, a county's year, flood relief, a mango harvest, a surfing event,
medical insurance and pensions from Qinghai, Heilongjiang, Hebei, Shanxi, Jiangsu, Anhui, Hubei,
Guangxi, Hainan and Gansu. Sentences invented, in the style of such items; the figures worked out by
hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_step_written_after_the_number_and_rates_listed_with_fenbie_are_changes(extractor: Extractor) -> None:
    """按3%的比例上调 gives the size of a step whose verb comes after it; 增速分别为 lists growth rates,
    分别 standing between the verb and the numbers. 按5%的比例提取 moves nothing: a level."""
    text = ("本报讯 今年全县1.2万名退休人员基本养老金按3%的比例上调。"
            "甲县、乙县工业增加值增速分别为7.1%和6.4%。企业按5%的比例提取安全生产费用。")
    assert _got(_run(extractor, text, "2025-08-01"), "role") == [
        ("1.2万名", "level"), ("3%", "change"), ("7.1%", "change"), ("6.4%", "change"), ("5%", "level")]


def test_designed_beds_are_a_plan_and_a_change_from_a_named_base_counts_the_beds_before_it(
        extractor: Extractor) -> None:
    """设计床位 is what a hospital is built for, a target like 规划床位 (开放床位 is a level);
    比原院区增加60张 names only the base of its change: the 60 beds are the beds the clause before counts."""
    text = ("本报讯 县人民医院新院区设计床位900张，首期开放床位600张。"
            "医院康复科床位增至80张，比原院区增加60张。")
    assert _got(_run(extractor, text, "2025-06-01"), "role", "metric") == [
        ("900张", "target", "beds.planned"), ("600张", "level", "beds.total"),
        ("80张", "level", "beds.total"), ("60张", "change", "beds.total")]


def test_a_headline_restating_a_level_the_body_also_sets_as_a_goal_stays_a_level(extractor: Extractor) -> None:
    """The body states 参保率稳定在96%以上 now and 确保…不低于96% as the year's goal: the headline's
    96%以上 (no plan word of its own) restates what stands, not the goal."""
    text = ("全县养老保险参保率稳定在96%以上\n本报讯 截至6月底，全县养老保险参保率稳定在96%以上。"
            "县人社局表示，下半年将确保全年参保率不低于96%。")
    assert _got(_run(extractor, text, "2025-07-10"), "role") == [
        ("96%以上", "level"), ("96%以上", "level"), ("不低于96%", "target")]


def test_two_places_at_the_head_of_parallel_units_each_take_their_figure_in_turn(extractor: Extractor) -> None:
    """红安县中医院、麻城市中医院…分别新增床位200张和260张: the unit's name both places carry
    (中医院) stands between them as a list link would; 分别 gives each its figure."""
    text = "本报讯 红安县中医院、麻城市中医院新建病房楼年内投用，分别新增床位200张和260张。"
    assert _got(_run(extractor, text, "2025-06-27", source="黄冈日报"), "place") == [
        ("200张", "红安县"), ("260张", "麻城市")]


def test_a_glued_headlines_county_is_not_carried_past_its_paragraph(extractor: Extractor) -> None:
    """Another item's headline set into a paragraph is read after it, with its own county; the
    paragraphs after it (past a running head) speak of the county of the article again."""
    text = ("本报讯 2024年，沁源县全年规模以上工业增加值增长6.2%，全县农\n村居民人均可支配收入稳步增长，"
            "达到16920元，增速高于全省\n襄垣县新建高标准农田3.2万亩\n平均水平0.6个百分点，城乡收入差距持续缩小。\n"
            "长治日报　2025年1月20日　星期一　县域　3\n全年接待游客近520万人次，实现旅游收入48.6亿元。\n")
    figs = _run(extractor, text, "2025-01-20", source="长治日报")
    assert _got(figs, "place") == [("6.2%", "沁源县"), ("16920元", "沁源县"), ("0.6个百分点", "沁源县"),
                                   ("3.2万亩", "襄垣县"), ("近520万人次", "沁源县"), ("48.6亿元", "沁源县")]


def test_the_change_a_from_to_pair_makes_is_over_the_pairs_span(extractor: Extractor) -> None:
    """由2020年的12万千瓦增加到30万千瓦，增长1.5倍 (a county's 2024): the change, right after the pair
    with only its verb between, is over 2020-2024; the pair's ends keep their own times."""
    text = "本报讯 2024年，全县光伏装机容量由2020年的12万千瓦增加到30万千瓦，增长1.5倍。"
    assert _got(_run(extractor, text, "2025-01-20"), "period") == [
        ("12万千瓦", "2020"), ("30万千瓦", "2024"), ("1.5倍", "2020-2024")]


def test_tents_are_counted_by_ding(extractor: Extractor) -> None:
    """帐篷800顶: 顶 is the measure word of tents (and hats); 顶级, 顶层 are no figures."""
    text = "本报讯 向灾区调拨帐篷800顶、折叠床2000张。"
    assert _got(_run(extractor, text, "2025-08-08"), "measure") == [("800顶", "顶"), ("2000张", "张")]
