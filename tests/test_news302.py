"""What the blind set data/gold/news302 showed: five short local items of December 2026, each of a kind the brief named:
剑阁县 (四川, 广元市)'s 劳务输出 (4.6万人 and 超过5000元 in the headline, 截至11月底 转移就业18.7万人, 有组织输出4.6万人 and
7.3%, 脱贫人口 3.12万人 and 108%, 春节后 包车由去年的84辆增加到126辆 and 3870名, 约5200元 and 300元左右, 工作站4个,
1.5万余条, 1260人, 普安镇 and 下寺镇's 23期 1100人次 85%以上, 广元市's 1-11月 112.6万人, 明年 5万人以上 and 18万人左右);
清流县 (福建, 三明市)'s 医共体 (92.6% in the headline, 1-11月 92.6% 3.8个百分点 58.4%, 县总医院 床位由2023年的420张增加到
560张, 12张 and 40张, 下沉专家46名 2.3万人次, 1860人次 约960人次 24%, 嵩溪镇's 由原来的30张扩大到48张 and 1210人次,
龙津镇's 家庭病床65张, 12个 and 9个, 三明市's 1-10月 90.1%, 到2027年 93%以上 and 6.2张); 杭锦旗 (内蒙古, 鄂尔多斯市)'s
农村牧区 互助幸福院 (38个 and 600余人 in the headline, 由2024年的26个增至38个, 床位由520张增加到812张, 634人 78.1%,
每人每月补贴由300元提高到400元, 286万元, 高龄津贴100元至300元不等, 2.86万人 21.3%, 锡尼镇's 48间 96张 72人,
伊和乌素苏木's 3处 5600余人次, 鄂尔多斯市's 215个, 2027年底前 不少于200张 and 55%); 扬中市 (江苏, 镇江市) 三茅街道's
零工市场 (1.2万个 and 200余人次 in the headline, 约800平方米, 1-11月 1.2万个 4300个 86场 200余人次 6800余人次 约57%,
132家 六成左右, 日均工资由去年的180元提高到220元, 最高可达400元, 兴隆街道's 2个 and 3100人次, 9个 9820人, 明年 5个 and
2万个); 嘉峪关市 (甘肃)'s 人社局 1-11月 (10826人 and 108.3% in the headline and the body, 4.2%, 2130人 615人 118% 123%,
11月末 2.9% and 低于年度控制目标0.6个百分点, 126场 2.4万个 5300余人, 1.36亿元 11.5%, 620人 1850人 1410人 230人, 8600人次
420人 约980万元, 峪泉镇 and 文殊镇's 160个 and 1600元, 14.2万人 6.1万人 3200人 1800人, 甘肃省's 34.6万人 and 110%,
明年 1万人以上 and 3.5%以内). 118 must figures, 61 of them beds or jobs.
Blind (gold as first committed): recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0
topic_jobs=0.9583.
The set showed: a gig market's matching of those seeking work with those hiring (日均对接供需双方200余人次) and the share
of the matches that reached an intent to hire (意向达成率约57%) were read as a count of visits and a bare rate, not jobs
figures (the headline's 200余人次 was jobs only through its 零工); rules/metrics/jobs.yaml jobs.matching (cues 对接供需,
供需对接, 人岗对接, 人岗匹配, 意向达成率, 对接成功率, 匹配成功率; people, visits and percent only) gives them to
jobs.services.
Probes of the set's kinds beside it: 有组织输出 with its 劳动力 left unsaid (力争明年有组织输出突破3.5万人) was a count of
people at large; the 剑阁县 item's 其中有组织输出4.6万人 was right only by the subject carried from 转移就业 (jobs.yaml
jobs.labour_transfer cue 有组织输出).
Final: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0; no row of
any other set moved.
Left alone (the scorer reads a period's years only): 1-11月，全市城镇新增就业1.36万人，完成全年1.2万人目标任务的113.3%
dates the share done at the goal's year (2026), not 1-11月; 截至11月底…完成全年任务的112% takes 全年 over 截至11月底;
a from-to pair that is a part of one before it (news300's 其中护理型床位由980张增至1773张) still takes no year of the
pair before it, though a pair beside one (由2024年的26个增至38个，床位由520张增加到812张) does.
"""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored


def test_a_markets_matching_of_seekers_and_employers_is_a_jobs_figure(extractor: Extractor) -> None:
    """日均对接供需双方150余人次 and 意向达成率约48% at a gig market, 人岗对接服务1.6万人次 and 匹配成功率62% at a job
    fair: people the market matched and the share that reached an intent to hire (jobs.matching → jobs.services); the
    events held (对接活动32场) and a trade fair's 供需对接 of goods in money stay what they were."""
    text = ("今年以来，城南街道零工市场组织线下对接活动32场，日均对接供需双方150余人次，意向达成率约48%。"
            "区人社局开展人岗对接服务1.6万人次，匹配成功率62%。农产品供需对接会现场签约金额1.2亿元。")
    got = dict(_got(_run(extractor, text, "2026-12-09", source="宿城区融媒体中心"), "metric"))
    assert got["150余人次"] == got["约48%"] == got["1.6万人次"] == got["62%"] == "jobs.services"
    assert not got["32场"].startswith("jobs.") and not got["1.2亿元"].startswith("jobs.")


def test_labour_sent_out_in_organised_groups_is_labour_moved_into_work(extractor: Extractor) -> None:
    """有组织输出 alone, its 劳动力 left unsaid (力争明年有组织输出突破3.5万人, 跨省有组织输出2.6万人次): the labour sent out
    in organised groups, jobs.labour_transfer (a cue of its own), not a count of people at large."""
    text = "全县去年跨省有组织输出2.6万人次。下一步，县里将力争明年有组织输出突破3.5万人。"
    got = _got(_run(extractor, text, "2026-12-05", source="宣汉县融媒体中心"), "metric", "role")
    assert got == [("2.6万人次", "jobs.labour_transfer", "level"), ("突破3.5万人", "jobs.labour_transfer", "target")]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_news302_gold_set_scores_at_its_floors() -> None:
    """data/gold/news302 (five items: 剑阁县's 劳务输出; 清流县's 医共体; 杭锦旗's 互助幸福院; 扬中市 三茅街道's 零工市场;
    嘉峪关市's 人社局 1-11月).
    Blind: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=0.9583
    (118 must figures);
    now: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0.
    Floors, not the exact scores."""
    s = scored("news302")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_jobs_acc"] >= 0.99 and s["topic_beds_acc"] >= 0.99
    assert s["topic_money_acc"] >= 0.99 and s["topic_percent_acc"] >= 0.99
