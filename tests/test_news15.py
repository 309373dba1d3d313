"""What the blind set data/gold/news15 found: the counted quantities news gives besides beds and jobs (莆田's
养老 portal page, 邳州's new school places, 张家港's 保障性租赁住房, 霞浦's rural roads, 阜南's harvest and 临海's
environment bulletin as damaged PDFs, 淳安's 国庆 week, 潮州's 医保 press item, 汕尾's retail sales, 嘉峪关's
power): a crop's yield per mu, 签约合作率 read as if it held 约合, a project list's 计划总投资 carried onto what
was done, what a plant gives once connected, a limit raised by 上浮, a recruitment scheme named 引进计划, and
hires written 选聘. Sentences invented, in the style of such items; the figures worked out by hand
from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_crops_yield_per_mu_is_one_rate(extractor: Extractor) -> None:
    """小麦单产456公斤/亩: the whole rate is the measure (as 微克/立方米 is), never 456 公斤 nor nothing;
    the rise in 公斤 after it stays a mass."""
    text = "本报讯 全县小麦单产达到456公斤/亩，比上年提高12公斤；水稻亩产1100斤/亩。"
    assert _got(_run(extractor, text, "2026-11-10"), "measure", "unit") == [
        ("456公斤/亩", "公斤/亩", "kg_mu"), ("12公斤", "公斤", "kg"), ("1100斤/亩", "斤/亩", "jin_mu")]


def test_a_governing_word_inside_another_word_qualifies_nothing(extractor: Extractor) -> None:
    """签约合作率达100%: 签约 then 合作, no 约合 (about); 投资约合5亿元 still is about 5亿元."""
    text = "本报讯 医疗机构与养老机构签约合作率达100%。项目投资约合5亿元。"
    assert _got(_run(extractor, text, "2026-11-18"), "qualifier") == [("100%", "exact"), ("5亿元", "approx")]


def test_a_project_lists_planned_total_leaves_what_was_done_a_result(extractor: Extractor) -> None:
    """计划总投资286亿元 names the projects' planned total (one noun, as 规划床位); 1—10月完成投资93.5亿元 and
    完成年度计划的78% after it are what was done."""
    text = "本报讯 今年全市实施能源类重点项目17个，计划总投资286亿元，1—10月完成投资93.5亿元，完成年度计划的78%。"
    assert _got(_run(extractor, text, "2026-11-26"), "role") == [
        ("17个", "level"), ("286亿元", "target"), ("93.5亿元", "level"), ("78%", "level")]


def test_what_a_plant_gives_once_connected_is_a_projection(extractor: Extractor) -> None:
    """光伏项目全容量并网后，年发电量可达约9亿千瓦时: what it will give once connected, a target, as 建成后
    is; its size before the cue stays a level."""
    text = "本报讯 50万千瓦光伏项目年内全容量并网后，年发电量可达约9亿千瓦时，每年可节约标准煤约27万吨。"
    assert _got(_run(extractor, text, "2026-11-26"), "role") == [
        ("50万千瓦", "level"), ("约9亿千瓦时", "target"), ("约27万吨", "target")]


def test_a_limit_raised_by_a_share_and_a_schemes_hires(extractor: Extractor) -> None:
    """可再上浮20%: a step up, a change; 通过人才引进计划引进骨干教师12名: the scheme's name holds 计划, the hires
    it brought are results (计划引进 with the plan word first still plans)."""
    text = ("本报讯 公积金贷款最高额度提高到100万元，多子女家庭可再上浮20%。"
            "今年通过“名校长名教师”引进计划引进骨干教师12名。明年计划引进骨干教师15名。")
    assert _got(_run(extractor, text, "2026-10-27"), "role") == [
        ("100万元", "level"), ("20%", "change"), ("12名", "level"), ("15名", "target")]


def test_people_chosen_for_posts_are_hires(extractor: Extractor) -> None:
    """选聘生态护林员1380名, 聘用: people taken on for posts, as 招聘 says."""
    text = "临海讯 全市选聘生态护林员1380名，聘用社区网格员260名。"
    got = _got(_run(extractor, text, "2026-06-05"), "metric")
    assert got == [("1380名", "jobs.hiring"), ("260名", "jobs.hiring")]
