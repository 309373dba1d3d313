"""What a figure measures where its clause does not say (leftovers12): a part past a share that closes its item,
the level a bed growth brings the beds to, the goal and the yearly mean of the figure before, the base area a
figure is compared with, and a share among the employed. Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_part_after_a_share_goes_on_the_list_of_parts(extractor: Extractor) -> None:
    """其中甲1.2万张，占70%；乙3000张: the share closes the item, not the list; a new item with a verb of its own
    (发放宣传资料2000张) or a thing in another measure (救护车120辆) is no part of the beds."""
    figs = _run(extractor, "某市卫生\n本报讯 全市医疗卫生机构床位1.7万张，其中医院1.2万张，占70.6%；基层医疗卫生机构3000张，"
                           "占17.6%。全市床位1.5万张，其中：医院1.1万张，救护车120辆；发放宣传资料2000张。", "2026-03-01")
    assert quoted(figs, "metric") == [
        ("1.7万张", "beds.total"), ("1.2万张", "beds.total"), ("70.6%", "beds.total"), ("3000张", "beds.total"),
        ("17.6%", "beds.total"), ("1.5万张", "beds.total"), ("1.1万张", "beds.total"), ("120辆", "quantity.items"),
        ("2000张", "quantity.items")]


def test_the_level_a_bed_growth_brings_the_beds_to(extractor: Extractor) -> None:
    """床位数增长1.5倍，达到300张: the growth names the beds, the level it reaches counts them."""
    figs = _run(extractor, "某县医院\n本报讯 县中医医院完成改造，床位数增长1.2倍，达到220张。", "2026-03-01")
    assert quoted(figs, "metric", "unit", "role") == [("1.2倍", "beds.growth", "times", "change"),
                                                      ("220张", "beds.total", "bed", "level")]


def test_the_goal_and_the_yearly_mean_of_the_figure_before(extractor: Extractor) -> None:
    """年度调控目标为5.5%以内 and 年均2920人 name nothing but the goal or the yearly mean of the figure before."""
    figs = _run(extractor, "某市就业\n本报讯 全市城镇调查失业率为5.2%，年度调控目标为5.5%以内。"
                           "近几年全县累计城镇新增就业1.2万人，年均2400人。", "2026-03-01")
    assert quoted(figs, "metric", "role") == [
        ("5.2%", "jobs.unemployment_rate", "level"), ("5.5%以内", "jobs.unemployment_rate", "target"),
        ("1.2万人", "jobs.urban_new", "level"), ("2400人", "jobs.urban_new", "level")]


def test_the_base_area_a_figure_is_compared_with(extractor: Extractor) -> None:
    """低于全省7.6张的平均水平，也低于全国7.2张的水平: each base's value counts what the figure counts."""
    figs = _run(extractor, "某县卫生\n本报讯 全县每千人口床位数为5.1张，低于全省6.9张的平均水平，也低于全国7.0张的水平。",
                "2026-03-01")
    assert quoted(figs, "metric") == [("5.1张", "beds.per_1000"), ("6.9张", "beds.per_1000"),
                                      ("7.0张", "beds.per_1000")]


def test_a_share_of_posts_and_among_the_employed(extractor: Extractor) -> None:
    """约占全市的四分之一 after posts is the posts' share of the city's; 新增就业人数中，女性占比 a share among
    the employed."""
    figs = _run(extractor, "某市就业\n本报讯 甲区提供岗位1.2万个，约占全市的四分之一。"
                           "全市城镇新增就业人数中，女性占比为45.2%。", "2026-03-01")
    assert quoted(figs, "metric") == [("1.2万个", "jobs.posts"), ("四分之一", "jobs.posts"),
                                      ("45.2%", "jobs.share_of_employed")]


def test_a_growth_after_a_share_is_no_part(extractor: Extractor) -> None:
    """其中税收收入占比80%；工业增加值增长6%: past the list end a growth names its own kind (the industry's
    value added, percent.growth_of_industry_value_added), not a part of the share."""
    figs = _run(extractor, "某市经济\n本报讯 一般公共预算收入900亿元，增长3%，其中税收收入占比80.5%；"
                           "规模以上工业增加值增长6.1%。", "2026-03-01")
    assert quoted(figs, "metric") == [("900亿元", "money.fiscal_revenue"), ("3%", "money.fiscal_revenue"),
                                      ("80.5%", "percent.share"), ("6.1%", "money.value_added.industry")]


def test_past_a_list_end_only_a_part_after_a_share_goes_on(extractor: Extractor) -> None:
    """其中乙岗位600个；建成零工市场2个 opens a new item (no share closed the one before); after 其中…占比为64%；全市共有
    全科医生1200人, a clause further on (每万人口全科医生数达到3.1人) is no part of the hires (a rate per ten thousand)."""
    figs = _run(extractor, "某市就业\n本报讯 开发公益性岗位900个，其中乡村公益性岗位600个；建成零工市场2个。"
                           "全市招聘医学类毕业生800人，其中本科学历的占比为64.1%；全市共有全科医生1200人，"
                           "每万人口全科医生数达到3.1人。", "2026-03-01")
    assert quoted(figs, "metric") == [
        ("900个", "jobs.posts"), ("600个", "jobs.posts"), ("2个", "quantity.items"), ("800人", "jobs.hiring"),
        ("64.1%", "jobs.hiring"), ("1200人", "quantity.people"), ("3.1人", "quantity.people_per_10k")]
