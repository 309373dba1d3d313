"""What the blind set data/gold/bulletins282 showed: four excerpts of 2025 bulletins of our own, of places no bulletin
set had used: 尖扎县's 统计公报 (青海; 常住人口 and 城镇化率, 出生率, 死亡率 and 自然增长率 in ‰, 少数民族人口 占84.5%,
城镇新增就业 为年度目标任务（1000人）的108.6%, 农牧区劳动力 转移 in 人次 with 县外 占30.9%, 表1 指标 | 单位 | 绝对数 |
比上年增长% of jobs with a fall, beds 其中 医院床位 占71.9%, 每千人口 beds 由上年的6.36张提高到6.79张, 病床使用率,
平均住院日, 参保人数, 低保 由每人每月820元提高到850元, 养老机构 beds, 注 lines with a count of their own), 茂名市's
卫生健康 公报 (广东; beds by kind with （占80.7%）, 与上年比较 increases and a fall, 每千人口 beds 比上年增加0.36张,
表1 机构类别 | 床位数（张） | 比上年增加（张） | 比上年增长（%） with 其中 公立, 民营 and 乡镇卫生院 and a negative row,
staff 每千人口, 诊疗人次 占38.5%, 病床使用率 with 个百分点 and 由上年的48.5%提高到51.2%, 平均住院日 缩短, 签约率,
死亡率 /10万 and ‰), 漯河市's 人社 公报 (河南; 城镇新增就业 完成省定目标任务4.1万人的106.3%, 分别完成目标任务的118.0%
和132.0%, 控制在4.5%以内, 转移就业 累计 with 省外 占34.1% and 省内, a county's 岗位 (临颍县), 表1 指标名称 | 单位 |
目标任务 | 完成数 | 完成率（%） in 万人 and 人, 参保人数, 基金 收入 支出 结存, 基础养老金 由…提高到, 培训 人次 占57.2%,
技能人才, 争议 件 and 结案率, 最低工资) and 本溪市's 民政 公报 (辽宁; 低保 人 and 户 with a county's part (桓仁满族自治县),
标准 in 元/人·月 with 比上年提高32元, 特困人员 集中供养 占27.7%, 养老机构 公办 and 民办, 床位1.58万张 with 护理型 占62.4%,
床位利用率, 敬老院床位由上年的2860张减少到2710张, 每千名老年人 beds, 表1 指标 | 单位 | 2025年 | 2024年 | 增减 in 个, 张
and 元/人·月, 婚姻登记 对, 社会组织 比上年末减少18个, 孤儿 and their 标准).
Texts invented (285 must figures: 55 beds, 60 jobs).
Blind (gold as first committed): recall=1.0 precision=1.0 qualifier=1.0 role=0.9965 place=1.0 period=1.0
topic_beds=1.0 topic_jobs=0.9833. The role: 为年度目标任务（1000人）的108.6% was a goal, the share of it done read as
the goal itself: the goal word's cancel (任务的 right after 目标) now reads past the goal's value restated in brackets
inside it, as it did right after the cue (为年度计划（7.9亿元）的109.1%). The topic: 省内转移50.6万人, the part of the
labour moved within the province after the part moved beyond it (省外转移), was people at large: 省内转移, 县内转移 and
the like are the labour_transfer rule's cues, as 省外转移 and 县外转移 were.
Not scored but seen: 家庭医生签约服务覆盖人数286.4万人 read as insurance enrolment (insurance.enrolment), and 社会散居孤儿为
每人每月1550元 as money at large where 集中养育孤儿…1950元 was an assistance standard; left alone.
Final: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0; no row of
any other gold set changed (rowdiff against main's m64: only this set's rows).
"""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored


def test_share_of_a_goal_whose_value_stands_in_brackets_inside_its_name_is_a_result(extractor: Extractor) -> None:
    """为年度目标任务（800人）的112.5%: the goal's value restated in brackets between 目标任务 and 的; the goal (800人) is a
    target, the share done of it a result (level), as 为年度目标任务的112.5% is. Before, the share was a target."""
    text = "某县2025年统计公报\n\n全年城镇新增就业900人，为年度目标任务（800人）的112.5%。\n"
    got = _got(_run(extractor, text, "2026-04-10", "某县统计局"), "value", "role")
    assert got == [("900人", 900, "level"), ("800人", 800, "target"), ("112.5%", 112.5, "level")]


def test_labour_moved_within_the_province_is_labour_moved(extractor: Extractor) -> None:
    """其中省外转移3.1万人，省内转移4.6万人; 县内转移1.2万人: the parts moved within the province or the county are labour
    moved into work (jobs.labour_transfer), as those moved beyond it are; before, 4.6万人 and 1.2万人 were people at
    large. 县内转移安置受灾群众 (people moved out of harm's way) stays no labour moved."""
    text = ("某市2025年人力资源和社会保障事业发展统计公报\n\n年末全市农村劳动力转移就业累计7.7万人，其中省外转移3.1万人，"
            "省内转移4.6万人。全年县内转移1.2万人。汛期县内转移安置受灾群众860人。\n")
    got = _got(_run(extractor, text, "2026-05-10", "某市人力资源和社会保障局"), "value", "metric")
    assert got[:4] == [("7.7万人", 77000, "jobs.labour_transfer"), ("3.1万人", 31000, "jobs.labour_transfer"),
                       ("4.6万人", 46000, "jobs.labour_transfer"), ("1.2万人", 12000, "jobs.labour_transfer")]
    assert [g for g in got if g[0] == "860人"][0][2] != "jobs.labour_transfer"


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_bulletins282_gold_set_scores_at_its_floors() -> None:
    """data/gold/bulletins282 (four 2025 bulletins: 尖扎县 统计公报, 茂名市 卫生健康, 漯河市 人社, 本溪市 民政; 285 must
    figures, 55 beds and 60 jobs). Blind: recall=1.0 precision=1.0 qualifier=1.0 role=0.9965 place=1.0 period=1.0
    topic_beds=1.0 topic_jobs=0.9833; now: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0
    period=1.0 topic_beds=1.0 topic_jobs=1.0. Floors, not the exact scores."""
    s = scored("bulletins282")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
    assert s["topic_beds_acc"] >= 0.995 and s["topic_jobs_acc"] >= 0.995
    assert s["topic_money_acc"] >= 0.995 and s["topic_percent_acc"] >= 0.995
