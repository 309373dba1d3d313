"""What the blind set data/gold/reports12 found: excerpts of work reports of 2023 (a 过去五年 review of 2018-2022 and
the year 2022) and of 2025 (the year's 主要预期目标, the 十四五 closing, a 民生实事 list), of four county-level cities, a
district quoting its city and the nation and a text with page damage. Sentences invented, in the style of such texts;
the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted

REVIEW = "一、过去五年工作回顾\n过去五年，是全市发展极不平凡的五年。\n"


def _timed(figs: list[dict]) -> list[tuple]:
    """Quote, role and period of every figure but the 五年 of the review's words."""
    return [q for q in quoted(figs, "role", "period") if q[0] != "五年"]


def test_every_from_end_listed_after_the_pair_s_year_is_of_that_year(extractor: Extractor) -> None:
    """分别由2017年的45320元、23860元增至2022年的61240元、33650元: the second from end, listed after the first with
    nothing but 、, is of 2017 too; not of the span in force, nor of a total ahead (五年累计 before it, a review's,
    read as a plan's 2023-2027, made it a goal)."""
    page = REVIEW + ("五年累计民生支出486亿元；城乡居民人均可支配收入分别由2017年的45320元、23860元增至2022年的61240元、"
                     "33650元，年均分别增长6.2%和7.1%。\n")
    assert _timed(_run(extractor, page, "2023-01-06")) == [
        ("486亿元", "level", "2018-2022"), ("45320元", "level", "2017"), ("23860元", "level", "2017"),
        ("61240元", "level", "2022"), ("33650元", "level", "2022"), ("6.2%", "change", "2018-2022"),
        ("7.1%", "change", "2018-2022")]


def test_a_change_or_total_over_a_pair_from_the_year_before_the_span_is_over_the_span(extractor: Extractor) -> None:
    """Under 过去五年 (2018-2022), 由2017年的186家增至2022年的472家，五年新增286家 and …下降到2022年的33微克/立方米，累计
    下降36.5%: the pair runs from the year before the span; the total and the change are over the span's years."""
    page = REVIEW + ("高新技术企业由2017年的186家增至2022年的472家，五年新增286家。PM2.5平均浓度由2017年的52微克/立方米"
                     "下降到2022年的33微克/立方米，累计下降36.5%。\n")
    assert _timed(_run(extractor, page, "2023-01-06")) == [
        ("186家", "level", "2017"), ("472家", "level", "2022"), ("286家", "level", "2018-2022"),
        ("52微克/立方米", "level", "2017"), ("33微克/立方米", "level", "2022"), ("36.5%", "change", "2018-2022")]


def test_a_level_held_after_a_pair_s_last_year_is_held_over_the_span(extractor: Extractor) -> None:
    """五年来，…由2017年的1121.6亿元增至2022年的1540.3亿元，…，税收占比保持在82%以上: held over 2018-2022, not at
    the pair's last year; the to end of the pair after it (增至93.5亿元) stays 2022."""
    page = ("五年来，全市地区生产总值由2017年的1121.6亿元增至2022年的1540.3亿元，年均增长6.2%；一般公共预算收入由"
            "71.8亿元增至93.5亿元，年均增长5.4%，税收占比保持在82%以上。\n")
    assert _timed(_run(extractor, page, "2023-01-06")) == [
        ("1121.6亿元", "level", "2017"), ("1540.3亿元", "level", "2022"), ("6.2%", "change", "2018-2022"),
        ("71.8亿元", "level", "2017"), ("93.5亿元", "level", "2022"), ("5.4%", "change", "2018-2022"),
        ("82%以上", "level", "2018-2022")]


def test_a_yearly_output_and_its_share_under_a_span_are_of_its_last_year(extractor: Extractor) -> None:
    """眼镜产业年产镜片4.2亿副，约占全国的四成 under 过去五年: a yearly output is no total over the years, and the
    share after it is of its time; a total (累计建成) stays over the span."""
    page = REVIEW + "眼镜产业年产镜片4.2亿副，约占全国的四成。累计建成高标准农田18.6万亩。\n"
    assert _timed(_run(extractor, page, "2023-01-06")) == [
        ("4.2亿副", "level", "2022"), ("四成", "level", "2022"), ("18.6万亩", "level", "2018-2022")]


def test_goals_under_a_heading_of_the_long_term_are_undated(extractor: Extractor) -> None:
    """三、2025年重点工作 … 四、中长期发展谋划 … 力争经编产业规模突破1000亿元: the long term names no year, so the goal
    is due at none, not in 2025 as the section before; a heading with a year (五、2026年…) dates its goals again."""
    page = ("三、2025年重点工作\n（一）做强先进制造业。新增规上工业企业150家以上。\n四、中长期发展谋划\n"
            "我们将推动传统产业迈向中高端，力争经编产业规模突破1000亿元，培育龙头企业3家以上。\n"
            "五、2026年工作思路\n新增规上工业企业160家以上。\n")
    assert quoted(_run(extractor, page, "2025-01-14"), "role", "period") == [
        ("150家以上", "target", "2025"), ("突破1000亿元", "target", None), ("3家以上", "target", None),
        ("160家以上", "target", "2026")]


def test_a_goal_after_the_task_a_city_above_set_is_the_county_s(extractor: Extractor) -> None:
    """单位地区生产总值能耗下降完成嘉兴市下达任务；PM2.5平均浓度控制在27微克/立方米以内 in 海宁市's report: the city
    above set the task; the goal after it is 海宁市's own."""
    page = ("海宁市人民政府工作报告\n——2025年1月14日在海宁市第十七届人民代表大会第五次会议上\n"
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；单位地区生产总值能耗下降完成嘉兴市下达任务；"
            "PM2.5平均浓度控制在27微克/立方米以内。\n")
    assert quoted(_run(extractor, page, "2025-01-14"), "place", "period") == [
        ("5.5%左右", "海宁市", "2025"), ("27微克/立方米以内", "海宁市", "2025")]
