"""What the blind set data/gold/news26 found: six short items on beds and jobs as county and city sites publish them
(苍溪's township health centres and its county health alliances, 米脂's 零就业家庭 and 公益性岗位, 融水's care beds and
their 护理型 share, 岢岚's job placements for young people, 彬州's skilled workers and training subsidies, 容县's
people coming home to start firms and the jobs they bring). Blind, main found every figure with its place and period;
the one miss of an attribute was trainees a firm keeps on at the end of their placement (期满后留用14人) left out of
jobs. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_trainees_kept_on_after_a_placement_are_hired(extractor: Extractor) -> None:
    """接收见习人员…，期满后留用…: the trainees are placements (training), those kept on are people hired."""
    text = "洛川县扩大就业见习规模\n本报讯 今年以来，全县募集见习岗位320个，组织260名青年参加见习，见习期满后留用158人。"
    got = _got(_run(extractor, text, "2026-08-02", source="洛川县人民政府"), "metric", "place", "period")
    assert got == [
        ("320个", "jobs.posts", "洛川县", "2026"),
        ("260名", "jobs.training", "洛川县", "2026"),
        ("158人", "jobs.hiring", "洛川县", "2026"),
    ]


def test_a_health_centres_beds_from_and_to_and_their_use(extractor: Extractor) -> None:
    """开放床位由80张增加到150张, 床位使用率: both ends are bed levels, the rate and its change are beds too."""
    text = "本报讯 全县乡镇卫生院开放床位由80张增加到150张，床位使用率达到71.3%，比上年提高4.2个百分点。"
    figs = _run(extractor, text, "2026-05-02", source="旺苍县卫生健康局")
    assert [(f["quote"], f["role"], f["metric"]) for f in figs] == [
        ("80张", "level", "beds.total"),
        ("150张", "level", "beds.total"),
        ("71.3%", "level", "beds.occupancy_rate"),
        ("4.2个百分点", "change", "beds.occupancy_rate"),
    ]


def test_per_thousand_beds_of_township_health_centres(extractor: Extractor) -> None:
    """全市…乡镇卫生院共有床位…，每千人口床位数…: the beds and the rate per thousand, dated by 截至目前."""
    text = "记者从平果市卫健局获悉，截至目前，全市12家乡镇卫生院共有床位980张，每千人口床位数达到1.9张。"
    figs = _run(extractor, text, "2026-07-12", source="平果市卫生健康局")
    assert [(f["quote"], f["metric"], f["place"], f["period"]) for f in figs] == [
        ("12家", "quantity.health_institutions", "平果市", "2026-07"),
        ("980张", "beds.total", "平果市", "2026-07"),
        ("1.9张", "beds.per_1000", "平果市", "2026-07"),
    ]


def test_public_welfare_posts_and_zero_employment_households(extractor: Extractor) -> None:
    """开发乡村公益性岗位…，安置零就业家庭成员…，岗位补贴每人每月…: posts, people placed and the monthly subsidy."""
    text = "本报讯 全县开发乡村公益性岗位1260个，安置零就业家庭成员45人，岗位补贴每人每月600元。"
    figs = _run(extractor, text, "2026-11-02", source="米脂县人社局")
    assert [(f["quote"], f["unit"], f["metric"].split(".")[0]) for f in figs] == [
        ("1260个", "count", "jobs"),
        ("45人", "person", "jobs"),
        ("600元", "CNY", "jobs"),
    ]


def test_a_goal_of_new_jobs_and_posts_for_the_year(extractor: Extractor) -> None:
    """今年，全县计划新增城镇就业…，开发公益性岗位…以上: targets for the year; 动态清零 is no figure."""
    text = "本报讯 今年，全县计划新增城镇就业2200人，开发公益性岗位400个以上，零就业家庭实现动态清零。"
    got = _got(_run(extractor, text, "2026-03-12", source="隆德县人社局"), "qualifier", "role", "period")
    assert got == [("2200人", "exact", "target", "2026"), ("400个以上", "lower_bound", "target", "2026")]


def test_skilled_workers_and_their_share(extractor: Extractor) -> None:
    """现有高技能人才…余人，占技能人才总量的…%: a count and its share, both of skilled workers."""
    text = "本报讯 全县现有高技能人才5200余人，占技能人才总量的28.6%。"
    figs = _run(extractor, text, "2026-07-12", source="靖边县人社局")
    assert [(f["quote"], f["qualifier"], f["unit"]) for f in figs] == [
        ("5200余人", "lower_bound", "person"),
        ("28.6%", "exact", "percent"),
    ]


def test_income_gained_is_a_change_and_jobs_brought_by_founders(extractor: Extractor) -> None:
    """返乡入乡创业人员…，带动就业…余人，户均年增收…: founders and the jobs they bring; 增收 is a change."""
    text = "本报讯 今年全县返乡入乡创业人员1120人，带动就业8600余人，户均年增收1.8万元。"
    figs = _run(extractor, text, "2026-11-02", source="容县人民政府")
    assert [(f["quote"], f["role"], f["metric"].split(".")[0]) for f in figs] == [
        ("1120人", "level", "jobs"),
        ("8600余人", "level", "jobs"),
        ("1.8万元", "change", "money"),
    ]
