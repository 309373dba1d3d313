"""What the blind set data/gold/news203 showed: six local items of the provinces and kinds of media the news
sets used least (江西, 云南, 内蒙古, 吉林, 新疆, 西藏): 弋阳县融媒体中心's 晚稻 harvest in October (曹溪镇 and
圭峰镇 then the county, 上饶市's figures, 500公斤到550公斤, 八十六台, 四百多元, “十四五”以来, 到2027年 goals);
玉溪日报's 国庆 visitors and spending (澄江市, 通海县, 新平县 then 全市 again, 同比, 今年以来, 力争全年…突破);
准格尔旗融媒体中心's 一季度 项目集中开工 in April (园区 projects, 薛家湾镇, 鄂尔多斯市's growth beside the banner's
gap to it); 吉林市医疗保障局's 集采 explainer in July (平均降价, 上半年, 蛟河市, 桦甸市, 磐石市, 吉林省);
奎屯市融媒体中心's community care in November (团结街道, 乌鲁木齐东路街道, 开干齐乡, 1-10月, 护理型床位占比,
到2027年); 那曲市人社局's 政策解读 of graduate jobs in May (补贴 standards, 不超过, 3500元至4500元, 色尼区,
西藏自治区's rate and the city's gap).
Blind (gold as first committed): recall=1.0 precision=0.994 qualifier=1.0 role=0.9688 place=0.9688 period=1.0
topic_beds=1.0 topic_jobs=1.0 (160 must figures). Gold corrected after the blind run: 桦甸市完成118% was lost from
the gold by the trimming before the commit (restored, 161 must); 平均降价超过55% and 最高降幅达92% are changes and
预计…同比增长3.2% a goal, as the earlier sets write them (four of the five role misses). The engine's:
乌鲁木齐东路街道 took 乌鲁木齐市 for its figures and those of the next sentence (a road named after a city by its
direction); 其中色尼区安排岗位210个；开发…岗位400个以上 kept the part 其中 named past the semicolon that ends its
list; 岗位人员每月生活补贴3500元至4500元 under 今年全市计划… was read a goal, not the rate the posts pay.
Final: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0.
Sentences invented, in the style of such items."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored


def _rows(extractor: Extractor, text: str, source: str, published: str, *keys: str) -> list[tuple]:
    return _got(_run(extractor, text, published, source=source), *keys)


def test_a_road_named_after_a_city_by_its_direction_is_no_place(extractor: Extractor) -> None:
    """在乌鲁木齐东路街道，… in a county-level city's item: a road named after a city and a direction (places.yaml
    not_before 东路, 西路, …, as 中山路 is) and the 街道 named after the road are the article's area, not the city;
    乌鲁木齐市 named as itself still is."""
    src, day = "奎屯市融媒体中心", "2026-11-12"
    text = "在乌鲁木齐东路街道，互助养老模式吸引了380名志愿者参与。开干齐乡改建农村互助幸福院2个，新增床位30张。"
    assert _rows(extractor, text, src, day, "place") == [("380名", "奎屯市"), ("2个", "奎屯市"), ("30张", "奎屯市")]
    text = "北京西路街道社区食堂日均就餐老人90人次。"
    assert _rows(extractor, text, src, day, "place") == [("90人次", "奎屯市")]
    text = "今年，乌鲁木齐市新增养老床位2000张。"
    assert _rows(extractor, text, src, day, "place") == [("2000张", "乌鲁木齐市")]


def test_a_part_named_after_qizhong_ends_at_the_semicolon(extractor: Extractor) -> None:
    """全市计划招录…620名，其中色尼区安排岗位150个；开发基层服务岗位300个以上: the part 其中 names places the figures of
    the list it opens (places.yaml part_list_open), up to the semicolon (part_list_close); the figures after it are the
    whole's again. Within its list (，增长12%) the part holds."""
    src, day = "那曲市人力资源和社会保障局", "2026-05-22"
    text = "今年全市计划招录事业单位工作人员620名，其中色尼区安排岗位150个；开发基层服务岗位300个以上。"
    assert _rows(extractor, text, src, day, "place") == [("620名", "那曲市"), ("150个", "色尼区"),
                                                         ("300个以上", "那曲市")]
    text = "今年，那曲市新增就业6000人，其中色尼区新增2000人，增长12%。"
    assert _rows(extractor, text, src, day, "place") == [("6000人", "那曲市"), ("2000人", "色尼区"), ("12%", "色尼区")]
    text = "今年，西藏自治区新增就业5.2万人，其中那曲市新增6000人；安多县新增800人。"
    assert _rows(extractor, text, src, day, "place") == [("5.2万人", "西藏自治区"), ("6000人", "那曲市"),
                                                         ("800人", "安多县")]


def test_the_monthly_allowance_of_the_people_on_planned_posts_is_a_rate(extractor: Extractor) -> None:
    """今年全县计划开发公益性岗位300个，安置人员每月岗位补贴1800元: the allowance each one on the posts gets a month
    (roles.yaml level.standard, as 每人每月 is) is a rate paid, a level under the plan; the posts stay its goal, and so
    does a sum the plan spends."""
    src, day = "某县人力资源和社会保障局", "2026-05-22"
    text = "今年全县计划开发公益性岗位300个，安置人员每月岗位补贴1800元。"
    assert _rows(extractor, text, src, day, "role") == [("300个", "target"), ("1800元", "level")]
    text = "今年全县计划开发乡村振兴专干岗位200个以上，岗位人员每月生活补贴3000元至4000元。"
    assert _rows(extractor, text, src, day, "role") == [("200个以上", "target"), ("3000元至4000元", "level")]
    text = "今年全县计划安排就业补助资金800万元。"
    assert _rows(extractor, text, src, day, "role") == [("800万元", "target")]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_news203_gold_set_scores_at_its_floors() -> None:
    """data/gold/news203 (six items: 弋阳县's 晚稻 harvest; 玉溪日报's 国庆 visitors; 准格尔旗's 园区 projects starting;
    吉林市医保局's 集采 explainer; 奎屯市's community care; 那曲市人社局's graduate jobs 政策解读).
    Blind: recall=1.0 precision=0.994 qualifier=1.0 role=0.9688 place=0.9688 period=1.0 topic_beds=1.0
    topic_jobs=1.0 (160 must figures);
    now: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0.
    Floors, not the exact scores."""
    s = scored("news203")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99 and s["topic_money_acc"] >= 0.99
