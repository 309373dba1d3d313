"""What pages9 left on data/gold/pages: on a page pdfminer swept a line at a time, a grid of briefs
(■本报讯 …) set in narrow columns under a wide article. Pages and sentences invented, in the style of
such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from tests.repaired import paragraphs, swept

_ARTICLE = [["本报讯（记者 王明）记者从市发展改革", "委获悉，今年全市共安排重点建设项目5", "20个，总投资8600亿元，年度计划",
             "投资1900亿元。一季度，全市将集中", "开工重点项目150个，总投资约120"],
            ["0亿元。市发展改革委有关负责人表示，", "各区将强化要素保障，优化审批流程，推",
             "动项目早开工、早建设、早见效，及时协", "调解决项目推进中的困难和问题，确保全",
             "年目标任务顺利完成。据介绍，今年的重"],
            ["点项目涵盖先进制造业、战略性新兴产业", "、基础设施和民生保障等领域，市发展改",
             "革委将建立重点项目包联服务机制，实行", "清单化管理，加强调度督导，推动项目建", "设提质提速。"]]
_BRIEFS = [["■本报讯 今年前两个月", "，乙区新增市场主体2100户", "，同比增长9.6%，其中新设", "企业820户。"],
           ["■本报讯 丙区今年将", "完成小麦种植面积18万亩，打", "造优质面粉品牌3个，带动农户", "增收。"],
           ["■本报讯 截至2月底，全", "市累计建成充电桩6.2万个，其", "中公共充电桩2.4万个，覆盖", "全部乡镇。"]]


def test_a_grid_of_briefs_under_a_wide_article_is_judged_at_its_own_width(ruleset: RuleSet) -> None:
    """Three briefs 13 wide, swept a row at a time, under an article 18 wide. A brief's line is judged
    broken off at its own column's width, measured on the lines from the row of datelines on; before,
    it took the article's (the commonest width of the lines around), no brief line looked broken off,
    and each stood alone: 18万亩 lost its 将 (a target) and 6.2万个 its place (全市)."""
    rows = (["城市日报 2024年3月14日 星期四 第3版 经济", "甲市一季度将开工重点项目150个", *swept(_ARTICLE),
             "江城简讯", *swept(_BRIEFS), "责任编辑：李明"])
    pars = paragraphs(ruleset.lexicon, "\n\n".join(rows) + "\n")
    assert "■本报讯今年前两个月，乙区新增市场主体2100户，同比增长9.6%，其中新设企业820户。" in pars
    assert "■本报讯丙区今年将完成小麦种植面积18万亩，打造优质面粉品牌3个，带动农户增收。" in pars
    assert "■本报讯截至2月底，全市累计建成充电桩6.2万个，其中公共充电桩2.4万个，覆盖全部乡镇。" in pars
    assert any(p.startswith("本报讯（记者王明）记者从市发展改革委获悉，今年全市共安排重点建设项目520个") for p in pars)
