"""What the blind set data/gold/news43 found: six news items of kinds earlier sets have few of (江苏's 援疆 in 霍城县
beside the county's own figures, 八宿县's 民生实事 list with 完成率, 玛沁县's hospital with 门急诊人次 and 手术台次, 如皋市's
稳岗返还, a 数说 box of 金塔县's figures each over its label, 大武口区's month with 同比, 环比 and 较年初): the 数说 box,
its labels carrying their growth (86.3亿元 | 地区生产总值，同比增长6.2%), ran into one paragraph and lost the figures
glued to the one before; a label ending on 增速 named no growth; the hire a subsidy is paid for (每招用1人) was a
count; the parts after 其中 took the place the whole's sentence named as where its people went. Sentences invented,
in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_BOX = """【数说】一组数据看某县上半年经济运行

上半年，全县经济运行总体平稳。一组数据带你看——

52.6亿元
全县实现地区生产总值，同比增长5.9%

8.4%
规模以上工业增加值同比增速

11.2亿元
社会消费品零售总额，同比增长4.7%

3.15亿元
一般公共预算收入

1260人
城镇新增就业
"""


def test_a_box_of_figures_over_labels_that_carry_their_growth_keeps_every_figure(extractor: Extractor) -> None:
    """A 数说 box sets each figure on its own line over its label, some labels with their growth after a comma: each
    entry ends at its label, so no figure runs into the one before (6.2%8.4%, 4.7%3.15亿元) and is lost."""
    got = [(f["value"], f["role"]) for f in _run(extractor, _BOX, "2026-07-20", source="某县融媒体中心")]
    assert got == [(5.26e9, "level"), (5.9, "change"), (8.4, "change"), (1.12e9, "level"),
                   (4.7, "change"), (3.15e8, "level"), (1260, "level")]


def test_a_figure_before_its_label_ending_on_a_growth_noun_is_a_change(extractor: Extractor) -> None:
    """■ 12.6% 固定资产投资同比增速: the label after the figure names the growth the figure is (增速, 增幅), as one
    ending on 同比增长 does; 增速为12.6% before it says so already."""
    got = _got(_run(extractor, "■ 12.6% 固定资产投资同比增幅\n\n■ 9.1% 规上工业增加值增速\n", "2026-10-20"), "role")
    assert got == [("12.6%", "change"), ("9.1%", "change")]


def test_the_hire_a_subsidy_is_paid_for_is_no_count(extractor: Extractor) -> None:
    """每招用1人补助1500元: the hire is the subsidy's base, as 每10万人口 is a rate's; the subsidy and the hires the
    text counts stay."""
    text = "本报讯 今年，全市向吸纳高校毕业生就业的企业发放扩岗补助，每招用1人补助1500元，共吸纳高校毕业生980人。"
    got = _got(_run(extractor, text, "2026-06-12", source="如皋日报"), "value")
    assert got == [("1500元", 1500), ("980人", 980)]


def test_the_parts_after_qizhong_take_the_area_of_the_whole(extractor: Extractor) -> None:
    """江苏选派干部人才263名来霍城县工作，其中医生62名、教师118名: the parts are of the 263 江苏 sent, not of the
    county the sentence names as where they went; a part that names its own place keeps it."""
    text = "本报讯 今年以来，江苏选派干部人才263名来霍城县工作，其中医生62名、教师118名。"
    got = _got(_run(extractor, text, "2026-08-20", source="伊犁日报"), "place")
    assert got == [("263名", "江苏省"), ("62名", "江苏省"), ("118名", "江苏省")]
    text = "本报讯 今年，全省城镇新增就业50万人，其中成都市20万人、绵阳市5万人。"
    got = _got(_run(extractor, text, "2026-08-20", source="四川日报"), "place")
    assert got == [("50万人", "四川省"), ("20万人", "成都市"), ("5万人", "绵阳市")]


def test_a_common_word_opening_on_a_numeral_after_yuan_is_no_tenth(extractor: Extractor) -> None:
    """3.27亿元一般公共预算收入 (a box's figure run into its label): 一 opens 一般, no tenth of a yuan (327000000.1);
    两块八 and 车票5元3 keep their tenths."""
    got = [(f["quote"], f["value"]) for f in _run(extractor, "3.27亿元一般公共预算收入，一斤白菜两块八，车票5元3。")
           if f["measure"] == "元"]
    assert got == [("3.27亿元", 327000000), ("两块八", 2.8), ("5元3", 5.3)]
