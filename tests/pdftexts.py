"""Short articles of our own invention, in the style of a city paper, for the typeset test pages."""

from __future__ import annotations

from .pdfpages import Article

ELDERLY = Article("全市养老服务体系建设稳步推进", [
    "本报讯 今年以来，全市新增养老床位8600张，养老床位总数达到42.0万张，比上年增长6.5%。"
    "每千名老年人拥有养老床位33.5张，护理型床位占比提高到58%。",
    "全年培训养老护理员1.2万人次，社区养老服务设施覆盖率达到92%。"
    "市财政安排养老服务补贴资金3.8亿元，惠及困难老年人4.6万人。",
])
JOBS = Article("城镇新增就业保持稳定", [
    "前三季度，全市城镇新增就业15.6万人，完成全年目标任务的104%。"
    "城镇调查失业率为5.1%，比上年同期下降0.3个百分点。",
    "全市共举办招聘会320场，提供就业岗位8.2万个，帮助2.3万名就业困难人员实现就业。"
    "发放创业担保贷款12.5亿元，扶持创业1.8万人。",
])
HEALTH = Article("医疗卫生资源总量增加", [
    "年末全市共有医疗卫生机构5320个，其中医院286个。卫生技术人员9.7万人，"
    "医疗卫生机构床位6.4万张，比上年末增加2100张。",
    "全年总诊疗人次达到8650万人次，比上年增长4.2%。",
])
HEALTH_DECK = Article(HEALTH.headline, HEALTH.paragraphs, subtitle="卫生技术人员队伍不断壮大")
ARTICLES = (ELDERLY, JOBS, HEALTH)
