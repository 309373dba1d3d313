"""What the blind set data/gold/news8 found: a jobs press conference, a province's cities' foreign trade, a
year in review, a county's half year, a survey, a city compared with its province, a food inspection report,
health resources, migrant labour and a city's revenue, debt and loans, from Shandong, Jiangsu, Zhejiang,
Henan, Guangdong, Sichuan, Yunnan and Heilongjiang. Sentences invented, in the style of such items; the
figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_year_of_a_ratios_base_at_the_same_time_is_no_period(extractor: Extractor) -> None:
    """是2019年同期的1.4倍: the year before 同期的 is the base of the ratio, as in 是2019年的; neither the
    multiple nor the figures of the sentences after it are of 2019."""
    text = "本报讯 上半年，全县接待游客396.5万人次，是2019年同期的1.4倍。一般公共预算收入完成3.86亿元。"
    assert _got(_run(extractor, text, "2025-08-12"), "period") == [
        ("396.5万人次", "2025H1"), ("1.4倍", "2025H1"), ("3.86亿元", "2025H1")]


def test_a_report_that_sets_out_what_follows_plans_nothing(extractor: Extractor) -> None:
    """现将有关情况通报如下： uses 将 as 把 does; the inspection figures after it are results, not goals."""
    text = "本报讯 现将有关情况通报如下：\n一、总体情况。二季度，全市共完成抽检5862批次，合格率为97.48%。"
    assert _got(_run(extractor, text, "2025-07-08"), "role") == [("5862批次", "level"), ("97.48%", "level")]


def test_what_those_asked_expect_is_a_share_of_them(extractor: Extractor) -> None:
    """从收入预期看，54.2%的受访者预计…将…，预计“减少”的占11.9%: a survey's shares of those who expect
    something are results; a city's 预计 stays a goal."""
    text = ("本报讯 从收入预期看，54.2%的受访者预计今年家庭收入将“有所增加”，预计“基本持平”的占三成左右，"
            "预计“减少”的占11.9%。全市预计全年地区生产总值增长6%。")
    assert _got(_run(extractor, text, "2025-09-16"), "role") == [
        ("54.2%", "level"), ("三成左右", "level"), ("11.9%", "level"), ("6%", "target")]


def test_more_than_at_the_base_and_above_a_size_are_changes(extractor: Extractor) -> None:
    """比去年同期多开95列 and 高于去年底规模1.2万人 give the difference to a base, a change; 还争取…资金
    (funds won, told among other results) is a level; 5.5%以内的调控目标 a goal."""
    text = ("本报讯 中欧班列开行612列，比去年同期多开95列。脱贫劳动力务工就业76.4万人，高于去年底规模1.2万人。"
            "此外，全市还争取特别国债资金18.7亿元。失业率为4.9%，低于年初确定的5.5%以内的调控目标。")
    assert _got(_run(extractor, text, "2025-10-28"), "role") == [
        ("612列", "level"), ("95列", "change"), ("76.4万人", "level"), ("1.2万人", "change"),
        ("18.7亿元", "level"), ("4.9%", "level"), ("5.5%以内", "target")]


def test_deadweight_tonnes_and_content_per_kilogram_are_measures(extractor: Extractor) -> None:
    """1860万载重吨 (a ship's deadweight), 0.86毫克/千克 (a residue per kilogram); 不花一分钱 is a saying,
    no money."""
    text = "本报讯 手持船舶订单1860万载重吨，腐霉利检出值为0.86毫克/千克，路上不花一分钱。"
    assert _got(_run(extractor, text, "2025-11-20"), "value", "measure") == [
        ("1860万载重吨", 18600000, "载重吨"), ("0.86毫克/千克", 0.86, "毫克/千克")]


def test_a_bare_share_takes_the_metric_of_the_figure_before(extractor: Extractor) -> None:
    """其中省外转移就业126.3万人，占比为57.8%: the share that figure makes is a jobs figure too."""
    text = "本报讯 截至5月底，全市农村劳动力转移就业218.6万人，其中省外转移就业126.3万人，占比为57.8%。"
    assert _got(_run(extractor, text, "2025-06-24"), "metric") == [
        ("218.6万人", "jobs.labour_transfer"), ("126.3万人", "jobs.labour_transfer"), ("57.8%", "jobs.labour_transfer")]


def test_a_running_head_with_a_section_and_a_page_is_dropped_mid_sentence(extractor: Extractor) -> None:
    """佳木斯日报  2025年11月27日  第2版  要闻 (第 before the page) or 新华日报·经济 … (a section after
    a dot) set inside a sentence at a page break: the sentence runs on through it."""
    text = ("本报讯 全市各项贷款余额1635.8亿元，增\n某某日报  2025年11月27日  第2版  要闻\n长9.4%。跨境电商进出口额\n"
            "新华日报·经济  2025年11月20日  第3版\n126.7亿元，增长12%。")
    assert _got(_run(extractor, text, "2025-11-27"), "role") == [
        ("1635.8亿元", "level"), ("9.4%", "change"), ("126.7亿元", "level"), ("12%", "change")]


def test_a_gap_to_the_province_under_a_goal_word_is_the_goal(extractor: Extractor) -> None:
    """力争…继续高于全省平均水平2个百分点以上: a gap to a wider area that a goal word governs is the goal;
    without one it is a change, and a gap to the goal itself (低于控制目标1.34个百分点) stays a change."""
    text = ("本报讯 力争规上工业增加值增速保持在9%左右、继续高于全省平均水平2个百分点以上。前三季度增速高于全省"
            "0.5个百分点。全市失业率低于控制目标1.34个百分点。")
    assert _got(_run(extractor, text, "2025-11-06"), "role") == [
        ("9%左右", "target"), ("2个百分点以上", "target"), ("0.5个百分点", "change"), ("1.34个百分点", "change")]


def test_a_comparison_clause_listing_its_figures_again_runs_over_the_same_places(extractor: Extractor) -> None:
    """怀集县、广宁县…分别为96.2%和95.9%，比全市低1.28个和1.58个百分点: the second list goes over the two
    counties in order as the first; one gap for both names no single county and stays the city's."""
    text = ("本报讯 怀集县、广宁县合格率分别为96.2%和95.9%，比全市低1.28个和1.58个百分点。"
            "四会市、德庆县抽检量分别增长11.3%和10.7%，比全市高2.4个百分点。")
    assert _got(_run(extractor, text, "2025-07-08", source="肇庆日报"), "place") == [
        ("96.2%", "怀集县"), ("95.9%", "广宁县"), ("1.28个", "怀集县"), ("1.58个百分点", "广宁县"),
        ("11.3%", "四会市"), ("10.7%", "德庆县"), ("2.4个百分点", "肇庆市")]


def test_short_forms_listed_before_a_count_of_districts_are_places(extractor: Extractor) -> None:
    """越城、柯桥、上虞三区…分别为: each short form followed by a list mark is an item of the list, not a
    word cut off before a mark."""
    text = "本报讯 调查结果发布。越城、柯桥、上虞三区受访者总体满意度分别为87.1%、86.9%、85.3%。"
    assert _got(_run(extractor, text, "2025-09-16", source="绍兴日报"), "place") == [
        ("87.1%", "越城区"), ("86.9%", "柯桥区"), ("85.3%", "上虞区")]
